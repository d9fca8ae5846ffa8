# ruff: noqa: E501
"""Batch 7 — bases that are not applications: a question about the programme, an employer's offer, a partner
writing. The edits add one personal fact (the question becomes an application) or change who writes.
"""

from contrast import Group, edit
from kit import M, app

_b1 = M(
    frm="curieux.ess@example.net",
    subject="Conditions d'accès",
    date="20 09:10",
    body="""Bonjour,

Quels sont les critères pour participer à Pro'pulse ? Faut-il obligatoirement un bac+2 ?

Merci""",
    truth={"kind": "question"},
)
_b2 = M(
    frm="Recrutement Coop'Habitat <rh@coophabitat.example.com>",
    subject="Offre : chargé·e de gestion locative",
    date="20 11:25",
    body="""Bonjour,

La coopérative Coop'Habitat recrute un·e chargé·e de gestion locative (CDI, Nantes), BTS Professions immobilières ou équivalent. Merci de faire suivre à vos participants.

Le service RH""",
    truth={"kind": "other"},
)
_b3 = M(
    frm="renseignements.promo@example.org",
    subject="Durée du programme",
    date="21 08:40",
    body="""Bonjour,
Combien de temps dure l'accompagnement Pro'pulse et est-il gratuit ?
Bonne journée""",
    truth={"kind": "question"},
)
_b4 = M(
    frm="Fédération des Centres Sociaux du Cher <contact@fcs18.example.org>",
    subject="Partenariat : atelier de présentation",
    date="21 14:00",
    body="""Bonjour,

Nous aimerions organiser avec vous un atelier de présentation de Pro'pulse pour les jeunes diplômés de nos centres sociaux au printemps. Seriez-vous disponibles pour en parler ?

Bien à vous,
La Fédération des Centres Sociaux du Cher""",
    truth={"kind": "other"},
)
_b5 = M(
    frm="question.anonyme@example.com",
    subject="Et si on est en stage ?",
    date="22 10:30",
    body="""Bonjour,
Peut-on candidater à Pro'pulse pendant un stage, ou faut-il attendre qu'il soit fini ?
Merci d'avance""",
    truth={"kind": "question"},
)

GROUPS = [
    Group(_b1, (
        edit(_b1, "kind: the writer adds her own diploma, date and aim (an application)", frm="Aurélie Besson <aurelie.besson@example.net>", body="""Bonjour,

Quels sont les critères pour participer à Pro'pulse ? J'ai un BTS Assistance technique d'ingénieur obtenu en juin 2026 et je cherche un emploi dans une coopérative de l'économie sociale et solidaire.

Aurélie Besson
06 15 93 27 84""",
             truth=app("Aurélie", "Besson", phone="+33615932784", bac=2, grad="2026-06", status="question_devient_candidature")),
        edit(_b1, "same meaning: the question asked another way (relative clause)", body="""Bonjour,

Pourriez-vous me préciser le niveau de diplôme qui est demandé pour participer à Pro'pulse ? Un bac+2 est-il le minimum ?

Merci""",
             truth={"kind": "question"}),
    )),
    Group(_b2, (
        edit(_b2, "writer: a graduate applying (she wants that kind of job)", frm="Fanny Guillot <fanny.guillot@example.com>", subject="Candidature : gestion locative en coopérative", body="""Bonjour,

Je cherche un poste de chargée de gestion locative dans une coopérative d'habitants ou un bailleur associatif, à Nantes. J'ai un BTS Professions immobilières obtenu en juillet 2025.

Fanny Guillot
07 48 26 91 35""",
             truth=app("Fanny", "Guillot", phone="+33748269135", bac=2, grad="2025-07", status="offre_devient_candidature")),
        edit(_b2, "same meaning: the offer in a passive construction", body="""Bonjour,

Un poste de chargé·e de gestion locative (CDI, Nantes) est à pourvoir au sein de la coopérative Coop'Habitat ; un BTS Professions immobilières ou équivalent est demandé. Merci de faire suivre à vos participants.

Le service RH""",
             truth={"kind": "other"}),
    )),
    Group(_b3, (
        edit(_b3, "kind: the question comes with personal facts (licence 2025, ESS aim)", frm="Hélène Masson <helene.masson@example.org>", body="""Bonjour,
Combien de temps dure l'accompagnement Pro'pulse et est-il gratuit ? Je suis diplômée d'une licence d'histoire (juin 2025) et je cherche un emploi dans une association de médiation culturelle.
Hélène Masson 06 62 35 18 97
Bonne journée""",
             truth=app("Hélène", "Masson", phone="+33662351897", bac=3, grad="2025-06", status="question_avec_faits")),
        edit(_b3, "kind: the question asked on behalf of a son, with no fact about him", frm="Martine Jourdan <martine.jourdan@example.com>", body="""Bonjour,
Mon fils hésite à candidater : combien de temps dure l'accompagnement Pro'pulse et est-il gratuit ?
Bonne journée""",
             truth={"kind": "question"}),
    )),
    Group(_b4, (
        edit(_b4, "writer: a careers service presenting one named graduate (an application by referral)", frm="BAIP Université de Bourges <baip@univ-bourges.example.org>", subject="Présentation d'une diplômée", body="""Bonjour,

Le bureau d'aide à l'insertion professionnelle vous présente Clara Bonnet, diplômée d'une licence AES en juin 2026, qui cherche un poste d'assistante de coordination dans un centre social associatif. Elle est joignable au 06 87 20 45 13 ou à clara.bonnet@example.net.

Bien à vous,
Le BAIP""",
             truth=app("Clara", "Bonnet", phone="+33687204513", bac=3, grad="2026-06", email="clara.bonnet@example.net", forwarded_by="baip@univ-bourges.example.org", status="partenaire_devient_orientation")),
        edit(_b4, "same meaning: the partnership request written as a question to the team", body="""Bonjour,

Serait-il possible d'organiser ensemble, au printemps, un atelier où Pro'pulse serait présenté aux jeunes diplômés de nos centres sociaux ? Nous pourrions en parler quand vous le souhaitez.

Bien à vous,
La Fédération des Centres Sociaux du Cher""",
             truth={"kind": "other"}),
    )),
    Group(_b5, (
        edit(_b5, "kind: the writer is in that situation (a current stage, with her facts)", frm="Laura Petit <laura.petit@example.com>", body="""Bonjour,
Je suis en stage dans une association de protection de l'enfance jusqu'en mars ; j'ai un master de droit obtenu en septembre 2026 et je cherche ensuite un poste de juriste dans l'ESS. Puis-je candidater dès maintenant ?
Laura Petit, 06 40 83 62 19""",
             truth=app("Laura", "Petit", phone="+33640836219", bac=5, grad="2026-09", failing=("not_internship",), status="question_devient_stage_en_cours")),
        edit(_b5, "kind: the writer's internship is over (facts given, ended)", frm="Laura Petit <laura.petit@example.com>", body="""Bonjour,
Mon stage dans une association de protection de l'enfance s'est fini en octobre ; j'ai un master de droit obtenu en septembre 2026 et je cherche un poste de juriste dans l'ESS. Puis-je candidater ?
Laura Petit, 06 40 83 62 19""",
             truth=app("Laura", "Petit", phone="+33640836219", bac=5, grad="2026-09", status="question_devient_stage_fini")),
    )),
]
