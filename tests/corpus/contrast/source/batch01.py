# ruff: noqa: E501
"""Batch 1 — internships, service civique and alternance: negated, moved in time, given another role.

Each group: the base, then edits that change ONE meaning (named first in the tuple). Labels from the rules:
a current internship or service civique fails; one that has ended does not; a student still studying fails
`studies_finished`.
"""

from contrast import Group, edit
from kit import M, app

_b1 = M(
    frm="Solène Verdier <solene.verdier@example.org>",
    subject="Candidature Pro'pulse",
    date="03 09:12",
    body="""Bonjour,

Titulaire d'un master en économie sociale (Université de Poitiers, juin 2026), je suis en stage au service bénévolat d'une association d'aide alimentaire jusqu'à fin janvier. Je cherche ensuite un poste de coordinatrice de bénévoles dans une structure de l'ESS.

Solène Verdier
06 41 27 83 95""",
    truth=app("Solène", "Verdier", phone="+33641278395", bac=5, grad="2026-06", failing=("not_internship",), status="base_stage_en_cours"),
)
_b2 = M(
    frm="Yanis Belkacem <yanis.belkacem@example.net>",
    subject="Intégrer le programme",
    date="03 11:40",
    body="""Bonjour à l'équipe,

Je m'appelle Yanis Belkacem, j'ai obtenu un BUT Carrières sociales en juin 2025. Je fais actuellement mon service civique dans une ludothèque associative, jusqu'en mai 2027. Je voudrais ensuite trouver un emploi d'animateur dans l'économie sociale et solidaire.

Yanis — 07 52 18 64 30""",
    truth=app("Yanis", "Belkacem", phone="+33752186430", bac=3, grad="2025-06", failing=("not_service_civique",), status="base_civique_en_cours"),
)
_b3 = M(
    frm="Maëlys Fournel <maelys.fournel@example.com>",
    subject="Pro'pulse - candidature",
    date="04 08:05",
    body="""Bonjour,

J'ai validé ma licence professionnelle « Intervention sociale » en septembre 2026. Je suis salariée en CDD dans une épicerie solidaire jusqu'au 31 décembre et je cherche un emploi stable dans l'ESS, idéalement en coordination de projets alimentaires.

Maëlys Fournel
06 18 92 47 53""",
    truth=app("Maëlys", "Fournel", phone="+33618924753", bac=3, grad="2026-09", status="base_cdd_en_cours"),
)
_b4 = M(
    frm="Théo Garnier <theo.garnier@example.org>",
    subject="Demande d'accompagnement",
    date="04 15:30",
    body="""Bonjour,

Je ne suis plus en stage depuis mars : mon stage de fin d'études au sein d'une coopérative d'énergie citoyenne s'est achevé avec mon diplôme (master Transition écologique, mars 2026). Depuis, je candidate auprès de coopératives et d'associations environnementales.

Théo Garnier
07 64 30 12 89""",
    truth=app("Théo", "Garnier", phone="+33764301289", bac=5, grad="2026-03", status="base_plus_en_stage_depuis_mars"),
)
_b5 = M(
    frm="Inès Colombel <ines.colombel@example.net>",
    subject="candidature",
    date="05 10:22",
    body="""Bonjour,
Je suis en alternance en licence pro Gestion des structures sanitaires et sociales, la formation se termine en septembre 2027. Mon BTS SP3S a été obtenu en juin 2025. Je voudrais travailler ensuite dans une mutuelle ou une association d'aide à domicile.
Inès Colombel, 06 75 31 20 48""",
    truth=app("Inès", "Colombel", phone="+33675312048", bac=2, grad="2025-06", failing=("studies_finished",), status="base_alternance_en_cours"),
)
_b6 = M(
    frm="Baptiste Rault <baptiste.rault@example.com>",
    subject="Pro'pulse",
    date="05 14:48",
    body="""Bonjour,

Diplômé d'un master Management de projets culturels (juillet 2025), j'ai été stagiaire dans une compagnie de théâtre associative jusqu'en août. Aujourd'hui je cherche un emploi de chargé de production dans une structure culturelle de l'ESS.

Baptiste Rault
06 93 48 21 07""",
    truth=app("Baptiste", "Rault", phone="+33693482107", bac=5, grad="2025-07", status="base_stagiaire_passe"),
)

