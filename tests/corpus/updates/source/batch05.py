"""Updates corpus, batch 05 (writer B): diploma_since (a master's defence then «c'est officiel», a licence pro
whose jury had not sat then «je suis diplômé», a diplôme d'État in progress then «reçue», an Australian's
thesis then "my Master's has been conferred"; a reply in our thread sending the certificate),
placement_over_since (a service civique of unsaid end then extended, an end-of-studies internship over and the
licence granted, a Nigerian's internship ended early; a partner's question asked twice),
situation_began_since (an HR post taken in an insertion company and the application withdrawn, a licence pro
resumed, a European Solidarity Corps volunteering begun, a Kenyan's internship begun)."""
# ruff: noqa: E501

from __future__ import annotations

from kit import M, app, other, question, reply
from updates import N

MESSAGES = [
    # Feature: diploma_since — studies_finished — je soutiens mon mémoire le 19 novembre
    # ambiguous: the defence is dated 19 November, after the mail but before 2026-11-26: read on that day it may have taken place, its result unsaid (A's edit after B-DONE: the label was «studies running»): studies_finished open
    # route: person Léna Garrigue, first mail: an M2 whose courses are over, the defence dated 19 November (past on TODAY, its result unsaid), a cooperative sought → application; bac+5 awaited, studies' end open → to verify
    N("diploma_since", "studies_finished", "je soutiens mon mémoire le 19 novembre", M(
        "Léna Garrigue <lena.garrigue@gmail.com>",
        "Candidature Pro'pulse – M2 ESS Montpellier",
        "10-08 10:14",
        """Bonjour,

Je suis en M2 « économie sociale et solidaire » à l'université Paul-Valéry de Montpellier. Les cours sont terminés mais je soutiens mon mémoire le 19 novembre, sur les épiceries solidaires. J'ai obtenu ma licence d'économie en 2024.

Je voudrais ensuite travailler dans une coopérative de consommateurs ou une SCIC alimentaire, comme chargée de projet.

Merci de votre retour,
Léna Garrigue
06 71 32 48 09""",
        app("Léna", "Garrigue", phone="+33671324809", bac=5, grad=None, unknown=("studies_finished",), status="b_ds_lena_m2_soutenance_a_venir"),
    ), person="b_lena_garrigue"),
    # Feature: diploma_since — graduation — C'est officiel : j'ai soutenu mon mémoire jeudi
    # route: person Léna Garrigue, second mail: the new text says the defence passed and the master validated in November 2026, her first mail quoted below with «je soutiens mon mémoire le 19 novembre» (the older fact, overridden); the cooperative aim only in the quote, still hers → application; bac+5 of 2026-11, ESS aim → eligible
    N("diploma_since", "graduation", "C'est officiel : j'ai soutenu mon mémoire jeudi", M(
        "Léna Garrigue <lena.garrigue@gmail.com>",
        "Re: Candidature Pro'pulse – M2 ESS Montpellier",
        "20 09:12",
        """Bonjour,

C'est officiel : j'ai soutenu mon mémoire jeudi et le master est validé (mention bien). Je suis donc diplômée depuis novembre et disponible tout de suite.

Ma candidature tient toujours, bien sûr.

Léna

Le 8 oct. 2026 à 10:14, Léna Garrigue <lena.garrigue@gmail.com> a écrit :
> Je suis en M2 « économie sociale et solidaire » à l'université Paul-Valéry de Montpellier. Les cours sont terminés mais je soutiens mon mémoire le 19 novembre, sur les épiceries solidaires.
> Je voudrais ensuite travailler dans une coopérative de consommateurs ou une SCIC alimentaire, comme chargée de projet.
> Léna Garrigue
> 06 71 32 48 09""",
        app("Léna", "Garrigue", phone="+33671324809", bac=5, grad="2026-11", status="b_ds_lena_master_valide"),
    ), person="b_lena_garrigue"),
    # Feature: diploma_since — studies_finished — le jury se réunit le 6 novembre
    # ambiguous: the internship and the exams are over but the jury has not sat: the licence is neither refused nor granted, studies finished or not is left open
    # route: person Yusuf Kaya, first mail: a licence pro whose classes and internship are over, «le jury se réunit le 6 novembre», an association sought → application; studies_finished open → to verify
    N("diploma_since", "studies_finished", "le jury se réunit le 6 novembre", M(
        "Yusuf Kaya <yusuf.kaya38@outlook.fr>",
        "Demande d'inscription",
        "10-12 14:30",
        """Bonjour,

Je m'appelle Yusuf Kaya, j'ai 23 ans et j'habite Grenoble. J'ai fait une licence professionnelle « coordination de projets de développement social » à l'IUT 2 ; mon stage à la régie de quartier s'est fini en septembre et j'ai passé toutes les épreuves, mais le jury se réunit le 6 novembre.

Je cherche un poste d'animateur ou de coordinateur dans une association de quartier ou un centre social associatif.

Yusuf Kaya
07 52 18 66 40""",
        app("Yusuf", "Kaya", phone="+33752186640", bac=3, grad=None, unknown=("studies_finished",), status="b_ds_yusuf_jury_pas_encore"),
    ), person="b_yusuf_kaya"),
    # Feature: diploma_since — graduation — le jury a délibéré : je suis diplômé
    # route: person Yusuf Kaya, second mail, a new one (no quote): «le jury a délibéré : je suis diplômé», the licence pro obtained on 6 November, a social centre sought again → application; bac+3 of 2026-11, ESS aim → eligible
    N("diploma_since", "graduation", "le jury a délibéré : je suis diplômé", M(
        "Yusuf Kaya <yusuf.kaya38@outlook.fr>",
        "Mise à jour candidature – Yusuf Kaya",
        "09 18:05",
        """Bonjour,

Je vous avais écrit en octobre. Bonne nouvelle : le jury a délibéré : je suis diplômé ! J'ai obtenu ma licence pro le 6 novembre, avec mention assez bien.

Je cherche toujours un poste d'animateur ou de coordinateur dans un centre social associatif, à Grenoble ou autour.

Merci,
Yusuf Kaya
07 52 18 66 40""",
        app("Yusuf", "Kaya", phone="+33752186640", bac=3, grad="2026-11", status="b_ds_yusuf_admis"),
    ), person="b_yusuf_kaya"),
    # Feature: diploma_since — kind — voici l'attestation de réussite
    # route: person Yusuf Kaya, third mail: a reply in our thread (In-Reply-To our mail, our request quoted) sending the certificate → reply
    N("diploma_since", "kind", "voici l'attestation de réussite", M(
        "Yusuf Kaya <yusuf.kaya38@outlook.fr>",
        "Re: Votre candidature – pièce à fournir",
        "13 10:20",
        """Bonjour,

Comme demandé, voici l'attestation de réussite que l'IUT m'a envoyée hier (je la colle ici, le PDF ne passait pas) : « M. Yusuf Kaya a été déclaré admis à la licence professionnelle, session 2026, le 6 novembre 2026. »

Bonne journée,
Yusuf

Le 10/11/2026 à 11:02, Pro'pulse a écrit :
> Merci pour votre message. Pourriez-vous nous transmettre l'attestation de réussite de votre licence ?""",
        reply(),
        headers={"In-Reply-To": "<attestation-1011.yk@animafac.net>", "References": "<attestation-1011.yk@animafac.net>"},
    ), person="b_yusuf_kaya"),
    # Feature: diploma_since — studies_finished — les épreuves de certification se terminent fin novembre
    # route: person Chloé Martinon, first mail: a diplôme d'État d'éducatrice spécialisée in its third year, the certification exams ending late November → application; studies running → not eligible
    N("diploma_since", "studies_finished", "les épreuves de certification se terminent fin novembre", M(
        "Chloé Martinon <chloe.martinon@laposte.net>",
        "Candidature",
        "10-05 09:00",
        """Bonjour,

Je suis en troisième année de formation d'éducatrice spécialisée à l'IRTESS de Dijon ; les épreuves de certification se terminent fin novembre. J'aimerais trouver un poste pour janvier, dans une association de protection de l'enfance.

Est-ce que votre accompagnement est possible avant le diplôme ?

Chloé Martinon""",
        app("Chloé", "Martinon", phone=None, bac="*", grad=None, failing=("studies_finished",), status="b_ds_chloe_dees_en_cours"),
    ), person="b_chloe_martinon"),
    # Feature: diploma_since — aim — peu importe que l'IME soit public ou associatif
    # ambiguous: a public IME and an associative one put on the same footing: whether an ESS employer is sought is left open
    # route: person Chloé Martinon, second mail: «reçue» to the diplôme d'État (bac+3) with results of 12 November, the aim turned to «un IME, peu importe que l'IME soit public ou associatif» → application; bac+3 of 2026-11, aim open → to verify
    N("diploma_since", "aim", "peu importe que l'IME soit public ou associatif", M(
        "Chloé Martinon <chloe.martinon@laposte.net>",
        "Diplôme obtenu – Chloé Martinon",
        "16 20:40",
        """Bonjour,

Je vous avais écrit début octobre pendant ma formation. Les résultats ont été publiés le 12 novembre : je suis reçue au diplôme d'État d'éducatrice spécialisée !

Après mes stages, je me vois plutôt travailler en IME, auprès d'enfants autistes ; peu importe que l'IME soit public ou associatif, c'est le public qui compte pour moi.

Chloé Martinon
06 30 57 91 12""",
        app("Chloé", "Martinon", phone="+33630579112", bac=3, grad="2026-11", unknown=("job_seeking_ess",), status="b_ds_chloe_recue_ime"),
    ), person="b_chloe_martinon"),
    # Feature: diploma_since — studies_finished — my thesis is due in mid-December
    # route: person Olivia Brennan, first mail, English: a Master's running, «my thesis is due in mid-December», a community organisation sought → application (en); studies running → not eligible
    N("diploma_since", "studies_finished", "my thesis is due in mid-December", M(
        "Olivia Brennan <olivia.brennan@gmail.com>",
        "Pro'pulse – enquiry and application",
        "10-20 11:00",
        """Hi there,

I'm an Australian student in the second year of a Master's in urban planning at the Université de Montpellier (I did my bachelor's in Brisbane). Classes are over and my thesis is due in mid-December.

After that I'd love to join a community land trust or a housing co-operative here in Occitanie.

Best wishes,
Olivia Brennan""",
        app("Olivia", "Brennan", phone=None, bac="*", grad=None, failing=("studies_finished",), language="en", status="b_ds_olivia_thesis_due"),
    ), person="b_olivia_brennan"),
    # Feature: diploma_since — graduation — Quick update: my Master's has been conferred
    # route: person Olivia Brennan, second mail, English: «Quick update: my Master's has been conferred», the Master's conferred on 20 November, the co-operative aim repeated → application (en); bac+5 of 2026-11, ESS aim → eligible
    N("diploma_since", "graduation", "Quick update: my Master's has been conferred", M(
        "Olivia Brennan <olivia.brennan@gmail.com>",
        "Quick update – Olivia Brennan",
        "24 08:45",
        """Hello again,

Quick update: my Master's has been conferred! My supervisor let me submit the thesis early, I passed the defence last week and the degree was made official on 20 November.

So I'm free to start straight away, ideally with a housing co-operative or a community land trust. My French number is 07 68 24 15 93.

Cheers,
Olivia""",
        app("Olivia", "Brennan", phone="+33768241593", bac=5, grad="2026-11", language="en", status="b_ds_olivia_graduated"),
    ), person="b_olivia_brennan"),
    # Feature: placement_over_since — situation — je fais un service civique à l'AFEV depuis mars
    # ambiguous: a service civique begun in March with no end said: six to ten months, it may be over on TODAY or not
    # route: person Sarah Benali, first mail: a master of September 2025, «je fais un service civique à l'AFEV depuis mars», its end unsaid, an association sought → application; not_service_civique open → to verify
    N("placement_over_since", "situation", "je fais un service civique à l'AFEV depuis mars", M(
        "Sarah Benali <sarah.benali63@gmail.com>",
        "Candidature au programme",
        "10-09 17:20",
        """Bonjour,

J'ai obtenu mon master de psychologie sociale en septembre 2025 à l'université Clermont Auvergne, et je fais un service civique à l'AFEV depuis mars, dans des collèges de Clermont.

Je voudrais travailler ensuite dans une association de prévention ou d'éducation populaire.

Bien à vous,
Sarah Benali
06 14 83 20 57""",
        app("Sarah", "Benali", phone="+33614832057", bac=5, grad="2025-09", unknown=("not_service_civique",), status="b_po_sarah_sc_fin_non_dite"),
    ), person="b_sarah_benali"),
    # Feature: placement_over_since — situation — ma mission a été prolongée jusqu'au 15 février
    # route: person Sarah Benali, second mail: the mission that was to end in November «a été prolongée jusqu'au 15 février», past TODAY → application; service civique running → not eligible
    N("placement_over_since", "situation", "ma mission a été prolongée jusqu'au 15 février", M(
        "Sarah Benali <sarah.benali63@gmail.com>",
        "Mise à jour – Sarah Benali",
        "23 19:00",
        """Bonjour,

Un petit changement depuis mon premier message : ma mission de service civique devait se terminer fin novembre, mais ma mission a été prolongée jusqu'au 15 février (la structure me l'a proposé et j'ai accepté).

Je reste intéressée par votre programme pour la suite, avec mon master de psychologie sociale (septembre 2025), pour travailler dans une association de prévention.

Sarah Benali""",
        app("Sarah", "Benali", phone=None, bac=5, grad="2025-09", failing=("not_service_civique",), status="b_po_sarah_sc_prolongee"),
    ), person="b_sarah_benali"),
    # Feature: placement_over_since — studies_finished — mon stage de fin d'études, jusqu'au 23 décembre
    # route: person Kevin Rakotomalala, first mail: a licence pro still running with «mon stage de fin d'études, jusqu'au 23 décembre», the diploma to come after → application; studies running and internship running → not eligible
    N("placement_over_since", "studies_finished", "mon stage de fin d'études, jusqu'au 23 décembre", M(
        "Kevin Rakotomalala <kevin.rakoto@hotmail.fr>",
        "Candidature – licence pro",
        "10-13 08:50",
        """Bonjour,

Je suis en licence professionnelle « gestion des structures sanitaires et sociales » à Rouen. Je fais mon stage de fin d'études, jusqu'au 23 décembre, dans une mutuelle ; le diplôme sera délivré après le jury de fin d'année.

Je voudrais continuer dans une mutuelle ou une association gestionnaire d'établissements.

Cordialement,
Kevin Rakotomalala
06 22 91 47 35""",
        app("Kevin", "Rakotomalala", phone="+33622914735", bac="*", grad=None, failing=("studies_finished", "not_internship"), status="b_po_kevin_stage_fin_etudes"),
    ), person="b_kevin_rakotomalala"),
    # Feature: placement_over_since — situation — mon stage a pris fin le 12 novembre
    # route: person Kevin Rakotomalala, second mail: «mon stage a pris fin le 12 novembre» and the licence pro obtained (attestation of 24 November), a mutuelle sought → application; bac+3 of 2026-11, no internship, ESS aim → eligible
    N("placement_over_since", "situation", "mon stage a pris fin le 12 novembre", M(
        "Kevin Rakotomalala <kevin.rakoto@hotmail.fr>",
        "Mise à jour : stage terminé et licence obtenue",
        "25 07:40",
        """Bonjour,

Je vous donne des nouvelles : mon stage a pris fin le 12 novembre, la mutuelle ayant réorganisé le service (j'avais validé assez d'heures), et l'université a avancé le jury pour notre promo. J'ai reçu hier mon attestation de réussite de la licence pro (24 novembre 2026).

Je suis donc disponible et je cherche un poste d'assistant de gestion dans une mutuelle ou une association du secteur médico-social.

Kevin Rakotomalala
06 22 91 47 35""",
        app("Kevin", "Rakotomalala", phone="+33622914735", bac=3, grad="2026-11", status="b_po_kevin_stage_fini_licence"),
    ), person="b_kevin_rakotomalala"),
    # Feature: placement_over_since — situation — I am currently doing an internship until 15 January
    # route: person Chiamaka Eze, first mail, English: an MSc of September 2025, «I am currently doing an internship until 15 January» at a social enterprise → application (en); internship running → not eligible
    N("placement_over_since", "situation", "I am currently doing an internship until 15 January", M(
        "Chiamaka Eze <chiamaka.eze@yahoo.com>",
        "Application – Pro'pulse",
        "10-21 16:00",
        """Dear Sir or Madam,

I hold an MSc in Environmental Management from the University of Lagos (September 2025). I am currently doing an internship until 15 January at a social enterprise in Grenoble that repairs and resells electronics.

I would like to stay in the social and solidarity economy afterwards, in a recycling or reuse organisation.

Yours faithfully,
Chiamaka Eze
+33 6 45 70 28 16""",
        app("Chiamaka", "Eze", phone="+33645702816", bac=5, grad="2025-09", failing=("not_internship",), language="en", status="b_po_chiamaka_internship_running"),
    ), person="b_chiamaka_eze"),
    # Feature: placement_over_since — situation — my internship came to an end on 6 November
    # route: person Chiamaka Eze, second mail, English: «my internship came to an end on 6 November», the MSc of September 2025 and the reuse aim repeated → application (en); bac+5 of 2025, no internship, ESS aim → eligible
    N("placement_over_since", "situation", "my internship came to an end on 6 November", M(
        "Chiamaka Eze <chiamaka.eze@yahoo.com>",
        "Update on my application",
        "19 12:30",
        """Dear Pro'pulse team,

An update on my application of 21 October: my internship came to an end on 6 November, two months early, as the company lost the funding for my position.

I am therefore available now, with my MSc in Environmental Management (September 2025), and still looking for a job in a reuse or recycling organisation of the social economy.

Kind regards,
Chiamaka Eze
+33 6 45 70 28 16""",
        app("Chiamaka", "Eze", phone="+33645702816", bac=5, grad="2025-09", language="en", status="b_po_chiamaka_internship_over"),
    ), person="b_chiamaka_eze"),
    # Feature: placement_over_since — kind — nos volontaires en service civique terminent leur mission
    # route: person the Ligue de l'enseignement du Puy-de-Dôme, first mail: a partner's question about its volunteers in general, no facts of a person → question
    N("placement_over_since", "kind", "nos volontaires en service civique terminent leur mission", M(
        "Isabelle Fournier <i.fournier@laligue63.example.org>",
        "Volontaires en fin de service civique",
        "10-27 10:05",
        """Bonjour,

À la Ligue de l'enseignement du Puy-de-Dôme, nos volontaires en service civique terminent leur mission entre février et juin. Plusieurs ont un bac+3. Peuvent-ils candidater à Pro'pulse avant la fin de leur mission, ou faut-il attendre qu'elle soit terminée ?

Merci d'avance,
Isabelle Fournier
Coordinatrice service civique""",
        question(),
    ), person="b_ligue_de_l_enseignement_63"),
    # Feature: placement_over_since — kind — Sans réponse à mon message du 27 octobre
    # route: person the Ligue de l'enseignement du Puy-de-Dôme, second mail: the partner's question asked again after no answer, still about its volunteers in general, no facts of a person → question
    N("placement_over_since", "kind", "Sans réponse à mon message du 27 octobre", M(
        "Isabelle Fournier <i.fournier@laligue63.example.org>",
        "Relance : volontaires en fin de service civique",
        "17 15:45",
        """Bonjour,

Sans réponse à mon message du 27 octobre, je reviens vers vous avec la même question : un volontaire en service civique peut-il candidater à Pro'pulse pendant sa mission, ou seulement une fois qu'elle est terminée ? Une quinzaine de nos volontaires finissent au printemps et se posent la question.

Isabelle Fournier
Ligue de l'enseignement du Puy-de-Dôme""",
        question(),
    ), person="b_ligue_de_l_enseignement_63"),
    # Feature: situation_began_since — career_change — je reste dans mon métier
    # route: person Inès Lefort, first mail: a master of June 2025 after an apprenticeship in HR, «je reste dans mon métier», free, a SCOP or an insertion company sought → application; no career change, bac+5 of 2025, ESS aim → eligible
    N("situation_began_since", "career_change", "je reste dans mon métier", M(
        "Inès Lefort <ines.lefort@orange.fr>",
        "Candidature – master RH",
        "10-02 13:25",
        """Bonjour,

J'ai obtenu mon master en ressources humaines en juin 2025 à l'IAE de Rouen, après deux ans d'alternance comme assistante RH : je reste dans mon métier, je veux seulement changer de secteur. Depuis, j'ai fait quelques missions d'intérim et je suis disponible.

Je cherche un poste de chargée RH dans une SCOP du bâtiment ou une entreprise d'insertion.

Inès Lefort
06 81 04 39 62""",
        app("Inès", "Lefort", phone="+33681043962", bac=5, grad="2025-06", status="b_sb_ines_libre"),
    ), person="b_ines_lefort"),
    # Feature: situation_began_since — kind — j'ai intégré l'équipe RH
    # route: person Inès Lefort, second mail: «j'ai intégré l'équipe RH» of an insertion company on an 18-month CDD and «je n'ai plus besoin de l'accompagnement», no request → other (a withdrawal)
    N("situation_began_since", "kind", "j'ai intégré l'équipe RH", M(
        "Inès Lefort <ines.lefort@orange.fr>",
        "Retrait de ma candidature",
        "10 08:15",
        """Bonjour,

Je vous avais écrit début octobre. Entre-temps, j'ai intégré l'équipe RH d'une entreprise d'insertion d'Elbeuf, en CDD de dix-huit mois, depuis lundi. Je n'ai plus besoin de l'accompagnement : vous pouvez clore mon dossier et laisser la place à quelqu'un d'autre.

Merci pour votre travail,
Inès Lefort""",
        other(),
    ), person="b_ines_lefort"),
    # Feature: situation_began_since — aim — une association d'éducation à l'environnement
    # route: person Hugo Marchetti, first mail: a BTS GPN of June 2026, free, «une association d'éducation à l'environnement» sought → application; bac+2 of 2026, ESS aim → eligible
    N("situation_began_since", "aim", "une association d'éducation à l'environnement", M(
        "Hugo Marchetti <hugo.marchetti37@gmail.com>",
        "Candidature BTS GPN",
        "10-16 19:50",
        """Bonjour,

J'ai eu mon BTS gestion et protection de la nature en juin 2026 au lycée de Fondettes, près de Tours. Je voudrais devenir animateur nature dans une association d'éducation à l'environnement.

Pouvez-vous m'aider à trouver ?

Hugo Marchetti
07 45 61 30 88""",
        app("Hugo", "Marchetti", phone="+33745613088", bac=2, grad="2026-06", status="b_sb_hugo_bts_libre"),
    ), person="b_hugo_marchetti"),
    # Feature: situation_began_since — studies_finished — j'ai repris une licence pro en alternance
    # route: person Hugo Marchetti, second mail: «j'ai repris une licence pro en alternance», begun on 9 November and running until September 2027, the request kept («est-ce que je reste dans le programme ?») → application; studies resumed → not eligible
    N("situation_began_since", "studies_finished", "j'ai repris une licence pro en alternance", M(
        "Hugo Marchetti <hugo.marchetti37@gmail.com>",
        "Changement de situation",
        "13 21:05",
        """Bonjour,

Depuis mon premier mail, j'ai repris une licence pro en alternance (médiation scientifique et éducation à l'environnement), qui a commencé le 9 novembre et dure jusqu'en septembre 2027. Je suis en entreprise dans une association de Chinon.

Est-ce que je reste dans le programme quand même ? Je garde l'idée de travailler dans une association après.

Hugo Marchetti""",
        app("Hugo", "Marchetti", phone=None, bac=2, grad="2026-06", failing=("studies_finished",), status="b_sb_hugo_licence_reprise"),
    ), person="b_hugo_marchetti"),
    # Feature: situation_began_since — aim — une association de solidarité internationale
    # route: person Sokha Chhim, first mail: a licence of July 2025, free, «une association de solidarité internationale» sought → application; bac+3 of 2025, ESS aim → eligible
    N("situation_began_since", "aim", "une association de solidarité internationale", M(
        "Sokha Chhim <sokha.chhim@free.fr>",
        "Candidature – licence LEA",
        "10-22 12:10",
        """Bonjour,

Je suis titulaire d'une licence LEA anglais-khmer… pardon, anglais-chinois, obtenue en juillet 2025 à l'université de Brest. Je cherche un premier emploi dans une association de solidarité internationale, sur l'accueil des personnes exilées.

Sokha Chhim
06 58 20 73 14""",
        app("Sokha", "Chhim", phone="+33658207314", bac=3, grad="2025-07", status="b_sb_sokha_licence_libre"),
    ), person="b_sokha_chhim"),
    # Feature: situation_began_since — situation — j'ai débuté le 16 novembre un volontariat du Corps européen de solidarité
    # ambiguous: a European Solidarity Corps volunteering is no French service civique by name but of its kind (a volunteer's allowance, eight months): whether it counts as one is left open
    # route: person Sokha Chhim, second mail: «j'ai débuté le 16 novembre un volontariat du Corps européen de solidarité» for eight months at a refugee-support association, the request kept → application; not_service_civique open → to verify
    N("situation_began_since", "situation", "j'ai débuté le 16 novembre un volontariat du Corps européen de solidarité", M(
        "Sokha Chhim <sokha.chhim@free.fr>",
        "Re: Candidature – licence LEA",
        "21 10:35",
        """Bonjour,

Je n'ai pas encore eu de retour, et ma situation a changé : j'ai débuté le 16 novembre un volontariat du Corps européen de solidarité, pour huit mois, dans une association d'accueil des réfugiés à Brest (avec une indemnité de volontaire).

Je voudrais quand même rester inscrite pour préparer la suite.

Sokha Chhim""",
        app("Sokha", "Chhim", phone=None, bac=3, grad="2025-07", unknown=("not_service_civique",), status="b_sb_sokha_volontariat_europeen"),
    ), person="b_sokha_chhim"),
    # Feature: situation_began_since — aim — an NGO working on youth employment
    # route: person Achieng Otieno, first mail, English: a BA of July 2026 from Nairobi, free, «an NGO working on youth employment» sought → application (en); bac+3 of 2026, ESS aim → eligible
    N("situation_began_since", "aim", "an NGO working on youth employment", M(
        "Achieng Otieno <achieng.otieno@gmail.com>",
        "Application from a recent graduate",
        "10-19 09:40",
        """Hello,

I completed my BA in Sociology at the University of Nairobi in July 2026 and moved to Montpellier in September, where my partner works. I am looking for a first job in an NGO working on youth employment or an association supporting migrants.

Thank you for your time,
Achieng Otieno""",
        app("Achieng", "Otieno", phone=None, bac=3, grad="2026-07", language="en", status="b_sb_achieng_ba_free"),
    ), person="b_achieng_otieno"),
    # Feature: situation_began_since — situation — I began a six-month internship
    # route: person Achieng Otieno, second mail, English: «I began a six-month internship» on 9 November, the BA of July 2026 repeated → application (en); internship running → not eligible
    N("situation_began_since", "situation", "I began a six-month internship", M(
        "Achieng Otieno <achieng.otieno@gmail.com>",
        "Following up on my application",
        "22 17:15",
        """Hello again,

Following up on my email of 19 October: I began a six-month internship on 9 November with a Montpellier association that helps young people find work. I'd still like to be kept in mind for the programme, with my BA in Sociology (July 2026).

Best regards,
Achieng Otieno""",
        app("Achieng", "Otieno", phone=None, bac=3, grad="2026-07", failing=("not_internship",), language="en", status="b_sb_achieng_internship_started"),
    ), person="b_achieng_otieno"),
]
