"""Sectors corpus, batch 06 (writer B): culture (radios associatives, festivals, compagnies, licence pro
médiation culturelle, intermittence), environment (ressourceries, recycleries, CPIE, BTSA GPN, réemploi) and
food_agri (AMAP, épiceries solidaires, banques alimentaires, BPREA, BTSA, woofing); other mail of the same
sectors."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, auto_reply, bounce, newsletter, other, reply
from sectors import N

MESSAGES = [
    # Feature: culture — graduation — licence pro médiation culturelle, diplômée en juin 2025
    # sector: «licence pro médiation culturelle, diplômée en juin 2025» = a bac+3 of cultural mediation, 17 months ago → meets graduation_recent
    N("culture", "graduation", "licence pro médiation culturelle, diplômée en juin 2025", M(
        "Lou-Anne Perrichon <louanne.perrichon@example.org>", "Candidature - médiation culturelle", "01 10:12",
        """Bonjour,

Licence pro médiation culturelle, diplômée en juin 2025 à l'université d'Avignon, j'ai ensuite travaillé huit mois à l'accueil des publics d'un festival de théâtre jeune public.

J'aimerais devenir chargée des publics dans une association culturelle ou un lieu intermédiaire, idéalement en Occitanie. Je vous mets mon CV en pièce jointe.

Lou-Anne Perrichon
06 35 71 20 84""",
        app("Lou-Anne", "Perrichon", phone="+33635712084", bac=3, grad="2025-06", status="b_lp_mediation_june"),
        cv=CV("odt", "CV_LouAnne_Perrichon.odt", """Lou-Anne Perrichon
Médiation culturelle — accueil des publics
Festival jeune public — accueil et billetterie (2025-2026)
Bénévole — radio associative du quartier
Permis B"""),
    )),
    # Feature: culture — graduation — master de direction de projets culturels, promo 2022
    # sector: «master de direction de projets culturels, promo 2022» = a bac+5 of cultural management dated by its year, 2022 → fails graduation_recent
    N("culture", "graduation", "master de direction de projets culturels, promo 2022", M(
        "Gaspard Nizet <gaspard.nizet@example.net>", "candidature pro'pulse", "02 16:45",
        """Bonjour,

J'ai un master de direction de projets culturels, promo 2022, et depuis je travaille en freelance pour des compagnies de danse (diffusion, dossiers de subvention).

Je voudrais me poser dans un lieu intermédiaire ou une friche associative comme administrateur. Est-ce que Pro'pulse peut m'aider ?

Gaspard Nizet
07 28 64 19 02""",
        app("Gaspard", "Nizet", phone="+33728641902", bac=5, grad="2022", failing=("graduation_recent",), status="b_master_culture_2022"),
    )),
    # Feature: culture — situation — en volontariat à la radio associative jusqu'à fin janvier
    # ambiguous: a «volontariat» held now at a radio, its scheme not named: a service civique or a volunteering of another kind — the civic-service criterion cannot be settled
    # sector: «en volontariat à la radio associative jusqu'à fin janvier» = a volunteer mission of unstated scheme running now → not_service_civique open
    N("culture", "situation", "en volontariat à la radio associative jusqu'à fin janvier", M(
        "Salomé Arnaud <salome.arnaud@example.fr>", "Candidature", "03 09:02",
        """Bonjour,

J'ai une licence arts du spectacle (juin 2025). Je suis en volontariat à la radio associative jusqu'à fin janvier : je prépare une émission hebdo sur la scène locale et j'anime des ateliers radio au collège.

Après, j'aimerais devenir animatrice radio ou chargée de production dans une radio ou une association culturelle.

Salomé Arnaud
06 91 43 05 27""",
        app("Salomé", "Arnaud", phone="+33691430527", bac=3, grad="2025-06", unknown=("not_service_civique",), status="b_radio_volontariat"),
    )),
    # Feature: culture — situation — en service civique au festival jusqu'au 30 novembre
    # sector: «en service civique au festival jusqu'au 30 novembre» = a civic service ending after today → fails not_service_civique
    N("culture", "situation", "en service civique au festival jusqu'au 30 novembre", M(
        "Mathis Le Corre <mathis.lecorre@example.com>", "candidature", "04 20:30",
        """Salut l'équipe,

