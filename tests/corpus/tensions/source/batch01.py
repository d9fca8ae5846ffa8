"""Tensions corpus, batch 01 (writer A): years of a trade against a recent degree (student jobs, an
alternance that was the degree's own, summers, a first job of a few months, or a real trade of years before
the diploma) and the first half of a diploma finished against something enrolled in since (a MOOC, evening
classes, a second master, a CAP by correspondence, a prépa of a year); other mail in those tensions (a
question from someone who worked before studying, a cooperative speaking of its retrained members, a reply in
our thread adding years of work, an auto-reply of a graduate now in post, a university's DU open days, a
question about a DU followed at a distance)."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, auto_reply, newsletter, other, question, reply
from tensions import N

MESSAGES = [
    # Feature: career_vs_new_degree — career_change — serveur le soir dans une brasserie de la place Kléber
    # tension: «licence professionnelle Coordination de projets d'animation, obtenue en juin» vs «trois ans serveur le soir dans une brasserie» = the brasserie hours were worked beside the licence, to pay for it: a student job is no trade left behind → meets not_career_change → eligible
    N("career_vs_new_degree", "career_change", "serveur le soir dans une brasserie de la place Kléber", M(
        "Anselme Abou-Khalil <anselme.ak@example.org>", "Candidature Pro'pulse", "02 09:41",
        """Bonjour,

Je m'appelle Anselme, 23 ans. J'ai obtenu en juin la licence professionnelle Coordination de projets d'animation et de développement social à l'université de Strasbourg.

Je préfère être transparent sur mon CV : on y voit « trois ans de restauration », mais c'était serveur le soir dans une brasserie de la place Kléber pendant toute ma licence, pour payer le loyer. Je n'ai jamais eu d'autre métier.

Je cherche maintenant un poste d'animateur-coordinateur dans un centre socioculturel ou une association d'éducation populaire.

Merci d'avance,
Anselme Abou-Khalil
06 12 48 93 70""",
        app("Anselme", "Abou-Khalil", phone="+33612489370", bac=3, grad="2026-06", status="brasserie_pendant_licence_pro"),
    )),
    # Feature: career_vs_new_degree — career_change — c'était mon alternance, le rythme du BTS
    # tension: «BTS SP3S obtenu en juillet 2026» vs «deux ans au CCAS de Roubaix» = the two years at the CCAS were the BTS's own alternance, not a trade before it → meets not_career_change → eligible
    N("career_vs_new_degree", "career_change", "c'était mon alternance, le rythme du BTS", M(
        "Bérénice Cissé <berenice.cisse@example.fr>", "candidature", "03 14:05",
        """Bonjour,

BTS SP3S obtenu en juillet 2026. J'ai passé deux ans au CCAS de Roubaix, mais c'était mon alternance, le rythme du BTS (deux semaines école, deux semaines CCAS).

Je cherche un poste de conseillère d'accueil ou d'assistante sociale dans une association de l'insertion ou de l'hébergement.

Bérénice Cissé
07 81 20 46 53""",
        app("Bérénice", "Cissé", phone="+33781204653", bac=2, grad="2026-07", status="bts_sp3s_alternance_ccas"),
    )),
    # Feature: career_vs_new_degree — career_change — un premier CDD de quatre mois
    # tension: «master Économie sociale et solidaire, septembre 2025» vs «chargée de clientèle dans une agence bancaire» = the bank post is a first CDD of four months after the master, not a trade before it; the search now is an association → meets not_career_change → eligible
    N("career_vs_new_degree", "career_change", "un premier CDD de quatre mois", M(
        "Clémence Baptiste <clemence.baptiste@example.net>", "Candidature au programme", "04 11:20",
        """Madame, Monsieur,

Titulaire d'un master Économie sociale et solidaire (Université Grenoble Alpes, diplômée en septembre 2025), je souhaite intégrer Pro'pulse.

Après le master j'ai accepté un premier CDD de quatre mois comme chargée de clientèle dans une agence bancaire, faute de mieux ; il s'est terminé en mars. Ce n'est pas la voie que je veux suivre : j'ai fait mon mémoire sur les monnaies locales et je cherche un poste de chargée de mission dans une association ou une coopérative de finance solidaire.

