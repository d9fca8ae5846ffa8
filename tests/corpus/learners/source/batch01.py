"""Learners corpus, batch 01: the twelve features about twice each, a referral from a reception centre, a
small CV, a bounce from a Portuguese server."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, auto_reply, bounce, newsletter, other, question, reply
from learners import N

MESSAGES = [
    # Feature: english_calque — graduation — je suis graduée de l'université de Bordeaux en juillet 2025
    N("english_calque", "graduation", "je suis graduée de l'université de Bordeaux en juillet 2025", M(
        "Priya Raghunathan <priya.raghu@example.org>", "Application pour Pro'pulse", "01 09:14",
        """Bonjour,

Je m'appelle Priya, je suis indienne et je vis à Bordeaux depuis 2020. Je suis graduée de l'université de Bordeaux en juillet 2025 avec un master en économie du développement.

Depuis l'été j'ai appliqué pour beaucoup de jobs dans les associations de solidarité internationale et les coopératives, mais c'est difficile sans réseau en France. Je voudrais supporter une cause, pas seulement avoir un salaire. Je pense que Pro'pulse peut m'aider pour ça.

Je n'ai pas d'autre expérience longue, seulement des jobs étudiants (serveuse, baby-sitting).

Merci pour votre temps,
Priya Raghunathan
06 41 27 83 90""",
        app("Priya", "Raghunathan", phone="+33641278390", bac=5, grad="2025-07", status="graduee_bordeaux_juillet_2025"),
    )),
    # Feature: english_calque — aim — actuellement je regarde pour un emploi en audit chez un des Big Four
    N("english_calque", "aim", "actuellement je regarde pour un emploi en audit chez un des Big Four", M(
        "Daniel Okafor <d.okafor@example.com>", "Candidature programme accompagnement", "01 11:02",
        """Bonjour madame, monsieur,

Je suis gradué d'un master en comptabilité-contrôle-audit à Paris-Dauphine en septembre 2025. Je suis nigérian, je parle anglais et français.

Pour être honnête, actuellement je regarde pour un emploi en audit chez un des Big Four, ou éventuellement dans une banque d'affaires. J'ai vu votre programme sur LinkedIn et j'ai pensé que le coaching peut m'aider pour les entretiens.

Je ne suis pas en stage, j'ai fini tout.

Best regards,
Daniel Okafor
+33 7 58 14 62 09""",
        app("Daniel", "Okafor", phone="+33758146209", bac=5, grad="2025-09", failing=("job_seeking_ess",), status="regarde_emploi_big_four"),
    )),
    # Feature: english_calque — kind — est-ce que je peux appliquer pour le programme
    N("english_calque", "kind", "est-ce que je peux appliquer pour le programme", M(
        "Min-jun Park <minjun.park@example.net>", "question sur éligibilité", "02 18:40",
        """Bonjour,

Une petite question avant de faire mon dossier : est-ce que je peux appliquer pour le programme si je n'ai pas la nationalité française ? J'ai un titre de séjour étudiant qui expire en mars, et je vais demander un changement de statut.

Aussi, est-ce que les sessions sont en présentiel seulement, ou aussi online ?

Merci d'avance,
Min-jun""",
        question(),
    )),
    # Feature: romance_calque — level — licenciada en Trabajo Social de la Universidad de Rosario
    # ambiguous: a licenciatura with no length given — its French level cannot be told (degree_level open)
    N("romance_calque", "level", "licenciada en Trabajo Social de la Universidad de Rosario", M(
        "Valentina Ríos <valentina.rios@example.org>", "candidature", "02 10:25",
        """Bonjour,

Je suis licenciada en Trabajo Social de la Universidad de Rosario (Argentine), j'ai reçu le titre le passé décembre, en 2025. Je suis arrivée en France en avril avec mon compagnon.

Maintenant je suis en train de chercher travail dans une association ou une coopérative, dans le social. En Argentine j'ai fait du bénévolat dans un comedor comunitario (une cantine solidaire de quartier), c'est mon monde.

Je suis libre tout de suite, je n'ai pas de stage ni rien.

