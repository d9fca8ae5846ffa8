"""Tenses corpus, batch 03 (writer A): the conditional of a counterfactual, a plan or politeness («j'aurais dû
avoir mon BTS», «je devrais être diplômée en juin», «je voudrais rejoindre une SCOP»), the subjunctive after a
concession, a wish or a time conjunction («bien que je sois encore en stage», «bien qu'il ait exercé douze
ans»), progressive periphrases («je suis en train de finir mon mémoire», «en cours de validation»), and other
mail whose tenses carry its kind."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, auto_reply, other, question, reply
from tenses import N

MESSAGES = [
    # Feature: conditional — level — j'aurais dû avoir mon BTS en 2025
    # timed: «j'aurais dû avoir» on «mon BTS» = a counterfactual: the BTS not obtained, never resat → the bac only (2023), fails degree_level
    N("conditional", "level", "j'aurais dû avoir mon BTS en 2025", M(
        "Kevin Loiseau <kevin.loiseau@example.com>", "candidature programme", "04 20:40",
        """Bonsoir,

J'ai mon bac STMG depuis 2023. J'aurais dû avoir mon BTS en 2025, mais j'ai échoué à l'épreuve de gestion et je ne l'ai jamais repassé. Depuis, je travaille comme animateur vacataire pour la ville.

Je voudrais un poste d'animateur dans une association de jeunesse.

Kevin Loiseau
06 63 08 47 21""",
        app("Kevin", "Loiseau", phone="+33663084721", bac=0, grad="2023", failing=("degree_level",), status="aurais_du_avoir_bts"),
    )),
    # Feature: conditional — studies_finished — je devrais être diplômée en juin
    # ambiguous: written in November, «je devrais être diplômée en juin» fits a June gone (results late) and a June to come alike — finished or not cannot be said
    # timed: «je devrais être diplômée» on «en juin» = a June past or to come → open studies_finished
    N("conditional", "studies_finished", "je devrais être diplômée en juin", M(
        "Inaya Belhadj <inaya.belhadj@example.org>", "Candidature Pro'pulse", "04 11:16",
        """Bonjour,

Côté diplôme, je devrais être diplômée en juin du master Intervention sociale de l'université de Rouen ; l'administration met du temps à me répondre sur ce point.

Je cherche un poste de coordinatrice dans une association de protection de l'enfance.

Inaya Belhadj
07 48 93 26 10""",
        app("Inaya", "Belhadj", phone="+33748932610", bac="*", grad=None, unknown=("studies_finished",), status="devrais_etre_diplomee_juin"),
    )),
    # Feature: conditional — studies_finished — j'aurais pu continuer en master
    # timed: «j'aurais pu continuer» on «en master» = a counterfactual: no master, the studies stopped at the licence (June 2025) → meets studies_finished
    N("conditional", "studies_finished", "j'aurais pu continuer en master", M(
        "Pierre-Louis Cazenave <pierrelouis.cazenave@example.net>", "Candidature", "09 15:33",
        """Bonjour,

J'ai obtenu ma licence d'histoire en juin 2025 à Pau. J'aurais pu continuer en master, mais j'ai préféré entrer dans la vie active : je fais depuis des remplacements dans une médiathèque associative.

Je souhaite travailler dans une association culturelle ou d'éducation populaire.

Pierre-Louis Cazenave
06 20 57 81 46""",
        app("Pierre-Louis", "Cazenave", phone="+33620578146", bac=3, grad="2025-06", status="aurais_pu_continuer_master"),
    )),
    # Feature: conditional — aim — je voudrais rejoindre une SCOP ou une association d'insertion
    # timed: «je voudrais rejoindre» on «une SCOP ou une association d'insertion» = a politeness conditional, the aim now → meets job_seeking_ess
    N("conditional", "aim", "je voudrais rejoindre une SCOP ou une association d'insertion", M(
        "Fatoumata Keïta <fatoumata.keita@example.fr>", "Candidature Pro'pulse", "11 10:02",
        """Madame, Monsieur,

Titulaire d'une licence d'administration économique et sociale obtenue en juin 2025 à Créteil, je voudrais rejoindre une SCOP ou une association d'insertion, sur un poste administratif ou d'accompagnement.

Je vous remercie par avance de l'attention portée à ma candidature.

