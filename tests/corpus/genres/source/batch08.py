"""Genres corpus, batch 08 (writer B): a short bio or pitch written by the applicant about themself in the
third person («Yasmine, 24 ans, … Elle cherche…»), a timeline of the person («2021-2023 : …», «depuis oct.
2026 : …»), and the same genres in English (a cover letter with its CV, a LinkedIn "About", a plain-text
résumé, a tutor's reference, a chat, a form); other mail in the same genres (a speaker's bio in a
newsletter, a reply in our thread, a bounce, an out-of-office as a closure timeline, an English question, an
English bounce)."""
# ruff: noqa: E501

from __future__ import annotations

from genres import N
from kit import CV, M, app, auto_reply, bounce, newsletter, question, reply

MESSAGES = [
    # Feature: bio_third_person — career_change — Avant son BUT, elle n'a connu que des jobs saisonniers
    # genre: bio sentence «Avant son BUT, elle n'a connu que des jobs saisonniers» = no earlier trade → meets not_career_change
    N("bio_third_person", "career_change", "Avant son BUT, elle n'a connu que des jobs saisonniers", M(
        "Capucine Lagarde <capucine.lagarde@example.org>", "Ma bio pour la candidature", "03 12:40",
        """Bonjour, vous demandiez une courte présentation, voici celle de mon portfolio :

Capucine, 22 ans, est diplômée d'un BUT Information-communication (juin 2026). Avant son BUT, elle n'a connu que des jobs saisonniers : vendanges, accueil de camping. Elle aime les projets où l'on donne la parole aux habitants. Elle cherche aujourd'hui un poste de chargée de communication dans une association de quartier.

Capucine Lagarde — 06 35 92 17 48""",
        app("Capucine", "Lagarde", phone="+33635921748", bac=3, grad="2026-06", status="b_bio_seasonal_jobs"),
    )),
    # Feature: bio_third_person — career_change — Karim, 31 ans, a été cuisinier pendant huit ans avant de reprendre ses études
    # genre: bio sentence «Karim, 31 ans, a été cuisinier pendant huit ans avant de reprendre ses études» = another trade before the 2025 licence pro → fails not_career_change
    N("bio_third_person", "career_change", "Karim, 31 ans, a été cuisinier pendant huit ans avant de reprendre ses études", M(
        "Karim Belhadj <karim.belhadj@example.net>", "Présentation", "04 22:05",
        """Karim, 31 ans, a été cuisinier pendant huit ans avant de reprendre ses études. Il a obtenu en juin 2025 une licence professionnelle Intervention sociale. Il veut mettre son sens de l'organisation au service d'un chantier d'insertion en restauration.

(bio écrite pour le site de mon école, je la réutilise ici)
Karim Belhadj, 07 52 81 36 94""",
        app("Karim", "Belhadj", phone="+33752813694", bac=3, grad="2025-06", failing=("not_career_change",), status="b_bio_cook_retrain"),
    )),
    # Feature: bio_third_person — level — titulaire d'un diplôme d'éducatrice obtenu à Dakar en 2025, dont l'équivalence est en cours
    # ambiguous: the bio gives a Senegalese educator's diploma whose French equivalence is still being examined, so its level is not settled
    # genre: bio sentence «titulaire d'un diplôme d'éducatrice obtenu à Dakar en 2025, dont l'équivalence est en cours» = level unknown → degree_level open
    N("bio_third_person", "level", "titulaire d'un diplôme d'éducatrice obtenu à Dakar en 2025, dont l'équivalence est en cours", M(
        "Mariama Ba-Thiam <mariama.bathiam@example.com>", "candidature Pro'pulse", "05 17:30",
        """Bonjour,

Mariama, 26 ans, est titulaire d'un diplôme d'éducatrice obtenu à Dakar en 2025, dont l'équivalence est en cours. Arrivée à Toulouse cette année, elle souhaite travailler dans une association d'accueil de jeunes enfants.

Voilà comment je me présente ! Mon téléphone : 06 16 49 28 73.""",
        app("Mariama", "Ba-Thiam", phone="+33616492873", bac=None, grad="2025", unknown=("degree_level",), status="b_bio_dakar_equivalence"),
    )),
    # Feature: bio_third_person — aim — Il cherche aujourd'hui un poste de chargé de projet dans une coopérative de mobilité solidaire
    # genre: bio sentence «Il cherche aujourd'hui un poste de chargé de projet dans une coopérative de mobilité solidaire» = ESS aim → meets job_seeking_ess
    N("bio_third_person", "aim", "Il cherche aujourd'hui un poste de chargé de projet dans une coopérative de mobilité solidaire", M(
        "Florian Abidi <florian.abidi@example.fr>", "Pitch — candidature", "07 09:12",
        """Bonjour, voici mon pitch, écrit pour un forum de l'emploi :

Florian, 25 ans, diplômé d'un master Transports et mobilités en septembre 2025, connaît bien les territoires ruraux du Cher. Il cherche aujourd'hui un poste de chargé de projet dans une coopérative de mobilité solidaire.

Florian Abidi — 07 38 64 25 10""",
        app("Florian", "Abidi", phone="+33738642510", bac=5, grad="2025-09", status="b_bio_mobility_coop"),
    )),
    # Feature: bio_third_person — graduation — Juliette, 23 ans, est diplômée d'un master en urbanisme
    # ambiguous: the bio, as bios do, names the master without any date and the mail gives none
    # genre: bio sentence «Juliette, 23 ans, est diplômée d'un master en urbanisme» with no date = graduation undated → graduation_recent open
    N("bio_third_person", "graduation", "Juliette, 23 ans, est diplômée d'un master en urbanisme", M(
        "Juliette Marchand-Oukili <juliette.marchand@example.org>", "Candidature", "09 14:44",
        """Bonjour,

Juliette, 23 ans, est diplômée d'un master en urbanisme. Curieuse et méthodique, elle a accompagné des habitants dans des projets de jardins partagés. Elle souhaite rejoindre une régie de quartier ou une association d'habitants.

Juliette — 06 72 40 19 85""",
        app("Juliette", "Marchand-Oukili", phone="+33672401985", bac=5, grad=None, unknown=("graduation_recent",), status="b_bio_master_undated"),
    )),
    # Feature: bio_third_person — graduation — Maya, 25, graduated with a master's in Social Innovation in June 2026
    # genre: bio sentence «Maya, 25, graduated with a master's in Social Innovation in June 2026» = five months ago → meets graduation_recent
    N("bio_third_person", "graduation", "Maya, 25, graduated with a master's in Social Innovation in June 2026", M(
        "Maya Eriksson-Holm <maya.eriksson@example.com>", "Application — short bio", "11 10:03",
        """Hello,

Here is the short bio I use for my portfolio:

Maya, 25, graduated with a master's in Social Innovation in June 2026 from a university in Lyon. She has worked with refugee-led associations and is now looking for a role in a social cooperative or a non-profit.

Best regards,
Maya Eriksson-Holm — 07 19 63 48 27""",
        app("Maya", "Eriksson-Holm", phone="+33719634827", bac=5, grad="2026-06", language="en", status="b_bio_en_master"),
    )),
    # Feature: bio_third_person — situation — Elle est actuellement volontaire en service civique à la Croix-Rouge, jusqu'en mai 2027
    # genre: bio sentence «Elle est actuellement volontaire en service civique à la Croix-Rouge, jusqu'en mai 2027» = running after today → fails not_service_civique
    N("bio_third_person", "situation", "Elle est actuellement volontaire en service civique à la Croix-Rouge, jusqu'en mai 2027", M(
        "Noémie Vaillant <noemie.vaillant@example.net>", "ma présentation", "13 19:55",
        """Noémie, 21 ans, a obtenu un BTS ESF en juin 2026. Elle est actuellement volontaire en service civique à la Croix-Rouge, jusqu'en mai 2027. Elle voudrait ensuite travailler dans une association d'aide alimentaire.

— Noémie Vaillant, 06 84 17 52 39""",
        app("Noémie", "Vaillant", phone="+33684175239", bac=2, grad="2026-06", failing=("not_service_civique",), status="b_bio_civic_may"),
    )),
    # Feature: bio_third_person — kind — Elle interviendra sur la table ronde
    # genre: a newsletter's speaker bio «Elle interviendra sur la table ronde» = a mailing about a speaker → kind newsletter
    N("bio_third_person", "kind", "Elle interviendra sur la table ronde", M(
        "La lettre du Mouvement associatif <lettre@lemouvement.example.org>", "Lettre d'information — novembre 2026", "18 08:00",
        """Lettre d'information — novembre 2026

Notre invitée du mois
Hélène Caradec, 52 ans, dirige depuis quinze ans une fédération d'associations d'éducation populaire. Elle interviendra sur la table ronde « Emploi des jeunes dans l'ESS » le 2 décembre.

Agenda, ressources, offres : retrouvez tout sur notre site.
Se désinscrire""",
        newsletter(),
    )),
    # Feature: bio_third_person — kind — je vous renvoie une bio plus courte, comme demandé
    # genre: a reply in our thread «je vous renvoie une bio plus courte, comme demandé» with nothing about the person's facts → kind reply
    N("bio_third_person", "kind", "je vous renvoie une bio plus courte, comme demandé", M(
        "Bastien Orsini <bastien.orsini@example.fr>", "Re: Votre présentation pour le trombinoscope", "19 12:30",
        """Bonjour,

C'est noté, je vous renvoie une bio plus courte, comme demandé, d'ici vendredi.

Bastien

> Bonjour Bastien, votre présentation dépasse les 300 caractères prévus pour le trombinoscope des participants.
> L'équipe Pro'pulse""",
        reply(),
        headers={"In-Reply-To": "<trombi-1911@animafac.net>", "References": "<trombi-1911@animafac.net>"},
    )),
    # Feature: timeline — studies_finished — juin 2026 : soutenance du mémoire, master validé
    # genre: timeline line «juin 2026 : soutenance du mémoire, master validé» = studies over → meets studies_finished
    N("timeline", "studies_finished", "juin 2026 : soutenance du mémoire, master validé", M(
        "Raphaël Benzaquen <raphael.benzaquen@example.org>", "Candidature — mon parcours en bref", "03 16:18",
        """Bonjour,

Mon parcours en bref :

2019 : bac ES
2019-2022 : licence de sociologie, Bordeaux
2022-2024 : animateur en accueil de loisirs (temps partiel, pendant les études)
2024-2026 : master Intervention et développement social
juin 2026 : soutenance du mémoire, master validé
depuis juillet 2026 : recherche d'un poste de coordinateur dans une association de prévention

Raphaël Benzaquen — 07 25 46 83 91""",
        app("Raphaël", "Benzaquen", phone="+33725468391", bac=5, grad="2026-06", status="b_time_master_done"),
    )),
    # Feature: timeline — situation — depuis oct. 2026 : volontariat à l'Arche de Compiègne
    # ambiguous: a «volontariat» held now whose scheme is not named (service civique, ESC or private volunteering), so the civic-service criterion is not settled
    # genre: timeline line «depuis oct. 2026 : volontariat à l'Arche de Compiègne» = a volunteering of unstated scheme held now → not_service_civique open
    N("timeline", "situation", "depuis oct. 2026 : volontariat à l'Arche de Compiègne", M(
        "Bérangère Mwamba <berangere.mwamba@example.net>", "Candidature Pro'pulse", "05 11:02",
        """Bonjour,

2020-2023 : licence Sciences sanitaires et sociales, Amiens
2023-2025 : master Handicap et société
juillet 2025 : master obtenu
depuis oct. 2026 : volontariat à l'Arche de Compiègne
objectif : éducatrice dans une association du handicap

Bérangère — 06 97 31 26 54""",
        app("Bérangère", "Mwamba", phone="+33697312654", bac=5, grad="2025-07", unknown=("not_service_civique",), status="b_time_volunteering"),
    )),
    # Feature: timeline — graduation — 2023-2025 : BTS Économie sociale familiale, diplômée en juillet 2025
    # genre: timeline line «2023-2025 : BTS Économie sociale familiale, diplômée en juillet 2025» = 16 months → meets graduation_recent
    N("timeline", "graduation", "2023-2025 : BTS Économie sociale familiale, diplômée en juillet 2025", M(
        "Ophélie Lachaume <ophelie.lachaume@example.com>", "Mon parcours", "08 15:36",
        """Bonjour,

Voici mon parcours :

2023 : bac ST2S
2023-2025 : BTS Économie sociale familiale, diplômée en juillet 2025
2025-2026 : agente d'accueil à la CAF (CDD de 8 mois)
aujourd'hui : je cherche un poste de conseillère ESF dans une association de logement

Ophélie Lachaume, 06 41 95 73 28""",
        app("Ophélie", "Lachaume", phone="+33641957328", bac=2, grad="2025-07", status="b_time_bts_july"),
    )),
    # Feature: timeline — studies_finished — 2025-2026 : M2 Sociologie, tous les examens passés, résultats en attente
    # ambiguous: every exam is sat and the results are still awaited, so whether the master is obtained is not settled
    # genre: timeline line «2025-2026 : M2 Sociologie, tous les examens passés, résultats en attente» = results awaited → studies_finished open
    N("timeline", "studies_finished", "2025-2026 : M2 Sociologie, tous les examens passés, résultats en attente", M(
        "Kenza Bouaziz <kenza.bouaziz@example.fr>", "candidature", "10 20:14",
        """Bonjour, mon parcours :

2018 : bac L
2018-2021 : licence de sociologie
2021-2023 : M1 puis année de césure à Montréal
2025-2026 : M2 Sociologie, tous les examens passés, résultats en attente
projet : chargée d'études dans une fondation

Kenza Bouaziz — 07 81 59 34 06""",
        app("Kenza", "Bouaziz", phone="+33781593406", bac=5, grad=None, unknown=("studies_finished",), status="b_time_results_awaited"),
    )),
    # Feature: timeline — career_change — 2012-2022 : chauffeur-livreur à Rungis
    # genre: timeline line «2012-2022 : chauffeur-livreur à Rungis» = ten years of another trade before the 2025 DEES → fails not_career_change
    N("timeline", "career_change", "2012-2022 : chauffeur-livreur à Rungis", M(
        "Mamadou Sylla <mamadou.sylla@example.org>", "Candidature Pro'pulse — parcours", "12 07:48",
        """Bonjour,

2010 : bac pro logistique
2012-2022 : chauffeur-livreur à Rungis
2022-2025 : formation d'éducateur spécialisé, DEES obtenu en juin 2025
depuis : remplacements dans un foyer associatif, je cherche un poste stable dans une association de protection de l'enfance

Mamadou Sylla, 06 23 74 58 19""",
        app("Mamadou", "Sylla", phone="+33623745819", bac=3, grad="2025-06", failing=("not_career_change",), status="b_time_driver_retrain"),
    )),
    # Feature: timeline — situation — mars - sept. 2026 : stage de fin d'études à la Fondation Abbé Pierre (terminé)
    # genre: timeline line «mars - sept. 2026 : stage de fin d'études à la Fondation Abbé Pierre (terminé)» = internship over → meets not_internship
    N("timeline", "situation", "mars - sept. 2026 : stage de fin d'études à la Fondation Abbé Pierre (terminé)", M(
        "Timothée Ravelojaona <timothee.ravelo@example.net>", "Parcours — candidature", "14 13:27",
        """Bonjour,

2021 : bac général
2021-2024 : licence de droit
2024-2026 : master Droit du logement
mars - sept. 2026 : stage de fin d'études à la Fondation Abbé Pierre (terminé)
septembre 2026 : master obtenu
maintenant : je cherche un poste de juriste dans une association d'accès au logement

Timothée, 07 46 82 15 93""",
        app("Timothée", "Ravelojaona", phone="+33746821593", bac=5, grad="2026-09", status="b_time_stage_over"),
    )),
    # Feature: timeline — kind — du 20 au 30 novembre : fermeture annuelle du secrétariat
    # genre: an out-of-office as a timeline «du 20 au 30 novembre : fermeture annuelle du secrétariat» = automatic reply → kind auto_reply
    N("timeline", "kind", "du 20 au 30 novembre : fermeture annuelle du secrétariat", M(
        "Secrétariat IRTS <secretariat@irts-normandie.example.org>", "Réponse automatique", "20 09:00",
        """Message automatique — calendrier du secrétariat :

du 20 au 30 novembre : fermeture annuelle du secrétariat
1er décembre : réouverture, traitement des demandes par ordre d'arrivée
15 décembre : date limite des dossiers de VAE

Merci de votre compréhension.""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: timeline — kind — Destinataire introuvable : soraya.belkhir@example.com
    # genre: a bounce of our reply about a timeline «Destinataire introuvable : soraya.belkhir@example.com» = delivery failure → kind bounce
    N("timeline", "kind", "Destinataire introuvable : soraya.belkhir@example.com", M(
        "Mail Delivery Subsystem <mailer-daemon@mx.example.com>", "Non distribuable : Re: Votre parcours", "21 03:10",
        """Destinataire introuvable : soraya.belkhir@example.com

Votre message « Re: Votre parcours » n'a pas été distribué.""",
        bounce("soraya.belkhir@example.com"),
        bounce="Reporting-MTA: dns; mx.example.com\nFinal-Recipient: rfc822; soraya.belkhir@example.com\nAction: failed\nStatus: 5.1.1",
    )),
    # Feature: english_genres — aim — I am seeking a position as a volunteer coordinator in a non-profit organisation
    # genre: cover letter's third paragraph «I am seeking a position as a volunteer coordinator in a non-profit organisation» = ESS aim → meets job_seeking_ess
    N("english_genres", "aim", "I am seeking a position as a volunteer coordinator in a non-profit organisation", M(
        "Daniel Adeyemi <daniel.adeyemi@example.com>", "Cover letter — Pro'pulse programme", "04 10:40",
        """Daniel Adeyemi
12 rue Paradis, 13001 Marseille
+33 6 58 32 71 40

Pro'pulse team, Animafac

Marseille, 4 November 2026

Re: Application to the Pro'pulse programme

Dear Sir or Madam,

I graduated in July 2025 with a BA in Social Sciences from the University of Manchester and moved to Marseille last spring.

During my studies I volunteered with a food bank and led a team of fifteen students, which taught me how much I enjoy supporting volunteers.

I am seeking a position as a volunteer coordinator in a non-profit organisation, and I believe your programme would help me enter the French social economy.

Yours faithfully,
Daniel Adeyemi

(My CV is attached.)""",
        app("Daniel", "Adeyemi", phone="+33658327140", bac=3, grad="2025-07", language="en", status="b_en_letter_nonprofit", info_in="both"),
        cv=CV("pdf", "CV_Daniel_Adeyemi.pdf", """Daniel Adeyemi
Volunteer coordinator
Education: BA Social Sciences, University of Manchester, 2022-2025
Volunteering: Food bank team leader, 2023-2025
Languages: English, French (B2), Igbo"""),
    )),
    # Feature: english_genres — situation — Volunteer · Habitat for Humanity Sep 2026 - Present · 3 mos
    # ambiguous: the profile shows a volunteer role held now whose scheme (civic service or plain volunteering) is not named
    # genre: LinkedIn Experience line «Volunteer · Habitat for Humanity Sep 2026 - Present · 3 mos» = volunteering of unstated scheme held now → not_service_civique open
    N("english_genres", "situation", "Volunteer · Habitat for Humanity Sep 2026 - Present · 3 mos", M(
        "Amelia Hartwell <amelia.hartwell@example.org>", "My profile — application", "06 18:20",
        """Hi, pasting my profile below.

Amelia Hartwell
Community development | Housing | Open to work

About
British-French graduate passionate about affordable housing. Looking for a role in a housing association or a cooperative.

Experience
Volunteer · Habitat for Humanity
Sep 2026 - Present · 3 mos

Education
Université de Bordeaux
Licence, Geography
2022 - 2025

Amelia — 07 37 95 62 18""",
        app("Amelia", "Hartwell", phone="+33737956218", bac=3, grad="2025", unknown=("not_service_civique",), language="en", status="b_en_profile_volunteer"),
    )),
    # Feature: english_genres — studies_finished — 2025-present   MSc Development Studies (ongoing), SOAS University of London
    # genre: résumé EDUCATION line «2025-present   MSc Development Studies (ongoing), SOAS University of London» = studies running → fails studies_finished
    N("english_genres", "studies_finished", "2025-present   MSc Development Studies (ongoing), SOAS University of London", M(
        "Ravi Chandrasekar <ravi.chandrasekar@example.net>", "Résumé — application", "09 21:15",
        """Hello, my résumé below:

RAVI CHANDRASEKAR
Paris | 06 94 28 37 15

EDUCATION
2025-present   MSc Development Studies (ongoing), SOAS University of London
2021-2024      BSc Economics, University of Leeds

EXPERIENCE
2024-2025      Research assistant, fair-trade cooperative (part-time)

OBJECTIVE
Project officer in an international solidarity NGO

Thanks,
Ravi""",
        app("Ravi", "Chandrasekar", phone="+33694283715", bac="*", grad=None, failing=("studies_finished",), language="en", status="b_en_resume_msc"),
    )),
    # Feature: english_genres — situation — her internship with us, which ended on 30 September 2026
    # genre: tutor's reference line «her internship with us, which ended on 30 September 2026» = over → meets not_internship
    N("english_genres", "situation", "her internship with us, which ended on 30 September 2026", M(
        "Grace Mutua <grace.mutua@example.com>", "Application + reference from my tutor", "13 09:50",
        """Hello, I'm applying to Pro'pulse and my tutor wrote this reference:

To whom it may concern,

I supervised Grace Mutua during her internship with us, which ended on 30 September 2026. She coordinated our youth volunteering scheme with great care and reliability. I recommend her without reservation.

Dr. Ellen Foster
Programme Manager, Youth Action Network

A little more about me: I hold a Master's in Social Policy (June 2026) and I'm looking for a job in a youth association. My number: 07 62 48 13 95.
Grace""",
        app("Grace", "Mutua", phone="+33762481395", bac=5, grad="2026-06", language="en", status="b_en_reference_over"),
    )),
    # Feature: english_genres — graduation — Me: 2024 I think, not sure of the month
    # ambiguous: the applicant's own chat turn gives only the year 2024 for the HND, which may or may not be within 24 months
    # genre: chat turn «Me: 2024 I think, not sure of the month» answering «when did you finish the HND?» = year alone 2024 → graduation_recent open
    N("english_genres", "graduation", "Me: 2024 I think, not sure of the month", M(
        "Connor Walsh <connor.walsh@example.org>", "Application — chat with my mentor", "15 16:05",
        """Hi, my mentor told me to forward our chat as my application:

Mentor: so when did you finish the HND?
Me: 2024 I think, not sure of the month
Mentor: and you want to stay in the charity sector?
Me: yes, a community sports charity ideally
Mentor: I finished my own placement last week, it was great

Connor Walsh — 07 28 91 34 60""",
        app("Connor", "Walsh", phone="+33728913460", bac=2, grad="2024", unknown=("graduation_recent",), language="en", status="b_en_chat_hnd_2024"),
    )),
    # Feature: english_genres — level — Highest qualification : Bachelor's degree (Licence), Sociology, 2026
    # genre: form field «Highest qualification : Bachelor's degree (Licence), Sociology, 2026» = bac+3 of 2026 → meets degree_level
    N("english_genres", "level", "Highest qualification : Bachelor's degree (Licence), Sociology, 2026", M(
        "Pro'pulse forms <formulaires@relay.example.com>", "New response to the form \"Apply\"", "17 11:22",
        """New response to the form "Apply"
Submitted on 17/11/2026 at 11:21

First name : Aroha
Last name : Tane
Email : aroha.tane@example.com
Phone : 06 45 19 82 37
Highest qualification : Bachelor's degree (Licence), Sociology, 2026
Current situation : [x] Looking for work  [ ] Internship  [ ] Civic service  [ ] Studying
Target sector : [x] Non-profit  [ ] Cooperative  [ ] Other
Your project : outreach worker in a homelessness charity

—
This message was sent automatically by the forms module.""",
        app("Aroha", "Tane", phone="+33645198237", bac=3, grad="2026", email="aroha.tane@example.com", forwarded_by="formulaires@relay.example.com", language="en", status="b_en_form_licence"),
    )),
    # Feature: english_genres — kind — Could you tell me whether the programme accepts applicants who live in Belgium
    # genre: an English question «Could you tell me whether the programme accepts applicants who live in Belgium» = no personal fact → kind question
    N("english_genres", "kind", "Could you tell me whether the programme accepts applicants who live in Belgium", M(
        "Liam Verhoeven <liam.verhoeven@example.com>", "Question about eligibility", "19 10:10",
        """Dear Pro'pulse team,

Could you tell me whether the programme accepts applicants who live in Belgium? I could travel to Lille for the sessions.

Kind regards,
Liam""",
        question("en"),
    )),
    # Feature: english_genres — kind — Your message to hana.sato@example.net could not be delivered
    # genre: an English bounce «Your message to hana.sato@example.net could not be delivered» = delivery failure → kind bounce
    N("english_genres", "kind", "Your message to hana.sato@example.net could not be delivered", M(
        "Mail Delivery Subsystem <postmaster@mx.example.net>", "Undeliverable: Re: Your application", "22 05:35",
        """Your message to hana.sato@example.net could not be delivered.

The recipient's mailbox is full.""",
        bounce("hana.sato@example.net"),
        bounce="Reporting-MTA: dns; mx.example.net\nFinal-Recipient: rfc822; hana.sato@example.net\nAction: failed\nStatus: 5.2.2",
    )),
]
