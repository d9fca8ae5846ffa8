# ruff: noqa: E501
"""Batch 2 — layouts: two-column CVs, DOCX tables and page headers, Europass sections, skills-based CVs, and
a cover letter attached as its own document (the body only «Bonjour, ci-joint ma candidature»).

The comment above each message names the facts that decide its label and the document they sit in.
"""

from docs import Doc, M, app

_JOINT = "Bonjour,\nci-joint ma candidature.\n"

MESSAGES = [
    # Cover letter + CV, body «ci-joint ma candidature». Letter: aim (coopérative d'habitat); CV two columns: Master 2 Urbanisme juin 2026. Eligible.
    M(
        frm="Margaux Chevalier <margaux.chevalier@example.org>",
        subject="Candidature Pro'pulse",
        date="09 13:10",
        body=_JOINT + "Margaux Chevalier",
        docs=(
            Doc("pdf2col", "CV_Margaux_Chevalier.pdf", """Margaux Chevalier
06 81 47 29 36
margaux.chevalier@example.org
Lyon 7e
COMPÉTENCES
Montage de projet
Concertation habitante
QGIS, AutoCAD
LANGUES
Anglais C1
Espagnol B1""", right="""FORMATION
2024 – 2026 Master 2 Urbanisme et aménagement
Université Lyon 2 — diplômée juin 2026
2021 – 2024 Licence Géographie
EXPÉRIENCES
Févr. – juil. 2026 Stage, coopérative d'habitants
2025 Enquêtrice, bailleur social (CDD 2 mois)"""),
            Doc("docx", "Lettre_motivation_Chevalier.docx", """Margaux Chevalier
Lyon, le 8 novembre 2026
Objet : candidature au programme Pro'pulse
Madame, Monsieur,
Jeune diplômée en urbanisme, je souhaite consacrer mon premier emploi à l'habitat participatif, au sein d'une coopérative d'habitants ou d'une association d'accompagnement de projets d'habitat groupé. Mon stage de fin d'études m'a convaincue que c'est dans l'économie sociale que je veux travailler.
Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.
Margaux Chevalier""", role="letter"),
        ),
        truth=app("Margaux", "Chevalier", phone="+33681472936", bac=5, grad="2026-06", info_in="cv", status="letter_aim_two_col_cv"),
    ),
    # Two-column PDF drawn row by row (table template). BUT GEA 2025; objective in left column: «gestionnaire paie dans une association». Eligible.
    M(
        frm="Enzo Ferreira <enzo.ferreira@example.com>",
        subject="CV",
        date="09 14:35",
        body="Bonjour, voici mon CV. Enzo",
        docs=(Doc("pdf2col", "CV_Enzo_Ferreira.pdf", """ENZO FERREIRA
07 52 63 18 40
enzo.ferreira@example.com
OBJECTIF
Gestionnaire paie dans
une association
ATOUTS
Rigueur, Silae, Excel""", right="""PARCOURS
2022 – 2025 BUT Gestion des entreprises et des administrations
IUT de Tours — obtenu en juin 2025
2025 – 2026 Assistant paie (CDD 10 mois), cabinet d'expertise comptable
2024 Stage 10 semaines, service RH d'une mutuelle""", row_by_row=True),),
        truth=app("Enzo", "Ferreira", phone="+33752631840", bac=3, grad="2025-06", info_in="cv", status="two_col_row_by_row_but"),
    ),
    # DOCX table CV (dates | what). Name in the page header only. Licence pro Animation sociale 2026; aim centre social. Eligible.
    M(
        frm="Anaïs Robin <anais.robin@example.net>",
        subject="candidature",
        date="10 08:20",
        body="",
        docs=(Doc("docx", "cv.docx", """CURRICULUM VITAE
Formation
| 2025 – 2026 | Licence professionnelle Intervention sociale : animation sociale et socioculturelle, IUT de Béthune (obtenue en juin 2026) |
| 2023 – 2025 | BTS Économie sociale familiale |
Expériences
| Janv. – mai 2026 | Stage, centre social associatif de Lens |
| Depuis 2022 | Animatrice BAFA en colonies de vacances (étés) |
Projet
Animatrice coordinatrice dans un centre social ou une association d'éducation populaire""", header="""Anaïs Robin — 06 27 84 51 93 — anais.robin@example.net"""),),
        truth=app("Anaïs", "Robin", phone="+33627845193", bac=3, grad="2026-06", info_in="cv", status="docx_table_name_in_header"),
    ),
    # Europass-style PDF. Laurea triennale (Italy) 2025 → bac+3; «Work experience: Service civique — 10/2025 – present». Current service civique.
    M(
        frm="Giulia Ferri <giulia.ferri@example.it>",
        subject="Candidatura / Candidature",
        date="10 09:45",
        body="Bonjour, je vous envoie mon CV Europass. Cordialement, Giulia Ferri",
        docs=(Doc("pdf", "Europass_CV_Ferri.pdf", """Europass Curriculum Vitae
INFORMATIONS PERSONNELLES
Giulia Ferri
Téléphone : +39 347 215 8834
Courriel : giulia.ferri@example.it
EXPÉRIENCE PROFESSIONNELLE
10/2025 – présent
Volontaire en service civique, association d'accueil de réfugiés, Marseille (France)
ÉDUCATION ET FORMATION
09/2022 – 07/2025
Laurea triennale in Scienze politiche (Licence, niveau CEC 6), Università di Bologna
COMPÉTENCES PERSONNELLES
Langue maternelle : italien — Autres langues : français B2, anglais C1
Objectif : un emploi dans une association d'aide aux personnes exilées"""),),
        truth=app("Giulia", "Ferri", phone="+393472158834", bac=3, grad="2025-07", failing=("not_service_civique",), info_in="cv", status="europass_laurea_civique_present"),
    ),
    # Skills-based CV (no dates on diplomas, only «Diplômes : BTS, licence»). Body: «diplômée en 2025». Aim in CV: association. Licence (year from body 2025).
    M(
        frm="Pauline Mercier <pauline.mercier@example.com>",
        subject="Ma candidature",
        date="10 11:15",
        body="Bonjour,\nDiplômée en 2025, je vous envoie mon CV.\nPauline",
        docs=(Doc("pdf", "CV_competences_Pauline_Mercier.pdf", """Pauline Mercier
06 45 12 97 38 — pauline.mercier@example.com
CE QUE JE SAIS FAIRE
Animer : ateliers d'écriture pour enfants et adultes, réunions de bénévoles
Organiser : un festival de quartier (800 visiteurs), des collectes solidaires
Communiquer : newsletter, réseaux sociaux, affiches
DIPLÔMES
Licence Lettres modernes — BTS Communication
CE QUE JE CHERCHE
Un poste de chargée de projets culturels dans une association"""),),
        truth=app("Pauline", "Mercier", phone="+33645129738", bac=3, grad="2025", info_in="both", status="skills_cv_year_in_body"),
    ),
    # Cover letter ODT + CV PDF. The letter says «je termine actuellement mon stage de fin d'études (jusqu'au 19 décembre)» while the CV says Master 2 «2025 – 2026». Current internship.
    M(
        frm="Thomas Lemaire <thomas.lemaire@example.org>",
        subject="Candidature programme Pro'pulse",
        date="10 13:40",
        body=_JOINT + "Bien cordialement,\nThomas Lemaire",
        docs=(
            Doc("pdf", "CV_Thomas_Lemaire.pdf", """Thomas Lemaire
07 36 29 48 15 · Montpellier
FORMATION
2025 – 2026 : Master 2 Économie sociale et solidaire, Université Paul-Valéry Montpellier 3
2024 : Master 1
2023 : Licence Économie
EXPÉRIENCES
Depuis juin 2026 : stage de fin d'études, chargé de développement, coopérative d'activité et d'emploi
2024 : stage, épicerie solidaire"""),
            Doc("odt", "Lettre de motivation - Thomas Lemaire.odt", """Thomas Lemaire
Objet : candidature Pro'pulse
Madame, Monsieur,
Je termine actuellement mon stage de fin d'études dans une coopérative d'activité et d'emploi (jusqu'au 19 décembre) et je validerai alors mon master. Je souhaite ensuite trouver un emploi de chargé de développement dans une coopérative.
Thomas Lemaire""", role="letter"),
        ),
        truth=app("Thomas", "Lemaire", phone="+33736294815", bac=4, grad="2024", failing=("studies_finished", "not_internship"), unknown=("graduation_recent",), info_in="cv", status="letter_stage_en_cours_until_dec"),
    ),
    # English résumé in two columns + English body. Bachelor of Arts (USA) 2024 May → 30 months: old. Aim non-profit.
    M(
        frm="Jordan Miller <jordan.miller@example.com>",
        subject="Resume - Jordan Miller",
        date="10 15:05",
        body="Hello! Attached is my resume. I'm looking to work for a non-profit in France.\nJordan",
        docs=(Doc("pdf2col", "Jordan_Miller_Resume.pdf", """JORDAN MILLER
+33 7 68 40 21 59
jordan.miller@example.com
SKILLS
Grant writing
Event planning
French B2""", right="""EDUCATION
Bachelor of Arts, Sociology
University of Michigan — May 2024
EXPERIENCE
Jun 2024 – Aug 2026 English teaching assistant, lycée in Nancy
2023 Intern, community food bank (Ann Arbor)"""),),
        truth=app("Jordan", "Miller", phone="+33768402159", bac=3, grad="2024-05", failing=("graduation_recent",), language="en", info_in="cv", status="en_two_col_ba_may_2024"),
    ),
    # DOCX with tables and a footer holding the contact line. Master 1 Droit 2026-06; CV says «M2 : non poursuivi». Aim: association d'accès au droit. Eligible.
    M(
        frm="Sofia Benoit <sofia.benoit@example.net>",
        subject="Pro'pulse — candidature Sofia Benoit",
        date="11 08:30",
        body="Bonjour,\nmon CV en pièce jointe.\nSofia",
        docs=(Doc("docx", "Sofia_Benoit_CV.docx", """Sofia Benoit
Juriste junior — accès au droit
| Formation | |
| 2025 – 2026 | Master 1 Droit des personnes vulnérables, Université de Bordeaux — validé en juin 2026 (M2 non poursuivi) |
| 2022 – 2025 | Licence Droit |
| Expériences | |
| 2026 | Stage 2 mois, point d'accès au droit associatif |
| 2024 – 2026 | Caissière (week-ends), supermarché |
Je souhaite travailler dans une association d'accès au droit ou d'aide aux victimes.""", footer="sofia.benoit@example.net · 06 93 27 40 18 · Bordeaux"),),
        truth=app("Sofia", "Benoit", phone="+33693274018", bac=4, grad="2026-06", info_in="cv", status="docx_table_footer_contact"),
    ),
    # Cover letter only (no CV), body «ci-joint ma candidature». Letter: BTS Gestion PME 2025, looking for a job in a SCOP. Eligible.
    M(
        frm="Dylan Perret <dylan.perret@example.com>",
        subject="Candidature",
        date="11 09:50",
        body=_JOINT + "Dylan",
        docs=(Doc("pdf", "lettre_motivation_dylan_perret.pdf", """Dylan Perret
07 44 81 26 93
dylan.perret@example.com
Grenoble, le 10 novembre 2026
Objet : candidature au programme Pro'pulse
Madame, Monsieur,
Titulaire d'un BTS Gestion de la PME obtenu en juin 2025, je cherche un premier emploi d'assistant de gestion dans une SCOP ou une coopérative d'activité. J'ai découvert le modèle coopératif pendant mon stage dans une SCOP du bâtiment et je veux y travailler.
Depuis mon diplôme, j'ai travaillé en intérim (manutention) ; je suis aujourd'hui disponible à temps plein.
Je vous remercie de l'attention portée à ma candidature.
Dylan Perret""", role="letter"),),
        truth=app("Dylan", "Perret", phone="+33744812693", bac=2, grad="2025-06", info_in="cv", status="letter_only_bts_scop"),
    ),
    # Two-column PDF: «Recherche une alternance, Master ESS, à partir de janvier 2027», admitted to that master. Licence 2026-06. She seeks a training contract to go on studying: studies not finished (the programme is for a first job after them).
    M(
        frm="Lou Garcia <lou.garcia@example.org>",
        subject="CV Lou Garcia",
        date="11 11:10",
        body="",
        docs=(Doc("pdf2col", "Lou_Garcia_CV_alternance.pdf", """LOU GARCIA
RECHERCHE UNE ALTERNANCE
Master ESS — rythme 3 sem / 1 sem
à partir de janvier 2027
06 35 70 12 84
lou.garcia@example.org""", right="""FORMATION
2023 – 2026 Licence Économie-gestion, Université de Pau — obtenue juin 2026
Admise en Master Économie sociale et solidaire en alternance (rentrée janvier 2027)
EXPÉRIENCES
2025 Stage, coopérative bio (2 mois)
Bénévole, Emmaüs"""),),
        truth=app("Lou", "Garcia", phone="+33635701284", bac=3, grad="2026-06", failing=("studies_finished",), info_in="cv", status="two_col_seeks_alternance"),
    ),
    # Body English; cover letter + résumé in English. MA (Master's) Human Rights, University of Essex, October 2025 → bac+5. Aim: refugee NGO. Eligible.
    M(
        frm="Daniel Okafor <daniel.okafor@example.com>",
        subject="Application to Pro'pulse",
        date="11 12:40",
        body="Dear Pro'pulse team,\n\nPlease find attached my cover letter and my CV.\n\nYours sincerely,\nDaniel Okafor",
        docs=(
            Doc("docx", "Okafor_Resume.docx", """Daniel Okafor
+33 7 81 94 26 37 | daniel.okafor@example.com | Paris
EDUCATION
MA Human Rights, University of Essex — October 2025
LLB Law, University of Lagos — 2022
EXPERIENCE
2025–2026 Caseworker (volunteer), legal aid association for asylum seekers, Paris
2022–2023 Paralegal, law firm, Lagos"""),
            Doc("docx", "Okafor_Cover_Letter.docx", """Dear Sir or Madam,
I am writing to apply to Pro'pulse. Since completing my MA in October 2025 I have volunteered with a legal aid association in Paris, and I am now looking for a paid position in a French NGO supporting refugees and asylum seekers.
Yours faithfully,
Daniel Okafor""", role="letter"),
        ),
        truth=app("Daniel", "Okafor", phone="+33781942637", bac=5, grad="2025-10", language="en", info_in="cv", status="en_letter_and_resume_ma"),
    ),
    # DOCX table CV (year | diploma | school); BTS 2021 then CDI 2021–2026 as «technicien de maintenance»; licence pro QHSE in evening classes 2026; aim «association de réemploi». Career change? 5 years in a trade after BTS. Career change.
    M(
        frm="Mehdi Saidi <mehdi.saidi@example.net>",
        subject="Candidature",
        date="11 14:20",
        body="Bonjour, vous trouverez mon CV. Mehdi Saidi 06 54 82 19 63",
        docs=(Doc("docx", "CV-Mehdi-Saidi.docx", """Mehdi Saidi
| Année | Diplôme | Établissement |
| 2026 | Licence professionnelle QHSE (cours du soir) | CNAM Lille |
| 2021 | BTS Maintenance des systèmes | Lycée Baggio |
Expérience
| 2021 – 2026 | Technicien de maintenance, CDI, usine agroalimentaire (5 ans) |
Projet : me reconvertir dans une association de réemploi et de réparation"""),),
        truth=app("Mehdi", "Saidi", phone="+33654821963", bac=3, grad="2026", failing=("not_career_change",), info_in="cv", status="docx_table_5_ans_technicien"),
    ),
    # Two-column PDF, dates in the left column aligned with the right («2024-2025»). Master 2 2025, aim «fondation». Foundation = ESS. Eligible.
    M(
        frm="Alice Dumont <alice.dumont@example.com>",
        subject="Candidature Alice Dumont",
        date="11 16:00",
        body="Bonjour,\nJe vous joins mon CV.\nAlice Dumont",
        docs=(Doc("pdf2col", "Dumont_Alice.pdf", """2024-2025
2023-2024
2020-2023
2025-2026
2025
Contact
06 19 52 84 70""", right="""Master 2 Mécénat et philanthropie, Université Paris Dauphine
Master 1 Management des organisations
Licence Gestion
Chargée de collecte de fonds (CDD), association de recherche médicale
Stage, fondation d'entreprise
Objectif : chargée de mécénat dans une fondation ou une association""", row_by_row=True),),
        truth=app("Alice", "Dumont", phone="+33619528470", bac=5, grad="2025", info_in="cv", status="two_col_dates_left_master_2025"),
    ),
    # Cover letter in the body of the PDF's page 2 (CV on page 1). Body empty. BTS ESF 2024 (juin) → 29 months. Old. Aim association.
    M(
        frm="Aurélie Giraud <aurelie.giraud@example.org>",
        subject="Candidature Pro'pulse - Aurélie Giraud",
        date="12 08:45",
        body="",
        docs=(Doc("pdf", "Giraud_CV_et_lettre.pdf", """Aurélie Giraud
06 80 26 14 59 · aurelie.giraud@example.org
FORMATION
Juin 2024 : BTS Économie sociale familiale, lycée de Chambéry
EXPÉRIENCES
Sept. 2024 – août 2026 : agent d'accueil, CAF (CDD successifs)
---page---
Madame, Monsieur,
Diplômée d'un BTS ESF, j'ai travaillé deux ans à l'accueil d'une CAF. Je souhaite désormais rejoindre une association d'accompagnement des familles.
Aurélie Giraud"""),),
        truth=app("Aurélie", "Giraud", phone="+33680261459", bac=2, grad="2024-06", failing=("graduation_recent",), info_in="cv", status="pdf_two_pages_bts_juin_2024"),
    ),
    # Europass DOCX. Moroccan licence fondamentale 2025 (Université Hassan II) — bac+3. Aim «association de développement». Eligible.
    M(
        frm="Youssef El Amrani <youssef.elamrani@example.com>",
        subject="Candidature",
        date="12 10:05",
        body="Bonjour Madame, Monsieur,\nJe vous prie de trouver ci-joint mon CV.\nCordialement",
        docs=(Doc("docx", "CV_Europass_Youssef_El_Amrani.docx", """Curriculum vitae Europass
Informations personnelles
Nom : El Amrani
Prénom : Youssef
Téléphone : 07 53 64 28 91
Adresse électronique : youssef.elamrani@example.com
Emploi recherché : chargé de projet dans une association de développement local ou d'économie solidaire
Éducation et formation
2022 – 2025 : Licence fondamentale en économie et gestion, Université Hassan II de Casablanca (diplôme obtenu en juillet 2025)
Expérience professionnelle
2025 – 2026 : assistant de projet bénévole, association de microcrédit (Casablanca)"""),),
        truth=app("Youssef", "El Amrani", phone="+33753642891", bac=3, grad="2025-07", info_in="cv", status="europass_licence_maroc"),
    ),
    # Cover letter only, docx, body «ci-joint ma candidature». The letter: «je suis titulaire d'un bac+2» without naming the diploma or a date; aim association. Graduation unknown.
    M(
        frm="Inès Caron <ines.caron@example.net>",
        subject="Candidature Pro'pulse",
        date="12 11:30",
        body=_JOINT + "Inès Caron",
        docs=(Doc("docx", "Lettre de motivation.docx", """Inès Caron
06 40 18 92 75
Madame, Monsieur,
Titulaire d'un bac+2 dans le secteur social, je souhaite mettre mes compétences au service d'une association d'aide à domicile. Je suis disponible immédiatement.
Dans l'attente de votre retour, je vous prie d'agréer mes salutations respectueuses.
Inès Caron""", role="letter"),),
        truth=app("Inès", "Caron", phone="+33640189275", bac=2, grad=None, unknown=("graduation_recent",), info_in="cv", status="letter_only_bac2_no_date"),
    ),
    # DOCX with header «CV — Mise à jour septembre 2026». Master 2 ESS «en cours (2026 – 2027)», licence 2025. Body: «je suis disponible à mi-temps». Studies in progress.
    M(
        frm="Gabriel Rey <gabriel.rey@example.com>",
        subject="candidature Pro'pulse",
        date="12 13:00",
        body="Bonjour, je suis disponible à mi-temps dès maintenant, mon CV est joint. Gabriel",
        docs=(Doc("docx", "Gabriel_Rey_CV_sept2026.docx", """Gabriel Rey
07 29 84 51 06 · gabriel.rey@example.com
Formation
| 2026 – 2027 | Master 2 Économie sociale et solidaire, Université de Grenoble (en cours) |
| 2025 – 2026 | Master 1, même parcours |
| 2025 | Licence Économie |
Expériences
| Été 2026 | Animateur, coopérative jeunesse de services |
Projet : emploi dans une coopérative""", header="CV — mise à jour septembre 2026"),),
        truth=app("Gabriel", "Rey", phone="+33729845106", bac=4, grad="2026", failing=("studies_finished",), info_in="cv", status="docx_m2_en_cours_header_date"),
    ),
    # Skills-based ODT CV with «Diplômes : Licence Sciences sanitaires et sociales (2025)»; aim: association de prévention santé. Body is a short paragraph. Eligible.
    M(
        frm="Nina Moreau <nina.moreau@example.org>",
        subject="Pro'pulse",
        date="12 14:45",
        body="Bonjour,\n\nJe souhaite rejoindre Pro'pulse pour trouver mon premier emploi dans la prévention santé. Mon CV est en pièce jointe.\n\nNina Moreau",
        docs=(Doc("odt", "Nina_Moreau_CV_competences.odt", """Nina Moreau — 06 71 30 58 24
Compétences
Animer des actions de prévention (addictions, vie affective) auprès de lycéens
Concevoir des supports de sensibilisation
Travailler avec des partenaires (infirmières scolaires, missions locales)
Diplômes
Licence Sciences sanitaires et sociales, Université de Bretagne Occidentale (2025)
Bac ST2S (2022)
Objectif : chargée de prévention dans une association de santé"""),),
        truth=app("Nina", "Moreau", phone="+33671305824", bac=3, grad="2025", info_in="both", status="odt_skills_licence_2025"),
    ),
    # Two-column PDF; left column shows «Service civique (en cours)»; right: BUT Carrières juridiques juin 2026. Current service civique.
    M(
        frm="Ilyes Mansouri <ilyes.mansouri@example.net>",
        subject="Candidature Ilyes Mansouri",
        date="12 16:10",
        body="Bonjour, mon CV en PJ. Bonne journée",
        docs=(Doc("pdf2col", "CV_Ilyes.pdf", """ILYES MANSOURI
06 28 47 15 93
ilyes.mansouri@example.net
SITUATION ACTUELLE
Service civique (en cours)
Maison de la justice
et du droit — médiation""", right="""FORMATION
BUT Carrières juridiques, IUT de Roubaix — juin 2026
Bac STMG — 2023
EXPÉRIENCES
Stage 12 semaines, association d'aide aux victimes (2026)
PROJET
Médiateur dans une association d'accès au droit"""),),
        truth=app("Ilyes", "Mansouri", phone="+33628471593", bac=3, grad="2026-06", failing=("not_service_civique",), info_in="cv", status="two_col_civique_en_cours"),
    ),
    # Cover letter PDF + CV DOCX; body empty. CV: Licence pro 2026-07; letter: «Après sept ans comme aide-soignante, j'ai repris mes études…». Career change shown only in the letter.
    M(
        frm="Sandrine Lebon <sandrine.lebon@example.com>",
        subject="Candidature Pro'pulse",
        date="13 08:10",
        body="",
        docs=(
            Doc("docx", "CV_Sandrine_Lebon.docx", """Sandrine Lebon
06 36 21 74 90
Formation
Juillet 2026 : Licence professionnelle Coordination de l'aide à domicile, Université d'Évry
Expérience
Aide-soignante, centre hospitalier
Projet : coordinatrice dans une association d'aide à domicile"""),
            Doc("pdf", "Lettre_Sandrine_Lebon.pdf", """Madame, Monsieur,
Après sept ans comme aide-soignante à l'hôpital, j'ai repris mes études pour changer de métier. Diplômée en juillet, je souhaite coordonner des interventions à domicile dans une association.
Sandrine Lebon""", role="letter"),
        ),
        truth=app("Sandrine", "Lebon", phone="+33636217490", bac=3, grad="2026-07", failing=("not_career_change",), info_in="cv", status="letter_7_ans_aide_soignante"),
    ),
    # English résumé, English body; «BSc Environmental Science, expected June 2027»; no other diploma than A-levels. Studying; level «*».
    M(
        frm="Emily Clarke <emily.clarke@example.co.uk>",
        subject="Pro'pulse",
        date="13 09:30",
        body="Hi there, I'm interested in Pro'pulse. CV attached. Emily",
        docs=(Doc("pdf", "Emily_Clarke_CV.pdf", """Emily Clarke
+44 7700 900 613 · emily.clarke@example.co.uk
Education
BSc Environmental Science, University of Bristol — expected June 2027 (final year, currently on Erasmus in Montpellier)
A-levels (2023)
Experience
Summer 2026: volunteer, coastal clean-up charity
Aim: a job with an environmental non-profit after graduation"""),),
        truth=app("Emily", "Clarke", phone="+447700900613", bac="*", grad=None, failing=("studies_finished",), language="en", info_in="cv", status="en_bsc_expected_2027"),
    ),
    # Body: «Bonjour, ci-joint ma candidature» + cover letter ODT + CV PDF. CV: DUT 2024 (juillet) → 28 months old; licence pro 2025 (sept) → recent. Highest: LP 2025-09. Aim: letter «entreprise d'insertion». Eligible.
    M(
        frm="Kenza Amrani <kenza.amrani@example.org>",
        subject="Candidature - Kenza Amrani",
        date="13 10:55",
        body=_JOINT + "Kenza Amrani",
        docs=(
            Doc("pdf", "CV_Kenza_Amrani.pdf", """Kenza Amrani
07 85 13 69 42
Formation
Septembre 2025 : Licence professionnelle Logistique durable, IUT de Villeurbanne
Juillet 2024 : DUT Gestion logistique et transport
Expériences
2025 – 2026 : préparatrice de commandes (intérim)
2025 : stage, recyclerie"""),
            Doc("odt", "Lettre_Kenza_Amrani.odt", """Madame, Monsieur,
Je souhaite mettre ma formation en logistique au service d'une entreprise d'insertion ou d'une recyclerie, où j'ai effectué mon stage de licence professionnelle.
Kenza Amrani""", role="letter"),
        ),
        truth=app("Kenza", "Amrani", phone="+33785136942", bac=3, grad="2025-09", info_in="cv", status="letter_aim_lp_2025"),
    ),
    # DOCX table with «(actuellement)» on an internship line; Master 2 2026-09; body «Je cherche un emploi dans l'ESS». Current internship.
    M(
        frm="Hugo Barre <hugo.barre@example.com>",
        subject="Candidature Hugo Barre",
        date="13 12:20",
        body="Bonjour, je cherche un emploi dans l'ESS, voici mon CV. Hugo Barre",
        docs=(Doc("docx", "CV_Hugo_Barre.docx", """Hugo Barre — 06 95 30 21 47
| Expérience | |
| Octobre 2026 – mars 2027 | Stagiaire chargé de communication, fédération de coopératives (actuellement) |
| 2025 | Stage, mutuelle étudiante |
| Formation | |
| Septembre 2026 | Master 2 Communication des organisations, Université de Lille |
| 2024 | Licence Information-communication |"""),),
        truth=app("Hugo", "Barre", phone="+33695302147", bac=5, grad="2026-09", failing=("not_internship",), info_in="both", status="docx_table_stage_actuellement"),
    ),
    # Two-column PDF English/French mix; Master's «Licenciatura» (Portugal) 2025 — Portuguese licenciatura = 3 years → bac+3. Aim association. Eligible.
    M(
        frm="Beatriz Almeida <beatriz.almeida@example.pt>",
        subject="Candidature",
        date="13 14:00",
        body="Bonjour, ci-joint mon CV. Merci, Beatriz",
        docs=(Doc("pdf2col", "CV_Beatriz_Almeida.pdf", """BEATRIZ ALMEIDA
07 66 31 85 20
beatriz.almeida@example.pt
Langues
Portugais, français C1,
anglais B2""", right="""FORMATION
Licenciatura em Serviço Social (licence en 3 ans), Universidade de Coimbra — juillet 2025
EXPÉRIENCES
2025 – 2026 Intervenante sociale (CDD), association de quartier, Toulouse
PROJET
Travailleuse sociale dans une association d'accueil des familles"""),),
        truth=app("Beatriz", "Almeida", phone="+33766318520", bac=3, grad="2025-07", info_in="cv", status="two_col_licenciatura"),
    ),
    # Letter only, ODT, body empty. The letter: «diplômé d'un master en 2019», 6 years as «chargé de clientèle bancaire», wants a career change to ESS. Old + career change.
    M(
        frm="Christophe Vasseur <christophe.vasseur@example.net>",
        subject="Candidature spontanée",
        date="13 15:30",
        body="",
        docs=(Doc("odt", "Lettre_candidature_CVasseur.odt", """Christophe Vasseur
06 11 84 39 27
Madame, Monsieur,
Diplômé d'un master de finance en 2019, j'ai été chargé de clientèle dans une banque pendant six ans. Je souhaite aujourd'hui me reconvertir dans l'économie sociale et solidaire, par exemple dans la finance solidaire.
Christophe Vasseur""", role="letter"),),
        truth=app("Christophe", "Vasseur", phone="+33611843927", bac=5, grad="2019", failing=("graduation_recent", "not_career_change"), info_in="cv", status="letter_only_banker_2019"),
    ),
    # DOCX with name + contact in the header, table of diplomas; DE Éducateur spécialisé 2026-06 (bac+3). Aim: MECS associative. Eligible.
    M(
        frm="Lina Benhamou <lina.benhamou@example.com>",
        subject="CV",
        date="14 08:40",
        body="Bonjour, je vous transmets mon CV.",
        docs=(Doc("docx", "CV.docx", """Diplômes
| Juin 2026 | Diplôme d'État d'éducateur spécialisé (grade licence), IRTS Paris |
| 2023 | Bac général |
Stages
| 2025 – 2026 | Maison d'enfants à caractère social (associative), 9 mois |
| 2024 | Institut médico-éducatif, 4 mois |
Objectif : éducatrice dans une association de protection de l'enfance""", header="Lina BENHAMOU\n07 40 25 93 16 — lina.benhamou@example.com"),),
        truth=app("Lina", "Benhamou", phone="+33740259316", bac=3, grad="2026-06", info_in="cv", status="docx_header_de_es"),
    ),
    # PDF reverse-chronological with «2024 – 2025» under a master line, and «Depuis mars 2025 — chargé de mission (CDI)» at an association: he already has a permanent ESS job. Employed in a CDI → ask (not_career_change unknown).
    M(
        frm="Quentin Faure <quentin.faure@example.org>",
        subject="Candidature",
        date="14 10:10",
        body="Bonjour, je souhaite candidater, CV joint. Quentin",
        docs=(Doc("pdf", "Faure_Quentin.pdf", """QUENTIN FAURE
06 59 14 72 83
EXPÉRIENCE
Depuis mars 2025 — Chargé de mission (CDI), association de développement de l'agriculture paysanne
FORMATION
2024 – 2025 — Master 2 Développement rural, Université Toulouse Jean-Jaurès
OBJECTIF
Évoluer vers la coordination dans une structure de l'ESS"""),),
        truth=app("Quentin", "Faure", phone="+33659147283", bac=5, grad="2025", unknown=("not_career_change",), info_in="cv", status="cv_cdi_depuis_mars_2025"),
    ),
    # Cover letter in English, CV French. Licence Sciences politiques 2025-06; letter: aim «cooperative bank»? Cooperative bank is ESS. Eligible.
    M(
        frm="Marie Lemoine <marie.lemoine@example.com>",
        subject="Application",
        date="14 11:40",
        body="Hi, attached: CV + cover letter. Marie",
        docs=(
            Doc("pdf", "CV_Marie_Lemoine.pdf", """Marie Lemoine
06 24 90 57 31
Formation : Licence Science politique, Université de Rennes, juin 2025
Expériences : assistante de communication (CDD 6 mois), 2025-2026 ; bénévole, festival"""),
            Doc("docx", "Cover_letter_Lemoine.docx", """Dear Sir or Madam,
I would like to join Pro'pulse to find my first job in a cooperative bank or in solidarity finance.
Marie Lemoine""", role="letter"),
        ),
        truth=app("Marie", "Lemoine", phone="+33624905731", bac=3, grad="2025-06", language="en", info_in="cv", status="en_letter_coop_bank"),
    ),
    # Two-column PDF drawn row by row: BTS Design graphique 2025, a first year of licence abandoned in 2023; aim: association or cultural cooperative. Eligible.
    M(
        frm="Lola Brun <lola.brun@example.net>",
        subject="Candidature graphisme",
        date="14 13:15",
        body="",
        docs=(Doc("pdf2col", "LolaBrun_CV.pdf", """LOLA BRUN
Graphiste
06 82 71 34 05
lola.brun@example.net
Logiciels
InDesign, Illustrator""", right="""FORMATION
2023 – 2025 BTS Design graphique, lycée de Nancy (obtenu)
2022 – 2023 Licence 1 Arts plastiques (abandonnée)
EXPÉRIENCES
2025 – 2026 Graphiste bénévole, atelier associatif de sérigraphie
RECHERCHE
Poste de graphiste dans une association ou une coopérative culturelle""", row_by_row=True),),
        truth=app("Lola", "Brun", phone="+33682713405", bac=2, grad="2025", info_in="cv", status="two_col_bts_design_2025"),
    ),
    # Europass PDF in English: Chilean licenciatura in social work, 12/2024, stated «recognised as bac+4 (ENIC-NARIC)»: labelled 4 (the writer states the French level). 23 months: recent. Aim non-profit. Eligible.
    M(
        frm="Camila Rojas <camila.rojas@example.cl>",
        subject="Pro'pulse application",
        date="14 14:50",
        body="Hello, please find my Europass CV attached. Thank you, Camila Rojas",
        docs=(Doc("pdf", "Europass-CV-Rojas-EN.pdf", """Europass Curriculum Vitae
PERSONAL INFORMATION
Camila Rojas
+33 7 59 26 81 40 | camila.rojas@example.cl
JOB APPLIED FOR
Social worker in a French non-profit organisation
EDUCATION AND TRAINING
03/2020 – 12/2024 Bachelor's degree in Social Work (Licenciatura en Trabajo Social), Universidad de Chile — recognised as bac+4 (ENIC-NARIC attestation, 2025)
WORK EXPERIENCE
2025 – present Au pair, Paris (part-time)"""),),
        truth=app("Camila", "Rojas", phone="+33759268140", bac=4, grad="2024-12", language="en", info_in="cv", status="europass_chile_bac4"),
    ),
    # DOCX, header holds «Apprentie (en cours)». Table: «2025 – 2027 BTS Gestion de la PME en apprentissage». Studying (apprentissage). Highest: bac 2025. Not eligible (level, studies).
    M(
        frm="Zoé Hamel <zoe.hamel@example.org>",
        subject="Pro'pulse",
        date="14 16:20",
        body="Bonjour, pouvez-vous me dire si je peux participer ? Mon CV est joint.",
        docs=(Doc("docx", "Zoe_Hamel_CV.docx", """Formation
| 2025 – 2027 | BTS Gestion de la PME, en apprentissage, CFA de Caen |
| 2025 | Bac STMG |
Expérience
| Depuis septembre 2025 | Apprentie assistante de gestion, SCOP de menuiserie |""", header="Zoé Hamel · 06 57 29 13 48 · Apprentie (en cours)"),),
        truth=app("Zoé", "Hamel", phone="+33657291348", bac=0, grad="2025", failing=("degree_level", "studies_finished"), unknown=("job_seeking_ess",), info_in="cv", status="docx_apprentie_bts"),
    ),
    # Cover letter + CV, both PDF; body one line. The letter fixes the aim «association de défense de l'environnement»; CV: Master 2 Droit de l'environnement, juin 2026; a 2023 «stage» line. Eligible.
    M(
        frm="Arthur Picard <arthur.picard@example.com>",
        subject="Candidature - Arthur Picard",
        date="15 09:00",
        body="Bonjour, ci-joint ma candidature (CV et lettre de motivation). Arthur Picard",
        docs=(
            Doc("pdf", "Picard_CV.pdf", """Arthur Picard
06 47 59 21 36 · arthur.picard@example.com
Formation
2024 – 2026 : Master Droit de l'environnement, Université de Strasbourg (juin 2026)
2021 – 2024 : Licence Droit
Expériences
2023 : stage de 2 mois, cabinet d'avocats
2025 : stage de 4 mois, association juridique environnementale"""),
            Doc("pdf", "Picard_Lettre.pdf", """Strasbourg, le 14 novembre 2026
Madame, Monsieur,
Je souhaite travailler comme juriste dans une association de défense de l'environnement. Mon stage m'a montré le rôle du contentieux associatif, et je voudrais y consacrer mon premier emploi.
Arthur Picard""", role="letter"),
        ),
        truth=app("Arthur", "Picard", phone="+33647592136", bac=5, grad="2026-06", info_in="cv", status="letter_and_cv_pdf_env"),
    ),
    # ODT CV with «(actuellement)» on a job line: «Accompagnante éducative, CDD jusqu'en décembre 2026 (actuellement)» — a fixed-term job. DE assistant de service social 2025-07. Aim association. Eligible.
    M(
        frm="Rose Tessier <rose.tessier@example.net>",
        subject="candidature Rose Tessier",
        date="15 10:25",
        body="Bonjour,\nje vous envoie mon CV.\nRose Tessier\n07 31 48 62 90",
        docs=(Doc("odt", "CV_Rose_Tessier.odt", """Rose Tessier
Assistante de service social
Expérience
Accompagnante éducative, CDD jusqu'en décembre 2026 (actuellement), foyer de jeunes travailleurs
Formation
2022 – 2025 : Diplôme d'État d'assistant de service social, IRTS de Lorraine (obtenu en juillet 2025)
Recherche : assistante sociale dans une association d'hébergement"""),),
        truth=app("Rose", "Tessier", phone="+33731486290", bac=3, grad="2025-07", info_in="both", status="odt_cdd_actuellement_deass"),
    ),
    # English body, French two-column CV, aim absent; Master 2 Marketing 2026; ESS aim unknown.
    M(
        frm="Léo Marin <leo.marin@example.com>",
        subject="Hello",
        date="15 11:55",
        body="Hi, here is my CV for your programme. Léo",
        docs=(Doc("pdf2col", "CV_Leo_Marin.pdf", """LÉO MARIN
06 22 81 47 95
leo.marin@example.com
Marketing digital
SEO, Google Ads""", right="""FORMATION
Master 2 Marketing digital, IAE de Nantes, septembre 2026
Licence Gestion, 2024
EXPÉRIENCES
2026 Stage marketing, start-up e-commerce (6 mois)
2025 Stage, agence de publicité"""),),
        truth=app("Léo", "Marin", phone="+33622814795", bac=5, grad="2026-09", unknown=("job_seeking_ess",), language="en", info_in="cv", status="en_two_col_no_aim"),
    ),
    # Letter DOCX states «service civique terminé le 31 octobre»; CV DOCX still says «Service civique, depuis janvier 2026». Letter is newer. Licence 2025-06. Aim: association. Eligible.
    M(
        frm="Emma Rousseau <emma.rousseau@example.org>",
        subject="Candidature Pro'pulse",
        date="15 13:30",
        body=_JOINT + "Emma",
        docs=(
            Doc("docx", "CV_Emma_Rousseau.docx", """Emma Rousseau
06 16 93 58 27
Expérience
Depuis janvier 2026 : volontaire en service civique, association de lutte contre l'isolement des personnes âgées
Formation
Juin 2025 : Licence Psychologie, Université de Besançon"""),
            Doc("docx", "Lettre_Emma_Rousseau.docx", """Madame, Monsieur,
Mon service civique auprès de personnes âgées isolées s'est terminé le 31 octobre. Je souhaite maintenant trouver un emploi de coordinatrice de bénévoles dans une association.
Emma Rousseau""", role="letter"),
        ),
        truth=app("Emma", "Rousseau", phone="+33616935827", bac=3, grad="2025-06", info_in="cv", status="letter_updates_civique_ended"),
    ),
    # DOCX table + footer: DUT Informatique 2019, then seven years as a developer in a permanent job, master MIAGE in continuing education 2026; aim a digital cooperative. Not a first job after studies: career change.
    M(
        frm="Nicolas Huet <nicolas.huet@example.net>",
        subject="Candidature",
        date="15 15:00",
        body="Bonjour,\nJe vous envoie mon CV.\nNicolas Huet",
        docs=(Doc("docx", "CV_NHuet.docx", """Nicolas Huet — développeur
| 2019 – 2026 | Développeur web (CDI), ESN lyonnaise — 7 ans |
| 2024 – 2026 | Master MIAGE en formation continue, Université Lyon 1 — obtenu en juin 2026 |
| 2019 | DUT Informatique |
Objectif : développeur dans une coopérative du numérique libre""", footer="06 87 25 40 19 · nicolas.huet@example.net"),),
        truth=app("Nicolas", "Huet", phone="+33687254019", bac=5, grad="2026-06", failing=("not_career_change",), info_in="cv", status="docx_7_ans_dev_master_fc"),
    ),
    # Body only «ci-joint ma candidature»; CV ODT, name only in the file; no phone anywhere. DUT Carrières sociales 2026-06; aim absent. ESS unknown.
    M(
        frm="Jules Aubert <jules.aubert@example.com>",
        subject="Candidature",
        date="16 08:35",
        body=_JOINT,
        docs=(Doc("odt", "Jules_Aubert.odt", """Jules Aubert
jules.aubert@example.com
Formation
Juin 2026 : BUT Carrières sociales, parcours animation sociale et socioculturelle, IUT de Bordeaux
Expériences
Stage 16 semaines, maison de quartier
Animateur en séjours de vacances (étés 2023 à 2026)"""),),
        truth=app("Jules", "Aubert", phone=None, bac=3, grad="2026-06", unknown=("job_seeking_ess",), info_in="cv", status="odt_no_phone_no_aim"),
    ),
]
