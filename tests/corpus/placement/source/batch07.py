"""Placement corpus, batch 07 (writer B): the deciding fact in a list item (bullets, dashes, numbers, some
items about other people), in a form or table cell (key: value lines, a text table «Année | Diplôme |
Établissement», a grid of oui/non cells), or in the markup of an HTML-only message (a <b>, a <li>, a table
cell, lines broken by <br>); and other mail that uses the same places (a newsletter's list of dates, a
bounce's key: value lines, a newsletter as an HTML table, an HTML auto-reply)."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, auto_reply, bounce, newsletter, other, reply
from placement import N

MESSAGES = [
    # Feature: list — level — - Diplôme : BUT Gestion des entreprises et des administrations (juin 2026)
    # placed: list item «- Diplôme : BUT Gestion des entreprises et des administrations (juin 2026)» = a BUT, level 3, June 2026 → meets degree_level
    N("list", "level", "- Diplôme : BUT Gestion des entreprises et des administrations (juin 2026)", M(
        "Rayan Mebarki <rayan.mebarki@example.org>", "Candidature Pro'pulse", "01 11:26",
        """Bonjour,

Voici ma situation en bref :
- Diplôme : BUT Gestion des entreprises et des administrations (juin 2026)
- Disponibilité : immédiate
- Mobilité : Marseille et Aix
- Projet : gestion administrative dans une association ou une coopérative d'habitants

Merci d'avance,
Rayan Mebarki
06 74 30 81 52""",
        app("Rayan", "Mebarki", phone="+33674308152", bac=3, grad="2026-06", status="b_list_but_gea"),
    )),
    # Feature: list — studies_finished — 3. Études : master 2 en alternance, jusqu'en septembre 2027
    # placed: numbered item «3. Études : master 2 en alternance, jusqu'en septembre 2027» = master still being followed → fails studies_finished
    N("list", "studies_finished", "3. Études : master 2 en alternance, jusqu'en septembre 2027", M(
        "Clémentine Roux-Baptiste <clementine.rb@example.net>", "Pro'pulse", "02 19:58",
        """Bonjour,

Je me présente en quatre points :
1. Prénom : Clémentine, 23 ans, Rennes
2. Centre d'intérêt : l'habitat participatif
3. Études : master 2 en alternance, jusqu'en septembre 2027
4. Projet : travailler ensuite dans une coopérative d'habitants

Clémentine Roux-Baptiste
07 39 64 20 18""",
        app("Clémentine", "Roux-Baptiste", phone="+33739642018", bac="*", grad=None, failing=("studies_finished",), status="b_list_alternance"),
    )),
    # Feature: list — aim — - Secteur recherché : tous secteurs, peu importe
    # ambiguous: the only word on what she seeks is the list's «tous secteurs», which neither names the ESS nor excludes it
    # placed: list item «- Secteur recherché : tous secteurs, peu importe» = no sector chosen → job_seeking_ess open
    N("list", "aim", "- Secteur recherché : tous secteurs, peu importe", M(
        "Jade Nguyen-Lefort <jade.nguyenlefort@example.com>", "candidature", "03 13:12",
        """Bonjour,

- Diplôme : licence Langues étrangères appliquées, juin 2025
- Situation : en recherche d'emploi depuis l'été
- Secteur recherché : tous secteurs, peu importe
- Langues : anglais, vietnamien, espagnol

Jade Nguyen-Lefort
06 31 57 84 02""",
        app("Jade", "Nguyen-Lefort", phone="+33631578402", bac=3, grad="2025-06", unknown=("job_seeking_ess",), status="b_list_tous_secteurs"),
    )),
    # Feature: list — level — - L1 de droit : validée en 2023, puis arrêt
    # placed: list item «- L1 de droit : validée en 2023, puis arrêt» = one year of licence, level 1 → fails degree_level (the sister's list below never decides)
    N("list", "level", "- L1 de droit : validée en 2023, puis arrêt", M(
        "Yanis Aït-Kaci <yanis.aitkaci@example.fr>", "Candidature Pro'pulse", "04 16:47",
        """Bonjour,

Mon parcours :
- Bac général : 2022
- L1 de droit : validée en 2023, puis arrêt
- Depuis : animateur en accueil de loisirs

Je cherche un emploi dans une association d'éducation populaire. Ma sœur m'a poussé à écrire, elle a tout ce qu'il faut, elle :
- BTS SP3S (2024)
- licence pro Coordination de projets (2025)

