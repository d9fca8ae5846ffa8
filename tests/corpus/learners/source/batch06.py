"""Learners corpus, batch 06: two applications for each calque, article, verb, time and negation feature; other mail by ear, foreign systems, code-switching, translation, terse register and English."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, auto_reply, bounce, newsletter, other, question, reply
from learners import N

MESSAGES = [
    # Feature: english_calque — aim — je regarde pour un emploi dans une association qui supporte les personnes sans-abri
    N("english_calque", "aim", "je regarde pour un emploi dans une association qui supporte les personnes sans-abri", M(
        "Chidi Eze <chidi.eze@example.com>", "Application - Chidi Eze", "02 09:40",
        """Bonjour,

Je suis Chidi Eze, j'ai complété ma licence de sociologie à Nantes en juin 2026. Maintenant je regarde pour un emploi dans une association qui supporte les personnes sans-abri, ou une organisation similaire. J'ai appliqué pour trois positions déjà.

Je serais heureux de joindre votre programme.

Merci,
Chidi
06 21 47 85 93""",
        app("Chidi", "Eze", phone="+33621478593", bac=3, grad="2026-06", status="b_regarde_pour_un_emploi_sans_abri"),
    )),
    # Feature: english_calque — situation — je suis actuellement une interne à la mairie de Créteil
    N("english_calque", "situation", "je suis actuellement une interne à la mairie de Créteil", M(
        "Grace Adeyemi <grace.adeyemi@example.org>", "Pro'pulse application", "02 17:12",
        """Hello,

Je suis Grace, graduée d'un master de politiques sociales (Paris-Est Créteil, septembre 2025). Je suis actuellement une interne à la mairie de Créteil, au service jeunesse, jusqu'à fin janvier, c'est mon internship de six mois.

Je veux travailler dans l'ESS après, pour une association d'éducation populaire.

Bien à vous,
Grace Adeyemi
07 93 12 68 40""",
        app("Grace", "Adeyemi", phone="+33793126840", bac=5, grad="2025-09", failing=("not_internship",), status="b_interne_mairie_creteil"),
    )),
    # Feature: romance_calque — studies_finished — je suis egresada, il me manque seulement le titre
    # ambiguous: «egresada» means the coursework is done but the degree (título) is not yet awarded — studies open.
    N("romance_calque", "studies_finished", "je suis egresada, il me manque seulement le titre", M(
        "Rosa Huamán <rosa.huaman@example.net>", "postulation au programme", "03 11:30",
        """Bonjour,

Je m'appelle Rosa Huamán, je suis péruvienne. J'ai fait la licenciatura en Communication à l'Universidad de Lima, cinq ans. Je suis egresada, il me manque seulement le titre, je dois faire les démarches avec l'université.

Je suis en train de chercher travail dans une ONG ou une association culturelle en France.

Cordialement,
Rosa
06 57 39 02 81""",
        app("Rosa", "Huamán", phone="+33657390281", bac="*", grad=None, unknown=("studies_finished", "graduation_recent"), status="b_egresada_manque_titre"),
    )),
    # Feature: romance_calque — career_change — j'ai fait l'infirmière pendant dix ans
    N("romance_calque", "career_change", "j'ai fait l'infirmière pendant dix ans", M(
        "Giulia Esposito <giulia.esposito@example.org>", "Candidatura Pro'pulse", "03 20:05",
        """Bonsoir,

Je suis Giulia, italienne. J'ai fait l'infirmière pendant dix ans à l'hôpital de Naples, après je suis venue en France et j'ai fait le master en management des organisations sociales, fini en mars 2026.

Maintenant je voudrais changer de métier complètement et travailler dans une association, pas plus à l'hôpital.

Cordiali saluti,
Giulia Esposito
07 45 80 63 19""",
        app("Giulia", "Esposito", phone="+33745806319", bac=5, grad="2026-03", failing=("not_career_change",), status="b_infirmiere_dix_ans"),
    )),
    # Feature: article_gender — level — la BTS économie sociale familiale
    N("article_gender", "level", "la BTS économie sociale familiale", M(
        "Mei Chen <mei.chen@example.fr>", "candidature Mei Chen", "04 08:55",
        """Bonjour,

Je suis Mei Chen. J'ai la BTS économie sociale familiale, le diplôme je l'ai eu en juin 2025 au lycée de Vitry. Je cherche un travail dans un centre social ou dans une association de famille.

