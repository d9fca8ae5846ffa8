"""Jargon corpus, batch 05: juries and ECTS, RNCP levels, France Travail categories, PMSMP, VSC and VSI, PTP."""
# ruff: noqa: E501

from __future__ import annotations

from jargon import N
from kit import CV, M, app, auto_reply, bounce, newsletter, other, question, reply

MESSAGES = [
    # Feature: ects_juries — studies_finished — AJAC en troisième année
    # ambiguous: no diploma above the bac is named, though two years of licence are nearly validated: the level is open
    N("ects_juries", "studies_finished", "AJAC en troisième année", M(
        "Ophélie Randriamampionona <ophelie.randria@example.org>", "Candidature Pro'pulse - L3 AES", "02 08:47",
        """Bonjour,

Je souhaite candidater au programme Pro'pulse. Je suis AJAC en troisième année de licence AES à l'université de Poitiers : j'ai 108 ECTS validés sur les 120 de L1-L2 : il me reste deux UE de L2 en dette (statistiques et droit du travail), que je repasse au semestre de printemps en même temps que ma L3.

Je cherche à travailler dans une association d'éducation populaire ou une coopérative.

Ophélie Randriamampionona
07 85 14 22 61""",
        app("Ophélie", "Randriamampionona", phone="+33785142261", bac="*", grad=None,
            failing=("studies_finished",), unknown=("degree_level",), status="b_ajac_l3_ue_en_dette"),
    )),
    # Feature: ects_juries — graduation — délibération du jury du 03/07/2025
    N("ects_juries", "graduation", "délibération du jury du 03/07/2025", M(
        "Tancrède Obiang-Ndong <t.obiangndong@example.com>", "Pro'pulse : candidature", "03 14:05",
        """Madame, Monsieur,

Titulaire du master 2 Économie sociale et solidaire de l'université Lumière Lyon 2 (mention ADM, délibération du jury du 03/07/2025), je candidate au programme Pro'pulse.

Mon attestation de réussite est jointe ; le diplôme lui-même est encore en cours d'édition par la scolarité.

Je cherche un premier poste dans une SCOP ou une CAE, idéalement dans l'accompagnement de porteurs de projets.

Bien cordialement,
Tancrède Obiang-Ndong
07 85 30 47 12""",
        app("Tancrède", "Obiang-Ndong", phone="+33785304712", bac=5, grad="2025-07", status="b_adm_jury_03_07_2025"),
    )),
    # Feature: rncp_levels — level — titre RNCP niveau 6
    N("rncp_levels", "level", "titre RNCP niveau 6", M(
        "Maëlys Kouyaté-Le Gall <maelys.klg@example.net>", "candidature", "04 19:32",
        """Bonjour l'équipe Pro'pulse,

J'ai obtenu en juin 2026 le titre RNCP niveau 6 « Chargé de projet en économie sociale et solidaire » (IRTS de Bretagne, jury du 19 juin).

Je cherche un poste de chargée de mission dans une association loi 1901 ou un tiers-lieu associatif sur Rennes ou Brest. Pas de stage en cours, pas de service civique.

Maëlys Kouyaté-Le Gall
07.85.61.03.98""",
        app("Maëlys", "Kouyaté-Le Gall", phone="+33785610398", bac=3, grad="2026-06", status="b_titre_rncp_niveau_6_juin_2026"),
    )),
    # Feature: rncp_levels — level — titre professionnel de niveau IV
    N("rncp_levels", "level", "titre professionnel de niveau IV", M(
        "Dragan Petrović-Mbaye <dragan.pm@example.org>", "Candidature programme", "05 10:18",
        """Bonjour,

Je vous écris pour le programme Pro'pulse. J'ai validé en octobre 2025 un titre professionnel de niveau IV (Technicien d'accueil touristique) à l'AFPA de Marseille.

Je voudrais travailler dans une régie de quartier ou une association d'insertion.

Merci de votre retour,
Dragan Petrović-Mbaye
07 85 72 18 40""",
        app("Dragan", "Petrović-Mbaye", phone="+33785721840", bac=0, grad="2025-10",
            failing=("degree_level",), status="b_titre_pro_niveau_iv"),
    )),
    # Feature: diploma_codes — level — DEASS
    N("diploma_codes", "level", "DEASS", M(
        "Ngozi Azurdia <ngozi.azurdia@example.fr>", "Candidature Pro'pulse (DEASS 2025)", "06 09:02",
        """Bonjour,

Vous trouverez mon CV ci-joint. DEASS obtenu en juillet 2025 à l'IRTS Paris Île-de-France, je souhaite rejoindre une structure de l'ESS (association ou fondation) sur un poste d'accompagnement social.

Cordialement,
Ngozi Azurdia
07 85 83 29 05""",
        app("Ngozi", "Azurdia", phone="+33785832905", bac=3, grad="2025-07", status="b_deass_juillet_2025", info_in="both"),
        cv=CV("pdf", "CV_Ngozi_Azurdia.pdf", """Ngozi Azurdia
Assistante de service social
Formation : DEASS, IRTS Paris Île-de-France, juillet 2025
Stages (terminés) : CCAS de Montreuil, 2024 ; Fondation des Amis de l'atelier, 2025
Recherche : poste d'ASS en association ou fondation"""),
    )),
    # Feature: job_schemes — aim — inscrit comme DE catégorie A à France Travail
    # ambiguous: a jobseeker's category says he is searching, not in which sector: the ESS aim is open
    N("job_schemes", "aim", "inscrit comme DE catégorie A à France Travail", M(
        "Yerlan Abenov <yerlan.abenov@example.com>", "Pro'pulse", "06 21:40",
        """Bonjour,

BTS SIO obtenu en juin 2025. Depuis septembre je suis inscrit comme DE catégorie A à France Travail, je touche l'ARE et je cherche activement un emploi.

Je suis disponible tout de suite pour le programme.

Yerlan Abenov
07 85 94 36 17""",
        app("Yerlan", "Abenov", phone="+33785943617", bac=2, grad="2025-06",
            unknown=("job_seeking_ess",), status="b_de_cat_a_sans_secteur"),
    )),
    # Feature: job_schemes — graduation — date de sortie de formation initiale : 06/2025
    N("job_schemes", "graduation", "date de sortie de formation initiale : 06/2025", M(
        "Iolanda Vasquez-Tamatea <iolanda.vt@example.org>", "Candidature", "07 11:26",
        """Bonjour,

Licence professionnelle Intervention sociale ; date de sortie de formation initiale : 06/2025. Je suis suivie par l'APEC depuis la rentrée.

Je cherche un CDI ou un CDD long dans une association de lutte contre la précarité alimentaire.

Iolanda Vasquez-Tamatea
07 85 05 41 73""",
        app("Iolanda", "Vasquez-Tamatea", phone="+33785054173", bac=3, grad="2025-06", status="b_sortie_fi_juin_2025"),
    )),
    # Feature: contracts — studies_finished — en apprentissage jusqu'au 31/08/2027
    N("contracts", "studies_finished", "en apprentissage jusqu'au 31/08/2027", M(
        "Anouk Ferreira-Haddad <anouk.fh@example.net>", "candidature pro'pulse", "09 07:55",
        """Bonjour,

Licence de sociologie obtenue en juin 2025. Je suis actuellement en M1 Développement social, en apprentissage jusqu'au 31/08/2027 au sein d'une fédération d'associations.

Votre programme m'intéresse pour préparer la suite, dans l'ESS.

Anouk Ferreira-Haddad
07 85 16 52 84""",
        app("Anouk", "Ferreira-Haddad", phone="+33785165284", bac=3, grad="2025-06",
            failing=("studies_finished",), status="b_apprentissage_m1_en_cours"),
    )),
    # Feature: immersions — situation — en PMSMP (immersion) jusqu'au 9 décembre
    # ambiguous: a PMSMP is a jobseeker's immersion of a few weeks, not a student's stage: not_internship is open
    N("immersions", "situation", "en PMSMP (immersion) jusqu'au 9 décembre", M(
        "Bakary Sissoko-Lemaire <bakary.sl@example.fr>", "Candidature Pro'pulse", "10 16:14",
        """Bonjour,

DUT Carrières sociales (juin 2025). Je suis en PMSMP (immersion) jusqu'au 9 décembre dans une recyclerie (ACI) pour confirmer mon projet, orienté par ma conseillère France Travail.

Après, je veux travailler dans l'insertion par l'activité économique.

Bakary Sissoko-Lemaire
07 85 27 63 95""",
        app("Bakary", "Sissoko-Lemaire", phone="+33785276395", bac=2, grad="2025-06",
            unknown=("not_internship",), status="b_pmsmp_jusqu_12_12"),
    )),
    # Feature: civic_schemes — situation — volontaire en VSC jusqu'au 30/04/2027
    N("civic_schemes", "situation", "volontaire en VSC jusqu'au 30/04/2027", M(
        "Clémentine Aboubakar <clem.aboubakar@example.org>", "Candidature", "11 12:33",
        """Bonjour,

Master Géographie (septembre 2025). Je suis volontaire en VSC jusqu'au 30/04/2027 à la Ligue de l'enseignement, sur l'animation de conseils de jeunes.

Je cherche à rester dans le monde associatif ensuite.

Clémentine Aboubakar
07 85 38 74 06""",
        app("Clémentine", "Aboubakar", phone="+33785387406", bac=5, grad="2025-09",
            failing=("not_service_civique",), status="b_vsc_jusqu_avril_2027"),
    )),
    # Feature: civic_schemes — situation — VSI with La Guilde until March 2027
    # ambiguous: a VSI is international solidarity volunteering, not the service civique itself: the criterion is open
    N("civic_schemes", "situation", "VSI with La Guilde until March 2027", M(
        "Torvald Nakamura-Ek <torvald.ne@example.com>", "Pro'pulse application", "12 06:48",
        """Hello,

I hold a master's in development studies from Sciences Po Grenoble (June 2025). I am currently on a VSI with La Guilde until March 2027, coordinating a water project in Madagascar.

I would like to come back to France to work for a cooperative or a NGO.

Best regards,
Torvald Nakamura-Ek
+33 7 85 49 85 17""",
        app("Torvald", "Nakamura-Ek", phone="+33785498517", bac=5, grad="2025-06",
            unknown=("not_service_civique",), status="b_vsi_la_guilde", language="en"),
    )),
    # Feature: transitions — career_change — dossier PTP accepté par Transitions Pro
    N("transitions", "career_change", "dossier PTP accepté par Transitions Pro", M(
        "Rosalind Mbappé-Kowalczyk <rosalind.mk@example.net>", "Candidature Pro'pulse", "13 18:20",
        """Bonjour,

Après douze ans comme comptable en CDI dans un cabinet d'expertise, j'ai obtenu en juin 2026 le DEJEPS animation sociale, financé par un dossier PTP accepté par Transitions Pro.

Je cherche un poste de coordinatrice dans un centre social associatif.

Rosalind Mbappé-Kowalczyk
07 85 50 96 28""",
        app("Rosalind", "Mbappé-Kowalczyk", phone="+33785509628", bac=2, grad="2026-06",
            failing=("not_career_change",), status="b_ptp_transitions_pro_dejeps"),
    )),
    # Feature: transitions — career_change — je fais un bilan de compétences
    # ambiguous: a bilan de compétences says nothing of what came before: a career change is possible, not said
    N("transitions", "career_change", "je fais un bilan de compétences", M(
        "Florentin Achterberg <florentin.achterberg@example.org>", "candidature", "14 09:41",
        """Bonjour,

M2 Management des organisations de l'ESS, diplômé en septembre 2025. En ce moment je fais un bilan de compétences pour y voir plus clair sur la suite.

J'aimerais travailler dans une mutuelle ou une fondation.

Florentin Achterberg
07 85 61 07 39""",
        app("Florentin", "Achterberg", phone="+33785610739", bac=5, grad="2025-09",
            unknown=("not_career_change",), status="b_bilan_de_competences_seul"),
    )),
    # Feature: ess_structures — aim — une SCIC, ou à défaut une entreprise agréée ESUS
    N("ess_structures", "aim", "une SCIC, ou à défaut une entreprise agréée ESUS", M(
        "Hiba Castellanos-Diallo <hiba.cd@example.fr>", "Candidature Pro'pulse", "15 15:07",
        """Bonjour,

Diplômée d'un master Sciences politiques en juin 2025 (Lille), je cherche un emploi dans une SCIC, ou à défaut une entreprise agréée ESUS, de préférence dans l'alimentation durable.

Hiba Castellanos-Diallo
07 85 72 19 50""",
        app("Hiba", "Castellanos-Diallo", phone="+33785721950", bac=5, grad="2025-06", status="b_scic_ou_esus"),
    )),
    # Feature: ess_structures — aim — une entreprise à mission labellisée B Corp
    N("ess_structures", "aim", "une entreprise à mission labellisée B Corp", M(
        "Evander Sy-Lindqvist <evander.sl@example.com>", "Pro'pulse - candidature", "16 11:52",
        """Bonjour,

Master Marketing (octobre 2025, IAE de Nantes). Je vise un poste de chef de produit dans une entreprise à mission labellisée B Corp, dans la cosmétique.

Evander Sy-Lindqvist
07 85 83 20 61""",
        app("Evander", "Sy-Lindqvist", phone="+33785832061", bac=5, grad="2025-10",
            failing=("job_seeking_ess",), status="b_entreprise_a_mission_b_corp"),
    )),
    # Feature: adviser_referral — level — jeune suivie en CEJ, niveau 6
    N("adviser_referral", "level", "jeune suivie en CEJ, niveau 6", M(
        "Mission locale Val de Garonne - Sabine Toulouse-Ekwueme <s.toulouse-ekwueme@ml-valdegaronne.example.fr>",
        "Fiche de liaison - orientation Pro'pulse", "17 10:03",
        """Bonjour,

Je vous oriente Mme Perrine Abdelkader-Vuong, jeune suivie en CEJ, niveau 6 (licence Sciences de l'éducation, juin 2025).

Fiche de liaison :
- Situation : sortante de formation initiale, DE cat. A
- Projet : animation dans une association ou un centre social
- Coordonnées : perrine.av@example.org / 07 85 94 31 72

Bien à vous,
Sabine Toulouse-Ekwueme
Conseillère CEJ, Mission locale Val de Garonne""",
        app("Perrine", "Abdelkader-Vuong", phone="+33785943172", bac=3, grad="2025-06",
            status="b_fiche_liaison_cej_niveau_6", email="perrine.av@example.org",
            forwarded_by="s.toulouse-ekwueme@ml-valdegaronne.example.fr"),
    )),
    # Feature: admin_dates — graduation — session de juin 2024
    N("admin_dates", "graduation", "session de juin 2024", M(
        "Quentin Oyelaran <quentin.oyelaran@example.net>", "Candidature Pro'pulse", "18 13:29",
        """Bonjour,

La remise des diplômes de mon master a eu lieu le 14/11/2026, mais le diplôme est de la session de juin 2024 (M2 Droit de l'économie sociale, Paris 1).

Je cherche un poste de juriste dans une fédération associative ou une mutuelle.

Quentin Oyelaran
07 85 05 42 83""",
        app("Quentin", "Oyelaran", phone="+33785054283", bac=5, grad="2024-06",
            failing=("graduation_recent",), status="b_ceremonie_2026_session_juin_2024"),
    )),
    # Feature: english_jargon — level — EQF 6
    N("english_jargon", "level", "EQF 6", M(
        "Saoirse Adeyemi-Brennan <saoirse.ab@example.org>", "Application - Pro'pulse programme", "19 17:15",
        """Dear Pro'pulse team,

I completed a bachelor's in Social Care at TU Dublin in July 2025 (EQF 6, 180 ECTS) and moved to Lyon in September.

I am looking for a job in a work integration social enterprise or a registered charity.

Kind regards,
Saoirse Adeyemi-Brennan
07 85 16 53 94""",
        app("Saoirse", "Adeyemi-Brennan", phone="+33785165394", bac=3, grad="2025-07",
            status="b_eqf_level_6_tu_dublin", language="en"),
    )),
    # Feature: english_jargon — studies_finished — the exam board sits on 15 January
    # ambiguous: the last exams are sat but the board has not met: studies may or may not be finished
    N("english_jargon", "studies_finished", "the exam board sits on 15 January", M(
        "Kwame Lindholm-Osei <kwame.lo@example.com>", "Application", "20 08:36",
        """Hi,

I hold a BSc in Economics (June 2025) and I sat the last exams of my MSc in Social Economy at Maastricht in October; the exam board sits on 15 January.

I want to work for a cooperative bank or a social enterprise.

Kwame Lindholm-Osei
+33 7 85 27 64 05""",
        app("Kwame", "Lindholm-Osei", phone="+33785276405", bac=3, grad="2025-06",
            unknown=("studies_finished",), status="b_msc_exam_board_january", language="en"),
    )),
    # Feature: job_schemes — kind — ARE
    N("job_schemes", "kind", "ARE", M(
        "Nadège Fontcuberta <nadege.fontcuberta@francetravail.example.fr>",
        "Réponse automatique : Pro'pulse - orientation", "05 08:00",
        """Bonjour,

Je suis absente jusqu'au 16 novembre inclus. Pour toute question sur votre inscription, votre ARE ou votre actualisation, contactez le 3949 ou votre espace personnel.

Nadège Fontcuberta
Conseillère à l'emploi, France Travail Agen""",
        auto_reply(), headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: ess_structures — kind — notre ACI
    N("ess_structures", "kind", "notre ACI", M(
        "Recyclerie des Coteaux <contact@recyclerie-coteaux.example.org>", "Partenariat avec Pro'pulse ?", "08 14:44",
        """Bonjour,

Notre ACI (chantier d'insertion, 18 salariés en CDDI) cherche à recruter un·e encadrant·e technique début 2027. Pourriez-vous relayer l'offre auprès des jeunes diplômé·es de votre programme ?

Nous sommes aussi membres de la CRESS Nouvelle-Aquitaine.

L'équipe de la Recyclerie des Coteaux""",
        other(),
    )),
    # Feature: ects_juries — kind — session 2
    N("ects_juries", "kind", "session 2", M(
        "BAIP Université de Poitiers <baip@lists.univ-poitiers.example.fr>", "Lettre du BAIP - novembre 2026", "12 07:30",
        """Lettre du Bureau d'aide à l'insertion professionnelle

- Calendrier : les résultats de la session 2 sont publiés sur l'ENT ; les attestations de réussite sont à retirer à la scolarité.
- Atelier « valoriser ses ECTS sur un CV » le 24 novembre.
- Forum emploi ESS le 3 décembre.

Se désinscrire : baip-unsubscribe@lists.univ-poitiers.example.fr""",
        newsletter(), headers={"List-Unsubscribe": "<mailto:unsubscribe@lists.example.org>"},
    )),
    # Feature: immersions — kind — Est-ce qu'une PMSMP compte comme un stage
    N("immersions", "kind", "Est-ce qu'une PMSMP compte comme un stage", M(
        "g.brancusi-ait@example.net", "question sur les conditions", "21 20:11",
        """Bonjour,

Est-ce qu'une PMSMP compte comme un stage pour vos conditions d'accès ? Et une POEI ?

Merci d'avance.""",
        question(),
    )),
    # Feature: adviser_referral — kind — Re: fiche de liaison
    N("adviser_referral", "kind", "Re: fiche de liaison", M(
        "Mail Delivery System <MAILER-DAEMON@mx.example.net>", "Undelivered Mail Returned to Sender", "22 03:12",
        """This is the mail system at host mx.example.net.

I'm sorry to have to inform you that your message could not be delivered to one or more recipients.

<referente.cej@ml-hautesaone.example.fr>: host mx.ml-hautesaone.example.fr said: 550 5.1.1 user unknown

----- Original message -----
Subject: Re: fiche de liaison - orientation Pro'pulse""",
        bounce("referente.cej@ml-hautesaone.example.fr"),
        bounce="Reporting-MTA: dns; mx.example.net\n\nFinal-Recipient: rfc822; referente.cej@ml-hautesaone.example.fr\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 user unknown",
    )),
    # Feature: transitions — kind — Transitions Pro
    N("transitions", "kind", "Transitions Pro", M(
        "Rosalind Mbappé-Kowalczyk <rosalind.mk@example.net>", "Re: Votre candidature Pro'pulse", "23 12:02",
        """Bonjour,

Oui, je vous confirme que la prise en charge de Transitions Pro s'est arrêtée avec la fin de ma formation. Je reste disponible pour l'entretien du 2 décembre.

Rosalind

> Pourriez-vous nous préciser votre situation actuelle ?
> L'équipe Pro'pulse""",
        reply(), headers={"In-Reply-To": "<b05.r1@animafac.net>", "References": "<b05.r1@animafac.net>"},
    )),
]
