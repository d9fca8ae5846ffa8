"""Anaphora corpus, batch 08 (writer B): relative clauses and appositions far from their head (a licence pro
behind dashes, a service civique behind a parenthesis, a DEASS in a CV, fifteen years of driving buses, a M2
behind a parenthesis, a CDI kept for now), chains of links (a jury that validated «l'», a service civique that
led somewhere «y», a DUT «il y a deux ans environ», a thesis defended, a move that dates a licence, the job
one aims at, an English final year), English links («I got it», «them», «the latter», «That was», «that», «its
results»), and other mail that links too."""
# ruff: noqa: E501

from __future__ import annotations

from anaphora import N
from kit import CV, M, app, auto_reply, bounce, newsletter, other, question, reply

MESSAGES = [
    # ---------------------------------------------------------------- relative_and_apposition_far
    # Feature: relative_and_apposition_far — graduation — une licence pro — financée par la Région, suivie à Limoges, avec une alternance dans une SCIC —, que j'ai obtenue en juin 2025
    # linked: «que» → «une licence pro» (same sentence, detached by an apposition between dashes) → graduation 2025-06 → recent
    N("relative_and_apposition_far", "graduation", "une licence pro — financée par la Région, suivie à Limoges, avec une alternance dans une SCIC —, que j'ai obtenue en juin 2025", M(
        "Clémence Faure-Dubois <clemence.fauredubois@example.org>", "Candidature Pro'pulse", "02 08:57",
        """Bonjour,

J'ai fait une licence pro — financée par la Région, suivie à Limoges, avec une alternance dans une SCIC —, que j'ai obtenue en juin 2025.

Je souhaite continuer dans les coopératives, comme chargée de gestion.

Clémence Faure-Dubois
06 53 82 17 40""",
        app("Clémence", "Faure-Dubois", phone="+33653821740", bac=3, grad="2025-06", status="b_lp_apposition_que_obtenue"),
    )),
    # Feature: relative_and_apposition_far — situation — Mon service civique (à la Ligue de l'enseignement, auprès d'enfants de primaire, trois après-midi par semaine) qui se poursuit jusqu'en mai
    # linked: «qui» → «Mon service civique» (same sentence, detached by a parenthesis and a line break) → running until 2027-05 → fails not_service_civique
    N("relative_and_apposition_far", "situation", "Mon service civique (à la Ligue de l'enseignement, auprès d'enfants de primaire, trois après-midi par semaine)\nqui se poursuit jusqu'en mai", M(
        "Yanis Belhadj <yanis.belhadj@example.com>", "candidature", "03 12:48",
        """Bonjour,

J'ai un BTS Tourisme obtenu en 2025 et je voudrais travailler dans l'animation, en association.

Mon service civique (à la Ligue de l'enseignement, auprès d'enfants de primaire, trois après-midi par semaine)
qui se poursuit jusqu'en mai m'a confirmé que c'était ma voie.

Yanis Belhadj
07 14 63 28 95""",
        app("Yanis", "Belhadj", phone="+33714632895", bac=2, grad="2025", failing=("not_service_civique",), status="b_sc_parenthese_qui_se_poursuit"),
    )),
    # Feature: relative_and_apposition_far — level — Diplôme d'État d'assistant de service social (Institut régional du travail social, Talence, en apprentissage) qui est un diplôme de niveau 6
    # linked: «qui» → «Diplôme d'État d'assistant de service social» (same CV line, detached by a parenthesis) → level 6 = bac+3 → met; graduation 2025-07 in the body
    N("relative_and_apposition_far", "level", "Diplôme d'État d'assistant de service social (Institut régional du travail social, Talence, en apprentissage) qui est un diplôme de niveau 6", M(
        "Océane Lartigue <oceane.lartigue@example.fr>", "Candidature Pro'pulse - CV", "04 19:21",
        """Bonjour,

Je vous joins mon CV. Je l'ai obtenu en juillet 2025, le DEASS, et je cherche un poste d'assistante sociale dans une association d'hébergement.

Océane Lartigue
06 26 91 34 07""",
        app("Océane", "Lartigue", phone="+33626913407", bac=3, grad="2025-07", info_in="both", status="b_cv_deass_qui_est_niveau_6"),
        cv=CV("docx", "CV_Oceane_Lartigue.docx", """Océane Lartigue
06 26 91 34 07 — oceane.lartigue@example.fr
FORMATION
Diplôme d'État d'assistant de service social (Institut régional du travail social, Talence, en apprentissage) qui est un diplôme de niveau 6
Baccalauréat ST2S — 2022
EXPÉRIENCE
Apprentie assistante sociale, Conseil départemental de la Gironde (2022-2025)"""),
    )),
    # Feature: relative_and_apposition_far — career_change — Conducteur de bus pendant quinze ans — un métier que j'ai aimé, à la RATP puis chez un transporteur privé —, un métier que j'ai quitté en 2024
    # linked: the second «un métier que j'ai quitté» → «Conducteur de bus pendant quinze ans» (apposition detached by another apposition between dashes) → fifteen years of another trade before the licence pro → career change (failing)
    N("relative_and_apposition_far", "career_change", "Conducteur de bus pendant quinze ans — un métier que j'ai aimé, à la RATP puis chez un transporteur privé —, un métier que j'ai quitté en 2024", M(
        "Didier Mbappé-Lenoir <didier.mbappelenoir@example.net>", "Pro'pulse : candidature", "05 07:40",
        """Bonjour,

Conducteur de bus pendant quinze ans — un métier que j'ai aimé, à la RATP puis chez un transporteur privé —, un métier que j'ai quitté en 2024 pour une licence pro Gestion des structures sociales, obtenue en juin 2026.

Je cherche maintenant un poste de coordinateur dans une association de mobilité solidaire.

Didier Mbappé-Lenoir
06 77 30 52 14""",
        app("Didier", "Mbappé-Lenoir", phone="+33677305214", bac=3, grad="2026-06", failing=("not_career_change",), status="b_conducteur_bus_metier_quitte"),
    )),
    # Feature: relative_and_apposition_far — studies_finished — mon M2 (soutenu en septembre, après un stage de six mois dans une SCOP de conseil), dont j'ai reçu l'attestation de réussite le 10 octobre
    # linked: «dont» → «mon M2» (same sentence, detached by a parenthesis) → attestation de réussite received → studies finished → met
    N("relative_and_apposition_far", "studies_finished", "mon M2 (soutenu en septembre, après un stage de six mois dans une SCOP de conseil), dont j'ai reçu l'attestation de réussite le 10 octobre", M(
        "Léonie Sabatier <leonie.sabatier@example.com>", "Candidature au programme Pro'pulse", "06 14:03",
        """Bonjour,

J'ai terminé mon M2 (soutenu en septembre, après un stage de six mois dans une SCOP de conseil), dont j'ai reçu l'attestation de réussite le 10 octobre. C'est un master Économie sociale de l'université de Grenoble.

Je cherche un poste de chargée d'études dans une union de coopératives.

Léonie Sabatier
07 02 58 93 61""",
        app("Léonie", "Sabatier", phone="+33702589361", bac=5, grad="2026", status="b_m2_parenthese_dont_attestation"),
    )),
    # Feature: relative_and_apposition_far — career_change — mon CDI de vendeur (dans une enseigne de sport, depuis 2019),\nque je garde pour l'instant
    # ambiguous: the CDI of salesman, held now beside the new licence pro and kept «pour l'instant»: a trade being left or a job kept, a careful reader cannot tell: not_career_change open
    # linked: «que» → «mon CDI de vendeur» (detached by a parenthesis and a line break) → a CDI held now → open
    N("relative_and_apposition_far", "career_change", "mon CDI de vendeur (dans une enseigne de sport, depuis 2019),\nque je garde pour l'instant", M(
        "Florian Giraudet <florian.giraudet@example.org>", "candidature pro'pulse", "07 21:29",
        """Bonsoir,

J'ai eu en juin 2026 une licence pro Animation sociale, en cours du soir, à côté de mon CDI de vendeur (dans une enseigne de sport, depuis 2019),
que je garde pour l'instant.

J'aimerais travailler dans une association sportive de quartier.

Florian Giraudet
06 35 47 81 20""",
        app("Florian", "Giraudet", phone="+33635478120", bac=3, grad="2026-06", unknown=("not_career_change",), status="b_cdi_vendeur_que_je_garde"),
    )),
    # Feature: relative_and_apposition_far — kind — La Fabrique solidaire — qui fête ses dix ans cette année, avec plus de deux cents porteurs de projets accompagnés —, dont le prochain atelier aura lieu le 8 décembre
    # linked: «dont» → «La Fabrique solidaire» (detached by an apposition between dashes) → a letter to a list → kind newsletter
    N("relative_and_apposition_far", "kind", "La Fabrique solidaire — qui fête ses dix ans cette année, avec plus de deux cents porteurs de projets accompagnés —, dont le prochain atelier aura lieu le 8 décembre", M(
        "La Fabrique solidaire <newsletter@fabrique-solidaire.example.org>", "Les nouvelles de la Fabrique", "08 06:45",
        """Les nouvelles de la Fabrique - novembre 2026

La Fabrique solidaire — qui fête ses dix ans cette année, avec plus de deux cents porteurs de projets accompagnés —, dont le prochain atelier aura lieu le 8 décembre, vous invite à sa soirée anniversaire.

Vous recevez cette lettre car vous êtes inscrit sur notre liste. Désinscription en un clic.""",
        newsletter(),
        headers={"List-Unsubscribe": "<https://fabrique-solidaire.example.org/unsubscribe>", "Precedence": "bulk"},
    )),
    # Feature: relative_and_apposition_far — kind — l'adresse suivante (saisie dans le formulaire de candidature),\nqui n'existe pas
    # linked: «qui» → «l'adresse suivante» (detached by a parenthesis and a line break) → a delivery failure → kind bounce
    N("relative_and_apposition_far", "kind", "l'adresse suivante (saisie dans le formulaire de candidature),\nqui n'existe pas", M(
        "Mail Delivery System <MAILER-DAEMON@mail.example.org>", "Undelivered Mail Returned to Sender", "09 05:18",
        """Le message n'a pas pu être remis à l'adresse suivante (saisie dans le formulaire de candidature),
qui n'existe pas : berenice.lagarde@example.org

Diagnostic : 550 5.1.1 utilisateur inconnu.""",
        bounce("berenice.lagarde@example.org"),
        bounce="Reporting-MTA: dns; mail.example.org\n\nFinal-Recipient: rfc822; berenice.lagarde@example.org\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 User unknown",
    )),
    # ---------------------------------------------------------------- chain
    # Feature: chain — graduation — Ma licence pro, je l'ai préparée en alternance. Le jury qui l'a validée s'est réuni le 4 juillet 2025
    # linked: «qui» → «Le jury», «l'» → «je l'ai préparée» → «Ma licence pro» (two links, next sentence) → the jury's date is the licence pro's → graduation 2025-07 → recent
    N("chain", "graduation", "Ma licence pro, je l'ai préparée en alternance. Le jury qui l'a validée s'est réuni le 4 juillet 2025", M(
        "Marius Ollivier <marius.ollivier@example.fr>", "Candidature Pro'pulse", "10 09:34",
        """Bonjour,

Ma licence pro, je l'ai préparée en alternance. Le jury qui l'a validée s'est réuni le 4 juillet 2025. C'était une licence pro Gestion de projets dans l'économie sociale.

Je cherche un poste dans une association de commerce équitable.

Marius Ollivier
06 66 12 84 39""",
        app("Marius", "Ollivier", phone="+33666128439", bac=3, grad="2025-07", status="b_chain_jury_qui_la_validee"),
    )),
    # Feature: chain — situation — Il m'a menée à l'épicerie solidaire de mon quartier, et mon contrat d'engagement y court désormais jusqu'en avril
    # linked: «Il» → «en service civique» (previous sentence), «y» → «l'épicerie solidaire» (same sentence), «mon contrat d'engagement» → the service civique's → running until 2027-04 → fails not_service_civique
    N("chain", "situation", "Il m'a menée à l'épicerie solidaire de mon quartier, et mon contrat d'engagement y court désormais jusqu'en avril", M(
        "Nawel Aït-Ali <nawel.aitali@example.net>", "Pro'pulse", "11 15:10",
        """Bonjour,

Diplômée d'un DUT Carrières sociales en 2025, je suis volontaire en service civique. Il m'a menée à l'épicerie solidaire de mon quartier, et mon contrat d'engagement y court désormais jusqu'en avril.

J'aimerais ensuite y être embauchée ou ailleurs dans l'aide alimentaire.

Nawel Aït-Ali
07 47 20 36 18""",
        app("Nawel", "Aït-Ali", phone="+33747203618", bac=2, grad="2025", failing=("not_service_civique",), status="b_chain_sc_y_court_avril"),
    )),
    # Feature: chain — graduation — Celui-ci, je l'ai eu il y a deux ans environ
    # ambiguous: «il y a deux ans environ» lands on 2024, around the 24-month edge: graduation_recent open
    # linked: «l'» → «Celui-ci» → «un DUT» (not «un BTS», abandoned; previous sentence) → graduation about 2024 → open
    N("chain", "graduation", "Celui-ci, je l'ai eu il y a deux ans environ", M(
        "Sébastien Koné <sebastien.kone@example.com>", "candidature", "12 18:47",
        """Bonjour,

J'ai commencé un BTS, puis je l'ai abandonné pour un DUT Gestion administrative et commerciale des organisations. Celui-ci, je l'ai eu il y a deux ans environ.

Je voudrais travailler dans la gestion d'une association ou d'une mutuelle.

Sébastien Koné
06 89 04 27 53""",
        app("Sébastien", "Koné", phone="+33689042753", bac=2, grad="2024", unknown=("graduation_recent",), status="b_chain_celui_ci_deux_ans_environ"),
    )),
    # Feature: chain — studies_finished — le mémoire qui le concluait, je l'ai soutenu en juin, et c'est ce jour-là qu'il a été validé
    # linked: «le» → «Mon master», «l'» → «le mémoire», «ce jour-là» → the defence, «il» → the master (three links) → studies finished in 2026-06 → met
    N("chain", "studies_finished", "le mémoire qui le concluait, je l'ai soutenu en juin, et c'est ce jour-là qu'il a été validé", M(
        "Agathe Roux-Mbaye <agathe.rouxmbaye@example.org>", "Candidature Pro'pulse", "13 10:20",
        """Bonjour,

Mon master Sociologie de l'action publique, je l'ai terminé : le mémoire qui le concluait, je l'ai soutenu en juin, et c'est ce jour-là qu'il a été validé.

Je souhaite devenir chargée de plaidoyer dans une association de lutte contre la pauvreté.

Agathe Roux-Mbaye
06 42 73 15 98""",
        app("Agathe", "Roux-Mbaye", phone="+33642731598", bac=5, grad="2026-06", status="b_chain_memoire_ce_jour_la"),
    )),
    # Feature: chain — graduation — Je l'ai obtenue à Caen, l'année de mon déménagement ; celui-ci date de 2020
    # linked: «l'» → «une licence de lettres», «celui-ci» → «mon déménagement» whose year is the licence's (two links, next sentence) → graduation 2020 → not recent (failing)
    N("chain", "graduation", "Je l'ai obtenue à Caen, l'année de mon déménagement ; celui-ci date de 2020", M(
        "Mathilde Carré <mathilde.carre@example.net>", "candidature", "14 20:02",
        """Bonjour,

J'ai une licence de lettres. Je l'ai obtenue à Caen, l'année de mon déménagement ; celui-ci date de 2020.

Je voudrais travailler dans une association d'alphabétisation.

Mathilde Carré
07 35 29 61 84""",
        app("Mathilde", "Carré", phone="+33735296184", bac=3, grad="2020", failing=("graduation_recent",), status="b_chain_demenagement_2020"),
    )),
    # Feature: chain — aim — Celui que je vise, je le veux dans une régie de quartier ou une SCOP
    # linked: «le» → «Celui que je vise» → «un emploi» (two links, previous sentence) → aim in the ESS → met
    N("chain", "aim", "Celui que je vise, je le veux dans une régie de quartier ou une SCOP", M(
        "Ulysse Perrin <ulysse.perrin@example.com>", "Candidature - Ulysse Perrin", "15 11:48",
        """Bonjour,

Master Développement social urbain, juillet 2025. Je cherche un emploi. Celui que je vise, je le veux dans une régie de quartier ou une SCOP, pas ailleurs.

Ulysse Perrin
06 19 85 42 30""",
        app("Ulysse", "Perrin", phone="+33619854230", bac=5, grad="2025-07", status="b_chain_celui_que_je_vise"),
    )),
    # Feature: chain — studies_finished — It's the year that ends with the placement, and that only finishes in June
    # linked: «It» → «my final year», «that» → «the placement» (two links, next sentence) → studies running until 2027-06 → fails studies_finished
    N("chain", "studies_finished", "It's the year that ends with the placement, and that only finishes in June", M(
        "Yaw Asante <yaw.asante@example.com>", "Pro'pulse - early application", "16 17:26",
        """Hello,

I'm in my final year of a BSc in Social Work in Brighton, on an exchange in Lille this term. It's the year that ends with the placement, and that only finishes in June.

I'd like to work for a French housing charity afterwards.

Yaw Asante
07 68 51 20 47""",
        app("Yaw", "Asante", phone="+33768512047", bac="*", grad=None, failing=("studies_finished",), language="en", status="b_en_chain_final_year"),
    )),
    # Feature: chain — kind — Il se prolonge jusqu'au 1er décembre ; à mon retour, je le traiterai en priorité
    # linked: «Il» → «mon déplacement», «le» → «votre message» (two links) → an absence notice → kind auto_reply
    N("chain", "kind", "Il se prolonge jusqu'au 1er décembre ; à mon retour, je le traiterai en priorité", M(
        "Bérénice Toussaint <b.toussaint@plie-metropole.example.fr>", "Réponse automatique : Pro'pulse", "17 08:00",
        """Merci pour votre message. Je suis en déplacement. Il se prolonge jusqu'au 1er décembre ; à mon retour, je le traiterai en priorité.

Bérénice Toussaint, PLIE de la Métropole""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: chain — kind — celle que vous demandiez, c'est celle-ci : le jury s'est réuni le 2 juillet 2025
    # linked: «celle-ci» → «celle que vous demandiez» → the date of the diploma (two links) → an answer in our thread → kind reply
    N("chain", "kind", "celle que vous demandiez, c'est celle-ci : le jury s'est réuni le 2 juillet 2025", M(
        "Rémi Chassagne <remi.chassagne@example.fr>", "Re: Pro'pulse - une précision", "18 12:55",
        """Bonjour,

Pour la date, celle que vous demandiez, c'est celle-ci : le jury s'est réuni le 2 juillet 2025.

Cordialement,
Rémi Chassagne

> Pouvez-vous nous donner la date exacte du jury ?""",
        reply(),
        headers={"In-Reply-To": "<cand-8218@animafac.net>", "References": "<cand-8218@animafac.net>"},
    )),
    # ---------------------------------------------------------------- english_links
    # Feature: english_links — graduation — I hold a BSc in Social Work; I got it in January 2025
    # linked: «it» → «a BSc in Social Work» (same sentence) → graduation 2025-01 → recent
    N("english_links", "graduation", "I hold a BSc in Social Work; I got it in January 2025", M(
        "Priyanka Desai <priyanka.desai@example.org>", "Application to Pro'pulse", "19 09:15",
        """Dear Pro'pulse team,

I hold a BSc in Social Work; I got it in January 2025 from the University of Kent, a three-year degree. I now live in Lille and would like to work for a French association supporting migrants.

Best regards,
Priyanka Desai
+33 6 71 45 09 82""",
        app("Priyanka", "Desai", phone="+33671450982", bac=3, grad="2025-01", language="en", status="b_en_got_it_january"),
    )),
    # Feature: english_links — level — The only qualifications I have are my A-levels. I took them in 2022
    # linked: «them» → «my A-levels» (previous sentence) → secondary level only, bac+0 → fails degree_level
    N("english_links", "level", "The only qualifications I have are my A-levels. I took them in 2022", M(
        "Callum Whitaker <callum.whitaker@example.com>", "Pro'pulse", "19 20:40",
        """Hi,

The only qualifications I have are my A-levels. I took them in 2022, then worked in a youth hostel in Bordeaux.

I'd love to work for a French youth charity.

Callum Whitaker
07 80 36 15 29""",
        app("Callum", "Whitaker", phone="+33780361529", bac=0, grad=None, failing=("degree_level",), language="en", status="b_en_a_levels_them"),
    )),
    # Feature: english_links — level — an HND in business and an OND in marketing. The latter is the one I finished
    # ambiguous: «The latter» is the OND, the only diploma finished (the HND was left unfinished); an OND's French level is not known: degree_level open
    # linked: «The latter» → «an OND in marketing» (previous sentence) → level unknown → open
    N("english_links", "level", "an HND in business and an OND in marketing. The latter is the one I finished", M(
        "Chiamaka Eze <chiamaka.eze@example.net>", "Job application - Pro'pulse", "20 14:32",
        """Good afternoon,

I studied at a polytechnic in Ibadan, where I started an HND in business and an OND in marketing. The latter is the one I finished, in 2025; the HND I had to leave when I moved to France.

I'd like to work in a cooperative or an NGO in Paris.

Chiamaka Eze
07 23 90 64 15""",
        app("Chiamaka", "Eze", phone="+33723906415", bac="*", grad="2025", unknown=("degree_level",), language="en", status="b_en_the_latter_ond"),
    )),
    # Feature: english_links — graduation — a Master's in International Relations in Geneva. That was back in 2021
    # linked: «That» → «a Master's in International Relations» (next sentence) → graduation 2021 → not recent (failing)
    N("english_links", "graduation", "a Master's in International Relations in Geneva. That was back in 2021", M(
        "Lukas Brenner <lukas.brenner@example.org>", "Application", "21 08:26",
        """Hello,

I did a Master's in International Relations in Geneva. That was back in 2021, and since then I've worked on short contracts for festivals.

I'm now looking for a job in a French NGO working on refugee rights.

Lukas Brenner
06 44 09 58 72""",
        app("Lukas", "Brenner", phone="+33644095872", bac=5, grad="2021", failing=("graduation_recent",), language="en", status="b_en_that_was_2021"),
    )),
    # Feature: english_links — career_change — Before my MSc I worked as a barista. That was a student job
    # linked: «That» → «worked as a barista» (next sentence) → a student job, not a career → met
    N("english_links", "career_change", "Before my MSc I worked as a barista. That was a student job", M(
        "Aoife Brennan <aoife.brennan@example.com>", "Pro'pulse application - Aoife Brennan", "22 13:13",
        """Hi there,

I finished an MSc in Sustainable Development at Trinity College Dublin in September 2025. Before my MSc I worked as a barista. That was a student job, twenty hours a week during my undergrad.

I'd like to work for a French social enterprise or a cooperative in the circular economy.

Thanks,
Aoife Brennan
07 70 21 38 64""",
        app("Aoife", "Brennan", phone="+33770213864", bac=5, grad="2025-09", language="en", status="b_en_barista_that_was_student_job"),
    )),
    # Feature: english_links — studies_finished — My MA in Human Rights ended in June 2026; its results came out in July, so it's all done
    # linked: «its» and «it» → «My MA in Human Rights» (same sentence) → results out, studies finished → met
    N("english_links", "studies_finished", "My MA in Human Rights ended in June 2026; its results came out in July, so it's all done", M(
        "Mariam Qureshi <mariam.qureshi@example.net>", "Application for the Pro'pulse programme", "23 10:07",
        """Dear team,

My MA in Human Rights ended in June 2026; its results came out in July, so it's all done. I passed with merit at the University of Essex.

I'm looking for a role in a French association that defends the rights of asylum seekers.

Kind regards,
Mariam Qureshi
06 03 81 47 26""",
        app("Mariam", "Qureshi", phone="+33603814726", bac=5, grad="2026-06", language="en", status="b_en_its_results_all_done"),
    )),
    # Feature: english_links — kind — does that count from the exam or from the ceremony
    # linked: «that» → «the 24-month rule» (same sentence) → a general question, no personal fact → kind question
    N("english_links", "kind", "does that count from the exam or from the ceremony", M(
        "Careers Service <careers@uni-kent.example.com>", "Question about eligibility", "24 15:51",
        """Hello,

Several of our graduates are interested in Pro'pulse. About the 24-month rule: does that count from the exam or from the ceremony? Ours are often a year apart.

Best,
The Careers Service""",
        question(language="en"),
    )),
    # Feature: english_links — kind — It takes place on 9 December and it's free for your participants
    # linked: «It» → «our winter networking evening» (previous sentence) → a partner's invitation → kind other
    N("english_links", "kind", "It takes place on 9 December and it's free for your participants", M(
        "Impact Hub Lille <events@impacthub-lille.example.org>", "Invitation: winter networking evening", "25 11:30",
        """Hi Pro'pulse team,

You're warmly invited to our winter networking evening for social entrepreneurs. It takes place on 9 December and it's free for your participants.

See you there,
Hannah, Impact Hub Lille""",
        other(),
    )),
]
