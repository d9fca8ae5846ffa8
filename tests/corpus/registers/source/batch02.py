# ruff: noqa: E501
"""Batch 2 — applications: studies in progress, a career change, bac+1, a Moroccan licence, the two-year
limit read to the month (November 2024 passes, October 2024 fails on 2026-11-26), a diploma of «l'an
dernier». Each set: the facts first (its comment), then three tellings.
"""

from kit import M, app
from registers import but, told

# Facts: Julie Marchand, licence June 2025, now in master 1 (studying, ends June 2027); wants an ESS job later.
_t7 = app("Julie", "Marchand", phone="+33688214073", bac=3, grad="2025-06", failing=("studies_finished",), status="m1_en_cours")
# Facts: Karim Haddad, 12 years as a bank adviser, DEJEPS (bac+2) obtained June 2026 after retraining; wants
# to coordinate an association. A career change.
_t8 = app("Karim", "Haddad", phone="+33617402958", bac=2, grad="2026-06", failing=("not_career_change",), status="reconversion_banque")
# Facts: Emma Roux, bac 2024 then one year of licence validated (bac+1), stopped; wants an ESS job.
_t9 = app("Emma", "Roux", phone="+33749125806", bac=1, grad=None, failing=("degree_level",), status="bac1_arret")
# Facts: Ali Traore, licence (bac+3) from a Moroccan university, July 2025; ESS aim (solidarity NGO). Eligible.
_t10 = app("Ali", "Traore", phone="+33758013642", bac=3, grad="2025-07", status="licence_maroc")
# Facts: Manon Leclerc, master 2 November 2024 (24 months: within the limit); ESS aim. Eligible.
_t11 = app("Manon", "Leclerc", phone="+33626340817", bac=5, grad="2024-11", status="m2_novembre_2024")
# Facts: Pierre Dumas, master October 2024 (25 months: too old); ESS aim. Not eligible.
_t12 = app("Pierre", "Dumas", phone="+33695127734", bac=5, grad="2024-10", failing=("graduation_recent",), status="master_octobre_2024")
# Facts: Ines Garnier, BUT GEA «l'an dernier» (2025); looks for a job in a mutual insurer or an ESS bank. Eligible.
_t13 = app("Ines", "Garnier", phone="+33782913460", bac=3, grad="2025", status="but_an_dernier")

