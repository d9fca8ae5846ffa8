"""Lengths corpus, batch 06 (writer B): one_line (a single sentence that carries the case or leaves a fact
open: a civic service over, an HND, «peu importe», a career of twelve years, an L3 at a distance; a reply, a
question, an out-of-office and a thank-you in one line), pasted_cv (a CV pasted as text, one flattened from
two columns, with an open «Depuis», a «2015–2023», a defence awaiting its grade; a job board's digest of
profiles), many_matters (housing, buses, hearing aids, childcare, the CAF, a flight from Guadeloupe, an
educator writing for a young man leaving care; a long question, a long reply about a workshop)."""
# ruff: noqa: E501

from __future__ import annotations

from kit import M, app, auto_reply, newsletter, other, question, reply
from lengths import N

MESSAGES = [
    # Feature: one_line — situation — mon service civique à la Croix-Rouge s'est terminé le 31 octobre
    # length: short, 33 words in one sentence, the civic service over in its middle clause → application; BUT GEA of June 2026, civic service over, an association aim → eligible
    N("one_line", "situation", "mon service civique à la Croix-Rouge s'est terminé le 31 octobre", M(
        "Nathan Vergnes <nathan.vergnes@example.fr>",
        "Pro'pulse",
        "02 12:03",
        """Diplômé d'un BUT GEA en juin 2026, mon service civique à la Croix-Rouge s'est terminé le 31 octobre et je cherche un poste de gestionnaire dans une association.

Nathan Vergnes""",
        app("Nathan", "Vergnes", phone=None, bac=3, grad="2026-06", status="b_line_but_gea_sc_fini"),
    )),
    # Feature: one_line — aim — je cherche en mutuelle ou en scop
    # length: short, 17 words thumb-typed without capitals, the ESS aim in the last clause → application; master 2 of July 2026, a search in a mutual or a SCOP → eligible
    N("one_line", "aim", "je cherche en mutuelle ou en scop", M(
        "Paloma Ruiz <paloma.ruiz@example.com>",
        "inscription",
        "03 23:51",
        """bonjour m2 droit de l'ess validé en juillet 2026, je cherche en mutuelle ou en scop merci""",
        app("Paloma", "Ruiz", phone=None, bac=5, grad="2026-07", status="b_line_m2_droit_mutuelle_scop"),
    )),
    # Feature: one_line — graduation — obtenue en décembre 2024
    # length: short, 27 words, the licence pro's month and year in the middle of the sentence (23 months before today) → application; licence pro of December 2024, a centre social aim → eligible
    N("one_line", "graduation", "obtenue en décembre 2024", M(
        "Salomé Wattiez <salome.wattiez@example.fr>",
        "Candidature",
        "04 08:40",
        """Bonjour, ma licence pro animation sociale obtenue en décembre 2024, je cherche un poste d'animatrice dans un centre social de Roubaix ou de Tourcoing.

Salomé""",
        app("Salomé", "Wattiez", phone=None, bac=3, grad="2024-12", status="b_line_lp_decembre_2024"),
    )),
    # Feature: one_line — level — un HND en Business
    # ambiguous: a British HND with no level said and no equivalence given: degree_level stays open
    # length: short, 24 words, the HND in the first clause → application; an HND of 2025 whose level is unsaid → to verify
    N("one_line", "level", "un HND en Business", M(
        "Kiran Murugesan <kiran.murugesan@example.org>",
        "Demande",
        "05 17:09",
        """Bonjour, j'ai un HND en Business obtenu à Édimbourg en 2025 et je cherche un emploi dans une association en France, à Lyon si possible.""",
        app("Kiran", "Murugesan", phone=None, bac="*", grad="2025", unknown=("degree_level",), status="b_line_hnd_edimbourg"),
    )),
    # Feature: one_line — aim — en association ou en clinique privée, l'un comme l'autre
    # ambiguous: an association or a private clinic «l'un comme l'autre», two searches on equal terms: job_seeking_ess stays open
    # length: short, 25 words, the two searches side by side at the end of the line → application; BTS SP3S of June 2025, aim open → to verify
    N("one_line", "aim", "en association ou en clinique privée, l'un comme l'autre", M(
        "Fatou Sarr <fatou.sarr@example.net>",
        "Pro'pulse candidature",
        "06 13:37",
        """J'ai le BTS SP3S depuis juin 2025 et je cherche un emploi d'accueil ou de coordination, en association ou en clinique privée, l'un comme l'autre.

Fatou Sarr""",
        app("Fatou", "Sarr", phone=None, bac=2, grad="2025-06", unknown=("job_seeking_ess",), status="b_line_sp3s_clinique_l_un_ou_l_autre"),
    )),
    # Feature: one_line — career_change — aide-soignante pendant douze ans
    # length: short, 30 words in two sentences, the twelve years as a care assistant before the DE in the first → application; a trade of twelve years before the DE CESF → fails not_career_change → not eligible
    N("one_line", "career_change", "aide-soignante pendant douze ans", M(
        "Rosa Tavernier <rosa.tavernier@example.fr>",
        "Accompagnement Pro'pulse",
        "09 10:21",
        """Bonjour, j'ai été aide-soignante pendant douze ans avant mon DE de conseillère en économie sociale familiale, obtenu en juillet 2026. Je cherche maintenant un poste en association.

Rosa T.""",
        app("Rosa", "Tavernier", phone=None, bac=3, grad="2026-07", failing=("not_career_change",), status="b_line_aide_soignante_12_ans"),
    )),
    # Feature: one_line — studies_finished — je suis en L3 sciences de l'éducation à distance
    # length: short, 26 words, a distance L3 running with exams in May in the first clause → application; studies running → fails studies_finished → not eligible
    N("one_line", "studies_finished", "je suis en L3 sciences de l'éducation à distance", M(
        "Yasmine Benali-Mercier <yasmine.benali@example.com>",
        "question + candidature",
        "10 21:02",
        """Bonjour, je suis en L3 sciences de l'éducation à distance, partiels en mai, et je voudrais déjà trouver un poste dans une asso d'éducation populaire, c'est possible ?""",
        app("Yasmine", "Benali-Mercier", phone=None, bac="*", grad=None, failing=("studies_finished",), status="b_line_l3_distance_mai"),
    )),
    # Feature: one_line — kind — mardi 14h me va
    # length: short, 5 words, an answer to our proposed slot, In-Reply-To our Message-ID → reply
    N("one_line", "kind", "mardi 14h me va", M(
        "Enzo Moretti <enzo.moretti@example.fr>",
        "Re: Proposition de rendez-vous",
        "17 09:12",
        """Oui, mardi 14h me va.

Enzo""",
        reply(),
        headers={"In-Reply-To": "<creneau-1124.em@animafac.net>", "References": "<creneau-1124.em@animafac.net>"},
    )),
    # Feature: one_line — kind — Il y a un âge limite ?
    # length: short, 6 words, a question about the programme with no fact of the writer → question
    N("one_line", "kind", "Il y a un âge limite ?", M(
        "ludo.schaller@example.net",
        "Pro'pulse",
        "18 22:45",
        """Il y a un âge limite ?""",
        question(),
    )),
    # Feature: one_line — kind — Je suis en formation toute la semaine
    # length: short, 17 words, an out-of-office in one line, Auto-Submitted → auto_reply
    N("one_line", "kind", "Je suis en formation toute la semaine", M(
        "Pierre Nguyen-Van <p.nguyenvan@example.org>",
        "Absence",
        "24 07:30",
        """Je suis en formation toute la semaine et ne consulte pas mes mails, je vous répondrai lundi. Bonne journée.""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: one_line — kind — Bien reçu, merci beaucoup !
    # length: short, 4 words, a thank-you for a document received, not in our thread and nothing asked → other
    N("one_line", "kind", "Bien reçu, merci beaucoup !", M(
        "Lucie Stoll <lucie.stoll@example.fr>",
        "le guide",
        "25 18:04",
        """Bien reçu, merci beaucoup !""",
        other(),
    )),
    # Feature: pasted_cv — situation — Oct. 2026 – mars 2027 (en cours) : Stage
    # length: long, about 420 words, a greeting then a whole CV; the running internship's range at the top of the experience section, among a finished master and old jobs → application; internship running since October (six months) → fails not_internship → not eligible
    N("pasted_cv", "situation", "Oct. 2026 – mars 2027 (en cours) : Stage", M(
        "Ophélie Martineau <ophelie.martineau@example.fr>",
        "Candidature Pro'pulse – CV dans le corps du mail",
        "02 15:30",
        """Bonjour,

Ma pièce jointe ne passait pas, je vous colle mon CV ci-dessous. Merci de votre indulgence pour la mise en page ! J'ai découvert votre programme par une amie de promotion qui l'a suivi l'an dernier et qui travaille aujourd'hui dans une fédération d'éducation populaire à Metz. Elle m'a dit que vous aidiez beaucoup à clarifier son projet et à préparer les entretiens, ce dont j'ai bien besoin.

OPHÉLIE MARTINEAU
Chargée de communication – projets solidaires
14 rue des Tanneurs, 67000 Strasbourg – 06 31 74 28 95 – ophelie.martineau@example.fr
Permis B

PROFIL
Curieuse, organisée, passionnée par la communication des associations et des coopératives. J'aime rendre visibles des projets qui manquent de moyens pour se raconter.

EXPÉRIENCES PROFESSIONNELLES
Oct. 2026 – mars 2027 (en cours) : Stage – pôle communication et bénévolat, Ressourcerie La Fabrique à Neuf, Strasbourg
- Refonte de la lettre d'information mensuelle et du site internet
- Animation des réseaux sociaux, rédaction de portraits de salariés en insertion
- Organisation de la braderie solidaire de Noël

Mars 2026 – août 2026 : Stagiaire chargée de projet événementiel – Fédération des centres sociaux du Bas-Rhin
- Coordination logistique du congrès régional (300 participants)
- Conception des supports imprimés et numériques
- Gestion des inscriptions et des relations avec les prestataires

Juillet 2024 – août 2024 : Animatrice en accueil collectif de mineurs – Ville de Sélestat
- Encadrement d'un groupe de 12 enfants de 6 à 8 ans
- Conception d'un projet d'activités autour du recyclage

2021 – 2025 : Vendeuse en boulangerie le week-end – Boulangerie Kieffer, Strasbourg (pendant mes études)

FORMATION
2024 – 2026 : Master Communication des organisations, parcours communication solidaire et responsable – Université de Strasbourg. Diplôme obtenu en septembre 2026.
2021 – 2024 : Licence Information-communication – Université de Strasbourg
2021 : Baccalauréat général, spécialités SES et HLP – Lycée Jean-Monnet, Strasbourg

COMPÉTENCES
Rédaction : communiqués, portraits, lettres d'information, rapports d'activité
Outils : Suite Adobe (InDesign, Illustrator), Canva, WordPress, Mailchimp, Suite Office
Gestion de projet : rétroplanning, budget prévisionnel, coordination de bénévoles
Prise de parole : animation de réunions, présentation devant des financeurs

LANGUES
Allemand : courant (bilingue alsacien-allemand dans la famille)
Anglais : niveau B2 (TOEIC 845)
Espagnol : notions

ENGAGEMENTS
Bénévole à la Banque alimentaire du Bas-Rhin depuis 2022 (collectes, communication)
Membre du bureau de l'association étudiante Campus Solidaire (2022–2024), trésorière adjointe

CENTRES D'INTÉRÊT
Photographie argentique, randonnée dans les Vosges, théâtre d'improvisation (troupe amateur), couture et réemploi textile

Je cherche un premier poste en communication dans une association ou une coopérative du Grand Est. Je sais que mon CV est chargé en stages, c'est un peu le lot de ma génération, et j'aimerais apprendre à le présenter comme un parcours cohérent plutôt que comme une suite d'expériences courtes. Je serais ravie d'en parler avec vous.

Bien cordialement,
Ophélie Martineau""",
        app("Ophélie", "Martineau", phone="+33631742895", bac=5, grad="2026-09", failing=("not_internship",), status="b_cv_stage_ressourcerie_en_cours_mars"),
    )),
    # Feature: pasted_cv — career_change — 2015 – 2023 : Conseiller de vente, Decathlon
    # length: long, about 400 words, a CV whose experience list begins with a licence pro's internship and ends on eight years in a sports retailer before the diploma → application; eight years of sales before the licence pro → fails not_career_change → not eligible
    N("pasted_cv", "career_change", "2015 – 2023 : Conseiller de vente, Decathlon", M(
        "Julien Pastor <julien.pastor@example.org>",
        "CV – candidature au programme",
        "03 11:46",
        """Bonjour,

Suite à notre échange téléphonique de ce matin avec votre collègue, voici mon CV en texte, comme convenu.

JULIEN PASTOR
32 ans – Montpellier – 07 18 42 96 03
Chargé de projets sport et insertion

FORMATION
2024 – 2025 : Licence professionnelle Métiers de l'animation sociale, socio-éducative et socioculturelle, parcours sport et inclusion – Université de Montpellier (diplôme obtenu en juin 2025, mention bien)
2012 – 2014 : BTS Négociation et relation client – Lycée Joffre, Montpellier
2012 : Baccalauréat STMG

EXPÉRIENCE
Janvier 2025 – juin 2025 : Stage de fin d'études – Association Sport dans la Ville, antenne de Montpellier
- Co-animation de séances de football et de basket pour des jeunes de 10 à 16 ans des quartiers prioritaires
- Mise en place d'un parcours d'accompagnement vers l'emploi pour des jeunes de 18 à 25 ans
- Suivi des partenariats avec les clubs locaux et les entreprises mécènes

Septembre 2023 – décembre 2024 : Éducateur sportif vacataire – Ville de Castelnau-le-Lez (en parallèle de la reprise d'études)

2015 – 2023 : Conseiller de vente, Decathlon, magasin de Montpellier Odysseum
- Responsable du rayon sports collectifs à partir de 2018
- Formation des nouveaux vendeurs
- Organisation d'événements en magasin avec les clubs du département

2014 – 2015 : Employé polyvalent, grande distribution (CDD)

COMPÉTENCES
- Animation de groupes, pédagogie adaptée aux publics en difficulté
- Montage de projets et de dossiers de financement (Agence nationale du sport, fondations d'entreprise)
- Relation partenaires, négociation, sens commercial
- Gestion de budget et de stocks
- Outils : Excel, Canva, logiciels de caisse et de gestion des stocks

DIPLÔMES SPORTIFS
BPJEPS Activités sports collectifs (2023)
PSC1, brevet de surveillant de baignade

LANGUES
Anglais : intermédiaire
Catalan : compris et parlé (famille)

ENGAGEMENT
Entraîneur bénévole de l'équipe U13 du club de football de mon quartier depuis 2016
Membre de l'association des supporters solidaires du club de rugby local

FORMATIONS COMPLÉMENTAIRES
2024 : Formation « Sport et santé : accueillir des publics fragiles » (3 jours, comité régional olympique)
2023 : Sensibilisation à la prévention des violences dans le sport (1 jour)
2019 : Formation interne de tuteur des nouveaux vendeurs

RÉALISATIONS DONT JE SUIS FIER
- Création d'un tournoi de futsal inter-quartiers réunissant 120 jeunes en mai 2025, avec l'appui de trois clubs et d'une fondation d'entreprise
- Accompagnement de cinq jeunes du programme vers une formation qualifiante ou un emploi à la fin de mon stage
- Organisation en magasin d'une collecte de matériel sportif au profit d'une association de réemploi

CENTRES D'INTÉRÊT
Trail, vélo, cuisine catalane, bandes dessinées

Je cherche un poste de chargé de projets ou de coordinateur dans une association sport et insertion, une fédération sportive ou une structure d'éducation populaire, sur l'Hérault ou le Gard.

Merci pour votre temps,
Julien Pastor""",
        app("Julien", "Pastor", phone="+33718429603", bac=3, grad="2025-06", failing=("not_career_change",), status="b_cv_decathlon_2015_2023"),
    )),
    # Feature: pasted_cv — level — Diplôme d'État d'assistant de service social
    # length: long, about 390 words, a CV pasted from two columns, its left column (contact, languages, skills) flattened before the right one; the DE ASS in the education section near the end → application; DE ASS (bac+3) of July 2026, an association aim → eligible
    N("pasted_cv", "level", "Diplôme d'État d'assistant de service social", M(
        "Mehdi Ouali <mehdi.ouali@example.net>",
        "Candidature Pro'pulse - Mehdi Ouali",
        "05 09:58",
        """Bonjour,

Je vous envoie mon CV en copier-coller, désolé, la mise en page sur deux colonnes n'a pas survécu.

MEHDI OUALI
Assistant de service social

CONTACT
07 66 24 81 39
mehdi.ouali@example.net
Clermont-Ferrand
Permis B, véhiculé

LANGUES
Arabe : langue maternelle
Anglais : B2
Espagnol : A2

SAVOIR-ÊTRE
Écoute active
Patience
Esprit d'équipe
Discrétion professionnelle

LOGICIELS
Pack Office
Logiciels de gestion de dossiers sociaux
Outils de visioconférence

PROFIL
Jeune professionnel du travail social, formé à l'accompagnement global des personnes et des familles, attaché à l'accès aux droits et au travail en réseau avec les partenaires associatifs.

EXPÉRIENCES
Février 2026 – juin 2026 : Stage de troisième année – Association d'aide aux migrants, Clermont-Ferrand
Accompagnement de familles demandeuses d'asile dans leurs démarches administratives, ouverture de droits sociaux, orientation vers les soins, participation aux réunions de synthèse.

Octobre 2024 – mars 2025 : Stage de deuxième année – Service social départemental, Riom
Permanences d'accueil, évaluations sociales, suivi de situations de protection de l'enfance en binôme avec une assistante sociale.

Été 2023 et été 2024 : Agent d'accueil saisonnier – Camping municipal de Murol

2021 – 2023 : Aide aux devoirs bénévole – Centre social de la Gauthière

FORMATION
2023 – 2026 : Diplôme d'État d'assistant de service social, obtenu en juillet 2026 – Institut du travail social de la région Auvergne, Clermont-Ferrand
2021 – 2023 : Première et deuxième années de licence de sociologie – Université Clermont Auvergne (abandon pour intégrer la formation d'assistant de service social)
2021 : Baccalauréat général

COMPÉTENCES
Conduite d'entretiens d'aide, évaluation sociale, rédaction de rapports sociaux
Connaissance des dispositifs d'accès aux droits (RSA, CMU-C, aides au logement, droit d'asile)
Animation d'actions collectives
Travail en équipe pluridisciplinaire

CENTRES D'INTÉRÊT
Football en club, cuisine, cinéma d'auteur, randonnée dans les volcans d'Auvergne

MÉMOIRE DE FIN D'ÉTUDES
« L'accès aux droits des familles déboutées du droit d'asile : le rôle des associations dans les interstices du droit » (note de 15/20), sous la direction d'une formatrice de l'institut et d'une juriste de la Cimade.

FORMATIONS COURTES
Premiers secours en santé mentale (2025)
Initiation à l'interprétariat en milieu social (2024)
Prévention des violences intrafamiliales (2025)

RÉFÉRENCES
Ma référente de stage de troisième année et la formatrice qui a dirigé mon mémoire acceptent d'être contactées ; leurs coordonnées sur demande.

Je cherche un poste d'assistant de service social dans une association d'accueil des personnes exilées ou d'hébergement, dans le Puy-de-Dôme ou à Lyon.

Cordialement,
Mehdi Ouali""",
        app("Mehdi", "Ouali", phone="+33766248139", bac=3, grad="2026-07", status="b_cv_deux_colonnes_de_ass"),
    )),
    # Feature: pasted_cv — aim — OBJECTIF : un poste de chargée de mission dans une structure de l'ESS
    # length: long, about 380 words, a CV whose objective line stands first under the name, then a licence from Bordeaux and a Colombian first degree, jobs and interests → application; licence of June 2025, an ESS aim → eligible
    N("pasted_cv", "aim", "OBJECTIF : un poste de chargée de mission dans une structure de l'ESS", M(
        "Valentina Quiroga <valentina.quiroga@example.com>",
        "Mi CV / mon CV – Pro'pulse",
        "07 16:14",
        """Bonjour,

Voici mon CV. Une amie qui a suivi votre programme il y a deux ans me l'a conseillé, en me disant que vous aidiez beaucoup à comprendre les codes des recruteurs en France, ce qui est exactement ma difficulté : en Colombie, on ne présente pas son parcours de la même façon, et je crois que mes candidatures ne mettent pas en valeur ce que je sais faire. Je suis disponible pour un rendez-vous quand vous voulez, de préférence en fin de matinée.

VALENTINA QUIROGA
Bordeaux – 06 45 93 12 70
OBJECTIF : un poste de chargée de mission dans une structure de l'ESS (coopérative, mutuelle ou association), en Nouvelle-Aquitaine

FORMATION
2024 – 2025 : Licence Économie et gestion, parcours économie sociale et solidaire – Université de Bordeaux, obtenue en juin 2025
2016 – 2021 : Pregrado en Trabajo Social – Universidad de Antioquia, Medellín, Colombie (diplôme de travailleuse sociale, sans équivalence demandée)
2015 : Bachillerato – Medellín

EXPÉRIENCES EN FRANCE
Septembre 2025 – juin 2026 : Assistante de projet (CDD) – Coopérative d'habitants Les Jardins de la Garonne, Bègles
- Suivi administratif des adhésions et préparation des assemblées générales
- Animation de la commission « vivre ensemble »
- Rédaction du rapport d'activité annuel

Mars 2025 – juin 2025 : Stage – Union régionale des SCOP, Bordeaux
- Appui à l'accompagnement de projets de reprise d'entreprise en coopérative
- Veille documentaire et préparation de fiches pratiques

EXPÉRIENCES EN COLOMBIE
2021 : Stage de fin d'études (6 mois) – Fondation pour l'enfance, Medellín
- Accompagnement de familles déplacées par le conflit armé
- Ateliers de prévention auprès d'adolescents

2019 – 2021 : Volontaire – Coopérative de femmes caféicultrices, Antioquia (pendant mes études)

COMPÉTENCES
Animation de la participation et de la gouvernance partagée
Montage de dossiers et suivi administratif
Médiation interculturelle
Outils : Suite Office, Google Workspace, Canva, bases de données adhérents

LANGUES
Espagnol : langue maternelle
Français : C1 (DALF obtenu en 2024)
Anglais : B1

ENGAGEMENTS ET CENTRES D'INTÉRÊT
Bénévole dans une association franco-colombienne (cours de danse et cuisine)
Membre d'un groupement d'achat de produits locaux
Lecture, salsa, cyclisme

FORMATIONS COURTES
Animer une assemblée générale participative (2 jours, réseau régional des coopératives d'habitants, 2026)
Initiation à la comptabilité associative (1 jour, 2025)
Facilitation graphique (1 jour, 2025)

CE QUE JE PEUX APPORTER
Une double expérience de l'action sociale en Colombie et de la gouvernance coopérative en France, l'habitude de travailler avec des publics très différents, et la conviction que la participation des personnes concernées n'est pas un supplément mais le cœur du travail.

Merci beaucoup et à bientôt,
Valentina""",
        app("Valentina", "Quiroga", phone="+33645931270", bac=3, grad="2025-06", status="b_cv_objectif_ess_colombie"),
    )),
    # Feature: pasted_cv — studies_finished — soutenance le 13 novembre 2026, résultats en attente
    # ambiguous: the defence held, the grade and the diploma still awaited: studies_finished stays open (and the licence before it, dated «2021 – 2024», leaves the date open)
    # length: long, about 370 words, a CV whose education section's first line gives the master's defence held and the results awaited, below a long experience list → application; results awaited after the last exam → to verify
    N("pasted_cv", "studies_finished", "soutenance le 13 novembre 2026, résultats en attente", M(
        "Léna Schaeffer <lena.schaeffer@example.fr>",
        "Mon CV pour Pro'pulse",
        "19 20:27",
        """Bonjour,

Suite à la réunion d'information en ligne de mardi dernier, je vous transmets mon CV directement dans le message, comme la conseillère l'a suggéré pour ceux dont les pièces jointes sont bloquées par le filtre. J'en profite pour vous remercier pour cette réunion, très claire, qui m'a rassurée sur beaucoup de points.

LÉNA SCHAEFFER
Coordinatrice de projets culturels et solidaires
Nancy – 06 20 58 37 14

EXPÉRIENCES
Avril – septembre 2026 : Stage de fin d'études – Scène de musiques actuelles associative, Nancy
- Coordination d'un projet d'ateliers musicaux en EHPAD et en foyer de jeunes travailleurs
- Recherche de financements (fondations, politique de la ville)
- Évaluation du projet avec les participants

2024 – 2025 : Service civique – Association de médiation culturelle, Metz (8 mois, terminé en juin 2025)
- Accompagnement de publics éloignés de la culture vers les musées et les salles de spectacle
- Conception d'outils de médiation

Étés 2022 et 2023 : Bénévole sur des festivals (accueil, billetterie, éco-responsabilité)

2021 – 2024 : Serveuse dans un bar associatif (12 heures par semaine, pendant mes études)

FORMATION
2024 – 2026 : Master Médiation culturelle et économie sociale – Université de Lorraine ; soutenance le 13 novembre 2026, résultats en attente
2021 – 2024 : Licence Arts du spectacle – Université de Lorraine
2021 : Baccalauréat général

COMPÉTENCES
Conduite de projet : diagnostic, planification, budget, évaluation
Animation de groupes et d'ateliers participatifs
Partenariats avec les collectivités et les acteurs sociaux
Rédaction : dossiers de subvention, bilans, communiqués
Outils : Suite Office, Canva, logiciels de billetterie

LANGUES
Anglais : B2
Allemand : B1

MÉMOIRE DE MASTER
« Faire entrer la musique là où on ne l'attend pas : les projets culturels en établissements médico-sociaux et leurs effets sur les participants », sous la direction d'une enseignante-chercheuse en sociologie de la culture.

FORMATIONS COURTES
Gestion de projet culturel et financements européens (2 jours, 2025)
Accueil des publics en situation de handicap dans les lieux culturels (1 jour, 2026)
Prévention et secours civiques de niveau 1 (2023)

CENTRES D'INTÉRÊT
Chant choral, guitare, photographie de concert, jardinage partagé, lecture de romans graphiques

Je précise que je cherche un poste de coordinatrice dans une association culturelle, une SCIC culturelle ou une structure d'éducation populaire, en Lorraine ou en Alsace. Je suis disponible pour un entretien dès que vous le souhaitez, en visio de préférence car je n'ai pas de voiture.

Je vous remercie et vous souhaite une bonne soirée,
Léna Schaeffer""",
        app("Léna", "Schaeffer", phone="+33620583714", bac=3, grad="2024", unknown=("graduation_recent", "studies_finished"), status="b_cv_soutenue_resultats_attente"),
    )),
    # Feature: pasted_cv — situation — Service civique – Ligue de l'enseignement, depuis juin 2026, fin courant décembre
    # ambiguous: a civic service ending «courant décembre» with no day: not_service_civique stays open
    # length: long, about 360 words, a CV whose open civic service line stands in the middle of the experience list, below the BTS's education lines → application; civic service ending with no day → to verify
    N("pasted_cv", "situation", "Service civique – Ligue de l'enseignement, depuis juin 2026, fin courant décembre", M(
        "Noah Tshibangu <noah.tshibangu@example.org>",
        "CV – Noah Tshibangu",
        "20 13:05",
        """Bonjour,

Comme mon fichier PDF ne s'ouvrait pas chez vous, le voici collé en texte. Je m'excuse pour la présentation, j'ai fait au mieux avec mon téléphone, les tirets et les espaces ont un peu bougé. Si vous avez besoin d'une version propre, je peux aussi la déposer à l'accueil de la mission locale de Rouen, qui vous la transmettra.

NOAH TSHIBANGU
Animateur – médiateur
Rouen – 07 43 19 68 25

FORMATION
2023 – 2025 : BTS Services et prestations des secteurs sanitaire et social – Lycée Flaubert, Rouen (obtenu en juin 2025)
2023 : Baccalauréat ST2S
BAFA (2022), PSC1 (2023)

EXPÉRIENCES
Service civique – Ligue de l'enseignement, depuis juin 2026, fin courant décembre
Accompagnement d'élèves de primaire dans un programme de lecture
Animation d'ateliers de citoyenneté dans deux collèges
Participation à l'organisation d'un festival jeunesse

Septembre 2025 – mai 2026 : Agent d'accueil (CDD) – Caisse primaire d'assurance maladie, Rouen
Accueil et orientation des assurés, aide aux démarches en ligne, prise de rendez-vous

Étés 2023, 2024 et 2025 : Animateur en centre de loisirs – Ville de Petit-Quevilly
Encadrement d'enfants de 6 à 11 ans, organisation de sorties et de grands jeux

Janvier – février 2025 : Stage de BTS – Centre communal d'action sociale de Rouen
Accueil du public, instruction de demandes d'aide facultative

COMPÉTENCES
Accueil et orientation de publics variés
Animation d'ateliers collectifs
Connaissance des dispositifs sociaux et de santé
Travail en équipe et en partenariat
Outils : Suite Office, logiciels de gestion de dossiers

LANGUES
Lingala : langue maternelle
Anglais : B1

ENGAGEMENTS
Membre du conseil citoyen de mon quartier depuis 2024
Bénévole au Secours populaire (distribution alimentaire) pendant le confinement

FORMATIONS COURTES
Médiation par les pairs et gestion des conflits (2 jours, 2026)
Valeurs de la République et laïcité (formation civique du service civique, 2026)
Premiers secours en santé mentale (2025)

RÉALISATIONS
Création d'un club de lecture pour des élèves de CM1 et de CM2, avec une restitution publique devant les familles en juin 2026
Organisation d'un tournoi de basket de quartier en partenariat avec la maison de quartier et deux associations sportives

CENTRES D'INTÉRÊT
Basket, musique (beatmaking), cuisine congolaise, jeux de société

PROJET
Trouver un poste d'animateur, de médiateur social ou d'agent de développement dans une association ou un centre social de la métropole rouennaise.

Je vous remercie d'avance de votre retour et reste joignable au numéro ci-dessus, de préférence en fin de journée.

Noah""",
        app("Noah", "Tshibangu", phone="+33743196825", bac=2, grad="2025-06", unknown=("not_service_civique",), status="b_cv_sc_ligue_courant_decembre"),
    )),
    # Feature: pasted_cv — kind — Profils à la une cette semaine
    # length: long, about 420 words, a job board's weekly digest pasting three candidates' profiles (other people's facts), List-Unsubscribe and Precedence: bulk → newsletter
    N("pasted_cv", "kind", "Profils à la une cette semaine", M(
        "Emplois Solidaires – CVthèque <cvtheque@emplois-solidaires.example.org>",
        "Profils à la une cette semaine – CVthèque de l'emploi solidaire",
        "21 06:00",
        """Bonjour,

Vous recevez cette lettre parce que votre structure est inscrite comme recruteur sur la CVthèque de l'emploi solidaire. Profils à la une cette semaine : trois candidats qui ont accepté que leur CV soit diffusé auprès des employeurs de l'économie sociale et solidaire.

PROFIL 1 – Chargée de développement associatif (Lyon)
Formation : Master 2 Développement social et territorial, Université Lyon 2 (2026)
Expériences : stage de six mois dans une fédération d'éducation populaire (2026) ; service civique dans une association de lutte contre l'illettrisme (2023–2024) ; animatrice de colonies (étés 2019–2022)
Compétences : montage de projets, recherche de financements, animation de réseaux de bénévoles, évaluation
Disponibilité : immédiate
Mobilité : Auvergne-Rhône-Alpes

PROFIL 2 – Encadrant technique d'insertion (Nantes)
Formation : Titre professionnel d'encadrant technique d'insertion (2025) ; CAP menuiserie (2008)
Expériences : quinze ans de menuiserie en entreprise artisanale ; encadrant technique vacataire dans un atelier chantier d'insertion (2025–2026)
Compétences : encadrement d'équipes en parcours, transmission de savoir-faire, sécurité des chantiers, suivi des parcours avec les accompagnateurs socioprofessionnels
Disponibilité : janvier 2027
Mobilité : Loire-Atlantique, Vendée

PROFIL 3 – Assistante de gestion en coopérative (Lille)
Formation : BUT Gestion des entreprises et des administrations (2025)
Expériences : alternance de deux ans dans une SCOP de services informatiques ; CDD d'assistante comptable dans une mutuelle (2025–2026)
Compétences : comptabilité générale, paie, gestion administrative des sociétaires, tableaux de bord
Disponibilité : immédiate
Mobilité : Hauts-de-France

Pour consulter les CV complets et contacter ces candidats, connectez-vous à votre espace recruteur. Les coordonnées ne sont visibles que par les structures dont l'inscription a été validée par notre équipe.

LE CONSEIL DE LA SEMAINE
Vous recrutez pour la première fois un poste financé par un contrat aidé ? Pensez à vérifier l'éligibilité du candidat auprès du prescripteur avant la signature, et à prévoir le plan de formation dès l'entretien d'embauche. Notre fiche pratique, mise à jour en novembre, récapitule les démarches et les aides mobilisables.

AGENDA
- 3 décembre : webinaire « Recruter sans discriminer dans les petites associations », de 12h30 à 13h30
- 10 décembre : job dating de l'économie sociale et solidaire à Marseille, inscription des employeurs ouverte
- 14 janvier : atelier « Fidéliser ses salariés en insertion », à Rennes et en ligne

La CVthèque de l'emploi solidaire est un service gratuit pour les associations, coopératives, mutuelles, fondations et entreprises solidaires d'utilité sociale. Elle est soutenue par plusieurs fondations et réseaux régionaux.

Pour ne plus recevoir cette lettre, rendez-vous dans les paramètres de votre espace recruteur ou cliquez sur le lien de désinscription.""",
        newsletter(),
        headers={"List-Unsubscribe": "<https://emplois-solidaires.example.org/desinscription?r=animafac>", "Precedence": "bulk"},
    )),
    # Feature: many_matters — studies_finished — mon diplôme de licence pro est validé depuis juillet 2026
    # length: long, about 470 words, housing in Lyon, a bus pass, a hearing impairment and its accommodations, the schedule, a question about visio; the studies finished in one clause of the fourth of seven paragraphs → application; licence pro of July 2026, studies over, an ESS aim → eligible
    N("many_matters", "studies_finished", "mon diplôme de licence pro est validé depuis juillet 2026", M(
        "Amandine Perrot <amandine.perrot@example.fr>",
        "Plusieurs questions avant de m'inscrire",
        "04 13:20",
        """Bonjour,

Je souhaite m'inscrire à Pro'pulse, mais avant de remplir quoi que ce soit j'ai plusieurs questions pratiques, et je préfère vous les poser toutes d'un coup plutôt que de vous envoyer dix mails. Pardon d'avance pour la longueur.

D'abord, le logement. Je quitte Grenoble à la fin du mois pour m'installer à Lyon, chez une amie, le temps de trouver un appartement. Est-ce que le programme se déroule en partie à Lyon, ou est-ce que tout se passe à Paris ? Si je dois me déplacer à Paris, est-ce que les trajets sont pris en charge, même partiellement ? Mon budget est serré tant que je n'ai pas d'emploi.

Ensuite, le transport sur place. Je n'ai pas le permis, je me déplace en bus et en tram, et je voudrais savoir si les ateliers ont lieu dans des locaux accessibles en transports en commun, et à quelle heure ils finissent, parce que je dois rentrer avant 21 heures pour des raisons de correspondance.

Un point plus personnel : je suis malentendante, j'ai une reconnaissance de la qualité de travailleur handicapé et je porte des appareils auditifs. En groupe, j'ai besoin d'être placée près de la personne qui parle, et en visio j'ai besoin que les sous-titres automatiques soient activés, ou que quelqu'un prenne des notes partagées. Ce n'est pas compliqué, mais je préfère le dire dès le début. Côté études, c'est terminé : mon diplôme de licence pro est validé depuis juillet 2026, une licence professionnelle Gestion des organisations de l'économie sociale, après un BTS Support à l'action managériale.

Pour le calendrier, je suis disponible tous les jours sauf le jeudi matin, où j'ai un rendez-vous médical régulier jusqu'en février. Est-ce que les séances individuelles peuvent être fixées en fonction de ça ?

Ce que je cherche, c'est un poste d'assistante de gestion ou de chargée de vie associative dans une association, une fédération ou une coopérative, sur Lyon et sa métropole. J'ai fait mon stage de licence dans une fédération départementale de foyers ruraux et j'ai adoré le côté réseau, les assemblées générales, le lien avec les bénévoles.

Dernière chose : une camarade de promo, qui a eu la même licence que moi, se demande si elle peut s'inscrire aussi alors qu'elle a déjà un CDD de six mois qui commence en janvier. Je lui ai dit que je vous poserais la question. Elle vous écrira sans doute elle-même.

Merci beaucoup pour vos réponses, et désolée encore pour ce roman.

Amandine Perrot
06 08 47 21 93""",
        app("Amandine", "Perrot", phone="+33608472193", bac=3, grad="2026-07", status="b_matters_rqth_lp_validee"),
    )),
    # Feature: many_matters — situation — je suis en service civique à l'AFEV jusqu'à fin avril 2027
    # length: long, about 450 words, childcare for a two-year-old, the CAF, a car breakdown, the schedule of the workshops; the running civic service in one clause of the third of seven paragraphs → application; civic service until April 2027 → fails not_service_civique → not eligible
    N("many_matters", "situation", "je suis en service civique à l'AFEV jusqu'à fin avril 2027", M(
        "Kenza Rahmani <kenza.rahmani@example.com>",
        "Inscription et questions pratiques",
        "06 21:48",
        """Bonjour,

Je vous écris pour m'inscrire à votre programme, et aussi pour vous poser plusieurs questions, parce que ma situation n'est pas la plus simple à organiser.

J'ai un petit garçon de deux ans et demi, que j'élève seule. Il est à la crèche municipale trois jours par semaine, le lundi, le mardi et le jeudi, et chez ma mère le mercredi. Le vendredi, je n'ai pas de solution de garde. Est-ce que les ateliers collectifs ont lieu un jour fixe ? Si c'est le vendredi, est-ce qu'il serait possible de les suivre à distance, ou de venir avec lui, il est plutôt calme ?

Pour vous situer mon parcours : j'ai une licence de sociologie obtenue à Poitiers en juin 2025, et depuis le mois de mai je suis en service civique à l'AFEV jusqu'à fin avril 2027, où j'accompagne des collégiens en difficulté scolaire deux après-midi par semaine. Ça me plaît beaucoup, mais je sais que ça ne durera pas et je veux préparer la suite dès maintenant.

Côté argent, je touche l'indemnité de service civique et l'allocation de soutien familial, plus les aides au logement de la CAF. Est-ce que le fait de participer à votre programme pourrait changer quelque chose à mes droits ? Je demande parce qu'une amie a eu des soucis avec ses aides après une formation rémunérée, et je ne peux pas me permettre de perdre quoi que ce soit.

Autre souci très concret : ma voiture est en panne depuis trois semaines, et le garagiste me parle de huit cents euros de réparation. En attendant, je prends le bus, ce qui me fait une heure de trajet pour aller à Poitiers centre. Si les rendez-vous individuels pouvaient se faire en visio, ce serait plus simple pour moi au moins jusqu'en janvier.

Ce que je voudrais après mon service civique, c'est travailler dans une association d'éducation populaire ou de soutien à la parentalité, comme animatrice ou coordinatrice de projets. J'aime le contact avec les familles, et je crois que mon expérience de mère seule m'aide à comprendre ce que vivent certaines d'entre elles.

Je sais que ça fait beaucoup de questions. Merci de prendre le temps de me répondre, même brièvement.

Bien à vous,

Kenza Rahmani
06 73 25 80 41""",
        app("Kenza", "Rahmani", phone="+33673258041", bac=3, grad="2025-06", failing=("not_service_civique",), status="b_matters_sc_afev_avril_2027"),
    )),
    # Feature: many_matters — aim — les deux me conviendraient tout autant
    # ambiguous: associations and the territorial civil service on equal terms: job_seeking_ess stays open
    # length: long, about 420 words, the RSA, a flat share ending, a disability of the knee, the schedule; the two searches side by side in one clause of the fifth paragraph → application; master of June 2026, aim open → to verify
    N("many_matters", "aim", "les deux me conviendraient tout autant", M(
        "Tristan Morvan <tristan.morvan@example.net>",
        "Candidature + quelques questions",
        "08 10:14",
        """Bonjour,

Je voudrais rejoindre votre programme d'accompagnement et j'ai quelques questions pratiques à vous poser au passage. Je vais essayer d'être clair.

Je touche le RSA depuis septembre, à la fin de mon dernier contrat étudiant. Ma conseillère du département m'a dit qu'un accompagnement vers l'emploi pouvait être inscrit dans mon contrat d'engagement réciproque. Est-ce que vous pouvez fournir une attestation d'inscription ou de participation, pour que je la lui transmette ? Sinon, elle risque de me demander de suivre un autre dispositif en parallèle.

Deuxième point : le logement. Ma colocation à Brest se termine en janvier, les deux autres colocataires partent à l'étranger, et je ne sais pas encore si je vais rester à Brest ou retourner chez mes parents à Morlaix. Est-ce que ça pose un problème pour le suivi si je change d'adresse en cours de route ?

Troisième point : je me suis fait opérer du genou en octobre, après une mauvaise chute à vélo, et je marche encore avec des béquilles. Je devrais être remis d'ici un mois ou deux. Pendant ce temps, les escaliers sont compliqués pour moi : est-ce que vos locaux ont un ascenseur, ou est-ce que je peux suivre les premiers ateliers à distance ?

Pour ce qui est de mon parcours et de ce que je cherche : j'ai obtenu en juin 2026 un master Gestion des territoires et développement local à l'université de Bretagne occidentale. Je vise un poste de chargé de développement local, et je regarde aussi bien les offres des associations de développement rural que celles des communautés de communes, les deux me conviendraient tout autant tant que le poste est en Bretagne et qu'il a un sens pour le territoire.

Enfin, une question sur le calendrier : combien de temps dure l'accompagnement, et faut-il s'engager sur toute la durée ? Je préfère le savoir avant, parce que si je trouve un poste en cours de route je ne voudrais pas prendre la place de quelqu'un pour rien.

Je précise, pour être complet, que je ne suis ni en stage ni en service civique, et que je n'ai travaillé pendant mes études que dans des emplois d'été, dans une conserverie de Douarnenez notamment, ce qui n'a rien à voir avec ce que je cherche mais m'a appris la ponctualité.

Merci d'avance pour vos réponses, et pour ce que vous faites,

Tristan Morvan
07 29 61 84 50""",
        app("Tristan", "Morvan", phone="+33729618450", bac=5, grad="2026-06", unknown=("job_seeking_ess",), status="b_matters_rsa_asso_ou_comcom"),
    )),
    # Feature: many_matters — graduation — BTS Économie sociale familiale obtenu en 2021
    # length: long, about 430 words, a move from Guadeloupe, flights, lodging in the Paris region, a brother who might apply, the workshops' dates; the BTS's year in one clause of the fourth paragraph, no later diploma → application; BTS of 2021 → fails graduation_recent → not eligible
    N("many_matters", "graduation", "BTS Économie sociale familiale obtenu en 2021", M(
        "Loïc Zébina <loic.zebina@example.fr>",
        "Pro'pulse depuis la Guadeloupe",
        "11 02:33",
        """Bonjour,

Je vous écris depuis Pointe-à-Pitre, où il est encore tôt dans la soirée (chez vous il doit être le milieu de la nuit, désolé si le mail arrive à une heure bizarre). J'ai découvert votre programme sur les réseaux sociaux et j'aimerais en faire partie, mais j'ai pas mal de questions liées au fait que je vis loin.

Je prévois de m'installer en région parisienne au mois de février, chez mon oncle à Sarcelles, pour chercher du travail là-bas. Les billets d'avion coûtent très cher, surtout en période de vacances, alors je voudrais savoir si le programme commence à une date fixe ou s'il est possible d'entrer en cours d'année. Si je pouvais commencer à distance en janvier et continuer sur place à partir de février, ce serait idéal.

Pour le logement, mon oncle peut m'héberger trois ou quatre mois, pas plus. Est-ce que vous avez des contacts avec des foyers de jeunes travailleurs ou des résidences sociales, ou est-ce que ce n'est pas du tout votre rôle ? Je comprendrais, mais je demande quand même.

Sur mon parcours : BTS Économie sociale familiale obtenu en 2021 au lycée de Baimbridge, rien depuis côté diplômes. Depuis, j'ai travaillé comme agent d'accueil à la mairie de mon quartier, en contrats courts, puis comme animateur dans une association de quartier de Pointe-à-Pitre, où je suis encore jusqu'à la fin de l'année. C'est là que j'ai compris que je voulais faire carrière dans l'associatif, mais en métropole, parce que les postes ici sont rares.

Je voudrais travailler comme conseiller en économie sociale familiale ou comme coordinateur dans une association d'insertion ou de logement, en Île-de-France.

Autre chose : mon petit frère vient d'avoir sa licence de sciences de l'éducation et pense aussi à venir en métropole. Il voudrait savoir s'il peut candidater de son côté. Je lui transmettrai votre réponse.

Je précise aussi, au cas où ce serait utile, que je n'ai jamais fait de service civique et que mon dernier stage remonte à mon BTS, au centre communal d'action sociale des Abymes. Depuis, j'ai surtout appris sur le terrain, au contact des familles du quartier.

Dernière question : est-ce que les ateliers ont lieu en semaine ou le samedi ? Si je trouve un petit boulot en arrivant, ce sera sans doute en horaires décalés.

Merci beaucoup pour votre retour, et bonne journée à vous quand vous lirez ce message,

Loïc Zébina
+590 690 41 27 58""",
        app("Loïc", "Zébina", phone="+590690412758", bac=2, grad="2021", failing=("graduation_recent",), status="b_matters_guadeloupe_bts_2021"),
    )),
    # Feature: many_matters — career_change — il n'a travaillé que l'été, comme saisonnier
    # length: long, about 440 words, an educator of a children's home writing for a young man leaving care: his housing, his contrat jeune majeur, a bank account, a bus pass, his shyness; his BTS and summer jobs in one clause of the third paragraph → application (referral: the educator in forwarded_by, the young man's address); BTS of June 2026, summer jobs only, an association aim → eligible
    N("many_matters", "career_change", "il n'a travaillé que l'été, comme saisonnier", M(
        "Murielle Sabatier <m.sabatier@foyer-exemple.example.org>",
        "Orientation d'un jeune vers Pro'pulse – Jordan Villeneuve",
        "12 16:05",
        """Bonjour,

Je suis éducatrice dans une maison d'enfants à caractère social du Val-de-Marne, et je me permets de vous écrire au sujet d'un jeune que j'accompagne depuis quatre ans, Jordan Villeneuve, qui a vingt et un ans. Il est d'accord pour que je vous contacte et il est en copie de ce message à son adresse personnelle, jordan.villeneuve@example.com.

Sa situation mêle beaucoup de questions pratiques, je vais essayer de les ordonner. Jordan bénéficie d'un contrat jeune majeur avec l'aide sociale à l'enfance jusqu'en juin prochain. Il vit actuellement dans un studio en semi-autonomie rattaché à notre structure, qu'il devra quitter à la fin du contrat. La question du logement est donc centrale pour lui, et nous avons déposé une demande en foyer de jeunes travailleurs.

Côté parcours, Jordan a obtenu en juin 2026 un BTS Services et prestations des secteurs sanitaire et social. Il n'a jamais eu d'emploi durable : pendant ses études, il n'a travaillé que l'été, comme saisonnier, dans une base de loisirs de Seine-et-Marne. Il n'est ni en stage ni en service civique. Il souhaite travailler dans une association du secteur social ou médico-social, comme agent d'accueil ou coordinateur de parcours, et il a une vraie sensibilité pour l'accompagnement des jeunes qui ont connu, comme lui, le placement.

Plusieurs obstacles très concrets le freinent. Il n'a pas encore de compte bancaire à son seul nom, ce qui complique l'ouverture de certaines aides ; nous y travaillons avec la banque. Il se déplace en transports en commun avec une carte de réduction jeune, et les trajets vers Paris lui prennent environ une heure. Il est aussi très réservé à l'oral, et perd ses moyens en entretien, alors qu'il est remarquable dans la relation individuelle.

Je voudrais savoir si votre programme peut l'accueillir, si un référent peut le suivre individuellement, et s'il est possible que je sois présente au premier rendez-vous, au moins pour faire les présentations. Je précise que ma mission auprès de lui s'arrêtera avec la fin de son contrat jeune majeur, et qu'il aura besoin d'autres appuis à ce moment-là.

Je vous remercie de l'attention que vous porterez à sa situation. Jordan attend votre réponse avec impatience, même s'il ne le dira pas.

Murielle Sabatier
Éducatrice spécialisée
06 49 83 12 70""",
        app("Jordan", "Villeneuve", phone=None, bac=2, grad="2026-06", email="jordan.villeneuve@example.com", forwarded_by="m.sabatier@foyer-exemple.example.org", status="b_matters_educatrice_jeune_majeur"),
    )),
    # Feature: many_matters — kind — j'aimerais comprendre comment se passe concrètement l'accompagnement
    # length: long, about 390 words, a long list of practical questions (cost, dates, place, visio, duration, documents, childcare, accessibility) from a person who gives no fact of her own → question
    N("many_matters", "kind", "j'aimerais comprendre comment se passe concrètement l'accompagnement", M(
        "Annabelle Ségur <annabelle.segur@example.fr>",
        "Questions sur le fonctionnement du programme",
        "14 11:32",
        """Bonjour,

Avant de penser à une éventuelle inscription, j'aimerais comprendre comment se passe concrètement l'accompagnement, parce que les informations que j'ai trouvées en ligne sont un peu dispersées et parfois contradictoires entre votre site, les réseaux sociaux et ce que m'a raconté une connaissance.

Premièrement, le coût. Est-ce que le programme est entièrement gratuit pour les participants, ou est-ce qu'il y a des frais d'inscription, une adhésion à l'association, ou des frais cachés comme des déplacements obligatoires ou du matériel à acheter ?

Deuxièmement, le calendrier. Est-ce qu'il y a des sessions avec une date de début fixe, ou est-ce qu'on peut commencer n'importe quand ? Combien de temps dure l'accompagnement en tout, en semaines ou en mois ? Combien d'heures par semaine faut-il prévoir, entre les ateliers collectifs, les rendez-vous individuels et le travail personnel ?

Troisièmement, le lieu. Est-ce que tout se passe à Paris, ou est-ce qu'il existe des groupes en région ? Si oui, dans quelles villes ? Et pour les personnes qui ne peuvent pas se déplacer, est-ce que l'ensemble du programme peut être suivi en visioconférence, ou seulement une partie ?

Quatrièmement, le contenu. Qu'est-ce qui est proposé exactement : des ateliers CV et lettre, des simulations d'entretien, du mentorat, des rencontres avec des employeurs, des offres d'emploi réservées ? Est-ce que les mentors sont des bénévoles ou des professionnels salariés du secteur ?

Cinquièmement, les documents. Qu'est-ce qu'il faut fournir pour s'inscrire : une copie du diplôme, une attestation de France Travail, une pièce d'identité, un CV à jour ? Est-ce qu'il y a un entretien de sélection, et si oui, sur quels critères ?

Sixièmement, les aspects pratiques : les locaux sont-ils accessibles aux personnes à mobilité réduite ? Y a-t-il une possibilité d'aménagement pour les parents, par exemple des horaires compatibles avec la sortie de l'école ?

Septièmement, et c'est peut-être une question un peu naïve : le programme est-il ouvert à tout le monde, ou seulement à certaines personnes ? J'ai lu qu'il fallait être « jeune diplômé », mais je ne sais pas ce que cela recouvre exactement, ni s'il y a une limite d'âge ou de date de diplôme. Une connaissance m'a dit qu'il fallait avoir terminé ses études depuis moins de deux ans, une autre depuis moins d'un an.

Enfin, y a-t-il un suivi après la fin du programme, par exemple un réseau d'anciens participants ou des rencontres ponctuelles ?

Je vous remercie d'avance pour vos réponses, même partielles, et vous souhaite une bonne journée.

Annabelle Ségur""",
        question(),
    )),
    # Feature: many_matters — kind — est-ce que je peux venir avec ma fille à l'atelier du 9 décembre
    # length: long, about 380 words, a participant answering our invitation in our thread with many practical matters (her daughter, a wheelchair ramp, the train, the lunch, a document to bring), In-Reply-To our Message-ID → reply
    N("many_matters", "kind", "est-ce que je peux venir avec ma fille à l'atelier du 9 décembre", M(
        "Sandrine Yilmaz <sandrine.yilmaz@example.org>",
        "Re: Invitation – atelier collectif du 9 décembre",
        "22 19:40",
        """Bonjour Camille,

Merci pour votre invitation, je serai bien présente à l'atelier. J'ai quelques questions pratiques avant de confirmer définitivement mon trajet, si vous voulez bien.

La première : est-ce que je peux venir avec ma fille à l'atelier du 9 décembre ? Elle a huit ans, c'est un mercredi et son centre de loisirs est fermé ce jour-là pour une formation du personnel. Elle est sage et peut lire ou dessiner dans un coin pendant trois heures sans problème, avec sa tablette et un casque. Si ce n'est pas possible, je comprendrai et j'essaierai de trouver une solution avec ma voisine, mais elle travaille aussi ce jour-là.

Ensuite, l'accès. Mon compagnon, qui m'accompagnera jusqu'à la porte, est en fauteuil roulant. Est-ce que l'entrée de vos locaux est de plain-pied, ou y a-t-il une rampe ? Il ne participera pas à l'atelier, mais il aimerait m'attendre dans un café à proximité, est-ce que vous en connaissez un accessible ?

Pour le train, je pensais prendre celui qui arrive à la gare de Lyon à 8 h 52, puis le métro. Est-ce que ça me laisse assez de temps si l'atelier commence à 9 h 30 ? Je ne connais pas bien le quartier et j'ai peur de me perdre.

Pour le déjeuner, votre mail parle d'un repas partagé. Faut-il apporter quelque chose ? Je peux préparer un gâteau ou une salade, dites-moi ce qui serait le plus utile. Je précise que je ne mange pas de porc, si cela a une importance pour l'organisation.

Enfin, vous me demandiez d'apporter « le document de préparation rempli ». Je l'ai bien reçu, mais je ne suis pas sûre de la partie sur les compétences transférables : faut-il la remplir avant, ou est-ce qu'on la complète ensemble pendant l'atelier ? J'ai commencé à écrire quelques lignes, mais je ne voudrais pas faire fausse route.

Une toute dernière chose : je risque de devoir partir un peu avant la fin, vers 16 h 15, pour attraper le train du retour, le suivant arrivant trop tard pour récupérer ma fille chez sa grand-mère. Est-ce gênant pour la dernière séquence de l'atelier ? Si c'est le cas, je peux regarder pour un autre train, mais ce serait plus cher.

Merci encore pour l'organisation de cette journée, j'ai hâte de rencontrer les autres participants.

Bien cordialement,

Sandrine""",
        reply(),
        headers={"In-Reply-To": "<atelier-0912.sy@animafac.net>", "References": "<atelier-0912.sy@animafac.net>"},
    )),
]