Je suis en service civique au festival jusqu'au 30 novembre, à la préparation de l'édition d'été et à la relation avec les bénévoles. J'ai un DUT Information-communication de 2025.

Ensuite je veux rester dans le secteur associatif culturel, chargé de diffusion ou de communication.

Mathis
06 14 82 37 90""",
        app("Mathis", "Le Corre", phone="+33614823790", bac=2, grad="2025", failing=("not_service_civique",), status="b_festival_sc_30nov"),
    )),
    # Feature: culture — situation — intermittent du spectacle comme régisseur son
    # sector: «intermittent du spectacle comme régisseur son» = a status of a worker in the same trade, right after his BTS, no internship nor career → meets not_internship and not_career_change
    N("culture", "situation", "intermittent du spectacle comme régisseur son", M(
        "Nathan Sabatier <nathan.sabatier@example.org>", "Candidature régie", "06 11:19",
        """Bonjour,

Depuis mon BTS métiers de l'audiovisuel (option son) en juin 2025, je suis intermittent du spectacle comme régisseur son pour deux compagnies et une salle de concert associative.

Je cherche quelque chose de plus stable : régisseur général dans une SMAC associative ou une scène gérée par une association.

Nathan Sabatier
06 66 20 94 31""",
        app("Nathan", "Sabatier", phone="+33666209431", bac=2, grad="2025-06", status="b_intermittent_regisseur"),
    )),
    # Feature: culture — level — a master's in cultural management (laurea magistrale) in Bologna, July 2026
    # sector: «a master's in cultural management (laurea magistrale) in Bologna, July 2026» = an Italian second-cycle degree, bac+5, four months ago → meets degree_level and graduation_recent
    N("culture", "level", "a master's in cultural management (laurea magistrale) in Bologna, July 2026", M(
        "Giulia Ferraresi <giulia.ferraresi@example.net>", "Application - cultural associations", "07 14:08",
        """Dear Pro'pulse team,

I finished a master's in cultural management (laurea magistrale) in Bologna, July 2026, after an Erasmus semester in Toulouse. I moved back to Toulouse in September.

I'd like to work for a festival run by an association, or any association culturelle, in production or audience development. I speak French at B2 level.

Best regards,
Giulia Ferraresi
+33 7 45 19 83 62""",
        app("Giulia", "Ferraresi", phone="+33745198362", bac=5, grad="2026-07", language="en", status="b_laurea_festival"),
    )),
    # Feature: culture — career_change — plusieurs années dans la vente, puis mon master direction de projets culturels
    # ambiguous: «plusieurs années dans la vente» before the master: a career in retail, or shop jobs alongside studies? the mail does not say
    # sector: «plusieurs années dans la vente, puis mon master direction de projets culturels» = an unstated span in another trade before the culture master → not_career_change open
    N("culture", "career_change", "plusieurs années dans la vente, puis mon master direction de projets culturels", M(
        "Aïssatou Mbengue <aissatou.mbengue@example.com>", "candidature Pro'pulse", "08 18:21",
        """Bonjour,

J'ai fait plusieurs années dans la vente, puis mon master direction de projets culturels à Lyon 2, soutenu en septembre 2026.

Aujourd'hui je cherche un poste de chargée de production dans une compagnie de théâtre ou un festival associatif.

Aïssatou Mbengue
06 02 58 71 46""",
        app("Aïssatou", "Mbengue", phone="+33602587146", bac=5, grad="2026-09", unknown=("not_career_change",), status="b_sales_then_master_culture"),
    )),
    # Feature: culture — kind — la programmation de la radio associative pour décembre
    # sector: «la programmation de la radio associative pour décembre» = a radio's bulk programme letter → kind newsletter
    N("culture", "kind", "la programmation de la radio associative pour décembre", M(
        "Radio Cigale FM <infos@radiocigale.example.org>", "Au micro en décembre", "09 07:45",
        """Voici la programmation de la radio associative pour décembre :

