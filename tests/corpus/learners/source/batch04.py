"""Learners corpus, batch 04: the twelve features about twice each, studies over or not, trades before a
new diploma, two referrals (a sister, a social worker), two small CVs, an out-of-office spelt by ear."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, auto_reply, bounce, newsletter, other, question, reply
from learners import N

MESSAGES = [
    # Feature: english_calque — studies_finished — je suis actuellement en train de compléter ma thèse
    N("english_calque", "studies_finished", "je suis actuellement en train de compléter ma thèse", M(
        "Kateryna Shevchenko <kateryna.shevchenko@example.org>", "Application Pro'pulse", "02 09:30",
        """Bonjour,

Je suis graduée d'un master de sociologie à Lille en juin 2022, et je suis actuellement en train de compléter ma thèse (troisième année de doctorat, contrat doctoral jusqu'en septembre 2027).

Éventuellement je voudrais travailler dans une association de recherche-action. Est-ce que votre programme est ouvert pour moi ?

Kateryna Shevchenko
07 48 25 61 93""",
        app("Kateryna", "Shevchenko", phone="+33748256193", bac=5, grad="2022-06", failing=("graduation_recent", "studies_finished"), status="actuellement_completer_these"),
    )),
    # Feature: english_calque — situation — je fais un placement de six mois dans une association
    # ambiguous: «placement» is the British word for an internship, but in French it reads as a job found through an agency — to check
    N("english_calque", "situation", "je fais un placement de six mois dans une association", M(
        "Oluwaseun Bello <seun.bello@example.net>", "candidature", "02 14:10",
        """Hello, bonjour,

Je suis gradué de la University of Manchester (BA Social Policy, trois ans) en juillet 2025, et j'ai fait un master à Sciences Po Bordeaux, fini en juin 2026. Actuellement je fais un placement de six mois dans une association de lutte contre la précarité, jusqu'en février.

Après je regarde pour un emploi permanent dans l'ESS.

Seun Bello
06 31 76 49 02""",
        app("Oluwaseun", "Bello", phone="+33631764902", bac=5, grad="2026-06", unknown=("not_internship",), status="placement_six_mois"),
    )),
    # Feature: romance_calque — studies_finished — il me manque de rendre le TFM, le travail de fin de master
    N("romance_calque", "studies_finished", "il me manque de rendre le TFM, le travail de fin de master", M(
        "Alejandro Vargas <alejandro.vargas@example.com>", "candidatura / candidature", "03 10:45",
        """Hola, bonjour,

J'ai le grado en sciences politiques à Grenade (quatre ans, juin 2025) et je suis en Erasmus à Paris pour le máster. J'ai fini les cours, mais il me manque de rendre le TFM, le travail de fin de master, en février.

Je suis en train de chercher travail dans une coopérative ou une association, pour rester en France.

Alejandro Vargas
07 15 68 34 20""",
        app("Alejandro", "Vargas", phone="+33715683420", bac="*", grad="2025-06", failing=("studies_finished",), status="manque_rendre_tfm"),
    )),
    # Feature: romance_calque — career_change — avant le master, j'ai été autonome
    # ambiguous: «autónoma» (self-employed) before the master, for how long and as what is not said — career change to check
    N("romance_calque", "career_change", "avant le master, j'ai été autonome", M(
        "Francesca Bianchi <francesca.bianchi@example.fr>", "candidatura Pro'pulse", "03 15:20",
        """Buongiorno,

J'ai terminé la carrière de langues à Padoue et, avant le master, j'ai été autonome, je faisais des traductions pour des entreprises. Puis le master « médiation interculturelle » à Aix-Marseille, fini le passé septembre.

Je voudrais travailler dans une association d'accueil des étrangers, comme médiatrice.

Francesca Bianchi
06 72 94 13 58""",
        app("Francesca", "Bianchi", phone="+33672941358", bac=5, grad="2026-09", unknown=("not_career_change",), status="avant_master_autonome"),
    )),
    # Feature: article_gender — studies_finished — j'ai terminé mon formation en le juin 2026, tout le diplôme est validé
    N("article_gender", "studies_finished", "j'ai terminé mon formation en le juin 2026, tout le diplôme est validé", M(
        "Tamar Gelashvili <tamar.gelashvili@example.org>", "candidature pour le programme", "04 09:10",
        """Bonjour,