Cordialement,
Valentina Ríos Aguirre
07 66 20 41 38""",
        app("Valentina", "Ríos Aguirre", phone="+33766204138", bac="*", grad="2025-12", unknown=("degree_level",), status="licenciada_rosario_dec_2025"),
    )),
    # Feature: romance_calque — situation — maintenant je fais les pratiques professionnelles dans une association jusqu'à février
    N("romance_calque", "situation", "maintenant je fais les pratiques professionnelles dans une association jusqu'à février", M(
        "Giulia Ferraro <giulia.ferraro@example.fr>", "Domanda / candidature Pro'pulse", "03 08:51",
        """Buongiorno,

Je suis italienne, j'ai terminé la carrière de sciences politiques à Bologne (laurea magistrale, juillet 2025) et après je suis venue à Lyon.

Maintenant je fais les pratiques professionnelles dans une association jusqu'à février, pour l'accueil des migrants, c'est avec une convention de mon université italienne. Après les pratiques je voudrais rester dans ce secteur, le tiers secteur, et trouver un vrai contrat.

Je peux faire le programme en même temps ?

Grazie mille,
Giulia Ferraro
06 12 90 55 71""",
        app("Giulia", "Ferraro", phone="+33612905571", bac=5, grad="2025-07", failing=("not_internship",), status="pratiques_jusqu_fevrier"),
    )),
    # Feature: romance_calque — kind — yo confirmo le rendez-vous de jeudi
    N("romance_calque", "kind", "yo confirmo le rendez-vous de jeudi", M(
        "Mateo Salgado <mateo.salgado@example.com>", "Re: Pro'pulse : entretien de présentation", "03 14:09",
        """Bonjour Claire,

Muchas gracias pour le message. Oui, yo confirmo le rendez-vous de jeudi à 10h, à la Maison des associations. J'apporte le CV imprimé.

Hasta jueves,
Mateo

> Bonjour Mateo,
> Nous vous proposons un entretien de présentation jeudi 5 novembre à 10h.
> Claire, pour l'équipe Pro'pulse""",
        reply(),
        headers={"In-Reply-To": "<4417.entretien@animafac.net>", "References": "<4417.entretien@animafac.net>"},
    )),
    # Feature: article_gender — level — j'ai obtenu le licence professionnel
    N("article_gender", "level", "j'ai obtenu le licence professionnel", M(
        "Thi Lan Nguyen <thilan.nguyen@example.org>", "candidature pour le accompagnement", "03 16:30",
        """Bonjour,

Je suis Thi Lan, vietnamienne. En juin 2026 j'ai obtenu le licence professionnel « coordination de projets de l'économie sociale » à l'IUT de Tours. Avant, j'ai fait un BTS en Vietnam.

Je cherche un travail dans un association ou un coopérative, comme chargée de projet ou animatrice. Mon CV est en pièce jointe.

Merci beaucoup,
Nguyen Thi Lan
07 81 44 02 67""",
        app("Thi Lan", "Nguyen", phone="+33781440267", bac=3, grad="2026-06", info_in="both", status="le_licence_pro_juin_2026"),
        cv=CV("docx", "CV_Nguyen_Thi_Lan.docx", """NGUYEN Thi Lan
Chargée de projet — économie sociale
Formation
2026 : Licence professionnelle coordination de projets de l'économie sociale, IUT de Tours (obtenue)
2022 : BTS gestion, Hô Chi Minh-Ville
Expérience
Avril-juin 2026 : stage de fin de licence, Régie de quartier de Tours Nord
Langues : vietnamien, français, anglais"""),
    )),
    # Feature: article_gender — aim — un poste dans un association ou dans une SCOP
    N("article_gender", "aim", "un poste dans un association ou dans une SCOP", M(
        "Karim Haddad <karim.haddad@example.net>", "mon candidature", "04 09:45",
        """Bonjour,

Je suis libanais, j'ai le master de sociologie de Université Lumière Lyon 2, obtenu en septembre 2025. J'ai fini le mon stage en août 2025, maintenant rien.

Je cherche un poste dans un association ou dans une SCOP, pour faire le médiation ou le gestion de projet. Pas le grande entreprise, je veux le travail qui a le sens pour les gens.

