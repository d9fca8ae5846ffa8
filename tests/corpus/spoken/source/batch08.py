"""Spoken corpus, batch 08 (writer B): spoken_dates («l'an dernier en juillet», «ça fait trois ans et demi»,
«en juin» with no year, «avant-hier», «à la fin du mois prochain», «juste cet été»; a partner's «à la
rentrée»), english_spoken (South Africa, the Philippines, Nigeria: "period" and "comma" dictated, a bank
sought, "[inaudible]" on the degree, "final year" in Zoom captions, a call-centre job "just to pay my
tuition", an internship ending "this week or next", a "bee com"; a question with "question mark"),
spoken_other_mail (a partner's dictated referral, a mentor's English voice note, an adviser's dictated
referral of a former bus driver; a dictated auto-reply, a pocket-dial, two bounces of dictated addresses,
three newsletters of podcasts and audio letters)."""
# ruff: noqa: E501

from __future__ import annotations

from kit import M, app, auto_reply, bounce, newsletter, other, question
from spoken import N

MESSAGES = [
    # Feature: spoken_dates — graduation — ma licence l'an dernier en juillet
    # route: SwiftKey dictation, «j'ai eu ma licence l'an dernier en juillet» reckoned from November 2026 → application; licence July 2025, an association sought → eligible
    N("spoken_dates", "graduation", "ma licence l'an dernier en juillet", M(
        "Kinga Mazur <kinga.mazur@example.org>",
        "candidature pro pulse",
        "03 11:18",
        """bonjour j'ai eu ma licence l'an dernier en juillet en sciences de l'éducation à Rouen et je cherche un emploi dans une association de soutien scolaire ou d'alphabétisation merci de me dire si je peux participer
Kinga""",
        app("Kinga", "Mazur", phone=None, bac=3, grad="2025-07", status="b_sd_an_dernier_juillet_rouen"),
    )),
    # Feature: spoken_dates — graduation — ça fait trois ans et demi que j'ai mon master
    # route: iOS dictation, «ça fait trois ans et demi que j'ai mon master» reckoned back from November 2026 (spring 2023) → application; a master of 2023 → fails graduation_recent → not eligible
    N("spoken_dates", "graduation", "ça fait trois ans et demi que j'ai mon master", M(
        "Jérôme Cazenave <jerome.cazenave@example.org>",
        "Candidature",
        "04 14:02",
        """Bonjour ça fait trois ans et demi que j'ai mon master en sciences politiques et j'ai fait des petits contrats depuis, je voudrais enfin trouver un poste de chargé de plaidoyer dans une association merci
Jérôme Cazenave""",
        app("Jérôme", "Cazenave", phone=None, bac=5, grad="2023", failing=("graduation_recent",), status="b_sd_trois_ans_et_demi_master"),
    )),
    # Feature: spoken_dates — graduation — mon BTS je l'ai eu en juin
    # ambiguous: «en juin» with no year and nothing that places it (small jobs «depuis»): this June or an earlier one, graduation_recent stays open
    # route: Samsung voice input, the BTS's month said without a year → application; graduation open → to verify
    N("spoken_dates", "graduation", "mon BTS je l'ai eu en juin", M(
        "Fabrice Lapierre <fabrice.lapierre@example.org>",
        "inscription",
        "05 17:36",
        """bonjour mon BTS je l'ai eu en juin c'est un BTS SP3S et depuis je fais des petits boulots en intérim je cherche un emploi dans une association d'aide aux personnes âgées à Pointe-à-Pitre merci""",
        app("Fabrice", "Lapierre", phone=None, bac=2, grad=None, unknown=("graduation_recent",), status="b_sd_bts_en_juin_sans_annee"),
    )),
    # Feature: spoken_dates — situation — mon service civique s'est fini avant-hier
    # route: iOS dictation on 20 November, «mon service civique s'est fini avant-hier» (18 November) → application; the service over, a master of 2025, ESS sought → eligible
    N("spoken_dates", "situation", "mon service civique s'est fini avant-hier", M(
        "Mélanie Rabearivelo <melanie.rabearivelo@example.org>",
        "Candidature Pro'pulse",
        "20 09:41",
        """Bonjour, mon service civique s'est fini avant-hier à la Croix-Rouge de Clermont, j'ai un master santé publique depuis septembre 2025 et je cherche maintenant un poste dans une association de prévention. Merci !
Mélanie""",
        app("Mélanie", "Rabearivelo", phone=None, bac=5, grad="2025-09", status="b_sd_service_civique_avant_hier"),
    )),
    # Feature: spoken_dates — situation — mon service civique se termine à la fin du mois prochain
    # route: Samsung dictation on 6 November, «mon service civique se termine à la fin du mois prochain» (end of December) → application; a service civique running → fails not_service_civique → not eligible
    N("spoken_dates", "situation", "mon service civique se termine à la fin du mois prochain", M(
        "Dorian Bouvier <dorian.bouvier@example.org>",
        "candidature",
        "06 16:25",
        """bonjour j'ai une licence pro coordination de projets depuis juin 2025 et mon service civique se termine à la fin du mois prochain à la ligue de protection des oiseaux de Brest je voudrais préparer la suite dans une asso environnementale merci""",
        app("Dorian", "Bouvier", phone=None, bac=3, grad="2025-06", failing=("not_service_civique",), status="b_sd_fin_du_mois_prochain_brest"),
    )),
    # Feature: spoken_dates — career_change — juste cet été comme saisonnier
    # route: macOS dictation, «j'ai fini ma licence en vingt-cinq» and a summer job «juste cet été comme saisonnier», no career before → application; licence 2025, a recyclerie sought → eligible
    N("spoken_dates", "career_change", "juste cet été comme saisonnier", M(
        "Antoine Gervais <antoine.gervais@example.org>",
        "Pro'pulse",
        "07 10:52",
        """Bonjour j'ai fini ma licence de géographie en vingt-cinq et depuis j'ai travaillé juste cet été comme saisonnier au camping, sinon rien, et je voudrais un emploi dans une recyclerie ou une asso de réemploi à Grenoble merci""",
        app("Antoine", "Gervais", phone=None, bac=3, grad="2025", status="b_sd_saisonnier_cet_ete"),
    )),
    # Feature: spoken_dates — kind — le forum c'est repoussé à la rentrée
    # route: a partner's dictated note moving a jobs fair, no applicant → other
    N("spoken_dates", "kind", "le forum c'est repoussé à la rentrée", M(
        "Maison de l'ESS de Dijon <contact@maison-ess-dijon.example.org>",
        "forum emploi",
        "08 12:30",
        """bonjour petit message rapide le forum c'est repoussé à la rentrée en septembre on vous renvoie une date précise en janvier bonne journée à l'équipe Amandine""",
        other(),
    )),
    # Feature: english_spoken — graduation — in social work in March twenty twenty six period
    # route: Gboard in English with the marks said aloud, a South African's honours degree «in social work in March twenty twenty six period» → application in English; honours (bac+4) March 2026, an NGO sought → eligible
    N("english_spoken", "graduation", "in social work in March twenty twenty six period", M(
        "Lerato Mokoena <lerato.mokoena@example.org>",
        "Application pro pulse",
        "09 09:20",
        """hello comma my name is Lerato Mokoena period I got my honours degree in social work in March twenty twenty six period I moved to Bordeaux in September and I'm looking for a job in an NGO or a community association period new line thank you for your time period""",
        app("Lerato", "Mokoena", phone=None, bac=4, grad="2026-03", language="en", status="b_en_honours_march_period"),
    )),
    # Feature: english_spoken — aim — a job in a bank or an insurance company
    # route: iOS dictation in English by a Filipina applicant, a master's of 2025, the aim «a job in a bank or an insurance company» → application in English; no ESS search → fails job_seeking_ess → not eligible
    N("english_spoken", "aim", "a job in a bank or an insurance company", M(
        "Maria Luisa Bautista <marialuisa.bautista@example.org>",
        "Application",
        "10 13:44",
        """Hi I'm Maria Luisa from Manila I finished my masters in business administration in June 2025 and I just moved to Grenoble I'm looking for a job in a bank or an insurance company where I can use my finance background is your program for me thank you
Maria Luisa""",
        app("Maria Luisa", "Bautista", phone=None, bac=5, grad="2025-06", failing=("job_seeking_ess",), language="en", status="b_en_filipina_bank"),
    )),
    # Feature: english_spoken — level — I have a [inaudible] in social work
    # ambiguous: «[inaudible]» stands where the degree was named (a diploma, a bachelor's, a master's): degree_level stays open
    # route: Bouygues Telecom voicemail-to-email of an English caller from Johannesburg, the level lost in «I have a [inaudible] in social work» → application in English; email none, phone the caller's; level open → to verify
    N("english_spoken", "level", "I have a [inaudible] in social work", M(
        "Bouygues Telecom Messagerie <messagerie@bouygues-pro.example.net>",
        "Message vocal de +27 82 514 3390 (0:47)",
        "11 18:15",
        """Nouveau message sur votre messagerie vocale

Appelant : +27 82 514 3390
Date : mercredi 11 novembre 2026, 18:14
Durée : 47 secondes

Texte du message (transcription automatique) :
hi this is Sipho Dlamini calling from Johannesburg I have a [inaudible] in social work from Wits that I finished in December 2025 and I'm moving to Montpellier in January I'd like to work with an association there please call me back thank you

Ce message vous est envoyé automatiquement, merci de ne pas y répondre.""",
        app("Sipho", "Dlamini", phone="+27825143390", bac=None, grad="2025-12", email=None, unknown=("degree_level",), language="en", status="b_en_voicemail_inaudible_degree"),
    )),
    # Feature: english_spoken — studies_finished — I'm in my final year of my bachelor's
    # route: Zoom captions in English pasted by a Nigerian student of a call with her aunt; the aunt's own job is hers, her «I'm in my final year of my bachelor's» → application in English; studies running → fails studies_finished → not eligible
    N("english_spoken", "studies_finished", "I'm in my final year of my bachelor's", M(
        "Adaeze Okonkwo <adaeze.okonkwo@example.org>",
        "Application (Zoom transcript)",
        "12 20:05",
        """Hello, my aunt told me about Pro'pulse on a Zoom call, here's the transcript:

[19:02] Aunty Ngozi: I work with an NGO in Paris you know
[19:02] Adaeze Okonkwo: yes and I'm in my final year of my bachelor's in sociology at Unilag
[19:03] Adaeze Okonkwo: I'll finish in July and I want to work for a social enterprise in France

Thanks,
Adaeze""",
        app("Adaeze", "Okonkwo", phone=None, bac="*", grad=None, failing=("studies_finished",), language="en", status="b_en_zoom_final_year"),
    )),
    # Feature: english_spoken — career_change — that was just to pay my tuition
    # route: a Telegram voice note's English transcription by a Filipino applicant, a call-centre job «that was just to pay my tuition» (student work, no career) → application in English; bachelor's 2025, an NGO sought → eligible
    N("english_spoken", "career_change", "that was just to pay my tuition", M(
        "Jerome Villanueva <jerome.villanueva@example.org>",
        "Voice message transcript - application",
        "13 07:58",
        """🎤 0:41 · Transcribed by Telegram
hey good morning I'm Jerome I have a bachelor's in psychology from Ateneo I graduated in May 2025 I worked part time in a call center for three years but that was just to pay my tuition now I'm in Lyon and I want to work for an NGO or a social cooperative thanks""",
        app("Jerome", "Villanueva", phone=None, bac=3, grad="2025-05", language="en", status="b_en_call_center_tuition"),
    )),
    # Feature: english_spoken — situation — I'm finishing my internship this week or next
    # ambiguous: written on 23 November, «this week or next» ends the internship before or after the 26th: whether it still runs stays open
    # route: iOS dictation in English, a master's of 2026, the internship's end «this week or next» → application in English; internship open → to verify
    N("english_spoken", "situation", "I'm finishing my internship this week or next", M(
        "Niamh Okeke <niamh.okeke@example.org>",
        "Pro pulse application",
        "23 21:30",
        """Hi I got my master's in international development in September 2026 and I'm finishing my internship this week or next at a refugee charity in Paris after that I'd love a job in the social economy thanks so much
Niamh""",
        app("Niamh", "Okeke", phone=None, bac=5, grad="2026-09", unknown=("not_internship",), language="en", status="b_en_internship_this_week_or_next"),
    )),
    # Feature: english_spoken — level — I have a bee com in economics
    # route: Gboard in English writing «bee com» for a South African B.Com, heard back as a bachelor's of 2025 → application in English; bac+3 2025, a co-op sought → eligible
    N("english_spoken", "level", "I have a bee com in economics", M(
        "Thabo Nkosi-Mahlangu <thabo.nkosimahlangu@example.org>",
        "application",
        "14 12:12",
        """hi there I have a bee com in economics from UCT twenty twenty five and I'm now living in Dijon I'd like to work for a cooperative or a social enterprise please let me know how to join thank you Thabo""",
        app("Thabo", "Nkosi-Mahlangu", phone=None, bac=3, grad="2025", language="en", status="b_en_bee_com_uct"),
    )),
    # Feature: english_spoken — kind — is the program open to non EU citizens question mark
    # route: Gboard in English with the marks said aloud, a question on eligibility by nationality, no fact of the writer → question
    N("english_spoken", "kind", "is the program open to non EU citizens question mark", M(
        "Grace Achieng <grace.achieng@example.org>",
        "question",
        "15 09:03",
        """hello comma is the program open to non EU citizens question mark and do I need a work permit before applying question mark thanks""",
        question(language="en"),
    )),
    # Feature: spoken_other_mail — level — licence pro virgule obtenue en juin 2026
    # route: a partner association's director dictating a referral from her address, «licence pro virgule obtenue en juin 2026» → application referred (forwarded_by the partner); bac+3 June 2026, ESS sought → eligible
    N("spoken_other_mail", "level", "licence pro virgule obtenue en juin 2026", M(
        "Véronique Lesage <v.lesage@epicerie-solidaire-brest.example.org>",
        "orientation d'une jeune vers pro pulse",
        "16 14:20",
        """Bonjour virgule je vous oriente Tiana Randrianasolo virgule ancienne bénévole de notre épicerie virgule licence pro virgule obtenue en juin 2026 virgule qui cherche un poste de coordinatrice dans une association d'aide alimentaire point son adresse deux points tiana point randria arobase example point org point
Véronique Lesage""",
        app("Tiana", "Randrianasolo", phone=None, bac=3, grad="2026-06", email="tiana.randria@example.org", forwarded_by="v.lesage@epicerie-solidaire-brest.example.org", status="b_ot_partenaire_virgule_licence_pro"),
    )),
    # Feature: spoken_other_mail — graduation — I think it was last year or the year before
    # ambiguous: the mentor does not know whether the degree is of 2025 or 2024 (a 2024 degree may be more than two years old): graduation_recent stays open
    # route: a mentor's English voice note transcribed and mailed from her address, presenting a mentee with «I think it was last year or the year before» → application in English referred (forwarded_by); graduation open → to verify
    N("spoken_other_mail", "graduation", "I think it was last year or the year before", M(
        "Siobhan Carroll <siobhan.carroll@example.org>",
        "Introducing Kofi Mensah (voice note transcript)",
        "17 11:05",
        """Hi team, sending you the transcript of my voice note as I'm driving:

"hi it's Siobhan from the mentoring network I'd like to introduce Kofi Mensah he has a master's in environmental policy I think it was last year or the year before and he wants to work for an environmental association in France his email is kofi dot mensah at example dot org"

Best, Siobhan""",
        app("Kofi", "Mensah", phone=None, bac=5, grad=None, email="kofi.mensah@example.org", forwarded_by="siobhan.carroll@example.org", unknown=("graduation_recent",), language="en", status="b_ot_mentor_last_year_or_before"),
    )),
    # Feature: spoken_other_mail — career_change — il a été conducteur de bus pendant quinze ans
    # route: a PLIE adviser's dictated referral, «il a été conducteur de bus pendant quinze ans» before a BTS of 2025 → application referred (forwarded_by the adviser); a career change → fails not_career_change → not eligible
    N("spoken_other_mail", "career_change", "il a été conducteur de bus pendant quinze ans", M(
        "Hervé Lamotte <h.lamotte@plie-besancon.example.org>",
        "orientation M. Dumont",
        "18 10:40",
        """bonjour je vous oriente monsieur Pascal Dumont il a été conducteur de bus pendant quinze ans et il a repris un BTS ESF qu'il a eu en juin 2025 il voudrait travailler dans une association d'insertion son mail pascal.dumont@example.org cordialement Hervé Lamotte conseiller PLIE""",
        app("Pascal", "Dumont", phone=None, bac=2, grad="2025-06", email="pascal.dumont@example.org", forwarded_by="h.lamotte@plie-besancon.example.org", failing=("not_career_change",), status="b_ot_plie_conducteur_bus"),
    )),
    # Feature: spoken_other_mail — kind — je suis en déplacement jusqu'au 27 novembre
    # route: an out-of-office dictated on the phone, sent automatically (Auto-Submitted) → auto_reply
    N("spoken_other_mail", "kind", "je suis en déplacement jusqu'au 27 novembre", M(
        "Arnaud Pichon <a.pichon@uriopss-bfc.example.org>",
        "Réponse automatique : orientation",
        "19 09:00",
        """bonjour je suis en déplacement jusqu'au 27 novembre avec un accès limité à mes mails je vous réponds dès mon retour merci""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: spoken_other_mail — kind — [inaudible] allô [inaudible]
    # route: a Ringover voicemail-to-email of a pocket-dial, nothing said but noise → other
    N("spoken_other_mail", "kind", "[inaudible] allô [inaudible]", M(
        "Ringover <notifications@ringover-mail.example.net>",
        "Messagerie : nouveau message de +33 6 45 19 82 07",
        "20 22:47",
        """Nouveau message vocal sur la ligne « Pro'pulse accueil »

Numéro de l'appelant : +33 6 45 19 82 07
Durée : 1 min 12 s

Transcription automatique :
[inaudible] allô [inaudible] … [bruit de fond]

Écoutez l'enregistrement dans votre application Ringover.""",
        other(),
    )),
    # Feature: spoken_other_mail — kind — The email account that you tried to reach does not exist
    # route: a delivery report, our mail to an address dictated in a voicemail and misheard (multipart/report) → bounce
    N("spoken_other_mail", "kind", "The email account that you tried to reach does not exist", M(
        "Mail Delivery Subsystem <mailer-daemon@googlemail.example.com>",
        "Delivery Status Notification (Failure)",
        "21 10:02",
        """Address not found

Your message wasn't delivered to aoifeann.walsh@example.org because the address couldn't be found. The email account that you tried to reach does not exist.""",
        bounce("aoifeann.walsh@example.org"),
        bounce="Reporting-MTA: dns; googlemail.example.com\n\nFinal-Recipient: rfc822; aoifeann.walsh@example.org\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 The email account that you tried to reach does not exist",
    )),
    # Feature: spoken_other_mail — kind — Adresse introuvable
    # route: a French provider's delivery report, our mail to an address spelt from a dictation («rasoa» heard «raso a») (multipart/report) → bounce
    N("spoken_other_mail", "kind", "Adresse introuvable", M(
        "MAILER-DAEMON <mailer-daemon@smtp.fai-exemple.example.net>",
        "Non remis : Votre candidature à Pro'pulse",
        "21 15:48",
        """Votre message n'a pas pu être remis.

Adresse introuvable : nadia.raso.a@example.org""",
        bounce("nadia.raso.a@example.org"),
        bounce="Reporting-MTA: dns; smtp.fai-exemple.example.net\n\nFinal-Recipient: rfc822; nadia.raso.a@example.org\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 <nadia.raso.a@example.org>: Recipient address rejected: User unknown",
    )),
    # Feature: spoken_other_mail — kind — le nouvel épisode de notre podcast
    # route: a podcast's newsletter with an episode's auto-transcript excerpt (List-Unsubscribe, Precedence: bulk) → newsletter
    N("spoken_other_mail", "kind", "le nouvel épisode de notre podcast", M(
        "Les Voix de l'ESS <podcast@voix-ess.example.org>",
        "🎧 Épisode 42 : travailler dans une coopérative",
        "22 08:00",
        """Bonjour,

Découvrez le nouvel épisode de notre podcast : Clémence, 26 ans, raconte son premier emploi dans une coopérative d'activité et d'emploi.

Extrait de la transcription : « en fait je savais pas que ça existait les CAE et du coup… »

Écoutez-le sur toutes les plateformes.

Se désinscrire de cette lettre""",
        newsletter(),
        headers={"List-Unsubscribe": "<https://voix-ess.example.org/desinscription>", "Precedence": "bulk"},
    )),
    # Feature: spoken_other_mail — kind — la lettre audio du mois
    # route: a regional network's audio letter with its transcript (List-Unsubscribe, Precedence: bulk) → newsletter
    N("spoken_other_mail", "kind", "la lettre audio du mois", M(
        "CRESS Nouvelle-Aquitaine <lettre@cress-na.example.org>",
        "La lettre audio de novembre",
        "23 07:30",
        """Bonjour,

Voici la lettre audio du mois (4 min), et sa transcription pour celles et ceux qui préfèrent lire :

« bonjour à toutes et à tous ce mois-ci on vous parle du mois de l'ESS des chiffres de l'emploi et de trois offres repérées pour vous … »

Vous recevez cette lettre car vous êtes inscrit·e à nos actualités. Se désabonner.""",
        newsletter(),
        headers={"List-Unsubscribe": "<mailto:lettre-stop@cress-na.example.org>", "Precedence": "bulk"},
    )),
    # Feature: spoken_other_mail — kind — résumé de l'émission de radio
    # route: a community radio's weekly newsletter with an auto-generated summary of its show (List-Unsubscribe, Precedence: bulk) → newsletter
    N("spoken_other_mail", "kind", "résumé de l'émission de radio", M(
        "Radio Campus Solidaire <newsletter@radio-campus-solidaire.example.org>",
        "Cette semaine sur l'antenne",
        "24 18:00",
        """Cette semaine sur l'antenne

Voici le résumé de l'émission de radio « Jeunes et engagés », généré à partir de la transcription : trois jeunes diplômés racontent leur entrée dans l'emploi associatif, et une conseillère explique les aides à l'embauche.

Réécouter l'émission · Se désinscrire""",
        newsletter(),
        headers={"List-Unsubscribe": "<https://radio-campus-solidaire.example.org/unsubscribe>", "Precedence": "bulk"},
    )),
]
