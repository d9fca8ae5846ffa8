"""Reckoning corpus, batch 01 (writer A): months since a licence pro, a DUT and a BTS, a licence pro begun
with its length, a master running, weeks of stage left, a volontariat ending, years of study counted, a
career in retail, a parent's sums of ages, the Toussaint, a chain of travel and CDD, months of applying, a
licence three years old, a service civique of nine months, an MA in English, and other mail that counts."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, auto_reply, bounce, newsletter, other, question, reply
from reckoning import N

MESSAGES = [
    # Feature: elapsed_since — graduation — ça fait quatorze mois que j'ai validé ma licence pro
    # reckoned: 2026-11 − 14 months = 2025-09 → recent
    N("elapsed_since", "graduation", "ça fait quatorze mois que j'ai validé ma licence pro", M(
        "Linh Tran <linh.tran@example.org>", "Candidature Pro'pulse", "02 09:12",
        """Bonjour,

Je me permets de vous écrire pour le programme Pro'pulse. Ça fait quatorze mois que j'ai validé ma licence pro « Coordination de projets en économie sociale » à Poitiers, et je cherche depuis un poste de chargée de projet dans une association d'éducation populaire.

Je n'ai pas de stage ni de mission en cours, je suis entièrement disponible.

Merci pour votre attention,
Linh Tran
06 71 20 48 33""",
        app("Linh", "Tran", phone="+33671204833", bac=3, grad="2025-09", status="lp_quatorze_mois"),
    )),
    # Feature: elapsed_since — graduation — Voilà deux ans et sept mois que j'ai eu mon DUT
    # reckoned: 2026-11 − 31 months = 2024-04 → 31 > 24 → not recent (failing)
    N("elapsed_since", "graduation", "Voilà deux ans et sept mois que j'ai eu mon DUT", M(
        "Bartosz Kowalczyk <b.kowalczyk@example.net>", "Pro'pulse - candidature", "02 14:47",
        """Bonjour,

Voilà deux ans et sept mois que j'ai eu mon DUT Carrières sociales (option gestion urbaine), et je n'ai toujours pas trouvé de poste stable. J'ai fait de l'intérim dans la logistique pour payer le loyer.

J'aimerais beaucoup travailler dans une régie de quartier ou un centre social. Est-ce que votre programme pourrait m'aider ?

Cordialement,
Bartosz Kowalczyk""",
        app("Bartosz", "Kowalczyk", phone=None, bac=2, grad="2024-04", failing=("graduation_recent",), status="dut_deux_ans_sept_mois"),
    )),
    # Feature: elapsed_since — graduation — je l'ai eu il y a à peu près deux ans
    # ambiguous: «à peu près deux ans» lands on the 24-month edge (2024-10 fails, 2024-11 passes): graduation_recent open
    # reckoned: 2026-11 − ~24 months = around 2024-11, give or take → year 2024 alone → open
    N("elapsed_since", "graduation", "je l'ai eu il y a à peu près deux ans", M(
        "Aminata Traoré <aminata.traore@example.fr>", "candidature", "03 11:05",
        """bonjour

je suis intéressée par pro'pulse. j'ai un BTS ESF (économie sociale familiale), je l'ai eu il y a à peu près deux ans. depuis je fais des remplacements d'aide à domicile mais je voudrais travailler comme conseillère dans une association de locataires ou une épicerie solidaire.

aminata traoré
07 52 14 90 61""",
        app("Aminata", "Traoré", phone="+33752149061", bac=2, grad="2024", unknown=("graduation_recent",), status="bts_esf_a_peu_pres_deux_ans"),
    )),
    # Feature: start_plus_duration — graduation — entré en licence pro en septembre 2024, pour une formation d'un an
    # reckoned: September 2024 + one academic year = summer 2025 → year 2025 → recent
    N("start_plus_duration", "graduation", "entré en licence pro en septembre 2024, pour une formation d'un an", M(
        "Iker Etxeberria <iker.etxeberria@example.com>", "Candidature au programme Pro'pulse", "03 17:30",
        """Madame, Monsieur,