Karim Haddad
06 03 72 19 84""",
        app("Karim", "Haddad", phone="+33603721984", bac=5, grad="2025-09", status="un_association_ou_scop"),
    )),
    # Feature: verb_forms — studies_finished — moi finir le master l'année prochaine
    N("verb_forms", "studies_finished", "moi finir le master l'année prochaine", M(
        "Abdoulaye Diallo <abdoulaye.diallo@example.org>", "inscription programme", "04 13:20",
        """Bonjour,

Moi Abdoulaye, guinéen, 24 ans. J'avoir la licence AES à Rouen en 2025. Maintenant je faire le master 1 ESS à Rouen, moi finir le master l'année prochaine.

Je vouloir travailler dans les associations, l'insertion. Je pouvoir entrer dans votre programme maintenant ?

Merci
Abdoulaye Diallo
07 53 28 90 14""",
        app("Abdoulaye", "Diallo", phone="+33753289014", bac=3, grad="2025", failing=("studies_finished",), status="moi_finir_master_annee_prochaine"),
    )),
    # Feature: verb_forms — graduation — je finis mon master en septembre 2025
    N("verb_forms", "graduation", "je finis mon master en septembre 2025", M(
        "Nino Beridze <nino.beridze@example.com>", "candidature Pro'pulse", "04 17:58",
        """Bonjour,

Je suis géorgienne. Je finis mon master en septembre 2025, à Sciences Po Grenoble (politiques publiques). Après je suis resté en France et j'ai travaillé l'été comme serveuse.

Je cherche un emploi dans une association d'éducation populaire ou un réseau d'ESS, en coordination. Je suis pas en stage, pas en service civique.

Merci,
Nino Beridze
06 27 48 13 95""",
        app("Nino", "Beridze", phone="+33627481395", bac=5, grad="2025-09", status="finis_master_septembre_2025"),
    )),
    # Feature: prepositions_time — graduation — je suis diplômée depuis deux ans
    # ambiguous: «depuis deux ans» for «il y a deux ans» puts the diploma around November 2024, on the limit — the date is to check
    N("prepositions_time", "graduation", "je suis diplômée depuis deux ans", M(
        "Yasmin Rahimi <yasmin.rahimi@example.org>", "Candidature", "05 10:11",
        """Bonjour,

Je suis afghane, en France depuis 2022. Je suis diplômée depuis deux ans d'un master de droit international à l'université de Strasbourg, après une licence à Kaboul.

Je cherche un travail dans une association d'aide aux réfugiés ou d'accès au droit. Je connais bien ce public. Je fais du bénévolat à la Cimade en attendant.

Merci de votre réponse,
Yasmin Rahimi
07 45 90 31 26""",
        app("Yasmin", "Rahimi", phone="+33745903126", bac=5, grad=None, unknown=("graduation_recent",), status="diplomee_depuis_deux_ans"),
    )),
    # Feature: prepositions_time — situation — je suis en service civique pour six mois
    N("prepositions_time", "situation", "je suis en service civique pour six mois", M(
        "Oksana Melnyk <oksana.melnyk@example.net>", "candidature", "05 15:37",
        """Bonjour,

J'ai la licence pro « animation sociale » à Nantes, en juillet 2026. Maintenant je suis en service civique pour six mois à la Ligue de l'enseignement, à Nantes, dans le programme d'aide aux devoirs.

Je voudrais trouver un emploi à l'association après, dans le éducation populaire.

Oksana Melnyk
06 58 20 74 31""",
        app("Oksana", "Melnyk", phone="+33658207431", bac=3, grad="2026-07", failing=("not_service_civique",), status="service_civique_pour_six_mois"),
    )),
    # Feature: negation_forms — situation — je suis pas en stage, le stage il est fini en août
    N("negation_forms", "situation", "je suis pas en stage, le stage il est fini en août", M(
        "Chen Jing <chen.jing@example.fr>", "pour le programme pro'pulse", "06 09:03",
        """Bonjour,

Je m'appelle Chen Jing, chinoise. J'ai le master 2 « développement territorial et économie solidaire » à Grenoble, validé en septembre 2026.

Je suis pas en stage, le stage il est fini en août. Je cherche maintenant un CDD ou CDI dans une coopérative ou une association, je parle chinois, anglais, français.