J'ai terminé mon formation en le juin 2026, tout le diplôme est validé : le master « économie sociale et solidaire » à le université de Rennes 2.

Je cherche un poste dans un coopérative ou un association, comme chargée de développement.

Tamar Gelashvili
07 24 56 80 13""",
        app("Tamar", "Gelashvili", phone="+33724568013", bac=5, grad="2026-06", status="mon_formation_validee_juin_2026"),
    )),
    # Feature: article_gender — level — la diplôme de le école privée, trois ans, je sais pas si le État le reconnaît
    # ambiguous: a private school's diploma whose recognition the writer does not know — level to check
    N("article_gender", "level", "la diplôme de le école privée, trois ans, je sais pas si le État le reconnaît", M(
        "Aziz Rahmani <aziz.rahmani@example.com>", "candidature", "04 13:35",
        """Bonjour,

J'ai la diplôme de le école privée, trois ans, je sais pas si le État le reconnaît. C'est « gestion de projets humanitaires », à Paris, fini en juillet 2026.

Je cherche un travail dans un ONG ou un association, le logistique humanitaire.

Aziz Rahmani
06 19 37 82 64""",
        app("Aziz", "Rahmani", phone="+33619378264", bac="*", grad="2026-07", unknown=("degree_level",), status="diplome_ecole_privee_reconnue"),
    )),
    # Feature: verb_forms — aim — moi chercher travail dans la banque ou l'assurance
    N("verb_forms", "aim", "moi chercher travail dans la banque ou l'assurance", M(
        "Arash Tehrani <arash.tehrani@example.net>", "candidature", "04 18:00",
        """Bonjour,

Moi avoir master finance à Lyon 3, septembre 2025. Maintenant moi chercher travail dans la banque ou l'assurance, analyste crédit. Votre programme aider pour CV ?

Arash Tehrani
07 87 03 46 15""",
        app("Arash", "Tehrani", phone="+33787034615", bac=5, grad="2025-09", failing=("job_seeking_ess",), status="chercher_banque_assurance"),
    )),
    # Feature: verb_forms — situation — moi faire stage maintenant, finir janvier
    N("verb_forms", "situation", "moi faire stage maintenant, finir janvier", M(
        "Fatima Zahra Idrissi <fz.idrissi@example.org>", "programme pro'pulse", "05 10:20",
        """Bonjour,

Licence pro gestion des associations, Besançon, moi avoir diplôme juin 2026. Moi faire stage maintenant, finir janvier, dans une épicerie solidaire. Après moi vouloir emploi dans association.

Fatima Zahra Idrissi
06 58 71 24 09""",
        app("Fatima Zahra", "Idrissi", phone="+33658712409", bac=3, grad="2026-06", failing=("not_internship",), status="moi_faire_stage_finir_janvier"),
    )),
    # Feature: prepositions_time — career_change — je travaille comme professeur de mathématiques pour dix ans
    N("prepositions_time", "career_change", "je travaille comme professeur de mathématiques pour dix ans", M(
        "Bakary Konaté <bakary.konate@example.com>", "candidature", "05 14:45",
        """Bonjour,

Je travaille comme professeur de mathématiques pour dix ans, au Mali puis en France dans un collège privé. À 2026 j'ai eu un master « ingénierie de projets solidaires » en formation continue, en juin.

Je veux quitter l'enseignement et travailler dans une association de développement.

Bakary Konaté
07 61 20 53 87""",
        app("Bakary", "Konaté", phone="+33761205387", bac=5, grad="2026-06", failing=("not_career_change",), status="professeur_pour_dix_ans"),
    )),
    # Feature: prepositions_time — graduation — j'ai eu mon master en il y a dix-huit mois
    N("prepositions_time", "graduation", "j'ai eu mon master en il y a dix-huit mois", M(
        "Ewa Kowalczyk <ewa.kowalczyk@example.net>", "candidature Pro'pulse", "05 18:30",
        """Bonjour,

