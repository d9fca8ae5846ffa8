# ruff: noqa: E501
"""Batch 5: cells the grid still lacked — open facts above all (a year alone, a level left vague, no aim, a
«mission» of unstated kind, a permanent job now), across French routes and abroad."""

from abroad import C
from kit import CV, M, app

MESSAGES = [
    # Cell: France université × straight × promo — promo 2024, date open
    C("France université", "straight", "promo", M(
        frm="Pauline Renaud <pauline.renaud@example.org>",
        subject="Candidature Pro'pulse",
        date="02 08:20",
        body="""Bonjour,

Master 2 Politiques sociales, Université de Bordeaux, promo 2024. Je cherche un poste de chargée de mission dans une fédération associative du secteur social.

Pauline Renaud
06 44 19 28 70""",
        truth=app("Pauline", "Renaud", phone="+33644192870", bac=5, grad="2024", unknown=("graduation_recent",), status="promo_2024"),
    )),
    # Cell: France université × gap_year × none — master, no date, mission of unstated kind
    C("France université", "gap_year", "none", M(
        frm="Maxime Jourdan <maxime.jourdan@example.net>",
        subject="Pro'pulse",
        date="02 19:30",
        body="""Bonjour,

J'ai un master de sciences politiques de Lyon 2. Après une année de césure, je suis en mission dans une association de solidarité internationale, jusqu'en février. Je voudrais ensuite un emploi dans l'ESS.

Maxime""",
        truth=app("Maxime", "Jourdan", phone=None, bac=5, grad=None, unknown=("graduation_recent", "not_internship", "not_service_civique"), status="mission_unstated"),
    )),
    # Cell: France BUT/BTS × dropout_resumed × annee_univ — DUT in 2023-2024 academic year? year alone 2024
    C("France BUT/BTS", "dropout_resumed", "annee_univ", M(
        frm="Nadia Belkacem <nadia.belkacem@example.com>",
        subject="Candidature",
        date="03 09:40",
        body="""Bonjour,

J'avais quitté le lycée, puis repris par un DAEU, et j'ai obtenu mon DUT Carrières sociales au terme de l'année 2023-2024 à l'IUT de Bobigny (redoublement de la deuxième année, d'où la fin tardive ; je n'ai pas encore retrouvé la date exacte sur le parchemin).

Je cherche un emploi de médiatrice sociale dans une association.

Nadia Belkacem""",
        truth=app("Nadia", "Belkacem", phone=None, bac=2, grad="2024", unknown=("graduation_recent",), status="dut_2023_2024"),
    )),
    # Cell: France BUT/BTS × straight × mm/yyyy — BTS, no aim stated
    C("France BUT/BTS", "straight", "mm/yyyy", M(
        frm="Dylan Fontaine <dylan.fontaine@example.org>",
        subject="inscription pro'pulse",
        date="03 21:10",
        body="""Bonjour,

BTS Comptabilité et gestion obtenu en 06/2026 au lycée de Bourges. Je voudrais un accompagnement pour trouver mon premier emploi.

Dylan Fontaine
07 52 41 66 38""",
        truth=app("Dylan", "Fontaine", phone="+33752416638", bac=2, grad="2026-06", unknown=("job_seeking_ess",), status="bts_no_aim"),
    )),
    # Cell: France grandes écoles × straight × none — "école de commerce", level vague, no date
    C("France grandes écoles", "straight", "none", M(
        frm="Victor Lemoine <victor.lemoine@example.com>",
        subject="Candidature",
        date="04 10:30",
        body="""Bonjour,

Je sors d'une école de commerce à Reims et j'aimerais rejoindre une entreprise sociale ou une coopérative comme chef de projet.

Victor Lemoine""",
        truth=app("Victor", "Lemoine", phone=None, bac="*", grad=None, unknown=("degree_level", "graduation_recent"), status="ecole_vague"),
    )),
    # Cell: France alternance × straight × session — BTS in alternance, CDI now at the same firm
    C("France alternance", "straight", "session", M(
        frm="Morgane Le Gall <morgane.legall@example.net>",
        subject="Candidature Pro'pulse",
        date="04 18:15",
        body="""Bonjour,

J'ai obtenu mon BTS SAM en alternance (session de juin 2025). L'entreprise m'a gardée en CDI comme assistante, dans une agence immobilière, mais je voudrais plutôt travailler dans une association d'aide au logement.

Morgane Le Gall""",
        truth=app("Morgane", "Le Gall", phone=None, bac=2, grad="2025-06", unknown=("not_career_change",), status="alternance_cdi_now"),
    )),
    # Cell: France VAE × straight × mm/yyyy — young animatrice, licence pro by VAE, same field
    C("France VAE", "straight", "mm/yyyy", M(
        frm="Anaïs Morin <anais.morin@example.org>",
        subject="Candidature",
        date="05 09:50",
        body="""Bonjour,

Animatrice en CDD depuis mes 19 ans, j'ai fait valider mon expérience : licence professionnelle Animation sociale par VAE, jury de 03/2026. Je cherche un poste de coordinatrice dans une association d'éducation populaire, dans le même métier donc.

Anaïs Morin
06 29 51 73 04""",
        truth=app("Anaïs", "Morin", phone="+33629517304", bac=3, grad="2026-03", status="vae_same_field"),
    )),
    # Cell: France formation continue × dropout_resumed × il_y_a — DEJEPS, no aim elsewhere stated, job?
    C("France formation continue", "dropout_resumed", "il_y_a", M(
        frm="Karim Haddou <karim.haddou@example.com>",
        subject="Pro'pulse",
        date="05 16:20",
        body="""Salut,

J'ai lâché la fac de STAPS en L1, j'ai été animateur quelques années, puis j'ai passé le DEJEPS en formation continue, fini il y a cinq mois. J'aimerais un poste de coordinateur dans un club ou une asso sportive.

Karim""",
        truth=app("Karim", "Haddou", phone=None, bac=2, grad="2026-06", status="dejeps_5_months"),
    )),
    # Cell: France DAEU × straight × promo — DAEU then BTS, promo 2024
    C("France DAEU", "straight", "promo", M(
        frm="Sonia Mendes <sonia.mendes@example.net>",
        subject="Candidature",
        date="06 11:05",
        body="""Bonjour,

DAEU A puis BTS ESF, promo 2024. J'aimerais travailler comme conseillère dans une épicerie sociale ou une association d'aide alimentaire.

Sonia Mendes""",
        truth=app("Sonia", "Mendes", phone=None, bac=2, grad="2024", unknown=("graduation_recent",), status="daeu_bts_2024"),
    )),
    # Cell: France titres RNCP × straight × an_dernier — RNCP niveau 5, no aim
    C("France titres RNCP", "straight", "an_dernier", M(
        frm="Léo Barbier <leo.barbier@example.org>",
        subject="Demande d'accompagnement",
        date="06 17:45",
        body="""Bonjour,

J'ai un titre RNCP de niveau 5 (gestionnaire de paie), obtenu l'année dernière. Je cherche un premier emploi en paie.

Léo Barbier""",
        truth=app("Léo", "Barbier", phone=None, bac=2, grad="2025", unknown=("job_seeking_ess",), status="rncp5_no_aim"),
    )),
    # Cell: France titres RNCP × equivalence_pending × mm/yyyy — "certification" level unstated
    C("France titres RNCP", "equivalence_pending", "mm/yyyy", M(
        frm="Ophélie Vidal <ophelie.vidal@example.com>",
        subject="Candidature Pro'pulse",
        date="07 09:15",
        body="""Bonjour,

J'ai obtenu en 05/2026 une certification de « chargée d'accompagnement social » dans un organisme privé ; je ne sais pas si elle est enregistrée au RNCP ni à quel niveau. Je cherche un poste dans une association d'insertion.

Ophélie Vidal""",
        truth=app("Ophélie", "Vidal", phone=None, bac="*", grad="2026-05", unknown=("degree_level",), status="certification_unknown_level"),
    )),
    # Cell: Maroc × gap_year × an_dernier — licence, mission unstated, English-French mix
    C("Maroc", "gap_year", "an_dernier", M(
        frm="Zineb Chraibi <zineb.chraibi@example.com>",
        subject="Candidature",
        date="07 14:40",
        body="""Bonjour,

Licence en études anglaises (Université Ibn Tofail), diplômée l'an dernier. Je suis actuellement en mission auprès d'une association d'alphabétisation à Lyon, until March. Ensuite je cherche un emploi dans l'ESS.

Zineb""",
        truth=app("Zineb", "Chraibi", phone=None, bac=3, grad="2025", unknown=("not_internship", "not_service_civique"), status="maroc_mission"),
    )),
    # Cell: Algérie × double_cursus × promo — ingénieur d'État, then master France promo 2024
    C("Algérie", "double_cursus", "promo", M(
        frm="Yacine Boudiaf <yacine.boudiaf@example.net>",
        subject="Pro'pulse",
        date="08 10:00",
        body="""Bonjour,

Ingénieur d'État en agronomie (ENSA d'Alger), puis master en développement durable à Montpellier, promo 2024. Je cherche un emploi dans une coopérative agricole ou une association d'agriculture paysanne.

Yacine Boudiaf
07 62 30 19 48""",
        truth=app("Yacine", "Boudiaf", phone="+33762301948", bac=5, grad="2024", unknown=("graduation_recent",), status="algerie_ing_master_2024"),
    )),
    # Cell: Tunisie × equivalence_pending × il_y_a — "diplôme national" level unstated
    C("Tunisie", "equivalence_pending", "il_y_a", M(
        frm="Ines Gharbi <ines.gharbi@example.com>",
        subject="Candidature",
        date="08 15:30",
        body="""Bonjour,

J'ai un diplôme national en travail social de l'Institut supérieur de Tunis, obtenu il y a un an. J'ai fait la demande d'équivalence, pas de réponse. Je cherche un emploi d'accompagnement social dans une association.

Ines Gharbi""",
        truth=app("Ines", "Gharbi", phone=None, bac="*", grad="2025", unknown=("degree_level",), status="tunisie_dn_unclear"),
    )),
    # Cell: Tunisie × double_cursus × mm/yyyy — mastère + CDI now in consulting
    C("Tunisie", "double_cursus", "mm/yyyy", M(
        frm="Amine Jlassi <amine.jlassi@example.org>",
        subject="Candidature Pro'pulse",
        date="09 09:10",
        body="""Bonjour,

Mastère professionnel en management (IHEC Carthage, 06/2025), puis un DU à Paris. Je suis en CDI dans un cabinet de conseil depuis mars, et je voudrais rejoindre une entreprise sociale.

Amine Jlassi""",
        truth=app("Amine", "Jlassi", phone=None, bac=5, grad="2025-06", unknown=("not_career_change",), status="tunisie_cdi_conseil"),
    )),
    # Cell: Sénégal × straight × none — licence, no date, ESS aim
    C("Sénégal", "straight", "none", M(
        frm="Awa Faye <awa.faye@example.sn>",
        subject="Candidature",
        date="09 16:45",
        body="""Bonjour,

Je suis titulaire d'une licence en gestion des organisations de l'UCAD. Je voudrais travailler dans une mutuelle de santé ou une coopérative en France.

Awa Faye
+221 77 412 30 56""",
        truth=app("Awa", "Faye", phone="+221774123056", bac=3, grad=None, unknown=("graduation_recent",), status="senegal_no_date"),
    )),
    # Cell: Côte d'Ivoire × gap_year × month_year — BTS then master? no: licence, no aim
    C("Côte d'Ivoire", "gap_year", "month_year", M(
        frm="Christelle Gnamien <christelle.gnamien@example.com>",
        subject="Pro'pulse",
        date="10 10:35",
        body="""Bonjour,

Licence professionnelle en marketing (Abidjan, juillet 2025), puis une année à m'occuper de ma fille. Je voudrais maintenant reprendre le travail, n'importe quel poste de commerciale.

Christelle Gnamien""",
        truth=app("Christelle", "Gnamien", phone=None, bac=3, grad="2025-07", unknown=("job_seeking_ess",), status="ci_no_aim"),
    )),
    # Cell: Cameroun × straight × promo — licence, promo 2024, subject-only aim
    C("Cameroun", "straight", "promo", M(
        frm="Junior Ebode <junior.ebode@example.net>",
        subject="Je cherche un emploi dans une association",
        date="10 19:20",
        body="""Bonjour,

Licence en sociologie, Université de Yaoundé I, promo 2024.

Junior Ebode""",
        truth=app("Junior", "Ebode", phone=None, bac=3, grad="2024", unknown=("graduation_recent",), info_in="subject", status="cameroun_subject_aim"),
    )),
    # Cell: Belgique × equivalence_pending × an_dernier — bachelier, équivalence FWB? level clear; no aim
    C("Belgique", "equivalence_pending", "an_dernier", M(
        frm="Arnaud Jacobs <arnaud.jacobs@example.be>",
        subject="Candidature",
        date="11 09:30",
        body="""Bonjour,

Bachelier en comptabilité (HELMo, Liège) obtenu l'an passé. Je m'installe à Lille et je voudrais un coup de main pour trouver un travail.

Arnaud Jacobs""",
        truth=app("Arnaud", "Jacobs", phone=None, bac=3, grad="2025", unknown=("job_seeking_ess",), status="be_bachelier_no_aim"),
    )),
    # Cell: Suisse × equivalence_pending × mm/yyyy — brevet fédéral, level unclear
    C("Suisse", "equivalence_pending", "mm/yyyy", M(
        frm="Céline Monnier <celine.monnier@example.ch>",
        subject="Pro'pulse",
        date="11 15:10",
        body="""Bonjour,

J'ai un brevet fédéral de spécialiste en gestion de PME (05/2026), après un CFC. On ne sait pas très bien à quoi ça correspond en France. Je veux travailler dans une coopérative du Genevois français.

Céline Monnier""",
        truth=app("Céline", "Monnier", phone=None, bac="*", grad="2026-05", unknown=("degree_level",), status="brevet_federal"),
    )),
    # Cell: Québec × straight × mm/yyyy — AEC (attestation d'études collégiales), level unclear
    C("Québec", "dropout_resumed", "mm/yyyy", M(
        frm="Maxime Gagné <maxime.gagne@example.ca>",
        subject="Candidature",
        date="12 09:20",
        body="""Bonjour,

Après avoir lâché le cégep, j'ai fait une AEC (attestation d'études collégiales) en intervention en milieu communautaire, terminée en 04/2026. Je suis en France avec un PVT et je veux travailler dans une association de quartier.

Maxime Gagné""",
        truth=app("Maxime", "Gagné", phone=None, bac="*", grad="2026-04", unknown=("degree_level",), status="aec_unclear"),
    )),
    # Cell: Espagne × straight × class_of — English, grado, no aim
    C("Espagne", "straight", "class_of", M(
        frm="Irene Navarro <irene.navarro@example.es>",
        subject="Coaching programme",
        date="12 16:55",
        body="""Hi,

Universidad Complutense, Grado in Sociology, Class of 2026. I moved to Paris and I'd like help to find my first job here.

Irene Navarro""",
        truth=app("Irene", "Navarro", phone=None, bac="*", grad="2026", unknown=("job_seeking_ess",), language="en", status="grado_class_of_no_aim"),
    )),
    # Cell: Italie × equivalence_pending × mm/yyyy — laurea, "stage" unclear: tirocinio ended
    C("Italie", "equivalence_pending", "mm/yyyy", M(
        frm="Matteo Gallo <matteo.gallo@example.it>",
        subject="Candidature",
        date="13 10:45",
        body="""Bonjour,

Laurea triennale en sciences du service social (Turin, 03/2025), dichiarazione di valore demandée au consulat. Mon tirocinio (stage) à la Caritas est terminé depuis l'été. Je cherche un emploi dans une association à Chambéry.

Matteo Gallo""",
        truth=app("Matteo", "Gallo", phone=None, bac=3, grad="2025-03", status="laurea_tirocinio_over"),
    )),
    # Cell: Allemagne × dropout_resumed × annee_univ — Bachelor in progress (Wintersemester)
    C("Allemagne", "dropout_resumed", "annee_univ", M(
        frm="Tim Schulz <tim.schulz@example.de>",
        subject="Pro'pulse",
        date="13 17:30",
        body="""Bonjour,

J'ai repris mes études après deux ans d'interruption : je suis en dernier semestre de Bachelor à Kehl (Wintersemester 2026/2027). Je veux travailler dans une association franco-allemande après.

Tim Schulz""",
        truth=app("Tim", "Schulz", phone=None, bac="*", grad=None, failing=("studies_finished",), status="bachelor_last_semester"),
    )),
    # Cell: Royaume-Uni × equivalence_pending × last_summer — "Foundation degree", level unclear
    C("Royaume-Uni", "equivalence_pending", "last_summer", M(
        frm="Chloe Wright <chloe.wright@example.co.uk>",
        subject="Would I be eligible?",
        date="14 11:40",
        body="""Hello,

I finished a Foundation Degree in Community Development last summer (Manchester). I'm not sure what it's worth in France. I want to work for a French charity in community work.

Chloe Wright""",
        truth=app("Chloe", "Wright", phone=None, bac="*", grad="2026", unknown=("degree_level",), language="en", status="foundation_degree"),
    )),
    # Cell: Roumanie × gap_year × promo — licență 2024, no aim
    C("Roumanie", "gap_year", "promo", M(
        frm="Cristina Marin <cristina.marin@example.ro>",
        subject="Candidature",
        date="14 18:00",
        body="""Bonjour,

Licence en langues étrangères (Bucarest, promotion 2024), puis une année au pair à Lyon. Je voudrais de l'aide pour trouver un travail.

Cristina Marin""",
        truth=app("Cristina", "Marin", phone=None, bac=3, grad="2024", unknown=("graduation_recent", "job_seeking_ess"), status="ro_2024_no_aim"),
    )),
    # Cell: Liban × straight × session — licence LU, session 2025, CV pdf, aim in CV
    C("Liban", "straight", "session", M(
        frm="Tarek Nassar <tarek.nassar@example.com>",
        subject="Candidature Pro'pulse - Tarek Nassar",
        date="15 09:05",
        body="""Bonjour, veuillez trouver mon CV ci-joint. Bien à vous, Tarek Nassar""",
        cv=CV("pdf", "Tarek_Nassar_CV.pdf", """Tarek NASSAR
Paris 19e - 07 81 33 26 50 - tarek.nassar@example.com
Objectif : un premier poste de chargé de projet dans une association de solidarité
FORMATION
Licence en sciences sociales, Université libanaise - session de juin 2025
EXPÉRIENCE
Bénévole, Caritas Liban, 2023-2024
LANGUES
Arabe, français, anglais"""),
        truth=app("Tarek", "Nassar", phone="+33781332650", bac=3, grad="2025-06", info_in="cv", status="liban_cv_session"),
    )),
    # Cell: Brésil × straight × mm/yyyy — mestrado; CDD at a non-profit now; eligible
    C("Brésil", "straight", "mm/yyyy", M(
        frm="Camila Rocha <camila.rocha@example.com.br>",
        subject="Candidatura",
        date="15 16:15",
        body="""Bonjour,

Mestrado en développement régional (UFPR, 08/2025). En ce moment je fais des remplacements en CDD de courte durée dans un centre social. Je cherche un poste stable dans une association.

Camila Rocha""",
        truth=app("Camila", "Rocha", phone=None, bac=5, grad="2025-08", status="mestrado_cdd"),
    )),
    # Cell: Ukraine × equivalence_pending × none — "spécialiste", level unclear, no date
    C("Ukraine", "equivalence_pending", "none", M(
        frm="Oksana Hrytsenko <oksana.h@example.com>",
        subject="Candidature",
        date="16 10:05",
        body="""Bonjour,

J'ai un diplôme de « spécialiste » en pédagogie de l'Université de Poltava (ancien système ukrainien), je ne sais pas à quoi il correspond. Je voudrais travailler dans une association éducative.

Oksana Hrytsenko""",
        truth=app("Oksana", "Hrytsenko", phone=None, bac="*", grad=None, unknown=("degree_level", "graduation_recent"), status="ua_specialiste"),
    )),
    # Cell: Vietnam × straight × dd/mm/yyyy — master France, aim elsewhere (public research)
    C("Vietnam", "straight", "dd/mm/yyyy", M(
        frm="Hoa Pham <hoa.pham@example.net>",
        subject="Candidature",
        date="16 17:50",
        body="""Bonjour,

Master en biologie à Sorbonne Université, diplôme délivré le 15/09/2026. Je cherche un poste d'ingénieure d'études dans un laboratoire public (CNRS, INRAE).

Hoa Pham""",
        truth=app("Hoa", "Pham", phone=None, bac=5, grad="2026-09", failing=("job_seeking_ess",), status="vn_public_research"),
    )),
    # Cell: France université × double_cursus × dd/mm/yyyy — licence + DU, edge 01/11/2024 passes
    C("France université", "double_cursus", "dd/mm/yyyy", M(
        frm="Marion Lebrun <marion.lebrun@example.org>",
        subject="Candidature Pro'pulse",
        date="17 12:20",
        body="""Bonjour,

Licence de géographie, avec un DU « Économie sociale et solidaire » suivi en parallèle à Clermont : les deux validés au jury de rattrapage du 05/11/2024. Je cherche un emploi dans une coopérative ou une association d'éducation à l'environnement.

Marion Lebrun""",
        truth=app("Marion", "Lebrun", phone=None, bac=3, grad="2024-11", status="du_edge_pass"),
    )),
]
