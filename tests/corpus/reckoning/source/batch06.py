"""Reckoning corpus, batch 06 (writer B): a master a year and a half behind, a BUT two years or two and a half
ago, a DEUST begun in 2023, a DU of nine months, a civic service signed at the end of April, a last period of
training four months off, a maternity leave ending, two and a half years of licence at a distance, two years of
prépa and an L3, years of work before studies, an age at the defence, an age in English, the first lockdown, a chain of
engineering years, three months of applying everywhere, a DUT four years ago completed last year, 24 weeks of
civic service, a bank clerk's eleven years, and other mail that counts."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, auto_reply, bounce, newsletter, other, question, reply
from reckoning import N

MESSAGES = [
    # Feature: elapsed_since — graduation — My master's is a year and a half behind me now
    # reckoned: 2026-11 − 18 months = 2025-05 → recent
    N("elapsed_since", "graduation", "My master's is a year and a half behind me now", M(
        "Tomás Herrera <tomas.herrera@example.com>", "Application for Pro'pulse", "02 08:41",
        """Dear Pro'pulse team,

My master's is a year and a half behind me now (Urban Studies, Université Paris Cité), and I have spent that time tutoring and volunteering with a housing association in Saint-Denis.

I am looking for a position in a non-profit working on housing rights or community organising, and I believe your programme could help me make that step.

Kind regards,
Tomás Herrera
+33 6 44 19 82 70""",
        app("Tomás", "Herrera", phone="+33644198270", bac=5, grad="2025-05", status="b_master_year_and_a_half", language="en"),
    )),
    # Feature: elapsed_since — graduation — ça fait deux ans, deux ans et demi
    # ambiguous: two years to two and a half years back is 2024-05 to 2024-11: older than 24 months unless it is exactly two years
    # reckoned: 2026-11 − 24…30 months = 2024-05…2024-11 → year 2024 only, the edge inside the range → graduation_recent open
    N("elapsed_since", "graduation", "ça fait deux ans, deux ans et demi", M(
        "Océane Le Goff <oceane.legoff@example.fr>", "candidature", "02 23:16",
        """bonsoir

alors ça fait deux ans, deux ans et demi que j'ai fini mon BUT carrières sociales, je sais plus exactement. depuis je suis surveillante dans un collège

je voudrais bosser dans une asso d'insertion, est ce que je peux postuler ?

océane
06 12 80 37 45""",
        app("Océane", "Le Goff", phone="+33612803745", bac=3, grad="2024", unknown=("graduation_recent",), status="b_but_deux_ans_deux_ans_et_demi"),
    )),
    # Feature: start_plus_duration — graduation — Entrée en DEUST en septembre 2023, diplôme préparé en deux ans sans redoubler
    # reckoned: 2023-09 + two academic years = June–July 2025 → year 2025 → recent
    N("start_plus_duration", "graduation", "Entrée en DEUST en septembre 2023, diplôme préparé en deux ans sans redoubler", M(
        "Mélissa Adjovi <melissa.adjovi@example.org>", "Candidature Pro'pulse – Mélissa Adjovi", "03 10:03",
        """Bonjour,

Entrée en DEUST en septembre 2023, diplôme préparé en deux ans sans redoubler (« Animation et gestion des activités sportives et culturelles »), je travaille depuis comme animatrice vacataire.

Je souhaite un poste permanent dans une association sportive ou une fédération d'éducation populaire.

Mélissa Adjovi
07 52 16 09 38""",
        app("Mélissa", "Adjovi", phone="+33752160938", bac=2, grad="2025", status="b_deust_2023_deux_ans"),
    )),
    # Feature: start_plus_duration — studies_finished — un DU de neuf mois commencé en octobre
    # reckoned: 2026-10 + 9 months = June 2027 → the DU is running → studies_finished failing
    N("start_plus_duration", "studies_finished", "un DU de neuf mois commencé en octobre", M(
        "Grégoire Fabre <gregoire.fabre@example.net>", "Candidature", "04 13:27",
        """Madame, Monsieur,

