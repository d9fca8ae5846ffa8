# ruff: noqa: E501
"""Batch 1 — channel (a): the website's forms relayed by email (sender no-reply, Reply-To the person).

Each message: the channel first (general contact form = form_v1, the programme's application form = form_v2),
then the person's words typed into the form's fields, by hand. The drop-down answers are part of what the
person said; where they and the message disagree, the message's precise fact wins and the comment says why.
"""

from channels import form_v1, form_v2
from kit import CV, app, other, question

MESSAGES = [
    # Channel: form_v2. Manon, BUT GEA juin 2026, looks for admin jobs in associations. Eligible.
    form_v2(
        first="Manon", last="Lecoq", email="manon.lecoq@example.com", phone="0645128890",
        level="Bac+3", status="En recherche d'emploi", date="02 10:14",
        message="""Bonjour, BUT GEA validé en juin dernier à l'IUT de Laval. Je vise un poste d'assistante administrative et financière dans une association ou une fondation, j'ai déjà répondu à une dizaine d'offres. Merci !""",
        truth=app("Manon", "Lecoq", phone="+33645128890", bac=3, grad="2026-06", email="manon.lecoq@example.com", status="form2_but_gea"),
    ),
    # Channel: form_v2. Yanis ticks «Bac+5 et plus» and «En stage»; message: the stage ends in February. Current internship.
    form_v2(
        first="Yanis", last="Belkacem", email="yanis.belkacem@example.net", phone="07 58 21 44 09",
        level="Bac+5 et plus", status="En stage", date="02 11:47",
        message="""J'ai soutenu mon mémoire de master management des organisations sociales en septembre 2026. Mon stage de fin d'études dans une fédération d'associations court jusqu'au 14 février, et à partir de là je serai disponible pour un poste dans l'ESS.""",
        truth=app("Yanis", "Belkacem", phone="+33758214409", bac=5, grad="2026-09", failing=("not_internship",), email="yanis.belkacem@example.net", status="form2_stage_court_jusqu"),
    ),
    # Channel: form_v1. Odile, 38, teacher of history for 12 years, wants to join an association of popular education. Career change, old diploma.
    form_v1(
        name="Odile Ferrand", email="odile.ferrand@example.org", phone="06 20 71 35 48",
        topic="Candidature", date="02 18:03",
        message="""Professeure certifiée d'histoire-géographie depuis douze ans (CAPES 2014, master 2013), je ressens le besoin de donner un autre sens à mon métier et je souhaite rejoindre une association d'éducation populaire. Votre programme s'adresse-t-il aussi à des profils comme le mien ?""",
        truth=app("Odile", "Ferrand", phone="+33620713548", bac=5, grad="2013", failing=("graduation_recent", "not_career_change"), email="odile.ferrand@example.org", status="form1_teacher_change"),
    ),
    # Channel: form_v2. Inès, «Étudiant·e», M2 ESS in progress, diploma expected June 2027. Licence 2025 obtained.
    form_v2(
        first="Inès", last="Marchetti", email="ines.marchetti@example.com", phone="06 11 93 27 58",
        level="Bac+4", status="Étudiant·e", date="03 09:20",
        message="""Bonjour ! Je suis en M2 « Économie sociale et solidaire et innovation » à Grenoble, la remise des diplômes est prévue en juin 2027. Je voulais savoir si je pouvais déjà m'inscrire pour la promotion qui démarre en janvier, je cherche mon futur emploi en SCOP.""",
        truth=app("Inès", "Marchetti", phone="+33611932758", bac=4, grad=None, failing=("studies_finished",), email="ines.marchetti@example.com", status="form2_m2_en_cours"),
    ),
    # Channel: form_v1. Théo, only «bac» and a first year of licence abandoned. bac+0.
    form_v1(
        name="Théo Pasquier", email="theo.pasquier@example.net", phone="07 81 02 66 13",
        topic="Inscription programme", date="03 13:02",
        message="""slt j'ai mon bac STMG et j'ai fait un an de fac en AES mais j'ai arrêté en cours de route. Je voudrais travailler dans une ressourcerie, est ce que je peux rentrer dans le programme ?""",
        truth=app("Théo", "Pasquier", phone="+33781026613", bac=0, grad=None, failing=("degree_level",), email="theo.pasquier@example.net", status="form1_bac_stmg_fac_abandonnee"),
    ),
    # Channel: form_v2. Clara, licence sociologie 2025-07; service civique ended 31 October. Eligible.
    form_v2(
        first="Clara", last="N'Diaye", email="clara.ndiaye@example.org", phone="+33 7 44 90 12 36",
        level="Bac+3", status="En recherche d'emploi", date="03 16:55",
        message="""Licence de sociologie obtenue en juillet 2025. Mes huit mois de volontariat en service civique auprès d'une épicerie sociale ont pris fin le 31 octobre. Aujourd'hui je voudrais être embauchée par une structure de l'aide alimentaire ou de l'insertion.""",
        truth=app("Clara", "N'Diaye", phone="+33744901236", bac=3, grad="2025-07", email="clara.ndiaye@example.org", status="form2_civique_pris_fin"),
    ),
    # Channel: form_v2. Mathis puts «Bac+2» but writes he got a BTS and is not yet sure what sector. Job search ESS unknown.
    form_v2(
        first="Mathis", last="Guerin", email="mathis.guerin@example.com", phone="06 72 18 45 30",
        level="Bac+2", status="En recherche d'emploi", date="04 08:31",
        message="""Bonjour, BTS Comptabilité et gestion obtenu en juin 2026. Je cherche un premier CDI en comptabilité, je ne connais pas trop le secteur. C'est quoi exactement votre accompagnement ?""",
        truth=app("Mathis", "Guerin", phone="+33672184530", bac=2, grad="2026-06", unknown=("job_seeking_ess",), email="mathis.guerin@example.com", status="form2_bts_secteur_indefini"),
    ),
    # Channel: form_v1, topic is a question but it carries facts: Awa, master 2 2026 (sept), seeks ESS. Eligible.
    form_v1(
        name="Awa Sissoko", email="awa.sissoko@example.org", phone="07 66 30 81 24",
        topic="Question sur les critères", date="04 12:40",
        message="""Bonjour, est-ce que le master doit être obtenu en France ? Le mien (Développement territorial et ESS, Université Lyon 2) l'a été en septembre 2026 donc je pense que ça va, mais je préfère vérifier avant de candidater. Je cherche un poste de chargée de mission dans une coopérative ou une association.""",
        truth=app("Awa", "Sissoko", phone="+33766308124", bac=5, grad="2026-09", email="awa.sissoko@example.org", status="form1_question_with_facts"),
    ),
    # Channel: form_v1. Pure question: no fact about the writer.
    form_v1(
        name="J. Morin", email="j.morin@example.net", phone="",
        topic="Dates", date="04 15:12",
        message="""Bonjour, quand commence la prochaine session et combien de temps dure l'accompagnement ? Merci.""",
        truth=question(),
    ),
    # Channel: form_v2. Lucie: ticked «En emploi»; CDD of cashier while seeking ESS; licence pro 2024-12 → 23 months. Eligible.
    form_v2(
        first="Lucie", last="Arnaud", email="lucie.arnaud@example.com", phone="06 35 47 92 10",
        level="Bac+3", status="En emploi", date="05 19:26",
        message="""Je travaille comme caissière en CDD le temps de trouver mieux. J'ai validé ma licence professionnelle « Intervention sociale » en décembre 2024 (session de rattrapage). Ce que je veux : un poste d'accompagnatrice sociale dans un centre d'hébergement associatif.""",
        truth=app("Lucie", "Arnaud", phone="+33635479210", bac=3, grad="2024-12", email="lucie.arnaud@example.com", status="form2_caissiere_licence_dec2024"),
    ),
    # Channel: form_v2. Romain: DUT 2024-09 → 26 months. Too old. ESS aim via «SCIC».
    form_v2(
        first="Romain", last="Tessier", email="romain.tessier@example.net", phone="07 52 66 01 87",
        level="Bac+2", status="En recherche d'emploi", date="05 21:08",
        message="""DUT Information-Communication, septembre 2024. Depuis, des petits boulots dans l'événementiel. J'aimerais me stabiliser comme chargé de communication dans une SCIC ou une association culturelle.""",
        truth=app("Romain", "Tessier", phone="+33752660187", bac=2, grad="2024-09", failing=("graduation_recent",), email="romain.tessier@example.net", status="form2_dut_2024_09"),
    ),
    # Channel: form_v1. Spam sent through the form.
    form_v1(
        name="SEO Expert", email="contact@rank-boost.example.com", phone="",
        topic="Partenariat", date="06 03:44",
        message="""Hello, we can bring your website to the first page of Google in 30 days. Affordable packages, guaranteed results. Reply for a free audit!""",
        truth=other(),
    ),
    # Channel: form_v2. Baptiste, ticks «Autre»: he's in his last weeks of an alternance (licence pro), contract ends 15 December. Studies unfinished.
    form_v2(
        first="Baptiste", last="Collin", email="baptiste.collin@example.org", phone="06 09 84 73 21",
        level="Bac+2", status="Autre", date="06 10:02",
        message="""Je suis alternant en licence pro gestion des organisations de l'ESS (BTS obtenu en 2025), mon contrat d'apprentissage dans une mutuelle se termine le 15 décembre et le diplôme sera délivré après le jury de janvier. Je cherche la suite dans l'ESS.""",
        truth=app("Baptiste", "Collin", phone="+33609847321", bac=2, grad="2025", failing=("studies_finished",), email="baptiste.collin@example.org", status="form2_alternant_fin_dec"),
    ),
    # Channel: form_v2. Sofia, master in Italy (laurea magistrale) 2026-03 → bac+5; seeks job in a cooperative in Marseille.
    form_v2(
        first="Sofia", last="Rinaldi", email="sofia.rinaldi@example.com", phone="+39 347 215 8890",
        level="Bac+5 et plus", status="En recherche d'emploi", date="06 14:37",
        message="""Bonjour, j'ai obtenu ma laurea magistrale en sciences politiques à l'université de Bologne en mars 2026 et je viens de m'installer à Marseille. Je voudrais travailler dans une coopérative sociale, comme en Italie. Mon français est bon mais pas parfait, désolée !""",
        truth=app("Sofia", "Rinaldi", phone="+393472158890", bac=5, grad="2026-03", email="sofia.rinaldi@example.com", status="form2_laurea_magistrale"),
    ),
    # Channel: form_v1. Question from a parent with no facts on the child.
    form_v1(
        name="Martine Boulay", email="martine.boulay@example.org", phone="02 40 11 22 33",
        topic="Renseignements", date="07 09:15",
        message="""Bonjour, faut-il habiter en Île-de-France pour suivre le programme, ou peut-on le faire à distance ? C'est pour quelqu'un de ma famille. Cordialement.""",
        truth=question(),
    ),
    # Channel: form_v2. Kevin, «Bac+2» but the message says bac pro + first year of BTS not finished. bac+0.
    form_v2(
        first="Kevin", last="Mallet", email="kevin.mallet@example.net", phone="07 49 33 20 18",
        level="Bac+2", status="En recherche d'emploi", date="07 17:50",
        message="""En vrai j'ai pas eu le BTS, j'ai fait que la première année après mon bac pro. Mais j'ai de l'expérience en animation et je veux bosser dans une asso de quartier.""",
        truth=app("Kevin", "Mallet", phone="+33749332018", bac=0, grad=None, failing=("degree_level",), email="kevin.mallet@example.net", status="form2_bts_pas_eu"),
    ),
    # Channel: form_v2. Pauline, nurse (DE infirmier 2025-07, bac+3), CDI at a hospital since, wants to become a project coordinator in a health association: career change.
    form_v2(
        first="Pauline", last="Girard", email="pauline.girard@example.com", phone="06 57 02 39 84",
        level="Bac+3", status="En emploi", date="08 22:11",
        message="""Infirmière diplômée d'État depuis juillet 2025, en CDI au CHU depuis. Le soin ne me correspond plus : je voudrais quitter l'hôpital pour devenir coordinatrice de projets dans une association de prévention santé. Est-ce que votre programme peut m'aider à changer de métier ?""",
        truth=app("Pauline", "Girard", phone="+33657023984", bac=3, grad="2025-07", failing=("not_career_change",), email="pauline.girard@example.com", status="form2_infirmiere_change_metier"),
    ),
    # Channel: form_v1. Adrien, master 2026 but no month; «pas de stage en ce moment, pas de service civique non plus»; seeks job in «l'économie solidaire».
    form_v1(
        name="Adrien Vial", email="adrien.vial@example.org", phone="06 03 55 18 72",
        topic="Candidature Pro'pulse", date="09 11:33",
        message="""Master de géographie obtenu cette année (2026). Pas de stage en ce moment, pas de service civique non plus : je suis entièrement disponible. Mon but est de trouver un emploi dans l'économie solidaire, idéalement autour de l'alimentation durable.""",
        truth=app("Adrien", "Vial", phone="+33603551872", bac=5, grad="2026", email="adrien.vial@example.org", status="form1_pas_de_stage_pas_de_civique"),
    ),
    # Channel: form_v2. Jade: no date at all for the licence; seeks ESS.
    form_v2(
        first="Jade", last="Rousseau", email="jade.rousseau@example.net", phone="07 70 28 64 91",
        level="Bac+3", status="En recherche d'emploi", date="09 16:48",
        message="""Licence en sciences de l'éducation. Je cherche un emploi d'animatrice coordinatrice dans une association d'éducation populaire ou un centre social.""",
        truth=app("Jade", "Rousseau", phone="+33770286491", bac=3, grad=None, unknown=("graduation_recent",), email="jade.rousseau@example.net", status="form2_no_date"),
    ),
    # Channel: form_v2 with an attached CV (the form accepts one): Hugo, BTS ESF 2026-06; CV shows a service civique from 2026-10 for 8 months. Current civique.
    form_v2(
        first="Hugo", last="Lambert", email="hugo.lambert@example.com", phone="06 88 14 27 53",
        level="Bac+2", status="En recherche d'emploi", date="10 08:05",
        message="""Bonjour, je vous joins mon CV. Je voudrais travailler dans l'accompagnement des familles, dans une association.""",
        cv=CV("pdf", "CV_Hugo_Lambert.pdf", """Hugo Lambert
06 88 14 27 53 - hugo.lambert@example.com
FORMATION
2026 (juin) : BTS Économie sociale familiale, lycée Jean-Jaurès, Rennes
EXPÉRIENCE
Octobre 2026 - mai 2027 : volontaire en service civique, Restos du cœur, Rennes
2025 : stage de 8 semaines au CCAS de Vitré"""),
        truth=app("Hugo", "Lambert", phone="+33688142753", bac=2, grad="2026-06", failing=("not_service_civique",), email="hugo.lambert@example.com", info_in="both", status="form2_cv_civique_en_cours"),
    ),
    # Channel: form_v1. An employer writes through the form to post an offer.
    form_v1(
        name="Nathalie Brunet - La Recyclerie du Val", email="contact@recyclerie-duval.example.org", phone="03 80 44 12 90",
        topic="Offre d'emploi", date="10 14:20",
        message="""Bonjour, notre recyclerie recrute un·e chargé·e de sensibilisation (CDI, 28 h). Pourriez-vous relayer l'offre auprès des jeunes que vous accompagnez ? Je peux vous envoyer la fiche de poste.""",
        truth=other(),
    ),
    # Channel: form_v2. Nour, Moroccan licence fondamentale (3 years) 2025-07 → bac+3 stated; seeks «association».
    form_v2(
        first="Nour", last="El Idrissi", email="nour.elidrissi@example.com", phone="06 24 71 08 35",
        level="Bac+3", status="En recherche d'emploi", date="11 10:40",
        message="""Salam, licence fondamentale en économie et gestion (Université Mohammed V de Rabat, juillet 2025), arrivée en France depuis un an avec un titre de séjour. Je souhaite décrocher un premier poste en gestion dans une association d'aide aux migrants.""",
        truth=app("Nour", "El Idrissi", phone="+33624710835", bac=3, grad="2025-07", email="nour.elidrissi@example.com", status="form2_licence_maroc"),
    ),
    # Channel: form_v1. Élodie: «je n'ai jamais eu l'occasion de faire un service civique» + «mon stage, c'était l'an dernier». Master 2025-11 → 12 months. Eligible.
    form_v1(
        name="Élodie Carpentier", email="elodie.carpentier@example.net", phone="07 34 86 20 57",
        topic="Candidature", date="11 20:31",
        message="""Bonsoir, master 2 en gestion de projets culturels, diplôme reçu en novembre 2025. Je n'ai jamais eu l'occasion de faire un service civique, et mon stage, c'était l'an dernier. Je postule maintenant auprès de lieux culturels associatifs et de tiers-lieux.""",
        truth=app("Élodie", "Carpentier", phone="+33734862057", bac=5, grad="2025-11", email="elodie.carpentier@example.net", status="form1_jamais_eu_occasion_civique"),
    ),
    # Channel: form_v2. Gabriel, «Bac+1» (a year of DEUST) ; seeks ESS. bac+1.
    form_v2(
        first="Gabriel", last="Moulin", email="gabriel.moulin@example.org", phone="06 90 45 12 67",
        level="Bac+1", status="En recherche d'emploi", date="12 09:09",
        message="""Bonjour, j'ai validé la première année d'un DEUST animation (pas la deuxième). Je suis animateur vacataire et je cherche un vrai poste dans une association sportive ou une MJC.""",
        truth=app("Gabriel", "Moulin", phone="+33690451267", bac=1, grad=None, failing=("degree_level",), email="gabriel.moulin@example.org", status="form2_bac1_deust"),
    ),
    # Channel: form_v2. Salomé ticks «Étudiant·e» though graduated: «inscrite en DU pour garder le statut» — DU in progress is studies. Unknown studies.
    form_v2(
        first="Salomé", last="Perret", email="salome.perret@example.com", phone="07 61 39 52 04",
        level="Bac+5 et plus", status="Étudiant·e", date="12 15:44",
        message="""Master droit de l'économie sociale obtenu en juin 2026. J'ai coché « étudiante » parce que je me suis inscrite à un DU en ligne de médiation (quelques heures par semaine, jusqu'en mai). Je cherche à plein temps un emploi de juriste dans une fédération d'associations ou une mutuelle.""",
        truth=app("Salomé", "Perret", phone="+33761395204", bac=5, grad="2026-06", unknown=("studies_finished",), email="salome.perret@example.com", status="form2_du_en_ligne"),
    ),
    # Channel: form_v1. Question about the age limit, with no facts.
    form_v1(
        name="Samira", email="samira.k@example.net", phone="",
        topic="Âge", date="13 18:27",
        message="""Bonjour y a t il une limite d'âge pour participer ? et est ce que c'est payant ? merci""",
        truth=question(),
    ),
    # Channel: form_v2. Victor, licence pro 2026-06, ticks «En emploi»: «je suis animateur périscolaire à mi-temps» and seeks full-time in an association. Eligible.
    form_v2(
        first="Victor", last="Charpentier", email="victor.charpentier@example.net", phone="06 46 27 81 39",
        level="Bac+3", status="En emploi", date="13 20:02",
        message="""Je suis animateur périscolaire à mi-temps pour la mairie depuis la rentrée, en attendant. Licence pro animation sociale et socioculturelle en poche depuis juin 2026. Je veux un temps plein de coordinateur dans une association de jeunesse.""",
        truth=app("Victor", "Charpentier", phone="+33646278139", bac=3, grad="2026-06", email="victor.charpentier@example.net", status="form2_periscolaire_mi_temps"),
    ),
]
