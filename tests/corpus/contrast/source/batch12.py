# ruff: noqa: E501
"""Batch 12 — short mixed groups: one-line mail, subject-only facts, English, HTML, a CV alone; each with one
meaning moved (and some edits that keep it).
"""

from contrast import Group, edit
from kit import CV, M, app

_b1 = M(
    frm="Ophélie Lucas <ophelie.lucas@example.net>",
    subject="BTS SAM juin 2026 - cherche emploi en association",
    date="08 08:20",
    body="""Bonjour, les infos sont dans l'objet du mail, merci ! Ophélie Lucas, 06 39 72 14 58""",
    truth=app("Ophélie", "Lucas", phone="+33639721458", bac=2, grad="2026-06", info_in="subject", status="base_objet_seul"),
)
_b2 = M(
    frm="Ethan Moreau <ethan.moreau@example.com>",
    subject="Application - Ethan Moreau",
    date="08 12:45",
    body="""Hi,

I'm French but studied abroad: Bachelor of Science in Sustainable Development, Maastricht University, June 2026. I want a job in a French social enterprise or cooperative working on renewable energy.

Ethan Moreau
06 82 57 30 49""",
    truth=app("Ethan", "Moreau", phone="+33682573049", bac=3, grad="2026-06", language="en", status="base_en_bsc_maastricht"),
)
_b3 = M(
    frm="Yasmine Toumi <yasmine.toumi@example.org>",
    subject="Candidature",
    date="09 10:30",
    body="""Bonjour,
CV en pièce jointe.
Yasmine Toumi""",
    cv=CV("odt", "CV_Yasmine_Toumi.odt", """Yasmine Toumi
07 21 86 43 90 - yasmine.toumi@example.org
Recherche : poste de médiatrice sociale dans une association de quartier
Formation : Licence Sciences sanitaires et sociales, Université de Lille, juin 2025
Expérience : animatrice périscolaire (job étudiant, 2022-2025)"""),
    truth=app("Yasmine", "Toumi", phone="+33721864390", bac=3, grad="2025-06", info_in="cv", status="base_cv_seul"),
)
_b4 = M(
    frm="Guillaume Renard <guillaume.renard@example.net>",
    subject="Pro'pulse",
    date="09 15:15",
    body="""Bonjour,

Je ne suis plus étudiant depuis juin : master Sciences politiques obtenu en juin 2026. Je cherche un poste de chargé de plaidoyer dans une ONG ou une association de défense des droits.

Guillaume Renard
07 47 95 26 81""",
    truth=app("Guillaume", "Renard", phone="+33747952681", bac=5, grad="2026-06", status="base_plus_etudiant"),
)
_b5 = M(
    frm="Noémie Barre <noemie.barre@example.com>",
    subject="Candidature Pro'pulse",
    date="10 09:00",
    body="""Bonjour,

Diplômée d'un master Économie du développement en juin 2025, je suis partie en volontariat de solidarité internationale (VSI) au Sénégal de septembre 2025 à août 2026. Rentrée en France, je cherche un poste de chargée de partenariats dans une ONG.

Noémie Barre
06 28 53 17 46""",
    truth=app("Noémie", "Barre", phone="+33628531746", bac=5, grad="2025-06", status="base_vsi_termine"),
)
_b6 = M(
    frm="Tristan Leclerc <tristan.leclerc@example.org>",
    subject="Candidature",
    date="10 14:40",
    body="""Bonjour,

J'ai un BTS Comptabilité et gestion obtenu en juin 2025 et une licence de gestion obtenue en juin 2026. Je cherche un poste de comptable dans une association ou une mutuelle.

Tristan Leclerc
06 95 14 62 37""",
    truth=app("Tristan", "Leclerc", phone="+33695146237", bac=3, grad="2026-06", status="base_bts_puis_licence"),
)
_b7 = M(
    frm="Laetitia Roux <laetitia.roux@example.net>",
    subject="Candidature au programme",
    date="11 11:20",
    body="""Bonjour,
Je m'occupe de ma candidature moi-même, même si ma conseillère Cap emploi m'a aidée à l'écrire. Diplômée d'un BTS Support à l'action managériale (juin 2026), je cherche un poste d'assistante dans une association.
Laetitia Roux, 07 13 84 59 26""",
    truth=app("Laetitia", "Roux", phone="+33713845926", bac=2, grad="2026-06", status="base_elle_meme_aidee"),
)