Titulaire d'un master de droit public obtenu en 2025, je suis inscrit à un DU de neuf mois commencé en octobre, « Droit et gestion des associations », à l'université de Montpellier : les cours ont lieu le vendredi et le samedi.

Je souhaite rejoindre une fédération associative comme juriste. Votre programme pourrait-il m'accompagner ?

Respectueusement,
Grégoire Fabre
06 87 25 40 19""",
        app("Grégoire", "Fabre", phone="+33687254019", bac=5, grad="2025", failing=("studies_finished",), status="b_du_neuf_mois_octobre"),
    )),
    # Feature: start_plus_duration — situation — un contrat d'engagement de service civique de 7 mois, signé à la fin avril
    # ambiguous: end of April + 7 months = end of November 2026: the mission ends within days of 2026-11-26, before or after it
    # reckoned: 2026-04 (end) + 7 months = 2026-11 (end) → last month November, day unknown → not_service_civique open
    N("start_plus_duration", "situation", "un contrat d'engagement de service civique de 7 mois, signé à la fin avril", M(
        "Awa Sissoko <awa.sissoko@example.fr>", "Candidature Pro'pulse", "05 18:52",
        """Bonjour,

Je suis titulaire d'une licence d'AES (2025). J'ai un contrat d'engagement de service civique de 7 mois, signé à la fin avril, dans une association de lutte contre le gaspillage alimentaire.

Je voudrais continuer dans l'ESS sur un poste salarié, en logistique solidaire par exemple.

Awa Sissoko
07 09 44 61 27""",
        app("Awa", "Sissoko", phone="+33709446127", bac=3, grad="2025", unknown=("not_service_civique",), status="b_sc_7_mois_fin_avril"),
    )),
    # Feature: countdown — studies_finished — ma dernière période de formation se termine dans quatre mois
    # reckoned: four months from 2026-11-26 = March 2027 → the training is running → studies_finished failing
    N("countdown", "studies_finished", "ma dernière période de formation se termine dans quatre mois", M(
        "Fatoumata Keïta <fatoumata.keita@example.com>", "Candidature éducatrice spécialisée", "06 12:40",
        """Bonjour,

Je suis en troisième année à l'IRTS pour le diplôme d'État d'éducatrice spécialisée, et ma dernière période de formation se termine dans quatre mois. Je me projette déjà : je voudrais travailler dans une association de protection de l'enfance.

Est-ce que je peux m'inscrire dès maintenant ?

Fatoumata Keïta
06 39 71 58 24""",
        app("Fatoumata", "Keïta", phone="+33639715824", bac="*", grad=None, failing=("studies_finished",), status="b_irts_quatre_mois_restants"),
    )),
    # Feature: countdown — situation — mon congé maternité se termine dans deux semaines
    # reckoned: a maternity leave ending mid-December is neither an internship nor a civic service; master of 2025 → recent → eligible
    N("countdown", "situation", "mon congé maternité se termine dans deux semaines", M(
        "Clara Wójcik <clara.wojcik@example.org>", "Candidature Pro'pulse – Clara Wójcik", "07 09:15",
        """Bonjour,

Mon congé maternité se termine dans deux semaines et je reprends activement ma recherche d'emploi. J'ai un master « Intervention et développement social » obtenu en septembre 2025.

Je vise un poste de coordinatrice dans une association d'aide aux familles ou une structure d'insertion.

Clara Wójcik
06 21 63 94 07""",
        app("Clara", "Wójcik", phone="+33621639407", bac=5, grad="2025-09", status="b_conge_maternite_deux_semaines"),
    )),
    # Feature: study_counts — level — deux ans et demi de licence à distance
    # ambiguous: two and a half years of a licence: two years validated (bac+2) or not? the half-year says it was not finished, the validated years are not said
    # reckoned: 2.5 years of a 3-year licence, validation unstated → bac "*", degree_level open
    N("study_counts", "level", "deux ans et demi de licence à distance", M(
        "Samia Ouali <s.ouali@mission-locale-est.example.fr>", "Orientation – M. Dylan Perrot", "09 11:05",
        """Bonjour,

