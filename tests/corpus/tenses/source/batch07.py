"""Tenses corpus, batch 07 (writer B): the conditional of a counterfactual, a plan, hearsay or politeness
(«j'aurais dû être diplômée de ma licence», «je devrais terminer mon master en février», «mon diplôme serait
l'équivalent d'une licence», «je voudrais rejoindre une régie de quartier»), the subjunctive («bien que je
sois toujours stagiaire», «il faut que je finisse mon mémoire»), the progressive periphrases («je suis en train
de rédiger mon mémoire», «mon diplôme est en cours d'édition»), and other mail whose tense carries its kind."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, bounce, newsletter, other, question, reply
from tenses import N

MESSAGES = [
    # ---------------------------------------------------------------- conditional
    # Feature: conditional — level — j'aurais dû être diplômée de ma licence en 2025
    # timed: «j'aurais dû être diplômée» on «ma licence» = a counterfactual: never obtained, only the first year validated, the bac in 2022 → fails degree_level
    N("conditional", "level", "j'aurais dû être diplômée de ma licence en 2025", M(
        "Maëva Marchand-Obi <maeva.marchand.obi@example.org>", "Candidature", "02 11:11",
        """Bonjour,

J'aurais dû être diplômée de ma licence en 2025, mais je n'avais validé que la première année quand j'ai arrêté la fac, en 2023, pour des raisons de santé. J'ai eu mon bac en 2022.

Je voudrais travailler dans une association d'aide aux malades chroniques.

Maëva Marchand-Obi — 06 35 80 27 14""",
        app("Maëva", "Marchand-Obi", phone="+33635802714", bac=1, grad="2022", failing=("degree_level",), status="b_cond_aurais_du_licence"),
    )),
    # Feature: conditional — studies_finished — je devrais terminer mon master en février
    # timed: «je devrais terminer» on «mon master en février» = a plan: master to come (February 2027) → fails studies_finished
    N("conditional", "studies_finished", "je devrais terminer mon master en février", M(
        "Oskar Dahlberg <oskar.dahlberg@example.com>", "Pro'pulse", "04 09:09",
        """Bonjour,

Je devrais terminer mon master en février, après la soutenance de mon mémoire « Politiques sociales et territoires » à Strasbourg.

Je postule dès maintenant pour trouver un poste dans une fédération d'associations à partir du printemps.

Oskar Dahlberg
06 84 12 59 03""",
        app("Oskar", "Dahlberg", phone="+33684125903", bac="*", grad=None, failing=("studies_finished",), status="b_cond_devrais_fevrier"),
    )),
    # Feature: conditional — studies_finished — je devrais avoir mon BTS en juillet
    # ambiguous: written in November, «je devrais avoir mon BTS en juillet» fits a past July (a hope that came true?) as well as a July to come
    # timed: «je devrais avoir» on «mon BTS en juillet» = a BTS expected in July, past or to come → open studies_finished
    N("conditional", "studies_finished", "je devrais avoir mon BTS en juillet", M(
        "Mathis Oyono <mathis.oyono@example.fr>", "candidature", "07 21:47",
        """Bonsoir,

je devrais avoir mon BTS en juillet, c'est un BTS Services et prestations des secteurs sanitaire et social, j'ai passé toutes les épreuves au lycée Jean-Jaurès. je cherche un poste dans une association d'aide à domicile.

Mathis Oyono 07 48 30 66 12""",
        app("Mathis", "Oyono", phone="+33748306612", bac="*", grad=None, unknown=("studies_finished",), status="b_cond_bts_juillet"),
    )),
    # Feature: conditional — aim — je voudrais rejoindre une régie de quartier
    # timed: «je voudrais rejoindre» on «une régie de quartier» = a politeness conditional: the present aim, in the ESS → meets job_seeking_ess
    N("conditional", "aim", "je voudrais rejoindre une régie de quartier", M(
        "Fanta Sangaré <fanta.sangare@example.net>", "Candidature Pro'pulse - Fanta Sangaré", "09 10:26",
        """Bonjour,

