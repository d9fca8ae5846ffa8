"""Placement corpus, batch 04 (writer A): the fact in a quoted earlier message of the same applicant or in a
forwarded one (the school's enrolment mail, an adviser's note; a quoted line whose author is unclear), the
fact only in the attached CV or its file name (the body minimal), and the same placements in English
applications (the Subject, a P.S., a signature, a list, an aside, a first line, a table); other mail placed
the same way (a reply quoting our mail, a bounce quoting it, an invoice in a PDF, a question in a DOCX, an
English reply and out-of-office)."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, auto_reply, bounce, other, question, reply
from placement import N

MESSAGES = [
    # Feature: quoted_forwarded — situation — > Mon stage se termine le 20 novembre.
    # placed: quoted line of her own 2 November mail «> Mon stage se termine le 20 novembre.» = internship over since 20 November → meets not_internship
    N("quoted_forwarded", "situation", "> Mon stage se termine le 20 novembre.", M(
        "Eva Rossignol <eva.rossignol@example.org>", "Re: Candidature Eva Rossignol", "24 09:18",
        """Bonjour,

Je me permets de vous renvoyer mon message du 2 novembre, resté sans réponse.

Eva

Le 02/11/2026 à 10:41, Eva Rossignol a écrit :
> Bonjour,
> J'ai obtenu ma licence pro médiation sociale en juin 2026.
> Mon stage se termine le 20 novembre.
> Je cherche ensuite un poste de médiatrice dans une association de quartier.
> Eva Rossignol, 06 19 45 73 02""",
        app("Eva", "Rossignol", phone="+33619457302", bac=3, grad="2026-06", status="quoted_own_stage_ended"),
    )),
    # Feature: quoted_forwarded — studies_finished — Votre inscription en Master 2 pour l'année 2026-2027 est confirmée.
    # placed: forwarded mail of her university «Votre inscription en Master 2 pour l'année 2026-2027 est confirmée.» = enrolled in M2 this year → fails studies_finished
    N("quoted_forwarded", "studies_finished", "Votre inscription en Master 2 pour l'année 2026-2027 est confirmée.", M(
        "Salma Amrani <salma.amrani@example.net>", "Tr: Confirmation d'inscription", "03 12:27",
        """Bonjour,

Je vous transfère le mail de la fac pour mon dossier Pro'pulse. Je voudrais travailler dans une mutuelle ou une fondation.

Salma Amrani — 06 87 40 26 15

---------- Message transféré ---------
De : Scolarité UFR Sciences sociales <scolarite@example.fr>
Date : 12 septembre 2026
Objet : Confirmation d'inscription

Madame,
Votre inscription en Master 2 pour l'année 2026-2027 est confirmée.
Le service de scolarité""",
        app("Salma", "Amrani", phone="+33687402615", bac="*", grad=None, failing=("studies_finished",), status="fwd_school_m2_enrolled"),
    )),
    # Feature: quoted_forwarded — situation — > > toujours en service civique jusqu'en mai
    # ambiguous: the line sits two levels deep in a forwarded thread with no attribution: it may be Louis's own words or his friend's, so whether he is in service civique is open
    # placed: doubly quoted line of unclear author «> > toujours en service civique jusqu'en mai» = a civic service running until May, owner unknown → open not_service_civique
    N("quoted_forwarded", "situation", "> > toujours en service civique jusqu'en mai", M(
        "Louis Chevallier <louis.chevallier@example.com>", "Fwd: Re: ton idée de programme", "05 22:10",
        """Salut, je suis intéressé par votre programme, voir plus bas. J'ai une licence de STAPS (juin 2025) et je voudrais bosser dans un club associatif.

Louis Chevallier, 07 61 28 49 05

