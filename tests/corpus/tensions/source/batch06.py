"""Tensions corpus, batch 06 (writer B): the second half of done and awaited (a DE «admis» with the
attestation to come, a licence awarded and a ceremony ahead, a regional jury awaited, a resit in January, a
defence adjourned, a grand oral in February) and a level claimed against the title named (a titre RNCP of
level 5 or 6, an L3 unfinished, a UK BA, an M1 not validated, a private bachelor, a Congolese graduat, a
titre whose level the writer forgets, a bac pro and three years of a private school, a BPJEPS, an L1, two
years of BTS without the exam), and the first of recent and old dates; other mail on the same tensions (an
out-of-office during resits, a bounce, a question on titres RNCP, a private school on its bachelors, a
network's letter on recognising diplomas, a bounce)."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, auto_reply, bounce, newsletter, other, question
from tensions import N

MESSAGES = [
    # Feature: done_vs_awaited — studies_finished — j'ai été reçu au DEES en juin
    # tension: «j'ai été reçu au DEES en juin» vs «l'attestation de la DREETS n'est toujours pas arrivée» = the jury's result is given, only the paper is ahead → meets studies_finished → eligible
    N("done_vs_awaited", "studies_finished", "j'ai été reçu au DEES en juin", M(
        "Mathis Roussel <mathis.roussel@example.fr>", "Éducateur spécialisé - candidature", "02 08:25",
        """Bonjour,

J'ai été reçu au DEES en juin (résultats du jury le 26 juin 2026, admis). L'attestation de la DREETS n'est toujours pas arrivée, c'est long, mais l'école m'a fait un certificat provisoire.

Je cherche un poste d'éducateur dans une association de protection de l'enfance ou de prévention spécialisée, en Isère.

Mathis Roussel
06 47 92 18 30""",
        app("Mathis", "Roussel", phone="+33647921830", bac=3, grad="2026-06", status="b_dees_admis_attestation_dreets"),
    )),
    # Feature: done_vs_awaited — studies_finished — ma licence est validée depuis juillet
    # tension: «ma licence est validée depuis juillet» vs «la cérémonie de remise des diplômes est le 12 décembre» = a ceremony is no result: the licence was awarded in July → meets studies_finished → eligible
    N("done_vs_awaited", "studies_finished", "ma licence est validée depuis juillet", M(
        "Pénélope Mounier <penelope.mounier@example.org>", "Candidature Pro'pulse", "03 19:40",
        """Bonjour !

Ma licence est validée depuis juillet (licence AES, Université de Bourgogne, juillet 2026), même si la cérémonie de remise des diplômes est le 12 décembre et que je n'aurai le diplôme papier qu'à ce moment-là.

Je cherche un poste d'assistante administrative dans une mutuelle ou une fédération sportive associative. Je vous mets mon CV en pièce jointe.

Pénélope Mounier
07 33 68 41 92""",
        app("Pénélope", "Mounier", phone="+33733684192", bac=3, grad="2026-07", info_in="both", status="b_licence_aes_ceremonie_decembre"),
        cv=CV("docx", "Mounier_Penelope_CV.docx", """Pénélope Mounier
Assistante administrative
penelope.mounier@example.org - 07 33 68 41 92
Licence Administration économique et sociale - Université de Bourgogne - juillet 2026
Stage de 8 semaines : fédération départementale de handball (printemps 2026)
Job étudiant : caissière le samedi (2023-2026)"""),
    )),
    # Feature: done_vs_awaited — studies_finished — j'attends les résultats du jury régional
    # ambiguous: every test of the DE CESF is passed, the regional jury's results are awaited for early December: the diploma may or may not be awarded, studies_finished stays open
    # tension: «toutes les épreuves sont passées» vs «j'attends les résultats du jury régional, annoncés début décembre» = every exam passed, the results awaited → studies_finished open → to_verify
    N("done_vs_awaited", "studies_finished", "j'attends les résultats du jury régional", M(
        "Nora Mansouri <nora.mansouri@example.net>", "DE CESF - candidature", "04 10:10",
        """Bonjour,

