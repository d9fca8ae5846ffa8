"""Figures corpus, batch 05 (writer B): idioms («sur le fil», «baissé les bras», «changé mon fusil
d'épaule», «sur des charbons ardents», «je mange à tous les râteliers», «j'en ai vu le bout», "under my belt"),
metaphors («encore sur le métier», «le fil rouge», «refermé le livre», «arrive à son crépuscule», «jeter
l'ancre», "reached its harbour") and metonymies («Rennes 2 m'a remis mon parchemin», «le badge Unis-Cité»,
«Nanterre ne me voit plus», «derrière le comptoir d'une officine», «je pointe chez France Travail», "the
Unis-Cité logo"), and other mail that carries the same figures."""
# ruff: noqa: E501

from __future__ import annotations

from figures import N
from kit import M, app, auto_reply, bounce, newsletter, other, question, reply

MESSAGES = [
    # Feature: idiom — graduation — ma licence pro, je l'ai eue sur le fil en juin 2025
    # figured: «sur le fil» on «ma licence pro» = obtained, narrowly (June 2025) → meets
    N("idiom", "graduation", "ma licence pro, je l'ai eue sur le fil en juin 2025", M(
        "Yasmina Oukaci <yasmina.oukaci@example.org>", "Candidature au programme Pro'pulse", "03 09:12",
        """Bonjour,

Ma licence pro, je l'ai eue sur le fil en juin 2025 : 10,2 de moyenne, je ne m'en vante pas mais elle est là. C'était la licence « Intervention sociale : accompagnement de publics spécifiques » de l'IUT de Valence.

Depuis, je cherche un poste d'accompagnatrice socio-professionnelle dans un chantier d'insertion ou une association d'aide aux exilés. Pro'pulse me semble la bonne porte d'entrée.

Je suis sur les rotules après trois déménagements en un an, mais motivée comme jamais.

Yasmina Oukaci
07 81 22 45 90""",
        app("Yasmina", "Oukaci", phone="+33781224590", bac=3, grad="2025-06", status="b_licence_sur_le_fil"),
    )),
    # Feature: idiom — level — j'ai baissé les bras au milieu de la deuxième année
    # figured: «baissé les bras» on «la deuxième année» = abandoned in L2, one year validated (level 1) → fails degree_level
    N("idiom", "level", "j'ai baissé les bras au milieu de la deuxième année", M(
        "Kévin Lemarchand <kevin.lemarchand@example.com>", "pro'pulse", "04 22:41",
        """bonsoir

jai eu mon bac STMG en 2019 puis je suis parti en licence AES a Amiens. j'ai baissé les bras au milieu de la deuxième année, la première je l'avais validée quand meme.

depuis je fais de l'animation periscolaire et j'aimerais bosser dans une asso de quartier pour de bon. est ce que votre programme peut m'aider ?

Kévin
06 14 39 02 77""",
        app("Kévin", "Lemarchand", phone="+33614390277", bac=1, grad="2019", failing=("degree_level",), status="b_bras_baisses_l2"),
    )),
    # Feature: idiom — career_change — j'ai changé mon fusil d'épaule après quinze ans en cuisine
    # figured: «changé mon fusil d'épaule» after «quinze ans en cuisine» = retraining after fifteen years as a cook → fails not_career_change
    N("idiom", "career_change", "j'ai changé mon fusil d'épaule après quinze ans en cuisine", M(
        "Rodrigue Mbemba <rodrigue.mbemba@example.net>", "Candidature – Rodrigue Mbemba", "05 14:03",
        """Madame, Monsieur,

Cuisinier de formation, j'ai changé mon fusil d'épaule après quinze ans en cuisine, dont huit comme second dans une brasserie lyonnaise. J'ai repris les études en 2024 et j'ai obtenu en septembre 2025 la licence professionnelle « Gestion des structures de l'économie sociale et solidaire » au CNAM.

Je souhaite aujourd'hui mettre ce parcours au service d'une épicerie solidaire ou d'une SCIC de restauration collective.

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Rodrigue Mbemba
06 50 71 18 32""",
        app("Rodrigue", "Mbemba", phone="+33650711832", bac=3, grad="2025-09", failing=("not_career_change",), status="b_fusil_epaule_cuisine"),
    )),
    # Feature: idiom — studies_finished — je suis sur des charbons ardents en attendant le verdict du jury
    # ambiguous: the defence and the exams are done but the jury has not deliberated: the master may or may not be obtained
    # figured: «sur des charbons ardents» on «le verdict du jury» = results pending after the defence → open studies_finished
    N("idiom", "studies_finished", "je suis sur des charbons ardents en attendant le verdict du jury", M(
        "Ophélie Castanet <ophelie.castanet@example.fr>", "Pro'pulse : candidature", "06 11:27",
        """Bonjour l'équipe Pro'pulse,

J'ai soutenu mon mémoire de M2 « Développement local et économie solidaire » à Toulouse le 14 novembre, et les derniers examens étaient la semaine d'avant. Autant vous dire que je suis sur des charbons ardents en attendant le verdict du jury, qui n'a pas encore donné de date.

Je postule malgré tout : je cherche un poste de chargée de mission dans une CRESS ou un réseau de tiers-lieux associatifs.

Bien à vous,
Ophélie Castanet
06 33 84 12 09""",
        app("Ophélie", "Castanet", phone="+33633841209", bac="*", grad=None, unknown=("studies_finished",), status="b_charbons_ardents_jury"),
    )),
    # Feature: idiom — aim — je mange à tous les râteliers : assos, banques, grande distribution
    # ambiguous: the search spans associations and banks and mass retail alike: no settled ESS aim
    # figured: «je mange à tous les râteliers» on «assos, banques, grande distribution» = any sector → open job_seeking_ess
    N("idiom", "aim", "je mange à tous les râteliers : assos, banques, grande distribution", M(
        "Tiago Ferreira <tiago.ferreira@example.org>", "Candidature programme jeunes diplômés", "07 16:50",
        """Bonjour,

Titulaire d'un BTS Gestion de la PME obtenu en juin 2025 à Tourcoing, je cherche mon premier emploi de gestionnaire administratif.

Pour être franc, je mange à tous les râteliers : assos, banques, grande distribution, j'envoie partout où il y a un poste. Votre programme m'a été conseillé par un ami.

Cordialement,
Tiago Ferreira
07 68 20 41 56""",
        app("Tiago", "Ferreira", phone="+33768204156", bac=2, grad="2025-06", unknown=("job_seeking_ess",), status="b_tous_les_rateliers"),
    )),
    # Feature: idiom — situation — mon service civique, j'en ai vu le bout en août
    # figured: «j'en ai vu le bout» on «mon service civique» = civic service over (August 2026) → meets
    N("idiom", "situation", "mon service civique, j'en ai vu le bout en août", M(
        "Awa Sissoko <awa.sissoko@example.com>", "Candidature Pro'pulse", "09 10:05",
        """Bonjour,

Diplômée d'un DUT Carrières sociales (option animation sociale et socioculturelle) en juin 2025 à l'IUT de Bordeaux, j'ai ensuite enchaîné avec dix mois à la Ligue de l'enseignement. Mon service civique, j'en ai vu le bout en août, et je cherche désormais un poste d'animatrice coordinatrice dans une association d'éducation populaire.

Disponible immédiatement.

Awa Sissoko
06 71 09 55 38""",
        app("Awa", "Sissoko", phone="+33671095538", bac=2, grad="2025-06", status="b_vu_le_bout_sc"),
    )),
    # Feature: idiom — graduation — I've finally got my BTS under my belt
    # figured: «under my belt» on «my BTS» = obtained (July 2025) → meets
    N("idiom", "graduation", "I've finally got my BTS under my belt", M(
        "Liam O'Sullivan <liam.osullivan@example.net>", "Application – Pro'pulse programme", "10 18:32",
        """Hello,

I've finally got my BTS under my belt (July 2025, Économie sociale familiale, lycée Jean-Lurçat in Paris), after a first year spent mostly learning French properly.

I would love to work as a family support officer in a housing association or a community food project. A friend who went through Pro'pulse told me it was worth a shot.

Best wishes,
Liam O'Sullivan
+33 6 45 12 78 90""",
        app("Liam", "O'Sullivan", phone="+33645127890", bac=2, grad="2025-07", language="en", status="b_bts_under_belt"),
    )),
    # Feature: idiom — kind — en croisant les doigts pour les résultats
    # figured: «en croisant les doigts» on «les résultats» = a general question with no personal fact → kind question
    N("idiom", "kind", "en croisant les doigts pour les résultats", M(
        "Hélène Varenne <h.varenne@example.fr>", "Question sur les conditions", "11 08:44",
        """Bonjour,

Faut-il avoir le diplôme en poche au moment de candidater, ou peut-on envoyer son dossier en croisant les doigts pour les résultats ?

Merci d'avance,
Hélène Varenne""",
        question(),
    )),
    # Feature: idiom — kind — je suis au vert jusqu'au 30 novembre
    # figured: «au vert» = away, resting in the countryside → kind auto_reply: no personal fact
    N("idiom", "kind", "je suis au vert jusqu'au 30 novembre", M(
        "Bastien Roux <bastien.roux@example.org>", "Réponse automatique : Votre candidature à Pro'pulse", "12 07:00",
        """Bonjour,

Je suis au vert jusqu'au 30 novembre, loin de tout écran. Je lirai votre message à mon retour.

Bastien Roux""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: metaphor — studies_finished — mon mémoire de M2 est encore sur le métier
    # figured: «encore sur le métier» on «mon mémoire de M2» = the mémoire still being written → fails studies_finished
    N("metaphor", "studies_finished", "mon mémoire de M2 est encore sur le métier", M(
        "Bérénice Tallandier <berenice.tallandier@example.com>", "Candidature Pro'pulse – Bérénice Tallandier", "03 15:20",
        """Bonjour,

Je me permets de vous écrire un peu en avance : mon mémoire de M2 est encore sur le métier (master Économie sociale et solidaire à Grenoble, sur les monnaies locales), et je le remettrai à mes directeurs en février.

Je voudrais préparer la suite dès maintenant : un poste dans une coopérative d'activité et d'emploi ou un réseau d'épargne solidaire.

Merci de votre lecture,
Bérénice Tallandier
06 02 48 93 17""",
        app("Bérénice", "Tallandier", phone="+33602489317", bac="*", grad=None, failing=("studies_finished",), status="b_memoire_sur_le_metier"),
    )),
    # Feature: metaphor — career_change — l'animation, c'est le fil rouge de toute ma vie
    # figured: «le fil rouge» on «l'animation» = always in the same field (animation) → meets not_career_change
    N("metaphor", "career_change", "l'animation, c'est le fil rouge de toute ma vie", M(
        "Moussa Diarra <moussa.diarra@example.fr>", "Candidature", "04 19:15",
        """Bonjour,

L'animation, c'est le fil rouge de toute ma vie : colos à dix-sept ans, BAFD, puis le DEJEPS Animation socio-éducative que j'ai obtenu en juin 2025 à Marseille. Je ne me vois nulle part ailleurs.

Je cherche un poste de coordinateur dans un centre social associatif ou une maison de quartier.

Moussa Diarra
07 52 64 80 13""",
        app("Moussa", "Diarra", phone="+33752648013", bac=2, grad="2025-06", status="b_fil_rouge_animation"),
    )),
    # Feature: metaphor — career_change — j'ai refermé le livre de la comptabilité après douze ans
    # figured: «refermé le livre» on «la comptabilité après douze ans» = twelve years of another trade, then a retraining master → fails not_career_change
    N("metaphor", "career_change", "j'ai refermé le livre de la comptabilité après douze ans", M(
        "Sandrine Poulard <sandrine.poulard@example.org>", "Pro'pulse – candidature", "05 09:48",
        """Bonjour,

J'ai refermé le livre de la comptabilité après douze ans dans un cabinet d'expertise à Nantes. J'ai ensuite suivi un master Management des organisations de l'ESS à l'IAE, obtenu en juillet 2026.

Je cherche un poste de responsable administrative et financière dans une association ou une mutuelle.

Sandrine Poulard
06 88 31 02 64""",
        app("Sandrine", "Poulard", phone="+33688310264", bac=5, grad="2026-07", failing=("not_career_change",), status="b_livre_compta_referme"),
    )),
    # Feature: metaphor — situation — mon stage arrive à son crépuscule
    # ambiguous: the internship is nearly over but no end date is given: it may or may not still run after 26 November
    # figured: «arrive à son crépuscule» on «mon stage» = internship ending, undated → open not_internship
    N("metaphor", "situation", "mon stage arrive à son crépuscule", M(
        "Inès Bouaziz <ines.bouaziz@example.net>", "candidature pro'pulse", "06 21:03",
        """Bonjour,

Mon master Action publique et ESS en poche depuis septembre 2026 (Paris-Est Créteil), j'ai accepté un stage dans une fondation. Mon stage arrive à son crépuscule et je prépare la suite : un premier poste dans une fondation ou une association d'accès au droit.

Inès Bouaziz
06 29 17 40 83""",
        app("Inès", "Bouaziz", phone="+33629174083", bac=5, grad="2026-09", unknown=("not_internship",), status="b_stage_crepuscule"),
    )),
    # Feature: metaphor — aim — je veux jeter l'ancre là où on me donnera ma chance
    # ambiguous: the harbour is «wherever I get a chance»: no sector named, ESS or not
    # figured: «jeter l'ancre» on «là où on me donnera ma chance» = no settled sector → open job_seeking_ess
    N("metaphor", "aim", "je veux jeter l'ancre là où on me donnera ma chance", M(
        "Gwenaël Le Bihan <gwenael.lebihan@example.fr>", "Candidature", "08 13:37",
        """Bonjour,

Après un BUT Gestion des entreprises et des administrations obtenu à Vannes en juin 2026, j'ai pas mal bourlingué cet été. Maintenant je veux jeter l'ancre là où on me donnera ma chance, dans le Morbihan si possible.

Merci de me dire si mon profil vous intéresse.

Gwenaël Le Bihan
06 90 52 13 47""",
        app("Gwenaël", "Le Bihan", phone="+33690521347", bac=3, grad="2026-06", unknown=("job_seeking_ess",), status="b_jeter_ancre"),
    )),
    # Feature: metaphor — situation — my internship reached its harbour in September
    # figured: «reached its harbour» on «my internship» = internship over (September 2026) → meets
    N("metaphor", "situation", "my internship reached its harbour in September", M(
        "Kavitha Subramaniam <kavitha.subramaniam@example.com>", "Application for Pro'pulse", "09 17:22",
        """Dear Pro'pulse team,

My internship reached its harbour in September, after six months at a housing cooperative, and Université Lumière Lyon 2 awarded my master's in Social Economy the same month.

I am now looking for a project officer position in a cooperative or a non-profit working on housing. I am fluent in French and English.

Kind regards,
Kavitha Subramaniam
+33 7 44 18 96 05""",
        app("Kavitha", "Subramaniam", phone="+33744189605", bac=5, grad="2026-09", language="en", status="b_internship_harbour"),
    )),
    # Feature: metaphor — kind — la saison des candidatures touche à sa fin
    # figured: «la saison … touche à sa fin» on «des candidatures» = a mailing about the end of a call → kind newsletter
    N("metaphor", "kind", "la saison des candidatures touche à sa fin", M(
        "La Lettre des tiers-lieux <lettre@tierslieux.example.org>", "La saison des candidatures touche à sa fin", "13 06:30",
        """La Lettre des tiers-lieux — novembre 2026

La saison des candidatures touche à sa fin : il vous reste dix jours pour rejoindre la prochaine promotion de l'accélérateur.

Au sommaire : trois ateliers partagés qui ont fleuri en Creuse, un guide sur les baux associatifs, l'agenda de décembre.

Se désinscrire : https://tierslieux.example.org/desinscription""",
        newsletter(),
        headers={"List-Unsubscribe": "<https://tierslieux.example.org/desinscription>"},
    )),
    # Feature: metaphor — kind — votre lien s'est noyé dans l'océan de ma boîte
    # figured: «s'est noyé dans l'océan» on «votre lien» = the link was lost among many mails → kind reply: no personal fact
    N("metaphor", "kind", "votre lien s'est noyé dans l'océan de ma boîte", M(
        "Dorian Ménard <dorian.menard@example.org>", "Re: Votre candidature à Pro'pulse", "14 12:10",
        """Bonjour,

Je crois que votre lien s'est noyé dans l'océan de ma boîte mail : pourriez-vous me le renvoyer ?

Merci,
Dorian

Le 10/11/2026 à 09:30, Pro'pulse a écrit :
> Merci pour votre candidature. Merci de compléter le formulaire en suivant ce lien.""",
        reply(),
        headers={"In-Reply-To": "<b05-menard-1@animafac.net>", "References": "<b05-menard-1@animafac.net>"},
    )),
    # Feature: metonymy — graduation — Rennes 2 m'a remis mon parchemin de master en juin 2025
    # figured: «Rennes 2 m'a remis mon parchemin» = the university awarded the master (June 2025) → meets
    N("metonymy", "graduation", "Rennes 2 m'a remis mon parchemin de master en juin 2025", M(
        "Maïwenn Kerjean <maiwenn.kerjean@example.fr>", "Candidature Pro'pulse", "03 10:58",
        """Bonjour,

Rennes 2 m'a remis mon parchemin de master en juin 2025 (master Métiers de l'accompagnement, de la formation et de l'insertion). Depuis, quelques remplacements ponctuels.

Je cherche un poste de conseillère en insertion dans une entreprise d'insertion ou une association intermédiaire bretonne.

Bien cordialement,
Maïwenn Kerjean
06 47 30 81 26""",
        app("Maïwenn", "Kerjean", phone="+33647308126", bac=5, grad="2025-06", status="b_rennes2_parchemin"),
    )),
    # Feature: metonymy — situation — je porte encore le badge Unis-Cité jusqu'à fin avril
    # figured: «le badge Unis-Cité» = a civic service with Unis-Cité, running to the end of April 2027 → fails not_service_civique
    N("metonymy", "situation", "je porte encore le badge Unis-Cité jusqu'à fin avril", M(
        "Nathan Ekwueme <nathan.ekwueme@example.com>", "Candidature pour Pro'pulse", "04 17:44",
        """Bonjour,

J'ai obtenu mon BTS Services et prestations des secteurs sanitaire et social en juillet 2025. Je porte encore le badge Unis-Cité jusqu'à fin avril, dans une équipe qui anime des ateliers numériques en EHPAD.

Je voudrais ensuite travailler dans une association d'inclusion numérique.

Nathan Ekwueme
07 36 51 29 84""",
        app("Nathan", "Ekwueme", phone="+33736512984", bac=2, grad="2025-07", failing=("not_service_civique",), status="b_badge_uniscite"),
    )),
    # Feature: metonymy — studies_finished — Nanterre ne me voit plus depuis mai
    # ambiguous: no more classes since May, but the transcript never came: the licence may or may not be validated
    # figured: «Nanterre ne me voit plus» = the university for the courses: no more courses since May, results never received → open studies_finished
    N("metonymy", "studies_finished", "Nanterre ne me voit plus depuis mai", M(
        "Salomé Guedj <salome.guedj@example.org>", "Candidature – Salomé Guedj", "05 20:16",
        """Bonjour,

J'étais en troisième année de licence de sociologie. Nanterre ne me voit plus depuis mai ; le relevé de notes, lui, n'est jamais arrivé et le secrétariat ne répond pas.

Je cherche un poste d'assistante de projet dans une association de lutte contre les discriminations.

Salomé Guedj
06 18 73 50 42""",
        app("Salomé", "Guedj", phone="+33618735042", bac="*", grad=None, unknown=("studies_finished",), status="b_nanterre_ne_me_voit_plus"),
    )),
    # Feature: metonymy — career_change — onze ans derrière le comptoir d'une officine
    # figured: «derrière le comptoir d'une officine» = eleven years as a pharmacy assistant, then a retraining licence → fails not_career_change
    N("metonymy", "career_change", "onze ans derrière le comptoir d'une officine", M(
        "Ghislaine Vautrin <ghislaine.vautrin@example.net>", "Candidature Pro'pulse", "07 09:31",
        """Bonjour,

Après onze ans derrière le comptoir d'une officine à Angers, j'ai repris une licence professionnelle Métiers de l'animation sociale, obtenue en juin 2026.

Je souhaite rejoindre une association de prévention santé ou une mutuelle.

Ghislaine Vautrin
06 26 84 71 05""",
        app("Ghislaine", "Vautrin", phone="+33626847105", bac=3, grad="2026-06", failing=("not_career_change",), status="b_comptoir_officine"),
    )),
    # Feature: metonymy — situation — je pointe chez France Travail depuis septembre
    # figured: «je pointe chez France Travail» = registered job seeker, no internship nor civic service → meets
    N("metonymy", "situation", "je pointe chez France Travail depuis septembre", M(
        "Farida Messaoudi <farida.messaoudi@example.com>", "Pro'pulse", "10 11:40",
        """Bonjour,

BTS Économie sociale familiale obtenu en juin 2026 à Mulhouse. Je pointe chez France Travail depuis septembre et ma conseillère m'a parlé de vous.

Je cherche un poste de conseillère ESF dans un centre social ou une association d'aide au logement.

Farida Messaoudi
06 59 20 36 81""",
        app("Farida", "Messaoudi", phone="+33659203681", bac=2, grad="2026-06", status="b_pointe_france_travail"),
    )),
    # Feature: metonymy — situation — my CV still carries the Unis-Cité logo: my year with them ends this month
    # ambiguous: the civic service ends «this month» (November) with no day: it may still run after the 26th
    # figured: «the Unis-Cité logo» = a civic service with Unis-Cité, ending in November, undated → open not_service_civique
    N("metonymy", "situation", "my CV still carries the Unis-Cité logo: my year with them ends this month", M(
        "Amara Kamara <amara.kamara@example.org>", "Pro'pulse application", "11 15:55",
        """Hi,

I hold a BUT Carrières sociales from IUT Lille (June 2025). My CV still carries the Unis-Cité logo: my year with them ends this month, and I would like to find a job in a community centre or a youth association straight after.

Thanks,
Amara Kamara
07 19 64 38 20""",
        app("Amara", "Kamara", phone="+33719643820", bac=3, grad="2025-06", unknown=("not_service_civique",), language="en", status="b_uniscite_logo_en"),
    )),
    # Feature: metonymy — kind — le domaine example.net ne reçoit plus de courrier
    # figured: «le domaine … ne reçoit plus» = the mailbox behind the domain is gone → kind bounce
    N("metonymy", "kind", "le domaine example.net ne reçoit plus de courrier", M(
        "Mail Delivery System <MAILER-DAEMON@mx.example.net>", "Échec de distribution", "15 03:12",
        """Votre message n'a pas pu être remis : le domaine example.net ne reçoit plus de courrier pour ce destinataire.

Destinataire : lorenzo.bianchi@example.net""",
        bounce("lorenzo.bianchi@example.net"),
        bounce="""Reporting-MTA: dns; mx.example.net
Final-Recipient: rfc822; lorenzo.bianchi@example.net
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 mailbox unavailable""",
    )),
    # Feature: metonymy — kind — les fourneaux de la cantine resteront éteints mardi
    # figured: «les fourneaux … resteront éteints» = the canteen is closed on Tuesday → kind other: no personal fact
    N("metonymy", "kind", "les fourneaux de la cantine resteront éteints mardi", M(
        "Gestion des locaux <locaux@maisondesassos.example.fr>", "Cantine fermée mardi", "16 08:05",
        """Bonjour à toutes et à tous,

Pour cause de travaux, les fourneaux de la cantine resteront éteints mardi. Pensez à prévoir votre repas.

La gestion des locaux de la Maison des associations""",
        other(),
    )),
]
