# ruff: noqa: E501
"""Batch 4 — channel (d): replies in our threads and to our questions (In-Reply-To / References to a
Message-ID at the programme's domain, or «Re:» quoting our text), and two new applications that paste our
call for applications without being a reply to anything.
"""

from channels import in_thread, quoted
from kit import CV, M, app, reply

OUR_QUESTION = """Bonjour,
Merci pour votre candidature. Pour l'étudier, pourriez-vous nous préciser la date d'obtention de votre dernier diplôme et votre situation actuelle (emploi, stage, service civique) ?
L'équipe Pro'pulse"""

OUR_SLOTS = """Bonjour,
Nous vous proposons un entretien. Merci de répondre avec le numéro du créneau qui vous convient :
1. mardi 24 novembre, 10 h
2. mercredi 25 novembre, 14 h
3. jeudi 26 novembre, 16 h 30
L'équipe Pro'pulse"""

OUR_REMINDER = """Bonjour,
Petit rappel : l'atelier « Réseau et candidatures spontanées » a lieu jeudi à 14 h, 5 rue de la Solidarité.
À jeudi !
L'équipe Pro'pulse"""

OUR_CALL = """Appel à candidatures – Pro'pulse, promotion de janvier 2027
Tu as au moins un bac+2, obtenu il y a moins de deux ans, et tu cherches ton premier emploi dans l'économie sociale et solidaire ? Pro'pulse t'accompagne pendant six mois : ateliers, mentorat, mises en relation.
Pour candidater, écris-nous en nous présentant ton parcours et ton projet."""

