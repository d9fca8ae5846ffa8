# ruff: noqa: E501
"""Batch 1 — reverse-chronological CVs (PDF, DOCX, ODT) with a short or empty body.

Written document first: the CV as its author would make it, then the few words of the mail. The comment above
each message names the facts that decide its label and where they sit (body, CV, both). Read on 2026-11-26:
a diploma of 2024-11 or later is recent, 2024-10 or earlier is not; a year alone in 2024 leaves it unknown.
"""

from docs import Doc, M, app

MESSAGES = [
    # CV only (empty body). Licence pro «Coordination de projets de l'ESS», juin 2026; objective: coordinator in an association. Eligible.
    M(
        frm="Manon Lefeuvre <manon.lefeuvre@example.org>",
        subject="Candidature",
        date="02 08:14",
        body="",
        docs=(Doc("pdf", "CV_Manon_Lefeuvre.pdf", """Manon LEFEUVRE
12 rue des Tanneurs, 35000 Rennes
06 23 48 91 07 · manon.lefeuvre@example.org
Objectif : coordinatrice de projets dans une association d'éducation populaire
FORMATION
2025 – 2026  Licence professionnelle Coordination de projets de l'économie sociale et solidaire, IUT de Rennes (obtenue en juin 2026)
2023 – 2025  BUT Carrières sociales (2 premières années), IUT de Rennes
2023  Baccalauréat général
EXPÉRIENCES
Avril – juin 2026  Stage, Fédération des centres sociaux d'Ille-et-Vilaine : appui au projet « Quartiers solidaires »
Été 2024  Animatrice en accueil collectif de mineurs (BAFA)
COMPÉTENCES
Conduite de projet, animation de réunions, Canva, pack Office"""),),
        truth=app("Manon", "Lefeuvre", phone="+33623489107", bac=3, grad="2026-06", info_in="cv", status="cv_only_licence_pro_ess"),
    ),
    # «ci-joint mon CV». Master 2 Économie sociale, sept. 2025; no aim stated anywhere (the CV has no objective, only past jobs in a bank). ESS aim unknown.
    M(
        frm="Hugo Marchetti <hugo.marchetti@example.com>",
        subject="CV Hugo Marchetti",
        date="02 09:40",
        body="Bonjour,\nci-joint mon CV.\nCordialement,\nHugo Marchetti",
        docs=(Doc("pdf", "Marchetti_Hugo_CV_2026.pdf", """Hugo Marchetti
hugo.marchetti@example.com | 07 81 22 45 60 | Lyon
Formation
Sept. 2024 – sept. 2025 : Master 2 Économie et finance, Université Lumière Lyon 2 — diplômé
2023 – 2024 : Master 1 Économie et finance, Lyon 2
2020 – 2023 : Licence Économie-gestion, Lyon 2
Expériences
Mars – août 2025 : stage analyste crédit, banque régionale (Lyon)
2022 – 2024 : vendeur à temps partiel, magasin de sport
Langues : anglais C1, italien courant"""),),
        truth=app("Hugo", "Marchetti", phone="+33781224560", bac=5, grad="2025-09", unknown=("job_seeking_ess",), info_in="cv", status="ci_joint_no_aim"),
    ),
    # Signature only in the body. DUT GEA 2022 → over two years. CV objective: gestionnaire dans une mutuelle. Not eligible (date).
    M(
        frm="Lucie Perrot <lucie.perrot@example.net>",
        subject="Pro'pulse",
        date="02 11:05",
        body="--\nLucie Perrot\n06 74 10 38 52",
        docs=(Doc("docx", "CV Lucie Perrot.docx", """Lucie Perrot
Assistante de gestion — recherche un poste dans une mutuelle ou une association
Expérience professionnelle
Depuis janvier 2023 : assistante comptable intérimaire, missions de 1 à 6 mois
2022 : stage de fin d'études, cabinet comptable (10 semaines)
Formation
2020 – 2022 : DUT Gestion des entreprises et des administrations, IUT de Dijon
2020 : Bac STMG
Informatique : Excel avancé, Sage"""),),
        truth=app("Lucie", "Perrot", phone="+33674103852", bac=2, grad="2022", failing=("graduation_recent",), info_in="both", status="signature_only_dut_2022"),
    ),
    # Phone one-liner body. BTS SP3S juin 2025; CV: service civique «Octobre 2025 – juin 2026 (8 mois)»: over. Aim in the CV profile: aide alimentaire or insertion. Eligible.
    M(
        frm="Sarah Benali <sarah.benali@example.org>",
        subject="candidature",
        date="02 12:33",
        body="Bonjour je vous envoie mon CV, vous pouvez m'appeler au 06 12 57 90 44. Merci",
        docs=(Doc("pdf", "cv sarah.pdf", """SARAH BENALI
06 12 57 90 44
sarah.benali@example.org
PROFIL
Diplômée d'un BTS Services et prestations des secteurs sanitaire et social, je souhaite travailler dans l'aide alimentaire ou l'insertion.
EXPÉRIENCE
Octobre 2025 – juin 2026 : volontaire en service civique (8 mois), antenne des Restos du cœur de Montreuil
2024 : stage de 8 semaines, CCAS de Bagnolet
FORMATION
2023 – 2025 : BTS SP3S, lycée Eugène-Hénaff, Bagnolet — obtenu en juin 2025
2023 : Bac ST2S"""),),
        truth=app("Sarah", "Benali", phone="+33612579044", bac=2, grad="2025-06", info_in="both", status="phone_line_civique_over"),
    ),
    # Body short; CV shows «Stage de fin d'études — depuis septembre 2026 (6 mois)» and master «2025 – 2027, en cours». Studies not finished, internship current.
    M(
        frm="Adrien Collet <adrien.collet@example.com>",
        subject="Candidature programme",
        date="02 14:50",
        body="Bonjour,\n\nJe souhaite rejoindre votre programme, je cherche un emploi dans une coopérative. Vous trouverez mon CV en pièce jointe.\n\nBien à vous,\nAdrien",
        docs=(Doc("odt", "CV_Collet.odt", """Adrien Collet
Né en 2002 — Nantes — 07 45 88 12 03
Formation
2025 – 2027 : Master Économie sociale et solidaire, Université de Nantes (en cours)
2022 – 2025 : Licence Sciences économiques, Université de Nantes (obtenue en 2025)
Expériences
Depuis septembre 2026 : stage de fin d'études (6 mois), Union régionale des SCOP, chargé d'études
Été 2024 : saisonnier, coopérative agricole"""),),
        truth=app("Adrien", "Collet", phone="+33745881203", bac=3, grad="2025", failing=("studies_finished", "not_internship"), info_in="both", status="cv_master_en_cours_stage"),
    ),
    # Empty body, bare address, no name in From. CV gives everything: Licence LEA 2025, objective ONG solidarité internationale. Eligible.
    M(
        frm="y.traore93@example.net",
        subject="CV",
        date="02 16:02",
        body="",
        docs=(Doc("pdf", "CV.pdf", """Yacouba TRAORÉ
Aubervilliers — 07 63 90 14 28 — y.traore93@example.net
Je recherche un premier emploi de chargé de projet dans une ONG de solidarité internationale.
Formation
2022 – 2025  Licence Langues étrangères appliquées anglais-espagnol, Université Paris 8 (diplômé juillet 2025)
Expérience
2025 – 2026  Bénévole, association d'accueil de personnes exilées (cours de français)
2024  Stage 3 mois, ONG d'accès à l'eau (Dakar)
Langues : français, anglais C1, espagnol B2, bambara"""),),
        truth=app("Yacouba", "Traoré", phone="+33763901428", bac=3, grad="2025-07", info_in="cv", status="bare_address_cv_gives_all"),
    ),
    # Body in English, short; the CV is in French. Master 2 Sciences Po «2024 – 2026», diplôme juin 2026. Aim: «social enterprise» in body. Eligible.
    M(
        frm="Clara Weiss <clara.weiss@example.org>",
        subject="Application",
        date="03 08:20",
        body="Hello,\n\nPlease find my CV attached. I am looking for a job in a social enterprise or a non-profit in Paris.\n\nBest regards,\nClara Weiss",
        docs=(Doc("docx", "Clara_Weiss_CV.docx", """Clara Weiss
+33 6 48 20 71 95 · clara.weiss@example.org
Formation
2024 – 2026 : Master Affaires publiques, Sciences Po Paris — diplômée en juin 2026
2021 – 2024 : Bachelor, Université de Strasbourg (sciences politiques)
Expériences
Janv. – juin 2026 : stage, entreprise sociale d'insertion par le numérique (6 mois)
2023 : bénévole, banque alimentaire du Bas-Rhin
Langues : allemand (langue maternelle), anglais C1"""),),
        truth=app("Clara", "Weiss", phone="+33648207195", bac=5, grad="2026-06", language="en", info_in="both", status="en_body_fr_cv_master_2026"),
    ),
    # Body adds: «mon stage s'est terminé en octobre» while the CV still says «depuis avril 2026 — stage». The body updates the CV: internship over. Licence pro 2026-09? The CV says «Licence pro Gestion des structures sanitaires et sociales, 2026». Year only. ESS: «dans une association du médico-social». Eligible.
    M(
        frm="Inès Rocher <ines.rocher@example.com>",
        subject="Candidature Pro'pulse — Inès Rocher",
        date="03 10:10",
        body="Bonjour,\n\nJe vous adresse mon CV. Petite précision : il date un peu, mon stage s'est terminé en octobre et je suis maintenant disponible. Je cherche un poste d'assistante de direction dans une association du médico-social.\n\nMerci et bonne journée,\nInès Rocher",
        docs=(Doc("pdf", "CV_Ines_Rocher_avril2026.pdf", """Inès Rocher
06 90 21 47 13
ines.rocher@example.com
Expériences
Depuis avril 2026 : stage assistante de direction, EHPAD associatif Les Tilleuls (Poitiers)
2024 – 2025 : agent d'accueil (CDD), mairie de Buxerolles
Formation
Licence professionnelle Gestion des structures sanitaires et sociales, IUT de Poitiers, 2026
BTS Assistant de manager, 2024"""),),
        truth=app("Inès", "Rocher", phone="+33690214713", bac=3, grad="2026", info_in="both", status="body_updates_cv_stage_ended"),
    ),
    # «ci-joint mon CV et ma lettre» but only one DOCX with both. M1 Sociologie juin 2025; M2 not started. Aim: association de quartier. Eligible.
    M(
        frm="Théo Vidal <theo.vidal@example.net>",
        subject="candidature Théo Vidal",
        date="03 11:45",
        body="Bonjour, ci-joint mon CV et ma lettre (dans le même fichier). Théo",
        docs=(Doc("docx", "Vidal_CV_lettre.docx", """Théo Vidal
07 12 84 36 95 — theo.vidal@example.net — Toulouse
Formation
2024 – 2025 : Master 1 Sociologie, Université Toulouse Jean-Jaurès, validé en juin 2025
2021 – 2024 : Licence Sociologie
Expérience
2025 – 2026 : animateur périscolaire (contrat à temps partiel), association de quartier des Izards
Lettre de motivation
Madame, Monsieur,
Titulaire d'un master 1 de sociologie, je ne poursuis pas en master 2 : je veux travailler. Je souhaite devenir chargé de développement local dans une association de quartier ou un centre social, et Pro'pulse me semble la bonne porte d'entrée.
Théo Vidal"""),),
        truth=app("Théo", "Vidal", phone="+33712843695", bac=4, grad="2025-06", info_in="cv", status="cv_and_letter_one_docx_m1"),
    ),
    # Empty body. CV: CAP Petite enfance 2024 + Bac pro ASSP 2026. Bac level only. Aim: crèche associative. Not eligible (degree).
    M(
        frm="Kelly Martins <kelly.martins@example.org>",
        subject="Candidature",
        date="03 13:30",
        body="",
        docs=(Doc("pdf", "CV KELLY MARTINS.pdf", """KELLY MARTINS
06 33 71 82 49 — Villeurbanne
Je cherche un emploi d'auxiliaire dans une crèche associative
DIPLÔMES
2026 : Bac professionnel Accompagnement, soins et services à la personne (ASSP)
2024 : CAP Accompagnant éducatif petite enfance
EXPÉRIENCES
Stages en crèche (3 x 4 semaines), en EHPAD (4 semaines)
Baby-sitting régulier depuis 2022"""),),
        truth=app("Kelly", "Martins", phone="+33633718249", bac=0, grad="2026", failing=("degree_level",), info_in="cv", status="cv_only_cap_bac_pro"),
    ),
    # Body: one line. CV: «2023 – 2025 BTS Économie sociale familiale (ESF)» then «2025 – 2026 DE Conseiller en économie sociale familiale, obtenu juillet 2026» (bac+3). Aim: CESF dans une association d'insertion. Eligible.
    M(
        frm="Amandine Guerin <amandine.guerin@example.com>",
        subject="CV - Amandine Guérin",
        date="03 15:15",
        body="Bonjour, voici mon CV pour le programme Pro'pulse.",
        docs=(Doc("pdf", "Guerin_Amandine.pdf", """Amandine Guérin
Conseillère en économie sociale familiale
06 58 44 19 30 · amandine.guerin@example.com · Clermont-Ferrand
Projet : CESF dans une association d'insertion par le logement
Formation
2025 – 2026  Diplôme d'État de conseiller en économie sociale familiale (DE CESF), obtenu en juillet 2026
2023 – 2025  BTS Économie sociale familiale
Stages
2026  Association d'aide au logement des jeunes (12 semaines)
2024  Centre communal d'action sociale (8 semaines)"""),),
        truth=app("Amandine", "Guérin", phone="+33658441930", bac=3, grad="2026-07", info_in="cv", status="cv_de_cesf_2026"),
    ),
    # Body: «je suis en reconversion». CV: 9 years as cook, then titre RNCP niveau 6 «Responsable de projet ESS» 2026. Career change.
    M(
        frm="Frédéric Moulin <fred.moulin@example.net>",
        subject="Reconversion - Pro'pulse",
        date="04 08:05",
        body="Bonjour,\nJe me permets de vous envoyer mon CV. Je termine une reconversion et je cherche un poste dans l'ESS.\nFrédéric Moulin",
        docs=(Doc("docx", "CV_Moulin_Frederic.docx", """Frédéric Moulin
06 21 09 55 84
Parcours
2025 – 2026 : Titre RNCP niveau 6 « Responsable de projet en économie sociale et solidaire » (formation continue), obtenu en octobre 2026
2016 – 2025 : cuisinier puis chef de partie (CDI), restauration collective
2014 – 2016 : CAP Cuisine
Bénévolat : trésorier d'une AMAP depuis 2019"""),),
        truth=app("Frédéric", "Moulin", phone="+33621095584", bac=3, grad="2026-10", failing=("not_career_change",), info_in="both", status="cv_9_ans_cuisinier_rncp6"),
    ),
    # Body empty; subject says everything: «Candidature Pro'pulse – Licence AES». CV: Licence AES 2024, year only → date unknown. Aim: «chargée de mission dans une collectivité» — a public employer, not ESS → aimed elsewhere.
    M(
        frm="Jade Fontaine <jade.fontaine@example.org>",
        subject="Candidature Pro'pulse – Licence AES",
        date="04 09:22",
        body="",
        docs=(Doc("odt", "jade_fontaine_cv.odt", """Jade Fontaine
06 47 12 80 36 / jade.fontaine@example.org
Objectif professionnel : chargée de mission dans une collectivité territoriale (service urbanisme)
Formation
Licence Administration économique et sociale, Université de Reims, 2024
Bac ES, 2021
Expérience
2024 – 2026 : agent administratif contractuel, mairie de Reims
Compétences : marchés publics, rédaction administrative"""),),
        truth=app("Jade", "Fontaine", phone="+33647128036", bac=3, grad="2024", failing=("job_seeking_ess",), unknown=("graduation_recent",), info_in="cv", status="cv_aim_collectivite_date_2024"),
    ),
    # English résumé + English body. BA (Hons) Social Policy, University of Leeds, July 2025 → bac+3. Aim: charity/non-profit in France. Eligible.
    M(
        frm="Olivia Hart <olivia.hart@example.co.uk>",
        subject="Pro'pulse application - Olivia Hart",
        date="04 10:48",
        body="Hi,\nI moved to Lyon in September. My résumé is attached.\nKind regards,\nOlivia",
        docs=(Doc("pdf", "Olivia_Hart_Resume.pdf", """OLIVIA HART
Lyon, France · +33 7 56 23 81 40 · olivia.hart@example.co.uk
PROFILE
Recent graduate looking for an entry-level role in a French non-profit working on housing or homelessness.
EDUCATION
BA (Hons) Social Policy, University of Leeds, UK — graduated July 2025 (2:1)
EXPERIENCE
Oct 2025 – Jun 2026  Support worker (part-time), homelessness charity, Leeds
2024  Volunteer, student food bank
LANGUAGES
English (native), French (B2)"""),),
        truth=app("Olivia", "Hart", phone="+33756238140", bac=3, grad="2025-07", language="en", info_in="cv", status="en_resume_ba_uk"),
    ),
    # Body: short paragraph adding the aim. CV: «BUT Techniques de commercialisation — 2023-2026, en cours». The CV says «obtention prévue juin 2027»: studies in progress (3rd year shifted by a gap year). A BUT in progress gives no diploma yet; highest obtained = bac 2023. Fails level and studies.
    M(
        frm="Nathan Roux <nathan.roux@example.com>",
        subject="Pro'pulse",
        date="04 13:02",
        body="Bonjour,\n\nJe voudrais travailler plus tard dans une coopérative de commerce équitable. Mon CV est joint.\n\nNathan Roux",
        docs=(Doc("pdf", "CV_Nathan_Roux.pdf", """Nathan ROUX
07 30 61 94 25 — nathan.roux@example.com
FORMATION
2023 – 2027  BUT Techniques de commercialisation, IUT de Bordeaux — 3e année en cours (année de césure 2025-2026), obtention prévue en juin 2027
2023  Baccalauréat STMG
EXPÉRIENCES
2025 – 2026 (césure)  Vendeur, magasin de commerce équitable
Été 2024  Employé polyvalent, supermarché"""),),
        truth=app("Nathan", "Roux", phone="+33730619425", bac=0, grad="2023", failing=("degree_level", "studies_finished"), info_in="both", status="cv_but_en_cours_2027"),
    ),
    # Body only «Bonjour». CV: two masters; M2 Management des ONG, décembre 2024 → 23 months, recent. Aim ONG in CV. Eligible.
    M(
        frm="Mariam Diallo <mariam.diallo@example.org>",
        subject="candidature Mariam Diallo",
        date="04 14:40",
        body="Bonjour",
        docs=(Doc("docx", "Diallo Mariam - CV.docx", """Mariam Diallo
06 08 35 27 61 | mariam.diallo@example.org
Chargée de projets en ONG (recherche de premier poste)
Formation
Décembre 2024 : Master 2 Management des ONG, Université Lyon 2 (soutenance le 12 décembre 2024)
Juin 2023 : Master 1 Développement international
Expériences
2025 – 2026 : missions bénévoles, association de solidarité avec le Mali
Janv. – juin 2024 : stage, ONG d'éducation (Dakar)"""),),
        truth=app("Mariam", "Diallo", phone="+33608352761", bac=5, grad="2024-12", info_in="cv", status="cv_master_dec_2024_recent"),
    ),
    # Body: signature block of a student union. CV: master 2 septembre 2024 → 26 months. Old. Aim ESS (association).
    M(
        frm="Kevin Lambert <kevin.lambert@example.net>",
        subject="Candidature - Kevin Lambert",
        date="05 08:30",
        body="Bonjour,\nVous trouverez ci-joint mon CV.\n\nKevin Lambert\nAncien vice-président, association étudiante Solid'Campus\n06 77 41 20 98",
        docs=(Doc("pdf", "Kevin_Lambert_CV.pdf", """Kevin Lambert
Chargé de mission vie associative — disponible
Formation
Master 2 Politiques sociales et développement territorial, Université de Lille — septembre 2024
Licence Sciences sociales, 2022
Expériences
Oct. 2024 – août 2026 : animateur (CDD), fédération départementale d'éducation populaire
2023 – 2024 : stage, maison des associations de Lille
Objectif : un poste de chargé de mission vie associative dans une association"""),),
        truth=app("Kevin", "Lambert", phone="+33677412098", bac=5, grad="2024-09", failing=("graduation_recent",), info_in="both", status="cv_master_sept_2024_old"),
    ),
    # Phone one-liner; the CV (ODT) shows Licence Psychologie 2025 and «Alternance — depuis sept. 2025 : Master 1 Psychologie du travail en alternance, chargée RH, mutuelle». Alternance in progress → studies not finished.
    M(
        frm="Chloé Marchand <chloe.marchand@example.com>",
        subject="Pro'pulse",
        date="05 09:55",
        body="Bonjour, CV en PJ, joignable au 06 41 90 23 57 après 18h.",
        docs=(Doc("odt", "CV Chloé Marchand.odt", """Chloé Marchand
06 41 90 23 57
Formation
Depuis sept. 2025 : Master Psychologie du travail, Université de Tours (en alternance)
2025 : Licence Psychologie, Université de Tours
Expérience
Depuis septembre 2025 : alternante chargée de ressources humaines, mutuelle santé (3 jours par semaine)
Projet : rester dans l'économie sociale, en RH"""),),
        truth=app("Chloé", "Marchand", phone="+33641902357", bac=3, grad="2025", failing=("studies_finished",), info_in="both", status="cv_alternance_m1_en_cours"),
    ),
    # Body: paragraph of ESS aim. CV: «Bachelier en communication, Haute École de Liège, 2025». Belgian bachelier = bac+3. Eligible.
    M(
        frm="Élodie Renard <elodie.renard@example.be>",
        subject="Candidature Pro'pulse",
        date="05 11:20",
        body="Bonjour,\n\nJe viens de m'installer à Lille et je cherche un premier emploi de chargée de communication dans une association ou une coopérative. Je joins mon CV.\n\nÉlodie Renard",
        docs=(Doc("pdf", "CV-Renard.pdf", """Élodie Renard
+32 478 30 25 16 — elodie.renard@example.be
Études
2022 – 2025  Bachelier en communication, Haute École de la Province de Liège — diplômée en juin 2025
Expériences
2025 – 2026  Chargée de communication bénévole, festival associatif
2025  Stage de fin d'études (14 semaines), agence de communication
Langues : français, néerlandais B1, anglais B2"""),),
        truth=app("Élodie", "Renard", phone="+32478302516", bac=3, grad="2025-06", info_in="both", status="cv_bachelier_belge"),
    ),
    # Empty body. CV DOCX: «Licence Histoire — en cours (L3)», bac 2023; obtained only bac. Aim musée associatif. Not eligible: degree level + studies.
    M(
        frm="Paul Girard <paul.girard@example.org>",
        subject="CV",
        date="05 13:00",
        body="",
        docs=(Doc("docx", "PaulGirard.docx", """Paul Girard
06 25 19 86 73
Étudiant en 3e année de licence d'histoire (Université de Caen), je recherche un emploi dans une association de médiation culturelle à l'issue de ma licence.
Formation
2023 – 2026 : Licence Histoire, Université de Caen — L3 en cours
2023 : Bac général
Expérience
Été 2025 : guide saisonnier, écomusée associatif"""),),
        truth=app("Paul", "Girard", phone="+33625198673", bac=0, grad="2023", failing=("degree_level", "studies_finished"), info_in="cv", status="cv_l3_en_cours"),
    ),
    # Body: «Bonjour, ci-joint ma candidature», with CV. CV: «Ingénieure agronome, AgroParisTech, 2026» (bac+5); objective «coopérative agricole ou association environnementale». Eligible; year only.
    M(
        frm="Louise Bernard <louise.bernard@example.com>",
        subject="Candidature",
        date="05 15:42",
        body="Bonjour, ci-joint ma candidature.\nLouise",
        docs=(Doc("pdf", "Louise_Bernard_CV.pdf", """Louise BERNARD — Ingénieure agronome
07 19 44 52 08 · louise.bernard@example.com
Je cherche un premier poste d'animatrice technique dans une coopérative agricole ou une association environnementale.
Formation
2023 – 2026  Diplôme d'ingénieur agronome, AgroParisTech (diplômée en 2026)
2021 – 2023  Classe préparatoire BCPST
Expériences
Mars – août 2026  Stage de fin d'études, réseau de CIVAM (6 mois)
2025  Stage, ferme coopérative en Bretagne"""),),
        truth=app("Louise", "Bernard", phone="+33719445208", bac=5, grad="2026", info_in="cv", status="cv_ingenieure_2026"),
    ),
    # Body English; CV French. Licence Géographie juin 2025, then «Service civique — depuis octobre 2026 (jusqu'en juin 2027)». Current service civique.
    M(
        frm="Lisa Nguyen <lisa.nguyen@example.net>",
        subject="CV attached",
        date="06 08:12",
        body="Hi, my CV is attached. I'd like to join Pro'pulse after my civic service. Thanks!",
        docs=(Doc("docx", "CV_Lisa_Nguyen.docx", """Lisa Nguyen
07 84 51 30 26
Expériences
Depuis octobre 2026 : volontaire en service civique, association de jardins partagés (jusqu'en juin 2027)
2025 – 2026 : serveuse à temps partiel
Formation
Licence Géographie et aménagement, Université Grenoble Alpes — juin 2025
Objectif : chargée de projet dans une association environnementale"""),),
        truth=app("Lisa", "Nguyen", phone="+33784513026", bac=3, grad="2025-06", failing=("not_service_civique",), language="en", info_in="cv", status="cv_civique_en_cours"),
    ),
    # Body: «Diplômé cet été, je quitte l'Éducation nationale». CV: five years as a contract maths teacher (2019–2024), then a master in 2026. Career change (teacher).
    M(
        frm="Julien Carpentier <julien.carpentier@example.org>",
        subject="Candidature Pro'pulse",
        date="06 09:30",
        body="Bonjour,\nJe vous transmets mon CV. Diplômé cet été, je quitte l'Éducation nationale et je souhaite travailler dans une association d'éducation populaire.\nJulien Carpentier",
        docs=(Doc("pdf", "CV_Julien_Carpentier.pdf", """Julien Carpentier
06 59 73 20 14
Expérience
2019 – 2024 : professeur contractuel de mathématiques, collèges de l'académie d'Amiens (5 ans)
2024 – 2026 : reprise d'études
Formation
2026 : Master Sciences de l'éducation, Université de Picardie
2018 : Licence Mathématiques
Centres d'intérêt : animation de clubs d'échecs"""),),
        truth=app("Julien", "Carpentier", phone="+33659732014", bac=5, grad="2026", failing=("not_career_change",), info_in="both", status="cv_5_ans_enseignant"),
    ),
    # Empty body + CV ODT: BTS Tourisme 2025, «actuellement : hôtesse d'accueil en CDD», objective «agence de voyages». Aim elsewhere.
    M(
        frm="Maëva Lopez <maeva.lopez@example.com>",
        subject="Pro'pulse candidature",
        date="06 10:58",
        body="",
        docs=(Doc("odt", "CV_Maeva_Lopez_2026.odt", """Maëva Lopez
06 86 14 39 70 - maeva.lopez@example.com
Recherche : conseillère voyages en agence (CDI)
Formation
2023 – 2025 : BTS Tourisme, lycée de Perpignan (obtenu)
Expérience
Depuis janvier 2026 (actuellement) : hôtesse d'accueil en CDD, office de tourisme
2024 : stage, agence de voyages"""),),
        truth=app("Maëva", "Lopez", phone="+33686143970", bac=2, grad="2025", failing=("job_seeking_ess",), info_in="cv", status="cv_aim_agence_voyage"),
    ),
    # Body: one line «ci-joint mon CV, je suis disponible dès maintenant». CV: Master 2 Droit social 2026-09, objective «juriste dans un syndicat ou une association de défense des salariés». A union is not named ESS... association is. Eligible.
    M(
        frm="Samuel Cohen <samuel.cohen@example.net>",
        subject="CV Samuel Cohen",
        date="06 13:15",
        body="Bonjour, ci-joint mon CV, je suis disponible dès maintenant.",
        docs=(Doc("docx", "Cohen_CV.docx", """Samuel Cohen
Juriste en droit social
06 38 11 72 45 · samuel.cohen@example.net
Objectif : juriste dans une association de défense des droits des salariés
Formation
Master 2 Droit social, Université Paris-Nanterre, septembre 2026
Licence Droit, 2024
Expérience
Avril – août 2026 : stage, permanence juridique associative (Nanterre)"""),),
        truth=app("Samuel", "Cohen", phone="+33638117245", bac=5, grad="2026-09", info_in="cv", status="cv_m2_droit_2026"),
    ),
    # Body: a signature with a new phone; the CV shows an old one marked «plus attribué». The signature's phone is labelled. Licence ESS 2025-07, aim ressourcerie. Eligible.
    M(
        frm="Antoine Masson <antoine.masson@example.com>",
        subject="Candidature",
        date="06 15:40",
        body="Antoine Masson\nTél. 07 22 60 48 19\nEnvoyé depuis mon téléphone",
        docs=(Doc("pdf", "Antoine-Masson-CV.pdf", """Antoine Masson
Ancien numéro : 06 10 20 30 40 (plus attribué)
Formation
2022 – 2025 : Licence Économie sociale et solidaire, Université Le Havre Normandie, juillet 2025
Expériences
2025 – 2026 : chargé d'accueil, ressourcerie associative (CDD 12 mois, terminé)
Objectif : emploi dans une ressourcerie ou une recyclerie"""),),
        truth=app("Antoine", "Masson", phone="+33722604819", bac=3, grad="2025-07", info_in="both", status="signature_phone_vs_cv_old_phone"),
    ),
    # Body empty; the CV names a BTS Communication with no date anywhere; aim association. Graduation unknown.
    M(
        frm="Emma Leclerc <emma.leclerc@example.org>",
        subject="CV Emma Leclerc",
        date="07 09:05",
        body="",
        docs=(Doc("pdf", "CV_Emma_Leclerc.pdf", """Emma Leclerc
06 91 25 63 07
Chargée de communication — associations culturelles
Compétences : réseaux sociaux, PAO, rédaction web
Formation : BTS Communication, lycée Jean-Moulin (Angers)
Expériences : chargée de communication bénévole d'un festival associatif ; vendeuse en boulangerie
Recherche un premier emploi dans une association culturelle"""),),
        truth=app("Emma", "Leclerc", phone="+33691256307", bac=2, grad=None, unknown=("graduation_recent",), info_in="cv", status="cv_bts_no_date"),
    ),
    # Body: «Je suis toujours en master» contradicts nothing; CV: Master 2 «2025 – 2026» and «soutenance reportée à janvier 2027». Studies not finished. Highest obtained: M1 2025.
    M(
        frm="Rayan Haddad <rayan.haddad@example.com>",
        subject="Pro'pulse — Rayan Haddad",
        date="07 10:30",
        body="Bonjour,\n\nJe candidate pour la prochaine promotion. Je cherche un emploi dans une association d'insertion professionnelle.\n\nRayan",
        docs=(Doc("docx", "Rayan_Haddad_CV.docx", """Rayan Haddad
07 58 42 16 30
Formation
2025 – 2026 : Master 2 Insertion et intervention sociale, Université de Rouen — mémoire en cours, soutenance reportée à janvier 2027
2024 – 2025 : Master 1, même université (validé)
2021 – 2024 : Licence Sciences de l'éducation
Expériences
2026 : stage, chantier d'insertion (terminé en juin)"""),),
        truth=app("Rayan", "Haddad", phone="+33758421630", bac=4, grad="2025", failing=("studies_finished",), info_in="both", status="cv_soutenance_reportee"),
    ),
    # Body: phone one-liner. CV: licence Sciences de l'éducation «2021 – 2024», diplôme juin 2024 → 29 months; then service civique 2024-2025 (over). Old diploma.
    M(
        frm="Océane Petit <oceane.petit@example.net>",
        subject="candidature",
        date="07 12:12",
        body="Mon CV est en pièce jointe. Mon numéro : 06 17 94 82 30.",
        docs=(Doc("pdf", "oceane petit cv.pdf", """Océane Petit
oceane.petit@example.net
Formation
Sept. 2021 – juin 2024 : Licence Sciences de l'éducation, Université de Nantes
Expériences
Sept. 2024 – mai 2025 : service civique, association de soutien scolaire (terminé)
Depuis juin 2025 : assistante d'éducation, collège
Je souhaite travailler dans une association de soutien scolaire ou d'éducation populaire"""),),
        truth=app("Océane", "Petit", phone="+33617948230", bac=3, grad="2024-06", failing=("graduation_recent",), info_in="both", status="cv_licence_juin_2024_old"),
    ),
    # Empty body. CV two years: «Master 2 Gestion de l'environnement — Université de Bordeaux — novembre 2024» → 24 months exactly: recent. Aim: association environnementale. Eligible.
    M(
        frm="Baptiste Morel <baptiste.morel@example.org>",
        subject="Candidature Pro'pulse",
        date="07 14:45",
        body="",
        docs=(Doc("odt", "Baptiste Morel CV.odt", """Baptiste Morel
06 30 88 15 47 — Bordeaux
Projet professionnel : chargé de mission biodiversité dans une association environnementale
Formation
Novembre 2024 — Master 2 Gestion de l'environnement, Université de Bordeaux (soutenance du stage en novembre 2024)
2022 — Licence Biologie
Expériences
2025 – 2026 — saisonnier, réserve naturelle (CDD)
Bénévole, ligue de protection des oiseaux"""),),
        truth=app("Baptiste", "Morel", phone="+33630881547", bac=5, grad="2024-11", info_in="cv", status="cv_master_nov_2024_24_mois"),
    ),
    # Body: signature only. CV: DUT 2024 and licence pro «2024-2025». Highest: licence pro 2025 (year). Aim absent. ESS unknown.
    M(
        frm="Yanis Brahimi <yanis.brahimi@example.com>",
        subject="CV",
        date="07 16:20",
        body="Cordialement\nYanis Brahimi",
        docs=(Doc("pdf", "CV-Yanis-Brahimi.pdf", """Yanis BRAHIMI
07 29 13 66 84 · yanis.brahimi@example.com
DIPLÔMES
2024-2025 : Licence professionnelle Métiers du numérique, IUT de Metz
2022-2024 : DUT Métiers du multimédia et de l'internet
EXPÉRIENCES
2025 : stage développeur web (4 mois), agence web
2026 : freelance, sites vitrines pour artisans
COMPÉTENCES : HTML, CSS, WordPress, Figma"""),),
        truth=app("Yanis", "Brahimi", phone="+33729136684", bac=3, grad="2025", unknown=("job_seeking_ess",), info_in="cv", status="cv_lp_2024_2025_no_aim"),
    ),
    # Body adds what the CV does not show: «Je cherche un emploi dans l'ESS, notamment dans les mutuelles». CV: Master 2 Actuariat 2025-06. Eligible.
    M(
        frm="Léa Dupuis <lea.dupuis@example.net>",
        subject="Candidature Léa Dupuis",
        date="08 09:00",
        body="Bonjour,\n\nMon CV ne le dit pas mais je cherche un emploi dans l'économie sociale et solidaire, notamment dans les mutuelles.\n\nLéa Dupuis",
        docs=(Doc("docx", "CV_LDupuis.docx", """Léa Dupuis
06 73 25 41 98
Formation
Juin 2025 : Master 2 Actuariat, Université de Strasbourg
2023 : Licence Mathématiques appliquées
Expériences
Sept. 2025 – août 2026 : chargée d'études statistiques (CDD), institut de sondage
2025 : stage, compagnie d'assurance (6 mois)"""),),
        truth=app("Léa", "Dupuis", phone="+33673254198", bac=5, grad="2025-06", info_in="both", status="body_adds_ess_mutuelles"),
    ),
    # Empty body. CV: DEUST 2025 (bac+2) + «Licence 3 STAPS abandonnée en novembre 2025». Studies finished (abandoned). Aim: éducateur sportif dans une association. Eligible.
    M(
        frm="Mathis Garnier <mathis.garnier@example.org>",
        subject="Candidature éducateur sportif",
        date="08 10:35",
        body="",
        docs=(Doc("pdf", "Mathis_Garnier.pdf", """Mathis Garnier
06 14 70 93 28
Objectif : éducateur sportif dans une association sport et insertion
Formation
2023 – 2025 : DEUST Animation et gestion des activités physiques, Université de Limoges (obtenu en juin 2025)
Sept. – nov. 2025 : Licence 3 STAPS (arrêtée en novembre 2025)
Expériences
Depuis décembre 2025 : animateur sportif vacataire, club omnisports
BPJEPS en projet"""),),
        truth=app("Mathis", "Garnier", phone="+33614709328", bac=2, grad="2025-06", info_in="cv", status="cv_deust_l3_arretee"),
    ),
    # Body: «Je suis diplômée d'un master depuis 2023» — the CV agrees (M2 juin 2023). Old. Aim ESS.
    M(
        frm="Camille Arnaud <camille.arnaud@example.com>",
        subject="Pro'pulse",
        date="08 12:00",
        body="Bonjour,\nDiplômée depuis 2023, je cherche toujours un emploi dans une association humanitaire. CV joint.\nCamille Arnaud",
        docs=(Doc("odt", "camille_arnaud.odt", """Camille Arnaud
06 52 37 81 90
Master 2 Action humanitaire, Université Paris-Est Créteil — juin 2023
Licence Géographie — 2021
Expériences : chargée de projet (CDD 18 mois) dans une ONG, 2023-2025 ; volontaire en Jordanie, 2022"""),),
        truth=app("Camille", "Arnaud", phone="+33652378190", bac=5, grad="2023-06", failing=("graduation_recent",), info_in="both", status="cv_m2_2023"),
    ),
    # Empty body. CV DOCX: «Diplôme de l'école de commerce (programme Grande École), Kedge, 2026» + objectif «chef de projet RSE dans un grand groupe». RSE in a big company — not ESS. Aimed elsewhere.
    M(
        frm="Victor Blanc <victor.blanc@example.net>",
        subject="Candidature",
        date="08 14:25",
        body="",
        docs=(Doc("docx", "Victor Blanc - CV 2026.docx", """Victor Blanc
07 66 20 17 53 | victor.blanc@example.net
Objectif : chef de projet RSE dans un grand groupe industriel
Formation
2021 – 2026 : Programme Grande École, Kedge Business School — diplômé en septembre 2026 (master)
Expériences
2026 : stage RSE, groupe du BTP (6 mois)
2024 : stage achat responsable, distributeur"""),),
        truth=app("Victor", "Blanc", phone="+33766201753", bac=5, grad="2026-09", failing=("job_seeking_ess",), info_in="cv", status="cv_rse_grand_groupe"),
    ),
    # Body: «ci-joint mon CV». CV: BTS Économie sociale familiale 2025, and «Depuis mars 2025 — agent d'entretien (CDI temps partiel)» while studying. A CDI now: not_career_change asked (employed in a permanent job). Aim: accompagnement social in association. to_verify.
    M(
        frm="Fatou Sow <fatou.sow@example.org>",
        subject="Candidature Fatou Sow",
        date="08 15:50",
        body="Bonjour, ci-joint mon CV. Cordialement, Fatou Sow",
        docs=(Doc("pdf", "CV FATOU SOW.pdf", """FATOU SOW
07 71 38 20 65 — Évry
Projet : conseillère en accompagnement social dans une association
Formation
2023 – 2025 : BTS Économie sociale familiale — obtenu en juin 2025
Expérience
Depuis mars 2025 : agent d'entretien, CDI à temps partiel, entreprise de nettoyage (actuellement)
2024 : stage, association d'hébergement d'urgence"""),),
        truth=app("Fatou", "Sow", phone="+33771382065", bac=2, grad="2025-06", unknown=("not_career_change",), info_in="cv", status="cv_cdi_temps_partiel_actuel"),
    ),
    # Body: English one-liner. CV in English: «MSc Development Studies, SOAS, September 2025»; objective NGO. Eligible. Phone UK.
    M(
        frm="Aisha Rahman <aisha.rahman@example.co.uk>",
        subject="CV - Aisha Rahman",
        date="09 08:40",
        body="Dear team, please see my CV attached. Best, Aisha",
        docs=(Doc("docx", "Aisha_Rahman_CV.docx", """Aisha Rahman
+44 7700 900 482 · aisha.rahman@example.co.uk · Paris
Career aim: programme officer at a humanitarian NGO or a social enterprise
Education
MSc Development Studies, SOAS University of London — September 2025
BA Geography, University of Manchester — 2023
Experience
2025–2026: Volunteer coordinator, refugee support charity (part-time)"""),),
        truth=app("Aisha", "Rahman", phone="+447700900482", bac=5, grad="2025-09", language="en", info_in="cv", status="en_cv_msc_2025"),
    ),
    # Body: short paragraph contradicting the CV: the CV shows «Master 2 (en cours)» but the body says «j'ai obtenu mon master en septembre». Body is newer: master 2026-09. Aim: association. Eligible.
    M(
        frm="Noémie Fabre <noemie.fabre@example.com>",
        subject="CV + précision",
        date="09 10:15",
        body="Bonjour,\n\nMon CV n'est pas à jour : j'ai obtenu mon master en septembre (soutenance le 18). Je cherche un poste de chargée de mission dans une association de lutte contre les discriminations.\n\nNoémie Fabre",
        docs=(Doc("pdf", "Fabre_Noemie_CV.pdf", """Noémie Fabre
06 49 81 33 02
Formation
2025 – 2026 : Master 2 Sociologie des discriminations, Université Paris Cité (en cours)
2024 : Master 1
2023 : Licence Sociologie
Expérience
2026 : stage, association de lutte contre les discriminations (5 mois)"""),),
        truth=app("Noémie", "Fabre", phone="+33649813302", bac=5, grad="2026-09", info_in="both", status="body_corrects_cv_en_cours"),
    ),
    # Empty body. CV: «Doctorat de sociologie, Université de Lille, décembre 2025» → bac+8; aim: chargée d'études dans une fédération associative. Eligible.
    M(
        frm="Hélène Charpentier <helene.charpentier@example.net>",
        subject="Candidature Pro'pulse (docteure en sociologie)",
        date="09 11:50",
        body="",
        docs=(Doc("pdf", "CV_HCharpentier.pdf", """Hélène Charpentier
Docteure en sociologie
06 26 58 70 13
Projet : chargée d'études dans une fédération associative ou un réseau de l'ESS
Diplômes
Décembre 2025 : Doctorat de sociologie, Université de Lille
2020 : Master 2 Sociologie
Expériences
2021 – 2025 : doctorante contractuelle, chargée de TD
Publications : 3 articles"""),),
        truth=app("Hélène", "Charpentier", phone="+33626587013", bac=8, grad="2025-12", info_in="cv", status="cv_doctorat_2025"),
    ),
]
