"""Placement corpus, batch 01 (writer A): the Subject line alone («Candidature Pro'pulse — Master ESS,
diplômée en juin 2025» over a body that never repeats it), a telegraphic opening line («BTS SP3S, juin 2025.
En recherche depuis septembre.») then a body about something else, and the fact buried in the middle of a
long story full of other people's facts; other mail placed the same way (an auto-reply that is only its
Subject, a bounce, a newsletter's first line, a long thank-you, a reply in our thread)."""
# ruff: noqa: E501

from __future__ import annotations

from kit import M, app, auto_reply, bounce, newsletter, other, question, reply
from placement import N

MESSAGES = [
    # Feature: subject_line — graduation — Master ESS, diplômée en juin 2025
    # placed: Subject «Master ESS, diplômée en juin 2025» = master obtained June 2025 (17 months) → meets graduation_recent, level 5
    N("subject_line", "graduation", "Master ESS, diplômée en juin 2025", M(
        "Maëlle Kerjean <maelle.kerjean@example.org>", "Candidature Pro'pulse — Master ESS, diplômée en juin 2025", "02 08:47",
        """Bonjour,

Je vous envoie ma candidature pour le programme Pro'pulse. Ce qui me motive : l'éducation populaire, les chantiers participatifs, le travail avec des bénévoles de tous âges.

Je cherche un poste de coordinatrice dans une association d'éducation populaire, idéalement en Bretagne mais je peux bouger. Je suis disponible tout de suite pour un entretien.

Bien cordialement,
Maëlle Kerjean
07 81 22 40 19""",
        app("Maëlle", "Kerjean", phone="+33781224019", bac=5, grad="2025-06", status="subject_master_june"),
    )),
    # Feature: subject_line — situation — volontaire Unis-Cité jusqu'en mars
    # placed: Subject «volontaire Unis-Cité jusqu'en mars» = service civique running until March 2027 → fails not_service_civique
    N("subject_line", "situation", "volontaire Unis-Cité jusqu'en mars", M(
        "Rayan Bouzidi <rayan.bouzidi@example.net>", "Objet : volontaire Unis-Cité jusqu'en mars, candidature", "03 19:05",
        """Bonjour à toute l'équipe,

J'ai une licence de sociologie obtenue en juin 2025 à Nanterre et je voudrais travailler ensuite dans une association de lutte contre le mal-logement.

Votre programme m'a été conseillé par une ancienne participante. Pouvez-vous me dire si je peux m'inscrire dès maintenant ?

Merci,
Rayan Bouzidi
06 45 18 77 32""",
        app("Rayan", "Bouzidi", phone="+33645187732", bac=3, grad="2025-06", failing=("not_service_civique",), status="subject_unis_cite_march"),
    )),
    # Feature: subject_line — situation — BUT Carrières sociales 2025, en stage
    # ambiguous: the Subject says «en stage» and the body never says where or until when: the internship may run on past today or end this week
    # placed: Subject «BUT Carrières sociales 2025, en stage» = BUT 2025 (meets), an internship held now with no end date → open not_internship
    N("subject_line", "situation", "BUT Carrières sociales 2025, en stage", M(
        "Chloé Vannier <chloe.vannier@example.com>", "Candidature — BUT Carrières sociales 2025, en stage", "04 12:30",
        """Bonjour,

Je m'intéresse beaucoup à l'accompagnement des jeunes dans les quartiers prioritaires et j'aimerais rejoindre un centre social ou une association de prévention.

Pourriez-vous m'indiquer les prochaines dates de réunion d'information ? Je peux me libérer le mercredi après-midi.

Chloé Vannier
06 33 90 12 45""",
        app("Chloé", "Vannier", phone="+33633901245", bac=3, grad="2025", unknown=("not_internship",), status="subject_but_en_stage"),
    )),
    # Feature: subject_line — aim — poste de conseiller clientèle en banque
    # placed: Subject «poste de conseiller clientèle en banque» = the job sought is in a bank → fails job_seeking_ess
    N("subject_line", "aim", "poste de conseiller clientèle en banque", M(
        "Thibault Marchetti <thibault.marchetti@example.org>", "Recherche poste de conseiller clientèle en banque — candidature", "05 09:14",
        """Madame, Monsieur,

Titulaire d'un BTS Négociation et digitalisation de la relation client obtenu en juin 2025, je vous adresse ma candidature.

Je suis disponible immédiatement et mobile sur toute l'Occitanie. Mon CV détaillé peut vous être envoyé sur simple demande.

Veuillez agréer mes salutations distinguées,
Thibault Marchetti
06 27 54 81 09""",
        app("Thibault", "Marchetti", phone="+33627548109", bac=2, grad="2025-06", failing=("job_seeking_ess",), status="subject_bank_job"),
    )),
    # Feature: subject_line — level — Bachelor's degree (licence) in social work, 2025
    # placed: Subject «Bachelor's degree (licence) in social work, 2025» = licence, level 3, year 2025 → meets degree_level and graduation_recent
    N("subject_line", "level", "Bachelor's degree (licence) in social work, 2025", M(
        "Deepa Raman <deepa.raman@example.com>", "Pro'pulse application – Bachelor's degree (licence) in social work, 2025", "05 16:52",
        """Hello,

I moved to Lille this autumn and I have been looking for a job in a non-profit ever since — ideally a housing association or a community centre.

I'm comfortable working in French and English. Could we talk on the phone next week?

Best regards,
Deepa Raman
+33 6 52 71 04 88""",
        app("Deepa", "Raman", phone="+33652710488", bac=3, grad="2025", language="en", status="subject_en_bachelor"),
    )),
    # Feature: subject_line — graduation — diplômée DEJEPS
    # ambiguous: the Subject names the DEJEPS with no date and the body never dates it: recent or not, nothing says
    # placed: Subject «diplômée DEJEPS» = DEJEPS obtained, level 2, no date anywhere → open graduation_recent
    N("subject_line", "graduation", "diplômée DEJEPS", M(
        "Soukaïna Idrissi <soukaina.idrissi@example.fr>", "candidature - diplômée DEJEPS", "06 21:18",
        """Bonsoir,

je cherche un poste d'animatrice coordinatrice dans une maison de quartier associative, sur Marseille ou Aix.

j'ai l'habitude des publics ados et des projets avec les familles. je peux passer vous voir quand vous voulez.

Soukaïna
07 69 03 25 14""",
        app("Soukaïna", "Idrissi", phone="+33769032514", bac=2, grad=None, unknown=("graduation_recent",), status="subject_dejeps_undated"),
    )),
    # Feature: subject_line — kind — En congé jusqu'au 3 décembre
    # placed: Subject «En congé jusqu'au 3 décembre» = an out-of-office with no body → kind auto_reply: no personal fact
    N("subject_line", "kind", "En congé jusqu'au 3 décembre", M(
        "Gwenaëlle Rioux <g.rioux@example.org>", "En congé jusqu'au 3 décembre", "07 07:00",
        """ """,
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: subject_line — kind — Non remis : Votre candidature à Pro'pulse
    # placed: Subject «Non remis : Votre candidature à Pro'pulse» = our mail not delivered → kind bounce
    N("subject_line", "kind", "Non remis : Votre candidature à Pro'pulse", M(
        "Postmaster <postmaster@example.net>", "Non remis : Votre candidature à Pro'pulse", "08 10:21",
        """Échec de remise.""",
        bounce("jordan.pellerin@example.net"),
        bounce="Reporting-MTA: dns; mx1.example.net\n\nFinal-Recipient: rfc822; jordan.pellerin@example.net\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 user unknown",
    )),
    # Feature: opening_line — graduation — BTS SP3S, juin 2025. En recherche depuis septembre.
    # placed: first line «BTS SP3S, juin 2025. En recherche depuis septembre.» = BTS obtained June 2025 (17 months), job seeker → meets
    N("opening_line", "graduation", "BTS SP3S, juin 2025. En recherche depuis septembre.", M(
        "Lucas Ferreira <lucas.ferreira@example.org>", "Pro'pulse", "09 11:02",
        """BTS SP3S, juin 2025. En recherche depuis septembre.

Bonjour,

Adolescent, j'ai passé mes mercredis à trier des denrées à la banque alimentaire de mon quartier, et c'est là que j'ai compris que je voulais travailler avec les gens. Aujourd'hui je voudrais rejoindre une structure d'insertion par l'activité économique, comme accompagnateur socioprofessionnel.

Merci pour votre lecture,
Lucas Ferreira
06 14 88 29 70""",
        app("Lucas", "Ferreira", phone="+33614882970", bac=2, grad="2025-06", status="opening_bts_sp3s"),
    )),
    # Feature: opening_line — studies_finished — M2 ingénierie de la formation, second semestre en cours.
    # placed: first line «M2 ingénierie de la formation, second semestre en cours.» = master still being followed → fails studies_finished
    N("opening_line", "studies_finished", "M2 ingénierie de la formation, second semestre en cours.", M(
        "Amandine Tchakarova <amandine.tchakarova@example.com>", "candidature programme", "10 14:40",
        """M2 ingénierie de la formation, second semestre en cours.

Bonjour,

Ce qui me pousse vers vous, c'est une année passée à donner des cours de français à des adultes dans une association de quartier à Toulouse. Je voudrais en faire mon métier, dans l'ESS : un organisme de formation associatif ou une SCIC.

Belle journée,
Amandine Tchakarova
07 52 66 10 83""",
        app("Amandine", "Tchakarova", phone="+33752661083", bac="*", grad=None, failing=("studies_finished",), status="opening_m2_en_cours"),
    )),
    # Feature: opening_line — situation — Service civique terminé fin octobre.
    # placed: first line «Service civique terminé fin octobre.» = civic service over (October 2026) → meets not_service_civique
    N("opening_line", "situation", "Service civique terminé fin octobre.", M(
        "Moussa Sow <moussa.sow@example.net>", "Candidature", "11 09:33",
        """Licence AES 2025. Service civique terminé fin octobre.

Bonjour,

Je vis à Grenoble depuis trois ans et je suis très investi dans une coopérative d'habitants, où je tiens la comptabilité bénévolement. J'aimerais travailler pour une coopérative ou une association du logement, sur un poste de gestion.

Cordialement,
Moussa Sow
06 71 40 93 28""",
        app("Moussa", "Sow", phone="+33671409328", bac=3, grad="2025", status="opening_sc_over_october"),
    )),
    # Feature: opening_line — level — Bac ES, 2022. Pas de diplôme après.
    # placed: first line «Bac ES, 2022. Pas de diplôme après.» = bac alone, level 0 → fails degree_level
    N("opening_line", "level", "Bac ES, 2022. Pas de diplôme après.", M(
        "Kevin Da Costa <kevin.dacosta@example.fr>", "Programme Pro'pulse", "12 18:20",
        """Bac ES, 2022. Pas de diplôme après.

Bonjour,

Depuis deux ans je fais du bénévolat dans une ressourcerie à Nantes : tri, réparation de petit électroménager, vente. J'aimerais bien y être salarié ou rejoindre une autre ressourcerie du réseau.

Merci de votre retour,
Kevin Da Costa
06 98 12 35 47""",
        app("Kevin", "Da Costa", phone="+33698123547", bac=0, grad="2022", failing=("degree_level",), status="opening_bac_only"),
    )),
    # Feature: opening_line — studies_finished — Master 2 : soutenance passée le 20 novembre, résultats attendus.
    # ambiguous: the defence is done but the jury's result is not yet known: whether the master is obtained (studies finished) cannot be said today
    # placed: first line «Master 2 : soutenance passée le 20 novembre, résultats attendus.» = all sat, result pending → open studies_finished
    N("opening_line", "studies_finished", "Master 2 : soutenance passée le 20 novembre, résultats attendus.", M(
        "Bérénice Okafor <berenice.okafor@example.org>", "candidature Pro'pulse", "23 10:05",
        """Master 2 : soutenance passée le 20 novembre, résultats attendus.

Bonjour,

Je m'intéresse aux mutuelles de santé et à leur gouvernance démocratique, sujet sur lequel j'ai beaucoup lu cette année. Je cherche un premier poste dans une mutuelle ou une fédération de l'ESS, en chargée d'études.

Cordialement,
Bérénice Okafor
06 02 47 81 36""",
        app("Bérénice", "Okafor", phone="+33602478136", bac=5, grad=None, unknown=("studies_finished",), status="opening_results_pending"),
    )),
    # Feature: opening_line — career_change — études d'une traite, aucun autre métier avant
    # placed: first line «Bac 2021, BTS 2023, licence pro ESS 2025 — études d'une traite, aucun autre métier avant.» = no earlier trade → meets not_career_change
    N("opening_line", "career_change", "études d'une traite, aucun autre métier avant", M(
        "Hugo Lefèvre <hugo.lefevre@example.com>", "Candidature Pro'pulse", "13 15:48",
        """Bac 2021, BTS 2023, licence pro ESS 2025 — études d'une traite, aucun autre métier avant.

Bonjour,

J'habite Amiens et je fais partie du conseil d'administration d'une AMAP depuis deux ans. Je cherche un poste de chargé de projet dans une association de l'alimentation durable ou une coopérative agricole.

Bien à vous,
Hugo Lefèvre
07 45 09 31 62""",
        app("Hugo", "Lefèvre", phone="+33745093162", bac=3, grad="2025", status="opening_no_other_trade"),
    )),
    # Feature: opening_line — kind — le programme est-il ouvert aux titulaires d'un BTS ?
    # placed: first line «le programme est-il ouvert aux titulaires d'un BTS ?» = a question on the rules, no personal fact → kind question
    N("opening_line", "kind", "le programme est-il ouvert aux titulaires d'un BTS ?", M(
        "Roxane Gilbert <roxane.gilbert@example.net>", "renseignement", "14 10:11",
        """Question rapide : le programme est-il ouvert aux titulaires d'un BTS ?

Par ailleurs, où se tiennent les réunions d'information à Lyon ? Je n'ai trouvé que l'adresse de Paris sur le site.

Merci,
Roxane Gilbert""",
        question(),
    )),
    # Feature: opening_line — kind — Lettre n°42 — novembre 2026. Forum de l'emploi solidaire le 4 décembre.
    # placed: first line «Lettre n°42 — novembre 2026. Forum de l'emploi solidaire le 4 décembre.» = a mailing list's issue → kind newsletter
    N("opening_line", "kind", "Lettre n°42 — novembre 2026. Forum de l'emploi solidaire le 4 décembre.", M(
        "La lettre du Mouvement associatif <lettre@example.net>", "Les nouvelles du réseau", "15 06:30",
        """Lettre n°42 — novembre 2026. Forum de l'emploi solidaire le 4 décembre.

Au sommaire ce mois-ci : le bilan de nos rencontres régionales, un portrait de la régie de quartier de Roubaix, et les formations gratuites pour les trésoriers d'association.

Pour vous désinscrire, répondez STOP à ce message.""",
        newsletter(),
    )),
    # Feature: buried — graduation — j'ai obtenu mon master économie sociale en septembre 2025
    # placed: middle of the story «j'ai obtenu mon master économie sociale en septembre 2025» = master, 14 months ago → meets (the 2019 bac, the sister's internship, the father's CAP do not decide)
    N("buried", "graduation", "j'ai obtenu mon master économie sociale en septembre 2025", M(
        "Nour El-Amrani <nour.elamrani@example.org>", "Ma candidature (un peu longue, pardon)", "16 22:47",
        """Bonjour,

Je vais vous raconter un peu d'où je viens, parce que mon parcours s'explique mal en deux lignes. J'ai grandi à Mulhouse dans une famille de cinq enfants. Mon père a été chauffeur routier pendant vingt ans avant de passer un CAP de boulanger à quarante-cinq ans ; ma mère tient la caisse d'une supérette. J'ai eu mon bac en 2019, la même année que mon cousin Walid, qui est parti faire une école de commerce à Reims.

Après une licence d'économie à Strasbourg, j'ai obtenu mon master économie sociale en septembre 2025, après avoir rendu mon mémoire sur les épiceries solidaires. Pendant ce temps ma petite sœur faisait son stage de BTS dans une agence immobilière, qu'elle a détesté, et mon grand frère finissait son service civique aux Restos du cœur.

Depuis, j'ai fait quelques missions d'intérim en logistique pour payer le loyer. Ce que je veux vraiment, c'est travailler dans une épicerie solidaire ou un réseau d'associations d'aide alimentaire, sur la coordination des bénévoles. Voilà, vous savez presque tout.

Nour El-Amrani
06 38 72 15 04""",
        app("Nour", "El-Amrani", phone="+33638721504", bac=5, grad="2025-09", status="buried_master_september"),
    )),
    # Feature: buried — situation — je suis en stage à la Croix-Rouge jusqu'au 31 janvier
    # placed: middle of the story «je suis en stage à la Croix-Rouge jusqu'au 31 janvier» = internship running until January 2027 → fails not_internship (the brother's ended service civique does not decide)
    N("buried", "situation", "je suis en stage à la Croix-Rouge jusqu'au 31 janvier", M(
        "Tanguy Le Goff <tanguy.legoff@example.net>", "candidature pour le programme", "17 20:12",
        """Bonjour,

Je m'appelle Tanguy, j'ai vingt-trois ans et je suis originaire de Quimper. Dans ma famille on a toujours été dans le soin : ma mère est infirmière de nuit au CHU de Brest, ma tante a ouvert un cabinet de kiné à Morlaix en 2015, et mon frère aîné vient de finir son service civique dans un EHPAD en septembre, ce qui lui a donné envie de passer le concours d'aide-soignant.

Moi j'ai pris un autre chemin. J'ai obtenu ma licence professionnelle intervention sociale en juin 2026 à Rennes, et depuis la rentrée je suis en stage à la Croix-Rouge jusqu'au 31 janvier, sur l'accueil de jour des personnes sans domicile. Mon meilleur ami, lui, a fait son stage à la mairie et il y a été embauché tout de suite, ce qui m'a un peu rendu jaloux.

Après la Croix-Rouge j'aimerais rester dans l'humanitaire ou l'hébergement d'urgence associatif, plutôt sur de la coordination. Votre programme m'a été présenté par une ancienne de ma promo.

À bientôt j'espère,
Tanguy Le Goff
06 21 09 84 57""",
        app("Tanguy", "Le Goff", phone="+33621098457", bac=3, grad="2026-06", failing=("not_internship",), status="buried_stage_croix_rouge"),
    )),
    # Feature: buried — career_change — avant la licence, j'ai travaillé quelques années dans la restauration
    # ambiguous: «quelques années dans la restauration» before the licence may be a trade she left (a career change) or jobs while studying; nothing else in the long story settles it
    # placed: middle of the story «avant la licence, j'ai travaillé quelques années dans la restauration» = some years of another trade, extent unclear → open not_career_change
    N("buried", "career_change", "avant la licence, j'ai travaillé quelques années dans la restauration", M(
        "Svetlana Morozova <svetlana.morozova@example.com>", "Pro'pulse — candidature", "18 13:26",
        """Bonjour,

Je suis arrivée en France à quatorze ans avec ma mère et ma grand-mère, qui avait été institutrice à Saratov pendant trente ans. Ma mère a repris des études d'aide-comptable à Metz quand j'étais au collège, et mon oncle, resté là-bas, a longtemps tenu une petite imprimerie. J'ai passé mon bac en 2016 à Metz, avec une option russe qui m'a bien aidée.

Ensuite tout n'a pas été linéaire : avant la licence, j'ai travaillé quelques années dans la restauration, à Metz puis à Luxembourg, et j'ai fini par obtenir ma licence de sciences de l'éducation en juin 2025 à Nancy. Entre-temps ma cousine a fait un stage dans une ONG à Genève et mon compagnon a quitté l'armée pour devenir éducateur spécialisé.

Aujourd'hui je voudrais travailler dans l'alphabétisation des adultes, au sein d'une association ou d'un centre social, comme formatrice ou coordinatrice. Je parle russe, français, anglais et un peu d'allemand.

Merci de m'avoir lue jusqu'ici,
Svetlana Morozova
07 63 15 28 40""",
        app("Svetlana", "Morozova", phone="+33763152840", bac=3, grad="2025-06", unknown=("not_career_change",), status="buried_restauration_years"),
    )),
    # Feature: buried — career_change — après douze ans comme cariste, il a repris ses études
    # placed: middle of the mother's story «après douze ans comme cariste, il a repris ses études» = twelve years of another trade before the DEES → fails not_career_change (the mother's own job, the daughter's studies do not decide)
    N("buried", "career_change", "après douze ans comme cariste, il a repris ses études", M(
        "Martine Bastide <martine.bastide@example.fr>", "Pour mon fils Olivier", "19 09:58",
        """Bonjour Madame, Monsieur,

Je me permets de vous écrire pour mon fils Olivier, qui n'ose pas toujours se mettre en avant. Je suis moi-même secrétaire médicale depuis 1998 à Clermont-Ferrand, et mon mari est retraité de la SNCF depuis l'an dernier. Notre fille Julie termine sa deuxième année de droit à Lyon et fait un petit boulot de serveuse le week-end.

Olivier, lui, a eu un parcours plus long : après douze ans comme cariste, il a repris ses études et il a obtenu son diplôme d'éducateur spécialisé (DEES) en juin 2025. Il a découvert ce métier en encadrant des jeunes au club de foot du quartier, où il est toujours entraîneur bénévole le samedi.

Il cherche maintenant un poste d'éducateur dans une association de protection de l'enfance ou un foyer associatif. Vous pouvez le joindre directement : olivier.bastide@example.fr, ou au 06 84 37 20 91.

Je vous remercie de l'attention que vous lui porterez,
Martine Bastide""",
        app("Olivier", "Bastide", phone="+33684372091", bac=3, grad="2025-06", failing=("not_career_change",), email="olivier.bastide@example.fr", forwarded_by="martine.bastide@example.fr", status="buried_mother_cariste"),
    )),
    # Feature: buried — level — j'ai fini avec un BTS économie sociale familiale, obtenu en juin 2025
    # placed: middle of the story «j'ai fini avec un BTS économie sociale familiale, obtenu en juin 2025» = BTS, level 2, 17 months → meets (the twin's licence, the grandmother's cooperative do not decide)
    N("buried", "level", "j'ai fini avec un BTS économie sociale familiale, obtenu en juin 2025", M(
        "Aminata Ba <aminata.ba@example.org>", "candidature", "20 17:34",
        """Bonjour,

Chez nous, l'économie solidaire, c'est presque une tradition. Ma grand-mère a fondé une coopérative de tisserandes à Thiès dans les années quatre-vingt, et ma mère, arrivée à Évry en 1995, a longtemps présidé l'association des parents d'élèves. Mon frère jumeau Ousmane a une licence de géographie et vient de commencer un stage à l'Agence de l'eau ; ma petite sœur prépare son bac pour juin prochain.

Pour ma part, après un bac ST2S en 2023, j'ai fini avec un BTS économie sociale familiale, obtenu en juin 2025, en alternance dans un centre communal d'action sociale. J'ai aussi passé mon BAFA à dix-sept ans et j'ai encadré des colonies tous les étés depuis.

Ce que je cherche : un poste de conseillère dans une association d'accompagnement budgétaire ou de lutte contre la précarité énergétique, en Île-de-France. Je suis disponible dès maintenant et très motivée pour suivre le programme.

Bien à vous,
Aminata Ba
06 17 63 94 02""",
        app("Aminata", "Ba", phone="+33617639402", bac=2, grad="2025-06", status="buried_bts_esf"),
    )),
    # Feature: buried — graduation — le DUT, je l'ai eu en 2024
    # ambiguous: only the year 2024 is given for the DUT, on a 24-month line that runs through November 2024; nothing else in the story dates it
    # placed: middle of the story «le DUT, je l'ai eu en 2024» = year only, 2024 → open graduation_recent (the sister's 2024 bac, the father's retirement do not decide)
    N("buried", "graduation", "le DUT, je l'ai eu en 2024", M(
        "Florian Vasseur <florian.vasseur@example.net>", "candidature Pro'pulse", "21 11:07",
        """Bonjour,

Je vous écris de Valenciennes, où j'ai toujours vécu. Mon père a travaillé trente-cinq ans chez un équipementier automobile et il a pris sa retraite en 2024, l'année où ma sœur a eu son bac avec mention. Ma mère est aide à domicile dans une association du Hainaut depuis 2010, et c'est un peu grâce à elle que j'ai découvert le secteur.

Le DUT, je l'ai eu en 2024, en gestion des entreprises et des administrations, à l'IUT de Maubeuge. Depuis, j'ai fait du bénévolat au Secours populaire (trésorerie de l'antenne locale) et quelques remplacements de saisonnier en été. Mon cousin, lui, a fait un service civique à la mairie puis il est parti en Belgique.

J'aimerais maintenant être embauché comme assistant de gestion dans une association d'aide à domicile ou une entreprise d'insertion. Je n'ai pas de contrainte d'horaires et j'ai le permis.

Cordialement,
Florian Vasseur
06 49 57 30 18""",
        app("Florian", "Vasseur", phone="+33649573018", bac=2, grad="2024", unknown=("graduation_recent",), status="buried_dut_year_only"),
    )),
    # Feature: buried — situation — mon service civique à la Ligue de l'enseignement s'est terminé le 31 août
    # placed: middle of the story «mon service civique à la Ligue de l'enseignement s'est terminé le 31 août» = over since August 2026 → meets not_service_civique (the sister still in service civique, the friend's internship do not decide)
    N("buried", "situation", "mon service civique à la Ligue de l'enseignement s'est terminé le 31 août", M(
        "Leïla Chaouch <leila.chaouch@example.com>", "Candidature — Leïla Chaouch", "22 16:55",
        """Bonjour,

Je viens d'une famille où l'engagement se transmet. Mon père a été délégué syndical pendant toute sa carrière à la Poste, ma sœur Samira est en ce moment en service civique dans une association de soutien scolaire jusqu'en juin, et ma meilleure amie fait un stage de six mois dans une fondation à Paris.

J'ai obtenu ma licence de sciences politiques en juin 2025 à Lille. Ensuite mon service civique à la Ligue de l'enseignement s'est terminé le 31 août, après huit mois à monter des ateliers de débat dans les collèges. Ce fut une très belle expérience, même si j'ai dû quitter Lille pour Amiens en cours de route quand mon compagnon a été muté.

Depuis septembre je cherche un poste de chargée de projets dans une association d'éducation populaire ou une fédération de l'ESS en Picardie. J'ai déjà répondu à quelques offres mais votre programme me semble la bonne porte d'entrée.

Cordialement,
Leïla Chaouch
07 28 46 19 53""",
        app("Leïla", "Chaouch", phone="+33728461953", bac=3, grad="2025-06", status="buried_sc_over_august"),
    )),
    # Feature: buried — kind — je ne vous écris pas pour candidater
    # placed: middle of a long thank-you «je ne vous écris pas pour candidater» = a former participant's news, no application → kind other
    N("buried", "kind", "je ne vous écris pas pour candidater", M(
        "Camille Ndiaye-Rousseau <camille.ndiaye@example.org>", "Des nouvelles d'une ancienne", "23 19:40",
        """Bonjour à toute l'équipe,

Cela fait presque deux ans que j'ai suivi le programme, dans la promotion du printemps. Depuis il s'est passé beaucoup de choses : j'ai déménagé à Bordeaux, ma sœur a terminé son master en droit social, et mon père a enfin ouvert la librairie coopérative dont il parlait depuis toujours.

Je ne vous écris pas pour candidater, rassurez-vous : j'ai signé en octobre un CDI dans une SCOP de conseil aux associations, où je m'occupe des formations des bénévoles. Je voulais simplement vous dire que les ateliers sur l'entretien d'embauche m'ont énormément servi, et que je pense souvent à Mathilde et à son conseil de toujours préparer trois questions pour la fin.

Si un jour vous cherchez une ancienne pour témoigner devant une nouvelle promotion, je serais ravie de venir. Je peux aussi relayer vos appels à candidatures sur le réseau des SCOP de Nouvelle-Aquitaine.

Avec toute ma gratitude,
Camille""",
        other(),
    )),
    # Feature: buried — kind — je serai bien présent à l'entretien du 2 décembre
    # placed: middle of a reply in our thread «je serai bien présent à l'entretien du 2 décembre» = confirms our appointment → kind reply
    N("buried", "kind", "je serai bien présent à l'entretien du 2 décembre", M(
        "Sékou Traoré <sekou.traore@example.net>", "Re: Votre entretien Pro'pulse", "24 08:15",
        """Bonjour Mathilde,

Merci beaucoup pour votre message et pour le temps que vous avez pris au téléphone la semaine dernière. Depuis notre échange j'ai relu mes notes et j'ai parlé du programme à ma mère, qui a elle-même fait une reconversion dans une association il y a dix ans, et à mon colocataire qui termine un stage au conseil départemental.

Pour répondre à votre question, je serai bien présent à l'entretien du 2 décembre, à 14 h, dans vos locaux de la rue Montmartre. Je viendrai en train depuis Rouen, mon train arrive vers 12 h 30, donc aucun risque de retard normalement.

Je préparerai les documents que vous m'avez demandés : la copie du diplôme et l'attestation de France Travail. Si jamais il fallait autre chose, n'hésitez pas à me le dire avant lundi.

Bien cordialement,
Sékou Traoré""",
        reply(),
        headers={"In-Reply-To": "<entretien-7731@animafac.net>", "References": "<entretien-7731@animafac.net>"},
    )),
]