Je suis conseillère à la Mission locale et j'accompagne M. Dylan Perrot, 24 ans, qui souhaiterait intégrer Pro'pulse. Il a suivi deux ans et demi de licence à distance en sciences de l'éducation, tout en travaillant, puis il a dû s'arrêter pour raisons familiales.

Il recherche un emploi d'animateur ou de coordinateur dans une association. Ses coordonnées : dylan.perrot@example.com, 07 48 30 12 66.

Bien cordialement,
Samia Ouali
Conseillère en insertion""",
        app("Dylan", "Perrot", phone="+33748301266", bac="*", grad=None, unknown=("degree_level",), status="b_licence_distance_deux_ans_et_demi", email="dylan.perrot@example.com", forwarded_by="s.ouali@mission-locale-est.example.fr"),
    )),
    # Feature: study_counts — level — deux ans de prépa puis une L3
    # reckoned: two years of prépa + the third year of licence validated = bac+3; «l'été dernier» = 2026 → recent
    N("study_counts", "level", "deux ans de prépa puis une L3", M(
        "Baptiste Hoarau <baptiste.hoarau@example.fr>", "Candidature", "09 17:33",
        """Bonjour,

J'ai fait deux ans de prépa puis une L3 de sciences sociales, validée l'été dernier. Je ne veux pas continuer en master tout de suite : je veux d'abord travailler, dans une coopérative ou une association de solidarité internationale.

Bien cordialement,
Baptiste Hoarau
06 92 55 18 40""",
        app("Baptiste", "Hoarau", phone="+33692551840", bac=3, grad="2026", status="b_prepa_deux_ans_l3"),
    )),
    # Feature: career_span — career_change — trois ans comme éducateur sportif dans un club associatif
    # reckoned: three years in an association before a master of the ESS, in the field of the aim → not a career change → met
    N("career_span", "career_change", "trois ans comme éducateur sportif dans un club associatif", M(
        "Mehdi Zerrouki <mehdi.zerrouki@example.com>", "Candidature Pro'pulse", "10 08:22",
        """Bonjour,

Après ma licence STAPS, j'ai travaillé trois ans comme éducateur sportif dans un club associatif de quartier, puis j'ai repris un master « Économie sociale et solidaire » que j'ai terminé en juin 2026.

Je veux continuer dans le sport associatif, mais côté coordination de projets.

Mehdi Zerrouki
07 27 81 63 90""",
        app("Mehdi", "Zerrouki", phone="+33727816390", bac=5, grad="2026-06", status="b_educ_sportif_trois_ans_master_ess"),
    )),
    # Feature: career_span — career_change — sept ans de travail avant de reprendre mes études
    # ambiguous: seven years of work «dans différents domaines» before the licence pro: another trade (a career change) or jobs near the aim? not said
    # reckoned: 7 years of work of unstated field before a diploma of 2026 → not_career_change open
    N("career_span", "career_change", "sept ans de travail avant de reprendre mes études", M(
        "Stéphanie Rolland <stephanie.rolland@example.net>", "Candidature – Stéphanie Rolland", "10 14:58",
        """Bonjour,

J'ai 34 ans. J'ai fait sept ans de travail avant de reprendre mes études, dans différents domaines, et j'ai obtenu en juillet une licence professionnelle « Métiers de l'accompagnement ».

Je cherche un poste dans une association d'accompagnement vers l'emploi.

Stéphanie Rolland
06 66 02 75 31""",
        app("Stéphanie", "Rolland", phone="+33666027531", bac=3, grad="2026-07", unknown=("not_career_change",), status="b_sept_ans_travail_lp"),
    )),
    # Feature: ages — graduation — je l'ai soutenu le jour de mes 26 ans
    # reckoned: 27 years old since October 2026 → 26 in October 2025 → the master 2025-10 → 13 months → recent
    N("ages", "graduation", "je l'ai soutenu le jour de mes 26 ans", M(
        "Jeanne Kabongo <jeanne.kabongo@example.org>", "Candidature au programme Pro'pulse", "11 10:11",
        """Bonjour,

