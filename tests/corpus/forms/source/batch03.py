"""Forms corpus, batch 03 (writer A): Monday 9 – Wednesday 11 November 2026, the 11 November holiday.
Labelled lines of a career changer and of a school nobody knows, a «Reconversion professionnelle» box ticked,
the programme's questions answered «non concerné» and «presque», two site notifications (one HTML-only), an
APEC consultant's summary, two careers offices' templates, an international board in English and a French
one, an HTML table of a bac and a prépa dropped, two self-checks, two sets of numbered answers, an
English-speaking volunteer and an Irish self-check; our questions quoted back by a person who only asks, a
participant's weekly check-in, an empty form submission, a bounce of our invitation, our questionnaire
returned in our thread, and a UK volunteering fair's registration form. In arrival order."""
# ruff: noqa: E501

from __future__ import annotations

from forms import N
from kit import CV, M, app, bounce, other, question, reply

MESSAGES = [
    # Feature: labelled_fields — career_change — me reconvertir dans l'ESS
    # route: her labelled lines: a master of 2018, six years as a product manager, «Projet : me reconvertir dans l'ESS» → application; a career change (and a diploma of 2018) → not eligible
    N("labelled_fields", "career_change", "me reconvertir dans l'ESS", M(
        "Jessica Ferrand <jessica.ferrand@gmail.com>", "Candidature reconversion", "09 07:58",
        """Bonjour,

Nom - Ferrand
Prénom - Jessica
Âge - 31 ans
Dernier diplôme obtenu - Master 2 Marketing (IAE Toulouse, 2018)
Expérience - 6 ans cheffe de produit dans l'agroalimentaire
Projet - me reconvertir dans l'ESS, coordination associative ou RSE d'une coopérative
Téléphone - 06 71 30 48 92

Merci de votre retour,
Jessica""",
        app("Jessica", "Ferrand", phone="+33671304892", bac=5, grad="2018", failing=("graduation_recent", "not_career_change"), status="jessica_champs_reconversion"),
    ), person="jessica_ferrand"),
    # Feature: questions_quoted — situation — Réponse : non concerné
    # route: our questions quoted with «> », «non concerné» answered to the internship and service civique question (he is in neither), a master of September 2026 and a post in a citizens' energy SCIC → application; bac+5 of 2026, ESS sought → eligible
    N("questions_quoted", "situation", "Réponse : non concerné", M(
        "Romain Lacombe <romain.lacombe@laposte.net>", "Questions du formulaire", "09 09:16",
        """Bonjour,

> Quel est votre dernier diplôme et sa date d'obtention ?
Réponse : Master 2 Développement territorial, septembre 2026 (Toulouse Jean Jaurès)

> Êtes-vous actuellement en stage ou en service civique ?
Réponse : non concerné

> Quel type de poste recherchez-vous ?
Réponse : chargé de mission dans une SCIC d'énergie citoyenne

Romain Lacombe
06 45 92 07 18""",
        app("Romain", "Lacombe", phone="+33645920718", bac=5, grad="2026-09", status="romain_questions_non_concerne"),
    ), person="romain_lacombe"),
    # Feature: checkboxes — career_change — ☒ Reconversion professionnelle
    # route: her boxes «☐ Premier emploi ☒ Reconversion professionnelle», the note beside it: eight years as a saleswoman before a BTS ESF of June 2026 → application; a career change → not eligible
    N("checkboxes", "career_change", "☒ Reconversion professionnelle", M(
        "Julie Perrot <julie.perrot62@gmail.com>", "candidature pro'pulse", "09 10:40",
        """Bonjour,

Mon projet :
☐ Premier emploi après mes études
☒ Reconversion professionnelle (8 ans vendeuse en prêt-à-porter, puis BTS Économie sociale familiale en juin 2026)
☐ Autre

Je cherche un poste de conseillère en économie sociale familiale dans une association.

Julie Perrot, Lille
07 66 29 31 85""",
        app("Julie", "Perrot", phone="+33766293185", bac=2, grad="2026-06", failing=("not_career_change",), status="julie_case_reconversion"),
    ), person="julie_perrot"),
    # Feature: questions_quoted — kind — avant de répondre à vos questions
    # route: our questions quoted back by a person who only asks whether a foreign diploma is accepted, no fact of her own → question
    N("questions_quoted", "kind", "avant de répondre à vos questions", M(
        "Anaïs Lopes <anais.lopes@hotmail.fr>", "Question sur le formulaire", "09 11:55",
        """Bonjour,

Je voudrais savoir une chose avant de répondre à vos questions :

> Quel est votre dernier diplôme ?

Est-ce qu'un diplôme obtenu à l'étranger (hors Union européenne) est accepté, ou faut-il une équivalence ?

Merci,
Anaïs""",
        question(),
    ), person="anais_lopes"),
    # Feature: site_notification — graduation — un master 2 en sociologie
    # route: a WordPress contact-form notification: names, email, phone from its fields; the Message gives a master 2 with no date and an ESS job sought → application; the date open → to verify
    N("site_notification", "graduation", "un master 2 en sociologie", M(
        "WordPress <wordpress@propulse.animafac.example.org>", "[Pro'pulse] Nouveau message depuis le formulaire de contact", "09 13:21",
        """Nouveau message depuis le formulaire de contact de propulse.animafac.example.org

De : Margaux Brochard <margaux.brochard@gmail.com>
Téléphone : 06 38 14 70 25
Sujet : Candidature

Corps du message :
Bonjour, j'ai un master 2 en sociologie et je cherche un emploi dans l'ESS, idéalement en évaluation d'impact social. Pouvez-vous me rappeler ? Merci.

--
Cet e-mail a été envoyé via le formulaire de contact de Pro'pulse (https://propulse.animafac.example.org)""",
        app("Margaux", "Brochard", phone="+33638147025", bac=5, grad=None, unknown=("graduation_recent",), email="margaux.brochard@gmail.com", status="margaux_wordpress_sans_date"),
        headers={"Reply-To": "margaux.brochard@gmail.com"},
    ), person="margaux_brochard"),
    # Feature: job_board — level — Master of Social Work
    # route: an international board relays an «Easy Apply» in English: «Master of Social Work, 2025» in the profile, the screening questions answered, an NGO sought; her CV (PDF) attached → application (en); bac+5 of 2025, ESS sought → eligible
    N("job_board", "level", "Master of Social Work", M(
        "GlobalJobsNet <applications@globaljobsnet.example.com>", "New Easy Apply application: Priya Nair", "09 15:04",
        """New application for your listing "Pro'pulse - coaching for young graduates (France)"

Applicant: Priya Nair
Email: priya.nair@gmail.com
Phone: +33 6 74 51 20 38
Location: Paris, France

Education: Master of Social Work, Tata Institute of Social Sciences, Mumbai - 2025

Screening questions
Do you hold a higher education degree of at least two years? Yes
Are you currently doing an internship? No

Applicant's note: I moved to Paris with my husband and I am looking for a job in an NGO working with migrant women.

The applicant's resume is attached.""",
        app("Priya", "Nair", phone="+33674512038", bac=5, grad="2025", email="priya.nair@gmail.com", language="en", status="priya_easy_apply_msw"),
        cv=CV("pdf", "Priya_Nair_Resume.pdf", """Priya Nair
Paris - priya.nair@gmail.com
Education
2023-2025: Master of Social Work, Tata Institute of Social Sciences, Mumbai
2020-2023: BA Sociology, University of Kerala
Experience
2025: Field worker, women's shelter, Mumbai (6 months)"""),
    ), person="priya_nair"),
    # Feature: questions_quoted — studies_finished — il me reste le mémoire à rendre en janvier
    # route: our questions pasted, «Avez-vous terminé vos études ?» answered «presque, il me reste le mémoire à rendre en janvier» → application; studies not finished → not eligible
    N("questions_quoted", "studies_finished", "il me reste le mémoire à rendre en janvier", M(
        "Fatou Camara <fatou.camara@gmail.com>", "Mes réponses", "09 17:42",
        """Bonjour,

Quel est votre dernier diplôme ?
→ Master 2 Économie sociale et solidaire (Université Paris-Est Créteil)

Avez-vous terminé vos études ?
→ presque, il me reste le mémoire à rendre en janvier

Quel type de poste recherchez-vous ?
→ chargée de projet dans une association de solidarité internationale

Fatou Camara
07 49 83 61 20""",
        app("Fatou", "Camara", phone="+33749836120", bac="*", grad=None, failing=("studies_finished",), status="fatou_questions_memoire"),
    ), person="fatou_camara"),
    # Feature: form_other_mail — kind — Point hebdo participant·e
    # route: a participant's weekly check-in form relayed by the form builder (applications sent, interviews, morale): no application → other
    N("form_other_mail", "kind", "Point hebdo participant·e", M(
        "Tallyo <noreply@tallyo.example.com>", "Nouvelle réponse à « Point hebdo participant·e »", "09 19:30",
        """Nouvelle réponse à votre formulaire « Point hebdo participant·e »

Prénom
Oriane

Candidatures envoyées cette semaine
4

Entretiens obtenus
1 (chargée d'accueil, Emmaüs Connect)

Moral (1 à 5)
4

Besoin d'un point avec la coach ?
☐ Oui ☑ Non

Voir toutes les réponses : https://tallyo.example.com/forms/point-hebdo/responses""",
        other(),
    ), person="oriane_point_hebdo"),
    # Feature: site_notification — aim — un poste de commercial dans une start-up
    # route: an HTML-only Webflow «New form submission»: names, email, phone from the fields; the Message gives a BTS NDRC of 2025 and a post of salesman in a start-up → application; a search outside the ESS → not eligible
    N("site_notification", "aim", "un poste de commercial dans une start-up", M(
        "Webflow <no-reply-forms@webflow.example.com>", "New form submission - Pro'pulse / Candidater", "10 08:25",
        """New form submission
Site : Pro'pulse / Candidater

Prénom : Dylan
Nom : Picard
Email : dylan.picard80@gmail.com
Téléphone : 07 52 64 19 30
Message : Salut, j'ai le BTS NDRC (2025) et je cherche un poste de commercial dans une start-up de la tech, vous pouvez m'aider ?""",
        app("Dylan", "Picard", phone="+33752641930", bac=2, grad="2025", failing=("job_seeking_ess",), email="dylan.picard80@gmail.com", status="dylan_webflow_start_up"),
        html="only",
        body_html="""<html><body><h2>New form submission</h2><p>Site : Pro'pulse / Candidater</p>
<table>
<tr><td><b>Prénom</b></td><td>Dylan</td></tr>
<tr><td><b>Nom</b></td><td>Picard</td></tr>
<tr><td><b>Email</b></td><td>dylan.picard80@gmail.com</td></tr>
<tr><td><b>Téléphone</b></td><td>07 52 64 19 30</td></tr>
<tr><td><b>Message</b></td><td>Salut, j'ai le BTS NDRC (2025) et je cherche un poste de commercial dans une start-up de la tech, vous pouvez m'aider ?</td></tr>
</table>
<p style="color:#888">Sent from Webflow</p></body></html>""",
        headers={"Reply-To": "dylan.picard80@gmail.com"},
    ), person="dylan_picard"),
    # Feature: adviser_sheet — career_change — 5 ans professeure des écoles contractuelle
    # ambiguous: five years as a contract primary-school teacher before the master, and neither the consultant nor the sheet says she changes trade now: not_career_change open
    # route: an APEC consultant's summary sheet: a master ESS of 2025 after five years of teaching, a post in an education association → application, referral; a career change left open → to verify
    N("adviser_sheet", "career_change", "5 ans professeure des écoles contractuelle", M(
        "Stéphane Roger <stephane.roger@apec.example.fr>", "Synthèse APEC - Héloïse Dumont", "10 09:50",
        """Bonjour,

Suite à notre échange téléphonique, voici la synthèse de positionnement de Mme Dumont.

SYNTHÈSE DE POSITIONNEMENT - APEC PARIS
Consultant : Stéphane Roger

Candidate : Héloïse DUMONT
E-mail : heloise.dumont@gmail.com
Tél. : 06 15 49 72 80
Formation : Master 2 Management des organisations de l'ESS (CNAM), obtenu en 2025
Parcours : 5 ans professeure des écoles contractuelle (2018-2023), puis reprise d'études
Cible : chargée de projets éducatifs dans une association d'éducation populaire
Points forts : pédagogie, animation de groupes, gestion de projet

Cordialement,
Stéphane Roger
Consultant APEC""",
        app("Héloïse", "Dumont", phone="+33615497280", bac=5, grad="2025", unknown=("not_career_change",), email="heloise.dumont@gmail.com", forwarded_by="stephane.roger@apec.example.fr", status="heloise_apec_enseignante"),
    ), person="heloise_dumont"),
    # Feature: labelled_fields — level — diplôme d'école en 2 ans, non reconnu par l'État
    # ambiguous: a two-year school diploma «not recognised by the State»: its level is not bac+2 for sure; degree_level open
    # route: his labelled lines with tabs: a two-year private school diploma he says is not recognised, 2026, a post in an ESS events association → application; the level open → to verify
    N("labelled_fields", "level", "diplôme d'école en 2 ans, non reconnu par l'État", M(
        "Hamza El Idrissi <hamza.elidrissi@outlook.fr>", "Candidature Pro'pulse - H. El Idrissi", "10 11:33",
        """Bonjour,

Nom :	El Idrissi
Prénom :	Hamza
Niveau d'études :	je ne sais pas trop, diplôme d'école en 2 ans, non reconnu par l'État (École Événementiel Paris)
Année :	2026
Situation :	en recherche, pas en stage
Poste souhaité :	chargé d'événements dans une association (festival, ESS)

CV en pièce jointe.
Hamza El Idrissi""",
        app("Hamza", "El Idrissi", phone="+33612884730", bac=None, grad="2026", unknown=("degree_level",), info_in="both", status="hamza_champs_ecole_non_reconnue"),
        cv=CV("docx", "CV_Hamza_El_Idrissi.docx", """Hamza El Idrissi
Paris 20e - 06 12 88 47 30 - hamza.elidrissi@outlook.fr
2024-2026 : Bachelor Événementiel (2 ans), École Événementiel Paris - titre non certifié
2024 : Baccalauréat STMG
Bénévole, festival Les Nuits solidaires (2025, 2026)"""),
    ), person="hamza_el_idrissi"),
    # Feature: school_office — situation — en service civique jusqu'au 30 juin 2027
    # route: a careers office's «Profil du diplômé»: a licence pro of June 2026 and, in «Situation actuelle», a service civique till 30 June 2027 → application, referral; a service civique running → not eligible
    N("school_office", "situation", "en service civique jusqu'au 30 juin 2027", M(
        "SCUIO-IP Toulouse <insertion@univ-tlse.example.fr>", "Présentation d'un diplômé - Arthur Lemoine", "10 14:12",
        """Bonjour,

Le service d'insertion professionnelle vous présente un diplômé de notre licence professionnelle.

PROFIL DU DIPLÔMÉ
Nom, prénom : LEMOINE Arthur
Contact : arthur.lemoine31@gmail.com - 06 93 02 48 17
Formation suivie : Licence pro Métiers de l'animation sociale, socio-éducative et socioculturelle
Date d'obtention : juin 2026
Situation actuelle : en service civique jusqu'au 30 juin 2027 (Ligue de l'enseignement 31)
Projet : animateur coordinateur dans une fédération d'éducation populaire

Bien cordialement,
Le SCUIO-IP""",
        app("Arthur", "Lemoine", phone="+33693024817", bac=3, grad="2026-06", failing=("not_service_civique",), email="arthur.lemoine31@gmail.com", forwarded_by="insertion@univ-tlse.example.fr", status="arthur_profil_service_civique"),
    ), person="arthur_lemoine"),
    # Feature: job_board — situation — oct. 2025 – juil. 2026
    # route: the board «EmploiSolid» relays his application: the profile's service civique «oct. 2025 – juil. 2026» over, a BTS of 2025, a post in a social centre in his note → application; bac+2 of 2025, service civique over, ESS sought → eligible
    N("job_board", "situation", "oct. 2025 – juil. 2026", M(
        "EmploiSolid <candidatures@emploisolid.example.com>", "Nouvelle candidature pour votre annonce « Programme Pro'pulse - jeunes diplômé·es »", "10 16:45",
        """Nouvelle candidature pour votre annonce « Programme Pro'pulse - jeunes diplômé·es »

Candidat : Yanis Belaïd
E-mail : yanis.belaid13@gmail.com
Téléphone : 06 57 31 92 04
Localisation : Marseille (13)

Formation : BTS Services et prestations des secteurs sanitaire et social, 2025
Expérience : Volontaire en service civique, Centre social Les Flamants - oct. 2025 – juil. 2026

Questions de présélection
Avez-vous un diplôme de niveau bac+2 ou plus ? Oui
Êtes-vous actuellement en stage ou en service civique ? Non

Message du candidat :
Je cherche un poste d'animateur en centre social, de préférence dans les quartiers nord.

EmploiSolid - la plateforme de l'emploi qui a du sens""",
        app("Yanis", "Belaïd", phone="+33657319204", bac=2, grad="2025", email="yanis.belaid13@gmail.com", status="yanis_emploisolid_sc_fini"),
    ), person="yanis_belaid"),
    # Feature: form_other_mail — kind — Aucun message saisi
    # route: the contact form's notification with every field empty but a name: no application, no question → other
    N("form_other_mail", "kind", "Aucun message saisi", M(
        "WordPress <wordpress@propulse.animafac.example.org>", "[Pro'pulse] Nouveau message depuis le formulaire de contact", "10 18:02",
        """Nouveau message depuis le formulaire de contact de propulse.animafac.example.org

De : test <test@test.example.com>
Téléphone :
Sujet :

Corps du message :
(Aucun message saisi)

--
Cet e-mail a été envoyé via le formulaire de contact de Pro'pulse (https://propulse.animafac.example.org)""",
        other(),
    ), person="formulaire_vide"),
    # Feature: table — level — Bac général
    # route: an HTML-only mail whose body is a table of her path: a bac général of 2025 obtained, a prépa ATS «abandonnée» → application; the bac alone → not eligible
    N("table", "level", "Bac général", M(
        "Morgane Rivière <morgane.riviere@gmail.com>", "Candidature - tableau de mon parcours", "10 20:15",
        """Bonjour, voici mon parcours.

Année | Formation | Résultat
2025 | Bac général (spécialités SES, HGGSP) | Obtenu
2025 - 2026 | Classe prépa ATS économie-gestion | Abandonnée en mars
2026 | Bénévole, épicerie sociale de Rennes | -

Je cherche un emploi dans une association, en accueil ou logistique.
Morgane Rivière - 06 11 73 42 85""",
        app("Morgane", "Rivière", phone="+33611734285", bac=0, grad=None, failing=("degree_level",), status="morgane_tableau_bac_seul"),
        html="only",
        body_html="""<html><body><p>Bonjour, voici mon parcours.</p>
<table style="border-collapse:collapse" border="1">
<thead><tr><th>Année</th><th>Formation</th><th>Résultat</th></tr></thead>
<tbody>
<tr><td>2025</td><td>Bac général (spécialités SES, HGGSP)</td><td>Obtenu</td></tr>
<tr><td>2025 - 2026</td><td>Classe prépa ATS économie-gestion</td><td>Abandonnée en mars</td></tr>
<tr><td>2026</td><td>Bénévole, épicerie sociale de Rennes</td><td>-</td></tr>
</tbody></table>
<p>Je cherche un emploi dans une association, en accueil ou logistique.<br>Morgane Rivière - 06 11 73 42 85</p>
</body></html>""",
    ), person="morgane_riviere"),
    # Feature: self_check — career_change — si, je suis en reconversion
    # route: her check with ✔ for level and date, and «Pas en reconversion : ✘ → si, je suis en reconversion» after ten years in retail; her CV (ODT) attached → application; a career change → not eligible
    N("self_check", "career_change", "si, je suis en reconversion", M(
        "Sofia Gonçalves <sofia.goncalves@gmail.com>", "Je vérifie les critères", "11 08:30",
        """Bonjour,

✔ Bac+2 minimum : BTS ESF obtenu en juin 2025
✔ Diplômée depuis moins de 2 ans
✔ Pas en stage, pas en service civique
✘ Pas en reconversion : si, je suis en reconversion, j'ai travaillé dix ans dans la vente avant de reprendre ce BTS
✔ Emploi dans l'ESS : conseillère en insertion

Je préfère être honnête. Mon CV est joint.
Sofia Gonçalves""",
        app("Sofia", "Gonçalves", phone="+33678201593", bac=2, grad="2025-06", failing=("not_career_change",), info_in="both", status="sofia_check_reconversion"),
        cv=CV("odt", "CV_Sofia_Goncalves.odt", """Sofia Gonçalves
Paris 18e - 06 78 20 15 93
2023-2025 : BTS Économie sociale familiale (CNED), obtenu
2013-2023 : vendeuse puis responsable de rayon, grande distribution"""),
    ), person="sofia_goncalves"),
    # Feature: self_check — situation — une mission de service civique de 8 mois
    # ambiguous: a service civique starts on 1 December and runs eight months: not running on the reading day, running during the programme; not_service_civique open
    # route: his check: ✔ for level, date and aim, and «?» on service civique: a mission of eight months starting 1 December → application; the service civique open → to verify
    N("self_check", "situation", "une mission de service civique de 8 mois", M(
        "Ludovic Marty <ludovic.marty@laposte.net>", "Auto-évaluation Pro'pulse", "11 10:05",
        """Bonjour,

- Bac+2 minimum : ✔ licence de STAPS (2025)
- Diplômé depuis moins de 2 ans : ✔
- Pas en stage : ✔
- Pas en service civique : ? Je commence le 1er décembre une mission de service civique de 8 mois au club de rugby de mon quartier, est-ce que ça bloque ?
- Emploi dans l'ESS : ✔ éducateur sportif dans une association

Ludovic Marty, Toulouse
06 84 37 11 60""",
        app("Ludovic", "Marty", phone="+33684371160", bac=3, grad="2025", unknown=("not_service_civique",), status="ludovic_check_sc_decembre"),
    ), person="ludovic_marty"),
    # Feature: form_other_mail — kind — Message non remis
    # route: a Mailer-Daemon bounce of our interview invitation (mailbox full) → bounce
    N("form_other_mail", "kind", "Message non remis", M(
        "MAILER-DAEMON@animafac.net", "Message non remis : Invitation à un entretien Pro'pulse", "11 11:48",
        """Message non remis

Votre message « Invitation à un entretien Pro'pulse » n'a pas pu être remis au destinataire suivant :
quentin.berthier@orange.fr

Boîte aux lettres pleine. Réessayez plus tard.""",
        bounce("quentin.berthier@orange.fr"),
        bounce="""Reporting-MTA: dns; mx.animafac.net
Final-Recipient: rfc822; quentin.berthier@orange.fr
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full""",
    ), person="quentin_berthier"),
    # Feature: school_office — studies_finished — jury de délibération le 15 décembre
    # ambiguous: the defence is passed but the deliberation jury sits on 15 December: the master may be granted or not; studies_finished open
    # route: a university's template: a master 2 whose «Statut» field says the defence passed and the jury on 15 December → application, referral; studies_finished open → to verify
    N("school_office", "studies_finished", "jury de délibération le 15 décembre", M(
        "Insertion pro AMU <insertion-pro@univ-amu.example.fr>", "Candidature présentée par le service insertion", "11 13:30",
        """Bonjour,

Notre service relaie la candidature d'une étudiante de master intéressée par Pro'pulse.

FICHE CANDIDAT·E
Nom : FABRE
Prénom : Célia
Courriel : celia.fabre@gmail.com
Téléphone : 06 70 82 31 49
Formation : Master 2 Intervention et développement social
Statut : soutenance passée le 28 septembre, jury de délibération le 15 décembre
Projet : coordinatrice dans une structure d'hébergement d'urgence associative

Service Insertion professionnelle - Aix-Marseille Université""",
        app("Célia", "Fabre", phone="+33670823149", bac=5, grad=None, unknown=("studies_finished",), email="celia.fabre@gmail.com", forwarded_by="insertion-pro@univ-amu.example.fr", status="celia_fiche_jury_decembre"),
    ), person="celia_fabre"),
    # Feature: english_forms — situation — European Solidarity Corps volunteer
    # ambiguous: a European Solidarity Corps volunteering till May 2027 is close to a service civique without being named one: not_service_civique open
    # route: an English form of his own: a bachelor of 2026 («☒ Graduate»), and «Currently: European Solidarity Corps volunteer» till May 2027 → application (en); the service civique open → to verify
    N("english_forms", "situation", "European Solidarity Corps volunteer", M(
        "Lukas Becker <lukas.becker@gmx.example.de>", "Application form Pro'pulse", "11 15:10",
        """Hello Pro'pulse team,

Full name: Lukas Becker
Highest qualification: Bachelor of Arts in Social Work (Hochschule München)
Date of graduation: 07/2026
Current status: ☐ Student ☒ Graduate ☐ Intern
Currently: European Solidarity Corps volunteer in a youth centre in Lyon, until May 2027
Looking for: a job in a French association working with young people

Thanks!
Lukas""",
        app("Lukas", "Becker", phone=None, bac=3, grad="2026-07", unknown=("not_service_civique",), language="en", status="lukas_form_esc"),
    ), person="lukas_becker"),
    # Feature: numbered_answers — aim — je suis ouverte à tout
    # ambiguous: «ouverte à tout» after volunteering and temping: no employer nor sector named; job_seeking_ess open
    # route: numbered answers alone: a DEASS of June 2025, volunteering and temping now, «4) pas encore défini, je suis ouverte à tout» → application; the aim open → to verify
    N("numbered_answers", "aim", "je suis ouverte à tout", M(
        "Elsa Moulin <elsa.moulin67@gmail.com>", "réponses", "11 16:22",
        """Bonjour,

1) Diplôme d'État d'assistante de service social
2) juin 2025
3) en ce moment je fais du bénévolat et un peu d'intérim
4) pas encore défini, je suis ouverte à tout

Elsa Moulin, Strasbourg
06 25 48 90 13""",
        app("Elsa", "Moulin", phone="+33625489013", bac=3, grad="2025-06", unknown=("job_seeking_ess",), status="elsa_numeros_ouverte"),
    ), person="elsa_moulin"),
    # Feature: form_other_mail — kind — Mon questionnaire complété
    # route: a person returns our pre-interview questionnaire in our thread (In-Reply-To <…@animafac.net>, our questions quoted), her diploma and dates in it → reply
    N("form_other_mail", "kind", "Mon questionnaire complété", M(
        "Capucine Herrera <capucine.herrera@gmail.com>", "Re: Votre entretien Pro'pulse - questionnaire", "11 17:05",
        """Bonjour Claire,

Mon questionnaire complété :
- Diplôme : DUT Information-communication, 2025
- Créneau préféré : jeudi 19 à 10h
- Une attente : apprendre à parler de mon bénévolat en entretien

Merci !
Capucine

Le lun. 9 nov. 2026 à 18:12, Pro'pulse <propulse@animafac.net> a écrit :
> Bonjour Capucine,
> Avant votre entretien, pourriez-vous compléter ces trois lignes ?
> - Diplôme et année
> - Créneau préféré (19 ou 20 novembre)
> - Une attente
> Claire""",
        reply(),
        headers={"In-Reply-To": "<questionnaire-2026-11-09-0021@animafac.net>"},
    ), person="capucine_herrera"),
    # Feature: numbered_answers — situation — stage fini le 30 octobre
    # route: numbered answers with dashes: a licence pro of 2025, «3- stage fini le 30 octobre», a SCOP sought → application; bac+3 of 2025, the internship over, ESS sought → eligible
    N("numbered_answers", "situation", "stage fini le 30 octobre", M(
        "Adrien Roche <adrien.roche69@gmail.com>", "Pro'pulse réponses 1 à 4", "11 18:40",
        """Bonjour,

1- Licence pro Management des organisations de l'économie sociale
2- 2025
3- non, stage fini le 30 octobre (Fédération des SCOP)
4- chargé de développement dans une SCOP du BTP ou de l'artisanat

Adrien Roche - Lyon - 07 48 29 30 16""",
        app("Adrien", "Roche", phone="+33748293016", bac=3, grad="2025", status="adrien_numeros_stage_fini"),
    ), person="adrien_roche"),
    # Feature: english_forms — kind — Volunteering Fair registration
    # route: a UK volunteering fair's registration form confirming our stand (organisation fields, a table number): no application → other
    N("english_forms", "kind", "Volunteering Fair registration", M(
        "Volunteering Fair <events@volunteerfair.example.org.uk>", "Your Volunteering Fair registration - confirmation", "11 20:00",
        """Volunteering Fair registration - confirmation

Organisation: Pro'pulse (Animafac)
Contact: Claire, propulse@animafac.net
Event: European Volunteering & Careers Fair, London
Date: Saturday 5 December 2026
Stand / table number: 42
Materials: 1 roll-up banner, leaflets

Please bring this confirmation on the day. We look forward to meeting you and your team in London.
The Fair team""",
        other(),
    ), person="volunteering_fair"),
    # Feature: english_forms — graduation — Graduated in: May 2026
    # route: an Irish self-check in English: «Graduated in: May 2026», a BSc, no placement, the social economy sought → application (en); bac+3 of 2026, ESS sought → eligible
    N("english_forms", "graduation", "Graduated in: May 2026", M(
        "Ciarán Byrne <ciaran.byrne@gmail.com>", "Pro'pulse - checking the criteria", "11 21:30",
        """Hi there,

I went through your criteria:

Degree (2 years of higher education minimum): ✔ BSc Environmental Science, Trinity College Dublin
Graduated in: May 2026
Not an intern: ✔
Not on a civic service: ✔
Looking for a job in the social economy: ✔ (a community energy co-op or a climate NGO)

Cheers,
Ciarán
+33 6 43 82 19 05""",
        app("Ciarán", "Byrne", phone="+33643821905", bac=3, grad="2026-05", language="en", status="ciaran_check_bsc"),
    ), person="ciaran_byrne"),
]
