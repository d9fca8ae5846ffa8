"""Learners corpus, batch 05: every feature once at least, other mail carried by calques, articles, verbs, time prepositions and negation."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, auto_reply, bounce, newsletter, other, question, reply
from learners import N

MESSAGES = [
    # Feature: english_calque — graduation — je suis graduée de l'Université de Lille en 2024
    # ambiguous: a year alone, 2024: November 2024 or later is recent, earlier is not — open.
    N("english_calque", "graduation", "je suis graduée de l'Université de Lille en 2024", M(
        "Adaeze Okafor <adaeze.okafor@example.org>", "Application pour Pro'pulse", "03 10:14",
        """Bonjour,

Mon nom est Adaeze Okafor, je suis graduée de l'Université de Lille en 2024 avec une licence de sciences sociales.
J'ai appliqué pour beaucoup de jobs dans des associations depuis, mais je n'ai pas eu de retour. Je veux supporter une cause, surtout l'accès au logement.

Est-ce que je peux rejoindre le programme ?

Merci beaucoup,
Adaeze
07 58 21 44 90""",
        app("Adaeze", "Okafor", phone="+33758214490", bac=3, grad="2024", unknown=("graduation_recent",), status="b_graduee_lille_2024"),
    )),
    # Feature: english_calque — kind — est-ce que le programme est libre
    N("english_calque", "kind", "est-ce que le programme est libre", M(
        "Tunde Bakare <t.bakare@example.com>", "Question sur le programme", "04 18:40",
        """Hello,

J'ai vu votre programme sur le site de Animafac. Est-ce que le programme est libre ou il faut payer quelque chose ? Et combien de temps ça prend par semaine, approximativement ?

Merci pour votre temps,
Tunde""",
        question(),
    )),
    # Feature: romance_calque — level — j'ai terminé la carrière de Travail Social
    N("romance_calque", "level", "j'ai terminé la carrière de Travail Social", M(
        "Valentina Ospina <valentina.ospina@example.net>", "Candidature - Valentina Ospina", "05 09:02",
        """Bonjour madame, monsieur,

Je m'appelle Valentina Ospina, je suis colombienne et je vis à Toulouse depuis un an. J'ai terminé la carrière de Travail Social à l'Universidad de Antioquia, cinq années d'études, le titre je l'ai reçu le passé décembre 2024.

Je suis en train de chercher travail dans une association d'accompagnement des femmes migrantes, c'est mon domaine.

Je reste à votre disposition,
Valentina Ospina
06 44 81 27 03""",
        app("Valentina", "Ospina", phone="+33644812703", bac=5, grad="2024-12", status="b_carriere_travail_social_antioquia"),
    )),
    # Feature: romance_calque — kind — je reste attentive à votre confirmation
    N("romance_calque", "kind", "je reste attentive à votre confirmation", M(
        "Renata Lima <renata.lima@example.org>", "Re: Pro'pulse - rendez-vous d'accueil", "06 11:25",
        """Bonjour Claire,

Merci pour la réponse. Le jeudi 12 à 14 heures me va parfaitement, je viens avec mes documents. Je reste attentive à votre confirmation.

Beijos et bonne journée,
Renata

