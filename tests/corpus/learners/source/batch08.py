"""Learners corpus, batch 08: two applications for each calque, article, verb, time and negation feature; other mail by ear, foreign systems, code-switching, translation, terse register and English."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, auto_reply, bounce, newsletter, other, question, reply
from learners import N

MESSAGES = [
    # Feature: english_calque — graduation — j'ai complété ma maîtrise en mai 2026
    N("english_calque", "graduation", "j'ai complété ma maîtrise en mai 2026", M(
        "Efua Asante <efua.asante@example.org>", "Application au programme Pro'pulse", "01 11:42",
        """Bonjour,

Je suis Efua Asante, du Ghana. J'ai complété ma maîtrise en mai 2026 (master études du développement, Université Bordeaux Montaigne). Je regarde pour une position dans une organisation à but non lucratif, idéalement une association qui supporte l'éducation des filles.

Merci pour votre considération,
Efua
07 27 91 46 58""",
        app("Efua", "Asante", phone="+33727914658", bac=5, grad="2026-05", status="b_complete_maitrise_mai_2026"),
    )),
    # Feature: english_calque — studies_finished — je vais graduer en décembre, j'ai complété tous mes cours
    # ambiguous: courses completed, the degree to be awarded in December («graduer» = the award, not a ceremony only) — studies open.
    N("english_calque", "studies_finished", "je vais graduer en décembre, j'ai complété tous mes cours", M(
        "Rahul Nair <rahul.nair@example.com>", "Application pour Pro'pulse", "02 15:09",
        """Hello,

Je suis Rahul Nair, indien, en licence de gestion à l'Université de Caen. Je vais graduer en décembre, j'ai complété tous mes cours et mes examens.

Je suis intéressé par les opportunités dans les entreprises sociales et les coopératives. Est-ce que je peux appliquer maintenant ?

Merci,
Rahul
06 42 17 80 35""",
        app("Rahul", "Nair", phone="+33642178035", bac="*", grad=None, unknown=("studies_finished",), status="b_graduer_decembre_cours_completes"),
    )),
    # Feature: romance_calque — aim — je suis en train de chercher travail en une ONG ou une coopérative
    N("romance_calque", "aim", "je suis en train de chercher travail en une ONG ou une coopérative", M(
        "Larissa Gonçalves <larissa.goncalves@example.net>", "Candidature Larissa", "03 10:33",
        """Bonjour,

Je m'appelle Larissa Gonçalves, brésilienne. J'ai terminé la licence de sciences de l'éducation à Paris 8 en décembre 2025. Je suis en train de chercher travail en une ONG ou une coopérative, c'est ma vocation de travailler avec la communauté.

Je reste attente à votre retour,
Larissa
06 81 53 07 26""",
        app("Larissa", "Gonçalves", phone="+33681530726", bac=3, grad="2025-12", status="b_chercher_travail_en_une_ong"),
    )),
    # Feature: romance_calque — level — le bachillerato et un an de la carrière d'administration
    N("romance_calque", "level", "le bachillerato et un an de la carrière d'administration", M(
        "Mateo Vargas <mateo.vargas@example.org>", "inscription programme", "04 18:57",
        """Bonjour,

Je suis Mateo Vargas, bolivien. J'ai fait le bachillerato et un an de la carrière d'administration à La Paz, après j'ai laissé pour venir en France avec ma famille.

Je cherche un travail dans une association ou une entreprise d'insertion.

Merci
Mateo
07 68 04 29 17""",
        app("Mateo", "Vargas", phone="+33768042917", bac=1, grad=None, failing=("degree_level",), status="b_bachillerato_un_an_carrera"),
    )),
    # Feature: article_gender — graduation — j'ai obtenu le master en 2024 à la Université de Varsovie
    # ambiguous: a year alone, 2024 — recent only if from November 2024; open.
    N("article_gender", "graduation", "j'ai obtenu le master en 2024 à la Université de Varsovie", M(
        "Agnieszka Wójcik <agnieszka.wojcik@example.com>", "candidature", "05 09:21",
        """Bonjour,

Je suis Agnieszka Wójcik. J'ai obtenu le master en 2024 à la Université de Varsovie, en sociologie. Maintenant je habite à Lille et je cherche un travail dans un association ou un centre social.

