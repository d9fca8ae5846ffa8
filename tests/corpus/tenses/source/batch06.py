"""Tenses corpus, batch 06 (writer B): the passé récent «venir de» («je viens d'achever mon service civique»,
«il vient de commencer un service civique», «je venais de commencer un stage»), the futur proche «aller»
(«je vais passer ma soutenance le 18 décembre», «mon stage va se terminer le 19 décembre»), the simple future
and the futur antérieur («mon service civique se terminera le 31 mars», «j'aurai terminé mon stage le 20
novembre»), and other mail whose tense carries its kind."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, auto_reply, newsletter, other, question, reply
from tenses import N

MESSAGES = [
    # ---------------------------------------------------------------- passé récent
    # Feature: passe_recent — situation — je viens d'achever mon service civique à la Croix-Rouge
    # timed: «je viens d'achever» on «mon service civique à la Croix-Rouge» = civic service just over → meets not_service_civique
    N("passe_recent", "situation", "je viens d'achever mon service civique à la Croix-Rouge", M(
        "Maëlle Kerbrat <maelle.kerbrat@example.org>", "Candidature Pro'pulse", "04 10:31",
        """Bonjour,

Je viens d'achever mon service civique à la Croix-Rouge de Brest, huit mois dans l'équipe des maraudes. Avant cela, j'avais obtenu un BTS Économie sociale familiale (juin 2025).

Je cherche un emploi de conseillère dans une association d'accompagnement social.

Maëlle Kerbrat
06 52 17 93 40""",
        app("Maëlle", "Kerbrat", phone="+33652179340", bac=2, grad="2025-06", status="b_pr_service_acheve"),
    )),
    # Feature: passe_recent — graduation — je viens d'obtenir mon master
    # timed: «je viens d'obtenir» on «mon master» = obtained within weeks of the mail (2026) → meets graduation_recent
    N("passe_recent", "graduation", "je viens d'obtenir mon master", M(
        "Dimitri Papadakis <dimitri.papadakis@example.com>", "Pro'pulse : ma candidature", "09 17:26",
        """Bonjour,

Je viens d'obtenir mon master « Innovation sociale et entrepreneuriat » à l'IAE de Grenoble, et je me lance dans la recherche d'un premier poste.

Mon objectif : une SCIC ou une coopérative d'habitants, sur le développement de projets.

Bien cordialement,
Dimitri Papadakis — 07 31 86 45 22""",
        app("Dimitri", "Papadakis", phone="+33731864522", bac=5, grad="2026", status="b_pr_master_obtenu"),
    )),
    # Feature: passe_recent — situation — il vient de commencer un service civique
    # timed: «il vient de commencer» on «un service civique» = civic service just begun, running now → fails not_service_civique
    N("passe_recent", "situation", "il vient de commencer un service civique", M(
        "Françoise Abadie <f.abadie@example.fr>", "Candidature pour mon fils Lucas", "11 08:12",
        """Bonjour,

Je vous écris pour mon fils, Lucas Abadie-Sørensen (lucas.abadie.s@example.fr, 06 03 28 71 56). Il a obtenu son DUT Carrières sociales en juin 2025 et il vient de commencer un service civique dans une épicerie solidaire de Pau.

Il aimerait ensuite travailler dans une association d'aide alimentaire. Pour ma part je serai en déplacement la semaine prochaine, mais il peut répondre lui-même.

Françoise Abadie""",
        app("Lucas", "Abadie-Sørensen", phone="+33603287156", bac=2, grad="2025-06", failing=("not_service_civique",), email="lucas.abadie.s@example.fr", forwarded_by="f.abadie@example.fr", status="b_pr_fils_service_commence"),
    )),
    # Feature: passe_recent — studies_finished — je viens de terminer une licence professionnelle
    # timed: «je viens de terminer» on «une licence professionnelle» = the course just over, within weeks of the mail (2026) → meets studies_finished
    N("passe_recent", "studies_finished", "je viens de terminer une licence professionnelle", M(
        "Ndèye Faye <ndeye.faye@example.net>", "candidature", "13 12:49",
        """Bonjour,

Après mon BTS Services et prestations des secteurs sanitaire et social, je viens de terminer une licence professionnelle « Métiers de l'intervention sociale » en alternance à Rouen, le jury m'a envoyé le relevé la semaine dernière. Ma cousine, elle, vient d'intégrer la même formation.

Je voudrais travailler dans une mutuelle ou une association de santé.