Fatoumata Keïta
06 97 24 65 03""",
        app("Fatoumata", "Keïta", phone="+33697246503", bac=3, grad="2025-06", status="voudrais_rejoindre_scop"),
    )),
    # Feature: conditional — aim — I'd be just as happy in a private company as in a charity
    # ambiguous: the conditional weighs a private company and a charity equally — an ESS aim cannot be settled
    # timed: «I'd be just as happy» on «in a private company as in a charity» = a hedged plan, both sectors → open job_seeking_ess
    N("conditional", "aim", "I'd be just as happy in a private company as in a charity", M(
        "Oliver Brennan <oliver.brennan@example.com>", "Pro'pulse - application", "13 18:27",
        """Hello,

I graduated from a BA in Event Management in Dublin in June 2026 and moved to Bordeaux this autumn. I'd be just as happy in a private company as in a charity, as long as I can organise events.

Would Pro'pulse be open to me?

Oliver Brennan
07 81 64 29 50""",
        app("Oliver", "Brennan", phone="+33781642950", bac=3, grad="2026-06", unknown=("job_seeking_ess",), language="en", status="just_as_happy_private_charity"),
    )),
    # Feature: conditional — graduation — j'aurais eu mon master en 2023
    # ambiguous: the counterfactual puts the master one year after 2023, in 2024 — a year alone in 2024, within 24 months or not cannot be said
    # timed: «j'aurais eu» on «mon master en 2023» = not in 2023 but «une année de plus» (2024, year only) → open graduation_recent
    N("conditional", "graduation", "j'aurais eu mon master en 2023", M(
        "Lucie Abergel <lucie.abergel@example.org>", "Candidature", "17 09:44",
        """Bonjour,

Sans un redoublement en M1, j'aurais eu mon master en 2023 ; il m'a fallu une année de plus pour le master Gestion des organisations sociales de Nanterre.

Je cherche un poste de responsable de service dans une association médico-sociale.

Lucie Abergel
06 15 39 72 84""",
        app("Lucie", "Abergel", phone="+33615397284", bac=5, grad="2024", unknown=("graduation_recent",), status="aurais_eu_master_2023"),
    )),
    # Feature: conditional — kind — Serait-il possible de candidater
    # timed: «Serait-il possible» on «de candidater» = a polite question with no personal fact → kind question
    N("conditional", "kind", "Serait-il possible de candidater", M(
        "Jérôme Vidal <jerome.vidal@example.net>", "Petite question", "12 12:12",
        """Bonjour,

Serait-il possible de candidater sans avoir fini ses études, ou faudrait-il attendre le diplôme ? Et le programme serait-il accessible à distance ?

Merci beaucoup,
Jérôme Vidal""",
        question(),
    )),
    # Feature: conditional — kind — Vous pourriez remporter un bon d'achat
    # timed: «Vous pourriez remporter» on «un bon d'achat» = a promotional conditional → kind other
    N("conditional", "kind", "Vous pourriez remporter un bon d'achat", M(
        "Jeu Concours <promo@jeux-concours.example.com>", "Dernière chance !", "20 06:03",
        """Félicitations !

Vous pourriez remporter un bon d'achat de 500 € : il vous suffirait de répondre à trois questions. Ne laissez pas passer cette chance, l'offre expire dimanche.

Pour ne plus recevoir nos offres, cliquez ici.""",
        other(),
    )),
    # Feature: subjunctive — situation — bien que je sois encore en stage jusqu'à fin janvier
    # timed: «bien que je sois encore en stage» = internship running until late January 2027, after TODAY → fails not_internship
    N("subjunctive", "situation", "bien que je sois encore en stage jusqu'à fin janvier", M(
        "Manon Keller <manon.keller@example.com>", "Candidature", "02 08:19",
        """Bonjour,

Je me permets de candidater bien que je sois encore en stage jusqu'à fin janvier, au Planning familial de Mulhouse. J'ai obtenu ma licence professionnelle Métiers de l'intervention sociale en juin 2026.

Je souhaite travailler ensuite dans une association de santé sexuelle ou d'accès aux droits.

Manon Keller
06 51 86 20 73""",
        app("Manon", "Keller", phone="+33651862073", bac=3, grad="2026-06", failing=("not_internship",), status="bien_que_sois_en_stage"),
    )),
    # Feature: subjunctive — level — bien que je ne possède qu'un BTS
    # timed: «bien que je ne possède qu'un BTS» = a BTS held (June 2025), level 2 all the same → meets degree_level
    N("subjunctive", "level", "bien que je ne possède qu'un BTS", M(
        "Youssef Amrani <youssef.amrani@example.org>", "Candidature Pro'pulse", "06 19:58",
        """Bonjour,

Bien que je ne possède qu'un BTS (Économie sociale familiale, juin 2025), j'ose vous écrire : on m'a dit que votre programme était ouvert dès bac+2.

Je cherche un poste de conseiller dans une association de lutte contre le surendettement.