Cordialement
Agnieszka
06 54 72 18 30""",
        app("Agnieszka", "Wójcik", phone="+33654721830", bac=5, grad="2024", unknown=("graduation_recent",), status="b_le_master_2024_varsovie"),
    )),
    # Feature: article_gender — situation — le stage il est fini, le service civique je fais pas
    N("article_gender", "situation", "le stage il est fini, le service civique je fais pas", M(
        "Wang Hao <wang.hao@example.fr>", "Candidature Wang Hao", "06 14:45",
        """Bonjour,

Je suis Wang Hao. J'ai le master de gestion des entreprises de la ESS à la Université de Rennes, septembre 2026. Le stage il est fini, le service civique je fais pas. Je suis libre de le lundi.

Je cherche un travail dans un coopérative ou un mutuelle. Mon CV est en le pièce jointe.

Merci
Wang Hao
07 33 60 85 42""",
        app("Hao", "Wang", phone="+33733608542", bac=5, grad="2026-09", status="b_le_stage_il_est_fini", info_in="both"),
        cv=CV("pdf", "CV_Wang_Hao.pdf", """WANG Hao
Formation : Master Management des entreprises de l'ESS, Université de Rennes, septembre 2026
Stage (terminé) : avril-août 2026, Biocoop Rennes Nord, assistant achats
Langues : chinois, anglais, français B2"""),
    )),
    # Feature: verb_forms — career_change — moi travailler dix ans comme chauffeur à Kaboul
    N("verb_forms", "career_change", "moi travailler dix ans comme chauffeur à Kaboul", M(
        "Nasir Amiri <nasir.amiri@example.net>", "candidature Nasir", "07 20:16",
        """Bonjour,

Moi Nasir Amiri, afghan, 34 ans. Moi travailler dix ans comme chauffeur à Kaboul pour une entreprise de transport. Après venir en France, apprendre français, faire le master de sociologie à Rouen, fini juin 2026.

Maintenant vouloir changer, travailler dans une association pour les réfugiés.

Merci
Nasir
07 91 26 53 08""",
        app("Nasir", "Amiri", phone="+33791265308", bac=5, grad="2026-06", failing=("not_career_change",), status="b_chauffeur_dix_ans_kaboul"),
    )),
    # Feature: verb_forms — aim — moi chercher travail, quelque chose, tout être bien
    # ambiguous: «tout être bien» — any work; no sector named — aim open.
    N("verb_forms", "aim", "moi chercher travail, quelque chose, tout être bien", M(
        "Svitlana Koval <svitlana.koval@example.org>", "pro'pulse", "08 12:02",
        """Bonjour,

Je Svitlana Koval. J'avoir BTS comptabilité en France, juin 2025. Moi chercher travail, quelque chose, tout être bien, parce que besoin argent pour ma famille.

Vous pouvoir aider moi ?

Svitlana
06 29 84 61 73""",
        app("Svitlana", "Koval", phone="+33629846173", bac=2, grad="2025-06", unknown=("job_seeking_ess",), status="b_tout_etre_bien"),
    )),
    # Feature: prepositions_time — graduation — j'ai eu mon diplôme depuis juin 2025
    N("prepositions_time", "graduation", "j'ai eu mon diplôme depuis juin 2025", M(
        "Bintou Sangaré <bintou.sangare@example.com>", "Candidature au programme", "09 10:50",
        """Bonjour,

Je suis Bintou Sangaré, ivoirienne. J'ai eu mon diplôme depuis juin 2025, licence professionnelle intervention sociale, à l'IUT de Tours. Je cherche un emploi dans une association d'insertion ou un chantier d'insertion.

Merci
Bintou
07 16 39 72 84""",
        app("Bintou", "Sangaré", phone="+33716397284", bac=3, grad="2025-06", status="b_diplome_depuis_juin_2025"),
    )),
    # Feature: prepositions_time — career_change — je travaille en usine depuis quatre ans et en même temps de la licence
    # ambiguous: four years of factory work alongside a distance licence: a job that paid for the studies or a trade he now leaves — open.
    N("prepositions_time", "career_change", "je travaille en usine depuis quatre ans et en même temps de la licence", M(
        "Florin Popescu <florin.popescu@example.net>", "Candidature Florin Popescu", "10 21:27",
        """Bonjour,

