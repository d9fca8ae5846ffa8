"""Occasions corpus, batch 05 (writer B): plain first mails (the baseline), mails after a salon, an info
session or a meeting at the Mission locale, and first mails after a phone call («suite à notre échange
téléphonique de ce matin, comme convenu je vous écris») — some correcting what was said on the phone; other
mail on the same occasions (an auto-reply, a bounce, a salon organiser thanking us, a Mission locale adviser
asking with no one named, a true reply in our thread, an out-of-office)."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, auto_reply, bounce, other, question, reply
from occasions import N

MESSAGES = [
    # Feature: first_contact — level — j'ai un BTS Économie sociale familiale obtenu en juin 2025
    # occasion: «j'ai un BTS Économie sociale familiale obtenu en juin 2025» = a plain first mail: a BTS (bac+2) of 17 months ago → meets degree_level and graduation_recent → eligible
    N("first_contact", "level", "j'ai un BTS Économie sociale familiale obtenu en juin 2025", M(
        "Nadia Mansouri <nadia.mansouri@example.org>", "Candidature Pro'pulse", "03 09:14",
        """Bonjour,

Je souhaite candidater à Pro'pulse. J'ai un BTS Économie sociale familiale obtenu en juin 2025, et depuis je fais des remplacements ponctuels.

Ce que je cherche : un poste de conseillère dans un centre social ou une association d'accès aux droits, en CDI si possible.

Je reste disponible pour un entretien.

Nadia Mansouri
06 52 18 40 77""",
        app("Nadia", "Mansouri", phone="+33652184077", bac=2, grad="2025-06", status="b_bts_esf_centre_social"),
    )),
    # Feature: first_contact — level — j'ai mon bac pro Commerce depuis juillet 2025
    # occasion: «j'ai mon bac pro Commerce depuis juillet 2025» = a plain first mail: a bac pro is level 4 → fails degree_level → not_eligible
    N("first_contact", "level", "j'ai mon bac pro Commerce depuis juillet 2025", M(
        "Kevin Moreau-Diallo <kev.md@example.net>", "postuler", "04 22:41",
        """slt

je voudrais postuler pour votre truc pro'pulse. j'ai mon bac pro Commerce depuis juillet 2025 et je cherche du taf dans une asso genre aide alimentaire ou une épicerie solidaire, j'y fais déjà du bénévolat le samedi

mon num 07 58 33 12 90

kevin""",
        app("Kevin", "Moreau-Diallo", phone="+33758331290", bac=0, grad="2025-07", failing=("degree_level",), status="b_bac_pro_commerce"),
    )),
    # Feature: first_contact — aim — que ce soit dans le privé ou dans l'associatif, peu m'importe
    # ambiguous: the aim is split between the private sector and associations with no preference: a careful reader cannot say the search is in the ESS
    # occasion: «que ce soit dans le privé ou dans l'associatif, peu m'importe» = a plain first mail with the aim left to chance → job_seeking_ess open → to_verify
    N("first_contact", "aim", "que ce soit dans le privé ou dans l'associatif, peu m'importe", M(
        "Sofia Pereira <sofia.pereira@example.com>", "Demande d'inscription au programme", "05 11:02",
        """Madame, Monsieur,

Je me permets de vous écrire afin de rejoindre votre programme d'accompagnement. Titulaire d'une licence de sociologie obtenue en juin 2026, je recherche un premier emploi dans la communication, que ce soit dans le privé ou dans l'associatif, peu m'importe tant que l'équipe est bienveillante.

Je vous remercie de l'attention portée à ma demande.

Sofia Pereira
06 59 70 21 38""",
        app("Sofia", "Pereira", phone="+33659702138", bac=3, grad="2026-06", unknown=("job_seeking_ess",), status="b_licence_socio_prive_ou_asso"),
    )),
    # Feature: first_contact — career_change — j'ai été guichetier à la banque pendant neuf ans
    # occasion: «j'ai été guichetier à la banque pendant neuf ans» = a plain first mail: nine years of another trade before the DUT → fails not_career_change → not_eligible
    N("first_contact", "career_change", "j'ai été guichetier à la banque pendant neuf ans", M(
        "Thierry Rakotomalala <t.rakotomalala@example.fr>", "Candidature", "06 08:30",
        """Bonjour,