Merci,
Chen Jing
07 20 11 85 46""",
        app("Jing", "Chen", phone="+33720118546", bac=5, grad="2026-09", status="pas_en_stage_fini_aout"),
    )),
    # Feature: negation_forms — studies_finished — j'ai pas pas fini le mémoire
    # ambiguous: the double negation may be a slip for «j'ai pas fini» or mean «I did finish» — whether the master is over
    # is to check, and so its date (the Nairobi licence is undated)
    N("negation_forms", "studies_finished", "j'ai pas pas fini le mémoire", M(
        "Amani Mwangi <amani.mwangi@example.org>", "candidature", "06 11:48",
        """Bonjour,

Je suis Amani, kényane. Je suis à Paris 8 en master 2 « économie sociale et solidaire ». Les cours sont finis en juin. Pour le mémoire, j'ai pas pas fini le mémoire, je l'ai donné au directeur en octobre.

J'ai une licence d'économie de Nairobi avant. Je cherche un emploi dans une structure de l'ESS, en finance solidaire si possible.

Amani Mwangi
06 77 31 48 20""",
        app("Amani", "Mwangi", phone="+33677314820", bac=3, grad=None, unknown=("graduation_recent", "studies_finished"), status="pas_pas_fini_memoire"),
    )),
    # Feature: phonetic_spelling — aim — je cherch un travaille dan l'économi social é solidèr
    N("phonetic_spelling", "aim", "je cherch un travaille dan l'économi social é solidèr", M(
        "Moussa Keïta <moussa.keita@example.com>", "candidatur", "06 19:22",
        """Bonjour madam monsieur,

Je mapel Moussa Keïta, je sui malien. J'ai le BTS ÉSF (économi social familial), diplomé en juin 2026 au lycée de Montreuil.

Je cherch un travaille dan l'économi social é solidèr, dan un association pour aidé les famille, ou un centre social. Je sui motivé.

Mersi
Moussa Keïta
07 62 09 38 15""",
        app("Moussa", "Keïta", phone="+33762093815", bac=2, grad="2026-06", status="cherch_travaille_economi_solider"),
    )),
    # Feature: phonetic_spelling — level — j'ai le bac é une anné de lisence
    N("phonetic_spelling", "level", "j'ai le bac é une anné de lisence", M(
        "Fatoumata Camara <fatou.camara@example.net>", "inscripsion program", "07 08:40",
        """Bonjour,

Je sui Fatoumata, 23 an. J'ai le bac é une anné de lisence de sosiologi à Créteil, aprè j'ai arêté pour travaillé (caissière).

Je veu travaillé dan une assosiation pour les jeune du quartié. Es que je peu fair le program ?

Fatoumata Camara
06 84 52 17 03""",
        app("Fatoumata", "Camara", phone="+33684521703", bac=1, grad=None, failing=("degree_level",), status="bac_une_anne_lisence"),
    )),
    # Feature: foreign_systems_in_french — level — master 1 en sociologie à l'UCAD de Dakar, système LMD
    N("foreign_systems_in_french", "level", "master 1 en sociologie à l'UCAD de Dakar, système LMD", M(
        "Aïssatou Ndiaye <aissatou.ndiaye@example.org>", "Candidature Pro'pulse", "07 12:15",
        """Bonjour,

J'ai un master 1 en sociologie à l'UCAD de Dakar, système LMD, obtenu en juillet 2025 (donc bac+4 comme en France). Je suis arrivée en France en janvier pour rejoindre mon mari.

Je cherche un emploi dans une association d'insertion ou une mutuelle. Au Sénégal j'ai animé des groupements de femmes (tontines, microcrédit).

Pas de stage, pas de service civique en ce moment.

Aïssatou Ndiaye
07 31 68 25 90""",
        app("Aïssatou", "Ndiaye", phone="+33731682590", bac=4, grad="2025-07", status="master1_ucad_lmd"),
    )),
    # Feature: foreign_systems_in_french — level — diplôme de spécialiste en Ukraine, je fais la équivalence ENIC-NARIC
    # ambiguous: a Ukrainian «spécialiste» whose French level the comparability statement has not yet given — level to check
    N("foreign_systems_in_french", "level", "diplôme de spécialiste en Ukraine, je fais la équivalence ENIC-NARIC", M(
        "Sophie Lambert <s.lambert@cada-est.example.fr>", "Orientation : Mme Iryna Bondarenko", "07 16:02",
        """Bonjour,

