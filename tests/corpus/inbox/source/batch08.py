"""Inbox corpus, batch 08 (writer B): Monday 23 – Thursday 26 November 2026, Monday's newsletter, the
month's end (a funder's indicators, a sale on Black Friday) and the last replies before the cohort's
interviews."""
# ruff: noqa: E501

from __future__ import annotations

from inbox import N
from kit import CV, M, app, auto_reply, newsletter, other, question, reply

MESSAGES = [
    # Feature: machines — kind — L'hebdo de l'ESS en Bretagne
    # route: a regional network's Monday newsletter (List-Unsubscribe, Precedence: bulk), its offers and portraits no applicant's → newsletter
    N("machines", "kind", "L'hebdo de l'ESS en Bretagne", M(
        "ESS Bretagne <hebdo@ess-bretagne.example.org>",
        "L'hebdo de l'ESS en Bretagne – 23 novembre",
        "23 06:30",
        """L'hebdo de l'ESS en Bretagne – semaine du 23 novembre

• Mois de l'ESS : dernière semaine, 18 événements à Brest, Rennes et Lorient
• Emploi : une SCIC de Morlaix recrute un·e chargé·e de mission circuits courts (bac+3, jeune diplômé·e bienvenu·e)
• Témoignage : Erwan, diplômé d'un BTS en 2025, salarié d'une ressourcerie depuis six mois

Se désinscrire : https://ess-bretagne.example.org/hebdo/desinscription""",
        newsletter(),
        headers={"List-Unsubscribe": "<https://ess-bretagne.example.org/hebdo/desinscription>", "Precedence": "bulk"},
    ), person="b_ess_bretagne"),
    # Feature: machines — kind — je suis actuellement en stage et consulte peu mes mails
    # route: an applicant's out-of-office answering our acknowledgement (Auto-Submitted); its «en stage» is no application → auto_reply
    N("machines", "kind", "je suis actuellement en stage et consulte peu mes mails", M(
        "Jules Fontaine <jules.fontaine@gmail.com>",
        "Réponse automatique : Pro'pulse – merci pour votre inscription",
        "23 07:12",
        """Bonjour, je suis actuellement en stage et consulte peu mes mails. Je vous répondrai dès que possible.
Jules Fontaine""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    ), person="b_jules_fontaine"),
    # Feature: writing_again — aim — un chantier d'insertion ou une entreprise d'insertion
    # route: person Quentin Lefebvre, second mail: «je me permets de vous relancer», the licence pro of September 2025 repeated, the aim now named «un chantier d'insertion ou une entreprise d'insertion» → application; the newer fact settles the aim: bac+3 of 2025-09, ESS aim → eligible
    N("writing_again", "aim", "un chantier d'insertion ou une entreprise d'insertion", M(
        "Quentin Lefebvre <quentin.lefebvre29@gmail.com>",
        "Re: Candidature Pro'pulse - Quentin Lefebvre",
        "23 08:47",
        """Bonjour,

Je me permets de vous relancer au sujet de ma candidature de dimanche. Je précise mon projet : avec ma licence pro métiers du BTP (septembre 2025), je voudrais devenir encadrant technique dans un chantier d'insertion ou une entreprise d'insertion, pas dans une entreprise classique.

Merci d'avance pour votre retour,
Quentin Lefebvre
07 58 62 13 49""",
        app("Quentin", "Lefebvre", phone="+33758621349", bac=3, grad="2025-09", status="b_quentin_relance_insertion"),
    ), person="b_quentin_lefebvre"),
    # Feature: first_application — career_change — après dix ans dans la logistique
    # route: a few paragraphs: a master RH of 2026 taken to change trade after ten years in logistics («je me reconvertis»), HR in a large industrial group sought → application; a career change said and no ESS employer sought → not eligible
    N("first_application", "career_change", "après dix ans dans la logistique", M(
        "Frédéric Pasquier <fred.pasquier@orange.fr>",
        "Candidature",
        "23 09:30",
        """Bonjour,

Après dix ans dans la logistique comme chef d'équipe, je me reconvertis dans les ressources humaines : j'ai obtenu un master GRH en septembre 2026 à l'IAE de Besançon, en formation continue.

Je vise un poste de chargé de recrutement dans un grand groupe industriel de la région (Stellantis, Alstom…). Votre programme pourrait-il m'aider ?

Frédéric Pasquier
06 20 84 37 61""",
        app("Frédéric", "Pasquier", phone="+33620843761", bac=5, grad="2026-09", failing=("not_career_change", "job_seeking_ess"), status="b_frederic_reconversion_rh"),
    ), person="b_frederic_pasquier"),
    # Feature: employers_partners — kind — les indicateurs de l'année 2026
    # route: a funder (the region) asks for the year's indicators for its report; its «jeunes diplômés», «sorties en emploi» no applicant's → other
    N("employers_partners", "kind", "les indicateurs de l'année 2026", M(
        "Région Nouvelle-Aquitaine – Direction de l'ESS <ess@nouvelle-aquitaine.example.fr>",
        "Bilan annuel – indicateurs à transmettre",
        "23 10:05",
        """Madame, Monsieur,

Pour l'instruction du renouvellement de votre subvention, merci de nous transmettre avant le 15 décembre les indicateurs de l'année 2026 : nombre de jeunes diplômés accompagnés, part de femmes, sorties en emploi à six mois (dont CDI et CDD de plus de six mois).

Nous restons à votre disposition.

Service ESS et innovation sociale
Région Nouvelle-Aquitaine""",
        other(),
    ), person="b_region_nouvelle_aquitaine"),
    # Feature: referred — graduation — son master en septembre 2026
    # route: an APEC consultant presents a young graduate: a master of September 2026, a SCIC or a cooperative sought → application forwarded_by the consultant; bac+5 of 2026-09, ESS aim → eligible
    N("referred", "graduation", "son master en septembre 2026", M(
        "Apec Bordeaux – Isabelle Garnier <isabelle.garnier@apec.example.fr>",
        "Orientation vers Pro'pulse - Margot Vial",
        "23 11:22",
        """Bonjour,

Je suis consultante à l'Apec de Bordeaux. J'ai rencontré Margot Vial, qui a obtenu son master en septembre 2026 (géographie, aménagement et développement local, Bordeaux Montaigne). Elle vise un poste de chargée de mission dans une SCIC ou une coopérative d'habitants, et votre accompagnement me semble tout indiqué.

Elle est d'accord pour que je vous transmette ses coordonnées : margot.vial@gmail.com, 06 85 12 63 40.

Isabelle Garnier
Consultante Apec""",
        app("Margot", "Vial", phone="+33685126340", bac=5, grad="2026-09", email="margot.vial@gmail.com", forwarded_by="isabelle.garnier@apec.example.fr", status="b_margot_apec"),
    ), person="b_margot_vial"),
    # Feature: first_application — graduation — Licence professionnelle Gestion des structures sanitaires et sociales (2026)
    # route: two lines; the CV gives a licence pro of 2026 and an association managing social services sought → application (facts in the CV); bac+3 of 2026, ESS aim → eligible
    N("first_application", "graduation", "Licence professionnelle Gestion des structures sanitaires et sociales (2026)", M(
        "Anthony Perrin <anthony.perrin37@gmail.com>",
        "CV - candidature Pro'pulse",
        "23 13:48",
        """Bonjour, je vous transmets mon CV pour intégrer le programme. Cordialement, Anthony Perrin""",
        app("Anthony", "Perrin", phone="+33627391584", bac=3, grad="2026", info_in="cv", status="b_anthony_lp_sanitaire"),
        cv=CV("pdf", "CV_Anthony_Perrin.pdf", """Anthony Perrin
Tours - 06 27 39 15 84
Licence professionnelle Gestion des structures sanitaires et sociales (2026) - IUT de Tours
DUT Gestion des entreprises et des administrations (2025) - IUT de Tours
Stage (avril-juin 2026) : assistant de direction, ADAPEI 37
Objectif : assistant de gestion dans une association gestionnaire d'établissements médico-sociaux"""),
    ), person="b_anthony_perrin"),
    # Feature: participants — kind — je partage cette offre avec le groupe
    # route: a participant of the cohort forwards an offer for the others (new mail); the offer's «bac+2» is no one's fact → other
    N("participants", "kind", "je partage cette offre avec le groupe", M(
        "Hugo Marchal <hugo.marchal@gmail.com>",
        "Offre pour la promo",
        "23 15:15",
        """Salut l'équipe,

Je partage cette offre avec le groupe, si ça peut intéresser quelqu'un de la promo : la Fédération des MJC de l'Isère cherche un·e assistant·e de communication, CDD d'un an, bac+2. Moi je ne postule pas, j'ai eu une réponse positive de la mutuelle !

Hugo""",
        other(),
    ), person="b_hugo_marchal"),
    # Feature: english_mail — kind — Is the programme open to people whose French is still basic
    # route: a question in English with no fact of the writer's own → question (en)
    N("english_mail", "kind", "Is the programme open to people whose French is still basic", M(
        "Lucy Harper <lucy.harper@gmail.com>",
        "Question about Pro'pulse",
        "23 18:02",
        """Hello,

Quick question before a friend of mine applies: Is the programme open to people whose French is still basic, or are all the workshops in French?

Thanks a lot,
Lucy""",
        question(language="en"),
    ), person="b_lucy_harper"),
    # Feature: first_application — level — un titre professionnel de secrétaire assistante (niveau 4) en 2021
    # route: a phone mail: a titre professionnel of niveau 4 (the bac's level) of 2021, an association sought → application; level below bac+2 and a diploma over two years old → not eligible
    N("first_application", "level", "un titre professionnel de secrétaire assistante (niveau 4) en 2021", M(
        "Jessica Leblanc <jess.leblanc76@hotmail.fr>",
        "pro'pulse",
        "23 21:40",
        """Bonsoir, j'ai eu un titre professionnel de secrétaire assistante (niveau 4) en 2021 et depuis je fais de l'intérim. Je voudrais un poste stable dans une association à Rouen. Est ce que je peux m'inscrire ? merci
Jessica 07 69 14 25 83""",
        app("Jessica", "Leblanc", phone="+33769142583", bac=0, grad="2021", failing=("degree_level", "graduation_recent"), status="b_jessica_titre_pro"),
    ), person="b_jessica_leblanc"),
    # Feature: our_threads — kind — mercredi 25 à 15h c'est parfait
    # route: a reply in our invitation thread (In-Reply-To, our mail quoted) choosing a slot → reply
    N("our_threads", "kind", "mercredi 25 à 15h c'est parfait", M(
        "Salomé Garcia <salome.garcia06@gmail.com>",
        "Re: Votre candidature Pro'pulse",
        "24 08:55",
        """Bonjour,

Merci beaucoup pour votre réponse si rapide ! mercredi 25 à 15h c'est parfait pour moi.

Salomé

Le lun. 23 nov. 2026 à 16:30, Pro'pulse <propulse@animafac.net> a écrit :
> Bonjour Salomé,
> Merci pour votre message. Nous vous proposons un entretien mercredi 25 novembre à 15h ou jeudi 26 à 10h.""",
        reply(),
        headers={"In-Reply-To": "<invitation-2026-11-23-0041@animafac.net>", "References": "<invitation-2026-11-23-0041@animafac.net>"},
    ), person="b_salome_garcia"),
    # Feature: english_mail — graduation — HBO bachelor's degree in Social Work in July 2026
    # route: an English application from a Dutch graduate in Poitiers: a four-year HBO bachelor of July 2026, a youth association sought → application (en); bac+3 or more of 2026-07, ESS aim → eligible
    N("english_mail", "graduation", "HBO bachelor's degree in Social Work in July 2026", M(
        "Femke Janssen <femke.janssen@gmail.com>",
        "Application – Femke Janssen",
        "24 10:20",
        """Dear Pro'pulse team,

I'm Dutch and I moved to Poitiers in September. I completed an HBO bachelor's degree in Social Work in July 2026 at the Hogeschool Utrecht (four years). I'm looking for a job in a youth association or a social centre, as a youth worker.

I'm learning French (B1) and I'd be very happy to join the programme.

Kind regards,
Femke Janssen
+33 6 41 27 58 90""",
        app("Femke", "Janssen", phone="+33641275890", bac=3, grad="2026-07", language="en", status="b_femke_hbo"),
    ), person="b_femke_janssen"),
    # Feature: from_a_post — situation — je termine une mission à la Maison de l'Europe fin décembre
    # ambiguous: «une mission» whose nature is not said (a service civique, an internship or a fixed-term job): both criteria are left open
    # route: an answer to a post in a Facebook group: a licence of June 2025, «une mission» of untold nature ending in late December, an association sought → application; not_internship and not_service_civique open → to verify
    N("from_a_post", "situation", "je termine une mission à la Maison de l'Europe fin décembre", M(
        "Charlotte Ménard <charlotte.menard@gmail.com>",
        "Suite à votre publication",
        "24 11:45",
        """Bonjour,

J'ai vu votre publication dans le groupe Facebook « Jeunes diplômés ESS Bordeaux ». J'ai une licence de LEA obtenue en juin 2025 et je termine une mission à la Maison de l'Europe fin décembre. Ensuite j'aimerais travailler dans une association d'échanges internationaux.

Charlotte Ménard""",
        app("Charlotte", "Ménard", phone=None, bac=3, grad="2025-06", unknown=("not_internship", "not_service_civique"), status="b_charlotte_mission"),
    ), person="b_charlotte_menard"),
    # Feature: our_threads — kind — est-ce compatible avec le programme
    # route: a referred applicant answers our invitation in our thread (In-Reply-To, our mail quoted) with a question of her own → reply
    N("our_threads", "kind", "est-ce compatible avec le programme", M(
        "Lina Moreau <lina.moreau34@gmail.com>",
        "Re: Pro'pulse – votre candidature",
        "24 14:10",
        """Bonjour,

Merci pour votre message. Entre-temps on m'a proposé quelques heures de remplacement dans un foyer le soir : est-ce compatible avec le programme si je viens à l'entretien de lundi ?

Bonne journée,
Lina Moreau

Le 23/11/2026 à 11:00, Pro'pulse a écrit :
> Bonjour Lina, votre école nous a transmis votre candidature. Nous vous proposons un entretien lundi 30 novembre à 10h.""",
        reply(),
        headers={"In-Reply-To": "<invitation-2026-11-23-0019@animafac.net>", "References": "<invitation-2026-11-23-0019@animafac.net>"},
    ), person="b_lina_moreau"),
    # Feature: first_application — aim — dans la médiation numérique
    # ambiguous: a trade named («la médiation numérique») with no employer: such posts are in associations, libraries and companies alike, the aim is left open
    # route: a few paragraphs: a licence pro of June 2026, a post «dans la médiation numérique» with no employer named → application; aim open → to verify
    N("first_application", "aim", "dans la médiation numérique", M(
        "Noémie Vincent <noemie.vincent@laposte.net>",
        "Candidature programme",
        "24 17:30",
        """Bonjour,

Je m'appelle Noémie, j'ai 22 ans, j'habite Clermont-Ferrand. J'ai obtenu en juin 2026 une licence professionnelle métiers du numérique.

Je voudrais travailler dans la médiation numérique, aider les gens à faire leurs démarches en ligne, mais je ne sais pas où chercher.

Noémie Vincent
06 75 30 86 12""",
        app("Noémie", "Vincent", phone="+33675308612", bac=3, grad="2026-06", unknown=("job_seeking_ess",), status="b_noemie_mediation_numerique"),
    ), person="b_noemie_vincent"),
    # Feature: unwanted — kind — Black Friday
    # route: a bulk sale of payroll software for associations (List-Unsubscribe, Precedence: bulk) → newsletter
    N("unwanted", "kind", "Black Friday", M(
        "PaieAsso <offres@paieasso.example.com>",
        "Black Friday : -40 % sur votre logiciel de paie associatif",
        "25 06:45",
        """Black Friday chez PaieAsso !

-40 % la première année sur notre logiciel de paie pensé pour les associations employeuses : contrats aidés, service civique, alternance, tout est géré.

Offre valable jusqu'au 30 novembre. Se désabonner : https://paieasso.example.com/desabonnement""",
        newsletter(),
        headers={"List-Unsubscribe": "<https://paieasso.example.com/desabonnement>", "Precedence": "bulk"},
    ), person="b_paieasso"),
    # Feature: machines — kind — Je suis absente du 23 au 27 novembre
    # route: a partner's out-of-office answering our mail (Auto-Submitted) → auto_reply
    N("machines", "kind", "Je suis absente du 23 au 27 novembre", M(
        "Hélène Faure <suio-insertion@univ-tours.example.fr>",
        "Absente : Re: Présentation d'une diplômée - Anaïs Delorme",
        "25 08:02",
        """Bonjour,

Je suis absente du 23 au 27 novembre (salon de l'étudiant). Votre message sera traité à mon retour.

Hélène Faure
SUIO – Université de Tours""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    ), person="b_suio_tours"),
    # Feature: first_application — graduation — BTS SP3S obtenu il y a deux ans
    # ambiguous: «il y a deux ans» on a mail of November 2026 may be November 2024 (recent) or before (not): the date is left open
    # route: a phone mail: a BTS «obtenu il y a deux ans», a job in an association for people with disabilities sought → application; graduation open → to verify
    N("first_application", "graduation", "BTS SP3S obtenu il y a deux ans", M(
        "Romain Lucas <romain.lucas45@gmail.com>",
        "",
        "25 12:15",
        """Bonjour, j'ai un BTS SP3S obtenu il y a deux ans et je cherche un emploi dans une association qui accompagne des personnes handicapées, vers Orléans. Comment faire pour entrer dans le programme ?
Romain
07 81 26 49 35""",
        app("Romain", "Lucas", phone="+33781264935", bac=2, grad=None, unknown=("graduation_recent",), status="b_romain_bts_deux_ans"),
    ), person="b_romain_lucas"),
    # Feature: first_application — studies_finished — I'm in the final year of my bachelor's
    # route: an English application from an Australian in Montpellier: «I'm in the final year of my bachelor's», graduating in June 2027, an environmental NGO sought → application (en); studies running → not eligible
    N("first_application", "studies_finished", "I'm in the final year of my bachelor's", M(
        "Jack Sullivan <jack.sullivan@gmail.com>",
        "Pro'pulse?",
        "25 14:40",
        """Hi,

I'm in the final year of my bachelor's in environmental science at the Université de Montpellier (exchange from Melbourne, then I transferred), graduating in June 2027. I'd love to line up a job with an environmental NGO for after that. Can I apply now?

Cheers,
Jack Sullivan""",
        app("Jack", "Sullivan", phone=None, bac="*", grad=None, failing=("studies_finished",), language="en", status="b_jack_final_year"),
    ), person="b_jack_sullivan"),
    # Feature: participants — kind — ok pour le point individuel jeudi
    # route: a participant answers the coach in her thread (In-Reply-To <…@animafac.net>, quoted) → reply
    N("participants", "kind", "ok pour le point individuel jeudi", M(
        "Yacine Ferhat <yacine.ferhat@gmail.com>",
        "Re: Rattrapage atelier + point individuel",
        "25 16:05",
        """Bonjour Sophie, ok pour le point individuel jeudi à 16h. Merci encore pour le rattrapage !
Yacine

Le 24/11/2026 à 18:20, Sophie – coach Pro'pulse <propulse@animafac.net> a écrit :
> Bonjour Yacine, je vous propose un point individuel jeudi 26 à 16h pour rattraper l'atelier de lundi.""",
        reply(),
        headers={"In-Reply-To": "<point-2026-11-24-0008@animafac.net>", "References": "<point-2026-11-24-0008@animafac.net>"},
    ), person="b_yacine_ferhat"),
    # Feature: questions_before — kind — la session de janvier est déjà complète
    # route: a question on the places left, no fact of her own → question
    N("questions_before", "kind", "la session de janvier est déjà complète", M(
        "Zoé Marchetti <zoe.marchetti@gmail.com>",
        "Places ?",
        "25 19:30",
        """Bonjour, est-ce que la session de janvier est déjà complète ? Sinon jusqu'à quand peut-on candidater ? Merci beaucoup""",
        question(),
    ), person="b_zoe_marchetti"),
    # Feature: employers_partners — kind — un job dating solidaire en janvier
    # route: an employers' group of associations proposes to co-organise a job dating → other
    N("employers_partners", "kind", "un job dating solidaire en janvier", M(
        "Groupement d'employeurs Asso 63 <contact@ge-asso63.example.org>",
        "Proposition de partenariat",
        "26 09:10",
        """Bonjour,

Notre groupement d'employeurs réunit 35 associations du Puy-de-Dôme qui recrutent régulièrement des profils bac+2 à bac+5. Nous aimerions organiser avec vous un job dating solidaire en janvier à Clermont-Ferrand, pour les jeunes de votre promotion.

Pouvons-nous en parler par téléphone ?

Vincent Mallet
Directeur, GE Asso 63""",
        other(),
    ), person="b_ge_asso63"),
    # Feature: first_application — graduation — Master Développement social et solidaire, juillet 2025
    # route: a cover letter attached, two lines in the body: a master of July 2025, a post of project officer in an association of the social economy sought → application (facts in the letter); bac+5 of 2025-07, ESS aim → eligible
    N("first_application", "graduation", "Master Développement social et solidaire, juillet 2025", M(
        "Ambre Besnard <ambre.besnard@gmail.com>",
        "Lettre de motivation - Pro'pulse",
        "26 10:35",
        """Bonjour,

Vous trouverez ci-joint ma lettre de motivation pour le programme Pro'pulse.

Ambre Besnard
06 38 57 20 14""",
        app("Ambre", "Besnard", phone="+33638572014", bac=5, grad="2025-07", info_in="cv", status="b_ambre_lettre"),
        cv=CV("odt", "Lettre_motivation_Ambre_Besnard.odt", """Ambre Besnard
Clermont-Ferrand
Objet : candidature au programme Pro'pulse
Madame, Monsieur,
Diplômée du Master Développement social et solidaire, juillet 2025, de l'université Clermont Auvergne, je souhaite être accompagnée dans ma recherche d'un poste de chargée de projet dans une association de l'économie sociale et solidaire.
Depuis un an, j'ai été animatrice vacataire dans un centre social associatif, ce qui a renforcé ce projet.
Je vous prie d'agréer mes salutations distinguées."""),
    ), person="b_ambre_besnard"),
    # Feature: not_quite_for_us — career_change — n'accompagne pas les reconversions
    # route: she knows the rule and asks for an exception with her facts: a BTS of 2026 taken after twelve years as a hairdresser («ma reconversion»), an association sought → application (she asks to join); a career change said → not eligible
    N("not_quite_for_us", "career_change", "n'accompagne pas les reconversions", M(
        "Valérie Hamon <valerie.hamon@free.fr>",
        "Demande d'exception",
        "26 11:50",
        """Bonjour,

Je sais que votre programme n'accompagne pas les reconversions, mais je me permets de tenter ma chance. Après douze ans comme coiffeuse, j'ai obtenu en juin 2026 un BTS économie sociale familiale, justement pour ma reconversion, et je cherche un poste de conseillère dans une association d'aide aux familles à Brest.

Est-ce qu'une exception est possible ?

Valérie Hamon
06 99 41 72 35""",
        app("Valérie", "Hamon", phone="+33699417235", bac=2, grad="2026-06", failing=("not_career_change",), status="b_valerie_exception_reconversion"),
    ), person="b_valerie_hamon"),
    # Feature: first_application — graduation — j'ai eu mon master en juin
    # route: a phone mail: a master obtained «en juin» (June 2026 on a mail of November 2026), a migrants' aid association sought → application; bac+5 of 2026-06, ESS aim → eligible
    N("first_application", "graduation", "j'ai eu mon master en juin", M(
        "Laura Meunier <laura.meunier@icloud.com>",
        "Candidature",
        "26 13:05",
        """Bonjour ! je vous écris de mon téléphone dsl pour la mise en page. j'ai eu mon master en juin (sociologie des migrations, Montpellier) et je cherche un poste dans une asso d'aide aux migrants, type Cimade ou Secours populaire.
Laura Meunier 06 59 03 81 47

Envoyé de mon iPhone""",
        app("Laura", "Meunier", phone="+33659038147", bac=5, grad="2026-06", status="b_laura_master_migrations"),
    ), person="b_laura_meunier"),
]
