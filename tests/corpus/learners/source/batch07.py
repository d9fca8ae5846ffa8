"""Learners corpus, batch 07: two applications by ear, foreign systems, code-switching, translation, terse register and English; other mail in calques, articles, verbs, time prepositions and negation."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, auto_reply, bounce, newsletter, other, question, reply
from learners import N

MESSAGES = [
    # Feature: english_calque — career_change — j'ai été un ingénieur civil pour sept ans
    N("english_calque", "career_change", "j'ai été un ingénieur civil pour sept ans", M(
        "Vikram Iyer <vikram.iyer@example.com>", "Application pour le programme", "01 10:20",
        """Bonjour,

Je suis Vikram Iyer. J'ai été un ingénieur civil pour sept ans à Pune, en Inde, dans une grande compagnie de construction. Après je suis venu en France et j'ai fait un master en économie sociale et solidaire à Grenoble, complété en juin 2026.

Je suis maintenant en train de switcher ma carrière vers les associations de logement social.

Sincèrement,
Vikram
07 36 84 20 59""",
        app("Vikram", "Iyer", phone="+33736842059", bac=5, grad="2026-06", failing=("not_career_change",), status="b_ingenieur_civil_sept_ans"),
    )),
    # Feature: english_calque — kind — nous sommes excités d'annoncer
    N("english_calque", "kind", "nous sommes excités d'annoncer", M(
        "Diaspora Connect <news@diaspora-connect.example.org>", "Nouvelles de Diaspora Connect", "02 08:00",
        """Chère communauté,

Nous sommes excités d'annoncer notre prochain événement de networking, le 5 décembre à la Bourse du travail. Des recruteurs de l'ESS vont être là pour rencontrer les jeunes talents. Ne manquez pas cette opportunité !

Restez connectés,
L'équipe Diaspora Connect

Se désabonner : répondez à ce message.""",
        newsletter(),
        headers={"List-Unsubscribe": "<mailto:unsubscribe@lists.example.org>"},
    )),
    # Feature: romance_calque — graduation — je me suis licenciée en juillet 2023
    N("romance_calque", "graduation", "je me suis licenciée en juillet 2023", M(
        "Inês Carvalho <ines.carvalho@example.net>", "Candidature Inês Carvalho", "03 14:52",
        """Bonjour,

Je m'appelle Inês Carvalho, je suis portugaise. Je me suis licenciée en juillet 2023 en Psychologie à l'Université de Porto (licenciatura, trois ans). Depuis j'ai fait des petits travaux à Bordeaux pour apprendre la langue.

Je voudrais travailler dans une association de santé mentale ou d'accompagnement des jeunes.

Obrigada,
Inês
06 71 29 45 83""",
        app("Inês", "Carvalho", phone="+33671294583", bac=3, grad="2023-07", failing=("graduation_recent",), status="b_licenciee_juillet_2023"),
    )),
    # Feature: romance_calque — kind — ne s'a pas pu livrer
    N("romance_calque", "kind", "ne s'a pas pu livrer", M(
        "Mail Delivery System <MAILER-DAEMON@mx.example.net>", "Notificación de error / Notification d'erreur", "04 02:40",
        """Notificación del servidor de correo.

Le message ne s'a pas pu livrer au destinataire suivant, parce que le compte n'existe pas :

  paula.gimenez@correo.example.org

No responda a este mensaje.""",
        bounce("paula.gimenez@correo.example.org"),
        bounce="Reporting-MTA: dns; mx.example.net\n\nFinal-Recipient: rfc822; paula.gimenez@correo.example.org\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 user unknown",
    )),
    # Feature: article_gender — aim — un travail dans le social ou dans le commerce, le deux c'est bien
    # ambiguous: the social field or trade, «both fine»: no sector chosen — aim open.
    N("article_gender", "aim", "un travail dans le social ou dans le commerce, le deux c'est bien", M(
        "Iryna Shevchuk <iryna.shevchuk@example.org>", "candidature", "05 11:08",
        """Bonjour,

Je suis Iryna Shevchuk, je ai master de management de Université de Kharkiv, juin 2025, et le équivalence ENIC-NARIC bac+5. Je cherche un travail dans le social ou dans le commerce, le deux c'est bien pour moi.

Le programme est pour moi ?

