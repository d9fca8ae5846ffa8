"""Seasons corpus, batch 07 (writer B): Friday 2 – Monday 5 October 2026, read on Monday 5 October 2026.
Everyone is somewhere «depuis septembre»: civic services and masters have begun, the September juries have
sat (some defences are still ahead), the Mois de l'ESS announces itself and the winter campaigns recruit."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, auto_reply, newsletter, other, question, reply
from seasons import N

MESSAGES = [
    # Feature: season_other_mail — kind — en formation jusqu'au vendredi 9 octobre
    # route: a Mission locale adviser's out-of-office (Auto-Submitted) answering our mail; her dates are hers → auto_reply
    N("season_other_mail", "kind", "en formation jusqu'au vendredi 9 octobre", M(
        "Sabrina Ollivier <s.ollivier@ml-grenoble.example.org>",
        "Absente : Pro'pulse - places disponibles en janvier",
        "2026-10-02 08:20",
        """Bonjour,

Je suis en formation jusqu'au vendredi 9 octobre et je consulterai mes messages à mon retour. En cas d'urgence, contactez l'accueil de la Mission locale au 04 76 00 00 00.

Sabrina Ollivier
Conseillère Mission locale Grenoble""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: diploma_age — graduation — BTS Gestion de la PME obtenu en septembre 2024
    # route: a Mission locale adviser presents a young man (his address and phone given, the adviser's signature below): a BTS of September 2024 (25 months back on 2026-10-05), an association sought → application forwarded_by the adviser; graduation_recent fails → not_eligible (on 2026-11-26: 26 months, the same)
    N("diploma_age", "graduation", "BTS Gestion de la PME obtenu en septembre 2024", M(
        "Gaëlle Rivière <g.riviere@missionlocale-bordeaux.example.org>",
        "Orientation vers Pro'pulse - Anthony Lebrun",
        "2026-10-02 09:05",
        """Bonjour,

J'accompagne depuis la rentrée Anthony Lebrun, 23 ans, qui a un BTS Gestion de la PME obtenu en septembre 2024 (après la session de rattrapage) au lycée Montaigne de Bordeaux. Il a travaillé un an dans une agence immobilière et voudrait maintenant être gestionnaire dans une association ou une ressourcerie.

Pourrait-il rejoindre la session de janvier ? Ses coordonnées : anthony.lebrun@gmail.com / 06 21 95 38 40.

Bien cordialement,
Gaëlle Rivière
Conseillère Mission locale de Bordeaux
05 56 00 00 00""",
        app("Anthony", "Lebrun", phone="+33621953840", bac=2, grad="2024-09", failing=("graduation_recent",), email="anthony.lebrun@gmail.com", forwarded_by="g.riviere@missionlocale-bordeaux.example.org", status="b_anthony_bts_septembre_2024"),
    )),
    # Feature: academic_year — studies_finished — je suis en M2 cette année
    # route: the body: «je suis en M2 cette année» read on 2026-10-05 → the school year 2026-2027 running → studies_finished fails → not_eligible (on 2026-11-26: the same)
    N("academic_year", "studies_finished", "je suis en M2 cette année", M(
        "Pauline Sauvage <pauline.sauvage@etu.univ-poitiers.example.fr>",
        "Renseignements et candidature",
        "2026-10-02 10:40",
        """Bonjour,

Je suis en M2 cette année (master Intervention et développement social, Poitiers) et une enseignante nous a parlé de Pro'pulse. J'aimerais m'inscrire dès maintenant pour être prête à chercher un poste de coordinatrice dans une association d'insertion.

Pauline Sauvage
07 45 62 18 93""",
        app("Pauline", "Sauvage", phone="+33745621893", bac="*", grad=None, failing=("studies_finished",), status="b_pauline_m2_cette_annee"),
    )),
    # Feature: month_no_year — studies_finished — le jury de fin octobre
    # route: (the kit's convention: a jury or a grade awaited with nothing else said leaves studies open) the body: a master defended in September, its jury «de fin octobre» ahead of 2026-10-05 → studies_finished open → to_verify (on 2026-11-26: the same words, also open)
    N("month_no_year", "studies_finished", "le jury de fin octobre", M(
        "Margaux Chevalier <margaux.chevalier@outlook.fr>",
        "Candidature",
        "2026-10-02 13:15",
        """Bonjour,

J'ai soutenu mon mémoire de master (Économie sociale et solidaire, Clermont-Ferrand) mi-septembre. Il me reste à attendre le jury de fin octobre pour avoir officiellement le diplôme.

Je cherche un poste de chargée de développement dans une coopérative ou une CRESS. Puis-je candidater ?

Margaux Chevalier
06 87 30 41 26""",
        app("Margaux", "Chevalier", phone="+33687304126", bac=5, grad=None, unknown=("studies_finished",), status="b_margaux_jury_fin_octobre"),
    )),
    # Feature: english_seasons — situation — doing a civic service since September
    # route: an English application from Portugal: a master of 2025, a civic service «since September», running on 2026-10-05 → not_service_civique fails → not_eligible (on 2026-11-26: the same)
    N("english_seasons", "situation", "doing a civic service since September", M(
        "Beatriz Carvalho <beatriz.carvalho@gmail.com>",
        "Pro'pulse application",
        "2026-10-02 16:30",
        """Hello,

I have a Master's in Social Psychology from the University of Coimbra (2025). I moved to Tours last summer and I've been doing a civic service since September at a refugee support association, for eight months.

I would like to prepare my next step: a paid position in a French association. Is it possible to join your programme now?

Kind regards,
Beatriz Carvalho
+33 6 58 40 13 72""",
        app("Beatriz", "Carvalho", phone="+33658401372", bac=5, grad="2025", failing=("not_service_civique",), language="en", status="b_beatriz_civic_service_since_september"),
    )),
    # Feature: diploma_age — graduation — titre professionnel (octobre 2024)
    # route: two lines in the body, the PDF CV: a titre of level 6 of October 2024 (24 months back on 2026-10-05), a post in an association's HR sought → eligible (on 2026-11-26: 25 months → graduation_recent fails → not_eligible)
    N("diploma_age", "graduation", "Titre professionnel Responsable en gestion des ressources humaines (niveau 6) — octobre 2024", M(
        "Sofiane Amrani <sofiane.amrani@laposte.net>",
        "Candidature Pro'pulse",
        "2026-10-02 18:22",
        """Bonjour,

Je vous adresse ma candidature et mon CV pour le programme Pro'pulse.

Sofiane Amrani""",
        app("Sofiane", "Amrani", phone="+33652817403", bac=3, grad="2024-10", info_in="cv", status="b_sofiane_titre_octobre_2024"),
        cv=CV("pdf", "CV-Sofiane-Amrani.pdf", """Sofiane Amrani
Tours - 06 52 81 74 03 - sofiane.amrani@laposte.net
Objectif : assistant RH dans une association ou une entreprise de l'ESS
Formation
Titre professionnel Responsable en gestion des ressources humaines (niveau 6) — octobre 2024 — AFPA Tours
BTS Gestion de la PME — 2022 — lycée Grandmont
Expériences
2025 – 2026 Assistant administratif (CDD), Habitat et Humanisme Indre-et-Loire
2024 Stage RH, Emmaüs Touraine"""),
    ), flips=True),
    # Feature: season_other_mail — kind — Programme du Mois de l'ESS
    # route: a regional chamber's newsletter announcing November's events (List-Unsubscribe, Precedence: bulk) → newsletter
    N("season_other_mail", "kind", "Programme du Mois de l'ESS", M(
        "CRESS Centre-Val de Loire <newsletter@cress-cvl.example.org>",
        "Programme du Mois de l'ESS en Centre-Val de Loire",
        "2026-10-03 07:00",
        """Programme du Mois de l'ESS en Centre-Val de Loire

Du 1er au 30 novembre, 85 événements dans la région : forums de l'emploi, visites de SCOP, « Jeunes diplômé·es, et si vous travailliez dans l'ESS ? » le 18 novembre à Orléans.
Inscrivez votre événement avant le 15 octobre.

Se désabonner : https://cress-cvl.example.org/desabonnement""",
        newsletter(),
        headers={"List-Unsubscribe": "<https://cress-cvl.example.org/desabonnement>", "Precedence": "bulk"},
    )),
    # Feature: exams_and_results — studies_finished — ma soutenance est le 16 octobre
    # route: the body: a master whose defence is on 16 October, ahead of 2026-10-05 → studies_finished fails → not_eligible (on 2026-11-26: the defence past, its result not said → studies open → to_verify)
    N("exams_and_results", "studies_finished", "ma soutenance est le 16 octobre", M(
        "Timothée Brun <timothee.brun@gmail.com>",
        "Candidature / master ESS",
        "2026-10-03 10:12",
        """Bonjour,

Je finis mon master Management de l'économie sociale (Université Bordeaux Montaigne) : ma soutenance est le 16 octobre, après un stage de six mois dans une SCIC d'habitat participatif.

Je voudrais commencer à chercher un poste dans une coopérative dès maintenant. Pouvez-vous m'envoyer le dossier de candidature ?

Timothée Brun
06 73 28 90 15""",
        app("Timothée", "Brun", phone="+33673289015", bac="*", grad=None, failing=("studies_finished",), status="b_timothee_soutenance_16_octobre"),
    ), flips=True),
    # Feature: relative_year — aim — dans l'événementiel
    # ambiguous: «dans l'événementiel» names a trade with no employer: whether a job in the ESS is sought stays open
    # route: the body: a licence «l'année dernière» (2025, meets), a job «dans l'événementiel» with no employer named → job_seeking_ess open → to_verify (on 2026-11-26: the same)
    N("relative_year", "aim", "dans l'événementiel", M(
        "Anaëlle Roussel <anaelle.roussel@gmail.com>",
        "Candidature programme Pro'pulse",
        "2026-10-03 14:44",
        """Bonjour,

J'ai eu ma licence Information-communication l'année dernière à Rennes et je suis revenue à Brest. Je cherche un emploi dans l'événementiel, j'ai fait pas mal de bénévolat sur des festivals.

J'ai vu votre programme sur Instagram, est-ce qu'il est ouvert à mon profil ?

Anaëlle Roussel
07 36 91 54 28""",
        app("Anaëlle", "Roussel", phone="+33736915428", bac=3, grad="2025", unknown=("job_seeking_ess",), status="b_anaelle_licence_annee_derniere"),
    )),
    # Feature: placement_end — situation — mon service civique jusqu'au 15 novembre 2026
    # route: the body: a BUT of 2025, a civic service until 15 November 2026, running on 2026-10-05 → not_service_civique fails → not_eligible (on 2026-11-26: over → eligible)
    N("placement_end", "situation", "mon service civique jusqu'au 15 novembre 2026", M(
        "Dorian Lacroix <dorian.lacroix@free.fr>",
        "pro'pulse",
        "2026-10-03 17:58",
        """Bonjour,

Je fais mon service civique jusqu'au 15 novembre 2026 à la Banque alimentaire du Loiret. J'ai un BUT Gestion logistique et transport obtenu en 2025.

Après je voudrais continuer dans l'associatif, logistique d'une banque alimentaire ou d'une ressourcerie. Est-ce que je peux m'inscrire ?

Dorian Lacroix
06 94 37 21 08""",
        app("Dorian", "Lacroix", phone="+33694372108", bac=3, grad="2025", failing=("not_service_civique",), status="b_dorian_sc_15_novembre"),
    ), flips=True),
    # Feature: season_other_mail — kind — je peux passer l'entretien par téléphone
    # route: a reply in our thread (In-Reply-To <…@animafac.net>, our invitation quoted) asking for the interview by phone → reply
    N("season_other_mail", "kind", "je peux passer l'entretien par téléphone", M(
        "Rayane Mercier <rayane.mercier@gmail.com>",
        "RE: Pro'pulse - entretien de sélection",
        "2026-10-04 10:30",
        """Bonjour,

Est-ce que je peux passer l'entretien par téléphone plutôt qu'en visio ? Je serai dans le train le mardi 13. Le créneau de 11h me va toujours.

Rayane

-----Message d'origine-----
De : Pro'pulse <propulse@animafac.net>
Envoyé : jeudi 1 octobre 2026 16:08
Objet : Pro'pulse - entretien de sélection
Bonjour Rayane, nous vous proposons un entretien de sélection le mardi 13 octobre à 11h, en visio, pour la session de janvier.""",
        reply(),
        headers={"In-Reply-To": "<selection-2026-10-01-0009@animafac.net>", "References": "<selection-2026-10-01-0009@animafac.net>"},
    )),
    # Feature: placement_end — situation — ma mission à la Croix-Rouge de Nice se termine fin octobre
    # ambiguous: a «mission» at the Red Cross whose nature (civic service, internship or contract) is not told: both placement criteria stay open
    # route: the body: a licence of 2025, «ma mission se termine fin octobre» (ahead of 2026-10-05), its nature not told → not_internship and not_service_civique open → to_verify (on 2026-11-26: the same words, also open)
    N("placement_end", "situation", "ma mission à la Croix-Rouge de Nice se termine fin octobre", M(
        "Lisa Fournier <lisa.fournier@hotmail.fr>",
        "Candidature",
        "2026-10-04 15:20",
        """Bonjour,

Ma mission à la Croix-Rouge de Nice se termine fin octobre (accueil de jour des personnes sans abri). J'ai une licence de psychologie obtenue en 2025.

Je voudrais continuer dans le secteur de la solidarité, comme intervenante sociale dans une association. Votre programme pourrait m'aider à trouver.

Lisa Fournier
06 15 72 43 89""",
        app("Lisa", "Fournier", phone="+33615724389", bac=3, grad="2025", unknown=("not_internship", "not_service_civique"), status="b_lisa_mission_fin_octobre"),
    )),
    # Feature: beginning — situation — à partir du lundi 2 novembre
    # route: the body: a master of 2025, a civic service to begin «à partir du lundi 2 novembre» (2026), ahead of 2026-10-05 → not yet a situation → eligible (on 2026-11-26: begun → not_service_civique fails → not_eligible)
    N("beginning", "situation", "à partir du lundi 2 novembre", M(
        "Valentin Dupuis <valentin.dupuis@gmail.com>",
        "Candidature Pro'pulse",
        "2026-10-04 18:05",
        """Bonjour,

J'ai un master d'histoire (Dijon, 2025). J'ai accepté une mission de service civique à la Ligue de protection des oiseaux à partir du lundi 2 novembre, faute de mieux, mais ce que je voudrais vraiment c'est un poste salarié de médiateur dans une association environnementale.

Est-ce qu'on peut en parler avant que je commence ?

Valentin Dupuis
07 29 84 60 13""",
        app("Valentin", "Dupuis", phone="+33729846013", bac=5, grad="2025", status="b_valentin_sc_2_novembre"),
    ), flips=True),
    # Feature: academic_year — career_change — ma L3 de l'an dernier
    # route: the body: «ma L3 de l'an dernier» (the school year 2025-2026, a licence of 2026) taken to leave seven years of sales, the change of trade said → not_career_change fails → not_eligible (on 2026-11-26: the same)
    N("academic_year", "career_change", "ma L3 de l'an dernier", M(
        "Karine Hamon <karine.hamon@orange.fr>",
        "Candidature - reconversion",
        "2026-10-04 20:40",
        """Bonjour,

J'ai été commerciale pendant sept ans dans la grande distribution et j'ai décidé de me reconvertir : j'ai validé ma L3 de l'an dernier en sciences de l'éducation (reprise d'études à l'université de Rouen, diplômée en juillet).

Je cherche aujourd'hui un poste de coordinatrice dans une association de parentalité ou d'accueil de jeunes enfants.

Karine Hamon
06 48 15 97 32""",
        app("Karine", "Hamon", phone="+33648159732", bac=3, grad="2026-07", failing=("not_career_change",), status="b_karine_l3_reconversion"),
    )),
    # Feature: beginning — aim — j'ai commencé un CDD de six mois le 1er septembre
    # route: the body: a licence pro of 2025, a fixed-term job begun on 1 September in an association (no placement), the next post sought in an association → eligible (on 2026-11-26: the same)
    N("beginning", "aim", "j'ai commencé un CDD de six mois le 1er septembre", M(
        "Quentin Morel <quentin.morel@yahoo.fr>",
        "Candidature",
        "2026-10-05 08:10",
        """Bonjour,

J'ai une licence pro Gestion des structures sanitaires et sociales (2025). J'ai commencé un CDD de six mois le 1er septembre dans une association d'aide à domicile à Montpellier, en remplacement.

Je voudrais préparer la suite et trouver un poste durable de coordinateur dans une association du même secteur. L'accompagnement peut-il se faire en parallèle ?

Quentin Morel
06 82 59 14 37""",
        app("Quentin", "Morel", phone="+33682591437", bac=3, grad="2025", status="b_quentin_cdd_1er_septembre"),
    )),
    # Feature: cv_periods — situation — juin – sept.
    # route: two lines and a DOCX CV: a licence pro of July 2026, an internship «juin – sept.» under the year 2026, over by 2026-10-05 → eligible (on 2026-11-26: the same)
    N("cv_periods", "situation", "juin – sept.", M(
        "Eva Lefèvre <eva.lefevre@gmail.com>",
        "CV - Eva Lefèvre",
        "2026-10-05 09:02",
        """Bonjour,

Je vous transmets mon CV pour rejoindre Pro'pulse. Je cherche un poste dans une association culturelle.

Merci,
Eva Lefèvre""",
        app("Eva", "Lefèvre", phone="+33619408275", bac=3, grad="2026-07", info_in="cv", status="b_eva_stage_juin_sept"),
        cv=CV("docx", "CV_Eva_Lefevre.docx", """Eva Lefèvre
Orléans - 06 19 40 82 75 - eva.lefevre@gmail.com
Recherche : chargée de médiation culturelle ou de production dans une association culturelle
EXPÉRIENCES
2026
juin – sept. Stagiaire médiation, association Le 108 (lieu culturel associatif), Orléans
2025
janv. – mars Stagiaire communication, festival Hop Pop Hop, Orléans
FORMATION
juillet 2026 Licence professionnelle Médiation culturelle, Université d'Orléans
2024 DUT Information-communication, IUT d'Orléans"""),
    )),
    # Feature: season_words — aim — dans un cabinet de conseil
    # route: the body: a BTS finished «cet été» (summer 2026, a year alone that meets), a post sought in a consulting firm only → job_seeking_ess fails → not_eligible (on 2026-11-26: the same)
    N("season_words", "aim", "dans un cabinet de conseil", M(
        "Lucas Barbier <lucas.barbier.pro@gmail.com>",
        "Programme Pro'pulse",
        "2026-10-05 09:48",
        """Bonjour,

J'ai fini mon BTS Comptabilité et gestion cet été et je cherche un poste d'assistant comptable dans un cabinet de conseil, en CDI. Mon ancien prof m'a dit que vous aidiez les jeunes diplômés à trouver du travail.

Cordialement,
Lucas Barbier
06 31 09 52 84""",
        app("Lucas", "Barbier", phone="+33631095284", bac=2, grad="2026", failing=("job_seeking_ess",), status="b_lucas_bts_cet_ete"),
    )),
    # Feature: english_seasons — graduation — finished my Master's in October 2024
    # route: an English application from Australia: a master finished in October 2024 (24 months back on 2026-10-05), a non-profit sought → eligible (on 2026-11-26: 25 months → graduation_recent fails → not_eligible)
    N("english_seasons", "graduation", "finished my Master's in October 2024", M(
        "Chloe Mitchell <chloe.mitchell@outlook.com>",
        "Application - Chloe Mitchell",
        "2026-10-05 10:25",
        """G'day,

I'm Chloe, an Australian living in Montpellier. I finished my Master's in October 2024 (Master of Social Work, University of Melbourne) and moved to France last year. I've been working as an English tutor while my French improves.

I'd love to work for a French non-profit in social support or community programmes. Could your programme help me?

Cheers,
Chloe Mitchell
+33 7 53 18 62 94""",
        app("Chloe", "Mitchell", phone="+33753186294", bac=5, grad="2024-10", language="en", status="b_chloe_master_october_2024"),
    ), flips=True),
    # Feature: season_other_mail — kind — campagne d'hiver
    # route: an association's seasonal recruitment for its winter campaign (November to March): its dates and «jeunes diplômé·es» no applicant's → other
    N("season_other_mail", "kind", "campagne d'hiver", M(
        "Bruno Giraud <benevolat@restos-hiver-besancon.example.org>",
        "Recrutement campagne d'hiver 2026-2027",
        "2026-10-05 11:05",
        """Bonjour,

Pour notre campagne d'hiver (du 23 novembre au 14 mars), nous recrutons deux responsables de centre de distribution en CDD, temps plein. Les jeunes diplômé·es de l'action sociale sont les bienvenu·es.

Pourriez-vous diffuser l'annonce auprès des personnes que vous accompagnez ?

Bruno Giraud
Coordinateur, Restos du cœur du Doubs""",
        other(),
    )),
    # Feature: counted_from_now — career_change — ça fait six ans que je travaille comme vendeuse
    # ambiguous: six years as a saleswoman before a new BTS, but she does not say she is changing trade: the career change stays open
    # route: the body: a BTS of June (2026), «ça fait six ans que je travaille comme vendeuse», no change of trade said, an association sought → not_career_change open → to_verify (on 2026-11-26: the same)
    N("counted_from_now", "career_change", "ça fait six ans que je travaille comme vendeuse", M(
        "Nadia Benali <nadia.benali@gmail.com>",
        "Candidature",
        "2026-10-05 11:50",
        """Bonjour,

Ça fait six ans que je travaille comme vendeuse dans une boulangerie à Besançon. En parallèle j'ai préparé un BTS Support à l'action managériale par le CNED, que j'ai eu en juin.

J'aimerais maintenant trouver un poste d'assistante dans une association. Est-ce que je peux faire partie du programme ?

Nadia Benali
07 56 23 89 41""",
        app("Nadia", "Benali", phone="+33756238941", bac=2, grad="2026-06", unknown=("not_career_change",), status="b_nadia_vendeuse_six_ans"),
    )),
    # Feature: english_seasons — studies_finished — my thesis grade is expected by the end of October
    # route: (the kit's convention: a jury or a grade awaited with nothing else said leaves studies open) an English application from the Netherlands: a master whose thesis grade is expected by the end of October (ahead of 2026-10-05) → studies_finished open → to_verify (on 2026-11-26: the same words, also open)
    N("english_seasons", "studies_finished", "my thesis grade is expected by the end of October", M(
        "Daan Bakker <daan.bakker@gmail.com>",
        "Pro'pulse - question and application",
        "2026-10-05 12:35",
        """Hello,

I handed in my Master's thesis (Sustainable Development, Utrecht University) in September and my thesis grade is expected by the end of October. I'm living in Grenoble now with my girlfriend.

I'm looking for a job in an environmental non-profit or a renewable energy cooperative. Could I already apply to Pro'pulse?

Best,
Daan Bakker
+33 6 71 40 93 25""",
        app("Daan", "Bakker", phone="+33671409325", bac=5, grad=None, unknown=("studies_finished",), language="en", status="b_daan_thesis_grade_october"),
    )),
    # Feature: academic_year — kind — la promo 2025 du master
    # route: an alumni group mail sent to our address by mistake (a reunion of a master's class): no applicant, nothing asked of the programme → other
    N("academic_year", "kind", "la promo 2025 du master", M(
        "Association des anciens DESS-ESS <anciens.master.ess@gmail.com>",
        "Retrouvailles de la promo 2025 !",
        "2026-10-05 13:20",
        """Salut à toutes et à tous,

Un an déjà ! Pour fêter ça, on organise les retrouvailles de la promo 2025 du master le samedi 17 octobre à partir de 19h au Café associatif de Dijon. Répondez au sondage avant le 10 pour le repas.

À très vite,
Le bureau des anciens""",
        other(),
    )),
    # Feature: cv_periods — graduation — Licence professionnelle Métiers du social (2024)
    # ambiguous: the CV gives the licence pro's year alone, 2024, read on 2026-10-05 (January 2024 is 33 months back, December 2024 is 22): the two-year limit stays open
    # route: the body's two lines, the pasted CV: a licence pro of 2024 (a year alone), a job «2025 – aujourd'hui» in an association (no placement), an association sought → graduation_recent open → to_verify (on 2026-11-26: also open)
    N("cv_periods", "graduation", "Licence professionnelle Métiers du social (2024)", M(
        "Marion Gilbert <marion.gilbert@free.fr>",
        "Candidature + CV",
        "2026-10-05 14:30",
        """Bonjour, je souhaite candidater, voici mon CV (je n'arrive pas à joindre le fichier) :

MARION GILBERT - Poitiers - 06 24 38 91 75
Recherche un poste de coordinatrice dans une association d'insertion

EXPÉRIENCE
2025 – aujourd'hui : Agente d'accueil (CDD renouvelé), association Audacia, Poitiers
2024 – 2025 : Animatrice périscolaire, mairie de Buxerolles

FORMATION
Licence professionnelle Métiers du social (2024), université de Poitiers
BTS ESF (2022), lycée Isaac de l'Étoile

Merci d'avance""",
        app("Marion", "Gilbert", phone="+33624389175", bac=3, grad="2024", unknown=("graduation_recent",), status="b_marion_licence_pro_2024"),
    )),
    # Feature: season_other_mail — kind — Can international graduates on a student visa join
    # route: an English question about the programme, no fact of the writer's own → question (en)
    N("season_other_mail", "kind", "Can international graduates on a student visa join", M(
        "Global Students Desk <international@campus-grenoble.example.org>",
        "Question about Pro'pulse eligibility",
        "2026-10-05 15:40",
        """Hello,

Can international graduates on a student visa join Pro'pulse, or do they need a work permit first? Several of our students ask us every autumn.

Thank you,
International Students Office""",
        question(language="en"),
    )),
    # Feature: season_other_mail — kind — j'ai trouvé un poste qui commence le 19 octobre
    # route: a participant of the cohort announces a job and asks about the remaining workshops → other (never an application)
    N("season_other_mail", "kind", "j'ai trouvé un poste qui commence le 19 octobre", M(
        "Inès Moreau <ines.moreau.pro@gmail.com>",
        "Bonne nouvelle !",
        "2026-10-05 16:45",
        """Bonjour Sophie,

J'ai trouvé un poste qui commence le 19 octobre : chargée d'accueil à l'épicerie sociale de Tours, en CDI ! Merci pour les simulations d'entretien.

Est-ce que je pourrai quand même venir aux deux derniers ateliers, le soir si possible ?

Inès (session de septembre)""",
        other(),
    )),
]