- lundi 19 h : « Les voix du quartier », magazine
- mercredi 18 h : scène ouverte en direct
- samedi 11 h : l'heure des assos

Devenez bénévole : formation à la prise de son le 12 décembre.
Se désinscrire : répondre STOP.""",
        newsletter(),
        headers={"Precedence": "bulk"},
    )),
    # Feature: culture — kind — administration@cie-lespasseurs.example.fr : boîte pleine
    # sector: «administration@cie-lespasseurs.example.fr : boîte pleine» = a theatre company's full mailbox returning our reply → kind bounce
    N("culture", "kind", "administration@cie-lespasseurs.example.fr : boîte pleine", M(
        "MAILER-DAEMON <postmaster@mx.example.net>", "Échec de la remise du message", "10 13:55",
        """Le message suivant n'a pas pu être remis :

administration@cie-lespasseurs.example.fr : boîte pleine

Nouvelle tentative abandonnée après 5 jours.""",
        bounce("administration@cie-lespasseurs.example.fr"),
        bounce="Reporting-MTA: dns; mx.example.net\n\nFinal-Recipient: rfc822; administration@cie-lespasseurs.example.fr\nAction: failed\nStatus: 5.2.2\nDiagnostic-Code: smtp; 552 5.2.2 mailbox full",
    )),
    # Feature: environment — level — BTSA GPN obtenu en juin 2025
    # sector: «BTSA GPN obtenu en juin 2025» = the BTSA gestion et protection de la nature, bac+2, 17 months ago → meets degree_level
    N("environment", "level", "BTSA GPN obtenu en juin 2025", M(
        "Corentin Madec <corentin.madec@example.org>", "Candidature animateur nature", "11 08:40",
        """Bonjour,

Je m'appelle Corentin, 22 ans. BTSA GPN obtenu en juin 2025, option animation nature. Depuis je fais des sorties nature en vacation pour une association.

Je cherche un poste d'animateur nature dans un CPIE ou une association environnementale en Bretagne.

Corentin Madec — 06 43 27 95 10""",
        app("Corentin", "Madec", phone="+33643279510", bac=2, grad="2025-06", status="b_btsa_gpn_cpie"),
    )),
    # Feature: environment — aim — un poste de chargé d'études dans un bureau d'études
    # sector: «un poste de chargé d'études dans un bureau d'études» = a private engineering consultancy, not the ESS → fails job_seeking_ess
    N("environment", "aim", "un poste de chargé d'études dans un bureau d'études", M(
        "Hugo Lambrecht <hugo.lambrecht@example.net>", "Pro'pulse", "12 17:33",
        """Bonjour,

J'ai validé mon master environnement en septembre 2026. Je cherche un poste de chargé d'études dans un bureau d'études spécialisé en biodiversité, pour faire des inventaires et des études d'impact.

Votre programme accompagne-t-il ce genre de profil ?

Hugo Lambrecht
07 30 12 86 45""",
        app("Hugo", "Lambrecht", phone="+33730128645", bac=5, grad="2026-09", failing=("job_seeking_ess",), status="b_bureau_etudes"),
    )),
    # Feature: environment — situation — service civique à la recyclerie, qui se termine en novembre
    # ambiguous: a civic service ending «en novembre» with no day: over before the 26th or still running — the mail cannot say
    # sector: «service civique à la recyclerie, qui se termine en novembre» = a civic service ending this month, day unknown → not_service_civique open
    N("environment", "situation", "service civique à la recyclerie, qui se termine en novembre", M(
        "Léna Morvan <lena.morvan@example.fr>", "candidature", "13 12:50",
        """Bonjour,

Je fais mon service civique à la recyclerie, qui se termine en novembre. J'y ai animé des ateliers de réparation et tenu la boutique. J'ai un DUT génie biologique option environnement (2025).

Je voudrais continuer dans le réemploi, comme animatrice ou agent de réemploi dans une association.