GROUPS = [
    Group(_b1, (
        edit(_b1, "subject: BTS in progress («2e année»), aim kept", subject="2e année de BTS SAM - cherche emploi en association après", body="""Bonjour, les infos sont dans l'objet du mail, merci ! Ophélie Lucas, 06 39 72 14 58""",
             truth=app("Ophélie", "Lucas", phone="+33639721458", bac="*", grad=None, failing=("studies_finished",), info_in="subject", status="objet_bts_en_cours")),
        edit(_b1, "subject: aim elsewhere (an assistant in a private law firm)", subject="BTS SAM juin 2026 - cherche emploi en cabinet d'avocats", body="""Bonjour, les infos sont dans l'objet du mail, merci ! Ophélie Lucas, 06 39 72 14 58""",
             truth=app("Ophélie", "Lucas", phone="+33639721458", bac=2, grad="2026-06", failing=("job_seeking_ess",), info_in="subject", status="objet_cabinet_avocats")),
    )),
    Group(_b2, (
        edit(_b2, "studies: a master's still in progress (after the bachelor)", body="""Hi,

I'm French but studied abroad: Bachelor of Science in Sustainable Development, Maastricht University, June 2026; I am now in the first year of a master's there, until June 2028. Later I want a job in a French social enterprise or cooperative working on renewable energy.

Ethan Moreau
06 82 57 30 49""",
             truth=app("Ethan", "Moreau", phone="+33682573049", bac=3, grad="2026-06", failing=("studies_finished",), language="en", status="en_master_in_progress")),
        edit(_b2, "aim: an oil and gas major (not ESS)", body="""Hi,

I'm French but studied abroad: Bachelor of Science in Sustainable Development, Maastricht University, June 2026. I want a job in the sustainability department of an oil and gas major.

Ethan Moreau
06 82 57 30 49""",
             truth=app("Ethan", "Moreau", phone="+33682573049", bac=3, grad="2026-06", failing=("job_seeking_ess",), language="en", status="en_aim_oil_major")),
    )),
    Group(_b3, (
        edit(_b3, "CV: the licence dated June 2024 (older than two years)", cv=CV("odt", "CV_Yasmine_Toumi.odt", """Yasmine Toumi
07 21 86 43 90 - yasmine.toumi@example.org
Recherche : poste de médiatrice sociale dans une association de quartier
Formation : Licence Sciences sanitaires et sociales, Université de Lille, juin 2024
Expérience : animatrice périscolaire (job étudiant, 2021-2024)"""),
             body="""Bonjour,
CV en pièce jointe.
Yasmine Toumi""",
             truth=app("Yasmine", "Toumi", phone="+33721864390", bac=3, grad="2024-06", failing=("graduation_recent",), info_in="cv", status="cv_seul_licence_2024_06")),
        edit(_b3, "CV: a current stage added (médiatrice stagiaire until February)", cv=CV("odt", "CV_Yasmine_Toumi.odt", """Yasmine Toumi
07 21 86 43 90 - yasmine.toumi@example.org
Recherche : poste de médiatrice sociale dans une association de quartier
Formation : Licence Sciences sanitaires et sociales, Université de Lille, juin 2025
Expérience : stagiaire médiatrice sociale, association Quartiers Unis (septembre 2026 - février 2027, en cours)"""),
             body="""Bonjour,
CV en pièce jointe.
Yasmine Toumi""",
             truth=app("Yasmine", "Toumi", phone="+33721864390", bac=3, grad="2025-06", failing=("not_internship",), info_in="cv", status="cv_seul_stage_en_cours")),
    )),
    Group(_b4, (
        edit(_b4, "negation removed: still a student (master ends in June 2027)", body="""Bonjour,

Je suis encore étudiant jusqu'en juin 2027 : master Sciences politiques en cours, après une licence obtenue en juin 2025. Je cherche un poste de chargé de plaidoyer dans une ONG ou une association de défense des droits pour la suite.

Guillaume Renard
07 47 95 26 81""",
             truth=app("Guillaume", "Renard", phone="+33747952681", bac=3, grad="2025-06", failing=("studies_finished",), status="encore_etudiant")),
        edit(_b4, "same meaning: «mes études sont derrière moi», coordination", body="""Bonjour,

Mes études sont derrière moi et mon master Sciences politiques est obtenu depuis juin 2026 ; je cherche un poste de chargé de plaidoyer dans une ONG ou une association de défense des droits.

Guillaume Renard
07 47 95 26 81""",
             truth=app("Guillaume", "Renard", phone="+33747952681", bac=5, grad="2026-06", status="paraphrase_etudes_derriere")),
    )),
    Group(_b5, (
        edit(_b5, "tense: the VSI runs until August 2027 (current volunteering abroad, not a service civique)", body="""Bonjour,

Diplômée d'un master Économie du développement en juin 2025, je suis en volontariat de solidarité internationale (VSI) au Sénégal depuis septembre 2025, jusqu'en août 2027. Je prépare mon retour et chercherai un poste de chargée de partenariats dans une ONG.

Noémie Barre
06 28 53 17 46""",
             truth=app("Noémie", "Barre", phone="+33628531746", bac=5, grad="2025-06", unknown=("not_service_civique",), status="vsi_en_cours")),
        edit(_b5, "role: a service civique à l'international instead of a VSI, ended", body="""Bonjour,

Diplômée d'un master Économie du développement en juin 2025, je suis partie en service civique à l'international au Sénégal de septembre 2025 à août 2026. Rentrée en France, je cherche un poste de chargée de partenariats dans une ONG.

Noémie Barre
06 28 53 17 46""",
             truth=app("Noémie", "Barre", phone="+33628531746", bac=5, grad="2025-06", status="civique_international_termine")),
    )),
    Group(_b6, (
        edit(_b6, "level: the licence abandoned, only the BTS (June 2025)", body="""Bonjour,

J'ai un BTS Comptabilité et gestion obtenu en juin 2025 ; j'ai commencé une licence de gestion mais je l'ai abandonnée en janvier 2026. Je cherche un poste de comptable dans une association ou une mutuelle.

Tristan Leclerc
06 95 14 62 37""",
             truth=app("Tristan", "Leclerc", phone="+33695146237", bac=2, grad="2025-06", status="licence_abandonnee_bts")),
        edit(_b6, "date: both diplomas moved back (BTS 2021, licence 2022)", body="""Bonjour,

J'ai un BTS Comptabilité et gestion obtenu en juin 2021 et une licence de gestion obtenue en juin 2022. Je cherche un poste de comptable dans une association ou une mutuelle.

Tristan Leclerc
06 95 14 62 37""",
             truth=app("Tristan", "Leclerc", phone="+33695146237", bac=3, grad="2022-06", failing=("graduation_recent",), status="bts_2021_licence_2022")),
    )),
    Group(_b7, (
        edit(_b7, "writer: the Cap emploi adviser sends it for her", frm="Sébastien Noël <s.noel@capemploi-var.example.org>", subject="Candidature de Mme Laetitia Roux", body="""Bonjour,
J'accompagne Mme Laetitia Roux chez Cap emploi et je vous transmets sa candidature : diplômée d'un BTS Support à l'action managériale (juin 2026), elle cherche un poste d'assistante dans une association. Contact : laetitia.roux@example.net, 07 13 84 59 26.
Sébastien Noël, Cap emploi Var""",
             truth=app("Laetitia", "Roux", phone="+33713845926", bac=2, grad="2026-06", email="laetitia.roux@example.net", forwarded_by="s.noel@capemploi-var.example.org", status="cap_emploi_transmet")),
        edit(_b7, "level: a bac pro only (no BTS)", body="""Bonjour,
Je m'occupe de ma candidature moi-même, même si ma conseillère Cap emploi m'a aidée à l'écrire. Titulaire d'un bac pro Assistance à la gestion des organisations (juin 2026), je cherche un poste d'assistante dans une association.
Laetitia Roux, 07 13 84 59 26""",
             truth=app("Laetitia", "Roux", phone="+33713845926", bac=0, grad="2026-06", failing=("degree_level",), status="bac_pro_seul")),
    )),
]
