"""Disciplines corpus, batch 08 (writer B): vocational_routes (a titre professionnel CIP of niveau 5 from the
AFPA of Brest, a CAP then a bac pro then a BTS SP3S in apprenticeship, a titre professionnel with no level
said, a VAE after fifteen years as a forklift driver, an apprenticeship at a CFA over, a service civique begun
in the spring; a question), english_disciplines (a Filipino BSN, a Nigerian LLB of 2021, a PhD before its viva
at Trinity College Dublin, a Kenyan BA of 2024, an Australian BEng for a housing not-for-profit, an Irish PGCE
placement, a South African MSW; a question in English), disciplines_other_mail (a careers adviser's, a CFA
tutor's and a Nigerian father's referrals; a reply in our thread, an auto-reply, a bounce, a job board by
field, a CFA's partnership request, an employer's question, a careers office's question)."""
# ruff: noqa: E501

from __future__ import annotations

from disciplines import N
from kit import CV, M, app, auto_reply, bounce, newsletter, other, question, reply

MESSAGES = [
    # Feature: vocational_routes — level — titre professionnel de conseillère en insertion professionnelle, niveau 5
    # route: vocational, the titre professionnel CIP (RNCP niveau 5 = bac+2) of October 2025 at the AFPA of Brest, a structure d'insertion sought → application; bac+2 of 2025, ESS aim → eligible
    N("vocational_routes", "level", "titre professionnel de conseillère en insertion professionnelle, niveau 5", M(
        "Nadège Cadiou <nadege.cadiou@example.org>",
        "Candidature – CIP",
        "02 10:40",
        """Bonjour,

J'ai obtenu en octobre 2025 le titre professionnel de conseillère en insertion professionnelle, niveau 5, à l'AFPA de Brest. Je cherche un poste de CIP dans un atelier et chantier d'insertion ou une entreprise d'insertion.

Nadège Cadiou
06 80 12 63 47""",
        app("Nadège", "Cadiou", phone="+33680126347", bac=2, grad="2025-10", status="b_vr_titre_cip_afpa_brest"),
    )),
    # Feature: vocational_routes — level — un BTS SP3S en apprentissage
    # route: vocational, a CAP, then a bac pro ASSP, then «un BTS SP3S en apprentissage» (bac+2) of June 2026, the highest diploma counting, a social housing association sought → application; bac+2 of 2026, ESS aim → eligible
    N("vocational_routes", "level", "un BTS SP3S en apprentissage", M(
        "Kelly Bélizaire <kelly.belizaire@example.org>",
        "Candidature",
        "03 13:22",
        """Bonjour,

J'ai commencé par un CAP accompagnant éducatif petite enfance, puis un bac pro ASSP, et j'ai terminé par un BTS SP3S en apprentissage au CFA de Pointe-à-Pitre, obtenu en juin 2026. Je voudrais travailler dans une association de logement accompagné ou une pension de famille.

Kelly Bélizaire""",
        app("Kelly", "Bélizaire", phone=None, bac=2, grad="2026-06", status="b_vr_cap_bac_pro_bts_guadeloupe"),
    )),
    # Feature: vocational_routes — level — titre professionnel d'assistante ressources humaines
    # ambiguous: the titre professionnel is named without its RNCP level, and the mail gives none: the level stays open as the grid says
    # route: vocational, a «titre professionnel d'assistante ressources humaines» of June 2025 from a GRETA in Grenoble, no level said, an association's HR sought → application; level open → to verify
    N("vocational_routes", "level", "titre professionnel d'assistante ressources humaines", M(
        "Sevgi Öztürk <sevgi.ozturk@example.org>",
        "Demande d'accompagnement",
        "04 09:09",
        """Bonjour,

J'ai obtenu en juin 2025 le titre professionnel d'assistante ressources humaines au GRETA de Grenoble. Je cherche un poste en RH dans une association ou une fédération du secteur médico-social.

Sevgi Öztürk""",
        app("Sevgi", "Öztürk", phone=None, bac=None, grad="2025-06", unknown=("degree_level",), status="b_vr_titre_rh_sans_niveau_grenoble"),
    )),
    # Feature: vocational_routes — career_change — après quinze ans comme cariste
    # route: vocational, a DEES (bac+3) by VAE, jury of March 2026, «après quinze ans comme cariste», said as a change of trade → application; a career change → fails not_career_change → not eligible
    N("vocational_routes", "career_change", "après quinze ans comme cariste", M(
        "Patrice Moutoussamy <patrice.moutoussamy@example.org>",
        "VAE éducateur – candidature",
        "05 18:30",
        """Bonjour,

Après quinze ans comme cariste dans un entrepôt, j'ai voulu changer de métier. Grâce à mon bénévolat dans un foyer, j'ai obtenu le DEES par la VAE : le jury a validé mon dossier en mars 2026. Je cherche un premier poste d'éducateur dans une association de protection de l'enfance.

Patrice Moutoussamy""",
        app("Patrice", "Moutoussamy", phone=None, bac=3, grad="2026-03", failing=("not_career_change",), status="b_vr_vae_dees_cariste_reunion"),
    )),
    # Feature: vocational_routes — studies_finished — ma formation au CFA est terminée depuis juillet
    # route: vocational, the titre professionnel gestionnaire de paie (niveau 5 = bac+2) in apprenticeship, «ma formation au CFA est terminée depuis juillet» 2026, a mutuelle's payroll sought → application; studies over, bac+2 of 2026, ESS aim → eligible
    N("vocational_routes", "studies_finished", "ma formation au CFA est terminée depuis juillet", M(
        "Dorian Lefèvre <dorian.lefevre@example.org>",
        "Candidature Pro'pulse",
        "06 11:56",
        """Bonjour,

J'ai préparé le titre professionnel gestionnaire de paie (niveau 5) en apprentissage ; ma formation au CFA est terminée depuis juillet 2026 et j'ai obtenu le titre à la session d'examen de fin juin. Je cherche un poste au service paie d'une mutuelle ou d'une grosse association.

Dorian Lefèvre""",
        app("Dorian", "Lefèvre", phone=None, bac=2, grad="2026-06", status="b_vr_titre_paie_cfa_rouen"),
    )),
    # Feature: vocational_routes — situation — je fais un service civique depuis le printemps
    # ambiguous: a service civique begun «depuis le printemps» lasts six to twelve months: it may have ended in the autumn or run into 2027, the end is not told
    # route: vocational, a titre professionnel chargé de projets (niveau 6 = bac+3) of 2026, «je fais un service civique depuis le printemps» with no end → application; service civique open → to verify
    N("vocational_routes", "situation", "je fais un service civique depuis le printemps", M(
        "Ando Rajaonarison <ando.rajaonarison@example.org>",
        "Candidature",
        "07 15:14",
        """Bonjour,

J'ai obtenu en février 2026 le titre professionnel de responsable de projets (niveau 6) après une formation à l'AFPA de Montpellier, et je fais un service civique depuis le printemps dans une régie de quartier. J'aimerais y être embauché ou trouver un poste équivalent dans une structure d'insertion.

Ando Rajaonarison""",
        app("Ando", "Rajaonarison", phone=None, bac=3, grad="2026-02", unknown=("not_service_civique",), status="b_vr_service_civique_printemps_montpellier"),
    )),
    # Feature: vocational_routes — kind — une formation qualifiante sans diplôme
    # route: a general question on whether a formation qualifiante with no diploma counts, no fact of the writer's own → question
    N("vocational_routes", "kind", "une formation qualifiante sans diplôme", M(
        "Hakim Saïdi <hakim.saidi@example.org>",
        "Question",
        "08 10:02",
        """Bonjour,

Est-ce qu'une formation qualifiante sans diplôme, par exemple à l'AFPA, peut suffire pour rejoindre Pro'pulse ? Et les titres professionnels de niveau 4, sont-ils acceptés ?

Merci beaucoup.""",
        question(),
    )),
    # Feature: english_disciplines — level — Bachelor of Science in Nursing (BSN)
    # route: nursing in English, a Filipino nurse's «Bachelor of Science in Nursing (BSN)» (bac+3) of April 2025 from the University of Santo Tomas, a community health non-profit sought → application (en); bac+3 of 2025, ESS aim → eligible
    N("english_disciplines", "level", "Bachelor of Science in Nursing (BSN)", M(
        "Maricel Dela Cruz <maricel.delacruz@example.org>",
        "Application – nurse graduate",
        "09 08:12",
        """Good morning,

I earned my Bachelor of Science in Nursing (BSN) from the University of Santo Tomas in Manila in April 2025, and I moved to Bordeaux with my husband this year. While my diploma recognition is in progress, I would like to work for a non-profit in community health or health mediation with migrants.

I attach my CV. Thank you for considering my application.

Maricel Dela Cruz""",
        app("Maricel", "Dela Cruz", phone=None, bac=3, grad="2025-04", language="en", status="b_ed_bsn_philippines_bordeaux"),
        cv=CV("pdf", "Maricel_Dela_Cruz_CV.pdf", """Maricel Dela Cruz, RN
Bachelor of Science in Nursing, University of Santo Tomas, Manila (2021–2025)
Clinical rotations: community health, paediatrics, emergency
Volunteer: barangay health centre, Quezon City
Languages: English, Tagalog, French (A2)"""),
    )),
    # Feature: english_disciplines — graduation — my LLB from the University of Lagos in 2021
    # route: law in English, a Nigerian graduate, «my LLB from the University of Lagos in 2021» (bac+3), a human rights NGO sought → application (en); a degree of 2021 → fails graduation_recent → not eligible
    N("english_disciplines", "graduation", "my LLB from the University of Lagos in 2021", M(
        "Chukwuemeka Okafor <chukwuemeka.okafor@example.org>",
        "Application",
        "10 12:37",
        """Dear Sir or Madam,

I obtained my LLB from the University of Lagos in 2021 and, after that law degree, was called to the Nigerian Bar in 2022. I now live in Lyon's suburbs with my family and would like to work in a human rights NGO or a legal aid association.

Yours faithfully,
Chukwuemeka Okafor""",
        app("Chukwuemeka", "Okafor", phone=None, bac=3, grad="2021", failing=("graduation_recent",), language="en", status="b_ed_llb_lagos_2021"),
    )),
    # Feature: english_disciplines — studies_finished — my viva is scheduled for March 2027
    # route: doctorate in English, an Irish PhD candidate at Trinity College Dublin, «my viva is scheduled for March 2027» → application (en); PhD not defended → fails studies_finished → not eligible
    N("english_disciplines", "studies_finished", "my viva is scheduled for March 2027", M(
        "Siobhán Ní Bhriain <siobhan.nibhriain@example.org>",
        "Pro'pulse application – PhD candidate",
        "11 16:48",
        """Hello,

I'm in the final year of a PhD in sociology at Trinity College Dublin, currently writing up from Rennes where my partner works; my viva is scheduled for March 2027. I'd like to leave academia and work for a co-operative or a community organisation in France.

Best wishes,
Siobhán Ní Bhriain""",
        app("Siobhán", "Ní Bhriain", phone=None, bac="*", grad=None, failing=("studies_finished",), language="en", status="b_ed_phd_viva_tcd"),
    )),
    # Feature: english_disciplines — graduation — BA in Community Development, 2024
    # ambiguous: «BA in Community Development, 2024» gives the year alone, and Kenyan universities confer degrees in several ceremonies a year: the date stays open
    # route: social sciences in English, a Kenyan graduate's «BA in Community Development, 2024» (bac+3) with no month, a development NGO sought → application (en); graduation open → to verify
    N("english_disciplines", "graduation", "BA in Community Development, 2024", M(
        "Achieng Otieno <achieng.otieno@example.org>",
        "Application for coaching",
        "12 10:25",
        """Hi Pro'pulse team,

My name is Achieng, I am from Kisumu and I am now in Montpellier on a family visa. Education: BA in Community Development, 2024, Kenyatta University (a three-year degree). I would love to work with a non-profit or a social enterprise supporting women's cooperatives.

Thank you,
Achieng Otieno""",
        app("Achieng", "Otieno", phone=None, bac=3, grad="2024", unknown=("graduation_recent",), language="en", status="b_ed_ba_kenya_2024"),
    )),
    # Feature: english_disciplines — aim — a not-for-profit that builds social housing
    # route: engineering in English, an Australian BEng (Hons) (bac+3) of December 2025 from the University of Melbourne, the aim «a not-for-profit that builds social housing» → application (en); bac+3 of 2025, ESS aim → eligible
    N("english_disciplines", "aim", "a not-for-profit that builds social housing", M(
        "Liam Fitzgerald <liam.fitzgerald@example.org>",
        "Application – young engineer",
        "13 19:02",
        """G'day,

I finished my BEng (Hons) in Civil Engineering at the University of Melbourne in December 2025 and I'm in Grenoble on a working holiday visa. I'd like my first real job to be with a not-for-profit that builds social housing or renovates homes for low-income families.

Cheers,
Liam Fitzgerald""",
        app("Liam", "Fitzgerald", phone=None, bac=3, grad="2025-12", language="en", status="b_ed_beng_melbourne"),
    )),
    # Feature: english_disciplines — situation — I'm on my PGCE school placement until June 2027
    # route: teacher training in English, an Irish trainee, «I'm on my PGCE school placement until June 2027» in a lycée in Besançon → application (en); placement and training running → fails not_internship and studies_finished → not eligible
    N("english_disciplines", "situation", "I'm on my PGCE school placement until June 2027", M(
        "Aoife Brennan <aoife.brennan@example.org>",
        "Question about applying",
        "14 11:33",
        """Hello,

I have a BA in French and History from University College Cork (2025), and I'm doing a PGCE in Modern Languages with a UK university: I'm on my PGCE school placement until June 2027, teaching English in a lycée in Besançon. After that I want to work in youth work for a charity rather than in schools. Can I join your programme now?

Aoife Brennan""",
        app("Aoife", "Brennan", phone=None, bac="*", grad=None, failing=("not_internship", "studies_finished"), language="en", status="b_ed_pgce_placement_besancon"),
    )),
    # Feature: english_disciplines — graduation — my Master of Social Work was conferred in April 2026
    # route: social work in English, a South African «Master of Social Work was conferred in April 2026» (bac+5) by Stellenbosch University, a child welfare charity sought → application (en); bac+5 of 2026, ESS aim → eligible
    N("english_disciplines", "graduation", "my Master of Social Work was conferred in April 2026", M(
        "Thandiwe Nkosi <thandiwe.nkosi@example.org>",
        "Application – social worker",
        "15 09:44",
        """Dear team,

My Master of Social Work was conferred in April 2026 by Stellenbosch University. I have since moved to Dijon, where I am learning French and having the degree recognised, and I hope to work for a child welfare charity or an association supporting unaccompanied minors.

Kind regards,
Thandiwe Nkosi""",
        app("Thandiwe", "Nkosi", phone=None, bac=5, grad="2026-04", language="en", status="b_ed_msw_stellenbosch_dijon"),
    )),
    # Feature: english_disciplines — kind — does a foreign degree count
    # route: a general question in English on foreign degrees, no fact of the writer's own → question (en)
    N("english_disciplines", "kind", "does a foreign degree count", M(
        "Grace Mwangi <grace.mwangi@example.org>",
        "Question about eligibility",
        "16 13:05",
        """Hello,

Quick question: does a foreign degree count for your programme, for example an HND or an associate degree from outside France? And do I need to have it officially recognised first?

Thank you.""",
        question(language="en"),
    )),
    # Feature: disciplines_other_mail — aim — la coordination de projets dans l'ESS
    # route: a university careers adviser in Bordeaux presenting a student with her licence pro of June 2026 and her aim «la coordination de projets dans l'ESS» → application referred (forwarded_by the adviser); bac+3 of 2026, ESS aim → eligible
    N("disciplines_other_mail", "aim", "la coordination de projets dans l'ESS", M(
        "Sandrine Ribeiro – Service insertion <s.ribeiro@u-bordeaux.example.org>",
        "Orientation d'une diplômée – Mme Ramdani",
        "17 10:20",
        """Bonjour,

Je vous oriente Mme Inès Ramdani, diplômée en juin 2026 (promotion 2025-2026) de notre licence professionnelle coordination de projets de développement social et culturel. Elle vise la coordination de projets dans l'ESS (centres sociaux, associations culturelles) et serait très intéressée par votre accompagnement.

Son adresse : ines.ramdani@example.org.

Bien cordialement,
Sandrine Ribeiro, chargée d'insertion professionnelle, université de Bordeaux""",
        app("Inès", "Ramdani", phone=None, bac=3, grad="2026-06", email="ines.ramdani@example.org", forwarded_by="s.ribeiro@u-bordeaux.example.org", status="b_om_conseillere_insertion_bordeaux"),
    )),
    # Feature: disciplines_other_mail — studies_finished — sa formation se termine en juin 2027
    # route: a CFA tutor presenting an apprentice in BTS ESF whose «formation se termine en juin 2027» → application referred (forwarded_by the tutor); studies running → fails studies_finished → not eligible
    N("disciplines_other_mail", "studies_finished", "sa formation se termine en juin 2027", M(
        "Olivier Granger <o.granger@cfa-sanitaire-social.example.org>",
        "Une apprentie intéressée par Pro'pulse",
        "18 14:55",
        """Bonjour,

Je suis le tuteur pédagogique de Lydia Mbemba, apprentie de la promotion 2025-2027 en BTS ESF dans notre CFA de Clermont-Ferrand ; sa formation se termine en juin 2027. Elle souhaite travailler ensuite dans une épicerie solidaire et m'a demandé de vous contacter.

Son mail : lydia.mbemba@example.org

Olivier Granger""",
        app("Lydia", "Mbemba", phone=None, bac="*", grad=None, email="lydia.mbemba@example.org", forwarded_by="o.granger@cfa-sanitaire-social.example.org", failing=("studies_finished",), status="b_om_tuteur_cfa_bts_esf_clermont"),
    )),
    # Feature: disciplines_other_mail — graduation — he completed his HND in Business Administration
    # ambiguous: the father gives no year for the HND: the date stays open
    # route: a Nigerian father writing in English for his son, «he completed his HND in Business Administration» (bac+2) at Yaba College of Technology with no date, a co-operative sought → application referred (forwarded_by the father, en); graduation open → to verify
    N("disciplines_other_mail", "graduation", "he completed his HND in Business Administration", M(
        "Emmanuel Adeyemi <emmanuel.adeyemi@example.org>",
        "My son Tobi – Pro'pulse",
        "19 20:10",
        """Good evening,

I am writing on behalf of my son, Tobi Adeyemi, who joined me in Rouen this year. He completed his HND in Business Administration at Yaba College of Technology in Lagos and would like to work in a co-operative or a social enterprise here. His email is tobi.adeyemi@example.org.

Thank you for your help,
Emmanuel Adeyemi""",
        app("Tobi", "Adeyemi", phone=None, bac=2, grad=None, email="tobi.adeyemi@example.org", forwarded_by="emmanuel.adeyemi@example.org", unknown=("graduation_recent",), language="en", status="b_om_pere_hnd_rouen"),
    )),
    # Feature: disciplines_other_mail — kind — je vous confirme le rendez-vous de lundi
    # route: an applicant answering in our thread to confirm an appointment (In-Reply-To our mail) → reply
    N("disciplines_other_mail", "kind", "je vous confirme le rendez-vous de lundi", M(
        "Chloé Marty <chloe.marty@example.org>",
        "Re: Premier entretien Pro'pulse",
        "20 08:48",
        """Bonjour,

Je vous confirme le rendez-vous de lundi à 10h en visio. Je vous enverrai mon relevé de notes du DNMADE d'ici là.

Bonne journée,
Chloé

Le 19/11/2026 à 16:05, Pro'pulse a écrit :
> Pouvons-nous fixer un premier entretien lundi 23 novembre à 10h ?""",
        reply(),
        headers={"In-Reply-To": "<entretien-1911.cm@animafac.net>", "References": "<entretien-1911.cm@animafac.net>"},
    )),
    # Feature: disciplines_other_mail — kind — Je suis absente du service des relations entreprises
    # route: a school's corporate relations officer's out-of-office (Auto-Submitted) → auto_reply
    N("disciplines_other_mail", "kind", "Je suis absente du service des relations entreprises", M(
        "Karine Thébault <k.thebault@esc-clermont.example.org>",
        "Absente : Partenariat Pro'pulse",
        "21 09:00",
        """Bonjour,

Je suis absente du service des relations entreprises jusqu'au 30 novembre. Pour les offres de stage et d'alternance, merci d'écrire à entreprises@esc-clermont.example.org.

Karine Thébault""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: disciplines_other_mail — kind — Delivery to the following recipient failed permanently
    # route: a delivery report of our answer to a student address closed after graduation (multipart/report) → bounce
    N("disciplines_other_mail", "kind", "Delivery to the following recipient failed permanently", M(
        "Mail Delivery Subsystem <mailer-daemon@etu.univ-brest.example.org>",
        "Delivery Status Notification (Failure)",
        "22 11:31",
        """Delivery to the following recipient failed permanently:

     gwendal.le-goff@etu.univ-brest.example.org

The account has been disabled or discontinued after the end of studies.""",
        bounce("gwendal.le-goff@etu.univ-brest.example.org"),
        bounce="Reporting-MTA: dns; etu.univ-brest.example.org\n\nFinal-Recipient: rfc822; gwendal.le-goff@etu.univ-brest.example.org\nAction: failed\nStatus: 5.2.1\nDiagnostic-Code: smtp; 550 5.2.1 The email account that you tried to reach is disabled",
    )),
    # Feature: disciplines_other_mail — kind — Les offres de la semaine dans le médico-social
    # route: a job board by field's weekly letter (List-Unsubscribe, Precedence: bulk) → newsletter
    N("disciplines_other_mail", "kind", "Les offres de la semaine dans le médico-social", M(
        "Emplois Social & Médico-social <alertes@emplois-medicosocial.example.org>",
        "Les offres de la semaine dans le médico-social – Occitanie",
        "23 07:00",
        """Les offres de la semaine dans le médico-social

• Éducateur·rice spécialisé·e – MECS associative, Nîmes (CDI)
• Infirmier·e – SSIAD, Sète (CDI)
• Moniteur·rice-éducateur·rice – foyer de vie, Lodève (CDD)

Modifier mes alertes · Se désinscrire""",
        newsletter(),
        headers={"List-Unsubscribe": "<https://emplois-medicosocial.example.org/alertes/stop>", "Precedence": "bulk"},
    )),
    # Feature: disciplines_other_mail — kind — un partenariat avec notre CFA
    # route: a CFA's director proposing a partnership to present the programme to its apprentices, no applicant → other
    N("disciplines_other_mail", "kind", "un partenariat avec notre CFA", M(
        "Direction CFA des métiers de l'animation <direction@cfa-animation-aura.example.org>",
        "Proposition de partenariat",
        "23 15:20",
        """Bonjour,

Nous formons chaque année une soixantaine d'apprentis en BPJEPS et DEJEPS. Nous aimerions étudier un partenariat avec notre CFA pour présenter Pro'pulse à nos sortants, par exemple lors de notre journée de fin de formation en juin.

Bien cordialement,
La direction du CFA""",
        other(),
    )),
    # Feature: disciplines_other_mail — kind — nous aimerions recruter deux jeunes diplômés
    # route: an employer (an association of home care) asking how to reach the programme's graduates for two posts, no applicant → other
    N("disciplines_other_mail", "kind", "nous aimerions recruter deux jeunes diplômés", M(
        "ADMR du Finistère – Ressources humaines <rh@admr29.example.org>",
        "Recrutement de jeunes diplômés",
        "24 09:37",
        """Bonjour,

Notre fédération d'aide à domicile cherche des coordinateurs de secteur : nous aimerions recruter deux jeunes diplômés (DECESF, DEASS ou licence sanitaire et sociale). Comment pouvons-nous faire connaître ces offres aux participants de votre programme ?

Le service RH""",
        other(),
    )),
    # Feature: disciplines_other_mail — kind — les étudiants en dernière année peuvent-ils assister
    # route: a careers office asking whether final-year students may attend the information meetings, no fact of a person → question
    N("disciplines_other_mail", "kind", "les étudiants en dernière année peuvent-ils assister", M(
        "Bureau d'aide à l'insertion professionnelle – Université de Rouen <baip@univ-rouen.example.org>",
        "Vos réunions d'information",
        "25 11:11",
        """Bonjour,

Nous relayons volontiers vos réunions d'information. Une question : les étudiants en dernière année peuvent-ils assister aux réunions (la promotion 2027, par exemple) avant d'être diplômés, ou sont-elles réservées aux diplômés ?

Merci pour votre réponse,
Le BAIP de l'université de Rouen""",
        question(),
    )),
]