GROUPS = [
    Group(_b1, (
        edit(_b1, "tense: the internship has ended (present → past)", body="""Bonjour,

Titulaire d'un master en économie sociale (Université de Poitiers, juin 2026), j'ai terminé fin octobre mon stage au service bénévolat d'une association d'aide alimentaire. Je cherche maintenant un poste de coordinatrice de bénévoles dans une structure de l'ESS.

Solène Verdier
06 41 27 83 95""",
             truth=app("Solène", "Verdier", phone="+33641278395", bac=5, grad="2026-06", status="stage_termine_octobre")),
        edit(_b1, "role: salariée (CDD) instead of stagiaire, same place and end date", body="""Bonjour,

Titulaire d'un master en économie sociale (Université de Poitiers, juin 2026), je suis salariée en CDD au service bénévolat d'une association d'aide alimentaire jusqu'à fin janvier. Je cherche ensuite un poste de coordinatrice de bénévoles dans une structure de l'ESS.

Solène Verdier
06 41 27 83 95""",
             truth=app("Solène", "Verdier", phone="+33641278395", bac=5, grad="2026-06", status="cdd_au_lieu_de_stage")),
    )),
    Group(_b2, (
        edit(_b2, "negation: «je ne fais plus» — the service civique is over", body="""Bonjour à l'équipe,

Je m'appelle Yanis Belkacem, j'ai obtenu un BUT Carrières sociales en juin 2025. Je ne fais plus mon service civique dans la ludothèque associative : il s'est terminé en octobre. Je voudrais maintenant trouver un emploi d'animateur dans l'économie sociale et solidaire.

Yanis — 07 52 18 64 30""",
             truth=app("Yanis", "Belkacem", phone="+33752186430", bac=3, grad="2025-06", status="civique_plus_depuis_octobre")),
        edit(_b2, "tense: the service civique is in the future (starts in January), not current", body="""Bonjour à l'équipe,

Je m'appelle Yanis Belkacem, j'ai obtenu un BUT Carrières sociales en juin 2025. On m'a proposé un service civique dans une ludothèque associative à partir de janvier, mais je préférerais trouver directement un emploi d'animateur dans l'économie sociale et solidaire, c'est pourquoi je vous écris.

Yanis — 07 52 18 64 30""",
             truth=app("Yanis", "Belkacem", phone="+33752186430", bac=3, grad="2025-06", status="civique_propose_futur")),
    )),
    Group(_b3, (
        edit(_b3, "role: stagiaire instead of salariée (current internship)", body="""Bonjour,

J'ai validé ma licence professionnelle « Intervention sociale » en septembre 2026. Je suis stagiaire dans une épicerie solidaire jusqu'au 31 décembre et je cherche un emploi stable dans l'ESS, idéalement en coordination de projets alimentaires.

Maëlys Fournel
06 18 92 47 53""",
             truth=app("Maëlys", "Fournel", phone="+33618924753", bac=3, grad="2026-09", failing=("not_internship",), status="stagiaire_au_lieu_de_cdd")),
        edit(_b3, "same meaning: relative clause and inverted order", body="""Bonjour,

Le CDD que j'occupe dans une épicerie solidaire prend fin le 31 décembre ; c'est un emploi stable dans l'ESS, idéalement en coordination de projets alimentaires, que je recherche. Ma licence professionnelle « Intervention sociale », je l'ai validée en septembre 2026.

Maëlys Fournel
06 18 92 47 53""",
             truth=app("Maëlys", "Fournel", phone="+33618924753", bac=3, grad="2026-09", status="paraphrase_relative_inversion")),
    )),
    Group(_b4, (
        edit(_b4, "negation removed: still in the internship", body="""Bonjour,

Je suis toujours en stage : mon stage de fin d'études au sein d'une coopérative d'énergie citoyenne dure jusqu'en février, mon master Transition écologique a été validé en mars 2026. En parallèle, je candidate auprès de coopératives et d'associations environnementales.

Théo Garnier
07 64 30 12 89""",
             truth=app("Théo", "Garnier", phone="+33764301289", bac=5, grad="2026-03", failing=("not_internship",), status="toujours_en_stage")),
        edit(_b4, "same meaning: «n'est plus» passive — the internship is finished", body="""Bonjour,

Mon stage de fin d'études, effectué au sein d'une coopérative d'énergie citoyenne, a été clôturé en mars en même temps que la délivrance de mon master Transition écologique (mars 2026) ; je n'ai plus aucune convention en cours. Depuis, je candidate auprès de coopératives et d'associations environnementales.

Théo Garnier
07 64 30 12 89""",
             truth=app("Théo", "Garnier", phone="+33764301289", bac=5, grad="2026-03", status="paraphrase_passif_plus_de_convention")),
    )),
    Group(_b5, (
        edit(_b5, "tense: the alternance ended in September 2026 (licence pro obtained)", body="""Bonjour,
J'étais en alternance en licence pro Gestion des structures sanitaires et sociales, la formation s'est terminée en septembre 2026 et je l'ai obtenue. Mon BTS SP3S date de juin 2025. Je voudrais travailler maintenant dans une mutuelle ou une association d'aide à domicile.
Inès Colombel, 06 75 31 20 48""",
             truth=app("Inès", "Colombel", phone="+33675312048", bac=3, grad="2026-09", status="alternance_terminee")),
        edit(_b5, "third party: her mother writes for her, same facts", frm="Sylvie Colombel <sylvie.colombel@example.net>", subject="candidature de ma fille", body="""Bonjour,
Je vous écris pour ma fille Inès Colombel : elle est en alternance en licence pro Gestion des structures sanitaires et sociales, la formation se termine en septembre 2027. Son BTS SP3S a été obtenu en juin 2025. Elle voudrait travailler ensuite dans une mutuelle ou une association d'aide à domicile.
Son numéro : 06 75 31 20 48, son mail : ines.colombel@example.net
Sylvie Colombel""",
             truth=app("Inès", "Colombel", phone="+33675312048", bac=2, grad="2025-06", failing=("studies_finished",), email="ines.colombel@example.net", forwarded_by="sylvie.colombel@example.net", status="mere_ecrit_alternance")),
    )),
    Group(_b6, (
        edit(_b6, "tense: stagiaire now («je suis stagiaire … jusqu'en mars»)", body="""Bonjour,

Diplômé d'un master Management de projets culturels (juillet 2025), je suis stagiaire dans une compagnie de théâtre associative jusqu'en mars. Je cherche ensuite un emploi de chargé de production dans une structure culturelle de l'ESS.

Baptiste Rault
06 93 48 21 07""",
             truth=app("Baptiste", "Rault", phone="+33693482107", bac=5, grad="2025-07", failing=("not_internship",), status="stagiaire_present")),
        edit(_b6, "role: bénévole instead of stagiaire, still ongoing (not an internship)", body="""Bonjour,

Diplômé d'un master Management de projets culturels (juillet 2025), je suis bénévole dans une compagnie de théâtre associative depuis août. Aujourd'hui je cherche un emploi de chargé de production dans une structure culturelle de l'ESS.

Baptiste Rault
06 93 48 21 07""",
             truth=app("Baptiste", "Rault", phone="+33693482107", bac=5, grad="2025-07", status="benevole_au_lieu_de_stagiaire")),
    )),
]
