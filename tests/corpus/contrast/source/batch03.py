# ruff: noqa: E501
"""Batch 3 — the aim: an ESS job stated, aimed elsewhere (fails `job_seeking_ess`) or not said (unknown); and
the writer: the person, a parent, an adviser; an application turned into a pure question (`question`) or an
employer's offer (`other`).
"""

from contrast import Group, edit
from kit import M, app

_b1 = M(
    frm="Camille Roussel <camille.roussel@example.net>",
    subject="Ma candidature",
    date="09 09:20",
    body="""Bonjour,
Licence de psychologie en poche depuis juillet 2026, je cherche un emploi d'accompagnatrice socio-professionnelle dans un chantier d'insertion.
Camille Roussel - 06 12 58 97 34""",
    truth=app("Camille", "Roussel", phone="+33612589734", bac=3, grad="2026-07", status="base_aim_insertion"),
)
_b2 = M(
    frm="Hugo Vasseur <hugo.vasseur@example.com>",
    subject="Pro'pulse",
    date="09 14:05",
    body="""Bonjour,

J'ai obtenu un master de finance en juin 2026 et je vise un poste d'analyste dans une banque coopérative ou dans la finance solidaire.

Hugo Vasseur
07 36 84 21 59""",
    truth=app("Hugo", "Vasseur", phone="+33736842159", bac=5, grad="2026-06", status="base_finance_solidaire"),
)
_b3 = M(
    frm="Léna Morvan <lena.morvan@example.org>",
    subject="candidature",
    date="10 08:48",
    body="""Bonjour,
Je suis diplômée d'un BTS Tourisme (juin 2025). Je voudrais travailler dans le tourisme social et solidaire, par exemple pour une association de villages vacances.
Léna Morvan
06 70 39 52 18""",
    truth=app("Léna", "Morvan", phone="+33670395218", bac=2, grad="2025-06", status="base_tourisme_social"),
)
_b4 = M(
    frm="Karima Benali <karima.benali@missionlocale-creil.example.org>",
    subject="Orientation d'un jeune vers Pro'pulse",
    date="10 11:30",
    body="""Bonjour,

Je suis conseillère à la Mission Locale de Creil et je vous adresse Dylan Marchal, 23 ans, titulaire d'un BTS Gestion de la PME obtenu en juin 2025. Il souhaite travailler comme assistant administratif dans une association ou une SCOP. Ses coordonnées : dylan.marchal@example.com, 07 45 12 86 93.

Karima Benali
Conseillère en insertion professionnelle""",
    truth=app("Dylan", "Marchal", phone="+33745128693", bac=2, grad="2025-06", email="dylan.marchal@example.com", forwarded_by="karima.benali@missionlocale-creil.example.org", status="base_mission_locale_oriente"),
)
_b5 = M(
    frm="Gaëlle Perrin <gaelle.perrin@example.com>",
    subject="Rejoindre la prochaine promo",
    date="11 19:02",
    body="""Bonsoir,

Je souhaiterais entrer dans la promotion suivante de Pro'pulse. J'ai un master en coopération internationale (septembre 2025) et je cherche un poste de chargée de projets dans une ONG de solidarité internationale.

Gaëlle Perrin
06 81 24 70 36""",
    truth=app("Gaëlle", "Perrin", phone="+33681247036", bac=5, grad="2025-09", status="base_prochaine_promo"),
)
_b6 = M(
    frm="Julien Carré <julien.carre@example.org>",
    subject="Poste de chargé de communication",
    date="12 10:15",
    body="""Bonjour,

Diplômé d'un master Communication (juin 2026), je cherche un poste de chargé de communication dans une association ou une coopérative. Pouvez-vous m'accompagner ?

Julien Carré
07 18 94 35 62""",
    truth=app("Julien", "Carré", phone="+33718943562", bac=5, grad="2026-06", status="base_chargé_comm_asso"),
)

