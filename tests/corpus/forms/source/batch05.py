"""Forms corpus, batch 05 (writer B): Sunday 15 – Tuesday 17 November 2026."""
# ruff: noqa: E501

from __future__ import annotations

from forms import N
from kit import CV, M, app, auto_reply, bounce, other, question

MESSAGES = [
    # Feature: labelled_fields — level — Niveau d'études : bac+3
    # route: her own labelled lines: «Niveau d'études : bac+3» (a licence pro of 2025), a post sought in a Brest association → application; bac+3 of 2025, ESS aim → eligible
    N("labelled_fields", "level", "Niveau d'études : bac+3", M(
        "Maëlys Fontanel <maelys.fontanel@laposte.net>",
        "candidature pro'pulse",
        "15 09:12",
        """Bonjour,

Je me permets de vous envoyer ma candidature, voici mes informations :

Nom : FONTANEL
Prénom : Maëlys
Ville : Brest
Téléphone : 06 27 81 40 95
Niveau d'études : bac+3
Dernier diplôme : licence pro Coordination de projets de développement social et culturel (2025)
Situation : en recherche d'emploi depuis septembre
Poste recherché : coordinatrice dans une association culturelle ou un centre social

Merci d'avance pour votre réponse.
Maëlys""",
        app("Maëlys", "Fontanel", phone="+33627814095", bac=3, grad="2025", status="b_maelys_niveau_bac3"),
    ), person="b_maelys_fontanel"),
    # Feature: site_notification — graduation — BTS ESF en 2023
    # route: a site's contact-form notification (From wix-forms noreply, Reply-To her), the fields give her names and contacts, the Message field a BTS ESF of 2023 → application; a year alone in 2023 → graduation not recent → not eligible
    N("site_notification", "graduation", "BTS ESF en 2023", M(
        "Site Pro'pulse <noreply@wixo-forms.example.com>",
        "Nouveau message depuis le formulaire de contact",
        "15 11:30",
        """Vous avez reçu un nouveau message depuis le formulaire de contact de votre site.

Prénom : Tiphaine
Nom : Le Goff
Email : tiphaine.legoff29@gmail.com
Téléphone : 0698143207
Sujet : Candidature
Message : Bonjour, j'ai obtenu mon BTS ESF en 2023 à Quimper, depuis je fais des remplacements en EHPAD. Je voudrais un poste de conseillère dans une association d'aide aux familles. Puis-je candidater à votre accompagnement ?

---
Ce message a été envoyé depuis la page « Contact » de propulse.example.org
Adresse IP : 92.184.xx.xx""",
        app("Tiphaine", "Le Goff", phone="+33698143207", bac=2, grad="2023", email="tiphaine.legoff29@gmail.com", failing=("graduation_recent",), status="b_tiphaine_site_bts_2023"),
        headers={"Reply-To": "tiphaine.legoff29@gmail.com"},
    ), person="b_tiphaine_le_goff"),
    # Feature: form_other_mail — kind — Votre demande n° 4521 a bien été enregistrée
    # route: a ticketing system's automatic acknowledgement (Auto-Submitted) with its fields (Statut, Priorité, Délai) → auto_reply
    N("form_other_mail", "kind", "Votre demande n° 4521 a bien été enregistrée", M(
        "Support PLIE Métropole <support@plie-bordeaux.example.org>",
        "[Ticket #4521] Accusé de réception",
        "15 14:05",
        """Votre demande n° 4521 a bien été enregistrée.

Objet : Orientation de jeunes diplômés vers Pro'pulse
Statut : Ouvert
Priorité : Normale
Délai de traitement estimé : 3 jours ouvrés

Ce message est envoyé automatiquement, merci de ne pas y répondre.
Service support — PLIE de la Métropole""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    ), person="b_plie_bordeaux"),
    # Feature: checkboxes — situation — Stage en cours : ☐ Oui ☒ Non (terminé le 30 octobre)
    # route: boxes typed by her: diplômée ☒, a BUT of 2026, «Stage en cours : ☐ Oui ☒ Non (terminé le 30 octobre)», an association sought → application; the stage over before TODAY → eligible
    N("checkboxes", "situation", "Stage en cours : ☐ Oui ☒ Non (terminé le 30 octobre)", M(
        "Bérangère Aubertin <berangere.aubertin@outlook.fr>",
        "Candidature Pro'pulse - Bérangère Aubertin",
        "15 17:48",
        """Bonjour,

J'ai repris la petite grille de votre page pour vous répondre directement :

☒ Diplômée   ☐ En cours d'études
Diplôme : BUT Carrières sociales, option animation sociale et socioculturelle (juin 2026, IUT de Tours)
Stage en cours : ☐ Oui ☒ Non (terminé le 30 octobre)
Service civique : ☐ Oui ☒ Non
Je recherche : ☒ un emploi dans l'ESS ☐ une formation

Je vise un poste d'animatrice en maison de quartier ou dans une fédération d'éducation populaire.
Tél. 07 58 36 12 49

Bérangère Aubertin""",
        app("Bérangère", "Aubertin", phone="+33758361249", bac=3, grad="2026-06", status="b_berangere_stage_termine"),
    ), person="b_berangere_aubertin"),
    # Feature: adviser_sheet — level — Titre professionnel Secrétaire assistant (niveau 4)
    # route: a PLIE adviser's «fiche navette» (Référent / Participant sections): the participant's highest diploma a titre pro of niveau 4 → application forwarded_by the adviser; level under bac+2 → not eligible
    N("adviser_sheet", "level", "Titre professionnel Secrétaire assistant (niveau 4)", M(
        "Gaëlle Perrin <g.perrin@plie-rouen.example.org>",
        "Fiche navette PLIE - orientation Pro'pulse",
        "16 08:20",
        """Bonjour,

Veuillez trouver ci-dessous la fiche navette de M. Keïta.

FICHE NAVETTE PLIE — ORIENTATION VERS UN PARTENAIRE
Référent : Gaëlle Perrin, référente de parcours PLIE Rouen Métropole — 02 35 71 00 00
Participant : KEÏTA Moussa
Date de naissance : 03/1999
Coordonnées : moussa.keita.76@gmail.com — 06 12 58 94 30
Diplôme le plus élevé : Titre professionnel Secrétaire assistant (niveau 4), obtenu en 2025
Projet professionnel : assistant administratif dans une association ou une SCIC
Date d'entrée dans le dispositif : 14/01/2026
Observations : très motivé, bonne maîtrise des outils bureautiques.

Cordialement,
Gaëlle Perrin""",
        app("Moussa", "Keïta", phone="+33612589430", bac=0, grad="2025", email="moussa.keita.76@gmail.com", failing=("degree_level",), forwarded_by="g.perrin@plie-rouen.example.org", status="b_moussa_titre_pro_n4"),
    ), person="b_moussa_keita"),
    # Feature: table — situation — 09/2026 – en cours
    # route: an HTML-only mail whose CV is a <table> of periods: the row «09/2026 – en cours» is a service civique at Unis-Cité, running on TODAY → application; service civique running → not eligible
    N("table", "situation", "09/2026 – en cours", M(
        "Salomé Ricard <salome.ricard@gmail.com>",
        "Ma candidature",
        "16 09:05",
        """Bonjour,

Voici mon parcours en tableau, je cherche un poste dans une association environnementale à Montpellier.

Période | Activité | Lieu
09/2026 – en cours | Service civique, ambassadrice du tri | Unis-Cité, Montpellier
2023 – 2026 | Licence Géographie et aménagement (obtenue) | Université Paul-Valéry
2023 | Baccalauréat général | Lycée Joffre

Salomé Ricard — 06 41 93 27 08""",
        app("Salomé", "Ricard", phone="+33641932708", bac=3, grad="2026", failing=("not_service_civique",), status="b_salome_table_service_civique"),
        html="only",
        body_html="""<html><body><p>Bonjour,</p><p>Voici mon parcours en tableau, je cherche un poste dans une association environnementale à Montpellier.</p>
<table border="1"><tr><th>Période</th><th>Activité</th><th>Lieu</th></tr>
<tr><td>09/2026 – en cours</td><td>Service civique, ambassadrice du tri</td><td>Unis-Cité, Montpellier</td></tr>
<tr><td>2023 – 2026</td><td>Licence Géographie et aménagement (obtenue)</td><td>Université Paul-Valéry</td></tr>
<tr><td>2023</td><td>Baccalauréat général</td><td>Lycée Joffre</td></tr></table>
<p>Salomé Ricard — 06 41 93 27 08</p></body></html>""",
    ), person="b_salome_ricard"),
    # Feature: job_board — graduation — Date d'obtention du diplôme : 06/2026
    # route: a job board's relayed application (Solidajob «Nouvelle candidature»): the profile, the screening answers (bac+2 Oui, «Date d'obtention du diplôme : 06/2026», stage Non), his note on a cooperative → application; bac+3 of 2026-06 → eligible
    N("job_board", "graduation", "Date d'obtention du diplôme : 06/2026", M(
        "Solidajob <notifications@solidajob.example.com>",
        "Nouvelle candidature pour votre annonce « Pro'pulse – accompagnement vers l'emploi »",
        "16 10:40",
        """Solidajob — Nouvelle candidature

Annonce : Pro'pulse – accompagnement vers l'emploi (bac+2 requis, diplômé·e depuis moins de 2 ans)
Candidat : Baptiste Ollivier
E-mail : baptiste.ollivier@proton.me
Téléphone : +33 6 73 20 58 14
Localisation : Clermont-Ferrand
Compatibilité du profil : 87 %

Questions de présélection
Avez-vous un diplôme de niveau bac+2 ou plus ? Oui — Licence Économie-gestion
Date d'obtention du diplôme : 06/2026
Êtes-vous actuellement en stage ? Non

Message du candidat :
« Je cherche un poste de gestionnaire dans une coopérative (SCOP ou SCIC), l'accompagnement m'aiderait à cibler mes candidatures. »

Répondre au candidat depuis votre espace recruteur.""",
        app("Baptiste", "Ollivier", phone="+33673205814", bac=3, grad="2026-06", email="baptiste.ollivier@proton.me", status="b_baptiste_solidajob_2026"),
    ), person="b_baptiste_ollivier"),
    # Feature: questions_quoted — career_change — j'ai été aide-soignante pendant huit ans
    # route: the programme's questions pasted with «>» and her answers below: a licence AES of 2026 after «j'ai été aide-soignante pendant huit ans», a change of trade she names → application; career change → not eligible
    N("questions_quoted", "career_change", "j'ai été aide-soignante pendant huit ans", M(
        "Nadia Ferhat <nadia.ferhat@orange.fr>",
        "Réponses aux questions de candidature",
        "16 12:15",
        """Bonjour,

J'ai copié les questions de votre site et j'ai répondu en dessous.

> Quel est votre dernier diplôme ?
Licence AES, parcours administration et gestion des entreprises de l'ESS

> En quelle année l'avez-vous obtenu ?
Juin 2026, à l'université Clermont Auvergne

> Quelle est votre situation actuelle ?
En recherche d'emploi. Avant ma licence, j'ai été aide-soignante pendant huit ans, j'ai repris mes études pour changer de métier.

> Quel emploi recherchez-vous ?
Gestionnaire administrative dans une mutuelle ou une association

Nadia Ferhat
06 84 22 71 05""",
        app("Nadia", "Ferhat", phone="+33684227105", bac=3, grad="2026-06", failing=("not_career_change",), status="b_nadia_reconversion_aide_soignante"),
    ), person="b_nadia_ferhat"),
    # Feature: school_office — graduation — Date d'obtention : juillet 2026
    # route: a lycée's BTS careers template («Fiche de présentation d'un diplômé»), sent by the lycée's office: BTS ESF, «Date d'obtention : juillet 2026», an association sought → application forwarded_by the office; bac+2 of 2026-07 → eligible
    N("school_office", "graduation", "Date d'obtention : juillet 2026", M(
        "Bureau des stages et de l'insertion <insertion@lycee-voltaire-orleans.example.fr>",
        "Présentation d'une diplômée - BTS ESF",
        "16 14:30",
        """Madame, Monsieur,

Dans le cadre du suivi de nos diplômés, nous vous présentons une ancienne étudiante intéressée par votre programme.

FICHE DE PRÉSENTATION D'UN DIPLÔMÉ — Lycée Voltaire, Orléans
Nom, prénom : MARCHESINI Lilou
Formation suivie : BTS Économie sociale familiale
Date d'obtention : juillet 2026
Mention : Bien
Contact : lilou.marchesini@gmail.com / 07 69 15 32 84
Projet professionnel : conseillère en économie sociale familiale dans une association d'insertion par le logement

Le bureau des stages et de l'insertion reste à votre disposition.
Lycée Voltaire — 45000 Orléans""",
        app("Lilou", "Marchesini", phone="+33769153284", bac=2, grad="2026-07", email="lilou.marchesini@gmail.com", forwarded_by="insertion@lycee-voltaire-orleans.example.fr", status="b_lilou_fiche_lycee_bts"),
    ), person="b_lilou_marchesini"),
    # Feature: table — kind — merci de compléter la colonne « Besoin »
    # route: a partner's table of forum stands to fill in (the Mois de l'ESS job forum in Orléans), no applicant → other
    N("table", "kind", "merci de compléter la colonne « Besoin »", M(
        "Pôle ESS du Loiret <contact@pole-ess-loiret.example.org>",
        "Forum de l'emploi ESS - tableau des stands",
        "16 15:55",
        """Bonjour à toutes et à tous,

Pour le forum de l'emploi solidaire du 5 décembre, voici le tableau des stands : merci de compléter la colonne « Besoin » avant vendredi.

Stand | Structure | Emplacement | Besoin
1 | Pro'pulse (Animafac) | Hall A |
2 | Ressourcerie La Boucle | Hall A | 2 tables, 1 grille
3 | SCIC Énergies citoyennes | Hall B | prise électrique

Belle journée,
Hugo Lebrun, Pôle ESS du Loiret""",
        other(),
    ), person="b_pole_ess_loiret"),
    # Feature: numbered_answers — graduation — pour le 2) en fait c'est juin 2024
    # route: numbered answers without the questions, answer 2 corrected below («pour le 2) en fait c'est juin 2024»), the correction winning → application; a licence pro of 2024-06 → graduation not recent → not eligible
    N("numbered_answers", "graduation", "pour le 2) en fait c'est juin 2024", M(
        "Gaëtan Le Scornet <gaetan.lescornet@free.fr>",
        "réponses",
        "16 17:20",
        """Bonjour,

1) licence pro métiers de l'animation sociale
2) 2025
3) en recherche, je fais de l'intérim en attendant
4) oui, dans une association ou une structure d'éducation populaire
5) Brest

