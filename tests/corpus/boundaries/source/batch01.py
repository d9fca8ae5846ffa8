# ruff: noqa: E501
"""Batch 1 — the date boundary: a diploma just inside or just outside 24 months before 2026-11-26, said every
way (a full date, a month, «il y a N mois», a year alone, «l'année dernière», a jury and a later delivery)."""

from boundaries import B
from kit import CV, M, app

MESSAGES = [
    # Boundary: date — inside — licence dated 27/11/2024, 24 months at month level
    B("date", "inside", M(
        frm="Maëlle Quéré <maelle.quere@example.org>",
        subject="Candidature Pro'pulse",
        date="03 09:12",
        body="""Bonjour,

Ma licence d'AES m'a été attribuée par le jury du 27/11/2024 (Université de Brest). Depuis je fais des remplacements, et je cherche maintenant un vrai poste de gestionnaire dans une association d'aide à domicile.

Maëlle Quéré
06 14 52 83 07""",
        truth=app("Maëlle", "Quéré", phone="+33614528307", bac=3, grad="2024-11", status="date_full_27_11_2024"),
    )),
    # Boundary: date — outside — BTS dated 14/10/2024, 25 months
    B("date", "outside", M(
        frm="Kévin Lagarde <kevin.lagarde@example.net>",
        subject="Demande d'accompagnement",
        date="03 14:40",
        body="""Bonjour,

J'ai eu mon BTS Gestion de la PME le 14/10/2024 à la session de rattrapage. Je cherche un emploi d'assistant de gestion dans une coopérative ou une mutuelle.

Kévin Lagarde
07 62 18 40 95""",
        truth=app("Kévin", "Lagarde", phone="+33762184095", bac=2, grad="2024-10", failing=("graduation_recent",), status="date_full_14_10_2024"),
    )),
    # Boundary: date — inside — «il y a 23 mois» in a mail of November 2026 → 2024-12
    B("date", "inside", M(
        frm="Rayan Ziani <rayan.ziani@example.com>",
        subject="candidature",
        date="04 21:03",
        body="""Bonjour, j'ai eu mon DUT GEA il y a 23 mois pile, depuis j'ai fait de l'intérim. Je voudrais bosser dans une asso d'insertion, côté administratif. Rayan 06 73 25 18 49""",
        truth=app("Rayan", "Ziani", phone="+33673251849", bac=2, grad="2024-12", status="il_y_a_23_mois"),
    )),
    # Boundary: date — outside — «il y a 25 mois» → 2024-10
    B("date", "outside", M(
        frm="Agathe Boulanger <agathe.boulanger@example.org>",
        subject="Pro'pulse — candidature",
        date="05 10:20",
        body="""Bonjour,

J'ai soutenu mon master de sciences politiques il y a 25 mois et j'ai passé ces deux années à voyager et à faire du bénévolat. Je voudrais maintenant travailler dans une fondation qui agit pour l'accès au logement.

Agathe Boulanger""",
        truth=app("Agathe", "Boulanger", phone=None, bac=5, grad="2024-10", failing=("graduation_recent",), status="il_y_a_25_mois"),
    )),
    # Boundary: date — inside — «en novembre 2024»
    B("date", "inside", M(
        frm="Simon Thébault <simon.thebault@example.net>",
        subject="Jeune diplômé cherche emploi ESS",
        date="05 16:55",
        body="""Bonjour,

J'ai obtenu mon titre d'ingénieur agronome en novembre 2024, après une dernière année décalée par un semestre à l'étranger. Je cherche un poste dans une coopérative agricole ou une association de maraîchage d'insertion.

Simon Thébault
06 88 31 42 10""",
        truth=app("Simon", "Thébault", phone="+33688314210", bac=5, grad="2024-11", status="novembre_2024"),
    )),
    # Boundary: date — outside — «en octobre 2024»
    B("date", "outside", M(
        frm="Océane Marchetti <oceane.marchetti@example.com>",
        subject="Candidature",
        date="06 08:30",
        body="""Bonjour,

Licence professionnelle Intervention sociale, diplôme obtenu en octobre 2024. Je cherche un emploi de coordinatrice dans une association de quartier.

Cordialement,
Océane Marchetti
06 51 09 74 23""",
        truth=app("Océane", "Marchetti", phone="+33651097423", bac=3, grad="2024-10", failing=("graduation_recent",), status="octobre_2024"),
    )),
    # Boundary: date — open — a year alone, 2024: inside if November or December, outside otherwise
    B("date", "open", M(
        frm="Benjamin Caron <benjamin.caron@example.org>",
        subject="Pro'pulse",
        date="06 13:15",
        body="""Bonjour,

Diplômé d'un master de gestion des territoires en 2024. Je cherche un emploi de chargé de projets dans une association ou une SCIC.

Benjamin Caron""",
        truth=app("Benjamin", "Caron", phone=None, bac=5, grad="2024", unknown=("graduation_recent",), status="annee_seule_2024"),
    )),
    # Boundary: date — inside — «l'année dernière» in 2026 → 2025
    B("date", "inside", M(
        frm="Lou Ferreira <lou.ferreira@example.net>",
        subject="Candidature Pro'pulse",
        date="07 11:45",
        body="""Bonjour !

J'ai fini mon BUT Information-Communication l'année dernière et j'enchaîne les petits contrats depuis. J'aimerais trouver un poste de chargée de communication dans une association culturelle ou une coopérative.

Lou Ferreira
07 45 21 90 36""",
        truth=app("Lou", "Ferreira", phone="+33745219036", bac=3, grad="2025", status="annee_derniere"),
    )),
    # Boundary: date — inside — "two years ago this month" in November 2026 → 2024-11
    B("date", "inside", M(
        frm="Hannah Whitfield <hannah.whitfield@example.com>",
        subject="Application to Pro'pulse",
        date="07 17:30",
        body="""Hello,

I finished my MA in Development Studies at Sciences Po two years ago this month, and I've been working as an au pair in Lyon since then. I'm now looking for a job in a French non-profit or a cooperative working on migration.

Best,
Hannah Whitfield
+33 6 29 41 87 05""",
        truth=app("Hannah", "Whitfield", phone="+33629418705", bac=5, grad="2024-11", language="en", status="en_two_years_ago_this_month"),
    )),
    # Boundary: date — outside — "graduated in September 2024"
    B("date", "outside", M(
        frm="Owen Gallagher <owen.gallagher@example.com>",
        subject="Pro'pulse programme",
        date="08 09:05",
        body="""Hi,

I graduated in September 2024 with a BSc in Environmental Science from a French-speaking university in Belgium and moved to Lille. I would like a job in an environmental association or a cooperative.

Owen Gallagher""",
        truth=app("Owen", "Gallagher", phone=None, bac=3, grad="2024-09", failing=("graduation_recent",), language="en", status="en_september_2024"),
    )),
    # Boundary: date — outside — jury in July 2024, diploma delivered in December 2024: obtained at the jury
    B("date", "outside", M(
        frm="Clémence Aubry <clemence.aubry@example.org>",
        subject="Question date de diplôme + candidature",
        date="08 15:50",
        body="""Bonjour,

Petite précision sur ma situation : j'ai réussi mon master de droit social au jury de juillet 2024, mais le diplôme ne m'a été délivré qu'en décembre 2024 (retard de l'administration). Je cherche un poste de juriste dans une fédération associative ou un syndicat d'employeurs de l'ESS.

Clémence Aubry
06 02 97 45 81""",
        truth=app("Clémence", "Aubry", phone="+33602974581", bac=5, grad="2024-07", failing=("graduation_recent",), status="jury_juillet_delivre_decembre"),
    )),
    # Boundary: date — inside — jury in June 2025, diploma delivered later: both inside
    B("date", "inside", M(
        frm="Nathan Pires <nathan.pires@example.net>",
        subject="candidature",
        date="09 10:10",
        body="""Bonjour,

Jury de licence de géographie en juin 2025, diplôme papier reçu seulement en février 2026. Je cherche un emploi dans une association d'éducation à l'environnement.

Nathan Pires
06 37 80 12 54""",
        truth=app("Nathan", "Pires", phone="+33637801254", bac=3, grad="2025-06", status="jury_juin_2025_recu_2026"),
    )),
    # Boundary: date — open — no date at all
    B("date", "open", M(
        frm="Inès Cordier <ines.cordier@example.com>",
        subject="Candidature",
        date="09 14:25",
        body="""Bonjour,

Je suis titulaire d'un BTS Services et prestations des secteurs sanitaire et social. Je souhaite travailler dans une association d'aide aux personnes âgées et je cherche un accompagnement pour y arriver.

Inès Cordier
07 68 40 19 52""",
        truth=app("Inès", "Cordier", phone="+33768401952", bac=2, grad=None, unknown=("graduation_recent",), status="sans_date"),
    )),
    # Boundary: date — open — «promo 2024»
    B("date", "open", M(
        frm="Valentin Roussel <valentin.roussel@example.org>",
        subject="Ancien de l'IAE, promo 2024",
        date="10 09:00",
        body="""Bonjour,

Master Management des entreprises sociales, IAE de Grenoble, promo 2024. Je cherche un poste de responsable administratif dans une entreprise d'insertion.

Valentin Roussel
06 90 23 45 17""",
        truth=app("Valentin", "Roussel", phone="+33690234517", bac=5, grad="2024", unknown=("graduation_recent",), status="promo_2024"),
    )),
    # Boundary: date — outside — «en 2023», a year alone wholly before the limit
    B("date", "outside", M(
        frm="Julia Mercier <julia.mercier@example.net>",
        subject="demande",
        date="10 18:35",
        body="""bonsoir, licence de psycho validée en 2023, ensuite j'ai été serveuse. je voudrais travailler dans une asso de prévention, vous pouvez m'aider ? julia""",
        truth=app("Julia", "Mercier", phone=None, bac=3, grad="2023", failing=("graduation_recent",), status="annee_2023"),
    )),
    # Boundary: date — open — «fin 2024»: October, November or December
    B("date", "open", M(
        frm="Adèle Fournier <adele.fournier@example.com>",
        subject="Candidature Pro'pulse",
        date="11 11:00",
        body="""Bonjour,

J'ai terminé mon DEUST Animation fin 2024, je ne me souviens plus de la date exacte du jury. Je cherche un poste d'animatrice dans un centre social associatif.

Adèle Fournier
06 43 28 90 61""",
        truth=app("Adèle", "Fournier", phone="+33643289061", bac=2, grad="2024", unknown=("graduation_recent",), status="fin_2024"),
    )),
    # Boundary: date — inside — «il y a 24 mois» → 2024-11, the last month inside
    B("date", "inside", M(
        frm="Loïc Henry <loic.henry@example.org>",
        subject="Pro'pulse",
        date="11 16:20",
        body="""Bonjour,

J'ai été diplômé du master Économie sociale et solidaire de Lyon 2 il y a 24 mois tout juste. Je travaille en extra dans la restauration et je cherche enfin un poste de chargé de mission dans une coopérative.

Loïc Henry
07 12 68 39 40""",
        truth=app("Loïc", "Henry", phone="+33712683940", bac=5, grad="2024-11", status="il_y_a_24_mois"),
    )),
    # Boundary: date — outside — «il y a deux ans et demi» → 2024-05
    B("date", "outside", M(
        frm="Romain Vidal <romain.vidal@example.com>",
        subject="Candidature",
        date="12 09:45",
        body="""Bonjour,

Licence d'histoire obtenue il y a deux ans et demi. Depuis je fais des vacations dans une médiathèque. Je voudrais travailler dans une association de médiation culturelle.

Romain Vidal
06 21 93 74 08""",
        truth=app("Romain", "Vidal", phone="+33621937408", bac=3, grad="2024-05", failing=("graduation_recent",), status="deux_ans_et_demi"),
    )),
    # Boundary: date — open — «année universitaire 2023-2024», which ends in 2024 (month not said)
    B("date", "open", M(
        frm="Élise Garnier <elise.garnier@example.net>",
        subject="Candidature - licence",
        date="12 14:30",
        body="""Bonjour,

J'ai validé ma licence de sociologie au titre de l'année universitaire 2023-2024. Je voudrais être chargée d'accueil dans une association d'aide aux personnes exilées.

Élise Garnier""",
        truth=app("Élise", "Garnier", phone=None, bac=3, grad="2024", unknown=("graduation_recent",), status="annee_univ_2023_2024"),
    )),
    # Boundary: date — inside — a CV dating the master «12/2024»
    B("date", "inside", M(
        frm="Thibault Lenoir <thibault.lenoir@example.org>",
        subject="CV - Thibault Lenoir",
        date="13 10:05",
        body="""Bonjour,
Vous trouverez mon CV ci-joint.
Thibault Lenoir""",
        cv=CV("pdf", "CV_Thibault_Lenoir.pdf", """Thibault LENOIR
Nantes - 06 58 17 40 26 - thibault.lenoir@example.org
FORMATION
12/2024 Master Développement local, Université de Nantes
2022 Licence de géographie
EXPÉRIENCE
2025-2026 Vendeur en CDD, librairie
OBJECTIF
Chargé de développement dans une association de l'économie sociale et solidaire"""),
        truth=app("Thibault", "Lenoir", phone="+33658174026", bac=5, grad="2024-12", info_in="cv", status="cv_12_2024"),
    )),
    # Boundary: date — outside — a CV dating the master «10/2024»
    B("date", "outside", M(
        frm="Pauline Mallet <pauline.mallet@example.com>",
        subject="Candidature spontanée",
        date="13 15:15",
        body="""Bonjour, ci-joint mon CV pour le programme Pro'pulse. Bien cordialement, Pauline Mallet""",
        cv=CV("docx", "CV Pauline Mallet.docx", """Pauline MALLET
07 34 91 26 58
Diplômes
10/2024 - Master Sciences de l'éducation, Université de Rouen
Expériences
Animatrice périscolaire (vacataire), 2024-2026
Projet
Coordinatrice pédagogique dans une association d'éducation populaire"""),
        truth=app("Pauline", "Mallet", phone="+33734912658", bac=5, grad="2024-10", failing=("graduation_recent",), info_in="cv", status="cv_10_2024"),
    )),
    # Boundary: date — open — «la session 2024», June or the autumn resit: either side
    B("date", "open", M(
        frm="Mamadou Sow <mamadou.sow@example.org>",
        subject="Pro'pulse inscription",
        date="14 12:00",
        body="""Bonjour,

J'ai eu mon BTS Comptabilité à la session 2024, je ne sais plus si c'était la session de juin ou le rattrapage de l'automne. Je voudrais un poste de comptable dans une mutuelle ou une association.

Mamadou Sow
06 75 30 81 94""",
        truth=app("Mamadou", "Sow", phone="+33675308194", bac=2, grad="2024", unknown=("graduation_recent",), status="session_2024_sans_mois"),
    )),
    # Boundary: date — inside — «en décembre 2024», a long story
    B("date", "inside", M(
        frm="Gaëlle Riou <gaelle.riou@example.net>",
        subject="Mon parcours, et l'envie de rejoindre Pro'pulse",
        date="14 19:40",
        body="""Bonjour,

Je me permets de vous écrire un peu longuement. Après mon bac, j'ai fait un BTS Économie sociale familiale, puis la licence professionnelle qui va avec. La licence, je l'ai eue en décembre 2024, au jury de fin de semestre, parce que j'avais dû rattraper un stage décalé par la maladie de ma mère.

Depuis, j'ai surtout aidé ma famille. Aujourd'hui ma mère va mieux et je veux travailler comme conseillère dans une association de lutte contre le surendettement, ou une épicerie sociale.

Merci de m'avoir lue,
Gaëlle Riou
06 94 18 52 07""",
        truth=app("Gaëlle", "Riou", phone="+33694185207", bac=3, grad="2024-12", status="decembre_2024_histoire"),
    )),
    # Boundary: date — outside — SMS style, «juin 2024»
    B("date", "outside", M(
        frm="dylan.b91@example.com",
        subject="pro pulse",
        date="15 23:10",
        body="""slt jai eu mon bts ndrc en juin 2024 et je cherche un taf dans une asso ou une coop, cest possible? dylan barbier 0678452190""",
        truth=app("Dylan", "Barbier", phone="+33678452190", bac=2, grad="2024-06", failing=("graduation_recent",), status="sms_juin_2024"),
    )),
    # Boundary: date — open — «il y a à peu près deux ans»: either side
    B("date", "open", M(
        frm="Sandrine Tessier <sandrine.tessier@example.com>",
        subject="Candidature",
        date="16 10:30",
        body="""Bonjour,

J'ai fini ma licence pro de gestion associative il y a à peu près deux ans, peut-être un peu plus. Je cherche un emploi de secrétaire de direction dans une fédération associative.

Sandrine Tessier
06 81 47 29 03""",
        truth=app("Sandrine", "Tessier", phone="+33681472903", bac=3, grad=None, unknown=("graduation_recent",), status="environ_deux_ans"),
    )),
    # Boundary: date — inside — "graduated last summer" in 2026
    B("date", "inside", M(
        frm="Priyanka Rao <priyanka.rao@example.org>",
        subject="Interested in Pro'pulse",
        date="17 08:50",
        body="""Dear Pro'pulse team,

I graduated last summer with a Master's in Social Economy from Université Paris-Est Créteil. I'm looking for my first job in a French cooperative or a social enterprise with the ESUS label.

Kind regards,
Priyanka Rao""",
        truth=app("Priyanka", "Rao", phone=None, bac=5, grad="2026", language="en", status="en_last_summer"),
    )),
    # Boundary: date — outside — «ça fait trois ans cet été» in November 2026 → summer 2023
    B("date", "outside", M(
        frm="Mehdi Aouad <mehdi.aouad@example.net>",
        subject="Pro'pulse",
        date="17 13:20",
        body="""Bonjour,

Ça fait trois ans cet été que j'ai eu ma licence de STAPS. J'ai entraîné des enfants dans un club sans être déclaré, et je voudrais maintenant un vrai poste d'éducateur sportif dans une association sport-santé.

Mehdi Aouad
07 50 36 18 92""",
        truth=app("Mehdi", "Aouad", phone="+33750361892", bac=3, grad="2023", failing=("graduation_recent",), status="trois_ans_cet_ete"),
    )),
    # Boundary: date — open — a diploma named, date only «quand j'ai fini» (no reference)
    B("date", "open", M(
        frm="Charlotte Perret <charlotte.perret@example.org>",
        subject="Candidature Pro'pulse",
        date="18 11:40",
        body="""Bonjour,

Titulaire d'un master en gestion de projets culturels (Université de Bourgogne), je cherche depuis que j'ai fini un poste de chargée de production dans une compagnie associative ou une SCOP du spectacle.

Charlotte Perret
06 26 71 08 45""",
        truth=app("Charlotte", "Perret", phone="+33626710845", bac=5, grad=None, unknown=("graduation_recent",), status="depuis_que_jai_fini"),
    )),
]
