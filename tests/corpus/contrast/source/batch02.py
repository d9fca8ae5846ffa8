# ruff: noqa: E501
"""Batch 2 — diploma dates across the two-year limit (read on 2026-11-26) and diploma levels moved up or down
(bac, bac+1, bac+2, foreign equivalents). A date older than 24 months fails `graduation_recent`; a level
below bac+2 fails `degree_level`; a year alone in 2024 leaves `graduation_recent` unknown.
"""

from contrast import Group, edit
from kit import M, app

_b1 = M(
    frm="Clarisse Maurel <clarisse.maurel@example.com>",
    subject="Candidature au programme Pro'pulse",
    date="06 09:02",
    body="""Madame, Monsieur,

Diplômée d'un BTS Économie sociale familiale en juin 2025, je souhaite être accompagnée pour décrocher un poste de conseillère dans une association d'accompagnement au logement.

Bien cordialement,
Clarisse Maurel
06 27 81 35 49""",
    truth=app("Clarisse", "Maurel", phone="+33627813549", bac=2, grad="2025-06", status="base_bts_2025"),
)
_b2 = M(
    frm="Romain Lacaze <romain.lacaze@example.org>",
    subject="Pro'pulse : ma candidature",
    date="06 13:15",
    body="""Bonjour,

J'ai eu mon master Droit de l'économie sociale et solidaire en septembre 2024 et je cherche un emploi de juriste dans une fédération d'associations ou une mutuelle.

Romain Lacaze
07 81 45 92 06""",
    truth=app("Romain", "Lacaze", phone="+33781459206", bac=5, grad="2024-09", failing=("graduation_recent",), status="base_master_2024_09"),
)
_b3 = M(
    frm="Awa Diallo <awa.diallo@example.net>",
    subject="je veux rejoindre pro'pulse",
    date="06 18:44",
    body="""Bonjour,
J'ai fait une première année de licence de sociologie puis j'ai arrêté en 2025. Je voudrais travailler dans une association de quartier, dans l'animation ou la médiation.
Awa Diallo
06 54 70 18 23""",
    truth=app("Awa", "Diallo", phone="+33654701823", bac=1, grad=None, failing=("degree_level",), status="base_bac1_arrete"),
)
_b4 = M(
    frm="Lucas Ferrand <lucas.ferrand@example.com>",
    subject="Candidature",
    date="07 10:10",
    body="""Bonjour,

Je suis titulaire d'une licence de géographie obtenue en juin 2022. Je souhaite trouver un emploi de chargé de mission dans une association de protection de l'environnement.

Lucas Ferrand
06 38 20 74 15""",
    truth=app("Lucas", "Ferrand", phone="+33638207415", bac=3, grad="2022-06", failing=("graduation_recent",), status="base_licence_2022"),
)
_b5 = M(
    frm="Elif Kaya <elif.kaya@example.org>",
    subject="Pro'pulse",
    date="07 16:27",
    body="""Bonjour,

Diplômée d'un DUT Gestion des entreprises et des administrations (juin 2026), je cherche un premier poste d'assistante de gestion dans une coopérative ou une association.

Elif Kaya
07 29 63 84 51""",
    truth=app("Elif", "Kaya", phone="+33729638451", bac=2, grad="2026-06", status="base_dut_2026"),
)
_b6 = M(
    frm="Nathan Obry <nathan.obry@example.net>",
    subject="Demande de participation",
    date="08 11:33",
    body="""Bonjour,

J'ai terminé mes études en 2024 avec une licence en sciences de l'éducation. Je cherche désormais un emploi d'animateur socio-éducatif dans une association d'éducation populaire.

Nathan Obry
06 49 15 82 37""",
    truth=app("Nathan", "Obry", phone="+33649158237", bac=3, grad="2024", unknown=("graduation_recent",), status="base_licence_2024_annee_seule"),
)

