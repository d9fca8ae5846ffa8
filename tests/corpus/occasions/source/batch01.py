"""Occasions corpus, batch 01 (writer A): plain first mails (the baseline), mails after a forum or a talk at the
university, first mails after a phone call («comme convenu au téléphone», a date said on the phone and
corrected); other mail on those occasions (an auto-reply, a bounce, the forum's organiser thanking us, a
question after the forum, a true reply in our thread after a call, a question after a call)."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, auto_reply, bounce, other, question, reply
from occasions import N

MESSAGES = [
    # Feature: first_contact — level — j'ai un BUT Carrières sociales obtenu en juin 2025
    # occasion: «j'ai un BUT Carrières sociales obtenu en juin 2025» = a plain first mail, the facts said once: a BUT (bac+3) of 17 months ago → meets degree_level and graduation_recent → eligible
    N("first_contact", "level", "j'ai un BUT Carrières sociales obtenu en juin 2025", M(
        "Amina Bakayoko <amina.bakayoko@example.org>", "Candidature Pro'pulse", "02 09:14",
        """Bonjour,

Je souhaite candidater au programme Pro'pulse.

J'ai un BUT Carrières sociales obtenu en juin 2025, option animation sociale et socioculturelle. Depuis, j'ai fait des remplacements d'animatrice dans un accueil de loisirs, et je cherche maintenant un vrai poste dans un centre social ou une association de quartier.

Vous trouverez mon CV en pièce jointe.

Bien cordialement,
Amina Bakayoko
06 14 22 81 07""",
        app("Amina", "Bakayoko", phone="+33614228107", bac=3, grad="2025-06", status="but_carrieres_sociales", info_in="both"),
        cv=CV("pdf", "CV_Amina_Bakayoko.pdf", """Amina Bakayoko
BUT Carrières sociales, animation sociale et socioculturelle — juin 2025
Animatrice remplaçante, accueil de loisirs municipal, 2025-2026
Recherche : poste en centre social ou association de quartier"""),
    )),
    # Feature: first_contact — career_change — j'ai été conducteur de bus pendant douze ans
    # occasion: «j'ai été conducteur de bus pendant douze ans» = a first mail that tells the whole road: twelve years of another trade before the licence pro → fails not_career_change → not eligible
    N("first_contact", "career_change", "j'ai été conducteur de bus pendant douze ans", M(
        "Didier Chassagne <d.chassagne@example.net>", "candidature", "03 21:02",
        """Bonjour Madame, Monsieur,

Je me permets de vous écrire pour postuler à votre programme.

J'ai été conducteur de bus pendant douze ans à Clermont. En 2024 j'ai repris des études et j'ai obtenu une licence professionnelle Coordination de projets de l'économie sociale en septembre 2025.

Je voudrais travailler dans une coopérative ou une association d'insertion.

Salutations distinguées,
Didier Chassagne""",
        app("Didier", "Chassagne", phone=None, bac=3, grad="2025-09", failing=("not_career_change",), status="conducteur_bus_douze_ans"),
    )),
    # Feature: first_contact — aim — dans une asso ou dans le privé, je ne suis pas difficile
    # ambiguous: the aim is split between an association and the private sector with no preference: a coordinator cannot say she looks in the ESS
    # occasion: «dans une asso ou dans le privé, je ne suis pas difficile» = a first mail, the aim said once and left open → job_seeking_ess unknown → to verify
    N("first_contact", "aim", "dans une asso ou dans le privé, je ne suis pas difficile", M(
        "Sirine Ferhat <sirine.ferhat@example.fr>", "Je suis intéressée", "04 12:37",
        """Bonjour,

Je suis intéressée par Pro'pulse. J'ai eu mon BTS SP3S en juin 2025 et je cherche du travail depuis, dans une asso ou dans le privé, je ne suis pas difficile, tant que c'est dans l'accompagnement des personnes.

Est-ce que je peux m'inscrire ?

Sirine Ferhat
07 18 40 26 93""",
        app("Sirine", "Ferhat", phone="+33718402693", bac=2, grad="2025-06", unknown=("job_seeking_ess",), status="asso_ou_prive"),
    )),
    # Feature: first_contact — situation — je suis en stage jusqu'au 19 décembre
    # occasion: «je suis en stage jusqu'au 19 décembre» = a first mail with the present situation: an internship running after 2026-11-26 → fails not_internship → not eligible
    N("first_contact", "situation", "je suis en stage jusqu'au 19 décembre", M(
        "Matthis Castaing <matthis.castaing@example.com>", "Postuler à Pro'pulse", "05 08:50",
        """Bonjour,

