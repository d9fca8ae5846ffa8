# ruff: noqa: E501
"""Batch 6 — applications: a state diploma of social work, a diploma of 2023, a final-year student, an
intern presented by a careers service, an Algerian master, a volunteer in service civique, an aim in the
civil service, a service civique long over, a fixed-term job now, no diploma said. Each set: the facts
first (its comment), then three tellings.
"""

from kit import M, app
from registers import but, told

# Facts: Zoe Lefevre, DE éducatrice spécialisée (bac+3) July 2025; child protection association aim. Eligible.
_t31 = app("Zoe", "Lefevre", phone="+33684520317", bac=3, grad="2025-07", status="deeds_2025")
# Facts: Antoine Blanc, licence pro June 2023 (more than two years); ESS aim. Not eligible.
_t32 = app("Antoine", "Blanc", phone="+33612087439", bac=3, grad="2023-06", failing=("graduation_recent",), status="lp_2023")
# Facts: Mathis Perrin, final year of a licence (L3), ends June 2027, no diploma yet; ESS aim. Still studying.
_t33 = app("Mathis", "Perrin", phone="+33745019263", bac="*", grad=None, failing=("studies_finished",), status="l3_en_cours")
# Facts: Lou Tessier, master June 2025; intern in a cooperative until January 2027; ESS aim.
_t34 = app("Lou", "Tessier", phone="+33670814235", bac=5, grad="2025-06", failing=("not_internship",), status="stagiaire_scop")

