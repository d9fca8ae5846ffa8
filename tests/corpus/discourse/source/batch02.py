# ruff: noqa: E501
"""Batch 2 — postscript: a PS (or a line after the signature) adds or changes the fact that decides the label."""

from discourse import D
from kit import CV, M, app, bounce, newsletter, other, question, reply

MESSAGES = [
    # Discourse: postscript — internship — PS: the stage ends on 15 January
    D("postscript", "internship", M(
        frm="Romane Vautrin <romane.vautrin@example.org>",
        subject="Candidature Pro'pulse",
        date="02 10:05",
        body="""Bonjour,

Titulaire d'un master Économie sociale et solidaire (septembre 2026), je cherche un poste de chargée de projet dans une association d'insertion par l'activité économique.

Romane Vautrin
06 31 84 57 20

PS : je termine mon stage à la Ligue de l'enseignement le 15 janvier, je serais disponible juste après.""",
        truth=app("Romane", "Vautrin", phone="+33631845720", bac=5, grad="2026-09", failing=("not_internship",), status="ps_stage_15_janvier"),
    )),
    # Discourse: postscript — date — P.S. gives the month: December 2024, inside
    D("postscript", "date", M(
        frm="Bastien Colas <bastien.colas@example.net>",
        subject="candidature",
        date="03 17:22",
        body="""Bonjour,

Licence de sciences de l'éducation, je cherche un emploi d'animateur dans une association périscolaire.

Bastien Colas
07 14 62 85 39
P.S. Le diplôme date de décembre 2024, session de rattrapage.""",
        truth=app("Bastien", "Colas", phone="+33714628539", bac=3, grad="2024-12", status="ps_decembre_2024"),
    )),
    # Discourse: postscript — career_change — PS reveals twelve years as a sales manager
    D("postscript", "career_change", M(
        frm="Sylvie Marchal <sylvie.marchal@example.com>",
        subject="Candidature au programme",
        date="04 09:48",
        body="""Bonjour,

J'ai obtenu en juillet 2026 un master Management de l'ESS et je souhaite rejoindre une coopérative d'activité et d'emploi.

Sylvie Marchal
06 46 20 93 71

PS : pour être transparente, j'ai été responsable commerciale dans l'automobile pendant douze ans avant cette reprise d'études, c'est un vrai changement de métier.""",
        truth=app("Sylvie", "Marchal", phone="+33646209371", bac=5, grad="2026-07", failing=("not_career_change",), status="ps_douze_ans_commerciale"),
    )),
    # Discourse: postscript — service_civique — PS: the service civique ended in August
    D("postscript", "service_civique", M(
        frm="Kylian Baptiste <kylian.baptiste@example.org>",
        subject="Pro'pulse",
        date="05 11:31",
        body="""Bonjour,

BTS Économie sociale familiale obtenu en juin 2025. Je cherche un emploi de conseiller dans une association d'accès aux droits.

Kylian

PS : mon service civique à la Croix-Rouge est terminé depuis août, je suis entièrement libre.""",
        truth=app("Kylian", "Baptiste", phone=None, bac=2, grad="2025-06", status="ps_sc_termine_aout"),
    )),
    # Discourse: postscript — ess_aim — PS: also a job in a big bank would do; the aim is open
    D("postscript", "ess_aim", M(
        frm="Chloé Ribeyre <chloe.ribeyre@example.net>",
        subject="Candidature",
        date="06 14:14",
        body="""Bonjour,

Master de finance obtenu en juin 2026, je cherche un emploi de contrôleuse de gestion dans une mutuelle ou une banque coopérative.

Chloé Ribeyre
07 90 41 26 83

PS : pour être honnête, un poste dans une grande banque d'investissement m'irait aussi, je prendrai ce qui vient en premier.""",
        truth=app("Chloé", "Ribeyre", phone="+33790412683", bac=5, grad="2026-06", unknown=("job_seeking_ess",), status="ps_banque_investissement_aussi"),
    )),
    # Discourse: postscript — studies — PS: one exam of the licence is still to be retaken in January
    D("postscript", "studies", M(
        frm="Lucas Kerjean <lucas.kerjean@example.com>",
        subject="candidature pro'pulse",
        date="07 21:03",
        body="""Bonsoir, DUT Carrières sociales en juin 2025 puis licence pro d'intervention sociale cette année, je veux travailler dans une maison des jeunes associative. Lucas 06 25 70 48 91

ps j'ai encore une épreuve de rattrapage de la licence pro à repasser en janvier, le reste est validé""",
        truth=app("Lucas", "Kerjean", phone="+33625704891", bac=2, grad="2025-06", failing=("studies_finished",), status="ps_rattrapage_janvier"),
    )),
    # Discourse: postscript — level — PS: the «bac+2» is a titre RNCP of level 4
    D("postscript", "level", M(
        frm="Sabrina Haddad <sabrina.haddad@example.org>",
        subject="Candidature",
        date="08 10:52",
        body="""Bonjour,

J'ai terminé ma formation en juin 2026 et je cherche un poste d'accompagnante dans une association d'aide à domicile.

Sabrina Haddad
06 83 52 17 64

PS : on m'a demandé mon niveau : c'est un titre professionnel de niveau 4, donc le niveau bac, pas plus.""",
        truth=app("Sabrina", "Haddad", phone="+33683521764", bac=0, grad="2026-06", failing=("degree_level",), status="ps_titre_niveau_4"),
    )),
    # Discourse: postscript — date — PS gives only «il y a quelque temps» for the diploma: open
    D("postscript", "date", M(
        frm="Mehdi Lamrani <mehdi.lamrani@example.net>",
        subject="Pro'pulse : je candidate",
        date="09 13:40",
        body="""Bonjour,

Je cherche un emploi dans une épicerie solidaire ou une coopérative de consommateurs, côté logistique.

Mehdi Lamrani
07 27 18 95 06

PS : j'ai oublié : j'ai un BTS Management commercial opérationnel, obtenu il y a quelque temps déjà.""",
        truth=app("Mehdi", "Lamrani", phone="+33727189506", bac=2, grad=None, unknown=("graduation_recent",), status="ps_bts_il_y_a_quelque_temps"),
    )),
    # Discourse: postscript — internship — PS: the stage was cancelled, so no internship now
    D("postscript", "internship", M(
        frm="Alice Lestrade <alice.lestrade@example.com>",
        subject="Candidature programme",
        date="10 09:12",
        body="""Bonjour,

Licence d'histoire de l'art (juin 2026), je cherche un emploi de médiatrice dans une association culturelle.

Alice Lestrade
06 57 34 82 10

PS : le stage que je devais commencer en novembre a été annulé par la structure, je ne suis donc pas en stage.""",
        truth=app("Alice", "Lestrade", phone="+33657348210", bac=3, grad="2026-06", status="ps_stage_annule"),
    )),
    # Discourse: postscript — service_civique — PS: «je fais un volontariat en ce moment», of unstated kind
    D("postscript", "service_civique", M(
        frm="Rose Tanguy <rose.tanguy@example.org>",
        subject="candidature",
        date="11 18:28",
        body="""Bonjour,

Master 2 Action humanitaire obtenu en septembre 2026. Je cherche un poste de coordinatrice dans une ONG de solidarité internationale.

Rose Tanguy
06 12 49 73 85

PS : je fais un volontariat en ce moment, jusqu'au printemps.""",
        truth=app("Rose", "Tanguy", phone="+33612497385", bac=5, grad="2026-09", unknown=("not_service_civique",), status="ps_volontariat_en_ce_moment"),
    )),
    # Discourse: postscript — career_change — PS: worked two years as a waiter during studies only
    D("postscript", "career_change", M(
        frm="Victor Lenoir <victor.lenoir@example.net>",
        subject="Candidature Pro'pulse",
        date="12 15:55",
        body="""Bonjour,

Je viens d'obtenir ma licence d'économie-gestion (juillet 2026) et je cherche un premier emploi dans une SCOP.

Victor Lenoir
07 60 38 21 47

P.-S. : j'ai été serveur le week-end pendant mes études, c'était un job étudiant, rien de plus.""",
        truth=app("Victor", "Lenoir", phone="+33760382147", bac=3, grad="2026-07", status="ps_job_etudiant"),
    )),
    # Discourse: postscript — ess_aim — a CV attached; PS: any employer, public or private
    D("postscript", "ess_aim", M(
        frm="Manon Vaillant <manon.vaillant@example.com>",
        subject="Candidature + CV",
        date="13 10:40",
        body="""Bonjour,

Veuillez trouver mon CV ci-joint.

Manon Vaillant

PS : je cherche surtout un CDI, peu importe l'employeur, public ou privé.""",
        cv=CV("pdf", "CV_Manon_Vaillant.pdf", """Manon VAILLANT
06 74 15 38 92
FORMATION
Juin 2026 - Licence professionnelle Gestion des ressources humaines
Juin 2025 - BTS Support à l'action managériale
EXPÉRIENCE
Stage de fin d'études, service RH d'une mairie (terminé en mai 2026)"""),
        truth=app("Manon", "Vaillant", phone="+33674153892", bac=3, grad="2026-06", unknown=("job_seeking_ess",), info_in="cv", status="ps_peu_importe_employeur_cv"),
    )),
    # Discourse: postscript — studies — SMS, PS: «diplômée officiellement depuis lundi»
    D("postscript", "studies", M(
        frm="Léna Morel <lena.morel@example.org>",
        subject="pro'pulse",
        date="16 22:10",
        body="""slt je voudrais candidater, master ESS à Rennes, je cherche un taf dans une asso de quartier. Léna 06 38 26 90 14
ps jury passé, diplômée officiellement depuis lundi 🎉""",
        truth=app("Léna", "Morel", phone="+33638269014", bac=5, grad="2026-11", status="ps_diplomee_depuis_lundi"),
    )),
    # Discourse: postscript — kind — a newsletter whose PS announces a webinar
    D("postscript", "kind", M(
        frm="La lettre des SCOP <lettre@scop-infos.example.org>",
        subject="La lettre de novembre",
        date="03 07:00",
        headers={"List-Unsubscribe": "<https://scop-infos.example.org/stop>", "Precedence": "bulk"},
        body="""Ce mois-ci : trois coopératives qui recrutent de jeunes diplômés, et le bilan de l'année.

PS : notre webinaire « Rejoindre une SCOP » a lieu le 9 décembre, inscription en ligne.

Se désinscrire : https://scop-infos.example.org/stop""",
        truth=newsletter(),
    )),
    # Discourse: postscript — kind — a question whose PS says it is asked for a cousin in general, no fact
    D("postscript", "kind", M(
        frm="Arnaud Petit <arnaud.petit@example.net>",
        subject="Question sur les dates",
        date="06 12:00",
        body="""Bonjour, quand ont lieu les prochaines sessions d'accompagnement ? Merci.

PS : je demande pour faire passer l'info autour de moi.""",
        truth=question(),
    )),
    # Discourse: postscript — kind — a reply in our thread whose PS thanks the coach
    D("postscript", "kind", M(
        frm="Lina Rahmani <lina.rahmani@example.com>",
        subject="Re: Confirmation de votre rendez-vous",
        date="09 08:30",
        headers={"In-Reply-To": "<4419025.0088@animafac.net>", "References": "<4419025.0088@animafac.net>"},
        body="""C'est noté pour jeudi 10 h.

PS : merci pour la liste des structures, je l'ai lue en entier.

> Votre rendez-vous est confirmé jeudi à 10 h.""",
        truth=reply(),
    )),
    # Discourse: postscript — kind — a bounce
    D("postscript", "kind", M(
        frm="Mail Delivery Subsystem <mailer-daemon@mx.example.com>",
        subject="Delivery Status Notification (Failure)",
        date="12 06:10",
        body="""Your message to yann.lebris@example.com could not be delivered: the address does not exist.""",
        bounce="""Reporting-MTA: dns; mx.example.com

Final-Recipient: rfc822; yann.lebris@example.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 No such user""",
        truth=bounce("yann.lebris@example.com"),
    )),
    # Discourse: postscript — kind — a printer's quote with a PS about delivery
    D("postscript", "kind", M(
        frm="Imprimerie du Canal <devis@imprimerie-canal.example.fr>",
        subject="Votre devis flyers",
        date="14 11:20",
        body="""Bonjour, voici le devis pour 2 000 flyers Pro'pulse : 186 € TTC.

PS : livraison possible sous cinq jours ouvrés.""",
        truth=other(),
    )),
    # Discourse: postscript — kind — an English question with a PS, no personal fact
    D("postscript", "kind", M(
        frm="Tom Harris <tom.harris@example.com>",
        subject="Programme language",
        date="18 16:45",
        body="""Hello, are the coaching sessions held in French only?

P.S. Asking for the international students' office I work with.""",
        truth=question(language="en"),
    )),
    # Discourse: postscript — kind — a reply whose PS adds a phone number
    D("postscript", "kind", M(
        frm="Océane Leroy <oceane.leroy@example.net>",
        subject="Re: Votre candidature à Pro'pulse",
        date="20 19:15",
        headers={"In-Reply-To": "<5530871.0132@animafac.net>", "References": "<5530871.0132@animafac.net>"},
        body="""Merci pour votre retour, je suis disponible la semaine prochaine.

PS : mon nouveau numéro est le 06 22 81 47 39.

> Nous aimerions vous proposer un entretien.""",
        truth=reply(),
    )),
]