Je m'appelle Jeanne Kabongo et j'ai fêté mes 27 ans en octobre. Mon master de coopération internationale, je l'ai soutenu le jour de mes 26 ans : le plus beau cadeau d'anniversaire possible. Je souhaite travailler dans une association de coopération internationale. Vous trouverez mon CV ci-joint.

Cordialement,
Jeanne Kabongo
06 31 07 49 82""",
        app("Jeanne", "Kabongo", phone="+33631074982", bac=5, grad="2025-10", status="b_master_jour_des_26_ans", info_in="both"),
        cv=CV("pdf", "CV_Jeanne_Kabongo.pdf", """Jeanne Kabongo
Née le 14 octobre 1999 — jeanne.kabongo@example.org — 06 31 07 49 82
Master Coopération internationale et ONG, soutenu le jour de mes 26 ans
Licence de sciences politiques
Césure : bénévole dans une maison de quartier à Liège (un an)
Langues : français, lingala, anglais"""),
    )),
    # Feature: ages — graduation — I'm 26 now and finished my degree at 22
    # reckoned: 26 − 22 = four years ago = 2022 → older than 24 months → graduation_recent failing
    N("ages", "graduation", "I'm 26 now and finished my degree at 22", M(
        "Siobhan Murray <siobhan.murray@example.net>", "Pro'pulse application", "11 21:30",
        """Hi,

I'm 26 now and finished my degree at 22 (a BA in Sociology, University of Leeds). Since then I've worked in hospitality in Bordeaux, and I'd really like to move into a charity or a social enterprise here.

Cheers,
Siobhan Murray
+33 7 20 58 61 94""",
        app("Siobhan", "Murray", phone="+33720586194", bac=3, grad="2022", failing=("graduation_recent",), status="b_26_now_degree_at_22", language="en"),
    )),
    # Feature: calendar_anchors — graduation — juste avant le premier confinement, au début du printemps
    # reckoned: the first lockdown began in March 2020, early spring → 2020-03 → 80 months → graduation_recent failing
    N("calendar_anchors", "graduation", "juste avant le premier confinement, au début du printemps", M(
        "Adrien Koenig <adrien.koenig@example.fr>", "Candidature Pro'pulse", "12 15:06",
        """Bonjour,

J'ai validé mon master d'économie juste avant le premier confinement, au début du printemps, et depuis j'ai surtout travaillé en freelance comme rédacteur. Je voudrais désormais m'engager dans une coopérative.

Adrien Koenig
06 53 28 90 14""",
        app("Adrien", "Koenig", phone="+33653289014", bac=5, grad="2020-03", failing=("graduation_recent",), status="b_master_avant_confinement"),
    )),
    # Feature: calendar_anchors — kind — après les vacances de Noël
    # reckoned: a question with no personal fact: will the next session open after the Christmas holidays (January 2027)?
    N("calendar_anchors", "kind", "après les vacances de Noël", M(
        "Lou Perrin <lou.perrin@example.com>", "prochaine session ?", "13 12:12",
        """Bonjour,

Est-ce que les candidatures resteront ouvertes après les vacances de Noël, ou faut-il absolument envoyer son dossier avant la fin de l'année ? Et y a-t-il une session qui démarre au printemps ?

Merci,
Lou""",
        question(),
    )),
    # Feature: chained_dates — career_change — six ans chez un constructeur automobile, puis deux ans de congé parental
    # reckoned: an engineering school, six years of engineering, two years of parental leave, then the master of June 2026 → a career change → not_career_change failing
    N("chained_dates", "career_change", "six ans chez un constructeur automobile, puis deux ans de congé parental", M(
        "Nicolas Arnaud <nicolas.arnaud@example.com>", "Candidature Pro'pulse – reconversion", "14 09:48",
        """Bonjour,

Mon parcours en bref : une école d'ingénieurs, six ans chez un constructeur automobile, puis deux ans de congé parental, et un master « Management de l'économie sociale » que je viens de terminer en juin 2026. Mon CV est joint.

Je souhaite devenir chargé de mission dans une coopérative d'énergie citoyenne.

