# ruff: noqa: E501
"""Batch 8 — the kind boundary, its application side: referrals by an adviser, a careers service or a parent,
a new application from a person we already know, and questions that carry one personal fact (an application
whose other facts stay open) against the same questions carrying none."""

from boundaries import B
from kit import M, app, question

MESSAGES = [
    # Boundary: kind — inside — a Mission Locale adviser refers a young woman, with her facts
    B("kind", "inside", M(
        frm="Sophie Delorme <s.delorme@ml-valence.example.org>",
        subject="Orientation vers Pro'pulse : Aïcha Diallo",
        date="03 11:10",
        body="""Bonjour,

J'accompagne Aïcha Diallo (aicha.diallo@example.com, 06 29 84 17 53), titulaire d'une licence professionnelle Intervention sociale obtenue en juin 2026. Elle n'a ni stage ni service civique en cours et cherche un poste d'accompagnatrice socioprofessionnelle dans une association d'insertion. Je vous la présente pour votre programme.

Bien cordialement,
Sophie Delorme, conseillère Mission Locale de Valence""",
        truth=app("Aïcha", "Diallo", phone="+33629841753", bac=3, grad="2026-06", email="aicha.diallo@example.com", forwarded_by="s.delorme@ml-valence.example.org", status="orientation_mission_locale"),
    )),
    # Boundary: kind — outside — the same kind of adviser asking a question with no person named
    B("kind", "outside", M(
        frm="Bruno Letellier <b.letellier@ml-chalon.example.org>",
        subject="Question sur les critères",
        date="04 09:30",
        body="""Bonjour,

Je suis conseiller en Mission Locale. Pouvez-vous me confirmer le niveau de diplôme minimum pour orienter des jeunes vers Pro'pulse, et si un jeune en service civique peut être orienté ?

Merci,
Bruno Letellier""",
        truth=question(),
    )),
    # Boundary: kind — inside — a careers service refers a graduate
    B("kind", "inside", M(
        frm="BAIP Université de Caen <baip@unicaen.example.fr>",
        subject="Présentation d'une diplômée - Pro'pulse",
        date="05 14:20",
        body="""Bonjour,

Nous vous présentons Marine Lefebvre (marine.lefebvre@example.net), diplômée de notre master Économie sociale et solidaire en septembre 2026. Elle souhaite un premier poste de chargée de développement dans une coopérative et ne suit plus aucune formation.

Le Bureau d'aide à l'insertion professionnelle""",
        truth=app("Marine", "Lefebvre", phone=None, bac=5, grad="2026-09", email="marine.lefebvre@example.net", forwarded_by="baip@unicaen.example.fr", status="orientation_baip"),
    )),
    # Boundary: kind — inside — a new application from a person we already know (not in a thread of ours)
    B("kind", "inside", M(
        frm="Julien Marchal <julien.marchal@example.org>",
        subject="Nouvelle candidature",
        date="06 10:05",
        body="""Bonjour,

Vous m'aviez répondu en 2025 que je ne pouvais pas entrer dans le programme parce que j'étais encore en master. C'est fini : master Développement territorial obtenu en septembre 2026. Je candidate donc à nouveau, pour trouver un emploi dans une SCIC ou une association de développement local.

Julien Marchal
06 45 92 70 18""",
        truth=app("Julien", "Marchal", phone="+33645927018", bac=5, grad="2026-09", status="deja_connu_nouvelle_candidature"),
    )),
    # Boundary: kind — open — a question carrying one fact: «j'ai un BTS»
    B("kind", "open", M(
        frm="Yasmine Gauthier <yasmine.gauthier@example.com>",
        subject="Question",
        date="07 18:45",
        body="""Bonjour, j'ai un BTS, est-ce que ça suffit pour candidater à Pro'pulse ? Merci. Yasmine""",
        truth=app("Yasmine", "Gauthier", phone=None, bac=2, grad=None, unknown=("graduation_recent", "job_seeking_ess"), status="question_un_fait_bts"),
    )),
    # Boundary: kind — outside — the same question with no fact
    B("kind", "outside", M(
        frm="Océane Lemoine <oceane.lemoine@example.net>",
        subject="Question",
        date="08 12:15",
        body="""Bonjour, est-ce qu'un BTS suffit pour candidater à Pro'pulse ? Merci d'avance.""",
        truth=question(),
    )),
    # Boundary: kind — open — a question carrying one fact: a master in progress
    B("kind", "open", M(
        frm="Théa Vincent <thea.vincent@example.org>",
        subject="Délais",
        date="09 20:30",
        body="""Bonjour,

Je finis mon master en juin prochain : quand faut-il que je candidate pour entrer dans le programme à la rentrée suivante ?

Théa Vincent""",
        truth=app("Théa", "Vincent", phone=None, bac="*", grad=None, failing=("studies_finished",), unknown=("graduation_recent", "job_seeking_ess"), status="question_un_fait_master_en_cours"),
    )),
    # Boundary: kind — outside — the same question asked for «un étudiant» in general
    B("kind", "outside", M(
        frm="Hélène Carpentier <helene.carpentier@example.com>",
        subject="Calendrier",
        date="10 08:40",
        body="""Bonjour,

Un étudiant qui finit son master en juin peut-il candidater dès le printemps, ou doit-il attendre d'avoir son diplôme ?

Cordialement""",
        truth=question(),
    )),
    # Boundary: kind — open — a question carrying one fact: a diploma date (licence 2025), nothing else
    B("kind", "open", M(
        frm="Karim Mansour <karim.mansour@example.net>",
        subject="Pro'pulse, c'est payant ?",
        date="11 13:55",
        body="""Bonjour, j'ai eu ma licence en 2025, je voulais savoir si votre accompagnement est payant et combien de temps il dure ? Karim Mansour""",
        truth=app("Karim", "Mansour", phone=None, bac=3, grad="2025", unknown=("job_seeking_ess",), status="question_un_fait_licence_2025"),
    )),
    # Boundary: kind — inside — a mother writes for her son, with his facts
    B("kind", "inside", M(
        frm="Catherine Jolly <catherine.jolly@example.org>",
        subject="Pour mon fils Mathis",
        date="12 17:10",
        body="""Bonjour,

Mon fils Mathis Jolly (mathis.jolly@example.com) a obtenu son DUT Carrières sociales en juin 2025. Il a terminé son service civique en septembre et cherche un emploi d'animateur dans une association. Il est un peu timide, alors je me permets de vous écrire pour lui.

Catherine Jolly""",
        truth=app("Mathis", "Jolly", phone=None, bac=2, grad="2025-06", email="mathis.jolly@example.com", forwarded_by="catherine.jolly@example.org", status="mere_pour_fils"),
    )),
    # Boundary: kind — outside — a parent asking how the programme works, nothing about the child
    B("kind", "outside", M(
        frm="Gilles Berthier <gilles.berthier@example.net>",
        subject="Renseignements",
        date="13 09:00",
        body="""Bonjour,

Je suis père de famille et je voudrais savoir comment fonctionne Pro'pulse : est-ce gratuit, en ligne ou en présentiel, et combien de temps dure l'accompagnement ?

Cordialement,
Gilles Berthier""",
        truth=question(),
    )),
    # Boundary: kind — open — English, a question carrying one fact (a degree from abroad)
    B("kind", "open", M(
        frm="Ana Petrović <ana.petrovic@example.com>",
        subject="Question about eligibility",
        date="14 15:25",
        body="""Hello, I have a Bachelor's degree from Serbia. Is a foreign degree accepted by Pro'pulse, or do I need a French equivalence first? Thanks, Ana""",
        truth=app("Ana", "Petrović", phone=None, bac="*", grad=None, unknown=("graduation_recent", "job_seeking_ess"), language="en", status="en_question_un_fait_bachelor"),
    )),
    # Boundary: kind — outside — English, the same question with no fact
    B("kind", "outside", M(
        frm="Tom Hargreaves <tom.hargreaves@example.org>",
        subject="Foreign degrees",
        date="15 10:35",
        body="""Hi, are foreign degrees accepted by Pro'pulse, or is a French equivalence needed first? Thanks.""",
        truth=question(),
    )),
    # Boundary: kind — inside — a France Travail adviser forwards a graduate's mail
    B("kind", "inside", M(
        frm="Nadine Rousseau <nadine.rousseau@francetravail.example.fr>",
        subject="TR: demande d'accompagnement",
        date="16 11:50",
        body="""Bonjour, je vous transfère la demande de Baptiste, que je suis à France Travail. Bien à vous, N. Rousseau

De : Baptiste Morel <baptiste.morel@example.com>
Envoyé : lundi 16 novembre 2026 08:12
À : nadine.rousseau@francetravail.example.fr
Objet : demande d'accompagnement

Bonjour Madame, comme convenu : j'ai mon master de droit des associations depuis juillet 2026 et je cherche un poste de juriste dans une fédération associative. Mon numéro : 07 36 58 21 94.
Baptiste Morel""",
        truth=app("Baptiste", "Morel", phone="+33736582194", bac=5, grad="2026-07", email="baptiste.morel@example.com", forwarded_by="nadine.rousseau@francetravail.example.fr", status="france_travail_transfert"),
    )),
    # Boundary: kind — open — a question carrying one fact: «je suis en service civique»
    B("kind", "open", M(
        frm="Lisa Bonnet <lisa.bonnet@example.net>",
        subject="service civique et Pro'pulse",
        date="17 19:20",
        body="""Bonjour, je suis en service civique en ce moment : est-ce que je peux quand même vous écrire pour la suite ? Lisa Bonnet""",
        truth=app("Lisa", "Bonnet", phone=None, bac=None, grad=None, failing=("not_service_civique",), unknown=("degree_level", "graduation_recent", "job_seeking_ess"), status="question_un_fait_sc"),
    )),
    # Boundary: kind — inside — a friend writes for a friend, with her facts
    B("kind", "inside", M(
        frm="Romain Lopez <romain.lopez@example.org>",
        subject="Pour mon amie Sarah",
        date="18 12:30",
        body="""Bonjour,

J'écris pour mon amie Sarah Khelifi (sarah.khelifi@example.com, 06 70 38 42 19), qui n'a pas d'ordinateur en ce moment. Elle a une licence de sociologie de juin 2026, elle n'est ni en stage ni en service civique, et elle cherche un poste de médiatrice sociale dans une association.

Romain Lopez""",
        truth=app("Sarah", "Khelifi", phone="+33670384219", bac=3, grad="2026-06", email="sarah.khelifi@example.com", forwarded_by="romain.lopez@example.org", status="ami_pour_amie"),
    )),
    # Boundary: kind — open — a question carrying one fact: «je suis en CDI»
    B("kind", "open", M(
        frm="David Marin <david.marin@example.com>",
        subject="Question CDI",
        date="19 14:05",
        body="""Bonjour, je suis en CDI dans une banque et j'aimerais travailler dans une association : votre programme est-il ouvert aux personnes qui ont déjà un emploi ? David Marin""",
        truth=app("David", "Marin", phone=None, bac=None, grad=None, unknown=("degree_level", "graduation_recent", "not_career_change"), status="question_un_fait_cdi"),
    )),
    # Boundary: kind — outside — the same question with no fact
    B("kind", "outside", M(
        frm="Isabelle Caron <isabelle.caron@example.net>",
        subject="Ouvert aux salariés ?",
        date="20 09:50",
        body="""Bonjour, votre programme est-il ouvert aux personnes qui ont déjà un emploi ? Merci.""",
        truth=question(),
    )),
]
