"""Chronology corpus, batch 04 (writer A): paths whose facts are placed only against one event (since the
diploma, before the master, after the return to France, since a resit, since a failed BTS), paths told twice
(the detail dating a BTS, a jury, a defence, a mission or an internship otherwise than the summary), and the
same orders in English (a departure first, a relative path, a flashback to a career, a degree «about two
years» ago, a summary and a detail of a foreign diploma, a viva told first); other mail in those orders (a
question after a return from abroad, a foundation's word on a former participant, an auto-reply told twice,
a school's jury calendar, an English question, an English reply in our thread)."""
# ruff: noqa: E501

from __future__ import annotations

from chronology import N
from kit import CV, M, app, auto_reply, other, question, reply

MESSAGES = [
    # Feature: pivot_event — aim — j'ai créé ma propre société de conseil
    # order: «pivot: le diplôme» → «depuis, ma société de conseil, je cherche des clients» = what follows the pivot is one's own company, the ESS only as clients → fails job_seeking_ess → not eligible
    N("pivot_event", "aim", "j'ai créé ma propre société de conseil", M(
        "Thomas Aubry <thomas.aubry@example.fr>", "Pro'pulse ?", "02 10:37",
        """Bonjour,

Depuis mon diplôme (master Management de l'innovation, juin 2026), j'ai créé ma propre société de conseil en stratégie numérique. Je cherche des clients, notamment des associations et des coopératives, et je me demandais si votre programme pourrait m'ouvrir votre réseau.

Thomas Aubry
06 31 75 40 88""",
        app("Thomas", "Aubry", phone="+33631754088", bac=5, grad="2026-06", failing=("job_seeking_ess",), status="societe_conseil_depuis_diplome"),
    )),
    # Feature: pivot_event — career_change — j'ai travaillé un an comme assistante commerciale
    # order: «pivot: BTS juillet 2025» → «depuis, un an d'assistante commerciale, fini» = the job comes after the diploma, a first job → meets not_career_change → eligible
    N("pivot_event", "career_change", "j'ai travaillé un an comme assistante commerciale", M(
        "Amandine Lacombe <amandine.lacombe@example.org>", "Candidature Pro'pulse", "03 14:29",
        """Bonjour,

Depuis mon BTS Support à l'action managériale (juillet 2025), j'ai travaillé un an comme assistante commerciale dans une agence immobilière de Pau. Le contrat est terminé et je ne veux pas rester dans l'immobilier : je cherche un poste d'assistante dans une association ou une mutuelle.

Amandine Lacombe
05 59 14 83 26""",
        app("Amandine", "Lacombe", phone="+33559148326", bac=2, grad="2025-07", status="bts_sam_puis_un_an_immobilier"),
    )),
    # Feature: pivot_event — career_change — Avant le master, j'ai été gendarme
    # order: «avant le master: gendarme onze ans» | «pivot: master ESS 2026» | «après: recherche» = years placed before the pivot are a trade before the diploma → fails not_career_change → not eligible
    N("pivot_event", "career_change", "Avant le master, j'ai été gendarme", M(
        "Rayan Boukhari <rayan.boukhari@example.net>", "Candidature — reconversion", "04 08:15",
        """Madame, Monsieur,

Avant le master, j'ai été gendarme, onze années en brigade dans le Gard. Le master Économie sociale et solidaire de Montpellier, obtenu en juin 2026, m'a permis de changer de cap. Après lui, une seule idée : travailler dans une association de prévention de la délinquance ou d'aide aux victimes.

Respectueusement,
Rayan Boukhari
04 66 27 93 50""",
        app("Rayan", "Boukhari", phone="+33466279350", bac=5, grad="2026-06", failing=("not_career_change",), status="gendarme_onze_ans_avant_master"),
    )),
    # Feature: pivot_event — situation — Avant mon retour en France, en juillet, j'ai passé un an dans le Corps européen de solidarité
    # order: «avant le retour: Corps européen de solidarité en Grèce, un an» | «pivot: retour en juillet» | «après: recherche» = the volunteering lies before the return: it is over → meets not_service_civique → eligible
    N("pivot_event", "situation", "Avant mon retour en France, en juillet, j'ai passé un an dans le Corps européen de solidarité", M(
        "Chiara Esposito <chiara.esposito@example.com>", "candidature Chiara Esposito", "05 19:41",
        """Bonjour,

Avant mon retour en France, en juillet, j'ai passé un an dans le Corps européen de solidarité, dans un centre pour demandeurs d'asile à Thessalonique. J'avais obtenu mon M2 Migrations internationales à Poitiers en juin 2025, juste avant de partir.

Depuis que je suis rentrée, je cherche un poste de travailleuse sociale ou de coordinatrice dans une association d'accueil des exilés.

Chiara Esposito
07 63 41 20 95""",
        app("Chiara", "Esposito", phone="+33763412095", bac=5, grad="2025-06", status="ces_grece_avant_retour_juillet"),
    )),
    # Feature: pivot_event — studies_finished — Depuis mon rattrapage de septembre
    # ambiguous: since the resit of September the writer waits for the deliberation of the BUT: every exam taken, the award not yet given — a coordinator must check the result
    # order: «pivot: rattrapage de septembre» → «depuis, j'attends la délibération» = results still ahead after the last exam → studies_finished unknown → to verify
    N("pivot_event", "studies_finished", "Depuis mon rattrapage de septembre", M(
        "Dylan Leclerc <dylan.leclerc@example.fr>", "Candidature", "06 12:33",
        """Bonjour,

Depuis mon rattrapage de septembre (un module de statistiques du BUT GEA), j'attends la délibération du jury pour savoir si j'ai mon diplôme. Le reste est validé, stage compris.

Je cherche un poste de gestionnaire dans une association ou une SCOP.

Dylan Leclerc
07 09 62 37 14""",
        app("Dylan", "Leclerc", phone="+33709623714", bac="*", grad=None, unknown=("studies_finished",), status="but_gea_rattrapage_deliberation"),
    )),
    # Feature: pivot_event — graduation — il y a un an et demi
    # order: «pivot: DEUST il y a un an et demi» → «depuis, vacations sportives» = eighteen months before November 2026 is spring 2025 → meets graduation_recent → eligible
    N("pivot_event", "graduation", "il y a un an et demi", M(
        "Elsa Frémont <elsa.fremont@example.net>", "Candidature Pro'pulse — Elsa", "08 09:03",
        """Bonjour,

Depuis mon DEUST Animation et gestion des activités sportives, il y a un an et demi, je fais des vacations dans des clubs. J'aimerais un vrai poste dans une association sport-santé ou une fédération sportive affinitaire.

Elsa Frémont
06 48 70 15 92""",
        app("Elsa", "Frémont", phone="+33648701592", bac=2, grad="2025", status="deust_un_an_et_demi_vacations"),
    )),
    # Feature: pivot_event — level — Depuis l'oral du BTS, raté en juin
    # order: «avant: bac pro» | «pivot: l'oral du BTS raté en juin» | «depuis: serveuse» = the BTS failed, the highest diploma is the bac pro → fails degree_level → not eligible
    N("pivot_event", "level", "Depuis l'oral du BTS, raté en juin", M(
        "Maëlle Guillou <maelle.guillou@example.fr>", "Candidature", "09 22:16",
        """Bonjour,

Avant le BTS j'avais un bac pro Accompagnement, soins et services à la personne. Depuis l'oral du BTS, raté en juin, je suis serveuse à Quimper et je ne sais pas si je vais le repasser. J'aimerais travailler dans une association d'aide à domicile.

Maëlle Guillou
06 28 53 74 01""",
        app("Maëlle", "Guillou", phone="+33628537401", bac=0, grad=None, failing=("degree_level",), status="bac_pro_bts_rate_juin"),
    )),
    # Feature: pivot_event — kind — Depuis mon retour de l'étranger
    # order: «pivot: return from abroad» → «question» = a general question with no name, diploma nor date → kind question
    N("pivot_event", "kind", "Depuis mon retour de l'étranger", M(
        "<retour.expat@example.org>", "Question diplôme étranger", "10 18:54",
        """Bonjour,

Depuis mon retour de l'étranger, je me demande si un diplôme obtenu hors de France est accepté par Pro'pulse, et s'il faut une équivalence avant de candidater.

Cordialement""",
        question(),
    )),
    # Feature: pivot_event — kind — Depuis son embauche chez nous
    # order: «pivot: hired in March» → «since: coordinator» = a foundation's word on a former participant, no application → kind other
    N("pivot_event", "kind", "Depuis son embauche chez nous", M(
        "Fondation Terre d'Avenir <contact@example.org>", "Merci pour Yanis", "18 11:25",
        """Bonjour,

Depuis son embauche chez nous en mars, Yanis, passé par votre programme, coordonne nos bénévoles sur trois départements. Nous renouvelons volontiers notre participation à vos simulations d'entretien au printemps.

Bien à vous,
La direction de la Fondation""",
        other(),
    )),
    # Feature: told_twice — graduation — Plus précisément : les épreuves, je les ai passées en 2022
    # order: «en bref: BTS en 2025» → «plus précisément: épreuves et résultats en 2022, en 2025 un duplicata» = the detail holds: the BTS is of 2022 → fails graduation_recent → not eligible
    N("told_twice", "graduation", "Plus précisément : les épreuves, je les ai passées en 2022", M(
        "Jérémie Cordier <jeremie.cordier@example.com>", "candidature pro'pulse", "02 13:50",
        """Bonjour,

En bref : BTS Communication en 2025, et je cherche un emploi dans une association.

Plus précisément : les épreuves, je les ai passées en 2022, avec les résultats en juillet ; en 2025 j'ai seulement récupéré un duplicata du diplôme, l'original ayant été perdu dans un déménagement. Entre-temps j'ai fait de l'intérim.

Jérémie Cordier
06 57 21 94 38""",
        app("Jérémie", "Cordier", phone="+33657219438", bac=2, grad="2022-07", failing=("graduation_recent",), status="bts_2022_duplicata_2025"),
    )),
    # Feature: told_twice — graduation — le jury s'est réuni en décembre 2024
    # order: «en bref: licence pro en 2024» → «dans le détail: session décalée, jury en décembre 2024» = the detail narrows the year to December 2024 → meets graduation_recent → eligible
    N("told_twice", "graduation", "le jury s'est réuni en décembre 2024", M(
        "Ophélie Delmas <ophelie.delmas@example.org>", "Candidature — Ophélie Delmas", "04 16:22",
        """Bonjour,

Pour résumer : licence pro Intervention sociale en 2024, deux ans d'animation depuis.

Dans le détail, j'ai fait ma licence pro en alternance, avec une session décalée : le jury s'est réuni en décembre 2024. Depuis, j'ai été animatrice en CDD dans deux centres sociaux, et je cherche maintenant un poste de référente famille dans une association. CV joint.

Ophélie Delmas
05 61 39 82 07""",
        app("Ophélie", "Delmas", phone="+33561398207", bac=3, grad="2024-12", status="lp_jury_decembre_2024", info_in="both"),
        cv=CV("pdf", "OphelieDelmas_CV.pdf", """Ophélie Delmas — Toulouse
Licence professionnelle Intervention sociale, alternance, jury de décembre 2024
Animatrice (CDD), centre social des Izards, 2025
Animatrice (CDD), centre social Bagatelle, 2025 – 2026
BAFA, PSC1"""),
    )),
    # Feature: told_twice — studies_finished — la soutenance a été reportée au 18 décembre
    # order: «résumé: master fini» → «je reprends: cours finis, soutenance reportée au 18 décembre» = the detail holds: the defence is ahead → fails studies_finished → not eligible
    N("told_twice", "studies_finished", "la soutenance a été reportée au 18 décembre", M(
        "Bilal Ezzahir <bilal.ezzahir@example.net>", "Candidature Pro'pulse", "05 08:09",
        """Bonjour,

Résumé : master Développement durable fini, je cherche un emploi dans une association environnementale.

Je reprends, pour être honnête : les cours et le stage sont finis, mais la soutenance a été reportée au 18 décembre, mon directeur de mémoire étant malade.

Bilal Ezzahir
07 35 19 64 82""",
        app("Bilal", "Ezzahir", phone="+33735196482", bac="*", grad=None, failing=("studies_finished",), status="master_soutenance_reportee_18_dec"),
    )),
    # Feature: told_twice — aim — je balance encore entre une association et le CDI
    # ambiguous: the summary says an ESS search, the detail says the writer still hesitates between an association and a CDI offered in the family firm: the aim is split on equal terms — a coordinator must ask
    # order: «pour faire court: je cherche dans l'ESS» → «plus longuement: j'hésite avec le CDI de l'entreprise familiale» = the detail splits the aim → job_seeking_ess unknown → to verify
    N("told_twice", "aim", "je balance encore entre une association et le CDI", M(
        "Anaïs Carpentier <anais.carpentier@example.fr>", "Candidature", "07 21:18",
        """Bonsoir,

Pour faire court : licence de gestion obtenue en juin 2026, je cherche un poste dans l'ESS.

Plus longuement : je balance encore entre une association et le CDI que m'offre l'entreprise de transport de mon père, qui aimerait que je reprenne la comptabilité. Je me donne jusqu'à janvier pour décider.

Anaïs Carpentier
06 92 48 31 75""",
        app("Anaïs", "Carpentier", phone="+33692483175", bac=3, grad="2026-06", unknown=("job_seeking_ess",), status="hesite_asso_cdi_entreprise_pere"),
    )),
    # Feature: told_twice — situation — elle court en réalité jusqu'à la fin du mois
    # ambiguous: the summary says the mission is over, the detail says it runs «jusqu'à la fin du mois» with no day: over or still running on 26 November — a coordinator must ask
    # order: «en un mot: service civique terminé» → «à vrai dire: jusqu'à la fin du mois» = the detail holds, and it ends this month with no day → not_service_civique unknown → to verify
    N("told_twice", "situation", "elle court en réalité jusqu'à la fin du mois", M(
        "Timothée Gaillard <timothee.gaillard@example.com>", "Pro'pulse — candidature Timothée Gaillard", "11 15:47",
        """Bonjour,

En un mot : DUT Carrières sociales obtenu en 2025, service civique terminé, disponible.

À vrai dire, la mission de service civique à la Banque alimentaire n'est pas tout à fait finie : elle court en réalité jusqu'à la fin du mois, mais je n'ai presque plus d'heures. Je cherche un poste de coordinateur logistique solidaire.

Timothée Gaillard
06 15 93 28 40""",
        app("Timothée", "Gaillard", phone="+33615932840", bac=2, grad="2025", unknown=("not_service_civique",), status="sc_banque_alim_fin_du_mois"),
    )),
    # Feature: told_twice — situation — le stage s'est arrêté le 13 novembre
    # order: «en bref: encore en stage» → «je précise: le stage s'est arrêté le 13 novembre» = the detail corrects the summary: over → meets not_internship → eligible
    N("told_twice", "situation", "le stage s'est arrêté le 13 novembre", M(
        "Morgane Le Bihan <morgane.lebihan@example.org>", "Candidature Pro'pulse", "20 10:52",
        """Bonjour,

En bref : master Gestion des ressources humaines en septembre, encore en stage à la mutuelle.

Je précise, car j'ai écrit ce premier paragraphe il y a quinze jours : le stage s'est arrêté le 13 novembre, et je suis désormais entièrement disponible pour chercher un poste RH dans une association ou une mutuelle.

Morgane Le Bihan
02 97 64 18 53""",
        app("Morgane", "Le Bihan", phone="+33297641853", bac=5, grad="2026-09", status="stage_mutuelle_arrete_13_novembre"),
    )),
    # Feature: told_twice — kind — pour être précis : du 20 novembre au 2 décembre
    # order: «absent» → «pour être précis: du 20 novembre au 2 décembre» = an absence told twice, no application → kind auto_reply
    N("told_twice", "kind", "pour être précis : du 20 novembre au 2 décembre", M(
        "Karine Dumas <karine.dumas@example.org>", "Absence du bureau", "20 07:45",
        """Bonjour,

Je suis absente. Pour être précis : du 20 novembre au 2 décembre inclus, sans accès à ma messagerie. En cas d'urgence, appelez le standard de l'IRTS.

Karine Dumas, responsable des stages""",
        auto_reply(),
    )),
    # Feature: told_twice — kind — Dans le détail : jury plénier le 15 décembre
    # order: «en résumé: résultats en décembre» → «dans le détail: jury le 15, publication le 17» = a school's jury calendar, no application → kind other
    N("told_twice", "kind", "Dans le détail : jury plénier le 15 décembre", M(
        "Scolarité — IRTS <scolarite@example.org>", "Calendrier des jurys DEES / DEEJE", "23 14:00",
        """Madame, Monsieur,

En résumé : les résultats des diplômes d'État seront connus en décembre.

Dans le détail : jury plénier le 15 décembre, publication des résultats le 17 décembre à 14 h, attestations de réussite envoyées à partir du 4 janvier.

Merci de relayer auprès des structures partenaires.

Le service scolarité""",
        other(),
    )),
    # Feature: english_chronology — aim — Next month I'm off to Vietnam for a year
    # order: «next first: a year in Vietnam from December» ← «BA in July» = what comes next is a year abroad instead of a job; the charity job only «when I'm back» → fails job_seeking_ess → not eligible (English)
    N("english_chronology", "aim", "Next month I'm off to Vietnam for a year", M(
        "Ethan Brooks <ethan.brooks@example.com>", "Pro'pulse application", "03 11:48",
        """Hello,

Next month I'm off to Vietnam for a year, travelling and teaching English. Before that, I finished my BA in International Development at the University of Sussex in July.

When I'm back I'd love to work for a French charity, which is why I'm writing now.

Cheers,
Ethan Brooks
+44 7700 900318""",
        app("Ethan", "Brooks", phone="+447700900318", bac=3, grad="2026-07", failing=("job_seeking_ess",), status="vietnam_year_after_ba", language="en"),
    )),
    # Feature: english_chronology — aim — since September I've been applying to social enterprises
    # order: «MSc in 2025» → «the following spring, three months volunteering» → «since September, applying to social enterprises» = the last relative step is today's search → meets job_seeking_ess → eligible (English)
    N("english_chronology", "aim", "since September I've been applying to social enterprises", M(
        "Anjali Desai <anjali.desai@example.net>", "Application — Anjali Desai", "06 09:36",
        """Dear Pro'pulse team,

I completed my MSc in Environmental Policy in 2025, in Manchester. The following spring I spent three months volunteering on a community farm in Ardèche, and since September I've been applying to social enterprises and cooperatives in the food sector, in Lyon.

I'd be grateful for your support.

Best regards,
Anjali Desai
07 81 29 46 03""",
        app("Anjali", "Desai", phone="+33781294603", bac=5, grad="2025", status="msc_2025_farm_since_sept", language="en"),
    )),
    # Feature: english_chronology — career_change — before going back to uni I had been a police officer for eleven years
    # order: «forward: MA in June, job hunt» → flashback «before going back to uni I had been a police officer for eleven years» = the pluperfect places a trade of years before the degree → fails not_career_change → not eligible (English)
    N("english_chronology", "career_change", "before going back to uni I had been a police officer for eleven years", M(
        "Callum Fraser <callum.fraser@example.org>", "Application", "09 17:24",
        """Hi,

I got my MA in Social Economy at Glasgow Caledonian this June and I'm now job-hunting in Marseille, where my wife is from, for a post in a cooperative or a social housing association.

I should mention that before going back to uni I had been a police officer for eleven years.

All the best,
Callum Fraser
+33 6 05 82 47 19""",
        app("Callum", "Fraser", phone="+33605824719", bac=5, grad="2026-06", failing=("not_career_change",), status="police_eleven_years_ma_glasgow", language="en"),
    )),
    # Feature: english_chronology — graduation — about two years since I finished my HND
    # ambiguous: the HND is dated only «about two years» back from today, with no month nor year: on either side of the 24 months — a coordinator must ask
    # order: «right now: support worker» ← «about two years since my HND» = a date counted back from today, astride the limit → graduation_recent unknown → to verify (English)
    N("english_chronology", "graduation", "about two years since I finished my HND", M(
        "Ama Kwarteng <ama.kwarteng@example.com>", "Pro'pulse", "12 20:02",
        """Hello,

I'm a support worker in a care home in Lille at the moment, on nights. It's been about two years since I finished my HND in Health and Social Care in London, and I'd like to move to a job in a French association working with elderly people or families.

Thank you,
Ama Kwarteng
+33 7 26 81 54 30""",
        app("Ama", "Kwarteng", phone="+33726815430", bac=2, grad=None, unknown=("graduation_recent",), status="hnd_about_two_years_support_worker", language="en"),
    )),
    # Feature: english_chronology — level — To be precise, it's a Diploma in Social Work from a private college
    # ambiguous: the summary calls it a degree, the detail says a three-year Diploma from a private college in Lagos with no level nor recognition: bac+2, bac+3 or less — a coordinator must ask
    # order: «in short: a degree in social work, this summer» → «to be precise: a Diploma from a private college» = the detail holds and leaves the level open → degree_level unknown → to verify (English)
    N("english_chronology", "level", "To be precise, it's a Diploma in Social Work from a private college", M(
        "Chinedu Eze <chinedu.eze@example.net>", "Application to Pro'pulse", "14 13:08",
        """Good afternoon,

In short: I have a degree in social work, finished this summer, and I'm looking for a job with an NGO or an association in Paris.

To be precise, it's a Diploma in Social Work from a private college in Lagos, three years of study. I haven't asked for a recognition in France yet.

Yours faithfully,
Chinedu Eze
+33 6 73 40 92 18""",
        app("Chinedu", "Eze", phone="+33673409218", bac="*", grad="2026", unknown=("degree_level",), status="diploma_private_college_lagos", language="en"),
    )),
    # Feature: english_chronology — studies_finished — My viva was on 6 November and I passed
    # order: «first: viva passed on 6 November» → «next: the ceremony in January» = only the ceremony is ahead, the degree is awarded → meets studies_finished → eligible (English)
    N("english_chronology", "studies_finished", "My viva was on 6 November and I passed", M(
        "Freya Larsen <freya.larsen@example.org>", "Application — Freya Larsen", "17 10:15",
        """Hello,

My viva was on 6 November and I passed: my MRes in Urban Studies (University of Edinburgh) is done. The graduation ceremony is only in January, but I'm already looking for a job with a housing cooperative or a tenants' association in France.

Kind regards,
Freya Larsen
+33 7 40 63 19 85""",
        app("Freya", "Larsen", phone="+33740631985", bac=5, grad="2026-11", status="viva_6_november_ceremony_january", language="en"),
        html="only",
    )),
    # Feature: english_chronology — kind — first a placement, then a volunteering
    # order: «first a placement» → «then a volunteering» → «which one counts?» = a general question in English with no name nor diploma → kind question
    N("english_chronology", "kind", "first a placement, then a volunteering", M(
        "<curious.grad@example.com>", "Question about eligibility", "19 19:19",
        """Hi,

If someone did first a placement, then a volunteering year abroad after their degree, which date do you count from — the degree or the end of the volunteering? And do you accept people who are still abroad?

Thanks""",
        question(language="en"),
    )),
    # Feature: english_chronology — kind — since your email I've had two interviews
    # order: «since your email: two interviews» → «next: a decision on Monday» = a reply in our thread telling what happened since, no application → kind reply
    N("english_chronology", "kind", "since your email I've had two interviews", M(
        "Daniel Hughes <daniel.hughes@example.net>", "Re: Pro'pulse — next steps", "26 08:40",
        """Hi Claire,

Quick update: since your email I've had two interviews, one with a housing charity and one with a food co-op. The co-op will decide on Monday. I'll keep you posted before our call.

Best,
Daniel

> Hi Daniel, let's have a call on 1 December to take stock.""",
        reply(),
        headers={"In-Reply-To": "<call-1201.hughes@animafac.net>", "References": "<call-1201.hughes@animafac.net>"},
    )),
]