Nicolas Arnaud
06 74 93 20 58""",
        app("Nicolas", "Arnaud", phone="+33674932058", bac=5, grad="2026-06", failing=("not_career_change",), status="b_ingenieur_auto_conge_parental_master", info_in="both"),
        cv=CV("odt", "CV_Nicolas_Arnaud.odt", """Nicolas Arnaud — 06 74 93 20 58
Master Management de l'économie sociale — terminé en juin 2026
Congé parental — deux ans
Ingénieur méthodes, constructeur automobile — six ans
Diplôme d'ingénieur, école d'ingénieurs généraliste"""),
    )),
    # Feature: chained_dates — kind — il y a trois semaines, puis relancé la semaine dernière
    # reckoned: a reply in our thread: a chain of reminders (three weeks ago, last week), no new fact
    N("chained_dates", "kind", "il y a trois semaines, puis relancé la semaine dernière", M(
        "Hugo Tessier <hugo.tessier@example.org>", "Re: Accusé de réception de votre candidature", "16 10:30",
        """Bonjour,

Je vous ai envoyé mon dossier il y a trois semaines, puis relancé la semaine dernière, et votre accusé de réception ci-dessous annonçait une réponse sous dix jours. Avez-vous pu l'étudier ?

Merci,
Hugo Tessier

> Bonjour, nous avons bien reçu votre candidature et reviendrons vers vous sous dix jours.
> L'équipe Pro'pulse""",
        reply(),
        headers={"In-Reply-To": "<pp-ack-2610-2231@animafac.net>", "References": "<pp-ack-2610-2231@animafac.net>"},
    )),
    # Feature: search_duration — aim — trois mois que je candidate
    # ambiguous: three months of applications to town halls and companies as much as to associations: the ESS is one target among others
    # reckoned: three months of search, the ESS beside the public sector and any company → job_seeking_ess open
    N("search_duration", "aim", "trois mois que je candidate", M(
        "Rayan Benchekroun <rayan.bench@example.net>", "candidature pro'pulse", "17 19:44",
        """Bonjour,

Ça fait trois mois que je candidate, autant dans des mairies et des entreprises que dans des assos, sur des postes de chargé de communication. J'ai une licence info-com obtenue en juin 2025.

Si votre programme peut m'aider à trouver plus vite, je prends !

Rayan Benchekroun
06 07 39 84 21""",
        app("Rayan", "Benchekroun", phone="+33607398421", bac=3, grad="2025-06", unknown=("job_seeking_ess",), status="b_trois_mois_mairies_entreprises_assos"),
    )),
    # Feature: search_duration — kind — sous 5 jours ouvrés
    # reckoned: a job board's auto-reply: an answer within 5 working days, no personal fact
    N("search_duration", "kind", "sous 5 jours ouvrés", M(
        "Solidaires Emplois <ne-pas-repondre@solidaires-emplois.example.org>", "Réponse automatique : Partenariat", "18 06:15",
        """Bonjour,

Merci pour votre message. Notre équipe vous répondra sous 5 jours ouvrés. Pour rappel, les offres de notre site restent en ligne deux mois ; au-delà, elles sont archivées.

