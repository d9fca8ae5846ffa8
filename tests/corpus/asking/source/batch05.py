"""Asking corpus, batch 05 (writer B): yes_no_question (a question whose presupposition carries the fact),
condition_si (a «si…» that may or may not be met), given_that (sachant que / vu que / puisque / étant donné
que); other mail asking too (a question with no personal fact, an auto-reply, a newsletter, a reply in our
thread, a bounce)."""
# ruff: noqa: E501

from __future__ import annotations

from asking import N
from kit import CV, M, app, auto_reply, bounce, newsletter, question, reply

MESSAGES = [
    # Feature: yes_no_question — level — mon BTS ESF, obtenu en juin 2025
    # asking: «mon BTS ESF, obtenu en juin 2025» = a bac+2 obtained 17 months ago, presupposed by the question → meets degree_level, graduation_recent
    N("yes_no_question", "level", "mon BTS ESF, obtenu en juin 2025", M(
        "Inès Bouzid <ines.bouzid@example.org>", "Question avant de postuler", "02 09:14",
        """Bonjour,

Est-ce que mon BTS ESF, obtenu en juin 2025, suffit pour entrer dans votre programme ? J'ai vu qu'il fallait un bac+2 mais je préfère demander.

Depuis le diplôme j'ai fait des petits remplacements, rien de long, et là je cherche vraiment un poste de conseillère dans une association, idéalement autour du logement ou de l'accès aux droits.

Merci d'avance,
Inès Bouzid
06 12 48 77 30""",
        app("Inès", "Bouzid", phone="+33612487730", bac=2, grad="2025-06", status="b_bts_esf_suffit"),
    )),
    # Feature: yes_no_question — situation — mon service civique à la Ligue de l'enseignement, qui se termine le 15 décembre
    # asking: «mon service civique à la Ligue de l'enseignement, qui se termine le 15 décembre» = a service civique running today, presupposed → fails not_service_civique
    N("yes_no_question", "situation", "mon service civique à la Ligue de l'enseignement, qui se termine le 15 décembre", M(
        "Baptiste Oyelaran <baptiste.oyelaran@example.net>", "candidature ?", "05 18:40",
        """Bonjour à l'équipe,

Est-ce que mon service civique à la Ligue de l'enseignement, qui se termine le 15 décembre, pose problème pour candidater ? Je préfère être honnête dès le départ.

J'ai une licence de sociologie obtenue en juin 2025 et j'aimerais ensuite travailler dans l'éducation populaire, dans une fédération ou un centre social.

Bonne soirée
Baptiste
07 81 20 64 19""",
        app("Baptiste", "Oyelaran", phone="+33781206419", bac=3, grad="2025-06", failing=("not_service_civique",), status="b_sc_ligue_15_decembre"),
    )),
    # Feature: yes_no_question — situation — mon service civique, qui se finit fin novembre
    # ambiguous: «fin novembre» with no day: the service civique may still run on 26 November or may be over
    # asking: «mon service civique, qui se finit fin novembre» = a service civique ending at an unstated day of late November → not_service_civique open
    N("yes_no_question", "situation", "mon service civique, qui se finit fin novembre", M(
        "Clémence Vautrin <clemence.vautrin@example.fr>", "Est-ce que je peux déjà postuler", "09 12:02",
        """Bonjour,

Petite question : est-ce que mon service civique, qui se finit fin novembre, m'empêche de déposer ma candidature maintenant ou est-ce que je dois attendre ?

Pour le reste : licence professionnelle coordination de projets de l'ESS, obtenue en juillet 2025. Je voudrais travailler dans une coopérative ou une association d'insertion.

Merci beaucoup,
Clémence Vautrin
06 55 03 91 27""",
        app("Clémence", "Vautrin", phone="+33655039127", bac=3, grad="2025-07", unknown=("not_service_civique",), status="b_sc_fin_novembre"),
    )),
    # Feature: yes_no_question — career_change — mes dix ans de comptable dans un cabinet privé
    # asking: «mes dix ans de comptable dans un cabinet privé» = ten years in another trade before the master of September 2026, presupposed → fails not_career_change
    N("yes_no_question", "career_change", "mes dix ans de comptable dans un cabinet privé", M(
        "Hervé Lindahl <herve.lindahl@example.com>", "Reconversion et programme", "11 07:55",
        """Madame, Monsieur,

Est-ce que mes dix ans de comptable dans un cabinet privé seront un frein à ma candidature ? J'ai repris mes études et obtenu un master Économie sociale et solidaire en septembre 2026.

Je souhaite aujourd'hui mettre mes compétences au service d'une association ou d'une SCIC.

Cordialement,
Hervé Lindahl
06 22 70 15 84""",
        app("Hervé", "Lindahl", phone="+33622701584", bac=5, grad="2026-09", failing=("not_career_change",), status="b_comptable_dix_ans"),
    )),
    # Feature: yes_no_question — aim — ma recherche d'un poste en coopérative
    # asking: «ma recherche d'un poste en coopérative» = an ESS aim presupposed → meets job_seeking_ess
    N("yes_no_question", "aim", "ma recherche d'un poste en coopérative", M(
        "Tariq Mansour <tariq.mansour@example.org>", "programme pro'pulse", "13 21:17",
        """Salut,

Est-ce que ma recherche d'un poste en coopérative rentre dans ce que vous accompagnez ? J'ai validé mon master 2 en septembre 2026 (management des organisations) et j'ai envie de bosser dans une SCOP ou une CAE, pas dans une boîte classique.

Merci !
Tariq
07 45 18 30 92""",
        app("Tariq", "Mansour", phone="+33745183092", bac=5, grad="2026-09", status="b_recherche_cooperative"),
    )),
    # Feature: yes_no_question — graduation — mon DUT carrières sociales de 2022
    # asking: «mon DUT carrières sociales de 2022» = a bac+2 of 2022, presupposed → fails graduation_recent
    N("yes_no_question", "graduation", "mon DUT carrières sociales de 2022", M(
        "Aurore Kessler <aurore.kessler@example.fr>", "mon diplôme est-il encore valable ?", "16 10:31",
        """Bonjour,

Est-ce que mon DUT carrières sociales de 2022 est encore pris en compte ? Je n'ai pas d'autre diplôme depuis.

Je travaille en ce moment en intérim et je voudrais revenir vers l'animation en association.

Aurore Kessler
06 90 34 12 58""",
        app("Aurore", "Kessler", phone="+33690341258", bac=2, grad="2022", failing=("graduation_recent",), status="b_dut_2022_valable"),
    )),
    # Feature: yes_no_question — kind — Est-ce qu'un bac+2 suffit pour entrer dans le programme
    # asking: «Est-ce qu'un bac+2 suffit pour entrer dans le programme» = asks about the criterion, no personal fact → kind question
    N("yes_no_question", "kind", "Est-ce qu'un bac+2 suffit pour entrer dans le programme", M(
        "Yasmine Ferhat <yasmine.ferhat@example.net>", "Niveau demandé", "18 08:20",
        """Bonjour,

Est-ce qu'un bac+2 suffit pour entrer dans le programme, ou faut-il une licence ? Et est-ce que les diplômes étrangers sont acceptés ?

Merci pour votre réponse.
Yasmine Ferhat""",
        question(),
    )),
    # Feature: yes_no_question — kind — Est-ce que vous pouvez me rappeler à mon retour
    # asking: «Est-ce que vous pouvez me rappeler à mon retour» = an out-of-office that asks for a call back → kind auto_reply
    N("yes_no_question", "kind", "Est-ce que vous pouvez me rappeler à mon retour", M(
        "Rachid Bentaleb <r.bentaleb@example.org>", "Réponse automatique : Pro'pulse - session de décembre", "19 14:03",
        """Bonjour,

Je suis absent du bureau jusqu'au 30 novembre. Est-ce que vous pouvez me rappeler à mon retour ? Pour toute urgence, écrivez à accueil@example.org.

Rachid Bentaleb""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: condition_si — studies_finished — si je valide mon M2 en janvier
    # asking: «si je valide mon M2 en janvier» = the M2 is not validated yet, studies running → fails studies_finished
    N("condition_si", "studies_finished", "si je valide mon M2 en janvier", M(
        "Lou Castelnau <lou.castelnau@example.com>", "Candidature anticipée ?", "03 16:45",
        """Bonjour,

Si je valide mon M2 en janvier, est-ce que je peux candidater dès maintenant pour la session d'hiver ? Il me reste deux UE à repasser.

Je veux travailler dans une association de solidarité internationale après.

Merci,
Lou Castelnau
06 03 77 41 26""",
        app("Lou", "Castelnau", phone="+33603774126", bac="*", grad=None, failing=("studies_finished",), status="b_m2_valide_janvier"),
    )),
    # Feature: condition_si — level — si j'ai bien compris, ma licence obtenue en juin 2025
    # asking: «si j'ai bien compris, ma licence obtenue en juin 2025» = the condition bears on the rule; the licence is stated → meets degree_level, graduation_recent
    N("condition_si", "level", "si j'ai bien compris, ma licence obtenue en juin 2025", M(
        "Mathis Nwachukwu <mathis.nwachukwu@example.org>", "je peux postuler ?", "06 11:12",
        """Bonjour,

Alors si j'ai bien compris, ma licence obtenue en juin 2025 suffit et je peux postuler ? C'est une licence AES.

Je cherche un premier poste en association, dans l'accompagnement des jeunes ou la vie associative. Je suis dispo tout de suite.

Merci
Mathis Nwachukwu
07 66 21 05 43""",
        app("Mathis", "Nwachukwu", phone="+33766210543", bac=3, grad="2025-06", status="b_licence_si_compris"),
    )),
    # Feature: condition_si — studies_finished — si ma soutenance, prévue courant novembre, se passe bien
    # ambiguous: the soutenance is «courant novembre», no day, and the mail is of 7 November: by 26 November it may have happened or not, and its outcome is unknown
    # asking: «si ma soutenance, prévue courant novembre, se passe bien» = the master is not obtained when she writes and may be by now → studies_finished open
    N("condition_si", "studies_finished", "si ma soutenance, prévue courant novembre, se passe bien", M(
        "Nadia Serrano <nadia.serrano@example.fr>", "Question candidature", "07 19:26",
        """Bonsoir,

Si ma soutenance, prévue courant novembre, se passe bien, est-ce que je pourrai rejoindre le programme en décembre ? C'est la dernière étape de mon master ESS, tout le reste est validé.

Je vise un poste de chargée de projet dans une fondation ou une grosse association.

Bien à vous,
Nadia Serrano
06 47 92 10 35""",
        app("Nadia", "Serrano", phone="+33647921035", bac="*", grad=None, unknown=("studies_finished",), status="b_soutenance_courant_novembre"),
    )),
    # Feature: condition_si — situation — si je continue mon stage à la mairie jusqu'en février
    # asking: «si je continue mon stage à la mairie jusqu'en février» = an internship held now, to go on → fails not_internship
    N("condition_si", "situation", "si je continue mon stage à la mairie jusqu'en février", M(
        "Joachim Perrault <joachim.perrault@example.net>", "stage en cours", "10 13:50",
        """Bonjour,

Si je continue mon stage à la mairie jusqu'en février, est-ce que je peux quand même postuler ? J'ai eu ma licence pro en juin 2026 et ce stage est un peu en plus.

Après je voudrais clairement aller vers une association d'éducation à l'environnement.

Joachim Perrault
06 81 52 44 09""",
        app("Joachim", "Perrault", phone="+33681524409", bac=3, grad="2026-06", failing=("not_internship",), status="b_stage_mairie_fevrier"),
    )),
    # Feature: condition_si — situation — si je n'ai jamais fait de service civique
    # asking: «si je n'ai jamais fait de service civique» = a condition the writer meets: no service civique → meets not_service_civique
    N("condition_si", "situation", "si je n'ai jamais fait de service civique", M(
        "Soraya Delmas <soraya.delmas@example.org>", "service civique obligatoire ?", "14 09:38",
        """Bonjour,

Est-ce que c'est un problème si je n'ai jamais fait de service civique ? Je vois que beaucoup de candidats en ont fait un.

J'ai un BTS SP3S obtenu en juillet 2025 et je cherche un poste dans une association d'aide à domicile ou un centre social.

Merci,
Soraya Delmas
06 28 64 90 17""",
        app("Soraya", "Delmas", phone="+33628649017", bac=2, grad="2025-07", status="b_jamais_service_civique", info_in="both"),
        cv=CV("pdf", "CV_Soraya_Delmas.pdf", "Soraya Delmas\nBTS Services et prestations des secteurs sanitaire et social (SP3S), juillet 2025\nEmplois d'été : animatrice en centre de loisirs (2022, 2023)\nRecherche : poste en association ou centre social"),
    )),
    # Feature: condition_si — aim — si je cherche aussi bien dans le public que dans l'associatif
    # ambiguous: public or associatif alike — the aim is not (only) the ESS and not outside it either
    # asking: «si je cherche aussi bien dans le public que dans l'associatif» = an aim split between public sector and ESS → job_seeking_ess open
    N("condition_si", "aim", "si je cherche aussi bien dans le public que dans l'associatif", M(
        "Gaëtan Kerhervé <gaetan.kerherve@example.com>", "public / associatif", "17 15:05",
        """Bonjour,

Est-ce que ça passe si je cherche aussi bien dans le public que dans l'associatif ? Je n'ai pas de préférence, ce qui compte c'est le poste.

J'ai un master urbanisme obtenu en septembre 2025.

Merci
Gaëtan Kerhervé
07 58 43 21 66""",
        app("Gaëtan", "Kerhervé", phone="+33758432166", bac=5, grad="2025-09", unknown=("job_seeking_ess",), status="b_public_ou_associatif"),
    )),
    # Feature: condition_si — graduation — si mon diplôme d'éducateur spécialisé, qui date de 2024, est encore valable
    # ambiguous: a DEES of 2024 with no month: within 24 months from November 2024 on, not before
    # asking: «si mon diplôme d'éducateur spécialisé, qui date de 2024, est encore valable» = a bac+3 of a year only, 2024 → graduation_recent open
    N("condition_si", "graduation", "si mon diplôme d'éducateur spécialisé, qui date de 2024, est encore valable", M(
        "Florian Nakamura <florian.nakamura@example.com>", "Diplôme 2024", "15 17:22",
        """Bonjour,

Je voudrais postuler si mon diplôme d'éducateur spécialisé, qui date de 2024, est encore valable chez vous. Je ne sais pas comment vous comptez les deux ans : il est bon ?

Je cherche un poste dans une association de protection de l'enfance.

Florian Nakamura
07 29 80 46 13""",
        app("Florian", "Nakamura", phone="+33729804613", bac=3, grad="2024", unknown=("graduation_recent",), status="b_si_dees_2024"),
    )),
    # Feature: condition_si — kind — Si on a un bac+2 mais pas de licence
    # asking: «Si on a un bac+2 mais pas de licence» = a general condition, nobody's fact → kind question
    N("condition_si", "kind", "Si on a un bac+2 mais pas de licence", M(
        "info.jeunes@example.fr", "Renseignement programme", "20 10:10",
        """Bonjour,

Une jeune du point information jeunesse me pose la question pour plus tard, mais en général : si on a un bac+2 mais pas de licence, est-ce qu'on peut entrer chez vous ? Et si on est en stage, faut-il attendre la fin ?

Merci pour elle et pour les prochains,
Le PIJ""",
        question(),
    )),
    # Feature: condition_si — kind — Si vous souhaitez vous désinscrire
    # asking: «Si vous souhaitez vous désinscrire» = a newsletter's conditional footer → kind newsletter
    N("condition_si", "kind", "Si vous souhaitez vous désinscrire", M(
        "La lettre des tiers-lieux <lettre@example.net>", "La lettre des tiers-lieux – novembre", "21 07:00",
        """La lettre des tiers-lieux – novembre 2026

Et si votre association ouvrait un atelier de réparation ? Trois tiers-lieux racontent comment ils ont démarré.
Agenda : rencontres régionales le 12 décembre.
Offres : coordinateur·rice d'un tiers-lieu rural (CDI), animateur·rice numérique.

Si vous souhaitez vous désinscrire, répondez STOP à ce message.""",
        newsletter(),
        headers={"List-Unsubscribe": "<mailto:lettre@example.net?subject=STOP>"},
    )),
    # Feature: given_that — graduation — sachant que j'ai terminé ma licence pro en juillet 2025
    # asking: «sachant que j'ai terminé ma licence pro en juillet 2025» = a given: bac+3 finished 16 months ago → meets graduation_recent, studies_finished
    N("given_that", "graduation", "sachant que j'ai terminé ma licence pro en juillet 2025", M(
        "Élodie Santucci <elodie.santucci@example.org>", "Inscription", "04 08:30",
        """Bonjour,

Je voudrais savoir comment m'inscrire, sachant que j'ai terminé ma licence pro en juillet 2025 (gestion des organisations de l'ESS).

Je cherche un poste d'assistante de coordination dans une association ou une mutuelle.

Merci,
Élodie Santucci
06 37 81 22 40""",
        app("Élodie", "Santucci", phone="+33637812240", bac=3, grad="2025-07", status="b_sachant_lp_2025"),
    )),
    # Feature: given_that — studies_finished — vu que je suis encore en alternance en BUT jusqu'en juin
    # asking: «vu que je suis encore en alternance en BUT jusqu'en juin» = a given: the BUT runs until June → fails studies_finished
    N("given_that", "studies_finished", "vu que je suis encore en alternance en BUT jusqu'en juin", M(
        "Kenza Haddouche <kenza.h@example.net>", "alternance", "08 22:14",
        """slt, est ce que je peux m'inscrire vu que je suis encore en alternance en BUT jusqu'en juin ? je suis dans une asso de quartier en ce moment et j'adore, je voudrais continuer dans ce genre de structure

Kenza
06 70 11 38 95""",
        app("Kenza", "Haddouche", phone="+33670113895", bac="*", grad=None, failing=("studies_finished",), status="b_vu_que_alternance_but"),
    )),
    # Feature: given_that — career_change — puisque j'ai été infirmière pendant quinze ans
    # asking: «puisque j'ai été infirmière pendant quinze ans» = a given: fifteen years of nursing before the master of June 2026 → fails not_career_change
    N("given_that", "career_change", "puisque j'ai été infirmière pendant quinze ans", M(
        "Martine Goujon <martine.goujon@example.fr>", "Candidature - reconversion", "12 10:48",
        """Bonjour,

Puisque j'ai été infirmière pendant quinze ans avant de reprendre un master ESS (obtenu en juin 2026), je me doute que mon profil est atypique. Est-ce que je peux malgré tout vous envoyer ma candidature ?

Je voudrais travailler dans une association de santé communautaire.

Bien cordialement,
Martine Goujon
06 19 57 03 82""",
        app("Martine", "Goujon", phone="+33619570382", bac=5, grad="2026-06", failing=("not_career_change",), status="b_puisque_infirmiere"),
    )),
    # Feature: given_that — aim — given that I want to work for a housing co-operative
    # asking: «given that I want to work for a housing co-operative» = an ESS aim given → meets job_seeking_ess
    N("given_that", "aim", "given that I want to work for a housing co-operative", M(
        "Fiona Gallagher <fiona.gallagher@example.org>", "Application question", "18 11:36",
        """Hello,

I finished my MA in urban studies in Lyon in June 2026. Given that I want to work for a housing co-operative or a tenants' association here in France, would your programme be a good fit for me? I'd love to apply.

Best wishes,
Fiona Gallagher
+33 6 41 70 29 55""",
        app("Fiona", "Gallagher", phone="+33641702955", bac=5, grad="2026-06", status="b_given_housing_coop", language="en"),
    )),
    # Feature: given_that — aim — vu que je cherche dans la RSE des grands groupes
    # asking: «vu que je cherche dans la RSE des grands groupes» = a given: the aim is a company's CSR department, not the ESS → fails job_seeking_ess
    N("given_that", "aim", "vu que je cherche dans la RSE des grands groupes", M(
        "Victor Vermorel <victor.vermorel@example.net>", "Éligibilité", "20 09:05",
        """Bonjour,

J'ai un master RSE obtenu en septembre 2025. Est-ce que votre accompagnement peut m'aider, vu que je cherche dans la RSE des grands groupes (énergie, banque) ?

Merci,
Victor Vermorel
06 84 22 67 31""",
        app("Victor", "Vermorel", phone="+33684226731", bac=5, grad="2025-09", failing=("job_seeking_ess",), status="b_vu_que_rse_groupes"),
    )),
    # Feature: given_that — career_change — puisque j'ai bossé quelques années dans la vente
    # ambiguous: «quelques années dans la vente» before the master: student jobs or a career? Not said
    # asking: «puisque j'ai bossé quelques années dans la vente» = a given of unclear length and nature → not_career_change open
    N("given_that", "career_change", "puisque j'ai bossé quelques années dans la vente", M(
        "Samir Tazi <samir.tazi@example.org>", "Question", "22 18:58",
        """Bonjour,

Puisque j'ai bossé quelques années dans la vente avant mon master (obtenu en juin 2026), est-ce que ça pose problème ? Aujourd'hui je veux travailler dans une association qui fait de l'insertion.

Merci
Samir Tazi
06 93 25 17 48""",
        app("Samir", "Tazi", phone="+33693251748", bac=5, grad="2026-06", unknown=("not_career_change",), status="b_puisque_vente"),
    )),
    # Feature: given_that — kind — vu que le programme est complet
    # asking: «vu que le programme est complet» = a reply in our thread asking about the next session, no application → kind reply
    N("given_that", "kind", "vu que le programme est complet", M(
        "Léna Fourcade <lena.fourcade@example.com>", "Re: Votre demande d'information", "23 12:40",
        """Merci pour votre réponse. Vu que le programme est complet, est-ce que vous pouvez me prévenir quand la prochaine session ouvre ?

Bonne journée,
Léna

Le 22/11/2026 à 16:02, Pro'pulse <propulse@animafac.net> a écrit :
> Bonjour, la session de décembre est complète. Nous ouvrirons la suivante en février.""",
        reply(),
        headers={"In-Reply-To": "<20261122160200.4471@animafac.net>", "References": "<20261122160200.4471@animafac.net>"},
    )),
    # Feature: given_that — kind — sachant que l'adresse n'existe plus
    # asking: «sachant que l'adresse n'existe plus» = a delivery failure report → kind bounce
    N("given_that", "kind", "sachant que l'adresse n'existe plus", M(
        "Mail Delivery System <mailer-daemon@example.net>", "Undelivered Mail Returned to Sender", "24 03:12",
        """Votre message n'a pas pu être remis, sachant que l'adresse n'existe plus sur ce serveur.

<julien.roche@example.net>: 550 5.1.1 User unknown""",
        bounce("julien.roche@example.net"),
        bounce="Reporting-MTA: dns; mx.example.net\nFinal-Recipient: rfc822; julien.roche@example.net\nAction: failed\nStatus: 5.1.1",
    )),
]
