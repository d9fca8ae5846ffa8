"""Backlog corpus, batch 05 (writer B): Wednesday 10 and Thursday 11 March 2027, each mail read on a day chosen
first for it (its Date's day, or one of the seven later days). Juries of late March, civic services ending
«fin mars», starts of mid-March: the mail's words count from its Date, the criteria are judged when read."""
# ruff: noqa: E501

from __future__ import annotations

from backlog import N
from kit import CV, M, app, auto_reply, newsletter, other, question, reply

MESSAGES = [
    # Feature: later_other_mail — kind — je serai de retour le lundi 15 mars
    # read: 2027-03-10 → 2027-03-22: her return date passed; still an out-of-office
    # route: an out-of-office (Auto-Submitted) of a partner's coordinator answering our mail; no applicant → auto_reply
    N("later_other_mail", "kind", "je serai de retour le lundi 15 mars", M(
        "Gwenaëlle Kerbrat <g.kerbrat@cress-bretagne.example.org>",
        "Absence : Pro'pulse - atelier réseau du 18 mars",
        "2027-03-10 08:05",
        """Bonjour,

Je suis en congés et je serai de retour le lundi 15 mars. En mon absence, vous pouvez écrire à accueil@cress-bretagne.example.org.

Bien cordialement,
Gwenaëlle Kerbrat""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    ), read_on="2027-03-22"),
    # Feature: same_day — situation — je termine mon service civique vendredi
    # read: 2027-03-10 → 2027-03-10: nothing between
    # route: her first lines, read on Wednesday 10 March: «je termine mon service civique vendredi» = Friday 12 March, still ahead on the reading day → not_service_civique fails → not_eligible
    N("same_day", "situation", "je termine mon service civique vendredi", M(
        "Noémie Castagnet <noemie.castagnet@gmail.com>",
        "inscription pro'pulse",
        "2027-03-10 09:12",
        """Bonjour,

je termine mon service civique vendredi (médiation numérique dans une maison France services) et je voudrais qu'on m'aide à trouver un vrai poste dans une asso ou une coopérative. J'ai une licence de sociologie obtenue en juin 2026 à Toulouse.

Merci d'avance !
Noémie Castagnet
06 41 87 20 39""",
        app("Noémie", "Castagnet", phone="+33641872039", bac=3, grad="2026-06", failing=("not_service_civique",), status="b_noemie_sc_vendredi"),
    )),
    # Feature: end_between — situation — ma mission se termine fin mars
    # read: 2027-03-10 → 2027-04-02: the civic service's end, «fin mars», has passed
    # route: her second paragraph: a civic service «ma mission se termine fin mars» (31 March 2027), over on 2 April; a licence pro of June 2026 and an ESS search → eligible
    N("end_between", "situation", "ma mission se termine fin mars", M(
        "Ambre Lequertier <ambre.lequertier@laposte.net>",
        "Candidature au programme Pro'pulse",
        "2027-03-10 09:40",
        """Madame, Monsieur,

Titulaire d'une licence professionnelle Coordination de projets de développement social (IUT de Rouen, juin 2026), je souhaite être accompagnée par Pro'pulse dans ma recherche d'un premier emploi de coordinatrice dans une association d'éducation populaire.

Depuis octobre, je suis volontaire en service civique à la Ligue de l'enseignement de Seine-Maritime : ma mission se termine fin mars et je serai alors entièrement disponible.

Vous trouverez mon CV en pièce jointe.

Ambre Lequertier
07 68 12 54 90""",
        app("Ambre", "Lequertier", phone="+33768125490", bac=3, grad="2026-06", status="b_ambre_sc_fin_mars"),
        cv=CV("pdf", "CV_Ambre_Lequertier.pdf", """Ambre Lequertier
Coordination de projets — éducation populaire
Licence pro Coordination de projets de développement social, IUT de Rouen, 2026
Service civique, Ligue de l'enseignement 76, octobre 2026 – mars 2027
07 68 12 54 90 — ambre.lequertier@laposte.net"""),
    ), read_on="2027-04-02"),
    # Feature: start_between — situation — mon contrat d'engagement est signé, je commence lundi 15 mars
    # read: 2027-03-10 → 2027-03-22: the certain start of Monday 15 March has come
    # route: his words «mon contrat d'engagement est signé, je commence lundi 15 mars» (a civic service), begun by 22 March and running eight months → not_service_civique fails → not_eligible
    N("start_between", "situation", "mon contrat d'engagement est signé, je commence lundi 15 mars", M(
        "Théo Marchadier <theo.marchadier@outlook.fr>",
        "Pro'pulse ?",
        "2027-03-10 10:25",
        """Bonjour

Je me permets de vous écrire car un ami a fait Pro'pulse l'an dernier. J'ai un BTS SP3S (juin 2025) et je n'ai rien trouvé depuis, alors j'ai accepté une mission de service civique de huit mois dans une épicerie solidaire : mon contrat d'engagement est signé, je commence lundi 15 mars.

Est ce que je peux quand même m'inscrire pour préparer la suite ?

Théo Marchadier — 06 19 73 42 05""",
        app("Théo", "Marchadier", phone="+33619734205", bac=2, grad="2025-06", failing=("not_service_civique",), status="b_theo_sc_lundi_15"),
    ), read_on="2027-03-22"),
    # Feature: limit_crossing — graduation — BTS ESF obtenu en mars 2025
    # read: 2027-03-10 → 2027-04-09: the reading month is April: March 2025 is now 25 months back
    # route: her second line «BTS ESF obtenu en mars 2025» (a session held in March, she says), read in April 2027 → graduation_recent fails → not_eligible
    N("limit_crossing", "graduation", "BTS ESF obtenu en mars 2025", M(
        "Sabrina Hadj-Larbi <sabrina.hadjlarbi@free.fr>",
        "demande accompagnement",
        "2027-03-10 11:02",
        """bonjour,

je m'appelle Sabrina Hadj-Larbi, BTS ESF obtenu en mars 2025 (session décalée, j'avais été malade en juin). Depuis je fais des remplacements en crèche associative et je voudrais un poste stable de conseillère en économie sociale familiale dans une asso.

merci de me dire si c'est possible
Sabrina
06 52 08 31 77""",
        app("Sabrina", "Hadj-Larbi", phone="+33652083177", bac=2, grad="2025-03", failing=("graduation_recent",), status="b_sabrina_bts_mars_2025"),
    ), read_on="2027-04-09"),
    # Feature: relative_past — graduation — j'ai eu mon master le mois dernier
    # read: 2027-03-10 → 2027-03-10: nothing between
    # route: her first sentence «j'ai eu mon master le mois dernier», counted from 10 March = February 2027; a post in a cooperative sought → eligible
    N("relative_past", "graduation", "j'ai eu mon master le mois dernier", M(
        "Lou-Anne Marcillac <louanne.marcillac@gmail.com>",
        "Jeune diplômée - accompagnement Pro'pulse",
        "2027-03-10 11:48",
        """Bonjour à toute l'équipe,

J'ai eu mon master le mois dernier (Économie sociale et solidaire, Université Grenoble Alpes, soutenance décalée à février). Je cherche un poste de chargée de développement dans une SCIC ou une CAE, idéalement en Isère.

Je suis disponible pour un entretien quand vous voulez.
Lou-Anne Marcillac
07 45 60 93 18""",
        app("Lou-Anne", "Marcillac", phone="+33745609318", bac=5, grad="2027-02", status="b_louanne_master_mois_dernier"),
    )),
    # Feature: weekdays_yearless — situation — mon stage se termine le 26
    # read: 2027-03-10 → 2027-03-22: the coming «le 26» (26 March) is still ahead
    # route: her words «mon stage se termine le 26», coming in a mail of 10 March = 26 March 2027, after 22 March → not_internship fails → not_eligible
    N("weekdays_yearless", "situation", "mon stage se termine le 26", M(
        "Inaya Bourhane <inaya.bourhane@hotmail.fr>",
        "Re-bonjour",
        "2027-03-10 13:30",
        """Bonjour,

Diplômée d'un master Action humanitaire en septembre dernier, je fais un stage de fin de parcours dans une ONG à Lyon, mon stage se termine le 26. Après je cherche un poste de chargée de projet dans une ONG ou une asso de solidarité internationale.

Pouvez-vous m'inscrire ?
Inaya Bourhane, 06 93 41 27 60""",
        app("Inaya", "Bourhane", phone="+33693412760", bac=5, grad="2026-09", failing=("not_internship",), status="b_inaya_stage_le_26"),
    ), read_on="2027-03-22"),
    # Feature: planned_steps — studies_finished — je soutiens mon mémoire le 30 mars
    # read: 2027-03-10 → 2027-04-02: the defence of 30 March has come, its result not told; the civic service of May not begun
    # route: his plan «je soutiens mon mémoire le 30 mars, puis je pars en service civique en mai»: the defence between the Date and 2 April, its outcome unknown → studies_finished open (M1 obtained); the May civic service not yet a situation → to_verify
    N("planned_steps", "studies_finished", "je soutiens mon mémoire le 30 mars", M(
        "Kylian Ostermann <kylian.ostermann@etu.unistra.example.fr>",
        "Question inscription",
        "2027-03-10 14:15",
        """Bonjour,

je suis en M2 Économie sociale et solidaire à Strasbourg. je soutiens mon mémoire le 30 mars, puis je pars en service civique en mai (6 mois, dans une ressourcerie). Après je voudrais travailler dans l'ESS pour de bon, c'est pour ça que je vous écris dès maintenant.

Kylian""",
        app("Kylian", "Ostermann", phone=None, bac=4, grad=None, unknown=("studies_finished",), status="b_kylian_soutient_30_mars"),
    ), read_on="2027-04-02"),
    # Feature: later_other_mail — kind — est-ce que les personnes en CDD peuvent participer
    # read: 2027-03-10 → 2027-03-10: nothing between
    # route: a short question about the programme, no fact of her own → question
    N("later_other_mail", "kind", "est-ce que les personnes en CDD peuvent participer", M(
        "c.dubreuil-ansart@orange.fr",
        "petite question",
        "2027-03-10 15:00",
        """Bonjour, est-ce que les personnes en CDD peuvent participer à Pro'pulse, ou faut-il être sans emploi ? Et les ateliers ont lieu en semaine ou le soir ? Merci""",
        question(),
        html="only",
    )),
    # Feature: english_later — situation — my internship ends next Friday
    # read: 2027-03-10 → 2027-03-22: «next Friday» (19 March at the latest) has passed
    # route: her first paragraph «my internship ends next Friday», counted from Wednesday 10 March (12 or 19 March), over on 22 March; an MSc of September 2026 and an NGO post sought → eligible
    N("english_later", "situation", "my internship ends next Friday", M(
        "Chiamaka Eze-Nwankwo <chiamaka.ezenwankwo@gmail.com>",
        "Application - Pro'pulse programme",
        "2027-03-10 16:20",
        """Hello,

I hope you are well. my internship ends next Friday at a refugee support association in Paris, and I would like to join Pro'pulse to find my first job in the non-profit sector in France.

I hold an MSc in Migration Studies from the University of Sussex (September 2026).

Kind regards,
Chiamaka Eze-Nwankwo
+44 7700 914 362""",
        app("Chiamaka", "Eze-Nwankwo", phone="+447700914362", bac=5, grad="2026-09", language="en", status="b_chiamaka_internship_next_friday"),
    ), read_on="2027-03-22"),
    # Feature: result_between — studies_finished — le jury de diplôme se réunit le 25 mars
    # read: 2027-03-10 → 2027-04-02: the jury of 25 March has sat, its decision not told to us
    # route: her words «le jury de diplôme se réunit le 25 mars» for the DEES, between the Date and 2 April: the outcome unknown → studies_finished open, graduation null (a BTS obtained before) → to_verify
    N("result_between", "studies_finished", "le jury de diplôme se réunit le 25 mars", M(
        "Yousra El Ghazouani <yousra.elghazouani@gmail.com>",
        "Pro'pulse - éducatrice spécialisée",
        "2027-03-10 17:05",
        """Bonjour,

Je termine ma formation d'éducatrice spécialisée (DEES) à l'IRTS de Montpellier : tous mes écrits et oraux sont passés, le jury de diplôme se réunit le 25 mars. J'ai déjà un BTS ESF.

Je cherche un poste dans une association de protection de l'enfance ou de prévention spécialisée.

Yousra El Ghazouani
06 30 58 14 72""",
        app("Yousra", "El Ghazouani", phone="+33630581472", bac=2, grad=None, unknown=("studies_finished",), status="b_yousra_jury_25_mars"),
    ), read_on="2027-04-02"),
    # Feature: same_day — studies_finished — je soutiens le 24 mars
    # read: 2027-03-10 → 2027-03-10: nothing between
    # route: his line «je soutiens le 24 mars», a defence still ahead on the reading day: an exam of the master not yet taken (M1 held), studies not finished → studies_finished fails → not_eligible
    N("same_day", "studies_finished", "je soutiens le 24 mars", M(
        "Aurélien Bocquillon <aurelien.bocquillon@gmail.com>",
        "Inscription",
        "2027-03-10 18:40",
        """Bonjour,

Étudiant en master 2 Management des organisations de l'ESS (Lille), je soutiens le 24 mars. Je souhaite anticiper ma recherche d'emploi : chargé de mission dans une fédération associative ou une mutuelle.

Aurélien Bocquillon
06 84 27 19 53""",
        app("Aurélien", "Bocquillon", phone="+33684271953", bac=4, grad=None, failing=("studies_finished",), status="b_aurelien_soutient_24_mars"),
    )),
    # Feature: later_other_mail — kind — La lettre de l'ESS en Bretagne
    # read: 2027-03-10 → 2027-03-26: a newsletter whose events are past; still a newsletter
    # route: a regional chamber's monthly newsletter (List-Unsubscribe), its job offers and agenda nobody's application → newsletter
    N("later_other_mail", "kind", "La lettre de l'ESS en Bretagne", M(
        "CRESS Bretagne <lettre@cress-bretagne.example.org>",
        "La lettre de l'ESS en Bretagne - mars 2027",
        "2027-03-10 20:00",
        """La lettre de l'ESS en Bretagne — mars 2027

Agenda : Mois de l'ESS jeunesse, forum emploi le 18 mars à Rennes (Halle Martenot), inscriptions ouvertes.
Offres : chargé·e d'accompagnement (CAE, Brest, bac+3, débutant·e accepté·e) ; animateur·ice jardin partagé (Vannes).
Portrait : trois jeunes diplômées racontent leur premier poste dans une SCOP.

Se désinscrire : https://cress-bretagne.example.org/lettre/desinscription""",
        newsletter(),
        headers={"List-Unsubscribe": "<https://cress-bretagne.example.org/lettre/desinscription>", "Precedence": "bulk"},
    ), read_on="2027-03-26"),
    # Feature: written_for_later — situation — il termine son service civique fin avril
    # read: 2027-03-11 → 2027-03-22: «fin avril» still ahead
    # route: a mother presents her son (his own address and phone given): «il termine son service civique fin avril», held on 22 March; a licence of 2026 → not_service_civique fails → not_eligible, forwarded_by the mother
    N("written_for_later", "situation", "il termine son service civique fin avril", M(
        "Martine Delahaye <martine.delahaye58@orange.fr>",
        "Pour mon fils Baptiste",
        "2027-03-11 08:30",
        """Bonjour Madame, Monsieur,

Je me permets de vous écrire pour mon fils, Baptiste Ruaux, qui a obtenu une licence de géographie en juin 2026. il termine son service civique fin avril dans une association de protection de l'environnement et il aimerait beaucoup continuer dans ce milieu.

Il n'est pas très à l'aise pour écrire, mais vous pouvez le joindre directement : baptiste.ruaux@gmail.com, 07 52 36 80 14.

Merci de votre attention,
Martine Delahaye""",
        app("Baptiste", "Ruaux", phone="+33752368014", bac=3, grad="2026-06", failing=("not_service_civique",), email="baptiste.ruaux@gmail.com", forwarded_by="martine.delahaye58@orange.fr", status="b_baptiste_sc_fin_avril_maman"),
    ), read_on="2027-03-22"),
    # Feature: limit_crossing — graduation — licence validée en mai 2025
    # read: 2027-03-11 → 2027-04-16: read in April, May 2025 is 23 months back
    # route: her CV and body «licence validée en mai 2025», read in April 2027 → 23 months, graduation_recent meets; a post in an association of solidarity sought → eligible
    N("limit_crossing", "graduation", "licence validée en mai 2025", M(
        "Maëlys Tonnelier <maelys.tonnelier@yahoo.fr>",
        "Candidature - Pro'pulse",
        "2027-03-11 09:05",
        """Bonjour,

J'ai une licence validée en mai 2025 (Administration économique et sociale, Université d'Angers), suivie de quelques missions d'intérim. Je souhaite désormais travailler dans une association d'insertion ou une entreprise adaptée, côté administratif et RH.

Mon CV est joint.

Maëlys Tonnelier
06 07 84 52 91""",
        app("Maëlys", "Tonnelier", phone="+33607845291", bac=3, grad="2025-05", status="b_maelys_licence_mai_2025"),
        cv=CV("docx", "CV-Maelys-Tonnelier.docx", """Maëlys Tonnelier
Licence AES — Université d'Angers — licence validée en mai 2025
Missions d'intérim : assistante administrative (2025-2026)
Objectif : assistante RH dans une structure d'insertion"""),
    ), read_on="2027-04-16"),
    # Feature: end_after — situation — encore six semaines de stage
    # read: 2027-03-11 → 2027-04-16: six weeks from 11 March end on 22 April, still ahead
    # route: his words «encore six semaines de stage» counted from 11 March end about 22 April, after 16 April → not_internship fails; «après huit ans comme aide-soignant» before his licence pro of September 2026, taken to change trades → not_career_change fails → not_eligible
    N("end_after", "situation", "encore six semaines de stage", M(
        "Rodrigue Mabiala <rodrigue.mabiala@laposte.net>",
        "Inscription programme",
        "2027-03-11 09:50",
        """Bonjour,

après huit ans comme aide-soignant en EHPAD, j'ai repris une licence pro Intervention sociale pour changer de métier, obtenue en septembre 2026. Pour compléter, j'ai encore six semaines de stage dans un CHRS, et ensuite je voudrais travailler comme intervenant social dans une association.

Bonne journée,
Rodrigue Mabiala
06 71 09 45 28""",
        app("Rodrigue", "Mabiala", phone="+33671094528", bac=3, grad="2026-09", failing=("not_internship", "not_career_change"), status="b_rodrigue_six_semaines_stage"),
    ), read_on="2027-04-16"),
    # Feature: start_between — situation — je devrais commencer une mission de service civique le 1er avril, si tout va bien
    # read: 2027-03-11 → 2027-04-09: the hoped start of 1 April has come; whether it happened is not told
    # route: her words «je devrais commencer une mission de service civique le 1er avril, si tout va bien» — a start only hoped, falling before 9 April → not_service_civique open; a DUT of 2026 → to_verify
    N("start_between", "situation", "je devrais commencer une mission de service civique le 1er avril, si tout va bien", M(
        "Célestine Ravelojaona <celestine.ravelo@gmail.com>",
        "Pro'pulse - renseignements et inscription",
        "2027-03-11 10:40",
        """Bonjour,

J'ai un DUT Carrières sociales (juin 2026). Je cherche un emploi d'animatrice dans une structure de l'ESS mais c'est long, donc je devrais commencer une mission de service civique le 1er avril, si tout va bien (le dossier est en attente à l'agence).

Je voudrais savoir si je peux être accompagnée par Pro'pulse.

Célestine Ravelojaona
07 62 18 90 43""",
        app("Célestine", "Ravelojaona", phone="+33762189043", bac=2, grad="2026-06", unknown=("not_service_civique",), status="b_celestine_sc_si_tout_va_bien"),
    ), read_on="2027-04-09"),
    # Feature: later_other_mail — kind — je confirme ma présence à la réunion
    # read: 2027-03-11 → 2027-03-22: the meeting she confirms is past; still a reply
    # route: a reply in our thread (In-Reply-To <…@animafac.net>, our invitation quoted) confirming a meeting → reply
    N("later_other_mail", "kind", "je confirme ma présence à la réunion", M(
        "Priscillia Nkounkou <priscillia.nkounkou@gmail.com>",
        "Re: Réunion d'information Pro'pulse du 17 mars",
        "2027-03-11 11:20",
        """Bonjour,

je confirme ma présence à la réunion du 17 mars. Je viendrai avec une amie si c'est possible.

Priscillia

Le mar. 9 mars 2027 à 14:02, Pro'pulse <propulse@animafac.net> a écrit :
> Bonjour Priscillia,
> Suite à votre inscription, nous vous invitons à la réunion d'information du mercredi 17 mars à 18 h.
> L'équipe Pro'pulse""",
        reply(),
        headers={"In-Reply-To": "<reunion-2027-03-09-1402@animafac.net>", "References": "<reunion-2027-03-09-1402@animafac.net>"},
    ), read_on="2027-03-22"),
    # Feature: relative_past — graduation — j'ai eu mon BTS il y a environ deux ans
    # ambiguous: «il y a environ deux ans» from 11 March 2027 is early 2025 or late 2024 with no month: whether the limit is met is open
    # read: 2027-03-11 → 2027-03-11: nothing between
    # route: his words «j'ai eu mon BTS il y a environ deux ans», counted from the Date: 2025 at best, no month → graduation 2025 alone, graduation_recent open; an ESS post sought → to_verify
    N("relative_past", "graduation", "j'ai eu mon BTS il y a environ deux ans", M(
        "Sékou Traoré-Lambert <sekou.traorelambert@gmail.com>",
        "demande d'info",
        "2027-03-11 12:10",
        """Salut,

j'ai eu mon BTS il y a environ deux ans (BTS Gestion de la PME), depuis j'ai fait de la livraison. J'aimerais bosser dans une coopérative ou une asso, en gestion ou compta. Vous pensez que Pro'pulse c'est pour moi ?

Sékou
07 49 26 51 08""",
        app("Sékou", "Traoré-Lambert", phone="+33749265108", bac=2, grad="2025", unknown=("graduation_recent",), status="b_sekou_bts_environ_deux_ans"),
    )),
    # Feature: weekdays_yearless — situation — mon stage s'est terminé le 26
    # read: 2027-03-11 → 2027-03-11: nothing between
    # route: her words «mon stage s'est terminé le 26», past in a mail of 11 March = 26 February 2027, over; a master of July 2026 and a social-housing association sought → eligible
    N("weekdays_yearless", "situation", "mon stage s'est terminé le 26", M(
        "Héloïse Vandamme <heloise.vandamme@free.fr>",
        "Demande d'accompagnement",
        "2027-03-11 14:00",
        """Bonjour,

Diplômée d'un master Urbanisme et habitat (juillet 2026), j'ai enchaîné sur un stage complémentaire dans une association d'insertion par le logement ; mon stage s'est terminé le 26 et je cherche maintenant un poste de chargée de mission habitat dans une association ou une SCIC.

Bien à vous,
Héloïse Vandamme
06 28 75 13 64""",
        app("Héloïse", "Vandamme", phone="+33628751364", bac=5, grad="2026-07", status="b_heloise_stage_termine_le_26"),
    )),
    # Feature: english_later — situation — I should be starting an internship on Monday
    # ambiguous: a Diploma in Community Development of a Ghanaian college, its length not told: its level is open
    # read: 2027-03-11 → 2027-03-22: Monday 15 March has come; whether the hoped internship began is not told
    # route: his words «I should be starting an internship on Monday, if the agreement is signed in time», a start only hoped, before 22 March → not_internship open; a diploma of unknown level → degree_level open → to_verify
    N("english_later", "situation", "I should be starting an internship on Monday", M(
        "Kwabena Asante-Mensah <kwabena.asante@gmail.com>",
        "Pro'pulse - joining the programme",
        "2027-03-11 15:30",
        """Dear Pro'pulse team,

I moved to Lille last year and I am looking for work in the social economy. I have a Diploma in Community Development from a college in Kumasi, Ghana (2026).

I should be starting an internship on Monday, if the agreement is signed in time, at a community garden association. Could I still join the programme?

Best regards,
Kwabena Asante-Mensah
07 58 92 36 14""",
        app("Kwabena", "Asante-Mensah", phone="+33758923614", bac=None, grad="2026", unknown=("degree_level", "not_internship"), language="en", status="b_kwabena_internship_should_start_monday"),
    ), read_on="2027-03-22"),
    # Feature: planned_steps — studies_finished — je passe le jury en juin, et mon alternance se termine fin août
    # read: 2027-03-11 → 2027-04-23: both steps still ahead on 23 April
    # route: his plan «je passe le jury en juin, et mon alternance se termine fin août»: the licence pro still ahead with the alternance running → studies_finished fails (an alternant is a student) → not_eligible
    N("planned_steps", "studies_finished", "je passe le jury en juin, et mon alternance se termine fin août", M(
        "Matthias Ferrandini <matthias.ferrandini@gmail.com>",
        "Inscription Pro'pulse",
        "2027-03-11 16:10",
        """Bonjour,

Je suis en licence pro Gestion des structures de l'ESS en alternance dans une mutuelle à Marseille. je passe le jury en juin, et mon alternance se termine fin août. J'aimerais être accompagné pour la suite, idéalement rester dans le monde mutualiste.

Matthias Ferrandini
06 36 81 07 52""",
        app("Matthias", "Ferrandini", phone="+33636810752", bac="*", grad=None, failing=("studies_finished",), status="b_matthias_jury_juin_alternance_aout"),
    ), read_on="2027-04-23"),
    # Feature: later_other_mail — kind — Is the programme open to graduates with a foreign degree
    # read: 2027-03-11 → 2027-04-02: a question about the programme; no fact changes with the day
    # route: a general question in English, no fact of the writer's own → question
    N("later_other_mail", "kind", "Is the programme open to graduates with a foreign degree", M(
        "Elif Karadeniz <elif.karadeniz@gmail.com>",
        "Question about Pro'pulse",
        "2027-03-11 17:00",
        """Hi,

Is the programme open to graduates with a foreign degree, and are the workshops held in French only? Thank you for letting me know.

Elif""",
        question(language="en"),
    ), read_on="2027-04-02"),
    # Feature: later_other_mail — kind — Forum des métiers de l'ESS jeudi 18 mars
    # read: 2027-03-11 → 2027-03-26: the forum of 18 March is past; still an invitation
    # route: a partner's invitation to its forum for our participants; no applicant → other
    N("later_other_mail", "kind", "Forum des métiers de l'ESS jeudi 18 mars", M(
        "Maison de l'emploi de Cergy <evenements@mde-cergy.example.fr>",
        "Invitation : Forum des métiers de l'ESS jeudi 18 mars",
        "2027-03-11 17:45",
        """Bonjour l'équipe Pro'pulse,

Nous organisons le Forum des métiers de l'ESS jeudi 18 mars, de 10 h à 17 h, à la Maison de l'emploi de Cergy. Une vingtaine d'employeurs (associations, SCOP, entreprises d'insertion) seront présents. N'hésitez pas à relayer l'invitation auprès de vos participant·es.

Bien cordialement,
Le pôle événements""",
        other(),
    ), read_on="2027-03-26"),
    # Feature: end_between — situation — dernier jour de stage vendredi prochain
    # read: 2027-03-11 → 2027-03-22: «vendredi prochain» (19 March at the latest) has passed
    # route: her words «dernier jour de stage vendredi prochain», from Thursday 11 March (12 or 19 March), over on 22 March; a licence pro of June 2026 and an ESS search → eligible
    N("end_between", "situation", "dernier jour de stage vendredi prochain", M(
        "Oriane Le Gall-Sanou <oriane.legallsanou@gmail.com>",
        "Pro'pulse",
        "2027-03-11 18:30",
        """Bonjour !

Dernier jour de stage vendredi prochain (stage hors cursus dans une recyclerie, proposé par la Mission locale), et ensuite je suis à 100 % sur ma recherche d'emploi. J'ai une licence pro Métiers de l'animation sociale depuis juin 2026, je cherche un poste d'animatrice en asso ou en centre social.

Merci !
Oriane Le Gall-Sanou
06 49 13 87 25""",
        app("Oriane", "Le Gall-Sanou", phone="+33649138725", bac=3, grad="2026-06", status="b_oriane_stage_vendredi_prochain"),
    ), read_on="2027-03-22"),
]
