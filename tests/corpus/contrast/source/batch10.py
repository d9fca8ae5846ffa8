# ruff: noqa: E501
"""Batch 10 — facts left open (`to_verify`) and made precise by the edit, or the reverse: a year without
month, a «mission» of unstated kind, a level not said, an aim half-said.
"""

from contrast import Group, edit
from kit import M, app

_b1 = M(
    frm="Cyril Fabre <cyril.fabre@example.com>",
    subject="Pro'pulse",
    date="02 09:15",
    body="""Bonjour,

Je suis en mission dans une association de solidarité jusqu'en avril. J'ai une licence de sociologie (juin 2025) et je cherche ensuite un emploi de chargé de projet dans l'ESS.

Cyril Fabre
06 91 37 25 84""",
    truth=app("Cyril", "Fabre", phone="+33691372584", bac=3, grad="2025-06", unknown=("not_internship", "not_service_civique"), status="base_mission_nature_inconnue"),
)
_b2 = M(
    frm="Oriane Vidal <oriane.vidal@example.net>",
    subject="Candidature",
    date="02 14:30",
    body="""Bonjour,

Je suis diplômée (master Développement local) et je cherche un poste d'agente de développement dans une association rurale ou une SCIC.

Oriane Vidal
07 54 86 13 20""",
    truth=app("Oriane", "Vidal", phone="+33754861320", bac=5, grad=None, unknown=("graduation_recent",), status="base_master_sans_date"),
)
_b3 = M(
    frm="Bilal Chérif <bilal.cherif@example.org>",
    subject="Je candidate",
    date="03 18:25",
    body="""Bonjour,
J'ai terminé mes études en juin 2026 et je cherche un emploi d'éducateur dans une association de protection de l'enfance.
Bilal Chérif 06 84 20 57 13""",
    truth=app("Bilal", "Chérif", phone="+33684205713", bac=None, grad="2026-06", unknown=("degree_level",), status="base_niveau_non_dit"),
)
_b4 = M(
    frm="Justine Carpentier <justine.carpentier@example.com>",
    subject="Pro'pulse - candidature",
    date="04 09:50",
    body="""Bonjour,

Diplômée d'une licence d'anglais en juin 2026, je cherche un emploi. Je suis ouverte à beaucoup de choses.

Justine Carpentier
06 17 45 92 38""",
    truth=app("Justine", "Carpentier", phone="+33617459238", bac=3, grad="2026-06", unknown=("job_seeking_ess",), status="base_aim_vague"),
)
_b5 = M(
    frm="Rémi Sauvage <remi.sauvage@example.net>",
    subject="candidature au programme",
    date="05 11:40",
    body="""Bonjour,

J'ai obtenu mon BTS Gestion et protection de la nature en 2024. Je cherche un poste d'animateur nature dans une association d'éducation à l'environnement.

Rémi Sauvage
07 36 19 84 52""",
    truth=app("Rémi", "Sauvage", phone="+33736198452", bac=2, grad="2024", unknown=("graduation_recent",), status="base_bts_2024_sans_mois"),
)

