"""Translations corpus, batch 04 (writer A): half_translated (Spanish, Italian, German, Portuguese and Darija
words or sentences left as they stood), translated_documents (sworn translations of diplomas, a translated
transcript, translated CVs, an ENIC-NARIC attestation, a date of the Persian calendar), translated_other_mail
(partners' referrals in translation, auto-replies, a Spanish bounce, newsletters, a reply, a question)."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, auto_reply, bounce, newsletter, other, question, reply
from translations import N

MESSAGES = [
    # Feature: half_translated — situation — Actualmente estoy haciendo las prácticas
    # route: Spanish (Spain) through DeepL, the last sentence left untranslated: the internship running until March stands only there → application; a grado of 2025, an internship running → fails not_internship → not eligible
    N("half_translated", "situation", "Actualmente estoy haciendo las prácticas", M(
        "Nerea Etxeberria <nerea.etxeberria@gmail.com>", "Candidature Pro'pulse", "02 13:30",
        """Bonjour,

Je m'appelle Nerea, je suis diplômée du Grade en Travail Social par l'Université du Pays Basque (2025) et je vis à Bayonne. Je cherche un emploi dans une association d'accompagnement des jeunes. Actualmente estoy haciendo las prácticas del máster en una fundación de Biarritz hasta marzo de 2027.

Merci beaucoup,
Nerea Etxeberria""",
        app("Nerea", "Etxeberria", phone=None, bac=4, grad="2025", failing=("not_internship",), status="mitad_practicas_marzo"),
    )),
    # Feature: half_translated — graduation — laureata a luglio 2025
    # route: Italian through Google Translate, the degree's line left in Italian → application; a laurea triennale of July 2025, a social cooperative sought → eligible
    N("half_translated", "graduation", "laureata a luglio 2025", M(
        "Chiara Russo <chiara.russo.na@gmail.com>", "Candidature – Chiara Russo", "03 11:55",
        """Bonjour,

Je suis laureata a luglio 2025 in Servizio Sociale all'Università Federico II di Napoli (laurea triennale). Depuis janvier j'habite à Marseille avec mon compagnon.

Je cherche un travail d'assistante sociale ou d'animatrice dans une coopérative sociale ou une association.

Cordialement,
Chiara Russo""",
        app("Chiara", "Russo", phone=None, bac=3, grad="2025-07", status="meta_laureata_luglio"),
    )),
    # Feature: half_translated — studies_finished — Studium abgeschlossen im Februar 2026
    # route: German (Germany) through DeepL, the degree's state left in German in the middle of the French → application; a bachelor finished in February 2026, an association sought → eligible
    N("half_translated", "studies_finished", "Studium abgeschlossen im Februar 2026", M(
        "Anna Becker <anna.becker.fr@gmx.de>", "Candidature", "04 16:40",
        """Bonjour,

Bachelor en Pédagogie Sociale, Hochschule Düsseldorf – Studium abgeschlossen im Februar 2026. Je suis à Lille depuis le printemps pour un projet de couple.

Je cherche un emploi dans une association de quartier ou d'éducation populaire, idéalement avec des adolescents.

Salutations cordiales
Anna Becker""",
        app("Anna", "Becker", phone=None, bac=3, grad="2026-02", status="halb_studium_abgeschlossen"),
    )),
    # Feature: half_translated — level — ensino médio completo
    # route: Portuguese (Brazil) through Google Translate, the school level left in Portuguese: secondary school and a one-year technical course → application; no higher diploma → fails degree_level → not eligible
    N("half_translated", "level", "ensino médio completo", M(
        "Jéssica Santos Lima <jessica.santoslima@gmail.com>", "Participation au programme", "05 09:20",
        """Bonjour,

J'ai l'ensino médio completo et un curso técnico de um ano en administration. Au Brésil j'ai travaillé dans un projet social avec des enfants à Salvador.

