"""Jargon corpus, batch 07: 300 ECTS and RNCP 7, the RS, BPJEPS, PACEA, alternance, AFPR, SNU and VIA, referrals."""
# ruff: noqa: E501

from __future__ import annotations

from jargon import N
from kit import CV, M, app, auto_reply, bounce, newsletter, other, question, reply

MESSAGES = [
    # Feature: ects_juries — level — 300 ECTS validés
    N("ects_juries", "level", "300 ECTS validés", M(
        "Léandre Oyarzún-Diop <leandre.od@example.org>", "Candidature Pro'pulse", "01 09:08",
        """Bonjour,

Relevé de notes à l'appui : 300 ECTS validés, jury de décembre 2025, parcours Ingénierie de projets de solidarité à l'université de Lille.

Je souhaite travailler dans une ONG de solidarité internationale ou une fondation.

Léandre Oyarzún-Diop
07 87 13 24 35""",
        app("Léandre", "Oyarzún-Diop", phone="+33787132435", bac=5, grad="2025-12", status="b_300_ects_jury_decembre_2025"),
    )),
    # Feature: rncp_levels — level — titre RNCP niveau 7
    N("rncp_levels", "level", "titre RNCP niveau 7", M(
        "Anaïs Benyahia-Solberg <anais.bs@example.net>", "candidature programme", "02 13:44",
        """Bonjour,

Je suis titulaire depuis juillet 2026 du titre RNCP niveau 7 « Manager de l'innovation sociale » (école de commerce de Grenoble, en formation continue).

Je cherche un poste de responsable de programme dans une association ou une fondation reconnue d'utilité publique.

Anaïs Benyahia-Solberg
07 87 24 35 46""",
        app("Anaïs", "Benyahia-Solberg", phone="+33787243546", bac=5, grad="2026-07", status="b_titre_rncp_niveau_7"),
    )),
    # Feature: rncp_levels — level — certification inscrite au Répertoire spécifique
    # ambiguous: a certification of the Répertoire spécifique carries no level: the degree level is open
    N("rncp_levels", "level", "certification inscrite au Répertoire spécifique", M(
        "Octave Mwangi-Laurent <octave.ml@example.com>", "Pro'pulse candidature", "03 18:27",
        """Bonjour,

J'ai obtenu en avril 2026 une certification inscrite au Répertoire spécifique (« Accompagner la création d'activité en ESS »). Je cherche un poste dans une coopérative d'activité et d'emploi.

Octave Mwangi-Laurent
07 87 35 46 57""",
        app("Octave", "Mwangi-Laurent", phone="+33787354657", bac="*", grad="2026-04",
            unknown=("degree_level",), status="b_certification_rs"),
    )),
    # Feature: diploma_codes — level — BPJEPS
    N("diploma_codes", "level", "BPJEPS", M(
        "Kenza Thorvaldsen <kenza.thorvaldsen@example.fr>", "candidature", "04 10:35",
        """Salut l'équipe,

BPJEPS Loisirs tous publics en poche depuis juin 2026 ! Je voudrais bosser dans une MJC ou une association de quartier.

Kenza Thorvaldsen
07 87 46 57 68""",
        app("Kenza", "Thorvaldsen", phone="+33787465768", bac=0, grad="2026-06",
            failing=("degree_level",), status="b_bpjeps_ltp_juin_2026"),
    )),
    # Feature: job_schemes — aim — suivie en PACEA par la Mission locale, je cherche en grande distribution
    N("job_schemes", "aim", "suivie en PACEA par la Mission locale, je cherche en grande distribution", M(
        "Djeneba Kristiansen <djeneba.kristiansen@example.org>", "candidature", "05 16:02",
        """Bonjour,

BTS MCO obtenu en juillet 2025. Je suis suivie en PACEA par la Mission locale, je cherche en grande distribution un poste de manager de rayon.

Djeneba Kristiansen
07 87 57 68 79""",
        app("Djeneba", "Kristiansen", phone="+33787576879", bac=2, grad="2025-07",
            failing=("job_seeking_ess",), status="b_pacea_grande_distribution"),
    )),
    # Feature: contracts — studies_finished — en alternance en 3e année de BUT GEA jusqu'en août 2027
    N("contracts", "studies_finished", "en alternance en 3e année de BUT GEA jusqu'en août 2027", M(
        "Ruslan Adjovi <ruslan.adjovi@example.net>", "Candidature Pro'pulse", "06 08:50",
        """Bonjour,

J'ai eu mon DUT en juin 2026 (délivré à la fin de la 2e année de BUT). Je suis maintenant en alternance en 3e année de BUT GEA jusqu'en août 2027, dans une mutuelle.

J'aimerais rester dans l'ESS après.

Ruslan Adjovi
07 87 68 79 80""",
        app("Ruslan", "Adjovi", phone="+33787687980", bac=2, grad="2026-06",
            failing=("studies_finished",), status="b_alternance_but3_gea"),
    )),
    # Feature: immersions — situation — une AFPR de quatre semaines, jusqu'au 11 décembre
    # ambiguous: an AFPR is a jobseeker's training before hiring, not a student's stage: not_internship is open
    N("immersions", "situation", "une AFPR de quatre semaines, jusqu'au 11 décembre", M(
        "Wendelin Ba-Nguyen <wendelin.bn@example.com>", "candidature pro'pulse", "07 12:19",
        """Bonjour,

Licence pro Métiers de l'animation sociale (juin 2025). France Travail m'a proposé une AFPR de quatre semaines, jusqu'au 11 décembre, dans une association d'aide à domicile.

Wendelin Ba-Nguyen
07 87 79 80 91""",
        app("Wendelin", "Ba-Nguyen", phone="+33787798091", bac=3, grad="2025-06",
            unknown=("not_internship",), status="b_afpr_jusqu_11_decembre"),
    )),
    # Feature: immersions — situation — convention de stage jusqu'au 28 février
    N("immersions", "situation", "convention de stage jusqu'au 28 février", M(
        "Sigrún Diallo-Mercier <sigrun.dm@example.org>", "Candidature", "08 15:46",
        """Bonjour,

Licence de psychologie (juin 2025). Je suis en M1 Psychologie sociale et en stage avec convention de stage jusqu'au 28 février dans une association d'aide aux victimes.

Sigrún Diallo-Mercier
07 87 80 91 02""",
        app("Sigrún", "Diallo-Mercier", phone="+33787809102", bac=3, grad="2025-06",
            failing=("studies_finished", "not_internship"), status="b_convention_stage_28_fevrier"),
    )),
    # Feature: civic_schemes — situation — mon SNU en 2022 (séjour de cohésion
    N("civic_schemes", "situation", "mon SNU en 2022 (séjour de cohésion", M(
        "Baptiste Ndiaye-Okafor <baptiste.no@example.fr>", "Candidature Pro'pulse", "09 10:24",
        """Bonjour,

BTSA Gestion et protection de la nature (juillet 2025). J'ai fait mon SNU en 2022 (séjour de cohésion et mission d'intérêt général), mais jamais de service civique.

Je cherche un poste d'animateur nature dans une association ou un CPIE.

Baptiste Ndiaye-Okafor
07 87 91 02 13""",
        app("Baptiste", "Ndiaye-Okafor", phone="+33787910213", bac=2, grad="2025-07", status="b_snu_2022_btsa"),
    )),
    # Feature: civic_schemes — situation — VIA in Hanoi until June 2027
    # ambiguous: a VIA is international administrative volunteering, not the service civique: the criterion is open
    N("civic_schemes", "situation", "VIA in Hanoi until June 2027", M(
        "Rosalie Ekström-Ayodele <rosalie.ea@example.net>", "Application Pro'pulse programme", "10 04:58",
        """Hello,

I graduated from Sciences Po Bordeaux with a master's in September 2025. I am currently on a VIA in Hanoi until June 2027, at the French embassy's cooperation service.

I am applying now because I would like to work for a French NGO when I come back.

Rosalie Ekström-Ayodele
+33 7 87 02 13 24""",
        app("Rosalie", "Ekström-Ayodele", phone="+33787021324", bac=5, grad="2025-09",
            unknown=("not_service_civique",), status="b_via_hanoi", language="en"),
    )),
    # Feature: transitions — career_change — démission pour reconversion après huit ans comme infirmière
    N("transitions", "career_change", "démission pour reconversion après huit ans comme infirmière", M(
        "Solène Abdirahman-Vidal <solene.av@example.com>", "Candidature Pro'pulse", "11 20:15",
        """Bonjour,

Démission pour reconversion après huit ans comme infirmière en CHU : j'ai obtenu en septembre 2026 un M2 Santé publique et je veux travailler dans une mutuelle ou une association de prévention.

Solène Abdirahman-Vidal
07 87 13 24 46""",
        app("Solène", "Abdirahman-Vidal", phone="+33787132446", bac=5, grad="2026-09",
            failing=("not_career_change",), status="b_demission_reconversion_infirmiere"),
    )),
    # Feature: transitions — career_change — un CDD de six mois après mon M2
    N("transitions", "career_change", "un CDD de six mois après mon M2", M(
        "Mathurin Sandoval-Kane <mathurin.sk@example.org>", "candidature", "12 11:37",
        """Bonjour,

M2 Sociologie (juillet 2025), puis un CDD de six mois après mon M2 comme chargé d'études dans un bureau d'études. Ma conseillère CEP m'a parlé de votre programme.

Je cherche un poste dans une association de l'économie sociale et solidaire.

Mathurin Sandoval-Kane
07 87 24 35 57""",
        app("Mathurin", "Sandoval-Kane", phone="+33787243557", bac=5, grad="2025-07", status="b_cdd_six_mois_apres_m2"),
    )),
    # Feature: ess_structures — aim — un tiers-lieu, associatif ou pas
    # ambiguous: a tiers-lieu may be an association or a private company: the ESS aim is open
    N("ess_structures", "aim", "un tiers-lieu, associatif ou pas", M(
        "Hermine Quispe-Dahl <hermine.qd@example.net>", "Pro'pulse", "13 14:02",
        """Bonjour,

Licence Arts du spectacle (juin 2026). Je cherche un poste de chargée de programmation dans un tiers-lieu, associatif ou pas, peu importe tant que le projet est culturel.

Hermine Quispe-Dahl
07 87 35 46 68""",
        app("Hermine", "Quispe-Dahl", phone="+33787354668", bac=3, grad="2026-06",
            unknown=("job_seeking_ess",), status="b_tiers_lieu_associatif_ou_pas"),
    )),
    # Feature: adviser_referral — graduation — sortant de formation initiale depuis juin 2024
    N("adviser_referral", "graduation", "sortant de formation initiale depuis juin 2024", M(
        "Mission locale de l'Artois - Cyprien Hamadou <c.hamadou@ml-artois.example.fr>", "Fiche de liaison jeune CEJ", "14 09:15",
        """Bonjour,

Fiche de liaison :
- Jeune : Ismaël Bergström-Touré, 24 ans
- Diplôme : licence Sciences sanitaires et sociales
- Situation : sortant de formation initiale depuis juin 2024, suivi en CEJ depuis septembre
- Projet : coordinateur dans une association d'aide à domicile
- Contact : 07 87 46 57 79

Je reste à votre disposition,
Cyprien Hamadou, conseiller Mission locale""",
        app("Ismaël", "Bergström-Touré", phone="+33787465779", bac=3, grad="2024-06",
            failing=("graduation_recent",), status="b_sortant_fi_juin_2024", email=None,
            forwarded_by="c.hamadou@ml-artois.example.fr"),
    )),
    # Feature: adviser_referral — aim — projet : encadrante technique en ACI
    N("adviser_referral", "aim", "projet : encadrante technique en ACI", M(
        "Ombeline Ferraz <ombeline.ferraz@plie-lorient.example.org>", "Orientation Pro'pulse - Mme Adebayo-Marchetti", "15 16:40",
        """Bonjour,

Dans le cadre du PLIE, je vous oriente Mme Zainab Adebayo-Marchetti, BTS Aménagements paysagers (juin 2025), projet : encadrante technique en ACI (espaces verts). Son CV est joint.

Elle est joignable au 07 87 57 68 80 ou sur zainab.am@example.com.

Ombeline Ferraz
Référente PLIE du Pays de Lorient""",
        app("Zainab", "Adebayo-Marchetti", phone="+33787576880", bac=2, grad="2025-06",
            status="b_plie_encadrante_aci", email="zainab.am@example.com",
            forwarded_by="ombeline.ferraz@plie-lorient.example.org", info_in="both"),
        cv=CV("pdf", "CV_Zainab_Adebayo-Marchetti.pdf", """Zainab Adebayo-Marchetti
BTS Aménagements paysagers, lycée agricole d'Hennebont, juin 2025
Ouvrière paysagiste en CDDI, ACI Les Jardins du Scorff, 2025-2026
Objectif : encadrante technique d'insertion"""),
    )),
    # Feature: admin_dates — graduation — promotion 2024/25
    N("admin_dates", "graduation", "promotion 2024/25", M(
        "Tiphaine Abubakar-Lindgren <tiphaine.al@example.fr>", "Candidature", "16 19:22",
        """Bonjour,

Licence pro Coordination de projets de l'ESS, promotion 2024/25, IUT de Tours. Je cherche un poste de chargée de projets dans une SCIC.

Tiphaine Abubakar-Lindgren
07 87 68 79 91""",
        app("Tiphaine", "Abubakar-Lindgren", phone="+33787687991", bac=3, grad="2025", status="b_promotion_2024_2025"),
    )),
    # Feature: admin_dates — graduation — diplôme délivré le 18/11/2024
    N("admin_dates", "graduation", "diplôme délivré le 18/11/2024", M(
        "Gaspard Oduro-Fontaine <gaspard.of@example.com>", "Candidature Pro'pulse", "17 08:03",
        """Bonjour,

Master Gestion des ressources humaines, diplôme délivré le 18/11/2024 (université Paris-Est Créteil). Je cherche un poste RH dans une association gestionnaire d'établissements médico-sociaux.

Gaspard Oduro-Fontaine
07 87 79 80 02""",
        app("Gaspard", "Oduro-Fontaine", phone="+33787798002", bac=5, grad="2024-11", status="b_diplome_delivre_18_11_2024"),
    )),
    # Feature: english_jargon — studies_finished — Level 6 degree apprenticeship, which ends in March 2027
    N("english_jargon", "studies_finished", "Level 6 degree apprenticeship, which ends in March 2027", M(
        "Callum Abara-Whitfield <callum.aw@example.org>", "Application", "18 21:10",
        """Hi there,

I did a foundation degree in Youth Work (June 2025) and I am now on a Level 6 degree apprenticeship, which ends in March 2027, with a housing association in Leeds.

I'm moving to Lille next year and would love to work in the French third sector.

Callum Abara-Whitfield
+33 7 87 80 91 13""",
        app("Callum", "Abara-Whitfield", phone="+33787809113", bac=2, grad="2025-06",
            failing=("studies_finished",), status="b_level_6_degree_apprenticeship", language="en"),
    )),
    # Feature: english_jargon — aim — on job seeker's allowance and open to any job
    # ambiguous: any job includes the ESS and everything else: the aim is open
    N("english_jargon", "aim", "on job seeker's allowance and open to any job", M(
        "Priya Sørensen-Mabika <priya.sm@example.net>", "Pro'pulse application", "19 13:55",
        """Hello,

I finished my MA in International Relations at King's College London in September 2025. I moved to Toulouse with my partner; I am on job seeker's allowance and open to any job, full time if possible.

Priya Sørensen-Mabika
07 87 91 02 24""",
        app("Priya", "Sørensen-Mabika", phone="+33787910224", bac=5, grad="2025-09",
            unknown=("job_seeking_ess",), status="b_jsa_any_job", language="en"),
    )),
    # Feature: contracts — kind — CDD, PEC
    N("contracts", "kind", "CDD, PEC", M(
        "Emploi associatif Occitanie <lettre@lists.emploi-asso-occitanie.example.org>", "Les offres de la semaine", "03 07:15",
        """Les offres de la semaine

- Animateur·rice jeunesse, CDD, PEC possible, Foyer rural de l'Aveyron
- Chargé·e de communication, CDI, association d'éducation populaire
- Coordinateur·rice de tiers-lieu, CDD 12 mois

Pour ne plus recevoir cette lettre : mailto:unsubscribe@lists.example.org""",
        newsletter(), headers={"List-Unsubscribe": "<mailto:unsubscribe@lists.example.org>"},
    )),
    # Feature: immersions — kind — mon AFPR
    N("immersions", "kind", "mon AFPR", M(
        "Wendelin Ba-Nguyen <wendelin.bn@example.com>", "Re: Votre candidature Pro'pulse", "22 10:44",
        """Bonjour,

Merci pour votre retour. Je pourrai venir à la réunion d'information du 4 décembre, mon AFPR sera terminée.

Wendelin

> Êtes-vous disponible pour la réunion d'information du 4 décembre ?
> L'équipe Pro'pulse""",
        reply(), headers={"In-Reply-To": "<b07.r1@animafac.net>", "References": "<b07.r1@animafac.net>"},
    )),
    # Feature: job_schemes — kind — jeunes en PACEA
    N("job_schemes", "kind", "jeunes en PACEA", M(
        "Mission locale du Grand Besançon <communication@ml-besancon.example.fr>", "Information : forum des métiers de l'ESS", "11 09:30",
        """Bonjour,

La Mission locale organise le 9 décembre un forum des métiers de l'ESS pour les jeunes en PACEA et en CEJ. Les structures de Pro'pulse seraient les bienvenues pour tenir un stand.

Le service communication de la Mission locale""",
        other(),
    )),
    # Feature: diploma_codes — kind — DEJEPS
    N("diploma_codes", "kind", "DEJEPS", M(
        "Mail Delivery System <MAILER-DAEMON@mx.example.net>", "Returned mail: see transcript for details", "20 01:33",
        """Le message n'a pas pu être remis.

Destinataire : inscriptions-dejeps@creps-bordeaux.example.fr
Motif : boîte aux lettres inexistante.

--- En-têtes du message d'origine ---
Objet : Attestation DEJEPS - demande d'information""",
        bounce("inscriptions-dejeps@creps-bordeaux.example.fr"),
        bounce="Reporting-MTA: dns; mx.example.net\n\nFinal-Recipient: rfc822; inscriptions-dejeps@creps-bordeaux.example.fr\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 user unknown",
    )),
    # Feature: adviser_referral — kind — jeunes suivis en CEJ
    N("adviser_referral", "kind", "jeunes suivis en CEJ", M(
        "Conseillère insertion <insertion.jeunes@ccas-vierzon.example.fr>", "Question sur l'orientation", "23 14:12",
        """Bonjour,

Je suis conseillère au CCAS. Acceptez-vous des candidatures envoyées par les conseillers pour des jeunes suivis en CEJ, ou faut-il que le jeune écrive lui-même ? Faut-il une fiche de liaison particulière ?

Merci d'avance,
Le service insertion""",
        question(),
    )),
    # Feature: ess_structures — kind — notre SCOP
    N("ess_structures", "kind", "notre SCOP", M(
        "Accueil Coopérative Les Compagnons du Bois <accueil@compagnons-bois.example.com>", "Réponse automatique : Pro'pulse - partenariat", "24 18:00",
        """Bonjour,

Notre SCOP est fermée du 24 novembre au 1er décembre pour inventaire. Votre message sera traité à notre retour.

Les associé·es des Compagnons du Bois""",
        auto_reply(), headers={"Auto-Submitted": "auto-replied"},
    )),
]
