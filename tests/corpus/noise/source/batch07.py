"""Batch 7: odd date writings («06.2025», «juin2025», «2025/06», «6/25», «JUIN 25»), including the
two sides of the 24-month edge (November 2024 is recent, October 2024 is not). Each message written by
hand; the comment names its noise, the fact the noisy words carry and those words."""

from kit import CV, M, app, auto_reply, newsletter, other, question, reply
from noise import N

MESSAGES = [
    # Noise: dates — graduation — 06.2025
    N("dates", "graduation", "Master 2 ESS — 06.2025", M(
        "Aline Chauvet <aline.chauvet@example.org>", "Candidature", "02 10:30",
        """Bonjour,

Master 2 ESS — 06.2025 — Université de Tours. Je recherche un emploi de chargée de développement dans
une coopérative ou une association.

Aline Chauvet""",
        app("Aline", "Chauvet", phone=None, bac=5, grad="2025-06", status="date_06_2025"),
    )),
    # Noise: dates — graduation — juin2025
    N("dates", "graduation", "BTS SP3S juin2025", M(
        "Wassim Haddad <wassim.haddad@example.com>", "candidature", "03 18:20",
        """Bonjour,
BTS SP3S juin2025, je cherche un emploi dans une association d'aide aux personnes âgées.
Wassim""",
        app("Wassim", "Haddad", phone=None, bac=2, grad="2025-06", status="date_juin2025_colle"),
    )),
    # Noise: dates — graduation — 11.2024 (the edge, recent)
    N("dates", "graduation", "diplômée le 11.2024", M(
        "Elsa Jacob <elsa.jacob@example.net>", "Candidature Pro'pulse", "04 09:40",
        """Bonjour,

Licence pro Intervention sociale, diplômée le 11.2024 (session de rattrapage). Je cherche un emploi
d'accompagnatrice socioprofessionnelle dans un chantier d'insertion.

Elsa Jacob""",
        app("Elsa", "Jacob", phone=None, bac=3, grad="2024-11", status="date_11_2024_limite"),
    )),
    # Noise: dates — graduation — 2024/10 (the edge, old)
    N("dates", "graduation", "obtenu 2024/10", M(
        "Romain Blanc <romain.blanc@example.fr>", "candidature", "05 11:50",
        """Bonjour,

Master développement territorial obtenu 2024/10 (jury d'octobre). Je cherche un emploi dans une
association de développement local.

Romain Blanc""",
        app("Romain", "Blanc", phone=None, bac=5, grad="2024-10", failing=["graduation_recent"],
            status="date_2024_10_limite"),
    )),
    # Noise: dates — graduation — 6/25
    N("dates", "graduation", "DUT GEA (6/25)", M(
        "Lucie Poirier <lucie.poirier@example.com>", "Pro'pulse", "06 13:15",
        """Bonjour,
DUT GEA (6/25), je cherche un poste d'assistante de gestion dans une association ou une SCOP.
Lucie Poirier""",
        app("Lucie", "Poirier", phone=None, bac=2, grad="2025-06", status="date_6_25"),
    )),
    # Noise: dates — graduation — JUIN 24 (year and month plain, old)
    N("dates", "graduation", "LICENCE — JUIN 24", M(
        "Benjamin Lacroix <benjamin.lacroix@example.net>", "candidature", "07 10:00",
        """Bonjour,

LICENCE — JUIN 24 — Sciences sanitaires et sociales. Je cherche un emploi dans une association
de prévention santé.

Benjamin Lacroix""",
        app("Benjamin", "Lacroix", phone=None, bac=3, grad="2024-06", failing=["graduation_recent"],
            status="date_juin_24"),
    )),
    # Noise: dates — graduation — 2024 alone, dotted
    N("dates", "graduation", "promo 2024", M(
        "Marine Olivier <marine.olivier@example.org>", "candidature", "08 14:30",
        """Bonjour,

Diplômée d'un master Gestion de projets culturels, promo 2024 (je n'ai plus le mois en tête). Je
cherche un emploi dans une association culturelle ou un tiers-lieu.

Marine Olivier""",
        app("Marine", "Olivier", phone=None, bac=5, grad="2024", unknown=["graduation_recent"],
            status="date_promo_2024"),
    )),
    # Noise: dates — situation — stage du 01.09 au 28.02
    N("dates", "situation", "stage du 01.09.26 au 28.02.27", M(
        "Hugo Perrin <hugo.perrin@example.fr>", "candidature", "09 09:20",
        """Bonjour,
Licence pro (07.26). Actuellement : stage du 01.09.26 au 28.02.27, coopérative de livraison à vélo.
Ensuite : emploi dans l'ESS.
Hugo Perrin""",
        app("Hugo", "Perrin", phone=None, bac=3, grad="2026-07", failing=["not_internship"],
            status="date_stage_01_09_au_28_02"),
    )),
    # Noise: dates — situation — SC 10/2025–07/2026 (over)
    N("dates", "situation", "Service civique : 10/2025–07/2026", M(
        "Amélie Boyer <amelie.boyer@example.com>", "Candidature", "10 10:45",
        """Bonjour,

BTS ESF : 2025-06. Service civique : 10/2025–07/2026 (terminé). Je cherche un emploi dans une
association de l'habitat.

Amélie Boyer""",
        app("Amélie", "Boyer", phone=None, bac=2, grad="2025-06", status="date_sc_termine_07_2026"),
    )),
    # Noise: dates — studies_finished — soutenance le 12/12
    N("dates", "studies_finished", "soutenance le 12/12", M(
        "Florent Jacquet <florent.jacquet@example.net>", "candidature", "11 16:00",
        """Bonjour,

Licence de droit (2025.07). Master 2 terminé sauf la soutenance le 12/12. Je cherche un emploi de
juriste dans une association d'accès au droit.

Florent Jacquet""",
        app("Florent", "Jacquet", phone=None, bac=3, grad="2025-07", unknown=["studies_finished"],
            status="date_soutenance_12_12"),
    )),
    # Noise: dates — career_change — 2012–2024 CDI
    N("dates", "career_change", "2012–2024 : CDI", M(
        "Sébastien Michel <sebastien.michel@example.org>", "Candidature", "12 11:00",
        """Bonjour,

2012–2024 : CDI de technicien de maintenance. 09/2026 : master Management de l'ESS. Je veux travailler
désormais dans une coopérative.

Sébastien Michel""",
        app("Sébastien", "Michel", phone=None, bac=5, grad="2026-09", failing=["not_career_change"],
            status="date_cdi_2012_2024"),
    )),
    # Noise: dates — graduation — English 2025-09
    N("dates", "graduation", "Sept '25", M(
        "Emily Carter <emily.carter@example.com>", "Application", "13 10:00",
        """Hello,

MA Social Policy, Sept '25. Looking for a job in a French association or co-op.

Emily Carter""",
        app("Emily", "Carter", phone=None, bac=5, grad="2025-09", language="en", status="date_sept_25"),
    )),
    # Noise: dates — kind — réunion le 03/12
    N("dates", "kind", "réunion d'info le 03/12 à 18h", M(
        "Jeanne Roussel <jeanne.roussel@example.fr>", "réunion", "14 12:00",
        """Bonjour, la réunion d'info le 03/12 à 18h est-elle toujours prévue ? Merci.""",
        question(),
    )),
    # Noise: dates — kind — absent du 16.11 au 27.11
    N("dates", "kind", "absent du 16.11 au 27.11", M(
        "Marc Tessier <marc.tessier@example.net>", "Absence", "16 07:00",
        """Je suis absent du 16.11 au 27.11. Message automatique, je vous répondrai à mon retour.""",
        auto_reply(),
    )),
    # Noise: dates — kind — lettre 2026/11
    N("dates", "kind", "Lettre 2026/11", M(
        "Mouvement Associatif <lettre@lma.example.org>", "Lettre 2026/11", "16 08:00",
        """Lettre 2026/11 : baromètre de l'emploi associatif, agenda 12.2026.
Se désabonner en bas de page.""",
        newsletter(),
    )),
    # Noise: dates — kind — reply with date
    N("dates", "kind", "ok pour le 25/11", M(
        "Lucie Poirier <lucie.poirier@example.com>", "Re: Pro'pulse", "17 09:00",
        """ok pour le 25/11 à 14h, merci !

> Le 16 nov. 2026, Pro'pulse <propulse@animafac.net> a écrit :
> Êtes-vous disponible le mercredi 25 novembre à 14 h ?""",
        reply(), headers={"In-Reply-To": "<rdv.1616@animafac.net>"},
    )),
    # Noise: dates — kind — salon 2026.12.08
    N("dates", "kind", "le 2026.12.08", M(
        "Salon Emploi Solidaire <contact@salonsolidaire.example.org>", "Stand", "17 11:00",
        """Bonjour, il reste un stand pour vous au salon de l'emploi solidaire le 2026.12.08. Réponse avant
vendredi svp.""",
        other(),
    )),
    # Noise: dates — graduation — CV with 2025/07
    N("dates", "graduation", "2025/07 Licence Sociologie", M(
        "Charlotte Noel <charlotte.noel@example.fr>", "candidature + CV", "18 10:20",
        """Bonjour,

Mon CV est joint. Je cherche un emploi dans l'économie sociale et solidaire (médiation, animation).

Charlotte Noel""",
        app("Charlotte", "Noel", phone="+33655443322", bac=3, grad="2025-07", info_in="both",
            status="cv_date_2025_07"),
        cv=CV("pdf", "CV_Charlotte_Noel.pdf", """
Charlotte Noel — 06 55 44 33 22
FORMATION
2025/07 Licence Sociologie, Université de Caen
2022/07 Baccalauréat ES
"""),
    )),
]
