"""Tensions corpus, batch 03 (writer A): a degree against a service civique (ended in June, a sister's, one
declined, a bénévolat that is none, running until spring, ending next week, ending with no day, a European
volunteering ending this month, an indemnified «volontariat» of unsaid kind, one accepted instead of a job)
and the first half of two diplomas with two dates (an old master and a recent BTS, an old BTS and a recent
licence pro, a year alone in 2024, an old licence and a recent CAP, a master abroad and its equivalence, a
bac pro and a level-4 title); other mail in those tensions (a partner's newsletter of civic missions, a
question on a friend's service civique, a volunteer's auto-reply, a bounce after a mission abroad, a question
on which of two diplomas counts, a training centre about its double-diploma graduates)."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, auto_reply, bounce, newsletter, other, question
from tensions import N

MESSAGES = [
    # Feature: degree_then_civic_service — situation — mon service civique chez Unis-Cité s'est terminé en juin
    # tension: «licence de psychologie, juin 2025» vs «mon service civique chez Unis-Cité» = the service civique ended in June, before today → meets not_service_civique → eligible
    N("degree_then_civic_service", "situation", "mon service civique chez Unis-Cité s'est terminé en juin", M(
        "Alice Ndongo <alice.ndongo@example.fr>", "Candidature Pro'pulse", "02 10:26",
        """Bonjour,

Licence de psychologie obtenue en juin 2025. J'ai ensuite fait huit mois de volontariat : mon service civique chez Unis-Cité s'est terminé en juin, et depuis je cherche un emploi.

J'aimerais travailler dans l'accompagnement des personnes âgées isolées, dans une association ou un centre social.

Alice Ndongo
06 41 28 93 70""",
        app("Alice", "Ndongo", phone="+33641289370", bac=3, grad="2025-06", status="licence_psycho_sc_fini_juin"),
    )),
    # Feature: degree_then_civic_service — situation — c'est ma petite sœur qui fait son service civique
    # tension: «master Sciences politiques, juillet 2026» vs «service civique aux Restos du cœur» = the service civique is the younger sister's, not the writer's → meets not_service_civique → eligible
    N("degree_then_civic_service", "situation", "c'est ma petite sœur qui fait son service civique", M(
        "Bastien Arnaud-Tchakounté <bastien.at@example.net>", "Candidature (et petite précision)", "03 21:02",
        """Bonsoir,

J'ai obtenu mon master Sciences politiques en juillet 2026. Si mon nom vous dit quelque chose à cause des Restos du cœur de Montreuil : c'est ma petite sœur qui fait son service civique là-bas, pas moi, on nous confond souvent.

Je cherche un poste de chargé de plaidoyer ou de communication dans une association de lutte contre la pauvreté.

Bastien Arnaud-Tchakounté
06 90 14 52 37""",
        app("Bastien", "Arnaud-Tchakounté", phone="+33690145237", bac=5, grad="2026-07", status="master_scpo_soeur_service_civique"),
    )),
    # Feature: degree_then_civic_service — situation — j'ai décliné la mission de service civique qu'on m'a proposée
    # tension: «BTS Tourisme, juin 2026» vs «une mission de service civique qu'on m'a proposée» = a mission offered and declined never ran → meets not_service_civique → eligible
    N("degree_then_civic_service", "situation", "j'ai décliné la mission de service civique qu'on m'a proposée", M(
        "Chloé Benyahia <chloe.benyahia@example.com>", "Pro'pulse", "04 12:18",
        """Bonjour,

BTS Tourisme en juin 2026. La Mission locale m'a orientée vers le service civique, mais j'ai décliné la mission de service civique qu'on m'a proposée : je veux un vrai contrat. Je vise l'accueil ou l'animation dans une association de tourisme social ou une auberge de jeunesse associative.

Chloé Benyahia
07 85 26 41 09""",
        app("Chloé", "Benyahia", phone="+33785264109", bac=2, grad="2026-06", status="bts_tourisme_sc_decline"),
    )),
    # Feature: degree_then_civic_service — situation — ma « mission » aux Restos, c'est du bénévolat
    # tension: «licence pro Coordination de projets, juin 2025» vs «ma « mission » aux Restos» = the mission is a bénévolat of two evenings, no service civique → meets not_service_civique → eligible
    N("degree_then_civic_service", "situation", "ma « mission » aux Restos, c'est du bénévolat", M(
        "Dorian Fabre <dorian.fabre@example.org>", "Candidature Pro'pulse - Dorian Fabre", "06 08:33",
        """Bonjour,