Je m'appelle Matthis, j'ai 23 ans, j'ai une licence de sociologie (juillet 2025).

Je suis en stage jusqu'au 19 décembre dans une coopérative de consommateurs, au service des adhérents. J'aimerais continuer dans l'économie sociale et solidaire et je voudrais rejoindre votre programme.

Merci,
Matthis Castaing
06 11 93 57 20""",
        app("Matthis", "Castaing", phone="+33611935720", bac=3, grad="2025-07", failing=("not_internship",), status="stage_jusqu_19_decembre"),
    )),
    # Feature: first_contact — studies_finished — j'ai terminé mon master en septembre
    # occasion: «j'ai terminé mon master en septembre» = a plain first mail: the master finished in September 2026 → studies finished, graduation recent → eligible
    N("first_contact", "studies_finished", "j'ai terminé mon master en septembre", M(
        "Rokia Kourouma <rokia.kourouma@example.org>", "Candidature", "06 17:25",
        """Bonjour,

J'ai terminé mon master en septembre (master Économie sociale et solidaire, Université de Lille) et je souhaite candidater à Pro'pulse.

Je cherche un poste de chargée de projet dans une fondation ou une association qui travaille sur l'accès aux droits.

Je suis disponible tout de suite.

Rokia Kourouma
06 17 05 64 12""",
        app("Rokia", "Kourouma", phone="+33617056412", bac=5, grad="2026-09", status="master_termine_septembre"),
    )),
    # Feature: first_contact — graduation — I graduated with a BA in Criminology in July 2025
    # occasion: «I graduated with a BA in Criminology in July 2025» = a plain first mail in English: a BA (bac+3) of July 2025 → meets graduation_recent → eligible
    N("first_contact", "graduation", "I graduated with a BA in Criminology in July 2025", M(
        "Fiona Callaghan <fiona.callaghan@example.net>", "Application to Pro'pulse", "06 10:41",
        """Hello,

I would like to apply to the Pro'pulse programme.

I graduated with a BA in Criminology in July 2025 from the University of Leeds and moved to Lyon with my partner last year. My French is good (B2, I work in French every day).

I am looking for a job in a charity or a community association, ideally around housing or refugee support.

Kind regards,
Fiona Callaghan
07 12 84 39 61""",
        app("Fiona", "Callaghan", phone="+33712843961", bac=3, grad="2025-07", status="ba_criminology_2025", language="en"),
    )),
    # Feature: first_contact — level — j'ai le bac pro logistique et un CAP
    # occasion: «j'ai le bac pro logistique et un CAP» = a first mail with the highest diploma said plainly: a bac pro (level 4) → fails degree_level → not eligible
    N("first_contact", "level", "j'ai le bac pro logistique et un CAP", M(
        "Jordy Dumas <jordy.dumas@example.fr>", "inscription", "07 22:16",
        """slt

je voudrais rejoindre pro'pulse. j'ai le bac pro logistique et un CAP cuisine, j'ai bossé un peu en restauration collective. je cherche dans une asso d'aide alimentaire ou une épicerie solidaire

merci de me dire
Jordy
06 19 77 02 48""",
        app("Jordy", "Dumas", phone="+33619770248", bac=0, grad=None, failing=("degree_level",), status="bac_pro_logistique_cap"),
    )),
    # Feature: first_contact — kind — Je suis absente du bureau jusqu'au 30 novembre
    # occasion: «Je suis absente du bureau jusqu'au 30 novembre» = an automatic answer to our mailing, its date an absence, no application → kind auto_reply
    N("first_contact", "kind", "Je suis absente du bureau jusqu'au 30 novembre", M(
        "Gwenaëlle Le Bihan <g.lebihan@example.org>", "Réponse automatique : Pro'pulse, la nouvelle promotion", "08 07:00",
        """Bonjour,

Je suis absente du bureau jusqu'au 30 novembre inclus, sans accès à ma messagerie.

Pour toute urgence concernant les ateliers, merci d'écrire à accueil@example.org.

