# ruff: noqa: E501
"""Batch 3: the hard cases — negations, tenses, roles, dates, foreign diplomas, subjects and bare CVs —
each from its persona card (the comment above the mail)."""

from kit import CV, M, app

MESSAGES = [
    # Card: Élise, 24, licence pro 2025 (juin). Negation with «aucun»: «aucun stage ni mission en cours».
    M(
        frm="Élise Tanguy <elise.tanguy@example.com>",
        subject="Pro'pulse - candidature",
        date="12 08:05",
        body="""Bonjour,

Licence pro gestion de projets associatifs, Brest, juin 2025. Aucun stage ni mission de volontariat en cours de mon côté : je suis pleinement disponible et je démarche les associations du Finistère pour un poste de chargée de projet.

Élise Tanguy
06 47 19 30 82""",
        truth=app("Élise", "Tanguy", phone="+33647193082", bac=3, grad="2025-06", status="aucun_stage_ni_mission"),
    ),
    # Card: Maxime, 25, master 2025 (sept). «Je n'ai jamais fait de service civique» + past stage. Eligible.
    M(
        frm="Maxime Poirier <maxime.poirier@example.net>",
        subject="candidature",
        date="12 10:30",
        body="""Bonjour,

On me demande souvent si je sors d'un service civique : non, je n'en ai jamais fait. Après mon master de gestion de projets de solidarité internationale (Lyon 2, septembre 2025) j'ai directement cherché du travail, et je continue : j'ai ciblé une vingtaine d'ONG et d'associations de commerce équitable.

Maxime Poirier
07 71 05 48 26""",
        truth=app("Maxime", "Poirier", phone="+33771054826", bac=5, grad="2025-09", status="jamais_fait_civique"),
    ),
    # Card: Laure, 26. «Je ne suis plus étudiante depuis juin» — master June 2026. Wants ESS. Eligible.
    M(
        frm="Laure Mercier <laure.mercier@example.org>",
        subject="Pro'pulse",
        date="12 14:15",
        body="""Bonjour,

Je ne suis plus étudiante depuis juin (master 2 droit de l'environnement, Aix-Marseille, diplôme délivré en juin 2026). Je cherche activement un poste de juriste dans une association de protection de l'environnement.

Laure Mercier
06 15 38 72 49""",
        truth=app("Laure", "Mercier", phone="+33615387249", bac=5, grad="2026-06", status="ne_suis_plus_etudiante"),
    ),
    # Card: Rayan, 23, says «je compte reprendre un master l'an prochain» (future), meanwhile seeks a job in
    # ESS, licence 2026 (juin). Currently not studying → eligible.
    M(
        frm="Rayan Khaldi <rayan.khaldi@example.com>",
        subject="candidature",
        date="12 17:40",
        body="""Bonjour,

Ma licence de géographie en poche (Université de Lille, juin 2026), je fais une pause dans les études : peut-être un master plus tard, mais pour l'instant je veux travailler. Je cible les associations d'éducation à l'environnement.

Rayan Khaldi
07 44 62 18 39""",
        truth=app("Rayan", "Khaldi", phone="+33744621839", bac=3, grad="2026-06", status="pause_etudes_future_master"),
    ),
    # Card: Charlotte, 22, «je vais commencer un service civique en janvier» (future) — currently not in one;
    # BTS 2026 (juin); seeks ESS job «d'ici là». Not currently → eligible? She plans to start a civique in Jan,
    # but she states she prefers a job in an association and would turn the civique down: eligible.
    M(
        frm="Charlotte Aubry <charlotte.aubry@example.net>",
        subject="Question avant de candidater",
        date="13 09:20",
        body="""Bonjour,

BTS SP3S obtenu en juin 2026. On m'a proposé un service civique qui commencerait en janvier, mais j'hésite : je préférerais un vrai emploi dans une association. Si j'entre dans Pro'pulse, je refuse le service civique.

Charlotte Aubry
06 26 71 94 03""",
        truth=app("Charlotte", "Aubry", phone="+33626719403", bac=2, grad="2026-06", status="civique_future_hesitation"),
    ),
    # Card: Victor, 25, licence 2025 (juin), «ancien stagiaire» of Emmaüs; now employed? No: seeking. Role noun
    # in the past: «ex-stagiaire».
    M(
        frm="Victor Lemoine <victor.lemoine@example.org>",
        subject="Ex-stagiaire Emmaüs, candidat Pro'pulse",
        date="13 12:45",
        body="""Bonjour,

Ex-stagiaire d'Emmaüs (printemps 2025), licence de sciences sociales obtenue en juin 2025. Je cherche un poste d'encadrant technique ou de chargé d'accompagnement dans une structure d'insertion.

Victor Lemoine
06 94 20 57 13""",
        truth=app("Victor", "Lemoine", phone="+33694205713", bac=3, grad="2025-06", status="ex_stagiaire"),
    ),
    # Card: Elsa, 24, «alternante» currently in a master 2 in alternance at a mutuelle, finishing Sept 2027.
    M(
        frm="Elsa Fontaine <elsa.fontaine@example.com>",
        subject="Renseignements",
        date="13 16:00",
        body="""Bonjour,

Alternante en deuxième année de master RH dans une mutuelle (fin du contrat en septembre 2027), je voudrais savoir si votre programme pourrait m'aider à trouver un CDI dans l'ESS à la fin de mon alternance. J'ai une licence de gestion obtenue en 2024.

Elsa Fontaine
06 73 09 26 58""",
        truth=app("Elsa", "Fontaine", phone="+33673092658", bac=3, grad="2024", failing=("studies_finished",), unknown=("graduation_recent",), status="alternante_m2"),
    ),
    # Card: Léna, 23: «j'ai quitté mon service civique» early (last month) — past. Licence 2025 (juin). Eligible.
    M(
        frm="Léna Guérin <lena.guerin@example.net>",
        subject="candidature",
        date="13 19:22",
        body="""bonjour

j'ai quitté mon service civique le mois dernier (la mission ne correspondait pas à ce qui était prévu). licence d'anglais juin 2025. je cherche un poste d'animatrice ou de chargée d'accueil dans une asso, j'ai déjà postulé à la Ligue de l'enseignement.

Léna Guérin
07 39 84 51 20""",
        truth=app("Léna", "Guérin", phone="+33739845120", bac=3, grad="2025-06", status="quitte_civique"),
    ),
    # Card: Benoît, 24, DUT 2024 (juillet) → 28 months → too old. Mail says «il y a un peu plus de deux ans».
    M(
        frm="Benoît Charpentier <benoit.charpentier@example.com>",
        subject="Candidature Pro'pulse",
        date="14 10:10",
        body="""Bonjour,

J'ai obtenu mon DUT Techniques de commercialisation en juillet 2024, il y a un peu plus de deux ans. Depuis je cherche dans l'économie sociale, surtout les coopératives agricoles.

Benoît Charpentier
06 03 58 27 94""",
        truth=app("Benoît", "Charpentier", phone="+33603582794", bac=2, grad="2024-07", failing=("graduation_recent",), status="dut_july_2024"),
    ),
    # Card: Alice, 23, licence 2024 (décembre) → 23 months → recent. Seeks ESS. Eligible (edge).
    M(
        frm="Alice Brunel <alice.brunel@example.org>",
        subject="Intégrer Pro'pulse",
        date="14 13:30",
        body="""Bonjour,

Licence de lettres modernes validée en décembre 2024 (session de rattrapage). Je cherche depuis à travailler dans une association de lutte contre l'illettrisme ou une bibliothèque associative.

Alice Brunel
06 81 92 43 05""",
        truth=app("Alice", "Brunel", phone="+33681924305", bac=3, grad="2024-12", status="dec_2024_edge"),
    ),
    # Card: Jules, 25, master in «2025-2026» (academic year), seeks ESS. Grad year 2026.
    M(
        frm="Jules Barre <jules.barre@example.net>",
        subject="candidature Pro'pulse",
        date="14 16:45",
        body="""Bonjour,

Promotion 2025-2026 du master Développement durable et organisations (Paris-Dauphine). Je recherche un emploi de chargé de mission RSE/impact dans une entreprise de l'ESS ou une fondation.

Jules Barre
07 80 36 15 92""",
        truth=app("Jules", "Barre", phone="+33780361592", bac=5, grad="2026", status="promotion_academic_year"),
    ),
    # Card: Margaux, Belgian, master en sciences de la population (UCLouvain) juin 2026; seeks ESS in Lille.
    M(
        frm="Margaux Dewit <margaux.dewit@example.com>",
        subject="Candidature depuis la Belgique",
        date="15 09:00",
        body="""Bonjour,

Je termine de déménager à Lille après mon master en sciences de la population et du développement (UCLouvain, juin 2026). Je souhaite travailler dans une association de solidarité internationale ou d'accueil des migrants.

Margaux Dewit
+32 478 12 34 56""",
        truth=app("Margaux", "Dewit", phone="+32478123456", bac=5, grad="2026-06", status="belgian_master"),
    ),
    # Card: Youssef, Algerian «licence LMD» 2025 (juillet), seeks job in an association. Eligible.
    M(
        frm="Youssef Brahimi <youssef.brahimi@example.org>",
        subject="Candidature",
        date="15 11:25",
        body="""Bonjour,

Je suis titulaire d'une licence LMD en sciences économiques de l'Université d'Alger 3 (juillet 2025), arrivé en France en janvier. Titre de séjour valable, je cherche un premier emploi dans une association ou une coopérative.

Youssef Brahimi
07 65 28 41 90""",
        truth=app("Youssef", "Brahimi", phone="+33765284190", bac=3, grad="2025-07", status="algerian_licence_lmd"),
    ),
    # Card: Ana, Portuguese, «licenciatura» (3 years) 2026 — level debatable → "*"; seeks ESS.
    M(
        frm="Ana Sousa <ana.sousa@example.net>",
        subject="Candidatura / candidature",
        date="15 14:50",
        body="""Bonjour,

J'ai fini ma licenciatura em Serviço Social à l'Université de Coimbra en juillet 2026 et je vis maintenant à Bordeaux. Je cherche un emploi dans une association d'action sociale. Mon français est correct.

Ana Sousa
07 82 13 59 46""",
        truth=app("Ana", "Sousa", phone="+33782135946", bac="*", grad="2026-07", status="portuguese_licenciatura"),
    ),
    # Card: Kévin, «titre professionnel de niveau 5» (= bac+2), obtained in mars 2026, first job (he was
    # a student before, no career). Seeks ESS. Eligible.
    M(
        frm="Kévin Moulin <kevin.moulin@example.com>",
        subject="titre pro niveau 5 - candidature",
        date="15 17:30",
        body="""Bonjour,

J'ai obtenu en mars 2026 un titre professionnel de niveau 5 (équivalent bac+2) de gestionnaire comptable, en sortant directement du lycée puis d'une formation en école. Je cherche un premier poste d'aide-comptable dans une association ou une mutuelle.

Kévin Moulin
06 42 97 31 58""",
        truth=app("Kévin", "Moulin", phone="+33642973158", bac=2, grad="2026-03", status="titre_niveau_5"),
    ),
    # Card: Clément, «bac+5» written literally with «diplômé l'été dernier» (summer 2026 → year only);
    # seeks ESS. grad "2026".
    M(
        frm="Clément Girard <clement.girard@example.org>",
        subject="bac+5 cherche poste dans l'ESS",
        date="16 08:40",
        body="""Bonjour,

Bac+5 en management de projets (école de commerce), diplômé l'été dernier, je cherche un poste de chef de projet dans une SCIC ou une association.

Clément Girard
06 58 04 72 31""",
        truth=app("Clément", "Girard", phone="+33658047231", bac=5, grad="2026", status="bac5_ete_dernier"),
    ),
    # Card: Sabrina, licence 2026 (juin) but wants «n'importe quel emploi, peu importe le secteur».
    M(
        frm="Sabrina Laurent <sabrina.laurent@example.net>",
        subject="recherche d'emploi",
        date="16 12:05",
        body="""Bonjour,

Je viens d'avoir ma licence LEA (juin 2026) et je cherche du travail, peu importe le secteur, je prends ce qui vient. Est-ce que vous pouvez m'aider ?

Sabrina Laurent
06 36 41 80 27""",
        truth=app("Sabrina", "Laurent", phone="+33636418027", bac=3, grad="2026-06", unknown=("job_seeking_ess",), status="peu_importe_secteur"),
    ),
    # Card: Guillaume, master 2026 (juin), wants to be a civil servant: prepares the concours d'attaché
    # territorial → not ESS (public service).
    M(
        frm="Guillaume Renard <guillaume.renard@example.com>",
        subject="Pro'pulse",
        date="16 15:30",
        body="""Bonjour,

Master 2 d'administration publique obtenu en juin 2026. Je prépare le concours d'attaché territorial et je vise un poste en collectivité. Votre programme peut-il m'aider à préparer les oraux ?

Guillaume Renard
06 97 13 64 82""",
        truth=app("Guillaume", "Renard", phone="+33697136482", bac=5, grad="2026-06", failing=("job_seeking_ess",), status="concours_fonction_publique"),
    ),
    # Card: Morgane, 23, «en poste» (CDI) in a private bank since Sept 2026, not looking → unknown job seeking;
    # master 2026 (juin). She writes to «garder un pied dans l'ESS».
    M(
        frm="Morgane Caron <morgane.caron@example.org>",
        subject="Curieuse du programme",
        date="16 19:10",
        body="""Bonjour,

J'ai été embauchée en CDI dans une banque en septembre, juste après mon master de finance (juin 2026). Je m'intéresse quand même à l'ESS et à votre programme. Comment ça marche ?

Morgane Caron
06 20 45 93 71""",
        truth=app("Morgane", "Caron", phone="+33620459371", bac=5, grad="2026-06", unknown=("job_seeking_ess",), status="cdi_bank_curious"),
    ),
    # Card: subject-only application with empty body: «Candidature - Master 2 ESS juin 2026 - Lucie Hamon».
    M(
        frm="Lucie Hamon <lucie.hamon@example.net>",
        subject="Candidature Pro'pulse - Lucie Hamon - Master 2 ESS juin 2026 - recherche poste en association",
        date="17 07:50",
        body="",
        truth=app("Lucie", "Hamon", phone=None, bac=5, grad="2026-06", info_in="subject", status="subject_everything"),
    ),
    # Card: subject has diploma; body tells the stage: «Stage en cours» in the subject, body about the licence.
    M(
        frm="Arthur Vasseur <arthur.vasseur@example.com>",
        subject="Candidature (stage en cours jusqu'au 15/01)",
        date="17 10:20",
        body="""Bonjour,

Licence pro chargé de projets solidaires obtenue en juin 2026 à Dunkerque. Je souhaite ensuite travailler dans une association d'insertion.

Arthur Vasseur
06 59 83 27 14""",
        truth=app("Arthur", "Vasseur", phone="+33659832714", bac=3, grad="2026-06", failing=("not_internship",), info_in="both", status="subject_stage_en_cours"),
    ),
    # Card: CV-only DOCX in English/French bilingual; Hanna Kowalski, Polish «licencjat» 2025 → "*";
    # objective ESS in CV.
    M(
        frm="Hanna Kowalski <hanna.kowalski@example.org>",
        subject="CV - Hanna Kowalski",
        date="17 13:00",
        body="""Bonjour / Hello, CV attached / CV en pièce jointe.""",
        cv=CV("docx", "Hanna_Kowalski_CV.docx", """Hanna Kowalski
Lille | +33 6 77 41 08 25 | hanna.kowalski@example.org
Objectif / Objective : emploi dans une association ou coopérative (ESS) - job in the social economy
Formation / Education
Licencjat (Bachelor) en travail social, Université de Varsovie, 2025
Expérience / Experience
Bénévole, Secours populaire, Lille (2025-2026)"""),
        truth=app("Hanna", "Kowalski", phone="+33677410825", bac="*", grad="2025", info_in="cv", status="cv_polish_licencjat"),
    ),
    # Card: CV-only ODT: Nicolas Faure, BTS 2026 (juin), CV line «Service civique - depuis octobre 2026 -
    # Unis-Cité» → current civique. Not eligible.
    M(
        frm="Nicolas Faure <nicolas.faure@example.net>",
        subject="Pro'pulse",
        date="17 16:45",
        body="""Bonjour, je vous envoie mon CV. Cordialement, Nicolas Faure""",
        cv=CV("odt", "CV_Nicolas_Faure.odt", """Nicolas Faure
06 84 35 19 60 - nicolas.faure@example.net - Grenoble
Formation
BTS Gestion de la PME - juin 2026
Expériences
Depuis octobre 2026 : volontaire en service civique, Unis-Cité Grenoble (8 mois)
2024-2026 : employé polyvalent, supermarché (week-ends)
Projet : travailler dans une association d'éducation populaire"""),
        truth=app("Nicolas", "Faure", phone="+33684351960", bac=2, grad="2026-06", failing=("not_service_civique",), info_in="cv", status="cv_civique_depuis"),
    ),
    # Card: CV-only PDF with no date on the diploma: Julia Roussel, Master «Économie sociale» (no year);
    # CV objective ESS.
    M(
        frm="Julia Roussel <julia.roussel@example.com>",
        subject="Candidature spontanée",
        date="18 09:30",
        body="""""",
        cv=CV("pdf", "Julia-Roussel.pdf", """Julia Roussel
julia.roussel@example.com | 07 46 29 83 15
Chargée de projets solidaires - recherche un premier emploi en association
Diplômes
Master Économie sociale et solidaire - Université de Reims
Licence Sciences économiques - Université de Reims
Compétences : gestion de projet, montage de dossiers de subvention"""),
        truth=app("Julia", "Roussel", phone="+33746298315", bac=5, grad=None, unknown=("graduation_recent",), info_in="cv", status="cv_master_no_year"),
    ),
    # Card: body and CV disagree? No — body gives job search, CV gives diploma: Pierre Garnier, licence pro
    # 2025 (septembre) in the PDF; body «je cherche dans l'ESS». info both.
    M(
        frm="Pierre Garnier <pierre.garnier@example.org>",
        subject="candidature Pro'pulse",
        date="18 12:10",
        body="""Bonjour,

Je cherche un poste dans l'ESS, plutôt dans l'économie circulaire (ressourceries, repair cafés). Mon CV est joint, mon diplôme y est.

Pierre Garnier""",
        cv=CV("pdf", "CV_Pierre_Garnier.pdf", """Pierre Garnier
06 30 72 94 18 | pierre.garnier@example.org | Angers
Formation
Licence professionnelle Métiers de la gestion des déchets - septembre 2025 - Université d'Angers
BTS Métiers des services à l'environnement - 2024
Expérience
Agent de tri, ressourcerie (CDD été 2026)"""),
        truth=app("Pierre", "Garnier", phone="+33630729418", bac=3, grad="2025-09", info_in="both", status="body_aim_cv_diploma"),
    ),
    # Card: «stage» used as a training course (stage BAFA) — not an internship. Licence 2026 (juillet).
    M(
        frm="Inès Colas <ines.colas@example.net>",
        subject="candidature",
        date="18 15:40",
        body="""Bonjour,

Licence de sciences de l'éducation obtenue en juillet 2026. Je fais cette semaine mon stage d'approfondissement BAFA (5 jours), sinon je suis en recherche d'emploi comme animatrice dans une association de quartier.

Inès Colas
06 63 18 42 95""",
        truth=app("Inès", "Colas", phone="+33663184295", bac=3, grad="2026-07", status="stage_bafa_not_internship"),
    ),
    # Card: Hélène, «volontaire» but in a volunteer fire brigade (sapeur-pompier volontaire) — not a service
    # civique. Master 2025 (juin), seeks ESS.
    M(
        frm="Hélène Marchal <helene.marchal@example.com>",
        subject="Pro'pulse",
        date="18 18:20",
        body="""Bonjour,

Master 2 gestion des risques, Université de Savoie, juin 2025. Je suis aussi sapeur-pompier volontaire le week-end. Je cherche un poste de coordinatrice dans une association de secourisme ou de prévention.

Hélène Marchal
06 28 53 74 10""",
        truth=app("Hélène", "Marchal", phone="+33628537410", bac=5, grad="2025-06", status="pompier_volontaire"),
    ),
    # Card: Mélanie, 29, M2 in 2026 but after years working as an accountant: she resumed studies to change
    # career (reprise d'études). Career change.
    M(
        frm="Mélanie Bertrand <melanie.bertrand@example.org>",
        subject="Candidature après reprise d'études",
        date="19 09:50",
        body="""Bonjour,

Comptable pendant six ans, j'ai repris mes études en 2025 pour un master 2 ESS que j'ai obtenu en septembre 2026. Je cherche maintenant un poste de responsable administrative dans une association, pour donner un nouveau cap à ma carrière.

Mélanie Bertrand
06 55 27 39 84""",
        truth=app("Mélanie", "Bertrand", phone="+33655273984", bac=5, grad="2026-09", failing=("not_career_change",), status="reprise_etudes_reconversion"),
    ),
    # Card: Axelle, 23, licence pro 2026 (juin), explicitly «ce n'est pas une reconversion, c'est mon premier
    # emploi»; seeks ESS.
    M(
        frm="Axelle Noël <axelle.noel@example.net>",
        subject="premier emploi",
        date="19 13:05",
        body="""Bonjour,

Ce n'est pas une reconversion : c'est mon premier emploi que je cherche, après une licence pro « Intervention sociale » (juin 2026). J'ai juste travaillé comme serveuse pendant mes études. Je postule dans les CHRS et les associations de prévention spécialisée.

Axelle Noël
07 41 85 60 32""",
        truth=app("Axelle", "Noël", phone="+33741856032", bac=3, grad="2026-06", status="pas_une_reconversion"),
    ),
    # Card: Malik, SMS style, BTS 2025, not ESS stated, but «dans le social» → association implied? «le
    # social» is not necessarily ESS → unknown job_seeking_ess.
    M(
        frm="malik93 <malik.toure93@example.com>",
        subject="yo",
        date="19 22:40",
        body="""bjr, g un bts esf depuis juin 2025 et jveux taffer dans le social. vs pouvez m'aider? 07 56 82 14 39 malik touré""",
        truth=app("Malik", "Touré", phone="+33756821439", bac=2, grad="2025-06", unknown=("job_seeking_ess",), status="sms_le_social"),
    ),
    # Card: Camille (m), 24, licence 2026 (juin). Ended internship «il y a trois semaines». Seeks ESS.
    M(
        frm="Camille Robin <camille.robin@example.org>",
        subject="candidature Pro'pulse",
        date="20 10:15",
        body="""Bonjour,

Licence d'économie sociale et solidaire (Le Mans, juin 2026). Mon stage dans une SCOP de BTP s'est terminé il y a trois semaines et l'équipe n'avait pas de poste à m'offrir. Je postule maintenant dans d'autres coopératives.

Camille Robin
06 49 31 76 20""",
        truth=app("Camille", "Robin", phone="+33649317620", bac=3, grad="2026-06", status="stage_termine_3_semaines"),
    ),
    # Card: Nadia, 24: «je suis stagiaire de la formation professionnelle» = trainee in a vocational course
    # (titre pro) right now → studying. Licence 2025. Not eligible (studies).
    M(
        frm="Nadia Hamidi <nadia.hamidi@example.com>",
        subject="Pro'pulse",
        date="20 14:30",
        body="""Bonjour,

Titulaire d'une licence de sociologie (2025), je suis actuellement en formation « Conseillère en insertion professionnelle » à l'AFPA jusqu'en avril 2027. Je souhaite ensuite travailler dans une structure d'insertion associative.

Nadia Hamidi
06 35 92 47 18""",
        truth=app("Nadia", "Hamidi", phone="+33635924718", bac=3, grad="2025", failing=("studies_finished",), status="formation_afpa_current"),
    ),
    # Card: Tristan, 23, licence 2026 (juin), the job he wants is in an EHPAD public? He says «associatif ou
    # public, les deux m'iraient» — partly ESS; he is seeking in associations among others → eligible.
    M(
        frm="Tristan Leroy <tristan.leroy@example.net>",
        subject="candidature",
        date="20 17:50",
        body="""Bonjour,

Licence sanitaire et social, juin 2026. Je postule comme coordinateur d'animation en EHPAD, associatif ou public, les deux m'iraient. J'ai envoyé des candidatures à la Croix-Rouge et à deux fondations.

Tristan Leroy
06 80 14 57 39""",
        truth=app("Tristan", "Leroy", phone="+33680145739", bac=3, grad="2026-06", status="associatif_ou_public"),
    ),
    # Card: Sophie, 24, wrote in past tense «j'étais en service civique jusqu'à fin octobre», then says
    # nothing about job search. DUT 2025. → job_seeking unknown.
    M(
        frm="Sophie Duval <sophie.duval@example.com>",
        subject="Renseignements Pro'pulse",
        date="21 09:10",
        body="""Bonjour,

J'étais en service civique à la Croix-Rouge jusqu'à fin octobre. J'ai un DUT carrières juridiques (2025). J'aimerais en savoir plus sur Pro'pulse.

Sophie Duval
06 46 20 93 57""",
        truth=app("Sophie", "Duval", phone="+33646209357", bac=2, grad="2025", unknown=("job_seeking_ess",), status="etais_civique_no_aim"),
    ),
    # Card: Raphaël, quoted previous mail from Pro'pulse (not a thread reply: he starts a new mail pasting
    # the programme presentation he got from a friend). Master 2026 (juin). Seeks ESS.
    M(
        frm="Raphaël Simon <raphael.simon@example.org>",
        subject="Re: présentation Pro'pulse",
        date="21 12:35",
        body="""Bonjour, un ami m'a transféré votre présentation ci-dessous et je me reconnais dedans. Master 2 gestion de projets culturels (juin 2026), je cherche un poste dans une association culturelle ou un festival associatif. 06 70 29 48 13. Raphaël Simon

> Pro'pulse accompagne pendant six mois des jeunes diplômé·es (bac+2 minimum, diplômé·es depuis moins de deux ans) qui cherchent un premier emploi dans l'économie sociale et solidaire.
> Candidatez en écrivant à propulse@animafac.net.""",
        truth=app("Raphaël", "Simon", phone="+33670294813", bac=5, grad="2026-06", status="re_subject_quoted_presentation"),
    ),
    # Card: Anthony, 25, «diplômé en 2026» BUT, then «j'ai signé une convention de stage pour janvier» (future
    # internship). Not currently → but it contradicts job search: to_verify job_seeking.
    M(
        frm="Anthony Moreau <anthony.moreau@example.net>",
        subject="candidature",
        date="21 16:20",
        body="""Bonjour,

BUT Carrières sociales obtenu en 2026. Pour l'instant je n'ai rien, j'ai une piste de stage à partir de janvier mais rien de signé, et je préférerais de loin un emploi dans une association.

Anthony Moreau
07 63 50 81 24""",
        truth=app("Anthony", "Moreau", phone="+33763508124", bac=3, grad="2026", status="piste_stage_future"),
    ),
    # Card: Louise, 23, English-French bilingual, «I'm not an intern anymore» past; BA 2026 from McGill; seeks
    # ESS in Paris. Language en.
    M(
        frm="Louise Tremblay <louise.tremblay@example.com>",
        subject="Pro'pulse — application",
        date="22 10:00",
        body="""Hi! Bonjour !

I'm not an intern anymore — my internship at a Paris food bank wrapped up in October. I have a BA in Sociology from McGill University (May 2026). I'm looking for a job in the ESS, ideally in community organising.

Merci !
Louise Tremblay
+33 7 68 24 15 39""",
        truth=app("Louise", "Tremblay", phone="+33768241539", bac=3, grad="2026-05", language="en", status="en_not_intern_anymore"),
    ),
    # Card: Grégoire, 26, «diplômé depuis trois ans» of a master (no month) → 2023 → old. Seeks ESS.
    M(
        frm="Grégoire Lucas <gregoire.lucas@example.org>",
        subject="Candidature",
        date="22 14:25",
        body="""Bonjour,

Diplômé d'un master de sciences politiques depuis maintenant trois ans, j'ai surtout fait des missions courtes. Je recherche un poste durable dans une association de plaidoyer.

Grégoire Lucas
06 27 38 95 61""",
        truth=app("Grégoire", "Lucas", phone="+33627389561", bac=5, grad=None, failing=("graduation_recent",), status="depuis_trois_ans"),
    ),
    # Card: Emma, BTS 2026 (juin) and currently «en CDD d'usage» in a restaurant; seeks ESS; also mentions a
    # «stage de découverte» her little sister does — someone else's internship.
    M(
        frm="Emma Picard <emma.picard@example.net>",
        subject="candidature Pro'pulse",
        date="22 18:40",
        body="""Bonjour,

BTS Services et prestations des secteurs sanitaire et social (juin 2026). Je travaille en extra dans la restauration en attendant de trouver un poste de coordinatrice dans une association d'aide à domicile. (C'est ma petite sœur qui est en stage de 3e au CCAS, pas moi !)

Emma Picard
06 71 48 26 93""",
        truth=app("Emma", "Picard", phone="+33671482693", bac=2, grad="2026-06", status="sister_in_stage"),
    ),
]
