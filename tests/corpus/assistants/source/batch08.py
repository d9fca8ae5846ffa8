"""Assistants corpus, batch 08 (writer B): agent_on_behalf (an agent named Alba, «JobPilot», a career
agent, English agents "writing on behalf of": a licence pro of June 2025, «il vous précisera lui-même la
date», an end-of-master internship running, a Nigerian MSc of May 2025 with the agent's CV, nine years as a
bank teller, «elle vous précisera ses dates de fin de mission»; a calendar agent's cancellation), english_ai
(Irish, Australian, South African, Kenyan, Filipino, Nigerian writers: "I hope this email finds you well",
"Here's a polished version:", "[Your Phone Number]", "As a recent graduate" over a diploma of 2020, an
internship running, investment banking sought, "recently completed my studies in social sciences"; a
question on non-EU citizens), generated_other_mail (three referrals by partners' generated mail: a régie de
quartier's automatic orientation sheet, an employment network's AI summary with a service civique running,
an alumni platform's English introduction without a year; an AI-composed out-of-office, two bounces, two
generated newsletters, a prompt sent by mistake, a question listing generated FAQ items)."""
# ruff: noqa: E501

from __future__ import annotations

from assistants import N
from kit import CV, M, app, auto_reply, bounce, newsletter, other, question

