"""Jargon corpus, batch 02: a session 2 awaited, a CQP, a DNMADE and a CAP AEPE, a DELD, a contrat pro and a
micro-entreprise, a POEI, the SNU and a VSI, a VAE and a CPF de transition, a GEIQ, promotions and juries."""
# ruff: noqa: E501

from __future__ import annotations

from jargon import N
from kit import CV, M, app, auto_reply, bounce, newsletter, other, question, reply

MESSAGES = [
    # Feature: ects_juries — studies_finished — délibération du jury de session 2 prévue le 4 décembre
    # ambiguous: every exam is sat, only the jury of the second session is still to sit: finished or not hangs on its result
    N("ects_juries", "studies_finished", "délibération du jury de session 2 prévue le 4 décembre", M(
        "Amine Tazi <amine.tazi@example.fr>", "candidature Pro'pulse", "01 09:41",
        """Bonjour,

Je suis en M2 Économie sociale et solidaire à Rennes 2. J'avais une UE ajournée (AJ) en juin, je l'ai repassée aux rattrapages le 18 novembre : délibération du jury de session 2 prévue le 4 décembre. Mon mémoire est soutenu et validé.

Je recherche un poste de chargé de développement dans une coopérative.

Amine Tazi
06 31 72 49 05""",
        app("Amine", "Tazi", phone="+33631724905", bac="*", grad=None, unknown=("studies_finished",), status="m2_session2_jury_4_decembre"),
    )),
    # Feature: rncp_levels — level — un CQP de la branche de l'animation
    # ambiguous: a CQP's level depends on the branch and the year it was registered; none is written
    N("rncp_levels", "level", "un CQP de la branche de l'animation", M(
        "Jordan Lefebvre <jordan.lefebvre@example.net>", "Pro'pulse", "02 12:05",
        """Bonjour,

J'ai un CQP de la branche de l'animation, obtenu en avril 2025, et je travaille depuis en accueil de loisirs. Je voudrais évoluer vers un poste de coordination dans une association d'éducation populaire.

Pas de stage ni de service civique en cours.

Jordan Lefebvre
07 22 58 31 64""",
        app("Jordan", "Lefebvre", phone="+33722583164", bac="*", grad="2025-04", unknown=("degree_level",), status="cqp_animation_niveau_inconnu"),
    )),
    # Feature: diploma_codes — level — DNMADE Graphisme
    N("diploma_codes", "level", "DNMADE Graphisme", M(
        "Zoé Kervella <zoe.kervella@example.com>", "Candidature - Zoé Kervella", "03 15:50",
        """Bonjour !

DNMADE Graphisme obtenu en juin 2025 à l'ENSAAMA. Je rêve d'un poste de graphiste dans une SCOP de communication ou un tiers-lieu associatif.

Mon portfolio est en ligne si besoin.

Zoé Kervella
06 64 03 87 19""",
        app("Zoé", "Kervella", phone="+33664038719", bac=3, grad="2025-06", status="dnmade_graphisme_scop"),
    )),
    # Feature: diploma_codes — level — CAP AEPE
    N("diploma_codes", "level", "CAP AEPE", M(
        "Fatou Ndiaye <fatou.ndiaye@example.fr>", "candidature", "04 18:02",
        """Bonjour,

J'ai obtenu mon CAP AEPE en juillet 2025 par la voie de la formation continue, et je travaille en micro-crèche associative. Je voudrais monter en responsabilité dans le secteur de la petite enfance associative.

Merci,
Fatou Ndiaye
07 85 16 40 23""",
        app("Fatou", "Ndiaye", phone="+33785164023", bac=0, grad="2025-07", failing=("degree_level",), status="cap_aepe_2025"),
    )),
    # Feature: job_schemes — graduation — licence AES (2022)
    N("job_schemes", "graduation", "licence AES (2022)", M(
        "Karim Bouzid <karim.bouzid@example.net>", "Candidature Pro'pulse", "05 10:33",
        """Bonjour,

Je suis DELD, inscrit en catégorie A depuis mars 2023, avec une licence AES (2022) de l'université d'Amiens. J'ai fait Prépa compétences l'an dernier et je vise un poste d'assistant administratif dans une association.

Karim Bouzid
06 47 95 28 10""",
        app("Karim", "Bouzid", phone="+33647952810", bac=3, grad="2022", failing=("graduation_recent",), status="deld_licence_aes_2022"),
    )),
    # Feature: contracts — studies_finished — contrat de professionnalisation terminé le 31/08/2025
    N("contracts", "studies_finished", "contrat de professionnalisation terminé le 31/08/2025", M(
        "Océane Brunet <oceane.brunet@example.org>", "Pro'pulse - candidature Océane Brunet", "06 11:19",
        """Bonjour,

Titulaire du BUT GEA (IUT de Annecy), préparé en contrat de professionnalisation terminé le 31/08/2025, diplôme en poche. Je ne suis plus étudiante depuis.

J'aimerais devenir assistante de gestion dans une mutuelle ou une SCIC.

Océane Brunet
07 93 27 05 61""",
        app("Océane", "Brunet", phone="+33793270561", bac=3, grad="2025", status="but_gea_contrat_pro_termine"),
    )),
    # Feature: contracts — career_change — micro-entrepreneur (photographe) de 2014 à 2023
    N("contracts", "career_change", "micro-entrepreneur (photographe) de 2014 à 2023", M(
        "Pierre-Yves Ollivier <py.ollivier@example.com>", "Candidature Pro'pulse", "07 14:47",
        """Bonjour,

Après avoir été micro-entrepreneur (photographe) de 2014 à 2023, j'ai repris mes études : master Management de projets culturels, obtenu en septembre 2025.

Je veux maintenant travailler dans une association de diffusion culturelle en milieu rural.

Pierre-Yves Ollivier
06 02 84 63 57""",
        app("Pierre-Yves", "Ollivier", phone="+33602846357", bac=5, grad="2025-09", failing=("not_career_change",), info_in="both", status="micro_entrepreneur_photo_neuf_ans"),
        cv=CV("docx", "CV_PY_Ollivier.docx", """Pierre-Yves Ollivier - photographe, chef de projet culturel
2023-2025 : Master Management de projets culturels, Université de Bourgogne (diplômé septembre 2025)
2014-2023 : photographe indépendant (micro-entreprise, SIRET actif jusqu'en 2023) - reportages, mariages, commandes de collectivités
2012 : Licence Arts plastiques, Université de Rennes 2
Permis B"""),
    )),
    # Feature: immersions — situation — en POEI
    # ambiguous: a POEI is a jobseeker's training before a hiring, with time in the firm: not a student's stage, and not a job yet
    N("immersions", "situation", "en POEI", M(
        "Naïma Cherif <naima.cherif@example.fr>", "Candidature programme Pro'pulse", "08 09:12",
        """Bonjour,

Licence Sciences sanitaires et sociales (Université de Lille, juin 2025). Je suis en ce moment en POEI (400 heures, dont 3 semaines en entreprise) en vue d'une embauche dans une entreprise adaptée.

Je cherche à rester dans le secteur du handicap associatif.

Naïma Cherif
07 41 66 92 08""",
        app("Naïma", "Cherif", phone="+33741669208", bac=3, grad="2025-06", unknown=("not_internship",), status="licence_poei_en_cours"),
    )),
    # Feature: immersions — situation — my end-of-studies internship (stage de fin d'études) ended on 29 August 2025
    N("immersions", "situation", "my end-of-studies internship (stage de fin d'études) ended on 29 August 2025", M(
        "Gabriela Souza <gabriela.souza@example.com>", "Pro'pulse application", "09 17:26",
        """Hello,

I'm Brazilian and I completed a Master 2 in Sustainable Development at Université Paris-Saclay; my end-of-studies internship (stage de fin d'études) ended on 29 August 2025 and my degree was validated in September 2025.

I would like to work in a tiers-lieu or a cooperative focused on the circular economy.

Gabriela Souza
+33 6 71 09 38 24""",
        app("Gabriela", "Souza", phone="+33671093824", bac=5, grad="2025-09", status="en_stage_fin_etudes_termine", language="en"),
    )),
    # Feature: civic_schemes — situation — SNU (séjour de cohésion en 2019)
    N("civic_schemes", "situation", "SNU (séjour de cohésion en 2019)", M(
        "Élise Fontaine <elise.fontaine@example.net>", "Candidature Pro'pulse", "10 08:58",
        """Bonjour,

Je candidate avec un DUT Carrières sociales (2025) puis une licence pro Coordination de projets de développement social (juin 2026). Côté engagement : SNU (séjour de cohésion en 2019), bénévolat aux Restos du cœur.

Je cherche un poste d'animatrice de quartier en centre social associatif.

Élise Fontaine
06 36 51 77 40""",
        app("Élise", "Fontaine", phone="+33636517740", bac=3, grad="2026-06", status="lp_snu_2019"),
    )),
    # Feature: civic_schemes — situation — en VSI
    # ambiguous: a VSI is a volunteering of international solidarity, a cousin of the service civique, not it
    N("civic_schemes", "situation", "en VSI", M(
        "Thibault Marchal <thibault.marchal@example.org>", "Candidature depuis Phnom Penh", "11 06:30",
        """Bonjour,

Je suis en VSI à Phnom Penh avec la DCC jusqu'en juillet 2027, sur un projet de formation d'enseignants. Master Géographie (Paris 1), 2025.

Je candidate dès maintenant car je voudrais travailler ensuite dans une ONG ou une association de solidarité internationale en France.

Thibault Marchal
+855 17 482 913""",
        app("Thibault", "Marchal", phone="+85517482913", bac=5, grad="2025", unknown=("not_service_civique",), status="vsi_cambodge_2027"),
    )),
    # Feature: transitions — career_change — DEJEPS obtenu par VAE
    # ambiguous: a VAE certifies years of the same trade as the aim: a career in that field, not a change of it
    N("transitions", "career_change", "DEJEPS obtenu par VAE", M(
        "Samia Aït-Ahmed <samia.aitahmed@example.fr>", "Candidature", "12 13:14",
        """Bonjour,

Animatrice depuis neuf ans dans des accueils de loisirs, j'ai un DEJEPS obtenu par VAE en mai 2025. Je souhaite devenir coordinatrice dans une fédération d'éducation populaire.

Samia Aït-Ahmed
06 75 32 04 89""",
        app("Samia", "Aït-Ahmed", phone="+33675320489", bac=2, grad="2025-05", unknown=("not_career_change",), status="dejeps_vae_neuf_ans_animation"),
    )),
    # Feature: transitions — career_change — CPF de transition
    N("transitions", "career_change", "CPF de transition", M(
        "Olivier Dumas <olivier.dumas@example.com>", "Pro'pulse - candidature reconversion", "13 10:40",
        """Bonjour,

Chef de rayon en grande distribution pendant 11 ans, j'ai obtenu un BTS ESF en juin 2025 grâce à un CPF de transition. Je cherche un poste de conseiller en économie sociale familiale dans une association.

Olivier Dumas
07 58 43 16 92""",
        app("Olivier", "Dumas", phone="+33758431692", bac=2, grad="2025-06", failing=("not_career_change",), status="bts_esf_cpf_transition_onze_ans"),
    )),
    # Feature: ess_structures — aim — un GEIQ ou une EA
    N("ess_structures", "aim", "un GEIQ ou une EA", M(
        "Rayan Saidi <rayan.saidi@example.net>", "candidature Pro'pulse", "14 16:08",
        """Bonjour,

BTS Support à l'action managériale, juin 2025. Je voudrais devenir chargé de recrutement dans un GEIQ ou une EA, là où l'emploi sert aussi à insérer.

Rayan Saidi
06 93 18 52 74""",
        app("Rayan", "Saidi", phone="+33693185274", bac=2, grad="2025-06", status="bts_sam_geiq_ea"),
    )),
    # Feature: adviser_referral — level — niveau 6 (LP Intervention sociale)
    N("adviser_referral", "level", "niveau 6 (LP Intervention sociale)", M(
        "Agnès Rolland - Cap emploi 44 <a.rolland@capemploi44.example.org>", "Orientation d'une candidate - RQTH", "16 10:02",
        """Bonjour,

Je vous oriente Mme Soraya BENALI, accompagnée par Cap emploi, bénéficiaire de la RQTH.
Niveau de qualification : niveau 6 (LP Intervention sociale), Nantes Université, juin 2025.
Coordonnées : 07 14 80 26 93 - soraya.benali@example.fr
Projet : chargée d'accueil et d'orientation dans une association ou une mutuelle.
Pas d'aménagement particulier pour l'entretien en visio.

Cordialement,
Agnès Rolland
Chargée de mission Cap emploi""",
        app("Soraya", "Benali", phone="+33714802693", bac=3, grad="2025-06", email="soraya.benali@example.fr", forwarded_by="a.rolland@capemploi44.example.org", status="cap_emploi_rqth_lp_niveau6"),
    )),
    # Feature: admin_dates — graduation — promotion 2022-2023
    N("admin_dates", "graduation", "promotion 2022-2023", M(
        "Victor Caron <victor.caron@example.org>", "Candidature Pro'pulse", "17 11:11",
        """Bonjour,

Diplômé du master Politiques sociales et territoires (Sciences Po Bordeaux, promotion 2022-2023), je travaille depuis en CDD dans des collectivités. Je souhaite rejoindre une association de lutte contre la précarité.

Victor Caron
06 11 57 39 82""",
        app("Victor", "Caron", phone="+33611573982", bac=5, grad="2023", failing=("graduation_recent",), status="promotion_2022_2023"),
    )),
    # Feature: admin_dates — graduation — date de délibération : 08/07/2025
    N("admin_dates", "graduation", "date de délibération : 08/07/2025", M(
        "Hélène Girard <helene.girard@example.com>", "Candidature Pro'pulse - Hélène Girard", "18 15:36",
        """Bonjour,

Ci-dessous les informations de mon relevé :
Diplôme : Master Ingénierie de la formation
Date de délibération : 08/07/2025
Remise des diplômes : 15/11/2025 (cérémonie)

Je cherche un poste de responsable pédagogique dans un organisme de formation associatif ou une SCOP.

Hélène Girard
07 09 63 48 15""",
        app("Hélène", "Girard", phone="+33709634815", bac=5, grad="2025-07", status="deliberation_08_07_ceremonie_novembre"),
    )),
    # Feature: english_jargon — aim — a work integration social enterprise
    N("english_jargon", "aim", "a work integration social enterprise", M(
        "Aisha Rahman <aisha.rahman@example.net>", "Application to Pro'pulse", "19 09:23",
        """Dear team,

I completed an MSc in Development Economics (SOAS, London, September 2025, 90 ECTS) and I now live in Marseille. My goal is a job in a work integration social enterprise - what you call an SIAE, I believe.

Kind regards,
Aisha Rahman
+33 7 27 61 94 30""",
        app("Aisha", "Rahman", phone="+33727619430", bac=5, grad="2025-09", status="en_msc_soas_wise", language="en"),
    )),
    # Feature: english_jargon — studies_finished — Erasmus+ traineeship until March, the last part of my master's
    N("english_jargon", "studies_finished", "Erasmus+ traineeship until March, the last part of my master's", M(
        "Jakub Horák <jakub.horak@example.org>", "Pro'pulse - Jakub Horak", "20 18:44",
        """Hello,

I'm Czech and currently on an Erasmus+ traineeship until March, the last part of my master's in Social Policy (Masaryk University), in a Lyon association. I'd love to continue in the French social economy afterwards.

Jakub Horák
+420 603 482 175""",
        app("Jakub", "Horák", phone="+420603482175", bac="*", grad=None, failing=("studies_finished", "not_internship"), status="en_erasmus_traineeship_mars", language="en"),
    )),
    # Feature: ects_juries — kind — étudiant AJAC
    N("ects_juries", "kind", "étudiant AJAC", M(
        "m.leclerc@example.fr", "Question : AJAC et Pro'pulse", "21 10:00",
        """Bonjour,

Un étudiant AJAC, ou qui a encore une UE en dette, peut-il candidater, ou faut-il attendre la délibération finale ?

Merci d'avance.""",
        question(),
    )),
    # Feature: rncp_levels — kind — attestation de titre RNCP
    N("rncp_levels", "kind", "attestation de titre RNCP", M(
        "Mail Delivery System <MAILER-DAEMON@mx.example.net>", "Mail delivery failed: returning message to sender", "21 23:41",
        """Ce message n'a pas pu être délivré.

Destinataire : certification@organisme-formation.example.org
Objet du message d'origine : Demande d'attestation de titre RNCP pour votre dossier Pro'pulse

Erreur permanente : adresse inconnue.""",
        bounce("certification@organisme-formation.example.org"),
        bounce="Reporting-MTA: dns; mx.example.net\n\nFinal-Recipient: rfc822; certification@organisme-formation.example.org\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 user unknown",
    )),
    # Feature: job_schemes — kind — jeunes en CEJ
    N("job_schemes", "kind", "jeunes en CEJ", M(
        "Mission locale Val de Garonne <infos@ml-valdegaronne.example.fr>", "Infos partenaires - décembre", "22 07:30",
        """INFOS PARTENAIRES - MISSION LOCALE VAL DE GARONNE

- 312 jeunes en CEJ cette année, dont 40 % sortis en emploi durable.
- Nouveau : ateliers PACEA le jeudi matin.
- Forum « Métiers de l'ESS » le 9 décembre avec la CRESS.

Pour ne plus recevoir cette lettre : lien de désinscription""",
        newsletter(),
        headers={"List-Unsubscribe": "<mailto:unsubscribe@lists.example.org>"},
    )),
    # Feature: adviser_referral — kind — référente RSA
    N("adviser_referral", "kind", "référente RSA", M(
        "Christelle Jacob <c.jacob@ccas-saintdenis.example.fr>", "Réponse automatique : Candidature orientée par le CCAS", "23 09:05",
        """Bonjour,

Je suis en congé jusqu'au 1er décembre. Pour les orientations urgentes, merci d'écrire à ma collègue référente RSA, Mme Da Silva.

Christelle Jacob
CCAS de Saint-Denis""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: ess_structures — kind — notre SCOP
    N("ess_structures", "kind", "notre SCOP", M(
        "Coop'Bâtir <bonjour@coopbatir.example.com>", "Proposition : présenter nos métiers aux participants", "24 14:20",
        """Bonjour,

Notre SCOP de rénovation énergétique (32 associés salariés) cherche à faire connaître ses métiers auprès des jeunes diplômés. Nous pourrions animer un atelier « travailler en coopérative » lors d'une session Pro'pulse.

Belle journée,
Gaëlle Roux, cogérante""",
        other(),
    )),
    # Feature: english_jargon — kind — EQF level 7
    N("english_jargon", "kind", "EQF level 7", M(
        "Priya Venkatesan <priya.venkatesan@example.com>", "Re: Your application - level of your degree", "25 12:12",
        """Hi,

Yes, the diploma supplement says EQF level 7, 120 ECTS. I'll send the scan tonight.

Priya

> Hello Priya, could you tell us the level of your degree as written on your diploma supplement?
> The Pro'pulse team""",
        reply(),
        headers={"In-Reply-To": "<app.0311@animafac.net>", "References": "<app.0311@animafac.net>"},
    )),
]
