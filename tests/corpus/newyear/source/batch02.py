"""Newyear corpus, batch 02 (writer A): Tuesday 5 – Friday 8 January 2027, each mail read on its own day.
Back from the holidays: «l'année dernière» now 2026, «le mois dernier» December, civic services and courses
begun on the 4th or starting on the 15th, a January 2025 diploma just inside the limit; an auto-reply until
the 8th, a galette des rois, a reply choosing an interview day, a general question about 2024 diplomas, a job
board's January letter and an employer's offer."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, auto_reply, newsletter, other, question, reply
from newyear import N

MESSAGES = [
    # Feature: january_now — situation — je commence un service civique le 15
    # route: the second paragraph, read on 5 January 2027: a licence pro of June 2026 and a civic service that starts «le 15» (ahead: not yet a situation) → bac+3 of 2026-06 → eligible
    N("january_now", "situation", "je commence un service civique le 15", M(
        "Maëva Randrianarisoa <maeva.randria@gmail.com>", "Candidature Pro'pulse", "2027-01-05 08:30",
        """Bonjour,

J'ai obtenu ma licence professionnelle Métiers de l'animation sociale en juin 2026 à Poitiers.

Petite précision : je commence un service civique le 15 dans une association d'aide aux devoirs, jusqu'en juillet. Je voudrais profiter de ces mois pour préparer l'après et trouver un poste d'animatrice coordinatrice dans un centre social.

Merci pour votre retour,
Maëva Randrianarisoa
06 31 47 82 05""",
        app("Maëva", "Randrianarisoa", phone="+33631478205", bac=3, grad="2026-06", status="maeva_sc_le_15"),
    )),
    # Feature: newyear_other_mail — kind — en congés jusqu'au 8 janvier
    # route: an out-of-office (Auto-Submitted) of an insertion company's manager, «en congés jusqu'au 8 janvier» → auto_reply
    N("newyear_other_mail", "kind", "en congés jusqu'au 8 janvier", M(
        "Hervé Dambreville <h.dambreville@recyclerie-sillon.example.org>", "Absent : Re: Atelier recrutement du 21 janvier", "2027-01-05 09:45",
        """Bonjour,

Je suis en congés jusqu'au 8 janvier inclus. Je traiterai votre message à mon retour.
Pour le planning des chantiers, contactez Yasmina au 02 40 18 63 77.

