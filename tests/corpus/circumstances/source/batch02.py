"""Circumstances corpus, batch 02 (writer A): the second half of caring (a husband's transfer, a mother
after a fall, a brother with a disability, a mother with MS, a mother's hospital visits, a father's dementia)
and papers and residence (a student permit that outlives the master, an APS «recherche d'emploi», a refugee's
diploma awaiting recognition, a permit renewed by a running M2, an APS «création d'entreprise», a
naturalisation file, a «talent» permit after a career, the student job the permit allowed, a «stagiaire»
permit, refugee status, a volunteer's visa); other mail in those circumstances."""
# ruff: noqa: E501

from __future__ import annotations

from circumstances import N
from kit import CV, M, app, bounce, newsletter, other, question, reply

MESSAGES = [
    # Feature: caring — level — DEUST Animation et gestion des activités physiques, sportives ou culturelles
    # circumstance: «DEUST Animation et gestion des activités physiques, sportives ou culturelles» = the husband's transfer brought her to Clermont; the diploma she brings is a DEUST (bac+2) of June 2025 → meets degree_level → eligible
    N("caring", "level", "DEUST Animation et gestion des activités physiques, sportives ou culturelles", M(
        "Nour El Hadi <nour.elhadi@example.com>", "Candidature (nouvelle à Clermont)", "02 13:05",
        """Bonjour,

Mon mari a été muté à Clermont-Ferrand cet été, je l'ai suivi avec notre fils et je repars de zéro côté réseau.

J'ai un DEUST Animation et gestion des activités physiques, sportives ou culturelles, obtenu en juin 2025 à Nancy. Je cherche un poste de coordinatrice d'activités dans une association sportive ou une fédération d'éducation populaire.

Nour El Hadi
06 49 72 15 36""",
        app("Nour", "El Hadi", phone="+33649721536", bac=2, grad="2025-06", status="mari_mute_deust"),
    )),
    # Feature: caring — level — j'ai le BPJEPS animation sociale
    # circumstance: «j'ai le BPJEPS animation sociale» = caring for his mother after her fall kept him near home; the diploma he has is a level-4 BPJEPS → fails degree_level → not eligible
    N("caring", "level", "j'ai le BPJEPS animation sociale", M(
        "Kévin Abadie <kevin.abadie@example.fr>", "inscription pro'pulse", "03 22:40",
        """Bonsoir,

Je vis chez ma mère depuis sa chute l'an dernier, je l'aide pour tout (courses, toilette, rendez-vous). Du coup je cherche un travail pas loin de Tarbes.

Niveau diplôme, j'ai le BPJEPS animation sociale, obtenu en 2025. J'aimerais bosser dans un centre social ou une MJC.

Kévin Abadie
06 30 58 12 94""",
        app("Kévin", "Abadie", phone="+33630581294", bac=0, grad="2025", failing=("degree_level",), status="mere_chute_bpjeps"),
    )),
    # Feature: caring — situation — je suis en service civique à la Croix-Rouge jusqu'au 31 mars
    # circumstance: «je suis en service civique à la Croix-Rouge jusqu'au 31 mars» = the service civique was chosen near home to help with his brother, and it runs after today → fails not_service_civique → not eligible
    N("caring", "situation", "je suis en service civique à la Croix-Rouge jusqu'au 31 mars", M(
        "Hugo Ferreira <hugo.ferreira@example.net>", "Candidature Hugo Ferreira", "05 18:17",
        """Bonjour,

Licence de psychologie obtenue en juin 2026. Pour rester près de mon petit frère, qui est polyhandicapé et que j'aide le soir avec mes parents, je suis en service civique à la Croix-Rouge jusqu'au 31 mars, à deux rues de chez nous.

Je voudrais préparer la suite dès maintenant et trouver un emploi dans le secteur associatif du handicap.

Hugo Ferreira
07 81 40 26 59""",
        app("Hugo", "Ferreira", phone="+33781402659", bac=3, grad="2026-06", failing=("not_service_civique",), status="frere_polyhandicape_service_civique"),
    )),
    # Feature: caring — aim — a job in a charity or a housing association in Lille
    # circumstance: «a job in a charity or a housing association in Lille» = caring for her mother keeps her in Lille; the search is for charities and housing associations → meets job_seeking_ess → eligible (English)
    N("caring", "aim", "a job in a charity or a housing association in Lille", M(
        "Bethan Llewellyn <bethan.llewellyn@example.org>", "Applying to Pro'pulse", "06 09:26",
        """Hi,

I'm a carer for my mum, who has MS and moved to Lille to be near my brother, so I moved too. I have a BA in Social Policy from Cardiff University (July 2025) and my French is decent (B2, improving every week).

I'm looking for a job in a charity or a housing association in Lille, ideally part-time to start with.

Thanks,
Bethan Llewellyn
07 44 91 03 68""",
        app("Bethan", "Llewellyn", phone="+33744910368", bac=3, grad="2025-07", status="carer_mum_ms_lille", language="en"),
    )),
    # Feature: caring — aim — conseiller clientèle dans une banque en ligne
    # circumstance: «conseiller clientèle dans une banque en ligne» = the remote job would fit around his mother's hospital visits, but an online bank is no ESS employer → fails job_seeking_ess → not eligible
    N("caring", "aim", "conseiller clientèle dans une banque en ligne", M(
        "Anthony Ghezali <anthony.ghezali@example.com>", "demande d'accompagnement", "07 12:48",
        """Bonjour,

Ma mère est suivie à l'hôpital trois fois par semaine et c'est moi qui l'y conduis, donc il me faut un travail en télétravail ou presque.

J'ai un master Banque et finance (septembre 2025). Je vise un poste de conseiller clientèle dans une banque en ligne, c'est ce qui colle le mieux avec mes contraintes. Pouvez-vous m'accompagner ?

Anthony Ghezali
06 91 27 54 30""",
        app("Anthony", "Ghezali", phone="+33691275430", bac=5, grad="2025-09", failing=("job_seeking_ess",), status="mere_hopital_banque_en_ligne"),
    )),
    # Feature: caring — career_change — j'ai travaillé quelques années en restauration
    # ambiguous: «quelques années en restauration» before caring for her father and the BTS: a few years of another trade may be a career or odd jobs — open
    # circumstance: «j'ai travaillé quelques années en restauration» = the father's dementia ended the restaurant work, then came the BTS; how many years and what kind of work is not said → not_career_change unknown → to verify
    N("caring", "career_change", "j'ai travaillé quelques années en restauration", M(
        "Gaëlle Lebreton <gaelle.lebreton@example.fr>", "Candidature", "09 16:31",
        """Bonjour,

J'ai travaillé quelques années en restauration, puis mon père a développé une maladie d'Alzheimer et j'ai arrêté pour m'occuper de lui. C'est en l'accompagnant que j'ai découvert le travail social : j'ai passé un BTS SP3S, obtenu en juin 2026.

Je cherche un poste dans une association d'aide aux familles ou une plateforme de répit.

Gaëlle Lebreton
06 28 73 40 15""",
        app("Gaëlle", "Lebreton", phone="+33628734015", bac=2, grad="2026-06", unknown=("not_career_change",), status="pere_alzheimer_restauration"),
    )),
    # Feature: caring — graduation — ma licence pro, je l'ai obtenue en novembre 2024
    # circumstance: «ma licence pro, je l'ai obtenue en novembre 2024» = caring for his sister delayed the jury's session to November 2024: exactly 24 months before November 2026 → meets graduation_recent → eligible
    N("caring", "graduation", "ma licence pro, je l'ai obtenue en novembre 2024", M(
        "Rachid Chergui <rachid.chergui@example.net>", "Pro'pulse : candidature", "10 08:14",
        """Bonjour,

Ma licence pro, je l'ai obtenue en novembre 2024, avec une session décalée parce que ma sœur venait d'être opérée et que je m'occupais d'elle. Licence pro Intervention sociale, accompagnement de publics spécifiques.

Depuis j'ai fait de l'accompagnement au logement en CDD. Je cherche un poste durable dans une association d'insertion.

Rachid Chergui
06 17 38 92 05""",
        app("Rachid", "Chergui", phone="+33617389205", bac=3, grad="2024-11", status="soeur_operee_licence_pro_nov_2024"),
    )),
    # Feature: caring — kind — Re: Réunion d'information du 1er décembre
    # circumstance: «Re: Réunion d'information du 1er décembre» = a reply in our thread: she cannot come because her mother is in hospital, no new application → kind reply
    N("caring", "kind", "Re: Réunion d'information du 1er décembre", M(
        "Eva Courtois <eva.courtois@example.org>", "Re: Réunion d'information du 1er décembre", "21 19:02",
        """Bonsoir,

Je ne pourrai finalement pas venir le 1er : ma mère est hospitalisée et je dois rester près d'elle. Y aura-t-il une autre réunion en décembre ?

Merci,
Eva Courtois

> Bonjour Eva, nous vous confirmons votre inscription à la réunion d'information du mardi 1er décembre.""",
        reply(),
        headers={"In-Reply-To": "<reunion-0112.courtois@animafac.net>", "References": "<reunion-0112.courtois@animafac.net>"},
    )),
    # Feature: caring — kind — La lettre des jeunes aidants
    # circumstance: «La lettre des jeunes aidants» = a carers' network's letter listing dates and schemes, no application → kind newsletter
    N("caring", "kind", "La lettre des jeunes aidants", M(
        "Réseau jeunes aidants <lettre@example.net>", "La lettre des jeunes aidants — novembre", "22 07:30",
        """La lettre des jeunes aidants — novembre 2026

- Café des aidants : tous les premiers jeudis du mois
- Nouveau : un guide sur le congé de proche aidant
- Emploi : trois dispositifs d'accompagnement pour les jeunes diplômés (dont Pro'pulse)

Se désinscrire : répondre STOP""",
        newsletter(),
        headers={"List-Unsubscribe": "<mailto:lettre@example.net?subject=STOP>"},
    )),
    # Feature: papers_residence — studies_finished — mon titre de séjour étudiant court jusqu'en octobre 2027
    # circumstance: «mon titre de séjour étudiant court jusqu'en octobre 2027» = the student permit runs on, but the master was obtained in September 2026: the permit's name says nothing of studies still running → meets studies_finished → eligible
    N("papers_residence", "studies_finished", "mon titre de séjour étudiant court jusqu'en octobre 2027", M(
        "Jiayi Chen <jiayi.chen@example.com>", "Candidature Pro'pulse - Jiayi CHEN", "02 11:47",
        """Bonjour,

J'ai obtenu mon master Management de projets culturels en septembre 2026, à l'Université Lyon 2. Mon titre de séjour étudiant court jusqu'en octobre 2027 ; je ferai ensuite la demande de changement de statut quand j'aurai un contrat.

Je cherche un poste de chargée de projets dans une association culturelle ou un festival associatif. Je parle français, anglais et mandarin.

CV joint.

Cordialement,
Jiayi CHEN
07 58 26 91 43""",
        app("Jiayi", "Chen", phone="+33758269143", bac=5, grad="2026-09", status="titre_etudiant_master_obtenu", info_in="both"),
        cv=CV("docx", "CV-Jiayi-CHEN.docx", """Jiayi CHEN
Master Management de projets culturels, Université Lyon 2 — septembre 2026
Stage, festival de musiques du monde (association), 2026
Langues : français C1, anglais C1, mandarin langue maternelle"""),
    )),
    # Feature: papers_residence — graduation — master Finance solidaire, obtenu en juin 2026
    # circumstance: «master Finance solidaire, obtenu en juin 2026» = the APS «recherche d'emploi» has been running since October; its date is the permit's, the master's is June 2026 → meets graduation_recent → eligible
    N("papers_residence", "graduation", "master Finance solidaire, obtenu en juin 2026", M(
        "Oumar Diallo <oumar.diallo@example.fr>", "Demande d'inscription", "03 09:58",
        """Bonjour,

Je suis titulaire d'un master Finance solidaire, obtenu en juin 2026 à l'Université Paris-Est Créteil. Depuis octobre j'ai une APS recherche d'emploi, valable un an, qui me permet de chercher un premier poste.

Je vise une structure de finance solidaire, une coopérative de crédit ou une association de microcrédit.

Bien cordialement,
Oumar Diallo
+33 6 44 19 73 82""",
        app("Oumar", "Diallo", phone="+33644197382", bac=5, grad="2026-06", status="aps_master_finance_solidaire"),
    )),
    # Feature: papers_residence — level — la reconnaissance par ENIC-NARIC est en cours
    # ambiguous: a bachelor from the University of Khartoum with its recognition in France still awaited: a foreign diploma with no equivalence yet — level open
    # circumstance: «la reconnaissance par ENIC-NARIC est en cours» = the refugee status came with a diploma from home that has no French equivalence yet → degree_level unknown → to verify (a referral by the asylum centre's social worker)
    N("papers_residence", "level", "la reconnaissance par ENIC-NARIC est en cours", M(
        "Irène Bastide — CADA Les Tilleuls <i.bastide@example.org>", "Orientation : Mme Amira Abdelrahman", "04 14:10",
        """Bonjour,

Je suis travailleuse sociale au centre d'accueil de demandeurs d'asile Les Tilleuls et j'accompagne Mme Amira Abdelrahman, qui vient d'obtenir le statut de réfugiée.

Amira a obtenu en février 2025 un bachelor en développement communautaire à l'Université de Khartoum, juste avant de quitter le Soudan ; la reconnaissance par ENIC-NARIC est en cours. Elle parle arabe, anglais et un français déjà solide, et souhaite travailler dans une association d'aide aux exilés.

Elle est joignable au 07 52 36 81 49 (amira.abdelrahman@example.net).

Cordialement,
Irène Bastide""",
        app("Amira", "Abdelrahman", phone="+33752368149", bac="*", grad="2025-02", unknown=("degree_level",), status="refugiee_bachelor_khartoum", email="amira.abdelrahman@example.net", forwarded_by="i.bastide@example.org"),
    )),
    # Feature: papers_residence — studies_finished — je suis inscrite en M2 cette année pour renouveler mon titre de séjour
    # circumstance: «je suis inscrite en M2 cette année pour renouveler mon titre de séjour» = she enrolled mainly to keep her student permit, but an enrolment in a running M2 is studies not finished → fails studies_finished → not eligible
    N("papers_residence", "studies_finished", "je suis inscrite en M2 cette année pour renouveler mon titre de séjour", M(
        "Salma Idrissi <salma.idrissi@example.com>", "question + candidature", "05 20:22",
        """Bonjour,

Pour être honnête, je suis inscrite en M2 cette année pour renouveler mon titre de séjour, mais ce que je veux vraiment c'est travailler. J'ai une licence de sciences sociales de Paris 8 (juin 2025).

Je vais aux cours le lundi et le mardi. Le reste de la semaine je pourrais travailler dans une association d'éducation populaire.

Salma Idrissi
06 73 25 40 18""",
        app("Salma", "Idrissi", phone="+33673254018", bac=3, grad="2025-06", failing=("studies_finished",), status="m2_pour_titre_sejour"),
    )),
    # Feature: papers_residence — aim — to launch my own delivery start-up
    # circumstance: «to launch my own delivery start-up» = the APS «création d'entreprise» is for his own start-up, not for an ESS job → fails job_seeking_ess → not eligible (English)
    N("papers_residence", "aim", "to launch my own delivery start-up", M(
        "Arjun Kapoor <arjun.kapoor@example.net>", "Pro'pulse - enquiry/application", "06 13:39",
        """Hello,

I got my master's in Management from a French business school in June 2026 and I now hold an APS for business creation, which gives me twelve months to launch my own delivery start-up in Lyon.

Could Pro'pulse help me with the business plan and finding investors?

Regards,
Arjun Kapoor
+33 6 02 84 57 13""",
        app("Arjun", "Kapoor", phone="+33602845713", bac=5, grad="2026-06", failing=("job_seeking_ess",), status="aps_creation_startup", language="en"),
    )),
    # Feature: papers_residence — graduation — le BTS, je l'ai eu en 2024
    # ambiguous: the préfecture's file needs the diploma and the writer gives its year alone, 2024: November 2024 or later is recent, earlier is not — open
    # circumstance: «le BTS, je l'ai eu en 2024» = the naturalisation file dates nothing but the préfecture's request; the BTS has a year alone in 2024 → graduation_recent unknown → to verify
    N("papers_residence", "graduation", "le BTS, je l'ai eu en 2024", M(
        "Minh Anh Dang <minhanh.dang@example.org>", "Candidature", "07 10:03",
        """Bonjour,

Ma demande de naturalisation est en cours, la préfecture m'a demandé de nouveaux justificatifs et je suis en train de tout rassembler. Le BTS, je l'ai eu en 2024 (BTS Comptabilité et gestion, lycée Jean-Perrin).

Je cherche un poste de comptable ou d'assistante de gestion dans une association ou une SCOP.

Minh Anh Dang
06 82 51 73 40""",
        app("Minh Anh", "Dang", phone="+33682517340", bac=2, grad="2024", unknown=("graduation_recent",), status="naturalisation_bts_2024"),
    )),
    # Feature: papers_residence — career_change — six ans comme ingénieure logiciel
    # circumstance: «six ans comme ingénieure logiciel» = the «talent» permit was granted for a career: six years as a software engineer before the master ESS of 2026 → fails not_career_change → not eligible
    N("papers_residence", "career_change", "six ans comme ingénieure logiciel", M(
        "Yosra Chaabane <yosra.chaabane@example.com>", "Candidature - réorientation vers l'ESS", "09 17:50",
        """Bonjour,

Je suis arrivée en France avec un titre de séjour « talent » après six ans comme ingénieure logiciel, d'abord à Tunis puis à Paris. En 2025 j'ai voulu donner un autre sens à mon travail et j'ai repris un master Économie sociale et solidaire, obtenu en juin 2026.

Je cherche un poste dans le numérique solidaire, une association d'inclusion numérique par exemple.

Yosra Chaabane
07 26 93 18 54""",
        app("Yosra", "Chaabane", phone="+33726931854", bac=5, grad="2026-06", failing=("not_career_change",), status="talent_ingenieure_six_ans"),
    )),
    # Feature: papers_residence — career_change — je travaillais dans un fast-food, pas plus de 964 heures par an
    # circumstance: «je travaillais dans un fast-food, pas plus de 964 heures par an» = the student permit capped his hours: a student job during the BUT, no career → meets not_career_change → eligible
    N("papers_residence", "career_change", "je travaillais dans un fast-food, pas plus de 964 heures par an", M(
        "Jean-Marc Kouassi <jm.kouassi@example.fr>", "Candidature Pro'pulse", "10 21:15",
        """Bonsoir,

Pendant mon BUT Gestion des entreprises et des administrations, avec mon titre de séjour étudiant je travaillais dans un fast-food, pas plus de 964 heures par an comme la loi le permet. J'ai eu mon BUT en juin 2026.

Je cherche maintenant un poste d'assistant de gestion dans une SCOP ou une association gestionnaire.

Jean-Marc Kouassi
06 59 40 72 81""",
        app("Jean-Marc", "Kouassi", phone="+33659407281", bac=3, grad="2026-06", status="etudiant_fast_food_964h"),
    )),
    # Feature: papers_residence — situation — mon titre de séjour porte la mention stagiaire
    # circumstance: «mon titre de séjour porte la mention stagiaire» = the permit names the internship she is doing at the Ligue until 20 December: an internship running after today → fails not_internship → not eligible
    N("papers_residence", "situation", "mon titre de séjour porte la mention stagiaire", M(
        "Gabriela Fonseca <gabriela.fonseca@example.net>", "Candidature pour janvier", "11 12:26",
        """Bonjour,

J'ai fini mon master Sciences de l'éducation en juin 2026. Aujourd'hui mon titre de séjour porte la mention stagiaire, parce que je fais un stage à la Ligue de l'enseignement jusqu'au 20 décembre.

Ensuite je voudrais travailler dans une association d'éducation populaire. Est-ce que je peux déjà candidater ?

Gabriela Fonseca
07 31 62 48 90""",
        app("Gabriela", "Fonseca", phone="+33731624890", bac=5, grad="2026-06", failing=("not_internship",), status="titre_stagiaire_ligue"),
    )),
    # Feature: papers_residence — level — BTS Gestion de la PME obtenu à Lyon en juin 2025
    # circumstance: «BTS Gestion de la PME obtenu à Lyon en juin 2025» = the refugee status of 2023 is the circumstance; the diploma is a French BTS (bac+2) → meets degree_level → eligible
    N("papers_residence", "level", "BTS Gestion de la PME obtenu à Lyon en juin 2025", M(
        "Ahmad Jalali <ahmad.jalali@example.com>", "candidature", "12 15:44",
        """Bonjour,

Je suis réfugié statutaire depuis 2023, arrivé d'Afghanistan en 2021. J'ai repris mes études ici : BTS Gestion de la PME obtenu à Lyon en juin 2025.

Je voudrais travailler dans une association qui aide les nouveaux arrivants, à la gestion ou à l'accueil. Je parle dari, pachto, anglais et français.

Merci beaucoup,
Ahmad Jalali
06 08 35 92 67""",
        app("Ahmad", "Jalali", phone="+33608359267", bac=2, grad="2025-06", status="refugie_bts_pme"),
    )),
    # Feature: papers_residence — aim — a fair-trade cooperative or a food bank
    # circumstance: «a fair-trade cooperative or a food bank» = the residence permit «recherche d'emploi» sets a clock; the search is for a cooperative or a food bank → meets job_seeking_ess → eligible (English)
    N("papers_residence", "aim", "a fair-trade cooperative or a food bank", M(
        "Kofi Boateng <kofi.boateng@example.org>", "Application", "13 18:03",
        """Good evening,

My student residence permit has just been changed into a job-seeking one (APS), so I have a year to find a first job in France. I completed my licence professionnelle in logistics at the IUT of Évry in July 2026.

I'd like to work for a fair-trade cooperative or a food bank, on the supply and logistics side.

Best regards,
Kofi Boateng
06 71 29 83 04""",
        app("Kofi", "Boateng", phone="+33671298304", bac=3, grad="2026-07", status="aps_licence_pro_logistique", language="en"),
    )),
    # Feature: papers_residence — situation — ma mission de volontariat se termine fin novembre
    # ambiguous: a «mission de volontariat» of unstated scheme ending «fin novembre» with no day: whether a civic volunteering still runs on 26 November is open
    # circumstance: «ma mission de volontariat se termine fin novembre» = the visa names the volunteering, which ends this month with no day → not_service_civique unknown → to verify
    N("papers_residence", "situation", "ma mission de volontariat se termine fin novembre", M(
        "Camilo Arbeláez <camilo.arbelaez@example.com>", "Candidatura / candidature", "14 11:19",
        """Bonjour,

Je suis colombien, j'ai fait ma licence professionnelle Animation sociale à Grenoble (juin 2025) et je suis resté en France avec un visa de volontaire : ma mission de volontariat se termine fin novembre, dans une association de quartier.

Après, je voudrais un vrai emploi dans l'animation, dans le même genre de structure. Mon titre de séjour devra changer, je le sais.

Camilo Arbeláez
07 64 18 20 37""",
        app("Camilo", "Arbeláez", phone="+33764182037", bac=3, grad="2025-06", unknown=("not_service_civique",), status="visa_volontaire_fin_novembre"),
    )),
    # Feature: papers_residence — kind — un titre de séjour étudiant empêche-t-il de participer
    # circumstance: «un titre de séjour étudiant empêche-t-il de participer» = a general question about papers, no personal fact → kind question
    N("papers_residence", "kind", "un titre de séjour étudiant empêche-t-il de participer", M(
        "Lucie <lucie.bde@example.fr>", "Question titre de séjour", "15 10:40",
        """Bonjour,

Je suis au bureau d'une association d'étudiants internationaux. Plusieurs membres diplômés cet été se demandent : un titre de séjour étudiant empêche-t-il de participer à Pro'pulse, ou faut-il avoir déjà une APS ?

Merci de votre réponse,
Lucie""",
        question(),
    )),
    # Feature: papers_residence — kind — Recipient address rejected: mailbox unavailable
    # circumstance: «Recipient address rejected: mailbox unavailable» = our answer bounced from the address of a graduate who went home when her permit ended, no application → kind bounce
    N("papers_residence", "kind", "Recipient address rejected: mailbox unavailable", M(
        "MAILER-DAEMON <postmaster@example.com>", "Delivery Status Notification (Failure)", "16 03:12",
        """Delivery to the following recipient failed permanently:

    chiara.fabbri@example.com

Recipient address rejected: mailbox unavailable""",
        bounce("chiara.fabbri@example.com"),
        bounce="Reporting-MTA: dns; mx.example.com\nFinal-Recipient: rfc822; chiara.fabbri@example.com\nAction: failed\nStatus: 5.2.1",
    )),
    # Feature: papers_residence — kind — Permanence droit des étrangers
    # circumstance: «Permanence droit des étrangers» = a legal aid association's letter listing its advice sessions, no application → kind newsletter
    N("papers_residence", "kind", "Permanence droit des étrangers", M(
        "Collectif Accès aux droits <infos@example.org>", "Permanence droit des étrangers — décembre", "17 08:15",
        """Nos permanences de décembre :

- Permanence droit des étrangers : mardis 14 h-17 h, changement de statut étudiant/salarié
- Atelier APS : jeudi 10 décembre
- Permanence emploi des personnes réfugiées : vendredis matin

Pour ne plus recevoir ces informations, écrivez-nous.""",
        newsletter(),
        headers={"List-Unsubscribe": "<mailto:infos@example.org?subject=unsubscribe>"},
    )),
    # Feature: papers_residence — kind — nous aimerions présenter Pro'pulse aux étudiants exilés
    # circumstance: «nous aimerions présenter Pro'pulse aux étudiants exilés» = a university programme for exiled students proposes a partnership, no application → kind other
    N("papers_residence", "kind", "nous aimerions présenter Pro'pulse aux étudiants exilés", M(
        "Programme Passerelle — Université <passerelle@example.fr>", "Partenariat étudiants exilés", "18 16:20",
        """Bonjour,

Notre programme prépare des étudiants exilés à la reprise d'études. Ceux qui ont obtenu leur diplôme cette année cherchent maintenant un emploi, et nous aimerions présenter Pro'pulse aux étudiants exilés lors de notre journée du 14 janvier.

Pourriez-vous intervenir ?

L'équipe Passerelle""",
        other(),
    )),
]