GROUPS = [
    Group(_b1, (
        edit(_b1, "role: the mission named as a service civique", body="""Bonjour,

Je suis en service civique dans une association de solidarité jusqu'en avril. J'ai une licence de sociologie (juin 2025) et je cherche ensuite un emploi de chargé de projet dans l'ESS.

Cyril Fabre
06 91 37 25 84""",
             truth=app("Cyril", "Fabre", phone="+33691372584", bac=3, grad="2025-06", failing=("not_service_civique",), status="mission_nommee_civique")),
        edit(_b1, "role: the mission named as a CDD d'usage (a salaried job)", body="""Bonjour,

Je suis en CDD, salarié comme chargé de mission dans une association de solidarité jusqu'en avril. J'ai une licence de sociologie (juin 2025) et je cherche ensuite un emploi de chargé de projet dans l'ESS.

Cyril Fabre
06 91 37 25 84""",
             truth=app("Cyril", "Fabre", phone="+33691372584", bac=3, grad="2025-06", status="mission_nommee_cdd")),
    )),
    Group(_b2, (
        edit(_b2, "date: the master dated July 2026", body="""Bonjour,

Je suis diplômée depuis juillet 2026 (master Développement local) et je cherche un poste d'agente de développement dans une association rurale ou une SCIC.

Oriane Vidal
07 54 86 13 20""",
             truth=app("Oriane", "Vidal", phone="+33754861320", bac=5, grad="2026-07", status="master_date_juillet_2026")),
        edit(_b2, "date: the master dated 2019", body="""Bonjour,

Je suis diplômée depuis 2019 (master Développement local) et je cherche un poste d'agente de développement dans une association rurale ou une SCIC.

Oriane Vidal
07 54 86 13 20""",
             truth=app("Oriane", "Vidal", phone="+33754861320", bac=5, grad="2019", failing=("graduation_recent",), status="master_2019")),
    )),
    Group(_b3, (
        edit(_b3, "level: named, a DEES (diplôme d'État d'éducateur spécialisé, bac+3)", body="""Bonjour,
J'ai terminé mes études en juin 2026 avec le diplôme d'État d'éducateur spécialisé (bac+3) et je cherche un emploi d'éducateur dans une association de protection de l'enfance.
Bilal Chérif 06 84 20 57 13""",
             truth=app("Bilal", "Chérif", phone="+33684205713", bac=3, grad="2026-06", status="niveau_dees")),
        edit(_b3, "level: named, a CAP (below bac)", body="""Bonjour,
J'ai terminé mes études en juin 2026 avec un CAP Accompagnant éducatif petite enfance et je cherche un emploi d'éducateur dans une association de protection de l'enfance.
Bilal Chérif 06 84 20 57 13""",
             truth=app("Bilal", "Chérif", phone="+33684205713", bac=0, grad="2026-06", failing=("degree_level",), status="niveau_cap")),
    )),
    Group(_b4, (
        edit(_b4, "aim: made explicit, an ESS job (an association for adult literacy)", body="""Bonjour,

Diplômée d'une licence d'anglais en juin 2026, je cherche un emploi de formatrice dans une association d'alphabétisation pour adultes.

Justine Carpentier
06 17 45 92 38""",
             truth=app("Justine", "Carpentier", phone="+33617459238", bac=3, grad="2026-06", status="aim_association_alpha")),
        edit(_b4, "aim: made explicit, elsewhere (a private language school chain)", body="""Bonjour,

Diplômée d'une licence d'anglais en juin 2026, je cherche un emploi de professeure dans une chaîne privée d'écoles de langues.

Justine Carpentier
06 17 45 92 38""",
             truth=app("Justine", "Carpentier", phone="+33617459238", bac=3, grad="2026-06", failing=("job_seeking_ess",), status="aim_ecole_langues_privee")),
    )),
    Group(_b5, (
        edit(_b5, "date: the month given, December 2024 (within the limit)", body="""Bonjour,

J'ai obtenu mon BTS Gestion et protection de la nature en décembre 2024, après une session de rattrapage. Je cherche un poste d'animateur nature dans une association d'éducation à l'environnement.

Rémi Sauvage
07 36 19 84 52""",
             truth=app("Rémi", "Sauvage", phone="+33736198452", bac=2, grad="2024-12", status="bts_2024_12")),
        edit(_b5, "date: the month given, May 2024 (older than two years)", body="""Bonjour,

J'ai obtenu mon BTS Gestion et protection de la nature en mai 2024. Je cherche un poste d'animateur nature dans une association d'éducation à l'environnement.

Rémi Sauvage
07 36 19 84 52""",
             truth=app("Rémi", "Sauvage", phone="+33736198452", bac=2, grad="2024-05", failing=("graduation_recent",), status="bts_2024_05")),
    )),
]
