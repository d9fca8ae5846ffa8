# ruff: noqa: E501
"""Batch 7 — applications: an Algerian master, a volunteer in service civique, an aim in the civil service, a
service civique long over, a fixed-term job now, no diploma said. Each set: the facts first (its comment),
then three tellings.
"""

from kit import M, app
from registers import but, told

# Facts: Rayan Bouaziz, Algerian master (bac+5) June 2025; ESS aim (a cooperative bank or an association).
_t35 = app("Rayan", "Bouaziz", phone="+33751836402", bac=5, grad="2025-06", status="master_algerie")
# Facts: Alice Caron, BTS June 2026; volunteer in service civique at a sports club until June 2027; ESS aim.
_t36 = app("Alice", "Caron", phone="+33629471058", bac=2, grad="2026-06", failing=("not_service_civique",), status="volontaire_civique")
# Facts: Samuel Weber, master December 2025; wants to pass the civil-service exams (a town hall). Aim elsewhere.
_t37 = app("Samuel", "Weber", phone="+33688905412", bac=5, grad="2025-12", failing=("job_seeking_ess",), status="aim_fonction_publique")
# Facts: Louise Henry, master January 2026; a service civique in 2023 (long over); ESS aim. Eligible.
_t38 = app("Louise", "Henry", phone="+33764123085", bac=5, grad="2026-01", status="civique_2023_passe")
# Facts: Mehdi Saidi, DUT June 2025; a fixed-term job (CDD) in a supermarket now; ESS aim. Eligible.
_t39 = app("Mehdi", "Saidi", phone="+33617830294", bac=2, grad="2025-06", status="cdd_supermarche")
# Facts: Anais Vidal, 23, says no diploma, asks for an ESS job. Level and date unknown.
_t40 = app("Anais", "Vidal", phone="+33740925816", bac=None, grad=None, unknown=("degree_level", "graduation_recent"), status="aucun_diplome_dit")