Je termine le DE de conseillère en économie sociale familiale : toutes les épreuves sont passées (la dernière le 6 novembre) et j'attends les résultats du jury régional, annoncés début décembre.

Je voudrais travailler dans une association d'accompagnement budgétaire ou un CHRS associatif. Je peux déjà candidater ?

Nora Mansouri
06 15 83 27 64""",
        app("Nora", "Mansouri", phone="+33615832764", bac="*", grad=None, unknown=("studies_finished",), status="b_decesf_jury_regional"),
    )),
    # Feature: done_vs_awaited — studies_finished — il me reste l'oral de rattrapage le 14 janvier
    # tension: «j'ai réussi toutes les UE écrites du BUT» vs «il me reste l'oral de rattrapage le 14 janvier» = an exam still to come → fails studies_finished → not eligible
    N("done_vs_awaited", "studies_finished", "il me reste l'oral de rattrapage le 14 janvier", M(
        "Quentin Sarr <quentin.sarr@example.com>", "Candidature", "05 15:30",
        """Bonjour,
J'ai réussi toutes les UE écrites du BUT GEA, il me reste l'oral de rattrapage le 14 janvier (anglais), résultat fin janvier. Je cherche dans les associations d'insertion, côté paie et RH.
Quentin Sarr - 06 26 91 47 08""",
        app("Quentin", "Sarr", phone="+33626914708", bac="*", grad=None, failing=("studies_finished",), status="b_but_gea_rattrapage_janvier"),
    )),
    # Feature: done_vs_awaited — studies_finished — je dois re-soutenir en mars
    # tension: «soutenu le 30 septembre» vs «le jury m'a ajournée, je dois re-soutenir en mars» = the defence passed but not validated, a new defence is ahead → fails studies_finished → not eligible
    N("done_vs_awaited", "studies_finished", "je dois re-soutenir en mars", M(
        "Rose Lemaire-Tiwari <rose.lt@example.org>", "Ma situation un peu compliquée", "06 22:18",
        """Bonsoir,

Je vous écris un peu découragée. J'ai soutenu le 30 septembre mon mémoire de master Économie sociale et solidaire, mais le jury m'a ajournée : il faut reprendre toute la partie méthodologique, et je dois re-soutenir en mars.

Mes cours sont tous validés, j'ai fait mon stage dans une CAE et j'adorerais y travailler, ou dans une autre coopérative. Ma tutrice de stage m'a d'ailleurs dit qu'un poste pourrait s'ouvrir au printemps.

En attendant de re-soutenir, je voudrais être accompagnée pour préparer ma recherche. Est-ce que c'est possible, ou est-ce que je dois attendre mars ?

Merci de votre réponse,
Rose Lemaire-Tiwari
06 09 52 74 31""",
        app("Rose", "Lemaire-Tiwari", phone="+33609527431", bac="*", grad=None, failing=("studies_finished",), status="b_master_ess_ajournee_mars"),
    )),
    # Feature: done_vs_awaited — studies_finished — il lui reste le grand oral en février
    # tension: «elle a obtenu tous ses modules du DEJEPS» vs «il lui reste le grand oral en février» = her teacher writes for her (forwarded_by him): an exam still ahead → fails studies_finished → not eligible
    N("done_vs_awaited", "studies_finished", "il lui reste le grand oral en février", M(
        "Olivier Tanguy <o.tanguy@example.fr>", "Une stagiaire de notre centre de formation", "09 11:45",
        """Bonjour,

Je suis formateur au centre de formation aux métiers de l'animation de Clermont-Ferrand. Je me permets de vous présenter Yasmine Ziani, stagiaire en DEJEPS animation socio-éducative : elle a obtenu tous ses modules du DEJEPS, il lui reste le grand oral en février, puis le jury de certification en mars. Je ne m'inquiète pas pour elle.

Elle souhaite coordonner des projets dans une fédération d'éducation populaire. Elle est joignable au 07 60 28 15 94 ou à yasmine.ziani@example.net.