GROUPS = [
    Group(_b1, (
        edit(_b1, "aim: elsewhere (a recruitment firm in the private sector)", body="""Bonjour,
Licence de psychologie en poche depuis juillet 2026, je cherche un emploi de chargée de recrutement dans un cabinet de recrutement privé.
Camille Roussel - 06 12 58 97 34""",
             truth=app("Camille", "Roussel", phone="+33612589734", bac=3, grad="2026-07", failing=("job_seeking_ess",), status="aim_cabinet_prive")),
        edit(_b1, "aim: not said (only the diploma)", body="""Bonjour,
Licence de psychologie en poche depuis juillet 2026, je vous envoie ma candidature.
Camille Roussel - 06 12 58 97 34""",
             truth=app("Camille", "Roussel", phone="+33612589734", bac=3, grad="2026-07", unknown=("job_seeking_ess",), status="aim_non_dite")),
    )),
    Group(_b2, (
        edit(_b2, "aim: elsewhere (an investment bank's trading floor)", body="""Bonjour,

J'ai obtenu un master de finance en juin 2026 et je vise un poste d'analyste sur la salle des marchés d'une banque d'investissement.

Hugo Vasseur
07 36 84 21 59""",
             truth=app("Hugo", "Vasseur", phone="+33736842159", bac=5, grad="2026-06", failing=("job_seeking_ess",), status="aim_banque_investissement")),
        edit(_b2, "same meaning: coordination «ni… ni» excluding the non-ESS options", body="""Bonjour,

J'ai obtenu un master de finance en juin 2026. Je ne veux travailler ni dans une banque d'affaires ni dans un fonds spéculatif : je vise un poste d'analyste dans une banque coopérative ou dans la finance solidaire.

Hugo Vasseur
07 36 84 21 59""",
             truth=app("Hugo", "Vasseur", phone="+33736842159", bac=5, grad="2026-06", status="paraphrase_ni_ni_finance_solidaire")),
    )),
    Group(_b3, (
        edit(_b3, "aim: elsewhere (a large hotel chain)", body="""Bonjour,
Je suis diplômée d'un BTS Tourisme (juin 2025). Je voudrais travailler à la réception d'un grand groupe hôtelier international.
Léna Morvan
06 70 39 52 18""",
             truth=app("Léna", "Morvan", phone="+33670395218", bac=2, grad="2025-06", failing=("job_seeking_ess",), status="aim_groupe_hotelier")),
        edit(_b3, "kind: an employer (a holiday association) posting an offer", frm="Recrutement Vacances Partagées <emploi@vacances-partagees.example.org>", subject="Offre d'emploi : chargé·e d'accueil (CDI)", body="""Bonjour,
Notre association de villages vacances recrute un·e chargé·e d'accueil en CDI, BTS Tourisme apprécié, poste basé à Annecy. Pourriez-vous diffuser cette offre auprès des jeunes que vous accompagnez ?
Service recrutement, Vacances Partagées""",
             truth={"kind": "other"}),
    )),
    Group(_b4, (
        edit(_b4, "writer: Dylan himself, same facts", frm="Dylan Marchal <dylan.marchal@example.com>", subject="Candidature Pro'pulse", body="""Bonjour,

Ma conseillère de la Mission Locale de Creil m'a parlé de vous. J'ai 23 ans, je suis titulaire d'un BTS Gestion de la PME obtenu en juin 2025 et je souhaite travailler comme assistant administratif dans une association ou une SCOP. Mon numéro : 07 45 12 86 93.

Dylan Marchal""",
             truth=app("Dylan", "Marchal", phone="+33745128693", bac=2, grad="2025-06", status="lui_meme_au_lieu_de_ml")),
        edit(_b4, "date: the BTS obtained in June 2022 (older than two years), adviser still writing", body="""Bonjour,

Je suis conseillère à la Mission Locale de Creil et je vous adresse Dylan Marchal, 23 ans, titulaire d'un BTS Gestion de la PME obtenu en juin 2022. Il souhaite travailler comme assistant administratif dans une association ou une SCOP. Ses coordonnées : dylan.marchal@example.com, 07 45 12 86 93.

Karima Benali
Conseillère en insertion professionnelle""",
             truth=app("Dylan", "Marchal", phone="+33745128693", bac=2, grad="2022-06", failing=("graduation_recent",), email="dylan.marchal@example.com", forwarded_by="karima.benali@missionlocale-creil.example.org", status="ml_oriente_bts_2022")),
    )),
    Group(_b5, (
        edit(_b5, "kind: a pure question about the next promotion, no personal fact", frm="g.perrin.infos@example.com", body="""Bonsoir,

Quand commence la prochaine promotion de Pro'pulse, et combien de temps dure l'accompagnement ? Les séances ont-elles lieu à distance ?

Merci d'avance""",
             truth={"kind": "question"}),
        edit(_b5, "studies: the master not yet finished («pas encore» — soutenance en juin 2027)", body="""Bonsoir,

Je souhaiterais entrer dans la promotion suivante de Pro'pulse. Je n'ai pas encore terminé mon master en coopération internationale (soutenance en juin 2027), ma licence date de juin 2025, et je cherche un poste de chargée de projets dans une ONG de solidarité internationale.

Gaëlle Perrin
06 81 24 70 36""",
             truth=app("Gaëlle", "Perrin", phone="+33681247036", bac=3, grad="2025-06", failing=("studies_finished",), status="pas_encore_fini_master")),
    )),
    Group(_b6, (
        edit(_b6, "kind: an association offering a job of chargé de communication (employer)", frm="Association Les Jardins du Val <contact@jardinsduval.example.org>", subject="Poste de chargé de communication", body="""Bonjour,

Notre association recrute un chargé de communication (CDD 12 mois, master Communication souhaité). Pouvez-vous relayer l'offre auprès de vos participants ?

L'équipe des Jardins du Val""",
             truth={"kind": "other"}),
        edit(_b6, "career: a career change after eight years as a bank adviser", body="""Bonjour,

Conseiller bancaire depuis huit ans, j'ai repris des études et obtenu un master Communication (juin 2026) pour me reconvertir : je cherche un poste de chargé de communication dans une association ou une coopérative. Pouvez-vous m'accompagner ?

Julien Carré
07 18 94 35 62""",
             truth=app("Julien", "Carré", phone="+33718943562", bac=5, grad="2026-06", failing=("not_career_change",), status="reconversion_banque")),
    )),
]