Diplômé d'une licence pro Coordination de projets en juin 2025. Sur mon CV, ma « mission » aux Restos, c'est du bénévolat : deux soirs par semaine à la distribution, sans contrat ni indemnité.

Je cherche un poste de coordinateur de bénévoles dans une association d'aide alimentaire ou une épicerie solidaire.

Dorian Fabre
06-15-93-74-28""",
        app("Dorian", "Fabre", phone="+33615937428", bac=3, grad="2025-06", status="lp_coord_mission_benevolat"),
        html="only",
    )),
    # Feature: degree_then_civic_service — situation — my service civique ended in August
    # tension: «BA in French and Sociology, 2025» vs «a service civique in a youth centre» = the civic service ended in August → meets not_service_civique → eligible (English)
    N("degree_then_civic_service", "situation", "my service civique ended in August", M(
        "Fiona Kavanagh <fiona.kavanagh@example.com>", "Pro'pulse — application from an Irish graduate", "07 15:40",
        """Hello,

I finished a BA in French and Sociology at Trinity College Dublin in June 2025 and came to Nantes for a service civique in a youth centre. My service civique ended in August and I'd like to stay and work in the French voluntary sector, ideally in youth work or intercultural projects.

Warm regards,
Fiona Kavanagh
07 63 41 25 80""",
        app("Fiona", "Kavanagh", phone="+33763412580", bac=3, grad="2025-06", status="ba_tcd_service_civique_ended", language="en"),
    )),
    # Feature: degree_then_civic_service — situation — mon service civique se termine fin novembre
    # ambiguous: the service civique ends «fin novembre» with no day: over when the file is read or running into the last days of the month — a coordinator must ask
    # tension: «master Patrimoine, juin 2026» vs «mon service civique se termine fin novembre» = a civic service ending at the end of the month with no day leaves it open → not_service_civique unknown → to verify
    N("degree_then_civic_service", "situation", "mon service civique se termine fin novembre", M(
        "Gaëlle Mbarga <gaelle.mbarga@example.fr>", "candidature", "09 18:15",
        """Bonjour,

Master Patrimoine et médiation obtenu en juin 2026. Mon service civique se termine fin novembre (médiation dans un écomusée associatif) et je voudrais enchaîner sur un emploi dans une association culturelle.

Gaëlle Mbarga
06 57 30 18 62""",
        app("Gaëlle", "Mbarga", phone="+33657301862", bac=5, grad="2026-06", unknown=("not_service_civique",), status="master_patrimoine_sc_fin_novembre"),
    )),
    # Feature: degree_then_civic_service — situation — mon volontariat au Corps européen de solidarité se termine ce mois-ci
    # ambiguous: the European volunteering ends «ce mois-ci» with no day: ended by the reading or still running — a coordinator must ask
    # tension: «DUT Information-communication, juin 2025» vs «mon volontariat au Corps européen de solidarité se termine ce mois-ci» = a volunteering of the civic kind ending this month with no day leaves the civic service open → not_service_civique unknown → to verify
    N("degree_then_civic_service", "situation", "mon volontariat au Corps européen de solidarité se termine ce mois-ci", M(
        "Hamza El Idrissi <hamza.elidrissi@example.net>", "Candidature depuis Lisbonne", "10 11:52",
        """Bonjour,

J'ai un DUT Information-communication (juin 2025). Je vous écris de Lisbonne : mon volontariat au Corps européen de solidarité se termine ce mois-ci, dans une association qui accueille des jeunes migrants.

En rentrant en France, je voudrais travailler dans la communication d'une association ou d'une fondation.

Hamza El Idrissi
+351 912 345 678""",
        app("Hamza", "El Idrissi", phone="+351912345678", bac=2, grad="2025-06", unknown=("not_service_civique",), status="dut_infocom_ces_ce_mois"),
    )),
    # Feature: degree_then_civic_service — situation — je suis volontaire dans une maison de quartier, 24 heures par semaine, avec une indemnité
    # ambiguous: an indemnified volunteering of 24 hours a week since September is not named: a service civique running (fails) or another kind of volunteering — a coordinator must ask
    # tension: «licence Sciences de l'éducation, juin 2026» vs «je suis volontaire dans une maison de quartier, 24 heures par semaine, avec une indemnité» = the form of a civic service without its name: the civic service is open → not_service_civique unknown → to verify
    N("degree_then_civic_service", "situation", "je suis volontaire dans une maison de quartier, 24 heures par semaine, avec une indemnité", M(
        "Jérémie Cohen-Barry <jeremie.cb@example.com>", "Pro'pulse candidature", "11 14:07",
        """Bonjour,

