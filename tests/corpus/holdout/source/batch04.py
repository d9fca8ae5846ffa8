# ruff: noqa: E501
"""Batch 4: long stories, half-told situations (what is missing makes them to_verify), more third parties,
each from its persona card (the comment above the mail)."""

from kit import CV, M, app

MESSAGES = [
    # Card: Aurélie, 24, long story: grew up in Creuse, BTS agricole then licence pro 2025 (juin), worked in
    # a farm shop (private), now wants an AMAP network / coopérative. Eligible.
    M(
        frm="Aurélie Lagarde <aurelie.lagarde@example.com>",
        subject="Mon histoire, et ma candidature",
        date="02 22:05",
        body="""Bonjour à l'équipe Pro'pulse,

Je vais prendre un peu de place, pardon d'avance. J'ai grandi dans une ferme en Creuse, mes parents faisaient du maraîchage et vendaient au marché de Guéret. Naturellement j'ai fait un BTS agricole (ACSE) à Ahun, puis une licence pro « Agriculture biologique, conseil et développement » à Clermont, terminée en juin 2025.

Après ça, j'ai travaillé un an dans un magasin de producteurs, une SARL classique, où j'ai appris beaucoup mais où on parlait surtout de marges. Ce qui me plaît vraiment, c'est de faire le lien entre producteurs et habitants : je postule aujourd'hui dans des réseaux d'AMAP, des coopératives de producteurs et des associations d'alimentation durable. J'ai eu un entretien avec une SCIC de Limoges mais ils ont pris quelqu'un de plus expérimenté.

Une amie de promo m'a dit que votre accompagnement l'avait aidée à comprendre les codes des structures de l'ESS. C'est exactement ce qui me manque.

Merci de m'avoir lue jusqu'au bout !

Aurélie Lagarde
Lieu-dit Les Combes, 23000 Guéret
06 84 72 19 35""",
        truth=app("Aurélie", "Lagarde", phone="+33684721935", bac=3, grad="2025-06", status="long_story_farm"),
    ),
    # Card: Jonathan, 27, long story of illness: licence started 2018, interrupted, finally validated June
    # 2026; never worked before. Seeks job in an association for patients. Eligible.
    M(
        frm="Jonathan Perrier <jonathan.perrier@example.net>",
        subject="candidature un peu atypique",
        date="03 21:40",
        body="""Bonjour,

Mon parcours n'est pas linéaire : j'ai commencé une licence d'histoire en 2018, puis une longue maladie m'a obligé à m'arrêter pendant presque quatre ans. J'ai repris en 2023, à mon rythme, et j'ai enfin validé ma licence en juin 2026. Je n'ai jamais eu d'emploi salarié à part des petits jobs d'été.

Cette expérience m'a donné envie de travailler pour une association de patients ou de soutien aux personnes malades, dans la communication ou l'accueil. J'ai commencé à envoyer des candidatures ce mois-ci.

Je suis reconnu travailleur handicapé (RQTH), si cela compte.

Jonathan Perrier
06 16 82 49 73""",
        truth=app("Jonathan", "Perrier", phone="+33616824973", bac=3, grad="2026-06", status="long_illness_first_job"),
    ),
    # Card: Lou, 25, long story but never says the diploma date: master «Études de genre» at Paris 8, no date;
    # worked in bars; wants a feminist association. → to_verify graduation.
    M(
        frm="Lou Garnier <lou.garnier@example.org>",
        subject="candidature Pro'pulse",
        date="04 23:15",
        body="""Bonjour,

J'ai fait un master en études de genre à Paris 8, avec un mémoire sur l'accueil des femmes victimes de violences dans les associations rurales. Depuis la fin du master je travaille dans des bars à Montreuil, ce qui paie le loyer mais ne me ressemble pas.

Je voudrais travailler dans une association féministe ou un centre d'information sur les droits des femmes. J'ai postulé trois fois au CIDFF, sans retour.

Lou (iel)
06 42 18 73 50""",
        truth=app("Lou", "Garnier", phone="+33642187350", bac=5, grad=None, unknown=("graduation_recent",), status="master_no_date_bars"),
    ),
    # Card: Samia, 22, «je suis en fin de BTS» — ambiguous: has she finished? «j'attends mes résultats
    # de rattrapage» → not graduated yet; studies status unknown.
    M(
        frm="Samia Ouali <samia.ouali@example.com>",
        subject="candidature",
        date="05 11:50",
        body="""Bonjour,

J'ai passé les épreuves de rattrapage de mon BTS Communication en octobre et j'attends les résultats. Je cherche déjà un emploi dans une association, de préférence dans la communication.

Samia Ouali
07 70 25 81 46""",
        truth=app("Samia", "Ouali", phone="+33770258146", bac="*", grad=None, unknown=("degree_level", "graduation_recent", "studies_finished"), status="awaiting_rattrapage"),
    ),
    # Card: Lilian, 23, «BTS» but never says he got it: «j'ai fait un BTS» (did) — degree obtained? Unknown.
    # Seeks job in a SCOP. → to_verify degree_level.
    M(
        frm="Lilian Masson <lilian.masson@example.net>",
        subject="Pro'pulse",
        date="06 09:35",
        body="""Bonjour,

J'ai fait un BTS Électrotechnique (2024-2026) mais je ne sais pas encore si je l'ai, le jury a reporté la délibération. Je veux travailler dans une SCOP du bâtiment, j'en ai contacté trois.

Lilian Masson
06 87 20 63 41""",
        truth=app("Lilian", "Masson", phone="+33687206341", bac="*", grad=None, unknown=("degree_level", "graduation_recent"), status="bts_result_pending"),
    ),
    # Card: Vanessa, 25, master obtained 2024 (year only) → graduation unknown (month decides). Seeks ESS.
    M(
        frm="Vanessa Mendes <vanessa.mendes@example.org>",
        subject="Candidature",
        date="06 15:05",
        body="""Bonjour,

Master en management des organisations sanitaires et sociales, promo 2024. Je cherche un poste de cadre intermédiaire dans une association gestionnaire d'établissements (APF, APEI…).

Vanessa Mendes
06 31 84 57 20""",
        truth=app("Vanessa", "Mendes", phone="+33631845720", bac=5, grad="2024", unknown=("graduation_recent",), status="promo_2024_year_only"),
    ),
    # Card: Fabien, 24, licence 2026 (juin), employed currently as «assistant de projet» in an association on
    # a CDD until March; wants to «continuer dans l'ESS». Eligible (employed on CDD, seeking).
    M(
        frm="Fabien Roger <fabien.roger@example.com>",
        subject="Candidature Pro'pulse",
        date="07 12:20",
        body="""Bonjour,

Licence de sciences politiques (juin 2026). Je suis assistant de projet en CDD dans une association de solidarité internationale jusqu'en mars et je prépare la suite : je cherche déjà mon prochain poste dans l'ESS.

Fabien Roger
06 53 90 28 47""",
        truth=app("Fabien", "Roger", phone="+33653902847", bac=3, grad="2026-06", status="cdd_until_march_seeking"),
    ),
    # Card: Zina, 24, DE assistante de service social (bac+3) juin 2026, wants public hospital social work
    # AND associations: «hôpital ou association» → eligible.
    M(
        frm="Zina Belkhir <zina.belkhir@example.net>",
        subject="Assistante sociale diplômée - candidature",
        date="07 17:55",
        body="""Bonjour,

Diplômée d'État d'assistante de service social depuis juin 2026, je postule en hôpital mais surtout en association (accueil de jour, CHRS, associations d'accès aux droits).

Zina Belkhir
06 90 54 13 82""",
        truth=app("Zina", "Belkhir", phone="+33690541382", bac=3, grad="2026-06", status="deass_hospital_or_asso"),
    ),
    # Card: Ludovic, 26, doctoral student in 3rd year (thesis not defended), wants to leave academia for ESS.
    # Still studying → not eligible. Master 2023 (septembre).
    M(
        frm="Ludovic Besson <ludovic.besson@example.org>",
        subject="Sortir de la thèse",
        date="08 10:45",
        body="""Bonjour,

Doctorant en troisième année de géographie (soutenance prévue fin 2027), j'ai un master obtenu en septembre 2023. J'envisage d'arrêter ma thèse pour travailler dans une association d'aménagement rural. Votre programme serait-il ouvert à quelqu'un dans ma situation ?

Ludovic Besson
06 17 42 85 30""",
        truth=app("Ludovic", "Besson", phone="+33617428530", bac=5, grad="2023-09", failing=("graduation_recent", "studies_finished"), unknown=("job_seeking_ess",), status="doctorant_en_cours"),
    ),
    # Card: APEC forward chain with a young graduate's own mail quoted; applicant Thibault Carré, ingénieur
    # 2026 (septembre), seeks job in an ESS structure (entreprise adaptée). Eligible.
    M(
        frm="Claire Bonnet <claire.bonnet@apec.example.org>",
        subject="TR: Thibault Carré - candidature",
        date="08 14:00",
        body="""Bonjour,

Je vous transmets ci-dessous la demande de Thibault, jeune diplômé que je reçois dans le cadre de l'offre Apec jeunes diplômés.

Claire Bonnet
Apec Nantes

> De : Thibault Carré <thibault.carre@example.com>
> Objet : suite à notre rendez-vous
>
> Bonjour Claire,
> comme convenu, voici mon résumé : ingénieur en génie industriel (Centrale Nantes, septembre 2026), je cherche un premier poste de responsable de production dans une entreprise adaptée ou une entreprise d'insertion.
> 06 24 79 81 53
> Thibault""",
        truth=app("Thibault", "Carré", phone="+33624798153", bac=5, grad="2026-09", email="thibault.carre@example.com", forwarded_by="claire.bonnet@apec.example.org", status="apec_forward_quoted"),
    ),
    # Card: university careers service presents two facts only: Maud Lefèvre, «diplômée de notre master» (no
    # year), «souhaite travailler dans l'ESS». No phone. → to_verify graduation.
    M(
        frm="SCUIO-IP Université de Poitiers <scuio@univ-poitiers.example.org>",
        subject="Une diplômée intéressée par Pro'pulse",
        date="09 09:15",
        body="""Bonjour,

Maud Lefèvre, diplômée de notre master « Économie sociale et solidaire », souhaite travailler dans l'ESS et nous a demandé de vous contacter. Vous pouvez lui écrire à maud.lefevre@example.net.

Cordialement,
Service commun universitaire d'information, d'orientation et d'insertion professionnelle""",
        truth=app("Maud", "Lefèvre", phone=None, bac=5, grad=None, unknown=("graduation_recent",), email="maud.lefevre@example.net", forwarded_by="scuio@univ-poitiers.example.org", status="scuio_no_date"),
    ),
    # Card: France Travail forward; applicant Christophe Marin, 34, former chef, retrained (titre pro 2026),
    # career change explicitly noted by the adviser.
    M(
        frm="France Travail - Agence de Quimper <agence.quimper@francetravail.example.net>",
        subject="Orientation vers votre dispositif",
        date="09 13:40",
        body="""Madame, Monsieur,

Nous vous orientons M. Christophe Marin, 34 ans, ancien cuisinier, qui a validé en mai 2026 un titre professionnel de niveau bac+2 de coordinateur de projets dans le cadre de sa reconversion. Il souhaite intégrer une structure de l'ESS (restauration solidaire, chantiers d'insertion).

Contact : christophe.marin@example.com – 06 72 51 38 90

Votre conseiller France Travail""",
        truth=app("Christophe", "Marin", phone="+33672513890", bac=2, grad="2026-05", failing=("not_career_change",), email="christophe.marin@example.com", forwarded_by="agence.quimper@francetravail.example.net", status="ft_reconversion_chef"),
    ),
    # Card: mother writes for her son, who's «encore en école de commerce, dernière année», wants ESS.
    M(
        frm="Isabelle Fournier <isabelle.fournier@example.org>",
        subject="Pro'pulse pour mon fils Hugo",
        date="10 20:25",
        body="""Bonjour,

Mon fils Hugo Fournier est en dernière année d'école de commerce (il sera diplômé en juin 2027) et il voudrait travailler dans l'économie sociale. Pourrait-il suivre votre programme en parallèle ? Son mail : hugo.fournier@example.com

Merci,
Isabelle Fournier""",
        truth=app("Hugo", "Fournier", phone=None, bac="*", grad=None, failing=("studies_finished",), email="hugo.fournier@example.com", forwarded_by="isabelle.fournier@example.org", status="mother_son_still_studying"),
    ),
    # Card: Ophélie, licence 2025 (juin). «Plus de stage, plus de service civique : maintenant je veux un
    # contrat.» Seeks ESS. Eligible.
    M(
        frm="Ophélie Robert <ophelie.robert@example.net>",
        subject="Un vrai contrat cette fois",
        date="11 08:55",
        body="""Bonjour,

Après une licence d'arts du spectacle (juin 2025), j'ai enchaîné un stage puis un service civique dans des compagnies de théâtre. Plus de stage, plus de service civique : maintenant je veux un contrat ! Je postule comme chargée de production dans des compagnies associatives et des lieux culturels.

Ophélie Robert
07 59 36 14 82""",
        truth=app("Ophélie", "Robert", phone="+33759361482", bac=3, grad="2025-06", status="plus_de_stage_plus_de_civique"),
    ),
    # Card: Marius, 23, «service civique» as an employer-side role? He writes «je suis tuteur de volontaires
    # en service civique» — he is employed (CDD) as a tutor. BUT 2025 (juin). Seeks CDI in ESS. Eligible.
    M(
        frm="Marius Dupuis <marius.dupuis@example.com>",
        subject="candidature Pro'pulse",
        date="11 14:30",
        body="""Bonjour,

BUT Carrières sociales (juin 2025). Je suis en CDD dans une association sportive où j'encadre les jeunes en service civique (je suis leur tuteur, pas volontaire moi-même). Mon contrat se termine en décembre et je cherche un poste durable dans l'animation associative.

Marius Dupuis
06 38 27 59 14""",
        truth=app("Marius", "Dupuis", phone="+33638275914", bac=3, grad="2025-06", status="tuteur_civique"),
    ),
    # Card: Jeanne, 23, «je suis en stage» in the present but it's her last week and it ends on the 27th
    # (tomorrow relative to the read date 26/11) → still currently in internship → failing.
    M(
        frm="Jeanne Roy <jeanne.roy@example.org>",
        subject="Candidature",
        date="24 16:10",
        body="""Bonjour,

Je termine cette semaine mon stage dans une fondation (dernier jour le 27 novembre). Master 2 philanthropie et mécénat obtenu en septembre 2026. Dès décembre, je serai disponible pour un poste en fondation ou en association.

Jeanne Roy
06 49 82 16 37""",
        truth=app("Jeanne", "Roy", phone="+33649821637", bac=5, grad="2026-09", failing=("not_internship",), status="stage_ends_27_nov"),
    ),
    # Card: Quentin, 24, studying? «J'ai abandonné mon master en cours d'année» — he dropped out; highest
    # obtained: licence 2025 (juin). Seeks ESS. Eligible.
    M(
        frm="Quentin Brunet <quentin.brunet@example.net>",
        subject="Pro'pulse",
        date="12 19:35",
        body="""Bonjour,

J'ai abandonné mon master 1 en cours d'année (en février), ce n'était pas pour moi. J'ai une licence d'économie obtenue en juin 2025. Je cherche maintenant un emploi d'assistant de gestion dans une association ou une coopérative.

Quentin Brunet
06 84 61 23 97""",
        truth=app("Quentin", "Brunet", phone="+33684612397", bac=3, grad="2025-06", status="abandonne_master"),
    ),
    # Card: Sarah-Lou, 24, no phone, no date, no ESS mention: «licence d'anglais, je cherche du travail».
    M(
        frm="Sarah-Lou Vincent <sarahlou.vincent@example.com>",
        subject="demande",
        date="13 11:05",
        body="""Bonjour, j'ai une licence d'anglais et je cherche du travail. Comment fonctionne votre programme ? Sarah-Lou Vincent""",
        truth=app("Sarah-Lou", "Vincent", phone=None, bac=3, grad=None, unknown=("graduation_recent", "job_seeking_ess"), status="minimal_no_date_no_ess"),
    ),
    # Card: Idriss, 26, works as a «stagiaire» title? No: he is «chargé de mission» volunteer (bénévole) in an
    # association while unemployed; master 2025 (octobre). Eligible.
    M(
        frm="Idriss Camara <idriss.camara@example.org>",
        subject="candidature",
        date="13 15:50",
        body="""Bonjour,

Master 2 coopération internationale (Paris 1, octobre 2025). Je suis bénévole dans une association de migrants où je coordonne les cours de français, et je cherche un poste salarié dans une ONG ou une association d'accès aux droits.

Idriss Camara
07 48 19 62 05""",
        truth=app("Idriss", "Camara", phone="+33748196205", bac=5, grad="2025-10", status="benevole_coordonne"),
    ),
    # Card: Chloé, BTS 2026 (juin), says «je ne cherche pas forcément dans l'associatif, plutôt en entreprise
    # classique» → not ESS.
    M(
        frm="Chloé Fabre <chloe.fabre@example.net>",
        subject="accompagnement",
        date="14 09:20",
        body="""Bonjour,

BTS Comptabilité et gestion (juin 2026). Je cherche un poste d'assistante comptable, pas forcément dans l'associatif, plutôt en cabinet d'expertise ou en entreprise classique. Est-ce que vous accompagnez aussi ce genre de recherche ?

Chloé Fabre
06 26 43 81 59""",
        truth=app("Chloé", "Fabre", phone="+33626438159", bac=2, grad="2026-06", failing=("job_seeking_ess",), status="cabinet_not_ess"),
    ),
    # Card: Dorian, bilingual English/French, no diploma level stated: «I finished my studies in 2025»; wants
    # NGO. → to_verify degree.
    M(
        frm="Dorian Evans <dorian.evans@example.com>",
        subject="Joining Pro'pulse",
        date="14 13:45",
        body="""Hello,

I finished my studies in Manchester in 2025 and moved to Toulouse. Je cherche un emploi dans une ONG or any social-economy organisation. What do I need to send you?

Dorian Evans
07 57 18 40 96""",
        truth=app("Dorian", "Evans", phone="+33757184096", bac=None, grad="2025", unknown=("degree_level",), language="en", status="en_no_level"),
    ),
    # Card: Laetitia, 25, job in ESS already (CDI, since 2026-09), wants «évoluer» → not seeking; licence pro
    # 2026. → job_seeking unknown.
    M(
        frm="Laetitia Gomez <laetitia.gomez@example.org>",
        subject="Pro'pulse ?",
        date="14 17:10",
        body="""Bonjour,

Licence pro obtenue en juin 2026, je suis en CDI depuis septembre comme animatrice dans une association de quartier. Votre programme peut-il m'aider à évoluer vers un poste de coordination ?

Laetitia Gomez
06 15 93 28 74""",
        truth=app("Laetitia", "Gomez", phone="+33615932874", bac=3, grad="2026-06", unknown=("job_seeking_ess",), status="cdi_ess_evoluer"),
    ),
    # Card: CV-only DOCX: Mehdi Saïdi, BTS 2026 (juin) but the CV also lists a job «Depuis 2019 : chauffeur-
    # livreur» and «Projet : reconversion» → career change.
    M(
        frm="Mehdi Saïdi <mehdi.saidi@example.net>",
        subject="candidature Pro'pulse",
        date="15 08:30",
        body="""Bonjour, mon CV en PJ. Mehdi""",
        cv=CV("docx", "CV Mehdi Saidi.docx", """Mehdi Saïdi
07 62 19 84 30 | mehdi.saidi@example.net | Marseille
PROJET PROFESSIONNEL : reconversion dans l'accompagnement social en association
FORMATION
2026 (juin) - BTS Économie sociale familiale, en formation adulte (CNED)
EXPÉRIENCE
Depuis 2019 - Chauffeur-livreur (CDI), transports
2017-2019 - Manutentionnaire"""),
        truth=app("Mehdi", "Saïdi", phone="+33762198430", bac=2, grad="2026-06", failing=("not_career_change",), info_in="cv", status="cv_docx_reconversion"),
    ),
    # Card: CV-only ODT, Romain Jacob, DUT 2025 + licence pro 2026 (juin), objective ESS. Eligible.
    M(
        frm="Romain Jacob <romain.jacob@example.com>",
        subject="",
        date="15 11:45",
        body="""""",
        cv=CV("odt", "romain_jacob_cv.odt", """Romain Jacob
06 95 30 48 27
romain.jacob@example.com
Recherche : premier emploi de chargé de développement dans une coopérative (SCOP/SCIC)
Formation
Licence professionnelle Entrepreneuriat social - Université de Grenoble - juin 2026
DUT Gestion administrative et commerciale - 2025
Expérience
Stage 12 semaines, Union régionale des SCOP (avril-juin 2026)"""),
        truth=app("Romain", "Jacob", phone="+33695304827", bac=3, grad="2026-06", info_in="cv", status="cv_odt_no_subject"),
    ),
    # Card: Agnès, «ma mission de service civique se termine dans quinze jours» (so on 2026-11-26 she is
    # still in it). Master 2026. Seeks ESS after.
    M(
        frm="Agnès Renaud <agnes.renaud@example.org>",
        subject="candidature",
        date="20 10:05",
        body="""Bonjour,

Ma mission de service civique au sein d'une association d'aide aux devoirs se termine dans quinze jours. J'ai un master de sciences de l'éducation (juin 2026). Je cherche un poste de coordinatrice périscolaire dans une association.

Agnès Renaud
06 41 28 75 93""",
        truth=app("Agnès", "Renaud", phone="+33641287593", bac=5, grad="2026-06", failing=("not_service_civique",), status="civique_ends_in_two_weeks"),
    ),
    # Card: Cédric, bac+3 «Bachelor» of a private school (RNCP niveau 6) 2025 (septembre), wants ESS.
    M(
        frm="Cédric Aubert <cedric.aubert@example.net>",
        subject="Bachelor RNCP 6 - candidature",
        date="16 14:35",
        body="""Bonjour,

Bachelor Responsable de projets événementiels, titre certifié RNCP niveau 6, obtenu en septembre 2025. Je cherche un poste de chargé d'événements dans une association ou une fondation.

Cédric Aubert
06 79 52 31 68""",
        truth=app("Cédric", "Aubert", phone="+33679523168", bac=3, grad="2025-09", status="bachelor_rncp6"),
    ),
    # Card: Marwa, Tunisian «mastère professionnel» 2021 → old. Seeks ESS.
    M(
        frm="Marwa Jlassi <marwa.jlassi@example.com>",
        subject="candidature",
        date="16 18:00",
        body="""Bonjour,

J'ai un mastère professionnel en gestion des ONG de l'Université de Sfax (2021). Installée à Marseille depuis l'an dernier, je cherche un emploi dans une association de solidarité internationale.

Marwa Jlassi
07 44 85 20 61""",
        truth=app("Marwa", "Jlassi", phone="+33744852061", bac=5, grad="2021", failing=("graduation_recent",), status="tunisian_mastere_old"),
    ),
    # Card: Tanguy, SMS style, key facts: «dut gea 2025 dispo de suite chercher taf asso/scop». Phone only.
    M(
        frm="Tanguy <tanguy.leroux@example.org>",
        subject="dispo",
        date="17 23:50",
        body="""dut gea 2025 / dispo de suite / je cherche taf en asso ou scop, compta ou gestion
tanguy leroux 0631925874""",
        truth=app("Tanguy", "Leroux", phone="+33631925874", bac=2, grad="2025", status="sms_telegraphic"),
    ),
    # Card: Pauline B., English-only, «currently doing an internship» negated: «I'm not doing any internship
    # or volunteering at the moment», MA 2026 (September), seeks NGO. Eligible.
    M(
        frm="Pauline Bernard <pauline.bernard@example.net>",
        subject="Application — Pro'pulse",
        date="18 09:00",
        body="""Hello,

I'm French but studied abroad: MA in Human Rights at the University of Essex (September 2026). I'm not doing any internship or volunteering at the moment — I'm fully focused on finding a job with a French NGO or association working on human rights.

Best regards,
Pauline Bernard
06 22 71 94 38""",
        truth=app("Pauline", "Bernard", phone="+33622719438", bac=5, grad="2026-09", language="en", status="en_not_any_internship"),
    ),
    # Card: Arnaud, 24, «BTS en alternance terminé en juin 2026» — alternance is over; seeks ESS. Eligible.
    M(
        frm="Arnaud Petitjean <arnaud.petitjean@example.com>",
        subject="Pro'pulse - candidature",
        date="18 12:40",
        body="""Bonjour,

Mon BTS Gestion de la PME en alternance s'est terminé en juin 2026 (diplôme obtenu), mon entreprise ne m'a pas gardé. Je recherche un poste d'assistant de gestion dans une mutuelle ou une association.

Arnaud Petitjean
06 57 80 42 19""",
        truth=app("Arnaud", "Petitjean", phone="+33657804219", bac=2, grad="2026-06", status="alternance_terminee"),
    ),
    # Card: Rose, 23, writes herself from her boyfriend's mailbox («j'écris depuis l'adresse de mon copain»):
    # her own address is in the body, and nobody refers her (no forwarded_by). Licence 2026 (juin). ESS.
    M(
        frm="Kevin Marchetti <k.marchetti@example.net>",
        subject="candidature de Rose Bailly",
        date="19 20:15",
        body="""Bonjour, c'est Rose, j'écris depuis l'adresse de mon copain car ma boîte ne marche plus. Licence de sociologie (juin 2026), je cherche un emploi dans une association d'aide aux personnes âgées. Répondez-moi plutôt sur rose.bailly@example.org ou au 06 93 12 54 78. Merci ! Rose Bailly""",
        truth=app("Rose", "Bailly", phone="+33693125478", bac=3, grad="2026-06", email="rose.bailly@example.org", status="boyfriend_address"),
    ),
    # Card: Hervé, 25, «ingénieur» but diploma not obtained: «il me manque le TOEIC pour être diplômé».
    # Not graduated; studies finished? Courses done; degree pending. → to_verify degree/graduation.
    M(
        frm="Hervé Lambert <herve.lambert@example.org>",
        subject="candidature Pro'pulse",
        date="21 11:30",
        body="""Bonjour,

J'ai fini mon cursus d'ingénieur en environnement en septembre, mais il me manque le score au TOEIC pour que mon diplôme soit délivré (je le repasse en décembre). J'ai une licence de chimie de 2024. Je cherche un poste dans une association de protection de la nature.

Hervé Lambert
06 52 40 81 73""",
        truth=app("Hervé", "Lambert", phone="+33652408173", bac=3, grad="2024", unknown=("graduation_recent", "studies_finished"), status="missing_toeic"),
    ),
    # Card: Lina K., 23, licence 2026 (juin); she is «en service civique ? non» — writes a FAQ-like self
    # answer: «Service civique : terminé (mars-octobre 2026)». Seeks ESS.
    M(
        frm="Lina Karimi <lina.karimi@example.com>",
        subject="Candidature Pro'pulse - Lina Karimi",
        date="22 15:45",
        body="""Bonjour,

Pour aller droit au but :
Diplôme : licence de droit, juin 2026
Service civique : terminé (mars à octobre 2026, Ligue contre le cancer)
Stage : aucun en cours
Recherche : juriste ou chargée d'accès aux droits en association
Tél : 07 35 68 21 94

Lina Karimi""",
        truth=app("Lina", "Karimi", phone="+33735682194", bac=3, grad="2026-06", status="fiche_self_terminé"),
    ),
]