MESSAGES = [
    # Channel: reply in thread to our question, with the date asked for (facts in a reply stay a reply).
    M(
        frm="Jade Rousseau <jade.rousseau@example.net>",
        subject="Re: Votre candidature à Pro'pulse",
        date="11 08:20",
        body="Bonjour, ma licence date de juin 2025 et je ne suis ni en stage ni en service civique, je cherche un emploi à temps plein.\nBonne journée\nJade\n\n" + quoted(OUR_QUESTION, intro="Le mar. 10 nov. 2026 à 17:40, Pro'pulse <propulse@animafac.net> a écrit :"),
        headers=in_thread("<case-1204.20261110@animafac.net>"),
        truth=reply(),
    ),
    # Channel: reply in thread choosing a slot, top-posted from a phone.
    M(
        frm="Manon Lecoq <manon.lecoq@example.com>",
        subject="Re: Pro'pulse – proposition d'entretien",
        date="20 12:05",
        body="Le 3 svp !\n\nEnvoyé de mon iPhone\n\n" + quoted(OUR_SLOTS, intro="Le 20 nov. 2026 à 10:12, Pro'pulse <propulse@animafac.net> a écrit :"),
        headers=in_thread("<slots-1188.20261120@animafac.net>", "<case-1188.20261102@animafac.net>"),
        truth=reply(),
    ),
    # Channel: reply in thread, declining all slots and proposing another day.
    M(
        frm="Adrien Vial <adrien.vial@example.org>",
        subject="RE: Pro'pulse – proposition d'entretien",
        date="20 18:33",
        body="Bonjour,\nAucun des trois créneaux ne me convient malheureusement (je travaille ces jours-là). Serait-il possible le vendredi 27 au matin ?\nCordialement,\nAdrien Vial\n\n" + quoted(OUR_SLOTS, intro="-----Message d'origine-----\nDe : Pro'pulse <propulse@animafac.net>\nEnvoyé : vendredi 20 novembre 2026 10:12"),
        headers=in_thread("<slots-1209.20261120@animafac.net>", "<case-1209.20261109@animafac.net>"),
        truth=reply(),
    ),
    # Channel: reply in thread from a participant to a reminder: she will be late.
    M(
        frm="Clara N'Diaye <clara.ndiaye@example.org>",
        subject="Re: Rappel : atelier jeudi",
        date="18 21:47",
        body="Bonsoir, j'arriverai vers 14 h 30 à cause d'un entretien le matin à Saint-Denis. Désolée ! Clara\n\n" + quoted(OUR_REMINDER, intro="Le mer. 18 nov. 2026 à 09:00, Pro'pulse <propulse@animafac.net> a écrit :"),
        headers=in_thread("<reminder-301.20261118@animafac.net>"),
        truth=reply(),
    ),
    # Channel: reply in thread with the CV we asked for (attachment).
    M(
        frm="Victor Charpentier <victor.charpentier@example.net>",
        subject="Re: Votre candidature à Pro'pulse",
        date="16 10:02",
        body="Bonjour, voici le CV demandé. Victor",
        cv=CV("pdf", "CV_Victor_Charpentier.pdf", """Victor Charpentier
06 46 27 81 39
Licence pro Animation sociale et socioculturelle - juin 2026
Animateur périscolaire (mi-temps) - depuis septembre 2026"""),
        headers=in_thread("<case-1224.20261114@animafac.net>"),
        truth=reply(),
    ),
    # Channel: reply in thread from an adviser who had referred someone: she answers our question for the young man.
    M(
        frm="Sandrine Lopes <s.lopes@missionlocale-arras.example.org>",
        subject="RE: Candidature de Chloé Vasseur",
        date="09 14:12",
        body="Bonjour,\nOui, Chloé est bien disponible dès maintenant, son stage de BTS est fini depuis mai. Je lui ai dit de vous appeler.\nBien à vous,\nSandrine Lopes\n\n" + quoted("Bonjour Madame Lopes,\nMerci pour cette orientation. Chloé est-elle disponible dès maintenant ?\nL'équipe Pro'pulse", intro="De : Pro'pulse <propulse@animafac.net>\nEnvoyé : lundi 9 novembre 2026 11:30"),
        headers=in_thread("<case-1190.20261109@animafac.net>"),
        truth=reply(),
    ),
    # Channel: «Re:» quoting our text but the client lost the thread headers (no In-Reply-To); it answers our question.
    M(
        frm="Nadia Benali <nadia.benali@example.net>",
        subject="Re: Votre candidature à Pro'pulse",
        date="12 19:10",
        body="Bonsoir, c'était en juillet 2024 pour la licence. Actuellement je fais des remplacements d'animatrice, pas de stage.\nNadia\n\n" + quoted(OUR_QUESTION, intro="Le 12/11/2026 à 09:15, Pro'pulse a écrit :"),
        truth=reply(),
    ),
    # Channel: reply in thread: withdraws, found a job.
    M(
        frm="Anaïs Morel <anais.morel@example.com>",
        subject="Re: Pro'pulse – suite de votre candidature",
        date="19 08:44",
        body="Bonjour,\nJe me retire du processus : une association d'accueil de réfugiés m'a proposé un CDD de 12 mois qui commence lundi. Merci beaucoup pour votre aide et votre réactivité !\nAnaïs",
        headers=in_thread("<case-1213.20261110@animafac.net>"),
        truth=reply(),
    ),
    # Channel: reply in English in our thread.
    M(
        frm="Hannah Clarke <hannah.clarke@example.com>",
        subject="Re: Your application to Pro'pulse",
        date="13 11:25",
        body="Hi, thanks for getting back to me! Yes, Thursday at 4.30 pm works for me. See you then, Hannah\n\n" + quoted("Dear Hannah,\nWould Thursday 26 November at 4.30 pm suit you for a short call?\nThe Pro'pulse team", intro="On Thu, 12 Nov 2026 at 18:05, Pro'pulse <propulse@animafac.net> wrote:"),
        headers=in_thread("<case-1231.20261112@animafac.net>"),
        truth=reply(),
    ),
    # Channel: reply in thread from a participant asking to stop the reminders.
    M(
        frm="Lucas Bernier <lucas.bernier@example.com>",
        subject="Re: Rappel : atelier jeudi",
        date="18 10:15",
        body="bonjour vous pouvez arreter de m'envoyer les rappels svp, j'ai trouvé un boulot dans une asso de réinsertion !! merci pour tout",
        headers=in_thread("<reminder-298.20261118@animafac.net>"),
        truth=reply(),
    ),
    # Channel: reply in thread that corrects a fact we wrote (our summary said BTS, it is a BUT).
    M(
        frm="Ilyes Mansouri <ilyes.mansouri@example.net>",
        subject="Re: Pro'pulse : récapitulatif de votre candidature",
        date="17 13:37",
        body="Bonjour, petite correction : ce n'est pas un BTS mais une licence AES (juillet 2026). Le reste est juste. Merci, Ilyes\n\n" + quoted("Bonjour Ilyes,\nRécapitulatif : BTS (2026), recherche d'emploi dans l'insertion. Merci de nous signaler toute erreur.\nL'équipe Pro'pulse", intro="Le 17 nov. 2026 à 10:00, Pro'pulse <propulse@animafac.net> a écrit :"),
        headers=in_thread("<case-1240.20261117@animafac.net>"),
        truth=reply(),
    ),
    # Channel: reply in thread, a thank-you with nothing else.
    M(
        frm="Awa Sissoko <awa.sissoko@example.org>",
        subject="Re: Bienvenue dans la promotion de janvier",
        date="21 09:30",
        body="Merci beaucoup, j'ai hâte de commencer ! Awa",
        headers=in_thread("<welcome-88.20261120@animafac.net>", "<case-1201.20261104@animafac.net>"),
        truth=reply(),
    ),
    # Channel: reply in thread from a parent (who had forwarded the son's mail) asking for news.
    M(
        frm="Catherine Bernier <cath.bernier@example.net>",
        subject="Re: Fwd: le truc dont tu m'as parlé",
        date="10 18:20",
        body="Bonjour, avez-vous bien reçu le message de mon fils ? Il n'a pas eu de nouvelles. Merci. C. Bernier",
        headers=in_thread("<ack-1195.20261103@animafac.net>"),
        truth=reply(),
    ),
    # Channel: reply in thread with a question about the programme's schedule.
    M(
        frm="Sarah Meunier <sarah.meunier@example.com>",
        subject="Re: Pro'pulse – vous êtes retenue",
        date="22 16:02",
        body="Bonjour, merci pour cette bonne nouvelle ! Les ateliers ont-ils lieu en présentiel à Nantes ou en visio ? Sarah\n\n" + quoted("Bonjour Sarah,\nNous avons le plaisir de vous annoncer que votre candidature est retenue pour la promotion de janvier.\nL'équipe Pro'pulse", intro="Le dim. 22 nov. 2026 à 11:00, Pro'pulse <propulse@animafac.net> a écrit :"),
        headers=in_thread("<case-1207.20261122@animafac.net>"),
        truth=reply(),
    ),
    # Channel: reply in thread from Android, no capitals, confirming presence.
    M(
        frm="yasmine diallo <yasmine.diallo@example.org>",
        subject="Re: Rappel : atelier jeudi",
        date="18 22:58",
        body="ok je serai la\n\nEnvoyé depuis mon appareil Galaxy",
        headers=in_thread("<reminder-305.20261118@animafac.net>"),
        truth=reply(),
    ),
    # Channel: a new application pasting our call for applications as «Re:» with no thread headers: the person answers the call. Mariam Koné, licence 2026-06, seeks ESS, «je n'ai plus de stage depuis août». Eligible.
    M(
        frm="Mariam Koné <mariam.kone@example.com>",
        subject="Re: Appel à candidatures – Pro'pulse",
        date="14 10:30",
        body="Bonjour,\nJe réponds à votre appel vu sur Instagram. Licence de sciences politiques obtenue en juin 2026, plus de stage depuis août, et je cherche un premier emploi dans une association de lutte contre les discriminations. Joignable au 06 30 92 71 48.\nMariam Koné\n\n" + quoted(OUR_CALL, intro="Votre annonce :"),
        truth=app("Mariam", "Koné", phone="+33630927148", bac=3, grad="2026-06", status="pasted_call_plus_de_stage"),
    ),
    # Channel: a new application that quotes our call, answering each line: Bilal Amrani, BTS 2023-06 → old («il y a trois ans et demi»).
    M(
        frm="Bilal Amrani <bilal.amrani@example.net>",
        subject="Re: Appel à candidatures – Pro'pulse, promotion de janvier 2027",
        date="15 21:12",
        body=quoted(OUR_CALL, intro="") + "\n\nBonsoir, j'ai un BTS (juin 2023), donc un peu plus que deux ans je sais, mais je cherche vraiment dans l'ESS, dans une coopérative de livraison à vélo. Tel 07 43 85 20 16. Bilal Amrani",
        truth=app("Bilal", "Amrani", phone="+33743852016", bac=2, grad="2023-06", failing=("graduation_recent",), status="quoted_call_bts_2023"),
    ),
    # Channel: a new application written as an answer to a friend's message («Re:» from the friend's thread, no our-domain id): Romane Caillaud writes to us, the friend's quoted text mentions Pro'pulse. Master 2026-06, seeks ESS. Eligible.
    M(
        frm="Romane Caillaud <romane.caillaud@example.org>",
        subject="Re: le programme dont je t'ai parlé",
        date="16 20:40",
        body="Bonjour Pro'pulse, une amie m'a transmis votre contact (son message ci-dessous). Je viens de finir mon master en gestion des ressources humaines (juin 2026) et je voudrais travailler dans les RH d'une mutuelle ou d'une grosse association. 06 02 48 93 75. Romane Caillaud\n\n" + quoted("Romane, écris à propulse@animafac.net, ils aident les jeunes diplômés à trouver dans l'ESS, moi ça m'a beaucoup aidée !\nLéa", intro="Le 16 nov. 2026 à 18:10, Léa <lea.bouvier@example.com> a écrit :"),
        headers={"In-Reply-To": "<CAF9x2k1.4471@mail.example.com>", "References": "<CAF9x2k1.4471@mail.example.com>"},
        truth=app("Romane", "Caillaud", phone="+33602489375", bac=5, grad="2026-06", status="re_friend_thread_new_application"),
    ),
]