J'ai eu ma licence Sciences de l'éducation en juin 2026. Depuis septembre je suis volontaire dans une maison de quartier, 24 heures par semaine, avec une indemnité, sur l'aide aux devoirs et les sorties familles.

Je voudrais en faire mon métier et trouver un poste d'animateur ou de référent familles dans une association.

Jérémie Cohen-Barry
07 36 92 15 48""",
        app("Jérémie", "Cohen-Barry", phone="+33736921548", bac=3, grad="2026-06", unknown=("not_service_civique",), status="licence_sde_volontaire_indemnise"),
    )),
    # Feature: degree_then_civic_service — situation — en service civique jusqu'au 30 avril
    # tension: «licence pro Animation sociale, juin 2026» vs «en service civique jusqu'au 30 avril» = a civic service running until April is running today → fails not_service_civique → not eligible
    N("degree_then_civic_service", "situation", "en service civique jusqu'au 30 avril", M(
        "Anaïs Guillot <anais.guillot@example.org>", "Candidature", "12 09:44",
        """Bonjour,

Diplômée d'une licence pro Animation sociale en juin 2026, je suis en service civique jusqu'au 30 avril dans une ludothèque associative. Je prépare déjà la suite : un poste d'animatrice dans l'éducation populaire.

Anaïs Guillot
06 84 17 29 53""",
        app("Anaïs", "Guillot", phone="+33684172953", bac=3, grad="2026-06", failing=("not_service_civique",), status="lp_anim_sc_avril"),
    )),
    # Feature: degree_then_civic_service — situation — mon service civique s'arrête le 4 décembre
    # tension: «master Écologie, septembre 2025» vs «mon service civique s'arrête le 4 décembre, donc très bientôt» = a civic service ending next week is running today → fails not_service_civique → not eligible
    N("degree_then_civic_service", "situation", "mon service civique s'arrête le 4 décembre", M(
        "Bruno Da Costa <bruno.dacosta@example.fr>", "Candidature Pro'pulse — Bruno Da Costa", "13 16:31",
        """Madame, Monsieur,

Titulaire d'un master Écologie et gestion de la biodiversité (septembre 2025), je termine un engagement dans une association de protection de la nature : mon service civique s'arrête le 4 décembre, donc très bientôt.

Je souhaite ensuite devenir animateur nature ou chargé de mission dans une association environnementale ou un CPIE.

Dans l'attente de votre réponse,
Bruno Da Costa
06 22 84 70 19""",
        app("Bruno", "Da Costa", phone="+33622847019", bac=5, grad="2025-09", failing=("not_service_civique",), status="master_ecologie_sc_4_decembre"),
    )),
    # Feature: degree_then_civic_service — situation — volontaire en service civique depuis le 1er octobre, pour huit mois
    # tension: «BTS Support à l'action managériale, juillet 2025» vs «volontaire en service civique depuis le 1er octobre, pour huit mois» = a civic service begun in October for eight months runs until May → fails not_service_civique → not eligible
    N("degree_then_civic_service", "situation", "volontaire en service civique depuis le 1er octobre, pour huit mois", M(
        "Célia Hamidou <celia.hamidou@example.net>", "Candidature", "14 11:15",
        """Bonjour,

BTS Support à l'action managériale obtenu en juillet 2025. Je suis volontaire en service civique depuis le 1er octobre, pour huit mois, dans une fédération sportive.

Je cherche à préparer mon entrée dans la vie professionnelle dans l'ESS (assistanat de direction dans une association). CV joint.

Célia Hamidou
06 39 52 81 64""",
        app("Célia", "Hamidou", phone="+33639528164", bac=2, grad="2025-07", failing=("not_service_civique",), status="bts_sam_sc_huit_mois", info_in="both"),
        cv=CV("pdf", "CV_Celia_Hamidou.pdf", """Célia Hamidou
BTS Support à l'action managériale, 2025
Service civique, fédération sportive, depuis octobre 2026 (8 mois)
Vendeuse (job étudiant), 2023-2025"""),
    )),
    # Feature: degree_then_civic_service — situation — elle est en service civique jusqu'en juin
    # tension: «DEUST Métiers des bibliothèques, juin 2026» vs «elle est en service civique jusqu'en juin» = the adviser tells a civic service running until June → fails not_service_civique → not eligible (a referral by a Mission locale adviser)
    N("degree_then_civic_service", "situation", "elle est en service civique jusqu'en juin", M(
        "Mission locale du Grand Besançon <j.lemoine@example.org>", "Orientation Pro'pulse : Mme Clara Girard", "16 09:03",
        """Bonjour,