Je me tiens à votre disposition pour un entretien.

Cordialement,
Clémence Baptiste
+33 6 45 77 10 28""",
        app("Clémence", "Baptiste", phone="+33645771028", bac=5, grad="2025-09", status="master_ess_cdd_banque_quatre_mois", info_in="both"),
        cv=CV("pdf", "Baptiste_Clemence_CV.pdf", """Clémence Baptiste
Master Économie sociale et solidaire — Université Grenoble Alpes, 2025
Chargée de clientèle (CDD 4 mois), agence bancaire, Grenoble, novembre 2025 – mars 2026
Stage de master : association de monnaie locale, 6 mois
Recherche : chargée de mission finance solidaire"""),
    )),
    # Feature: career_vs_new_degree — career_change — summer jobs at a campsite in Cornwall
    # tension: «BA in Social Policy, graduated in July» vs «four years of work at a campsite» = the four years were summer jobs between terms, not a trade → meets not_career_change → eligible (English)
    N("career_vs_new_degree", "career_change", "summer jobs at a campsite in Cornwall", M(
        "Esther Adeyemi <esther.adeyemi@example.com>", "Application — Pro'pulse", "05 17:32",
        """Hello,

I graduated in July 2026 with a BA in Social Policy (University of Leeds) and moved to Lille in September, where my partner works. My French is good (B2, improving).

My CV shows four years of work at a campsite, but those were summer jobs at a campsite in Cornwall between university years, nothing more.

I am looking for a job in a French charity or a social enterprise working on housing or refugees.

Kind regards,
Esther Adeyemi
+44 7700 900481""",
        app("Esther", "Adeyemi", phone="+447700900481", bac=3, grad="2026-07", status="ba_leeds_summer_campsite", language="en"),
    )),
    # Feature: career_vs_new_degree — career_change — vingt heures par semaine chez un fast-food, de la première année à la dernière
    # tension: «BUT Gestion des entreprises et des administrations, juin 2026» vs «trois ans de contrat au fast-food» = the contract of twenty hours a week ran through the three years of the BUT: a student job → meets not_career_change → eligible
    N("career_vs_new_degree", "career_change", "vingt heures par semaine chez un fast-food, de la première année à la dernière", M(
        "Jonas Ferreira <jonas.ferreira@example.org>", "Pro'pulse - candidature Jonas Ferreira", "06 21:14",
        """Bonsoir,

Je viens d'avoir mon BUT Gestion des entreprises et des administrations (juin 2026, IUT de Tours). J'étais étudiant salarié : vingt heures par semaine chez un fast-food, de la première année à la dernière. Ça m'a appris à gérer une équipe le samedi soir, mais ce n'est pas un métier que je veux garder.

Je voudrais travailler dans la gestion administrative et financière d'une association, d'une mutuelle ou d'une SCIC.

Jonas Ferreira
06-23-81-47-05""",
        app("Jonas", "Ferreira", phone="+33623814705", bac=3, grad="2026-06", status="but_gea_fast_food_etudiant_salarie"),
        html="only",
    )),
    # Feature: career_vs_new_degree — career_change — j'ai été quelques années en cuisine
    # ambiguous: «quelques années en cuisine» before the licence pro is told with no length nor whether it was a full-time trade: a career left behind or jobs between studies — a coordinator must ask
    # tension: «licence pro Métiers de l'animation sociale, juin 2026» vs «quelques années en cuisine avant de reprendre» = the recent licence meets level and date, but the years in kitchens have no length and no kind: career change open → not_career_change unknown → to verify
    N("career_vs_new_degree", "career_change", "j'ai été quelques années en cuisine", M(
        "Kévin Hoarau <kevin.hoarau@example.fr>", "candidature pro'pulse", "07 10:02",
        """Bonjour,

Après le bac j'ai été quelques années en cuisine, dans des restaurants à Saint-Denis puis à Lyon, avant de reprendre mes études. J'ai obtenu en juin 2026 la licence pro Métiers de l'animation sociale, socio-éducative et socioculturelle.

Je cherche un poste d'animateur dans une association de quartier ou un centre social, de préférence avec un volet cuisine partagée ou alimentation.