GROUPS = [
    Group(_b1, (
        edit(_b1, "date: June 2025 → June 2023 (older than two years)", body="""Madame, Monsieur,

Diplômée d'un BTS Économie sociale familiale en juin 2023, je souhaite être accompagnée pour décrocher un poste de conseillère dans une association d'accompagnement au logement.

Bien cordialement,
Clarisse Maurel
06 27 81 35 49""",
             truth=app("Clarisse", "Maurel", phone="+33627813549", bac=2, grad="2023-06", failing=("graduation_recent",), status="bts_2023")),
        edit(_b1, "level: the BTS was not obtained (only the bac)", body="""Madame, Monsieur,

J'ai suivi un BTS Économie sociale familiale jusqu'en juin 2025 mais je ne l'ai pas obtenu ; je n'ai que le bac. Je souhaite être accompagnée pour décrocher un poste de conseillère dans une association d'accompagnement au logement.

Bien cordialement,
Clarisse Maurel
06 27 81 35 49""",
             truth=app("Clarisse", "Maurel", phone="+33627813549", bac=0, grad=None, failing=("degree_level",), status="bts_non_obtenu")),
    )),
    Group(_b2, (
        edit(_b2, "date: September 2024 → September 2025 (within two years)", body="""Bonjour,

J'ai eu mon master Droit de l'économie sociale et solidaire en septembre 2025 et je cherche un emploi de juriste dans une fédération d'associations ou une mutuelle.

Romain Lacaze
07 81 45 92 06""",
             truth=app("Romain", "Lacaze", phone="+33781459206", bac=5, grad="2025-09", status="master_2025_09")),
        edit(_b2, "date: September 2024 → December 2024 (exactly within the limit)", body="""Bonjour,

J'ai eu mon master Droit de l'économie sociale et solidaire en décembre 2024, après une soutenance repoussée, et je cherche un emploi de juriste dans une fédération d'associations ou une mutuelle.

Romain Lacaze
07 81 45 92 06""",
             truth=app("Romain", "Lacaze", phone="+33781459206", bac=5, grad="2024-12", status="master_2024_12")),
    )),
    Group(_b3, (
        edit(_b3, "level: after the first year, a BTS obtained (bac+2)", body="""Bonjour,
J'ai fait une première année de licence de sociologie puis je me suis réorientée vers un BTS SP3S, que j'ai obtenu en juin 2025. Je voudrais travailler dans une association de quartier, dans l'animation ou la médiation.
Awa Diallo
06 54 70 18 23""",
             truth=app("Awa", "Diallo", phone="+33654701823", bac=2, grad="2025-06", status="bac1_puis_bts_obtenu")),
        edit(_b3, "kind: a question about whether bac+1 is accepted, no personal fact", frm="contact.infos@example.net", subject="question sur les conditions", body="""Bonjour,
Une personne qui a fait seulement une première année de licence peut-elle participer au programme ? Et faut-il viser une association de quartier ou n'importe quelle structure ?
Merci""",
             truth={"kind": "question"}),
    )),
    Group(_b4, (
        edit(_b4, "date: 2022 → 2026 (recent)", body="""Bonjour,

Je suis titulaire d'une licence de géographie obtenue en juin 2026. Je souhaite trouver un emploi de chargé de mission dans une association de protection de l'environnement.

Lucas Ferrand
06 38 20 74 15""",
             truth=app("Lucas", "Ferrand", phone="+33638207415", bac=3, grad="2026-06", status="licence_2026")),
        edit(_b4, "same meaning: the date as «il y a plus de quatre ans», inverted order", body="""Bonjour,

Une licence de géographie, c'est ce que j'ai obtenu en juin 2022, il y a donc plus de quatre ans. C'est un emploi de chargé de mission dans une association de protection de l'environnement que je souhaite trouver.

Lucas Ferrand
06 38 20 74 15""",
             truth=app("Lucas", "Ferrand", phone="+33638207415", bac=3, grad="2022-06", failing=("graduation_recent",), status="paraphrase_licence_2022")),
    )),
    Group(_b5, (
        edit(_b5, "level: DUT → bac professionnel (bac+0)", body="""Bonjour,

Diplômée d'un bac professionnel Gestion-administration (juin 2026), je cherche un premier poste d'assistante de gestion dans une coopérative ou une association.

Elif Kaya
07 29 63 84 51""",
             truth=app("Elif", "Kaya", phone="+33729638451", bac=0, grad="2026-06", failing=("degree_level",), status="bac_pro_2026")),
        edit(_b5, "level: foreign equivalent, a Turkish önlisans (two-year associate degree)", body="""Bonjour,

Diplômée d'un önlisans (diplôme turc en deux ans après le lycée, équivalent bac+2) en gestion, obtenu en juin 2026 à Izmir, je cherche un premier poste d'assistante de gestion dans une coopérative ou une association en France.

Elif Kaya
07 29 63 84 51""",
             truth=app("Elif", "Kaya", phone="+33729638451", bac=2, grad="2026-06", status="onlisans_turc_bac2")),
    )),
    Group(_b6, (
        edit(_b6, "date: the month given, June 2024 (older than two years)", body="""Bonjour,

J'ai terminé mes études en juin 2024 avec une licence en sciences de l'éducation. Je cherche désormais un emploi d'animateur socio-éducatif dans une association d'éducation populaire.

Nathan Obry
06 49 15 82 37""",
             truth=app("Nathan", "Obry", phone="+33649158237", bac=3, grad="2024-06", failing=("graduation_recent",), status="licence_2024_06")),
        edit(_b6, "date: the year 2025 (certainly within two years)", body="""Bonjour,

J'ai terminé mes études en 2025 avec une licence en sciences de l'éducation. Je cherche désormais un emploi d'animateur socio-éducatif dans une association d'éducation populaire.

Nathan Obry
06 49 15 82 37""",
             truth=app("Nathan", "Obry", phone="+33649158237", bac=3, grad="2025", status="licence_2025_annee_seule")),
    )),
]
