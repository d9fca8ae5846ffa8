"""Lengths corpus, batch 05 (writer B): subject_only (a subject and a greeting, a name, «voir PJ», a CV
holding the rest; a reply, a question and an out-of-office that are all subject), life_story (flashbacks
from Dakar, a warehouse, an illness, a master at a distance; a retired director's long story offering to
mentor), cover_letter (formal letters whose one clause decides; a school director's long question, a town
hall's invitation)."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, auto_reply, other, question, reply
from lengths import N

MESSAGES = [
    # Feature: subject_only — level — DEUST Animation et gestion des activités
    # length: short, 3 words in the body (a greeting and a name), the DEUST, its month and the centre social in the subject → application; DEUST (bac+2) of June 2026, an aim in a centre social → eligible
    N("subject_only", "level", "DEUST Animation et gestion des activités", M(
        "Thibault Rouanet <thibault.rouanet@example.fr>",
        "Candidature Pro'pulse – DEUST Animation et gestion des activités (juin 2026) – recherche poste en centre social",
        "02 08:12",
        """Bonjour,

Thibault Rouanet""",
        app("Thibault", "Rouanet", phone=None, bac=2, grad="2026-06", status="b_subject_deust_animation"),
    )),
    # Feature: subject_only — graduation — BTS Économie sociale familiale, obtenu en juin 2025
    # length: short, 4 words in the body («CV en PJ» and a name), the subject says only «Candidature», the BTS's date, the stage over and the association aim in the attached CV → application (info in the CV); BTS ESF of June 2025 → eligible
    N("subject_only", "graduation", "BTS Économie sociale familiale, obtenu en juin 2025", M(
        "Océane Tavares <oceane.tavares@example.com>",
        "Candidature",
        "02 19:47",
        """CV en PJ

Océane Tavares""",
        app("Océane", "Tavares", phone="+33745108236", bac=2, grad="2025-06", info_in="cv", status="b_subject_cv_bts_esf"),
        cv=CV("pdf", "CV_Oceane_Tavares.pdf", """Océane Tavares