Maintenant je suis à Paris et je veux travailler dans une association. Est-ce que le programme est pour moi?

Merci,
Jéssica Santos Lima""",
        app("Jéssica", "Santos Lima", phone=None, bac=0, grad=None, failing=("degree_level",), status="meio_ensino_medio"),
    )),
    # Feature: half_translated — aim — f chi charika dyal l'informatique
    # route: Arabic (Morocco), a French message with the search left in Darija in Latin letters: a job in a computing company → application; a master of 2026, an IT company sought → fails job_seeking_ess → not eligible
    N("half_translated", "aim", "f chi charika dyal l'informatique", M(
        "Zakaria Idrissi <zakaria.idrissi.dev@gmail.com>", "candidature", "06 23:40",
        """Salam,

J'ai eu le master en systèmes d'information à l'ENSIAS en juin 2026, et je suis à Paris maintenant. Kan9elleb 3la khedma f chi charika dyal l'informatique, développeur ou data analyst. Mon cousin m'a dit que vous aidez les jeunes diplômés.

Merci bzaf,
Zakaria""",
        app("Zakaria", "Idrissi", phone=None, bac=5, grad="2026-06", failing=("job_seeking_ess",), status="darija_charika_informatique"),
    )),
    # Feature: half_translated — situation — Ich bin gerade im Anerkennungsjahr
    # ambiguous: the German «Anerkennungsjahr» (a supervised paid practical year after the social work studies, needed for the state recognition) stands between an internship and a first job: whether an internship is running stays open
    # route: German (Germany) through DeepL, the sentence left in German → application; a bachelor of 2026, a recognition year running in an association, an association sought afterwards → not_internship open → to verify
    N("half_translated", "situation", "Ich bin gerade im Anerkennungsjahr", M(
        "Lukas Schneider <lukas.schneider.sa@web.de>", "Candidature Pro'pulse – Lukas Schneider", "07 12:05",
        """Bonjour,

J'ai fini mon Bachelor en Travail Social à la Haute École de Cologne en mars 2026. Ich bin gerade im Anerkennungsjahr in einem Verein für Jugendhilfe in Straßburg, bis Februar 2027.

Ensuite je voudrais rester en Alsace et travailler dans une association de protection de l'enfance.

Salutations
Lukas Schneider""",
        app("Lukas", "Schneider", phone=None, bac=3, grad="2026-03", unknown=("not_internship",), status="halb_anerkennungsjahr"),
    )),
    # Feature: half_translated — graduation — Sou formada em Serviço Social
    # ambiguous: the degree is named in Portuguese with no year anywhere: graduation_recent stays open
    # route: Portuguese (Brazil) through a phone translator, the degree left in Portuguese, no date → application; a bachelor of unknown date, an association sought → graduation_recent open → to verify
    N("half_translated", "graduation", "Sou formada em Serviço Social", M(
        "Patrícia Ribeiro <patricia.ribeiro.sp@gmail.com>", "Candidature", "08 18:48",
        """Bonjour,

Sou formada em Serviço Social pela PUC de São Paulo. Je suis en France depuis six mois et j'apprends le français.

Je voudrais travailler dans une association d'aide aux familles ou aux personnes âgées.

Beijos e obrigada,
Patrícia Ribeiro""",
        app("Patrícia", "Ribeiro", phone=None, bac=4, grad=None, unknown=("graduation_recent",), status="meio_formada_sem_data"),
    )),
    # Feature: half_translated — kind — Mil gracias por todo
    # route: Spanish (Colombia), a former participant's thanks half left in Spanish, no application → other
    N("half_translated", "kind", "Mil gracias por todo", M(
        "Sebastián Mejía <sebastian.mejia.co@gmail.com>", "Merci !", "21 17:17",
        """Bonjour à toute l'équipe,

Je voulais vous dire que j'ai signé mon CDI dans la ressourcerie de Villeurbanne ! Mil gracias por todo, sin ustedes no lo habría logrado. Je passerai vous voir en décembre avec des empanadas.