Youssef Amrani
07 02 48 75 31""",
        app("Youssef", "Amrani", phone="+33702487531", bac=2, grad="2025-06", status="bien_que_possede_qu_un_bts"),
    )),
    # Feature: subjunctive — aim — j'aimerais que mon futur poste soit dans une grande entreprise du CAC 40
    # timed: «que mon futur poste soit» on «dans une grande entreprise du CAC 40» = the wished job, outside the ESS → fails job_seeking_ess
    N("subjunctive", "aim", "j'aimerais que mon futur poste soit dans une grande entreprise du CAC 40", M(
        "Agathe Poirier <agathe.poirier@example.net>", "Candidature", "10 16:40",
        """Bonjour,

Diplômée d'un master en ressources humaines (Dauphine, juin 2025), j'aimerais que mon futur poste soit dans une grande entreprise du CAC 40, au sein de l'équipe diversité et inclusion.

Votre programme pourrait-il m'accompagner dans cette recherche ?

Agathe Poirier
06 34 61 09 82""",
        app("Agathe", "Poirier", phone="+33634610982", bac=5, grad="2025-06", failing=("job_seeking_ess",), status="que_poste_soit_cac40"),
    )),
    # Feature: subjunctive — situation — je souhaite que ma mission à la Croix-Rouge se prolonge
    # ambiguous: a mission held now and wished longer, under a scheme she does not name — civic service or something else, a careful reader cannot tell
    # timed: «que ma mission à la Croix-Rouge se prolonge» = a mission running now, scheme unstated → open not_service_civique
    N("subjunctive", "situation", "je souhaite que ma mission à la Croix-Rouge se prolonge", M(
        "Élise Ngo <elise.ngo@example.fr>", "Candidature Pro'pulse", "14 13:07",
        """Bonjour,

J'ai obtenu ma licence de sciences sanitaires et sociales en juin 2026. Je souhaite que ma mission à la Croix-Rouge se prolonge jusqu'à l'été, mais je prépare déjà la suite : un emploi dans une association humanitaire ou de santé.

Élise Ngo
06 79 52 38 16""",
        app("Élise", "Ngo", phone="+33679523816", bac=3, grad="2026-06", unknown=("not_service_civique",), status="souhaite_mission_prolonge"),
    )),
    # Feature: subjunctive — graduation — Quoique j'aie obtenu mon BTS en juin 2025
    # timed: «Quoique j'aie obtenu» on «mon BTS en juin 2025» = obtained June 2025 → meets graduation_recent
    N("subjunctive", "graduation", "Quoique j'aie obtenu mon BTS en juin 2025", M(
        "Théo Mercier <theo.mercier@example.com>", "Candidature", "16 09:31",
        """Bonjour,

Quoique j'aie obtenu mon BTS en juin 2025 (Services informatiques aux organisations), je n'ai pas encore trouvé de poste qui ait du sens pour moi. J'aimerais mettre mes compétences au service d'une association ou d'une coopérative du numérique libre.

Théo Mercier
07 57 13 80 92""",
        app("Théo", "Mercier", phone="+33757138092", bac=2, grad="2025-06", status="quoique_aie_obtenu_bts"),
    )),
    # Feature: subjunctive — career_change — bien qu'il ait exercé douze ans comme boulanger
    # timed: «bien qu'il ait exercé douze ans comme boulanger» = a first trade of twelve years before the DEJEPS → fails not_career_change
    N("subjunctive", "career_change", "bien qu'il ait exercé douze ans comme boulanger", M(
        "Agnès Carrel <agnes.carrel@plie-valence.example.fr>", "Candidature de M. Mamadou Sow", "18 14:50",
        """Bonjour,

Référente PLIE à Valence, je souhaiterais que vous étudiiez la candidature de M. Mamadou Sow. Bien qu'il ait exercé douze ans comme boulanger, il a obtenu en juin 2026 un DEJEPS Animation socioéducative et il souhaite travailler dans une association d'éducation populaire.

Il est joignable au 06 88 14 59 37 et à mamadou.sow@example.org.

Cordialement,
Agnès Carrel""",
        app("Mamadou", "Sow", phone="+33688145937", bac=2, grad="2026-06", failing=("not_career_change",), email="mamadou.sow@example.org", forwarded_by="agnes.carrel@plie-valence.example.fr", status="bien_qu_il_ait_exerce_boulanger"),
    )),
    # Feature: subjunctive — level — bien que mon diplôme d'animateur ne soit pas universitaire
    # ambiguous: a State diploma of animateur that is not a university one may be a BPJEPS (bac level) or a DEJEPS (bac+2) — the level cannot be settled
    # timed: «bien que mon diplôme d'animateur ne soit pas universitaire» = a diploma obtained (June 2025), level unsaid → open degree_level
    N("subjunctive", "level", "bien que mon diplôme d'animateur ne soit pas universitaire", M(
        "Nadia Roussel <nadia.roussel@example.org>", "Candidature Pro'pulse", "19 17:23",
        """Bonjour,