Je suis Florin Popescu, roumain. Je travaille en usine depuis quatre ans et en même temps de la licence à distance, j'ai eu la licence d'économie (CNED / Université de Rouen) en juin 2026.

Je veux travailler dans l'économie sociale, dans une coopérative ou une SCIC.

Merci
Florin
06 58 13 96 27""",
        app("Florin", "Popescu", phone="+33658139627", bac=3, grad="2026-06", unknown=("not_career_change",), status="b_usine_depuis_quatre_ans"),
    )),
    # Feature: negation_forms — situation — le service civique, je l'ai pas fini, il reste jusqu'à février
    N("negation_forms", "situation", "le service civique, je l'ai pas fini, il reste jusqu'à février", M(
        "Salimata Touré <salimata.toure@example.org>", "Candidature Salimata Touré", "11 16:40",
        """Bonjour,

Je suis Salimata Touré. J'ai eu mon master en juillet 2025 à Toulouse, développement territorial. Le service civique, je l'ai pas fini, il reste jusqu'à février, dans une association de quartier.

Je veux continuer dans l'ESS après.

Merci
Salimata
07 02 45 83 96""",
        app("Salimata", "Touré", phone="+33702458396", bac=5, grad="2025-07", failing=("not_service_civique",), status="b_service_civique_pas_fini"),
    )),
    # Feature: negation_forms — studies_finished — je suis plus étudiante, j'ai plus rien à passer
    N("negation_forms", "studies_finished", "je suis plus étudiante, j'ai plus rien à passer", M(
        "Elif Demir <elif.demir@example.com>", "candidature Pro'pulse", "12 09:03",
        """Bonjour,

Je m'appelle Elif Demir, turque. Je suis plus étudiante, j'ai plus rien à passer : master 2 de gestion des associations, Université d'Angers, diplôme en juillet 2026.

Je cherche un poste dans une association culturelle ou une fondation.

Merci
Elif
06 37 20 58 14""",
        app("Elif", "Demir", phone="+33637205814", bac=5, grad="2026-07", status="b_plus_etudiante_plus_rien"),
    )),
    # Feature: phonetic_spelling — studies_finished — je sui ancor an troisième ané de lisence
    N("phonetic_spelling", "studies_finished", "je sui ancor an troisième ané de lisence", M(
        "Seydou Konaté <seydou.konate@example.fr>", "candidatur programe", "13 23:48",
        """bonsoir

je mapel seydou konaté. je sui ancor an troisième ané de lisence de sosiologi a Amiens, je fini an juin 2027. je veu travayé dan une asosiasion.

mersi
seydou
07 85 46 30 12""",
        app("Seydou", "Konaté", phone="+33785463012", bac="*", grad=None, failing=("studies_finished",), status="b_ancor_troisieme_ane_lisence"),
    )),
    # Feature: phonetic_spelling — kind — mersi pour vote répons, je vien jeudi
    N("phonetic_spelling", "kind", "mersi pour vote répons, je vien jeudi", M(
        "Moussa Sidibé <moussa.sidibe@example.net>", "Re: Votre rendez-vous Pro'pulse", "14 08:17",
        """bonjour

mersi pour vote répons, je vien jeudi a 10h avec mon diplom é mon CV.

moussa

> Bonjour Moussa,
> merci pour votre candidature. Pouvez-vous venir jeudi 19 novembre à 10h pour un premier entretien ?
> L'équipe Pro'pulse""",
        reply(),
        headers={"In-Reply-To": "<rdv.moussa@animafac.net>", "References": "<rdv.moussa@animafac.net>"},
    )),
    # Feature: foreign_systems_in_french — career_change — instituteur pendant six ans au Sénégal, avec le CEAP
    N("foreign_systems_in_french", "career_change", "instituteur pendant six ans au Sénégal, avec le CEAP", M(
        "Cheikh Fall <cheikh.fall@example.com>", "Candidature Cheikh Fall", "15 10:24",
        """Bonjour,

