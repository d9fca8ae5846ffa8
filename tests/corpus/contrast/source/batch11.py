# ruff: noqa: E501
"""Batch 11 — career change or not: years in another trade (a reconversion) versus student jobs, a first job
in the same field, a change of employer type. And parents writing for a son or a daughter.
"""

from contrast import Group, edit
from kit import M, app

_b1 = M(
    frm="Estelle Marchetti <estelle.marchetti@example.com>",
    subject="Candidature Pro'pulse",
    date="06 10:05",
    body="""Bonjour,

Pendant mes études j'ai travaillé comme caissière le week-end ; j'ai obtenu ma licence d'économie sociale en juin 2026 et je cherche mon premier emploi de chargée d'accompagnement dans une coopérative d'activité et d'emploi.

Estelle Marchetti
06 58 24 71 96""",
    truth=app("Estelle", "Marchetti", phone="+33658247196", bac=3, grad="2026-06", status="base_job_etudiant_pas_reconversion"),
)
_b2 = M(
    frm="Christophe Hamel <christophe.hamel@example.net>",
    subject="Pour mon fils Antoine",
    date="06 15:55",
    body="""Bonjour,

Mon fils Antoine Hamel a terminé son BUT Gestion des entreprises et des administrations en juin 2026. Il cherche un emploi de gestionnaire dans une association, de préférence dans le sport. Il est joignable au 07 24 68 13 59 et à antoine.hamel@example.com.

Cordialement,
Christophe Hamel""",
    truth=app("Antoine", "Hamel", phone="+33724681359", bac=3, grad="2026-06", email="antoine.hamel@example.com", forwarded_by="christophe.hamel@example.net", status="base_pere_pour_fils"),
)
_b3 = M(
    frm="Sandrine Aubert <sandrine.aubert@example.org>",
    subject="Candidature",
    date="07 09:25",
    body="""Bonjour,

Après quinze ans comme assistante de direction dans l'industrie, j'ai validé un master Économie sociale et solidaire en juin 2026 pour me reconvertir. Je vise un poste de coordinatrice au sein d'une association.

Sandrine Aubert
06 43 58 20 17""",
    truth=app("Sandrine", "Aubert", phone="+33643582017", bac=5, grad="2026-06", failing=("not_career_change",), status="base_reconversion_15_ans"),
)
_b4 = M(
    frm="Paul Truong <paul.truong@example.com>",
    subject="Pro'pulse",
    date="07 14:10",
    body="""Bonjour,

Éducateur spécialisé diplômé en juillet 2025, j'ai travaillé un an en CDD dans un foyer public. Je veux continuer le même métier, mais cette fois dans une association de protection de l'enfance.

Paul Truong
07 69 31 58 24""",
    truth=app("Paul", "Truong", phone="+33769315824", bac=3, grad="2025-07", status="base_meme_metier_autre_employeur"),
)

GROUPS = [
    Group(_b1, (
        edit(_b1, "career: caissière for seven years full time before resuming studies (a reconversion)", body="""Bonjour,

J'ai été caissière à temps plein pendant sept ans avant de reprendre mes études pour changer de voie ; j'ai obtenu ma licence d'économie sociale en juin 2026 et je cherche un emploi de chargée d'accompagnement dans une coopérative d'activité et d'emploi.

Estelle Marchetti
06 58 24 71 96""",
             truth=app("Estelle", "Marchetti", phone="+33658247196", bac=3, grad="2026-06", failing=("not_career_change",), status="caissiere_7_ans_reconversion")),
        edit(_b1, "same meaning: «sans autre expérience que» a student job", body="""Bonjour,

Sans autre expérience qu'un job étudiant de caissière le week-end, je sors d'une licence d'économie sociale (juin 2026) et je cherche mon premier emploi de chargée d'accompagnement dans une coopérative d'activité et d'emploi.

Estelle Marchetti
06 58 24 71 96""",
             truth=app("Estelle", "Marchetti", phone="+33658247196", bac=3, grad="2026-06", status="paraphrase_sans_autre_experience")),
    )),
    Group(_b2, (
        edit(_b2, "writer: Antoine himself", frm="Antoine Hamel <antoine.hamel@example.com>", subject="Candidature Antoine Hamel", body="""Bonjour,

J'ai terminé mon BUT Gestion des entreprises et des administrations en juin 2026. Je cherche un emploi de gestionnaire dans une association, de préférence dans le sport. Mon numéro : 07 24 68 13 59.

Cordialement,
Antoine Hamel""",
             truth=app("Antoine", "Hamel", phone="+33724681359", bac=3, grad="2026-06", status="antoine_lui_meme")),
        edit(_b2, "studies: Antoine is in his last year of BUT (graduating June 2027)", body="""Bonjour,

Mon fils Antoine Hamel est en dernière année de BUT Gestion des entreprises et des administrations, il sera diplômé en juin 2027. Il cherche un emploi de gestionnaire dans une association, de préférence dans le sport, pour la suite. Il est joignable au 07 24 68 13 59 et à antoine.hamel@example.com.

Cordialement,
Christophe Hamel""",
             truth=app("Antoine", "Hamel", phone="+33724681359", bac="*", grad=None, failing=("studies_finished",), email="antoine.hamel@example.com", forwarded_by="christophe.hamel@example.net", status="pere_fils_but_en_cours")),
    )),
    Group(_b3, (
        edit(_b3, "career: the fifteen years removed — the master follows her studies directly", body="""Bonjour,

Tout de suite après ma licence, j'ai validé un master Économie sociale et solidaire en juin 2026. Je cherche un premier poste de coordinatrice dans une association.

Sandrine Aubert
06 43 58 20 17""",
             truth=app("Sandrine", "Aubert", phone="+33643582017", bac=5, grad="2026-06", status="pas_de_carriere_avant")),
        edit(_b3, "same meaning: the reconversion in a relative clause, passive", body="""Bonjour,

Le master Économie sociale et solidaire qui m'a été délivré en juin 2026 est l'aboutissement d'une reconversion, après quinze années passées comme assistante de direction dans l'industrie. Un poste de coordinatrice dans une association est ce que je cherche.

Sandrine Aubert
06 43 58 20 17""",
             truth=app("Sandrine", "Aubert", phone="+33643582017", bac=5, grad="2026-06", failing=("not_career_change",), status="paraphrase_reconversion_relative")),
    )),
    Group(_b4, (
        edit(_b4, "same meaning: «ne… plus» on the public sector, same trade kept", body="""Bonjour,

Diplômé éducateur spécialisé en juillet 2025, je ne veux plus travailler dans le public après un an de CDD en foyer : c'est le même métier que je cherche, dans une association de protection de l'enfance.

Paul Truong
07 69 31 58 24""",
             truth=app("Paul", "Truong", phone="+33769315824", bac=3, grad="2025-07", status="paraphrase_ne_plus_public")),
        edit(_b4, "date: diplôme d'éducateur in July 2023 (older than two years)", body="""Bonjour,

Éducateur spécialisé diplômé en juillet 2023, j'ai travaillé trois ans en CDD dans un foyer public. Je veux continuer le même métier, mais cette fois dans une association de protection de l'enfance.

Paul Truong
07 69 31 58 24""",
             truth=app("Paul", "Truong", phone="+33769315824", bac=3, grad="2023-07", failing=("graduation_recent",), status="educateur_2023")),
    )),
]
