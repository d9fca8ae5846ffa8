"""Francophonies corpus, batch 07 (writer B): French of the Caribbean and Guiana (a licence from Fouillole, a
volontaire technicien of the RSMA who is no service civique, ten years «dans la job» at the airport, the
«djobs» of a student, a L3 still running in Cayenne, a BTS of 2024 with «doudou», a luxury hotel), of the
Indian Ocean (a BTS from Saint-Denis, a Comorian aiming at big retail, results of a second session not yet
posted in Mvouni, a BTS of 2021 from Mayotte, a service civique over in Mamoudzou, a stage at the Région),
regional French of metropolitan France (a ch'ti «ch'est fini l'école», a Lyonnais «gone» in a stage, a Breton's
seasons at sea, a Savoyard mountain association, a Corsican's fifteen years, a DEUST from Brest); other mail in
those varieties (a Martinique absence notice, a Guadeloupe network's letter, a Comorian question, a Réunion
cooperative's offer, a reply in our thread from Lyon, a question from Lille)."""
# ruff: noqa: E501

from __future__ import annotations

from francophonies import N
from kit import CV, M, app, auto_reply, newsletter, other, question, reply

MESSAGES = [
    # Feature: caribbean — graduation — ma licence AES à Fouillole, validée en juin 2025
    # variety: «ma licence AES à Fouillole, validée en juin 2025» = Guadeloupean: Fouillole is the Pointe-à-Pitre campus of the Université des Antilles, a French university: a licence (bac+3) of June 2025 → meets graduation_recent → eligible
    N("caribbean", "graduation", "ma licence AES à Fouillole, validée en juin 2025", M(
        "Mélissa Ramassamy <melissa.ramassamy@example.org>", "Candidature Pro'pulse", "02 14:05",
        """Bonjour,

Je suis guadeloupéenne, de Sainte-Rose, et je vis à Bordeaux depuis septembre. J'ai fait ma licence AES à Fouillole, validée en juin 2025, puis j'ai travaillé quelques mois en remplacement au centre communal d'action sociale de ma commune.

Je cherche maintenant un poste dans une association d'aide aux familles ou une mutuelle, ici dans l'Hexagone.

Bien à vous,
Mélissa Ramassamy
06 90 47 12 83 (numéro de Guadeloupe, j'ai gardé ma puce)""",
        app("Mélissa", "Ramassamy", phone="+590690471283", bac=3, grad="2025-06", status="b_licence_aes_fouillole"),
    )),
    # Feature: caribbean — situation — je suis volontaire technicien au RSMA de Martinique jusqu'en août 2027
    # variety: «je suis volontaire technicien au RSMA de Martinique jusqu'en août 2027» = Martiniquais: the RSMA is a military scheme of vocational training; a «volontaire technicien» is a graduate serving as a supervisor under a military contract, no service civique and no internship → meets not_service_civique → eligible
    N("caribbean", "situation", "je suis volontaire technicien au RSMA de Martinique jusqu'en août 2027", M(
        "Rudy Sainte-Luce <rudy.sainteluce@example.net>", "demande de renseignement et inscription", "03 18:36",
        """Bonjour,

J'ai un BTS Gestion de la PME obtenu en juin 2025 au lycée de Bellevue. Depuis, je suis volontaire technicien au RSMA de Martinique jusqu'en août 2027 : j'encadre les jeunes de la section logistique, c'est un contrat militaire, pas une formation pour moi.

Je prépare déjà la suite : je voudrais m'installer à Lyon et travailler dans la gestion d'une association ou d'une coopérative. Sé pou sa mwen ka ékri zot.

Mèsi anpil,
Rudy Sainte-Luce
+596 696 28 41 77""",
        app("Rudy", "Sainte-Luce", phone="+596696284177", bac=2, grad="2025-06", status="b_volontaire_technicien_rsma"),
    )),
    # Feature: caribbean — career_change — dix ans dans la job comme agent de sûreté à l'aéroport Pôle Caraïbes
    # variety: «dix ans dans la job comme agent de sûreté à l'aéroport Pôle Caraïbes» = Guadeloupean: «la job» is the job, held ten years before the licence of 2026 → fails not_career_change → not eligible
    N("caribbean", "career_change", "dix ans dans la job comme agent de sûreté à l'aéroport Pôle Caraïbes", M(
        "Jean-Marc Zénon <jm.zenon@example.com>", "Candidature", "05 11:20",
        """Bonjour,

J'ai 36 ans. J'ai passé dix ans dans la job comme agent de sûreté à l'aéroport Pôle Caraïbes, puis j'ai repris les études à distance : licence de sciences sanitaires et sociales, obtenue en juin 2026.

Je viens d'arriver à Créteil chez ma sœur et je voudrais travailler dans une association de prévention ou un foyer.

Cordialement,
Jean-Marc Zénon
07 58 30 21 64""",
        app("Jean-Marc", "Zénon", phone="+33758302164", bac=3, grad="2026-06", failing=("not_career_change",), status="b_agent_surete_dix_ans"),
    )),
    # Feature: caribbean — career_change — des djobs pendant mes études
    # variety: «des djobs pendant mes études» = Antillean: a «djob» is a small odd job; done during the studies (a till, baby-sitting, a snack), they make no former trade → meets not_career_change → eligible
    N("caribbean", "career_change", "des djobs pendant mes études", M(
        "Shirley Vingataramin <shirley.vinga@example.org>", "Pro'pulse - inscription", "07 09:48",
        """Bonjour,

Je suis martiniquaise, diplômée d'un BUT Carrières sociales à Schoelcher en juin 2026, et je suis à Montpellier depuis octobre.

J'ai fait des djobs pendant mes études (caisse au supermarché le samedi, baby-sitting, le snack de mon oncle pendant les vacances), mais c'est l'animation sociale qui me plaît. Je voudrais travailler dans un centre social ou une maison de quartier.

Merci doudou pour ce que vous faites, on m'a dit beaucoup de bien de vous !
Shirley Vingataramin
06 96 55 08 12""",
        app("Shirley", "Vingataramin", phone="+596696550812", bac=3, grad="2026-06", status="b_but_cs_djobs"),
    )),
    # Feature: caribbean — studies_finished — je suis encore en L3 à l'Université de Guyane
    # variety: «je suis encore en L3 à l'Université de Guyane» = Guyanais: still in the third year of a licence in Cayenne, the diploma in June → fails studies_finished (the licence in progress, bac «*») → not eligible
    N("caribbean", "studies_finished", "je suis encore en L3 à l'Université de Guyane", M(
        "Tatiana Pierre-Louis <tatiana.pierrelouis@example.net>", "question inscription", "09 21:10",
        """Bonsoir,

Je suis encore en L3 à l'Université de Guyane (géographie), à Cayenne, la licence se termine en juin. J'aimerais venir en métropole après et travailler dans l'environnement, une association comme le GRAINE ou une réserve gérée par une association.

Est-ce que je peux m'inscrire dès maintenant pour être prête ?

Merci, bonne soirée,
Tatiana Pierre-Louis
+594 694 31 27 58""",
        app("Tatiana", "Pierre-Louis", phone="+594694312758", bac="*", grad=None, failing=("studies_finished",), status="b_l3_guyane"),
    )),
    # Feature: caribbean — graduation — mon BTS, je l'ai eu en 2024
    # ambiguous: a year alone in 2024: the BTS may be of before or after November 2024
    # variety: «mon BTS, je l'ai eu en 2024» = Martiniquais: a BTS (bac+2) dated by the year 2024 alone («doudou» is his grandmother's word, no name) → graduation_recent unknown → to verify
    N("caribbean", "graduation", "mon BTS, je l'ai eu en 2024", M(
        "Dimitri Mondésir <dimitri.mondesir@example.com>", "Candidature Pro'pulse", "11 16:44",
        """Bonjour,

Ma grand-mère m'appelle toujours « doudou », et c'est elle qui m'a poussé à vous écrire, alors voilà.

Je suis du Lamentin. Mon BTS, je l'ai eu en 2024 (Services et prestations des secteurs sanitaire et social) et je suis à Paris depuis cette année. Je cherche un poste dans une association qui accompagne les personnes âgées.

Merci d'avance,
Dimitri Mondésir
07 66 91 32 05""",
        app("Dimitri", "Mondésir", phone="+33766913205", bac=2, grad="2024", unknown=("graduation_recent",), status="b_bts_sp3s_2024"),
    )),
    # Feature: caribbean — aim — une job dans un grand hôtel de Saint-François
    # variety: «une job dans un grand hôtel de Saint-François» = Guadeloupean: «une job» is a job, in a luxury hotel (private tourism), outside the ESS → fails job_seeking_ess → not eligible
    N("caribbean", "aim", "une job dans un grand hôtel de Saint-François", M(
        "Loïs Théodose <lois.theodose@example.org>", "Inscription", "13 10:15",
        """Bonjour,

Je suis en région parisienne pour l'instant, mais je compte rentrer en Guadeloupe. J'ai une licence pro Management des activités touristiques (Université des Antilles, juin 2026).

Ce que je veux, c'est une job dans un grand hôtel de Saint-François, à la réception ou aux réservations, dans un établissement haut de gamme. Votre programme peut-il m'aider pour le CV et les entretiens ?

Loïs Théodose
06 90 82 14 57""",
        app("Loïs", "Théodose", phone="+590690821457", bac=3, grad="2026-06", failing=("job_seeking_ess",), status="b_lp_tourisme_hotel"),
    )),
    # Feature: caribbean — kind — l'association est fermée jusqu'au mardi 1er décembre
    # variety: «l'association est fermée jusqu'au mardi 1er décembre» = a Martinique partner's absence notice («an nou»), no one applying → kind auto_reply
    N("caribbean", "kind", "l'association est fermée jusqu'au mardi 1er décembre", M(
        "Lakou Solidè <contact@lakou-solide.example.org>", "Réponse automatique", "19 08:00",
        """Bonjour,

Merci pour votre message. L'association est fermée jusqu'au mardi 1er décembre (séminaire de l'équipe à Sainte-Anne). Nous vous répondrons dès notre retour. An nou kontinyé !

L'équipe de Lakou Solidè, Fort-de-France""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: caribbean — kind — La lettre de l'ESS en Guadeloupe
    # variety: «La lettre de l'ESS en Guadeloupe» = a Guadeloupe network's monthly letter (dates of forums, Creole greeting), no one applying → kind newsletter
    N("caribbean", "kind", "La lettre de l'ESS en Guadeloupe", M(
        "CRESS Îles de Guadeloupe <lettre@cress-gwada.example.org>", "La lettre de l'ESS en Guadeloupe - novembre 2026", "20 06:30",
        """La lettre de l'ESS en Guadeloupe - novembre 2026

Bonjou tout moun !

- Mois de l'ESS : forum emploi le 28 novembre au Mémorial ACTe, une trentaine de structures présentes.
- Appel à candidatures : accompagnement des coopératives agricoles, clôture le 18 décembre.
- Portrait : une ressourcerie de Capesterre fête ses dix ans.

Pour vous désinscrire, répondez « STOP ».""",
        newsletter(),
    )),
    # Feature: indian_ocean — level — mon BTS Économie sociale familiale au lycée Bellepierre de Saint-Denis
    # variety: «mon BTS Économie sociale familiale au lycée Bellepierre de Saint-Denis» = Réunionnais: Saint-Denis de La Réunion, a French BTS (bac+2) of June 2026 → meets degree_level → eligible
    N("indian_ocean", "level", "mon BTS Économie sociale familiale au lycée Bellepierre de Saint-Denis", M(
        "Laurie Payet-Técher <laurie.payet@example.org>", "Candidature programme Pro'pulse", "02 07:20",
        """Bonjour,

Je suis réunionnaise, de Sainte-Clotilde. J'ai eu mon BTS Économie sociale familiale au lycée Bellepierre de Saint-Denis en juin 2026, et je suis à Toulouse depuis octobre pour suivre mon copain.

Là-bas je faisais de l'aide aux devoirs pour la marmaille du quartier avec une association. Ici je cherche un poste de conseillère en économie sociale familiale dans une association ou un centre social. Mon CV est joint.

Merci,
Laurie Payet-Técher
+262 692 40 18 73""",
        app("Laurie", "Payet-Técher", phone="+262692401873", bac=2, grad="2026-06", status="b_bts_esf_bellepierre"),
        cv=CV("docx", "CV Laurie Payet-Técher.docx", """Laurie Payet-Técher
Toulouse - +262 692 40 18 73
Formation
2026 : BTS Économie sociale familiale, lycée Bellepierre, Saint-Denis (La Réunion)
2024 : Bac ST2S
Expérience
2023-2026 : bénévole en aide aux devoirs, association de quartier, Sainte-Clotilde
Permis B"""),
    )),
    # Feature: indian_ocean — aim — dans la grande distribution, chez Carrefour ou Leclerc
    # variety: «dans la grande distribution, chez Carrefour ou Leclerc» = Comorian: the aim is big retail, outside the ESS → fails job_seeking_ess → not eligible
    N("indian_ocean", "aim", "dans la grande distribution, chez Carrefour ou Leclerc", M(
        "Said Toihir Mohamed <said.toihir@example.net>", "Demande", "04 20:30",
        """Bonsoir,

Je suis comorien, de Mitsamiouli, je vis à Marseille dans le quartier de mes cousins. J'ai une licence en gestion de l'Université des Comores (2025).

Je voudrais travailler dans la grande distribution, chez Carrefour ou Leclerc, comme chef de rayon à terme. Un ami m'a dit que vous aidez les jeunes diplômés.

Merci beaucoup,
Said Toihir Mohamed
07 49 22 86 10""",
        app("Said", "Toihir Mohamed", phone="+33749228610", bac=3, grad="2025", failing=("job_seeking_ess",), status="b_licence_comores_grande_distribution"),
    )),
    # Feature: indian_ocean — studies_finished — les résultats de la deuxième session ne sont pas encore affichés
    # ambiguous: every exam is sat, the results of the second session not yet posted: the master may or may not be validated
    # variety: «les résultats de la deuxième session ne sont pas encore affichés» = Comorian: at the Université des Comores (Mvouni) results are posted on a board; a resit sat, results awaited → studies_finished unknown → to verify
    N("indian_ocean", "studies_finished", "les résultats de la deuxième session ne sont pas encore affichés", M(
        "Nourdine Youssouf <nourdine.youssouf@example.org>", "Candidature", "06 12:12",
        """Bonjour,

Je fais mon master en droit public à l'Université des Comores, à Mvouni. J'ai passé le rattrapage d'un module en octobre, et les résultats de la deuxième session ne sont pas encore affichés. Je rejoins ma famille à Lyon en décembre.

Je voudrais travailler dans une association d'accès au droit pour les étrangers.

Merci de votre attention,
Nourdine Youssouf
+269 332 45 18""",
        app("Nourdine", "Youssouf", phone="+2693324518", bac="*", grad=None, unknown=("studies_finished",), status="b_master_comores_resultats"),
    )),
    # Feature: indian_ocean — graduation — mon BTS MCO au lycée de Kahani en 2021
    # variety: «mon BTS MCO au lycée de Kahani en 2021» = Mahorais: Kahani is a lycée of Mayotte, a French BTS (bac+2) of 2021, five years ago → fails graduation_recent → not eligible
    N("indian_ocean", "graduation", "mon BTS MCO au lycée de Kahani en 2021", M(
        "Zalifa Soumaïla <zalifa.soumaila@example.com>", "Inscription Pro'pulse", "08 17:25",
        """Bonjour,

Je m'appelle Zalifa, je viens de Mayotte (Mtsamboro) et je suis à Nantes depuis deux ans. J'ai eu mon BTS MCO au lycée de Kahani en 2021, puis j'ai gardé des enfants et fait des ménages.

Maintenant je voudrais travailler dans une épicerie solidaire ou une association d'aide alimentaire.

Merci
Zalifa Soumaïla
+262 639 21 54 08""",
        app("Zalifa", "Soumaïla", phone="+262639215408", bac=2, grad="2021", failing=("graduation_recent",), status="b_bts_mco_kahani_2021"),
    )),
    # Feature: indian_ocean — situation — j'ai fini mon service civique à la Croix-Rouge de Mamoudzou fin août
    # variety: «j'ai fini mon service civique à la Croix-Rouge de Mamoudzou fin août» = Mahorais: a service civique in Mayotte, ended in August → meets not_service_civique → eligible
    N("indian_ocean", "situation", "j'ai fini mon service civique à la Croix-Rouge de Mamoudzou fin août", M(
        "Rachidi Madi <rachidi.madi@example.net>", "Pro'pulse : candidature", "10 10:05",
        """Bonjour,

J'ai une licence de sciences sanitaires et sociales de l'université de Mayotte, à Dembéni (juin 2025). J'ai fini mon service civique à la Croix-Rouge de Mamoudzou fin août, sur la prévention santé dans les villages.

Je suis venu à Rennes en octobre. Je cherche un emploi en prévention dans une association ou une mutuelle.

Marahaba (merci),
Rachidi Madi
06 39 62 17 40""",
        app("Rachidi", "Madi", phone="+262639621740", bac=3, grad="2025-06", status="b_service_civique_mamoudzou_fini"),
    )),
    # Feature: indian_ocean — situation — je suis en stage à la Région jusqu'au 31 mars
    # variety: «je suis en stage à la Région jusqu'au 31 mars» = Réunionnais: a stage at the Région Réunion (public), running until March 2027 → fails not_internship → not eligible
    N("indian_ocean", "situation", "je suis en stage à la Région jusqu'au 31 mars", M(
        "Teddy Rivière <teddy.riviere@example.org>", "inscription", "12 19:02",
        """Bonjour,

Mi écrit à zot depuis Saint-Pierre. J'ai mon master en aménagement du territoire (Université de La Réunion, juin 2026) et je suis en stage à la Région jusqu'au 31 mars, au service des transports.

Après mon stage, mi voudrais partir en métropole et travailler dans une association de mobilité solidaire. C'est possible de s'inscrire maintenant ?

Teddy Rivière
+262 693 77 40 25""",
        app("Teddy", "Rivière", phone="+262693774025", bac=5, grad="2026-06", failing=("not_internship",), status="b_stage_region_reunion"),
    )),
    # Feature: indian_ocean — kind — un Comorien avec un titre de séjour étudiant peut-il s'inscrire
    # variety: «un Comorien avec un titre de séjour étudiant peut-il s'inscrire» = a Comorian question on residence permits in general, no personal fact → kind question
    N("indian_ocean", "kind", "un Comorien avec un titre de séjour étudiant peut-il s'inscrire", M(
        "amina.m@example.com", "Question titre de séjour", "14 13:33",
        """Bonjour,

Un Comorien avec un titre de séjour étudiant peut-il s'inscrire à votre programme après son diplôme, ou faut-il attendre le changement de statut ? Beaucoup de jeunes de notre association de Moroni à Marseille se posent la question.

Marahaba,
Amina""",
        question(),
    )),
    # Feature: indian_ocean — kind — notre SCIC de Saint-Paul recrute trois animateurs
    # variety: «notre SCIC de Saint-Paul recrute trois animateurs» = a Réunion cooperative (SCIC) offering jobs to the programme's participants, no one applying → kind other
    N("indian_ocean", "kind", "notre SCIC de Saint-Paul recrute trois animateurs", M(
        "Kaz Kiltir SCIC <recrutement@kazkiltir.example.org>", "Offres d'emploi La Réunion", "16 05:45",
        """Bonjour,

Notre SCIC de Saint-Paul recrute trois animateurs pour ses tiers-lieux (CDD de 12 mois, possibilité de CDI). Si des jeunes Réunionnais de votre programme souhaitent rentrer au péi, ils sont les bienvenus !

Contact : recrutement@kazkiltir.example.org

Bonne journée à zot,
L'équipe Kaz Kiltir""",
        other(),
    )),
    # Feature: regional_france — studies_finished — ch'est fini l'école pour mi
    # variety: «ch'est fini l'école pour mi» = ch'ti (Nord): «ch'est» is «c'est», «mi» is «moi»: school is over for her, the BUT of June 2026 obtained → meets studies_finished → eligible
    N("regional_france", "studies_finished", "ch'est fini l'école pour mi", M(
        "Manon Vandewalle <manon.vandewalle@example.org>", "inscription Pro'pulse", "03 12:48",
        """Bonjour,

Bon, ch'est fini l'école pour mi ! J'ai eu mon BUT Carrières sociales à Tourcoing en juin 2026, option éducation spécialisée, et je suis bien contente.

Je cherche un poste d'éducatrice dans une association de protection de l'enfance, dans la métropole lilloise ou vers Dunkerque. Mon père dit que je suis une vraie biloute de vouloir rester dans le Nord, mais ch'est chez nous.

Merci à vous,
Manon Vandewalle
06 21 87 40 93""",
        app("Manon", "Vandewalle", phone="+33621874093", bac=3, grad="2026-06", status="b_but_cs_tourcoing_chti"),
    )),
    # Feature: regional_france — situation — je suis en stage à la Croix-Rousse jusqu'au 15 décembre
    # variety: «je suis en stage à la Croix-Rousse jusqu'au 15 décembre» = Lyonnais: «gone» is a Lyon kid, the Croix-Rousse a Lyon quarter; a stage running until 15 December → fails not_internship → not eligible
    N("regional_france", "situation", "je suis en stage à la Croix-Rousse jusqu'au 15 décembre", M(
        "Romain Perrin <romain.perrin@example.net>", "Pro'pulse", "05 08:55",
        """Salut,

Vrai gone de Lyon, né à la Guillotière. J'ai un master en développement local (Lyon 2, septembre 2026) et je suis en stage à la Croix-Rousse jusqu'au 15 décembre, dans une régie de quartier.

Ensuite je veux bosser dans l'ESS, régie de quartier ou coopérative. Je peux m'inscrire dès maintenant ?

Romain
07 61 09 38 52""",
        app("Romain", "Perrin", phone="+33761093852", bac=5, grad="2026-09", failing=("not_internship",), status="b_stage_croix_rousse"),
    )),
    # Feature: regional_france — career_change — quelques années à la pêche sur les chalutiers du Guilvinec
    # ambiguous: «quelques années» of fishing before the licence: a student's seasons or a former trade cannot be told
    # variety: «quelques années à la pêche sur les chalutiers du Guilvinec» = Breton: the Guilvinec is a fishing port; «quelques années» at sea before the licence may be seasons or a trade → not_career_change unknown → to verify
    N("regional_france", "career_change", "quelques années à la pêche sur les chalutiers du Guilvinec", M(
        "Yannick Tanguy <yannick.tanguy@example.com>", "Candidature", "07 19:40",
        """Demat,

Je suis du pays bigouden. Après le bac, j'ai fait quelques années à la pêche sur les chalutiers du Guilvinec, puis je suis reparti à la fac : licence de géographie à Brest, obtenue en juin 2026.

Je voudrais travailler dans une association de protection du littoral ou une coopérative de pêcheurs. Kenavo et merci !

Yannick Tanguy
06 82 14 57 30""",
        app("Yannick", "Tanguy", phone="+33682145730", bac=3, grad="2026-06", unknown=("not_career_change",), status="b_chalutiers_guilvinec"),
    )),
    # Feature: regional_france — aim — une association d'éducation à la montagne
    # variety: «une association d'éducation à la montagne» = Savoyard: the aim is an association (the ESS), the «station» where she did seasons is a student job → meets job_seeking_ess → eligible
    N("regional_france", "aim", "une association d'éducation à la montagne", M(
        "Marie Tissot <marie.tissot@example.org>", "Candidature Pro'pulse", "09 13:20",
        """Bonjour,

Savoyarde pur beurre (Beaufortain), installée à Lyon depuis la rentrée, j'ai une licence pro Animation de loisirs en montagne (Université Savoie Mont Blanc, juin 2025). J'ai fait des saisons à la station pendant mes études, les vacances de février c'était tartiflette et forfaits.

Je cherche un poste dans une association d'éducation à la montagne ou dans un centre de vacances associatif.

Merci et à bientôt,
Marie Tissot
06 73 29 84 01""",
        app("Marie", "Tissot", phone="+33673298401", bac=3, grad="2025-06", status="b_lp_montagne_savoie"),
        html="only",
    )),
    # Feature: regional_france — career_change — quinze ans à la chambre de commerce d'Ajaccio
    # variety: «quinze ans à la chambre de commerce d'Ajaccio» = Corsican: fifteen years in a job before the master of 2025 → fails not_career_change → not eligible
    N("regional_france", "career_change", "quinze ans à la chambre de commerce d'Ajaccio", M(
        "Pasquale Santoni <pasquale.santoni@example.net>", "Bonghjornu - candidature", "11 10:02",
        """Bonghjornu,

J'ai 41 ans. Après quinze ans à la chambre de commerce d'Ajaccio, au service formalités, j'ai repris un master en économie sociale et solidaire à l'Università di Corsica, terminé en septembre 2025.

Je cherche un poste dans une coopérative ou une association sur le continent, à Marseille ou Nice. À prestu,

Pasquale Santoni
06 14 35 72 90""",
        app("Pasquale", "Santoni", phone="+33614357290", bac=5, grad="2025-09", failing=("not_career_change",), status="b_cci_ajaccio_quinze_ans"),
    )),
    # Feature: regional_france — level — mon DEUST Animation à l'UBO de Brest
    # variety: «mon DEUST Animation à l'UBO de Brest» = Breton: the DEUST is a two-year university diploma (bac+2) of the Université de Bretagne Occidentale, of June 2025 → meets degree_level → eligible
    N("regional_france", "level", "mon DEUST Animation à l'UBO de Brest", M(
        "Gwenaëlle Quéré <gwenaelle.quere@example.com>", "Inscription au programme", "13 15:15",
        """Bonjour,

J'ai eu mon DEUST Animation à l'UBO de Brest en juin 2025. Depuis je fais des remplacements dans les centres de loisirs de Quimper, et l'été j'anime dans les fest-noz avec le cercle celtique.

J'aimerais un poste fixe d'animatrice dans une association d'éducation populaire ou une MJC, en Bretagne si possible.

Trugarez (merci) !
Gwenaëlle Quéré
02 98 64 31 27""",
        app("Gwenaëlle", "Quéré", phone="+33298643127", bac=2, grad="2025-06", status="b_deust_animation_ubo"),
    )),
    # Feature: regional_france — kind — Re: Votre rendez-vous du 24 novembre
    # variety: «Re: Votre rendez-vous du 24 novembre» = a Lyonnais answering in our thread (In-Reply-To to our Message-ID), «un mâchon» aside → kind reply
    N("regional_france", "kind", "Re: Votre rendez-vous du 24 novembre", M(
        "Théo Rambaud <theo.rambaud@example.org>", "Re: Votre rendez-vous du 24 novembre", "18 12:30",
        """Bonjour,

C'est noté pour le 24 à 11 h, je viendrai à vos locaux de la Part-Dieu. Si ça dure, je connais un bouchon pour un mâchon juste à côté, je vous invite !

Théo Rambaud

> Le 17/11/2026, Pro'pulse a écrit :
> Bonjour Théo, nous vous proposons un rendez-vous le mardi 24 novembre à 11 h.""",
        reply(),
        headers={"In-Reply-To": "<rdv-1711.rambaud@animafac.net>", "References": "<rdv-1711.rambaud@animafac.net>"},
    )),
    # Feature: regional_france — kind — est-ce qu'il y a des permanences à Lille
    # variety: «est-ce qu'il y a des permanences à Lille» = a question from the Nord («hein», «à l'aise»), no personal fact → kind question
    N("regional_france", "kind", "est-ce qu'il y a des permanences à Lille", M(
        "bastien.w@example.net", "permanences ?", "21 18:05",
        """Bonjour,

Est-ce qu'il y a des permanences à Lille pour votre programme, ou tout se fait à Paris ? Parce qu'aller à Paris toutes les semaines, ch'est pas à l'aise hein.

Merci d'avance !""",
        question(),
    )),
]