Bien cordialement,
Kévin Hoarau
0692 41 83 26""",
        app("Kévin", "Hoarau", phone="+262692418326", bac=3, grad="2026-06", unknown=("not_career_change",), status="quelques_annees_cuisine_licence_pro"),
    )),
    # Feature: career_vs_new_degree — career_change — j'ai conduit des bus à la RTM pendant un moment
    # ambiguous: «pendant un moment» gives no length to the bus driving before the BUT: a trade of years or a job of months — a coordinator must ask
    # tension: «BUT Carrières sociales obtenu en juin 2026» vs «j'ai conduit des bus à la RTM pendant un moment» = a job before the diploma whose length is not said leaves the career change open → not_career_change unknown → to verify
    N("career_vs_new_degree", "career_change", "j'ai conduit des bus à la RTM pendant un moment", M(
        "Farid Benmansour <farid.benmansour@example.net>", "Candidature", "09 08:26",
        """Bonjour,

Je suis diplômé du BUT Carrières sociales, parcours animation sociale et socioculturelle, obtenu en juin 2026 à Aix-Marseille.

Avant d'entrer à l'IUT j'ai conduit des bus à la RTM pendant un moment ; c'est en voyant tous les jours les mêmes jeunes désœuvrés au terminus que j'ai voulu changer de voie.

Je recherche un poste d'animateur jeunesse ou de médiateur dans une association des quartiers nord.

Farid Benmansour
06 58 12 40 97""",
        app("Farid", "Benmansour", phone="+33658124097", bac=3, grad="2026-06", unknown=("not_career_change",), status="bus_rtm_un_moment_but"),
    )),
    # Feature: career_vs_new_degree — career_change — après un passage dans la vente
    # ambiguous: «un passage dans la vente» before the DEUST says neither how long nor whether it was a trade — a coordinator must ask
    # tension: «DEUST Animation et gestion des activités physiques, sportives ou culturelles, juin 2025» vs «un passage dans la vente» = the diploma is recent and bac+2, the sales spell before it has no length: career change open → not_career_change unknown → to verify
    N("career_vs_new_degree", "career_change", "après un passage dans la vente", M(
        "Laure Diallo-Kern <laure.dk@example.com>", "Demande d'information et candidature", "10 13:47",
        """Bonjour,

J'ai obtenu mon DEUST Animation et gestion des activités physiques, sportives ou culturelles en juin 2025, après un passage dans la vente (prêt-à-porter, centre commercial).

Je souhaite travailler dans une association sportive ou une fédération d'éducation populaire, sur le sport-santé ou le sport pour les jeunes des quartiers.

Pouvez-vous me dire si ma candidature est recevable ? Je joins mes coordonnées : Laure Diallo-Kern, 07 32 19 84 60.

Merci""",
        app("Laure", "Diallo-Kern", phone="+33732198460", bac=2, grad="2025-06", unknown=("not_career_change",), status="deust_passage_vente"),
    )),
    # Feature: career_vs_new_degree — career_change — neuf ans comptable dans une banque régionale
    # tension: «master Économie sociale et solidaire, juin 2026» vs «neuf ans comptable dans une banque régionale» = the master is recent and bac+5, but nine years of a trade before it are a career → fails not_career_change → not eligible
    N("career_vs_new_degree", "career_change", "neuf ans comptable dans une banque régionale", M(
        "Guillaume Ekwalla <g.ekwalla@example.org>", "Candidature Pro'pulse - reconversion ESS", "11 07:55",
        """Madame, Monsieur,

J'ai été neuf ans comptable dans une banque régionale, à Nantes. En 2024 j'ai pris un congé de transition professionnelle pour suivre le master Économie sociale et solidaire de l'université de Nantes, que j'ai obtenu en juin 2026.

Je cherche désormais un poste de responsable administratif et financier dans une association, une SCOP ou une fondation. Mon expérience des chiffres et mon diplôme récent me semblent faire un profil utile au secteur.

Je serais heureux d'échanger avec vous.