Je vous oriente Mme Clara Girard, 21 ans, titulaire d'un DEUST Métiers des bibliothèques et de la documentation (juin 2026). Elle est en service civique jusqu'en juin dans une médiathèque associative ; elle souhaite anticiper sa recherche d'emploi dans l'ESS.

Ses coordonnées : clara.girard@example.com, 07 48 20 63 15.

Bien cordialement,
Jeanne Lemoine, conseillère Mission locale""",
        app("Clara", "Girard", phone="+33748206315", bac=2, grad="2026-06", failing=("not_service_civique",), status="deust_bib_sc_juin_mission_locale", email="clara.girard@example.com", forwarded_by="j.lemoine@example.org"),
    )),
    # Feature: degree_then_civic_service — aim — je préfère commencer ce service civique plutôt que chercher un emploi
    # tension: «licence LEA, juin 2026» vs «un service civique qui débute le 1er décembre, que j'ai accepté» = a mission not begun today is no civic service running, but the writer chooses it instead of a job: no job search → fails job_seeking_ess → not eligible
    N("degree_then_civic_service", "aim", "je préfère commencer ce service civique plutôt que chercher un emploi", M(
        "Dalia Kouyaté <dalia.kouyate@example.fr>", "Pro'pulse ?", "17 20:40",
        """Bonsoir,

J'ai une licence LEA (juin 2026). On m'a proposé un service civique qui débute le 1er décembre dans une association d'accueil de réfugiés, et je l'ai accepté. Honnêtement, je préfère commencer ce service civique plutôt que chercher un emploi tout de suite : je verrai dans un an.

Est-ce que Pro'pulse peut m'aider quand même ?

Dalia Kouyaté
06 71 38 24 90""",
        app("Dalia", "Kouyaté", phone="+33671382490", bac=3, grad="2026-06", failing=("job_seeking_ess",), status="licence_lea_sc_accepte_decembre"),
    )),
    # Feature: degree_then_civic_service — kind — Missions de service civique : la campagne de janvier est ouverte
    # tension: «jeunes diplômés» vs «missions de service civique» = a partner's newsletter offering civic missions, no applicant → kind newsletter
    N("degree_then_civic_service", "kind", "Missions de service civique : la campagne de janvier est ouverte", M(
        "Ligue de l'engagement — Hauts-de-France <infos@example.org>", "Missions de service civique : la campagne de janvier est ouverte", "18 07:00",
        """Missions de service civique : la campagne de janvier est ouverte

- 40 missions dans l'éducation, la solidarité et l'environnement
- Jeunes diplômés : le service civique, un tremplin ? (table ronde le 8 décembre)
- Indemnité 2027 : ce qui change

Pour ne plus recevoir notre lettre, répondez « désinscription ».""",
        newsletter(),
    )),
    # Feature: degree_then_civic_service — kind — une amie qui finit son service civique en janvier
    # tension: «une amie diplômée» vs «qui finit son service civique en janvier» = a question for a friend, with no name nor diploma of hers → kind question
    N("degree_then_civic_service", "kind", "une amie qui finit son service civique en janvier", M(
        "Lou <lou.martin.b@example.net>", "Question pour une amie", "19 12:24",
        """Bonjour,

Une amie qui finit son service civique en janvier peut-elle déjà s'inscrire à votre réunion d'information ? Ou doit-elle attendre la fin de sa mission ?