Hervé Dambreville
Directeur - Recyclerie du Sillon (entreprise d'insertion)""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: last_year_words — graduation — L'année dernière, j'ai fini mon master en septembre
    # route: the first sentence, read on 5 January 2027: «l'année dernière» is 2026, the master finished in September 2026, a job in a refugee-support association sought → bac+5 of 2026-09 → eligible
    N("last_year_words", "graduation", "L'année dernière, j'ai fini mon master en septembre", M(
        "Anis Ketfi <anis.ketfi@outlook.fr>", "Demande d'inscription - Anis Ketfi", "2027-01-05 11:20",
        """Bonjour,

L'année dernière, j'ai fini mon master en septembre (Droit des étrangers, Paris Nanterre), après un stage à la Cimade. Depuis octobre je cherche un poste de juriste ou de chargé d'accompagnement dans une association d'aide aux exilés, sans succès pour l'instant.

On m'a parlé de votre programme à une permanence juridique où je fais du bénévolat. Je serais ravi d'en faire partie.

Bien cordialement,
Anis Ketfi
07 69 25 13 48""",
        app("Anis", "Ketfi", phone="+33769251348", bac=5, grad="2026-09", status="anis_master_annee_derniere"),
    )),
    # Feature: holidays_gap — situation — un PVT d'un an au Québec
    # route: written on the way home from a year of working holiday (a visa, no placement) ended at the holidays, a BTS of 2025 → bac+2 of 2025-06 → eligible
    N("holidays_gap", "situation", "un PVT d'un an au Québec", M(
        "Anouk Delhaye <anouk.delhaye@gmail.com>", "candidature (écrite à l'aéroport)", "2027-01-05 14:10",
        """Bonjour !

Je vous écris depuis l'aéroport de Montréal, vol retour ce soir, après un PVT d'un an au Québec : j'y ai bossé dans un café puis dans une épicerie coopérative, et c'est là que j'ai découvert l'économie sociale pour de vrai.

Avant ça j'ai eu mon BTS Tourisme en juin 2025. En rentrant à Lille la semaine prochaine, je voudrais chercher un emploi dans une coopérative ou une épicerie solidaire.

À bientôt j'espère,
Anouk Delhaye
+1 514 555 0182 (jusqu'à ce soir) / 06 27 41 90 83""",
        app("Anouk", "Delhaye", phone="+33627419083", bac=2, grad="2025-06", status="anouk_retour_pvt"),
    )),
    # Feature: newyear_other_mail — kind — Galette des rois solidaire
    # route: an HTML-only invitation of a partner's galette des rois on 15 January, no one applying → other
    N("newyear_other_mail", "kind", "Galette des rois solidaire", M(
        "Maison des associations de Montreuil <animation@mda-montreuil.example.org>", "Invitation : Galette des rois solidaire le 15 janvier", "2027-01-05 17:30",
        """Galette des rois solidaire

La Maison des associations vous invite à partager la galette le vendredi 15 janvier à 18h30, salle Pablo-Neruda.

Au programme : présentation des projets 2027 des associations du quartier, et un temps d'échange entre structures qui recrutent et jeunes diplômé·es accompagné·es par les dispositifs du territoire (dont Pro'pulse, si vous souhaitez venir présenter le programme !).

Merci de confirmer votre présence avant le 12 janvier.
L'équipe de la MDA""",
        other(),
        html="only",
    )),
    # Feature: december_past — graduation — le mois dernier j'ai reçu mon attestation de réussite au DEASS
    # route: the opening sentence, read on 5 January 2027: «le mois dernier» is December 2026, a DEASS passed then, a social-worker post in an association sought → bac+3 of 2026-12 → eligible
    N("december_past", "graduation", "le mois dernier j'ai reçu mon attestation de réussite au DEASS", M(
        "Gwendoline Achard <gwendoline.achard@laposte.net>", "Candidature assistante sociale", "2027-01-05 21:00",
        """Bonsoir,

Enfin : le mois dernier j'ai reçu mon attestation de réussite au DEASS (j'avais une épreuve décalée à cause d'un souci de santé en juin).

Je cherche un poste d'assistante de service social dans une association, idéalement dans l'hébergement d'urgence ou l'accès aux droits, en Haute-Savoie ou à Genève côté français.

Merci de m'indiquer la marche à suivre,
Gwendoline Achard
06 52 18 94 73""",
        app("Gwendoline", "Achard", phone="+33652189473", bac=3, grad="2026-12", status="gwendoline_deass_mois_dernier"),
    )),
    # Feature: english_newyear — situation — since 4 January I've been doing a service civique
    # route: an English mail of an Erasmus returnee, read on 6 January 2027: a licence of 2026, a civic service «since 4 January» for eight months (running) → bac+3 of 2026-06, not_service_civique fails → not_eligible
    N("english_newyear", "situation", "since 4 January I've been doing a service civique", M(
        "Matteo Rinaldi-Fabre <matteo.rinaldifabre@gmail.com>", "Question about joining Pro'pulse", "2027-01-06 08:50",
        """Hello,

Sorry for writing in English, it's easier for me for formal things (I grew up in Turin, my mum is French).

I finished my licence in geography at Lyon 3 last June, after an Erasmus year in Kraków. Since 4 January I've been doing a service civique with an environmental association in Villeurbanne - it runs for eight months.

I'd like to know if I can already join your programme to prepare a job search in the social and solidarity economy for the autumn.

Many thanks,
Matteo Rinaldi-Fabre
07 51 36 28 94""",
        app("Matteo", "Rinaldi-Fabre", phone="+33751362894", bac=3, grad="2026-06", failing=("not_service_civique",), language="en", status="matteo_service_civique_since_4_january"),
    )),
    # Feature: limit_turning — graduation — DEJEPS validé en janvier 2025
    # route: the second paragraph, read on 6 January 2027: a DEJEPS (bac+2) «validé en janvier 2025» (24 months back: meets), a coordination post in popular education sought → bac+2 of 2025-01 → eligible
    N("limit_turning", "graduation", "DEJEPS validé en janvier 2025", M(
        "Kévin Lestrade <kevin.lestrade@sfr.fr>", "inscription pro'pulse", "2027-01-06 10:40",
        """Bonjour,

Animateur depuis mes 18 ans (BAFA, BPJEPS), j'ai passé ensuite un diplôme de niveau bac+2.

Mon DEJEPS validé en janvier 2025 (animation socio-éducative, développement de projets), j'ai fait un remplacement de directeur d'accueil de loisirs, puis rien de stable.

Je cherche un poste de coordinateur enfance-jeunesse dans une fédération d'éducation populaire ou un centre social associatif. Je suis mobile en Nouvelle-Aquitaine.

Cordialement
Kévin Lestrade
06 45 72 03 81""",
        app("Kévin", "Lestrade", phone="+33645720381", bac=2, grad="2025-01", status="kevin_dejeps_janvier_2025"),
        cv=CV("odt", "CV_Kevin_Lestrade.odt", """Kévin Lestrade
Périgueux - 06 45 72 03 81 - kevin.lestrade@sfr.fr
Diplômes
DEJEPS Animation socio-éducative ou culturelle - validé en janvier 2025
BPJEPS Loisirs tous publics - 2021
Expérience
Directeur remplaçant, accueil de loisirs associatif - printemps 2025
Animateur périscolaire - 2019-2024"""),
    )),
    # Feature: newyear_other_mail — kind — le mardi 12 à 14h
    # route: an answer in our thread (In-Reply-To <…@animafac.net>, our proposal quoted), an interview day after the holidays chosen → reply
    N("newyear_other_mail", "kind", "le mardi 12 à 14h", M(
        "Ombeline Sauvat <ombeline.sauvat@gmail.com>", "Re: Pro'pulse - rendez-vous de janvier", "2027-01-06 13:15",
        """Bonjour Claire,

Bonne année à vous aussi ! Je prends le mardi 12 à 14h, dans vos locaux.

Ombeline

Le lun. 4 janv. 2027 à 10:12, Pro'pulse <propulse@animafac.net> a écrit :
> Bonjour Ombeline,
> Bonne année ! Comme convenu avant les fêtes, voici deux créneaux pour votre entretien :
> mardi 12 janvier à 14h ou jeudi 14 janvier à 10h.
> Bien à vous,
> Claire, coordinatrice Pro'pulse""",
        reply(),
        headers={"In-Reply-To": "<rdv-2027-01-04-0031@animafac.net>"},
    )),
    # Feature: resolutions — career_change — mon premier emploi, commercial chez un opérateur télécom
    # route: the resolution and the facts beside it: a licence of June 2025, then a first job as a telecoms salesman since September 2025 (a young graduate's first job: no career change), an ESS job sought → bac+3 of 2025-06 → eligible
    N("resolutions", "career_change", "mon premier emploi, commercial chez un opérateur télécom", M(
        "Hugo Mazerolles <hugo.mazerolles@gmail.com>", "Ma bonne résolution", "2027-01-06 16:00",
        """Bonjour,

Ma bonne résolution de 2027 : arrêter de repousser et vous écrire.

J'ai une licence d'économie (juin 2025). Faute de mieux j'ai pris mon premier emploi, commercial chez un opérateur télécom, en septembre 2025 : je vends des forfaits en boutique. Je ne m'y retrouve pas du tout.

Ce que je voudrais : un poste dans une coopérative ou une mutuelle, en relation avec les adhérents. Je suis disponible rapidement (préavis d'un mois).

Hugo Mazerolles
06 80 93 46 12""",
        app("Hugo", "Mazerolles", phone="+33680934612", bac=3, grad="2025-06", status="hugo_premier_emploi_telecom"),
    )),
    # Feature: year_ahead — studies_finished — je finis ma licence en mai
    # route: the first lines, read on 6 January 2027: a licence to finish «en mai» (2027, ahead), after a DUT of 2025 → bac+2 of 2025-06, studies_finished fails → not_eligible
    N("year_ahead", "studies_finished", "je finis ma licence en mai", M(
        "lou.carrere@gmail.com", "infos programme", "2027-01-06 19:25",
        """bonsoir,
je finis ma licence en mai (LEA, après un DUT info-com en 2025) et je voudrais bosser dans la com d'une asso ou d'une fondation derrière. c'est possible de m'inscrire maintenant pour être accompagnée dès la fin des cours ?
Lou Carrère""",
        app("Lou", "Carrère", phone=None, bac=2, grad="2025-06", failing=("studies_finished",), status="lou_licence_en_mai"),
    )),
    # Feature: newyear_other_mail — kind — est-ce qu'un diplôme de 2024 compte encore
    # route: a general question about the two-year limit after the year's turn, no diploma of the writer's own → question
    N("newyear_other_mail", "kind", "est-ce qu'un diplôme de 2024 compte encore", M(
        "Association Tremplin Sud <contact@tremplin-sud.example.org>", "Question sur vos critères", "2027-01-07 09:05",
        """Bonjour,

Nous orientons régulièrement des jeunes vers vous. Avec le changement d'année, une question revient : est-ce qu'un diplôme de 2024 compte encore pour Pro'pulse, ou faut-il désormais un diplôme de 2025 ou après ? Et comptez-vous en mois ou en années civiles ?

Merci d'avance,
Sébastien, pour l'association Tremplin Sud""",
        question(),
    )),
    # Feature: last_year_words — level — Il y a un an j'ai commencé un BTS
    # route: the second paragraph, read on 7 January 2027: only the bac obtained, a BTS in alternance begun «il y a un an» (January 2026) running until June 2027 → bac+0, degree_level and studies_finished fail → not_eligible
    N("last_year_words", "level", "Il y a un an j'ai commencé un BTS", M(
        "Cindy Forestier <cindy.forestier62@gmail.com>", "demande", "2027-01-07 10:50",
        """Bonjour,

Après mon bac pro et deux ans de petits boulots (caissière, aide à domicile), j'ai voulu reprendre.

Il y a un an j'ai commencé un BTS SP3S en alternance dans un CCAS, je le passe en juin. Je voudrais savoir si vous pouvez m'aider à trouver un poste dans une association du social pour après, parce que le CCAS ne pourra pas me garder.

Cordialement
Cindy Forestier""",
        app("Cindy", "Forestier", phone=None, bac=0, grad=None, failing=("degree_level", "studies_finished"), status="cindy_bts_il_y_a_un_an"),
    )),
    # Feature: december_past — studies_finished — fin décembre j'ai rendu mon mémoire
    # ambiguous: a report handed in «fin décembre» with its defence and the jury not yet dated: the licence pro is neither given nor refused on 7 January
    # route: the first paragraph: every course of a licence pro done, the report handed in at the end of December, the defence «pas encore de date» → bac+3 awaited, studies_finished open → to_verify
    N("december_past", "studies_finished", "fin décembre j'ai rendu mon mémoire", M(
        "Yannick Ho-Van <yannick.hovan@gmail.com>", "Candidature", "2027-01-07 13:30",
        """Bonjour,

Je suis en fin de licence pro Gestion et accompagnement de projets solidaires : fin décembre j'ai rendu mon mémoire, tous mes cours sont validés, il me reste la soutenance, pour laquelle je n'ai pas encore de date (le secrétariat parle de février).

Je voudrais trouver un poste de chargé de projets dans une association de solidarité internationale ou une ONG locale, à Toulouse.

Cordialement,
Yannick Ho-Van
07 58 40 62 19""",
        app("Yannick", "Ho-Van", phone="+33758406219", bac=3, grad=None, unknown=("studies_finished",), status="yannick_memoire_fin_decembre"),
    )),
    # Feature: holidays_gap — aim — un poste de commercial dans l'agroalimentaire
    # route: written after the holidays at his mother's suggestion: a BTS of 2026, a sales job sought in the food industry «peu importe le secteur», no ESS aim → bac+2 of 2026-06, job_seeking_ess fails → not_eligible
    N("holidays_gap", "aim", "un poste de commercial dans l'agroalimentaire", M(
        "Dorian Pelissier <dorian.pelissier@gmail.com>", "Contact", "2027-01-07 16:45",
        """Bonjour,

C'est ma mère qui m'a parlé de vous pendant les vacances, elle a lu un article sur votre programme.

J'ai un BTS Négociation et digitalisation de la relation client (juin 2026). Je cherche un poste de commercial dans l'agroalimentaire, ou dans l'industrie, peu importe le secteur du moment que c'est un CDI avec des primes.

Est-ce que vous pouvez m'aider ?

Dorian Pelissier
06 24 58 17 30""",
        app("Dorian", "Pelissier", phone="+33624581730", bac=2, grad="2026-06", failing=("job_seeking_ess",), status="dorian_commercial_agroalimentaire"),
    )),
    # Feature: winter_results — graduation — J'ai eu mes résultats hier
    # route: the first sentence, read on 7 January 2027: the licence pro's results out «hier» (6 January), passed, an ESS post sought → bac+3 of 2027-01 → eligible
    N("winter_results", "graduation", "J'ai eu mes résultats hier", M(
        "Mélissa Ouédraogo <melissa.ouedraogo@gmail.com>", "Licence pro validée !! candidature", "2027-01-07 19:10",
        """Bonjour !!

J'ai eu mes résultats hier : licence pro Économie sociale et solidaire validée (c'est un parcours qui finit en décembre, avec le stage à l'automne). Je suis trop contente.

Maintenant il faut trouver un travail, et j'aimerais beaucoup être accompagnée par vous. Je vise un poste d'assistante de projets dans une CAE ou un pôle territorial de coopération économique, à Dijon.

Merci !
Mélissa Ouédraogo
07 67 29 81 43""",
        app("Mélissa", "Ouédraogo", phone="+33767298143", bac=3, grad="2027-01", status="melissa_resultats_hier"),
    )),
    # Feature: newyear_other_mail — kind — Les offres de janvier
    # route: a job board's January newsletter (List-Unsubscribe, Precedence bulk), its offers for «jeunes diplômé·es» → newsletter
    N("newyear_other_mail", "kind", "Les offres de janvier", M(
        "EmploiESS Hebdo <hebdo@emploi-ess.example.net>", "Les offres de janvier : 42 postes pour bien commencer 2027", "2027-01-08 09:20",
        """EmploiESS Hebdo - Les offres de janvier

42 nouvelles offres cette semaine, dont :
- Chargé·e de mission transition écologique, Scop, Nantes - CDI - jeunes diplômé·es bienvenu·es
- Coordinateur·rice de tiers-lieu, association, Besançon - CDD 12 mois
- Assistant·e de gestion, mutuelle, Paris - bac+2/3

Nos conseils pour une candidature de janvier : reprendre contact après les fêtes, mettre à jour son CV, dater ses diplômes.

Vous recevez cette lettre car vous êtes inscrit·e sur emploi-ess.example.net. Se désabonner : https://emploi-ess.example.net/stop""",
        newsletter(),
        headers={"List-Unsubscribe": "<https://emploi-ess.example.net/stop>", "Precedence": "bulk"},
    )),
    # Feature: limit_turning — graduation — à l'hiver 2024-2025
    # ambiguous: «à l'hiver 2024-2025» read on 8 January 2027 spans December 2024 (25 months back, past the limit) and January–March 2025 (inside it)
    # route: the first paragraph: a titre professionnel of social mediation obtained «à l'hiver 2024-2025», a mediation post in an association sought → bac+2, graduation_recent open → to_verify
    N("limit_turning", "graduation", "à l'hiver 2024-2025", M(
        "Abdoulaye Camara-Diop <abdoulaye.camaradiop@gmail.com>", "Candidature médiateur social", "2027-01-08 11:00",
        """Bonjour,

J'ai obtenu le titre professionnel Médiateur social accès aux droits et services (niveau bac+2) à l'hiver 2024-2025, au bout d'une formation en alternance à Marseille. Depuis je fais de la médiation dans les transports en intérim.

J'aimerais rejoindre une association de médiation sociale ou une structure d'accès aux droits dans les quartiers nord.

Abdoulaye Camara-Diop
06 77 30 15 62""",
        app("Abdoulaye", "Camara-Diop", phone="+33677301562", bac=2, grad=None, unknown=("graduation_recent",), status="abdoulaye_hiver_2024_2025"),
    )),
    # Feature: newyear_other_mail — kind — Offre d'emploi : animateur·rice réseau
    # route: an employer sending a January offer for a young graduate to relay, nobody applying → other
    N("newyear_other_mail", "kind", "Offre d'emploi : animateur·rice réseau", M(
        "Fédération des épiceries solidaires du Centre <recrutement@epiceries-centre.example.org>", "Offre d'emploi : animateur·rice réseau (CDI, Orléans)", "2027-01-08 13:40",
        """Bonjour l'équipe Pro'pulse,

Bonne année ! Nous recrutons un·e animateur·rice réseau en CDI à Orléans, poste ouvert aux jeunes diplômé·es (bac+3 ou plus, diplôme obtenu en 2025 ou 2026 idéalement). Prise de poste en mars.

Pourriez-vous relayer l'offre auprès des participant·es de votre promotion ? La fiche de poste est en ligne sur notre site.

Merci beaucoup,
Céline Vandevelde
Déléguée générale""",
        other(),
    )),
    # Feature: english_newyear — graduation — results were published on 22 December
    # route: an English mail, read on 8 January 2027: a three-year BSc in Social Work whose results «were published on 22 December» (passed), a job in a French youth association sought → bac+3 of 2026-12 → eligible
    N("english_newyear", "graduation", "results were published on 22 December", M(
        "Priya Raghunathan <priya.raghunathan@gmail.com>", "Recent graduate - interested in Pro'pulse", "2027-01-08 15:15",
        """Dear team,

I've just finished a three-year BSc in Social Work at the University of Birmingham (a January-start cohort, so my course ended in December) - the results were published on 22 December and I passed with a 2:1.

I've moved to Strasbourg over the holidays to be with my fiancé, and I'm hoping to work with young people in a French association. My French is intermediate; I'm taking evening classes.

Kind regards,
Priya Raghunathan
+33 6 59 81 24 37""",
        app("Priya", "Raghunathan", phone="+33659812437", bac=3, grad="2026-12", language="en", status="priya_results_22_december"),
    )),
    # Feature: school_year — graduation — l'année universitaire dernière
    # route: the first paragraph, read on 8 January 2027: an M2 finished «l'année universitaire dernière» (2025-2026: a diploma of 2026), a post in a social housing cooperative sought → bac+5 of 2026 → eligible
    N("school_year", "graduation", "l'année universitaire dernière", M(
        "Armelle Quintin <armelle.quintin@gmail.com>", "Candidature Pro'pulse", "2027-01-08 16:30",
        """Bonjour,

J'ai fait mon M2 Urbanisme et habitat l'année universitaire dernière, à l'université Paris-Est Créteil, et je l'ai validé. Depuis l'été, je cherche dans l'habitat participatif et les coopératives d'habitants, sans trouver de poste ouvert aux débutants.

Votre programme pourrait-il m'aider à construire mon réseau ?

Armelle Quintin
06 35 41 70 92""",
        app("Armelle", "Quintin", phone="+33635417092", bac=5, grad="2026", status="armelle_m2_annee_universitaire_derniere"),
        cv=CV("pdf", "Armelle_Quintin_CV.pdf", """Armelle Quintin
Vincennes - 06 35 41 70 92 - armelle.quintin@gmail.com
Formation
Master 2 Urbanisme et habitat - Université Paris-Est Créteil - 2025-2026
Master 1 Urbanisme - 2024-2025
Licence Géographie - 2021-2024
Expériences
Stage, coopérative d'habitants, Montreuil - avril-août 2026
Bénévole, association de locataires - 2023-2026"""),
    )),
    # Feature: january_now — studies_finished — depuis la rentrée de janvier je suis en DU
    # route: the first paragraph, read on 8 January 2027: a licence of 2026, then a DU begun at «la rentrée de janvier» and running until June → bac+3 of 2026-06, studies_finished fails → not_eligible
    N("january_now", "studies_finished", "depuis la rentrée de janvier je suis en DU", M(
        "Baptiste Olivieri <baptiste.olivieri@gmail.com>", "Accompagnement Pro'pulse ?", "2027-01-08 18:00",
        """Bonjour,

Licence de sociologie en poche (juin 2026), depuis la rentrée de janvier je suis en DU Entrepreneuriat social à l'université de Corse, jusqu'en juin, avec deux jours de cours par semaine.

Je voudrais en parallèle commencer à chercher un emploi dans une structure de l'ESS sur l'île. Est-ce que je peux entrer dans le programme maintenant ?

Baptiste Olivieri
06 13 92 58 07""",
        app("Baptiste", "Olivieri", phone="+33613925807", bac=3, grad="2026-06", failing=("studies_finished",), status="baptiste_du_rentree_janvier"),
    )),
    # Feature: resolutions — level — titre de chargée de projets solidaires
    # route: the wish («cette année je me lance») and the second paragraph: a «titre de chargée de projets solidaires» of 2026 of unstated level, an ESS post sought → level open → to_verify
    N("resolutions", "level", "titre de chargée de projets solidaires", M(
        "Soline Vasseur-Adjovi <soline.va@gmail.com>", "cette année je me lance !", "2027-01-08 20:20",
        """Bonsoir,

Cette année je me lance dans l'ESS, c'est décidé, et je commence par vous écrire.

J'ai obtenu en octobre 2026 un titre de chargée de projets solidaires dans une école privée à distance (titre RNCP). Avant j'avais arrêté la fac en première année.

Je voudrais travailler dans une association de solidarité ou une fondation, sur le montage de projets. Qu'en pensez-vous ?

Soline Vasseur-Adjovi
07 42 16 93 58""",
        app("Soline", "Vasseur-Adjovi", phone="+33742169358", bac=None, grad="2026-10", unknown=("degree_level",), status="soline_titre_rncp"),
    )),
    # Feature: written_for_newyear — level — CAP et un bac pro
    # route: a Mission locale adviser back from leave presents a young woman (her contacts in the body): a CAP and a bac pro of 2023 only → bac+0, degree_level fails (and the date) → not_eligible
    N("written_for_newyear", "level", "CAP et un bac pro", M(
        "Nathalie Gervais <n.gervais@missionlocale-vienne.example.fr>", "Orientation d'une jeune vers Pro'pulse", "2027-01-08 21:40",
        """Bonjour,

De retour de congés, je reprends mes dossiers et je vous présente Mme Elodie Fargeot, 22 ans, que j'accompagne depuis l'été.

Elodie a un CAP et un bac pro Accompagnement, soins et services à la personne (2023). Elle a travaillé comme agent de service dans un EHPAD associatif et souhaiterait trouver un emploi stable dans l'économie sociale et solidaire.

Ses coordonnées : elodie.fargeot@gmail.com, 07 49 52 30 81.

Bien cordialement,
Nathalie Gervais
Conseillère, Mission locale de la Vienne""",
        app("Elodie", "Fargeot", phone="+33749523081", bac=0, grad="2023", failing=("degree_level", "graduation_recent"), email="elodie.fargeot@gmail.com", forwarded_by="n.gervais@missionlocale-vienne.example.fr", status="elodie_par_sa_conseillere"),
    )),
    # Feature: year_ahead — situation — soit le 4 janvier soit le 1er février
    # ambiguous: a civic service starting «le 4 janvier ou le 1er février» as the agency decides, not said on 8 January which: running already or still ahead
    # route: the second paragraph: a BUT of 2026, a civic service whose start is undecided between 4 January and 1 February → bac+3 of 2026-06, not_service_civique open → to_verify
    N("year_ahead", "situation", "soit le 4 janvier soit le 1er février", M(
        "Ewen Le Floc'h <ewen.lefloch@gmail.com>", "inscription", "2027-01-08 22:15",
        """Bonsoir,

J'ai un BUT Gestion administrative et commerciale des organisations (juin 2026).

Pour mon service civique à la Ligue de l'enseignement du Finistère, c'était soit le 4 janvier soit le 1er février selon la validation de l'agence, et je n'ai toujours pas de nouvelles de la fédé, donc je ne sais pas trop où j'en suis. Ce qui est sûr, c'est qu'ensuite je voudrais un poste dans une association d'éducation populaire.

Ewen Le Floc'h
06 92 47 15 36""",
        app("Ewen", "Le Floc'h", phone="+33692471536", bac=3, grad="2026-06", unknown=("not_service_civique",), status="ewen_sc_4_janvier_ou_fevrier"),
    )),
]
