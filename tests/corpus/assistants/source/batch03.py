"""Assistants corpus, batch 03 (writer A): form_notification (Tally, Google Forms, a WordPress contact form, Welcome
to the Jungle: key: value lines, ☑/☐ boxes, Oui/Non, empty «—» fields, sent by the tool, Reply-To the
person), register_rewritten (made formal, shorter or friendlier by a tool: nominalised and passive facts, a
TL;DR, emojis), client_assistant (Outlook Copilot, Gmail «Aidez-moi à écrire»: the tool's footer, a suggested
subject, a tone note, replies in our thread drafted by the client)."""
# ruff: noqa: E501

from __future__ import annotations

from assistants import N
from kit import M, app, auto_reply, other, question, reply

MESSAGES = [
    # Feature: form_notification — level — Diplôme le plus élevé : Master 2 Économie sociale et solidaire
    # route: a Tally notification «Nouvelle réponse», key: value lines, Reply-To the applicant; the level on the form's own line (the question text nobody's fact) → application; a master of 2025, no internship («Non»), an association sought → eligible
    N("form_notification", "level", "Diplôme le plus élevé : Master 2 Économie sociale et solidaire", M(
        "Tally <notifications@tally-forms.example.net>", "Nouvelle réponse à votre formulaire « Candidature Pro'pulse 2027 »", "02 08:03",
        """Nouvelle réponse à votre formulaire « Candidature Pro'pulse 2027 »

Prénom : Bérénice
Nom : Arnaud
E-mail : berenice.arnaud@gmail.com
Téléphone : 06 27 84 19 53
Diplôme le plus élevé : Master 2 Économie sociale et solidaire
Année d'obtention : 2025
Êtes-vous actuellement en stage ou en service civique ? : Non
Quel type de structure recherchez-vous ? : Association

Voir toutes les réponses sur Tally""",
        app("Bérénice", "Arnaud", phone="+33627841953", bac=5, grad="2025", email="berenice.arnaud@gmail.com", status="tally_master_2025"),
        headers={"Reply-To": "berenice.arnaud@gmail.com"},
    )),
    # Feature: form_notification — situation — Êtes-vous actuellement en service civique ? Oui
    # route: a Google Forms notification with Oui/Non answers; «Oui» to the civic service's question states it → application; a licence of 2025, a civic service running → fails not_service_civique → not eligible
    N("form_notification", "situation", "Êtes-vous actuellement en service civique ? Oui", M(
        "Google Forms <forms-receipts-noreply@forms.example.com>", "Nouvelle réponse : Pré-inscription Pro'pulse", "03 12:18",
        """Pré-inscription Pro'pulse – nouvelle réponse

Nom et prénom : Lucas Girard
Adresse e-mail : lucas.girard.sc@gmail.com
Diplôme obtenu : Licence Sciences politiques (2025)
Êtes-vous actuellement en service civique ? Oui
Êtes-vous actuellement en stage ? Non
Secteur recherché : associations de défense des droits""",
        app("Lucas", "Girard", phone=None, bac=3, grad="2025", email="lucas.girard.sc@gmail.com", failing=("not_service_civique",), status="gforms_service_civique_oui"),
        headers={"Reply-To": "lucas.girard.sc@gmail.com"},
    )),
    # Feature: form_notification — graduation — Année d'obtention du diplôme : —
    # ambiguous: the form's year field is empty («—») and the person's free text gives no year; an empty field states nothing, so graduation_recent stays open
    # route: a job board's application notification (Welcome to the Jungle) with empty fields shown as «—», Reply-To the applicant → application; a licence with no date, an association sought → graduation_recent open → to verify
    N("form_notification", "graduation", "Année d'obtention du diplôme : —", M(
        "Welcome to the Jungle <candidatures@wttj-notifications.example.com>", "Nouvelle candidature : Programme Pro'pulse – Sofia Rahmani", "04 15:44",
        """Nouvelle candidature reçue pour « Programme Pro'pulse – jeunes diplômé·es »

Candidat·e : Sofia Rahmani
E-mail : sofia.rahmani@outlook.fr
Téléphone : —
Diplôme : Licence Sciences de l'éducation
Année d'obtention du diplôme : —
Lettre de motivation : Je souhaite travailler dans une association d'éducation populaire ou de soutien scolaire.

Consulter la candidature dans votre espace recruteur.""",
        app("Sofia", "Rahmani", phone=None, bac=3, grad=None, email="sofia.rahmani@outlook.fr", unknown=("graduation_recent",), status="wttj_annee_vide"),
        headers={"Reply-To": "sofia.rahmani@outlook.fr"},
    )),
    # Feature: form_notification — studies_finished — ☑ Non, je suis encore en formation
    # route: a Tally notification with checkboxes; the box checked is «Non, je suis encore en formation», the other unchecked → application; a master running → fails studies_finished → not eligible
    N("form_notification", "studies_finished", "☑ Non, je suis encore en formation", M(
        "Tally <notifications@tally-forms.example.net>", "Nouvelle réponse à votre formulaire « Candidature Pro'pulse 2027 »", "05 09:31",
        """Nouvelle réponse à votre formulaire « Candidature Pro'pulse 2027 »

Prénom : Enzo
Nom : Barbier
E-mail : enzo.barbier@gmail.com
Diplôme préparé ou obtenu : Master Management des associations
Avez-vous terminé vos études ?
☐ Oui
☑ Non, je suis encore en formation
Quel type de structure recherchez-vous ? : Association ou coopérative""",
        app("Enzo", "Barbier", phone=None, bac="*", grad=None, email="enzo.barbier@gmail.com", failing=("studies_finished",), status="tally_case_encore_en_formation"),
        headers={"Reply-To": "enzo.barbier@gmail.com"},
    )),
    # Feature: form_notification — career_change — Êtes-vous en reconversion professionnelle ? Non
    # route: a Google Forms notification; the form's own question «Êtes-vous en reconversion professionnelle ?» answered «Non» (the person's student jobs in the free field) → application; a BTS of June 2025, no career before, an association sought → eligible
    N("form_notification", "career_change", "Êtes-vous en reconversion professionnelle ? Non", M(
        "Google Forms <forms-receipts-noreply@forms.example.com>", "Nouvelle réponse : Pré-inscription Pro'pulse", "06 20:05",
        """Pré-inscription Pro'pulse – nouvelle réponse

Nom et prénom : Yasmine Khelifi
Adresse e-mail : yasmine.khelifi@gmail.com
Diplôme obtenu : BTS Services et prestations des secteurs sanitaire et social, juin 2025
Êtes-vous en reconversion professionnelle ? Non
Expériences : jobs étudiants (caisse, baby-sitting), stage de 8 semaines dans un CCAS
Secteur recherché : association d'aide aux familles""",
        app("Yasmine", "Khelifi", phone=None, bac=2, grad="2025-06", email="yasmine.khelifi@gmail.com", status="gforms_reconversion_non"),
        headers={"Reply-To": "yasmine.khelifi@gmail.com"},
    )),
    # Feature: form_notification — graduation — j'ai obtenu mon DUT Carrières sociales en juin 2026
    # route: a WordPress «Formulaire de contact» notification, the fields Nom / E-mail / Message, the facts in the person's free message → application; a DUT of June 2026, a youth association sought → eligible
    N("form_notification", "graduation", "j'ai obtenu mon DUT Carrières sociales en juin 2026", M(
        "WordPress <wordpress@propulse-site.example.org>", "[Pro'pulse] Nouveau message depuis le formulaire de contact", "07 11:12",
        """De : Nassim Boulanger <nassim.boulanger@gmail.com>
Objet : Inscription

Corps du message :
Bonjour, j'ai obtenu mon DUT Carrières sociales en juin 2026 et je cherche un poste d'animateur dans une association de jeunesse. Comment faire pour m'inscrire ?

--
Cet e-mail a été envoyé via le formulaire de contact de Pro'pulse""",
        app("Nassim", "Boulanger", phone=None, bac=2, grad="2026-06", email="nassim.boulanger@gmail.com", status="wordpress_contact_dut_2026"),
        headers={"Reply-To": "nassim.boulanger@gmail.com"},
    )),
    # Feature: form_notification — kind — Est-ce que le programme est ouvert aux personnes qui habitent en zone rurale
    # route: a contact-form notification whose message is only a question about the programme, no fact of the writer's own → question
    N("form_notification", "kind", "Est-ce que le programme est ouvert aux personnes qui habitent en zone rurale", M(
        "WordPress <wordpress@propulse-site.example.org>", "[Pro'pulse] Nouveau message depuis le formulaire de contact", "09 16:40",
        """De : Margot Lebrun <margot.lebrun@gmail.com>
Objet : Question

Corps du message :
Est-ce que le programme est ouvert aux personnes qui habitent en zone rurale, loin des villes où ont lieu les ateliers ?

--
Cet e-mail a été envoyé via le formulaire de contact de Pro'pulse""",
        question(),
        headers={"Reply-To": "margot.lebrun@gmail.com"},
    )),
    # Feature: form_notification — kind — Votre abonnement Tally Pro a été renouvelé
    # route: the form tool's own receipt for its subscription, no person and no request → other
    N("form_notification", "kind", "Votre abonnement Tally Pro a été renouvelé", M(
        "Tally <billing@tally-forms.example.net>", "Reçu de paiement – Tally Pro", "14 03:12",
        """Votre abonnement Tally Pro a été renouvelé.

Montant : 29,00 € HT
Période : 14 novembre – 13 décembre 2026
Moyen de paiement : carte se terminant par 4417

Merci d'utiliser Tally.""",
        other(),
    )),
    # Feature: register_rewritten — graduation — L'obtention de mon master est intervenue en juin 2025
    # route: a mail made «plus pro» by ChatGPT, every fact nominalised; «L'obtention de mon master est intervenue en juin 2025» states the diploma and its date like a verb → application; a master of June 2025, an ESS post sought → eligible
    N("register_rewritten", "graduation", "L'obtention de mon master est intervenue en juin 2025", M(
        "Hélène Marchand <helene.marchand@gmail.com>", "Candidature – Programme Pro'pulse", "02 17:35",
        """Madame, Monsieur,

L'obtention de mon master est intervenue en juin 2025 (master Développement des territoires et économie sociale, Université de Poitiers). La recherche d'un premier poste au sein d'une structure de l'économie sociale et solidaire constitue désormais ma priorité.

Une participation au programme Pro'pulse représenterait à cet égard un appui déterminant.

Je vous prie d'agréer, Madame, Monsieur, l'expression de ma considération distinguée.

Hélène Marchand""",
        app("Hélène", "Marchand", phone=None, bac=5, grad="2025-06", status="obtention_intervenue_juin_2025"),
    )),
    # Feature: register_rewritten — situation — Une fin de mission de service civique est prévue en mars 2027
    # route: a formal rewrite (Copilot in Word, «rendre plus formel»), the civic service said only through «Une fin de mission … est prévue en mars 2027»: running until March → application; a licence of 2025, a civic service running → fails not_service_civique → not eligible
    N("register_rewritten", "situation", "Une fin de mission de service civique est prévue en mars 2027", M(
        "Bastien Rey <bastien.rey@gmail.com>", "Candidature au programme Pro'pulse", "03 10:21",
        """Madame, Monsieur,

Titulaire d'une licence d'histoire (2025), je sollicite mon inscription au programme Pro'pulse. Une fin de mission de service civique est prévue en mars 2027, à l'issue de laquelle une prise de poste dans une association culturelle serait envisagée.

Respectueusement,
Bastien Rey""",
        app("Bastien", "Rey", phone=None, bac=3, grad="2025", failing=("not_service_civique",), status="fin_service_civique_prevue_mars"),
    )),
    # Feature: register_rewritten — studies_finished — M2 ok
    # route: a mail condensed by ChatGPT («fais plus court»), a TL;DR line; «M2 ok (sept. 2025)» is a master obtained → application; a master of September 2025, an ESS job sought → eligible
    N("register_rewritten", "studies_finished", "M2 ok", M(
        "Arthur Blanchard <arthur.blanchard@gmail.com>", "Pro'pulse – candidature", "04 13:09",
        """Bonjour,

TL;DR : M2 ok (sept. 2025, Sciences Po Lille, politiques publiques), cherche job dans l'ESS (asso ou coop), dispo tout de suite.

Merci !
Arthur Blanchard""",
        app("Arthur", "Blanchard", phone=None, bac=5, grad="2025-09", status="tldr_m2_ok"),
    )),
    # Feature: register_rewritten — level — J'ai un CAP petite enfance 🧸
    # route: a friendly rewrite with emojis (Gemini, «rends-le plus sympa»), the level on its own line → application; a CAP (below the bac) → fails degree_level → not eligible
    N("register_rewritten", "level", "J'ai un CAP petite enfance 🧸", M(
        "Laura Pinto <laura.pinto@gmail.com>", "Coucou Pro'pulse 👋", "05 19:42",
        """Coucou l'équipe Pro'pulse 👋

J'espère que vous allez bien ! Je me présente : Laura, 23 ans, pleine d'énergie ✨

J'ai un CAP petite enfance 🧸 et quatre ans d'expérience en crèche associative 💛 Aujourd'hui j'aimerais trouver un poste dans une association de parentalité 🏡

Merci d'avance et belle journée ☀️
Laura""",
        app("Laura", "Pinto", phone=None, bac=0, grad=None, failing=("degree_level",), status="emoji_cap_petite_enfance"),
    )),
    # Feature: register_rewritten — graduation — L'achèvement de mon cursus de licence en sociologie a récemment eu lieu
    # ambiguous: the formal rewrite dropped the year: «a récemment eu lieu» gives the event (the licence obtained) but no time; nothing else dates it, so graduation_recent stays open
    # route: a formal rewrite (Copilot), the licence nominalised with «récemment» and no date → application; a licence of unknown date, a social association sought → graduation_recent open → to verify
    N("register_rewritten", "graduation", "L'achèvement de mon cursus de licence en sociologie a récemment eu lieu", M(
        "Victor Charpentier <victor.charpentier@gmail.com>", "Candidature", "06 08:56",
        """Madame, Monsieur,

L'achèvement de mon cursus de licence en sociologie a récemment eu lieu à l'Université de Nantes. Une orientation vers l'accompagnement social au sein d'une association constitue mon objectif professionnel.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Victor Charpentier""",
        app("Victor", "Charpentier", phone=None, bac=3, grad=None, unknown=("graduation_recent",), status="achevement_recent_sans_date"),
    )),
    # Feature: register_rewritten — aim — cherche poste CESF en asso ✔️
    # route: a list condensed by ChatGPT with check marks («En bref»), each line a fact of hers → application; a BTS ESF of 2025, a post of CESF in an association sought → eligible
    N("register_rewritten", "aim", "cherche poste CESF en asso ✔️", M(
        "Morgane Faure <morgane.faure@gmail.com>", "Candidature express", "07 18:20",
        """Bonjour !

En bref :
BTS ESF 2025 ✔️
DE CESF juin 2026 ✔️
cherche poste CESF en asso ✔️
dispo de suite ✔️

Merci 🙂
Morgane Faure""",
        app("Morgane", "Faure", phone=None, bac=3, grad="2026-06", status="en_bref_coches"),
    )),
    # Feature: register_rewritten — kind — Je vous confirme ma présence à la réunion d'information
    # route: an answer in our thread (In-Reply-To ours) made «plus pro» by a tool → reply
    N("register_rewritten", "kind", "Je vous confirme ma présence à la réunion d'information", M(
        "Elodie Renaud <elodie.renaud@gmail.com>", "RE: Invitation – réunion d'information Pro'pulse", "18 12:46",
        """Madame,

Je vous confirme ma présence à la réunion d'information du 2 décembre. Je vous remercie pour cette invitation.

Respectueusement,
Elodie Renaud""",
        reply(),
        headers={"In-Reply-To": "<info-renaud.6631@animafac.net>", "References": "<info-renaud.6631@animafac.net>"},
    )),
    # Feature: register_rewritten — kind — Je suis en vadrouille
    # route: a partner's out-of-office rewritten «plus sympa» with emojis by an assistant (Auto-Submitted) → auto-reply
    N("register_rewritten", "kind", "Je suis en vadrouille", M(
        "Julien Pasquier <julien.pasquier@tiers-lieu-lagrange.example.org>", "Réponse automatique : Atelier CV du 28 novembre", "15 10:00",
        """Hello ! 👋

Je suis en vadrouille 🚲 jusqu'au 24 novembre et je lis mes mails au compte-gouttes. Pour toute urgence, écrivez à contact@tiers-lieu-lagrange.example.org 💌

À très vite ! 🌿
Julien""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: client_assistant — level — licence professionnelle Coordination de projets de l'ESS
    # route: Outlook Copilot draft with its footer «Rédigé avec l'aide de Copilot» (nobody's fact), the diploma and its year in the first paragraph → application; a licence pro of 2025, a cooperative sought → eligible
    N("client_assistant", "level", "licence professionnelle Coordination de projets de l'ESS", M(
        "Cyril Huet <cyril.huet@outlook.fr>", "Candidature au programme Pro'pulse", "02 14:11",
        """Bonjour,

Je suis titulaire d'une licence professionnelle Coordination de projets de l'ESS, obtenue en 2025 à l'IUT de Saint-Étienne. Je souhaite intégrer le programme Pro'pulse afin de trouver un poste de coordinateur dans une coopérative ou une association.

Je vous remercie par avance pour votre retour.

Cordialement,
Cyril Huet

Rédigé avec l'aide de Copilot""",
        app("Cyril", "Huet", phone=None, bac=3, grad="2025", status="copilot_licence_pro"),
        headers={"X-Mailer": "Microsoft Outlook 16.0"},
    )),
    # Feature: client_assistant — aim — un poste de coordinatrice dans une recyclerie
    # route: Gmail «Aidez-moi à écrire», the suggested subject left in the body («Objet suggéré : …», nobody's fact), the aim in the second sentence → application; a master of 2026, a recyclerie sought → eligible
    N("client_assistant", "aim", "un poste de coordinatrice dans une recyclerie", M(
        "Solène Jacob <solene.jacob@gmail.com>", "Candidature", "03 20:30",
        """Objet suggéré : Candidature au programme Pro'pulse – Solène Jacob

Bonjour,

Diplômée en juillet 2026 d'un master Gestion de l'environnement à l'Université de La Rochelle, je recherche un poste de coordinatrice dans une recyclerie ou une ressourcerie. Je serais très heureuse de participer au programme Pro'pulse.

Bien à vous,
Solène Jacob""",
        app("Solène", "Jacob", phone=None, bac=5, grad="2026-07", status="gmail_objet_suggere_recyclerie"),
    )),
    # Feature: client_assistant — situation — dès la fin de mon stage
    # ambiguous: Copilot's draft says she is available «dès la fin de mon stage» and gives no end date; the internship runs now, but whether it ends before or after today is not said: not_internship stays open
    # route: Outlook Copilot draft with its tone note «Ton : professionnel», the internship's end left undated → application; a master of 2026, an internship whose end is not told → not_internship open → to verify
    N("client_assistant", "situation", "dès la fin de mon stage", M(
        "Ambre Colin <ambre.colin@outlook.fr>", "Candidature Pro'pulse", "04 11:57",
        """Bonjour,

Récemment diplômée d'un master Politiques sociales (septembre 2026), je serai disponible dès la fin de mon stage au sein d'une fédération d'associations familiales. Je souhaite ensuite occuper un poste de chargée de mission dans une association.

Cordialement,
Ambre Colin

Ton : professionnel · Longueur : courte — suggestion générée par Copilot""",
        app("Ambre", "Colin", phone=None, bac=5, grad="2026-09", unknown=("not_internship",), status="copilot_fin_de_stage_sans_date"),
    )),
    # Feature: client_assistant — studies_finished — mon diplôme est attendu en juin 2027
    # route: Gmail «Aidez-moi à écrire» (its line «Brouillon créé avec…» left at the end), the third-year student's state in the second sentence → application; a licence running until June 2027 → fails studies_finished → not eligible
    N("client_assistant", "studies_finished", "mon diplôme est attendu en juin 2027", M(
        "Maxime Perret <maxime.perret.l3@gmail.com>", "Inscription au programme Pro'pulse", "05 16:24",
        """Bonjour,

Je suis actuellement en troisième année de licence d'économie à l'Université de Lorraine et mon diplôme est attendu en juin 2027. Je souhaiterais savoir s'il m'est possible de m'inscrire dès maintenant au programme, en vue d'un poste dans une coopérative.

Cordialement,
Maxime Perret

Brouillon créé avec « Aidez-moi à écrire » dans Gmail""",
        app("Maxime", "Perret", phone=None, bac="*", grad=None, failing=("studies_finished",), status="gmail_diplome_attendu_2027"),
    )),
    # Feature: client_assistant — aim — une coopérative d'habitants ou une foncière solidaire
    # route: Outlook Copilot draft («Brouillon avec Copilot» left at the top), the aim in the last sentence → application; a master of 2025, a housing cooperative sought → eligible
    N("client_assistant", "aim", "une coopérative d'habitants ou une foncière solidaire", M(
        "Nicolas Guérin <nicolas.guerin@outlook.fr>", "Candidature – Nicolas Guérin", "06 09:40",
        """Brouillon avec Copilot

Bonjour,

Titulaire d'un master Urbanisme et habitat obtenu en 2025 à Sciences Po Toulouse, je souhaite rejoindre le programme Pro'pulse. Mon objectif est de travailler dans une coopérative d'habitants ou une foncière solidaire.

Bien cordialement,
Nicolas Guérin""",
        app("Nicolas", "Guérin", phone=None, bac=5, grad="2025", status="copilot_cooperative_habitants"),
        headers={"X-Mailer": "Microsoft Outlook 16.0"},
    )),
    # Feature: client_assistant — graduation — Diplômé d'un master en 2024
    # ambiguous: the draft gives the master's year only, 2024 (January to October 2024 is more than two years ago, November or December within): graduation_recent stays open
    # route: Outlook Copilot draft («Rédigé avec l'aide de Copilot»), the year alone in the first sentence → application; a master of 2024, a mutual or an association sought → graduation_recent open → to verify
    N("client_assistant", "graduation", "Diplômé d'un master en 2024", M(
        "Alexis Fournier <alexis.fournier@outlook.fr>", "Candidature au programme Pro'pulse", "07 13:36",
        """Bonjour,

Diplômé d'un master en 2024 (Droit de la protection sociale, Université de Bordeaux), je souhaite être accompagné dans ma recherche d'un poste au sein d'une mutuelle ou d'une association d'accès aux droits.

Cordialement,
Alexis Fournier

Rédigé avec l'aide de Copilot""",
        app("Alexis", "Fournier", phone=None, bac=5, grad="2024", unknown=("graduation_recent",), status="copilot_master_2024"),
        headers={"X-Mailer": "Microsoft Outlook 16.0"},
    )),
    # Feature: client_assistant — kind — Je vous remercie pour votre retour
    # route: a reply in our thread (In-Reply-To ours) drafted by Copilot, its footer kept → reply
    N("client_assistant", "kind", "Je vous remercie pour votre retour", M(
        "Aurélie Benoit <aurelie.benoit@outlook.fr>", "RE: Pro'pulse – votre candidature", "23 10:15",
        """Bonjour,

Je vous remercie pour votre retour. Je serai présente à l'atelier du 3 décembre et apporterai les documents demandés.

Cordialement,
Aurélie Benoit

Rédigé avec l'aide de Copilot""",
        reply(),
        headers={"In-Reply-To": "<candidature-benoit.9024@animafac.net>", "References": "<candidature-benoit.9024@animafac.net>"},
    )),
    # Feature: client_assistant — kind — Pourriez-vous me préciser si le programme accepte les personnes en situation de handicap
    # route: a question drafted by Gmail «Aidez-moi à écrire», its «Objet suggéré» left at the top, no fact of the writer's own → question
    N("client_assistant", "kind", "Pourriez-vous me préciser si le programme accepte les personnes en situation de handicap", M(
        "Damien Leroux <damien.leroux@gmail.com>", "Accessibilité du programme", "10 15:03",
        """Objet suggéré : Accessibilité du programme Pro'pulse

Bonjour,

Pourriez-vous me préciser si le programme accepte les personnes en situation de handicap et si les locaux des ateliers sont accessibles ?

Merci beaucoup,
Damien Leroux""",
        question(),
    )),
    # Feature: client_assistant — kind — Un grand merci pour l'organisation de la journée portes ouvertes
    # route: a thank-you drafted by Copilot after an open day, no request and no fact → other
    N("client_assistant", "kind", "Un grand merci pour l'organisation de la journée portes ouvertes", M(
        "Estelle Marin <estelle.marin@cress-exemple.example.org>", "Merci !", "24 17:22",
        """Bonjour à toute l'équipe,

Un grand merci pour l'organisation de la journée portes ouvertes : les échanges avec les jeunes ont été très riches.

Belle fin de semaine,
Estelle Marin

Rédigé avec l'aide de Copilot""",
        other(),
    )),
]
