"""Lengths corpus, batch 01 (writer A): subject_only (the facts in the Subject, the body empty, a greeting, a
name or «cf. objet», a CV holding the rest), life_story (500–900 words from school to now, earlier states
superseded, the deciding fact once in the middle or near the end), cover_letter (formal letters of motivation
whose one factual clause decides)."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, auto_reply, other, question, reply
from lengths import N

MESSAGES = [
    # Feature: subject_only — graduation — Master 2 ESS obtenu en juin 2026
    # length: short, 3 words in the body (a greeting and a name), the whole case in the Subject: a master of June 2026 and a job in an association → application; master of June 2026, an ESS aim → eligible
    N("subject_only", "graduation", "Master 2 ESS obtenu en juin 2026", M(
        "Camille Abadie <camille.abadie@gmail.com>", "Candidature Pro'pulse – Master 2 ESS obtenu en juin 2026 – recherche poste en asso", "02 09:14",
        """Bonjour,

Camille Abadie""",
        app("Camille", "Abadie", phone=None, bac=5, grad="2026-06", status="objet_master_ess_juin_2026"),
    )),
    # Feature: subject_only — graduation — BTS MCO 2021
    # length: short, 9 words in the body («cf. objet», a name, a phone), the year of the BTS in the Subject → application; a BTS of 2021, more than 24 months ago → fails graduation_recent → not eligible
    N("subject_only", "graduation", "BTS MCO 2021", M(
        "Yanis Benali <yanis.benali93@hotmail.fr>", "Candidature – BTS MCO 2021, cherche CDI dans l'ESS", "03 18:40",
        """cf. objet
Yanis Benali
07 81 22 45 10""",
        app("Yanis", "Benali", phone="+33781224510", bac=2, grad="2021", failing=("graduation_recent",), status="objet_bts_mco_2021"),
    )),
    # Feature: subject_only — graduation — obtenue en juin 2026
    # length: short, 4 words in the body («CV en PJ» and a first name), the diploma in the Subject, its date and the search in the attached CV → application; licence pro of June 2026, a post in an association or a cooperative → eligible
    N("subject_only", "graduation", "obtenue en juin 2026", M(
        "Léna Chevalier <lena.chevalier@laposte.net>", "Candidature Pro'pulse - licence pro coordination de projets", "04 11:02",
        """CV en PJ
Léna""",
        app("Léna", "Chevalier", phone="+33662481937", bac=3, grad="2026-06", status="objet_lp_cv_date", info_in="cv"),
        cv=CV("pdf", "CV_Lena_Chevalier_2026.pdf", """Léna Chevalier
06 62 48 19 37 – lena.chevalier@laposte.net – Tours
Recherche : poste de chargée de projet en association ou en coopérative (ESS)
Formation
Licence professionnelle Coordination de projets de développement social et culturel – IUT de Tours – obtenue en juin 2026
DUT Carrières sociales – IUT de Tours – 2024
Expériences
Stage de 14 semaines – Centre social Pasteur, Tours (mars–juin 2026) : organisation d'une fête de quartier
Animatrice BAFA en centre de loisirs (étés 2022 à 2025)"""),
    )),
    # Feature: subject_only — level — diplômée DE éducatrice spécialisée
    # ambiguous: the DE is named with no date anywhere: graduation_recent stays open
    # length: short, 1 word in the body («Bonjour,»), the level and the aim in the Subject, no date → application; a DE éducatrice spécialisée (bac+3) with no date → graduation_recent open → to verify
    N("subject_only", "level", "diplômée DE éducatrice spécialisée", M(
        "Sofia Carvalho <sofia.carvalho@free.fr>", "Pro'pulse – diplômée DE éducatrice spécialisée, je cherche en association", "05 22:17",
        """Bonjour,""",
        app("Sofia", "Carvalho", phone=None, bac=3, grad=None, unknown=("graduation_recent",), status="objet_de_es_sans_date"),
    )),
    # Feature: subject_only — studies_finished — M2 en cours (soutenance juin 2027)
    # length: short, 8 words in the body, the master running in the Subject → application; a master in progress with its defence in June 2027 → fails studies_finished (the aim is unsaid) → not eligible
    N("subject_only", "studies_finished", "M2 en cours (soutenance juin 2027)", M(
        "Inès Delacroix <ines.delacroix@etu.univ-grenoble-alpes.fr>", "Candidature Pro'pulse / M2 en cours (soutenance juin 2027)", "06 13:55",
        """Bonjour, tout est dans l'objet :)
Inès Delacroix""",
        app("Inès", "Delacroix", phone=None, bac="*", grad=None, failing=("studies_finished",), unknown=("job_seeking_ess",), status="objet_m2_en_cours"),
    )),
    # Feature: subject_only — level — bac pro commerce
    # length: short, 3 words in the body, the only diploma in the Subject → application; a bac pro alone → fails degree_level → not eligible
    N("subject_only", "level", "bac pro commerce", M(
        "Kevin Da Silva <kevin.dasilva@gmail.com>", "Candidature - bac pro commerce, motivé pour bosser dans l'ESS !", "07 10:31",
        """Bonjour
