# ruff: noqa: E501
"""Batch 8 — the ESS search phrased as an action or an aim, and diplomas written in other ways (a RNCP title,
«bac+2» literally, foreign diplomas, academic years, «promo»). A year alone in 2024 (or an academic year
ending in 2024 without month) leaves `graduation_recent` unknown; 2025 and 2026 are recent.
"""

from contrast import Group, edit
from kit import M, app

_b1 = M(
    frm="Quentin Poulain <quentin.poulain@example.com>",
    subject="Pro'pulse - Quentin Poulain",
    date="22 09:05",
    body="""Bonjour,

Je réponds en ce moment aux offres de régies de quartier et d'associations d'insertion, des employeurs de l'ESS. Je suis titulaire d'un titre RNCP niveau 6 de coordinateur de projets, obtenu en mars 2026.

Quentin Poulain
06 59 84 20 71""",
    truth=app("Quentin", "Poulain", phone="+33659842071", bac=3, grad="2026-03", status="base_rncp6_envoie_candidatures"),
)
_b2 = M(
    frm="Salma Idrissi <salma.idrissi@example.net>",
    subject="Candidature",
    date="22 13:50",
    body="""Bonjour,

J'ai obtenu ma licence en gestion à l'Université Hassan II de Casablanca en juillet 2025 (licence marocaine, bac+3). Arrivée à Marseille cette année, je réponds aux offres de coopératives et d'associations d'aide aux migrants.

Salma Idrissi
07 63 52 91 48""",
    truth=app("Salma", "Idrissi", phone="+33763529148", bac=3, grad="2025-07", status="base_licence_marocaine"),
)
_b3 = M(
    frm="Benoît Carlier <benoit.carlier@example.org>",
    subject="promo 2025",
    date="23 10:20",
    body="""Bonjour,
Je suis de la promo 2025 du master Urbanisme de Lille. Ce que je vise : un travail utile dans une association de défense du droit au logement.
Benoît Carlier
06 35 71 94 28""",
    truth=app("Benoît", "Carlier", phone="+33635719428", bac=5, grad="2025", status="base_promo_2025"),
)
_b4 = M(
    frm="Manon Delorme <manon.delorme@example.com>",
    subject="bac+2 et recherche d'emploi",
    date="23 15:35",
    body="""Bonjour,

J'ai un bac+2 (DEUST Animation, juin 2026). J'aimerais travailler auprès de jeunes en difficulté, dans une association d'insertion.

Manon Delorme
07 91 46 28 53""",
    truth=app("Manon", "Delorme", phone="+33791462853", bac=2, grad="2026-06", status="base_bac2_litteral_deust"),
)
_b5 = M(
    frm="Giulia Romano <giulia.romano@example.net>",
    subject="Candidatura / candidature",
    date="24 08:15",
    body="""Bonjour,

Laurea triennale in Scienze del servizio sociale (Università di Bologna, équivalent licence), obtenue en mars 2026. Je cherche un emploi d'assistante sociale dans une association en France.

Giulia Romano
+39 333 418 2765""",
    truth=app("Giulia", "Romano", phone="+393334182765", bac=3, grad="2026-03", status="base_laurea_triennale"),
)

