"""Jargon corpus, batch 03: a diploma «en cours d'édition», 240 ECTS, niveau III and niveau 4, a DU, the
APEC and the CEJ, a CDDI and ten years of intérim, an EMT and a période d'application, a volontariat under the ASC's agrément,
a resignation for a new trade, régie de quartier and RSE, PACEA, a diploma «délivré le», a charity."""
# ruff: noqa: E501

from __future__ import annotations

from jargon import N
from kit import CV, M, app, auto_reply, bounce, newsletter, other, question, reply

MESSAGES = [
    # Feature: ects_juries — studies_finished — diplôme en cours d'édition
    N("ects_juries", "studies_finished", "diplôme en cours d'édition", M(
        "Margaux Delorme <margaux.delorme@example.com>", "Candidature Pro'pulse", "01 14:22",
        """Bonjour,

Master Sciences politiques parcours ESS, Université Grenoble Alpes : résultat ADM au jury du 10 juillet 2025, diplôme en cours d'édition (j'ai l'attestation de réussite en attendant).

Je cherche un poste de chargée de plaidoyer dans une fédération associative.

Margaux Delorme
06 24 90 17 53""",
        app("Margaux", "Delorme", phone="+33624901753", bac=5, grad="2025-07", status="master_adm_diplome_en_edition"),
    )),
    # Feature: ects_juries — level — Grado en Trabajo Social (240 ECTS)
    N("ects_juries", "level", "Grado en Trabajo Social (240 ECTS)", M(
        "Lucía Navarro Ortega <lucia.navarro@example.org>", "Candidature Pro'pulse - Lucía Navarro", "02 09:48",
        """Bonjour,

Je suis espagnole, installée à Toulouse. J'ai un Grado en Trabajo Social (240 ECTS) de l'Universidad de Zaragoza, obtenu en juin 2025, et mon CV est en pièce jointe.

Je cherche un emploi dans une association d'accueil de personnes migrantes ou dans un CHRS associatif.

Lucía Navarro Ortega
07 36 18 92 45""",
        app("Lucía", "Navarro Ortega", phone="+33736189245", bac=4, grad="2025-06", info_in="both", status="grado_240_ects_zaragoza"),
        cv=CV("odt", "CV_Lucia_Navarro.odt", """Lucía Navarro Ortega - Toulouse - 07 36 18 92 45
Grado en Trabajo Social, Universidad de Zaragoza (240 ECTS), 2021-2025
Prácticas (stage) : Cáritas Zaragoza, février-mai 2025
Langues : espagnol (maternelle), français C1, anglais B2
Bénévolat : Cimade Toulouse depuis septembre 2025"""),
    )),
    # Feature: rncp_levels — level — titre Assistant de direction de niveau III
    N("rncp_levels", "level", "titre Assistant de direction de niveau III", M(
        "Jessica Moreau <jessica.moreau@example.fr>", "Candidature", "03 11:05",
        """Bonjour,

Je viens d'obtenir (octobre 2025) le titre Assistant de direction de niveau III, préparé en formation continue. Je souhaite être assistante de direction dans une mutuelle ou une SCOP.

Jessica Moreau
07 52 04 69 31""",
        app("Jessica", "Moreau", phone="+33752046931", bac=2, grad="2025-10", status="titre_niveau_iii_octobre_2025"),
    )),
    # Feature: rncp_levels — level — titre professionnel Secrétaire assistant (niveau 4)
    N("rncp_levels", "level", "titre professionnel Secrétaire assistant (niveau 4)", M(
        "Brahim Toumi <brahim.toumi@example.net>", "candidature Pro'pulse", "04 16:39",
        """Bonjour,

J'ai le titre professionnel Secrétaire assistant (niveau 4) depuis février 2026. Je voudrais travailler au secrétariat d'une association d'aide à domicile.

Brahim Toumi
06 81 45 20 97""",
        app("Brahim", "Toumi", phone="+33681452097", bac=0, grad="2026-02", failing=("degree_level",), status="titre_pro_secretaire_niveau_4"),
    )),
    # Feature: diploma_codes — level — DU Création d'activité en ESS
    # ambiguous: a DU has no national level, and no other diploma is named
    N("diploma_codes", "level", "DU Création d'activité en ESS", M(
        "Killian Le Goff <killian.legoff@example.com>", "Pro'pulse", "05 10:10",
        """Bonjour,

Titulaire d'un DU Création d'activité en ESS (Université de Bretagne Occidentale, juin 2025), je voudrais rejoindre une coopérative d'activité et d'emploi (CAE) pour lancer une activité de réparation de vélos.

Killian Le Goff
07 63 28 51 06""",
        app("Killian", "Le Goff", phone="+33763285106", bac="*", grad="2025-06", unknown=("degree_level",), status="du_entrepreneuriat_social_cae"),
    )),
    # Feature: job_schemes — aim — accompagnée par l'APEC, ouverte à tous les secteurs
    # ambiguous: an APEC follow-up says she searches, not where: «tous les secteurs» neither names nor excludes the ESS
    N("job_schemes", "aim", "accompagnée par l'APEC, ouverte à tous les secteurs", M(
        "Camille Royer <camille.royer@example.fr>", "Candidature Pro'pulse - contrôle de gestion", "06 09:34",
        """Bonjour,

Master CCA (IAE de Caen, septembre 2025). Je suis accompagnée par l'APEC, ouverte à tous les secteurs, sur des postes de contrôleuse de gestion.

Camille Royer
06 57 13 84 26""",
        app("Camille", "Royer", phone="+33657138426", bac=5, grad="2025-09", unknown=("job_seeking_ess",), status="master_cca_apec_tous_secteurs"),
    )),
    # Feature: job_schemes — graduation — fin de formation initiale en juillet 2025
    N("job_schemes", "graduation", "fin de formation initiale en juillet 2025", M(
        "Ibrahima Sow <ibrahima.sow@example.net>", "candidature", "07 15:58",
        """Bonjour,

Je suis en CEJ à la Mission locale de Villeurbanne. Sur mon dossier : « fin de formation initiale en juillet 2025 », avec un BTS Gestion de la PME. Ma conseillère m'a parlé de Pro'pulse : je veux travailler dans l'économie sociale, par exemple la gestion d'une association.

Ibrahima Sow
07 04 39 86 12""",
        app("Ibrahima", "Sow", phone="+33704398612", bac=2, grad="2025-07", status="cej_fin_formation_initiale_juillet_2025"),
    )),
    # Feature: contracts — situation — en CDDI dans un ACI
    N("contracts", "situation", "en CDDI dans un ACI", M(
        "Moussa Keïta <moussa.keita@example.org>", "candidature Pro'pulse", "08 08:15",
        """Bonjour,

Licence de géographie (Paris 8, juin 2025). Depuis septembre je suis salarié en CDDI dans un ACI de recyclage de textiles, 26 heures par semaine. Je voudrais devenir encadrant technique ou chargé d'insertion dans l'IAE.

Moussa Keïta
06 26 70 53 88""",
        app("Moussa", "Keïta", phone="+33626705388", bac=3, grad="2025-06", status="licence_cddi_aci"),
    )),
    # Feature: contracts — career_change — dix ans d'intérim en logistique
    N("contracts", "career_change", "dix ans d'intérim en logistique", M(
        "David Lopes <david.lopes@example.com>", "Candidature Pro'pulse - reconversion", "09 13:27",
        """Bonjour,

Après dix ans d'intérim en logistique (cariste, chef d'équipe), j'ai repris une formation et obtenu un BTS Gestion de la PME en juin 2025. Je veux travailler dans une ressourcerie ou une recyclerie.

David Lopes
07 47 86 02 59""",
        app("David", "Lopes", phone="+33747860259", bac=2, grad="2025-06", failing=("not_career_change",), status="dix_ans_interim_bts_2025"),
    )),
    # Feature: immersions — situation — an EMT (a two-week work trial)
    # ambiguous: an EMT is a jobseeker's short trial in a workplace, not a student's internship
    N("immersions", "situation", "an EMT (a two-week work trial)", M(
        "Farzana Hakimi <farzana.hakimi@example.net>", "Pro'pulse application - Farzana Hakimi", "10 10:52",
        """Hello,

I am from Afghanistan, refugee in France since 2021. I completed a Licence in Economics (180 ECTS) at Université de Strasbourg in June 2025. Right now I am doing an EMT (a two-week work trial) at a ressourcerie, organised by my France Travail adviser.

I want to work in a non-profit that helps women find work.

Farzana Hakimi
07 18 25 60 94""",
        app("Farzana", "Hakimi", phone="+33718256094", bac=3, grad="2025-06", unknown=("not_internship",), status="en_emt_ressourcerie", language="en"),
    )),
    # Feature: immersions — situation — période d'application en entreprise jusqu'au 18 décembre
    N("immersions", "situation", "période d'application en entreprise jusqu'au 18 décembre", M(
        "Yasmine Benali-Roux <yasmine.benaliroux@example.fr>", "Candidature", "11 17:03",
        """Bonjour,

Je suis en formation pour le titre professionnel Conseiller en insertion professionnelle, en période d'application en entreprise jusqu'au 18 décembre dans une association intermédiaire. Le jury final est en janvier.

J'ai aussi une licence de psychologie (2024).

Yasmine Benali-Roux
06 39 17 48 20""",
        app("Yasmine", "Benali-Roux", phone="+33639174820", bac=3, grad="2024", failing=("not_internship", "studies_finished"), unknown=("graduation_recent",), status="titre_cip_pae_decembre"),
    )),
    # Feature: civic_schemes — situation — volontaire sous agrément de l'Agence du service civique
    N("civic_schemes", "situation", "volontaire sous agrément de l'Agence du service civique", M(
        "Baptiste Renaud <baptiste.renaud@example.org>", "Pro'pulse : candidature", "12 12:30",
        """Bonjour,

DUT Information-communication (2025). Je suis en ce moment volontaire sous agrément de l'Agence du service civique, 24 h par semaine, dans un festival associatif, jusqu'en avril.

J'aimerais ensuite être chargé de communication dans une association culturelle.

Baptiste Renaud
07 91 62 38 04""",
        app("Baptiste", "Renaud", phone="+33791623804", bac=2, grad="2025", failing=("not_service_civique",), status="volontaire_agrement_asc_avril"),
    )),
    # Feature: transitions — career_change — démission pour reconversion
    N("transitions", "career_change", "démission pour reconversion", M(
        "Nadège Carpentier <nadege.carpentier@example.com>", "candidature Pro'pulse - Nadège Carpentier", "13 19:40",
        """Bonjour,

Comptable pendant sept ans en cabinet, j'ai posé une démission pour reconversion validée par la commission de Transitions Pro, puis obtenu un master ESS en septembre 2025.

Je souhaite devenir responsable administrative et financière d'une association. Mon CV est joint.

Nadège Carpentier
06 70 28 95 13""",
        app("Nadège", "Carpentier", phone="+33670289513", bac=5, grad="2025-09", failing=("not_career_change",), info_in="both", status="demission_reconversion_comptable"),
        cv=CV("docx", "CV_Nadege_Carpentier.docx", """Nadège Carpentier
Formation : Master Économie sociale et solidaire, Université de Reims (2024-2025)
Expérience : 2016-2023 comptable, cabinet Fiducial-Est (CDI)
2014 : DCG
Compétences : paie, clôture, budget associatif"""),
    )),
    # Feature: ess_structures — aim — une régie de quartier ou une AI
    N("ess_structures", "aim", "une régie de quartier ou une AI", M(
        "Sofiane Meziane <sofiane.meziane@example.net>", "Candidature Pro'pulse", "14 09:09",
        """Bonjour,

Licence AES (Université d'Évry, juin 2025). J'ai grandi dans un quartier où la régie faisait tout : je veux travailler dans une régie de quartier ou une AI, comme chargé de mission insertion.

Sofiane Meziane
06 48 31 70 65""",
        app("Sofiane", "Meziane", phone="+33648317065", bac=3, grad="2025-06", status="licence_aes_regie_quartier"),
    )),
    # Feature: ess_structures — aim — la direction RSE d'un groupe du luxe ou de l'énergie
    N("ess_structures", "aim", "la direction RSE d'un groupe du luxe ou de l'énergie", M(
        "Constance de Valmont <constance.devalmont@example.fr>", "Candidature", "15 11:45",
        """Bonjour,

Diplômée de NEOMA (MSc Sustainability, juin 2025), je souhaite intégrer la direction RSE d'un groupe du luxe ou de l'énergie.

Constance de Valmont
07 26 94 13 58""",
        app("Constance", "de Valmont", phone="+33726941358", bac=5, grad="2025-06", failing=("job_seeking_ess",), status="msc_rse_grand_groupe"),
    )),
    # Feature: adviser_referral — graduation — sorti de formation initiale en 2024
    # ambiguous: «en 2024» without a month: the BTS may be 24 months old or less
    N("adviser_referral", "graduation", "sorti de formation initiale en 2024", M(
        "Julien Marceau - Mission locale Sud Essonne <j.marceau@ml-sudessonne.example.fr>", "Orientation vers Pro'pulse - jeune en PACEA", "16 14:48",
        """Bonjour,

Je vous oriente Kylian DOS SANTOS, 22 ans, suivi en PACEA, sorti de formation initiale en 2024 avec un BTS NDRC. Résident QPV, mobile (permis B).
Il souhaite travailler dans une structure de l'ESS, dans la vente solidaire ou la distribution alimentaire.
Contact : 06 03 77 41 28 (pas d'adresse mail pour l'instant).

Julien Marceau
Conseiller Mission locale""",
        app("Kylian", "Dos Santos", phone="+33603774128", bac=2, grad="2024", email=None, unknown=("graduation_recent",), forwarded_by="j.marceau@ml-sudessonne.example.fr", status="ml_pacea_bts_ndrc_2024"),
    )),
    # Feature: admin_dates — graduation — diplôme délivré le 12/12/2024
    N("admin_dates", "graduation", "diplôme délivré le 12/12/2024", M(
        "Anaïs Petitjean <anais.petitjean@example.org>", "Pro'pulse - candidature", "17 10:26",
        """Bonjour,

DEASS, diplôme délivré le 12/12/2024 par la DREETS (j'avais soutenu en juin 2024 mais le jury a rendu sa décision à la session de décembre). Je cherche un poste d'assistante sociale dans une association.

Anaïs Petitjean
06 85 09 32 47""",
        app("Anaïs", "Petitjean", phone="+33685093247", bac=3, grad="2024-12", status="deass_delivre_12_12_2024"),
    )),
    # Feature: english_jargon — aim — a registered charity
    N("english_jargon", "aim", "a registered charity", M(
        "Eilidh MacLeod <eilidh.macleod@example.com>", "Application: Pro'pulse", "18 20:14",
        """Hello there,

I finished my MA (Hons) in Social Policy at Edinburgh in June 2025 (a four-year Scottish degree, EQF level 6) and moved to Bordeaux with my partner. I'm looking for a job at an association, which I understand is roughly a registered charity in the UK sense.

All the best,
Eilidh MacLeod
+33 6 92 47 15 03""",
        app("Eilidh", "MacLeod", phone="+33692471503", bac=3, grad="2025-06", status="en_ma_hons_edinburgh_charity", language="en"),
    )),
    # Feature: english_jargon — career_change — a four-year apprenticeship as an electrician, then six years on site
    N("english_jargon", "career_change", "a four-year apprenticeship as an electrician, then six years on site", M(
        "Darragh Byrne <darragh.byrne@example.net>", "Pro'pulse - application from Darragh", "19 08:37",
        """Hi,

Irish, 33. I did a four-year apprenticeship as an electrician, then six years on site, before going back to college: BA in Community Development (Maynooth, 2025, EQF 6). I now live in Lille and want to work in a cooperative doing energy retrofits.

Darragh Byrne
+353 87 214 6639""",
        app("Darragh", "Byrne", phone="+353872146639", bac=3, grad="2025", failing=("not_career_change",), status="en_electricien_ba_maynooth", language="en"),
    )),
    # Feature: transitions — kind — PTP et CPF de transition
    N("transitions", "kind", "PTP et CPF de transition", M(
        "Transitions Pro Occitanie <newsletter@transitionspro-occ.example.org>", "Webinaire : financer sa reconversion", "20 07:45",
        """Transitions Pro Occitanie - la lettre

Webinaire du 10 décembre : PTP et CPF de transition, qui peut en bénéficier, comment déposer son dossier. Présentation du CEP et du dispositif Transco.

Pour vous désabonner, cliquez ici.""",
        newsletter(),
        headers={"List-Unsubscribe": "<mailto:unsubscribe@lists.example.org>"},
    )),
    # Feature: adviser_referral — kind — jeunes NEET suivis en CEJ
    N("adviser_referral", "kind", "jeunes NEET suivis en CEJ", M(
        "Éva Laurent - E2C Montbéliard <e.laurent@e2c-montbeliard.example.org>", "Calendrier des prochaines sessions ?", "21 11:20",
        """Bonjour,

Nous accompagnons plusieurs jeunes NEET suivis en CEJ, certains titulaires d'un BTS. Pourriez-vous nous transmettre le calendrier des prochaines sessions pour que nous puissions préparer des orientations ?

Éva Laurent
Formatrice référente, École de la 2e chance""",
        other(),
    )),
    # Feature: admin_dates — kind — la promotion 2024
    N("admin_dates", "kind", "la promotion 2024", M(
        "jb.michaud@example.com", "Question sur les dates de diplôme", "22 15:00",
        """Bonjour,

Les diplômés de la promotion 2024 peuvent-ils encore candidater, ou la limite des 24 mois se compte-t-elle à partir de la date de délibération ?

Merci""",
        question(),
    )),
    # Feature: civic_schemes — kind — en mission de service civique
    N("civic_schemes", "kind", "en mission de service civique", M(
        "Lou Garnier <lou.garnier@example.fr>", "Réponse automatique : Re: Votre inscription à la réunion", "23 09:15",
        """Bonjour,

Je suis en mission de service civique à l'extérieur et ne consulte pas mes mails en journée. Je vous répondrai ce soir.

Lou""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: diploma_codes — kind — DECESF
    N("diploma_codes", "kind", "DECESF", M(
        "Mail Delivery System <MAILER-DAEMON@mx.example.net>", "Delivery Status Notification (Failure)", "24 02:05",
        """Entrega fallida / Delivery failed.

Su mensaje «Votre candidature à Pro'pulse - DECESF» no pudo entregarse a candidata.decesf@correo.example.net: el buzón no existe.""",
        bounce("candidata.decesf@correo.example.net"),
        bounce="Reporting-MTA: dns; mx.example.net\n\nFinal-Recipient: rfc822; candidata.decesf@correo.example.net\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 user unknown",
    )),
    # Feature: ects_juries — kind — ADM
    N("ects_juries", "kind", "ADM", M(
        "Clément Fabre <clement.fabre@example.net>", "Re: Votre relevé de notes", "25 18:30",
        """Bonjour,

Oui, « ADM » veut bien dire admis : le jury m'a déclaré admis en M2. Je vous envoie le relevé officiel dès que la scolarité me l'envoie.

Clément

> Bonjour Clément, sur votre relevé nous lisons « ADM » à côté du M2 : pouvez-vous nous confirmer qu'il s'agit du résultat final ?
> L'équipe Pro'pulse""",
        reply(),
        headers={"In-Reply-To": "<releve.0417@animafac.net>", "References": "<releve.0417@animafac.net>"},
    )),
]
