"""Forms corpus, batch 06 (writer B): Wednesday 18 – Friday 20 November 2026."""
# ruff: noqa: E501

from __future__ import annotations

from forms import N
from kit import CV, M, app, auto_reply, newsletter, other, question, reply

MESSAGES = [
    # Feature: form_other_mail — kind — Inscrivez-vous aux rendez-vous de la semaine
    # route: a regional ESS network's newsletter (List-Unsubscribe, Precedence bulk) with a sign-up table of events → newsletter
    N("form_other_mail", "kind", "Inscrivez-vous aux rendez-vous de la semaine", M(
        "La Lettre de l'ESS en Nouvelle-Aquitaine <lettre@ess-nouvelleaquitaine.example.org>",
        "La Lettre du lundi - n° 214",
        "18 08:05",
        """La Lettre du lundi — n° 214

Inscrivez-vous aux rendez-vous de la semaine :

Date       | Événement                               | Lieu       | Inscription
19/11      | Café de l'emploi solidaire             | Bordeaux   | en ligne
21/11      | Atelier « Créer sa SCOP »              | Pau        | complet
24/11      | Webinaire financement des associations | en ligne   | en ligne

Offre de la semaine : une coopérative d'habitants recrute un·e chargé·e de mission (bac+3, CDI).

Se désinscrire : https://ess-nouvelleaquitaine.example.org/lettre/desinscription""",
        newsletter(),
        headers={"List-Unsubscribe": "<https://ess-nouvelleaquitaine.example.org/lettre/desinscription>", "Precedence": "bulk"},
    ), person="b_ess_nouvelle_aquitaine"),
    # Feature: form_other_mail — kind — Ceci est une réponse automatique
    # route: a university careers office's automatic answer (Auto-Submitted) with its fields (Horaires, Accueil, Délai) → auto_reply
    N("form_other_mail", "kind", "Ceci est une réponse automatique", M(
        "BAIP Université de Poitiers <baip@univ-poitiers.example.fr>",
        "Réponse automatique : Re: Présentation du programme Pro'pulse",
        "18 08:40",
        """Ceci est une réponse automatique.

Service : Bureau d'aide à l'insertion professionnelle
Horaires d'accueil : lundi – jeudi, 9h – 12h30
Délai de réponse habituel : 5 jours ouvrés
Fermeture exceptionnelle : du 18 au 20 novembre (salon de l'étudiant)

Votre message sera traité à notre retour.""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    ), person="b_baip_poitiers"),
    # Feature: checkboxes — level — ☒ Autre : Certificat « Coordinatrice de projets solidaires »
    # ambiguous: the only diploma ticked is «Autre», a school's nine-month certificate with no level or RNCP title given: degree_level left open
    # route: her boxes: Bac, Bac+2, Bac+3 left empty, «☒ Autre : Certificat « Coordinatrice de projets solidaires »» (nine months, June 2026), an association sought → application; level open → to verify
    N("checkboxes", "level", "☒ Autre : Certificat « Coordinatrice de projets solidaires »", M(
        "Ophélie Marchadier <ophelie.marchadier@gmail.com>",
        "Demande d'accompagnement",
        "18 09:30",
        """Bonjour,

Mon dernier diplôme :
☐ Bac   ☐ Bac+2   ☐ Bac+3   ☐ Bac+5
☒ Autre : Certificat « Coordinatrice de projets solidaires » (formation de 9 mois, école Tremplin Solidaire, Nice), obtenu en juin 2026

Situation : ☒ Demandeuse d'emploi  ☐ En formation  ☐ En stage
Projet : coordinatrice dans une association de solidarité internationale

Ophélie Marchadier — 06 43 17 92 58""",
        app("Ophélie", "Marchadier", phone="+33643179258", bac=None, grad="2026-06", unknown=("degree_level",), status="b_ophelie_certificat_autre"),
    ), person="b_ophelie_marchadier"),
    # Feature: labelled_fields — situation — volontaire en service civique jusqu'au 30 juin 2027
    # route: his own labelled lines: a licence of 2026, «volontaire en service civique jusqu'au 30 juin 2027» → application; a service civique running → not eligible
    N("labelled_fields", "situation", "volontaire en service civique jusqu'au 30 juin 2027", M(
        "Ilyes Hamdani <ilyes.hamdani@outlook.fr>",
        "candidature Pro'pulse Grenoble",
        "18 10:15",
        """Bonjour,

*Nom* : Hamdani
*Prénom* : Ilyes
*Diplôme* : Licence STAPS management du sport (2026)
*Situation* : volontaire en service civique jusqu'au 30 juin 2027 à la Ligue de l'enseignement de l'Isère
*Recherche* : un emploi dans une association sportive ou d'éducation populaire
*Tél* : 07 64 20 85 31

Je voudrais préparer la suite dès maintenant.
Ilyes""",
        app("Ilyes", "Hamdani", phone="+33764208531", bac=3, grad="2026", failing=("not_service_civique",), status="b_ilyes_service_civique_2027"),
    ), person="b_ilyes_hamdani"),
    # Feature: site_notification — level — Niveau de diplôme : Bac
    # route: a site's «Candidater» form notification (From wordpress noreply, Reply-To him): the fields give his names and contacts, «Niveau de diplôme : Bac», a bac pro commerce in the message → application; level under bac+2 → not eligible
    N("site_notification", "level", "Niveau de diplôme : Bac", M(
        "WordPress <wordpress@propulse-candidature.example.org>",
        "Nouvelle soumission du formulaire « Candidater »",
        "18 11:50",
        """Nouvelle soumission du formulaire « Candidater »

Nom complet : Dylan Ferraz
E-mail : dylan.ferraz.pro@gmail.com
Téléphone : 06 71 38 24 09
Niveau de diplôme : Bac
Année d'obtention : 2023
Message : Bonjour, j'ai un bac pro commerce et deux ans d'expérience dans une épicerie solidaire à Montpellier, je voudrais devenir responsable d'épicerie solidaire.

--
Cet e-mail a été envoyé depuis un formulaire de contact sur Pro'pulse (https://propulse-candidature.example.org)""",
        app("Dylan", "Ferraz", phone="+33671382409", bac=0, grad="2023", email="dylan.ferraz.pro@gmail.com", failing=("degree_level",), status="b_dylan_site_bac_pro"),
        headers={"Reply-To": "dylan.ferraz.pro@gmail.com"},
    ), person="b_dylan_ferraz"),
    # Feature: questions_quoted — situation — EN STAGE À LA CROIX-ROUGE JUSQU'AU 15 JANVIER
    # route: the programme's questions quoted, his answers in capitals: a licence pro of 2026, «EN STAGE À LA CROIX-ROUGE JUSQU'AU 15 JANVIER» (2027, after TODAY) → application; an internship running → not eligible
    N("questions_quoted", "situation", "EN STAGE À LA CROIX-ROUGE JUSQU'AU 15 JANVIER", M(
        "Sofiane Tlili <sofiane.tlili@gmail.com>",
        "RE questions Pro'pulse",
        "18 14:20",
        """Bonjour

> Quel est votre dernier diplôme ?
LICENCE PRO GESTION DES STRUCTURES SANITAIRES ET SOCIALES

> En quelle année l'avez-vous obtenu ?
2026 (DIJON)

> Quelle est votre situation actuelle ?
EN STAGE À LA CROIX-ROUGE JUSQU'AU 15 JANVIER, AU SERVICE DES BÉNÉVOLES

> Quel emploi recherchez-vous ?
COORDINATEUR D'UN SERVICE D'AIDE À DOMICILE ASSOCIATIF

SOFIANE TLILI 06 24 70 39 85""",
        app("Sofiane", "Tlili", phone="+33624703985", bac=3, grad="2026", failing=("not_internship",), status="b_sofiane_stage_janvier"),
    ), person="b_sofiane_tlili"),
    # Feature: job_board — situation — Animatrice périscolaire, Ville de Besançon, 09/2025 – aujourd'hui
    # route: an HTML-only «Candidature simplifiée» relayed by a platform: a master 2 of September 2025, the running experience «Animatrice périscolaire, Ville de Besançon, 09/2025 – aujourd'hui» a job (not an internship), screening «stage ou service civique : Non», a cooperative sought → application; bac+5 of 2025-09 → eligible
    N("job_board", "situation", "Animatrice périscolaire, Ville de Besançon, 09/2025 – aujourd'hui", M(
        "Engagéo <ne-pas-repondre@engageo.example.com>",
        "Candidature simplifiée - Adèle Brunet-Sow",
        "18 16:00",
        """Engagéo — Candidature simplifiée

Adèle Brunet-Sow souhaite rejoindre « Pro'pulse, accompagnement des jeunes diplômé·es ».

Profil
Adresse e-mail : adele.brunetsow@gmail.com
Téléphone : 06 86 52 17 30
Formation : Master 2 Développement social et territoires, Université de Franche-Comté, septembre 2025
Expérience en cours : Animatrice périscolaire, Ville de Besançon, 09/2025 – aujourd'hui (CDD 20 h)

Questions
Êtes-vous en stage ou en service civique ? Non
Quel type de structure visez-vous ? Une coopérative ou une association de développement local

Voir le profil complet sur Engagéo.""",
        app("Adèle", "Brunet-Sow", phone="+33686521730", bac=5, grad="2025-09", email="adele.brunetsow@gmail.com", status="b_adele_engageo_periscolaire"),
        html="only",
    ), person="b_adele_brunet_sow"),
    # Feature: english_forms — studies_finished — Is the candidate currently enrolled in a course? Yes
    # route: a UK-style reference form in English filled by her tutor and sent by her: a three-year licenciatura of 2026, «Is the candidate currently enrolled in a course? Yes» (a master's, first year) → application in English; studies running → not eligible
    N("english_forms", "studies_finished", "Is the candidate currently enrolled in a course? Yes", M(
        "Inês Carvalho Matos <ines.carvalhomatos@gmail.com>",
        "Reference form for my application",
        "18 18:30",
        """Hello,

My tutor in Porto filled in the reference form below for my application.

REFERENCE FORM
Candidate: Inês Carvalho Matos
Qualification: Licenciatura em Educação Social (three years), completed July 2026
Is the candidate currently enrolled in a course? Yes — Master's in Social Intervention (first year, until 2028), Université de Bordeaux
Referee: Prof. Rui Alvarenga, Instituto Politécnico do Porto
Comments: reliable, committed to community work.

I would like a part-time job in an association while studying.
Inês — +33 7 53 90 64 21""",
        app("Inês", "Carvalho Matos", phone="+33753906421", bac="*", grad=None, failing=("studies_finished",), language="en", status="b_ines_reference_master"),
    ), person="b_ines_carvalho_matos"),
    # Feature: form_other_mail — kind — voici le questionnaire rempli
    # route: a reply in our thread (In-Reply-To <…@animafac.net>, our questionnaire quoted): the pre-interview questionnaire returned with his answers → reply, no fields
    N("form_other_mail", "kind", "voici le questionnaire rempli", M(
        "Maxence Poulain <maxence.poulain@free.fr>",
        "Re: Pro'pulse - questionnaire avant l'entretien",
        "19 08:10",
        """Bonjour Claire,

voici le questionnaire rempli :
- Diplôme : licence pro GOESS, 2025
- Disponibilités pour l'entretien : mardi ou jeudi matin
- Attentes : travailler mon pitch

Bonne journée,
Maxence

Le 17/11/2026 à 11:02, Pro'pulse a écrit :
> Bonjour Maxence,
> Avant votre entretien, merci de nous renvoyer ce court questionnaire (diplôme, disponibilités, attentes).
> L'équipe Pro'pulse""",
        reply(),
        headers={"In-Reply-To": "<questionnaire-2026-11-17-0031@animafac.net>", "References": "<questionnaire-2026-11-17-0031@animafac.net>"},
    ), person="b_maxence_poulain"),
    # Feature: school_office — graduation — Date de délivrance du diplôme : 15 octobre 2024
    # route: a university careers office's «Profil diplômé·e», sent by the office: «Année universitaire : 2023-2024», «Date de délivrance du diplôme : 15 octobre 2024» (25 months before TODAY) → application forwarded_by the office; graduation not recent → not eligible
    N("school_office", "graduation", "Date de délivrance du diplôme : 15 octobre 2024", M(
        "SUIO Université de Poitiers <suio-insertion@univ-poitiers.example.fr>",
        "Profil diplômée - A. Guéranger",
        "19 09:00",
        """Bonjour,

Nous vous adressons le profil d'une diplômée qui souhaite candidater.

PROFIL DIPLÔMÉ·E
Nom : GUÉRANGER
Prénom : Apolline
Diplôme : Master Histoire, parcours métiers de la culture
Année universitaire : 2023-2024
Date de délivrance du diplôme : 15 octobre 2024
Courriel : apolline.gueranger@laposte.net
Téléphone : 06 95 40 28 17
Projet : médiatrice culturelle dans une association ou un tiers-lieu

SUIO — insertion professionnelle""",
        app("Apolline", "Guéranger", phone="+33695402817", bac=5, grad="2024-10", email="apolline.gueranger@laposte.net", failing=("graduation_recent",), forwarded_by="suio-insertion@univ-poitiers.example.fr", status="b_apolline_octobre_2024"),
    ), person="b_apolline_gueranger"),
    # Feature: checkboxes — kind — Réservation confirmée
    # route: a coworking space's room-booking confirmation with its boxes (☒ vidéoprojecteur, ☐ café) for our workshop, no applicant → other
    N("checkboxes", "kind", "Réservation confirmée", M(
        "La Ruche Solidaire <reservations@laruche-dijon.example.org>",
        "Réservation confirmée - Salle Colibri",
        "19 10:30",
        """Réservation confirmée

Structure : Pro'pulse (Animafac)
Salle : Colibri (12 places)
Date : mardi 1er décembre 2026, 14h – 17h
Équipement : ☒ vidéoprojecteur  ☒ paperboard  ☐ café d'accueil
Facturation : ☒ convention partenaire (gratuit)  ☐ tarif associatif

Pour annuler, répondez 48 h à l'avance.
La Ruche Solidaire, Dijon""",
        other(),
    ), person="b_la_ruche_dijon"),
    # Feature: self_check — situation — Pas en service civique : pas OK
    # route: her self-check in «OK / pas OK»: a BTS SIO of 2025 OK, «Pas en service civique : pas OK», in service civique at the Secours populaire until March 2027 → application; a service civique running → not eligible
    N("self_check", "situation", "Pas en service civique : pas OK", M(
        "Kenza Rahmani <kenza.rahmani06@gmail.com>",
        "je coche les critères",
        "19 11:15",
        """Bonjour,

Je me suis comparée à vos critères :
Bac+2 : OK (BTS SIO, 2025)
Diplômée depuis moins de 2 ans : OK
Études terminées : OK
Pas en stage : OK
Pas en service civique : pas OK, je suis en service civique au Secours populaire de Nice jusqu'en mars 2027
Recherche dans l'ESS : OK, support informatique dans une association

Je préfère être honnête, dites-moi si je peux quand même candidater.
Kenza Rahmani, 07 68 42 91 06""",
        app("Kenza", "Rahmani", phone="+33768429106", bac=2, grad="2025", failing=("not_service_civique",), status="b_kenza_service_civique_mars"),
    ), person="b_kenza_rahmani"),
    # Feature: table — graduation — 2024 | Licence Sciences de l'éducation | obtenue
    # route: a text table of her path: the row «2024 | Licence Sciences de l'éducation | obtenue» dates the licence by a year alone, 2024, and nothing else does → application; graduation open → to verify
    N("table", "graduation", "2024 | Licence Sciences de l'éducation | obtenue", M(
        "Elsa Mouton <elsa.mouton63@orange.fr>",
        "Candidature",
        "19 12:40",
        """Bonjour,

Année | Diplôme / activité | Statut
2024 | Licence Sciences de l'éducation | obtenue
2024 – 2026 | Assistante d'éducation, collège de Riom | terminé
2026 | Recherche : éducatrice dans une association de protection de l'enfance | en cours

Elsa Mouton, Clermont-Ferrand — 06 31 84 07 52""",
        app("Elsa", "Mouton", phone="+33631840752", bac=3, grad="2024", unknown=("graduation_recent",), status="b_elsa_table_2024"),
    ), person="b_elsa_mouton"),
    # Feature: questions_quoted — level — Master 2 Urbanisme et aménagement
    # route: the programme's questions with «Réponse :» after each, the diploma answered «voir CV»; the attached CV gives «Master 2 Urbanisme et aménagement», September 2025, a housing cooperative sought → application; bac+5 of 2025-09 → eligible
    N("questions_quoted", "level", "Master 2 Urbanisme et aménagement", M(
        "Aurore Castaing <aurore.castaing@gmail.com>",
        "Candidature Pro'pulse (questions + CV)",
        "19 14:05",
        """Bonjour,

Question : Quel est votre dernier diplôme ?
Réponse : voir CV

Question : Quelle est votre situation actuelle ?
Réponse : en recherche d'emploi depuis la fin de mon contrat en octobre

Question : Quel emploi recherchez-vous ?
Réponse : chargée de mission dans une coopérative d'habitants ou un bailleur associatif

Aurore Castaing""",
        app("Aurore", "Castaing", phone="+33660271849", bac=5, grad="2025-09", info_in="cv", status="b_aurore_voir_cv"),
        cv=CV("odt", "CV_Aurore_Castaing.odt", """Aurore Castaing
Bordeaux - 06 60 27 18 49 - aurore.castaing@gmail.com
Master 2 Urbanisme et aménagement, Université Bordeaux Montaigne, septembre 2025
Licence Géographie, 2023
Chargée d'études (CDD), agence d'urbanisme, mars – octobre 2026
Recherche : coopérative d'habitants, habitat participatif"""),
    ), person="b_aurore_castaing"),
    # Feature: site_notification — aim — Secteur recherché :
    # route: a forms tool's «nouvelle réponse» (From a forms noreply, Reply-To him): the fields give his names and contacts, a licence pro of 2025, no stage, «Secteur recherché :» left empty and no message → application; aim open → to verify
    N("site_notification", "aim", "Secteur recherché :", M(
        "Formulaires Gformz <forms-noreply@gformz.example.com>",
        "Pré-inscription Pro'pulse : nouvelle réponse",
        "19 15:30",
        """Formulaire « Pré-inscription Pro'pulse » — nouvelle réponse

Nom : Ravel
Prénom : Thibault
Adresse e-mail : thibault.ravel@proton.me
Téléphone : 06 48 29 70 13
Diplôme : Licence pro Métiers de la gestion et de la comptabilité
Année d'obtention : 2025
Êtes-vous actuellement en stage ? : Non
Secteur recherché :
Message :

Modifier les notifications de ce formulaire : https://gformz.example.com/settings""",
        app("Thibault", "Ravel", phone="+33648297013", bac=3, grad="2025", email="thibault.ravel@proton.me", unknown=("job_seeking_ess",), status="b_thibault_secteur_vide"),
        headers={"Reply-To": "thibault.ravel@proton.me"},
    ), person="b_thibault_ravel"),
    # Feature: form_other_mail — kind — 3 bénévoles ont répondu à votre mission
    # route: a volunteer-matching platform's alert with its fields (Mission, Réponses, Statut), nobody applying to the programme → other
    N("form_other_mail", "kind", "3 bénévoles ont répondu à votre mission", M(
        "Benevolia <alertes@benevolia.example.org>",
        "3 bénévoles ont répondu à votre mission",
        "19 17:10",
        """Bonjour,

3 bénévoles ont répondu à votre mission.

Mission : Simulations d'entretien pour jeunes diplômé·es
Structure : Pro'pulse (Animafac)
Réponses : 3 nouvelles
Statut : publiée jusqu'au 15/12/2026

Consultez les profils dans votre espace structure.
L'équipe Benevolia""",
        other(),
    ), person="b_benevolia"),
    # Feature: english_forms — graduation — ✔ June 2024
    # route: an English self-check by a Dutch graduate: «Bachelor's degree (HBO, four years) ✔ June 2024», the date 29 months before TODAY, she marks it met → application in English; graduation not recent → not eligible
    N("english_forms", "graduation", "✔ June 2024", M(
        "Femke van der Meulen <femke.vandermeulen@gmail.com>",
        "Application checklist",
        "19 18:45",
        """Hi,

I checked your criteria before applying:
- At least two years of higher education: Bachelor's degree (HBO, four years, Social Work) ✔ June 2024
- Graduated less than two years ago: ✔ I think so?
- Not a student, not an intern: ✔
- Looking for a job in the social economy: ✔ a social enterprise in Grenoble

Femke van der Meulen
+31 6 4382 9017""",
        app("Femke", "van der Meulen", phone="+31643829017", bac=4, grad="2024-06", failing=("graduation_recent",), language="en", status="b_femke_hbo_2024"),
    ), person="b_femke_van_der_meulen"),
    # Feature: form_other_mail — kind — l'accompagnement est-il compatible avec un contrat d'engagement jeune
    # route: the site's «Poser une question» form (a category, a question), no fact of the writer's → question
    N("form_other_mail", "kind", "l'accompagnement est-il compatible avec un contrat d'engagement jeune", M(
        "Pro'pulse - FAQ <no-reply@propulse-faq.example.org>",
        "Nouvelle question posée sur le site",
        "19 20:20",
        """Nouvelle question posée sur le site

Catégorie : Financement et aides
Prénom : Louna
Question : l'accompagnement est-il compatible avec un contrat d'engagement jeune ? Je ne veux pas perdre l'allocation.
Répondre à : louna.perret@gmail.com""",
        question(),
        headers={"Reply-To": "louna.perret@gmail.com"},
    ), person="b_louna_perret"),
    # Feature: adviser_sheet — level — Niveau de qualification : CAP Accompagnant éducatif petite enfance
    # route: an E2C (école de la deuxième chance) «fiche de suivi»: the young woman's «Niveau de qualification : CAP Accompagnant éducatif petite enfance» → application forwarded_by the trainer; level under bac+2 → not eligible
    N("adviser_sheet", "level", "Niveau de qualification : CAP Accompagnant éducatif petite enfance", M(
        "Damien Lacoste <d.lacoste@e2c-brest.example.org>",
        "Fiche de suivi E2C - Ambre Courtois",
        "20 08:30",
        """Bonjour,

Suite à notre échange téléphonique, voici la fiche de suivi d'Ambre.

FICHE DE SUIVI — École de la 2e chance, site de Brest
Formateur référent : Damien Lacoste (titulaire d'un master en sciences de l'éducation)
Stagiaire : COURTOIS Ambre, 21 ans
Contact : ambre.courtois29@gmail.com — 06 58 93 12 40
Niveau de qualification : CAP Accompagnant éducatif petite enfance (2024)
Projet : animatrice dans une crèche associative
Observations : projet solide, très autonome.

Damien Lacoste""",
        app("Ambre", "Courtois", phone="+33658931240", bac=0, grad="2024", email="ambre.courtois29@gmail.com", failing=("degree_level",), forwarded_by="d.lacoste@e2c-brest.example.org", status="b_ambre_e2c_cap"),
    ), person="b_ambre_courtois"),
    # Feature: self_check — graduation — (novembre 2024, tout juste !)
    # route: her self-check, every item ✔, the date one qualified «(novembre 2024, tout juste !)», 24 months before TODAY, still within the limit → application; bac+3 of 2024-11 → eligible
    N("self_check", "graduation", "(novembre 2024, tout juste !)", M(
        "Héloïse Faure <heloise.faure@yahoo.fr>",
        "Candidature - critères vérifiés",
        "20 09:45",
        """Bonjour,

✔ Bac+2 minimum : licence Information-communication
✔ Diplômée depuis moins de 2 ans : oui (novembre 2024, tout juste !)
✔ Études terminées, pas en stage, pas en service civique
✔ Recherche d'un emploi dans l'ESS : chargée de communication dans une fondation ou une fédération associative

Héloïse Faure, Orléans — 06 22 59 84 13""",
        app("Héloïse", "Faure", phone="+33622598413", bac=3, grad="2024-11", status="b_heloise_novembre_2024"),
    ), person="b_heloise_faure"),
    # Feature: job_board — situation — Disponibilité : à la fin de ma mission en cours
    # ambiguous: «ma mission en cours» is not said to be an internship, a service civique or a job, nor when it ends: not_internship and not_service_civique left open
    # route: a platform's relayed application: screening «Disponibilité : à la fin de ma mission en cours», a licence pro of 2026, an association sought → application; situation open → to verify
    N("job_board", "situation", "Disponibilité : à la fin de ma mission en cours", M(
        "Alterjob <candidats@alterjob.example.com>",
        "Nouvelle candidature reçue - Yanis Cordier",
        "20 11:20",
        """Alterjob — Nouvelle candidature reçue

Candidat : Yanis Cordier (Nice)
Email : yanis.cordier@icloud.com
Téléphone : 07 47 13 62 95

Questions de présélection
Avez-vous un diplôme de niveau bac+2 ? Oui — licence pro Animation des activités physiques (2026)
Disponibilité : à la fin de ma mission en cours
Quel poste visez-vous ? Éducateur sportif dans une association de quartier

Alterjob, l'emploi qui a du sens.""",
        app("Yanis", "Cordier", phone="+33747136295", bac=3, grad="2026", email="yanis.cordier@icloud.com", unknown=("not_internship", "not_service_civique"), status="b_yanis_mission_en_cours"),
    ), person="b_yanis_cordier"),
    # Feature: numbered_answers — aim — dans l'hôtellerie de luxe
    # route: lettered answers without the questions: a BTS Tourisme of 2025, «b. je cherche dans l'hôtellerie de luxe», no ESS employer → application; no ESS search → not eligible
    N("numbered_answers", "aim", "dans l'hôtellerie de luxe", M(
        "Giulia Benedetti <giulia.benedetti@gmail.com>",
        "mes réponses",
        "20 13:00",
        """Bonjour,

a. BTS Tourisme, lycée Masséna, 2025
b. je cherche dans l'hôtellerie de luxe, réception ou conciergerie, sur la Côte d'Azur
c. ni stage ni service civique en ce moment
d. 06 79 25 40 86

Merci !
Giulia""",
        app("Giulia", "Benedetti", phone="+33679254086", bac=2, grad="2025", failing=("job_seeking_ess",), status="b_giulia_hotellerie"),
    ), person="b_giulia_benedetti"),
    # Feature: english_forms — kind — Registration confirmed
    # route: a Canadian partner's webinar registration confirmation in English with its fields (Event, Date, Attendee) → other
    N("english_forms", "kind", "Registration confirmed", M(
        "Social Economy Network Canada <events@socialeconomy-canada.example.org>",
        "Registration confirmed: Youth employment in the social economy",
        "20 15:15",
        """Registration confirmed

Event: Youth employment in the social economy — a France–Québec exchange
Date: Thursday 3 December 2026, 10:00 (Montréal) / 16:00 (Paris)
Attendee: Pro'pulse team, Animafac
Format: online, the link will be sent the day before

Need to cancel? Reply to this email.""",
        other(),
    ), person="b_social_economy_canada"),
    # Feature: school_office — graduation — Date de diplomation : 30 juin 2026
    # route: a business school's career centre «Profil du diplômé», sent by the centre: a bachelor in solidarity project management, «Date de diplomation : 30 juin 2026», an association sought → application forwarded_by the centre; bac+3 of 2026-06 → eligible
    N("school_office", "graduation", "Date de diplomation : 30 juin 2026", M(
        "Career Center ESC Côte d'Azur <careers@esc-cotedazur.example.fr>",
        "Profil du diplômé - Inaya Belkacem",
        "20 16:40",
        """Bonjour,

Notre career center accompagne ses jeunes diplômés vers l'ESS. Voici le profil d'Inaya.

PROFIL DU DIPLÔMÉ
Nom : Belkacem
Prénom : Inaya
Programme : Bachelor Responsable de projets solidaires (3 ans)
Date de diplomation : 30 juin 2026
E-mail : inaya.belkacem@gmail.com
Mobile : 06 84 31 75 29
Projet : chargée de projets dans une association d'aide alimentaire

Career Center — ESC Côte d'Azur, Nice""",
        app("Inaya", "Belkacem", phone="+33684317529", bac=3, grad="2026-06", email="inaya.belkacem@gmail.com", forwarded_by="careers@esc-cotedazur.example.fr", status="b_inaya_career_center"),
    ), person="b_inaya_belkacem"),
    # Feature: table — aim — association d'aide à domicile
    # route: an HTML-only skills matrix (<table>): a BTS SP3S of 2025 in the row «Diplôme», «Secteur visé | association d'aide à domicile» → application; bac+2 of 2025, ESS aim → eligible
    N("table", "aim", "association d'aide à domicile", M(
        "Joachim Fabregas <joachim.fabregas@laposte.net>",
        "Ma candidature (grille de compétences)",
        "20 19:00",
        """Bonjour, voici ma grille.

Rubrique | Détail
Diplôme | BTS SP3S, 2025, lycée Jean-Moulin, Rouen
Compétences | accueil, dossiers d'aide sociale, coordination d'intervenants
Secteur visé | association d'aide à domicile
Téléphone | 06 39 72 15 84

Joachim Fabregas""",
        app("Joachim", "Fabregas", phone="+33639721584", bac=2, grad="2025", status="b_joachim_grille"),
        html="only",
        body_html="""<html><body><p>Bonjour, voici ma grille.</p>
<table border="1"><tr><th>Rubrique</th><th>Détail</th></tr>
<tr><td>Diplôme</td><td>BTS SP3S, 2025, lycée Jean-Moulin, Rouen</td></tr>
<tr><td>Compétences</td><td>accueil, dossiers d'aide sociale, coordination d'intervenants</td></tr>
<tr><td>Secteur visé</td><td>association d'aide à domicile</td></tr>
<tr><td>Téléphone</td><td>06 39 72 15 84</td></tr></table>
<p>Joachim Fabregas</p></body></html>""",
    ), person="b_joachim_fabregas"),
]