Ndèye Faye, 06 66 14 09 83""",
        app("Ndèye", "Faye", phone="+33666140983", bac=3, grad="2026", status="b_pr_licence_terminee"),
    )),
    # Feature: passe_recent — situation — je venais de commencer un stage au Planning familial
    # ambiguous: «je venais de commencer» puts the internship's start just before the diploma in September, with no length and nothing about today
    # timed: «je venais de commencer» on «un stage au Planning familial» = begun before another past, end unsaid → open not_internship
    N("passe_recent", "situation", "je venais de commencer un stage au Planning familial", M(
        "Itziar Estévez <itziar.estevez@example.org>", "Candidature Pro'pulse", "15 19:07",
        """Bonsoir,

Quand le jury a validé ma licence de sociologie en septembre 2026, je venais de commencer un stage au Planning familial de Toulouse, à l'accueil et à l'animation d'ateliers.

J'aimerais poursuivre dans une association de santé sexuelle ou d'éducation populaire.

Itziar Estévez
07 12 49 86 30""",
        app("Itziar", "Estévez", phone="+33712498630", bac=3, grad="2026-09", unknown=("not_internship",), status="b_pr_venais_stage"),
    )),
    # Feature: passe_recent — situation — I've just finished my internship at Emmaüs
    # timed: «I've just finished» on «my internship at Emmaüs» = internship just over → meets not_internship
    N("passe_recent", "situation", "I've just finished my internship at Emmaüs", M(
        "Lakshmi Raghunathan <lakshmi.r@example.com>", "Application to Pro'pulse", "17 14:40",
        """Hello,

I've just finished my internship at Emmaüs Solidarité in Paris, which I started after my Master's in Development Studies (Sciences Po, degree awarded in July 2026).

I would love to stay in the social and solidarity economy, ideally in a charity working on housing.

Lakshmi Raghunathan
+33 6 90 11 57 24""",
        app("Lakshmi", "Raghunathan", phone="+33690115724", bac=5, grad="2026-07", language="en", status="b_pr_en_just_finished"),
    )),
    # Feature: passe_recent — kind — Je viens de déposer mon attestation
    # timed: «Je viens de déposer» on «mon attestation» = a step just done in our thread → kind reply
    N("passe_recent", "kind", "Je viens de déposer mon attestation", M(
        "Rémi Fontanel <remi.fontanel@example.org>", "Re: Pièce manquante", "18 09:20",
        """Bonjour,

Je viens de déposer mon attestation de diplôme sur la plateforme, comme vous me l'aviez demandé. Dites-moi si le fichier est lisible.

Merci,
Rémi Fontanel""",
        reply(),
        headers={"In-Reply-To": "<piece-2208@animafac.net>", "References": "<piece-2208@animafac.net>"},
    )),
    # Feature: passe_recent — kind — quand on vient de terminer ses études
    # timed: «quand on vient de terminer» on «ses études» = a generic passé récent in a question, no personal fact → kind question
    N("passe_recent", "kind", "quand on vient de terminer ses études", M(
        "Lou Carvalho <lou.carvalho@example.com>", "Question", "19 11:55",
        """Bonjour,

Est-ce que le programme est ouvert quand on vient de terminer ses études mais qu'on n'a pas encore reçu le diplôme papier ? Et combien de temps dure l'accompagnement ?

Bonne journée""",
        question(),
    )),
    # Feature: passe_recent — kind — Votre colis vient de quitter notre entrepôt
    # timed: «vient de quitter» on «Votre colis» = a shipping notice → kind other
    N("passe_recent", "kind", "Votre colis vient de quitter notre entrepôt", M(
        "Boutique Papeterie Solidaire <commandes@papeterie-solidaire.example.net>", "Votre commande n° 58213", "20 07:45",
        """Bonjour,

Votre colis vient de quitter notre entrepôt de Roubaix. Il vous sera livré sous 48 heures. Numéro de suivi : PS58213FR.

Merci pour votre achat !""",
        other(),
    )),
    # ---------------------------------------------------------------- futur proche
    # Feature: futur_proche — studies_finished — je vais passer ma soutenance le 18 décembre
    # timed: «je vais passer» on «ma soutenance» = defence to come (18 December 2026) → fails studies_finished
    N("futur_proche", "studies_finished", "je vais passer ma soutenance le 18 décembre", M(
        "Matteo Sgarbi <matteo.sgarbi@example.fr>", "Candidature Pro'pulse", "03 16:02",
        """Bonjour,

Pour mon master 2 « Économie sociale et solidaire » à Marne-la-Vallée, je vais passer ma soutenance le 18 décembre, le mémoire porte sur les monnaies locales.

