"""Seasons corpus, batch 02 (writer A): Friday 23 – Monday 26 January 2026, read on Monday 26 January 2026.
The new year: partner foundations' wishes, the CRESS's January letter, partiels moving an interview, spring
internships just begun or about to end, «l'an dernier» is 2025 and a diploma of January 2024 the oldest still
within the limit. Messages in arrival order; every label on 2026-01-26."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, auto_reply, newsletter, other, question, reply
from seasons import N

MESSAGES = [
    # Feature: season_other_mail — kind — Meilleurs vœux pour 2026
    # route: a partner foundation's new-year wishes to the coordinator, the year's dates of the partnership → other
    N("season_other_mail", "kind", "Meilleurs vœux pour 2026", M(
        "Agnès Perret <a.perret@fondation-premiers-pas.example.org>", "Meilleurs vœux pour 2026", "2026-01-23 08:50",
        """Chère Claire,

Toute l'équipe de la Fondation Premiers Pas vous adresse ses meilleurs vœux pour 2026 !

Merci pour cette belle première année de partenariat autour de Pro'pulse. Nous reviendrons vers vous en février pour fixer la date du comité de suivi (plutôt fin mars) et préparer le bilan annuel.

Très belle année à vous et aux jeunes accompagnés,
Agnès Perret
Responsable des partenariats""",
        other(),
    )),
    # Feature: diploma_age — graduation — licence pro obtenue en décembre 2023
    # route: the first line: a licence pro of December 2023 (read in January 2026: 25 months), a post in an association sought → bac+3 of 2023-12, too old → fails graduation_recent → not_eligible (on 2026-11-26: the same)
    N("diploma_age", "graduation", "licence pro obtenue en décembre 2023", M(
        "Mélanie Roussel <melanie.roussel@gmail.com>", "Candidature Pro'pulse - Mélanie Roussel", "2026-01-23 09:40",
        """Bonjour,

J'ai une licence pro obtenue en décembre 2023 (gestion des organisations de l'économie sociale, Le Mans) et j'ai été assistante d'éducation depuis. Je cherche un poste de chargée de gestion dans une association ou une SCIC.

Bien cordialement,
Mélanie Roussel
06 83 24 19 57""",
        app("Mélanie", "Roussel", phone="+33683241957", bac=3, grad="2023-12", failing=("graduation_recent",), status="melanie_lp_decembre_2023"),
    )),
    # Feature: season_other_mail — kind — La lettre de janvier de la CRESS
    # route: the CRESS's January newsletter (List-Unsubscribe, Precedence bulk), its job offers and dates belong to nobody applying → newsletter
    N("season_other_mail", "kind", "La lettre de janvier de la CRESS", M(
        "CRESS Bretagne <newsletter@cress-bretagne.example.org>", "La lettre de janvier de la CRESS - bonne année solidaire", "2026-01-23 10:15",
        """La lettre de janvier de la CRESS

Bonne année solidaire !

- Les rencontres régionales de l'ESS auront lieu le 12 mars à Rennes.
- Appel à projets « Emploi des jeunes » : candidatures jusqu'au 27 février.
- Offres : chargé·e de communication (SCOP, CDI), animatrice de réseau (association, CDD de 12 mois, bac+3).

