"""Seasons corpus, batch 03 (writer A): Friday 20 – Monday 23 March 2026, read on Monday 23 March 2026 (still
winter time: Paris goes to +0200 on the 29th). Spring: final internships and civic services running, «en
juin» ahead, defences to come, summer jobs already offered; a diploma of March 2024 is the oldest still within
the limit and a year alone 2024 stays open. Messages in arrival order; every label on 2026-03-23."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, bounce, newsletter, other, question, reply
from seasons import N

MESSAGES = [
    # Feature: season_other_mail — kind — Le Printemps de l'ESS
    # route: a job board's spring newsletter (List-Unsubscribe, Precedence bulk), its offers and deadlines belong to nobody applying → newsletter
    N("season_other_mail", "kind", "Le Printemps de l'ESS", M(
        "Jobs Solidaires <infos@jobs-solidaires.example.org>", "Le Printemps de l'ESS : 40 offres pour démarrer avant l'été", "2026-03-20 07:45",
        """Le Printemps de l'ESS

40 offres pour démarrer avant l'été, dont :
- Coordinateur·rice de tiers-lieu (SCIC, Nantes) - CDI - prise de poste en mai
- Animateur·rice d'épicerie solidaire (association, Lille) - CDD jusqu'au 31 décembre 2026
- Chargé·e de mission jeunesse (fédération, Paris) - jeunes diplômé·es bienvenu·es

Job dating de l'ESS le 9 avril à Lyon.