Merci
Iryna
07 62 18 03 47""",
        app("Iryna", "Shevchuk", phone="+33762180347", bac=5, grad="2025-06", unknown=("job_seeking_ess",), status="b_le_social_ou_le_commerce"),
    )),
    # Feature: article_gender — kind — est-ce que le programme est pour le personne de le étranger
    N("article_gender", "kind", "est-ce que le programme est pour le personne de le étranger", M(
        "Oksana Hrytsenko <oksana.hrytsenko@example.com>", "question", "05 19:26",
        """Bonjour,

Je voulais demander : est-ce que le programme est pour le personne de le étranger aussi, ou seulement pour le français ? Et il faut le titre de séjour ?

Merci pour le réponse,
Oksana""",
        question(),
    )),
    # Feature: verb_forms — situation — le service civique je le finis en décembre
    # ambiguous: «je le finis en décembre» may be a present for past (ended December 2025) or a service civique still running until December 2026 — open.
    N("verb_forms", "situation", "le service civique je le finis en décembre", M(
        "Abdoulaye Baldé <abdoulaye.balde@example.net>", "Candidature Pro'pulse Abdoulaye", "06 16:14",
        """Bonjour,

Je suis Abdoulaye Baldé, guinéen. J'ai la licence pro coordination de projets d'animation, IUT de Bordeaux, août 2026. Le stage je suis fini en août aussi, et le service civique je le finis en décembre, aux Restos du cœur.

Je cherche un poste d'animateur coordinateur dans une association d'éducation populaire.

Merci
Abdoulaye
06 13 50 77 28""",
        app("Abdoulaye", "Baldé", phone="+33613507728", bac=3, grad="2026-08", unknown=("not_service_civique",), status="b_service_civique_finis_decembre"),
    )),
    # Feature: verb_forms — kind — moi venir à la réunion jeudi
    N("verb_forms", "kind", "moi venir à la réunion jeudi", M(
        "Yonas Berhane <yonas.berhane@example.org>", "Re: Réunion d'information Pro'pulse", "07 09:45",
        """Bonjour,

Merci. Moi venir à la réunion jeudi, avec mon ami Samuel il vouloir venir aussi, c'est possible ?

Yonas

> Bonjour Yonas,
> une réunion d'information sur Pro'pulse a lieu jeudi 12 novembre à 18h dans nos locaux.
> À bientôt,
> L'équipe Pro'pulse""",
        reply(),
        headers={"In-Reply-To": "<reunion.yonas@animafac.net>", "References": "<reunion.yonas@animafac.net>"},
    )),
    # Feature: prepositions_time — studies_finished — je finis mon master dans juin 2027
    N("prepositions_time", "studies_finished", "je finis mon master dans juin 2027", M(
        "Soraya Hosseini <soraya.hosseini@example.com>", "inscription Pro'pulse", "08 12:33",
        """Bonjour,

Je suis Soraya Hosseini, iranienne. Je suis en deuxième année, je finis mon master dans juin 2027 à Sciences Po Toulouse. Je veux préparer dès maintenant ma recherche de travail dans une fondation ou une association de droits des femmes.

Merci
Soraya
07 40 96 31 52""",
        app("Soraya", "Hosseini", phone="+33740963152", bac="*", grad=None, failing=("studies_finished",), status="b_master_dans_juin_2027"),
    )),
    # Feature: prepositions_time — kind — je suis en congé depuis le 20 à le 28 novembre
    N("prepositions_time", "kind", "je suis en congé depuis le 20 à le 28 novembre", M(
        "Khadija El Ouali <k.elouali@example.fr>", "Réponse automatique : Pro'pulse - votre rendez-vous", "20 07:02",
        """Bonjour,

Je suis en congé depuis le 20 à le 28 novembre. Je réponds dans mon retour.