J'ai eu mon master en il y a dix-huit mois, à Lyon 2, « développement social ». Depuis je fais des remplacements courts, et je cherche en une association ou en une coopérative un poste fixe.

Ewa Kowalczyk
06 43 85 17 60""",
        app("Ewa", "Kowalczyk", phone="+33643851760", bac=5, grad="2025-05", status="master_en_il_y_a_18_mois"),
    )),
    # Feature: negation_forms — aim — je cherche pas seulement dans l'associatif, aussi dans le privé
    # ambiguous: an ESS search beside a search anywhere in the private sector — the aim is to check
    N("negation_forms", "aim", "je cherche pas seulement dans l'associatif, aussi dans le privé", M(
        "Zeynep Arslan <zeynep.arslan@example.org>", "candidature", "06 09:15",
        """Bonjour,

Master communication, Toulouse, juillet 2026. Je cherche pas seulement dans l'associatif, aussi dans le privé, les agences de communication, tout ce que je trouve.

Je suis pas en stage, c'est fini depuis août.

Zeynep Arslan
07 32 69 14 85""",
        app("Zeynep", "Arslan", phone="+33732691485", bac=5, grad="2026-07", unknown=("job_seeking_ess",), status="pas_seulement_associatif"),
    )),
    # Feature: negation_forms — studies_finished — je suis non diplômée encore, il manque une UE
    N("negation_forms", "studies_finished", "je suis non diplômée encore, il manque une UE", M(
        "Hoa Le <hoa.le@example.com>", "candidature Pro'pulse", "06 13:50",
        """Bonjour,

J'ai le BTS SP3S en juin 2025. Pour la licence pro « coordination de l'ESS », je suis non diplômée encore, il manque une UE, je repasse en janvier.

Je veux travailler dans un centre social.

Le Thi Hoa
06 90 28 47 31""",
        app("Hoa", "Le", phone="+33690284731", bac=2, grad="2025-06", failing=("studies_finished",), status="non_diplomee_encore_ue"),
    )),
    # Feature: phonetic_spelling — career_change — j'ai travayé kinze an dan le batiman
    N("phonetic_spelling", "career_change", "j'ai travayé kinze an dan le batiman", M(
        "Aminata Diakité <aminata.diakite@example.org>", "pour mon frère Seydou", "06 17:30",
        """Bonjour,

J'écris pour mon frère Seydou Diakité, il a écrit ça :

« Bonjour, je sui Seydou, 38 an. J'ai travayé kinze an dan le batiman, maçon. Aprè j'ai fé le BTS en alternanse, diplomé en juin 2026. Je veu travaillé dan une coopérativ du batiman ou une entreprise d'insersion. »

Son mail : seydou.diakite@example.net, tel 07 09 84 52 16.

Aminata""",
        app("Seydou", "Diakité", phone="+33709845216", bac=2, grad="2026-06", failing=("not_career_change",), email="seydou.diakite@example.net", forwarded_by="aminata.diakite@example.org", status="travaye_kinze_an_batiman"),
    )),
    # Feature: phonetic_spelling — aim — je cherch dan tou les domène, peu inporte
    # ambiguous: «dans tous les domaines, peu importe» — no ESS aim said, it is to check
    N("phonetic_spelling", "aim", "je cherch dan tou les domène, peu inporte", M(
        "Ousmane Cissé <ousmane.cisse@example.net>", "candidatur", "07 08:55",
        """Bonjour,

J'ai la lisence de jéstion, diplomé en juillé 2025 à Évry. Je cherch dan tou les domène, peu inporte, il fau que je travail.

Ousmane Cissé
06 27 15 93 48""",
        app("Ousmane", "Cissé", phone="+33627159348", bac=3, grad="2025-07", unknown=("job_seeking_ess",), status="cherch_tou_les_domene"),
    )),
    # Feature: foreign_systems_in_french — graduation — année académique 2024-2025, proclamé en décembre 2025
    N("foreign_systems_in_french", "graduation", "année académique 2024-2025, proclamé en décembre 2025", M(
        "Mariam Traoré <mariam.traore@example.com>", "Candidature Pro'pulse", "07 12:10",
        """Bonjour,

