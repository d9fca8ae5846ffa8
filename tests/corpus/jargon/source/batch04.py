"""Jargon corpus, batch 04: an UE en dette and a DEUG, RNCP niveau 7 and the RS, DEETS and MEEF, the RSA,
a PEC, an AFPR, a VIA and a service civique achevé, the CEP and a graduate's CDD, PTCE and tiers-lieu, two
referrals (Mission locale, CHRS), N-1 and a session de juillet 2024, 120 ECTS awarded in English."""
# ruff: noqa: E501

from __future__ import annotations

from jargon import N
from kit import CV, M, app, auto_reply, bounce, newsletter, other, question, reply

MESSAGES = [
    # Feature: ects_juries — studies_finished — une UE en dette
    N("ects_juries", "studies_finished", "une UE en dette", M(
        "Nour El Hadi <nour.elhadi@example.fr>", "Candidature Pro'pulse", "01 08:20",
        """Bonjour,

Ma licence de sciences de l'éducation (Université Paris Nanterre) est validée à part une UE en dette (statistiques) que je repasse en janvier. Je voudrais être animatrice de réseau dans une association de parents.

Nour El Hadi
07 02 49 86 31""",
        app("Nour", "El Hadi", phone="+33702498631", bac="*", grad=None, failing=("studies_finished",), status="licence_ue_en_dette_janvier"),
    )),
    # Feature: ects_juries — level — un DEUG (120 ECTS)
    N("ects_juries", "level", "un DEUG (120 ECTS)", M(
        "Timothée Barbier <timothee.barbier@example.net>", "Pro'pulse - candidature Timothée Barbier", "02 13:55",
        """Bonjour,

J'ai arrêté ma L3 d'histoire en janvier 2025 et demandé à la scolarité de Paris 1 un DEUG (120 ECTS), délivré en mars 2025. Je travaille depuis comme médiateur dans une bibliothèque associative et je veux rester dans le monde associatif.

Timothée Barbier
06 59 81 24 07""",
        app("Timothée", "Barbier", phone="+33659812407", bac=2, grad="2025-03", status="deug_120_ects_mars_2025"),
    )),
    # Feature: rncp_levels — level — titre certifié niveau 7 au RNCP
    N("rncp_levels", "level", "titre certifié niveau 7 au RNCP", M(
        "Adama Traoré-Lemoine <adama.traorelemoine@example.com>", "Candidature au programme Pro'pulse", "03 10:30",
        """Bonjour,

Je suis titulaire du titre certifié niveau 7 au RNCP « Manager de l'innovation sociale » (ESSCA, septembre 2025), CV joint. Je cherche un poste de responsable de programmes dans une fondation reconnue d'utilité publique ou une fédération d'associations.

Adama Traoré-Lemoine
07 65 30 18 42""",
        app("Adama", "Traoré-Lemoine", phone="+33765301842", bac=5, grad="2025-09", info_in="both", status="rncp7_innovation_sociale"),
        cv=CV("pdf", "CV_Adama_Traore-Lemoine.pdf", """Adama Traoré-Lemoine - Angers
2024-2025 : Manager de l'innovation sociale, titre RNCP niveau 7, ESSCA (obtenu en septembre 2025)
2021-2024 : Licence Économie-gestion, Université d'Angers
Stage de 6 mois : Fondation Abbé Pierre, délégation Pays de la Loire (2025)
Langues : anglais C1, bambara"""),
    )),
    # Feature: rncp_levels — level — certification enregistrée au Répertoire spécifique (RS)
    # ambiguous: a certification of the Répertoire spécifique has no level, and no diploma is named beside it
    N("rncp_levels", "level", "certification enregistrée au Répertoire spécifique (RS)", M(
        "Mélissa Roche <melissa.roche@example.org>", "Candidature", "04 17:12",
        """Bonjour,

J'ai obtenu en mai 2025 la certification « Accompagner un projet de création d'activité », une certification enregistrée au Répertoire spécifique (RS). Je souhaite travailler comme accompagnatrice dans une CAE ou une couveuse associative.

Mélissa Roche
06 16 73 59 28""",
        app("Mélissa", "Roche", phone="+33616735928", bac="*", grad="2025-05", unknown=("degree_level",), status="certification_rs_sans_niveau"),
    )),
    # Feature: diploma_codes — level — DEETS obtenu en juillet 2025
    N("diploma_codes", "level", "DEETS obtenu en juillet 2025", M(
        "Ousmane Camara <ousmane.camara@example.fr>", "candidature Pro'pulse", "05 09:05",
        """Bonjour,

DEETS obtenu en juillet 2025 (IRTS Hauts-de-France). Je souhaite devenir éducateur technique dans un ESAT ou une entreprise adaptée associative.

Ousmane Camara
07 81 04 93 56""",
        app("Ousmane", "Camara", phone="+33781049356", bac=3, grad="2025-07", status="deets_juillet_2025_esat"),
    )),
    # Feature: diploma_codes — studies_finished — M2 MEEF
    N("diploma_codes", "studies_finished", "M2 MEEF", M(
        "Pauline Mercier <pauline.mercier@example.com>", "Pro'pulse", "06 12:44",
        """Bonjour,

Je suis en M2 MEEF à l'INSPÉ de Bretagne, fonctionnaire stagiaire à mi-temps dans une école. Je ne suis pas sûre de vouloir rester dans l'Éducation nationale et l'éducation populaire m'attire.

Pauline Mercier
06 34 58 12 90""",
        app("Pauline", "Mercier", phone="+33634581290", bac="*", grad=None, failing=("studies_finished",), status="m2_meef_en_cours"),
    )),
    # Feature: job_schemes — aim — au RSA
    # ambiguous: the RSA says she needs work, not where: «n'importe quel poste» neither names nor excludes the ESS
    N("job_schemes", "aim", "au RSA", M(
        "Gwenaëlle Pichon <gwenaelle.pichon@example.net>", "candidature", "07 16:16",
        """Bonjour,

Licence de lettres modernes (Brest, juin 2025), au RSA depuis janvier. Mon référent m'a conseillé de postuler partout : je prends n'importe quel poste, administratif ou en relation avec le public.

Gwenaëlle Pichon
07 70 26 41 83""",
        app("Gwenaëlle", "Pichon", phone="+33770264183", bac=3, grad="2025-06", unknown=("job_seeking_ess",), status="licence_rsa_nimporte_quel_poste"),
    )),
    # Feature: contracts — situation — en PEC depuis mars
    N("contracts", "situation", "en PEC depuis mars", M(
        "Hamza Lounis <hamza.lounis@example.org>", "Candidature Pro'pulse - Hamza Lounis", "08 11:38",
        """Bonjour,

BUT Information-communication (IUT de Tours, juin 2025). Je suis en PEC depuis mars, 20 heures par semaine, à la médiathèque d'une commune, et je cherche un vrai poste de chargé de communication dans une association ou une SCIC.

Hamza Lounis
06 43 97 20 15""",
        app("Hamza", "Lounis", phone="+33643972015", bac=3, grad="2025-06", status="but_pec_mediatheque"),
    )),
    # Feature: immersions — situation — AFPR
    # ambiguous: an AFPR trains a jobseeker in the firm that means to hire him: neither a student's stage nor a job yet
    N("immersions", "situation", "AFPR", M(
        "Vincent Huynh <vincent.huynh@example.com>", "Pro'pulse", "09 14:02",
        """Bonjour,

DUT GEA 2025. Je suis en AFPR jusqu'à fin décembre dans une mutuelle, qui devrait m'embaucher en CDD ensuite. Je candidate quand même car je veux rester dans l'ESS et me former.

Vincent Huynh
07 29 53 06 78""",
        app("Vincent", "Huynh", phone="+33729530678", bac=2, grad="2025", unknown=("not_internship",), status="dut_afpr_mutuelle"),
    )),
    # Feature: civic_schemes — situation — engagement de service civique achevé le 30 juin 2026
    N("civic_schemes", "situation", "engagement de service civique achevé le 30 juin 2026", M(
        "Clara Weber <clara.weber@example.fr>", "Candidature Pro'pulse", "10 10:45",
        """Bonjour,

Master Sciences de l'environnement (Strasbourg, septembre 2025), puis un engagement de service civique achevé le 30 juin 2026 dans une association de sensibilisation au climat.

Je cherche un poste de chargée de projets dans une association ou une coopérative de l'énergie.

Clara Weber
06 07 92 38 51""",
        app("Clara", "Weber", phone="+33607923851", bac=5, grad="2025-09", status="service_civique_acheve_juin_2026"),
    )),
    # Feature: civic_schemes — situation — en VIA
    # ambiguous: a VIA is an international volunteering in a public administration, close to the service civique but not it
    N("civic_schemes", "situation", "en VIA", M(
        "Arnaud Petrov <arnaud.petrov@example.net>", "Candidature depuis Dakar", "11 07:50",
        """Bonjour,

Je suis en VIA au service de coopération d'une ambassade à Dakar jusqu'en juin 2027. Master Relations internationales (Lyon 3, juin 2025).

À mon retour je veux travailler pour une ONG ou une association de solidarité internationale.

Arnaud Petrov
+221 77 412 36 58""",
        app("Arnaud", "Petrov", phone="+221774123658", bac=5, grad="2025-06", unknown=("not_service_civique",), status="via_dakar_2027"),
    )),
    # Feature: transitions — career_change — accompagnée par un CEP
    N("transitions", "career_change", "accompagnée par un CEP", M(
        "Véronique Lambert <veronique.lambert@example.org>", "Candidature Pro'pulse - reconversion", "12 18:26",
        """Bonjour,

Boulangère pendant quinze ans, accompagnée par un CEP, j'ai repris des études et obtenu un BTS ESF en juin 2025. Je souhaite travailler dans une épicerie solidaire ou une association d'aide alimentaire.

Véronique Lambert
07 38 60 91 24""",
        app("Véronique", "Lambert", phone="+33738609124", bac=2, grad="2025-06", failing=("not_career_change",), status="cep_boulangere_quinze_ans"),
    )),
    # Feature: transitions — career_change — un CDD de remplacement de six mois à la sortie du master
    N("transitions", "career_change", "un CDD de remplacement de six mois à la sortie du master", M(
        "Rémi Chevalier <remi.chevalier@example.com>", "Pro'pulse - candidature", "13 09:18",
        """Bonjour,

Master Aménagement (Université de Tours, juin 2025). J'ai fait ensuite un CDD de remplacement de six mois à la sortie du master, au service urbanisme d'une intercommunalité. Il s'est terminé en janvier et je cherche maintenant un poste dans une SCIC d'habitat participatif.

Rémi Chevalier
06 52 84 07 39""",
        app("Rémi", "Chevalier", phone="+33652840739", bac=5, grad="2025-06", status="m2_cdd_six_mois_scic"),
    )),
    # Feature: ess_structures — aim — un tiers-lieu associatif ou un PTCE
    N("ess_structures", "aim", "un tiers-lieu associatif ou un PTCE", M(
        "Louise Besnard <louise.besnard@example.net>", "Candidature", "14 15:33",
        """Bonjour,

Licence pro Métiers de l'animation sociale (Rouen, juin 2025). Je veux coordonner un tiers-lieu associatif ou un PTCE en milieu rural.

Louise Besnard
07 15 68 24 90""",
        app("Louise", "Besnard", phone="+33715682490", bac=3, grad="2025-06", status="lp_tiers_lieu_ptce"),
    )),
    # Feature: adviser_referral — situation — en service civique jusqu'au 31 janvier 2027
    N("adviser_referral", "situation", "en service civique jusqu'au 31 janvier 2027", M(
        "Sabrina Caillet - Mission locale de Nîmes <s.caillet@ml-nimes.example.fr>", "Fiche de liaison Pro'pulse - Mme DJALO", "16 10:12",
        """Bonjour,

Fiche de liaison
Jeune orientée : Aïssatou DJALO, 23 ans
Tél. : 07 56 19 84 32 / aissatou.djalo@example.com
Suivie en CEJ jusqu'en septembre, actuellement en service civique jusqu'au 31 janvier 2027 (mission solidarité seniors).
Diplôme : BUT Carrières sociales, juin 2025 (niveau 6)
Projet : emploi dans une association d'aide aux personnes âgées.

Sabrina Caillet, conseillère""",
        app("Aïssatou", "Djalo", phone="+33756198432", bac=3, grad="2025-06", email="aissatou.djalo@example.com", failing=("not_service_civique",), forwarded_by="s.caillet@ml-nimes.example.fr", status="ml_fiche_liaison_sc_janvier_2027"),
    )),
    # Feature: adviser_referral — level — niveau non évalué par ENIC-NARIC
    # ambiguous: a Syrian diploma whose French level no one has assessed yet
    N("adviser_referral", "level", "niveau non évalué par ENIC-NARIC", M(
        "Marc Girardot - CHRS Le Relais <m.girardot@chrs-relais.example.org>", "Orientation d'un résident vers Pro'pulse", "17 14:05",
        """Bonjour,

Travailleur social au CHRS Le Relais, je vous oriente M. Khaled AL-HASSAN, 27 ans, réfugié statutaire.
Diplôme : diplôme en agronomie, Université de Damas (2025), niveau non évalué par ENIC-NARIC (demande en cours).
Situation : inscrit à France Travail, pas de stage en cours.
Projet : travailler dans une ferme coopérative ou un jardin d'insertion (ACI).
Tél. : 07 67 40 15 92

Marc Girardot""",
        app("Khaled", "Al-Hassan", phone="+33767401592", bac="*", grad="2025", email=None, unknown=("degree_level",), forwarded_by="m.girardot@chrs-relais.example.org", status="chrs_diplome_damas_enic_naric"),
    )),
    # Feature: admin_dates — graduation — année d'obtention N-1
    N("admin_dates", "graduation", "année d'obtention N-1", M(
        "Sarah Cohen-Adler <sarah.cohenadler@example.com>", "candidature Pro'pulse", "18 11:57",
        """Bonjour,

Comme on dit dans les formulaires : master Communication des organisations (Université Bordeaux Montaigne), année d'obtention N-1. Je cherche un poste de chargée de communication dans une mutuelle.

Sarah Cohen-Adler
06 21 46 93 70""",
        app("Sarah", "Cohen-Adler", phone="+33621469370", bac=5, grad="2025", status="master_diplomee_n_moins_1"),
    )),
    # Feature: admin_dates — graduation — session de juillet 2024
    N("admin_dates", "graduation", "session de juillet 2024", M(
        "Thomas Guillot <thomas.guillot@example.org>", "Pro'pulse : candidature", "19 16:48",
        """Bonjour,

BTS Économie sociale familiale, session de juillet 2024. J'ai travaillé depuis en remplacement dans un CCAS et je cherche un poste en association.

Thomas Guillot
07 34 02 68 15""",
        app("Thomas", "Guillot", phone="+33734026815", bac=2, grad="2024-07", failing=("graduation_recent",), status="bts_esf_session_juillet_2024"),
    )),
    # Feature: english_jargon — graduation — awarded on 30 September 2024
    N("english_jargon", "graduation", "awarded on 30 September 2024", M(
        "Katarzyna Nowak <katarzyna.nowak@example.net>", "Application - Pro'pulse", "20 09:40",
        """Dear Sir or Madam,

My Master's degree in Social Economy (120 ECTS, Jagiellonian University) was awarded on 30 September 2024. I now live in Lyon and would like to work in a cooperative bank or a mutual insurer.

Yours faithfully,
Katarzyna Nowak
+33 6 09 57 21 84""",
        app("Katarzyna", "Nowak", phone="+33609572184", bac=5, grad="2024-09", failing=("graduation_recent",), status="en_master_krakow_septembre_2024", language="en"),
    )),
    # Feature: contracts — kind — contrats de mission
    N("contracts", "kind", "contrats de mission", M(
        "Lettre de l'ETTI Tremplin <lettre@etti-tremplin.example.com>", "Tremplin Intérim - la lettre d'automne", "21 07:15",
        """TREMPLIN INTÉRIM - ETTI du bassin de Lens

Cet automne : 48 contrats de mission signés, 12 sorties en CDI. Nos permanents recrutent un(e) chargé(e) d'accompagnement en CDD de 12 mois.

Se désabonner de cette lettre""",
        newsletter(),
        headers={"List-Unsubscribe": "<mailto:unsubscribe@lists.example.org>"},
    )),
    # Feature: immersions — kind — en PMSMP
    N("immersions", "kind", "en PMSMP", M(
        "n.garcia@example.net", "Question : immersion en cours", "22 10:30",
        """Bonjour,

Une personne en PMSMP (immersion de deux semaines) peut-elle candidater, ou est-ce assimilé à un stage dans vos critères ?

Merci beaucoup""",
        question(),
    )),
    # Feature: english_jargon — kind — apprenticeship office
    N("english_jargon", "kind", "apprenticeship office", M(
        "Apprenticeship Office <apprenticeships@college.example.org>", "Automatic reply: Partnership request", "23 08:00",
        """Thank you for your email. The apprenticeship office is closed until 1 December. For urgent questions about traineeships or Erasmus+ placements, please contact the international office.""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: transitions — kind — Transitions Pro
    N("transitions", "kind", "Transitions Pro", M(
        "Mail Delivery System <MAILER-DAEMON@mx.example.net>", "Undeliverable: Votre candidature à Pro'pulse", "24 04:44",
        """Delivery has failed to these recipients or groups:

reconversion.pro@example.org
The email address you entered couldn't be found. (Votre message mentionnait votre dossier Transitions Pro.)""",
        bounce("reconversion.pro@example.org"),
        bounce="Reporting-MTA: dns; mx.example.net\n\nFinal-Recipient: rfc822; reconversion.pro@example.org\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 user unknown",
    )),
    # Feature: civic_schemes — kind — VSC
    N("civic_schemes", "kind", "VSC", M(
        "Maëlys Perrin <maelys.perrin@example.fr>", "Re: Date de fin de votre service civique", "25 13:25",
        """Bonjour,

Mon VSC se termine bien le 28 février, c'est écrit sur mon contrat d'engagement. Je vous recontacte en mars alors !

Maëlys

> Bonjour Maëlys, pouvez-vous nous indiquer la date de fin de votre engagement de service civique ? Une mission en cours ne permet pas d'entrer dans le programme.
> L'équipe Pro'pulse""",
        reply(),
        headers={"In-Reply-To": "<sc.0522@animafac.net>", "References": "<sc.0522@animafac.net>"},
    )),
    # Feature: job_schemes — kind — information collective France Travail
    N("job_schemes", "kind", "information collective France Travail", M(
        "Agence France Travail Lyon Part-Dieu <partenaires.lyon@francetravail.example.fr>", "Proposition d'information collective", "26 09:10",
        """Bonjour,

Nous organisons chaque mois une information collective France Travail sur les métiers de l'ESS pour des demandeurs d'emploi de catégorie A diplômés. Souhaitez-vous y présenter Pro'pulse en janvier ?

Service partenaires entreprises et territoires""",
        other(),
    )),
]