SETS = [
    told(
        "Julie Marchand, licence 2025-06, master 1 in progress until 2027-06",
        ("formal", M(
            frm="Julie Marchand <julie.marchand@example.org>",
            subject="Candidature au programme Pro'pulse",
            date="08 10:00",
            body="""Madame, Monsieur,

Je me permets de vous adresser la présente afin de vous faire part de mon intérêt pour votre programme. Après l'obtention, en juin 2025, d'une licence d'administration économique et sociale, j'ai poursuivi mon cursus en première année de master Management des organisations de l'ESS, année dont les examens se tiendront en juin 2027, et je souhaiterais dès à présent préparer mon insertion professionnelle dans une entreprise sociale.

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Julie Marchand
06 88 21 40 73""",
            truth=_t7)),
        ("plain", M(
            frm="Julie Marchand <julie.marchand@example.org>",
            subject="Pro'pulse ?",
            date="08 19:30",
            body="""Bonjour,

Je suis en M1 management des organisations de l'ESS cette année (j'ai ma licence AES depuis juin 2025). Je sais que je n'aurai pas fini avant juin 2027 mais j'aimerais déjà me préparer pour trouver un emploi dans une entreprise sociale. C'est possible de rejoindre Pro'pulse ?

Julie Marchand
06 88 21 40 73""",
            truth=_t7)),
        ("english", M(
            frm="Julie Marchand <julie.marchand@example.org>",
            subject="Joining Pro'pulse",
            date="09 08:12",
            body="""Hi,

I got my bachelor's degree (licence AES) in June 2025 and I'm currently a first-year master's student in management of social economy organisations — I'll graduate in June 2027. I'd like to start preparing my job search in a social enterprise. Can I join?

Thanks,
Julie Marchand
06 88 21 40 73""",
            truth=but(_t7, language="en"))),
    ),
    told(
        "Karim Haddad, 12 years bank adviser, DEJEPS 2026-06, career change to association coordination",
        ("formal", M(
            frm="Karim Haddad <karim.haddad@example.net>",
            subject="Candidature — Karim Haddad",
            date="09 09:30",
            body="""Madame, Monsieur,

Après douze années passées en qualité de conseiller clientèle au sein d'un grand réseau bancaire, période durant laquelle mon engagement bénévole dans un club sportif de quartier n'a cessé de croître, j'ai fait le choix de changer de voie professionnelle et ai, à cette fin, préparé puis obtenu en juin 2026 le DEJEPS (niveau bac+2). C'est dans cette perspective de reconversion que je souhaiterais bénéficier de votre accompagnement pour obtenir un poste de coordinateur dans une association.

Je vous prie de recevoir, Madame, Monsieur, mes salutations distinguées.

Karim Haddad
06 17 40 29 58""",
            truth=_t8)),
        ("plain", M(
            frm="Karim Haddad <karim.haddad@example.net>",
            subject="Pro'pulse",
            date="09 12:48",
            body="""Bonjour,

J'ai travaillé 12 ans à la banque comme conseiller. J'ai décidé de changer de métier : j'ai passé le DEJEPS, que j'ai eu en juin dernier. Maintenant je veux devenir coordinateur dans une association sportive ou de quartier.

Karim Haddad
06 17 40 29 58""",
            truth=_t8)),
        ("fiche", M(
            frm="Karim Haddad <karim.haddad@example.net>",
            subject="Ma candidature",
            date="09 21:05",
            body="""- Nom : HADDAD Karim
- Tél : 06 17 40 29 58
- Parcours : conseiller clientèle bancaire pendant 12 ans (2013-2025)
- Formation : DEJEPS, bac+2, obtenu en 06/2026 (reconversion)
- Projet : coordinateur d'association (sport, quartier)""",
            truth=_t8)),
    ),
    told(
        "Emma Roux, bac then one validated year of licence (bac+1), stopped; ESS aim",
        ("formal", M(
            frm="Emma Roux <emma.roux@example.com>",
            subject="Candidature",
            date="10 09:02",
            body="""Madame, Monsieur,

Je sollicite par la présente votre attention sur ma candidature. Bachelière depuis 2024, j'ai validé l'année suivante la première année d'une licence de sociologie, cursus que j'ai toutefois choisi d'interrompre, n'y trouvant pas la dimension concrète à laquelle j'aspirais, et je recherche désormais un emploi dans une association d'aide aux personnes.

Dans l'espoir d'une réponse favorable, je vous prie d'agréer mes salutations respectueuses.

Emma Roux
07 49 12 58 06""",
            truth=_t9)),
        ("plain", M(
            frm="Emma Roux <emma.roux@example.com>",
            subject="Pro'pulse",
            date="10 14:20",
            body="""Bonjour,

J'ai le bac et j'ai fait une année de fac en socio (validée), puis j'ai arrêté. Je voudrais travailler dans une asso qui aide les gens. Est-ce que je peux m'inscrire ?

Emma Roux
07 49 12 58 06""",
            truth=_t9)),
        ("sms", M(
            frm="Emma Roux <emma.roux@example.com>",
            subject="inscription",
            date="10 23:41",
            body="""bonsoir jai le bac + ma L1 socio validee (bac+1) mais g arreter la fac. jveux bosser ds une asso d aide a la personne, c possible pr vous ?
emma roux 0749125806""",
            truth=_t9)),
    ),
    told(
        "Ali Traore, Moroccan licence (bac+3) 2025-07, solidarity NGO aim",
        ("formal", M(
            frm="Ali Traore <ali.traore@example.org>",
            subject="Candidature au programme Pro'pulse",
            date="11 09:45",
            body="""Madame, Monsieur,

Installé en France depuis le début de l'année, je me permets de vous solliciter. La licence fondamentale en économie et gestion que m'a décernée l'Université Mohammed V de Rabat en juillet 2025, diplôme sanctionnant trois années d'études après le baccalauréat, m'a sensibilisé aux enjeux du développement local, et c'est au sein d'une ONG de solidarité internationale ou d'une association que je souhaiterais exercer mon premier emploi.

Je vous prie d'agréer, Madame, Monsieur, l'expression de ma haute considération.

Ali Traore
07 58 01 36 42""",
            truth=_t10)),
        ("plain", M(
            frm="Ali Traore <ali.traore@example.org>",
            subject="Pro'pulse - candidature",
            date="11 16:10",
            body="""Bonjour,

J'ai une licence en économie-gestion de l'université de Rabat (Maroc), diplômé en juillet 2025. Je vis en France maintenant et je cherche un emploi dans une ONG ou une association de solidarité.

Merci,
Ali Traore
07 58 01 36 42""",
            truth=_t10)),
        ("english", M(
            frm="Ali Traore <ali.traore@example.org>",
            subject="Application",
            date="12 10:30",
            body="""Dear Pro'pulse team,

I hold a three-year bachelor's degree in economics and management from Mohammed V University in Rabat, Morocco (graduated July 2025). I now live in France and I am looking for my first job in an international solidarity NGO or a non-profit.

Kind regards,
Ali Traore
+33 7 58 01 36 42""",
            truth=but(_t10, language="en"))),
    ),
    told(
        "Manon Leclerc, master 2 2024-11 (within 24 months), ESS aim",
        ("formal", M(
            frm="Manon Leclerc <manon.leclerc@example.net>",
            subject="Candidature au programme Pro'pulse",
            date="12 11:00",
            body="""Madame, Monsieur,

Le master 2 Développement durable et économie sociale, que j'ai obtenu au terme d'une soutenance intervenue en novembre 2024, m'a ouvert les portes de plusieurs missions ponctuelles, mais c'est un emploi durable au sein d'une structure de l'économie sociale et solidaire, de préférence dans le champ de la transition écologique, que je recherche désormais, raison pour laquelle je sollicite votre accompagnement.

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Manon Leclerc
06 26 34 08 17""",
            truth=_t11)),
        ("plain", M(
            frm="Manon Leclerc <manon.leclerc@example.net>",
            subject="Pro'pulse",
            date="12 18:33",
            body="""Bonjour,

J'ai soutenu mon M2 développement durable et ESS en novembre 2024. Depuis j'ai fait quelques missions en freelance, mais je cherche un vrai poste dans une structure de l'ESS qui travaille sur la transition écologique.

Manon Leclerc
06 26 34 08 17""",
            truth=_t11)),
        ("third_person", M(
            frm="Chloé Vasseur <chloe.vasseur@example.com>",
            subject="Une amie pour Pro'pulse",
            date="13 09:20",
            body="""Bonjour,

Je vous écris pour une amie, Manon Leclerc, qui a eu son master 2 (développement durable et ESS) en novembre 2024. Elle cherche un poste dans une structure de l'ESS engagée dans la transition écologique, et je pense que votre programme lui irait très bien.

Vous pouvez la joindre à manon.leclerc@example.net ou au 06 26 34 08 17.

Chloé""",
            truth=but(_t11, email="manon.leclerc@example.net", forwarded_by="chloe.vasseur@example.com"))),
    ),
    told(
        "Pierre Dumas, master 2024-10 (25 months: too old), ESS aim",
        ("formal", M(
            frm="Pierre Dumas <pierre.dumas@example.org>",
            subject="Candidature Pro'pulse",
            date="13 10:10",
            body="""Madame, Monsieur,

Je me permets de vous présenter ma candidature. Diplômé d'un master en gestion des ressources humaines, dont le jury de délibération s'est réuni en octobre 2024, j'ai depuis lors travaillé en intérim et souhaiterais à présent trouver, avec votre appui, un premier poste de chargé de ressources humaines dans une association ou une mutuelle.

Veuillez agréer, Madame, Monsieur, mes respectueuses salutations.

Pierre Dumas
06 95 12 77 34""",
            truth=_t12)),
        ("plain", M(
            frm="Pierre Dumas <pierre.dumas@example.org>",
            subject="Candidature",
            date="13 15:45",
            body="""Bonjour,

Master RH obtenu en octobre 2024. Je fais de l'intérim depuis. Je cherche un poste de chargé RH dans une asso ou une mutuelle.

Pierre Dumas
06 95 12 77 34""",
            truth=_t12)),
        ("fiche", M(
            frm="Pierre Dumas <pierre.dumas@example.org>",
            subject="Fiche de candidature Pro'pulse",
            date="14 09:05",
            body="""NOM : Dumas
PRÉNOM : Pierre
TÉLÉPHONE : 06 95 12 77 34
DIPLÔME : Master Gestion des ressources humaines (bac+5)
OBTENU LE : 10/2024
SITUATION ACTUELLE : missions d'intérim
POSTE RECHERCHÉ : chargé RH en association ou en mutuelle""",
            truth=_t12)),
    ),
    told(
        "Ines Garnier, BUT GEA «l'an dernier» (2025), mutual insurer or ESS bank aim",
        ("formal", M(
            frm="Ines Garnier <ines.garnier@example.com>",
            subject="Demande d'accompagnement",
            date="14 10:40",
            body="""Madame, Monsieur,

Je vous écris afin de solliciter une place dans votre programme. Le BUT Gestion des entreprises et des administrations m'ayant été délivré en 2025, et mon attachement au modèle mutualiste s'étant renforcé au fil de mes années d'études, je souhaiterais entrer dans la vie active au sein d'une mutuelle ou d'une banque coopérative.

Je vous prie d'agréer, Madame, Monsieur, mes sincères salutations.

Ines Garnier
07 82 91 34 60""",
            truth=_t13)),
        ("plain", M(
            frm="Ines Garnier <ines.garnier@example.com>",
            subject="Pro'pulse",
            date="14 17:00",
            body="""Bonjour,

J'ai eu mon BUT GEA l'an dernier. Je cherche un boulot dans une mutuelle ou une banque coopérative, des structures de l'ESS quoi.

Ines Garnier
07 82 91 34 60""",
            truth=_t13)),
        ("sms", M(
            frm="Ines Garnier <ines.garnier@example.com>",
            subject="candidature",
            date="15 11:02",
            body="""coucou
but gea obtenu l an dernier (3 ans apres le bac), jcherche un taf en mutuelle ou banque coop
ines garnier 07 82 91 34 60""",
            truth=_t13)),
    ),
]
