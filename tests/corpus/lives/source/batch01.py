# ruff: noqa: E501
"""Batch 1 — cards 0 to 24, narrated by hand from their life cards (python lives.py 0 … 24 prints them)."""

from kit import CV
from lives import mail

MESSAGES = [
    # Life: licence_old_master_recent — card 0 — reverse order, a long story
    mail(0, subject="Candidature Pro'pulse — Mehdi Colin", date="02 09:14", body="""Bonjour,

Je commence par la fin : en juin dernier (2026), j'ai obtenu le diplôme de mon école d'ingénieurs en environnement, un diplôme qui confère le grade de master. Avant cela, il y a eu un BUT Gestion des entreprises, option comptabilité, que j'ai eu en septembre 2021 après une année de rattrapage un peu laborieuse. Et encore avant, un bac obtenu en 2018 à Saint-Nazaire.

Pourquoi ce détour de la compta vers l'environnement ? Parce qu'en faisant les comptes d'un petit festival bénévole, j'ai compris que ce qui m'intéressait, c'était le projet, pas le tableur. Aujourd'hui je cherche un emploi dans une association culturelle qui travaille sur la transition écologique des événements : régie, bilan carbone, accompagnement des bénévoles.

Je suis disponible dès maintenant.

Mehdi Colin
07 43 85 92 93"""),
    # Life: old_diploma_then_cdd — card 1 — scattered facts, a small CV
    mail(1, subject="candidature", date="02 17:40", info_in="both", body="""Bonjour,

Je vous envoie mon CV. Je voudrais travailler dans une mutuelle, au service adhérents ou prévention.

J'ai fait un CDD de 6 mois dans une association l'an dernier… enfin en 2024, de janvier à septembre. Ma licence pro, je l'ai depuis juin 2023.

Sarah Pichon
07 00 72 91 71""", cv=CV("pdf", "CV_Sarah_Pichon.pdf", """Sarah Pichon
sarah.pichon@example.org — 07 00 72 91 71
Formation
2023 : Licence professionnelle Métiers du droit, université d'Angers (obtenue en juin)
2021 : Baccalauréat
Expérience
Janvier – septembre 2024 : assistante juridique, CDD, association d'aide aux victimes
Objectif : un poste dans une mutuelle""")),
    # Life: years_of_work_then_studies — card 2 — an auto-reply from the sender's mailbox
    mail(2, subject="Réponse automatique : Pro'pulse — votre inscription à la réunion", date="03 08:02", headers={"Auto-Submitted": "auto-replied"}, body="""Bonjour,

Je suis absent jusqu'au lundi 9 novembre inclus, sans accès à mes courriels.
Pour toute urgence, vous pouvez écrire à l'accueil de l'école : accueil@ecole.example.org.

Arthur Jacquet"""),
    # Life: civique_over_seeking — card 3 — scattered, a long story
    mail(3, subject="Je veux rejoindre Pro'pulse", date="03 11:26", body="""Salut l'équipe,

Je m'appelle Bastien Jacquet, j'ai 22 ans et je sors d'une année un peu particulière. De janvier à avril 2026, j'ai fait un service civique à la banque alimentaire de mon département : tri, collectes, et surtout l'accueil des bénéficiaires le mardi. C'est là que j'ai compris que je voulais bosser dans l'insertion.

Côté diplôme, j'ai un BUT Carrières sociales, validé en juin 2025. Entre les deux, quelques mois à chercher ma voie, disons.

Depuis la fin du service civique, je cherche un poste dans une association d'insertion (chargé d'accompagnement, conseiller en insertion…). Votre programme m'a été recommandé par ma tutrice.

Bastien
06 04 07 52 38"""),
    # Life: trade_then_new_diploma — card 4 — chronological, plain
    mail(4, subject="Candidature au programme", date="04 10:05", body="""Madame, Monsieur,

Après mon bac en 2015, j'ai commencé à travailler dans la grande distribution. De septembre 2020 à août 2023, j'ai été cheffe de rayon en CDI dans un hypermarché de la région lyonnaise.

En 2023, j'ai quitté ce poste pour reprendre mes études : j'ai obtenu une licence de géographie et aménagement, parcours urbanisme, en juillet 2025.

Je souhaite désormais travailler dans un centre social associatif, sur les projets de quartier.

Je vous remercie de l'attention portée à ma candidature.

Louise Renaud
06 60 20 83 34"""),
    # Life: diploma_with_student_jobs — card 5 — the criteria answered one by one
    mail(5, subject="Pro'pulse : mes réponses à vos critères", date="04 14:48", body="""Bonjour,

J'ai lu les conditions sur votre site, alors je réponds point par point :

- Diplôme : BTS Gestion et protection de la nature, obtenu en septembre 2025 (session de rattrapage).
- Études terminées : oui.
- Stage ou service civique en cours : non, aucun.
- Reconversion : non. J'ai seulement travaillé pendant mes études : équipier dans un fast-food, caissier le samedi, et animateur en centre de loisirs les étés.
- Recherche : un emploi dans une structure de l'insertion par l'activité économique, idéalement un chantier d'insertion en espaces verts.

Sofiane Masson
07 89 56 27 90"""),
    # Life: licence_then_master_in_progress — card 6 — bulleted, CV-like
    mail(6, subject="Candidature — Noé Renaud", date="05 09:30", body="""Bonjour,

• 2022 : bac ES
• 2025 : licence professionnelle Intervention sociale (sociologie appliquée), obtenue en juin
• 2025-2027 : master Animation sociale et socioculturelle, je suis en M2 cette année (soutenance prévue en juin 2027)
• Envie : rejoindre une fondation qui soutient des projets de jeunes

Je postule dès maintenant pour la suite.

Noé Renaud"""),
    # Life: licence_then_master_awaiting — card 7 — SMS style, criteria
    mail(7, subject="pro pulse", date="05 22:17", body="""bjr
jai un bachelor environnement (sept 2025) + le diplome de mon ecole en ESS, soutenance faite mais jury en decembre donc pas encore les resultats
pas de stage en cours
je vise une fondation
kevin perrot 06 45 89 17 32"""),
    # Life: diploma_then_stage_now — card 8 — long, criteria, no aim, no phone
    mail(8, subject="Ma candidature", date="06 13:12", body="""Bonjour,

Je me permets de vous écrire après avoir découvert Pro'pulse dans une newsletter.

Diplômée de Sciences Po (diplôme de droit économique, grade de master) en juin 2025, j'ai pris quelques mois pour moi avant de reprendre le travail. Depuis octobre, je suis stagiaire dans une SCOP de conseil aux collectivités, jusqu'à fin février 2027. C'est un stage conventionné, à temps plein.

Je n'ai jamais été en service civique et je n'ai pas eu d'autre emploi que quelques petits boulots.

Je serais ravie d'en discuter.

Élodie Morvan"""),
    # Life: diploma_then_cdi_now — card 9 — CV-like, a small CV attached
    mail(9, subject="Candidature Pro'pulse", date="06 18:20", info_in="both", body="""Bonjour,

Vous trouverez mon CV en pièce jointe. Je suis en CDI dans une PME depuis septembre, mais je veux rejoindre une association d'éducation populaire.

Yasmina Kerleau
07 57 34 80 39""", cv=CV("docx", "Yasmina_Kerleau_CV.docx", """Yasmina Kerleau
07 57 34 80 39 · yasmina.kerleau@example.net
EXPÉRIENCE
Depuis septembre 2026 — Chargée de mission, PME de l'événementiel (CDI)
FORMATION
Septembre 2026 — DUT Médiation culturelle (BUT, parcours en deux ans), IUT de Quimper
2023 — Baccalauréat général
PROJET
Rejoindre une association d'éducation populaire""")),
    # Life: course_abandoned — card 10 — a bounce of our answer to the sender
    mail(10, frm="Mail Delivery Subsystem <mailer-daemon@smtp.example.net>", subject="Delivery Status Notification (Failure)", date="07 07:41", bounced="romane.perrot@example.net", bounce_text="""Reporting-MTA: dns; smtp.example.net

Final-Recipient: rfc822; romane.perrot@example.net
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 The email account that you tried to reach does not exist""", body="""Address not found

Your message wasn't delivered to romane.perrot@example.net because the address couldn't be found, or is unable to receive mail."""),
    # Life: diploma_stage_aim_elsewhere — card 11 — the criteria, plain
    mail(11, subject="Candidature", date="07 10:10", body="""Bonjour,

Je vous écris pour intégrer votre accompagnement. Je suis diplômée d'un master en management (école de commerce, juillet 2025). Mon stage de fin d'études, dans une SCOP de conseil, s'est terminé en juin 2025. Je ne suis plus étudiante et je n'ai aucun contrat en cours.

Je cherche un poste de consultante junior dans un grand cabinet de conseil en stratégie, à Paris.

Cordialement,
Élodie Aubert"""),
    # Life: apprenticeship_done — card 12 — an employer's offer (the sender is a former apprentice)
    mail(12, subject="Offre d'emploi : comptable à mi-temps — épicerie solidaire", date="08 16:33", body="""Bonjour,

Je suis Malik Mercier, trésorier bénévole de l'épicerie solidaire du Haut-Quartier. Nous recrutons un ou une comptable à mi-temps (CDD d'un an, 20 h par semaine) et nous aimerions diffuser l'offre auprès des jeunes que vous accompagnez.

La fiche de poste est ci-dessous ; les candidatures sont à envoyer à recrutement@epicerie.example.org avant le 15 décembre.

Merci d'avance,
Malik Mercier"""),
    # Life: diploma_mission_unstated — card 13 — SMS style, criteria
    mail(13, subject="candidature", date="08 21:55", body="""Bonsoir !! alors moi c Inès, master info-com eu en juillet 2026 😊
la je suis en mission dans une agence de com depuis octobre jusqu'en avril
je cherche un job dans une épicerie solidaire ou un truc du genre, jsuis motivée
07 87 38 59 94"""),
    # Life: bac_then_jobs — card 14 — SMS style, chronological
    mail(14, subject="inscription", date="09 12:03", body="""bonjour, bac en 2018 et depuis je travaille : préparatrice de commandes dans un hôtel puis en intérim jusqu'en juin dernier. pas d'autre diplôme. je veux travailler dans une asso d'insertion, j'aimerais aider les gens comme on m'a aidée
Nadia Lacroix"""),
    # Life: years_of_work_then_studies — card 15 — reverse order, long
    mail(15, subject="Master ESS et envie de m'engager", date="09 15:40", body="""Bonjour,

Mon master d'économie sociale et solidaire est tout frais : je l'ai obtenu en juin 2026, à 32 ans. Avant ce master, j'ai travaillé plusieurs années, dans des choses diverses, avant de décider de reprendre mes études. Et avant encore, il y a eu le bac, en 2012.

Ce que je cherche maintenant est très clair : un emploi dans une association d'insertion, dans l'accompagnement des personnes éloignées de l'emploi.

Bien à vous,
Manon Moulin
06 76 34 08 05"""),
    # Life: apprenticeship_done — card 16 — chronological, long, no date for the diploma
    mail(16, subject="Candidature de Malik Aubert", date="10 09:00", body="""Bonjour,

Bac en 2022, puis une licence en médiation culturelle que j'ai préparée en alternance : deux ans d'apprentissage dans une association de théâtre de rue, de septembre 2023 à août 2025. J'ai validé la licence, et l'apprentissage est terminé.

Je cherche maintenant un emploi dans une association d'éducation populaire, pour monter des ateliers avec les habitants.

Malik Aubert
07 86 82 30 74"""),
    # Life: years_of_work_then_studies — card 17 — the sender's association's newsletter
    mail(17, frm="La Lettre de la Fondation Horizons <lettre@fondation-horizons.example.org>", subject="La Lettre — novembre 2026 : trois projets soutenus", date="10 07:00", headers={"List-Unsubscribe": "<mailto:desinscription@fondation-horizons.example.org>"}, body="""La Lettre de la Fondation Horizons — novembre 2026

Ce mois-ci : trois projets de jeunes soutenus, l'appel à candidatures 2027 ouvert jusqu'au 31 janvier, et le portrait d'Idriss Moulin, chargé de projets, qui a rejoint l'équipe après une licence de droit.

Se désinscrire : écrivez-nous à desinscription@fondation-horizons.example.org"""),
    # Life: licence_old_master_recent — card 18 — bulleted, scattered
    mail(18, subject="Candidature Justine Chevallier", date="10 18:45", body="""Bonjour,

Quelques éléments sur moi, dans le désordre :
- je cherche un emploi dans une association d'éducation populaire (animation, coordination de projets jeunesse) ;
- master Gestion de l'environnement obtenu en juillet 2025 ;
- j'ai fait les vendanges pendant ma dernière année de DUT… devenu licence pro, que j'ai eue en juillet 2020 ;
- bac 2017.

Justine Chevallier"""),
    # Life: course_abandoned — card 19 — a question with no fact about the writer
    mail(19, subject="question", date="11 11:11", body="""bonjour est ce que votre programme est payant ? et ça dure combien de temps ? merci"""),
    # Life: diploma_mission_unstated — card 20 — a question, bulleted
    mail(20, subject="Questions sur Pro'pulse", date="11 14:02", body="""Bonjour,

Trois petites questions avant de m'inscrire :
- les rendez-vous ont-ils lieu en visio ou à Paris ?
- combien de participants par promotion ?
- y a-t-il une date limite pour la prochaine session ?

Merci beaucoup,
Awa Masson"""),
    # Life: civique_over_seeking — card 21 — scattered, CV attached
    mail(21, subject="CV — Ousmane Ndiaye", date="12 08:36", info_in="both", body="""Bonjour,

Ci-joint mon CV. Mon service civique à la banque alimentaire est terminé depuis juin, et je cherche un poste dans une épicerie solidaire.

Ousmane Ndiaye
06 12 61 17 77""", cv=CV("odt", "cv-ousmane-ndiaye.odt", """Ousmane Ndiaye
06 12 61 17 77 — ousmane.ndiaye@example.net
Mars 2026 – juin 2026 : volontaire en service civique, banque alimentaire (mission terminée)
Juillet 2025 : BTS Gestion et protection de la nature, lycée agricole de Tours
2022 : Baccalauréat STAV
Recherche : un emploi dans une épicerie solidaire""")),
    # Life: trade_then_new_diploma — card 22 — chronological, long, no date for the licence
    mail(22, subject="Candidature — une nouvelle voie", date="12 13:57", body="""Bonjour,

Je m'appelle Lina Fabre. Après mon bac (2014), j'ai travaillé comme technicienne de maintenance en CDI dans une usine agroalimentaire, de septembre 2019 à août 2023. J'ai aimé ce métier, mais j'avais envie de transmettre.

J'ai donc repris mes études et j'ai obtenu une licence professionnelle en sciences de l'éducation. Aujourd'hui je cherche un emploi dans une SCOP d'éducation à l'environnement.

Merci de votre lecture,
Lina Fabre
06 51 34 89 77"""),
    # Life: diploma_with_student_jobs — card 23 — SMS style, reverse, no date
    mail(23, subject="dispo pour pro'pulse", date="13 19:22", body="""coucou, je cherche un job dans une épicerie solidaire. ma licence de gestion c'est fait, j'ai été anim en centre de loisirs tous les étés pendant la fac (rien d'autre). soline lacroix"""),
    # Life: licence_then_master_in_progress — card 24 — the criteria
    mail(24, subject="Candidature au programme Pro'pulse", date="14 10:31", body="""Bonjour,

Voici ma situation au regard de vos critères :
Niveau : bachelor en comptabilité (bac+3), obtenu en juin 2024.
Études : je suis actuellement en master 2 Urbanisme et aménagement, que je terminerai en septembre 2027.
Stage : aucun en cours.
Projet : travailler dans une association d'insertion par le logement.

Karim Lemaire"""),
]
