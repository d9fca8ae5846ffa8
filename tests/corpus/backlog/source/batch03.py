"""Backlog corpus, batch 03 (writer A): Friday 5 – Sunday 7 March 2027 (few on the weekend), most mails read
weeks later. «vendredi prochain» of a Friday, «un mois et demi de stage», a sister's service civique beside
the applicant's ended one, a hoped start on the 29th, diplomas of February and April 2025, a defence on the
12th, «à la mi-mars», «lundi 15» with an extension asked, a father and a teacher writing for someone, a
volunteer in English ending «in three weeks»; a newsletter, a reply, an out-of-office, a question, a
webinar's invitation and an employer's thanks."""
# ruff: noqa: E501

from __future__ import annotations

from backlog import N
from kit import CV, M, app, auto_reply, newsletter, other, question, reply

MESSAGES = [
    # Feature: later_other_mail — kind — Les actus de l'Union des centres sociaux
    # read: 2027-03-05 → 2027-03-05: nothing between
    # route: a federation's newsletter (List-Unsubscribe), its offers are the employers', nobody applies → newsletter
    N("later_other_mail", "kind", "Les actus de l'Union des centres sociaux", M(
        "Union des centres sociaux du Rhône <actus@centres-sociaux-rhone.example.org>", "Les actus de l'Union des centres sociaux - n°112", "2027-03-05 07:40",
        """Les actus de l'Union des centres sociaux - n°112

Dans ce numéro : l'assemblée générale du 10 avril, le bilan du plan « Jeunesse en action », trois offres d'emploi (référent·e famille à Vaulx-en-Velin, animateur·rice jeunesse à Givors, directeur·rice à Tarare).

Pour ne plus recevoir cette lettre : https://centres-sociaux-rhone.example.org/desabonnement""",
        newsletter(),
        headers={"List-Unsubscribe": "<https://centres-sociaux-rhone.example.org/desabonnement>"},
    )),
    # Feature: same_day — level — j'ai mon bac STMG depuis 2024
    # read: 2027-03-05 → 2027-03-05: nothing between
    # route: a bac STMG alone, no higher diploma; a job in an association sought → bac+0 of 2024, degree_level and graduation_recent fail → not_eligible
    N("same_day", "level", "j'ai mon bac STMG depuis 2024", M(
        "Dylan Maréchal-Owusu <dylan.marechal.owusu@gmail.com>", "candidature pro pulse", "2027-03-05 08:20",
        """bonjour

j'ai mon bac STMG depuis 2024 et depuis je fais de l'intérim en logistique, mon contrat finit ce soir. je voudrais travailler dans une asso qui aide les jeunes comme moi, est ce que vous prenez les gens sans diplome du sup ?

Dylan
07 42 95 16 30""",
        app("Dylan", "Maréchal-Owusu", phone="+33742951630", bac=0, grad="2024", failing=("degree_level", "graduation_recent"), status="dylan_bac_stmg_2024"),
    )),
    # Feature: end_between — situation — mon service civique s'achève vendredi prochain
    # read: 2027-03-05 → 2027-03-22: «vendredi prochain» of Friday 5 March is 12 March: over when read
    # route: a BTS of 2026 and a service civique ending on 12 March, over on 22 March; a job in a ressourcerie sought → bac+2 of 2026-07 → eligible
    N("end_between", "situation", "mon service civique s'achève vendredi prochain", M(
        "Capucine Mbarga-Lefort <capucine.mbarga@gmail.com>", "Candidature Pro'pulse", "2027-03-05 09:10",
        """Bonjour,

Mon service civique s'achève vendredi prochain (sensibilisation au réemploi, Emmaüs Connect). Titulaire d'un BTS Gestion de la PME depuis juillet 2026, je souhaite travailler dans une ressourcerie ou une recyclerie, sur un poste de gestion ou de coordination.

Je joins mon CV.

Capucine Mbarga-Lefort
06 26 71 84 93""",
        app("Capucine", "Mbarga-Lefort", phone="+33626718493", bac=2, grad="2026-07", status="capucine_sc_vendredi_prochain_lu_22"),
        cv=CV("pdf", "CV_Capucine_Mbarga-Lefort.pdf", "Capucine Mbarga-Lefort\nGestion et coordination - réemploi\n2026 BTS Gestion de la PME, lycée Jean-Jaurès, Argenteuil\nService civique, Emmaüs Connect (septembre 2026 - mars 2027)\nCompétences : caisse, inventaire, accueil du public"),
    ), read_on="2027-03-22"),
    # Feature: end_between — aim — je prépare le concours d'attaché territorial
    # read: 2027-03-05 → 2027-04-02: the internship ended on 19 March, over when read; the aim is unchanged
    # route: an internship ending on 19 March (over on 2 April), a master of 2026, but the search is a post in a local authority through a civil-service exam only → bac+5 of 2026-06, job_seeking_ess fails → not_eligible
    N("end_between", "aim", "je prépare le concours d'attaché territorial", M(
        "Benoît Raharimanana <benoit.raharimanana@gmail.com>", "Accompagnement", "2027-03-05 10:30",
        """Bonjour,

Diplômé d'un master Administration publique (juin 2026), mon stage à la mairie de Tours se termine le 19 mars. Ensuite je prépare le concours d'attaché territorial et je cherche en attendant un poste de contractuel dans une collectivité.

Pouvez-vous m'accompagner dans cette démarche ?

Benoît Raharimanana
06 13 58 27 46""",
        app("Benoît", "Raharimanana", phone="+33613582746", bac=5, grad="2026-06", failing=("job_seeking_ess",), status="benoit_concours_attache_stage_19_mars"),
    ), read_on="2027-04-02"),
    # Feature: end_after — situation — il me reste un mois et demi de stage
    # read: 2027-03-05 → 2027-04-16: a month and a half from 5 March is about 20 April, after the reading day
    # route: the internship runs to about 20 April, still running on 16 April; a licence of 2026 → bac+3 of 2026-06, not_internship fails → not_eligible
    N("end_after", "situation", "il me reste un mois et demi de stage", M(
        "Noémie Castagnède <noemie.castagnede@orange.fr>", "Inscription", "2027-03-05 11:45",
        """Bonjour,

J'ai obtenu ma licence de sociologie en juin 2026 et il me reste un mois et demi de stage dans une association d'aide aux migrants. Je cherche un emploi de travailleuse sociale dans le secteur associatif pour la suite.

Merci,
Noémie Castagnède
07 29 64 10 58""",
        app("Noémie", "Castagnède", phone="+33729641058", bac=3, grad="2026-06", failing=("not_internship",), status="noemie_stage_mois_et_demi_lu_16_avril"),
    ), read_on="2027-04-16"),
    # Feature: later_other_mail — kind — Oui, le créneau de 14h me convient
    # read: 2027-03-05 → 2027-03-26: nothing that changes a reply
    # route: a participant's answer in our thread (In-Reply-To, our mail quoted) → reply
    N("later_other_mail", "kind", "Oui, le créneau de 14h me convient", M(
        "Mamadou Sissoko-Perret <mamadou.sissoko.perret@gmail.com>", "Re: Pro'pulse - entretien de suivi", "2027-03-05 12:30",
        """Oui, le créneau de 14h me convient. Merci !

Le ven. 5 mars 2027 à 10:45, Pro'pulse <propulse@animafac.net> a écrit :
> Bonjour Mamadou,
> Pouvons-nous faire le point mardi 9 mars à 14h ?
> L'équipe Pro'pulse""",
        reply(),
        headers={"In-Reply-To": "<suivi-2027-03-05-1045@animafac.net>"},
    ), read_on="2027-03-26"),
    # Feature: end_after — situation — moi j'ai fini le mien en janvier
    # read: 2027-03-05 → 2027-04-23: the sister's service civique still runs after the reading day; the applicant's ended in January
    # route: the sister's service civique (two months more) is not hers; her own ended in January, a BTS of 2025-09 (19 months back in April 2027), an ESS job sought → bac+2 of 2025-09 → eligible
    N("end_after", "situation", "moi j'ai fini le mien en janvier", M(
        "Inès Zarrouki <ines.zarrouki@gmail.com>", "Pro'pulse pour ma sœur et moi ?", "2027-03-05 13:20",
        """Bonjour,

Ma sœur et moi avons toutes les deux fait un service civique à la Croix-Rouge : elle finit le sien dans deux mois, moi j'ai fini le mien en janvier. J'ai un BTS SP3S depuis septembre 2025 et je cherche un emploi dans une association d'aide à domicile.

Est-ce que je peux m'inscrire dès maintenant, et ma sœur plus tard ?

Inès Zarrouki
06 87 30 52 19""",
        app("Inès", "Zarrouki", phone="+33687305219", bac=2, grad="2025-09", status="ines_soeur_sc_deux_mois"),
    ), read_on="2027-04-23"),
    # Feature: start_between — situation — si tout va bien je démarre un stage le 29 mars
    # ambiguous: a start hoped («si tout va bien», the agreement not signed) before the reading day: whether she is in internship stays open
    # read: 2027-03-05 → 2027-04-09: the hoped start of 29 March falls before the reading day, never confirmed
    # route: a master of 2026, an internship she hopes to start on 29 March: not certain → bac+5 of 2026-09, not_internship open → to_verify
    N("start_between", "situation", "si tout va bien je démarre un stage le 29 mars", M(
        "Hortense Desmedt <hortense.desmedt@gmail.com>", "Question Pro'pulse", "2027-03-05 14:40",
        """Bonjour,

Diplômée d'un master Tourisme durable en septembre 2026, je n'ai pas encore trouvé d'emploi. Si tout va bien je démarre un stage le 29 mars dans une coopérative de tourisme solidaire (la convention n'est pas encore signée).

J'aimerais quand même intégrer Pro'pulse pour trouver un vrai poste dans l'ESS.

Hortense Desmedt
06 40 82 75 13""",
        app("Hortense", "Desmedt", phone="+33640827513", bac=5, grad="2026-09", unknown=("not_internship",), status="hortense_stage_espere_29_mars"),
    ), read_on="2027-04-09"),
    # Feature: limit_crossing — graduation — BTS obtenu en avril 2025
    # read: 2027-03-05 → 2027-04-30: the reading month is April: a diploma of April 2025 is 24 months back, the limit met
    # route: a BTS of April 2025 (an exam session shifted), read in April 2027: 24 months, meets; a job in an insertion company sought → bac+2 of 2025-04 → eligible
    N("limit_crossing", "graduation", "BTS obtenu en avril 2025", M(
        "Wassim Bouhafs <wassim.bouhafs@hotmail.fr>", "Candidature", "2027-03-05 15:30",
        """Bonjour,

BTS obtenu en avril 2025 (session décalée, j'étais en formation continue), spécialité Gestion des transports et logistique associée. Je voudrais travailler dans une entreprise d'insertion ou une plateforme logistique solidaire.

CV en pièce jointe.

Wassim Bouhafs
06 59 24 73 81""",
        app("Wassim", "Bouhafs", phone="+33659247381", bac=2, grad="2025-04", status="wassim_bts_avril_2025_lu_30_avril"),
        cv=CV("docx", "CV_Wassim_Bouhafs.docx", "Wassim Bouhafs\nLogistique solidaire\nBTS Gestion des transports et logistique associée, avril 2025 (formation continue, GRETA de Créteil)\nPréparateur de commandes, Banque alimentaire du Val-de-Marne (bénévole, 2024-2026)\nPermis B, CACES 1 et 3"),
    ), read_on="2027-04-30"),
    # Feature: limit_crossing — graduation — ma licence en février 2025
    # read: 2027-03-05 → 2027-03-05: nothing between
    # route: a licence of February 2025, read in March 2027: 25 months back, the limit passed → bac+3 of 2025-02, graduation_recent fails → not_eligible
    N("limit_crossing", "graduation", "ma licence en février 2025", M(
        "Pierrick Giordanengo <pierrick.giordanengo@gmail.com>", "Pro'pulse", "2027-03-05 16:10",
        """Bonjour,

J'ai eu ma licence en février 2025 (Histoire, Nice, diplôme validé à la session de rattrapage). Depuis j'ai été surveillant dans un lycée. Je voudrais travailler dans une association de mémoire ou un musée associatif.

Cordialement,
Pierrick Giordanengo
06 21 49 38 70""",
        app("Pierrick", "Giordanengo", phone="+33621493870", bac=3, grad="2025-02", failing=("graduation_recent",), status="pierrick_licence_fevrier_2025"),
    )),
    # Feature: result_between — studies_finished — la délibération est prévue le 31 mars
    # read: 2027-03-05 → 2027-04-02: the deliberation of 31 March has passed, its result unknown to us
    # route: every exam taken, the deliberation on 31 March between the Date and 2 April → bac+3, graduation null, studies_finished open → to_verify
    N("result_between", "studies_finished", "la délibération est prévue le 31 mars", M(
        "Soizic Le Scouarnec <soizic.lescouarnec@gmail.com>", "Inscription Pro'pulse", "2027-03-05 16:50",
        """Bonjour,

Je finis mon diplôme d'État de conseillère en économie sociale familiale (j'ai une licence depuis 2025). Les dernières épreuves ont eu lieu cette semaine et la délibération est prévue le 31 mars.

Je recherche un poste de CESF dans une association de logement ou un centre d'hébergement.

Soizic Le Scouarnec
06 36 18 50 92""",
        app("Soizic", "Le Scouarnec", phone="+33636185092", bac=3, grad=None, unknown=("studies_finished",), status="soizic_deliberation_31_mars"),
    ), read_on="2027-04-02"),
    # Feature: later_other_mail — kind — Je suis actuellement en formation
    # read: 2027-03-05 → 2027-04-09: the return date has passed; still an auto-reply
    # route: an out-of-office (Auto-Submitted) of an adviser, nobody applies → auto_reply
    N("later_other_mail", "kind", "Je suis actuellement en formation", M(
        "Conseillère emploi <c.ferrandiz@francetravail-perpignan.example.fr>", "Réponse automatique", "2027-03-05 17:30",
        """Bonjour,

Je suis actuellement en formation jusqu'au 19 mars et je ne consulte pas ma messagerie. Votre message sera traité à mon retour.

Carmen Ferrandiz
Conseillère France Travail, agence Perpignan Polygone""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    ), read_on="2027-04-09"),
    # Feature: result_between — studies_finished — je soutiens le 12 mars
    # read: 2027-03-05 → 2027-03-22: the defence of 12 March has passed, its result unknown to us
    # route: the last step of the master, the defence on 12 March, between the Date and 22 March: unknown → bac+4, graduation null, studies_finished open → to_verify
    N("result_between", "studies_finished", "je soutiens le 12 mars", M(
        "Loup Barthélémy-Sané <loup.bs@gmail.com>", "Pro'pulse - jeune (bientôt) diplômé", "2027-03-05 18:10",
        """Bonjour,

Je soutiens le 12 mars mon mémoire de master 2 Politiques sociales (mon M1 est validé depuis 2026), c'est la dernière étape. Je voudrais travailler dans une fédération d'associations ou une coopérative d'activité.

À bientôt j'espère,
Loup Barthélémy-Sané
07 83 41 26 59""",
        app("Loup", "Barthélémy-Sané", phone="+33783412659", bac=4, grad=None, unknown=("studies_finished",), status="loup_soutenance_12_mars_lu_22"),
    ), read_on="2027-03-22"),
    # Feature: relative_past — career_change — j'ai quitté la semaine dernière mon poste de commercial
    # read: 2027-03-05 → 2027-03-05: nothing between
    # route: nine years as a salesman, left «la semaine dernière», a master of 2026 done alongside: a career change → bac+5 of 2026, not_career_change fails → not_eligible
    N("relative_past", "career_change", "j'ai quitté la semaine dernière mon poste de commercial", M(
        "Thibault Grandjean-Osei <thibault.grandjean@gmail.com>", "Reconversion dans l'ESS", "2027-03-05 19:30",
        """Bonjour,

Après neuf ans dans la vente d'équipements industriels, j'ai quitté la semaine dernière mon poste de commercial. J'ai passé en parallèle un master Management de l'ESS en formation à distance, obtenu en 2026, et je veux maintenant travailler dans une coopérative.

Pro'pulse peut-il m'accompagner ?

Thibault Grandjean-Osei
06 90 27 14 68""",
        app("Thibault", "Grandjean-Osei", phone="+33690271468", bac=5, grad="2026", failing=("not_career_change",), status="thibault_commercial_neuf_ans"),
    )),
    # Feature: written_for_later — level — mon fils a un CAP cuisine
    # read: 2027-03-05 → 2027-03-05: nothing between
    # route: a father presents his son (the son's address given): a CAP alone, no higher diploma; a job in a solidarity restaurant sought → bac+0 of 2024, degree_level and graduation_recent fail → not_eligible
    N("written_for_later", "level", "mon fils a un CAP cuisine", M(
        "Hervé Lemarchand <herve.lemarchand56@orange.fr>", "Pour mon fils Killian", "2027-03-05 20:45",
        """Bonsoir,

Mon fils a un CAP cuisine (2024) et termine vendredi prochain son contrat saisonnier. Il aimerait travailler dans un restaurant solidaire ou une cantine associative. Pourriez-vous l'aider ? Son adresse : killian.lemarchand@gmail.com.

Cordialement,
Hervé Lemarchand""",
        app("Killian", "Lemarchand", phone=None, bac=0, grad="2024", failing=("degree_level", "graduation_recent"), email="killian.lemarchand@gmail.com", forwarded_by="herve.lemarchand56@orange.fr", status="killian_cap_cuisine_par_son_pere"),
    )),
    # Feature: english_later — situation — my service civique ended last Friday
    # read: 2027-03-05 → 2027-03-05: nothing between
    # route: «last Friday» of Friday 5 March is 26 February: the service civique is over; a bachelor's of 2026, an NGO job sought → bac+3 of 2026-06 → eligible
    N("english_later", "situation", "my service civique ended last Friday", M(
        "Saoirse Ní Bhriain <saoirse.nibhriain@gmail.com>", "Application to Pro'pulse", "2027-03-05 21:30",
        """Hi,

I'm Irish, I finished my BA in French and Sociology at University College Cork in June 2026, and my service civique ended last Friday (eight months in a youth hostel run by an association in Marseille). I'd love to stay in France and work for an NGO or a social enterprise.

All the best,
Saoirse Ní Bhriain
+33 7 68 52 13 40""",
        app("Saoirse", "Ní Bhriain", phone="+33768521340", bac=3, grad="2026-06", language="en", status="saoirse_sc_ended_last_friday"),
    )),
    # Feature: english_later — level — a diploma in Community Development from a polytechnic in Nairobi
    # ambiguous: a «diploma» of a Kenyan polytechnic, neither its length nor its equivalence said: the level stays open
    # read: 2027-03-06 → 2027-04-02: «in three weeks» from 6 March is 27 March: the volunteering is over when read
    # route: the European Solidarity Corps mission ends about 27 March (over on 2 April); a diploma of 2026 of no known level → bac_plus null of 2026, degree_level open → to_verify
    N("english_later", "level", "a diploma in Community Development from a polytechnic in Nairobi", M(
        "Wanjiru Kamau-Fontaine <wanjiru.kamau.fontaine@gmail.com>", "Pro'pulse - eligibility", "2027-03-06 09:05",
        """Hello,

I hold a diploma in Community Development from a polytechnic in Nairobi (2026). I'm finishing a European Solidarity Corps volunteering in Lyon in three weeks, and then I want to find a job in a French association working with young people.

Am I eligible for your programme?

Wanjiru Kamau-Fontaine""",
        app("Wanjiru", "Kamau-Fontaine", phone=None, bac=None, grad="2026", unknown=("degree_level",), language="en", status="wanjiru_diploma_nairobi_esc_three_weeks"),
    ), read_on="2027-04-02"),
    # Feature: weekdays_yearless — situation — à la mi-mars c'est fini pour mon stage
    # read: 2027-03-06 → 2027-04-02: mid-March has passed: the internship is over when read
    # route: «à la mi-mars» coming in a mail of 6 March is mid-March 2027, over on 2 April; a licence pro of 2026 in CV and body, a job in an AMAP network sought → bac+3 of 2026-06 → eligible
    N("weekdays_yearless", "situation", "à la mi-mars c'est fini pour mon stage", M(
        "Ambre Lacombe-Tavares <ambre.lacombe@gmail.com>", "Candidature Pro'pulse", "2027-03-06 10:15",
        """Bonjour,

À la mi-mars c'est fini pour mon stage au réseau des AMAP d'Auvergne, et j'aimerais y rester ou trouver un poste similaire dans l'agriculture paysanne (animation de réseau). Licence pro obtenue en juin 2026, CV joint.

Ambre Lacombe-Tavares
06 75 38 20 41""",
        app("Ambre", "Lacombe-Tavares", phone="+33675382041", bac=3, grad="2026-06", status="ambre_stage_mi_mars_lu_avril"),
        html="only",
        cv=CV("odt", "CV_Ambre_Lacombe-Tavares.odt", "Ambre Lacombe-Tavares\nAnimatrice de réseau - agriculture paysanne\nLicence pro Agriculture biologique, conseil et développement, juin 2026\nStage : réseau des AMAP d'Auvergne (octobre 2026 - mi-mars 2027)\nBénévolat : Terre de Liens"),
    ), read_on="2027-04-02"),
    # Feature: later_other_mail — kind — Faut-il être inscrit à France Travail
    # read: 2027-03-06 → 2027-03-06: nothing between
    # route: a question on the conditions, no fact of the writer's own → question
    N("later_other_mail", "kind", "Faut-il être inscrit à France Travail", M(
        "Romuald Pelletier <romuald.pelletier@laposte.net>", "Conditions", "2027-03-06 15:40",
        """Bonjour,

Faut-il être inscrit à France Travail pour suivre Pro'pulse ? Et combien de temps dure l'accompagnement ?

Romuald""",
        question(),
    )),
    # Feature: written_for_later — graduation — elle a obtenu son BTS en 2025
    # ambiguous: a BTS «en 2025», no month: read in March 2027 it is 15 to 26 months back, the limit met or not by its month
    # read: 2027-03-06 → 2027-03-26: still March: a year alone 2025 stays open
    # route: a former teacher presents a student (her address given, never the teacher's): a BTS of 2025 only, a job in the associative sector sought → bac+2 of 2025, graduation_recent open → to_verify
    N("written_for_later", "graduation", "elle a obtenu son BTS en 2025", M(
        "Françoise Daguerre <f.daguerre@lycee-cassin-bayonne.example.fr>", "Une ancienne élève", "2027-03-06 18:20",
        """Bonjour,

Je suis professeure de BTS SP3S au lycée René-Cassin de Bayonne. Une ancienne élève, Manon Etcheverry, m'a demandé conseil : elle a obtenu son BTS en 2025 et cherche depuis un emploi dans le secteur associatif, dans l'accompagnement des personnes handicapées.

Je me permets de vous transmettre ses coordonnées avec son accord : manon.etcheverry64@gmail.com, 06 84 20 57 39.

Bien cordialement,
Françoise Daguerre""",
        app("Manon", "Etcheverry", phone="+33684205739", bac=2, grad="2025", unknown=("graduation_recent",), email="manon.etcheverry64@gmail.com", forwarded_by="f.daguerre@lycee-cassin-bayonne.example.fr", status="manon_bts_2025_par_sa_prof"),
    ), read_on="2027-03-26"),
    # Feature: weekdays_yearless — situation — Mon service civique finit lundi 15, sauf si l'association obtient la prolongation
    # ambiguous: the end of Monday 15 March may have been moved by an extension asked but not granted when written: on the reading day she may still be a volunteer
    # read: 2027-03-07 → 2027-03-22: the first end (15 March) has passed; the extension's answer is unknown
    # route: «lundi 15» of a mail of 7 March is 15 March, before the reading day, but an extension was asked: the service civique over or extended → bac+3 of 2026, not_service_civique open → to_verify
    N("weekdays_yearless", "situation", "Mon service civique finit lundi 15, sauf si l'association obtient la prolongation", M(
        "Rosalie Kermarrec-Diop <rosalie.kd@gmail.com>", "inscription", "2027-03-07 11:00",
        """Bonjour,

Mon service civique finit lundi 15, sauf si l'association obtient la prolongation qu'elle a demandée à l'Agence (réponse dans la semaine). J'ai une licence d'espagnol depuis 2026 et je voudrais travailler dans l'accueil des personnes exilées.

Rosalie Kermarrec-Diop
07 35 60 82 14""",
        app("Rosalie", "Kermarrec-Diop", phone="+33735608214", bac=3, grad="2026", unknown=("not_service_civique",), status="rosalie_sc_lundi_15_prolongation"),
    ), read_on="2027-03-22"),
    # Feature: later_other_mail — kind — Webinaire « Recruter dans l'ESS » du 17 mars
    # read: 2027-03-07 → 2027-04-23: the webinar has taken place; still a partner's invitation
    # route: a partner invites our team to a webinar, nobody applies → other
    N("later_other_mail", "kind", "Webinaire « Recruter dans l'ESS » du 17 mars", M(
        "ESS'pace Formation <contact@esspace-formation.example.org>", "Invitation : Webinaire « Recruter dans l'ESS » du 17 mars", "2027-03-07 14:30",
        """Bonjour,

Nous organisons le Webinaire « Recruter dans l'ESS » du 17 mars, de 11h à 12h30, avec trois employeurs du secteur. Les accompagnateurs de jeunes diplômés sont les bienvenus.

Inscription : https://esspace-formation.example.org/webinaire-17-mars

L'équipe ESS'pace Formation""",
        other(),
    ), read_on="2027-04-23"),
    # Feature: planned_steps — studies_finished — je rends mon mémoire le 20 mars et je le soutiens le 8 avril
    # read: 2027-03-07 → 2027-04-09: the defence of 8 April has passed, the day before the reading day; its result unknown
    # route: the report due on 20 March and the defence on 8 April, both between the Date and 9 April: the master's result unknown → bac+4, graduation null, studies_finished open → to_verify
    N("planned_steps", "studies_finished", "je rends mon mémoire le 20 mars et je le soutiens le 8 avril", M(
        "Gabin Fouquet-Adjovi <gabin.fouquet@gmail.com>", "Pro'pulse", "2027-03-07 17:45",
        """Bonjour,

Je suis en dernière ligne droite de mon master Économie sociale et solidaire à Marne-la-Vallée (M1 en 2026) : je rends mon mémoire le 20 mars et je le soutiens le 8 avril. Je cherche un premier poste dans une coopérative d'activité et d'emploi.

Gabin Fouquet-Adjovi
06 48 53 91 27""",
        app("Gabin", "Fouquet-Adjovi", phone="+33648539127", bac=4, grad=None, unknown=("studies_finished",), status="gabin_memoire_20_mars_soutenance_8_avril"),
    ), read_on="2027-04-09"),
    # Feature: later_other_mail — kind — merci pour la mise en relation avec Jordan
    # read: 2027-03-07 → 2027-03-07: nothing between
    # route: an employer thanks us for a contact, nobody applies → other
    N("later_other_mail", "kind", "merci pour la mise en relation avec Jordan", M(
        "Delphine Aubriot <d.aubriot@epicerie-solidaire-dijon.example.org>", "Merci !", "2027-03-07 19:00",
        """Bonsoir,

Un grand merci pour la mise en relation avec Jordan : l'entretien s'est très bien passé et nous lui proposons le poste d'animateur à partir d'avril.

Bon dimanche,
Delphine Aubriot
Présidente, Épicerie solidaire de Dijon""",
        other(),
    )),
    # Feature: same_day — situation — Mon service civique s'arrête ce soir
    # read: 2027-03-07 → 2027-03-07: nothing between
    # route: read on Sunday 7 March, the service civique ends that evening, on the reading day: over; a licence of 2026, a job in a cultural association sought → bac+3 of 2026-06 → eligible
    N("same_day", "situation", "Mon service civique s'arrête ce soir", M(
        "Élouan Guéguen-Fall <elouan.gueguen@gmail.com>", "Candidature", "2027-03-07 21:10",
        """Bonsoir,

Mon service civique s'arrête ce soir, après le dernier week-end du festival dont j'étais volontaire. Licence Arts du spectacle en juin 2026, je veux travailler dans une association culturelle, en médiation ou en production.

Élouan Guéguen-Fall
06 14 72 39 85""",
        app("Élouan", "Guéguen-Fall", phone="+33614723985", bac=3, grad="2026-06", status="elouan_sc_finit_ce_soir"),
    )),
]
