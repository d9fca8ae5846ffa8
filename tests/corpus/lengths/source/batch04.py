"""Lengths corpus, batch 04 (writer A): short_english (a one-liner, a note of two lines, a teacher's referral in
three lines, a CV attached; a question, a reply and an out-of-office in English), long_digressive (long mails
full of siblings', friends' and partners' situations, opinions and anecdotes, the writer's own fact once; a
sister's referral; two newsletters and a partner's long mail), long_english (a life story, a cover letter, a
pasted résumé, a careers adviser's referral; an exchange office's mail and a long question)."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, auto_reply, newsletter, other, question, reply
from lengths import N

MESSAGES = [
    # Feature: short_english — graduation — I graduated in June 2026 with a BA in Social Policy
    # length: short, 32 words in two sentences, the BA's month and the aim in the first → application; a BA (bac+3) of June 2026, a French non-profit sought → eligible (English)
    N("short_english", "graduation", "I graduated in June 2026 with a BA in Social Policy", M(
        "Hannah Carter <hannah.carter@gmail.com>", "Pro'pulse application", "03 11:20",
        """Hi, I graduated in June 2026 with a BA in Social Policy from the University of Leeds and I'm now living in Lyon, looking for a job in a French non-profit. Thanks!
Hannah Carter""",
        app("Hannah", "Carter", phone=None, bac=3, grad="2026-06", status="en_court_ba_leeds_juin", language="en"),
    )),
    # Feature: short_english — level — I only have a high school diploma
    # length: short, 27 words in one sentence and a name, the only diploma named → application; a high school diploma alone → fails degree_level → not eligible (English)
    N("short_english", "level", "I only have a high school diploma", M(
        "Daniel Kim <daniel.kim.fr@gmail.com>", "Question about applying", "04 16:02",
        """Hello, I only have a high school diploma but two years of volunteering with the Red Cross in Marseille, can I still apply for a job in the ESS?
Daniel Kim""",
        app("Daniel", "Kim", phone=None, bac=0, grad=None, failing=("degree_level",), status="en_court_high_school", language="en"),
    )),
    # Feature: short_english — graduation — MSc in Development Studies, SOAS
    # ambiguous: the MSc is named with no date: graduation_recent stays open
    # length: short, 20 words of fragments, a master's level and an ESS aim, no date → application; an MSc (bac+5) of unsaid date → graduation_recent open → to verify (English)
    N("short_english", "graduation", "MSc in Development Studies, SOAS", M(
        "Aiko Honda <aiko.honda@outlook.com>", "Application – A. Honda", "05 09:37",
        """MSc in Development Studies, SOAS – looking for work in a cooperative or an NGO in Paris. Available now.
Aiko Honda
+33 7 81 24 56 90""",
        app("Aiko", "Honda", phone="+33781245690", bac=5, grad=None, unknown=("graduation_recent",), status="en_court_msc_soas_sans_date", language="en"),
    )),
    # Feature: short_english — graduation — MA in Social Economy (September 2026)
    # length: short, 39 words of a teacher's referral naming the student, her address, the master's month and her aim → application; a referral: MA of September 2026, a French association sought → eligible (English)
    N("short_english", "graduation", "MA in Social Economy (September 2026)", M(
        "Prof. Jonathan Ellis <j.ellis@univ-example.ac.uk>", "Referral: Priyanka Iyer", "06 14:44",
        """Dear Pro'pulse team, I am writing for my former student Priyanka Iyer (priyanka.iyer@gmail.com): MA in Social Economy (September 2026), now in Paris and keen on a role in a French association. She would be a great fit.
J. Ellis""",
        app("Priyanka", "Iyer", phone=None, bac=5, grad="2026-09", status="en_court_prof_referral", email="priyanka.iyer@gmail.com", forwarded_by="j.ellis@univ-example.ac.uk", language="en"),
    )),
    # Feature: short_english — situation — I'm currently an intern at a foundation in Paris until March 2027
    # length: short, 32 words in three sentences, the internship running until March 2027 in the first → application; BA of 2025, an internship until March 2027 → fails not_internship → not eligible (English)
    N("short_english", "situation", "I'm currently an intern at a foundation in Paris until March 2027", M(
        "Luca Bianchi <luca.bianchi@gmail.com>", "Interested in Pro'pulse", "07 19:10",
        """Hi there, I'm currently an intern at a foundation in Paris until March 2027. BA in Economics (Bologna, 2025). I'd like to work in a social enterprise after that. Luca""",
        app("Luca", "Bianchi", phone=None, bac=3, grad="2025", failing=("not_internship",), status="en_court_intern_until_march", language="en"),
    )),
    # Feature: short_english — aim — charity or corporate, whatever comes first
    # ambiguous: a charity or a company on equal terms: job_seeking_ess stays open
    # length: short, 24 words in two sentences, a dated BA and two searches on equal terms → application; BA of July 2025, «charity or corporate» → job_seeking_ess open → to verify (English)
    N("short_english", "aim", "charity or corporate, whatever comes first", M(
        "Ciara Fitzgerald <ciara.fitz@gmail.com>", "job search", "08 21:48",
        """BA in International Relations, University of Kent, July 2025. Happy with any job in France, charity or corporate, whatever comes first!
Ciara""",
        app("Ciara", "Fitzgerald", phone=None, bac=3, grad="2025-07", unknown=("job_seeking_ess",), status="en_court_charity_or_corporate", language="en"),
    )),
    # Feature: short_english — graduation — just graduated (November 2026)
    # length: short, 33 words and a PDF CV repeating them, the master's month and the aim in the body → application; a master (bac+5) of November 2026, a French housing association sought → eligible (English)
    N("short_english", "graduation", "just graduated (November 2026)", M(
        "Giulia Ferri <giulia.ferri@polimi-alumni.example.it>", "Application + CV", "09 10:05",
        """Hi! CV attached. In short: just graduated (November 2026) with a Master's in Urban Planning from Politecnico di Milano, and I'm looking for a role in a French housing association.
Best, Giulia Ferri""",
        app("Giulia", "Ferri", phone="+393471852609", bac=5, grad="2026-11", status="en_court_cv_polimi_novembre", language="en"),
        cv=CV("pdf", "Ferri_Giulia_CV_EN.pdf", """Giulia Ferri – Milan / Paris – +39 347 185 2609