> Bonjour Renata,
> nous pouvons vous proposer un rendez-vous d'accueil le jeudi 12 novembre à 14h ou le vendredi 13 à 10h.
> Bien à vous,
> Claire, pour Pro'pulse""",
        reply(),
        headers={"In-Reply-To": "<accueil.renata@animafac.net>", "References": "<accueil.renata@animafac.net>"},
    )),
    # Feature: article_gender — studies_finished — je suis encore étudiant dans le master 2
    N("article_gender", "studies_finished", "je suis encore étudiant dans le master 2", M(
        "Li Wei <li.wei@example.com>", "candidature", "06 22:48",
        """Bonjour,

Je suis Li Wei, je suis encore étudiant dans le master 2 de économie sociale à la Université Grenoble Alpes. Le formation finit en juin 2027, le mémoire il est pas encore commencé.

Je voudrais faire le programme maintenant pour trouver un travail dans un coopérative après.

Merci,
Li Wei
06 19 72 35 88""",
        app("Li", "Wei", phone="+33619723588", bac="*", grad=None, failing=("studies_finished",), status="b_encore_etudiant_le_master_2"),
    )),
    # Feature: article_gender — kind — je suis absente de le bureau jusqu'à le 30 novembre
    N("article_gender", "kind", "je suis absente de le bureau jusqu'à le 30 novembre", M(
        "Anna Hovhannisyan <anna.hovhannisyan@example.fr>", "Réponse automatique : Votre candidature à Pro'pulse", "07 08:00",
        """Bonjour,

Je suis absente de le bureau jusqu'à le 30 novembre. Je lis pas les messages. Pour le urgence, écrire à la accueil : accueil@asso-passerelle.example.fr

Anna Hovhannisyan""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: verb_forms — graduation — moi finir master en juillet 2023
    N("verb_forms", "graduation", "moi finir master en juillet 2023", M(
        "Oksana Bondarenko <oksana.bondarenko@example.org>", "Pro'pulse inscription", "07 13:31",
        """Bonjour,

Je m'appelle Oksana. Moi finir master en juillet 2023 à Kyiv, gestion des projets. Après, moi venir en France avec ma fille, apprendre français, maintenant parler mieux.

Maintenant chercher travail dans association, aider les familles ukrainiennes ou autres familles.

Merci,
Oksana Bondarenko
06 73 50 19 62""",
        app("Oksana", "Bondarenko", phone="+33673501962", bac=5, grad="2023-07", failing=("graduation_recent",), status="b_moi_finir_master_juillet_2023"),
    )),
    # Feature: verb_forms — kind — nous organiser la fête de fin d'année
    N("verb_forms", "kind", "nous organiser la fête de fin d'année", M(
        "Association Racines Communes <lettre@racines-communes.example.org>", "La lettre de Racines Communes - novembre", "08 07:30",
        """Chers amis, chères amies,

Ce mois, beaucoup de choses passer dans notre association. Le cours de français du mardi il est recommencé, et douze personnes trouver un logement avec notre aide.

Le 19 décembre, nous organiser la fête de fin d'année à la salle Jean-Moulin. Tout le monde venir, avec un plat de son pays !

L'équipe de Racines Communes

Pour vous désinscrire : répondre STOP.""",
        newsletter(),
        headers={"List-Unsubscribe": "<mailto:unsubscribe@lists.example.org>"},
    )),
    # Feature: prepositions_time — graduation — je suis diplômée depuis deux ans
    # ambiguous: «depuis deux ans» may mean «il y a deux ans» (Nov 2024, at the edge) or a diploma earlier still — when is not said.
    N("prepositions_time", "graduation", "je suis diplômée depuis deux ans", M(
        "Tigist Haile <tigist.haile@example.net>", "Demande pour le programme Pro'pulse", "09 16:05",
        """Bonjour,

Je suis Tigist, j'habite à Rennes. Je suis diplômée depuis deux ans, j'ai la licence de géographie de l'Université Rennes 2.

Je cherche un travail dans l'économie sociale et solidaire, par exemple dans une ressourcerie ou une épicerie solidaire. J'ai fait du bénévolat à la Croix-Rouge en le week-end.

Cordialement,
Tigist Haile
07 81 06 52 39""",
        app("Tigist", "Haile", phone="+33781065239", bac=3, grad=None, unknown=("graduation_recent",), status="b_diplomee_depuis_deux_ans"),
    )),
    # Feature: prepositions_time — kind — l'atelier CV c'est dans le 10 décembre
    N("prepositions_time", "kind", "l'atelier CV c'est dans le 10 décembre", M(
        "Accueil CADA Les Tilleuls <accueil@cada-tilleuls.example.fr>", "Info pour vos jeunes", "10 10:47",
        """Bonjour à l'équipe Pro'pulse,

Je vous écris pour le centre. Chez nous, l'atelier CV c'est dans le 10 décembre, à 14h jusqu'à 16h. Si vous avez des bénévoles pour venir expliquer votre programme à nos résidents, c'est avec plaisir.

Nous sommes ouverts en lundi à vendredi.

Bien à vous,
Hovik, accueil du CADA""",
        other(),
    )),
    # Feature: negation_forms — situation — je suis pas en stage, je suis pas en service civique
    N("negation_forms", "situation", "je suis pas en stage, je suis pas en service civique", M(
        "Amadou Diallo <amadou.diallo@example.com>", "Candidature Amadou Diallo", "11 09:18",
        """Bonjour,

Je m'appelle Amadou Diallo, j'ai 24 ans. J'ai eu ma licence AES à Paris 8 en juin 2025.

Pour répondre à votre formulaire : je suis pas en stage, je suis pas en service civique, je fais rien maintenant à part chercher. Je veux travailler dans une association de quartier ou une régie de quartier.

Merci d'avance,
Amadou
06 27 94 13 50""",
        app("Amadou", "Diallo", phone="+33627941350", bac=3, grad="2025-06", status="b_pas_en_stage_pas_en_sc"),
    )),
    # Feature: negation_forms — kind — la message il est pas arrivé
    N("negation_forms", "kind", "la message il est pas arrivé", M(
        "Mail Delivery System <MAILER-DAEMON@mx.example.net>", "Mensagem não entregue / Message pas livré", "11 14:02",
        """Ceci est un message automatique du serveur.

La message il est pas arrivé à le destinataire. L'adresse existe pas :

  rodrigo.azevedo@example.org

A mensagem não foi entregue. Ne pas répondre à ce message.""",
        bounce("rodrigo.azevedo@example.org"),
        bounce="Reporting-MTA: dns; mx.example.net\n\nFinal-Recipient: rfc822; rodrigo.azevedo@example.org\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 user unknown",
    )),
    # Feature: phonetic_spelling — aim — je cherch un travaille dans l'économi social é solidèr
    N("phonetic_spelling", "aim", "je cherch un travaille dans l'économi social é solidèr", M(
        "Kadidia Sangaré <kadidia.sangare@example.fr>", "candidatur", "12 20:33",
        """Bonjour madam monsieur

je mapel Kadidia Sangaré, j'ai eu mon BTS ESF an juillet 2026 o lycée de Montreuil. je cherch un travaille dans l'économi social é solidèr, dans une assossiation pour les famille.

mersi de me répondr
Kadidia
07 66 30 18 45""",
        app("Kadidia", "Sangaré", phone="+33766301845", bac=2, grad="2026-07", status="b_economi_social_e_solider"),
    )),
    # Feature: phonetic_spelling — level — j'ai fé un an de lisence é j'ai arété
    N("phonetic_spelling", "level", "j'ai fé un an de lisence é j'ai arété", M(
        "Jefferson Souza <jefferson.souza@example.com>", "pro'puls", "13 23:10",
        """Bonjour

Je sui Jefferson, bresilien, 23 an. j'ai fé un an de lisence é j'ai arété pour travaillé, c'était trop cher. Mintenan je veu travayé dans une association pour les jeune du quartié.

mersi
Jefferson Souza
06 52 08 71 94""",
        app("Jefferson", "Souza", phone="+33652087194", bac=1, grad=None, failing=("degree_level",), status="b_un_an_de_lisence_arete"),
    )),
    # Feature: foreign_systems_in_french — level — le diplôme de fin d'études de l'Institut pédagogique de Kaboul
    # ambiguous: the Afghan teacher-training diploma's length is not said (two-year and four-year courses exist) — level open.
    N("foreign_systems_in_french", "level", "le diplôme de fin d'études de l'Institut pédagogique de Kaboul", M(
        "Zahra Ahmadi <zahra.ahmadi@example.org>", "Candidature programme", "14 10:55",
        """Bonjour,

Je m'appelle Zahra Ahmadi. J'ai le diplôme de fin d'études de l'Institut pédagogique de Kaboul, je l'ai eu en 2025, juste avant de partir. En France je fais la équivalence, j'attends la réponse.

Je veux travailler dans une association d'éducation pour les enfants ou les femmes, c'était mon travail de bénévole en Afghanistan.

Merci,
Zahra
07 43 92 61 08""",
        app("Zahra", "Ahmadi", phone="+33743926108", bac="*", grad="2025", unknown=("degree_level",), status="b_institut_pedagogique_kaboul"),
    )),
    # Feature: foreign_systems_in_french — graduation — master 2 au Sénégal, à l'UCAD, soutenu en octobre 2025
    N("foreign_systems_in_french", "graduation", "master 2 au Sénégal, à l'UCAD, soutenu en octobre 2025", M(
        "Moussa Ndiaye <moussa.ndiaye@example.net>", "Candidature Pro'pulse - Moussa Ndiaye", "14 15:20",
        """Bonjour,

Je suis Moussa Ndiaye. J'ai fait mon master 2 au Sénégal, à l'UCAD, soutenu en octobre 2025 (développement local). L'attestation de comparabilité ENIC-NARIC dit : niveau bac+5.

Je suis arrivé à Marseille en mars. Je cherche un emploi dans une coopérative agricole ou une association de développement. Mon CV est joint.

Cordialement,
Moussa Ndiaye
+221 77 418 26 93""",
        app("Moussa", "Ndiaye", phone="+221774182693", bac=5, grad="2025-10", status="b_master_ucad_octobre_2025", info_in="both"),
        cv=CV("pdf", "CV_Moussa_Ndiaye.pdf", """Moussa Ndiaye
Marseille - moussa.ndiaye@example.net
Formation
2025 : Master 2 Développement local, Université Cheikh Anta Diop (UCAD), Dakar - soutenu en octobre 2025
2022 : Licence de sociologie, UCAD
Expérience
2023-2024 : bénévole, GIE de femmes transformatrices de céréales, Thiès
Langues : wolof, français, anglais"""),
    )),
    # Feature: code_switching — aim — n'importe quel travail, lo que sea
    # ambiguous: «n'importe quel travail» says no sector; the ESS is not ruled out nor sought — aim open.
    N("code_switching", "aim", "n'importe quel travail, lo que sea", M(
        "Camila Rojas <camila.rojas@example.com>", "programa Pro'pulse", "15 19:44",
        """Hola, bonjour,

Je suis Camila, péruvienne, j'ai une licence de lettres de Paris 3, terminée en juillet 2025. La verdad, c'est difficile ici, je cherche n'importe quel travail, lo que sea, porque necesito pagar el alquiler.

Vous pouvez m'aider avec le CV et les entretiens ?

Gracias, merci,
Camila Rojas
06 08 37 72 15""",
        app("Camila", "Rojas", phone="+33608377215", bac=3, grad="2025-07", unknown=("job_seeking_ess",), status="b_lo_que_sea"),
    )),
    # Feature: code_switching — situation — actuellement je fais mon stage, ya3ni jusqu'à février
    N("code_switching", "situation", "actuellement je fais mon stage, ya3ni jusqu'à février", M(
        "Yasmine Haddad <yasmine.haddad@example.org>", "candidature Yasmine", "16 12:09",
        """Salam, bonjour,

Je suis Yasmine, j'ai eu mon master en septembre 2025, coopération internationale. Actuellement je fais mon stage, ya3ni jusqu'à février, dans une ONG à Lyon, mais ils peuvent pas me garder après.

Inshallah je veux trouver un vrai poste dans une association humanitaire. Le programme peut m'aider ?

Merci, yalla bonne journée
Yasmine Haddad
07 29 64 80 17""",
        app("Yasmine", "Haddad", phone="+33729648017", bac=5, grad="2025-09", failing=("not_internship",), status="b_stage_ya3ni_fevrier"),
    )),
    # Feature: machine_translated — level — un diplôme de baccalauréat en administration des affaires d'une durée de quatre années
    N("machine_translated", "level", "un diplôme de baccalauréat en administration des affaires d'une durée de quatre années", M(
        "Mehdi Farahani <mehdi.farahani@example.net>", "Candidature à votre estimé programme", "17 08:41",
        """Madame, Monsieur,

J'ai l'honneur de porter à votre haute connaissance ma candidature à votre estimé programme. Je détiens un diplôme de baccalauréat en administration des affaires d'une durée de quatre années, délivré par l'Université de Téhéran en juin 2025.

Il est de mon souhait le plus profond de mettre mes compétences au service d'une organisation de l'économie sociale et solidaire, notamment une coopérative ou une entreprise d'insertion.

Dans l'attente de votre réponse favorable, veuillez agréer mes salutations les plus distinguées.
Mehdi Farahani
Téléphone : 06 91 45 37 26""",
        app("Mehdi", "Farahani", phone="+33691453726", bac=4, grad="2025-06", status="b_baccalaureat_quatre_annees_teheran"),
    )),
    # Feature: machine_translated — career_change — exercé la profession de comptable pendant huit années
    N("machine_translated", "career_change", "exercé la profession de comptable pendant huit années", M(
        "Vu Thi Hong <vu.thihong@example.com>", "Demande d'admission au programme Pro'pulse", "17 21:15",
        """Madame, Monsieur,

Je me permets de vous solliciter concernant votre programme. Après avoir exercé la profession de comptable pendant huit années au sein d'une entreprise d'import-export à Hô Chi Minh-Ville, j'ai obtenu en juin 2025 un diplôme de maîtrise en gestion des organisations de l'ESS à l'Université de Montpellier.

Je souhaite désormais réorienter ma carrière vers les associations. Veuillez trouver mon curriculum vitae en pièce jointe.

Avec mes sentiments respectueux,
Vu Thi Hong
07 14 58 90 36""",
        app("Hong", "Vu", phone="+33714589036", bac=5, grad="2025-06", failing=("not_career_change",), status="b_comptable_huit_annees", info_in="both"),
        cv=CV("docx", "CV_Vu_Thi_Hong.docx", """VU Thi Hong
Formation : Master Gestion des organisations de l'ESS, Université de Montpellier, juin 2025
Expérience : 2014-2022 comptable, Saigon Trading Co., Hô Chi Minh-Ville
Langues : vietnamien, anglais, français (B2)"""),
    )),
    # Feature: word_order_and_register — studies_finished — Mémoire : rendu. Soutenance : décembre.
    # ambiguous: the defence is still to come in December; the degree is not yet awarded — studies open.
    N("word_order_and_register", "studies_finished", "Mémoire : rendu. Soutenance : décembre.", M(
        "Giorgi Lomidze <giorgi.lomidze@example.fr>", "pro'pulse moi", "18 17:52",
        """Salut,

Moi : Giorgi, géorgien, 26 ans. Master 2 ESS, Université de Poitiers. Mémoire : rendu. Soutenance : décembre. Après, cherche travail association ou coopérative.

Tu peux dire si c'est possible pour moi ?

Giorgi
06 35 71 24 60""",
        app("Giorgi", "Lomidze", phone="+33635712460", bac="*", grad=None, unknown=("studies_finished",), status="b_memoire_rendu_soutenance_decembre"),
    )),
    # Feature: word_order_and_register — career_change — Avant : petit boulot McDo pendant études. Autre métier : non.
    N("word_order_and_register", "career_change", "Avant : petit boulot McDo pendant études. Autre métier : non.", M(
        "Emre Yilmaz <emre.yilmaz@example.org>", "inscription", "19 11:03",
        """Bonjour,

Emre Yilmaz. Licence pro gestion des structures associatives, juin 2026, IUT de Tours. Avant : petit boulot McDo pendant études. Autre métier : non.

Cherche poste chargé de projet, association jeunesse. Tu m'appelles ?

07 52 19 83 46""",
        app("Emre", "Yilmaz", phone="+33752198346", bac=3, grad="2026-06", status="b_petit_boulot_mcdo"),
    )),
    # Feature: english_non_native — situation — I make a civic service actually, it finish in December
    N("english_non_native", "situation", "I make a civic service actually, it finish in December", M(
        "Kwame Mensah <kwame.mensah@example.com>", "Application Pro'pulse", "20 14:37",
        """Hello,

My name is Kwame Mensah, I am from Ghana and I live in Paris since three years. I have a master in development studies from Université Paris 1, I get it in June 2025.

I make a civic service actually, it finish in December, in an association for homeless people. After I search a work in the social economy.

Best regards,
Kwame
+33 6 48 20 93 71""",
        app("Kwame", "Mensah", phone="+33648209371", bac=5, grad="2025-06", failing=("not_service_civique",), language="en", status="b_civic_service_actually"),
    )),
    # Feature: english_non_native — graduation — I am graduated since June 2025
    N("english_non_native", "graduation", "I am graduated since June 2025", M(
        "Dawit Tesfaye <dawit.tesfaye@example.net>", "Application for the programme", "21 10:26",
        """Dear Pro'pulse team,

I am graduated since June 2025 of a master in sustainable development in Université Lyon 3. I search a work in an NGO or a cooperative of the social economy, I am very motivated.

I speak tigrinya, english and french (B1). Can I enter in the programme?

Thank you,
Dawit Tesfaye
07 60 28 14 95""",
        app("Dawit", "Tesfaye", phone="+33760281495", bac=5, grad="2025-06", language="en", status="b_graduated_since_june_2025"),
    )),
    # Feature: verb_forms — studies_finished — elle finir son licence en juin, elle plus aller à l'université
    N("verb_forms", "studies_finished", "elle finir son licence en juin, elle plus aller à l'université", M(
        "Bohdan Melnyk <bohdan.melnyk@example.org>", "pour ma cousine Halyna", "22 19:58",
        """Bonjour,

Je écris pour ma cousine Halyna Melnyk, elle parle pas encore bien le français. Elle finir son licence en juin, elle plus aller à l'université maintenant. Licence de langues étrangères appliquées à Strasbourg, juin 2026.

Elle vouloir travailler dans une association pour les réfugiés. Son mail : halyna.melnyk@example.org, téléphone 07 38 55 62 14.

Merci beaucoup,
Bohdan""",
        app("Halyna", "Melnyk", phone="+33738556214", bac=3, grad="2026-06", email="halyna.melnyk@example.org", forwarded_by="bohdan.melnyk@example.org", status="b_cousine_finir_licence_juin"),
    )),
]