Vous recevez cette lettre car vous êtes adhérent ou partenaire. Désinscription : https://cress-bretagne.example.org/desinscription""",
        newsletter(),
        headers={"List-Unsubscribe": "<https://cress-bretagne.example.org/desinscription>", "Precedence": "bulk"},
    )),
    # Feature: diploma_age — graduation — BTS obtenu en 2024
    # ambiguous: an assistant's post «dans une structure» with no word of the kind of structure; job_seeking_ess open
    # route: two lines and the CV (ODT): a BTS of 2024 (the year alone read in January 2026: meets), an assistant's post sought with no structure named → bac+2 of 2024, aim open → to_verify (on 2026-11-26: 2024 open too, to_verify)
    N("diploma_age", "graduation", "BTS obtenu en 2024", M(
        "Jessica Lopes <jessica.lopes@hotmail.fr>", "Candidature", "2026-01-23 11:05",
        """Bonjour,

Ci-joint mon CV, je suis intéressée par votre accompagnement.

Jessica Lopes""",
        app("Jessica", "Lopes", phone="+33771236489", bac=2, grad="2024", unknown=("job_seeking_ess",), info_in="cv", status="jessica_bts_2024"),
        cv=CV("odt", "CV Jessica Lopes.odt", """Jessica Lopes
Toulouse - 07 71 23 64 89 - jessica.lopes@hotmail.fr
Recherche un poste d'assistante administrative dans une structure à taille humaine
Formation
BTS Support à l'action managériale - lycée Ozenne, Toulouse - BTS obtenu en 2024
Expériences
Employée polyvalente, Carrefour Market (2024 - 2025)
Stage d'assistante, cabinet d'expertise comptable (2023, 6 semaines)"""),
    )),
    # Feature: season_other_mail — kind — j'ai mes partiels cette semaine-là
    # route: Yasmine's answer in our thread (In-Reply-To <…@animafac.net>, our invitation quoted), asking to move the interview because of her partiels → reply
    N("season_other_mail", "kind", "j'ai mes partiels cette semaine-là", M(
        "Yasmine Aït-Ali <yasmine.aitali@gmail.com>", "Re: Entretien Pro'pulse", "2026-01-23 12:30",
        """Bonjour,

Désolée, j'ai mes partiels cette semaine-là (rattrapages du premier semestre). Serait-il possible de décaler l'entretien à la semaine du 9 février ?

Merci beaucoup,
Yasmine

Le jeu. 22 janv. 2026 à 15:10, Pro'pulse <propulse@animafac.net> a écrit :
> Bonjour Yasmine,
> Nous vous proposons un entretien le mardi 3 février à 11h ou le jeudi 5 février à 15h.
> Bien à vous,
> Claire, coordinatrice Pro'pulse""",
        reply(),
        headers={"In-Reply-To": "<invitation-2026-01-22-0002@animafac.net>"},
    )),
    # Feature: month_no_year — graduation — mon BTS NDRC en juin
    # route: the first paragraph: the BTS obtained «en juin» (past, read in January 2026: June 2025), an apprenticeship ended in December, a post in a mutuelle sought → bac+2 of 2025-06 → eligible (on 2026-11-26: June 2026)
    N("month_no_year", "graduation", "mon BTS NDRC en juin", M(
        "Kevin Lambert <kevin.lambert.pro@gmail.com>", "Pro'pulse - candidature Kevin Lambert", "2026-01-23 14:15",
        """Bonjour,

J'ai eu mon BTS NDRC en juin, en alternance chez un opticien, et mon contrat s'est terminé en décembre. Je voudrais maintenant travailler dans une mutuelle, comme conseiller adhérents, parce que le côté non lucratif me parle plus.

Je suis joignable au 06 47 82 15 30.

Kevin Lambert""",
        app("Kevin", "Lambert", phone="+33647821530", bac=2, grad="2025-06", status="kevin_bts_en_juin"),
    ), flips=True),
    # Feature: relative_year — career_change — après huit ans comme cuisinier, je me reconvertis
    # route: the first paragraph: a licence pro of «l'année dernière, en juillet» (read in January 2026: July 2025), eight years as a cook and «je me reconvertis» → bac+3 of 2025-07, fails not_career_change → not_eligible (on 2026-11-26: «l'année dernière» is still 2025, the same)
    N("relative_year", "career_change", "après huit ans comme cuisinier, je me reconvertis", M(
        "Fabien Marchal <fabien.marchal@orange.fr>", "reconversion - programme Pro'pulse", "2026-01-23 16:40",
        """Bonjour,

Après huit ans comme cuisinier, je me reconvertis dans l'animation : j'ai été diplômé l'année dernière, en juillet, d'une licence pro animation sociale en formation continue.

Je cherche un poste d'animateur dans une association ou une MJC du côté de Dijon.

Cordialement,
Fabien Marchal
06 92 14 57 38""",
        app("Fabien", "Marchal", phone="+33692145738", bac=3, grad="2025-07", failing=("not_career_change",), status="fabien_reconversion_cuisinier"),
    )),
    # Feature: relative_year — graduation — mon BTS il y a deux ans, en juin
    # route: the first line: the BTS obtained «il y a deux ans, en juin» (read in January 2026: June 2024, 19 months), a post in an insertion structure sought → bac+2 of 2024-06 → eligible (on 2026-11-26: June 2024 is 29 months, not_eligible)
    N("relative_year", "graduation", "mon BTS il y a deux ans, en juin", M(
        "Amandine Fleury <amandine.fleury@gmail.com>", "Programme jeunes diplômés", "2026-01-24 10:20",
        """Bonjour,

J'ai eu mon BTS il y a deux ans, en juin (BTS SP3S, Limoges). Depuis j'ai fait des remplacements en EHPAD, et je voudrais travailler dans une structure d'insertion, un chantier ou une entreprise d'insertion.

Mon numéro : 07 54 21 36 98.

Merci et bonne journée,
Amandine Fleury""",
        app("Amandine", "Fleury", phone="+33754213698", bac=2, grad="2024-06", status="amandine_bts_il_y_a_deux_ans"),
    ), flips=True),
    # Feature: academic_year — studies_finished — je suis en L3 cette année (2025-2026)
    # route: the first line: an L3 of the school year 2025-2026 (read in January 2026: running) → bac "*", fails studies_finished → not_eligible (on 2026-11-26: that year over, a licence of 2026 if validated)
    N("academic_year", "studies_finished", "je suis en L3 cette année (2025-2026)", M(
        "Lucas Mercier <lucas.mercier@etu.univ-poitiers.example.fr>", "question + candidature", "2026-01-24 11:45",
        """Bonjour,

Je suis en L3 cette année (2025-2026), licence de sociologie à Poitiers. Je ne compte pas faire de master et j'aimerais préparer dès maintenant mon entrée dans le monde associatif, dans l'accompagnement des jeunes.

Est-ce que je peux vous envoyer ma candidature ?

Lucas Mercier""",
        app("Lucas", "Mercier", phone=None, bac="*", grad=None, failing=("studies_finished",), status="lucas_l3_2025_2026"),
    ), flips=True),
    # Feature: season_other_mail — kind — une session au printemps
    # route: a question about a spring session, no fact of the writer's own → question
    N("season_other_mail", "kind", "une session au printemps", M(
        "Thibault Henry <thibault.henry@gmail.com>", "Session de printemps ?", "2026-01-24 18:20",
        """Bonsoir,

Est-ce qu'il y a une session au printemps, ou faut-il attendre la rentrée de septembre ? Et combien de temps dure l'accompagnement ?

Merci,
Thibault Henry""",
        question(),
    )),
    # Feature: exams_and_results — studies_finished — j'ai mes partiels la semaine prochaine
    # route: the first paragraph: a BTS with its partiels next week and the diploma in June (ahead) → bac "*", fails studies_finished → not_eligible (on 2026-11-26: the same)
    N("exams_and_results", "studies_finished", "j'ai mes partiels la semaine prochaine", M(
        "Chloé Vasseur <chloe.vasseur02@gmail.com>", "renseignements", "2026-01-24 21:05",
        """Bonjour,

Je suis en deuxième année de BTS ESF à Saint-Quentin, j'ai mes partiels la semaine prochaine et l'examen final en juin. J'aimerais savoir si votre programme pourrait m'aider à trouver un poste en association pour juillet.

Merci d'avance,
Chloé Vasseur""",
        app("Chloé", "Vasseur", phone=None, bac="*", grad=None, failing=("studies_finished",), status="chloe_partiels_semaine_prochaine"),
    )),
    # Feature: exams_and_results — graduation — les résultats du jury sont tombés hier
    # route: the first line: the master's jury results «tombés hier» (read on 2026-01-26: January 2026), a post in an ESS cooperative sought → bac+5 of 2026-01 → eligible (on 2026-11-26: November 2026)
    N("exams_and_results", "graduation", "les résultats du jury sont tombés hier", M(
        "Pauline Chevalier <pauline.chevalier@gmail.com>", "Candidature - master obtenu !", "2026-01-25 09:30",
        """Bonjour,

Les résultats du jury sont tombés hier : j'ai mon master 2 Économie sociale et solidaire (Le Mans) !

Je cherche maintenant un poste de chargée de projets dans une coopérative d'activité et d'emploi ou une association d'accompagnement à la création. Je serais heureuse d'intégrer Pro'pulse.

Pauline Chevalier
06 59 31 28 47""",
        app("Pauline", "Chevalier", phone="+33659312847", bac=5, grad="2026-01", status="pauline_jury_tombe_hier"),
    ), flips=True),
    # Feature: placement_end — situation — mon stage se termine fin mars
    # route: the second paragraph: an internship ending «fin mars» (read in January 2026: running), a licence pro of 2025 → fails not_internship → not_eligible (on 2026-11-26: over, eligible)
    N("placement_end", "situation", "mon stage se termine fin mars", M(
        "Maxime Bertrand <maxime.bertrand@gmail.com>", "Pro'pulse", "2026-01-25 14:10",
        """Bonjour,

J'ai une licence pro Métiers de l'animation, obtenue en juin 2025.

Je fais en ce moment un stage à la Fédération des centres sociaux de la Drôme, mon stage se termine fin mars. Après, je voudrais être embauché comme animateur dans un centre social.

Bien à vous,
Maxime Bertrand
07 12 58 43 96""",
        app("Maxime", "Bertrand", phone="+33712584396", bac=3, grad="2025-06", failing=("not_internship",), status="maxime_stage_fin_mars"),
    ), flips=True),
    # Feature: placement_end — situation — mon service civique s'est terminé le 15 janvier
    # route: the first paragraph: a civic service over on 15 January (before the reading day), a licence pro of June 2024 (19 months) → bac+3 of 2024-06 → eligible (on 2026-11-26: June 2024 is 29 months, not_eligible)
    N("placement_end", "situation", "mon service civique s'est terminé le 15 janvier", M(
        "Élodie Gauthier <elodie.gauthier@laposte.net>", "Candidature au programme Pro'pulse", "2026-01-25 17:35",
        """Bonjour,

Mon service civique s'est terminé le 15 janvier (dix mois à la Croix-Rouge, en maraude sociale). J'ai une licence pro intervention sociale obtenue en juin 2024.

Je cherche un poste d'intervenante sociale dans une association, et j'aimerais être accompagnée dans mes démarches.

Élodie Gauthier
06 31 74 85 20""",
        app("Élodie", "Gauthier", phone="+33631748520", bac=3, grad="2024-06", status="elodie_sc_termine_15_janvier"),
    ), flips=True),
    # Feature: beginning — situation — un service civique qui démarrerait le 2 février
    # ambiguous: «un vrai poste» with no field nor structure named; job_seeking_ess open
    # route: the second paragraph: a civic service offered that would begin on 2 February (ahead: not yet a situation), a BUT of 2025 → bac+3 of 2025-06, the aim open → to_verify (on 2026-11-26: the same words, the same)
    N("beginning", "situation", "un service civique qui démarrerait le 2 février", M(
        "Romain Colin <romain.colin38@gmail.com>", "Candidature", "2026-01-26 08:15",
        """Bonjour,

J'ai un BUT GEA obtenu en juin 2025.

On m'a proposé un service civique qui démarrerait le 2 février, mais je préférerais trouver un vrai poste, d'où ma candidature chez vous.

Romain Colin
06 25 47 81 39""",
        app("Romain", "Colin", phone="+33625478139", bac=3, grad="2025-06", unknown=("job_seeking_ess",), status="romain_sc_propose_2_fevrier"),
    )),
    # Feature: season_other_mail — kind — en congé parental jusqu'au 3 avril
    # route: a partner's parental-leave out-of-office (Auto-Submitted) answering our mail → auto-reply
    N("season_other_mail", "kind", "en congé parental jusqu'au 3 avril", M(
        "Aurélie Brun <a.brun@ressourcerie-grenoble.example.org>", "Absence : Pro'pulse - offres pour la session de printemps", "2026-01-26 08:40",
        """Bonjour,

Je suis en congé parental jusqu'au 3 avril. Pour les recrutements de la ressourcerie, merci d'écrire à recrutement@ressourcerie-grenoble.example.org.

Aurélie Brun""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: beginning — situation — le 5 janvier, j'ai commencé un stage de six mois
    # route: the first paragraph: a six-month internship begun on 5 January (running), a Master 2 to be granted in September → bac "*", fails studies_finished and not_internship → not_eligible (on 2026-11-26: internship over, master of September 2026, eligible)
    N("beginning", "situation", "le 5 janvier, j'ai commencé un stage de six mois", M(
        "Anaïs Leclerc <anais.leclerc@gmail.com>", "Demande d'informations - Pro'pulse", "2026-01-26 09:25",
        """Bonjour,

Le 5 janvier, j'ai commencé un stage de six mois au Secours populaire, pour mon master 2 Intervention sociale (diplôme en septembre). J'aimerais anticiper la suite et savoir si votre programme est ouvert aux étudiants en fin de cursus.

Merci,
Anaïs Leclerc""",
        app("Anaïs", "Leclerc", phone=None, bac="*", grad=None, failing=("studies_finished", "not_internship"), status="anais_stage_depuis_5_janvier"),
    ), flips=True),
    # Feature: season_words — aim — un poste en cabinet de conseil RSE
    # route: the first paragraph: a master obtained «à l'automne» (read in January 2026: autumn 2025), a post in an RSE consultancy sought → bac+5 of 2025, fails job_seeking_ess → not_eligible (on 2026-11-26: autumn 2026, graduation 2026)
    N("season_words", "aim", "un poste en cabinet de conseil RSE", M(
        "Victor Aubert <victor.aubert@gmail.com>", "Candidature", "2026-01-26 10:05",
        """Bonjour,

Diplômé à l'automne d'un master en management de la RSE (IAE de Lyon), je cherche un poste en cabinet de conseil RSE, pour accompagner les entreprises dans leur transition.

Vous trouverez mon profil sur LinkedIn. Je reste joignable au 06 18 94 25 73.

Victor Aubert""",
        app("Victor", "Aubert", phone="+33618942573", bac=5, grad="2025", failing=("job_seeking_ess",), status="victor_automne_conseil_rse"),
    ), flips=True),
    # Feature: counted_from_now — graduation — j'ai fini mon master il y a quatre mois
    # ambiguous: «dans le développement durable» names a field, no structure: a firm, a local authority or an association alike; job_seeking_ess open
    # route: the first line: a master finished «il y a quatre mois» (read in January 2026: September 2025), a job in sustainable development sought → bac+5 of 2025-09, aim open → to_verify (on 2026-11-26: July 2026)
    N("counted_from_now", "graduation", "j'ai fini mon master il y a quatre mois", M(
        "Inès Guérin <ines.guerin@outlook.fr>", "Candidature Pro'pulse", "2026-01-26 11:00",
        """Bonjour,

J'ai fini mon master il y a quatre mois (géographie, aménagement et environnement, Montpellier) et je cherche un emploi dans le développement durable.

Je serais ravie d'en discuter avec vous,
Inès Guérin
07 48 26 13 59""",
        app("Inès", "Guérin", phone="+33748261359", bac=5, grad="2025-09", unknown=("job_seeking_ess",), status="ines_master_il_y_a_quatre_mois"),
    ), flips=True),
    # Feature: season_other_mail — kind — CDD de printemps
    # route: an insertion employer's spring offer for the coached people (a signature with a role and a structure) → other
    N("season_other_mail", "kind", "CDD de printemps", M(
        "Marc Delorme <m.delorme@jardins-cocagne-vienne.example.org>", "Offre : CDD de printemps - encadrant·e maraîchage", "2026-01-26 11:40",
        """Bonjour Claire,

Nous recrutons pour un CDD de printemps (mars à juin 2026) un·e encadrant·e technique en maraîchage, bac+2 souhaité, débutant·e accepté·e. Si des jeunes de Pro'pulse sont intéressés, ils peuvent m'écrire directement.

Bien à vous,
Marc Delorme
Directeur, Jardins de Cocagne de la Vienne""",
        other(),
    )),
    # Feature: cv_periods — situation — nov. 2025 – janv.
    # ambiguous: an internship «nov. 2025 – janv.» read on 26 January: it may end with the month (after the reading day) or may be over; not_internship open
    # route: the pasted CV: a master of 2025, an internship «nov. 2025 – janv.» at its head → bac+5 of 2025-09, internship open → to_verify (on 2026-11-26: over, eligible)
    N("cv_periods", "situation", "nov. 2025 – janv.", M(
        "Margaux Picard <margaux.picard@gmail.com>", "Mon CV pour Pro'pulse", "2026-01-26 13:20",
        """Bonjour, voici mon CV :

MARGAUX PICARD
Bordeaux - 06 71 38 25 94
Chargée de mission vie associative

EXPÉRIENCES
Stage - Les Petits Frères des Pauvres, coordination bénévoles - nov. 2025 – janv.
Stage de fin d'études - Mairie de Pessac, vie associative - mars 2025 – août 2025

FORMATION
Master 2 Ingénierie de projets en économie sociale et solidaire, Bordeaux Montaigne - septembre 2025
Licence d'histoire - 2023

Merci,
Margaux""",
        app("Margaux", "Picard", phone="+33671382594", bac=5, grad="2025-09", unknown=("not_internship",), status="margaux_stage_nov_janv"),
    ), flips=True),
    # Feature: cv_periods — level — CAP Accompagnant éducatif petite enfance
    # route: the CV (PDF): a CAP and a bac pro as her only diplomas, a job «depuis janvier» as a periscolar animator → fails degree_level → not_eligible (on 2026-11-26: the same)
    N("cv_periods", "level", "CAP Accompagnant éducatif petite enfance", M(
        "Laura Mendes <laura.mendes93@gmail.com>", "candidature", "2026-01-26 14:30",
        """Bonjour, je vous envoie mon CV pour le programme. Merci""",
        app("Laura", "Mendes", phone="+33664192873", bac=0, grad=None, failing=("degree_level",), info_in="cv", status="laura_cap_bac_pro"),
        cv=CV("pdf", "CV_Laura_Mendes.pdf", """Laura Mendes
Bobigny - 06 64 19 28 73 - laura.mendes93@gmail.com
Expérience
Animatrice périscolaire, Ville de Bobigny - depuis janvier
Auxiliaire de crèche, crèche associative Les Loupiots - sept. 2024 – déc. 2025
Diplômes
Bac pro ASSP - 2024
CAP Accompagnant éducatif petite enfance - 2022"""),
    )),
    # Feature: english_seasons — graduation — I graduated last June
    # route: an English mail: an MA «last June» (read in January 2026: June 2025), a job in an association sought, food bank volunteering «since September» a distractor → bac+5 of 2025-06 → eligible (on 2026-11-26: June 2026)
    N("english_seasons", "graduation", "I graduated last June", M(
        "Hannah Schmidt <hannah.schmidt@gmx.de>", "Application for Pro'pulse", "2026-01-26 15:10",
        """Dear Pro'pulse team,

I graduated last June with an MA in European Studies from the University of Strasbourg. Since September I've been volunteering ten hours a week at a food bank, and I'd love to turn that into a career: I'm looking for a job in an association working on social inclusion.

Kind regards,
Hannah Schmidt
06 52 83 41 70""",
        app("Hannah", "Schmidt", phone="+33652834170", bac=5, grad="2025-06", language="en", status="hannah_last_june"),
    ), flips=True),
    # Feature: english_seasons — graduation — a Licenciatura in Social Work in 2024
    # route: an English mail: a Portuguese Licenciatura (three years) of 2024 (the year alone read in January 2026: meets), a post in a French association sought → bac+3 of 2024 → eligible (on 2026-11-26: 2024 open, to_verify)
    N("english_seasons", "graduation", "a Licenciatura in Social Work in 2024", M(
        "Beatriz Almeida <beatriz.almeida@gmail.com>", "Application", "2026-01-26 16:20",
        """Hello,

I'm Beatriz, from Porto. I completed a Licenciatura in Social Work in 2024 (three years, University of Porto) and moved to Toulouse last spring. I'm looking for a job in a French association, for example in housing or migrant support.

Thank you for considering my application,
Beatriz Almeida
+351 912 345 678""",
        app("Beatriz", "Almeida", phone="+351912345678", bac=3, grad="2024", language="en", status="beatriz_licenciatura_2024"),
    ), flips=True),
    # Feature: placement_end — kind — mon CDD se termine fin février
    # route: a participant of the autumn cohort writing about her contract's end and the next coaching session (already in, no application) → other
    N("placement_end", "kind", "mon CDD se termine fin février", M(
        "Sophie Marty <sophie.marty@gmail.com>", "Séance du 5 février", "2026-01-26 17:05",
        """Bonjour Claire,

Petite nouvelle : mon CDD se termine fin février et l'association ne peut pas le renouveler. Est-ce que je peux revenir aux séances collectives à partir de mars ? Je serai bien à la séance du 5 février en tout cas.

Merci,
Sophie""",
        other(),
    )),
]
