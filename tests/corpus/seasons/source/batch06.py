"""Seasons corpus, batch 06 (writer B): Friday 28 – Monday 31 August 2026, read on Monday 31 August 2026.
The rentrée: «en septembre» is tomorrow, masters and civic services are about to start, offices reopen, the
rentrée newsletters and the welcome day of the September cohort fill the inbox."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, auto_reply, bounce, newsletter, other, question, reply
from seasons import N

MESSAGES = [
    # Feature: season_other_mail — kind — Spécial rentrée
    # route: a job board's rentrée alert (List-Unsubscribe, Precedence: bulk), its offers' «bac+3» and September dates no applicant's → newsletter
    N("season_other_mail", "kind", "Spécial rentrée", M(
        "Jobs & Utilité <alertes@jobs-utilite.example.com>",
        "Spécial rentrée : 38 offres dans l'ESS près de chez vous",
        "2026-08-28 06:30",
        """Spécial rentrée : 38 offres dans l'ESS près de chez vous

• Coordinateur·rice de la vie associative – Maison des jeunes, Poitiers – CDI – prise de poste le 14 septembre – bac+3
• Animateur·rice d'atelier vélo – Recyclerie sportive, Bordeaux – CDD 6 mois – dès septembre
• Chargé·e d'accueil – Épicerie sociale, Orléans – contrat aidé

Voir les offres : https://jobs-utilite.example.com/rentree-2026

