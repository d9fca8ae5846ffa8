"""Forms corpus, batch 07 (writer B): Saturday 21 – Monday 23 November 2026."""
# ruff: noqa: E501

from __future__ import annotations

from forms import N
from kit import CV, M, app, bounce, other, question, reply

MESSAGES = [
    # Feature: form_other_mail — kind — Formulaire de reporting annuel à compléter
    # route: a foundation's reporting platform notification, the fields to fill (jeunes accompagnés, sorties en emploi), a funder asking figures → other
    N("form_other_mail", "kind", "Formulaire de reporting annuel à compléter", M(
        "Plateforme Subventions - Fondation Horizons Partagés <noreply@subventions-horizons.example.org>",
        "Formulaire de reporting annuel à compléter avant le 15 décembre",
        "21 09:10",
        """Formulaire de reporting annuel à compléter

Projet : Pro'pulse 2026 (convention n° HP-2026-118)
Champs obligatoires :
- Nombre de jeunes accompagnés :
- Dont diplômé·es bac+2 / bac+3 / bac+5 :
- Sorties en emploi à 6 mois :
- Budget réalisé :

Date limite : 15 décembre 2026. Connectez-vous à votre espace porteur pour saisir vos réponses.""",
        other(),
    ), person="b_fondation_horizons_partages"),
    # Feature: checkboxes — studies_finished — ☒ J'ai terminé mes études
    # route: his boxes: «☒ J'ai terminé mes études ☐ Je suis encore étudiant·e», a master 2 of September 2026, no stage, a mutual-aid association sought → application; studies over → eligible
    N("checkboxes", "studies_finished", "☒ J'ai terminé mes études", M(
        "Corentin Abgrall <corentin.abgrall@gmail.com>",
        "Candidature programme Pro'pulse",
        "21 10:30",
        """Bonjour,

☒ J'ai terminé mes études   ☐ Je suis encore étudiant·e
Diplôme : Master 2 Gestion des territoires et développement local, UBO Brest, soutenu et validé en septembre 2026
☐ En stage   ☐ En service civique   ☒ Ni l'un ni l'autre
Recherche : chargé de développement dans une association d'entraide ou un pôle territorial de coopération économique

Corentin Abgrall
06 26 83 14 70""",
        app("Corentin", "Abgrall", phone="+33626831470", bac=5, grad="2026-09", status="b_corentin_etudes_terminees"),
    ), person="b_corentin_abgrall"),
    # Feature: labelled_fields — situation — Disponibilité : après mon stage
    # ambiguous: «Disponibilité : après mon stage» says a stage is running but not when it ends: it may end before TODAY or after; not_internship left open
    # route: her labelled lines: a licence pro of 2026, «Disponibilité : après mon stage» with no end date, an association sought → application; internship open → to verify
    N("labelled_fields", "situation", "Disponibilité : après mon stage", M(
        "Lucille Bonnaud <lucille.bonnaud@orange.fr>",
        "candidature",
        "21 11:45",
        """Bonjour,

Nom : Bonnaud
Prénom : Lucille
Diplôme : Licence pro Intervention sociale, accompagnement de publics spécifiques
Année : 2026
Disponibilité : après mon stage
Ville : Poitiers
Tél : 06 93 41 70 26
Poste souhaité : accompagnatrice sociale dans une association d'hébergement

Lucille""",
        app("Lucille", "Bonnaud", phone="+33693417026", bac=3, grad="2026", unknown=("not_internship",), status="b_lucille_apres_stage"),
    ), person="b_lucille_bonnaud"),
    # Feature: site_notification — aim — dans une SCOP de l'économie circulaire
    # route: a site builder's notification (From noreply, Reply-To her): her names and contacts in the fields, a BUT GEA of 2025 and «dans une SCOP de l'économie circulaire» in the message → application; bac+3 of 2025, ESS aim → eligible
    N("site_notification", "aim", "dans une SCOP de l'économie circulaire", M(
        "Jimdoo <noreply@jimdoo.example.com>",
        "Nouveau message de votre site propulse-jeunes",
        "21 14:00",
        """Nouveau message de votre site propulse-jeunes

Nom : Léna Oyono
E-mail : lena.oyono@gmail.com
Téléphone : 07 62 18 94 35
Objet : Je veux candidater
Message :
Bonjour, je suis diplômée d'un BUT Gestion des entreprises et des administrations (2025, IUT de Tours). Je cherche un poste de gestionnaire dans une SCOP de l'économie circulaire (réemploi, recyclerie). Merci de me dire comment m'inscrire.

Répondez directement à ce message pour écrire à l'expéditrice.""",
        app("Léna", "Oyono", phone="+33762189435", bac=3, grad="2025", email="lena.oyono@gmail.com", status="b_lena_site_scop"),
        headers={"Reply-To": "lena.oyono@gmail.com"},
    ), person="b_lena_oyono"),
    # Feature: site_notification — kind — les ateliers ont-ils lieu le samedi
    # route: the same site's notification, the message field a question about the workshops, no fact of the writer's → question
    N("site_notification", "kind", "les ateliers ont-ils lieu le samedi", M(
        "Jimdoo <noreply@jimdoo.example.com>",
        "Nouveau message de votre site propulse-jeunes",
        "21 16:20",
        """Nouveau message de votre site propulse-jeunes

Nom : Arthur Mignon
E-mail : arthur.mignon@yahoo.fr
Téléphone :
Objet : Question
Message :
Bonjour, les ateliers ont-ils lieu le samedi ? Je travaille en semaine. Merci

Répondez directement à ce message pour écrire à l'expéditeur.""",
        question(),
        headers={"Reply-To": "arthur.mignon@yahoo.fr"},
    ), person="b_arthur_mignon"),
    # Feature: adviser_sheet — career_change — a travaillé cinq ans comme agent de sécurité
    # ambiguous: the sheet says he worked five years as a security guard before his licence but neither he nor the adviser says whether the licence was a change of trade: not_career_change left open
    # route: a Maison de l'emploi «fiche de mise en relation»: a licence of psychology of 2025, «a travaillé cinq ans comme agent de sécurité» before it, an association sought → application forwarded_by the adviser; career change open → to verify
    N("adviser_sheet", "career_change", "a travaillé cinq ans comme agent de sécurité", M(
        "Christelle Moreau <c.moreau@mde-orleans.example.org>",
        "Fiche de mise en relation - Pro'pulse",
        "21 18:00",
        """Bonjour,

FICHE DE MISE EN RELATION — Maison de l'emploi d'Orléans Métropole
Chargée de relation : Christelle Moreau — 02 38 00 00 00
Personne accompagnée : Abdoulaye SANGARÉ
Courriel : abdoulaye.sangare45@gmail.com — Portable : 07 56 30 81 29
Formation : Licence Psychologie, Université d'Orléans (2025)
Parcours : a travaillé cinq ans comme agent de sécurité avant et pendant sa licence
Projet : intervenant social dans une association d'accueil de jour
Motif de la mise en relation : besoin d'un réseau dans le secteur associatif

Bien cordialement,
Christelle Moreau""",
        app("Abdoulaye", "Sangaré", phone="+33756308129", bac=3, grad="2025", email="abdoulaye.sangare45@gmail.com", unknown=("not_career_change",), forwarded_by="c.moreau@mde-orleans.example.org", status="b_abdoulaye_agent_securite"),
    ), person="b_abdoulaye_sangare"),
    # Feature: adviser_sheet — level — Niveau : bac+5 (Master 2 Droit de l'économie sociale et solidaire)
    # route: a department's RSA referent's «fiche de prescription»: «Niveau : bac+5 (Master 2 Droit de l'économie sociale et solidaire)», December 2025, an association sought; the referent's own diploma in the Prescripteur block → application forwarded_by the referent; eligible
    N("adviser_sheet", "level", "Niveau : bac+5 (Master 2 Droit de l'économie sociale et solidaire)", M(
        "Hervé Giraud <herve.giraud@herault.example.fr>",
        "Prescription Pro'pulse - Mme Boukhris",
        "22 08:40",
        """Bonjour,

FICHE DE PRESCRIPTION — Service insertion du Département (Montpellier)
Prescripteur : Hervé Giraud, référent RSA (DE Conseiller en économie sociale familiale) — 04 67 00 00 00
Bénéficiaire : BOUKHRIS Samira
Contact : samira.boukhris@outlook.fr / 06 49 82 37 15
Niveau : bac+5 (Master 2 Droit de l'économie sociale et solidaire), diplômée en décembre 2025
Objectif : juriste dans une fédération associative ou une mutuelle
Observations : bénéficiaire du RSA depuis janvier, très autonome dans ses démarches.

Hervé Giraud""",
        app("Samira", "Boukhris", phone="+33649823715", bac=5, grad="2025-12", email="samira.boukhris@outlook.fr", forwarded_by="herve.giraud@herault.example.fr", status="b_samira_prescription_rsa"),
    ), person="b_samira_boukhris"),
    # Feature: questions_quoted — aim — > Quel emploi recherchez-vous ?
    # route: the programme's questions quoted, each answered but the last, «> Quel emploi recherchez-vous ?» left without an answer: a DUT of 2025, no stage → application; aim open → to verify
    N("questions_quoted", "aim", "> Quel emploi recherchez-vous ?", M(
        "Aymeric Lenoir <aymeric.lenoir@laposte.net>",
        "questions",
        "22 09:30",
        """Bonjour,

> Quel est votre dernier diplôme ?
DUT Information-communication

> En quelle année l'avez-vous obtenu ?
2025

> Quelle est votre situation actuelle ?
Je fais des livraisons à vélo en attendant, je ne suis ni en stage ni en service civique.

> Quel emploi recherchez-vous ?

Aymeric Lenoir, Rouen
06 17 94 53 28""",
        app("Aymeric", "Lenoir", phone="+33617945328", bac=2, grad="2025", unknown=("job_seeking_ess",), status="b_aymeric_question_sans_reponse"),
    ), person="b_aymeric_lenoir"),
    # Feature: school_office — studies_finished — sous réserve de validation du stage (jury de janvier 2027)
    # ambiguous: the BUT is marked obtained «sous réserve de validation du stage», the jury sitting in January 2027: studies neither over nor failed yet; studies_finished left open
    # route: an IUT's relations-entreprises template presenting a graduate, sent by the service: a BUT GACO «Date d'obtention : sous réserve de validation du stage (jury de janvier 2027)» → application forwarded_by the service; studies open → to verify
    N("school_office", "studies_finished", "sous réserve de validation du stage (jury de janvier 2027)", M(
        "Relations entreprises IUT2 Grenoble <relations-entreprises@iut2-grenoble.example.fr>",
        "Présentation d'une diplômée - Clara Vuillermoz",
        "22 10:45",
        """Bonjour,

Dans le cadre de notre partenariat, nous vous présentons une étudiante de notre dernière promotion.

Nom : Vuillermoz
Prénom : Clara
Formation suivie : BUT Gestion administrative et commerciale des organisations
Date d'obtention : sous réserve de validation du stage (jury de janvier 2027)
Courriel : clara.vuillermoz@gmail.com
Téléphone : 06 73 58 02 41
Projet : assistante de gestion dans une SCIC ou une association

Service relations entreprises — IUT2 Grenoble""",
        app("Clara", "Vuillermoz", phone="+33673580241", bac=3, grad=None, email="clara.vuillermoz@gmail.com", unknown=("studies_finished",), forwarded_by="relations-entreprises@iut2-grenoble.example.fr", status="b_clara_sous_reserve"),
    ), person="b_clara_vuillermoz"),
    # Feature: school_office — kind — Formulaire de participation au forum des métiers
    # route: a lycée's careers office sends its forum registration form to fill (Structure, Intervenant, Besoins), no graduate presented → other
    N("school_office", "kind", "Formulaire de participation au forum des métiers", M(
        "Bureau de l'orientation - Lycée Camille-Guérin <orientation@lycee-camilleguerin.example.fr>",
        "Forum des métiers du 14 janvier - formulaire",
        "22 11:30",
        """Bonjour,

Votre programme nous a été recommandé pour notre forum des métiers. Formulaire de participation au forum des métiers :

Structure : ....................
Intervenant(e) : ....................
Public visé : ☐ BTS ☐ Terminales ☐ Les deux
Besoins : ☐ table ☐ écran ☐ prise

Merci de nous le retourner avant le 15 décembre.
Le bureau de l'orientation, lycée Camille-Guérin, Poitiers""",
        other(),
    ), person="b_lycee_camille_guerin"),
    # Feature: job_board — career_change — Infirmière, CHU de Nice, 2014 – 2024
    # route: a platform's relayed application: the profile's experience «Infirmière, CHU de Nice, 2014 – 2024», a master of 2026, her note «après dix ans d'hôpital je change de voie» → application; career change → not eligible
    N("job_board", "career_change", "Infirmière, CHU de Nice, 2014 – 2024", M(
        "Welkamjob <relais@welkamjob.example.com>",
        "Nouvelle candidature : Véronique Pastor",
        "22 13:15",
        """Welkamjob — Nouvelle candidature

Offre : Pro'pulse – accompagnement jeunes diplômé·es
Candidate : Véronique Pastor
E-mail : veronique.pastor@gmail.com
Téléphone : 06 38 27 61 94

Parcours
Master Management des organisations sanitaires et sociales, 2026
Infirmière, CHU de Nice, 2014 – 2024

Message de la candidate
« Après dix ans d'hôpital je change de voie : je vise la direction d'un établissement associatif. »""",
        app("Véronique", "Pastor", phone="+33638276194", bac=5, grad="2026", email="veronique.pastor@gmail.com", failing=("not_career_change",), status="b_veronique_infirmiere"),
    ), person="b_veronique_pastor"),
    # Feature: table — situation — 07/2026 – 10/2026 | Stage, Emmaüs Connect | terminé
    # route: a text table of periods with a status column, the stage «07/2026 – 10/2026 | Stage, Emmaüs Connect | terminé» over before TODAY, a licence pro of 2026, a CV attached → application; no stage running → eligible
    N("table", "situation", "07/2026 – 10/2026 | Stage, Emmaüs Connect | terminé", M(
        "Nour El Amrani <nour.elamrani@gmail.com>",
        "Candidature Pro'pulse - Nour El Amrani",
        "22 15:00",
        """Bonjour,

Période | Activité | Statut
09/2025 – 06/2026 | Licence pro Médiation numérique, Université de Montpellier | diplômée
07/2026 – 10/2026 | Stage, Emmaüs Connect | terminé
depuis 11/2026 | Recherche d'emploi : médiatrice numérique en association | en cours

CV en pièce jointe.
Nour El Amrani — 07 52 94 61 83""",
        app("Nour", "El Amrani", phone="+33752946183", bac=3, grad="2026-06", status="b_nour_stage_termine"),
        cv=CV("docx", "CV_Nour_El_Amrani.docx", """Nour El Amrani
Montpellier - 07 52 94 61 83 - nour.elamrani@gmail.com
Licence professionnelle Médiation numérique, Université de Montpellier, juin 2026
Stage de médiatrice numérique, Emmaüs Connect, juillet – octobre 2026
BTS SIO, 2025
Recherche : médiatrice numérique dans une association"""),
    ), person="b_nour_el_amrani"),
    # Feature: table — graduation — Date d'obtention
    # route: an HTML-only <table> of his answers, the cell «Date d'obtention» left empty beside a BTS, an association sought → application; graduation open → to verify
    N("table", "graduation", "Date d'obtention", M(
        "Tanguy Riou <tanguy.riou@free.fr>",
        "candidature Pro'pulse",
        "22 16:45",
        """Bonjour,

Diplôme | BTS Gestion et protection de la nature
Date d'obtention |
Situation | sans emploi, ni stage ni service civique
Poste visé | animateur nature dans une association d'éducation à l'environnement
Téléphone | 06 82 50 37 16

Tanguy Riou, Brest""",
        app("Tanguy", "Riou", phone="+33682503716", bac=2, grad=None, unknown=("graduation_recent",), status="b_tanguy_date_vide"),
        html="only",
        body_html="""<html><body><p>Bonjour,</p>
<table border="1">
<tr><td>Diplôme</td><td>BTS Gestion et protection de la nature</td></tr>
<tr><td>Date d'obtention</td><td></td></tr>
<tr><td>Situation</td><td>sans emploi, ni stage ni service civique</td></tr>
<tr><td>Poste visé</td><td>animateur nature dans une association d'éducation à l'environnement</td></tr>
<tr><td>Téléphone</td><td>06 82 50 37 16</td></tr></table>
<p>Tanguy Riou, Brest</p></body></html>""",
    ), person="b_tanguy_riou"),
    # Feature: self_check — aim — je cherche surtout en RH, peu importe le secteur
    # ambiguous: she marks the ESS criterion «?» and seeks HR «peu importe le secteur»: an ESS employer is neither sought nor excluded; job_seeking_ess left open
    # route: her self-check: level ✔, date ✔ (2025), no stage ✔, «Recherche dans l'ESS : ? je cherche surtout en RH, peu importe le secteur» → application; aim open → to verify
    N("self_check", "aim", "je cherche surtout en RH, peu importe le secteur", M(
        "Perrine Valette <perrine.valette@gmail.com>",
        "Candidature",
        "22 18:20",
        """Bonjour,

Licence pro Gestion des ressources humaines (bac+3) : ✔
Diplômée en 2025 : ✔
Pas en stage, pas en service civique : ✔
Recherche dans l'ESS : ? je cherche surtout en RH, peu importe le secteur

Perrine Valette, Orléans
07 41 96 28 53""",
        app("Perrine", "Valette", phone="+33741962853", bac=3, grad="2025", unknown=("job_seeking_ess",), status="b_perrine_rh_secteur"),
    ), person="b_perrine_valette"),
    # Feature: numbered_answers — graduation — 2) ?
    # route: answers out of order without the questions, answer 2 (the year) given only as «2) ?», a master of cultural mediation → application; graduation open → to verify
    N("numbered_answers", "graduation", "2) ?", M(
        "Élio Marquet <elio.marquet@icloud.com>",
        "Réponses au formulaire",
        "22 20:00",
        """Bonsoir,

3) en recherche, pas de stage
1) Master Médiation culturelle et patrimoine, Université de Bourgogne
4) chargé de médiation dans une association patrimoniale ou un écomusée
2) ?

Élio Marquet, Dijon — 06 34 71 85 90""",
        app("Élio", "Marquet", phone="+33634718590", bac=5, grad=None, unknown=("graduation_recent",), status="b_elio_annee_manquante"),
    ), person="b_elio_marquet"),
    # Feature: numbered_answers — situation — 3- j'ai fini mon service civique en août
    # route: «1- 2- 3-» answers without the questions: a BTS of 2025, «3- j'ai fini mon service civique en août» (over), an association sought → application; eligible
    N("numbered_answers", "situation", "3- j'ai fini mon service civique en août", M(
        "Maïwenn Guivarc'h <maiwenn.guivarch@gmail.com>",
        "pro'pulse",
        "23 08:30",
        """Bonjour,
1- BTS Communication, 2025, Quimper
2- chargée de communication dans une association culturelle ou une SCOP
3- j'ai fini mon service civique en août, je suis disponible
4- 06 45 80 23 17
Maïwenn""",
        app("Maïwenn", "Guivarc'h", phone="+33645802317", bac=2, grad="2025", status="b_maiwenn_service_civique_fini"),
    ), person="b_maiwenn_guivarch"),
    # Feature: form_other_mail — kind — Fiche de suivi mensuel
    # route: a participant returns our monthly follow-up form in our thread (In-Reply-To <…@animafac.net>, our mail quoted) → reply, no fields
    N("form_other_mail", "kind", "Fiche de suivi mensuel", M(
        "Soraya Lenormand <soraya.lenormand@hotmail.fr>",
        "Re: Fiche de suivi mensuel - novembre",
        "23 09:45",
        """Bonjour,

Fiche de suivi mensuel remplie :
Candidatures envoyées : 6
Entretiens obtenus : 1 (SCIC de covoiturage, le 2 décembre)
Difficultés : la lettre de motivation
Besoin d'un rendez-vous avec la coach : oui

Soraya

Le 20/11/2026 à 09:00, Pro'pulse a écrit :
> Bonjour à toutes et à tous,
> Merci de nous renvoyer la fiche de suivi mensuel avant le 25 novembre.""",
        reply(),
        headers={"In-Reply-To": "<suivi-2026-11-20-0012@animafac.net>", "References": "<suivi-2026-11-20-0012@animafac.net>"},
    ), person="b_soraya_lenormand"),
    # Feature: checkboxes — situation — Stage en cours : Oui (jusqu'au 18 décembre)
    # route: «Oui / Non» pairs with one kept: «Stage en cours : Oui (jusqu'au 18 décembre)», a BTS of 2026 → application; an internship running after TODAY → not eligible
    N("checkboxes", "situation", "Stage en cours : Oui (jusqu'au 18 décembre)", M(
        "Léonie Barthe <leonie.barthe@gmail.com>",
        "Candidature Léonie Barthe",
        "23 10:30",
        """Bonjour,

Diplômée : Oui
Diplôme : BTS Services et prestations des secteurs sanitaire et social, 2026
Stage en cours : Oui (jusqu'au 18 décembre)
Service civique : Non
Recherche d'emploi dans une association : Oui

Je voulais candidater dès maintenant pour être prête en janvier.
Léonie Barthe, Tours — 06 21 87 49 30""",
        app("Léonie", "Barthe", phone="+33621874930", bac=2, grad="2026", failing=("not_internship",), status="b_leonie_stage_decembre"),
    ), person="b_leonie_barthe"),
    # Feature: english_forms — aim — a co-operative or a community organisation
    # route: English fields by a Canadian graduate: a Bachelor of Social Work of May 2026 (four years), ☒ Graduate, «Looking for: a job in a co-operative or a community organisation» → application in English; eligible
    N("english_forms", "aim", "a co-operative or a community organisation", M(
        "Gabrielle Arsenault <gabrielle.arsenault@gmail.com>",
        "Application form - Gabrielle Arsenault",
        "23 11:50",
        """Hello,

Name: Gabrielle Arsenault
Highest qualification: Bachelor of Social Work (four years), Université de Moncton
Date of graduation: May 2026
Current status: ☐ Student ☒ Graduate ☐ Intern ☐ Volunteer
Looking for: a job in a co-operative or a community organisation in Bordeaux
Phone: +33 6 57 14 92 83

I moved to France in September with a working holiday visa.
Gabrielle""",
        app("Gabrielle", "Arsenault", phone="+33657149283", bac=4, grad="2026-05", language="en", status="b_gabrielle_bsw_2026"),
    ), person="b_gabrielle_arsenault"),
    # Feature: english_forms — studies_finished — Date of graduation: December 2027 (expected)
    # route: English fields by an Australian student: a bachelor's in progress, «Date of graduation: December 2027 (expected)», on exchange in Montpellier → application in English; studies running → not eligible
    N("english_forms", "studies_finished", "Date of graduation: December 2027 (expected)", M(
        "Chloe Whitfield <chloe.whitfield@outlook.com>",
        "Pro'pulse form",
        "23 13:30",
        """Hi there,

Name: Chloe Whitfield
Course: Bachelor of Arts (Development Studies), University of Queensland
Date of graduation: December 2027 (expected)
Current status: ☒ Student (exchange semester in Montpellier) ☐ Graduate
Looking for: part-time work with an NGO
Phone: +61 412 583 906

Cheers,
Chloe""",
        app("Chloe", "Whitfield", phone="+61412583906", bac="*", grad=None, failing=("studies_finished",), language="en", status="b_chloe_expected_2027"),
    ), person="b_chloe_whitfield"),
    # Feature: form_other_mail — kind — Note de frais - formulaire de remboursement
    # route: a volunteer coach's expense claim form (date, trajet, montant), no applicant → other
    N("form_other_mail", "kind", "Note de frais - formulaire de remboursement", M(
        "Bernard Lachaume <bernard.lachaume@orange.fr>",
        "Note de frais - formulaire de remboursement",
        "23 14:45",
        """Bonjour,

Voici mon formulaire rempli pour les simulations d'entretien :

Bénévole : Bernard Lachaume
Date : 17/11/2026
Trajet : Tours – Orléans aller-retour (TER)
Montant : 38,40 €
RIB : déjà transmis

Bien à vous,
Bernard""",
        other(),
    ), person="b_bernard_lachaume"),
    # Feature: form_other_mail — kind — 5 nouveaux profils correspondent à votre recherche
    # route: a CV database's automatic alert with its fields (Recherche, Profils, Localisation), no applicant writing → other
    N("form_other_mail", "kind", "5 nouveaux profils correspondent à votre recherche", M(
        "CVthèque Solidaire <alertes@cvtheque-solidaire.example.com>",
        "5 nouveaux profils correspondent à votre recherche",
        "23 16:10",
        """5 nouveaux profils correspondent à votre recherche

Recherche enregistrée : « jeunes diplômés bac+2 à bac+5 — ESS »
Localisation : Nouvelle-Aquitaine
Profils : 5 (dont 2 disponibles immédiatement)

Connectez-vous pour consulter les CV. Gérer mes alertes.""",
        other(),
    ), person="b_cvtheque_solidaire"),
    # Feature: form_other_mail — kind — Host or domain name not found
    # route: a delivery failure (multipart/report) of our form's confirmation, the domain misspelt → bounce
    N("form_other_mail", "kind", "Host or domain name not found", M(
        "Mail Delivery System <MAILER-DAEMON@smtp.animafac.net>",
        "Undelivered Mail Returned to Sender",
        "23 17:30",
        """This is the mail system at host smtp.animafac.net.

Your message « Confirmation de votre pré-inscription Pro'pulse » could not be delivered.

<sacha.mendy@yaho.fr>: Host or domain name not found. Name service error for name=yaho.fr""",
        bounce("sacha.mendy@yaho.fr"),
        bounce="""Reporting-MTA: dns; smtp.animafac.net
Final-Recipient: rfc822; sacha.mendy@yaho.fr
Action: failed
Status: 5.4.4
Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error for name=yaho.fr""",
    ), person="b_sacha_mendy"),
    # Feature: questions_quoted — situation — non concerné
    # route: the programme's questions quoted with «Q :», his answers after «R :»: a licence of 2026, «Êtes-vous en stage ou en service civique ?» answered «non concerné» (he is neither), an association sought → application; eligible
    N("questions_quoted", "situation", "non concerné", M(
        "Ibrahima Ndao <ibrahima.ndao@gmail.com>",
        "Mes réponses - Pro'pulse",
        "23 19:00",
        """Bonsoir,

Q : Quel est votre dernier diplôme et en quelle année ?
R : Licence Administration économique et sociale, Université de Bordeaux, juin 2026

Q : Êtes-vous actuellement en stage ou en service civique ?
R : non concerné

Q : Quel emploi recherchez-vous ?
R : chargé d'accueil et d'accompagnement dans une association d'aide aux réfugiés

Ibrahima Ndao — 07 69 31 52 80""",
        app("Ibrahima", "Ndao", phone="+33769315280", bac=3, grad="2026-06", status="b_ibrahima_non_concerne"),
    ), person="b_ibrahima_ndao"),
    # Feature: school_office — level — Diplôme préparé : Master 2 Management de projets solidaires (bac+5)
    # route: a university careers service's «Profil du diplômé» sent by the service: «Diplôme préparé : Master 2 Management de projets solidaires (bac+5)», obtained July 2025 → application forwarded_by the service; eligible
    N("school_office", "level", "Diplôme préparé : Master 2 Management de projets solidaires (bac+5)", M(
        "Orientation-Insertion Université de Rouen <insertion-pro@univ-rouen.example.fr>",
        "Profil du diplômé - Hamza Ait Ouali",
        "23 20:15",
        """Bonjour,

PROFIL DU DIPLÔMÉ
Nom, prénom : AIT OUALI Hamza
Diplôme préparé : Master 2 Management de projets solidaires (bac+5)
Résultat : admis, juillet 2025
Courriel : hamza.aitouali@gmail.com
Téléphone : 06 92 14 58 37
Projet professionnel : chef de projet dans une association de lutte contre la précarité énergétique

Service Orientation-Insertion, Université de Rouen""",
        app("Hamza", "Ait Ouali", phone="+33692145837", bac=5, grad="2025-07", email="hamza.aitouali@gmail.com", forwarded_by="insertion-pro@univ-rouen.example.fr", status="b_hamza_profil_master"),
    ), person="b_hamza_ait_ouali"),
]
