"""Reckoning corpus, batch 02 (writer A): a master «il y a quelques années», twenty months in English, a BTS
begun at a rentrée, a CDD ending in three weeks, a defence in ten days, six semesters, five years at the fac,
years in a bank, a sous-chef's twelve years, ages at a DUT and at a DEASS, Christmas last year, a chain
ending in a service civique, months of applying to banks and everywhere, this year and two years ago, stages
of six months, and other mail that counts."""
# ruff: noqa: E501

from __future__ import annotations

from kit import M, app, auto_reply, bounce, newsletter, other, question, reply
from reckoning import N

MESSAGES = [
    # Feature: elapsed_since — graduation — j'ai eu mon master il y a quelques années
    # ambiguous: «quelques années» is no count: three years fails, two may pass; graduation_recent open
    # reckoned: 2026 − «a few» years = 2023 or 2024, who knows → no date written, open
    N("elapsed_since", "graduation", "j'ai eu mon master il y a quelques années", M(
        "Dmitri Volkov <dmitri.volkov@example.net>", "Candidature Pro'pulse", "14 11:48",
        """Bonjour,

J'ai eu mon master il y a quelques années (urbanisme, à Paris 1) et je souhaite aujourd'hui m'engager dans le logement social associatif. Je suis disponible tout de suite.

Dmitri Volkov
06 38 70 25 19""",
        app("Dmitri", "Volkov", phone="+33638702519", bac=5, grad=None, unknown=("graduation_recent",), status="master_quelques_annees"),
    )),
    # Feature: elapsed_since — graduation — It's been twenty months since I got my licence
    # reckoned: 2026-11 − 20 months = 2025-03 → recent
    N("elapsed_since", "graduation", "It's been twenty months since I got my licence", M(
        "Siobhán Walsh <siobhan.walsh@example.com>", "Pro'pulse application", "14 16:07",
        """Hi there,

It's been twenty months since I got my licence in sociology at Lyon 2, and I've been volunteering with a tenants' association while I look for a paid role. I'd love to work as a community organiser for a non-profit.

Best wishes,
Siobhán Walsh
+33 7 49 82 16 30""",
        app("Siobhán", "Walsh", phone="+33749821630", bac=3, grad="2025-03", language="en", status="twenty_months_licence"),
    )),
    # Feature: start_plus_duration — graduation — commencé à la rentrée 2021, en deux ans
    # reckoned: September 2021 + two years = summer 2023 → 2023 → more than 24 months (failing)
    N("start_plus_duration", "graduation", "commencé à la rentrée 2021, en deux ans", M(
        "Mathis Roux <mathis.roux@example.fr>", "candidature", "15 10:11",
        """Bonjour,

J'ai fait un BTS Économie sociale familiale, commencé à la rentrée 2021, en deux ans, au lycée de Besançon. Depuis je travaille comme agent d'accueil dans une mairie. Je voudrais rejoindre une association d'accès aux droits.

Mathis Roux
06 74 55 20 38""",
        app("Mathis", "Roux", phone="+33674552038", bac=2, grad="2023", failing=("graduation_recent",), status="bts_rentree_2021_deux_ans"),
    )),
    # Feature: countdown — situation — mon CDD au centre social se termine dans trois semaines
    # reckoned: a CDD (a job, not a stage) ending in three weeks → no internship, no civic service; master 2025 → eligible
    N("countdown", "situation", "mon CDD au centre social se termine dans trois semaines", M(
        "Amina Yusuf <amina.yusuf@example.org>", "Candidature Pro'pulse", "15 14:29",
        """Bonjour,

Titulaire d'un master en sciences de l'éducation depuis juillet 2025, mon CDD au centre social se termine dans trois semaines. Je cherche la suite dans l'éducation populaire, si possible dans une fédération d'associations.

Bien à vous,
Amina Yusuf
07 30 64 81 25""",
        app("Amina", "Yusuf", phone="+33730648125", bac=5, grad="2025-07", status="cdd_fin_trois_semaines"),
    )),
    # Feature: countdown — studies_finished — je soutiens mon mémoire de M2 dans dix jours
    # reckoned: a defence in ten days (early December 2026) → the master is not finished (failing); no future date written
    N("countdown", "studies_finished", "je soutiens mon mémoire de M2 dans dix jours", M(
        "Louis-Marie Tchouassi <lm.tchouassi@example.com>", "Candidature - Louis-Marie Tchouassi", "16 09:17",
        """Madame, Monsieur,

Je soutiens mon mémoire de M2 dans dix jours (master « Gestion des organisations de l'économie sociale », Université de Reims). Je souhaite ensuite travailler dans une coopérative d'activité et d'emploi.

Respectueusement,
Louis-Marie Tchouassi
06 91 02 37 46""",
        app("Louis-Marie", "Tchouassi", phone="+33691023746", bac="*", grad=None, failing=("studies_finished",), status="soutenance_dix_jours"),
    )),
    # Feature: study_counts — level — j'ai validé mes six semestres
    # reckoned: six semesters validated = a licence = bac+3; «l'an dernier» = 2025 → recent
    N("study_counts", "level", "j'ai validé mes six semestres", M(
        "Eun-ji Park <eunji.park@example.net>", "Candidature Pro'pulse", "16 13:52",
        """Bonjour,

J'ai validé mes six semestres de licence d'économie l'an dernier, à Strasbourg. Depuis, je suis bénévole dans une épicerie solidaire et je cherche un poste de chargée d'accueil ou de coordination dans une association.

Eun-ji Park
06 16 44 90 72""",
        app("Eun-ji", "Park", phone="+33616449072", bac=3, grad="2025", status="six_semestres_valides"),
    )),
    # Feature: study_counts — level — cinq ans à la fac
    # ambiguous: five years of study across two unfinished paths: what was validated is not said; degree_level open
    # reckoned: «cinq ans à la fac» = a count of years, not of validated years → level unknown
    N("study_counts", "level", "cinq ans à la fac", M(
        "Jérémy Fontaine <jeremy.fontaine@example.fr>", "Pro'pulse ?", "17 22:40",
        """Salut,

J'ai passé cinq ans à la fac, entre une licence de droit que j'ai lâchée et deux années de LEA. Je ne sais pas trop ce que ça vaut en « bac+ » mais j'ai envie de bosser dans une asso d'insertion.

Jérémy
06 83 29 14 60""",
        app("Jérémy", "Fontaine", phone="+33683291460", bac="*", grad=None, unknown=("degree_level",), status="cinq_ans_fac_flou"),
    )),
    # Feature: career_span — career_change — quelques années dans la banque
    # ambiguous: «quelques années» in a bank before a master of the social economy: a career or a first job? not_career_change open
    # reckoned: a span of unstated length in another trade → open; master September 2026 → recent
    N("career_span", "career_change", "quelques années dans la banque", M(
        "Hugo Lefèvre <hugo.lefevre@example.org>", "Candidature Pro'pulse", "17 10:05",
        """Bonjour,

Après quelques années dans la banque, j'ai fait un master « Management de l'ESS » que j'ai terminé en septembre dernier. Je souhaite travailler comme responsable financier dans une coopérative ou une association.

Cordialement,
Hugo Lefèvre
06 05 71 38 92""",
        app("Hugo", "Lefèvre", phone="+33605713892", bac=5, grad="2026-09", unknown=("not_career_change",), status="quelques_annees_banque"),
    )),
    # Feature: career_span — career_change — after twelve years as a sous-chef
    # reckoned: twelve years in another trade before a BA in community development → career change (failing); «last June» = 2026-06
    N("career_span", "career_change", "after twelve years as a sous-chef", M(
        "Declan Murphy <declan.murphy@example.com>", "Application for Pro'pulse", "18 08:34",
        """Dear Pro'pulse team,

I went back to university after twelve years as a sous-chef in Dublin and Paris, and finished a BA in Community Development last June. I'm now looking for work with a social enterprise in food aid.

Yours sincerely,
Declan Murphy
+33 6 28 51 74 03""",
        app("Declan", "Murphy", phone="+33628517403", bac=3, grad="2026-06", failing=("not_career_change",), language="en", status="twelve_years_sous_chef"),
    )),
    # Feature: ages — graduation — j'ai 23 ans, j'ai eu mon DUT à 21 ans puis ma licence pro l'année suivante
    # reckoned: DUT at 21, licence pro at 22, now 23 → about a year ago → 2025 → recent
    N("ages", "graduation", "j'ai 23 ans, j'ai eu mon DUT à 21 ans puis ma licence pro l'année suivante", M(
        "Inès Haddad <ines.haddad@example.fr>", "Candidature", "18 12:19",
        """Bonjour,

J'ai 23 ans, j'ai eu mon DUT à 21 ans puis ma licence pro l'année suivante (métiers de l'animation sociale). Je cherche un poste d'animatrice-coordinatrice dans une maison de quartier associative.

Inès Haddad
07 66 13 52 08""",
        app("Inès", "Haddad", phone="+33766135208", bac=3, grad="2025", status="23_ans_dut_21_lp_22"),
    )),
    # Feature: ages — career_change — À 47 ans, après vingt-deux ans d'aide-soignante
    # reckoned: twenty-two years in care before a DEASS at 47 → career change (failing); «cet été» = 2026
    N("ages", "career_change", "À 47 ans, après vingt-deux ans d'aide-soignante", M(
        "Catherine Vasseur <catherine.vasseur@example.net>", "Candidature au programme", "19 09:50",
        """Madame, Monsieur,

À 47 ans, après vingt-deux ans d'aide-soignante à l'hôpital, j'ai obtenu cet été le diplôme d'État d'assistante de service social. Je cherche un premier poste dans une association d'hébergement.

Catherine Vasseur
06 57 02 84 31""",
        app("Catherine", "Vasseur", phone="+33657028431", bac=3, grad="2026", failing=("not_career_change",), status="47_ans_vingt_deux_ans_as"),
    )),
    # Feature: calendar_anchors — graduation — juste avant Noël dernier
    # reckoned: Noël dernier = December 2025 → 2025-12 → 11 months → recent
    N("calendar_anchors", "graduation", "juste avant Noël dernier", M(
        "Maëlys Perrin <maelys.perrin@example.com>", "Candidature Pro'pulse", "19 15:33",
        """Bonjour,

J'ai soutenu mon master de sociologie juste avant Noël dernier, et depuis je fais des missions ponctuelles d'enquêtrice. Je voudrais travailler dans une association d'accompagnement des personnes exilées.

Maëlys Perrin
06 49 27 63 15""",
        app("Maëlys", "Perrin", phone="+33649276315", bac=5, grad="2025-12", status="avant_noel_dernier"),
    )),
    # Feature: chained_dates — situation — puis j'ai commencé un service civique de huit mois il y a cinq mois
    # reckoned: a civic service of 8 months begun 5 months ago (2026-06) → runs to 2027-01 (failing); the BTS came before two years of intérim and those five months → 2024-06 or earlier → more than 24 months (failing)
    N("chained_dates", "situation", "puis j'ai commencé un service civique de huit mois il y a cinq mois", M(
        "Yacine Benali <yacine.benali@example.org>", "candidature pro'pulse", "20 18:22",
        """Bonjour,

Après mon BTS, j'ai travaillé deux ans en intérim, puis j'ai commencé un service civique de huit mois il y a cinq mois dans une association sportive. J'aimerais y rester en CDI.

Yacine Benali
07 21 45 68 93""",
        app("Yacine", "Benali", phone="+33721456893", bac=2, grad=None, failing=("graduation_recent", "not_service_civique"), status="bts_interim_sc_huit_mois"),
    )),
    # Feature: search_duration — aim — Ça fait sept mois que j'envoie des CV à des cabinets de conseil et à des banques
    # reckoned: seven months of applying to consultancies and banks → the search is outside the social economy (failing)
    N("search_duration", "aim", "Ça fait sept mois que j'envoie des CV à des cabinets de conseil et à des banques", M(
        "Arthur Delcourt <arthur.delcourt@example.com>", "Candidature", "20 10:58",
        """Bonjour,

Diplômé d'un master de finance en mars 2026. Ça fait sept mois que j'envoie des CV à des cabinets de conseil et à des banques, sans réponse. On m'a parlé de votre programme d'accompagnement, pouvez-vous m'aider à décrocher un poste d'analyste ?

Arthur Delcourt
06 70 81 29 44""",
        app("Arthur", "Delcourt", phone="+33670812944", bac=5, grad="2026-03", failing=("job_seeking_ess",), status="sept_mois_banques"),
    )),
    # Feature: search_duration — aim — je cherche depuis la rentrée, un peu dans tous les secteurs
    # ambiguous: searching «dans tous les secteurs» — the social economy is neither named nor excluded: job_seeking_ess open
    # reckoned: since September 2026 = three months of searching; the sector is open
    N("search_duration", "aim", "je cherche depuis la rentrée, un peu dans tous les secteurs", M(
        "Zoé Carpentier <zoe.carpentier@example.fr>", "candidature Pro'pulse", "21 11:37",
        """Bonjour,

Licence de communication obtenue en juin 2025. Je cherche depuis la rentrée, un peu dans tous les secteurs, un poste de chargée de communication.

Zoé Carpentier
07 58 92 30 16""",
        app("Zoé", "Carpentier", phone="+33758923016", bac=3, grad="2025-06", unknown=("job_seeking_ess",), status="depuis_rentree_tous_secteurs"),
    )),
    # Feature: relative_years — graduation — j'ai obtenu mon BUT Carrières sociales cette année
    # reckoned: «cette année» = 2026 → recent
    N("relative_years", "graduation", "j'ai obtenu mon BUT Carrières sociales cette année", M(
        "Samuel Okafor <samuel.okafor@example.net>", "Candidature Pro'pulse", "21 16:46",
        """Bonjour,

J'ai obtenu mon BUT Carrières sociales cette année, parcours « Animation sociale et socioculturelle ». Je suis à la recherche d'un emploi d'animateur dans une association d'éducation populaire ou un centre social.

Samuel Okafor
06 36 47 15 82""",
        app("Samuel", "Okafor", phone="+33636471582", bac=3, grad="2026", status="but_cette_annee"),
    )),
    # Feature: relative_years — graduation — je l'ai eu il y a deux ans
    # ambiguous: «il y a deux ans» names 2024, not a month: November 2024 passes, October fails; graduation_recent open
    # reckoned: 2026 − 2 = 2024 → a year alone in 2024 → open
    N("relative_years", "graduation", "je l'ai eu il y a deux ans", M(
        "Élise Marchand <elise.marchand@example.org>", "Pro'pulse - candidature", "22 10:24",
        """Bonjour,

Je suis titulaire d'un DEJEPS (animation socio-éducative) : je l'ai eu il y a deux ans. Je voudrais devenir coordinatrice de projets dans une association de jeunesse.

Élise Marchand
06 81 57 34 20""",
        app("Élise", "Marchand", phone="+33681573420", bac=2, grad="2024", unknown=("graduation_recent",), status="dejeps_il_y_a_deux_ans"),
    )),
    # Feature: status_durations — situation — mon stage de six mois commencé en février
    # reckoned: February + 6 months → February–July 2026 → ended (met); the master closed with it → 2026
    N("status_durations", "situation", "mon stage de six mois commencé en février", M(
        "Julien Ngo <julien.ngo@example.com>", "Candidature Pro'pulse", "22 14:03",
        """Bonjour,

Mon stage de six mois commencé en février, dans une SCIC d'énergie citoyenne, a clôturé mon master cette année. Je suis maintenant disponible et je cherche un poste de chargé de projets dans une coopérative.

Julien Ngo
06 94 38 26 71""",
        app("Julien", "Ngo", phone="+33694382671", bac=5, grad="2026", status="stage_six_mois_fevrier"),
    )),
    # Feature: status_durations — situation — un stage de six mois, démarré en juin
    # ambiguous: six months from June end in November 2026, the day unknown: still running on the 26th or not; not_internship open
    # reckoned: June + 6 months → June–November 2026 → ends this month → open
    N("status_durations", "situation", "un stage de six mois, démarré en juin", M(
        "Ophélie Renaud <ophelie.renaud@example.fr>", "Candidature", "23 09:26",
        """Bonjour,

Après mon master de droit social (mars 2026), j'ai fait un stage de six mois, démarré en juin, au service juridique d'une fédération d'associations. Je souhaite rester dans ce secteur.

Ophélie Renaud
07 04 26 38 95""",
        app("Ophélie", "Renaud", phone="+33704263895", bac=5, grad="2026-03", unknown=("not_internship",), status="stage_six_mois_juin"),
    )),
    # Feature: start_plus_duration — kind — une formation de dix-huit mois qui démarre en janvier
    # reckoned: a newsletter: January 2027 + 18 months = mid-2028; no application
    N("start_plus_duration", "kind", "une formation de dix-huit mois qui démarre en janvier", M(
        "Coopérer Ensemble <lettre@cooperer-ensemble.example.org>", "Lettre d'information - novembre", "23 07:00",
        """Lettre d'information de Coopérer Ensemble

À la une : une formation de dix-huit mois qui démarre en janvier pour les futurs gérants de SCOP. Inscriptions ouvertes jusqu'au 15 décembre.

Aussi dans ce numéro : trois portraits de coopératrices, l'agenda des assemblées générales.

Se désinscrire : répondre à ce message avec « désinscription ».""",
        newsletter(),
    )),
    # Feature: study_counts — kind — trois ans d'études
    # reckoned: a hypothetical count of years (DUT + one year) asked about; no personal fact (question)
    N("study_counts", "kind", "trois ans d'études", M(
        "Agnès Poulain <agnes.poulain@example.com>", "Question sur le niveau", "24 10:40",
        """Bonjour,

Un DUT suivi d'une année de licence, soit trois ans d'études après le bac, est-ce que cela compte pour vous comme un bac+3 ou comme un bac+2 ? Je pose la question pour les étudiants que j'accompagne.

Agnès Poulain, chargée d'insertion""",
        question(),
    )),
    # Feature: career_span — kind — au moins cinq ans d'expérience
    # reckoned: a job advert asking five years of experience; no application (other)
    N("career_span", "kind", "au moins cinq ans d'expérience", M(
        "Offres ESS <offres@emplois-ess.example.net>", "Nouvelle offre : directeur·rice de centre social", "24 06:30",
        """Nouvelle offre correspondant à votre alerte :

Directeur·rice de centre social (H/F) — Association Les Tilleuls, Nantes
Profil : au moins cinq ans d'expérience en direction de structure associative.
CDI, prise de poste en février.

Vous recevez ce message car vous avez créé une alerte sur emplois-ess.""",
        other(),
    )),
    # Feature: calendar_anchors — kind — jusqu'à la rentrée de janvier
    # reckoned: away until January 2027; no fact (auto-reply)
    N("calendar_anchors", "kind", "jusqu'à la rentrée de janvier", M(
        "Florence Gaillard <florence.gaillard@example.fr>", "Absence : Re: Pro'pulse", "24 11:02",
        """Bonjour,

Je suis absente jusqu'à la rentrée de janvier. Votre message sera traité à mon retour. Pour les urgences, écrivez à accueil@maison-asso.example.fr.

Florence Gaillard""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: search_duration — kind — ça fait maintenant six mois que je cherche
    # reckoned: a reply in our thread; six months of searching answers our question (reply)
    N("search_duration", "kind", "ça fait maintenant six mois que je cherche", M(
        "Ibrahima Diop <ibrahima.diop@example.org>", "Re: Pro'pulse - compléments", "25 08:47",
        """Bonjour,

Merci pour votre retour. Pour compléter : ça fait maintenant six mois que je cherche, surtout dans les associations de quartier. Je vous envoie mon attestation France Travail dès que je l'ai.

Ibrahima Diop

> Depuis combien de temps êtes-vous en recherche d'emploi ?""",
        reply(),
        headers={"In-Reply-To": "<20261120.5531.1207@animafac.net>", "References": "<20261120.5531.1207@animafac.net>"},
    )),
    # Feature: chained_dates — kind — après trois tentatives en quarante-huit heures
    # reckoned: a bounce after three tries in forty-eight hours; no application
    N("chained_dates", "kind", "après trois tentatives en quarante-huit heures", M(
        "MAILER-DAEMON <mailer-daemon@relais.example.fr>", "Non distribuable : Votre candidature à Pro'pulse", "25 12:55",
        """Votre message n'a pas pu être remis après trois tentatives en quarante-huit heures.

Le destinataire est introuvable sur le serveur distant.""",
        bounce("lucas.martel@example.fr"),
        bounce="""Reporting-MTA: dns; relais.example.fr
Final-Recipient: rfc822; lucas.martel@example.fr
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Utilisateur inconnu""",
    )),
]
