"""Batch 7: dates of other events and «volontaire»/«bénévole» — a move, a wedding, the programme's own
cohort, a birth; «volontaire» as «motivated», weekends of bénévolat; and the true sense for contrast.
Each message written by hand; the comment names its trap."""

from kit import CV, M, app, auto_reply, newsletter, other, question, reply
from senses import S

MESSAGES = [
    # Sense: dates — other_sense — déménagement en juin 2022
    S("dates", "other_sense", "juin 2022", M(
        "Salomé Perret <salome.perret@example.org>", "Candidature", "13 16:40",
        """Bonjour,

Je suis arrivée à Bordeaux en juin 2022 pour mes études, et j'y ai obtenu mon master Sociologie en
septembre 2025. Je cherche un emploi dans une association de lutte contre les discriminations.

Salomé Perret""",
        app("Salomé", "Perret", phone=None, bac=5, grad="2025-09", status="demenagement_2022_master_2025"),
    )),
    # Sense: dates — true_sense — date de diplôme ancienne
    S("dates", "true_sense", "2023", M(
        "Bruno Legrand <bruno.legrand@example.net>", "Candidature", "14 09:00",
        """Bonjour,
Diplômé en mars 2023 (master Gestion publique), j'ai ensuite travaillé en CDD dans une mairie. Je cherche
maintenant un emploi dans une association.
Bruno Legrand""",
        app("Bruno", "Legrand", phone=None, bac=5, grad="2023-03", failing=["graduation_recent"],
            status="diplome_mars_2023"),
    )),
    # Sense: dates — other_sense — mariage en 2023
    S("dates", "other_sense", "2023", M(
        "Aïcha Traoré <aicha.traore@example.fr>", "Candidature", "14 11:15",
        """Bonjour,

Mariée depuis août 2023, j'ai repris mes études après la naissance de ma fille : licence
d'administration publique validée en juin 2026. C'est mon premier emploi que je cherche, dans une
association de quartier.

Aïcha Traoré
07 22 33 44 55""",
        app("Aïcha", "Traoré", phone="+33722334455", bac=3, grad="2026-06",
            status="mariage_2023_licence_2026"),
    )),
    # Sense: dates — other_sense — the programme's cohort date
    S("dates", "other_sense", "janvier 2027", M(
        "Rose Lambert <rose.lambert@example.org>", "Candidature pour la session de janvier 2027", "14 13:30",
        """Bonjour,
Je voudrais intégrer votre session de janvier 2027. J'ai un BTS Tourisme (2022) et je cherche un emploi
dans le tourisme solidaire.
Rose""",
        app("Rose", "Lambert", phone=None, bac=2, grad="2022", failing=["graduation_recent"],
            status="session_janvier_2027_bts_2022"),
    )),
    # Sense: dates — other_sense — date of birth on a CV
    S("dates", "other_sense", "2001", M(
        "Killian Marie <killian.marie@example.com>", "Candidature", "14 15:45",
        """Bonjour,

Voici mon CV en pièce jointe ; je cherche un poste dans une coopérative de l'ESS.

Killian Marie""",
        app("Killian", "Marie", phone=None, bac=3, grad=None, unknown=["graduation_recent"],
            info_in="both", status="cv_naissance_2001_licence_sans_date"),
        cv=CV("pdf", "CV_Killian_Marie.pdf", """
Killian Marie — né le 14 mars 2001
killian.marie@example.com
Formation
Licence Économie-gestion, Université de Caen
Bac ES, 2019
Expérience
Été 2024 : saisonnier, camping
"""),
    )),
    # Sense: dates — true_sense — date within 24 months, near the edge
    S("dates", "true_sense", "décembre 2024", M(
        "Solène Faivre <solene.faivre@example.net>", "Candidature", "15 09:20",
        """Bonjour,
J'ai obtenu mon master en décembre 2024 (jury du 12 décembre). Je cherche un emploi dans une
association d'éducation à l'environnement.
Solène Faivre""",
        app("Solène", "Faivre", phone=None, bac=5, grad="2024-12", status="master_decembre_2024"),
    )),
    # Sense: dates — other_person — the partner's graduation year
    S("dates", "other_person", "2021", M(
        "Jordan Mallet <jordan.mallet@example.org>", "candidature", "15 11:35",
        """Bonjour,
Mon compagnon a eu son master en 2021 et il travaille dans une SCOP ; moi, j'ai fini ma licence pro
Gestion des organisations de l'ESS en juillet 2026. Je cherche un emploi dans une coopérative.
Jordan""",
        app("Jordan", "Mallet", phone=None, bac=3, grad="2026-07", status="compagnon_master_2021"),
    )),
    # Sense: dates — other_sense — fin de contrat date
    S("dates", "other_sense", "31 octobre 2024", M(
        "Virginie Brun <virginie.brun@example.fr>", "Candidature", "15 14:00",
        """Bonjour,

Mon premier CDD s'est terminé le 31 octobre 2024. Je suis titulaire d'un BTS SP3S, obtenu au printemps
2024 je crois, sans la date exacte. Je cherche un emploi dans une association d'aide à domicile.

Virginie Brun""",
        app("Virginie", "Brun", phone=None, bac=2, grad="2024", unknown=["graduation_recent"],
            status="fin_cdd_octobre_2024_bts_2024"),
    )),
    # Sense: dates — other_sense — newsletter with dates
    S("dates", "other_sense", "15 janvier", M(
        "Pro'pulse Occitanie (info) <info@propulse-occ.example.org>", "Prochaine session : 15 janvier",
        "15 07:00",
        """Prochaine session de l'accompagnement : 15 janvier. Réunions d'information les 2 et 9 décembre.
Pour vous désinscrire, cliquez ici.""",
        newsletter(),
    )),
    # Sense: dates — other_sense — question about dates
    S("dates", "other_sense", "date limite", M(
        "Manuel Ortiz <manuel.ortiz@example.com>", "Date limite ?", "15 09:30",
        """Bonjour,
Quelle est la date limite pour s'inscrire à la session de printemps ? Je transmets l'info à un groupe
d'étudiants. Merci.""",
        question(),
    )),
    # Sense: dates — true_sense — English date 2024 year only
    S("dates", "true_sense", "2024", M(
        "Sophie Turner <sophie.turner@example.co.uk>", "Application", "15 12:10",
        """Hello,

I graduated in 2024 with an MSc in Sustainable Development from Edinburgh. I'm now in Nantes and looking
for a job in a cooperative or a non-profit.

Sophie""",
        app("Sophie", "Turner", phone=None, bac=5, grad="2024", language="en", unknown=["graduation_recent"],
            status="en_graduated_2024"),
    )),
    # Sense: volontaire — other_sense — volontaire comme adjectif
    S("volontaire", "other_sense", "volontaire", M(
        "Éva Rousseau <eva.rousseau@example.org>", "Candidature", "15 14:25",
        """Bonjour,

Je suis quelqu'un de très volontaire et curieux. J'ai obtenu ma licence pro Métiers de l'animation
sociale en juin 2026 et je cherche un emploi dans une association de jeunesse.

Éva Rousseau""",
        app("Éva", "Rousseau", phone=None, bac=3, grad="2026-06", status="volontaire_adjectif"),
    )),
    # Sense: volontaire — true_sense — volontaire (volontariat de nature inconnue)
    S("volontaire", "true_sense", "volontaire", M(
        "Adèle Caron <adele.caron@example.net>", "candidature", "16 09:10",
        """Bonjour, je suis volontaire dans une association de santé depuis septembre, jusqu'en avril. J'ai un
master Santé publique de juin 2026. Je cherche un emploi dans l'ESS.
Adèle""",
        app("Adèle", "Caron", phone=None, bac=5, grad="2026-06", unknown=["not_service_civique"],
            status="volontaire_depuis_septembre"),
    )),
    # Sense: volontaire — other_sense — bénévole les week-ends passés
    S("volontaire", "other_sense", "bénévole", M(
        "Simon Barbe <simon.barbe@example.com>", "Candidature Simon Barbe", "16 11:00",
        """Bonjour,

J'ai été bénévole plusieurs week-ends aux Restos du cœur pendant mes études. Diplômé d'un master
Économie sociale en juin 2025, je cherche un emploi de chargé de mission dans une fédération
associative.

Simon Barbe
06 45 67 89 01""",
        app("Simon", "Barbe", phone="+33645678901", bac=5, grad="2025-06", status="benevole_weekends"),
    )),
    # Sense: volontaire — other_sense — départ volontaire (rupture)
    S("volontaire", "other_sense", "départ volontaire", M(
        "Patrick Lenoir <patrick.lenoir@example.fr>", "Candidature", "16 13:20",
        """Bonjour,

J'ai quitté mon employeur dans le cadre d'un plan de départ volontaire, après quinze ans comme
technicien chez un opérateur télécom. J'ai validé un master ESS en juin 2026. Je cherche un emploi dans
une SCIC.

Patrick Lenoir""",
        app("Patrick", "Lenoir", phone=None, bac=5, grad="2026-06", failing=["not_career_change"],
            status="depart_volontaire_15_ans"),
    )),
    # Sense: volontaire — true_sense — volontaire en service civique actuel
    S("volontaire", "true_sense", "volontaire", M(
        "Inès Colin <ines.colin@example.org>", "Candidature", "16 15:40",
        """Bonjour,
Volontaire en service civique à la Ligue de l'enseignement depuis octobre (jusqu'en mai), j'ai un BTS
de 2025. Je cherche un emploi dans l'éducation populaire après.
Inès Colin""",
        app("Inès", "Colin", phone=None, bac=2, grad="2025", failing=["not_service_civique"],
            status="volontaire_sc_en_cours"),
    )),
    # Sense: volontaire — other_sense — English "volunteer" adjective
    S("volontaire", "other_sense", "volunteer", M(
        "Ryan Clarke <ryan.clarke@example.com>", "Application", "16 17:55",
        """Hi,

I used to coordinate the volunteer team of my university's film society (a student role, over in May).
I hold a BA in Media from Sheffield, June 2026. I'm applying for a job in a French community radio
or another non-profit.

Ryan Clarke""",
        app("Ryan", "Clarke", phone=None, bac=3, grad="2026-06", language="en",
            status="en_volunteer_team_past"),
    )),
    # Sense: volontaire — other_sense — pompier volontaire
    S("volontaire", "other_sense", "pompier volontaire", M(
        "Lucas Guérin <lucas.guerin@example.net>", "candidature", "17 09:20",
        """Bonjour,
Je suis pompier volontaire dans mon village (gardes le week-end). Diplôme : BTS Gestion et protection de
la nature, juin 2025. Je cherche un emploi dans une association naturaliste.
Lucas — 06 10 20 30 40""",
        app("Lucas", "Guérin", phone="+33610203040", bac=2, grad="2025-06", status="pompier_volontaire"),
    )),
    # Sense: volontaire — other_person — the brother's volontariat
    S("volontaire", "other_person", "volontariat", M(
        "Elena Petrova <elena.petrova@example.org>", "Candidature", "17 11:40",
        """Bonjour,

Mon frère fait un volontariat international en Équateur, moi je reste en France : j'ai fini un master
Relations internationales en septembre 2025 et je cherche un emploi dans une ONG basée à Paris.

Elena Petrova""",
        app("Elena", "Petrova", phone=None, bac=5, grad="2025-09", status="frere_volontariat"),
    )),
    # Sense: volontaire — other_sense — employer looking for "bénévoles"
    S("volontaire", "other_sense", "bénévoles", M(
        "Banque alimentaire du Rhône <benevolat@ba69.example.org>", "Appel à bénévoles — collecte",
        "17 13:00",
        """Bonjour,

Pour la collecte nationale des 27 et 28 novembre, nous cherchons encore 200 bénévoles. Pourriez-vous
relayer auprès de vos participants ?

Merci, l'équipe bénévolat""",
        other(),
    )),
    # Sense: volontaire — other_sense — auto-reply of a volunteer
    S("volontaire", "other_sense", "bénévole", M(
        "Trésorier Asso Les Amis du Parc <tresorier@amisduparc.example.org>", "Réponse automatique",
        "17 14:30",
        """Bonjour, je suis bénévole et ne lis cette boîte que le samedi. Je vous répondrai au plus vite.""",
        auto_reply(),
    )),
    # Sense: volontaire — true_sense — volontariat passé, year 2025
    S("volontaire", "true_sense", "volontariat", M(
        "Mathilde Baron <mathilde.baron@example.fr>", "Candidature", "17 16:50",
        """Bonjour,

Mon volontariat européen (Corps européen de solidarité) s'est terminé en août 2026. J'ai un master
Études européennes (juin 2025). Je cherche un emploi dans une association d'éducation à l'Europe.

Mathilde Baron""",
        app("Mathilde", "Baron", phone=None, bac=5, grad="2025-06", status="volontariat_europeen_fini"),
    )),
    # Sense: dates — other_sense — reply in thread with dates
    S("dates", "other_sense", "4 décembre", M(
        "Nicolas Hubert <nicolas.hubert@example.org>", "Re: Créneaux d'entretien", "18 09:10",
        """Bonjour,
Le créneau du 4 décembre à 10 h me convient. Je déménage le 1er, donc merci de m'écrire plutôt
qu'appeler cette semaine-là.
Nicolas

> Pro'pulse a écrit : Voici nos créneaux : 4 décembre 10 h, 7 décembre 15 h.""",
        reply(),
        headers={"In-Reply-To": "<creneaux-5541@animafac.net>", "References": "<creneaux-5541@animafac.net>"},
    )),
    # Sense: dates — true_sense — SMS, graduation this year
    S("dates", "true_sense", "cet été", M(
        "maeva.lopes@example.com", "jeune diplomee", "18 11:25",
        """coucou, Maeva Lopes, diplômée cet été d'un BTS ESF (juillet 2026), je cherche du taf en asso ou en
coop, merci !! 06 98 76 54 32""",
        app("Maeva", "Lopes", phone="+33698765432", bac=2, grad="2026-07", status="sms_diplomee_cet_ete"),
    )),
    # Sense: volontaire — other_sense — volontaire as adjective but aim unknown
    S("volontaire", "other_sense", "volontaire", M(
        "Gaëlle Renaud <gaelle.renaud@example.net>", "Candidature spontanée", "18 13:50",
        """Bonjour,
Volontaire et dynamique, je suis titulaire d'un master Marketing (juin 2026). Je cherche un emploi, tous
secteurs confondus.
Gaëlle Renaud""",
        app("Gaëlle", "Renaud", phone=None, bac=5, grad="2026-06", unknown=["job_seeking_ess"],
            status="volontaire_adjectif_tous_secteurs"),
    )),
]