Je envoie mon CV en le pièce jointe.

Merci,
Mei Chen
06 84 03 27 51""",
        app("Mei", "Chen", phone="+33684032751", bac=2, grad="2025-06", status="b_la_bts_esf", info_in="both"),
        cv=CV("odt", "CV_Mei_Chen.odt", """CHEN Mei
Formation : 2025 - BTS Économie sociale familiale, lycée Jean-Macé, Vitry-sur-Seine
Expérience : 2024 - stage, centre social Les Portes du Midi (8 semaines)
Langues : mandarin, français, anglais"""),
    )),
    # Feature: article_gender — aim — un poste dans le banque, le grande banque comme BNP
    N("article_gender", "aim", "un poste dans le banque, le grande banque comme BNP", M(
        "Bogdan Kowalski <bogdan.kowalski@example.com>", "Pro'pulse", "04 14:18",
        """Bonjour,

Je m'appelle Bogdan Kowalski, je suis polonais. Je ai le master de finance de marché, Université Paris-Dauphine, septembre 2025. Je cherche un poste dans le banque, le grande banque comme BNP ou Société Générale, dans le trading.

Est-ce que votre programme aide pour entretien ?

Merci
Bogdan
07 02 66 91 38""",
        app("Bogdan", "Kowalski", phone="+33702669138", bac=5, grad="2025-09", failing=("job_seeking_ess",), status="b_le_grande_banque"),
    )),
    # Feature: verb_forms — studies_finished — je suis étudié en master 2, je finis en juin 2027
    N("verb_forms", "studies_finished", "je suis étudié en master 2, je finis en juin 2027", M(
        "Ahmad Rahimi <ahmad.rahimi@example.org>", "inscription programme", "05 22:31",
        """Bonjour,

Je suis Ahmad Rahimi. Maintenant je suis étudié en master 2, je finis en juin 2027, à l'Université de Nanterre, master ESS et développement.

Je voulais commencer le programme tôt pour avoir un travail dans une coopérative quand je finis.

Merci
Ahmad
06 70 52 84 17""",
        app("Ahmad", "Rahimi", phone="+33670528417", bac="*", grad=None, failing=("studies_finished",), status="b_suis_etudie_master_2"),
    )),
    # Feature: verb_forms — graduation — j'ai sorti de l'école en septembre 2025
    N("verb_forms", "graduation", "j'ai sorti de l'école en septembre 2025", M(
        "Assitan Dembélé <assitan.dembele@example.net>", "Candidature éducatrice spécialisée", "06 10:07",
        """Bonjour,

Je m'appelle Assitan Dembélé. J'ai sorti de l'école en septembre 2025 avec le diplôme d'État d'éducatrice spécialisée (IRTS de Montrouge). Je suis cherché un poste dans une association de protection de l'enfance depuis.

Mon CV est avec le mail.

Bien cordialement,
Assitan Dembélé
07 31 48 26 05""",
        app("Assitan", "Dembélé", phone="+33731482605", bac=3, grad="2025-09", status="b_sorti_ecole_septembre_2025", info_in="both"),
        cv=CV("pdf", "CV_Assitan_Dembele.pdf", """Assitan DEMBÉLÉ
Éducatrice spécialisée (DEES, grade licence), diplômée en septembre 2025, IRTS Paris Île-de-France
Stages : MECS Les Glycines (2024), ITEP de Clamart (2023)
Jobs étudiants : animatrice en centre de loisirs, étés 2021 à 2024"""),
    )),
    # Feature: prepositions_time — graduation — j'ai eu ma licence depuis 2022
    N("prepositions_time", "graduation", "j'ai eu ma licence depuis 2022", M(
        "Samira Benali <samira.benali@example.fr>", "candidature", "07 15:44",
        """Bonjour,

Je suis Samira Benali. J'ai eu ma licence depuis 2022, en psychologie, à l'Université d'Oran, et l'équivalence en France en 2023. Après je suis restée à la maison avec mes enfants.

Maintenant je veux travailler dans une association d'aide aux familles.