Léna Morvan
06 21 74 58 93""",
        app("Léna", "Morvan", phone="+33621745893", bac=2, grad="2025", unknown=("not_service_civique",), status="b_recyclerie_sc_november"),
    )),
    # Feature: environment — career_change — huit ans chef d'équipe chez un transporteur avant ma licence pro
    # sector: «huit ans chef d'équipe chez un transporteur avant ma licence pro» = years of a logistics trade before a new diploma in réemploi → fails not_career_change
    N("environment", "career_change", "huit ans chef d'équipe chez un transporteur avant ma licence pro", M(
        "Rachid Bouhlel <rachid.bouhlel@example.com>", "Candidature - réemploi", "14 19:07",
        """Bonjour,

J'ai été huit ans chef d'équipe chez un transporteur avant ma licence pro gestion des déchets et économie circulaire, obtenue en juillet 2026.

Je voudrais coordonner une ressourcerie ou un atelier de réemploi associatif.

Rachid Bouhlel
06 84 37 12 60""",
        app("Rachid", "Bouhlel", phone="+33684371260", bac=3, grad="2026-07", failing=("not_career_change",), status="b_transport_then_lp"),
    )),
    # Feature: environment — studies_finished — master environnement validé, soutenance passée le 2 octobre
    # sector: «master environnement validé, soutenance passée le 2 octobre» = the defence held and the master obtained → meets studies_finished
    N("environment", "studies_finished", "master environnement validé, soutenance passée le 2 octobre", M(
        "Anaïs Kervella <anais.kervella@example.org>", "Candidature énergie citoyenne", "15 10:41",
        """Bonjour,

Master environnement validé, soutenance passée le 2 octobre, sur la gouvernance des projets d'énergie citoyenne.

J'aimerais travailler pour une SCIC d'énergie citoyenne ou un réseau régional, comme chargée de mission développement de projets.

Anaïs Kervella
07 62 50 38 14""",
        app("Anaïs", "Kervella", phone="+33762503814", bac=5, grad="2026-10", status="b_master_env_defence_oct"),
    )),
    # Feature: environment — graduation — BTSA GPN en 2021
    # sector: «BTSA GPN en 2021» = the nature-protection BTSA, five years ago → fails graduation_recent
    N("environment", "graduation", "BTSA GPN en 2021", M(
        "Damien Quentric <damien.quentric@example.net>", "candidature", "16 07:58",
        """Bonjour,

J'ai eu mon BTSA GPN en 2021, et depuis je suis valoriste à la ressourcerie de mon secteur. J'aimerais évoluer vers un poste d'encadrement dans une autre ressourcerie ou chez Emmaüs.

Damien Quentric
06 38 91 25 74""",
        app("Damien", "Quentric", phone="+33638912574", bac=2, grad="2021", failing=("graduation_recent",), status="b_btsa_2021_valoriste"),
    )),
    # Feature: environment — kind — la ressourcerie est ouverte du mercredi au samedi
    # sector: «la ressourcerie est ouverte du mercredi au samedi» = a ressourcerie's automatic answer → kind auto_reply: no personal fact
    N("environment", "kind", "la ressourcerie est ouverte du mercredi au samedi", M(
        "Ressourcerie La Trouvaille <contact@latrouvaille.example.org>", "Réponse automatique", "17 10:00",
        """Merci pour votre message !

Nous le lirons dès que possible. Pour rappel, la ressourcerie est ouverte du mercredi au samedi, de 10 h à 18 h. Les dépôts d'objets se font uniquement le mercredi et le samedi matin.

