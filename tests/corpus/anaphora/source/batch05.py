"""Anaphora corpus, batch 05 (writer B): personal pronouns (a BTS obtained, a service civique that runs, a
licence of 2024, a licence pro one is still in, an MA in English, a parent's «elle l'a obtenu», a volontariat
of unstated kind), demonstrative and defining nouns («ce diplôme», «cette licence», «ce stage», «cette
formation», «ce secteur», «cet emploi-là»), bridging parts (a defence and a jury, a convention, a jury still to
sit, a contrat d'engagement ended or ending in November, a promo), and other mail that links too."""
# ruff: noqa: E501

from __future__ import annotations

from anaphora import N
from kit import M, app, auto_reply, bounce, newsletter, question, reply

MESSAGES = [
    # ---------------------------------------------------------------- personal_pronoun
    # Feature: personal_pronoun — graduation — un BTS SP3S, dans un lycée de Vesoul. Je l'ai obtenu en juin 2025
    # linked: «l'» → «un BTS SP3S» (previous sentence) → graduation 2025-06 → recent
    N("personal_pronoun", "graduation", "un BTS SP3S, dans un lycée de Vesoul. Je l'ai obtenu en juin 2025", M(
        "Maëlys Grandjean <maelys.grandjean@example.fr>", "Candidature programme Pro'pulse", "03 08:41",
        """Bonjour,

J'ai préparé un BTS SP3S, dans un lycée de Vesoul. Je l'ai obtenu en juin 2025, avec une mention assez bien.

Depuis, je fais des remplacements d'accueil dans un centre social et j'aimerais y trouver un vrai poste, ou dans une autre association du même genre. Je n'ai ni stage ni service civique en cours.

Bien à vous,
Maëlys Grandjean
06 84 12 57 30""",
        app("Maëlys", "Grandjean", phone="+33684125730", bac=2, grad="2025-06", status="b_bts_obtenu_juin"),
    )),
    # Feature: personal_pronoun — situation — Il se termine fin février
    # linked: «Il» → «un service civique à l'association Récup'Partage» (previous sentence) → service civique running until 2027-02 → fails not_service_civique
    N("personal_pronoun", "situation", "Il se termine fin février", M(
        "Radosław Wierzbicki <radoslaw.wierzbicki@example.net>", "Pro'pulse", "04 19:02",
        """Bonjour,

Diplômé d'un master Géographie et aménagement en juillet 2025 (Université de Caen), je souhaite rejoindre Pro'pulse pour travailler dans une structure de l'économie sociale et solidaire.

En ce moment je fais un service civique à l'association Récup'Partage, sur le gaspillage alimentaire. Il se termine fin février, et j'aimerais enchaîner directement.

Radosław Wierzbicki
07 61 33 08 92""",
        app("Radosław", "Wierzbicki", phone="+33761330892", bac=5, grad="2025-07", failing=("not_service_civique",), status="b_sc_il_se_termine_fevrier"),
    )),
    # Feature: personal_pronoun — graduation — une licence de géographie à Brest, je l'ai eue en 2024
    # ambiguous: the pronoun resolves (the licence), but the year alone, 2024, straddles the 24-month edge: graduation_recent open
    # linked: «l'» → «une licence de géographie» (same sentence) → graduation 2024 → open
    N("personal_pronoun", "graduation", "une licence de géographie à Brest, je l'ai eue en 2024", M(
        "Gwenola Le Bihan <gwenola.lebihan@example.org>", "candidature", "05 13:27",
        """Bonjour,

j'ai fait une licence de géographie à Brest, je l'ai eue en 2024. je cherche un emploi dans une association environnementale ou une coopérative, je suis dispo tout de suite.

Gwenola
06 45 90 12 78""",
        app("Gwenola", "Le Bihan", phone="+33645901278", bac=3, grad="2024", unknown=("graduation_recent",), status="b_licence_eue_2024"),
    )),
    # Feature: personal_pronoun — studies_finished — Je suis en licence pro Gestion des structures de l'ESS à Valence. J'y suis jusqu'en juin
    # linked: «y» → «en licence pro Gestion des structures de l'ESS» (previous sentence) → studies running until 2027-06 → fails studies_finished
    N("personal_pronoun", "studies_finished", "Je suis en licence pro Gestion des structures de l'ESS à Valence. J'y suis jusqu'en juin", M(
        "Noé Fabre-Cassan <noe.fabrecassan@example.com>", "Demande d'information et candidature", "06 10:15",
        """Bonjour,

Je suis en licence pro Gestion des structures de l'ESS à Valence. J'y suis jusqu'en juin, mais je préfère m'y prendre tôt : votre programme m'intéresse pour la suite.

Avant, j'ai eu un BTS Économie sociale familiale. Je vise un poste de coordinateur dans une association d'éducation populaire.

Noé Fabre-Cassan
06 02 48 71 15""",
        app("Noé", "Fabre-Cassan", phone="+33602487115", bac="*", grad=None, failing=("studies_finished",), status="b_lp_y_suis_jusquen_juin"),
    )),
    # Feature: personal_pronoun — graduation — a Master's in Development Studies from SOAS. I completed it in September 2025
    # linked: «it» → «a Master's in Development Studies» (previous sentence) → graduation 2025-09 → recent
    N("personal_pronoun", "graduation", "a Master's in Development Studies from SOAS. I completed it in September 2025", M(
        "Adaeze Okonkwo <adaeze.okonkwo@example.com>", "Application - Pro'pulse programme", "06 16:48",
        """Dear Pro'pulse team,

I hold a Master's in Development Studies from SOAS. I completed it in September 2025, after a dissertation on women's savings cooperatives in Enugu.

I moved to Lille this year and I am looking for a job in a French association or cooperative working on solidarity finance. I speak French at a B2 level.

Kind regards,
Adaeze Okonkwo
+33 7 58 44 21 09""",
        app("Adaeze", "Okonkwo", phone="+33758442109", bac=5, grad="2025-09", language="en", status="b_en_ma_completed_it"),
    )),
    # Feature: personal_pronoun — graduation — un DEJEPS animation socio-éducative. Elle l'a obtenu en mai dernier
    # linked: «Elle» → «notre fille Inès» (referral: the applicant) and «l'» → «un DEJEPS animation socio-éducative» (previous sentence) → graduation 2026-05 → recent
    N("personal_pronoun", "graduation", "un DEJEPS animation socio-éducative. Elle l'a obtenu en mai dernier", M(
        "Farid Zerrouki <farid.zerrouki@example.net>", "Pour notre fille Inès", "07 21:10",
        """Bonjour Madame, Monsieur,

Je vous écris pour notre fille Inès Zerrouki, qui n'ose pas le faire elle-même. Elle a passé un DEJEPS animation socio-éducative. Elle l'a obtenu en mai dernier et elle cherche depuis un poste dans une maison de quartier ou une fédération d'éducation populaire.

Elle n'a pas de stage en cours. Vous pouvez la joindre directement : ines.zerrouki@example.org, 06 19 73 40 52.

Merci d'avance,
Farid Zerrouki""",
        app("Inès", "Zerrouki", phone="+33619734052", bac=2, grad="2026-05", email="ines.zerrouki@example.org", forwarded_by="farid.zerrouki@example.net", status="b_parent_elle_la_obtenu"),
    )),
    # Feature: personal_pronoun — situation — Je fais un volontariat dans une épicerie solidaire depuis mai ; il dure encore quelques mois
    # ambiguous: «il» is the volontariat, running now, but its scheme (service civique or a plain benevolent commitment) is never said: not_service_civique open
    # linked: «il» → «un volontariat dans une épicerie solidaire» (same sentence) → running, scheme unstated → open
    N("personal_pronoun", "situation", "Je fais un volontariat dans une épicerie solidaire depuis mai ; il dure encore quelques mois", M(
        "Kofi Mensah-Durand <kofi.mensahdurand@example.fr>", "Candidature Pro'pulse - Kofi Mensah-Durand", "09 11:36",
        """Bonjour,

Titulaire d'une licence AES obtenue en juin 2025, je candidate à Pro'pulse.

Je fais un volontariat dans une épicerie solidaire depuis mai ; il dure encore quelques mois. J'aimerais ensuite être salarié dans une structure d'aide alimentaire ou d'insertion.

Cordialement,
Kofi Mensah-Durand
07 83 15 66 20""",
        app("Kofi", "Mensah-Durand", phone="+33783156620", bac=3, grad="2025-06", unknown=("not_service_civique",), status="b_volontariat_il_dure"),
    )),
    # Feature: personal_pronoun — kind — Je suis en formation à Clermont-Ferrand. Elle se termine le jeudi 3 décembre
    # linked: «Elle» → «en formation» (previous sentence) → the writer's absence → kind auto_reply: no personal fact for the programme
    N("personal_pronoun", "kind", "Je suis en formation à Clermont-Ferrand. Elle se termine le jeudi 3 décembre", M(
        "Hélène Marchetti <h.marchetti@example.org>", "Réponse automatique : Pro'pulse - point d'étape", "10 08:00",
        """Bonjour,

Je suis en formation à Clermont-Ferrand. Elle se termine le jeudi 3 décembre : je lirai vos messages à mon retour.

Pour une urgence, écrivez à accueil@cooperative-lesbruyeres.example.org.

Hélène Marchetti""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: personal_pronoun — kind — Une personne qui a un BTS mais qui l'a obtenu il y a trois ans, peut-elle candidater
    # linked: «l'» → «un BTS» (same sentence), «elle» → «Une personne» → a third person, no fact of the writer → kind question
    N("personal_pronoun", "kind", "Une personne qui a un BTS mais qui l'a obtenu il y a trois ans, peut-elle candidater", M(
        "Accueil PIJ Montluçon <pij.montlucon@example.fr>", "Question sur les conditions", "10 14:22",
        """Bonjour,

Nous accueillons beaucoup de jeunes au point information jeunesse. Une personne qui a un BTS mais qui l'a obtenu il y a trois ans, peut-elle candidater quand même, ou faut-il qu'elle reprenne une formation ?

Merci pour votre réponse,
L'équipe du PIJ""",
        question(),
    )),
    # ---------------------------------------------------------------- demonstrative_noun
    # Feature: demonstrative_noun — graduation — le master Développement territorial à Grenoble. Ce diplôme m'a été délivré en juillet 2025
    # linked: «Ce diplôme» → «le master Développement territorial» (previous sentence) → graduation 2025-07 → recent
    N("demonstrative_noun", "graduation", "le master Développement territorial à Grenoble. Ce diplôme m'a été délivré en juillet 2025", M(
        "Solène Arrighi <solene.arrighi@example.com>", "Candidature - chargée de mission", "11 09:05",
        """Madame, Monsieur,

J'ai suivi le master Développement territorial à Grenoble. Ce diplôme m'a été délivré en juillet 2025, au terme d'un mémoire sur les tiers-lieux ruraux.

Je recherche un poste de chargée de mission dans une coopérative ou une association d'animation du territoire, et je pense que Pro'pulse pourrait m'y aider.

Veuillez agréer mes salutations distinguées,
Solène Arrighi
06 37 22 81 49""",
        app("Solène", "Arrighi", phone="+33637228149", bac=5, grad="2025-07", status="b_ce_diplome_delivre"),
    )),
    # Feature: demonstrative_noun — graduation — une licence AES à Tours. Cette licence date de 2021
    # linked: «Cette licence» → «une licence AES» (previous sentence) → graduation 2021 → not recent (failing)
    N("demonstrative_noun", "graduation", "une licence AES à Tours. Cette licence date de 2021", M(
        "Yacine Boukhris <yacine.boukhris@example.org>", "Pro'pulse : ma candidature", "11 18:40",
        """Bonjour,

J'ai obtenu une licence AES à Tours. Cette licence date de 2021 ; depuis, j'ai travaillé comme surveillant dans un collège, en attendant de savoir vers quoi aller.

Aujourd'hui je sais : je veux travailler dans une association de soutien scolaire ou de prévention.

Yacine Boukhris
06 90 51 27 84""",
        app("Yacine", "Boukhris", phone="+33690512784", bac=3, grad="2021", failing=("graduation_recent",), status="b_cette_licence_2021"),
    )),
    # Feature: demonstrative_noun — situation — un stage à la Fondation Abri-Soleil. Ce stage se poursuit jusqu'au 15 janvier
    # linked: «Ce stage» → «un stage à la Fondation Abri-Soleil» (previous sentence) → internship running until 2027-01-15 → fails not_internship
    N("demonstrative_noun", "situation", "un stage à la Fondation Abri-Soleil. Ce stage se poursuit jusqu'au 15 janvier", M(
        "Léa Nguyen-Ballet <lea.nguyenballet@example.net>", "Candidature Pro'pulse", "12 12:12",
        """Bonjour,

Après mon master Action sociale et santé, obtenu en juin 2026, j'ai commencé un stage à la Fondation Abri-Soleil. Ce stage se poursuit jusqu'au 15 janvier et j'aimerais trouver un emploi dans l'hébergement d'urgence ensuite.

Léa Nguyen-Ballet
07 44 19 02 63""",
        app("Léa", "Nguyen-Ballet", phone="+33744190263", bac=5, grad="2026-06", failing=("not_internship",), status="b_ce_stage_se_poursuit"),
    )),
    # Feature: demonstrative_noun — level — Cette formation est reconnue par l'État, mais je ne sais pas à quel niveau
    # ambiguous: «Cette formation» is the school's year-long course; its level is never given (the writer herself does not know): degree_level open
    # linked: «Cette formation» → «une formation de coordinatrice de projets solidaires» (previous sentence) → level unknown → open
    N("demonstrative_noun", "level", "Cette formation est reconnue par l'État, mais je ne sais pas à quel niveau", M(
        "Priya Ramanathan <priya.ramanathan@example.fr>", "candidature pro'pulse", "12 20:55",
        """Bonjour,

En 2025 j'ai suivi une formation de coordinatrice de projets solidaires à l'Institut Graines d'Action, à Montreuil. Cette formation est reconnue par l'État, mais je ne sais pas à quel niveau : on nous a parlé d'un « titre », sans plus.

Je cherche un poste dans une association de solidarité internationale.

Priya Ramanathan
06 58 30 44 17""",
        app("Priya", "Ramanathan", phone="+33658304417", bac="*", grad="2025", unknown=("degree_level",), status="b_cette_formation_niveau"),
    )),
    # Feature: demonstrative_noun — aim — l'insertion par l'activité économique. C'est dans ce secteur que je veux travailler
    # linked: «ce secteur» → «l'insertion par l'activité économique» (previous sentence) → aim in the ESS → met
    N("demonstrative_noun", "aim", "l'insertion par l'activité économique. C'est dans ce secteur que je veux travailler", M(
        "Baptiste Oyono <baptiste.oyono@example.com>", "Candidature", "13 07:58",
        """Bonjour,

J'ai eu ma licence pro Intervention sociale en juin 2025. Tous mes stages se sont faits dans l'insertion par l'activité économique. C'est dans ce secteur que je veux travailler, dans un atelier chantier d'insertion de préférence.

Baptiste Oyono
06 71 88 35 02""",
        app("Baptiste", "Oyono", phone="+33671883502", bac=3, grad="2025-06", status="b_ce_secteur_iae"),
    )),
    # Feature: demonstrative_noun — career_change — Cet emploi-là, je l'ai gardé quelques années, en partie pendant la fac
    # ambiguous: «Cet emploi-là» is the storekeeper's job, held «quelques années», partly as a student job: a trade before the degree or a student job, a careful reader cannot tell: not_career_change open
    # linked: «Cet emploi-là» → «un emploi de magasinière chez un grossiste» (previous sentence) → career before the diploma, length and status vague → open
    N("demonstrative_noun", "career_change", "Cet emploi-là, je l'ai gardé quelques années, en partie pendant la fac", M(
        "Anouk Verhaegen <anouk.verhaegen@example.org>", "Pro'pulse - candidature d'Anouk Verhaegen", "13 15:31",
        """Bonjour,

Avant de reprendre mes études, j'avais un emploi de magasinière chez un grossiste. Cet emploi-là, je l'ai gardé quelques années, en partie pendant la fac.

J'ai obtenu mon master ESS à Lille en septembre 2025 et je cherche maintenant un poste de gestionnaire dans une SCIC ou une association.

Anouk Verhaegen
07 12 64 93 38""",
        app("Anouk", "Verhaegen", phone="+33712649338", bac=5, grad="2025-09", unknown=("not_career_change",), status="b_cet_emploi_la"),
    )),
    # Feature: demonstrative_noun — kind — Cette condition des vingt-quatre mois, elle se compte à partir de quelle date
    # linked: «Cette condition» → «un diplôme récent» (previous sentence) → a general question, no personal fact → kind question
    N("demonstrative_noun", "kind", "Cette condition des vingt-quatre mois, elle se compte à partir de quelle date", M(
        "Service orientation Université Paris-Est <orientation@univ-pe.example.fr>", "Question : diplôme récent", "14 10:03",
        """Bonjour,

Votre page indique qu'il faut un diplôme récent. Cette condition des vingt-quatre mois, elle se compte à partir de quelle date : le jury, la remise du diplôme, ou la date de votre réception du dossier ?

Merci de nous éclairer, nous avons plusieurs étudiants intéressés.

Le service orientation""",
        question(),
    )),
    # Feature: demonstrative_noun — kind — Cette troisième édition aura lieu le mardi 15 décembre
    # linked: «Cette troisième édition» → «le forum Emplois solidaires» (previous paragraph) → an event announced to a list → kind newsletter
    N("demonstrative_noun", "kind", "Cette troisième édition aura lieu le mardi 15 décembre", M(
        "CRESS Occitanie <lettre@cress-occ.example.org>", "La lettre de décembre : forum Emplois solidaires", "14 17:00",
        """La lettre de la CRESS - décembre 2026

Le forum Emplois solidaires revient à Toulouse.

Cette troisième édition aura lieu le mardi 15 décembre, à la halle de la Cartoucherie : quarante employeurs de l'ESS, des ateliers CV et des rencontres avec des coopératives.

Inscriptions sur notre site. Pour ne plus recevoir cette lettre, suivez le lien de désinscription.""",
        newsletter(),
        headers={"List-Unsubscribe": "<https://cress-occ.example.org/desinscription>", "Precedence": "bulk"},
    )),
    # ---------------------------------------------------------------- possessive_bridging
    # Feature: possessive_bridging — graduation — La soutenance de mon mémoire a eu lieu le 2 juillet 2025
    # linked: «La soutenance de mon mémoire» → a part of «un master Économie sociale et solidaire» (previous sentence) → graduation 2025-07 → recent
    N("possessive_bridging", "graduation", "La soutenance de mon mémoire a eu lieu le 2 juillet 2025", M(
        "Ewen Kerjean <ewen.kerjean@example.fr>", "Candidature Pro'pulse", "15 09:47",
        """Bonjour,

J'ai fait un master Économie sociale et solidaire à Rennes 2. La soutenance de mon mémoire a eu lieu le 2 juillet 2025, et le jury a délibéré la semaine suivante.

Depuis, je travaille en CDD court dans une AMAP et je cherche un poste durable dans une coopérative agricole ou une association.

Ewen Kerjean
06 27 14 59 80""",
        app("Ewen", "Kerjean", phone="+33627145980", bac=5, grad="2025-07", status="b_soutenance_memoire"),
    )),
    # Feature: possessive_bridging — situation — Ma convention avec elle court jusqu'à fin janvier
    # linked: «Ma convention avec elle» → the convention of «stagiaire au service communication d'une mutuelle» («elle» → «une mutuelle», previous sentence) → internship running until 2027-01 → fails not_internship
    N("possessive_bridging", "situation", "Ma convention avec elle court jusqu'à fin janvier", M(
        "Camille Dupont-Ngata <camille.dupontngata@example.com>", "Candidature", "15 14:09",
        """Bonjour,

J'ai une licence Information-communication (2025). Depuis septembre je suis stagiaire au service communication d'une mutuelle. Ma convention avec elle court jusqu'à fin janvier.

Je souhaiterais ensuite un poste de chargée de communication dans une association.

Camille Dupont-Ngata
06 16 42 08 73""",
        app("Camille", "Dupont-Ngata", phone="+33616420873", bac=3, grad="2025", failing=("not_internship",), status="b_ma_convention_court"),
    )),
    # Feature: possessive_bridging — studies_finished — Mon jury ne s'est pas encore réuni : la délibération est prévue le 11 décembre
    # ambiguous: the M2's jury has not sat yet (it meets on 11 December): whether the studies are finished cannot be known
    # linked: «Mon jury» → the jury of «mon M2 Politiques sociales» (previous sentence) → deliberation to come → studies_finished open
    N("possessive_bridging", "studies_finished", "Mon jury ne s'est pas encore réuni : la délibération est prévue le 11 décembre", M(
        "Rania Hamdaoui <rania.hamdaoui@example.net>", "Pro'pulse - candidature", "16 11:20",
        """Bonjour,

J'ai passé toutes les épreuves de mon M2 Politiques sociales à Bordeaux. Mon jury ne s'est pas encore réuni : la délibération est prévue le 11 décembre.

Je voudrais travailler dans un CHRS ou une association d'accès au logement.

Rania Hamdaoui
07 09 81 36 44""",
        app("Rania", "Hamdaoui", phone="+33709813644", bac="*", grad=None, unknown=("studies_finished",), status="b_mon_jury_pas_reuni"),
    )),
    # Feature: possessive_bridging — situation — Mon contrat d'engagement a pris fin le 30 avril
    # linked: «Mon contrat d'engagement» → the contract of «un service civique chez Unis-Cité» (previous sentence) → service civique ended 2026-04 → met
    N("possessive_bridging", "situation", "Mon contrat d'engagement a pris fin le 30 avril", M(
        "Jade Vautrier <jade.vautrier@example.org>", "Candidature Pro'pulse", "16 16:34",
        """Bonjour,

Après mon BTS ESF obtenu en 2025, j'ai fait un service civique chez Unis-Cité. Mon contrat d'engagement a pris fin le 30 avril.

Je cherche maintenant un emploi de conseillère en économie sociale familiale dans une association.

Jade Vautrier
06 33 75 20 91""",
        app("Jade", "Vautrier", phone="+33633752091", bac=2, grad="2025", status="b_contrat_engagement_fin_avril"),
    )),
    # Feature: possessive_bridging — graduation — ma promo, c'est celle de 2020
    # linked: «ma promo» → the promotion of «le DUT Gestion des entreprises et des administrations» (same sentence) → graduation 2020 → not recent (failing)
    N("possessive_bridging", "graduation", "ma promo, c'est celle de 2020", M(
        "Mathis Roussel <mathis.roussel@example.com>", "candidature pro pulse", "17 22:04",
        """Salut,

J'ai fait le DUT Gestion des entreprises et des administrations à l'IUT de Roanne ; ma promo, c'est celle de 2020. Après j'ai bossé dans la logistique.

Je veux bosser dans une asso ou une coopérative maintenant.

Mathis
06 81 40 77 25""",
        app("Mathis", "Roussel", phone="+33681407725", bac=2, grad="2020", failing=("graduation_recent",), status="b_ma_promo_2020"),
    )),
    # Feature: possessive_bridging — situation — Mon contrat d'engagement se termine en novembre
    # ambiguous: the contract of the service civique ends «en novembre» without a day, in the month of reading (2026-11-26): running or over, not known; not_service_civique open
    # linked: «Mon contrat d'engagement» → the contract of «volontaire en service civique dans un centre social» (previous sentence) → ends 2026-11, day unknown → open
    N("possessive_bridging", "situation", "Mon contrat d'engagement se termine en novembre", M(
        "Aurélien Moukoko <aurelien.moukoko@example.fr>", "Candidature au programme", "18 10:50",
        """Bonjour,

Licencié en sciences de l'éducation depuis juin 2025, je suis volontaire en service civique dans un centre social. Mon contrat d'engagement se termine en novembre.

Je souhaite devenir animateur coordinateur dans une association.

Aurélien Moukoko
07 25 60 13 87""",
        app("Aurélien", "Moukoko", phone="+33725601387", bac=3, grad="2025-06", unknown=("not_service_civique",), status="b_contrat_engagement_novembre"),
    )),
    # Feature: possessive_bridging — kind — Sa boîte aux lettres est pleine
    # linked: «Sa boîte aux lettres» → «le destinataire» (previous sentence) → a delivery failure → kind bounce
    N("possessive_bridging", "kind", "Sa boîte aux lettres est pleine", M(
        "Mail Delivery System <MAILER-DAEMON@mx2.example.net>", "Undelivered Mail Returned to Sender", "19 03:12",
        """Votre message n'a pas pu être remis au destinataire suivant. Sa boîte aux lettres est pleine et elle refuse tout nouveau message.

<lucas.ferrandiz@example.net>: host mx2.example.net said: 552 5.2.2 Mailbox full""",
        bounce("lucas.ferrandiz@example.net"),
        bounce="Reporting-MTA: dns; mx2.example.net\n\nFinal-Recipient: rfc822; lucas.ferrandiz@example.net\nAction: failed\nStatus: 5.2.2\nDiagnostic-Code: smtp; 552 5.2.2 Mailbox full",
    )),
    # Feature: possessive_bridging — kind — Son jury a délibéré le 9 juillet
    # linked: «Son jury» → the jury of «mon master» (previous sentence) → an answer in our thread → kind reply
    N("possessive_bridging", "kind", "Son jury a délibéré le 9 juillet", M(
        "Oriane Vasseur <oriane.vasseur@example.org>", "Re: Votre candidature à Pro'pulse", "19 12:31",
        """Bonjour,

Vous me demandiez la date exacte de mon master. Son jury a délibéré le 9 juillet 2025 ; je joins l'attestation dès que la scolarité me l'envoie.

Bonne journée,
Oriane Vasseur

> Pourriez-vous nous préciser la date d'obtention de votre diplôme ?
> L'équipe Pro'pulse""",
        reply(),
        headers={"In-Reply-To": "<cand-5105@animafac.net>", "References": "<cand-5105@animafac.net>"},
    )),
]
