"""Rentree corpus, batch 01 (writer A): Thursday 1 – Sunday 4 October 2026, each mail read on its own day.
The rentrée just made: masters begun, internships running «depuis le 1er septembre», September juries just
out or still to deliberate, civic services ended in the summer or ending this month; a CRESS's rentrée
newsletter, a forum of ESS jobs, a reply choosing an interview day, a bounce, and a former participant."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, bounce, newsletter, other, question, reply
from rentree import N

MESSAGES = [
    # Feature: rentree_other_mail — kind — La lettre de rentrée de la CRESS
    # route: a regional CRESS's rentrée newsletter (List-Unsubscribe, Precedence bulk): its offers «jeunes diplômé·es» and its dates are nobody's application → newsletter
    N("rentree_other_mail", "kind", "La lettre de rentrée de la CRESS", M(
        "CRESS Bretagne <infolettre@cress-bretagne.example.org>", "La lettre de rentrée de la CRESS - octobre 2026", "2026-10-01 08:12",
        """La lettre de rentrée de la CRESS Bretagne

Édito - Un automne chargé pour l'ESS bretonne : le Mois de l'ESS arrive, et avec lui plus de 120 événements dans les quatre départements.

Agenda
- 8 octobre : petit-déjeuner « Coopérer pour recruter », Rennes
- 15 octobre : atelier « Premier emploi dans l'ESS », pour les jeunes diplômé·es (bac+2 et plus), Brest
- 5 novembre : lancement du Mois de l'ESS, Lorient

Offres de nos adhérents
- Chargé·e d'accompagnement, coopérative d'activité et d'emploi, CDI, Quimper
- Animateur·rice réseau, association d'éducation à l'environnement, CDD 12 mois, Vannes

