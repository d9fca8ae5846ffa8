# ruff: noqa: E501
"""Batch 9 — applications: a grande école, no date and no aim, an internship outside the curriculum told in
franglais, December 2024 (23 months), an aim told as «à but non lucratif». Each set: the facts first (its
comment), then three tellings.
"""

from kit import M, app
from registers import but, told

# Facts: Leila Mansour, Sciences Po master (bac+5) June 2026; aims at a foundation. Eligible.
_t45 = app("Leila", "Mansour", phone="+33675402913", bac=5, grad="2026-06", status="sciences_po_fondation")
# Facts: Ibrahim Sow, licence in law, no date, no aim said. Date and aim unknown.
_t46 = app("Ibrahim", "Sow", phone="+33753614028", bac=3, grad=None, unknown=("graduation_recent", "job_seeking_ess"), status="licence_droit_rien_dautre")
# Facts: Justine Morel, master September 2026; internship outside the curriculum until March 2027; ESS aim.
_t47 = app("Justine", "Morel", phone="+33691357246", bac=5, grad="2026-09", failing=("not_internship",), status="stage_hors_cursus")
# Facts: Quentin Roche, BTS December 2024 (23 months); ESS aim. Eligible.
_t48 = app("Quentin", "Roche", phone="+33614509382", bac=2, grad="2024-12", status="bts_decembre_2024")
# Facts: Eva Picard, licence June 2026; aim: a non-profit organisation. Eligible.
_t49 = app("Eva", "Picard", phone="+33780213496", bac=3, grad="2026-06", status="aim_but_non_lucratif")