J'ai la licence de sociologie de l'université de Bamako, année académique 2024-2025, proclamé en décembre 2025 (les résultats sont toujours en retard au Mali). C'est une licence LMD, bac+3.

Je cherche un emploi dans une association de développement ou une ONG de santé. CV joint.

Mariam Traoré
07 53 40 86 21""",
        app("Mariam", "Traoré", phone="+33753408621", bac=3, grad="2025-12", info_in="both", status="bamako_proclame_decembre_2025"),
        cv=CV("pdf", "CV_Mariam_Traore.pdf", """Mariam TRAORÉ
Animatrice de projets de développement
Formation
Décembre 2025 : licence de sociologie (LMD), Université des lettres et sciences humaines de Bamako
Expérience
2024 : animatrice bénévole, association de femmes de Kalaban Coro
Langues : bambara, français, anglais"""),
    )),
    # Feature: foreign_systems_in_french — situation — je fais la année de stage obligatoire pour l'équivalence
    N("foreign_systems_in_french", "situation", "je fais la année de stage obligatoire pour l'équivalence", M(
        "Tigran Petrosyan <tigran.petrosyan@example.org>", "candidature", "07 16:40",
        """Bonjour,

J'ai le diplôme de psychologue de l'université d'Erevan (cinq ans, 2025). En France je fais la année de stage obligatoire pour l'équivalence, dans un centre d'accueil de demandeurs d'asile, jusqu'en juin 2027.

Après, je veux un emploi dans une association.

Tigran Petrosyan
06 86 52 03 79""",
        app("Tigran", "Petrosyan", phone="+33686520379", bac="*", grad="2025", failing=("not_internship",), status="annee_stage_equivalence"),
    )),
    # Feature: code_switching — studies_finished — I'm done with my studies, khalas, fini
    N("code_switching", "studies_finished", "I'm done with my studies, khalas, fini", M(
        "Layla Haddad <layla.haddad@example.net>", "candidature", "08 10:00",
        """Bonjour,

Master « ESS et innovation sociale » à Marne-la-Vallée, septembre 2026. I'm done with my studies, khalas, fini, plus de cours, plus de mémoire.

Je cherche un job dans une coopérative ou une association, yalla.

Layla Haddad
07 94 61 25 08""",
        app("Layla", "Haddad", phone="+33794612508", bac=5, grad="2026-09", status="done_khalas_fini"),
    )),
    # Feature: code_switching — situation — ya terminé las prácticas en septiembre, c'est fini
    N("code_switching", "situation", "ya terminé las prácticas en septiembre, c'est fini", M(
        "Sofía Gutiérrez <sofia.gutierrez@example.com>", "candidatura / candidature Pro'pulse", "08 14:25",
        """Hola, bonjour,

Licence pro « intervention sociale », Nanterre, juin 2026. Le stage en association : ya terminé las prácticas en septiembre, c'est fini. Ahora je cherche un trabajo en el sector asociativo, dans l'économie solidaire.

Gracias,
Sofía Gutiérrez
06 08 49 73 26""",
        app("Sofía", "Gutiérrez", phone="+33608497326", bac=3, grad="2026-06", status="ya_termine_practicas"),
    )),
    # Feature: machine_translated — graduation — diplôme qui m'a été décerné en l'an deux mille vingt-trois
    N("machine_translated", "graduation", "diplôme qui m'a été décerné en l'an deux mille vingt-trois", M(
        "Ahmad Sharifi <ahmad.sharifi@example.org>", "Sollicitation d'une place dans votre prestigieux programme", "09 09:05",
        """Honorable équipe,

Je possède un diplôme de maîtrise en administration publique, diplôme qui m'a été décerné en l'an deux mille vingt-trois par l'Université de Téhéran, et reconnu de niveau bac+5 par le centre ENIC-NARIC.

Je nourris l'ambition de servir une organisation de l'économie sociale et solidaire.

