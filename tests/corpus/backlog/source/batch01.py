"""Backlog corpus, batch 01 (writer A): Monday 1 – Tuesday 2 March 2027, most mails read weeks later.
Service civique and internships ending «vendredi», «le 19 mars», «fin mars» or «dans deux mois», a stage
signed to start on the 15th, a diploma of March 2025 read in April, a defence on the 24th, «le mois dernier»
of a mail of 1 March, a mother and an adviser writing for someone; an out-of-office whose return has passed,
a question, a reply in our thread, a newsletter, a bounce and an invitation to a forum now past."""
# ruff: noqa: E501

from __future__ import annotations

from backlog import N
from kit import CV, M, app, auto_reply, bounce, newsletter, other, question, reply

MESSAGES = [
    # Feature: later_other_mail — kind — La lettre des Jardins partagés
    # read: 2027-03-01 → 2027-03-01: nothing between
    # route: a network's monthly letter (List-Unsubscribe), nobody applies → newsletter
    N("later_other_mail", "kind", "La lettre des Jardins partagés", M(
        "Réseau des Jardins partagés d'Île-de-France <lettre@jardins-partages-idf.example.org>", "La lettre des Jardins partagés - mars 2027", "2027-03-01 07:30",
        """La lettre des Jardins partagés - mars 2027

À la une : la saison des semis reprend ! Retrouvez le calendrier des chantiers collectifs de printemps dans les 48 jardins du réseau.

Offres du réseau : le jardin Les Haricots Rouges (Paris 13e) cherche un·e animateur·rice en CDD de 8 mois.

Formation : « Animer un jardin nourricier », 3 jours en avril, gratuite pour les bénévoles.

Vous recevez cette lettre parce que vous êtes partenaire du réseau. Se désinscrire : https://jardins-partages-idf.example.org/desinscription""",
        newsletter(),
        headers={"List-Unsubscribe": "<https://jardins-partages-idf.example.org/desinscription>"},
        html="only",
    )),
    # Feature: later_other_mail — kind — de retour le lundi 15 mars
    # read: 2027-03-01 → 2027-03-22: the return day of the out-of-office has passed; still an auto-reply
    # route: an out-of-office (Auto-Submitted) of a partner's officer answering our mail, her return date and our quoted words are nobody's application → auto_reply
    N("later_other_mail", "kind", "de retour le lundi 15 mars", M(
        "Bérangère Sallenave <b.sallenave@francas-gironde.example.org>", "Absence : Pro'pulse - ateliers de mars", "2027-03-01 08:10",
        """Bonjour,

Je suis en congé et serai de retour le lundi 15 mars. En cas d'urgence, merci de contacter l'accueil au 05 56 00 00 00.

Bérangère Sallenave
Coordinatrice jeunesse""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    ), read_on="2027-03-22"),
    # Feature: same_day — situation — je termine mon service civique vendredi
    # read: 2027-03-01 → 2027-03-01: nothing between
    # route: her mail of Monday 1 March read that day: the service civique ends «vendredi» (5 March), still running; a licence of June 2026 → bac+3 of 2026-06, not_service_civique fails → not_eligible
    N("same_day", "situation", "je termine mon service civique vendredi", M(
        "Sidonie Harambat <sidonie.harambat@gmail.com>", "Candidature Pro'pulse", "2027-03-01 09:20",
        """Bonjour,

Je me permets de vous écrire pour rejoindre le programme Pro'pulse. J'ai obtenu ma licence de géographie en juin 2026 à Pau et je termine mon service civique vendredi (mission « transition écologique » dans un centre social d'Orthez).

Je cherche ensuite un poste d'animatrice environnement dans une association ou une coopérative.

Merci de votre retour,
Sidonie Harambat
06 71 40 28 55""",
        app("Sidonie", "Harambat", phone="+33671402855", bac=3, grad="2026-06", failing=("not_service_civique",), status="sidonie_sc_vendredi_lu_lundi"),
    )),
    # Feature: end_between — situation — mon stage se termine le 19 mars
    # read: 2027-03-01 → 2027-03-22: the internship ended on 19 March, three days before the reading day
    # route: body and CV: a master 2 of September 2026, an internship ending on 19 March, over on 22 March; a post in a cooperative sought → bac+5 of 2026-09 → eligible
    N("end_between", "situation", "mon stage se termine le 19 mars", M(
        "Ilyès Bencheikh-Morvan <ilyes.bencheikh.morvan@outlook.fr>", "Demande d'accompagnement", "2027-03-01 10:05",
        """Bonjour Madame, Monsieur,

Diplômé d'un master 2 Économie sociale et solidaire (Université Lumière Lyon 2, septembre 2026), je réalise actuellement un stage hors cursus dans une SCIC de mobilité solidaire. Mon stage se termine le 19 mars et je souhaite trouver ensuite un premier emploi de chargé de développement dans une coopérative.

Vous trouverez mon CV en pièce jointe.

Cordialement,
Ilyès Bencheikh-Morvan
07 66 12 39 81""",
        app("Ilyès", "Bencheikh-Morvan", phone="+33766123981", bac=5, grad="2026-09", status="ilyes_stage_19_mars_lu_22"),
        cv=CV("pdf", "CV_Ilyes_Bencheikh-Morvan.pdf", "Ilyès Bencheikh-Morvan\nChargé de développement ESS\nFormation\n2026 : Master 2 Économie sociale et solidaire, Lyon 2\n2024 : Licence Économie-gestion, Lyon 2\nExpérience\nDepuis octobre 2026 : stagiaire, SCIC Roulons Ensemble (fin du stage le 19 mars)\n2025 : stage de M1, Union régionale des SCOP"),
    ), read_on="2027-03-22"),
    # Feature: limit_crossing — graduation — que j'ai validé en mars 2025
    # read: 2027-03-01 → 2027-04-02: the reading month is April, so a diploma of March 2025 is now 25 months back
    # route: her DUT «validé en mars 2025» (a shifted semester), no other diploma: read in April 2027, 25 months back → bac+2 of 2025-03, graduation_recent fails → not_eligible
    N("limit_crossing", "graduation", "que j'ai validé en mars 2025", M(
        "Maëlys Mvondo <maelys.mvondo@laposte.net>", "inscription programme", "2027-03-01 11:30",
        """bonjour,

j'ai un DUT carrières sociales option animation sociale et socioculturelle, que j'ai validé en mars 2025 (j'avais un semestre décalé a cause d'une année de césure). depuis j'ai fait des remplacements en centre de loisirs.

je voudrais travailler dans l'animation en association, est ce que je peux faire votre programme ?

Maëlys Mvondo
06 39 27 84 10""",
        app("Maëlys", "Mvondo", phone="+33639278410", bac=2, grad="2025-03", failing=("graduation_recent",), status="maelys_dut_mars_2025_lu_avril"),
    ), read_on="2027-04-02"),
    # Feature: relative_past — graduation — j'ai soutenu mon mémoire le mois dernier
    # read: 2027-03-01 → 2027-03-01: nothing between
    # route: «le mois dernier» of a mail of 1 March is February 2027, the master validated at once; an ESS job sought → bac+5 of 2027-02 → eligible
    N("relative_past", "graduation", "j'ai soutenu mon mémoire le mois dernier", M(
        "Anselme Kouyaté <anselme.kouyate@gmail.com>", "Jeune diplômé - programme Pro'pulse", "2027-03-01 13:45",
        """Bonjour,

J'ai soutenu mon mémoire le mois dernier et le jury a validé mon master Développement local et territoires dans la foulée (Université de Poitiers). Je cherche désormais un poste dans l'ESS, plutôt en structure d'insertion ou en tiers-lieu.

Un ami passé par Pro'pulse m'a conseillé de vous écrire.

Bien à vous,
Anselme Kouyaté""",
        app("Anselme", "Kouyaté", phone=None, bac=5, grad="2027-02", status="anselme_memoire_mois_dernier"),
    )),
    # Feature: start_between — situation — je commence mon stage le lundi 15 mars
    # read: 2027-03-01 → 2027-03-26: the signed internship began on 15 March and is running when read
    # route: an agreement signed, a certain start on 15 March (before the reading day 26 March), six months long; a licence pro of 2026 → bac+3 of 2026, not_internship fails → not_eligible
    N("start_between", "situation", "je commence mon stage le lundi 15 mars", M(
        "Tiphaine Lagarrigue <tiphaine.lagarrigue@orange.fr>", "Question sur Pro'pulse", "2027-03-01 15:10",
        """Bonjour,

J'ai eu ma licence pro Coordination de projets d'animation en 2026. Je n'ai pas trouvé de poste cet hiver, alors j'ai accepté un stage de six mois dans une fédération d'éducation populaire : la convention est signée et je commence mon stage le lundi 15 mars.

Est-ce que je peux quand même m'inscrire chez vous pour préparer la suite ?

Tiphaine Lagarrigue
06 58 44 19 73""",
        app("Tiphaine", "Lagarrigue", phone="+33658441973", bac=3, grad="2026", failing=("not_internship",), status="tiphaine_stage_15_mars_lu_26"),
    ), read_on="2027-03-26"),
    # Feature: english_later — situation — My internship ends at the end of March
    # read: 2027-03-01 → 2027-04-16: the internship ended on 31 March, over when read
    # route: an MA of September 2026 and an internship ending «at the end of March» (over on 16 April); a job in a fair-trade NGO sought → bac+5 of 2026-09 → eligible
    N("english_later", "situation", "My internship ends at the end of March", M(
        "Priyanka Sundaralingam <priyanka.sundaralingam@gmail.com>", "Application - Pro'pulse programme", "2027-03-01 16:40",
        """Dear Pro'pulse team,

I completed my MA in Development Studies at the University of Sussex in September 2026 and moved to Paris in October. My internship ends at the end of March (advocacy intern at a fair-trade federation) and I would love to find a first job in a French NGO or social enterprise afterwards.

My French is at B2 level and improving every week.

Kind regards,
Priyanka Sundaralingam
+33 7 53 80 16 42""",
        app("Priyanka", "Sundaralingam", phone="+33753801642", bac=5, grad="2026-09", language="en", status="priyanka_internship_end_march_read_april"),
        html="only",
    ), read_on="2027-04-16"),
    # Feature: later_other_mail — kind — le programme est-il ouvert aux titulaires d'un BTS
    # read: 2027-03-01 → 2027-03-26: nothing that changes a question
    # route: a question on who may apply, no fact of the writer's own → question
    N("later_other_mail", "kind", "le programme est-il ouvert aux titulaires d'un BTS", M(
        "Corentin Vaudelle <corentin.vaudelle@free.fr>", "Question", "2027-03-01 18:05",
        """Bonjour,

Petite question : le programme est-il ouvert aux titulaires d'un BTS, ou faut-il au moins une licence ? Et faut-il habiter en Île-de-France ?

Merci,
Corentin""",
        question(),
    ), read_on="2027-03-26"),
    # Feature: end_after — situation — je finis mon service civique dans deux mois
    # read: 2027-03-01 → 2027-04-23: the service civique ends on 1 May, a week after the reading day: still running
    # route: «dans deux mois» of a mail of 1 March is 1 May, after the reading day 23 April; a BTS ESF of June 2025 (22 months back in April 2027) → bac+2 of 2025-06, not_service_civique fails → not_eligible
    N("end_after", "situation", "je finis mon service civique dans deux mois", M(
        "Rahma Bouzidi-Lecœur <rahma.bouzidi@hotmail.fr>", "Pro'pulse", "2027-03-01 19:30",
        """Bonsoir,

J'ai eu mon BTS Économie sociale familiale en juin 2025. Je finis mon service civique dans deux mois (Restos du cœur, aide alimentaire) et j'aimerais être accompagnée pour trouver un emploi de conseillère dans une association après.

Bonne soirée
Rahma
07 49 02 63 18""",
        app("Rahma", "Bouzidi-Lecœur", phone="+33749026318", bac=2, grad="2025-06", failing=("not_service_civique",), status="rahma_sc_deux_mois_lu_23_avril"),
    ), read_on="2027-04-23"),
    # Feature: written_for_later — situation — Mon fils Titouan termine sa mission de service civique le 26 mars
    # read: 2027-03-01 → 2027-04-02: the son's service civique ended on 26 March, over when read
    # route: a mother presents her son (his address given, hers never his): a licence STAPS of June 2026, a service civique ending on 26 March (over on 2 April), a job in popular education sought → bac+3 of 2026-06 → eligible
    N("written_for_later", "situation", "Mon fils Titouan termine sa mission de service civique le 26 mars", M(
        "Véronique Estarellas <v.estarellas@wanadoo.fr>", "Pour mon fils Titouan", "2027-03-01 21:15",
        """Bonsoir,

Mon fils Titouan termine sa mission de service civique le 26 mars, à la Ligue de l'enseignement de Perpignan. Il a obtenu sa licence STAPS en juin 2026 et voudrait travailler dans l'éducation populaire, dans une association sportive ou culturelle.

Il est un peu timide pour écrire lui-même, je me permets donc de vous transmettre ses coordonnées : titouan.estarellas@gmail.com, 06 20 75 38 91.

Avec mes remerciements,
Véronique Estarellas""",
        app("Titouan", "Estarellas", phone="+33620753891", bac=3, grad="2026-06", email="titouan.estarellas@gmail.com", forwarded_by="v.estarellas@wanadoo.fr", status="titouan_sc_26_mars_par_sa_mere"),
    ), read_on="2027-04-02"),
    # Feature: same_day — studies_finished — ma soutenance est prévue le 24 mars
    # read: 2027-03-02 → 2027-03-02: nothing between
    # route: read on 2 March, the M2 defence of 24 March is still ahead: the master not finished, an M1 of 2025 the last level → bac+4, graduation null, studies_finished fails → not_eligible
    N("same_day", "studies_finished", "ma soutenance est prévue le 24 mars", M(
        "Gaspard Nwachukwu <gaspard.nwachukwu@etu.univ-grenoble.example.fr>", "renseignements Pro'pulse", "2027-03-02 08:15",
        """Bonjour,

Je suis en master 2 Sciences de l'environnement à Grenoble (M1 validé en 2025, une année de césure entre les deux) : ma soutenance est prévue le 24 mars. J'anticipe un peu, mais je voudrais travailler dans une association de protection de la nature après.

Quand faut-il s'inscrire ?

Gaspard Nwachukwu
06 83 52 70 14""",
        app("Gaspard", "Nwachukwu", phone="+33683527014", bac=4, grad=None, failing=("studies_finished",), status="gaspard_soutenance_24_mars_lu_le_2"),
    )),
    # Feature: end_between — situation — ma mission finit fin mars
    # read: 2027-03-02 → 2027-04-09: the mission ended on 31 March, over when read
    # route: a State diploma of éducatrice spécialisée of 2026, a service civique whose «mission finit fin mars» (over on 9 April), a post in child protection associations sought → bac+3 of 2026 → eligible
    N("end_between", "situation", "ma mission finit fin mars", M(
        "Héloïse Pacaud-Ramanantsoa <heloise.pr@gmail.com>", "Candidature", "2027-03-02 09:00",
        """Bonjour,

Éducatrice spécialisée diplômée d'État (promotion 2026, IRTS de Montrouge), je suis volontaire en service civique à l'association Aurore : ma mission finit fin mars.

Je cherche un poste d'éducatrice dans une association de protection de l'enfance ou d'hébergement d'urgence. Je vous joins mon CV.

Bien cordialement,
Héloïse Pacaud-Ramanantsoa
06 94 61 27 03""",
        app("Héloïse", "Pacaud-Ramanantsoa", phone="+33694612703", bac=3, grad="2026", status="heloise_sc_fin_mars_lu_avril"),
        cv=CV("docx", "CV Héloïse Pacaud-Ramanantsoa.docx", "Héloïse Pacaud-Ramanantsoa\nÉducatrice spécialisée\n2026 Diplôme d'État d'éducateur spécialisé, IRTS Paris Île-de-France\nService civique, association Aurore (octobre 2026 - mars 2027)\nStages : foyer de l'enfance de Bobigny, ITEP de Montreuil"),
    ), read_on="2027-04-09"),
    # Feature: limit_crossing — graduation — j'ai eu mon master en 2025
    # ambiguous: a master «en 2025» and no month: read in April 2027 it is 23 to 35 months back, the limit met or not by its month
    # read: 2027-03-02 → 2027-04-30: the reading month is April; a year alone 2025 stays open in March and April alike
    # route: a master said of 2025 only, a job in a housing association sought → bac+5 of 2025, graduation_recent open → to_verify
    N("limit_crossing", "graduation", "j'ai eu mon master en 2025", M(
        "Faustine Kerlouégan <faustine.kerlouegan@protonmail.com>", "Demande d'inscription", "2027-03-02 10:20",
        """Bonjour,

J'ai eu mon master en 2025 (Urbanisme, Rennes 2) et depuis j'enchaîne des missions courtes en intérim. Je voudrais me recentrer sur ce qui m'intéresse vraiment : le logement social et l'habitat participatif, dans une association ou une coopérative d'habitants.

Pouvez-vous m'aider ?

Faustine Kerlouégan
07 82 13 56 40""",
        app("Faustine", "Kerlouégan", phone="+33782135640", bac=5, grad="2025", unknown=("graduation_recent",), status="faustine_master_2025_lu_30_avril"),
    ), read_on="2027-04-30"),
    # Feature: relative_past — situation — mon stage s'est terminé il y a trois semaines
    # ambiguous: «j'ai travaillé quelques années avant de reprendre mes études» without the trade: a career change is possible
    # read: 2027-03-02 → 2027-03-02: nothing between
    # route: an internship ended three weeks before 2 March (over), a licence pro of 2026; years of work before the studies, trade not said → bac+3 of 2026, not_career_change open → to_verify
    N("relative_past", "situation", "mon stage s'est terminé il y a trois semaines", M(
        "Oumou Sangaré-Dufresne <oumou.sd@yahoo.fr>", "Candidature Pro'pulse", "2027-03-02 11:45",
        """Bonjour,

J'ai obtenu en 2026 une licence professionnelle Métiers de l'économie sociale et solidaire, et mon stage s'est terminé il y a trois semaines (dans une épicerie solidaire de Rouen). J'ai travaillé quelques années avant de reprendre mes études, et aujourd'hui je veux vraiment travailler dans l'ESS.

Merci de me dire comment me joindre à votre programme.

Oumou Sangaré-Dufresne
06 15 93 47 22""",
        app("Oumou", "Sangaré-Dufresne", phone="+33615934722", bac=3, grad="2026", unknown=("not_career_change",), status="oumou_stage_fini_trois_semaines"),
    )),
    # Feature: start_between — situation — je devrais commencer une mission de service civique début avril
    # ambiguous: a start only hoped («si mon dossier est accepté»): on the reading day she may or may not be in service civique
    # read: 2027-03-02 → 2027-04-16: the hoped start (early April) falls before the reading day, never confirmed
    # route: a BTS of 2026, a service civique she «devrait» begin early April if accepted: a planned start before the reading day, not certain → bac+2 of 2026, not_service_civique open → to_verify
    N("start_between", "situation", "je devrais commencer une mission de service civique début avril", M(
        "Ludivine Orsatelli <ludivine.orsatelli@sfr.fr>", "Renseignement", "2027-03-02 13:10",
        """Bonjour,

J'ai un BTS Développement et animation des territoires ruraux depuis 2026. Je devrais commencer une mission de service civique début avril dans un parc naturel régional, si mon dossier est accepté par la préfecture.

En parallèle je cherche un vrai poste dans une association d'environnement. Est-ce compatible avec Pro'pulse ?

Ludivine Orsatelli
06 27 58 90 34""",
        app("Ludivine", "Orsatelli", phone="+33627589034", bac=2, grad="2026", unknown=("not_service_civique",), status="ludivine_sc_espere_debut_avril"),
    ), read_on="2027-04-16"),
    # Feature: english_later — situation — I start a six-month internship next Monday
    # read: 2027-03-02 → 2027-03-26: the internship, signed, began on Monday 8 March and runs when read
    # route: "next Monday" of a mail of Tuesday 2 March is 8 March, the contract signed, six months: running on 26 March; an MSc of 2026 → bac+5 of 2026, not_internship fails → not_eligible
    N("english_later", "situation", "I start a six-month internship next Monday", M(
        "Joaquín Echeverría Solís <joaquin.echeverria.solis@gmail.com>", "Pro'pulse - eligibility", "2027-03-02 14:30",
        """Hello,

I hold an MSc in Environmental Policy (Universidad de Chile, 2026, two-year master's after a five-year licenciatura). The agreement is signed and I start a six-month internship next Monday with a renewable energy cooperative in Grenoble.

I would like to join Pro'pulse to prepare my job search in the social economy for the autumn. Is that possible?

Best,
Joaquín Echeverría Solís""",
        app("Joaquín", "Echeverría Solís", phone=None, bac=5, grad="2026", failing=("not_internship",), language="en", status="joaquin_internship_next_monday_read_26"),
    ), read_on="2027-03-26"),
    # Feature: later_other_mail — kind — je serai bien présente à l'atelier du 10 mars
    # read: 2027-03-02 → 2027-04-02: the workshop has taken place; still a reply in our thread
    # route: a participant's answer in our thread (In-Reply-To, our mail quoted) → reply
    N("later_other_mail", "kind", "je serai bien présente à l'atelier du 10 mars", M(
        "Wendy Caubet-Asante <wendy.caubet@gmail.com>", "Re: Atelier CV - mercredi 10 mars", "2027-03-02 15:00",
        """Bonjour,

Merci, je serai bien présente à l'atelier du 10 mars. Faut-il apporter un ordinateur ?

Wendy

Le lun. 1 mars 2027 à 17:02, Pro'pulse <propulse@animafac.net> a écrit :
> Bonjour Wendy,
> Nous vous proposons l'atelier « Un CV pour l'ESS » le mercredi 10 mars à 14h.
> Merci de nous confirmer votre présence.
> L'équipe Pro'pulse""",
        reply(),
        headers={"In-Reply-To": "<atelier-cv-2027-03-01-1702@animafac.net>"},
    ), read_on="2027-04-02"),
    # Feature: end_after — situation — encore six semaines de stage
    # read: 2027-03-02 → 2027-03-02: nothing between
    # route: «encore six semaines de stage» from 2 March runs to mid-April: running when read; a master of 2026 → bac+5 of 2026-07, not_internship fails → not_eligible
    N("end_after", "situation", "encore six semaines de stage", M(
        "Barnabé Pawlikowski <barnabe.pawlikowski@gmail.com>", "Pro'pulse : après mon stage", "2027-03-02 16:20",
        """Bonjour,

Diplômé en juillet 2026 d'un master Management des organisations de l'ESS (Le Mans), il me reste encore six semaines de stage au sein d'une mutuelle. Je veux ensuite intégrer une association ou une SCOP comme chargé de mission.

Je peux candidater dès maintenant ?

Barnabé Pawlikowski
06 02 84 15 67""",
        app("Barnabé", "Pawlikowski", phone="+33602841567", bac=5, grad="2026-07", failing=("not_internship",), status="barnabe_six_semaines_lu_le_jour"),
    )),
    # Feature: weekdays_yearless — situation — mon stage se termine le 12
    # read: 2027-03-02 → 2027-03-22: «le 12», coming in a mail of 2 March, is 12 March: over when read
    # route: «le 12» in a future tense of a mail of 2 March is 12 March 2027, over on 22 March; a licence of 2026, a job in an ESS employer sought → bac+3 of 2026-06 → eligible
    N("weekdays_yearless", "situation", "mon stage se termine le 12", M(
        "Eulalia Marchetti-Ba <eulalia.mb@gmail.com>", "inscription", "2027-03-02 17:05",
        """Bonjour,

je m'appelle Eulalia, j'ai eu ma licence AES en juin 2026 et mon stage se termine le 12 (je suis dans une régie de quartier à Marseille). Je voudrais rester dans ce secteur, les régies ou l'insertion par l'activité économique.

merci !
Eulalia Marchetti-Ba
07 61 30 94 85""",
        app("Eulalia", "Marchetti-Ba", phone="+33761309485", bac=3, grad="2026-06", status="eulalia_stage_le_12_lu_22"),
    ), read_on="2027-03-22"),
    # Feature: planned_steps — studies_finished — je soutiens le 24 mars, puis je pars en service civique en mai
    # read: 2027-03-02 → 2027-04-09: the defence of 24 March has passed but its result is unknown to us; the May mission is still ahead
    # route: read on 9 April: the defence (24 March) is between the Date and the reading day, the result not told → studies open; the service civique of May is not yet a situation → bac+4, graduation null, studies_finished open → to_verify
    N("planned_steps", "studies_finished", "je soutiens le 24 mars, puis je pars en service civique en mai", M(
        "Apolline Drouard-Kaboré <apolline.dk@gmail.com>", "Pro'pulse et service civique", "2027-03-02 18:30",
        """Bonjour,

Mon calendrier des prochains mois : je soutiens le 24 mars, puis je pars en service civique en mai (huit mois chez France Bénévolat). J'ai déjà un M1 en sociologie.

Je voudrais savoir si Pro'pulse pourrait m'accompagner en parallèle, pour trouver un poste de coordinatrice de bénévoles à la fin.

Apolline Drouard-Kaboré
06 73 20 48 19""",
        app("Apolline", "Drouard-Kaboré", phone="+33673204819", bac=4, grad=None, unknown=("studies_finished",), status="apolline_soutenance_24_mars_puis_sc_mai"),
    ), read_on="2027-04-09"),
    # Feature: written_for_later — studies_finished — elle passe son jury de licence le 25 mars
    # read: 2027-03-02 → 2027-03-02: nothing between
    # route: a Mission locale adviser presents a young woman (her address given, never the adviser's): every exam of her licence taken, the jury on 25 March ahead → bac+2, graduation null, studies_finished open → to_verify
    N("written_for_later", "studies_finished", "elle passe son jury de licence le 25 mars", M(
        "Grégoire Lanfranchi <g.lanfranchi@missionlocale-bastia.example.fr>", "Orientation Mme Zerbib vers Pro'pulse", "2027-03-02 19:40",
        """Bonjour,

J'accompagne Mme Anaïs Zerbib, 22 ans, qui souhaite travailler dans une association d'aide aux personnes âgées. Elle a terminé tous ses examens de licence Sciences sanitaires et sociales (L3) et elle passe son jury de licence le 25 mars. Elle a déjà un DEUST (bac+2).

Ses coordonnées : anais.zerbib@gmail.com, 06 45 19 82 30.

Bien cordialement,
Grégoire Lanfranchi
Conseiller, Mission locale de Bastia""",
        app("Anaïs", "Zerbib", phone="+33645198230", bac=2, grad=None, unknown=("studies_finished",), email="anais.zerbib@gmail.com", forwarded_by="g.lanfranchi@missionlocale-bastia.example.fr", status="anais_jury_25_mars_par_conseiller"),
    )),
    # Feature: result_between — studies_finished — les résultats seront publiés le 2 avril
    # read: 2027-03-02 → 2027-04-09: the results were due on 2 April, before the reading day, but the mail could only announce them
    # route: every exam of the master taken, «les résultats seront publiés le 2 avril»: between the Date and the reading day, unknown to us → bac+4, graduation null, studies_finished open → to_verify
    N("result_between", "studies_finished", "les résultats seront publiés le 2 avril", M(
        "Youenn Tanguy-Riou <youenn.tanguyriou@gmail.com>", "Candidature Pro'pulse", "2027-03-02 20:30",
        """Bonsoir,

J'ai passé ma dernière session d'examens de master 2 Gestion des territoires et développement local la semaine dernière, les résultats seront publiés le 2 avril. Je cherche un poste de chargé de mission dans un pays, un PNR ou une association de développement rural.

Bonne soirée,
Youenn Tanguy-Riou
06 35 87 40 26""",
        app("Youenn", "Tanguy-Riou", phone="+33635874026", bac=4, grad=None, unknown=("studies_finished",), status="youenn_resultats_2_avril_lu_9"),
    ), read_on="2027-04-09"),
    # Feature: later_other_mail — kind — Mail delivery failed: returning message to sender
    # read: 2027-03-02 → 2027-03-02: nothing between
    # route: a delivery failure (multipart/report) of our mail, the address unknown → bounce
    N("later_other_mail", "kind", "Mail delivery failed: returning message to sender", M(
        "Mail Delivery System <MAILER-DAEMON@smtp3.example.net>", "Mail delivery failed: returning message to sender", "2027-03-02 21:10",
        """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its recipients. This is a permanent error. The following address(es) failed:

  lea.montagnac@gmial.com
    host gmial.com: Name or service not known""",
        bounce("lea.montagnac@gmial.com"),
        bounce="""Reporting-MTA: dns; smtp3.example.net
Final-Recipient: rfc822; lea.montagnac@gmial.com
Action: failed
Status: 5.1.2
Diagnostic-Code: smtp; 550 Host unknown""",
    )),
    # Feature: later_other_mail — kind — Forum de l'emploi solidaire du jeudi 18 mars
    # read: 2027-03-02 → 2027-04-16: the forum has taken place; still a partner's invitation
    # route: a partner invites our participants to a forum (its «bac+2 à bac+5» is the forum's public), nobody applies → other
    N("later_other_mail", "kind", "Forum de l'emploi solidaire du jeudi 18 mars", M(
        "Nadège Roumégoux <n.roumegoux@cress-na.example.org>", "Invitation : Forum de l'emploi solidaire du jeudi 18 mars", "2027-03-02 22:00",
        """Bonjour à l'équipe Pro'pulse,

La CRESS Nouvelle-Aquitaine organise le Forum de l'emploi solidaire du jeudi 18 mars, de 9h à 17h, à Bordeaux (Hangar 14). Une quarantaine d'employeurs de l'ESS y recruteront des profils de bac+2 à bac+5.

N'hésitez pas à relayer l'invitation auprès de vos participant·es : l'entrée est libre, inscription conseillée.

Nadège Roumégoux
Chargée de mission emploi, CRESS Nouvelle-Aquitaine""",
        other(),
    ), read_on="2027-04-16"),
]