J'ai obtenu en juin 2025 un diplôme d'État, et bien que mon diplôme d'animateur ne soit pas universitaire, il m'a ouvert beaucoup de portes dans l'animation de quartier.

Je cherche un poste de responsable d'accueil de loisirs dans une association.

Nadia Roussel
06 06 91 47 25""",
        app("Nadia", "Roussel", phone="+33606914725", bac=None, grad="2025-06", unknown=("degree_level",), status="diplome_animateur_pas_universitaire"),
    )),
    # Feature: subjunctive — kind — Faut-il que le diplôme soit obtenu
    # timed: «Faut-il que le diplôme soit obtenu» = a generic condition in a question, no personal fact → kind question
    N("subjunctive", "kind", "Faut-il que le diplôme soit obtenu", M(
        "Capucine Brunet <capucine.brunet@example.com>", "Conditions d'inscription", "08 13:41",
        """Bonjour,

Faut-il que le diplôme soit obtenu avant le dépôt du dossier, ou suffit-il qu'on soit inscrit en dernière année ?

Bien à vous,
Capucine Brunet""",
        question(),
    )),
    # Feature: subjunctive — kind — voulez-vous que je vous renvoie mon CV
    # timed: «voulez-vous que je vous renvoie» on «mon CV» = a follow-up in our thread → kind reply
    N("subjunctive", "kind", "voulez-vous que je vous renvoie mon CV", M(
        "Maxime Leclerc <maxime.leclerc@example.net>", "Re: Votre dossier Pro'pulse", "21 10:58",
        """Merci pour votre réponse. Le fichier était peut-être abîmé : voulez-vous que je vous renvoie mon CV en PDF plutôt qu'en Word ?

Maxime