Bien à vous,
Guillaume Ekwalla
02 40 71 38 92""",
        app("Guillaume", "Ekwalla", phone="+33240713892", bac=5, grad="2026-06", failing=("not_career_change",), status="comptable_banque_neuf_ans_master_ess"),
    )),
    # Feature: career_vs_new_degree — career_change — boulangère pendant douze ans
    # tension: «diplôme d'État d'éducatrice spécialisée, juin 2026» vs «boulangère pendant douze ans» = twelve years of a trade before the DE are a career left behind → fails not_career_change → not eligible
    N("career_vs_new_degree", "career_change", "boulangère pendant douze ans", M(
        "Hélène Brossard <helene.brossard@example.fr>", "Ma candidature", "12 19:30",
        """Bonjour,

J'ai 38 ans et je viens d'obtenir, en juin 2026, mon diplôme d'État d'éducatrice spécialisée. Avant cela j'ai été boulangère pendant douze ans, dans l'entreprise familiale puis à mon compte.

On me dit que votre programme est fait pour les jeunes diplômés : je le suis, même si je ne suis plus très jeune !

Je cherche un poste en MECS ou dans une association de protection de l'enfance.

Hélène Brossard
06 74 90 21 38""",
        app("Hélène", "Brossard", phone="+33674902138", bac=3, grad="2026-06", failing=("not_career_change",), status="boulangere_douze_ans_de_es"),
    )),
    # Feature: career_vs_new_degree — career_change — sept ans commercial chez un assureur
    # tension: «licence pro Gestion des organisations de l'ESS, septembre 2025» vs «sept ans commercial chez un assureur» = seven years of a full-time trade before the licence pro are a career change → fails not_career_change → not eligible
    N("career_vs_new_degree", "career_change", "sept ans commercial chez un assureur", M(
        "Idriss Chaouch <idriss.chaouch@example.com>", "Candidature", "13 12:12",
        """Bonjour,

Sept ans commercial chez un assureur, puis licence pro Gestion des organisations de l'économie sociale et solidaire en septembre 2025 : je veux maintenant mettre mon sens du contact au service d'une mutuelle ou d'une association.

Idriss Chaouch
+33 7 62 55 03 14""",
        app("Idriss", "Chaouch", phone="+33762550314", bac=3, grad="2025-09", failing=("not_career_change",), status="commercial_assureur_sept_ans"),
    )),
    # Feature: career_vs_new_degree — career_change — il a été cariste pendant dix ans
    # tension: «BTS Services et prestations des secteurs sanitaire et social, juin 2026» vs «cariste pendant dix ans» = the adviser tells a recent BTS after ten years of warehouse work: a career → fails not_career_change → not eligible (a referral by a France Travail adviser)
    N("career_vs_new_degree", "career_change", "il a été cariste pendant dix ans", M(
        "Muriel Faure — France Travail <muriel.faure@example.org>", "Orientation : M. Dimitri Kowalczyk", "14 10:18",
        """Bonjour,

Je vous oriente M. Dimitri Kowalczyk, que j'accompagne depuis son licenciement économique. Il a été cariste pendant dix ans dans une plateforme logistique, puis a obtenu par une formation financée un BTS Services et prestations des secteurs sanitaire et social (juin 2026).

Il souhaite travailler dans une structure d'insertion ou une association d'aide à domicile. Ses coordonnées : dimitri.kowalczyk@example.net, 06 27 43 91 58.

Cordialement,
Muriel Faure
Conseillère, France Travail Villeurbanne""",
        app("Dimitri", "Kowalczyk", phone="+33627439158", bac=2, grad="2026-06", failing=("not_career_change",), status="cariste_dix_ans_bts_sp3s", email="dimitri.kowalczyk@example.net", forwarded_by="muriel.faure@example.org"),
    )),
    # Feature: career_vs_new_degree — career_change — ingénieure méthodes dans l'automobile de 2017 à 2023
    # tension: «M2 Management des organisations de l'ESS, juin 2025» vs «ingénieure méthodes dans l'automobile de 2017 à 2023» = six years of an engineer's trade before the M2 are a career → fails not_career_change → not eligible
    N("career_vs_new_degree", "career_change", "ingénieure méthodes dans l'automobile de 2017 à 2023", M(
        "Amandine Gauthier-Lin <amandine.gl@example.net>", "Pro'pulse : candidature d'une jeune diplômée (un peu particulière)", "16 16:44",
        """Bonjour,

Jeune diplômée, oui : j'ai obtenu en juin 2025 le M2 Management des organisations de l'économie sociale et solidaire. Mais pas débutante : j'ai été ingénieure méthodes dans l'automobile de 2017 à 2023, à Sochaux, avant de démissionner pour reprendre ce master.

