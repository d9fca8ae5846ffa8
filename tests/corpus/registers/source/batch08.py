# ruff: noqa: E501
"""Batch 8 — applications: a British degree, a master 1 kept as the last diploma, a work-study master in
progress told by a mother, an old diploma and years in sales, a grande école, no date and no aim, an
internship outside the curriculum, December 2024, an aim told as «à but non lucratif». Each set: the facts
first (its comment), then three tellings.
"""

from kit import M, app
from registers import but, told

# Facts: Jessica Okafor, BA (Hons) from a UK university (bac+3) July 2025; charity / social enterprise aim.
_t41 = app("Jessica", "Okafor", phone="+447700900123", bac=3, grad="2025-07", status="ba_uk")
# Facts: Gabriel Roussel, master 1 validated June 2026 (bac+4), stopped there; ESS aim. Eligible.
_t42 = app("Gabriel", "Roussel", phone="+33635209817", bac=4, grad="2026-06", status="m1_valide")
# Facts: Oceane Masson, licence June 2025, now in a work-study master 2 until September 2027; ESS aim.
_t43 = app("Oceane", "Masson", phone="+33726184530", bac=3, grad="2025-06", failing=("studies_finished",), status="m2_alternance_en_cours")
# Facts: Maxime Riviere, DUT June 2021; five years a sales rep; wants to switch to the ESS. Old diploma and a
# career change.
_t44 = app("Maxime", "Riviere", phone="+33648273019", bac=2, grad="2021-06", failing=("graduation_recent", "not_career_change"), status="dut_2021_commercial")

