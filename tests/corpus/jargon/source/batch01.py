"""Jargon corpus, batch 01: jury codes and ECTS, RNCP levels, a BPJEPS, France Travail and the CEJ, an
apprenticeship, a PMSMP and a convention de stage, service civique under two names, a PTP, SCIC and B Corp."""
# ruff: noqa: E501

from __future__ import annotations

from jargon import N
from kit import CV, M, app, auto_reply, bounce, newsletter, other, question, reply

MESSAGES = [
    # Feature: ects_juries — studies_finished — AJAC (passage en L3 avec deux UE de L2 à repasser)
    N("ects_juries", "studies_finished", "AJAC (passage en L3 avec deux UE de L2 à repasser)", M(
        "Yanis Belkacem <yanis.belkacem@example.fr>", "Candidature Pro'pulse", "02 10:14",
        """Bonjour,

Je souhaite candidater au programme Pro'pulse. Je suis AJAC (passage en L3 avec deux UE de L2 à repasser) en sociologie à l'université de Tours.

Je m'intéresse beaucoup à l'éducation populaire et je voudrais travailler dans une association d'éducation à l'environnement.

Bien à vous,
Yanis Belkacem
06 14 22 87 35""",
        app("Yanis", "Belkacem", phone="+33614228735", bac="*", grad=None, failing=("studies_finished",), status="ajac_l3_socio_tours"),
    )),
    # Feature: ects_juries — graduation — Date de jury : 01/07/2025
    N("ects_juries", "graduation", "Date de jury : 01/07/2025", M(
        "Ingrid Solberg <ingrid.solberg@example.org>", "Candidature - programme Pro'pulse", "03 16:40",
        """Bonjour,

Je suis norvégienne et j'ai fait toute ma licence en France (LEA, Université Grenoble Alpes). Voici ce qu'indique mon relevé :
Licence mention Langues étrangères appliquées - 180 ECTS - Résultat : ADM
Date de jury : 01/07/2025

Depuis, j'enchaîne les CDD saisonniers dans l'hôtellerie. J'aimerais rejoindre une coopérative ou une association de tourisme et de développement local.

Cordialement,
Ingrid Solberg
+33 7 58 20 41 96""",
        app("Ingrid", "Solberg", phone="+33758204196", bac=3, grad="2025-07", status="adm_180_ects_jury_juillet_2025"),
    )),
    # Feature: rncp_levels — level — titre professionnel de niveau 6 inscrit au RNCP
    N("rncp_levels", "level", "titre professionnel de niveau 6 inscrit au RNCP", M(
        "Mariama Diallo <mariama.diallo@example.com>", "candidature programme Pro'pulse", "04 09:02",
        """Madame, Monsieur,

Je viens d'obtenir (mars 2026) le titre professionnel de niveau 6 inscrit au RNCP, « Responsable de petite et moyenne structure », préparé à l'AFPA de Rennes.

Je cherche un poste de coordinatrice dans une association loi 1901, idéalement dans l'accompagnement des familles.

Cordialement,
Mariama Diallo
07 61 33 09 84""",
        app("Mariama", "Diallo", phone="+33761330984", bac=3, grad="2026-03", info_in="both", status="titre_pro_rncp6_mars_2026"),
        cv=CV("pdf", "CV_Mariama_Diallo.pdf", """Mariama Diallo - 07 61 33 09 84 - Rennes
Formation : Titre professionnel Responsable de petite et moyenne structure (RNCP niveau 6), AFPA Rennes, mars 2026
2024 : BTS Économie sociale familiale, lycée Bréquigny
Stage : 8 semaines à la Maison des familles de Vitré (2025)
Centres d'intérêt : chorale, jardins partagés"""),
    )),
    # Feature: diploma_codes — level — BPJEPS APT
    N("diploma_codes", "level", "BPJEPS APT", M(
        "Kevin Marchetti <kevin.marchetti@example.net>", "Pro'pulse - ma candidature", "04 18:25",
        """Salut l'équipe,

J'ai eu mon BPJEPS APT en juin 2025 (CREPS de Montpellier), et depuis je bosse en vacation dans des clubs. Pas de BTS ni de licence derrière.

Mon objectif : un poste d'animateur sport-santé dans une association sportive ou une maison sport-santé associative.

Kevin Marchetti
06 27 48 15 90""",
        app("Kevin", "Marchetti", phone="+33627481590", bac=0, grad="2025-06", failing=("degree_level",), status="bpjeps_apt_juin_2025"),
    )),
    # Feature: job_schemes — aim — inscrite à France Travail
    N("job_schemes", "aim", "inscrite à France Travail", M(
        "Thi Thanh Ngo <thanh.ngo@example.fr>", "Candidature", "05 11:37",
        """Bonjour,

Titulaire d'un master 2 en gestion des ressources humaines (IAE de Lille, septembre 2025), je suis inscrite à France Travail depuis octobre 2025 et je souhaite intégrer votre programme.

Je n'ai pas fait de stage long, seulement mon alternance de M1 qui est terminée.

Merci de votre retour,
Thi Thanh Ngo
06 88 01 53 72""",
        app("Thi Thanh", "Ngo", phone="+33688015372", bac=5, grad="2025-09", unknown=("job_seeking_ess",), status="m2_grh_inscrite_ft_sans_secteur"),
    )),
    # Feature: contracts — studies_finished — contrat d'apprentissage qui court jusqu'au 15/09/2027
    N("contracts", "studies_finished", "contrat d'apprentissage qui court jusqu'au 15/09/2027", M(
        "Lucas Ferreira <lucas.ferreira@example.com>", "Pro'pulse : candidature", "06 08:51",
        """Bonjour,

Je suis en M1 Gestion des entreprises de l'ESS à l'université de Limoges, en contrat d'apprentissage qui court jusqu'au 15/09/2027 dans une coopérative de distribution bio (rythme 3 semaines / 1 semaine).

Le programme m'intéresse pour préparer la suite.

Lucas Ferreira
07 12 90 64 38""",
        app("Lucas", "Ferreira", phone="+33712906438", bac="*", grad=None, failing=("studies_finished",), status="m1_ess_apprenti_jusqu_2027"),
    )),
    # Feature: contracts — career_change — CDD d'usage
    N("contracts", "career_change", "CDD d'usage", M(
        "Chloé Vasseur <chloe.vasseur@example.org>", "Candidature Pro'pulse - Chloé Vasseur", "06 14:03",
        """Bonjour,

Diplômée d'un master Médiation culturelle (Paris 3) en juin 2025. Pendant toutes mes études j'ai enchaîné des CDD d'usage comme ouvreuse et agente d'accueil dans des salles de spectacle, c'est mon seul parcours pro.

Je cherche un premier poste de chargée de médiation dans une SCOP ou une association culturelle.

Chloé Vasseur
06 45 19 72 03""",
        app("Chloé", "Vasseur", phone="+33645197203", bac=5, grad="2025-06", status="master_mediation_cdd_usage_etudiante"),
    )),
    # Feature: immersions — situation — une PMSMP de trois semaines qui court jusqu'au 5 décembre
    N("immersions", "situation", "une PMSMP de trois semaines qui court jusqu'au 5 décembre", M(
        "Bakary Coulibaly <bakary.coulibaly@example.fr>", "candidature pro'pulse", "07 10:20",
        """Bonjour,

J'ai une licence professionnelle Gestion des structures sanitaires et sociales (2025, Université d'Angers). Actuellement je fais une PMSMP de trois semaines qui court jusqu'au 5 décembre dans un EHPAD associatif, prescrite par ma conseillère France Travail, pour confirmer mon projet.

Je veux travailler dans le médico-social associatif.

Bakary Coulibaly
07 33 84 20 16""",
        app("Bakary", "Coulibaly", phone="+33733842016", bac=3, grad="2025", unknown=("not_internship",), status="lp_pmsmp_jusqu_12_12"),
    )),
    # Feature: immersions — situation — convention de stage court jusqu'au 29 janvier 2027
    N("immersions", "situation", "convention de stage court jusqu'au 29 janvier 2027", M(
        "Salomé Nguyen-Lefort <salome.nguyenlefort@example.net>", "Programme Pro'pulse", "08 17:45",
        """Bonjour,

J'ai terminé mon master Développement territorial en septembre 2025. Depuis octobre je suis sous convention de stage court jusqu'au 29 janvier 2027 dans une régie de quartier à Roubaix.

Après ce stage je veux rester dans l'ESS, en insertion par l'activité économique.

Salomé Nguyen-Lefort
06 72 05 38 41""",
        app("Salomé", "Nguyen-Lefort", phone="+33672053841", bac=5, grad="2025-09", failing=("not_internship",), status="convention_stage_du_janvier_2027"),
    )),
    # Feature: civic_schemes — situation — mon VSC s'est terminé au 31/08
    N("civic_schemes", "situation", "mon VSC s'est terminé au 31/08", M(
        "Aurélien Dubois-Kané <aurelien.duboiskane@example.com>", "Candidature Pro'pulse", "09 09:30",
        """Bonjour,

BUT Carrières sociales (IUT de Bordeaux, juin 2025), puis volontaire chez Unis-Cité : mon VSC s'est terminé au 31/08. Depuis septembre je cherche un emploi d'animateur de réseau dans une fédération associative ou un centre social.

Aurélien Dubois-Kané
07 81 26 59 04""",
        app("Aurélien", "Dubois-Kané", phone="+33781265904", bac=3, grad="2025-06", status="but_vsc_termine_31_08"),
    )),
    # Feature: civic_schemes — situation — volontaire en SC jusqu'au 15 mars 2027
    N("civic_schemes", "situation", "volontaire en SC jusqu'au 15 mars 2027", M(
        "Inès Haddad <ines.haddad@example.fr>", "Re-candidature Pro'pulse", "10 13:12",
        """Bonjour,

Je suis volontaire en SC jusqu'au 15 mars 2027 à la Ligue de l'enseignement (mission : lutte contre le décrochage). J'ai un master Sciences de l'éducation obtenu en juin 2025.

Je cherche à entrer dans une association d'éducation populaire.

Inès Haddad
06 19 44 80 27""",
        app("Inès", "Haddad", phone="+33619448027", bac=5, grad="2025-06", failing=("not_service_civique",), status="volontaire_sc_jusqu_mars_2027"),
    )),
    # Feature: transitions — career_change — financée par un PTP (ex-CIF) accordé par Transitions Pro
    N("transitions", "career_change", "financée par un PTP (ex-CIF) accordé par Transitions Pro", M(
        "Sandrine Mbemba <sandrine.mbemba@example.org>", "Candidature Pro'pulse - DEES 2025", "11 19:08",
        """Bonjour,

Aide-soignante en CDI pendant douze ans dans un hôpital de Créteil, j'ai préparé le DEES entre 2022 et 2025, formation financée par un PTP (ex-CIF) accordé par Transitions Pro Île-de-France. Diplôme obtenu en juin 2025.

Je souhaite maintenant travailler comme éducatrice spécialisée dans une association de protection de l'enfance.

Sandrine Mbemba
07 04 62 18 93""",
        app("Sandrine", "Mbemba", phone="+33704621893", bac=3, grad="2025-06", failing=("not_career_change",), status="dees_ptp_apres_douze_ans_as"),
    )),
    # Feature: transitions — career_change — un bilan de compétences financé par mon CPF
    # ambiguous: a bilan de compétences says nothing of what came before: a first job or a whole trade
    N("transitions", "career_change", "un bilan de compétences financé par mon CPF", M(
        "Romain Esposito <romain.esposito@example.net>", "Pro'pulse", "12 08:44",
        """Bonjour,

Master 2 Géographie et aménagement (Université Lyon 2, juillet 2025). J'ai fait au printemps 2025 un bilan de compétences financé par mon CPF, qui m'a conforté dans l'idée de travailler dans une coopérative d'habitants.

Je suis disponible dès maintenant.

Romain Esposito
06 53 70 12 86""",
        app("Romain", "Esposito", phone="+33653701286", bac=5, grad="2025-07", unknown=("not_career_change",), status="m2_ess_bilan_competences"),
    )),
    # Feature: ess_structures — aim — société à mission certifiée B Corp
    N("ess_structures", "aim", "société à mission certifiée B Corp", M(
        "Hugo Lemaire <hugo.lemaire@example.com>", "Candidature au programme", "13 15:27",
        """Bonjour,

Diplômé de l'EDHEC (master Grande École, septembre 2025), je cherche un poste de chef de projet impact dans une société à mission certifiée B Corp, de préférence dans la cosmétique ou l'agroalimentaire.

Hugo Lemaire
07 46 91 35 20""",
        app("Hugo", "Lemaire", phone="+33746913520", bac=5, grad="2025-09", failing=("job_seeking_ess",), status="edhec_b_corp_mission"),
    )),
    # Feature: ess_structures — aim — a SCIC or any ESUS-certified organisation
    N("ess_structures", "aim", "a SCIC or any ESUS-certified organisation", M(
        "Tomasz Wiśniewski <tomasz.wisniewski@example.org>", "Pro'pulse application (Tomasz Wisniewski)", "14 10:05",
        """Dear Pro'pulse team,

I hold a Master in Urban Planning from the University of Warsaw (June 2025) and I have lived in Nantes since then. I am looking for a job in a SCIC or any ESUS-certified organisation working on housing or energy communities.

Kind regards,
Tomasz Wiśniewski
+33 6 30 58 47 12""",
        app("Tomasz", "Wiśniewski", phone="+33630584712", bac=5, grad="2025-06", status="en_master_varsovie_scic_esus", language="en"),
    )),
    # Feature: adviser_referral — studies_finished — attestation de réussite du BTS SP3S
    N("adviser_referral", "studies_finished", "attestation de réussite du BTS SP3S", M(
        "Nathalie Perrot - Mission locale du Grand Besançon <n.perrot@mission-locale.example.fr>", "Fiche de liaison - orientation Pro'pulse", "16 11:50",
        """Bonjour,

Je vous oriente un jeune que j'accompagne en CEJ depuis septembre.

FICHE DE LIAISON
Nom : BENSALEM
Prénom : Walid
Tél. : 06 90 21 47 58
Mail : walid.bensalem@example.fr
Niveau : 5 - attestation de réussite du BTS SP3S (session de juin 2025)
Situation : NEET, résident QPV Planoise
Projet : emploi dans le secteur associatif (accueil, accompagnement social)

Je reste disponible pour un échange tripartite.

Nathalie Perrot
Conseillère en insertion professionnelle""",
        app("Walid", "Bensalem", phone="+33690214758", bac=2, grad="2025-06", email="walid.bensalem@example.fr", forwarded_by="n.perrot@mission-locale.example.fr", status="ml_fiche_liaison_bts_sp3s"),
    )),
    # Feature: admin_dates — graduation — année universitaire 2023/2024
    # ambiguous: a university year 2023/2024 ends somewhere in 2024, June or September: the 24 months hang on the month
    N("admin_dates", "graduation", "année universitaire 2023/2024", M(
        "Leïla Amrani <leila.amrani@example.net>", "Candidature Pro'pulse", "17 14:18",
        """Bonjour,

Master Droit de l'économie sociale et solidaire, Université de Lorraine, année universitaire 2023/2024. Je souhaite devenir juriste dans une mutuelle ou une fédération d'associations.

Leïla Amrani
06 08 37 92 61""",
        app("Leïla", "Amrani", phone="+33608379261", bac=5, grad="2024", unknown=("graduation_recent",), status="master_droit_ess_annee_2023_2024"),
    )),
    # Feature: english_jargon — level — level 6 of the European Qualifications Framework
    N("english_jargon", "level", "level 6 of the European Qualifications Framework", M(
        "Nkechi Obi <nkechi.obi@example.com>", "Application Pro'pulse - Nkechi Obi", "18 09:56",
        """Good morning,

My Bachelor of Social Work (University of Lagos, 2024, recognised by ENIC-NARIC France as level 6 of the European Qualifications Framework) was awarded in November 2024. I moved to Lille in 2025 and I would like to work for a registered association supporting migrant women.

Best,
Nkechi Obi
+33 7 69 14 08 52""",
        app("Nkechi", "Obi", phone="+33769140852", bac=3, grad="2024-11", status="en_bsw_lagos_eqf6_nov_2024", language="en"),
    )),
    # Feature: english_jargon — situation — ESC volunteering (European Solidarity Corps) until the end of February
    # ambiguous: the European Solidarity Corps is an analogue of the service civique, not the scheme itself
    N("english_jargon", "situation", "ESC volunteering (European Solidarity Corps) until the end of February", M(
        "Lorenzo Rinaldi <lorenzo.rinaldi@example.org>", "Pro'pulse - application", "19 20:31",
        """Hi,

I'm Italian, 25, with a laurea magistrale in Political Science (Padova, March 2025, 120 ECTS after my 180 ECTS bachelor). Right now I'm doing my ESC volunteering (European Solidarity Corps) until the end of February in a youth centre in Strasbourg.

After that I want to stay in France and work for an NGO or a cooperative.

Lorenzo Rinaldi
+39 347 218 5936""",
        app("Lorenzo", "Rinaldi", phone="+393472185936", bac=5, grad="2025-03", unknown=("not_service_civique",), status="en_esc_volontaire_fevrier", language="en"),
    )),
    # Feature: rncp_levels — kind — inscrits au RNCP
    N("rncp_levels", "kind", "inscrits au RNCP", M(
        "Coop'Savoirs Formation <lettre@coopsavoirs.example.org>", "La lettre de novembre : nos titres inscrits au RNCP", "20 07:00",
        """LA LETTRE DE COOP'SAVOIRS - Novembre 2026

Nos deux titres inscrits au RNCP ont été renouvelés : « Coordinateur de projets d'économie sociale » (niveau 6) et « Encadrant technique d'insertion » (niveau 5). Prochaines sessions en janvier.

Réunion d'information en ligne le 3 décembre.

Se désinscrire : répondre STOP""",
        newsletter(),
        headers={"List-Unsubscribe": "<mailto:unsubscribe@lists.example.org>"},
    )),
    # Feature: diploma_codes — kind — Un DEJEPS ou un DEUST suffit-il
    N("diploma_codes", "kind", "Un DEJEPS ou un DEUST suffit-il", M(
        "s.aubry@example.net", "Question sur les diplômes acceptés", "20 12:40",
        """Bonjour,

Un DEJEPS ou un DEUST suffit-il pour le critère bac+2 de Pro'pulse ? Et un DU ? Je pose la question pour plusieurs personnes de mon entourage.

Merci,
S. Aubry""",
        question(),
    )),
    # Feature: job_schemes — kind — conseillère France Travail
    N("job_schemes", "kind", "conseillère France Travail", M(
        "Claire Morand <claire.morand@francetravail.example.fr>", "Réponse automatique : Orientation Pro'pulse", "21 08:02",
        """Bonjour,

Je suis absente jusqu'au 30 novembre. Pour toute question sur votre inscription, votre ARE ou votre PPAE, contactez la plateforme au 3949. Les partenaires peuvent écrire à l'adresse de l'agence.

Claire Morand
Conseillère France Travail - agence de Vénissieux""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: adviser_referral — kind — le jeune que je vous ai orienté
    N("adviser_referral", "kind", "le jeune que je vous ai orienté", M(
        "Farid Ouali - PLIE Nord <f.ouali@plie-nord.example.org>", "Re: Votre fiche de liaison", "22 16:15",
        """Bonjour,

Bien reçu, merci. Le jeune que je vous ai orienté a bien pris note du rendez-vous du 2 décembre ; je l'accompagnerai.

Farid Ouali
Référent PLIE

> Bonjour, nous avons bien reçu la fiche de liaison. Pouvez-vous confirmer la disponibilité de la personne le 2 décembre à 10 h ?
> L'équipe Pro'pulse""",
        reply(),
        headers={"In-Reply-To": "<fiche.0192@animafac.net>", "References": "<fiche.0192@animafac.net>"},
    )),
    # Feature: admin_dates — kind — scolarite-l3@univ-paris8.example.fr
    N("admin_dates", "kind", "scolarite-l3@univ-paris8.example.fr", M(
        "Mail Delivery System <MAILER-DAEMON@mx.example.net>", "Undelivered Mail Returned to Sender", "23 03:12",
        """This is the mail system at host mx.example.net.

I'm sorry to have to inform you that your message could not be delivered to one or more recipients.

<scolarite-l3@univ-paris8.example.fr>: host mx.univ-paris8.example.fr said: 550 5.1.1 user unknown""",
        bounce("scolarite-l3@univ-paris8.example.fr"),
        bounce="Reporting-MTA: dns; mx.example.net\n\nFinal-Recipient: rfc822; scolarite-l3@univ-paris8.example.fr\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 user unknown",
    )),
    # Feature: ess_structures — kind — notre ACI
    N("ess_structures", "kind", "notre ACI", M(
        "Jardins de la Vallée <contact@jardins-vallee.example.org>", "Partenariat ESS - chantier d'insertion", "24 10:48",
        """Bonjour,

Notre ACI (maraîchage bio, 24 salariés en CDDI) recrute régulièrement des encadrants techniques et une chargée d'accompagnement socio-professionnel. Serait-il possible de présenter nos postes aux participants de Pro'pulse ?

Nous sommes agréés ESUS et membres de la CRESS Grand Est.

Bien cordialement,
Odile Vautrin, directrice""",
        other(),
    )),
]