Je cherche un poste de coordinatrice dans une ressourcerie ou une structure de réemploi, où mes compétences en organisation de production serviraient.

Vous trouverez mon CV en pièce jointe.

Amandine Gauthier-Lin
06 31 09 77 42""",
        app("Amandine", "Gauthier-Lin", phone="+33631097742", bac=5, grad="2025-06", failing=("not_career_change",), status="ingenieure_auto_six_ans_m2", info_in="both"),
        cv=CV("docx", "CV-AGauthierLin.docx", """Amandine Gauthier-Lin
M2 Management des organisations de l'ESS, 2025
Ingénieure méthodes, équipementier automobile, Sochaux, 2017-2023
Diplôme d'ingénieur, 2017
Recherche : coordination, ressourcerie / réemploi"""),
    )),
    # Feature: career_vs_new_degree — kind — est-ce que ça compte comme une reconversion
    # tension: «j'ai travaillé avant mes études» vs «est-ce que ça compte comme une reconversion» = a question about the rule with no diploma, date nor length given: nothing to judge → kind question
    N("career_vs_new_degree", "kind", "est-ce que ça compte comme une reconversion", M(
        "Yanis <yanis.b77@example.fr>", "question avant de postuler", "16 22:03",
        """Bonjour,

J'ai travaillé avant mes études, est-ce que ça compte comme une reconversion pour vous ? Je préfère savoir avant de remplir le dossier.

Merci""",
        question(),
    )),
    # Feature: career_vs_new_degree — kind — plusieurs de nos coopérateurs sont d'anciens salariés de l'industrie
    # tension: «nos coopérateurs récemment diplômés» vs «d'anciens salariés de l'industrie» = a cooperative writes about its own members to offer posts, no applicant → kind other
    N("career_vs_new_degree", "kind", "plusieurs de nos coopérateurs sont d'anciens salariés de l'industrie", M(
        "SCOP Les Ateliers du Pont <contact@ateliersdupont.example.org>", "Proposition de partenariat - offres d'emploi", "17 09:15",
        """Bonjour,

Nous sommes une SCOP de menuiserie et d'insertion près de Bourges. Plusieurs de nos coopérateurs sont d'anciens salariés de l'industrie qui ont repris une formation ; nous cherchons maintenant de jeunes diplômés pour l'encadrement technique et l'administration.

Pourrions-nous diffuser deux offres auprès de vos participants ?

Bien à vous,
Sandrine Lepage, co-gérante""",
        other(),
    )),
    # Feature: career_vs_new_degree — kind — Re: Votre candidature à Pro'pulse
    # tension: «mon BTS de juin» vs «j'oubliais : quatre ans de manutention avant» = a reply in our thread adding a fact to a file already opened, no new application → kind reply
    N("career_vs_new_degree", "kind", "Re: Votre candidature à Pro'pulse", M(
        "Christophe Delmas <christophe.delmas@example.com>", "Re: Votre candidature à Pro'pulse", "18 18:26",
        """Bonjour,

Merci pour l'accusé de réception. J'oubliais de le préciser dans mon premier mail : avant mon BTS de juin j'ai fait quatre ans de manutention chez un transporteur. Je ne sais pas si ça change quelque chose.

Christophe

> Bonjour Christophe, nous avons bien reçu votre candidature et revenons vers vous sous dix jours.""",
        reply(),
        headers={"In-Reply-To": "<ack-0418.delmas@animafac.net>", "References": "<ack-0418.delmas@animafac.net>"},
    )),
    # Feature: career_vs_new_degree — kind — je viens de prendre mon poste de coordinatrice
    # tension: «ancienne participante» vs «en congés jusqu'au 30 novembre» = the automatic answer of a former participant now in post, no application → kind auto_reply
    N("career_vs_new_degree", "kind", "je viens de prendre mon poste de coordinatrice", M(
        "Aïcha Lamine <a.lamine@example.org>", "Réponse automatique : Témoignage anciens de Pro'pulse", "19 08:00",
        """Bonjour,

Je viens de prendre mon poste de coordinatrice à la Régie de quartier et suis en congés jusqu'au 30 novembre. Je lirai votre message à mon retour.

