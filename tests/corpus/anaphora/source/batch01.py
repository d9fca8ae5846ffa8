"""Anaphora corpus, batch 01 (writer A): personal pronouns (a master «obtenu», a service civique that «se
termine», a stage that «s'est terminé», a son's DUT, a BTS «décroché»), demonstratives and defining nouns
(«ce DUT», «ledit diplôme», «cette mission», «ce stage», «ce dernier», «ce type de structure») and bridging
parts (a jury de soutenance, a convention, a promo, a contrat d'engagement, a jury's délibération, an
employer), and other mail that links the same way."""
# ruff: noqa: E501

from __future__ import annotations

from anaphora import N
from kit import M, app, auto_reply, bounce, newsletter, other, question, reply

MESSAGES = [
    # Feature: personal_pronoun — graduation — J'ai un master Économie sociale et solidaire de l'université Grenoble Alpes. Je l'ai obtenu en juillet 2025
    # linked: «l'» → «un master Économie sociale et solidaire» (next sentence) → graduation 2025-07 → recent
    N("personal_pronoun", "graduation", "J'ai un master Économie sociale et solidaire de l'université Grenoble Alpes. Je l'ai obtenu en juillet 2025", M(
        "Clémence Vasseur <clemence.vasseur@example.org>", "Candidature Pro'pulse", "02 09:41",
        """Bonjour,

J'ai un master Économie sociale et solidaire de l'université Grenoble Alpes. Je l'ai obtenu en juillet 2025, après un mémoire sur les épiceries solidaires en zone rurale.

Depuis, j'ai fait quelques remplacements dans une association d'aide alimentaire et je cherche maintenant un poste de chargée de projets dans une structure de l'ESS.

Bien à vous,
Clémence Vasseur
06 14 27 83 05""",
        app("Clémence", "Vasseur", phone="+33614278305", bac=5, grad="2025-07", status="master_obtenu_juillet"),
    )),
    # Feature: personal_pronoun — situation — Il se termine fin février 2027
    # linked: «Il» → «un service civique à Unis-Cité» (previous sentence) → service civique running until 2027-02 → failing
    N("personal_pronoun", "situation", "Je fais actuellement un service civique à Unis-Cité, à Créteil. Il se termine fin février 2027", M(
        "Yanis Belkacem <yanis.belkacem@example.fr>", "candidature programme", "03 18:12",
        """Bonjour,

Je m'appelle Yanis, j'ai 23 ans et une licence de sciences de l'éducation obtenue en juin 2025.

Je fais actuellement un service civique à Unis-Cité, à Créteil. Il se termine fin février 2027 et j'aimerais préparer la suite dès maintenant avec votre programme.

Merci d'avance,
Yanis Belkacem
07 61 08 42 97""",
        app("Yanis", "Belkacem", phone="+33761084297", bac=3, grad="2025-06", failing=("not_service_civique",), status="sc_se_termine_fevrier"),
    )),
    # Feature: personal_pronoun — situation — Elle s'achève ce mois-ci
    # ambiguous: the civic service «s'achève ce mois-ci» with no day: ended before the 26th or still running, a careful reader cannot tell
    # linked: «Elle» → «une mission de service civique» (previous sentence) → ends in November 2026, day unknown → open
    N("personal_pronoun", "situation", "Elle s'achève ce mois-ci", M(
        "Oumou Diarra <oumou.diarra@example.net>", "Pro'pulse - Oumou Diarra", "04 11:20",
        """Bonjour Madame, Monsieur,

Titulaire d'une licence professionnelle Intervention sociale (juin 2025), je suis depuis le printemps en mission de service civique au sein d'une association de médiation à Toulouse. Elle s'achève ce mois-ci.

Je souhaite ensuite travailler comme médiatrice sociale dans une association ou une régie de quartier.

Cordialement,
Oumou Diarra
06 45 71 30 18""",
        app("Oumou", "Diarra", phone="+33645713018", bac=3, grad="2025-06", unknown=("not_service_civique",), status="sc_sacheve_ce_mois"),
    )),
    # Feature: personal_pronoun — situation — J'ai fait mon stage de fin d'études au Secours populaire de Lille. Il s'est terminé le 31 août
    # linked: «Il» → «mon stage de fin d'études» (next sentence) → internship ended 2026-08-31 → met
    N("personal_pronoun", "situation", "J'ai fait mon stage de fin d'études au Secours populaire de Lille. Il s'est terminé le 31 août", M(
        "Hugo Carvalho <hugo.carvalho@example.com>", "Candidature", "05 08:03",
        """Bonjour,

Je viens de finir un master Action publique et solidarités (diplômé en septembre 2026). J'ai fait mon stage de fin d'études au Secours populaire de Lille. Il s'est terminé le 31 août, et je suis disponible tout de suite.

Je cherche un premier poste de coordinateur de bénévoles dans une association.

Hugo Carvalho
06 90 12 54 73""",
        app("Hugo", "Carvalho", phone="+33690125473", bac=5, grad="2026-09", status="stage_termine_31_aout"),
    )),
    # Feature: personal_pronoun — graduation — Il a un DUT Carrières sociales. Il l'a eu en 2022
    # linked: «Il l'» → «Théo» and «un DUT Carrières sociales» (next sentence; a parent's referral: «il» is the applicant) → graduation 2022 → not recent
    N("personal_pronoun", "graduation", "Il a un DUT Carrières sociales. Il l'a eu en 2022", M(
        "Jean-Marc Lemaire <jm.lemaire@example.org>", "Pour mon fils Théo", "05 21:47",
        """Bonjour,

Je vous écris pour mon fils, Théo Lemaire, qui n'ose pas le faire lui-même. Il a un DUT Carrières sociales. Il l'a eu en 2022 à l'IUT de Tours, et depuis il enchaîne les petits contrats dans la restauration.

Il voudrait travailler dans l'animation sociale, dans une association ou un centre social. Vous pouvez le joindre directement : theo.lemaire@example.org, 06 33 19 02 84.

Merci de votre attention,
Jean-Marc Lemaire""",
        app("Théo", "Lemaire", phone="+33633190284", bac=2, grad="2022", failing=("graduation_recent",), email="theo.lemaire@example.org", forwarded_by="jm.lemaire@example.org", status="fils_dut_2022"),
    )),
    # Feature: personal_pronoun — graduation — J'ai un BTS SP3S. Je l'ai décroché en 2024
    # ambiguous: the BTS «décroché en 2024», the month not given: November or December 2024 is recent, earlier is not
    # linked: «l'» → «un BTS SP3S» (next sentence) → graduation 2024, year alone → open
    N("personal_pronoun", "graduation", "J'ai un BTS SP3S. Je l'ai décroché en 2024", M(
        "Anaïs Rakotomalala <anais.rako@example.fr>", "candidature pro'pulse", "06 13:58",
        """bonjour,

j'ai un BTS SP3S. je l'ai décroché en 2024, sans mention mais du premier coup. je voudrais travailler dans l'accompagnement des familles, dans une asso ou une mutuelle.

merci
anaïs rakotomalala
07 82 40 15 66""",
        app("Anaïs", "Rakotomalala", phone="+33782401566", bac=2, grad="2024", unknown=("graduation_recent",), status="bts_decroche_2024"),
    )),
    # Feature: personal_pronoun — kind — Je suis en formation jusqu'à vendredi. Elle se termine le 27 novembre
    # linked: «Elle» → «formation» (next sentence) → kind auto_reply: no application, no personal fact for us
    N("personal_pronoun", "kind", "Je suis en formation jusqu'à vendredi. Elle se termine le 27 novembre", M(
        "Sandrine Moreau-Aït <s.moreau@example.net>", "Réponse automatique : Atelier du 3 décembre", "23 07:15",
        """Bonjour,

Je suis en formation jusqu'à vendredi. Elle se termine le 27 novembre ; je lirai vos messages à mon retour, le lundi 30.

En cas d'urgence, vous pouvez contacter l'accueil de la maison des associations au 04 76 00 12 34.

Sandrine Moreau-Aït""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: personal_pronoun — kind — Le diplôme, faut-il l'avoir obtenu depuis moins de deux ans
    # linked: «l'» → «Le diplôme» (same sentence) → kind question: no personal fact
    N("personal_pronoun", "kind", "Le diplôme, faut-il l'avoir obtenu depuis moins de deux ans", M(
        "Corentin Le Goff <corentin.legoff@example.com>", "Question sur les conditions", "09 10:31",
        """Bonjour,

Une question sur vos conditions d'accès. Le diplôme, faut-il l'avoir obtenu depuis moins de deux ans au moment de la candidature, ou au moment de l'entrée dans le programme ?

Merci pour votre réponse,
Corentin Le Goff""",
        question(),
    )),
    # Feature: demonstrative_noun — level — Ce diplôme universitaire de technologie
    # linked: «Ce diplôme universitaire de technologie» → «une formation de deux ans à l'IUT de Tours» (next sentence) → bac+2 → level met
    N("demonstrative_noun", "level", "J'ai suivi une formation de deux ans à l'IUT de Tours, en gestion des entreprises et des administrations. Ce diplôme universitaire de technologie", M(
        "Mehdi Ouazzani <mehdi.ouazzani@example.org>", "Candidature au programme", "02 16:05",
        """Madame, Monsieur,

J'ai suivi une formation de deux ans à l'IUT de Tours, en gestion des entreprises et des administrations. Ce diplôme universitaire de technologie, validé en juin 2025, m'a donné le goût de la gestion associative.

Je souhaite devenir assistant de gestion dans une structure d'insertion ou une coopérative.

Veuillez recevoir mes salutations distinguées,
Mehdi Ouazzani
06 28 55 90 14""",
        app("Mehdi", "Ouazzani", phone="+33628559014", bac=2, grad="2025-06", status="dut_gea_ce_diplome"),
    )),
    # Feature: demonstrative_noun — graduation — Ledit diplôme m'a été délivré en juillet 2026
    # linked: «Ledit diplôme» → «une licence professionnelle Métiers de l'animation sociale» (next sentence) → graduation 2026-07 → recent
    N("demonstrative_noun", "graduation", "Ledit diplôme m'a été délivré en juillet 2026", M(
        "Perrine Ghazarian <perrine.ghazarian@example.fr>", "Candidature — Perrine Ghazarian", "03 09:22",
        """Madame, Monsieur,

Mon dernier diplôme est une licence professionnelle Métiers de l'animation sociale, socio-éducative et socio-culturelle, préparée à l'IUT de Bordeaux. Ledit diplôme m'a été délivré en juillet 2026.

Je postule au programme Pro'pulse afin d'être accompagnée vers un poste de coordinatrice dans un centre social ou une association d'éducation populaire.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations respectueuses.

Perrine Ghazarian
07 50 63 28 41""",
        app("Perrine", "Ghazarian", phone="+33750632841", bac=3, grad="2026-07", status="lp_ledit_diplome"),
    )),
    # Feature: demonstrative_noun — situation — Cette mission a pris fin le 15 juillet
    # linked: «Cette mission» → «un service civique dans une épicerie solidaire» (next sentence) → service civique ended 2026-07 → met
    N("demonstrative_noun", "situation", "J'ai fait un service civique dans une épicerie solidaire de Rouen. Cette mission a pris fin le 15 juillet", M(
        "Baptiste Nguyen <baptiste.nguyen@example.net>", "Candidature Pro'pulse", "04 14:40",
        """Bonjour,

Licence de géographie en poche depuis juin 2025, j'ai fait un service civique dans une épicerie solidaire de Rouen. Cette mission a pris fin le 15 juillet et m'a convaincu de chercher un emploi dans l'aide alimentaire ou le réemploi.

Je suis disponible immédiatement.

Baptiste Nguyen
06 17 84 39 20""",
        app("Baptiste", "Nguyen", phone="+33617843920", bac=3, grad="2025-06", status="sc_cette_mission_juillet"),
    )),
    # Feature: demonstrative_noun — situation — Ce stage a commencé en octobre et je dois le terminer fin mars
    # linked: «Ce stage» → «un stage de six mois au pôle communication de la Fondation» (previous sentence) → internship running until 2027-03 → failing
    N("demonstrative_noun", "situation", "Ce stage a commencé en octobre et je dois le terminer fin mars", M(
        "Lucie Brandão <lucie.brandao@example.com>", "Candidature", "06 17:09",
        """Bonjour,

Diplômée d'un master Communication des organisations en juin 2026, on m'a proposé un stage de six mois au pôle communication d'une fondation qui lutte contre l'isolement des personnes âgées. Ce stage a commencé en octobre et je dois le terminer fin mars.

Je voudrais préparer dès maintenant ma recherche d'emploi dans l'ESS.

Lucie Brandão
06 02 91 47 58""",
        app("Lucie", "Brandão", phone="+33602914758", bac=5, grad="2026-06", failing=("not_internship",), status="ce_stage_fin_mars"),
    )),
    # Feature: demonstrative_noun — aim — l'une d'une banque d'affaires, l'autre d'un cabinet d'audit. C'est vers ce dernier que je m'oriente
    # linked: «ce dernier» → «un cabinet d'audit» (the last named, next sentence) → the aim is an audit firm → not ESS (failing)
    N("demonstrative_noun", "aim", "l'une d'une banque d'affaires, l'autre d'un cabinet d'audit. C'est vers ce dernier que je m'oriente", M(
        "Arthur Delacroix-Benhamou <arthur.db@example.org>", "Candidature programme Pro'pulse", "09 08:52",
        """Bonjour,

Titulaire d'un master Finance et contrôle (juin 2026), j'ai reçu deux propositions d'entretien, l'une d'une banque d'affaires, l'autre d'un cabinet d'audit. C'est vers ce dernier que je m'oriente, et votre accompagnement m'aiderait à préparer les entretiens.

Cordialement,
Arthur Delacroix-Benhamou
06 71 35 02 69""",
        app("Arthur", "Delacroix-Benhamou", phone="+33671350269", bac=5, grad="2026-06", failing=("job_seeking_ess",), status="ce_dernier_cabinet_audit"),
    )),
    # Feature: demonstrative_noun — aim — Ce type de structure, pour moi, c'est une association ou une entreprise classique, peu importe
    # ambiguous: «une association ou une entreprise classique, peu importe»: an ESS aim beside any company, open
    # linked: «Ce type de structure» → «une structure où je me sente utile» (previous sentence) → aim: association or any company → open
    N("demonstrative_noun", "aim", "Ce type de structure, pour moi, c'est une association ou une entreprise classique, peu importe", M(
        "Kenza Bouzid <kenza.bouzid@example.fr>", "pro'pulse", "10 12:26",
        """Bonjour,

J'ai une licence AES depuis juin 2025 et je cherche un emploi dans une structure où je me sente utile. Ce type de structure, pour moi, c'est une association ou une entreprise classique, peu importe, tant que l'équipe est bienveillante.

Merci !
Kenza Bouzid
07 23 56 81 09""",
        app("Kenza", "Bouzid", phone="+33723568109", bac=3, grad="2025-06", unknown=("job_seeking_ess",), status="ce_type_de_structure"),
    )),
    # Feature: demonstrative_noun — kind — Ce rendez-vous est ouvert à toutes les personnes
    # linked: «Ce rendez-vous» → «Le forum de l'emploi solidaire» (previous sentence) → kind newsletter
    N("demonstrative_noun", "kind", "Ce rendez-vous est ouvert à toutes les personnes", M(
        "Réseau ESS Pays de la Loire <lettre@reseau-ess.example.org>", "La lettre de novembre", "12 06:00",
        """La lettre du réseau — novembre 2026

Le forum de l'emploi solidaire revient à Nantes, le 12 décembre, à la Manufacture. Ce rendez-vous est ouvert à toutes les personnes qui cherchent un emploi dans une association, une coopérative ou une mutuelle : venez avec vos CV !

À lire aussi : les nouvelles coopératives d'activité de la région, et notre dossier sur les tiers-lieux.

Pour vous désinscrire, répondez STOP à ce message.""",
        newsletter(),
    )),
    # Feature: demonstrative_noun — kind — Celui-ci était bloqué par mon antivirus
    # linked: «Celui-ci» → «le formulaire» (previous sentence) → kind reply: in our thread
    N("demonstrative_noun", "kind", "Celui-ci était bloqué par mon antivirus", M(
        "Samuel Okafor <samuel.okafor@example.net>", "Re: Votre dossier Pro'pulse", "16 19:03",
        """Bonjour,

Je vous renvoie le formulaire complété, comme demandé dans votre message de mardi. Celui-ci était bloqué par mon antivirus, d'où mon retard.

Bonne soirée,
Samuel Okafor

> Bonjour, pourriez-vous nous renvoyer le formulaire d'inscription complété ?
> L'équipe Pro'pulse""",
        reply(),
        headers={"In-Reply-To": "<dossier-4471@animafac.net>", "References": "<dossier-4471@animafac.net>"},
    )),
    # Feature: possessive_bridging — graduation — Le jury de soutenance s'est tenu le 18 septembre 2025
    # linked: «Le jury de soutenance» → part of «mon master 2 en sciences de l'éducation» (next sentence) → graduation 2025-09 → recent
    N("possessive_bridging", "graduation", "Mon mémoire de master 2 en sciences de l'éducation portait sur les tiers-lieux éducatifs. Le jury de soutenance s'est tenu le 18 septembre 2025", M(
        "Inès Valverde <ines.valverde@example.org>", "Candidature Pro'pulse — Inès Valverde", "02 10:10",
        """Bonjour,

Mon mémoire de master 2 en sciences de l'éducation portait sur les tiers-lieux éducatifs. Le jury de soutenance s'est tenu le 18 septembre 2025, à l'université de Rouen.

J'aimerais travailler comme chargée de projets éducatifs dans une association ou un tiers-lieu associatif.

Inès Valverde
06 52 38 14 07""",
        app("Inès", "Valverde", phone="+33652381407", bac=5, grad="2025-09", status="jury_soutenance_sept_2025"),
    )),
    # Feature: possessive_bridging — situation — La convention court jusqu'au 28 février 2027
    # linked: «La convention» → the convention of «un stage dans une SCIC d'énergie citoyenne» (previous sentence) → internship running → failing
    N("possessive_bridging", "situation", "Je suis en stage dans une SCIC d'énergie citoyenne, à Lorient. La convention court jusqu'au 28 février 2027", M(
        "Gwenaël Tanguy <gwenael.tanguy@example.fr>", "candidature", "03 15:33",
        """Bonjour,

J'ai obtenu mon master Transition énergétique en juin 2026. Je suis en stage dans une SCIC d'énergie citoyenne, à Lorient. La convention court jusqu'au 28 février 2027.

Je voudrais savoir si je peux entrer dans le programme maintenant.

Gwenaël Tanguy
06 84 21 67 30""",
        app("Gwenaël", "Tanguy", phone="+33684216730", bac=5, grad="2026-06", failing=("not_internship",), status="convention_fevrier_2027"),
    )),
    # Feature: possessive_bridging — graduation — les résultats de ma promo sont tombés en juin
    # linked: «ma promo» → the class of «la licence pro Gestion des organisations de l'ESS» (same sentence) → graduation 2026-06 → recent
    N("possessive_bridging", "graduation", "J'ai suivi la licence pro Gestion des organisations de l'ESS à l'IUT de Saint-Brieuc ; les résultats de ma promo sont tombés en juin", M(
        "Maëlys Kerboriou <maelys.kerboriou@example.com>", "Candidature Pro'pulse", "05 11:48",
        """Bonjour à toute l'équipe,

J'ai suivi la licence pro Gestion des organisations de l'ESS à l'IUT de Saint-Brieuc ; les résultats de ma promo sont tombés en juin : tout le monde a validé, moi compris !

Je cherche un poste d'assistante de coordination dans une coopérative ou une association.

Maëlys Kerboriou
07 14 90 35 62""",
        app("Maëlys", "Kerboriou", phone="+33714903562", bac=3, grad="2026-06", status="resultats_promo_juin"),
    )),
    # Feature: possessive_bridging — situation — Mon contrat d'engagement s'achève le 30 avril 2027
    # linked: «Mon contrat d'engagement» → the contract of «volontaire en service civique» (previous sentence) → civic service running → failing
    N("possessive_bridging", "situation", "Je suis volontaire en service civique auprès de personnes âgées isolées, à Marseille. Mon contrat d'engagement s'achève le 30 avril 2027", M(
        "Victor Amsellem <victor.amsellem@example.net>", "Candidature", "06 20:15",
        """Bonjour,

J'ai un DUT Carrières sociales (2025). Je suis volontaire en service civique auprès de personnes âgées isolées, à Marseille. Mon contrat d'engagement s'achève le 30 avril 2027.

Pouvez-vous m'accompagner pour la suite ?

Victor Amsellem
06 39 72 18 45""",
        app("Victor", "Amsellem", phone="+33639721845", bac=2, grad="2025", failing=("not_service_civique",), status="contrat_engagement_avril"),
    )),
    # Feature: possessive_bridging — studies_finished — La délibération du jury, elle, n'a pas encore eu lieu
    # ambiguous: the M2's courses are over but its jury has not deliberated: the studies may or may not be validated
    # linked: «La délibération du jury» → the jury of «mon M2» (previous sentence) → studies_finished open
    N("possessive_bridging", "studies_finished", "La délibération du jury, elle, n'a pas encore eu lieu", M(
        "Roxane Delaunay <roxane.delaunay@example.org>", "Candidature Pro'pulse", "10 09:37",
        """Bonjour,

J'ai terminé les cours et le stage de mon M2 Développement social en septembre, à Lyon 2. La délibération du jury, elle, n'a pas encore eu lieu : on nous annonce « avant Noël ».

Je cherche un poste de chargée de développement dans une association.

Roxane Delaunay
06 21 47 83 92""",
        app("Roxane", "Delaunay", phone="+33621478392", bac="*", grad=None, unknown=("studies_finished",), status="deliberation_pas_eu_lieu"),
    )),
    # Feature: possessive_bridging — career_change — Mon employeur, un centre social
    # linked: «Mon employeur» → the employer of «j'ai travaillé trois ans comme animatrice» (previous sentence) → the same field as the aim → not a career change
    N("possessive_bridging", "career_change", "Avant la licence pro, j'ai travaillé trois ans comme animatrice. Mon employeur, un centre social", M(
        "Fatoumata Camara <fatoumata.camara@example.fr>", "Candidature — coordinatrice", "11 13:14",
        """Bonjour,

Avant la licence pro, j'ai travaillé trois ans comme animatrice. Mon employeur, un centre social de Villeurbanne, m'a poussée à me former pour devenir coordinatrice, et j'ai obtenu la licence pro Coordination de projets en juin 2026.

Je cherche maintenant un poste de coordinatrice dans un centre social ou une association de quartier.

Fatoumata Camara
07 66 20 49 13""",
        app("Fatoumata", "Camara", phone="+33766204913", bac=3, grad="2026-06", status="employeur_centre_social"),
    )),
    # Feature: possessive_bridging — kind — Its mailbox quota has been exceeded
    # linked: «Its» → «The recipient» (previous line) → kind bounce
    N("possessive_bridging", "kind", "Its mailbox quota has been exceeded", M(
        "Mail Delivery Subsystem <mailer-daemon@mx.example.net>", "Undelivered Mail Returned to Sender", "12 14:02",
        """This is the mail system at host mx.example.net.

Your message could not be delivered to the recipient below. Its mailbox quota has been exceeded.

<quentin.marais@example.net>: host mx.example.net said: 552 5.2.2 Mailbox full""",
        bounce("quentin.marais@example.net"),
        bounce="""Reporting-MTA: dns; mx.example.net
Final-Recipient: rfc822; quentin.marais@example.net
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full""",
    )),
    # Feature: possessive_bridging — kind — Sa capacité est de trente places
    # linked: «Sa capacité» → «La salle que vous avez réservée» (previous sentence) → kind other
    N("possessive_bridging", "kind", "Sa capacité est de trente places", M(
        "Maison des associations <reservations@mda.example.fr>", "Réservation salle — 9 décembre", "13 10:45",
        """Bonjour,

La salle que vous avez réservée pour l'atelier du 9 décembre est la salle Germaine-Tillion, au deuxième étage. Sa capacité est de trente places ; les clés sont à retirer à l'accueil la veille.

Cordialement,
L'accueil de la maison des associations""",
        other(),
    )),
    # Feature: possessive_bridging — kind — sa convention doit-elle être signée
    # linked: «sa convention» → «un stage fait à l'étranger» (same sentence) → kind question: no personal fact
    N("possessive_bridging", "kind", "Pour un stage fait à l'étranger, sa convention doit-elle être signée", M(
        "Léna Schaeffer <lena.schaeffer@example.com>", "Question stage à l'étranger", "17 16:20",
        """Bonjour,

Pour un stage fait à l'étranger, sa convention doit-elle être signée par une université française pour que vous le preniez en compte ? Je pose la question pour une amie.

Merci,
Léna Schaeffer""",
        question(),
    )),
]
