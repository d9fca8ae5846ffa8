"""Backlog corpus, batch 06 (writer B): Friday 12 to Sunday 14 March 2027 (few on the weekend), each mail read
on a day chosen first for it. «Lundi prochain», «mardi 16», «jeudi 25», "last month", referrals of an adviser
and a father: the mail's words count from its Date, the criteria are judged when read."""
# ruff: noqa: E501

from __future__ import annotations

from backlog import N
from kit import CV, M, app, auto_reply, bounce, newsletter, other, question, reply

MESSAGES = [
    # Feature: same_day — situation — mon stage se termine lundi prochain
    # read: 2027-03-12 → 2027-03-12: nothing between
    # route: his words «mon stage se termine lundi prochain» (15 or 22 March), ahead on Friday 12 March → not_internship fails; «un cabinet de conseil en stratégie» sought → job_seeking_ess fails → not_eligible
    N("same_day", "situation", "mon stage se termine lundi prochain", M(
        "Enzo Pagliarini <enzo.pagliarini@gmail.com>",
        "Candidature",
        "2027-03-12 08:20",
        """Bonjour,

Diplômé d'un master Finance d'entreprise (septembre 2026), mon stage se termine lundi prochain. Je vise un cabinet de conseil en stratégie ou un fonds d'investissement, et un ami m'a dit que vous aidiez les jeunes diplômés à décrocher un premier poste.

Cordialement,
Enzo Pagliarini
06 58 20 47 13""",
        app("Enzo", "Pagliarini", phone="+33658204713", bac=5, grad="2026-09", failing=("not_internship", "job_seeking_ess"), status="b_enzo_stage_lundi_prochain_conseil"),
    )),
    # Feature: end_between — situation — ma mission de service civique s'arrête le 20 mars
    # read: 2027-03-12 → 2027-03-26: the civic service's end of 20 March has passed
    # route: her words «ma mission de service civique s'arrête le 20 mars», over on 26 March; a licence of June 2026 and a post in a food-aid association sought → eligible
    N("end_between", "situation", "ma mission de service civique s'arrête le 20 mars", M(
        "Clervie Monjaret <clervie.monjaret@orange.fr>",
        "Inscription Pro'pulse",
        "2027-03-12 09:00",
        """Bonjour,

ma mission de service civique s'arrête le 20 mars (aide alimentaire aux étudiants, Restos du Cœur de Quimper). J'ai une licence Sciences de l'éducation obtenue en juin 2026 et j'aimerais devenir coordinatrice de bénévoles dans une association.

Clervie Monjaret
06 86 34 12 97""",
        app("Clervie", "Monjaret", phone="+33686341297", bac=3, grad="2026-06", status="b_clervie_sc_20_mars"),
    ), read_on="2027-03-26"),
    # Feature: written_for_later — studies_finished — il termine son alternance dans un mois
    # read: 2027-03-12 → 2027-03-12: nothing between
    # route: a Mission locale adviser presents a young man (his own address and phone given): «il termine son alternance dans un mois», the licence pro after it → studies_finished fails (an alternant is a student) → not_eligible, forwarded_by the adviser
    N("written_for_later", "studies_finished", "il termine son alternance dans un mois", M(
        "Nadège Fouquereau <n.fouquereau@ml-orleans.example.fr>",
        "Orientation vers Pro'pulse - M. Lukas Brandão",
        "2027-03-12 09:45",
        """Bonjour,

Je vous oriente M. Lukas Brandão, que j'accompagne depuis deux ans. Il prépare une licence pro Gestion des organisations de l'ESS : il termine son alternance dans un mois, et le diplôme suivra. Il souhaite rester dans une association employeuse.

Ses coordonnées : lukas.brandao@gmail.com, 07 41 63 28 05.

Bien cordialement,
Nadège Fouquereau
Conseillère, Mission locale d'Orléans — 02 38 00 00 00""",
        app("Lukas", "Brandão", phone="+33741632805", bac="*", grad=None, failing=("studies_finished",), email="lukas.brandao@gmail.com", forwarded_by="n.fouquereau@ml-orleans.example.fr", status="b_lukas_alternance_un_mois_conseillere"),
    )),
    # Feature: english_later — graduation — I completed my Master's last month
    # read: 2027-03-12 → 2027-03-22: nothing that changes the month: «last month» stays February
    # route: her first line «I completed my Master's last month», counted from 12 March = February 2027; a job in a social enterprise sought → eligible
    N("english_later", "graduation", "I completed my Master's last month", M(
        "Ingrid Haugland <ingrid.haugland@gmail.com>",
        "Joining Pro'pulse",
        "2027-03-12 10:30",
        """Hello,

I completed my Master's last month (Social Entrepreneurship, University of Bergen, one semester of which in Lyon) and I have settled in Lyon. I am looking for a first job in a social enterprise or a cooperative, ideally in project management.

My CV is attached. I speak French at B2 level.

Best,
Ingrid Haugland
+47 412 58 306""",
        app("Ingrid", "Haugland", phone="+4741258306", bac=5, grad="2027-02", language="en", status="b_ingrid_masters_last_month"),
        cv=CV("pdf", "Ingrid_Haugland_CV.pdf", """Ingrid Haugland
MSc Social Entrepreneurship — University of Bergen — completed February 2027
Exchange semester, Sciences Po Lyon
Volunteer, Red Cross youth (2021-2025)"""),
    ), read_on="2027-03-22"),
    # Feature: limit_crossing — graduation — j'ai eu mon master en 2025
    # ambiguous: a master of 2025 with no month, and six years in catering before it not said to be left for a new trade: both the limit and the career change are open
    # read: 2027-03-12 → 2027-03-12: nothing between
    # route: his words «j'ai eu mon master en 2025» → graduation 2025 alone, open in March 2027; «six ans dans la restauration» before his studies → not_career_change open → to_verify
    N("limit_crossing", "graduation", "j'ai eu mon master en 2025", M(
        "Grégoire Antunes-Vidal <gregoire.antunesvidal@gmail.com>",
        "Demande",
        "2027-03-12 11:15",
        """Bonjour,

J'ai travaillé six ans dans la restauration puis j'ai repris mes études : j'ai eu mon master en 2025 (Développement durable et territoires). Je cherche un poste de chargé de projet transition écologique dans une association ou une collectivité partenaire de l'ESS.

Grégoire Antunes-Vidal
06 14 92 58 37""",
        app("Grégoire", "Antunes-Vidal", phone="+33614925837", bac=5, grad="2025", unknown=("graduation_recent", "not_career_change"), status="b_gregoire_master_2025"),
    )),
    # Feature: end_after — situation — mon service civique court jusqu'à fin mai
    # read: 2027-03-12 → 2027-03-12: nothing between
    # route: her words «mon service civique court jusqu'à fin mai», held on the reading day → not_service_civique fails; a bac pro SAPAT alone → degree_level fails → not_eligible
    N("end_after", "situation", "mon service civique court jusqu'à fin mai", M(
        "Shaïna Mouhoubi <shaina.mouhoubi@hotmail.com>",
        "Pro'pulse",
        "2027-03-12 12:00",
        """Bonjour,

J'ai un bac pro SAPAT (2024) et mon service civique court jusqu'à fin mai dans un accueil de jour. Je voudrais ensuite travailler dans l'aide à domicile en association. Est-ce que Pro'pulse peut m'aider ?

Shaïna
07 53 21 09 84""",
        app("Shaïna", "Mouhoubi", phone="+33753210984", bac=0, grad="2024", failing=("degree_level", "graduation_recent", "not_service_civique"), status="b_shaina_sc_fin_mai_bac_pro"),
    )),
    # Feature: result_between — studies_finished — les résultats sont annoncés le 2 avril
    # read: 2027-03-12 → 2027-04-09: the results of 2 April are out but not told to us
    # route: her words «les résultats sont annoncés le 2 avril» for her M2, between the Date and 9 April: outcome unknown → studies_finished open (M1 held) → to_verify
    N("result_between", "studies_finished", "les résultats sont annoncés le 2 avril", M(
        "Anouk Verhaeghe <anouk.verhaeghe@univ-lille.example.fr>",
        "Candidature Pro'pulse — Anouk Verhaeghe",
        "2027-03-12 13:20",
        """Bonjour,

Je viens de rendre mon mémoire de M2 Politiques sociales et développement territorial ; les résultats sont annoncés le 2 avril. Je cherche un poste de chargée d'études dans une fédération ou un réseau associatif.

Anouk Verhaeghe
06 97 36 40 15""",
        app("Anouk", "Verhaeghe", phone="+33697364015", bac=4, grad=None, unknown=("studies_finished",), status="b_anouk_resultats_2_avril"),
    ), read_on="2027-04-09"),
    # Feature: later_other_mail — kind — faut-il habiter en Île-de-France
    # read: 2027-03-12 → 2027-03-12: nothing between
    # route: a question about the programme, no personal fact → question
    N("later_other_mail", "kind", "faut-il habiter en Île-de-France", M(
        "Jordan Ekwalla <jordan.ekwalla@gmail.com>",
        "Question sur le programme",
        "2027-03-12 14:00",
        """Bonjour,

Pour participer à Pro'pulse, faut-il habiter en Île-de-France ou est-ce que tout se fait à distance ? Combien de temps dure l'accompagnement ?

Merci,
Jordan""",
        question(),
        html="only",
    )),
    # Feature: weekdays_yearless — situation — je termine mon stage mardi 16
    # read: 2027-03-12 → 2027-03-22: Tuesday 16 March has passed
    # route: her words «je termine mon stage mardi 16» = Tuesday 16 March 2027, over on 22 March; a licence pro of 2026 and a job in a solidarity grocery network sought → eligible
    N("weekdays_yearless", "situation", "je termine mon stage mardi 16", M(
        "Mélodie Garnier-Fofana <melodie.garnierfofana@gmail.com>",
        "Demande d'inscription",
        "2027-03-12 14:40",
        """Bonjour,

J'ai obtenu ma licence pro Commerce et distribution, parcours économie solidaire, en septembre 2026, et je termine mon stage mardi 16 au réseau des épiceries solidaires. Je voudrais y rester, ou ailleurs dans l'ESS, sur un poste de coordinatrice d'approvisionnement.

Mélodie Garnier-Fofana
07 80 46 23 91""",
        app("Mélodie", "Garnier-Fofana", phone="+33780462391", bac=3, grad="2026-09", status="b_melodie_stage_mardi_16"),
    ), read_on="2027-03-22"),
    # Feature: start_between — situation — convention signée, début lundi prochain
    # read: 2027-03-12 → 2027-03-22: the certain start of Monday 15 March (22 at the latest) has come
    # route: his words «convention signée, début lundi prochain» for a six-month internship, begun by 22 March → not_internship fails → not_eligible
    N("start_between", "situation", "convention signée, début lundi prochain", M(
        "Ilyès Bensaïd <ilyes.bensaid@outlook.fr>",
        "Info Pro'pulse",
        "2027-03-12 15:30",
        """Bonjour,

Petite question : j'ai un master Droit de l'économie sociale (2026) et je viens de trouver un stage de six mois dans une fondation, convention signée, début lundi prochain. Est-ce que je peux m'inscrire à Pro'pulse maintenant pour être accompagné pendant le stage ?

Ilyès Bensaïd
06 23 58 79 41""",
        app("Ilyès", "Bensaïd", phone="+33623587941", bac=5, grad="2026", failing=("not_internship",), status="b_ilyes_convention_lundi_prochain"),
    ), read_on="2027-03-22"),
    # Feature: same_day — situation — mon contrat de service civique s'est terminé hier
    # read: 2027-03-12 → 2027-03-12: nothing between
    # route: her words «mon contrat de service civique s'est terminé hier» (11 March), over; a licence of June 2026 and an ESS search → eligible
    N("same_day", "situation", "mon contrat de service civique s'est terminé hier", M(
        "Capucine Belhomme <capucine.belhomme@laposte.net>",
        "Je souhaite rejoindre Pro'pulse",
        "2027-03-12 16:10",
        """Bonjour,

mon contrat de service civique s'est terminé hier (huit mois dans une association de lutte contre l'illettrisme) et je me lance dans la recherche d'emploi. J'ai une licence de lettres modernes (juin 2026) et je vise un poste de formatrice ou coordinatrice dans une association.

Capucine Belhomme
06 70 52 84 36""",
        app("Capucine", "Belhomme", phone="+33670528436", bac=3, grad="2026-06", status="b_capucine_sc_termine_hier"),
    )),
    # Feature: later_other_mail — kind — Je suis de retour le lundi 22 mars
    # read: 2027-03-12 → 2027-03-26: the return date has passed; still an out-of-office
    # route: an out-of-office (Auto-Submitted) of an employer's HR officer answering our mail → auto_reply
    N("later_other_mail", "kind", "Je suis de retour le lundi 22 mars", M(
        "Fabienne Rouquette <f.rouquette@scop-batisolidaire.example.fr>",
        "Réponse automatique : Stage découverte pour nos participant·es",
        "2027-03-12 17:00",
        """Bonjour,

Je suis de retour le lundi 22 mars. Pour les questions de recrutement urgentes, écrivez à rh@scop-batisolidaire.example.fr.

Fabienne Rouquette""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    ), read_on="2027-03-26"),
    # Feature: relative_past — graduation — j'ai terminé mon master il y a trois semaines
    # read: 2027-03-12 → 2027-03-12: nothing between
    # route: her words «j'ai terminé mon master il y a trois semaines — diplôme en poche», counted from 12 March = February 2027; a post in an association of mediation sought → eligible
    N("relative_past", "graduation", "j'ai terminé mon master il y a trois semaines", M(
        "Tiphaine Mbappé-Lorieux <tiphaine.mbappelorieux@gmail.com>",
        "Nouvelle candidate",
        "2027-03-12 18:00",
        """Coucou l'équipe !

j'ai terminé mon master il y a trois semaines, diplôme en poche (Médiation culturelle, Paris 3). Je cherche un poste de médiatrice dans une asso culturelle ou un tiers-lieu.

Tiphaine
07 64 18 35 02""",
        app("Tiphaine", "Mbappé-Lorieux", phone="+33764183502", bac=5, grad="2027-02", status="b_tiphaine_master_trois_semaines"),
    )),
    # Feature: end_between — situation — ils m'ont prolongée jusqu'au 30 avril
    # read: 2027-03-12 → 2027-03-26: the first end (19 March) has passed, the extension's has not
    # route: her words «mon stage devait finir le 19 mars, mais ils m'ont prolongée jusqu'au 30 avril»: the extension wins, held on 26 March → not_internship fails → not_eligible
    N("end_between", "situation", "ils m'ont prolongée jusqu'au 30 avril", M(
        "Zélie Aubagnac <zelie.aubagnac@gmail.com>",
        "Re-candidature",
        "2027-03-12 18:45",
        """Bonjour,

Je vous avais écrit en février. Changement de programme : mon stage devait finir le 19 mars, mais ils m'ont prolongée jusqu'au 30 avril. J'ai toujours mon master de sociologie (2026) et je veux toujours travailler dans une association de quartier après.

Zélie Aubagnac
06 45 73 26 18""",
        app("Zélie", "Aubagnac", phone="+33645732618", bac=5, grad="2026", failing=("not_internship",), status="b_zelie_prolongee_30_avril"),
    ), read_on="2027-03-26"),
    # Feature: end_after — situation — il me reste trois semaines de stage
    # read: 2027-03-12 → 2027-03-22: three weeks from 12 March end on 2 April, still ahead
    # route: his words «il me reste trois semaines de stage» → about 2 April, after 22 March → not_internship fails; «quinze ans de métier de cuisinier» left for a new trade → not_career_change fails → not_eligible
    N("end_after", "situation", "il me reste trois semaines de stage", M(
        "Hervé Lavergnat <herve.lavergnat@free.fr>",
        "Inscription Pro'pulse",
        "2027-03-12 19:30",
        """Bonsoir,

Après quinze ans de métier de cuisinier, j'ai tout changé : DEJEPS animation sociale obtenu en décembre 2026, et il me reste trois semaines de stage dans un centre social avant de chercher un poste de coordinateur.

Hervé Lavergnat
06 92 47 15 30""",
        app("Hervé", "Lavergnat", phone="+33692471530", bac=2, grad="2026-12", failing=("not_internship", "not_career_change"), status="b_herve_trois_semaines_stage"),
    ), read_on="2027-03-22"),
    # Feature: later_other_mail — kind — c'est noté pour le rendez-vous de mardi
    # read: 2027-03-13 → 2027-03-22: the appointment she confirms is past; still a reply
    # route: a reply in our thread (In-Reply-To <…@animafac.net>, our mail quoted) confirming an appointment → reply
    N("later_other_mail", "kind", "c'est noté pour le rendez-vous de mardi", M(
        "Laurine Cheikh <laurine.cheikh@gmail.com>",
        "Re: Premier rendez-vous Pro'pulse",
        "2027-03-13 10:30",
        """Bonjour,

c'est noté pour le rendez-vous de mardi à 10 h, en visio. Merci !

Laurine

Le ven. 12 mars 2027 à 16:40, Pro'pulse <propulse@animafac.net> a écrit :
> Bonjour Laurine,
> Nous vous proposons un premier rendez-vous mardi 16 mars à 10 h en visio.
> L'équipe Pro'pulse""",
        reply(),
        headers={"In-Reply-To": "<rdv-2027-03-12-1640@animafac.net>", "References": "<rdv-2027-03-12-1640@animafac.net>"},
    ), read_on="2027-03-22"),
    # Feature: limit_crossing — graduation — diplômée en avril 2025
    # read: 2027-03-13 → 2027-04-30: read in April, April 2025 is exactly 24 months back
    # route: her words «diplômée en avril 2025» (a licence pro in continuing education), read in April 2027 → 24 months, graduation_recent meets; a post in an association sought → eligible
    N("limit_crossing", "graduation", "diplômée en avril 2025", M(
        "Bérénice Ollagnier <berenice.ollagnier@gmail.com>",
        "Pro'pulse - candidature",
        "2027-03-13 11:40",
        """Bonjour,

Je suis diplômée en avril 2025 d'une licence pro Métiers de la gestion associative (en formation continue, le jury était au printemps). Je cherche un poste de gestionnaire administrative dans une association du secteur médico-social.

Bérénice Ollagnier
06 31 84 70 26""",
        app("Bérénice", "Ollagnier", phone="+33631847026", bac=3, grad="2025-04", status="b_berenice_avril_2025"),
        html="only",
    ), read_on="2027-04-30"),
    # Feature: planned_steps — studies_finished — je soutiens mon mémoire le 15 avril
    # read: 2027-03-13 → 2027-04-16: the civic service ended on 31 March; the defence of 15 April has come, its result not told
    # route: his plan «je finis mon service civique le 31 mars, et je soutiens mon mémoire le 15 avril»: the civic service over, the defence between the Date and 16 April → studies_finished open (M1 held) → to_verify
    N("planned_steps", "studies_finished", "je soutiens mon mémoire le 15 avril", M(
        "Anatole Diakhaté <anatole.diakhate@gmail.com>",
        "inscription",
        "2027-03-13 15:00",
        """Bonjour,

Mon planning : je finis mon service civique le 31 mars, et je soutiens mon mémoire le 15 avril (M2 Sciences politiques, parcours action publique). Ensuite je cherche un emploi dans une association de plaidoyer ou une ONG.

Anatole Diakhaté
07 37 82 64 19""",
        app("Anatole", "Diakhaté", phone="+33737826419", bac=4, grad=None, unknown=("studies_finished",), status="b_anatole_sc_31_mars_memoire_15_avril"),
    ), read_on="2027-04-16"),
    # Feature: weekdays_yearless — studies_finished — je soutiens jeudi 25
    # read: 2027-03-13 → 2027-04-02: Thursday 25 March has passed, the outcome not told
    # route: her words «je soutiens jeudi 25» = 25 March 2027, between the Date and 2 April: outcome unknown → studies_finished open (M1 held) → to_verify
    N("weekdays_yearless", "studies_finished", "je soutiens jeudi 25", M(
        "Albane Rakotomalala <albane.rakotomalala@yahoo.fr>",
        "Candidature Pro'pulse",
        "2027-03-13 17:20",
        """Bonjour,

Je suis en dernière ligne droite de mon M2 Ingénierie de projets culturels : je soutiens jeudi 25. Je cherche un premier poste de chargée de production dans une compagnie ou un lieu culturel associatif.

Albane Rakotomalala
06 15 29 83 46""",
        app("Albane", "Rakotomalala", phone="+33615298346", bac=4, grad=None, unknown=("studies_finished",), status="b_albane_soutient_jeudi_25"),
    ), read_on="2027-04-02"),
    # Feature: later_other_mail — kind — Undelivered Mail Returned to Sender
    # read: 2027-03-13 → 2027-04-02: a failure notice; no fact changes with the day
    # route: a delivery failure of our mail to a mistyped address → bounce
    N("later_other_mail", "kind", "Undelivered Mail Returned to Sender", M(
        "Mail Delivery System <MAILER-DAEMON@mx.animafac.net>",
        "Undelivered Mail Returned to Sender",
        "2027-03-13 18:00",
        """This is the mail system at host mx.animafac.net.

I'm sorry to have to inform you that your message could not be delivered to one or more recipients.

<soraya.benhamou@hotmial.fr>: host not found

----- Original message -----
Subject: Votre rendez-vous Pro'pulse
Bonjour Soraya, nous vous confirmons…""",
        bounce("soraya.benhamou@hotmial.fr"),
        bounce="""Reporting-MTA: dns; mx.animafac.net
Final-Recipient: rfc822; soraya.benhamou@hotmial.fr
Action: failed
Status: 5.1.2
Diagnostic-Code: smtp; 550 5.1.2 Host unknown (hotmial.fr)""",
    ), read_on="2027-04-02"),
    # Feature: result_between — graduation — mon diplôme est validé depuis janvier
    # read: 2027-03-14 → 2027-03-22: the ceremony of 26 March still ahead; the diploma already obtained
    # route: her words «mon diplôme est validé depuis janvier, la cérémonie de remise est le 26 mars»: obtained in January 2027, the ceremony no condition → graduation 2027-01 meets; an ESS post sought → eligible
    N("result_between", "graduation", "mon diplôme est validé depuis janvier", M(
        "Louna Ferreira-Gauthier <louna.ferreiragauthier@gmail.com>",
        "Inscription",
        "2027-03-14 10:00",
        """Bonjour,

mon diplôme est validé depuis janvier (DE Conseillère en économie sociale familiale), la cérémonie de remise est le 26 mars mais je n'ai pas besoin d'attendre pour chercher. Je souhaite travailler dans une association d'accès au logement.

Je joins mon CV.
Louna Ferreira-Gauthier
07 81 25 69 40""",
        app("Louna", "Ferreira-Gauthier", phone="+33781256940", bac=3, grad="2027-01", status="b_louna_valide_janvier_ceremonie"),
        cv=CV("odt", "CV_Louna_FG.odt", """Louna Ferreira-Gauthier
DE CESF — IRTS Paris — janvier 2027
BTS ESF — 2025
Stages : CCAS de Montreuil, association Habitat et humanisme"""),
    ), read_on="2027-03-22"),
    # Feature: later_other_mail — kind — Les nouvelles du réseau Coopérer pour entreprendre
    # read: 2027-03-14 → 2027-03-14: nothing between
    # route: a network's newsletter (List-Unsubscribe), its offers and portraits nobody's application → newsletter
    N("later_other_mail", "kind", "Les nouvelles du réseau Coopérer pour entreprendre", M(
        "Coopérer pour entreprendre <infos@cooperer-entreprendre.example.coop>",
        "Les nouvelles du réseau Coopérer pour entreprendre - mars",
        "2027-03-14 11:30",
        """Les nouvelles du réseau Coopérer pour entreprendre

- Trois CAE recrutent des chargé·es d'accompagnement (bac+3 à bac+5).
- Webinaire « Entreprendre en coopérative » le 24 mars.
- Portrait : Awa, entrepreneure-salariée depuis 2025.

Vous recevez cette lettre car vous êtes partenaire du réseau. Se désabonner : https://cooperer-entreprendre.example.coop/desabonnement""",
        newsletter(),
        headers={"List-Unsubscribe": "<https://cooperer-entreprendre.example.coop/desabonnement>", "Precedence": "bulk"},
    )),
    # Feature: written_for_later — studies_finished — ses résultats de master tombent le 2 avril
    # read: 2027-03-14 → 2027-04-09: the results of 2 April are out but not told to us
    # route: a father presents his daughter (her own address given, no phone): «ses résultats de master tombent le 2 avril», between the Date and 9 April → studies_finished open (M1 held) → to_verify, forwarded_by the father
    N("written_for_later", "studies_finished", "ses résultats de master tombent le 2 avril", M(
        "Didier Vautrin <didier.vautrin@wanadoo.fr>",
        "Ma fille Romane",
        "2027-03-14 19:20",
        """Bonjour,

Je vous écris au sujet de ma fille, Romane Vautrin-Keller, qui termine un master Économie sociale et solidaire à Nancy : ses résultats de master tombent le 2 avril. Elle voudrait travailler dans une banque coopérative ou une mutuelle, côté développement.

Son adresse : romane.vautrinkeller@gmail.com

Bien cordialement,
Didier Vautrin""",
        app("Romane", "Vautrin-Keller", phone=None, bac=4, grad=None, unknown=("studies_finished",), email="romane.vautrinkeller@gmail.com", forwarded_by="didier.vautrin@wanadoo.fr", status="b_romane_resultats_2_avril_papa"),
    ), read_on="2027-04-09"),
    # Feature: english_later — studies_finished — My viva is on 30 March
    # read: 2027-03-14 → 2027-04-02: the viva of 30 March has passed, its outcome not told
    # route: his line «My viva is on 30 March» for an MA, between the Date and 2 April → studies_finished open (a BA held: bac+3) → to_verify
    N("english_later", "studies_finished", "My viva is on 30 March", M(
        "Tadhg Ó Briain <tadhg.obriain@gmail.com>",
        "Pro'pulse application",
        "2027-03-14 21:00",
        """Hi there,

I'm finishing an MA in Community Development at University College Cork and moving to Nantes for good in April. My viva is on 30 March. I would love to work for a French association in youth work or community organising.

Thanks a lot,
Tadhg Ó Briain
+353 87 412 6693""",
        app("Tadhg", "Ó Briain", phone="+353874126693", bac=3, grad=None, unknown=("studies_finished",), language="en", status="b_tadhg_viva_30_march"),
    ), read_on="2027-04-02"),
    # Feature: later_other_mail — kind — nous accueillons volontiers deux participant·es
    # read: 2027-03-14 → 2027-03-26: an employer's offer of immersion days; its kind does not change
    # route: an employer's mail offering immersion days to our participants; no applicant → other
    N("later_other_mail", "kind", "nous accueillons volontiers deux participant·es", M(
        "Régie de quartier du Haut-Pré <direction@rq-hautpre.example.org>",
        "Journées d'immersion pour Pro'pulse",
        "2027-03-14 22:10",
        """Bonjour,

Suite à notre échange au forum, nous accueillons volontiers deux participant·es de Pro'pulse pour des journées d'immersion en avril (encadrement de chantier, accompagnement socioprofessionnel). Dites-nous qui serait intéressé.

La direction""",
        other(),
    ), read_on="2027-03-26"),
]