07 45 10 82 36 – Nantes
Formation
BTS Économie sociale familiale, obtenu en juin 2025 – Lycée Sainte-Anne, Nantes
Baccalauréat ST2S – 2023
Expériences
Stage de 8 semaines au CCAS de Rezé (terminé en mai 2025)
Animatrice en accueil de loisirs, étés 2022 à 2024
Recherche
Un poste de conseillère en économie sociale et familiale dans une association d'aide au logement"""),
    )),
    # Feature: subject_only — level — Titre RNCP niv. 6
    # length: short, 2 words in the body («cf. objet»), the title's level, its date, the search in a cooperative or an association in the subject → application; titre RNCP niveau 6 (bac+3) of 3 November 2026 → eligible
    N("subject_only", "level", "Titre RNCP niv. 6", M(
        "Wassim Saidi <wassim.saidi@example.org>",
        "Titre RNCP niv. 6 coordination de projets obtenu le 03/11/26 – dispo, je vise une coopérative ou une asso",
        "03 07:55",
        "cf. objet",
        app("Wassim", "Saidi", phone=None, bac=3, grad="2026-11", status="b_subject_rncp6_scop"),
    )),
    # Feature: subject_only — graduation — Licence pro intervention sociale 2024
    # ambiguous: a licence pro dated only «2024»: within 24 months or not depends on the month, graduation_recent stays open
    # length: short, 8 words in the body (a greeting, a name, a phone), the licence pro's year alone in the subject → application; year alone in 2024 → to verify
    N("subject_only", "graduation", "Licence pro intervention sociale 2024", M(
        "Naïma Yacoubi <naima.yacoubi@example.fr>",
        "Licence pro intervention sociale 2024 – cherche poste en association",
        "03 13:21",
        """Bonjour,

Naïma Yacoubi
06.14.72.39.08""",
        app("Naïma", "Yacoubi", phone="+33614723908", bac=3, grad="2024", unknown=("graduation_recent",), status="b_subject_lp_2024"),
    )),
    # Feature: subject_only — studies_finished — jury de M2 en attente
    # ambiguous: every exam passed, the jury's deliberation still awaited: studies_finished stays open
    # length: short, the body empty but a name, the master, «jury en attente» and the ESS aim in the subject → application; results awaited after every exam → to verify
    N("subject_only", "studies_finished", "jury de M2 en attente", M(
        "Malik Ouédraogo <malik.ouedraogo@example.net>",
        "Pro'pulse : M2 Économie sociale et solidaire, examens finis, jury de M2 en attente – je vise une SCIC",
        "04 22:06",
        "Malik Ouédraogo",
        app("Malik", "Ouédraogo", phone=None, bac="*", grad=None, unknown=("studies_finished",), status="b_subject_m2_jury"),
    )),
    # Feature: subject_only — situation — Mission de service civique : fin prévue fin novembre
    # ambiguous: the civic service ends «fin novembre» with no day, read on the 26th: not_service_civique stays open
    # length: short, 2 words in the body («voir PJ»), the subject says only «Candidature Pro'pulse», the BTS, the civic service ending late November and the aim in the attached CV → application (info in the CV); civic service ending with no day → to verify
    N("subject_only", "situation", "Mission de service civique : fin prévue fin novembre", M(
        "Sékou Touré <sekou.toure@example.fr>",
        "Candidature Pro'pulse",
        "05 10:40",
        "voir PJ",
        app("Sékou", "Touré", phone="+33699028417", bac=2, grad="2025-07", unknown=("not_service_civique",), info_in="cv", status="b_subject_cv_sc_fin_novembre"),
        cv=CV("docx", "Sékou Touré - CV.docx", """Sékou Touré
Tél. 06 99 02 84 17 – Montreuil
BTS Services et prestations des secteurs sanitaire et social (SP3S), juillet 2025 – Lycée Jean-Jaurès, Montreuil
Mission de service civique : fin prévue fin novembre (Unis-Cité, accompagnement de personnes âgées isolées)
Projet : travailler dans une association d'aide à domicile ou un centre social"""),
    )),
    # Feature: subject_only — level — bac pro ASSP
    # length: short, 9 words in the body (a greeting, a name, a phone), a bac pro as the only diploma in the subject → application; bac pro (bac+0) → fails degree_level → not eligible
    N("subject_only", "level", "bac pro ASSP", M(
        "Lina Marchetti <lina.marchetti@example.com>",
        "Demande d'accompagnement – bac pro ASSP – je cherche un poste d'aide à domicile en association",
        "06 18:30",
        """Bonsoir,

Lina Marchetti
07 58 61 20 44""",
        app("Lina", "Marchetti", phone="+33758612044", bac=0, grad=None, failing=("degree_level",), status="b_subject_bac_pro_assp"),
    )),
    # Feature: subject_only — situation — en stage chez Emmaüs jusqu'au 15 janvier 2027
    # length: short, 3 words in the body, the licence pro and an internship running until 15 January 2027 in the subject → application; internship running after today → fails not_internship → not eligible
    N("subject_only", "situation", "en stage chez Emmaüs jusqu'au 15 janvier 2027", M(
        "Yanis Perrin <yanis.perrin@example.org>",
        "Inscription – licence pro gestion des structures sanitaires et sociales 2026 – en stage chez Emmaüs jusqu'au 15 janvier 2027",
        "07 09:02",
        """Bonjour

Je cherche en ressourcerie.
Yanis P.""",
        app("Yanis", "Perrin", phone=None, bac=3, grad="2026-06", failing=("not_internship",), status="b_subject_stage_emmaus_janvier"),
    )),
    # Feature: subject_only — kind — Re: Votre rendez-vous du 2 décembre
    # length: short, 2 words in the body («Bien noté.»), a «Re:» subject answering our invitation, In-Reply-To our Message-ID → reply
    N("subject_only", "kind", "Re: Votre rendez-vous du 2 décembre", M(
        "Manon Quéré <manon.quere@example.fr>",
        "Re: Votre rendez-vous du 2 décembre",
        "19 16:44",
        "Bien noté.",
        reply(),
        headers={"In-Reply-To": "<rdv-0212.mq@animafac.net>", "References": "<rdv-0212.mq@animafac.net>"},
    )),
    # Feature: subject_only — kind — faut-il habiter en Île-de-France pour suivre Pro'pulse ?
    # length: short, the body empty, a question about the programme in the subject and no fact of the writer → question
    N("subject_only", "kind", "faut-il habiter en Île-de-France pour suivre Pro'pulse ?", M(
        "r.valette@example.net",
        "Question : faut-il habiter en Île-de-France pour suivre Pro'pulse ?",
        "20 11:15",
        "",
        question(),
    )),
    # Feature: subject_only — kind — Réponse automatique : hors du bureau jusqu'au 7 décembre
    # length: short, 2 words in the body («Message automatique»), an out-of-office in the subject, Auto-Submitted → auto_reply
    N("subject_only", "kind", "Réponse automatique : hors du bureau jusqu'au 7 décembre", M(
        "Inès Weber <ines.weber@example.org>",
        "Réponse automatique : hors du bureau jusqu'au 7 décembre",
        "23 06:01",
        "Message automatique",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: life_story — graduation — validé le 18 septembre 2026
    # length: long, about 560 words, told in flashbacks (Lille now, Dakar, the bac, a licence at UCAD, a first year in France with night jobs), the master's date in the sixth of eight paragraphs → application; master of September 2026, an aim in a SCIC → eligible
    N("life_story", "graduation", "validé le 18 septembre 2026", M(
        "Aminata Sy <aminata.sy@example.com>",
        "Mon parcours, et ma candidature à Pro'pulse",
        "04 21:17",
        """Bonjour à l'équipe de Pro'pulse,

Je m'appelle Aminata Sy, j'ai vingt-sept ans et je vous écris depuis Lille, où je vis depuis bientôt quatre ans. On m'a conseillé de ne pas faire trop long, mais je crois que mon parcours ne se comprend pas en trois lignes, alors je vais prendre un peu de place, pardon d'avance.

Tout a commencé loin d'ici, à Dakar, dans le quartier de la Médina. Ma mère tenait un petit restaurant et mon père était instituteur. J'ai grandi entre les tables du restaurant et les cahiers de mon père, et je crois que c'est de là que vient mon goût pour tout ce qui mêle le travail et le collectif : au restaurant, tout le quartier passait, on faisait crédit, on s'organisait en tontine avec les voisines. À l'époque je ne savais pas que ça avait un nom, l'économie sociale et solidaire.

J'ai eu mon bac en 2016, série L, avec mention bien, puis je suis entrée à l'université Cheikh Anta Diop pour une licence de sociologie. Les amphis étaient surchargés, les grèves nombreuses, et il m'a fallu quatre ans au lieu de trois pour la terminer. Pendant ce temps je donnais des cours de soutien à des collégiens pour payer mes transports. J'ai aussi fait un stage de trois mois dans une mutuelle de santé communautaire à Thiès, qui m'a beaucoup marquée : voir des femmes cotiser quelques centaines de francs CFA par mois pour se soigner ensemble, c'était concret, c'était digne.

En 2022 j'ai obtenu une place en France. La première année a été très dure, je ne vais pas mentir. Il faisait froid, je ne connaissais personne à Lille, mon titre de séjour étudiant m'autorisait à travailler à mi-temps et j'ai enchaîné les soirées en plonge dans une brasserie de la Grand-Place et les week-ends dans un entrepôt de colis. J'ai failli repartir deux fois. C'est une association d'étudiants africains qui m'a retenue, en m'embarquant dans l'organisation d'une épicerie solidaire sur le campus.

J'ai d'abord refait une troisième année de licence pour que mon diplôme soit reconnu, puis je suis entrée en master Économie sociale et solidaire à l'université de Lille. Le M1 s'est bien passé, le M2 encore mieux, avec un stage de six mois dans une coopérative d'activités et d'emploi à Roubaix, terminé fin juin. Mon master a été validé le 18 septembre 2026, le jury m'a même félicitée pour mon mémoire sur les tontines en diaspora, ce dont je ne suis pas peu fière.

Depuis, je cherche. J'ai envoyé une trentaine de candidatures, j'ai eu trois entretiens, et je me rends compte que je ne sais pas bien me vendre, que je parle trop de mes valeurs et pas assez de ce que je sais faire. Ce que je voudrais, c'est un poste de chargée de développement ou d'accompagnement dans une SCIC ou une coopérative, idéalement dans la métropole lilloise où j'ai maintenant mes attaches. Je ne suis ni en stage ni en service civique, je donne juste un coup de main bénévole à l'épicerie le samedi.

Voilà, vous savez presque tout. Merci d'avoir lu jusqu'ici, et j'espère avoir de vos nouvelles.

Aminata Sy
07 51 26 48 90""",
        app("Aminata", "Sy", phone="+33751264890", bac=5, grad="2026-09", status="b_life_dakar_master_lille"),
    )),
    # Feature: life_story — career_change — sept ans chef d'équipe
    # length: long, about 530 words, from a bac to a warehouse, an accident, a licence pro in 2026; the seven years as a team leader in one clause of the third of seven paragraphs, the rest about the move, the daughter and the training → application; seven years in logistics before the licence pro → fails not_career_change → not eligible
    N("life_story", "career_change", "sept ans chef d'équipe", M(
        "Thanh Phạm <thanh.pham@example.fr>",
        "Candidature – une reconversion qui a pris du temps",
        "05 23:40",
        """Bonjour,

Je me présente : Thanh Phạm, trente-quatre ans, père d'une petite fille de six ans, installé à Villeurbanne. Je vais essayer de raconter mon parcours dans l'ordre, même si chez moi rien ne s'est fait dans l'ordre.

Mes parents sont arrivés du Vietnam au début des années quatre-vingt-dix et ont ouvert une petite épicerie à Vénissieux. J'ai eu mon bac STG en 2010, sans grande conviction, et j'ai commencé un BTS comptabilité que j'ai abandonné au bout de six mois parce que l'épicerie avait besoin de bras : mon père venait de se faire opérer du dos. Je me disais que je reprendrais l'année suivante. Je ne l'ai pas fait.

En 2012 je suis entré comme préparateur de commandes dans un grand entrepôt de la zone de Saint-Priest, puis j'y ai passé sept ans chef d'équipe, de 2014 à 2021, avec jusqu'à vingt personnes sous ma responsabilité en horaires décalés. J'ai appris beaucoup de choses là-bas, à organiser, à calmer les tensions, à défendre les intérimaires quand ils se faisaient maltraiter par le planning. Mais le corps ne suit pas éternellement : en 2021 je me suis fait une hernie discale en déchargeant un camion et j'ai été arrêté presque un an.

C'est pendant cet arrêt que tout a basculé. J'allais trois fois par semaine chez le kiné et, dans la salle d'attente, j'ai rencontré un bénévole d'une régie de quartier qui m'a parlé de son travail avec les jeunes sans qualification. Je suis allé voir. J'ai donné des coups de main, d'abord pour l'aide aux devoirs, puis pour l'atelier vélo. Je me suis rendu compte que ce que j'aimais dans mon travail d'entrepôt, ce n'était pas les palettes, c'était les gens.

J'ai fait un bilan de compétences, puis une validation des acquis pour entrer en licence professionnelle Coordination de projets de développement social à l'université Lyon 2, en formation continue, financée par mon compte formation et par France Travail. Ça a duré de septembre 2025 à juin 2026, avec un stage de quatre mois dans une régie de quartier de Vaulx-en-Velin. Diplôme obtenu en juin 2026, avec une moyenne dont je ne pensais pas être capable à trente-trois ans.

Entre-temps, ma vie personnelle a bougé aussi : séparation, garde alternée, déménagement à Villeurbanne pour rester près de l'école de ma fille. Je le précise parce que cela compte dans mes recherches : je cherche un poste de coordinateur ou d'encadrant technique dans une structure d'insertion, une régie de quartier ou une association, dans l'agglomération lyonnaise, avec des horaires compatibles avec une semaine sur deux.

Je ne sais pas si mon profil entre dans vos cases, on m'a dit que le programme était plutôt pour les jeunes diplômés, mais je tente ma chance. Je peux venir à un rendez-vous n'importe quel jour de la semaine où je n'ai pas ma fille.

Merci pour votre lecture,
Thanh Phạm
06 27 81 53 09""",
        app("Thanh", "Phạm", phone="+33627815309", bac=3, grad="2026-06", failing=("not_career_change",), status="b_life_entrepot_chef_equipe"),
    )),
    # Feature: life_story — studies_finished — la soutenance aura lieu le 17 décembre
    # length: long, about 520 words, a story told backwards from a hospital stay to childhood and back, the defence still to come in one clause near the end → application; master's defence on 17 December → fails studies_finished → not eligible
    N("life_story", "studies_finished", "la soutenance aura lieu le 17 décembre", M(
        "Clémence Roussel <clemence.roussel@example.net>",
        "Pro'pulse – mon histoire en quelques paragraphes (pardon, plus que quelques)",
        "06 14:22",
        """Bonjour,

Il y a deux ans, à la même période, j'étais dans une chambre du CHU de Rennes avec une perfusion dans le bras et aucune idée de ce que j'allais faire de ma vie. Je commence par là parce que c'est le moment où tout s'est remis en question, et que c'est peut-être la meilleure façon de vous expliquer pourquoi je vous écris.

Avant ça, j'avais suivi un chemin très droit. Bac S à Quimper en 2017, classe prépa économique à Rennes, puis une école de commerce où je suis entrée en 2019. J'étais bonne élève, je faisais ce qu'on attendait de moi, mes parents étaient fiers. En école, j'ai fait les stages qu'on fait : six mois dans le marketing d'une enseigne de sport, trois mois dans un cabinet d'audit à Paris. Je n'aimais ni l'un ni l'autre, mais je me disais que c'était normal de ne pas aimer son travail.

Et puis en 2024 on m'a diagnostiqué une maladie auto-immune. Je ne vais pas entrer dans les détails, mais il y a eu une hospitalisation, des mois de traitement, une année de césure forcée. Pendant cette année, je ne pouvais pas faire grand-chose, alors j'ai lu, beaucoup, et j'ai fait du bénévolat à distance pour une association de patients, à répondre aux mails et à organiser des visios. Pour la première fois, je me suis sentie utile.

Quand j'ai pu reprendre, j'ai demandé à changer de voie. Mon école n'avait rien qui me correspondait, alors j'ai candidaté en master 2 Management de l'économie sociale et solidaire à Rennes 2, qui m'a acceptée grâce à mon diplôme d'école et à mon expérience associative. J'ai fait les cours de septembre 2025 à mars 2026, puis un stage de six mois à la Fondation d'un réseau de jardins d'insertion en Ille-et-Vilaine, qui s'est terminé le 30 septembre.

Aujourd'hui, je vais beaucoup mieux. Je marche, je cours même un peu, je vis en colocation dans le centre de Rennes avec deux amies. Il me reste une étape : mon mémoire est rendu depuis début novembre, la soutenance aura lieu le 17 décembre, et je la prépare avec une angoisse que je n'avais pas connue depuis longtemps. Après ça, je serai enfin libre de chercher un vrai poste.

Ce que je cherche justement : un poste de chargée de mission ou de coordinatrice dans une association de santé, une mutuelle ou une structure d'insertion, en Bretagne de préférence. Je voudrais que mon expérience de patiente serve à quelque chose, et que mon passage en école de commerce serve aussi, pour les budgets, les partenariats, la gestion.

Je vous écris dès maintenant parce que j'ai entendu dire que les places dans votre programme partaient vite, et que j'aimerais être accompagnée dès janvier. Je comprendrais que vous me demandiez de revenir vers vous après ma soutenance.

Bien à vous,

Clémence Roussel
06 44 90 17 35""",
        app("Clémence", "Roussel", phone="+33644901735", bac="*", grad=None, failing=("studies_finished",), status="b_life_maladie_soutenance_17_decembre"),
    )),
    # Feature: life_story — graduation — mon DUT, je l'ai eu en 2024
    # ambiguous: a DUT dated by its year alone in 2024: graduation_recent stays open
    # length: long, about 510 words, a story in order with a BTS abandoned, a year in Montpellier's restaurants during the studies, a depression, the DUT's year in one clause of the fourth paragraph → application; year alone in 2024 → to verify
    N("life_story", "graduation", "mon DUT, je l'ai eu en 2024", M(
        "Rayan Zerbib <rayan.zerbib@example.org>",
        "Demande d'accompagnement (un peu longue)",
        "09 20:03",
        """Bonjour,

Je vous écris après avoir vu votre stand au forum de l'emploi solidaire de Montpellier, où une de vos bénévoles m'a conseillé de tout vous raconter. Alors voilà, je me lance, en essayant de ne rien oublier.

J'ai grandi à Sète, dans une famille où on ne parlait pas beaucoup d'études. Mon père est marin pêcheur, ma mère aide-soignante de nuit. J'ai eu un bac STMG en 2019, sans mention, et je suis parti à Montpellier faire un BTS Management des unités commerciales parce que c'était ce que faisaient mes copains. J'ai tenu un an. Je m'ennuyais, je séchais, et à la fin de la première année j'ai arrêté.

Pendant l'année qui a suivi j'ai été serveur dans un restaurant du quartier de l'Écusson, puis plongeur dans un autre, le temps de réfléchir. C'est un éducateur du foyer où ma petite sœur était suivie qui m'a donné l'idée : il m'a parlé du DUT Carrières sociales, option animation sociale et socioculturelle, et il m'a aidé à faire mon dossier. Je suis entré à l'IUT en 2022, j'ai gardé quelques soirs au restaurant pour payer mon studio, et cette fois j'ai accroché.

Les deux années de DUT ont été les plus belles de ma vie d'étudiant. J'ai fait un stage dans une maison des jeunes et de la culture à Lunel, puis un autre dans un centre social du quartier de la Paillade, où j'ai monté un atelier radio avec des adolescents. Mon DUT, je l'ai eu en 2024, et j'ai eu l'impression pour la première fois que quelqu'un me reconnaissait un savoir-faire.

La suite a été moins simple. Juste après le diplôme, j'ai traversé une période de dépression assez lourde, liée à des histoires de famille dont je ne parlerai pas ici. J'ai été suivi, j'ai pris le temps qu'il fallait, j'ai vécu chez ma mère à Sète. Je vais bien aujourd'hui, je le dis pour que vous ne vous inquiétiez pas, mais cela explique le trou dans mon CV.

Depuis le printemps, je fais des remplacements ponctuels comme animateur dans des accueils de loisirs municipaux, quelques jours par mois, rien de fixe. Ce que je veux vraiment, c'est un poste d'animateur ou de coordinateur jeunesse dans un centre social associatif ou une MJC, dans l'Hérault ou le Gard. Je ne suis pas en formation, pas en stage, pas en service civique.

Je sais que je dois retravailler mon CV et surtout ma façon de parler de cette année blanche en entretien. C'est pour ça que votre programme m'intéresse : on m'a dit que vous faisiez des simulations d'entretien et du mentorat.

Merci beaucoup de m'avoir lu jusqu'au bout,

Rayan Zerbib
06 03 58 71 26""",
        app("Rayan", "Zerbib", phone="+33603587126", bac=2, grad="2024", unknown=("graduation_recent",), status="b_life_dut_2024_depression"),
    )),
    # Feature: life_story — aim — un cabinet de conseil en stratégie ou une banque d'affaires
    # length: long, about 500 words, a story of associative commitment (scouts, a food bank, an Erasmus in Valencia) that ends on a search outside the ESS, said once in the next-to-last paragraph → application; a search in consulting or investment banking only → fails job_seeking_ess → not eligible
    N("life_story", "aim", "un cabinet de conseil en stratégie ou une banque d'affaires", M(
        "Victor Nowak <victor.nowak@example.com>",
        "Candidature programme Pro'pulse",
        "10 09:48",
        """Bonjour,

Une amie qui a suivi votre programme l'an dernier m'a dit que vous aidiez les jeunes diplômés à préparer leurs entretiens et à construire leur réseau. Je me permets donc de vous écrire et de vous raconter d'où je viens.

Je suis né à Metz en 2001, dans une famille d'origine polonaise, et j'ai passé toute mon enfance chez les scouts. De mes huit ans à mes vingt ans, j'ai été louveteau, éclaireur, puis chef. C'est là que j'ai appris à gérer un budget de camp, à négocier avec des mairies pour un terrain, à organiser des collectes. Je garde de cette période le goût du collectif et une certaine aisance à prendre la parole devant des groupes.

Après un bac ES en 2019, je suis parti à Nancy pour une licence d'économie-gestion. En parallèle, je me suis engagé dans la banque alimentaire de Meurthe-et-Moselle, où je coordonnais la collecte nationale dans les supermarchés de l'agglomération. Une année, on a récolté quarante tonnes en un week-end, et j'étais très fier de ce chiffre.

En troisième année, je suis parti en Erasmus à Valence, en Espagne. J'y ai découvert les coopératives du Pays valencien et j'ai écrit mon rapport de licence sur le modèle de Mondragon, que j'ai visité avec un groupe d'étudiants. J'ai adoré cette année, j'ai appris l'espagnol, j'ai rencontré des gens de partout.

Je suis ensuite entré en master Finance d'entreprise à l'IAE de Metz, que j'ai obtenu en juin 2026 après un stage de fin d'études de six mois dans une société de gestion à Luxembourg, terminé en août. Ce stage a été une révélation dans l'autre sens : j'ai aimé la rigueur, les modèles, la vitesse, le niveau d'exigence.

Je vais être honnête avec vous, parce que je pense que c'est mieux : je n'ai pas de projet dans l'économie sociale et solidaire. Ce que je cherche aujourd'hui, c'est un premier poste d'analyste dans un cabinet de conseil en stratégie ou une banque d'affaires, à Paris ou à Luxembourg. L'associatif restera pour moi un engagement bénévole, comme il l'a toujours été.

Mon amie m'a dit que votre accompagnement sur les entretiens était excellent et qu'il n'y avait pas de condition de secteur. Si je me trompe, n'hésitez pas à me le dire, je comprendrai tout à fait.

Merci pour votre attention, et bonne journée,

Victor Nowak
+33 6 71 20 94 38""",
        app("Victor", "Nowak", phone="+33671209438", bac=5, grad="2026-06", failing=("job_seeking_ess",), status="b_life_scout_banque_affaires"),
    )),
    # Feature: life_story — level — diplôme d'État d'éducatrice spécialisée
    # length: long, about 540 words, a story from a CAP petite enfance through summers as a BAFA animator, a year in Montréal as an au pair and a preparation to the entrance exam, the DE's name and date in one clause of the fifth of eight paragraphs → application; DE éducatrice spécialisée (bac+3) of July 2025 → eligible
    N("life_story", "level", "diplôme d'État d'éducatrice spécialisée", M(
        "Jade Okafor <jade.okafor@example.fr>",
        "Candidature – Jade Okafor, éducatrice",
        "11 18:36",
        """Bonjour,

J'ai hésité longtemps avant de vous écrire, parce que mon parcours part dans tous les sens et que je ne savais pas par quel bout le prendre. Une conseillère de la mission locale m'a dit : « raconte-le simplement, dans l'ordre ». Alors voilà.

Je suis née à Amiens d'un père nigérian et d'une mère picarde. Au collège, je n'étais pas faite pour l'école telle qu'on me la proposait, et on m'a orientée vers un CAP Petite enfance, que j'ai obtenu en 2016. J'ai adoré les stages en crèche, mais j'ai vite compris que je voulais faire plus que changer des couches : je voulais comprendre pourquoi certains enfants arrivaient le matin déjà épuisés.

J'ai donc repris un bac professionnel Services aux personnes en deux ans, que j'ai eu en 2018. Pendant ces années-là, j'ai passé mon BAFA et j'ai été animatrice en colonie tous les étés, dans le Jura puis en Vendée. Ce sont des souvenirs très forts : les veillées, les enfants qui pleurent le premier soir et ne veulent plus repartir le dernier.

Après le bac pro, je suis partie un an à Montréal comme fille au pair, pour respirer un peu et améliorer mon anglais. La famille chez qui je vivais avait un fils autiste, et c'est à son contact que j'ai décidé de devenir éducatrice. En rentrant, j'ai fait une année de prépa aux concours des écoles sociales, en travaillant à mi-temps dans une boulangerie, et j'ai été admise à l'IRTS de Picardie en 2021.

Les trois années de formation ont été intenses, avec des stages dans un institut médico-éducatif, dans un foyer de l'aide sociale à l'enfance et dans un service de prévention spécialisée. J'ai obtenu mon diplôme d'État d'éducatrice spécialisée en juillet 2025, et j'ai pleuré en lisant mon nom sur la liste, ce qui a fait beaucoup rire mon petit frère.

Depuis, j'ai fait des remplacements en intérim dans différents foyers, des contrats de quelques semaines, jamais plus de deux mois. J'aime le travail mais je m'épuise à changer d'équipe tout le temps et à ne jamais pouvoir suivre un jeune sur la durée. Je n'ai ni stage ni service civique en cours, je suis simplement inscrite en agence d'intérim et à France Travail.

Je cherche un poste stable d'éducatrice dans une association de protection de l'enfance ou de prévention spécialisée, dans la Somme ou l'Oise, et j'aimerais que quelqu'un m'aide à mieux présenter mon expérience, notamment ces remplacements qui donnent l'impression que je ne tiens pas en place.

Merci de votre lecture et à bientôt j'espère,

Jade Okafor
07 12 65 39 80""",
        app("Jade", "Okafor", phone="+33712653980", bac=3, grad="2025-07", status="b_life_de_es_montreal"),
    )),
    # Feature: life_story — kind — je serais heureux de donner quelques heures comme parrain bénévole
    # length: long, about 470 words, a retired director tells his forty years in mutual insurance and offers to mentor; no application, no question about joining → other
    N("life_story", "kind", "je serais heureux de donner quelques heures comme parrain bénévole", M(
        "Bernard Vidalenc <b.vidalenc@example.fr>",
        "Proposition de parrainage",
        "12 10:05",
        """Madame, Monsieur,

Je me permets de vous écrire à la suite d'un article sur votre programme paru dans la lettre de l'union régionale des mutuelles, que je continue de recevoir bien que je sois à la retraite depuis trois ans. Vous me pardonnerez d'être un peu long : à mon âge, on a plus de passé que d'avenir, et on a tendance à le raconter.

Je suis entré dans la mutualité en 1982, à vingt-deux ans, comme simple agent d'accueil dans une mutuelle de fonctionnaires à Toulouse. À l'époque, on recevait les adhérents au guichet, on remplissait les feuilles de remboursement à la main, et on connaissait les familles par leur nom. J'y ai appris que derrière chaque dossier il y avait quelqu'un qui attendait son argent pour payer ses lunettes ou la dentiste de son enfant.

J'ai gravi les échelons assez classiquement : gestionnaire, chef de service, puis responsable d'agence à Albi. Dans les années quatre-vingt-dix, j'ai participé à la fusion de plusieurs petites mutuelles départementales, ce qui a été une période difficile, avec des élus qui craignaient de perdre leur pouvoir et des salariés qui craignaient de perdre leur emploi. J'ai appris là ce qu'est vraiment la gouvernance démocratique, avec ses lenteurs et ses grandeurs.

J'ai terminé ma carrière comme directeur général d'une mutuelle régionale d'environ cent quarante salariés, de 2009 à 2023. J'ai recruté pendant ces années des dizaines de jeunes, et j'ai souvent regretté qu'ils arrivent si mal préparés, non pas techniquement, mais sur ce que signifie travailler dans une structure qui n'a pas d'actionnaires. Beaucoup partaient au bout de deux ans vers l'assurance classique, déçus ou simplement mieux payés.

Depuis ma retraite, je suis administrateur bénévole d'une association d'aide aux aidants familiaux et je donne quelques cours à l'université du temps libre. Mais il me reste du temps, et surtout l'envie de transmettre.

C'est pourquoi je vous écris : si votre programme fait appel à des parrains ou des marraines issus de l'économie sociale, je serais heureux de donner quelques heures comme parrain bénévole à un ou deux jeunes, par téléphone ou en visio, ou en personne si l'un d'eux habite dans le Tarn ou en Haute-Garonne. Je peux parler de la mutualité, des métiers de la protection sociale, de la manière de lire une offre d'emploi dans nos structures, ou simplement écouter.

Je ne cherche évidemment aucune rémunération, et je comprendrais que vous ayez déjà tout ce qu'il vous faut.

Avec mes sentiments les meilleurs,

Bernard Vidalenc
05 63 48 21 97""",
        other(),
    )),
    # Feature: cover_letter — aim — une structure de l'insertion par l'activité économique
    # length: long, about 430 words, a formal letter on democratic governance and social utility, the search in the IAE in one clause of the third of five paragraphs → application; BUT of June 2026, an aim in the IAE → eligible
    N("cover_letter", "aim", "une structure de l'insertion par l'activité économique", M(
        "Lou Verdier <lou.verdier@example.net>",
        "Lettre de motivation – programme Pro'pulse",
        "03 17:20",
        """Madame, Monsieur,

C'est avec un vif intérêt que je vous adresse ma candidature au programme Pro'pulse, dont j'ai entendu parler par l'intermédiaire du réseau des anciens de mon IUT. Titulaire d'un BUT Carrières sociales, parcours coordination et développement de projets pour publics et territoires, obtenu en juin 2026 à l'IUT de Tours, je souhaite aujourd'hui franchir le pas entre la formation et l'emploi avec le soutien d'un accompagnement exigeant et bienveillant.

Mon engagement pour l'économie sociale et solidaire ne date pas de mes études. Dès le lycée, j'ai participé à la création d'un café associatif dans ma commune d'origine, près de Loches, où j'ai découvert la force d'un projet porté collectivement, décidé en assemblée et financé par les habitants eux-mêmes. Ce que j'ai appris alors, je l'ai retrouvé en formation : une organisation vaut par la manière dont elle associe celles et ceux qu'elle sert, et l'utilité sociale ne se décrète pas, elle se construit avec les personnes.

Mes trois années de BUT m'ont permis de mettre ces convictions à l'épreuve. Mon stage de deuxième année dans une ressourcerie de l'agglomération tourangelle, puis mon stage de fin d'études de quatorze semaines dans un atelier chantier d'insertion spécialisé dans le maraîchage biologique, m'ont convaincue que ma place était auprès des salariés en parcours. Je souhaite désormais rejoindre une structure de l'insertion par l'activité économique, en qualité de chargée d'accompagnement socioprofessionnel ou d'assistante de coordination, en Centre-Val de Loire ou dans les Pays de la Loire.

J'ai conscience que ce premier poste demandera des compétences que je n'ai encore qu'en partie : la connaissance fine des dispositifs, la relation avec les entreprises partenaires, la capacité à tenir un cadre tout en restant à l'écoute. C'est précisément pour cela que l'accompagnement de Pro'pulse me semble précieux : les ateliers collectifs, le mentorat par des professionnels du secteur et la préparation aux entretiens me permettraient de gagner en assurance et en méthode, et d'aborder mes premiers recrutements avec une vision claire de ce que je peux apporter.

Disponible immédiatement, je me tiens à votre disposition pour un entretien, à votre convenance, en présentiel ou à distance. Je vous remercie par avance de l'attention que vous porterez à ma candidature.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Lou Verdier
12 rue Néricault-Destouches, 37000 Tours
06 86 13 57 22""",
        app("Lou", "Verdier", phone="+33686135722", bac=3, grad="2026-06", status="b_letter_but_iae"),
    )),
    # Feature: cover_letter — situation — se poursuit jusqu'au 28 février 2027
    # length: long, about 440 words, a formal letter on food democracy and cooperation; the internship running until 28 February 2027 in one clause of the second of five paragraphs → application; internship running after today → fails not_internship → not eligible
    N("cover_letter", "situation", "se poursuit jusqu'au 28 février 2027", M(
        "Soraya Mebarki <soraya.mebarki@example.com>",
        "Candidature au programme d'accompagnement Pro'pulse",
        "05 08:31",
        """Madame, Monsieur,

Je me permets de vous soumettre ma candidature au programme Pro'pulse, avec l'espoir d'y trouver l'appui dont j'ai besoin pour entrer durablement dans le monde du travail de l'économie sociale et solidaire.

C'est une ancienne camarade de promotion, aujourd'hui chargée de mission dans un réseau d'épiceries solidaires, qui m'a recommandé de vous écrire. Elle garde un excellent souvenir des ateliers collectifs et du mentorat, et m'a assuré que votre équipe savait aider chacun à transformer un parcours parfois dispersé en un projet lisible pour les employeurs.

Diplômée d'un master Alimentation durable et développement des territoires de l'université de Montpellier en septembre 2026, j'effectue actuellement un stage à la Fondation pour une alimentation solidaire, qui se poursuit jusqu'au 28 février 2027, au sein de l'équipe chargée des projets alimentaires territoriaux. J'y coordonne notamment un diagnostic participatif dans trois communes rurales de l'Aveyron, en lien avec des épiceries sociales, des producteurs et des centres communaux d'action sociale.

Ce qui m'attire dans l'économie sociale et solidaire, c'est la conviction que l'accès à une alimentation de qualité n'est pas une affaire de charité mais de droits et de démocratie. Les groupements d'achat, les coopératives de producteurs et les supermarchés participatifs que j'ai pu observer depuis deux ans montrent qu'une autre organisation des échanges est possible, fondée sur la coopération plutôt que sur la seule concurrence, et sur la participation des habitants aux décisions qui les concernent.

À l'issue de ce stage, je souhaite occuper un poste de chargée de projet alimentation dans une association, une coopérative ou une fondation, en Occitanie de préférence. Je sais que mes atouts tiennent à ma capacité d'animation, à mon goût pour le travail de terrain et à ma rigueur méthodologique ; je sais aussi que je manque encore d'expérience dans la recherche de financements et dans la gestion d'équipe, et que j'aurais beaucoup à apprendre d'un accompagnement comme le vôtre.

Je voudrais ajouter que mon intérêt pour ces questions est aussi personnel. J'ai grandi dans une famille d'agriculteurs du Lot qui a traversé plusieurs années difficiles, et j'ai vu mes parents rejoindre une coopérative d'utilisation de matériel agricole puis un magasin de producteurs, non par idéologie mais par nécessité, avant d'en devenir des défenseurs convaincus. C'est en grande partie ce qui m'a décidée à orienter mes études vers l'alimentation et les territoires.

Je serais honorée de pouvoir échanger avec vous sur les modalités de votre programme et sur la façon dont mon calendrier pourrait s'y accorder. Je reste joignable par téléphone ou par courriel, et disponible pour un rendez-vous en visioconférence en fin de journée.

Je vous prie d'agréer, Madame, Monsieur, l'expression de ma considération distinguée.

Soraya Mebarki
07 30 92 46 15""",
        app("Soraya", "Mebarki", phone="+33730924615", bac=5, grad="2026-09", failing=("not_internship",), status="b_letter_stage_fondation_fevrier"),
    )),
    # Feature: cover_letter — career_change — après quelques années dans la grande distribution
    # ambiguous: «quelques années» in big retail before the licence pro, their length unsaid: not_career_change stays open
    # length: long, about 420 words, a formal letter on the solidarity economy of tourism; the years in retail said in passing in the second paragraph → application; a trade of unsaid length before the diploma → to verify
    N("cover_letter", "career_change", "après quelques années dans la grande distribution", M(
        "Mathis Quintana <mathis.quintana@example.org>",
        "Lettre de motivation – Mathis Quintana",
        "06 11:54",
        """Madame, Monsieur,

Par la présente, je souhaite vous faire part de ma candidature au programme Pro'pulse, qui accompagne les jeunes diplômés vers un premier emploi dans l'économie sociale et solidaire.

J'ai découvert votre programme grâce à la plaquette déposée à la bibliothèque universitaire de Perpignan, puis en écoutant le témoignage d'une ancienne participante lors d'une table ronde organisée par l'association des étudiants en tourisme. Son récit m'a convaincu qu'un accompagnement pouvait faire la différence pour des profils comme le mien, qui ne suivent pas une ligne droite.

Après quelques années dans la grande distribution, j'ai repris des études et obtenu en juin 2026 une licence professionnelle Métiers du tourisme, parcours tourisme social et solidaire, à l'université de Perpignan. Cette formation m'a permis de découvrir un pan de l'économie dont j'ignorais presque tout : les villages vacances associatifs, les centres de vacances des comités d'entreprise, les coopératives de guides de montagne, les réseaux de tourisme équitable qui organisent des séjours chez l'habitant en lien avec des communautés locales.

Ce qui me touche dans ce secteur, c'est l'idée que les vacances sont un droit et non un privilège, et que l'accueil peut être pensé pour et avec le territoire plutôt que contre lui. Mon stage de licence, d'une durée de seize semaines, dans une association de tourisme social des Pyrénées-Orientales, m'a permis de participer à l'organisation de séjours pour des familles orientées par les caisses d'allocations familiales. J'ai vu des enfants découvrir la mer à quarante kilomètres de chez eux, et des parents souffler pour la première fois depuis des années.

Je recherche aujourd'hui un poste de chargé d'accueil et de projets, ou de coordinateur de séjours, dans une association de tourisme social, un village vacances associatif ou une coopérative de tourisme, en Occitanie ou dans les Alpes. Mon expérience de la vente m'a donné l'endurance, le sens du service et l'habitude de la pression des fêtes de fin d'année ; ma formation m'a donné le cadre et les valeurs. Il me manque aujourd'hui la méthode pour convaincre un recruteur que ces deux moitiés de mon parcours font un tout.

Je suis par ailleurs bénévole depuis deux ans dans une association d'éducation populaire qui organise des séjours de vacances pour des enfants de quartiers prioritaires, où j'encadre chaque été une quinzaine de jeunes. Cette expérience m'a confirmé que je voulais faire de l'accueil et de la transmission mon métier, et non plus seulement une activité d'été.

C'est cette méthode que j'espère trouver auprès de vous. Je me tiens à votre disposition pour un entretien à la date qui vous conviendra.

Dans l'attente de votre réponse, je vous prie d'agréer, Madame, Monsieur, mes sincères salutations.

Mathis Quintana
06 19 47 83 02""",
        app("Mathis", "Quintana", phone="+33619478302", bac=3, grad="2026-06", unknown=("not_career_change",), status="b_letter_grande_distribution_quelques_annees"),
    )),
    # Feature: cover_letter — level — une première année de BTS que je n'ai pas menée à son terme
    # length: long, about 410 words, a formal letter full of commitment (a youth council, a food bank); the level in one clause of the third paragraph, a bac and an unfinished BTS → application; bac only → fails degree_level → not eligible
    N("cover_letter", "level", "une première année de BTS que je n'ai pas menée à son terme", M(
        "Zoé Marchal <zoe.marchal@example.fr>",
        "Candidature spontanée – programme Pro'pulse",
        "08 15:12",
        """Madame, Monsieur,

Je vous adresse ma candidature pour intégrer le programme Pro'pulse, dont une animatrice du point information jeunesse de Besançon m'a présenté les objectifs lors d'une permanence.

Depuis mes quinze ans, je suis engagée dans la vie associative de mon quartier de Planoise : conseil municipal des jeunes d'abord, puis bénévolat à l'épicerie solidaire et à l'association de soutien scolaire où j'aide chaque mercredi des collégiens à faire leurs devoirs. Ces engagements m'ont appris la patience, l'écoute et la valeur d'un travail fait ensemble. Ils m'ont aussi donné une conviction : c'est dans l'économie sociale et solidaire que je veux travailler, parce que c'est là que l'on prend au sérieux les personnes que l'on accompagne.

Sur le plan scolaire, mon parcours est plus modeste. Titulaire d'un baccalauréat technologique ST2S obtenu en 2023, j'ai ensuite suivi une première année de BTS que je n'ai pas menée à son terme, pour des raisons familiales, afin de m'occuper de ma grand-mère malade. Je ne regrette pas ce choix, même s'il m'a éloignée des études. Depuis, j'ai fait quelques missions d'intérim pendant les vacances scolaires et j'ai poursuivi mon bénévolat avec encore plus d'assiduité.

Je souhaite aujourd'hui trouver un emploi d'animatrice ou d'agente d'accueil dans une association, un centre social ou une maison de quartier, et je serais prête à reprendre une formation en alternance si un employeur me le proposait. J'ai conscience que mon niveau de diplôme peut être un frein, mais je crois que mon expérience de terrain et ma connaissance des habitants de mon quartier sont des atouts réels pour une structure de proximité.

Je précise que je suis mobile dans tout le Doubs, que je possède le permis B et une voiture, et que je suis disponible immédiatement. Je peux également travailler le soir et le week-end, ce qui est souvent demandé dans l'animation. Mes responsables bénévoles sont prêts à témoigner de mon sérieux et de ma capacité à tenir un groupe si cela peut être utile.

Je serais très reconnaissante de pouvoir bénéficier de vos conseils, que ce soit dans le cadre de votre programme ou, si mon profil n'y correspond pas, par une orientation vers un autre dispositif adapté à ma situation.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations respectueuses.

Zoé Marchal
07 64 18 30 52""",
        app("Zoé", "Marchal", phone="+33764183052", bac=0, grad=None, failing=("degree_level",), status="b_letter_bac_bts_inacheve"),
    )),
    # Feature: cover_letter — graduation — diplôme d'État de conseillère en économie sociale familiale en juin 2025
    # length: long, about 400 words, a formal letter on access to rights and housing; the DE CESF's date in one clause of the first paragraph (stated early and plainly), the rest values and plans → application; DE CESF (bac+3) of June 2025 → eligible
    N("cover_letter", "graduation", "diplôme d'État de conseillère en économie sociale familiale en juin 2025", M(
        "Hawa Ndiaye <hawa.ndiaye@example.net>",
        "Candidature Pro'pulse – lettre de motivation",
        "10 19:25",
        """Madame, Monsieur,

Ayant obtenu le diplôme d'État de conseillère en économie sociale familiale en juin 2025 à l'institut régional du travail social de Lorraine, je me permets de vous présenter ma candidature au programme Pro'pulse.

Mon choix de ce métier s'est construit au fil de mes stages, dans un centre communal d'action sociale puis dans une association d'accompagnement vers le logement des personnes sortant de la rue. J'y ai mesuré combien l'accès aux droits reste une course d'obstacles : des formulaires incompréhensibles, des rendez-vous dématérialisés, des délais qui découragent les plus fragiles. J'y ai aussi appris que l'accompagnement ne consiste pas à faire à la place des personnes, mais à leur redonner prise sur leur budget, leur logement et leurs choix.

Je suis profondément attachée aux principes de l'économie sociale et solidaire : la primauté de la personne sur le capital, la gouvernance partagée, l'ancrage dans les territoires. Je crois que les associations du logement accompagné, les pensions de famille et les agences immobilières à vocation sociale incarnent ces principes au quotidien, souvent avec peu de moyens et beaucoup d'inventivité.

Depuis l'obtention de mon diplôme, j'ai effectué deux contrats à durée déterminée de remplacement dans des associations de la région, le dernier s'étant achevé en octobre. Je recherche désormais un poste de conseillère en économie sociale familiale dans une association du logement accompagné ou de l'insertion, en Moselle, en Meurthe-et-Moselle ou en Alsace.

Au cours de ces remplacements, j'ai accompagné des ménages en situation de surendettement, monté des dossiers de fonds de solidarité pour le logement et animé des ateliers collectifs sur la maîtrise de l'énergie. J'ai particulièrement apprécié ces ateliers, où les participants échangent leurs astuces et finissent souvent par s'entraider en dehors du cadre prévu, ce qui est pour moi la meilleure preuve de leur utilité.

Votre programme m'intéresse pour deux raisons. D'abord, parce qu'il me permettrait de rencontrer des professionnels du secteur et d'élargir un réseau encore trop local. Ensuite, parce que je souhaite travailler ma présentation orale, qui reste mon point faible lors des entretiens collectifs pratiqués par certaines structures.

Je vous remercie de l'attention que vous voudrez bien porter à ma démarche, et reste à votre disposition pour tout complément d'information.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Hawa Ndiaye
06 52 07 91 48""",
        app("Hawa", "Ndiaye", phone="+33652079148", bac=3, grad="2025-06", status="b_letter_de_cesf_2025"),
    )),
    # Feature: cover_letter — kind — pourriez-vous me préciser les conditions dans lesquelles nos diplômés
    # length: long, about 400 words, a formal letter from a lycée's director asking how the programme works for the school's BTS graduates, no student named and no facts of the writer's own as a candidate → question
    N("cover_letter", "kind", "pourriez-vous me préciser les conditions dans lesquelles nos diplômés", M(
        "Proviseur adjoint – Lycée Marie-Curie <direction.adjointe@lycee-curie.example.fr>",
        "Demande d'informations sur le programme Pro'pulse",
        "13 10:12",
        """Madame, Monsieur,

Proviseur adjoint d'un lycée polyvalent de l'agglomération grenobloise, j'ai la responsabilité, entre autres missions, du suivi de nos sections de techniciens supérieurs, et notamment de notre BTS Services et prestations des secteurs sanitaire et social et de notre BTS Économie sociale familiale.

Chaque année, une soixantaine d'étudiants sortent de ces deux sections. Une partie poursuit ses études en licence professionnelle ou prépare le diplôme d'État de conseiller en économie sociale familiale ; une autre partie entre directement sur le marché du travail, souvent dans des associations, des centres sociaux ou des structures d'aide à domicile. Nous constatons depuis plusieurs années que ces jeunes diplômés, pourtant bien formés, peinent à trouver un premier emploi stable et se contentent trop souvent de contrats courts et de remplacements.

Notre équipe pédagogique a pris connaissance de votre programme lors d'une réunion du réseau des professeurs de sciences médico-sociales. Avant de le présenter à nos étudiants, nous souhaiterions en comprendre précisément le fonctionnement, afin de ne pas susciter d'attentes que vous ne pourriez satisfaire.

Aussi, pourriez-vous me préciser les conditions dans lesquelles nos diplômés pourraient rejoindre votre accompagnement ? En particulier : un diplôme de niveau bac+2 est-il suffisant ? Les étudiants peuvent-ils candidater avant d'avoir reçu leurs résultats, c'est-à-dire dès le mois de juin ? Le programme est-il accessible à des jeunes résidant hors d'Île-de-France, et sous quelle forme ? Existe-t-il un nombre limité de places par promotion, et à quelles dates se font les inscriptions ?

Je me permets d'insister sur ce dernier point, car nos étudiants passent leurs épreuves finales en mai et juin et reçoivent leurs résultats début juillet, période pendant laquelle nos équipes sont moins disponibles pour les accompagner dans leurs démarches. Si une inscription anticipée était possible, nous pourrions organiser une information collective dès le mois d'avril, avec l'accord de votre équipe.

Nous serions par ailleurs intéressés par une intervention d'un membre de votre équipe auprès de nos étudiants de seconde année, au printemps, si votre organisation le permet. Nous pourrions l'intégrer à notre semaine de l'insertion professionnelle, qui se tiendra au mois de mars.

Je vous remercie par avance de votre réponse et reste à votre disposition pour un échange téléphonique si vous le jugez plus simple.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Pour le proviseur,
Le proviseur adjoint
Lycée polyvalent Marie-Curie
04 76 00 00 00""",
        question(),
    )),
    # Feature: cover_letter — kind — nous serions honorés de compter Animafac parmi les intervenants
    # length: long, about 390 words, a formal letter from a town hall inviting the association to speak at a forum on employment, nothing about joining the programme → other
    N("cover_letter", "kind", "nous serions honorés de compter Animafac parmi les intervenants", M(
        "Service Vie associative – Mairie de Saint-Herblain <vie.associative@mairie-exemple.example.fr>",
        "Invitation – Forum de l'emploi solidaire du 4 février 2027",
        "16 14:47",
        """Madame, Monsieur,

La Ville organise, le jeudi 4 février 2027, la troisième édition de son Forum de l'emploi solidaire, à la salle de la Carrière, de 9 heures à 17 heures. Cet événement réunit chaque année une cinquantaine de structures de l'économie sociale et solidaire du territoire, des associations employeuses, des coopératives, des entreprises d'insertion, ainsi que les partenaires publics de l'emploi et de la formation.

L'édition précédente a accueilli près de neuf cents visiteurs, dont une majorité de moins de trente ans. Nous avons constaté, au fil des échanges avec les jeunes présents, un fort intérêt pour les métiers de l'économie sociale, mais aussi une grande méconnaissance des parcours possibles et des codes de recrutement propres à ce secteur. Beaucoup nous ont dit ne pas savoir comment valoriser un engagement bénévole, un service civique ou une expérience associative dans une candidature.

C'est pourquoi nous souhaitons, cette année, compléter les stands de recrutement par un cycle de trois tables rondes, dont l'une sera consacrée à l'entrée dans la vie professionnelle des jeunes diplômés. Ayant eu connaissance de votre programme par la Chambre régionale de l'économie sociale et solidaire, nous serions honorés de compter Animafac parmi les intervenants de cette table ronde, aux côtés d'une représentante de la mission locale et d'un dirigeant de coopérative.

La table ronde se tiendrait de 14 heures à 15 heures 30 et serait animée par une journaliste de la radio locale. Vos frais de déplacement depuis Paris seraient pris en charge par la Ville, ainsi que le déjeuner. Nous pourrions également mettre à votre disposition un stand, si vous souhaitiez présenter votre programme aux visiteurs tout au long de la journée.

Pour information, la journée se conclura par un temps convivial ouvert à l'ensemble des exposants et des intervenants, autour d'un buffet préparé par un restaurant d'insertion de la ville.

Nous vous serions reconnaissants de bien vouloir nous faire connaître votre réponse avant le 15 décembre, afin de finaliser le programme et la communication de l'événement. Notre chargée de mission, Mme Rivière, se tient à votre disposition pour toute question pratique.

Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Pour le Maire, l'adjointe déléguée à la vie associative et à l'économie sociale et solidaire
Service Vie associative
02 40 00 00 00""",
        other(),
    )),
]
