"""Placement corpus, batch 03 (writer A): the fact in a list (bullets, dashes, numbered lines, items about
different people or times), in a form or a table (key: value lines, columns «Année | Diplôme |
Établissement», a grid of oui/non cells), and in the markup of an HTML-only message (a <b>, a <li>, a table
cell, lines broken by <br>); other mail placed the same way (a newsletter's list of dates, a bounce's fields,
a newsletter as an HTML table, an HTML out-of-office)."""
# ruff: noqa: E501

from __future__ import annotations

from kit import M, app, auto_reply, bounce, newsletter, other, question
from placement import N

MESSAGES = [
    # Feature: list — aim — Recherche : poste de coordinatrice dans une association de jeunesse
    # placed: list item «Recherche : poste de coordinatrice dans une association de jeunesse» = the job sought is in the ESS → meets job_seeking_ess
    N("list", "aim", "Recherche : poste de coordinatrice dans une association de jeunesse", M(
        "Jade Fontaine <jade.fontaine@example.org>", "Candidature Pro'pulse", "02 09:55",
        """Bonjour,

En quelques lignes :
- Diplôme : licence pro métiers de l'animation sociale (2025)
- Ville : Dijon, mobile en Bourgogne
- Recherche : poste de coordinatrice dans une association de jeunesse

Merci de votre attention,
Jade Fontaine
06 12 90 47 38""",
        app("Jade", "Fontaine", phone="+33612904738", bac=3, grad="2025", status="list_aim_youth_asso"),
    )),
    # Feature: list — level — Niveau : bac pro commerce (2021), pas de diplôme au-delà
    # placed: list item of the adviser's referral «Niveau : bac pro commerce (2021), pas de diplôme au-delà» = bac alone, level 0 → fails degree_level (the adviser's own title in the signature does not decide)
    N("list", "level", "Niveau : bac pro commerce (2021), pas de diplôme au-delà", M(
        "Nathalie Roussel <n.roussel@example.fr>", "Orientation d'un jeune vers Pro'pulse", "03 14:08",
        """Bonjour,

Je vous oriente un jeune que j'accompagne :
- Nom : Dylan Morel (dylan.morel@example.com, 06 59 81 24 70)
- Niveau : bac pro commerce (2021), pas de diplôme au-delà
- Situation : sans emploi, inscrit à France Travail
- Projet : vendeur dans une ressourcerie ou une recyclerie

Pouvez-vous me dire s'il peut entrer dans le programme ?

Nathalie Roussel
Conseillère Mission locale — Master 2 ingénierie sociale
Mission locale de Saint-Brieuc""",
        app("Dylan", "Morel", phone="+33659812470", bac=0, grad="2021", failing=("degree_level",), email="dylan.morel@example.com", forwarded_by="n.roussel@example.fr", status="list_referral_bac_pro"),
    )),
    # Feature: list — aim — Secteurs visés : tous secteurs, là où il y a du travail
    # ambiguous: «tous secteurs» neither seeks nor excludes the ESS: whether he is looking for work in the social economy cannot be told
    # placed: numbered item «Secteurs visés : tous secteurs, là où il y a du travail» = no sector chosen → open job_seeking_ess
    N("list", "aim", "Secteurs visés : tous secteurs, là où il y a du travail", M(
        "Ludovic Carré <ludovic.carre@example.net>", "candidature", "04 20:41",
        """Bonjour,

1. BTS Gestion de la PME, juin 2025
2. Permis B, véhiculé
3. Secteurs visés : tous secteurs, là où il y a du travail

Cordialement,
Ludovic Carré
07 80 36 12 59""",
        app("Ludovic", "Carré", phone="+33780361259", bac=2, grad="2025-06", unknown=("job_seeking_ess",), status="list_all_sectors"),
    )),
    # Feature: list — career_change — Étés 2023 et 2024 : animatrice en centre de loisirs (job d'été)
    # placed: list item «Étés 2023 et 2024 : animatrice en centre de loisirs (job d'été)» = summer jobs while studying, no other trade → meets not_career_change
    N("list", "career_change", "Étés 2023 et 2024 : animatrice en centre de loisirs (job d'été)", M(
        "Zoé Lacombe <zoe.lacombe@example.com>", "Pro'pulse — candidature Zoé Lacombe", "05 11:16",
        """Bonjour,

Mon parcours :
- 2022–2025 : BUT Carrières sociales, obtenu en juin 2025
- Étés 2023 et 2024 : animatrice en centre de loisirs (job d'été)
- Depuis septembre 2025 : bénévole à la permanence d'une association d'accueil des exilés

Je cherche un poste d'intervenante sociale dans une association d'accueil des exilés.

Zoé Lacombe
06 24 75 31 80""",
        app("Zoé", "Lacombe", phone="+33624753180", bac=3, grad="2025-06", status="list_summer_jobs"),
    )),
    # Feature: list — graduation — BTS Économie sociale familiale : 2021
    # placed: list item «BTS Économie sociale familiale : 2021» = her BTS five years ago → fails graduation_recent (the sister's 2025 DEASS in the next item does not decide)
    N("list", "graduation", "BTS Économie sociale familiale : 2021", M(
        "Sarah Bouaziz <sarah.bouaziz@example.org>", "candidature programme", "06 15:27",
        """Bonjour,

Voici mes diplômes et, pour comparer, ceux de ma sœur qui m'a parlé de vous :
- Moi, BTS Économie sociale familiale : 2021
- Ma sœur Inès, DEASS : 2025

Je voudrais travailler dans une association de médiation familiale.

Sarah Bouaziz
06 81 53 26 97""",
        app("Sarah", "Bouaziz", phone="+33681532697", bac=2, grad="2021", failing=("graduation_recent",), status="list_bts_2021_sister"),
    )),
    # Feature: list — career_change — 2010–2022 : vendeuse puis responsable de magasin
    # placed: list item «2010–2022 : vendeuse puis responsable de magasin» = twelve years of retail before the DEUST → fails not_career_change
    N("list", "career_change", "2010–2022 : vendeuse puis responsable de magasin", M(
        "Sandrine Lemaire <sandrine.lemaire@example.fr>", "Candidature", "07 10:02",
        """Bonjour,

• 2010–2022 : vendeuse puis responsable de magasin
• 2023–2025 : DEUST animation et gestion des activités sportives, obtenu en juin 2025
• Aujourd'hui : en recherche d'un poste de coordinatrice dans un club sportif associatif

Bien à vous,
Sandrine Lemaire
06 46 70 92 13""",
        app("Sandrine", "Lemaire", phone="+33646709213", bac=2, grad="2025-06", failing=("not_career_change",), status="list_retail_years"),
    )),
    # Feature: list — kind — 4 décembre : forum de l'emploi associatif à Nantes
    # placed: list item «4 décembre : forum de l'emploi associatif à Nantes» = a network's list of events → kind newsletter
    N("list", "kind", "4 décembre : forum de l'emploi associatif à Nantes", M(
        "Réseau Emploi Solidaire <infos@example.net>", "Vos rendez-vous de décembre", "08 06:00",
        """Bonjour à toutes et à tous,

Les dates du mois :
- 4 décembre : forum de l'emploi associatif à Nantes
- 9 décembre : atelier CV à Angers
- 15 décembre : webinaire sur les contrats aidés

Pour ne plus recevoir nos messages, cliquez sur le lien de désinscription.""",
        newsletter(),
    )),
    # Feature: list — kind — Attestation de l'employeur (modèle joint)
    # placed: list item «Attestation de l'employeur (modèle joint)» = a partner's list of documents for its own file → kind other
    N("list", "kind", "Attestation de l'employeur (modèle joint)", M(
        "Fondation Avenir Solidaire <dossiers@example.org>", "Pièces pour le dossier de subvention", "09 16:30",
        """Bonjour,

Pour finaliser le dossier de subvention de votre association, merci de nous transmettre :
1. Les statuts à jour
2. Le dernier rapport d'activité
3. Attestation de l'employeur (modèle joint)

Le service partenariats""",
        other(),
    )),
    # Feature: form_table — graduation — 2025 | Master ESS | Université Lyon 2
    # placed: table row «2025 | Master ESS | Université Lyon 2» = master in 2025 → meets graduation_recent (the 2023 licence row does not decide)
    N("form_table", "graduation", "2025 | Master ESS | Université Lyon 2", M(
        "Arthur Ngo <arthur.ngo@example.net>", "Candidature Pro'pulse", "10 09:44",
        """Bonjour,

Je souhaite rejoindre le programme pour trouver un poste dans une coopérative d'activités et d'emploi.

Année | Diplôme | Établissement
2025 | Master ESS | Université Lyon 2
2023 | Licence AES | Université Lyon 2

Arthur Ngo
07 13 62 48 95""",
        app("Arthur", "Ngo", phone="+33713624895", bac=5, grad="2025", status="table_master_2025"),
    )),
    # Feature: form_table — graduation — Date d'obtention : octobre 2024
    # ambiguous: two cells date the same BTS differently (the form's October 2024, the table's 2025): 25 months ago would fail, 2025 would meet; nothing says which is right
    # placed: form line «Date d'obtention : octobre 2024» against the table cell «2025 | BTS SP3S» = two dates in two places → open graduation_recent
    N("form_table", "graduation", "Date d'obtention : octobre 2024", M(
        "Yasmine Hadj <yasmine.hadj@example.com>", "Formulaire de candidature", "11 13:20",
        """Nom : Hadj
Prénom : Yasmine
Téléphone : 06 30 84 17 62
Diplôme : BTS SP3S
Date d'obtention : octobre 2024
Projet : conseillère dans une association d'accès aux droits

Parcours :
Année | Diplôme
2025 | BTS SP3S
2022 | Bac ST2S""",
        app("Yasmine", "Hadj", phone="+33630841762", bac=2, grad=None, unknown=("graduation_recent",), status="table_two_dates"),
    )),
    # Feature: form_table — situation — Situation actuelle : stage (convention jusqu'au 28 février)
    # placed: form line «Situation actuelle : stage (convention jusqu'au 28 février)» = internship running until February 2027 → fails not_internship
    N("form_table", "situation", "Situation actuelle : stage (convention jusqu'au 28 février)", M(
        "Lorenzo Bianchi <lorenzo.bianchi@example.org>", "candidature", "12 17:05",
        """Nom : Bianchi
Prénom : Lorenzo
Diplôme : licence de sciences sociales, juin 2026
Situation actuelle : stage (convention jusqu'au 28 février)
Projet : chargé de mission dans une fédération d'associations
Téléphone : 06 57 20 38 41""",
        app("Lorenzo", "Bianchi", phone="+33657203841", bac=3, grad="2026-06", failing=("not_internship",), status="table_stage_february"),
    )),
    # Feature: form_table — situation — Service civique en cours : non
    # placed: yes/no cell «Service civique en cours : non» = no civic service now (and no internship) → meets not_service_civique
    N("form_table", "situation", "Service civique en cours : non", M(
        "Hamza Benali <hamza.benali@example.net>", "Ma candidature", "13 10:37",
        """Bonjour, voici mes réponses au questionnaire :

Stage en cours : non
Service civique en cours : non
Inscrit à France Travail : oui
Diplôme le plus élevé : BTS Économie sociale familiale (juin 2025)
Poste recherché : conseiller en économie sociale dans un bailleur associatif

Hamza Benali — 06 90 25 43 18""",
        app("Hamza", "Benali", phone="+33690254318", bac=2, grad="2025-06", status="table_yes_no_grid"),
    )),
    # Feature: form_table — studies_finished — Études en cours : oui (M1 sociologie, Lille)
    # placed: form line «Études en cours : oui (M1 sociologie, Lille)» = enrolled now → fails studies_finished
    N("form_table", "studies_finished", "Études en cours : oui (M1 sociologie, Lille)", M(
        "Manon Delattre <manon.delattre@example.fr>", "candidature Pro'pulse", "14 18:49",
        """Prénom / Nom : Manon Delattre
Études en cours : oui (M1 sociologie, Lille)
Dernier diplôme : licence de sociologie (2025)
Projet : chargée d'études dans une association de lutte contre la pauvreté
Tél. : 07 48 15 90 26""",
        app("Manon", "Delattre", phone="+33748159026", bac="*", grad=None, failing=("studies_finished",), status="table_m1_enrolled"),
    )),
    # Feature: form_table — studies_finished — Status: awaiting final results
    # ambiguous: the form says every exam is sat and the results are awaited: whether the degree is obtained, studies finished, cannot be said today
    # placed: form cell «Status: awaiting final results» = BA not yet awarded, exams sat → open studies_finished
    N("form_table", "studies_finished", "Status: awaiting final results", M(
        "Abena Mensah <abena.mensah@example.com>", "Application form – Abena Mensah", "15 12:12",
        """Name: Abena Mensah
Phone: +33 6 74 08 52 91
Degree: BA Social Work (University of Kent, exchange year in Lille)
Status: awaiting final results
Looking for: a support worker role in a French refugee charity""",
        app("Abena", "Mensah", phone="+33674085291", bac=3, grad=None, unknown=("studies_finished",), language="en", status="table_en_awaiting_results"),
    )),
    # Feature: form_table — level — Niveau d'études : bac+3 (licence pro)
    # placed: form line «Niveau d'études : bac+3 (licence pro)» = level 3 → meets degree_level
    N("form_table", "level", "Niveau d'études : bac+3 (licence pro)", M(
        "Benoît Rolland <benoit.rolland@example.org>", "Fiche candidat", "16 08:58",
        """Nom : Rolland
Prénom : Benoît
Niveau d'études : bac+3 (licence pro)
Année d'obtention : 2026
Recherche : poste d'animateur réseau dans une fédération de centres sociaux
Téléphone : 06 22 47 81 30""",
        app("Benoît", "Rolland", phone="+33622478130", bac=3, grad="2026", status="table_bac3_level"),
    )),
    # Feature: form_table — kind — Status: 5.1.1
    # placed: report field «Status: 5.1.1» with «Action: failed» = our mail rejected, unknown user → kind bounce
    N("form_table", "kind", "Status: 5.1.1", M(
        "MAILER-DAEMON <mailer-daemon@example.org>", "Undeliverable: Votre dossier Pro'pulse", "17 04:21",
        """Action: failed
Final-Recipient: rfc822; theo.marin@example.org
Status: 5.1.1
Remote-MTA: mx.example.org""",
        bounce("theo.marin@example.org"),
        bounce="Reporting-MTA: dns; relay.example.org\n\nFinal-Recipient: rfc822; theo.marin@example.org\nAction: failed\nStatus: 5.1.1",
    )),
    # Feature: form_table — kind — Question : une VAE compte-t-elle comme diplôme ?
    # placed: form line «Question : une VAE compte-t-elle comme diplôme ?» = a contact form's question, no personal fact → kind question
    N("form_table", "kind", "Question : une VAE compte-t-elle comme diplôme ?", M(
        "Formulaire de contact <formulaire@example.net>", "Nouveau message via le site", "18 22:15",
        """Nom : Corentin Aubry
Courriel : corentin.aubry@example.net
Question : une VAE compte-t-elle comme diplôme ?""",
        question(),
    )),
    # Feature: html_only — aim — Objectif : un poste dans une SCOP
    # placed: <b> in the HTML «Objectif : un poste dans une SCOP» = seeks a job in a cooperative → meets job_seeking_ess
    N("html_only", "aim", "Objectif : un poste dans une SCOP", M(
        "Élise Bordier <elise.bordier@example.org>", "Candidature", "19 10:40",
        """Bonjour,

J'ai un BTS Comptabilité et gestion, obtenu en juin 2025.
Objectif : un poste dans une SCOP

Élise Bordier
06 38 15 72 40""",
        app("Élise", "Bordier", phone="+33638157240", bac=2, grad="2025-06", status="html_b_scop"),
        html="only",
        body_html="<html><body><p>Bonjour,</p><p>J'ai un BTS Comptabilité et gestion, obtenu en juin 2025.<br><b>Objectif : un poste dans une SCOP</b></p><p>Élise Bordier<br>06 38 15 72 40</p></body></html>",
    )),
    # Feature: html_only — level — 1re année de licence de droit, non validée
    # placed: <li> in the HTML «1re année de licence de droit, non validée» = bac alone (2020), level 0 → fails degree_level
    N("html_only", "level", "1re année de licence de droit, non validée", M(
        "Maxime Poulain <maxime.poulain@example.net>", "Mon parcours", "20 14:53",
        """Bonjour,

Mon parcours :
Bac STMG (2020)
1re année de licence de droit, non validée

Je voudrais travailler dans une association de défense des locataires.
Maxime Poulain — 06 63 29 14 85""",
        app("Maxime", "Poulain", phone="+33663291485", bac=0, grad="2020", failing=("degree_level",), status="html_li_l1_failed"),
        html="only",
        body_html="<html><body><p>Bonjour,</p><p>Mon parcours :</p><ul><li>Bac STMG (2020)</li><li>1re année de licence de droit, non validée</li></ul><p>Je voudrais travailler dans une association de défense des locataires.<br>Maxime Poulain — 06 63 29 14 85</p></body></html>",
    )),
    # Feature: html_only — aim — Secteur recherché Peu importe
    # ambiguous: the sector cell says «peu importe»: an ESS job or any other, nothing in the mail says which he seeks
    # placed: table cell «Secteur recherché | Peu importe» = no sector chosen → open job_seeking_ess
    N("html_only", "aim", "Secteur recherché Peu importe", M(
        "Nicolas Terrier <nicolas.terrier@example.com>", "Candidature Nicolas Terrier", "21 09:26",
        """Bonjour,

Diplôme Licence de géographie
Année Juin 2025
Secteur recherché Peu importe

Nicolas Terrier, 06 71 84 20 53""",
        app("Nicolas", "Terrier", phone="+33671842053", bac=3, grad="2025-06", unknown=("job_seeking_ess",), status="html_td_peu_importe"),
        html="only",
        body_html="<html><body><p>Bonjour,</p><table><tr><td>Diplôme</td><td>Licence de géographie</td></tr><tr><td>Année</td><td>Juin 2025</td></tr><tr><td>Secteur recherché</td><td>Peu importe</td></tr></table><p>Nicolas Terrier, 06 71 84 20 53</p></body></html>",
    )),
    # Feature: html_only — aim — Je souhaite devenir manager de rayon dans la grande distribution
    # placed: <b> in the HTML «Je souhaite devenir manager de rayon dans la grande distribution» = the job sought is in mass retail → fails job_seeking_ess
    N("html_only", "aim", "Je souhaite devenir manager de rayon dans la grande distribution", M(
        "Jonathan Mallet <jonathan.mallet@example.fr>", "candidature", "22 18:07",
        """Bonjour,

BTS Management commercial opérationnel, juin 2025.
Je souhaite devenir manager de rayon dans la grande distribution

Jonathan Mallet
07 25 60 39 14""",
        app("Jonathan", "Mallet", phone="+33725603914", bac=2, grad="2025-06", failing=("job_seeking_ess",), status="html_b_mass_retail"),
        html="only",
        body_html="<html><body><p>Bonjour,</p><p>BTS Management commercial opérationnel, juin 2025.<br><b>Je souhaite devenir manager de rayon dans la grande distribution</b></p><p>Jonathan Mallet<br>07 25 60 39 14</p></body></html>",
    )),
    # Feature: html_only — studies_finished — obtenue en juin 2026 aucune inscription cette année
    # placed: lines broken by <br> «obtenue en juin 2026<br>aucune inscription cette année» = licence obtained, not enrolled → meets studies_finished
    N("html_only", "studies_finished", "obtenue en juin 2026 aucune inscription cette année", M(
        "Salomé Girard <salome.girard@example.org>", "Pro'pulse", "23 11:34",
        """Bonjour,

Licence de sociologie
obtenue en juin 2026
aucune inscription cette année

Je cherche un poste de chargée de projet dans une association de lutte contre les discriminations.

Salomé Girard
06 05 37 92 64""",
        app("Salomé", "Girard", phone="+33605379264", bac=3, grad="2026-06", status="html_br_no_enrolment"),
        html="only",
        body_html="<html><body><p>Bonjour,</p><p>Licence de sociologie<br>obtenue en juin 2026<br>aucune inscription cette année</p><p>Je cherche un poste de chargée de projet dans une association de lutte contre les discriminations.</p><p>Salomé Girard<br>06 05 37 92 64</p></body></html>",
    )),
    # Feature: html_only — career_change — Expérience antérieure quelques années dans la logistique
    # ambiguous: «quelques années dans la logistique» before the licence: a trade he left (career change) or jobs alongside his studies, the table cell does not say
    # placed: table cell «Expérience antérieure | quelques années dans la logistique» = some years of another trade, extent unclear → open not_career_change
    N("html_only", "career_change", "Expérience antérieure quelques années dans la logistique", M(
        "Damien Lecomte <damien.lecomte@example.net>", "Candidature au programme", "24 16:18",
        """Bonjour,

Diplôme Licence pro gestion des organisations de l'ESS (juin 2025)
Expérience antérieure quelques années dans la logistique
Projet Responsable d'entrepôt dans une entreprise d'insertion

Damien Lecomte — 06 48 31 97 20""",
        app("Damien", "Lecomte", phone="+33648319720", bac=3, grad="2025-06", unknown=("not_career_change",), status="html_td_logistics_years"),
        html="only",
        body_html="<html><body><p>Bonjour,</p><table border=\"1\"><tr><td>Diplôme</td><td>Licence pro gestion des organisations de l'ESS (juin 2025)</td></tr><tr><td>Expérience antérieure</td><td>quelques années dans la logistique</td></tr><tr><td>Projet</td><td>Responsable d'entrepôt dans une entreprise d'insertion</td></tr></table><p>Damien Lecomte — 06 48 31 97 20</p></body></html>",
    )),
    # Feature: html_only — kind — Forum ESS Strasbourg 3 décembre Entrée libre
    # placed: table cells «Forum ESS | Strasbourg | 3 décembre | Entrée libre» = a network's events as an HTML table → kind newsletter
    N("html_only", "kind", "Forum ESS Strasbourg 3 décembre Entrée libre", M(
        "Agenda Solidaire <agenda@example.com>", "L'agenda de la semaine", "25 06:15",
        """L'agenda de la semaine

Forum ESS Strasbourg 3 décembre Entrée libre
Atelier trésorerie Colmar 7 décembre Sur inscription

Se désinscrire""",
        newsletter(),
        html="only",
        body_html="<html><body><h2>L'agenda de la semaine</h2><table><tr><td>Forum ESS</td><td>Strasbourg</td><td>3 décembre</td><td>Entrée libre</td></tr><tr><td>Atelier trésorerie</td><td>Colmar</td><td>7 décembre</td><td>Sur inscription</td></tr></table><p><a href=\"https://example.com/desinscription\">Se désinscrire</a></p></body></html>",
    )),
    # Feature: html_only — kind — Je suis absente du bureau jusqu'au 1er décembre
    # placed: <b> in an HTML out-of-office «Je suis absente du bureau jusqu'au 1er décembre» = automatic answer → kind auto_reply
    N("html_only", "kind", "Je suis absente du bureau jusqu'au 1er décembre", M(
        "Sophie Laurent <sophie.laurent@example.org>", "Absence", "26 07:02",
        """Je suis absente du bureau jusqu'au 1er décembre

Je lirai votre message à mon retour.""",
        auto_reply(),
        html="only",
        body_html="<html><body><p><b>Je suis absente du bureau jusqu'au 1er décembre</b></p><p>Je lirai votre message à mon retour.</p></body></html>",
        headers={"Auto-Submitted": "auto-replied"},
    )),
]
