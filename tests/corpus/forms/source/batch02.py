"""Forms corpus, batch 02 (writer A): Thursday 5 – Sunday 8 November 2026. Labelled lines (one of them a
participant's absence), boxes with a note, the programme's questions answered «voir CV» or left blank, a form
builder's answer, a Cap emploi sheet and a CCAS social worker's, an IUT's alumni card and an attestation de
réussite pasted, a job board's screening question answered «Non», a text table and a spreadsheet paste, a
self-check with «à voir», a friend's questionnaire and answers out of order corrected below, an English HND and
a tutor's reference form; a satisfaction survey, a bounce of our acknowledgement, our pre-interview
questionnaire returned in our thread, a directory update and an adviser's auto-reply. In arrival order."""
# ruff: noqa: E501

from __future__ import annotations

from forms import N
from kit import CV, M, app, auto_reply, bounce, other, reply

MESSAGES = [
    # Feature: checkboxes — situation — (X) En recherche d'emploi
    # route: a grid of «( )» she filled: «(X) Bac+3», a licence of June 2026, «(X) En recherche d'emploi» with the internship and service civique boxes empty, «(X) Association» → application; bac+3 of 2026, ESS sought → eligible
    N("checkboxes", "situation", "(X) En recherche d'emploi", M(
        "Aminata Diallo <aminata.diallo93@gmail.com>", "Formulaire de candidature rempli", "05 08:40",
        """Bonjour,

Je n'ai pas réussi à remplir le formulaire en ligne, alors je le recopie :

Niveau : ( ) Bac+2  (X) Bac+3  ( ) Bac+5
Diplôme : Licence Administration économique et sociale, Université Paris 8
Obtenu en : juin 2026
Situation : ( ) En stage  ( ) En service civique  (X) En recherche d'emploi
Secteur visé : (X) Association  ( ) Entreprise privée  ( ) Fonction publique

Aminata Diallo
07 53 91 20 46""",
        app("Aminata", "Diallo", phone="+33753912046", bac=3, grad="2026-06", status="aminata_cases_licence_aes"),
    ), person="aminata_diallo"),
    # Feature: labelled_fields — level — Diplôme : Baccalauréat STMG
    # route: her labelled lines: «Diplôme : Baccalauréat STMG (2023)» and a first year of BTS stopped, a post in an association sought → application; bac+1 → not eligible
    N("labelled_fields", "level", "Diplôme : Baccalauréat STMG", M(
        "Zoé Lambert <zoe.lambert59@laposte.net>", "Candidature programme", "05 10:15",
        """Bonjour,

NOM : LAMBERT
PRÉNOM : Zoé
VILLE : Roubaix
DIPLÔME : Baccalauréat STMG (2023)
ÉTUDES APRÈS LE BAC : 1re année de BTS Gestion de la PME, arrêtée en avril 2024
SITUATION : en recherche d'emploi
CE QUE JE CHERCHE : un poste d'accueil dans une association ou une maison de quartier
TÉLÉPHONE : 06 18 40 72 93

Merci de me dire si je peux participer.
Zoé""",
        app("Zoé", "Lambert", phone="+33618407293", bac=1, grad=None, failing=("degree_level",), status="zoe_champs_bac_stmg"),
    ), person="zoe_lambert"),
    # Feature: questions_quoted — level — Diplôme d'État d'éducatrice de jeunes enfants
    # route: our questions pasted, the diploma answered «voir CV»; the CV (ODT) gives a DE of éducatrice de jeunes enfants of July 2025, her answer a post in an associative crèche → application; bac+3 of 2025, ESS sought → eligible
    N("questions_quoted", "level", "Diplôme d'État d'éducatrice de jeunes enfants", M(
        "Léna Rousseau <lena.rousseau@orange.fr>", "Candidature Pro'pulse (réponses + CV)", "05 13:22",
        """Bonjour,

> Quel est votre dernier diplôme ?
voir CV

> En quelle année l'avez-vous obtenu ?
voir CV aussi

> Quelle est votre situation actuelle ?
je cherche du travail depuis cet été, je fais quelques remplacements

> Quel type de poste recherchez-vous ?
éducatrice dans une crèche associative ou parentale

Bonne journée,
Léna Rousseau""",
        app("Léna", "Rousseau", phone="+33672581904", bac=3, grad="2025-07", info_in="both", status="lena_questions_voir_cv"),
        cv=CV("odt", "CV-Lena-Rousseau.odt", """Léna Rousseau
Nantes - 06 72 58 19 04 - lena.rousseau@orange.fr
Diplôme d'État d'éducatrice de jeunes enfants - IRTS Pays de la Loire - juillet 2025
Remplacements en multi-accueil (depuis septembre 2025)
Stage long : crèche parentale Les Petits Pas (2024-2025)"""),
    ), person="lena_rousseau"),
    # Feature: adviser_sheet — graduation — session de septembre 2024
    # route: a Cap emploi «fiche de positionnement»: the «Personne accompagnée» block gives a licence AES of the September 2024 session (over 24 months) and a post of administrative assistant in an association → application, referral; a diploma of 2024-09 → not eligible
    N("adviser_sheet", "graduation", "session de septembre 2024", M(
        "Cap emploi Réunion <positionnement@capemploi-reunion.example.org>", "Fiche de positionnement - M. Jordan Lebon", "05 15:03",
        """Bonjour,

Dans le cadre de notre partenariat, voici la fiche de positionnement d'un candidat que nous accompagnons.

FICHE DE POSITIONNEMENT - CAP EMPLOI RÉUNION
Chargée d'accompagnement : Mme Valérie Payet - 02 62 41 90 33

Personne accompagnée
Nom : LEBON
Prénom : Jordan
Mail : jordan.lebon974@gmail.com
Tél : 06 92 55 31 08
RQTH : oui (valide jusqu'en 2029)
Diplôme : Licence AES, obtenue à la session de septembre 2024 (Université de La Réunion)
Situation : demandeur d'emploi, disponible
Projet : assistant administratif dans une association ou une mutuelle

Compensations à prévoir : poste adapté (station assise).

Valérie Payet""",
        app("Jordan", "Lebon", phone="+33692553108", bac=3, grad="2024-09", failing=("graduation_recent",), email="jordan.lebon974@gmail.com", forwarded_by="positionnement@capemploi-reunion.example.org", status="jordan_cap_emploi_2024_09"),
    ), person="jordan_lebon"),
    # Feature: labelled_fields — kind — Motif de l'absence
    # route: a participant of the cohort fills labelled lines to announce an absence at a coaching day: no application, no question about the programme → other
    N("labelled_fields", "kind", "Motif de l'absence", M(
        "Samia Ouali <samia.ouali@gmail.com>", "Absence atelier du 10/11", "05 17:48",
        """Bonjour Claire,

Nom : Ouali
Prénom : Samia
Promo : septembre 2026
Atelier concerné : mardi 10 novembre, « Réussir son entretien »
Motif de l'absence : entretien d'embauche à la même heure (Régie de quartier)
Justificatif : convocation transférée

Je rattraperai avec le support si c'est possible.
Samia""",
        other(),
    ), person="samia_ouali"),
    # Feature: questions_quoted — aim — Quel type de poste recherchez-vous ?
    # route: our questions pasted, a master of 2025 and «non concerné» to the internship question answered, the question on the post sought left without an answer → application; the aim open → to verify
    N("questions_quoted", "aim", "Quel type de poste recherchez-vous ?", M(
        "Mehdi Karam <mehdi.karam@outlook.fr>", "Candidature", "06 09:30",
        """Bonjour,

Quel est votre dernier diplôme ?
- Master Droit social, Université Toulouse Capitole (2025)

Êtes-vous actuellement en stage ou en service civique ?
- Non concerné

Quel type de poste recherchez-vous ?

Comment avez-vous connu Pro'pulse ?
- Par un ami

Mehdi Karam
06 81 24 90 57""",
        app("Mehdi", "Karam", phone="+33681249057", bac=5, grad="2025", unknown=("job_seeking_ess",), status="mehdi_question_poste_vide"),
    ), person="mehdi_karam"),
    # Feature: site_notification — aim — animatrice nature dans une association d'éducation à l'environnement
    # route: a form builder («Tallyo») notification of a new answer (From its noreply address): names, email and phone are the answers', the message gives a BTS GPN of 2025 and a post in an environmental education association → application; bac+2 of 2025, ESS sought → eligible
    N("site_notification", "aim", "animatrice nature dans une association d'éducation à l'environnement", M(
        "Tallyo <noreply@tallyo.example.com>", "Nouvelle réponse à « Candidater à Pro'pulse »", "06 11:12",
        """Nouvelle réponse à votre formulaire « Candidater à Pro'pulse »

Prénom
Pauline

Nom
Guérin

Adresse e-mail
pauline.guerin22@gmail.com

Téléphone
0771204658

Votre message
J'ai eu mon BTS Gestion et protection de la nature en 2025 et je cherche un poste d'animatrice nature dans une association d'éducation à l'environnement, en Bretagne. Disponible tout de suite.

Voir toutes les réponses : https://tallyo.example.com/forms/propulse/responses""",
        app("Pauline", "Guérin", phone="+33771204658", bac=2, grad="2025", email="pauline.guerin22@gmail.com", status="pauline_tallyo_bts_gpn"),
    ), person="pauline_guerin"),
    # Feature: form_other_mail — kind — Questionnaire de satisfaction
    # route: a form builder's notification of a satisfaction survey answered by a former participant (scores, a comment), no application → other
    N("form_other_mail", "kind", "Questionnaire de satisfaction", M(
        "Tallyo <noreply@tallyo.example.com>", "Nouvelle réponse à « Questionnaire de satisfaction - promo mars 2026 »", "06 14:26",
        """Nouvelle réponse à votre formulaire « Questionnaire de satisfaction - promo mars 2026 »

Note globale de l'accompagnement (1 à 5)
5

Les ateliers collectifs vous ont-ils été utiles ?
☑ Oui ☐ Non

Avez-vous trouvé un emploi depuis ?
☑ Oui, CDI dans une SCIC

Un commentaire ?
Merci à la coach, les simulations d'entretien m'ont beaucoup aidée.

Voir toutes les réponses : https://tallyo.example.com/forms/satisfaction/responses""",
        other(),
    ), person="tallyo_satisfaction"),
    # Feature: checkboxes — situation — mission terminée le 31 octobre
    # route: the box «Service civique en cours ☑» qualified by his note «mission terminée le 31 octobre»: the service over; a BUT of June 2025, a post in a social housing association → application; bac+3 of 2025, ESS sought → eligible
    N("checkboxes", "situation", "mission terminée le 31 octobre", M(
        "Florian Masson <florian.masson57@gmail.com>", "Ma candidature", "06 16:50",
        """Bonjour,

☑ Diplômé   ☐ Étudiant
Diplôme : BUT Gestion des entreprises et des administrations, juin 2025
☐ Stage en cours
☑ Service civique en cours → en fait mission terminée le 31 octobre (Restos du cœur de Metz), j'ai coché trop vite
☑ Je cherche un emploi dans une association : gestion locative dans une association d'insertion par le logement

Florian Masson
06 33 70 18 42""",
        app("Florian", "Masson", phone="+33633701842", bac=3, grad="2025-06", status="florian_case_sc_terminee"),
    ), person="florian_masson"),
    # Feature: adviser_sheet — situation — effectue actuellement une mission auprès de l'association
    # ambiguous: «une mission» at an association with no word of its nature (internship, service civique, volunteering or a contract): not_internship and not_service_civique open
    # route: a CCAS social worker's sheet: a DEUST of 2025, RSA, and in «Observations» a mission at an association of unknown nature → application, referral; internship and service civique open → to verify
    N("adviser_sheet", "situation", "effectue actuellement une mission auprès de l'association", M(
        "Hélène Brunet <h.brunet@ccas-marseille.example.fr>", "Fiche d'orientation - Mme Salomé Vasquez", "06 18:05",
        """Bonjour,

Je vous transmets la fiche d'orientation de Mme Vasquez, que j'accompagne au titre du RSA.

FICHE D'ORIENTATION - CCAS DE MARSEILLE
Référente : Hélène Brunet, assistante de service social

Personne orientée
Nom et prénom : VASQUEZ Salomé
Téléphone : 06 47 82 15 30
Niveau de formation : bac+2 (DEUST Animation et gestion des activités physiques, sportives ou culturelles, 2025)
Situation administrative : bénéficiaire du RSA depuis janvier 2026
Projet : animatrice sportive dans une association de quartier

Observations : Mme Vasquez effectue actuellement une mission auprès de l'association Sport dans la Ville, 20 h par semaine. Elle n'a pas d'adresse mail personnelle pour le moment.

Hélène Brunet""",
        app("Salomé", "Vasquez", phone="+33647821530", bac=2, grad="2025", unknown=("not_internship", "not_service_civique"), email=None, forwarded_by="h.brunet@ccas-marseille.example.fr", status="salome_ccas_mission"),
    ), person="salome_vasquez"),
    # Feature: form_other_mail — kind — Delivery has failed to these recipients
    # route: a Mailer-Daemon bounce of our acknowledgement of an application (address unknown) → bounce
    N("form_other_mail", "kind", "Delivery has failed to these recipients", M(
        "Mail Delivery Subsystem <mailer-daemon@animafac.net>", "Undelivered Mail Returned to Sender", "06 21:37",
        """Delivery has failed to these recipients or groups:

nathalie.devaux@gmial.com
The domain gmial.com does not exist. Check the address for typos.

Votre message « Votre candidature à Pro'pulse : accusé de réception » n'a pas pu être remis.""",
        bounce("nathalie.devaux@gmial.com"),
        bounce="""Reporting-MTA: dns; mx.animafac.net
Final-Recipient: rfc822; nathalie.devaux@gmial.com
Action: failed
Status: 5.1.2
Diagnostic-Code: smtp; 550 5.1.2 Host unknown (gmial.com)""",
    ), person="nathalie_devaux"),
    # Feature: school_office — level — BUT Gestion administrative et commerciale des organisations
    # route: an IUT alumni service's «Fiche alumni»: a BUT GACO of June 2026, an assistant's post in an association sought → application, referral; bac+3 of 2026, ESS sought → eligible
    N("school_office", "level", "BUT Gestion administrative et commerciale des organisations", M(
        "Service Alumni IUT de Metz <alumni@iut-metz.example.fr>", "Fiche alumni - Quentin Marchal", "06 22:10",
        """Bonjour,

Le service Alumni de l'IUT de Metz relaie la candidature d'un de nos jeunes diplômés.

FICHE ALUMNI
Nom : Marchal
Prénom : Quentin
Diplôme : BUT Gestion administrative et commerciale des organisations
Promotion : juin 2026
Email personnel : quentin.marchal@gmail.com
Mobile : 07 44 81 29 50
Situation depuis le diplôme : en recherche d'emploi
Souhait : poste d'assistant de gestion dans une association (culture ou sport)

Bien cordialement,
Le service Alumni""",
        app("Quentin", "Marchal", phone="+33744812950", bac=3, grad="2026-06", email="quentin.marchal@gmail.com", forwarded_by="alumni@iut-metz.example.fr", status="quentin_fiche_alumni_but"),
    ), person="quentin_marchal"),
    # Feature: table — situation — Service civique, médiathèque associative
    # route: a text table with | of her path: a licence of 2025 obtained, a master stopped, and the last row «depuis 10/2026 | Service civique, médiathèque associative | en cours» → application; a service civique running → not eligible
    N("table", "situation", "Service civique, médiathèque associative", M(
        "Gaëlle Bernard <gaelle.bernard35@gmail.com>", "Candidature + parcours", "07 09:02",
        """Bonjour,

Je vous résume mon parcours sous forme de tableau :

| Période         | Quoi                                       | Où           | Statut     |
|-----------------|--------------------------------------------|--------------|------------|
| 2022 - 2025     | Licence Histoire                           | Rennes 2     | obtenue    |
| 2025 - 2026     | Master Patrimoine (M1)                     | Rennes 2     | abandonné  |
| depuis 10/2026  | Service civique, médiathèque associative   | Vitré        | en cours   |

J'aimerais ensuite travailler dans la médiation culturelle associative.
Gaëlle Bernard - 06 55 18 23 07""",
        app("Gaëlle", "Bernard", phone="+33655182307", bac=3, grad="2025", failing=("not_service_civique",), status="gaelle_tableau_service_civique"),
    ), person="gaelle_bernard"),
    # Feature: form_other_mail — kind — Questionnaire pré-entretien
    # route: a candidate returns our pre-interview questionnaire filled in, in our thread (In-Reply-To <…@animafac.net>, our mail quoted): whatever facts it repeats → reply
    N("form_other_mail", "kind", "Questionnaire pré-entretien", M(
        "Bilal Cherif <bilal.cherif@gmail.com>", "Re: Questionnaire pré-entretien", "07 10:44",
        """Bonjour,

Voici le questionnaire rempli :

1. Diplôme : Licence pro Métiers du livre, 2025
2. Disponibilités pour l'entretien : mardi ou jeudi matin
3. Attentes : être aidé pour cibler les petites associations culturelles

À jeudi peut-être,
Bilal

Le mar. 3 nov. 2026 à 16:20, Pro'pulse <propulse@animafac.net> a écrit :
> Bonjour Bilal,
> Afin de préparer votre entretien, merci de nous renvoyer ce court questionnaire :
> 1. Diplôme et année d'obtention
> 2. Vos disponibilités pour l'entretien
> 3. Vos attentes vis-à-vis de l'accompagnement
> Claire, coordinatrice Pro'pulse""",
        reply(),
        headers={"In-Reply-To": "<questionnaire-2026-11-03-0007@animafac.net>"},
    ), person="bilal_cherif"),
    # Feature: job_board — level — Avez-vous un diplôme de niveau bac+2 ? Non
    # route: the board «TalentESS» relays his application: a titre professionnel of level 4 in the profile and the screening question answered «Non» → application; below bac+2 → not eligible
    N("job_board", "level", "Avez-vous un diplôme de niveau bac+2 ? Non", M(
        "TalentESS <ne-pas-repondre@talentess.example.org>", "TalentESS - Nouvelle candidature : Ibrahim Sow", "07 12:35",
        """Nouvelle candidature reçue

Offre : Programme Pro'pulse (Animafac)
Candidat : Ibrahim Sow
Contact : ibrahim.sow75@yahoo.fr / 06 26 93 14 77
Formation : Titre professionnel Secrétaire assistant (niveau 4), AFPA Paris, 2025
Dernier poste : agent d'accueil, Emmaüs Solidarité (CDD terminé)

Questions de présélection
Avez-vous un diplôme de niveau bac+2 ? Non
Êtes-vous disponible immédiatement ? Oui

Mot du candidat : « Je veux continuer dans l'accueil social, dans une association. »

Répondre au candidat depuis votre espace recruteur.""",
        app("Ibrahim", "Sow", phone="+33626931477", bac=0, grad="2025", failing=("degree_level",), email="ibrahim.sow75@yahoo.fr", status="ibrahim_talentess_titre_pro"),
    ), person="ibrahim_sow"),
    # Feature: numbered_answers — aim — Secteur : commerce équitable
    # route: a friend forwarded our questions and she answers with the numbers alone: a licence LEA, June 2026, no internship, fair trade as the sector → application; bac+3 of 2026, ESS sought → eligible
    N("numbered_answers", "aim", "Secteur : commerce équitable", M(
        "Nour Benhamou <nour.benhamou@icloud.com>", "réponses au questionnaire", "07 14:08",
        """Salut,

Ma copine Jade m'a transféré votre questionnaire, voilà mes réponses :

1. Licence LEA anglais-espagnol (Lyon 3)
2. 2026 (juin)
3. Non je ne suis pas en stage
4. Secteur : commerce équitable, import ou boutique
5. Lyon

Nour Benhamou - 06 90 31 57 24""",
        app("Nour", "Benhamou", phone="+33690315724", bac=3, grad="2026-06", status="nour_questionnaire_amie"),
    ), person="nour_benhamou"),
    # Feature: form_other_mail — kind — Mise à jour de votre fiche annuaire
    # route: a partner fills the directory update form of the regional ESS network and copies us: structure fields, no application → other
    N("form_other_mail", "kind", "Mise à jour de votre fiche annuaire", M(
        "Annuaire ESS Bretagne <annuaire@ess-bretagne.example.org>", "Mise à jour de votre fiche annuaire - Pro'pulse", "07 16:30",
        """Mise à jour de votre fiche annuaire

Structure : Pro'pulse (Animafac)
Catégorie : accompagnement vers l'emploi
Public : jeunes diplômé·es bac+2 et plus
Zone : France entière, ateliers à Paris et en visio
Contact : propulse@animafac.net

Modification proposée par : Maison de l'emploi de Rennes (partenaire)
Champ modifié : « Public » - ancien : « jeunes de 18 à 25 ans »

Validez ou refusez la modification depuis votre espace.""",
        other(),
    ), person="annuaire_ess_bretagne"),
    # Feature: table — aim — coordinatrice en épicerie solidaire
    # route: a spreadsheet pasted with tabs: a BTS SP3S of 2026 in the first row, her line below it a post of coordinator in a solidarity grocery → application; bac+2 of 2026, ESS sought → eligible
    N("table", "aim", "coordinatrice en épicerie solidaire", M(
        "Lison Carpentier <lison.carpentier@gmail.com>", "Candidature Lison Carpentier", "07 19:55",
        """Bonjour,

Je copie mon tableau de formation :

Diplôme	Établissement	Année	Mention
BTS SP3S	Lycée Jules-Verne, Amiens	2026	Bien
Bac ST2S	Lycée Madeleine-Michelis, Amiens	2024	Assez bien

Je souhaite devenir coordinatrice en épicerie solidaire ou en association d'aide alimentaire.

Lison Carpentier
07 60 43 22 81""",
        app("Lison", "Carpentier", phone="+33760432281", bac=2, grad="2026", status="lison_tableur_bts_sp3s"),
    ), person="lison_carpentier"),
    # Feature: school_office — graduation — Fait à Lyon, le 8 juillet 2024
    # route: the graduate herself pastes her «attestation de réussite» (no referral): a licence of the 2023-2024 year, attested on 8 July 2024, over 24 months → application; a diploma of 2024-07 → not eligible
    N("school_office", "graduation", "Fait à Lyon, le 8 juillet 2024", M(
        "Amandine Keller <amandine.keller@free.fr>", "Attestation de réussite", "07 21:14",
        """Bonjour,

Vous trouverez ci-dessous mon attestation de réussite (le diplôme papier n'est jamais arrivé).

ATTESTATION DE RÉUSSITE
Le Président de l'Université Lumière Lyon 2 atteste que
Madame Amandine KELLER
a obtenu la Licence mention Sciences sanitaires et sociales
au titre de l'année universitaire 2023-2024, session 1, mention Assez bien.
Fait à Lyon, le 8 juillet 2024

Je cherche un poste de chargée de prévention dans une association de santé.
Amandine Keller - 06 19 84 30 52""",
        app("Amandine", "Keller", phone="+33619843052", bac=3, grad="2024-07", failing=("graduation_recent",), status="amandine_attestation_2024"),
    ), person="amandine_keller"),
    # Feature: self_check — aim — Emploi dans l'ESS : à voir
    # ambiguous: he marks the ESS search «à voir» and hesitates with the territorial civil service: job_seeking_ess open
    # route: his check with «OK» for level, date, no internship, no service civique, and «Emploi dans l'ESS : à voir» (the civil service in balance) → application; the aim open → to verify
    N("self_check", "aim", "Emploi dans l'ESS : à voir", M(
        "Alexis Renaud <alexis.renaud67@gmail.com>", "critères Pro'pulse", "08 09:47",
        """Bonjour,

Je me suis comparé à vos critères :

Bac+2 minimum : OK (licence pro Gestion des organisations de l'ESS)
Diplômé depuis moins de 2 ans : OK (septembre 2025)
Pas en stage : OK
Pas en service civique : OK
Emploi dans l'ESS : à voir - j'hésite avec la fonction publique territoriale, j'ai passé un concours

Alexis Renaud
Strasbourg - 06 52 70 39 14""",
        app("Alexis", "Renaud", phone="+33652703914", bac=3, grad="2025-09", unknown=("job_seeking_ess",), status="alexis_check_ess_a_voir"),
    ), person="alexis_renaud"),
    # Feature: numbered_answers — graduation — en fait c'est décembre 2024
    # route: answers out of order, «2) 2024» corrected below («pour le 2), en fait c'est décembre 2024», the resit session): 23 months → application; bac+2 of 2024-12, circular economy sought → eligible
    N("numbered_answers", "graduation", "en fait c'est décembre 2024", M(
        "Maël Le Gall <mael.legall29@gmail.com>", "Re questions Pro'pulse", "08 11:20",
        """Bonjour,

3) je cherche dans l'économie circulaire, type recyclerie ou atelier vélo associatif
1) BTS Gestion et protection de la nature
2) 2024
4) non, pas de stage en ce moment

Pour le 2), en fait c'est décembre 2024 : je l'ai eu à la session de rattrapage, pas en juin.

Maël Le Gall
06 27 15 80 43""",
        app("Maël", "Le Gall", phone="+33627158043", bac=2, grad="2024-12", status="mael_numeros_corrige"),
    ), person="mael_le_gall"),
    # Feature: english_forms — level — HND in Business Administration
    # ambiguous: a Ghanaian Higher National Diploma has no French equivalence given (two or three years of tertiary study): degree_level open
    # route: an English form of his own: «Highest qualification: HND in Business Administration», 2025, a cooperative sought → application (en); the level open → to verify
    N("english_forms", "level", "HND in Business Administration", M(
        "Kwame Mensah <kwame.mensah@gmail.com>", "Pro'pulse - my details", "08 14:02",
        """Hello,

Please find my details below.

Name: Kwame Mensah
Highest qualification: HND in Business Administration (Accra Technical University)
Year of completion: 2025
Current status: Graduate, job seeker (in Paris since June)
Internship / volunteering now: none
Sector wanted: a cooperative or a fair-trade organisation
Phone: +33 7 51 40 28 96

Thank you,
Kwame""",
        app("Kwame", "Mensah", phone="+33751402896", bac=None, grad="2025", unknown=("degree_level",), language="en", status="kwame_form_hnd"),
    ), person="kwame_mensah"),
    # Feature: english_forms — aim — community and voluntary organisations
    # route: a UK-style reference form filled by her tutor (forwarded_by the tutor): a BA of June 2025, her «intended sector» community and voluntary organisations → application (en), referral; bac+3 of 2025, ESS sought → eligible
    N("english_forms", "aim", "community and voluntary organisations", M(
        "Dr Fiona Walsh <f.walsh@ucc.example.ie>", "Reference form - Siobhan Kelly", "08 16:35",
        """Dear colleagues,

Please find below the reference for my former student, who is applying to your programme.

REFERENCE FORM
Applicant: Siobhan Kelly
Applicant's email: siobhan.kelly@gmail.com
Course: BA Social Science (Youth and Community)
Award and date: BA (Hons), June 2025
Capacity in which you know the applicant: personal tutor, 2022-2025
Applicant's intended sector: community and voluntary organisations
Is the applicant currently on a placement or in education? No
Comments: reliable, warm, very good at group facilitation.

Referee: Dr Fiona Walsh, University College Cork""",
        app("Siobhan", "Kelly", phone=None, bac=3, grad="2025-06", email="siobhan.kelly@gmail.com", forwarded_by="f.walsh@ucc.example.ie", language="en", status="siobhan_reference_form"),
    ), person="siobhan_kelly"),
    # Feature: form_other_mail — kind — Date de retour : lundi 16 novembre
    # route: an adviser's auto-reply with fields (Auto-Submitted) to our answer → auto-reply
    N("form_other_mail", "kind", "Date de retour : lundi 16 novembre", M(
        "Valérie Payet <positionnement@capemploi-reunion.example.org>", "Réponse automatique : RE: Fiche de positionnement - M. Jordan Lebon", "08 18:20",
        """[Réponse automatique]
Absente - formation
Date de retour : lundi 16 novembre
Urgences : accueil Cap emploi, 02 62 41 90 00""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    ), person="valerie_payet"),
    # Feature: labelled_fields — aim — un CDI dans une banque ou une assurance
    # route: his labelled lines with stars: a licence pro of July 2025, a CDD ending in December, and «Recherche : un CDI dans une banque ou une assurance» → application; a search outside the ESS → not eligible
    N("labelled_fields", "aim", "un CDI dans une banque ou une assurance", M(
        "Baptiste Carré <baptiste.carre13@gmail.com>", "Pro'pulse", "08 20:41",
        """Bonsoir,

*Nom* : Carré
*Prénom* : Baptiste
*Diplôme* : Licence pro Gestion des structures sanitaires et sociales
*Obtenu le* : 02/07/2025
*Situation* : CDD d'assistant administratif jusqu'au 31/12
*Recherche* : un CDI dans une banque ou une assurance, côté gestion des sinistres

Bonne soirée,
Baptiste
06 84 12 57 39""",
        app("Baptiste", "Carré", phone="+33684125739", bac=3, grad="2025-07", failing=("job_seeking_ess",), status="baptiste_champs_banque"),
    ), person="baptiste_carre"),
]
