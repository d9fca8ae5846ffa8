"""Translations corpus, batch 08 (writer B): half_translated (Spanish «estoy terminando las prácticas este mes»,
Italian «laureata a luglio 2026», «sto facendo la tesi», Portuguese «formada em 2022», German «Studium
abgeschlossen» with the aim only in German, Moroccan darija «khlast la licence», Spanish «trabajé unos años»;
an Italian cooperative's offer), translated_documents (a sworn translation of an Argentine título, a Tunisian
attestation with a new apostille, a Vietnamese cử nhân with its comparability, a Polish CV with nine years of
accounting, an Angolan bacharelato awaiting its comparability, an Italian diploma supplement with a search in
trade; a sworn translator's mail to the wrong address), translated_other_mail (three partners' referrals
translated from Spanish, German and Spanish; a question, a reply, a bilingual auto-reply, a bounce, two
newsletters, a Portuguese partner's proposal)."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, auto_reply, bounce, newsletter, other, question, reply
from translations import N

MESSAGES = [
    # Feature: half_translated — situation — estoy terminando las prácticas este mes
    # ambiguous: the internship ends «este mes» (November) with no day, read on 26 November: not_internship stays open
    # route: Spanish (Chile, Concepción), a phone translator that left the last sentence in Spanish; the título of 2025 translated, the internship's end only in Spanish → application; internship's end open → to verify
    N("half_translated", "situation", "estoy terminando las prácticas este mes", M(
        "Francisca Sandoval <francisca.sandoval@example.cl>",
        "Candidature",
        "02 09:30",
        """Bonjour,

Je suis titulada en Psychologie de l'Université de Concepción depuis décembre 2025. Je voudrais travailler dans une association de santé mentale à Lyon. Estoy terminando las prácticas este mes en un centro comunitario.

Merci beaucoup,
Francisca Sandoval""",
        app("Francisca", "Sandoval", phone=None, bac=5, grad="2025-12", unknown=("not_internship",), status="b_half_es_practicas_este_mes"),
    )),
    # Feature: half_translated — graduation — laureata a luglio 2026
    # route: Italian (Bologna), DeepL leaving the degree's clause in Italian; a laurea magistrale of July 2026 → application; bac+5 of July 2026, an aim in a social cooperative → eligible
    N("half_translated", "graduation", "laureata a luglio 2026", M(
        "Giulia Ferraresi <giulia.ferraresi@example.it>",
        "Candidatura / Candidature",
        "03 14:14",
        """Bonjour,

Je m'appelle Giulia, sono laureata a luglio 2026 in Cooperazione internazionale (laurea magistrale, Università di Bologna). Je cherche un emploi dans une coopérative sociale ou une ONG à Marseille.

Merci et à bientôt,
Giulia Ferraresi""",
        app("Giulia", "Ferraresi", phone=None, bac=5, grad="2026-07", status="b_half_it_laureata_luglio"),
    )),
    # Feature: half_translated — studies_finished — sto facendo la tesi
    # route: Italian (Palermo), Google Translate leaving a clause in Italian; the thesis still being written, the defence in March 2027 → application; studies running → fails studies_finished → not eligible
    N("half_translated", "studies_finished", "sto facendo la tesi", M(
        "Salvatore Lo Presti <salvatore.lopresti@example.it>",
        "Informations programme",
        "04 20:50",
        """Bonjour,

J'ai fini tous les examens de la laurea triennale en Servizio sociale, ma sto facendo la tesi e la discussione è a marzo 2027. Je suis à Nice pour rejoindre ma famille.

Je voudrais travailler dans une association. Merci,
Salvatore""",
        app("Salvatore", "Lo Presti", phone=None, bac="*", grad=None, failing=("studies_finished",), status="b_half_it_sto_facendo_tesi"),
    )),
    # Feature: half_translated — graduation — formada em Serviço Social em 2022
    # route: Portuguese (Brazil, Porto Alegre), a translator leaving the degree in Portuguese; graduated in 2022 → application; a degree of 2022, more than 24 months → fails graduation_recent → not eligible
    N("half_translated", "graduation", "formada em Serviço Social em 2022", M(
        "Gabriela Schmitt <gabriela.schmitt@example.com.br>",
        "Candidature Pro'pulse",
        "05 11:26",
        """Bonjour,

