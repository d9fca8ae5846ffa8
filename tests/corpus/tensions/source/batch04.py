"""Tensions corpus, batch 04 (writer A): the second half of two diplomas with two dates (an HND and a recent
BA, a licence abroad and its equivalence, a licence abroad and a DU, a master abroad awaiting recognition, an
old BTS and a level-4 title, two old diplomas) and a job held now against a search (a CDD at a supermarket,
temping, the family bakery, a café, a call centre after the diploma, a consulting post kept until something
equal, a bank post and a vague idea, years in the parents' shop, a permanent job kept, a police career, a
supermarket career, taking over the family grocery); other mail in those tensions (a question on a second
diploma, a school on its double-diploma alumni, a question on a CDD, an insertion company on its own
graduates, a reply in our thread announcing a CDD, a bounce from a work address)."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, bounce, other, question, reply
from tensions import N

MESSAGES = [
    # Feature: two_diplomas_two_dates — graduation — a BA (Hons) in Community Development this June
    # tension: «an HND in Social Care from 2018» vs «a BA (Hons) in Community Development this June» = the BA of June 2026 is the highest and the most recent: the old HND does not date it → meets graduation_recent → eligible (English)
    N("two_diplomas_two_dates", "graduation", "a BA (Hons) in Community Development this June", M(
        "Callum Fraser <callum.fraser@example.com>", "Pro'pulse — application", "02 12:06",
        """Hi there,

I have an HND in Social Care from 2018 and then, after years of caring for my gran, I went back to study and got a BA (Hons) in Community Development this June (2026), at Glasgow Caledonian.

I moved to Marseille with my wife in September. I'm after a job in a community association or a social centre, French is getting there!

Cheers,
Callum Fraser
+44 7911 123456""",
        app("Callum", "Fraser", phone="+447911123456", bac=3, grad="2026-06", status="hnd_2018_ba_2026", language="en"),
    )),
    # Feature: two_diplomas_two_dates — graduation — ma licence obtenue à Rabat en juillet 2025
    # tension: «l'équivalence reçue en octobre 2026» vs «ma licence obtenue à Rabat en juillet 2025» = the diploma abroad is dated by its own date, July 2025, and the equivalence gives it the licence level → meets graduation_recent → eligible
    N("two_diplomas_two_dates", "graduation", "ma licence obtenue à Rabat en juillet 2025", M(
        "Kawtar Belhaj <kawtar.belhaj@example.fr>", "Candidature", "03 09:17",
        """Bonjour,

Je vous écris pour rejoindre Pro'pulse. Ma licence obtenue à Rabat en juillet 2025 (sociologie) a reçu son attestation de reconnaissance en octobre 2026 : niveau licence, bac+3.

Je cherche un poste d'intervenante sociale dans une association d'aide aux femmes ou de médiation.

Kawtar Belhaj
07 62 83 14 59""",
        app("Kawtar", "Belhaj", phone="+33762831459", bac=3, grad="2025-07", status="licence_rabat_2025_reconnue"),
    )),
    # Feature: two_diplomas_two_dates — graduation — un DU Droit des étrangers à Lyon 2 en juin 2026
    # ambiguous: the licence of 2020 is too old; the recent diploma is a DU, which carries no national level: whether it counts as a recent diploma of bac+2 or more — a coordinator must decide
    # tension: «une licence de droit à Tunis en 2020» vs «un DU Droit des étrangers à Lyon 2 en juin 2026» = the old licence gives the level, the recent DU has no level to date the graduation with → graduation_recent unknown → to verify
    N("two_diplomas_two_dates", "graduation", "un DU Droit des étrangers à Lyon 2 en juin 2026", M(
        "Amine Laabidi <amine.laabidi@example.net>", "Candidature Pro'pulse", "04 18:42",
        """Bonjour,

J'ai une licence de droit à Tunis en 2020, puis, après mon arrivée en France, un DU Droit des étrangers à Lyon 2 en juin 2026.