Je suis entré en licence pro en septembre 2024, pour une formation d'un an en alternance (« Intervention sociale : accompagnement de publics spécifiques », IUT de Bayonne). L'alternance s'est faite dans une association d'hébergement d'urgence et s'est arrêtée avec le diplôme.

Je recherche maintenant un poste d'accompagnant socio-professionnel dans une structure d'insertion par l'activité économique.

Veuillez agréer mes salutations distinguées,
Iker Etxeberria
06 33 80 17 42""",
        app("Iker", "Etxeberria", phone="+33633801742", bac=3, grad="2025", status="lp_septembre_2024_un_an"),
    )),
    # Feature: start_plus_duration — studies_finished — commencé mon M2 en septembre, pour un an
    # reckoned: September 2026 + one year = summer 2027 → still studying on 2026-11-26 (failing); no future date written
    N("start_plus_duration", "studies_finished", "commencé mon M2 en septembre, pour un an", M(
        "Nour Mansouri <nour.mansouri@example.org>", "Pro'pulse", "04 08:55",
        """Bonjour,

J'ai commencé mon M2 en septembre, pour un an, en « Économie sociale et solidaire et innovation sociale » à Lille. Je voudrais savoir si je peux déjà candidater, pour être prête quand je chercherai un emploi dans une coopérative.

Merci,
Nour Mansouri""",
        app("Nour", "Mansouri", phone=None, bac="*", grad=None, failing=("studies_finished",), status="m2_commence_septembre_un_an"),
    )),
    # Feature: countdown — situation — il me reste six semaines de stage
    # reckoned: six weeks left on 2026-11-26 → the stage runs until January 2027 → current internship (failing)
    N("countdown", "situation", "il me reste six semaines de stage", M(
        "Sven Lindqvist <sven.lindqvist@example.net>", "Candidature Pro'pulse — Sven Lindqvist", "04 16:20",
        """Bonjour,

Diplômé d'un master en développement territorial en juin 2026, j'ai accepté ensuite un stage conventionné à la Chambre régionale de l'ESS. Il me reste six semaines de stage, et je cherche déjà la suite : un poste de chargé de mission dans une coopérative ou une association.

Bien cordialement,
Sven Lindqvist
06 48 27 13 90""",
        app("Sven", "Lindqvist", phone="+33648271390", bac=5, grad="2026-06", failing=("not_internship",), status="stage_six_semaines_restantes"),
    )),
    # Feature: countdown — situation — mon volontariat au Secours populaire prend fin dans quatre semaines
    # ambiguous: a «volontariat» of unstated scheme (service civique or another): not_service_civique open
    # reckoned: ends in four weeks → running on 2026-11-26; which scheme it is, the mail does not say
    N("countdown", "situation", "mon volontariat au Secours populaire prend fin dans quatre semaines", M(
        "Meera Raghunathan <meera.raghunathan@example.com>", "candidature programme", "05 10:02",
        """Bonjour l'équipe Pro'pulse,

Licence de géographie en poche depuis juin 2025, mon volontariat au Secours populaire prend fin dans quatre semaines. J'aimerais enchaîner sur un premier emploi dans une association de solidarité, idéalement dans la coordination de bénévoles.

Meera Raghunathan
07 81 09 44 26""",
        app("Meera", "Raghunathan", phone="+33781094426", bac=3, grad="2025-06", unknown=("not_service_civique",), status="volontariat_fin_quatre_semaines"),
    )),
    # Feature: study_counts — level — trois années de licence puis les deux années du master
    # reckoned: 3 years of licence + 2 of master = bac+5
    N("study_counts", "level", "trois années de licence puis les deux années du master", M(
        "Chiara Lombardi <chiara.lombardi@example.org>", "Candidature Pro'pulse", "05 13:41",
        """Bonjour,

J'ai fait trois années de licence puis les deux années du master à Grenoble (sciences politiques puis « Développement et expertise de l'économie sociale »), et j'ai fini en juin dernier. Je vous joins mon CV.