Je suis formada em Serviço Social em 2022 pela PUCRS. Je vis à Paris depuis l'année dernière et je cherche un travail dans une association d'aide aux migrants.

Obrigada,
Gabriela Schmitt""",
        app("Gabriela", "Schmitt", phone=None, bac=4, grad="2022", failing=("graduation_recent",), status="b_half_pt_formada_2022"),
    )),
    # Feature: half_translated — aim — ich suche eine Stelle in einem Verein oder einer Genossenschaft
    # route: German (Austria, Graz), DeepL that left the last sentence in German; the master translated, the aim only in German (an association or a cooperative) → application; master of March 2026, an ESS aim → eligible
    N("half_translated", "aim", "ich suche eine Stelle in einem Verein oder einer Genossenschaft", M(
        "Katharina Steiner <katharina.steiner@example.at>",
        "Candidature",
        "06 08:15",
        """Bonjour,

J'ai un master en sciences politiques de l'Université de Graz, Studium abgeschlossen im März 2026. J'habite à Strasbourg depuis l'été. Ich suche eine Stelle in einem Verein oder einer Genossenschaft.

Merci,
Katharina Steiner""",
        app("Katharina", "Steiner", phone=None, bac=5, grad="2026-03", status="b_half_de_verein_genossenschaft"),
    )),
    # Feature: half_translated — studies_finished — khlast la licence f juin 2026
    # route: Moroccan darija in Latin letters mixed into French by the writer and a phone translator; «khlast» is «I finished», the licence in June 2026 → application; bac+3 of June 2026, an aim in an association → eligible
    N("half_translated", "studies_finished", "khlast la licence f juin 2026", M(
        "Ayoub El Idrissi <ayoub.elidrissi@example.ma>",
        "Candidature Pro'pulse",
        "07 22:02",
        """Salam,

Ana Ayoub, khlast la licence f juin 2026 en économie et gestion à l'Université Ibn Zohr d'Agadir. Daba je suis à Montpellier, je cherche khedma f une association ou une coopérative.

Choukran bezzaf
Ayoub El Idrissi""",
        app("Ayoub", "El Idrissi", phone=None, bac=3, grad="2026-06", status="b_half_darija_khlast"),
    )),
    # Feature: half_translated — career_change — antes trabajé unos años en una empresa de retail
    # ambiguous: «unos años» in a retail company before or alongside the degree of 2025: whether it is a career before stays open
    # route: Spanish (Chile, Valparaíso), a translator that left the sentence about work in Spanish → application; career open → to verify
    N("half_translated", "career_change", "antes trabajé unos años en una empresa de retail", M(
        "Constanza Araya <constanza.araya@example.cl>",
        "Candidature",
        "08 13:58",
        """Bonjour,

Je suis titulada en Ingénierie Commerciale de l'Université de Valparaíso, octobre 2025. Antes trabajé unos años en una empresa de retail, en Viña del Mar. Maintenant je cherche un travail dans une coopérative ou une entreprise sociale.

Merci,
Constanza Araya""",
        app("Constanza", "Araya", phone=None, bac=5, grad="2025-10", unknown=("not_career_change",), status="b_half_es_trabaje_unos_anos"),
    )),
    # Feature: half_translated — kind — cerchiamo un educatore
    # route: Italian (a social cooperative in Turin), half translated; a job offer sent to partners → other
    N("half_translated", "kind", "cerchiamo un educatore", M(
        "Cooperativa Sociale Il Ponte <selezione@ilponte-coop.example.it>",
        "Offre d'emploi – cerchiamo un educatore",
        "13 09:45",
        """Bonjour,

Notre coopérative sociale ouvre une antenne à Chambéry: cerchiamo un educatore per il centro diurno, contratto a tempo indeterminato. Si vous avez des jeunes diplômés intéressés, ils peuvent écrire à cette adresse; la laureata o il laureato in scienze dell'educazione è il profilo ideale.

