# ruff: noqa: E501 (each message's implying words stand whole on its comment line and its N(...) line)
"""Batch 6: a search implied by its acts; a situation implied over (or not yet) by a badge, a last day, a
leaving drink. Each message written by hand; the comment names its implication, the fact it carries and
the words that carry it."""

from implied import N
from kit import CV, M, app, auto_reply, bounce, newsletter, other, question, reply

MESSAGES = [
    # Implied: search_acts — aim — un entretien dans une association de quartier et un autre chez Orange
    N("search_acts", "aim", "un entretien dans une association de quartier et un autre chez Orange", M(
        "Inès Carpentier <ines.carpentier@example.org>", "candidature", "13 15:35",
        """Bonjour,

Licence de communication en juin 2025. J'ai passé un entretien dans une association de quartier et un
autre chez Orange ; je prendrai le premier qui dit oui.

Inès Carpentier""",
        app("Inès", "Carpentier", phone=None, bac=3, grad="2025-06", unknown=["job_seeking_ess"],
            status="asso_ou_orange"),
    )),
    # Implied: search_acts — aim — je postule chaque semaine aux offres de Coordination SUD et j'ai un entretien avec Médecins du Monde mardi
    N("search_acts", "aim", "je postule chaque semaine aux offres de Coordination SUD et j'ai un entretien avec Médecins du Monde mardi", M(
        "Pierre-Louis Nguyen <pierrelouis.nguyen@example.net>", "candidature", "14 09:10",
        """Bonjour,

Master de santé mondiale en septembre 2025 ; je postule chaque semaine aux offres de Coordination SUD et
j'ai un entretien avec Médecins du Monde mardi.

Pierre-Louis Nguyen""",
        app("Pierre-Louis", "Nguyen", phone=None, bac=5, grad="2025-09", status="coordination_sud_mdm"),
    )),
    # Implied: search_acts — aim — deux entretiens chez Air France et un chez Safran
    N("search_acts", "aim", "deux entretiens chez Air France et un chez Safran", M(
        "Mathilde Caron <mathilde.caron@example.com>", "candidature", "14 12:40",
        """Bonjour,

Master de supply chain en juin 2026 : deux entretiens chez Air France et un chez Safran le mois dernier,
pas encore de réponse. J'aimerais m'entraîner avec vous.

Mathilde Caron""",
        app("Mathilde", "Caron", phone=None, bac=5, grad="2026-06", failing=["job_seeking_ess"],
            status="air_france_safran"),
    )),
    # Implied: search_acts — aim — abonnée aux alertes de l'Uniopss et de la Fédération des centres sociaux, j'ai postulé à deux centres sociaux
    N("search_acts", "aim", "abonnée aux alertes de l'Uniopss et de la Fédération des centres sociaux, j'ai postulé à deux centres sociaux", M(
        "Aurélie Besnard <aurelie.besnard@example.fr>", "candidature", "14 16:55",
        """Bonjour,

BUT carrières sociales en juin 2026. Abonnée aux alertes de l'Uniopss et de la Fédération des centres
sociaux, j'ai postulé à deux centres sociaux et j'attends leurs réponses.

Aurélie Besnard""",
        app("Aurélie", "Besnard", phone=None, bac=3, grad="2026-06", status="uniopss_centres_sociaux"),
    )),
    # Implied: search_acts — kind — nous avons bien reçu votre candidature et l'étudions
    N("search_acts", "kind", "nous avons bien reçu votre candidature et l'étudions", M(
        "Recrutement Coop Habitat <recrutement@coophabitat.example.org>", "Accusé de réception", "15 07:05",
        """Bonjour, nous avons bien reçu votre candidature et l'étudions. Ce message est généré
automatiquement, merci de ne pas y répondre.""",
        auto_reply(), headers={"Auto-Submitted": "auto-generated"},
    )),
    # Implied: search_acts — kind — 8 nouvelles offres correspondent à votre alerte
    N("search_acts", "kind", "8 nouvelles offres correspondent à votre alerte", M(
        "Alertes Emploi <alertes@emploi-local.example.com>", "8 nouvelles offres pour vous", "15 06:30",
        """8 nouvelles offres correspondent à votre alerte « chargé de projet ». Modifier l'alerte ou se
désinscrire : https://emploi-local.example.com/alertes""",
        newsletter(),
    )),
    # Implied: search_acts — kind — aidez-vous à préparer les entretiens d'embauche
    N("search_acts", "kind", "aidez-vous à préparer les entretiens d'embauche", M(
        "Noémie Schmitt <noemie.schmitt@example.net>", "question", "15 11:20",
        """Bonjour,

Aidez-vous à préparer les entretiens d'embauche, avec des simulations, ou seulement à écrire les
candidatures ?

Bonne journée""",
        question(),
    )),
    # Implied: search_acts — kind — Mail delivery failed: returning message to sender
    N("search_acts", "kind", "Mail delivery failed: returning message to sender", M(
        "Mail Delivery System <mailer-daemon@relay.example.fr>", "Mail delivery failed: returning message to sender", "15 06:45",
        """This message was created automatically by mail delivery software. A message that you sent could
not be delivered to one or more of its recipients: kevin.rolland@example.fr""",
        bounce("kevin.rolland@example.fr"),
        bounce="""Reporting-MTA: dns; relay.example.fr
Final-Recipient: rfc822; kevin.rolland@example.fr
Action: failed
Status: 5.2.1
Diagnostic-Code: smtp; 550 5.2.1 mailbox disabled""",
    )),
    # Implied: finished_situation — situation — ma tutrice m'a offert un pot de départ le 28 août
    N("finished_situation", "situation", "ma tutrice m'a offert un pot de départ le 28 août", M(
        "Coralie Dufour <coralie.dufour@example.org>", "candidature", "16 09:00",
        """Bonjour,

Master de politiques culturelles en juillet 2026. Chez Culture du Cœur, ma tutrice m'a offert un pot de
départ le 28 août ; depuis, je cherche un emploi dans une association culturelle de l'ESS.

Coralie Dufour""",
        app("Coralie", "Dufour", phone=None, bac=5, grad="2026-07", status="pot_depart_28_aout"),
    )),
    # Implied: finished_situation — situation — je rends mon badge le 27 février, à la fin de ma convention
    N("finished_situation", "situation", "je rends mon badge le 27 février, à la fin de ma convention", M(
        "Benjamin Lucas <benjamin.lucas@example.net>", "Candidature", "16 13:15",
        """Bonjour,

Licence pro en juin 2026. Je rends mon badge le 27 février, à la fin de ma convention avec une
coopérative d'énergie, et je cherche un emploi dans l'ESS pour mars.

Benjamin Lucas""",
        app("Benjamin", "Lucas", phone=None, bac=3, grad="2026-06", failing=["not_internship"],
            status="badge_27_fevrier"),
    )),
    # Implied: finished_situation — situation — mon dernier jour chez Unis-Cité était le 30 juin
    N("finished_situation", "situation", "mon dernier jour chez Unis-Cité était le 30 juin", M(
        "Mélissa Bertin <melissa.bertin@example.com>", "candidature", "16 16:40",
        """Bonjour,

BTS ESF en juin 2025 ; mon dernier jour chez Unis-Cité était le 30 juin. Je cherche un emploi de
conseillère dans une association de l'ESS.

Mélissa Bertin""",
        app("Mélissa", "Bertin", phone=None, bac=2, grad="2025-06", status="dernier_jour_unis_cite"),
    )),
    # Implied: finished_situation — situation — mon dernier jour avec mon équipe Unis-Cité sera le 30 avril
    N("finished_situation", "situation", "mon dernier jour avec mon équipe Unis-Cité sera le 30 avril", M(
        "Ethan Vasseur <ethan.vasseur@example.fr>", "candidature", "17 10:20",
        """Bonjour,

Licence de STAPS en juin 2026 ; mon dernier jour avec mon équipe Unis-Cité sera le 30 avril. Je voudrais
ensuite un emploi d'éducateur sportif dans une association de l'ESS.

Ethan""",
        app("Ethan", "Vasseur", phone=None, bac=3, grad="2026-06", failing=["not_service_civique"],
            status="dernier_jour_30_avril"),
    )),
    # Implied: finished_situation — situation — ma mission dans une association se termine en janvier
    N("finished_situation", "situation", "ma mission dans une association se termine en janvier", M(
        "Laëtitia Rey <laetitia.rey@example.org>", "candidature", "17 14:00",
        """Bonjour,

Master d'anthropologie en juin 2025. Ma mission dans une association se termine en janvier ; je cherche
la suite dans l'ESS.

Laëtitia Rey""",
        app("Laëtitia", "Rey", phone=None, bac=5, grad="2025-06", unknown=["not_internship", "not_service_civique"],
            status="mission_janvier"),
    )),
    # Implied: finished_situation — career_change — j'ai quitté mon CDD de vendeuse saisonnière en août
    N("finished_situation", "career_change", "j'ai quitté mon CDD de vendeuse saisonnière en août", M(
        "Amandine Roy <amandine.roy@example.net>", "Candidature", "17 17:30",
        """Bonjour,

Licence de lettres en juin 2026 ; j'ai quitté mon CDD de vendeuse saisonnière en août et je cherche un
premier emploi dans une association de l'ESS.

Amandine Roy""",
        app("Amandine", "Roy", phone=None, bac=3, grad="2026-06", status="cdd_saisonnier_quitte"),
    )),
    # Implied: finished_situation — career_change — j'ai rendu les clés de l'agence bancaire où j'ai été conseiller onze ans
    N("finished_situation", "career_change", "j'ai rendu les clés de l'agence bancaire où j'ai été conseiller onze ans", M(
        "Frédéric Collin <frederic.collin@example.com>", "Candidature", "18 09:45",
        """Bonjour,

En juin, j'ai rendu les clés de l'agence bancaire où j'ai été conseiller onze ans ; entre-temps, j'ai
passé un master ESS en cours du soir (septembre 2026). Je cherche un poste dans une coopérative.

Frédéric Collin""",
        app("Frédéric", "Collin", phone=None, bac=5, grad="2026-09", failing=["not_career_change"],
            status="cles_agence_onze_ans"),
    )),
    # Implied: finished_situation — situation — Chargée de mission sous convention, Emmaüs Connect, mars–août 2026, terminée
    N("finished_situation", "situation", "Chargée de mission sous convention, Emmaüs Connect, mars–août 2026, terminée", M(
        "Anouk Delorme <anouk.delorme@example.fr>", "Candidature avec CV", "18 13:00",
        """Bonjour,

Mon CV est en pièce jointe ; je cherche un emploi dans l'inclusion numérique, dans l'ESS.

Anouk Delorme""",
        app("Anouk", "Delorme", phone=None, bac=5, grad="2026-09", info_in="both", status="cv_convention_terminee"),
        cv=CV("pdf", "CV_Anouk_Delorme.pdf", """
Anouk Delorme
anouk.delorme@example.fr
Expérience
Chargée de mission sous convention, Emmaüs Connect, mars–août 2026, terminée
Formation
Master Humanités numériques, septembre 2026, Université Lyon 2
"""),
    )),
    # Implied: finished_situation — situation — je termine mon volontariat à la fin du mois
    N("finished_situation", "situation", "je termine mon volontariat à la fin du mois", M(
        "Jonas Weber <jonas.weber@example.org>", "candidature", "21 10:30",
        """Bonjour,

Master de géopolitique en juin 2025 ; je termine mon volontariat à la fin du mois et je cherche un
emploi dans une ONG de l'ESS.

Jonas""",
        app("Jonas", "Weber", phone=None, bac=5, grad="2025-06", unknown=["not_service_civique"],
            status="volontariat_fin_du_mois"),
    )),
    # Implied: finished_situation — situation — ma tutrice m'a annoncé que je reste jusqu'au 31 mars, la gratification continue
    N("finished_situation", "situation", "ma tutrice m'a annoncé que je reste jusqu'au 31 mars, la gratification continue", M(
        "Rayan Boucher <rayan.boucher@example.net>", "candidature", "18 16:20",
        """Bonjour,

Master d'urbanisme en septembre 2026. Ma tutrice m'a annoncé que je reste jusqu'au 31 mars, la
gratification continue. Je chercherai ensuite un emploi dans l'ESS.

Rayan Boucher""",
        app("Rayan", "Boucher", phone=None, bac=5, grad="2026-09", failing=["not_internship"],
            status="reste_31_mars"),
    )),
    # Implied: finished_situation — situation — le pot de fin de mission Unis-Cité, c'était le 1er juillet
    N("finished_situation", "situation", "le pot de fin de mission Unis-Cité, c'était le 1er juillet", M(
        "Nina Lopez <nina.lopez@example.com>", "candidature", "19 09:40",
        """Bonjour,

DUT carrières sociales en juin 2025 ; le pot de fin de mission Unis-Cité, c'était le 1er juillet. Je
cherche un emploi d'animatrice dans une association de l'ESS.

Nina Lopez""",
        app("Nina", "Lopez", phone=None, bac=2, grad="2025-06", status="pot_fin_unis_cite"),
    )),
    # Implied: finished_situation — situation — encore trois mois de contrat d'engagement avant de rendre mon gilet Unis-Cité
    N("finished_situation", "situation", "encore trois mois de contrat d'engagement avant de rendre mon gilet Unis-Cité", M(
        "Timothée Roussel <timothee.roussel@example.fr>", "candidature", "19 13:30",
        """Bonjour,

Licence d'histoire en juin 2026. J'ai encore trois mois de contrat d'engagement avant de rendre mon gilet
Unis-Cité ; je prépare la suite dans l'ESS.

Timothée""",
        app("Timothée", "Roussel", phone=None, bac=3, grad="2026-06", failing=["not_service_civique"],
            status="gilet_unis_cite_trois_mois"),
    )),
    # Implied: finished_situation — situation — j'ai remis mon rapport de fin de période en septembre et l'école a clos ma convention
    N("finished_situation", "situation", "j'ai remis mon rapport de fin de période en septembre et l'école a clos ma convention", M(
        "Lison Barbier <lison.barbier@example.org>", "Candidature Pro'pulse", "19 17:00",
        """Bonjour,

Master de management de projets, jury de septembre 2026. J'ai remis mon rapport de fin de période en
septembre et l'école a clos ma convention. Je cherche un emploi dans une association de l'ESS.

Lison Barbier""",
        app("Lison", "Barbier", phone=None, bac=5, grad="2026-09", status="convention_close_septembre"),
    )),
    # Implied: finished_situation — career_change — le dernier jour de mes quatorze ans de comptable chez un concessionnaire
    N("finished_situation", "career_change", "le dernier jour de mes quatorze ans de comptable chez un concessionnaire", M(
        "Éric Mallet <eric.mallet@example.net>", "Candidature", "20 09:10",
        """Bonjour,

Le 31 août, c'était le dernier jour de mes quatorze ans de comptable chez un concessionnaire. J'ai une
licence pro gestion des associations depuis juin 2026 et je cherche un emploi dans l'ESS.

Éric Mallet""",
        app("Éric", "Mallet", phone=None, bac=3, grad="2026-06", failing=["not_career_change"],
            status="quatorze_ans_comptable"),
    )),
    # Implied: finished_situation — kind — j'ai quitté la structure et cette boîte n'est plus consultée
    N("finished_situation", "kind", "j'ai quitté la structure et cette boîte n'est plus consultée", M(
        "Aline Perrier <aline.perrier@example.org>", "Réponse automatique", "20 10:00",
        """Bonjour, j'ai quitté la structure et cette boîte n'est plus consultée. Merci d'écrire à
contact@example.org.""",
        auto_reply(), headers={"Auto-Submitted": "auto-replied"},
    )),
    # Implied: finished_situation — kind — voici l'attestation de fin de mission de notre ancienne volontaire
    N("finished_situation", "kind", "voici l'attestation de fin de mission de notre ancienne volontaire", M(
        "Maison des Jeunes Belleville <mjc.belleville@example.fr>", "Attestation", "20 14:00",
        """Bonjour,

Voici l'attestation de fin de mission de notre ancienne volontaire, que nous avons signée ce matin à
sa demande. Elle vous écrira elle-même.

La MJC""",
        other(),
    )),
    # Implied: finished_situation — kind — mon badge est rendu, je suis libre dès lundi
    N("finished_situation", "kind", "mon badge est rendu, je suis libre dès lundi", M(
        "Benjamin Lucas <benjamin.lucas@example.net>", "Re: Votre candidature à Pro'pulse", "20 16:30",
        """Bonjour,

Petite mise à jour : mon badge est rendu, je suis libre dès lundi pour un entretien.

Benjamin

> Le 17 nov. 2026, Pro'pulse <propulse@animafac.net> a écrit :
> Nous reviendrons vers vous à la fin de votre période en structure.""",
        reply(), headers={"In-Reply-To": "<badge.1717@animafac.net>"},
    )),
    # Implied: finished_situation — kind — Les nouvelles de la Maison des volontaires
    N("finished_situation", "kind", "Les nouvelles de la Maison des volontaires", M(
        "Maison des volontaires <nouvelles@maisonvolontaires.example.org>", "Les nouvelles de novembre", "21 07:00",
        """Les nouvelles de la Maison des volontaires : les fins de mission de décembre, le forum des
anciens, nos partenaires. Ne plus recevoir ces nouvelles : https://maisonvolontaires.example.org/stop""",
        newsletter(),
    )),
]