Je cherche un poste de chargée de développement dans un réseau d'associations.

Cordialement,
Chiara Lombardi""",
        app("Chiara", "Lombardi", phone="+33684125530", bac=5, grad="2026-06", info_in="both", status="trois_ans_licence_deux_master"),
        cv=CV("pdf", "CV_Chiara_Lombardi.pdf", """Chiara Lombardi - 06 84 12 55 30 - Grenoble
Formation : trois années de licence puis les deux années du master (Sciences Po Grenoble, puis master DEES)
Dernière année terminée en juin 2026
Expériences : bénévole à la Cimade ; service de salle au restaurant universitaire
Langues : italien, français, anglais"""),
    )),
    # Feature: study_counts — level — une année de fac en AES, validée
    # reckoned: one validated year = bac+1 → under bac+2 (failing)
    N("study_counts", "level", "une année de fac en AES, validée", M(
        "Kofi Mensah <kofi.mensah@example.fr>", "je candidate", "06 19:08",
        """Bonjour,

J'ai fait une année de fac en AES, validée, puis j'ai arrêté pour travailler. Je suis médiateur de nuit pour un bailleur social et j'aimerais passer dans une association de prévention.

Je suis motivé, appelez-moi : 06 90 23 71 58

Kofi Mensah""",
        app("Kofi", "Mensah", phone="+33690237158", bac=1, grad=None, failing=("degree_level",), status="une_annee_aes"),
    )),
    # Feature: career_span — career_change — après onze ans comme cheffe de rayon
    # reckoned: eleven years in retail before a licence pro of the social economy → career change (failing)
    N("career_span", "career_change", "après onze ans comme cheffe de rayon", M(
        "Sandrine Morel <sandrine.morel@example.net>", "Candidature Pro'pulse - reconversion", "06 09:30",
        """Madame, Monsieur,

Après onze ans comme cheffe de rayon dans la grande distribution, j'ai repris des études : une licence pro « Gestion des structures de l'économie sociale », terminée en juin 2026. Je souhaite désormais travailler dans une association d'aide alimentaire.

Je reste à votre disposition,
Sandrine Morel
06 12 58 37 04""",
        app("Sandrine", "Morel", phone="+33612583704", bac=3, grad="2026-06", failing=("not_career_change",), status="onze_ans_cheffe_rayon"),
    )),
    # Feature: career_span — career_change — deux ans d'animatrice périscolaire entre mon BTS et ma licence
    # reckoned: two years in animation, the field of the aim, between two diplomas → no career change; «l'été dernier» = 2026
    N("career_span", "career_change", "deux ans d'animatrice périscolaire entre mon BTS et ma licence", M(
        "Ana Pavlović <ana.pavlovic@example.com>", "Candidature", "07 15:16",
        """Bonjour,

J'ai fait deux ans d'animatrice périscolaire entre mon BTS et ma licence Sciences de l'éducation, licence obtenue l'été dernier. Je voudrais continuer dans l'animation, mais cette fois comme coordinatrice dans une fédération d'éducation populaire.

Ana Pavlović
07 44 61 28 90""",
        app("Ana", "Pavlović", phone="+33744612890", bac=3, grad="2026", status="deux_ans_animatrice_entre_bts_licence"),
    )),
    # Feature: ages — graduation — Il a 24 ans : bac à 18 ans, puis cinq années d'études sans redoubler
    # reckoned: 18 + 5 = 23 → the master came at 23, a year ago at 24 → 2025 → recent (a parent presents her son)
    N("ages", "graduation", "Il a 24 ans : bac à 18 ans, puis cinq années d'études sans redoubler", M(
        "Martine Dubreuil <martine.dubreuil@example.fr>", "Candidature de mon fils Théo", "07 18:03",
        """Bonjour,