Je voudrais travailler comme juriste ou intervenant dans une association d'accès aux droits des personnes étrangères.

Amine Laabidi
06 35 70 28 41""",
        app("Amine", "Laabidi", phone="+33635702841", bac=3, grad="2026-06", unknown=("graduation_recent",), status="licence_tunis_2020_du_2026"),
    )),
    # Feature: two_diplomas_two_dates — level — la demande de reconnaissance est en cours
    # ambiguous: the master from Bogotá (December 2025) awaits its ENIC-NARIC recognition and the DELF is a language certificate: the level of the diploma abroad is open — a coordinator must ask
    # tension: «une maestría terminée à Bogotá en décembre 2025» vs «en France, seulement un DELF B2 ; la demande de reconnaissance est en cours» = a diploma abroad awaiting recognition leaves the level open, the DELF is no diploma of level → degree_level unknown → to verify
    N("two_diplomas_two_dates", "level", "la demande de reconnaissance est en cours", M(
        "Daniela Jaramillo <daniela.jaramillo@example.com>", "Postulación / candidature", "06 11:23",
        """Bonjour,

J'ai une maestría en gestion culturelle terminée à Bogotá en décembre 2025 ; en France, seulement un DELF B2 obtenu en 2026. La demande de reconnaissance est en cours auprès d'ENIC-NARIC.

Je cherche un poste dans une association culturelle ou un tiers-lieu, sur la médiation avec les publics latino-américains par exemple.

Daniela Jaramillo
07 51 92 40 36""",
        app("Daniela", "Jaramillo", phone="+33751924036", bac="*", grad="2025-12", unknown=("degree_level",), status="maestria_bogota_reconnaissance"),
    )),
    # Feature: two_diplomas_two_dates — graduation — un BTS Diététique en 2019
    # tension: «diplômée de moniteur-éducatrice en juin 2026» vs «un BTS Diététique en 2019» = the recent DE of moniteur-éducateur is level 4 and does not renew the BTS, the only bac+2, of 2019 → fails graduation_recent → not eligible
    N("two_diplomas_two_dates", "graduation", "un BTS Diététique en 2019", M(
        "Laëtitia Chabane <laetitia.chabane@example.org>", "Candidature Pro'pulse", "08 14:30",
        """Bonjour,

