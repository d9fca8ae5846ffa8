"""Tenses corpus, batch 05 (writer B): the passé composé against the present («j'ai fait mon service civique
à la Ligue de l'enseignement» / «je fais des missions de volontariat à l'AFEV», «j'ai fait un an de licence»), the imparfait («j'étais
aide-soignante depuis quatorze ans», «je terminais un stage»), the plus-que-parfait («j'avais travaillé neuf
ans en usine avant de reprendre»), and other mail whose tense carries its kind."""
# ruff: noqa: E501

from __future__ import annotations

from kit import M, app, auto_reply, bounce, newsletter, other, question, reply
from tenses import N

MESSAGES = [
    # ---------------------------------------------------------------- passé composé vs present
    # Feature: passe_compose_vs_present — situation — j'ai fait mon service civique à la Ligue de l'enseignement
    # timed: «j'ai fait» on «mon service civique» = civic service over (passé composé, no date) → meets not_service_civique
    N("passe_compose_vs_present", "situation", "j'ai fait mon service civique à la Ligue de l'enseignement", M(
        "Gwenaëlle Tanguy <gwen.tanguy@example.org>", "Candidature au programme Pro'pulse", "03 08:41",
        """Bonjour,

Titulaire d'une licence professionnelle « Coordination de projets d'animation » obtenue en juin 2025, j'ai fait mon service civique à la Ligue de l'enseignement d'Ille-et-Vilaine, dans l'équipe des classes découvertes. Ma petite sœur fait le sien en ce moment à la même fédération, c'est de famille !

Je cherche un poste de coordinatrice dans une association d'éducation populaire ou un centre social.

Gwenaëlle Tanguy
07 62 18 44 05""",
        app("Gwenaëlle", "Tanguy", phone="+33762184405", bac=3, grad="2025-06", status="b_pc_service_fait"),
    )),
    # Feature: passe_compose_vs_present — level — j'ai fait un an de licence de sociologie
    # timed: «j'ai fait un an» on «de licence de sociologie», not validated, then «je fais des extras» = the bac (2023) only → fails degree_level
    N("passe_compose_vs_present", "level", "j'ai fait un an de licence de sociologie", M(
        "Sofiane Zeroual <sofiane.zeroual@example.net>", "Pro'pulse - candidature", "05 19:02",
        """Bonjour à l'équipe Pro'pulse,

Après mon bac en 2023, j'ai fait un an de licence de sociologie à Tours, sans valider l'année. Aujourd'hui je fais des extras en restauration, et mon frère fait son service civique chez Unis-Cité, ce qui m'a donné envie de m'engager à mon tour.

J'aimerais travailler dans une association de lutte contre l'isolement, et votre programme me semble le bon tremplin.

Bonne soirée,
Sofiane Zeroual
06 45 90 12 37""",
        app("Sofiane", "Zeroual", phone="+33645901237", bac=0, grad="2023", failing=("degree_level",), status="b_pc_un_an_licence"),
    )),
    # Feature: passe_compose_vs_present — career_change — j'ai travaillé onze ans comme caissière
    # timed: «j'ai travaillé onze ans» on «comme caissière» = a first trade over before the retraining diploma → fails not_career_change
    N("passe_compose_vs_present", "career_change", "j'ai travaillé onze ans comme caissière", M(
        "Rosalinda Quaresma <rosalinda.quaresma@example.com>", "Ma candidature", "06 10:15",
        """Madame, Monsieur,

J'ai travaillé onze ans comme caissière dans un hypermarché de la banlieue lyonnaise. À quarante ans, j'ai repris une formation et je suis titulaire depuis juillet 2025 du diplôme d'État d'éducatrice spécialisée.

Je souhaite maintenant rejoindre une association de protection de l'enfance. Je reste joignable au 06 33 71 08 29.

Rosalinda Quaresma""",
        app("Rosalinda", "Quaresma", phone="+33633710829", bac=3, grad="2025-07", failing=("not_career_change",), status="b_pc_onze_ans_caisse"),
    )),
    # Feature: passe_compose_vs_present — situation — je fais des missions de volontariat à l'AFEV
    # ambiguous: the present says a volunteering held now, but under which scheme (service civique or plain bénévolat) the mail never says
    # timed: «je fais» on «des missions de volontariat à l'AFEV» = a volunteering running now, scheme unstated → open not_service_civique
    N("passe_compose_vs_present", "situation", "je fais des missions de volontariat à l'AFEV", M(
        "Anouk Verhaegen <anouk.v@example.org>", "candidature propulse", "07 22:30",
        """bonjour,

master 2 « Sociologie de l'action publique » validé en septembre 2025 à Lille. en ce moment je fais des missions de volontariat à l'AFEV, du mentorat avec des collégiens, trois jours par semaine.

je voudrais travailler dans une structure de l'ESS sur l'égalité des chances, une asso ou une fondation.

merci, Anouk Verhaegen — 06 14 52 87 60""",
        app("Anouk", "Verhaegen", phone="+33614528760", bac=5, grad="2025-09", unknown=("not_service_civique",), status="b_pc_volontariat_afev"),
    )),
    # Feature: passe_compose_vs_present — studies_finished — j'ai soutenu mon mémoire de master
    # timed: «j'ai soutenu» on «mon mémoire de master» = defence done (September 2026) → meets studies_finished
    N("passe_compose_vs_present", "studies_finished", "j'ai soutenu mon mémoire de master", M(
        "Teodor Lungu <teodor.lungu@example.fr>", "Candidature Pro'pulse — Teodor Lungu", "09 14:06",
        """Bonjour,

J'ai soutenu mon mémoire de master « Développement local et économie solidaire » le 24 septembre 2026 à l'université de Poitiers, et le jury a validé le diplôme le jour même.

Je recherche un emploi de chargé de mission dans une coopérative d'activité et d'emploi ou dans un pôle territorial de coopération économique.

Cordialement,
Teodor Lungu
06 58 03 66 21""",
        app("Teodor", "Lungu", phone="+33658036621", bac=5, grad="2026-09", status="b_pc_memoire_soutenu"),
    )),
    # Feature: passe_compose_vs_present — aim — maintenant je cherche un poste dans un cabinet de conseil
    # timed: «j'ai cherché» (past aim) vs «maintenant je cherche» on «un poste dans un cabinet de conseil» = the aim now is consulting → fails job_seeking_ess
    N("passe_compose_vs_present", "aim", "maintenant je cherche un poste dans un cabinet de conseil", M(
        "Marius Delacroix-Nguyen <marius.dn@example.com>", "Candidature", "10 11:47",
        """Bonjour,

Diplômé d'un master de gestion en juin 2023 (Université Paris-Est), j'ai cherché pendant trois ans dans les associations et les mutuelles, sans succès. Maintenant je cherche un poste dans un cabinet de conseil en stratégie, où les salaires sont plus intéressants.

On m'a dit que votre programme pouvait aider à décrocher un premier poste, d'où ce message.

Marius Delacroix-Nguyen
06 09 47 25 88""",
        app("Marius", "Delacroix-Nguyen", phone="+33609472588", bac=5, grad="2023-06", failing=("graduation_recent", "job_seeking_ess"), status="b_pc_cherche_conseil"),
    )),
    # Feature: passe_compose_vs_present — situation — I'm doing an internship at a housing charity
    # timed: «I'm doing» (present progressive) on «an internship» vs «I have finished my degree» = internship running now → fails not_internship
    N("passe_compose_vs_present", "situation", "I'm doing an internship at a housing charity", M(
        "Chiamaka Eze <chiamaka.eze@example.net>", "Application - Pro'pulse", "11 16:20",
        """Hello,

I have finished my bachelor's in social policy at the University of Kent (July 2026) and since October I'm doing an internship at a housing charity in Paris, as part of a French-language programme.

After that I want to work for a French association fighting homelessness.

Best wishes,
Chiamaka Eze
+33 7 51 84 20 63""",
        app("Chiamaka", "Eze", phone="+33751842063", bac=3, grad="2026-07", failing=("not_internship",), language="en", status="b_pc_en_internship_now"),
    )),
    # Feature: passe_compose_vs_present — kind — Faut-il avoir fini son service civique
    # timed: «Faut-il avoir fini» on «son service civique» = a generic infinitive of the past in a question, no personal fact → kind question
    N("passe_compose_vs_present", "kind", "Faut-il avoir fini son service civique", M(
        "Noé Castagnet <noe.castagnet@example.org>", "Question sur les conditions", "12 09:03",
        """Bonjour,

Faut-il avoir fini son service civique pour déposer un dossier, ou peut-on candidater pendant qu'on le fait encore ? Et le programme accepte-t-il les personnes qui ont fait un BTS ?

Merci d'avance pour votre réponse,
Noé Castagnet""",
        question(),
    )),
    # Feature: passe_compose_vs_present — kind — j'ai envoyé les pièces justificatives
    # timed: «j'ai envoyé» on «les pièces justificatives» = a step done in our thread → kind reply
    N("passe_compose_vs_present", "kind", "j'ai envoyé les pièces justificatives", M(
        "Soraya Hadjadj <soraya.hadjadj@example.fr>", "Re: Votre dossier Pro'pulse", "13 18:55",
        """Bonsoir,

Comme demandé, j'ai envoyé les pièces justificatives par le lien que vous m'avez transmis. Je complète le questionnaire demain matin.

Bonne soirée,
Soraya Hadjadj""",
        reply(),
        headers={"In-Reply-To": "<dossier-4471@animafac.net>", "References": "<dossier-4471@animafac.net>"},
    )),
    # ---------------------------------------------------------------- imparfait
    # Feature: imparfait — career_change — j'étais aide-soignante depuis quatorze ans
    # timed: «j'étais aide-soignante depuis quatorze ans» when «j'ai repris mes études» = a first trade closed by the retraining → fails not_career_change
    N("imparfait", "career_change", "j'étais aide-soignante depuis quatorze ans", M(
        "Mireille Ondoua <mireille.ondoua@example.com>", "Candidature Pro'pulse", "02 07:58",
        """Bonjour,

J'étais aide-soignante depuis quatorze ans dans un EHPAD de Créteil quand j'ai repris mes études. J'ai obtenu le diplôme d'État d'assistante de service social en juin 2026.

Je cherche un poste dans une association d'accès aux droits ou un CCAS associatif. Mon numéro : 06 27 81 45 93.

Mireille Ondoua""",
        app("Mireille", "Ondoua", phone="+33627814593", bac=3, grad="2026-06", failing=("not_career_change",), status="b_imp_aide_soignante"),
    )),
    # Feature: imparfait — situation — je terminais un stage à la Fondation Abbé Pierre
    # ambiguous: the imparfait puts the internship in the past of the advert, with no end and no word about today: over or still running?
    # timed: «je terminais» on «un stage à la Fondation Abbé Pierre» = an ongoing past with no end → open not_internship
    N("imparfait", "situation", "je terminais un stage à la Fondation Abbé Pierre", M(
        "Kofi Mensah-Laurent <kofi.ml@example.org>", "Candidature - Kofi Mensah-Laurent", "04 12:12",
        """Bonjour,

J'ai obtenu mon BUT Carrières sociales en juin 2026. Quand j'ai vu passer votre annonce, je terminais un stage à la Fondation Abbé Pierre, au pôle logement.

Je souhaite travailler dans une association d'insertion par le logement.

Kofi Mensah-Laurent
07 44 19 62 08""",
        app("Kofi", "Mensah-Laurent", phone="+33744196208", bac=3, grad="2026-06", unknown=("not_internship",), status="b_imp_terminais_stage"),
    )),
    # Feature: imparfait — career_change — je travaillais comme serveur le week-end pendant ma licence
    # timed: «je travaillais» on «comme serveur le week-end pendant ma licence» = a student job of the past → meets not_career_change
    N("imparfait", "career_change", "je travaillais comme serveur le week-end pendant ma licence", M(
        "Corentin Lhermitte <corentin.lhermitte@example.net>", "Candidature programme Pro'pulse", "06 15:33",
        """Bonjour,

Je travaillais comme serveur le week-end pendant ma licence de géographie, que j'ai validée en juin 2025 à Clermont-Ferrand. J'ai enchaîné sur un master 2 « Économie sociale et solidaire », obtenu en septembre 2026.

Je cherche un poste d'animateur de réseau dans une coopérative ou une fédération d'associations.

Corentin Lhermitte, 06 81 22 04 57""",
        app("Corentin", "Lhermitte", phone="+33681220457", bac=5, grad="2026-09", status="b_imp_serveur_weekend"),
    )),
    # Feature: imparfait — level — je préparais un BTS Économie sociale familiale quand j'ai dû arrêter
    # timed: «je préparais» on «un BTS» closed by «j'ai dû arrêter» = a BTS never finished, the bac (2023) only → fails degree_level
    N("imparfait", "level", "je préparais un BTS Économie sociale familiale quand j'ai dû arrêter", M(
        "Yasmina Cherifi <yasmina.cherifi@example.fr>", "candidature", "08 20:44",
        """Bonsoir,

J'ai eu mon bac en 2023. Je préparais un BTS Économie sociale familiale quand j'ai dû arrêter pour m'occuper de ma mère, au printemps 2024.

Je cherche un emploi dans une association d'aide à domicile, c'est le domaine que je connais.

Yasmina Cherifi 07 56 33 12 80""",
        app("Yasmina", "Cherifi", phone="+33756331280", bac=0, grad="2023", failing=("degree_level",), status="b_imp_bts_arrete"),
    )),
    # Feature: imparfait — career_change — avant, je travaillais dans l'hôtellerie
    # ambiguous: the imparfait says a former job in hotels, but not for how long nor whether it was a trade or a student job
    # timed: «je travaillais» on «dans l'hôtellerie» = a past job of unstated length → open not_career_change
    N("imparfait", "career_change", "avant, je travaillais dans l'hôtellerie", M(
        "Ludivine Masson-Okafor <ludivine.mo@example.com>", "Pro'pulse", "14 10:20",
        """Bonjour,

Avant, je travaillais dans l'hôtellerie, à la réception d'un grand hôtel de Nice. J'ai ensuite fait une licence professionnelle « Intervention sociale », obtenue en juin 2026.

J'aimerais rejoindre une association d'accueil de personnes migrantes.

Ludivine Masson-Okafor
06 70 15 39 42""",
        app("Ludivine", "Masson-Okafor", phone="+33670153942", bac=3, grad="2026-06", unknown=("not_career_change",), status="b_imp_hotellerie"),
    )),
    # Feature: imparfait — situation — j'étais volontaire en service civique aux Restos du Cœur
    # ambiguous: «j'étais volontaire… quand j'ai eu mon master» dates the civic service to the summer, with no end and nothing about today
    # timed: «j'étais volontaire» on «en service civique aux Restos du Cœur» = an ongoing past, no end said → open not_service_civique
    N("imparfait", "situation", "j'étais volontaire en service civique aux Restos du Cœur", M(
        "Hamza Oukili <hamza.oukili@example.org>", "Candidature Pro'pulse - Hamza Oukili", "16 09:37",
        """Bonjour,

J'étais volontaire en service civique aux Restos du Cœur de Montpellier quand j'ai eu mon master « Intervention et développement social », en juillet 2026.

Je cherche un poste de coordinateur de bénévoles dans une association d'aide alimentaire.

Cordialement,
Hamza Oukili
06 92 40 17 55""",
        app("Hamza", "Oukili", phone="+33692401755", bac=5, grad="2026-07", unknown=("not_service_civique",), status="b_imp_volontaire_restos"),
    )),
    # Feature: imparfait — kind — Nous étions nombreux à vous attendre
    # timed: «Nous étions nombreux» on «à vous attendre» = a thank-you for a past event, no application → kind other
    N("imparfait", "kind", "Nous étions nombreux à vous attendre", M(
        "Maison des associations de Vannes <contact@mda-vannes.example.org>", "Merci pour votre venue !", "17 11:02",
        """Bonjour,

Nous étions nombreux à vous attendre jeudi dernier pour la présentation de Pro'pulse, et la salle était pleine. Merci encore à votre équipe !

Les photos de la soirée sont disponibles sur notre site.

L'équipe de la Maison des associations""",
        other(),
    )),
    # Feature: imparfait — kind — Il y avait encore des places
    # timed: «Il y avait encore des places» on «l'atelier CV» = a past state of a public event → kind newsletter
    N("imparfait", "kind", "Il y avait encore des places", M(
        "La Lettre du Réseau Solidaire <lettre@reseau-solidaire.example.net>", "La lettre de novembre", "18 06:00",
        """La lettre du Réseau Solidaire — novembre 2026

Il y avait encore des places à l'atelier CV du mois dernier : il reviendra en janvier. Au sommaire ce mois-ci : les aides à l'embauche en association, un portrait de SCOP, l'agenda des forums de l'emploi solidaire.

Pour vous désinscrire, répondez STOP.""",
        newsletter(),
    )),
    # ---------------------------------------------------------------- plus-que-parfait
    # Feature: plus_que_parfait — career_change — j'avais travaillé neuf ans en usine avant de reprendre
    # timed: «j'avais travaillé neuf ans» on «en usine» before the retraining = a first trade → fails not_career_change
    N("plus_que_parfait", "career_change", "j'avais travaillé neuf ans en usine avant de reprendre", M(
        "Thierry Kowalczyk <thierry.kowalczyk@example.fr>", "Candidature", "02 13:18",
        """Bonjour,

J'avais travaillé neuf ans en usine avant de reprendre des études, à trente-deux ans. J'ai eu ma licence professionnelle « Gestion des structures de l'ESS » en juin 2026.

Je cherche un poste d'encadrant technique dans un atelier et chantier d'insertion.

Thierry Kowalczyk — 06 38 59 74 10""",
        app("Thierry", "Kowalczyk", phone="+33638597410", bac=3, grad="2026-06", failing=("not_career_change",), status="b_pqp_usine"),
    )),
    # Feature: plus_que_parfait — studies_finished — j'avais terminé mon BTS SP3S en juin 2025
    # timed: «j'avais terminé» on «mon BTS SP3S» before leaving for a year abroad = obtained (June 2025) → meets studies_finished
    N("plus_que_parfait", "studies_finished", "j'avais terminé mon BTS SP3S en juin 2025", M(
        "Océane Rakotomalala <oceane.rakoto@example.org>", "Candidature Pro'pulse", "05 17:40",
        """Bonjour,

J'avais terminé mon BTS SP3S en juin 2025, juste avant de partir un an à Madagascar avec une association de parrainage scolaire. Me voici de retour en France depuis octobre.

Je cherche un emploi dans une structure de l'économie sociale et solidaire, dans l'accompagnement social ou la solidarité internationale.

Océane Rakotomalala
07 83 26 91 14""",
        app("Océane", "Rakotomalala", phone="+33783269114", bac=2, grad="2025-06", status="b_pqp_bts_avant_depart"),
    )),
    # Feature: plus_que_parfait — graduation — j'avais obtenu mon DUT GEA en 2022
    # timed: «j'avais obtenu» on «mon DUT GEA en 2022» = obtained before the jobs that followed (2022) → fails graduation_recent
    N("plus_que_parfait", "graduation", "j'avais obtenu mon DUT GEA en 2022", M(
        "Adrien Sabatier <adrien.sabatier@example.com>", "Demande d'accompagnement Pro'pulse", "08 08:25",
        """Bonjour,

J'avais obtenu mon DUT GEA en 2022, puis j'ai été trésorier bénévole d'un club de foot pendant que je faisais des missions d'intérim.

Aujourd'hui je voudrais devenir gestionnaire dans une association ou une mutuelle.

Adrien Sabatier, 06 24 68 13 97""",
        app("Adrien", "Sabatier", phone="+33624681397", bac=2, grad="2022", failing=("graduation_recent",), status="b_pqp_dut_2022"),
    )),
    # Feature: plus_que_parfait — studies_finished — j'avais rendu mon mémoire avant l'été
    # ambiguous: the plus-que-parfait says the mémoire was handed in, but nothing on the defence or the result: master done or not?
    # timed: «j'avais rendu» on «mon mémoire» = handed in before the summer, defence unsaid → open studies_finished
    N("plus_que_parfait", "studies_finished", "j'avais rendu mon mémoire avant l'été", M(
        "Yara Bouaziz-Marchal <yara.bm@example.net>", "candidature M2", "12 21:14",
        """Bonsoir,

Mon master 2 « Management des organisations sanitaires et sociales », à Rennes : j'avais rendu mon mémoire avant l'été, et depuis je fais du bénévolat au Secours populaire en attendant.

Je souhaite travailler dans une association du secteur médico-social.

Yara Bouaziz-Marchal
06 19 75 30 48""",
        app("Yara", "Bouaziz-Marchal", phone="+33619753048", bac="*", grad=None, unknown=("studies_finished",), status="b_pqp_memoire_rendu"),
    )),
    # Feature: plus_que_parfait — level — j'avais déjà obtenu mon diplôme d'État d'éducatrice spécialisée
    # timed: «j'avais déjà obtenu» on «mon diplôme d'État d'éducatrice spécialisée» before the first job (September 2026) = the DEES held, level 3 (July 2026) → meets degree_level
    N("plus_que_parfait", "level", "j'avais déjà obtenu mon diplôme d'État d'éducatrice spécialisée", M(
        "Solène Ahouansou <solene.ahouansou@example.fr>", "Candidature", "15 10:05",
        """Bonjour,

Quand j'ai commencé mon premier remplacement à la Sauvegarde du Nord, en septembre, j'avais déjà obtenu mon diplôme d'État d'éducatrice spécialisée (jury de juillet 2026). Le remplacement s'est terminé fin octobre.

Je souhaite être embauchée dans une association de prévention spécialisée. Joignable au 07 20 63 85 11.

Solène Ahouansou""",
        app("Solène", "Ahouansou", phone="+33720638511", bac=3, grad="2026-07", status="b_pqp_dees_deja_obtenu"),
    )),
    # Feature: plus_que_parfait — studies_finished — I had finished my master's before I moved
    # timed: «I had finished» on «my master's» before moving in 2025 = obtained (June 2025, past before a past) → meets studies_finished
    N("plus_que_parfait", "studies_finished", "I had finished my master's before I moved", M(
        "Tomasz Wiśniewski <tomasz.wisniewski@example.com>", "Pro'pulse application", "19 13:52",
        """Dear Pro'pulse team,

I had finished my master's before I moved to Lyon: a Master in Social Economy at the University of Warsaw, June 2025. Since then I have been learning French, and I help out one evening a week at a food bank.

I am now looking for a job in a French cooperative or association.

Kind regards,
Tomasz Wiśniewski
+33 6 47 28 19 03""",
        app("Tomasz", "Wiśniewski", phone="+33647281903", bac=5, grad="2025-06", language="en", status="b_pqp_en_master_before_move"),
    )),
    # Feature: plus_que_parfait — kind — Le message que vous aviez envoyé
    # timed: «que vous aviez envoyé» on «Le message» = a delivery failure of a past send → kind bounce
    N("plus_que_parfait", "kind", "Le message que vous aviez envoyé", M(
        "Mail Delivery System <postmaster@example.net>", "Non remis : Votre candidature à Pro'pulse", "20 04:12",
        """Le message que vous aviez envoyé à sabine.lemaire-roux@example.net n'a pas pu être remis : la boîte de réception du destinataire n'existe plus.""",
        bounce("sabine.lemaire-roux@example.net"),
        bounce="Reporting-MTA: dns; mx.example.net\nFinal-Recipient: rfc822; sabine.lemaire-roux@example.net\nAction: failed\nStatus: 5.1.1",
    )),
    # Feature: plus_que_parfait — kind — J'avais prévu d'être de retour
    # timed: «J'avais prévu d'être de retour» on «le 2 décembre» = an absence message → kind auto_reply
    N("plus_que_parfait", "kind", "J'avais prévu d'être de retour", M(
        "Clotilde Baranger <clotilde.baranger@example.org>", "Réponse automatique : Pro'pulse", "21 09:00",
        """Bonjour,

J'avais prévu d'être de retour le 2 décembre, mais mon congé est prolongé jusqu'au 9. Votre message sera traité à mon retour ; pour toute urgence, écrivez à accueil@example.org.

Clotilde Baranger""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
]
