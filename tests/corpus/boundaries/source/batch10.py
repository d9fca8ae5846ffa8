# ruff: noqa: E501
"""Batch 10 — the open middles that the plan asked more of (internship, career change, level, date), and the
last of the inbox (an employer, a partner, a newsletter, two auto-replies, a reply)."""

from boundaries import B
from kit import M, app, auto_reply, newsletter, other, reply

MESSAGES = [
    # Boundary: internship — open — «je suis stagiaire ou presque», a convention not yet signed
    B("internship", "open", M(
        frm="Hélène Dubois <helene.dubois@example.org>",
        subject="Candidature",
        date="10 10:40",
        body="""Bonjour,

Master Économie sociale obtenu en septembre 2026. Une association me fait travailler depuis deux semaines « en attendant la convention de stage », qui n'est pas encore signée. Je voudrais surtout un vrai poste de chargée de projet dans l'ESS.

Hélène Dubois
06 58 31 74 92""",
        truth=app("Hélène", "Dubois", phone="+33658317492", bac=5, grad="2026-09", unknown=("not_internship",), status="convention_pas_signee"),
    )),
    # Boundary: internship — open — English, "a placement" whose dates are not given
    B("internship", "open", M(
        frm="Oliver Grant <oliver.grant@example.com>",
        subject="Pro'pulse application",
        date="13 12:20",
        body="""Hello,

I finished my BA in Sociology at Université Lumière Lyon 2 in June 2026 and I've been on a placement with a housing association this autumn. I'd like a permanent job in a French non-profit.

Oliver Grant
+33 6 84 19 27 53""",
        truth=app("Oliver", "Grant", phone="+33684192753", bac=3, grad="2026-06", unknown=("not_internship",), language="en", status="en_placement_this_autumn"),
    )),
    # Boundary: career_change — open — «j'ai travaillé avant», how long and in what not said
    B("career_change", "open", M(
        frm="Fabien Lecoq <fabien.lecoq@example.net>",
        subject="Candidature Pro'pulse",
        date="14 09:10",
        body="""Bonjour,

Licence professionnelle Gestion des structures de l'ESS obtenue en juin 2026, après une reprise d'études à 31 ans. Je cherche un poste d'assistant de direction dans une association.

Fabien Lecoq
07 29 46 81 35""",
        truth=app("Fabien", "Lecoq", phone="+33729468135", bac=3, grad="2026-06", unknown=("not_career_change",), status="reprise_etudes_31_ans"),
    )),
    # Boundary: career_change — open — a CDI as a night porter held now, beside the studies
    B("career_change", "open", M(
        frm="Moussa Keita <moussa.keita@example.org>",
        subject="Pro'pulse",
        date="18 23:05",
        body="""Bonjour, je suis veilleur de nuit en CDI dans un hôtel depuis 2023, et j'ai eu ma licence d'AES en juin 2026 en cours du soir. Je voudrais travailler de jour dans une association d'insertion. Moussa Keita 06 13 57 92 48""",
        truth=app("Moussa", "Keita", phone="+33613579248", bac=3, grad="2026-06", unknown=("not_career_change",), status="cdi_veilleur_de_nuit"),
    )),
    # Boundary: level — open — «une formation de deux ans» at a private institute, diploma not named
    B("level", "open", M(
        frm="Chiara Bellini <chiara.bellini@example.net>",
        subject="Candidature",
        date="19 15:45",
        body="""Bonjour,

J'ai suivi une formation de deux ans dans un institut privé de gestion, terminée en juin 2026, mais je ne sais pas quel diplôme exactement elle donne. Je cherche un emploi d'assistante administrative dans une association.

Chiara Bellini
07 61 43 28 90""",
        truth=app("Chiara", "Bellini", phone="+33761432890", bac="*", grad="2026-06", unknown=("degree_level",), status="formation_deux_ans_diplome_inconnu"),
    )),
    # Boundary: date — open — «sorti de l'université en 2024», a year alone
    B("date", "open", M(
        frm="Louis Perrier <louis.perrier@example.com>",
        subject="Pro'pulse - candidature",
        date="22 11:30",
        body="""Bonjour,

Diplômé d'un master de sciences de l'éducation, je suis sorti de l'université en 2024 ; je cherche depuis un poste de coordinateur dans une association d'éducation populaire.

Louis Perrier
06 36 52 81 47""",
        truth=app("Louis", "Perrier", phone="+33636528147", bac=5, grad="2024", unknown=("graduation_recent",), status="sorti_2024"),
    )),
    # Boundary: kind — outside — an employer of a cooperative looking for volunteers, not a job
    B("kind", "outside", M(
        frm="Les Jardins Partagés <contact@jardins-partages.example.org>",
        subject="Appel à bénévoles",
        date="07 13:30",
        body="""Bonjour,

Notre association cherche des bénévoles pour ses jardins partagés cet hiver. Vos participant·es seraient les bienvenu·es !

L'équipe des Jardins Partagés""",
        truth=other(),
    )),
    # Boundary: kind — outside — a partner sending the programme of a job fair
    B("kind", "outside", M(
        frm="Chambre régionale de l'ESS <evenements@cress.example.org>",
        subject="Forum emploi ESS du 4 décembre : programme",
        date="16 10:10",
        body="""Bonjour,

Voici le programme du forum emploi ESS du 4 décembre. Pouvons-nous compter sur la présence d'un stand Pro'pulse ?

Le pôle événements""",
        truth=other(),
    )),
    # Boundary: kind — outside — a newsletter of a student union
    B("kind", "outside", M(
        frm="Fédé étudiante <news@fede-etudiante.example.org>",
        subject="La news de la fédé : jobs, logement, ESS",
        date="23 07:10",
        headers={"List-Unsubscribe": "<https://fede-etudiante.example.org/unsubscribe>", "Precedence": "bulk"},
        body="""La news de la fédé

Jobs étudiants, aides au logement, et des programmes pour les jeunes diplômés qui veulent travailler dans l'ESS.

Se désinscrire : https://fede-etudiante.example.org/unsubscribe""",
        truth=newsletter(),
    )),
    # Boundary: kind — outside — an auto-reply from a parental leave, quoting an application
    B("kind", "outside", M(
        frm="Pauline Mallet <pauline.mallet@example.com>",
        subject="Réponse automatique : Votre candidature à Pro'pulse",
        date="17 08:15",
        headers={"Auto-Submitted": "auto-replied"},
        body="""Je suis absente jusqu'au 30 novembre. Votre message sera traité à mon retour.

> Bonjour, ci-joint mon CV pour le programme Pro'pulse.""",
        truth=auto_reply(),
    )),
    # Boundary: kind — outside — an English auto-reply
    B("kind", "outside", M(
        frm="Liam O'Connor <liam.oconnor@example.com>",
        subject="Automatic reply: Your application to Pro'pulse",
        date="24 09:00",
        headers={"Auto-Submitted": "auto-replied"},
        body="""I'm away until Monday and will reply when I'm back. Thanks!""",
        truth=auto_reply(),
    )),
    # Boundary: kind — outside — a reply in our thread confirming a diploma date
    B("kind", "outside", M(
        frm="Valentin Roussel <valentin.roussel@example.org>",
        subject="Re: Votre candidature à Pro'pulse",
        date="24 14:50",
        headers={"In-Reply-To": "<6630912.0114@animafac.net>", "References": "<6630912.0114@animafac.net>"},
        body="""Bonjour, oui, le jury de mon master s'est réuni en décembre 2024. Bien à vous, Valentin

> Pouvez-vous nous préciser le mois de votre diplôme ?""",
        truth=reply(),
    )),
]
