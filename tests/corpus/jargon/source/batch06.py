"""Jargon corpus, batch 06: attestations and session 2, old nomenclature and CQP, CAP AEPE and DU, contracts, POEI, ESC."""
# ruff: noqa: E501

from __future__ import annotations

from jargon import N
from kit import CV, M, app, auto_reply, bounce, newsletter, other, question, reply

MESSAGES = [
    # Feature: ects_juries — studies_finished — attestation de réussite délivrée le 10/09/2025
    N("ects_juries", "studies_finished", "attestation de réussite délivrée le 10/09/2025", M(
        "Valdemar Okonkwo-Rey <valdemar.okr@example.org>", "Candidature Pro'pulse - M2 DSS", "01 10:12",
        """Bonjour,

J'ai validé mon M2 Direction de structures sociales (ADM à la deuxième session), attestation de réussite délivrée le 10/09/2025 par l'université de Bordeaux.

Je cherche un poste de direction adjointe dans une association gestionnaire ou une fondation.

Valdemar Okonkwo-Rey
07 86 12 40 57""",
        app("Valdemar", "Okonkwo-Rey", phone="+33786124057", bac=5, grad="2025-09", status="b_attestation_reussite_sept_2025"),
    )),
    # Feature: ects_juries — studies_finished — session 2 à repasser en janvier
    N("ects_juries", "studies_finished", "session 2 à repasser en janvier", M(
        "Esmeralda Tchakarova <esmeralda.tchakarova@example.net>", "candidature", "02 17:48",
        """Bonjour,

BTS ESF obtenu en juin 2025. Pour le DECESF, j'ai encore l'épreuve de démarche d'intervention sociale en session 2 à repasser en janvier.

Je voudrais travailler dans une épicerie solidaire ou un centre social.

Esmeralda Tchakarova
07 86 23 51 68""",
        app("Esmeralda", "Tchakarova", phone="+33786235168", bac=2, grad="2025-06",
            failing=("studies_finished",), status="b_decesf_session_2_janvier"),
    )),
    # Feature: rncp_levels — level — RNCP niveau III (ancienne nomenclature)
    N("rncp_levels", "level", "RNCP niveau III (ancienne nomenclature)", M(
        "Amaury Ratsimbazafy <amaury.ratsimbazafy@example.com>", "Candidature Pro'pulse", "03 09:30",
        """Bonjour,

Je vous joins mon CV. Ma certification de coordinateur de projets associatifs est enregistrée au RNCP niveau III (ancienne nomenclature) ; elle m'a été délivrée en mars 2025.

Je cherche un poste dans une association d'éducation populaire.

Amaury Ratsimbazafy
07 86 34 62 79""",
        app("Amaury", "Ratsimbazafy", phone="+33786346279", bac=2, grad="2025-03", status="b_rncp_niveau_iii_mars_2025", info_in="both"),
        cv=CV("docx", "CV_Amaury_Ratsimbazafy.docx", """Amaury Ratsimbazafy
Coordinateur de projets associatifs
Certification RNCP niveau III (ancienne nomenclature), mars 2025
Animateur périscolaire (vacations), 2022-2024
Objectif : association d'éducation populaire"""),
    )),
    # Feature: rncp_levels — level — CQP Animateur périscolaire
    # ambiguous: a CQP's level is not stated and varies by branch: the degree level is open
    N("rncp_levels", "level", "CQP Animateur périscolaire", M(
        "Soumaya Hallström <soumaya.hallstrom@example.org>", "candidature pro'pulse", "04 12:06",
        """Bonjour,

J'ai obtenu en mai 2026 le CQP Animateur périscolaire. Je travaille en vacations pour la ville en attendant et je cherche un poste dans une association d'animation.

Soumaya Hallström
07 86 45 73 80""",
        app("Soumaya", "Hallström", phone="+33786457380", bac="*", grad="2026-05",
            unknown=("degree_level",), status="b_cqp_animateur_periscolaire"),
    )),
    # Feature: diploma_codes — level — CAP AEPE
    N("diploma_codes", "level", "CAP AEPE", M(
        "Lindiwe Carvalho-Moreau <lindiwe.cm@example.fr>", "Candidature", "05 08:19",
        """Bonjour,

J'ai mon CAP AEPE depuis juillet 2025 et je voudrais travailler dans une crèche associative ou parentale.

Merci,
Lindiwe Carvalho-Moreau
07 86 56 84 91""",
        app("Lindiwe", "Carvalho-Moreau", phone="+33786568491", bac=0, grad="2025-07",
            failing=("degree_level",), status="b_cap_aepe_juillet_2025"),
    )),
    # Feature: diploma_codes — level — DU Entrepreneuriat social
    # ambiguous: a DU's level depends on the university and is not stated: the degree level is open
    N("diploma_codes", "level", "DU Entrepreneuriat social", M(
        "Augustin Nwachukwu-Petit <augustin.np@example.net>", "Pro'pulse", "06 15:55",
        """Bonjour,

Titulaire d'un DU Entrepreneuriat social (université de Rennes, juin 2026), je cherche un poste de chargé de développement dans une CAE ou une SCOP.

Augustin Nwachukwu-Petit
07 86 67 95 02""",
        app("Augustin", "Nwachukwu-Petit", phone="+33786679502", bac="*", grad="2026-06",
            unknown=("degree_level",), status="b_du_entrepreneuriat_social"),
    )),
    # Feature: job_schemes — graduation — inscrite à France Travail depuis ma sortie de master en février 2024
    N("job_schemes", "graduation", "inscrite à France Travail depuis ma sortie de master en février 2024", M(
        "Gwenaëlle Mutombo-Sarr <gwen.mutombo@example.com>", "candidature programme Pro'pulse", "07 11:41",
        """Bonjour,

Je suis DELD : inscrite à France Travail depuis ma sortie de master en février 2024 (M2 Action publique, Rennes 2), sans emploi depuis.

Je cherche dans les associations de solidarité internationale.

Gwenaëlle Mutombo-Sarr
07 86 78 06 13""",
        app("Gwenaëlle", "Mutombo-Sarr", phone="+33786780613", bac=5, grad="2024-02",
            failing=("graduation_recent",), status="b_deld_master_fevrier_2024"),
    )),
    # Feature: job_schemes — aim — accompagnée par Cap emploi vers un poste en entreprise adaptée
    N("job_schemes", "aim", "accompagnée par Cap emploi vers un poste en entreprise adaptée", M(
        "Fenna Diabaté-Roussel <fenna.dr@example.org>", "Candidature Pro'pulse", "08 14:27",
        """Bonjour,

Licence Information-communication obtenue en juin 2026. Je suis bénéficiaire de la RQTH et accompagnée par Cap emploi vers un poste en entreprise adaptée, côté communication.

Fenna Diabaté-Roussel
07 86 89 17 24""",
        app("Fenna", "Diabaté-Roussel", phone="+33786891724", bac=3, grad="2026-06", status="b_cap_emploi_entreprise_adaptee"),
    )),
    # Feature: contracts — career_change — des CDD d'usage comme serveur en extra
    N("contracts", "career_change", "des CDD d'usage comme serveur en extra", M(
        "Ilario Benslimane <ilario.benslimane@example.net>", "candidature", "09 19:03",
        """Bonjour,

Licence de géographie (juin 2025). Pendant et après ma licence j'ai enchaîné des CDD d'usage comme serveur en extra, rien d'autre.

Je cherche maintenant un vrai poste dans une association d'environnement ou un tiers-lieu.

Ilario Benslimane
07 86 90 28 35""",
        app("Ilario", "Benslimane", phone="+33786902835", bac=3, grad="2025-06", status="b_cdd_usage_extra"),
    )),
    # Feature: contracts — career_change — micro-entrepreneur depuis 2017
    N("contracts", "career_change", "micro-entrepreneur depuis 2017", M(
        "Casimir Ouattara-Lund <casimir.ol@example.com>", "Pro'pulse - reconversion", "10 10:50",
        """Bonjour,

Graphiste micro-entrepreneur depuis 2017, j'ai repris des études et obtenu en septembre 2026 un M2 Économie sociale et solidaire.

Je souhaite désormais travailler dans une SCOP du secteur de l'édition.

Casimir Ouattara-Lund
07 86 01 39 46""",
        app("Casimir", "Ouattara-Lund", phone="+33786013946", bac=5, grad="2026-09",
            failing=("not_career_change",), status="b_micro_entrepreneur_2017"),
    )),
    # Feature: immersions — situation — en POEI jusqu'au 19 décembre
    # ambiguous: a POEI is a jobseeker's pre-hiring training, not a student's stage: not_internship is open
    N("immersions", "situation", "en POEI jusqu'au 19 décembre", M(
        "Théodora Nkemelu <theodora.nkemelu@example.fr>", "candidature", "11 13:13",
        """Bonjour,

BTS SP3S (juin 2025). Je suis en POEI jusqu'au 19 décembre, avant une embauche possible dans une entreprise d'insertion.

Théodora Nkemelu
07 86 12 40 68""",
        app("Théodora", "Nkemelu", phone="+33786124068", bac=2, grad="2025-06",
            unknown=("not_internship",), status="b_poei_jusqu_19_decembre"),
    )),
    # Feature: immersions — situation — stage de fin d'études terminé le 30/09/2026
    N("immersions", "situation", "stage de fin d'études terminé le 30/09/2026", M(
        "Joaquim Abara-Lefèvre <joaquim.al@example.org>", "Candidature Pro'pulse", "12 16:36",
        """Bonjour,

Stage de fin d'études terminé le 30/09/2026 (convention avec la Fondation Abbé-Pierre), soutenance du mémoire le 12/10/2026 : j'ai mon M2 Urbanisme.

Je cherche un poste dans une régie de quartier ou une association de l'habitat.

Joaquim Abara-Lefèvre
07 86 23 51 79""",
        app("Joaquim", "Abara-Lefèvre", phone="+33786235179", bac=5, grad="2026-10", status="b_stage_fin_etudes_termine"),
    )),
    # Feature: civic_schemes — situation — European Solidarity Corps volunteer in Nantes until February
    # ambiguous: an ESC volunteering is not the French service civique itself: the criterion is open
    N("civic_schemes", "situation", "European Solidarity Corps volunteer in Nantes until February", M(
        "Marit Oyelowo-Haugen <marit.oh@example.net>", "Application Pro'pulse", "13 09:22",
        """Hello,

I finished my bachelor in social work at OsloMet in June 2025 (180 ECTS). I am a European Solidarity Corps volunteer in Nantes until February, at a youth centre.

I would like to stay in France and work for an association.

Marit Oyelowo-Haugen
07 86 34 62 80""",
        app("Marit", "Oyelowo-Haugen", phone="+33786346280", bac=3, grad="2025-06",
            unknown=("not_service_civique",), status="b_esc_nantes_fevrier", language="en"),
    )),
    # Feature: transitions — career_change — VAE du DEES après neuf ans comme moniteur-éducateur
    # ambiguous: the VAE crowns years in the same field as the aim: a career change or not is open
    N("transitions", "career_change", "VAE du DEES après neuf ans comme moniteur-éducateur", M(
        "Désiré Haakonsen-Bamba <desire.hb@example.com>", "candidature pro'pulse", "14 18:09",
        """Bonjour,

Diplôme obtenu en mars 2026 : VAE du DEES après neuf ans comme moniteur-éducateur en foyer. Je veux continuer comme éducateur spécialisé dans une association de protection de l'enfance.

Désiré Haakonsen-Bamba
07 86 45 73 91""",
        app("Désiré", "Haakonsen-Bamba", phone="+33786457391", bac=3, grad="2026-03",
            unknown=("not_career_change",), status="b_vae_dees_moniteur"),
    )),
    # Feature: ess_structures — aim — le pôle RSE d'une entreprise du CAC 40
    N("ess_structures", "aim", "le pôle RSE d'une entreprise du CAC 40", M(
        "Blandine Achebe-Wirth <blandine.aw@example.org>", "candidature", "15 11:58",
        """Bonjour,

Diplômée d'un M2 Développement durable en décembre 2025, je cherche un poste dans le pôle RSE d'une entreprise du CAC 40, idéalement dans l'énergie.

Blandine Achebe-Wirth
07 86 56 84 02""",
        app("Blandine", "Achebe-Wirth", phone="+33786568402", bac=5, grad="2025-12",
            failing=("job_seeking_ess",), status="b_service_rse_cac_40"),
    )),
    # Feature: adviser_referral — level — NEET résidant en QPV, niveau 5
    N("adviser_referral", "level", "NEET résidant en QPV, niveau 5", M(
        "Aurélien Mbala-Strand <a.mbala-strand@pij-sarcelles.example.fr>", "Orientation d'un jeune vers Pro'pulse", "16 09:47",
        """Bonjour,

Je vous oriente M. Yacouba Rasmussen-Keita, 22 ans, NEET résidant en QPV, niveau 5 (BTS Communication obtenu en juin 2025). Il vise un poste dans une régie de quartier ou une association de médiation.

Ses coordonnées : yacouba.rk@example.net, 07 86 67 95 13.

Cordialement,
Aurélien Mbala-Strand
Point Information Jeunesse de Sarcelles""",
        app("Yacouba", "Rasmussen-Keita", phone="+33786679513", bac=2, grad="2025-06",
            status="b_neet_qpv_niveau_5", email="yacouba.rk@example.net",
            forwarded_by="a.mbala-strand@pij-sarcelles.example.fr"),
    )),
    # Feature: admin_dates — graduation — millésime 2024
    # ambiguous: a year alone: the licence may be older than 24 months or not
    N("admin_dates", "graduation", "millésime 2024", M(
        "Philippine Oduya <philippine.oduya@example.fr>", "candidature", "17 20:31",
        """Bonjour,

Licence Administration économique et sociale, millésime 2024 (c'est ce qui est écrit sur mon diplôme). Je cherche un poste de gestionnaire dans une mutuelle.

Philippine Oduya
07 86 78 06 24""",
        app("Philippine", "Oduya", phone="+33786780624", bac=3, grad="2024",
            unknown=("graduation_recent",), status="b_millesime_2024"),
    )),
    # Feature: english_jargon — situation — traineeship at the European Commission until February 2027
    N("english_jargon", "situation", "traineeship at the European Commission until February 2027", M(
        "Konstantin Abiodun-Weiss <konstantin.aw@example.com>", "Application", "18 07:14",
        """Dear team,

I obtained my LLM in European law in Leuven in August 2025. I am currently doing a Blue Book traineeship at the European Commission until February 2027.

Afterwards I would like to join a cooperative or a social enterprise in France.

Konstantin Abiodun-Weiss
+33 7 86 89 17 35""",
        app("Konstantin", "Abiodun-Weiss", phone="+33786891735", bac=5, grad="2025-08",
            failing=("not_internship",), status="b_blue_book_traineeship", language="en"),
    )),
    # Feature: english_jargon — graduation — awarded by the exam board on 4 July 2025
    N("english_jargon", "graduation", "awarded by the exam board on 4 July 2025", M(
        "Emeka Vandermeer <emeka.vandermeer@example.org>", "Pro'pulse - application", "19 15:40",
        """Hello,

My BA (Hons) in Community Development from the University of Glasgow was awarded by the exam board on 4 July 2025; the graduation ceremony was in December.

I am looking for a job with a housing charity or a community interest company, ideally in Marseille where I now live.

Emeka Vandermeer
07 86 90 28 46""",
        app("Emeka", "Vandermeer", phone="+33786902846", bac="*", grad="2025-07", status="b_ba_hons_exam_board_july_2025",
            language="en"),
    )),
    # Feature: contracts — kind — en CDDI
    N("contracts", "kind", "en CDDI", M(
        "candidate.curieuse@example.net", "Question conditions d'accès", "20 12:26",
        """Bonjour,

Si on a travaillé six mois en CDDI dans un chantier d'insertion avant ses études, est-ce que ça compte comme une reconversion pour votre programme ? Et un CDD d'usage ?

Merci.""",
        question(),
    )),
    # Feature: diploma_codes — kind — DEES, DEASS
    N("diploma_codes", "kind", "DEES, DEASS", M(
        "IRTS Hauts-de-France <actualites@lists.irts-hdf.example.org>", "Actualités de l'IRTS - novembre", "06 07:00",
        """Actualités de l'IRTS

- Résultats des épreuves de certification DEES, DEASS et DEETS : publication le 28 novembre.
- Journée portes ouvertes le 10 janvier.
- Nouvelle formation CAFERUIS à la rentrée 2027.

Se désabonner : mailto:unsubscribe@lists.example.org""",
        newsletter(), headers={"List-Unsubscribe": "<mailto:unsubscribe@lists.example.org>"},
    )),
    # Feature: civic_schemes — kind — volontaire en service civique
    N("civic_schemes", "kind", "volontaire en service civique", M(
        "Maïwenn Etxeberria <maiwenn.etxe@unis-cite.example.org>", "Réponse automatique : Candidature Pro'pulse", "09 06:30",
        """Bonjour,

Je suis volontaire en service civique chez Unis-Cité et je ne consulte cette adresse que le mardi. Pour une question urgente, écrivez à l'équipe de coordination.

Maïwenn""",
        auto_reply(), headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: admin_dates — kind — délibération : 02/07/2026
    N("admin_dates", "kind", "délibération : 02/07/2026", M(
        "Mail Delivery System <MAILER-DAEMON@mx.example.net>", "Mail delivery failed: returning message to sender", "21 02:47",
        """Ce message a été généré automatiquement par le serveur de messagerie.

La distribution au destinataire suivant a échoué définitivement :

    scolarite-lp@iut-meaux.example.fr

----- Extrait du message d'origine -----
Objet : attestation LP - date de délibération : 02/07/2026""",
        bounce("scolarite-lp@iut-meaux.example.fr"),
        bounce="Reporting-MTA: dns; mx.example.net\n\nFinal-Recipient: rfc822; scolarite-lp@iut-meaux.example.fr\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 user unknown",
    )),
    # Feature: rncp_levels — kind — titre RNCP de niveau 5
    N("rncp_levels", "kind", "titre RNCP de niveau 5", M(
        "Campus Solidaire Formation <partenariats@campus-solidaire.example.com>", "Proposition de partenariat", "14 10:05",
        """Bonjour,

Organisme de formation certifié Qualiopi, nous préparons au titre RNCP de niveau 5 « Accompagnant de parcours d'insertion ». Nous aimerions présenter notre formation aux participants de Pro'pulse.

Bien cordialement,
Le service partenariats, Campus Solidaire Formation""",
        other(),
    )),
    # Feature: english_jargon — kind — my ECTS transcript
    N("english_jargon", "kind", "my ECTS transcript", M(
        "Emeka Vandermeer <emeka.vandermeer@example.org>", "Re: Your Pro'pulse application", "24 09:18",
        """Hello,

I have asked the university to send my ECTS transcript to you directly; it should arrive this week.

Emeka

> Could you send us a copy of your transcript?
> The Pro'pulse team""",
        reply(), headers={"In-Reply-To": "<b06.r1@animafac.net>", "References": "<b06.r1@animafac.net>"},
    )),
]