Recevez l'expression de ma gratitude anticipée.
Ahmad Sharifi
Tél. 07 40 18 63 95""",
        app("Ahmad", "Sharifi", phone="+33740186395", bac=5, grad="2023", failing=("graduation_recent",), status="decerne_deux_mille_vingt_trois"),
    )),
    # Feature: machine_translated — studies_finished — mon mémoire de maîtrise est soumis à l'évaluation du jury
    # ambiguous: a thesis handed in but not yet judged — the master is not obtained yet (studies to check), and the licence is undated
    N("machine_translated", "studies_finished", "mon mémoire de maîtrise est soumis à l'évaluation du jury", M(
        "Liu Yang <liu.yang@example.net>", "Présentation de ma modeste candidature", "09 13:30",
        """Madame, Monsieur,

Qu'il me soit permis de vous présenter ma modeste candidature. Titulaire d'une licence en sociologie, mon mémoire de maîtrise est soumis à l'évaluation du jury, dont la délibération interviendra prochainement.

Je souhaite ardemment exercer au sein d'une association à vocation sociale.

Liu Yang
Tél. 06 15 92 38 47""",
        app("Yang", "Liu", phone="+33615923847", bac=3, grad=None, unknown=("graduation_recent", "studies_finished"), status="memoire_soumis_jury"),
    )),
    # Feature: word_order_and_register — career_change — Avant : 8 ans mécanicien. Changer métier.
    N("word_order_and_register", "career_change", "Avant : 8 ans mécanicien. Changer métier.", M(
        "Julien Bernard <j.bernard@cada-sud.example.fr>", "Orientation M. Habte Woldemariam", "09 17:15",
        """Bonjour,

Travailleur social au CADA de Nîmes, je vous transmets la candidature de M. Habte Woldemariam, qu'il a écrite lui-même :

« Moi : Habte. Érythrée. Avant : 8 ans mécanicien. Changer métier. Maintenant : licence pro gestion ESS, Nîmes, juillet 2026. Cherche : association, coopérative. »

Contact : habte.woldemariam@example.org, 07 26 48 91 50.

Julien Bernard""",
        app("Habte", "Woldemariam", phone="+33726489150", bac=3, grad="2026-07", failing=("not_career_change",), email="habte.woldemariam@example.org", forwarded_by="j.bernard@cada-sud.example.fr", status="avant_huit_ans_mecanicien"),
    )),
    # Feature: word_order_and_register — studies_finished — Études : fini. Master : oui. Juin 2026.
    N("word_order_and_register", "studies_finished", "Études : fini. Master : oui. Juin 2026.", M(
        "Nour Khalil <nour.khalil@example.com>", "inscription pro'pulse", "10 08:40",
        """Salut,

Études : fini. Master : oui. Juin 2026. Sociologie, Lille.
Stage : fini. Service civique : non.
Cherche : association, ESS. CV dedans.
Tu m'appelles ?

Nour
06 84 30 27 19""",
        app("Nour", "Khalil", phone="+33684302719", bac=5, grad="2026-06", info_in="both", status="etudes_fini_master_oui"),
        cv=CV("docx", "CV_Nour_Khalil.docx", """Nour KHALIL
Master 2 sociologie, Université de Lille — juin 2026
Licence sociologie, Université de Lille — 2024
Stage (mars-août 2026) : Emmaüs Connect, Lille
Arabe, français, anglais"""),
    )),
    # Feature: english_non_native — situation — my internship is finish since September
    N("english_non_native", "situation", "my internship is finish since September", M(
        "Marco Ferreira <marco.ferreira@example.org>", "Application to Pro'pulse", "10 12:20",
        """Hello,

I am Brazilian, I have a master in urban planning from Université Gustave Eiffel, July 2026. My internship is finish since September, now I am free.

I search a work in an association or cooperative for housing. Can I make the programme?

Marco Ferreira
07 19 63 48 02""",
        app("Marco", "Ferreira", phone="+33719634802", bac=5, grad="2026-07", language="en", status="internship_finish_since_september"),
    )),
    # Feature: english_non_native — level — I have only the high school diploma and one year of university
    N("english_non_native", "level", "I have only the high school diploma and one year of university", M(
        "Hamza Yusuf <hamza.yusuf@example.net>", "Application", "10 16:00",
        """Hello,