Vous recevez cette lettre car vous êtes adhérent·e ou partenaire de la CRESS.
Se désabonner : https://cress-bretagne.example.org/lettre/desabonnement""",
        newsletter(),
        headers={"List-Unsubscribe": "<https://cress-bretagne.example.org/lettre/desabonnement>", "Precedence": "bulk"},
    )),
    # Feature: fresh_graduate — graduation — m'a déclarée admise
    # route: the first sentence: a Master 2 «économie sociale» obtained at the jury of 24 September 2026 («m'a déclarée admise»), a post in a cooperative or a CAE sought → bac+5 of 2026-09 → eligible
    N("fresh_graduate", "graduation", "m'a déclarée admise", M(
        "Aminata Coulibaly <aminata.coulibaly@gmail.com>", "Candidature Pro'pulse - Aminata Coulibaly", "2026-10-01 09:05",
        """Bonjour,

Le jury de mon master 2 Économie sociale et solidaire (université Lyon 2) s'est réuni le 24 septembre et m'a déclarée admise, avec un mémoire sur la gouvernance des SCIC.

Pendant mon alternance à l'URSCOP j'ai accompagné des projets de reprise d'entreprise en coopérative, et c'est exactement ce que j'aimerais continuer à faire : chargée d'accompagnement dans une CAE, une union régionale ou une coopérative.

Je cherche depuis l'été mais j'ai l'impression de tourner en rond avec les mêmes offres, d'où mon message. Je suis joignable au 06 47 18 92 35.

Bien cordialement,
Aminata Coulibaly""",
        app("Aminata", "Coulibaly", phone="+33647189235", bac=5, grad="2026-09", status="aminata_jury_24_septembre"),
    )),
    # Feature: internship_now — situation — en stage depuis le 1er septembre
    # route: the second paragraph: a licence pro of June 2026, then an internship at a Scop «depuis le 1er septembre» until the end of January (running on 2026-10-01) → fails not_internship → not_eligible
    N("internship_now", "situation", "en stage depuis le 1er septembre", M(
        "Théo Vasseur <theo.vasseur@laposte.net>", "Demande de renseignements", "2026-10-01 10:40",
        """Bonjour,

J'ai eu ma licence pro Gestion des organisations de l'économie sociale en juin (IUT de Roanne).

Faute de poste, j'ai accepté de rester un peu plus dans le monde étudiant : je suis en stage depuis le 1er septembre dans une Scop de BTP à Saint-Étienne, sur la partie administrative et vie coopérative, avec une convention de la fac jusqu'à fin janvier. C'est intéressant mais ce n'est pas un emploi.

Est-ce que je peux déjà entrer dans votre programme pour préparer la suite ?

Théo Vasseur
06 12 83 57 40""",
        app("Théo", "Vasseur", phone="+33612835740", bac=3, grad="2026-06", failing=("not_internship",), status="theo_stage_depuis_septembre"),
    )),
    # Feature: near_the_limit — graduation — BTS SP3S en juillet 2024
    # route: an HTML-only mail: a BTS SP3S of July 2024 (27 months before October 2026), an accueil post in a social association sought → bac+2 of 2024-07, graduation_recent fails → not_eligible
    N("near_the_limit", "graduation", "BTS SP3S en juillet 2024", M(
        "Chloé Marchand <chloe.marchand.pro@outlook.fr>", "candidature programme jeunes diplômés", "2026-10-01 11:55",
        """Bonjour Madame, Monsieur,

J'ai obtenu mon BTS SP3S en juillet 2024 au lycée Jean-Rostand de Roubaix. Depuis je travaille comme agent d'accueil dans une clinique privée, en CDD renouvelé trois fois.

Je voudrais maintenant rejoindre une association (accueil de jour, CCAS, épicerie sociale...) pour faire vraiment le métier pour lequel j'ai été formée.

Je vous remercie par avance de votre retour.
Chloé Marchand
07 81 26 44 09""",
        app("Chloé", "Marchand", phone="+33781264409", bac=2, grad="2024-07", failing=("graduation_recent",), status="chloe_bts_juillet_2024"),
        html="only",
    )),
    # Feature: after_civic_service — situation — mon service civique s'est terminé le 31 août
    # route: the middle of the mail: a licence STAPS of 2025, then a civic service at Unis-Cité ended on 31 August 2026 (before the reading day), an animation post in an association sought → bac+3 of 2025 → eligible
    N("after_civic_service", "situation", "mon service civique s'est terminé le 31 août", M(
        "Bilal Essaidi <bilal.essaidi@gmail.com>", "Candidature", "2026-10-01 14:30",
        """Bonjour à l'équipe Pro'pulse,

Je m'appelle Bilal, j'ai 23 ans et une licence STAPS (activité physique adaptée) obtenue en 2025 à Montpellier.

Après la licence j'ai fait dix mois chez Unis-Cité sur un programme sport et santé dans les quartiers. Mon service civique s'est terminé le 31 août et depuis je cherche un poste d'animateur ou de coordinateur sportif dans une association, mais sans expérience de salarié c'est compliqué.

Merci de votre retour,
Bilal Essaidi
06 98 41 27 53""",
        app("Bilal", "Essaidi", phone="+33698412753", bac=3, grad="2025", status="bilal_sc_fini_31_aout"),
    )),
    # Feature: rentree_other_mail — kind — la prochaine promo c'est quand
    # route: a question about the next cohort's start with no fact of the writer's own → question
    N("rentree_other_mail", "kind", "la prochaine promo c'est quand", M(
        "Maxence <maxence.dlr@gmail.com>", "petite question", "2026-10-01 16:20",
        """Bonjour, la prochaine promo c'est quand ? Et les inscriptions se font juste par mail ou il y a un formulaire sur le site ?
Merci""",
        question(),
    )),
    # Feature: back_to_school — studies_finished — je me suis réinscrite en M1
    # route: the second paragraph: a licence of sociology of June 2026, then re-enrolled in a distance M1 since September (running on the reading day) → bac+3 of 2026-06, studies_finished fails → not_eligible
    N("back_to_school", "studies_finished", "je me suis réinscrite en M1", M(
        "Lou-Anne Prigent <louanne.prigent@free.fr>", "Pro'pulse, est-ce compatible ?", "2026-10-01 18:45",
        """Bonsoir,

J'ai validé ma licence de sociologie en juin à Rennes 2.

Comme je n'ai rien trouvé cet été, je me suis réinscrite en M1 à distance (master Intervention sociale) pour garder le statut étudiant, mais mon vrai objectif c'est de travailler dans une association de prévention ou un centre social dès que possible, et d'arrêter le master si je trouve.

Est-ce que votre accompagnement est compatible avec ma situation ?

Bonne soirée,
Lou-Anne Prigent""",
        app("Lou-Anne", "Prigent", phone=None, bac=3, grad="2026-06", failing=("studies_finished",), status="louanne_reinscrite_m1"),
    )),
    # Feature: english_stage — graduation — I got my results in July
    # route: an English mail: an MA (Hons) from Glasgow with results «in July» (2026, past tense), a community-organising job in a Lyon association sought → bac+4 of 2026-07 → eligible
    N("english_stage", "graduation", "I got my results in July", M(
        "Fiona MacLeod <fiona.macleod@gmail.com>", "Pro'pulse - application from a recent graduate", "2026-10-01 21:10",
        """Hello,

I finished my MA (Hons) in Politics and French at the University of Glasgow this year - I got my results in July and graduated officially with my class. In Scotland that's a four-year undergraduate degree.

I moved to Lyon in September because my partner works here, and I'd love to find a job in community organising or youth work with a French association. I speak French fluently (I did my year abroad in Grenoble) but I don't know how things work here, which is why your programme sounded perfect.

Thanks so much,
Fiona MacLeod
07 68 32 15 90""",
        app("Fiona", "MacLeod", phone="+33768321590", bac=4, grad="2026-07", language="en", status="fiona_results_in_july"),
    )),
    # Feature: not_finished — studies_finished — il me manque une UE
    # route: a phone mail: an L3 of AES with one UE missing, its re-sit in January (ahead) → bac "*", studies_finished fails → not_eligible
    N("not_finished", "studies_finished", "il me manque une UE", M(
        "kevin.thao91@gmail.com", "inscription", "2026-10-02 07:50",
        """bjr
je suis en L3 AES a evry, jai tout validé sauf il me manque une UE (stats...) que je repasse en janvier. je voudrais savoir si je peux m'inscrire a pro'pulse en attendant pour trouver un taf dans une asso
Kevin Thao
06 33 71 90 24""",
        app("Kevin", "Thao", phone="+33633719024", bac="*", grad=None, failing=("studies_finished",), status="kevin_manque_une_ue"),
    )),
    # Feature: first_year_out — graduation — BUT GEA en juin 2025
    # route: two lines and a PDF CV: a BUT GEA of June 2025 in the body and the CV, a year of temping and a season, an administrative post in an association sought → bac+3 of 2025-06 → eligible
    N("first_year_out", "graduation", "BUT GEA en juin 2025", M(
        "Youssef Belkacem <youssef.belkacem@hotmail.fr>", "Candidature + CV", "2026-10-02 09:30",
        """Bonjour,
J'ai eu mon BUT GEA en juin 2025 et depuis c'est intérim et une saison à la plage, je voudrais me poser dans un poste de gestion dans une asso. CV joint.
Youssef Belkacem - 06 27 54 81 36""",
        app("Youssef", "Belkacem", phone="+33627548136", bac=3, grad="2025-06", status="youssef_but_gea_2025"),
        cv=CV("pdf", "CV_Youssef_Belkacem.pdf", """Youssef Belkacem
Perpignan - 06 27 54 81 36 - youssef.belkacem@hotmail.fr
Recherche : assistant de gestion ou comptable dans une association ou une structure de l'ESS
Formation
BUT Gestion des entreprises et des administrations - IUT de Perpignan - 2022-2025
Expériences
Missions d'intérim (préparateur de commandes, agent administratif) - sept. 2025 - avril 2026
Saisonnier, poste de secours et buvette - Canet-en-Roussillon - juillet-août 2026
Trésorier adjoint du club de handball de Perpignan (bénévole)"""),
    )),
    # Feature: rentree_other_mail — kind — jeudi 8 à 10h me va très bien
    # route: an answer in our thread (In-Reply-To <…@animafac.net>, our invitation quoted), an interview day chosen → reply
    N("rentree_other_mail", "kind", "jeudi 8 à 10h me va très bien", M(
        "Clémence Aubry <clemence.aubry@gmail.com>", "Re: Pro'pulse - entretien d'entrée", "2026-10-02 11:15",
        """Bonjour Claire,

Le jeudi 8 à 10h me va très bien, en visio si possible car je suis à Tours cette semaine-là.

Merci et à jeudi,
Clémence

Le mer. 30 sept. 2026 à 17:02, Pro'pulse <propulse@animafac.net> a écrit :
> Bonjour Clémence,
> Merci pour votre candidature. Nous vous proposons un entretien d'entrée :
> mardi 6 octobre à 14h ou jeudi 8 octobre à 10h, en visio ou dans nos locaux.
> Bien à vous,
> Claire, coordinatrice Pro'pulse""",
        reply(),
        headers={"In-Reply-To": "<entretien-2026-09-30-0112@animafac.net>"},
    )),
    # Feature: career_change — career_change — après quatorze ans de comptabilité
    # route: the first paragraph: fourteen years of accounting in a private firm, then a licence pro in alternance obtained in September 2026, a post in an ESS structure sought → bac+3 of 2026-09, not_career_change fails → not_eligible
    N("career_change", "career_change", "après quatorze ans de comptabilité", M(
        "Sylvie Kowalczyk <sylvie.kowalczyk@orange.fr>", "Candidature - reconversion vers l'ESS", "2026-10-02 13:40",
        """Madame, Monsieur,

Après quatorze ans de comptabilité dans un cabinet d'expertise à Metz, j'ai choisi de changer de voie : j'ai préparé en alternance une licence professionnelle Management des organisations de l'ESS, que j'ai obtenue en septembre.

J'ai 43 ans et je souhaite mettre mon expérience de la gestion au service d'une association ou d'une coopérative (responsable administrative et financière, par exemple).

Je serais heureuse de savoir si votre programme peut m'accompagner.

Cordialement,
Sylvie Kowalczyk
06 84 20 71 35""",
        app("Sylvie", "Kowalczyk", phone="+33684207135", bac=3, grad="2026-09", failing=("not_career_change",), status="sylvie_quatorze_ans_comptabilite"),
    )),
    # Feature: fresh_graduate — studies_finished — les résultats tombent le 9 octobre
    # ambiguous: the defence and the internship are done but the jury that grants the master deliberates on 9 October, after the reading day: studies_finished open
    # route: the first paragraph: a master 2 defended on 25 September, its jury's results on 9 October (ahead of 2026-10-02) → bac+5, graduation null, studies open → to_verify
    N("fresh_graduate", "studies_finished", "les résultats tombent le 9 octobre", M(
        "Perrine Dujardin <perrine.dujardin@etu.univ-lille.example.fr>", "Candidature au programme Pro'pulse", "2026-10-02 15:05",
        """Bonjour,

J'ai soutenu mon mémoire de M2 (Développement social urbain) le 25 septembre et les résultats tombent le 9 octobre. Mon stage de fin d'études à la Fondation de Lille est terminé depuis août.

Je cherche un poste de chargée de projets dans une association de quartier ou un centre social de la métropole lilloise.

Merci pour votre attention,
Perrine Dujardin
06 59 37 12 84""",
        app("Perrine", "Dujardin", phone="+33659371284", bac=5, grad=None, unknown=("studies_finished",), status="perrine_resultats_9_octobre"),
    )),
    # Feature: written_for — situation — Son service civique s'est terminé le 30 septembre
    # route: a mother writes for her son (his address and phone in the body): a BTS of June 2025, his civic service at the Croix-Rouge over on 30 September → referral; the applicant's criteria all meet → eligible
    N("written_for", "situation", "Son service civique s'est terminé le 30 septembre", M(
        "Fatoumata Traoré <fatoumata.traore@wanadoo.fr>", "Pour mon fils Ibrahima", "2026-10-02 17:30",
        """Bonjour,

Je me permets de vous écrire pour mon fils Ibrahima Traoré, 22 ans, qui a obtenu un BTS Négociation et digitalisation de la relation client en juin 2025.

Son service civique s'est terminé le 30 septembre à la Croix-Rouge de Créteil, où il s'occupait de la maraude et de l'accueil. Il a beaucoup aimé et il voudrait continuer dans ce genre d'association, mais en tant que salarié. Il est un peu timide pour écrire lui-même, alors je lui ai proposé de le faire.

Vous pouvez le contacter directement : ibrahima.traore94@gmail.com ou au 07 52 18 63 90.

Merci beaucoup,
Fatoumata Traoré""",
        app("Ibrahima", "Traoré", phone="+33752186390", bac=2, grad="2025-06", email="ibrahima.traore94@gmail.com", forwarded_by="fatoumata.traore@wanadoo.fr", status="ibrahima_par_sa_mere"),
    )),
    # Feature: near_the_limit — graduation — LP MASSEJ (2024)
    # ambiguous: «LP MASSEJ (2024)» is a year alone: a licence pro of June 2024 fails the limit read in October 2026, one of late 2024 meets; graduation_recent open
    # route: the signature line: a licence pro «(2024)» and no month anywhere, a job in an ESS structure sought → bac+3 of 2024, graduation open → to_verify
    N("near_the_limit", "graduation", "LP MASSEJ (2024)", M(
        "Jordan Lemaire <jordan.lemaire@gmail.com>", "Intéressé par Pro'pulse", "2026-10-02 19:20",
        """Salut l'équipe,

J'ai vu votre post sur LinkedIn. Moi c'est Jordan, j'ai fait la licence pro Métiers de l'animation sociale à Besançon, et depuis je bosse en animation périscolaire à mi-temps. J'aimerais passer sur un poste de coordinateur dans une asso d'éducation populaire, genre Francas ou Léo Lagrange.

Je peux vous envoyer mon CV si besoin.

Jordan Lemaire
LP MASSEJ (2024)
06 15 92 48 37""",
        app("Jordan", "Lemaire", phone="+33615924837", bac=3, grad="2024", unknown=("graduation_recent",), status="jordan_lp_2024"),
    )),
    # Feature: after_civic_service — situation — Mon service civique s'arrête le vendredi 30 octobre
    # route: an HTML-only mail: a licence of 2025, a civic service ending on Friday 30 October (after the reading day: running) → fails not_service_civique → not_eligible
    N("after_civic_service", "situation", "Mon service civique s'arrête le vendredi 30 octobre", M(
        "Salomé Ricard <salome.ricard@protonmail.com>", "Candidature pour la session de novembre", "2026-10-03 09:10",
        """Bonjour,

Mon service civique s'arrête le vendredi 30 octobre au Secours populaire de Nîmes (aide aux devoirs et accompagnement des familles) et j'aimerais enchaîner tout de suite avec votre programme.

J'ai une licence d'histoire, obtenue en 2025 à Montpellier. Je vise un emploi dans l'accompagnement social ou la médiation, dans une association.

Bien à vous,
Salomé Ricard
06 43 85 21 76""",
        app("Salomé", "Ricard", phone="+33643852176", bac=3, grad="2025", failing=("not_service_civique",), status="salome_sc_fin_octobre"),
        html="only",
    )),
    # Feature: first_year_out — kind — un an de petits contrats
    # route: a participant of the spring cohort announcing her job after a year of small contracts; no application, she is already in → other
    N("first_year_out", "kind", "un an de petits contrats", M(
        "Gwenaëlle Morvan <gwen.morvan@gmail.com>", "Ça y est !", "2026-10-03 10:30",
        """Bonjour Claire, bonjour à toute l'équipe,

Après un an de petits contrats (cantine, inventaires, un peu de baby-sitting) et six mois avec vous, j'ai signé hier un CDI de chargée d'accueil à l'association Habitat Solidaire de Quimper ! Je commence le 2 novembre.

Merci pour les simulations d'entretien, je n'aurais jamais osé parler comme ça sans vous. Je passerai dire bonjour à la prochaine session collective.

Gwenaëlle""",
        other(),
    )),
    # Feature: internship_now — situation — mon stage s'est terminé le 30 septembre
    # route: the first paragraph: a master 2 validated in September, the final internship over on 30 September (before 2026-10-03), a post in a social-housing association sought → bac+5 of 2026-09 → eligible
    N("internship_now", "situation", "mon stage s'est terminé le 30 septembre", M(
        "Ophélie Nguyen <ophelie.nguyen@gmail.com>", "Pro'pulse : candidature", "2026-10-03 11:45",
        """Bonjour,

Mon stage s'est terminé le 30 septembre à la Fondation pour le logement, et mon master 2 Urbanisme et habitat (Paris 8) est validé depuis la semaine dernière, le jury ayant pris en compte la note de stage.

Je cherche maintenant un premier poste en gestion locative adaptée ou en accompagnement vers le logement, dans une association ou une AIVS, à Paris ou en petite couronne.

Merci d'avance pour votre retour,
Ophélie Nguyen
07 29 64 51 80""",
        app("Ophélie", "Nguyen", phone="+33729645180", bac=5, grad="2026-09", status="ophelie_stage_fini_30_septembre"),
    )),
    # Feature: back_to_school — studies_finished — les notes de la seconde session
    # ambiguous: the licence hangs on second-session marks due «la semaine prochaine», after the reading day: studies_finished open, and with it the level
    # route: the first paragraph: an L3 whose second-session marks are awaited, no re-enrolment → bac "*", graduation null, studies open → to_verify
    N("back_to_school", "studies_finished", "les notes de la seconde session", M(
        "Dylan Fontaine <dylan.fontaine@sfr.fr>", "Question candidature", "2026-10-03 14:00",
        """Bonjour,

Je suis en fin de licence de géographie à Caen, mais les notes de la seconde session (deux matières repassées mi-septembre) ne sont pas encore publiées, normalement la semaine prochaine. Je ne me suis pas réinscrit en master, je veux travailler.

Ce qui m'intéresse ce sont les associations d'environnement ou de mobilité (vélo, covoiturage solidaire...).

Est-ce que je peux candidater maintenant ou il faut attendre les résultats ?

Dylan Fontaine""",
        app("Dylan", "Fontaine", phone=None, bac="*", grad=None, unknown=("studies_finished",), status="dylan_rattrapages"),
    )),
    # Feature: not_finished — studies_finished — j'ai validé mon M2 au rattrapage
    # route: the first paragraph: a master 2 thought lost, finally validated at the September re-sit, a DOCX CV beside it, a post in popular education sought → bac+5 of 2026-09 → eligible
    N("not_finished", "studies_finished", "j'ai validé mon M2 au rattrapage", M(
        "Sofiane Ouazzani <sofiane.ouazzani@gmail.com>", "Candidature Sofiane Ouazzani", "2026-10-03 16:40",
        """Bonjour,

Bonne nouvelle que j'attendais pour vous écrire : finalement j'ai validé mon M2 au rattrapage de septembre (master Sciences de l'éducation, parcours éducation populaire, Tours). J'avais raté le mémoire en juin et je pensais devoir redoubler.

Je cherche un poste de chargé de projets jeunesse dans une fédération d'éducation populaire ou une MJC. Mon CV est joint.

Sofiane Ouazzani
06 71 45 38 92""",
        app("Sofiane", "Ouazzani", phone="+33671453892", bac=5, grad="2026-09", status="sofiane_m2_au_rattrapage"),
        cv=CV("docx", "Sofiane_Ouazzani_CV.docx", """Sofiane Ouazzani
Tours - 06 71 45 38 92 - sofiane.ouazzani@gmail.com
Formation
Master Sciences de l'éducation, parcours éducation populaire - Université de Tours - 2024-2026
Licence Sciences de l'éducation - Université de Tours - 2024
BAFA, BAFD en cours
Expériences
Stage de master, Ligue de l'enseignement d'Indre-et-Loire - janv. - juin 2026
Animateur en accueil de loisirs, été 2021 à 2025"""),
    )),
    # Feature: rentree_other_mail — kind — Forum Jobs de l'ESS
    # route: a regional forum's invitation to come and present the programme; its «étudiants et jeunes diplômés» are the public, nobody applies → other
    N("rentree_other_mail", "kind", "Forum Jobs de l'ESS", M(
        "Collectif ESS Nouvelle-Aquitaine <forum@ess-na.example.org>", "Invitation - Forum Jobs de l'ESS, 19 novembre, Bordeaux", "2026-10-03 20:05",
        """Bonjour,

Le Forum Jobs de l'ESS revient le jeudi 19 novembre à la Halle des Douves, à Bordeaux. L'an dernier, plus de 600 étudiants et jeunes diplômés y ont rencontré 45 structures qui recrutent.

Nous aimerions beaucoup que Pro'pulse y tienne un stand ou anime l'atelier « Décrocher son premier emploi dans l'ESS » (45 minutes, 14h).

Pouvez-vous nous dire avant le 20 octobre si vous êtes partants ?

Bien cordialement,
Anaïs Delmas
pour le Collectif ESS Nouvelle-Aquitaine""",
        other(),
    )),
    # Feature: back_from_abroad — level — Bacharelado em Serviço Social
    # ambiguous: a Brazilian Bacharelado with neither its length nor an equivalence said (the request not yet made): degree_level open
    # route: the first paragraph: a Bacharelado em Serviço Social of 2025, no equivalence yet, a post in an association for migrants sought → bac null, level open, graduation 2025 → to_verify
    N("back_from_abroad", "level", "Bacharelado em Serviço Social", M(
        "Larissa Cavalcanti <larissa.cavalcanti.r@gmail.com>", "Candidatura / candidature", "2026-10-04 10:20",
        """Bonjour,

Je suis brésilienne, arrivée à Toulouse en mars avec un titre de séjour vie privée et familiale. J'ai un Bacharelado em Serviço Social de l'Universidade Federal de Pernambuco (Recife), obtenu en 2025. Je n'ai pas encore fait la demande d'équivalence, je ne sais pas bien comment ça marche.

Je voudrais travailler dans une association qui accompagne les personnes migrantes, comme travailleuse sociale ou médiatrice en portugais et en français.

Merci beaucoup pour votre aide,
Larissa Cavalcanti
07 44 90 16 28""",
        app("Larissa", "Cavalcanti", phone="+33744901628", bac=None, grad="2025", unknown=("degree_level",), status="larissa_bacharelado"),
    )),
    # Feature: english_stage — situation — my internship runs until 31 January
    # route: an English mail and a PDF CV: an MSc of August 2026, an internship at a Paris food-waste association that «runs until 31 January» (after the reading day) → fails not_internship → not_eligible
    N("english_stage", "situation", "my internship runs until 31 January", M(
        "Pieter van Dijk <pieter.vandijk@gmail.com>", "Application for the coaching programme", "2026-10-04 11:35",
        """Dear Pro'pulse team,

I completed my MSc in Environmental Sciences at Wageningen University in August, and since 1 September I've been an intern at a Paris association fighting food waste. My internship runs until 31 January and I would like to stay in France afterwards and work for an environmental organisation or a cooperative.

I attach my CV. Would it be possible to join your programme now, or should I wait until the end of my internship?

Kind regards,
Pieter van Dijk
+31 6 48 27 19 53""",
        app("Pieter", "van Dijk", phone="+31648271953", bac=5, grad="2026-08", failing=("not_internship",), language="en", status="pieter_internship_january"),
        cv=CV("pdf", "Pieter_van_Dijk_CV.pdf", """Pieter van Dijk
Paris - +31 6 48 27 19 53 - pieter.vandijk@gmail.com
Education
MSc Environmental Sciences - Wageningen University - 2024-2026 (graduated August 2026)
BSc Biology - Utrecht University - 2021-2024
Experience
Intern, food waste programmes - Paris association - Sept 2026 - Jan 2027
Volunteer, community garden - Utrecht - 2022-2024
Languages: Dutch, English, French (B2), German (B1)"""),
    )),
    # Feature: rentree_other_mail — kind — Delivery Status Notification (Failure)
    # route: a delivery failure (multipart/report) of our answer, the mailbox full → bounce
    N("rentree_other_mail", "kind", "Delivery Status Notification (Failure)", M(
        "Mail Delivery Subsystem <mailer-daemon@googlemail.example.com>", "Delivery Status Notification (Failure)", "2026-10-04 15:50",
        """Your message wasn't delivered to noemie.baradel@gmail.com because the recipient's mailbox is full and can't accept messages now. Please try resending later.""",
        bounce("noemie.baradel@gmail.com"),
        bounce="""Reporting-MTA: dns; googlemail.example.com
Final-Recipient: rfc822; noemie.baradel@gmail.com
Action: failed
Status: 4.2.2
Diagnostic-Code: smtp; 452 4.2.2 The email account that you tried to reach is over quota""",
    )),
    # Feature: first_year_out — aim — un poste dans un groupe hôtelier
    # route: the last paragraph: a BTS tourism of 2025 and a year of seasons, a job sought in a hotel group (Accor named), no association nor ESS aim → bac+2 of 2025, job_seeking_ess fails → not_eligible
    N("first_year_out", "aim", "un poste dans un groupe hôtelier", M(
        "Jérémy Caillaud <jeremy.caillaud@gmail.com>", "Demande", "2026-10-04 17:15",
        """Bonjour,

J'ai eu mon BTS Tourisme l'an dernier à La Rochelle. Depuis j'ai fait la saison d'hiver à Val Thorens et la saison d'été à l'île de Ré, en réception.

Un ami m'a dit que vous aidiez les jeunes diplômés à trouver du travail. J'aimerais me stabiliser dans un poste dans un groupe hôtelier, idéalement chez Accor ou B&B, en réception ou en revenue management, sur Bordeaux ou Nantes.

Merci d'avance,
Jérémy Caillaud
06 22 48 95 17""",
        app("Jérémy", "Caillaud", phone="+33622489517", bac=2, grad="2025", failing=("job_seeking_ess",), status="jeremy_groupe_hotelier"),
    )),
]