Je suis travailleuse sociale au CADA de Metz et j'accompagne Mme Iryna Bondarenko, arrivée d'Ukraine. Elle m'a demandé d'écrire avec elle, voici son message :

« Bonjour, je suis Iryna. J'ai le diplôme de spécialiste en Ukraine, je fais la équivalence ENIC-NARIC, pas encore reçu la réponse. Diplôme en psychologie sociale, université de Kharkiv, juin 2025. Je cherche travail dans association pour aider les personnes déplacées. Je suis pas en formation, pas en stage. »

Ses coordonnées : iryna.bondarenko@example.org, 07 49 03 62 18.

Bien cordialement,
Sophie Lambert
Travailleuse sociale, CADA de Metz""",
        app("Iryna", "Bondarenko", phone="+33749036218", bac="*", grad="2025-06", unknown=("degree_level",), email="iryna.bondarenko@example.org", forwarded_by="s.lambert@cada-est.example.fr", status="specialiste_ukraine_equivalence"),
    )),
    # Feature: code_switching — aim — un job in the social economy, pero también en una empresa normal, lo que sea
    # ambiguous: «lo que sea» (whatever) beside the social economy — the ESS aim is open
    N("code_switching", "aim", "un job in the social economy, pero también en una empresa normal, lo que sea", M(
        "Camila Restrepo <camila.restrepo@example.com>", "candidatura / candidature", "08 10:30",
        """Hola, bonjour,

Je suis Camila, colombienne, master en gestion de projets à l'IAE de Lille, diplômée en juin 2026. Je cherche un job in the social economy, pero también en una empresa normal, lo que sea, je dois payer le loyer !

Je ne suis pas en stage, j'ai terminé tout. I speak Spanish, English and French.

Gracias,
Camila Restrepo
06 95 13 27 40""",
        app("Camila", "Restrepo", phone="+33695132740", bac=5, grad="2026-06", unknown=("job_seeking_ess",), status="social_economy_lo_que_sea"),
    )),
    # Feature: code_switching — kind — Falha na entrega da mensagem
    N("code_switching", "kind", "Falha na entrega da mensagem", M(
        "Mail Delivery System <MAILER-DAEMON@mx.example.net>", "Falha na entrega da mensagem / Undelivered Mail", "08 11:05",
        """Falha na entrega da mensagem / Delivery failed.

A sua mensagem não pôde ser entregue ao destinatário: the mailbox does not exist.

joao.pereira.ufmg@example.net""",
        bounce("joao.pereira.ufmg@example.net"),
        bounce="Reporting-MTA: dns; mx.example.net\n\nFinal-Recipient: rfc822; joao.pereira.ufmg@example.net\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 caixa postal inexistente / user unknown",
    )),
    # Feature: machine_translated — level — je détiens un baccalauréat en service social de l'Université de Montréal
    # bachelor as «baccalauréat»: a Québec baccalauréat is a university degree (three years after the CEGEP), surely bac+2 or more — level met, "*"
    N("machine_translated", "level", "je détiens un baccalauréat en service social de l'Université de Montréal", M(
        "Haruto Tanaka-Leblanc <haruto.tl@example.org>", "Soumission de ma candidature à votre estimé programme", "08 14:44",
        """Madame, Monsieur,

Je me permets de vous adresser ma candidature pour intégrer votre estimé programme Pro'pulse. Je détiens un baccalauréat en service social de l'Université de Montréal, décerné en mai 2025, et je réside en France depuis le mois d'août suivant.

Mon souhait le plus ardent est d'obtenir un emploi au sein d'un organisme à but non lucratif ou d'une coopérative, afin de mettre mes compétences au service de la collectivité.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations les plus distinguées.