Cordiali saluti,
Marta, ufficio selezione""",
        other(),
    )),
    # Feature: translated_documents — graduation — Fecha de expedición: 14/05/2026
    # route: Spanish (Argentina, La Plata), a sworn translation attached (PDF), dated 02/11/2026; the título's date of issue 14/05/2026 stands only in it → application (info in the attachment); licenciatura of May 2026, an aim in an association → eligible
    N("translated_documents", "graduation", "Fecha de expedición: 14/05/2026", M(
        "Rocío Benítez <rocio.benitez@example.com.ar>",
        "Candidature avec traduction certifiée",
        "02 16:04",
        """Bonjour,

Ci-joint la traduction certifiée de mon diplôme argentin. Je cherche un travail dans une association d'éducation populaire.

Rocío Benítez""",
        app("Rocío", "Benítez", phone=None, bac=5, grad="2026-05", info_in="cv", status="b_doc_titulo_la_plata"),
        cv=CV("pdf", "Traduccion_titulo_Benitez.pdf", """TRADUCTION CERTIFIÉE CONFORME
Traducteur assermenté: Hernán Cabrera, près la Cour d'appel de Paris
Original en espagnol – Universidad Nacional de La Plata
Título: Licenciada en Ciencias de la Educación (Licenciée en Sciences de l'Éducation), durée 5 ans
Décerné à: Rocío Benítez
Fecha de expedición: 14/05/2026 (date de délivrance: 14 mai 2026)
Traduction faite à Paris le 02/11/2026"""),
    )),
    # Feature: translated_documents — graduation — session principale de juin 2024
    # route: Arabic (Tunisia, Monastir), an attestation de réussite translated and pasted, with an apostille of October 2026 (no diploma's date) → application; licence of June 2024, more than 24 months → fails graduation_recent → not eligible
    N("translated_documents", "graduation", "session principale de juin 2024", M(
        "Sirine Gharbi <sirine.gharbi@example.tn>",
        "Candidature et attestation",
        "03 10:48",
        """Bonjour,

Voici la traduction de mon attestation, je cherche un travail dans une association.

--- Traduction de l'arabe ---
Attestation de réussite
Université de Monastir – Institut Supérieur des Études Appliquées en Humanités
L'étudiante Sirine Gharbi a obtenu la licence en animation culturelle, session principale de juin 2024, avec mention bien.
Apostille délivrée le 12/10/2026.
--- Fin de la traduction ---

Sirine Gharbi""",
        app("Sirine", "Gharbi", phone=None, bac=3, grad="2024-06", failing=("graduation_recent",), status="b_doc_attestation_monastir"),
    )),
    # Feature: translated_documents — level — Diplôme de Licence (cử nhân) en Travail social
    # route: Vietnamese (Hanoi), a sworn translation attached (PDF) with the ENIC-NARIC comparability (level 6) → application; bac+3 of June 2025 (in the attachment only), an aim in an association stated in the body → eligible
    N("translated_documents", "level", "Diplôme de Licence (cử nhân) en Travail social", M(
        "Nguyễn Thu Hà <thuha.nguyen@example.vn>",
        "Candidature Pro'pulse – Nguyễn Thu Hà",
        "04 13:33",
        """Bonjour,

Je vous envoie la traduction de mon diplôme et l'attestation de comparabilité. Je cherche un emploi dans une association d'aide aux familles à Paris.

Nguyễn Thu Hà""",
        app("Thu Hà", "Nguyễn", phone=None, bac=3, grad="2025-06", info_in="cv", status="b_doc_cu_nhan_hanoi"),
        cv=CV("pdf", "Diplome_traduit_Nguyen.pdf", """Traduction certifiée conforme à l'original vietnamien
Université nationale du Vietnam, Hanoï – Université des sciences sociales et humaines
Diplôme de Licence (cử nhân) en Travail social
Délivré à Nguyễn Thu Hà le 20/06/2025
Attestation de comparabilité ENIC-NARIC: niveau 6 du cadre national (licence)"""),
    )),
    # Feature: translated_documents — career_change — 2015–2024: comptable dans une entreprise de transport
    # route: Polish (Łódź), a translated CV attached (ODT); nine years as an accountant before a magister of June 2025 in evening classes → application; a career before → fails not_career_change → not eligible
    N("translated_documents", "career_change", "2015–2024: comptable dans une entreprise de transport", M(
        "Agnieszka Nowak <agnieszka.nowak@example.pl>",
        "Candidature – CV traduit",
        "05 15:15",
        """Bonjour,

Je vous envoie mon CV traduit du polonais. Je voudrais travailler dans une coopérative à Lille.

Agnieszka Nowak""",
        app("Agnieszka", "Nowak", phone=None, bac=5, grad="2025-06", failing=("not_career_change",), info_in="cv", status="b_doc_cv_polonais_comptable"),
        cv=CV("odt", "CV_Agnieszka_Nowak_FR.odt", """Agnieszka Nowak – CV (traduction certifiée conforme du polonais)
Formation
Magister en économie sociale, Université de Łódź, cours du soir, juin 2025
Licencjat en comptabilité, 2015
Expérience
2015–2024: comptable dans une entreprise de transport, Łódź
Langues: polonais, français B2, anglais B2"""),
    )),
    # Feature: translated_documents — level — Bacharelato em Gestão de Recursos Humanos
    # ambiguous: an Angolan «bacharelato» (three years, or a short cycle in some institutes) whose comparability is still «en cours»: degree_level stays open
    # route: Portuguese (Angola, Luanda), a translated relevé de notes pasted, the comparability asked → application; level open → to verify
    N("translated_documents", "level", "Bacharelato em Gestão de Recursos Humanos", M(
        "Domingos Capitango <domingos.capitango@example.ao>",
        "Candidature",
        "06 12:12",
        """Bonjour,

Je colle la traduction de mon relevé de notes. Je cherche un emploi dans une association ou une mutuelle.

Relevé de notes traduit du portugais:
Instituto Superior Politécnico de Luanda – Bacharelato em Gestão de Recursos Humanos
Année de fin: décembre 2025 – moyenne 14/20
Attestation de comparabilité: demande en cours

Domingos Capitango""",
        app("Domingos", "Capitango", phone=None, bac="*", grad="2025-12", unknown=("degree_level",), status="b_doc_bacharelato_luanda"),
    )),
    # Feature: translated_documents — aim — je cherche dans le commerce international
    # route: Italian (Naples), a translated diploma supplement attached (DOCX) with a laurea triennale of 24/03/2026; the aim in the body is trade → application; no ESS aim → fails job_seeking_ess → not eligible
    N("translated_documents", "aim", "je cherche dans le commerce international", M(
        "Ciro Esposito <ciro.esposito@example.it>",
        "Candidature",
        "07 17:47",
        """Bonjour,

Ci-joint la traduction de mon supplément au diplôme. Je cherche dans le commerce international, import-export ou logistique, à Marseille.

Ciro Esposito""",
        app("Ciro", "Esposito", phone=None, bac=3, grad="2026-03", failing=("job_seeking_ess",), info_in="cv", status="b_doc_supplement_commerce"),
        cv=CV("docx", "Supplement_diplome_Esposito_traduit.docx", """Supplément au diplôme – traduction certifiée conforme
Università degli Studi di Napoli Federico II
Diploma di Laurea triennale in Economia aziendale (licence, 180 crédits)
Conseguito il 24/03/2026 (obtenu le 24 mars 2026)
Traducteur assermenté: Paola Russo"""),
    )),
    # Feature: translated_documents — kind — je vous renvoie la traduction assermentée
    # route: a sworn translator's mail sent to us by mistake instead of a client, a translated attestation attached → other
    N("translated_documents", "kind", "je vous renvoie la traduction assermentée", M(
        "Cabinet Traductions Lenoir <contact@traductions-lenoir.example.fr>",
        "Votre traduction – commande 2026-1187",
        "18 11:30",
        """Madame,

Comme convenu, je vous renvoie la traduction assermentée de votre attestation de travail (2 pages), ainsi que la facture. L'apostille n'est pas nécessaire pour cet usage.

Bien cordialement,
Étienne Lenoir, traducteur assermenté""",
        other(),
    )),
    # Feature: translated_other_mail — graduation — titulée en Travail social en janvier 2026
    # route: Spanish (Chile, a foundation in Santiago), translated automatically; a partner presents a young woman with her título of January 2026 → application (a referral); bac+5 of January 2026, an aim in an association → eligible
    N("translated_other_mail", "graduation", "titulée en Travail social en janvier 2026", M(
        "Fundación Puentes <contacto@fundacionpuentes.example.cl>",
        "Présentation d'une jeune professionnelle",
        "03 15:40",
        """Chère équipe de Pro'pulse,

Nous vous présentons Camila Rojas, titulée en Travail social en janvier 2026 de l'Université de Chile, qui s'installe à Paris ce mois-ci. Elle cherche un emploi dans une association d'aide à l'enfance. Son courriel: camila.rojas@example.cl.

Fraternellement,
Fundación Puentes (message traduit automatiquement)""",
        app("Camila", "Rojas", phone=None, bac=5, grad="2026-01", email="camila.rojas@example.cl", forwarded_by="contacto@fundacionpuentes.example.cl", status="b_tom_fundacion_puentes"),
    )),
    # Feature: translated_other_mail — situation — elle termine en ce moment son année sociale volontaire
    # ambiguous: the partner says the civic service is ending «en ce moment» with no date: not_service_civique stays open
    # route: German (a Caritas office in Vienna), translated automatically; a Bachelor of June 2026 and a Freiwilliges Sozialjahr ending → application (a referral); civic service's end open → to verify
    N("translated_other_mail", "situation", "elle termine en ce moment son année sociale volontaire", M(
        "Caritas Wien – Freiwilligendienste <freiwillige@caritas-wien.example.at>",
        "Recommandation: Hannah Eder",
        "05 10:05",
        """Bonjour,

Nous recommandons Hannah Eder, Bachelor en travail social (FH Campus Wien, juin 2026). Elle termine en ce moment son année sociale volontaire chez nous et souhaite travailler dans une association en France. Contact: hannah.eder@example.at.

Meilleures salutations
(Translated with DeepL)""",
        app("Hannah", "Eder", phone=None, bac=3, grad="2026-06", unknown=("not_service_civique",), email="hannah.eder@example.at", forwarded_by="freiwillige@caritas-wien.example.at", status="b_tom_caritas_fsj_en_ce_moment"),
    )),
    # Feature: translated_other_mail — level — il a le titre secondaire (baccalauréat)
    # route: Spanish (an Argentine cooperative), translated automatically; a partner presents a young man whose only diploma is the bachillerato → application (a referral); no higher degree → fails degree_level → not eligible
    N("translated_other_mail", "level", "il a le titre secondaire (baccalauréat)", M(
        "Cooperativa La Minga <info@laminga-coop.example.com.ar>",
        "Présentation de Matías Herrera",
        "06 19:00",
        """Bonjour,

Notre coopérative présente Matías Herrera, 22 ans, qui a travaillé avec nous comme bénévole. Il a le titre secondaire (baccalauréat) du Colegio Nacional de Rosario et il veut travailler dans une coopérative en France. Son courriel: matias.herrera@example.com.

Salutations coopératives
(texte traduit automatiquement)""",
        app("Matías", "Herrera", phone=None, bac=0, grad=None, failing=("degree_level",), email="matias.herrera@example.com", forwarded_by="info@laminga-coop.example.com.ar", status="b_tom_la_minga_secundario"),
    )),
    # Feature: translated_other_mail — kind — Est-ce que le programme accepte les diplômes étrangers sans homologation
    # route: Spanish (Chile), translated automatically (footer); a question with no fact of the writer → question
    N("translated_other_mail", "kind", "Est-ce que le programme accepte les diplômes étrangers sans homologation", M(
        "Benjamín Tapia <benjamin.tapia@example.cl>",
        "Question",
        "09 07:35",
        """Bonjour,

Est-ce que le programme accepte les diplômes étrangers sans homologation? Merci.

(message traduit automatiquement de l'espagnol)""",
        question(),
    )),
    # Feature: translated_other_mail — kind — Merci, je viendrai avec mon passeport
    # route: Portuguese (Brazil), translated by Google (footer), an answer in our thread (In-Reply-To our Message-ID) → reply
    N("translated_other_mail", "kind", "Merci, je viendrai avec mon passeport", M(
        "Thaís Albuquerque <thais.albuquerque@example.com.br>",
        "Re: Votre demande d'information",
        "22 14:50",
        """Merci, je viendrai avec mon passeport.

Translated by Google""",
        reply(),
        headers={"In-Reply-To": "<info-2211.ta@animafac.net>", "References": "<info-2211.ta@animafac.net>"},
    )),
    # Feature: translated_other_mail — kind — Estoy fuera de la oficina
    # route: Spanish and its French translation, an automatic absence notice (Auto-Submitted) → auto_reply
    N("translated_other_mail", "kind", "Estoy fuera de la oficina", M(
        "Paula Medina <paula.medina@fundacion-exemplo.example.org>",
        "Respuesta automática / Réponse automatique",
        "25 06:45",
        """Estoy fuera de la oficina hasta el 3 de diciembre.
Je suis hors du bureau jusqu'au 3 décembre (traduit automatiquement).

Paula Medina""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: translated_other_mail — kind — Adresse introuvable
    # route: Gmail's mailer-daemon, its report translated automatically into French; our mail to an applicant returned (multipart/report) → bounce
    N("translated_other_mail", "kind", "Adresse introuvable", M(
        "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "Delivery Status Notification (Failure)",
        "19 02:20",
        """Adresse introuvable (traduit automatiquement)

Votre message n'a pas été distribué à joaquin.ledesma.ar@gmail.example.com, car l'adresse est introuvable ou ne peut pas recevoir de messages.""",
        bounce("joaquin.ledesma.ar@gmail.example.com"),
        bounce="Reporting-MTA: dns; googlemail.com\n\nFinal-Recipient: rfc822; joaquin.ledesma.ar@gmail.example.com\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 The email account that you tried to reach does not exist",
    )),
    # Feature: translated_other_mail — kind — Lettre d'information du Réseau européen des jeunes de l'économie sociale
    # route: English, a European network's newsletter translated automatically into French (List-Unsubscribe, Precedence: bulk) → newsletter
    N("translated_other_mail", "kind", "Lettre d'information du Réseau européen des jeunes de l'économie sociale", M(
        "Youth Social Economy Network <news@ysen.example.eu>",
        "Lettre d'information – décembre 2026",
        "20 08:00",
        """Lettre d'information du Réseau européen des jeunes de l'économie sociale – décembre 2026
(Translated automatically from English)

Au sommaire: le forum de Lisbonne du 14 au 16 mai 2027, un appel à témoignages de jeunes diplômés travaillant dans des coopératives, et notre guide des programmes d'accompagnement en Europe.

Se désabonner: répondez STOP.""",
        newsletter(),
        headers={"List-Unsubscribe": "<mailto:unsubscribe@ysen.example.eu>", "Precedence": "bulk"},
    )),
    # Feature: translated_other_mail — kind — Bulletin de la Confédération des coopératives
    # route: Spanish, a federation of cooperatives' bulletin translated automatically (List-Unsubscribe, Precedence: bulk) → newsletter
    N("translated_other_mail", "kind", "Bulletin de la Confédération des coopératives", M(
        "Confederación de Cooperativas <boletin@confecoop.example.es>",
        "Boletín / Bulletin n° 48",
        "21 07:30",
        """Bulletin de la Confédération des coopératives n° 48 (traduit automatiquement de l'espagnol)

Nouvelles: la loi sur l'économie sociale est en débat au Parlement; trois nouvelles coopératives de travail associé à Valence; ateliers de formation en janvier.

Pour ne plus recevoir ce bulletin, cliquez sur le lien de désinscription.""",
        newsletter(),
        headers={"List-Unsubscribe": "<mailto:baja@confecoop.example.es>", "Precedence": "bulk"},
    )),
    # Feature: translated_other_mail — kind — nous proposons un échange Erasmus+ entre nos deux programmes
    # route: Portuguese (an association in Lisbon), translated automatically; a partnership proposal → other
    N("translated_other_mail", "kind", "nous proposons un échange Erasmus+ entre nos deux programmes", M(
        "Associação Caminhos <geral@caminhos.example.pt>",
        "Proposition de partenariat",
        "17 16:20",
        """Bonjour,

Notre association de Lisbonne accompagne aussi des jeunes diplômés vers l'économie sociale: nous proposons un échange Erasmus+ entre nos deux programmes en 2027. Pouvons-nous en parler en visioconférence?

Cordialement,
Associação Caminhos (texte traduit automatiquement)""",
        other(),
    )),
]