Je cherche un poste dans une coopérative de finance solidaire à partir de janvier.

Matteo Sgarbi, 06 41 77 20 95""",
        app("Matteo", "Sgarbi", phone="+33641772095", bac="*", grad=None, failing=("studies_finished",), status="b_fp_soutenance_decembre"),
    )),
    # Feature: futur_proche — situation — mon stage va se terminer le 19 décembre
    # timed: «va se terminer» on «mon stage» = internship running past TODAY (19 December 2026) → fails not_internship
    N("futur_proche", "situation", "mon stage va se terminer le 19 décembre", M(
        "Souad Belkacem <souad.belkacem@example.org>", "Candidature + CV", "05 11:18",
        """Bonjour,

Vous trouverez mon CV en pièce jointe. Mon stage va se terminer le 19 décembre, et je serai disponible tout de suite après.

Je souhaite travailler dans une association d'insertion professionnelle.

Souad Belkacem""",
        app("Souad", "Belkacem", phone="+33758204611", bac=3, grad="2025-06", failing=("not_internship",), info_in="both", status="b_fp_stage_fin_decembre"),
        cv=CV("pdf", "CV_Souad_Belkacem.pdf", """Souad Belkacem
07 58 20 46 11 — souad.belkacem@example.org
Formation
Licence AES, Université de Reims (juin 2025)
Expérience
Stagiaire chargée d'accompagnement, Maison de l'emploi solidaire (depuis septembre 2026)
Animatrice périscolaire (2022-2025, à temps partiel)"""),
    )),
    # Feature: futur_proche — situation — mon service civique va s'achever fin novembre
    # ambiguous: «va s'achever fin novembre» with no day: over by 26 November or a few days after?
    # timed: «va s'achever» on «mon service civique» = ends «fin novembre», day unsaid → open not_service_civique
    N("futur_proche", "situation", "mon service civique va s'achever fin novembre", M(
        "Baptiste Ngata <baptiste.ngata@example.com>", "Pro'pulse", "06 13:33",
        """Bonjour,

J'ai obtenu un BTS Économie sociale familiale en juin 2025 et mon service civique va s'achever fin novembre, à la Ligue contre le cancer de Dijon.

Je voudrais ensuite être embauché dans une association de santé publique.

Baptiste Ngata — 06 88 35 14 70""",
        app("Baptiste", "Ngata", phone="+33688351470", bac=2, grad="2025-06", unknown=("not_service_civique",), status="b_fp_service_fin_novembre"),
    )),
    # Feature: futur_proche — aim — je vais chercher uniquement dans les SCOP et les associations
    # timed: «je vais chercher» on «uniquement dans les SCOP et les associations» = the search to come, all in the ESS → meets job_seeking_ess
    N("futur_proche", "aim", "je vais chercher uniquement dans les SCOP et les associations", M(
        "Héloïse Vandenberghe <heloise.vdb@example.net>", "Candidature", "10 09:44",
        """Bonjour,

Titulaire d'un master 2 « Gestion des ressources humaines » obtenu en juin 2025, j'ai travaillé un an en CDD dans une mutuelle. Désormais, je vais chercher uniquement dans les SCOP et les associations, sur des postes RH.

Merci de m'avoir lue,
Héloïse Vandenberghe
06 25 70 83 19""",
        app("Héloïse", "Vandenberghe", phone="+33625708319", bac=5, grad="2025-06", status="b_fp_chercher_scop"),
    )),
    # Feature: futur_proche — aim — je vais tenter ma chance partout dans l'associatif
    # timed: «je vais tenter ma chance» on «partout dans l'associatif» = a search to come, all in associations → meets job_seeking_ess
    N("futur_proche", "aim", "je vais tenter ma chance partout dans l'associatif", M(
        "Samir Haddou <samir.haddou@example.fr>", "candidature propulse", "14 22:05",
        """Salut,

J'ai ma licence de gestion depuis juin 2026. Je vais tenter ma chance partout dans l'associatif, des petites assos de quartier aux grosses fédérations, l'important c'est de commencer à bosser.

Samir Haddou 07 09 52 61 48""",
        app("Samir", "Haddou", phone="+33709526148", bac=3, grad="2026-06", status="b_fp_partout_associatif"),
    )),
    # Feature: futur_proche — aim — I'm going to apply only to charities and co-ops
    # timed: «I'm going to apply» on «only to charities and co-ops» = the search to come, in the ESS → meets job_seeking_ess
    N("futur_proche", "aim", "I'm going to apply only to charities and co-ops", M(
        "Fergus MacAllister <fergus.macallister@example.org>", "Application", "16 10:10",
        """Good morning,

