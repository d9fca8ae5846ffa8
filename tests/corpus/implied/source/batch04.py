# ruff: noqa: E501 (each message's implying words stand whole on its comment line and its N(...) line)
"""Batch 4: a past trade implies (or rules out) a career change; what is left to pass says whether studies
are over. Each message written by hand; the comment names its implication, the fact it carries and the
words that carry it."""

from implied import N
from kit import CV, M, app, auto_reply, bounce, newsletter, other, question, reply

MESSAGES = [
    # Implied: former_trade — career_change — avant la fac, un été à la plonge dans un restaurant ; rien d'autre
    N("former_trade", "career_change", "avant la fac, un été à la plonge dans un restaurant ; rien d'autre", M(
        "Ambre Chauvet <ambre.chauvet@example.org>", "candidature", "12 11:30",
        """Bonjour,

Mon expérience de travail : avant la fac, un été à la plonge dans un restaurant ; rien d'autre. J'ai mon
BUT carrières sociales depuis juin 2026 et je cherche un emploi dans une association de l'ESS.

Ambre""",
        app("Ambre", "Chauvet", phone=None, bac=3, grad="2026-06", status="plonge_un_ete"),
    )),
    # Implied: former_trade — career_change — j'ai tenu mon salon de coiffure pendant neuf ans avant de le vendre
    N("former_trade", "career_change", "j'ai tenu mon salon de coiffure pendant neuf ans avant de le vendre", M(
        "Karima Saïdi <karima.saidi@example.net>", "Candidature", "12 15:45",
        """Bonjour,

J'ai tenu mon salon de coiffure pendant neuf ans avant de le vendre et de passer une licence pro gestion
des organisations de l'ESS (juin 2025). Je cherche un emploi dans une coopérative.

Karima Saïdi""",
        app("Karima", "Saïdi", phone=None, bac=3, grad="2025-06", failing=["not_career_change"],
            status="salon_coiffure_neuf_ans"),
    )),
    # Implied: former_trade — career_change — je suis professeure des écoles titulaire depuis la rentrée 2025
    N("former_trade", "career_change", "je suis professeure des écoles titulaire depuis la rentrée 2025", M(
        "Hélène Brunel <helene.brunel@example.com>", "candidature", "13 09:00",
        """Bonjour,

Master MEEF en juin 2025 ; je suis professeure des écoles titulaire depuis la rentrée 2025, mais je
voudrais rejoindre une association d'éducation populaire de l'ESS.

Hélène Brunel""",
        app("Hélène", "Brunel", phone=None, bac=5, grad="2025-06", unknown=["not_career_change"],
            status="professeure_titulaire_2025"),
    )),
    # Implied: former_trade — career_change — vingt ans de route comme chauffeur poids lourd, puis un DUT à 45 ans
    N("former_trade", "career_change", "vingt ans de route comme chauffeur poids lourd, puis un DUT à 45 ans", M(
        "Didier Poulain <didier.poulain@example.fr>", "Candidature Pro'pulse", "13 14:20",
        """Bonjour,

Vingt ans de route comme chauffeur poids lourd, puis un DUT à 45 ans (carrières sociales, juin 2026) :
je veux maintenant travailler dans une association de l'ESS qui aide les personnes isolées.

Didier Poulain""",
        app("Didier", "Poulain", phone=None, bac=2, grad="2026-06", failing=["not_career_change"],
            status="chauffeur_vingt_ans"),
    )),
    # Implied: former_trade — kind — aux personnes qui changent de métier après dix ans de carrière
    N("former_trade", "kind", "aux personnes qui changent de métier après dix ans de carrière", M(
        "Céline Marty <celine.marty@example.org>", "Conditions d'accès", "13 16:30",
        """Bonjour,

Votre programme est-il ouvert aux personnes qui changent de métier après dix ans de carrière, ou
seulement aux jeunes ?

Bonne journée""",
        question(),
    )),
    # Implied: former_trade — kind — Nouveau départ, la lettre ... se désabonner
    N("former_trade", "kind", "Nouveau départ, la lettre des métiers qui changent", M(
        "Nouveau départ <lettre@nouveaudepart.example.com>", "Nouveau départ n°12", "14 07:15",
        """Nouveau départ, la lettre des métiers qui changent : trois parcours, un webinaire sur le bilan
de compétences, les dates des forums. Se désabonner : https://nouveaudepart.example.com/stop""",
        newsletter(),
    )),
    # Implied: former_trade — kind — notre centre de bilans de compétences propose un partenariat
    N("former_trade", "kind", "notre centre de bilans de compétences propose un partenariat", M(
        "Cap Bilan <contact@capbilan.example.fr>", "Proposition", "14 10:10",
        """Bonjour,

Notre centre de bilans de compétences propose un partenariat aux programmes d'accompagnement vers
l'emploi. Pouvons-nous vous présenter notre offre en visio ?

Cap Bilan""",
        other(),
    )),
    # Implied: former_trade — kind — Delivery Status Notification (Failure)
    N("former_trade", "kind", "Delivery Status Notification (Failure)", M(
        "Mail Delivery Subsystem <mailer-daemon@mail.example.org>", "Delivery Status Notification (Failure)", "14 06:05",
        """Delivery to the following recipient failed permanently: lucie.marin@example.org
The email account that you tried to reach does not exist.""",
        bounce("lucie.marin@example.org"),
        bounce="""Reporting-MTA: dns; mail.example.org
Final-Recipient: rfc822; lucie.marin@example.org
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 account does not exist""",
    )),
    # Implied: unfinished — studies_finished — il me reste deux UE à repasser en janvier pour valider ma L3
    N("unfinished", "studies_finished", "il me reste deux UE à repasser en janvier pour valider ma L3", M(
        "Malik Touré <malik.toure@example.com>", "candidature", "14 13:40",
        """Bonjour,

DUT GEA en juin 2025 ; il me reste deux UE à repasser en janvier pour valider ma L3. Je cherche un emploi
de gestionnaire dans une association de l'ESS.

Malik Touré""",
        app("Malik", "Touré", phone=None, bac=2, grad="2025-06", failing=["studies_finished"],
            status="deux_ue_janvier"),
    )),
    # Implied: unfinished — studies_finished — mémoire rendu, mon jury se réunit le 10 décembre
    N("unfinished", "studies_finished", "mémoire rendu, mon jury se réunit le 10 décembre", M(
        "Chloé Dumas <chloe.dumas@example.fr>", "Pro'pulse", "15 09:20",
        """Bonjour,

Licence d'AES en juin 2025, puis master : mémoire rendu, mon jury se réunit le 10 décembre. Je cherche un
emploi de chargée de projets dans une association de l'ESS.

Chloé Dumas""",
        app("Chloé", "Dumas", phone=None, bac=3, grad="2025-06", unknown=["studies_finished"],
            status="jury_10_decembre"),
    )),
    # Implied: unfinished — studies_finished — je dois encore rendre mon mémoire de M2 avant le 15 janvier
    N("unfinished", "studies_finished", "je dois encore rendre mon mémoire de M2 avant le 15 janvier", M(
        "Arthur Blanc <arthur.blanc@example.org>", "candidature", "15 12:45",
        """Bonjour,

Licence de sociologie en juin 2025. Je dois encore rendre mon mémoire de M2 avant le 15 janvier, mais je
commence à chercher un emploi dans une coopérative de l'ESS.

Arthur""",
        app("Arthur", "Blanc", phone=None, bac=3, grad="2025-06", failing=["studies_finished"],
            status="memoire_15_janvier"),
    )),
    # Implied: unfinished — studies_finished — le secrétariat m'a écrit : plus rien à repasser, mon relevé de M2 est complet
    N("unfinished", "studies_finished", "le secrétariat m'a écrit : plus rien à repasser, mon relevé de M2 est complet", M(
        "Jeanne Picard <jeanne.picard@example.net>", "candidature Pro'pulse", "15 16:00",
        """Bonjour,

Bonne nouvelle cet été : le secrétariat m'a écrit : plus rien à repasser, mon relevé de M2 est complet
(jury de juillet 2026). Je cherche un emploi dans une association de l'ESS.

Jeanne Picard""",
        app("Jeanne", "Picard", phone=None, bac=5, grad="2026-07", status="plus_rien_a_repasser"),
    )),
    # Implied: unfinished — studies_finished — j'ai cours jusqu'en avril, puis je soutiens en juin
    N("unfinished", "studies_finished", "j'ai cours jusqu'en avril, puis je soutiens en juin", M(
        "Nolan Etienne <nolan.etienne@example.com>", "candidature", "16 10:30",
        """Bonjour,

Licence d'économie en juin 2025. En master, j'ai cours jusqu'en avril, puis je soutiens en juin. Je
voudrais trouver un emploi dans l'ESS dès maintenant.

Nolan""",
        app("Nolan", "Etienne", phone=None, bac=3, grad="2025-06", failing=["studies_finished"],
            status="cours_jusqu_avril"),
    )),
    # Implied: unfinished — studies_finished — ma dernière note est tombée en juin 2025 et je ne suis réinscrite nulle part cette année
    N("unfinished", "studies_finished", "ma dernière note est tombée en juin 2025 et je ne suis réinscrite nulle part cette année", M(
        "Apolline Garcia <apolline.garcia@example.fr>", "Candidature", "16 14:15",
        """Bonjour,

Licence de géographie : ma dernière note est tombée en juin 2025 et je ne suis réinscrite nulle part
cette année. Je cherche un emploi dans une association de l'ESS, dans l'environnement.

Apolline Garcia""",
        app("Apolline", "Garcia", phone=None, bac=3, grad="2025-06", status="reinscrite_nulle_part"),
    )),
    # Implied: unfinished — studies_finished — j'attends les résultats de la session de rattrapage de mon master
    N("unfinished", "studies_finished", "j'attends les résultats de la session de rattrapage de mon master", M(
        "Yasmine Bouzid <yasmine.bouzid@example.org>", "candidature", "16 17:40",
        """Bonjour,

Licence en juin 2025 ; j'attends les résultats de la session de rattrapage de mon master, le jury
délibère la semaine prochaine. Je cherche un emploi dans l'ESS.

Yasmine Bouzid""",
        app("Yasmine", "Bouzid", phone=None, bac=3, grad="2025-06", unknown=["studies_finished"],
            status="resultats_rattrapage"),
    )),
    # Implied: unfinished — studies_finished — Master 2 Développement durable, Université de Bordeaux, 2025-2027
    N("unfinished", "studies_finished", "Master 2 Développement durable, Université de Bordeaux, 2025-2027", M(
        "Gabriel Henry <gabriel.henry@example.net>", "CV", "17 09:10",
        """Bonjour,

Ci-joint mon CV ; je cherche un emploi dans une coopérative de l'ESS.

Gabriel Henry""",
        app("Gabriel", "Henry", phone=None, bac=3, grad="2025-06", failing=["studies_finished"],
            info_in="both", status="cv_m2_2025_2027"),
        cv=CV("pdf", "CV_Gabriel_Henry.pdf", """
Gabriel Henry
gabriel.henry@example.net
Formation
Master 2 Développement durable, Université de Bordeaux, 2025-2027
Licence de géographie, juin 2025
"""),
    )),
    # Implied: unfinished — studies_finished — mon BUT m'a été accordé aux délibérations de juin 2026, après mon dernier partiel de mai
    N("unfinished", "studies_finished", "mon BUT m'a été accordé aux délibérations de juin 2026, après mon dernier partiel de mai", M(
        "Lucie Roche <lucie.roche@example.com>", "candidature", "17 13:30",
        """Bonjour,

Mon BUT m'a été accordé aux délibérations de juin 2026, après mon dernier partiel de mai. Je cherche un
emploi dans une association de l'ESS.

Lucie Roche""",
        app("Lucie", "Roche", phone=None, bac=3, grad="2026-06", status="but_deliberations_juin"),
    )),
    # Implied: unfinished — studies_finished — dernière année de licence pro en alternance, fin en août 2027
    N("unfinished", "studies_finished", "dernière année de licence pro en alternance, fin en août 2027", M(
        "Kenza Amrani <kenza.amrani@example.fr>", "candidature", "17 17:00",
        """Bonjour,

BTS en juin 2025, je fais ma dernière année de licence pro en alternance, fin en août 2027. Je voudrais
me préparer à un emploi dans une mutuelle de l'ESS.

Kenza""",
        app("Kenza", "Amrani", phone=None, bac=2, grad="2025-06", failing=["studies_finished"],
            status="alternance_lp_aout_2027"),
    )),
    # Implied: unfinished — studies_finished — il me manque peut-être un crédit, j'attends la réponse de la scolarité
    N("unfinished", "studies_finished", "il me manque peut-être un crédit, j'attends la réponse de la scolarité", M(
        "Axel Guillot <axel.guillot@example.org>", "Candidature", "18 10:00",
        """Bonjour,

Licence en juin 2025, master ensuite : il me manque peut-être un crédit, j'attends la réponse de la
scolarité. Je cherche un emploi dans une association de l'ESS.

Axel Guillot""",
        app("Axel", "Guillot", phone=None, bac=3, grad="2025-06", unknown=["studies_finished"],
            status="credit_manquant_peut_etre"),
    )),
    # Implied: unfinished — studies_finished — je n'ai pas repris d'inscription cette année : ma licence pro s'est close en juin 2026
    N("unfinished", "studies_finished", "je n'ai pas repris d'inscription cette année : ma licence pro s'est close en juin 2026", M(
        "Maëlys Fournier <maelys.fournier@example.net>", "Candidature", "18 14:20",
        """Bonjour,

Je n'ai pas repris d'inscription cette année : ma licence pro s'est close en juin 2026. Je cherche un
emploi dans une association de l'ESS.

Maëlys Fournier""",
        app("Maëlys", "Fournier", phone=None, bac=3, grad="2026-06", status="pas_reinscription"),
    )),
    # Implied: unfinished — studies_finished — je passe l'oral de ma dernière UE en février
    N("unfinished", "studies_finished", "je passe l'oral de ma dernière UE en février", M(
        "Sacha Lemoine <sacha.lemoine@example.com>", "candidature", "18 17:50",
        """Bonjour,

BTS ESF en juin 2025 et licence presque au bout : je passe l'oral de ma dernière UE en février. Je
cherche un emploi dans l'ESS.

Sacha""",
        app("Sacha", "Lemoine", phone=None, bac=2, grad="2025-06", failing=["studies_finished"],
            status="oral_derniere_ue"),
    )),
    # Implied: unfinished — kind — peut-on s'inscrire avant la soutenance de son mémoire
    N("unfinished", "kind", "peut-on s'inscrire avant la soutenance de son mémoire", M(
        "Erwan Le Gall <erwan.legall@example.fr>", "question", "19 08:30",
        """Bonjour,

Peut-on s'inscrire avant la soutenance de son mémoire, ou faut-il attendre le jury ?

Merci""",
        question(),
    )),
    # Implied: unfinished — kind — je suis en période d'examens et ne lis pas mes mails
    N("unfinished", "kind", "je suis en période d'examens et ne lis pas mes mails", M(
        "Romane Texier <romane.texier@example.org>", "Réponse automatique", "19 08:31",
        """Bonjour, je suis en période d'examens et ne lis pas mes mails avant le 15 décembre. Merci de
votre compréhension.""",
        auto_reply(), headers={"Auto-Submitted": "auto-replied"},
    )),
    # Implied: unfinished — kind — mon jury est bien confirmé pour le 10 décembre
    N("unfinished", "kind", "mon jury est bien confirmé pour le 10 décembre", M(
        "Chloé Dumas <chloe.dumas@example.fr>", "Re: Votre candidature à Pro'pulse", "19 12:00",
        """Bonjour,

Petite précision : mon jury est bien confirmé pour le 10 décembre ; je vous écris le soir même.

Chloé

> Le 16 nov. 2026, Pro'pulse <propulse@animafac.net> a écrit :
> Pouvez-vous nous tenir informés après votre jury ?""",
        reply(), headers={"In-Reply-To": "<jury.1616@animafac.net>"},
    )),
    # Implied: unfinished — kind — Rappel : dépôt des mémoires de master avant le 15 janvier
    N("unfinished", "kind", "Rappel : dépôt des mémoires de master avant le 15 janvier", M(
        "Scolarité UFR Sciences sociales <scolarite@ufr-ss.example.fr>", "Rappel : dépôt des mémoires de master avant le 15 janvier", "19 15:00",
        """Madame, Monsieur,

Rappel : dépôt des mémoires de master avant le 15 janvier sur la plateforme. Ce message est adressé à
toutes les structures d'accueil partenaires.

La scolarité""",
        other(),
    )),
]
