"""Forms corpus, batch 04 (writer A): Thursday 12 – Saturday 14 November 2026, the days after the holiday.
A year alone in a field, boxes with one year ticked and an «Oui / Non» nobody chose, a graduation exactly two
years old answered to our question, a form builder's answer with a trade and no employer, a Mission locale
sheet with its level blank and another with the diploma received, an IUT's attestation, two boards (an M1
stopped on purpose, a store manager changing trade), three tables (HTML, |, tabs), two self-checks, numbered
answers corrected, an English student and a Ghanaian graduate with the date left blank; a board's weekly
alert of profiles, an employer's numbered answers to our partnership form, a job board's newsletter, an
employer's offer form, a job dating's registration, a question in the form builder, a school's partnership
request. In arrival order."""
# ruff: noqa: E501

from __future__ import annotations

from forms import N
from kit import CV, M, app, newsletter, other, question

MESSAGES = [
    # Feature: labelled_fields — graduation — Année : 2024
    # route: her labelled lines: a licence pro in animation, «Année : 2024» a year alone, an animator's post in a social centre → application; bac+3 of 2024 with no month → to verify
    N("labelled_fields", "graduation", "Année : 2024", M(
        "Noémie Carlier <noemie.carlier57@gmail.com>", "Candidature Noémie Carlier", "12 08:14",
        """Bonjour,

Nom : Carlier
Prénom : Noémie
Diplôme : Licence pro Animation sociale et socioculturelle (Université de Lorraine)
Année : 2024
Situation : demandeuse d'emploi, disponible
Poste : animatrice en centre social ou MJC
Tél. : 06 31 74 85 20

Bien à vous""",
        app("Noémie", "Carlier", phone="+33631748520", bac=3, grad="2024", unknown=("graduation_recent",), status="noemie_champs_annee_2024"),
    ), person="noemie_carlier"),
    # Feature: job_board — kind — 3 nouveaux profils correspondent
    # route: a job board's weekly alert of profiles matching our search (summaries, no person writing to apply) → other
    N("job_board", "kind", "3 nouveaux profils correspondent", M(
        "TalentESS <alertes@talentess.example.org>", "Alerte CVthèque : 3 nouveaux profils correspondent à votre recherche", "12 09:00",
        """Alerte CVthèque - recherche « jeune diplômé ESS, Île-de-France »

3 nouveaux profils correspondent à votre recherche cette semaine :

- C. M., licence pro Gestion des associations (2026), Paris 11e
- A. R., master Développement durable (2025), Montreuil
- S. T., BTS SP3S (2025), Saint-Denis

Consultez les profils complets depuis votre espace recruteur. Modifier mes alertes : https://talentess.example.org/alertes""",
        other(),
    ), person="talentess_alertes"),
    # Feature: checkboxes — graduation — ☑ 2025
    # route: his boxes: «☑ BTS», the year «☑ 2025 ☐ 2024 ☐ avant», «☑ Je cherche dans l'ESS» (a post in an insertion company) → application; bac+2 of 2025, ESS sought → eligible
    N("checkboxes", "graduation", "☑ 2025", M(
        "Gabriel Ostrowski <gabriel.ostrowski@gmail.com>", "Formulaire Pro'pulse", "12 10:32",
        """Bonjour,

Diplôme : ☑ BTS ☐ Licence ☐ Master (BTS Gestion des transports et logistique associée)
Obtenu en : ☑ 2025 ☐ 2024 ☐ avant
☐ En stage ☐ En service civique ☑ Sans emploi
☑ Je cherche dans l'ESS : logisticien dans une entreprise d'insertion

Gabriel Ostrowski, Lille
07 43 60 21 98""",
        app("Gabriel", "Ostrowski", phone="+33743602198", bac=2, grad="2025", status="gabriel_cases_2025"),
    ), person="gabriel_ostrowski"),
    # Feature: questions_quoted — graduation — depuis novembre 2024
    # route: our questions quoted, «Depuis quand êtes-vous diplômé(e) ?» answered «depuis novembre 2024» (24 months on the reading day), a master and a post in a mutual health insurer → application; bac+5 of 2024-11, recent, ESS sought → eligible
    N("questions_quoted", "graduation", "depuis novembre 2024", M(
        "Victor Benoît <victor.benoit13@gmail.com>", "Réponses au formulaire de candidature", "12 11:47",
        """Bonjour,

« Quel est votre dernier diplôme ? »
Master 2 Santé publique, Aix-Marseille Université.

« Depuis quand êtes-vous diplômé(e) ? »
depuis novembre 2024 (jury de fin de session).

« Êtes-vous en stage ou en service civique ? »
Non.

« Quel poste recherchez-vous ? »
Chargé de prévention dans une mutuelle ou une association de santé.

Victor Benoît - 06 29 41 83 57""",
        app("Victor", "Benoît", phone="+33629418357", bac=5, grad="2024-11", status="victor_questions_novembre_2024"),
    ), person="victor_benoit"),
    # Feature: checkboxes — situation — Stage en cours : Oui / Non
    # route: her grid: a BTS of 2026 and a post in an association ticked, but «Stage en cours : Oui / Non» left with neither kept → application; the internship open → to verify
    N("checkboxes", "situation", "Stage en cours : Oui / Non", M(
        "Anaëlle Morin <anaelle.morin@orange.fr>", "candidature", "12 13:20",
        """Bonjour,

Diplôme : [x] Bac+2 (BTS Communication, 2026) [ ] Bac+3 [ ] Bac+5
Stage en cours : Oui / Non
Service civique : [ ] oui [x] non
Poste recherché : [x] association [ ] entreprise - chargée de communication dans une fédération sportive

Anaëlle Morin
06 53 20 47 81""",
        app("Anaëlle", "Morin", phone="+33653204781", bac=2, grad="2026", unknown=("not_internship",), status="anaelle_cases_oui_non"),
    ), person="anaelle_morin"),
    # Feature: numbered_answers — kind — Nombre de postes ouverts
    # route: an employer answers our partnership questionnaire with numbers in a new mail (posts, level, contract): no application → other
    N("numbered_answers", "kind", "Nombre de postes ouverts", M(
        "Yvonne Castel <y.castel@scop-batir.example.org>", "Réponses questionnaire partenaires", "12 14:35",
        """Bonjour,

Voici nos réponses à votre questionnaire pour les structures partenaires :

1) Nombre de postes ouverts : 2 (assistant·e de chantier, chargé·e d'accueil)
2) Niveau demandé : bac+2, débutant·e accepté·e
3) Contrat : CDI après une période d'essai de 2 mois
4) Date : janvier 2027

Yvonne Castel
Gérante, SCOP Bâtir Ensemble""",
        other(),
    ), person="scop_batir_ensemble"),
    # Feature: site_notification — aim — chargée de communication
    # route: a form builder («Tallyo») answer: names, email, phone from its fields; a master of 2025 and «chargée de communication» with no employer nor sector → application; the aim open → to verify
    N("site_notification", "aim", "chargée de communication", M(
        "Tallyo <noreply@tallyo.example.com>", "Nouvelle réponse à « Candidater à Pro'pulse »", "12 16:02",
        """Nouvelle réponse à votre formulaire « Candidater à Pro'pulse »

Prénom
Roxane

Nom
Delmas

Adresse e-mail
roxane.delmas@gmail.com

Téléphone
0648127305

Votre message
Master Communication des organisations obtenu en juin 2025. Je cherche un poste de chargée de communication, région toulousaine.

Voir toutes les réponses : https://tallyo.example.com/forms/propulse/responses""",
        app("Roxane", "Delmas", phone="+33648127305", bac=5, grad="2025-06", unknown=("job_seeking_ess",), email="roxane.delmas@gmail.com", status="roxane_tallyo_metier_seul"),
    ), person="roxane_delmas"),
    # Feature: adviser_sheet — studies_finished — diplôme reçu le 8 juillet
    # route: a Mission locale «fiche de liaison»: a BTS SP3S whose «Observations» field says the diploma was received on 8 July, a post in child protection → application, referral; bac+2 of 2026, studies over, ESS sought → eligible
    N("adviser_sheet", "studies_finished", "diplôme reçu le 8 juillet", M(
        "Sandrine Hervé <s.herve@ml-nantes.example.org>", "Fiche de liaison - Enzo Ramos", "12 17:40",
        """Bonjour,

FICHE DE LIAISON - MISSION LOCALE NANTES MÉTROPOLE
Conseillère : Sandrine Hervé - 02 40 41 20 88

Jeune orienté
Nom : RAMOS
Prénom : Enzo
Mail : enzo.ramos44@gmail.com
Portable : 07 69 35 12 47
Formation : BTS Services et prestations des secteurs sanitaire et social (Lycée Talensac)
Projet : accompagnant éducatif dans une association de protection de l'enfance

Observations : formation terminée, diplôme reçu le 8 juillet. Enzo est en Garantie jeunes jusqu'en février.

Sandrine Hervé""",
        app("Enzo", "Ramos", phone="+33769351247", bac=2, grad="2026-07", email="enzo.ramos44@gmail.com", forwarded_by="s.herve@ml-nantes.example.org", status="enzo_fiche_diplome_juillet"),
    ), person="enzo_ramos"),
    # Feature: job_board — studies_finished — M1 validé, je ne poursuis pas en M2
    # route: the board «TalentESS» relays her application: a master 1 of 2026, an internship of March–August 2026 over, her note «M1 validé, je ne poursuis pas en M2»; her CV (DOCX) attached → application; bac+4 of 2026, studies over, ESS sought → eligible
    N("job_board", "studies_finished", "M1 validé, je ne poursuis pas en M2", M(
        "TalentESS <ne-pas-repondre@talentess.example.org>", "TalentESS - Nouvelle candidature : Kenza Aït-Ali", "13 08:50",
        """Nouvelle candidature reçue

Offre : Programme Pro'pulse (Animafac)
Candidate : Kenza Aït-Ali
Contact : kenza.aitali@gmail.com / 06 14 92 57 03
Formation : Master 1 Économie sociale et solidaire, Université Paris-Est Créteil, 2026
Dernière expérience : stage chargée d'études, Avise (mars – août 2026)

Questions de présélection
Avez-vous un diplôme de niveau bac+2 ? Oui
Êtes-vous disponible immédiatement ? Oui

Mot de la candidate : « M1 validé, je ne poursuis pas en M2 : je veux travailler dans une structure de l'ESS dès maintenant. »

Répondre à la candidate depuis votre espace recruteur.""",
        app("Kenza", "Aït-Ali", phone="+33614925703", bac=4, grad="2026", email="kenza.aitali@gmail.com", status="kenza_talentess_m1"),
        cv=CV("docx", "Kenza_Ait-Ali_CV.docx", """Kenza Aït-Ali
Créteil - kenza.aitali@gmail.com
2025-2026 : Master 1 Économie sociale et solidaire, UPEC (validé)
2022-2025 : Licence Économie-gestion, UPEC
Mars-août 2026 : stage chargée d'études, Avise"""),
    ), person="kenza_ait_ali"),
    # Feature: table — situation — Terminé le 15/10/2026
    # route: an HTML-only mail with a table of her periods: a licence of 2025, a service civique whose «Statut» cell says «Terminé le 15/10/2026» → application; bac+3 of 2025, the service over, ESS sought → eligible
    N("table", "situation", "Terminé le 15/10/2026", M(
        "Charlotte Besson <charlotte.besson@proton.me>", "Candidature - parcours en tableau", "13 10:12",
        """Bonjour, voici mon parcours en un coup d'œil.

Période | Activité | Structure | Statut
2022 - 2025 | Licence Sciences politiques | Université Paris 1 | Obtenue (juin 2025)
11/2025 - 10/2026 | Service civique, médiation numérique | Emmaüs Connect | Terminé le 15/10/2026
Aujourd'hui | Recherche d'emploi | Association d'inclusion numérique | -

Charlotte Besson - 07 55 38 21 04""",
        app("Charlotte", "Besson", phone="+33755382104", bac=3, grad="2025-06", status="charlotte_tableau_sc_termine"),
        html="only",
        body_html="""<html><body><p>Bonjour, voici mon parcours en un coup d'œil.</p>
<table border="1" cellspacing="0" cellpadding="5">
<tr><th>Période</th><th>Activité</th><th>Structure</th><th>Statut</th></tr>
<tr><td>2022 - 2025</td><td>Licence Sciences politiques</td><td>Université Paris 1</td><td>Obtenue (juin 2025)</td></tr>
<tr><td>11/2025 - 10/2026</td><td>Service civique, médiation numérique</td><td>Emmaüs Connect</td><td>Terminé le 15/10/2026</td></tr>
<tr><td>Aujourd'hui</td><td>Recherche d'emploi</td><td>Association d'inclusion numérique</td><td>-</td></tr>
</table>
<p>Charlotte Besson - 07 55 38 21 04</p></body></html>""",
    ), person="charlotte_besson"),
    # Feature: adviser_sheet — level — Niveau de formation : (non renseigné)
    # route: a Mission locale sheet whose «Niveau de formation» field is «(non renseigné)» and no diploma is named, a post of social mediator sought → application, referral; the level and date open → to verify
    N("adviser_sheet", "level", "Niveau de formation : (non renseigné)", M(
        "Julien Dufour <j.dufour@ml-lille.example.org>", "Fiche de liaison Pro'pulse", "13 11:38",
        """Bonjour,

Je vous adresse la fiche d'un jeune intéressé par votre programme.

FICHE DE LIAISON - MISSION LOCALE DE LILLE
Conseiller : Julien Dufour (julien.dufour@ml-lille.example.org)

Jeune
Nom / prénom : KEITA Moussa
Téléphone : 07 81 64 29 53
Niveau de formation : (non renseigné)
Situation : inscrit depuis octobre, sans emploi
Projet : médiateur social dans une association de quartier

Je complèterai la fiche après notre prochain rendez-vous.
Julien Dufour""",
        app("Moussa", "Keita", phone="+33781642953", bac=None, grad=None, unknown=("degree_level", "graduation_recent"), email=None, forwarded_by="j.dufour@ml-lille.example.org", status="moussa_fiche_niveau_vide"),
    ), person="moussa_keita"),
    # Feature: form_other_mail — kind — L'hebdo TalentESS
    # route: a job board's weekly newsletter (List-Unsubscribe, Precedence bulk) with a table to sign up to its job datings → newsletter
    N("form_other_mail", "kind", "L'hebdo TalentESS", M(
        "TalentESS <hebdo@talentess.example.org>", "L'hebdo TalentESS - 120 offres et 3 job datings", "13 12:00",
        """L'hebdo TalentESS - semaine 46

120 nouvelles offres dans l'ESS cette semaine.

Job datings - inscrivez-vous :
Ville | Date | Secteur | Places
Lille | 18/11 | insertion | 40
Lyon | 24/11 | santé, médico-social | 60
Paris | 2/12 | environnement | 80

Se désabonner : https://talentess.example.org/desabonnement""",
        newsletter(),
        headers={"List-Unsubscribe": "<https://talentess.example.org/desabonnement>", "Precedence": "bulk"},
    ), person="talentess_hebdo"),
    # Feature: job_board — career_change — Après 11 ans en grande distribution, je veux changer de métier
    # route: the board «Jobilo» relays a «Candidature simplifiée»: eleven years as a store manager, a licence pro by VAE of 2026, his note «je veux changer de métier»; his CV (PDF) attached → application; a career change → not eligible
    N("job_board", "career_change", "Après 11 ans en grande distribution, je veux changer de métier", M(
        "Jobilo <notifications@jobilo.example.com>", "Maxime Dupuis a postulé via Candidature simplifiée", "13 14:25",
        """Maxime Dupuis a postulé à votre offre « Pro'pulse - accompagnement vers un premier emploi dans l'ESS »

Profil
Maxime Dupuis - Lyon, Auvergne-Rhône-Alpes
maxime.dupuis@gmail.com - 06 70 15 38 64

Expérience
Responsable de magasin - Carrefour Market - 2015 – 2026

Formation
Licence pro Coordination de projets de l'ESS (VAE) - 2026

Note du candidat : Après 11 ans en grande distribution, je veux changer de métier et travailler dans une recyclerie.

Consultez le CV joint.""",
        app("Maxime", "Dupuis", phone="+33670153864", bac=3, grad="2026", failing=("not_career_change",), email="maxime.dupuis@gmail.com", status="maxime_jobilo_changement"),
        cv=CV("pdf", "Maxime_Dupuis_CV.pdf", """Maxime Dupuis
Lyon - maxime.dupuis@gmail.com
Expérience
2015-2026 : responsable de magasin, Carrefour Market Villeurbanne
Formation
2026 : Licence professionnelle Coordination de projets de l'ESS, par VAE
2013 : BTS Management des unités commerciales"""),
    ), person="maxime_dupuis"),
    # Feature: table — graduation — | Licence Sciences de l'éducation |       |
    # route: a text table with | whose «Année» cell is empty beside his licence, an educator's post in an association → application; the date open → to verify
    N("table", "graduation", "| Licence Sciences de l'éducation |       |", M(
        "Nicolas Fleury <nicolas.fleury@laposte.net>", "Candidature", "13 16:40",
        """Bonjour,

| Diplôme                          | Année | Lieu           |
|----------------------------------|-------|----------------|
| Licence Sciences de l'éducation |       | Université de Lille |
| Bac ES                           | 2020  | Lycée Faidherbe |

Je cherche un poste d'animateur éducatif dans une association de soutien scolaire.
Nicolas Fleury, Lille - 06 36 52 81 49""",
        app("Nicolas", "Fleury", phone="+33636528149", bac=3, grad=None, unknown=("graduation_recent",), status="nicolas_tableau_annee_vide"),
    ), person="nicolas_fleury"),
    # Feature: form_other_mail — kind — Proposer une offre aux participant·es
    # route: an employer's job-offer submission form on our site relayed by the site (post, level, contract): no application → other
    N("form_other_mail", "kind", "Proposer une offre aux participant·es", M(
        "WordPress <wordpress@propulse.animafac.example.org>", "[Pro'pulse] Proposer une offre aux participant·es - nouvelle soumission", "13 18:15",
        """Proposer une offre aux participant·es - nouvelle soumission

Structure : Association Vélos Solidaires (Rennes)
Contact : Pierre-Yves Le Bihan, coordinateur - contact@velos-solidaires.example.org
Intitulé : Mécanicien·ne vélo - animateur·rice d'atelier
Contrat : CDD 12 mois, évolution possible
Profil : bac+2 apprécié, jeune diplômé·e bienvenu·e
Prise de poste : janvier 2027

--
Cet e-mail a été envoyé via le formulaire « Proposer une offre » de Pro'pulse""",
        other(),
    ), person="velos_solidaires"),
    # Feature: self_check — aim — ✔ chargée d'accueil en recyclerie
    # route: her check: ✔ on each criterion, a licence of June 2025, the internship over in August, the ESS item «✔ chargée d'accueil en recyclerie» → application; bac+3 of 2025, ESS sought → eligible
    N("self_check", "aim", "✔ chargée d'accueil en recyclerie", M(
        "Bérénice Lacroix <berenice.lacroix80@gmail.com>", "Ma check-list Pro'pulse", "13 19:50",
        """Bonjour,

Ma check-list :
Bac+2 minimum → ✔ licence Géographie et aménagement
Diplômée depuis moins de 2 ans → ✔ juin 2025
Pas en stage → ✔ (le dernier s'est fini en août)
Pas en service civique → ✔
Emploi dans l'ESS → ✔ chargée d'accueil en recyclerie ou en ressourcerie

Bérénice Lacroix, Amiens
07 61 92 04 37""",
        app("Bérénice", "Lacroix", phone="+33761920437", bac=3, grad="2025-06", status="berenice_check_recyclerie"),
    ), person="berenice_lacroix"),
    # Feature: form_other_mail — kind — Inscription confirmée au job dating
    # route: a job dating's registration confirmation for one of our participants, sent to us as referrer (fields: event, date, slot) → other
    N("form_other_mail", "kind", "Inscription confirmée au job dating", M(
        "Maison de l'emploi de Lille <jobdating@mde-lille.example.org>", "Inscription confirmée au job dating ESS du 18 novembre", "13 21:05",
        """Inscription confirmée au job dating ESS du 18 novembre

Participant·e : Samia Ouali
Inscrit·e par : Pro'pulse (Animafac)
Date : mercredi 18 novembre 2026, 14h - 17h
Lieu : Maison de l'emploi, Lille
Créneau attribué : 15h20
Structures présentes : 12 (insertion, aide à domicile, recycleries)

Merci de prévenir en cas d'empêchement.""",
        other(),
    ), person="mde_lille"),
    # Feature: table — aim — Cabinet de conseil RH
    # route: a tab-separated paste of her wishes: a master of 2026 and, in the «Secteur» column, «Cabinet de conseil RH» → application; a search outside the ESS → not eligible
    N("table", "aim", "Cabinet de conseil RH", M(
        "Mélanie Gauthier <melanie.gauthier31@gmail.com>", "Candidature Pro'pulse", "14 08:20",
        """Bonjour,

Voici mon profil sous forme de tableau :

Diplôme	Année	Poste recherché	Secteur
Master GRH	2026	Chargée de recrutement	Cabinet de conseil RH

Disponible dès maintenant, Toulouse.
Mélanie Gauthier - 06 97 30 41 26""",
        app("Mélanie", "Gauthier", phone="+33697304126", bac=5, grad="2026", failing=("job_seeking_ess",), status="melanie_tableur_conseil_rh"),
    ), person="melanie_gauthier"),
    # Feature: self_check — studies_finished — j'attends les résultats du jury
    # route: his check: ✔ for level, internship, service civique and aim, «Études terminées : ✔ je crois» with the jury's results awaited and no date → application; studies_finished open → to verify
    N("self_check", "studies_finished", "j'attends les résultats du jury", M(
        "Guillaume Séguin <guillaume.seguin@gmail.com>", "auto-évaluation", "14 09:45",
        """Bonjour,

Bac+2 : ✔ licence pro Métiers de l'économie sociale (IUT de Nantes)
Études terminées : ✔ je crois, j'attends les résultats du jury
Pas en stage : ✔
Pas en service civique : ✔
Emploi ESS : ✔ assistant de coordination dans un réseau d'AMAP

Guillaume Séguin
06 21 60 83 95""",
        app("Guillaume", "Séguin", phone="+33621608395", bac=3, grad=None, unknown=("studies_finished",), status="guillaume_check_jury"),
    ), person="guillaume_seguin"),
    # Feature: school_office — level — Bachelor Universitaire de Technologie
    # route: an IUT's service pastes the graduate's «attestation de réussite»: a BUT Carrières sociales of the June 2026 session, an ESS post sought → application, referral; bac+3 of 2026, ESS sought → eligible
    N("school_office", "level", "Bachelor Universitaire de Technologie", M(
        "Relations entreprises IUT Rennes <relations-entreprises@iut-rennes.example.fr>", "Attestation de réussite - Maëlys Guillou", "14 11:10",
        """Bonjour,

À la demande de notre diplômée, voici son attestation de réussite et ses coordonnées.

ATTESTATION DE RÉUSSITE
Le Directeur de l'IUT de Rennes atteste que Mme Maëlys GUILLOU
a obtenu le Bachelor Universitaire de Technologie Carrières sociales, parcours Éducation spécialisée,
session de juin 2026.

Coordonnées : maelys.guillou@gmail.com - 06 80 27 13 64
Projet : éducatrice dans une association d'accueil de mineurs isolés

Service Relations entreprises - IUT de Rennes""",
        app("Maëlys", "Guillou", phone="+33680271364", bac=3, grad="2026-06", email="maelys.guillou@gmail.com", forwarded_by="relations-entreprises@iut-rennes.example.fr", status="maelys_attestation_but"),
    ), person="maelys_guillou"),
    # Feature: form_other_mail — kind — Votre question
    # route: the form builder's notification of a question put in our form (part time, no personal fact) → question
    N("form_other_mail", "kind", "Votre question", M(
        "Tallyo <noreply@tallyo.example.com>", "Nouvelle réponse à « Une question sur Pro'pulse ? »", "14 12:30",
        """Nouvelle réponse à votre formulaire « Une question sur Pro'pulse ? »

Prénom
Estelle

Adresse e-mail
estelle.vautrin@gmail.com

Votre question
Bonjour, l'accompagnement est-il compatible avec un emploi à temps partiel ? Les ateliers ont lieu en journée ?

Voir toutes les réponses : https://tallyo.example.com/forms/question/responses""",
        question(),
    ), person="estelle_vautrin"),
    # Feature: numbered_answers — situation — le stage est prolongé jusqu'à fin janvier
    # route: numbered answers: a BTS MCO of 2026, «3) en stage jusqu'au 20 décembre» corrected below («le stage est prolongé jusqu'à fin janvier») → application; an internship running → not eligible
    N("numbered_answers", "situation", "le stage est prolongé jusqu'à fin janvier", M(
        "Rémi Caron <remi.caron80@gmail.com>", "questionnaire", "14 14:05",
        """Bonjour,

1) BTS Management commercial opérationnel
2) 2026
3) en stage jusqu'au 20 décembre dans une ressourcerie
4) un poste de vendeur-valoriste dans une ressourcerie

Pour le 3), je corrige : le stage est prolongé jusqu'à fin janvier.

Rémi Caron, Amiens
06 58 34 70 12""",
        app("Rémi", "Caron", phone="+33658347012", bac=2, grad="2026", failing=("not_internship",), status="remi_numeros_stage_prolonge"),
    ), person="remi_caron"),
    # Feature: english_forms — studies_finished — expected graduation: June 2027
    # route: an English form of her own: A-levels, «Currently: second year of a BA», «expected graduation: June 2027» → application (en); studies not finished → not eligible
    N("english_forms", "studies_finished", "expected graduation: June 2027", M(
        "Hannah Clarke <hannah.clarke@gmail.com>", "Pro'pulse - application form", "14 15:40",
        """Hello,

Name: Hannah Clarke
Highest qualification: A-levels (2024)
Currently: second year of a BA in Social Policy (University of Bristol), year abroad in Paris, expected graduation: June 2027
Looking for: a job in a French charity after my degree

Best,
Hannah""",
        app("Hannah", "Clarke", phone=None, bac="*", grad=None, failing=("studies_finished",), language="en", status="hannah_form_expected_2027"),
    ), person="hannah_clarke"),
    # Feature: form_other_mail — kind — Demande de partenariat
    # route: a school's partnership request put in our contact form (an intervention for its students, a date): no application → other
    N("form_other_mail", "kind", "Demande de partenariat", M(
        "WordPress <wordpress@propulse.animafac.example.org>", "[Pro'pulse] Nouveau message depuis le formulaire de contact", "14 16:55",
        """Nouveau message depuis le formulaire de contact de propulse.animafac.example.org

De : Delphine Arnaud <d.arnaud@lycee-montaigne.example.fr>
Téléphone : 03 87 55 20 10
Sujet : Demande de partenariat

Corps du message :
Bonjour, je coordonne les BTS ESF du lycée Montaigne de Metz. Pourriez-vous présenter Pro'pulse à nos étudiants de 2e année en janvier ? Une heure suffirait.

--
Cet e-mail a été envoyé via le formulaire de contact de Pro'pulse (https://propulse.animafac.example.org)""",
        other(),
        headers={"Reply-To": "d.arnaud@lycee-montaigne.example.fr"},
    ), person="lycee_montaigne"),
    # Feature: english_forms — graduation — Date of graduation:
    # route: an English form of her own: a BSc in Development Studies, «Date of graduation:» left blank, a fair-trade cooperative sought → application (en); the date open → to verify
    N("english_forms", "graduation", "Date of graduation:", M(
        "Ama Owusu <ama.owusu@yahoo.com>", "Pro'pulse form", "14 18:20",
        """Good evening,

Full name: Ama Owusu
Highest qualification: BSc Development Studies, University of Ghana
Date of graduation:
Current status: ☒ Graduate ☐ Student ☐ Intern
Wanted: a job in a fair-trade cooperative (cocoa, textiles)
Phone: +33 7 59 13 48 20

Thank you for considering my application.
Ama""",
        app("Ama", "Owusu", phone="+33759134820", bac=3, grad=None, unknown=("graduation_recent",), language="en", status="ama_form_date_vide"),
    ), person="ama_owusu"),
]
