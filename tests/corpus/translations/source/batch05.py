"""Translations corpus, batch 05 (writer B): mt_from_spanish (Argentina, Chile, Venezuela, Ecuador: «carrière»,
«pratiques professionnelles», «baccalauréat» from bachillerato, «égressée», «technicienne supérieure»,
«grade de bachelier», «je me suis reçu»; a question about age, a diaspora association's invitation),
mt_from_portuguese (Angola, Cabo Verde, Brazil, Portugal: «étape curriculaire», «formature» after the TCC, a TCC
still to defend, «faculté», a «post-graduation» running, a lawyer's eight years; a reply in our thread, a bilingual auto-reply),
mt_from_arabic (Tunisia, Egypt, Syria: «l'année universitaire 2023/2024», «baccalauréat» from bakalorios =
a bachelor's, «technicien supérieur» dated 2025/09/14, a PFE running, «il y a deux ans»; a question, a
newsletter)."""
# ruff: noqa: E501

from __future__ import annotations

from kit import M, app, auto_reply, newsletter, other, question, reply
from translations import N

MESSAGES = [
    # Feature: mt_from_spanish — studies_finished — j'ai terminé la carrière de Licence en Travail Social
    # route: Spanish (Argentina), DeepL; «terminé la carrière» is terminé la carrera (the studies), a licenciatura of five years in March 2026 → application; studies finished March 2026, an aim in a cooperative → eligible
    N("mt_from_spanish", "studies_finished", "j'ai terminé la carrière de Licence en Travail Social", M(
        "Valentina Quiroga <valentina.quiroga@example.com.ar>",
        "Candidature au programme Pro'pulse",
        "02 14:20",
        """Bonjour,

Je m'appelle Valentina Quiroga, j'ai 25 ans et je suis argentine, de Córdoba. En mars 2026 j'ai terminé la carrière de Licence en Travail Social à l'Université Nationale de Córdoba (5 ans). Depuis août je vis à Toulouse avec mon compagnon.

Je cherche un travail dans une coopérative ou une association du secteur social, en Argentine j'ai participé beaucoup avec les coopératives de logement et j'aimerais continuer ici.

Je vous remercie d'avance pour votre réponse.
Cordialement,
Valentina Quiroga""",
        app("Valentina", "Quiroga", phone=None, bac=5, grad="2026-03", status="b_es_carrera_terminee_cordoba"),
    )),
    # Feature: mt_from_spanish — situation — je réalise mes pratiques professionnelles dans la Fondation
    # route: Spanish (Chile), Google Translate; «pratiques professionnelles» is prácticas profesionales, an internship running until March 2027 after a degree of December 2025 → application; internship running → fails not_internship → not eligible
    N("mt_from_spanish", "situation", "je réalise mes pratiques professionnelles dans la Fondation", M(
        "Catalina Muñoz Sepúlveda <catalina.munoz.s@example.cl>",
        "Postulation Pro'pulse",
        "03 09:41",
        """Bonjour

Je suis Catalina, sociologue titulée de l'Université de Valparaíso en décembre 2025. Actuellement je réalise mes pratiques professionnelles dans la Fondation Techo à Lyon, jusqu'au mois de mars 2027, c'est une convention avec mon ancienne université.

Après je voudrais rester en France et travailler dans une ONG ou une association. Est-ce possible de postuler au programme?

Merci beaucoup
Catalina Muñoz S.""",
        app("Catalina", "Muñoz Sepúlveda", phone=None, bac=5, grad="2025-12", failing=("not_internship",), status="b_es_practicas_fundacion"),
    )),
    # Feature: mt_from_spanish — level — j'ai seulement le baccalauréat en sciences
    # route: Spanish (Venezuela), phone translator; «baccalauréat en sciences» is the bachillerato, high school, and a cooking course → application; no higher degree → fails degree_level → not eligible
    N("mt_from_spanish", "level", "j'ai seulement le baccalauréat en sciences", M(
        "Yorman Rivas <yorman.rivas88@example.com>",
        "Travail dans l'économie solidaire",
        "04 21:05",
        """Bonsoir madame monsieur

Je suis vénézuélien, je suis à Montpellier depuis 2024 avec la protection internationale. Au Venezuela j'ai seulement le baccalauréat en sciences du Lycée Andrés Bello de Maracay (2019) et un cours de cuisine de 6 mois.

Je cherche un travail dans une association ou un restaurant solidaire, je suis travailleur et responsable.

Merci pour votre attention
Yorman Rivas
07 66 12 40 93""",
        app("Yorman", "Rivas", phone="+33766124093", bac=0, grad=None, failing=("degree_level",), status="b_es_bachillerato_ciencias"),
    )),
    # Feature: mt_from_spanish — career_change — j'ai travaillé six ans comme analyste de crédit
    # route: Spanish (Ecuador), DeepL; «égressée de la carrière» is egresada de la carrera (graduated in 2019), then six years as a credit analyst in a bank before the move → application; a career before and a degree of 2019 → fails not_career_change and graduation_recent → not eligible
    N("mt_from_spanish", "career_change", "j'ai travaillé six ans comme analyste de crédit", M(
        "María José Zambrano <mjzambrano@example.ec>",
        "Demande d'information et candidature",
        "05 11:33",
        """Bonjour,

Je suis égressée de la carrière d'Ingénierie Commerciale de l'Université Catholique de Guayaquil en 2019. Ensuite j'ai travaillé six ans comme analyste de crédit dans la Banque del Pacífico, jusqu'à mon arrivée à Grenoble en janvier 2026.

Maintenant je veux changer de secteur complètement et travailler dans la microfinance solidaire ou une coopérative d'épargne. Je pense que mon expérience peut servir.

Salutations cordiales,
María José Zambrano""",
        app("María José", "Zambrano", phone=None, bac=5, grad="2019", failing=("graduation_recent", "not_career_change"), status="b_es_egresada_banco"),
    )),
    # Feature: mt_from_spanish — level — technicienne supérieure en Gestion d'Organisations Sociales
    # route: Spanish (Argentina), Google Translate; «technicienne supérieure» is a tecnicatura superior of three years, titled on 12/08/2025 (day first) → application; bac+3 of August 2025, an aim in the social economy → eligible
    N("mt_from_spanish", "level", "technicienne supérieure en Gestion d'Organisations Sociales", M(
        "Florencia Paz <florpaz.ok@example.com>",
        "Candidature - Florencia Paz",
        "06 16:50",
        """Bonjour,

Je suis titulée comme technicienne supérieure en Gestion d'Organisations Sociales (carrière de 3 ans, Institut Supérieur de Rosario), le titre est du 12/08/2025.

Je suis arrivée en France il y a quatre mois et je cherche mon premier travail dans l'économie sociale, les coopératives et les mutuelles ici m'intéressent beaucoup.

Merci et bonne journée
Florencia Paz
+33 6 51 88 20 17""",
        app("Florencia", "Paz", phone="+33651882017", bac=3, grad="2025-08", status="b_es_tecnicatura_rosario"),
    )),
    # Feature: mt_from_spanish — level — j'ai le grade de bachelier en Sciences Sociales
    # ambiguous: «grade de bachelier» renders the Chilean grado de bachiller, a two-year university cycle — or a high-school bachillerato: degree_level stays open
    # route: Spanish (Chile), DeepL; the level sits in «grade de bachelier», dated July 2026 → application; level open → to verify
    N("mt_from_spanish", "level", "j'ai le grade de bachelier en Sciences Sociales", M(
        "Ignacio Fuentealba <ignacio.fuentealba@example.cl>",
        "Postulation",
        "07 10:12",
        """Bonjour,

J'ai le grade de bachelier en Sciences Sociales de l'Université de Santiago, obtenu en juillet 2026. Je suis à Paris pour un an avec un visa vacances-travail.

Je voudrais trouver un emploi dans une association d'éducation populaire ou un tiers-lieu. Merci de me dire si je peux participer.

Ignacio Fuentealba""",
        app("Ignacio", "Fuentealba", phone=None, bac="*", grad="2026-07", unknown=("degree_level",), status="b_es_grado_bachiller_chile"),
    )),
    # Feature: mt_from_spanish — graduation — je me suis reçu de Professeur d'Histoire
    # route: Spanish (Argentina), Google Translate; «je me suis reçu» is me recibí (I graduated), a four-year teaching degree, no date given → application; date open → to verify
    N("mt_from_spanish", "graduation", "je me suis reçu de Professeur d'Histoire", M(
        "Joaquín Ledesma <joaquin.ledesma@example.com.ar>",
        "Programme Pro'pulse",
        "08 19:27",
        """Bonjour à tous,

Je me suis reçu de Professeur d'Histoire à l'Institut Joaquín V. González de Buenos Aires (carrière de 4 ans). Je vis à Marseille maintenant et mon titre n'est pas reconnu pour enseigner ici.

Je cherche un travail dans une association d'éducation populaire ou d'alphabétisation.

Un salut,
Joaquín""",
        app("Joaquín", "Ledesma", phone=None, bac=4, grad=None, unknown=("graduation_recent",), status="b_es_me_recibi_profesor"),
    )),
    # Feature: mt_from_spanish — kind — le programme a une limite d'âge
    # route: Spanish (Argentina), DeepL; a question about the age limit and the papers, no fact of the writer → question
    N("mt_from_spanish", "kind", "le programme a une limite d'âge", M(
        "Martina Oviedo <martinaoviedo@example.com>",
        "Consultation",
        "09 13:02",
        """Bonjour,

Je vous consulte: est-ce que le programme a une limite d'âge? Il faut avoir terminé la carrière depuis combien de temps? Et il faut avoir les papiers déjà homologués ou on peut commencer avec la demande en trámite?

Merci beaucoup pour votre attention.
Martina""",
        question(),
    )),
    # Feature: mt_from_spanish — kind — Nous avons le plaisir de vous inviter à la Rencontre des Vénézuéliens
    # route: Spanish (Venezuela), DeepL; a diaspora association invites partners to a meeting → other
    N("mt_from_spanish", "kind", "Nous avons le plaisir de vous inviter à la Rencontre des Vénézuéliens", M(
        "Asociación Venezolanos en Francia <contacto@venezolanos-francia.example.org>",
        "Invitation: Rencontre des Vénézuéliens entrepreneurs 2026",
        "10 08:15",
        """Chers amis de Animafac,

Nous avons le plaisir de vous inviter à la Rencontre des Vénézuéliens entrepreneurs et solidaires, le samedi 12 décembre à la Maison de l'Amérique latine. Il y aura des tables de conversation sur l'emploi, l'homologation des titres (licence en droit, en psychologie, en éducation…) et les coopératives.

Si vous voulez présenter votre programme pendant 10 minutes, écrivez-nous. Le programme complet est en pièce attachée à la prochaine communication.

Avec affection,
Comité organisateur""",
        other(),
    )),
    # Feature: mt_from_portuguese — situation — je suis en étape curriculaire à la Croix-Rouge
    # route: Portuguese (Angola), Google Translate; «étape curriculaire» is estágio curricular, an internship running until 20 December, the licenciatura not closed before it → application; internship running, studies not finished → fails not_internship and studies_finished → not eligible
    N("mt_from_portuguese", "situation", "je suis en étape curriculaire à la Croix-Rouge", M(
        "Edmilson Kiala <edmilson.kiala@example.ao>",
        "Inscription programme",
        "02 18:44",
        """Bonjour,

Mon nom est Edmilson Kiala, angolais, étudiant de la licenciature en Sociologie de l'Université Agostinho Neto en mobilité à Bordeaux. En ce moment je suis en étape curriculaire à la Croix-Rouge de Bordeaux jusqu'au 20 décembre, c'est la dernière partie du cours.

Je veux travailler dans l'humanitaire ou une association après. Merci.

Edmilson Kiala""",
        app("Edmilson", "Kiala", phone=None, bac="*", grad=None, failing=("studies_finished", "not_internship"), status="b_pt_estagio_curricular_cruz"),
    )),
    # Feature: mt_from_portuguese — graduation — j'ai défendu le TCC en juillet 2026
    # route: Portuguese (Cabo Verde), DeepL; the «formature» of 15 November is the ceremony, the course ended with the TCC defended in July 2026 → application; licenciatura of July 2026, an aim in an association → eligible
    N("mt_from_portuguese", "graduation", "j'ai défendu le TCC en juillet 2026", M(
        "Djamila Fortes <djamila.fortes@example.cv>",
        "Candidature Pro'pulse - Djamila Fortes",
        "03 20:30",
        """Bonjour,

Ma formature a eu lieu le 15 novembre à Praia (je n'ai pas pu y aller), mais le cours est terminé depuis l'été: j'ai défendu le TCC en juillet 2026 (licenciature en Sciences de l'Éducation, 4 ans, Université du Cap-Vert).

Je suis venue à Paris rejoindre ma tante et je cherche un emploi dans une association d'accompagnement des familles ou d'éducation.

Merci pour votre attention,
Djamila Fortes""",
        app("Djamila", "Fortes", phone=None, bac=4, grad="2026-07", status="b_pt_formatura_tcc_praia"),
    )),
    # Feature: mt_from_portuguese — studies_finished — je suis encore en train de faire le TCC
    # route: Portuguese (Brazil, Recife), phone translator; the final thesis still being written, the defence planned for March 2027 → application; studies running → fails studies_finished → not eligible
    N("mt_from_portuguese", "studies_finished", "je suis encore en train de faire le TCC", M(
        "Thaís Albuquerque <thais.albuquerque@example.com.br>",
        "Oi! Programme pour jeunes diplômés",
        "04 12:03",
        """Bonjour!

Je m'appelle Thaís, je suis de Recife et je fais la faculté de Service Social à l'UFPE. Toutes les disciplines sont finies mais je suis encore en train de faire le TCC, la défense est prévue pour mars 2027.

Je suis en France pour six mois et je voudrais déjà connaître le programme pour travailler dans une association après. Beijos et merci!

Thaís""",
        app("Thaís", "Albuquerque", phone=None, bac="*", grad=None, failing=("studies_finished",), status="b_pt_tcc_em_andamento"),
    )),
    # Feature: mt_from_portuguese — level — licence en Éducation Sociale, terminée en juillet 2025
    # route: Portuguese (Portugal, Porto), DeepL; a Bologna licenciatura of three years at the «faculté» of a polytechnic, finished July 2025 → application; bac+3 of July 2025, an aim in the ESS → eligible
    N("mt_from_portuguese", "level", "licence en Éducation Sociale, terminée en juillet 2025", M(
        "Rui Magalhães <rui.magalhaes@example.pt>",
        "Candidature",
        "05 09:58",
        """Bonjour,

Je suis Rui Magalhães, 23 ans, de Porto. J'ai fait la licence en Éducation Sociale, terminée en juillet 2025, à l'École Supérieure d'Éducation (Institut Polytechnique de Porto), 3 ans, et j'ai fait l'étape finale dans une IPSS avec des personnes âgées.

Je vis à Lyon depuis mars et je cherche un poste d'animateur ou d'éducateur dans une association ou une coopérative. Je parle français, portugais et espagnol.

Cordialement
Rui Magalhães
06 12 70 33 58""",
        app("Rui", "Magalhães", phone="+33612703358", bac=3, grad="2025-07", status="b_pt_licenciatura_porto"),
    )),
    # Feature: mt_from_portuguese — career_change — j'ai exercé comme avocate pendant huit ans
    # route: Portuguese (Brazil, Belo Horizonte), DeepL; the faculté de Droit concluded in 2016, then eight years as a lawyer → application; a career before and a degree of 2016 → fails not_career_change and graduation_recent → not eligible
    N("mt_from_portuguese", "career_change", "j'ai exercé comme avocate pendant huit ans", M(
        "Luciana Drummond <luciana.drummond@example.com.br>",
        "Reconversion vers l'ESS",
        "06 22:11",
        """Bonsoir,

J'ai fait la faculté de Droit à la PUC Minas, conclue en 2016, et j'ai exercé comme avocate pendant huit ans dans un cabinet de droit des affaires à Belo Horizonte.

Depuis mon arrivée à Nantes, j'ai envie de me réorienter vers les associations de défense des droits des étrangers. Votre programme peut-il m'aider?

Merci d'avance,
Luciana Drummond""",
        app("Luciana", "Drummond", phone=None, bac=5, grad="2016", failing=("graduation_recent", "not_career_change"), status="b_pt_advogada_oito_anos"),
    )),
    # Feature: mt_from_portuguese — studies_finished — je fais une post-graduation lato sensu en Gestion de Projets Sociaux
    # ambiguous: a bachelor's closed in December 2025 and a part-time lato sensu «post-graduation» running at a distance: whether studies count as finished stays open
    # route: Portuguese (Brazil, Salvador), Google Translate; the «cours supérieur» done, the post-graduation running → application; studies open → to verify
    N("mt_from_portuguese", "studies_finished", "je fais une post-graduation lato sensu en Gestion de Projets Sociaux", M(
        "Caio Nascimento <caio.nascimento@example.com.br>",
        "Candidature Pro'pulse",
        "07 15:46",
        """Bonjour,

J'ai conclu le cours supérieur en Administration à l'UFBA en décembre 2025. En ce moment je fais une post-graduation lato sensu en Gestion de Projets Sociaux, à distance, le soir.

Je suis à Paris avec ma femme qui fait son doctorat et je cherche un emploi dans une association ou une entreprise sociale.

Cordialement,
Caio Nascimento""",
        app("Caio", "Nascimento", phone=None, bac=4, grad="2025-12", unknown=("studies_finished",), status="b_pt_pos_graduacao_ead"),
    )),
    # Feature: mt_from_portuguese — kind — je confirme ma présence à l'atelier de mardi
    # route: Portuguese (Cabo Verde), phone translator; a short answer in our thread (In-Reply-To our Message-ID) → reply
    N("mt_from_portuguese", "kind", "je confirme ma présence à l'atelier de mardi", M(
        "Nélida Semedo <nelida.semedo@example.cv>",
        "RE: Atelier collectif du mardi 1er décembre",
        "24 17:30",
        """Bonjour,

Obrigada, je confirme ma présence à l'atelier de mardi, c'est la première étape pour moi. Je vais avec une amie qui m'aide pour la traduction, si c'est possible.

Nélida""",
        reply(),
        headers={"In-Reply-To": "<atelier-0112.ns@animafac.net>", "References": "<atelier-0112.ns@animafac.net>"},
    )),
    # Feature: mt_from_portuguese — kind — Estou fora do escritório
    # route: Portuguese (Portugal) and its French translation by the mail client, an automatic absence notice (Auto-Submitted) → auto_reply
    N("mt_from_portuguese", "kind", "Estou fora do escritório", M(
        "Inês Carvalho <ines.carvalho@associacao-exemplo.example.pt>",
        "Resposta automática: Je suis hors du bureau / Estou fora do escritório",
        "25 08:00",
        """Estou fora do escritório até 7 de dezembro, com acesso limitado ao correio eletrónico.

Je suis hors du bureau jusqu'au 7 décembre, avec un accès limité au courrier électronique. (texte traduit automatiquement)

Inês Carvalho
Faculté de Psychologie et des Sciences de l'Éducation – Université de Porto""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: mt_from_arabic — graduation — durant l'année universitaire 2023/2024
    # route: Arabic (Tunisia, Sfax), Google Translate; the licence obtained in the academic year 2023/2024, which ends in June 2024 → application; licence of mid-2024, more than 24 months → fails graduation_recent → not eligible
    N("mt_from_arabic", "graduation", "durant l'année universitaire 2023/2024", M(
        "Yassine Ben Amor <yassine.benamor@example.tn>",
        "Demande de participation au programme",
        "02 07:49",
        """Monsieur le respectable directeur du programme,

Que la paix soit sur vous. J'ai l'honneur de vous présenter ma demande. J'ai eu la licence appliquée en gestion avec mention assez bien durant l'année universitaire 2023/2024 de l'Institut Supérieur de Gestion de Sfax.

Je réside à Marseille et je cherche un travail dans une association ou une mutuelle.

Veuillez agréer mes salutations respectueuses.
Yassine Ben Amor""",
        app("Yassine", "Ben Amor", phone=None, bac=3, grad="2024-06", failing=("graduation_recent",), status="b_ar_licence_appliquee_2023_2024"),
    )),
    # Feature: mt_from_arabic — level — j'ai obtenu le baccalauréat de service social de l'Université de Helwan
    # route: Arabic (Egypt), Google Translate; «baccalauréat» renders bakalorios, a four-year bachelor's, in 2025 → application; bac+4 of 2025, an aim in an association → eligible
    N("mt_from_arabic", "level", "j'ai obtenu le baccalauréat de service social de l'Université de Helwan", M(
        "Mariam Abdelaziz <mariam.abdelaziz@example.eg>",
        "Candidature pour le programme",
        "03 11:18",
        """Bonjour et que Dieu vous garde,

Je suis Mariam Abdelaziz, égyptienne, j'ai obtenu le baccalauréat de service social de l'Université de Helwan en 2025 après quatre années d'études. Je suis venue en France avec mon mari en avril.

Je souhaite travailler dans une association qui aide les femmes et les familles migrantes.

Merci beaucoup pour votre aide.
Mariam""",
        app("Mariam", "Abdelaziz", phone=None, bac=4, grad="2025", status="b_ar_bakalorios_helwan"),
    )),
    # Feature: mt_from_arabic — level — diplôme de technicien supérieur en comptabilité
    # route: Arabic (Syria), DeepL; a two-year intermediate institute's «technicien supérieur», dated 2025/09/14 (year first) → application; bac+2 of September 2025, an aim in a cooperative → eligible
    N("mt_from_arabic", "level", "diplôme de technicien supérieur en comptabilité", M(
        "Omar Haddad <omar.haddad.sy@example.com>",
        "Demande",
        "04 16:37",
        """Bonjour,

J'ai le diplôme de technicien supérieur en comptabilité de l'Institut intermédiaire de commerce de Homs (deux ans après le bac), obtenu le 2025/09/14. Je suis réfugié à Lyon et je cherche un travail de comptable dans une coopérative ou une association.

Merci à vous,
Omar Haddad
07 45 90 21 66""",
        app("Omar", "Haddad", phone="+33745902166", bac=2, grad="2025-09", status="b_ar_technicien_superieur_homs"),
    )),
    # Feature: mt_from_arabic — situation — je suis actuellement en stage de fin d'études (PFE)
    # route: Arabic (Tunisia, Sousse), DeepL; the end-of-studies internship running until 2026/12/31, the engineering degree not yet closed → application; internship running and studies not finished → fails not_internship and studies_finished → not eligible
    N("mt_from_arabic", "situation", "je suis actuellement en stage de fin d'études (PFE)", M(
        "Rania Trabelsi <rania.trabelsi@example.tn>",
        "Candidature",
        "05 13:25",
        """Bonjour Monsieur, Madame,

Je suis actuellement en stage de fin d'études (PFE) à la municipalité de Sousse, dans le cadre du cycle ingénieur en génie civil, jusqu'au 2026/12/31. Ensuite je vais rejoindre mon frère à Paris.

Je voudrais savoir si je peux m'inscrire pour chercher un travail dans l'habitat social ou les associations. Que Dieu vous récompense.

Rania Trabelsi""",
        app("Rania", "Trabelsi", phone=None, bac="*", grad=None, failing=("studies_finished", "not_internship"), status="b_ar_pfe_sousse"),
    )),
    # Feature: mt_from_arabic — graduation — Je suis diplômé de l'Université d'Alep, faculté des lettres, il y a deux ans
    # ambiguous: «il y a deux ans» with no month, read in late November 2026, falls on the 24-month limit: graduation_recent stays open
    # route: Arabic (Syria), phone translator; the degree's date only in «il y a deux ans» → application; date open → to verify
    N("mt_from_arabic", "graduation", "Je suis diplômé de l'Université d'Alep, faculté des lettres, il y a deux ans", M(
        "Khaled Al-Hamwi <khaled.alhamwi@example.com>",
        "Je veux participer",
        "06 20:02",
        """Bonjour à vous,

Je suis diplômé de l'Université d'Alep, faculté des lettres, il y a deux ans, licence de langue anglaise (4 ans). Maintenant je suis à Strasbourg avec ma famille, j'ai le statut de réfugié.

Je veux travailler dans une association d'aide aux réfugiés, comme traducteur ou accompagnateur. Que Dieu vous bénisse.

Khaled""",
        app("Khaled", "Al-Hamwi", phone=None, bac=4, grad=None, unknown=("graduation_recent",), status="b_ar_alep_il_y_a_deux_ans"),
    )),
    # Feature: mt_from_arabic — aim — je cherche un travail dans le domaine du tourisme et des hôtels
    # route: Arabic (Egypt, Alexandria), Google Translate; a licence of 2025/06/20, the search aimed at tourism and hotels → application; no ESS aim → fails job_seeking_ess → not eligible
    N("mt_from_arabic", "aim", "je cherche un travail dans le domaine du tourisme et des hôtels", M(
        "Youssef Mansour <youssef.mansour@example.eg>",
        "Programme emploi",
        "07 09:09",
        """Bonjour,

J'ai eu la licence de la Faculté des Langues (Al-Alsun) avec mention très bien le 2025/06/20, section française. Je suis à Nice maintenant et je cherche un travail dans le domaine du tourisme et des hôtels, réception ou guide.

Merci et respect,
Youssef Mansour""",
        app("Youssef", "Mansour", phone=None, bac=4, grad="2025-06", failing=("job_seeking_ess",), status="b_ar_alsun_tourisme"),
    )),
    # Feature: mt_from_arabic — kind — est-ce que le programme est ouvert aux personnes qui habitent en dehors de Paris
    # route: Arabic (Tunisia), Google Translate; an honorific and a question about where the programme runs, no fact of the writer → question
    N("mt_from_arabic", "kind", "est-ce que le programme est ouvert aux personnes qui habitent en dehors de Paris", M(
        "Hela Jaziri <hela.jaziri@example.tn>",
        "Question",
        "08 18:40",
        """Monsieur le respectable responsable,

Je voudrais demander est-ce que le programme est ouvert aux personnes qui habitent en dehors de Paris, et si les ateliers sont en ligne ou en présence?

Avec tous mes remerciements et mon respect.
Hela Jaziri""",
        question(),
    )),
    # Feature: mt_from_arabic — kind — Lettre mensuelle de l'Association franco-égyptienne
    # route: Arabic (Egypt), a diaspora association's monthly letter translated by machine (List-Unsubscribe, Precedence: bulk) → newsletter
    N("mt_from_arabic", "kind", "Lettre mensuelle de l'Association franco-égyptienne", M(
        "Association Nil et Seine <lettre@nil-et-seine.example.org>",
        "Lettre mensuelle de l'Association franco-égyptienne – novembre 2026",
        "15 07:00",
        """Lettre mensuelle de l'Association franco-égyptienne Nil et Seine – novembre 2026
(traduit de l'arabe)

Chers membres et amis, que la paix soit sur vous et que Dieu vous garde.

Ce mois: le cours de langue française du samedi recommence le 5 décembre; la permanence juridique du mardi est déplacée au jeudi; nous cherchons des bénévoles pour la collecte de vêtements d'hiver.

Merci à tous ceux qui ont participé à la soirée culturelle du 7 novembre.

Pour vous désinscrire de cette lettre, répondez avec le mot STOP.""",
        newsletter(),
        headers={"List-Unsubscribe": "<mailto:lettre-stop@nil-et-seine.example.org>", "Precedence": "bulk"},
    )),
]
