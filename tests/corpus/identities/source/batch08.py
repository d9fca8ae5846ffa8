"""Identities corpus, batch 08 (writer B): third_party_names (a brother giving his sister's contacts, a France
Travail counsellor's long signature above a CAP holder's line, a volunteer mentor, an éducatrice of the
child-welfare service giving no contacts, an aunt giving a phone only, an IUT's placement officer; a mother's
reply in our thread, a mission locale adviser's out-of-office), english_identities (a preferred name in
quotes «Chukwuemeka "Emeka" Okafor», «Dr Wanjiru Kamau», «Sipho Ndlovu Jr.», «Maria Cristina Dela Cruz»,
«Callum MacLeod» with a UK number, «Mx Riley Thompson-Hart», «Olivia Jane Fitzgerald» with a middle name; a
question from Cape Town), identities_other_mail (referrals by a former employer, an Australian professor in
English and a cousin; a careers office's out-of-office naming a deputy and her Guadeloupe number, a bounce of
a misspelt address, a recruiter's offer with a long signature, a workshop proposal signed by two people, a
spelling correction, a request to delete one's data)."""
# ruff: noqa: E501

from __future__ import annotations

from identities import N
from kit import CV, M, app, auto_reply, bounce, other, question, reply

MESSAGES = [
    # Feature: third_party_names — level — ma petite sœur, Léna Marchand
    # route: a brother writing for his sister, his name in the From and signature, hers in the body with her own address and mobile (the label's); a licence pro of 2025 and an association sought → application (forwarded_by the brother); bac+3 of 2025, ESS aim → eligible
    N("third_party_names", "level", "ma petite sœur, Léna Marchand", M(
        "Hugo Marchand <hugo.marchand@gmail.com>",
        "Candidature pour ma sœur",
        "02 19:40",
        """Bonjour,

Je vous écris pour ma petite sœur, Léna Marchand, qui est très timide au téléphone mais très motivée. Elle a obtenu une licence professionnelle gestion des structures sanitaires et sociales en juin 2025 à Tours et cherche un poste d'assistante de direction dans une association du médico-social.

Ses coordonnées : lena.marchand37@gmail.com, 06 70 33 19 42.

Merci beaucoup,
Hugo Marchand""",
        app("Léna", "Marchand", phone="+33670331942", bac=3, grad="2025-06", email="lena.marchand37@gmail.com", forwarded_by="hugo.marchand@gmail.com", status="b_tp_frere_pour_lena"),
    )),
    # Feature: third_party_names — level — M. Dylan Perrin
    # route: a France Travail counsellor's long signature (name, title, agency, switchboard) above the applicant's short line «M. Dylan Perrin, dylan.perrin21@gmail.com»; a CAP of 2022 only → application (forwarded_by the counsellor); below bac+2, and a year alone before 2024 → not eligible
    N("third_party_names", "level", "M. Dylan Perrin", M(
        "Sandrine Mouton <sandrine.mouton@francetravail.example.fr>",
        "Orientation d'un demandeur d'emploi",
        "03 10:15",
        """Bonjour,

J'accompagne M. Dylan Perrin, 23 ans, titulaire d'un CAP de cuisine obtenu en 2022, qui souhaite travailler dans un restaurant d'insertion. Pouvez-vous me dire si votre programme peut l'accueillir ? Ses coordonnées : dylan.perrin21@gmail.com.

Bien cordialement,

Sandrine Mouton
Conseillère à l'emploi – accompagnement global
France Travail – agence Dijon Toison d'Or
Standard : 39 49""",
        app("Dylan", "Perrin", phone=None, bac=0, grad="2022", failing=("degree_level", "graduation_recent"), email="dylan.perrin21@gmail.com", forwarded_by="sandrine.mouton@francetravail.example.fr", status="b_tp_conseillere_france_travail"),
    )),
    # Feature: third_party_names — graduation — ma filleule, Ornella Baptiste
    # ambiguous: «diplômée il y a deux ans», read from November 2026, is autumn 2024 (recent) or June 2024 (too old): no month nor year is given
    # route: a volunteer mentor presenting «ma filleule, Ornella Baptiste», her mobile given; a master «il y a deux ans» → application (forwarded_by the mentor); graduation open → to verify
    N("third_party_names", "graduation", "ma filleule, Ornella Baptiste", M(
        "Gérard Fabre <gerard.fabre@orange.fr>",
        "Présentation d'une jeune diplômée",
        "04 11:50",
        """Bonjour,

Parrain bénévole dans une association d'aide à l'insertion des jeunes diplômés, je vous présente ma filleule, Ornella Baptiste, diplômée il y a deux ans d'un master de sciences de l'éducation à Grenoble. Elle cherche un poste de coordinatrice dans une association éducative.

Vous pouvez la joindre au 07 62 58 14 30.

Gérard Fabre""",
        app("Ornella", "Baptiste", phone="+33762581430", bac=5, grad=None, forwarded_by="gerard.fabre@orange.fr", email=None, unknown=("graduation_recent",), status="b_tp_parrain_filleule"),
    )),
    # Feature: third_party_names — aim — le jeune que j'accompagne, Ibrahim Said
    # route: an éducatrice of the child-welfare service presenting «le jeune que j'accompagne, Ibrahim Said», no contacts of his given (email and phone None); a BTS of 2026 and an association sought → application (forwarded_by the éducatrice); bac+2 of 2026, ESS aim → eligible
    N("third_party_names", "aim", "le jeune que j'accompagne, Ibrahim Said", M(
        "Claire Dumas <c.dumas@ase-cotedor.example.fr>",
        "Demande pour un jeune majeur",
        "05 14:25",
        """Bonjour,

Je suis éducatrice au service de l'aide sociale à l'enfance. Le jeune que j'accompagne, Ibrahim Said, 20 ans, a obtenu son BTS comptabilité et gestion en juillet 2026. Il souhaiterait travailler dans une association ou une coopérative. Il n'a pas encore d'adresse mail stable : merci de passer par moi pour le contacter.

Claire Dumas
Éducatrice spécialisée – 03 80 63 00 00""",
        app("Ibrahim", "Said", phone=None, bac=2, grad="2026-07", email=None, forwarded_by="c.dumas@ase-cotedor.example.fr", status="b_tp_educatrice_ase"),
    )),
    # Feature: third_party_names — aim — mon neveu Clément Rivière
    # ambiguous: «un travail stable, n'importe où» names no employer's kind: the ESS search is open
    # route: an aunt writing for «mon neveu Clément Rivière», giving his phone only (email None); a DUT of 2025 and «un travail stable, n'importe où» → application (forwarded_by the aunt); aim open → to verify
    N("third_party_names", "aim", "mon neveu Clément Rivière", M(
        "Martine Rivière-Sabatier <martine.sabatier@laposte.net>",
        "Pour mon neveu",
        "06 17:05",
        """Bonjour,

Je me permets de vous écrire pour mon neveu Clément Rivière, qui a eu son DUT gestion logistique et transport en juin 2025 à Montpellier. Il cherche un travail stable, n'importe où, depuis plusieurs mois et se décourage.

Son numéro : 06 48 97 21 30.

Martine Rivière-Sabatier""",
        app("Clément", "Rivière", phone="+33648972130", bac=2, grad="2025-06", email=None, forwarded_by="martine.sabatier@laposte.net", unknown=("job_seeking_ess",), status="b_tp_tante_pour_clement"),
    )),
    # Feature: third_party_names — aim — notre étudiante Jade Lopez
    # route: an IUT's placement officer's signature with title and switchboard, «notre étudiante Jade Lopez» and her address in the body (the label's); a BUT of 2026 and only «un grand groupe de la distribution» sought → application (forwarded_by the officer); no ESS aim → not eligible
    N("third_party_names", "aim", "notre étudiante Jade Lopez", M(
        "Bureau des stages IUT Bordeaux <stages.tc@iut-bordeaux.example.fr>",
        "Présentation d'une diplômée",
        "07 09:40",
        """Bonjour,

Je vous présente notre étudiante Jade Lopez, diplômée du BUT techniques de commercialisation en juin 2026. Elle souhaite intégrer un grand groupe de la distribution comme cheffe de rayon et cherche de l'aide pour ses candidatures. Son adresse : jade.lopez33@gmail.com.

Cordialement,

Pascale Vigneau
Chargée des relations entreprises – département TC
IUT de Bordeaux – 05 56 00 00 00""",
        app("Jade", "Lopez", phone=None, bac=3, grad="2026-06", email="jade.lopez33@gmail.com", forwarded_by="stages.tc@iut-bordeaux.example.fr", failing=("job_seeking_ess",), status="b_tp_iut_bureau_stages"),
    )),
    # Feature: third_party_names — kind — je réponds pour mon fils
    # route: a mother answering in our thread (In-Reply-To our mail) for her son, giving his new number → reply
    N("third_party_names", "kind", "je réponds pour mon fils", M(
        "Nadia Benhamou <nadia.benhamou@free.fr>",
        "Re: Entretien de Rayan",
        "08 20:30",
        """Bonjour,

Je réponds pour mon fils, qui est en déplacement : il sera bien présent à l'entretien de mardi. Son nouveau numéro est le 06 21 47 80 93.

Nadia Benhamou

Le 07/11/2026 à 16:00, Pro'pulse a écrit :
> Nous proposons à Rayan un entretien mardi 10 novembre à 14 h.""",
        reply(),
        headers={"In-Reply-To": "<entretien-0711.rb@animafac.net>", "References": "<entretien-0711.rb@animafac.net>"},
    )),
    # Feature: third_party_names — kind — Je suis absente du bureau
    # route: a mission locale adviser's out-of-office naming a colleague (Auto-Submitted) → auto_reply
    N("third_party_names", "kind", "Je suis absente du bureau", M(
        "Fanny Leclerc <f.leclerc@missionlocale-rouen.example.fr>",
        "Absence : Pro'pulse – vos jeunes candidats",
        "09 07:00",
        """Bonjour,

Je suis absente du bureau jusqu'au 16 novembre. Pour le suivi des jeunes, contactez ma collègue Amandine Huet au 02 35 00 00 00.

Fanny Leclerc
Conseillère – Mission locale de Rouen""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: english_identities — graduation — Chukwuemeka "Emeka" Okafor
    # route: English, a preferred name in quotes «Chukwuemeka "Emeka" Okafor» in the signature (first name Emeka, the name he asks to be called by), a Nigerian mobile +234; an MSc of September 2025 and a social enterprise sought → application (en); bac+5 of 2025, ESS aim → eligible
    N("english_identities", "graduation", 'Chukwuemeka "Emeka" Okafor', M(
        "Chukwuemeka Okafor <c.okafor@gmail.com>",
        "Application – MSc graduate, moving to Lyon",
        "10 13:10",
        """Dear Pro'pulse team,

I completed an MSc in Development Economics at the University of Ibadan in September 2025 and I am moving to Lyon in January to join my wife. I would like to work for a social enterprise or a co-operative in microfinance.

Please call me Emeka, everyone does.

Kind regards,
Chukwuemeka "Emeka" Okafor
+234 803 555 0142""",
        app("Emeka", "Okafor", phone="+2348035550142", bac=5, grad="2025-09", language="en", status="b_en_emeka_okafor"),
    )),
    # Feature: english_identities — level — Dr Wanjiru Kamau
    # route: English, «Dr Wanjiru Kamau» in the signature («Dr» no part of the name), a Kenyan PhD defended in March 2025, a charity sought → application (en); bac+8 of 2025, ESS aim → eligible
    N("english_identities", "level", "Dr Wanjiru Kamau", M(
        "Wanjiru Kamau <wanjiru.kamau@outlook.com>",
        "Application – early-career researcher",
        "11 09:25",
        """Hello,

I defended my PhD in public health at the University of Nairobi in March 2025 and have since moved to Grenoble. I am looking for my first job outside academia, ideally in a health charity or an NGO.

With thanks,
Dr Wanjiru Kamau""",
        app("Wanjiru", "Kamau", phone=None, bac=8, grad="2025-03", language="en", status="b_en_dr_wanjiru_kamau"),
        cv=CV("pdf", "Kamau_CV.pdf", """Dr Wanjiru Kamau
PhD in Public Health, University of Nairobi (defended March 2025)
MSc Epidemiology (2020)
Teaching assistant during the PhD, School of Public Health (2021–2024)"""),
    )),
    # Feature: english_identities — graduation — Sipho Ndlovu Jr.
    # route: English, «Sipho Ndlovu Jr.» in the signature («Jr.» no part of the surname), a South African mobile +27; a BCom of 2025 and a co-operative sought → application (en); bac+3 of 2025, ESS aim → eligible
    N("english_identities", "graduation", "Sipho Ndlovu Jr.", M(
        "Sipho Ndlovu <sipho.ndlovu.jr@gmail.com>",
        "Application from Johannesburg",
        "12 15:35",
        """Good afternoon,

I graduated with a BCom in Economics from the University of the Witwatersrand in December 2025. My father (Sipho Ndlovu Sr.) and I are moving to Montpellier next year, and I hope to work for a co-operative or a fair-trade organisation.

Regards,
Sipho Ndlovu Jr.
+27 82 555 0193""",
        app("Sipho", "Ndlovu", phone="+27825550193", bac=3, grad="2025-12", language="en", status="b_en_sipho_ndlovu_jr"),
    )),
    # Feature: english_identities — graduation — Maria Cristina Dela Cruz
    # ambiguous: «Class of 2024» with no month: a Philippine graduation of spring 2024 is more than two years old, one of late 2024 is not
    # route: English, a Filipino double first name and a particled surname «Maria Cristina Dela Cruz» in the signature; a BS in Social Work «Class of 2024» → application (en); graduation open → to verify
    N("english_identities", "graduation", "Maria Cristina Dela Cruz", M(
        "Tina Dela Cruz <tina.delacruz@gmail.com>",
        "Application – social worker from Manila",
        "13 08:45",
        """Hi,

I hold a BS in Social Work from the University of the Philippines (Class of 2024) and I now live in Rouen as an au pair until December. I would like to work for an association supporting migrant families.

Thank you,
Maria Cristina Dela Cruz""",
        app("Maria Cristina", "Dela Cruz", phone=None, bac=3, grad="2024", language="en", unknown=("graduation_recent",), status="b_en_maria_cristina_dela_cruz"),
    )),
    # Feature: english_identities — situation — Callum MacLeod
    # route: English, a Scottish «MacLeod» in the signature, a UK mobile «07700 900 318» (+44); an MA of 2025 and a graduate internship «until the end of March» → application (en); internship running → not eligible
    N("english_identities", "situation", "Callum MacLeod", M(
        "Callum MacLeod <callum.macleod@gmail.com>",
        "Application – Pro'pulse",
        "14 12:00",
        """Hello,

I finished my MA in French and Politics at the University of Edinburgh in June 2025. I am currently on a graduate internship with a housing charity in Bordeaux until the end of March, and would like to find a permanent post in the sector afterwards.

Cheers,
Callum MacLeod
07700 900 318""",
        app("Callum", "MacLeod", phone="+447700900318", bac=5, grad="2025-06", language="en", failing=("not_internship",), status="b_en_callum_macleod"),
    )),
    # Feature: english_identities — aim — Mx Riley Thompson-Hart
    # ambiguous: «any job that pays the rent» names no employer: the ESS search is open
    # route: English, «Mx Riley Thompson-Hart» in the signature («Mx» no part of the name, the double-barrelled surname whole), an Australian mobile +61; a Bachelor of 2026 and «any job» → application (en); aim open → to verify
    N("english_identities", "aim", "Mx Riley Thompson-Hart", M(
        "Riley Thompson-Hart <riley.th@gmail.com>",
        "Working holiday – application",
        "15 16:20",
        """Hello,

I finished a Bachelor of Arts at the University of Melbourne in July 2026 and I am in France on a working holiday visa. I would take any job that pays the rent, though I have volunteered with community radio back home.

Thanks,
Mx Riley Thompson-Hart
+61 412 555 087""",
        app("Riley", "Thompson-Hart", phone="+61412555087", bac=3, grad="2026-07", language="en", unknown=("job_seeking_ess",), status="b_en_mx_riley_thompson_hart"),
    )),
    # Feature: english_identities — level — Olivia Jane Fitzgerald
    # route: English, a middle name in the signature «Olivia Jane Fitzgerald» (the first name Olivia); a «Certificate IV in Community Services» only (below bac+2) → application (en); below bac+2 → not eligible
    N("english_identities", "level", "Olivia Jane Fitzgerald", M(
        "Olivia Fitzgerald <livfitz@gmail.com>",
        "Application from an Aussie in Brest",
        "16 10:50",
        """Hi there,

I have a Certificate IV in Community Services from TAFE Queensland (2025), no university degree. I have been living in Brest since the summer and would love to work in a community centre.

All the best,
Olivia Jane Fitzgerald""",
        app("Olivia", "Fitzgerald", phone=None, bac=0, grad="2025", language="en", failing=("degree_level",), status="b_en_olivia_jane_certificate_iv"),
    )),
    # Feature: english_identities — kind — Does the programme accept
    # route: an English question from Cape Town on foreign degrees, no facts of the writer's own → question (en)
    N("english_identities", "kind", "Does the programme accept", M(
        "Lindiwe Dlamini <lindiwe.dlamini@gmail.com>",
        "Question about foreign degrees",
        "17 09:00",
        """Hello,

Does the programme accept degrees from outside Europe, and do they need an official equivalence? Is there an age limit?

Thank you,
Lindiwe""",
        question(language="en"),
    )),
    # Feature: identities_other_mail — level — notre ancien commis, Baptiste Hoareau
    # route: a restaurant owner's long signature presenting «notre ancien commis, Baptiste Hoareau», his address and phone in the body (the label's); a BTS of 2025 and a restaurant d'insertion sought → application (forwarded_by the owner); bac+2 of 2025, ESS aim → eligible
    N("identities_other_mail", "level", "notre ancien commis, Baptiste Hoareau", M(
        "Le Comptoir des Halles <contact@comptoir-halles.example.fr>",
        "Recommandation",
        "18 15:15",
        """Bonjour,

Je vous recommande notre ancien commis, Baptiste Hoareau, qui a obtenu son BTS management en hôtellerie-restauration en juin 2025. Il veut donner du sens à son métier dans un restaurant d'insertion. Ses coordonnées : baptiste.hoareau@gmail.com, 06 63 12 58 40.

Bien à vous,

Patrick Lemoine
Gérant – Le Comptoir des Halles, Clermont-Ferrand
04 73 00 00 00""",
        app("Baptiste", "Hoareau", phone="+33663125840", bac=2, grad="2025-06", email="baptiste.hoareau@gmail.com", forwarded_by="contact@comptoir-halles.example.fr", status="b_om_ancien_employeur"),
    )),
    # Feature: identities_other_mail — studies_finished — my former student, Ngozi Eze
    # ambiguous: the professor says the thesis «has been submitted», not that it was examined: the studies are open
    # route: English, an Australian professor's long signature presenting «my former student, Ngozi Eze», her address given; a Master's thesis submitted, no result → application (en, forwarded_by the professor); studies open → to verify
    N("identities_other_mail", "studies_finished", "my former student, Ngozi Eze", M(
        "Prof. Helen Whitcombe <h.whitcombe@uni-sydney.example.com>",
        "Introducing a graduate student",
        "19 07:40",
        """Dear colleagues,

I am writing to introduce my former student, Ngozi Eze, whose Master's thesis on urban food co-operatives has been submitted this month. She is moving to Montpellier and hopes to work for a food co-operative. You can reach her at ngozi.eze@gmail.com.

Kind regards,

Professor Helen Whitcombe
School of Geosciences, University of Sydney""",
        app("Ngozi", "Eze", phone=None, bac="*", grad=None, email="ngozi.eze@gmail.com", forwarded_by="h.whitcombe@uni-sydney.example.com", language="en", unknown=("studies_finished",), status="b_om_professeure_sydney"),
    )),
    # Feature: identities_other_mail — career_change — ma cousine, Sabrina Meunier
    # route: a cousin writing for «ma cousine, Sabrina Meunier», her phone given; a DEES of 2026 «après douze ans d'aide-comptable», said as a new trade → application (forwarded_by the cousin); career change → not eligible
    N("identities_other_mail", "career_change", "ma cousine, Sabrina Meunier", M(
        "Julie Faure <julie.faure63@gmail.com>",
        "Candidature de ma cousine",
        "20 18:00",
        """Bonjour,

J'écris pour ma cousine, Sabrina Meunier, qui n'ose pas le faire elle-même. Après douze ans d'aide-comptable, elle a changé de métier et obtenu le DEES en juillet 2026. Elle cherche un poste d'éducatrice dans une association de protection de l'enfance. Son numéro : 07 83 41 26 50.

Julie Faure""",
        app("Sabrina", "Meunier", phone="+33783412650", bac=3, grad="2026-07", email=None, forwarded_by="julie.faure63@gmail.com", failing=("not_career_change",), status="b_om_cousine_reconversion"),
    )),
    # Feature: identities_other_mail — kind — Je suis absente jusqu'au
    # route: a university careers office's out-of-office naming a deputy and her Guadeloupe number (Auto-Submitted) → auto_reply
    N("identities_other_mail", "kind", "Je suis absente jusqu'au", M(
        "Sonia Jean-Baptiste <sonia.jean-baptiste@univ-antilles.example.fr>",
        "Réponse automatique : Partenariat Pro'pulse",
        "21 06:30",
        """Bonjour,

Je suis absente jusqu'au 30 novembre. Pour toute question sur l'insertion des diplômés, contactez Mme Laure Bellay au 0590 48 00 00.

Sonia Jean-Baptiste
Bureau d'aide à l'insertion professionnelle – Université des Antilles""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: identities_other_mail — kind — Address not found
    # route: a delivery failure for an applicant's misspelt address (multipart/report) → bounce
    N("identities_other_mail", "kind", "Address not found", M(
        "Mail Delivery Subsystem <mailer-daemon@googlemail.example.com>",
        "Delivery Status Notification (Failure)",
        "22 02:15",
        """Address not found

Your message wasn't delivered to theo.lefevre.bdx@gmial.com because the domain gmial.com couldn't be found.""",
        bounce("theo.lefevre.bdx@gmial.com"),
        bounce="""Reporting-MTA: dns; googlemail.example.com
Final-Recipient: rfc822; theo.lefevre.bdx@gmial.com
Action: failed
Status: 5.1.2""",
    )),
    # Feature: identities_other_mail — kind — Nous recrutons
    # route: a cooperative's recruiter offering posts to relay, with a long signature of names and numbers → other
    N("identities_other_mail", "kind", "Nous recrutons", M(
        "Aurélie Dubosc <recrutement@coop-energie-alpes.example.org>",
        "Offres à relayer – coopérative d'énergie",
        "23 11:30",
        """Bonjour,

Nous recrutons deux chargé·es de projet pour notre coopérative d'énergie citoyenne à Grenoble. Pourriez-vous relayer l'offre auprès de vos jeunes diplômés ?

Aurélie Dubosc
Responsable ressources humaines
Coopérative Énergie Alpes – SCIC SA
04 76 00 00 00 – 06 00 00 00 00
Directeur : Jean-Marc Vuillermoz""",
        other(),
    )),
    # Feature: identities_other_mail — kind — un atelier CV
    # route: a partner association's proposal of a workshop signed by two people → other
    N("identities_other_mail", "kind", "un atelier CV", M(
        "Les Bureaux du Cœur Dijon <dijon@bureauxducoeur.example.org>",
        "Proposition d'atelier",
        "24 10:00",
        """Bonjour,

Nous pourrions animer un atelier CV et simulation d'entretien pour les jeunes de votre programme à Dijon, en janvier. Seriez-vous intéressés ?

Bien cordialement,
Karine Poulain et Mehdi Aït-Ouali, bénévoles""",
        other(),
    )),
    # Feature: identities_other_mail — kind — une faute à mon nom
    # route: a former applicant asking to correct the spelling of her name in our files, no facts → other
    N("identities_other_mail", "kind", "une faute à mon nom", M(
        "Maëlys Quéméner <maelys.quemener@gmail.com>",
        "Correction de mon nom",
        "25 09:10",
        """Bonjour,

Dans votre dernier mail, il y a une faute à mon nom : c'est Quéméner, avec deux accents aigus, et non «Quemenere». Pourriez-vous corriger votre fichier ?

Merci,
Maëlys Quéméner""",
        other(),
    )),
    # Feature: identities_other_mail — kind — supprimer mes données
    # route: a request to delete one's personal data, no application → other
    N("identities_other_mail", "kind", "supprimer mes données", M(
        "Arthur Keller <arthur.keller@laposte.net>",
        "Demande de suppression de données",
        "25 16:45",
        """Bonjour,

Je ne souhaite plus être contacté : merci de supprimer mes données personnelles de vos fichiers (nom, adresse et numéro de téléphone) et de me le confirmer.

Arthur Keller""",
        other(),
    )),
]
