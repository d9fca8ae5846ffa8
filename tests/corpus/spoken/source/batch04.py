"""Spoken corpus, batch 04 (writer A): spoken_dates (dates and levels as people say them: «l'an dernier en
juin», «ça fait trois ans», «bac plus un», «à la fin du mois», «en décembre vingt-quatre», a month without a
year), english_spoken (dictation, voicemail, captions and voice notes in English), spoken_other_mail (other
mail composed by voice: partners' dictated referrals, a pocket-dial, a dictated out-of-office, bounces of our
answers to dictated addresses, a podcast's newsletters)."""
# ruff: noqa: E501

from __future__ import annotations

from kit import M, app, auto_reply, bounce, newsletter, other
from spoken import N

MESSAGES = [
    # Feature: spoken_dates — graduation — l'an dernier en juin
    # route: Gboard dictation, the licence pro's date said «l'an dernier en juin», reckoned from the day of writing (2026) → application; a licence pro of June 2025, an ESS job sought → eligible
    N("spoken_dates", "graduation", "l'an dernier en juin", M(
        "Adrien Bouvier <adrien.bouvier.lyon@gmail.com>", "candidature", "02 17:44",
        """bonjour j'ai eu ma licence pro métiers de l'économie sociale et solidaire l'an dernier en juin à Lyon et depuis je cherche un emploi dans une coopérative d'activité ou une association d'accompagnement à la création d'entreprise merci de me répondre Adrien""",
        app("Adrien", "Bouvier", phone=None, bac=3, grad="2025-06", status="dates_l_an_dernier_en_juin"),
    )),
    # Feature: spoken_dates — graduation — j'ai eu mon master en juin
    # ambiguous: «en juin» is said with no year and nothing else in the mail dates the master; June 2025 or 2026 would be recent, June 2024 or earlier not: graduation_recent open
    # route: iOS dictation, the master's date a month without a year → application; a master of an unknown June, an association sought → graduation_recent open → to verify
    N("spoken_dates", "graduation", "j'ai eu mon master en juin", M(
        "Salomé Texier <salome.texier@gmail.com>", "Programme Pro pulse", "03 13:10",
        """Bonjour j'ai eu mon master en juin un master géographie aménagement à Nantes et je cherche un poste de chargée de mission dans une association de mobilité solidaire ou une coopérative de vélo voilà merci

Envoyé de mon iPhone""",
        app("Salomé", "Texier", phone=None, bac=5, grad=None, unknown=("graduation_recent",), status="dates_master_en_juin_sans_annee"),
    )),
    # Feature: spoken_dates — graduation — j'ai eu mon BTS ça fait trois ans
    # route: Gboard dictation, the BTS dated by «ça fait trois ans», reckoned back from the day of writing (2023) → application; a BTS of 2023, an ESS job sought → fails graduation_recent → not eligible
    N("spoken_dates", "graduation", "j'ai eu mon BTS ça fait trois ans", M(
        "Marwan Saidi <marwan.saidi.tls@gmail.com>", "inscription", "04 11:58",
        """bonjour j'ai eu mon BTS ça fait trois ans un BTS comptabilité gestion et depuis je fais des missions d'intérim en compta maintenant je voudrais travailler dans une association ou une mutuelle à Toulouse merci de me dire si je peux m'inscrire""",
        app("Marwan", "Saidi", phone=None, bac=2, grad="2023", failing=("graduation_recent",), status="dates_ca_fait_trois_ans"),
    )),
    # Feature: spoken_dates — level — donc bac plus un
    # route: Gboard dictation, the level said «bac plus un» after one year at university → application; one year after the bac, no diploma above it, an ESS job sought → fails degree_level → not eligible
    N("spoken_dates", "level", "donc bac plus un", M(
        "Enzo Moulin <enzo.moulin13@gmail.com>", "pro pulse", "05 16:27",
        """bonjour j'ai fait un an de fac de droit après le bac donc bac plus un et j'ai arrêté en 2025 maintenant je cherche du travail dans une association d'aide aux jeunes à Marseille est-ce que je peux rentrer dans votre programme merci""",
        app("Enzo", "Moulin", phone=None, bac=1, grad=None, failing=("degree_level",), status="dates_bac_plus_un"),
    )),
    # Feature: spoken_dates — situation — mon service civique se termine à la fin du mois
    # route: Gboard dictation of 20 November 2026, the service civique ending «à la fin du mois», that is on 30 November, after the day the corpus is read (26 November) → application; a licence of 2025, a service civique still running → fails not_service_civique → not eligible
    N("spoken_dates", "situation", "mon service civique se termine à la fin du mois", M(
        "Clémence Aubry <clemence.aubry@gmail.com>", "après mon service civique", "20 10:33",
        """bonjour j'ai une licence de sciences de l'éducation depuis juillet 2025 mon service civique se termine à la fin du mois à la ligue de l'enseignement à Strasbourg et je voudrais enchaîner avec un emploi dans une association d'éducation populaire est-ce que je peux déjà rejoindre le programme merci""",
        app("Clémence", "Aubry", phone=None, bac=3, grad="2025-07", failing=("not_service_civique",), status="dates_fin_du_mois_service_civique"),
    )),
    # Feature: spoken_dates — graduation — en décembre vingt-quatre
    # route: iOS dictation, the diploma dated «en décembre vingt-quatre», a two-digit year said: December 2024, within the 24 months → application; a master of December 2024, an ESS job sought → eligible
    N("spoken_dates", "graduation", "en décembre vingt-quatre", M(
        "Thi Lan Hoang <thilan.hoang@gmail.com>", "Candidature", "06 19:21",
        """Bonjour je m'appelle Thi Lan j'ai soutenu et validé mon master en décembre vingt-quatre un master politiques sociales à Lille et je cherche un emploi de chargée d'études dans une fédération associative ou une mutuelle merci beaucoup

Envoyé de mon iPhone""",
        app("Thi Lan", "Hoang", phone=None, bac=5, grad="2024-12", status="dates_decembre_vingt_quatre"),
    )),
    # Feature: spoken_dates — kind — je serai absent jusqu'à lundi prochain
    # route: an out-of-office dictated to the phone and set as automatic answer (Auto-Submitted), a relative date inside → auto-reply
    N("spoken_dates", "kind", "je serai absent jusqu'à lundi prochain", M(
        "Guillaume Prévost <g.prevost@scop-batir.example.org>", "Réponse automatique : Pro'pulse – offre de stage", "19 07:30",
        """Bonjour je serai absent jusqu'à lundi prochain en cas d'urgence contactez Marie au secrétariat merci Guillaume""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: english_spoken — graduation — I graduated with my bachelors in May 2025 period
    # route: English voice typing that wrote the marks as words («period», «comma»), the bachelor's date before a «period» → application in English; a bachelor's of May 2025, a nonprofit job sought → eligible
    N("english_spoken", "graduation", "I graduated with my bachelors in May 2025 period", M(
        "Jacob Miller <jacob.miller@example.com>", "application to propulse", "02 20:15",
        """hi comma my name is Jacob Miller and I live in Nantes now period I graduated with my bachelors in May 2025 period it was in sociology at Ohio State period I'd like to find a job at a nonprofit or a cooperative here comma maybe in housing or food banks period thank you period""",
        app("Jacob", "Miller", phone=None, bac=3, grad="2025-05", language="en", status="en_period_bachelors_may_2025"),
    )),
    # Feature: english_spoken — situation — I'm doing a service civic in Lyon until July 2027
    # route: English voice typing, «service civique» heard «service civic», running until July 2027 → application in English; a master's of 2025, a service civique running → fails not_service_civique → not eligible
    N("english_spoken", "situation", "I'm doing a service civic in Lyon until July 2027", M(
        "Aisha Patel <aisha.patel@example.co.uk>", "Pro'pulse application", "03 09:49",
        """Hello I'm Aisha I finished my masters in international development in 2025 at SOAS in London and right now I'm doing a service civic in Lyon until July 2027 with a refugee charity after that I want to work in the social economy in France thanks so much

Sent from my iPhone""",
        app("Aisha", "Patel", phone=None, bac=5, grad="2025", failing=("not_service_civique",), language="en", status="en_service_civic_july_2027"),
    )),
    # Feature: english_spoken — level — I finished school in June 2025
    # ambiguous: «school» said alone may be high school or university; no degree is named anywhere in the mail: degree_level (and so the diploma's date) open
    # route: English voice typing, the only study fact «I finished school in June 2025» → application in English; a level that may be the end of high school, an ESS job sought → degree_level open → to verify
    N("english_spoken", "level", "I finished school in June 2025", M(
        "Ryan O'Connor <ryan.oconnor@example.ca>", "joining the program", "04 14:36",
        """hi I'm Ryan from Montreal I moved to Rennes this year I finished school in June 2025 and I'm looking for a job in a community organization or a social enterprise something like that I heard about you from a friend thanks""",
        app("Ryan", "O'Connor", phone=None, bac=None, grad=None, unknown=("degree_level", "graduation_recent"), language="en", status="en_finished_school_june_2025"),
    )),
    # Feature: english_spoken — level — I did my master's in community development at McGill
    # route: Zoom captions in English of a call with a friend, pasted by the applicant, her own turn naming the master's and its date → application in English; a master's (bac+5) of December 2025, an association sought → eligible
    N("english_spoken", "level", "I did my master's in community development at McGill", M(
        "Chloe Tremblay <chloe.tremblay@example.ca>", "My situation (call transcript)", "05 12:41",
        """Hello, I'm pasting the transcript of a call where I explained my situation, I hope it's clear.

00:00:03 Sam: so what did you study again
00:00:05 Chloe Tremblay: I did my master's in community development at McGill I finished in December 2025
00:00:11 Sam: and you want to stay in France
00:00:13 Chloe Tremblay: yeah I want to work for an association here in Lille ideally in social housing

Chloe""",
        app("Chloe", "Tremblay", phone=None, bac=5, grad="2025-12", language="en", status="en_captions_mcgill_december_2025"),
    )),
    # Feature: english_spoken — level — I've got my A levels
    # route: English voice typing with «new line» written as words, the level only «my A levels» → application in English; A-levels alone, an ESS job sought → fails degree_level → not eligible
    N("english_spoken", "level", "I've got my A levels", M(
        "Callum Hughes <callum.hughes@example.co.uk>", "Question about Pro'pulse", "06 16:09",
        """hello new line I'm Callum from Manchester and I've got my A levels from 2024 new line I've been volunteering at a food bank in Lille and I'd like a paid job in a charity or a social enterprise new line cheers Callum""",
        app("Callum", "Hughes", phone=None, bac=0, grad=None, failing=("degree_level",), language="en", status="en_new_line_a_levels"),
    )),
    # Feature: english_spoken — career_change — I was a software engineer at Infosys for nine years comma
    # route: English voice typing with «comma» written as a word, nine years of another trade before the MSW → application in English; a career as an engineer, an MSW of 2025 → fails not_career_change → not eligible
    N("english_spoken", "career_change", "I was a software engineer at Infosys for nine years comma", M(
        "Vikram Iyer <vikram.iyer@example.in>", "Application – Vikram Iyer", "07 18:52",
        """Hello I was a software engineer at Infosys for nine years comma then I did a master of social work in 2025 in Bangalore period now I live in Toulouse and I want to change careers and work in the social economy period thank you""",
        app("Vikram", "Iyer", phone=None, bac=5, grad="2025", failing=("not_career_change",), language="en", status="en_comma_infosys_nine_years"),
    )),
    # Feature: english_spoken — aim — looking for a job in the [inaudible] sector
    # ambiguous: the field of the job sought fell in an «[inaudible]» of the transcript; nothing else names it: job_seeking_ess open
    # route: the office PBX's voicemail-to-email in English, the caller presenting herself, the sector lost in «[inaudible]», her address given → application in English; a bachelor's of 2025, a sector not heard → job_seeking_ess open → to verify
    N("english_spoken", "aim", "looking for a job in the [inaudible] sector", M(
        "Messagerie vocale <messagerie@pbx.example.net>", "Nouveau message vocal de +33 7 58 14 63 20", "08 10:14",
        """Nouveau message vocal de +33 7 58 14 63 20
Reçu le : 08/11/2026 à 10:09
Durée : 0 min 47 s

Transcription (peut contenir des erreurs) :
hi um my name is Grace Wilson I'm calling about the program I got my bachelor's in economics in 2025 in Bristol and I'm looking for a job in the [inaudible] sector here in France could you email me at grace dot wilson at example dot co dot uk thank you

Le message audio est joint à cet e-mail.""",
        app("Grace", "Wilson", phone="+33758146320", bac=3, grad="2025", email="grace.wilson@example.co.uk", unknown=("job_seeking_ess",), language="en", status="en_vm_inaudible_sector"),
    )),
    # Feature: english_spoken — kind — I'm out of the office until Monday
    # route: an out-of-office dictated in English and set as an automatic answer (Auto-Submitted) → auto-reply
    N("english_spoken", "kind", "I'm out of the office until Monday", M(
        "Daniel Reid <daniel.reid@example.org>", "Automatic reply: Pro'pulse partnership", "18 08:00",
        """hi I'm out of the office until Monday with limited access to email I'll get back to you when I'm back thanks Daniel""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: spoken_other_mail — graduation — il a une licence pro depuis juin 2025
    # route: a partner association's worker dictating a referral to Gboard from her own mailbox, the young man's facts in her sentence → application; a licence pro of June 2025, an ESS job sought, the worker a referrer → eligible
    N("spoken_other_mail", "graduation", "il a une licence pro depuis juin 2025", M(
        "Hélène Vasseur <h.vasseur@maison-jeunes-rennes.example.org>", "orientation d'un jeune", "09 11:37",
        """bonjour je vous écris en dictée vocale entre deux ateliers désolée pour la forme je vous oriente Léo Chauvin qui vient à la maison des jeunes il a une licence pro depuis juin 2025 licence pro animation et gestion de projets et il cherche un emploi dans une association ou une coopérative culturelle son mail c'est leo.chauvin@gmail.com merci Hélène""",
        app("Léo", "Chauvin", phone=None, bac=3, grad="2025-06", email="leo.chauvin@gmail.com", forwarded_by="h.vasseur@maison-jeunes-rennes.example.org", status="other_mdj_licence_pro_juin_2025"),
    )),
    # Feature: spoken_other_mail — studies_finished — elle est en deuxième année de BTS
    # route: a Mission Locale adviser's referral dictated on her phone, the young woman's studies still running → application; a BTS in its second year → fails studies_finished → not eligible
    N("spoken_other_mail", "studies_finished", "elle est en deuxième année de BTS", M(
        "Patricia Lenoir <p.lenoir@ml-marseille.example.org>", "jeune intéressée par Pro'pulse", "10 15:02",
        """Bonjour je vous envoie ce message en dictée je vous oriente Inaya Bensaïd 20 ans elle est en deuxième année de BTS économie sociale familiale au lycée de Marseille et elle voudrait travailler dans une association d'accès au logement après elle est joignable au 07 45 62 18 39 cordialement Patricia Lenoir conseillère Mission Locale""",
        app("Inaya", "Bensaïd", phone="+33745621839", bac="*", grad=None, email=None, forwarded_by="p.lenoir@ml-marseille.example.org", failing=("studies_finished",), status="other_ml_deuxieme_annee_bts"),
    )),
    # Feature: spoken_other_mail — studies_finished — she's finishing up her degree sometime this year I think
    # ambiguous: the mentor does not know whether the degree is over («sometime this year I think»); the diploma may still be to come: studies_finished (and its date) open
    # route: a mentor's WhatsApp voice note in English, its transcript sent from his own mailbox to introduce a young woman → application in English; a degree finishing at an unknown time, an ESS job sought, the mentor a referrer → studies_finished open → to verify
    N("spoken_other_mail", "studies_finished", "she's finishing up her degree sometime this year I think", M(
        "Peter Walsh <peter.walsh@mentoring-network.example.org>", "Introduction: Maya Gupta", "11 19:08",
        """Hi there, forwarding my voice note transcript as it's quicker:

🎤 0:33 — transcript:
hi so I'd like to introduce Maya Gupta she's one of my mentees she's finishing up her degree sometime this year I think a bachelor's in sociology and she really wants to work in the social and solidarity economy in Paris her email is maya.gupta@example.org cheers

Peter""",
        app("Maya", "Gupta", phone=None, bac="*", grad=None, email="maya.gupta@example.org", forwarded_by="peter.walsh@mentoring-network.example.org", unknown=("studies_finished", "graduation_recent"), language="en", status="other_en_mentor_finishing_up"),
    )),
    # Feature: spoken_other_mail — kind — allô ? [inaudible]
    # route: the office PBX's voicemail-to-email of a pocket-dial, nothing but noise and «allô ?», no caller presenting herself → other
    N("spoken_other_mail", "kind", "allô ? [inaudible]", M(
        "Messagerie vocale <messagerie@pbx.example.net>", "Nouveau message vocal de +33 6 91 35 78 02", "12 23:41",
        """Nouveau message vocal de +33 6 91 35 78 02
Reçu le : 12/11/2026 à 23:40
Durée : 0 min 24 s

Transcription (peut contenir des erreurs) :
[inaudible] non mais attends [inaudible] allô ? [inaudible]

Le message audio est joint à cet e-mail.""",
        other(),
    )),
    # Feature: spoken_other_mail — kind — je suis en congé jusqu'au 2 décembre
    # route: a partner's out-of-office dictated to the phone (Auto-Submitted), in answer to our mail → auto-reply
    N("spoken_other_mail", "kind", "je suis en congé jusqu'au 2 décembre", M(
        "Yann Le Floch <yann.lefloch@cae-bretagne.example.org>", "Réponse automatique : Pro'pulse – invitation", "21 06:15",
        """bonjour je suis en congé jusqu'au 2 décembre pour toute question sur les parcours entrepreneurs contactez l'accueil de la coopérative bonne journée Yann""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: spoken_other_mail — kind — emilie.carvalo@gmail.com
    # route: a delivery failure for our answer to an address dictated in a voicemail and mistranscribed («carvalo»), the report attached → bounce
    N("spoken_other_mail", "kind", "emilie.carvalo@gmail.com", M(
        "Mail Delivery Subsystem <mailer-daemon@googlemail.example.com>", "Delivery Status Notification (Failure)", "03 10:20",
        """Address not found

Your message wasn't delivered to emilie.carvalo@gmail.com because the address couldn't be found, or is unable to receive mail.""",
        bounce("emilie.carvalo@gmail.com"),
        bounce="""Reporting-MTA: dns; googlemail.example.com
Final-Recipient: rfc822; emilie.carvalo@gmail.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 The email account that you tried to reach does not exist""",
    )),
    # Feature: spoken_other_mail — kind — Votre message n'a pas pu être remis
    # route: a delivery failure for our answer to an address dictated with its spoken marks written as words, the report attached → bounce
    N("spoken_other_mail", "kind", "Votre message n'a pas pu être remis", M(
        "Mail Delivery System <mailer-daemon@mx.example.net>", "Non remis : Re: candidature virgule programme pro pulse", "04 09:02",
        """Votre message n'a pas pu être remis à lea.martin.pro@gmail.co.

Le domaine du destinataire est introuvable.""",
        bounce("lea.martin.pro@gmail.co"),
        bounce="""Reporting-MTA: dns; mx.example.net
Final-Recipient: rfc822; lea.martin.pro@gmail.co
Action: failed
Status: 5.1.2
Diagnostic-Code: smtp; 550 5.1.2 Host unknown""",
    )),
    # Feature: spoken_other_mail — kind — le nouvel épisode du podcast
    # route: a podcast's newsletter announcing an episode with its transcript (List-Unsubscribe, Precedence bulk) → newsletter
    N("spoken_other_mail", "kind", "le nouvel épisode du podcast", M(
        "Les Voix de l'ESS <podcast@voix-ess.example.org>", "🎧 Épisode 42 : travailler dans une SCOP", "13 07:00",
        """Bonjour,

Découvrez le nouvel épisode du podcast Les Voix de l'ESS : « Travailler dans une SCOP, ça change quoi ? », avec deux salariées-associées d'une coopérative de Lyon.

Transcription complète disponible sur notre site.

Vous recevez ce message car vous êtes abonné·e. Se désabonner : https://voix-ess.example.org/desabonnement""",
        newsletter(),
        headers={"List-Unsubscribe": "<https://voix-ess.example.org/desabonnement>", "Precedence": "bulk"},
    )),
    # Feature: spoken_other_mail — kind — la chronique audio de la semaine
    # route: a local radio's weekly mail about its ESS segment (List-Unsubscribe, Precedence bulk) → newsletter
    N("spoken_other_mail", "kind", "la chronique audio de la semaine", M(
        "Radio Campus Solidaire <lettre@radio-campus-solidaire.example.fr>", "La chronique audio de la semaine", "20 06:30",
        """Bonjour,

Cette semaine dans la chronique audio de la semaine : une ressourcerie de Villeurbanne, un tiers-lieu à Roubaix et l'emploi des jeunes dans les associations.

Écouter et lire la transcription : https://radio-campus-solidaire.example.fr/chronique

Se désinscrire : https://radio-campus-solidaire.example.fr/desinscription""",
        newsletter(),
        headers={"List-Unsubscribe": "<https://radio-campus-solidaire.example.fr/desinscription>", "Precedence": "bulk"},
    )),
    # Feature: spoken_other_mail — kind — la lettre audio de l'emploi associatif
    # route: a job network's audio letter (offers read aloud, with their transcript), sent in bulk (List-Unsubscribe, Precedence bulk) → newsletter
    N("spoken_other_mail", "kind", "la lettre audio de l'emploi associatif", M(
        "Réseau Emploi Asso <info@emploi-asso.example.org>", "La lettre audio de l'emploi associatif – novembre", "23 08:00",
        """Bonjour,

Voici la lettre audio de l'emploi associatif de novembre : cinq offres lues à voix haute, avec leur transcription ci-dessous.

1. Animateur·rice jeunesse – Lille
2. Chargé·e de mission économie circulaire – Nantes
3. Coordinateur·rice de tiers-lieu – Toulouse

Pour ne plus recevoir cette lettre : https://emploi-asso.example.org/stop""",
        newsletter(),
        headers={"List-Unsubscribe": "<https://emploi-asso.example.org/stop>", "Precedence": "bulk"},
    )),
]