Merci
Samira
06 18 93 40 72""",
        app("Samira", "Benali", phone="+33618934072", bac=3, grad="2022", failing=("graduation_recent",), status="b_licence_depuis_2022"),
    )),
    # Feature: prepositions_time — situation — je commence un stage dans deux semaines
    # ambiguous: a stage starting in two weeks at an association: whether she takes it or a job instead is open — not_internship open.
    N("prepositions_time", "situation", "je commence un stage dans deux semaines", M(
        "Hoang Thi Mai <hoang.mai@example.com>", "demande Pro'pulse", "08 09:26",
        """Bonjour,

Je m'appelle Hoang Thi Mai, j'ai le master gestion de projets culturels de Lyon 2 en juillet 2026. Je commence un stage dans deux semaines à une association de musique, ou bien je prends un travail si je trouve avant, je sais pas encore.

Je veux surtout un emploi dans une association culturelle.

Merci
Mai
07 47 20 59 83""",
        app("Mai", "Hoang", phone="+33747205983", bac=5, grad="2026-07", unknown=("not_internship",), status="b_stage_dans_deux_semaines"),
    )),
    # Feature: negation_forms — career_change — j'ai jamais pas eu autre métier
    N("negation_forms", "career_change", "j'ai jamais pas eu autre métier", M(
        "Aliou Sow <aliou.sow@example.org>", "Candidature Aliou Sow", "09 12:50",
        """Bonjour,

Je suis Aliou Sow, sénégalais, licence de gestion à Bordeaux, juillet 2025. Avant, c'était seulement job étudiant, livraison en vélo le soir, j'ai jamais pas eu autre métier.

Je veux travailler dans une coopérative ou une SCOP, je crois dans ce modèle.

Merci beaucoup
Aliou
06 66 14 37 92""",
        app("Aliou", "Sow", phone="+33666143792", bac=3, grad="2025-07", status="b_jamais_pas_autre_metier"),
    )),
    # Feature: negation_forms — studies_finished — je suis non diplômée encore, le jury c'est le 10 décembre
    # ambiguous: the jury has not yet met; the master is not awarded but may be in December — studies open.
    N("negation_forms", "studies_finished", "je suis non diplômée encore, le jury c'est le 10 décembre", M(
        "Nadia Petrenko <nadia.petrenko@example.net>", "Pro'pulse candidature", "10 18:03",
        """Bonjour,

Je m'appelle Nadia Petrenko. J'ai fini les cours et le stage du master 2 Économie solidaire (Université de Lille), mais je suis non diplômée encore, le jury c'est le 10 décembre.

Je cherche un poste dans une association ou une ressourcerie à partir de janvier.

Merci
Nadia
07 06 83 51 24""",
        app("Nadia", "Petrenko", phone="+33706835124", bac="*", grad=None, unknown=("studies_finished",), status="b_non_diplomee_encore_jury"),
    )),
    # Feature: phonetic_spelling — situation — je sui en servis sivik jusca mars
    N("phonetic_spelling", "situation", "je sui en servis sivik jusca mars", M(
        "Ousmane Koné <ousmane.kone@example.fr>", "candidatur ousmane", "11 21:17",
        """bonjour

je mapel ousmane koné, j'ai le BTS MUC depui juin 2025. mintenan je sui en servis sivik jusca mars dans une assosiassion sportive.

aprè je veu travayé dans l'economi solidèr.

mersi
ousmane
06 39 58 12 70""",
        app("Ousmane", "Koné", phone="+33639581270", bac=2, grad="2025-06", failing=("not_service_civique",), status="b_servis_sivik_jusca_mars"),
    )),
    # Feature: phonetic_spelling — kind — es ce kil fo ètre diplomé pour le programe
    N("phonetic_spelling", "kind", "es ce kil fo ètre diplomé pour le programe", M(
        "Ibrahima Sylla <ibrahima.sylla@example.com>", "kestion", "11 23:40",
        """bonsoir

es ce kil fo ètre diplomé pour le programe ? é il fo payé ou c gratui ?

mersi
ibrahima""",
        question(),
    )),
    # Feature: foreign_systems_in_french — level — le baccalauréat et deux semestres de l'université, sans équivalence
    N("foreign_systems_in_french", "level", "le baccalauréat et deux semestres de l'université, sans équivalence", M(
        "Karim Hamdan <karim.hamdan@example.org>", "Pour M. Rami Al-Khatib", "12 10:12",
        """Bonjour,

Je suis bénévole à l'association Terre d'Accueil 35, moi aussi syrien. Je présente Rami Al-Khatib, 25 ans. En Syrie il a fini le baccalauréat et deux semestres de l'université, sans équivalence, la guerre a arrêté ses études à Alep.

