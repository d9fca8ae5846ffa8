"""Genres corpus, batch 01 (writer A): formal cover letters pasted in the body (addresses block, «Objet :»,
«Madame, Monsieur,», «Je vous prie d'agréer…»), professional-network profiles pasted («Infos»,
«Expérience», «sept. 2024 - aujourd'hui · 2 ans 3 mois», «Recommandations»), and CVs typed as plain text in
the body; other mail in the same genres (an out-of-office written as a letter, a question as a formal
letter, a job-board digest of profiles, a recruiter's message, a bounce quoting a CV, a trainer's CV sent by
a partner)."""
# ruff: noqa: E501

from __future__ import annotations

from genres import N
from kit import CV, M, app, auto_reply, bounce, newsletter, other, question

MESSAGES = [
    # Feature: cover_letter — graduation — titulaire d'un master Économie sociale et solidaire obtenu en juin 2025
    # genre: letter's 1st paragraph «titulaire d'un master Économie sociale et solidaire obtenu en juin 2025» = 17 months → meets graduation_recent, level 5
    N("cover_letter", "graduation", "titulaire d'un master Économie sociale et solidaire obtenu en juin 2025", M(
        "Solène Abgrall <solene.abgrall@example.org>", "Lettre de motivation — programme Pro'pulse", "02 09:14",
        """Bonjour,

Vous trouverez ci-dessous ma lettre de motivation et mon CV en pièce jointe.

Solène Abgrall
14, rue de Siam
29200 Brest
06 62 18 40 73
solene.abgrall@example.org

Pro'pulse — Animafac
Service des candidatures

Brest, le 2 novembre 2026

Objet : Candidature au programme Pro'pulse

Madame, Monsieur,

Titulaire d'un master Économie sociale et solidaire obtenu en juin 2025 à l'Université de Bretagne occidentale, je souhaite aujourd'hui mettre mes compétences au service d'une structure de l'ESS.

Au cours de mon alternance dans une coopérative d'habitants, j'ai accompagné la création de deux groupes de locataires et animé des réunions publiques. Cette expérience m'a convaincue que je voulais travailler au plus près des projets collectifs.

Je recherche un premier poste de chargée de développement dans une association ou une SCIC, et votre programme me semble la meilleure porte d'entrée vers ce réseau.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Solène Abgrall""",
        app("Solène", "Abgrall", phone="+33662184073", bac=5, grad="2025-06", status="letter_master_june"),
        cv=CV("pdf", "CV_Solene_Abgrall.pdf", """Solène Abgrall
Chargée de développement — ESS
Formation
Master Économie sociale et solidaire — UBO Brest
Expérience
Alternance — coopérative d'habitants Ty Kêr, Brest
Langues : anglais, breton"""),
    )),
    # Feature: cover_letter — career_change — Après onze années comme coiffeuse en salon
    # genre: letter's 1st paragraph «Après onze années comme coiffeuse en salon» before a BTS ESF of 2025 = eleven years in another trade → fails not_career_change
    N("cover_letter", "career_change", "Après onze années comme coiffeuse en salon", M(
        "Nadia Ferhat <nadia.ferhat@example.net>", "Candidature", "03 20:41",
        """Nadia Ferhat
7 allée des Tilleuls
93200 Saint-Denis
07 45 90 12 36

À l'attention de l'équipe Pro'pulse

Saint-Denis, le 3 novembre 2026

Objet : Candidature — jeune diplômée bac+2, moins de deux ans après le diplôme

Madame, Monsieur,

Après onze années comme coiffeuse en salon à Saint-Denis, j'ai décidé de changer de vie. J'ai repris mes études en 2023 et obtenu en juin 2025 le BTS Économie sociale familiale.

Mon stage de deuxième année dans une épicerie solidaire m'a appris à accueillir des familles en difficulté et à monter des ateliers cuisine à petit budget.

Je souhaite maintenant travailler comme conseillère dans une association de lutte contre la précarité alimentaire.

Dans l'attente de votre réponse, je vous prie d'agréer, Madame, Monsieur, mes sincères salutations.

Nadia Ferhat""",
        app("Nadia", "Ferhat", phone="+33745901236", bac=2, grad="2025-06", failing=("not_career_change",), status="letter_hairdresser"),
    )),
    # Feature: cover_letter — situation — j'effectue actuellement une mission de volontariat auprès des Restos du Cœur
    # ambiguous: a «mission de volontariat» held now with no scheme named (service civique or plain volunteering?) and no end date: the letter never says
    # genre: letter's 2nd paragraph «j'effectue actuellement une mission de volontariat auprès des Restos du Cœur» = a volunteering of unstated scheme held now → not_service_civique open
    N("cover_letter", "situation", "j'effectue actuellement une mission de volontariat auprès des Restos du Cœur", M(
        "Théo Vasseur <theo.vasseur@example.com>", "Lettre de motivation Théo Vasseur", "04 11:02",
        """Théo Vasseur
22 rue Nationale
59000 Lille
06 17 33 52 08

Madame, Monsieur,

Objet : candidature au programme Pro'pulse

Diplômé d'une licence professionnelle Gestion des structures sociales en juillet 2025, je souhaite aujourd'hui m'engager durablement dans l'économie sociale et solidaire.

Depuis septembre, j'effectue actuellement une mission de volontariat auprès des Restos du Cœur de Lille, où je coordonne la collecte et l'accueil des bénévoles du samedi. J'y ai découvert le plaisir d'organiser une équipe nombreuse.

Je cherche un poste de coordinateur de bénévoles dans une association de solidarité de la métropole lilloise.

Je vous prie de croire, Madame, Monsieur, à l'assurance de ma considération distinguée.

Théo Vasseur""",
        app("Théo", "Vasseur", phone="+33617335208", bac=3, grad="2025-07", unknown=("not_service_civique",), status="letter_volunteering_unclear"),
    )),
    # Feature: cover_letter — aim — rejoindre le service conformité d'une grande banque de détail
    # genre: letter's 3rd paragraph «rejoindre le service conformité d'une grande banque de détail» = aim outside the ESS → fails job_seeking_ess
    N("cover_letter", "aim", "rejoindre le service conformité d'une grande banque de détail", M(
        "Kenji Morel-Tanaka <kenji.moreltanaka@example.org>", "Candidature spontanée", "05 08:30",
        """Kenji Morel-Tanaka
3 place Bellecour
69002 Lyon
06 88 24 15 97

Lyon, le 5 novembre 2026

Objet : candidature

Madame, Monsieur,

Titulaire d'un master Droit des affaires obtenu en septembre 2025 à l'Université Lyon 3, je suis à la recherche de mon premier emploi.

Mes deux stages en cabinet m'ont familiarisé avec la réglementation bancaire et la lutte contre le blanchiment.

Mon objectif est de rejoindre le service conformité d'une grande banque de détail, et je serais heureux que votre programme m'y aide.

Je vous prie d'agréer, Madame, Monsieur, mes salutations respectueuses.

Kenji Morel-Tanaka""",
        app("Kenji", "Morel-Tanaka", phone="+33688241597", bac=5, grad="2025-09", failing=("job_seeking_ess",), status="letter_bank_compliance"),
        cv=CV("docx", "CV_Kenji_Morel-Tanaka.docx", """Kenji Morel-Tanaka
Juriste junior
Master Droit des affaires — Université Lyon 3
Stages : cabinet Aubert & Lenoir ; cabinet Sarraf
Anglais courant, japonais"""),
    )),
    # Feature: cover_letter — level — diplômée d'une licence professionnelle Coordination de projets de l'économie sociale
    # genre: letter's 1st paragraph «diplômée d'une licence professionnelle Coordination de projets de l'économie sociale» (2025) = bac+3 → meets degree_level; the Objet's «bac+2 minimum requis» is the programme's criterion, not hers
    N("cover_letter", "level", "diplômée d'une licence professionnelle Coordination de projets de l'économie sociale", M(
        "Awa Ndiaye <awa.ndiaye@example.fr>", "Pro'pulse — lettre de candidature", "06 17:55",
        """Awa Ndiaye
Résidence Les Glycines, bât. C
31400 Toulouse
07 68 02 44 19

Équipe Pro'pulse
Animafac

Toulouse, le 6 novembre 2026

Objet : Candidature au programme Pro'pulse (bac+2 minimum requis, diplôme de moins de 24 mois)

Madame, Monsieur,

Diplômée d'une licence professionnelle Coordination de projets de l'économie sociale en juin 2025, je me permets de vous adresser ma candidature.

J'ai travaillé dix mois en alternance dans une régie de quartier du Mirail, où je préparais les dossiers de financement et animais le conseil des habitants.

Je souhaite devenir chargée de projets dans une régie de quartier ou une association d'éducation populaire.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes sentiments les meilleurs.

Awa Ndiaye""",
        app("Awa", "Ndiaye", phone="+33768024419", bac=3, grad="2025-06", status="letter_lp_coordination"),
    )),
    # Feature: cover_letter — studies_finished — j'ai soutenu mon mémoire le 16 octobre et j'attends les résultats du jury
    # ambiguous: the mémoire is defended but the jury's results are still awaited: the master may or may not be awarded, the letter cannot say
    # genre: letter's 1st paragraph «j'ai soutenu mon mémoire le 16 octobre et j'attends les résultats du jury» = every exam sat, results to come → studies_finished open
    N("cover_letter", "studies_finished", "j'ai soutenu mon mémoire le 16 octobre et j'attends les résultats du jury", M(
        "Ilyès Benali <ilyes.benali@example.net>", "Candidature Pro'pulse - Ilyès Benali", "07 13:26",
        """Ilyès Benali
11 boulevard Voltaire
13001 Marseille
06 30 75 81 42

Marseille, le 7 novembre 2026

Objet : Candidature au programme Pro'pulse

Madame, Monsieur,

Étudiant en master 2 Développement local et solidaire à Aix-Marseille Université, j'ai soutenu mon mémoire le 16 octobre et j'attends les résultats du jury, annoncés pour la mi-décembre.

Mon mémoire portait sur les épiceries solidaires des quartiers nord, où j'ai passé mon stage de six mois au printemps.

Je souhaite travailler dans une association d'aide alimentaire ou une coopérative de distribution solidaire.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Ilyès Benali""",
        app("Ilyès", "Benali", phone="+33630758142", bac=5, grad=None, unknown=("studies_finished",), status="letter_results_awaited"),
    )),
    # Feature: cover_letter — kind — Je serai de retour à mon bureau le lundi 7 décembre
    # genre: an out-of-office written as a formal letter «Je serai de retour à mon bureau le lundi 7 décembre» = automatic answer, no applicant → kind auto_reply
    N("cover_letter", "kind", "Je serai de retour à mon bureau le lundi 7 décembre", M(
        "Véronique Lallemand <v.lallemand@cress.example.org>", "Réponse automatique : Pro'pulse — rencontre du 2 décembre", "09 07:00",
        """Madame, Monsieur,

Je serai de retour à mon bureau le lundi 7 décembre. D'ici là, votre courrier ne sera pas lu.

Pour toute demande urgente concernant la rencontre régionale, vous pouvez écrire à accueil@cress.example.org.

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Véronique Lallemand
Chargée de mission — CRESS""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: cover_letter — kind — Objet : demande de renseignements sur les conditions d'admission
    # genre: a formal letter whose Objet is «Objet : demande de renseignements sur les conditions d'admission» and whose paragraphs only ask → kind question: no personal fact
    N("cover_letter", "kind", "Objet : demande de renseignements sur les conditions d'admission", M(
        "Bernard Quéméner <b.quemener@example.com>", "Demande de renseignements", "10 10:12",
        """Bernard Quéméner
5 rue du Port
56100 Lorient

Lorient, le 10 novembre 2026

Objet : demande de renseignements sur les conditions d'admission

Madame, Monsieur,

Je me permets de vous écrire afin d'obtenir des précisions sur votre programme.

Pourriez-vous m'indiquer si un diplôme obtenu à l'étranger est accepté, et dans quels délais les candidatures sont examinées ?

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Bernard Quéméner""",
        question(),
    )),
    # Feature: profile_paste — situation — Volontaire en service civique · sept. 2026 - aujourd'hui · 3 mois
    # genre: profile Expérience line «Volontaire en service civique · sept. 2026 - aujourd'hui · 3 mois» on a profile pasted today = service civique held now → fails not_service_civique
    N("profile_paste", "situation", "Volontaire en service civique · sept. 2026 - aujourd'hui · 3 mois", M(
        "Léna Rakotomalala <lena.rakotomalala@example.org>", "mon profil pour Pro'pulse", "11 19:03",
        """Bonjour, je vous colle mon profil plutôt qu'un CV, tout y est !

Léna Rakotomalala
Médiatrice numérique | Inclusion | Ouverte aux opportunités
Nantes, Pays de la Loire · 312 relations

Infos
Passionnée par l'accès de tous au numérique, je cherche un poste dans une association d'inclusion numérique.

Expérience
Unis-Cité
Volontaire en service civique · sept. 2026 - aujourd'hui · 3 mois
Ateliers numériques en maisons de quartier

Emmaüs Connect
Stagiaire médiation · avr. 2025 - juin 2025 · 3 mois

Formation
Université de Nantes
Licence Sciences de l'éducation · 2022 - 2025

Compétences
Animation d'ateliers · Pack Office · Accueil du public

Recommandations
« Léna a été une stagiaire remarquable, toujours disponible. » — Pierre-Yves Dantec, responsable de site

Léna
06 51 77 23 90""",
        app("Léna", "Rakotomalala", phone="+33651772390", bac=3, grad="2025", failing=("not_service_civique",), status="profile_civic_now"),
    )),
    # Feature: profile_paste — graduation — Master 2 Économie sociale et solidaire · 2023 - 2025
    # genre: profile Formation line «Master 2 Économie sociale et solidaire · 2023 - 2025» = master finished 2025 → meets graduation_recent (year only)
    N("profile_paste", "graduation", "Master 2 Économie sociale et solidaire · 2023 - 2025", M(
        "Gaspard Lefèvre-Diop <gaspard.lefevrediop@example.com>", "Candidature — profil", "12 08:21",
        """Bonjour,

Voici mon profil, copié ce matin :

Gaspard Lefèvre-Diop
Chargé de projet junior | ESS | Ouvert aux opportunités
Grenoble · 540 relations

Infos
Je cherche un poste de chargé de projet dans une coopérative ou une association d'éducation à l'environnement.

Expérience
Alpes Solidaires
Stagiaire chargé de projet · mars 2025 - août 2025 · 6 mois
Animation du réseau des acteurs de l'ESS de l'Isère

Formation
Université Grenoble Alpes
Master 2 Économie sociale et solidaire · 2023 - 2025

Bénévolat
Repair café de Fontaine · animateur · 2022 - aujourd'hui

Compétences
Gestion de projet · Animation de réseau

Merci, Gaspard — 06 49 02 61 18""",
        app("Gaspard", "Lefèvre-Diop", phone="+33649026118", bac=5, grad="2025", status="profile_master_2025"),
    )),
    # Feature: profile_paste — situation — Stagiaire chargée de plaidoyer · avr. 2025 - aujourd'hui
    # ambiguous: the applicant says the profile was copied long ago and not updated; «aujourd'hui» on an undated paste may be any day since April 2025
    # genre: profile Expérience line «Stagiaire chargée de plaidoyer · avr. 2025 - aujourd'hui» on a paste «pas mis à jour depuis longtemps» = internship held on an unknown «today» → not_internship open
    N("profile_paste", "situation", "Stagiaire chargée de plaidoyer · avr. 2025 - aujourd'hui", M(
        "Maëva Toko <maeva.toko@example.net>", "Candidature Pro'pulse", "12 22:47",
        """Bonsoir,
je n'ai pas de CV à jour, je vous mets mon profil tel que je l'avais copié dans un document (il n'est pas mis à jour depuis longtemps, désolée).

Maëva Toko
Plaidoyer & solidarité internationale
Montreuil

Infos
Diplômée d'un master Solidarité internationale, je cherche un poste dans une ONG ou une association de solidarité.

Expérience
Coordination Sud
Stagiaire chargée de plaidoyer · avr. 2025 - aujourd'hui

Formation
Université Paris 1
Master Solidarité internationale · 2023 - 2025

Langues
Anglais, lingala

Maëva
07 12 64 38 55""",
        app("Maëva", "Toko", phone="+33712643855", bac=5, grad="2025", unknown=("not_internship",), status="profile_old_paste_intern"),
    )),
    # Feature: profile_paste — career_change — Comptable · Cabinet Perrault Audit · 2012 - 2023 · 11 ans
    # genre: profile Expérience line «Comptable · Cabinet Perrault Audit · 2012 - 2023 · 11 ans» before a DEJEPS of 2025 = eleven years in another trade → fails not_career_change
    N("profile_paste", "career_change", "Comptable · Cabinet Perrault Audit · 2012 - 2023 · 11 ans", M(
        "Rodrigue Mbemba <rodrigue.mbemba@example.org>", "Profil - candidature", "13 14:10",
        """Bonjour,

Mon profil ci-dessous.

Rodrigue Mbemba
Coordinateur jeunesse | Éducation populaire
Orléans

Infos
Après une première vie dans les chiffres, j'ai choisi l'animation. Je cherche un poste de coordinateur dans une association d'éducation populaire.

Expérience
MJC Orléans-Source
Animateur (apprentissage) · sept. 2023 - juin 2025 · 1 an 10 mois

Cabinet Perrault Audit
Comptable · Cabinet Perrault Audit · 2012 - 2023 · 11 ans

Formation
CREPS Centre-Val de Loire
DEJEPS Animation socio-éducative · 2023 - 2025

Recommandations
« Un collègue rigoureux et chaleureux. » — Hélène Grandjean, expert-comptable

Rodrigue Mbemba — 06 03 58 47 21""",
        app("Rodrigue", "Mbemba", phone="+33603584721", bac=2, grad="2025", failing=("not_career_change",), status="profile_accountant"),
    )),
    # Feature: profile_paste — level — BUT Carrières sociales · 2022 - 2025
    # genre: profile Formation line «BUT Carrières sociales · 2022 - 2025» = bac+3 of 2025 → meets degree_level and graduation_recent
    N("profile_paste", "level", "BUT Carrières sociales · 2022 - 2025", M(
        "Zoé Kergoat <zoe.kergoat@example.fr>", "Candidature (profil collé)", "14 10:35",
        """Bonjour l'équipe,

plutôt qu'un long mail, voici mon profil :

Zoé Kergoat
Animatrice socioculturelle | Centres sociaux | Ouverte aux opportunités
Quimper

Infos
Je cherche un poste d'animatrice-coordinatrice dans un centre social associatif ou une fédération d'éducation populaire.

Expérience
Centre social de Kermoysan
Animatrice · juil. 2025 - oct. 2026 · 1 an 4 mois

Formation
IUT de Quimper
BUT Carrières sociales · 2022 - 2025

Bénévolat
Festival de Cornouaille · bénévole accueil · 2019 - 2024

Compétences
BAFA · Animation de groupes

Zoé — 06 71 90 35 26""",
        app("Zoé", "Kergoat", phone="+33671903526", bac=3, grad="2025", status="profile_but_2025"),
    )),
    # Feature: profile_paste — aim — Analyste crédit | Banque privée | Ouvert aux opportunités
    # genre: profile headline «Analyste crédit | Banque privée | Ouvert aux opportunités» with the Infos asking for private banking = aim outside the ESS → fails job_seeking_ess
    N("profile_paste", "aim", "Analyste crédit | Banque privée | Ouvert aux opportunités", M(
        "Arthur Boissonnet <arthur.boissonnet@example.com>", "Pro'pulse", "15 18:02",
        """Bonjour,

Ci-dessous mon profil.

Arthur Boissonnet
Analyste crédit | Banque privée | Ouvert aux opportunités
Bordeaux

Infos
Jeune diplômé en finance, je souhaite poursuivre en banque privée ou en gestion de patrimoine.

Expérience
Banque Garonne Patrimoine
Stagiaire analyste · janv. 2026 - juin 2026 · 6 mois

Formation
Kedge Business School
Master Finance · 2024 - 2026

Compétences
Modélisation financière · Excel avancé

Recommandations
« Arthur apprend vite. » — Camille Roux, directrice d'agence

Arthur — 06 24 80 19 63""",
        app("Arthur", "Boissonnet", phone="+33624801963", bac=5, grad="2026", failing=("job_seeking_ess",), status="profile_private_bank"),
    )),
    # Feature: profile_paste — situation — Stagiaire en communication · Fondation Abbé-Lemire · oct. 2026 - aujourd'hui · 2 mois
    # genre: profile Expérience line «Stagiaire en communication · Fondation Abbé-Lemire · oct. 2026 - aujourd'hui · 2 mois» on a paste «à jour» = internship held now → fails not_internship
    N("profile_paste", "situation", "Stagiaire en communication · Fondation Abbé-Lemire · oct. 2026 - aujourd'hui · 2 mois", M(
        "Yasmine Haddou <yasmine.haddou@example.net>", "Candidature - mon profil à jour", "16 12:40",
        """Bonjour,
mon profil, mis à jour hier :

Yasmine Haddou
Communication solidaire | Fondations | Ouverte aux opportunités
Roubaix

Infos
Diplômée d'une licence Information-communication, je veux travailler pour une fondation ou une association.

Expérience
Stagiaire en communication · Fondation Abbé-Lemire · oct. 2026 - aujourd'hui · 2 mois
Journal interne, réseaux sociaux

Formation
Université de Lille
Licence Information-communication · 2022 - 2025

Compétences
Canva · Rédaction web

Yasmine — 07 81 45 02 39""",
        app("Yasmine", "Haddou", phone="+33781450239", bac=3, grad="2025", failing=("not_internship",), status="profile_intern_now"),
    )),
    # Feature: profile_paste — kind — Profils de la semaine : 5 talents de l'ESS disponibles
    # genre: a job-board digest pasting profiles of other people «Profils de la semaine : 5 talents de l'ESS disponibles» = a newsletter, nobody applies → kind newsletter
    N("profile_paste", "kind", "Profils de la semaine : 5 talents de l'ESS disponibles", M(
        "ESS Emploi <lettre@essemploi.example.com>", "Profils de la semaine : 5 talents de l'ESS disponibles", "16 06:00",
        """Profils de la semaine : 5 talents de l'ESS disponibles

Chargée de mécénat | 4 ans d'expérience | Lyon
Coordinateur bénévoles | Ouvert aux opportunités | Rennes
Comptable associatif | Temps partiel | Lille
Animatrice jeunesse | BPJEPS | Montpellier
Chargé de plaidoyer | Anglais courant | Paris

Consultez les profils complets sur notre site. Vous recevez cette lettre car vous êtes inscrit à ESS Emploi. Se désinscrire.""",
        newsletter(),
    )),
    # Feature: profile_paste — kind — Un recruteur a consulté votre profil
    # genre: a network's notification «Un recruteur a consulté votre profil» forwarded by nobody about nobody = no application → kind other
    N("profile_paste", "kind", "Un recruteur a consulté votre profil", M(
        "Réseau Pro <notifications@reseaupro.example.net>", "Un recruteur a consulté votre profil", "17 07:45",
        """Bonjour Pro'pulse,

Un recruteur a consulté votre profil cette semaine.
Fondation Terre d'Entraide · Responsable partenariats
« Bonjour, nous aimerions présenter votre programme à nos équipes. »

Voir le message · Gérer vos notifications""",
        other(),
    )),
    # Feature: cv_in_body — studies_finished — Master Développement social — validé, mémoire soutenu le 8 septembre 2026
    # genre: CV Formation column «Master Développement social — validé, mémoire soutenu le 8 septembre 2026» = studies over, diploma September 2026 → meets studies_finished and graduation_recent
    N("cv_in_body", "studies_finished", "Master Développement social — validé, mémoire soutenu le 8 septembre 2026", M(
        "Clémence Aubry <clemence.aubry@example.org>", "CV - candidature Pro'pulse", "17 11:58",
        """Bonjour, voici mon CV (je n'arrive pas à joindre le fichier).

CLÉMENCE AUBRY
06 94 12 57 30 — clemence.aubry@example.org — Poitiers

FORMATION
2024-2026    Master Développement social — validé, mémoire soutenu le 8 septembre 2026
             Université de Poitiers
2021-2024    Licence Sociologie — Université de Poitiers

EXPÉRIENCE
2026         Stage de 5 mois — Fédération des centres sociaux de la Vienne (terminé en août)
2023-2025    Animatrice périscolaire (temps partiel)

OBJECTIF
Chargée de développement dans une fédération associative ou un centre social

Clémence""",
        app("Clémence", "Aubry", phone="+33694125730", bac=5, grad="2026-09", status="cvbody_master_sept"),
    )),
    # Feature: cv_in_body — studies_finished — Depuis 2025    Master 2 Gestion des organisations de l'ESS (en cours)
    # genre: CV Formation column «Depuis 2025 Master 2 Gestion des organisations de l'ESS (en cours)» = still studying → fails studies_finished
    N("cv_in_body", "studies_finished", "Depuis 2025    Master 2 Gestion des organisations de l'ESS (en cours)", M(
        "Oumar Sissoko <oumar.sissoko@example.com>", "Mon CV", "18 16:20",
        """Bonjour,

OUMAR SISSOKO
Villeurbanne — 07 33 48 91 02

FORMATION
Depuis 2025    Master 2 Gestion des organisations de l'ESS (en cours)
               Université Lumière Lyon 2
2021-2024      Licence Économie-gestion

EXPÉRIENCES
2024-2025      Service civique — Banque alimentaire du Rhône (10 mois, terminé)
Étés 2022-23   Équipier de restauration

CENTRES D'INTÉRÊT
Football associatif, cuisine

Je cherche un poste dans une association d'aide alimentaire.
Oumar""",
        app("Oumar", "Sissoko", phone="+33733489102", bac="*", grad=None, failing=("studies_finished",), status="cvbody_master_ongoing"),
    )),
    # Feature: cv_in_body — graduation — 2021          DUT Carrières sociales — IUT de Rennes
    # genre: CV Formation column «2021 DUT Carrières sociales — IUT de Rennes» = diploma of 2021, five years ago → fails graduation_recent
    N("cv_in_body", "graduation", "2021          DUT Carrières sociales — IUT de Rennes", M(
        "Bleuenn Le Goff <bleuenn.legoff@example.net>", "candidature + CV", "19 09:07",
        """Bonjour,
je candidate à Pro'pulse, voici mon CV :

Bleuenn Le Goff
Rennes · 06 58 20 73 14

Formation
2021          DUT Carrières sociales — IUT de Rennes
2019          Bac ES

Expérience
2021-2026     Animatrice en accueil de loisirs — Ville de Cesson
2020          Bénévole — Secours populaire

Projet : coordinatrice dans une association d'éducation populaire

Bleuenn""",
        app("Bleuenn", "Le Goff", phone="+33658207314", bac=2, grad="2021", failing=("graduation_recent",), status="cvbody_dut_2021"),
    )),
    # Feature: cv_in_body — graduation — 2024          Licence Administration économique et sociale
    # ambiguous: a year alone, 2024: a licence of June 2024 is 29 months old, one of December 2024 is recent — the CV's column gives no month
    # genre: CV Formation column «2024 Licence Administration économique et sociale» = year alone 2024 → graduation_recent open
    N("cv_in_body", "graduation", "2024          Licence Administration économique et sociale", M(
        "Sofiane Amrani <sofiane.amrani@example.org>", "CV Sofiane Amrani", "19 18:33",
        """Bonjour,

SOFIANE AMRANI
Marseille — 06 22 91 40 68

FORMATION
2024          Licence Administration économique et sociale
              Aix-Marseille Université
2021          Bac STMG

EXPÉRIENCE
2025-2026     Agent d'accueil — mairie de secteur (CDD)

OBJECTIF
Assistant de gestion dans une association ou une SCOP

Cordialement,
Sofiane Amrani""",
        app("Sofiane", "Amrani", phone="+33622914068", bac=3, grad="2024", unknown=("graduation_recent",), status="cvbody_licence_2024"),
    )),
    # Feature: cv_in_body — situation — Sept. 2025 - juin 2026    Service civique — Secours populaire de Dijon
    # genre: CV Expérience column «Sept. 2025 - juin 2026 Service civique — Secours populaire de Dijon» = ended in June → meets not_service_civique
    N("cv_in_body", "situation", "Sept. 2025 - juin 2026    Service civique — Secours populaire de Dijon", M(
        "Margaux Petitjean <margaux.petitjean@example.fr>", "Candidature Pro'pulse (CV dans le mail)", "20 10:50",
        """Bonjour,

MARGAUX PETITJEAN
Dijon — 06 45 13 88 02

EXPÉRIENCE
Sept. 2025 - juin 2026    Service civique — Secours populaire de Dijon
                          Accueil des familles, distribution
2024                      Stage de 3 mois — CCAS de Chenôve

FORMATION
2022-2025                 Licence Sciences sanitaires et sociales — Université de Bourgogne

RECHERCHE
Poste de chargée d'accueil et d'accompagnement dans une association de solidarité

Bien à vous,
Margaux""",
        app("Margaux", "Petitjean", phone="+33645138802", bac=3, grad="2025", status="cvbody_civic_over"),
    )),
    # Feature: cv_in_body — situation — Depuis sept. 2026    Stage conventionné (6 mois) — Fédération Habitat et Humanisme
    # genre: CV Expérience column «Depuis sept. 2026 Stage conventionné (6 mois) — Fédération Habitat et Humanisme» = internship until about March 2027 → fails not_internship
    N("cv_in_body", "situation", "Depuis sept. 2026    Stage conventionné (6 mois) — Fédération Habitat et Humanisme", M(
        "Hugo Rasolofo <hugo.rasolofo@example.com>", "CV", "21 14:15",
        """Bonjour,

HUGO RASOLOFO
Paris 19e — 07 20 66 14 83

EXPÉRIENCE
Depuis sept. 2026    Stage conventionné (6 mois) — Fédération Habitat et Humanisme
                     Appui aux projets d'habitat inclusif
2025                 Bénévole — Restos du Cœur

FORMATION
2024-2026            Master Politiques sociales et territoires — Paris-Est Créteil (diplômé en juin 2026)

OBJECTIF
Chargé de projet habitat dans une association ou une foncière solidaire

Hugo""",
        app("Hugo", "Rasolofo", phone="+33720661483", bac=5, grad="2026-06", failing=("not_internship",), status="cvbody_intern_until_march"),
    )),
    # Feature: cv_in_body — level — Grado en Educación Social — Universidad de Granada (2025), reconnaissance ENIC-NARIC demandée
    # ambiguous: a Spanish grado whose French level is being assessed (the CV itself says the recognition is requested): bac+3 or more, not settled
    # genre: CV Formation column «Grado en Educación Social — Universidad de Granada (2025), reconnaissance ENIC-NARIC demandée» = level not yet established → degree_level open
    N("cv_in_body", "level", "Grado en Educación Social — Universidad de Granada (2025), reconnaissance ENIC-NARIC demandée", M(
        "Lucía Fernández Ortega <lucia.fernandez@example.net>", "Candidatura / candidature", "22 09:41",
        """Bonjour,

LUCÍA FERNÁNDEZ ORTEGA
Perpignan — 06 79 35 02 11

FORMATION
Grado en Educación Social — Universidad de Granada (2025), reconnaissance ENIC-NARIC demandée
DELF B2 — 2026

EXPÉRIENCE
2025-2026    Éducatrice (contrat local) — asociación Calor y Café, Granada

OBJECTIF
Éducatrice ou médiatrice dans une association d'accompagnement des personnes migrantes

Merci,
Lucía""",
        app("Lucía", "Fernández Ortega", phone="+33679350211", bac="*", grad="2025", unknown=("degree_level",), status="cvbody_grado"),
    )),
    # Feature: cv_in_body — kind — Mail Delivery Subsystem
    # genre: a bounce quoting our answer to a CV pasted in a mail, signed «Mail Delivery Subsystem» = delivery failure → kind bounce
    N("cv_in_body", "kind", "Mail Delivery Subsystem", M(
        "Mail Delivery Subsystem <mailer-daemon@mx.example.net>", "Delivery Status Notification (Failure)", "22 15:03",
        """Votre message n'a pas pu être remis à morgane.trevidic@example.net : adresse introuvable.

----- Message d'origine -----
> Bonjour Morgane, merci pour votre CV collé dans votre mail :
> > FORMATION
> > 2025   BTS SP3S
> Pourriez-vous nous l'envoyer en pièce jointe ?

Mail Delivery Subsystem""",
        bounce("morgane.trevidic@example.net"),
        bounce="Reporting-MTA: dns; mx.example.net\nFinal-Recipient: rfc822; morgane.trevidic@example.net\nAction: failed\nStatus: 5.1.1",
    )),
    # Feature: cv_in_body — kind — CV de notre formateur pour l'atelier du 8 décembre
    # genre: a partner sends its trainer's CV as plain text «CV de notre formateur pour l'atelier du 8 décembre» = nobody applies → kind other
    N("cv_in_body", "kind", "CV de notre formateur pour l'atelier du 8 décembre", M(
        "Fabienne Roussel <f.roussel@ligue-idf.example.org>", "CV de notre formateur pour l'atelier du 8 décembre", "23 11:20",
        """Bonjour,

Comme convenu, voici le CV de notre formateur pour l'atelier du 8 décembre :

JEAN-BAPTISTE OKOU
Formateur en gestion associative
2010-2026    Formateur — Ligue de l'enseignement
2008         Master Sciences de l'éducation

Bonne journée,
Fabienne Roussel
Ligue de l'enseignement — pôle formation""",
        other(),
    )),
]