Je me permets de vous écrire pour mon fils, Théo Dubreuil, qui n'ose pas le faire. Il a 24 ans : bac à 18 ans, puis cinq années d'études sans redoubler jusqu'à son master d'économie sociale à Rennes, et il cherche depuis un emploi dans une mutuelle ou une coopérative.

Son adresse : theo.dubreuil@example.fr, et son portable : 06 27 84 19 55.

Merci beaucoup,
Martine Dubreuil""",
        app("Théo", "Dubreuil", phone="+33627841955", bac=5, grad="2025", email="theo.dubreuil@example.fr", forwarded_by="martine.dubreuil@example.fr", status="parent_24_ans_cinq_annees"),
    )),
    # Feature: calendar_anchors — graduation — diplômé à la Toussaint de l'an dernier
    # reckoned: la Toussaint = November; l'an dernier = 2025 → 2025-11 → 12 months → recent
    N("calendar_anchors", "graduation", "diplômé à la Toussaint de l'an dernier", M(
        "Mehdi Bouzid <mehdi.bouzid@example.org>", "Candidature Pro'pulse", "08 10:44",
        """Bonjour,

J'ai été diplômé à la Toussaint de l'an dernier (licence de sociologie, validée au jury de rattrapage). J'habite Marseille et je cherche un poste d'animateur de réseau dans une association de l'économie sociale et solidaire.

Merci d'avance,
Mehdi Bouzid
06 59 30 12 87""",
        app("Mehdi", "Bouzid", phone="+33659301287", bac=3, grad="2025-11", status="toussaint_an_dernier"),
    )),
    # Feature: calendar_anchors — graduation — à la fin de l'automne il y a deux ans
    # ambiguous: autumn 2024 runs from September (26 months, failing) to November (24 months, passing): graduation_recent open
    # reckoned: late autumn 2024 → 2024-09…2024-11 straddles the edge → year 2024 alone → open
    N("calendar_anchors", "graduation", "à la fin de l'automne il y a deux ans", M(
        "Gwenaël Le Bihan <gwenael.lebihan@example.fr>", "Pro'pulse : ma candidature", "08 21:12",
        """Bonjour,

J'ai validé mon BTS SP3S à la fin de l'automne il y a deux ans, après une session de rattrapage. Je travaille depuis en CDD dans un EHPAD associatif et je souhaite évoluer vers la coordination dans une association d'aide à domicile.

Gwenaël Le Bihan
06 02 91 47 38""",
        app("Gwenaël", "Le Bihan", phone="+33602914738", bac=2, grad="2024", unknown=("graduation_recent",), status="bts_fin_automne_deux_ans"),
    )),
    # Feature: chained_dates — graduation — j'ai voyagé huit mois, puis j'ai fait un CDD de six mois qui s'est terminé le mois dernier
    # reckoned: CDD ended 2026-10, began 2026-05; eight months of travel before → from 2025-09; the master just before → 2025 → recent
    N("chained_dates", "graduation", "j'ai voyagé huit mois, puis j'ai fait un CDD de six mois qui s'est terminé le mois dernier", M(
        "Tomás Ferreira <tomas.ferreira@example.com>", "Candidature - Tomás Ferreira", "09 11:26",
        """Bonjour,

Juste après mon master de géographie, j'ai voyagé huit mois, puis j'ai fait un CDD de six mois qui s'est terminé le mois dernier, dans une recyclerie. Ça m'a donné envie de rester dans le réemploi : je cherche un poste dans une ressourcerie ou une SCOP.

Mon CV est joint.

Tomás Ferreira
07 63 18 22 40""",
        app("Tomás", "Ferreira", phone="+33763182240", bac=5, grad="2025", info_in="both", status="voyage_huit_mois_cdd_six_mois"),
        cv=CV("docx", "Tomas_Ferreira_CV.docx", """Tomás Ferreira
