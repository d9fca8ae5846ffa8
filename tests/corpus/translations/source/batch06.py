"""Translations corpus, batch 06 (writer B): mt_from_german_or_dutch (Austria, Switzerland, the Netherlands,
Flanders: an «année sociale volontaire franco-allemande» running, a Bachelor of a haute école spécialisée dated
31.01.2026, a HBO-bachelor, an Ausbildung and five years as a cook, a «pratique» ending «fin novembre», the
«secteur social-profit»; a bilingual absence notice, a Swiss cooperative's mail), mt_from_english_to_french
(Ireland, Australia, Nigeria: «internat», «éventuellement obtenu», «gradué … baccalauréat» then a bank,
«dernière année de collège», «actuellement» for actually, «majeure»; a question, a reply), mt_from_other
(Poland, Russia, Iran, China, Turkey, Greece: licencjat, a «spécialiste» diploma and seven years, a Persian
solar date, a Chinese master with no aim, an önlisans aimed at a bank, a European Solidarity Corps ending
«fin novembre»; a question, a Russian bounce, a Turkish association's mail)."""
# ruff: noqa: E501

from __future__ import annotations

from kit import M, app, auto_reply, bounce, other, question, reply
from translations import N

MESSAGES = [
    # Feature: mt_from_german_or_dutch — situation — je fais actuellement une année sociale volontaire franco-allemande
    # route: German (Austria, Linz), DeepL; «année sociale volontaire» is the Freiwilliges Soziales Jahr, here the Franco-German one, a civic service running until August 2027 → application; civic service running → fails not_service_civique → not eligible
    N("mt_from_german_or_dutch", "situation", "je fais actuellement une année sociale volontaire franco-allemande", M(
        "Magdalena Pichler <magdalena.pichler@example.at>",
        "Candidature Pro'pulse",
        "02 08:57",
        """Bonjour,

Je m'appelle Magdalena Pichler, j'ai 23 ans et je viens de Linz. J'ai terminé mon Bachelor of Arts en Travail social à la haute école spécialisée de Haute-Autriche le 30.06.2026. Depuis septembre je fais actuellement une année sociale volontaire franco-allemande dans un centre social à Strasbourg, jusqu'au 31.08.2027.

Après, je voudrais rester en France et travailler dans une association. Je vous remercie pour les informations.

Meilleures salutations
Magdalena Pichler""",
        app("Magdalena", "Pichler", phone=None, bac=3, grad="2026-06", failing=("not_service_civique",), status="b_de_fsj_franco_allemand"),
    )),
    # Feature: mt_from_german_or_dutch — graduation — terminé au 31.01.2026
    # route: German (Switzerland, Bern), DeepL; a Bachelor of a haute école spécialisée finished on 31.01.2026 (day.month.year) → application; bac+3 of January 2026, an aim in an association → eligible
    N("mt_from_german_or_dutch", "graduation", "terminé au 31.01.2026", M(
        "Lukas Brönnimann <lukas.broennimann@example.ch>",
        "Demande de participation",
        "03 10:14",
        """Bonjour Mesdames et Messieurs,

J'ai fait le Bachelor of Science en Travail social à la haute école spécialisée bernoise (BFH), terminé au 31.01.2026. Depuis l'été j'habite à Besançon avec ma compagne.

Je cherche un poste dans une association de soutien aux jeunes ou dans une coopérative d'habitation. Je parle bien le français, mais j'écris avec l'aide du traducteur.

Avec mes meilleures salutations
Lukas Brönnimann""",
        app("Lukas", "Brönnimann", phone=None, bac=3, grad="2026-01", status="b_de_bfh_31_01_2026"),
    )),
    # Feature: mt_from_german_or_dutch — level — HBO-bachelor Travail social
    # route: Dutch (the Netherlands, Utrecht), DeepL; a HBO bachelor of four years, diplômée le 28.06.2025 → application; bac+4 of June 2025, an aim in the ESS → eligible
    N("mt_from_german_or_dutch", "level", "HBO-bachelor Travail social", M(
        "Sanne de Groot <sanne.degroot@example.nl>",
        "Inscription programme Pro'pulse",
        "04 14:48",
        """Bonjour,

Je suis Sanne de Groot, néerlandaise, j'ai un HBO-bachelor Travail social (4 ans) de la Hogeschool Utrecht, diplômée le 28.06.2025. J'ai déménagé à Rennes pour mon copain.

Je cherche un travail dans l'économie sociale et solidaire, par exemple une association de quartier ou une recyclerie.

Cordialement,
Sanne de Groot""",
        app("Sanne", "de Groot", phone=None, bac=4, grad="2025-06", status="b_nl_hbo_utrecht"),
    )),
    # Feature: mt_from_german_or_dutch — career_change — j'ai travaillé cinq ans comme cuisinier
    # route: German (Austria, Salzburg), Google Translate; an Ausbildung (apprenticeship) as a cook, no higher degree, then five years in a hotel kitchen → application; no higher degree and a career before → fails degree_level and not_career_change → not eligible
    N("mt_from_german_or_dutch", "career_change", "j'ai travaillé cinq ans comme cuisinier", M(
        "Florian Gruber <florian.gruber@example.at>",
        "Changement de métier",
        "05 17:20",
        """Bonjour,

J'ai fait une Ausbildung de trois ans comme cuisinier (examen de fin d'apprentissage 2020), et ensuite j'ai travaillé cinq ans comme cuisinier dans un hôtel à Salzbourg. Je n'ai pas la Matura (c'est comme l'Abitur en Allemagne).

Maintenant je vis à Annecy et je veux changer pour le social, par exemple une cuisine d'insertion. Est-ce que votre programme est pour moi?

Salutations
Florian Gruber""",
        app("Florian", "Gruber", phone=None, bac=0, grad=None, failing=("degree_level", "not_career_change"), status="b_de_ausbildung_koch"),
    )),
    # Feature: mt_from_german_or_dutch — situation — ma pratique au Secours populaire de Mulhouse dure jusqu'à fin novembre
    # ambiguous: the Praktikum ends «fin novembre» with no day, read on 26 November: not_internship stays open
    # route: German (Switzerland, Zurich), DeepL; «pratique» is Praktikum, an internship after a Bachelor of 15.07.2026 → application; internship's end open → to verify
    N("mt_from_german_or_dutch", "situation", "ma pratique au Secours populaire de Mulhouse dure jusqu'à fin novembre", M(
        "Noemi Hürlimann <noemi.huerlimann@example.ch>",
        "Candidature",
        "06 11:02",
        """Bonjour,

Mon Bachelor en Travail social de la ZHAW est terminé au 15.07.2026. En ce moment ma pratique au Secours populaire de Mulhouse dure jusqu'à fin novembre.

Ensuite je cherche un emploi fixe dans une association en Alsace. Merci pour votre réponse.

Noemi Hürlimann""",
        app("Noemi", "Hürlimann", phone=None, bac=3, grad="2026-07", unknown=("not_internship",), status="b_de_praktikum_fin_novembre"),
    )),
    # Feature: mt_from_german_or_dutch — aim — je cherche un travail dans le secteur social-profit
    # route: Dutch (Flanders, Ghent), Google Translate; «social-profit» is the Flemish name of the non-profit sector (associations, care, culture), the master dated 30.06.2025 → application; master of June 2025, an aim in the non-profit sector → eligible
    N("mt_from_german_or_dutch", "aim", "je cherche un travail dans le secteur social-profit", M(
        "Lotte Vercammen <lotte.vercammen@example.be>",
        "Candidature Pro'pulse",
        "07 09:35",
        """Bonjour,

J'ai obtenu mon master en Sociologie à l'Université de Gand le 30.06.2025. Depuis le mois de mai j'habite à Lille.

Je cherche un travail dans le secteur social-profit, de préférence dans une organisation socioculturelle ou une association qui travaille avec les jeunes.

Bien à vous,
Lotte Vercammen""",
        app("Lotte", "Vercammen", phone=None, bac=5, grad="2025-06", status="b_nl_social_profit_gand"),
    )),
    # Feature: mt_from_german_or_dutch — kind — Abwesenheitsnotiz
    # route: German (Switzerland) and its French translation, an automatic absence notice (Auto-Submitted) → auto_reply
    N("mt_from_german_or_dutch", "kind", "Abwesenheitsnotiz", M(
        "Regula Zbinden <regula.zbinden@genossenschaft-exemple.example.ch>",
        "Abwesenheitsnotiz: Votre message / Ihre Nachricht",
        "20 06:30",
        """Abwesenheitsnotiz – Ich bin bis am 04.12.2026 abwesend. In dringenden Fällen wenden Sie sich an info@genossenschaft-exemple.example.ch.

Avis d'absence – Je suis absente jusqu'au 04.12.2026. En cas d'urgence, adressez-vous à info@genossenschaft-exemple.example.ch.

Regula Zbinden
Genossenschaft Wohnen – responsable des places de pratique pour la haute école""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: mt_from_german_or_dutch — kind — nous aimerions échanger avec vous sur l'accompagnement des jeunes diplômés
    # route: German (Switzerland, Basel), DeepL; a housing cooperative proposes an exchange of practices → other
    N("mt_from_german_or_dutch", "kind", "nous aimerions échanger avec vous sur l'accompagnement des jeunes diplômés", M(
        "Beat Schwarzenbach <beat.schwarzenbach@wohnen-basel.example.ch>",
        "Échange de pratiques Bâle – Paris",
        "12 15:10",
        """Bonjour,

Notre coopérative d'habitation à Bâle accueille chaque année des jeunes de la haute école spécialisée en travail social pour leur pratique. Nous aimerions échanger avec vous sur l'accompagnement des jeunes diplômés vers l'économie sociale.

Seriez-vous disponible pour un appel vidéo en janvier? Le texte a été traduit avec DeepL, excusez les erreurs.

Cordiales salutations
Beat Schwarzenbach""",
        other(),
    )),
    # Feature: mt_from_english_to_french — situation — je fais actuellement un internat de six mois chez Emmaüs
    # route: English (Ireland, Cork), Google Translate; «internat» is internship, six months at Emmaüs until April 2027 → application; internship running → fails not_internship → not eligible
    N("mt_from_english_to_french", "situation", "je fais actuellement un internat de six mois chez Emmaüs", M(
        "Aoife Callaghan <aoife.callaghan@example.ie>",
        "Candidature Pro'pulse",
        "02 19:15",
        """Bonjour,

Je suis Aoife, je suis irlandaise et je suis graduée de University College Cork en juin 2026 (BA en études sociales). Je fais actuellement un internat de six mois chez Emmaüs à Paris, jusqu'en avril 2027.

Après l'internat je voudrais trouver un emploi dans une entreprise sociale. Merci pour votre aide!

Aoife Callaghan""",
        app("Aoife", "Callaghan", phone=None, bac=3, grad="2026-06", failing=("not_internship",), status="b_en_fr_internat_emmaus"),
    )),
    # Feature: mt_from_english_to_french — graduation — j'ai éventuellement obtenu mon diplôme en juillet 2026
    # route: English (Australia, Melbourne), DeepL; «éventuellement» is eventually (finally), a Bachelor of Arts obtained in July 2026 → application; bac+3 of July 2026, an aim in a social enterprise → eligible
    N("mt_from_english_to_french", "graduation", "j'ai éventuellement obtenu mon diplôme en juillet 2026", M(
        "Liam O'Sullivan-Hart <liam.osh@example.com.au>",
        "Candidature - Liam",
        "03 07:40",
        """Bonjour l'équipe,

Après une année de pause pour voyager, j'ai éventuellement obtenu mon diplôme en juillet 2026: un Bachelor of Arts, majeure en développement communautaire, Université de Melbourne.

Je suis à Bordeaux avec un visa vacances-travail et je cherche un emploi dans une entreprise sociale ou une coopérative. Merci!

Liam""",
        app("Liam", "O'Sullivan-Hart", phone=None, bac=3, grad="2026-07", status="b_en_fr_eventually_melbourne"),
    )),
    # Feature: mt_from_english_to_french — career_change — j'ai travaillé quatre ans comme agent commercial dans une banque
    # route: English (Nigeria, Lagos), Google Translate; «gradué … avec un baccalauréat» is a bachelor's of 2020, then four years as a bank's sales agent → application; a career before and a degree of 2020 → fails not_career_change and graduation_recent → not eligible
    N("mt_from_english_to_french", "career_change", "j'ai travaillé quatre ans comme agent commercial dans une banque", M(
        "Chinedu Okafor <chinedu.okafor@example.ng>",
        "Demande de programme",
        "04 12:55",
        """Bonjour,

Je suis gradué de l'Université de Lagos avec un baccalauréat en sociologie en 2020. Depuis, j'ai travaillé quatre ans comme agent commercial dans une banque à Lagos, avant de venir à Lille en 2025.

Je veux changer de carrière pour le secteur associatif. Merci de me dire si je suis éligible.

Chinedu Okafor
07 53 40 18 92""",
        app("Chinedu", "Okafor", phone="+33753401892", bac=4, grad="2020", failing=("graduation_recent", "not_career_change"), status="b_en_fr_lagos_banque"),
    )),
    # Feature: mt_from_english_to_french — studies_finished — je suis en ma dernière année de collège
    # route: English (Ireland, Dublin), DeepL; «collège» is the university (Trinity College), the final year running, graduation in June 2027 → application; studies running → fails studies_finished → not eligible
    N("mt_from_english_to_french", "studies_finished", "je suis en ma dernière année de collège", M(
        "Ciarán Brennan <ciaran.brennan@example.ie>",
        "Information pour l'année prochaine",
        "05 21:48",
        """Bonjour,

Je suis en ma dernière année de collège à Trinity à Dublin (sociologie et français), ma graduation est en juin 2027. Je fais un semestre Erasmus à Lyon maintenant.

Je voudrais travailler dans une association en France après. Est-ce que je peux m'inscrire déjà?

Ciarán""",
        app("Ciarán", "Brennan", phone=None, bac="*", grad=None, failing=("studies_finished",), status="b_en_fr_final_year_trinity"),
    )),
    # Feature: mt_from_english_to_french — studies_finished — Actuellement, je n'ai pas encore reçu mon diplôme
    # ambiguous: «actuellement» is «actually» (in fact): the degree's papers not received may mean the results are not out or only the certificate is late; studies_finished stays open
    # route: English (Australia, Brisbane), Google Translate; the exams done in October, «actuellement, je n'ai pas encore reçu mon diplôme» → application; studies open → to verify
    N("mt_from_english_to_french", "studies_finished", "Actuellement, je n'ai pas encore reçu mon diplôme", M(
        "Chloe Whitfield <chloe.whitfield@example.com.au>",
        "Candidature",
        "06 08:22",
        """Bonjour,

J'ai fini mes derniers examens au collège, le Bachelor of Social Work (Université du Queensland) en octobre. Actuellement, je n'ai pas encore reçu mon diplôme, la cérémonie de graduation est en décembre.

Je cherche un emploi dans une association qui travaille avec les familles. Merci beaucoup.

Chloe Whitfield""",
        app("Chloe", "Whitfield", phone=None, bac=4, grad=None, unknown=("studies_finished",), status="b_en_fr_actually_not_received"),
    )),
    # Feature: mt_from_english_to_french — aim — je cherche un emploi dans une organisation à but non lucratif
    # route: English (Nigeria, Abuja), DeepL; a «majeure en travail social» of November 2025, the search in a non-profit → application; bac+4 of November 2025, a non-profit aim → eligible
    N("mt_from_english_to_french", "aim", "je cherche un emploi dans une organisation à but non lucratif", M(
        "Ngozi Eze <ngozi.eze@example.com>",
        "Candidature au programme",
        "07 16:30",
        """Bonjour,

J'ai terminé mon diplôme de l'Université d'Abuja en novembre 2025, majeure en travail social et mineure en gestion. Je suis à Paris depuis mars avec ma sœur.

Je cherche un emploi dans une organisation à but non lucratif, par exemple l'aide aux femmes ou l'éducation. Merci de votre temps.

Ngozi Eze""",
        app("Ngozi", "Eze", phone=None, bac=4, grad="2025-11", status="b_en_fr_abuja_non_lucratif"),
    )),
    # Feature: mt_from_english_to_french — kind — est-ce que les non-Européens sont éventuellement acceptés
    # route: English (Ireland), DeepL; a question about who may join, no fact of the writer → question
    N("mt_from_english_to_french", "kind", "est-ce que les non-Européens sont éventuellement acceptés", M(
        "Siobhan Keane <siobhan.keane@example.ie>",
        "Question sur le programme",
        "10 10:10",
        """Bonjour,

J'ai une petite question pour une amie: est-ce que les non-Européens sont éventuellement acceptés dans le programme, ou il faut un passeport européen? Et est-ce que le collège doit être en France?

Merci!
Siobhan""",
        question(),
    )),
    # Feature: mt_from_english_to_french — kind — je vous envoie éventuellement le formulaire signé
    # route: English (Australia), Google Translate; an answer in our thread (In-Reply-To our Message-ID) → reply
    N("mt_from_english_to_french", "kind", "je vous envoie éventuellement le formulaire signé", M(
        "Liam O'Sullivan-Hart <liam.osh@example.com.au>",
        "Re: Votre inscription à Pro'pulse",
        "21 18:05",
        """Bonjour,

Merci beaucoup pour votre réponse rapide. Je vous envoie éventuellement le formulaire signé, mon imprimante ne marche pas aujourd'hui.

Liam""",
        reply(),
        headers={"In-Reply-To": "<inscription-2611.lo@animafac.net>", "References": "<inscription-2611.lo@animafac.net>"},
    )),
    # Feature: mt_from_other — level — licencjat (études de premier degré) en pédagogie sociale
    # route: Polish (Warsaw), DeepL; the licencjat is a three-year first-cycle degree, obtained in June 2026 → application; bac+3 of June 2026, an aim in an association → eligible
    N("mt_from_other", "level", "licencjat (études de premier degré) en pédagogie sociale", M(
        "Zofia Wiśniewska <zofia.wisniewska@example.pl>",
        "Candidature Pro'pulse",
        "02 13:13",
        """Bonjour,

J'ai obtenu le licencjat (études de premier degré) en pédagogie sociale à l'Université de Varsovie en juin 2026. Je suis arrivée à Toulouse en septembre.

Je cherche un travail dans une association d'éducation ou d'animation pour les enfants. Merci d'avance.

Zofia Wiśniewska""",
        app("Zofia", "Wiśniewska", phone=None, bac=3, grad="2026-06", status="b_pl_licencjat_varsovie"),
    )),
    # Feature: mt_from_other — career_change — j'ai travaillé sept ans comme psychologue scolaire
    # route: Russian (Novosibirsk), Yandex Translate; a «spécialiste» diploma of five years in 2017, then seven years as a school psychologist → application; a career before and a degree of 2017 → fails not_career_change and graduation_recent → not eligible
    N("mt_from_other", "career_change", "j'ai travaillé sept ans comme psychologue scolaire", M(
        "Ekaterina Volkova <e.volkova@example.ru>",
        "Demande",
        "03 15:27",
        """Bonjour,

J'ai le diplôme de spécialiste en psychologie (5 ans) de l'Université de Novossibirsk, 2017. Après j'ai travaillé sept ans comme psychologue scolaire dans une école.

Maintenant je suis à Paris et je veux commencer une nouvelle vie professionnelle dans une association. Merci.

Ekaterina Volkova""",
        app("Ekaterina", "Volkova", phone=None, bac=5, grad="2017", failing=("graduation_recent", "not_career_change"), status="b_ru_specialiste_psychologue"),
    )),
    # Feature: mt_from_other — graduation — diplômée au mois de Khordad 1404
    # route: Persian (Iran, Shiraz), Google Translate; the kārshenāsi (a four-year bachelor's) dated by the solar calendar, Khordad 1404 = May–June 2025 → application; bac+4 of June 2025, an aim in an association → eligible
    N("mt_from_other", "graduation", "diplômée au mois de Khordad 1404", M(
        "Parisa Karimi <parisa.karimi@example.com>",
        "Candidature",
        "04 20:44",
        """Bonjour,

J'ai la licence (kārshenāsi, 4 ans) en sciences sociales de l'Université de Chiraz, diplômée au mois de Khordad 1404. Je suis à Grenoble avec mon mari qui fait un doctorat.

Je cherche un emploi dans une association pour les femmes ou les migrants. Merci beaucoup.

Parisa Karimi""",
        app("Parisa", "Karimi", phone=None, bac=4, grad="2025-06", status="b_fa_khordad_1404"),
    )),
    # Feature: mt_from_other — aim — Je voudrais trouver un travail en France
    # route: Chinese (Shanghai), Baidu Translate; a master (shuoshi, bac+5) of 2026年6月, the search with no sector named → application; aim open → to verify
    N("mt_from_other", "aim", "Je voudrais trouver un travail en France", M(
        "Wang Xiaoyu <wang.xiaoyu@example.cn>",
        "Demande d'information",
        "05 09:50",
        """Bonjour,

Je suis diplômée du master (shuoshi) de l'Université Fudan en 2026年6月, spécialité gestion publique. Je voudrais trouver un travail en France, à Paris si possible.

Merci de m'envoyer les informations.
Wang Xiaoyu""",
        app("Xiaoyu", "Wang", phone=None, bac=5, grad="2026-06", unknown=("job_seeking_ess",), status="b_zh_shuoshi_fudan"),
    )),
    # Feature: mt_from_other — aim — un poste dans une banque ou une entreprise d'import-export
    # route: Turkish (Izmir), Google Translate; an önlisans (two-year associate degree, below the four-year lisans) of June 2025, the search in a bank or a trading firm → application; no ESS aim → fails job_seeking_ess → not eligible
    N("mt_from_other", "aim", "un poste dans une banque ou une entreprise d'import-export", M(
        "Emre Yıldız <emre.yildiz@example.com.tr>",
        "Candidature",
        "06 18:18",
        """Bonjour,

J'ai le diplôme önlisans (2 ans, pas le lisans complet) en comptabilité de l'Université Ege, juin 2025. Je vis à Strasbourg chez mon oncle.

Je cherche un poste dans une banque ou une entreprise d'import-export, à cause de mon expérience en comptabilité. Merci.

Emre Yıldız""",
        app("Emre", "Yıldız", phone=None, bac=2, grad="2025-06", failing=("job_seeking_ess",), status="b_tr_onlisans_banque"),
    )),
    # Feature: mt_from_other — situation — volontaire du Corps européen de solidarité jusqu'à fin novembre
    # ambiguous: a European Solidarity Corps mission (a civic service) ending «fin novembre» with no day, read on 26 November: not_service_civique stays open
    # route: Greek (Thessaloniki), DeepL; a ptychio (bachelor's of four years) of July 2025, a mission ending late November → application; civic service's end open → to verify
    N("mt_from_other", "situation", "volontaire du Corps européen de solidarité jusqu'à fin novembre", M(
        "Eleni Papadopoulou <eleni.papadopoulou@example.gr>",
        "Candidature",
        "07 11:41",
        """Bonjour,

J'ai le ptychio (diplôme de 4 ans) en psychologie de l'Université Aristote de Thessalonique, juillet 2025. Je suis volontaire du Corps européen de solidarité jusqu'à fin novembre dans une association à Marseille.

Après je veux rester et travailler dans une association d'accueil des réfugiés. Merci.

Eleni Papadopoulou""",
        app("Eleni", "Papadopoulou", phone=None, bac=4, grad="2025-07", unknown=("not_service_civique",), status="b_el_ces_fin_novembre"),
    )),
    # Feature: mt_from_other — kind — combien de temps dure le programme et est-ce que c'est gratuit
    # route: Polish, DeepL; a question about duration and cost, no fact of the writer → question
    N("mt_from_other", "kind", "combien de temps dure le programme et est-ce que c'est gratuit", M(
        "Tomasz Zieliński <tomasz.zielinski@example.pl>",
        "Question",
        "11 12:00",
        """Bonjour,

Je voudrais savoir combien de temps dure le programme et est-ce que c'est gratuit. Est-ce qu'un diplôme polonais (licencjat ou magister) est accepté sans traduction?

Cordialement,
Tomasz Zieliński""",
        question(),
    )),
    # Feature: mt_from_other — kind — Сообщение не доставлено
    # route: Russian mail server, its report in Russian with a machine French line; our mail to an applicant returned (multipart/report) → bounce
    N("mt_from_other", "kind", "Сообщение не доставлено", M(
        "mailer-daemon@mail.example.ru",
        "Сообщение не доставлено / Message non délivré",
        "18 03:12",
        """Сообщение не доставлено. Адрес получателя не найден: irina.sokolova@mail.example.ru

Message non délivré. L'adresse du destinataire est introuvable (traduit automatiquement).""",
        bounce("irina.sokolova@mail.example.ru"),
        bounce="Reporting-MTA: dns; mx.mail.example.ru\n\nFinal-Recipient: rfc822; irina.sokolova@mail.example.ru\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 user not found",
    )),
    # Feature: mt_from_other — kind — Notre association turque de Strasbourg organise une journée de l'emploi
    # route: Turkish (an association in Strasbourg), Google Translate; an announcement of a job day for partners → other
    N("mt_from_other", "kind", "Notre association turque de Strasbourg organise une journée de l'emploi", M(
        "Anadolu Dayanışma Derneği <iletisim@anadolu-dayanisma.example.org>",
        "Journée de l'emploi – invitation aux partenaires",
        "13 14:22",
        """Bonjour chers partenaires,

Notre association turque de Strasbourg organise une journée de l'emploi le 16 janvier 2027 pour les jeunes de la communauté: diplômés du lisans, apprentis, demandeurs d'emploi. Voulez-vous tenir un stand?

Avec nos salutations,
Le bureau""",
        other(),
    )),
]