GROUPS = [
    Group(_b1, (
        edit(_b1, "aim: the applications go to private logistics firms (not ESS)", body="""Bonjour,

Je réponds en ce moment aux offres d'entreprises de logistique privées (entrepôts, transport). Je suis titulaire d'un titre RNCP niveau 6 de coordinateur de projets, obtenu en mars 2026.

Quentin Poulain
06 59 84 20 71""",
             truth=app("Quentin", "Poulain", phone="+33659842071", bac=3, grad="2026-03", failing=("job_seeking_ess",), status="rncp6_logistique_privee")),
        edit(_b1, "level: a RNCP title of level 4 (bac level)", body="""Bonjour,

Je réponds en ce moment aux offres de régies de quartier et d'associations d'insertion, des employeurs de l'ESS. Je suis titulaire d'un titre RNCP niveau 4 d'agent d'accueil, obtenu en mars 2026.

Quentin Poulain
06 59 84 20 71""",
             truth=app("Quentin", "Poulain", phone="+33659842071", bac=0, grad="2026-03", failing=("degree_level",), status="rncp4_niveau_bac")),
    )),
    Group(_b2, (
        edit(_b2, "date: July 2025 → July 2022 (older than two years)", body="""Bonjour,

J'ai obtenu ma licence en gestion à l'Université Hassan II de Casablanca en juillet 2022 (licence marocaine, bac+3). Arrivée à Marseille cette année, je réponds aux offres de coopératives et d'associations d'aide aux migrants.

Salma Idrissi
07 63 52 91 48""",
             truth=app("Salma", "Idrissi", phone="+33763529148", bac=3, grad="2022-07", failing=("graduation_recent",), status="licence_marocaine_2022")),
        edit(_b2, "writer: a France Travail adviser presents her, same facts", frm="Olivier Ménard <olivier.menard@francetravail.example.net>", subject="Orientation : Salma Idrissi", body="""Bonjour,

Je vous présente Mme Salma Idrissi, qui a obtenu une licence en gestion à l'Université Hassan II de Casablanca en juillet 2025 (licence marocaine, bac+3). Arrivée à Marseille cette année, elle répond aux offres de coopératives et d'associations d'aide aux migrants. Contact : salma.idrissi@example.net, 07 63 52 91 48.

Olivier Ménard, conseiller France Travail""",
             truth=app("Salma", "Idrissi", phone="+33763529148", bac=3, grad="2025-07", email="salma.idrissi@example.net", forwarded_by="olivier.menard@francetravail.example.net", status="ft_oriente_licence_marocaine")),
    )),
    Group(_b3, (
        edit(_b3, "date: promo 2022 (older than two years)", subject="promo 2022", body="""Bonjour,
Je suis de la promo 2022 du master Urbanisme de Lille. Ce que je vise : un travail utile dans une association de défense du droit au logement.
Benoît Carlier
06 35 71 94 28""",
             truth=app("Benoît", "Carlier", phone="+33635719428", bac=5, grad="2022", failing=("graduation_recent",), status="promo_2022")),
        edit(_b3, "date: an academic year 2023-2024, no month (unknown)", subject="master 2023-2024", body="""Bonjour,
J'ai fait le master Urbanisme de Lille en 2023-2024. Ce que je vise : un travail utile dans une association de défense du droit au logement.
Benoît Carlier
06 35 71 94 28""",
             truth=app("Benoît", "Carlier", phone="+33635719428", bac=5, grad="2024", unknown=("graduation_recent",), status="annee_universitaire_2023_2024")),
    )),
    Group(_b4, (
        edit(_b4, "level: «bac+1» written literally (one year of DEUST)", body="""Bonjour,

J'ai un bac+1 (première année de DEUST Animation, arrêtée en juin 2026). J'aimerais travailler auprès de jeunes en difficulté, dans une association d'insertion.

Manon Delorme
07 91 46 28 53""",
             truth=app("Manon", "Delorme", phone="+33791462853", bac=1, grad=None, failing=("degree_level",), status="bac1_litteral")),
        edit(_b4, "aim: no job search — she wants to go back to studying", body="""Bonjour,

J'ai un bac+2 (DEUST Animation, juin 2026). Je ne cherche pas d'emploi pour l'instant : je voudrais reprendre une licence l'an prochain et je me renseigne sur vos ateliers.

Manon Delorme
07 91 46 28 53""",
             truth=app("Manon", "Delorme", phone="+33791462853", bac=2, grad="2026-06", failing=("job_seeking_ess",), status="ne_cherche_pas_emploi")),
    )),
    Group(_b5, (
        edit(_b5, "level: a laurea magistrale (bac+5) instead of triennale", body="""Bonjour,

Laurea magistrale in Innovazione e servizio sociale (Università di Bologna, équivalent master), obtenue en mars 2026. Je cherche un emploi d'assistante sociale dans une association en France.

Giulia Romano
+39 333 418 2765""",
             truth=app("Giulia", "Romano", phone="+393334182765", bac=5, grad="2026-03", status="laurea_magistrale")),
        edit(_b5, "role: tirocinio (internship) in progress in Bologna", body="""Bonjour,

Laurea triennale in Scienze del servizio sociale (Università di Bologna, équivalent licence), obtenue en mars 2026. Je fais en ce moment un tirocinio (stage) dans un centre social de Bologne jusqu'en février, puis je chercherai un emploi d'assistante sociale dans une association en France.

Giulia Romano
+39 333 418 2765""",
             truth=app("Giulia", "Romano", phone="+393334182765", bac=3, grad="2026-03", failing=("not_internship",), status="tirocinio_en_cours")),
    )),
]