07 63 18 22 40
Master Géographie, aménagement et environnement, Université de Tours
Après le master : huit mois de voyage en Amérique du Sud
CDD de six mois, agent de valorisation, recyclerie La Boucle (terminé en octobre 2026)
Permis B, bénévole au repair café"""),
    )),
    # Feature: search_duration — aim — je postule depuis cinq mois dans des associations de solidarité internationale
    # reckoned: five months of applying (since 2026-06) to associations → active search in the social economy (met)
    N("search_duration", "aim", "je postule depuis cinq mois dans des associations de solidarité internationale", M(
        "Rahel Tesfaye <rahel.tesfaye@example.org>", "Candidature Pro'pulse", "09 15:58",
        """Bonjour,

Titulaire d'une licence de langues étrangères appliquées obtenue en 2025, je postule depuis cinq mois dans des associations de solidarité internationale, sans succès pour l'instant. Votre programme me semble pouvoir m'aider à mieux cibler mes candidatures.

Cordialement,
Rahel Tesfaye
06 85 40 73 12""",
        app("Rahel", "Tesfaye", phone="+33685407312", bac=3, grad="2025", status="postule_cinq_mois_asi"),
    )),
    # Feature: relative_years — graduation — J'ai eu ma licence il y a trois ans
    # reckoned: 2026 − 3 = 2023 → more than 24 months (failing)
    N("relative_years", "graduation", "J'ai eu ma licence il y a trois ans", M(
        "Oumar Sy <oumar.sy@example.net>", "candidature pro'pulse", "10 12:09",
        """Bonjour,

J'ai eu ma licence il y a trois ans (histoire, à Nanterre). Depuis je suis surveillant dans un collège. Je voudrais travailler dans une association qui fait de l'accompagnement scolaire.

Oumar Sy
07 12 36 58 94""",
        app("Oumar", "Sy", phone="+33712365894", bac=3, grad="2023", failing=("graduation_recent",), status="licence_il_y_a_trois_ans"),
    )),
    # Feature: status_durations — situation — mon service civique de neuf mois, commencé en avril
    # reckoned: April + 9 months → April–December 2026 → running on 2026-11-26 (failing)
    N("status_durations", "situation", "mon service civique de neuf mois, commencé en avril", M(
        "Léonie Garnier <leonie.garnier@example.fr>", "Candidature Pro'pulse", "10 17:35",
        """Bonjour,

J'ai obtenu ma licence de psychologie en juin 2025. Je suis actuellement dans mon service civique de neuf mois, commencé en avril, dans une association de lutte contre l'isolement des personnes âgées. J'aimerais y trouver ensuite un poste de coordinatrice.

Léonie Garnier
06 20 93 65 17""",
        app("Léonie", "Garnier", phone="+33620936517", bac=3, grad="2025-06", failing=("not_service_civique",), status="sc_neuf_mois_avril"),
    )),
    # Feature: english_reckoning — graduation — I finished my MA in Social Policy eighteen months ago
    # reckoned: 2026-11 − 18 months = 2025-05 → recent
    N("english_reckoning", "graduation", "I finished my MA in Social Policy eighteen months ago", M(
        "Aroha Ngata <aroha.ngata@example.com>", "Application - Pro'pulse", "11 08:21",
        """Hello,

I finished my MA in Social Policy eighteen months ago in Bristol and moved to Lyon with my partner. I'm looking for a role with a non-profit working on housing or refugee support. My French is good enough for work.

Kind regards,
Aroha Ngata
+33 6 74 21 09 85""",
        app("Aroha", "Ngata", phone="+33674210985", bac=5, grad="2025-05", language="en", status="ma_eighteen_months"),
    )),
    # Feature: elapsed_since — kind — depuis vingt-cinq mois
    # reckoned: a hypothetical «diplômé depuis vingt-cinq mois» in a question → no personal fact (question)
    N("elapsed_since", "kind", "depuis vingt-cinq mois", M(
        "Karim Hadj <karim.hadj@example.org>", "Question sur les 24 mois", "11 12:30",
        """Bonjour,

Une petite question sur vos critères : une personne diplômée depuis vingt-cinq mois est-elle exclue, ou regardez-vous plutôt l'année du diplôme ? Je conseille des jeunes dans une Mission locale et je voudrais leur donner la bonne information.

