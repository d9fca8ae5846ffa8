"""Asking corpus, batch 07 (writer B): question_list (numbered questions, the facts in some of them),
eligibility_self_check (each criterion ticked against the writer's own facts), rhetorical_or_tag (non ? /
n'est-ce pas ? / hein ? / pas vrai ? / right?); other mail asking too (questions with no personal fact, an
auto-reply, a reply in our thread, a bounce)."""
# ruff: noqa: E501

from __future__ import annotations

from asking import N
from kit import CV, M, app, auto_reply, bounce, question, reply

MESSAGES = [
    # Feature: question_list — graduation — Does my BA in social policy from June 2025 count
    # asking: «Does my BA in social policy from June 2025 count» = the first question presupposes a bac+3 of 17 months ago → meets degree_level, graduation_recent
    N("question_list", "graduation", "Does my BA in social policy from June 2025 count", M(
        "Megan O'Brien <megan.obrien@example.com>", "A few questions about Pro'pulse", "02 17:33",
        """Hi there,

A few questions before I apply:
1) Does my BA in social policy from June 2025 count, even though it's from a UK university?
2) Are the workshops in French only? My French is decent but not perfect.
3) Is there any cost?

I'm looking for a job with a charity or an association working with refugees here in Marseille.

Thanks a lot,
Megan O'Brien
07 68 20 13 45""",
        app("Megan", "O'Brien", phone="+33768201345", bac=3, grad="2025-06", status="b_list_ba_social_policy", language="en"),
    )),
    # Feature: question_list — situation — Mon stage à la Croix-Rouge se termine le 20 décembre
    # asking: «Mon stage à la Croix-Rouge se termine le 20 décembre» = the first question presupposes an internship running today → fails not_internship
    N("question_list", "situation", "Mon stage à la Croix-Rouge se termine le 20 décembre", M(
        "Adrien Moulin <adrien.moulin@example.org>", "Plusieurs questions", "05 09:50",
        """Bonjour,

J'ai quelques questions :
1. Mon stage à la Croix-Rouge se termine le 20 décembre, est-ce que je peux postuler avant ?
2. Les ateliers ont lieu où ?
3. Est-ce qu'il faut une lettre de motivation ?

J'ai un BTS ESF obtenu en juin 2025 et je voudrais ensuite travailler dans une association d'hébergement.

Merci,
Adrien Moulin
06 43 77 28 10""",
        app("Adrien", "Moulin", phone="+33643772810", bac=2, grad="2025-06", failing=("not_internship",), status="b_list_stage_croix_rouge"),
    )),
    # Feature: question_list — aim — mon projet de travailler dans une SCOP du bâtiment
    # asking: «mon projet de travailler dans une SCOP du bâtiment» = the second question presupposes an ESS aim → meets job_seeking_ess
    N("question_list", "aim", "mon projet de travailler dans une SCOP du bâtiment", M(
        "Bastien Lacroix <bastien.lacroix@example.net>", "questions", "08 12:06",
        """Bonjour,

Deux questions :
- combien de temps dure l'accompagnement ?
- est-ce que mon projet de travailler dans une SCOP du bâtiment rentre dans votre champ ?

Pour le contexte : master génie civil obtenu en juin 2026, je veux candidater.

Bastien Lacroix
07 36 92 14 58""",
        app("Bastien", "Lacroix", phone="+33736921458", bac=5, grad="2026-06", status="b_list_scop_batiment"),
    )),
    # Feature: question_list — level — mon bachelor d'école de commerce, obtenu en juin 2025
    # ambiguous: a private school's «bachelor»: its level (bac+3 recognised or not) is not said
    # asking: «mon bachelor d'école de commerce, obtenu en juin 2025» = a diploma presupposed, of unstated recognised level → degree_level open
    N("question_list", "level", "mon bachelor d'école de commerce, obtenu en juin 2025", M(
        "Chloé Vanier <chloe.vanier@example.fr>", "Questions avant candidature", "11 18:15",
        """Bonjour,

Avant de candidater, j'ai trois questions :
1. Est-ce que mon bachelor d'école de commerce, obtenu en juin 2025, est considéré comme un bac+3 ?
2. Faut-il être inscrit à France Travail ?
3. Le programme est-il compatible avec un petit job le week-end ?

Je cherche un poste en communication dans une association ou une fondation.

Chloé Vanier
06 18 35 90 27""",
        app("Chloé", "Vanier", phone="+33618359027", bac="*", grad="2025-06", unknown=("degree_level",), status="b_list_bachelor_commerce"),
    )),
    # Feature: question_list — graduation — mon BTS de 2023
    # asking: «mon BTS de 2023» = a bac+2 of 2023, presupposed in the list → fails graduation_recent
    N("question_list", "graduation", "mon BTS de 2023", M(
        "Thomas Weber <thomas.weber@example.com>", "2 questions", "15 07:20",
        """Bonjour,
1/ avec mon BTS de 2023 je peux encore m'inscrire ?
2/ c'est à distance ou en présentiel ?
Je cherche dans l'associatif, idéalement le sport.
Merci
Thomas Weber
06 27 41 85 36""",
        app("Thomas", "Weber", phone="+33627418536", bac=2, grad="2023", failing=("graduation_recent",), status="b_list_bts_2023"),
    )),
    # Feature: question_list — studies_finished — J'ai soutenu mon mémoire le 6 novembre et reçu mon master
    # asking: «J'ai soutenu mon mémoire le 6 novembre et reçu mon master» = a stated past: the master is obtained → meets studies_finished, graduation_recent
    N("question_list", "studies_finished", "J'ai soutenu mon mémoire le 6 novembre et reçu mon master", M(
        "Léa Haddad-Brun <lea.haddadbrun@example.org>", "Questions et candidature", "18 14:42",
        """Bonjour,

Je voudrais rejoindre le programme. Mes questions :
1. J'ai soutenu mon mémoire le 6 novembre et reçu mon master, est-ce que je peux commencer dès décembre ?
2. Faut-il une attestation de réussite ou le relevé de notes suffit-il ?
3. Y a-t-il des places à Rennes ?

Je vise une association d'éducation populaire ou une fédération de MJC.

Léa Haddad-Brun
07 19 52 64 83""",
        app("Léa", "Haddad-Brun", phone="+33719526483", bac=5, grad="2026-11", status="b_list_soutenu_6_novembre", info_in="both"),
        cv=CV("odt", "CV_Lea_Haddad-Brun.odt", "Léa Haddad-Brun\nMaster Intervention et développement social, soutenu le 6 novembre 2026\nLicence sciences de l'éducation, 2024\nAnimatrice en MJC, étés 2022 à 2025"),
    )),
    # Feature: question_list — kind — Un bac+2 obtenu il y a plus de deux ans compte-t-il
    # asking: «Un bac+2 obtenu il y a plus de deux ans compte-t-il» = a list of questions about the criteria, no personal fact → kind question
    N("question_list", "kind", "Un bac+2 obtenu il y a plus de deux ans compte-t-il", M(
        "Mission locale Val d'Ouest <contact@example.fr>", "Questions sur vos critères", "19 10:05",
        """Bonjour,

Nous orientons parfois des jeunes vers vous et avons quelques questions :
1. Un bac+2 obtenu il y a plus de deux ans compte-t-il ?
2. Un jeune en service civique peut-il s'inscrire avant la fin de sa mission ?
3. Acceptez-vous les titres professionnels ?

Merci pour vos réponses,
L'équipe de la Mission locale""",
        question(),
    )),
    # Feature: question_list — kind — Pour toute question urgente
    # asking: «Pour toute question urgente» = an automatic answer listing whom to ask → kind auto_reply
    N("question_list", "kind", "Pour toute question urgente", M(
        "Céline Aubrac <celine.aubrac@example.net>", "Réponse automatique", "20 16:48",
        """Bonjour, je suis en congé jusqu'au 1er décembre.
- Pour toute question urgente sur les partenariats : partenariats@example.net
- Pour les factures : compta@example.net
Merci.""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: eligibility_self_check — level — BTS SIO obtenu en juin 2026
    # asking: «BTS SIO obtenu en juin 2026» = the writer ticks the level with a bac+2 of five months ago → meets degree_level, graduation_recent
    N("eligibility_self_check", "level", "BTS SIO obtenu en juin 2026", M(
        "Mehdi Cherif <mehdi.cherif@example.org>", "je coche les cases ?", "01 20:30",
        """Bonjour,

J'ai repris vos critères un par un :
- bac+2 : BTS SIO obtenu en juin 2026, ok ?
- études finies : oui
- stage : non
- service civique : non
- ce que je cherche : un poste dans une association d'inclusion numérique

Donc je coche toutes les cases ?

Mehdi Cherif
06 71 28 40 93""",
        app("Mehdi", "Cherif", phone="+33671284093", bac=2, grad="2026-06", status="b_coche_bts_sio"),
    )),
    # Feature: eligibility_self_check — level — Niveau : bac ES en 2021, puis une année de fac non validée
    # asking: «Niveau : bac ES en 2021, puis une année de fac non validée» = the level criterion answered with a bac only → fails degree_level
    N("eligibility_self_check", "level", "Niveau : bac ES en 2021, puis une année de fac non validée", M(
        "Inès Vidalou <ines.vidalou@example.net>", "éligibilité", "04 11:11",
        """Bonjour,

Je vérifie vos conditions avant d'envoyer quoi que ce soit :
Niveau : bac ES en 2021, puis une année de fac non validée. Ça passe ?
Stage ou service civique : rien en cours.
Projet : travailler dans une association de protection animale.

Est-ce que je rentre dans les clous ?
Inès Vidalou
06 54 10 82 37""",
        app("Inès", "Vidalou", phone="+33654108237", bac=0, grad="2021", failing=("degree_level",), status="b_coche_bac_es"),
    )),
    # Feature: eligibility_self_check — situation — Service civique : il se termine en novembre
    # ambiguous: a service civique ending «en novembre», no day: over or not on 26 November is not said
    # asking: «Service civique : il se termine en novembre» = the criterion ticked with a month only → not_service_civique open
    N("eligibility_self_check", "situation", "Service civique : il se termine en novembre", M(
        "Gabin Roussel-Amar <gabin.rousselamar@example.fr>", "Vérification critères", "03 15:02",
        """Bonjour,

Je fais le point critère par critère :
Diplôme : licence de psychologie, juin 2026 → bon ?
Fini : oui
Service civique : il se termine en novembre, je ne sais plus le jour exact.
Objectif : une association d'accompagnement des personnes âgées.

Je peux candidater ?
Gabin Roussel-Amar
07 62 38 19 04""",
        app("Gabin", "Roussel-Amar", phone="+33762381904", bac=3, grad="2026-06", unknown=("not_service_civique",), status="b_coche_sc_novembre"),
    )),
    # Feature: eligibility_self_check — career_change — Reconversion : non, juste des jobs étudiants en restauration
    # asking: «Reconversion : non, juste des jobs étudiants en restauration» = the criterion answered: student jobs only → meets not_career_change
    N("eligibility_self_check", "career_change", "Reconversion : non, juste des jobs étudiants en restauration", M(
        "Aya Tanaka-Morin <aya.tanakamorin@example.com>", "Est-ce que je suis éligible ?", "07 09:37",
        """Bonjour,

En reprenant votre liste :
Diplôme : licence de langues, juin 2025 ✓
Reconversion : non, juste des jobs étudiants en restauration pendant la licence ✓
Stage : aucun
Ce que je veux : travailler dans une association d'accueil des personnes exilées.

Est-ce bon pour vous ?
Aya Tanaka-Morin
06 33 84 57 20""",
        app("Aya", "Tanaka-Morin", phone="+33633845720", bac=3, grad="2025-06", status="b_coche_jobs_etudiants"),
    )),
    # Feature: eligibility_self_check — situation — service civique : en cours jusqu'au 30 novembre
    # asking: «service civique : en cours jusqu'au 30 novembre» = a service civique still running today → fails not_service_civique
    N("eligibility_self_check", "situation", "service civique : en cours jusqu'au 30 novembre", M(
        "Rayan Zeroual <rayan.zeroual@example.org>", "critères", "10 22:18",
        """bonsoir
diplome : bts compta juin 2025 ok
service civique : en cours jusqu'au 30 novembre, ça bloque ?
projet : gestionnaire dans une asso ou une mutuelle
je coche ou pas ?
Rayan
07 05 61 39 82""",
        app("Rayan", "Zeroual", phone="+33705613982", bac=2, grad="2025-06", failing=("not_service_civique",), status="b_coche_sc_30_novembre"),
    )),
    # Feature: eligibility_self_check — aim — Secteur visé : associatif ou privé, peu importe
    # ambiguous: «associatif ou privé, peu importe»: the ESS is one aim among others, not the aim
    # asking: «Secteur visé : associatif ou privé, peu importe» = the aim criterion answered both ways → job_seeking_ess open
    N("eligibility_self_check", "aim", "Secteur visé : associatif ou privé, peu importe", M(
        "Pauline Ricard <pauline.ricard@example.net>", "Suis-je dans les critères ?", "13 13:13",
        """Bonjour,

Je me suis fait ma petite grille :
Diplôme : master RH, septembre 2025 → ok
Études finies : oui → ok
Stage / service civique : non → ok
Secteur visé : associatif ou privé, peu importe → ?

Est-ce que ça suffit pour candidater ?
Pauline Ricard
06 80 26 47 15""",
        app("Pauline", "Ricard", phone="+33680264715", bac=5, grad="2025-09", unknown=("job_seeking_ess",), status="b_coche_peu_importe"),
    )),
    # Feature: eligibility_self_check — level — MSc in environmental management, September 2025
    # asking: «MSc in environmental management, September 2025» = the degree box ticked with a master of 14 months ago → meets degree_level, graduation_recent
    N("eligibility_self_check", "level", "MSc in environmental management, September 2025", M(
        "Lars Henriksen <lars.henriksen@example.com>", "Do I tick all the boxes?", "16 08:26",
        """Hello,

Going down your list:
- degree: MSc in environmental management, September 2025. Tick?
- studies finished: yes
- internship or civic service: none
- what I want: a job with an environmental charity or a co-op in France

Do I tick all the boxes?

Lars Henriksen
06 24 73 90 51""",
        app("Lars", "Henriksen", phone="+33624739051", bac=5, grad="2025-09", status="b_tick_msc_environment", language="en"),
    )),
    # Feature: eligibility_self_check — kind — bac+2, diplômé depuis moins de deux ans, études terminées
    # asking: «bac+2, diplômé depuis moins de deux ans, études terminées» = quoting our criteria with no personal fact → kind question
    N("eligibility_self_check", "kind", "bac+2, diplômé depuis moins de deux ans, études terminées", M(
        "Hélène Montagnac <helene.montagnac@example.net>", "Précision sur les critères", "22 15:30",
        """Bonjour,

Je reprends vos critères : bac+2, diplômé depuis moins de deux ans, études terminées, pas de stage ni de service civique en cours. Est-ce que « diplômé depuis moins de deux ans » se compte à la date du diplôme ou à la date des résultats ?

Merci,
Hélène Montagnac""",
        question(),
    )),
    # Feature: eligibility_self_check — kind — le destinataire ne remplit pas les conditions
    # asking: «le destinataire ne remplit pas les conditions» = a delivery failure report → kind bounce
    N("eligibility_self_check", "kind", "le destinataire ne remplit pas les conditions", M(
        "Mail Delivery Subsystem <postmaster@example.org>", "Delivery Status Notification (Failure)", "23 02:55",
        """Votre message n'a pas été remis : le destinataire ne remplit pas les conditions de réception (adresse désactivée).

<theo.blanchard@example.org>: 550 5.1.1 Recipient address rejected""",
        bounce("theo.blanchard@example.org"),
        bounce="Reporting-MTA: dns; mx.example.org\nFinal-Recipient: rfc822; theo.blanchard@example.org\nAction: failed\nStatus: 5.1.1",
    )),
    # Feature: rhetorical_or_tag — studies_finished — j'ai fini mes études en juin avec mon BTS, non
    # asking: «j'ai fini mes études en juin avec mon BTS, non» = a tag on a stated fact: a BTS of June 2026 → meets studies_finished, graduation_recent
    N("rhetorical_or_tag", "studies_finished", "j'ai fini mes études en juin avec mon BTS, non", M(
        "Enzo Lachaume <enzo.lachaume@example.com>", "inscription", "06 19:44",
        """Salut,

Bon, j'ai fini mes études en juin avec mon BTS, non ? Donc je peux m'inscrire sans souci. Je cherche un taf dans une asso de quartier ou une ressourcerie.

Enzo
06 95 14 72 38""",
        app("Enzo", "Lachaume", phone="+33695147238", bac=2, grad="2026-06", status="b_tag_fini_juin"),
    )),
    # Feature: rhetorical_or_tag — studies_finished — donc j'ai fini, hein
    # ambiguous: one UE's mark is still awaited: the writer's own doubt under the tag; finished or not is not known
    # asking: «donc j'ai fini, hein» = a tag on the writer's own doubt (one mark awaited) → studies_finished open
    N("rhetorical_or_tag", "studies_finished", "donc j'ai fini, hein", M(
        "Naïma Belhadj <naima.belhadj@example.org>", "candidature", "09 23:02",
        """Bonsoir,

J'ai validé toute ma licence de sociologie sauf peut-être une UE dont j'attends encore la note, donc j'ai fini, hein ? Je voudrais vraiment entrer dans le programme pour travailler dans une association de médiation.

Naïma Belhadj
07 47 30 68 21""",
        app("Naïma", "Belhadj", phone="+33747306821", bac="*", grad=None, unknown=("studies_finished",), status="b_tag_une_ue_attendue"),
    )),
    # Feature: rhetorical_or_tag — career_change — dix-huit ans comme commerciale dans l'assurance, ça fait de moi une reconvertie, pas vrai
    # asking: «dix-huit ans comme commerciale dans l'assurance, ça fait de moi une reconvertie, pas vrai» = a tag on a stated past: eighteen years of another trade → fails not_career_change
    N("rhetorical_or_tag", "career_change", "dix-huit ans comme commerciale dans l'assurance, ça fait de moi une reconvertie, pas vrai", M(
        "Véronique Lamy <veronique.lamy@example.fr>", "Candidature atypique", "12 08:48",
        """Bonjour,

Dix-huit ans comme commerciale dans l'assurance, ça fait de moi une reconvertie, pas vrai ? Mais mon master ESS de juin 2026 compte quand même, non ? J'aimerais tellement travailler dans une SCIC ou une association.

Véronique Lamy
06 02 58 34 97""",
        app("Véronique", "Lamy", phone="+33602583497", bac=5, grad="2026-06", failing=("not_career_change",), status="b_tag_commerciale_assurance"),
    )),
    # Feature: rhetorical_or_tag — situation — mon stage au Secours populaire, dernière étape de ma licence pro, finit le 12 décembre
    # asking: «mon stage au Secours populaire, dernière étape de ma licence pro, finit le 12 décembre» = a stated internship of a diploma in progress → fails not_internship, studies_finished
    N("rhetorical_or_tag", "situation", "mon stage au Secours populaire, dernière étape de ma licence pro, finit le 12 décembre", M(
        "Jordan Caron <jordan.caron@example.net>", "postuler", "17 16:20",
        """Bonjour,

Mon stage au Secours populaire, dernière étape de ma licence pro, finit le 12 décembre, c'est pas un drame, hein ? Je peux déjà postuler pour travailler ensuite dans l'aide alimentaire associative ?

Jordan Caron
07 81 46 25 93""",
        app("Jordan", "Caron", phone="+33781462593", bac="*", grad=None, failing=("studies_finished", "not_internship"), status="b_tag_stage_secours_populaire"),
    )),
    # Feature: rhetorical_or_tag — graduation — master obtenu en septembre 2025, ça fait moins de deux ans, n'est-ce pas
    # asking: «master obtenu en septembre 2025, ça fait moins de deux ans, n'est-ce pas» = a tag on a stated master of 14 months ago → meets graduation_recent
    N("rhetorical_or_tag", "graduation", "master obtenu en septembre 2025, ça fait moins de deux ans, n'est-ce pas", M(
        "Benoît Ferreira-Pinto <benoit.fl@example.com>", "Candidature au programme", "20 11:40",
        """Madame, Monsieur,

Mon master obtenu en septembre 2025, ça fait moins de deux ans, n'est-ce pas ? Je souhaite donc vous soumettre ma candidature : je recherche un poste de chargé de mission dans une fondation.

Bien à vous,
Benoît Ferreira-Pinto
06 39 71 05 86""",
        app("Benoît", "Ferreira-Pinto", phone="+33639710586", bac=5, grad="2025-09", status="b_tag_master_sept_2025"),
    )),
    # Feature: rhetorical_or_tag — level — un DEAES, c'est équivalent bac+2, hein
    # asking: «un DEAES, c'est équivalent bac+2, hein» = a tag on the writer's only diploma, a level-4 (bac) title → fails degree_level
    N("rhetorical_or_tag", "level", "un DEAES, c'est équivalent bac+2, hein", M(
        "Fatou Diagne <fatou.diagne@example.org>", "question diplôme", "24 14:05",
        """Bonjour,

J'ai eu mon DEAES en juin 2025, c'est mon seul diplôme. Un DEAES, c'est équivalent bac+2, hein ? Je voudrais candidater pour trouver un poste dans une association d'aide à domicile.

Fatou Diagne
06 76 18 42 30""",
        app("Fatou", "Diagne", phone="+33676184230", bac=0, grad="2025-06", failing=("degree_level",), status="b_tag_deaes"),
    )),
    # Feature: rhetorical_or_tag — kind — qui n'a jamais fait de stage, hein
    # asking: «qui n'a jamais fait de stage, hein» = a rhetorical question about students in general, no personal fact → kind question
    N("rhetorical_or_tag", "kind", "qui n'a jamais fait de stage, hein", M(
        "Julie Darrieux <julie.darrieux@example.net>", "Critère stage", "25 09:15",
        """Bonjour,

Votre critère « pas de stage en cours » m'étonne : qui n'a jamais fait de stage, hein ? Est-ce qu'un stage qui se termine dans la semaine bloque vraiment une inscription ?

Julie Darrieux""",
        question(),
    )),
    # Feature: rhetorical_or_tag — kind — c'est bien le 3 décembre, non
    # asking: «c'est bien le 3 décembre, non» = a reply in our thread checking a date → kind reply
    N("rhetorical_or_tag", "kind", "c'est bien le 3 décembre, non", M(
        "Sofiane Amari <sofiane.amari@example.com>", "Re: Confirmation de votre inscription", "25 18:32",
        """Merci ! La première réunion, c'est bien le 3 décembre, non ? Je n'ai pas trouvé l'heure dans votre message.

Sofiane

Le 24/11/2026 à 11:05, Pro'pulse <propulse@animafac.net> a écrit :
> Bonjour, votre inscription est confirmée. À très vite !""",
        reply(),
        headers={"In-Reply-To": "<20261124110500.2209@animafac.net>", "References": "<20261124110500.2209@animafac.net>"},
    )),
]
