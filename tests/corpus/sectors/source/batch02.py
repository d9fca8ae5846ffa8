"""Sectors corpus, batch 02 (writer A): culture (licence pro médiation culturelle, master de direction de
projets culturels, compagnies, radios associatives, intermittence, agence événementielle), environment
(BTSA GPN, ressourceries and recycleries, SCIC d'énergie citoyenne, atelier vélo, bureau d'études), food and
agriculture (BPREA, ingénieur agro, AMAP, épicerie solidaire, banque alimentaire, hypermarché); other mail
from the same fields (a festival's auto-reply, a company's invitation, a question about valoristes, a network
of ressourceries' letter, a food bank's call for volunteers, a bounce, an épicerie solidaire's reply)."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, auto_reply, bounce, newsletter, other, question, reply
from sectors import N

MESSAGES = [
    # Feature: culture — graduation — validé ma licence professionnelle médiation culturelle en juin 2025
    # sector: «validé ma licence professionnelle médiation culturelle en juin 2025» = the bac+3 of cultural mediation, 17 months ago → meets graduation_recent, degree_level
    N("culture", "graduation", "validé ma licence professionnelle médiation culturelle en juin 2025", M(
        "Anaïs Perrin <anais.perrin@example.org>", "Candidature médiatrice culturelle", "02 15:20",
        """Bonjour,

J'ai validé ma licence professionnelle médiation culturelle en juin 2025, à Besançon. Pendant l'année j'ai monté des ateliers d'écoute avec une radio associative et des collégiens, et j'ai été bénévole sur deux festivals.

Je cherche un poste de médiatrice culturelle ou de chargée des publics dans un lieu intermédiaire, une friche ou une radio associative, en Bourgogne-Franche-Comté.

Anaïs Perrin
06 71 48 25 90""",
        app("Anaïs", "Perrin", phone="+33671482590", bac=3, grad="2025-06", status="lp_mediation_2025"),
    )),
    # Feature: culture — graduation — master's in cultural project management (master de direction de projets culturels) in June 2022
    # sector: «master's in cultural project management (master de direction de projets culturels) in June 2022» = a bac+5 of cultural administration, 53 months ago → fails graduation_recent
    N("culture", "graduation", "master's in cultural project management (master de direction de projets culturels) in June 2022", M(
        "Freya Lindqvist <freya.lindqvist@example.com>", "Application", "03 11:02",
        """Hi,

I am Swedish and have lived in Marseille since my Erasmus year. I completed a master's in cultural project management (master de direction de projets culturels) in June 2022 at Aix-Marseille, and since then I have been chargée de production for a small dance compagnie, on short contracts.

I would now like a permanent job in an association culturelle or a festival run by an association.

Kind regards,
Freya Lindqvist
+33 6 92 17 40 58""",
        app("Freya", "Lindqvist", phone="+33692174058", bac=5, grad="2022-06", failing=("graduation_recent",), status="master_culture_2022_en", language="en"),
    )),
    # Feature: culture — career_change — régisseuse lumière intermittente depuis 2018, avant mon master de médiation
    # ambiguous: years of stage lighting work in the same performing-arts world before a master of mediation: another trade or the same field? a careful reader cannot tell whether this is a career change
    # sector: «régisseuse lumière intermittente depuis 2018, avant mon master de médiation» = intermittence is a status of the trade; the trade (régie) differs from mediation but the field is the same → not_career_change open
    N("culture", "career_change", "régisseuse lumière intermittente depuis 2018, avant mon master de médiation", M(
        "Capucine Morel <capucine.morel@example.net>", "candidature Pro'pulse", "04 09:44",
        """Bonjour,

J'ai été régisseuse lumière intermittente depuis 2018, avant mon master de médiation culturelle que j'ai obtenu en juin 2025. Je travaille encore quelques dates en régie pour garder mes droits.

Je voudrais maintenant un poste de chargée des publics ou de médiatrice dans une scène conventionnée associative ou une SMAC.

Capucine Morel
06 03 85 41 72""",
        app("Capucine", "Morel", phone="+33603854172", bac=5, grad="2025-06", unknown=("not_career_change",), status="regisseuse_vers_mediation"),
    )),
    # Feature: culture — aim — chargée de production dans une agence événementielle
    # sector: «chargée de production dans une agence événementielle» = the events trade's private companies, not the ESS → fails job_seeking_ess
    N("culture", "aim", "chargée de production dans une agence événementielle", M(
        "Océane Delmas <oceane.delmas@example.fr>", "candidature", "05 18:13",
        """Bonjour,