Aïcha Lamine""",
        auto_reply(),
    )),
    # Feature: finished_then_enrolled — studies_finished — je suis un MOOC de gestion associative
    # tension: «master Développement territorial validé en juin 2026» vs «je suis un MOOC de gestion associative» = a MOOC followed online at one's pace is no diploma course: studies are finished → meets studies_finished → eligible
    N("finished_then_enrolled", "studies_finished", "je suis un MOOC de gestion associative", M(
        "Jade Kaboré <jade.kabore@example.fr>", "Candidature Pro'pulse", "03 16:40",
        """Bonjour,

Master Développement territorial validé en juin 2026 (Clermont-Ferrand). Pour compléter, je suis un MOOC de gestion associative sur une plateforme en ligne, deux heures par semaine, sans examen.

Je cherche un poste de chargée de développement dans une association ou un tiers-lieu en milieu rural.

Jade Kaboré
06 49 27 15 83""",
        app("Jade", "Kaboré", phone="+33649271583", bac=5, grad="2026-06", status="master_mooc_gestion_asso"),
    )),
    # Feature: finished_then_enrolled — studies_finished — evening Spanish classes at the Instituto
    # tension: «MA in Development Studies, completed in September 2025» vs «I have enrolled in evening Spanish classes» = evening language classes are no diploma course: studies finished → meets studies_finished → eligible (English)
    N("finished_then_enrolled", "studies_finished", "evening Spanish classes at the Instituto", M(
        "Ingrid Halvorsen <ingrid.halvorsen@example.com>", "Application for the Pro'pulse programme", "05 09:58",
        """Dear team,

I completed my MA in Development Studies (Sciences Po Bordeaux, English track) in September 2025. Since October I have enrolled in evening Spanish classes at the Instituto, twice a week, mostly because I hope to work on projects with Latin America one day.

I'm looking for a project officer role in an international solidarity NGO or a fair-trade cooperative based in Bordeaux.

Best regards,
Ingrid Halvorsen
07 66 14 38 02""",
        app("Ingrid", "Halvorsen", phone="+33766143802", bac=5, grad="2025-09", status="ma_evening_spanish", language="en"),
    )),
    # Feature: finished_then_enrolled — studies_finished — j'avance une formation du CNED à mon rythme
    # ambiguous: the CNED course is named neither by its title nor by its length: a diploma course running (studies not finished) or a short training — a coordinator must ask
    # tension: «licence de sociologie, juin 2025» vs «j'avance une formation du CNED à mon rythme» = the licence is obtained, but a distance course of unknown kind runs now: studies finished open → studies_finished unknown → to verify
    N("finished_then_enrolled", "studies_finished", "j'avance une formation du CNED à mon rythme", M(
        "Corentin Aubry <corentin.aubry@example.net>", "Pro'pulse", "08 20:12",
        """Bonsoir,

J'ai ma licence de sociologie depuis juin 2025. Depuis la rentrée j'avance une formation du CNED à mon rythme, le soir, en parallèle de ma recherche d'emploi.

Je voudrais travailler comme chargé d'études ou d'accueil dans une association de lutte contre la précarité.

Corentin Aubry
06 85 40 12 73""",
        app("Corentin", "Aubry", phone="+33685401273", bac=3, grad="2025-06", unknown=("studies_finished",), status="licence_socio_formation_cned"),
    )),
    # Feature: finished_then_enrolled — studies_finished — depuis septembre je suis en M1 Urbanisme
    # tension: «licence de géographie obtenue en juin 2025» vs «depuis septembre je suis en M1 Urbanisme» = a second course leading to a master runs this year: studies are not finished → fails studies_finished → not eligible
    N("finished_then_enrolled", "studies_finished", "depuis septembre je suis en M1 Urbanisme", M(
        "Noémie Ba <noemie.ba@example.org>", "Candidature", "10 17:09",
        """Bonjour,

Licence de géographie obtenue en juin 2025. J'ai d'abord cherché du travail un an, sans succès, et depuis septembre je suis en M1 Urbanisme et aménagement à Paris 8.

J'aimerais quand même rejoindre Pro'pulse pour préparer la suite : je vise une association d'habitat participatif ou une SCIC de logement.