I graduated with a BA in Community Development from the University of Glasgow in June 2025 and moved to Nantes this autumn. I'm going to apply only to charities and co-ops: the social and solidarity economy is where I want to build my career.

All the best,
Fergus MacAllister
+33 7 64 02 38 91""",
        app("Fergus", "MacAllister", phone="+33764023891", bac=3, grad="2025-06", language="en", status="b_fp_en_going_to_apply"),
    )),
    # Feature: futur_proche — kind — La prochaine promotion va démarrer
    # timed: «va démarrer» on «La prochaine promotion» = the programme's own future in a mailing → kind newsletter
    N("futur_proche", "kind", "La prochaine promotion va démarrer", M(
        "Actus Emploi Solidaire <actus@emploi-solidaire.example.com>", "Actus de la quinzaine", "21 06:30",
        """Actus Emploi Solidaire — n° 87

La prochaine promotion va démarrer en janvier : les réunions d'information vont avoir lieu à Lille, Lyon et Marseille. Aussi dans ce numéro : dix offres en associations, un dossier sur le mécénat de compétences.

Se désabonner : lien en bas de page.""",
        newsletter(),
    )),
    # Feature: futur_proche — kind — je vais être en déplacement toute la semaine
    # timed: «je vais être en déplacement» on «toute la semaine» = an absence notice → kind auto_reply
    N("futur_proche", "kind", "je vais être en déplacement toute la semaine", M(
        "Raphaël Ouédraogo <raphael.ouedraogo@example.net>", "Absence : Re: Pro'pulse", "23 08:01",
        """Message automatique : je vais être en déplacement toute la semaine et je lirai mes messages lundi. En cas d'urgence, appelez le standard.

