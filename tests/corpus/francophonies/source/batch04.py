"""Francophonies corpus, batch 04 (writer A): French of the Pacific and of Mayotte (the RSMA and its CAP, the
UNC's southern academic year, the Province Sud, «les îles», «ça va aller»), code-switching (French with
Wolof, with Moroccan darija, with Spanish, with English), and English written by francophones keeping their
own words (a BTS from Dakar, a service civil in Geneva, a mémoire defended in Kinshasa, a Belgian bachelier,
a Moroccan PFE, a bac from Montréal); other mail in those varieties."""
# ruff: noqa: E501

from __future__ import annotations

from francophonies import N
from kit import CV, M, app, auto_reply, newsletter, other, question

MESSAGES = [
    # Feature: pacific_overseas — level — au RSMA de Koumac, où j'ai eu un CAP de mécanique
    # variety: «au RSMA de Koumac, où j'ai eu un CAP de mécanique» = Caledonian: the RSMA is a military vocational scheme, not a diploma of higher education; a CAP is below the bac → fails degree_level → not eligible
    N("pacific_overseas", "level", "au RSMA de Koumac, où j'ai eu un CAP de mécanique", M(
        "Wilfried Gowé <wilfried.gowe@example.org>", "Candidature", "02 05:40",
        """Bonjour,

Je suis de Canala. J'ai passé une année au RSMA de Koumac, où j'ai eu un CAP de mécanique, puis j'ai travaillé un peu à la tribu.

Je suis à Brest chez mon cousin et je cherche du travail dans une association, un garage solidaire par exemple. Ça va aller, je suis motivé.

Wilfried Gowé
+687 78 45 12""",
        app("Wilfried", "Gowé", phone="+687784512", bac=0, grad=None, failing=("degree_level",), status="rsma_cap_mecanique"),
    )),
    # Feature: pacific_overseas — graduation — licence de lettres à l'UNC, validée en décembre 2025
    # variety: «licence de lettres à l'UNC, validée en décembre 2025» = Caledonian: the UNC follows the southern academic year (it ends in November–December); the licence (bac+3) of December 2025 → meets graduation_recent → eligible
    N("pacific_overseas", "graduation", "licence de lettres à l'UNC, validée en décembre 2025", M(
        "Tiphaine Bouquet <tiphaine.bouquet@example.com>", "Pro'pulse - inscription", "03 21:15",
        """Bonjour,

J'ai une licence de lettres à l'UNC, validée en décembre 2025 (chez nous l'année finit avant Noël, c'est l'été). Je suis arrivée à Montpellier en février.

Je cherche un poste de médiatrice culturelle dans une association ou une SCIC culturelle.

Bien cordialement,
Tiphaine Bouquet
07 42 19 63 08""",
        app("Tiphaine", "Bouquet", phone="+33742196308", bac=3, grad="2025-12", status="licence_unc_decembre_2025"),
    )),
    # Feature: pacific_overseas — situation — mon service civique à Mamoudzou, jusqu'en juin
    # variety: «mon service civique à Mamoudzou, jusqu'en juin» = Mahorais French: a service civique in Mayotte running to June → fails not_service_civique → not eligible
    N("pacific_overseas", "situation", "mon service civique à Mamoudzou, jusqu'en juin", M(
        "Anrifa Attoumani <anrifa.attoumani@example.net>", "demande", "04 16:02",
        """Bonjour,

J'ai un BTS économie sociale et familiale (juillet 2026). Je fais mon service civique à Mamoudzou, jusqu'en juin, dans une association de prévention santé.

Je voudrais savoir si je peux commencer votre programme pour préparer la suite, je veux rester dans l'associatif.

Merci,
Anrifa Attoumani
0639 21 74 08""",
        app("Anrifa", "Attoumani", phone="+262639217408", bac=2, grad="2026-07", failing=("not_service_civique",), status="service_civique_mamoudzou"),
    )),
    # Feature: pacific_overseas — situation — mon stage à la Province Sud se termine ce mois-ci
    # ambiguous: an internship ending «ce mois-ci» with no day: on 26 November it may still be running
    # variety: «mon stage à la Province Sud se termine ce mois-ci» = Caledonian: the Province Sud is the local authority (a public host); the internship ends this month, no day → not_internship unknown → to verify
    N("pacific_overseas", "situation", "mon stage à la Province Sud se termine ce mois-ci", M(
        "Kelly Daly <kelly.daly@example.org>", "Candidature Pro'pulse", "09 06:27",
        """Bonjour,

Je suis diplômée d'un master en aménagement du territoire (Université de la Nouvelle-Calédonie, novembre 2025). Mon stage à la Province Sud se termine ce mois-ci et je pars m'installer à Nantes en janvier.

Je voudrais travailler dans une association environnementale ou une coopérative de l'économie circulaire.

Merci beaucoup,
Kelly Daly
+687 91 28 40""",
        app("Kelly", "Daly", phone="+687912840", bac=5, grad="2025-11", unknown=("not_internship",), status="stage_province_sud_ce_mois"),
    )),
    # Feature: pacific_overseas — graduation — I studied at the University of New Caledonia and graduated in November 2025
    # variety: «I studied at the University of New Caledonia and graduated in November 2025» = Pacific English (a Vanuatu-born francophone): a French licence (bac+3) of November 2025 → meets graduation_recent → eligible
    N("pacific_overseas", "graduation", "I studied at the University of New Caledonia and graduated in November 2025", M(
        "Josiah Kalsakau <josiah.kalsakau@example.net>", "Application", "10 23:50",
        """Hello,

I was born in Port-Vila and grew up between English and French schools. I studied at the University of New Caledonia and graduated in November 2025 with a licence in English and Pacific studies.

I now live in Bordeaux and I want to work for an association in international solidarity or education.

Thank you very much,
Josiah Kalsakau
+33 6 59 80 21 47""",
        app("Josiah", "Kalsakau", phone="+33659802147", bac=3, grad="2025-11", status="unc_licence_en", language="en"),
    )),
    # Feature: pacific_overseas — aim — dans une association qui aide les jeunes des îles
    # variety: «dans une association qui aide les jeunes des îles» = Caledonian: «les îles» are the Loyalty Islands; an association is the ESS → meets job_seeking_ess → eligible
    N("pacific_overseas", "aim", "dans une association qui aide les jeunes des îles", M(
        "Cyril Hnawia <cyril.hnawia@example.com>", "inscription Pro'pulse", "12 07:07",
        """Bonjour,

Je viens des îles, de Lifou. BTS SP3S en juin 2026 à Nouméa, et je suis en métropole depuis septembre pour rejoindre ma copine à Tours.

Je voudrais travailler dans une association qui aide les jeunes des îles ou les étudiants du Pacifique qui arrivent ici, ou dans un centre social.

Olé (merci),
Cyril Hnawia
07 81 30 56 29""",
        app("Cyril", "Hnawia", phone="+33781305629", bac=2, grad="2026-06", status="association_jeunes_des_iles"),
    )),
    # Feature: pacific_overseas — kind — est-ce que les ateliers peuvent se faire en visio depuis Nouméa
    # variety: «est-ce que les ateliers peuvent se faire en visio depuis Nouméa» = a Caledonian question on distance and the time difference, no personal fact → kind question
    N("pacific_overseas", "kind", "est-ce que les ateliers peuvent se faire en visio depuis Nouméa", M(
        "Solène <solene.nc@example.org>", "Visio ?", "17 05:12",
        """Bonjour,

Est-ce que les ateliers peuvent se faire en visio depuis Nouméa ? On a dix heures d'avance sur vous, mais ça va aller si c'est le matin chez vous.

Merci !""",
        question(),
    )),
    # Feature: pacific_overseas — kind — la lettre des Calédoniens de l'Hexagone
    # variety: «la lettre des Calédoniens de l'Hexagone» = a diaspora association's letter (a meal, a job offer, the flights), no application → kind newsletter
    N("pacific_overseas", "kind", "la lettre des Calédoniens de l'Hexagone", M(
        "Calédoniens de l'Hexagone <lettre@example.com>", "Lettre n° 42", "21 08:00",
        """La lettre des Calédoniens de l'Hexagone — novembre 2026

- Bougna de fin d'année le 12 décembre à Montpellier.
- Des étudiants cherchent une colocation à Lyon.
- Offre : un poste d'animateur dans une association de Brest.

Pour ne plus recevoir cette lettre, répondez STOP.""",
        newsletter(),
    )),
    # Feature: mixed_codes — studies_finished — dama jeex ak sama master ci juin 2026
    # variety: «dama jeex ak sama master ci juin 2026» = French and Wolof: «I have finished with my master in June 2026»: the master (bac+5) is done → meets studies_finished → eligible
    N("mixed_codes", "studies_finished", "dama jeex ak sama master ci juin 2026", M(
        "Ousmane Diagne <ousmane.diagne@example.org>", "Candidature Pro'pulse", "02 11:11",
        """Salam aleykoum l'équipe,

Alhamdoulillah, dama jeex ak sama master ci juin 2026 (master Gestion des projets de développement, Université de Poitiers). Ma famille est à Thiès mais moi je reste ici.

Je cherche un poste de chargé de projets dans une ONG ou une association de solidarité internationale. Jërëjëf (merci) d'avance.

Ousmane Diagne
06 75 18 42 90""",
        app("Ousmane", "Diagne", phone="+33675184290", bac=5, grad="2026-06", status="dama_jeex_master"),
    )),
    # Feature: mixed_codes — situation — ana mazal f stage hta l'fin dyal décembre
    # variety: «ana mazal f stage hta l'fin dyal décembre» = French and Moroccan darija: «I am still in an internship until the end of December» → fails not_internship → not eligible
    N("mixed_codes", "situation", "ana mazal f stage hta l'fin dyal décembre", M(
        "Imane Lahlou <imane.lahlou@example.com>", "pro'pulse", "04 19:09",
        """Salam,

J'ai eu ma licence pro en gestion des organisations de l'ESS en juin 2026 à Lyon. Daba ana mazal f stage hta l'fin dyal décembre, dans une banque, au service client.

Après, je veux vraiment travailler dans une association, inchallah.

Imane Lahlou
07 26 81 40 33""",
        app("Imane", "Lahlou", phone="+33726814033", bac=3, grad="2026-06", failing=("not_internship",), status="mazal_f_stage"),
    )),
    # Feature: mixed_codes — career_change — trabajé seis años de camarera en Valencia antes de la carrera
    # variety: «trabajé seis años de camarera en Valencia antes de la carrera» = French and Spanish: six years as a waitress before the degree («la carrera» is the university course) → fails not_career_change → not eligible
    N("mixed_codes", "career_change", "trabajé seis años de camarera en Valencia antes de la carrera", M(
        "Lucía Fernández Gil <lucia.fernandezgil@example.net>", "Candidatura / candidature", "05 12:30",
        """Hola, bonjour,

Je suis espagnole, installée à Perpignan. Trabajé seis años de camarera en Valencia antes de la carrera, et ensuite j'ai eu mon grado en Trabajo Social (julio de 2025).

Je voudrais travailler dans une association d'aide aux migrants, en France. Perdón pour mon français.

Un abrazo,
Lucía Fernández Gil
+34 612 48 20 97""",
        app("Lucía", "Fernández Gil", phone="+34612482097", bac="*", grad="2025-07", failing=("not_career_change",), status="camarera_seis_anos"),
    )),
    # Feature: mixed_codes — aim — I'm also applying to a consulting firm, je sais pas encore
    # ambiguous: the aim is split between the ESS and a consulting firm with no preference: the search in the ESS is open
    # variety: «I'm also applying to a consulting firm, je sais pas encore» = English and French mixed (a Franco-Canadian writing mostly English): the aim is divided → job_seeking_ess unknown → to verify
    N("mixed_codes", "aim", "I'm also applying to a consulting firm, je sais pas encore", M(
        "Adam Leclerc-Hughes <adam.lhughes@example.org>", "Pro'pulse - application", "06 09:44",
        """Hi there,

Bon, j'ai fini my master in management at Dauphine last June. I'd love to work for a social enterprise or a SCOP, but to be honest I'm also applying to a consulting firm, je sais pas encore which one I'd pick.

Can you still help me?

Cheers,
Adam Leclerc-Hughes
+33 7 49 02 18 63""",
        app("Adam", "Leclerc-Hughes", phone="+33749021863", bac=5, grad="2026-06", unknown=("job_seeking_ess",), status="consulting_je_sais_pas", language="en"),
    )),
    # Feature: mixed_codes — level — 3andi ghir l'bac w wa7d formation courte
    # variety: «3andi ghir l'bac w wa7d formation courte» = French and Algerian darija in Arabizi: «I only have the bac and a short training» → fails degree_level → not eligible
    N("mixed_codes", "level", "3andi ghir l'bac w wa7d formation courte", M(
        "Bilel Hamidi <bilel.hamidi@example.com>", "inscription svp", "10 22:22",
        """Salam, bonsoir,

Je vous écris pour le programme. 3andi ghir l'bac w wa7d formation courte d'agent d'accueil (2025), mais j'ai beaucoup d'expérience en bénévolat dans une association de quartier à Vaulx-en-Velin.

Je cherche du travail dans l'associatif. Saha (merci).

Bilel Hamidi
06 02 39 71 85""",
        app("Bilel", "Hamidi", phone="+33602397185", bac=0, grad=None, failing=("degree_level",), status="ghir_l_bac"),
    )),
    # Feature: mixed_codes — aim — quiero trabajar en una cooperativa o una asociación
    # variety: «quiero trabajar en una cooperativa o una asociación» = French and Spanish (a Franco-Argentine): the aim said in Spanish is the ESS → meets job_seeking_ess → eligible
    N("mixed_codes", "aim", "quiero trabajar en una cooperativa o una asociación", M(
        "Florencia Giraud <florencia.giraud@example.net>", "candidature", "16 15:58",
        """Bonjour,

J'ai eu mon BUT Techniques de commercialisation à Bayonne en juin 2025. Mi papá es de Córdoba, mi mamá de Pau, entonces escribo un poco en los dos: quiero trabajar en una cooperativa o una asociación, nada de grandes empresas.

Merci, gracias,
Florencia Giraud
06 66 14 08 72""",
        app("Florencia", "Giraud", phone="+33666140872", bac=3, grad="2025-06", status="cooperativa_o_asociacion"),
    )),
    # Feature: mixed_codes — kind — Estoy fuera de la oficina / je suis absente
    # variety: «Estoy fuera de la oficina / je suis absente» = a bilingual Spanish–French absence notice of a partner, no application → kind auto_reply
    N("mixed_codes", "kind", "Estoy fuera de la oficina / je suis absente", M(
        "Carmen Arrieta <c.arrieta@example.org>", "Respuesta automática / Réponse automatique", "18 07:30",
        """Estoy fuera de la oficina / je suis absente jusqu'au 30 novembre.

Para cualquier urgencia / pour toute urgence : contacto@example.org.

Carmen Arrieta""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: mixed_codes — kind — nous traduisons vos documents en wolof, arabe et lingala
    # variety: «nous traduisons vos documents en wolof, arabe et lingala» = a translation cooperative offering its services, the languages named as a service, no application → kind other
    N("mixed_codes", "kind", "nous traduisons vos documents en wolof, arabe et lingala", M(
        "Coop Traduire Ensemble <contact@traduire.example.com>", "Proposition de services", "19 14:20",
        """Bonjour,

Coopérative d'interprètes et de traducteurs, nous traduisons vos documents en wolof, arabe et lingala (et une vingtaine d'autres langues) pour les associations, à tarif solidaire.

N'hésitez pas à nous solliciter pour vos plaquettes.

L'équipe""",
        other(),
    )),
    # Feature: english_francophones — level — my BTS from Dakar in accounting and management
    # variety: «my BTS from Dakar in accounting and management» = English by a Senegalese: a BTS is bac+2, of July 2025 → meets degree_level → eligible
    N("english_francophones", "level", "my BTS from Dakar in accounting and management", M(
        "Abdoulaye Cissé <abdoulaye.cisse@example.net>", "Application for Pro'pulse", "03 09:27",
        """Good morning,

I finished with my BTS from Dakar in accounting and management in July 2025. I write in English because I worked one year for an English-speaking NGO in Banjul, but French is my first language of study.

I live in Évry now and I want to be an accountant for an association or a cooperative.

Best regards,
Abdoulaye Cissé
+33 6 27 90 14 58""",
        app("Abdoulaye", "Cissé", phone="+33627901458", bac=2, grad="2025-07", status="bts_dakar_en", language="en"),
    )),
    # Feature: english_francophones — situation — he did his service civil in Geneva, which ended in October
    # variety: «he did his service civil in Geneva, which ended in October» = English by a Genevan supervisor: the Swiss service civil (civilian service instead of the army) is no service civique, and it is over → meets not_service_civique → eligible
    N("english_francophones", "situation", "he did his service civil in Geneva, which ended in October", M(
        "Heidi Fankhauser <heidi.fankhauser@example.org>", "Recommendation: Lionel Barras", "05 14:05",
        """Dear Pro'pulse team,

I am writing to recommend Lionel Barras. He did his service civil in Geneva, which ended in October, with our foundation for people with disabilities, and he was excellent. He holds a Master in social work from the HES-SO (February 2026).

He is moving to Lyon and is looking for a job in an association or a foundation. You can reach him at lionel.barras@example.com.

Kind regards,
Heidi Fankhauser
Head of volunteers""",
        app("Lionel", "Barras", phone=None, bac=5, grad="2026-02", status="service_civil_geneva_en", email="lionel.barras@example.com", forwarded_by="heidi.fankhauser@example.org", language="en"),
    )),
    # Feature: english_francophones — studies_finished — I defended my mémoire in Kinshasa on 12 November
    # variety: «I defended my mémoire in Kinshasa on 12 November» = English by a Congolese: «defended» is the defence done, in November 2026 → meets studies_finished → eligible
    N("english_francophones", "studies_finished", "I defended my mémoire in Kinshasa on 12 November", M(
        "Gédéon Kasongo <gedeon.kasongo@example.com>", "Application - master in public health", "13 17:41",
        """Hello,

I defended my mémoire in Kinshasa on 12 November, so my master in public health is finished. I joined my wife in Strasbourg last week.

I want to work for a health association or a mutuelle. Please find my CV attached.

Thank you,
Gédéon Kasongo
+33 7 55 30 21 64""",
        app("Gédéon", "Kasongo", phone="+33755302164", bac=5, grad="2026-11", status="defended_kinshasa_en", info_in="both", language="en"),
        cv=CV("pdf", "Kasongo_Gedeon_CV.pdf", """Gédéon Kasongo
Master in public health, Université de Kinshasa — defended 12 November 2026
Licence (graduat + 2) in nursing sciences, 2023
Volunteer, community health association, Kinshasa"""),
    )),
    # Feature: english_francophones — aim — a non-profit or an events agency, whichever says yes first
    # ambiguous: the aim is split between a non-profit (the ESS) and an events agency (private), with no preference: the search in the ESS is open
    # variety: «a non-profit or an events agency, whichever says yes first» = English by a Belgian (a bachelier of the seconde session, September 2025, «à tantôt» kept): the aim is divided → job_seeking_ess unknown → to verify
    N("english_francophones", "aim", "a non-profit or an events agency, whichever says yes first", M(
        "Elise Dupuis <elise.dupuis@example.org>", "Pro'pulse application", "16 10:16",
        """Hi,

I'm Belgian, from Mons, and I write in English because it's how we work in my team. I got my bachelier in marketing in the second session, September 2025, after a long summer of revising.

I moved to Lille and I'm looking for a communication job: a non-profit or an events agency, whichever says yes first.

Thanks a lot, à tantôt maybe,
Elise Dupuis
+32 478 51 62 09""",
        app("Elise", "Dupuis", phone="+32478516209", bac=3, grad="2025-09", unknown=("job_seeking_ess",), status="nonprofit_or_events_en", language="en"),
    )),
    # Feature: english_francophones — situation — I'm doing my PFE in a start-up until February
    # variety: «I'm doing my PFE in a start-up until February» = English by a Moroccan: the PFE is the end-of-studies internship, running → fails not_internship and studies_finished → not eligible
    N("english_francophones", "situation", "I'm doing my PFE in a start-up until February", M(
        "Ilyas Alaoui <ilyas.alaoui@example.net>", "Application", "18 20:02",
        """Hello,

Engineering student from Casablanca. I'm doing my PFE in a start-up until February, in Sophia Antipolis, on energy data.

After that I'd like to work for an energy cooperative. Is it OK to apply now?

Regards,
Ilyas Alaoui
+212 6 70 41 28 93""",
        app("Ilyas", "Alaoui", phone="+212670412893", bac="*", grad=None, failing=("not_internship", "studies_finished"), status="pfe_startup_en", language="en"),
    )),
    # Feature: english_francophones — aim — my bac from HEC Montréal and I want to join a trading floor
    # variety: «my bac from HEC Montréal and I want to join a trading floor» = English by a Montrealer: «my bac» is a bachelor's (bac+3); a trading floor is finance outside the ESS → fails job_seeking_ess → not eligible
    N("english_francophones", "aim", "my bac from HEC Montréal and I want to join a trading floor", M(
        "Louis-Philippe Caron <lp.caron@example.com>", "Coaching program", "20 16:30",
        """Hi,

I got my bac from HEC Montréal and I want to join a trading floor in Paris. I finished in May 2025 and I've just moved to the 9th arrondissement.

A friend told me your program coaches young grads for their first job, so here I am.

LP Caron
+1 514 555 0163""",
        app("Louis-Philippe", "Caron", phone="+15145550163", bac=3, grad="2025-05", failing=("job_seeking_ess",), status="trading_floor_en", language="en"),
    )),
    # Feature: english_francophones — kind — are foreign diplomas like a DEC or a licence from Abidjan accepted
    # variety: «are foreign diplomas like a DEC or a licence from Abidjan accepted» = an English question on foreign diplomas, no one named, no personal fact → kind question
    N("english_francophones", "kind", "are foreign diplomas like a DEC or a licence from Abidjan accepted", M(
        "Career centre <careers@example.org>", "Question about eligibility", "22 11:45",
        """Hello,

I advise international students. Are foreign diplomas like a DEC or a licence from Abidjan accepted for Pro'pulse, or do they need an official equivalence first?

Many thanks""",
        question(language="en"),
    )),
    # Feature: english_francophones — kind — I am out of the office until 2 December
    # variety: «I am out of the office until 2 December» = an English absence notice from a Brussels partner («à tantôt» kept), no application → kind auto_reply
    N("english_francophones", "kind", "I am out of the office until 2 December", M(
        "Geert Lambrechts <g.lambrechts@example.net>", "Automatic reply: Pro'pulse", "24 08:08",
        """Hello,

I am out of the office until 2 December with limited access to email. For urgent matters please contact our office in Brussels.

À tantôt,
Geert""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
]
