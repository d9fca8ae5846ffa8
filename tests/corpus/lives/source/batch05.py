# ruff: noqa: E501
"""Batch 5 — cards 100 to 124, narrated by hand from their life cards (python lives.py 100 … 124 prints them)."""

from kit import CV
from lives import mail

MESSAGES = [
    # Life: diploma_cdd_undecided — card 100 — an auto-reply
    mail(100, subject="Réponse automatique : Votre inscription", date="23 08:00", headers={"Auto-Submitted": "auto-replied"}, body="""Bonjour,

Je suis actuellement absente et je n'aurai pas accès à ma messagerie avant le 30 novembre.

Cordialement,
Mélissa Guyot"""),
    # Life: course_abandoned — card 101 — a newsletter
    mail(101, frm="La Recyclerie du Lac <bonjour@recyclerie-lac.example.org>", subject="Les nouvelles de la Recyclerie — novembre", date="23 06:15", headers={"List-Unsubscribe": "<mailto:stop@recyclerie-lac.example.org>"}, body="""Les nouvelles de la Recyclerie — novembre 2026

Braderie d'hiver le 5 décembre, atelier réparation de vélos tous les samedis, et deux postes en insertion ouverts. Rémi Haddad, notre nouveau vendeur, vous accueille en boutique.

Ne plus recevoir : stop@recyclerie-lac.example.org"""),
    # Life: diploma_cdd_undecided — card 102 — SMS style, chronological
    mail(102, subject="candidature", date="23 20:05", body="""bjr bac 2023, licence pro LEA juillet 2026, cdd en mairie mars-sept, maintenant je cherche un taf, n'importe lequel honnêtement
arthur lopes"""),
    # Life: diploma_mission_unstated — card 103 — chronological, no date, a «volontariat» of unstated kind
    mail(103, subject="Candidature — Aïssata Lacroix", date="24 09:20", body="""Bonjour,

Après mon bac, j'ai fait toutes mes études à l'université de Bordeaux, jusqu'au master Intervention sociale (carrières sociales), que j'ai obtenu.

Depuis octobre, je suis volontaire dans une fédération sportive, jusqu'en avril.

Mon souhait : travailler dans un centre social associatif.

Aïssata Lacroix
06 52 72 63 56"""),
    # Life: diploma_then_stage_now — card 104 — a bounce
    mail(104, frm="Mail Delivery Subsystem <mailer-daemon@example.fr>", subject="Returned mail: see transcript for details", date="24 10:40", bounced="louise.fabre@example.fr", bounce_text="""Reporting-MTA: dns; example.fr

Final-Recipient: rfc822; louise.fabre@example.fr
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 No such user""", body="""The original message was received but could not be delivered:

<louise.fabre@example.fr>: No such user"""),
    # Life: years_of_work_then_studies — card 105 — long, reverse
    mail(105, subject="Candidature Pro'pulse", date="24 15:30", body="""Bonjour,

Aujourd'hui, je cherche un emploi dans une mutuelle, dans la relation adhérents ou la gestion.

Juste avant, il y a eu mon master 2 de gestion, obtenu en juin 2025, que j'ai préparé en reprise d'études, à 30 ans passés.

Et avant ça, quelques années de vie active dont je parlerai volontiers en entretien, et un bac en 2012.

Joanna Rey"""),
    # Life: diploma_mission_unstated — card 106 — other: a job offer from an IAE structure
    mail(106, subject="Offre : chargé·e d'accueil en chantier d'insertion", date="25 08:10", body="""Bonjour,

Notre chantier d'insertion recrute un·e chargé·e d'accueil (CDD 12 mois, temps plein). Pouvez-vous relayer l'offre auprès de vos participants ? Candidatures à recrutement@chantier.example.org.

Ousmane Masson"""),
    # Life: licence_old_master_recent — card 107 — a question with no personal fact
    mail(107, subject="Frais ?", date="01 09:05", body="""Bonjour, le programme est-il gratuit pour les participants ? Y a-t-il une indemnité ? Merci. Awa Vasseur"""),
    # Life: licence_old_master_recent — card 108 — bulleted, scattered
    mail(108, subject="Candidature Thibault Renaud", date="01 14:30", body="""Bonjour,

- Je vise un poste dans une épicerie solidaire.
- Master 2 Animation sociale : décembre 2025.
- Licence Médiation culturelle : juin 2020, suivie d'un an comme équipier dans un fast-food pendant que je préparais mon dossier de master.
- Bac 2017.

Thibault Renaud
07 39 99 74 45"""),
    # Life: stage_over_civique_now — card 109 — an auto-reply
    mail(109, subject="Absence", date="02 07:10", headers={"Auto-Submitted": "auto-replied"}, body="""Bonjour, je suis en mission à l'extérieur jusqu'au vendredi. Je vous répondrai à mon retour. Justine"""),
    # Life: old_diploma_then_cdd — card 110 — a newsletter
    mail(110, frm="Culture en Partage <lettre@culture-partage.example.org>", subject="Culture en Partage — lettre n° 18", date="02 06:00", headers={"List-Unsubscribe": "<mailto:lettre-stop@culture-partage.example.org>"}, body="""Culture en Partage — lettre n° 18

Spectacles de décembre, appel aux bénévoles, et un mot de Mélissa Marchal sur les ateliers d'écriture.

Se désinscrire : lettre-stop@culture-partage.example.org"""),
    # Life: diploma_with_student_jobs — card 111 — a reply in our thread
    mail(111, subject="Re: Entretien Pro'pulse", date="03 09:30", headers={"In-Reply-To": "<4419820.0111@animafac.net>", "References": "<4419820.0111@animafac.net>"}, body="""Bonjour,

Le créneau de jeudi 14 h me va très bien. À jeudi !

Damien Renaud

Le 2 nov. 2026, Pro'pulse <propulse@animafac.net> a écrit :
> Bonjour Damien, deux créneaux sont possibles : mercredi 10 h ou jeudi 14 h."""),
    # Life: licence_old_master_recent — card 112 — a question, SMS style, no fact about the writer
    mail(112, subject="question", date="03 21:40", body="""bonsoir, c'est combien d'heures par semaine le programme ? on peut le faire en parallèle d'un boulot ?"""),
    # Life: diploma_with_student_jobs — card 113 — long, chronological
    mail(113, subject="Candidature — Valentin Renaud", date="04 10:50", body="""Bonjour,

Je m'appelle Valentin, j'ai 20 ans. J'ai eu mon bac en 2024, puis j'ai préparé un DUT Urbanisme (le BUT arrêté après deux ans, avec le DUT en poche) que j'ai obtenu en septembre 2026.

Pendant ces deux ans, j'ai enchaîné les petits boulots pour payer mon loyer : serveur, équipier en fast-food, et animateur en centre de loisirs l'été. Rien de tout ça n'est une carrière, mais ça m'a appris à travailler en équipe.

Maintenant, je voudrais un vrai premier emploi, dans une coopérative qui fait de l'habitat participatif par exemple.

Valentin Renaud"""),
    # Life: diploma_with_student_jobs — card 114 — other: a student association asking for a talk
    mail(114, subject="Intervention à l'IUT ?", date="04 16:20", body="""Bonjour,

Je fais partie du bureau des étudiants de l'IUT. Nous organisons une semaine de l'insertion professionnelle en février et aimerions que quelqu'un de Pro'pulse vienne présenter le programme. Seriez-vous disponibles ?

Arthur Brunet"""),
    # Life: licence_then_master_awaiting — card 115 — chronological, a CV
    mail(115, subject="Candidature + CV", date="05 08:35", info_in="both", body="""Bonjour,

Je vous transmets mon CV. Je cherche un poste dans une structure de l'insertion par l'activité économique.

Quentin Leclerc
07 90 91 99 44""", cv=CV("odt", "Quentin_Leclerc_CV.odt", """Quentin Leclerc — 07 90 91 99 44 — quentin.leclerc@courriel.example.fr
2021 Baccalauréat
Décembre 2024 Licence de gestion
2026 Master Comptabilité — soutenance passée, délibération du jury en décembre 2026""")),
    # Life: diploma_then_stage_now — card 116 — SMS style, criteria, no aim
    mail(116, subject="pro pulse", date="05 22:00", body="""bonsoir
licence psycho sept 2025 ✔
stage dans une mutuelle depuis octobre, fini en février
pas de service civique
charline bertin"""),
    # Life: apprenticeship_done — card 117 — an auto-reply
    mail(117, subject="Réponse automatique : Pro'pulse", date="06 06:30", headers={"Auto-Submitted": "auto-replied"}, body="""Merci pour votre message. Je suis en congés jusqu'au 12 novembre inclus.
Idriss Ferrand"""),
    # Life: course_abandoned — card 118 — chronological
    mail(118, subject="Candidature", date="06 11:45", body="""Bonjour,

J'ai eu mon bac en 2023. J'ai commencé un BTS en sciences de l'éducation, mais j'ai arrêté en février 2026 sans le passer. Ensuite, j'ai été animatrice en centre de loisirs d'avril à septembre.

Je voudrais travailler dans une SCOP.

Priscilla Masson
07 40 77 67 18"""),
    # Life: diploma_stage_aim_elsewhere — card 119 — long, scattered
    mail(119, subject="Candidature Jérémy Rey", date="06 17:10", body="""Bonjour,

Mon objectif est clair depuis mon stage en mairie, terminé en juin 2025 : je prépare les concours de la fonction publique territoriale, et je cherche en attendant un poste de contractuel dans une collectivité.

J'ai un master de psychologie du travail, obtenu en décembre 2025. Bac en 2020.

Jérémy Rey
07 68 91 70 25"""),
    # Life: diploma_cdd_undecided — card 120 — reverse
    mail(120, subject="Candidature", date="07 09:55", body="""Bonjour,

Mon dernier contrat, un CDD à la mairie, s'est terminé en septembre. Avant, j'ai obtenu ma licence professionnelle en sciences de l'éducation, en juillet 2025. Je n'ai pas de préférence de secteur : je cherche un emploi, tout simplement.

Axel Ndiaye
06 90 50 51 69"""),
    # Life: diploma_mission_unstated — card 121 — scattered, a «mission» of unstated kind
    mail(121, subject="Candidature — Gaëtan Masson", date="07 14:25", body="""Bonjour,

Je voudrais travailler dans une structure d'insertion par l'activité économique. Je suis en mission à la Ligue de l'enseignement depuis octobre, jusqu'en avril. Ma licence de gestion des entreprises, je l'ai obtenue en septembre 2026.

Gaëtan Masson"""),
    # Life: diploma_civique_planned — card 122 — a reply in our thread
    mail(122, subject="Re: Votre candidature — documents", date="08 10:00", headers={"In-Reply-To": "<5502918.0122@animafac.net>", "References": "<5502918.0122@animafac.net>"}, body="""Bonjour,

Bien reçu, merci. Je remplis le formulaire ce week-end.

Timothée Brunet

> Bonjour Timothée, voici le formulaire à compléter avant l'entretien."""),
    # Life: years_of_work_then_studies — card 123 — English, chronological
    mail(123, subject="Application", date="08 15:40", body="""Hello,

I passed my bac in 2012 and worked for several years before going back to university. I graduated with a licence in psychology in September 2025. I'm now looking for a job in a popular education association (éducation populaire).

Aïssata Moulin
+33 6 85 59 58 04"""),
    # Life: apprenticeship_done — card 124 — CV-like, a CV, no aim
    mail(124, subject="Candidature Héloïse Masson", date="09 09:10", info_in="both", body="""Bonjour,

Je vous envoie mon CV pour le programme Pro'pulse.

Héloïse Masson
07 56 60 83 40""", cv=CV("pdf", "CV_Heloise_Masson.pdf", """Héloïse Masson — 07 56 60 83 40
Juin 2025 : diplôme de l'école de traduction (grade de master), langues étrangères appliquées
Septembre 2023 – août 2025 : apprentie traductrice, association d'accueil des migrants (contrat terminé)
2022 : Baccalauréat""")),
]