Haruto Tanaka-Leblanc
Téléphone : 06 19 84 30 57""",
        app("Haruto", "Tanaka-Leblanc", phone="+33619843057", bac="*", grad="2025-05", status="baccalaureat_montreal"),
    )),
    # Feature: machine_translated — kind — Je suis actuellement hors du bureau et n'ai pas l'accès à mon courrier
    N("machine_translated", "kind", "Je suis actuellement hors du bureau et n'ai pas l'accès à mon courrier", M(
        "Reza Karimi <reza.karimi@example.com>", "Réponse automatique : Votre candidature à Pro'pulse", "09 07:00",
        """Bonjour,

Je suis actuellement hors du bureau et n'ai pas l'accès à mon courrier jusqu'au 16 novembre. Pour les affaires urgentes, veuillez adresser votre demande à mon collègue. Je vous répondrai à mon retour dans les délais les plus brefs.

Merci pour votre compréhension aimable.
Reza Karimi""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: word_order_and_register — graduation — Fini septembre 2023
    N("word_order_and_register", "graduation", "Fini septembre 2023", M(
        "Tesfaye Gebremedhin <tesfaye.g@example.net>", "Pro'pulse", "09 12:27",
        """Bonjour.

Moi : master 2 sociologie, Paris Nanterre. Fini septembre 2023. Avant : Érythrée, licence.
Maintenant : cherche travail association, aide aux migrants.
Pas stage. Pas service civique.
Tu peux m'inscrire ?

Tesfaye
06 30 47 81 62""",
        app("Tesfaye", "Gebremedhin", phone="+33630478162", bac=5, grad="2023-09", failing=("graduation_recent",), status="fini_septembre_2023"),
    )),
    # Feature: word_order_and_register — kind — Moi bénévole. Je parle dari, pachto
    N("word_order_and_register", "kind", "Moi bénévole. Je parle dari, pachto", M(
        "Farid Noorzai <farid.noorzai@example.org>", "aide traduction", "09 17:33",
        """Salut,

Moi bénévole. Je parle dari, pachto, un peu ourdou. Tes candidats afghans : moi traduire, gratuit. Le soir, le week-end.
Tu me dis si besoin.

Farid""",
        other(),
    )),
    # Feature: english_non_native — situation — I make an internship actually in an NGO until March
    N("english_non_native", "situation", "I make an internship actually in an NGO until March", M(
        "Lukas Nowak <lukas.nowak@example.com>", "Application Pro'pulse programme", "10 09:50",
        """Hello,

I am Polish, I have a master in sociology from University of Warsaw (2025, July). I make an internship actually in an NGO until March, in Paris, about housing for homeless people.

After this I search a work in the social economy in France. Can I make the programme now, or I must wait?

Best,
Lukas Nowak
+48 601 234 587""",
        app("Lukas", "Nowak", phone="+48601234587", bac=5, grad="2025-07", failing=("not_internship",), language="en", status="make_internship_actually_march"),
    )),
    # Feature: english_non_native — graduation — I am graduated since June
    N("english_non_native", "graduation", "I am graduated since June", M(
        "Ayşe Demir <ayse.demir@example.org>", "Application", "10 14:12",
        """Dear Pro'pulse team,

I am graduated since June, master of development studies at Université Paris Cité. I am from Turkey and I live in Paris since five years.

I search a work in social economy, in an association or a cooperative working with women or migrants. I am not in internship and not in civic service.

Thank you in advance,
Ayşe Demir
07 14 62 83 09""",
        app("Ayşe", "Demir", phone="+33714628309", bac=5, grad="2026-06", language="en", status="graduated_since_june"),
    )),
    # Feature: article_gender — kind — Le lettre d'information de le association
    N("article_gender", "kind", "Le lettre d'information de le association", M(
        "Étudiants du Monde Solidaires <lettre@edms.example.org>", "Le lettre d'information de novembre", "10 18:00",
        """Le lettre d'information de le association Étudiants du Monde Solidaires — novembre 2026

Au programme ce mois :
- le atelier CV en français facile, samedi 14 novembre ;
- un permanence pour les équivalences de diplôme, tous les mardis ;
- le fête de fin d'année, le 19 décembre, avec un repas partagé.

Pour ne plus recevoir le lettre, répondez « désinscrire ».""",
        newsletter(),
        headers={"List-Unsubscribe": "<mailto:desinscrire@edms.example.org>"},
    )),
]
