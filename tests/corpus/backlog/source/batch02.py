"""Backlog corpus, batch 02 (writer A): Wednesday 3 – Thursday 4 March 2027, most mails read weeks later.
Starts «lundi» and on the 22nd, a stage said to end on the 19th then extended, a contract ending «dans trois
semaines», diplomas of March 2025 and «au printemps 2025» read in March or April, juries of late March,
«lundi dernier» and «avant-hier», a plan of a re-sit then a jury, a friend presenting a nurse who retrained;
two questions, an out-of-office, a reply in our thread, an employer's mail and a school's proposal."""
# ruff: noqa: E501

from __future__ import annotations

from backlog import N
from kit import CV, M, app, auto_reply, other, question, reply

MESSAGES = [
    # Feature: later_other_mail — kind — Y a-t-il une limite d'âge pour participer
    # read: 2027-03-03 → 2027-04-02: nothing that changes a question
    # route: questions on age and cost, no fact of the writer's own → question
    N("later_other_mail", "kind", "Y a-t-il une limite d'âge pour participer", M(
        "Mathurin Desbordes <mathurin.desbordes@gmail.com>", "Limite d'âge ?", "2027-03-03 08:05",
        """Bonjour,

Y a-t-il une limite d'âge pour participer à Pro'pulse ? Et est-ce que l'accompagnement est payant ?

Merci d'avance
Mathurin""",
        question(),
    ), read_on="2027-04-02"),
    # Feature: same_day — situation — je commence ma mission de service civique lundi
    # read: 2027-03-03 → 2027-03-03: nothing between
    # route: read on Wednesday 3 March, «lundi» is Monday 8 March, after the reading day: the service civique is not yet a situation; a BTS of 2026, a job in an association sought → bac+2 of 2026-07 → eligible
    N("same_day", "situation", "je commence ma mission de service civique lundi", M(
        "Chahinez Aït-Hamouda <chahinez.aithamouda@gmail.com>", "Inscription Pro'pulse", "2027-03-03 08:50",
        """Bonjour,

Titulaire d'un BTS Services et prestations des secteurs sanitaire et social obtenu en juillet 2026, je commence ma mission de service civique lundi dans une maison de quartier. J'aimerais m'inscrire dès maintenant à Pro'pulse pour préparer la suite : un poste de médiatrice sociale dans une association.

Cordialement,
Chahinez Aït-Hamouda
06 48 27 15 93""",
        app("Chahinez", "Aït-Hamouda", phone="+33648271593", bac=2, grad="2026-07", status="chahinez_sc_lundi_lu_mercredi"),
    )),
    # Feature: end_between — situation — mon contrat de professionnalisation se termine dans trois semaines
    # read: 2027-03-03 → 2027-04-23: «dans trois semaines» from 3 March is 24 March: over when read
    # route: a licence of 2025-09 (19 months back in April 2027) and a contract of professionalisation ending around 24 March (a placement, over on 23 April); an ESS job sought → bac+3 of 2025-09 → eligible
    N("end_between", "situation", "mon contrat de professionnalisation se termine dans trois semaines", M(
        "Florent Abiodun-Chassaing <florent.abiodun@laposte.net>", "Candidature programme Pro'pulse", "2027-03-03 09:40",
        """Bonjour,

Je vous écris car mon contrat de professionnalisation se termine dans trois semaines (assistant de gestion dans une entreprise d'insertion). J'ai une licence Gestion des organisations depuis septembre 2025.

Je souhaite continuer dans l'insertion par l'activité économique ou dans une autre structure de l'ESS, en CDI si possible.

Merci pour votre aide,
Florent Abiodun-Chassaing
07 50 18 63 27""",
        app("Florent", "Abiodun-Chassaing", phone="+33750186327", bac=3, grad="2025-09", status="florent_contrat_pro_trois_semaines"),
    ), read_on="2027-04-23"),
    # Feature: end_between — situation — il est prolongé jusqu'au 30 juin
    # read: 2027-03-03 → 2027-03-26: the first end (19 March) has passed, but the stage was extended to 30 June
    # route: the end first told (19 March) falls before the reading day, but the extension to 30 June runs past it: the internship is running → bac+5 of 2026-06, not_internship fails → not_eligible
    N("end_between", "situation", "il est prolongé jusqu'au 30 juin", M(
        "Salomé Vitrac-Obeng <salome.vitrac@gmail.com>", "Pro'pulse - stage prolongé", "2027-03-03 10:55",
        """Bonjour,

Master 2 Action publique et ESS (Sciences Po Bordeaux, juin 2026). Mon stage devait finir le 19 mars mais il est prolongé jusqu'au 30 juin, l'association a obtenu un financement pour mon projet.

Je voulais quand même me renseigner sur Pro'pulse pour l'été.

Salomé Vitrac-Obeng
06 91 35 70 48""",
        app("Salomé", "Vitrac-Obeng", phone="+33691357048", bac=5, grad="2026-06", failing=("not_internship",), status="salome_stage_prolonge_30_juin"),
    ), read_on="2027-03-26"),
    # Feature: end_after — situation — mon service civique court jusqu'à fin mai
    # read: 2027-03-03 → 2027-04-16: the service civique runs to the end of May, after the reading day
    # route: a licence pro of 2026, a service civique «jusqu'à fin mai», still running on 16 April → bac+3 of 2026, not_service_civique fails → not_eligible
    N("end_after", "situation", "mon service civique court jusqu'à fin mai", M(
        "Enzo Carvalho-Mbappé <enzo.carvalho.m@gmail.com>", "demande", "2027-03-03 12:10",
        """Salut,

j'ai eu une licence pro animation en 2026, et mon service civique court jusqu'à fin mai (je suis à Unis-Cité Toulouse). Je voudrais bosser dans une asso de sport pour tous après, vous pouvez m'aider?

Enzo
06 17 84 52 90""",
        app("Enzo", "Carvalho-Mbappé", phone="+33617845290", bac=3, grad="2026", failing=("not_service_civique",), status="enzo_sc_fin_mai_lu_avril"),
    ), read_on="2027-04-16"),
    # Feature: start_between — situation — mon contrat d'engagement démarre le 22 mars
    # read: 2027-03-03 → 2027-04-09: the service civique, signed, began on 22 March and is running when read
    # route: a certain start («signé», 22 March) before the reading day 9 April, a mission of eight months → bac+3 of 2026-06, not_service_civique fails → not_eligible
    N("start_between", "situation", "mon contrat d'engagement démarre le 22 mars", M(
        "Lou-Anne Berthelot-Sy <louanne.bsy@hotmail.com>", "Pro'pulse", "2027-03-03 13:30",
        """Bonjour,

J'ai signé pour une mission de service civique de huit mois au Secours populaire : mon contrat d'engagement démarre le 22 mars. J'ai une licence de psychologie (juin 2026).

Je me demandais si je pouvais suivre Pro'pulse pendant la mission, pour trouver un emploi dans l'accompagnement social ensuite.

Lou-Anne Berthelot-Sy
07 84 29 61 05""",
        app("Lou-Anne", "Berthelot-Sy", phone="+33784296105", bac=3, grad="2026-06", failing=("not_service_civique",), status="louanne_sc_signe_22_mars_lu_9_avril"),
    ), read_on="2027-04-09"),
    # Feature: later_other_mail — kind — je serai absent jusqu'au 4 avril
    # read: 2027-03-03 → 2027-04-09: the return day has passed; still an auto-reply
    # route: an out-of-office (Auto-Submitted) of a school's careers officer, nobody applies → auto_reply
    N("later_other_mail", "kind", "je serai absent jusqu'au 4 avril", M(
        "Service Insertion Pro <insertion-pro@iut-annecy.example.fr>", "Réponse automatique : partenariat Pro'pulse", "2027-03-03 14:45",
        """Bonjour,

Merci pour votre message. Je serai absent jusqu'au 4 avril (congé paternité). Pour toute demande concernant les stages, écrivez à stages@iut-annecy.example.fr.

Mathis Gorgerin
Chargé d'insertion professionnelle""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    ), read_on="2027-04-09"),
    # Feature: start_between — situation — début du stage le 3 mai
    # read: 2027-03-03 → 2027-04-30: the internship starts on 3 May, after the reading day: not yet a situation
    # route: a master of 2026 and an internship signed to begin on 3 May, after 30 April: no internship held when read; an ESS job sought → bac+5 of 2026-09 → eligible
    N("start_between", "situation", "début du stage le 3 mai", M(
        "Morgane Le Quellec <morgane.lequellec@gmail.com>", "Candidature Pro'pulse", "2027-03-03 15:20",
        """Bonjour,

Je suis diplômée d'un master Sciences politiques, parcours solidarités internationales (septembre 2026). Faute de poste, j'ai accepté un stage dans une ONG : convention signée, début du stage le 3 mai.

D'ici là je cherche activement un emploi dans une association de solidarité internationale et j'aimerais l'appui de Pro'pulse. CV joint.

Morgane Le Quellec
06 52 40 73 81""",
        app("Morgane", "Le Quellec", phone="+33652407381", bac=5, grad="2026-09", status="morgane_stage_3_mai_lu_30_avril"),
        cv=CV("odt", "CV_Morgane_LeQuellec.odt", "Morgane Le Quellec\nChargée de projets solidarité internationale\n2026 Master Sciences politiques - Solidarités internationales, Université Rennes 2\n2024 Licence Science politique\nBénévolat : Artisans du Monde (2022-2026)\nLangues : anglais C1, espagnol B2"),
    ), read_on="2027-04-30"),
    # Feature: limit_crossing — graduation — ma licence obtenue en mars 2025
    # read: 2027-03-03 → 2027-03-26: still March: a diploma of March 2025 is 24 months back, the limit met
    # route: a licence of March 2025, read in March 2027: 24 months, meets (it would fail read in April) → bac+3 of 2025-03 → eligible
    N("limit_crossing", "graduation", "ma licence obtenue en mars 2025", M(
        "Kimberley Ngoma-Duval <kim.ngoma.duval@gmail.com>", "inscription", "2027-03-03 16:40",
        """Bonjour,

Avec ma licence obtenue en mars 2025 (Information-communication, Avignon, après un dernier semestre décalé), je cherche un poste de chargée de communication dans une association culturelle ou une coopérative.

Je suis disponible pour un rendez-vous quand vous voulez.

Kimberley Ngoma-Duval
06 70 26 49 13""",
        app("Kimberley", "Ngoma-Duval", phone="+33670264913", bac=3, grad="2025-03", status="kimberley_licence_mars_2025_lu_mars"),
    ), read_on="2027-03-26"),
    # Feature: limit_crossing — graduation — diplômée au printemps 2025
    # ambiguous: «au printemps 2025» is March, April or May 2025: read in April 2027, March fails and April or May meets
    # read: 2027-03-03 → 2027-04-16: the reading month April makes a spring 2025 diploma sit on the limit
    # route: a master «au printemps 2025», the month not said: read in April 2027 the limit is met or not by the month → bac+5 of 2025, graduation_recent open → to_verify
    N("limit_crossing", "graduation", "diplômée au printemps 2025", M(
        "Roxane Iturralde <roxane.iturralde@orange.fr>", "Pro'pulse - demande d'accompagnement", "2027-03-03 18:00",
        """Bonjour,

Je suis diplômée au printemps 2025 d'un master Droit de l'économie sociale et solidaire (Bayonne). J'ai ensuite travaillé comme juriste dans une fédération d'associations en CDD, qui vient de se terminer.

Je recherche un nouveau poste dans l'ESS, idéalement dans l'accompagnement juridique des associations.

Roxane Iturralde
06 33 90 12 58""",
        app("Roxane", "Iturralde", phone="+33633901258", bac=5, grad="2025", unknown=("graduation_recent",), status="roxane_printemps_2025_lu_avril"),
    ), read_on="2027-04-16"),
    # Feature: result_between — studies_finished — le jury de diplôme se réunit fin mars
    # read: 2027-03-03 → 2027-04-02: the jury of late March has sat, but its decision is unknown to us
    # route: the last exams taken, «le jury de diplôme se réunit fin mars», between the Date and 2 April: the result unknown → bac+2, graduation null, studies_finished open → to_verify
    N("result_between", "studies_finished", "le jury de diplôme se réunit fin mars", M(
        "Bastien Dewerpe <bastien.dewerpe@gmail.com>", "Question inscription", "2027-03-03 19:15",
        """Bonjour,

Je termine une licence pro Gestion des structures sanitaires et sociales (j'ai un BTS depuis 2025). Tous mes partiels sont passés et le jury de diplôme se réunit fin mars.

Je voudrais travailler en EHPAD associatif ou dans une mutuelle. Est-ce que je peux déjà postuler à Pro'pulse ?

Bastien Dewerpe
07 45 83 20 17""",
        app("Bastien", "Dewerpe", phone="+33745832017", bac=2, grad=None, unknown=("studies_finished",), status="bastien_jury_fin_mars_lu_2_avril"),
    ), read_on="2027-04-02"),
    # Feature: later_other_mail — kind — c'est noté pour le rendez-vous
    # read: 2027-03-03 → 2027-03-22: the appointment has passed; still a reply in our thread
    # route: a participant's short answer in our thread (In-Reply-To, our mail quoted) → reply
    N("later_other_mail", "kind", "c'est noté pour le rendez-vous", M(
        "Ophélie Ranarison <ophelie.ranarison@gmail.com>", "RE: Rendez-vous Pro'pulse jeudi 11 mars", "2027-03-03 21:30",
        """Bonsoir, c'est noté pour le rendez-vous, à jeudi 11 !
Ophélie

De : Pro'pulse <propulse@animafac.net>
Envoyé : mercredi 3 mars 2027 16:12
À : Ophélie Ranarison
Objet : Rendez-vous Pro'pulse jeudi 11 mars

Bonjour Ophélie,
Votre premier rendez-vous individuel est fixé au jeudi 11 mars à 10h.
L'équipe Pro'pulse""",
        reply(),
        headers={"In-Reply-To": "<rdv-2027-03-03-1612@animafac.net>"},
    ), read_on="2027-03-22"),
    # Feature: result_between — graduation — j'ai déjà mon diplôme depuis janvier, la cérémonie est le 25 mars
    # read: 2027-03-04 → 2027-04-09: the ceremony has taken place; the diploma was obtained in January, before the Date
    # route: the diploma already obtained in January 2027 (the ceremony of 25 March is no obtention); an ESS job sought → bac+5 of 2027-01 → eligible
    N("result_between", "graduation", "j'ai déjà mon diplôme depuis janvier, la cérémonie est le 25 mars", M(
        "Clarisse Hounkpatin <clarisse.hounkpatin@gmail.com>", "Candidature Pro'pulse - jeune diplômée", "2027-03-04 07:50",
        """Bonjour,

Je sors d'un master Ingénierie de projets culturels et interculturels (Bordeaux Montaigne). J'ai déjà mon diplôme depuis janvier, la cérémonie est le 25 mars mais c'est symbolique.

Je cherche un poste de chargée de projets dans une association culturelle ou un tiers-lieu. Mon CV est en pièce jointe.

Clarisse Hounkpatin
06 28 57 34 90""",
        app("Clarisse", "Hounkpatin", phone="+33628573490", bac=5, grad="2027-01", status="clarisse_diplome_janvier_ceremonie_25_mars"),
        cv=CV("pdf", "Clarisse_Hounkpatin_CV.pdf", "Clarisse Hounkpatin\nChargée de projets culturels\nMaster Ingénierie de projets culturels et interculturels, Université Bordeaux Montaigne (diplômée en janvier 2027)\nStage de fin d'études : Rocher de Palmer, 6 mois (2026)\nBénévole : festival Musiques de Nuit"),
    ), read_on="2027-04-09"),
    # Feature: relative_past — situation — j'ai commencé lundi dernier une mission de service civique
    # read: 2027-03-04 → 2027-03-04: nothing between
    # route: «lundi dernier» of Thursday 4 March is 1 March: a service civique of seven months begun, running on the reading day; a licence of 2026 → bac+3 of 2026-06, not_service_civique fails → not_eligible
    N("relative_past", "situation", "j'ai commencé lundi dernier une mission de service civique", M(
        "Aurélien Tshimanga <aurelien.tshimanga@yahoo.fr>", "info Pro'pulse", "2027-03-04 08:35",
        """Bonjour,

J'ai commencé lundi dernier une mission de service civique de sept mois dans une association de soutien scolaire, après ma licence de lettres (juin 2026). Mon tuteur m'a parlé de Pro'pulse pour la suite.

Est-ce que je peux m'inscrire tout de suite ?

Aurélien Tshimanga
06 09 62 38 47""",
        app("Aurélien", "Tshimanga", phone="+33609623847", bac=3, grad="2026-06", failing=("not_service_civique",), status="aurelien_sc_lundi_dernier"),
    )),
    # Feature: relative_past — aim — je ne sais pas encore si je veux reprendre un master ou chercher un emploi
    # ambiguous: she hesitates between more studies and a job, the sector not said: whether she seeks a job in the ESS stays open
    # read: 2027-03-04 → 2027-03-04: nothing between
    # route: her service civique ended «avant-hier» (2 March, over), a BTS of 2026; the aim left open between a master and a job → bac+2 of 2026, job_seeking_ess open → to_verify
    N("relative_past", "aim", "je ne sais pas encore si je veux reprendre un master ou chercher un emploi", M(
        "Yasmina Belkhodja-Roux <yasmina.belkhodja@gmail.com>", "Renseignements", "2027-03-04 09:20",
        """Bonjour,

Mon service civique s'est terminé avant-hier (au CCAS de Valence) et j'ai un BTS Économie sociale familiale depuis 2026. Pour être honnête, je ne sais pas encore si je veux reprendre un master ou chercher un emploi.

Est-ce que Pro'pulse peut m'aider à y voir plus clair ?

Yasmina Belkhodja-Roux
07 56 91 04 38""",
        app("Yasmina", "Belkhodja-Roux", phone="+33756910438", bac=2, grad="2026", unknown=("job_seeking_ess",), status="yasmina_sc_avant_hier_hesite"),
    )),
    # Feature: weekdays_yearless — situation — mon stage s'est terminé le 26
    # read: 2027-03-04 → 2027-03-04: nothing between
    # route: «le 26» in a past tense of a mail of 4 March is 26 February: the internship is over; a licence pro of 2026, an ESS job sought → bac+3 of 2026-06 → eligible
    N("weekdays_yearless", "situation", "mon stage s'est terminé le 26", M(
        "Théodora Vasilescu <theodora.vasilescu@gmail.com>", "Candidature", "2027-03-04 10:10",
        """Bonjour,

Mon stage s'est terminé le 26, à la Maison de l'économie sociale de Lille. J'ai une licence pro Métiers de l'ESS (juin 2026) et je cherche un premier emploi dans une coopérative ou une association, plutôt en gestion de projets.

Merci,
Théodora Vasilescu
06 81 47 25 39""",
        app("Théodora", "Vasilescu", phone="+33681472539", bac=3, grad="2026-06", status="theodora_stage_fini_le_26"),
        html="only",
    )),
    # Feature: later_other_mail — kind — nous recrutons deux animateurs pour nos séjours d'été
    # read: 2027-03-04 → 2027-04-23: the employer's deadline has passed; still an employer's mail
    # route: an employer announces posts for our participants, nobody applies → other
    N("later_other_mail", "kind", "nous recrutons deux animateurs pour nos séjours d'été", M(
        "Jean-Baptiste Oyarzun <jb.oyarzun@vacances-solidaires.example.org>", "Offres pour vos participants", "2027-03-04 11:00",
        """Bonjour,

L'association Vacances solidaires du Béarn est partenaire de Pro'pulse depuis l'an dernier : nous recrutons deux animateurs pour nos séjours d'été (CDD de juin à août, bac+2 souhaité). Candidatures avant le 31 mars.

Pouvez-vous diffuser l'offre à vos participant·es ?

Jean-Baptiste Oyarzun
Directeur""",
        other(),
    ), read_on="2027-04-23"),
    # Feature: planned_steps — studies_finished — mon stage finit fin mars et je suis diplômée en juin
    # read: 2027-03-04 → 2027-04-02: the internship is over, the diploma still ahead (June)
    # route: on 2 April the internship (end of March) is over, but the diploma comes in June: studies not finished; an M1 of 2026 the last level → bac+4, graduation null, studies_finished fails → not_eligible
    N("planned_steps", "studies_finished", "mon stage finit fin mars et je suis diplômée en juin", M(
        "Pénélope Dossou-Yovo <penelope.dossouyovo@gmail.com>", "Pro'pulse à partir de juin ?", "2027-03-04 12:30",
        """Bonjour,

Je suis en M2 Économie sociale (M1 validé en 2026), mon stage finit fin mars et je suis diplômée en juin, après les oraux de mai. Je voudrais travailler dans une mutuelle ou une banque coopérative.

Est-ce que je peux déjà m'inscrire ?

Pénélope Dossou-Yovo
06 44 38 17 62""",
        app("Pénélope", "Dossou-Yovo", phone="+33644381762", bac=4, grad=None, failing=("studies_finished",), status="penelope_stage_fin_mars_diplome_juin"),
    ), read_on="2027-04-02"),
    # Feature: planned_steps — studies_finished — d'abord mon rattrapage le 15 mars, ensuite le jury le 29 mars
    # read: 2027-03-04 → 2027-04-09: the re-sit and the jury have both passed, their result unknown to us
    # route: a re-sit on 15 March then a jury on 29 March, both between the Date and 9 April, the result not told → bac+2, graduation null, studies_finished open → to_verify
    N("planned_steps", "studies_finished", "d'abord mon rattrapage le 15 mars, ensuite le jury le 29 mars", M(
        "Kenzo Matsumoto-Riviere <kenzo.mr@gmail.com>", "Candidature Pro'pulse", "2027-03-04 13:45",
        """Bonjour,

Voilà où j'en suis : il me reste d'abord mon rattrapage le 15 mars, ensuite le jury le 29 mars, pour ma licence pro Animation sociale (j'ai un DUT de 2025). Si tout passe, je voudrais trouver un poste d'animateur en centre social.

Bonne journée,
Kenzo Matsumoto-Riviere
06 57 83 29 14""",
        app("Kenzo", "Matsumoto-Riviere", phone="+33657832914", bac=2, grad=None, unknown=("studies_finished",), status="kenzo_rattrapage_15_jury_29_mars"),
    ), read_on="2027-04-09"),
    # Feature: written_for_later — career_change — elle a été infirmière pendant dix ans
    # read: 2027-03-04 → 2027-03-04: nothing between
    # route: a friend presents Lina (her address given, never the writer's): ten years as a nurse, then a licence pro of 2026 finished «le mois dernier» → bac+3 of 2026, not_career_change fails → not_eligible
    N("written_for_later", "career_change", "elle a été infirmière pendant dix ans", M(
        "Adrien Fauchereau <adrien.fauchereau@free.fr>", "Une amie qui pourrait vous intéresser", "2027-03-04 14:50",
        """Bonjour,

Je vous écris pour mon amie Lina Assoumani. Elle a été infirmière pendant dix ans, puis elle a repris une licence pro Coordination de projets en 2026 ; sa formation s'est terminée le mois dernier avec un stage. Elle cherche un poste de coordinatrice dans une association de santé communautaire.

Vous pouvez la joindre à lina.assoumani@gmail.com ou au 06 38 72 50 16.

Merci !
Adrien""",
        app("Lina", "Assoumani", phone="+33638725016", bac=3, grad="2026", failing=("not_career_change",), email="lina.assoumani@gmail.com", forwarded_by="adrien.fauchereau@free.fr", status="lina_infirmiere_dix_ans_par_un_ami"),
    )),
    # Feature: english_later — graduation — I graduated last month
    # read: 2027-03-04 → 2027-03-22: «last month» of a mail of 4 March is February 2027, whatever the reading day
    # route: an MSc «last month» (February 2027), a job in a social enterprise sought → bac+5 of 2027-02 → eligible
    N("english_later", "graduation", "I graduated last month", M(
        "Aleksandra Wiśniewska <aleksandra.wisniewska@gmail.com>", "Joining Pro'pulse", "2027-03-04 15:40",
        """Hello,

I graduated last month with an MSc in Social Entrepreneurship from the University of Glasgow, and I have been living in Lille since January with my partner. I am looking for my first job in a French social enterprise or a cooperative.

Could you tell me how to apply to Pro'pulse?

Thank you,
Aleksandra Wiśniewska""",
        app("Aleksandra", "Wiśniewska", phone=None, bac=5, grad="2027-02", language="en", status="aleksandra_graduated_last_month"),
        html="only",
    ), read_on="2027-03-22"),
    # Feature: later_other_mail — kind — Do you accept people who studied abroad
    # read: 2027-03-04 → 2027-03-04: nothing between
    # route: an English question on foreign degrees, no fact of the writer's own → question
    N("later_other_mail", "kind", "Do you accept people who studied abroad", M(
        "Hamish Lockhart <hamish.lockhart@outlook.com>", "Quick question", "2027-03-04 16:30",
        """Hi there,

Do you accept people who studied abroad, or do you need a French diploma? And are the workshops in French only?

Thanks a lot,
Hamish""",
        question(language="en"),
    )),
    # Feature: english_later — studies_finished — I'll defend my thesis on the 25th
    # read: 2027-03-04 → 2027-04-09: the defence of 25 March has passed, its result unknown to us
    # route: "on the 25th", coming in a mail of 4 March, is 25 March, between the Date and 9 April: the master's result unknown → bac+4, graduation null, studies_finished open → to_verify
    N("english_later", "studies_finished", "I'll defend my thesis on the 25th", M(
        "Tendai Mukoroverwa <tendai.mukoroverwa@gmail.com>", "Pro'pulse application", "2027-03-04 17:20",
        """Dear all,

I am finishing a two-year master's in Public Health at Université Paris Cité (first year validated in 2026). I'll defend my thesis on the 25th, and after that I want to work for a health NGO or a community health centre run as an association.

Looking forward to hearing from you,
Tendai Mukoroverwa
+33 6 22 91 48 70""",
        app("Tendai", "Mukoroverwa", phone="+33622914870", bac=4, grad=None, unknown=("studies_finished",), language="en", status="tendai_defence_25th_read_april"),
    ), read_on="2027-04-09"),
    # Feature: same_day — studies_finished — mon jury se réunit demain
    # read: 2027-03-04 → 2027-03-04: nothing between
    # route: read on 4 March, every exam taken and the jury «demain» (5 March), ahead: the result unknown → bac+3, graduation null, studies_finished open → to_verify
    N("same_day", "studies_finished", "mon jury se réunit demain", M(
        "Margaux Delacroix-Nzé <margaux.dnze@gmail.com>", "Candidature", "2027-03-04 18:30",
        """Bonsoir,

Je termine un master 1 (ma licence date de 2025), toutes mes épreuves sont passées et mon jury se réunit demain. Je cherche un emploi de chargée de mission RSE dans une coopérative agricole.

Margaux Delacroix-Nzé
06 79 14 83 52""",
        app("Margaux", "Delacroix-Nzé", phone="+33679148352", bac=3, grad=None, unknown=("studies_finished",), status="margaux_jury_demain_lu_le_jour"),
    )),
    # Feature: later_other_mail — kind — Proposition de rencontre avec nos étudiants de licence pro
    # read: 2027-03-04 → 2027-03-26: nothing that changes a school's proposal
    # route: a school's officer proposes a meeting for its students, nobody applies → other
    N("later_other_mail", "kind", "Proposition de rencontre avec nos étudiants de licence pro", M(
        "Sabrina Lhermitte <sabrina.lhermitte@univ-artois.example.fr>", "Proposition de rencontre avec nos étudiants de licence pro", "2027-03-04 20:00",
        """Bonjour,

Je coordonne la licence pro Intervention sociale de l'Université d'Artois. Nos étudiants seront diplômés en juin : seriez-vous d'accord pour venir présenter Pro'pulse à la promotion en mai ?

Bien cordialement,
Sabrina Lhermitte
Responsable pédagogique""",
        other(),
    ), read_on="2027-03-26"),
]
