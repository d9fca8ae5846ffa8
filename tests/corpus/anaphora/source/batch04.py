"""Anaphora corpus, batch 04 (writer A): relative clauses and appositions detached from their heads (a
licence pro «que j'ai terminée», a service civique «qui se poursuit», years of animation «qui m'ont
conduite», a DU «dont je n'ai pas les résultats», a licence pro in a CV «obtenue en 2025», the Big Four «où je
pourrais»), chains of links (a licence pro «validée avec lui», a referral's service civique «il l'a
terminé», a sister's DUT «l'année suivante», an M2 «et son stage aussi», a trade «il m'a lassé», a job
«celui-ci, je le veux utile»), the same links in English («I completed it», «it ends», «When? Late 2024»,
«that career», «the latter», «it finishes», «the former»), and other mail that links the same way."""
# ruff: noqa: E501

from __future__ import annotations

from anaphora import N
from kit import CV, M, app, auto_reply, bounce, newsletter, other, question, reply

MESSAGES = [
    # Feature: relative_and_apposition_far — graduation — que j'ai terminée en juin 2026
    # linked: «que» → «Une licence pro» (relative detached by a dash-long apposition, same sentence) → graduation 2026-06 → recent
    N("relative_and_apposition_far", "graduation", "Une licence pro — celle de Metz, en coordination de projets culturels et solidaires, la seule de la région à l'époque — que j'ai terminée en juin 2026", M(
        "Mathilde Kieffer <mathilde.kieffer@example.org>", "Candidature Pro'pulse", "02 12:34",
        """Bonjour,

Mon dernier diplôme ? Une licence pro — celle de Metz, en coordination de projets culturels et solidaires, la seule de la région à l'époque — que j'ai terminée en juin 2026.

Je cherche un poste de chargée de projets dans un tiers-lieu associatif.

Mathilde Kieffer
06 32 95 17 60""",
        app("Mathilde", "Kieffer", phone="+33632951760", bac=3, grad="2026-06", status="lp_metz_que_jai_terminee"),
    )),
    # Feature: relative_and_apposition_far — situation — qui se poursuit jusqu'en avril
    # linked: «qui» → «Mon service civique» (relative detached by a parenthesis, same sentence) → civic service running → failing
    N("relative_and_apposition_far", "situation", "Mon service civique, à la Ligue contre le cancer (j'accompagne des patients à l'hôpital deux jours par semaine, et j'anime des ateliers le samedi), qui se poursuit jusqu'en avril", M(
        "Gabriel Rossi <gabriel.rossi@example.net>", "Candidature", "03 17:15",
        """Bonjour,

Licence de psychologie, juin 2025. Mon service civique, à la Ligue contre le cancer (j'accompagne des patients à l'hôpital deux jours par semaine, et j'anime des ateliers le samedi), qui se poursuit jusqu'en avril, me laisse peu de temps, mais je voudrais préparer la suite.

Gabriel Rossi
06 20 57 93 84""",
        app("Gabriel", "Rossi", phone="+33620579384", bac=3, grad="2025-06", failing=("not_service_civique",), status="sc_qui_se_poursuit_avril"),
    )),
    # Feature: relative_and_apposition_far — career_change — expérience qui m'a conduite vers la licence pro
    # linked: «expérience qui» → «Trois ans d'animation» (apposition detached by a line break, same sentence) → the field of the aim → not a career change
    N("relative_and_apposition_far", "career_change", "dans un centre social de Vaulx-en-Velin,\nau contact des familles du quartier,\nexpérience qui m'a conduite vers la licence pro", M(
        "Naïma Bensaïd <naima.bensaid@example.fr>", "Candidature Pro'pulse", "04 09:46",
        """Bonjour,

Trois ans d'animation,
dans un centre social de Vaulx-en-Velin,
au contact des familles du quartier,
expérience qui m'a conduite vers la licence pro Intervention sociale, obtenue en juin 2025.

Je cherche un poste de référente familles dans un centre social.

Naïma Bensaïd
07 03 48 26 91""",
        app("Naïma", "Bensaïd", phone="+33703482691", bac=3, grad="2025-06", status="animation_experience_qui"),
    )),
    # Feature: relative_and_apposition_far — studies_finished — dont je n'ai pas encore eu les résultats
    # ambiguous: the DU's exams are sat but its results are not known: finished or not cannot be settled yet
    # linked: «dont» → «un DU Accompagnement des publics précaires» (relative detached by a parenthesis) → studies_finished open
    N("relative_and_apposition_far", "studies_finished", "dont je n'ai pas encore eu les résultats", M(
        "Cyril Martineau <cyril.martineau@example.com>", "Candidature", "05 15:08",
        """Bonjour,

J'ai une licence d'AES (2025) et un DU Accompagnement des publics précaires (Université de Nantes, formation continue, un vendredi sur deux, financé par mon CPF), dont je n'ai pas encore eu les résultats.

Je voudrais travailler dans un CHRS ou une association d'hébergement.

Cyril Martineau
06 91 64 30 27""",
        app("Cyril", "Martineau", phone="+33691643027", bac=3, grad="2025", unknown=("studies_finished",), status="du_dont_resultats"),
    )),
    # Feature: relative_and_apposition_far — level — Licence professionnelle
    # linked: «obtenue en 2025» → «Licence professionnelle» (participle detached by a parenthesised line, in the CV) → bac+3 → met
    N("relative_and_apposition_far", "level", "Licence professionnelle\n(Métiers de la GRH — IUT de Bordeaux, promotion en alternance)\nobtenue en 2025", M(
        "Tiphaine Roux <tiphaine.roux@example.org>", "candidature Pro'pulse", "09 11:51",
        """Bonjour,

Je vous adresse mon CV pour le programme. Je souhaite travailler aux ressources humaines d'une association ou d'une mutuelle.

Tiphaine Roux""",
        app("Tiphaine", "Roux", phone="+33647820153", bac=3, grad="2025", info_in="cv", status="cv_lp_obtenue_detachee"),
        cv=CV("odt", "tiphaine_roux_cv.odt", """Tiphaine Roux
06 47 82 01 53 — tiphaine.roux@example.org
Licence professionnelle
(Métiers de la GRH — IUT de Bordeaux, promotion en alternance)
obtenue en 2025
Expérience
Assistante RH en alternance — Mutuelle des Landes, 2024–2025"""),
    )),
    # Feature: relative_and_apposition_far — aim — les « Big Four », pour ne pas les nommer), où je pourrais mettre à profit mon master
    # linked: «où» → «un de ces cabinets» (relative detached by a parenthesis) → the aim is a Big Four firm → not ESS (failing)
    N("relative_and_apposition_far", "aim", "chez un de ces cabinets (les « Big Four », pour ne pas les nommer), où je pourrais mettre à profit mon master", M(
        "Édouard Sinclair <edouard.sinclair@example.net>", "Candidature", "10 19:30",
        """Bonjour,

J'ai obtenu en juin 2026 un master Audit et contrôle de gestion. Je cherche un poste dans le conseil, chez un de ces cabinets (les « Big Four », pour ne pas les nommer), où je pourrais mettre à profit mon master.

Cordialement,
Édouard Sinclair
06 04 71 58 92""",
        app("Édouard", "Sinclair", phone="+33604715892", bac=5, grad="2026-06", failing=("job_seeking_ess",), status="big_four_ou_je_pourrais"),
    )),
    # Feature: relative_and_apposition_far — kind — qui aura lieu le 8 décembre
    # linked: «qui» → «Le prochain webinaire» (relative detached by an apposition between dashes) → kind newsletter
    N("relative_and_apposition_far", "kind", "Le prochain webinaire — animé par la fédération, ouvert à tous, gratuit — qui aura lieu le 8 décembre", M(
        "Fédération des centres sociaux <lettre@fcs.example.org>", "Infolettre — décembre", "13 06:45",
        """Infolettre de la fédération

Le prochain webinaire — animé par la fédération, ouvert à tous, gratuit — qui aura lieu le 8 décembre portera sur les métiers de la coordination.

Inscriptions en ligne. Vous recevez cette infolettre en tant qu'abonné.""",
        newsletter(),
    )),
    # Feature: relative_and_apposition_far — kind — que vous m'aviez demandées le 18, sont jointes
    # linked: «que» → «Les pièces» (relative detached by a parenthesis) → kind reply: in our thread
    N("relative_and_apposition_far", "kind", "Les pièces (copie du diplôme, attestation France Travail), que vous m'aviez demandées le 18, sont jointes", M(
        "Sofiane Brahimi <sofiane.brahimi@example.fr>", "Re: Votre dossier", "20 10:02",
        """Bonjour,

Les pièces (copie du diplôme, attestation France Travail), que vous m'aviez demandées le 18, sont jointes.

Bonne journée,
Sofiane Brahimi

> Merci de nous faire parvenir les pièces manquantes.""",
        reply(),
        headers={"In-Reply-To": "<dossier-9054@animafac.net>", "References": "<dossier-9054@animafac.net>"},
    )),
    # Feature: chain — graduation — Le dernier module, je l'ai repassé en septembre, et c'est avec lui qu'elle a été validée
    # linked: «lui» → «l'» → «Le dernier module» (part of «Ma licence pro»); «elle» → «Ma licence pro» → validated in September 2026 → graduation 2026-09 → recent
    N("chain", "graduation", "Le dernier module, je l'ai repassé en septembre, et c'est avec lui qu'elle a été validée", M(
        "Capucine Hervé <capucine.herve@example.org>", "Candidature", "02 14:26",
        """Bonjour,

Ma licence pro Gestion des associations, c'est bon. Le dernier module, je l'ai repassé en septembre, et c'est avec lui qu'elle a été validée.

Je cherche un poste d'assistante de gestion dans une association.

Capucine Hervé
06 66 31 80 25""",
        app("Capucine", "Hervé", phone="+33666318025", bac=3, grad="2026-09", status="module_repasse_elle_validee"),
    )),
    # Feature: chain — situation — Celui-ci, il me dit qu'il l'a terminé en octobre
    # linked: «l'» → «Celui-ci» → «un service civique»; «il» → «M. Karim Benali» (a referral) → civic service ended 2026-10 → met
    N("chain", "situation", "Il en est sorti diplômé en 2025 pour faire un service civique. Celui-ci, il me dit qu'il l'a terminé en octobre", M(
        "Mission locale du Val <s.perrin@ml-val.example.fr>", "Orientation : M. Karim Benali", "03 11:18",
        """Bonjour,

Je vous adresse la candidature de M. Karim Benali, que je suis à la Mission locale. Il a obtenu un BTS Économie sociale familiale. Il en est sorti diplômé en 2025 pour faire un service civique. Celui-ci, il me dit qu'il l'a terminé en octobre.

Il souhaite travailler dans une association d'aide aux familles. Ses coordonnées : karim.benali@example.net, 07 49 25 63 18.

Stéphanie Perrin
Conseillère, Mission locale""",
        app("Karim", "Benali", phone="+33749256318", bac=2, grad="2025", email="karim.benali@example.net", forwarded_by="s.perrin@ml-val.example.fr", status="ml_celui_ci_termine"),
    )),
    # Feature: chain — graduation — elle l'a eu en 2023, et moi l'année suivante
    # ambiguous: «l'année suivante» after the sister's 2023 gives 2024 with no month: November or December 2024 is recent, earlier is not
    # linked: «l'» → «le même DUT»; «l'année suivante» → after «2023» (her year) → graduation 2024 → open
    N("chain", "graduation", "Elle et moi avons le même DUT : elle l'a eu en 2023, et moi l'année suivante", M(
        "Raphaël Duchêne <raphael.duchene@example.com>", "Candidature Pro'pulse", "04 19:57",
        """Bonjour,

C'est ma sœur qui m'a conseillé votre programme. Elle et moi avons le même DUT : elle l'a eu en 2023, et moi l'année suivante.

Je cherche un emploi de gestionnaire dans une coopérative.

Raphaël Duchêne
06 35 09 72 48""",
        app("Raphaël", "Duchêne", phone="+33635097248", bac=2, grad="2024", unknown=("graduation_recent",), status="soeur_dut_annee_suivante"),
    )),
    # Feature: chain — studies_finished — Le M2, je ne l'ai pas fini. Son stage, si ; mais le mémoire, lui, je dois encore le rendre
    # linked: «le» → «lui» → «le mémoire» (part of «Le M2»); «l'» → «Le M2» → the thesis still to hand in → studies not finished (failing)
    N("chain", "studies_finished", "Le M2, je ne l'ai pas fini. Son stage, si ; mais le mémoire, lui, je dois encore le rendre", M(
        "Alice Fournier-Ndiaye <alice.fn@example.net>", "candidature", "06 08:44",
        """Bonjour,

Le M2, je ne l'ai pas fini. Son stage, si ; mais le mémoire, lui, je dois encore le rendre. Je voudrais pourtant commencer à chercher un poste dans une association d'éducation à la santé.

Alice Fournier-Ndiaye
07 62 18 04 39""",
        app("Alice", "Fournier-Ndiaye", phone="+33762180439", bac="*", grad=None, failing=("studies_finished",), status="m2_memoire_lui"),
    )),
    # Feature: chain — career_change — Ce métier, je l'ai exercé quinze ans ; puis il m'a lassé
    # linked: «il» → «l'» → «Ce métier» → «comptable» → fifteen years of another trade before the licence pro → career change (failing)
    N("chain", "career_change", "J'ai été comptable. Ce métier, je l'ai exercé quinze ans ; puis il m'a lassé", M(
        "Philippe Morel <philippe.morel@example.org>", "Candidature — reconversion", "09 20:40",
        """Bonjour,

J'ai été comptable. Ce métier, je l'ai exercé quinze ans ; puis il m'a lassé, et c'est lui qui m'a poussé vers la licence pro Animation sociale, obtenue en juin 2026.

Je cherche un poste d'animateur dans une association de quartier.

Philippe Morel
06 18 43 95 70""",
        app("Philippe", "Morel", phone="+33618439570", bac=3, grad="2026-06", failing=("not_career_change",), status="comptable_il_ma_lasse"),
    )),
    # Feature: chain — aim — Celui-ci, je le veux utile ; et ce qui est utile, pour moi, ça peut être une asso comme une start-up
    # ambiguous: «une asso comme une start-up»: the ESS beside any start-up leaves the aim open
    # linked: «le» → «Celui-ci» → «un emploi»; «ça» → «ce qui est utile» → aim association or start-up → open
    N("chain", "aim", "Celui-ci, je le veux utile ; et ce qui est utile, pour moi, ça peut être une asso comme une start-up", M(
        "Jade Lemoine <jade.lemoine@example.fr>", "Pro'pulse", "10 14:14",
        """Bonjour,

Master Design de services, juin 2026. Je cherche un emploi. Celui-ci, je le veux utile ; et ce qui est utile, pour moi, ça peut être une asso comme une start-up.

Jade Lemoine
06 77 05 21 84""",
        app("Jade", "Lemoine", phone="+33677052184", bac=5, grad="2026-06", unknown=("job_seeking_ess",), status="celui_ci_utile"),
    )),
    # Feature: chain — kind — il vous répondra, lui, dès lundi
    # linked: «lui» → «il» → «Mon collègue» → kind auto_reply
    N("chain", "kind", "Mon collègue Bruno me remplace ; il vous répondra, lui, dès lundi", M(
        "Véronique Caron <veronique.caron@example.org>", "Absence du bureau", "16 07:00",
        """Bonjour,

Je suis en congé jusqu'au 4 décembre. Mon collègue Bruno me remplace ; il vous répondra, lui, dès lundi.

Véronique Caron""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: chain — kind — Il a été refusé. Le serveur qui l'a refusé
    # linked: «l'» → «Il» → «Votre message» → kind bounce
    N("chain", "kind", "Il a été refusé. Le serveur qui l'a refusé", M(
        "MAILER-DAEMON <mailer-daemon@mail.example.fr>", "Échec de la remise", "18 13:36",
        """Votre message à nina.roche@example.fr n'a pas pu être remis. Il a été refusé. Le serveur qui l'a refusé a répondu : boîte inexistante.""",
        bounce("nina.roche@example.fr"),
        bounce="""Reporting-MTA: dns; mail.example.fr
Final-Recipient: rfc822; nina.roche@example.fr
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Mailbox does not exist""",
    )),
    # Feature: english_links — graduation — I hold a Master 2 in Social and Solidarity Economy from Lyon 2 — I completed it last July
    # linked: «it» → «a Master 2 in Social and Solidarity Economy» (same sentence) → graduation 2026-07 → recent
    N("english_links", "graduation", "I hold a Master 2 in Social and Solidarity Economy from Lyon 2 — I completed it last July", M(
        "Chiara Bellini <chiara.bellini@example.com>", "Application — Chiara Bellini", "02 10:40",
        """Dear Pro'pulse team,

I hold a Master 2 in Social and Solidarity Economy from Lyon 2 — I completed it last July, after an internship at a regional network of cooperatives.

I'm looking for a project officer role in a cooperative or an association.

Best,
Chiara Bellini
+33 6 29 84 03 71""",
        app("Chiara", "Bellini", phone="+33629840371", bac=5, grad="2026-07", status="en_completed_it_july", language="en"),
    )),
    # Feature: english_links — situation — It's the last part of my MSc, and it ends in March
    # linked: «it» → «an internship at a fair-trade co-op» (previous sentence) → internship running inside the MSc → failing (internship and studies)
    N("english_links", "situation", "I'm currently on an internship at a fair-trade co-op in Lille. It's the last part of my MSc, and it ends in March", M(
        "Kwame Mensah <kwame.mensah@example.net>", "Pro'pulse application", "03 13:50",
        """Hi,

I'm currently on an internship at a fair-trade co-op in Lille. It's the last part of my MSc, and it ends in March. I'd like to be ready to work for a co-op right after.

Kwame Mensah
+33 7 64 20 51 89""",
        app("Kwame", "Mensah", phone="+33764205189", bac="*", grad=None, failing=("studies_finished", "not_internship"), status="en_internship_ends_march", language="en"),
    )),
    # Feature: english_links — graduation — My degree? A BTS in social and family economics. When? Late 2024, I think
    # ambiguous: «Late 2024, I think» straddles the edge: November or December 2024 is recent, October is not
    # linked: «When?» → «A BTS in social and family economics» (the answer to «My degree?») → graduation late 2024 → open
    N("english_links", "graduation", "My degree? A BTS in social and family economics. When? Late 2024, I think", M(
        "Rosa Delgado <rosa.delgado@example.org>", "application", "05 18:33",
        """Hello,

My degree? A BTS in social and family economics. When? Late 2024, I think — the certificate is at my parents' place in Perpignan.

I want to work with families in a charity.

Rosa Delgado
+33 6 51 38 27 04""",
        app("Rosa", "Delgado", phone="+33651382704", bac=2, grad="2024", unknown=("graduation_recent",), status="en_when_late_2024", language="en"),
    )),
    # Feature: english_links — career_change — That career is behind me now
    # linked: «That career» → «a police officer for eleven years» (previous sentence) → another trade before the licence pro → career change (failing)
    N("english_links", "career_change", "Before this I was a police officer for eleven years. That career is behind me now", M(
        "Gareth Pryce <gareth.pryce@example.com>", "Application: Pro'pulse", "06 21:19",
        """Hello,

Before this I was a police officer for eleven years. That career is behind me now: I completed a licence pro in social mediation in June 2026 and want to work in a mediation charity.

Regards,
Gareth Pryce
+33 6 70 14 92 35""",
        app("Gareth", "Pryce", phone="+33670149235", bac=3, grad="2026-06", failing=("not_career_change",), status="en_that_career_police", language="en"),
    )),
    # Feature: english_links — aim — a charity or a co-op — the latter especially
    # linked: «the latter» → «a co-op» (the last named) → aim in the ESS → met
    N("english_links", "aim", "I'd like to work for a charity or a co-op — the latter especially", M(
        "Ingrid Solberg <ingrid.solberg@example.net>", "Application", "09 09:03",
        """Hello,

I finished my MA in Sustainable Development in Rennes in June 2025. I'd like to work for a charity or a co-op — the latter especially, as I've volunteered in one for two years.

Ingrid Solberg
+33 7 32 85 60 14""",
        app("Ingrid", "Solberg", phone="+33732856014", bac=5, grad="2025-06", status="en_the_latter_coop", language="en"),
    )),
    # Feature: english_links — situation — which I'd thought was the same as a service civique. It finishes in February
    # ambiguous: a European Solidarity Corps placement held now is an analogue, not the French service civique: open
    # linked: «It» / «which» → «the European Solidarity Corps in Lisbon» (previous clause) → volunteering running, scheme foreign → open
    N("english_links", "situation", "I'm volunteering with the European Solidarity Corps in Lisbon, which I'd thought was the same as a service civique. It finishes in February", M(
        "Léa Fontanet <lea.fontanet@example.fr>", "Application from Lisbon", "10 17:26",
        """Hello,

I'm volunteering with the European Solidarity Corps in Lisbon, which I'd thought was the same as a service civique. It finishes in February, and then I'll move back to Bordeaux. I have a licence in sociology (2025) and want to work in an association.

Léa Fontanet
+33 6 08 93 47 26""",
        app("Léa", "Fontanet", phone="+33608934726", bac=3, grad="2025", unknown=("not_service_civique",), status="en_esc_it_finishes", language="en"),
    )),
    # Feature: english_links — aim — The former has made me an offer, and that's where I'd like to go
    # linked: «The former» → «a hedge fund» (the first named, not «a community bank») → aim outside the ESS (failing)
    N("english_links", "aim", "I interviewed with a hedge fund and a community bank. The former has made me an offer, and that's where I'd like to go", M(
        "Oliver Hartley <oliver.hartley@example.org>", "Application — Oliver Hartley", "11 08:08",
        """Hello,

MSc Finance, June 2026. I interviewed with a hedge fund and a community bank. The former has made me an offer, and that's where I'd like to go — I'd like coaching for the final interview.

Oliver Hartley
+33 6 93 02 48 17""",
        app("Oliver", "Hartley", phone="+33693024817", bac=5, grad="2026-06", failing=("job_seeking_ess",), status="en_the_former_hedge_fund", language="en"),
    )),
    # Feature: english_links — kind — does it count from the date on the certificate
    # linked: «it» → «their degree» (same sentence) → kind question: no personal fact
    N("english_links", "kind", "If someone finished their degree abroad, does it count from the date on the certificate", M(
        "Hannah Price <hannah.price@example.com>", "Question about eligibility", "12 16:40",
        """Hello,

If someone finished their degree abroad, does it count from the date on the certificate or from the date of the recognition in France?

Thanks,
Hannah Price""",
        question(language="en"),
    )),
    # Feature: english_links — kind — it has been moved to the main hall; that one seats eighty
    # linked: «it» → «the room booking for the 9th»; «that one» → «the main hall» → kind other
    N("english_links", "kind", "it has been moved to the main hall; that one seats eighty", M(
        "Events desk <events@venue.example.net>", "Room booking — 9 December", "19 11:25",
        """Hello,

Regarding the room booking for the 9th: it has been moved to the main hall; that one seats eighty. Catering stays as ordered.

Events desk""",
        other(),
    )),
]
