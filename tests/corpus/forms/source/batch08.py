"""Forms corpus, batch 08 (writer B): Tuesday 24 – Thursday 26 November 2026."""
# ruff: noqa: E501

from __future__ import annotations

from forms import N
from kit import CV, M, app, newsletter, other, question

MESSAGES = [
    # Feature: form_other_mail — kind — Se désabonner de cette lettre
    # route: a job board's weekly newsletter (List-Unsubscribe, Precedence bulk) whose offers stand in a table → newsletter
    N("form_other_mail", "kind", "Se désabonner de cette lettre", M(
        "Le Mag de l'emploi solidaire <lettre@emploisolidaire-mag.example.com>",
        "Les offres de la semaine 48",
        "24 08:00",
        """Les offres de la semaine 48

Poste                                  | Structure                    | Ville        | Niveau
Chargé·e d'accueil                     | Centre social des Chartreux  | Besançon     | bac+2
Coordinateur·rice de bénévoles         | Banque alimentaire           | Clermont-Fd  | bac+3
Assistant·e de gestion (CDD 6 mois)    | SCOP Les Ateliers du Rhône   | Grenoble     | bac+2

Se désabonner de cette lettre : https://emploisolidaire-mag.example.com/desabonnement""",
        newsletter(),
        headers={"List-Unsubscribe": "<https://emploisolidaire-mag.example.com/desabonnement>", "Precedence": "bulk"},
    ), person="b_emploi_solidaire_mag"),
    # Feature: labelled_fields — level — Diplôme : Diplôme d'université Entrepreneuriat social
    # route: his labelled lines: «Diplôme : Diplôme d'université Entrepreneuriat social» (a DU, no level given, one year after the bac he says), 2026, a SCIC sought → application; a diploma of no known level → level open → to verify
    N("labelled_fields", "level", "Diplôme : Diplôme d'université Entrepreneuriat social", M(
        "Rémi Fauconnier <remi.fauconnier@gmail.com>",
        "Candidature Rémi Fauconnier",
        "24 08:50",
        """Bonjour,

Nom : Fauconnier
Prénom : Rémi
Diplôme : Diplôme d'université Entrepreneuriat social (Université de Franche-Comté)
Année : 2026
Avant : un an de fac de droit après le bac
Recherche : chargé de projet dans une SCIC ou une coopérative d'activités
Téléphone : 06 51 29 74 08""",
        app("Rémi", "Fauconnier", phone="+33651297408", bac=None, grad="2026", unknown=("degree_level",), status="b_remi_du"),
    ), person="b_remi_fauconnier"),
    # Feature: labelled_fields — career_change — Reconversion : non, BTS juste après le bac
    # route: his labelled lines and a CV: «Reconversion : non, BTS juste après le bac», a BTS of 2025, an insertion company sought → application; no career change → eligible
    N("labelled_fields", "career_change", "Reconversion : non, BTS juste après le bac", M(
        "Jordan Mabiala <jordan.mabiala@outlook.fr>",
        "Candidature + CV",
        "24 09:40",
        """Bonjour,

- Nom : MABIALA Jordan
- Diplôme : BTS Management commercial opérationnel (2025)
- Reconversion : non, BTS juste après le bac
- Situation : vendeur en CDD dans une ressourcerie depuis l'été
- Objectif : encadrant technique dans une entreprise d'insertion
- Tél : 07 43 85 19 62

Mon CV est joint.""",
        app("Jordan", "Mabiala", phone="+33743851962", bac=2, grad="2025", status="b_jordan_pas_reconversion"),
        cv=CV("pdf", "CV_Jordan_Mabiala.pdf", """Jordan Mabiala
Rouen - 07 43 85 19 62 - jordan.mabiala@outlook.fr
BTS Management commercial opérationnel, lycée Jean-Rostand, Rouen, 2025
Vendeur polyvalent (CDD), ressourcerie Le Grenier, depuis juillet 2025
Objectif : encadrant technique d'insertion"""),
    ), person="b_jordan_mabiala"),
    # Feature: checkboxes — situation — Service civique : ☐ Oui ☐ Non (c'est compliqué)
    # ambiguous: she ticks neither box for service civique and writes «c'est compliqué»: whether a service civique is running is left open
    # route: her boxes: a master of 2026 ☒, no stage ☒, «Service civique : ☐ Oui ☐ Non (c'est compliqué)», an association sought → application; service civique open → to verify
    N("checkboxes", "situation", "Service civique : ☐ Oui ☐ Non (c'est compliqué)", M(
        "Anouk Pelletier <anouk.pelletier@gmail.com>",
        "Demande d'inscription",
        "24 10:30",
        """Bonjour,

☒ Diplômée — Master Études européennes et internationales, Université Côte d'Azur, 2026
Stage en cours : ☐ Oui ☒ Non
Service civique : ☐ Oui ☐ Non (c'est compliqué)
Projet : chargée de plaidoyer dans une ONG ou une fédération d'associations

Anouk Pelletier, Nice — 06 98 20 47 35""",
        app("Anouk", "Pelletier", phone="+33698204735", bac=5, grad="2026", unknown=("not_service_civique",), status="b_anouk_service_civique_complique"),
    ), person="b_anouk_pelletier"),
    # Feature: site_notification — level — Licence professionnelle Gestion des organisations de l'ESS
    # route: a form builder's notification with her CV attached (From noreply, Reply-To her): her names and contacts in the fields, the CV's «Licence professionnelle Gestion des organisations de l'ESS» of 2026, an association sought → application; bac+3 of 2026 → eligible
    N("site_notification", "level", "Licence professionnelle Gestion des organisations de l'ESS", M(
        "Formulaire Pro'pulse <no-reply@formbox.example.com>",
        "Nouvelle candidature via le formulaire (pièce jointe)",
        "24 11:45",
        """Nouvelle réponse au formulaire « Candidater à Pro'pulse »

Prénom : Sarah
Nom : Benguigui
Email : sarah.benguigui@gmail.com
Téléphone : 06 36 91 58 24
Ville : Montpellier
Message : Bonjour, tout est dans mon CV ci-joint. Merci !
Pièce jointe : CV_Sarah_Benguigui.pdf

Ce message a été généré automatiquement par Formbox.""",
        app("Sarah", "Benguigui", phone="+33636915824", bac=3, grad="2026-06", email="sarah.benguigui@gmail.com", info_in="cv", status="b_sarah_site_cv"),
        cv=CV("pdf", "CV_Sarah_Benguigui.pdf", """Sarah Benguigui
Montpellier - 06 36 91 58 24 - sarah.benguigui@gmail.com
Licence professionnelle Gestion des organisations de l'ESS, Université de Montpellier, juin 2026
DUT Gestion des entreprises et des administrations, 2025
Stage de 14 semaines, association Humanis Sud (terminé en mai 2026)
Recherche : assistante de gestion dans une association"""),
        headers={"Reply-To": "sarah.benguigui@gmail.com"},
    ), person="b_sarah_benguigui"),
    # Feature: adviser_sheet — kind — fiche partenaire à compléter
    # route: a France Travail agency sends a blank partner sheet for us to fill (our offer, our contacts), no person presented → other
    N("adviser_sheet", "kind", "fiche partenaire à compléter", M(
        "Agence France Travail Tours Nord <partenariats.toursnord@francetravail.example.fr>",
        "Référencement - fiche partenaire à compléter",
        "24 13:20",
        """Bonjour,

Afin de référencer votre programme auprès de nos conseillers, voici la fiche partenaire à compléter :

Structure :
Public accueilli :
Critères d'entrée :
Modalités d'orientation :
Contact référent :

Merci de nous la retourner avant le 10 décembre.
Service partenariats — France Travail Tours Nord""",
        other(),
    ), person="b_france_travail_tours_nord"),
    # Feature: job_board — aim — Poste recherché : négociateur en agence immobilière
    # route: a platform's relayed application: a licence of 2025, «Poste recherché : négociateur en agence immobilière», no ESS employer → application; no ESS search → not eligible
    N("job_board", "aim", "Poste recherché : négociateur en agence immobilière", M(
        "Hirezo <candidatures@hirezo.example.com>",
        "Hirezo : un candidat a postulé à votre offre",
        "24 14:40",
        """Hirezo — un candidat a postulé à votre offre

Candidat : Enzo Baudry, Clermont-Ferrand
E-mail : enzo.baudry@gmail.com
Téléphone : 06 77 40 13 58
Formation : Licence Économie et gestion, 2025
Poste recherché : négociateur en agence immobilière
Mobilité : Auvergne

Correspondance avec l'offre : 42 %""",
        app("Enzo", "Baudry", phone="+33677401358", bac=3, grad="2025", email="enzo.baudry@gmail.com", failing=("job_seeking_ess",), status="b_enzo_immobilier"),
    ), person="b_enzo_baudry"),
    # Feature: job_board — studies_finished — (en attente des résultats)
    # route: a platform's «Candidature simplifiée» with a CV: the profile's «Licence pro Commercialisation de produits touristiques (en attente des résultats)», a jury awaited and nothing else said → application; studies open → to verify
    N("job_board", "studies_finished", "(en attente des résultats)", M(
        "Jobizy <ne-pas-repondre@jobizy.example.com>",
        "Candidature simplifiée : Priscilla Jean-Baptiste",
        "24 16:00",
        """Jobizy — Candidature simplifiée

Priscilla Jean-Baptiste a postulé avec son profil Jobizy.

Localisation : Pointe-à-Pitre (Guadeloupe)
E-mail : priscilla.jeanbaptiste@gmail.com
Téléphone : 0690 41 73 28
Formation : Licence pro Commercialisation de produits touristiques (en attente des résultats)
Souhait : chargée de projet dans une association de tourisme solidaire

CV joint par la candidate.""",
        app("Priscilla", "Jean-Baptiste", phone="+590690417328", bac=3, grad=None, email="priscilla.jeanbaptiste@gmail.com", unknown=("studies_finished",), status="b_priscilla_resultats"),
        cv=CV("docx", "CV_Priscilla_Jean-Baptiste.docx", """Priscilla Jean-Baptiste
Pointe-à-Pitre - 0690 41 73 28
Licence pro Commercialisation de produits touristiques, Université des Antilles, 2025-2026
BTS Tourisme, 2025
Stage, office de tourisme du Gosier, printemps 2026"""),
    ), person="b_priscilla_jean_baptiste"),
    # Feature: questions_quoted — graduation — Réponse : voir CV
    # ambiguous: the date question is answered «voir CV» and the CV gives the BTS with no year at all: graduation_recent left open
    # route: the programme's questions with «Réponse :», the diploma and the year answered «voir CV»; the CV names a BTS with no date → application; graduation open → to verify
    N("questions_quoted", "graduation", "Réponse : voir CV", M(
        "Mathis Lefranc <mathis.lefranc@laposte.net>",
        "Questions Pro'pulse",
        "25 08:30",
        """Bonjour,

Question : Quel est votre dernier diplôme ?
Réponse : voir CV

Question : En quelle année l'avez-vous obtenu ?
Réponse : voir CV

Question : Quelle est votre situation actuelle ?
Réponse : en recherche, pas de stage

Question : Quel emploi recherchez-vous ?
Réponse : technicien dans une association d'économie d'énergie

Mathis""",
        app("Mathis", "Lefranc", phone="+33659082731", bac=2, grad=None, unknown=("graduation_recent",), info_in="cv", status="b_mathis_voir_cv_sans_date"),
        cv=CV("odt", "CV Mathis Lefranc.odt", """Mathis Lefranc
Tours - 06 59 08 27 31 - mathis.lefranc@laposte.net
BTS Fluides, énergies, domotique - lycée Albert-Bayet, Tours
Stage, Agence locale de l'énergie d'Indre-et-Loire
Permis B, habilitation électrique"""),
    ), person="b_mathis_lefranc"),
    # Feature: form_other_mail — kind — Formulaire mécénat de compétences
    # route: a company's skills-sponsorship form notification (entreprise, salariés volontaires, créneaux), no applicant → other
    N("form_other_mail", "kind", "Formulaire mécénat de compétences", M(
        "Formulaire du site <contact@propulse-site.example.org>",
        "Formulaire mécénat de compétences - nouvelle proposition",
        "25 09:15",
        """Formulaire mécénat de compétences — nouvelle proposition

Entreprise : Mutuelle Horizon Santé, Dijon
Contact : Valérie Chopin, responsable RSE
Nombre de salariés volontaires : 4
Compétences proposées : relecture de CV, simulations d'entretien
Créneaux : jeudis après-midi, janvier à mars 2027""",
        other(),
    ), person="b_mutuelle_horizon_sante"),
    # Feature: table — level — Master 2 Économie sociale et solidaire
    # route: an HTML-only <table> of years with a result column: the row «Master 2 Économie sociale et solidaire | diplômé (sept. 2026)», a regional SCIC sought → application; bac+5 of 2026-09 → eligible
    N("table", "level", "Master 2 Économie sociale et solidaire", M(
        "Aurélien Masse <aurelien.masse@gmail.com>",
        "Candidature - Aurélien Masse",
        "25 10:20",
        """Bonjour,

Année | Formation | Résultat
2024 – 2025 | Master 1 Économie sociale et solidaire | validé
2025 – 2026 | Master 2 Économie sociale et solidaire | diplômé (sept. 2026)

Je cherche un poste de chargé de mission dans une SCIC de la région Centre-Val de Loire.
Aurélien Masse, Orléans — 06 80 52 39 14""",
        app("Aurélien", "Masse", phone="+33680523914", bac=5, grad="2026-09", status="b_aurelien_table_master"),
        html="only",
        body_html="""<html><body><p>Bonjour,</p>
<table border="1"><tr><th>Année</th><th>Formation</th><th>Résultat</th></tr>
<tr><td>2024 – 2025</td><td>Master 1 Économie sociale et solidaire</td><td>validé</td></tr>
<tr><td>2025 – 2026</td><td>Master 2 Économie sociale et solidaire</td><td>diplômé (sept. 2026)</td></tr></table>
<p>Je cherche un poste de chargé de mission dans une SCIC de la région Centre-Val de Loire.<br>Aurélien Masse, Orléans — 06 80 52 39 14</p></body></html>""",
    ), person="b_aurelien_masse"),
    # Feature: self_check — career_change — Pas en reconversion : ✘
    # route: her self-check: level ✔, date ✔ (2026), «Pas en reconversion : ✘» after six years of teaching → application; career change → not eligible
    N("self_check", "career_change", "Pas en reconversion : ✘", M(
        "Estelle Garnier-Roy <estelle.garnierroy@orange.fr>",
        "Candidature - je coche honnêtement",
        "25 11:40",
        """Bonjour,

Bac+2 minimum : ✔ licence pro Gestion des organisations de l'ESS (2026)
Diplômée depuis moins de 2 ans : ✔
Pas en stage ni en service civique : ✔
Pas en reconversion : ✘ j'ai été professeure des écoles six ans, j'ai quitté l'Éducation nationale pour me reconvertir
Recherche dans l'ESS : ✔ coordinatrice dans une association d'éducation populaire

Estelle Garnier-Roy, Poitiers
06 14 83 27 59""",
        app("Estelle", "Garnier-Roy", phone="+33614832759", bac=3, grad="2026", failing=("not_career_change",), status="b_estelle_professeure"),
    ), person="b_estelle_garnier_roy"),
    # Feature: self_check — graduation — diplôme 2024 (fin d'année je crois)
    # ambiguous: he dates his DUT «2024 (fin d'année je crois)»: a year alone in 2024 and a guess at its end, which may fall in November (recent) or before; graduation_recent left open
    # route: his self-check: «Diplômé depuis moins de 2 ans : à voir — diplôme 2024 (fin d'année je crois)», a Moroccan DUT (two years), an association sought → application; graduation open → to verify
    N("self_check", "graduation", "diplôme 2024 (fin d'année je crois)", M(
        "Youssef Benjelloun <youssef.benjelloun@gmail.com>",
        "critères Pro'pulse",
        "25 13:00",
        """Bonjour,

Bac+2 minimum : OK, DUT Techniques de management (2 ans), EST de Fès
Diplômé depuis moins de 2 ans : à voir — diplôme 2024 (fin d'année je crois)
Pas en stage : OK
Recherche dans l'ESS : OK, une association d'aide aux étudiants étrangers à Grenoble

Youssef Benjelloun — 07 66 21 40 93""",
        app("Youssef", "Benjelloun", phone="+33766214093", bac=2, grad="2024", unknown=("graduation_recent",), status="b_youssef_fin_2024"),
    ), person="b_youssef_benjelloun"),
    # Feature: numbered_answers — aim — 5) un CDI, n'importe où
    # route: numbered answers without the questions: a BTS of 2026, no stage, «5) un CDI, n'importe où», no employer or sector named → application; aim open → to verify
    N("numbered_answers", "aim", "5) un CDI, n'importe où", M(
        "Rafael Moreira <rafael.moreira33@gmail.com>",
        "questionnaire",
        "25 14:30",
        """bonjour voila mes reponses
1) BTS Gestion de la PME
2) juin 2026
3) pas de stage pas de service civique
4) Bordeaux
5) un CDI, n'importe où
Rafael 06 28 49 61 70""",
        app("Rafael", "Moreira", phone="+33628496170", bac=2, grad="2026-06", unknown=("job_seeking_ess",), status="b_rafael_cdi_nimporte"),
    ), person="b_rafael_moreira"),
    # Feature: numbered_answers — situation — il est fini depuis le 14 novembre
    # route: numbered answers, answer 3 «stage» corrected below («il est fini depuis le 14 novembre»), the correction winning → application; no stage running, a BTS of 2025, an association sought → eligible
    N("numbered_answers", "situation", "il est fini depuis le 14 novembre", M(
        "Maëva Jacquemin <maeva.jacquemin@icloud.com>",
        "Réponses Pro'pulse",
        "25 16:00",
        """Bonjour,

1. BTS Économie sociale familiale
2. juin 2025
3. en stage au CCAS de Besançon
4. conseillère dans une association de lutte contre le mal-logement

Pour le 3 : j'avais écrit ça la semaine dernière, mais il est fini depuis le 14 novembre.

Maëva Jacquemin — 06 71 94 38 25""",
        app("Maëva", "Jacquemin", phone="+33671943825", bac=2, grad="2025-06", status="b_maeva_stage_fini"),
    ), person="b_maeva_jacquemin"),
    # Feature: form_other_mail — kind — Combien de places y a-t-il par session
    # route: the site's contact form notification: a school counsellor's question about the sessions, no applicant fact → question
    N("form_other_mail", "kind", "Combien de places y a-t-il par session", M(
        "Site Pro'pulse <noreply@propulse-site.example.org>",
        "Nouveau message depuis le formulaire de contact",
        "25 17:30",
        """Nom : Isabelle Rigaud
Email : i.rigaud@lycee-montaigne.example.fr
Sujet : Renseignement
Message : Bonjour, je suis psychologue de l'Éducation nationale. Combien de places y a-t-il par session, et à quelle date commence la prochaine ? Merci.""",
        question(),
        headers={"Reply-To": "i.rigaud@lycee-montaigne.example.fr"},
    ), person="b_isabelle_rigaud"),
    # Feature: english_forms — level — Highest qualification: Higher National Diploma (HND)
    # route: English fields by a Nigerian graduate: «Highest qualification: Higher National Diploma (HND)» with no length or level given, 2025, an NGO sought → application in English; a diploma of no known level → level open → to verify
    N("english_forms", "level", "Highest qualification: Higher National Diploma (HND)", M(
        "Oluwaseun Adeyemi <oluwaseun.adeyemi@gmail.com>",
        "Application - Pro'pulse programme",
        "26 08:10",
        """Good morning,

Full name: Oluwaseun Adeyemi
Highest qualification: Higher National Diploma (HND), Business Administration, Yaba College of Technology
Year of graduation: 2025
Current status: ☒ Graduate ☐ Student ☐ Intern
Looking for: an administrative job in an NGO or a charity in Bordeaux
Phone: +33 7 58 20 64 91

Thank you for considering my application.""",
        app("Oluwaseun", "Adeyemi", phone="+33758206491", bac=None, grad="2025", unknown=("degree_level",), language="en", status="b_oluwaseun_hnd"),
    ), person="b_oluwaseun_adeyemi"),
    # Feature: english_forms — level — Master's degree in Social Economy
    # route: an HTML-only application relayed by an international job board in English: «Master's degree in Social Economy», June 2026, a cooperative sought → application in English; bac+5 of 2026-06 → eligible
    N("english_forms", "level", "Master's degree in Social Economy", M(
        "EuroTalents <no-reply@eurotalents.example.com>",
        "New applicant: Pau Ferrer Soler",
        "26 09:30",
        """EuroTalents — New applicant

Position: Pro'pulse – coaching for young graduates (France)
Applicant: Pau Ferrer Soler
Email: pau.ferrersoler@gmail.com
Phone: +34 655 218 407
Education: Master's degree in Social Economy, Universitat de València, June 2026
Current status: graduate, available now
Cover note: "I want to work for a cooperative or a social enterprise in France."

Reply to the applicant from your EuroTalents dashboard.""",
        app("Pau", "Ferrer Soler", phone="+34655218407", bac=5, grad="2026-06", email="pau.ferrersoler@gmail.com", language="en", status="b_pau_eurotalents"),
        html="only",
    ), person="b_pau_ferrer_soler"),
    # Feature: site_notification — graduation — Année d'obtention : 2022
    # route: a Drupal-like site form's submission (From formulaire noreply, Reply-To him): his names and contacts in the fields, a licence pro, «Année d'obtention : 2022» → application; graduation not recent → not eligible
    N("site_notification", "graduation", "Année d'obtention : 2022", M(
        "Formulaire du site <formulaire@propulse-drupal.example.org>",
        "[Pro'pulse] Nouvelle soumission : Candidature",
        "26 10:45",
        """Soumission n° 847 du formulaire « Candidature »

Nom : Anthony Lebreton
Courriel : anthony.lebreton@free.fr
Téléphone : 06 43 62 80 17
Diplôme : Licence pro Gestion de projets culturels
Année d'obtention : 2022
Message : Bonjour, je suis régisseur intermittent à Dijon et je voudrais un poste fixe dans une association culturelle.

Voir la soumission : https://propulse-drupal.example.org/admin/submissions/847""",
        app("Anthony", "Lebreton", phone="+33643628017", bac=3, grad="2022", email="anthony.lebreton@free.fr", failing=("graduation_recent",), status="b_anthony_2022"),
        headers={"Reply-To": "anthony.lebreton@free.fr"},
    ), person="b_anthony_lebreton"),
    # Feature: labelled_fields — level — Niveau d'études : bac (L1 non validée)
    # route: her labelled lines: «Niveau d'études : bac (L1 non validée)», no diploma above the bac, an association sought → application; level under bac+2 → not eligible
    N("labelled_fields", "level", "Niveau d'études : bac (L1 non validée)", M(
        "Chaïma Oukili <chaima.oukili@hotmail.fr>",
        "inscription",
        "26 11:30",
        """Bonjour,

Nom et prénom : OUKILI Chaïma
Niveau d'études : bac (L1 non validée)
Année du bac : 2024
Situation : animatrice vacataire, je ne suis plus étudiante
Je cherche : un emploi d'animatrice dans une association de quartier à Besançon
Téléphone : 07 53 48 19 26""",
        app("Chaïma", "Oukili", phone="+33753481926", bac=0, grad="2024", failing=("degree_level",), status="b_chaima_bac_l1"),
    ), person="b_chaima_oukili"),
    # Feature: school_office — level — DEES (diplôme d'État d'éducateur spécialisé, grade de licence)
    # route: a social work school's «fiche de présentation d'une diplômée», sent by its placement service: «DEES (diplôme d'État d'éducateur spécialisé, grade de licence)», June 2026, an association sought → application forwarded_by the service; bac+3 of 2026-06 → eligible
    N("school_office", "level", "DEES (diplôme d'État d'éducateur spécialisé, grade de licence)", M(
        "Service emploi IRTS Occitanie <emploi@irts-occitanie.example.fr>",
        "Fiche de présentation - Lison Barré",
        "26 13:00",
        """Bonjour,

FICHE DE PRÉSENTATION D'UNE DIPLÔMÉE
Nom : BARRÉ
Prénom : Lison
Diplôme : DEES (diplôme d'État d'éducateur spécialisé, grade de licence)
Date d'obtention : juin 2026
Site de formation : Montpellier
Contact : lison.barre@gmail.com — 06 27 59 13 84
Recherche : éducatrice dans une association de protection de l'enfance

Service emploi — IRTS Occitanie""",
        app("Lison", "Barré", phone="+33627591384", bac=3, grad="2026-06", email="lison.barre@gmail.com", forwarded_by="emploi@irts-occitanie.example.fr", status="b_lison_dees"),
    ), person="b_lison_barre"),
    # Feature: checkboxes — aim — [x] Une association, une SCOP, une mutuelle
    # route: his boxes and a CV: a master of 2026 [x], «[x] Une association, une SCOP, une mutuelle [ ] Une entreprise classique» → application; ESS aim → eligible
    N("checkboxes", "aim", "[x] Une association, une SCOP, une mutuelle", M(
        "Antonin Delorme <antonin.delorme@proton.me>",
        "candidature (CV joint)",
        "26 14:20",
        """Bonjour,

[x] Bac+5   [ ] Bac+3   [ ] Bac+2
[x] Diplômé en 2026   [ ] En cours d'études
Je vise :
[x] Une association, une SCOP, une mutuelle
[ ] Une entreprise classique
[ ] La fonction publique

CV en pièce jointe.
Antonin Delorme — 06 85 30 72 41""",
        app("Antonin", "Delorme", phone="+33685307241", bac=5, grad="2026", status="b_antonin_cases_ess"),
        cv=CV("pdf", "Antonin_Delorme_CV.pdf", """Antonin Delorme
Clermont-Ferrand - 06 85 30 72 41 - antonin.delorme@proton.me
Master Management public et ESS, Université Clermont Auvergne, 2026
Licence Administration publique, 2024
Service civique, Restos du cœur, 2022-2023"""),
    ), person="b_antonin_delorme"),
    # Feature: adviser_sheet — graduation — Licence pro obtenue en 2024
    # route: a Mission locale adviser's «fiche de liaison CEJ»: the young man's «Licence pro obtenue en 2024», a year alone in 2024, an association sought → application forwarded_by the adviser; graduation open → to verify
    N("adviser_sheet", "graduation", "Licence pro obtenue en 2024", M(
        "Gwenola Le Meur <g.lemeur@mission-locale-brest.example.org>",
        "Fiche de liaison CEJ - Théophile Nkounkou",
        "26 15:10",
        """Bonjour,

FICHE DE LIAISON — Contrat d'engagement jeune
Conseillère : Gwenola Le Meur, Mission locale du Pays de Brest — 02 98 00 00 00
Jeune : NKOUNKOU Théophile, 24 ans
Mail : theophile.nkounkou@gmail.com — Tél : 06 31 57 92 48
Formation : Licence pro obtenue en 2024 (métiers de l'animation sociale)
Entrée en CEJ : 02/09/2026
Projet : animateur coordinateur dans une association de quartier

Gwenola Le Meur""",
        app("Théophile", "Nkounkou", phone="+33631579248", bac=3, grad="2024", email="theophile.nkounkou@gmail.com", unknown=("graduation_recent",), forwarded_by="g.lemeur@mission-locale-brest.example.org", status="b_theophile_cej_2024"),
    ), person="b_theophile_nkounkou"),
    # Feature: form_other_mail — kind — Bilan de fin d'accompagnement
    # route: a participant of the cohort sends the end-of-coaching form she filled (a job found), new mail, not an application → other
    N("form_other_mail", "kind", "Bilan de fin d'accompagnement", M(
        "Mélissa Cazenave <melissa.cazenave@gmail.com>",
        "Bilan de fin d'accompagnement",
        "26 16:30",
        """Bonjour Claire,

Bilan de fin d'accompagnement (promo de septembre) :
Situation à la sortie : CDI
Employeur : association Habitat et Humanisme, Grenoble
Poste : chargée d'accompagnement
Note globale : 5/5

Merci pour tout !
Mélissa""",
        other(),
    ), person="b_melissa_cazenave"),
    # Feature: form_other_mail — kind — Demande d'intervention
    # route: a student association's «Demande d'intervention» form (date, public, format), asking us to present the programme, no applicant → other
    N("form_other_mail", "kind", "Demande d'intervention", M(
        "BDE Sociologie Tours <bde.socio@asso-etudiante-tours.example.org>",
        "Demande d'intervention - soirée insertion",
        "26 17:45",
        """Bonjour,

Demande d'intervention
Association : BDE Sociologie, Université de Tours
Date souhaitée : mercredi 20 janvier 2027, 18h
Public : étudiant·es de L3 et master (environ 40)
Format : présentation de 20 min + questions

Pouvez-vous nous dire si c'est possible ?
Inès-Marie Dufresne, présidente""",
        other(),
    ), person="b_bde_socio_tours"),
]
