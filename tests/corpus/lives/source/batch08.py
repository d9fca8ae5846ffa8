# ruff: noqa: E501
"""Batch 8 — cards 175 to 199, narrated by hand from their life cards (python lives.py 175 … 199 prints them)."""

from kit import CV
from lives import mail

MESSAGES = [
    # Life: diploma_mission_unstated — card 175 — criteria, a «volontariat» of unstated kind
    mail(175, subject="Candidature — Loïc Marchal", date="07 10:30", body="""Bonjour,

Diplôme : master Intervention sociale (carrières sociales), juillet 2026.
Études : terminées.
Situation : volontaire dans une mutuelle depuis octobre, jusqu'en avril 2027.
Projet : un centre social associatif.

Loïc Marchal
06 00 76 57 08"""),
    # Life: bac_then_jobs — card 176 — scattered, a CV
    mail(176, subject="Candidature", date="08 11:45", info_in="both", body="""Bonjour,

J'aimerais travailler dans une association culturelle. Mon CV est joint : vous verrez que j'ai beaucoup travaillé en entrepôt, et que je n'ai que le bac.

Capucine Mercier
06 11 90 10 54""", cv=CV("docx", "Capucine_Mercier_CV.docx", """Capucine Mercier — 06 11 90 10 54
Expérience
2021-2026 : préparatrice de commandes en entrepôt (CDD puis intérim, jusqu'en juin 2026)
Formation
2021 : Baccalauréat professionnel""")),
    # Life: years_of_work_then_studies — card 177 — bulleted, chronological, year only
    mail(177, subject="Candidature Margaux Diallo", date="09 08:40", body="""Bonjour,

- 2012 : bac
- ensuite : plusieurs années de travail, dans différents postes
- 2026 : BUT Sciences de l'éducation, obtenu
- aujourd'hui : je cherche un emploi dans une association d'insertion

Margaux Diallo"""),
    # Life: licence_then_master_awaiting — card 178 — a question with no personal fact
    mail(178, subject="Documents à fournir ?", date="09 13:05", body="""Bonjour,

Quels documents faut-il fournir pour candidater : CV, lettre, copie du diplôme ? Merci d'avance.

Océane Perrot"""),
    # Life: licence_then_master_in_progress — card 179 — a reply in our thread
    mail(179, subject="Re: Votre demande", date="10 10:10", headers={"In-Reply-To": "<9904417.0179@animafac.net>", "References": "<9904417.0179@animafac.net>"}, body="""Merci pour ces précisions, je reviendrai vers vous en juin prochain alors.

Joanna Rolland

Le 9 nov. 2026, Pro'pulse <propulse@animafac.net> a écrit :
> Bonjour Joanna, le programme s'adresse aux personnes qui ont terminé leurs études."""),
    # Life: licence_old_master_recent — card 180 — chronological
    mail(180, subject="Candidature Timothée Lopes", date="10 15:20", body="""Bonjour,

Bac 2017, BUT Gestion en juillet 2020, puis trois ans à chercher ma voie avant de reprendre un master 2 de gestion, obtenu en juin 2026. Je cherche un emploi dans une ressourcerie, côté gestion.

Timothée Lopes"""),
    # Life: old_diploma_then_cdd — card 181 — long, criteria
    mail(181, subject="Candidature", date="11 09:25", body="""Bonjour,

Je me présente en reprenant vos critères.

Mon diplôme : un bachelor en développement durable, obtenu en juin 2024.
Mes études : terminées depuis.
Mon expérience : un CDD de huit mois dans une association, de janvier à septembre 2025.
Ni stage, ni service civique en cours.
Ce que je cherche : un emploi dans une SCOP, dans la rénovation ou l'énergie.

Maëlle Poulain"""),
    # Life: stage_over_civique_now — card 182 — CV-like
    mail(182, subject="Candidature Clémence Morvan", date="11 14:30", body="""Bonjour,

Parcours
2020 : bac
Février – juillet 2025 : stage de fin d'études, agence de communication
Septembre 2025 : master Histoire
Depuis octobre 2026 : volontaire en service civique dans une association de quartier (jusqu'en mai 2027)

Projet : une association d'insertion.

Clémence Morvan
06 11 28 47 12"""),
    # Life: civique_over_seeking — card 183 — criteria
    mail(183, subject="Candidature Hugo Haddad", date="12 10:45", body="""Bonjour,

Diplôme : licence Médiation culturelle, juillet 2026.
Service civique : à la Ligue de l'enseignement, de juillet à octobre 2026, terminé.
Stage en cours : non.
Projet : une association d'éducation populaire.

Hugo Haddad
07 20 66 16 05"""),
    # Life: trade_then_new_diploma — card 184 — SMS style, chronological
    mail(184, subject="candidature", date="12 21:00", body="""bsr, bac 2010, aide-soignante en EHPAD en CDI de 2015 à 2023, puis diplôme d'école de traduction (grade master) en juin 2025. je veux travailler dans l'éduc pop. soline marchal 06 31 01 78 29"""),
    # Life: diploma_with_student_jobs — card 185 — chronological, no aim
    mail(185, subject="Candidature", date="13 08:05", body="""Bonjour,

Bac en 2024, DUT Gestion administrative et commerciale (AES) obtenu en juin 2026, avec du baby-sitting et un job de serveur pendant les études.

Je souhaiterais être accompagné par Pro'pulse.

Samuel Rey
07 52 49 94 00"""),
    # Life: licence_then_master_in_progress — card 186 — reverse, a CV
    mail(186, subject="CV — Ousmane Fabre", date="13 12:50", info_in="both", body="""Bonjour,

Je cherche un emploi dans une SCOP. Mon CV est joint.

Ousmane Fabre
06 41 31 95 17""", cv=CV("pdf", "Ousmane_Fabre.pdf", """Ousmane Fabre — 06 41 31 95 17
2026-2027 : Master 2 Droit de l'ESS (en cours, diplôme en septembre 2027)
Juillet 2025 : Bachelor Économie sociale et solidaire
2022 : Baccalauréat""")),
    # Life: licence_then_master_awaiting — card 187 — long, criteria, year only
    mail(187, subject="Candidature — Malik Lemaire", date="14 11:15", body="""Bonjour,

Voici où j'en suis par rapport à vos critères.

J'ai une licence professionnelle en développement durable, de 2025. J'ai ensuite fait une école d'urbanisme : j'ai soutenu mon projet de fin d'études, mais le jury ne se réunit qu'en décembre, je n'ai donc pas encore le diplôme.

Pas de stage ni de service civique en cours. Je cherche un emploi dans une association d'insertion.

Malik Lemaire"""),
    # Life: apprenticeship_done — card 188 — a reply in our thread
    mail(188, subject="Re: Votre candidature à Pro'pulse", date="14 16:00", headers={"In-Reply-To": "<3318820.0188@animafac.net>", "References": "<3318820.0188@animafac.net>"}, body="""Bonjour,

Pour répondre à votre question : oui, mon apprentissage est bien terminé depuis fin août, et ma licence est validée. Je suis disponible pour l'entretien de mardi.

Agathe Moulin

Le 13 nov. 2026 à 09:40, Pro'pulse <propulse@animafac.net> a écrit :
> Bonjour Agathe, votre apprentissage est-il terminé ?"""),
    # Life: licence_old_master_recent — card 189 — a reply in our thread, English
    mail(189, subject="Re: Pro'pulse interview", date="15 09:35", headers={"In-Reply-To": "<2205571.0189@animafac.net>", "References": "<2205571.0189@animafac.net>"}, body="""hi, thursday 3pm works for me, thanks! lina

> Dear Lina, could you come for an interview on Thursday at 3 pm?"""),
    # Life: course_abandoned — card 190 — long, criteria
    mail(190, subject="Candidature Awa Le Goff", date="15 17:25", body="""Bonjour,

Je me permets de vous écrire en suivant vos critères, pour être claire.

Niveau : L2 de géographie, validée en juin 2024. J'ai commencé la L3 mais je l'ai abandonnée en mars 2025.
Études : terminées.
Stage, service civique : non.
Emploi : animatrice en centre de loisirs d'avril à septembre 2025 (CDD).
Secteur visé : une fondation.

Awa Le Goff
07 05 56 26 37"""),
    # Life: diploma_then_cdi_now — card 191 — a reply in our thread
    mail(191, subject="RE: Pro'pulse — confirmation", date="16 08:15", headers={"In-Reply-To": "<6650392.0191@animafac.net>", "References": "<6650392.0191@animafac.net>"}, body="""Bonjour, c'est bien noté, merci. Maëlle Haddad

> Bonjour Maëlle, nous avons bien reçu votre dossier."""),
    # Life: diploma_cdd_undecided — card 192 — scattered, year only
    mail(192, frm="Ousmane Ndiaye <o.ndiaye@example.net>", subject="Candidature", date="16 13:40", body="""Bonjour,

Je cherche un emploi, n'importe lequel pour l'instant. Mon CDD à la mairie est fini depuis septembre. J'ai un bachelor information-communication de 2026.

Ousmane Ndiaye
07 20 93 97 13"""),
    # Life: diploma_mission_unstated — card 193 — criteria, a CV, a «mission» of unstated kind
    mail(193, subject="Candidature Lucas Rolland", date="17 09:50", info_in="both", body="""Bonjour,

Je suis en mission à la banque alimentaire jusqu'en avril. Je cherche ensuite un emploi dans une SCOP. CV joint.

Lucas Rolland
06 80 31 03 76""", cv=CV("odt", "Lucas_Rolland_CV.odt", """Lucas Rolland — 06 80 31 03 76
Juin 2026 : Bachelor Environnement
Depuis octobre 2026 : mission à la banque alimentaire (jusqu'en avril 2027)
2022 : Baccalauréat""")),
    # Life: bac_then_jobs — card 194 — SMS style, scattered
    mail(194, subject="candidature", date="17 22:40", body="""bsr je voudrais bosser dans une asso culturelle. je suis vendeuse en hôtel depuis 2018 (cdd puis intérim, fini en juin), j'ai que le bac. inès gauthier 07 41 77 16 88"""),
    # Life: diploma_mission_unstated — card 195 — other: a mutual's partnership proposal
    mail(195, subject="Proposition de partenariat", date="18 10:20", body="""Bonjour,

Notre mutuelle souhaiterait proposer des ateliers « budget et santé » aux participants de Pro'pulse. Pourrions-nous en parler ?

Mathis Morvan"""),
    # Life: diploma_then_stage_now — card 196 — a reply in our thread
    mail(196, subject="Re: Votre dossier", date="18 15:00", headers={"In-Reply-To": "<1128870.0196@animafac.net>", "References": "<1128870.0196@animafac.net>"}, body="""Bonjour, merci pour le lien, je regarde ça ce soir. Mélissa Le Goff

> Bonjour Mélissa, voici le lien vers le formulaire."""),
    # Life: diploma_civique_planned — card 197 — English, scattered
    mail(197, subject="Pro'pulse application", date="19 11:05", body="""Hello,

I'm looking for a job in a cooperative (SCOP). I finished my master's in accounting in July 2026. I've been offered a service civique with Unis-Cité starting in January 2027, but I haven't started it and I would rather find a job.

Clémence Perrot
+33 7 25 81 03 91"""),
    # Life: licence_old_master_recent — card 198 — scattered
    mail(198, subject="Candidature Amandine Haddad", date="19 16:45", body="""Bonjour,

Je cherche un emploi dans une association d'éducation populaire. Master d'histoire obtenu en juillet 2026 ; j'avais auparavant un BUT Gestion (décembre 2023), et j'ai été serveuse l'année suivante pour financer la suite.

Amandine Haddad"""),
    # Life: old_diploma_then_cdd — card 199 — English, reverse
    mail(199, subject="Application — Capucine Marchal", date="20 10:30", body="""Hello,

Most recent first: a six-month fixed-term contract at an association in 2020 (January to September). Before that, a BTS in social and solidarity economy, September 2019. Bac in 2017.

I'd love to work in a solidarity grocery (épicerie solidaire).

Capucine Marchal
+33 6 39 71 68 10"""),
]