Gwenaëlle Le Bihan""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: first_contact — kind — The following address could not be reached
    # occasion: «The following address could not be reached» = our first mail to an applicant bounced, no application → kind bounce
    N("first_contact", "kind", "The following address could not be reached", M(
        "Mail Delivery System <mailer-daemon@example.net>", "Undelivered Mail Returned to Sender", "09 11:03",
        """This is the mail system at host mx.example.net.

The following address could not be reached: the mailbox does not exist.

<karim.abdelli@example.net>: host mx.example.net said: 550 5.1.1 User unknown""",
        bounce("karim.abdelli@example.net"),
        bounce="Reporting-MTA: dns; mx.example.net\nFinal-Recipient: rfc822; karim.abdelli@example.net\nAction: failed\nStatus: 5.1.1",
    )),
    # Feature: after_a_meeting — graduation — ma licence pro Métiers de la comptabilité, obtenue en juin 2025
    # occasion: «ma licence pro Métiers de la comptabilité, obtenue en juin 2025» = written after the forum of Thursday 19 November: the forum's date is the occasion's, the licence pro's June 2025 the graduation → meets graduation_recent → eligible
    N("after_a_meeting", "graduation", "ma licence pro Métiers de la comptabilité, obtenue en juin 2025", M(
        "Bilal Haddou <bilal.haddou@example.com>", "Suite au forum de l'emploi", "20 09:31",
        """Bonjour,

Suite à votre présentation au forum de l'emploi de jeudi (le 19 novembre, à la halle des sports), je vous envoie ma candidature comme vous me l'aviez proposé à votre stand.

J'ai ma licence pro Métiers de la comptabilité, obtenue en juin 2025. Depuis, j'ai fait de l'intérim en comptabilité, mais ce que je voudrais, c'est gérer les comptes d'une SCOP ou d'une association.

Mon CV est joint.

Bilal Haddou
07 16 52 08 34""",
        app("Bilal", "Haddou", phone="+33716520834", bac=3, grad="2025-06", status="lp_comptabilite_forum_jeudi"),
        cv=CV("docx", "Bilal_Haddou_CV.docx", """Bilal Haddou
Licence professionnelle Métiers de la comptabilité, 2025
Intérim : assistant comptable, 2025-2026
Objectif : gestion en SCOP ou association"""),
    )),
    # Feature: after_a_meeting — graduation — je vous avais déjà croisés au forum de 2024, l'année de ma licence
    # ambiguous: the licence is dated only by the earlier forum, «2024» with no month: recent or not depends on a month nobody gives
    # occasion: «je vous avais déjà croisés au forum de 2024, l'année de ma licence» = the meeting's year is also the licence's: a year alone in 2024 → graduation_recent unknown → to verify
    N("after_a_meeting", "graduation", "je vous avais déjà croisés au forum de 2024, l'année de ma licence", M(
        "Lou Gauthier-Mbaye <lou.gm@example.org>", "On s'est vus à la fac", "12 14:08",
        """Bonjour à toute l'équipe,

Vous êtes venus présenter Pro'pulse à la fac mardi, en amphi B. En fait je vous avais déjà croisés au forum de 2024, l'année de ma licence, mais à ce moment-là je partais en voyage.

Licence d'histoire, donc. Depuis je suis bénévole dans une association d'éducation populaire et j'aimerais y trouver un emploi, ou dans une autre structure du même genre.

Je voudrais candidater pour la prochaine session.

Lou""",
        app("Lou", "Gauthier-Mbaye", phone=None, bac=3, grad="2024", unknown=("graduation_recent",), status="forum_2024_licence"),
    )),
    # Feature: after_a_meeting — level — moi je n'ai que le bac, j'ai arrêté en première année de BTS
    # occasion: «moi je n'ai que le bac, j'ai arrêté en première année de BTS» = after the talk, the speaker's master is hers; the applicant's own highest diploma is the bac → fails degree_level → not eligible
    N("after_a_meeting", "level", "moi je n'ai que le bac, j'ai arrêté en première année de BTS", M(
        "Killian Brossard <killian.brossard@example.net>", "après la conférence de lundi", "17 19:44",
        """Bonjour,

J'ai assisté lundi à la conférence sur les métiers de l'ESS à la fac de droit. La conférencière, Mme Hadjadj, a dit qu'elle avait un master et qu'elle était passée par Pro'pulse, ça m'a donné envie.

Par contre moi je n'ai que le bac, j'ai arrêté en première année de BTS. Je fais de l'animation périscolaire et j'aimerais bosser dans une association sportive ou de jeunesse.

Je peux quand même postuler ?

Killian Brossard
06 13 48 90 27""",
        app("Killian", "Brossard", phone="+33613489027", bac=0, grad=None, failing=("degree_level",), status="que_le_bac_conference"),
    )),
    # Feature: after_a_meeting — situation — je suis en service civique à Unis-Cité jusqu'en avril
    # occasion: «je suis en service civique à Unis-Cité jusqu'en avril» = after the talk at the university, the situation said now: a service civique running until April → fails not_service_civique → not eligible
    N("after_a_meeting", "situation", "je suis en service civique à Unis-Cité jusqu'en avril", M(
        "Aïssatou Diop <aissatou.diop@example.com>", "Présentation à l'université", "10 16:20",
        """Bonjour,

Je vous ai écoutés ce matin à l'université, à la présentation des dispositifs d'insertion. Je suis très intéressée.

J'ai une licence de sciences de l'éducation (juin 2025). Je suis en service civique à Unis-Cité jusqu'en avril, sur un programme de solidarité avec les personnes âgées. Ensuite j'aimerais travailler dans une association du même secteur.

Je voulais vous envoyer ma candidature dès maintenant.

Aïssatou Diop""",
        app("Aïssatou", "Diop", phone=None, bac=3, grad="2025-06", failing=("not_service_civique",), status="service_civique_avril_universite"),
    )),
    # Feature: after_a_meeting — aim — je cherche un poste dans un jardin d'insertion ou une ferme pédagogique associative
    # occasion: «je cherche un poste dans un jardin d'insertion ou une ferme pédagogique associative» = written after the forum stand: the aim said now, in the ESS → meets job_seeking_ess → eligible
    N("after_a_meeting", "aim", "je cherche un poste dans un jardin d'insertion ou une ferme pédagogique associative", M(
        "Jonas Eriksen <jonas.eriksen@example.org>", "On a parlé à votre stand", "20 11:55",
        """Bonjour,

On a parlé à votre stand au forum de l'emploi de jeudi, j'étais celui avec le vélo cargo :)

Je récapitule : master Gestion de l'environnement, obtenu en juin 2025. Je cherche un poste dans un jardin d'insertion ou une ferme pédagogique associative, côté coordination ou animation.

Je candidate donc à Pro'pulse.

Jonas Eriksen
07 14 26 71 05""",
        app("Jonas", "Eriksen", phone="+33714267105", bac=5, grad="2025-06", status="jardin_insertion_stand"),
    )),
    # Feature: after_a_meeting — studies_finished — j'attends les résultats du jury
    # ambiguous: every exam sat, the jury's results awaited: finished or not is open
    # occasion: «j'attends les résultats du jury» = after the forum, the studies' end said as it stands: exams over, results awaited → studies_finished unknown → to verify
    N("after_a_meeting", "studies_finished", "j'attends les résultats du jury", M(
        "Apolline Huet <apolline.huet@example.fr>", "Forum de l'emploi – candidature", "21 10:12",
        """Bonjour,

Je suis passée vous voir au forum de l'emploi de jeudi. Comme je vous l'ai dit, je finis une licence pro Intervention sociale : j'ai passé tous mes partiels et rendu mon rapport, j'attends les résultats du jury.

Je voudrais travailler dans un centre d'hébergement ou une association de protection de l'enfance.

Je vous envoie ma candidature dès maintenant pour ne pas rater la session.

Apolline Huet
06 15 39 84 62""",
        app("Apolline", "Huet", phone="+33615398462", bac="*", grad=None, unknown=("studies_finished",), status="resultats_jury_forum"),
    )),
    # Feature: after_a_meeting — kind — merci pour votre participation au forum de l'emploi
    # occasion: «merci pour votre participation au forum de l'emploi» = the forum's organiser thanking us, nobody applying → kind other
    N("after_a_meeting", "kind", "merci pour votre participation au forum de l'emploi", M(
        "Service emploi de la Ville <forum.emploi@example.fr>", "Forum de l'emploi : merci !", "20 17:30",
        """Madame, Monsieur,

Toute l'équipe du service emploi vous adresse ses remerciements : merci pour votre participation au forum de l'emploi du jeudi 19 novembre. Plus de 600 visiteurs sont passés dans la halle.

Un questionnaire de satisfaction vous sera envoyé la semaine prochaine. Nous espérons vous retrouver à l'édition de printemps.

Bien cordialement,
Le service emploi""",
        other(),
    )),
    # Feature: after_a_meeting — kind — Vous aviez parlé d'une réunion d'information en décembre
    # occasion: «Vous aviez parlé d'une réunion d'information en décembre» = after the talk, a question on the date of the next meeting, no personal fact → kind question
    N("after_a_meeting", "kind", "Vous aviez parlé d'une réunion d'information en décembre", M(
        "Théo <theo.b@example.com>", "date de la réunion ?", "18 13:02",
        """Bonjour,

Vous aviez parlé d'une réunion d'information en décembre pendant votre intervention à la fac, mais je n'ai pas noté la date. Elle a lieu où et quand ?

Merci""",
        question(),
    )),
    # Feature: after_a_call — studies_finished — comme convenu au téléphone, je vous confirme que j'ai soutenu mon mémoire le 6 novembre
    # occasion: «comme convenu au téléphone, je vous confirme que j'ai soutenu mon mémoire le 6 novembre» = a first mail after a call, not a reply: the defence is done → studies finished → eligible
    N("after_a_call", "studies_finished", "comme convenu au téléphone, je vous confirme que j'ai soutenu mon mémoire le 6 novembre", M(
        "Yasmine Idrissi <yasmine.idrissi@example.org>", "Ma candidature (suite à notre appel)", "13 10:45",
        """Bonjour Madame,

Comme convenu au téléphone, je vous confirme que j'ai soutenu mon mémoire le 6 novembre : mon master 2 Intervention sociale et territoires est donc terminé.

Je souhaite travailler dans un centre social ou une régie de quartier, sur la participation des habitants.

Merci encore pour le temps que vous m'avez accordé.

Yasmine Idrissi
06 12 70 45 98""",
        app("Yasmine", "Idrissi", phone="+33612704598", bac=5, grad="2026-11", status="memoire_soutenu_6_novembre"),
    )),
    # Feature: after_a_call — graduation — en fait mon BTS date de juin 2023
    # occasion: «en fait mon BTS date de juin 2023» = the mail after the call corrects the year said on the phone (2024): the last word counts, June 2023 is 41 months ago → fails graduation_recent → not eligible
    N("after_a_call", "graduation", "en fait mon BTS date de juin 2023", M(
        "Florian Jacquet <florian.jacquet@example.net>", "Suite à notre appel", "16 18:11",
        """Bonjour,

Suite à notre appel de cet après-midi, je vous envoie ma candidature. Petite correction : au téléphone je vous ai dit 2024, mais j'ai vérifié sur mon diplôme, en fait mon BTS date de juin 2023 (BTS Économie sociale familiale).

Je cherche toujours un poste de conseiller en économie sociale familiale dans une association ou un CCAS associatif.

Cordialement,
Florian Jacquet
07 19 03 68 24""",
        app("Florian", "Jacquet", phone="+33719036824", bac=2, grad="2023-06", failing=("graduation_recent",), status="bts_juin_2023_corrige"),
    )),
    # Feature: after_a_call — situation — ma mission de service civique se termine fin novembre
    # ambiguous: «fin novembre» with no day: the service civique may or may not still run on 2026-11-26
    # occasion: «ma mission de service civique se termine fin novembre» = written after the call, the end of the mission as said on the phone, no day → not_service_civique unknown → to verify
    N("after_a_call", "situation", "ma mission de service civique se termine fin novembre", M(
        "Souad Kaci <souad.kaci@example.com>", "Candidature - suite appel", "09 12:30",
        """Bonjour,

Suite à notre appel, comme convenu, voici par écrit ce que je vous ai expliqué : j'ai un DEUST Animation (juin 2025) et ma mission de service civique se termine fin novembre, dans une maison des jeunes.

Je voudrais ensuite être animatrice salariée dans une MJC ou une association d'éducation populaire.

Souad Kaci
06 16 84 20 53""",
        app("Souad", "Kaci", phone="+33616842053", bac=2, grad="2025-06", unknown=("not_service_civique",), status="service_civique_fin_novembre_appel"),
    )),
    # Feature: after_a_call — career_change — j'ai travaillé quinze ans dans la banque avant ma licence pro
    # occasion: «j'ai travaillé quinze ans dans la banque avant ma licence pro» = the career told on the phone, written down now: fifteen years of another trade before the diploma → fails not_career_change → not eligible
    N("after_a_call", "career_change", "j'ai travaillé quinze ans dans la banque avant ma licence pro", M(
        "Laurent Guérin <laurent.guerin@example.fr>", "Candidature Pro'pulse — comme convenu", "11 09:05",
        """Bonjour,

Comme je vous le disais au téléphone hier, j'ai travaillé quinze ans dans la banque avant ma licence pro Gestion des structures de l'ESS, obtenue en juillet 2025.

Je cherche un poste d'administrateur dans une association culturelle ou une SCIC.

Je vous remercie de l'attention que vous porterez à ma candidature.

Laurent Guérin
06 18 25 60 71""",
        app("Laurent", "Guérin", phone="+33618256071", bac=3, grad="2025-07", failing=("not_career_change",), status="quinze_ans_banque"),
    )),
    # Feature: after_a_call — aim — looking for a role in a community energy co-operative
    # occasion: «looking for a role in a community energy co-operative» = an English first mail after a call, not a reply: the aim written down, a co-operative → meets job_seeking_ess → eligible
    N("after_a_call", "aim", "looking for a role in a community energy co-operative", M(
        "Ananya Bhatt <ananya.bhatt@example.org>", "As agreed on the phone", "12 15:48",
        """Dear Ms Laroche,

As agreed on the phone yesterday, here are my details in writing.

I hold an MSc in Environmental Management (September 2025, University of Bristol). I am looking for a role in a community energy co-operative or a food co-op here in Grenoble.

Thank you for your time on the call.

Best wishes,
Ananya Bhatt
07 13 58 92 46""",
        app("Ananya", "Bhatt", phone="+33713589246", bac=5, grad="2025-09", status="energy_coop_after_call", language="en"),
    )),
    # Feature: after_a_call — career_change — mes quelques années dans la restauration
    # ambiguous: «quelques années» in restaurants before the BTS: student jobs or a first career, the mail does not say
    # occasion: «mes quelques années dans la restauration» = the past said briefly after a call, no length nor status → not_career_change unknown → to verify
    N("after_a_call", "career_change", "mes quelques années dans la restauration", M(
        "Hamza El Amrani <hamza.elamrani@example.net>", "suite à notre appel de ce midi", "19 14:27",
        """Bonjour,

Suite à notre appel de ce midi, je vous écris pour candidater. Je vous ai parlé au téléphone de mes quelques années dans la restauration, avant mon BTS Tourisme que j'ai eu en juin 2025.

Aujourd'hui je cherche dans le tourisme social et solidaire : une association de vacances pour familles, une auberge associative...

Hamza El Amrani
07 11 47 39 60""",
        app("Hamza", "El Amrani", phone="+33711473960", bac=2, grad="2025-06", unknown=("not_career_change",), status="quelques_annees_restauration"),
    )),
    # Feature: after_a_call — kind — Re: Votre appel de ce matin
    # occasion: «Re: Votre appel de ce matin» = a true reply in our thread (In-Reply-To one of our Message-IDs), confirming a time, no new application → kind reply
    N("after_a_call", "kind", "Re: Votre appel de ce matin", M(
        "Camille Bertrand <camille.bertrand@example.com>", "Re: Votre appel de ce matin", "23 16:02",
        """Bonjour,

Oui, mardi à 14 h me convient pour l'entretien. Je viendrai avec mes diplômes.

Merci,
Camille

> Le 23 nov. 2026, Pro'pulse <propulse@animafac.net> a écrit :
> Bonjour Camille, suite à notre appel, pouvez-vous passer mardi à 14 h ?""",
        reply(),
        headers={"In-Reply-To": "<rdv-2311.bertrand@animafac.net>", "References": "<rdv-2311.bertrand@animafac.net>"},
    )),
    # Feature: after_a_call — kind — pouvez-vous m'envoyer la plaquette dont vous m'avez parlé
    # occasion: «pouvez-vous m'envoyer la plaquette dont vous m'avez parlé» = after a call, a request for the brochure, no personal fact → kind question
    N("after_a_call", "kind", "pouvez-vous m'envoyer la plaquette dont vous m'avez parlé", M(
        "Corinne <corinne.f@example.net>", "suite au coup de fil", "24 11:19",
        """Bonjour,

Suite au coup de fil de tout à l'heure, pouvez-vous m'envoyer la plaquette dont vous m'avez parlé ? Je la transmettrai.

Merci et bonne journée""",
        question(),
    )),
]
