"""Placement corpus, batch 05 (writer B): the deciding fact only in the Subject line, in a telegraphic first
line, or buried in the middle of a long story among other people's facts; and other mail that uses the same
places (an auto-reply whose Subject is all it says, a question put in the Subject, a bounce's first line, a
newsletter's long story)."""
# ruff: noqa: E501

from __future__ import annotations

from kit import M, app, auto_reply, bounce, newsletter, other, question, reply
from placement import N

MESSAGES = [
    # Feature: subject_line — graduation — licence pro Intervention sociale obtenue en juin 2026
    # placed: Subject «licence pro Intervention sociale obtenue en juin 2026» = level 3, June 2026 (5 months) → meets graduation_recent
    N("subject_line", "graduation", "licence pro Intervention sociale obtenue en juin 2026", M(
        "Maëlys Corentin <maelys.corentin@example.org>", "Candidature Pro'pulse — licence pro Intervention sociale obtenue en juin 2026", "02 08:47",
        """Bonjour,

Je vous écris parce qu'une amie m'a parlé de Pro'pulse au forum de l'emploi de Vannes. Ce qui m'intéresse, c'est l'accompagnement vers un premier poste dans une association d'insertion : j'aimerais travailler auprès de personnes éloignées de l'emploi, plutôt en chantier d'insertion.

Je suis disponible tout de suite et je peux me déplacer dans tout le Morbihan.

Merci pour votre retour,
Maëlys Corentin
06 48 21 93 07""",
        app("Maëlys", "Corentin", phone="+33648219307", bac=3, grad="2026-06", status="b_subject_lp_juin"),
    )),
    # Feature: subject_line — situation — volontaire en service civique à la Maison des Possibles jusqu'au 28 février
    # placed: Subject «volontaire en service civique à la Maison des Possibles jusqu'au 28 février» = civic service running until February 2027 → fails not_service_civique
    N("subject_line", "situation", "volontaire en service civique à la Maison des Possibles jusqu'au 28 février", M(
        "Théo Vandamme <theo.vandamme@example.net>", "Candidature : volontaire en service civique à la Maison des Possibles jusqu'au 28 février", "03 19:12",
        """Bonjour l'équipe Pro'pulse,

J'ai un master 2 Développement local, obtenu en juin 2025 à Lille. Je voudrais ensuite travailler dans une régie de quartier ou une association de quartier, sur la participation des habitants.

Est-ce que je peux déjà m'inscrire ?

Théo Vandamme
07 81 40 26 55""",
        app("Théo", "Vandamme", phone="+33781402655", bac=5, grad="2025-06", failing=("not_service_civique",), status="b_subject_sc_fevrier"),
    )),
    # Feature: subject_line — graduation — BTS ESF 2024
    # ambiguous: the Subject gives the year alone (2024), which straddles the 24-month limit, and the body never says the month
    # placed: Subject «BTS ESF 2024» = level 2, year 2024 alone → graduation_recent open
    N("subject_line", "graduation", "BTS ESF 2024", M(
        "Rokia Sangaré <rokia.sangare@example.fr>", "Candidature - BTS ESF 2024", "04 10:30",
        """Bonjour,

Je souhaite candidater à votre programme. Je cherche un poste de conseillère dans un centre social associatif ou une épicerie solidaire, idéalement à Montreuil ou à Bagnolet.

Je suis disponible immédiatement.

Cordialement,
Rokia Sangaré
06 12 77 39 84""",
        app("Rokia", "Sangaré", phone="+33612773984", bac=2, grad="2024", unknown=("graduation_recent",), status="b_subject_bts_2024"),
    )),
    # Feature: subject_line — level — niveau bac, première année de sociologie pas validée
    # placed: Subject «niveau bac, première année de sociologie pas validée» = the bac alone → fails degree_level
    N("subject_line", "level", "niveau bac, première année de sociologie pas validée", M(
        "Kilian Moreau-Ndiaye <kilian.mnd@example.com>", "candidature — niveau bac, première année de sociologie pas validée", "05 23:05",
        """bonjour

je voudrais travailler dans une asso sportive de quartier, j'encadre deja les petits au foot le mercredi. je suis motivé et dispo

kilian
07 55 02 18 63""",
        app("Kilian", "Moreau-Ndiaye", phone="+33755021863", bac=0, grad=None, failing=("degree_level",), status="b_subject_niveau_bac"),
    )),
    # Feature: subject_line — studies_finished — Master 2 terminé, jury passé le 2 octobre
    # placed: Subject «Master 2 terminé, jury passé le 2 octobre» = M2 obtained at its jury in October 2026 → meets studies_finished
    N("subject_line", "studies_finished", "Master 2 terminé, jury passé le 2 octobre", M(
        "Anouk Hervieux <anouk.hervieux@example.org>", "Master 2 terminé, jury passé le 2 octobre — candidature", "06 14:18",
        """Bonjour,

Je cherche un poste de chargée de mission dans une SCOP ou une SCIC, sur les questions de gouvernance partagée. Votre programme me paraît la bonne porte d'entrée.

Pouvez-vous m'indiquer la date de la prochaine réunion d'information ?

Anouk Hervieux
06 90 34 71 28""",
        app("Anouk", "Hervieux", phone="+33690347128", bac=5, grad="2026-10", status="b_subject_m2_jury"),
    )),
    # Feature: subject_line — career_change — reconversion après 14 ans de comptabilité en cabinet
    # placed: Subject «reconversion après 14 ans de comptabilité en cabinet» = fourteen years in another trade before the DEJEPS → fails not_career_change
    N("subject_line", "career_change", "reconversion après 14 ans de comptabilité en cabinet", M(
        "Sandrine Kerbrat <s.kerbrat@example.fr>", "Candidature Pro'pulse / reconversion après 14 ans de comptabilité en cabinet", "07 09:02",
        """Madame, Monsieur,

Titulaire du DEJEPS Animation socio-éducative depuis juin 2026, je souhaite rejoindre une fédération d'éducation populaire pour y coordonner des projets jeunesse.

Je reste à votre disposition pour un entretien.

Sandrine Kerbrat
06 27 58 40 19""",
        app("Sandrine", "Kerbrat", phone="+33627584019", bac=2, grad="2026-06", failing=("not_career_change",), status="b_subject_reconversion"),
    )),
    # Feature: subject_line — situation — currently on an internship at a food bank
    # ambiguous: the Subject says the internship is running but gives no end date, and the body never comes back to it
    # placed: Subject «currently on an internship at a food bank» = an internship held now, end unknown → not_internship open
    N("subject_line", "situation", "currently on an internship at a food bank", M(
        "Priya Raghunathan <priya.r@example.com>", "Application – currently on an internship at a food bank", "08 16:40",
        """Hello,

I hold a BA in Social Policy (2025) from the University of Leeds and I now live in Lyon. I would love to work for a cooperative or a non-profit that fights food insecurity.

Could you tell me how the programme works?

Best wishes,
Priya Raghunathan
+33 6 44 19 82 70""",
        app("Priya", "Raghunathan", phone="+33644198270", bac=3, grad="2025", unknown=("not_internship",), status="b_subject_internship_en", language="en"),
    )),
    # Feature: subject_line — kind — Absent jusqu'au 4 décembre
    # placed: Subject «Absent jusqu'au 4 décembre» = an automatic absence notice, nothing else → kind auto_reply: no personal fact
    N("subject_line", "kind", "Absent jusqu'au 4 décembre", M(
        "Bertrand Lemaire <b.lemaire@example.net>", "Absent jusqu'au 4 décembre", "09 07:00",
        """Message automatique.""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: subject_line — kind — les diplômes de plus de deux ans sont-ils acceptés ?
    # placed: Subject «les diplômes de plus de deux ans sont-ils acceptés ?» = a general question on the rules, no fact about the writer → kind question
    N("subject_line", "kind", "les diplômes de plus de deux ans sont-ils acceptés ?", M(
        "Joëlle Barthès <joelle.barthes@example.org>", "Question : les diplômes de plus de deux ans sont-ils acceptés ?", "10 12:25",
        """Bonjour,

Merci d'avance pour votre réponse, je la transmettrai à l'équipe.

Joëlle Barthès
Point information jeunesse de Millau""",
        question(),
    )),
    # Feature: opening_line — graduation — Licence AES, promo 2025
    # placed: first line «Licence AES, promo 2025» = level 3, year 2025 (inside 24 months) → meets graduation_recent
    N("opening_line", "graduation", "Licence AES, promo 2025", M(
        "Clarisse Ondoua <clarisse.ondoua@example.fr>", "Candidature", "11 09:15",
        """Licence AES, promo 2025.

Bonjour, j'aimerais beaucoup rejoindre une mutuelle ou une association de prévention santé. Je suis très attachée à l'idée de solidarité entre adhérents, c'est ce qui m'a fait choisir ce secteur.

Bien cordialement,
Clarisse Ondoua
06 35 92 14 60""",
        app("Clarisse", "Ondoua", phone="+33635921460", bac=3, grad="2025", status="b_opening_aes_2025"),
    )),
    # Feature: opening_line — situation — Volontaire depuis mars au centre social Tournesol
    # ambiguous: the first line says «volontaire» held now without naming the scheme (service civique or an association's own volunteering), and the body never says
    # placed: first line «Volontaire depuis mars au centre social Tournesol» = a volunteering of unstated scheme held now → not_service_civique open
    N("opening_line", "situation", "Volontaire depuis mars au centre social Tournesol", M(
        "Hugo Wattiez <hugo.wattiez@example.org>", "Candidature programme", "12 20:31",
        """Volontaire depuis mars au centre social Tournesol.

J'ai obtenu mon master Politiques sociales en juillet 2025, à Amiens. Je voudrais un poste de coordinateur dans une association du secteur social, idéalement dans la Somme.

Hugo Wattiez
06 71 08 35 49""",
        app("Hugo", "Wattiez", phone="+33671083549", bac=5, grad="2025-07", unknown=("not_service_civique",), status="b_opening_volontaire"),
    )),
    # Feature: opening_line — studies_finished — M2 en cours, soutenance en juin
    # placed: first line «M2 en cours, soutenance en juin» = master still being followed, defence to come → fails studies_finished
    N("opening_line", "studies_finished", "M2 en cours, soutenance en juin", M(
        "Lou-Anne Ferrandi <louanne.ferrandi@example.com>", "Pro'pulse, candidature", "13 11:02",
        """M2 en cours, soutenance en juin.

Bonjour, ce qui m'attire, ce sont les coopératives d'activité et d'emploi : j'ai assisté à une réunion de la CAE de Bastia et j'ai trouvé le modèle passionnant. J'aimerais y travailler comme chargée d'accompagnement.

Lou-Anne Ferrandi
06 03 58 27 91""",
        app("Lou-Anne", "Ferrandi", phone="+33603582791", bac="*", grad=None, failing=("studies_finished",), status="b_opening_m2_cours"),
    )),
    # Feature: opening_line — situation — Stage terminé le 31 octobre. Sans poste depuis
    # placed: first line «Stage terminé le 31 octobre. Sans poste depuis» = internship over before today → meets not_internship
    N("opening_line", "situation", "Stage terminé le 31 octobre. Sans poste depuis", M(
        "Naïma Chergui <naima.chergui@example.net>", "candidature Pro'pulse", "14 08:26",
        """Stage terminé le 31 octobre. Sans poste depuis.

Bonjour, j'ai eu mon BUT Carrières sociales en juin 2026 à Tours. Je cherche un emploi dans une association d'aide aux familles, ou dans une fondation qui travaille sur le logement.

Merci,
Naïma Chergui
07 49 36 12 85""",
        app("Naïma", "Chergui", phone="+33749361285", bac=3, grad="2026-06", status="b_opening_stage_fini"),
    )),
    # Feature: opening_line — career_change — Quelques années dans la logistique, puis un BTS SP3S en 2026
    # ambiguous: «quelques années» in another trade, with no count nor whether they were a career or jobs in between, leaves the career change open
    # placed: first line «Quelques années dans la logistique, puis un BTS SP3S en 2026» = unclear past trade before a 2026 BTS → not_career_change open
    N("opening_line", "career_change", "Quelques années dans la logistique, puis un BTS SP3S en 2026", M(
        "Dorian Verhaeghe <dorian.verhaeghe@example.fr>", "Candidature", "15 17:53",
        """Quelques années dans la logistique, puis un BTS SP3S en 2026.

Bonjour, j'aimerais travailler dans une association d'accès aux droits, à l'accueil ou à l'accompagnement. J'habite à Creil, je peux aller jusqu'à Paris.

Dorian Verhaeghe
06 22 84 57 03""",
        app("Dorian", "Verhaeghe", phone="+33622845703", bac=2, grad="2026", unknown=("not_career_change",), status="b_opening_logistique"),
    )),
    # Feature: opening_line — aim — Objectif : un poste d'analyste en banque d'affaires
    # placed: first line «Objectif : un poste d'analyste en banque d'affaires» = aim outside the ESS → fails job_seeking_ess
    N("opening_line", "aim", "Objectif : un poste d'analyste en banque d'affaires", M(
        "Gaspard Lestienne <gaspard.lestienne@example.com>", "Candidature Pro'pulse", "16 10:09",
        """Objectif : un poste d'analyste en banque d'affaires.

Bonjour, diplômé d'un master Finance d'entreprise en septembre 2025, je cherche un programme d'accompagnement pour préparer mes entretiens. Un ami m'a donné votre adresse.

Gaspard Lestienne
06 58 13 49 26""",
        app("Gaspard", "Lestienne", phone="+33658134926", bac=5, grad="2025-09", failing=("job_seeking_ess",), status="b_opening_banque"),
    )),
    # Feature: opening_line — kind — Bien reçu, merci : je serai à la réunion du 3 décembre
    # placed: first line «Bien reçu, merci : je serai à la réunion du 3 décembre» = an answer in our thread about the meeting → kind reply
    N("opening_line", "kind", "Bien reçu, merci : je serai à la réunion du 3 décembre", M(
        "Inès Valadier <ines.valadier@example.org>", "Re: Réunion d'information Pro'pulse", "17 13:40",
        """Bien reçu, merci : je serai à la réunion du 3 décembre.

Je viendrai sans doute avec une amie, si c'est possible.

Inès

> Bonjour Inès,
> la prochaine réunion d'information aura lieu le 3 décembre à 18 h.
> L'équipe Pro'pulse""",
        reply(),
        headers={"In-Reply-To": "<reunion-3dec.4471@animafac.net>", "References": "<reunion-3dec.4471@animafac.net>"},
    )),
    # Feature: opening_line — kind — Adresse introuvable : killian.m@example.org
    # placed: first line «Adresse introuvable : killian.m@example.org» = our mail could not be delivered → kind bounce
    N("opening_line", "kind", "Adresse introuvable : killian.m@example.org", M(
        "Mail Delivery System <mailer-daemon@example.org>", "Undelivered Mail Returned to Sender", "18 02:14",
        """Adresse introuvable : killian.m@example.org.

Le message que vous avez envoyé n'a pas pu être remis à un ou plusieurs destinataires. Aucune autre tentative ne sera faite.""",
        bounce("killian.m@example.org"),
        bounce="""Reporting-MTA: dns; mx1.example.org
Arrival-Date: Wed, 18 Nov 2026 02:13:58 +0100

Final-Recipient: rfc822; killian.m@example.org
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 user unknown""",
    )),
    # Feature: buried — graduation — j'ai obtenu mon master Économie sociale en juillet 2025
    # placed: middle of the story «j'ai obtenu mon master Économie sociale en juillet 2025» = level 5, July 2025 → meets graduation_recent (the 2019 bac, the sister's internship and the father's retraining never decide)
    N("buried", "graduation", "j'ai obtenu mon master Économie sociale en juillet 2025", M(
        "Soraya Benhamou <soraya.benhamou@example.fr>", "Ma candidature à Pro'pulse", "18 21:37",
        """Bonjour,

Je vais vous raconter un peu d'où je viens, parce que dans ma famille tout le monde a changé de route au moins une fois. Mon père a été boulanger pendant vingt ans à Oran puis à Marseille, avant de devenir aide-soignant à cinquante ans ; ma mère, elle, a repris une licence de lettres quand j'étais au collège. J'ai passé mon bac en 2019 au lycée Thiers, puis j'ai fait une licence de sociologie à Aix. Ma petite sœur est en stage dans un cabinet d'architectes à Bordeaux jusqu'en mars, et mon cousin termine son service civique chez les pompiers. De mon côté, j'ai obtenu mon master Économie sociale en juillet 2025, après un mémoire sur les épiceries solidaires. L'an dernier, j'ai aussi aidé ma tante à monter une petite association de couture dans son quartier, ce qui m'a appris à remplir des dossiers de subvention. Mon frère aîné vient d'être embauché dans une banque à Nice et il ne comprend pas trop pourquoi je veux gagner moins que lui.

Aujourd'hui je cherche un poste de chargée de projet dans une association ou une coopérative de l'alimentation durable, à Marseille de préférence.

Merci de m'avoir lue,
Soraya Benhamou
06 84 27 15 30""",
        app("Soraya", "Benhamou", phone="+33684271530", bac=5, grad="2025-07", status="b_buried_master_2025"),
    )),
    # Feature: buried — situation — je suis en stage à la ressourcerie de Saint-Nazaire jusqu'au 20 février
    # placed: middle of the story «je suis en stage à la ressourcerie de Saint-Nazaire jusqu'au 20 février» = internship running until February 2027 → fails not_internship (the brother's job, the mother's retirement never decide)
    N("buried", "situation", "je suis en stage à la ressourcerie de Saint-Nazaire jusqu'au 20 février", M(
        "Erwan Kerhervé <erwan.kerherve@example.net>", "candidature", "19 22:05",
        """Bonjour,

Je me présente : Erwan, 23 ans, de Saint-Nazaire. Chez nous on a toujours bricolé, mon grand-père réparait des moteurs de bateau et mon père a tenu un garage pendant trente ans avant de le revendre en 2021. Ma mère vient de prendre sa retraite de l'hôpital, elle était infirmière de nuit. Mon frère a fait un BTS maintenance et il travaille aux Chantiers depuis deux ans, en CDI. Moi, j'ai eu ma licence Géographie et aménagement en juin 2026 à Nantes, et pendant mes études j'ai été serveur l'été sur la côte, à La Baule puis au Croisic. Depuis septembre je suis en stage à la ressourcerie de Saint-Nazaire jusqu'au 20 février, et c'est un peu là que tout s'est éclairé : remettre en état des objets, les revendre à petit prix, former des gens en insertion. Ma copine, elle, finit son service civique dans une école primaire en décembre, et on aimerait rester dans la région.

Je voudrais travailler dans le réemploi, dans une ressourcerie ou une recyclerie associative.

Erwan Kerhervé
07 26 91 40 58""",
        app("Erwan", "Kerhervé", phone="+33726914058", bac=3, grad="2026-06", failing=("not_internship",), status="b_buried_stage_ressourcerie"),
    )),
    # Feature: buried — graduation — ma licence de psychologie, je l'ai eue en 2024
    # ambiguous: the only date of her own diploma is the year 2024, which straddles the 24-month limit; the other dates of the story are other people's
    # placed: middle of the story «ma licence de psychologie, je l'ai eue en 2024» = level 3, year 2024 alone → graduation_recent open
    N("buried", "graduation", "ma licence de psychologie, je l'ai eue en 2024", M(
        "Hélène Pinto-Reis <helene.pintoreis@example.org>", "Candidature Pro'pulse", "20 15:48",
        """Bonjour,

Je vous écris depuis Limoges. Ma famille est arrivée de Porto quand j'avais six ans ; mon père a d'abord travaillé sur les chantiers puis il a passé un CAP de cuisine en 2012 et il tient maintenant une petite cantine. Ma grande sœur a eu son master de droit en 2023 et elle est avocate stagiaire à Poitiers. Mon petit frère est en terminale, il veut faire STAPS. Moi, ma licence de psychologie, je l'ai eue en 2024, l'année où ma sœur passait le barreau et où mes parents fêtaient leurs trente ans de mariage. Depuis, j'ai fait des remplacements comme surveillante dans un collège, et j'ai été bénévole à la Croix-Rouge de Limoges le samedi, à la distribution alimentaire. Ma meilleure amie vient de commencer un service civique à la Ligue contre le cancer et elle m'a convaincue de chercher dans ce monde-là.

Je voudrais un poste d'accueil ou d'accompagnement dans une association d'aide aux personnes, à Limoges ou autour.

Hélène Pinto-Reis
06 40 73 28 16""",
        app("Hélène", "Pinto-Reis", phone="+33640732816", bac=3, grad="2024", unknown=("graduation_recent",), status="b_buried_licence_2024"),
    )),
    # Feature: buried — career_change — j'ai été conducteur de bus pendant quinze ans avant de reprendre mes études
    # placed: middle of the story «j'ai été conducteur de bus pendant quinze ans avant de reprendre mes études» = fifteen years in another trade before the 2026 licence pro → fails not_career_change (the wife's retraining never decides)
    N("buried", "career_change", "j'ai été conducteur de bus pendant quinze ans avant de reprendre mes études", M(
        "Mamadou Kanté <mamadou.kante@example.com>", "Candidature – programme Pro'pulse", "21 10:12",
        """Madame, Monsieur,

Je me permets de vous écrire pour présenter mon parcours. Je suis né à Bamako, arrivé à Rouen à dix-huit ans, où j'ai passé un bac STMG en 2005. Ma femme, qui était caissière, s'est reconvertie il y a deux ans dans l'aide à domicile ; nos deux enfants sont au lycée, l'aînée veut faire un BTS comptabilité. Pour ma part, j'ai été conducteur de bus pendant quinze ans avant de reprendre mes études, d'abord par un DAEU puis par une licence professionnelle Coordination de projets de développement social, obtenue en juin 2026 à l'université de Rouen. Pendant la licence, mon stage s'est déroulé dans une association de médiation sociale, de février à mai. Mon frère cadet est resté à Bamako, il dirige une petite coopérative de maraîchage et c'est en l'aidant pendant les vacances que j'ai découvert ce que pouvait être une entreprise au service de ses membres.

Je cherche un poste de coordinateur dans une association de médiation ou un centre social de la métropole rouennaise.

Respectueusement,
Mamadou Kanté
06 19 54 82 37""",
        app("Mamadou", "Kanté", phone="+33619548237", bac=3, grad="2026-06", failing=("not_career_change",), status="b_buried_conducteur_bus"),
    )),
    # Feature: buried — level — moi j'ai un BTS Économie sociale familiale, obtenu en 2025
    # placed: middle of the story «moi j'ai un BTS Économie sociale familiale, obtenu en 2025» = level 2, 2025 → meets degree_level (the sister's bac alone, the cousin's CAP never decide)
    N("buried", "level", "moi j'ai un BTS Économie sociale familiale, obtenu en 2025", M(
        "Océane Pichard <oceane.pichard@example.net>", "candidature Pro'pulse", "22 19:20",
        """Bonjour,

Alors voilà, je vous explique. J'ai grandi à Châteauroux avec ma mère et mes deux sœurs. La plus grande s'est arrêtée après le bac et travaille dans un supermarché depuis 2018 ; la plus jeune fait un CAP petite enfance et doit partir en stage en crèche en janvier. Mon cousin, qui vit chez nous depuis un an, a un CAP de plombier et il cherche un patron. Ma mère a longtemps fait des ménages, et elle a passé un titre d'assistante de vie aux familles l'an passé, à quarante-sept ans. Moi j'ai un BTS Économie sociale familiale, obtenu en 2025 au lycée de Châteauroux, et depuis j'ai enchaîné des petits contrats d'animatrice en centre de loisirs l'été. Ma sœur aînée dit que je devrais passer le concours d'assistante sociale, mais je crois que ce qui me plaît vraiment c'est le conseil aux familles sur le budget et le logement. Mon oncle, lui, a été huissier puis maire adjoint d'un village, on ne parle pas trop de ça.

Je cherche un emploi de conseillère dans une association d'aide aux familles, ou dans une épicerie sociale.

Océane Pichard
07 31 62 05 94""",
        app("Océane", "Pichard", phone="+33731620594", bac=2, grad="2025", status="b_buried_bts_esf"),
    )),
    # Feature: buried — level — moi, je me suis arrêté après le bac, en 2021
    # placed: middle of the story «moi, je me suis arrêté après le bac, en 2021» = the bac alone → fails degree_level (the sister's master, the brother's BTS never decide)
    N("buried", "level", "moi, je me suis arrêté après le bac, en 2021", M(
        "Florian Gasnier <florian.gasnier@example.org>", "Candidature Pro'pulse", "23 18:03",
        """Bonjour,

Je me lance, même si je ne suis pas sûr d'entrer dans les cases. Dans ma famille les études comptent beaucoup : ma sœur a un master de sciences politiques obtenu en 2025 et elle travaille déjà pour une fondation à Paris, mon frère a un BTS électrotechnique et il est chef d'équipe chez un installateur de panneaux solaires. Mon père est prof de maths au lycée d'Angers, ma mère a été conseillère principale d'éducation pendant vingt-cinq ans. Moi, je me suis arrêté après le bac, en 2021, parce que j'avais besoin de faire quelque chose de mes mains : j'ai travaillé dans un atelier vélo associatif à Angers, puis dans une recyclerie où j'ai appris la réparation d'électroménager. Ma copine est en troisième année de licence d'histoire et elle fait un service civique dans un musée le week-end. Mon meilleur ami vient d'ouvrir un café associatif à Saumur et il m'a proposé de l'aider bénévolement.

Je voudrais un vrai poste dans une association de réemploi ou un atelier vélo.

Florian Gasnier
06 67 29 51 08""",
        app("Florian", "Gasnier", phone="+33667295108", bac=0, grad="2021", failing=("degree_level",), status="b_buried_arret_bac"),
    )),
    # Feature: buried — kind — les inscriptions pour la session de janvier sont ouvertes jusqu'au 12 décembre
    # placed: middle of the newsletter's story «les inscriptions pour la session de janvier sont ouvertes jusqu'au 12 décembre» = a partner network's bulk letter → kind newsletter: no personal fact
    N("buried", "kind", "les inscriptions pour la session de janvier sont ouvertes jusqu'au 12 décembre", M(
        "Réseau Tisser <lettre@tisser.example.org>", "La lettre de Tisser — novembre 2026", "24 07:30",
        """La lettre de Tisser — novembre 2026

Ce mois-ci, nous avons suivi Bérénice, trente-deux ans, qui a quitté son poste de chargée de clientèle à Clermont pour rejoindre une coopérative de paysans boulangers dans le Livradois. Elle raconte ses premiers mois, la fatigue, les fours à bois, la comptabilité partagée et les réunions du lundi où chacun vote. Son associé, Matthieu, a travaillé douze ans dans l'informatique avant de reprendre la ferme de ses parents ; sa fille fait un service civique dans une école de musique. Au détour de la conversation, on apprend que les inscriptions pour la session de janvier sont ouvertes jusqu'au 12 décembre, pour toutes celles et ceux qui veulent découvrir la gestion d'une coopérative en dix samedis. La coopérative recrutera peut-être un vendeur au printemps, et la commune voisine prépare une fête du pain en juin prochain, avec des ateliers pour les écoles du canton et un concours de fougasses.

Pour vous désinscrire, répondez STOP.""",
        newsletter(),
        headers={"Precedence": "bulk", "List-Unsubscribe": "<mailto:stop@tisser.example.org>"},
    )),
    # Feature: buried — kind — pourriez-vous nous prêter la salle du premier étage le samedi 12 décembre
    # placed: middle of a partner's long mail «pourriez-vous nous prêter la salle du premier étage le samedi 12 décembre» = a room request, no application → kind other
    N("buried", "kind", "pourriez-vous nous prêter la salle du premier étage le samedi 12 décembre", M(
        "Collectif Les Passerelles <contact@passerelles.example.net>", "Des nouvelles et une petite demande", "25 11:47",
        """Bonjour à toute l'équipe,

Quelle année ! Depuis la rentrée, notre collectif a accueilli quatorze nouveaux bénévoles, dont deux étudiantes en master de sociologie qui font leur stage chez nous jusqu'en avril, et un retraité de la SNCF qui anime désormais l'atelier de réparation de vélos du mercredi. Notre trésorière, Mireille, a passé la main après dix ans ; son successeur a travaillé vingt ans dans une banque et découvre les joies des subventions. Pour notre fête de fin d'année, nous cherchons un lieu plus grand que notre local : pourriez-vous nous prêter la salle du premier étage le samedi 12 décembre, de 14 h à 19 h ? Nous prévoyons une soixantaine de personnes, un goûter, une exposition de photos des jardins partagés, et un petit concert de la chorale du quartier. Nos ados de l'aide aux devoirs ont aussi préparé un quiz sur l'histoire de la rue.

Merci d'avance et à bientôt,
Nadège, pour le collectif""",
        other(),
    )),
]
