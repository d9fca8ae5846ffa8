"""Jargon corpus, batch 08: awaited deliberations, titres pros, DEETS, CDDI, EMT, ASC missions, CPF de transition, ESAT."""
# ruff: noqa: E501

from __future__ import annotations

from jargon import N
from kit import CV, M, app, auto_reply, bounce, newsletter, other, question, reply

MESSAGES = [
    # Feature: ects_juries — studies_finished — la délibération du jury est prévue le 15 décembre
    # ambiguous: every exam is sat but the jury has not deliberated: finished or not is open
    N("ects_juries", "studies_finished", "la délibération du jury est prévue le 15 décembre", M(
        "Apolline Mensah-Jokinen <apolline.mj@example.org>", "Candidature Pro'pulse", "01 11:20",
        """Bonjour,

Licence Sciences de l'éducation obtenue en juin 2025. J'ai passé en octobre les dernières épreuves de mon M2 Ingénierie de la formation ; la délibération du jury est prévue le 15 décembre.

Je cherche un poste de coordinatrice pédagogique dans un organisme de formation associatif.

Apolline Mensah-Jokinen
07 88 14 25 36""",
        app("Apolline", "Mensah-Jokinen", phone="+33788142536", bac=3, grad="2025-06",
            unknown=("studies_finished",), status="b_deliberation_15_decembre"),
    )),
    # Feature: ects_juries — level — 180 ECTS, all modules passed
    N("ects_juries", "level", "180 ECTS, all modules passed", M(
        "Matteo Achieng-Brandt <matteo.ab@example.net>", "Application Pro'pulse", "02 16:05",
        """Dear Pro'pulse team,

I finished my bachelor's in Political Science at the University of Bologna in July 2026: 180 ECTS, all modules passed, final grade 108/110.

I would like to work for a social cooperative or an association in Grenoble.

Matteo Achieng-Brandt
07 88 25 36 47""",
        app("Matteo", "Achieng-Brandt", phone="+33788253647", bac=3, grad="2026-07",
            status="b_180_ects_bologna", language="en"),
    )),
    # Feature: rncp_levels — level — titre professionnel de Conseiller en insertion professionnelle
    # ambiguous: a titre professionnel named without its level: the degree level is open
    N("rncp_levels", "level", "titre professionnel de Conseiller en insertion professionnelle", M(
        "Lamine Oksanen-Barry <lamine.ob@example.com>", "candidature", "03 10:42",
        """Bonjour,

J'ai obtenu en février 2026 le titre professionnel de Conseiller en insertion professionnelle. Je veux travailler dans une SIAE ou un PLIE.

Lamine Oksanen-Barry
07 88 36 47 58""",
        app("Lamine", "Oksanen-Barry", phone="+33788364758", bac="*", grad="2026-02",
            unknown=("degree_level",), status="b_titre_pro_cip_sans_niveau"),
    )),
    # Feature: diploma_codes — level — DEETS
    N("diploma_codes", "level", "DEETS", M(
        "Clarisse Yilmaz-Okoro <clarisse.yo@example.fr>", "Candidature Pro'pulse", "04 09:14",
        """Bonjour,

DEETS obtenu en juillet 2026 (IRTS de Lorraine). Vous trouverez mon CV en pièce jointe. Je cherche un poste d'éducatrice technique spécialisée dans un ESAT ou une entreprise adaptée.

Clarisse Yilmaz-Okoro
07 88 47 58 69""",
        app("Clarisse", "Yilmaz-Okoro", phone="+33788475869", bac=3, grad="2026-07", status="b_deets_juillet_2026",
            info_in="both"),
        cv=CV("odt", "CV_Clarisse_Yilmaz-Okoro.odt", """Clarisse Yilmaz-Okoro
Éducatrice technique spécialisée
DEETS, IRTS de Lorraine, juillet 2026
CAP Cuisine, 2019
Stages terminés : ESAT de Laxou (2024), IME de Nancy (2025)"""),
    )),
    # Feature: job_schemes — career_change — licenciement économique après quinze ans en CDI
    N("job_schemes", "career_change", "licenciement économique après quinze ans en CDI", M(
        "Thierry Nakashima-Bello <thierry.nb@example.org>", "Pro'pulse - candidature", "05 14:37",
        """Bonjour,

Indemnisé par l'ARE depuis mon licenciement économique après quinze ans en CDI comme cariste, j'ai repris une licence pro Gestion des structures de l'ESS, obtenue en juin 2026.

Je cherche un poste de gestionnaire dans une association.

Thierry Nakashima-Bello
07 88 58 69 70""",
        app("Thierry", "Nakashima-Bello", phone="+33788586970", bac=3, grad="2026-06",
            failing=("not_career_change",), status="b_licenciement_eco_quinze_ans"),
    )),
    # Feature: contracts — career_change — en CDI depuis 2019 comme agent administratif
    # ambiguous: a permanent job held now, before and during a new diploma: a career change is open
    N("contracts", "career_change", "en CDI depuis 2019 comme agent administratif", M(
        "Nour Halvorsen-Sané <nour.hs@example.net>", "candidature", "06 19:50",
        """Bonjour,

Je suis en CDI depuis 2019 comme agent administratif dans une mairie, et j'ai obtenu en cours du soir une licence AES en juin 2026.

Je voudrais rejoindre une association d'accès aux droits.

Nour Halvorsen-Sané
07 88 69 70 81""",
        app("Nour", "Halvorsen-Sané", phone="+33788697081", bac=3, grad="2026-06",
            unknown=("not_career_change",), status="b_cdi_depuis_2019_agent_admin"),
    )),
    # Feature: contracts — situation — en CDDI dans un ACI jusqu'au 31/03/2027
    N("contracts", "situation", "en CDDI dans un ACI jusqu'au 31/03/2027", M(
        "Ikram Lindqvist-Obi <ikram.lo@example.com>", "Candidature Pro'pulse", "07 08:33",
        """Bonjour,

BTS Gestion de la PME (juin 2025). Je suis salariée en CDDI dans un ACI jusqu'au 31/03/2027, au poste d'assistante administrative, et je cherche la suite dans l'insertion par l'activité économique.

Ikram Lindqvist-Obi
07 88 70 81 92""",
        app("Ikram", "Lindqvist-Obi", phone="+33788708192", bac=2, grad="2025-06", status="b_cddi_aci_mars_2027"),
    )),
    # Feature: immersions — situation — mon EMT s'est terminée le 15/10
    N("immersions", "situation", "mon EMT s'est terminée le 15/10", M(
        "Anselme Kipchoge-Roux <anselme.kr@example.fr>", "candidature pro'pulse", "08 12:58",
        """Bonjour,

DUT Gestion logistique et transport (juin 2025). Mon EMT s'est terminée le 15/10 dans une épicerie solidaire et j'aimerais y trouver un poste de coordinateur logistique, ou dans une autre association d'aide alimentaire.

Anselme Kipchoge-Roux
07 88 81 92 03""",
        app("Anselme", "Kipchoge-Roux", phone="+33788819203", bac=2, grad="2025-06", status="b_emt_terminee_15_10"),
    )),
    # Feature: immersions — situation — en stage alterné jusqu'au 30 janvier
    N("immersions", "situation", "en stage alterné jusqu'au 30 janvier", M(
        "Margaux Oyebanji-Laine <margaux.ol@example.org>", "Candidature", "09 17:26",
        """Bonjour,

Licence de sociologie (juin 2025). Je prépare le DEES en voie directe et je suis en stage alterné jusqu'au 30 janvier au foyer de l'enfance.

Margaux Oyebanji-Laine
07 88 92 03 14""",
        app("Margaux", "Oyebanji-Laine", phone="+33788920314", bac=3, grad="2025-06",
            failing=("studies_finished", "not_internship"), status="b_stage_alterne_dees"),
    )),
    # Feature: civic_schemes — situation — engagement de service civique de huit mois commencé en mars
    # ambiguous: eight months from an unstated day of March end in late October or November: still held or not is open
    N("civic_schemes", "situation", "engagement de service civique de huit mois commencé en mars", M(
        "Hamza Virtanen-Kouassi <hamza.vk@example.net>", "Candidature Pro'pulse", "10 15:11",
        """Bonjour,

Master Études européennes (septembre 2025). J'ai un engagement de service civique de huit mois commencé en mars à la Maison de l'Europe, et je cherche ensuite un poste dans une association d'éducation à la citoyenneté.

Hamza Virtanen-Kouassi
07 88 03 14 25""",
        app("Hamza", "Virtanen-Kouassi", phone="+33788031425", bac=5, grad="2025-09",
            unknown=("not_service_civique",), status="b_sc_huit_mois_depuis_mars"),
    )),
    # Feature: civic_schemes — situation — mission de volontariat (agrément ASC) jusqu'en mai 2027
    N("civic_schemes", "situation", "mission de volontariat (agrément ASC) jusqu'en mai 2027", M(
        "Eulalie Mbeki-Sundberg <eulalie.ms@example.com>", "candidature", "11 09:39",
        """Bonjour,

BUT Information-communication (juin 2026). Je fais une mission de volontariat (agrément ASC) jusqu'en mai 2027 dans une radio associative.

Eulalie Mbeki-Sundberg
07 88 14 25 37""",
        app("Eulalie", "Mbeki-Sundberg", phone="+33788142537", bac=3, grad="2026-06",
            failing=("not_service_civique",), status="b_volontariat_asc_mai_2027"),
    )),
    # Feature: transitions — career_change — CPF de transition après dix ans d'ancienneté en CDI
    N("transitions", "career_change", "CPF de transition après dix ans d'ancienneté en CDI", M(
        "Firmin Adeyemo-Karlsson <firmin.ak@example.org>", "Candidature Pro'pulse", "12 20:44",
        """Bonjour,

Commercial en concession automobile, j'ai obtenu un CPF de transition après dix ans d'ancienneté en CDI et je suis diplômé depuis juillet 2026 du DE de conseiller en économie sociale familiale.

Je cherche un poste de CESF dans une association de lutte contre le mal-logement.

Firmin Adeyemo-Karlsson
07 88 25 36 48""",
        app("Firmin", "Adeyemo-Karlsson", phone="+33788253648", bac=3, grad="2026-07",
            failing=("not_career_change",), status="b_cpf_transition_dix_ans"),
    )),
    # Feature: ess_structures — aim — moniteur d'atelier en ESAT
    N("ess_structures", "aim", "moniteur d'atelier en ESAT", M(
        "Cyrille Baptiste-Nakamura <cyrille.bn@example.fr>", "candidature Pro'pulse", "13 13:07",
        """Bonjour,

DUT Génie biologique (juin 2025), je cherche un poste de moniteur d'atelier en ESAT, sur le maraîchage.

Cyrille Baptiste-Nakamura
07 88 36 47 59""",
        app("Cyrille", "Baptiste-Nakamura", phone="+33788364759", bac=2, grad="2025-06", status="b_moniteur_atelier_esat"),
    )),
    # Feature: ess_structures — aim — une start-up tech for good (SAS classique, sans agrément ESUS)
    N("ess_structures", "aim", "une start-up tech for good (SAS classique, sans agrément ESUS)", M(
        "Violaine Osei-Tremblay <violaine.ot@example.net>", "Candidature", "14 10:21",
        """Bonjour,

Master Data science (septembre 2025). Je vise un poste de data analyst dans une start-up tech for good (SAS classique, sans agrément ESUS), plutôt à Paris.

Violaine Osei-Tremblay
07 88 47 58 60""",
        app("Violaine", "Osei-Tremblay", phone="+33788475860", bac=5, grad="2025-09",
            failing=("job_seeking_ess",), status="b_start_up_tech_for_good"),
    )),
    # Feature: adviser_referral — aim — jeune suivi en CEJ, DE cat. A, projet professionnel à définir
    # ambiguous: the adviser presents a diploma and a status, not a sector: the ESS aim is open
    N("adviser_referral", "aim", "jeune suivi en CEJ, DE cat. A, projet professionnel à définir", M(
        "France Travail Roubaix - Gaëlle Sokolowski-Fall <gaelle.sf@francetravail.example.fr>", "Orientation : M. Abebe-Lindahl", "15 09:52",
        """Bonjour,

Je vous oriente M. Tesfaye Abebe-Lindahl, jeune suivi en CEJ, DE cat. A, projet professionnel à définir. Il est titulaire d'un BUT Techniques de commercialisation (juin 2026).

Téléphone : 07 88 58 69 71 — courriel : tesfaye.al@example.org

Cordialement,
Gaëlle Sokolowski-Fall, conseillère France Travail""",
        app("Tesfaye", "Abebe-Lindahl", phone="+33788586971", bac=3, grad="2026-06",
            unknown=("job_seeking_ess",), status="b_cej_projet_a_definir", email="tesfaye.al@example.org",
            forwarded_by="gaelle.sf@francetravail.example.fr"),
    )),
    # Feature: admin_dates — graduation — année universitaire 2022/2023
    N("admin_dates", "graduation", "année universitaire 2022/2023", M(
        "Bertille Amoah-Nieminen <bertille.an@example.org>", "candidature programme", "16 16:18",
        """Bonjour,

Master Gestion des territoires, année universitaire 2022/2023, université de Limoges. Je cherche un poste de chargée de mission dans un PTCE ou une CRESS.

Bertille Amoah-Nieminen
07 88 69 70 82""",
        app("Bertille", "Amoah-Nieminen", phone="+33788697082", bac=5, grad="2023",
            failing=("graduation_recent",), status="b_annee_universitaire_2022_2023"),
    )),
    # Feature: admin_dates — graduation — diplômée N-1
    N("admin_dates", "graduation", "diplômée N-1", M(
        "Capucine Rahimi-Solvang <capucine.rs@example.com>", "Candidature Pro'pulse", "17 11:03",
        """Bonjour,

Pour votre formulaire : diplômée N-1 (licence Économie-gestion, 2025), actuellement sans emploi. Je cherche dans une banque coopérative ou une mutuelle.

Capucine Rahimi-Solvang
07 88 70 81 93""",
        app("Capucine", "Rahimi-Solvang", phone="+33788708193", bac=3, grad="2025", status="b_diplomee_n_1"),
    )),
    # Feature: english_jargon — career_change — retrained through a CPF de transition
    N("english_jargon", "career_change", "retrained through a CPF de transition", M(
        "Oluwaseun Bergamini <oluwaseun.bergamini@example.net>", "Application - career change", "18 19:27",
        """Hello,

After ten years in retail banking in Manchester and Lyon, I retrained through a CPF de transition and completed an MA in Social Innovation at Lyon 3 in June 2026.

I am now looking for a role in a French cooperative bank or a microfinance association.

Oluwaseun Bergamini
07 88 81 92 04""",
        app("Oluwaseun", "Bergamini", phone="+33788819204", bac=5, grad="2026-06",
            failing=("not_career_change",), status="b_ten_years_retail_banking", language="en"),
    )),
    # Feature: english_jargon — situation — my Erasmus+ placement ended in August
    N("english_jargon", "situation", "my Erasmus+ placement ended in August", M(
        "Zsófia Akinola <zsofia.akinola@example.org>", "Pro'pulse application", "19 08:45",
        """Hi,

I graduated with a master's in Sustainable Development from ELTE Budapest in June 2026; my Erasmus+ placement ended in August, in a tiers-lieu in Nantes.

I would like to stay and work for an association or a SCIC.

Zsófia Akinola
07 88 92 03 15""",
        app("Zsófia", "Akinola", phone="+33788920315", bac=5, grad="2026-06", status="b_erasmus_placement_ended",
            language="en"),
    )),
    # Feature: ects_juries — kind — le diplôme est en cours d'édition
    N("ects_juries", "kind", "le diplôme est en cours d'édition", M(
        "question.candidature@example.net", "Justificatif de diplôme", "20 21:30",
        """Bonjour,

Quel justificatif faut-il fournir quand le diplôme est en cours d'édition ? Une attestation de réussite suffit-elle, ou un relevé de notes avec la mention ADM ?

Merci.""",
        question(),
    )),
    # Feature: rncp_levels — kind — de niveau 6 au RNCP
    N("rncp_levels", "kind", "de niveau 6 au RNCP", M(
        "Lamine Oksanen-Barry <lamine.ob@example.com>", "Re: Votre candidature Pro'pulse", "22 09:05",
        """Bonjour,

Pour répondre à votre question : je vérifie auprès de l'AFPA si mon titre est bien enregistré de niveau 6 au RNCP, je n'ai pas le document sous la main.

Lamine

> Pouvez-vous nous indiquer le niveau de votre titre ?
> L'équipe Pro'pulse""",
        reply(), headers={"In-Reply-To": "<b08.r1@animafac.net>", "References": "<b08.r1@animafac.net>"},
    )),
    # Feature: civic_schemes — kind — volontaires en service civique
    N("civic_schemes", "kind", "volontaires en service civique", M(
        "Unis-Cité Normandie <infos@lists.uniscite-normandie.example.org>", "La lettre de décembre", "23 07:45",
        """La lettre d'Unis-Cité Normandie

- 120 volontaires en service civique démarrent leur mission en janvier.
- Fin de mission : les anciens volontaires sont invités au forum « Et après ? » le 14 décembre.
- Le Corps européen de solidarité recrute aussi.

Se désinscrire : mailto:unsubscribe@lists.example.org""",
        newsletter(), headers={"List-Unsubscribe": "<mailto:unsubscribe@lists.example.org>"},
    )),
    # Feature: english_jargon — kind — Erasmus+ traineeship
    N("english_jargon", "kind", "Erasmus+ traineeship", M(
        "Ingrid Fonseca-Adebisi <ingrid.fa@example.org>", "Automatic reply: Pro'pulse", "24 06:10",
        """Hello,

I am away on an Erasmus+ traineeship until 15 December with limited access to email. I will reply on my return.

Ingrid""",
        auto_reply(), headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: transitions — kind — dossier PTP
    N("transitions", "kind", "dossier PTP", M(
        "Mail Delivery System <MAILER-DAEMON@mx.example.net>", "Undeliverable: Pro'pulse", "25 04:22",
        """Delivery has failed to these recipients:

cep.conseil@transitionspro-bfc.example.fr

The email address could not be found.

Original message subject: Re: dossier PTP et programme Pro'pulse""",
        bounce("cep.conseil@transitionspro-bfc.example.fr"),
        bounce="Reporting-MTA: dns; mx.example.net\n\nFinal-Recipient: rfc822; cep.conseil@transitionspro-bfc.example.fr\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 user unknown",
    )),
    # Feature: admin_dates — kind — promotion 2025
    N("admin_dates", "kind", "promotion 2025", M(
        "Scolarité IUT de Figeac <scolarite@iut-figeac.example.fr>", "Remise des diplômes", "26 10:00",
        """Bonjour,

La remise des diplômes de la promotion 2025 aura lieu le 30 janvier à l'IUT. Pourriez-vous diffuser l'invitation aux anciens étudiants qui participent à votre programme ?

Le service scolarité""",
        other(),
    )),
]