Pardon pour le 2) en fait c'est juin 2024, je confonds toujours avec l'année de mon BAFD.

Gaëtan Le Scornet — 06 90 31 48 27""",
        app("Gaëtan", "Le Scornet", phone="+33690314827", bac=3, grad="2024-06", failing=("graduation_recent",), status="b_gaetan_correction_2024"),
    ), person="b_gaetan_le_scornet"),
    # Feature: english_forms — graduation — Date of graduation: 07/2025
    # route: English labelled fields by a Spanish graduate: a four-year Grado (bac+4), «Date of graduation: 07/2025», ☒ Graduate, a cooperative sought → application in English; bac+4 of 2025-07 → eligible
    N("english_forms", "graduation", "Date of graduation: 07/2025", M(
        "Lucía Garrido Peña <lucia.garrido.pena@gmail.com>",
        "Application - Pro'pulse",
        "16 19:02",
        """Hello,

I found your programme through a friend in Bordeaux. Here is my information:

Full name: Lucía Garrido Peña
Highest qualification: Grado en Trabajo Social (four-year bachelor's degree), Universidad de Granada
Date of graduation: 07/2025
Current status: ☐ Student ☒ Graduate ☐ Intern
Looking for: a job in a social cooperative or an association working with migrants
Phone: +34 612 845 903
French level: B2

Thank you,
Lucía""",
        app("Lucía", "Garrido Peña", phone="+34612845903", bac=4, grad="2025-07", language="en", status="b_lucia_grado_2025"),
    ), person="b_lucia_garrido_pena"),
    # Feature: self_check — career_change — Pas en reconversion : ? j'ai été vendeuse trois ans avant mon BTS
    # ambiguous: she was a shop assistant for three years before her BTS and marks «?», not saying whether the BTS was a change of trade or her first course: not_career_change left open
    # route: her self-check against the criteria: level ✔, date ✔ (2025), stage ✔, «Pas en reconversion : ? j'ai été vendeuse trois ans avant mon BTS» → application; career change open → to verify
    N("self_check", "career_change", "Pas en reconversion : ? j'ai été vendeuse trois ans avant mon BTS", M(
        "Coralie Baptiste <coralie.baptiste971@gmail.com>",
        "Candidature depuis la Guadeloupe",
        "16 21:40",
        """Bonsoir,

J'ai vérifié les critères un par un avant de vous écrire :

- Bac+2 minimum : ✔ BTS Services et prestations des secteurs sanitaire et social
- Diplômée depuis moins de 2 ans : ✔ juin 2025
- Pas en stage ni en service civique : ✔
- Pas en reconversion : ? j'ai été vendeuse trois ans avant mon BTS, je ne sais pas si ça compte
- Recherche d'emploi dans l'ESS : ✔ une association de maintien à domicile aux Abymes

Coralie Baptiste
0690 58 24 71""",
        app("Coralie", "Baptiste", phone="+590690582471", bac=2, grad="2025-06", unknown=("not_career_change",), status="b_coralie_reconversion_doute"),
    ), person="b_coralie_baptiste"),
    # Feature: form_other_mail — kind — 550 5.1.1 User unknown
    # route: a delivery failure (multipart/report) of our form's acknowledgement, the address unknown → bounce
    N("form_other_mail", "kind", "550 5.1.1 User unknown", M(
        "Mail Delivery Subsystem <mailer-daemon@smtp.animafac.net>",
        "Delivery Status Notification (Failure)",
        "17 07:55",
        """Your message « Accusé de réception de votre formulaire Pro'pulse » could not be delivered to:

oceane.velluet@orange.fr

The recipient's mail server said: 550 5.1.1 User unknown""",
        bounce("oceane.velluet@orange.fr"),
        bounce="""Reporting-MTA: dns; smtp.animafac.net
Final-Recipient: rfc822; oceane.velluet@orange.fr
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown""",
    ), person="b_oceane_velluet"),
    # Feature: labelled_fields — studies_finished — DIPLÔME EN COURS - Master 1 Sociologie
    # route: her own labelled lines: «DERNIER DIPLÔME OBTENU - Licence de sociologie (2025)» and «DIPLÔME EN COURS - Master 1 Sociologie» until June 2027 → application; studies running → not eligible
    N("labelled_fields", "studies_finished", "DIPLÔME EN COURS - Master 1 Sociologie", M(
        "Anaïs Berthelot <anais.berthelot@icloud.com>",
        "Pro'pulse",
        "17 08:45",
        """Bonjour,

NOM - Berthelot
PRÉNOM - Anaïs
VILLE - Grenoble
DERNIER DIPLÔME OBTENU - Licence de sociologie (2025)
DIPLÔME EN COURS - Master 1 Sociologie, Université Grenoble Alpes (jusqu'en juin 2027)
DISPONIBILITÉ - les jeudis et vendredis
TÉLÉPHONE - 07 82 64 19 53

Je cherche un emploi à mi-temps dans une association pour financer mon master.

Anaïs""",
        app("Anaïs", "Berthelot", phone="+33782641953", bac="*", grad=None, failing=("studies_finished",), status="b_anais_master_en_cours"),
    ), person="b_anais_berthelot"),
    # Feature: site_notification — graduation — graduated in December 2024
    # route: a site form's notification in English (From noreply, Reply-To her): the fields give her names and contacts, the Message a four-year BA in Community Development «graduated in December 2024», an NGO sought → application in English; bac+4 of 2024-12 → eligible
    N("site_notification", "graduation", "graduated in December 2024", M(
        "Pro'pulse website <no-reply@sitebuild.example.com>",
        "New submission from Contact form",
        "17 09:30",
        """New submission from Contact form

Name: Wanjiru Kamau
Email: wanjiru.kamau@gmail.com
Phone: +33 7 45 81 26 93
Subject: Joining the programme
Message: Hello, I hold a four-year BA in Community Development from Kenyatta University (graduated in December 2024). I moved to Bordeaux this year and I am looking for a job in an NGO or an association working with young people. Could I join Pro'pulse? My French is intermediate.

---
Sent from the contact page of propulse.example.org""",
        app("Wanjiru", "Kamau", phone="+33745812693", bac=4, grad="2024-12", email="wanjiru.kamau@gmail.com", language="en", status="b_wanjiru_site_ba_2024"),
        headers={"Reply-To": "wanjiru.kamau@gmail.com"},
    ), person="b_wanjiru_kamau"),
    # Feature: adviser_sheet — situation — en stage jusqu'au 19 décembre 2026
    # route: a social centre's referral sheet filled by a social worker: a DUT GEA of 2025 and, in «Observations», «en stage jusqu'au 19 décembre 2026» → application forwarded_by the worker; an internship running → not eligible
    N("adviser_sheet", "situation", "en stage jusqu'au 19 décembre 2026", M(
        "Fatou Ndiaye <f.ndiaye@centresocial-bellevue.example.org>",
        "Fiche d'orientation - Rayan Mebarki",
        "17 10:10",
        """Bonjour,

Je vous transmets la fiche d'orientation d'un jeune que je suis au centre social.

FICHE D'ORIENTATION — Centre social Bellevue, Tours Nord
Professionnelle : Fatou Ndiaye, conseillère en économie sociale familiale (DE CESF) — 02 47 00 00 00
Personne orientée : Rayan MEBARKI, 23 ans
Téléphone : 06 55 82 13 47 — Mail : rayan.mebarki@hotmail.fr
Diplôme : DUT Gestion des entreprises et des administrations (2025)
Demande : être accompagné pour trouver un emploi de gestionnaire dans une association
Observations : actuellement en stage jusqu'au 19 décembre 2026 dans une association d'aide alimentaire, disponible ensuite

Bien à vous,
Fatou Ndiaye""",
        app("Rayan", "Mebarki", phone="+33655821347", bac=2, grad="2025", email="rayan.mebarki@hotmail.fr", failing=("not_internship",), forwarded_by="f.ndiaye@centresocial-bellevue.example.org", status="b_rayan_stage_decembre"),
    ), person="b_rayan_mebarki"),
    # Feature: job_board — career_change — Chargée de clientèle, banque, 2018 – 2025
    # route: a platform's «Candidature express»: her profile's experience «Chargée de clientèle, banque, 2018 – 2025», a master ESS of 2026 taken up again, her note «je me reconvertis» → application; career change → not eligible
    N("job_board", "career_change", "Chargée de clientèle, banque, 2018 – 2025", M(
        "Kaplo Emploi <candidatures@kaplo.example.com>",
        "Candidature express : Hélène Vautrin",
        "17 11:25",
        """Kaplo — Candidature express

Hélène Vautrin a postulé à votre offre « Programme Pro'pulse ».

PROFIL
Ville : Dijon
Contact : helene.vautrin@yahoo.fr — 06 19 47 62 80
Formation : Master Économie sociale et solidaire (reprise d'études), Université de Bourgogne, 2026
Expérience : Chargée de clientèle, banque, 2018 – 2025

NOTE DU CANDIDAT
Après sept ans en agence bancaire je me reconvertis : je vise un poste de chargée de développement dans une coopérative.

— L'équipe Kaplo""",
        app("Hélène", "Vautrin", phone="+33619476280", bac=5, grad="2026", email="helene.vautrin@yahoo.fr", failing=("not_career_change",), status="b_helene_reconversion_banque"),
    ), person="b_helene_vautrin"),
    # Feature: checkboxes — studies_finished — (résultats du jury le 8 décembre)
    # ambiguous: she ticks «Diplômée : [x] Oui» then writes the jury sits on 8 December, after TODAY: the BTS neither obtained nor failed yet; studies_finished open
    # route: boxes: «[x] Bac+2», «Diplômée : [x] Oui [ ] Non (résultats du jury le 8 décembre)», the note qualifying the box → application; studies open → to verify
    N("checkboxes", "studies_finished", "(résultats du jury le 8 décembre)", M(
        "Mariam Sissoko <mariam.sissoko@gmail.com>",
        "candidature",
        "17 13:00",
        """Bonjour,

Niveau : [ ] Bac  [x] Bac+2  [ ] Bac+3 et plus
Diplômée : [x] Oui  [ ] Non  (résultats du jury le 8 décembre)
Formation : BTS Gestion de la PME en alternance, lycée Jeanne-d'Arc, Rouen
En stage actuellement : [ ] Oui  [x] Non
Ce que je cherche : un poste d'assistante de gestion dans une entreprise d'insertion

Mariam Sissoko
06 37 50 92 16""",
        app("Mariam", "Sissoko", phone="+33637509216", bac=2, grad=None, unknown=("studies_finished",), status="b_mariam_jury_decembre"),
    ), person="b_mariam_sissoko"),
    # Feature: form_other_mail — kind — Votre badge exposant
    # route: a job-dating's registration confirmation with the exhibitor's badge fields (Structure, Stand, Horaires), sent to the programme as an exhibitor → other
    N("form_other_mail", "kind", "Votre badge exposant", M(
        "Job dating ESS Poitiers <inscriptions@jobdating-ess-poitiers.example.org>",
        "Confirmation d'inscription - Job dating de l'ESS",
        "17 14:40",
        """Votre inscription est confirmée.

Votre badge exposant
Structure : Pro'pulse (Animafac)
Nombre de personnes : 2
Stand : B12
Date : jeudi 3 décembre 2026, 9h – 13h
Lieu : Maison des étudiants, Poitiers

Présentez ce badge à l'accueil. Pour modifier votre inscription, répondez à ce message.""",
        other(),
    ), person="b_jobdating_poitiers"),
    # Feature: school_office — graduation — Date d'obtention : [Date d'obtention]
    # ambiguous: the alumni template's date field still holds its placeholder «[Date d'obtention]» and nothing else dates the master: graduation_recent left open
    # route: a university alumni service's «Fiche alumni», sent by the service: a master 2 in solidarity economy, «Date d'obtention : [Date d'obtention]» left, a SCIC sought → application forwarded_by the service; graduation open → to verify
    N("school_office", "graduation", "Date d'obtention : [Date d'obtention]", M(
        "Service Alumni UFC <alumni@univ-fcomte.example.fr>",
        "Fiche alumni - T. Grandjean",
        "17 15:30",
        """Bonjour,

Un de nos anciens étudiants souhaite rejoindre votre programme ; voici sa fiche.

FICHE ALUMNI
Nom : GRANDJEAN
Prénom : Timothée
Formation : Master 2 Économie sociale et solidaire et territoires
Date d'obtention : [Date d'obtention]
Courriel : timothee.grandjean@gmail.com
Téléphone : 06 28 73 50 91
Projet : chargé de mission dans une SCIC de circuits courts, région Besançon

Service Alumni — Université de Franche-Comté""",
        app("Timothée", "Grandjean", phone="+33628735091", bac=5, grad=None, email="timothee.grandjean@gmail.com", unknown=("graduation_recent",), forwarded_by="alumni@univ-fcomte.example.fr", status="b_timothee_placeholder"),
    ), person="b_timothee_grandjean"),
    # Feature: numbered_answers — aim — dans l'éducation populaire, les centres sociaux
    # route: answers 1–3 to a questionnaire a friend forwarded: a DEJEPS of May 2026 (bac+2), «dans l'éducation populaire, les centres sociaux», no stage nor service civique → application; ESS aim → eligible
    N("numbered_answers", "aim", "dans l'éducation populaire, les centres sociaux", M(
        "Noé Castagné <noe.castagne@gmail.com>",
        "Fwd: questionnaire",
        "17 16:45",
        """Salut, c'est Noé, mon ami Léandre m'a transféré vos questions, voici mes réponses :

1. DEJEPS animation socio-éducative, obtenu en mai 2026 à Montpellier
2. Je cherche un poste de coordinateur dans l'éducation populaire, les centres sociaux ou une MJC
3. Pas de stage, pas de service civique, je suis disponible tout de suite

Mon numéro : 07 51 86 20 43""",
        app("Noé", "Castagné", phone="+33751862043", bac=2, grad="2026-05", status="b_noe_dejeps_2026"),
    ), person="b_noe_castagne"),
    # Feature: form_other_mail — kind — le programme est-il ouvert aux personnes qui habitent en Guadeloupe
    # route: a Drupal-like site form's notification whose Message field asks a question, the Diplôme field left empty, no fact of hers → question
    N("form_other_mail", "kind", "le programme est-il ouvert aux personnes qui habitent en Guadeloupe", M(
        "Formulaire du site <formulaire@propulse-drupal.example.org>",
        "[Pro'pulse] Nouvelle soumission : Contact",
        "17 18:10",
        """Soumission n° 812 du formulaire « Contact »

Nom : Jérémie Alexis
Courriel : jeremie.alexis@hotmail.fr
Diplôme :
Message : Bonjour, le programme est-il ouvert aux personnes qui habitent en Guadeloupe, avec les ateliers à distance ? Merci.

Voir la soumission : https://propulse-drupal.example.org/admin/submissions/812""",
        question(),
        headers={"Reply-To": "jeremie.alexis@hotmail.fr"},
    ), person="b_jeremie_alexis"),
    # Feature: english_forms — aim — a consulting firm or a fintech start-up
    # route: English boxes and fields by a Polish graduate: a master's of June 2025 (bac+5), ☒ Graduate, «Target sector: a consulting firm or a fintech start-up» → application in English; no ESS search → not eligible
    N("english_forms", "aim", "a consulting firm or a fintech start-up", M(
        "Kacper Zieliński <kacper.zielinski@gmail.com>",
        "Pro'pulse application form",
        "17 19:35",
        """Dear team,

Please find my details below.

Highest qualification: Master's in Finance, Poznań University of Economics
Date of graduation: June 2025
Current status: ☐ Student ☒ Graduate ☐ Internship
Target sector: a consulting firm or a fintech start-up in Bordeaux or Paris
Phone: +48 601 274 385

Best regards,
Kacper Zieliński""",
        app("Kacper", "Zieliński", phone="+48601274385", bac=5, grad="2025-06", failing=("job_seeking_ess",), language="en", status="b_kacper_consulting"),
    ), person="b_kacper_zielinski"),
    # Feature: table — level — BUT Carrières sociales | IUT de Tours | obtenu
    # route: a text CV table with | and a status column: the row «2023 – 2026 | BUT Carrières sociales | IUT de Tours | obtenu», a social centre sought, a CV attached repeating it → application; bac+3 of 2026 → eligible
    N("table", "level", "BUT Carrières sociales | IUT de Tours | obtenu", M(
        "Bastien Roque <bastien.roque@laposte.net>",
        "candidature + CV",
        "17 22:50",
        """Bonsoir,

Mon parcours en bref :

Années      | Formation / expérience        | Lieu          | Statut
2023 – 2026 | BUT Carrières sociales | IUT de Tours | obtenu
2025        | Stage, centre social Sanitas  | Tours         | terminé
2021 – 2023 | Bac STMG                      | Amboise       | obtenu

Je cherche un poste d'animateur en centre social ou en MJC. CV en PJ.

Bastien Roque, 06 66 29 41 38""",
        app("Bastien", "Roque", phone="+33666294138", bac=3, grad="2026", status="b_bastien_table_but"),
        cv=CV("pdf", "CV_Bastien_Roque.pdf", """Bastien Roque
06 66 29 41 38 - bastien.roque@laposte.net - Tours
Objectif : animateur en centre social ou MJC
BUT Carrières sociales, parcours animation sociale et socioculturelle, IUT de Tours, 2026
Stage de 16 semaines, centre social Sanitas, 2025
BAFA, 2022"""),
    ), person="b_bastien_roque"),
]
