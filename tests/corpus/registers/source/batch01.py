# ruff: noqa: E501
"""Batch 1 — applications: diploma levels and dates on both sides of the two-year limit, internship and
service civique now or over, studies in progress, a career change. Each set: the facts first (its comment),
then three tellings. Read on 2026-11-26: a diploma of November 2024 is within 24 months, October 2024 is not.
"""

from kit import M, app
from registers import but, told

# Facts: Camille Perrot, licence pro «Gestion des organisations de l'ESS», June 2026; looks for a job in an
# association (ESS). Eligible.
_t1 = app("Camille", "Perrot", phone="+33645128830", bac=3, grad="2026-06", status="lp_ess_2026")
# Facts: Hugo Lemaire, master 2 in social economy, September 2025; aims at a cooperative. Eligible.
_t2 = app("Hugo", "Lemaire", phone="+33762410593", bac=5, grad="2025-09", status="m2_cooperative")
# Facts: Nadia Benali, BTS ESF June 2025; her service civique ended in August 2026; aims at a social housing
# association. Eligible.
_t3 = app("Nadia", "Benali", phone="+33611739024", bac=2, grad="2025-06", status="bts_civique_fini")
# Facts: Thomas Girard, DUT carrières sociales June 2022 (too old); aims at an ESS job. Not eligible.
_t4 = app("Thomas", "Girard", phone="+33678902145", bac=2, grad="2022-06", failing=("graduation_recent",), status="dut_2022")
# Facts: Sarah Kone, licence (bac+3) June 2025; now an intern in a recyclerie until February 2027; ESS aim.
_t5 = app("Sarah", "Kone", phone="+33753286140", bac=3, grad="2025-06", failing=("not_internship",), status="licence_stage_en_cours")
# Facts: Lucas Moreau, master (bac+5) September 2025; in a service civique until March 2027; ESS aim.
_t6 = app("Lucas", "Moreau", phone="+33630581947", bac=5, grad="2025-09", failing=("not_service_civique",), status="master_civique_en_cours")