Licence arts du spectacle obtenue en juin 2026. Je cherche un poste de chargée de production dans une agence événementielle à Paris, séminaires et lancements de produits, c'est là que sont les postes.

Merci de me dire si votre programme peut m'aider.

Océane Delmas
07 19 52 86 30""",
        app("Océane", "Delmas", phone="+33719528630", bac=3, grad="2026-06", failing=("job_seeking_ess",), status="arts_spectacle_evenementiel"),
    )),
    # Feature: culture — situation — mon contrat de chargé de diffusion à la compagnie s'est terminé fin septembre
    # sector: «mon contrat de chargé de diffusion à la compagnie s'est terminé fin septembre» = a job in a theatre company, over → meets not_internship, studies_finished
    N("culture", "situation", "mon contrat de chargé de diffusion à la compagnie s'est terminé fin septembre", M(
        "Gaspard Nguyen-Van <gaspard.nguyenvan@example.org>", "Candidature - chargé de diffusion", "06 10:31",
        """Bonjour,

Diplômé d'un master Direction de projets culturels en septembre 2025, j'ai travaillé un an pour une compagnie de théâtre jeune public : mon contrat de chargé de diffusion à la compagnie s'est terminé fin septembre.

Je cherche un poste d'administrateur ou de chargé de diffusion dans une compagnie ou une association culturelle. Mon CV est joint.

Gaspard Nguyen-Van
06 26 94 03 57""",
        app("Gaspard", "Nguyen-Van", phone="+33626940357", bac=5, grad="2025-09", status="diffusion_compagnie_fini", info_in="both"),
        cv=CV("odt", "Gaspard_Nguyen-Van_CV.odt", "Gaspard Nguyen-Van\nAdministration et diffusion du spectacle vivant\n2025 : master Direction de projets culturels, Université Grenoble Alpes\n2025-2026 : chargé de diffusion, compagnie de théâtre jeune public (CDD, fin septembre 2026)\n2023 : licence Arts du spectacle"),
    )),
    # Feature: culture — studies_finished — master 2 direction de projets culturels, mémoire à rendre en janvier
    # sector: «master 2 direction de projets culturels, mémoire à rendre en janvier» = the master's thesis still to be handed in → fails studies_finished
    N("culture", "studies_finished", "master 2 direction de projets culturels, mémoire à rendre en janvier", M(
        "Zoé Marchand <zoe.marchand@example.com>", "Question candidature", "07 21:48",
        """Bonjour,

Je suis en master 2 direction de projets culturels, mémoire à rendre en janvier, sur les radios associatives en milieu rural. J'anime aussi une émission bénévolement sur une radio associative.

Je voudrais candidater dès maintenant pour trouver un poste de coordinatrice dans une radio associative ou un festival l'an prochain.

Zoé Marchand
06 84 37 19 26""",
        app("Zoé", "Marchand", phone="+33684371926", bac="*", grad=None, failing=("studies_finished",), status="m2_culture_memoire"),
    )),
    # Feature: culture — kind — Le festival bat son plein : l'équipe répond après le 20 novembre
    # sector: «Le festival bat son plein : l'équipe répond après le 20 novembre» = a festival association's automatic answer → kind auto_reply: no personal fact
    N("culture", "kind", "Le festival bat son plein : l'équipe répond après le 20 novembre", M(
        "Festival Les Nuits Voisines <contact@nuitsvoisines.example.org>", "Réponse automatique", "13 19:00",
        """Bonjour,

Le festival bat son plein : l'équipe répond après le 20 novembre. Pour la billetterie, rendez-vous sur le site.