Merci,
Karim Hadj""",
        question(),
    )),
    # Feature: countdown — kind — dans trois semaines
    # reckoned: a partner's forum in three weeks → mid-December 2026; no application (other)
    N("countdown", "kind", "dans trois semaines", M(
        "Réseau Solidaire 38 <contact@reseau-solidaire38.example.org>", "Forum de l'emploi ESS : dans trois semaines !", "12 09:00",
        """Bonjour,

Le forum de l'emploi en économie sociale et solidaire de l'Isère a lieu dans trois semaines, à la Maison des associations de Grenoble. Nous serions heureux d'y accueillir un stand Pro'pulse : quarante structures seront présentes.

Merci de nous confirmer votre venue avant la fin de la semaine prochaine.

L'équipe du Réseau Solidaire 38""",
        other(),
    )),
    # Feature: status_durations — kind — pour deux semaines d'immersion
    # reckoned: away for two weeks from 2026-11-12 → back around 2026-11-26; no fact (auto-reply)
    N("status_durations", "kind", "pour deux semaines d'immersion", M(
        "Hélène Marchal <helene.marchal@example.net>", "Réponse automatique : Candidature Pro'pulse", "12 09:01",
        """Bonjour,

Je suis en déplacement pour deux semaines d'immersion auprès d'une structure partenaire et je ne lis pas mes messages. Pour toute urgence, contactez l'accueil de l'association au 04 76 00 00 00.

Hélène Marchal""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: relative_years — kind — il y a deux ans
    # reckoned: a newsletter on a network born in 2024; no application
    N("relative_years", "kind", "il y a deux ans", M(
        "La Lettre des Tiers-Lieux <lettre@tierslieux-occitanie.example.org>", "La lettre de novembre : deux ans déjà", "13 07:00",
        """La lettre des tiers-lieux d'Occitanie — novembre

Il y a deux ans, douze lieux fondaient notre réseau. Ils sont aujourd'hui quarante-trois, dont neuf ouverts l'année dernière.

Au programme ce mois-ci : les rencontres régionales, un guide sur le bénévolat, trois offres d'emploi de coordination.

Pour vous désinscrire, répondez « STOP » à ce message.""",
        newsletter(),
    )),
    # Feature: english_reckoning — kind — retried for 5 days
    # reckoned: a bounce after five days of retries; no application
    N("english_reckoning", "kind", "retried for 5 days", M(
        "Mail Delivery Subsystem <mailer-daemon@mx2.example.net>", "Delivery Status Notification (Failure)", "13 18:40",
        """This is the mail system at host mx2.example.net.

Your message could not be delivered. It has been retried for 5 days and the recipient's server still does not answer.

The mail system""",
        bounce("jamie.oconnell@example.net"),
        bounce="""Reporting-MTA: dns; mx2.example.net
Final-Recipient: rfc822; jamie.oconnell@example.net
Action: failed
Status: 4.4.7
Diagnostic-Code: smtp; 421 4.4.7 Message expired after 5 days in queue""",
    )),
    # Feature: ages — kind — j'ai eu 26 ans le mois dernier
    # reckoned: a reply in our thread; the age answers our question, the kind is reply
    N("ages", "kind", "j'ai eu 26 ans le mois dernier", M(
        "Yuki Tanaka <yuki.tanaka@example.com>", "Re: Votre candidature à Pro'pulse", "14 10:15",
        """Bonjour,

Oui, pas de souci pour l'entretien de jeudi. Pour répondre à votre question sur l'âge : j'ai eu 26 ans le mois dernier, donc je suis bien dans la tranche que vous visez.

À jeudi,
Yuki Tanaka

> Pourriez-vous nous confirmer votre âge et vos disponibilités ?
> L'équipe Pro'pulse""",
        reply(),
        headers={"In-Reply-To": "<20261113.4402.7781@animafac.net>", "References": "<20261113.4402.7781@animafac.net>"},
    )),
]