Titulaire d'une licence professionnelle « Métiers de la gestion urbaine » obtenue en juin 2025 à Évry, je voudrais rejoindre une régie de quartier, sur la médiation ou l'entretien des espaces partagés.

Merci pour votre attention,
Fanta Sangaré
06 49 21 07 68""",
        app("Fanta", "Sangaré", phone="+33649210768", bac=3, grad="2025-06", status="b_cond_regie_quartier"),
    )),
    # Feature: conditional — aim — je pourrais aussi bien travailler dans une entreprise classique
    # ambiguous: the conditional of possibility leaves the sector undecided: an association, or a classic company just as well
    # timed: «je pourrais aussi bien travailler» on «dans une entreprise classique» = a hedged aim → open job_seeking_ess
    N("conditional", "aim", "je pourrais aussi bien travailler dans une entreprise classique", M(
        "Gauthier Delattre-Hubert <gauthier.delattre@example.org>", "Pro'pulse - candidature", "11 13:58",
        """Bonjour,

J'ai eu ma licence de gestion en juin 2026. L'associatif m'attire, mais je pourrais aussi bien travailler dans une entreprise classique si l'occasion se présente : je n'ai pas encore tranché.

Gauthier Delattre-Hubert, 06 12 93 45 70""",
        app("Gauthier", "Delattre-Hubert", phone="+33612934570", bac=3, grad="2026-06", unknown=("job_seeking_ess",), status="b_cond_aussi_bien"),
    )),
    # Feature: conditional — graduation — I'd have graduated in 2024 if I hadn't taken a gap year
    # timed: «I'd have graduated» (counterfactual) then «so I graduated in 2025» = the real date is June 2025 → meets graduation_recent
    N("conditional", "graduation", "I'd have graduated in 2024 if I hadn't taken a gap year", M(
        "Siobhan Gallagher <siobhan.gallagher@example.com>", "Pro'pulse application - Siobhan Gallagher", "13 15:12",
        """Hi,

I'd have graduated in 2024 if I hadn't taken a gap year, so I graduated in 2025 instead, with a BA in Social Work from University College Cork (June).

I live in Bordeaux now and I'd like to work for an association supporting young migrants.

Thanks,
Siobhan Gallagher
+33 6 71 40 85 26""",
        app("Siobhan", "Gallagher", phone="+33671408526", bac=3, grad="2025-06", language="en", status="b_cond_en_would_have_graduated"),
    )),
    # Feature: conditional — level — mon diplôme serait l'équivalent d'une licence
    # ambiguous: the conditional of hearsay («serait», d'après l'université) leaves the French level of the foreign diploma unconfirmed
    # timed: «serait l'équivalent» on «mon diplôme» = a level reported, not confirmed → open degree_level
    N("conditional", "level", "mon diplôme serait l'équivalent d'une licence", M(
        "Anas Bouchikhi <anas.bouchikhi@example.fr>", "Candidature", "14 08:35",
        """Bonjour,

J'ai obtenu en juin 2025 un diplôme de gestion dans une école privée de Casablanca. D'après le service des équivalences de l'université, mon diplôme serait l'équivalent d'une licence, mais je n'ai pas encore reçu l'attestation officielle.

Je cherche un emploi de gestionnaire dans une association ou une SCOP.

Anas Bouchikhi
07 36 18 52 90""",
        app("Anas", "Bouchikhi", phone="+33736185290", bac=None, grad="2025-06", unknown=("degree_level",), status="b_cond_equivalence"),
    )),
    # Feature: conditional — kind — une personne qui serait encore en stage
    # timed: «qui serait encore en stage» on «une personne» = a hypothetical in a question, no personal fact → kind question
    N("conditional", "kind", "une personne qui serait encore en stage", M(
        "Margaux Pellerin <margaux.pellerin@example.com>", "Renseignement", "15 17:03",
        """Bonjour,