Se désinscrire : https://jobs-utilite.example.com/desinscription""",
        newsletter(),
        headers={"List-Unsubscribe": "<https://jobs-utilite.example.com/desinscription>", "Precedence": "bulk"},
    )),
    # Feature: month_no_year — studies_finished — je soutiens mon mémoire en septembre
    # route: the body: a master whose defence is «en septembre», ahead of 2026-08-31 (September 2026) → studies_finished fails → not_eligible (on 2026-11-26: the same words point at a September ahead)
    N("month_no_year", "studies_finished", "je soutiens mon mémoire en septembre", M(
        "Axelle Bertrand <axelle.bertrand@gmail.com>",
        "Candidature Pro'pulse",
        "2026-08-28 09:15",
        """Bonjour,

Je suis en M2 Gestion des associations à l'université de Bourgogne, je soutiens mon mémoire en septembre et je voudrais préparer ma recherche d'emploi dès maintenant (coordination d'une association culturelle ou d'un festival).

Est-ce que votre accompagnement est possible dans ma situation ?

Axelle Bertrand
06 82 47 19 53""",
        app("Axelle", "Bertrand", phone="+33682471953", bac="*", grad=None, failing=("studies_finished",), status="b_axelle_soutenance_septembre"),
    )),
    # Feature: season_other_mail — kind — de retour le 1er septembre
    # route: a partner association's summer closure auto-reply (Auto-Submitted) answering our mail; its reopening date is its own → auto_reply
    N("season_other_mail", "kind", "de retour le 1er septembre", M(
        "Accueil Point Info Jeunesse <accueil@pij-brest.example.org>",
        "Message automatique : Pro'pulse - présentation aux jeunes du PIJ",
        "2026-08-28 10:02",
        """Bonjour,

Le Point Info Jeunesse est fermé pour l'été. L'équipe sera de retour le 1er septembre et traitera votre message dans les meilleurs délais.

Pour les offres de jobs et de service civique, consultez notre site.

L'équipe du PIJ de Brest""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: diploma_age — graduation — master Politiques sociales et territoires obtenu en septembre 2024
    # route: the body: a master of September 2024 (23 months back on 2026-08-31), an ESS network sought → eligible (on 2026-11-26: 26 months → graduation_recent fails → not_eligible)
    N("diploma_age", "graduation", "master Politiques sociales et territoires obtenu en septembre 2024", M(
        "Bastien Roche <bastien.roche@outlook.fr>",
        "Candidature - Bastien Roche",
        "2026-08-28 11:40",
        """Bonjour,

J'ai un master Politiques sociales et territoires obtenu en septembre 2024 à l'université Clermont Auvergne. Après un an de contrat de chargé d'études dans un bureau d'études, je voudrais revenir vers ce qui me motivait : travailler dans un réseau associatif ou une fédération de l'éducation populaire.

Je serais heureux de pouvoir intégrer la prochaine session.

Bastien Roche
07 58 63 20 41""",
        app("Bastien", "Roche", phone="+33758632041", bac=5, grad="2024-09", status="b_bastien_master_septembre_2024"),
    ), flips=True),
    # Feature: beginning — studies_finished — à la rentrée je commence un master
    # route: the body: a licence of June 2026, a master to begin «à la rentrée» (September 2026, ahead of 2026-08-31) → not yet a situation, studies meet → eligible (on 2026-11-26: the same words point at a rentrée ahead)
    N("beginning", "studies_finished", "à la rentrée je commence un master", M(
        "Léonie Blanchet <leonie.blanchet@free.fr>",
        "Pro'pulse",
        "2026-08-28 14:27",
        """Bonjour,

J'ai eu ma licence de sciences de l'éducation en juin à Rouen. En principe à la rentrée je commence un master à distance, mais j'hésite encore beaucoup : je voudrais surtout trouver un emploi d'animatrice ou de coordinatrice dans une association de soutien scolaire.

Est-ce que je peux candidater pour la session de septembre ?

Léonie Blanchet
06 27 95 31 08""",
        app("Léonie", "Blanchet", phone="+33627953108", bac=3, grad="2026-06", status="b_leonie_rentree_master"),
    )),
    # Feature: season_words — graduation — diplômée l'été dernier
    # route: the body: a BUT «l'été dernier» read on 2026-08-31, the summer before this one → 2025, a year alone that meets, an association sought → eligible (on 2026-11-26: the summer of 2026, graduation 2026)
    N("season_words", "graduation", "diplômée l'été dernier", M(
        "Solène Marchal <solene.marchal@gmail.com>",
        "Candidature",
        "2026-08-28 16:50",
        """Bonjour,

Je suis diplômée l'été dernier d'un BUT Carrières sociales (animation sociale et socioculturelle) à Grenoble. J'ai passé l'année en CDD d'animatrice périscolaire et je voudrais maintenant un poste de coordinatrice dans une association de quartier ou un centre social.

Bonne fin d'été,
Solène Marchal
07 81 46 29 50""",
        app("Solène", "Marchal", phone="+33781462950", bac=3, grad="2025", status="b_solene_ete_dernier"),
    ), flips=True),
    # Feature: counted_from_now — graduation — j'ai eu mon BTS Assurance il y a quatorze mois
    # route: the body: a BTS «il y a quatorze mois», counted from 2026-08-31 → June 2025, a mutual insurer sought → bac+2 of 2025-06 → eligible (on 2026-11-26: September 2025, graduation 2025-09)
    N("counted_from_now", "graduation", "j'ai eu mon BTS Assurance il y a quatorze mois", M(
        "Mehdi Zerrouki <mehdi.zerrouki@hotmail.fr>",
        "candidature pro'pulse",
        "2026-08-29 10:11",
        """Bonjour,

J'ai eu mon BTS Assurance il y a quatorze mois et je n'ai fait que de l'intérim depuis. Je voudrais travailler dans une mutuelle ou une coopérative, un vrai poste de conseiller.

Un ami m'a dit que vous aidiez les jeunes diplômés, je suis à Orléans.

Mehdi Zerrouki
06 14 83 72 96""",
        app("Mehdi", "Zerrouki", phone="+33614837296", bac=2, grad="2025-06", status="b_mehdi_bts_quatorze_mois"),
    ), flips=True),
    # Feature: season_other_mail — kind — les missions qui démarrent en octobre
    # route: a civic-service host association writes to present its missions starting in October to our participants: no applicant, its dates are its own → other
    N("season_other_mail", "kind", "les missions qui démarrent en octobre", M(
        "Florence Dubreuil <f.dubreuil@solidarites-jeunesses-tours.example.org>",
        "Missions de service civique - rentrée 2026",
        "2026-08-29 11:30",
        """Bonjour,

Nous accueillons chaque année des volontaires en service civique et nous aimerions faire connaître les missions qui démarrent en octobre (accompagnement scolaire, épicerie solidaire, lutte contre l'isolement) aux jeunes que vous accompagnez. Pourrions-nous vous envoyer une affiche et passer lors d'un atelier ?

Bien cordialement,
Florence Dubreuil
Coordinatrice volontariat, Solidarités Jeunesses Tours""",
        other(),
    )),
    # Feature: english_seasons — graduation — defended my bachelor's thesis in September 2024
    # route: an English application from Poland: a bachelor defended in September 2024 (23 months back on 2026-08-31), an NGO sought → eligible (on 2026-11-26: 26 months → graduation_recent fails → not_eligible)
    N("english_seasons", "graduation", "defended my bachelor's thesis in September 2024", M(
        "Zuzanna Kowalczyk <zuzanna.kowalczyk@gmail.com>",
        "Application to Pro'pulse",
        "2026-08-29 15:42",
        """Dear Pro'pulse team,

I defended my bachelor's thesis in September 2024 at the University of Warsaw (Social Policy) and moved to Bordeaux last year with my husband. I have been volunteering at a food bank since then.

I would like to work in a French NGO or association, in social support or volunteer coordination. Could I join your programme?

Best wishes,
Zuzanna Kowalczyk
+33 7 49 16 58 20""",
        app("Zuzanna", "Kowalczyk", phone="+33749165820", bac=3, grad="2024-09", language="en", status="b_zuzanna_thesis_september_2024"),
    ), flips=True),
    # Feature: relative_year — graduation — il y a deux ans j'ai eu mon BTS
    # ambiguous: «il y a deux ans» gives the year 2024 alone read on 2026-08-31 (January 2024 is 31 months back, December 2024 is 20): the two-year limit stays open
    # route: the body: a BTS «il y a deux ans» → 2024, a year alone, an association sought → graduation_recent open → to_verify (on 2026-11-26: also 2024, open)
    N("relative_year", "graduation", "il y a deux ans j'ai eu mon BTS", M(
        "Cyril Lambert <cyril.lambert@laposte.net>",
        "Demande de renseignements / candidature",
        "2026-08-29 18:05",
        """Bonjour,

Il y a deux ans j'ai eu mon BTS Services informatiques aux organisations, à Poitiers. Depuis je fais de l'assistance informatique en intérim.

J'aimerais mettre mes compétences au service d'une association (maintenance du parc, accompagnement numérique des usagers). Est-ce que votre programme peut m'aider ?

Cyril Lambert
06 70 25 83 14""",
        app("Cyril", "Lambert", phone="+33670258314", bac=2, grad="2024", unknown=("graduation_recent",), status="b_cyril_bts_deux_ans"),
    )),
    # Feature: academic_year — level — ma première année de BTS
    # route: the body: a first year of BTS done in 2025-2026 and left, nothing higher → bac+1, degree_level fails → not_eligible (on 2026-11-26: the same)
    N("academic_year", "level", "ma première année de BTS", M(
        "Jade Morin <jade.morin03@gmail.com>",
        "inscription",
        "2026-08-30 09:20",
        """Bonjour,

J'ai fait ma première année de BTS Économie sociale familiale en 2025-2026 mais j'ai décidé d'arrêter, ce n'était pas pour moi. J'ai mon bac ST2S et de l'expérience en animation (BAFA).

Je voudrais travailler dans une association d'animation à Clermont-Ferrand. Est-ce que je peux m'inscrire ?

Jade Morin
07 63 18 24 97""",
        app("Jade", "Morin", phone="+33763182497", bac=1, grad=None, failing=("degree_level",), status="b_jade_premiere_annee_bts"),
    )),
    # Feature: season_other_mail — kind — la journée d'accueil du 21 septembre
    # route: a reply in our thread (In-Reply-To <…@animafac.net>, our welcome mail quoted) about the welcome day → reply
    N("season_other_mail", "kind", "la journée d'accueil du 21 septembre", M(
        "Yasmina Belkacem <yasmina.belkacem@outlook.fr>",
        "Re: Bienvenue dans la session de septembre",
        "2026-08-30 11:05",
        """Bonjour,

Merci pour le programme. Pour la journée d'accueil du 21 septembre, est-ce qu'on doit apporter quelque chose (CV imprimé, ordinateur) ? Et est-ce que le repas est prévu sur place ?

Yasmina

Le 27/08/2026 à 15:10, Pro'pulse a écrit :
> Bonjour à toutes et à tous,
> Bienvenue dans la session de septembre ! La journée d'accueil aura lieu le lundi 21 septembre de 9h30 à 17h, à la Maison des associations.
> L'équipe Pro'pulse""",
        reply(),
        headers={"In-Reply-To": "<bienvenue-2026-08-27-0002@animafac.net>", "References": "<bienvenue-2026-08-27-0002@animafac.net>"},
    )),
    # Feature: placement_end — situation — stage jusqu'au 30 octobre 2026
    # route: the body: a licence pro of June 2026, then an internship until 30 October 2026, running on 2026-08-31 → not_internship fails → not_eligible (on 2026-11-26: over → eligible)
    N("placement_end", "situation", "stage jusqu'au 30 octobre 2026", M(
        "Nathan Colin <nathan.colin@icloud.com>",
        "Candidature programme",
        "2026-08-30 14:48",
        """Bonjour,

Diplômé d'une licence pro Coordination de projets de développement social en juin, je suis en stage jusqu'au 30 octobre 2026 à la fédération des centres sociaux de Gironde (convention prolongée avec mon université).

Je voudrais ensuite trouver un CDI dans un centre social. Je préfère vous écrire dès maintenant pour les prochaines sessions.

Nathan Colin
06 35 92 17 46""",
        app("Nathan", "Colin", phone="+33635921746", bac=3, grad="2026-06", failing=("not_internship",), status="b_nathan_stage_30_octobre"),
    ), flips=True),
    # Feature: month_no_year — graduation — j'ai eu mon DEJEPS en novembre
    # route: a phone mail: a DEJEPS obtained «en novembre», past tense read on 2026-08-31 → November 2025, a popular-education association sought → bac+2 of 2025-11 → eligible (on 2026-11-26: November 2026, graduation 2026-11)
    N("month_no_year", "graduation", "j'ai eu mon DEJEPS en novembre", M(
        "Loïc Tanguy <loic.tanguy@orange.fr>",
        "",
        "2026-08-30 20:32",
        """Bonsoir
j'ai eu mon DEJEPS en novembre (animation socio-éducative, à Brest) et je cherche un poste de coordinateur dans une fédération d'éducation populaire ou une MJC. je suis dispo de suite
Loïc Tanguy
06 51 08 74 29

Envoyé depuis mon mobile""",
        app("Loïc", "Tanguy", phone="+33651087429", bac=2, grad="2025-11", status="b_loic_dejeps_novembre"),
    ), flips=True),
    # Feature: season_other_mail — kind — Utilisateur inconnu
    # route: the delivery report of our welcome mail to an unknown address (Mailer-Daemon, multipart/report) → bounce
    N("season_other_mail", "kind", "Utilisateur inconnu", M(
        "Mail Delivery System <MAILER-DAEMON@mx.animafac.net>",
        "Non remis : Bienvenue dans la session de septembre",
        "2026-08-31 07:02",
        """Utilisateur inconnu

Votre message « Bienvenue dans la session de septembre » n'a pas pu être remis à theo.mallet@etu.univ-poitiers.example.fr : l'adresse n'existe plus sur ce serveur.""",
        bounce("theo.mallet@etu.univ-poitiers.example.fr"),
        bounce="""Reporting-MTA: dns; mx.animafac.net
Final-Recipient: rfc822; theo.mallet@etu.univ-poitiers.example.fr
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown""",
    )),
    # Feature: exams_and_results — graduation — résultats du rattrapage vendredi
    # route: the body: the resit results out on Friday (28 August 2026), the licence validated, a neighbourhood association sought → bac+3 of 2026-08 → eligible (on 2026-11-26: the same)
    N("exams_and_results", "graduation", "résultats du rattrapage vendredi", M(
        "Maxime Leclercq <maxime.leclercq@gmail.com>",
        "Candidature Pro'pulse - Maxime Leclercq",
        "2026-08-31 08:36",
        """Bonjour,

J'ai enfin eu les résultats du rattrapage vendredi : ma licence de sociologie est validée (université de Tours) ! Je peux donc chercher sereinement.

Je vise un poste d'animateur ou de médiateur dans une maison de quartier ou une association de prévention. Votre programme m'a été conseillé par le SUIO.

Maxime Leclercq
07 52 40 68 13""",
        app("Maxime", "Leclercq", phone="+33752406813", bac=3, grad="2026-08", status="b_maxime_rattrapage_vendredi"),
    )),
    # Feature: cv_periods — situation — mars – oct.
    # route: two lines in the body, the ODT CV: a licence of 2025, then a civic service «mars – oct.» under the year 2026, running on 2026-08-31 → not_service_civique fails → not_eligible (on 2026-11-26: over → eligible)
    N("cv_periods", "situation", "mars – oct.", M(
        "Capucine Renaud <capucine.renaud@laposte.net>",
        "CV Capucine Renaud",
        "2026-08-31 09:48",
        """Bonjour,

Voici mon CV pour votre programme d'accompagnement. Je cherche un emploi dans une association environnementale.

Capucine Renaud""",
        app("Capucine", "Renaud", phone="+33648302759", bac=3, grad="2025", failing=("not_service_civique",), info_in="cv", status="b_capucine_sc_mars_oct"),
        cv=CV("odt", "CV_Capucine_Renaud.odt", """Capucine Renaud
Montpellier - 06 48 30 27 59 - capucine.renaud@laposte.net
Recherche : poste d'animatrice nature ou de chargée de sensibilisation dans une association environnementale
EXPÉRIENCES
2026
mars – oct. Volontaire en service civique, Les Petits Débrouillards Occitanie : animations scientifiques en quartiers prioritaires
2025
juil. – août Animatrice, colonie de vacances des PEP 34
FORMATION
2025 Licence Sciences de la vie, parcours écologie, Université de Montpellier
2022 Baccalauréat général"""),
    ), flips=True),
    # Feature: beginning — situation — j'ai commencé un service civique le 24 août
    # route: the body: a master of 2025, a civic service begun on 24 August (2026), on or before 2026-08-31 and running → not_service_civique fails → not_eligible (on 2026-11-26: the same, still running)
    N("beginning", "situation", "j'ai commencé un service civique le 24 août", M(
        "Thibault Navarro <thibault.navarro@gmail.com>",
        "Candidature",
        "2026-08-31 10:25",
        """Bonjour,

J'ai un master de sciences politiques (Sciences Po Grenoble, 2025). Faute de poste, j'ai commencé un service civique le 24 août à la Cimade, pour huit mois.

Je voudrais en profiter pour préparer la suite : un poste de chargé de plaidoyer dans une ONG. Est-ce que votre programme est compatible ?

Thibault Navarro
06 29 71 35 80""",
        app("Thibault", "Navarro", phone="+33629713580", bac=5, grad="2025", failing=("not_service_civique",), status="b_thibault_sc_24_aout"),
    )),
    # Feature: beginning — kind — nous ouvrons en septembre un poste
    # route: an ESS employer announces a post opening in September and asks us to relay it: its «bac+2» and dates are no applicant's → other
    N("beginning", "kind", "nous ouvrons en septembre un poste", M(
        "Régis Fontaine <direction@epicerie-lepanier.example.org>",
        "Offre de poste à relayer",
        "2026-08-31 11:10",
        """Bonjour,

L'épicerie solidaire Le Panier (Dijon) se développe : nous ouvrons en septembre un poste d'animateur·rice de l'épicerie, CDI à 28h, prise de poste le 21 septembre. Profil bac+2 dans le social ou l'animation, une première expérience associative appréciée.

Pourriez-vous relayer l'offre aux jeunes de votre programme ?

Régis Fontaine
Directeur, Le Panier""",
        other(),
    )),
    # Feature: counted_from_now — level — je suis sortie de mon BTS Communication il y a un an
    # ambiguous: «sortie de mon BTS» does not say the BTS was obtained: the level stays open
    # route: the body: a BTS left «il y a un an» (August 2025) without saying it was validated, an association sought → degree_level open → to_verify (on 2026-11-26: the same level open)
    N("counted_from_now", "level", "je suis sortie de mon BTS Communication il y a un an", M(
        "Océane Picard <oceane.picard@yahoo.fr>",
        "Candidature Pro'pulse",
        "2026-08-31 12:40",
        """Bonjour,

Je suis sortie de mon BTS Communication il y a un an et depuis je fais des petits boulots (vente, restauration). J'aimerais trouver un poste de chargée de communication dans une association culturelle ou sportive à Besançon.

Merci de votre retour,
Océane Picard
06 93 24 81 57""",
        app("Océane", "Picard", phone="+33693248157", bac=None, grad=None, unknown=("degree_level",), status="b_oceane_sortie_bts"),
    )),
    # Feature: english_seasons — situation — my internship wraps up this Friday
    # route: an English application from Canada: a bachelor of 2025, an internship that wraps up on Friday 4 September, after 2026-08-31 → not_internship fails → not_eligible (on 2026-11-26: the same words point at a Friday ahead)
    N("english_seasons", "situation", "my internship wraps up this Friday", M(
        "Olivia Tremblay <olivia.tremblay@gmail.com>",
        "Pro'pulse - applying from Canada (living in Nantes)",
        "2026-08-31 13:55",
        """Hi there,

I'm a Canadian graduate (BA in Community Development, Concordia University, 2025) living in Nantes on a working-holiday visa. My internship wraps up this Friday at a community radio, and I'd like to find a job in a non-profit afterwards, ideally in community media or youth work.

Thanks so much,
Olivia Tremblay
+33 7 66 09 24 51""",
        app("Olivia", "Tremblay", phone="+33766092451", bac=3, grad="2025", failing=("not_internship",), language="en", status="b_olivia_wraps_up_friday"),
    )),
    # Feature: placement_end — aim — mon service civique s'est terminé hier
    # ambiguous: she looks for «un emploi stable» with no employer nor sector named: whether a job in the ESS is sought stays open
    # route: the body: a BUT of 2025, a civic service that ended the day before (30 August 2026), over on 2026-08-31; the job sought names no employer → job_seeking_ess open → to_verify (on 2026-11-26: the same)
    N("placement_end", "aim", "mon service civique s'est terminé hier", M(
        "Élodie Gomez <elodie.gomez@gmail.com>",
        "candidature",
        "2026-08-31 15:20",
        """Bonjour,

Mon service civique s'est terminé hier (dix mois dans une école de Rouen, aide aux devoirs). J'ai un BUT GEA obtenu en 2025.

Maintenant je cherche un emploi stable, je ne sais pas encore trop dans quoi, c'est pour ça que je vous écris.

Élodie Gomez
07 84 52 19 36""",
        app("Élodie", "Gomez", phone="+33784521936", bac=3, grad="2025", unknown=("job_seeking_ess",), status="b_elodie_sc_termine_hier"),
    )),
    # Feature: counted_from_now — situation — en stage depuis trois mois
    # route: the body: a licence of 2025, an internship «depuis trois mois» and «encore deux mois», running on 2026-08-31 → not_internship fails → not_eligible (on 2026-11-26: the same words say running)
    N("counted_from_now", "situation", "en stage depuis trois mois", M(
        "Arthur Michaud <arthur.michaud@free.fr>",
        "Pro'pulse ?",
        "2026-08-31 16:02",
        """Bonjour,

Je suis en stage depuis trois mois à la Maison de l'économie sociale de Tours (il me reste encore deux mois). J'ai une licence d'économie obtenue en 2025.

Je voudrais être accompagné pour trouver un poste dans l'ESS à la fin du stage. Quand commence la prochaine session ?

Arthur Michaud
06 40 73 58 21""",
        app("Arthur", "Michaud", phone="+33640735821", bac=3, grad="2025", failing=("not_internship",), status="b_arthur_stage_trois_mois"),
    )),
    # Feature: season_other_mail — kind — un service civique qui commence en octobre
    # route: a question about the programme and civic services in general, no fact of the writer's own → question
    N("season_other_mail", "kind", "un service civique qui commence en octobre", M(
        "camille.rey.bzh@gmail.com",
        "question service civique",
        "2026-08-31 16:45",
        """Bonjour,
Est-ce qu'une personne qui a un service civique qui commence en octobre peut quand même suivre le programme en parallèle ? Et les ateliers ont lieu quels jours ?
Merci""",
        question(),
    )),
    # Feature: season_other_mail — kind — 14 personnes ont répondu
    # route: a poll platform's notification about our rentrée meeting (no applicant) → other
    N("season_other_mail", "kind", "14 personnes ont répondu", M(
        "Framadate <no-reply@framadate.example.org>",
        "Sondage « Réunion de rentrée des bénévoles » : 14 personnes ont répondu",
        "2026-08-31 17:30",
        """Bonjour,

14 personnes ont répondu à votre sondage « Réunion de rentrée des bénévoles ». Le créneau le plus choisi pour l'instant : jeudi 10 septembre, 18h30.

Voir les résultats : https://framadate.example.org/rentree-benevoles-2026

Ce message est envoyé automatiquement, merci de ne pas y répondre.""",
        other(),
    )),
]
