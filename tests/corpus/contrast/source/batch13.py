# ruff: noqa: E501
"""Batch 13 — last groups: a Belgian and a Spanish diploma, an employer that is also a graduate's relative,
a «pas encore» on the job search itself.
"""

from contrast import Group, edit
from kit import M, app

_b1 = M(
    frm="Charlotte Dewitte <charlotte.dewitte@example.net>",
    subject="Candidature",
    date="12 09:35",
    body="""Bonjour,

Je suis bachelière en communication (Haute École de Liège, diplôme belge de niveau bac+3), diplômée en juin 2026. Installée à Lille, je recherche un emploi de chargée de communication dans une association culturelle.

Charlotte Dewitte
+32 478 51 26 93""",
    truth=app("Charlotte", "Dewitte", phone="+32478512693", bac=3, grad="2026-06", status="base_bachelier_belge"),
)
_b2 = M(
    frm="Irene Navarro <irene.navarro@example.com>",
    subject="Solicitud / candidature",
    date="12 16:00",
    body="""Bonjour,

J'ai obtenu en juillet 2025 un grado en Trabajo Social (Universidad de Valencia). Je cherche un emploi dans une association d'accueil des personnes exilées en France.

Irene Navarro
06 76 14 38 92""",
    truth=app("Irene", "Navarro", phone="+33676143892", bac="*", grad="2025-07", status="base_grado_espagnol"),
)
_b3 = M(
    frm="Régie de Quartier Saint-Jacques <direction@regie-stjacques.example.org>",
    subject="Recrutement d'un encadrant technique",
    date="13 10:45",
    body="""Bonjour,

Notre régie de quartier recrute un encadrant technique d'insertion (CDI). Pourriez-vous diffuser l'annonce auprès des jeunes diplômés que vous accompagnez ?

La direction""",
    truth={"kind": "other"},
)
_b4 = M(
    frm="Maxime Pelletier <maxime.pelletier@example.net>",
    subject="candidature",
    date="13 17:30",
    body="""Bonjour,
Diplômé d'une licence d'écologie en juin 2026, je cherche activement un emploi dans une association naturaliste : j'ai déjà envoyé une dizaine de candidatures.
Maxime Pelletier 07 65 29 81 40""",
    truth=app("Maxime", "Pelletier", phone="+33765298140", bac=3, grad="2026-06", status="base_cherche_activement"),
)

GROUPS = [
    Group(_b1, (
        edit(_b1, "studies: «pas encore» — the bachelier ends in June 2027", body="""Bonjour,

Je ne suis pas encore bachelière : je termine mon bachelier en communication (Haute École de Liège) en juin 2027. Installée à Lille, je recherche ensuite un emploi de chargée de communication dans une association culturelle.

Charlotte Dewitte
+32 478 51 26 93""",
             truth=app("Charlotte", "Dewitte", phone="+32478512693", bac="*", grad=None, failing=("studies_finished",), status="pas_encore_bacheliere")),
        edit(_b1, "same meaning: inverted order, «c'est en juin 2026 que»", body="""Bonjour,

C'est en juin 2026 que j'ai été diplômée bachelière en communication (Haute École de Liège, niveau bac+3). Un emploi de chargée de communication dans une association culturelle, voilà ce que je recherche depuis mon installation à Lille.

Charlotte Dewitte
+32 478 51 26 93""",
             truth=app("Charlotte", "Dewitte", phone="+32478512693", bac=3, grad="2026-06", status="paraphrase_c_est_en_juin")),
    )),
    Group(_b2, (
        edit(_b2, "date: the grado obtained in July 2020", body="""Bonjour,

J'ai obtenu en juillet 2020 un grado en Trabajo Social (Universidad de Valencia). Je cherche un emploi dans une association d'accueil des personnes exilées en France.

Irene Navarro
06 76 14 38 92""",
             truth=app("Irene", "Navarro", phone="+33676143892", bac="*", grad="2020-07", failing=("graduation_recent",), status="grado_2020")),
        edit(_b2, "kind: a question about Spanish diplomas, no personal fact", frm="preguntas.propulse@example.com", body="""Bonjour,

Un grado espagnol est-il reconnu pour entrer dans le programme Pro'pulse ? À quel niveau français correspond-il pour vous ?

Gracias""",
             truth={"kind": "question"}),
    )),
    Group(_b3, (
        edit(_b3, "writer: a graduate applying for that kind of post", frm="Kylian Jacob <kylian.jacob@example.com>", subject="Candidature : encadrant technique d'insertion", body="""Bonjour,

Je cherche un poste d'encadrant technique d'insertion dans une régie de quartier ou un chantier d'insertion. J'ai un BTS Bâtiment obtenu en juin 2026.

Kylian Jacob
06 47 83 15 29""",
             truth=app("Kylian", "Jacob", phone="+33647831529", bac=2, grad="2026-06", status="offre_devient_candidature_regie")),
        edit(_b3, "same meaning: the offer with a question to us, still an employer", body="""Bonjour,

Auriez-vous parmi les jeunes que vous accompagnez quelqu'un qui serait intéressé par le poste d'encadrant technique d'insertion (CDI) que notre régie de quartier ouvre ? Nous vous remercions de diffuser l'annonce.

La direction""",
             truth={"kind": "other"}),
    )),
    Group(_b4, (
        edit(_b4, "aim: «pas encore» looking — he will start searching after a year travelling", body="""Bonjour,
Diplômé d'une licence d'écologie en juin 2026, je ne cherche pas encore d'emploi : je pars un an voyager, et je voulais connaître votre programme pour plus tard.
Maxime Pelletier 07 65 29 81 40""",
             truth=app("Maxime", "Pelletier", phone="+33765298140", bac=3, grad="2026-06", failing=("job_seeking_ess",), status="pas_encore_en_recherche")),
        edit(_b4, "same meaning: passive «des candidatures ont été envoyées»", body="""Bonjour,
Une dizaine de candidatures ont déjà été envoyées par mes soins à des associations naturalistes : c'est là que je cherche un emploi, ma licence d'écologie ayant été obtenue en juin 2026.
Maxime Pelletier 07 65 29 81 40""",
             truth=app("Maxime", "Pelletier", phone="+33765298140", bac=3, grad="2026-06", status="paraphrase_passif_candidatures")),
    )),
]