MESSAGES = [
    # Feature: agent_on_behalf — level — Noémie est titulaire d'une licence professionnelle Animation sociale et socioculturelle
    # route: an AI agent named Alba writing in the third person for the applicant, her address given; the level and year in the agent's presentation → application (referral by the agent); licence pro June 2025, an association sought → eligible
    N("agent_on_behalf", "level", "Noémie est titulaire d'une licence professionnelle Animation sociale et socioculturelle", M(
        "Alba, agente IA <alba@agent-exemple.example.org>",
        "Candidature de Noémie Ranaivo au programme Pro'pulse",
        "02 07:30",
        """Bonjour,

Je suis Alba, l'agente IA de Noémie Ranaivo. Elle m'a chargée de vous transmettre sa candidature au programme Pro'pulse.

Noémie est titulaire d'une licence professionnelle Animation sociale et socioculturelle, obtenue en juin 2025 à l'Université de Bordeaux. Elle cherche un poste d'animatrice ou de coordinatrice dans une association de quartier.

Vous pouvez la joindre directement à noemie.ranaivo@example.org.

Cordialement,
Alba – agente IA de Noémie Ranaivo""",
        app("Noémie", "Ranaivo", phone=None, bac=3, grad="2025-06", email="noemie.ranaivo@example.org", forwarded_by="alba@agent-exemple.example.org", status="b_agent_alba_licence_pro"),
    )),
    # Feature: agent_on_behalf — graduation — Il vous précisera lui-même la date d'obtention de son diplôme
    # ambiguous: the agent knows the master but not its date and says so: graduation_recent stays open
    # route: «JobPilot», an automated application «envoyée au nom de» the person; the date left to the applicant → application (referral by the tool); date open → to verify
    N("agent_on_behalf", "graduation", "Il vous précisera lui-même la date d'obtention de son diplôme", M(
        "JobPilot <candidatures@jobpilot.example.org>",
        "Candidature envoyée par JobPilot au nom de Hakan Demirci",
        "03 06:15",
        """Bonjour,

Cette candidature est envoyée par JobPilot au nom de Hakan Demirci.

Profil : master Économie sociale et solidaire (Université Grenoble Alpes). Il vous précisera lui-même la date d'obtention de son diplôme.
Poste recherché : chargé de projets dans une coopérative ou une association.
Contact : hakan.demirci@example.org

Ce message a été généré automatiquement.""",
        app("Hakan", "Demirci", phone=None, bac=5, grad=None, unknown=("graduation_recent",), email="hakan.demirci@example.org", forwarded_by="candidatures@jobpilot.example.org", status="b_agent_jobpilot_date_precisera"),
    )),
    # Feature: agent_on_behalf — situation — Elle est actuellement en stage de fin de master à l'Adie jusqu'en mars 2027
    # route: a career agent writing «pour le compte de» the person; the end-of-master internship running → application (referral by the agent); internship running, studies not finished → fails not_internship and studies_finished → not eligible
    N("agent_on_behalf", "situation", "Elle est actuellement en stage de fin de master à l'Adie jusqu'en mars 2027", M(
        "Assistant carrière <assistant@carriere-ia.example.org>",
        "Candidature pour le compte de Fanja Ravelonarivo",
        "04 08:08",
        """Bonjour,

J'écris pour le compte de Fanja Ravelonarivo, qui souhaite rejoindre le programme Pro'pulse.

Elle est actuellement en stage de fin de master à l'Adie jusqu'en mars 2027 (master Microfinance et économie solidaire, Montpellier). Elle aimerait ensuite travailler dans la finance solidaire.

Coordonnées : fanja.ravelonarivo@example.org

Assistant carrière (agent IA)""",
        app("Fanja", "Ravelonarivo", phone=None, bac=5, grad=None, failing=("studies_finished", "not_internship"), email="fanja.ravelonarivo@example.org", forwarded_by="assistant@carriere-ia.example.org", status="b_agent_stage_fin_master_adie"),
    )),
    # Feature: agent_on_behalf — graduation — She completed an MSc in Public Health at the University of Ibadan in May 2025
    # route: an English AI assistant "writing on behalf of" the applicant, a CV it generated attached; the date in the second paragraph → application (English, referral by the agent); MSc May 2025, a social enterprise sought → eligible
    N("agent_on_behalf", "graduation", "She completed an MSc in Public Health at the University of Ibadan in May 2025", M(
        "Nova Assistant <nova@assistant-exemple.example.org>",
        "Application on behalf of Chidinma Okafor",
        "05 09:45",
        """Hello,

I'm an AI assistant writing on behalf of Chidinma Okafor, who would like to apply to the Pro'pulse programme.

She completed an MSc in Public Health at the University of Ibadan in May 2025 and has lived in Lyon since January. She is looking for a role in a social enterprise or a health association.

Her CV is attached. You can reach her at chidinma.okafor@example.org.

Best regards,
Nova (AI assistant for Chidinma Okafor)""",
        app("Chidinma", "Okafor", phone=None, bac=5, grad="2025-05", email="chidinma.okafor@example.org", forwarded_by="nova@assistant-exemple.example.org", language="en", status="b_agent_en_msc_ibadan"),
        cv=CV("pdf", "CV_Chidinma_Okafor.pdf", """Chidinma Okafor
Lyon, France – chidinma.okafor@example.org
Education
MSc Public Health, University of Ibadan – May 2025
BSc Microbiology, University of Nigeria, Nsukka – 2021
Experience
Community health volunteer, Ibadan – 2023-2024
Languages: English (native), French (B2), Igbo"""),
    )),
    # Feature: agent_on_behalf — career_change — He worked as a bank teller for nine years
    # route: an English AI assistant "on behalf of" the applicant; his nine years in a bank and a bachelor's of 2015 → application (English, referral); career before, old diploma → fails not_career_change and graduation_recent → not eligible
    N("agent_on_behalf", "career_change", "He worked as a bank teller for nine years", M(
        "Kai Assistant <kai@assistant-exemple.example.org>",
        "Pro'pulse application – Juan Miguel Santos",
        "06 10:30",
        """Dear Pro'pulse team,

I'm an AI assistant writing on behalf of Juan Miguel Santos. He holds a Bachelor of Science in Accountancy (2015, University of Santo Tomas, Manila). He worked as a bank teller for nine years before moving to Toulouse, and now wishes to change careers and join a cooperative or a fair-trade association.

Contact: juanmiguel.santos@example.org

Kind regards,
Kai""",
        app("Juan Miguel", "Santos", phone=None, bac=4, grad="2015", failing=("graduation_recent", "not_career_change"), email="juanmiguel.santos@example.org", forwarded_by="kai@assistant-exemple.example.org", language="en", status="b_agent_en_bank_teller"),
    )),
    # Feature: agent_on_behalf — situation — elle vous précisera ses dates de fin de mission
    # ambiguous: a service civique done «cette année» whose end the agent cannot give: running or over, not_service_civique stays open
    # route: an AI agent writing for the applicant; what the agent cannot know stays open → application (referral by the agent); service civique open → to verify
    N("agent_on_behalf", "situation", "elle vous précisera ses dates de fin de mission", M(
        "Assistant IA de Manon Lacroix <assistant.mlacroix@agent-exemple.example.org>",
        "Candidature Pro'pulse – Manon Lacroix",
        "07 07:55",
        """Bonjour,

Je suis l'assistant IA de Manon Lacroix. Manon est titulaire d'une licence de psychologie (juin 2025, Montpellier) et a fait cette année un service civique à Unis-Cité ; elle vous précisera ses dates de fin de mission. Elle souhaite travailler dans une association d'accompagnement des jeunes.

Vous pouvez lui écrire à manon.lacroix@example.org.

Assistant IA de Manon Lacroix""",
        app("Manon", "Lacroix", phone=None, bac=3, grad="2025-06", unknown=("not_service_civique",), email="manon.lacroix@example.org", forwarded_by="assistant.mlacroix@agent-exemple.example.org", status="b_agent_dates_service_civique"),
    )),
    # Feature: agent_on_behalf — kind — doit malheureusement annuler le rendez-vous
    # route: a calendar agent cancelling a partner's meeting, no applicant → other
    N("agent_on_behalf", "kind", "doit malheureusement annuler le rendez-vous", M(
        "Assistant d'agenda de Paul Girardin <agenda.pgirardin@assistant-exemple.example.org>",
        "Annulation : point partenariat Pro'pulse (jeudi 10 h)",
        "22 18:00",
        """Bonjour,

Je suis l'assistant IA qui gère l'agenda de Paul Girardin (France Active Bourgogne). Paul doit malheureusement annuler le rendez-vous de jeudi 10 h. Je vous proposerai de nouveaux créneaux dans la journée.

Message envoyé automatiquement par l'assistant d'agenda.""",
        other(),
    )),
    # Feature: english_ai — graduation — I graduated with a BA in Social Policy from University College Cork in June 2025
    # route: ChatGPT in English, «I hope this email finds you well» and stock enthusiasm; the real clause in the first paragraph → application (English); BA June 2025, a cooperative sought → eligible
    N("english_ai", "graduation", "I graduated with a BA in Social Policy from University College Cork in June 2025", M(
        "Ciarán Murphy <ciaran.murphy@example.org>",
        "Application to the Pro'pulse programme",
        "02 11:00",
        """Dear Pro'pulse team,

I hope this email finds you well. I graduated with a BA in Social Policy from University College Cork in June 2025 and have recently moved to Grenoble.

Passionate about community-led initiatives, I would love to work for a cooperative or a non-profit association in France, and I believe your programme would be the perfect stepping stone.

Thank you for considering my application.

Warm regards,
Ciarán Murphy""",
        app("Ciarán", "Murphy", phone=None, bac=3, grad="2025-06", language="en", status="b_en_ba_cork"),
    )),
    # Feature: english_ai — level — Bachelor of Community Development from RMIT University
    # route: Claude in English, sent with its preamble «Here's a polished version:»; the level and December 2025 in the draft → application (English); eligible
    N("english_ai", "level", "Bachelor of Community Development from RMIT University", M(
        "Matilda Hughes <matilda.hughes@example.org>",
        "Pro'pulse – application",
        "03 12:12",
        """Here's a polished version:

Dear Pro'pulse team,

I recently earned a Bachelor of Community Development from RMIT University (December 2025) and am now living in Lyon on a working holiday visa. I am eager to join a non-profit association working on social inclusion.

Kind regards,
Matilda Hughes""",
        app("Matilda", "Hughes", phone=None, bac=3, grad="2025-12", language="en", status="b_en_rmit_polished"),
    )),
    # Feature: english_ai — aim — a position with an NGO supporting refugee families
    # route: a Gemini draft with the slot «[Your Phone Number]» left, her facts filled, a CV attached → application (English); Honours December 2025, an NGO sought → eligible
    N("english_ai", "aim", "a position with an NGO supporting refugee families", M(
        "Thandiwe Nkosi <thandiwe.nkosi@example.org>",
        "Application – Thandiwe Nkosi",
        "04 16:05",
        """Dear Hiring Committee,

I hope this email finds you well. I am writing to express my interest in the Pro'pulse programme. I completed my Honours in Social Work at the University of Cape Town in December 2025 and I am seeking a position with an NGO supporting refugee families in Marseille.

Please find my CV attached.

Sincerely,
Thandiwe Nkosi
[Your Phone Number]""",
        app("Thandiwe", "Nkosi", phone=None, bac=4, grad="2025-12", language="en", status="b_en_slot_phone_honours"),
        cv=CV("docx", "Thandiwe_Nkosi_CV.docx", """Thandiwe Nkosi
Marseille – thandiwe.nkosi@example.org
Education
BSocSci Honours in Social Work, University of Cape Town – December 2025
Experience
Fieldwork placement, Cape Town refugee centre – 2025
Languages: English, isiZulu, French (B1)"""),
    )),
    # Feature: english_ai — graduation — Diploma in Business Management (2020)
    # route: ChatGPT in English, "As a recent graduate" over a diploma of 2020 → application (English); diploma older than 24 months → fails graduation_recent → not eligible
    N("english_ai", "graduation", "Diploma in Business Management (2020)", M(
        "Brian Otieno <brian.otieno@example.org>",
        "Pro'pulse Application",
        "05 18:30",
        """Dear Sir/Madam,

As a recent graduate passionate about social impact, I am excited to apply to the Pro'pulse programme. I hold a Diploma in Business Management (2020) from the Kenya Institute of Management, and I would like to work with a social enterprise in Paris.

Yours faithfully,
Brian Otieno""",
        app("Brian", "Otieno", phone=None, bac=2, grad="2020", failing=("graduation_recent",), language="en", status="b_en_recent_graduate_2020"),
    )),
    # Feature: english_ai — situation — I am currently completing my internship at an NGO in Lyon until February 2027
    # route: ChatGPT in English, a full letter; the internship running in the second paragraph → application (English); fails not_internship → not eligible
    N("english_ai", "situation", "I am currently completing my internship at an NGO in Lyon until February 2027", M(
        "Maria Clarissa Reyes <clarissa.reyes@example.org>",
        "Application – Maria Clarissa Reyes",
        "06 09:20",
        """Dear Pro'pulse team,

I hope this email finds you well.

I hold a Master's in Development Studies from Ateneo de Manila University (2025). I am currently completing my internship at an NGO in Lyon until February 2027, and I would love your support to find a job in the social economy afterwards.

Best regards,
Maria Clarissa Reyes""",
        app("Maria Clarissa", "Reyes", phone=None, bac=5, grad="2025", failing=("not_internship",), language="en", status="b_en_internship_lyon"),
    )),
    # Feature: english_ai — aim — seeking a position in investment banking or corporate finance
    # route: Claude in English, a polished letter; the aim names investment banking → application (English); no ESS job sought → fails job_seeking_ess → not eligible
    N("english_ai", "aim", "seeking a position in investment banking or corporate finance", M(
        "Tobenna Eze <tobenna.eze@example.org>",
        "Application – Tobenna Eze, MSc Finance",
        "07 13:40",
        """Dear Pro'pulse team,

I hope this email finds you well. I earned an MSc in Finance from Lagos Business School in October 2025 and have just moved to Paris. I am seeking a position in investment banking or corporate finance, and I would appreciate any guidance your programme can offer.

Kind regards,
Tobenna Eze""",
        app("Tobenna", "Eze", phone=None, bac=5, grad="2025-10", failing=("job_seeking_ess",), language="en", status="b_en_investment_banking"),
    )),
    # Feature: english_ai — level — I recently completed my studies in social sciences at Trinity College Dublin
    # ambiguous: "completed my studies in social sciences" in 2026 names no degree (a diploma, a BA, a master's): degree_level stays open
    # route: ChatGPT in English, stock enthusiasm; the level generalised to "studies" → application (English); level open → to verify
    N("english_ai", "level", "I recently completed my studies in social sciences at Trinity College Dublin", M(
        "Siobhán Gallagher <siobhan.gallagher@example.org>",
        "Pro'pulse programme – application",
        "08 10:10",
        """Dear Pro'pulse team,

I recently completed my studies in social sciences at Trinity College Dublin (2026) and I am passionate about building a career in the social and solidarity economy, ideally with a cooperative in Bordeaux.

I look forward to hearing from you.

Best wishes,
Siobhán Gallagher""",
        app("Siobhán", "Gallagher", phone=None, bac="*", grad="2026", unknown=("degree_level",), language="en", status="b_en_studies_social_sciences"),
    )),
    # Feature: english_ai — kind — whether the programme is open to non-EU citizens
    # route: ChatGPT in English, a polished question with no fact of the writer → question
    N("english_ai", "kind", "whether the programme is open to non-EU citizens", M(
        "Grace Wanjiku <grace.wanjiku@example.org>",
        "Question about eligibility",
        "09 14:50",
        """Dear Pro'pulse team,

I hope this email finds you well. Could you kindly let me know whether the programme is open to non-EU citizens, and whether the workshops are offered in English?

Thank you in advance.
Grace Wanjiku""",
        question(language="en"),
    )),
    # Feature: generated_other_mail — level — Diplôme : Licence professionnelle Gestion des organisations de l'ESS
    # route: a régie de quartier's CRM sends an automatically generated orientation sheet for a beneficiary → application (referral by the partner); licence pro 2025, an association sought → eligible
    N("generated_other_mail", "level", "Diplôme : Licence professionnelle Gestion des organisations de l'ESS", M(
        "Régie de quartier Nord <orientation@regie-nord.example.org>",
        "Fiche d'orientation – Faïza Said Omar",
        "02 10:00",
        """Fiche d'orientation générée automatiquement

Bénéficiaire : Faïza Said Omar
Courriel : faiza.saidomar@example.org
Diplôme : Licence professionnelle Gestion des organisations de l'ESS
Date d'obtention : septembre 2025
Projet : emploi dans une association ou une entreprise d'insertion (Montpellier)
Conseillère référente : Sophie Blanc

Ce document a été généré automatiquement par notre outil de suivi.""",
        app("Faïza", "Said Omar", phone=None, bac=3, grad="2025-09", email="faiza.saidomar@example.org", forwarded_by="orientation@regie-nord.example.org", status="b_gen_fiche_orientation_regie"),
    )),
    # Feature: generated_other_mail — situation — Service civique en cours jusqu'en juin 2027
    # route: an employment network's mail with an AI-generated summary of the person → application (referral by the partner); service civique running → fails not_service_civique → not eligible
    N("generated_other_mail", "situation", "Service civique en cours jusqu'en juin 2027", M(
        "Réseau Emploi Solidaire <contact@reseau-emploi-solidaire.example.org>",
        "Orientation vers Pro'pulse – Lucas Hamelin",
        "03 15:30",
        """Bonjour,

Nous vous orientons Lucas Hamelin. Voici la synthèse générée par notre assistant IA :

- Formation : master Sociologie, Université de Rouen (2025)
- Service civique en cours jusqu'en juin 2027 (Ligue de l'enseignement)
- Projet : emploi dans l'éducation populaire

Contact : lucas.hamelin@example.org

L'équipe du Réseau Emploi Solidaire""",
        app("Lucas", "Hamelin", phone=None, bac=5, grad="2025", failing=("not_service_civique",), email="lucas.hamelin@example.org", forwarded_by="contact@reseau-emploi-solidaire.example.org", status="b_gen_synthese_ia_service_civique"),
    )),
    # Feature: generated_other_mail — graduation — Amara holds a degree in Sociology from the University of Lagos
    # ambiguous: the platform's generated introduction gives the degree but no year: graduation_recent stays open
    # route: an alumni platform's generated introduction in English → application (English, referral by the platform); date open → to verify
    N("generated_other_mail", "graduation", "Amara holds a degree in Sociology from the University of Lagos", M(
        "GlobalAlumni Connect <intros@globalalumni.example.org>",
        "Introduction: Amara Nwosu × Pro'pulse",
        "04 09:00",
        """Hi Pro'pulse team,

This introduction was generated by GlobalAlumni Connect.

Amara holds a degree in Sociology from the University of Lagos and is now based in Lille. She is looking for a job in a non-profit or a social enterprise and would like to join your programme.

Reach Amara at amara.nwosu@example.org.

— GlobalAlumni Connect (automated introduction)""",
        app("Amara", "Nwosu", phone=None, bac=4, grad=None, unknown=("graduation_recent",), email="amara.nwosu@example.org", forwarded_by="intros@globalalumni.example.org", language="en", status="b_gen_en_alumni_intro"),
    )),
    # Feature: generated_other_mail — kind — Mon assistant IA, Max, traitera les demandes simples
    # route: an out-of-office composed by an assistant, sent automatically (Auto-Submitted) → auto_reply
    N("generated_other_mail", "kind", "Mon assistant IA, Max, traitera les demandes simples", M(
        "Coralie Besson <coralie.besson@cooperative-exemple.example.org>",
        "Réponse automatique : Pro'pulse",
        "25 12:00",
        """Bonjour,

Je suis en déplacement jusqu'au 30 novembre. Mon assistant IA, Max, traitera les demandes simples ; pour le reste, je vous répondrai dès mon retour.

Coralie Besson
Coopérative d'activité et d'emploi""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: generated_other_mail — kind — The email account that you tried to reach does not exist
    # route: a mail server's delivery report, our mail to an applicant returned (multipart/report) → bounce
    N("generated_other_mail", "kind", "The email account that you tried to reach does not exist", M(
        "Mail Delivery Subsystem <mailer-daemon@googlemail.example.com>",
        "Delivery Status Notification (Failure)",
        "20 10:05",
        """Address not found

Your message wasn't delivered to hoby.randria@example.org because the address couldn't be found. The email account that you tried to reach does not exist.""",
        bounce("hoby.randria@example.org"),
        bounce="Reporting-MTA: dns; googlemail.example.com\n\nFinal-Recipient: rfc822; hoby.randria@example.org\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 The email account that you tried to reach does not exist",
    )),
    # Feature: generated_other_mail — kind — Message rejeté : classé comme envoi en masse
    # route: a filtering gateway's report, our mail to a participant rejected as bulk (multipart/report) → bounce
    N("generated_other_mail", "kind", "Message rejeté : classé comme envoi en masse", M(
        "MAILER-DAEMON <mailer-daemon@mx.filtre-exemple.example.org>",
        "Non remis : Votre candidature à Pro'pulse",
        "21 14:30",
        """Votre message n'a pas pu être remis à thomas.gillet@example.org.

Message rejeté : classé comme envoi en masse par la politique de filtrage du destinataire.""",
        bounce("thomas.gillet@example.org"),
        bounce="Reporting-MTA: dns; mx.filtre-exemple.example.org\n\nFinal-Recipient: rfc822; thomas.gillet@example.org\nAction: failed\nStatus: 5.7.1\nDiagnostic-Code: smtp; 550 5.7.1 Message rejected: bulk mail policy",
    )),
    # Feature: generated_other_mail — kind — Ce contenu a été rédigé avec l'assistant de contenu
    # route: a youth-network newsletter written with Mailchimp's content assistant (List-Unsubscribe, Precedence: bulk) → newsletter
    N("generated_other_mail", "kind", "Ce contenu a été rédigé avec l'assistant de contenu", M(
        "Jeunes & Solidaires <news@jeunes-solidaires.example.org>",
        "✨ Vos actus solidaires de novembre",
        "14 08:00",
        """✨ Vos actus solidaires de novembre

Ce mois-ci, découvrez trois portraits inspirants de jeunes engagés, notre sélection d'offres d'emploi dans l'ESS et les dates de nos prochains cafés-rencontres.

Ce contenu a été rédigé avec l'assistant de contenu de Mailchimp.

Se désinscrire | Mettre à jour vos préférences""",
        newsletter(),
        headers={"List-Unsubscribe": "<https://jeunes-solidaires.example.org/unsubscribe>", "Precedence": "bulk"},
    )),
    # Feature: generated_other_mail — kind — Résumé généré par IA de notre veille hebdomadaire
    # route: a federation's weekly watch with an AI-generated summary (List-Unsubscribe, Precedence: bulk) → newsletter
    N("generated_other_mail", "kind", "Résumé généré par IA de notre veille hebdomadaire", M(
        "Fédération des tiers-lieux <veille@tiers-lieux-federation.example.org>",
        "Veille hebdo n° 47",
        "19 07:15",
        """Résumé généré par IA de notre veille hebdomadaire :

1. Le budget 2027 de l'ESS en débat au Parlement.
2. Appel à projets « Tiers-lieux nourriciers » ouvert jusqu'au 15 janvier.
3. Trois offres d'emploi de coordinateur·rice publiées cette semaine.

Pour ne plus recevoir cette veille, cliquez ici.""",
        newsletter(),
        headers={"List-Unsubscribe": "<mailto:veille-stop@tiers-lieux-federation.example.org>", "Precedence": "bulk"},
    )),
    # Feature: generated_other_mail — kind — Tu es un expert en recrutement
    # route: a prompt sent by mistake with nothing else, no fact to judge → other
    N("generated_other_mail", "kind", "Tu es un expert en recrutement", M(
        "Kelly Ramanantsoa <kelly.ramanantsoa@example.org>",
        "(sans objet)",
        "10 23:48",
        """Tu es un expert en recrutement. Rédige une lettre de motivation convaincante pour un programme d'accompagnement vers l'emploi, en 200 mots, avec un ton chaleureux.""",
        other(),
    )),
    # Feature: generated_other_mail — kind — Quelles sont les conditions d'éligibilité
    # route: a list of FAQ questions generated by an assistant and sent as they stand, no fact of the writer → question
    N("generated_other_mail", "kind", "Quelles sont les conditions d'éligibilité", M(
        "Nassim Aubert <nassim.aubert@example.org>",
        "Questions sur Pro'pulse",
        "11 20:20",
        """Bonjour,

Voici mes questions :
1. Quelles sont les conditions d'éligibilité ?
2. Combien de temps dure l'accompagnement ?
3. Le programme est-il gratuit ?
4. Peut-on le suivre à distance ?

Merci d'avance.""",
        question(),
    )),
]