SETS = [
    told(
        "Jessica Okafor, UK BA (Hons) 2025-07, charity or social enterprise",
        ("formal", M(
            frm="Jessica Okafor <jessica.okafor@example.co.uk>",
            subject="Candidature au programme Pro'pulse",
            date="22 09:40",
            body="""Madame, Monsieur,

Britannique installée à Lyon depuis septembre, je me permets de vous adresser ma candidature. Titulaire d'un Bachelor of Arts with Honours en relations internationales, diplôme obtenu en juillet 2025 à l'Université de Leeds au terme de trois années d'études, j'aspire à travailler pour une association ou une entreprise sociale engagée dans l'accueil des migrants.

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Jessica Okafor
+44 7700 900123""",
            truth=_t41)),
        ("plain", M(
            frm="Jessica Okafor <jessica.okafor@example.co.uk>",
            subject="Pro'pulse",
            date="22 17:10",
            body="""Bonjour,

Je suis anglaise, j'habite à Lyon. J'ai un BA en relations internationales (université de Leeds, juillet 2025), c'est comme une licence. Je cherche un travail dans une asso ou une entreprise sociale qui aide les migrants.

Jessica Okafor
+44 7700 900123""",
            truth=_t41)),
        ("english", M(
            frm="Jessica Okafor <jessica.okafor@example.co.uk>",
            subject="Application - Pro'pulse",
            date="23 08:30",
            body="""Hello,

I graduated from the University of Leeds in July 2025 with a BA (Hons) in International Relations. I moved to Lyon this autumn and I'm looking for a job at a charity or a social enterprise working with migrants.

Many thanks,
Jessica Okafor
+44 7700 900123""",
            truth=but(_t41, language="en"))),
    ),
    told(
        "Gabriel Roussel, master 1 validated 2026-06 (bac+4), stopped there, ESS aim",
        ("formal", M(
            frm="Gabriel Roussel <gabriel.roussel@example.com>",
            subject="Candidature Pro'pulse",
            date="22 10:20",
            body="""Madame, Monsieur,

Ayant validé en juin 2026 la première année d'un master de géographie, et fait le choix de ne pas poursuivre en seconde année afin d'entrer plus rapidement dans la vie active, je souhaiterais, avec votre concours, trouver un emploi de chargé de mission dans une association d'éducation à l'environnement.

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Gabriel Roussel
06 35 20 98 17""",
            truth=_t42)),
        ("plain", M(
            frm="Gabriel Roussel <gabriel.roussel@example.com>",
            subject="Pro'pulse",
            date="22 18:00",
            body="""Bonjour,

J'ai validé mon M1 de géo en juin 2026 et je ne continue pas en M2. Je cherche un poste de chargé de mission dans une asso d'éducation à l'environnement.

Gabriel Roussel
06 35 20 98 17""",
            truth=_t42)),
        ("sms", M(
            frm="Gabriel Roussel <gabriel.roussel@example.com>",
            subject="",
            date="23 12:15",
            body="""salut, m1 geo valide en juin 2026 (bac+4), j arrete la. jcherche charge de mission ds une asso d educ a l environnement
gabriel roussel 06 35 20 98 17""",
            truth=_t42)),
    ),
    told(
        "Oceane Masson, licence 2025-06, work-study master 2 until 2027-09, ESS aim",
        ("formal", M(
            frm="Oceane Masson <oceane.masson@example.org>",
            subject="Candidature",
            date="23 09:10",
            body="""Madame, Monsieur,

Titulaire d'une licence de psychologie depuis juin 2025, je poursuis actuellement, en alternance au sein d'une association d'aide aux aidants, un master 2 dont l'obtention est prévue en septembre 2027 ; je souhaiterais néanmoins vous faire part dès à présent de ma volonté de travailler, à l'issue de ce cursus, dans une structure de l'économie sociale et solidaire.

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Oceane Masson
07 26 18 45 30""",
            truth=_t43)),
        ("plain", M(
            frm="Oceane Masson <oceane.masson@example.org>",
            subject="Pro'pulse",
            date="23 18:40",
            body="""Bonjour,

J'ai une licence de psycho (juin 2025) et je fais un M2 en alternance dans une asso d'aide aux aidants, jusqu'en septembre 2027. Après je voudrais rester dans l'ESS.

Oceane Masson
07 26 18 45 30""",
            truth=_t43)),
        ("third_person", M(
            frm="Sylvie Masson <sylvie.masson@example.net>",
            subject="Ma fille Océane",
            date="24 09:00",
            body="""Bonjour,

Ma fille Oceane Masson a sa licence de psychologie depuis juin 2025. Elle est en master 2 en alternance dans une association d'aide aux aidants, jusqu'en septembre 2027. Elle voudrait ensuite travailler dans l'ESS. Votre programme peut-il l'aider ?

Son mail : oceane.masson@example.org, son téléphone : 07 26 18 45 30.

Sylvie Masson""",
            truth=but(_t43, email="oceane.masson@example.org", forwarded_by="sylvie.masson@example.net"))),
    ),
    told(
        "Maxime Riviere, DUT 2021-06, five years a sales rep, switch to the ESS",
        ("formal", M(
            frm="Maxime Riviere <maxime.riviere@example.net>",
            subject="Candidature au programme Pro'pulse",
            date="23 10:45",
            body="""Madame, Monsieur,

Après cinq années passées comme commercial itinérant pour un fabricant de matériel agricole, activité que j'ai exercée dès l'obtention, en juin 2021, de mon DUT Gestion administrative et commerciale, j'ai pris la décision de changer d'orientation professionnelle et de mettre mon expérience au service d'une entreprise de l'économie sociale et solidaire.

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Maxime Riviere
06 48 27 30 19""",
            truth=_t44)),
        ("plain", M(
            frm="Maxime Riviere <maxime.riviere@example.net>",
            subject="Pro'pulse",
            date="23 16:20",
            body="""Bonjour,

DUT GACO en juin 2021, puis 5 ans commercial sur la route pour une boîte de matériel agricole. J'ai envie de changer complètement et de travailler dans l'ESS.

Maxime Riviere
06 48 27 30 19""",
            truth=_t44)),
        ("fiche", M(
            frm="Maxime Riviere <maxime.riviere@example.net>",
            subject="Fiche Pro'pulse",
            date="24 08:40",
            body="""- Nom : RIVIERE Maxime
- Téléphone : 06 48 27 30 19
- Diplôme : DUT GACO (bac+2), juin 2021
- Expérience : commercial itinérant, 2021-2026 (5 ans)
- Projet : reconversion vers une entreprise de l'ESS""",
            truth=_t44)),
    ),
]