SETS = [
    told(
        "Rayan Bouaziz, Algerian master 2025-06, cooperative bank or association",
        ("formal", M(
            frm="Rayan Bouaziz <rayan.bouaziz@example.net>",
            subject="Candidature au programme Pro'pulse",
            date="16 10:40",
            body="""Madame, Monsieur,

Je me permets de vous adresser ma candidature. Diplômé en juin 2025 d'un master en finance, délivré par l'Université d'Alger 3 à l'issue de cinq années d'études supérieures, et arrivé en France pour y construire mon avenir professionnel, j'aspire à mettre mes compétences au service d'une banque coopérative ou d'une association de microcrédit.

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Rayan Bouaziz
07 51 83 64 02""",
            truth=_t35)),
        ("plain", M(
            frm="Rayan Bouaziz <rayan.bouaziz@example.net>",
            subject="Pro'pulse",
            date="16 19:15",
            body="""Bonjour,

J'ai un master en finance de l'université d'Alger (bac+5), eu en juin 2025. Je suis en France depuis cet été. Je cherche un emploi dans une banque coopérative ou une asso de microcrédit.

Rayan Bouaziz
07 51 83 64 02""",
            truth=_t35)),
        ("fiche", M(
            frm="Rayan Bouaziz <rayan.bouaziz@example.net>",
            subject="Fiche candidature",
            date="17 08:10",
            body="""Nom : BOUAZIZ
Prénom : Rayan
Tél. : 07 51 83 64 02
Diplôme : Master Finance — Université d'Alger 3 (Algérie), bac+5
Date : juin 2025
Objectif : banque coopérative ou association de microcrédit""",
            truth=_t35)),
    ),
    told(
        "Alice Caron, BTS 2026-06, volunteer in service civique at a sports club until 2027-06, ESS aim",
        ("formal", M(
            frm="Alice Caron <alice.caron@example.org>",
            subject="Candidature",
            date="17 09:50",
            body="""Madame, Monsieur,

Titulaire d'un BTS Management commercial opérationnel depuis juin 2026, et engagée depuis septembre, en qualité de volontaire du service civique, auprès d'un club sportif associatif, engagement qui se poursuivra jusqu'en juin 2027, je souhaiterais préparer dès à présent, avec votre aide, mon entrée dans une association sportive en tant que salariée.

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Alice Caron
06 29 47 10 58""",
            truth=_t36)),
        ("plain", M(
            frm="Alice Caron <alice.caron@example.org>",
            subject="Pro'pulse",
            date="17 18:35",
            body="""Bonjour,

BTS MCO en poche depuis juin. Je fais mon service civique dans un club de sport associatif depuis septembre, pour 10 mois (jusqu'en juin 2027). J'aimerais après être embauchée dans une asso sportive.

Alice Caron
06 29 47 10 58""",
            truth=_t36)),
        ("sms", M(
            frm="Alice Caron <alice.caron@example.org>",
            subject="",
            date="18 13:20",
            body="""coucou
bts mco obtenu 06/2026, la jsuis volontaire en service civique ds un club de sport jusqu en juin 2027. apres jveux bosser ds une asso sportive
alice caron 0629471058""",
            truth=_t36)),
    ),
    told(
        "Samuel Weber, master 2025-12, wants the civil-service exams (town hall): aim elsewhere",
        ("formal", M(
            frm="Samuel Weber <samuel.weber@example.com>",
            subject="Candidature Pro'pulse",
            date="18 10:00",
            body="""Madame, Monsieur,

Diplômé en décembre 2025 d'un master d'administration publique, je prépare actuellement les concours de la fonction publique territoriale, mon objectif étant d'intégrer les services d'une mairie en qualité d'attaché, et je me demandais si votre programme pourrait m'aider à préparer les épreuves orales.

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Samuel Weber
06 88 90 54 12""",
            truth=_t37)),
        ("plain", M(
            frm="Samuel Weber <samuel.weber@example.com>",
            subject="Pro'pulse",
            date="18 16:30",
            body="""Bonjour,

J'ai fini mon master d'administration publique en décembre 2025. Je prépare les concours de la territoriale pour travailler en mairie. Est-ce que vous aidez pour les oraux ?

Samuel Weber
06 88 90 54 12""",
            truth=_t37)),
        ("english", M(
            frm="Samuel Weber <samuel.weber@example.com>",
            subject="Pro'pulse",
            date="19 09:25",
            body="""Hello,

I completed a master's in public administration in December 2025. I'm now preparing for the local civil service exams, because I want to work for a town hall. Do you help with the oral exams?

Samuel Weber
06 88 90 54 12""",
            truth=but(_t37, language="en"))),
    ),
    told(
        "Louise Henry, master 2026-01, service civique in 2023 (over), ESS aim",
        ("formal", M(
            frm="Louise Henry <louise.henry@example.net>",
            subject="Candidature au programme Pro'pulse",
            date="19 10:50",
            body="""Madame, Monsieur,

Mon engagement dans l'économie sociale et solidaire ne date pas d'hier : dès 2023, j'avais accompli une mission de service civique au sein d'une banque alimentaire, avant de reprendre mes études et d'obtenir, en janvier 2026, un master en gestion des organisations à but non lucratif. Je recherche aujourd'hui un poste de responsable de la vie associative dans une association.

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Louise Henry
07 64 12 30 85""",
            truth=_t38)),
        ("plain", M(
            frm="Louise Henry <louise.henry@example.net>",
            subject="Pro'pulse",
            date="19 17:05",
            body="""Bonjour,

J'ai fait un service civique dans une banque alimentaire en 2023, puis un master en gestion des organisations non lucratives, que j'ai eu en janvier 2026. Aujourd'hui je cherche un poste de responsable vie associative dans une asso.

Louise Henry
07 64 12 30 85""",
            truth=_t38)),
        ("third_person", M(
            frm="Marion Petitjean <marion.petitjean@example.org>",
            subject="Recommandation : Louise Henry",
            date="20 09:15",
            body="""Bonjour,

J'ai encadré Louise Henry lors de son service civique dans notre banque alimentaire, en 2023. Elle a depuis obtenu un master en gestion des organisations à but non lucratif (janvier 2026) et cherche un poste de responsable de la vie associative dans une association. Je vous la recommande vivement.

Ses coordonnées : louise.henry@example.net — 07 64 12 30 85

Marion Petitjean""",
            truth=but(_t38, email="louise.henry@example.net", forwarded_by="marion.petitjean@example.org"))),
    ),
    told(
        "Mehdi Saidi, DUT 2025-06, fixed-term job (CDD) in a supermarket now, ESS aim",
        ("formal", M(
            frm="Mehdi Saidi <mehdi.saidi@example.com>",
            subject="Candidature",
            date="20 10:30",
            body="""Madame, Monsieur,

Titulaire d'un DUT Techniques de commercialisation obtenu en juin 2025, j'occupe actuellement, dans le cadre d'un contrat à durée déterminée, un poste d'employé de rayon en supermarché, emploi alimentaire qui ne répond pas à mes aspirations : je souhaiterais rejoindre une épicerie solidaire ou une coopérative de consommateurs.

Je vous prie d'agréer, Madame, Monsieur, mes respectueuses salutations.

Mehdi Saidi
06 17 83 02 94""",
            truth=_t39)),
        ("plain", M(
            frm="Mehdi Saidi <mehdi.saidi@example.com>",
            subject="Pro'pulse",
            date="20 18:45",
            body="""Bonjour,

DUT TC en juin 2025. Je bosse en CDD dans un supermarché en attendant. Ce que je veux, c'est travailler dans une épicerie solidaire ou une coop de consommateurs.

Mehdi Saidi
06 17 83 02 94""",
            truth=_t39)),
        ("fiche", M(
            frm="Mehdi Saidi <mehdi.saidi@example.com>",
            subject="Candidature Pro'pulse",
            date="21 08:20",
            body="""Nom : SAIDI
Prénom : Mehdi
Téléphone : 06 17 83 02 94
Diplôme : DUT Techniques de commercialisation (bac+2), 06/2025
Situation : CDD employé de rayon (supermarché)
Emploi recherché : épicerie solidaire, coopérative de consommateurs""",
            truth=_t39)),
    ),
    told(
        "Anais Vidal, 23, no diploma said, ESS job aim",
        ("formal", M(
            frm="Anais Vidal <anais.vidal@example.org>",
            subject="Candidature au programme",
            date="21 10:10",
            body="""Madame, Monsieur,

Âgée de vingt-trois ans et désireuse de m'engager professionnellement dans une structure qui place l'utilité sociale au cœur de son projet, je me permets de solliciter votre accompagnement afin de trouver un emploi dans l'économie sociale et solidaire, domaine dans lequel je me suis souvent investie comme bénévole.

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Anais Vidal
07 40 92 58 16""",
            truth=_t40)),
        ("plain", M(
            frm="Anais Vidal <anais.vidal@example.org>",
            subject="Pro'pulse",
            date="21 19:30",
            body="""Bonjour,

J'ai 23 ans et j'ai souvent fait du bénévolat. Je voudrais trouver un travail dans l'ESS, vous pouvez m'aider ?

Anais Vidal
07 40 92 58 16""",
            truth=_t40)),
        ("sms", M(
            frm="Anais Vidal <anais.vidal@example.org>",
            subject="aide",
            date="22 22:05",
            body="""slt jai 23 ans, g fait bcp de benevolat, jcherche un taf ds l ess. vs pouvez m aider?
anais vidal 07 40 92 58 16""",
            truth=_t40)),
    ),
]