-------- Forwarded Message --------
> Ok, je regarde et je te dis.
>
> > Tu devrais tenter Pro'pulse.
> > toujours en service civique jusqu'en mai
> > mais bon, ça se prépare à l'avance""",
        app("Louis", "Chevallier", phone="+33761284905", bac=3, grad="2025-06", unknown=("not_service_civique",), status="fwd_unclear_author"),
    )),
    # Feature: quoted_forwarded — aim — projet validé : médiatrice dans une association de quartier
    # placed: forwarded adviser's note «projet validé : médiatrice dans une association de quartier» = an ESS job sought → meets job_seeking_ess
    N("quoted_forwarded", "aim", "projet validé : médiatrice dans une association de quartier", M(
        "Coumba Diop <coumba.diop@example.org>", "TR: Compte rendu de notre rendez-vous", "06 15:41",
        """Bonjour, ma conseillère m'a dit de vous transférer ceci. J'ai un BTS SP3S depuis juin 2025.

Coumba Diop — 06 52 18 90 37

---------- Message transféré ---------
De : Karima Slimani <k.slimani@example.fr>
Objet : Compte rendu de notre rendez-vous

Bonjour Coumba,
Suite à notre rendez-vous : projet validé : médiatrice dans une association de quartier. Je vous conseille de contacter Pro'pulse.
Karima Slimani
Conseillère France Travail""",
        app("Coumba", "Diop", phone="+33652189037", bac=2, grad="2025-06", status="fwd_adviser_project"),
    )),
    # Feature: quoted_forwarded — graduation — > J'ai eu mon BTS en juin 2023.
    # placed: quoted line of his own October mail «> J'ai eu mon BTS en juin 2023.» = BTS 41 months ago → fails graduation_recent
    N("quoted_forwarded", "graduation", "> J'ai eu mon BTS en juin 2023.", M(
        "Sylvain Roche <sylvain.roche@example.fr>", "Re: candidature", "07 08:33",
        """Bonjour, je relance ma demande d'octobre, ci-dessous. Toujours très motivé !

Le 14/10/2026, Sylvain Roche a écrit :
> Bonjour,
> J'ai eu mon BTS en juin 2023.
> Je cherche un poste dans une association de tourisme social.
> Sylvain Roche, 06 09 82 34 71""",
        app("Sylvain", "Roche", phone="+33609823471", bac=2, grad="2023-06", failing=("graduation_recent",), status="quoted_own_bts_2023"),
    )),
    # Feature: quoted_forwarded — level — J'ai validé mon DUT GEA en juin 2025
    # placed: the applicant's own mail forwarded by his adviser «J'ai validé mon DUT GEA en juin 2025» = DUT, level 2 → meets degree_level (the adviser's signature does not decide)
    N("quoted_forwarded", "level", "J'ai validé mon DUT GEA en juin 2025", M(
        "Pierre Vautrin <pierre.vautrin@example.net>", "TR: Candidature de Tom Lacroix", "08 11:05",
        """Bonjour,

Je vous transfère le message de Tom, que j'accompagne depuis l'été. Il est joignable au 06 75 14 83 20.

Pierre Vautrin
Conseiller France Travail — agence de Besançon

---------- Message transféré ---------
De : Tom Lacroix <tom.lacroix@example.com>
Objet : Candidature

Bonjour Monsieur Vautrin,
J'ai validé mon DUT GEA en juin 2025 et je cherche un poste d'assistant de gestion dans une association ou une SCOP.
Tom""",
        app("Tom", "Lacroix", phone="+33675148320", bac=2, grad="2025-06", email="tom.lacroix@example.com", forwarded_by="pierre.vautrin@example.net", status="fwd_adviser_dut"),
    )),
    # Feature: quoted_forwarded — kind — > Pouvez-vous nous envoyer votre attestation de diplôme ?
    # placed: our own quoted request «> Pouvez-vous nous envoyer votre attestation de diplôme ?» under a short answer = a reply in our thread → kind reply
    N("quoted_forwarded", "kind", "> Pouvez-vous nous envoyer votre attestation de diplôme ?", M(
        "Ismaël Fofana <ismael.fofana@example.org>", "Re: Votre dossier", "09 17:52",
        """Bonjour, c'est fait, vous l'avez reçue à l'instant.

Le 08/11/2026, Pro'pulse a écrit :
> Bonjour,
> Pouvez-vous nous envoyer votre attestation de diplôme ?
> L'équipe Pro'pulse""",
        reply(),
        headers={"In-Reply-To": "<dossier-5521@animafac.net>", "References": "<dossier-5521@animafac.net>"},
    )),
    # Feature: quoted_forwarded — kind — > Votre candidature a bien été reçue.
    # placed: our own mail quoted in a delivery failure «> Votre candidature a bien été reçue.» = our acknowledgement returned → kind bounce
    N("quoted_forwarded", "kind", "> Votre candidature a bien été reçue.", M(
        "Mail Delivery System <mailer-daemon@example.fr>", "Returned mail: see transcript for details", "10 02:44",
        """Le message suivant n'a pas pu être remis :

> Bonjour,
> Votre candidature a bien été reçue.
> L'équipe Pro'pulse""",
        bounce("samia.berrada@example.fr"),
        bounce="Reporting-MTA: dns; smtp.example.fr\n\nFinal-Recipient: rfc822; samia.berrada@example.fr\nAction: failed\nStatus: 5.1.2",
    )),
    # Feature: attachment_only — graduation — Master économie sociale et solidaire, Université Grenoble Alpes, juin 2025
    # placed: CV Formation line «Master économie sociale et solidaire, Université Grenoble Alpes, juin 2025» (and the file name «…_Master_ESS_2025.pdf») = master 17 months ago → meets graduation_recent
    N("attachment_only", "graduation", "Master économie sociale et solidaire, Université Grenoble Alpes, juin 2025", M(
        "Jules Perrin <jules.perrin@example.org>", "Candidature", "11 10:10",
        """Bonjour, ci-joint mon CV. Bien à vous.
Jules Perrin""",
        app("Jules", "Perrin", phone="+33632914057", bac=5, grad="2025-06", info_in="cv", status="cv_master_june_pdf"),
        cv=CV("pdf", "CV_Jules_Perrin_Master_ESS_2025.pdf", """Jules Perrin — Master ESS 2025
06 32 91 40 57
Formation
Master économie sociale et solidaire, Université Grenoble Alpes, juin 2025
Licence d'économie, 2023
Recherche
Chargé de développement dans une SCIC ou une coopérative d'énergie citoyenne"""),
    )),
    # Feature: attachment_only — situation — Service civique — Unis-Cité Rennes, septembre 2026 – mai 2027 (en cours)
    # placed: CV Expérience line «Service civique — Unis-Cité Rennes, septembre 2026 – mai 2027 (en cours)» = civic service running until May 2027 → fails not_service_civique
    N("attachment_only", "situation", "Service civique — Unis-Cité Rennes, septembre 2026 – mai 2027 (en cours)", M(
        "Morgane Le Bihan <morgane.lebihan@example.com>", "CV", "12 19:30",
        """Bonjour,
Mon CV en pièce jointe.
Morgane""",
        app("Morgane", "Le Bihan", phone="+33784260319", bac=3, grad="2026-06", failing=("not_service_civique",), info_in="cv", status="cv_sc_running_docx"),
        cv=CV("docx", "CV_Morgane_Le_Bihan.docx", """Morgane Le Bihan
07 84 26 03 19
Formation
Licence de sciences de l'éducation, Université Rennes 2, juin 2026
Expérience
Service civique — Unis-Cité Rennes, septembre 2026 – mai 2027 (en cours)
Projet
Animatrice dans une association d'éducation populaire"""),
    )),
    # Feature: attachment_only — graduation — Rania Chibani — DUT 2023
    # ambiguous: the file name and the CV's title line say DUT 2023 (36 months, fails) while the Formation line says 2025 (meets): which is right, nothing says
    # placed: CV title line and file name «Rania Chibani — DUT 2023» against the Formation line «DUT Carrières sociales, IUT Bordeaux Montaigne — 2025» = two dates in one attachment → open graduation_recent
    N("attachment_only", "graduation", "Rania Chibani — DUT 2023", M(
        "Rania Chibani <rania.chibani@example.net>", "candidature Pro'pulse", "13 14:02",
        """Bonjour, ci-joint mon CV.
Bonne journée""",
        app("Rania", "Chibani", phone="+33651073862", bac=2, grad=None, unknown=("graduation_recent",), info_in="cv", status="cv_filename_vs_text"),
        cv=CV("pdf", "CV_Rania_Chibani_DUT_2023.pdf", """Rania Chibani — DUT 2023
06 51 07 38 62
Formation
DUT Carrières sociales, IUT Bordeaux Montaigne — 2025
Recherche
Animatrice socioculturelle dans un centre social associatif"""),
    )),
    # Feature: attachment_only — career_change — 2009–2021 : agent de sécurité, centres commerciaux de Dijon
    # placed: CV Expérience line «2009–2021 : agent de sécurité, centres commerciaux de Dijon» = twelve years of another trade before the DEJEPS → fails not_career_change
    N("attachment_only", "career_change", "2009–2021 : agent de sécurité, centres commerciaux de Dijon", M(
        "Patrice Ouédraogo <patrice.ouedraogo@example.fr>", "Candidature", "14 09:48",
        """Bonjour, veuillez trouver mon CV ci-joint. Cordialement.
P. Ouédraogo""",
        app("Patrice", "Ouédraogo", phone="+33680341927", bac=2, grad="2025", failing=("not_career_change",), info_in="cv", status="cv_security_agent_odt"),
        cv=CV("odt", "Ouedraogo_CV.odt", """Patrice Ouédraogo
06 80 34 19 27
Expérience
2009–2021 : agent de sécurité, centres commerciaux de Dijon
Formation
2025 : DEJEPS animation socio-éducative
Recherche
Coordinateur dans une association d'éducation populaire"""),
    )),
    # Feature: attachment_only — level — Licence professionnelle métiers de la gestion — 2026
    # placed: CV Formation line «Licence professionnelle métiers de la gestion — 2026» = level 3 → meets degree_level
    N("attachment_only", "level", "Licence professionnelle métiers de la gestion — 2026", M(
        "Anouk Schmitt <anouk.schmitt@example.org>", "Candidature programme", "15 11:21",
        """Bonjour, ci-joint mon CV. Bien à vous.
Anouk Schmitt""",
        app("Anouk", "Schmitt", phone="+33627853014", bac=3, grad="2026", info_in="cv", status="cv_licence_pro_docx"),
        cv=CV("docx", "CV_Anouk_Schmitt.docx", """Anouk Schmitt
06 27 85 30 14
Formation
Licence professionnelle métiers de la gestion — 2026
Objectif
Assistante de gestion dans une association d'aide à domicile"""),
    )),
    # Feature: attachment_only — studies_finished — Situation : diplômée, aucune formation en cours
    # placed: CV Situation line «Situation : diplômée, aucune formation en cours» = studies over → meets studies_finished
    N("attachment_only", "studies_finished", "Situation : diplômée, aucune formation en cours", M(
        "Célia Marques <celia.marques@example.net>", "CV Célia Marques", "16 20:05",
        """Bonsoir, mon CV est en pièce jointe.
Célia""",
        app("Célia", "Marques", phone="+33743619028", bac=3, grad="2025-06", info_in="cv", status="cv_no_enrolment_pdf"),
        cv=CV("pdf", "CV_Celia_Marques.pdf", """Célia Marques
07 43 61 90 28
Situation : diplômée, aucune formation en cours
Formation
Licence de psychologie, Université de Lorraine, juin 2025
Recherche
Chargée d'accompagnement dans une association de prévention"""),
    )),
    # Feature: attachment_only — kind — Facture n° 2026-114 — impression de 500 flyers
    # placed: attached PDF line «Facture n° 2026-114 — impression de 500 flyers» = a printer's invoice → kind other
    N("attachment_only", "kind", "Facture n° 2026-114 — impression de 500 flyers", M(
        "Imprimerie du Canal <compta@example.com>", "Votre facture", "17 08:40",
        """Bonjour, veuillez trouver notre facture ci-jointe.""",
        other(),
        cv=CV("pdf", "Facture_2026-114.pdf", """Imprimerie du Canal
Facture n° 2026-114 — impression de 500 flyers
Montant : 180 euros TTC
À régler sous 30 jours"""),
    )),
    # Feature: attachment_only — kind — Le programme est-il compatible avec un temps partiel ?
    # placed: attached DOCX line «Le programme est-il compatible avec un temps partiel ?» = a question with no personal fact → kind question
    N("attachment_only", "kind", "Le programme est-il compatible avec un temps partiel ?", M(
        "Agathe Renaud <agathe.renaud@example.org>", "Questions", "18 13:13",
        """Bonjour, mes questions sont dans le document joint. Merci !""",
        question(),
        cv=CV("docx", "Questions_Propulse.docx", """Questions sur Pro'pulse
Le programme est-il compatible avec un temps partiel ?
Les séances ont-elles lieu en visio ?"""),
    )),
    # Feature: english_placement — graduation — Master's in Cooperative Management, completed September 2025
    # placed: Subject «Master's in Cooperative Management, completed September 2025» = master 14 months ago → meets graduation_recent
    N("english_placement", "graduation", "Master's in Cooperative Management, completed September 2025", M(
        "Oliver Bennett <oliver.bennett@example.com>", "Application – Master's in Cooperative Management, completed September 2025", "19 10:26",
        """Dear Pro'pulse team,

I'd like to join your next cohort. I'm hoping to work for a cooperative or a charity in Lyon, on fundraising or partnerships.

Kind regards,
Oliver Bennett
+33 7 58 20 46 13""",
        app("Oliver", "Bennett", phone="+33758204613", bac=5, grad="2025-09", language="en", status="en_subject_ma_sept"),
    )),
    # Feature: english_placement — situation — P.S. My internship at the town hall runs until 31 January.
    # placed: P.S. «My internship at the town hall runs until 31 January.» = internship running until January 2027 → fails not_internship
    N("english_placement", "situation", "P.S. My internship at the town hall runs until 31 January.", M(
        "Hannah Schultz <hannah.schultz@example.org>", "Application", "20 15:44",
        """Hello,

I graduated in June 2026 with a licence in political science from Sciences Po Lille and I'd love to work for an NGO or a community organisation.

Best,
Hannah Schultz
+33 6 43 91 27 58

P.S. My internship at the town hall runs until 31 January.""",
        app("Hannah", "Schultz", phone="+33643912758", bac=3, grad="2026-06", failing=("not_internship",), language="en", status="en_ps_internship_january"),
    )),
    # Feature: english_placement — situation — Volunteer – Emmaüs Lyon
    # ambiguous: the signature says she volunteers at Emmaüs now, under no named scheme: a civic service would fail, plain volunteering would not
    # placed: signature «Volunteer – Emmaüs Lyon» = a volunteering role held now, scheme unstated → open not_service_civique
    N("english_placement", "situation", "Volunteer – Emmaüs Lyon", M(
        "Mariam Yusuf <mariam.yusuf@example.net>", "Pro'pulse application", "21 12:19",
        """Hi,

I have a licence in sociology (June 2025) and I'm looking for a job in a social enterprise or a charity working on reuse and repair.

Thanks,
Mariam Yusuf
Volunteer – Emmaüs Lyon
+33 7 29 64 10 85""",
        app("Mariam", "Yusuf", phone="+33729641085", bac=3, grad="2025-06", unknown=("not_service_civique",), language="en", status="en_sig_volunteer_unclear"),
    )),
    # Feature: english_placement — career_change — 2012–2023: nurse at a private clinic
    # placed: list item «2012–2023: nurse at a private clinic» = eleven years of another trade before the licence → fails not_career_change
    N("english_placement", "career_change", "2012–2023: nurse at a private clinic", M(
        "Rebecca Holloway <rebecca.holloway@example.com>", "Application for Pro'pulse", "22 09:01",
        """Hello,

My background:
- 2012–2023: nurse at a private clinic
- 2025: licence in social and solidarity economy, Université de Montpellier
- Now: looking for a coordinator role in a health cooperative

Regards,
Rebecca Holloway
+33 6 15 48 72 39""",
        app("Rebecca", "Holloway", phone="+33615487239", bac=3, grad="2025", failing=("not_career_change",), language="en", status="en_list_nurse_years"),
    )),
    # Feature: english_placement — aim — (ideally a housing cooperative or a community land trust)
    # placed: aside in parentheses «(ideally a housing cooperative or a community land trust)» = the job sought is in the ESS → meets job_seeking_ess
    N("english_placement", "aim", "(ideally a housing cooperative or a community land trust)", M(
        "Kofi Asante <kofi.asante@example.org>", "Application", "23 17:37",
        """Dear team,

I completed my master's in urban planning in June 2026 and I'm now looking for a project officer role (ideally a housing cooperative or a community land trust) anywhere in Île-de-France.

Kind regards,
Kofi Asante
+33 7 82 15 64 90""",
        app("Kofi", "Asante", phone="+33782156490", bac=5, grad="2026-06", language="en", status="en_aside_housing_coop"),
    )),
    # Feature: english_placement — graduation — BTS, 2024. Looking since spring.
    # ambiguous: the first line gives 2024 with no month for the BTS: inside or outside 24 months, nothing else says
    # placed: first line «BTS, 2024. Looking since spring.» = year only, 2024 → open graduation_recent
    N("english_placement", "graduation", "BTS, 2024. Looking since spring.", M(
        "Lukas Novak <lukas.novak@example.net>", "Pro'pulse", "24 08:54",
        """BTS, 2024. Looking since spring.

Hello, I moved from Prague to Strasbourg three years ago and I volunteer at a food bank every week. I'd like to work for a food aid charity, in logistics.

Lukas Novak
+33 6 70 32 18 45""",
        app("Lukas", "Novak", phone="+33670321845", bac=2, grad="2024", unknown=("graduation_recent",), language="en", status="en_opening_bts_2024"),
    )),
    # Feature: english_placement — graduation — 2021 | Licence (bachelor's) in history | Université de Tours
    # placed: table row «2021 | Licence (bachelor's) in history | Université de Tours» = licence five years ago → fails graduation_recent
    N("english_placement", "graduation", "2021 | Licence (bachelor's) in history | Université de Tours", M(
        "Naomi Clarke <naomi.clarke@example.com>", "Application – Naomi Clarke", "25 14:30",
        """Hello,

I'd like to work in a heritage association or a community museum.

Year | Degree | School
2021 | Licence (bachelor's) in history | Université de Tours

Best wishes,
Naomi Clarke
+33 6 36 52 80 14""",
        app("Naomi", "Clarke", phone="+33636528014", bac=3, grad="2021", failing=("graduation_recent",), language="en", status="en_table_licence_2021"),
    )),
    # Feature: english_placement — kind — Thursday at 10 works for me
    # placed: first line of a reply in our thread «Thursday at 10 works for me» = confirms our slot → kind reply
    N("english_placement", "kind", "Thursday at 10 works for me", M(
        "Ethan Brooks <ethan.brooks@example.org>", "Re: Your Pro'pulse interview", "25 18:02",
        """Thursday at 10 works for me. See you then!

Ethan""",
        reply(),
        headers={"In-Reply-To": "<interview-8802@animafac.net>", "References": "<interview-8802@animafac.net>"},
    )),
    # Feature: english_placement — kind — I am out of the office until 2 December
    # placed: Subject «I am out of the office until 2 December» = an automatic answer → kind auto_reply
    N("english_placement", "kind", "I am out of the office until 2 December", M(
        "Ruth Adeyemi <ruth.adeyemi@example.com>", "I am out of the office until 2 December", "26 06:40",
        """Thank you for your message, I will reply when I am back.""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
]
