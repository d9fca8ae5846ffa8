"""Batch 1: «stage» and «service civique» — a training course, a field wanted, someone else's; and the true
sense for contrast. Each message written by hand; the comment names its trap."""

from kit import CV, M, app, auto_reply, newsletter, other, question
from senses import S

MESSAGES = [
    # Sense: stage — other_sense — stage de secourisme
    S("stage", "other_sense", "stage de secourisme", M(
        "Léonie Marchetti <leonie.marchetti@example.org>", "Candidature Pro'pulse", "03 09:12",
        """Bonjour,

Je m'appelle Léonie Marchetti, j'ai obtenu mon master Économie sociale et solidaire à Lyon 2 en juin 2025.
Ce mois-ci j'ai suivi un stage de secourisme de deux jours avec la Croix-Rouge, pour être utile dans les
accueils de jour. À part ça je suis disponible tout de suite et je cherche un emploi dans une association
ou une coopérative.

Bien à vous,
Léonie Marchetti
06 71 22 48 90""",
        app("Léonie", "Marchetti", phone="+33671224890", bac=5, grad="2025-06",
            status="stage_secourisme_ce_mois"),
    )),
    # Sense: stage — true_sense — stage
    S("stage", "true_sense", "stage", M(
        "Bastien Roudier <b.roudier@example.net>", "Pro'pulse - candidature", "03 10:40",
        """Bonjour,

Titulaire d'une licence pro Gestion des structures sanitaires et sociales (juillet 2025), je suis
actuellement en stage à la Mutualité jusqu'au 31 janvier. Je cherche ensuite un poste dans l'ESS.

Bastien Roudier""",
        app("Bastien", "Roudier", phone=None, bac=3, grad="2025-07", failing=["not_internship"],
            status="stage_jusqu_31_janvier"),
    )),
    # Sense: stage — other_sense — stage BAFA
    S("stage", "other_sense", "stage BAFA", M(
        "Inès Hadjadj <ines.hadj@example.com>", "candidature", "03 14:05",
        """Bonjour,
je viens de finir mon stage BAFA d'approfondissement (la semaine dernière, en centre de loisirs). Côté
études j'ai un BTS Économie sociale familiale obtenu en juillet 2024 et je cherche un emploi salarié dans
l'éducation populaire, en asso.
Inès""",
        app("Inès", "Hadjadj", phone=None, bac=2, grad="2024-07", failing=["graduation_recent"],
            status="bafa_bts_2024_07"),
    )),
    # Sense: stage — other_sense — stage de yoga
    S("stage", "other_sense", "stage de yoga", M(
        "Maëlys Ferrand <maelys.ferrand@example.org>", "Dispositif Pro'pulse", "04 08:55",
        """Bonjour Pro'pulse,

Petite précision avant tout : si vous m'écrivez la semaine prochaine, je réponds le soir, j'anime un stage
de yoga pour des seniors à la MJC toute la semaine (bénévolement, c'est ma tante qui l'organise).

Je suis diplômée d'un master 2 Développement local depuis septembre 2025 et je cherche un emploi de chargée
de projet dans une structure de l'économie sociale et solidaire.

Maëlys Ferrand""",
        app("Maëlys", "Ferrand", phone=None, bac=5, grad="2025-09", status="anime_stage_yoga"),
    )),
    # Sense: stage — other_sense — stage de formation continue
    S("stage", "other_sense", "stage de formation continue", M(
        "Théo Lambertin <theo.lambertin@example.fr>", "Candidature chargé de mission", "04 11:20",
        """Madame, Monsieur,

Ma mère, éducatrice spécialisée, part cette semaine en stage de formation continue et m'a parlé de votre
dispositif. Je suis titulaire d'une licence de sociologie (2025) et je cherche un premier emploi dans une
association d'insertion. Je n'ai pas encore de date précise pour ma disponibilité, mais c'est rapide.

Théo Lambertin
07 45 10 33 21""",
        app("Théo", "Lambertin", phone="+33745103321", bac=3, grad="2025",
            status="mere_stage_formation_continue"),
    )),
    # Sense: stage — true_sense — stage de fin d'études
    S("stage", "true_sense", "stage de fin d'études", M(
        "Clara Besnier <clara.besnier@example.org>", "Candidature", "04 16:02",
        """Bonjour,

J'ai terminé mon stage de fin d'études le 30 septembre dans une SCOP de Nantes et mon master a été validé
par le jury le 20 octobre 2026. Je cherche désormais un emploi dans l'ESS, idéalement en coopérative.

Clara Besnier""",
        app("Clara", "Besnier", phone=None, bac=5, grad="2026-10",
            status="stage_fini_septembre_jury_octobre"),
    )),
    # Sense: stage — other_sense — stage de perfectionnement en langue des signes
    S("stage", "other_sense", "stage", M(
        "Yanis Belkacem <yanis.b@example.net>", "Candidature", "05 09:31",
        """Salut l'équipe,
Je suis Yanis, 24 ans, licence pro Intervention sociale validée en juin 2025. En ce moment je fais un
stage intensif de langue des signes le samedi (cours du soir + stage d'une semaine en février, c'est une
formation, pas en entreprise). Je cherche un job dans une asso du handicap ou une coop, je suis dispo.
Yanis — 06 12 98 77 40""",
        app("Yanis", "Belkacem", phone="+33612987740", bac=3, grad="2025-06", status="stage_lsf_formation"),
    )),
    # Sense: stage — true_sense — stagiaire
    S("stage", "true_sense", "stagiaire", M(
        "Anouk Verdier <anouk.verdier@example.com>", "Pro'pulse", "05 13:14",
        """Bonjour,

Je suis stagiaire depuis le 1er septembre à la Ligue de l'enseignement, jusqu'à fin février ; j'ai fini
mon M2 en juin 2026. Je voulais savoir si je peux déjà candidater pour trouver un poste dans l'ESS ensuite.

Anouk Verdier""",
        app("Anouk", "Verdier", phone=None, bac=5, grad="2026-06", failing=["not_internship"],
            status="stagiaire_jusqu_fevrier"),
    )),
    # Sense: stage — other_sense — stage de conduite
    S("stage", "other_sense", "stage de récupération de points", M(
        "Hugo Tessier <hugo.tessier@example.org>", "Candidature Hugo Tessier", "05 18:47",
        """Bonjour,

Je dois faire un stage de récupération de points le 12 décembre (je sais, ce n'est pas glorieux), donc ce
jour-là je ne serai pas joignable. Pour le reste : DUT Carrières sociales obtenu en 2023, puis deux ans
d'animation en CDD dans un centre social. Je cherche un poste dans une association.

Hugo Tessier""",
        app("Hugo", "Tessier", phone=None, bac=2, grad="2023", failing=["graduation_recent"],
            status="stage_points_dut_2023"),
    )),
    # Sense: stage — other_sense — a newsletter of training courses
    S("stage", "other_sense", "stages", M(
        "Maison des associations <lettre@mda-grenoble.example.org>", "Les stages de l'hiver : inscrivez-vous",
        "06 07:00",
        """Lettre d'information — décembre

Les stages de l'hiver : comptabilité associative (2 jours), prise de parole en public, premiers secours
(PSC1). Tarif bénévole : 10 €. Inscriptions en ligne.

Se désabonner : https://mda-grenoble.example.org/desabonnement""",
        newsletter(),
    )),
    # Sense: stage — other_sense — a question about a stage BAFD
    S("stage", "other_sense", "stage BAFD", M(
        "Sarah Lemoine <sarah.lemoine@example.com>", "Question", "06 10:10",
        """Bonjour,
Est-ce que votre accompagnement prévoit des jours de formation obligatoires ? Je voudrais savoir si on peut
s'absenter une semaine pour un stage BAFD par exemple. Merci pour votre réponse.""",
        question(),
    )),
    # Sense: service_civique — other_sense — le service civique comme métier visé
    S("service_civique", "other_sense", "service civique", M(
        "Jade Moulin <jade.moulin@example.org>", "Candidature - coordination", "06 14:30",
        """Bonjour,

Diplômée d'un master Management des organisations de l'ESS (septembre 2025), je souhaite travailler à
l'accompagnement des jeunes en service civique : tutorat, coordination des volontaires, formations
civiques. Je cherche donc un emploi dans une association ou une fédération qui accueille des volontaires.

Jade Moulin
06 33 45 12 08""",
        app("Jade", "Moulin", phone="+33633451208", bac=5, grad="2025-09",
            status="veut_coordonner_service_civique"),
    )),
    # Sense: service_civique — true_sense — en service civique
    S("service_civique", "true_sense", "service civique", M(
        "Nathan Giraud <nathan.giraud@example.net>", "candidature pro'pulse", "06 17:45",
        """Bonjour, je suis en service civique à Unis-Cité depuis octobre, pour huit mois. J'ai une licence de
géographie de 2025. Je voudrais un emploi dans l'ESS après. Nathan""",
        app("Nathan", "Giraud", phone=None, bac=3, grad="2025", failing=["not_service_civique"],
            status="sc_en_cours_octobre"),
    )),
    # Sense: service_civique — other_person — la sœur en service civique
    S("service_civique", "other_person", "service civique", M(
        "Romane Delattre <romane.delattre@example.fr>", "Candidature", "07 09:02",
        """Bonjour,

C'est ma petite sœur, qui fait son service civique dans une épicerie solidaire, qui m'a parlé de Pro'pulse.
Moi j'ai terminé un master Sciences politiques en juin 2026 et je cherche un emploi dans l'économie
sociale et solidaire, plutôt dans le plaidoyer associatif.

Romane Delattre""",
        app("Romane", "Delattre", phone=None, bac=5, grad="2026-06", status="soeur_en_service_civique"),
    )),
    # Sense: service_civique — other_sense — employer's offer: coordinateur service civique
    S("service_civique", "other_sense", "service civique", M(
        "Recrutement Ligue 38 <recrutement@ligue38.example.org>", "Offre : coordinateur·rice service civique",
        "07 11:15",
        """Bonjour,

Nous recrutons un·e coordinateur·rice du service civique (CDI, 35 h, Grenoble) pour suivre 60 volontaires
par an. Pourriez-vous diffuser l'offre auprès des jeunes que vous accompagnez ? Fiche de poste sur
https://ligue38.example.org/offres.

Service RH, Ligue 38""",
        other(),
    )),
    # Sense: service_civique — true_sense — service civique terminé
    S("service_civique", "true_sense", "service civique", M(
        "Lucas Perrin <lucas.perrin@example.com>", "Candidature", "07 15:50",
        """Bonjour,

Mon service civique s'est terminé fin juin 2026. Avant cela j'avais obtenu un BTS SP3S en juillet 2025.
Je cherche maintenant un emploi durable dans une structure de l'ESS (insertion, logement).

Lucas Perrin
07 81 40 22 19""",
        app("Lucas", "Perrin", phone="+33781402219", bac=2, grad="2025-07", status="sc_termine_juin"),
    )),
    # Sense: service_civique — other_sense — tuteur de volontaires
    S("service_civique", "other_sense", "service civique", M(
        "Élodie Carré <elodie.carre@example.org>", "Candidature au programme", "08 10:05",
        """Bonjour,

Dans mon dernier CDD, j'étais tutrice des jeunes en service civique de la fédération ; c'était la partie
que je préférais. Ce CDD s'est fini en août. J'ai une licence professionnelle Coordination de projets
d'animation (2024, sans plus de précision, désolée) et je cherche un poste en association.

Élodie Carré""",
        app("Élodie", "Carré", phone=None, bac=3, grad="2024", unknown=["graduation_recent"],
            status="tutrice_sc_licence_2024"),
    )),
    # Sense: service_civique — other_sense — newsletter on service civique
    S("service_civique", "other_sense", "service civique", M(
        "Agence du Service Civique (lettre) <infos@lettre-volontariat.example.org>",
        "Le service civique a 16 ans : témoignages", "08 07:30",
        """Cette semaine : le service civique fête ses seize ans. Trois anciens volontaires racontent leur
mission, et un focus sur les structures d'accueil qui recrutent pour janvier.

Vous recevez cette lettre car vous êtes inscrit·e. Se désinscrire.""",
        newsletter(),
    )),
    # Sense: service_civique — other_sense — English: civic service as a field
    S("service_civique", "other_sense", "civic service", M(
        "Amelia Porter <amelia.porter@example.co.uk>", "Application - Pro'pulse", "08 12:12",
        """Hello,

I completed an MA in Social Policy at the University of Leeds in September 2025 and now live in Lille.
I would like to work in civic service programmes - training and supporting young volunteers - in a French
non-profit or cooperative. I'm not a volunteer myself at the moment, just job hunting.

Best,
Amelia Porter""",
        app("Amelia", "Porter", phone=None, bac=5, grad="2025-09", language="en",
            status="en_civic_service_field"),
    )),
    # Sense: service_civique — true_sense — service civique à venir
    S("service_civique", "true_sense", "service civique", M(
        "Chloé Navarro <chloe.navarro@example.net>", "Candidature", "09 09:40",
        """Bonjour,

J'ai un master Droit de l'économie sociale (juin 2026). On m'a proposé un service civique qui débuterait
en mars 2027 mais je préférerais trouver un emploi dans l'ESS d'ici là. Rien d'autre en cours.

Chloé Navarro""",
        app("Chloé", "Navarro", phone=None, bac=5, grad="2026-06", status="sc_propose_mars_2027"),
    )),
    # Sense: service_civique — other_person — referral by a tutor of service civique
    S("service_civique", "other_person", "service civique", M(
        "Karim Ouali <k.ouali@centre-social.example.org>", "Orientation d'une jeune vers Pro'pulse",
        "09 14:22",
        """Bonjour,

Je suis tuteur service civique au centre social des Tilleuls. Je vous oriente Manon Lefort
(manon.lefort@example.org), qui n'est pas volontaire chez nous : c'est une ancienne animatrice. Elle a un
DEJEPS obtenu en 2022 et cherche un poste de coordinatrice dans l'ESS.

Karim Ouali""",
        app("Manon", "Lefort", phone=None, bac=2, grad="2022", failing=["graduation_recent"],
            email="manon.lefort@example.org", forwarded_by="k.ouali@centre-social.example.org",
            status="tuteur_sc_oriente_dejeps_2022"),
    )),
    # Sense: service_civique — other_sense — auto-reply of a service civique coordinator
    S("service_civique", "other_sense", "service civique", M(
        "Pauline Riou <pauline.riou@asso-relais.example.org>", "Absente : Re: Pro'pulse", "09 16:00",
        """Bonjour, je suis en congé jusqu'au 14 décembre. Pour toute question sur l'accueil des
volontaires en
service civique, écrivez à volontariat@asso-relais.example.org.
Pauline Riou (message automatique)""",
        auto_reply(),
    )),
    # Sense: service_civique — true_sense — service civique with CV
    S("service_civique", "true_sense", "Service civique", M(
        "Ibrahim Sow <ibrahim.sow@example.org>", "Candidature Ibrahim Sow", "10 10:30",
        """Bonjour,

Ci-joint mon CV. Je cherche un emploi dans l'ESS (coopératives agricoles, circuits courts).

Ibrahim Sow""",
        app("Ibrahim", "Sow", phone="+33652013344", bac=5, grad="2025-06", failing=["not_service_civique"],
            info_in="both", status="cv_sc_en_cours"),
        cv=CV("pdf", "CV_Ibrahim_Sow.pdf", """
Ibrahim Sow
06 52 01 33 44 — ibrahim.sow@example.org
Expérience
Depuis octobre 2026 : Service civique, Terre de liens (8 mois, en cours)
Formation
Juin 2025 : Master Agroécologie et développement territorial, Université de Rennes
"""),
    )),
    # Sense: stage — other_sense — employer offering stage de formation
    S("stage", "other_sense", "stage", M(
        "Coop Form <contact@coopform.example.com>",
        "Stage de formation « Créer sa SCOP » — places disponibles",
        "10 12:00",
        """Bonjour,

Notre stage de formation « Créer sa SCOP » (3 jours, janvier) a encore des places. Il s'adresse aux
porteurs de projet. Pouvez-vous relayer auprès de vos participants ?

L'équipe Coop Form""",
        other(),
    )),
    # Sense: stage — true_sense — stage passé en English "placement"
    S("stage", "true_sense", "placement", M(
        "Oliver Hayes <oliver.hayes@example.com>", "Pro'pulse application", "10 15:35",
        """Hi,

My placement at a housing charity in Marseille ended last month. I hold a BA in Community Development
(June 2025). I'm looking for a paid job in the social and solidarity economy.

Oliver Hayes""",
        app("Oliver", "Hayes", phone=None, bac=3, grad="2025-06", language="en", status="en_placement_ended"),
    )),
]
