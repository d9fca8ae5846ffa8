# ruff: noqa: E501 (each message's implying words stand whole on its comment line and its N(...) line)
"""Batch 3: a service civique implied by its trappings; a career change implied (or ruled out) by a past
trade. Each message written by hand; the comment names its implication, the fact it carries and the words
that carry it."""

from implied import N
from kit import CV, M, app, auto_reply, newsletter, other, question

MESSAGES = [
    # Implied: civic_trappings — situation — chez Unis-Cité depuis octobre, 24 h par semaine, pour huit mois
    N("civic_trappings", "situation", "chez Unis-Cité depuis octobre, 24 h par semaine, pour huit mois", M(
        "Zoé Lambert <zoe.lambert@example.org>", "candidature", "02 10:20",
        """Bonjour,

Licence d'histoire en juin 2026. Je suis chez Unis-Cité depuis octobre, 24 h par semaine, pour huit mois,
et j'aimerais préparer la suite : un emploi dans une association de l'ESS.

Zoé Lambert""",
        app("Zoé", "Lambert", phone=None, bac=3, grad="2026-06", failing=["not_service_civique"],
            status="unis_cite_octobre_8_mois"),
    )),
    # Implied: civic_trappings — situation — mes huit mois à Unis-Cité se sont achevés en juin
    N("civic_trappings", "situation", "mes huit mois à Unis-Cité se sont achevés en juin", M(
        "Ilyes Mansouri <ilyes.mansouri@example.net>", "Candidature Pro'pulse", "02 15:10",
        """Bonjour,

BTS SP3S en juillet 2025 ; mes huit mois à Unis-Cité se sont achevés en juin. Je cherche maintenant un
emploi d'intervenant social dans une association de l'ESS.

Ilyes Mansouri""",
        app("Ilyes", "Mansouri", phone=None, bac=2, grad="2025-07", status="unis_cite_acheve_juin"),
    )),
    # Implied: civic_trappings — situation — l'indemnité de l'État, un peu plus de 600 €, et 111 € de la structure, jusqu'en mai
    N("civic_trappings", "situation", "l'indemnité de l'État, un peu plus de 600 €, et 111 € de la structure, jusqu'en mai", M(
        "Anaïs Robin <anais.robin@example.com>", "candidature", "03 09:35",
        """Bonjour,

Master de sciences politiques en septembre 2025. En ce moment je vis avec l'indemnité de l'État, un peu
plus de 600 €, et 111 € de la structure, jusqu'en mai, pour ma mission dans une maison de quartier. Je
cherche un emploi dans l'ESS pour juin.

Anaïs Robin""",
        app("Anaïs", "Robin", phone=None, bac=5, grad="2025-09", failing=["not_service_civique"],
            status="indemnite_etat_111_mai"),
    )),
    # Implied: civic_trappings — situation — je suis volontaire dans une association jusqu'en juin
    N("civic_trappings", "situation", "je suis volontaire dans une association jusqu'en juin", M(
        "Louis Garnier <louis.garnier@example.fr>", "candidature", "03 13:00",
        """Bonjour,

Licence de STAPS en juin 2026. Je suis volontaire dans une association jusqu'en juin et je cherche un
emploi dans l'ESS ensuite.

Louis""",
        app("Louis", "Garnier", phone=None, bac=3, grad="2026-06", unknown=["not_service_civique"],
            status="volontaire_juin"),
    )),
    # Implied: civic_trappings — situation — la formation civique et citoyenne a clos ma mission, achevée en mars 2026
    N("civic_trappings", "situation", "la formation civique et citoyenne a clos ma mission, achevée en mars 2026", M(
        "Margaux Faure <margaux.faure@example.org>", "Candidature", "04 11:00",
        """Bonjour,

Licence de sciences de l'éducation en juin 2025. La formation civique et citoyenne a clos ma mission,
achevée en mars 2026, à la bibliothèque de rue de mon quartier. Je cherche un emploi dans une
association de l'ESS.

Margaux Faure""",
        app("Margaux", "Faure", phone=None, bac=3, grad="2025-06", status="fcc_mission_achevee"),
    )),
    # Implied: civic_trappings — situation — mon engagement de huit mois à 24 h par semaine à la Croix-Rouge, commencé en septembre, avec l'indemnité versée par l'État
    N("civic_trappings", "situation", "mon engagement de huit mois à 24 h par semaine à la Croix-Rouge, commencé en septembre, avec l'indemnité versée par l'État", M(
        "Samuel Dupuis <samuel.dupuis@example.net>", "Pro'pulse", "04 16:25",
        """Bonjour,

J'ai un master de santé publique depuis juillet 2026. Je suis dans mon engagement de huit mois à 24 h
par semaine à la Croix-Rouge, commencé en septembre, avec l'indemnité versée par l'État. Je voudrais
rester dans l'ESS après.

Samuel Dupuis""",
        app("Samuel", "Dupuis", phone=None, bac=5, grad="2026-07", failing=["not_service_civique"],
            status="croix_rouge_8_mois_septembre"),
    )),
    # Implied: civic_trappings — situation — un volontariat du Corps européen de solidarité à Porto, jusqu'en mars
    N("civic_trappings", "situation", "un volontariat du Corps européen de solidarité à Porto, jusqu'en mars", M(
        "Eva Lefèvre <eva.lefevre@example.com>", "candidature", "05 08:10",
        """Bonjour,

Licence LLCER en juin 2025. Je fais un volontariat du Corps européen de solidarité à Porto, jusqu'en mars,
et je cherche un emploi dans une association de l'ESS à mon retour.

Eva Lefèvre""",
        app("Eva", "Lefèvre", phone=None, bac=3, grad="2025-06", unknown=["not_service_civique"],
            status="ces_porto_mars"),
    )),
    # Implied: civic_trappings — situation — Volontaire Unis-Cité, octobre 2026 – mai 2027 (24 h/sem.)
    N("civic_trappings", "situation", "Volontaire Unis-Cité, octobre 2026 – mai 2027 (24 h/sem.)", M(
        "Jade Moreau <jade.moreau@example.fr>", "Candidature et CV", "05 12:40",
        """Bonjour,

Je vous envoie mon CV. Je cherche un poste dans l'accompagnement des personnes âgées, dans l'ESS.

Jade Moreau""",
        app("Jade", "Moreau", phone=None, bac=2, grad="2026-06", failing=["not_service_civique"],
            info_in="both", status="cv_unis_cite_mai_2027"),
        cv=CV("odt", "CV_Jade_Moreau.odt", """
Jade Moreau
jade.moreau@example.fr
Expérience
Volontaire Unis-Cité, octobre 2026 – mai 2027 (24 h/sem.)
Formation
BTS Économie sociale familiale, juin 2026
"""),
    )),
    # Implied: civic_trappings — situation — j'ai touché l'indemnité de l'État de septembre 2025 à avril 2026 pour ma mission aux Petits Frères des Pauvres ; c'est fini
    N("civic_trappings", "situation", "j'ai touché l'indemnité de l'État de septembre 2025 à avril 2026 pour ma mission aux Petits Frères des Pauvres ; c'est fini", M(
        "Victor Lemoine <victor.lemoine@example.org>", "candidature", "05 17:30",
        """Bonjour,

Master de philosophie en juin 2025. J'ai touché l'indemnité de l'État de septembre 2025 à avril 2026 pour
ma mission aux Petits Frères des Pauvres ; c'est fini et je cherche un emploi dans une association de
l'ESS.

Victor Lemoine""",
        app("Victor", "Lemoine", phone=None, bac=5, grad="2025-06", status="indemnite_avril_2026_fini"),
    )),
    # Implied: civic_trappings — situation — après mes huit mois d'Unis-Cité, finis en juillet
    N("civic_trappings", "situation", "après mes huit mois d'Unis-Cité, finis en juillet", M(
        "Lilou Carré <lilou.carre@example.net>", "candidature", "06 09:15",
        """Bonjour,

Licence de psychologie en juin 2025. Après mes huit mois d'Unis-Cité, finis en juillet, je cherche un
CDI, dans n'importe quel domaine.

Lilou""",
        app("Lilou", "Carré", phone=None, bac=3, grad="2025-06", unknown=["job_seeking_ess"],
            status="unis_cite_fini_domaine_egal"),
    )),
    # Implied: civic_trappings — situation — en binôme dans une école primaire 24 heures par semaine jusqu'en juin, avec Unis-Cité
    N("civic_trappings", "situation", "en binôme dans une école primaire 24 heures par semaine jusqu'en juin, avec Unis-Cité", M(
        "Noah Giraud <noah.giraud@example.com>", "inscription", "06 14:00",
        """Bonjour,

DUT carrières sociales en juin 2026. Je suis en binôme dans une école primaire 24 heures par semaine
jusqu'en juin, avec Unis-Cité. Je voudrais un emploi dans l'éducation populaire, dans l'ESS, ensuite.

Noah Giraud""",
        app("Noah", "Giraud", phone=None, bac=2, grad="2026-06", failing=["not_service_civique"],
            status="binome_ecole_unis_cite"),
    )),
    # Implied: civic_trappings — situation — mes huit mois avec la Ligue de l'enseignement, à 24 heures par semaine, se sont arrêtés fin avril
    N("civic_trappings", "situation", "mes huit mois avec la Ligue de l'enseignement, à 24 heures par semaine, se sont arrêtés fin avril", M(
        "Agathe Millet <agathe.millet@example.fr>", "Candidature", "07 10:45",
        """Bonjour,

Licence de lettres en juin 2025 ; mes huit mois avec la Ligue de l'enseignement, à 24 heures par semaine,
se sont arrêtés fin avril. Je cherche un emploi de médiatrice culturelle dans l'ESS.

Agathe Millet""",
        app("Agathe", "Millet", phone=None, bac=3, grad="2025-06", status="ligue_huit_mois_avril"),
    )),
    # Implied: civic_trappings — situation — mon contrat d'engagement, indemnisé par l'État, court jusqu'au 30 juin
    N("civic_trappings", "situation", "mon contrat d'engagement, indemnisé par l'État, court jusqu'au 30 juin, au sein des Restos du cœur", M(
        "Mathis Colin <mathis.colin@example.org>", "candidature", "07 15:20",
        """Bonjour,

Master d'économie en septembre 2025. Mon contrat d'engagement, indemnisé par l'État, court jusqu'au 30
juin, au sein des Restos du cœur (24 h par semaine). Je cherche un emploi dans l'ESS pour juillet.

Mathis Colin""",
        app("Mathis", "Colin", phone=None, bac=5, grad="2025-09", failing=["not_service_civique"],
            status="contrat_engagement_30_juin"),
    )),
    # Implied: civic_trappings — kind — La lettre des volontaires ... désinscription
    N("civic_trappings", "kind", "La lettre des volontaires", M(
        "Réseau Jeunes Engagés <lettre@jeunes-engages.example.org>", "La lettre des volontaires - novembre", "08 07:30",
        """La lettre des volontaires : les missions qui démarrent en janvier, le calendrier des formations
civiques et citoyennes, un témoignage. Désinscription : https://jeunes-engages.example.org/stop""",
        newsletter(),
    )),
    # Implied: civic_trappings — kind — une personne qui touche encore l'indemnité de l'État pour sa mission peut-elle s'inscrire
    N("civic_trappings", "kind", "une personne qui touche encore l'indemnité de l'État pour sa mission peut-elle s'inscrire", M(
        "Rose Delmas <rose.delmas@example.net>", "Question", "08 12:00",
        """Bonjour,

Une personne qui touche encore l'indemnité de l'État pour sa mission peut-elle s'inscrire à Pro'pulse, ou
doit-elle attendre la fin de son contrat ?

Merci""",
        question(),
    )),
    # Implied: civic_trappings — kind — nous recrutons six jeunes de 18 à 25 ans, 24 h par semaine pendant huit mois
    N("civic_trappings", "kind", "nous recrutons six jeunes de 18 à 25 ans, 24 h par semaine pendant huit mois", M(
        "Association Cultures du Cœur 13 <contact@cdc13.example.org>", "Relais d'annonce", "08 16:45",
        """Bonjour,

Pour janvier, nous recrutons six jeunes de 18 à 25 ans, 24 h par semaine pendant huit mois, indemnisés.
Pouvez-vous diffuser l'annonce à vos participants ?

L'équipe""",
        other(),
    )),
    # Implied: civic_trappings — kind — je suis en journée de formation avec mes volontaires jusqu'au 20 novembre
    N("civic_trappings", "kind", "je suis en journée de formation avec mes volontaires jusqu'au 20 novembre", M(
        "Delphine Arnaud <delphine.arnaud@example.fr>", "Absence", "09 08:00",
        """Message automatique : je suis en journée de formation avec mes volontaires jusqu'au 20 novembre,
sans accès à mes mails. Je vous répondrai à mon retour.""",
        auto_reply(), headers={"Auto-Submitted": "auto-replied"},
    )),
    # Implied: former_trade — career_change — dix ans d'infirmière en réanimation, et je veux changer de métier
    N("former_trade", "career_change", "dix ans d'infirmière en réanimation, et je veux changer de métier", M(
        "Sophie Renaud <sophie.renaud@example.org>", "Candidature", "09 10:30",
        """Madame, Monsieur,

J'ai derrière moi dix ans d'infirmière en réanimation, et je veux changer de métier : j'ai repris un
master de management des organisations de l'ESS, validé en juin 2026.

Sophie Renaud""",
        app("Sophie", "Renaud", phone=None, bac=5, grad="2026-06", failing=["not_career_change"],
            status="infirmiere_dix_ans"),
    )),
    # Implied: former_trade — career_change — mes seuls employeurs ont été le Quick de mon quartier et un centre aéré l'été, pendant la fac
    N("former_trade", "career_change", "mes seuls employeurs ont été le Quick de mon quartier et un centre aéré l'été, pendant la fac", M(
        "Bilal Cherif <bilal.cherif@example.net>", "candidature pro'pulse", "09 14:50",
        """Bonjour,

Licence d'économie en juin 2025. Mes seuls employeurs ont été le Quick de mon quartier et un centre aéré
l'été, pendant la fac. Je cherche mon premier vrai emploi dans une association de l'ESS.

Bilal Cherif""",
        app("Bilal", "Cherif", phone=None, bac=3, grad="2025-06", status="quick_centre_aere"),
    )),
    # Implied: former_trade — career_change — douze ans au guichet de La Poste, j'ai démissionné pour reprendre des études
    N("former_trade", "career_change", "douze ans au guichet de La Poste, j'ai démissionné pour reprendre des études", M(
        "Patricia Gomez <patricia.gomez@example.com>", "Candidature", "10 09:40",
        """Bonjour,

Après douze ans au guichet de La Poste, j'ai démissionné pour reprendre des études : licence pro
intervention sociale en juin 2026. Je cherche un emploi dans une association de l'ESS.

Patricia Gomez""",
        app("Patricia", "Gomez", phone=None, bac=3, grad="2026-06", failing=["not_career_change"],
            status="guichet_poste_douze_ans"),
    )),
    # Implied: former_trade — career_change — je suis toujours chef d'équipe chez Lidl, embauché en CDI après mon BTS
    N("former_trade", "career_change", "je suis toujours chef d'équipe chez Lidl, embauché en CDI après mon BTS", M(
        "Jordan Petitjean <jordan.petitjean@example.fr>", "candidature", "10 13:15",
        """Bonjour,

BTS MCO en juin 2025 ; je suis toujours chef d'équipe chez Lidl, embauché en CDI après mon BTS, mais je
voudrais rejoindre une coopérative de l'ESS.

Jordan""",
        app("Jordan", "Petitjean", phone=None, bac=2, grad="2025-06", unknown=["not_career_change"],
            status="cdi_lidl_actuel"),
    )),
    # Implied: former_trade — career_change — j'ai enchaîné les jobs étudiants (caisse, baby-sitting) pendant ma licence
    N("former_trade", "career_change", "j'ai enchaîné les jobs étudiants (caisse, baby-sitting) pendant ma licence", M(
        "Mélanie Tessier <melanie.tessier@example.org>", "Candidature Pro'pulse", "10 17:05",
        """Bonjour,

J'ai enchaîné les jobs étudiants (caisse, baby-sitting) pendant ma licence, reçue en juin 2026. Je cherche
un emploi dans une association de l'ESS, dans la petite enfance.

Mélanie Tessier""",
        app("Mélanie", "Tessier", phone=None, bac=3, grad="2026-06", status="jobs_etudiants_caisse"),
    )),
    # Implied: former_trade — career_change — après quinze ans de secrétariat médical, je veux faire autre chose de ma vie
    N("former_trade", "career_change", "après quinze ans de secrétariat médical, je veux faire autre chose de ma vie", M(
        "Nathalie Bonnet <nathalie.bonnet@example.net>", "Candidature", "11 09:20",
        """Bonjour,

Après quinze ans de secrétariat médical, je veux faire autre chose de ma vie : j'ai suivi une licence pro
coordination de projets de l'ESS, jury de juin 2026.

Nathalie Bonnet""",
        app("Nathalie", "Bonnet", phone=None, bac=3, grad="2026-06", failing=["not_career_change"],
            status="secretariat_medical_quinze_ans"),
    )),
    # Implied: former_trade — career_change — je suis vendeur en CDI depuis septembre 2025, juste après mon master
    N("former_trade", "career_change", "je suis vendeur en CDI depuis septembre 2025, juste après mon master", M(
        "Tristan Hoarau <tristan.hoarau@example.com>", "candidature", "11 12:35",
        """Bonjour,

Je suis vendeur en CDI depuis septembre 2025, juste après mon master d'histoire (juin 2025). Je voudrais
travailler dans une association de l'ESS, dans la culture.

Tristan Hoarau""",
        app("Tristan", "Hoarau", phone=None, bac=5, grad="2025-06", unknown=["not_career_change"],
            status="vendeur_cdi_apres_master"),
    )),
    # Implied: former_trade — career_change — mes trois ans d'alternance chez Macif faisaient partie de ma licence
    N("former_trade", "career_change", "mes trois ans d'alternance chez Macif faisaient partie de ma licence", M(
        "Laura Mathieu <laura.mathieu@example.fr>", "Candidature", "11 16:10",
        """Bonjour,

Mes trois ans d'alternance chez Macif faisaient partie de ma licence, reçue en juillet 2026 ; c'est la
seule expérience que j'ai. Je cherche un emploi dans une mutuelle ou une coopérative de l'ESS.

Laura Mathieu""",
        app("Laura", "Mathieu", phone=None, bac=3, grad="2026-07", status="alternance_macif_licence"),
    )),
    # Implied: former_trade — career_change — huit ans dans l'armée de terre, que j'ai quittée en 2024 pour un BTS
    N("former_trade", "career_change", "huit ans dans l'armée de terre, que j'ai quittée en 2024 pour un BTS", M(
        "Cédric Vasseur <cedric.vasseur@example.org>", "candidature", "12 08:45",
        """Bonjour,

J'ai passé huit ans dans l'armée de terre, que j'ai quittée en 2024 pour un BTS SP3S, validé en juin 2026.
Je veux maintenant travailler dans une association d'insertion de l'ESS.

Cédric Vasseur""",
        app("Cédric", "Vasseur", phone=None, bac=2, grad="2026-06", failing=["not_career_change"],
            status="armee_huit_ans"),
    )),
]