L'équipe des Nuits Voisines""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: culture — kind — la compagnie vous invite à la générale de sa nouvelle création
    # sector: «la compagnie vous invite à la générale de sa nouvelle création» = a theatre company's invitation to our team → kind other
    N("culture", "kind", "la compagnie vous invite à la générale de sa nouvelle création", M(
        "Compagnie Fil d'Ariane <diffusion@cie-filariane.example.fr>", "Invitation - générale le 28 novembre", "14 12:05",
        """Bonjour à l'équipe Pro'pulse,

Suite à notre rencontre au forum de l'ESS, la compagnie vous invite à la générale de sa nouvelle création, le 28 novembre à 19 h au théâtre de la Halle.

Réservation par retour de mail.

Belle journée,
L'équipe de la compagnie""",
        other(),
    )),
    # Feature: environment — level — BTSA Gestion et protection de la nature, session de juin 2026
    # sector: «BTSA Gestion et protection de la nature, session de juin 2026» = the BTSA GPN, bac+2, its session 5 months ago → meets degree_level, graduation_recent
    N("environment", "level", "BTSA Gestion et protection de la nature, session de juin 2026", M(
        "Elouan Le Goff <elouan.legoff@example.org>", "Candidature animateur nature", "02 08:40",
        """Bonjour,

BTSA Gestion et protection de la nature, session de juin 2026, option animation nature : diplôme obtenu. J'ai fait mes stages dans un CPIE et dans une association de protection des zones humides.

Je cherche un poste d'animateur nature dans un CPIE ou une association d'éducation à l'environnement en Bretagne. CV en pièce jointe.

Elouan Le Goff
06 90 26 38 14""",
        app("Elouan", "Le Goff", phone="+33690263814", bac=2, grad="2026-06", status="btsa_gpn_cpie"),
        cv=CV("pdf", "CV-Elouan-Le-Goff.pdf", "Elouan Le Goff\nAnimateur nature\nCompétences : animation scolaire, inventaires faune-flore, permis B\nCentres d'intérêt : ornithologie, kayak"),
    )),
    # Feature: environment — situation — en service civique transition écologique à la recyclerie jusqu'au 31 mars 2027
    # sector: «en service civique transition écologique à la recyclerie jusqu'au 31 mars 2027» = a civic service in a recyclerie running past today → fails not_service_civique
    N("environment", "situation", "en service civique transition écologique à la recyclerie jusqu'au 31 mars 2027", M(
        "Mélissa Ferreira <melissa.ferreira@example.net>", "candidature", "03 14:55",
        """Bonjour,

J'ai une licence de géographie obtenue en juin 2026 et je suis en service civique transition écologique à la recyclerie jusqu'au 31 mars 2027 : sensibilisation au tri, ateliers de réparation, collectes en déchèterie.

Je voudrais ensuite travailler dans une ressourcerie ou une association de prévention des déchets.

Mélissa Ferreira
06 15 49 72 83""",
        app("Mélissa", "Ferreira", phone="+33615497283", bac=3, grad="2026-06", failing=("not_service_civique",), status="sc_recyclerie"),
    )),
    # Feature: environment — aim — chargée de mission transition, en bureau d'études ou en association, je regarde les deux
    # ambiguous: she weighs a for-profit bureau d'études and an association equally; which she will seek is not settled
    # sector: «chargée de mission transition, en bureau d'études ou en association, je regarde les deux» = the transition trades' employers, ESS or not, both open → job_seeking_ess open
    N("environment", "aim", "chargée de mission transition, en bureau d'études ou en association, je regarde les deux", M(
        "Salomé Giraud <salome.giraud@example.com>", "Candidature programme", "04 16:08",
        """Bonjour,

Titulaire d'un master environnement depuis septembre 2025, j'ai fait mon stage de fin d'études sur un plan climat intercommunal.

Je cherche un poste de chargée de mission transition, en bureau d'études ou en association, je regarde les deux pour l'instant.

Salomé Giraud
07 36 81 24 59""",
        app("Salomé", "Giraud", phone="+33736812459", bac=5, grad="2025-09", unknown=("job_seeking_ess",), status="master_env_bureau_ou_asso"),
    )),
    # Feature: environment — career_change — mécanicien automobile pendant quinze ans avant ma licence pro
    # sector: «mécanicien automobile pendant quinze ans avant ma licence pro» = fifteen years in another trade before the bike-trade diploma → fails not_career_change
    N("environment", "career_change", "mécanicien automobile pendant quinze ans avant ma licence pro", M(
        "Rachid Amrani <rachid.amrani@example.fr>", "Candidature atelier vélo", "05 07:52",
        """Bonjour,

J'ai été mécanicien automobile pendant quinze ans avant ma licence pro Métiers du cycle, obtenue en juin 2026. Le vélo, c'est ma reconversion.

Je voudrais rejoindre un atelier vélo associatif et participatif, pour réparer avec les gens plutôt qu'à leur place.

Rachid Amrani
06 47 83 20 61""",
        app("Rachid", "Amrani", phone="+33647832061", bac=3, grad="2026-06", failing=("not_career_change",), status="meca_auto_velo"),
    )),
    # Feature: environment — studies_finished — j'ai quitté la licence pro en février, je ne la reprendrai pas
    # sector: «j'ai quitté la licence pro en février, je ne la reprendrai pas» = a diploma course given up for good after the DUT: no studies running → meets studies_finished
    N("environment", "studies_finished", "j'ai quitté la licence pro en février, je ne la reprendrai pas", M(
        "Tiphaine Lebrun <tiphaine.lebrun@example.org>", "candidature valoriste", "06 13:17",
        """Bonjour,

DUT génie biologique obtenu en juin 2025. J'ai commencé une licence pro gestion des déchets mais j'ai quitté la licence pro en février, je ne la reprendrai pas : je préfère le terrain.

Depuis je suis bénévole dans une ressourcerie et je voudrais y travailler comme valoriste ou agent de réemploi, dans une ressourcerie ou chez Emmaüs.

Tiphaine Lebrun
06 62 05 94 38""",
        app("Tiphaine", "Lebrun", phone="+33662059438", bac=2, grad="2025-06", status="dut_quitte_lp_ressourcerie"),
    )),
    # Feature: environment — situation — volontaire dans une SCIC d'énergie citoyenne depuis septembre
    # ambiguous: «volontaire» in a SCIC may be a service civique, a volunteer's role or a job title; the scheme is not named
    # sector: «volontaire dans une SCIC d'énergie citoyenne depuis septembre» = a held role of unstated scheme in citizen energy → not_service_civique open
    N("environment", "situation", "volontaire dans une SCIC d'énergie citoyenne depuis septembre", M(
        "Arthur Besnard <arthur.besnard@example.net>", "Pro'pulse - candidature", "07 19:25",
        """Bonjour,

Je suis volontaire dans une SCIC d'énergie citoyenne depuis septembre, sur le montage d'une centrale solaire villageoise avec les habitants. J'ai un master énergie obtenu en juin 2026.

Je voudrais un poste de chargé de projet dans une coopérative d'énergie citoyenne.

Arthur Besnard
07 05 28 63 49""",
        app("Arthur", "Besnard", phone="+33705286349", bac=5, grad="2026-06", unknown=("not_service_civique",), status="volontaire_scic_energie"),
    )),
    # Feature: environment — kind — les postes de valoriste en ressourcerie sont-ils concernés
    # sector: «les postes de valoriste en ressourcerie sont-ils concernés» = a general question about a trade of the réemploi → kind question
    N("environment", "kind", "les postes de valoriste en ressourcerie sont-ils concernés", M(
        "Julien Vidal <julien.vidal@example.com>", "Question", "15 10:40",
        """Bonjour,

Votre programme vise les emplois de l'ESS : les postes de valoriste en ressourcerie sont-ils concernés, ou seulement les postes de coordination ?

Julien Vidal""",
        question(),
    )),
    # Feature: environment — kind — La lettre du réseau des ressourceries : 14 offres ce mois-ci
    # sector: «La lettre du réseau des ressourceries : 14 offres ce mois-ci» = a network's newsletter → kind newsletter
    N("environment", "kind", "La lettre du réseau des ressourceries : 14 offres ce mois-ci", M(
        "Réseau régional des ressourceries <lettre@reseau-ressourceries.example.org>", "La lettre du réseau - novembre", "16 06:45",
        """La lettre du réseau des ressourceries : 14 offres ce mois-ci

- Valoriste (H/F), ressourcerie du Val, CDDI
- Coordinatrice de boutique solidaire, CDI
- Animateur de repair café, temps partiel

À l'agenda : la semaine européenne de réduction des déchets.

Pour ne plus recevoir la lettre, répondez STOP.""",
        newsletter(),
    )),
    # Feature: food_agri — level — BPREA obtenu en juin 2025, c'est mon seul diplôme
    # sector: «BPREA obtenu en juin 2025, c'est mon seul diplôme» = the farm title, level 4 (= bac), nothing above → fails degree_level
    N("food_agri", "level", "BPREA obtenu en juin 2025, c'est mon seul diplôme", M(
        "Nathan Girardot <nathan.girardot@example.org>", "maraîchage", "02 20:33",
        """Bonjour,

BPREA obtenu en juin 2025, c'est mon seul diplôme, pas de bac général. Je fais du maraîchage bio en espace test agricole.

Je voudrais travailler comme maraîcher salarié dans une ferme qui livre des AMAP, ou dans un jardin de cocagne.

Nathan Girardot
06 28 50 13 97""",
        app("Nathan", "Girardot", phone="+33628501397", bac=0, grad="2025-06", failing=("degree_level",), status="bprea_seul"),
    )),
    # Feature: food_agri — aim — un poste se libère en janvier à l'épicerie solidaire de mon quartier, portée par une association
    # sector: «un poste se libère en janvier à l'épicerie solidaire de mon quartier, portée par une association» = the coordination of a solidarity grocery run by an association → meets job_seeking_ess
    N("food_agri", "aim", "un poste se libère en janvier à l'épicerie solidaire de mon quartier, portée par une association", M(
        "Margaux Chevalier <margaux.chevalier@example.fr>", "Candidature", "03 12:44",
        """Bonjour,

Ingénieure agronome diplômée en septembre 2025 (AgroParisTech), j'ai fait mon mémoire sur l'accès des étudiants à une alimentation de qualité.

Un poste se libère en janvier à l'épicerie solidaire de mon quartier, portée par une association : la coordination des bénévoles et des approvisionnements. C'est exactement ce que je cherche, et plus largement un emploi dans l'alimentation solidaire.

Margaux Chevalier
06 93 14 62 70""",
        app("Margaux", "Chevalier", phone="+33693146270", bac=5, grad="2025-09", status="agro_epicerie_solidaire"),
    )),
    # Feature: food_agri — aim — chef de rayon fruits et légumes dans un hypermarché
    # sector: «chef de rayon fruits et légumes dans un hypermarché» = mass retail, not the ESS → fails job_seeking_ess
    N("food_agri", "aim", "chef de rayon fruits et légumes dans un hypermarché", M(
        "Dylan Moreau <dylan.moreau@example.net>", "candidature", "04 17:59",
        """Bonjour,

BTS Technico-commercial produits alimentaires obtenu en juin 2025. Mon objectif c'est de devenir chef de rayon fruits et légumes dans un hypermarché, j'ai déjà fait mon alternance là-bas.

Cordialement,
Dylan Moreau
07 64 20 85 31""",
        app("Dylan", "Moreau", phone="+33764208531", bac=2, grad="2025-06", failing=("job_seeking_ess",), status="bts_hypermarche"),
    )),
    # Feature: food_agri — graduation — diplôme d'ingénieur agronome, promo 2024
    # ambiguous: in the agronomy schools a «promo» year names the class, usually the year of graduation but sometimes of entry; and 2024 alone straddles the 24-month line
    # sector: «diplôme d'ingénieur agronome, promo 2024» = a bac+5 whose date is only a class year → graduation_recent open
    N("food_agri", "graduation", "diplôme d'ingénieur agronome, promo 2024", M(
        "Armand Kouassi <armand.kouassi@example.com>", "Candidature Pro'pulse", "05 10:26",
        """Bonjour,

Diplôme d'ingénieur agronome, promo 2024. Depuis je travaille comme ouvrier agricole chez un paysan boulanger, pour apprendre le métier avant de m'installer peut-être.

Je cherche un poste de chargé de mission dans une association d'agriculture paysanne, un CIVAM ou Terre de liens.

Armand Kouassi
06 51 78 32 04""",
        app("Armand", "Kouassi", phone="+33651783204", bac=5, grad="2024", unknown=("graduation_recent",), status="agro_promo_2024"),
    )),
    # Feature: food_agri — career_change — paysanne, éleveuse de chèvres pendant neuf ans, avant ma licence pro
    # sector: «paysanne, éleveuse de chèvres pendant neuf ans, avant ma licence pro» = nine years as a farmer before a new diploma → fails not_career_change
    N("food_agri", "career_change", "paysanne, éleveuse de chèvres pendant neuf ans, avant ma licence pro", M(
        "Gwenaëlle Tanguy <gwenaelle.tanguy@example.org>", "Candidature", "06 08:03",
        """Bonjour,

J'ai été paysanne, éleveuse de chèvres pendant neuf ans, avant ma licence pro Coordination de projets en alimentation durable, obtenue en juin 2026. J'ai vendu le troupeau l'an dernier.

Je voudrais animer un réseau d'AMAP ou un projet alimentaire territorial porté par une association.

Gwenaëlle Tanguy
06 38 91 47 25""",
        app("Gwenaëlle", "Tanguy", phone="+33638914725", bac=3, grad="2026-06", failing=("not_career_change",), status="eleveuse_vers_amap"),
    )),
    # Feature: food_agri — situation — son service civique à la banque alimentaire s'est terminé le 15 octobre
    # sector: «son service civique à la banque alimentaire s'est terminé le 15 octobre» = a civic service in a food bank, over → meets not_service_civique
    N("food_agri", "situation", "son service civique à la banque alimentaire s'est terminé le 15 octobre", M(
        "Christine Aubert - Banque alimentaire <christine.aubert@example.fr>", "Candidature de Priya", "07 15:36",
        """Bonjour,

Je suis coordinatrice des bénévoles à la banque alimentaire départementale. Je vous présente Priya Raman, 23 ans : son service civique à la banque alimentaire s'est terminé le 15 octobre, et elle a été remarquable sur la collecte et la logistique.

Priya a un BTS diététique obtenu en juin 2025. Elle voudrait travailler dans l'aide alimentaire ou une épicerie solidaire, sur l'accompagnement nutritionnel des familles.

Ses coordonnées : priya.raman@example.org, 07 27 46 93 18.

Christine Aubert""",
        app("Priya", "Raman", phone="+33727469318", bac=2, grad="2025-06", status="sc_banque_alim_fini", email="priya.raman@example.org", forwarded_by="christine.aubert@example.fr"),
    )),
    # Feature: food_agri — kind — Grande collecte des 27 et 28 novembre : il nous manque 300 bénévoles
    # sector: «Grande collecte des 27 et 28 novembre : il nous manque 300 bénévoles» = a food bank's mass call for volunteers → kind newsletter
    N("food_agri", "kind", "Grande collecte des 27 et 28 novembre : il nous manque 300 bénévoles", M(
        "Banque alimentaire du Rhône <benevolat@ba-rhone.example.org>", "Grande collecte : on compte sur vous !", "17 07:10",
        """Chers partenaires,

Grande collecte des 27 et 28 novembre : il nous manque 300 bénévoles dans les magasins de la métropole. Un créneau de 2 heures suffit.

Inscription en ligne sur notre site.

Merci pour votre soutien,
La banque alimentaire""",
        newsletter(),
    )),
    # Feature: food_agri — kind — Recipient address rejected: amap.lesprairies@example.net
    # sector: «Recipient address rejected: amap.lesprairies@example.net» = our mail to an AMAP bounced → kind bounce
    N("food_agri", "kind", "Recipient address rejected: amap.lesprairies@example.net", M(
        "MAILER-DAEMON <mailer-daemon@mx.example.net>", "Undelivered Mail Returned to Sender", "18 11:22",
        """This is the mail system at host mx.example.net.

I'm sorry to have to inform you that your message could not be delivered.

<amap.lesprairies@example.net>: Recipient address rejected: amap.lesprairies@example.net""",
        bounce("amap.lesprairies@example.net"),
        bounce="Reporting-MTA: dns; mx.example.net\n\nFinal-Recipient: rfc822; amap.lesprairies@example.net\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 Recipient address rejected",
    )),
    # Feature: food_agri — kind — l'épicerie solidaire peut accueillir votre atelier le mardi
    # sector: «l'épicerie solidaire peut accueillir votre atelier le mardi» = an épicerie solidaire answering in our thread → kind reply
    N("food_agri", "kind", "l'épicerie solidaire peut accueillir votre atelier le mardi", M(
        "Épicerie solidaire Le Panier <contact@lepanier.example.org>", "Re: Atelier CV chez vous ?", "19 13:48",
        """Bonjour,

Oui, l'épicerie solidaire peut accueillir votre atelier le mardi après-midi, quand la boutique est fermée. Prévoyez dix personnes au maximum.

Solène, pour l'équipe du Panier

> Le 12 nov. 2026 à 10:02, Pro'pulse <propulse@animafac.net> a écrit :
> Pourrions-nous organiser un atelier CV dans vos locaux ?""",
        reply(),
        headers={"In-Reply-To": "<atelier-panier-1211@animafac.net>", "References": "<atelier-panier-1211@animafac.net>"},
    )),
]