Sebastián""",
        other(),
    )),
    # Feature: translated_documents — graduation — délivré à Bogotá le 14 décembre 2024
    # route: Spanish (Colombia), a sworn translation of the diploma attached (PDF): the date of delivery decides, not the translation's date of November 2026 → application; a professional degree of December 2024, 23 months ago, an association sought → eligible
    N("translated_documents", "graduation", "délivré à Bogotá le 14 décembre 2024", M(
        "Juliana Herrera <juliana.herrera.ts@gmail.com>", "Candidature + diplôme traduit", "02 09:40",
        """Bonjour,

Je vous envoie ma candidature et la traduction certifiée de mon diplôme. Je cherche un poste de travailleuse sociale dans une association d'accueil de personnes exilées.

Cordialement,
Juliana Herrera""",
        app("Juliana", "Herrera", phone=None, bac=5, grad="2024-12", status="traduction_diplome_bogota", info_in="cv"),
        cv=CV("pdf", "Traduction_diplome_Herrera.pdf", """TRADUCTION CERTIFIÉE CONFORME À L'ORIGINAL
Traduit de l'espagnol
RÉPUBLIQUE DE COLOMBIE – UNIVERSITÉ NATIONALE DE COLOMBIE
Confère le titre de PROFESSIONNELLE EN TRAVAIL SOCIAL
à JULIANA HERRERA GÓMEZ, pièce d'identité n° [caviardé]
pour avoir satisfait aux exigences du programme académique (dix semestres).
Diplôme délivré à Bogotá le 14 décembre 2024. Acte de remise n° 2291.
Le Recteur – Le Secrétaire général
Traduction faite à Paris le 10 novembre 2026 par Isabel Moreno, traductrice assermentée près la Cour d'appel de Paris."""),
    )),
    # Feature: translated_documents — studies_finished — Résultat de la session : Ajourné
    # route: Arabic (Morocco), a translated transcript pasted in the body: a module failed at the July 2026 session, the licence not obtained → application; studies not finished → fails studies_finished → not eligible
    N("translated_documents", "studies_finished", "Résultat de la session : Ajourné", M(
        "Imane Chraibi <imane.chraibi@gmail.com>", "Candidature et relevé de notes", "03 14:50",
        """Bonjour,

Voici mon relevé de notes traduit pour ma candidature, je cherche un travail dans une association à Bordeaux.

RELEVÉ DE NOTES TRADUIT (de l'arabe)
Université Hassan II – Faculté des Lettres de Ben M'Sik
Filière : Licence fondamentale Sociologie – Semestres S5 et S6
Session de rattrapage : juillet 2026
Méthodologie de recherche : 12/20 – validé
Sociologie urbaine : 08/20 – non validé
Projet de fin d'études : 13/20 – validé
Résultat de la session : Ajourné
Traduction conforme, traducteur agréé près les tribunaux, Casablanca

Merci,
Imane Chraibi""",
        app("Imane", "Chraibi", phone=None, bac="*", grad=None, failing=("studies_finished",), status="releve_ajourne"),
    )),
    # Feature: translated_documents — career_change — Agent de vente – Dedeman, Cluj-Napoca
    # route: Romanian, a CV translated by the applicant (DOCX): eight years of salaried sales work before the licence, only in the CV → application; a career before a change of path → fails not_career_change → not eligible
    N("translated_documents", "career_change", "Agent de vente – Dedeman, Cluj-Napoca", M(
        "Cristina Dumitrescu <cristina.dumitrescu@yahoo.com>", "Candidature – CV traduit", "04 10:25",
        """Bonjour,

Ci-joint mon CV traduit du roumain. Je souhaite participer à votre programme.

Cristina Dumitrescu""",
        app("Cristina", "Dumitrescu", phone=None, bac=3, grad="2026-06", failing=("not_career_change",), status="cv_traduit_dedeman", info_in="cv"),
        cv=CV("docx", "CV Cristina Dumitrescu (traduction).docx", """Cristina Dumitrescu – Grenoble – cristina.dumitrescu@yahoo.com
CV (traduction du roumain)
Objectif : poste de conseillère en insertion dans une association ou une entreprise d'insertion
Études
2023 – 2026 : Licence en Assistance Sociale, Université Babeș-Bolyai, Cluj-Napoca (diplôme obtenu en juin 2026, cours du soir)
Expérience professionnelle
2015 – 2023 : Agent de vente – Dedeman, Cluj-Napoca (magasin de bricolage, CDI, 8 ans)
Langues : roumain (maternelle), français (B2), anglais (B1)"""),
    )),
    # Feature: translated_documents — level — niveau 6 du cadre européen des certifications
    # route: Ukrainian, a diploma translated and an ENIC-NARIC attestation of comparability attached (PDF) placing the bachelor at level 6 → application; a bachelor of June 2025 compared to a licence, an association sought → eligible
    N("translated_documents", "level", "niveau 6 du cadre européen des certifications", M(
        "Yulia Bondarenko <yulia.bondarenko@gmail.com>", "Candidature – attestation de comparabilité", "05 17:35",
        """Bonjour,

Je vous écris pour participer à Pro'pulse. Je voudrais travailler dans une association culturelle ou d'aide aux réfugiés. Je joins mon attestation du centre ENIC-NARIC.

Merci beaucoup,
Yulia Bondarenko""",
        app("Yulia", "Bondarenko", phone=None, bac=3, grad="2025-06", status="enic_naric_niveau_6", info_in="cv"),
        cv=CV("pdf", "Attestation_comparabilite_Bondarenko.pdf", """FRANCE ÉDUCATION INTERNATIONAL – Centre ENIC-NARIC France
ATTESTATION DE COMPARABILITÉ
Titulaire : Yulia BONDARENKO
Diplôme : Bakalavr (Бакалавр) en Sciences culturelles, Université nationale Taras Chevtchenko de Kyiv, délivré le 30 juin 2025
Comparabilité : le diplôme est comparable à un grade de licence, niveau 6 du cadre européen des certifications.
Fait à Sèvres, le 2 octobre 2026"""),
    )),
    # Feature: translated_documents — situation — Stage : 10/2026 –
    # ambiguous: the translated CV opens an internship in October 2026 and gives no end (the translator dropped the word after the dash): whether it is running stays open
    # route: Vietnamese, a CV translated with a phone app (ODT), a licence of 2025 and an internship whose end is blank → application; a licence of 2025, an internship perhaps running, an association sought → not_internship open → to verify
    N("translated_documents", "situation", "Stage : 10/2026 –", M(
        "Trần Minh Anh <minhanh.tran.hue@gmail.com>", "Candidature programme", "06 21:15",
        """Bonjour,

Je vous envoie mon CV traduit pour le programme Pro'pulse.

Minh Anh""",
        app("Minh Anh", "Trần", phone=None, bac=3, grad="2025", unknown=("not_internship",), status="cv_vietnamien_stage_ouvert", info_in="cv"),
        cv=CV("odt", "CV_Tran_Minh_Anh_FR.odt", """TRẦN MINH ANH
CURRICULUM VITAE (traduit du vietnamien)
Objectif : travailler dans une association sociale en France
Formation
2021 – 2025 : Licence (Cử nhân) Travail Social, Université des Sciences de Hué
Expérience
Stage : 10/2026 – Association Accueil et Solidarité, Nantes, aide aux démarches administratives
2024 : bénévole, centre pour enfants handicapés, Hué
Langues : vietnamien, français B1, anglais B2"""),
    )),
    # Feature: translated_documents — graduation — Date de délivrance : 1404/04/10
    # route: Persian (Iran), a sworn translation of a master's diploma attached (PDF) that keeps the solar date: 10 Tir 1404 = 1 July 2025 → application; a master of July 2025, an association sought → eligible
    N("translated_documents", "graduation", "Date de délivrance : 1404/04/10", M(
        "Arash Rahimi <arash.rahimi.ir@gmail.com>", "Candidature – traduction du diplôme", "07 08:30",
        """Bonjour,

Je joins la traduction assermentée de mon diplôme de master. Je cherche un poste dans une association de solidarité internationale ou d'éducation à l'environnement.

Cordialement,
Arash Rahimi""",
        app("Arash", "Rahimi", phone=None, bac=5, grad="2025-07", status="diplome_persan_1404", info_in="cv"),
        cv=CV("pdf", "Traduction_diplome_master_Rahimi.pdf", """TRADUCTION CERTIFIÉE – Traduit du persan
UNIVERSITÉ DE SHIRAZ
Diplôme de Master (Karshenasi Arshad) en Sciences de l'Environnement
délivré à M. Arash RAHIMI
Date de délivrance : 1404/04/10 (calendrier solaire hégirien)
Le Président de l'Université
Traduction certifiée conforme par un traducteur assermenté, Lyon, 2026"""),
    )),
    # Feature: translated_documents — kind — Devis de traduction assermentée
    # route: French, a translation agency's quote answering an enquiry that was not ours, no applicant → other
    N("translated_documents", "kind", "Devis de traduction assermentée", M(
        "Agence Babel Traductions <devis@babel-traductions.example.fr>", "Devis de traduction assermentée n° 2026-1184", "14 10:10",
        """Madame, Monsieur,

Suite à votre demande, veuillez trouver notre devis de traduction assermentée : diplôme et relevé de notes (arabe → français), 2 pages, 78 € TTC, délai 5 jours ouvrés.

Pour valider, merci de nous renvoyer le devis signé.

L'équipe Babel Traductions""",
        other(),
    )),
    # Feature: translated_other_mail — graduation — obtenu son diplôme de Grado en Trabajo Social en juin 2026
    # route: Spanish (Spain), a partner association's referral translated by DeepL: the young woman's degree of June 2026 and her aim → application; a referral: a grado of June 2026, an association sought → eligible
    N("translated_other_mail", "graduation", "obtenu son diplôme de Grado en Trabajo Social en juin 2026", M(
        "Fundación Caminos Abiertos <movilidad@fundacion-caminos.example.es>", "Présentation d'une jeune participante", "09 12:45",
        """Chère équipe de Pro'pulse,

(Message traduit automatiquement de l'espagnol)

Notre fondation accompagne les jeunes espagnols en mobilité. Nous vous présentons Alba Martínez Ruiz, qui a obtenu son diplôme de Grado en Trabajo Social en juin 2026 à l'Université de Grenade et qui vit à Toulouse depuis septembre. Elle souhaite travailler dans une association d'aide aux personnes sans domicile.

Son courriel : alba.martinez.ruiz@gmail.com

Salutations cordiales,
Carmen Ortega, responsable mobilité""",
        app("Alba", "Martínez Ruiz", phone=None, bac=4, grad="2026-06", email="alba.martinez.ruiz@gmail.com", forwarded_by="movilidad@fundacion-caminos.example.es", status="fondation_espagne_grado_2026"),
    )),
    # Feature: translated_other_mail — situation — her Servizio Civile Universale in our cooperative until May 2027
    # route: Italian, a social cooperative's referral written in English through a translator: the young woman's Italian civic service running until May 2027 → application; a referral: a laurea of 2025, a civic service running → fails not_service_civique → not eligible (English)
    N("translated_other_mail", "situation", "her Servizio Civile Universale in our cooperative until May 2027", M(
        "Cooperativa Sociale Il Ponte <info@coop-ilponte.example.it>", "Referral – Sara Colombo", "10 15:20",
        """Dear Pro'pulse team,

We are a social cooperative in Turin. Sara Colombo, laureata in Educational Sciences in 2025, is doing her Servizio Civile Universale in our cooperative until May 2027. After that she would like to move to Lyon and work in a French association, so we write to present her.

Her email: sara.colombo.to@gmail.com

Kind regards,
Paolo Ferrero, coordinator""",
        app("Sara", "Colombo", phone=None, bac=3, grad="2025", failing=("not_service_civique",), email="sara.colombo.to@gmail.com", forwarded_by="info@coop-ilponte.example.it", status="coop_italie_servizio_civile", language="en"),
    )),
    # Feature: translated_other_mail — graduation — diplôme de Technicien Spécialisé
    # ambiguous: the partner gives the diploma with no year: graduation_recent stays open
    # route: Arabic (Morocco), a Moroccan partner association's referral translated by Google, a «technicien spécialisé» (bac+2) with no date → application; a referral: a bac+2 of unknown date, a cooperative sought → graduation_recent open → to verify
    N("translated_other_mail", "graduation", "diplôme de Technicien Spécialisé", M(
        "Association Chabab Al Moustakbal <contact@chabab-moustakbal.example.ma>", "Recommandation d'un jeune", "11 09:05",
        """Monsieur, Madame,

Notre association de Fès vous recommande le jeune Ayoub Tazi, titulaire du diplôme de Technicien Spécialisé en gestion des entreprises de l'OFPPT. Il est installé à Orléans chez son oncle et il souhaite travailler dans une coopérative ou une association, comme il a fait chez nous comme bénévole.

Son téléphone : +33 7 52 14 86 30.

Avec nos salutations respectueuses,
Le président de l'association""",
        app("Ayoub", "Tazi", phone="+33752148630", bac=2, grad=None, unknown=("graduation_recent",), email=None, forwarded_by="contact@chabab-moustakbal.example.ma", status="partenaire_maroc_technicien_specialise"),
    )),
    # Feature: translated_other_mail — kind — c'est possible de faire le programme en ligne
    # route: Portuguese (Brazil) through Google Translate, a question with no facts of the writer → question
    N("translated_other_mail", "kind", "c'est possible de faire le programme en ligne", M(
        "Renata Oliveira <renata.oliveira.bh@gmail.com>", "Doute", "15 13:00",
        """Bonjour, tout bien?

Je voudrais savoir si c'est possible de faire le programme en ligne, parce que j'habite loin de Paris. Et combien de mois ça dure?

Merci!
Renata""",
        question(),
    )),
    # Feature: translated_other_mail — kind — Merci pour le retour rapide
    # route: Portuguese (Portugal) through DeepL, an answer in our thread confirming a document sent (In-Reply-To ours) → reply
    N("translated_other_mail", "kind", "Merci pour le retour rapide", M(
        "Rui Almeida <rui.almeida.pt@gmail.com>", "Re: Pro'pulse – dossier incomplet", "22 10:40",
        """Bonjour Madame,

Merci pour le retour rapide. J'ai envoyé ce matin la copie de mon titre de séjour par le formulaire, comme vous l'avez demandé.

Avec les meilleures salutations,
Rui Almeida""",
        reply(),
        headers={"In-Reply-To": "<dossier-almeida.7765@animafac.net>", "References": "<dossier-almeida.7765@animafac.net>"},
    )),
    # Feature: translated_other_mail — kind — Out of office / Absence du bureau
    # route: English then French, a charity's out-of-office in both languages (Auto-Submitted) → auto-reply
    N("translated_other_mail", "kind", "Out of office / Absence du bureau", M(
        "James O'Connor <james.oconnor@charity-exemple.example.org.uk>", "Out of office / Absence du bureau", "16 09:00",
        """Out of office / Absence du bureau

Thank you for your email. I am on leave until Monday 30 November and will reply on my return.

Merci pour votre message. Je suis en congé jusqu'au lundi 30 novembre et je répondrai à mon retour.""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: translated_other_mail — kind — No se ha podido entregar el mensaje
    # route: Spanish (a Spanish mail server), a delivery failure in Spanish with the report attached → bounce
    N("translated_other_mail", "kind", "No se ha podido entregar el mensaje", M(
        "Servicio de correo <mailer-daemon@correo-exemple.example.es>", "No se ha podido entregar: Pro'pulse – confirmation", "17 14:25",
        """No se ha podido entregar el mensaje a los siguientes destinatarios:

pablo.iglesias.marin@gmial.com
El dominio no existe. Compruebe la dirección e inténtelo de nuevo.""",
        bounce("pablo.iglesias.marin@gmial.com"),
        bounce="""Reporting-MTA: dns; correo-exemple.example.es
Final-Recipient: rfc822; pablo.iglesias.marin@gmial.com
Action: failed
Status: 5.1.2
Diagnostic-Code: smtp; 550 Host unknown""",
    )),
    # Feature: translated_other_mail — kind — Boletín de la Red
    # route: Spanish through the sender's machine translation, a network's newsletter in French (List-Unsubscribe, Precedence bulk) → newsletter
    N("translated_other_mail", "kind", "Boletín de la Red", M(
        "Red de Economía Solidaria <boletin@red-economia-solidaria.example.es>", "Boletín de la Red – Bulletin de novembre (FR)", "18 07:00",
        """Boletín de la Red – édition française (traduction automatique)

Ce mois-ci : la rencontre des coopératives de jeunes à Saragosse, un guide pour créer une coopérative de travail associé, et l'appel à volontaires pour le forum de l'économie solidaire de février.

Vous recevez ce bulletin car vous êtes inscrit à notre liste. Pour vous désabonner, répondez « baja » à ce courriel.""",
        newsletter(),
        headers={"List-Unsubscribe": "<mailto:baja@red-economia-solidaria.example.es>", "Precedence": "bulk"},
    )),
    # Feature: translated_other_mail — kind — Lettre franco-allemande de la jeunesse
    # route: German then French, a Franco-German youth office's bilingual newsletter (List-Unsubscribe, Precedence bulk) → newsletter
    N("translated_other_mail", "kind", "Lettre franco-allemande de la jeunesse", M(
        "Jugendnetz Rhein <newsletter@jugendnetz-rhein.example.de>", "Deutsch-französischer Jugendbrief / Lettre franco-allemande de la jeunesse", "19 06:30",
        """Deutsch-französischer Jugendbrief – November 2026
Lettre franco-allemande de la jeunesse – novembre 2026

Neue Stellen im Freiwilligendienst / Nouvelles missions de volontariat franco-allemand
Webinar am 8. Dezember / Webinaire le 8 décembre : travailler dans l'économie sociale de l'autre côté du Rhin

Abmelden / Se désinscrire : lien en bas de page.""",
        newsletter(),
        headers={"List-Unsubscribe": "<mailto:abmelden@jugendnetz-rhein.example.de>", "Precedence": "bulk"},
    )),
    # Feature: translated_other_mail — kind — proposition d'échange entre nos coopératives
    # route: Italian through DeepL, a cooperative's proposal of an exchange of young workers, no applicant → other
    N("translated_other_mail", "kind", "proposition d'échange entre nos coopératives", M(
        "Consorzio Cooperative Emilia <relazioni@consorzio-emilia.example.it>", "Proposition de collaboration", "20 11:30",
        """Chers collègues,

Notre consortium de coopératives sociales de Reggio Emilia vous adresse une proposition d'échange entre nos coopératives et les structures de votre réseau : accueillir en 2027 des jeunes travailleurs italiens et français pour deux semaines de découverte.

Nous serions heureux d'en parler en visioconférence.

Cordialement,
Marco Gentile, relations internationales""",
        other(),
    )),
]
