# ruff: noqa: E501
"""Batch 1: first messages of people writing in, each in their own words."""

from kit import CV, M, app, auto_reply, bounce, newsletter, other, question, reply

MESSAGES = [
    M(
        frm="Kevin Lopes <kev.lopes93@example.com>",
        subject="info",
        date="03 23:41",
        body="""slt
jcherche un taf dans l'ess, g un bts sp3s depuis juin 2025
je fé des petites missions en interim en attendant
mon num 06 52 18 77 40
kevin""",
        truth=app("Kevin", "Lopes", phone="+33652187740", bac=2, grad="2025-06", status="sms_seeking"),
    ),
    M(
        frm="Anne-Sophie Delorme <as.delorme@example.org>",
        subject="Demande de participation au programme Pro'pulse",
        date="04 08:12",
        body="""Madame, Monsieur,

Titulaire d'un Master 2 « Développement local et économie solidaire » obtenu à l'Université Grenoble Alpes en septembre 2025, je me permets de solliciter mon admission au sein du programme Pro'pulse.

Depuis l'obtention de mon diplôme, je consacre l'essentiel de mon temps à la recherche d'un premier poste de chargée de mission au sein d'une structure de l'économie sociale et solidaire : j'ai adressé une trentaine de candidatures à des SCIC, des associations d'éducation populaire et deux fondations.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Anne-Sophie Delorme
12 rue des Clercs, 38000 Grenoble
Tél. : 07 68 21 90 34""",
        truth=app("Anne-Sophie", "Delorme", phone="+33768219034", bac=5, grad="2025-09", status="formal_seeking"),
    ),
    M(
        frm="Mehdi Ait-Kaci <mehdi.aitkaci@example.net>",
        subject="Pro'pulse",
        date="04 14:03",
        body="""Bonjour,

Une amie qui a fait Pro'pulse l'an dernier m'a parlé de vous. Je sors d'une licence de sociologie (Lyon 2, validée en juillet 2026) et mon objectif c'est de travailler dans une asso qui fait de l'accompagnement de publics précaires. Pour l'instant je réponds à des offres sur le site de l'Avise et sur Jobs that makesense.

Est-ce que je peux rejoindre le prochain groupe ?

Mehdi
06 71 02 33 98""",
        truth=app("Mehdi", "Ait-Kaci", phone="+33671023398", bac=3, grad="2026-07", status="friend_aim"),
    ),
    M(
        frm="Catherine Morvan <c.morvan@example.org>",
        subject="Pour mon fils Erwan",
        date="05 19:27",
        body="""Bonjour,

Je vous écris pour mon fils, Erwan Morvan, qui a obtenu son DUT Gestion des entreprises et des administrations à Vannes en juin 2025. Il est un peu timide pour écrire lui-même, mais il aimerait beaucoup travailler dans une coopérative ou une association, plutôt dans la gestion. Il cherche depuis l'été sans beaucoup de réponses.

Vous pouvez le joindre directement : erwan.morvan@example.com, 06 33 41 88 12.

Merci d'avance pour ce que vous pourrez faire pour lui.

Catherine Morvan""",
        truth=app("Erwan", "Morvan", phone="+33633418812", bac=2, grad="2025-06", email="erwan.morvan@example.com", forwarded_by="c.morvan@example.org", status="parent"),
    ),
    M(
        frm="Julie Perret - Mission Locale <j.perret@missionlocale-nantes.example.org>",
        subject="Orientation d'un jeune vers Pro'pulse",
        date="05 10:55",
        body="""Bonjour l'équipe Pro'pulse,

Je vous oriente Kevin Nguyen, 24 ans, que j'accompagne depuis septembre. Kevin est titulaire d'une licence professionnelle « Coordination de projets de développement social et culturel » obtenue en juin 2026 à l'IUT de Saint-Nazaire. Il cherche un premier emploi dans l'animation socioculturelle, idéalement dans une association ou un centre social.

Ses coordonnées : kevin.nguyen.44@example.com / 07 52 64 19 03.

Je reste disponible si vous avez besoin d'éléments complémentaires.

Bien cordialement,
Julie Perret
Conseillère en insertion professionnelle
Mission Locale de l'agglomération nantaise
02 40 00 00 00""",
        truth=app("Kevin", "Nguyen", phone="+33752641903", bac=3, grad="2026-06", email="kevin.nguyen.44@example.com", forwarded_by="j.perret@missionlocale-nantes.example.org", status="adviser_presents"),
    ),
    M(
        frm="Laura Benedetti <laura.benedetti@example.com>",
        subject="Application - Pro'pulse programme",
        date="06 09:30",
        body="""Hello,

I'm Laura, I graduated from the University of Bologna with a laurea magistrale in Cooperative Economics (that's a master's degree) in March 2026. I moved to Paris in September and I'm looking for a job in a non-profit or a cooperative, ideally in project management.

My French is ok (B2) but I prefer writing in English.

You can call me on +33 7 45 12 98 60.

Thanks,
Laura Benedetti""",
        truth=app("Laura", "Benedetti", phone="+33745129860", bac=5, grad="2026-03", language="en", status="foreign_laurea"),
    ),
    M(
        frm="Thomas Girard <thomas.girard@example.org>",
        subject="Candidature",
        date="06 17:44",
        body="""Bonjour,

Je suis actuellement stagiaire chez Ticket for Change (fin de la convention en avril 2027), dans le cadre de mon master 2 en management de l'innovation sociale à l'IAE de Lille. J'aimerais candidater pour la promo qui suivra.

Cordialement,
Thomas Girard
06 84 27 11 56""",
        truth=app("Thomas", "Girard", phone="+33684271156", bac="*", grad=None, failing=("studies_finished", "not_internship"), unknown=("job_seeking_ess",), status="internship_convention"),
    ),
    M(
        frm="Sarah Khelifi <sarah.khelifi@example.net>",
        subject="candidature pro'pulse",
        date="07 11:02",
        body="""Bonjour,

Je ne suis ni en stage ni en service civique, je suis simplement à la recherche d'un emploi depuis la fin de mon master (MEEF, obtenu en juin 2025 mais finalement je ne veux pas être prof). Je cherche un poste de coordinatrice pédagogique dans une association d'éducation populaire.

Bien à vous,
Sarah Khelifi
07 81 45 02 66""",
        truth=app("Sarah", "Khelifi", phone="+33781450266", bac=5, grad="2025-06", status="ni_ni"),
    ),
    M(
        frm="Romain Lacroix <romain.lacroix@example.com>",
        subject="Pro'pulse ?",
        date="07 21:15",
        body="""Bonjour,

J'ai 31 ans, j'ai travaillé neuf ans dans la grande distribution comme chef de rayon et je veux donner du sens à mon travail. J'ai repris une formation et obtenu un titre professionnel de conseiller en insertion professionnelle (niveau bac+2) en mai 2026. Je cherche maintenant un poste dans une structure d'insertion par l'activité économique.

Votre programme est-il ouvert aux personnes en reconversion ?

Romain Lacroix
06 12 90 44 73""",
        truth=app("Romain", "Lacroix", phone="+33612904473", bac=2, grad="2026-05", failing=("not_career_change",), status="career_change"),
    ),
    M(
        frm="Inès Barbosa <ines.barbosa@example.org>",
        subject="Re: Votre candidature à Pro'pulse [PP-214]",
        date="08 09:12",
        headers={"In-Reply-To": "<171234.2214@animafac.net>", "References": "<171234.2214@animafac.net>"},
        body="""Bonjour,

Merci pour votre réponse ! Le créneau du mardi 1er décembre à 14h me convient parfaitement.

Bonne journée,
Inès

Le 7 nov. 2026 à 16:02, Pro'pulse <propulse@animafac.net> a écrit :
> Bonjour Inès,
> Nous vous proposons un entretien. Voici les créneaux disponibles :
> 1. mardi 1er décembre, 14h""",
        truth=reply(),
    ),
    M(
        frm="Nathalie Fournier <n.fournier@example.com>",
        subject="Réponse automatique : Candidature",
        date="08 09:13",
        headers={"Auto-Submitted": "auto-replied"},
        body="""Bonjour,

Je suis en congé jusqu'au 16 novembre inclus. Pour toute urgence, merci de contacter l'accueil au 01 23 45 67 89.

Nathalie Fournier""",
        truth=auto_reply(),
    ),
    M(
        frm="Bastien Roux <bastien.roux@example.net>",
        subject="question sur le programme",
        date="08 13:37",
        body="""Bonjour,

Combien de temps dure l'accompagnement Pro'pulse et est-ce que c'est payant ? Est-ce que ça se passe uniquement à Paris ?

Merci""",
        truth=question(),
    ),
    M(
        frm="Aminata Diallo <aminata.diallo@example.org>",
        subject="Candidature Pro'pulse - Aminata Diallo",
        date="09 08:05",
        body="""Bonjour,

Veuillez trouver ci-joint mon CV.

Aminata Diallo""",
        cv=CV("pdf", "CV Aminata DIALLO.pdf", """Aminata DIALLO
Montreuil - 06 27 48 93 15 - aminata.diallo@example.org
Chargée de projets solidaires
FORMATION
2024-2026 Master Économie sociale et solidaire, Université Paris-Est Créteil - diplômée en juin 2026
2021-2024 Licence Économie-gestion, Université Paris-Est Créteil
EXPÉRIENCES
Mars-août 2026 : stage de fin d'études, La Ruche qui dit Oui (coordination des producteurs)
2023 : bénévole, Secours populaire, antenne de Montreuil
COMPÉTENCES
Gestion de projet, animation de réunions, Excel, Canva
Recherche un poste de chargée de projet dans l'ESS"""),
        truth=app("Aminata", "Diallo", phone="+33627489315", bac=5, grad="2026-06", info_in="cv", status="cv_only"),
    ),
    M(
        frm="lucas.meyer.pro@example.com",
        subject="",
        date="09 15:50",
        body="""ci-joint""",
        cv=CV("docx", "Lucas_Meyer_CV.docx", """Lucas Meyer
Strasbourg — 07 66 31 20 84 — lucas.meyer.pro@example.com
Objectif : un premier emploi de chargé de communication dans une association ou une coopérative
Formation
2025 — BUT Information-communication, IUT Robert Schuman (obtenu en juin 2025)
2022 — Baccalauréat général
Expériences
2025 — Service civique, Emmaüs Strasbourg (septembre 2025 - mai 2026, terminé)
2024 — Stage, Radio associative RBS (10 semaines)
Langues : anglais (B2), allemand (B1)"""),
        truth=app("Lucas", "Meyer", phone="+33766312084", bac=3, grad="2025-06", info_in="cv", status="cv_only_ci_joint"),
    ),
    M(
        frm="Chloé Vasseur <chloe.vasseur@example.org>",
        subject="Je voudrais faire partie de la prochaine promo de Pro'pulse",
        date="09 20:19",
        body="",
        truth=app("Chloé", "Vasseur", phone=None, bac=None, grad=None, unknown=("degree_level", "graduation_recent", "job_seeking_ess"), info_in="subject", status="subject_only"),
    ),
    M(
        frm="Yannick Tessier <yannick.tessier@example.com>",
        subject="Candidature spontanée",
        date="10 07:48",
        body="""Bonjour,

Je m'appelle Yannick, j'ai 23 ans, j'habite à Rennes. J'ai fini mon BTS Économie sociale familiale en juillet 2026 et j'ai aussi passé le diplôme de conseiller en ESF juste après, mais je n'ai pas encore les résultats.

Je cherche du travail, n'importe quoi au fond, j'ai besoin de payer mon loyer.

Yannick Tessier
06 09 55 71 23""",
        truth=app("Yannick", "Tessier", phone="+33609557123", bac=2, grad="2026-07", unknown=("job_seeking_ess",), status="any_job"),
    ),
    M(
        frm="Hélène Chauvin <helene.chauvin@example.net>",
        subject="Participation Pro'pulse",
        date="10 12:26",
        body="""Bonjour,

Je vous contacte parce que je voudrais intégrer Pro'pulse. J'étais en alternance chez Enercoop pendant mon master (chargée d'études énergie citoyenne), je suis diplômée depuis juillet 2026 et mon contrat s'est terminé avec la fin du diplôme.

Aujourd'hui je postule dans des coopératives d'énergie renouvelable et des collectivités engagées.

Hélène Chauvin
+33 6 48 20 17 93""",
        truth=app("Hélène", "Chauvin", phone="+33648201793", bac=5, grad="2026-07", status="past_alternance"),
    ),
    M(
        frm="Paul-Antoine Rey <pa.rey@example.org>",
        subject="candidature",
        date="10 18:02",
        body="""Bonjour,

Mon service civique s'est terminé en juin. Avant ça j'ai eu ma licence d'histoire à Toulouse (2024-2025). Maintenant j'envoie des candidatures à des associations culturelles et à des tiers-lieux.

Paul-Antoine
07 50 44 61 29""",
        truth=app("Paul-Antoine", "Rey", phone="+33750446129", bac=3, grad="2025", status="past_civique_academic_year"),
    ),
    M(
        frm="Ophélie Marchal <ophelie.marchal@example.com>",
        subject="Demande d'information et candidature",
        date="11 09:41",
        body="""Bonjour,

Je suis en service civique à Unis-Cité jusqu'en février 2027. J'ai un BTS SP3S (2024). Après ma mission je voudrais travailler dans le médico-social associatif. Est-ce que je peux déjà m'inscrire ?

Ophélie Marchal
06 37 82 10 44""",
        truth=app("Ophélie", "Marchal", phone="+33637821044", bac=2, grad="2024", failing=("not_service_civique",), unknown=("graduation_recent",), status="civique_current"),
    ),
    M(
        frm="Damien Lefort <damien.lefort@example.net>",
        subject="Candidature Pro'pulse",
        date="11 14:14",
        body="""Bonjour,

Diplômé d'une licence AES en 2019, j'ai enchaîné les CDD dans la logistique. Je souhaite maintenant travailler dans l'économie sociale et solidaire.

Damien Lefort
06 23 45 81 90""",
        truth=app("Damien", "Lefort", phone="+33623458190", bac=3, grad="2019", failing=("graduation_recent",), status="old_graduate_year"),
    ),
    M(
        frm="Mathilde Caron <mathilde.caron@example.org>",
        subject="Pro'pulse",
        date="11 16:58",
        html="only",
        body="""Bonjour,

Je m'appelle Mathilde Caron et je suis diplômée d'un master en sciences politiques (Sciences Po Rennes, promo 2025).

Je cherche un emploi dans le plaidoyer associatif ou dans une ONG de solidarité internationale.

Mon téléphone : 06 91 02 34 57.

Merci,
Mathilde""",
        body_html="""<div dir="ltr"><div>Bonjour,</div><div><br></div><div>Je m'appelle <b>Mathilde Caron</b> et je suis diplômée d'un master en sciences politiques (Sciences Po Rennes, promo 2025).</div><div><br></div><div>Je cherche un emploi dans le plaidoyer associatif ou dans une ONG de solidarité internationale.</div><div><br></div><div>Mon téléphone : 06 91 02 34 57.</div><div><br></div><div>Merci,</div><div>Mathilde</div></div>""",
        truth=app("Mathilde", "Caron", phone="+33691023457", bac=5, grad="2025", status="promo_html_only"),
    ),
    M(
        frm="Mail Delivery Subsystem <mailer-daemon@example.com>",
        subject="Delivery Status Notification (Failure)",
        date="11 17:00",
        body="""** Address not found **

Your message wasn't delivered to clement.vidal@example.com because the address couldn't be found, or is unable to receive mail.""",
        bounce="""Reporting-MTA: dns; mx.example.com

Final-Recipient: rfc822; clement.vidal@example.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 The email account that you tried to reach does not exist.""",
        truth=bounce("clement.vidal@example.com"),
    ),
    M(
        frm="Élodie Brunet <elodie.brunet@example.com>",
        subject="je me présente",
        date="12 08:33",
        body="""Bonjour à toute l'équipe,

Je vais essayer de faire court mais ce n'est pas mon fort ! J'ai grandi à Saint-Étienne, dans une famille où on faisait toujours de la place à table pour quelqu'un. Au lycée j'étais déjà déléguée, puis j'ai fait un DUT Carrières sociales option animation sociale et socioculturelle, que j'ai eu en 2021. Ensuite je suis partie un an en Équateur avec une ONG, puis j'ai enchaîné sur une licence pro à Lyon, que j'ai validée en juin 2025.

Depuis, j'ai fait des remplacements dans des centres sociaux, mais je voudrais un vrai poste, en CDI si possible, dans une association de quartier. J'ai envoyé beaucoup de CV, j'ai eu trois entretiens, rien pour l'instant. C'est un peu décourageant, d'où ce message.

Merci de m'avoir lue,
Élodie Brunet
06 40 18 27 55""",
        truth=app("Élodie", "Brunet", phone="+33640182755", bac=3, grad="2025-06", status="life_story"),
    ),
    M(
        frm="Service des carrières - IEP Lyon <carrieres@iep-lyon.example.org>",
        subject="Présentation d'une diplômée : Zoé Hamon",
        date="12 10:10",
        body="""Bonjour,

Le service carrières de l'IEP vous présente Zoé Hamon, diplômée de notre master « Politiques publiques et économie sociale » en juin 2025. Zoé recherche un poste de chargée de développement dans une structure de l'ESS (SCOP, SCIC, mutuelle). Elle nous a demandé de transmettre son profil.

Zoé Hamon — zoe.hamon@example.net — 06 58 30 47 12

Bien cordialement,
Le service des carrières""",
        truth=app("Zoé", "Hamon", phone="+33658304712", bac=5, grad="2025-06", email="zoe.hamon@example.net", forwarded_by="carrieres@iep-lyon.example.org", status="careers_service"),
    ),
    M(
        frm="Jordan Petit <jordan.petit@example.org>",
        subject="Pro'pulse candidature",
        date="12 22:47",
        body="""Bonsoir,

Je suis étudiant en L3 de géographie à Paris 1, je finis en juin 2027. J'aimerais bien profiter du programme dès maintenant pour préparer la suite, je veux travailler dans une asso environnementale.

Jordan Petit""",
        truth=app("Jordan", "Petit", phone=None, bac="*", grad=None, failing=("studies_finished",), status="studying"),
    ),
    M(
        frm="Newsletter Avise <newsletter@avise.example.org>",
        subject="ESS Info n°212 — appels à projets de décembre",
        date="12 07:00",
        headers={"List-Unsubscribe": "<https://avise.example.org/desinscription?u=8812>", "Precedence": "bulk"},
        html="both",
        body="""ESS Info — la lettre de l'Avise

À la une : trois appels à projets pour les structures d'utilité sociale, clôture le 15 décembre.
Agenda : Mois de l'ESS, bilan et chiffres clés.

Se désinscrire : https://avise.example.org/desinscription?u=8812""",
        truth=newsletter(),
    ),
    M(
        frm="Fatou Sow <fatou.sow@example.com>",
        subject="candidature",
        date="13 09:09",
        body="""Bonjour,

J'ai obtenu une licence en sociologie à l'Université Mohammed V de Rabat en juillet 2025 et je vis en France depuis janvier. Je cherche un emploi dans l'accompagnement social, dans une association d'aide aux personnes migrantes par exemple.

Je suis disponible tout de suite.

Fatou Sow
07 58 66 12 40""",
        truth=app("Fatou", "Sow", phone="+33758661240", bac=3, grad="2025-07", status="foreign_licence_morocco"),
    ),
    M(
        frm="Victor Leclerc <victor.leclerc@example.net>",
        subject="Candidature programme",
        date="13 11:36",
        body="""Bonjour,

Je suis titulaire d'un bac pro Gestion-administration (2023) et je cherche un emploi de secrétaire dans une association.

Victor Leclerc
06 02 19 84 33""",
        truth=app("Victor", "Leclerc", phone="+33602198433", bac=0, grad="2023", failing=("degree_level",), unknown=("graduation_recent",), status="low_degree"),
    ),
    M(
        frm="Camille Nogueira <camille.nogueira@example.org>",
        subject="Pro'pulse",
        date="13 15:22",
        body="""Bonjour,

Je suis diplômée en juin 2026 d'un Titre RNCP niveau 6 « Responsable de projets de l'économie sociale et solidaire » (formation en un an au Collège Coopératif).

Je ne suis plus en stage depuis fin août et je cherche un poste de coordinatrice de projets dans une SCIC ou une association.

Camille Nogueira
06 73 28 55 19""",
        truth=app("Camille", "Nogueira", phone="+33673285519", bac=3, grad="2026-06", status="rncp6_ne_plus"),
    ),
    M(
        frm="Arnaud Pelletier <arnaud@pelletier-conseil.example.com>",
        subject="Partenariat mécénat de compétences",
        date="13 16:40",
        body="""Bonjour,

Je dirige un petit cabinet de conseil en RSE et nous aimerions proposer du mécénat de compétences à Animafac, par exemple des ateliers CV ou des simulations d'entretien pour vos participants. Pourrions-nous en parler au téléphone la semaine prochaine ?

Bien cordialement,
Arnaud Pelletier
Pelletier Conseil""",
        truth=other(),
    ),
    M(
        frm="Léa Martinez <lea.martinez@example.com>",
        subject="Intégrer Pro'pulse",
        date="14 10:05",
        body="""Bonjour,

Est-ce que je peux intégrer Pro'pulse ? J'ai un grado en Trabajo Social de l'Université de Valence (Espagne), obtenu en juin 2025, et je suis installée à Toulouse depuis un an. Je voudrais travailler comme travailleuse sociale dans une association.

Merci beaucoup,
Léa Martinez
06 44 19 73 02""",
        truth=app("Léa", "Martinez", phone="+33644197302", bac="*", grad="2025-06", status="foreign_grado"),
    ),
    M(
        frm="Antoine Dufresne <antoine.dufresne@example.org>",
        subject="Candidature",
        date="14 12:00",
        body="""Bonjour,

Après mon master d'économie du développement (2025), j'ai fait un CDD de six mois dans l'association d'insertion où j'avais fait mon stage de fin d'études. Le contrat s'est terminé fin octobre et je cherche maintenant un poste durable dans l'ESS.

Antoine Dufresne
07 43 00 91 28""",
        truth=app("Antoine", "Dufresne", phone="+33743009128", bac=5, grad="2025", status="cdd_then_seeking"),
    ),
    M(
        frm="Margaux Fabre <margaux.fabre@example.net>",
        subject="Je postule !",
        date="14 18:30",
        body="""Coucou l'équipe Pro'pulse !!

Bon je me lance : 24 ans, master 2 communication des organisations obtenu en octobre 2025 (Bordeaux Montaigne), et je rêve de bosser dans la com d'une asso qui fait bouger les choses (écologie, égalité, peu importe tant que ça a du sens). Je postule un peu partout dans des assos et des coopératives depuis un an.

Des bisous,
Margaux 🌱
06 18 62 47 93""",
        truth=app("Margaux", "Fabre", phone="+33618624793", bac=5, grad="2025-10", status="enthusiastic"),
    ),
    M(
        frm="Bruno Garcia <bruno.garcia@example.com>",
        subject="candidature pour ma fille",
        date="15 09:58",
        body="""Bonjour Madame, Monsieur

Ma fille Inès Garcia a fini sa licence professionnelle en gestion des structures sanitaires et sociales en 2022 et depuis elle fait de l'intérim. Elle voudrait travailler dans une association qui s'occupe de personnes âgées. Son mail : ines.garcia22@example.com

Merci
Bruno Garcia""",
        truth=app("Inès", "Garcia", phone=None, bac=3, grad="2022", email="ines.garcia22@example.com", forwarded_by="bruno.garcia@example.com", failing=("graduation_recent",), status="parent_old_graduate"),
    ),
    M(
        frm="Pauline Simon <pauline.simon@example.org>",
        subject="Absence",
        date="15 10:02",
        headers={"X-Autoreply": "yes"},
        body="""Bonjour,

Je suis actuellement en formation et ne consulterai pas mes messages avant le lundi 23 novembre. Je vous répondrai dès mon retour.

Cordialement,
Pauline Simon""",
        truth=auto_reply(),
    ),
    M(
        frm="Yasmina Haddou <yasmina.haddou@example.com>",
        subject="Candidature Pro'pulse",
        date="15 13:13",
        body="""Bonjour,

Titulaire d'un bac+2 (BTS Assistant de manager, 2025), je souhaite intégrer votre programme. Je cherche un poste d'assistante administrative dans une structure de l'économie sociale et solidaire.

Yasmina Haddou
06 25 14 80 37""",
        truth=app("Yasmina", "Haddou", phone="+33625148037", bac=2, grad="2025", status="bac2_literal"),
    ),
    M(
        frm="Jules Renard <jules.renard@example.net>",
        subject="question",
        date="15 21:08",
        body="""Salut, c'est quoi les conditions pour entrer dans le programme ? Faut un diplôme précis ? merci""",
        truth=question(),
    ),
    M(
        frm="Louise Lambert <louise.lambert@example.org>",
        subject="Candidature - Louise Lambert",
        date="16 08:47",
        body="""Bonjour,

Sans emploi depuis la fin de mon contrat d'apprentissage en septembre, je recherche un emploi dans l'économie sociale et solidaire. J'ai obtenu mon master Ingénierie de projets culturels en septembre 2026.

Je ne suis pas en service civique et je n'ai pas de stage en cours.

Louise Lambert
07 72 31 56 08""",
        truth=app("Louise", "Lambert", phone="+33772315608", bac=5, grad="2026-09", status="sans_emploi_negations"),
    ),
    M(
        frm="Samir Bouaziz <samir.bouaziz@example.com>",
        subject="Pro'pulse",
        date="16 11:19",
        body="""Bonjour,

Je fais actuellement un stage de six mois à la Croix-Rouge (jusqu'en mars 2027), c'est le dernier de ma formation. J'ai déjà une licence en psychologie (2024). Je cherche à travailler dans l'humanitaire après.

Samir Bouaziz
06 14 73 29 61""",
        truth=app("Samir", "Bouaziz", phone="+33614732961", bac=3, grad="2024", failing=("studies_finished", "not_internship"), unknown=("graduation_recent",), status="internship_current"),
    ),
    M(
        frm="Claire Dumont <claire.dumont@example.org>",
        subject="Programme Pro'pulse",
        date="16 15:03",
        body="""Bonjour,

Je suis chargée des ressources humaines à la Mutuelle Solidaire du Rhône. Nous avons un poste de chargé·e d'accueil à pourvoir en janvier et je pensais qu'il pourrait intéresser vos participants. Voulez-vous que je vous envoie la fiche de poste ?

Claire Dumont""",
        truth=other(),
    ),
    M(
        frm="Marie Lefebvre <marie.lefebvre@example.net>",
        subject="Pro'pulse - candidature de Marie Lefebvre",
        date="17 09:25",
        body="""Bonjour,

Diplômée d'une école de commerce (programme grande école, KEDGE, diplôme obtenu en septembre 2025), je souhaite orienter ma carrière vers l'économie sociale et solidaire dès mon premier emploi. Je cherche un poste de chargée de développement dans une entreprise d'insertion ou une coopérative.

Mes expériences : deux stages en banque, puis un volontariat en Inde auprès d'une ONG de microfinance (terminé en juin 2026).

Marie Lefebvre
06 87 12 55 30""",
        truth=app("Marie", "Lefebvre", phone="+33687125530", bac=5, grad="2025-09", status="business_school_ess"),
    ),
    M(
        frm="Théo Vidal <theo.vidal@example.com>",
        subject="Re: Pro'pulse - votre entretien",
        date="17 10:40",
        headers={"In-Reply-To": "<20261116.88.4471@animafac.net>", "References": "<20261116.88.4471@animafac.net>"},
        body="""Bonjour,

Je ne pourrai finalement pas venir jeudi, j'ai un entretien d'embauche le même jour. Est-ce qu'on peut décaler ?

Merci,
Théo Vidal""",
        truth=reply(),
    ),
    M(
        frm="Nina Kowalski <nina.kowalski@example.org>",
        subject="Candidature",
        date="17 14:48",
        body="""Bonjour,

J'ai eu mon bachelier en communication à la Haute École de Namur (Belgique) en juin 2026. Je viens de m'installer à Lille et je cherche un emploi dans la communication d'une association ou d'une coopérative.

Nina Kowalski
07 66 90 12 35""",
        truth=app("Nina", "Kowalski", phone="+33766901235", bac=3, grad="2026-06", status="foreign_bachelier"),
    ),
    M(
        frm="Gabriel Moulin <gabriel.moulin@example.net>",
        subject="Pro'pulse",
        date="17 20:31",
        body="""Bonjour,

Je ne cherche pas dans l'ESS en particulier, plutôt dans la finance, mais un ami m'a conseillé votre programme. J'ai un master finance de marché de Dauphine (2025).

Gabriel Moulin
06 30 55 87 14""",
        truth=app("Gabriel", "Moulin", phone="+33630558714", bac=5, grad="2025", failing=("job_seeking_ess",), status="not_ess"),
    ),
]
