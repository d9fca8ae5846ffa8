"""Backlog corpus, batch 07 (writer B): Monday 15 and Tuesday 16 March 2027, each mail read on a day chosen first
for it. Starts of April, «le mois dernier», diplomas of May 2025, a mission's end told two ways: the mail's
words count from its Date, the criteria are judged when read."""
# ruff: noqa: E501

from __future__ import annotations

from backlog import N
from kit import CV, M, app, auto_reply, bounce, other, question, reply

MESSAGES = [
    # Feature: later_other_mail — kind — Delivery Status Notification (Failure)
    # read: 2027-03-15 → 2027-03-15: nothing between
    # route: a delivery failure of our mail to an address that does not exist → bounce
    N("later_other_mail", "kind", "Delivery Status Notification (Failure)", M(
        "Mail Delivery Subsystem <mailer-daemon@mx.animafac.net>",
        "Delivery Status Notification (Failure)",
        "2027-03-15 07:30",
        """Delivery Status Notification (Failure)

Votre message n'a pas pu être remis à killian.morvan-ly@gmail.com : l'adresse est introuvable.

----- Message d'origine -----
Objet : Atelier CV du 18 mars
Bonjour Killian, nous vous attendons jeudi…""",
        bounce("killian.morvan-ly@gmail.com"),
        bounce="""Reporting-MTA: dns; mx.animafac.net
Final-Recipient: rfc822; killian.morvan-ly@gmail.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 The email account that you tried to reach does not exist""",
    )),
    # Feature: same_day — situation — je suis en stage jusqu'au 2 avril
    # read: 2027-03-15 → 2027-03-15: nothing between
    # route: his words «je suis en stage jusqu'au 2 avril», held on 15 March → not_internship fails; «une start-up de la tech» sought, no ESS → job_seeking_ess fails → not_eligible
    N("same_day", "situation", "je suis en stage jusqu'au 2 avril", M(
        "Maxence Lhuillier <maxence.lhuillier@gmail.com>",
        "Pro'pulse",
        "2027-03-15 08:45",
        """Bonjour,

Master de marketing digital obtenu en 2026, je suis en stage jusqu'au 2 avril dans une agence. Ensuite je cherche un CDI de growth marketer dans une start-up de la tech, si possible à Paris. Vous pouvez m'aider ?

Maxence Lhuillier
06 26 81 43 57""",
        app("Maxence", "Lhuillier", phone="+33626814357", bac=5, grad="2026", failing=("not_internship", "job_seeking_ess"), status="b_maxence_stage_2_avril_startup"),
    )),
    # Feature: start_between — situation — convention signée : je commence le 1er avril
    # read: 2027-03-15 → 2027-04-09: the certain start of 1 April has come
    # route: her words «convention signée : je commence le 1er avril» (an internship of four months), begun by 9 April → not_internship fails; a BPJEPS alone (niveau bac) → degree_level fails → not_eligible
    N("start_between", "situation", "convention signée : je commence le 1er avril", M(
        "Sarah-Lou Bertrandias <sarahlou.bertrandias@gmail.com>",
        "demande d'accompagnement",
        "2027-03-15 09:20",
        """Bonjour,

J'ai un BPJEPS Animation sociale (2025) et je prépare mon entrée dans l'emploi associatif. Convention signée : je commence le 1er avril un stage de quatre mois dans une maison de quartier, et je voudrais être accompagnée en même temps pour trouver un poste après.

Sarah-Lou Bertrandias
07 69 34 58 21""",
        app("Sarah-Lou", "Bertrandias", phone="+33769345821", bac=0, grad="2025", failing=("degree_level", "not_internship"), status="b_sarahlou_convention_1er_avril_bpjeps"),
    ), read_on="2027-04-09"),
    # Feature: start_between — situation — je devrais commencer un stage début avril
    # read: 2027-03-15 → 2027-04-09: the hoped start of early April has come; whether it happened is not told
    # route: his words «je devrais commencer un stage début avril, on attend encore la signature de la convention»: a start only planned, before 9 April → not_internship open; a licence of 2026 → to_verify
    N("start_between", "situation", "je devrais commencer un stage début avril", M(
        "Jules Amoussou <jules.amoussou@outlook.fr>",
        "Inscription au programme",
        "2027-03-15 10:05",
        """Bonjour,

J'ai une licence de sciences sociales (juin 2026). Je cherche un emploi dans une association d'éducation à l'environnement, et en attendant je devrais commencer un stage début avril, on attend encore la signature de la convention côté fac.

Jules Amoussou
06 40 75 91 28""",
        app("Jules", "Amoussou", phone="+33640759128", bac=3, grad="2026-06", unknown=("not_internship",), status="b_jules_stage_debut_avril_prevu"),
    ), read_on="2027-04-09"),
    # Feature: relative_past — graduation — j'ai soutenu mon mémoire le mois dernier et le diplôme est validé
    # read: 2027-03-15 → 2027-03-26: «le mois dernier» stays February, whatever the reading day
    # route: her words «j'ai soutenu mon mémoire le mois dernier et le diplôme est validé», from 15 March = February 2027; a post in a cooperative sought → eligible
    N("relative_past", "graduation", "j'ai soutenu mon mémoire le mois dernier et le diplôme est validé", M(
        "Ysaline Cormerais <ysaline.cormerais@gmail.com>",
        "Candidature",
        "2027-03-15 10:50",
        """Bonjour,

j'ai soutenu mon mémoire le mois dernier et le diplôme est validé (master Alimentation durable, AgroParisTech). Je cherche un poste dans une coopérative agricole ou une association de circuits courts.

Ysaline Cormerais
06 05 38 92 74""",
        app("Ysaline", "Cormerais", phone="+33605389274", bac=5, grad="2027-02", status="b_ysaline_memoire_mois_dernier"),
    ), read_on="2027-03-26"),
    # Feature: limit_crossing — graduation — DUT Carrières sociales obtenu en mai 2025
    # read: 2027-03-15 → 2027-04-30: read at the end of April, May 2025 is 23 months back
    # route: his CV and body «DUT Carrières sociales obtenu en mai 2025», read in April 2027 → 23 months, graduation_recent meets; an animation post in an association sought → eligible
    N("limit_crossing", "graduation", "DUT Carrières sociales obtenu en mai 2025", M(
        "Nathanaël Mbuyi <nathanael.mbuyi@gmail.com>",
        "Candidature Pro'pulse",
        "2027-03-15 11:30",
        """Bonjour,

Je m'appelle Nathanaël, j'ai un DUT Carrières sociales obtenu en mai 2025 (fin de cursus anticipée). Je travaille en extra dans l'animation et je voudrais un vrai poste d'animateur jeunesse dans une association. CV en pièce jointe.

Nathanaël Mbuyi
07 84 60 13 29""",
        app("Nathanaël", "Mbuyi", phone="+33784601329", bac=2, grad="2025-05", status="b_nathanael_dut_mai_2025"),
        cv=CV("pdf", "CV_Nathanael_Mbuyi.pdf", """Nathanaël Mbuyi
DUT Carrières sociales, option animation sociale et socioculturelle — IUT de Tours — obtenu en mai 2025
BAFA, BAFD en cours
Animateur extra, accueils de loisirs (2025-2027)"""),
    ), read_on="2027-04-30"),
    # Feature: end_after — studies_finished — mon contrat d'apprentissage se termine dans deux mois
    # read: 2027-03-15 → 2027-04-23: two months from 15 March end mid-May, still ahead
    # route: her words «mon contrat d'apprentissage se termine dans deux mois» with the M2 after it → studies_finished fails (an apprentice is a student); «quinze ans au guichet d'une banque» left for a new trade → not_career_change fails → not_eligible
    N("end_after", "studies_finished", "mon contrat d'apprentissage se termine dans deux mois", M(
        "Véronique Saint-Aubin <vero.saintaubin@orange.fr>",
        "Reconversion ESS",
        "2027-03-15 12:15",
        """Bonjour,

Après quinze ans au guichet d'une banque, j'ai décidé de changer de vie : je prépare un M2 Management des entreprises de l'ESS, et mon contrat d'apprentissage se termine dans deux mois, avec le diplôme à la clé. Je voudrais être accompagnée pour trouver un poste de directrice adjointe dans une association.

Véronique Saint-Aubin
06 11 47 82 35""",
        app("Véronique", "Saint-Aubin", phone="+33611478235", bac=4, grad=None, failing=("studies_finished", "not_career_change"), status="b_veronique_apprentissage_deux_mois"),
    ), read_on="2027-04-23"),
    # Feature: later_other_mail — kind — le programme est-il ouvert aux personnes en situation de handicap
    # read: 2027-03-15 → 2027-03-22: a question about the programme; no fact changes with the day
    # route: a question about the programme, no personal fact → question
    N("later_other_mail", "kind", "le programme est-il ouvert aux personnes en situation de handicap", M(
        "Solal Benguigui <solal.benguigui@gmail.com>",
        "Accessibilité du programme",
        "2027-03-15 13:00",
        """Bonjour,

Je voulais savoir si le programme est-il ouvert aux personnes en situation de handicap, et si les locaux des ateliers sont accessibles en fauteuil. Merci de votre réponse.

Solal Benguigui""",
        question(),
    ), read_on="2027-03-22"),
    # Feature: weekdays_yearless — situation — mon dernier jour de service civique, ce sera le vendredi 9 ou le vendredi 16
    # ambiguous: the last day is «le vendredi 9 ou le vendredi 16» (April): read on 9 April it may be over or still a week ahead
    # read: 2027-03-15 → 2027-04-09: the first of the two Fridays is the reading day, the second still ahead
    # route: her words «mon dernier jour de service civique, ce sera le vendredi 9 ou le vendredi 16» = 9 or 16 April 2027: on 9 April over or still held → not_service_civique open; a licence pro of 2026 → to_verify
    N("weekdays_yearless", "situation", "mon dernier jour de service civique, ce sera le vendredi 9 ou le vendredi 16", M(
        "Jeanne Ahouansou <jeanne.ahouansou@gmail.com>",
        "Inscription Pro'pulse",
        "2027-03-15 14:10",
        """Bonjour,

Je suis en service civique dans une association de santé communautaire. mon dernier jour de service civique, ce sera le vendredi 9 ou le vendredi 16, selon la date que l'Agence retiendra pour la fin du contrat. J'ai une licence pro Coordination de projets en santé (2026) et je voudrais travailler dans la prévention en association.

Jeanne Ahouansou
07 58 43 16 92""",
        app("Jeanne", "Ahouansou", phone="+33758431692", bac=3, grad="2026", unknown=("not_service_civique",), status="b_jeanne_vendredi_9_ou_16"),
    ), read_on="2027-04-09"),
    # Feature: weekdays_yearless — studies_finished — je soutiens mardi 23
    # read: 2027-03-15 → 2027-03-26: Tuesday 23 March has passed, the outcome not told
    # route: his words «je soutiens mardi 23» = 23 March 2027, between the Date and 26 March: the master's outcome unknown → studies_finished open (M1 held) → to_verify
    N("weekdays_yearless", "studies_finished", "je soutiens mardi 23", M(
        "Eliott Kervella <eliott.kervella@etu.univ-brest.example.fr>",
        "Demande d'accompagnement",
        "2027-03-15 14:50",
        """Bonjour,

je soutiens mardi 23 mon mémoire de master Gestion de l'environnement et je cherche un poste de chargé de mission dans une association de protection du littoral.

Eliott Kervella
06 67 93 25 84""",
        app("Eliott", "Kervella", phone="+33667932584", bac=4, grad=None, unknown=("studies_finished",), status="b_eliott_soutient_mardi_23"),
    ), read_on="2027-03-26"),
    # Feature: written_for_later — graduation — son master obtenu en 2025
    # ambiguous: «son master obtenu en 2025», no month: the limit is open in March 2027
    # read: 2027-03-15 → 2027-03-22: her internship ended on 12 March; the year alone stays open
    # route: a careers officer presents a former student (her address and phone given): «elle a fini son stage le 12» (12 March, over), «son master obtenu en 2025» → graduation 2025 alone, graduation_recent open → to_verify, forwarded_by the officer
    N("written_for_later", "graduation", "son master obtenu en 2025", M(
        "Patricia Lemonnier-Hué <p.lemonnier@baip-univ-poitiers.example.fr>",
        "Une ancienne étudiante pour Pro'pulse",
        "2027-03-15 15:30",
        """Bonjour,

Je me permets de vous recommander Mme Hinde Ouazzani, ancienne étudiante de notre master Économie sociale : elle a fini son stage le 12 dans une coopérative d'habitants, et avec son master obtenu en 2025 elle cherche maintenant un premier poste dans l'habitat participatif.

Contact : hinde.ouazzani@gmail.com — 06 39 52 84 17.

Cordialement,
Patricia Lemonnier-Hué
Bureau d'aide à l'insertion professionnelle""",
        app("Hinde", "Ouazzani", phone="+33639528417", bac=5, grad="2025", unknown=("graduation_recent",), email="hinde.ouazzani@gmail.com", forwarded_by="p.lemonnier@baip-univ-poitiers.example.fr", status="b_hinde_master_2025_baip"),
    ), read_on="2027-03-22"),
    # Feature: english_later — situation — my internship runs until the end of May
    # read: 2027-03-15 → 2027-03-15: nothing between
    # route: her words «my internship runs until the end of May», held on 15 March → not_internship fails → not_eligible
    N("english_later", "situation", "my internship runs until the end of May", M(
        "Valentina Mureșan <valentina.muresan@gmail.com>",
        "Pro'pulse - application",
        "2027-03-15 16:20",
        """Dear team,

I graduated in July 2026 with a Master's in Social Work from Babeș-Bolyai University and I am now in Bordeaux, where my internship runs until the end of May at a shelter for young migrants. I would like to start looking for a job in a French association already.

Kind regards,
Valentina Mureșan
07 45 19 62 83""",
        app("Valentina", "Mureșan", phone="+33745196283", bac=5, grad="2026-07", failing=("not_internship",), language="en", status="b_valentina_internship_end_of_may"),
    )),
    # Feature: later_other_mail — kind — Webinaire « Financer son projet associatif » jeudi 18 mars
    # read: 2027-03-15 → 2027-04-02: the webinar of 18 March is past; still an invitation
    # route: a partner's invitation to a webinar for our participants; no applicant → other
    N("later_other_mail", "kind", "Webinaire « Financer son projet associatif » jeudi 18 mars", M(
        "France Active Loire <contact@franceactive-loire.example.org>",
        "Invitation : Webinaire « Financer son projet associatif » jeudi 18 mars",
        "2027-03-15 17:00",
        """Bonjour,

Nous vous invitons, vous et vos participant·es, au Webinaire « Financer son projet associatif » jeudi 18 mars de 12 h 30 à 13 h 30. Lien de connexion envoyé après inscription.

L'équipe France Active Loire""",
        other(),
    ), read_on="2027-04-02"),
    # Feature: same_day — graduation — diplômée en mars 2025
    # read: 2027-03-15 → 2027-03-15: nothing between
    # route: her words «diplômée en mars 2025», read in March 2027 → 24 months, graduation_recent meets; a post in an insertion association sought → eligible
    N("same_day", "graduation", "diplômée en mars 2025", M(
        "Fatoumata Dembélé-Roux <fatoumata.dembeleroux@gmail.com>",
        "Candidature Pro'pulse",
        "2027-03-15 17:40",
        """Bonjour,

Je suis diplômée en mars 2025 d'un master Travail social et intervention sociale (jury de fin de formation continue). Je cherche un poste de conseillère en insertion professionnelle dans une association ou un chantier d'insertion. Vous trouverez mon CV ci-joint.

Fatoumata Dembélé-Roux
06 82 14 57 30""",
        app("Fatoumata", "Dembélé-Roux", phone="+33682145730", bac=5, grad="2025-03", status="b_fatoumata_mars_2025_meme_jour"),
        cv=CV("docx", "CV_FDembeleRoux.docx", """Fatoumata Dembélé-Roux
Master Travail social et intervention sociale — diplômée en mars 2025
Chargée d'accueil, association d'insertion (2025-2026)"""),
    )),
    # Feature: planned_steps — studies_finished — je suis diplômée en juin
    # read: 2027-03-15 → 2027-04-02: the internship ended at the end of March; the diploma of June still ahead
    # route: her plan «mon stage finit fin mars et je suis diplômée en juin»: the internship over on 2 April, the licence still ahead with no jury between → studies_finished fails (a BTS held) → not_eligible
    N("planned_steps", "studies_finished", "je suis diplômée en juin", M(
        "Clémentine Ravaud <clementine.ravaud@gmail.com>",
        "Pro'pulse",
        "2027-03-15 18:30",
        """Bonjour,

Je suis en licence 3 Sciences sanitaires et sociales après un BTS. Mon stage finit fin mars et je suis diplômée en juin, normalement. Je voudrais trouver un poste dans une association de prévention pour la rentrée.

Clémentine Ravaud
06 94 38 71 25""",
        app("Clémentine", "Ravaud", phone="+33694387125", bac=2, grad=None, failing=("studies_finished",), status="b_clementine_stage_fin_mars_diplome_juin"),
    ), read_on="2027-04-02"),
    # Feature: relative_past — graduation — ça fait deux ans le mois dernier que j'ai eu mon BTS
    # read: 2027-03-16 → 2027-03-22: «le mois dernier» stays February: the BTS of February 2025
    # route: his words «ça fait deux ans le mois dernier que j'ai eu mon BTS», from 16 March = February 2025, 25 months back in March 2027 → graduation_recent fails → not_eligible
    N("relative_past", "graduation", "ça fait deux ans le mois dernier que j'ai eu mon BTS", M(
        "Steeve Baptistide <steeve.baptistide@gmail.com>",
        "inscription",
        "2027-03-16 08:10",
        """Bonjour,

ça fait deux ans le mois dernier que j'ai eu mon BTS Économie sociale familiale (session de février, en apprentissage) et je galère à trouver. Je voudrais travailler dans une asso d'aide aux familles.

Steeve Baptistide
06 90 27 41 58""",
        app("Steeve", "Baptistide", phone="+33690274158", bac=2, grad="2025-02", failing=("graduation_recent",), status="b_steeve_deux_ans_mois_dernier"),
    ), read_on="2027-03-22"),
    # Feature: end_between — situation — mon service civique se termine dans dix jours
    # read: 2027-03-16 → 2027-03-26: ten days from 16 March end on 26 March, the reading day
    # route: her words «mon service civique se termine dans dix jours» → 26 March, nothing of it after the reading day → over; a licence of 2026 and an ESS search → eligible
    N("end_between", "situation", "mon service civique se termine dans dix jours", M(
        "Maïlys Courtaud <mailys.courtaud@hotmail.fr>",
        "Demande d'inscription Pro'pulse",
        "2027-03-16 09:00",
        """Bonjour,

mon service civique se termine dans dix jours (accompagnement scolaire à l'AFEV) et je cherche un emploi d'animatrice ou de coordinatrice dans une association d'éducation populaire. J'ai une licence de géographie de 2026.

Maïlys Courtaud
07 27 84 35 61""",
        app("Maïlys", "Courtaud", phone="+33727843561", bac=3, grad="2026", status="b_mailys_sc_dix_jours"),
    ), read_on="2027-03-26"),
    # Feature: result_between — studies_finished — l'oral final du DEJEPS est le 29 mars
    # read: 2027-03-16 → 2027-04-09: the final oral of 29 March has passed, the outcome not told
    # route: his words «l'oral final du DEJEPS est le 29 mars», between the Date and 9 April: the DEJEPS outcome unknown → studies_finished open, graduation null (a licence STAPS held: bac+3) → to_verify
    N("result_between", "studies_finished", "l'oral final du DEJEPS est le 29 mars", M(
        "Warren Chaouch <warren.chaouch@gmail.com>",
        "Pro'pulse - candidature",
        "2027-03-16 10:15",
        """Bonjour,

J'ai une licence STAPS et je termine un DEJEPS Animation socio-éducative : l'oral final du DEJEPS est le 29 mars. Je cherche un poste de coordinateur dans une fédération sportive associative ou un centre social.

Warren Chaouch
06 59 12 38 47""",
        app("Warren", "Chaouch", phone="+33659123847", bac=3, grad=None, unknown=("studies_finished",), status="b_warren_oral_dejeps_29_mars"),
    ), read_on="2027-04-09"),
    # Feature: later_other_mail — kind — je vous renvoie le formulaire complété
    # read: 2027-03-16 → 2027-03-16: nothing between
    # route: a reply in our thread (In-Reply-To <…@animafac.net>, our mail quoted) returning a form → reply
    N("later_other_mail", "kind", "je vous renvoie le formulaire complété", M(
        "Bastien Ouellet <bastien.ouellet@gmail.com>",
        "Re: Formulaire d'inscription Pro'pulse",
        "2027-03-16 11:00",
        """Bonjour,

je vous renvoie le formulaire complété, comme demandé. Bonne journée.

Bastien

Le lun. 15 mars 2027 à 09:30, Pro'pulse <propulse@animafac.net> a écrit :
> Bonjour Bastien,
> Pour finaliser votre inscription, merci de nous renvoyer le formulaire ci-joint complété.
> L'équipe Pro'pulse""",
        reply(),
        headers={"In-Reply-To": "<formulaire-2027-03-15-0930@animafac.net>", "References": "<formulaire-2027-03-15-0930@animafac.net>"},
    )),
    # Feature: written_for_later — studies_finished — ses résultats de licence pro sont attendus le 8 avril
    # read: 2027-03-16 → 2027-04-16: the results of 8 April are out but not told to us
    # route: a mother presents her daughter (her own address and phone given): internship over, «ses résultats de licence pro sont attendus le 8 avril», between the Date and 16 April → studies_finished open (a BTS held); «elle cherche du travail, n'importe lequel» → job_seeking_ess open → to_verify, forwarded_by the mother
    N("written_for_later", "studies_finished", "ses résultats de licence pro sont attendus le 8 avril", M(
        "Sylviane Rigaudeau <sylviane.rigaudeau@sfr.fr>",
        "Demande pour ma fille Manon",
        "2027-03-16 12:30",
        """Bonjour,

Ma fille Manon Rigaudeau a terminé son stage la semaine dernière et ses résultats de licence pro sont attendus le 8 avril (elle avait déjà un BTS). Elle cherche du travail, n'importe lequel pour commencer, et je pense qu'un accompagnement lui ferait du bien.

Ses coordonnées : manon.rigaudeau@gmail.com, 06 73 25 90 48.

Merci beaucoup,
Sylviane Rigaudeau""",
        app("Manon", "Rigaudeau", phone="+33673259048", bac=2, grad=None, unknown=("studies_finished", "job_seeking_ess"), email="manon.rigaudeau@gmail.com", forwarded_by="sylviane.rigaudeau@sfr.fr", status="b_manon_resultats_8_avril_maman"),
    ), read_on="2027-04-16"),
    # Feature: english_later — situation — my civic service ended last Friday
    # read: 2027-03-16 → 2027-03-26: nothing that changes it: the civic service ended on 12 March
    # route: his words «my civic service ended last Friday» (12 March), over; an MA of November 2025, 16 months back in March 2027, and a job in a French association sought → eligible
    N("english_later", "situation", "my civic service ended last Friday", M(
        "Mateus Albuquerque <mateus.albuquerque@gmail.com>",
        "Application to Pro'pulse",
        "2027-03-16 14:00",
        """Hello,

my civic service ended last Friday (eight months with a food bank network in Lille). I hold an MA in International Development from the University of Lisbon, awarded in November 2025, and I am looking for a project officer position in a French association.

Thank you,
Mateus Albuquerque
06 21 73 48 95""",
        app("Mateus", "Albuquerque", phone="+33621734895", bac=5, grad="2025-11", language="en", status="b_mateus_civic_service_last_friday"),
    ), read_on="2027-03-26"),
    # Feature: end_after — situation — encore un mois et demi de mission
    # ambiguous: «encore un mois et demi de mission» without saying whether the mission is an internship, a civic service or a job: both placements open
    # read: 2027-03-16 → 2027-04-23: a month and a half from 16 March ends about 30 April, still ahead
    # route: her words «encore un mois et demi de mission» → about 30 April, after 23 April; the mission's nature not told → not_internship and not_service_civique open; a licence pro of 2026 → to_verify
    N("end_after", "situation", "encore un mois et demi de mission", M(
        "Lyna Abdelkader <lyna.abdelkader@gmail.com>",
        "Pro'pulse",
        "2027-03-16 15:30",
        """Bonjour,

J'ai encore un mois et demi de mission dans une association d'aide aux devoirs, et après je serai libre. J'ai une licence pro Animation (2026). Je voudrais être accompagnée pour trouver un poste de coordinatrice périscolaire dans une asso.

Lyna Abdelkader
07 31 68 24 59""",
        app("Lyna", "Abdelkader", phone="+33731682459", bac=3, grad="2026", unknown=("not_internship", "not_service_civique"), status="b_lyna_mois_et_demi_mission"),
    ), read_on="2027-04-23"),
    # Feature: planned_steps — situation — je termine mon stage le 31 mars, puis je pars deux semaines au Portugal
    # read: 2027-03-16 → 2027-04-09: the internship ended on 31 March
    # route: his plan «je termine mon stage le 31 mars, puis je pars deux semaines au Portugal»: the internship over on 9 April; a master of September 2026 and an ESS search → eligible
    N("planned_steps", "situation", "je termine mon stage le 31 mars, puis je pars deux semaines au Portugal", M(
        "Gaétan Leprévost <gaetan.leprevost@gmail.com>",
        "Inscription",
        "2027-03-16 16:40",
        """Bonjour,

Diplômé d'un master Économie sociale et solidaire en septembre 2026, je termine mon stage le 31 mars, puis je pars deux semaines au Portugal. À mon retour je veux chercher sérieusement un poste de chargé de développement dans une coopérative.

Gaétan Leprévost
06 48 57 31 96""",
        app("Gaétan", "Leprévost", phone="+33648573196", bac=5, grad="2026-09", status="b_gaetan_stage_31_mars_portugal"),
    ), read_on="2027-04-09"),
    # Feature: later_other_mail — kind — je suis absente jusqu'au lundi 29 mars
    # read: 2027-03-16 → 2027-04-02: the return date has passed; still an out-of-office
    # route: an out-of-office (Auto-Submitted) of a partner's adviser → auto_reply
    N("later_other_mail", "kind", "je suis absente jusqu'au lundi 29 mars", M(
        "Corinne Abadie-Lenoir <c.abadie@francetravail-tarbes.example.fr>",
        "Réponse automatique : Orientation de jeunes diplômés",
        "2027-03-16 17:30",
        """Bonjour,

je suis absente jusqu'au lundi 29 mars inclus. Votre message sera traité à mon retour.

Corinne Abadie-Lenoir""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    ), read_on="2027-04-02"),
    # Feature: later_other_mail — kind — peut-on candidater avec un diplôme obtenu à l'étranger
    # read: 2027-03-16 → 2027-03-16: nothing between
    # route: a question about the programme, no personal fact → question
    N("later_other_mail", "kind", "peut-on candidater avec un diplôme obtenu à l'étranger", M(
        "Imane Sekkat <imane.sekkat@gmail.com>",
        "Question",
        "2027-03-16 19:00",
        """Bonsoir, peut-on candidater avec un diplôme obtenu à l'étranger, et faut-il une équivalence ? Merci d'avance.""",
        question(),
        html="only",
    )),
]