I have only the high school diploma and one year of university in Khartoum, after the war I stopped. I search a work in an NGO or association for refugees.

Thanks,
Hamza Yusuf
06 50 17 84 36""",
        app("Hamza", "Yusuf", phone="+33650178436", bac=1, grad=None, failing=("degree_level",), language="en", status="high_school_one_year_university"),
    )),
    # Feature: code_switching — kind — ¿es posible hacer le programme à distance
    N("code_switching", "kind", "¿es posible hacer le programme à distance", M(
        "Paula Castillo <paula.castillo@example.com>", "pregunta / question", "11 09:00",
        """Hola,

Une question : ¿es posible hacer le programme à distance, o hay que venir à Paris chaque semaine ? Merci, gracias.

Paula""",
        question(),
    )),
    # Feature: negation_forms — kind — je peux pas venir pas jeudi, seulement vendredi
    N("negation_forms", "kind", "je peux pas venir pas jeudi, seulement vendredi", M(
        "Anh Pham <anh.pham@example.net>", "Re: candidature", "11 13:00",
        """Bonjour Claire,

Merci. Je peux pas venir pas jeudi, seulement vendredi, le matin. C'est possible ?

Anh

> Bonjour Anh,
> Pouvez-vous venir jeudi 12 à 14h pour un premier entretien ?
> Claire, Pro'pulse""",
        reply(),
        headers={"In-Reply-To": "<7204.entretien@animafac.net>", "References": "<7204.entretien@animafac.net>"},
    )),
    # Feature: phonetic_spelling — kind — je sui en congé, je revien lundi
    N("phonetic_spelling", "kind", "je sui en congé, je revien lundi", M(
        "Moussa Keïta <moussa.keita@example.com>", "Réponse automatique : candidatur", "11 17:00",
        """Bonjour, je sui en congé, je revien lundi. Mersi.""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: foreign_systems_in_french — kind — permanence pour faire la équivalence de vos diplômes
    N("foreign_systems_in_french", "kind", "permanence pour faire la équivalence de vos diplômes", M(
        "Réseau Étudiants Internationaux <infos@rei.example.org>", "La lettre du REI — novembre", "12 08:00",
        """La lettre du Réseau Étudiants Internationaux

- Nouvelle permanence pour faire la équivalence de vos diplômes (licence LMD, master du Maghreb, diplômes d'Ukraine) : chaque jeudi.
- Témoignage : « Mon master 1 au Sénégal, mon emploi en France ».
- Forum de l'emploi solidaire le 10 décembre.

Désinscription : stop@rei.example.org""",
        newsletter(),
        headers={"List-Unsubscribe": "<mailto:stop@rei.example.org>"},
    )),
    # Feature: prepositions_time — kind — n'a pas pu être remis dans trois jours
    N("prepositions_time", "kind", "n'a pas pu être remis dans trois jours", M(
        "Mail Delivery System <MAILER-DAEMON@relay.example.com>", "Non remis : Votre candidature à Pro'pulse", "12 12:00",
        """Votre message n'a pas pu être remis dans trois jours à : b.okonkwo@mail.example.com
Le serveur du destinataire ne répond pas depuis le 9 novembre. Abandon.""",
        bounce("b.okonkwo@mail.example.com"),
        bounce="Reporting-MTA: dns; relay.example.com\n\nFinal-Recipient: rfc822; b.okonkwo@mail.example.com\nAction: failed\nStatus: 4.4.7\nDiagnostic-Code: smtp; 421 4.4.7 message expired",
    )),
    # Feature: word_order_and_register — kind — Moi propriétaire. Chambre libre. Pour tes candidats.
    N("word_order_and_register", "kind", "Moi propriétaire. Chambre libre. Pour tes candidats.", M(
        "Vasile Popa <vasile.popa@example.net>", "chambre", "12 16:00",
        """Bonjour.

Moi propriétaire. Chambre libre. Pour tes candidats. Montreuil, 450 euros, près métro.
Tu diffuses ?

Vasile""",
        other(),
    )),
]