SETS = [
    told(
        "Leila Mansour, Sciences Po master 2026-06, foundation",
        ("formal", M(
            frm="Leila Mansour <leila.mansour@example.org>",
            subject="Candidature au programme Pro'pulse",
            date="24 10:15",
            body="""Madame, Monsieur,

Diplômée de Sciences Po, où j'ai achevé en juin 2026 le master Affaires publiques, je souhaiterais orienter mes débuts professionnels vers le mécénat et la philanthropie, et plus particulièrement vers une fondation reconnue d'utilité publique ; votre programme me semble à même de m'aider à concrétiser ce projet.

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Leila Mansour
06 75 40 29 13""",
            truth=_t45)),
        ("plain", M(
            frm="Leila Mansour <leila.mansour@example.org>",
            subject="Pro'pulse",
            date="24 17:30",
            body="""Bonjour,

Je sors de Sciences Po (master affaires publiques, diplômée en juin 2026). Je voudrais travailler dans une fondation, côté mécénat ou programmes.

Leila Mansour
06 75 40 29 13""",
            truth=_t45)),
        ("english", M(
            frm="Leila Mansour <leila.mansour@example.org>",
            subject="Pro'pulse application",
            date="25 08:50",
            body="""Hello,

I graduated from Sciences Po in June 2026 (Master in Public Affairs). I'm looking for my first job in a foundation, in philanthropy or programme management.

Best wishes,
Leila Mansour
06 75 40 29 13""",
            truth=but(_t45, language="en"))),
    ),
    told(
        "Ibrahim Sow, licence in law, no date, no aim",
        ("formal", M(
            frm="Ibrahim Sow <ibrahim.sow@example.com>",
            subject="Candidature",
            date="24 11:30",
            body="""Madame, Monsieur,

Je me permets de vous adresser ma candidature au programme Pro'pulse, dont j'ai entendu parler par le bouche-à-oreille. Titulaire d'une licence en droit, je serais heureux de pouvoir échanger avec vous sur les modalités de votre accompagnement.

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Ibrahim Sow
07 53 61 40 28""",
            truth=_t46)),
        ("plain", M(
            frm="Ibrahim Sow <ibrahim.sow@example.com>",
            subject="Pro'pulse",
            date="24 19:10",
            body="""Bonjour,

J'ai une licence de droit et je voudrais m'inscrire à votre programme. Comment on fait ?

Ibrahim Sow
07 53 61 40 28""",
            truth=_t46)),
        ("sms", M(
            frm="Ibrahim Sow <ibrahim.sow@example.com>",
            subject="inscription",
            date="25 23:20",
            body="""bjr g une licence de droit, jveux m inscrire a pro pulse, on fait comment
ibrahim sow 0753614028""",
            truth=_t46)),
    ),
    told(
        "Justine Morel, master 2026-09, internship outside the curriculum until 2027-03, ESS aim",
        ("formal", M(
            frm="Justine Morel <justine.morel@example.net>",
            subject="Candidature Pro'pulse",
            date="25 09:20",
            body="""Madame, Monsieur,

Diplômée en septembre 2026 d'un master en communication des organisations, j'effectue à l'heure actuelle, hors de tout cursus, un stage au sein d'une association de défense des consommateurs, stage dont la convention prendra fin en mars 2027 ; je souhaiterais à son issue trouver un emploi de chargée de communication dans une structure de l'économie sociale et solidaire.

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Justine Morel
06 91 35 72 46""",
            truth=_t47)),
        ("plain", M(
            frm="Justine Morel <justine.morel@example.net>",
            subject="Pro'pulse",
            date="25 16:00",
            body="""Bonjour,

J'ai mon master communication depuis septembre. Là je fais un stage hors cursus dans une asso de défense des consommateurs, jusqu'en mars 2027. Ensuite je cherche un poste de chargée de com dans l'ESS.

Justine Morel
06 91 35 72 46""",
            truth=_t47)),
        ("english", M(
            frm="Justine Morel <justine.morel@example.net>",
            subject="Pro'pulse - candidature",
            date="26 08:10",
            body="""Hi,

I got my master's in corporate communication in September 2026. Right now I'm doing an internship (stage hors cursus) at a consumer rights association, until March 2027. After that I want a comms job in the social and solidarity economy — in an asso or a coop.

Thanks,
Justine Morel
06 91 35 72 46""",
            truth=but(_t47, language="en"))),
    ),
    told(
        "Quentin Roche, BTS 2024-12 (23 months), ESS aim",
        ("formal", M(
            frm="Quentin Roche <quentin.roche@example.org>",
            subject="Candidature au programme Pro'pulse",
            date="25 10:40",
            body="""Madame, Monsieur,

Le BTS Économie sociale familiale qui m'a été délivré en décembre 2024, à l'issue d'une session de rattrapage, m'a conduit à effectuer plusieurs remplacements en centre social ; je souhaiterais désormais stabiliser ma situation en obtenant un emploi de conseiller en économie sociale familiale dans une association.

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Quentin Roche
06 14 50 93 82""",
            truth=_t48)),
        ("plain", M(
            frm="Quentin Roche <quentin.roche@example.org>",
            subject="Pro'pulse",
            date="25 18:25",
            body="""Bonjour,

J'ai eu mon BTS ESF en décembre 2024 (au rattrapage). J'ai fait des remplacements en centre social depuis. Je cherche un poste fixe de conseiller ESF dans une association.

Quentin Roche
06 14 50 93 82""",
            truth=_t48)),
        ("fiche", M(
            frm="Quentin Roche <quentin.roche@example.org>",
            subject="Candidature",
            date="26 09:05",
            body="""Nom : Roche
Prénom : Quentin
Tél : 06 14 50 93 82
Diplôme : BTS ESF (bac+2)
Obtenu : 12/2024
Expérience : remplacements en centre social
Recherche : conseiller en ESF en association""",
            truth=_t48)),
    ),
    told(
        "Eva Picard, licence 2026-06, aim: a non-profit organisation",
        ("formal", M(
            frm="Eva Picard <eva.picard@example.com>",
            subject="Candidature",
            date="26 09:30",
            body="""Madame, Monsieur,

Titulaire depuis juin 2026 d'une licence d'information et communication, je souhaite exercer mon premier métier dans une structure à but non lucratif, où la communication sert une cause plutôt qu'un chiffre d'affaires ; c'est pourquoi je sollicite votre accompagnement.

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Eva Picard
07 80 21 34 96""",
            truth=_t49)),
        ("plain", M(
            frm="Eva Picard <eva.picard@example.com>",
            subject="Pro'pulse",
            date="26 10:50",
            body="""Bonjour,

J'ai ma licence info-com depuis juin 2026. Je cherche un premier job en communication dans une structure non lucrative, pour une cause qui a du sens.

Eva Picard
07 80 21 34 96""",
            truth=_t49)),
        ("third_person", M(
            frm="Karine Lopez <karine.lopez@missionlocale.example.net>",
            subject="Orientation : Eva Picard",
            date="26 11:15",
            body="""Bonjour,

Je vous oriente Eva Picard, que j'accompagne à la Mission Locale. Elle a obtenu une licence d'information et communication en juin 2026 et cherche un emploi dans une structure à but non lucratif, en communication.

Coordonnées d'Eva : eva.picard@example.com, 07 80 21 34 96.

Bien à vous,
Karine Lopez, conseillère""",
            truth=but(_t49, email="eva.picard@example.com", forwarded_by="karine.lopez@missionlocale.example.net"))),
    ),
]
