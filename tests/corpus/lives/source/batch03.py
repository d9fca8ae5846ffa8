# ruff: noqa: E501
"""Batch 3 — cards 50 to 74, narrated by hand from their life cards (python lives.py 50 … 74 prints them)."""

from kit import CV
from lives import mail

MESSAGES = [
    # Life: diploma_with_student_jobs — card 50 — a question with no personal fact, bulleted
    mail(50, subject="Infos pratiques", date="01 10:20", body="""Bonjour,

- Est-ce que le programme est compatible avec un job le week-end ?
- Faut-il habiter en Île-de-France ?

Merci !
Baptiste"""),
    # Life: years_of_work_then_studies — card 51 — chronological
    mail(51, subject="Candidature — Kévin Benali", date="01 15:12", body="""Bonjour,

Bac en 2012. Ensuite, j'ai travaillé pendant des années, des boulots variés, avant de reprendre mes études en 2023. J'ai obtenu un master Intervention et développement social (carrières sociales) en juillet 2025.

Je cherche un poste dans une ressourcerie, sur l'accompagnement des salariés en insertion.

Kévin Benali
06 29 51 35 35"""),
    # Life: apprenticeship_done — card 52 — scattered, a CV
    mail(52, subject="Ma candidature (CV joint)", date="02 08:12", info_in="both", body="""Bonjour,

Je cherche un poste dans un centre social associatif. Mon apprentissage est fini depuis août et j'ai eu mon bachelor en septembre. Le reste est dans le CV.

Gaëtan Ferrand
07 14 53 79 29""", cv=CV("pdf", "Gaetan_Ferrand_CV.pdf", """Gaëtan Ferrand — 07 14 53 79 29 — gaetan.ferrand@example.com
Bachelor Carrières sociales, obtenu en septembre 2026
Septembre 2024 – août 2026 : apprenti animateur, association Quartiers Vivants (contrat terminé)
Baccalauréat 2023""")),
    # Life: bac_then_jobs — card 53 — an auto-reply
    mail(53, subject="Message automatique", date="02 19:00", headers={"Auto-Submitted": "auto-replied"}, body="""Merci pour votre message. Je suis en déplacement cette semaine et je vous répondrai dès mon retour, le 9 novembre.

Héloïse Tessier"""),
    # Life: licence_old_master_recent — card 54 — long, scattered
    mail(54, subject="Un master, un bachelor, et une envie de coopérative", date="03 10:45", body="""Bonjour,

Je vais être honnête : mon premier diplôme, un bachelor en carrières sociales obtenu en juin 2022, ne m'a pas tout de suite mené où je voulais. J'ai passé un an à me chercher, puis je suis reparti sur un master Gestion de l'environnement, que j'ai décroché en juillet 2026.

Ce qui relie les deux ? L'envie de travailler collectivement. Je cherche un emploi dans une SCOP, idéalement dans la rénovation énergétique ou l'agriculture urbaine.

Bac 2019, pour compléter le tableau.

Gaëtan Renaud
06 98 65 83 77"""),
    # Life: old_diploma_then_cdd — card 55 — scattered
    mail(55, subject="Candidature", date="03 17:02", body="""Bonjour,

Je cherche un emploi dans une association culturelle. J'ai travaillé dix mois en CDD dans une association (janvier à septembre 2024). Diplômé d'une licence de droit en juillet 2023.

Thibault Haddad
06 78 35 42 40"""),
    # Life: stage_over_civique_now — card 56 — bulleted, scattered, no date for the master
    mail(56, subject="Candidature Hugo Jacquet", date="04 09:33", body="""Bonjour,

- Service civique à la Ligue de l'enseignement depuis septembre, jusqu'en juin 2027
- Master de droit en poche
- Stage de fin d'études dans une agence de com, fini depuis longtemps
- Je voudrais travailler dans une association d'insertion

Hugo Jacquet
06 01 48 42 92"""),
    # Life: diploma_cdd_undecided — card 57 — a bounce
    mail(57, frm="Mail Delivery System <MAILER-DAEMON@relais.example.fr>", subject="Undelivered Mail Returned to Sender", date="04 11:50", bounced="oceane.leclerc@courriel.example.fr", bounce_text="""Reporting-MTA: dns; relais.example.fr

Final-Recipient: rfc822; oceane.leclerc@courriel.example.fr
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox quota exceeded""", body="""This is the mail system at host relais.example.fr.

Your message could not be delivered to <oceane.leclerc@courriel.example.fr>: mailbox quota exceeded."""),
    # Life: trade_then_new_diploma — card 58 — criteria
    mail(58, subject="Candidature — Élodie Carré", date="05 10:10", body="""Bonjour,

Diplôme : master LEA, juillet 2026.
Études : terminées.
Stage / service civique : aucun.
Parcours avant : douze ans commerciale en CDI chez un concessionnaire automobile (2011-2023), puis reprise d'études.
Projet : un emploi dans une ressourcerie.

Élodie Carré
06 35 08 43 78"""),
    # Life: diploma_with_student_jobs — card 59 — CV-like, a CV attached
    mail(59, subject="Candidature", date="05 14:40", info_in="both", body="""Bonjour,

Ci-joint mon CV pour Pro'pulse. Je souhaite travailler dans une association culturelle.

Valentin Mercier
06 43 73 42 90""", cv=CV("docx", "CV_Valentin_Mercier.docx", """Valentin Mercier — valentin.mercier@example.org — 06 43 73 42 90
FORMATION
Septembre 2026 : L2 Économie sociale et solidaire validée (120 crédits), fin de mes études
2024 : Baccalauréat
EXPÉRIENCES (pendant les études)
Livreur à vélo, animateur en centre de loisirs l'été, vendanges""")),
    # Life: licence_then_master_in_progress — card 60 — bulleted, reverse
    mail(60, subject="Candidature", date="06 09:00", body="""Bonjour,

• Maintenant : M2 LEA, en cours, jusqu'en juin 2027
• Juin 2025 : bachelor LEA
• 2022 : bac

J'aimerais travailler pour une fondation à la fin de mon master.

Rokia Rolland
07 56 29 55 43"""),
    # Life: years_of_work_then_studies — card 61 — an auto-reply
    mail(61, subject="Automatic reply: Pro'pulse", date="06 12:00", headers={"Auto-Submitted": "auto-replied"}, body="""Bonjour, je suis en formation jusqu'au 10 novembre. Je traiterai votre message à mon retour. Justine Cissé"""),
    # Life: diploma_then_stage_now — card 62 — criteria
    mail(62, subject="Candidature Hugo Hamon", date="06 16:25", body="""Bonjour,

- Diplôme : ingénieur urbaniste (grade master), septembre 2026
- En ce moment : stagiaire dans une agence de communication jusqu'en mars 2027
- Pas de service civique
- Objectif : une association culturelle

Hugo Hamon
06 49 27 35 43"""),
    # Life: diploma_then_cdi_now — card 63 — scattered, a CV
    mail(63, subject="Candidature Maëlle Barbier", date="07 09:30", info_in="both", body="""Bonjour,

Je suis chargée de mission en CDI dans une PME, et je voudrais rejoindre une association culturelle. Mon CV est joint.

Maëlle Barbier""", cv=CV("odt", "maelle_barbier_cv.odt", """Maëlle Barbier — maelle.barbier@courriel.example.fr
Depuis octobre 2025 : chargée de mission, PME de services (CDI)
Septembre 2025 : Master Gestion des organisations culturelles
2022 : Baccalauréat""")),
    # Life: course_abandoned — card 64 — chronological, a CV, year only
    mail(64, subject="CV — Louise Ferrand", date="07 14:05", info_in="both", body="""Bonjour,

Je voudrais travailler dans une mutuelle. Mon CV est en pièce jointe.

Louise Ferrand""", cv=CV("pdf", "Louise_Ferrand.pdf", """Louise Ferrand — louise.ferrand@mail.example.org
2022 : Baccalauréat
2024 : L2 Économie sociale et solidaire, validée
2024-2025 : L3 Psychologie, abandonnée en mars 2025
Avril – septembre 2025 : animatrice, centre de loisirs (CDD terminé)""")),
    # Life: diploma_civique_planned — card 65 — a question, long, no fact about the writer
    mail(65, subject="Accompagnement après le programme ?", date="08 10:15", body="""Bonjour,

Je lis avec intérêt la présentation de Pro'pulse. Une question : une fois les six mois terminés, les participants gardent-ils un contact avec leur mentor ? Et le réseau des anciens est-il actif ?

Merci,
Laure Rey"""),
    # Life: diploma_cdd_undecided — card 66 — scattered
    mail(66, subject="Candidature", date="08 18:30", body="""Bonjour,

J'ai fini un CDD en restauration en septembre. Je prends ce qui vient maintenant, peu importe le secteur, il faut que je travaille. J'ai un DUT Information-communication depuis juillet 2025.

Rokia Hamon
06 72 75 64 73"""),
    # Life: diploma_mission_unstated — card 67 — long, criteria, no date, a «mission» of unstated kind
    mail(67, subject="Candidature — Arthur Le Goff", date="09 11:20", body="""Bonjour,

J'ai obtenu un BUT Gestion des entreprises et des administrations. Depuis octobre, j'effectue une mission à la banque alimentaire, jusqu'en janvier. Je ne suis plus étudiant.

Je souhaite ensuite travailler dans une structure d'insertion par l'activité économique, comme encadrant administratif.

Arthur Le Goff"""),
    # Life: diploma_civique_planned — card 68 — a reply in our thread
    mail(68, subject="RE: Pro'pulse : vos disponibilités", date="09 15:50", headers={"In-Reply-To": "<1177345.0068@animafac.net>", "References": "<1177345.0068@animafac.net>"}, body="""Bonjour,

Je suis disponible le mardi et le jeudi après-midi.

Joanna Lacroix

-----Message d'origine-----
De : Pro'pulse <propulse@animafac.net>
Objet : Pro'pulse : vos disponibilités
> Bonjour Joanna, pouvez-vous nous indiquer vos disponibilités pour un premier entretien ?"""),
    # Life: years_of_work_then_studies — card 69 — SMS style
    mail(69, subject="candidature", date="10 08:05", body="""bonjour ! master médiation culturelle juillet 2025 ✔️ j'ai bossé pas mal d'années avant de reprendre les études. je cherche dans une épicerie solidaire. yasmina rolland 07 00 37 48 11"""),
    # Life: apprenticeship_done — card 70 — CV-like
    mail(70, subject="Candidature Pro'pulse — Idriss Perrot", date="10 13:40", body="""Bonjour,

FORMATION
2026 (juillet) — Licence professionnelle Animation sociale et socioculturelle
2023 — Bac

EXPÉRIENCE
2024-2026 — Apprenti animateur, association de quartier (contrat terminé en août 2026)

RECHERCHE
Un emploi d'animateur dans un centre social associatif

Idriss Perrot — 06 64 46 83 05"""),
    # Life: diploma_stage_aim_elsewhere — card 71 — a newsletter
    mail(71, frm="Cabinet Axiome Conseil <newsletter@axiome-conseil.example.com>", subject="Axiome Insights #42 — la stratégie RSE en 2027", date="11 06:45", headers={"List-Unsubscribe": "<mailto:unsubscribe@axiome-conseil.example.com>"}, body="""Axiome Insights — numéro 42

Au sommaire : les cinq tendances de la stratégie RSE pour 2027, notre baromètre des directions financières, et nos offres de stage et d'emploi junior.

Désinscription : unsubscribe@axiome-conseil.example.com"""),
    # Life: licence_then_master_awaiting — card 72 — a question with no personal fact
    mail(72, subject="Question", date="11 10:30", body="""Bonjour,

Est-il possible de suivre le programme en étant en région, par exemple à Lille ? Les ateliers se font-ils tous à Paris ?

Cordialement,
Yanis Colin"""),
    # Life: old_diploma_then_cdd — card 73 — SMS style, CV-like
    mail(73, subject="candidature", date="11 20:15", body="""bachelor carrières sociales juillet 2023
cdd 10 mois asso janv-sept 2024
depuis je cherche, dans une mutuelle idéalement
valentin chevallier 07 19 67 12 64"""),
    # Life: stage_over_civique_now — card 74 — long, criteria, no date, no phone
    mail(74, subject="Candidature Nadia Masson", date="12 09:45", body="""Bonjour,

Je me présente rapidement en suivant vos critères.

J'ai un BUT de psychologie sociale — enfin, un BUT Carrières sociales, option psychologie. Mes études sont terminées depuis le stage de fin d'études à la mairie, qui est fini lui aussi.

Depuis octobre, je suis en service civique dans un centre social, jusqu'en juin 2027. C'est une expérience formidable mais je pense déjà à la suite : un emploi dans une ressourcerie.

Je n'ai pas eu d'emploi avant.

Nadia Masson"""),
]
