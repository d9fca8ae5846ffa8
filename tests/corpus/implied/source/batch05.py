# ruff: noqa: E501 (each message's implying words stand whole on its comment line and its N(...) line)
"""Batch 5: the aim implied by the employers named, their kind or the writer's values; a search implied by
its acts. Each message written by hand; the comment names its implication, the fact it carries and the
words that carry it."""

from implied import N
from kit import M, app, newsletter, other, question, reply

MESSAGES = [
    # Implied: ess_employers — aim — chez Emmaüs, dans une SCOP ou dans une régie de quartier
    N("ess_employers", "aim", "chez Emmaüs, dans une SCOP ou dans une régie de quartier", M(
        "Léo Bertrand <leo.bertrand@example.org>", "candidature", "02 08:40",
        """Bonjour,

Licence de sociologie en juin 2026. J'aimerais travailler chez Emmaüs, dans une SCOP ou dans une régie de
quartier, et je cherche activement depuis l'été.

Léo Bertrand""",
        app("Léo", "Bertrand", phone=None, bac=3, grad="2026-06", status="emmaus_scop_regie"),
    )),
    # Implied: ess_employers — aim — une banque d'affaires à Londres ou un cabinet de fusions-acquisitions
    N("ess_employers", "aim", "une banque d'affaires à Londres ou un cabinet de fusions-acquisitions", M(
        "Victoire de Lansac <victoire.delansac@example.com>", "Candidature", "02 12:15",
        """Bonjour,

Master de finance en septembre 2025. Je vise une banque d'affaires à Londres ou un cabinet de
fusions-acquisitions, et votre accompagnement m'aiderait à préparer les entretiens.

Victoire de Lansac""",
        app("Victoire", "de Lansac", phone=None, bac=5, grad="2025-09", failing=["job_seeking_ess"],
            status="banque_affaires_londres"),
    )),
    # Implied: ess_employers — aim — une mutuelle ou une banque coopérative comme le Crédit Coopératif
    N("ess_employers", "aim", "une mutuelle ou une banque coopérative comme le Crédit Coopératif", M(
        "Simon Garnier <simon.garnier@example.net>", "Pro'pulse", "03 10:05",
        """Bonjour,

Master de gestion de patrimoine en juillet 2025. Je cherche un poste de conseiller dans une mutuelle ou
une banque coopérative comme le Crédit Coopératif.

Simon""",
        app("Simon", "Garnier", phone=None, bac=5, grad="2025-07", status="mutuelle_credit_cooperatif"),
    )),
    # Implied: ess_employers — aim — chez Decathlon ou à la Croix-Rouge, ça m'est égal
    N("ess_employers", "aim", "chez Decathlon ou à la Croix-Rouge, ça m'est égal", M(
        "Kylian Fontaine <kylian.fontaine@example.fr>", "candidature", "03 15:30",
        """Bonjour,

BTS NDRC en juin 2025. Je cherche un poste d'accueil chez Decathlon ou à la Croix-Rouge, ça m'est égal,
je veux juste travailler.

Kylian""",
        app("Kylian", "Fontaine", phone=None, bac=2, grad="2025-06", unknown=["job_seeking_ess"],
            status="decathlon_ou_croix_rouge"),
    )),
    # Implied: ess_employers — aim — le service marketing de L'Oréal ou de LVMH
    N("ess_employers", "aim", "le service marketing de L'Oréal ou de LVMH", M(
        "Clémence Vidal <clemence.vidal@example.org>", "Candidature", "04 09:20",
        """Bonjour,

Master de marketing en juin 2026. Mon objectif : le service marketing de L'Oréal ou de LVMH. On m'a dit
que votre programme aidait à décrocher un premier poste.

Clémence Vidal""",
        app("Clémence", "Vidal", phone=None, bac=5, grad="2026-06", failing=["job_seeking_ess"],
            status="loreal_lvmh"),
    )),
    # Implied: ess_employers — aim — aux Restos du cœur, au Secours populaire ou dans une épicerie sociale
    N("ess_employers", "aim", "aux Restos du cœur, au Secours populaire ou dans une épicerie sociale", M(
        "Fatou Ndiaye <fatou.ndiaye@example.com>", "candidature", "04 14:00",
        """Bonjour,

DUT carrières sociales en juin 2025. Je voudrais un emploi salarié aux Restos du cœur, au Secours
populaire ou dans une épicerie sociale : là où on aide vraiment les gens.

Fatou Ndiaye""",
        app("Fatou", "Ndiaye", phone=None, bac=2, grad="2025-06", status="restos_secours_epicerie"),
    )),
    # Implied: ess_employers — aim — je prépare le concours d'attaché territorial
    N("ess_employers", "aim", "je prépare le concours d'attaché territorial", M(
        "Bastien Leclerc <bastien.leclerc@example.net>", "Candidature", "05 10:40",
        """Bonjour,

Master d'administration publique en juin 2026 ; je prépare le concours d'attaché territorial pour
travailler dans une mairie ou un département.

Bastien Leclerc""",
        app("Bastien", "Leclerc", phone=None, bac=5, grad="2026-06", failing=["job_seeking_ess"],
            status="concours_attache"),
    )),
    # Implied: ess_employers — aim — une entreprise qui a du sens
    N("ess_employers", "aim", "une entreprise qui a du sens", M(
        "Elsa Moreau <elsa.moreau@example.fr>", "candidature", "05 15:15",
        """Bonjour,

Licence de communication en juin 2025. Je cherche une entreprise qui a du sens, où je serais fière de
travailler.

Elsa""",
        app("Elsa", "Moreau", phone=None, bac=3, grad="2025-06", unknown=["job_seeking_ess"],
            status="entreprise_qui_a_du_sens"),
    )),
    # Implied: ess_employers — aim — une structure à but non lucratif, à gouvernance démocratique : une personne, une voix
    N("ess_employers", "aim", "une structure à but non lucratif, à gouvernance démocratique : une personne, une voix", M(
        "Thomas Perrot <thomas.perrot@example.org>", "Candidature Pro'pulse", "06 09:45",
        """Bonjour,

Master de droit des affaires en septembre 2025, mais pas pour le CAC 40 : je cherche un emploi dans une
structure à but non lucratif, à gouvernance démocratique : une personne, une voix.

Thomas Perrot""",
        app("Thomas", "Perrot", phone=None, bac=5, grad="2025-09", status="une_personne_une_voix"),
    )),
    # Implied: ess_employers — aim — une start-up de la tech, idéalement une future licorne
    N("ess_employers", "aim", "une start-up de la tech, idéalement une future licorne", M(
        "Hugo Masson <hugo.masson@example.com>", "candidature", "06 13:10",
        """Bonjour,

Diplôme d'ingénieur en septembre 2025 ; je cherche un poste de product manager dans une start-up de la
tech, idéalement une future licorne.

Hugo Masson""",
        app("Hugo", "Masson", phone=None, bac=5, grad="2025-09", failing=["job_seeking_ess"],
            status="startup_licorne"),
    )),
    # Implied: ess_employers — aim — une SCIC ou une entreprise d'insertion
    N("ess_employers", "aim", "une SCIC ou une entreprise d'insertion", M(
        "Claire Bouvier <claire.bouvier@example.net>", "candidature", "07 08:55",
        """Bonjour,

Licence pro gestion de projets en juin 2026. Je cherche un poste d'encadrante technique dans une SCIC ou
une entreprise d'insertion.

Claire Bouvier""",
        app("Claire", "Bouvier", phone=None, bac=3, grad="2026-06", status="scic_ei"),
    )),
    # Implied: ess_employers — aim — une ONG, l'humanitaire, ou les Nations unies
    N("ess_employers", "aim", "une ONG, l'humanitaire, ou les Nations unies", M(
        "Ibrahim Sylla <ibrahim.sylla@example.fr>", "Candidature", "07 14:25",
        """Bonjour,

Master de relations internationales en juillet 2025. Je vise une ONG, l'humanitaire, ou les Nations
unies, selon ce qui se présente.

Ibrahim Sylla""",
        app("Ibrahim", "Sylla", phone=None, bac=5, grad="2025-07", unknown=["job_seeking_ess"],
            status="ong_ou_onu"),
    )),
    # Implied: ess_employers — aim — un grand cabinet d'audit, un des Big Four
    N("ess_employers", "aim", "un grand cabinet d'audit, un des Big Four", M(
        "Marion Lacroix <marion.lacroix@example.org>", "candidature", "08 09:00",
        """Bonjour,

Master CCA en juin 2026 ; je veux entrer dans un grand cabinet d'audit, un des Big Four, et j'ai besoin
d'aide pour les entretiens.

Marion Lacroix""",
        app("Marion", "Lacroix", phone=None, bac=5, grad="2026-06", failing=["job_seeking_ess"],
            status="big_four"),
    )),
    # Implied: ess_employers — kind — Le fil des coopératives ... se désabonner
    N("ess_employers", "kind", "Le fil des coopératives", M(
        "Le fil des coopératives <fil@coop-infos.example.org>", "Le fil des coopératives - novembre", "08 07:00",
        """Le fil des coopératives : une SCOP de menuiserie reprise par ses salariés, l'agenda des régies de
quartier, les offres du mois. Se désabonner : https://coop-infos.example.org/desabonnement""",
        newsletter(),
    )),
    # Implied: ess_employers — kind — les mutuelles font-elles partie des employeurs visés
    N("ess_employers", "kind", "les mutuelles font-elles partie des employeurs visés", M(
        "Julien Marchetti <julien.marchetti@example.com>", "Question", "08 11:40",
        """Bonjour,

Les mutuelles font-elles partie des employeurs visés par votre programme, au même titre que les
associations ?

Merci""",
        question(),
    )),
    # Implied: ess_employers — kind — notre communauté Emmaüs organise une grande collecte
    N("ess_employers", "kind", "notre communauté Emmaüs organise une grande collecte", M(
        "Communauté Emmaüs de la Vallée <contact@emmaus-vallee.example.org>", "Collecte de décembre", "09 09:30",
        """Bonjour,

Notre communauté Emmaüs organise une grande collecte le 12 décembre : pourriez-vous en informer vos
participants ? Toutes les bonnes volontés sont bienvenues.

La communauté""",
        other(),
    )),
    # Implied: ess_employers — kind — je vise bien une régie de quartier
    N("ess_employers", "kind", "je vise bien une régie de quartier", M(
        "Léo Bertrand <leo.bertrand@example.org>", "Re: Votre candidature à Pro'pulse", "09 15:10",
        """Bonjour,

Oui, je vise bien une régie de quartier en priorité. À jeudi pour l'entretien.

Léo

> Le 6 nov. 2026, Pro'pulse <propulse@animafac.net> a écrit :
> Pouvez-vous nous dire quel type de structure vous visez en priorité ?""",
        reply(), headers={"In-Reply-To": "<priorite.0606@animafac.net>"},
    )),
    # Implied: search_acts — aim — trois entretiens ce mois-ci : la Croix-Rouge, une SCOP de maraîchage et Habitat et Humanisme
    N("search_acts", "aim", "trois entretiens ce mois-ci : la Croix-Rouge, une SCOP de maraîchage et Habitat et Humanisme", M(
        "Margot Lefebvre <margot.lefebvre@example.com>", "candidature", "10 10:15",
        """Bonjour,

Master de développement rural en juin 2026. J'ai eu trois entretiens ce mois-ci : la Croix-Rouge, une
SCOP de maraîchage et Habitat et Humanisme ; je relance les deux autres demain.

Margot Lefebvre""",
        app("Margot", "Lefebvre", phone=None, bac=5, grad="2026-06", status="trois_entretiens_scop"),
    )),
    # Implied: search_acts — aim — deux entretiens chez BNP Paribas et un chez Capgemini
    N("search_acts", "aim", "deux entretiens chez BNP Paribas et un chez Capgemini", M(
        "Antoine Royer <antoine.royer@example.net>", "candidature", "10 13:50",
        """Bonjour,

Master de gestion en juin 2025. J'ai passé deux entretiens chez BNP Paribas et un chez Capgemini, j'attends
les réponses, et je voudrais être mieux préparé pour les suivants.

Antoine Royer""",
        app("Antoine", "Royer", phone=None, bac=5, grad="2025-06", failing=["job_seeking_ess"],
            status="bnp_capgemini"),
    )),
    # Implied: search_acts — aim — mes alertes Indeed tournent tous les jours sur « assistant administratif », sans filtre de secteur
    N("search_acts", "aim", "mes alertes Indeed tournent tous les jours sur « assistant administratif », sans filtre de secteur", M(
        "Sonia Benali <sonia.benali@example.fr>", "candidature", "10 17:20",
        """Bonjour,

BTS support à l'action managériale en juin 2025 ; mes alertes Indeed tournent tous les jours sur
« assistant administratif », sans filtre de secteur.

Sonia""",
        app("Sonia", "Benali", phone=None, bac=2, grad="2025-06", unknown=["job_seeking_ess"],
            status="alertes_indeed_sans_secteur"),
    )),
    # Implied: search_acts — aim — trente candidatures à des associations d'insertion et à des coopératives depuis septembre, relancées par téléphone
    N("search_acts", "aim", "trente candidatures à des associations d'insertion et à des coopératives depuis septembre, relancées par téléphone", M(
        "Damien Fleury <damien.fleury@example.org>", "Pro'pulse", "11 09:05",
        """Bonjour,

Licence pro intervention sociale en juin 2026. J'ai envoyé trente candidatures à des associations
d'insertion et à des coopératives depuis septembre, relancées par téléphone, sans succès pour l'instant.

Damien Fleury
06 44 71 20 58""",
        app("Damien", "Fleury", phone="+33644712058", bac=3, grad="2026-06", status="trente_candidatures"),
    )),
    # Implied: search_acts — aim — des candidatures spontanées chez Amazon, Leroy Merlin et Decathlon
    N("search_acts", "aim", "des candidatures spontanées chez Amazon, Leroy Merlin et Decathlon", M(
        "Yohan Martel <yohan.martel@example.com>", "candidature", "11 14:30",
        """Bonjour,

DUT GEA en juin 2026. J'ai déposé des candidatures spontanées chez Amazon, Leroy Merlin et Decathlon pour
des postes en logistique.

Yohan""",
        app("Yohan", "Martel", phone=None, bac=2, grad="2026-06", failing=["job_seeking_ess"],
            status="amazon_leroy_decathlon"),
    )),
    # Implied: search_acts — aim — mon profil sur la bourse d'emploi de la Fédération des acteurs de la solidarité
    N("search_acts", "aim", "mon profil sur la bourse d'emploi de la Fédération des acteurs de la solidarité", M(
        "Rachida Haddou <rachida.haddou@example.net>", "candidature", "12 10:30",
        """Bonjour,

Master de psychologie sociale en juillet 2025. J'ai mis à jour mon profil sur la bourse d'emploi de la
Fédération des acteurs de la solidarité et j'ai postulé à quatre centres d'hébergement associatifs.

Rachida Haddou""",
        app("Rachida", "Haddou", phone=None, bac=5, grad="2025-07", status="bourse_emploi_fas"),
    )),
    # Implied: search_acts — aim — je vais aux forums de l'emploi chaque mois et je dépose mon CV partout
    N("search_acts", "aim", "je vais aux forums de l'emploi chaque mois et je dépose mon CV partout", M(
        "Lorenzo Bianchi <lorenzo.bianchi@example.fr>", "candidature", "12 16:45",
        """Bonjour,

Licence d'histoire en juin 2026. Je vais aux forums de l'emploi chaque mois et je dépose mon CV partout.

Lorenzo""",
        app("Lorenzo", "Bianchi", phone=None, bac=3, grad="2026-06", unknown=["job_seeking_ess"],
            status="forums_cv_partout"),
    )),
    # Implied: search_acts — aim — entretien final la semaine prochaine chez TotalEnergies, au trading
    N("search_acts", "aim", "entretien final la semaine prochaine chez TotalEnergies, au trading", M(
        "Charles Dubreuil <charles.dubreuil@example.org>", "candidature", "13 08:20",
        """Bonjour,

Master de finance de marché en septembre 2026 ; entretien final la semaine prochaine chez TotalEnergies,
au trading. Je voudrais un coaching d'ici là.

Charles""",
        app("Charles", "Dubreuil", phone=None, bac=5, grad="2026-09", failing=["job_seeking_ess"],
            status="total_trading"),
    )),
    # Implied: search_acts — aim — un entretien à la Macif et un autre à la Biocoop de mon quartier
    N("search_acts", "aim", "un entretien à la Macif et un autre à la Biocoop de mon quartier", M(
        "Océane Lebrun <oceane.lebrun@example.com>", "Candidature Pro'pulse", "13 12:00",
        """Bonjour,

BTS MCO en juin 2026. Cette semaine, j'ai eu un entretien à la Macif et un autre à la Biocoop de mon
quartier, et j'ai relancé une coopérative de livraison à vélo.

Océane Lebrun""",
        app("Océane", "Lebrun", phone=None, bac=2, grad="2026-06", status="macif_biocoop"),
    )),
]