Pourriez-vous me dire si une personne qui serait encore en stage au moment de la sélection pourrait quand même déposer sa candidature ?

Cordialement,
Margaux Pellerin""",
        question(),
    )),
    # Feature: conditional — kind — Nous serions ravis de vous accueillir
    # timed: «Nous serions ravis» on «de vous accueillir» = a politeness conditional in an invitation → kind other
    N("conditional", "kind", "Nous serions ravis de vous accueillir", M(
        "Forum de l'emploi solidaire <forum@emploi-solidaire-idf.example.org>", "Invitation : forum du 10 décembre", "16 10:00",
        """Madame, Monsieur,

Nous serions ravis de vous accueillir sur notre forum de l'emploi solidaire, le 10 décembre à Montreuil, pour présenter Pro'pulse aux visiteurs. Un stand pourrait vous être réservé.

Merci de nous confirmer votre présence.
L'équipe du forum""",
        other(),
    )),
    # ---------------------------------------------------------------- subjunctive
    # Feature: subjunctive — situation — bien que je sois toujours stagiaire jusqu'en février
    # timed: «bien que je sois toujours stagiaire» on «jusqu'en février» = internship running until February 2027 → fails not_internship
    N("subjunctive", "situation", "bien que je sois toujours stagiaire jusqu'en février", M(
        "Maxence Tremblay <maxence.tremblay@example.org>", "Candidature anticipée", "03 12:20",
        """Bonjour,

Bien que je sois toujours stagiaire jusqu'en février à la Fondation de France, je me permets de candidater dès maintenant. J'ai obtenu mon master « Management de projets solidaires » en septembre 2026.

Je vise un poste de chargé de mécénat dans une fondation ou une association.

Maxence Tremblay — 06 91 64 23 07""",
        app("Maxence", "Tremblay", phone="+33691642307", bac=5, grad="2026-09", failing=("not_internship",), status="b_subj_stagiaire_fevrier"),
    )),
    # Feature: subjunctive — level — bien que je n'aie obtenu qu'un BTS
    # timed: «bien que je n'aie obtenu» on «qu'un BTS» = a BTS held (June 2025), level 2 → meets degree_level
    N("subjunctive", "level", "bien que je n'aie obtenu qu'un BTS", M(
        "Naïma Bensaïd <naima.bensaid@example.com>", "Candidature Pro'pulse", "05 14:45",
        """Bonjour,

Bien que je n'aie obtenu qu'un BTS, en Économie sociale familiale (juin 2025), je me sens prête à encadrer des ateliers budget. J'ai quitté mon service civique en août et je continue à donner un coup de main le samedi à l'association Coup de Pouce de Villeurbanne.

Je cherche un poste de conseillère en économie sociale familiale dans une association.

Naïma Bensaïd
06 07 38 94 51""",
        app("Naïma", "Bensaïd", phone="+33607389451", bac=2, grad="2025-06", status="b_subj_naima_quun_bts"),
    )),
    # Feature: subjunctive — studies_finished — il faut que je finisse mon mémoire
    # timed: «il faut que je finisse» on «mon mémoire» = the mémoire still to write → fails studies_finished
    N("subjunctive", "studies_finished", "il faut que je finisse mon mémoire", M(
        "Sacha Roussel-Mbeki <sacha.rm@example.net>", "candidature", "08 23:10",
        """Bonsoir,

Il faut que je finisse mon mémoire de master « Économie sociale » avant la fin janvier, mais je prépare déjà la suite : je voudrais travailler dans une coopérative d'activité et d'emploi.

Sacha Roussel-Mbeki, 07 67 25 08 41""",
        app("Sacha", "Roussel-Mbeki", phone="+33767250841", bac="*", grad=None, failing=("studies_finished",), status="b_subj_finisse_memoire"),
    )),
    # Feature: subjunctive — level — je ne suis pas sûre que mon DU soit considéré comme un bac+2
    # ambiguous: the subjunctive of doubt bears on the level itself: a university diploma (DU) of unstated level after the bac
    # timed: «que mon DU soit considéré» = a level she doubts herself → open degree_level
    N("subjunctive", "level", "je ne suis pas sûre que mon DU soit considéré comme un bac+2", M(
        "Pauline Dufresne <pauline.dufresne@example.fr>", "Ma candidature (question sur le niveau)", "10 16:40",
        """Bonjour,

J'ai obtenu en juin 2026 un DU « Animation et médiation sociale » à l'université d'Angers, mais je ne suis pas sûre que mon DU soit considéré comme un bac+2.

Je cherche un poste d'animatrice dans un centre social associatif.

Pauline Dufresne
06 56 72 19 30""",
        app("Pauline", "Dufresne", phone="+33656721930", bac=None, grad="2026-06", unknown=("degree_level",), status="b_subj_du_niveau"),
    )),
    # Feature: subjunctive — graduation — que j'aie enfin obtenu mon DEES
    # timed: «que j'aie enfin obtenu» on «mon DEES» = obtained (June 2026) → meets graduation_recent
    N("subjunctive", "graduation", "que j'aie enfin obtenu mon DEES", M(
        "Élie Adjovi <elie.adjovi@example.org>", "Candidature", "12 11:30",
        """Bonjour,

Mes parents sont fiers que j'aie enfin obtenu mon DEES, en juin dernier, à l'IRTS de Lorraine. Je cherche maintenant un poste d'éducateur spécialisé dans une association de protection de l'enfance.

Élie Adjovi
06 28 47 15 93""",
        app("Élie", "Adjovi", phone="+33628471593", bac=3, grad="2026-06", status="b_subj_dees_obtenu"),
    )),
    # Feature: subjunctive — aim — je souhaite que mon prochain poste soit dans une association
    # timed: «que mon prochain poste soit» on «dans une association» = the aim wished for, in the ESS → meets job_seeking_ess
    N("subjunctive", "aim", "je souhaite que mon prochain poste soit dans une association", M(
        "Albane Chevrier <albane.chevrier@example.com>", "Candidature + CV", "14 09:15",
        """Bonjour,

Je vous joins mon CV. Après un CDD de quatre mois en communication, je souhaite que mon prochain poste soit dans une association, sur des missions de plaidoyer ou de communication solidaire.

Albane Chevrier""",
        app("Albane", "Chevrier", phone="+33693057218", bac=5, grad="2026-06", info_in="both", status="b_subj_poste_association"),
        cv=CV("docx", "CV_Albane_Chevrier.docx", """Albane Chevrier
06 93 05 72 18 — albane.chevrier@example.com
Formation
Master 2 Communication des organisations, Université Bordeaux Montaigne — juin 2026
Expérience
Chargée de communication (CDD), agence Plein Cadre — juillet à octobre 2026
Langues : anglais, espagnol"""),
    )),
    # Feature: subjunctive — kind — Il se peut que l'adresse soit erronée
    # timed: «Il se peut que l'adresse soit erronée» = a delivery failure → kind bounce
    N("subjunctive", "kind", "Il se peut que l'adresse soit erronée", M(
        "MAILER-DAEMON <mailer-daemon@example.com>", "Échec de la remise", "17 03:27",
        """Votre message n'a pas pu être remis à damien.ferrand-lopez@example.com. Il se peut que l'adresse soit erronée ou que la boîte soit désactivée.""",
        bounce("damien.ferrand-lopez@example.com"),
        bounce="Reporting-MTA: dns; smtp.example.com\nFinal-Recipient: rfc822; damien.ferrand-lopez@example.com\nAction: failed\nStatus: 5.1.1",
    )),
    # Feature: subjunctive — kind — pour que chacun puisse trouver sa place
    # timed: «pour que chacun puisse trouver» on «sa place» = a mailing's purpose clause → kind newsletter
    N("subjunctive", "kind", "pour que chacun puisse trouver sa place", M(
        "Le Fil de l'Insertion <lefil@insertion.example.net>", "Le Fil — décembre", "19 06:15",
        """Le Fil de l'Insertion — numéro de décembre

Nos adhérents se mobilisent pour que chacun puisse trouver sa place dans l'emploi. Dans ce numéro : les chantiers d'insertion qui recrutent, un entretien avec une directrice de ressourcerie, les dates des prochaines formations.

Vous recevez cette lettre car vous y êtes abonné.""",
        newsletter(),
    )),
    # ---------------------------------------------------------------- progressive
    # Feature: progressive — studies_finished — je suis en train de rédiger mon mémoire de M2
    # timed: «je suis en train de rédiger» on «mon mémoire de M2» = the mémoire being written now → fails studies_finished
    N("progressive", "studies_finished", "je suis en train de rédiger mon mémoire de M2", M(
        "Florian Mbappé-Roux <florian.mr@example.org>", "Candidature Pro'pulse", "02 15:55",
        """Bonjour,

Je suis en train de rédiger mon mémoire de M2 « Économie sociale et solidaire » à Lyon 2, sur les tiers-lieux associatifs. En parallèle, je suis en train d'apprendre le portugais, pour le plaisir.

Je cherche un poste dans un tiers-lieu ou une association de développement local.

Florian Mbappé-Roux
06 43 19 82 57""",
        app("Florian", "Mbappé-Roux", phone="+33643198257", bac="*", grad=None, failing=("studies_finished",), status="b_prog_redige_memoire"),
    )),
    # Feature: progressive — studies_finished — mes notes du dernier semestre sont en cours de délibération
    # ambiguous: all exams sat, the jury still deliberating: the master may or may not be awarded
    # timed: «sont en cours de délibération» on «mes notes du dernier semestre» = results awaited → open studies_finished
    N("progressive", "studies_finished", "mes notes du dernier semestre sont en cours de délibération", M(
        "Bérangère Lefebvre-Sy <berangere.lefebvre.sy@example.net>", "Candidature", "06 10:40",
        """Bonjour,

J'ai passé les dernières épreuves de mon master « Intervention sociale » en octobre ; mes notes du dernier semestre sont en cours de délibération à l'université de Nanterre.

Je souhaite travailler dans une association d'accompagnement des personnes sans domicile.

Bérangère Lefebvre-Sy, 06 82 04 61 35""",
        app("Bérangère", "Lefebvre-Sy", phone="+33682046135", bac="*", grad=None, unknown=("studies_finished",), status="b_prog_deliberation"),
    )),
    # Feature: progressive — graduation — mon diplôme est en cours d'édition
    # timed: «est en cours d'édition» on «mon diplôme» = the diploma obtained (jury October 2026), the paper still being printed → meets graduation_recent
    N("progressive", "graduation", "mon diplôme est en cours d'édition", M(
        "Bilal Rahmani <bilal.rahmani@example.fr>", "Pro'pulse", "08 13:05",
        """Bonjour,

Le jury de ma licence professionnelle « Gestion des organisations de l'ESS » a validé mon année le 14 octobre 2026 ; mon diplôme est en cours d'édition à la scolarité, je joindrai l'attestation de réussite si besoin.

Je cherche un emploi de gestionnaire dans une SCOP ou une SCIC.

Bilal Rahmani — 07 15 63 29 84""",
        app("Bilal", "Rahmani", phone="+33715632984", bac=3, grad="2026-10", status="b_prog_diplome_edition"),
    )),
    # Feature: progressive — aim — je suis en train de démarcher les associations de mon quartier
    # timed: «je suis en train de démarcher» on «les associations de mon quartier» = a search running now, in the ESS → meets job_seeking_ess
    N("progressive", "aim", "je suis en train de démarcher les associations de mon quartier", M(
        "Salimata Kaboré <salimata.kabore@example.com>", "Candidature", "11 18:18",
        """Bonjour,

J'ai un BTS Économie sociale familiale depuis juin 2025 et je suis en train de démarcher les associations de mon quartier, à Saint-Denis, pour un poste de conseillère.

Votre programme m'aiderait à structurer ma recherche.

Salimata Kaboré
06 60 37 14 28""",
        app("Salimata", "Kaboré", phone="+33660371428", bac=2, grad="2025-06", status="b_prog_demarche_assos"),
    )),
    # Feature: progressive — career_change — je suis en train de me reconvertir, après douze ans comme cariste
    # timed: «je suis en train de me reconvertir» on «après douze ans comme cariste» = a first trade left for a new diploma → fails not_career_change
    N("progressive", "career_change", "je suis en train de me reconvertir, après douze ans comme cariste", M(
        "Patrice Mendy <patrice.mendy@example.org>", "Candidature Pro'pulse", "13 07:50",
        """Bonjour,

Je suis en train de me reconvertir, après douze ans comme cariste dans un entrepôt de la grande distribution : j'ai obtenu en juin 2026 un BTS Économie sociale familiale.

Je cherche un poste dans une association d'insertion, idéalement auprès de publics en difficulté.

Patrice Mendy, 06 31 72 90 46""",
        app("Patrice", "Mendy", phone="+33631729046", bac=2, grad="2026-06", failing=("not_career_change",), status="b_prog_reconversion_cariste"),
    )),
    # Feature: progressive — situation — elle est en train de terminer une mission de volontariat
    # ambiguous: a volunteering mission being finished now, of unstated scheme (service civique or not), with no end date
    # timed: «elle est en train de terminer» on «une mission de volontariat» = a volunteering running now, scheme unsaid → open not_service_civique
    N("progressive", "situation", "elle est en train de terminer une mission de volontariat", M(
        "Hélène Bordier <helene.bordier@example.fr>", "Orientation d'une jeune vers Pro'pulse", "18 11:22",
        """Bonjour,

Je suis assistante sociale à la mission locale de Chambéry et je vous adresse Mlle Rania Toumi (rania.toumi@example.net, 07 05 81 46 29). Titulaire d'une licence de sciences de l'éducation depuis juin 2025, elle est en train de terminer une mission de volontariat à la Maison des jeunes de sa commune.

Elle souhaite travailler dans une association d'éducation populaire.

Hélène Bordier""",
        app("Rania", "Toumi", phone="+33705814629", bac=3, grad="2025-06", unknown=("not_service_civique",), email="rania.toumi@example.net", forwarded_by="helene.bordier@example.fr", status="b_prog_mission_volontariat"),
    )),
    # Feature: progressive — kind — Je suis en train de compléter le dossier
    # timed: «Je suis en train de compléter» on «le dossier» = a step running in our thread → kind reply
    N("progressive", "kind", "Je suis en train de compléter le dossier", M(
        "Ibrahim Coulibaly <ibrahim.coulibaly@example.com>", "Re: Votre candidature Pro'pulse", "20 12:48",
        """Bonjour,

Merci pour votre retour. Je suis en train de compléter le dossier et je vous renvoie tout avant vendredi.

Ibrahim Coulibaly""",
        reply(),
        headers={"In-Reply-To": "<candidature-3390@animafac.net>", "References": "<candidature-3390@animafac.net>"},
    )),
    # Feature: progressive — kind — La remise, en cours depuis trois jours
    # timed: «en cours depuis trois jours» on «La remise» = a delivery attempt given up → kind bounce
    N("progressive", "kind", "La remise, en cours depuis trois jours", M(
        "Mail Delivery Subsystem <postmaster@example.org>", "Échec définitif de la remise", "22 05:40",
        """La remise, en cours depuis trois jours, de votre message à thibault.anselme@example.org a définitivement échoué : le serveur du destinataire ne répond pas.""",
        bounce("thibault.anselme@example.org"),
        bounce="Reporting-MTA: dns; relay.example.org\nFinal-Recipient: rfc822; thibault.anselme@example.org\nAction: failed\nStatus: 5.4.7",
    )),
]
