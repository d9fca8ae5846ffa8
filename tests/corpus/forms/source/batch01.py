"""Forms corpus, batch 01 (writer A): Sunday 1 – Wednesday 4 November 2026. The first week of the month's
forms: the applicant's own labelled lines, boxes ticked, the programme's questions pasted and answered, two
website notifications and a spam one, a Mission locale and a France Travail sheet, a university's graduate
profile with its placeholder left, two job boards, an HTML table of a CV, two self-checks, numbered answers,
two English forms, an employer's offer form, a webinar registration, an auto-reply with fields, a question
put in the contact form and a newsletter's agenda table. Messages in arrival order."""
# ruff: noqa: E501

from __future__ import annotations

from forms import N
from kit import CV, M, app, auto_reply, newsletter, other, question

MESSAGES = [
    # Feature: form_other_mail — kind — Nouvelle offre déposée
    # route: the job board's «déposer une offre» form relayed to us by a recyclerie's director: offer fields (CDD, bac+2 exigé, jeunes diplômés bienvenus), no person applying → other
    N("form_other_mail", "kind", "Nouvelle offre déposée", M(
        "Offres ESS <ne-pas-repondre@offres-ess.example.org>", "Nouvelle offre déposée : Agent·e valoriste (CDD 6 mois)", "01 08:12",
        """Nouvelle offre déposée sur le portail Offres ESS

Structure : Recyclerie Les Trois Pattes (association loi 1901)
Ville : Amiens (80)
Intitulé du poste : Agent·e valoriste / vendeur·se
Type de contrat : CDD 6 mois, 35 h
Niveau demandé : bac+2 exigé
Débutant·e accepté·e : oui, jeunes diplômé·es bienvenu·es
Date de prise de poste : 4 janvier 2027
Contact : Grégoire Vasseur, directeur - recrutement@troispattes.example.org

Message du déposant :
Bonjour, nous avons vu que vous accompagnez des jeunes diplômés vers l'ESS, n'hésitez pas à relayer notre offre auprès de votre promotion.

--
Cette notification a été envoyée automatiquement par le portail Offres ESS.""",
        other(),
    ), person="recyclerie_trois_pattes"),
    # Feature: labelled_fields — graduation — Année d'obtention : 2025
    # route: her own labelled lines in the body: a licence pro of 2025 (a year alone) in «Année d'obtention», a coordination post in popular education sought in «Poste recherché» → application; bac+3 of 2025, ESS sought → eligible
    N("labelled_fields", "graduation", "Année d'obtention : 2025", M(
        "Inès Barbier <ines.barbier75@gmail.com>", "Candidature Pro'pulse", "01 10:47",
        """Bonjour,

Je me permets de vous écrire pour candidater au programme. Voici mes informations :

Nom : BARBIER
Prénom : Inès
Ville : Paris 19e
Téléphone : 06 21 47 88 30
Diplôme : Licence professionnelle Métiers de l'animation sociale, socio-éducative et socioculturelle
Établissement : IUT Paris - Rives de Seine
Année d'obtention : 2025
Situation : en recherche d'emploi, inscrite à France Travail
Poste recherché : coordinatrice de projets dans une association d'éducation populaire
Disponibilité : immédiate

Je reste disponible pour un entretien.
Bien cordialement,
Inès Barbier""",
        app("Inès", "Barbier", phone="+33621478830", bac=3, grad="2025", status="ines_champs_licence_pro_2025"),
    ), person="ines_barbier"),
    # Feature: site_notification — level — BUT Carrières sociales
    # route: a WordPress contact-form notification (From the site's wordpress address, Reply-To her): names, email and phone from the fields; the Message field gives a BUT of June 2025 and a post of animator in the ESS → application; bac+3 of 2025, ESS sought → eligible
    N("site_notification", "level", "BUT Carrières sociales", M(
        "WordPress <wordpress@propulse.animafac.example.org>", "[Pro'pulse] Nouveau message depuis le formulaire de contact", "01 14:05",
        """Nouveau message depuis le formulaire de contact de propulse.animafac.example.org

De : Élodie Marchetti <elodie.marchetti@outlook.fr>
Téléphone : 07 66 12 45 98
Sujet : Candidature

Corps du message :
Bonjour, je viens d'obtenir (juin 2025) mon BUT Carrières sociales, parcours animation sociale et socioculturelle, à l'IUT de Strasbourg. Je cherche un poste d'animatrice dans une structure de l'ESS (centre socioculturel, association de quartier). Je serais ravie de participer au programme.
Élodie

--
Cet e-mail a été envoyé via le formulaire de contact de Pro'pulse (https://propulse.animafac.example.org)""",
        app("Élodie", "Marchetti", phone="+33766124598", bac=3, grad="2025-06", email="elodie.marchetti@outlook.fr", status="elodie_wordpress_but_2025"),
        headers={"Reply-To": "Élodie Marchetti <elodie.marchetti@outlook.fr>"},
    ), person="elodie_marchetti"),
    # Feature: checkboxes — studies_finished — en attente du jury de rattrapage
    # ambiguous: the box «Diplômée» is ticked but the note beside it says the resit jury has not met: the master may be obtained or not; studies_finished open
    # route: a grid of boxes she copied from our page: «☒ Diplômée» qualified by the note «en attente du jury de rattrapage», a master in ESS, a post in a cooperative sought → application; the master not yet granted → to verify
    N("checkboxes", "studies_finished", "en attente du jury de rattrapage", M(
        "Yasmine Haddad <yasmine.haddad13@gmail.com>", "Dossier Pro'pulse - Yasmine Haddad", "01 18:31",
        """Bonjour,

J'ai recopié les cases de votre page, je ne savais pas trop comment faire autrement :

Situation actuelle :
☐ En études
☒ Diplômée (en attente du jury de rattrapage pour une UE, résultats début décembre)
☐ En stage
☐ En service civique

Diplôme préparé : Master 2 Économie sociale et solidaire - Aix-Marseille Université
Je cherche : un poste de chargée de développement dans une coopérative (SCOP ou SCIC)

Mon numéro : 06 45 31 78 02

Merci d'avance,
Yasmine Haddad""",
        app("Yasmine", "Haddad", phone="+33645317802", bac=5, grad=None, unknown=("studies_finished",), status="yasmine_case_diplomee_rattrapage"),
    ), person="yasmine_haddad"),
    # Feature: site_notification — kind — Je peux booster votre référencement
    # route: the contact form's notification carries a sale of web referencing in the Message field, no person applying nor asking about the programme → other
    N("site_notification", "kind", "Je peux booster votre référencement", M(
        "WordPress <wordpress@propulse.animafac.example.org>", "[Pro'pulse] Nouveau message depuis le formulaire de contact", "02 03:14",
        """Nouveau message depuis le formulaire de contact de propulse.animafac.example.org

De : Kevin SEO <growth.rank.expert@mailpro.example.com>
Téléphone : 0000000000
Sujet : Partenariat

Corps du message :
Hello ! Votre site est mal positionné sur Google. Je peux booster votre référencement en 30 jours, 1ère page garantie. Tarif spécial associations : 199 € / mois. Répondez OUI pour un audit gratuit.

--
Cet e-mail a été envoyé via le formulaire de contact de Pro'pulse (https://propulse.animafac.example.org)""",
        other(),
        headers={"Reply-To": "growth.rank.expert@mailpro.example.com"},
    ), person="spam_referencement"),
    # Feature: adviser_sheet — aim — travailler dans une recyclerie ou une ressourcerie
    # route: a Mission locale «fiche de liaison»: the «Prescripteur» block is the adviser's (her own master of 2012 a distractor), the «Bénéficiaire» block gives Océane's BTS of June 2025, her contacts and her project of working in a recyclerie → application, referral; bac+2 of 2025, ESS sought → eligible
    N("adviser_sheet", "aim", "travailler dans une recyclerie ou une ressourcerie", M(
        "Fanny Gomez <f.gomez@ml-amiens.example.org>", "Fiche de liaison - orientation Pro'pulse", "02 09:20",
        """Bonjour,

Veuillez trouver ci-dessous la fiche de liaison pour une jeune que j'accompagne.

FICHE DE LIAISON - MISSION LOCALE DU GRAND AMIÉNOIS

PRESCRIPTEUR
Nom : Fanny Gomez
Fonction : conseillère en insertion professionnelle (Master 2 Sciences de l'éducation, 2012)
Téléphone : 03 22 91 40 17

BÉNÉFICIAIRE
Nom / Prénom : DELAUNAY Océane
Date de naissance : 14/03/2004
Adresse mail : oceane.delaunay80@gmail.com
Téléphone : 07 58 22 14 63
Niveau de formation : bac+2 - BTS Management commercial opérationnel, obtenu en juin 2025
Situation : inscrite à la Mission locale depuis septembre 2025, sans emploi
Projet professionnel : travailler dans une recyclerie ou une ressourcerie (vente, valorisation)

Observations : jeune motivée, à l'aise à l'oral, a fait du bénévolat au Secours populaire.

Cordialement,
Fanny Gomez""",
        app("Océane", "Delaunay", phone="+33758221463", bac=2, grad="2025-06", email="oceane.delaunay80@gmail.com", forwarded_by="f.gomez@ml-amiens.example.org", status="oceane_fiche_liaison_bts"),
    ), person="oceane_delaunay"),
    # Feature: questions_quoted — graduation — En 2019
    # route: our page's three questions pasted with «> », her answers below each: a DUT GEA of 2019 in the second answer → application; bac+2 of 2019, over the two years → not eligible
    N("questions_quoted", "graduation", "En 2019", M(
        "Clémence Aubry <clemence.aubry@laposte.net>", "Réponse aux questions du site", "02 11:02",
        """Bonjour,

Je réponds aux questions de votre page « Candidater » :

> Quel est votre dernier diplôme ?
Réponse : DUT Gestion des entreprises et des administrations (GEA)

> En quelle année l'avez-vous obtenu ?
Réponse : En 2019, à l'IUT de Rennes.

> Quelle est votre situation actuelle ?
Réponse : en recherche d'emploi depuis la fin de mon CDD à la mairie en septembre.

> Quel type de poste recherchez-vous ?
Réponse : assistante de gestion dans une association ou une mutuelle.

Clémence Aubry
06 84 20 11 57""",
        app("Clémence", "Aubry", phone="+33684201157", bac=2, grad="2019", failing=("graduation_recent",), status="clemence_questions_dut_2019"),
    ), person="clemence_aubry"),
    # Feature: form_other_mail — kind — Votre inscription est confirmée
    # route: a webinar platform's registration confirmation for our coordinator (fields: webinar, date, link), no person applying → other
    N("form_other_mail", "kind", "Votre inscription est confirmée", M(
        "Webinaires CRESS <inscriptions@webinaires-cress.example.org>", "Votre inscription est confirmée : « Recruter un premier emploi dans l'ESS »", "02 13:40",
        """Bonjour Claire,

Votre inscription est confirmée.

Webinaire : Recruter un premier emploi dans l'ESS
Date : jeudi 19 novembre 2026, 11h00 - 12h00
Organisateur : CRESS Hauts-de-France
Lien de connexion : https://webinaires-cress.example.org/j/8841-2203
Votre inscription : Claire (Pro'pulse - Animafac), propulse@animafac.net

Ajoutez l'événement à votre agenda. Pour annuler, utilisez le lien de votre espace.

L'équipe Webinaires CRESS""",
        other(),
    ), person="webinaires_cress"),
    # Feature: job_board — graduation — BTS Tourisme, 2024
    # route: the board «EmploiSolid» relays his application: screening answers (bac+2 yes, no internship), the profile's «BTS Tourisme, 2024» a year alone, a post in social tourism in his note → application; bac+2 of 2024 with no month → to verify
    N("job_board", "graduation", "BTS Tourisme, 2024", M(
        "EmploiSolid <candidatures@emploisolid.example.com>", "Nouvelle candidature pour votre annonce « Programme Pro'pulse - jeunes diplômé·es »", "02 16:58",
        """Nouvelle candidature pour votre annonce « Programme Pro'pulse - jeunes diplômé·es »

Candidat : Hugo Lemaire
E-mail : hugo.lemaire@free.fr
Téléphone : +33 6 12 90 45 71
Localisation : Paris (75)

Formation : BTS Tourisme, 2024 - Lycée Jean-Drouant
Expérience : Animateur de séjours, UCPA (saisons été 2024 et 2025)

Questions de présélection
Avez-vous un diplôme de niveau bac+2 ou plus ? Oui
Êtes-vous actuellement en stage ou en service civique ? Non

Message du candidat :
Bonjour, je cherche un premier poste dans le tourisme social et solidaire (villages vacances associatifs). Merci de votre attention. Hugo

Votre annonce correspond à 87 % du profil de ce candidat.
EmploiSolid - la plateforme de l'emploi qui a du sens""",
        app("Hugo", "Lemaire", phone="+33612904571", bac=2, grad="2024", unknown=("graduation_recent",), email="hugo.lemaire@free.fr", status="hugo_emploisolid_bts_2024"),
    ), person="hugo_lemaire"),
    # Feature: adviser_sheet — career_change — reconversion vers l'animation socioculturelle
    # route: a France Travail «fiche de prescription»: the «Bénéficiaire» fields give a BTS of 2021, four years as an accountant and a project of retraining to socio-cultural animation → application, referral; a career change (and a diploma of 2021) → not eligible
    N("adviser_sheet", "career_change", "reconversion vers l'animation socioculturelle", M(
        "Rachid Mansouri <rachid.mansouri@francetravail.example.fr>", "Prescription - dispositif Pro'pulse", "02 17:25",
        """Madame, Monsieur,

Je vous adresse la fiche de prescription suivante.

FICHE DE PRESCRIPTION
Agence : France Travail Metz Borny
Conseiller référent : Rachid Mansouri

Demandeur d'emploi
Civilité : M.
Nom : NGUYEN
Prénom : Thibault
Identifiant : 4418203M
Courriel : thibault.nguyen57@orange.fr
Téléphone : 06 37 81 29 04
Diplôme le plus élevé : BTS Comptabilité et gestion (2021)
Expérience : 4 ans comptable en cabinet d'expertise
Projet : reconversion vers l'animation socioculturelle, BPJEPS envisagé
Freins : mobilité (pas de permis)

Je reste à votre disposition.
Rachid Mansouri
Conseiller France Travail""",
        app("Thibault", "Nguyen", phone="+33637812904", bac=2, grad="2021", failing=("graduation_recent", "not_career_change"), email="thibault.nguyen57@orange.fr", forwarded_by="rachid.mansouri@francetravail.example.fr", status="thibault_prescription_reconversion"),
    ), person="thibault_nguyen"),
    # Feature: checkboxes — situation — Stage en cours : OUI
    # route: an «Oui / Non» grid she filled: «Stage en cours : OUI (jusqu'au 18 décembre)» beside a BTS SAM of June 2025 ticked → application; an internship running → not eligible
    N("checkboxes", "situation", "Stage en cours : OUI", M(
        "Mathis Royer <mathis.royer44@gmail.com>", "candidature", "03 08:05",
        """Bonjour,

Diplôme : [x] Bac+2  [ ] Bac+3  [ ] Bac+4/5
Lequel : BTS Support à l'action managériale (juin 2025)
En recherche d'emploi : OUI / non
Stage en cours : OUI (jusqu'au 18 décembre, à la Banque alimentaire de Loire-Atlantique)
Service civique : oui / NON

Je vise un poste d'assistant administratif dans une association.

Mathis Royer, Nantes
07 81 35 66 20""",
        app("Mathis", "Royer", phone="+33781356620", bac=2, grad="2025-06", failing=("not_internship",), status="mathis_cases_stage_decembre"),
    ), person="mathis_royer"),
    # Feature: table — studies_finished — 09/2025 – en cours
    # route: an HTML-only mail whose body is a table of his path: the BTS obtained in 2025, then a licence pro «09/2025 – en cours» in the last row → application; studies not finished → not eligible
    N("table", "studies_finished", "09/2025 – en cours", M(
        "Antoine Girard <antoine.girard@icloud.com>", "Mon parcours (candidature Pro'pulse)", "03 10:33",
        """Bonjour, voici mon parcours pour le programme Pro'pulse.

Période | Formation / expérience | Établissement | Statut
09/2023 – 06/2025 | BTS Économie sociale et familiale | Lycée Gabriel-Guist'hau, Nantes | Obtenu
09/2025 – en cours | Licence pro Coordination de projets de l'ESS (alternance) | IUT de Nantes | En cours
2024 – 2026 | Bénévole aux Restos du cœur | Nantes | -

Je cherche un poste dans une association d'aide alimentaire.
Antoine Girard - 06 70 44 13 92""",
        app("Antoine", "Girard", phone="+33670441392", bac="*", grad=None, failing=("studies_finished",), status="antoine_tableau_lp_en_cours"),
        html="only",
        body_html="""<html><body><p>Bonjour, voici mon parcours pour le programme Pro'pulse.</p>
<table border="1" cellpadding="4">
<tr><th>Période</th><th>Formation / expérience</th><th>Établissement</th><th>Statut</th></tr>
<tr><td>09/2023 – 06/2025</td><td>BTS Économie sociale et familiale</td><td>Lycée Gabriel-Guist'hau, Nantes</td><td>Obtenu</td></tr>
<tr><td>09/2025 – en cours</td><td>Licence pro Coordination de projets de l'ESS (alternance)</td><td>IUT de Nantes</td><td>En cours</td></tr>
<tr><td>2024 – 2026</td><td>Bénévole aux Restos du cœur</td><td>Nantes</td><td>-</td></tr>
</table>
<p>Je cherche un poste dans une association d'aide alimentaire.<br>Antoine Girard - 06 70 44 13 92</p>
</body></html>""",
    ), person="antoine_girard"),
    # Feature: english_forms — graduation — Date of graduation: July 2025
    # route: an English form of his own: «Highest qualification» a BA (Hons), «Date of graduation: July 2025», «☒ Graduate», a role in a social enterprise sought → application (en); bac+3 of 2025, ESS sought → eligible
    N("english_forms", "graduation", "Date of graduation: July 2025", M(
        "Oliver Grant <oliver.grant.uk@gmail.com>", "Application - Pro'pulse programme", "03 12:19",
        """Hi,

I found your programme through a friend in Lille. Here are my details:

Full name: Oliver Grant
Highest qualification: BA (Hons) Youth and Community Work, University of Leeds
Date of graduation: July 2025
Current status: ☐ Student ☒ Graduate ☐ Intern ☐ Volunteer
Based in: Lille since September
Looking for: a role in a social enterprise or a charity (youth work)
Phone: +33 7 45 18 90 62

Best wishes,
Oliver""",
        app("Oliver", "Grant", phone="+33745189062", bac=3, grad="2025-07", language="en", status="oliver_form_ba_2025"),
    ), person="oliver_grant"),
    # Feature: self_check — career_change — Pas en reconversion : ?
    # ambiguous: six years as a care assistant before the licence pro, and she asks herself whether that counts: not_career_change open
    # route: her own check against our criteria, four ✔ and «Pas en reconversion : ?» with six years as a care assistant before the licence pro → application; a career change left open → to verify
    N("self_check", "career_change", "Pas en reconversion : ?", M(
        "Laura Fontaine <laura.fontaine@yahoo.fr>", "Est-ce que je coche les cases ?", "03 14:47",
        """Bonjour,

J'ai repris vos critères un par un :

- Bac+2 minimum : ✔ licence pro Intervention sociale (bac+3)
- Diplômée depuis moins de 2 ans : ✔ juin 2026
- Pas en stage : ✔
- Pas en service civique : ✔
- Cherche un emploi dans l'ESS : ✔ (accompagnement social en association)
- Pas en reconversion : ? J'ai été aide-soignante six ans avant de reprendre mes études, je ne sais pas si ça compte.

Je vous joins mon CV.
Laura Fontaine, Lyon""",
        app("Laura", "Fontaine", phone=None, bac=3, grad="2026-06", unknown=("not_career_change",), status="laura_check_reconversion"),
        cv=CV("pdf", "CV_Laura_Fontaine.pdf", """Laura Fontaine
Lyon 8e - laura.fontaine@yahoo.fr
Formation
2025-2026 : Licence professionnelle Intervention sociale - Université Lyon 2 (obtenue)
2012 : Diplôme d'État d'aide-soignante
Expérience
2017-2023 : Aide-soignante, EHPAD Les Tilleuls, Vénissieux
2026 : Stage, Centre social Langlet-Santy (avril-juin)"""),
    ), person="laura_fontaine"),
    # Feature: form_other_mail — kind — Absente du 3 au 6 novembre inclus
    # route: a partner's auto-reply with fields (Auto-Submitted): «Absente du / au», «Contact en mon absence» → auto-reply
    N("form_other_mail", "kind", "Absente du 3 au 6 novembre inclus", M(
        "Martine Leclerc <m.leclerc@cress-hdf.example.org>", "Réponse automatique : Orientation de jeunes diplômés", "03 15:02",
        """Message automatique

Statut : Absente du 3 au 6 novembre inclus
Motif : congés
Contact en mon absence : accueil@cress-hdf.example.org - 03 20 00 41 12
Retour prévu : lundi 9 novembre

Martine Leclerc
Chargée de mission emploi, CRESS Hauts-de-France""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    ), person="martine_leclerc"),
    # Feature: questions_quoted — aim — JE CHERCHE UN POSTE DANS UNE ASSOCIATION DE LUTTE CONTRE LA PRÉCARITÉ
    # route: our questions pasted, his answers in capitals: a licence of June 2026 and a post in an association fighting poverty; his CV (PDF) attached → application; bac+3 of 2026, ESS sought → eligible
    N("questions_quoted", "aim", "JE CHERCHE UN POSTE DANS UNE ASSOCIATION DE LUTTE CONTRE LA PRÉCARITÉ", M(
        "Rayan Bouzid <rayan.bouzid31@gmail.com>", "questions candidature", "03 19:26",
        """bonjour

Votre dernier diplôme ?
LICENCE SOCIOLOGIE, UNIVERSITÉ TOULOUSE JEAN JAURÈS

Date d'obtention ?
JUIN 2026

Situation actuelle ?
SANS EMPLOI, PAS EN STAGE

Projet ?
JE CHERCHE UN POSTE DANS UNE ASSOCIATION DE LUTTE CONTRE LA PRÉCARITÉ

cv en pj
rayan""",
        app("Rayan", "Bouzid", phone="+33614502287", bac=3, grad="2026-06", info_in="both", status="rayan_questions_majuscules"),
        cv=CV("docx", "CV Rayan Bouzid.docx", """Rayan BOUZID
Toulouse - 06 14 50 22 87 - rayan.bouzid31@gmail.com
Licence de sociologie - Université Toulouse Jean Jaurès - 2026
Bénévole maraude, Croix-Rouge (2024-2026)
Équipier polyvalent, restauration rapide (2023-2025, week-ends)"""),
    ), person="rayan_bouzid"),
    # Feature: school_office — graduation — [Date d'obtention]
    # ambiguous: the careers office's template left its placeholder in the date field and the mail gives the date nowhere else: the master's date (and whether it is granted) open
    # route: a university's BAIP «Profil du diplômé» template: a master in ESS, the «Date d'obtention» field still «[Date d'obtention]» → application, referral; the date open → to verify
    N("school_office", "graduation", "[Date d'obtention]", M(
        "BAIP Université de Lille <baip@univ-lille.example.fr>", "Profil du diplômé - candidature Pro'pulse", "03 21:10",
        """Bonjour,

Le Bureau d'aide à l'insertion professionnelle vous présente une diplômée de notre master ESS, intéressée par votre programme.

PROFIL DU DIPLÔMÉ
Nom : PETITJEAN
Prénom : Camille
Courriel : camille.petitjean@univ-lille.example.fr
Téléphone : 06 92 14 37 80
Formation suivie : Master Économie sociale et solidaire, parcours Gestion des entreprises de l'ESS
Date d'obtention : [Date d'obtention]
Projet professionnel : chargée de mission dans une fédération d'associations

N'hésitez pas à la contacter directement.
Le BAIP - Université de Lille""",
        app("Camille", "Petitjean", phone="+33692143780", bac=5, grad=None, unknown=("graduation_recent",), email="camille.petitjean@univ-lille.example.fr", forwarded_by="baip@univ-lille.example.fr", status="camille_baip_placeholder"),
    ), person="camille_petitjean"),
    # Feature: site_notification — situation — en service civique à Unis-Cité jusqu'en mars 2027
    # route: an HTML-only Webflow «New form submission» with French fields in a table: names, email, phone from the fields; the Message field says a service civique running till March 2027 → application; a service civique running → not eligible
    N("site_notification", "situation", "en service civique à Unis-Cité jusqu'en mars 2027", M(
        "Webflow <no-reply-forms@webflow.example.com>", "New form submission - Pro'pulse / Candidater", "03 22:48",
        """New form submission
Site : Pro'pulse / Candidater

Prénom : Lucas
Nom : Ferreira
Email : lucas.ferreira.ly@gmail.com
Téléphone : 06 58 02 74 19
Message : Bonjour, j'ai une licence de géographie (2025) et je suis en service civique à Unis-Cité jusqu'en mars 2027. Je voudrais me préparer à chercher un emploi dans une association d'environnement.""",
        app("Lucas", "Ferreira", phone="+33658027419", bac=3, grad="2025", failing=("not_service_civique",), email="lucas.ferreira.ly@gmail.com", status="lucas_webflow_service_civique"),
        html="only",
        body_html="""<html><body><h2>New form submission</h2><p>Site : Pro'pulse / Candidater</p>
<table>
<tr><td><b>Prénom</b></td><td>Lucas</td></tr>
<tr><td><b>Nom</b></td><td>Ferreira</td></tr>
<tr><td><b>Email</b></td><td>lucas.ferreira.ly@gmail.com</td></tr>
<tr><td><b>Téléphone</b></td><td>06 58 02 74 19</td></tr>
<tr><td><b>Message</b></td><td>Bonjour, j'ai une licence de géographie (2025) et je suis en service civique à Unis-Cité jusqu'en mars 2027. Je voudrais me préparer à chercher un emploi dans une association d'environnement.</td></tr>
</table>
<p style="color:#888">Sent from Webflow</p></body></html>""",
        headers={"Reply-To": "lucas.ferreira.ly@gmail.com"},
    ), person="lucas_ferreira"),
    # Feature: job_board — situation — sept. 2026 – en cours
    # route: the board «Jobilo» relays a «Candidature simplifiée»: the profile's current experience «Stagiaire chargée de communication, sept. 2026 – en cours», her note says it ends in February; her CV (DOCX) attached → application; an internship running → not eligible
    N("job_board", "situation", "sept. 2026 – en cours", M(
        "Jobilo <notifications@jobilo.example.com>", "Sarah Benali a postulé via Candidature simplifiée", "04 07:55",
        """Sarah Benali a postulé à votre offre « Pro'pulse - accompagnement vers un premier emploi dans l'ESS »

Profil
Sarah Benali - Lille, Hauts-de-France
sarah.benali@hotmail.fr - 06 29 70 81 35

Expérience actuelle
Stagiaire chargée de communication - Fédération des centres sociaux du Nord
sept. 2026 – en cours

Formation
Licence Information-Communication - Université de Lille - 2026

Note de la candidate : Mon stage se termine fin février, j'aimerais commencer l'accompagnement dès que possible pour trouver un poste en communication associative.

Consultez le CV joint.""",
        app("Sarah", "Benali", phone="+33629708135", bac=3, grad="2026", failing=("not_internship",), email="sarah.benali@hotmail.fr", status="sarah_jobilo_stage_en_cours"),
        cv=CV("docx", "Sarah_Benali_CV.docx", """Sarah Benali
Chargée de communication junior
Lille - sarah.benali@hotmail.fr
Expérience
Depuis septembre 2026 : stagiaire chargée de communication, Fédération des centres sociaux du Nord (6 mois)
Formation
2026 : Licence Information-Communication, Université de Lille"""),
    ), person="sarah_benali"),
    # Feature: self_check — situation — Pas en stage : ✘
    # route: his check against our criteria, «Pas en stage : ✘» with a stage at the Ligue de l'enseignement till 15 January, the master granted in September → application; an internship running → not eligible
    N("self_check", "situation", "Pas en stage : ✘", M(
        "Nathan Chevalier <nathan.chevalier@proton.me>", "Pro'pulse : mon auto-évaluation", "04 09:12",
        """Bonjour,

Honnêtement, voici où j'en suis par rapport à vos critères :

Bac+2 minimum : ✔ (master 2 Politiques sociales, validé en septembre 2026)
Diplômé depuis moins de 2 ans : ✔
Pas en stage : ✘ - stage conventionné à la Ligue de l'enseignement jusqu'au 15 janvier 2027
Pas en service civique : ✔
Emploi dans l'ESS : ✔ coordination de projets jeunesse

Si ce n'est pas possible maintenant, je réécrirai en janvier.
Nathan Chevalier - Toulouse - 07 62 19 83 40""",
        app("Nathan", "Chevalier", phone="+33762198340", bac=5, grad="2026-09", failing=("not_internship",), status="nathan_check_stage_janvier"),
    ), person="nathan_chevalier"),
    # Feature: form_other_mail — kind — Y a-t-il une limite d'âge
    # route: the contact form's notification carries a question about the programme (an age limit, the cost) and no fact of her own → question
    N("form_other_mail", "kind", "Y a-t-il une limite d'âge", M(
        "WordPress <wordpress@propulse.animafac.example.org>", "[Pro'pulse] Nouveau message depuis le formulaire de contact", "04 11:40",
        """Nouveau message depuis le formulaire de contact de propulse.animafac.example.org

De : Agnès Morvan <agnes.morvan@orange.fr>
Téléphone :
Sujet : Renseignements

Corps du message :
Bonjour, y a-t-il une limite d'âge pour entrer dans le programme ? Et l'accompagnement est-il gratuit ? Merci.

--
Cet e-mail a été envoyé via le formulaire de contact de Pro'pulse (https://propulse.animafac.example.org)""",
        question(),
        headers={"Reply-To": "agnes.morvan@orange.fr"},
    ), person="agnes_morvan"),
    # Feature: numbered_answers — level — Master 1 de psychologie
    # route: numbered answers without the questions: «1) Master 1 de psychologie, validé en juin 2025», «2) non», «3)» a post in an insertion site → application; bac+4 of 2025, ESS sought → eligible
    N("numbered_answers", "level", "Master 1 de psychologie", M(
        "Manon Texier <manon.texier35@gmail.com>", "Réponses", "04 13:03",
        """Bonjour,

Suite à votre page, mes réponses dans l'ordre :

1) Master 1 de psychologie, validé en juin 2025 à Rennes 2
2) non, ni stage ni service civique, je travaille en intérim en attendant
3) chargée d'accompagnement socioprofessionnel dans un chantier d'insertion
4) Rennes ou alentours, permis B

Merci !
Manon Texier
06 40 77 28 15""",
        app("Manon", "Texier", phone="+33640772815", bac=4, grad="2025-06", status="manon_numeros_m1"),
    ), person="manon_texier"),
    # Feature: english_forms — studies_finished — final year of my Laurea Magistrale
    # route: an English form she filled: «Current status: ☒ Student», the final year of a Laurea Magistrale with the defence in March 2027 → application (en); studies not finished → not eligible
    N("english_forms", "studies_finished", "final year of my Laurea Magistrale", M(
        "Chiara Russo <chiara.russo@gmail.com>", "Pro'pulse application form", "04 15:37",
        """Dear Pro'pulse team,

Name: Chiara Russo
Nationality: Italian
Current status: ☒ Student ☐ Graduate
Studies: final year of my Laurea Magistrale in Cooperative Economics (University of Bologna), thesis defence in March 2027
Currently in: Marseille (Erasmus)
Interested in: cooperatives, fair trade

I would love to start looking for a job in France while I finish my thesis.

Kind regards,
Chiara""",
        app("Chiara", "Russo", phone=None, bac="*", grad=None, failing=("studies_finished",), language="en", status="chiara_form_student"),
    ), person="chiara_russo"),
    # Feature: labelled_fields — graduation — Année d'obtention :
    # route: his own labelled lines: a BTS ESF, the field «Année d'obtention :» left empty, a post of CESF in a social centre sought → application; the date open → to verify
    N("labelled_fields", "graduation", "Année d'obtention :", M(
        "Kevin Lefort <kevin.lefort59@outlook.fr>", "Candidature - Kevin Lefort", "04 17:21",
        """Bonjour,

Nom : Lefort
Prénom : Kevin
Niveau d'études : bac+2
Dernier diplôme obtenu : BTS Économie sociale familiale
Année d'obtention :
Situation : demandeur d'emploi
Poste visé : CESF ou assistant en centre social
Tél : 06 03 58 21 74

Cordialement""",
        app("Kevin", "Lefort", phone="+33603582174", bac=2, grad=None, unknown=("graduation_recent",), status="kevin_champ_annee_vide"),
    ), person="kevin_lefort"),
    # Feature: form_other_mail — kind — Agenda de l'emploi solidaire
    # route: an ESS network's newsletter (List-Unsubscribe, Precedence bulk) with a table of the month's job datings → newsletter
    N("form_other_mail", "kind", "Agenda de l'emploi solidaire", M(
        "Réseau ESS Nantes <lettre@ess-nantes.example.org>", "Agenda de l'emploi solidaire - novembre", "04 18:00",
        """Agenda de l'emploi solidaire - novembre 2026

Date | Événement | Lieu | Inscription
12/11 | Job dating « Premiers emplois dans l'ESS » | Nantes, Maison de l'ESS | sur le site
19/11 | Atelier CV associatif | Saint-Nazaire | gratuit
26/11 | Forum des coopératives | Rezé | libre

Vous recevez cette lettre car vous êtes abonné·e. Se désinscrire : https://ess-nantes.example.org/desabonnement""",
        newsletter(),
        headers={"List-Unsubscribe": "<https://ess-nantes.example.org/desabonnement>", "Precedence": "bulk"},
    ), person="reseau_ess_nantes"),
]
