# ruff: noqa: E501
"""Batch 5 — tense: a plan for later («je commencerai…», «je vais finir…»), a past that is over («mon stage
s'est achevé»), a past that goes on («depuis septembre je suis…»), all judged on the reading day 2026-11-26."""

from discourse import D
from kit import M, app, auto_reply, bounce, newsletter, other, question, reply

MESSAGES = [
    # Discourse: tense — service_civique — «je commencerai un service civique en janvier»: not current
    D("tense", "service_civique", M(
        frm="Zoé Castagné <zoe.castagne@example.org>",
        subject="Candidature Pro'pulse",
        date="02 08:50",
        body="""Bonjour,

J'ai obtenu ma licence de sociologie en juin 2026. Je commencerai un service civique en janvier si je ne trouve rien d'ici là, mais ce que je cherche, c'est un emploi dans une association de médiation.

Zoé Castagné
06 55 12 80 36""",
        truth=app("Zoé", "Castagné", phone="+33655128036", bac=3, grad="2026-06", status="commencerai_sc_janvier"),
    )),
    # Discourse: tense — internship — «depuis septembre je suis en stage»: a past that goes on
    D("tense", "internship", M(
        frm="Quentin Moulin <quentin.moulin@example.net>",
        subject="Candidature",
        date="03 12:40",
        body="""Bonjour,

Depuis septembre, je suis en stage de fin d'études dans une fondation d'entreprise. J'ai ma licence d'économie (juin 2025) et je voudrais travailler dans une association d'insertion.

Quentin Moulin
07 41 20 67 93""",
        truth=app("Quentin", "Moulin", phone="+33741206793", bac=3, grad="2025-06", failing=("not_internship",), status="depuis_septembre_en_stage"),
    )),
    # Discourse: tense — internship — «mon stage s'est achevé en octobre»: over
    D("tense", "internship", M(
        frm="Agathe Perret <agathe.perret@example.com>",
        subject="pro'pulse",
        date="04 17:15",
        body="""Bonjour, mon stage à la Fédération des Restos s'est achevé le 10 octobre et je cherche maintenant un emploi dans une asso d'aide alimentaire. Master Alimentation durable, septembre 2026. Agathe Perret 06 30 74 58 21""",
        truth=app("Agathe", "Perret", phone="+33630745821", bac=5, grad="2026-09", status="stage_acheve_octobre"),
    )),
    # Discourse: tense — studies — «je vais finir mon mémoire»: still studying
    D("tense", "studies", M(
        frm="Julien Masson <julien.masson@example.org>",
        subject="Candidature",
        date="05 22:05",
        body="""Bonsoir,

Je vais finir mon mémoire de master 2 d'ici février, puis je chercherai un emploi dans une SCIC. J'ai un master 1 validé en juin 2025.

Julien Masson
06 81 40 26 57""",
        truth=app("Julien", "Masson", phone="+33681402657", bac=4, grad="2025-06", failing=("studies_finished",), status="vais_finir_memoire"),
    )),
    # Discourse: tense — studies — «le jury se réunira le 9 décembre», every exam passed: open
    D("tense", "studies", M(
        frm="Lisa Chevalier <lisa.chevalier@example.net>",
        subject="Candidature Pro'pulse",
        date="06 10:18",
        body="""Bonjour,

J'ai passé toutes les épreuves de ma licence pro ; le jury se réunira le 9 décembre. J'ai un BTS Gestion de la PME de juin 2025. Je cherche un poste de gestionnaire dans une association.

Lisa Chevalier
07 93 28 15 60""",
        truth=app("Lisa", "Chevalier", phone="+33793281560", bac=2, grad="2025-06", unknown=("studies_finished",), status="jury_se_reunira_9_decembre"),
    )),
    # Discourse: tense — career_change — «j'ai été caissière pendant dix ans»: a past that is over, but a career change
    D("tense", "career_change", M(
        frm="Nadia Bouzid <nadia.bouzid@example.com>",
        subject="candidature",
        date="07 14:22",
        body="""Bonjour,

J'ai été caissière pendant dix ans, puis j'ai repris mes études : BTS Économie sociale familiale en juin 2026. Je cherche un emploi de conseillère dans une association.

Nadia Bouzid
06 16 93 47 82""",
        truth=app("Nadia", "Bouzid", phone="+33616934782", bac=2, grad="2026-06", failing=("not_career_change",), status="ai_ete_caissiere_dix_ans"),
    )),
    # Discourse: tense — career_change — «je suis en CDI depuis septembre»: a permanent job held now, open
    D("tense", "career_change", M(
        frm="Florian Garnier <florian.garnier@example.org>",
        subject="Pro'pulse - candidature",
        date="08 09:35",
        body="""Bonjour,

Je suis en CDI depuis septembre dans une agence immobilière, mais je voudrais rejoindre une coopérative d'habitat. Licence pro immobilier social, juin 2026.

Florian Garnier
06 47 29 81 03""",
        truth=app("Florian", "Garnier", phone="+33647298103", bac=3, grad="2026-06", unknown=("not_career_change",), status="cdi_depuis_septembre"),
    )),
    # Discourse: tense — date — «ça fera deux ans en janvier que j'ai mon BTS»: January 2025, inside
    D("tense", "date", M(
        frm="Kevin Quillivic <kevin.quillivic@example.net>",
        subject="candidature",
        date="09 19:10",
        body="""Bonjour, ça fera deux ans en janvier que j'ai mon BTS MCO (session de janvier, en alternance). Je cherche un poste de vendeur-conseil dans une coopérative de consommateurs bio. Kevin Quillivic 07 15 84 36 92""",
        truth=app("Kevin", "Quillivic", phone="+33715843692", bac=2, grad="2025-01", status="fera_deux_ans_en_janvier"),
    )),
    # Discourse: tense — date — «j'ai terminé ma licence il y a un moment»: open
    D("tense", "date", M(
        frm="Sarah Lopes <sarah.lopes@example.com>",
        subject="Candidature",
        date="10 11:00",
        body="""Bonjour,

J'ai terminé ma licence de droit il y a un moment déjà et je travaille depuis en intérim sur des missions courtes. Je veux maintenant un emploi stable dans une association d'aide juridique.

Sarah Lopes
06 71 38 25 49""",
        truth=app("Sarah", "Lopes", phone="+33671382549", bac=3, grad=None, unknown=("graduation_recent",), status="il_y_a_un_moment"),
    )),
    # Discourse: tense — ess_aim — «je cherchais dans la com' d'entreprise, maintenant l'ESS»: the aim now
    D("tense", "ess_aim", M(
        frm="Elsa Rivière <elsa.riviere@example.org>",
        subject="Candidature Pro'pulse",
        date="11 15:45",
        body="""Bonjour,

Au printemps je cherchais dans la communication d'entreprise ; depuis cet été, je ne cherche plus que dans l'ESS, une association ou une coopérative. Master Communication, juin 2026.

Elsa Rivière
07 28 60 41 75""",
        truth=app("Elsa", "Rivière", phone="+33728604175", bac=5, grad="2026-06", status="cherchais_com_maintenant_ess"),
    )),
    # Discourse: tense — ess_aim — «je chercherai dans l'ESS plus tard», for now a big company
    D("tense", "ess_aim", M(
        frm="Antoine Dupré <antoine.dupre@example.net>",
        subject="candidature",
        date="12 13:12",
        body="""Bonjour,

Je chercherai peut-être dans l'ESS plus tard ; pour l'instant je vise un poste d'analyste dans une grande entreprise du CAC 40. École de commerce, diplômé en juin 2026.

Antoine Dupré
06 94 37 12 58""",
        truth=app("Antoine", "Dupré", phone="+33694371258", bac=5, grad="2026-06", failing=("job_seeking_ess",), status="chercherai_ess_plus_tard"),
    )),
    # Discourse: tense — internship — «je commence un stage le 7 décembre»: starting after the reading day, not current
    D("tense", "internship", M(
        frm="Mélanie Hervé <melanie.herve@example.com>",
        subject="Candidature",
        date="13 10:40",
        body="""Bonjour,

Licence de sciences de l'éducation en juin 2026. Je commence un stage de trois semaines le 7 décembre dans une association de soutien scolaire, en attendant de trouver un emploi dans l'éducation populaire.

Mélanie Hervé
06 39 25 78 14""",
        truth=app("Mélanie", "Hervé", phone="+33639257814", bac=3, grad="2026-06", status="commence_stage_7_decembre"),
    )),
    # Discourse: tense — service_civique — «je suis volontaire depuis la rentrée», kind unstated: open
    D("tense", "service_civique", M(
        frm="Baptiste Roy <baptiste.roy@example.org>",
        subject="pro'pulse",
        date="16 18:55",
        body="""Bonjour, je suis volontaire depuis la rentrée dans une asso d'éducation à l'environnement, et je cherche à y être embauché ou ailleurs dans l'ESS. BUT génie biologique, juin 2026. Baptiste 06 28 49 17 36""",
        truth=app("Baptiste", "Roy", phone="+33628491736", bac=3, grad="2026-06", unknown=("not_service_civique",), status="volontaire_depuis_la_rentree"),
    )),
    # Discourse: tense — level — «j'ai arrêté mon BTS» in its first year: the bac only
    D("tense", "level", M(
        frm="Lucie Carpentier <lucie.carpentier@example.net>",
        subject="Candidature",
        date="17 09:05",
        body="""Bonjour,

J'ai arrêté mon BTS en cours de première année en 2025, je n'ai donc que le bac (juin 2024). Je cherche un emploi dans une association d'aide à domicile.

Lucie Carpentier
07 60 92 34 18""",
        truth=app("Lucie", "Carpentier", phone="+33760923418", bac=0, grad="2024-06", failing=("degree_level",), status="bts_arrete_bac_seul"),
    )),
    # Discourse: tense — kind — a reply in our thread: «je viendrai»
    D("tense", "kind", M(
        frm="Nina Fabre <nina.fabre@example.com>",
        subject="Re: Invitation à la réunion d'information",
        date="04 20:30",
        headers={"In-Reply-To": "<2281947.0033@animafac.net>", "References": "<2281947.0033@animafac.net>"},
        body="""Bonsoir, je viendrai mardi, merci ! Nina

> Une réunion d'information aura lieu mardi à 18 h.""",
        truth=reply(),
    )),
    # Discourse: tense — kind — an auto-reply: «je serai de retour le 30»
    D("tense", "kind", M(
        frm="Marc Delmas <marc.delmas@example.net>",
        subject="Absent : Re: Votre candidature",
        date="09 07:45",
        headers={"Auto-Submitted": "auto-replied"},
        body="""Je serai de retour le 30 novembre. Les messages reçus d'ici là seront traités à mon retour.""",
        truth=auto_reply(),
    )),
    # Discourse: tense — kind — a newsletter: «le forum aura lieu»
    D("tense", "kind", M(
        frm="Cress Occitanie <actus@cress-occitanie.example.org>",
        subject="Les actus de l'ESS en Occitanie",
        date="13 07:00",
        headers={"List-Unsubscribe": "<https://cress-occitanie.example.org/actus/stop>", "Precedence": "bulk"},
        body="""Le forum des métiers de l'ESS aura lieu le 10 décembre à Toulouse. Le mois de l'ESS s'est achevé avec 200 événements.

Se désinscrire : https://cress-occitanie.example.org/actus/stop""",
        truth=newsletter(),
    )),
    # Discourse: tense — kind — a question about next year's sessions
    D("tense", "kind", M(
        frm="Claire Benoît <claire.benoit@example.org>",
        subject="Inscriptions 2027",
        date="15 12:25",
        body="""Bonjour, les inscriptions pour la session de printemps seront-elles ouvertes en janvier ? Merci d'avance.""",
        truth=question(),
    )),
    # Discourse: tense — kind — a room booking confirmed for a future date
    D("tense", "kind", M(
        frm="Maison des associations <reservations@mda-lille.example.fr>",
        subject="Réservation de salle confirmée",
        date="19 14:10",
        body="""Bonjour, votre réservation de la salle Condorcet est confirmée pour le jeudi 10 décembre, de 14 h à 17 h.""",
        truth=other(),
    )),
    # Discourse: tense — kind — a bounce: mailbox that no longer exists
    D("tense", "kind", M(
        frm="Mail Delivery System <MAILER-DAEMON@relay.example.org>",
        subject="Returned mail: see transcript for details",
        date="22 04:30",
        body="""The mailbox camille.v@example.org has been closed and no longer accepts mail.""",
        bounce="""Reporting-MTA: dns; relay.example.org

Final-Recipient: rfc822; camille.v@example.org
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Mailbox closed""",
        truth=bounce("camille.v@example.org"),
    )),
]