Solidaires Emplois, le site des offres de l'ESS""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: relative_years — graduation — complété l'an dernier par une licence pro
    # reckoned: a DUT four years ago (2022), then the licence pro last year = 2025 → the last diploma 2025 → recent
    N("relative_years", "graduation", "complété l'an dernier par une licence pro", M(
        "Camille Bertrand-Ndiaye <camille.bn@example.fr>", "Candidature", "18 16:20",
        """Bonjour,

J'ai eu mon DUT il y a quatre ans, mais je l'ai complété l'an dernier par une licence pro « Gestion des organisations de l'économie sociale », en reprise d'études.

Je postule pour être accompagné·e vers un poste dans une association ou une SCIC.

Camille Bertrand-Ndiaye
07 31 46 27 59""",
        app("Camille", "Bertrand-Ndiaye", phone="+33731462759", bac=3, grad="2025", status="b_dut_quatre_ans_lp_an_dernier"),
    )),
    # Feature: relative_years — kind — il y a dix ans
    # reckoned: a network's newsletter: founded ten years ago (2016), no personal fact
    N("relative_years", "kind", "il y a dix ans", M(
        "La Fabrique solidaire <lettre@fabrique-solidaire.example.net>", "10 ans de la Fabrique : on fête ça !", "19 08:00",
        """LA FABRIQUE SOLIDAIRE — lettre de novembre

Il y a dix ans, six associations de Roubaix créaient la Fabrique solidaire. Depuis, plus de quatre cents jeunes sont passés par nos ateliers. Nous fêterons cet anniversaire le mois prochain, le 16 décembre.

Au sommaire : les offres de la semaine, le portrait d'une ressourcerie, et nos dates de l'année prochaine.

Désinscription : lien en bas de page.""",
        newsletter(),
    )),
    # Feature: status_durations — situation — une mission de service civique de 24 semaines, démarrée le 1er juin
    # reckoned: 2026-06-01 + 24 weeks = 2026-11-16 → ended ten days before 2026-11-26 → not_service_civique met
    N("status_durations", "situation", "une mission de service civique de 24 semaines, démarrée le 1er juin", M(
        "Ophélie Marchand <ophelie.marchand@example.org>", "Candidature Pro'pulse", "20 11:37",
        """Bonjour,

Licenciée en géographie (juin 2025), je viens de terminer une mission de service civique de 24 semaines, démarrée le 1er juin, dans un parc naturel régional. Je voudrais maintenant un poste dans une association d'éducation à l'environnement.

Ophélie Marchand
06 18 52 36 94""",
        app("Ophélie", "Marchand", phone="+33618523694", bac=3, grad="2025-06", status="b_sc_24_semaines_1er_juin"),
    )),
    # Feature: status_durations — kind — fermées six mois après la fin du cursus
    # reckoned: a bounce from a university: student mailboxes are closed six months after the end of studies, no fact of an applicant
    N("status_durations", "kind", "fermées six mois après la fin du cursus", M(
        "Mail Delivery Subsystem <mailer-daemon@etu.univ.example.fr>", "Undelivered Mail Returned to Sender", "21 02:48",
        """Votre message n'a pas pu être délivré.

L'adresse du destinataire n'existe plus : les boîtes étudiantes sont fermées six mois après la fin du cursus.

Destinataire : j.piquet@etu.univ.example.fr""",
        bounce("j.piquet@etu.univ.example.fr"),
        bounce="""Reporting-MTA: dns; smtp.etu.univ.example.fr

Final-Recipient: rfc822; j.piquet@etu.univ.example.fr
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 account closed""",
    )),
    # Feature: english_reckoning — career_change — after eleven years as a bank clerk
    # reckoned: eleven years of another trade before the BA of June 2026 → not_career_change failing
    N("english_reckoning", "career_change", "after eleven years as a bank clerk", M(
        "Olusegun Adebayo <olusegun.adebayo@example.com>", "Application", "22 09:09",
        """Good morning,

I went back to university after eleven years as a bank clerk and finished a BA in Social Work this June, at 38. I now want to work for a charity supporting people in debt.

Regards,
Olusegun Adebayo
+33 6 90 41 27 83""",
        app("Olusegun", "Adebayo", phone="+33690412783", bac=3, grad="2026-06", failing=("not_career_change",), status="b_eleven_years_bank_clerk", language="en"),
    )),
    # Feature: english_reckoning — kind — in a fortnight
    # reckoned: a partner's invitation in English: a volunteering fair in a fortnight, no personal fact
    N("english_reckoning", "kind", "in a fortnight", M(
        "Hannah Brooks <hannah.brooks@volunteer-hub.example.org>", "Volunteering fair – would you like a table?", "23 15:25",
        """Hello Pro'pulse team,

We're running our winter volunteering fair in a fortnight at the Maison de quartier des Chartrons, and we'd love to have you there to talk about your programme. Tables are free; we just need an answer by the end of next week.

All the best,
Hannah Brooks
Volunteer Hub Bordeaux""",
        other(),
    )),
]
