"""Seasons corpus, batch 05 (writer B): Friday 3 – Monday 6 July 2026, read on Monday 6 July 2026. Results
have just come out, diplomas were obtained «le mois dernier», the summer's out-of-office replies begin, the
selection's answers for September bring replies in our threads."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, auto_reply, bounce, newsletter, other, question, reply
from seasons import N

MESSAGES = [
    # Feature: season_other_mail — kind — absente du 3 au 24 juillet
    # route: a France Travail adviser's summer out-of-office answering our mail (Auto-Submitted); its July dates are hers → auto_reply
    N("season_other_mail", "kind", "absente du 3 au 24 juillet", M(
        "Véronique Lachaud <veronique.lachaud@francetravail-dijon.example.org>",
        "Réponse automatique : Pro'pulse - sélection de septembre",
        "2026-07-03 08:14",
        """Bonjour,

Je suis absente du 3 au 24 juillet inclus. Vos messages ne seront pas transférés. Pour les demandes urgentes concernant un demandeur d'emploi, merci d'écrire à l'agence de Dijon Sud : dijon-sud@francetravail-dijon.example.org.

Bel été,
Véronique Lachaud
Conseillère à l'emploi""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: diploma_age — graduation — BTS ESF obtenu en juillet 2024
    # route: the body: a BTS ESF of July 2024 (24 months back on 2026-07-06), a social centre sought → eligible (on 2026-11-26: 28 months, graduation_recent fails → not_eligible)
    N("diploma_age", "graduation", "BTS ESF obtenu en juillet 2024", M(
        "Maëlle Guérin <maelle.guerin@orange.fr>",
        "Candidature programme Pro'pulse",
        "2026-07-03 09:02",
        """Bonjour,

Je me permets de vous envoyer ma candidature. J'ai un BTS ESF obtenu en juillet 2024 au lycée Jean-Zay d'Orléans. Depuis j'ai enchaîné des remplacements en crèche et en EHPAD, mais ce que je voudrais c'est un poste de conseillère ou d'animatrice dans un centre social ou une association de quartier.

J'ai vu sur le site que le programme est pour les diplômés de moins de deux ans, je pense que je suis juste dans les temps !

Merci d'avance pour votre réponse,
Maëlle Guérin
06 31 72 48 05""",
        app("Maëlle", "Guérin", phone="+33631724805", bac=2, grad="2024-07", status="b_maelle_bts_esf_juillet_2024"),
    ), flips=True),
    # Feature: exams_and_results — graduation — les résultats sont tombés hier
    # route: the first lines: the licence pro's results out the day before (2 July 2026) and passed, an environmental association sought → bac+3 of 2026-07 → eligible (on 2026-11-26: the same)
    N("exams_and_results", "graduation", "les résultats sont tombés hier", M(
        "Titouan Le Gall <titouan.legall@gmail.com>",
        "Candidature - Titouan Le Gall",
        "2026-07-03 10:31",
        """Bonjour,

Ça y est, les résultats sont tombés hier : j'ai validé ma licence pro Métiers de la protection et de la gestion de l'environnement à l'UBO de Brest !

Je cherche maintenant un premier poste dans une association d'éducation à l'environnement ou un CPIE, idéalement en Bretagne. Un ami qui a suivi Pro'pulse l'an dernier m'a conseillé de vous écrire.

Titouan Le Gall
07 68 23 50 19""",
        app("Titouan", "Le Gall", phone="+33768235019", bac=3, grad="2026-07", status="b_titouan_resultats_hier"),
    )),
    # Feature: month_no_year — graduation — jai eu mon master en septembre
    # route: a phone mail: a master obtained «en septembre», past tense read on 2026-07-06 → September 2025, an environmental association sought → bac+5 of 2025-09 → eligible (on 2026-11-26: September 2026, graduation 2026-09)
    N("month_no_year", "graduation", "jai eu mon master en septembre", M(
        "Lina Chaouch <lina.chaouch@hotmail.fr>",
        "",
        "2026-07-03 11:47",
        """bonjour
jai eu mon master en septembre (gestion de l'environnement, univ de Besançon) et depuis je cherche, surtout dans les asso d'éducation à l'environnement ou les parcs. Je galère un peu donc votre programme m'intéresse beaucoup
Lina Chaouch 06 84 09 35 61

Envoyé de mon iPhone""",
        app("Lina", "Chaouch", phone="+33684093561", bac=5, grad="2025-09", status="b_lina_master_septembre"),
    ), flips=True),
    # Feature: season_other_mail — kind — je confirme ma place pour la session de septembre
    # route: a reply in our thread (In-Reply-To <…@animafac.net>, our selection mail quoted) confirming the place → reply
    N("season_other_mail", "kind", "je confirme ma place pour la session de septembre", M(
        "Noémie Vautrin <noemie.vautrin@gmail.com>",
        "Re: Pro'pulse - résultat de la sélection",
        "2026-07-03 14:20",
        """Bonjour,

Merci beaucoup pour cette bonne nouvelle ! Je confirme ma place pour la session de septembre. Je serai en vacances du 20 juillet au 10 août mais je lirai mes mails.

Belle journée,
Noémie

Le mer. 1 juil. 2026 à 17:42, Pro'pulse <propulse@animafac.net> a écrit :
> Bonjour Noémie,
> Nous avons le plaisir de vous annoncer que votre candidature est retenue pour la session qui démarre le lundi 21 septembre 2026.
> Merci de nous confirmer votre participation avant le 15 juillet.
> L'équipe Pro'pulse""",
        reply(),
        headers={"In-Reply-To": "<selection-2026-07-01-0018@animafac.net>", "References": "<selection-2026-07-01-0018@animafac.net>"},
    )),
    # Feature: english_seasons — graduation — I graduated last month
    # route: an English application from Spain: a master graduated «last month», counted from 2026-07-06 → June 2026, an NGO sought → bac+5 of 2026-06 → eligible (on 2026-11-26: last month = October 2026, graduation 2026-10)
    N("english_seasons", "graduation", "I graduated last month", M(
        "Lucía Romero Vidal <lucia.romerovidal@gmail.com>",
        "Application Pro'pulse",
        "2026-07-03 16:05",
        """Hello,

My name is Lucía Romero Vidal, I'm from Valencia and I've been living in Montpellier for two years. I graduated last month from a Master's in International Cooperation at the Université Paul-Valéry.

I would love to find a job in an NGO or a non-profit working on migration or housing. My French is good (C1) but I'm more comfortable writing in English.

Best regards,
Lucía Romero Vidal
+33 6 45 81 27 39""",
        app("Lucía", "Romero Vidal", phone="+33645812739", bac=5, grad="2026-06", language="en", status="b_lucia_last_month"),
    ), flips=True),
    # Feature: placement_end — situation — mon service civique se termine le 31 août
    # route: the second paragraph: a licence of 2025, a civic service ending on 31 August, after 2026-07-06 → not_service_civique fails → not_eligible (on 2026-11-26: over → eligible)
    N("placement_end", "situation", "mon service civique se termine le 31 août", M(
        "Jordan Vernet <jordan.vernet@laposte.net>",
        "Candidature Pro'pulse - Jordan Vernet",
        "2026-07-04 09:30",
        """Bonjour,

J'ai obtenu ma licence de géographie en juin 2025 à Clermont-Ferrand.

Depuis octobre je suis volontaire à la Ligue de l'enseignement du Puy-de-Dôme, mon service civique se termine le 31 août. J'aimerais ensuite travailler dans l'éducation populaire, comme coordinateur de projets jeunesse.

Je peux commencer l'accompagnement dès maintenant si c'est possible.

Jordan Vernet
06 19 47 28 63""",
        app("Jordan", "Vernet", phone="+33619472863", bac=3, grad="2025-06", failing=("not_service_civique",), status="b_jordan_sc_31_aout"),
    ), flips=True),
    # Feature: season_words — situation — jusqu'à la fin de l'été
    # route: the body: a licence of June (2026), then an internship at a ressourcerie «jusqu'à la fin de l'été», running on 2026-07-06 → not_internship fails → not_eligible (on 2026-11-26: the same words still point at a summer's end ahead)
    N("season_words", "situation", "jusqu'à la fin de l'été", M(
        "Clémence Aubry <clemence.aubry@free.fr>",
        "Demande d'information et candidature",
        "2026-07-04 10:55",
        """Bonjour,

J'ai eu ma licence d'histoire en juin et je fais un stage à la ressourcerie La Glanerie de Tours jusqu'à la fin de l'été (tri, boutique et animations).

Ça me plaît énormément et j'aimerais trouver un emploi dans le réemploi ou l'économie circulaire ensuite. Est-ce que je peux déjà m'inscrire à votre programme ?

Clémence Aubry
07 54 18 92 36""",
        app("Clémence", "Aubry", phone="+33754189236", bac=3, grad="2026-06", failing=("not_internship",), status="b_clemence_stage_fin_ete"),
    )),
    # Feature: season_words — career_change — après douze ans comme cariste
    # route: the body: a BTS validated «au printemps» (spring 2026) after twelve years as a forklift driver, the change of trade said → not_career_change fails → not_eligible (on 2026-11-26: the same)
    N("season_words", "career_change", "après douze ans comme cariste", M(
        "Stéphane Moulin <stephane.moulin63@orange.fr>",
        "candidature",
        "2026-07-04 15:12",
        """Bonjour,

J'ai 36 ans. après douze ans comme cariste dans la logistique, j'ai décidé de changer complètement de métier et j'ai repris une formation en cours du soir : au printemps j'ai validé mon BTS Support à l'action managériale.

Je voudrais maintenant devenir assistant de direction dans une association ou une coopérative. Votre programme peut-il m'aider ?

Cordialement,
Stéphane Moulin
06 72 15 38 94""",
        app("Stéphane", "Moulin", phone="+33672153894", bac=2, grad="2026", failing=("not_career_change",), status="b_stephane_cariste_printemps"),
    )),
    # Feature: cv_periods — situation — avr. – juil.
    # route: two lines in the body, the CV: a licence pro of June 2025 and an internship «avr. – juil.» under the year 2026, running on 2026-07-06 → not_internship fails → not_eligible (on 2026-11-26: over → eligible)
    N("cv_periods", "situation", "avr. – juil.", M(
        "Enzo Castelli <enzo.castelli@gmail.com>",
        "Candidature",
        "2026-07-04 18:40",
        """Bonjour,

Vous trouverez mon CV ci-joint pour le programme Pro'pulse.

Cordialement,
Enzo Castelli""",
        app("Enzo", "Castelli", phone="+33627840153", bac=3, grad="2025-06", failing=("not_internship",), info_in="cv", status="b_enzo_stage_avr_juil"),
        cv=CV("docx", "CV_Enzo_Castelli.docx", """Enzo Castelli
Nice - 06 27 84 01 53 - enzo.castelli@gmail.com
Recherche un poste de chargé de projets dans une association sportive ou d'insertion par le sport
EXPÉRIENCES
2026
avr. – juil. Stagiaire, association Sport dans la Ville, antenne de Nice : montage d'un tournoi de quartier
2025
juil. – août Animateur multisports, camping municipal de Cagnes-sur-Mer
2023 – 2025 Éducateur bénévole, club de handball de Saint-Laurent-du-Var
FORMATION
juin 2025 Licence professionnelle Animation, gestion et organisation des activités physiques et sportives, Université Côte d'Azur
2023 DEUST Animation et gestion des activités physiques, Université Côte d'Azur"""),
    ), flips=True),
    # Feature: season_other_mail — kind — je ne pourrai pas venir au dernier atelier
    # route: a participant of the current cohort writes about the last coaching day before the summer (a seasonal job) → other (never an application)
    N("season_other_mail", "kind", "je ne pourrai pas venir au dernier atelier", M(
        "Sarah Benhamou <sarah.benhamou@outlook.fr>",
        "Atelier du jeudi 9 juillet",
        "2026-07-05 09:12",
        """Bonjour Sophie,

Je ne pourrai pas venir au dernier atelier jeudi : j'ai décroché un contrat saisonnier à l'office de tourisme de Grenoble pour juillet-août et je commence ce jeudi. Est-ce que vous pourrez m'envoyer le support sur la négociation salariale ?

Merci pour tout et bon été,
Sarah""",
        other(),
    )),
    # Feature: cv_periods — situation — févr. – sept.
    # route: the PDF CV: a licence of June 2025, then a civic service «févr. – sept.» in the 2026 block, running on 2026-07-06 → not_service_civique fails → not_eligible (on 2026-11-26: over → eligible)
    N("cv_periods", "situation", "févr. – sept.", M(
        "Manon Delcourt <manon.delcourt@yahoo.fr>",
        "CV - candidature Pro'pulse",
        "2026-07-05 10:02",
        """Bonjour,

Je souhaite rejoindre le programme Pro'pulse pour trouver un emploi dans le secteur associatif. Mon CV est en pièce jointe.

Bien à vous,
Manon Delcourt""",
        app("Manon", "Delcourt", phone="+33760382914", bac=3, grad="2025-06", failing=("not_service_civique",), info_in="cv", status="b_manon_sc_fevr_sept"),
        cv=CV("pdf", "Manon_Delcourt_CV.pdf", """Manon Delcourt
Rouen - 07 60 38 29 14 - manon.delcourt@yahoo.fr
Objectif : chargée d'accompagnement dans une association de solidarité
2026
févr. – sept. Volontaire en service civique, Les Petits Frères des Pauvres, Rouen : visites à domicile, animation d'un café des aînés
2025
Licence Sciences sanitaires et sociales, Université de Rouen Normandie (juin 2025)
juil. – déc. Employée polyvalente, supermarché coopératif La Chouette, Rouen
Langues : anglais B2"""),
    ), flips=True),
    # Feature: diploma_age — graduation — une licence AES obtenue en 2024
    # ambiguous: a year alone in 2024 read on 2026-07-06 (January 2024 is 30 months back, December 2024 is 19): the two-year limit stays open
    # route: the body: a licence AES of 2024, the year alone, a post in an association's administration sought → graduation_recent open → to_verify (on 2026-11-26: also open)
    N("diploma_age", "graduation", "une licence AES obtenue en 2024", M(
        "Yanis Cherkaoui <yanis.cherkaoui@gmail.com>",
        "Inscription Pro'pulse",
        "2026-07-05 11:26",
        """Bonjour,

Je m'appelle Yanis Cherkaoui, j'ai une licence AES obtenue en 2024 à l'université de Poitiers. J'ai travaillé ensuite comme agent d'accueil à la CAF en CDD.

J'aimerais maintenant un poste de gestionnaire administratif dans une association ou une fédération sportive. Pouvez-vous me dire comment se passe l'inscription ?

Merci,
Yanis Cherkaoui
06 53 27 81 40""",
        app("Yanis", "Cherkaoui", phone="+33653278140", bac=3, grad="2024", unknown=("graduation_recent",), status="b_yanis_licence_aes_2024"),
    )),
    # Feature: english_seasons — situation — my internship runs until 31 July 2026
    # route: an English application from a Nigerian graduate in Bordeaux: an MBA of 2025, an internship at a cooperative until 31 July 2026, running on 2026-07-06 → not_internship fails → not_eligible (on 2026-11-26: over → eligible)
    N("english_seasons", "situation", "my internship runs until 31 July 2026", M(
        "Emeka Nwosu <emeka.nwosu@gmail.com>",
        "Application - Pro'pulse programme",
        "2026-07-05 17:30",
        """Dear Sir or Madam,

I completed an MBA in Social Entrepreneurship at KEDGE Bordeaux in December 2025. I am currently an intern at Enercoop Nouvelle-Aquitaine, a renewable energy cooperative, and my internship runs until 31 July 2026.

After that I would like to stay in the social and solidarity economy, in a cooperative or a social enterprise, as a project officer. A classmate told me about Pro'pulse.

Yours faithfully,
Emeka Nwosu
+33 7 51 64 20 83""",
        app("Emeka", "Nwosu", phone="+33751642083", bac=5, grad="2025-12", failing=("not_internship",), language="en", status="b_emeka_internship_31_july"),
    ), flips=True),
    # Feature: season_other_mail — kind — Mailbox quota exceeded
    # route: the delivery report of our selection answer to a full mailbox (Mailer-Daemon, multipart/report) → bounce
    N("season_other_mail", "kind", "Mailbox quota exceeded", M(
        "Mail Delivery Subsystem <mailer-daemon@mx.animafac.net>",
        "Delivery Status Notification (Failure)",
        "2026-07-05 19:48",
        """Mailbox quota exceeded

Your message « Pro'pulse - résultat de la sélection » to kenza.haddadi@laposte.net could not be delivered: the recipient's mailbox is full. The server will not retry.""",
        bounce("kenza.haddadi@laposte.net"),
        bounce="""Reporting-MTA: dns; mx.animafac.net
Final-Recipient: rfc822; kenza.haddadi@laposte.net
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full""",
    )),
    # Feature: relative_year — aim — dans une banque ou un cabinet d'audit
    # route: a father writes for his son (the son's address and phone given): a DUT GEA of «l'année dernière» (2025, meets), a post sought in a bank or an audit firm only → application forwarded_by the father; job_seeking_ess fails → not_eligible (on 2026-11-26: the same)
    N("relative_year", "aim", "dans une banque ou un cabinet d'audit", M(
        "Philippe Vallet <ph.vallet@orange.fr>",
        "Pour mon fils Hugo",
        "2026-07-05 21:15",
        """Bonsoir,

Je me permets de vous écrire pour mon fils Hugo Vallet, qui a eu son DUT GEA l'année dernière à Dijon. Il cherche un poste d'assistant comptable dans une banque ou un cabinet d'audit, mais il n'a que des refus et se décourage. Un conseiller de la Mission locale nous a parlé de votre programme.

Vous pouvez le contacter directement : hugo.vallet21@gmail.com, 06 38 91 54 27.

Merci d'avance,
Philippe Vallet""",
        app("Hugo", "Vallet", phone="+33638915427", bac=2, grad="2025", failing=("job_seeking_ess",), email="hugo.vallet21@gmail.com", forwarded_by="ph.vallet@orange.fr", status="b_hugo_dut_annee_derniere"),
    )),
    # Feature: exams_and_results — studies_finished — j'attends le jury de rattrapage du 10 juillet
    # route: (the kit's convention: a jury or a grade awaited with nothing else said leaves studies open) the body: a licence of social sciences whose resit jury sits on 10 July, after 2026-07-06 → studies_finished open → to_verify (on 2026-11-26: the same words point at a July ahead, also open)
    N("exams_and_results", "studies_finished", "j'attends le jury de rattrapage du 10 juillet", M(
        "Inès Ferrand <ines.ferrand@outlook.fr>",
        "Candidature",
        "2026-07-06 08:45",
        """Bonjour,

Je suis en dernière année de licence de sciences sociales à Grenoble. Les cours sont finis, j'ai repassé deux matières et j'attends le jury de rattrapage du 10 juillet.

Je voudrais travailler dans une association de médiation ou un centre social dès la rentrée. Je peux vous envoyer mon CV si besoin.

Inès Ferrand
07 47 20 63 85""",
        app("Inès", "Ferrand", phone="+33747206385", bac=3, grad=None, unknown=("studies_finished",), status="b_ines_jury_rattrapage"),
    )),
    # Feature: academic_year — studies_finished — mon M2 de l'année 2025-2026
    # ambiguous: the school year 2025-2026 is over and the defence passed, but the diploma is not yet confirmed: studies' end stays open
    # route: the body: the M2 of 2025-2026, defence passed, the transcript not yet out, an ESS network sought → studies_finished open → to_verify (on 2026-11-26: the same)
    N("academic_year", "studies_finished", "mon M2 de l'année 2025-2026", M(
        "Gabrielle Lemaire <gabrielle.lemaire@gmail.com>",
        "Candidature Pro'pulse - Gabrielle Lemaire",
        "2026-07-06 09:40",
        """Bonjour,

Je termine mon M2 de l'année 2025-2026 (master Économie sociale et solidaire, Université Grenoble Alpes). J'ai soutenu mon mémoire la semaine dernière mais je n'ai pas encore le relevé de notes définitif.

Je cherche un poste de chargée de mission dans un réseau de l'ESS, une CRESS ou une fédération d'associations.

Cordialement,
Gabrielle Lemaire
06 25 80 14 97""",
        app("Gabrielle", "Lemaire", phone="+33625801497", bac=5, grad=None, unknown=("studies_finished",), status="b_gabrielle_m2_2025_2026"),
    )),
    # Feature: exams_and_results — kind — les résultats de la session 1
    # route: a university's exam office sends its students' results notice to the wrong address (a mailing list of the IUT): no applicant, nothing asked of the programme → other
    N("exams_and_results", "kind", "les résultats de la session 1", M(
        "Scolarité IUT Carrières sociales <scolarite-cs@iut-tours.example.fr>",
        "Publication des résultats - BUT Carrières sociales",
        "2026-07-06 10:05",
        """Bonjour à toutes et à tous,

Les résultats de la session 1 du BUT Carrières sociales sont consultables sur l'ENT depuis ce matin. Les attestations de réussite seront envoyées par courrier à partir du 15 juillet. Le secrétariat sera fermé du 18 juillet au 23 août.

Le service de scolarité""",
        other(),
    )),
    # Feature: beginning — studies_finished — je démarre un master en alternance le 14 septembre 2026
    # route: the body: a licence of June 2026, a master in work-study beginning on 14 September 2026, ahead of 2026-07-06 → not yet a situation → eligible (on 2026-11-26: begun → studies not finished → not_eligible)
    N("beginning", "studies_finished", "je démarre un master en alternance le 14 septembre 2026", M(
        "Romain Giraud <romain.giraud@icloud.com>",
        "Question + candidature",
        "2026-07-06 11:18",
        """Bonjour,

J'ai eu ma licence d'économie en juin à Montpellier. En principe je démarre un master en alternance le 14 septembre 2026, mais je n'ai toujours pas trouvé d'entreprise d'accueil.

Du coup je cherche aussi un vrai poste dans une coopérative ou une mutuelle, et je voudrais être accompagné d'ici là. Est-ce possible ?

Romain Giraud
06 47 18 30 62""",
        app("Romain", "Giraud", phone="+33647183062", bac=3, grad="2026-06", status="b_romain_master_14_septembre"),
    ), flips=True),
    # Feature: season_other_mail — kind — les inscriptions pour la session de janvier
    # route: a short question about the next cohort's dates, no fact of the writer's own → question
    N("season_other_mail", "kind", "les inscriptions pour la session de janvier", M(
        "a.poirier.75@gmail.com",
        "session de janvier",
        "2026-07-06 12:50",
        """Bonjour, les inscriptions pour la session de janvier sont ouvertes jusqu'à quand ? et est-ce qu'il y aura des entretiens pendant l'été ? Merci d'avance""",
        question(),
    )),
    # Feature: counted_from_now — graduation — il y a huit mois
    # ambiguous: «un poste de chargée de mission» with no employer nor sector named: whether a job in the ESS is sought stays open
    # route: the body: a master finished «il y a huit mois» from 2026-07-06 → November 2025, a trade with no employer named → job_seeking_ess open → to_verify (on 2026-11-26: March 2026, graduation 2026-03)
    N("counted_from_now", "graduation", "il y a huit mois", M(
        "Julie Carré <julie.carre@laposte.net>",
        "Candidature Pro'pulse",
        "2026-07-06 14:03",
        """Bonjour,

J'ai fini mon master Développement des territoires il y a huit mois, à Tours. Depuis, j'ai envoyé une cinquantaine de candidatures pour des postes de chargée de mission, sans succès.

Je crois que j'ai besoin d'un regard extérieur sur mon CV et ma façon de me présenter.

Bien cordialement,
Julie Carré
06 90 12 47 83""",
        app("Julie", "Carré", phone="+33690124783", bac=5, grad="2025-11", unknown=("job_seeking_ess",), status="b_julie_master_huit_mois"),
    ), flips=True),
    # Feature: english_seasons — graduation — graduated in July 2024
    # route: an English application from the Netherlands: a bachelor graduated in July 2024 (24 months back on 2026-07-06), a non-profit sought → eligible (on 2026-11-26: 28 months → graduation_recent fails → not_eligible)
    N("english_seasons", "graduation", "graduated in July 2024", M(
        "Sanne de Vries <sanne.devries@outlook.com>",
        "Pro'pulse - application",
        "2026-07-06 15:21",
        """Hi,

I'm Sanne, 24, Dutch, living in Lyon since my partner moved here. I graduated in July 2024 with a Bachelor in Social Work from Utrecht University and worked for a year in a youth centre in Utrecht.

I'm now looking for a job in a French non-profit, ideally in youth work or refugee support. I speak French fairly well.

Thanks,
Sanne de Vries
+33 6 12 84 75 30""",
        app("Sanne", "de Vries", phone="+33612847530", bac=3, grad="2024-07", language="en", status="b_sanne_july_2024"),
    ), flips=True),
    # Feature: month_no_year — studies_finished — mon contrat d'apprentissage se termine fin août
    # route: the body: a BTS in apprenticeship whose contract ends «fin août» (August 2026, ahead), the BTS not yet obtained → studies_finished fails → not_eligible (on 2026-11-26: the same words point at an August ahead)
    N("month_no_year", "studies_finished", "mon contrat d'apprentissage se termine fin août", M(
        "Kylian Besnard <kylian.besnard@gmail.com>",
        "candidature pro pulse",
        "2026-07-06 16:12",
        """Bonjour,

Je suis en BTS Gestion de la PME en alternance dans une association d'aide à domicile à Besançon, mon contrat d'apprentissage se termine fin août et je passe l'oral de rattrapage début septembre.

L'association ne peut pas me garder, donc je cherche déjà un poste dans une autre association du même genre.

Kylian Besnard
07 62 39 85 14""",
        app("Kylian", "Besnard", phone="+33762398514", bac="*", grad=None, failing=("studies_finished",), status="b_kylian_apprentissage_fin_aout"),
    )),
    # Feature: season_other_mail — kind — La lettre de l'été
    # route: a regional network's summer newsletter (List-Unsubscribe, Precedence: bulk), its «jeunes diplômés» and dates no applicant's → newsletter
    N("season_other_mail", "kind", "La lettre de l'été", M(
        "Le Mouvement associatif Bourgogne-Franche-Comté <lettre@lma-bfc.example.org>",
        "La lettre de l'été – juillet 2026",
        "2026-07-06 17:05",
        """La lettre de l'été – juillet 2026

Fermeture estivale : nos bureaux seront fermés du 27 juillet au 16 août.
Emploi : 12 offres pour jeunes diplômés dans les associations de la région, à pourvoir à la rentrée.
Agenda : Forum des associations de Besançon, samedi 5 septembre.

Se désabonner : https://lma-bfc.example.org/desabonnement""",
        newsletter(),
        headers={"List-Unsubscribe": "<https://lma-bfc.example.org/desabonnement>", "Precedence": "bulk"},
    )),
]
