"""Rentrée corpus, batch 05 (writer B): Saturday 17 – Tuesday 20 October 2026, each mail read on its own day.
The Toussaint holidays begin, the September juries have given their results (some still sit), civic services
begun at the rentrée run, the first stages de fin d'études of the year have started."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, auto_reply, bounce, newsletter, question, reply
from rentree import N

MESSAGES = [
    # Feature: rentree_other_mail — kind — en congés du 17 octobre au 2 novembre inclus
    # route: a lycée teacher's holiday out-of-office (Auto-Submitted) answering our mail about a presentation to her BTS class; her dates are hers → auto_reply
    N("rentree_other_mail", "kind", "en congés du 17 octobre au 2 novembre inclus", M(
        "Hélène Marchetti <helene.marchetti@lycee-jean-rostand.example.fr>",
        "Réponse automatique : Présentation de Pro'pulse aux BTS ESF",
        "2026-10-17 08:40",
        """Bonjour,

Je suis en congés du 17 octobre au 2 novembre inclus (vacances de la Toussaint). Je lirai votre message à mon retour.
Pour toute question urgente concernant les stages des BTS, merci d'écrire à ddfpt@lycee-jean-rostand.example.fr.

Hélène Marchetti
Professeure de STMS""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: fresh_graduate — graduation — les résultats sont tombés hier soir
    # route: the body: a licence pro whose results came out «hier soir» (16 October) read on 2026-10-17, passed; a post in a centre social sought → eligible
    N("fresh_graduate", "graduation", "les résultats sont tombés hier soir", M(
        "Inès Bellamy <ines.bellamy@gmail.com>",
        "Candidature Pro'pulse",
        "2026-10-17 10:12",
        """Bonjour,

Ça y est, les résultats sont tombés hier soir : j'ai ma licence professionnelle Intervention sociale (parcours animation et développement des territoires), à l'IUT de Tours. Notre promo a soutenu fin septembre, après un stage de quatre mois en centre social, donc nous avons eu le diplôme plus tard que les autres.

Je cherche maintenant un poste d'animatrice ou de référente familles dans un centre social ou une maison de quartier associative, en Touraine si possible. Une amie qui a fait Pro'pulse l'an dernier m'a conseillé de vous écrire.

Est-ce que je peux encore m'inscrire pour la prochaine session ?

Merci beaucoup,
Inès Bellamy
06 48 27 91 53""",
        app("Inès", "Bellamy", phone="+33648279153", bac=3, grad="2026-10", status="b_ines_resultats_hier_soir"),
    )),
    # Feature: near_the_limit — graduation — BTS en juin 2024
    # route: the body: a BTS Économie sociale familiale obtained «en juin 2024», 28 months before 2026-10-17 → graduation_recent fails → not_eligible
    N("near_the_limit", "graduation", "BTS en juin 2024", M(
        "Sandrine Okafor <sandrine.okafor@hotmail.fr>",
        "demande d'inscription",
        "2026-10-17 14:30",
        """Bonjour madame, monsieur,

J'ai eu mon BTS en juin 2024 (Économie sociale familiale, lycée Jacquard à Caudry). Depuis j'ai travaillé comme aide à domicile et en ce moment je fais des remplacements dans un EHPAD.

J'aimerais trouver un poste de conseillère en économie sociale et familiale dans une association, par exemple dans l'aide au logement. Une conseillère m'a parlé de votre programme.

Cordialement
Sandrine Okafor
07 61 32 84 05""",
        app("Sandrine", "Okafor", phone="+33761328405", bac=2, grad="2024-06", failing=("graduation_recent",), status="b_sandrine_bts_juin_2024"),
    )),
    # Feature: after_civic_service — situation — fini mon service civique le 30 septembre
    # route: a phone mail: a licence of 2025, a civic service «fini» on 30 September, over on 2026-10-17, an association sought → eligible
    N("after_civic_service", "situation", "fini mon service civique le 30 septembre", M(
        "Kylian Dufresne <kylian.dufresne@gmail.com>",
        "Inscription",
        "2026-10-17 21:05",
        """Bonsoir

jai fini mon service civique le 30 septembre (unis cité, 8 mois dans les écoles sur le harcèlement) et la je cherche du travail dans une asso jeunesse ou d'éducation populaire. J'ai une licence STAPS de 2025.
Comment on fait pour rentrer dans le programme ?

Kylian
06 13 58 72 40

Envoyé de mon iPhone""",
        app("Kylian", "Dufresne", phone="+33613587240", bac=3, grad="2025", status="b_kylian_sc_fini_30_septembre"),
    )),
    # Feature: first_year_out — graduation — BTS SP3S l'an dernier
    # route: an HTML-only mail: a BTS «l'an dernier» (2025 read in October 2026, a year alone that meets), a year of temping, a post in an association sought → eligible
    N("first_year_out", "graduation", "BTS SP3S l'an dernier", M(
        "Yanis Boudjema <yanis.boudjema@outlook.fr>",
        "Pro'pulse - candidature",
        "2026-10-18 09:20",
        """Bonjour,

J'ai obtenu mon BTS SP3S l'an dernier et depuis je fais de l'intérim : préparateur de commandes, un peu de manutention, deux mois à la poste cet été. Ça paie le loyer mais ce n'est pas ce que je veux faire.

Je voudrais travailler comme coordinateur ou chargé d'accueil dans une structure d'insertion ou une association qui s'occupe de logement. J'ai vu sur le site d'Animafac que vous aidez les jeunes diplômés.

Je suis disponible tout de suite, y compris pour un entretien en semaine.

Bien à vous,
Yanis Boudjema
Villeurbanne
07 58 40 13 96""",
        app("Yanis", "Boudjema", phone="+33758401396", bac=2, grad="2025", status="b_yanis_bts_an_dernier"),
        html="only",
    )),
    # Feature: internship_now — situation — mon stage de fin d'études, commencé le 7 septembre
    # route: the body: a M2 whose final internship began on 7 September and ends in February, running on 2026-10-18, the master not yet awarded → not_internship and studies_finished fail → not_eligible
    N("internship_now", "situation", "mon stage de fin d'études, commencé le 7 septembre", M(
        "Clémence Aubertin <clemence.aubertin@etu.univ-lille.example.fr>",
        "Question / candidature pour après mon master",
        "2026-10-18 11:00",
        """Bonjour,

Je suis en M2 Économie sociale et solidaire à Lille et je fais actuellement mon stage de fin d'études, commencé le 7 septembre, dans une coopérative d'activité et d'emploi à Roubaix. Il se termine le 26 février.

Je sais que je serai diplômée seulement après, mais je voulais savoir si je pouvais déjà candidater, pour être accompagnée dès le printemps dans ma recherche d'un poste de chargée d'accompagnement.

Merci d'avance,
Clémence Aubertin
06 92 14 37 58""",
        app("Clémence", "Aubertin", phone="+33692143758", bac="*", grad=None, failing=("studies_finished", "not_internship"), status="b_clemence_stage_fin_etudes"),
    )),
    # Feature: english_stage — graduation — results came out in September
    # route: an English mail: an MSc from Edinburgh whose results «came out in September» (2026), no placement, an ESS post in Lyon sought → eligible, language en
    N("english_stage", "graduation", "results came out in September", M(
        "Aoife Brennan <aoife.brennan@gmail.com>",
        "Application - Pro'pulse programme",
        "2026-10-18 16:45",
        """Hello,

I'm an Irish graduate living in Lyon since the beginning of October. I did an MSc in Social Policy at the University of Edinburgh; my dissertation was on community energy cooperatives, and the results came out in September, so I now officially have my degree.

My French is upper intermediate (B2, I'm taking evening classes). I'd love to work for a cooperative or an association in the social economy here, ideally on community projects or fundraising.

A friend at the Maison des Solidarités told me about Pro'pulse. Could I apply for the next intake?

Thank you,
Aoife Brennan
+33 7 49 25 81 06""",
        app("Aoife", "Brennan", phone="+33749258106", bac=5, grad="2026-09", language="en", status="b_aoife_msc_results_september"),
    )),
    # Feature: back_to_school — studies_finished — je viens de rentrer en M1
    # route: the body: a licence of June 2026 (his level), then «je viens de rentrer en M1» (a master begun in September, running on 2026-10-18) → studies_finished fails → not_eligible
    N("back_to_school", "studies_finished", "je viens de rentrer en M1", M(
        "Maxence Gauthier-Rocha <maxence.gro@gmail.com>",
        "Renseignement",
        "2026-10-18 19:30",
        """Bonjour,

j'ai eu ma licence de sociologie en juin et je viens de rentrer en M1 Sociologie de l'action publique à Nantes. Mais honnêtement je me pose des questions, je ne suis pas sûr de vouloir continuer et j'aimerais déjà savoir comment trouver un emploi dans une association.

Est-ce que votre accompagnement est possible en parallèle du master ?

Maxence Gauthier-Rocha
06 27 93 40 61""",
        app("Maxence", "Gauthier-Rocha", phone="+33627934061", bac=3, grad="2026-06", failing=("studies_finished",), status="b_maxence_rentre_en_m1"),
    )),
    # Feature: not_finished — studies_finished — j'ai été ajournée
    # route: the body: a M2 not obtained («j'ai été ajournée», the mémoire to defend again in January) → studies_finished fails → not_eligible
    N("not_finished", "studies_finished", "j'ai été ajournée", M(
        "Elise Verhaegen <elise.verhaegen@laposte.net>",
        "Pro'pulse",
        "2026-10-18 22:10",
        """Bonjour,

Je vous écris un peu tard le soir, désolée. J'étais en M2 Développement local à Rennes 2 et j'ai été ajournée : mon mémoire n'a pas eu la moyenne et je dois le représenter en janvier. J'ai quand même validé tous mes cours.

En attendant je voudrais commencer à chercher un emploi dans le développement local ou dans une coopérative, parce que je ne peux pas rester sans rien faire jusqu'en janvier. Votre programme pourrait m'aider ?

Elise Verhaegen
06 84 37 15 29""",
        app("Elise", "Verhaegen", phone="+33684371529", bac="*", grad=None, failing=("studies_finished",), status="b_elise_ajournee"),
    )),
    # Feature: rentree_other_mail — kind — la rentrée des offres
    # route: a job board's weekly newsletter (List-Unsubscribe, Precedence: bulk); its «bac+2» and «jeunes diplômé·es» are its offers' → newsletter
    N("rentree_other_mail", "kind", "la rentrée des offres", M(
        "Emplois Solidaires Hebdo <lettre@emplois-solidaires.example.org>",
        "La rentrée des offres : 214 postes dans l'ESS cette semaine",
        "2026-10-19 07:55",
        """Emplois Solidaires — la lettre du lundi

La rentrée des offres : 214 postes dans l'ESS cette semaine

- Coordinateur·rice de tiers-lieu (SCIC, Besançon) — CDI, bac+3
- Chargé·e d'accueil en ressourcerie (Niort) — CDD 12 mois, bac+2, débutant·es accepté·es
- Animateur·rice réseau jeunes diplômé·es (association, Paris 11e) — CDI

Forum « Trouver sa place dans l'ESS » : 12 novembre, Lille.

Vous recevez cette lettre car vous êtes inscrit·e sur emplois-solidaires.example.org.
Se désinscrire : https://emplois-solidaires.example.org/desinscription""",
        newsletter(),
        headers={"List-Unsubscribe": "<https://emplois-solidaires.example.org/desinscription>", "Precedence": "bulk"},
    )),
    # Feature: written_for — graduation — il vient d'avoir son BTS
    # route: a mother writes for her son (his address and phone in the body, hers in From): a BTS obtained this summer («il vient d'avoir son BTS», July 2026), a job in a ressourcerie sought → application forwarded_by the mother; eligible
    N("written_for", "graduation", "il vient d'avoir son BTS", M(
        "Martine Le Goff <martine.legoff56@orange.fr>",
        "Pour mon fils Mathis",
        "2026-10-19 08:30",
        """Bonjour,

Je me permets de vous écrire pour mon fils, Mathis Le Goff, 21 ans. Il vient d'avoir son BTS Gestion des transports et logistique associée (résultats en juillet) et il cherche depuis l'été un emploi, de préférence dans une ressourcerie ou une recyclerie, il est très sensible à tout ce qui est réemploi.

Il est un peu timide pour écrire lui-même, mais il est d'accord pour que je vous contacte. Son adresse : mathis.legoff.56@gmail.com et son portable : 06 31 72 48 90.

Merci de votre attention,
Martine Le Goff""",
        app("Mathis", "Le Goff", phone="+33631724890", bac=2, grad="2026-07", email="mathis.legoff.56@gmail.com", forwarded_by="martine.legoff56@orange.fr", status="b_mathis_bts_mere"),
    )),
    # Feature: career_change — career_change — après douze ans comme commerciale
    # route: the body and the PDF CV: a licence pro of 2026 taken «après douze ans comme commerciale», a reconversion she names → not_career_change fails → not_eligible
    N("career_change", "career_change", "après douze ans comme commerciale", M(
        "Nathalie Berthelot <nathalie.berthelot@free.fr>",
        "Candidature - reconversion vers l'ESS",
        "2026-10-19 09:15",
        """Bonjour,

Je m'appelle Nathalie Berthelot, j'ai 38 ans. Après douze ans comme commerciale dans la distribution de matériel médical, j'ai repris une formation en 2025-2026 et j'ai obtenu en juin une licence professionnelle Métiers de l'économie sociale et solidaire.

Je cherche aujourd'hui un poste de chargée de développement dans une SCOP ou une association. Je joins mon CV.

Bien cordialement,
Nathalie Berthelot""",
        app("Nathalie", "Berthelot", phone="+33670248315", bac=3, grad="2026-06", failing=("not_career_change",), status="b_nathalie_douze_ans_commerciale"),
        cv=CV("pdf", "CV_Nathalie_Berthelot.pdf", """Nathalie Berthelot
38 ans - Angers - 06 70 24 83 15 - nathalie.berthelot@free.fr
Chargée de développement ESS
Formation
2025-2026 Licence professionnelle Métiers de l'ESS, Université d'Angers (obtenue en juin 2026)
2008 BTS Négociation relation client
Expérience
2013-2025 Commerciale terrain, Medisud Distribution
2008-2013 Attachée commerciale, Ouest Bureautique
Stage 2026 : 3 mois à la CRESS Pays de la Loire"""),
    )),
    # Feature: back_from_abroad — situation — rentrée de mon PVT au Canada fin août
    # route: the body: a licence of 2025, a working-holiday year in Canada over («rentrée … fin août»), no placement now, an association sought → eligible
    N("back_from_abroad", "situation", "rentrée de mon PVT au Canada fin août", M(
        "Laurine Espitalier <laurine.espitalier@gmail.com>",
        "Candidature (retour de PVT)",
        "2026-10-19 10:02",
        """Bonjour,

Je suis rentrée de mon PVT au Canada fin août. J'y ai passé un an, entre un job de serveuse à Montréal et quatre mois de bénévolat dans une banque alimentaire communautaire, ce qui m'a donné envie de travailler dans ce milieu.

J'ai une licence de géographie (Toulouse, 2025). Je cherche un poste dans une association de solidarité ou d'aide alimentaire à Toulouse.

Merci,
Laurine Espitalier
07 82 65 19 34""",
        app("Laurine", "Espitalier", phone="+33782651934", bac=3, grad="2025", status="b_laurine_pvt_canada"),
    )),
    # Feature: rentree_other_mail — kind — je confirme ma présence à la réunion d'information
    # route: a reply in our thread (In-Reply-To <…@animafac.net>, our invitation quoted) confirming the information meeting → reply
    N("rentree_other_mail", "kind", "je confirme ma présence à la réunion d'information", M(
        "Hugo Benhamou <hugo.benhamou@gmail.com>",
        "Re: Pro'pulse - réunion d'information du 5 novembre",
        "2026-10-19 11:40",
        """Bonjour,

Merci pour l'invitation, je confirme ma présence à la réunion d'information du jeudi 5 novembre à 14h. Faut-il apporter quelque chose ?

Bonne journée,
Hugo

Le 16/10/2026 à 17:22, Pro'pulse <propulse@animafac.net> a écrit :
> Bonjour Hugo,
> Suite à votre candidature, nous vous invitons à la réunion d'information collective du jeudi 5 novembre à 14h, dans nos locaux (Paris 11e).
> Merci de nous confirmer votre présence.""",
        reply(),
        headers={"In-Reply-To": "<info-2026-10-16-0031@animafac.net>", "References": "<info-2026-10-16-0031@animafac.net>"},
    )),
    # Feature: near_the_limit — graduation — soutenu en novembre 2024
    # route: the body: a master defended and awarded «en novembre 2024», 23 months before 2026-10-19 → graduation_recent meets; a cooperative sought → eligible
    N("near_the_limit", "graduation", "soutenu en novembre 2024", M(
        "Gautier Delannoy <gautier.delannoy@protonmail.com>",
        "Candidature Pro'pulse - master ESS",
        "2026-10-19 13:05",
        """Bonjour,

J'ai un master Gestion des entreprises de l'économie sociale, soutenu en novembre 2024 à Grenoble (mon stage s'était prolongé, d'où une soutenance tardive). Depuis j'ai enchaîné deux CDD courts dans des associations d'éducation à l'environnement.

Je cherche un poste stable de chargé de projets dans une coopérative ou une association. J'ai lu que le programme était ouvert aux diplômés de moins de deux ans, je pense être encore dans les clous !

Gautier Delannoy
06 59 21 84 37""",
        app("Gautier", "Delannoy", phone="+33659218437", bac=5, grad="2024-11", status="b_gautier_master_novembre_2024"),
    )),
    # Feature: after_civic_service — situation — mon service civique se termine le 31 octobre
    # route: the body: a BTS of 2025, a civic service ending on 31 October, running on 2026-10-19 → not_service_civique fails → not_eligible
    N("after_civic_service", "situation", "mon service civique se termine le 31 octobre", M(
        "Fanja Ranaivo <fanja.ranaivo@gmail.com>",
        "Inscription programme",
        "2026-10-19 14:20",
        """Bonjour,

Mon service civique se termine le 31 octobre (Secours populaire, aide aux devoirs et épicerie solidaire) et je veux être prête pour la suite. J'ai un BTS Communication obtenu en 2025.

J'aimerais travailler dans la communication d'une association de solidarité. Est-ce que je peux m'inscrire maintenant ?

Bonne journée
Fanja Ranaivo
06 74 03 62 18""",
        app("Fanja", "Ranaivo", phone="+33674036218", bac=2, grad="2025", failing=("not_service_civique",), status="b_fanja_sc_31_octobre"),
    )),
    # Feature: fresh_graduate — studies_finished — le jury final se réunit le 29 octobre
    # ambiguous: the courses are over and the mémoire defended, but the jury that awards the master sits after the reading day: whether her studies are finished stays open
    # route: the body: a master's mémoire defended in September, «le jury final se réunit le 29 octobre», ahead of 2026-10-19, the grade not known (the kit's convention: a jury awaited leaves studies open) → studies_finished open → to_verify
    N("fresh_graduate", "studies_finished", "le jury final se réunit le 29 octobre", M(
        "Mathilde Arnaud-Sy <mathilde.arnaudsy@gmail.com>",
        "Candidature",
        "2026-10-19 15:48",
        """Bonjour,

J'ai soutenu mon mémoire de master Politiques sociales le 24 septembre à Bordeaux. Le jury final se réunit le 29 octobre et c'est là qu'on aura officiellement le diplôme (normalement ça devrait aller).

Je cherche un poste de chargée de mission dans une fédération associative ou une structure d'insertion. Je préfère vous écrire tout de suite pour ne pas rater la prochaine session.

Mathilde Arnaud-Sy
07 45 90 13 62""",
        app("Mathilde", "Arnaud-Sy", phone="+33745901362", bac=5, grad=None, unknown=("studies_finished",), status="b_mathilde_jury_29_octobre"),
    )),
    # Feature: rentree_other_mail — kind — quand démarre la prochaine cohorte
    # route: a question with no fact of the writer's own (dates of the next cohort, in person or remote) → question
    N("rentree_other_mail", "kind", "quand démarre la prochaine cohorte", M(
        "lou.verdier@laposte.net",
        "question",
        "2026-10-19 17:30",
        """Bonjour,

Je voudrais savoir quand démarre la prochaine cohorte et si les ateliers ont lieu à Paris ou à distance ?

Merci
Lou""",
        question(),
    )),
    # Feature: first_year_out — aim — un job dans la com
    # ambiguous: a trade («la com») with no employer or sector named: whether a job in the ESS is sought stays open
    # route: the body: a licence of 2025, two seasons since, «un job dans la com» with no employer named → job_seeking_ess open → to_verify
    N("first_year_out", "aim", "un job dans la com", M(
        "Romain Chauvet <romain.chauvet@gmail.com>",
        "candidature",
        "2026-10-20 08:05",
        """Salut,

Je me présente vite fait : Romain, 24 ans, licence Info-com à Bordeaux en 2025. Depuis j'ai fait deux saisons, l'hiver dernier en station à Val Thorens et cet été sur un camping au Cap Ferret. Là c'est fini, je voudrais me poser et trouver un job dans la com.

Un pote m'a parlé de votre accompagnement, je suis partant.

Romain Chauvet
06 40 83 26 71""",
        app("Romain", "Chauvet", phone="+33640832671", bac=3, grad="2025", unknown=("job_seeking_ess",), status="b_romain_deux_saisons_com"),
    )),
    # Feature: written_for — situation — en service civique jusqu'en juin
    # route: a France Travail adviser presents a young woman (her address and phone given): a licence pro of 2025, «en service civique jusqu'en juin» (2027), running on 2026-10-20 → application forwarded_by the adviser; not_service_civique fails → not_eligible
    N("written_for", "situation", "en service civique jusqu'en juin", M(
        "Didier Moreau-Kassi <didier.moreau-kassi@francetravail-lens.example.org>",
        "Orientation d'une jeune diplômée vers Pro'pulse",
        "2026-10-20 09:10",
        """Bonjour,

Je vous oriente Mme Aïcha Benyamina, titulaire d'une licence professionnelle Gestion des structures sanitaires et sociales obtenue en 2025. Elle est actuellement en service civique jusqu'en juin dans une association d'aide aux aidants à Lens, et souhaite préparer dès maintenant la suite, vers un poste de coordinatrice dans le médico-social associatif.

Ses coordonnées : aicha.benyamina@gmail.com, 07 53 18 26 94.

Cordialement,
Didier Moreau-Kassi
Conseiller France Travail — Agence de Lens""",
        app("Aïcha", "Benyamina", phone="+33753182694", bac=3, grad="2025", failing=("not_service_civique",), email="aicha.benyamina@gmail.com", forwarded_by="didier.moreau-kassi@francetravail-lens.example.org", status="b_aicha_sc_jusqu_en_juin"),
    )),
    # Feature: internship_now — situation — mon stage s'est terminé vendredi dernier
    # route: the body: a licence pro of 2026, an internship ended «vendredi dernier» (16 October), over on 2026-10-20 → eligible
    N("internship_now", "situation", "mon stage s'est terminé vendredi dernier", M(
        "Thibault Phan Van <thibault.phanvan@outlook.fr>",
        "Candidature Pro'pulse",
        "2026-10-20 10:30",
        """Bonjour,

Mon stage s'est terminé vendredi dernier à la Fédération des centres sociaux du Rhône, c'était le stage obligatoire de ma licence professionnelle (diplôme validé en juillet, le stage était décalé). Je suis donc entièrement disponible.

Je cherche un premier poste d'animateur de réseau ou de chargé de projets jeunesse dans une association.

Cordialement,
Thibault Phan Van
06 21 47 39 85""",
        app("Thibault", "Phan Van", phone="+33621473985", bac=3, grad="2026-07", status="b_thibault_stage_fini_vendredi"),
    )),
    # Feature: back_to_school — studies_finished — j'attends les résultats des rattrapages
    # ambiguous: the re-sit results that decide the licence are not out on the reading day: whether her studies are finished stays open
    # route: the body: a licence whose re-sits were taken in September, «j'attends les résultats des rattrapages», the jury after 2026-10-20 → studies_finished open → to_verify
    N("back_to_school", "studies_finished", "j'attends les résultats des rattrapages", M(
        "Mariam Sylla <mariam.sylla@gmail.com>",
        "Inscription Pro'pulse",
        "2026-10-20 11:55",
        """Bonjour,

Je suis en fin de licence AES à Créteil, j'ai passé mes rattrapages fin septembre pour deux matières et j'attends les résultats des rattrapages, le jury est prévu début novembre. Je n'ai pas voulu m'inscrire en master cette année, je veux travailler.

Je cherche un emploi de gestionnaire administrative dans une association ou une mutuelle. Je peux m'inscrire maintenant ou je dois attendre les résultats ?

Mariam Sylla
07 66 28 41 90""",
        app("Mariam", "Sylla", phone="+33766284190", bac=3, grad=None, unknown=("studies_finished",), status="b_mariam_attend_rattrapages"),
    )),
    # Feature: english_stage — situation — my internship runs until 18 December
    # route: an English mail: a four-year Dutch bachelor's in social work (2025), an internship at a Paris social enterprise that «runs until 18 December», running on 2026-10-20 → not_internship fails → not_eligible, language en
    N("english_stage", "situation", "my internship runs until 18 December", M(
        "Sanne de Groot <sanne.degroot@gmail.com>",
        "Pro'pulse - eligibility?",
        "2026-10-20 12:40",
        """Dear Pro'pulse team,

I found your programme through the Animafac website. I hold a four-year bachelor's degree in Social Work from Hogeschool Utrecht (graduated 2025) and moved to Paris in September.

At the moment I'm an intern at a social enterprise in Montreuil that trains refugees in catering; my internship runs until 18 December. After that I would like to find a paid job in an association, in project coordination or volunteer management.

Would it make sense to apply now, or should I wait until the internship is over?

Best regards,
Sanne de Groot
+33 6 35 71 28 40""",
        app("Sanne", "de Groot", phone="+33635712840", bac=4, grad="2025", failing=("not_internship",), language="en", status="b_sanne_internship_until_december"),
    )),
    # Feature: rentree_other_mail — kind — Le destinataire n'existe pas
    # route: our mail server's delivery report (a Mailer-Daemon, multipart/report): the address of an applicant mistyped → bounce
    N("rentree_other_mail", "kind", "Le destinataire n'existe pas", M(
        "Mail Delivery System <MAILER-DAEMON@mx.animafac.net>",
        "Non distribuable : Votre candidature à Pro'pulse",
        "2026-10-20 14:10",
        """Votre message n'a pas pu être remis.

Le destinataire n'existe pas : emeline.roux@gmial.com
Le domaine gmial.com n'accepte pas de courrier.""",
        bounce("emeline.roux@gmial.com"),
        bounce="""Reporting-MTA: dns; mx.animafac.net
Final-Recipient: rfc822; emeline.roux@gmial.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected""",
    )),
    # Feature: not_finished — studies_finished — j'ai arrêté la L3 en mars
    # route: the body: a DEUST (bac+2) of 2025, then a L3 given up («j'ai arrêté la L3 en mars»), nothing studied now → studies_finished meets; an association sought → eligible
    N("not_finished", "studies_finished", "j'ai arrêté la L3 en mars", M(
        "Johan Técher <johan.techer974@gmail.com>",
        "Demande d'accompagnement",
        "2026-10-20 16:20",
        """Bonjour,

J'ai un DEUST Animation et gestion des activités physiques et culturelles, obtenu en 2025 à La Réunion. Ensuite je suis venu en métropole pour une L3, mais j'ai arrêté la L3 en mars : ça ne me correspondait pas et je devais travailler à côté. Je ne suis plus inscrit nulle part.

Je voudrais travailler comme animateur ou coordinateur dans une association sportive ou d'éducation populaire, à Montpellier.

Merci pour votre retour,
Johan Técher
06 92 70 18 43""",
        app("Johan", "Técher", phone="+33692701843", bac=2, grad="2025", status="b_johan_l3_arretee"),
    )),
]
