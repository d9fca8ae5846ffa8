"""Asking corpus, batch 01 (writer A): yes/no questions whose presupposition carries the fact, conditions
«si…» (met, not met yet, or open), «sachant que / vu que / puisque / given that» clauses; other mail that
asks too (a question on the bac+2 with no «j'ai», a question about someone finishing a service civique, a
question quoting our criteria, a reply in our thread, an auto-reply, a bounce)."""
# ruff: noqa: E501

from __future__ import annotations

from asking import N
from kit import M, app, auto_reply, bounce, question, reply

MESSAGES = [
    # Feature: yes_no_question — level — mon BTS Diététique, que j'ai obtenu en juin 2025, suffit
    # asking: «mon BTS Diététique, que j'ai obtenu en juin 2025, suffit» = a BTS (bac+2) obtained 17 months ago, presupposed by the question → meets degree_level, graduation_recent → eligible
    N("yes_no_question", "level", "mon BTS Diététique, que j'ai obtenu en juin 2025, suffit", M(
        "Océane Barbier-Tchamba <oceane.bt@example.org>", "Question avant de candidater", "02 09:12",
        """Bonjour,

Est-ce que mon BTS Diététique, que j'ai obtenu en juin 2025, suffit pour entrer dans votre programme ? Sur votre page je lis « bac+2 minimum » mais je préfère demander.

Depuis l'été je cherche un poste de diététicienne dans une association de lutte contre la précarité alimentaire, ou dans une épicerie solidaire. J'ai un peu travaillé en intérim entre-temps.

Si c'est bon, je vous envoie mon dossier tout de suite.

Merci d'avance,
Océane Barbier-Tchamba
06 12 48 77 39""",
        app("Océane", "Barbier-Tchamba", phone="+33612487739", bac=2, grad="2025-06", status="bts_dietetique_suffit"),
    )),
    # Feature: yes_no_question — situation — mon service civique, qui court jusqu'au 12 janvier
    # asking: «mon service civique, qui court jusqu'au 12 janvier» = a service civique running today (ends after 2026-11-26), presupposed → fails not_service_civique
    N("yes_no_question", "situation", "mon service civique, qui court jusqu'au 12 janvier", M(
        "Yanis Ouarab <yanis.ouarab@example.net>", "service civique et candidature", "05 18:40",
        """Bonjour,

Je voudrais candidater à Pro'pulse. Est-ce que mon service civique, qui court jusqu'au 12 janvier, pose problème ? Je suis dans une association d'éducation à l'environnement depuis mai.

J'ai une licence de géographie (2025) et j'aimerais ensuite travailler dans une association de protection de la nature.

Yanis
07 66 21 09 84""",
        app("Yanis", "Ouarab", phone="+33766210984", bac=3, grad="2025", failing=("not_service_civique",), status="sc_12_janvier"),
    )),
    # Feature: yes_no_question — situation — mon stage, qui se termine fin novembre
    # ambiguous: «fin novembre» with no day, written on 10 November: the stage may have ended by the 26th or may run to the 30th
    # asking: «mon stage, qui se termine fin novembre» = an internship now, ending at an unstated day of late November → not_internship open
    N("yes_no_question", "situation", "mon stage, qui se termine fin novembre", M(
        "Chloé Vandenberghe <chloe.vdb@example.fr>", "Candidature - question sur mon stage", "10 13:05",
        """Bonjour,

Je termine un master 2 en développement local (mémoire soutenu en septembre) et je suis en stage dans une SCIC de mobilité partagée.

Est-ce que mon stage, qui se termine fin novembre, m'empêche de candidater maintenant ? Ou faut-il que j'attende qu'il soit fini ?

Je cherche un premier poste de chargée de projet dans une coopérative ou une association.

Bien cordialement,
Chloé Vandenberghe
06 58 03 71 46""",
        app("Chloé", "Vandenberghe", phone="+33658037146", bac=5, grad="2026-09", unknown=("not_internship",), status="stage_fin_novembre"),
    )),
    # Feature: yes_no_question — graduation — mon master, soutenu en septembre
    # asking: «mon master, soutenu en septembre» = a master finished in September 2026 (the last September before the mail), presupposed → meets graduation_recent, studies_finished → eligible
    N("yes_no_question", "graduation", "mon master, soutenu en septembre", M(
        "Rafael Moreira Lopes <rafa.ml@example.com>", "trop tôt ?", "06 22:17",
        """Bonsoir,

Petite question : est-ce que mon master, soutenu en septembre, est « trop récent » pour Pro'pulse ? Je n'ai encore aucune expérience pro à part mes stages.

C'était un master Économie sociale et solidaire à Lyon. Je cherche un poste dans une mutuelle ou une fédération associative, plutôt côté animation de réseau.

Merci !
Rafael Moreira Lopes
06 31 90 25 58""",
        app("Rafael", "Moreira Lopes", phone="+33631902558", bac=5, grad="2026-09", status="master_septembre"),
    )),
    # Feature: yes_no_question — graduation — ma licence de 2022 compte encore
    # asking: «ma licence de 2022 compte encore» = a licence of 2022, presupposed: more than 24 months ago → fails graduation_recent
    N("yes_no_question", "graduation", "ma licence de 2022 compte encore", M(
        "Mathilde Kerbrat <mathilde.kerbrat@example.org>", "Re-question", "07 10:52",
        """Bonjour,

Est-ce que ma licence de 2022 compte encore pour votre programme ? Depuis, j'ai été surveillante dans un collège, puis j'ai cherché du travail.

J'aimerais beaucoup travailler dans une association d'éducation populaire. Est-ce que je peux quand même envoyer un dossier ?

Mathilde Kerbrat
06 27 14 63 09""",
        app("Mathilde", "Kerbrat", phone="+33627146309", bac=3, grad="2022", failing=("graduation_recent",), status="licence_2022"),
    )),
    # Feature: yes_no_question — aim — aussi bien dans une mutuelle que dans une banque classique
    # ambiguous: she would take a job in a mutuelle (ESS) as well as in a commercial bank (not): whether she seeks in the ESS is not settled
    # asking: «aussi bien dans une mutuelle que dans une banque classique» = an aim half in the ESS, half out → job_seeking_ess open
    N("yes_no_question", "aim", "aussi bien dans une mutuelle que dans une banque classique", M(
        "Inès Lamrani <ines.lamrani@example.net>", "Candidature Pro'pulse", "08 11:30",
        """Bonjour,

J'ai un BTS Banque obtenu en juillet 2025 et je cherche un poste de conseillère clientèle. Est-ce que c'est un problème si je postule aussi bien dans une mutuelle que dans une banque classique ? Je ne veux pas me fermer de portes.

Merci de votre réponse,
Inès Lamrani
07 52 38 90 11""",
        app("Inès", "Lamrani", phone="+33752389011", bac=2, grad="2025-07", unknown=("job_seeking_ess",), status="mutuelle_ou_banque"),
    )),
    # Feature: yes_no_question — kind — un bac+2 suffit-il
    # asking: «un bac+2 suffit-il» = a question about the criteria with no «j'ai», no personal fact → kind question
    N("yes_no_question", "kind", "un bac+2 suffit-il", M(
        "Lucas Perrot <lucas.perrot@example.com>", "niveau demandé", "09 08:03",
        """Bonjour,

Pour entrer, un bac+2 suffit-il, ou faut-il une licence ? Et est-ce que le programme est payant ?

Merci,
Lucas""",
        question(),
    )),
    # Feature: yes_no_question — kind — Pourriez-vous renvoyer votre message après le 16
    # asking: «Pourriez-vous renvoyer votre message après le 16» = an automatic answer that asks for the message to be sent again, no application → kind auto_reply
    N("yes_no_question", "kind", "Pourriez-vous renvoyer votre message après le 16", M(
        "Maison des associations de Redon <accueil.mda@example.fr>", "Réponse automatique : Pro'pulse - session de décembre", "12 07:00",
        """Bonjour,

L'accueil de la Maison des associations est fermé jusqu'au 16 novembre. Pourriez-vous renvoyer votre message après le 16 novembre ? Pour toute urgence : 02 99 00 00 00.

Message envoyé automatiquement.""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: condition_si — studies_finished — si je valide mon master en mars
    # asking: «si je valide mon master en mars» = a condition not met yet: the master is still running → fails studies_finished
    N("condition_si", "studies_finished", "si je valide mon master en mars", M(
        "Awa Diallo <awa.diallo@example.org>", "Candidature en avance ?", "03 16:22",
        """Bonjour,

Si je valide mon master en mars, est-ce que je peux candidater dès maintenant pour la session suivante ? Je suis en M2 Management des organisations de l'ESS, il me reste le stage et le mémoire.

Je voudrais ensuite travailler dans une fondation ou une grosse association de solidarité internationale.

Merci beaucoup,
Awa Diallo
06 40 17 82 53""",
        app("Awa", "Diallo", phone="+33640178253", bac="*", grad=None, failing=("studies_finished",), status="master_mars"),
    )),
    # Feature: condition_si — level — if my DUT from June 2025 is enough
    # asking: «if my DUT from June 2025 is enough» = a condition on our answer, presupposing a DUT (bac+2) of June 2025 → meets degree_level, graduation_recent → eligible
    N("condition_si", "level", "if my DUT from June 2025 is enough", M(
        "Tomasz Wieczorek <tomasz.w@example.com>", "Application question", "04 12:48",
        """Hello,

I live in Lille since three years and I would like to apply to Pro'pulse, if my DUT from June 2025 is enough. It is a DUT Carrières sociales. I am looking for a job as youth worker in a centre social or an association.

Can you tell me, please?

Tomasz Wieczorek
+33 6 84 20 51 77""",
        app("Tomasz", "Wieczorek", phone="+33684205177", bac=2, grad="2025-06", language="en", status="dut_if_enough"),
    )),
    # Feature: condition_si — studies_finished — si les résultats du jury tombent avant
    # ambiguous: all exams sat, the jury's results still to come: she may or may not have her licence pro
    # asking: «si les résultats du jury tombent avant» = a condition on results not known yet → studies_finished open
    N("condition_si", "studies_finished", "si les résultats du jury tombent avant", M(
        "Gwladys Mbemba <gwladys.mbemba@example.fr>", "Licence pro - candidature", "13 09:41",
        """Bonjour,

J'ai passé toutes les épreuves de ma licence pro Intervention sociale fin octobre. Est-ce que je peux candidater si les résultats du jury tombent avant la fin des inscriptions ? Ou est-ce que vous avez besoin de l'attestation de réussite ?

Je vise un poste d'accompagnatrice dans une association d'hébergement ou une pension de famille.

Gwladys Mbemba
07 45 60 12 38""",
        app("Gwladys", "Mbemba", phone="+33745601238", bac=3, grad=None, unknown=("graduation_recent", "studies_finished"), status="lp_resultats_jury"),
    )),
    # Feature: condition_si — career_change — si ça ne pose pas de souci que j'aie été aide-soignante pendant quatorze ans
    # asking: «si ça ne pose pas de souci que j'aie été aide-soignante pendant quatorze ans» = the condition asks about a fact it presupposes: fourteen years as a care assistant before a master ESS → fails not_career_change
    N("condition_si", "career_change", "si ça ne pose pas de souci que j'aie été aide-soignante pendant quatorze ans", M(
        "Brigitte Lalanne <b.lalanne@example.net>", "Reconversion", "14 20:15",
        """Madame, Monsieur,

Je souhaiterais rejoindre votre programme, si ça ne pose pas de souci que j'aie été aide-soignante pendant quatorze ans avant de reprendre mes études. J'ai obtenu en juin 2026 un master Économie sociale et solidaire et je cherche un poste de coordinatrice dans une association d'aide aux aidants.

Pourriez-vous me le confirmer ?

Bien cordialement,
Brigitte Lalanne
06 19 73 40 28""",
        app("Brigitte", "Lalanne", phone="+33619734028", bac=5, grad="2026-06", failing=("not_career_change",), status="aide_soignante_quatorze_ans"),
    )),
    # Feature: condition_si — aim — si une place se libère dans une épicerie solidaire
    # asking: «si une place se libère dans une épicerie solidaire» = a condition on the future job, stating an ESS aim; her BTS of June 2026 is said plainly → eligible
    N("condition_si", "aim", "si une place se libère dans une épicerie solidaire", M(
        "Salomé Nguyen Van <salome.nv@example.org>", "inscription", "15 10:27",
        """Bonjour !

J'ai eu mon BTS Économie sociale et familiale en juin 2026. Si une place se libère dans une épicerie solidaire près de Nantes, c'est vraiment là que je voudrais travailler. Est-ce que Pro'pulse peut m'aider à y arriver ? Comment je m'inscris ?

Salomé
06 02 39 84 17""",
        app("Salomé", "Nguyen Van", phone="+33602398417", bac=2, grad="2026-06", status="epicerie_si_place"),
    )),
    # Feature: condition_si — situation — si mon stage se termine le 20 décembre
    # asking: «si mon stage se termine le 20 décembre» = the condition presupposes an internship running today (its end after 2026-11-26) → fails not_internship
    N("condition_si", "situation", "si mon stage se termine le 20 décembre", M(
        "Kenji Morel <kenji.morel@example.com>", "démarrage en janvier ?", "16 14:02",
        """Bonjour,

Je suis diplômé d'un DUT GEA (juin 2025) et je fais actuellement un stage dans une coopérative d'activité et d'emploi. Si mon stage se termine le 20 décembre, est-ce que je peux quand même entrer dans le programme maintenant ? Ensuite j'aimerais y être embauché ou rejoindre une autre SCOP.

Kenji Morel
06 77 05 19 62""",
        app("Kenji", "Morel", phone="+33677051962", bac=2, grad="2025-06", failing=("not_internship",), status="stage_20_decembre"),
    )),
    # Feature: condition_si — graduation — si un DUT obtenu en 2024 compte encore
    # ambiguous: a DUT of 2024 with no month: within 24 months if from November or December 2024, not if from June
    # asking: «si un DUT obtenu en 2024 compte encore» = a DUT of 2024, the month unsaid → graduation_recent open
    N("condition_si", "graduation", "si un DUT obtenu en 2024 compte encore", M(
        "Dylan Arsène <dylan.arsene@example.fr>", "DUT 2024", "17 17:33",
        """slt, je voulais savoir si un DUT obtenu en 2024 compte encore pour le programme. c'est le mien, DUT info-com. je cherche un job de chargé de com dans une asso ou une fédé sportive. merci

Dylan 07 81 62 34 90""",
        app("Dylan", "Arsène", phone="+33781623490", bac=2, grad="2024", unknown=("graduation_recent",), status="dut_2024"),
    )),
    # Feature: condition_si — kind — si une personne est encore en service civique au moment de s'inscrire
    # asking: «si une personne est encore en service civique au moment de s'inscrire» = a condition about anybody, no personal fact → kind question
    N("condition_si", "kind", "si une personne est encore en service civique au moment de s'inscrire", M(
        "Romane Giraud <romane.giraud@example.net>", "question sur les services civiques", "18 12:12",
        """Bonjour,

Si une personne est encore en service civique au moment de s'inscrire, est-ce qu'elle peut candidater, ou seulement après la fin de sa mission ? Et le programme commence quand ?

Merci pour vos réponses.""",
        question(),
    )),
    # Feature: condition_si — kind — si cette adresse existe
    # asking: «si cette adresse existe» = a delivery failure: the server asks the sender to check the address → kind bounce
    N("condition_si", "kind", "si cette adresse existe", M(
        "Mail Delivery System <mailer-daemon@example.net>", "Undelivered Mail Returned to Sender", "19 06:31",
        """Votre message n'a pas pu être remis à jonas.pietri@example.net. Vérifiez si cette adresse existe.

The mail system""",
        bounce("jonas.pietri@example.net"),
        bounce="Reporting-MTA: dns; mx.example.net\nArrival-Date: Thu, 19 Nov 2026 06:31:02 +0100\n\nFinal-Recipient: rfc822; jonas.pietri@example.net\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 User unknown",
    )),
    # Feature: given_that — studies_finished — sachant que j'ai fini mon M2 en septembre
    # asking: «sachant que j'ai fini mon M2 en septembre» = a given: an M2 finished in September 2026 → meets studies_finished, graduation_recent → eligible
    N("given_that", "studies_finished", "sachant que j'ai fini mon M2 en septembre", M(
        "Hugo Delacroix-Mensah <hugo.dm@example.org>", "Candidature", "04 09:09",
        """Bonjour,

Sachant que j'ai fini mon M2 en septembre (Politiques sociales et territoires, à Rennes), est-ce que je peux entrer dans la prochaine session ? Je cherche un poste de chargé de mission dans une fédération d'associations ou une SCIC.

Je reste joignable au 06 45 12 98 03.

Hugo Delacroix-Mensah""",
        app("Hugo", "Delacroix-Mensah", phone="+33645129803", bac=5, grad="2026-09", status="m2_fini_septembre"),
    )),
    # Feature: given_that — situation — vu que je suis encore en stage jusqu'au 19 décembre
    # asking: «vu que je suis encore en stage jusqu'au 19 décembre» = a given: an internship running today → fails not_internship
    N("given_that", "situation", "vu que je suis encore en stage jusqu'au 19 décembre", M(
        "Lina Haddou <lina.haddou@example.com>", "Est-ce que je peux postuler ?", "06 15:44",
        """Bonjour,

J'ai un BUT Carrières sociales (juin 2026) et je voudrais rejoindre Pro'pulse. Mais vu que je suis encore en stage jusqu'au 19 décembre dans une MJC, est-ce que ma candidature sera prise en compte ?

J'aimerais rester dans l'éducation populaire.

Lina Haddou
06 93 28 41 70""",
        app("Lina", "Haddou", phone="+33693284170", bac=3, grad="2026-06", failing=("not_internship",), status="stage_19_decembre"),
    )),
    # Feature: given_that — level — given that I hold a licence professionnelle from June 2025
    # asking: «given that I hold a licence professionnelle from June 2025» = a given: a bac+3 of 17 months ago → meets degree_level, graduation_recent → eligible
    N("given_that", "level", "given that I hold a licence professionnelle from June 2025", M(
        "Aoife Brennan <aoife.brennan@example.com>", "Eligibility", "07 11:11",
        """Dear Pro'pulse team,

Could I join your next session, given that I hold a licence professionnelle from June 2025 (Coordination de projets de développement social)? I moved to Toulouse from Galway four years ago and studied here.

I'd like to work for a SCOP or a housing association. Thank you for letting me know.

Best,
Aoife Brennan
07 58 26 03 94""",
        app("Aoife", "Brennan", phone="+33758260394", bac=3, grad="2025-06", language="en", status="lp_given_that"),
    )),
    # Feature: given_that — career_change — étant donné que j'ai travaillé douze ans comme commerciale
    # asking: «étant donné que j'ai travaillé douze ans comme commerciale» = a given: twelve years in sales before a master ESS → fails not_career_change
    N("given_that", "career_change", "étant donné que j'ai travaillé douze ans comme commerciale", M(
        "Sylvie Abitbol <sylvie.abitbol@example.fr>", "Ma situation", "09 19:58",
        """Bonjour,

Étant donné que j'ai travaillé douze ans comme commerciale dans l'agroalimentaire avant de reprendre un master ESS (obtenu en juillet 2026), est-ce que votre programme est fait pour moi ? Je cherche un poste de responsable de développement dans une coopérative.

Sylvie Abitbol
06 08 55 72 41""",
        app("Sylvie", "Abitbol", phone="+33608557241", bac=5, grad="2026-07", failing=("not_career_change",), status="commerciale_douze_ans"),
    )),
    # Feature: given_that — situation — vu que je suis en fin de service civique ce mois-ci
    # ambiguous: a service civique ending «ce mois-ci» (November) with no day, written on the 11th: over by the 26th or running to the 30th
    # asking: «vu que je suis en fin de service civique ce mois-ci» = a service civique ending some day of November → not_service_civique open
    N("given_that", "situation", "vu que je suis en fin de service civique ce mois-ci", M(
        "Bakary Coulibaly <bakary.coulibaly@example.net>", "candidature pro'pulse", "11 21:06",
        """Bonsoir,

Je voudrais postuler. J'ai un BTS SP3S depuis juin 2025. Vu que je suis en fin de service civique ce mois-ci, est-ce que je dois attendre décembre pour envoyer mon dossier ?

Je cherche un poste dans une association d'accès aux droits.

Merci,
Bakary Coulibaly
07 37 14 85 26""",
        app("Bakary", "Coulibaly", phone="+33737148526", bac=2, grad="2025-06", unknown=("not_service_civique",), status="sc_ce_mois_ci"),
    )),
    # Feature: given_that — aim — puisque je vise surtout les cabinets d'audit
    # asking: «puisque je vise surtout les cabinets d'audit» = a given: the aim is audit firms, not the ESS → fails job_seeking_ess
    N("given_that", "aim", "puisque je vise surtout les cabinets d'audit", M(
        "Gautier Lemaître <gautier.lemaitre@example.com>", "Programme Pro'pulse", "12 08:37",
        """Bonjour,

Diplômé d'un master en développement durable en septembre 2025, je m'intéresse à votre programme. Est-il adapté à mon profil, puisque je vise surtout les cabinets d'audit ?

Cordialement,
Gautier Lemaître
06 71 46 30 82""",
        app("Gautier", "Lemaître", phone="+33671463082", bac=5, grad="2025-09", failing=("job_seeking_ess",), status="cabinets_audit"),
    )),
    # Feature: given_that — kind — sachant que le programme demande un bac+2
    # asking: «sachant que le programme demande un bac+2» = a given that quotes our criteria, no personal fact → kind question
    N("given_that", "kind", "sachant que le programme demande un bac+2", M(
        "Margaux Thiébaut <margaux.thiebaut@example.org>", "BTS en alternance", "20 10:04",
        """Bonjour,

Sachant que le programme demande un bac+2 obtenu il y a moins de deux ans, est-ce qu'un BTS fait en alternance compte comme les autres ? Ou faut-il avoir fait un BTS en initial ?

Merci de votre retour,
Margaux Thiébaut""",
        question(),
    )),
    # Feature: given_that — kind — vu que la réunion est décalée
    # asking: «vu que la réunion est décalée» = a partner's reply in our thread asking for a new date → kind reply
    N("given_that", "kind", "vu que la réunion est décalée", M(
        "Nadège Forestier - Centre social des Glycines <n.forestier@example.fr>", "Re: Réunion d'information Pro'pulse", "21 14:50",
        """Bonjour,

Vu que la réunion est décalée, est-ce que le jeudi 3 décembre à 14h vous irait ? La salle du centre social est libre ce jour-là.

Bien à vous,
Nadège Forestier

> Le 20 nov. 2026, Pro'pulse <propulse@animafac.net> a écrit :
> Bonjour, nous devons malheureusement décaler la réunion d'information prévue le 26.""",
        reply(),
        headers={"In-Reply-To": "<reunion-glycines-20261120@animafac.net>", "References": "<reunion-glycines-20261120@animafac.net>"},
    )),
]
