# ruff: noqa: E501
"""Batch 4 — cards 75 to 99, narrated by hand from their life cards (python lives.py 75 … 99 prints them)."""

from kit import CV
from lives import mail

MESSAGES = [
    # Life: civique_over_seeking — card 75 — other: a partner writing in English
    mail(75, subject="Partnership — youth exchange in Lisbon", date="12 13:00", body="""Hello,

I coordinate youth projects at a cultural association in Lisbon. We would like to invite two or three of your participants to a week-long exchange on community arts next spring, travel costs covered. Could we set up a call next week?

Best regards,
Karim Bouvier"""),
    # Life: trade_then_new_diploma — card 76 — English, scattered, year only, no aim
    mail(76, subject="Application — Laure Tessier", date="12 17:30", body="""Hello,

I'd like to join your programme. A few facts, in no particular order: I got my bachelor's degree in history (a French BUT-level diploma, three years) in 2025. Before going back to university, I spent twelve years as a department manager in a hypermarket, on a permanent contract, from 2011 to 2023. I finished my bac in 2006.

I'm not sure yet what kind of job I want next, which is partly why I'm writing.

Laure Tessier
+33 7 01 41 74 76"""),
    # Life: diploma_with_student_jobs — card 77 — English, scattered
    mail(77, subject="Pro'pulse application", date="13 08:45", body="""Hi,

I'm looking for a job in a mutual insurance company (a French mutuelle), in prevention or member services. I graduated in September 2026 with a professional bachelor's degree (licence professionnelle) in sustainable development. During my studies I only had student jobs: Saturday cashier and a fast-food job. Nothing else, no internship going on.

Élie Brunet
+33 6 90 97 40 90"""),
    # Life: licence_then_master_in_progress — card 78 — bulleted, reverse
    mail(78, subject="Candidature", date="13 12:20", body="""Bonjour,

- 2026-2027 : M2 Histoire, en cours (soutenance en juin 2027)
- septembre 2025 : BUT LEA obtenu
- 2022 : bac

Je voudrais un emploi dans un centre social associatif.

Malik Morvan
06 86 48 36 18"""),
    # Life: licence_then_master_awaiting — card 79 — CV-like, a CV
    mail(79, subject="Candidature Agathe Traoré", date="13 16:40", info_in="both", body="""Bonjour,

Voici mon CV. Je cherche un poste dans une fondation.

Agathe Traoré
06 82 91 41 63""", cv=CV("pdf", "Agathe_Traore_CV.pdf", """Agathe Traoré — 06 82 91 41 63
Formation
Master Gestion des organisations — soutenu, résultats attendus en décembre 2026
Bachelor Sociologie — septembre 2025
Baccalauréat — 2022
Objectif : un poste en fondation""")),
    # Life: diploma_with_student_jobs — card 80 — a reply in our thread
    mail(80, subject="Re: Votre candidature à Pro'pulse", date="14 09:10", headers={"In-Reply-To": "<6643081.0080@animafac.net>", "References": "<6643081.0080@animafac.net>"}, body="""Bonjour,

Merci beaucoup pour ce retour rapide ! Je confirme ma présence à l'entretien du 2 décembre à 10 h.

Bonne journée,
Mathis Aubert

Le 13 nov. 2026 à 17:20, Pro'pulse <propulse@animafac.net> a écrit :
> Bonjour Mathis, nous vous proposons un entretien le mercredi 2 décembre à 10 h."""),
    # Life: diploma_then_cdi_now — card 81 — CV-like
    mail(81, subject="Candidature", date="14 14:00", body="""Bonjour,

Expérience : depuis octobre 2025, chargé de mission en CDI dans une banque.
Formation : master de sociologie, juin 2025 ; bac 2022.
Projet : quitter la banque pour une association culturelle.

Noé Chevallier"""),
    # Life: course_abandoned — card 82 — long, criteria
    mail(82, subject="Candidature Pro'pulse", date="15 10:30", body="""Bonjour,

Je vais répondre à vos critères dans l'ordre.

Niveau : j'ai validé ma L2 de droit en juin 2024. J'ai commencé la L3 mais j'ai arrêté en mars 2025, définitivement.
Études : terminées, donc.
Stage et service civique : aucun.
Expérience : surveillant d'internat d'avril à septembre 2025, en CDD.
Projet : travailler dans une SCOP, au service juridique ou administratif.

Mehdi Mercier"""),
    # Life: diploma_stage_aim_elsewhere — card 83 — chronological
    mail(83, subject="Candidature — Rokia Marchal", date="15 15:15", body="""Bonjour,

Bac en 2021, puis un master 2 ESS obtenu en juin 2026. Mon stage de fin d'études en mairie s'est terminé en juin. Il m'a donné envie de passer les concours : je cherche un poste dans la fonction publique territoriale.

Rokia Marchal
06 20 43 53 63"""),
    # Life: diploma_cdd_undecided — card 84 — scattered
    mail(84, subject="Candidature", date="16 09:00", body="""Bonjour,

Je ne sais pas encore dans quel secteur je veux travailler, je suis ouverte à tout. J'ai un DEUST gestion depuis juillet 2026 et j'ai fait un CDD en mairie de mars à septembre.

Charline Mercier"""),
    # Life: civique_over_seeking — card 85 — an auto-reply
    mail(85, subject="Réponse automatique", date="16 12:00", headers={"Auto-Submitted": "auto-replied"}, body="""Bonjour, je n'ai plus accès à cette adresse de façon régulière. Merci de m'écrire désormais à ines.lopes@courriel.example.fr. Inès Lopes"""),
    # Life: bac_then_jobs — card 86 — long, criteria
    mail(86, subject="Candidature Fanny Vasseur", date="16 17:45", body="""Bonjour,

Je vous écris sans savoir si je rentre dans les cases, alors je réponds à vos critères honnêtement.

Diplôme : j'ai le bac, obtenu en 2019. Je n'ai pas fait d'études après.
Depuis : vendeuse, puis intérim en entrepôt, jusqu'en juin 2026.
Pas de stage, pas de service civique.
Ce que je voudrais : travailler dans une association culturelle, à l'accueil du public.

Fanny Vasseur
07 87 00 37 89"""),
    # Life: years_of_work_then_studies — card 87 — SMS style, scattered
    mail(87, subject="pro'pulse", date="17 21:30", body="""bonsoir je cherche dans une ressourcerie. BUT géographie eu en juillet 2026 après avoir travaillé quelques années. clémence bouvier 07 51 11 27 44"""),
    # Life: apprenticeship_done — card 88 — long, criteria
    mail(88, subject="Candidature — Manon Rolland", date="18 10:05", body="""Bonjour,

Je réponds point par point à ce que vous demandez.

Mon diplôme : un bachelor Carrières sociales, obtenu en juin 2026.
Mes études : terminées. Je les ai faites en alternance : apprentie dans une mutuelle de septembre 2024 à août 2026, contrat fini.
Stage, service civique : rien en cours.
Mon projet : travailler dans un centre social associatif, sur l'accès aux droits.

Merci de votre attention,
Manon Rolland
06 27 78 80 54"""),
    # Life: diploma_civique_planned — card 89 — English, SMS style, no date
    mail(89, subject="apply", date="18 22:10", body="""hi, BTS in psychology (2-year degree), done. starting a service civique in january at a social centre, nothing right now. want a job in a foundation after. kevin morvan +33 6 36 31 70 59"""),
    # Life: licence_old_master_recent — card 90 — bulleted, scattered, no aim
    mail(90, subject="Candidature", date="19 08:30", body="""Bonjour,

- Master ESS : septembre 2025
- Licence de gestion : décembre 2020
- Bac : 2017

Je souhaite intégrer le programme.

Damien Lemaire
06 63 76 41 84"""),
    # Life: bac_then_jobs — card 91 — other: a shop announcing a partnership
    mail(91, subject="Dons de vêtements pour vos participants", date="19 11:10", body="""Bonjour,

Notre magasin solidaire peut offrir des tenues pour les entretiens d'embauche de vos participants. Dites-moi comment vous souhaitez organiser cela.

Rémi Lopes
Responsable de l'accueil"""),
    # Life: stage_over_civique_now — card 92 — bulleted, chronological
    mail(92, subject="Candidature Nadia Lacroix", date="19 15:25", body="""Bonjour,

- 2020 : bac
- février – juillet 2025 : stage de fin d'études dans une association de solidarité internationale
- décembre 2025 : master Médiation culturelle
- depuis septembre 2026 : service civique dans une association d'aide aux devoirs, jusqu'en juin 2027
- ensuite : un emploi dans une association d'éducation populaire

Nadia Lacroix"""),
    # Life: licence_old_master_recent — card 93 — a reply in our thread
    mail(93, subject="Re: Pièces à fournir", date="20 09:50", headers={"In-Reply-To": "<2290113.0093@animafac.net>", "References": "<2290113.0093@animafac.net>"}, body="""Bonjour,

Voici l'attestation demandée, je vous l'envoie par courrier postal car je n'ai pas de scanner.

Samuel Mercier

> Bonjour Samuel, pourriez-vous nous faire parvenir une attestation de réussite ?"""),
    # Life: trade_then_new_diploma — card 94 — English, chronological, a CV, no aim
    mail(94, subject="Application to Pro'pulse", date="20 14:35", info_in="both", body="""Hello,

Please find my CV attached. I would be glad to join the programme.

Fanny Ndiaye""", cv=CV("docx", "Fanny_Ndiaye_CV.docx", """Fanny Ndiaye — fanny.ndiaye@example.net
2014: Baccalauréat
September 2019 – August 2023: maintenance technician, food factory (permanent contract)
July 2026: Master's degree (Master 2) in urban planning""")),
    # Life: licence_then_master_in_progress — card 95 — a bounce
    mail(95, frm="Postmaster <postmaster@example.org>", subject="Non remis : Pro'pulse — votre entretien", date="21 08:00", bounced="baptiste.barbier@example.org", bounce_text="""Reporting-MTA: dns; mx.example.org

Final-Recipient: rfc822; baptiste.barbier@example.org
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected""", body="""Votre message n'a pas pu être remis à baptiste.barbier@example.org : adresse inconnue."""),
    # Life: diploma_then_stage_now — card 96 — a newsletter
    mail(96, frm="Ville de Montreuil-sur-Loire <infos@ville.example.fr>", subject="Montreuil Infos — les rendez-vous de décembre", date="21 06:00", headers={"List-Unsubscribe": "<mailto:infos-off@ville.example.fr>"}, body="""Montreuil Infos — décembre 2026

Marché de Noël, permanences emploi, et l'accueil de nos nouveaux stagiaires au service communication, dont Zoé Rey.

Se désabonner : infos-off@ville.example.fr"""),
    # Life: licence_then_master_awaiting — card 97 — criteria
    mail(97, subject="Candidature Bastien Moulin", date="22 10:00", body="""Bonjour,

- Bachelor Animation sociale : juin 2025.
- Master 2 ESS : mémoire soutenu, délibération du jury le 11 décembre.
- Aucun stage ni service civique en cours.
- Je cherche un emploi dans une ressourcerie.

Bastien Moulin
07 98 14 52 22"""),
    # Life: diploma_then_stage_now — card 98 — SMS style, CV-like
    mail(98, subject="candidature", date="22 19:40", body="""BUT sc de l'éduc ✅ sept 2026
stage agence de com oct → janvier (en cours)
après : asso culturelle
maëlle bouvier 06 25 46 38 73"""),
    # Life: diploma_then_cdi_now — card 99 — CV-like
    mail(99, subject="Candidature Zoé Fabre", date="23 09:15", body="""Bonjour,

Formation : L2 LEA validée en juillet 2026 (j'ai arrêté là, volontairement).
Emploi actuel : conseillère clientèle en CDI dans une PME depuis septembre.
Projet : rejoindre un centre social associatif.

Zoé Fabre
07 19 03 26 91"""),
]