Je vous écris pour postuler à Pro'pulse. J'ai été guichetier à la banque pendant neuf ans, puis j'ai repris mes études : j'ai obtenu en juin 2026 un DUT Carrières sociales.

J'aimerais maintenant travailler dans une association d'insertion.

Bien à vous,
Thierry Rakotomalala
06 61 44 27 05""",
        app("Thierry", "Rakotomalala", phone="+33661442705", bac=2, grad="2026-06", failing=("not_career_change",), status="b_guichetier_dut_cs"),
    )),
    # Feature: first_contact — graduation — I completed my MSc in Development Studies in September 2025
    # occasion: «I completed my MSc in Development Studies in September 2025» = a plain first mail in English: a master of 14 months ago → meets → eligible
    N("first_contact", "graduation", "I completed my MSc in Development Studies in September 2025", M(
        "Tomasz Wiśniewski <tomasz.w@example.com>", "Application - Pro'pulse programme", "07 14:55",
        """Hello,

I would like to apply to the Pro'pulse programme. I completed my MSc in Development Studies in September 2025 and I have been living in Lyon since the summer.

I'm looking for a job with a cooperative or a charity working on housing. I speak French well, although I write more easily in English.

Best regards,
Tomasz Wiśniewski
+33 6 70 15 62 48""",
        app("Tomasz", "Wiśniewski", phone="+33670156248", bac=5, grad="2025-09", language="en", status="b_msc_development_studies"),
    )),
    # Feature: first_contact — studies_finished — ma licence pro est terminée depuis juin, je n'ai plus aucun cours
    # occasion: «ma licence pro est terminée depuis juin, je n'ai plus aucun cours» = a plain first mail: studies over → meets studies_finished → eligible
    N("first_contact", "studies_finished", "ma licence pro est terminée depuis juin, je n'ai plus aucun cours", M(
        "Awa Sy <awa.sy@example.org>", "je suis intéressée par Pro'pulse", "09 19:20",
        """Bonjour,

Je suis intéressée par votre programme. Ma licence pro est terminée depuis juin, je n'ai plus aucun cours ni rien à rendre (licence pro Intervention sociale, diplôme obtenu en juin 2026).

Je cherche un emploi dans une association qui accompagne des femmes isolées ou dans une mutuelle. J'ai mis mon CV en pièce jointe.

Merci !
Awa Sy
07 55 82 14 63""",
        app("Awa", "Sy", phone="+33755821463", bac=3, grad="2026-06", info_in="body", status="b_lp_intervention_sociale"),
        cv=CV("pdf", "CV_Awa_Sy.pdf", """Awa Sy