Master's degree in Urban Planning and Policy Design – Politecnico di Milano – November 2026
Bachelor's degree in Urban Planning – Politecnico di Milano – 2024
Looking for: project officer in a housing association or a cooperative (France)"""),
    )),
    # Feature: short_english — kind — Is the programme open to non-EU citizens
    # length: short, 16 words of a question with no fact of the writer → question (English)
    N("short_english", "kind", "Is the programme open to non-EU citizens", M(
        "Emeka Eze <emeka.eze@yahoo.com>", "Eligibility question", "10 06:58",
        """Hello, is the programme open to non-EU citizens with a French residence permit? Thank you.""",
        question(language="en"),
    )),
    # Feature: short_english — kind — Yes, Thursday at 10 works for me
    # length: short, 10 words answering our proposal in our thread (In-Reply-To ours) → reply (English)
    N("short_english", "kind", "Yes, Thursday at 10 works for me", M(
        "Hannah Carter <hannah.carter@gmail.com>", "Re: Your Pro'pulse interview", "22 08:41",
        """Yes, Thursday at 10 works for me. See you then!
Hannah""",
        reply(),
        headers={"In-Reply-To": "<entretien-carter.2211@animafac.net>"},
    )),
    # Feature: short_english — kind — I am out of the office until Monday
    # length: short, 22 words of an English out-of-office (Auto-Submitted) → auto-reply
    N("short_english", "kind", "I am out of the office until Monday", M(
        "Grace Liang <grace.liang@socialimpact-network.example.org>", "Automatic reply: Pro'pulse partners meeting", "25 17:30",
        """Thank you for your email. I am out of the office until Monday 30 November with limited access to email and will reply on my return.""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: long_digressive — graduation — moi, j'ai eu mon master de sociologie en juillet dernier
    # length: long, about 440 words of news about a sister in civic service, a partner in a reconversion, a friend's SCOP, opinions on the ESS, the writer's own master and aim once in the sixth paragraph → application; master of July 2026, an association sought → eligible
    N("long_digressive", "graduation", "moi, j'ai eu mon master de sociologie en juillet dernier", M(
        "Célia Dumont <celia.dumont@gmail.com>", "Candidature (et un peu de tout)", "11 22:30",
        """Bonsoir,

Je ne sais pas trop par où commencer, alors je vais commencer par le début, c'est-à-dire par ma sœur. C'est elle qui m'a parlé de vous. Elle est en service civique depuis septembre dans une association de protection de l'environnement à Annecy, elle ramasse des déchets dans les torrents et elle anime des ateliers dans les écoles, et elle adore. Une de ses collègues de mission avait fait votre programme il y a deux ans et lui a dit que c'était génial.

Mon copain, lui, est en pleine reconversion. Il était commercial dans une concession automobile, il a tout arrêté en juin et il fait une formation de menuisier. Il rentre le soir couvert de sciure et heureux comme je ne l'ai jamais vu. Tout ça pour dire qu'à la maison, on parle beaucoup de sens et de travail utile en ce moment, peut-être un peu trop.

Mon meilleur ami, Théo, a monté une SCOP de graphistes avec quatre copains de son école. Ils se payent encore très peu, mais ils votent tout ensemble, même la couleur de la machine à café. J'ai assisté à une de leurs assemblées générales, c'était long, un peu chaotique, mais tellement plus vivant que les réunions que j'ai vues en stage dans une grande entreprise.

D'ailleurs, je dois dire que j'ai un avis un peu mitigé sur l'ESS telle qu'on la présente parfois. J'ai l'impression qu'on la décrit comme un monde merveilleux, alors que j'ai vu des associations où les salariés étaient épuisés et sous-payés, avec des directions très peu démocratiques. Mais je crois qu'il vaut mieux essayer de changer les choses de l'intérieur que de rester à critiquer de loin.

Bref. Moi, j'ai eu mon master de sociologie en juillet dernier, à Grenoble, avec un mémoire sur les habitants bénévoles dans les centres sociaux. Je cherche un poste de chargée d'études, de chargée de mission ou de coordinatrice dans une association ou une fédération, idéalement dans les Alpes, sinon à Lyon. Je fais quelques heures de soutien scolaire pour tenir, rien de plus.

Ma mère, qui est institutrice, trouve que je devrais passer le concours de professeure des écoles « pour avoir la sécurité ». On en a beaucoup parlé à Noël l'an dernier. Je la comprends, mais je n'ai pas envie. J'ai toujours préféré les projets collectifs aux salles de classe.

Pour finir sur une note plus légère, mon chat s'appelle Proudhon, c'est mon copain qui l'a nommé, et il est tout sauf mutualiste : il ne partage jamais rien.

Je suis joignable au 06 84 27 13 56. Merci d'avoir lu jusque-là, et bonne soirée à vous.

Célia Dumont""",
        app("Célia", "Dumont", phone="+33684271356", bac=5, grad="2026-07", status="digressif_soeur_sc_copain_reconversion"),
    )),
    # Feature: long_digressive — level — moi je n'ai que le bac
    # length: long, about 390 words about flatmates with masters, a cousin in an internship, a football club and a grandfather's cooperative, the writer's own level once in the fourth paragraph → application; the bac alone (a first year of licence left) → fails degree_level → not eligible
    N("long_digressive", "level", "moi je n'ai que le bac", M(
        "Hakim Benyahia <hakim.benyahia@gmail.com>", "Pro'pulse", "12 13:11",
        """Salut l'équipe,

Je vous écris un peu sur un coup de tête, après une soirée avec mes colocs où on a parlé de boulot jusqu'à deux heures du matin. On est quatre dans l'appart, à Villeurbanne. Il y a Yanis, qui a un master de droit et qui bosse dans un cabinet d'avocats, Sonia, qui a un master d'urbanisme et qui est en CDD dans une agence d'urbanisme, et Malik, qui termine une école d'ingénieur et qui fait son stage chez un constructeur de trains. Autant vous dire que je me sens un peu à part.

Mon cousin Farès, lui, est en stage dans une association de commerce équitable, et c'est en l'écoutant parler que j'ai eu envie de travailler dans ce milieu. Il m'a montré leurs locaux, leurs entrepôts, leurs producteurs de café au Pérou. Il m'a parlé de vous, en disant que vous aidiez les jeunes à trouver du travail dans l'ESS.

Je m'occupe depuis six ans de l'équipe des moins de 15 ans dans mon club de foot, le week-end. C'est une asso, donc je connais un peu ce monde, les subventions qui n'arrivent pas, les bénévoles qui s'épuisent, le président qui fait tout. J'adore ça.

Le truc, c'est que moi je n'ai que le bac, un bac pro gestion-administration. J'ai commencé une licence d'AES après, mais j'ai arrêté au bout de quelques mois, j'avais besoin de travailler. Depuis je fais de la livraison à vélo et de l'intérim. J'aimerais trouver un vrai poste, genre assistant administratif ou animateur dans une asso sportive ou d'éducation populaire.

Mon grand-père, lui, a travaillé toute sa vie dans une coopérative agricole en Algérie, et il me racontait toujours que c'était le seul endroit où on lui demandait son avis. Quand j'ai découvert que ça existait en France aussi, les coopératives, ça m'a fait quelque chose, je ne sais pas trop comment l'expliquer.

Je ne sais pas si je rentre dans vos critères, j'ai vu qu'il fallait un bac+2. Si ce n'est pas possible, est-ce que vous connaissez d'autres dispositifs pour des gens comme moi ? Ma conseillère de la mission locale m'a parlé d'une formation d'animateur, le BPJEPS, mais je ne sais pas si c'est une bonne idée.

En tout cas merci pour ce que vous faites, même si ce n'est pas pour moi cette fois.

Hakim
07 69 42 15 38""",
        app("Hakim", "Benyahia", phone="+33769421538", bac=0, grad=None, failing=("degree_level",), status="digressif_colocs_bac_seul"),
    )),
    # Feature: long_digressive — situation — ma mission de service civique se termine à la fin du mois
    # ambiguous: the writer's civic service ends «à la fin du mois» with no day: not_service_civique stays open
    # length: long, about 370 words about a brother's master, a cousin's internship, a grandmother, a festival and the news, the writer's own civic service ending «à la fin du mois» once in the fifth paragraph → application; licence pro of 2025, a civic service ending at the end of the month → not_service_civique open → to verify
    N("long_digressive", "situation", "ma mission de service civique se termine à la fin du mois", M(
        "Élise Joly <elise.joly@gmail.com>", "Bonjour et candidature", "13 18:25",
        """Bonjour,

Je m'appelle Élise, j'ai 22 ans, j'habite à Poitiers et je voudrais vous parler de plein de choses, mais surtout de ma candidature, promis.

Mon grand frère, Arthur, a fini son master de droit public il y a deux ans et il travaille maintenant au conseil départemental. Il m'a dit que si je voulais de la stabilité, il fallait faire comme lui et passer des concours. Ma cousine Lou, elle, est en stage dans une fondation à Paris, au service mécénat, et elle dit que c'est passionnant mais qu'elle ne gagne presque rien et qu'elle vit chez une tante en banlieue. Chez nous, tout le monde a un avis sur ce que je devrais faire.

Ma grand-mère, qui a été secrétaire de mairie pendant quarante ans dans un petit village des Deux-Sèvres, est la seule à me dire de faire ce qui me plaît. Elle m'envoie des coupures de journaux sur des associations qu'elle trouve intéressantes, avec des petits mots écrits au stylo bleu. La dernière parlait d'une épicerie itinérante dans le Marais poitevin.

Cet été, j'étais bénévole au festival de musique de ma ville, à la buvette et au tri des déchets. C'était épuisant mais génial, et j'ai rencontré des gens de plusieurs associations qui m'ont donné envie de travailler dans l'événementiel culturel associatif, ou dans l'éducation à l'environnement, je n'ai pas encore tranché entre les deux, mais les deux sont dans l'associatif.

Pour ma part, j'ai une licence pro Animation et gestion de projets dans le secteur culturel, obtenue en 2025, et ma mission de service civique se termine à la fin du mois. Je la fais dans une médiathèque associative, où j'anime des ateliers numériques pour les seniors. C'est drôle parce que ça me rappelle ma grand-mère, qui a appris à envoyer des photos par WhatsApp à 84 ans.

Côté actualité, j'ai été très touchée par les annonces de baisse des subventions aux associations culturelles dans la région. Plusieurs structures que je connais vont devoir supprimer des postes. Ça ne rend pas la recherche d'emploi plus facile, mais ça me donne encore plus envie de m'engager.

Je vous remercie d'avance de votre réponse. Je suis joignable au 06 29 71 48 35, de préférence après 17 h.

Élise Joly""",
        app("Élise", "Joly", phone="+33629714835", bac=3, grad="2025", unknown=("not_service_civique",), status="digressif_sc_fin_du_mois"),
    )),
    # Feature: long_digressive — aim — il voudrait travailler dans une association de protection de l'enfance
    # length: long, about 370 words of a sister writing for her brother (a referral), full of family news and the sister's own situation, the brother's DUT and aim once in the middle → application; a referral: DUT of June 2025, a child-protection association sought → eligible
    N("long_digressive", "aim", "il voudrait travailler dans une association de protection de l'enfance", M(
        "Laëtitia Chérif <laetitia.cherif@orange.fr>", "Pour mon frère Adam", "14 20:50",
        """Bonjour,

Je vous écris au sujet de mon petit frère, Adam, parce qu'il est trop timide pour le faire lui-même et que je le connais : s'il attend d'avoir trouvé les mots parfaits, il ne vous écrira jamais. Il est d'accord pour que je vous contacte, je précise.

Pour vous situer la famille, nous sommes cinq enfants, je suis l'aînée, j'ai 31 ans et je suis infirmière en psychiatrie à Toulouse. Ma sœur Yasmina est en licence de langues, mon autre frère Ryan est en terminale et ne pense qu'au rugby, et la petite dernière est au collège. Nos parents tiennent une boulangerie à Colomiers depuis vingt ans, et on y a tous travaillé le week-end à un moment ou à un autre.

Moi, je ne suis pas du tout concernée par votre programme : j'ai mon diplôme d'infirmière depuis 2016 et je ne compte pas changer de métier, même si l'hôpital public est dans un état que je ne vous décrirai pas ici, ça prendrait trois pages.

Adam a 22 ans. Il a obtenu son DUT Carrières sociales, option éducation spécialisée, en juin 2025 à l'IUT de Toulouse. Il a fait ses stages dans une maison d'enfants à caractère social et dans un service d'action éducative en milieu ouvert, et il voudrait travailler dans une association de protection de l'enfance, comme éducateur ou comme moniteur-éducateur en attendant de passer un diplôme d'État plus tard. Depuis l'été dernier, il donne un coup de main à la boulangerie et il envoie des candidatures, mais il n'a eu que des refus ou pas de réponse.

Je crois qu'il a besoin qu'on l'aide à se présenter. Il est extraordinaire avec les enfants (il faut le voir avec nos petits cousins), mais en entretien il perd tous ses moyens. Un accompagnement comme le vôtre lui ferait beaucoup de bien, j'en suis sûre.

Son adresse est adam.cherif31@gmail.com et son numéro le 07 82 16 49 30. Vous pouvez aussi me joindre si besoin, mais je préférerais que ce soit lui qui fasse la suite des démarches, c'est important qu'il prenne les choses en main.

Pardon pour ce long message et pour toutes ces histoires de famille, je n'ai pas su faire plus court.

Merci beaucoup,
Laëtitia Chérif""",
        app("Adam", "Chérif", phone="+33782164930", bac=2, grad="2025-06", status="digressif_soeur_pour_adam", email="adam.cherif31@gmail.com", forwarded_by="laetitia.cherif@orange.fr"),
    )),
    # Feature: long_digressive — aim — un poste de chargé d'affaires dans une banque privée
    # length: long, about 370 words praising the ESS through a father's mutual, a girlfriend's association and a documentary, the writer's own search outside the ESS once in the fifth paragraph → application; master of 2026, a private bank sought → fails job_seeking_ess → not eligible
    N("long_digressive", "aim", "un poste de chargé d'affaires dans une banque privée", M(
        "Bertrand Kessler <bertrand.kessler@gmail.com>", "Votre programme", "15 12:34",
        """Bonjour,

Je me permets de vous écrire après avoir regardé hier soir un documentaire sur les coopératives en Espagne, celle de Mondragón notamment, que j'ai trouvé passionnant. Des dizaines de milliers de salariés associés, des écarts de salaires limités, une banque coopérative, une université : c'est vertigineux quand on y pense.

Mon père a travaillé toute sa carrière dans une mutuelle d'assurance à Niort, et il m'a toujours parlé du mutualisme comme d'une belle idée un peu oubliée. Il est à la retraite depuis deux ans et il est administrateur bénévole d'une association de consommateurs. Ma copine, elle, est salariée d'une association de lutte contre le mal-logement à Bordeaux, et elle rentre souvent épuisée mais fière. Bref, l'ESS, je baigne dedans depuis toujours sans y avoir jamais travaillé.

J'ai beaucoup de respect pour tout ça. Je trouve que les associations font un travail que l'État ne fait plus, et que les coopératives montrent qu'on peut produire autrement. J'ai même fait mon mémoire de master sur la gouvernance des banques coopératives, avec une partie sur les caisses locales et leurs sociétaires.

Pour vous présenter mon parcours, j'ai obtenu cette année un master Banque et finance à l'université de Bordeaux, après une licence d'économie. J'ai fait mon alternance dans une agence bancaire, au service des professionnels.

Aujourd'hui, je cherche un poste de chargé d'affaires dans une banque privée, à Bordeaux ou à Paris, dans la gestion de patrimoine de clients fortunés. C'est le métier qui me correspond le mieux, et les perspectives de rémunération ne sont pas négligeables, je ne vais pas vous mentir. J'ai vu que votre programme aidait les jeunes diplômés à trouver un emploi, et je me suis dit que votre accompagnement pouvait m'être utile, même si je comprends que ce n'est peut-être pas votre cœur de cible.

Ma copine trouve que je suis un peu gonflé de vous écrire, mais je me dis qu'on ne perd rien à demander. Elle m'a dit aussi que, si je travaillais dans une banque, je pourrais au moins faire du mécénat de compétences pour son association, ce qui n'est pas faux.

Merci pour votre lecture et pour votre réponse, quelle qu'elle soit.

Bertrand Kessler
06 47 19 83 62""",
        app("Bertrand", "Kessler", phone="+33647198362", bac=5, grad="2026", failing=("job_seeking_ess",), status="digressif_banque_privee"),
    )),
    # Feature: long_digressive — kind — La Lettre de l'engagement étudiant
    # length: long, about 440 words, a student network's newsletter (List-Unsubscribe, Precedence: bulk) with stories of volunteers and graduates, events and calls → newsletter
    N("long_digressive", "kind", "La Lettre de l'engagement étudiant", M(
        "La Lettre de l'engagement étudiant <newsletter@engagement-etudiant.example.org>", "La Lettre de l'engagement étudiant – édition de novembre", "16 07:00",
        """La Lettre de l'engagement étudiant – édition de novembre 2026

Bonjour à toutes et à tous,

Novembre, c'est le mois où les associations étudiantes reprennent leur souffle après les rentrées et les premières assemblées générales. On a reçu cette année un nombre record de témoignages, alors on a décidé de leur faire une place plus grande que d'habitude. Installez-vous, prenez un thé, c'est un peu long.

Ils et elles s'engagent
À Rennes, Maëlle, en deuxième année de licence de biologie, a relancé l'épicerie solidaire de son campus, fermée depuis le confinement. Avec une vingtaine de bénévoles, elle distribue chaque semaine des paniers à plus de cent cinquante étudiants. « Au début, on pensait que personne ne viendrait par honte. Aujourd'hui, la file d'attente fait le tour du bâtiment. »

À Strasbourg, Ibrahim, en master de sciences politiques, coordonne un programme de tutorat entre étudiants et lycéens de quartiers prioritaires. Il raconte la première fois qu'une lycéenne qu'il suivait lui a annoncé son admission en classe préparatoire.

À Toulouse, l'association d'un IUT a organisé une friperie éphémère au profit d'un foyer de jeunes travailleurs : 2 300 euros récoltés en une journée, et un stock de manteaux qui a fait le bonheur de tout un couloir de résidence universitaire.

Et après ?
Nous avons aussi recueilli des nouvelles d'anciens membres du réseau. Sacha, ancien président d'une association de solidarité internationale, vient d'être embauché comme chargé de projets dans une ONG à Lyon. Inès, qui avait monté un festival étudiant, dirige aujourd'hui un tiers-lieu associatif dans la Drôme. Quant à Paul, il a fini par monter une SCOP de réparation de vélos avec trois amis, après deux ans de service civique et de petits boulots.

Débat du mois
Faut-il rémunérer les responsables d'associations étudiantes ? Nous avons posé la question à une chercheuse, à une vice-présidente d'université et à deux présidents d'associations. Leurs réponses, plus nuancées qu'on ne le croit, sont à lire sur notre site.

Agenda
– 2 décembre : formation en ligne « Trésorerie associative : les bases », de 18 h à 20 h.
– 5 décembre : Journée mondiale du bénévolat, des événements partout en France (carte sur notre site).
– 12 décembre : rencontre régionale des associations étudiantes d'Occitanie, à Montpellier.

Appel à projets
Le fonds d'initiatives étudiantes rouvre ses candidatures jusqu'au 31 janvier. Les projets de solidarité, d'environnement et de culture peuvent recevoir jusqu'à 3 000 euros.

Le mot de la fin
Merci à toutes celles et ceux qui font vivre l'engagement sur les campus, souvent dans l'ombre, entre deux partiels et un job étudiant. Vous êtes formidables.

Vous recevez cette lettre car vous êtes abonné·e à la liste de diffusion. Se désinscrire : lien en bas de page.""",
        newsletter(),
        headers={"List-Unsubscribe": "<https://engagement-etudiant.example.org/desinscription>", "Precedence": "bulk"},
    )),
    # Feature: long_digressive — kind — Les nouvelles de la Fabrique solidaire
    # length: long, about 400 words, a local association's newsletter (List-Unsubscribe, Precedence: bulk) full of news, people and thanks → newsletter
    N("long_digressive", "kind", "Les nouvelles de la Fabrique solidaire", M(
        "La Fabrique solidaire <nouvelles@fabrique-solidaire.example.fr>", "Les nouvelles de la Fabrique solidaire – automne 2026", "18 08:15",
        """Les nouvelles de la Fabrique solidaire – automne 2026

Chers adhérents, chers bénévoles, chers partenaires,

Quel automne ! Entre le déménagement de l'atelier, l'arrivée de nouveaux salariés et les fuites du toit du hangar (réparées, enfin), on n'a pas vu passer les semaines. Voici quelques nouvelles, en vrac comme toujours.

Le déménagement
Après deux ans de recherches, l'atelier de réparation a quitté le sous-sol humide de la rue des Tanneurs pour un local lumineux de 200 m² prêté par la ville, avenue de la Gare. Merci aux quarante bénévoles qui ont porté des établis, des cartons de vis et une machine à coudre de 1952 que personne n'osait jeter. L'inauguration aura lieu le samedi 12 décembre à 11 h, avec soupe et vin chaud.

L'équipe
Trois nouveaux visages ont rejoint l'équipe salariée : Mehdi, encadrant technique de l'atelier vélo, qui arrive d'une ressourcerie de Besançon ; Claire, chargée d'accompagnement des salariés en insertion, qui a longtemps travaillé en mission locale ; et Samuel, en contrat d'apprentissage sur la communication. Bienvenue à eux ! Nous disons aussi au revoir à Josiane, bénévole depuis la création de l'association en 2009, qui part vivre près de ses petits-enfants en Bretagne. Sa bonne humeur et ses confitures vont nous manquer.

Les chiffres de l'année
Depuis janvier, l'atelier a réparé 1 430 objets, dont 612 vélos, 380 appareils électroménagers et une quantité impressionnante de fermetures éclair. La boutique a vendu plus de huit tonnes de mobilier et de vêtements de seconde main. Douze salariés en parcours d'insertion ont terminé leur contrat, dont sept avec un emploi ou une formation à la clé.

Les ateliers de l'hiver
Les ateliers « Répare ton vélo » reprennent tous les mercredis de 14 h à 18 h. Nouveauté : un atelier couture le jeudi soir, animé par deux bénévoles retraitées qui ont travaillé dans la confection. Places limitées, inscription à l'accueil.

Appel aux dons
Nous manquons de vélos d'enfants et de petits meubles de rangement. Si vous en avez qui dorment dans une cave, apportez-les aux horaires d'ouverture de la boutique.

Assemblée générale
Notez dès maintenant la date de notre assemblée générale : le vendredi 20 mars 2027 à 18 h 30. Nous aurons besoin de candidats pour renouveler le conseil d'administration. Si vous hésitez, venez en parler avec un administrateur, ils ne mordent pas.

Merci à toutes et à tous pour votre fidélité.

Pour ne plus recevoir ces nouvelles, cliquez sur le lien de désinscription.""",
        newsletter(),
        headers={"List-Unsubscribe": "<mailto:nouvelles-unsubscribe@fabrique-solidaire.example.fr>", "Precedence": "bulk"},
    )),
    # Feature: long_digressive — kind — je voulais vous parler de notre projet de tiers-lieu
    # length: long, about 380 words, a partner's long mail about a tiers-lieu project, a former colleague, the weather and an invitation, no application and no question of the programme → other
    N("long_digressive", "kind", "je voulais vous parler de notre projet de tiers-lieu", M(
        "Arnaud Le Gall <arnaud.legall@coop-des-communs.example.fr>", "Des nouvelles de Morlaix", "19 17:42",
        """Salut toute l'équipe,

Ça faisait longtemps ! J'espère que vous allez bien et que la rentrée n'a pas été trop rude. Ici, il pleut depuis trois semaines, ce qui n'étonnera personne, et le vent a arraché la moitié de la bâche du potager partagé la semaine dernière. On l'a retrouvée dans le jardin du voisin, qui l'a très bien pris.

Je voulais vous parler de notre projet de tiers-lieu, dont je vous avais dit deux mots au forum de Rennes au printemps. Ça avance ! La coopérative a enfin signé le bail de l'ancienne caserne des pompiers, on a obtenu une subvention de la région pour les travaux, et on compte ouvrir un café associatif, un atelier de réparation et des bureaux partagés d'ici à l'été prochain. On a déjà une quarantaine de sociétaires, des habitants, deux communes et une poignée d'entreprises du coin.

Au passage, vous vous souvenez de Gwenaëlle, qui avait animé un atelier chez vous il y a deux ans sur la gouvernance partagée ? Elle a rejoint le conseil de gestion de la coopérative. Elle vous passe le bonjour, et elle dit que vos ateliers lui ont donné des idées pour nos assemblées, notamment le coup du bâton de parole, qui fait rire tout le monde au début mais qui marche étonnamment bien.

Je ne vous écris pas pour vous demander quoi que ce soit, rassurez-vous. Enfin, presque : si un jour vous organisez une session en Bretagne, on serait ravis de vous accueillir dans nos futurs locaux. Il y aura de la place, du café correct et une vue sur la baie quand il ne pleut pas, c'est-à-dire rarement.

Sinon, la vie de la coopérative est toujours aussi intense. On a eu une assemblée générale de quatre heures en octobre, sur la question de savoir si on vendait de l'alcool au café. Je vous épargne les détails, mais sachez que la démocratie, c'est épuisant et magnifique. Le cidre local a gagné, à une courte majorité.

Ma fille a commencé le conservatoire, elle joue de la bombarde, ce qui est une épreuve pour les voisins. Mon compagnon a repris le chantier de la maison. Bref, tout va bien, dans le joyeux désordre habituel.

Je vous embrasse, et à bientôt j'espère.

Arnaud
Coopérative des Communs – Morlaix""",
        other(),
    )),
    # Feature: long_english — graduation — awarded in December 2025
    # length: long, about 460 words of a life story from Nairobi to Lyon (a diploma in Kenya, a job in a hotel, a move, a master's), the master's award date once in the fourth paragraph → application; a master of December 2025, a French non-profit sought → eligible (English)
    N("long_english", "graduation", "awarded in December 2025", M(
        "Wanjiru Kamau <wanjiru.kamau@gmail.com>", "Application to Pro'pulse – Wanjiru Kamau", "11 10:15",
        """Dear Pro'pulse team,

My name is Wanjiru Kamau and I am writing to apply to your programme. A friend from my French class told me about it, and she said I should tell you my whole story, so I hope you will forgive the length of this email.

I grew up in Nairobi, Kenya, the second of four children. My mother ran a small tailoring business from our home and my father was a schoolteacher. After secondary school, I did a diploma in hospitality management and worked for two years at a hotel in Mombasa, mostly at the reception desk. It was a good job and I learned a lot about dealing with people, but I always felt I wanted to do something more meaningful, and I was saving money to study further.

In 2021 I got a place on a bachelor's programme in community development at a university in Nairobi, which I completed in 2023. During that time I volunteered with a women's savings group in Kibera, helping them keep records and apply for small grants. That experience changed how I saw the world: I saw how a group of women with almost nothing could build something solid by pooling their savings and making decisions together.

Then I came to France. I was admitted to a master's programme in social and solidarity economy at a university in Lyon, taught partly in English and partly in French. The first year was very hard: the language, the cold, the administration, the loneliness. But I finished it, and my master's degree was awarded in December 2025, after a final internship at a fair-trade cooperative in the Rhône valley.

Since January I have been working part time in a café while I improve my French (I am now at B2 level) and look for a job. I would love to work for a French association or cooperative working on women's economic inclusion, microfinance or fair trade. I am also very interested in migrant integration, because I know from experience how difficult the first months in a new country can be.

I am applying to Pro'pulse because I feel I understand the values of the social economy very well, but I do not yet understand how French organisations recruit, what they expect in a cover letter, or how to present a foreign background as an asset rather than a question mark. I think your coaching and your network could make a real difference for me.

I have a valid residence permit that allows me to work in France. I am available for an interview at any time, in English or in French.

Thank you very much for reading my story.

Kind regards,
Wanjiru Kamau
+33 6 52 81 47 39
Lyon""",
        app("Wanjiru", "Kamau", phone="+33652814739", bac=5, grad="2025-12", status="en_long_nairobi_master_dec_2025", language="en"),
    )),
    # Feature: long_english — career_change — after ten years as an accountant at a logistics company
    # length: long, about 370 words of a formal cover letter, the ten years of accounting in one subordinate clause of the second paragraph → application; years of another trade before the MA of 2026 → fails not_career_change → not eligible (English)
    N("long_english", "career_change", "after ten years as an accountant at a logistics company", M(
        "Declan Byrne <declan.byrne@gmail.com>", "Cover letter – Pro'pulse programme", "12 15:40",
        """Dear Sir or Madam,

I am writing to apply for a place on the Pro'pulse programme, which I learned about through the alumni network of my university.

I decided to return to university after ten years as an accountant at a logistics company in Dublin, and I completed an MA in Social Enterprise and Cooperative Studies at University College Cork in June 2026. My studies gave me a thorough understanding of cooperative governance, social finance and the legal frameworks of the social economy across Europe, and my dissertation compared the development of worker cooperatives in Ireland and France. I moved to Paris in August to join my partner, who works here, and I am now determined to build my career in the French social and solidarity economy.

What draws me to the sector is the idea that an organisation can be economically sound and democratically run at the same time. In my previous role, I spent years producing financial reports that nobody outside the board ever read. I now want to put my financial skills at the service of organisations whose members decide together how value is created and shared.

I am looking for a position as a finance officer, a financial controller or an administrative and financial manager in an association, a cooperative or a mutual in the Paris region. I believe my experience of budgeting, cash-flow management and audit preparation would be an asset for a growing organisation, particularly one that needs to strengthen its financial reporting to funders.

I am aware that my French still needs work, although I have reached a solid B1 level and I attend evening classes three times a week. I am also aware that French organisations have their own codes and networks, which I do not yet know. This is precisely why your programme appeals to me: I hope to learn how to navigate the French job market, to meet professionals of the sector and to benefit from the experience of other participants.

I would be delighted to discuss my application with you at your convenience. I can be reached by phone or email at any time.

Thank you for your consideration.

Yours faithfully,
Declan Byrne
+33 7 49 26 81 53""",
        app("Declan", "Byrne", phone="+33749268153", bac=5, grad="2026-06", failing=("not_career_change",), status="en_long_accountant_ten_years", language="en"),
    )),
    # Feature: long_english — aim — either in the third sector or in HR for a large company
    # ambiguous: the third sector and a large company's HR on equal terms: job_seeking_ess stays open
    # length: long, about 380 words of a UK careers adviser presenting a graduate (a referral) among news of the service and other students, the graduate's two searches on equal terms once in the fourth paragraph → application; a referral: BSc of summer 2026, two searches on equal terms → job_seeking_ess open → to verify (English)
    N("long_english", "aim", "either in the third sector or in HR for a large company", M(
        "Fiona Campbell <f.campbell@careers.univ-example.ac.uk>", "Introducing one of our graduates – Isla Grant", "13 11:25",
        """Dear Pro'pulse team,

I hope this email finds you well. I am a careers adviser at a university in Scotland, and I have been following your programme with interest since one of your colleagues presented it at a European careers services conference in Brussels last spring. I remember the presentation well, especially the figures on graduates finding jobs in associations within six months.

Our service supports around four thousand students and recent graduates each year, and an increasing number of them are interested in working abroad after graduation, particularly in France. We run a small mobility scheme with partner universities in Lille, Bordeaux and Lyon, which is how several of our graduates have ended up living in France.

I am writing today on behalf of one of them, Isla Grant, who has asked me to introduce her. Isla completed her BSc in Psychology with us this summer, with a very good classification, and she moved to Bordeaux in September to join her partner. She speaks good French, having spent her third year on an exchange at the Université de Bordeaux, and she is keen to find a job as soon as possible.

In our conversations, Isla has told me that she would be happy to work either in the third sector or in HR for a large company, and that she has not yet decided which she would prefer; she has applied to a few posts of both kinds. She has volunteered for three years with a mental health charity in Glasgow, running peer support groups for students, and she did a summer placement in the HR department of an energy firm in Aberdeen.

I have suggested that your programme might help her clarify her direction and understand the French job market. Her contact details are isla.grant@gmail.com and +33 7 58 19 42 06. She is expecting to hear from you and will be happy to send a CV or answer any questions.

On a more general note, we would be very interested in exploring a closer relationship with your programme, for example by sharing information about it with our graduates who move to France. Please let me know if that would be of interest.

With many thanks and best wishes,

Fiona Campbell
Careers Adviser""",
        app("Isla", "Grant", phone="+33758194206", bac=3, grad="2026", unknown=("job_seeking_ess",), status="en_long_adviser_isla_two_searches", email="isla.grant@gmail.com", forwarded_by="f.campbell@careers.univ-example.ac.uk", language="en"),
    )),
    # Feature: long_english — graduation — Bachelor of Social Work, University of Toronto, June 2025
    # length: long, about 400 words of a résumé pasted after a short greeting, the degree's month in «EDUCATION», side jobs and volunteering as distractors, the aim in the summary → application; a bachelor's (bac+3) of June 2025, community organisations sought → eligible (English)
    N("long_english", "graduation", "Bachelor of Social Work, University of Toronto, June 2025", M(
        "Jordan Lévesque <jordan.levesque@gmail.com>", "Application - résumé in the email", "14 19:02",
        """Hello,

I'd like to apply to Pro'pulse. My résumé is pasted below since the attachment kept bouncing. Thanks for reading!

JORDAN LÉVESQUE
Montréal → Paris | +33 6 71 39 24 85 | jordan.levesque@gmail.com

SUMMARY
Social work graduate looking for a position in a French community organization, a housing association or a social cooperative, in youth work, housing support or community development.

EDUCATION
Bachelor of Social Work, University of Toronto, June 2025
Diploma of College Studies (DEC) in Social Sciences, Cégep du Vieux Montréal, 2021

EXPERIENCE
Sept. 2025 – present: barista (part-time), coffee shop, Paris 11e, while looking for work in the sector
Jan. – Apr. 2025: field placement, youth drop-in centre, Toronto
- ran after-school activities for teenagers aged 13 to 17
- co-led a peer support group on mental health
- wrote case notes and referral letters to partner agencies
Sept. – Dec. 2024: field placement, tenant rights organization, Toronto
- supported tenants facing eviction, prepared files for the housing tribunal
- organized two tenant assemblies in a large building
Summers 2022 – 2024: camp counsellor, community summer camp, Laurentians

VOLUNTEERING
2021 – 2025: food bank volunteer (sorting, distribution, welcome desk)
2023: phone line volunteer, LGBTQ+ youth helpline

SKILLS
Case management, intake interviews, group facilitation, conflict de-escalation, community organizing
Knowledge of housing law (Ontario), harm reduction, trauma-informed practice
French: native (Québec) | English: fluent | Spanish: basic
Tools: Microsoft Office, Google Workspace, case management databases

INTERESTS
Hiking, community radio, cooking for large groups, cycling

A few words beyond the résumé: I moved to Paris last year, my partner is French, and I'd like to stay for good. I'm aware that French diplomas and job titles work differently, and that my Canadian degree may need explaining, which is partly why I'm writing to you. I'm available full time right away.

About the barista job: it's only to pay the rent, twenty hours a week, and my manager knows I'm looking for something in my field, so I can leave with a week's notice. In Toronto, what I enjoyed most was the tenant organizing: knocking on doors, getting neighbours who had never spoken to each other into the same room, and watching them realize they had more power together than alone. If there's an association in Paris doing that kind of work, or a housing cooperative that needs someone to support its members, that would be a dream. I'm also happy to start in a more modest role and learn how things work here.

Best regards,
Jordan Lévesque""",
        app("Jordan", "Lévesque", phone="+33671392485", bac=3, grad="2025-06", status="en_long_resume_bsw_toronto", language="en"),
    )),
    # Feature: long_english — studies_finished — my dissertation is due in January
    # length: long, about 370 words of a life story from Kraków to Lille, the master still running (a dissertation due in January) once in the fifth paragraph → application; an MA whose dissertation is due in January 2027, with a licence of 2024 before it → fails studies_finished → not eligible (English)
    N("long_english", "studies_finished", "my dissertation is due in January", M(
        "Karolina Jankowska <karolina.jankowska@gmail.com>", "Application", "15 21:17",
        """Hello,

I'm Karolina, I'm 24, and I would like to apply to your programme. I'm not sure how much detail you need, so I'll just tell you how I got here.

I grew up in Kraków, Poland. My grandmother was very involved in our local parish's charity work, and as a child I spent many Saturdays helping her pack food parcels for elderly neighbours. I think that's where my interest in community work started, although I didn't have a name for it then.

After secondary school, I came to France on an Erasmus-style exchange for a year and I never really left. I did a licence in sociology at the University of Lille, which I finished in June 2024. It was hard at first, because my French was far from perfect, but my classmates were kind and helped me with my notes. During my studies I worked evenings in a bakery and, later, as a receptionist in a youth hostel, which I loved because I met people from everywhere.

In 2024 I started a master's in social and solidarity economy at the same university. My first-year internship was with an association supporting asylum seekers in Roubaix, where I helped organise French conversation workshops and accompanied people to their appointments at the prefecture. It was intense, sometimes heartbreaking, and I learned more there than in any lecture.

I finished my final internship in September, at a cooperative grocery in Lille, but I haven't completed the master yet: my dissertation is due in January, and the defence should be in February. I'm writing to you now because I'd like to be ready to start working as soon as I have my degree, ideally in an association working with migrants or in a cooperative.

My partner thinks I'm starting my job search too early, but I know how long it can take, especially with a foreign name and an accent. A friend of mine, also Polish, took almost a year to find a job after her master's, even though she was brilliant.

If my application is too early for the programme, I completely understand, and I'll write again in February. Thank you for your time.

Best wishes,
Karolina Jankowska
+33 6 83 52 74 10""",
        app("Karolina", "Jankowska", phone="+33683527410", bac=3, grad="2024-06", failing=("studies_finished", "graduation_recent"), status="en_long_dissertation_january", language="en"),
    )),
    # Feature: long_english — kind — we would like to arrange a visit for our exchange students
    # length: long, about 390 words of a university's international office proposing a visit of exchange students and asking for a presentation, no application → other (English)
    N("long_english", "kind", "we would like to arrange a visit for our exchange students", M(
        "Hiroshi Kato <international@univ-example.ac.jp>", "Visit request from our exchange students", "16 03:20",
        """Dear colleagues at Animafac,

I hope this message finds you well. I am the coordinator of the international exchange office of a private university in Osaka, Japan. Each year, we send around thirty students to partner universities in France for one or two semesters, mainly in Paris, Lyon and Grenoble.

Over the past few years, we have noticed a growing interest among our students in what is called in France the social and solidarity economy. In Japan, cooperatives are very important, especially consumer cooperatives and agricultural cooperatives, but the idea of a whole sector that includes associations, foundations, mutuals and cooperatives, with its own laws and networks, is quite new for many of our students. Several of them have written their graduation theses on French associations after their exchange.

For this reason, we would like to arrange a visit for our exchange students who will be in Paris in the spring semester of 2027. We are thinking of a group of about twelve students, most of them in the third year of their bachelor's programmes in sociology, economics and international studies. Their level of French varies, so a presentation in English, or in simple French, would be ideal.

The visit could take place on a weekday in March or April, for about two hours. We would be very grateful if someone from your organisation could present Animafac, the way student associations work in France, and, if possible, your programme for young graduates, which several of our former students have mentioned with great interest. Our students would also be glad to meet one or two young people who have taken part in the programme, if that is possible.

Of course, we understand that your team is very busy, and we would be happy to adapt to your schedule. We can also make a small donation to your organisation, according to your usual practice for such visits, or offer a presentation about Japanese cooperatives in return, if your team is interested.

Please let me know whether such a visit would be possible, and if so, which dates would suit you best. I would also be grateful for the name of the person I should contact to prepare the visit in more detail.

Thank you very much for your attention. I look forward to hearing from you.

With kind regards,
Hiroshi Kato
International Exchange Office""",
        other(),
    )),
    # Feature: long_english — kind — I have a few questions before anyone in our group applies
    # length: long, about 360 words of a student society's officer asking about eligibility, language, timing, cost and remote participation for international students, with no facts of any applicant → question (English)
    N("long_english", "kind", "I have a few questions before anyone in our group applies", M(
        "Tomás Alvarez <tomas.alvarez@intl-students-paris.example.org>", "Questions about Pro'pulse for international students", "17 18:33",
        """Hello,

I'm the volunteer coordinator of an association of international students and young graduates in Paris. Our members come from about forty countries, and many of them would love to work in French associations or cooperatives after their studies. One of your flyers was left at our last meet-up, and it caused quite a discussion, so I have a few questions before anyone in our group applies.

First, eligibility. Your website mentions a bac+2 level. How do you assess foreign degrees? Do candidates need an official comparability statement from ENIC-NARIC, or is a transcript enough? And does the two-year limit apply to the date of the degree or to the date the candidate arrived in France?

Second, language. Are the workshops held only in French? Many of our members have a B1 or B2 level, which is enough for everyday life but can be a struggle in a long workshop. Are the materials available in English, or could a participant bring a dictionary app without it being seen as rude?

Third, residence permits. Some of our members have student residence permits that are about to expire, and are switching to a "job seeker" permit. Is there any condition on the type of permit for joining the programme?

Fourth, timing. When do the next sessions start, and how long do they last? Is it possible to apply for a session starting in several months, or should people wait?

Fifth, cost and practicalities. Is the programme free? Are travel expenses covered for people living outside Paris? Can part of it be followed online?

Sixth, and this is more of a general question: do French associations really recruit foreign graduates? Some of our members feel that their applications are ignored as soon as the employer sees a foreign diploma. If you have any advice or figures on that, we would be very interested.

I would be happy to share your answers with our members in our monthly newsletter, and to invite someone from your team to one of our meet-ups if you like. We meet on the first Thursday of each month in a café near République.

Many thanks in advance,
Tomás Alvarez
Volunteer coordinator""",
        question(language="en"),
    )),
]