Khadija El Ouali""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: negation_forms — aim — je veux rien que les associations
    N("negation_forms", "aim", "je veux rien que les associations", M(
        "Bakary Coulibaly <bakary.coulibaly@example.org>", "candidature Bakary", "09 20:41",
        """Bonsoir,

Je m'appelle Bakary Coulibaly, malien, BTS SP3S (services et prestations des secteurs sanitaire et social) en juin 2025. Je veux pas travailler pour les entreprises qui font du profit, je veux rien que les associations, pour aider les gens.

Merci de me répondre,
Bakary
06 85 22 14 90""",
        app("Bakary", "Coulibaly", phone="+33685221490", bac=2, grad="2025-06", status="b_rien_que_les_associations"),
    )),
    # Feature: negation_forms — kind — nous pouvons pas accueillir des jeunes de votre programme
    N("negation_forms", "kind", "nous pouvons pas accueillir des jeunes de votre programme", M(
        "Ferme Solidaire du Vexin <contact@ferme-vexin.example.com>", "Partenariat 2027", "10 15:18",
        """Bonjour,

Suite à notre appel, je vous confirme que cet hiver nous pouvons pas accueillir des jeunes de votre programme, le chantier est fermé jusqu'en mars. Mais c'est pas un non pour le printemps, on reprend contact en février.

Bien cordialement,
Aurélien, pour la Ferme Solidaire""",
        other(),
    )),
    # Feature: phonetic_spelling — graduation — j'ai u mon bé té ès an 2024
    # ambiguous: a year alone, 2024 — the month decides whether it is within two years; open.
    N("phonetic_spelling", "graduation", "j'ai u mon bé té ès an 2024", M(
        "Awa Diarra <awa.diarra@example.fr>", "candidature awa", "11 22:57",
        """bonsoir

je mapel Awa Diarra, j'ai u mon bé té ès an 2024, an comèrce. je cherch un travay dans une asociassion ou une épiseri solidèr.

mersi bocou
Awa
07 09 44 63 28""",
        app("Awa", "Diarra", phone="+33709446328", bac=2, grad="2024", unknown=("graduation_recent",), status="b_be_te_es_an_2024"),
    )),
    # Feature: phonetic_spelling — career_change — j'ai travayé coiffeuze pendan sis an
    N("phonetic_spelling", "career_change", "j'ai travayé coiffeuze pendan sis an", M(
        "Roza Tesfamariam <roza.tesfamariam@example.com>", "pour le programe", "12 18:35",
        """bonjour

je sui Roza, érythréène. j'ai travayé coiffeuze pendan sis an an Italie é an France, aprè j'ai repri les étude é j'ai u le BTS ESF an juin 2026. mintenan je veu changé de métié é travayé dans le sosial, dans une asosiation.

mersi
Roza
06 48 71 39 05""",
        app("Roza", "Tesfamariam", phone="+33648713905", bac=2, grad="2026-06", failing=("not_career_change",), status="b_coiffeuze_sis_an"),
    )),
    # Feature: foreign_systems_in_french — level — licence LMD à l'Université d'Abomey-Calavi, c'est bac+3
    N("foreign_systems_in_french", "level", "licence LMD à l'Université d'Abomey-Calavi, c'est bac+3", M(
        "Koffi Adjovi <koffi.adjovi@example.net>", "Candidature Koffi Adjovi", "13 10:10",
        """Bonjour,

Je suis Koffi Adjovi, béninois. J'ai la licence LMD à l'Université d'Abomey-Calavi, c'est bac+3, en gestion des ressources humaines, obtenue en juillet 2025. Au Bénin on dit aussi « licence professionnelle ».

Je souhaite travailler dans une mutuelle ou une association d'insertion. Je joins mon CV.

Cordialement,
Koffi Adjovi
07 28 63 15 94""",
        app("Koffi", "Adjovi", phone="+33728631594", bac=3, grad="2025-07", status="b_licence_lmd_abomey_calavi", info_in="both"),
        cv=CV("pdf", "CV_Koffi_Adjovi.pdf", """Koffi ADJOVI
Formation : Licence LMD Gestion des ressources humaines, Université d'Abomey-Calavi (Bénin), juillet 2025
Expérience : bénévole, ONG Enfance et Avenir, Cotonou (2023-2024)
Langues : français, fon, anglais"""),
    )),
    # Feature: foreign_systems_in_french — graduation — diplôme de spécialiste de l'Université de Kharkiv, en 2024
    # ambiguous: the Ukrainian specialist diploma dates from «2024» only (the 2026 date is the recognition) — open.
    N("foreign_systems_in_french", "graduation", "diplôme de spécialiste de l'Université de Kharkiv, en 2024", M(
        "Dmytro Savchenko <dmytro.savchenko@example.org>", "Demande Pro'pulse", "14 09:48",
        """Bonjour,

Je m'appelle Dmytro Savchenko. J'ai le diplôme de spécialiste de l'Université de Kharkiv, en 2024, travail social, cinq ans d'études. La reconnaissance ENIC-NARIC, je l'ai reçue en mars 2026 : niveau 7.

Je cherche un emploi dans une association d'aide aux personnes déplacées ou un centre social.

Merci
Dmytro Savchenko
06 94 27 50 81""",
        app("Dmytro", "Savchenko", phone="+33694275081", bac=5, grad="2024", unknown=("graduation_recent",), status="b_specialiste_kharkiv_2024"),
    )),
    # Feature: code_switching — graduation — je suis diplômée depuis July 2025, alhamdulillah
    N("code_switching", "graduation", "je suis diplômée depuis July 2025, alhamdulillah", M(
        "Layla Mansour <layla.mansour@example.com>", "application / candidature", "15 11:36",
        """Bonjour,

Je suis Layla Mansour, syrienne. Master 2 action humanitaire, Université Paris-Est Créteil : je suis diplômée depuis July 2025, alhamdulillah. I am looking for a job dans une association humanitaire ou une ONG de solidarité internationale.

Shukran, merci !
Layla
07 51 86 23 09""",
        app("Layla", "Mansour", phone="+33751862309", bac=5, grad="2025-07", status="b_diplomee_depuis_july_2025"),
    )),
    # Feature: code_switching — studies_finished — pero me falta la soutenance en enero
    # ambiguous: the courses are finished but the defence is in January — the master is not yet awarded; studies open.
    N("code_switching", "studies_finished", "pero me falta la soutenance en enero", M(
        "Andrés Morales <andres.morales@example.net>", "candidatura Pro'pulse", "16 17:22",
        """Hola,

Soy Andrés, colombiano. J'ai fini les cours du master 2 économie sociale à Lyon 2, pero me falta la soutenance en enero. Después, quiero trabajar en una cooperativa, une SCOP ou une association.

Merci, gracias
Andrés Morales
06 26 14 78 53""",
        app("Andrés", "Morales", phone="+33626147853", bac="*", grad=None, unknown=("studies_finished",), status="b_falta_soutenance_enero"),
    )),
    # Feature: machine_translated — situation — je suis actuellement engagé dans une mission de service civique
    N("machine_translated", "situation", "je suis actuellement engagé dans une mission de service civique", M(
        "Tadesse Girma <tadesse.girma@example.org>", "Lettre de motivation pour adhésion au programme", "17 08:09",
        """Madame, Monsieur,

Il me fait plaisir de vous adresser la présente. Titulaire d'une licence en sciences politiques obtenue en juin 2025 à l'Université de Bordeaux, je suis actuellement engagé dans une mission de service civique d'une durée de huit mois, laquelle prendra fin en mai 2027, auprès d'une association de lutte contre l'illettrisme.

Il est de mon intention de poursuivre ma carrière dans l'économie sociale et solidaire.

Veuillez agréer l'expression de mes sentiments les plus distingués.
Tadesse Girma
07 63 05 41 27""",
        app("Tadesse", "Girma", phone="+33763054127", bac=3, grad="2025-06", failing=("not_service_civique",), status="b_engage_mission_service_civique"),
    )),
    # Feature: machine_translated — graduation — j'ai obtenu mon baccalauréat en sciences sociales il y a deux années
    # ambiguous: «il y a deux années» puts the bachelor's degree (baccalauréat = a four-year bachelor) at the two-year edge — open.
    N("machine_translated", "graduation", "j'ai obtenu mon baccalauréat en sciences sociales il y a deux années", M(
        "Shirin Tehrani <shirin.tehrani@example.com>", "Sollicitation d'admission", "18 13:14",
        """Honorable équipe,

J'ai obtenu mon baccalauréat en sciences sociales il y a deux années, à l'Université Allameh Tabataba'i de Téhéran (programme de quatre ans). Depuis mon arrivée en France, je perfectionne ma connaissance de la langue française.

Je nourris l'aspiration d'œuvrer au sein d'une association ou d'une coopérative de l'économie sociale et solidaire.

Avec mes remerciements anticipés,
Shirin Tehrani
06 32 90 17 64""",
        app("Shirin", "Tehrani", phone="+33632901764", bac=4, grad=None, unknown=("graduation_recent",), status="b_baccalaureat_il_y_a_deux_annees"),
    )),
    # Feature: word_order_and_register — aim — Moi cherche : travail banque ou assurance. Association : non
    N("word_order_and_register", "aim", "Moi cherche : travail banque ou assurance. Association : non", M(
        "Kerem Aydin <kerem.aydin@example.net>", "pro'pulse", "19 21:49",
        """Bonjour,

Kerem, turc, 25 ans. Master finance, Strasbourg, juin 2026. Moi cherche : travail banque ou assurance. Association : non, salaire trop petit.

Programme aide pour ça ? Tu me dis.

06 77 31 08 42""",
        app("Kerem", "Aydin", phone="+33677310842", bac=5, grad="2026-06", failing=("job_seeking_ess",), status="b_banque_ou_assurance_association_non"),
    )),
    # Feature: word_order_and_register — level — Diplôme : technicien, collège à Tbilissi. Combien bac+ ? Je sais pas.
    # ambiguous: a Georgian «technicien» college diploma, level unknown even to her — open.
    N("word_order_and_register", "level", "Diplôme : technicien, collège à Tbilissi. Combien bac+ ? Je sais pas.", M(
        "Nino Kapanadze <nino.kapanadze@example.org>", "moi candidature", "21 10:31",
        """Bonjour,

Nino, géorgienne. Diplôme : technicien, collège à Tbilissi. Combien bac+ ? Je sais pas. Fini juin 2025. Cherche travail association, aide aux personnes âgées.

Tu peux m'aider ?
Nino
07 84 52 36 10""",
        app("Nino", "Kapanadze", phone="+33784523610", bac="*", grad="2025-06", unknown=("degree_level",), status="b_technicien_tbilissi_combien_bac"),
    )),
    # Feature: english_non_native — career_change — before I was working only student jobs, never other profession
    N("english_non_native", "career_change", "before I was working only student jobs, never other profession", M(
        "Thiago Ramos <thiago.ramos@example.com>", "Application Pro'pulse - Thiago Ramos", "22 12:05",
        """Hello,

I am Thiago Ramos, brazilian, 26 years. I have a master in social and solidarity economy from Université de Lille since September 2025. Before I was working only student jobs, never other profession: waiter in summer, delivery.

I search a work in a cooperative or a social enterprise. My CV is attached.

Obrigado,
Thiago
+33 7 55 20 84 13""",
        app("Thiago", "Ramos", phone="+33755208413", bac=5, grad="2025-09", language="en", status="b_only_student_jobs_never_other_profession", info_in="both"),
        cv=CV("docx", "CV_Thiago_Ramos.docx", """Thiago Ramos
Education: Master Social and Solidarity Economy, Université de Lille, September 2025
Bachelor in Administration, Universidade Federal de Pernambuco, 2022
Student jobs: waiter (summers 2021-2024), bike delivery (2023)"""),
    )),
    # Feature: english_non_native — situation — I make an internship actually in a cooperative until March
    N("english_non_native", "situation", "I make an internship actually in a cooperative until March", M(
        "Nguyen Bao Anh <nguyen.baoanh@example.net>", "Apply", "23 16:48",
        """Hello,

I am Bao Anh. I make an internship actually in a cooperative until March, it is the last part of my master 2 in Montpellier, my school needs it to give me the diploma.

After I want to work in the social economy. Can I apply now?

Best,
Bao Anh
06 05 39 82 71""",
        app("Bao Anh", "Nguyen", phone="+33605398271", bac="*", grad=None, failing=("not_internship", "studies_finished"), language="en", status="b_internship_actually_until_march"),
    )),
    # Feature: prepositions_time — studies_finished — il a fini ses études depuis juin, il a plus de cours
    N("prepositions_time", "studies_finished", "il a fini ses études depuis juin, il a plus de cours", M(
        "Ali Jaber <ali.jaber@example.org>", "mon cousin Hussein pour Pro'pulse", "24 19:13",
        """Bonjour,

Je vous écris pour mon cousin Hussein Jaber. Il a fini ses études depuis juin, il a plus de cours, master 2 de sociologie à Paris 8 (juin 2026). Il cherche un travail dans une association pour les jeunes, mais il connaît personne ici.

Son mail : hussein.jaber@example.com, son numéro : 07 12 68 49 30.

Merci beaucoup
Ali""",
        app("Hussein", "Jaber", phone="+33712684930", bac=5, grad="2026-06", email="hussein.jaber@example.com", forwarded_by="ali.jaber@example.org", status="b_cousin_fini_depuis_juin"),
    )),
]