L'équipe de La Trouvaille""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: environment — kind — le jardin partagé peut accueillir votre atelier
    # sector: «le jardin partagé peut accueillir votre atelier» = an association offering its garden's hut for one of our sessions → kind other
    N("environment", "kind", "le jardin partagé peut accueillir votre atelier", M(
        "Les Jardins du Canal <bureau@jardins-canal.example.fr>", "Proposition de lieu pour un atelier", "18 15:15",
        """Bonjour,

Nous sommes une association de quartier à Toulouse. Si vous cherchez un lieu pour une rencontre Pro'pulse au printemps, le jardin partagé peut accueillir votre atelier : un abri couvert, une trentaine de chaises, de l'électricité.

Dites-nous quelle date vous conviendrait.

Pour le bureau, Violette""",
        other(),
    )),
    # Feature: food_agri — level — un BPREA obtenu en 2025
    # sector: «un BPREA obtenu en 2025» = the brevet professionnel of farm management, level 4 (the bac's level) → fails degree_level
    N("food_agri", "level", "un BPREA obtenu en 2025", M(
        "Camille Duteil <camille.duteil@example.com>", "candidature", "19 21:13",
        """Bonjour,

Après le bac j'ai passé un BPREA obtenu en 2025 au CFPPA de Brioude, c'est mon diplôme le plus haut. Je suis maraîchère salariée sur une ferme en bio depuis.

J'aimerais devenir animatrice d'AMAP ou travailler pour un réseau comme le CIVAM.

Camille Duteil
06 57 03 48 26""",
        app("Camille", "Duteil", phone="+33657034826", bac=0, grad="2025", failing=("degree_level",), status="b_bprea_only"),
    )),
    # Feature: food_agri — aim — coordinatrice de l'épicerie solidaire
    # sector: «coordinatrice de l'épicerie solidaire» = a job in a solidarity grocery run by an association → meets job_seeking_ess
    N("food_agri", "aim", "coordinatrice de l'épicerie solidaire", M(
        "Pauline Cazenave <pauline.cazenave@example.org>", "Candidature — épicerie solidaire", "20 09:35",
        """Bonjour,

Ingénieure agronome (AgroParisTech, diplômée en septembre 2025), je travaille depuis six mois en CDD dans une cantine scolaire bio.

J'ai vu que l'association de mon quartier cherche une coordinatrice de l'épicerie solidaire : c'est exactement ce que j'aimerais faire, ou un poste proche dans l'aide alimentaire.

Pauline Cazenave
06 24 89 51 07""",
        app("Pauline", "Cazenave", phone="+33624895107", bac=5, grad="2025-09", status="b_agro_epicerie"),
    )),
    # Feature: food_agri — aim — une épicerie solidaire ou un supermarché, je verrai
    # ambiguous: an épicerie solidaire is the ESS, a supermarket chain is not; he hesitates between them and names no preference
    # sector: «une épicerie solidaire ou un supermarché, je verrai» = the ESS and mass retail on the same footing → job_seeking_ess open
    N("food_agri", "aim", "une épicerie solidaire ou un supermarché, je verrai", M(
        "Ibrahim Touré <ibrahim.toure@example.net>", "Pro'pulse", "21 13:27",
        """Bonjour,

BTSA technico-commercial produits alimentaires en juin 2026. Je cherche un poste de responsable de rayon frais : une épicerie solidaire ou un supermarché, je verrai selon les offres.

Ibrahim Touré
07 13 58 24 96""",
        app("Ibrahim", "Touré", phone="+33713582496", bac=2, grad="2026-06", unknown=("job_seeking_ess",), status="b_epicerie_or_supermarket"),
    )),
    # Feature: food_agri — level — maraîchère with a DEC from the cégep de Victoriaville
    # ambiguous: a Quebec college DEC (technique, three years after secondary school) has no settled French level and she gives no equivalence
    # sector: «maraîchère with a DEC from the cégep de Victoriaville» = a farm trade and a Quebec college diploma of unassessed level → degree_level open
    N("food_agri", "level", "maraîchère with a DEC from the cégep de Victoriaville", M(
        "Marie-Ève Gagnon <marieeve.gagnon@example.com>", "Application from Québec", "22 16:02",
        """Hi,

I'm a maraîchère with a DEC from the cégep de Victoriaville (organic farming technique, 2025). I came to France in spring on a working holiday visa and I've been working on a ferme in the Drôme since.

I'd love a job with an AMAP network or a farmers' cooperative, helping new growers settle.

Marie-Ève Gagnon
+33 6 29 40 73 18""",
        app("Marie-Ève", "Gagnon", phone="+33629407318", bac="*", grad="2025", unknown=("degree_level",), language="en", status="b_quebec_dec_maraichere"),
    )),
    # Feature: food_agri — situation — woofeuse dans une ferme du Gers, c'est fini depuis septembre
    # sector: «woofeuse dans une ferme du Gers, c'est fini depuis septembre» = a woofing season, neither internship nor civic service, and over → meets not_internship
    N("food_agri", "situation", "woofeuse dans une ferme du Gers, c'est fini depuis septembre", M(
        "Zoé Lacombe <zoe.lacombe@example.fr>", "candidature animation AMAP", "23 10:49",
        """Coucou Pro'pulse,

BTSA ACSE en juin 2025, puis j'ai été woofeuse dans une ferme du Gers, c'est fini depuis septembre. Ça m'a confirmé que je voulais bosser avec les paysans mais côté réseau.

Je cherche un poste d'animatrice d'AMAP ou de chargée de mission alimentation dans une association.

Zoé, 06 80 15 62 39""",
        app("Zoé", "Lacombe", phone="+33680156239", bac=2, grad="2025-06", status="b_woofing_over"),
    )),
    # Feature: food_agri — career_change — paysan, éleveur laitier pendant dix-huit ans
    # sector: «paysan, éleveur laitier pendant dix-huit ans» = years as a farmer before a new diploma → fails not_career_change
    N("food_agri", "career_change", "paysan, éleveur laitier pendant dix-huit ans", M(
        "Gilles Peyrot <gilles.peyrot@example.org>", "candidature", "24 08:06",
        """Bonjour,

J'ai été paysan, éleveur laitier pendant dix-huit ans dans le Cantal. J'ai vendu l'exploitation et passé une licence pro agriculture biologique, obtenue en juin 2026.

Je voudrais travailler pour une association comme Terre de liens, à l'installation des jeunes paysans.

Gilles Peyrot
06 71 29 84 50""",
        app("Gilles", "Peyrot", phone="+33671298450", bac=3, grad="2026-06", failing=("not_career_change",), status="b_dairy_farmer_lp"),
    )),
    # Feature: food_agri — kind — la banque alimentaire cherche des bénévoles pour la collecte
    # sector: «la banque alimentaire cherche des bénévoles pour la collecte» = a food bank's bulk call for volunteers → kind newsletter
    N("food_agri", "kind", "la banque alimentaire cherche des bénévoles pour la collecte", M(
        "Banque alimentaire de l'Isère <collecte@ba-isere.example.org>", "Collecte nationale : on compte sur vous", "25 07:30",
        """Bonjour à toutes et à tous,

Les 27, 28 et 29 novembre, la banque alimentaire cherche des bénévoles pour la collecte dans les magasins du département. Un créneau de deux heures suffit !

Inscriptions en ligne sur notre site.

Merci de relayer auprès de vos réseaux.""",
        newsletter(),
        headers={"Precedence": "bulk"},
    )),
    # Feature: food_agri — kind — Re: — nos paniers AMAP sont distribués le jeudi
    # sector: «nos paniers AMAP sont distribués le jeudi» = an AMAP answering in our thread about a session → kind reply
    N("food_agri", "kind", "nos paniers AMAP sont distribués le jeudi", M(
        "AMAP des Trois Ponts <contact@amap-troisponts.example.net>", "Re: Présenter Pro'pulse à vos adhérents", "26 12:22",
        """Bonjour,

Avec plaisir. Nos paniers AMAP sont distribués le jeudi de 18 h à 19 h 30 dans la cour de l'école ; vous pouvez venir avec une table et des flyers le 10 décembre.

Cordialement,
Bernard, pour le collectif

> Le 24 nov. 2026 à 10:02, Pro'pulse a écrit :
> Accepteriez-vous que nous présentions le programme lors d'une distribution ?""",
        reply(),
        headers={"In-Reply-To": "<amap-troisponts.20261124@animafac.net>", "References": "<amap-troisponts.20261124@animafac.net>"},
    )),
]