Yanis Aït-Kaci
07 52 18 64 39""",
        app("Yanis", "Aït-Kaci", phone="+33752186439", bac=1, grad="2023", failing=("degree_level",), status="b_list_l1_droit"),
    )),
    # Feature: list — aim — - Projet : un poste d'animateur dans une association de quartier
    # placed: list item of an adviser's referral «- Projet : un poste d'animateur dans une association de quartier» = the applicant's ESS aim → meets job_seeking_ess (the adviser's signature is no fact about him)
    N("list", "aim", "- Projet : un poste d'animateur dans une association de quartier", M(
        "Valérie Combaz <v.combaz@missionlocale.example.org>", "Orientation d'un jeune vers Pro'pulse", "05 09:40",
        """Bonjour,

Je vous oriente Kévin Lefebvre, que j'accompagne depuis l'été (kevin.lefebvre@example.net, 06 88 41 27 63) :
- Diplôme : DUT Carrières sociales, juin 2025
- Situation : inscrit à France Travail, sans emploi
- Projet : un poste d'animateur dans une association de quartier

Je reste disponible pour en parler.

Valérie Combaz
Conseillère Mission locale — accompagnement des jeunes diplômés""",
        app("Kévin", "Lefebvre", phone="+33688412763", bac=2, grad="2025-06", email="kevin.lefebvre@example.net", forwarded_by="v.combaz@missionlocale.example.org", status="b_list_referral_ml"),
    )),
    # Feature: list — career_change — - 2013–2024: sales manager at a car dealership in Toulouse
    # placed: list item «- 2013–2024: sales manager at a car dealership in Toulouse» = eleven years in another trade before the 2026 licence pro → fails not_career_change
    N("list", "career_change", "- 2013–2024: sales manager at a car dealership in Toulouse", M(
        "Daniel Ogunleye <daniel.ogunleye@example.com>", "Application – Pro'pulse", "06 20:03",
        """Hello,

A quick summary:
- 2013–2024: sales manager at a car dealership in Toulouse
- 2026: licence professionnelle in non-profit management, Université Toulouse Capitole (June)
- Goal: a job in a French association working on mobility for people in rural areas

Thank you,
Daniel Ogunleye
+33 6 45 72 08 91""",
        app("Daniel", "Ogunleye", phone="+33645720891", bac=3, grad="2026-06", failing=("not_career_change",), status="b_list_dealership_en", language="en"),
    )),
    # Feature: list — studies_finished — - Mémoire : soutenu le 30 septembre, master validé
    # placed: list item «- Mémoire : soutenu le 30 septembre, master validé» = defence held, master obtained (September 2026) → meets studies_finished; the CV gives the master's title
    N("list", "studies_finished", "- Mémoire : soutenu le 30 septembre, master validé", M(
        "Léonie Schwartz <leonie.schwartz@example.org>", "Candidature et CV", "07 10:33",
        """Bonjour,

Ci-joint mon CV. Les points utiles :
- Mémoire : soutenu le 30 septembre, master validé
- Recherche : poste de chargée d'études dans une fédération associative ou une mutuelle
- Disponible dès décembre

Léonie Schwartz
06 60 29 47 15""",
        app("Léonie", "Schwartz", phone="+33660294715", bac=5, grad="2026-09", status="b_list_memoire_cv", info_in="both"),
        cv=CV("odt", "CV_Leonie_Schwartz.odt", """Léonie Schwartz
06 60 29 47 15 — leonie.schwartz@example.org
Formation
2026 : Master Sociologie des organisations, Université de Strasbourg
2024 : Licence de sociologie, Université de Strasbourg
Expériences
2026 : enquêtes auprès de bénévoles, Fédération des centres sociaux du Bas-Rhin (mission de master)
Langues : allemand, anglais"""),
    )),
    # Feature: list — kind — - 9 décembre : forum des métiers de l'ESS, Halle Dufour
    # placed: list item «- 9 décembre : forum des métiers de l'ESS, Halle Dufour» = a bulk letter's agenda → kind newsletter: no personal fact
    N("list", "kind", "- 9 décembre : forum des métiers de l'ESS, Halle Dufour", M(
        "Chambre régionale de l'ESS <agenda@cress.example.org>", "Agenda de décembre", "08 07:15",
        """L'agenda de décembre