Merci,
Lou""",
        question(),
    )),
    # Feature: degree_then_civic_service — kind — en mission de service civique, je lis mes messages le vendredi
    # tension: «volontaire» vs «je lis mes messages le vendredi» = the automatic answer of a volunteer at a partner association, no application → kind auto_reply
    N("degree_then_civic_service", "kind", "en mission de service civique, je lis mes messages le vendredi", M(
        "Timéo (volontaire) <volontaire.accueil@example.org>", "Réponse automatique : Atelier CV du 2 décembre", "20 09:30",
        """Bonjour, en mission de service civique, je lis mes messages le vendredi. Pour une urgence, appelez l'accueil au 03 20 55 41 10. Timéo""",
        auto_reply(),
    )),
    # Feature: degree_then_civic_service — kind — mailbox is no longer active
    # tension: «an address abroad» vs «no longer active» = our answer bounced from the address a volunteer used during a mission abroad, no application → kind bounce
    N("degree_then_civic_service", "kind", "mailbox is no longer active", M(
        "Mail Delivery System <MAILER-DAEMON@example.net>", "Undelivered Mail Returned to Sender", "21 04:16",
        """This is the mail system at host mx.example.net.

I'm sorry to have to inform you that your message could not be delivered to one or more recipients.

<r.ilunga.volontaire@example.net>: mailbox is no longer active""",
        bounce("r.ilunga.volontaire@example.net"),
        bounce="Reporting-MTA: dns; mx.example.net\nFinal-Recipient: rfc822; r.ilunga.volontaire@example.net\nAction: failed\nStatus: 5.1.1",
    )),
    # Feature: two_diplomas_two_dates — graduation — et en juin 2026 un BTS Économie sociale familiale
    # tension: «un master de lettres en 2016» vs «et en juin 2026 un BTS Économie sociale familiale» = the old master gives the level, the recent BTS (bac+2) dates the graduation; the years at home with the children are no career → meets graduation_recent → eligible
    N("two_diplomas_two_dates", "graduation", "et en juin 2026 un BTS Économie sociale familiale", M(
        "Élise Auclair-Mensah <elise.am@example.org>", "Candidature Pro'pulse", "03 10:48",
        """Bonjour,

J'ai deux diplômes : un master de lettres en 2016, et en juin 2026 un BTS Économie sociale familiale, préparé au CNED après des années à la maison avec mes trois enfants (je n'ai pas travaillé entre les deux).

C'est le BTS qui correspond à ce que je veux faire : conseillère en ESF dans une association familiale ou un centre social.

Élise Auclair-Mensah
06 54 81 27 36""",
        app("Élise", "Auclair-Mensah", phone="+33654812736", bac=5, grad="2026-06", status="master_2016_bts_esf_2026"),
    )),
    # Feature: two_diplomas_two_dates — graduation — puis une licence pro en juin 2026
    # tension: «un BTS en 2020» vs «puis une licence pro en juin 2026» = the licence pro (bac+3) is the highest and the most recent: the old BTS does not date it; the years between were student jobs → meets graduation_recent → eligible
    N("two_diplomas_two_dates", "graduation", "puis une licence pro en juin 2026", M(
        "Frédéric Houngbo <frederic.houngbo@example.net>", "candidature", "05 17:13",
        """Bonjour,

Mon parcours : un BTS Assistant de gestion en 2020, puis une licence pro en juin 2026 (Métiers de la gestion des structures de l'ESS), avec entre les deux des petits boulots pendant que je reprenais les cours par modules.

Je cherche un poste de gestionnaire dans une association ou une coopérative.

Frédéric Houngbo
06 13 58 42 07""",
        app("Frédéric", "Houngbo", phone="+33613584207", bac=3, grad="2026-06", status="bts_2020_lp_2026"),
    )),
    # Feature: two_diplomas_two_dates — graduation — la licence, je l'ai eue en 2024
    # ambiguous: the licence is dated by a year alone, 2024, next to a DUT of 2023: November or December 2024 is recent, earlier is not — a coordinator must ask the month
    # tension: «un DUT en 2023» vs «la licence, je l'ai eue en 2024» = the DUT of 2023 is too old, the licence is the recent candidate, dated by a year alone in 2024 → graduation_recent unknown → to verify
    N("two_diplomas_two_dates", "graduation", "la licence, je l'ai eue en 2024", M(
        "Gwendoline Lambert <gwendoline.lambert@example.fr>", "Pro'pulse", "07 09:29",
        """Bonjour,

J'ai un DUT Gestion administrative et commerciale des organisations de 2023 et une licence Administration économique et sociale : la licence, je l'ai eue en 2024, après une année en alternance.

Je voudrais travailler dans l'administration d'une association ou d'une mutuelle.

Gwendoline Lambert
06 70 31 49 82""",
        app("Gwendoline", "Lambert", phone="+33670314982", bac=3, grad="2024", unknown=("graduation_recent",), status="dut_2023_licence_2024"),
    )),
    # Feature: two_diplomas_two_dates — graduation — et un CAP Cuisine en juin 2026
    # tension: «une licence de sociologie en 2021» vs «et un CAP Cuisine en juin 2026» = a recent diploma below bac+2 does not renew the licence of 2021, 65 months ago → fails graduation_recent → not eligible
    N("two_diplomas_two_dates", "graduation", "et un CAP Cuisine en juin 2026", M(
        "Ismaël Bouchareb <ismael.bouchareb@example.com>", "Candidature", "08 13:51",
        """Bonjour,

J'ai une licence de sociologie en 2021 et un CAP Cuisine en juin 2026. Je rêve de monter ou de rejoindre un restaurant d'insertion ou une cantine associative, où je pourrais faire à la fois la cuisine et l'accompagnement.

Ismaël Bouchareb
07 29 64 15 03""",
        app("Ismaël", "Bouchareb", phone="+33729641503", bac=3, grad="2021-06", failing=("graduation_recent",), status="licence_2021_cap_cuisine_2026"),
    )),
    # Feature: two_diplomas_two_dates — graduation — mon master obtenu à Yaoundé en 2019
    # tension: «l'équivalence ENIC-NARIC reçue en mars 2026» vs «mon master obtenu à Yaoundé en 2019» = the equivalence's date is no diploma's date: the master is dated 2019 → fails graduation_recent → not eligible
    N("two_diplomas_two_dates", "graduation", "mon master obtenu à Yaoundé en 2019", M(
        "Judith Essomba <judith.essomba@example.org>", "Candidature Pro'pulse — Judith Essomba", "10 10:12",
        """Bonjour,

Je suis arrivée en France en 2024. Mon master obtenu à Yaoundé en 2019 (sociologie du développement) a enfin reçu son attestation de comparabilité ENIC-NARIC en mars 2026 : niveau master.

Je cherche un poste de chargée de projets dans une association de solidarité internationale ou de l'accueil des personnes exilées.

Judith Essomba
06 44 19 73 28""",
        app("Judith", "Essomba", phone="+33644197328", bac=5, grad="2019", failing=("graduation_recent",), status="master_yaounde_2019_naric_2026"),
    )),
    # Feature: two_diplomas_two_dates — level — un bac pro en 2021 puis un titre professionnel de niveau 4 en 2026
    # tension: «deux diplômes» vs «un bac pro en 2021 puis un titre professionnel de niveau 4 en 2026» = neither diploma reaches bac+2: the recent title is level 4 → fails degree_level → not eligible
    N("two_diplomas_two_dates", "level", "un bac pro en 2021 puis un titre professionnel de niveau 4 en 2026", M(
        "Killian Bonnet <killian.bonnet@example.net>", "candidature pro pulse", "11 19:36",
        """Bonjour,

J'ai deux diplômes : un bac pro en 2021 puis un titre professionnel de niveau 4 en 2026 (agent d'accueil). Je cherche un poste d'accueil dans une association.

Killian
06 81 47 30 62""",
        app("Killian", "Bonnet", phone="+33681473062", bac=0, grad="2026", failing=("degree_level",), status="bac_pro_titre_niveau_4"),
    )),
    # Feature: two_diplomas_two_dates — kind — lequel de mes deux diplômes vous regardez
    # tension: «un ancien diplôme» vs «un récent» = a question about the rule, with no diploma named nor dated → kind question
    N("two_diplomas_two_dates", "kind", "lequel de mes deux diplômes vous regardez", M(
        "<n.koffi@example.fr>", "Deux diplômes", "12 08:58",
        """Bonjour,

J'ai un diplôme ancien et un plus récent, de niveaux différents : c'est lequel de mes deux diplômes vous regardez pour la condition des deux ans ?

Merci""",
        question(),
    )),
    # Feature: two_diplomas_two_dates — kind — nos apprentis qui ont déjà un premier diplôme
    # tension: «un premier diplôme» vs «un second en apprentissage» = a training centre writes about its own apprentices to present them, no applicant → kind other
    N("two_diplomas_two_dates", "kind", "nos apprentis qui ont déjà un premier diplôme", M(
        "CFA des métiers du social <relations.entreprises@example.org>", "Présentation de notre promotion 2026", "13 11:40",
        """Bonjour,

Le CFA des métiers du social présente chaque année ses diplômés aux réseaux de l'ESS. Beaucoup de nos apprentis qui ont déjà un premier diplôme (licence, parfois master) viennent chercher chez nous un BTS plus professionnalisant.

Seriez-vous d'accord pour une présentation croisée de nos dispositifs en janvier ?

Cordialement,
Service relations entreprises""",
        other(),
    )),
]