Bien à vous,
Olivier Tanguy, formateur""",
        app("Yasmine", "Ziani", phone="+33760281594", bac="*", grad=None, failing=("studies_finished",), email="yasmine.ziani@example.net", forwarded_by="o.tanguy@example.fr", status="b_dejeps_grand_oral_fevrier"),
    )),
    # Feature: done_vs_awaited — kind — Je suis en période de rattrapages jusqu'au 4 décembre
    # tension: «Je suis en période de rattrapages» vs «je répondrai à vos messages après» = an out-of-office, no application → kind auto_reply
    N("done_vs_awaited", "kind", "Je suis en période de rattrapages jusqu'au 4 décembre", M(
        "Ulysse Maréchal <ulysse.marechal@example.com>", "Réponse automatique", "10 06:12",
        """Je suis en période de rattrapages jusqu'au 4 décembre et je répondrai à vos messages après les résultats. Merci de votre patience.

Ulysse""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: done_vs_awaited — kind — Final-Recipient: rfc822; salome.wauquier@example.fr
    # tension: «our answer on the jury's date» vs «mailbox unavailable» = our mail to an applicant awaiting her jury came back → kind bounce
    N("done_vs_awaited", "kind", "Final-Recipient: rfc822; salome.wauquier@example.fr", M(
        "MAILER-DAEMON@mx.example.fr", "Undelivered Mail Returned to Sender", "11 04:56",
        """This is the mail system at host mx.example.fr.

I'm sorry to have to inform you that your message could not be delivered to one or more recipients.

<salome.wauquier@example.fr>: host mx.example.fr said: 550 5.1.1 mailbox unavailable

Final-Recipient: rfc822; salome.wauquier@example.fr""",
        bounce("salome.wauquier@example.fr"),
        bounce="Reporting-MTA: dns; mx.example.fr\n\nFinal-Recipient: rfc822; salome.wauquier@example.fr\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 mailbox unavailable",
    )),
    # Feature: level_claimed_vs_title — level — titre professionnel Gestionnaire de paie, niveau 5 au RNCP
    # tension: «un bac+2» vs «titre professionnel Gestionnaire de paie, niveau 5 au RNCP» = a titre of level 5 is a bac+2 → meets degree_level → eligible
    N("level_claimed_vs_title", "level", "titre professionnel Gestionnaire de paie, niveau 5 au RNCP", M(
        "Sabrina Weiss <sabrina.weiss@example.net>", "Candidature - gestionnaire de paie", "02 13:13",
        """Bonjour,

J'ai l'équivalent d'un bac+2 : un titre professionnel Gestionnaire de paie, niveau 5 au RNCP, obtenu en mars 2026 après une formation de neuf mois à l'AFPA.

Je voudrais gérer la paie d'une association employeuse ou d'un groupement d'employeurs associatif. Je suis à Metz.

Sabrina Weiss
06 84 20 57 13""",
        app("Sabrina", "Weiss", phone="+33684205713", bac=2, grad="2026-03", status="b_titre_paie_niveau5"),
    )),
    # Feature: level_claimed_vs_title — level — certification RNCP de niveau 6
    # tension: «j'ai un bac+3» vs «ce n'est pas une licence, c'est une certification RNCP de niveau 6» = a titre of level 6 is a bac+3 → meets degree_level → eligible
    N("level_claimed_vs_title", "level", "certification RNCP de niveau 6", M(
        "Romain Yapo <romain.yapo@example.org>", "Pro'pulse", "03 09:51",
        """Bonjour,

J'ai un bac+3, mais ce n'est pas une licence, c'est une certification RNCP de niveau 6 : Responsable de projets de solidarité internationale, préparée dans un institut associatif à Lyon et délivrée en décembre 2025.

Je cherche un poste de chargé de projets dans une ONG ou une association de commerce équitable.

Romain Yapo
07 70 15 39 48""",
        app("Romain", "Yapo", phone="+33770153948", bac=3, grad="2025-12", status="b_rncp6_solidarite_internationale"),
    )),
    # Feature: level_claimed_vs_title — level — il me manque un semestre de L3
    # tension: «je me dis niveau bac+3» vs «il me manque un semestre de L3, j'ai arrêté en mai; ma L2 est validée depuis juin 2025» = an unfinished L3 leaves the L2, bac+2, dated June 2025 → meets degree_level (bac+2) → eligible
    N("level_claimed_vs_title", "level", "il me manque un semestre de L3", M(
        "Mélissa Oukili <melissa.oukili@example.fr>", "candidature (niveau bac+3 ?)", "04 18:36",
        """Bonjour,

Je me dis « niveau bac+3 » sur mon CV mais je préfère être claire : il me manque un semestre de L3 de sciences de l'éducation, j'ai arrêté en mai 2026 pour raisons financières. Ma L2 est validée depuis juin 2025, j'ai le relevé.

Je n'ai pas l'intention de reprendre la fac. Je cherche un poste d'animatrice ou d'assistante pédagogique dans une association d'éducation populaire ou de soutien scolaire.

Mélissa Oukili
06 41 07 85 26""",
        app("Mélissa", "Oukili", phone="+33641078526", bac=2, grad="2025-06", status="b_l2_validee_l3_inachevee"),
    )),
    # Feature: level_claimed_vs_title — level — a BA (Hons) in Social Policy from the University of Leeds
    # tension: «is a British bachelor's really a bac+3 here?» vs «a BA (Hons) in Social Policy from the University of Leeds» = a three-year honours degree is a bac+3 → meets degree_level → eligible
    N("level_claimed_vs_title", "level", "a BA (Hons) in Social Policy from the University of Leeds", M(
        "Zainab Qureshi <zainab.qureshi@example.com>", "Application - is my degree enough?", "05 12:22",
        """Hello,

I'm not sure how French employers read my diploma, so I'll spell it out: I have a BA (Hons) in Social Policy from the University of Leeds, three years, awarded in July 2025. People keep asking me whether that's a "bac+3" level or not.

I moved to Bordeaux in September and I'm looking for a job in a non-profit working on housing or refugee support.

Zainab Qureshi
+33 7 49 62 10 83""",
        app("Zainab", "Qureshi", phone="+33749621083", bac=3, grad="2025-07", language="en", status="b_en_ba_leeds_level"),
    )),
    # Feature: level_claimed_vs_title — level — ma licence de droit, obtenue en juillet 2025
    # tension: «je mets bac+4 parce que j'ai fait un M1» vs «le M1 n'est pas validé, mon dernier diplôme est ma licence de droit, obtenue en juillet 2025» = the M1 not validated, the licence is bac+3 and recent → meets degree_level (bac+3) → eligible
    N("level_claimed_vs_title", "level", "ma licence de droit, obtenue en juillet 2025", M(
        "Tristan Ménard <tristan.menard@example.net>", "Candidature", "06 14:58",
        """Bonjour,

Sur mon CV je mets bac+4 parce que j'ai fait un M1 de droit social l'an dernier, mais le M1 n'est pas validé (deux matières en dessous de la moyenne et je n'ai pas redoublé). Mon dernier diplôme est donc ma licence de droit, obtenue en juillet 2025.

J'aimerais travailler comme juriste ou assistant juridique dans une association d'accès au droit ou une mutuelle.

Tristan Ménard
06 35 70 92 14""",
        app("Tristan", "Ménard", phone="+33635709214", bac=3, grad="2025-07", status="b_licence_droit_m1_non_valide"),
    )),
    # Feature: level_claimed_vs_title — level — un bachelor en trois ans dans une école de commerce privée
    # ambiguous: a private school's bachelor with no RNCP level said: it may be a titre of level 6 or nothing recognised, degree_level stays open
    # tension: «c'est un bac+3» vs «un bachelor en trois ans dans une école de commerce privée» = a private bachelor with no level said → degree_level open → to_verify
    N("level_claimed_vs_title", "level", "un bachelor en trois ans dans une école de commerce privée", M(
        "Clara Pereira-Nowak <clara.pn@example.org>", "Candidature", "09 10:04",
        """Bonjour,
J'ai fait un bachelor en trois ans dans une école de commerce privée (fini en juin 2026), c'est un bac+3 d'après l'école. Je cherche un poste de chargée de partenariats dans une fondation.
Clara Pereira-Nowak - 07 28 14 60 95""",
        app("Clara", "Pereira-Nowak", phone="+33728146095", bac="*", grad="2026-06", unknown=("degree_level",), status="b_bachelor_prive_sans_rncp"),
    )),
    # Feature: level_claimed_vs_title — level — un graduat en gestion de l'Institut supérieur de commerce de Kinshasa
    # ambiguous: a Congolese graduat (three years after the state exam) with no recognition asked: the writer says bac+3, nothing French says it, degree_level stays open
    # tension: «pour moi c'est l'équivalent d'un bac+3» vs «un graduat en gestion de l'Institut supérieur de commerce de Kinshasa, je n'ai pas demandé d'équivalence» = a diploma abroad, no level recognised → degree_level open → to_verify
    N("level_claimed_vs_title", "level", "un graduat en gestion de l'Institut supérieur de commerce de Kinshasa", M(
        "Prisca Mukendi <prisca.mukendi@example.com>", "Demande d'accompagnement", "10 16:27",
        """Bonjour Madame, Monsieur,

Arrivée en France en février dernier, je souhaite intégrer le programme Pro'pulse. J'ai obtenu en juillet 2025 un graduat en gestion de l'Institut supérieur de commerce de Kinshasa : trois années après l'examen d'État. Pour moi c'est l'équivalent d'un bac+3, mais je n'ai pas encore demandé d'équivalence.

Je recherche un emploi d'assistante de gestion dans une association de solidarité internationale ou une coopérative.

Veuillez agréer mes salutations distinguées.

Prisca Mukendi
07 51 86 24 30""",
        app("Prisca", "Mukendi", phone="+33751862430", bac="*", grad="2025-07", unknown=("degree_level",), status="b_graduat_kinshasa_sans_equivalence"),
    )),
    # Feature: level_claimed_vs_title — level — niveau 4 ou 5, je ne sais plus trop
    # ambiguous: the adviser names the titre but not its level, «niveau 4 ou 5»: a bac or a bac+2, degree_level stays open
    # tension: «il a un titre professionnel de secrétaire assistant» vs «niveau 4 ou 5, je ne sais plus trop» = a titre whose level the adviser does not know → degree_level open → to_verify
    N("level_claimed_vs_title", "level", "niveau 4 ou 5, je ne sais plus trop", M(
        "Mission locale du Pays de Morlaix <c.yvinec@ml-morlaix.example.fr>", "Orientation d'un jeune", "11 14:40",
        """Bonjour,

Conseillère à la Mission locale, je vous oriente Malo Pichon, 22 ans. Il a un titre professionnel de secrétaire assistant obtenu en juin 2026 (niveau 4 ou 5, je ne sais plus trop, je n'ai pas la copie sous les yeux). Il cherche un poste d'accueil et de secrétariat dans une association du secteur social.

Ses coordonnées : malo.pichon@example.net, 06 98 32 17 45.

Cordialement,
Cécile Yvinec""",
        app("Malo", "Pichon", phone="+33698321745", bac="*", grad="2026-06", unknown=("degree_level",), email="malo.pichon@example.net", forwarded_by="c.yvinec@ml-morlaix.example.fr", status="b_titre_secretaire_niveau_incertain"),
    )),
    # Feature: level_claimed_vs_title — level — sans diplôme à la sortie
    # tension: «je me présente comme bac+3» vs «trois ans dans une école de design privée, sans diplôme à la sortie, après mon bac pro» = years spent are no diploma: the highest is the bac pro → fails degree_level → not eligible
    N("level_claimed_vs_title", "level", "sans diplôme à la sortie", M(
        "Walid Benyamina <walid.benyamina@example.org>", "Graphiste - candidature", "12 20:05",
        """Bonjour,

Je me présente comme bac+3 parce que j'ai fait trois ans dans une école de design privée après mon bac pro, mais je préfère le dire : sans diplôme à la sortie, l'école n'était pas reconnue et a fermé.

Je voudrais être graphiste dans une association culturelle ou une coopérative de communication.

Walid Benyamina
06 22 61 48 79""",
        app("Walid", "Benyamina", phone="+33622614879", bac=0, grad=None, failing=("degree_level",), status="b_bac_pro_ecole_design_sans_diplome"),
    )),
    # Feature: level_claimed_vs_title — level — mon BPJEPS, un titre de niveau 4
    # tension: «ça vaut un bac+2, on me l'a dit en formation» vs «mon BPJEPS, un titre de niveau 4» = a level-4 title is the bac's level → fails degree_level → not eligible
    N("level_claimed_vs_title", "level", "mon BPJEPS, un titre de niveau 4", M(
        "Sofiane Valette <sofiane.valette@example.fr>", "inscription", "13 17:17",
        """Bonjour,

J'ai eu en mai 2026 mon BPJEPS, un titre de niveau 4 (animation sociale). Ça vaut un bac+2, on me l'a dit en formation. Je voudrais un poste d'animateur en maison de quartier associative.

Sofiane Valette
07 90 43 26 18""",
        app("Sofiane", "Valette", phone="+33790432618", bac=0, grad=None, failing=("degree_level",), status="b_bpjeps_niveau4_dit_bac2"),
    )),
    # Feature: level_claimed_vs_title — level — seule ma L1 est validée
    # tension: «j'ai mis bac+2 sur mes candidatures» vs «seule ma L1 est validée» = a first year validated is bac+1 → fails degree_level → not eligible
    N("level_claimed_vs_title", "level", "seule ma L1 est validée", M(
        "Laurine Tessier <laurine.tessier@example.net>", "Candidature Pro'pulse", "16 09:30",
        """Bonjour,

J'ai mis bac+2 sur mes candidatures parce que j'ai fait deux ans de licence de psychologie, mais en vrai seule ma L1 est validée : j'ai raté la L2 en juin 2025 et je n'ai pas continué.

Depuis je suis animatrice périscolaire et je voudrais trouver un vrai poste dans une association de protection de l'enfance.

Laurine Tessier
06 17 94 52 06""",
        app("Laurine", "Tessier", phone="+33617945206", bac=1, grad=None, failing=("degree_level",), status="b_l1_validee_dit_bac2"),
    )),
    # Feature: level_claimed_vs_title — level — je n'ai pas eu l'examen final
    # tension: «niveau bac+2» vs «deux années de BTS Tourisme, mais je n'ai pas eu l'examen final» = a BTS not obtained is no diploma: the bac is the highest → fails degree_level → not eligible
    N("level_claimed_vs_title", "level", "je n'ai pas eu l'examen final", M(
        "Yannick Mayombo <yannick.mayombo@example.com>", "Candidature - niveau bac+2", "17 12:49",
        """Bonjour,

Niveau bac+2 : j'ai fait deux années de BTS Tourisme, mais je n'ai pas eu l'examen final en juin 2026 (il me manquait quelques points), donc il me manque le diplôme. Je ne compte pas le repasser.

Je cherche dans le tourisme social et solidaire, les villages vacances associatifs par exemple.

Yannick Mayombo
06 36 80 19 72""",
        app("Yannick", "Mayombo", phone="+33636801972", bac=0, grad=None, failing=("degree_level",), status="b_bts_tourisme_non_obtenu"),
    )),
    # Feature: level_claimed_vs_title — kind — un titre RNCP de niveau 5 suffit-il
    # tension: «un titre RNCP de niveau 5» vs «une licence» = a general question with no diploma of the writer's own → kind question
    N("level_claimed_vs_title", "kind", "un titre RNCP de niveau 5 suffit-il", M(
        "j.vasseur@example.org", "Titre RNCP ?", "18 20:33",
        """Bonjour,

Pour entrer dans Pro'pulse, un titre RNCP de niveau 5 suffit-il ou faut-il une licence ? Et les titres d'écoles privées sont-ils acceptés ?

Merci d'avance.""",
        question(),
    )),
    # Feature: level_claimed_vs_title — kind — nos bachelors sont enregistrés au RNCP au niveau 6
    # tension: «nos bachelors sont enregistrés au RNCP au niveau 6» vs «certains de nos anciens élèves» = a private school speaks of its own graduates, no one applying → kind other
    N("level_claimed_vs_title", "kind", "nos bachelors sont enregistrés au RNCP au niveau 6", M(
        "Relations entreprises - ISCOM Sud <entreprises@iscom-sud.example.com>", "Partenariat - nos diplômé·es", "19 11:20",
        """Bonjour,

École privée de commerce et de communication à Montpellier, nous voyons certains de nos anciens élèves s'orienter vers l'ESS. Pour lever un doute fréquent chez les recruteurs : nos bachelors sont enregistrés au RNCP au niveau 6 depuis 2023.

Nous serions heureux de vous présenter notre promotion 2026 lors d'un de vos ateliers.

L'équipe Relations entreprises""",
        other(),
    )),
    # Feature: level_claimed_vs_title — kind — Faire reconnaître son diplôme étranger : permanences ENIC-NARIC
    # tension: «un diplôme étranger» vs «son niveau en France» = a network's newsletter on recognising diplomas, no one applying → kind newsletter
    N("level_claimed_vs_title", "kind", "Faire reconnaître son diplôme étranger : permanences ENIC-NARIC", M(
        "Réseau Étudiants exilés <infos@etudiants-exiles.example.org>", "Infolettre n°14", "20 07:00",
        """INFOLETTRE N°14

Faire reconnaître son diplôme étranger : permanences ENIC-NARIC tous les mardis de décembre, sur rendez-vous. Apportez vos relevés traduits.

Aussi : un atelier « présenter son niveau en France » le 16 décembre ; témoignage d'une ingénieure syrienne devenue coordinatrice d'association.

Pour ne plus recevoir cette infolettre : infos@etudiants-exiles.example.org""",
        newsletter(),
        headers={"List-Unsubscribe": "<mailto:infos@etudiants-exiles.example.org?subject=unsubscribe>", "Precedence": "bulk"},
    )),
    # Feature: level_claimed_vs_title — kind — The following address failed: gaspard.noel@example.net
    # tension: «our answer on his titre's level» vs «address failed» = our mail came back → kind bounce
    N("level_claimed_vs_title", "kind", "The following address failed: gaspard.noel@example.net", M(
        "Mail Delivery Subsystem <mailer-daemon@relay.example.net>", "Delivery Status Notification (Failure)", "21 03:08",
        """Delivery to the following recipient failed permanently.

The following address failed: gaspard.noel@example.net

The account has been disabled or discontinued.""",
        bounce("gaspard.noel@example.net"),
        bounce="Reporting-MTA: dns; relay.example.net\n\nFinal-Recipient: rfc822; gaspard.noel@example.net\nAction: failed\nStatus: 5.2.1\nDiagnostic-Code: smtp; 550 5.2.1 account disabled",
    )),
    # Feature: recent_vs_old_dates — graduation — le jury final ne s'est réuni qu'en janvier 2025
    # tension: «je suis de la promo 2024» vs «le jury final ne s'est réuni qu'en janvier 2025» = the diploma is dated by the jury's deliberation: January 2025, 22 months → meets graduation_recent → eligible
    N("recent_vs_old_dates", "graduation", "le jury final ne s'est réuni qu'en janvier 2025", M(
        "Aurélien Zimmermann <aurelien.zimmermann@example.org>", "Candidature Pro'pulse", "22 15:05",
        """Bonjour,

Je suis de la promo 2024 du master Gestion des ressources humaines de Strasbourg, mais avec le retard pris par les soutenances, le jury final ne s'est réuni qu'en janvier 2025 : c'est la date sur mon attestation.

Je cherche un poste de chargé RH dans une association du médico-social ou une mutuelle.

Aurélien Zimmermann
06 52 37 84 19""",
        app("Aurélien", "Zimmermann", phone="+33652378419", bac=5, grad="2025-01", status="b_master_rh_promo2024_jury2025"),
    )),
]
