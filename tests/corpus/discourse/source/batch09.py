# ruff: noqa: E501
"""Batch 9 — quoted earlier mail and forwarded text: the writer's own earlier mail, or a mail an adviser
forwards, quoted below a new text that updates it; the new text's facts decide, the quote's are stale."""

from discourse import D
from kit import M, app, auto_reply, bounce, other, question, reply

MESSAGES = [
    # Discourse: quoted_mail — internship — new top: the stage ended on 13 November; quote: «en stage jusqu'au 13 novembre»
    D("quoted_mail", "internship", M(
        frm="Lison Carlier <lison.carlier@example.org>",
        subject="Candidature (mise à jour)",
        date="20 09:40",
        body="""Bonjour,

Je vous renvoie ma candidature avec une mise à jour : mon stage est terminé depuis le 13 novembre, je suis donc entièrement disponible.

Lison Carlier

Le 12 oct. 2026 à 18:02, Lison Carlier <lison.carlier@example.org> a écrit :
> Bonjour, j'ai obtenu ma licence pro Médiation sociale en juin 2026. Je suis en stage jusqu'au 13 novembre et je cherche ensuite un emploi dans une association de médiation. Lison, 06 27 40 93 58""",
        truth=app("Lison", "Carlier", phone="+33627409358", bac=3, grad="2026-06", status="maj_stage_termine_13_novembre"),
    )),
    # Discourse: quoted_mail — service_civique — new top: «depuis, j'ai commencé un service civique»
    D("quoted_mail", "service_civique", M(
        frm="Rémi Boucher <remi.boucher@example.net>",
        subject="TR: Candidature Pro'pulse",
        date="18 14:30",
        body="""Bonjour,

Petite précision depuis mon mail ci-dessous : j'ai commencé un service civique le 2 novembre, pour huit mois.

Rémi

-------- Message d'origine --------
De : Rémi Boucher
Date : 15/10/2026
Objet : Candidature Pro'pulse
Bonjour, BTS Gestion de la PME en juin 2026, je cherche un emploi de gestionnaire dans une association. Rémi Boucher, 07 65 30 18 42""",
        truth=app("Rémi", "Boucher", phone="+33765301842", bac=2, grad="2026-06", failing=("not_service_civique",), status="depuis_commence_sc"),
    )),
    # Discourse: quoted_mail — studies — new top: the master was obtained in September; quote: «je passe mon master en septembre»
    D("quoted_mail", "studies", M(
        frm="Juliette Renaud <juliette.renaud@example.com>",
        subject="Fwd: candidature",
        date="05 11:05",
        body="""Bonjour,

Je vous renvoie mon message de l'été : depuis, j'ai obtenu mon master (jury du 25 septembre 2026). Je cherche toujours un poste de chargée de mission dans une fondation.

Juliette Renaud
06 18 52 97 34

---------- Forwarded message ---------
From: Juliette Renaud <juliette.renaud@example.com>
Date: Mon, 20 Jul 2026
Subject: candidature
Bonjour, je passe la soutenance de mon master Action publique en septembre. Puis-je déjà candidater ?""",
        truth=app("Juliette", "Renaud", phone="+33618529734", bac=5, grad="2026-09", status="renvoie_master_obtenu_septembre"),
    )),
    # Discourse: quoted_mail — level — new top: the L2 was not validated; quote: «je valide ma L2 en juin»
    D("quoted_mail", "level", M(
        frm="Hamza Ouali <hamza.ouali@example.org>",
        subject="Re: ma candidature",
        date="08 17:20",
        body="""Bonjour,

Finalement je n'ai pas validé ma L2 (j'ai raté deux UE), je n'ai donc que ma L1, de juin 2025. Je cherche quand même un emploi dans une association sportive.

Hamza

> Le 02/05/2026, Hamza Ouali a écrit :
> Bonjour, je valide ma L2 de STAPS en juin et je voudrais candidater. Hamza, 06 74 39 20 51""",
        truth=app("Hamza", "Ouali", phone="+33674392051", bac=1, grad="2025-06", failing=("degree_level",), status="finalement_l2_pas_validee"),
    )),
    # Discourse: quoted_mail — date — an adviser forwards an old mail and corrects it: BTS in June 2026
    D("quoted_mail", "date", M(
        frm="Sandra Poirier <s.poirier@capemploi.example.fr>",
        subject="TR: demande d'information",
        date="09 10:15",
        body="""Bonjour,

Je vous transfère le mail de Jessica Lemaire (jessica.lemaire@example.com), que j'accompagne. Les informations ci-dessous datent de l'an dernier : depuis, elle a obtenu son BTS Économie sociale familiale en juin 2026, elle n'est plus en formation et cherche un emploi dans une association.

Sandra Poirier, conseillère

----- Message transféré -----
De : Jessica Lemaire
Date : 14/11/2025
Je suis en première année de BTS ESF et je voudrais savoir si je pourrai entrer à Pro'pulse plus tard.""",
        truth=app("Jessica", "Lemaire", phone=None, bac=2, grad="2026-06", email="jessica.lemaire@example.com", forwarded_by="s.poirier@capemploi.example.fr", status="conseillere_transfere_bts_obtenu"),
    )),
    # Discourse: quoted_mail — date — new top: «ce n'était pas 2026, mais 2024», a year alone: open
    D("quoted_mail", "date", M(
        frm="Cyril Bonnet <cyril.bonnet@example.net>",
        subject="Correction de ma candidature",
        date="10 08:30",
        body="""Bonjour, erreur dans mon mail ci-dessous : ma licence date de 2024, pas de 2026. Désolé.

Cyril

> Bonjour, licence de géographie en 2026, je cherche un emploi dans une association d'éducation à l'environnement. Cyril Bonnet 06 23 84 57 19""",
        truth=app("Cyril", "Bonnet", phone="+33623845719", bac=3, grad="2024", unknown=("graduation_recent",), status="correction_2024_pas_2026"),
    )),
    # Discourse: quoted_mail — ess_aim — new top: «je ne cherche plus dans l'associatif», a consulting firm
    D("quoted_mail", "ess_aim", M(
        frm="Louis Marchetti <louis.marchetti@example.com>",
        subject="Mise à jour de ma candidature",
        date="12 13:50",
        body="""Bonjour,

Depuis mon mail ci-dessous, mon projet a changé : je ne cherche plus dans l'associatif mais dans un cabinet d'audit.

Louis

> Le 1 oct. 2026, Louis Marchetti a écrit :
> Bonjour, master de gestion en juin 2026, je cherche un poste de contrôleur de gestion dans une association. Louis Marchetti, 06 90 17 34 62""",
        truth=app("Louis", "Marchetti", phone="+33690173462", bac=5, grad="2026-06", failing=("job_seeking_ess",), status="ne_cherche_plus_asso_audit"),
    )),
    # Discourse: quoted_mail — studies — new top: the jury is postponed to 3 December; quote: «licence obtenue»
    D("quoted_mail", "studies", M(
        frm="Coralie Lemaire <coralie.lemaire@example.org>",
        subject="Précision",
        date="13 16:40",
        body="""Bonjour,

Je me suis avancée dans mon mail ci-dessous : le jury de la licence pro a été reporté au 3 décembre, je n'ai donc pas encore le diplôme. J'ai mon BTS depuis juin 2025.

Coralie

> Bonjour, j'ai obtenu ma licence pro Gestion des structures sanitaires et sociales et je cherche un emploi dans un EHPAD associatif. Coralie Lemaire, 07 36 81 24 95""",
        truth=app("Coralie", "Lemaire", phone="+33736812495", bac=2, grad="2025-06", unknown=("studies_finished",), status="jury_reporte_3_decembre"),
    )),
    # Discourse: quoted_mail — internship — new top: «je suis en mission» now, of unstated kind; quote: nothing current
    D("quoted_mail", "internship", M(
        frm="Nicolas Barre <nicolas.barre@example.net>",
        subject="Fwd: Pro'pulse",
        date="16 09:05",
        body="""Bonjour,

Ma situation a un peu changé depuis le mail ci-dessous : je suis en mission dans une association de quartier depuis le 2 novembre, pour quelques mois.

Nicolas

---------- Message transféré ---------
De : Nicolas Barre
Date : 3 oct. 2026
Bonjour, BUT Carrières sociales en juin 2026, je cherche un emploi d'animateur dans une MJC. Nicolas Barre, 06 52 87 14 30""",
        truth=app("Nicolas", "Barre", phone="+33652871430", bac=3, grad="2026-06", unknown=("not_internship", "not_service_civique"), status="en_mission_depuis_novembre"),
    )),
    # Discourse: quoted_mail — ess_aim — new top: «n'importe quel emploi maintenant»; quote: an association
    D("quoted_mail", "ess_aim", M(
        frm="Sonia Ferreira <sonia.ferreira@example.com>",
        subject="Re: Ma candidature à Pro'pulse",
        date="17 20:15",
        body="""Bonjour, je complète mon mail ci-dessous : honnêtement, maintenant je prendrais n'importe quel emploi, association ou pas.

Sonia

> Le 15 sept. 2026, Sonia Ferreira a écrit :
> Bonjour, licence d'anglais en juin 2026, je cherche un emploi dans une association d'alphabétisation. Sonia Ferreira 07 82 14 60 39""",
        truth=app("Sonia", "Ferreira", phone="+33782146039", bac=3, grad="2026-06", unknown=("job_seeking_ess",), status="maintenant_nimporte_quel_emploi"),
    )),
    # Discourse: quoted_mail — studies — new top: the defence is postponed, no new date; quote: «je soutiens le 15 novembre»
    D("quoted_mail", "studies", M(
        frm="Bruno Lebon <bruno.lebon@example.org>",
        subject="TR: candidature Pro'pulse",
        date="19 11:30",
        body="""Bonjour,

Ma soutenance du 15 novembre (voir mon mail ci-dessous) a été reportée à une date que je ne connais pas encore ; mon master n'est donc pas fini.

Bruno

-----Message d'origine-----
Bonjour, je soutiens mon mémoire de M2 le 15 novembre et je cherche un poste dans une coopérative. J'ai un M1 de juin 2025. Bruno Lebon, 06 40 28 71 53""",
        truth=app("Bruno", "Lebon", phone="+33640287153", bac=4, grad="2025-06", failing=("studies_finished",), status="soutenance_reportee_date_inconnue"),
    )),
    # Discourse: quoted_mail — career_change — new top: «j'ai oublié de dire»: seven years as a lorry driver
    D("quoted_mail", "career_change", M(
        frm="Didier Faure <didier.faure@example.net>",
        subject="Complément à ma candidature",
        date="20 15:20",
        body="""Bonjour,

J'ai oublié de préciser dans mon mail ci-dessous que j'ai été chauffeur routier pendant sept ans avant de reprendre mes études : c'est une reconversion.

Didier

> Bonjour, BUT GEA obtenu en juin 2026, je cherche un poste de gestionnaire dans une ressourcerie. Didier Faure, 06 63 95 21 48""",
        truth=app("Didier", "Faure", phone="+33663952148", bac=3, grad="2026-06", failing=("not_career_change",), status="oublie_chauffeur_sept_ans"),
    )),
    # Discourse: quoted_mail — date — new top: «erreur : juin 2025, pas 2023»; quote: «licence en 2023»
    D("quoted_mail", "date", M(
        frm="Emma Vidal <emma.vidal@example.com>",
        subject="Erratum",
        date="21 10:10",
        body="""Bonjour, une faute de frappe dans mon mail ci-dessous : ma licence est de juin 2025, pas de 2023 !

Emma

> Bonjour, licence d'information-communication en 2023, je cherche un poste de chargée de communication dans une association. Emma Vidal, 07 29 53 84 16""",
        truth=app("Emma", "Vidal", phone="+33729538416", bac=3, grad="2025-06", status="erratum_juin_2025_pas_2023"),
    )),
    # Discourse: quoted_mail — service_civique — new top: the service civique ended early, in October
    D("quoted_mail", "service_civique", M(
        frm="Ludivine Gros <ludivine.gros@example.org>",
        subject="Fwd: ma situation",
        date="22 18:45",
        body="""Bonjour,

Mise à jour du mail ci-dessous : mon service civique s'est arrêté plus tôt que prévu, le 24 octobre (la structure a fermé). Je suis donc disponible tout de suite.

Ludivine

---------- Forwarded message ---------
Bonjour, je suis en service civique jusqu'en mars et j'ai un BTS Tourisme de juin 2025. Je chercherai ensuite dans le tourisme social. Ludivine Gros, 06 31 49 76 20""",
        truth=app("Ludivine", "Gros", phone="+33631497620", bac=2, grad="2025-06", status="sc_arrete_plus_tot_octobre"),
    )),
    # Discourse: quoted_mail — kind — a reply in our thread changing the slot it had chosen
    D("quoted_mail", "kind", M(
        frm="Karim Haddou <karim.haddou@example.net>",
        subject="Re: Re: Rendez-vous",
        date="06 08:15",
        headers={"In-Reply-To": "<6618230.0044@animafac.net>", "References": "<6618230.0041@animafac.net> <6618230.0044@animafac.net>"},
        body="""Finalement jeudi ne m'arrange plus, je prendrais plutôt vendredi 10 h si c'est encore possible.

> Parfait, c'est noté pour jeudi 14 h.
>> Je prends jeudi 14 h.""",
        truth=reply(),
    )),
    # Discourse: quoted_mail — kind — an auto-reply quoting an application
    D("quoted_mail", "kind", M(
        frm="Maxime Royer <maxime.royer@example.org>",
        subject="Automatic reply: Re: Votre candidature",
        date="11 07:20",
        headers={"Auto-Submitted": "auto-replied"},
        body="""Je suis en déplacement jusqu'au 18 novembre, accès limité à mes mails.

> Bonjour, j'ai un master de droit de juin 2026 et je cherche un emploi dans une association…""",
        truth=auto_reply(),
    )),
    # Discourse: quoted_mail — kind — a forwarded question, no fact about anyone
    D("quoted_mail", "kind", M(
        frm="Accueil Université Rennes 2 <accueil@univ-rennes2.example.fr>",
        subject="TR: question d'une étudiante",
        date="14 12:00",
        body="""Bonjour, nous vous transférons la question ci-dessous, à laquelle nous ne savons pas répondre.

----- Message transféré -----
Bonjour, le programme Pro'pulse est-il ouvert aux diplômés d'écoles privées ?""",
        truth=question(),
    )),
    # Discourse: quoted_mail — kind — an employer forwarding a job ad
    D("quoted_mail", "kind", M(
        frm="Régie de quartier Sud <direction@regie-sud.example.org>",
        subject="Fwd: Offre chargé d'insertion",
        date="17 09:30",
        body="""Bonjour, pour vos participants, l'offre ci-dessous (CDI, Marseille).

---------- Forwarded message ---------
Offre : chargé(e) d'insertion professionnelle, CDI, 35 h, prise de poste en janvier.""",
        truth=other(),
    )),
    # Discourse: quoted_mail — kind — a bounce quoting our message
    D("quoted_mail", "kind", M(
        frm="Mail Delivery Subsystem <mailer-daemon@mx2.example.org>",
        subject="Delivery Status Notification (Failure)",
        date="23 06:00",
        body="""Address not found: your message wasn't delivered to pauline.m@example.org because the address couldn't be found.""",
        bounce="""Reporting-MTA: dns; mx2.example.org

Final-Recipient: rfc822; pauline.m@example.org
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 The email account does not exist""",
        truth=bounce("pauline.m@example.org"),
    )),
    # Discourse: quoted_mail — kind — a reply in our thread with a CV update, personal facts included
    D("quoted_mail", "kind", M(
        frm="Laure Simon <laure.simon@example.com>",
        subject="Re: Votre dossier Pro'pulse",
        date="24 14:25",
        headers={"In-Reply-To": "<3051276.0177@animafac.net>", "References": "<3051276.0177@animafac.net>"},
        body="""Bonjour, comme demandé : mon stage s'est bien terminé le 20 novembre. Bonne journée, Laure

> Pouvez-vous nous confirmer la date de fin de votre stage ?""",
        truth=reply(),
    )),
]