Raphaël Ouédraogo""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # ---------------------------------------------------------------- simple future and futur antérieur
    # Feature: futur_and_futur_anterieur — situation — mon service civique se terminera le 31 mars
    # timed: «se terminera» on «mon service civique» = running until 31 March 2027 → fails not_service_civique
    N("futur_and_futur_anterieur", "situation", "mon service civique se terminera le 31 mars", M(
        "Émilie Chastang <emilie.chastang@example.org>", "Candidature au programme", "02 18:22",
        """Bonjour,

Diplômée d'une licence de psychologie en juin 2026, je suis volontaire à l'Association des paralysés de France de Limoges : mon service civique se terminera le 31 mars.

J'aimerais ensuite trouver un poste dans une association du handicap.

Émilie Chastang, 06 73 91 28 04""",
        app("Émilie", "Chastang", phone="+33673912804", bac=3, grad="2026-06", failing=("not_service_civique",), status="b_fut_service_31_mars"),
    )),
    # Feature: futur_and_futur_anterieur — situation — j'aurai terminé mon stage le 20 novembre
    # timed: «j'aurai terminé» on «mon stage» written on 6 November = over by TODAY (20 November 2026) → meets not_internship
    N("futur_and_futur_anterieur", "situation", "j'aurai terminé mon stage le 20 novembre", M(
        "Jules Bertrand-Amadou <jules.ba@example.com>", "Candidature Pro'pulse - Jules", "06 15:50",
        """Bonjour,

J'ai eu mon DEJEPS « Animation socio-éducative » en juillet 2026. J'aurai terminé mon stage le 20 novembre, à la fédération des centres sociaux du Gard, et je serai libre dès le lendemain.

Je recherche un poste de directeur adjoint dans un centre social associatif.

Jules Bertrand-Amadou
06 17 48 62 95""",
        app("Jules", "Bertrand-Amadou", phone="+33617486295", bac=2, grad="2026-07", status="b_fut_stage_20_novembre"),
    )),
    # Feature: futur_and_futur_anterieur — studies_finished — je serai titulaire du DEASS en juillet prochain
    # timed: «je serai titulaire» on «du DEASS» = a diploma to come (July 2027) → fails studies_finished
    N("futur_and_futur_anterieur", "studies_finished", "je serai titulaire du DEASS en juillet prochain", M(
        "Karima Tahiri <karima.tahiri@example.fr>", "Question et candidature", "08 12:37",
        """Bonjour,

J'ai choisi la voie de l'assistance sociale, à l'IRTS de Montrouge : je serai titulaire du DEASS en juillet prochain.

Je cherche dès maintenant un futur poste dans une association d'aide aux familles.

Karima Tahiri — 07 26 84 15 39""",
        app("Karima", "Tahiri", phone="+33726841539", bac="*", grad=None, failing=("studies_finished",), status="b_fut_deass_juillet"),
    )),
    # Feature: futur_and_futur_anterieur — aim — je chercherai un poste dans la grande distribution
    # timed: «je chercherai» on «un poste dans la grande distribution» = the search to come, in mass retail → fails job_seeking_ess
    N("futur_and_futur_anterieur", "aim", "je chercherai un poste dans la grande distribution", M(
        "Yoann Le Goff <yoann.legoff@example.net>", "Pro'pulse", "10 20:16",
        """Bonsoir,

J'ai un BTS Management commercial opérationnel (juin 2026). Si votre programme me prend, je chercherai un poste dans la grande distribution, rayon ou gestion de magasin.

Yoann Le Goff 06 30 57 42 86""",
        app("Yoann", "Le Goff", phone="+33630574286", bac=2, grad="2026-06", failing=("job_seeking_ess",), status="b_fut_grande_distribution"),
    )),
    # Feature: futur_and_futur_anterieur — studies_finished — j'aurai soutenu d'ici la fin du mois
    # ambiguous: written on 12 November, «d'ici la fin du mois» may fall before or after 26 November: the defence may or may not be behind her
    # timed: «j'aurai soutenu» on «d'ici la fin du mois» = defence done by end of November, day unsaid → open studies_finished
    N("futur_and_futur_anterieur", "studies_finished", "j'aurai soutenu d'ici la fin du mois", M(
        "Maja Holmgren <maja.holmgren@example.org>", "Candidature (master 2)", "12 09:58",
        """Bonjour,

Pour mon master 2 « Économie sociale et solidaire », j'aurai soutenu d'ici la fin du mois, la date exacte n'est pas encore fixée par le jury.

Je souhaite rejoindre une association de l'économie circulaire, une ressourcerie par exemple.

Maja Holmgren, 06 02 93 71 64""",
        app("Maja", "Holmgren", phone="+33602937164", bac="*", grad=None, unknown=("studies_finished",), status="b_fut_soutenu_fin_mois"),
    )),
    # Feature: futur_and_futur_anterieur — aim — elle continuera à chercher dans les associations d'insertion
    # timed: «elle continuera à chercher» on «dans les associations d'insertion» (an adviser's referral) = the search on, in the ESS → meets job_seeking_ess
    N("futur_and_futur_anterieur", "aim", "elle continuera à chercher dans les associations d'insertion", M(
        "Gaëlle Sorin <gaelle.sorin@example.fr>", "Orientation vers Pro'pulse", "16 14:14",
        """Bonjour,

Je vous oriente Mme Mariétou Camara (marietou.camara@example.com, 06 59 06 32 77), titulaire d'un BTS Économie sociale familiale obtenu en juin 2025. Elle continuera à chercher dans les associations d'insertion, comme elle le fait depuis l'été ; votre accompagnement l'aiderait beaucoup.

Je serai en congé à partir du 30 novembre, merci de la contacter directement.

Gaëlle Sorin
Conseillère emploi""",
        app("Mariétou", "Camara", phone="+33659063277", bac=2, grad="2025-06", email="marietou.camara@example.com", forwarded_by="gaelle.sorin@example.fr", status="b_fut_orientee_insertion"),
    )),
    # Feature: futur_and_futur_anterieur — kind — Je ne pourrai lire vos messages qu'à partir du 1er décembre
    # timed: «Je ne pourrai lire» on «vos messages qu'à partir du 1er décembre» = an absence notice → kind auto_reply
    N("futur_and_futur_anterieur", "kind", "Je ne pourrai lire vos messages qu'à partir du 1er décembre", M(
        "Sylvain Morel-Diop <sylvain.md@example.org>", "Réponse automatique", "24 10:00",
        """Bonjour,

Je ne pourrai lire vos messages qu'à partir du 1er décembre. Ils ne seront pas transférés.

Sylvain Morel-Diop""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: futur_and_futur_anterieur — kind — Les candidatures seront-elles encore ouvertes en février
    # timed: «seront-elles encore ouvertes» on «Les candidatures» = the programme's future in a question, no personal fact → kind question
    N("futur_and_futur_anterieur", "kind", "Les candidatures seront-elles encore ouvertes en février", M(
        "Victor Almeida <victor.almeida@example.net>", "Dates de candidature", "25 15:31",
        """Bonjour,

Les candidatures seront-elles encore ouvertes en février ? Et y aura-t-il une session à Bordeaux ?

Merci !
Victor Almeida""",
        question(),
    )),
]
