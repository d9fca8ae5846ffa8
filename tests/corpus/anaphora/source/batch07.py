"""Anaphora corpus, batch 07 (writer B): headings and their items (a CV's FORMATION, a CV's ENGAGEMENTS, a
CV's DIPLÔMES with a titre professionnel, a list of diplomas, a form's «Secteur recherché», a «Situation
actuelle»), long distances (an English BA awarded paragraphs later, a trade whose length comes last, a CCAS
referral, a licence pro dated by a daughter's birth, a stage in a CV ending in the body, a sector said at the
end), two candidates for one link (a sister's master and one's licence pro, a brother's aim and one's own, a
DUT and a master, a friend's stage and one's own, a sister's service civique and one's own, an English
brother's degree), and other mail that links too."""
# ruff: noqa: E501

from __future__ import annotations

from anaphora import N
from kit import CV, M, app, auto_reply, bounce, newsletter, other, question, reply

MESSAGES = [
    # ---------------------------------------------------------------- header_items
    # Feature: header_items — graduation — FORMATION / 2025 — Master 2 Management des organisations de l'ESS
    # linked: «2025 — Master 2 …» → the heading «FORMATION» (header → item, 1 line below, in the CV) → graduation 2025 → recent
    N("header_items", "graduation", "FORMATION\n2025 — Master 2 Management des organisations de l'ESS", M(
        "Amadou Diabaté <amadou.diabate@example.org>", "Candidature Pro'pulse - CV joint", "02 10:11",
        """Bonjour,

Veuillez trouver ci-joint mon CV pour le programme Pro'pulse.

Cordialement,
Amadou Diabaté""",
        app("Amadou", "Diabaté", phone="+33756203148", bac=5, grad="2025", info_in="cv", status="b_cv_formation_master_2025"),
        cv=CV("pdf", "CV_Amadou_Diabate.pdf", """Amadou Diabaté
amadou.diabate@example.org — 07 56 20 31 48
Objectif : chargé de développement dans une coopérative ou une association
FORMATION
2025 — Master 2 Management des organisations de l'ESS, Université de Lorraine
2023 — Licence AES, Université de Lorraine
EXPÉRIENCES
2024 — Stage de six mois, Fédération des SCOP du Grand Est (terminé)
2021-2023 — Équipier, restauration rapide (job étudiant)"""),
    )),
    # Feature: header_items — situation — ENGAGEMENTS / Service civique — Ligue de l'enseignement du Gard / d'octobre 2026 à juin 2027
    # linked: «d'octobre 2026 à juin 2027» → the item «Service civique — Ligue de l'enseignement du Gard» under «ENGAGEMENTS» (header → item, 1 and 2 lines below, in the CV) → service civique running until 2027-06 → fails not_service_civique
    N("header_items", "situation", "ENGAGEMENTS\nService civique — Ligue de l'enseignement du Gard\nd'octobre 2026 à juin 2027", M(
        "Chloé Vidal-Sanchez <chloe.vidalsanchez@example.net>", "Candidature", "03 15:42",
        """Bonjour,

Je souhaite travailler dans l'éducation populaire et je candidate à votre programme. Mon CV est en pièce jointe.

Chloé Vidal-Sanchez""",
        app("Chloé", "Vidal-Sanchez", phone="+33627419085", bac=3, grad="2025-06", failing=("not_service_civique",), info_in="both", status="b_cv_engagements_sc_2027"),
        cv=CV("docx", "CV-Chloe-Vidal-Sanchez.docx", """Chloé Vidal-Sanchez
06 27 41 90 85 — chloe.vidalsanchez@example.net
DIPLÔMES
Licence Sciences de l'éducation, Université de Montpellier — juin 2025
ENGAGEMENTS
Service civique — Ligue de l'enseignement du Gard
d'octobre 2026 à juin 2027
COMPÉTENCES
Animation de groupes, BAFA, permis B"""),
    )),
    # Feature: header_items — level — DIPLÔMES / Titre professionnel Conseiller en insertion professionnelle — AFPA, 2025
    # ambiguous: the item under «DIPLÔMES» names a titre professionnel without its level (no RNCP level, no years): degree_level open
    # linked: «Titre professionnel …» → the heading «DIPLÔMES» (header → item, 1 line below, in the CV) → level unstated → open
    N("header_items", "level", "DIPLÔMES\nTitre professionnel Conseiller en insertion professionnelle — AFPA, 2025", M(
        "Rokia Doumbia <rokia.doumbia@example.fr>", "Pro'pulse - ma candidature", "04 09:58",
        """Bonjour,

Je vous envoie mon CV. Je cherche un poste de conseillère en insertion dans une association ou un chantier d'insertion.

Rokia Doumbia""",
        app("Rokia", "Doumbia", phone="+33744826053", bac="*", grad="2025", unknown=("degree_level",), info_in="cv", status="b_cv_diplomes_titre_pro"),
        cv=CV("odt", "CV_Rokia_Doumbia.odt", """Rokia Doumbia
07 44 82 60 53 — rokia.doumbia@example.fr
DIPLÔMES
Titre professionnel Conseiller en insertion professionnelle — AFPA, 2025
Baccalauréat professionnel Accompagnement, soins et services à la personne — 2019
EXPÉRIENCE
2019-2024 — Agente d'accueil, CCAS de Villeurbanne (accueil du public, orientation)"""),
    )),
    # Feature: header_items — level — Mes diplômes : / - Baccalauréat ST2S (2021) / - BPJEPS Animation sociale (2023)
    # linked: the two items → the heading «Mes diplômes :» (header → items, 1 and 2 lines below) → the bac and a BPJEPS, bac+0 → fails degree_level
    N("header_items", "level", "Mes diplômes :\n- Baccalauréat ST2S (2021)\n- BPJEPS Animation sociale (2023)", M(
        "Jordan Benattar <jordan.benattar@example.com>", "Candidature Pro'pulse", "05 17:20",
        """Bonjour,

Je suis animateur et je voudrais évoluer dans une association de prévention.

Mes diplômes :
- Baccalauréat ST2S (2021)
- BPJEPS Animation sociale (2023)

Jordan Benattar
06 38 57 19 26""",
        app("Jordan", "Benattar", phone="+33638571926", bac=0, grad=None, failing=("degree_level",), status="b_liste_diplomes_bpjeps"),
    )),
    # Feature: header_items — aim — Secteur recherché : / banque, assurance, grande distribution
    # linked: «banque, assurance, grande distribution» → the heading «Secteur recherché :» (header → item, 1 line below) → aim outside the ESS → fails job_seeking_ess
    N("header_items", "aim", "Secteur recherché :\nbanque, assurance, grande distribution", M(
        "Maxence Delorme <maxence.delorme@example.org>", "Formulaire de candidature", "06 11:03",
        """Nom : Delorme
Prénom : Maxence
Téléphone : 06 22 90 47 13
Diplôme le plus élevé :
Master Marketing, juin 2025
Secteur recherché :
banque, assurance, grande distribution
Disponibilité :
immédiate""",
        app("Maxence", "Delorme", phone="+33622904713", bac=5, grad="2025-06", failing=("job_seeking_ess",), status="b_formulaire_secteur_banque"),
    )),
    # Feature: header_items — situation — Situation actuelle : / engagée dans une mission à la Croix-Rouge, jusqu'en février
    # ambiguous: the item under «Situation actuelle :» is a «mission» held now, of unstated scheme (service civique, stage or benevolent): not_internship and not_service_civique open
    # linked: «engagée dans une mission…» → the heading «Situation actuelle :» (header → item, 1 line below) → running until 2027-02, scheme unknown → open
    N("header_items", "situation", "Situation actuelle :\nengagée dans une mission à la Croix-Rouge, jusqu'en février", M(
        "Fatoumata Kanté <fatoumata.kante@example.net>", "Candidature - Fatoumata Kanté", "07 14:36",
        """Bonjour,

Voici les informations demandées.

Diplôme :
Licence pro Intervention sociale, juin 2025
Situation actuelle :
engagée dans une mission à la Croix-Rouge, jusqu'en février
Projet :
travailler dans l'accompagnement des personnes exilées, en association

Fatoumata Kanté
07 59 13 84 20""",
        app("Fatoumata", "Kanté", phone="+33759138420", bac=3, grad="2025-06", unknown=("not_internship", "not_service_civique"), status="b_situation_actuelle_mission"),
    )),
    # Feature: header_items — kind — Date : / mercredi 9 décembre, 14 h
    # linked: «mercredi 9 décembre, 14 h» → the heading «Date :» under «Atelier : simulation d'entretien» (header → item) → a booking confirmation → kind other
    N("header_items", "kind", "Date :\nmercredi 9 décembre, 14 h", M(
        "Agenda Maison de l'emploi <noreply-agenda@mde-rouen.example.fr>", "Votre inscription est confirmée", "08 08:02",
        """Votre inscription est confirmée.

Atelier :
simulation d'entretien d'embauche
Date :
mercredi 9 décembre, 14 h
Lieu :
Maison de l'emploi, salle 2

Pour annuler, répondez à ce message.""",
        other(),
    )),
    # Feature: header_items — kind — Destinataire : / marc.tessier@example.fr / Motif : / boîte désactivée
    # linked: «boîte désactivée» → the heading «Motif :» about the item under «Destinataire :» (header → item) → a delivery failure → kind bounce
    N("header_items", "kind", "Destinataire :\nmarc.tessier@example.fr\nMotif :\nboîte désactivée", M(
        "Mail Delivery Subsystem <mailer-daemon@smtp.example.fr>", "Échec de la remise", "09 02:27",
        """Échec de la remise du message.

Destinataire :
marc.tessier@example.fr
Motif :
boîte désactivée""",
        bounce("marc.tessier@example.fr"),
        bounce="Reporting-MTA: dns; smtp.example.fr\n\nFinal-Recipient: rfc822; marc.tessier@example.fr\nAction: failed\nStatus: 5.2.1\nDiagnostic-Code: smtp; 550 5.2.1 Mailbox disabled",
    )),
    # ---------------------------------------------------------------- long_distance
    # Feature: long_distance — graduation — I was awarded it in July 2025
    # linked: «it» → «a three-year BA in Youth and Community Work» (3 paragraphs apart) → graduation 2025-07 → recent
    N("long_distance", "graduation", "I was awarded it in July 2025", M(
        "Rhiannon Llewellyn <rhiannon.llewellyn@example.com>", "Pro'pulse application", "10 10:29",
        """Dear Sir or Madam,

I studied for a three-year BA in Youth and Community Work at the University of Wales Trinity Saint David.

During those years I ran a homework club in Swansea, volunteered at a refugee drop-in and spent my placements with a tenants' union. That work is what made me want to stay in the voluntary sector.

My partner found a job in Lyon, so I moved here last winter and I have been learning French ever since. I would now like to work for a French association in youth work or community development.

As for the degree, I was awarded it in July 2025, with a 2:1.

Yours faithfully,
Rhiannon Llewellyn
06 24 81 53 07""",
        app("Rhiannon", "Llewellyn", phone="+33624815307", bac=3, grad="2025-07", language="en", status="b_en_awarded_it_far"),
    )),
    # Feature: long_distance — career_change — Ça a duré dix-huit ans, avant le DEJEPS
    # linked: «Ça» → «j'ai été chauffeur routier» (3 paragraphs apart) → eighteen years of another trade before the diploma → career change (failing)
    N("long_distance", "career_change", "Ça a duré dix-huit ans, avant le DEJEPS", M(
        "Laurent Grosjean <laurent.grosjean@example.fr>", "Candidature au programme Pro'pulse", "11 20:44",
        """Bonjour,

Pendant longtemps, j'ai été chauffeur routier.

Je me suis engagé comme bénévole dans un club de foot de quartier, puis j'ai passé le DEJEPS en 2025, en formation continue.

Je voudrais travailler dans une association sportive d'insertion, auprès des jeunes.

Ça a duré dix-huit ans, avant le DEJEPS, la route. Je n'y retournerai pas.

Laurent Grosjean
06 70 25 91 48""",
        app("Laurent", "Grosjean", phone="+33670259148", bac=2, grad="2025", failing=("not_career_change",), status="b_ca_a_dure_dix_huit_ans"),
    )),
    # Feature: long_distance — graduation — Il l'a obtenu en juin dernier
    # linked: «Il» → «M. Théo Vannier» (the applicant) and «l'» → «un BTS SP3S» (3 paragraphs apart) → graduation 2026-06 → recent
    N("long_distance", "graduation", "Il l'a obtenu en juin dernier", M(
        "Sandrine Colas <s.colas@ccas-laval.example.fr>", "Orientation d'un jeune vers Pro'pulse", "12 09:37",
        """Madame, Monsieur,

Je suis travailleuse sociale au CCAS de Laval et j'accompagne M. Théo Vannier, 21 ans, titulaire d'un BTS SP3S.

Théo a été hébergé quelque temps en foyer ; il a désormais un logement stable et beaucoup d'énergie. Il souhaite travailler dans une association d'accès aux droits ou une maison France services associative.

Il n'est ni en stage ni en service civique. Vous pouvez le joindre au 07 32 50 18 66 ou à theo.vannier@example.org.

Il l'a obtenu en juin dernier, ce qui devrait entrer dans vos critères.

Sandrine Colas, assistante de service social""",
        app("Théo", "Vannier", phone="+33732501866", bac=2, grad="2026-06", email="theo.vannier@example.org", forwarded_by="s.colas@ccas-laval.example.fr", status="b_ccas_il_la_obtenu_far"),
    )),
    # Feature: long_distance — graduation — je l'ai passée l'année où ma fille est née
    # ambiguous: the licence pro is dated only by the daughter's birth, never dated: graduation_recent open
    # linked: «l'» → «une licence pro Médiation sociale» (2 paragraphs apart) → graduation unknown → open
    N("long_distance", "graduation", "je l'ai passée l'année où ma fille est née", M(
        "Nadia Ouhab <nadia.ouhab@example.com>", "Pro'pulse", "13 22:15",
        """Bonsoir,

J'ai une licence pro Médiation sociale, de l'université d'Évry.

J'ai travaillé ensuite comme médiatrice de nuit pour une association de prévention, puis je me suis arrêtée pour m'occuper de mes enfants. Je reprends maintenant, dans le même domaine, une association de médiation sociale de préférence.

Pour la date, je l'ai passée l'année où ma fille est née, je n'ai plus le papier sous la main.

Nadia Ouhab
06 11 47 82 35""",
        app("Nadia", "Ouhab", phone="+33611478235", bac=3, grad=None, unknown=("graduation_recent",), status="b_lannee_ou_ma_fille"),
    )),
    # Feature: long_distance — situation — Il prend fin le 20 décembre
    # linked: «Il» → «Stage — Régie de quartier Saint-Jacques» in the CV (CV → body, 2 paragraphs of the body between) → internship running until 2026-12-20 → fails not_internship
    N("long_distance", "situation", "Il prend fin le 20 décembre", M(
        "Malik Benyahia <malik.benyahia@example.org>", "Candidature Pro'pulse (CV joint)", "14 13:12",
        """Bonjour,

Vous trouverez mon CV ci-joint, avec mon master et mon stage actuel.

J'aimerais rejoindre une régie de quartier ou une association d'habitants comme chargé de développement local.

Je suis disponible pour un entretien à partir de janvier.

Il prend fin le 20 décembre, pour répondre d'avance à votre question.

Malik Benyahia""",
        app("Malik", "Benyahia", phone="+33698203574", bac=5, grad="2026-07", failing=("not_internship",), info_in="both", status="b_cv_stage_il_prend_fin"),
        cv=CV("pdf", "CV_Malik_Benyahia.pdf", """Malik Benyahia
06 98 20 35 74 — malik.benyahia@example.org
FORMATION
Juillet 2026 — Master Urbanisme et aménagement, Université de Strasbourg
EXPÉRIENCE
Stage — Régie de quartier Saint-Jacques, depuis septembre 2026
Diagnostic de quartier, animation de réunions d'habitants"""),
    )),
    # Feature: long_distance — aim — Peu importe le secteur, en fait, tant qu'il est près de chez moi
    # ambiguous: «Peu importe le secteur», said after paragraphs about an association, leaves the search open to any sector: job_seeking_ess open
    # linked: «le secteur» → of «un emploi» (3 paragraphs apart) → any sector → open
    N("long_distance", "aim", "Peu importe le secteur, en fait, tant qu'il est près de chez moi", M(
        "Cédric Lapointe <cedric.lapointe@example.net>", "demande", "15 18:58",
        """Bonjour,

Je cherche un emploi depuis septembre.

J'ai une licence de psychologie obtenue en juin 2025 à Amiens. Pendant mes études, j'ai été bénévole dans une association d'écoute pour les jeunes, ça m'a beaucoup plu.

J'habite à Abbeville et je n'ai pas le permis, donc je dépends du train.

Peu importe le secteur, en fait, tant qu'il est près de chez moi.

Cédric Lapointe
06 04 66 31 92""",
        app("Cédric", "Lapointe", phone="+33604663192", bac=3, grad="2025-06", unknown=("job_seeking_ess",), status="b_peu_importe_le_secteur"),
    )),
    # Feature: long_distance — kind — Elle se termine le 4 décembre
    # linked: «Elle» → «une formation de formateurs» (2 paragraphs apart) → an absence notice → kind auto_reply
    N("long_distance", "kind", "Elle se termine le 4 décembre", M(
        "Jean-Marc Hoarau <jm.hoarau@fede-centres-sociaux.example.org>", "Réponse automatique", "16 08:00",
        """Bonjour,

Je participe à une formation de formateurs à Paris.

Pendant ce temps, je ne consulte pas ma messagerie. Les demandes concernant les adhésions sont à adresser à Florence Barbier.

Elle se termine le 4 décembre ; je vous répondrai ensuite.

Jean-Marc Hoarau""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: long_distance — kind — Il se clôt le 30 novembre
    # linked: «Il» → «le Mois de l'ESS» (3 paragraphs apart) → a list's letter → kind newsletter
    N("long_distance", "kind", "Il se clôt le 30 novembre", M(
        "Chambre de l'ESS Bretagne <lettre@cress-bzh.example.org>", "Les dernières dates du Mois de l'ESS", "17 07:15",
        """Chers adhérents,

Le Mois de l'ESS bat son plein en Bretagne.

À Brest, une table ronde sur les SCIC d'énergie citoyenne ; à Lorient, une journée portes ouvertes des ressourceries ; à Rennes, le salon des coopératives.

Retrouvez tous les rendez-vous sur notre carte en ligne.

Il se clôt le 30 novembre : ne manquez pas les derniers événements !

Se désabonner de cette lettre""",
        newsletter(),
        headers={"List-Unsubscribe": "<https://cress-bzh.example.org/desabonnement>", "Precedence": "bulk"},
    )),
    # ---------------------------------------------------------------- two_candidates
    # Feature: two_candidates — graduation — Ma sœur a un master de droit ; moi, j'ai une licence pro. Je l'ai eue en juin 2025
    # linked: «l'» (feminine «eue») → «une licence pro», not «un master de droit» (decided by agreement and person, previous sentence) → graduation 2025-06 → recent
    N("two_candidates", "graduation", "Ma sœur a un master de droit ; moi, j'ai une licence pro. Je l'ai eue en juin 2025", M(
        "Yasmine Tazi <yasmine.tazi@example.org>", "Candidature Pro'pulse", "18 11:44",
        """Bonjour,

C'est ma sœur qui m'a parlé de vous. Ma sœur a un master de droit ; moi, j'ai une licence pro. Je l'ai eue en juin 2025, en gestion des associations.

Je cherche un poste d'assistante de gestion dans une association ou une fondation.

Yasmine Tazi
06 85 36 09 71""",
        app("Yasmine", "Tazi", phone="+33685360971", bac=3, grad="2025-06", status="b_soeur_master_moi_lp"),
    )),
    # Feature: two_candidates — aim — Mon frère cherche dans les associations ; moi, je vise les cabinets de conseil. C'est là que je veux commencer
    # linked: «là» → «les cabinets de conseil», not «les associations» (decided by person and proximity: the writer's own aim, previous clause) → aim outside the ESS → fails job_seeking_ess
    N("two_candidates", "aim", "Mon frère cherche dans les associations ; moi, je vise les cabinets de conseil. C'est là que je veux commencer", M(
        "Quentin Mallet <quentin.mallet@example.com>", "candidature", "18 19:30",
        """Bonjour,

J'ai un master Stratégie et management obtenu en juin 2026. Mon frère cherche dans les associations ; moi, je vise les cabinets de conseil. C'est là que je veux commencer ma carrière.

Il paraît que votre programme ouvre des portes.

Quentin Mallet
07 27 84 16 53""",
        app("Quentin", "Mallet", phone="+33727841653", bac=5, grad="2026-06", failing=("job_seeking_ess",), status="b_frere_assos_moi_conseil"),
    )),
    # Feature: two_candidates — graduation — J'ai un DUT et un master. Je l'ai eu en 2023
    # ambiguous: «l'» (masculine) could be the DUT or the master, both agree and both make sense: if the master is of 2023 the date fails, if the DUT the master is later and undated: graduation_recent open
    # linked: «l'» → «un DUT» or «un master» (previous sentence, undecidable) → graduation unknown → open
    N("two_candidates", "graduation", "J'ai un DUT et un master. Je l'ai eu en 2023", M(
        "Arnaud Lefebvre-Diop <arnaud.lefebvrediop@example.net>", "Pro'pulse - candidature", "19 09:09",
        """Bonjour,

J'ai un DUT et un master. Je l'ai eu en 2023, à Lille, et depuis j'ai fait des missions de bénévolat.

Je voudrais travailler dans une coopérative d'habitants.

Arnaud Lefebvre-Diop
06 41 92 70 38""",
        app("Arnaud", "Lefebvre-Diop", phone="+33641927038", bac=5, grad=None, unknown=("graduation_recent",), status="b_dut_et_master_lequel"),
    )),
    # Feature: two_candidates — situation — Mon copain et moi avons décroché chacun un stage cet automne, lui à la mairie, moi dans une association. Il se termine en décembre
    # ambiguous: «Il» may be the friend's stage or the writer's own: both masculine, both make sense; if hers, it runs until 2026-12 (failing), if his, hers is undated: not_internship open
    # linked: «Il» → his stage «à la mairie» or hers «dans une association» (previous sentence, undecidable) → internship maybe running → open
    N("two_candidates", "situation", "Mon copain et moi avons décroché chacun un stage cet automne, lui à la mairie, moi dans une association. Il se termine en décembre", M(
        "Elsa Gauthier-Ba <elsa.gauthierba@example.fr>", "candidature pro'pulse", "20 16:05",
        """Bonjour,

J'ai eu mon BTS ESF en juin 2025. Mon copain et moi avons décroché chacun un stage cet automne, lui à la mairie, moi dans une association. Il se termine en décembre.

Je voudrais un emploi dans une association de quartier.

Elsa Gauthier-Ba
07 55 21 93 46""",
        app("Elsa", "Gauthier-Ba", phone="+33755219346", bac=2, grad="2025-06", unknown=("not_internship",), status="b_copain_stage_moi_stage"),
    )),
    # Feature: two_candidates — situation — Ma sœur a fait un service civique de dix mois à Emmaüs ; le mien, commencé en septembre, court jusqu'en juin
    # linked: «le mien» → the writer's own service civique, not the sister's (decided by person, same sentence) → running until 2027-06 → fails not_service_civique
    N("two_candidates", "situation", "Ma sœur a fait un service civique de dix mois à Emmaüs ; le mien, commencé en septembre, court jusqu'en juin", M(
        "Romain Petitjean <romain.petitjean@example.org>", "Candidature Pro'pulse", "21 10:52",
        """Bonjour,

Je suis titulaire d'un BUT Carrières sociales (2026). Ma sœur a fait un service civique de dix mois à Emmaüs ; le mien, commencé en septembre, court jusqu'en juin, aux Restos du cœur.

Après, je voudrais être salarié dans l'aide alimentaire.

Romain Petitjean
06 09 74 28 51""",
        app("Romain", "Petitjean", phone="+33609742851", bac=3, grad="2026", failing=("not_service_civique",), status="b_soeur_sc_le_mien_court"),
    )),
    # Feature: two_candidates — graduation — He got his in 2019; I got mine in 2025
    # linked: «mine» → the writer's «a licence from Lyon 2», not «his» (the brother's master's) (decided by person, same sentence) → graduation 2025 → recent
    N("two_candidates", "graduation", "He got his in 2019; I got mine in 2025", M(
        "Tendai Moyo <tendai.moyo@example.com>", "Application Pro'pulse", "21 17:38",
        """Hello,

My brother has a master's from Leeds and I have a licence in economics from Lyon 2. He got his in 2019; I got mine in 2025.

I'd like to work for a cooperative or a fair-trade association in France.

Tendai Moyo
07 62 40 15 89""",
        app("Tendai", "Moyo", phone="+33762401589", bac=3, grad="2025", language="en", status="b_en_his_and_mine"),
    )),
    # Feature: two_candidates — kind — lequel compte pour les vingt-quatre mois : le premier ou le second
    # linked: «le premier ou le second» → «une licence» and «un master» (same sentence), of nobody in particular → a general question → kind question
    N("two_candidates", "kind", "lequel compte pour les vingt-quatre mois : le premier ou le second", M(
        "Bureau d'aide à l'insertion professionnelle <baip@univ-artois.example.fr>", "Question sur le critère de date", "22 11:20",
        """Bonjour,

Quand un étudiant a obtenu une licence puis un master, lequel compte pour les vingt-quatre mois : le premier ou le second ?

Merci d'avance,
Le BAIP""",
        question(),
    )),
    # Feature: two_candidates — kind — c'est le second, le master, validé en septembre 2025
    # linked: «le second» → «le master», not «la licence» (decided: the last named, same sentence) → an answer in our thread → kind reply
    N("two_candidates", "kind", "c'est le second, le master, validé en septembre 2025", M(
        "Hamza Azoulay <hamza.azoulay@example.net>", "Re: Votre candidature - quel diplôme ?", "23 09:46",
        """Bonjour,

Vous demandiez lequel de mes deux diplômes je mets en avant, la licence ou le master : c'est le second, le master, validé en septembre 2025.

Bien à vous,
Hamza Azoulay

> Merci de préciser le diplôme que vous retenez pour votre candidature.""",
        reply(),
        headers={"In-Reply-To": "<cand-7223@animafac.net>", "References": "<cand-7223@animafac.net>"},
    )),
    # Feature: two_candidates — kind — l'un le jeudi 3 décembre, l'autre le jeudi 10
    # linked: «l'un … l'autre» → «nos deux ateliers» (same sentence) → a partner's practical note → kind other
    N("two_candidates", "kind", "l'un le jeudi 3 décembre, l'autre le jeudi 10", M(
        "Coopérative Ouvre-Boîte <contact@ouvre-boite.example.org>", "Ateliers partenaires de décembre", "24 14:14",
        """Bonjour l'équipe Pro'pulse,

Nos deux ateliers pour vos participants sont calés : l'un le jeudi 3 décembre, l'autre le jeudi 10, toujours à 10 h dans nos locaux.

À bientôt,
Gaëlle, pour la coopérative""",
        other(),
    )),
]