Noémie Ba
07 58 36 21 94""",
        app("Noémie", "Ba", phone="+33758362194", bac=3, grad="2025-06", failing=("studies_finished",), status="licence_geo_puis_m1_urba"),
    )),
    # Feature: finished_then_enrolled — studies_finished — CAP Accompagnant éducatif petite enfance par correspondance
    # tension: «BTS Économie sociale familiale, juillet 2025» vs «je prépare un CAP Accompagnant éducatif petite enfance par correspondance, examen en juin 2027» = a diploma course followed by correspondence with its exam ahead is studies running → fails studies_finished → not eligible
    N("finished_then_enrolled", "studies_finished", "CAP Accompagnant éducatif petite enfance par correspondance", M(
        "Sabrina Fontaine <sabrina.fontaine@example.fr>", "Demande pour intégrer Pro'pulse", "12 11:36",
        """Bonjour,

J'ai obtenu mon BTS Économie sociale familiale en juillet 2025. Comme je veux travailler auprès des jeunes enfants, je prépare un CAP Accompagnant éducatif petite enfance par correspondance, examen en juin 2027.

Je cherche un poste de CESF dans une association familiale ou une crèche associative, pour mettre les deux ensemble.

Merci de me dire si c'est possible.

Sabrina Fontaine
06 18 62 09 47""",
        app("Sabrina", "Fontaine", phone="+33618620947", bac=2, grad="2025-07", failing=("studies_finished",), status="bts_esf_cap_aepe_correspondance"),
    )),
    # Feature: finished_then_enrolled — studies_finished — une prépa aux concours administratifs d'un an à l'IPAG
    # tension: «master Droit public, juin 2026» vs «inscrit pour un an en prépa aux concours administratifs à l'IPAG» = a prépa of a year in a university institute runs today: studies are not finished → fails studies_finished → not eligible
    N("finished_then_enrolled", "studies_finished", "une prépa aux concours administratifs d'un an à l'IPAG", M(
        "Loïc Castellanos <loic.castellanos@example.com>", "Candidature Pro'pulse", "13 15:27",
        """Bonjour,

J'ai obtenu mon master Droit public en juin 2026. Cette année, je suis une prépa aux concours administratifs d'un an à l'IPAG, avec cours tous les jours et concours blancs le samedi.

Mais je postule aussi dans les associations de défense des droits, parce que l'accès au droit m'intéresse plus que l'administration elle-même.

Loïc Castellanos
06 91 24 58 30""",
        app("Loïc", "Castellanos", phone="+33691245830", bac=5, grad="2026-06", failing=("studies_finished",), status="master_droit_prepa_ipag"),
    )),
    # Feature: finished_then_enrolled — kind — Journées portes ouvertes des diplômes universitaires
    # tension: «diplômés qui souhaitent se spécialiser» vs «inscriptions au DU» = a university's mailing about its DU, no applicant → kind newsletter
    N("finished_then_enrolled", "kind", "Journées portes ouvertes des diplômes universitaires", M(
        "Service formation continue <fc-info@example.fr>", "Journées portes ouvertes des diplômes universitaires — décembre", "14 07:30",
        """Journées portes ouvertes des diplômes universitaires — 9 et 10 décembre

Vous êtes diplômé(e) et souhaitez vous spécialiser ? Découvrez nos DU :
- DU Coordination de projets associatifs (120 h, en soirée)
- DU Médiation sociale et interculturelle
- DU Gestion financière des structures de l'ESS

Inscriptions ouvertes jusqu'au 15 janvier. Pour vous désabonner, cliquez ici.""",
        newsletter(),
        html="only",
    )),
    # Feature: finished_then_enrolled — kind — un DU suivi à distance est-il un obstacle
    # tension: «diplômé» vs «un DU suivi à distance» = a general question about a DU, no diploma, date nor name given → kind question
    N("finished_then_enrolled", "kind", "un DU suivi à distance est-il un obstacle", M(
        "<m.ghazali@example.net>", "DU et Pro'pulse", "15 12:50",
        """Bonjour, petite question : pour quelqu'un qui est diplômé, un DU suivi à distance est-il un obstacle pour entrer dans le programme ? Merci !""",
        question(),
    )),
]
