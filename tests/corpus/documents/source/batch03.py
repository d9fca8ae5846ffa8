# ruff: noqa: E501
"""Batch 3 — what a CV leaves open, and situations shown by a single CV line.

A CV without a date, a «stage» line with no end, a diploma whose level is not said, a job aim missing: the
label says `unknown` (so `to_verify`) where the mail and its documents honestly do not settle a criterion.
Current internships, service civique, alternance, studies in progress and years in a trade appear here only
as one line of the CV, the body saying nothing of them.
"""

from docs import Doc, M, app

MESSAGES = [
    # Body «ci-joint mon CV». CV: «Stage — association de protection de l'enfance» with no dates; master 2 2026-06. Is the stage current? Unknown. Aim: association. to_verify (not_internship).
    M(
        frm="Claire Duval <claire.duval@example.org>",
        subject="CV Claire Duval",
        date="16 09:40",
        body="Bonjour, ci-joint mon CV. Claire Duval",
        docs=(Doc("pdf", "CV_Claire_Duval.pdf", """Claire Duval
06 39 71 25 84
Master 2 Protection de l'enfance, Université de Nanterre — juin 2026
Expériences
Stage — association de protection de l'enfance (chargée de mission)
Animatrice, centre de loisirs
Je recherche un poste dans une association de protection de l'enfance"""),),
        truth=app("Claire", "Duval", phone="+33639712584", bac=5, grad="2026-06", unknown=("not_internship",), info_in="cv", status="cv_stage_sans_date"),
    ),
    # Empty body. CV: «Mission de volontariat — depuis septembre 2026, Secours populaire» of unstated kind (service civique? bénévolat?). Licence 2025. Unknown service civique.
    M(
        frm="Mathilde Royer <mathilde.royer@example.net>",
        subject="Candidature",
        date="16 10:55",
        body="",
        docs=(Doc("odt", "Royer_Mathilde_CV.odt", """Mathilde Royer
07 48 21 63 95
Expérience
Depuis septembre 2026 : mission de volontariat, fédération départementale du Secours populaire
Formation
Licence Sociologie, Université d'Orléans, juin 2025
Projet : travailler dans une association de solidarité"""),),
        truth=app("Mathilde", "Royer", phone="+33748216395", bac=3, grad="2025-06", unknown=("not_service_civique",), info_in="cv", status="cv_volontariat_type_inconnu"),
    ),
    # Body: phone one-liner. CV: «Diplôme de moniteur-éducateur», 2026 — a State diploma of level 4 (the bac's level), though the CV does not say so. Not eligible (level).
    M(
        frm="Kevin Oliveira <kevin.oliveira@example.com>",
        subject="Pro'pulse",
        date="16 12:20",
        body="Bonjour, mon CV est joint, mon numéro : 07 26 95 14 38.",
        docs=(Doc("docx", "CV_Kevin_Oliveira.docx", """Kevin Oliveira
Formation
2026 : Diplôme de moniteur-éducateur, école de travail social de Tours
Expériences
2024 – 2026 : stages en foyer d'accueil médicalisé et en institut médico-éducatif
Projet : moniteur-éducateur dans une association du handicap"""),),
        truth=app("Kevin", "Oliveira", phone="+33726951438", bac=0, grad="2026", failing=("degree_level",), info_in="both", status="cv_moniteur_educateur_niveau4"),
    ),
    # Body: «Bonjour». CV two-column: no aim, BTS NDRC 2026-06. ESS unknown.
    M(
        frm="Cindy Lemaitre <cindy.lemaitre@example.org>",
        subject="candidature Cindy Lemaitre",
        date="16 13:45",
        body="Bonjour",
        docs=(Doc("pdf2col", "cv_cindy.pdf", """CINDY LEMAITRE
07 62 58 31 40
cindy.lemaitre@example.org
QUALITÉS
Souriante, dynamique""", right="""FORMATION
BTS Négociation et digitalisation de la relation client, juin 2026
Bac pro Commerce, 2024
EXPÉRIENCES
Stages en magasin de prêt-à-porter
Caissière (job étudiant)"""),),
        truth=app("Cindy", "Lemaitre", phone="+33762583140", bac=2, grad="2026-06", unknown=("job_seeking_ess",), info_in="cv", status="two_col_bts_ndrc_no_aim"),
    ),
    # Body adds the ESS aim; CV has a diploma with no date at all (Licence pro). Graduation unknown.
    M(
        frm="Romain Gilbert <romain.gilbert@example.net>",
        subject="Candidature Romain Gilbert",
        date="16 15:10",
        body="Bonjour,\nJe cherche un emploi dans une coopérative agricole ou une AMAP. CV ci-joint.\nRomain",
        docs=(Doc("pdf", "CV_Romain_Gilbert.pdf", """Romain Gilbert
06 73 48 20 61
FORMATION
Licence professionnelle Agriculture biologique, conseil et développement
BTS Agronomie et productions végétales
EXPÉRIENCES
Ouvrier agricole saisonnier, maraîchage bio
Stage, coopérative de producteurs"""),),
        truth=app("Romain", "Gilbert", phone="+33673482061", bac=3, grad=None, unknown=("graduation_recent",), info_in="both", status="cv_lp_sans_date"),
    ),
    # Empty body. CV: «Titre RNCP niveau 6 Chargé de projets solidaires, 2025» + alternance (terminée). Eligible. bac+3.
    M(
        frm="Sabrina Khelifi <sabrina.khelifi@example.com>",
        subject="Candidature Pro'pulse",
        date="17 08:15",
        body="",
        docs=(Doc("docx", "Sabrina_Khelifi_CV.docx", """Sabrina Khelifi
06 58 27 40 13 · sabrina.khelifi@example.com
Formation
2024 – 2025 : Titre RNCP de niveau 6 « Chargé de projets solidaires » (en alternance), obtenu en septembre 2025
2022 – 2024 : BTS Support à l'action managériale
Expérience
2024 – 2025 : alternante chargée de projets, association d'insertion (contrat terminé en septembre 2025)
Objectif : chargée de projets dans une structure d'insertion"""),),
        truth=app("Sabrina", "Khelifi", phone="+33658274013", bac=3, grad="2025-09", info_in="cv", status="cv_rncp6_alternance_finie"),
    ),
    # Body: short; CV: «Titre professionnel Secrétaire assistant (niveau 4), 2026» → bac level. Not eligible (level).
    M(
        frm="Jessica Marie <jessica.marie@example.org>",
        subject="Candidature",
        date="17 09:40",
        body="Bonjour, je voudrais travailler dans une association. Voici mon CV.",
        docs=(Doc("pdf", "CV Jessica Marie.pdf", """Jessica Marie
06 84 20 39 17
Formation
2026 : Titre professionnel Secrétaire assistant (niveau 4), AFPA
2020 : CAP Vente
Expériences
2020 – 2025 : vendeuse en boulangerie"""),),
        truth=app("Jessica", "Marie", phone="+33684203917", bac=0, grad="2026", failing=("degree_level",), info_in="both", status="cv_titre_pro_niveau4"),
    ),
    # Body empty; DOCX header «Étudiante en Master 2». Table: M2 2026-2027. Studying; licence 2025.
    M(
        frm="Agathe Perrin <agathe.perrin@example.com>",
        subject="CV",
        date="17 11:05",
        body="",
        docs=(Doc("docx", "CV_Agathe_Perrin.docx", """| 2026 – 2027 | Master 2 Ingénierie de projets culturels, Université de Bourgogne |
| 2025 – 2026 | Master 1, même université |
| 2025 | Licence Histoire de l'art |
Objectif : chargée de projet dans une association culturelle""", header="Agathe Perrin — Étudiante en Master 2 — 06 29 17 53 48"),),
        truth=app("Agathe", "Perrin", phone="+33629175348", bac=4, grad="2026", failing=("studies_finished",), info_in="cv", status="docx_header_etudiante_m2"),
    ),
    # Body: «Bonjour, ci-joint mon CV». CV: Bachelor (bac+3) 2025-07; aim «start-up tech for good ou entreprise à mission»: neither is ESS as such, nor clearly outside it. ESS unknown.
    M(
        frm="Maxime Colin <maxime.colin@example.net>",
        subject="CV - Maxime Colin",
        date="17 12:30",
        body="Bonjour, ci-joint mon CV.",
        docs=(Doc("pdf", "Maxime_Colin_CV.pdf", """Maxime Colin
07 18 53 42 60
Objectif : chef de projet dans une start-up « tech for good » ou une entreprise à mission
Formation
2022 – 2025 : Bachelor Responsable de projets digitaux (bac+3), école privée de Lille — diplômé en juillet 2025
Expériences
2025 – 2026 : chef de projet junior (CDD 12 mois, terminé), agence digitale"""),),
        truth=app("Maxime", "Colin", phone="+33718534260", bac=3, grad="2025-07", unknown=("job_seeking_ess",), info_in="cv", status="cv_tech_for_good_ambigu"),
    ),
    # Body English. Résumé: «Licence (Bachelor) in Sociology, Université Cheikh Anta Diop, 2025»; «currently: internship at an NGO, Dakar, until February 2027». Current internship.
    M(
        frm="Awa Ndiaye <awa.ndiaye@example.sn>",
        subject="Application Pro'pulse",
        date="17 14:00",
        body="Hello, I attach my CV. I will arrive in France in March 2027. Best regards, Awa",
        docs=(Doc("pdf", "CV_Awa_Ndiaye.pdf", """AWA NDIAYE
+221 77 512 48 36 · awa.ndiaye@example.sn
EDUCATION
Licence in Sociology (3 years), Université Cheikh Anta Diop, Dakar — July 2025
EXPERIENCE
Currently: intern, women's rights NGO, Dakar (until February 2027)
2024: volunteer, literacy association
GOAL: project officer in a French association working with women"""),),
        truth=app("Awa", "Ndiaye", phone="+221775124836", bac=3, grad="2025-07", failing=("not_internship",), language="en", info_in="cv", status="en_intern_until_2027"),
    ),
    # Body: signature; CV: «BTS Comptabilité gestion 2025» + «Licence Contrôle de gestion (en cours, à distance)». Studies in progress (distance).
    M(
        frm="Florian Robert <florian.robert@example.org>",
        subject="Candidature",
        date="17 15:25",
        body="--\nFlorian Robert\nComptable junior",
        docs=(Doc("odt", "Florian_Robert_CV.odt", """Florian Robert
06 92 14 86 37
Formation
Licence Contrôle de gestion (en cours, à distance, CNAM) — 2025-2027
BTS Comptabilité et gestion — juin 2025
Expérience
Depuis septembre 2025 : comptable (CDD), association gestionnaire d'EHPAD
Projet : rester dans le secteur associatif"""),),
        truth=app("Florian", "Robert", phone="+33692148637", bac=2, grad="2025-06", failing=("studies_finished",), info_in="cv", status="odt_licence_distance_en_cours"),
    ),
    # Body: paragraph adding that she finished her service civique in August 2026; the CV has «Service civique 2025 – 2026». Licence pro 2025-06. Aim: association. Eligible.
    M(
        frm="Yasmine Boucher <yasmine.boucher@example.com>",
        subject="Candidature Pro'pulse",
        date="18 08:50",
        body="Bonjour,\n\nMon service civique à la Ligue de l'enseignement est fini depuis fin août. Je cherche maintenant un emploi d'animatrice dans une association. CV joint.\n\nYasmine",
        docs=(Doc("pdf", "Yasmine_Boucher_CV.pdf", """Yasmine Boucher
07 37 25 60 14
2025 – 2026 : Service civique, Ligue de l'enseignement (10 mois)
Juin 2025 : Licence professionnelle Animation, gestion et organisation des activités physiques ou culturelles
2023 : DUT Carrières sociales"""),),
        truth=app("Yasmine", "Boucher", phone="+33737256014", bac=3, grad="2025-06", info_in="both", status="body_civique_fini_aout"),
    ),
    # Empty body. CV: Master 2 with «2024 – 2025» and nothing else; aim association. Year only 2025 → recent.
    M(
        frm="Pierre Guillot <pierre.guillot@example.net>",
        subject="Pro'pulse — CV",
        date="18 10:15",
        body="",
        docs=(Doc("docx", "PierreGuillot_CV.docx", """Pierre Guillot
06 41 73 28 59
Formation
| 2024 – 2025 | Master 2 Gestion des territoires et développement local, Université de Limoges |
| 2019 – 2024 | Licence puis Master 1, même université |
Expériences
| 2025 – 2026 | Chargé de mission (CDD, terminé), pays d'art et d'histoire |
Objectif : agent de développement dans une association rurale"""),),
        truth=app("Pierre", "Guillot", phone="+33641732859", bac=5, grad="2025", info_in="cv", status="docx_m2_2024_2025"),
    ),
    # Body: «je suis en recherche d'emploi depuis juin». CV: «2019 – 2026 : vendeuse (CDI) Décathlon», licence STAPS 2019. Career change + old. Aim: association sport.
    M(
        frm="Laura Schmitt <laura.schmitt@example.com>",
        subject="candidature",
        date="18 11:40",
        body="Bonjour, je suis en recherche d'emploi depuis juin et je voudrais travailler dans une association sportive. Mon CV est joint.",
        docs=(Doc("pdf", "CV_Laura_Schmitt.pdf", """Laura Schmitt
06 25 80 46 93
Expérience
2019 – 2026 : vendeuse conseil puis responsable de rayon (CDI), enseigne de sport
Formation
2019 : Licence STAPS, Université de Strasbourg"""),),
        truth=app("Laura", "Schmitt", phone="+33625804693", bac=3, grad="2019", failing=("graduation_recent", "not_career_change"), info_in="both", status="cv_7_ans_vendeuse_licence_2019"),
    ),
    # Body: one line. CV: «Diplôme d'établissement (DU) Entrepreneuriat social, 2026» + Licence 2024 (no month). Highest degree: licence 2024 (DU not a degree level). Year 2024 alone → graduation unknown.
    M(
        frm="Bilal Chaouch <bilal.chaouch@example.org>",
        subject="Pro'pulse",
        date="18 13:05",
        body="Bonjour, voici mon CV, je veux travailler dans l'entrepreneuriat social.",
        docs=(Doc("pdf", "Bilal_Chaouch.pdf", """Bilal Chaouch
07 94 31 52 07
Formation
2026 : Diplôme universitaire Entrepreneuriat social, Université de Montpellier
2024 : Licence Économie
Expérience
2024 – 2026 : agent de médiation (contrat adulte-relais), association de quartier"""),),
        truth=app("Bilal", "Chaouch", phone="+33794315207", bac=3, grad="2024", unknown=("graduation_recent",), info_in="both", status="cv_du_licence_2024"),
    ),
    # Body: «ci-joint mon CV, merci». Two-column PDF: «Alternance — depuis sept. 2026 — Master 1 Management de l'ESS» in left; right column Licence 2026. Alternance in progress.
    M(
        frm="Océane Barbier <oceane.barbier@example.net>",
        subject="CV",
        date="18 14:30",
        body="ci-joint mon CV, merci",
        docs=(Doc("pdf2col", "OceaneBarbier.pdf", """OCÉANE BARBIER
06 17 36 82 45
EN CE MOMENT
Alternance depuis sept. 2026
Master 1 Management de l'ESS
Chargée de projet, mutuelle""", right="""FORMATION
Licence Administration économique et sociale, Université de Nantes — juin 2026
EXPÉRIENCES
2025 Stage, banque alimentaire (2 mois)
Bénévole, Restos du cœur"""),),
        truth=app("Océane", "Barbier", phone="+33617368245", bac=3, grad="2026-06", failing=("studies_finished",), unknown=("job_seeking_ess",), info_in="cv", status="two_col_alternance_m1"),
    ),
    # Body English, CV in English: «Master's in Social Economy, University of Lisbon, 2026» + «Erasmus internship, ongoing (Oct 2026 – Jan 2027)». Current internship.
    M(
        frm="Tiago Mendes <tiago.mendes@example.pt>",
        subject="Pro'pulse application",
        date="18 16:00",
        body="Good afternoon, please find my CV. Tiago",
        docs=(Doc("docx", "Tiago_Mendes_CV.docx", """Tiago Mendes
+351 912 345 876 | tiago.mendes@example.pt
Experience
Oct 2026 – Jan 2027 (ongoing): Erasmus+ internship, cooperative federation, Paris
Education
2026: Master's in Social Economy, University of Lisbon
Goal: a job in a French cooperative"""),),
        truth=app("Tiago", "Mendes", phone="+351912345876", bac=5, grad="2026", failing=("not_internship",), language="en", info_in="cv", status="en_erasmus_intern_ongoing"),
    ),
    # Body: «Bonjour, ci-joint ma candidature» + letter: says «je suis titulaire d'un master obtenu en 2024» — year only 2024 → unknown. Aim association. to_verify.
    M(
        frm="Anne-Sophie Leroy <annesophie.leroy@example.com>",
        subject="Candidature",
        date="19 08:25",
        body="Bonjour,\nci-joint ma candidature.\nAnne-Sophie Leroy",
        docs=(Doc("docx", "LM_AS_Leroy.docx", """Anne-Sophie Leroy
06 86 52 71 30
Madame, Monsieur,
Titulaire d'un master de gestion de projets culturels obtenu en 2024, j'ai ensuite enchaîné des missions courtes dans l'événementiel. Je souhaite aujourd'hui travailler dans une association culturelle, sur un premier poste durable.
Anne-Sophie Leroy""", role="letter"),),
        truth=app("Anne-Sophie", "Leroy", phone="+33686527130", bac=5, grad="2024", unknown=("graduation_recent",), info_in="cv", status="letter_master_2024_year_only"),
    ),
    # Body phone one-liner; CV ODT: «Licence Sciences de l'éducation, 2025» + «Service civique (en cours jusqu'en avril 2027)». Current service civique.
    M(
        frm="Hamza Diop <hamza.diop@example.org>",
        subject="Candidature Hamza",
        date="19 09:50",
        body="Bjr, CV joint, tel 07 85 20 46 19",
        docs=(Doc("odt", "cv hamza diop.odt", """Hamza Diop
Service civique (en cours jusqu'en avril 2027) — association d'aide aux devoirs
Licence Sciences de l'éducation, Université de Rouen, 2025
Objectif : coordinateur dans une association de soutien scolaire"""),),
        truth=app("Hamza", "Diop", phone="+33785204619", bac=3, grad="2025", failing=("not_service_civique",), info_in="both", status="odt_civique_until_apr_2027"),
    ),
    # Body: paragraph with aim. CV DOCX: DUT 2024-06 (29 months), then «Licence 3 … validée, juillet 2026»: highest is the licence 2026-07. Eligible.
    M(
        frm="Juliette Morin <juliette.morin@example.net>",
        subject="Pro'pulse — candidature",
        date="19 11:15",
        body="Bonjour,\n\nJe viens de finir ma licence et je cherche un poste d'assistante de coordination dans une association environnementale. Je vous joins mon CV.\n\nJuliette Morin",
        docs=(Doc("docx", "CV_JMorin.docx", """Juliette Morin
06 21 57 84 36
Formation
2025 – 2026 : Licence 3 Sciences de l'environnement (validée, juillet 2026)
2022 – 2024 : DUT Génie biologique, option génie de l'environnement (juin 2024)
Expérience
2024 – 2025 : technicienne de laboratoire (CDD)"""),),
        truth=app("Juliette", "Morin", phone="+33621578436", bac=3, grad="2026-07", info_in="both", status="docx_l3_validee_2026"),
    ),
    # Empty body; CV PDF: «Baccalauréat + 1 an de BTS (non terminé)», aim association. bac+0 obtained → not eligible. Studies finished (stopped).
    M(
        frm="Dylan Fournier <dylan.fournier@example.com>",
        subject="Candidature",
        date="19 12:40",
        body="",
        docs=(Doc("pdf", "Dylan_Fournier_CV.pdf", """Dylan Fournier
07 53 84 21 69
Formation
2024 – 2025 : 1re année de BTS Services informatiques aux organisations (non terminée)
2024 : Baccalauréat STI2D
Expérience
Depuis 2025 : technicien informatique bénévole, association d'inclusion numérique
Recherche un emploi dans l'inclusion numérique (associations, tiers-lieux)"""),),
        truth=app("Dylan", "Fournier", phone="+33753842169", bac=0, grad="2024", failing=("degree_level",), info_in="cv", status="cv_bac_plus_bts_non_fini"),
    ),
    # Body: «je suis enfin diplômée !» without a date; the stale CV says «Depuis 2025 : Master 2 (en cours)». Master obtained, date not said. to_verify (graduation).
    M(
        frm="Camille Guillon <camille.guillon@example.org>",
        subject="Candidature",
        date="19 14:05",
        body="Bonjour, je suis enfin diplômée ! Je cherche un emploi dans une association de solidarité internationale. CV joint (pas tout à fait à jour).",
        docs=(Doc("pdf", "CV_CGuillon.pdf", """Camille Guillon
06 44 92 37 15
Formation
Depuis 2025 : Master 2 Coopération internationale, Université Grenoble Alpes (en cours)
Licence Science politique
Expériences
Stage 6 mois, ONG au Bénin"""),),
        truth=app("Camille", "Guillon", phone="+33644923715", bac=5, grad=None, unknown=("graduation_recent",), info_in="both", status="body_diplomee_cv_stale_no_date"),
    ),
    # Body: one line. CV: «BTS Tourisme 2022», «Licence pro Tourisme solidaire, 2026 (formation continue)», between them 4 years as «réceptionniste (CDI)». Career change? 4 years as receptionist then LP: career change.
    M(
        frm="Sonia Mercier <sonia.mercier@example.com>",
        subject="candidature",
        date="19 15:30",
        body="Bonjour, CV en pièce jointe.",
        docs=(Doc("docx", "Sonia_Mercier.docx", """Sonia Mercier
06 32 71 94 08
| 2026 | Licence professionnelle Tourisme solidaire et développement local (formation continue, Université d'Angers) |
| 2022 – 2026 | Réceptionniste (CDI), hôtel 3 étoiles |
| 2022 | BTS Tourisme |
Objectif : chargée de projets de tourisme solidaire dans une association"""),),
        truth=app("Sonia", "Mercier", phone="+33632719408", bac=3, grad="2026", failing=("not_career_change",), info_in="cv", status="docx_4_ans_receptionniste_lp"),
    ),
    # Body: «ci-joint mon CV». CV: Master 2 2026-06, then «Stage — juillet à septembre 2026» (ended), «Depuis octobre 2026 : en recherche d'emploi». Aim absent. to_verify ESS.
    M(
        frm="Lucas Bertrand <lucas.bertrand@example.net>",
        subject="CV Lucas Bertrand",
        date="20 08:20",
        body="Bonjour, ci-joint mon CV.",
        docs=(Doc("pdf", "Lucas_Bertrand_CV.pdf", """Lucas Bertrand
07 27 46 91 35
Situation : en recherche d'emploi depuis octobre 2026
Formation : Master 2 Gestion des ressources humaines, IAE de Caen, juin 2026
Expériences
Juillet – septembre 2026 : stage RH (terminé), groupe de distribution
2025 : stage, cabinet de recrutement"""),),
        truth=app("Lucas", "Bertrand", phone="+33727469135", bac=5, grad="2026-06", unknown=("job_seeking_ess",), info_in="cv", status="cv_rh_no_aim_stage_fini"),
    ),
    # Body: English paragraph with ESS aim; CV: «Bachelor of Social Science, University of Cape Town, 2025». Eligible.
    M(
        frm="Thabo Nkosi <thabo.nkosi@example.co.za>",
        subject="Joining Pro'pulse",
        date="20 09:45",
        body="Hello,\n\nI recently moved to Lille with my partner and I'd like to work for a social enterprise or a cooperative. My CV is attached.\n\nThabo Nkosi",
        docs=(Doc("pdf", "Thabo_Nkosi_CV.pdf", """THABO NKOSI
+33 7 58 14 29 63
Education: Bachelor of Social Science (3 years), University of Cape Town — December 2025
Experience: 2024–2025 research assistant (part-time); volunteer, township youth project
Languages: English, isiZulu, French A2"""),),
        truth=app("Thabo", "Nkosi", phone="+33758142963", bac=3, grad="2025-12", language="en", info_in="both", status="en_bss_cape_town"),
    ),
    # Body: «Ci-joint». CV ODT: «BTS SIO 2025» «Depuis 2025 : alternance en licence pro (en cours) chez une coopérative». Studying.
    M(
        frm="Alexis Carré <alexis.carre@example.org>",
        subject="Ci-joint",
        date="20 11:10",
        body="Ci-joint",
        docs=(Doc("odt", "Alexis_Carre_CV.odt", """Alexis Carré
06 50 37 81 24
Depuis septembre 2025 : Licence professionnelle Administration des systèmes (en alternance, en cours), chez une coopérative d'hébergement web
2025 : BTS Services informatiques aux organisations
Projet : rester dans une coopérative du numérique"""),),
        truth=app("Alexis", "Carré", phone="+33650378124", bac=2, grad="2025", failing=("studies_finished",), info_in="cv", status="odt_lp_alternance_en_cours"),
    ),
    # Body: «Bonjour, ci-joint ma candidature» + CV + letter; letter states «je suis actuellement en poste de chargé de mission en CDD jusqu'en janvier» — CDD fine. Master 2025-09. Aim ESS. Eligible.
    M(
        frm="Benjamin Lacroix <benjamin.lacroix@example.com>",
        subject="Candidature Pro'pulse - B. Lacroix",
        date="20 12:35",
        body="Bonjour,\nci-joint ma candidature.\nBenjamin Lacroix",
        docs=(
            Doc("pdf", "CV_Benjamin_Lacroix.pdf", """Benjamin Lacroix
06 72 39 15 80
Formation : Master Économie sociale et solidaire, Université de Reims — septembre 2025
Expérience : chargé de mission (CDD jusqu'en janvier 2027), chambre régionale de l'ESS"""),
            Doc("odt", "Lettre_Lacroix.odt", """Madame, Monsieur,
Je suis actuellement chargé de mission en CDD à la chambre régionale de l'ESS, jusqu'en janvier. Je souhaite trouver un emploi durable dans une structure de l'économie sociale et solidaire.
Benjamin Lacroix""", role="letter"),
        ),
        truth=app("Benjamin", "Lacroix", phone="+33672391580", bac=5, grad="2025-09", info_in="cv", status="letter_cdd_cress"),
    ),
    # Body: Europass in French, DOCX. «Diplôme de Licence (Algérie), Université d'Alger, 2023» → 2023 old. Aim association.
    M(
        frm="Amina Belkacem <amina.belkacem@example.net>",
        subject="CV Europass",
        date="20 14:00",
        body="Bonjour, ci-joint mon CV Europass.",
        docs=(Doc("docx", "Europass_Amina_Belkacem.docx", """Europass — Curriculum vitae
Nom(s) / Prénom(s) : Belkacem Amina
Téléphone : 07 63 20 58 41
Emploi recherché : chargée d'accueil dans une association d'aide aux migrants
Éducation et formation
2020 – 2023 : Licence en sciences sociales, Université d'Alger 2 (diplôme obtenu en juin 2023)
Expérience professionnelle
2024 – 2026 : bénévole, association d'aide aux migrants (Marseille)"""),),
        truth=app("Amina", "Belkacem", phone="+33763205841", bac=3, grad="2023-06", failing=("graduation_recent",), info_in="cv", status="europass_licence_algerie_2023"),
    ),
    # Body: «Bonjour». CV: «DUT 2025» and «Depuis septembre 2025 : licence 3 — redoublement (en cours)». Studying.
    M(
        frm="Léna Vincent <lena.vincent@example.org>",
        subject="Candidature",
        date="20 15:25",
        body="Bonjour",
        docs=(Doc("pdf", "CV_Lena_Vincent.pdf", """Léna Vincent
06 13 84 27 59
Formation
Depuis septembre 2025 : Licence 3 Gestion (redoublement, en cours)
2025 : DUT Techniques de commercialisation
Objectif : un emploi dans une coopérative de consommateurs"""),),
        truth=app("Léna", "Vincent", phone="+33613842759", bac=2, grad="2025", failing=("studies_finished",), info_in="cv", status="cv_l3_redoublement"),
    ),
    # Body: short paragraph with ESS aim; letter PDF only: «Diplômé de Sciences Po Bordeaux (master) en 2026», «je viens d'achever mon service civique». Eligible.
    M(
        frm="Simon Chauvin <simon.chauvin@example.com>",
        subject="Candidature",
        date="21 08:40",
        body="Bonjour,\n\nJe souhaite trouver mon premier emploi dans une coopérative d'énergie citoyenne. Ma lettre est jointe ; mon CV suivra.\n\nSimon Chauvin\n06 90 14 73 28",
        docs=(Doc("pdf", "Lettre_Simon_Chauvin.pdf", """Simon Chauvin
Madame, Monsieur,
Diplômé de Sciences Po Bordeaux (master Politiques publiques et développement durable) en juin 2026, je viens d'achever mon service civique dans une association d'éducation à l'environnement. Je veux désormais travailler dans une coopérative d'énergie citoyenne.
Simon Chauvin""", role="letter"),),
        truth=app("Simon", "Chauvin", phone="+33690147328", bac=5, grad="2026-06", info_in="both", status="letter_only_civique_acheve"),
    ),
    # Body empty; CV DOCX, footer «CV mis à jour en 2024». Master 2 2024-09 → 26 months; old.
    M(
        frm="Élise Roche <elise.roche@example.net>",
        subject="CV Élise Roche",
        date="21 10:05",
        body="",
        docs=(Doc("docx", "Elise_Roche_CV.docx", """Élise Roche
07 21 96 43 58
Formation
Master 2 Développement social urbain, Université d'Évry — septembre 2024
Expériences
Stage de fin d'études, régie de quartier (6 mois, 2024)
Objectif : chargée de développement dans une régie de quartier""", footer="CV mis à jour en octobre 2024"),),
        truth=app("Élise", "Roche", phone="+33721964358", bac=5, grad="2024-09", failing=("graduation_recent",), info_in="cv", status="docx_footer_m2_sept_2024"),
    ),
    # Body «ci-joint mon CV». CV: «Licence Droit — 2025» + «Stage (en cours) : juriste stagiaire, Défenseur des droits, oct. 2026 – mars 2027». Current internship. Aim absent? «Projet : juriste dans une association». Not eligible.
    M(
        frm="Paul-Henri Dufour <ph.dufour@example.org>",
        subject="CV",
        date="21 11:30",
        body="Bonjour, ci-joint mon CV.",
        docs=(Doc("pdf", "Dufour_CV.pdf", """Paul-Henri Dufour
06 35 29 84 16
Stage (en cours) : juriste stagiaire, délégation territoriale, oct. 2026 – mars 2027
Formation : Licence Droit, Université de Lille, 2025
Projet : juriste dans une association d'accès aux droits"""),),
        truth=app("Paul-Henri", "Dufour", phone="+33635298416", bac=3, grad="2025", failing=("not_internship",), info_in="cv", status="cv_stage_en_cours_2027"),
    ),
    # Body: English one-liner. CV in French: «Diplôme d'ingénieur, INSA Lyon, 2025 (septembre)»; «Objectif : ingénieur dans une entreprise de l'économie sociale (SCIC énergie)». Eligible.
    M(
        frm="Victor Nguyen <victor.nguyen@example.com>",
        subject="Application",
        date="21 12:55",
        body="Hi, my CV is attached, thank you.",
        docs=(Doc("pdf", "CV_Victor_Nguyen.pdf", """Victor Nguyen
07 41 86 25 93
Objectif : ingénieur dans une SCIC d'énergie renouvelable
Formation : Diplôme d'ingénieur, INSA Lyon, génie énergétique — septembre 2025
Expériences : stage de fin d'études, bureau d'études énergie (6 mois) ; 2025-2026 : volontaire en Inde (VSI, terminé)"""),),
        truth=app("Victor", "Nguyen", phone="+33741862593", bac=5, grad="2025-09", language="en", info_in="cv", status="en_body_ingenieur_scic"),
    ),
    # Body: «je quitte mon master pour travailler»; CV: «Master 1 (en cours)», licence 2025. Leaving, not yet left: studies unknown.
    M(
        frm="Margot Lefèvre <margot.lefevre@example.net>",
        subject="Candidature",
        date="21 14:20",
        body="Bonjour,\n\nJe quitte mon master pour travailler : je cherche un emploi dans une association de lutte contre la précarité. Je joins mon CV.\n\nMargot",
        docs=(Doc("odt", "Margot_Lefevre.odt", """Margot Lefèvre
06 58 31 27 46
Master 1 Sociologie (en cours), Université de Lille
Licence Sociologie, 2025
Bénévole, épicerie solidaire"""),),
        truth=app("Margot", "Lefèvre", phone="+33658312746", bac=3, grad="2025", unknown=("studies_finished",), info_in="both", status="body_je_quitte_master"),
    ),
    # Body signature only. CV two-column: BTS Diététique 2026-07; «Stage actuel : aucun». Aim: association d'aide alimentaire. Eligible.
    M(
        frm="Manel Aissaoui <manel.aissaoui@example.com>",
        subject="candidature",
        date="21 15:45",
        body="Manel Aissaoui\n07 46 19 53 82",
        docs=(Doc("pdf2col", "CV_Manel_Aissaoui.pdf", """MANEL AISSAOUI
Diététicienne
07 46 19 53 82
manel.aissaoui@example.com""", right="""FORMATION
BTS Diététique, lycée de Saint-Denis — juillet 2026
EXPÉRIENCES
Stage 6 semaines, épicerie sociale (ateliers cuisine)
Stage 8 semaines, clinique
PROJET
Diététicienne dans une association d'aide alimentaire"""),),
        truth=app("Manel", "Aissaoui", phone="+33746195382", bac=2, grad="2026-07", info_in="both", status="two_col_bts_dietetique"),
    ),
    # Body: «je cherche un emploi dans une association» ; CV: «Licence Sciences politiques — 2021 – 2024» and «Master 1 (2024 – 2025, non validé)». Highest: licence 2024 → year only → unknown date. to_verify.
    M(
        frm="Étienne Mallet <etienne.mallet@example.org>",
        subject="Pro'pulse",
        date="22 08:30",
        body="Bonjour, je cherche un emploi dans une association, mon CV est ci-joint.",
        docs=(Doc("pdf", "Etienne_Mallet_CV.pdf", """Étienne Mallet
06 82 47 31 69
Formation
2024 – 2025 : Master 1 Science politique (non validé)
2021 – 2024 : Licence Science politique, Université de Rennes
Expérience
Depuis 2025 : employé polyvalent, cinéma associatif"""),),
        truth=app("Étienne", "Mallet", phone="+33682473169", bac=3, grad="2024", unknown=("graduation_recent",), info_in="both", status="cv_licence_2021_2024_m1_non_valide"),
    ),
    # Empty body; CV: Master 2 Économie sociale 2025, then «volontaire du Corps européen de solidarité (Espagne), jusqu'en février 2027». Not a service civique but a current volunteering abroad: as for a current VSI (contrast convention), not_service_civique unknown.
    M(
        frm="Charlotte Prévost <charlotte.prevost@example.com>",
        subject="Candidature Pro'pulse",
        date="22 09:55",
        body="",
        docs=(Doc("docx", "CV_Charlotte_Prevost.docx", """Charlotte Prévost
06 94 62 18 35
Formation
2025 : Master 2 Économie sociale, Université Gustave-Eiffel
Expérience
2025 – aujourd'hui : volontaire du Corps européen de solidarité, coopérative sociale à Valence (Espagne), jusqu'en février 2027
Objectif : un poste dans une coopérative à mon retour"""),),
        truth=app("Charlotte", "Prévost", phone="+33694621835", bac=5, grad="2025", unknown=("not_service_civique",), info_in="cv", status="docx_ces_volontaire_en_cours"),
    ),
    # Body: «Bonjour, voici mon CV». CV: «BTS Gestion de la PME en alternance — obtenu en juillet 2026», the alternance contract ended. Aim association. Eligible.
    M(
        frm="Mélissa Renaud <melissa.renaud@example.net>",
        subject="CV Mélissa Renaud",
        date="22 11:20",
        body="Bonjour, voici mon CV. Mélissa",
        docs=(Doc("pdf", "Melissa_Renaud_CV.pdf", """Mélissa Renaud
07 16 84 59 23
Formation
2024 – 2026 : BTS Gestion de la PME en alternance — obtenu en juillet 2026
Expérience
2024 – 2026 : alternante assistante de gestion, association d'aide à domicile (contrat terminé)
Objectif : assistante de gestion dans une association"""),),
        truth=app("Mélissa", "Renaud", phone="+33716845923", bac=2, grad="2026-07", info_in="cv", status="cv_bts_alternance_finie"),
    ),
    # Body: «CV et attestation de réussite jointes». CV DOCX + an «attestation de réussite» PDF (role other): Licence pro 2026-06. No aim. to_verify.
    M(
        frm="Théa Marchal <thea.marchal@example.org>",
        subject="Candidature + attestation",
        date="22 12:45",
        body="Bonjour, mon CV et mon attestation de réussite sont joints.",
        docs=(
            Doc("docx", "CV_Thea_Marchal.docx", """Théa Marchal
06 27 49 83 16
Licence professionnelle Métiers de la communication : chargée de communication, IUT de Tours
Expériences : stage, radio associative ; vendeuse, librairie"""),
            Doc("pdf", "attestation_reussite.pdf", """UNIVERSITÉ DE TOURS — IUT
ATTESTATION DE RÉUSSITE
Le directeur de l'IUT atteste que Madame Théa Marchal a obtenu la Licence professionnelle Métiers de la communication, session de juin 2026, mention Bien.
Fait à Tours, le 3 juillet 2026""", role="other"),
        ),
        truth=app("Théa", "Marchal", phone="+33627498316", bac=3, grad="2026-06", unknown=("job_seeking_ess",), info_in="cv", status="attestation_lp_2026_no_aim"),
    ),
]
