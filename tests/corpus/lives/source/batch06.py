# ruff: noqa: E501
"""Batch 6 — cards 125 to 149, narrated by hand from their life cards (python lives.py 125 … 149 prints them)."""

from kit import CV
from lives import mail

MESSAGES = [
    # Life: diploma_civique_planned — card 125 — SMS style, criteria
    mail(125, subject="candidature", date="09 19:30", body="""bonsoir
- L2 info-com validée juillet 2026, j'arrête la fac là
- service civique prévu à partir de janvier mais rien pour l'instant
- je cherche un boulot dans une SCOP
kévin vasseur"""),
    # Life: licence_old_master_recent — card 126 — scattered
    mail(126, subject="Candidature Sarah Rolland", date="10 08:20", body="""Bonjour,

Je cherche un emploi dans une ressourcerie. Je viens d'obtenir un master Développement durable (juillet 2026). J'avais déjà un BUT GEA option comptabilité, de juillet 2023, et l'année qui a suivi j'ai été livreuse à vélo en parallèle de ma prépa aux concours d'entrée en master.

Sarah Rolland
07 53 04 46 40"""),
    # Life: old_diploma_then_cdd — card 127 — SMS style, criteria
    mail(127, subject="pro'pulse", date="10 21:45", body="""deust droit en juin 2022. cdd de 8 mois dans une asso en 2023. rien en cours. je cherche dans une épicerie solidaire. joanna perrot 06 37 25 26 06"""),
    # Life: stage_over_civique_now — card 128 — bulleted, criteria
    mail(128, subject="Candidature", date="11 09:00", body="""Bonjour,

• Diplôme : master Histoire, juin 2025
• Études finies : oui
• Stage : celui de fin d'études, dans une SCOP de conseil, fini en juillet 2025
• Service civique : oui, en cours, dans une association d'aide aux devoirs (septembre 2026 – juin 2027)
• Projet : travailler pour une fondation

Aïssata Jacquet
07 74 38 88 70"""),
    # Life: course_abandoned — card 129 — a bounce
    mail(129, frm="Mail Delivery System <MAILER-DAEMON@mx.mail.example.org>", subject="Undelivered Mail Returned to Sender", date="11 12:15", bounced="nadia.benali@mail.example.org", bounce_text="""Reporting-MTA: dns; mx.mail.example.org

Final-Recipient: rfc822; nadia.benali@mail.example.org
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown""", body="""This is the mail system at host mx.mail.example.org.

<nadia.benali@mail.example.org>: user unknown"""),
    # Life: trade_then_new_diploma — card 130 — reverse, no aim
    mail(130, subject="Candidature — Sarah Dupuy", date="11 16:30", body="""Bonjour,

En septembre 2026, j'ai obtenu une licence professionnelle AES. Je l'ai préparée après avoir quitté l'Éducation nationale : j'ai été professeure des écoles titulaire de 2017 à 2023. Bac en 2012.

Je serais heureuse d'échanger avec vous sur la suite.

Sarah Dupuy
06 09 61 63 89"""),
    # Life: diploma_with_student_jobs — card 131 — long, scattered
    mail(131, subject="Candidature Pro'pulse — Fanny Ndiaye", date="12 10:10", body="""Bonjour,

Ce que je veux, d'abord : travailler dans une mutuelle, parce que j'ai vu ma grand-mère se perdre dans ses remboursements et qu'une conseillère patiente a tout changé pour elle.

Ce que j'ai : un DEUST Économie sociale et solidaire, obtenu en juillet 2026. Et quelques étés comme animatrice en centre de loisirs pendant mes études, rien d'autre côté travail.

Ce que je n'ai pas : ni stage en cours, ni service civique.

Fanny Ndiaye
06 76 44 63 58"""),
    # Life: licence_then_master_in_progress — card 132 — scattered
    mail(132, subject="Candidature", date="12 14:50", body="""Bonjour,

Je suis inscrit en M2 LEA cette année (diplôme attendu en septembre 2027) et je cherche dès maintenant un emploi dans une fondation. Mon bachelor en gestion date de septembre 2025.

Hugo Barbier
06 69 53 87 94"""),
    # Life: licence_then_master_awaiting — card 133 — bulleted, criteria
    mail(133, subject="Candidature Bastien Marchal", date="13 09:30", body="""Bonjour,

- Bachelor Histoire : juillet 2025
- Master 2 AES : soutenu, en attente du jury de décembre
- Stage / service civique : non
- Secteur : un centre social associatif

Bastien Marchal"""),
    # Life: diploma_then_stage_now — card 134 — long, scattered, no date
    mail(134, subject="Une candidature un peu en avance", date="13 15:00", body="""Bonjour,

Je vous écris un peu en avance. Je fais en ce moment un stage dans une mutuelle, commencé en octobre et qui se termine en mars 2027. J'y apprends beaucoup sur la gestion des adhérents.

J'ai une licence LEA, obtenue après trois belles années à Poitiers.

Ce que je veux ensuite, c'est rejoindre une SCOP, pour travailler autrement.

Mehdi Diallo"""),
    # Life: diploma_then_cdi_now — card 135 — criteria, a CV
    mail(135, subject="Candidature Samuel Marchal", date="14 08:45", info_in="both", body="""Bonjour,

Je suis en CDI dans une association depuis octobre 2025, mais je voudrais rejoindre un centre social associatif. Mon CV est joint.

Samuel Marchal
07 06 39 92 74""", cv=CV("docx", "Samuel_Marchal.docx", """Samuel Marchal — 07 06 39 92 74
Depuis octobre 2025 : chargé de mission, association Lire Ensemble (CDI)
Décembre 2025 : Master 2 Histoire contemporaine
2022 : Baccalauréat""")),
    # Life: course_abandoned — card 136 — chronological, a CV
    mail(136, subject="CV", date="14 13:20", info_in="both", body="""Bonjour,

Voici mon CV. Je voudrais travailler dans une épicerie solidaire.

Damien Renaud""", cv=CV("pdf", "Damien_Renaud_CV.pdf", """Damien Renaud — damien.renaud@example.fr
2023 : Baccalauréat
2024-2026 : BTS Gestion et protection de la nature, arrêté en février 2026 (non obtenu)
Avril – septembre 2026 : équipier en restauration rapide (CDD terminé)""")),
    # Life: diploma_stage_aim_elsewhere — card 137 — reverse, a CV
    mail(137, subject="Candidature", date="14 17:00", info_in="both", body="""Bonjour,

Je cherche un poste de chef de projet dans un groupe de grande distribution. CV joint.

Idriss Marchal""", cv=CV("odt", "idriss_marchal_cv.odt", """Idriss Marchal — idriss.marchal@example.net
Juin 2026 : Master 2 Langues étrangères appliquées
Janvier – juin 2026 : stage, agence de communication (terminé)
2021 : Baccalauréat""")),
    # Life: course_abandoned — card 138 — a question with no personal fact
    mail(138, subject="Question sur le calendrier", date="15 10:40", body="""Bonjour,

Les entretiens de sélection ont-ils lieu avant ou après les fêtes ? Je voudrais m'organiser.

Rémi Moulin"""),
    # Life: apprenticeship_done — card 139 — other: an employer's thanks
    mail(139, subject="Merci pour la mise en relation", date="15 15:20", body="""Bonjour,

Un petit mot pour vous remercier : nous avons recruté la personne que vous nous aviez présentée pour notre épicerie solidaire. Nous serons heureux de renouveler l'expérience.

Manon Masson
Directrice, épicerie solidaire Le Panier Commun"""),
    # Life: bac_then_jobs — card 140 — CV-like
    mail(140, subject="Candidature", date="16 09:20", body="""Bonjour,

Parcours :
2018 — bac
2018-2026 — préparatrice de commandes en magasin, CDD puis intérim (jusqu'en juin)
Pas d'études supérieures.

Je souhaite travailler pour une fondation.

Rokia Lemaire
06 22 61 49 94"""),
    # Life: diploma_then_cdi_now — card 141 — a newsletter
    mail(141, frm="Banque Horizon — Vie interne <vie-interne@banque-horizon.example.com>", subject="Horizon Mag — bienvenue aux nouveaux collaborateurs", date="16 06:00", headers={"List-Unsubscribe": "<mailto:desabo@banque-horizon.example.com>"}, body="""Horizon Mag — novembre 2026

Bienvenue aux nouveaux collaborateurs de septembre, dont Rokia Colin, chargée de mission au siège. Au programme : séminaire d'intégration et journée solidaire.

Désinscription : desabo@banque-horizon.example.com"""),
    # Life: apprenticeship_done — card 142 — SMS style, reverse
    mail(142, subject="candidature", date="16 22:30", body="""salut ! je cherche un job dans une asso culturelle. bachelor gestion eu en juillet 2025, en alternance dans une SCOP de 2023 à août 2025 (terminé). margaux carré"""),
    # Life: diploma_civique_planned — card 143 — bulleted, CV-like
    mail(143, subject="Candidature Aïssata Tessier", date="17 08:30", body="""Bonjour,

— Master de droit : juin 2026
— Service civique : j'en commencerai un en février 2027 ; en attendant, rien en cours
— Recherche : un emploi dans une association d'insertion

Aïssata Tessier
06 41 29 17 79"""),
    # Life: licence_old_master_recent — card 144 — bulleted, reverse, no aim
    mail(144, subject="Candidature", date="17 13:10", body="""Bonjour,

- juin 2026 : master 2 Animation sociale
- juin 2022 : BUT GEA, option comptabilité
- 2019 : bac

Je serais ravie d'en savoir plus sur le programme.

Capucine Leclerc
07 45 07 60 94"""),
    # Life: old_diploma_then_cdd — card 145 — SMS style, criteria, no date
    mail(145, subject="pro'pulse", date="17 20:50", body="""bonsoir, L2 médiation culturelle validée, cdd de 6 mois dans une asso, rien en cours, je cherche dans une structure d'insertion IAE. anthony bouvier 06 53 26 64 73"""),
    # Life: trade_then_new_diploma — card 146 — other: a foundation's call for projects
    mail(146, subject="Appel à projets 2027 — Fondation Terres Vives", date="18 09:40", body="""Bonjour,

La Fondation Terres Vives ouvre son appel à projets 2027 pour les structures d'accompagnement des jeunes. Vous trouverez le dossier sur notre site ; date limite le 31 janvier.

Héloïse Kerleau
Chargée de programmes"""),
    # Life: course_abandoned — card 147 — a reply in our thread
    mail(147, subject="Re: Réunion d'information", date="18 14:00", headers={"In-Reply-To": "<7731056.0147@animafac.net>", "References": "<7731056.0147@animafac.net>"}, body="""Bonjour, je ne pourrai pas venir jeudi, y a-t-il une autre date ? Merci. Romane Benali

> Bonjour Romane, la réunion d'information a lieu jeudi 19 novembre à 18 h."""),
    # Life: trade_then_new_diploma — card 148 — SMS style, reverse
    mail(148, subject="candidature", date="18 23:05", body="""bonsoir, licence de droit obtenue en juin 2025. avant j'étais comptable en cabinet pendant 12 ans (2011-2023, CDI). je veux bosser dans une asso d'insertion. fanny poulain"""),
    # Life: diploma_with_student_jobs — card 149 — chronological
    mail(149, subject="Candidature Mehdi Hamon", date="19 09:15", body="""Bonjour,

Bac en 2024, BTS Communication obtenu en juillet 2026, avec un job de serveur pendant les deux années du BTS. Je cherche maintenant un emploi dans une structure d'insertion par l'activité économique.

Mehdi Hamon
07 35 09 03 99"""),
]