- 3 décembre : atelier « créer sa coopérative »
- 9 décembre : forum des métiers de l'ESS, Halle Dufour
- 16 décembre : rencontre des employeurs associatifs

Pour ne plus recevoir cet agenda : répondez STOP.""",
        newsletter(),
        headers={"Precedence": "bulk"},
    )),
    # Feature: list — kind — - 40 chaises pliantes : 60 €
    # placed: list item «- 40 chaises pliantes : 60 €» = a rental firm's quote → kind other: no applicant
    N("list", "kind", "- 40 chaises pliantes : 60 €", M(
        "Loc'Event <devis@locevent.example.com>", "Votre devis n°2026-1183", "09 15:02",
        """Bonjour,

Voici le devis demandé pour le 12 décembre :
- 40 chaises pliantes : 60 €
- 6 tables rectangulaires : 48 €
- livraison et reprise : 35 €

Cordialement,
Loc'Event""",
        other(),
    )),
    # Feature: form_table — graduation — 2025 | Licence Sciences sociales | Université de Reims
    # placed: table cell row «2025 | Licence Sciences sociales | Université de Reims» = level 3, 2025 → meets graduation_recent (the 2022 bac row never decides)
    N("form_table", "graduation", "2025 | Licence Sciences sociales | Université de Reims", M(
        "Mathis Carpentier <mathis.carpentier@example.net>", "Candidature Pro'pulse", "10 12:19",
        """Bonjour,

Je souhaite travailler dans une association d'accompagnement des demandeurs d'asile, à Reims ou à Châlons. Mon parcours :

Année | Diplôme | Établissement
2022 | Bac ES | Lycée Clemenceau
2025 | Licence Sciences sociales | Université de Reims

Mathis Carpentier
06 17 83 42 95""",
        app("Mathis", "Carpentier", phone="+33617834295", bac=3, grad="2025", status="b_table_licence_reims"),
    )),
    # Feature: form_table — situation — Service civique en cours : oui, jusqu'en avril 2027
    # placed: form line «Service civique en cours : oui, jusqu'en avril 2027» = civic service running → fails not_service_civique
    N("form_table", "situation", "Service civique en cours : oui, jusqu'en avril 2027", M(
        "Lucie Bertrand-Koné <lucie.bkone@example.fr>", "Formulaire de candidature", "11 18:24",
        """Nom : Bertrand-Koné
Prénom : Lucie
Téléphone : 06 94 27 13 58
Diplôme le plus élevé : licence Histoire (juin 2026)
Service civique en cours : oui, jusqu'en avril 2027
Secteur recherché : associations culturelles et patrimoine""",
        app("Lucie", "Bertrand-Koné", phone="+33694271358", bac=3, grad="2026-06", failing=("not_service_civique",), status="b_form_sc_avril"),
    )),
    # Feature: form_table — graduation — Date d'obtention : 06/2024
    # ambiguous: the same BTS carries two dates in two cells (Date d'obtention 06/2024, Année du diplôme 2025); one is past the 24-month limit, the other inside, and nothing says which is right
    # placed: form cell «Date d'obtention : 06/2024» against «Année du diplôme : 2025» = two dates for one diploma → graduation_recent open
    N("form_table", "graduation", "Date d'obtention : 06/2024", M(
        "Inès Bakayoko <ines.bakayoko@example.org>", "candidature Pro'pulse", "12 21:30",
        """Bonjour, voici mes informations :

Diplôme : BTS Économie sociale familiale
Date d'obtention : 06/2024
Établissement : lycée Rabelais, Saint-Brieuc
Année du diplôme : 2025
Recherche : conseillère en économie sociale dans une association

Inès Bakayoko
07 33 85 61 04""",
        app("Inès", "Bakayoko", phone="+33733856104", bac=2, grad=None, unknown=("graduation_recent",), status="b_form_deux_dates"),
    )),
    # Feature: form_table — studies_finished — Études terminées : non (master 2 en cours à Nancy)
    # placed: form cell of a mother's referral «Études terminées : non (master 2 en cours à Nancy)» = studies running → fails studies_finished
    N("form_table", "studies_finished", "Études terminées : non (master 2 en cours à Nancy)", M(
        "Christine Muller <christine.muller@example.net>", "Pour mon fils Arthur", "13 20:11",
        """Bonjour,

Je me permets d'écrire pour mon fils, qui n'ose pas. J'ai rempli vos rubriques :

Nom : Muller
Prénom : Arthur
Courriel : arthur.muller@example.net
Téléphone : 06 50 71 39 26
Études terminées : non (master 2 en cours à Nancy)
Projet : une coopérative d'énergie citoyenne

Christine Muller""",
        app("Arthur", "Muller", phone="+33650713926", bac="*", grad=None, failing=("studies_finished",), email="arthur.muller@example.net", forwarded_by="christine.muller@example.net", status="b_form_mere_m2"),
    )),
    # Feature: form_table — aim — Recherche un emploi dans l'ESS | oui
    # placed: grid cell «Recherche un emploi dans l'ESS | oui» = the ESS aim → meets job_seeking_ess (the other cells say no stage, no civic service)
    N("form_table", "aim", "Recherche un emploi dans l'ESS | oui", M(
        "Noé Delacroix <noe.delacroix@example.com>", "Candidature", "14 09:48",
        """Bonjour,

J'ai eu mon BTS Gestion de la PME en juin 2025. Pour aller vite :

Question | Réponse
Stage en cours | non
Service civique en cours | non
Recherche un emploi dans l'ESS | oui

Noé Delacroix
06 42 96 03 71""",
        app("Noé", "Delacroix", phone="+33642960371", bac=2, grad="2025-06", status="b_grid_ess_oui"),
    )),
    # Feature: form_table — level — Niveau d'études : bac + 5 (master 2 Économie sociale)
    # placed: form line «Niveau d'études : bac + 5 (master 2 Économie sociale)» = level 5 → meets degree_level
    N("form_table", "level", "Niveau d'études : bac + 5 (master 2 Économie sociale)", M(
        "Wassim Gharbi <wassim.gharbi@example.fr>", "Fiche de candidature", "15 11:05",
        """Nom : Gharbi
Prénom : Wassim
Niveau d'études : bac + 5 (master 2 Économie sociale)
Année d'obtention : 2026
Disponibilité : immédiate
Souhait : chargé de mission dans une fondation ou une union d'associations
Téléphone : 07 18 52 94 60""",
        app("Wassim", "Gharbi", phone="+33718529460", bac=5, grad="2026", status="b_form_bac5"),
    )),
    # Feature: form_table — kind — Status: 5.2.2 (mailbox full)
    # placed: key: value line «Status: 5.2.2 (mailbox full)» = our mail refused, a full mailbox → kind bounce
    N("form_table", "kind", "Status: 5.2.2 (mailbox full)", M(
        "Mail Delivery Subsystem <postmaster@example.net>", "Delivery Status Notification (Failure)", "16 03:41",
        """Votre message n'a pas pu être remis.

Destinataire : amandine.royer@example.net
Status: 5.2.2 (mailbox full)
Action: failed""",
        bounce("amandine.royer@example.net"),
        bounce="""Reporting-MTA: dns; smtp.example.net

Final-Recipient: rfc822; amandine.royer@example.net
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 mailbox full""",
    )),
    # Feature: form_table — kind — Présent à l'atelier du 10 décembre : oui
    # placed: form line «Présent à l'atelier du 10 décembre : oui» = an answer to our registration form in our thread → kind reply
    N("form_table", "kind", "Présent à l'atelier du 10 décembre : oui", M(
        "Ousmane Diarra <ousmane.diarra@example.org>", "Re: Inscription à l'atelier CV", "17 14:27",
        """Nom : Diarra
Présent à l'atelier du 10 décembre : oui
Accompagné : non

> Merci de compléter les trois lignes ci-dessous.
> L'équipe Pro'pulse""",
        reply(),
        headers={"In-Reply-To": "<atelier-cv.9902@animafac.net>", "References": "<atelier-cv.9902@animafac.net>"},
    )),
    # Feature: html_only — studies_finished — Études terminées : soutenance validée le 18 septembre
    # placed: <b> in HTML «Études terminées : soutenance validée le 18 septembre» = master defended and obtained (September 2026) → meets studies_finished
    N("html_only", "studies_finished", "Études terminées : soutenance validée le 18 septembre", M(
        "Charlotte Aubry <charlotte.aubry@example.net>", "Candidature Pro'pulse", "18 10:52",
        """Bonjour,

Master 2 Management des organisations sanitaires et sociales, Université d'Angers.
Études terminées : soutenance validée le 18 septembre.

Je cherche un poste de coordinatrice dans une association d'aide à domicile ou un EHPAD associatif.

Charlotte Aubry
06 26 40 95 18""",
        app("Charlotte", "Aubry", phone="+33626409518", bac=5, grad="2026-09", status="b_html_soutenance"),
        html="only",
        body_html="""<html><body><p>Bonjour,</p><p>Master 2 Management des organisations sanitaires et sociales, Université d'Angers.<br><b>Études terminées : soutenance validée le 18 septembre.</b></p><p>Je cherche un poste de coordinatrice dans une association d'aide à domicile ou un EHPAD associatif.</p><p>Charlotte Aubry<br>06 26 40 95 18</p></body></html>""",
    )),
    # Feature: html_only — situation — Service civique | jusqu'au 31 mars 2027
    # placed: HTML table cell «Service civique | jusqu'au 31 mars 2027» = civic service running → fails not_service_civique
    N("html_only", "situation", "Service civique | jusqu'au 31 mars 2027", M(
        "Adrien Chauvelot <adrien.chauvelot@example.com>", "Candidature", "19 16:14",
        """Bonjour, voici où j'en suis :

Licence Géographie | juin 2025
Service civique | jusqu'au 31 mars 2027

Je voudrais ensuite travailler dans une association de protection de la nature.

Adrien Chauvelot
07 67 24 80 35""",
        app("Adrien", "Chauvelot", phone="+33767248035", bac=3, grad="2025-06", failing=("not_service_civique",), status="b_html_td_sc"),
        html="only",
        body_html="""<html><body><p>Bonjour, voici où j'en suis :</p><table border="1"><tr><td>Licence Géographie</td><td>juin 2025</td></tr><tr><td>Service civique</td><td>jusqu'au 31 mars 2027</td></tr></table><p>Je voudrais ensuite travailler dans une association de protection de la nature.</p><p>Adrien Chauvelot<br>07 67 24 80 35</p></body></html>""",
    )),
    # Feature: html_only — aim — n'importe quel poste, du moment que c'est un CDI
    # ambiguous: the <li> asks for any job as long as it is permanent, naming no sector; nothing else says the ESS
    # placed: <li> in HTML «n'importe quel poste, du moment que c'est un CDI» = no sector chosen → job_seeking_ess open
    N("html_only", "aim", "n'importe quel poste, du moment que c'est un CDI", M(
        "Bilal Hamidi <bilal.hamidi@example.fr>", "Pro'pulse", "20 22:38",
        """Bonjour,

Ce que je cherche :
- n'importe quel poste, du moment que c'est un CDI
- à Lyon ou Villeurbanne

J'ai une licence pro Métiers de la GRH obtenue en juin 2025.

Bilal Hamidi
06 03 91 27 48""",
        app("Bilal", "Hamidi", phone="+33603912748", bac=3, grad="2025-06", unknown=("job_seeking_ess",), status="b_html_li_cdi"),
        html="only",
        body_html="""<html><body><p>Bonjour,</p><p>Ce que je cherche :</p><ul><li>n'importe quel poste, du moment que c'est un CDI</li><li>à Lyon ou Villeurbanne</li></ul><p>J'ai une licence pro Métiers de la GRH obtenue en juin 2025.</p><p>Bilal Hamidi<br>06 03 91 27 48</p></body></html>""",
    )),
    # Feature: html_only — aim — je vise un poste RSE dans un grand groupe du luxe
    # placed: <b> in HTML «je vise un poste RSE dans un grand groupe du luxe» = a company's CSR job, outside the ESS → fails job_seeking_ess
    N("html_only", "aim", "je vise un poste RSE dans un grand groupe du luxe", M(
        "Victoire de Ravel <victoire.deravel@example.org>", "Candidature au programme", "21 09:17",
        """Bonjour,

Diplômée d'un master Développement durable en juin 2026, je vise un poste RSE dans un grand groupe du luxe.

Cordialement,
Victoire de Ravel
06 81 35 72 09""",
        app("Victoire", "de Ravel", phone="+33681357209", bac=5, grad="2026-06", failing=("job_seeking_ess",), status="b_html_rse_luxe"),
        html="only",
        body_html="""<html><body><p>Bonjour,</p><p>Diplômée d'un master Développement durable en juin 2026, <b>je vise un poste RSE dans un grand groupe du luxe</b>.</p><p>Cordialement,<br>Victoire de Ravel<br>06 81 35 72 09</p></body></html>""",
    )),
    # Feature: html_only — level — Licence pro Métiers de l'animation sociale obtenue en juin 2025
    # placed: lines broken by <br> «Licence pro / Métiers de l'animation sociale / obtenue en juin 2025» = level 3 → meets degree_level
    N("html_only", "level", "Licence pro Métiers de l'animation sociale obtenue en juin 2025", M(
        "Zoé Marchal <zoe.marchal@example.net>", "candidature", "22 12:44",
        """Bonjour !

Licence pro
Métiers de l'animation sociale
obtenue en juin 2025

Je cherche un poste d'animatrice dans un centre social associatif de la Drôme.

Zoé Marchal
07 42 16 58 93""",
        app("Zoé", "Marchal", phone="+33742165893", bac=3, grad="2025-06", status="b_html_br_lp"),
        html="only",
        body_html="""<html><body><p>Bonjour !</p><p>Licence pro<br>Métiers de l'animation sociale<br>obtenue en juin 2025</p><p>Je cherche un poste d'animatrice dans un centre social associatif de la Drôme.</p><p>Zoé Marchal<br>07 42 16 58 93</p></body></html>""",
    )),
    # Feature: html_only — career_change — Jobs étudiants uniquement : caisse l'été, en 2022 et 2023
    # placed: <li> in HTML «Jobs étudiants uniquement : caisse l'été, en 2022 et 2023» = summer jobs during studies, no other trade → meets not_career_change
    N("html_only", "career_change", "Jobs étudiants uniquement : caisse l'été, en 2022 et 2023", M(
        "Kenza Rahmani <kenza.rahmani@example.com>", "Candidature Pro'pulse", "23 18:06",
        """Bonjour,

Mon parcours :
- Master 2 Économie sociale et solidaire, Le Mans, juillet 2026
- Jobs étudiants uniquement : caisse l'été, en 2022 et 2023

Je cherche un poste de chargée de projet dans une SCIC ou une association.

Kenza Rahmani
06 57 80 21 46""",
        app("Kenza", "Rahmani", phone="+33657802146", bac=5, grad="2026-07", status="b_html_jobs_etudiants"),
        html="only",
        body_html="""<html><body><p>Bonjour,</p><p>Mon parcours :</p><ul><li>Master 2 Économie sociale et solidaire, Le Mans, juillet 2026</li><li>Jobs étudiants uniquement : caisse l'été, en 2022 et 2023</li></ul><p>Je cherche un poste de chargée de projet dans une SCIC ou une association.</p><p>Kenza Rahmani<br>06 57 80 21 46</p></body></html>""",
    )),
    # Feature: html_only — kind — Chantier d'insertion | 3 postes | Montbéliard
    # placed: HTML table cell «Chantier d'insertion | 3 postes | Montbéliard» = a network's bulk letter of offers → kind newsletter: no personal fact
    N("html_only", "kind", "Chantier d'insertion | 3 postes | Montbéliard", M(
        "Réseau Emploi Solidaire <offres@emploisolidaire.example.org>", "Les offres de la semaine", "24 06:50",
        """Les offres de la semaine

Structure | Postes | Lieu
Chantier d'insertion | 3 postes | Montbéliard
Épicerie solidaire | 1 poste | Belfort

Se désinscrire""",
        newsletter(),
        headers={"Precedence": "bulk"},
        html="only",
        body_html="""<html><body><h2>Les offres de la semaine</h2><table border="1"><tr><th>Structure</th><th>Postes</th><th>Lieu</th></tr><tr><td>Chantier d'insertion</td><td>3 postes</td><td>Montbéliard</td></tr><tr><td>Épicerie solidaire</td><td>1 poste</td><td>Belfort</td></tr></table><p><a href="https://emploisolidaire.example.org/stop">Se désinscrire</a></p></body></html>""",
    )),
    # Feature: html_only — kind — Je suis absente jusqu'au 30 novembre inclus
    # placed: <b> in an HTML auto-reply «Je suis absente jusqu'au 30 novembre inclus» = an absence notice → kind auto_reply: no personal fact
    N("html_only", "kind", "Je suis absente jusqu'au 30 novembre inclus", M(
        "Estelle Joubert <estelle.joubert@example.fr>", "Absence", "25 08:00",
        """Je suis absente jusqu'au 30 novembre inclus. Vos messages ne sont pas transférés.""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
        html="only",
        body_html="""<html><body><p><b>Je suis absente jusqu'au 30 novembre inclus.</b><br>Vos messages ne sont pas transférés.</p></body></html>""",
    )),
]