Je suis Cheikh Fall. J'ai été instituteur pendant six ans au Sénégal, avec le CEAP (certificat élémentaire d'aptitude pédagogique), dans une école publique de Kaolack. Ensuite je suis venu en France et j'ai obtenu un master en sciences de l'éducation à Nantes, juin 2026.

Je voudrais quitter l'enseignement et travailler dans une association d'éducation populaire. CV joint.

Cordialement,
Cheikh Fall
06 90 17 42 65""",
        app("Cheikh", "Fall", phone="+33690174265", bac=5, grad="2026-06", failing=("not_career_change",), status="b_instituteur_six_ans_ceap", info_in="both"),
        cv=CV("odt", "CV_Cheikh_Fall.odt", """Cheikh FALL
2026 : Master Sciences de l'éducation, Nantes Université
2012 : Baccalauréat L2, Kaolack ; 2013 : CEAP
2014-2020 : instituteur titulaire, école élémentaire Médina Baye, Kaolack"""),
    )),
    # Feature: foreign_systems_in_french — kind — une licence LMD du Maroc ou un DEUA d'Algérie, c'est accepté
    N("foreign_systems_in_french", "kind", "une licence LMD du Maroc ou un DEUA d'Algérie, c'est accepté", M(
        "Nour El Houda Brahimi <nour.brahimi@example.org>", "question sur les diplômes", "15 17:05",
        """Bonjour,

Une question pour le programme : une licence LMD du Maroc ou un DEUA d'Algérie, c'est accepté comme bac+2 ou bac+3 ? Ou il faut d'abord l'attestation de comparabilité ?