Je suis diplômée de moniteur-éducatrice depuis juin 2026 (niveau 4, en cours d'emploi), et j'ai aussi un BTS Diététique en 2019, mon premier diplôme.

Je cherche un poste éducatif dans une association du handicap ou de la protection de l'enfance.

Laëtitia Chabane
06 26 81 59 13""",
        app("Laëtitia", "Chabane", phone="+33626815913", bac=2, grad="2019-06", failing=("graduation_recent",), status="bts_2019_me_2026"),
    )),
    # Feature: two_diplomas_two_dates — graduation — ma licence date de juin 2023
    # tension: «un DUT de 2017» vs «puis ma licence date de juin 2023» = the most recent diploma of bac+2 or more is the licence of June 2023, 41 months ago → fails graduation_recent → not eligible
    N("two_diplomas_two_dates", "graduation", "ma licence date de juin 2023", M(
        "Benoît Jacquemin <benoit.jacquemin@example.fr>", "candidature", "09 20:05",
        """Bonsoir,

Un DUT de 2017 en gestion, puis ma licence date de juin 2023 (économie sociale). Je cherche un poste de chargé de gestion dans une coopérative.

Benoît Jacquemin
06 33 48 10 75""",
        app("Benoît", "Jacquemin", phone="+33633481075", bac=3, grad="2023-06", failing=("graduation_recent",), status="dut_2017_licence_2023"),
    )),
    # Feature: two_diplomas_two_dates — kind — est-ce que le deuxième diplôme remet le compteur à zéro
    # tension: «un premier diplôme» vs «le deuxième diplôme» = a question on the rule, no diploma named nor dated → kind question
    N("two_diplomas_two_dates", "kind", "est-ce que le deuxième diplôme remet le compteur à zéro", M(
        "<h.benali2@example.com>", "Question diplômes", "14 16:55",
        """Bonjour, si on passe un deuxième diplôme après un premier, est-ce que le deuxième diplôme remet le compteur à zéro pour les deux ans ? Merci""",
        question(),
    )),
    # Feature: two_diplomas_two_dates — kind — nos anciens ont souvent deux diplômes
    # tension: «une licence d'abord» vs «un titre ensuite» = a school writes about its alumni to offer a workshop, no applicant → kind other
    N("two_diplomas_two_dates", "kind", "nos anciens ont souvent deux diplômes", M(
        "École de la coopération — alumni <alumni@example.org>", "Proposition d'atelier commun", "15 10:20",
        """Bonjour,

Nos anciens ont souvent deux diplômes, une licence d'abord puis notre titre de chargé de projets coopératifs. Nous aimerions organiser avec Pro'pulse un atelier sur la valorisation de ces parcours auprès des recruteurs de l'ESS.

Seriez-vous disponibles pour en parler en décembre ?

Marion Lestrade, responsable alumni""",
        other(),
    )),
    # Feature: job_now_vs_search — aim — je suis en CDD de caissière jusqu'en mars
    # tension: «licence pro Coordination de projets de développement social, juin 2026» vs «je suis en CDD de caissière jusqu'en mars» = a job to live held now is no obstacle: the search in associations is named and active → meets job_seeking_ess → eligible
    N("job_now_vs_search", "aim", "je suis en CDD de caissière jusqu'en mars", M(
        "Alexia Bouvier-Sané <alexia.bs@example.net>", "Candidature", "02 19:22",
        """Bonjour,

J'ai obtenu en juin 2026 une licence pro Coordination de projets de développement social. Pour l'instant je suis en CDD de caissière jusqu'en mars dans un hypermarché, il faut bien payer le loyer.

Mais je cherche activement un poste de coordinatrice dans une association ou un centre social : j'ai postulé à six offres ce mois-ci.

Alexia Bouvier-Sané
06 47 25 83 10""",
        app("Alexia", "Bouvier-Sané", phone="+33647258310", bac=3, grad="2026-06", status="lp_dsl_cdd_caissiere"),
    )),
    # Feature: job_now_vs_search — aim — je fais des missions d'intérim en logistique en attendant
    # tension: «master Économie sociale, septembre 2025» vs «je fais des missions d'intérim en logistique en attendant» = temping after the master is a side job; the search for an ESS post is what the writer says → meets job_seeking_ess → eligible
    N("job_now_vs_search", "aim", "je fais des missions d'intérim en logistique en attendant", M(
        "Bilal Chakir <bilal.chakir@example.com>", "Candidature Pro'pulse — Bilal Chakir", "03 07:48",
        """Bonjour,

Diplômé d'un master Économie sociale (septembre 2025, Lille), je fais des missions d'intérim en logistique en attendant de trouver un poste qui corresponde à mes études.

Ce que je recherche : chargé de développement dans une coopérative d'activité et d'emploi, une SCIC ou un réseau d'entrepreneuriat social. J'ai eu deux entretiens qui n'ont pas abouti et j'aimerais être mieux préparé.

Merci de votre attention,
Bilal Chakir
06 98 12 37 54""",
        app("Bilal", "Chakir", phone="+33698123754", bac=5, grad="2025-09", status="master_ess_interim_logistique"),
    )),
    # Feature: job_now_vs_search — career_change — je donne un coup de main à la boulangerie de mes parents
    # tension: «BTS Économie sociale familiale, juillet 2026» vs «je donne un coup de main à la boulangerie de mes parents» = helping in the family shop since the diploma is a side job, no trade before it → meets not_career_change → eligible
    N("job_now_vs_search", "career_change", "je donne un coup de main à la boulangerie de mes parents", M(
        "Camélia Boukhari <camelia.boukhari@example.fr>", "pro'pulse candidature", "04 15:14",
        """Bonjour,

BTS Économie sociale familiale obtenu en juillet 2026. Depuis, je donne un coup de main à la boulangerie de mes parents le matin, mais je cherche un poste de CESF dans une association de logement ou d'aide aux familles.

Camélia Boukhari
07 40 16 92 38""",
        app("Camélia", "Boukhari", phone="+33740169238", bac=2, grad="2026-07", status="bts_esf_boulangerie_parents"),
    )),
    # Feature: job_now_vs_search — aim — I'm working in a café in Lille for now
    # tension: «MSc in Sustainable Development, 2025» vs «I'm working in a café in Lille for now» = a café job held while applying to charities is a side job; the search is named → meets job_seeking_ess → eligible (English)
    N("job_now_vs_search", "aim", "I'm working in a café in Lille for now", M(
        "Dara Kim <dara.kim@example.com>", "Application to Pro'pulse", "05 22:10",
        """Hello,

I finished my MSc in Sustainable Development at Utrecht in August 2025 and followed my partner to France. I'm working in a café in Lille for now, 25 hours a week, while I apply to environmental associations and cooperatives in the region.

I'd really appreciate help with French application letters and interviews.

Best,
Dara Kim
07 82 31 64 05""",
        app("Dara", "Kim", phone="+33782316405", bac=5, grad="2025-08", status="msc_utrecht_cafe_lille", language="en"),
    )),
    # Feature: job_now_vs_search — career_change — un job alimentaire dans un centre d'appels
    # tension: «DUT Carrières sociales, juin 2025» vs «un job alimentaire dans un centre d'appels depuis un an» = a job taken after the diploma, for a year, is no trade before it → meets not_career_change → eligible
    N("job_now_vs_search", "career_change", "un job alimentaire dans un centre d'appels", M(
        "Eliott Castagnier <eliott.castagnier@example.org>", "Candidature", "06 12:33",
        """Bonjour,

J'ai mon DUT Carrières sociales depuis juin 2025. Depuis un an, j'ai un job alimentaire dans un centre d'appels (30 heures par semaine), et je cherche enfin dans mon domaine : éducateur ou animateur dans une association de prévention.

Eliott Castagnier
06 19 84 27 63""",
        app("Eliott", "Castagnier", phone="+33619842763", bac=2, grad="2025-06", status="dut_cs_centre_appels"),
        html="only",
    )),
    # Feature: job_now_vs_search — aim — je ne quitterai mon CDI que pour un poste équivalent
    # ambiguous: the ESS search is real but bound to a condition (an equivalent permanent post) while a CDI in a consulting firm is kept: an active search or an idle wish — a coordinator must ask
    # tension: «je cherche dans l'ESS» vs «je ne quitterai mon CDI que pour un poste équivalent» = a search conditioned on leaving a consultancy post leaves the aim open → job_seeking_ess unknown → to verify
    N("job_now_vs_search", "aim", "je ne quitterai mon CDI que pour un poste équivalent", M(
        "Florian Demir <florian.demir@example.net>", "Pro'pulse", "07 08:40",
        """Bonjour,

Master Management public obtenu en juin 2026. J'ai signé un CDI dans un cabinet de conseil en septembre. Je cherche dans l'ESS, notamment les fondations, mais je ne quitterai mon CDI que pour un poste équivalent.

Florian Demir
06 52 70 39 18""",
        app("Florian", "Demir", phone="+33652703918", bac=5, grad="2026-06", unknown=("job_seeking_ess",), status="master_cdi_conseil_conditionnel"),
    )),
    # Feature: job_now_vs_search — aim — j'envisage de regarder du côté des associations
    # ambiguous: «j'envisage de regarder» is no search yet, nor a refusal: the aim toward the ESS is open — a coordinator must ask
    # tension: «licence Économie-gestion, juin 2025» vs «conseiller bancaire depuis septembre 2025 ; j'envisage de regarder du côté des associations» = a bank post held and a vague idea of the ESS: the search is open → job_seeking_ess unknown → to verify
    N("job_now_vs_search", "aim", "j'envisage de regarder du côté des associations", M(
        "Grégory Antoine <gregory.antoine@example.com>", "Renseignements et candidature", "09 13:02",
        """Bonjour,

J'ai une licence Économie-gestion (juin 2025) et je suis conseiller bancaire depuis septembre 2025. Le poste ne me plaît pas trop et j'envisage de regarder du côté des associations, sans savoir encore quel métier.

Est-ce que Pro'pulse pourrait m'aider à y voir clair ?

Grégory Antoine
07 35 46 81 20""",
        app("Grégory", "Antoine", phone="+33735468120", bac=3, grad="2025-06", unknown=("job_seeking_ess",), status="licence_conseiller_bancaire_envisage"),
    )),
    # Feature: job_now_vs_search — career_change — j'ai tenu le magasin de mes parents plusieurs années
    # ambiguous: «plusieurs années» in the parents' shop before the BTS, full time or beside school, is not said: a trade or a family help — a coordinator must ask
    # tension: «BTS Management commercial opérationnel, juin 2026» vs «j'ai tenu le magasin de mes parents plusieurs années, et j'y travaille encore le samedi» = years in the family shop before the diploma, of unsaid kind: career change open → not_career_change unknown → to verify
    N("job_now_vs_search", "career_change", "j'ai tenu le magasin de mes parents plusieurs années", M(
        "Hoang Lê <hoang.le@example.fr>", "Candidature Pro'pulse", "10 10:56",
        """Bonjour,

J'ai obtenu le BTS Management commercial opérationnel en juin 2026, en candidat libre. Avant, j'ai tenu le magasin de mes parents plusieurs années, et j'y travaille encore le samedi.

Je cherche un poste dans une épicerie solidaire ou une coopérative de consommateurs, pour la gestion du magasin.

Hoang Lê
06 66 23 90 47""",
        app("Hoang", "Lê", phone="+33666239047", bac=2, grad="2026-06", unknown=("not_career_change",), status="bts_mco_magasin_parents_plusieurs_annees"),
    )),
    # Feature: job_now_vs_search — aim — je compte bien y rester
    # tension: «licence pro Métiers de l'immobilier, juin 2026» vs «en CDI dans une agence immobilière, et je compte bien y rester» = a permanent job outside the ESS that the writer means to keep: no ESS search → fails job_seeking_ess → not eligible
    N("job_now_vs_search", "aim", "je compte bien y rester", M(
        "Ilona Garnier <ilona.garnier@example.org>", "Pro'pulse", "11 17:18",
        """Bonjour,

Licence pro Métiers de l'immobilier obtenue en juin 2026, je suis en CDI dans une agence immobilière, et je compte bien y rester : je ne cherche pas d'autre poste. Une amie m'a parlé de Pro'pulse pour des ateliers sur la prise de parole : est-ce ouvert à tous les jeunes diplômés ?

Ilona Garnier
06 58 40 21 93""",
        app("Ilona", "Garnier", phone="+33658402193", bac=3, grad="2026-06", failing=("job_seeking_ess",), status="lp_immo_cdi_agence_reste"),
    )),
    # Feature: job_now_vs_search — career_change — gardien de la paix depuis 2016
    # tension: «master Intervention sociale, juin 2026» vs «gardien de la paix depuis 2016, aujourd'hui en disponibilité» = ten years of a trade before the master, held until now: a career change → fails not_career_change → not eligible
    N("job_now_vs_search", "career_change", "gardien de la paix depuis 2016", M(
        "Jean-Baptiste Konaté <jb.konate@example.net>", "Candidature — reconversion", "12 06:55",
        """Bonjour,

Je suis gardien de la paix depuis 2016, aujourd'hui en disponibilité. En parallèle de mon service, j'ai obtenu en juin 2026 un master Intervention et développement social.

Je cherche un poste de chef de service dans une association de prévention ou de médiation. Je joins mon CV.

Jean-Baptiste Konaté
06 07 18 29 36""",
        app("Jean-Baptiste", "Konaté", phone="+33607182936", bac=5, grad="2026-06", failing=("not_career_change",), status="policier_depuis_2016_master", info_in="both"),
        cv=CV("docx", "CV_JB_Konate.docx", """Jean-Baptiste Konaté
Master Intervention et développement social, 2026
Gardien de la paix, Police nationale, 2016-2026 (en disponibilité)
Bénévole, club de boxe éducative"""),
    )),
    # Feature: job_now_vs_search — career_change — employée à temps plein dans le même supermarché depuis onze ans
    # tension: «BTS Négociation et digitalisation de la relation client, juin 2025» vs «employée à temps plein dans le même supermarché depuis onze ans» = eleven years of a full-time trade held through the diploma: a career → fails not_career_change → not eligible
    N("job_now_vs_search", "career_change", "employée à temps plein dans le même supermarché depuis onze ans", M(
        "Karine Dufresne-Ouattara <karine.do@example.fr>", "Candidature Pro'pulse", "13 21:47",
        """Bonsoir,

Je suis employée à temps plein dans le même supermarché depuis onze ans, d'abord en rayon puis chef de caisse. J'ai passé le BTS Négociation et digitalisation de la relation client en cours du soir, obtenu en juin 2025.

Je voudrais maintenant travailler dans une coopérative ou une association, dans la relation avec les adhérents.

Karine Dufresne-Ouattara
06 93 57 14 28""",
        app("Karine", "Dufresne-Ouattara", phone="+33693571428", bac=2, grad="2025-06", failing=("not_career_change",), status="supermarche_onze_ans_bts_ndrc"),
    )),
    # Feature: job_now_vs_search — aim — c'est plutôt le service RSE d'un grand groupe que je vise
    # tension: «master Développement durable, juin 2026» vs «c'est plutôt le service RSE d'un grand groupe que je vise» = the search is real but aimed at a big company's CSR department, outside the ESS → fails job_seeking_ess → not eligible
    N("job_now_vs_search", "aim", "c'est plutôt le service RSE d'un grand groupe que je vise", M(
        "Lucas Bensaïd <lucas.bensaid@example.com>", "Candidature", "15 11:11",
        """Bonjour,

Master Développement durable et RSE, juin 2026. Je suis en CDD de trois mois dans un cabinet d'audit et je cherche la suite : c'est plutôt le service RSE d'un grand groupe que je vise, dans l'énergie ou la distribution.

Votre programme pourrait-il m'aider pour les entretiens ?

Lucas Bensaïd
06 81 30 74 52""",
        app("Lucas", "Bensaïd", phone="+33681307452", bac=5, grad="2026-06", failing=("job_seeking_ess",), status="master_rse_grand_groupe"),
    )),
    # Feature: job_now_vs_search — aim — je vais reprendre l'épicerie familiale en janvier
    # tension: «licence pro Commerce, juin 2025» vs «je vais reprendre l'épicerie familiale en janvier» = the writer works in the family grocery and will take it over: no job searched in the ESS → fails job_seeking_ess → not eligible
    N("job_now_vs_search", "aim", "je vais reprendre l'épicerie familiale en janvier", M(
        "Leïla Amrani <leila.amrani@example.net>", "Pro'pulse : une question de projet", "16 14:26",
        """Bonjour,

J'ai une licence pro Commerce (juin 2025) et je travaille dans la boutique de mes parents depuis. Je vais reprendre l'épicerie familiale en janvier, quand ils partent à la retraite, et j'aimerais la transformer petit à petit en épicerie de quartier plus solidaire.

Je ne cherche pas d'emploi, mais des contacts et des conseils : Pro'pulse peut-il m'aider ?

Leïla Amrani
07 14 58 39 62""",
        app("Leïla", "Amrani", phone="+33714583962", bac=3, grad="2025-06", failing=("job_seeking_ess",), status="lp_commerce_reprise_epicerie"),
    )),
    # Feature: job_now_vs_search — kind — si je signe un CDD, est-ce que je dois quitter le programme
    # tension: «en recherche» vs «si je signe un CDD» = a general question with no diploma, date nor name → kind question
    N("job_now_vs_search", "kind", "si je signe un CDD, est-ce que je dois quitter le programme", M(
        "<anonyme.candidat@example.org>", "CDD et programme", "17 09:40",
        """Bonjour,

Question simple : si je signe un CDD, est-ce que je dois quitter le programme, ou est-ce qu'on peut continuer l'accompagnement en travaillant ?

Merci""",
        question(),
    )),
    # Feature: job_now_vs_search — kind — plusieurs de nos salariés en parcours ont un diplôme
    # tension: «nos salariés en parcours» vs «ont un diplôme de niveau licence» = an insertion company writes about its own employees to propose a partnership, no applicant → kind other
    N("job_now_vs_search", "kind", "plusieurs de nos salariés en parcours ont un diplôme", M(
        "Entreprise d'insertion Tremplin Vert <direction@example.org>", "Partenariat : jeunes diplômés en parcours d'insertion", "18 15:03",
        """Bonjour,

Nous sommes une entreprise d'insertion d'entretien d'espaces verts. Plusieurs de nos salariés en parcours ont un diplôme, parfois une licence, mais travaillent chez nous faute de mieux. Nous aimerions les orienter vers Pro'pulse : comment procéder ?

Cordialement,
Yves Bellamy, directeur""",
        other(),
    )),
    # Feature: job_now_vs_search — kind — Re: Votre inscription à Pro'pulse
    # tension: «inscrite au programme» vs «j'ai signé un CDD de trois mois» = a reply in our thread adding that a CDD was signed, no new application → kind reply
    N("job_now_vs_search", "kind", "Re: Votre inscription à Pro'pulse", M(
        "Inès Carvalho-Dumas <ines.cd@example.fr>", "Re: Votre inscription à Pro'pulse", "22 18:44",
        """Bonjour,

Bonne nouvelle de mon côté : j'ai signé un CDD de trois mois dans une régie de quartier, je commence lundi. Je voudrais quand même garder les ateliers du jeudi soir, c'est possible ?

Inès

> Bonjour Inès, votre inscription au programme est confirmée. Premier atelier le jeudi 3 décembre à 18 h.""",
        reply(),
        headers={"In-Reply-To": "<inscription-0721.carvalho@animafac.net>", "References": "<inscription-0721.carvalho@animafac.net>"},
    )),
    # Feature: job_now_vs_search — kind — 550 5.1.1 User unknown
    # tension: «une adresse professionnelle» vs «fin de contrat» = our answer bounced from a work address closed at the end of a contract, no application → kind bounce
    N("job_now_vs_search", "kind", "550 5.1.1 User unknown", M(
        "Mail Delivery Subsystem <postmaster@example.com>", "Returned mail: see transcript for details", "24 03:30",
        """The original message was received at Tue, 24 Nov 2026 03:29:58 +0100

   ----- The following addresses had permanent fatal errors -----
<t.lopes.interim@example.com>
    (reason: 550 5.1.1 User unknown)""",
        bounce("t.lopes.interim@example.com"),
        bounce="Reporting-MTA: dns; mx.example.com\nFinal-Recipient: rfc822; t.lopes.interim@example.com\nAction: failed\nStatus: 5.1.1",
    )),
]
