# ruff: noqa: E501
"""Batch 7 — lists and enumerations: one item of a list is negated, past, planned or left blank («ni stage,
ni alternance», «stage : terminé ; service civique : non», a bulleted sheet, a CV's lines)."""

from discourse import D
from kit import CV, M, app, auto_reply, bounce, newsletter, other, question, reply

MESSAGES = [
    # Discourse: enumeration — internship — «ni stage, ni alternance, ni service civique»
    D("enumeration", "internship", M(
        frm="Solène Marchand <solene.marchand@example.org>",
        subject="Candidature Pro'pulse",
        date="02 15:25",
        body="""Bonjour,

Aujourd'hui je ne suis ni en stage, ni en alternance, ni en service civique : je cherche simplement un emploi de chargée de projets dans une association de développement durable. Master Environnement, septembre 2026.

Solène Marchand
06 58 23 94 71""",
        truth=app("Solène", "Marchand", phone="+33658239471", bac=5, grad="2026-09", status="ni_stage_ni_alternance_ni_sc"),
    )),
    # Discourse: enumeration — service_civique — «stage : terminé ; service civique : en cours jusqu'en mai»
    D("enumeration", "service_civique", M(
        frm="Malik Hamidi <malik.hamidi@example.net>",
        subject="candidature",
        date="03 11:10",
        body="""Bonjour,

Ma situation en bref :
- diplôme : licence pro Coordination de projets, juin 2026 ;
- stage : terminé ;
- service civique : en cours, jusqu'en mai 2027 ;
- projet : un emploi dans une association d'éducation populaire.

Malik Hamidi, 07 43 65 21 80""",
        truth=app("Malik", "Hamidi", phone="+33743652180", bac=3, grad="2026-06", failing=("not_service_civique",), status="liste_sc_en_cours_mai"),
    )),
    # Discourse: enumeration — date — a sheet with «Date d'obtention : ?»
    D("enumeration", "date", M(
        frm="Camille Roger <camille.roger@example.com>",
        subject="Fiche candidature",
        date="04 09:00",
        body="""Bonjour, voici mes informations :

Nom : Roger
Prénom : Camille
Téléphone : 06 21 47 85 36
Diplôme : BTS Support à l'action managériale
Date d'obtention : ?
Situation : sans emploi, ni stage ni service civique
Projet : assistante de direction dans une association""",
        truth=app("Camille", "Roger", phone="+33621478536", bac=2, grad=None, unknown=("graduation_recent",), status="fiche_date_point_interrogation"),
    )),
    # Discourse: enumeration — career_change — a list of years: eight as an accountant, then the master
    D("enumeration", "career_change", M(
        frm="Isabelle Chauvin <isabelle.chauvin@example.org>",
        subject="Candidature",
        date="05 14:40",
        body="""Bonjour,

Mon parcours :
2016-2024 : comptable dans une entreprise de transport
2024-2026 : master Économie sociale et solidaire (obtenu en juin 2026)
Aujourd'hui : je cherche un poste de responsable administrative dans une coopérative.

Isabelle Chauvin
06 37 91 42 65""",
        truth=app("Isabelle", "Chauvin", phone="+33637914265", bac=5, grad="2026-06", failing=("not_career_change",), status="liste_comptable_puis_master"),
    )),
    # Discourse: enumeration — level — «niveau : bac+2 (L2 non validée)»
    D("enumeration", "level", M(
        frm="Hugo Perrier <hugo.perrier@example.net>",
        subject="candidature",
        date="06 10:45",
        body="""Bonjour,

- Niveau : bac+2 (L2 d'anglais suivie, non validée ; L1 validée en juin 2025)
- Situation : disponible, pas de stage
- Recherche : un emploi dans une association d'accueil de réfugiés

Hugo Perrier, 07 80 24 61 39""",
        truth=app("Hugo", "Perrier", phone="+33780246139", bac=1, grad="2025-06", failing=("degree_level",), status="liste_l2_non_validee"),
    )),
    # Discourse: enumeration — internship — «stage : oui ; dates : à préciser»
    D("enumeration", "internship", M(
        frm="Amandine Besson <amandine.besson@example.com>",
        subject="Candidature Pro'pulse",
        date="07 12:35",
        body="""Bonjour,

Diplôme : licence de géographie, juin 2026
Stage : oui, dans une association de mobilité douce
Dates du stage : à préciser
Recherche : emploi dans l'ESS

Amandine Besson
06 84 52 30 17""",
        truth=app("Amandine", "Besson", phone="+33684523017", bac=3, grad="2026-06", unknown=("not_internship",), status="liste_stage_dates_a_preciser"),
    )),
    # Discourse: enumeration — service_civique — «alternance : terminée ; stage : aucun ; service civique : peut-être en janvier»
    D("enumeration", "service_civique", M(
        frm="Sami Aouad <sami.aouad@example.org>",
        subject="candidature",
        date="08 16:50",
        body="""Bonjour, mon point de situation : alternance terminée en août (BTS Comptabilité et gestion validé en juin 2026) ; stage : aucun ; service civique : peut-être en janvier, pas encore décidé ; objectif : un poste de comptable dans une association. Sami 06 13 47 92 58""",
        truth=app("Sami", "Aouad", phone="+33613479258", bac=2, grad="2026-06", status="liste_sc_peut_etre_janvier"),
    )),
    # Discourse: enumeration — studies — «études : terminées (sauf soutenance le 4 décembre)»
    D("enumeration", "studies", M(
        frm="Aurélie Jacob <aurelie.jacob@example.net>",
        subject="Candidature",
        date="09 09:30",
        body="""Bonjour,

Études : terminées, sauf la soutenance du mémoire de M2 le 4 décembre
Diplôme déjà obtenu : master 1, juin 2025
Stage : terminé en septembre
Projet : chargée de mission dans une fédération associative

Aurélie Jacob
07 25 48 16 93""",
        truth=app("Aurélie", "Jacob", phone="+33725481693", bac=4, grad="2025-06", failing=("studies_finished",), status="liste_sauf_soutenance_4_decembre"),
    )),
    # Discourse: enumeration — service_civique — a CV line «2026 : volontaire», kind unstated
    D("enumeration", "service_civique", M(
        frm="Thomas Nguyen <thomas.nguyen@example.com>",
        subject="CV pour Pro'pulse",
        date="10 13:15",
        body="""Bonjour, voici mon CV. Thomas Nguyen""",
        cv=CV("docx", "CV_Thomas_Nguyen.docx", """Thomas NGUYEN
06 49 75 12 80
FORMATION
Juin 2026 - BUT Information-Communication
EXPÉRIENCE
2026 - aujourd'hui : volontaire, association Solidarités Jeunesses
2025 : stage de fin d'études (terminé)
OBJECTIF
Chargé de communication dans une association"""),
        truth=app("Thomas", "Nguyen", phone="+33649751280", bac=3, grad="2026-06", unknown=("not_service_civique",), info_in="cv", status="cv_volontaire_aujourdhui"),
    )),
    # Discourse: enumeration — ess_aim — «secteur recherché : —», left blank
    D("enumeration", "ess_aim", M(
        frm="Léa Mathieu <lea.mathieu@example.org>",
        subject="Candidature",
        date="11 17:40",
        body="""Bonjour,

Diplôme : master de psychologie sociale (juin 2026)
Situation : ni stage, ni emploi
Secteur recherché : —
Poste : chargée d'études

Léa Mathieu
06 71 29 83 40""",
        truth=app("Léa", "Mathieu", phone="+33671298340", bac=5, grad="2026-06", unknown=("job_seeking_ess",), status="liste_secteur_vide"),
    )),
    # Discourse: enumeration — level — «formation : école de design, trois ans, diplôme d'école»: level open
    D("enumeration", "level", M(
        frm="Nolan Girard <nolan.girard@example.net>",
        subject="candidature pro'pulse",
        date="12 14:20",
        body="""Bonjour,

- Formation : école privée de design graphique, 3 ans, diplôme de l'école (je ne sais pas s'il est reconnu), juin 2026
- Stage : aucun en cours
- Objectif : graphiste dans une coopérative culturelle

Nolan Girard, 07 56 18 34 92""",
        truth=app("Nolan", "Girard", phone="+33756183492", bac="*", grad="2026-06", unknown=("degree_level",), status="liste_diplome_ecole_privee"),
    )),
    # Discourse: enumeration — career_change — «expérience : 2019-… : employé en CDI (en cours)»: open
    D("enumeration", "career_change", M(
        frm="Vincent Leblanc <vincent.leblanc@example.com>",
        subject="Candidature",
        date="13 20:10",
        body="""Bonjour,

Expérience : 2019 - aujourd'hui, employé de logistique en CDI (à temps partiel)
Formation : licence de sciences économiques en cours du soir, obtenue en juin 2026
Objectif : un poste de gestionnaire dans une SCOP

Vincent Leblanc
06 95 40 27 13""",
        truth=app("Vincent", "Leblanc", phone="+33695402713", bac=3, grad="2026-06", unknown=("not_career_change",), status="liste_cdi_en_cours"),
    )),
    # Discourse: enumeration — date — «diplômes : bac 2019, BTS 2021, rien depuis»: outside
    D("enumeration", "date", M(
        frm="Océane Brun <oceane.brun@example.org>",
        subject="candidature",
        date="16 10:05",
        body="""bonjour, mes diplômes : bac en 2019, BTS Assistance technique d'ingénieur en 2021, rien depuis. Je cherche un emploi de technicienne dans une ressourcerie. Océane 06 26 37 81 54""",
        truth=app("Océane", "Brun", phone="+33626378154", bac=2, grad="2021", failing=("graduation_recent",), status="liste_bts_2021"),
    )),
    # Discourse: enumeration — ess_aim — «associations, coopératives, mutuelles : tout me va»
    D("enumeration", "ess_aim", M(
        frm="Ambre Collet <ambre.collet@example.net>",
        subject="Candidature Pro'pulse",
        date="17 15:15",
        body="""Bonjour,

Association, coopérative, mutuelle, fondation : tout me va tant que c'est dans l'ESS. Licence pro Gestion des organisations de l'ESS, juin 2026. Pas de stage ni de service civique en cours.

Ambre Collet
07 62 85 40 19""",
        truth=app("Ambre", "Collet", phone="+33762854019", bac=3, grad="2026-06", status="liste_asso_coop_mutuelle"),
    )),
    # Discourse: enumeration — kind — a question listing the criteria, no fact about the writer
    D("enumeration", "kind", M(
        frm="Bérénice Fort <berenice.fort@example.com>",
        subject="Critères",
        date="03 08:35",
        body="""Bonjour, pouvez-vous me confirmer les critères : niveau, âge, date du diplôme, lieu de résidence ? Merci !""",
        truth=question(),
    )),
    # Discourse: enumeration — kind — an employer listing three posts
    D("enumeration", "kind", M(
        frm="Groupe Entraide 44 <emploi@entraide44.example.org>",
        subject="Trois postes à pourvoir",
        date="06 14:00",
        body="""Bonjour,

Nous recrutons :
- un(e) assistant(e) de gestion (CDI) ;
- un(e) chargé(e) d'accueil (CDD 6 mois) ;
- un(e) coordinateur(trice) bénévolat (CDI).
Merci de relayer auprès de vos participants.

Le service RH""",
        truth=other(),
    )),
    # Discourse: enumeration — kind — a newsletter listing offers
    D("enumeration", "kind", M(
        frm="Offres ESS Bretagne <offres@ess-bretagne.example.org>",
        subject="Les offres de la semaine",
        date="10 06:55",
        headers={"List-Unsubscribe": "<https://ess-bretagne.example.org/offres/stop>", "Precedence": "bulk"},
        body="""1. Animateur, centre social (Rennes) 2. Comptable, SCOP (Brest) 3. Chargée de mission, CRESS (Vannes)

Se désabonner : https://ess-bretagne.example.org/offres/stop""",
        truth=newsletter(),
    )),
    # Discourse: enumeration — kind — an auto-reply listing contacts
    D("enumeration", "kind", M(
        frm="Accueil CIO Lyon <cio.lyon@example.fr>",
        subject="Réponse automatique : Pro'pulse",
        date="14 07:30",
        headers={"Auto-Submitted": "auto-replied"},
        body="""Bureau fermé jusqu'au 23 novembre. Pour l'orientation : orientation@example.fr ; pour les inscriptions : inscriptions@example.fr ; pour tout le reste : le 04 72 00 00 00.""",
        truth=auto_reply(),
    )),
    # Discourse: enumeration — kind — a reply in our thread listing available slots
    D("enumeration", "kind", M(
        frm="Aïcha Koné <aicha.kone@example.com>",
        subject="Re: Choix du créneau",
        date="18 12:45",
        headers={"In-Reply-To": "<9104582.0121@animafac.net>", "References": "<9104582.0121@animafac.net>"},
        body="""Je suis libre : lundi matin, mercredi après-midi, vendredi toute la journée. Pas jeudi.

> Merci de nous indiquer vos disponibilités.""",
        truth=reply(),
    )),
    # Discourse: enumeration — kind — a bounce with a list of failed recipients
    D("enumeration", "kind", M(
        frm="Mail Delivery System <MAILER-DAEMON@out.example.net>",
        subject="Undelivered Mail Returned to Sender",
        date="23 05:05",
        body="""Your message could not be delivered to the following recipient:

<lucas.b.2003@example.net>: host mx.example.net said: 550 user unknown""",
        bounce="""Reporting-MTA: dns; out.example.net

Final-Recipient: rfc822; lucas.b.2003@example.net
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 user unknown""",
        truth=bounce("lucas.b.2003@example.net"),
    )),
]