SETS = [
    told(
        "Camille Perrot, licence pro ESS 2026-06, association job",
        ("formal", M(
            frm="Camille Perrot <camille.perrot@example.org>",
            subject="Candidature au programme Pro'pulse",
            date="02 09:14",
            body="""Madame, Monsieur,

C'est avec un vif intérêt que je me permets de vous adresser ma candidature au programme Pro'pulse, dont j'ai pris connaissance par l'intermédiaire de l'équipe pédagogique de ma formation, laquelle m'a fortement encouragée à vous solliciter. Ayant en effet obtenu, au terme d'une année d'alternance au sein d'une fédération d'éducation populaire, la licence professionnelle « Gestion des organisations de l'économie sociale et solidaire » à l'issue de la session de juin 2026, je souhaiterais désormais mettre les compétences ainsi acquises au service d'une association, où j'aspire à occuper un premier emploi de chargée de projet.

Je reste à votre entière disposition, notamment au 06 45 12 88 30, pour tout complément d'information, et vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Camille Perrot""",
            truth=_t1)),
        ("plain", M(
            frm="Camille Perrot <camille.perrot@example.org>",
            subject="Pro'pulse",
            date="02 21:40",
            body="""Bonjour,

J'ai fini ma licence pro en juin (gestion des organisations de l'ESS), diplôme validé. Maintenant je cherche du boulot dans une asso, comme chargée de projet par exemple. Votre programme pourrait m'aider ?

Merci !
Camille Perrot
06 45 12 88 30""",
            truth=_t1)),
        ("sms", M(
            frm="Camille Perrot <camille.perrot@example.org>",
            subject="pro pulse",
            date="03 07:52",
            body="""bjr
jai eu ma lp gestion orga ess en juin 2026 (bac+3), jcherche un taf ds une asso, charge de projet ou autre
vs pouvez m aider ?
camille perrot 0645128830

Envoyé de mon iPhone""",
            truth=_t1)),
    ),
    told(
        "Hugo Lemaire, master 2 social economy 2025-09, cooperative",
        ("formal", M(
            frm="Hugo Lemaire <hugo.lemaire@example.net>",
            subject="Demande d'admission — programme Pro'pulse",
            date="03 10:05",
            body="""Madame, Monsieur,

Permettez-moi de solliciter mon admission au sein de votre programme d'accompagnement. Après un parcours universitaire qui m'a conduit, à travers un master d'économie sociale dont la soutenance finale s'est tenue en septembre 2025, à approfondir les questions de gouvernance démocratique, c'est tout naturellement vers le monde coopératif, et plus précisément vers les SCOP et les SCIC, que je souhaite orienter la recherche de mon premier emploi, que je mène activement depuis quelques semaines.

Vous trouverez mes coordonnées ci-dessous. Dans l'attente de votre réponse, je vous prie de croire, Madame, Monsieur, en l'assurance de ma considération distinguée.

Hugo Lemaire
07 62 41 05 93""",
            truth=_t2)),
        ("plain", M(
            frm="Hugo Lemaire <hugo.lemaire@example.net>",
            subject="Intéressé par Pro'pulse",
            date="03 18:22",
            body="""Bonjour,

Je suis diplômé d'un M2 économie sociale depuis septembre 2025. Je cherche un poste dans une coopérative (Scop, Scic…) et j'aimerais être accompagné par Pro'pulse.

Bonne soirée,
Hugo Lemaire — 07 62 41 05 93""",
            truth=_t2)),
        ("english", M(
            frm="Hugo Lemaire <hugo.lemaire@example.net>",
            subject="Pro'pulse application",
            date="04 08:30",
            body="""Hello,

I completed a Master's degree (two years after my bachelor's) in social economics in September 2025. I'm now job hunting, and I'd like to work for a cooperative — worker-owned or multi-stakeholder.

Could I join your programme?

Best,
Hugo Lemaire
+33 7 62 41 05 93""",
            truth=but(_t2, language="en"))),
    ),
    told(
        "Nadia Benali, BTS ESF 2025-06, service civique ended 2026-08, social housing association",
        ("formal", M(
            frm="Nadia Benali <nadia.benali@example.com>",
            subject="Candidature",
            date="04 11:12",
            body="""Madame, Monsieur,

Je me permets de vous écrire afin de vous faire part de mon souhait d'intégrer Pro'pulse. Titulaire d'un BTS Économie sociale familiale, obtenu en juin 2025, j'ai ensuite effectué une mission de service civique de dix mois auprès d'une association d'accès au logement, mission qui a pris fin au mois d'août dernier et qui a confirmé mon désir de travailler, en tant que salariée cette fois, dans une association œuvrant pour le logement des personnes en difficulté.

Je vous remercie par avance de l'attention que vous voudrez bien porter à ma demande et vous prie d'agréer mes sincères salutations.

Nadia Benali
06 11 73 90 24""",
            truth=_t3)),
        ("plain", M(
            frm="Nadia Benali <nadia.benali@example.com>",
            subject="Pro'pulse",
            date="04 19:45",
            body="""Bonjour,

J'ai eu mon BTS ESF l'année dernière, en juin. Ensuite j'ai fait un service civique dans une asso de logement, c'est terminé depuis fin août. Je voudrais trouver un emploi dans ce domaine, dans une association qui aide les gens à se loger.

Nadia
06 11 73 90 24""",
            truth=_t3)),
        ("third_person", M(
            frm="Fatima Benali <f.benali@example.net>",
            subject="Pour ma fille Nadia",
            date="05 08:03",
            body="""Bonjour,

Je vous écris pour ma fille, Nadia Benali. Elle a son BTS ESF depuis juin 2025. Elle a fait un service civique dans une association pour le logement, fini au mois d'août. Maintenant elle cherche un travail dans une association de ce genre, le logement social.

Son mail : nadia.benali@example.com
Son portable : 06 11 73 90 24

Merci beaucoup
Fatima Benali""",
            truth=but(_t3, email="nadia.benali@example.com", forwarded_by="f.benali@example.net"))),
    ),
    told(
        "Thomas Girard, DUT carrières sociales 2022-06 (too old), ESS aim",
        ("formal", M(
            frm="Thomas Girard <thomas.girard@example.org>",
            subject="Candidature au dispositif Pro'pulse",
            date="05 09:40",
            body="""Madame, Monsieur,

Ayant appris l'existence de votre programme par un ancien camarade de promotion, je souhaiterais vous soumettre ma candidature. Le diplôme universitaire de technologie Carrières sociales, option animation sociale et socioculturelle, m'ayant été délivré à l'issue de l'année universitaire, en juin 2022, j'ai depuis enchaîné des vacations d'animation périscolaire et je désire aujourd'hui obtenir un poste stable d'animateur coordinateur au sein d'une structure de l'économie sociale et solidaire.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations respectueuses.

Thomas Girard
06 78 90 21 45""",
            truth=_t4)),
        ("plain", M(
            frm="Thomas Girard <thomas.girard@example.org>",
            subject="programme Pro'pulse",
            date="05 13:15",
            body="""Bonjour,

J'ai un DUT carrières sociales (animation), eu en juin 2022. Depuis je fais des petits contrats d'animation dans les écoles. Je cherche un vrai poste d'animateur dans une asso ou une structure de l'ESS.

Thomas Girard
06 78 90 21 45""",
            truth=_t4)),
        ("fiche", M(
            frm="Thomas Girard <thomas.girard@example.org>",
            subject="Fiche candidature",
            date="05 16:50",
            body="""Nom : Girard
Prénom : Thomas
Téléphone : 06 78 90 21 45
Diplôme : DUT Carrières sociales, option animation (bac+2)
Date d'obtention : 06/2022
Situation : vacataire en animation périscolaire
Recherche : poste d'animateur coordinateur dans l'économie sociale et solidaire""",
            truth=_t4)),
    ),
    told(
        "Sarah Kone, licence 2025-06, current internship in a recyclerie until 2027-02, ESS aim",
        ("formal", M(
            frm="Sarah Kone <sarah.kone@example.net>",
            subject="Candidature Pro'pulse",
            date="06 10:20",
            body="""Madame, Monsieur,

Je souhaiterais, par la présente, vous présenter ma candidature à votre programme. Diplômée d'une licence de géographie et aménagement depuis le mois de juin 2025, je réalise actuellement, dans le cadre d'une convention signée avec mon ancienne université, un stage de six mois au sein d'une recyclerie associative, stage qui s'achèvera en février 2027 et à l'issue duquel j'envisage de rechercher un emploi dans une structure du réemploi ou, plus largement, de l'économie sociale et solidaire.

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Sarah Kone
07 53 28 61 40""",
            truth=_t5)),
        ("plain", M(
            frm="Sarah Kone <sarah.kone@example.net>",
            subject="Pro'pulse",
            date="06 20:05",
            body="""Bonjour,

J'ai une licence de géo (obtenue en juin 2025). En ce moment je suis stagiaire dans une recyclerie, jusqu'en février. Après, j'aimerais trouver un emploi dans le réemploi ou l'ESS en général.

Sarah Kone
07 53 28 61 40""",
            truth=_t5)),
        ("sms", M(
            frm="Sarah Kone <sarah.kone@example.net>",
            subject="",
            date="07 12:31",
            body="""salut
moi c sarah kone, licence geo validee en 06/25 (3 ans apres le bac). la je suis en stage ds une recyclerie jusqua fevrier 2027 et aprs je veux bosser ds l ess
07 53 28 61 40""",
            truth=_t5)),
    ),
    told(
        "Lucas Moreau, master 2025-09, in a service civique until 2027-03, ESS aim",
        ("formal", M(
            frm="Lucas Moreau <lucas.moreau@example.com>",
            subject="Candidature au programme Pro'pulse",
            date="07 09:00",
            body="""Madame, Monsieur,

Titulaire d'un master de sciences politiques, délivré en septembre 2025, et engagé depuis le mois d'octobre dans une mission de service civique auprès d'une association de lutte contre l'illettrisme, mission dont le terme est fixé à mars 2027, je me permets de vous solliciter afin de préparer, avec votre aide, mon entrée sur le marché du travail dans le secteur associatif, où je souhaite occuper un poste de coordinateur de projets.

Je vous prie d'agréer, Madame, Monsieur, mes respectueuses salutations.

Lucas Moreau
06 30 58 19 47""",
            truth=_t6)),
        ("plain", M(
            frm="Lucas Moreau <lucas.moreau@example.com>",
            subject="Pro'pulse",
            date="07 17:40",
            body="""Bonjour,

Je m'appelle Lucas, j'ai eu mon master de sciences po en septembre 2025. Je suis volontaire en service civique dans une asso contre l'illettrisme depuis octobre, ça dure jusqu'en mars 2027. Je voudrais ensuite travailler dans une association, comme coordinateur de projets.

Lucas Moreau
06 30 58 19 47""",
            truth=_t6)),
        ("third_person", M(
            frm="Agnès Roch <agnes.roch@missionlocale.example.org>",
            subject="Orientation d'un jeune : Lucas Moreau",
            date="08 09:15",
            body="""Bonjour,

Je suis conseillère à la Mission Locale et je vous oriente Lucas Moreau. Il est titulaire d'un master de sciences politiques (septembre 2025) et effectue en ce moment un service civique dans une association de lutte contre l'illettrisme, jusqu'à mars 2027. Son projet : un emploi de coordinateur de projets dans le secteur associatif.

Ses coordonnées : lucas.moreau@example.com, 06 30 58 19 47.

Bien cordialement,
Agnès Roch
Conseillère en insertion, Mission Locale""",
            truth=but(_t6, email="lucas.moreau@example.com", forwarded_by="agnes.roch@missionlocale.example.org"))),
    ),
]