Merci d'avance""",
        question(),
    )),
    # Feature: code_switching — level — j'ai une licence en droit, três anos, à l'Université Agostinho Neto
    N("code_switching", "level", "j'ai une licence en droit, três anos, à l'Université Agostinho Neto", M(
        "Joana Mbemba <joana.mbemba@example.net>", "candidatura / candidature", "16 13:38",
        """Olá, bonjour,

Sou Joana, angolaise. J'ai une licence en droit, três anos, à l'Université Agostinho Neto de Luanda, terminée en juillet 2025, e o reconhecimento ENIC-NARIC diz bac+3.

Quero trabalhar numa associação, je veux travailler dans une association d'accès aux droits pour les étrangers.

Obrigada, merci
Joana Mbemba
07 48 29 61 05""",
        app("Joana", "Mbemba", phone="+33748296105", bac=3, grad="2025-07", status="b_licence_droit_tres_anos"),
    )),
    # Feature: code_switching — kind — estoy de vacaciones, je suis en vacances jusqu'au 2 décembre
    N("code_switching", "kind", "estoy de vacaciones, je suis en vacances jusqu'au 2 décembre", M(
        "Martina Suárez <martina.suarez@example.com>", "Réponse automatique : Votre candidature Pro'pulse", "17 07:00",
        """Hola, bonjour,

Estoy de vacaciones, je suis en vacances jusqu'au 2 décembre. Contestaré a mi regreso, je réponds à mon retour.

Martina""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: machine_translated — studies_finished — l'achèvement de mon cursus universitaire
    N("machine_translated", "studies_finished", "l'achèvement de mon cursus universitaire", M(
        "Kim Min-ji <kim.minji@example.org>", "Candidature respectueuse au programme", "18 08:30",
        """Madame, Monsieur,

J'ai l'honneur de vous informer de l'achèvement de mon cursus universitaire : j'ai reçu le diplôme de master en développement social de l'Université Sorbonne Nouvelle en juin 2026. Il ne me reste aucune épreuve à subir.

J'aspire vivement à servir une organisation de l'économie sociale et solidaire, telle qu'une coopérative ou une association.

Avec ma gratitude anticipée,
Kim Min-ji
Tél : 07 21 05 84 63""",
        app("Min-ji", "Kim", phone="+33721058463", bac=5, grad="2026-06", status="b_achevement_cursus_universitaire"),
    )),
    # Feature: machine_translated — kind — nous désirons établir une relation de coopération gagnant-gagnant
    N("machine_translated", "kind", "nous désirons établir une relation de coopération gagnant-gagnant", M(
        "Bureau Formation Asie-Europe <contact@bfae.example.com>", "Proposition de coopération sincère", "19 04:12",
        """Respectables dirigeants,

Notre institution, spécialisée dans la formation linguistique, nous désirons établir une relation de coopération gagnant-gagnant avec votre honorable organisation. Nous pouvons fournir des cours de langue à prix avantageux pour vos bénéficiaires.

Dans l'attente de votre précieuse réponse,
Le Bureau de développement""",
        other(),
    )),
    # Feature: word_order_and_register — graduation — Licence : 2022. Après : rien, chômage.
    N("word_order_and_register", "graduation", "Licence : 2022. Après : rien, chômage.", M(
        "Bilal Qureshi <bilal.qureshi@example.fr>", "moi pour programme", "20 18:22",
        """Salut,

Bilal, pakistanais. Licence : 2022. Après : rien, chômage. Cherche : asso, n'importe laquelle, social.

Tu m'appelles ? 07 37 82 19 46""",
        app("Bilal", "Qureshi", phone="+33737821946", bac=3, grad="2022", failing=("graduation_recent",), status="b_licence_2022_chomage"),
    )),
    # Feature: word_order_and_register — kind — Message : pas livré. Adresse : inconnue. Réessayer : non.
    N("word_order_and_register", "kind", "Message : pas livré. Adresse : inconnue. Réessayer : non.", M(
        "Mail Delivery System <MAILER-DAEMON@mx.example.net>", "Échec livraison", "21 05:33",
        """Serveur mx.example.net.

Message : pas livré. Adresse : inconnue. Réessayer : non.
Destinataire : ahmed.yusuf@example.net""",
        bounce("ahmed.yusuf@example.net"),
        bounce="Reporting-MTA: dns; mx.example.net\n\nFinal-Recipient: rfc822; ahmed.yusuf@example.net\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 user unknown",
    )),
    # Feature: english_non_native — aim — I search a work in social economy, in association or cooperative
    N("english_non_native", "aim", "I search a work in social economy, in association or cooperative", M(
        "Omar Farouk <omar.farouk@example.com>", "Application", "22 11:11",
        """Hello,

I am Omar Farouk, from Egypt. I have finished my master in public policy in Sciences Po Lyon in October 2025. I search a work in social economy, in association or cooperative, because I want to be useful for people.

Please tell me if I can join.

Regards,
Omar
06 23 71 58 40""",
        app("Omar", "Farouk", phone="+33623715840", bac=5, grad="2025-10", language="en", status="b_search_a_work_social_economy"),
    )),
    # Feature: english_non_native — kind — we are happy to share with you the news of our network
    N("english_non_native", "kind", "we are happy to share with you the news of our network", M(
        "Young Migrants Network <newsletter@ymn.example.net>", "YMN News - November", "23 09:00",
        """Dear members,

We are happy to share with you the news of our network. In this month we made 4 workshops for CV in Paris and Lyon, and 30 young persons participated. Next month we make a party for the end of year, everybody is welcome.

See you soon,
YMN team

To unsubscribe answer this mail.""",
        newsletter(),
        headers={"List-Unsubscribe": "<mailto:unsubscribe@lists.example.org>"},
    )),
    # Feature: code_switching — aim — ella busca trabajo en las asociaciones, elle cherche dans une association
    N("code_switching", "aim", "ella busca trabajo en las asociaciones, elle cherche dans une association", M(
        "Sebastián Ortiz <sebastian.ortiz@example.org>", "mi prima Daniela / ma cousine", "24 20:44",
        """Hola, bonjour,

Je vous écris pour ma cousine Daniela Ortiz. Elle a fini son master de communication en septembre 2025, à Montpellier. Ella busca trabajo en las asociaciones, elle cherche dans une association culturelle ou de solidarité, pero no conoce a nadie aquí.

Son mail : daniela.ortiz@example.net, son téléphone : 06 45 18 92 07.

Gracias,
Sebastián""",
        app("Daniela", "Ortiz", phone="+33645189207", bac=5, grad="2025-09", email="daniela.ortiz@example.net", forwarded_by="sebastian.ortiz@example.org", status="b_prima_daniela_asociaciones"),
    )),
]