Kevin Da Silva""",
        app("Kevin", "Da Silva", phone=None, bac=0, grad=None, failing=("degree_level",), status="objet_bac_pro_commerce"),
    )),
    # Feature: subject_only — aim — cherche en SCOP ou asso
    # length: short, 2 words in the body, the BUT's month and the aim in the Subject → application; BUT of June 2025, a SCOP or an association → eligible
    N("subject_only", "aim", "cherche en SCOP ou asso", M(
        "Hugo Fabre <hugo.fabre@orange.fr>", "BUT Carrières sociales juin 2025 - dispo - cherche en SCOP ou asso", "08 08:47",
        """Hugo Fabre""",
        app("Hugo", "Fabre", phone=None, bac=3, grad="2025-06", status="objet_but_cs_scop_asso"),
    )),
    # Feature: subject_only — graduation — Master droit 2024
    # ambiguous: a year alone in 2024 (January to October is too old, November or December recent): graduation_recent stays open
    # length: short, empty body, the diploma with a year alone in the Subject → application; master of law «2024» with an association job sought → graduation_recent open → to verify
    N("subject_only", "graduation", "Master droit 2024", M(
        "Rayan Essaïdi <rayan.essaidi@gmail.com>", "Candidature Pro'pulse : Master droit 2024, recherche emploi juriste en association", "09 16:20",
        "",
        app("Rayan", "Essaïdi", phone=None, bac=5, grad="2024", unknown=("graduation_recent",), status="objet_master_droit_2024_vide"),
    )),
    # Feature: subject_only — kind — Demande d'information
    # length: short, empty body, a Subject asking for information and nothing else → question
    N("subject_only", "kind", "Demande d'information", M(
        "Mathilde Girard <mathilde.g@wanadoo.fr>", "Demande d'information sur le programme Pro'pulse", "10 19:03",
        "",
        question(),
    )),
    # Feature: subject_only — kind — OK pour le 3 décembre 14h
    # length: short, 1 word in the body («Merci !»), the answer in the Subject of a reply to our invitation (In-Reply-To ours) → reply
    N("subject_only", "kind", "OK pour le 3 décembre 14h", M(
        "Thibault Hernandez <thibault.hernandez@gmail.com>", "Re: Pro'pulse – atelier collectif : OK pour le 3 décembre 14h", "20 12:12",
        """Merci !""",
        reply(),
        headers={"In-Reply-To": "<atelier-collectif-2026-12.0412@animafac.net>", "References": "<atelier-collectif-2026-12.0412@animafac.net>"},
    )),
    # Feature: subject_only — kind — Absente jusqu'au 1er décembre
    # length: short, 9 words in the body, an out-of-office whose Subject says it all → auto-reply
    N("subject_only", "kind", "Absente jusqu'au 1er décembre", M(
        "Nadia Ferhat <n.ferhat@centre-social-lesmarronniers.fr>", "Réponse automatique : Absente jusqu'au 1er décembre", "23 07:00",
        """Absente jusqu'au 1er décembre, je vous lirai à mon retour.""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: life_story — graduation — j'ai soutenu mon mémoire début septembre et le diplôme a été validé fin septembre 2026
    # length: long, about 1010 words from the bac to now (a BTS abandoned, a shop job, a working holiday in Montréal, a licence, a return, a master), the master's date once in the tenth of fourteen paragraphs → application; master of September 2026, a post in a ressourcerie or an association → eligible
    N("life_story", "graduation", "le diplôme a été validé fin septembre 2026", M(
        "Mélissa Guérin <melissa.guerin@gmail.com>", "Candidature au programme Pro'pulse", "11 21:48",
        """Bonjour à l'équipe de Pro'pulse,

Une amie m'a parlé de votre programme et m'a conseillé de vous écrire en racontant un peu mon parcours, parce qu'il n'est pas très linéaire et que j'ai souvent du mal à le résumer en trois lignes. Je m'excuse d'avance pour la longueur.

J'ai eu un bac STMG à Reims en 2017, sans mention, un peu par défaut je dois l'avouer. Je ne savais pas du tout quoi faire ensuite, alors je me suis inscrite en BTS tourisme parce que j'aimais l'idée de voyager. Au bout d'un an, j'ai compris que vendre des séjours en agence ne me correspondait pas du tout, et j'ai arrêté en juin 2018 sans passer la deuxième année.

Pendant l'année qui a suivi, j'ai travaillé comme vendeuse dans un magasin de sport du centre commercial de Cormontreuil, à mi-temps, pour payer mon loyer. C'est là que je me suis rendu compte que ce que je préférais, c'était le moment où un client me racontait pourquoi il se remettait au vélo après une maladie ou un deuil. Pas la vente elle-même. J'ai quitté ce poste à la rentrée 2019 pour reprendre des études.

J'ai fait une licence AES à l'université de Reims, de 2019 à 2022, avec pas mal de difficultés la première année à cause du confinement (je vivais seule dans un studio de 17 m², je ne le souhaite à personne). En troisième année, j'ai fait un stage de deux mois dans une épicerie solidaire du quartier Croix-Rouge, et ça a été un vrai déclic : la gestion des bénévoles, les commandes à la Banque alimentaire, les discussions avec les familles, tout m'a plu.

Après la licence, j'ai eu envie de partir. Je suis allée à Montréal avec un PVT en septembre 2022, et j'y suis restée un an et demi. J'ai travaillé dans un café coopératif du Plateau, ce qui était une découverte totale pour moi : les salariés y étaient aussi les propriétaires, on votait les décisions en assemblée, on discutait des salaires ensemble. Je ne savais même pas que ça existait en France sous le nom de SCOP. J'ai aussi été bénévole dans une friperie communautaire le samedi.

Je garde de Montréal des souvenirs très précis. Le premier hiver, il a fait moins trente degrés pendant une semaine et je suis restée enfermée dans ma colocation avec trois Québécoises qui riaient de mon accent et de mes bottes pas du tout adaptées. Au café, j'ai appris à faire les commandes aux fournisseurs, à préparer les assemblées mensuelles et, surtout, à écouter des gens qui ne pensaient pas comme moi sans me braquer. Une des cofondatrices, Marie-Ève, m'a prise sous son aile. Elle me disait souvent qu'une coopérative, ce n'est pas un endroit où tout le monde est d'accord, mais un endroit où tout le monde a le droit de ne pas l'être. Je repense à cette phrase à chaque fois que je lis une offre d'emploi qui parle de « gouvernance partagée ».

Je suis rentrée en France en mars 2024, un peu perdue de nouveau, et j'ai postulé au master Économie sociale et solidaire de l'université de Reims pour la rentrée suivante. Entre-temps j'ai fait de l'intérim dans un entrepôt logistique pendant quatre mois, ce qui m'a au moins appris à monter sur un chariot élévateur.

Cette période de retour a été plus difficile que je ne l'aurais cru. Je ne reconnaissais plus vraiment ma ville, mes amis de lycée avaient tous des vies installées, certains avaient déjà des enfants, et j'avais l'impression d'avoir pris du retard sur tout le monde. Ma mère, qui élève seule mes deux petits frères depuis le départ de mon père, m'a beaucoup soutenue, même si elle ne comprenait pas très bien pourquoi je voulais retourner à l'université à 25 ans. Je crois qu'elle a été rassurée le jour où je lui ai expliqué qu'un master pouvait mener à un vrai salaire dans une association, et pas seulement à du bénévolat.

Le master s'est très bien passé. J'ai découvert l'histoire des coopératives ouvrières, le droit des associations, la comptabilité (que je redoutais et que j'ai finalement appréciée), l'évaluation de l'utilité sociale. Dans ma promotion, il y avait des profils très variés : une ancienne infirmière, un ingénieur agronome, des étudiants qui sortaient directement de licence, une militante syndicale. Les débats en cours étaient passionnants, parfois houleux, et j'y ai appris autant qu'en lisant les manuels. J'ai fait mon stage de fin d'études de six mois dans une ressourcerie à Épernay, où j'ai travaillé sur le modèle économique de la boutique et sur un projet d'atelier de réparation de petit électroménager. J'ai soutenu mon mémoire début septembre et le diplôme a été validé fin septembre 2026, avec la mention bien, ce dont je suis assez fière vu le chemin.

Depuis, je cherche un poste de chargée de projet ou de coordinatrice dans une ressourcerie, une recyclerie ou une association d'insertion, plutôt dans le Grand Est mais je peux bouger. J'ai envoyé une quinzaine de candidatures, j'ai eu deux entretiens qui n'ont pas abouti, et je sens que j'aurais besoin d'un coup de main pour mieux présenter mon parcours, justement, et pour élargir mon réseau. Je ne suis ni en stage ni en service civique en ce moment, je vis chez ma mère le temps de trouver, dans la chambre que j'occupais au lycée et où traînent encore mes posters de l'époque.

Pour être tout à fait transparente, je me pose aussi des questions sur mon salaire de départ, sur la façon de parler de mon parcours haché en entretien et sur la manière de relancer une structure sans paraître insistante. Je sais que ce sont des questions que beaucoup de gens se posent, mais je n'ai personne autour de moi qui travaille dans l'ESS pour y répondre, à part quelques anciens camarades de master qui sont dans la même situation que moi.

Voilà, c'est long, pardon encore. Je serais très heureuse de rejoindre la prochaine promotion. Je reste disponible par téléphone au 06 27 84 51 39 ou par mail.

Bien cordialement,
Mélissa Guérin""",
        app("Mélissa", "Guérin", phone="+33627845139", bac=5, grad="2026-09", status="recit_reims_montreal_master_sept"),
    )),
    # Feature: life_story — career_change — six ans comme chef de rayon
    # length: long, about 460 words from the bac to now, the six years as a department manager before the new diploma told once in the third paragraph among school, a sick father, a licence pro → application; six years of another trade before the licence pro of 2025 → fails not_career_change → not eligible
    N("life_story", "career_change", "six ans comme chef de rayon", M(
        "Julien Hamidi <julien.hamidi@outlook.fr>", "Mon parcours - candidature Pro'pulse", "12 07:26",
        """Bonjour,

Je me permets de vous écrire suite à une réunion d'information de France Travail où votre programme a été présenté. La conseillère nous a dit d'expliquer notre parcours, alors je vais essayer de le faire dans l'ordre.

Je suis né à Montbéliard et j'ai grandi à Audincourt, dans une famille où on travaillait tous chez Peugeot ou autour. Après un bac ES en 2013, j'ai commencé une première année de licence d'histoire à Besançon, que je n'ai pas terminée : mon père est tombé malade cette année-là et il fallait que quelqu'un rapporte un salaire à la maison.

J'ai donc été embauché en CDI dans un hypermarché de la zone commerciale, d'abord comme employé libre-service, puis comme adjoint, et j'ai fini par passer six ans comme chef de rayon au rayon liquides et épicerie, de 2016 à 2022. C'était un métier exigeant, avec beaucoup de responsabilités (une équipe de neuf personnes, les plannings, les commandes, les inventaires), et j'en garde de bons souvenirs côté équipe. Mais le rythme, les objectifs de marge et l'impression de ne servir qu'à vendre plus ont fini par m'user.

En parallèle, depuis 2017, j'entraînais les moins de 13 ans dans le club de foot de mon quartier, bénévolement, deux soirs par semaine et le samedi. C'est là que j'ai compris que ce qui me faisait lever le matin, c'était les gamins, leurs familles, les galères des uns et des autres et la façon dont un club peut tenir un quartier debout.

Mon père est décédé en 2021. Après ça, avec ma mère et ma sœur, on a fait le point, et j'ai décidé de quitter l'hypermarché en rupture conventionnelle au printemps 2022. J'ai passé l'été à préparer ma reprise d'études : remise à niveau, bénévolat renforcé au club, une formation au BAFD.

En septembre 2022, je suis entré en DUT Carrières sociales, puis j'ai continué en licence professionnelle Intervention sociale, parcours accompagnement de publics spécifiques, à l'IUT de Belfort. J'ai fait mes stages dans une association de prévention spécialisée à Montbéliard et dans un centre social à Sochaux. J'ai obtenu la licence pro en juin 2025.

Depuis juillet 2025, je fais des remplacements d'animateur dans un accueil de loisirs municipal, en CDD, mais ce que je cherche vraiment, c'est un poste de coordinateur jeunesse ou d'animateur de prévention dans une association ou un centre social associatif, dans le Pays de Montbéliard ou vers Belfort. J'ai 31 ans, je sais que je n'ai pas le profil du jeune diplômé classique, mais je pense que mon expérience de management d'équipe peut être un vrai plus pour une structure de l'ESS.

Je suis joignable au 07 58 13 42 96. Je peux venir à Paris si nécessaire, j'ai une voiture.

Merci de m'avoir lu jusqu'au bout.

Cordialement,
Julien Hamidi""",
        app("Julien", "Hamidi", phone="+33758134296", bac=3, grad="2025-06", failing=("not_career_change",), status="recit_chef_rayon_lp_2025"),
    )),
    # Feature: life_story — situation — en service civique à Unis-Cité jusqu'à fin mars 2027
    # length: long, about 470 words from a childhood in Guyane to now, the running civic service told once near the end among a licence, a job abroad and a family story → application; licence of 2025, a civic service until the end of March 2027 → fails not_service_civique → not eligible
    N("life_story", "situation", "en service civique à Unis-Cité jusqu'à fin mars 2027", M(
        "Océane Joseph <oceane.joseph973@gmail.com>", "candidature", "12 23:10",
        """Bonsoir,

Je m'appelle Océane Joseph, j'ai 24 ans et je vous écris depuis Marseille. Je vais essayer de vous raconter mon histoire pour que vous compreniez pourquoi je frappe à votre porte.

J'ai grandi à Kourou, en Guyane, où ma mère était aide-soignante et mon père pêcheur. J'ai passé mon bac L au lycée Gaston-Monnerville en 2019. À 18 ans, je suis arrivée en métropole pour mes études, à Aix-en-Provence, et ça a été un choc : le froid, la distance, le prix de tout. La première année, j'ai failli rentrer plusieurs fois.

Je me suis accrochée. J'ai d'abord fait une année de langues (LLCER anglais) qui ne m'a pas plu, puis je me suis réorientée en sociologie. Pour tenir financièrement, je travaillais le week-end dans une boulangerie, et l'été je rentrais en Guyane faire des saisons dans un centre de vacances pour les enfants des communes du fleuve. C'est là que j'ai pris goût à l'animation et à l'éducation populaire.

En 2022, j'ai eu la possibilité de partir un semestre en Erasmus à Lisbonne. J'ai suivi des cours de sociologie urbaine et j'ai fait du bénévolat dans une association de quartier qui aidait des familles cap-verdiennes à remplir leurs papiers. J'en garde un souvenir incroyable, et un portugais encore hésitant.

De retour à Aix, j'ai validé ma licence de sociologie en 2025, après un redoublement de L3 que je ne regrette pas : j'ai eu la chance de faire un stage de trois mois dans une association de médiation sociale à Marseille, dans les quartiers Nord, qui m'a beaucoup appris sur la manière de parler avec des gens qui n'ont plus confiance dans les institutions.

Ensuite j'ai hésité à faire un master. J'ai candidaté à deux masters d'intervention sociale et je n'ai pas été prise, ce qui m'a fait douter pendant un moment. Ma grande sœur, qui est infirmière à Cayenne, m'a dit de prendre le temps de chercher ma voie plutôt que de me précipiter.

Alors j'ai cherché une mission utile. Depuis le mois d'octobre, je suis en service civique à Unis-Cité jusqu'à fin mars 2027, dans un programme où on intervient auprès de personnes âgées isolées dans le 3e arrondissement. On fait des visites, on organise des ateliers, on aide à l'usage du téléphone et des démarches en ligne. C'est intense et très humain.

Ce que je voudrais après, c'est trouver un vrai poste dans l'économie sociale et solidaire, idéalement dans une association de médiation ou d'éducation populaire à Marseille. Je sais que je ne suis pas encore disponible, mais je voulais me présenter dès maintenant parce qu'une volontaire de ma promo m'a dit que les places partaient vite.

Mon numéro est le 06 94 27 15 83 (c'est un numéro guyanais que j'ai gardé, il marche aussi ici).

Merci beaucoup pour votre attention, et bonne soirée,

Océane""",
        app("Océane", "Joseph", phone="+33694271583", bac=3, grad="2025", failing=("not_service_civique",), status="recit_guyane_sc_unis_cite"),
    )),
    # Feature: life_story — studies_finished — il ne me reste que le jury de délibération
    # ambiguous: every exam and the defence passed, only the jury's deliberation awaited: studies_finished stays open (and the licence before it is given with no year, so its date stays open too)
    # length: long, about 450 words (an illness, a year lost, a licence, a master), the jury still awaited told once in the eighth paragraph → application; master 2 whose jury has not yet deliberated, an association job sought → studies_finished open → to verify
    N("life_story", "studies_finished", "il ne me reste que le jury de délibération", M(
        "Anaïs Lefebvre <anais.lefebvre@univ-lille.fr>", "Candidature Pro'pulse — Anaïs Lefebvre", "13 14:05",
        """Bonjour,

Je vous écris pour candidater au programme Pro'pulse, dont j'ai entendu parler par le réseau des anciens de mon master. Comme mon parcours a connu quelques détours, je préfère vous le raconter en entier.

J'ai grandi à Arras. J'étais plutôt bonne élève, j'ai eu un bac S en 2016 avec mention assez bien, et je suis partie à Lille en classe préparatoire BCPST parce que tout le monde me disait que c'était la voie royale. J'ai tenu un an et demi. En janvier 2018, on m'a diagnostiqué une maladie auto-immune, et j'ai dû tout arrêter pendant presque deux ans. Hospitalisations, traitements lourds, beaucoup de temps au lit chez mes parents.

Cette période a été dure, mais elle m'a aussi fait découvrir le monde associatif d'une manière inattendue : une association de patients m'a accompagnée, m'a aidée à monter mon dossier MDPH, m'a mise en lien avec d'autres jeunes malades. J'ai fini par y être bénévole, d'abord en répondant au téléphone, puis en animant un groupe de parole en visio.

En septembre 2019, quand ma santé s'est stabilisée, j'ai repris des études à l'université de Lille, en licence de sciences sanitaires et sociales. J'avais un aménagement (tiers-temps, possibilité de suivre certains cours à distance). J'ai obtenu ma licence avec un an de retard sur le rythme normal, mais je l'ai eue.

Ensuite j'ai travaillé quelques mois comme assistante administrative dans une mutuelle, en CDD de remplacement d'un congé maternité. C'était un premier pied dans l'ESS sans que je le sache vraiment à l'époque, et j'y ai appris la rigueur des dossiers et la relation avec les adhérents.

En 2024, je suis entrée en master Politiques sociales et action associative à Lille. Le M1 s'est bien passé, j'ai fait mon stage dans une fédération d'associations de solidarité. Le M2 a été plus compliqué, avec une rechute au printemps qui m'a obligée à décaler mes examens de la seconde session.

Aujourd'hui ma santé va bien. J'ai passé mes derniers examens en octobre et soutenu mon mémoire le 6 novembre, sur la place des personnes concernées dans la gouvernance des associations de patients. Il ne me reste que le jury de délibération, qui doit se réunir en décembre ; je ne connais pas encore la date exacte, et je ne peux pas vous dire avec certitude que tout est validé.

Je cherche un poste de chargée de mission ou de coordinatrice dans une association du secteur sanitaire et social, ou dans une fédération, idéalement dans la métropole lilloise. J'ai une RQTH, qui ne m'empêche pas de travailler à temps plein mais qui peut nécessiter quelques aménagements ponctuels.

Je serais très heureuse d'échanger avec vous. Mon numéro : 06 41 83 27 59.

Bien à vous,
Anaïs Lefebvre""",
        app("Anaïs", "Lefebvre", phone="+33641832759", bac=3, grad=None, unknown=("graduation_recent", "studies_finished"), status="recit_maladie_jury_attendu"),
    )),
    # Feature: life_story — career_change — j'ai enchaîné pendant quelques années des boulots dans la logistique
    # ambiguous: «quelques années» of logistics jobs before the licence, length and kind unsaid (a trade or jobs to live): not_career_change stays open
    # length: long, about 420 words (a childhood in Dakar, a move to Rouen, jobs, a licence, a search), the logistics years told vaguely once in the fourth paragraph → application; licence of June 2026, jobs of unsaid length before it → not_career_change open → to verify
    N("life_story", "career_change", "j'ai enchaîné pendant quelques années des boulots dans la logistique", M(
        "Moussa Diallo <moussa.diallo76@gmail.com>", "Pro'pulse : ma candidature", "14 10:52",
        """Bonjour madame, monsieur,

Je m'appelle Moussa Diallo, j'ai 28 ans et j'habite à Rouen. Je vous écris parce qu'une animatrice de la Maison des jeunes où je donne des coups de main m'a parlé de Pro'pulse et m'a dit que ça pourrait m'aider à trouver ma place. Je vais vous raconter d'où je viens.

Je suis né à Dakar, au Sénégal, et je suis arrivé en France à 14 ans pour rejoindre mon père qui travaillait au port du Havre. J'ai dû apprendre beaucoup de choses d'un coup : le collège français, le climat, les codes. J'ai été aidé par une association de soutien scolaire du quartier, qui m'a accompagné jusqu'au bac. Je m'en souviens encore, des bénévoles qui venaient le mercredi après-midi nous faire réviser.

J'ai eu un bac STMG en 2016. J'avais envie de continuer, mais à la maison on ne pouvait pas se permettre que je ne travaille pas. Mon petit frère et ma petite sœur étaient encore petits, ma mère venait d'arriver en France à son tour.

Alors j'ai enchaîné pendant quelques années des boulots dans la logistique, sur les plateformes autour de Rouen et du Havre : préparation de commandes, quai, un peu de cariste. Je ne vais pas vous mentir, ce n'était pas ce dont je rêvais, mais ça m'a permis d'aider ma famille et de passer mon permis.

En parallèle, je suis toujours resté proche de l'association qui m'avait aidé plus jeune. J'y suis devenu bénévole, d'abord pour l'aide aux devoirs, ensuite pour organiser des sorties. À force, les salariés m'ont poussé à reprendre des études, en me disant que je faisais déjà une partie de leur métier sans diplôme.

J'ai repris en 2023 une licence de sciences de l'éducation à l'université de Rouen, en étudiant salarié les premiers temps. Ça a été très dur de se remettre à écrire des dissertations après des années sans ouvrir un livre, mais j'ai été bien entouré. J'ai fait mon stage de L3 dans un centre social de la rive gauche, sur l'accompagnement à la scolarité. J'ai obtenu ma licence en juin 2026.

Aujourd'hui je cherche un emploi de coordinateur ou d'animateur dans une association d'éducation populaire ou un centre social, dans l'agglomération rouennaise. J'ai le permis et une petite voiture, ce qui aide pour les quartiers pas très bien desservis.

Je pense que mon parcours peut paraître compliqué sur un CV, et c'est pour ça que votre programme m'intéresse : j'aimerais apprendre à le présenter comme une force.

Mon téléphone : 07 62 19 84 30.

Merci d'avance pour votre réponse,
Moussa Diallo""",
        app("Moussa", "Diallo", phone="+33762198430", bac=3, grad="2026-06", unknown=("not_career_change",), status="recit_dakar_logistique_quelques_annees"),
    )),
    # Feature: life_story — level — un DUT Gestion des entreprises et des administrations, obtenu en juin 2025
    # length: long, about 460 words, the level and date stated plainly in the second paragraph (a distractor: the length alone is no difficulty), then a BTS ESF abandoned, a year in Berlin, associations → application; DUT of June 2025 (bac+2), an association's admin post sought → eligible
    N("life_story", "level", "un DUT Gestion des entreprises et des administrations, obtenu en juin 2025", M(
        "Clément Brunet <clement.brunet@protonmail.com>", "Candidature - Clément Brunet", "15 17:33",
        """Bonjour,

Pour commencer par l'essentiel : j'ai 23 ans, je suis titulaire d'un DUT Gestion des entreprises et des administrations, obtenu en juin 2025 à l'IUT de Saint-Brieuc (le diplôme intermédiaire du BUT : je me suis arrêté après la deuxième année), et je cherche un emploi de gestionnaire administratif et financier dans une association ou une coopérative en Bretagne. Maintenant que c'est dit, je vous raconte un peu plus comment j'en suis arrivé là, parce que votre formulaire de contact disait qu'on pouvait se présenter librement.

J'ai grandi à Lannion, dans une famille d'enseignants. Après le bac, en 2020, j'ai commencé un BTS Économie sociale et familiale à Rennes, parce que j'avais envie de travailler dans le social. Au bout de six mois, j'ai compris que ce n'était pas le bon chemin pour moi : j'aimais le côté accompagnement, mais je me sentais beaucoup plus à l'aise quand il fallait faire un budget que quand il fallait mener un entretien. J'ai arrêté en février 2021.

J'ai passé la fin de cette année-là à Berlin, chez un cousin, à faire des petits boulots dans un restaurant végétarien et à apprendre l'allemand. C'était une période assez libre, un peu flottante, où j'ai beaucoup réfléchi. Je me suis aussi investi dans un jardin partagé géré par une association de quartier, et c'est en voyant comment ils bricolaient leurs comptes sur un vieux tableur que j'ai eu l'idée de me former à la gestion.

Rentré en Bretagne, je suis entré en BUT GEA en septembre 2022. Il m'a fallu trois ans au lieu de deux parce que j'ai redoublé la deuxième année, en partie à cause d'un job à temps partiel trop prenant dans une supérette (je faisais les fermetures, je ne dormais pas assez). La deuxième fois, j'ai arrêté la supérette et tout s'est bien passé. Mon stage de fin de DUT s'est fait dans une SCIC d'énergie citoyenne à Saint-Brieuc, où j'ai aidé à préparer l'assemblée générale et la clôture des comptes. J'ai adoré le fait que les sociétaires soient des habitants, des collectivités et des salariés autour de la même table.

Depuis l'été 2025, je fais du bénévolat au sein de cette même SCIC et je donne un coup de main à la trésorerie d'une petite association de théâtre amateur. J'ai aussi suivi une formation courte en ligne sur la comptabilité associative.

Je n'ai pas fait la troisième année pour l'instant parce que j'ai envie de travailler, et je crois que le terrain m'apprendra davantage. Je cherche donc un poste de gestionnaire, d'assistant comptable ou d'assistant administratif et financier dans l'ESS, dans les Côtes-d'Armor ou le Finistère.

N'hésitez pas à me contacter au 06 83 42 17 65. Je suis disponible tout de suite.

Bonne journée à vous,
Clément Brunet""",
        app("Clément", "Brunet", phone="+33683421765", bac=2, grad="2025-06", status="recit_dut_gea_plainly"),
    )),
    # Feature: life_story — kind — je voulais simplement vous raconter ce que je suis devenue
    # length: long, about 410 words, a former participant telling what became of her since the programme and thanking the team, no application and no question → other
    N("life_story", "kind", "je voulais simplement vous raconter ce que je suis devenue", M(
        "Hélène Ceccaldi <helene.ceccaldi@recyclerie-du-vieux-port.fr>", "Des nouvelles d'une ancienne de la promo 2024", "16 12:40",
        """Bonjour à toute l'équipe,

Vous ne vous souvenez peut-être pas de moi : j'ai participé à la promotion de printemps 2024 de Pro'pulse, dans le groupe de Marseille, celui qui se réunissait dans les locaux prêtés par la maison des associations du 1er. Je ne vous écris pas pour demander quoi que ce soit, je voulais simplement vous raconter ce que je suis devenue, parce que je pense souvent à ce que le programme m'a apporté.

À l'époque, je sortais d'un master de géographie, je n'avais aucune idée de comment on trouvait un emploi dans une association, et j'étais persuadée que mon diplôme ne servait à rien. Je me souviens de la première séance, où on devait se présenter en une minute : j'avais bafouillé et je m'étais sentie ridicule. Je me souviens aussi de Sophie, ma marraine, qui m'avait dit que mon mémoire sur les jardins partagés était un atout et pas une curiosité.

Pendant les six mois, j'ai appris à lire une fiche de poste, à comprendre la différence entre une association employeuse et une fédération, à parler de gouvernance partagée sans réciter un manuel. Les ateliers sur le réseau m'ont fait peur, mais ils m'ont obligée à aller à deux forums de l'ESS, où j'ai rencontré la directrice de la recyclerie où je travaille aujourd'hui.

J'ai été embauchée en CDD en septembre 2024, comme animatrice de l'atelier vélo, puis en CDI en mars dernier comme coordinatrice des activités de réemploi. Je gère une équipe de quatre salariés en insertion et une vingtaine de bénévoles. C'est épuisant certains jours, mais je n'ai jamais autant eu l'impression de servir à quelque chose. Nous avons ouvert un deuxième point de collecte en juin, et nous préparons une boutique éphémère pour Noël.

Je voulais vous dire aussi que deux personnes de ma promo sont dans des situations similaires : l'une est chargée de communication dans une SCOP de traiteurs, l'autre vient d'être recrutée dans une mutuelle à Aix. On se retrouve de temps en temps pour un verre, et on parle souvent de vous.

Si un jour vous avez besoin d'une ancienne pour témoigner devant une nouvelle promo, ou pour accueillir un groupe à la recyclerie pour une visite, ce serait avec grand plaisir. Nous avons une salle à l'étage qui peut accueillir quinze personnes, et le café est offert (il est mauvais, mais il est offert).

Encore merci pour tout, et longue vie au programme.

Hélène Ceccaldi
Coordinatrice réemploi – Recyclerie du Vieux-Port""",
        other(),
    )),
    # Feature: cover_letter — career_change — après huit années comme assistante comptable dans un cabinet d'expertise
    # length: long, about 400 words of a formal letter on cooperation and social utility, the eight years of accounting told once in a subordinate clause of the third paragraph → application; eight years of another trade before the master of 2026 → fails not_career_change → not eligible
    N("cover_letter", "career_change", "après huit années comme assistante comptable dans un cabinet d'expertise", M(
        "Isabelle Fournier <isabelle.fournier@sfr.fr>", "Lettre de motivation – programme Pro'pulse", "16 09:02",
        """Madame, Monsieur,

Je me permets de vous adresser ma candidature au programme Pro'pulse, dont j'ai pris connaissance par l'intermédiaire de la Chambre régionale de l'économie sociale et solidaire des Pays de la Loire, lors d'une matinée consacrée à l'emploi dans le secteur.

L'économie sociale et solidaire représente pour moi bien plus qu'un secteur d'activité : c'est une manière de concevoir l'entreprise comme un projet collectif, où la lucrativité limitée, la gouvernance démocratique et l'ancrage territorial ne sont pas des slogans mais des principes de fonctionnement. Je crois profondément que les associations, les coopératives et les mutuelles sont des lieux où l'on peut concilier exigence de gestion et utilité sociale, et c'est précisément à cette articulation que je souhaite consacrer la suite de ma vie professionnelle.

C'est après huit années comme assistante comptable dans un cabinet d'expertise nantais, où j'ai accompagné des commerçants et des professions libérales, que j'ai choisi de reprendre des études en master Économie sociale et solidaire à l'université de Nantes, diplôme que j'ai obtenu en juin 2026. Ce master m'a permis d'acquérir une compréhension fine des spécificités juridiques et financières des structures de l'ESS, des modèles économiques hybrides et des enjeux de l'évaluation de l'impact social. Mon stage de fin d'études, réalisé au sein d'une coopérative d'activité et d'emploi, m'a confrontée à la réalité de l'accompagnement d'entrepreneurs salariés et à la complexité d'une gouvernance partagée entre associés.

Je souhaite aujourd'hui occuper un poste de responsable administrative et financière ou de chargée de gestion dans une structure de l'ESS, de préférence une coopérative ou une association employeuse de taille moyenne, dans la région nantaise. Je suis convaincue que ma rigueur, mon sens de l'organisation et ma connaissance des outils de gestion constituent des atouts pour une structure qui souhaite consolider ses fonctions support sans perdre de vue son projet politique.

Le programme Pro'pulse m'apparaît comme une opportunité précieuse pour affiner mon projet, mieux connaître les réseaux du secteur et bénéficier d'un regard extérieur sur la manière de valoriser un parcours qui, je le sais, sort des sentiers habituels. J'attache une grande importance à la dimension collective de votre accompagnement, qui fait écho aux valeurs de coopération que je souhaite défendre.

Je me tiens à votre disposition pour un entretien à la date qui vous conviendra, et vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Isabelle Fournier
12, rue de la Bastille, 44000 Nantes
06 75 28 41 93""",
        app("Isabelle", "Fournier", phone="+33675284193", bac=5, grad="2026-06", failing=("not_career_change",), status="lettre_assistante_comptable_8_ans"),
    )),
    # Feature: cover_letter — situation — mon stage au sein de l'association se termine fin novembre
    # ambiguous: an internship ending «fin novembre» with no day, read on the 26th: not_internship stays open
    # length: long, about 380 words of a formal letter on popular education, the internship's end without a day in one clause of the second paragraph → application; licence pro of 2026 and an internship ending «fin novembre» → not_internship open → to verify
    N("cover_letter", "situation", "mon stage au sein de l'association se termine fin novembre", M(
        "Baptiste Aubert <baptiste.aubert@gmail.com>", "Candidature Pro'pulse - lettre de motivation", "17 19:21",
        """Madame, Monsieur,

Titulaire d'une licence professionnelle Animation sociale et socioculturelle obtenue à l'IUT de Bordeaux Montaigne en 2026, je souhaite rejoindre le programme Pro'pulse afin de construire mon insertion professionnelle dans le champ de l'éducation populaire.

Mon parcours s'est construit au contact du terrain. Après deux années de DUT Carrières sociales et plusieurs étés comme animateur en colonies, j'ai choisi de me spécialiser dans la conduite de projets participatifs avec les habitants. Mon stage au sein de l'association se termine fin novembre : j'y accompagne depuis le printemps un groupe de jeunes d'un quartier prioritaire de Lormont dans la création d'une web-radio, de l'écriture des émissions jusqu'aux relations avec les partenaires institutionnels. Cette expérience m'a appris à travailler avec des publics qui ne se sentent pas légitimes à prendre la parole, et à faire de la participation autre chose qu'un mot d'ordre.

Ce qui m'attache à l'économie sociale et solidaire, c'est la conviction que les habitants sont les premiers experts de leur territoire. Je crois à une éducation populaire qui ne se contente pas d'occuper les jeunes mais qui leur donne des outils pour comprendre le monde et agir sur lui. Les associations d'éducation populaire, les centres sociaux et les structures de l'animation socioculturelle sont, à mes yeux, des maillons indispensables de la démocratie locale, trop souvent fragilisés par des financements précaires et par la logique des appels à projets.

Je recherche un poste d'animateur coordinateur ou de chargé de projets jeunesse dans une association ou un centre social de la métropole bordelaise. Je souhaite intégrer une structure où le projet associatif est vivant, où les bénévoles et les salariés construisent ensemble les orientations, et où l'on prend le temps d'évaluer ce que l'on fait.

Votre programme m'intéresse tout particulièrement pour la qualité de son accompagnement collectif et pour l'ouverture qu'il offre sur la diversité des métiers de l'ESS. J'ai conscience que mon réseau reste aujourd'hui très local, et j'aimerais apprendre à mieux identifier les employeurs du secteur, à présenter mes compétences de façon plus claire et à négocier un premier contrat dans de bonnes conditions.

Je vous remercie de l'attention que vous porterez à ma candidature et me tiens à votre disposition pour tout échange complémentaire.

Je vous prie d'agréer, Madame, Monsieur, mes sincères salutations.

Baptiste Aubert
07 64 31 28 57""",
        app("Baptiste", "Aubert", phone="+33764312857", bac=3, grad="2026", unknown=("not_internship",), status="lettre_stage_fin_novembre"),
    )),
    # Feature: cover_letter — studies_finished — ma soutenance de mémoire est fixée au 15 décembre
    # length: long, about 380 words of a formal letter on social entrepreneurship, the defence still to come told once in the fourth paragraph → application; a master whose defence comes on 15 December → fails studies_finished → not eligible
    N("cover_letter", "studies_finished", "ma soutenance de mémoire est fixée au 15 décembre", M(
        "Lucas Iglesias <lucas.iglesias@etu.u-bordeaux.fr>", "Lettre de motivation - Lucas Iglesias", "18 08:15",
        """Madame, Monsieur,

C'est avec un vif intérêt que je vous adresse ma candidature au programme Pro'pulse, que m'a recommandé l'une de mes enseignantes, ancienne administratrice d'Animafac.

Depuis mes premières années d'études, je m'intéresse à l'entrepreneuriat social et aux formes d'organisation qui cherchent à réconcilier activité économique et transformation sociale. Ma découverte des sociétés coopératives d'intérêt collectif, lors d'un cours d'économie des organisations, a été déterminante : l'idée qu'une entreprise puisse associer ses salariés, ses usagers, des collectivités et des bénévoles dans une même gouvernance m'a paru à la fois audacieuse et profondément juste.

J'ai ensuite orienté mon parcours en conséquence. Après une licence d'économie-gestion obtenue en 2025, je me suis inscrit en master Économie sociale, solidaire et innovation à Bordeaux. J'ai réalisé mon stage de M1 au sein d'un incubateur d'entreprises sociales, où j'ai accompagné trois porteurs de projets dans la construction de leur modèle économique, puis mon stage de M2 dans une SCIC de distribution alimentaire en circuit court, sur la structuration de sa gouvernance multi-sociétaires.

Mes cours et mes examens sont désormais derrière moi, mais ma soutenance de mémoire est fixée au 15 décembre ; le mémoire porte sur la participation des sociétaires salariés dans les SCIC agricoles de Nouvelle-Aquitaine. Je souhaite anticiper la suite afin d'être pleinement disponible dès le début de l'année 2027.

Mon objectif est d'intégrer une structure de l'ESS en tant que chargé de développement, chargé de mission vie coopérative ou accompagnateur de projets, de préférence dans une coopérative, une SCIC ou un réseau d'accompagnement. Je suis mobile sur toute la région.

Je suis convaincu que les qualités que j'ai développées au fil de mes stages, l'écoute, la capacité d'analyse, l'aisance dans l'animation de réunions, pourront être utiles à une structure engagée dans la transition écologique et sociale de son territoire. Je sais aussi tout ce qu'il me reste à apprendre, notamment sur la gestion des ressources humaines et la recherche de financements.

Le programme Pro'pulse me permettrait de bénéficier d'un accompagnement structuré, d'échanger avec d'autres jeunes diplômés engagés et de rencontrer des professionnels du secteur. Je vous remercie par avance de l'attention que vous voudrez bien porter à ma demande.

Dans l'attente de votre retour, je vous prie de recevoir, Madame, Monsieur, mes respectueuses salutations.

Lucas Iglesias
06 19 57 34 82""",
        app("Lucas", "Iglesias", phone="+33619573482", bac=3, grad="2025", failing=("studies_finished",), status="lettre_soutenance_15_decembre"),
    )),
    # Feature: cover_letter — aim — intégrer le pôle conseil d'un cabinet d'audit
    # length: long, about 430 words of a letter praising the ESS's values, the search outside the ESS told once in the fourth paragraph → application; master of 2025, a post in an audit firm sought → fails job_seeking_ess → not eligible
    N("cover_letter", "aim", "intégrer le pôle conseil d'un cabinet d'audit", M(
        "Alexandre Fontaine <alexandre.fontaine@gmail.com>", "Candidature au programme Pro'pulse", "18 22:47",
        """Madame, Monsieur,

Diplômé d'un master Management de la responsabilité sociétale des entreprises de l'IAE de Lyon en septembre 2025, je souhaite vous présenter ma candidature au programme Pro'pulse.

Les valeurs portées par l'économie sociale et solidaire me tiennent particulièrement à cœur. J'ai été bénévole pendant toutes mes études dans une association étudiante de solidarité internationale, dont j'ai été trésorier puis président, et j'y ai découvert la richesse d'un fonctionnement démocratique où chaque voix compte. J'admire la capacité des structures de l'ESS à innover avec peu de moyens, à mobiliser des bénévoles et à placer l'humain au centre de leur projet.

Au cours de mon master, j'ai réalisé un stage de six mois au sein de la direction RSE d'un groupe de distribution, où j'ai participé à l'élaboration du rapport extra-financier et à la mise en place d'indicateurs sociaux et environnementaux. Cette expérience m'a convaincu que les entreprises classiques ont beaucoup à apprendre de l'ESS en matière de gouvernance et de partage de la valeur. J'ai notamment été marqué par une visite, organisée dans le cadre de ce stage, d'une entreprise adaptée partenaire du groupe : la manière dont les encadrants y parlaient de leurs salariés, de leurs progrès et de leurs difficultés, n'avait rien à voir avec les tableaux de bord que je remplissais au siège.

J'ai également rédigé mon mémoire sur les achats responsables et la place des structures d'insertion dans les chaînes d'approvisionnement des grands distributeurs, ce qui m'a amené à interroger une dizaine de dirigeants d'entreprises d'insertion et de coopératives. Leurs témoignages ont nourri ma réflexion sur ce que pourrait être une collaboration plus équilibrée entre ces deux mondes.

C'est pourquoi je souhaite aujourd'hui intégrer le pôle conseil d'un cabinet d'audit, au sein d'une équipe dédiée au développement durable, afin d'accompagner de grands groupes dans leur transformation. Je suis persuadé que c'est en diffusant les pratiques et les valeurs de l'ESS au cœur des grandes entreprises que l'on peut avoir le plus d'impact. J'ai déjà passé deux entretiens dans des cabinets parisiens, sans succès, et je pense avoir besoin de mieux valoriser mon parcours.

Votre programme, par la qualité de son accompagnement et la diversité des profils qu'il réunit, me semble pouvoir m'aider à clarifier mon discours et à élargir mon réseau. Je serais également heureux de partager mon expérience associative avec les autres participants.

Je reste à votre disposition pour un entretien et vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Alexandre Fontaine
06 58 20 73 14
Lyon 7e

PS : je suis disponible immédiatement et joignable en semaine comme le week-end.""",
        app("Alexandre", "Fontaine", phone="+33658207314", bac=5, grad="2025-09", failing=("job_seeking_ess",), status="lettre_cabinet_audit"),
    )),
    # Feature: cover_letter — graduation — obtenue en juillet 2025 à l'université de Poitiers
    # length: long, about 370 words of a formal letter on solidarity finance, the licence's date in one clause of the first paragraph after the formulas → application; licence of July 2025, a post in a cooperative or a solidarity finance association → eligible
    N("cover_letter", "graduation", "obtenue en juillet 2025 à l'université de Poitiers", M(
        "Karima Bouzid <karima.bouzid@laposte.net>", "Lettre de motivation Pro'pulse", "19 10:30",
        """Madame, Monsieur,

Je vous prie de bien vouloir trouver ci-dessous ma lettre de motivation pour le programme Pro'pulse. Titulaire d'une licence d'économie et gestion, parcours économie sociale et solidaire, obtenue en juillet 2025 à l'université de Poitiers, je souhaite aujourd'hui m'engager durablement dans une structure de la finance solidaire ou de l'accompagnement à la création d'activité.

Mon intérêt pour l'ESS est né de mon histoire familiale. Mes parents ont créé un petit commerce à Châtellerault grâce à un prêt d'honneur accordé par une plateforme d'initiative locale, à une époque où aucune banque ne voulait leur prêter un centime. J'ai grandi en entendant parler de ce prêt comme d'un coup de pouce qui avait changé leur vie, et j'ai compris plus tard qu'il s'agissait d'un outil emblématique de la finance solidaire.

Durant ma licence, j'ai eu l'occasion d'approfondir ces questions à travers un stage de dix semaines dans une association de microcrédit, où j'ai participé à l'instruction de dossiers de demandeurs exclus du système bancaire classique. J'ai été frappée par la qualité de l'écoute des conseillers et par l'importance du suivi après l'octroi du prêt, trop souvent négligé. Depuis l'obtention de mon diplôme, j'ai travaillé comme agente d'accueil dans une médiathèque municipale, en contrat court, ce qui m'a permis de rester en lien avec le public tout en préparant mes candidatures.

Je recherche désormais un poste de chargée d'accompagnement, de chargée de mission ou d'assistante de gestion dans une association de finance solidaire, une coopérative d'activité et d'emploi ou un réseau d'accompagnement à l'entrepreneuriat, dans la Vienne ou en Charente. Ce qui me motive, c'est de contribuer à rendre l'initiative économique accessible à celles et ceux qui en sont habituellement écartés.

Le programme Pro'pulse m'apparaît comme une occasion unique de consolider mon projet, de découvrir la diversité des employeurs du secteur et de bénéficier de l'expérience de professionnels engagés. Je suis particulièrement attachée à la dimension collective de votre accompagnement : j'ai toujours davantage appris au contact des autres que seule devant un écran.

Je vous remercie pour l'attention portée à ma candidature et reste à votre disposition pour un entretien, en présentiel ou à distance.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations respectueuses.

Karima Bouzid
07 49 82 36 15
Poitiers""",
        app("Karima", "Bouzid", phone="+33749823615", bac=3, grad="2025-07", status="lettre_finance_solidaire_juillet_2025"),
    )),
    # Feature: cover_letter — kind — nous souhaiterions vous proposer un partenariat
    # length: long, about 360 words, a mutuelle's formal letter proposing a partnership (health-insurance workshops for the participants), no application → other
    N("cover_letter", "kind", "nous souhaiterions vous proposer un partenariat", M(
        "Gaëlle Kerjean <g.kerjean@mutuelle-solidaire-ouest.example.fr>", "Proposition de partenariat – Mutuelle Solidaire de l'Ouest", "19 15:12",
        """Madame, Monsieur,

Je me permets de vous contacter en ma qualité de responsable des partenariats de la Mutuelle Solidaire de l'Ouest, mutuelle régie par le livre II du Code de la mutualité, implantée dans les cinq départements de la région Bretagne et en Loire-Atlantique.

Notre mutuelle, fondée en 1947 par des cheminots et des instituteurs, compte aujourd'hui près de 90 000 adhérents et reste fidèle à ses principes fondateurs : non-lucrativité, solidarité entre générations, gouvernance démocratique par les délégués élus des adhérents. Depuis plusieurs années, nous avons fait de l'accès aux droits des jeunes adultes une priorité de notre action sociale, constatant qu'une part importante des 20-30 ans renonce à des soins faute de complémentaire santé ou par méconnaissance de leurs droits.

C'est dans ce cadre que nous souhaiterions vous proposer un partenariat. Nous avons eu connaissance du programme Pro'pulse par l'intermédiaire de la CRESS Bretagne et nous sommes convaincus que les jeunes diplômés que vous accompagnez traversent précisément la période où la protection sociale devient la plus incertaine : fin de la sécurité sociale étudiante, premiers contrats courts, périodes de chômage.

Concrètement, nous pourrions proposer :
- une intervention d'une heure trente, animée par l'une de nos conseillères, sur la protection sociale au moment de l'entrée dans l'emploi (complémentaire santé, prévoyance, portabilité des droits, complémentaire santé solidaire) lors de l'une de vos sessions collectives ;
- la mise à disposition de notre salle de réunion de Rennes pour vos ateliers, si vous en avez besoin ;
- la présentation des métiers de la mutualité, qui recrute régulièrement des profils de jeunes diplômés en gestion, en relation adhérents et en action sociale.

Ce partenariat n'aurait bien entendu aucun caractère commercial : il ne s'agirait pas de présenter nos offres, mais d'informer sur les droits, quelle que soit la complémentaire choisie par chacun.

Je serais heureuse d'en discuter avec vous lors d'un échange téléphonique ou d'une visioconférence dans les semaines à venir. Je suis joignable au 02 99 41 27 80 ou par retour de courriel.

Dans l'attente de votre réponse, je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Gaëlle Kerjean
Responsable des partenariats et de l'action sociale
Mutuelle Solidaire de l'Ouest""",
        other(),
    )),
    # Feature: cover_letter — kind — je souhaiterais connaître les modalités précises
    # length: long, about 390 words, a formal letter of a mission locale adviser asking how the programme works for the young people she follows, no applicant named and no facts of her own → question
    N("cover_letter", "kind", "je souhaiterais connaître les modalités précises", M(
        "Laure Dubreuil <l.dubreuil@missionlocale-valdeloire.example.fr>", "Demande d'informations sur le programme Pro'pulse", "20 11:48",
        """Madame, Monsieur,

Conseillère en insertion professionnelle à la Mission locale du Val de Loire, j'accompagne depuis plusieurs années des jeunes de 16 à 25 ans dans leur parcours vers l'emploi. Parmi eux, un nombre croissant de jeunes diplômés de l'enseignement supérieur se tournent vers nous après plusieurs mois de recherches infructueuses, souvent dans le secteur associatif ou coopératif, pour lequel ils manifestent un réel intérêt mais dont ils connaissent mal les codes.

Une collègue d'une autre mission locale m'a parlé de votre programme, et j'ai consulté votre site internet avec attention. Avant d'orienter certains de ces jeunes vers vous, je souhaiterais connaître les modalités précises de votre accompagnement, afin de pouvoir leur présenter le dispositif de manière juste et de ne pas susciter de faux espoirs.

Mes questions sont les suivantes :

1. Quels sont exactement les critères d'éligibilité ? Votre site mentionne un niveau bac+2 et un diplôme récent : s'agit-il de 24 mois à compter de la date d'obtention, ou de la date de fin de formation ? Les diplômes étrangers sont-ils acceptés ?
2. Un jeune qui effectue actuellement un service civique peut-il candidater en vue d'une session qui démarrerait après la fin de sa mission ?
3. L'accompagnement est-il compatible avec un contrat d'engagement jeune, que certains des jeunes que je suis ont signé ?
4. Les sessions collectives ont-elles lieu uniquement à Paris, ou existe-t-il des groupes en région, notamment en Centre-Val de Loire ? Une participation à distance est-elle possible ?
5. Les frais de déplacement sont-ils pris en charge, le cas échéant ?
6. Comment se déroule la sélection : entretien individuel, entretien collectif, dossier écrit ?
7. Existe-t-il une documentation ou une plaquette que je pourrais remettre aux jeunes lors de nos entretiens ?

Je précise que je ne vous écris pas au sujet d'un jeune en particulier : il s'agit pour l'instant de comprendre le dispositif, afin de pouvoir en parler lors de nos ateliers collectifs de recherche d'emploi, qui réunissent chaque mois une dizaine de jeunes diplômés. Je vous remercie par avance pour le temps que vous consacrerez à ces questions. Je serais également ravie d'organiser une courte présentation de votre programme auprès de l'équipe de conseillers de notre structure, en visioconférence, si cela vous semble pertinent.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Laure Dubreuil
Conseillère en insertion professionnelle
Mission locale du Val de Loire
02 47 61 38 20""",
        question(),
    )),
]