SETS = [
    told(
        "Zoe Lefevre, DE éducatrice spécialisée 2025-07, child protection association",
        ("formal", M(
            frm="Zoe Lefevre <zoe.lefevre@example.net>",
            subject="Candidature Pro'pulse",
            date="12 09:05",
            body="""Madame, Monsieur,

Je me permets de vous adresser ma candidature. Le diplôme d'État d'éducatrice spécialisée, sanctionnant trois années de formation et qui m'a été délivré en juillet 2025, m'a préparée à l'accompagnement des enfants et des familles, et c'est au sein d'une association de protection de l'enfance que je souhaiterais à présent exercer.

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Zoe Lefevre
06 84 52 03 17""",
            truth=_t31)),
        ("plain", M(
            frm="Zoe Lefevre <zoe.lefevre@example.net>",
            subject="Pro'pulse",
            date="12 18:40",
            body="""Bonjour,

Je suis éducatrice spécialisée diplômée d'État depuis juillet 2025. Je voudrais travailler dans une association de protection de l'enfance (foyer, AEMO…).

Zoe Lefevre
06 84 52 03 17""",
            truth=_t31)),
        ("sms", M(
            frm="Zoe Lefevre <zoe.lefevre@example.net>",
            subject="pro pulse",
            date="13 21:30",
            body="""bonsoir
deees eu en juillet 2025 (bac+3). jcherche ds une asso de protection de l enfance
zoe lefevre 06 84 52 03 17""",
            truth=_t31)),
    ),
    told(
        "Antoine Blanc, licence pro 2023-06 (too old), ESS aim",
        ("formal", M(
            frm="Antoine Blanc <antoine.blanc@example.com>",
            subject="Candidature au programme Pro'pulse",
            date="13 10:20",
            body="""Madame, Monsieur,

Bien que la licence professionnelle en gestion de projets culturels dont je suis titulaire m'ait été délivrée il y a maintenant plusieurs années, en juin 2023 précisément, je nourris toujours le projet de travailler dans une structure culturelle de l'économie sociale et solidaire, et me permets donc de solliciter votre accompagnement.

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Antoine Blanc
06 12 08 74 39""",
            truth=_t32)),
        ("plain", M(
            frm="Antoine Blanc <antoine.blanc@example.com>",
            subject="Pro'pulse",
            date="13 16:00",
            body="""Bonjour,

J'ai eu ma licence pro gestion de projets culturels en juin 2023. Je cherche toujours un poste dans une structure culturelle de l'ESS (tiers-lieu, asso, coopérative).

Antoine Blanc
06 12 08 74 39""",
            truth=_t32)),
        ("fiche", M(
            frm="Antoine Blanc <antoine.blanc@example.com>",
            subject="Candidature",
            date="14 09:30",
            body="""Nom : Blanc
Prénom : Antoine
Tél : 06 12 08 74 39
Diplôme : LP Gestion de projets culturels (bac+3)
Année d'obtention : 2023 (juin)
Recherche : poste en structure culturelle de l'ESS""",
            truth=_t32)),
    ),
    told(
        "Mathis Perrin, L3 in progress (ends 2027-06), no diploma yet, ESS aim",
        ("formal", M(
            frm="Mathis Perrin <mathis.perrin@example.org>",
            subject="Candidature Pro'pulse",
            date="14 11:15",
            body="""Madame, Monsieur,

Actuellement inscrit en troisième année de licence d'économie, année au terme de laquelle, en juin 2027, je devrais obtenir mon diplôme, je souhaiterais anticiper mon insertion professionnelle dans l'économie sociale et solidaire et me demandais s'il m'était possible de bénéficier dès maintenant de votre programme.

Je vous prie d'agréer, Madame, Monsieur, mes salutations respectueuses.

Mathis Perrin
07 45 01 92 63""",
            truth=_t33)),
        ("plain", M(
            frm="Mathis Perrin <mathis.perrin@example.org>",
            subject="Pro'pulse",
            date="14 20:10",
            body="""Bonjour,

Je suis en L3 d'éco, je finis en juin 2027. J'aimerais travailler dans l'ESS après, est-ce que je peux déjà m'inscrire à Pro'pulse ?

Mathis Perrin
07 45 01 92 63""",
            truth=_t33)),
        ("english", M(
            frm="Mathis Perrin <mathis.perrin@example.org>",
            subject="Pro'pulse question / application",
            date="15 09:45",
            body="""Hi,

I'm in the final year of my bachelor's in economics and will graduate in June 2027. I want to work in the social and solidarity economy afterwards — could I already join Pro'pulse?

Mathis Perrin
07 45 01 92 63""",
            truth=but(_t33, language="en"))),
    ),
    told(
        "Lou Tessier, master 2025-06, intern in a cooperative until 2027-01, ESS aim",
        ("formal", M(
            frm="Lou Tessier <lou.tessier@example.com>",
            subject="Candidature au programme Pro'pulse",
            date="15 10:30",
            body="""Madame, Monsieur,

Titulaire d'un master en agroécologie délivré en juin 2025, j'effectue en ce moment, au sein d'une coopérative agricole, un stage régi par une convention qui court jusqu'en janvier 2027 ; c'est dans une structure de ce type, ou plus largement de l'économie sociale et solidaire, que je souhaiterais obtenir mon premier emploi.

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Lou Tessier
06 70 81 42 35""",
            truth=_t34)),
        ("plain", M(
            frm="Lou Tessier <lou.tessier@example.com>",
            subject="Pro'pulse",
            date="15 17:20",
            body="""Bonjour,

J'ai mon master agroécologie depuis juin 2025. Je suis stagiaire dans une coopérative agricole jusqu'en janvier. Après je voudrais y être embauchée, ou ailleurs dans l'ESS.

Lou Tessier
06 70 81 42 35""",
            truth=_t34)),
        ("third_person", M(
            frm="Service carrières <carrieres@univ.example.org>",
            subject="Une diplômée pour Pro'pulse : Lou Tessier",
            date="16 09:00",
            body="""Bonjour,

Le service carrières de l'université vous présente Lou Tessier, diplômée de notre master agroécologie (juin 2025). Elle est actuellement en stage dans une coopérative agricole, jusqu'en janvier 2027, et vise un premier emploi dans l'ESS.

Contact : lou.tessier@example.com, 06 70 81 42 35.

Le service carrières""",
            truth=but(_t34, email="lou.tessier@example.com", forwarded_by="carrieres@univ.example.org"))),
    ),
]