> Le 20 nov. 2026 à 17:40, Pro'pulse <propulse@animafac.net> a écrit :
> Nous n'arrivons pas à ouvrir la pièce jointe de votre candidature.""",
        reply(),
        headers={"In-Reply-To": "<dossier-4410@animafac.net>", "References": "<dossier-4410@animafac.net>"},
    )),
    # Feature: progressive — studies_finished — je suis en train de finir mon mémoire de M2
    # timed: «je suis en train de finir» on «mon mémoire de M2» = the mémoire being written now → fails studies_finished
    N("progressive", "studies_finished", "je suis en train de finir mon mémoire de M2", M(
        "Lou Barbier <lou.barbier@example.fr>", "candidature Pro'pulse", "03 22:31",
        """Bonsoir,

Je suis en train de finir mon mémoire de M2 Sociologie de l'action publique, sur les tiers-lieux ruraux. J'aimerais ensuite travailler dans un tiers-lieu associatif ou une coopérative culturelle.

Lou Barbier
06 26 74 13 58""",
        app("Lou", "Barbier", phone="+33626741358", bac="*", grad=None, failing=("studies_finished",), status="en_train_finir_memoire"),
    )),
    # Feature: progressive — studies_finished — je suis en cours de validation de mon master
    # ambiguous: «en cours de validation» — the work is handed in, the jury of 9 December has not decided, so whether the master is obtained is open
    # timed: «je suis en cours de validation» on «mon master» = results awaited (jury 9 December) → open studies_finished
    N("progressive", "studies_finished", "je suis en cours de validation de mon master", M(
        "Benjamin Achour <benjamin.achour@example.com>", "Candidature", "07 11:05",
        """Bonjour,

Je suis en cours de validation de mon master Économie sociale et solidaire à Grenoble : tous mes examens sont passés, le jury se réunit le 9 décembre.

Je cherche un poste de chargé de développement dans un réseau de l'ESS.

Benjamin Achour
07 93 56 21 48""",
        app("Benjamin", "Achour", phone="+33793562148", bac="*", grad=None, unknown=("studies_finished",), status="en_cours_validation_master"),
    )),
    # Feature: progressive — graduation — mon diplôme est en cours de délivrance
    # timed: «est en cours de délivrance» on «mon diplôme» = obtained at the July 2026 jury, only the paper to come → meets graduation_recent
    N("progressive", "graduation", "mon diplôme est en cours de délivrance", M(
        "Célia Morin <celia.morin@example.org>", "Candidature Pro'pulse", "10 14:14",
        """Bonjour,

J'ai été reçue en juillet au jury de la licence professionnelle Coordination de projets de développement social ; mon diplôme est en cours de délivrance par l'université d'Angers, je n'ai pour l'instant qu'une attestation de réussite.

Je souhaite travailler dans un centre social ou une association de développement local.

Célia Morin
06 45 17 82 39""",
        app("Célia", "Morin", phone="+33645178239", bac=3, grad="2026-07", status="diplome_en_cours_delivrance"),
    )),
    # Feature: progressive — situation — je suis en train de terminer mon service civique
    # timed: «je suis en train de terminer» on «mon service civique» = last day 15 November, before TODAY (mail of 8 November) → meets not_service_civique
    N("progressive", "situation", "je suis en train de terminer mon service civique", M(
        "Quentin Sarr <quentin.sarr@example.net>", "Candidature", "08 16:27",
        """Bonjour,

Je suis en train de terminer mon service civique à la Maison des jeunes de Belleville : mon dernier jour est le 15 novembre. J'ai obtenu mon BTS Management commercial opérationnel en juin 2026.

J'aimerais travailler dans une association de jeunesse ou une épicerie solidaire.

Quentin Sarr
07 10 39 64 85""",
        app("Quentin", "Sarr", phone="+33710396485", bac=2, grad="2026-06", status="en_train_terminer_sc"),
    )),
    # Feature: progressive — aim — je suis en train de prospecter des associations et des coopératives d'habitants
    # timed: «je suis en train de prospecter» on «des associations et des coopératives d'habitants» = the search now, in the ESS → meets job_seeking_ess
    N("progressive", "aim", "je suis en train de prospecter des associations et des coopératives d'habitants", M(
        "Amandine Koné <amandine.kone@example.fr>", "Candidature Pro'pulse", "15 09:52",
        """Bonjour,

Licenciée en urbanisme (Lille, juin 2025), je suis en train de prospecter des associations et des coopératives d'habitants pour un poste d'accompagnatrice de projets d'habitat participatif.

Votre programme m'aiderait à cibler mes candidatures.

Amandine Koné
06 57 82 30 14""",
        app("Amandine", "Koné", phone="+33657823014", bac=3, grad="2025-06", status="en_train_prospecter_cooperatives"),
    )),
    # Feature: progressive — career_change — je suis en train de changer de métier
    # timed: «je suis en train de changer de métier» after «onze ans dans l'hôtellerie» (CV 2013–2024) = a first career before the DEUST → fails not_career_change
    N("progressive", "career_change", "je suis en train de changer de métier", M(
        "Stéphane Guerrero <stephane.guerrero@example.com>", "Candidature - CV en pièce jointe", "16 18:09",
        """Bonjour,

Je suis en train de changer de métier : après onze ans dans l'hôtellerie, j'ai obtenu un DEUST Animation et gestion des activités physiques en juin. Mon CV est joint.

Je cherche un poste d'animateur sportif dans une association.

Stéphane Guerrero""",
        app("Stéphane", "Guerrero", phone="+33622805917", bac=2, grad="2026-06", failing=("not_career_change",), info_in="both", status="en_train_changer_metier"),
        cv=CV("odt", "CV_Guerrero.odt", """Stéphane Guerrero
06 22 80 59 17
Formation
DEUST Animation et gestion des activités physiques — Université de Perpignan — 2026
Expérience
2013–2024 : réceptionniste puis chef de réception, hôtel des Remparts, Perpignan
Bénévolat : entraîneur de handball, club de quartier"""),
    )),
    # Feature: progressive — kind — Votre demande est en cours de traitement
    # timed: «est en cours de traitement» on «votre demande» = a ticketing system's notice → kind auto_reply
    N("progressive", "kind", "Votre demande est en cours de traitement", M(
        "Support Fédération <support@federation-asso.example.org>", "[Ticket #58213] Votre demande est en cours de traitement", "17 07:14",
        """Bonjour,

Votre demande est en cours de traitement par nos équipes. Un conseiller vous répondra sous 72 heures ouvrées.

Ceci est un message automatique, merci de ne pas y répondre.""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: progressive — kind — Votre colis est en cours d'acheminement
    # timed: «est en cours d'acheminement» on «votre colis» = a carrier's notice → kind other
    N("progressive", "kind", "Votre colis est en cours d'acheminement", M(
        "Suivi Colis <suivi@livraison.example.com>", "Votre colis est en cours d'acheminement", "22 12:36",
        """Bonjour,

Votre colis est en cours d'acheminement vers votre point relais. Vous recevrez un SMS dès son arrivée.

Numéro de suivi : 8L04417236051""",
        other(),
    )),
]