07 55 82 14 63 - awa.sy@example.org
Formation
2026 : Licence professionnelle Intervention sociale
2025 : DUT Carrières sociales
Expériences
Bénévole, permanence d'écoute (2024-2026)"""),
    )),
    # Feature: first_contact — situation — je suis en service civique jusqu'en mars
    # occasion: «je suis en service civique jusqu'en mars» = a plain first mail: a service civique running now → fails not_service_civique → not_eligible
    N("first_contact", "situation", "je suis en service civique jusqu'en mars", M(
        "Yanis Ouali <yanis.ouali@example.net>", "Candidature au programme", "10 12:47",
        """Bonjour,

J'aimerais rejoindre Pro'pulse. J'ai un BTS Gestion de la PME obtenu en 2025 et je suis en service civique jusqu'en mars dans une fédération de clubs sportifs.

Après, je voudrais un poste d'assistant de gestion dans une structure de l'ESS.

Yanis Ouali
06 57 90 33 18""",
        app("Yanis", "Ouali", phone="+33657903318", bac=2, grad="2025", failing=("not_service_civique",), status="b_bts_pme_service_civique"),
    )),
    # Feature: first_contact — kind — Je suis absente du bureau jusqu'au 30 novembre
    # occasion: «Je suis absente du bureau jusqu'au 30 novembre» = an out-of-office answering our mail, on no occasion → kind auto_reply
    N("first_contact", "kind", "Je suis absente du bureau jusqu'au 30 novembre", M(
        "Odile Varenne <odile.varenne@example.fr>", "Réponse automatique : Pro'pulse - informations", "11 08:01",
        """Bonjour,

Je suis absente du bureau jusqu'au 30 novembre inclus. Pour toute urgence, merci d'écrire à accueil@example.fr.

Cordialement,
Odile Varenne""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: first_contact — kind — The following address failed: ruben.noguera@example.com
    # occasion: «The following address failed: ruben.noguera@example.com» = our answer to a first mail came back → kind bounce
    N("first_contact", "kind", "The following address failed: ruben.noguera@example.com", M(
        "Mail Delivery System <MAILER-DAEMON@mx.example.net>", "Undelivered Mail Returned to Sender", "12 03:12",
        """This is the mail system at host mx.example.net.

I'm sorry to have to inform you that your message could not be delivered.

The following address failed: ruben.noguera@example.com

550 5.1.1 mailbox unavailable""",
        bounce("ruben.noguera@example.com"),
        bounce="Reporting-MTA: dns; mx.example.net\n\nFinal-Recipient: rfc822; ruben.noguera@example.com\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 mailbox unavailable",
    )),
    # Feature: after_a_meeting — graduation — mon BTS Tourisme, je l'ai eu en juin 2025
    # occasion: «mon BTS Tourisme, je l'ai eu en juin 2025» = after the info session at the Mission locale (18 November: the meeting's date, no graduation) → the BTS of June 2025 meets → eligible
    N("after_a_meeting", "graduation", "mon BTS Tourisme, je l'ai eu en juin 2025", M(
        "Mélissa Nguyen <melissa.nguyen@example.org>", "Suite à la réunion d'information du 18 novembre", "19 10:15",
        """Bonjour,

J'étais à la réunion d'information du 18 novembre à la Mission locale, c'est là que j'ai découvert Pro'pulse. Je voudrais candidater.

Pour vous situer : mon BTS Tourisme, je l'ai eu en juin 2025. Je m'intéresse au tourisme solidaire et j'aimerais travailler pour une association qui organise des séjours pour des familles qui ne partent jamais en vacances.

Merci,
Mélissa Nguyen
06 58 47 10 92""",
        app("Mélissa", "Nguyen", phone="+33658471092", bac=2, grad="2025-06", status="b_bts_tourisme_mission_locale"),
    )),
    # Feature: after_a_meeting — graduation — mon DUT Gestion des entreprises date de juin 2022
    # occasion: «mon DUT Gestion des entreprises date de juin 2022» = after the ESS salon (the salon is this month; the DUT is four years old) → fails graduation_recent → not_eligible
    N("after_a_meeting", "graduation", "mon DUT Gestion des entreprises date de juin 2022", M(
        "Pablo Ruiz Serrano <pablo.ruiz@example.com>", "Rencontre au salon de l'ESS", "17 18:33",
        """Bonjour,

Nous nous sommes rencontrés samedi au salon de l'ESS, sur votre stand près de l'entrée. Vous m'aviez conseillé d'écrire, alors voilà.

Mon DUT Gestion des entreprises date de juin 2022. Depuis j'ai fait de l'intérim en logistique et j'aimerais maintenant travailler dans une SCOP, côté gestion.

Je peux passer vous voir quand vous voulez.

Pablo Ruiz Serrano
07 61 29 54 03""",
        app("Pablo", "Ruiz Serrano", phone="+33761295403", bac=2, grad="2022-06", failing=("graduation_recent",), status="b_dut_gea_2022_salon"),
    )),
    # Feature: after_a_meeting — studies_finished — j'ai passé toutes mes épreuves de M2, j'attends le jury
    # ambiguous: every exam sat, the jury's results still to come: the M2 may or may not be validated, so studies_finished stays open
    # occasion: «j'ai passé toutes mes épreuves de M2, j'attends le jury» = after the info session, results awaited on exams all sat → studies_finished open → to_verify
    N("after_a_meeting", "studies_finished", "j'ai passé toutes mes épreuves de M2, j'attends le jury", M(
        "Rania Tahiri <rania.tahiri@example.fr>", "Session d'information de mardi", "20 16:40",
        """Bonjour,

Merci pour la session d'information de mardi, c'était très clair. Je souhaite postuler à la prochaine promotion.

Je suis en M2 Économie sociale et solidaire : j'ai passé toutes mes épreuves de M2, j'attends le jury qui se réunit en décembre. Je cherche un poste de chargée de projet dans une coopérative ou une fondation.

Rania Tahiri
06 63 08 71 25""",
        app("Rania", "Tahiri", phone="+33663087125", bac="*", grad=None, unknown=("studies_finished",), status="b_m2_ess_jury_attendu"),
    )),
    # Feature: after_a_meeting — situation — je suis en stage jusqu'à fin janvier
    # occasion: «je suis en stage jusqu'à fin janvier» = after the salon, a stage running beyond today → fails not_internship → not_eligible
    N("after_a_meeting", "situation", "je suis en stage jusqu'à fin janvier", M(
        "Valentin Roux <valentin.roux@example.org>", "On s'est vus au salon", "16 21:05",
        """Bonsoir,

On s'est vus au salon Emploi et handicap, j'étais passé avec un copain à votre stand. J'ai une licence de gestion (2026) et je voudrais m'inscrire à Pro'pulse, mais je suis en stage jusqu'à fin janvier dans une mairie.

Ce qui m'intéresse c'est l'emploi accompagné, dans une association.

Valentin
06 66 12 85 47""",
        app("Valentin", "Roux", phone="+33666128547", bac=3, grad="2026", failing=("not_internship",), status="b_licence_gestion_stage_mairie"),
    )),
    # Feature: after_a_meeting — aim — un poste dans une ressourcerie
    # occasion: «un poste dans une ressourcerie» = after the atelier at the Mission locale, the aim said now in writing → meets job_seeking_ess → eligible
    N("after_a_meeting", "aim", "un poste dans une ressourcerie", M(
        "Ibrahim Touré <ibrahim.toure@example.net>", "atelier Mission locale", "13 13:26",
        """Bonjour madame,

Je suis venu à l'atelier de la Mission locale le 12 novembre où vous avez présenté Pro'pulse. Je voulais vous dire que je suis intéressé.

J'ai une licence de géographie, obtenue en 2025. Ce que je voudrais c'est un poste dans une ressourcerie, je fais déjà des réparations de vélos en bénévolat.

Merci à vous,
Ibrahim Touré
07 59 64 20 81""",
        app("Ibrahim", "Touré", phone="+33759642081", bac=3, grad="2025", status="b_licence_geo_ressourcerie"),
    )),
    # Feature: after_a_meeting — graduation — comme je vous l'ai dit au stand, j'ai un BTS SP3S
    # ambiguous: the BTS is named with no date at all, at the stand or now: graduation_recent stays open
    # occasion: «comme je vous l'ai dit au stand, j'ai un BTS SP3S» = after the salon, the diploma said again with no date → graduation_recent open → to_verify
    N("after_a_meeting", "graduation", "comme je vous l'ai dit au stand, j'ai un BTS SP3S", M(
        "Chloé Marchetti <chloe.marchetti@example.com>", "salon de l'alternance", "18 09:50",
        """Bonjour,

Nous avons discuté au salon de l'alternance la semaine dernière. Comme je vous l'ai dit au stand, j'ai un BTS SP3S et je ne suis plus étudiante.

Je cherche un emploi dans un centre social ou une maison de quartier. Est-ce que je peux candidater à Pro'pulse ?

Chloé Marchetti
06 60 93 17 52""",
        app("Chloé", "Marchetti", phone="+33660931752", bac=2, grad=None, unknown=("graduation_recent",), status="b_bts_sp3s_sans_date"),
    )),
    # Feature: after_a_meeting — kind — merci d'avoir tenu un stand lors de notre salon
    # occasion: «merci d'avoir tenu un stand lors de notre salon» = the salon's organiser thanking us, no one applying → kind other
    N("after_a_meeting", "kind", "merci d'avoir tenu un stand lors de notre salon", M(
        "Salon Emploi Solidaire <contact@salon-solidaire.example.org>", "Merci pour votre participation", "21 10:00",
        """Bonjour à toute l'équipe de Pro'pulse,

Un grand merci d'avoir tenu un stand lors de notre salon du 14 novembre. Nous avons accueilli plus de visiteurs que l'an passé.

Vous trouverez bientôt le bilan et les photos sur notre site. Nous espérons vous revoir l'an prochain.

L'équipe d'organisation""",
        other(),
    )),
    # Feature: after_a_meeting — kind — plusieurs jeunes que je suis pourraient être intéressés
    # occasion: «plusieurs jeunes que je suis pourraient être intéressés» = a Mission locale adviser after the meeting, asking how it works with no one named → kind question
    N("after_a_meeting", "kind", "plusieurs jeunes que je suis pourraient être intéressés", M(
        "Hélène Mercier <h.mercier@example.fr>", "Suite à votre intervention à la Mission locale", "22 15:12",
        """Bonjour,

Suite à votre intervention à la Mission locale jeudi, plusieurs jeunes que je suis pourraient être intéressés. Comment se passent les inscriptions ? Faut-il qu'ils vous écrivent eux-mêmes ou puis-je vous transmettre leurs dossiers ?

Et la promotion de janvier est-elle déjà complète ?

Cordialement,
Hélène Mercier
Conseillère en insertion""",
        question(),
    )),
    # Feature: after_a_call — studies_finished — j'ai terminé ma licence pro en juillet, tout est validé
    # occasion: «j'ai terminé ma licence pro en juillet, tout est validé» = the call's facts written down as agreed (a first mail, no In-Reply-To) → studies finished → eligible
    N("after_a_call", "studies_finished", "j'ai terminé ma licence pro en juillet, tout est validé", M(
        "Lucas Petitjean <lucas.petitjean@example.org>", "Suite à notre échange téléphonique", "23 11:48",
        """Bonjour Madame,

Suite à notre échange téléphonique de ce matin, comme convenu je vous écris pour vous envoyer ma candidature.

Je récapitule : j'ai terminé ma licence pro en juillet, tout est validé (licence pro Gestion des organisations de l'ESS, juillet 2026). Je cherche un poste dans une SCIC ou une association d'éducation populaire.

Encore merci pour le temps accordé,
Lucas Petitjean
06 68 35 90 14""",
        app("Lucas", "Petitjean", phone="+33668359014", bac=3, grad="2026-07", status="b_lp_goess_appel"),
    )),
    # Feature: after_a_call — situation — en fait mon stage se termine le 19 décembre
    # occasion: «en fait mon stage se termine le 19 décembre» = a correction of what was said on the phone: the last word counts, the stage runs today → fails not_internship → not_eligible
    N("after_a_call", "situation", "en fait mon stage se termine le 19 décembre", M(
        "Salomé Vidal <salome.vidal@example.com>", "Comme convenu au téléphone ce matin", "24 09:05",
        """Bonjour,

Suite à notre échange téléphonique de ce matin, comme convenu je vous écris. Petite correction : je vous ai dit que mon stage était fini, mais en fait mon stage se termine le 19 décembre, je me suis trompée de mois.

Sinon j'ai bien un master Médiation culturelle (septembre 2026) et je vise une association culturelle de quartier.

Salomé Vidal
07 56 41 38 20""",
        app("Salomé", "Vidal", phone="+33756413820", bac=5, grad="2026-09", failing=("not_internship",), status="b_master_mediation_stage_decembre"),
    )),
    # Feature: after_a_call — graduation — je vous ai dit 2023 mais c'est juin 2025
    # occasion: «je vous ai dit 2023 mais c'est juin 2025» = a correction of the date said on the phone: the last word counts → recent, meets → eligible
    N("after_a_call", "graduation", "je vous ai dit 2023 mais c'est juin 2025", M(
        "Moussa Sissoko <moussa.sissoko@example.net>", "appel de ce matin", "25 10:22",
        """Bonjour,

Comme convenu suite à notre appel de ce matin, voici ma candidature. Pour mon BTS Comptabilité et gestion, je vous ai dit 2023 mais c'est juin 2025, j'ai confondu avec mon bac.

Je voudrais travailler comme aide-comptable dans une association ou une mutuelle.

Moussa Sissoko
06 62 77 05 39""",
        app("Moussa", "Sissoko", phone="+33662770539", bac=2, grad="2025-06", status="b_bts_cg_correction_date"),
    )),
    # Feature: after_a_call — career_change — j'ai travaillé quelques années en restauration avant ma licence
    # ambiguous: «quelques années» of restaurant work, before or beside the licence: a student job or a former trade, a careful reader cannot say
    # occasion: «j'ai travaillé quelques années en restauration avant ma licence» = the call's facts written down, the past work unclear → not_career_change open → to_verify
    N("after_a_call", "career_change", "j'ai travaillé quelques années en restauration avant ma licence", M(
        "Jade Weber <jade.weber@example.org>", "Ma candidature (suite appel)", "20 17:30",
        """Bonjour,

Suite à notre échange téléphonique de ce matin, comme convenu je vous écris avec les infos.

J'ai travaillé quelques années en restauration avant ma licence d'économie, que j'ai eue en juin 2026. Maintenant je cherche dans l'ESS, plutôt les mutuelles ou les coopératives.

Bonne journée,
Jade Weber
06 54 26 83 71""",
        app("Jade", "Weber", phone="+33654268371", bac=3, grad="2026-06", unknown=("not_career_change",), status="b_licence_eco_restauration"),
    )),
    # Feature: after_a_call — aim — je vise un cabinet de conseil en stratégie
    # occasion: «je vise un cabinet de conseil en stratégie» = the call's facts written down: a consulting firm → fails job_seeking_ess → not_eligible
    N("after_a_call", "aim", "je vise un cabinet de conseil en stratégie", M(
        "Arthur Schneider <arthur.schneider@example.com>", "Suite appel - candidature", "14 16:10",
        """Bonjour,

Je fais suite à notre appel téléphonique de ce matin. Comme convenu, je vous écris pour formaliser ma candidature.

Master de management obtenu en septembre 2026. Pour être honnête, je vise un cabinet de conseil en stratégie, mais votre accompagnement m'intéresse pour préparer les entretiens.

Cordialement,
Arthur Schneider
06 69 50 12 84""",
        app("Arthur", "Schneider", phone="+33669501284", bac=5, grad="2026-09", failing=("job_seeking_ess",), status="b_master_mgmt_conseil"),
    )),
    # Feature: after_a_call — level — mon DEUST Animation, obtenu en juin 2025
    # occasion: «mon DEUST Animation, obtenu en juin 2025» = the call's facts written down: a DEUST is bac+2, recent → meets → eligible
    N("after_a_call", "level", "mon DEUST Animation, obtenu en juin 2025", M(
        "Inès Zerrouki <ines.zerrouki@example.fr>", "comme convenu", "26 08:45",
        """Bonjour,

Comme convenu au téléphone tout à l'heure, je vous envoie les infos pour mon inscription.

Mon DEUST Animation, obtenu en juin 2025, c'est mon diplôme le plus haut. Je cherche un poste d'animatrice dans une association d'éducation populaire ou un centre social.

Merci beaucoup,
Inès Zerrouki
07 57 19 64 02""",
        app("Inès", "Zerrouki", phone="+33757196402", bac=2, grad="2025-06", status="b_deust_animation"),
    )),
    # Feature: after_a_call — kind — Re: Votre appel de ce matin
    # occasion: «Re: Votre appel de ce matin» = a true reply in our thread (In-Reply-To to our Message-ID), thanking us → kind reply
    N("after_a_call", "kind", "Re: Votre appel de ce matin", M(
        "Nathan Olivier <nathan.olivier@example.org>", "Re: Votre appel de ce matin", "25 18:02",
        """Merci pour le lien, j'ai bien reçu le dossier. Je le remplis ce week-end.

Nathan

Le 25/11/2026 à 11:30, Pro'pulse <propulse@animafac.net> a écrit :
> Bonjour Nathan, comme convenu au téléphone, voici le lien vers le dossier.""",
        reply(),
        headers={"In-Reply-To": "<appel-2511.nathan@animafac.net>", "References": "<appel-2511.nathan@animafac.net>"},
    )),
    # Feature: after_a_call — kind — je suis en congé et ne lis pas mes messages
    # occasion: «je suis en congé et ne lis pas mes messages» = an out-of-office after our call summary → kind auto_reply
    N("after_a_call", "kind", "je suis en congé et ne lis pas mes messages", M(
        "Samir Yilmaz <samir.yilmaz@example.net>", "Absence : Récapitulatif de notre appel", "19 12:00",
        """Bonjour,

Je suis en congé et ne lis pas mes messages jusqu'au 2 décembre. Je vous répondrai à mon retour.

Samir Yilmaz""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
]