Se désabonner : https://jobs-solidaires.example.org/unsubscribe""",
        newsletter(),
        headers={"List-Unsubscribe": "<https://jobs-solidaires.example.org/unsubscribe>", "Precedence": "bulk"},
    )),
    # Feature: diploma_age — graduation — licence de psychologie obtenue en avril 2024
    # route: the first line: a licence of April 2024 (read in March 2026: 23 months), a post in an association of disabled people sought → bac+3 of 2024-04 → eligible (on 2026-11-26: 31 months, not_eligible)
    N("diploma_age", "graduation", "licence de psychologie obtenue en avril 2024", M(
        "Céline Noël <celine.noel@gmail.com>", "Candidature Pro'pulse", "2026-03-20 09:10",
        """Bonjour,

J'ai une licence de psychologie obtenue en avril 2024 (session décalée, Université de Caen). Je travaille depuis comme accompagnante d'élèves en situation de handicap et je voudrais évoluer vers un poste de coordinatrice dans une association du handicap, type APF ou Unapei.

Mon numéro : 06 84 27 91 35.

Céline Noël""",
        app("Céline", "Noël", phone="+33684279135", bac=3, grad="2024-04", status="celine_licence_avril_2024"),
    ), flips=True),
    # Feature: month_no_year — graduation — mon BTS, je l'ai eu en juillet
    # route: a phone mail: the BTS obtained «en juillet» (past, read in March 2026: July 2025), a post in a ressourcerie sought → bac+2 of 2025-07 → eligible (on 2026-11-26: July 2026)
    N("month_no_year", "graduation", "mon BTS, je l'ai eu en juillet", M(
        "nathan.roche@free.fr", "Pro'pulse", "2026-03-20 10:35",
        """bonjour,
mon BTS, je l'ai eu en juillet (gestion de la PME). je voudrais bosser dans une ressourcerie ou un truc du réemploi, j'y ai fait du bénévolat tout l'hiver. je suis sur grenoble
nathan roche 0675284193

Envoyé depuis mon mobile""",
        app("Nathan", "Roche", phone="+33675284193", bac=2, grad="2025-07", status="nathan_bts_en_juillet"),
    ), flips=True),
    # Feature: month_no_year — level — ma formation de chargée de projets solidaires en février
    # ambiguous: a «certificat» of a volunteering institute with no level said: it may be a bac+2 title or a short course; degree_level open
    # route: the first paragraph: a training finished «en février» (read in March 2026: February 2026), its level untold → graduation 2026-02, level open → to_verify (on 2026-11-26: February 2026 still, the same)
    N("month_no_year", "level", "ma formation de chargée de projets solidaires en février", M(
        "Aïcha Diallo <aicha.diallo@gmail.com>", "Candidature - Aïcha Diallo", "2026-03-20 14:00",
        """Bonjour,

J'ai terminé ma formation de chargée de projets solidaires en février (un certificat de l'Institut du volontariat, à Paris). Avant, j'ai fait deux ans de service civique et de bénévolat.

Je cherche un poste dans une association de solidarité internationale ou d'éducation à la citoyenneté.

Aïcha Diallo
07 63 18 42 95""",
        app("Aïcha", "Diallo", phone="+33763184295", bac=None, grad="2026-02", unknown=("degree_level",), status="aicha_certificat_fevrier"),
    )),
    # Feature: exams_and_results — kind — avant les soutenances de juin
    # route: a university careers service asking to present the programme to its masters before the June defences (an organisation writing, no applicant) → other
    N("exams_and_results", "kind", "avant les soutenances de juin", M(
        "Sylvie Caron <sylvie.caron@univ-amiens.example.fr>", "Présentation de Pro'pulse à nos étudiants de master", "2026-03-20 15:20",
        """Bonjour,

Le bureau d'aide à l'insertion professionnelle de l'université de Picardie organise une demi-journée « Après le master » le 14 avril, avant les soutenances de juin. Pourriez-vous venir présenter Pro'pulse à nos étudiants de M2 (environ 60) ?

Bien cordialement,
Sylvie Caron
Chargée d'insertion, BAIP""",
        other(),
    )),
    # Feature: relative_year — aim — conseillère clientèle dans une banque
    # route: the first paragraph: the M2 of «l'année dernière» validated in September (read in March 2026: September 2025), a post of customer adviser in a bank sought → bac+5 of 2025-09, fails job_seeking_ess → not_eligible (on 2026-11-26: September 2026)
    N("relative_year", "aim", "conseillère clientèle dans une banque", M(
        "Morgane Hubert <morgane.hubert@gmail.com>", "candidature", "2026-03-21 09:50",
        """Bonjour,

L'année dernière j'étais en M2 finance à Rennes, je l'ai validé en septembre. Je cherche un poste de conseillère clientèle dans une banque, en Bretagne si possible, et on m'a dit que votre programme aidait les jeunes diplômés.

Morgane Hubert
06 29 51 74 83""",
        app("Morgane", "Hubert", phone="+33629517483", bac=5, grad="2025-09", failing=("job_seeking_ess",), status="morgane_m2_banque"),
    ), flips=True),
    # Feature: relative_year — graduation — diplômée en 2024, il y a deux ans
    # route: the first line: a licence of 2024, a job in an environmental association sought → bac+3 of 2024, the year alone left open by the year-alone rule (read in March 2026: June 2024 within 24 months, January 2024 not) → to_verify (on 2026-11-26: still open)
    N("relative_year", "graduation", "diplômée en 2024, il y a deux ans", M(
        "Lou Barbier <lou.barbier@protonmail.com>", "Pro'pulse : ma candidature", "2026-03-21 11:30",
        """Bonjour,

Je suis diplômée en 2024, il y a deux ans déjà, d'une licence de biologie (Brest). J'ai travaillé en saison dans des parcs naturels et je cherche un emploi stable dans une association d'éducation à l'environnement.

Merci pour votre réponse,
Lou Barbier
06 97 42 18 63""",
        app("Lou", "Barbier", phone="+33697421863", bac=3, grad="2024", unknown=("graduation_recent",), status="lou_licence_2024"),
    )),
    # Feature: academic_year — studies_finished — inscrite en M1 cette année mais j'ai abandonné en décembre
    # route: the first paragraph: an M1 of this school year left in December (studies over), a licence of July 2024 (20 months) → bac+3 of 2024-07 → eligible (on 2026-11-26: 28 months, not_eligible)
    N("academic_year", "studies_finished", "inscrite en M1 cette année mais j'ai abandonné en décembre", M(
        "Jade Moulin <jade.moulin@gmail.com>", "candidature programme", "2026-03-21 15:15",
        """Bonjour,

J'étais inscrite en M1 cette année mais j'ai abandonné en décembre, ce n'était pas pour moi. J'ai une licence de LEA obtenue en juillet 2024.

Je voudrais travailler dans une association d'accueil des personnes exilées, où mes langues (anglais, arabe, espagnol) serviraient.

Jade Moulin
07 81 26 34 59""",
        app("Jade", "Moulin", phone="+33781263459", bac=3, grad="2024-07", status="jade_m1_abandonne"),
    ), flips=True),
    # Feature: academic_year — graduation — promo 2025 de Sciences Po Bordeaux
    # route: the first line: «promo 2025» (a diploma of 2025: the year alone meets), a post in a foundation sought → bac+5 of 2025 → eligible (on 2026-11-26: the same)
    N("academic_year", "graduation", "promo 2025 de Sciences Po Bordeaux", M(
        "Arthur Lemaire <arthur.lemaire@gmail.com>", "Candidature - Arthur Lemaire", "2026-03-22 10:40",
        """Bonjour,

Je suis de la promo 2025 de Sciences Po Bordeaux (master affaires publiques). Je cherche un poste de chargé de mission dans une fondation ou une association nationale, sur les questions de pauvreté ou de logement.

Mon CV est disponible sur demande, et mon téléphone est le 06 53 82 17 46.

Arthur Lemaire""",
        app("Arthur", "Lemaire", phone="+33653821746", bac=5, grad="2025", status="arthur_promo_2025"),
    )),
    # Feature: season_other_mail — kind — je confirme l'entretien de jeudi
    # route: Rayan's answer in our thread (In-Reply-To <…@animafac.net>, our invitation quoted) confirming the interview → reply
    N("season_other_mail", "kind", "je confirme l'entretien de jeudi", M(
        "Rayan Chérif <rayan.cherif@gmail.com>", "Re: Entretien Pro'pulse jeudi 26 mars", "2026-03-22 18:30",
        """Bonsoir,

Je confirme l'entretien de jeudi à 10h dans vos locaux. À jeudi !

Rayan

Le ven. 20 mars 2026 à 11:02, Pro'pulse <propulse@animafac.net> a écrit :
> Bonjour Rayan,
> Nous vous proposons un entretien le jeudi 26 mars à 10h, 21 ter rue Voltaire, Paris 11e.
> Merci de nous confirmer votre venue.
> Claire, coordinatrice Pro'pulse""",
        reply(),
        headers={"In-Reply-To": "<invitation-2026-03-20-0004@animafac.net>"},
    )),
    # Feature: exams_and_results — graduation — reçu mon attestation de réussite la semaine dernière
    # route: the first paragraph: a licence validated after a resit, its certificate received «la semaine dernière» (read on 2026-03-23: March 2026), a post in a social centre sought → bac+3 of 2026-03 → eligible (on 2026-11-26: November 2026)
    N("exams_and_results", "graduation", "reçu mon attestation de réussite la semaine dernière", M(
        "Malik Ferreira <malik.ferreira@gmail.com>", "Licence validée - candidature Pro'pulse", "2026-03-22 20:15",
        """Bonjour,

J'ai passé mon rattrapage en février et j'ai reçu mon attestation de réussite la semaine dernière : licence de sciences sociales validée (Lille) !

Je cherche un poste d'animateur ou de médiateur dans un centre social.

Malik Ferreira
06 46 73 28 15""",
        app("Malik", "Ferreira", phone="+33646732815", bac=3, grad="2026-03", status="malik_attestation_semaine_derniere"),
    ), flips=True),
    # Feature: exams_and_results — studies_finished — je soutiens le 2 avril
    # route: the first line: a master's defence on 2 April (ahead of the reading day) → bac "*", fails studies_finished → not_eligible (on 2026-11-26: 2 April 2027 ahead, the same)
    N("exams_and_results", "studies_finished", "je soutiens le 2 avril", M(
        "Emma Rolland <emma.rolland@etu.u-bordeaux.example.fr>", "Pro'pulse", "2026-03-23 08:20",
        """Bonjour,

Je soutiens le 2 avril mon mémoire de M2 (sociologie de l'action publique) et je voudrais savoir si je peux déjà candidater à votre programme pour chercher un poste en association.

Bien à vous,
Emma Rolland""",
        app("Emma", "Rolland", phone=None, bac="*", grad=None, failing=("studies_finished",), status="emma_soutenance_2_avril"),
    )),
    # Feature: placement_end — situation — service civique jusqu'au 30 avril 2026
    # route: the second paragraph: a civic service until 30 April 2026 (after the reading day: running), a licence of 2025 → fails not_service_civique → not_eligible (on 2026-11-26: over, eligible)
    N("placement_end", "situation", "service civique jusqu'au 30 avril 2026", M(
        "Clément Giraud <clement.giraud@gmail.com>", "Candidature programme Pro'pulse", "2026-03-23 09:05",
        """Bonjour,

Titulaire d'une licence d'histoire (2025, Dijon), je souhaite rejoindre Pro'pulse.

Je suis en service civique jusqu'au 30 avril 2026 dans une association d'aide aux devoirs et je voudrais ensuite y trouver un poste de coordinateur, ou dans une autre association d'éducation.

Cordialement,
Clément Giraud
06 15 84 39 27""",
        app("Clément", "Giraud", phone="+33615843927", bac=3, grad="2025", failing=("not_service_civique",), status="clement_sc_30_avril_2026"),
    ), flips=True),
    # Feature: placement_end — situation — ma mission se termine dans trois semaines
    # route: the first paragraph: a mission ending «dans trois semaines» (after the reading day), a BTS of 2025 → bac+2 of 2025, both placement criteria open by the kit's convention (a «mission» whose nature is not told) → to_verify (on 2026-11-26: the same words, the same)
    N("placement_end", "situation", "ma mission se termine dans trois semaines", M(
        "Théa Morin <thea.morin@outlook.fr>", "Candidature", "2026-03-23 10:10",
        """Bonjour,

J'ai un BTS ESF (2025) et ma mission se termine dans trois semaines au Secours catholique. Je voudrais ensuite travailler dans une association de lutte contre la précarité.

Merci,
Théa Morin
06 38 72 15 94""",
        app("Théa", "Morin", phone="+33638721594", bac=2, grad="2025", unknown=("not_internship", "not_service_civique"), status="thea_mission_trois_semaines"),
    )),
    # Feature: season_other_mail — kind — saisonniers pour cet été
    # route: a holiday association's offer of summer seasonal jobs (an organisation writing, no applicant) → other
    N("season_other_mail", "kind", "saisonniers pour cet été", M(
        "Vacances Pour Tous 34 <recrutement@vpt34.example.org>", "Recrutement de saisonniers pour cet été", "2026-03-23 10:45",
        """Bonjour,

Notre association de tourisme social recrute des saisonniers pour cet été (animateurs, agents d'accueil, du 1er juillet au 31 août) sur nos villages vacances de l'Hérault. Logement possible.

Pourriez-vous relayer auprès des jeunes que vous accompagnez ?

Merci,
Nadège Pons
Responsable RH, Vacances Pour Tous 34""",
        other(),
    )),
    # Feature: beginning — situation — j'ai commencé le 2 mars un service civique de six mois
    # route: the first line: a civic service begun on 2 March for six months (running on the reading day), a licence pro of 2025 → fails not_service_civique → not_eligible (on 2026-11-26: over since September, eligible)
    N("beginning", "situation", "j'ai commencé le 2 mars un service civique de six mois", M(
        "Bastien Leroy <bastien.leroy@gmail.com>", "Question et candidature", "2026-03-23 11:30",
        """Bonjour,

J'ai commencé le 2 mars un service civique de six mois à la Fondation de la 2e chance. J'ai une licence pro de gestion des associations (juin 2025). Je voulais savoir si je pouvais rejoindre Pro'pulse dès maintenant pour préparer la suite.

Bastien Leroy
07 24 61 83 50""",
        app("Bastien", "Leroy", phone="+33724618350", bac=3, grad="2025-06", failing=("not_service_civique",), status="bastien_sc_depuis_2_mars"),
    ), flips=True),
    # Feature: season_words — graduation — diplômée à Noël
    # route: the first line: a BTS granted «à Noël» by the December jury (read in March 2026: December 2025), a post in an ESAT or an association sought → bac+2 of 2025-12 → eligible (on 2026-11-26: December 2025 still)
    N("season_words", "graduation", "diplômée à Noël", M(
        "Nadia Benkirane <nadia.benkirane@gmail.com>", "Demande d'accompagnement", "2026-03-23 12:15",
        """Bonjour,

Je suis diplômée à Noël d'un BTS SP3S préparé en formation continue (jury de décembre). Je cherche un poste de coordinatrice administrative dans un ESAT ou une association médico-sociale.

Je suis joignable au 06 91 25 37 48.

Nadia Benkirane""",
        app("Nadia", "Benkirane", phone="+33691253748", bac=2, grad="2025-12", status="nadia_diplomee_a_noel"),
    )),
    # Feature: season_words — graduation — diplômé au printemps dernier
    # route: the first line: a licence pro «au printemps dernier» (read in March 2026: spring 2025, the year alone 2025 meets), a job in a housing association sought → bac+3 of 2025 → eligible (on 2026-11-26: spring 2026)
    N("season_words", "graduation", "diplômé au printemps dernier", M(
        "Samuel Robin <samuel.robin@laposte.net>", "candidature pro'pulse", "2026-03-23 13:40",
        """Bonjour,

Diplômé au printemps dernier d'une licence pro gestion locative sociale (IUT de Saint-Étienne), je cherche un poste de conseiller en gestion locative dans une association ou une coopérative d'habitat.

Cordialement,
Samuel Robin
06 87 45 12 63""",
        app("Samuel", "Robin", phone="+33687451263", bac=3, grad="2025", status="samuel_printemps_dernier"),
    ), flips=True),
    # Feature: counted_from_now — graduation — diplômée il y a deux ans et demi
    # route: the first line: a master «il y a deux ans et demi» (read in March 2026: September 2023, 30 months) → bac+5 of 2023-09, fails graduation_recent → not_eligible (on 2026-11-26: May 2024, 30 months, the same)
    N("counted_from_now", "graduation", "diplômée il y a deux ans et demi", M(
        "Laetitia Bonnet <laetitia.bonnet@gmail.com>", "Pro'pulse - candidature", "2026-03-23 14:20",
        """Bonjour,

Je suis diplômée il y a deux ans et demi d'un master en développement durable (Angers). J'ai enchaîné des contrats courts et je voudrais me stabiliser dans une association environnementale.

Laetitia Bonnet
06 74 92 31 58""",
        app("Laetitia", "Bonnet", phone="+33674923158", bac=5, grad="2023-09", failing=("graduation_recent",), status="laetitia_il_y_a_deux_ans_et_demi"),
    )),
    # Feature: season_other_mail — kind — les inscriptions pour la session de septembre
    # route: a question about the September session's registration dates, no fact of the writer's own → question
    N("season_other_mail", "kind", "les inscriptions pour la session de septembre", M(
        "Quentin Faure <quentin.faure@gmail.com>", "Session de septembre", "2026-03-23 15:00",
        """Bonjour,

Quand est-ce que les inscriptions pour la session de septembre ouvrent ? Et l'entretien se fait à Paris ou à distance ?

Merci,
Quentin""",
        question(),
    )),
    # Feature: cv_periods — career_change — je change complètement de voie
    # route: the body and the CV (DOCX): eleven years as a care assistant, a DE of young children's educator of 2025, «je change complètement de voie» → bac+3 of 2025, fails not_career_change → not_eligible (on 2026-11-26: the same)
    N("cv_periods", "career_change", "je change complètement de voie", M(
        "Valérie Dumont <valerie.dumont@orange.fr>", "candidature Valérie Dumont", "2026-03-23 15:35",
        """Bonjour,

Après onze ans à l'hôpital, je change complètement de voie : vous trouverez mon CV ci-joint. Je cherche un poste d'éducatrice de jeunes enfants dans une crèche associative.

Valérie Dumont""",
        app("Valérie", "Dumont", phone="+33623581947", bac=3, grad="2025", failing=("not_career_change",), info_in="body", status="valerie_change_de_voie"),
        cv=CV("docx", "CV_Valerie_Dumont.docx", """Valérie Dumont
Rouen - 06 23 58 19 47 - valerie.dumont@orange.fr
Expérience
Vacataire, crèche parentale Les Lutins - janv. – …
Aide-soignante, CHU de Rouen - 2013 – 2024
Formation
Diplôme d'État d'éducateur de jeunes enfants (bac+3) - IRTS Normandie - 2025
Diplôme d'aide-soignante - 2012"""),
    )),
    # Feature: english_seasons — studies_finished — my degree will be conferred in May
    # ambiguous: her coursework ended in December but the degree is conferred in May (ahead): her studies may count as over or not until then; studies_finished open
    # route: an English mail: a BA's coursework over, the degree conferred in May (ahead) → bac+3, graduation not yet, studies open → to_verify (on 2026-11-26: the same words leave it open)
    N("english_seasons", "studies_finished", "my degree will be conferred in May", M(
        "Megan Carter <megan.carter@gmail.com>", "Pro'pulse application", "2026-03-23 16:00",
        """Hello,

I'm an American living in Lyon. I finished my coursework for a BA in Sociology (University of Michigan) in December, and my degree will be conferred in May. I'd like to find a job in a French nonprofit working with young people.

Best,
Megan Carter
+1 734 555 0182""",
        app("Megan", "Carter", phone="+17345550182", bac=3, grad=None, unknown=("studies_finished",), language="en", status="megan_degree_in_may"),
    )),
    # Feature: english_seasons — graduation — a BA in May 2024
    # route: an English mail: a BA of May 2024 (read in March 2026: 22 months), a post in an association sought → bac+3 of 2024-05 → eligible (on 2026-11-26: 30 months, not_eligible)
    N("english_seasons", "graduation", "a BA in May 2024", M(
        "Liam O'Brien <liam.obrien@gmail.com>", "Application - Liam O'Brien", "2026-03-23 16:30",
        """Hi,

I finished a BA in May 2024 (History and French, University College Cork) and I've been working as an English assistant in a lycée in Tours since. I'd like to stay in France and work for an association on youth or education.

Thanks,
Liam O'Brien
07 56 38 14 92""",
        app("Liam", "O'Brien", phone="+33756381492", bac=3, grad="2024-05", language="en", status="liam_ba_may_2024"),
    ), flips=True),
    # Feature: english_seasons — career_change — six years in retail before I went back to school
    # ambiguous: six years of retail before the HND, and he never says whether community work is a new trade for him; not_career_change open
    # route: an English mail: a BTS-level HND of 2025, six years in retail before it → bac+2 of 2025, career change open → to_verify (on 2026-11-26: the same)
    N("english_seasons", "career_change", "six years in retail before I went back to school", M(
        "Ryan Mitchell <ryan.mitchell@outlook.com>", "interested in your programme", "2026-03-23 17:00",
        """Hi,

I spent six years in retail before I went back to school, and I got an HND in Social Care in 2025 (Edinburgh College, two years full time). I now live in Lille and I'm looking for a job in a charity or an association.

Ryan Mitchell
06 42 19 85 37""",
        app("Ryan", "Mitchell", phone="+33642198537", bac=2, grad="2025", unknown=("not_career_change",), language="en", status="ryan_hnd_2025"),
    )),
    # Feature: season_other_mail — kind — Delivery Status Notification (Failure)
    # route: a delivery failure (multipart/report) of our invitation, the mailbox disabled → bounce
    N("season_other_mail", "kind", "Delivery Status Notification (Failure)", M(
        "Mail Delivery Subsystem <mailer-daemon@googlemail.example.com>", "Delivery Status Notification (Failure)", "2026-03-23 17:20",
        """Address not found

Your message wasn't delivered to sacha.lefort@gmail.com because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 The email account that you tried to reach does not exist.""",
        bounce("sacha.lefort@gmail.com"),
        bounce="""Reporting-MTA: dns; googlemail.example.com
Final-Recipient: rfc822; sacha.lefort@gmail.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 The email account that you tried to reach does not exist""",
    )),
]