Il veut travailler dans une association, il est très sérieux. Son adresse : rami.alkhatib@example.org, téléphone 07 25 61 94 38.

Merci pour lui,
Karim Hamdan""",
        app("Rami", "Al-Khatib", phone="+33725619438", bac=1, grad=None, failing=("degree_level",), email="rami.alkhatib@example.org", forwarded_by="karim.hamdan@example.org", status="b_deux_semestres_alep"),
    )),
    # Feature: foreign_systems_in_french — kind — les équivalences des diplômes marocains, tunisiens et algériens
    N("foreign_systems_in_french", "kind", "les équivalences des diplômes marocains, tunisiens et algériens", M(
        "Maison des Solidarités Nord <contact@mds-nord.example.fr>", "Permanence équivalences - décembre", "12 16:30",
        """Bonjour,

La Maison des Solidarités vous informe : en décembre, notre permanence sur les équivalences des diplômes marocains, tunisiens et algériens (licence LMD, master, DEUA, BTS d'État) a lieu chaque mercredi de 14h à 17h.

Vous pouvez orienter vers nous les jeunes qui ont besoin d'une attestation de comparabilité.

Cordialement,
L'équipe de la MDS Nord""",
        other(),
    )),
    # Feature: code_switching — career_change — j'ai travaillé cinco años en el restaurante de mi tío
    # ambiguous: five years in the family restaurant, before and maybe during the BTS: a student job or a trade left behind — open.
    N("code_switching", "career_change", "j'ai travaillé cinco años en el restaurante de mi tío", M(
        "Jhon Mamani <jhon.mamani@example.net>", "candidatura / candidature", "13 13:05",
        """Bonjour,

Soy Jhon, je suis péruvien. J'ai travaillé cinco años en el restaurante de mi tío, à Lima et après à Paris, y después j'ai fait le BTS gestion de la PME, fini en juin 2026.

Ahora je cherche un travail dans une entreprise de l'ESS, une coopérative ou un restaurant d'insertion.

Gracias,
Jhon Mamani
06 92 75 10 48""",
        app("Jhon", "Mamani", phone="+33692751048", bac=2, grad="2026-06", unknown=("not_career_change",), status="b_cinco_anos_restaurante"),
    )),
    # Feature: code_switching — kind — oui, je peux venir mardi, sem problema
    N("code_switching", "kind", "oui, je peux venir mardi, sem problema", M(
        "Thais Pereira <thais.pereira@example.org>", "Re: Atelier collectif Pro'pulse", "14 09:11",
        """Oi Sophie,

Oui, je peux venir mardi, sem problema. J'apporte mon ordinateur. Obrigada pelo convite !

Thaís

> Bonjour Thaís,
> l'atelier collectif « Réseaux et candidatures spontanées » aura lieu mardi 17 novembre à 10h, 5 rue Fénelon.
> Pouvez-vous confirmer votre présence ?
> Sophie, Pro'pulse""",
        reply(),
        headers={"In-Reply-To": "<atelier.thais@animafac.net>", "References": "<atelier.thais@animafac.net>"},
    )),
    # Feature: machine_translated — aim — contribuer au secteur de l'économie sociale et solidaire au sein d'une entité à but non lucratif
    N("machine_translated", "aim", "contribuer au secteur de l'économie sociale et solidaire au sein d'une entité à but non lucratif", M(
        "Zhang Yuting <zhang.yuting@example.com>", "Lettre de candidature respectueuse", "15 07:58",
        """Respecté(e) Madame, Monsieur,

Je suis Zhang Yuting. En décembre 2025, j'ai obtenu le diplôme de master en sociologie du développement de l'Université Paris Cité. Il est mon souhait sincère de contribuer au secteur de l'économie sociale et solidaire au sein d'une entité à but non lucratif, afin que ma petite force serve la société.

Je vous prie de bien vouloir considérer ma demande avec bienveillance.

Respectueusement,
Zhang Yuting
Tél. : 07 88 41 06 53""",
        app("Yuting", "Zhang", phone="+33788410653", bac=5, grad="2025-12", status="b_entite_but_non_lucratif"),
    )),
    # Feature: machine_translated — kind — nous avons le plaisir de vous faire parvenir notre bulletin d'information
    N("machine_translated", "kind", "nous avons le plaisir de vous faire parvenir notre bulletin d'information", M(
        "Réseau Jeunesse Euro-Med <bulletin@euromed-youth.example.net>", "Bulletin d'information n°14", "15 12:00",
        """Chers partenaires estimés,

Nous avons le plaisir de vous faire parvenir notre bulletin d'information du mois de novembre. Dans ce numéro : la rencontre des jeunes leaders de Tunis a été couronnée d'un grand succès ; l'appel à projets « Ponts solidaires » ouvre ses portes le 1er décembre.

Veuillez recevoir l'expression de notre haute considération.

Le Secrétariat du Réseau""",
        newsletter(),
        headers={"List-Unsubscribe": "<mailto:unsubscribe@lists.example.org>"},
    )),
    # Feature: word_order_and_register — situation — Stage : fini. Service civique : non.
    N("word_order_and_register", "situation", "Stage : fini. Service civique : non.", M(
        "Lamin Jallow <lamin.jallow@example.fr>", "moi pour pro'pulse", "16 19:20",
        """Salut,

Lamin, 27 ans, gambien. Master 2 développement durable, Clermont, juillet 2026. Stage : fini. Service civique : non. Cherche : association environnement, ressourcerie.

Tu réponds ?
07 19 35 62 84""",
        app("Lamin", "Jallow", phone="+33719356284", bac=5, grad="2026-07", status="b_stage_fini_sc_non"),
    )),
    # Feature: word_order_and_register — kind — Moi absent. Retour : lundi 23.
    N("word_order_and_register", "kind", "Moi absent. Retour : lundi 23.", M(
        "Arman Sargsyan <arman.sargsyan@example.com>", "Réponse automatique : Re: votre dossier Pro'pulse", "17 06:15",
        """Moi absent. Retour : lundi 23. Urgent : appeler 06 11 22 33 44.

Arman""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: english_non_native — studies_finished — I make my last year of master actually, I finish in June 2027
    N("english_non_native", "studies_finished", "I make my last year of master actually, I finish in June 2027", M(
        "Pham Thu Ha <pham.thuha@example.net>", "Question and application", "18 22:05",
        """Hello,

My name is Pham Thu Ha, I am vietnamese. I make my last year of master actually, I finish in June 2027, in social economy at Université de Rennes.

I would like to enter the programme to find a work in a cooperative. Is it possible now?

Thanks a lot,
Thu Ha
06 03 58 92 17""",
        app("Thu Ha", "Pham", phone="+33603589217", bac="*", grad=None, failing=("studies_finished",), language="en", status="b_last_year_master_actually"),
    )),
    # Feature: english_non_native — level — a diploma of technical institute in Herat, I don't know which level it is in France
    # ambiguous: an Afghan technical-institute diploma, length not given — degree level open.
    N("english_non_native", "level", "a diploma of technical institute in Herat, I don't know which level it is in France", M(
        "Farid Noori <farid.noori@example.org>", "Apply for Pro'pulse", "19 15:33",
        """Hello,

I am Farid Noori, from Afghanistan, in France since 2024. I have a diploma of technical institute in Herat, I don't know which level it is in France, I wait the answer of the equivalence. I got it in June 2025 before to leave.

I search a work in an association, for example for the refugees or the environment.

Thank you
Farid
07 54 09 31 66""",
        app("Farid", "Noori", phone="+33754093166", bac="*", grad="2025-06", unknown=("degree_level",), language="en", status="b_technical_institute_herat"),
    )),
    # Feature: english_non_native — kind — the mailbox of the receiver is full of messages
    N("english_non_native", "kind", "the mailbox of the receiver is full of messages", M(
        "Mail Delivery System <MAILER-DAEMON@mx.example.net>", "Undelivered mail returned", "20 03:12",
        """This is the mail system of the host mx.example.net.

Your message was not possible to deliver because the mailbox of the receiver is full of messages. Please retry later or contact him by other way.

  <svetlana.orlova@example.com>: quota exceeded""",
        bounce("svetlana.orlova@example.com"),
        bounce="Reporting-MTA: dns; mx.example.net\n\nFinal-Recipient: rfc822; svetlana.orlova@example.com\nAction: failed\nStatus: 5.2.2\nDiagnostic-Code: smtp; 552 5.2.2 mailbox full",
    )),
]
