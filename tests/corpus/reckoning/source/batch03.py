"""Reckoning corpus, batch 03 (writer A): a year since the last classes with a thesis missing, a licence pro
in English, a master begun for two years, a DU of uncertain length, an apprenticeship of two years, results
in three weeks, a notice period, years counted and half validated, four years validated, an educator's three
years, a CDI of six years, ages in English and at twenty, a rentrée to winter stage, the end of last winter,
a mission since summer, two chains, months of applying, and other mail that counts."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, auto_reply, bounce, newsletter, other, question, reply
from reckoning import N

MESSAGES = [
    # Feature: elapsed_since — studies_finished — ça fait un an que j'ai fini les cours de mon master, mais il me manque encore le mémoire
    # reckoned: classes ended a year ago (2025-11) but the thesis is still due → the master is not finished (failing)
    N("elapsed_since", "studies_finished", "ça fait un an que j'ai fini les cours de mon master, mais il me manque encore le mémoire", M(
        "Margaux Blanchet <margaux.blanchet@example.fr>", "Candidature Pro'pulse", "03 20:14",
        """Bonjour,

Ça fait un an que j'ai fini les cours de mon master, mais il me manque encore le mémoire, que je rédige le soir. En attendant je travaille à mi-temps dans une librairie associative et j'aimerais y développer l'animation culturelle.

Margaux Blanchet
06 42 17 93 50""",
        app("Margaux", "Blanchet", phone="+33642179350", bac="*", grad=None, failing=("studies_finished",), status="un_an_cours_finis_memoire_manquant"),
    )),
    # Feature: elapsed_since — graduation — I completed my licence professionnelle twenty-two months ago
    # reckoned: 2026-11 − 22 months = 2025-01 → recent
    N("elapsed_since", "graduation", "I completed my licence professionnelle twenty-two months ago", M(
        "Mateus Oliveira <mateus.oliveira@example.com>", "Application - Mateus Oliveira", "04 07:52",
        """Hello,

I'm Brazilian and live in Nantes. I completed my licence professionnelle twenty-two months ago (social and solidarity economy project management) and I've been doing short contracts since. I'm looking for a job in a cooperative or a non-profit.

Thanks,
Mateus Oliveira
+33 7 62 40 18 59""",
        app("Mateus", "Oliveira", phone="+33762401859", bac=3, grad="2025-01", language="en", status="lp_twenty_two_months"),
    )),
    # Feature: start_plus_duration — graduation — Entrée en master en septembre 2024 pour deux ans
    # reckoned: September 2024 + two years = summer 2026 → 2026 → recent
    N("start_plus_duration", "graduation", "Entrée en master en septembre 2024 pour deux ans", M(
        "Anaïs Colin <anais.colin@example.net>", "Candidature Pro'pulse - Anaïs Colin", "04 13:06",
        """Bonjour,

Entrée en master en septembre 2024 pour deux ans (« Politiques sociales et développement territorial », Toulouse), j'ai tout validé du premier coup. Je vous adresse mon CV : je cherche un poste de chargée de mission dans une association ou une collectivité engagée dans l'ESS, plutôt associative.

Cordialement,
Anaïs Colin""",
        app("Anaïs", "Colin", phone="+33677310248", bac=5, grad="2026", info_in="both", status="master_sept_2024_deux_ans"),
        cv=CV("pdf", "Anais_Colin_CV.pdf", """Anaïs Colin — 06 77 31 02 48 — anais.colin@example.net
Master Politiques sociales et développement territorial, Université Toulouse Jean-Jaurès (entrée en master en septembre 2024 pour deux ans)
Licence de sociologie
Stage de fin d'études : Fédération des centres sociaux (4 mois)
Bénévolat : Restos du cœur"""),
    )),
    # Feature: start_plus_duration — studies_finished — un DU commencé en mars, qui dure entre six et neuf mois
    # ambiguous: March + 6 to 9 months ends between August and November 2026: finished or not is open (studies_finished)
    # reckoned: 2026-03 + 6 = 2026-08 (finished) … + 9 = 2026-11 (maybe running) → open
    N("start_plus_duration", "studies_finished", "un DU commencé en mars, qui dure entre six et neuf mois", M(
        "Baptiste Caron <baptiste.caron@example.org>", "Candidature", "05 09:39",
        """Bonjour,

J'ai une licence d'histoire (juin 2025) et je suis un DU commencé en mars, qui dure entre six et neuf mois selon le rythme qu'on choisit (« Entrepreneuriat social », à distance). Je voudrais travailler dans un incubateur d'entreprises sociales.

Baptiste Caron
06 29 48 71 05""",
        app("Baptiste", "Caron", phone="+33629487105", bac=3, grad="2025-06", unknown=("studies_finished",), status="du_mars_six_neuf_mois"),
    )),
    # Feature: start_plus_duration — studies_finished — mon contrat d'apprentissage de deux ans, démarré en septembre 2025
    # reckoned: September 2025 + two years = August 2027 → an apprenticeship for a diploma running now (failing)
    N("start_plus_duration", "studies_finished", "mon contrat d'apprentissage de deux ans, démarré en septembre 2025", M(
        "Lina Ait Ouali <lina.aitouali@example.fr>", "Pro'pulse", "05 17:12",
        """Bonjour,

Je suis en master « Économie sociale et solidaire » par la voie de l'apprentissage : mon contrat d'apprentissage de deux ans, démarré en septembre 2025, se fait dans une coopérative d'habitants. Je me renseigne sur votre programme pour la suite.

Lina Ait Ouali
07 35 21 60 84""",
        app("Lina", "Ait Ouali", phone="+33735216084", bac="*", grad=None, failing=("studies_finished",), status="apprentissage_deux_ans_sept_2025"),
    )),
    # Feature: countdown — studies_finished — les résultats tombent dans trois semaines
    # ambiguous: the last resit is sat, its result comes in three weeks: the licence pro may or may not be obtained; studies_finished open
    # reckoned: results in three weeks (mid-December 2026) → nothing left to sit, nothing known → open
    N("countdown", "studies_finished", "les résultats tombent dans trois semaines", M(
        "Noémie Aubert <noemie.aubert@example.com>", "Candidature Pro'pulse", "06 11:21",
        """Bonjour,

J'ai passé mon dernier rattrapage de licence pro (médiation sociale), les résultats tombent dans trois semaines. Je n'ai plus de cours. Je cherche un poste de médiatrice dans une association de quartier.

Noémie Aubert
06 53 82 40 17""",
        app("Noémie", "Aubert", phone="+33653824017", bac="*", grad=None, unknown=("studies_finished",), status="resultats_dans_trois_semaines"),
    )),
    # Feature: countdown — situation — Plus que deux semaines de préavis
    # reckoned: a salaried job ends in two weeks (a job, not a stage nor a civic service); BTS 2025-06 → recent, eligible
    N("countdown", "situation", "Plus que deux semaines de préavis", M(
        "Manon Lacroix <manon.lacroix@example.net>", "candidature", "06 19:45",
        """Bonjour,

Plus que deux semaines de préavis dans mon job de vendeuse, et je pourrai me consacrer entièrement à ma recherche ! J'ai un BTS Services et prestations des secteurs sanitaire et social, obtenu en juin 2025, et je vise un poste de conseillère dans une association d'aide aux familles.

Manon Lacroix
07 18 36 92 04""",
        app("Manon", "Lacroix", phone="+33718369204", bac=2, grad="2025-06", status="deux_semaines_preavis"),
    )),
    # Feature: study_counts — level — deux années de licence, mais seule la première validée
    # reckoned: one validated year out of two = bac+1 → under bac+2 (failing)
    N("study_counts", "level", "deux années de licence, mais seule la première validée", M(
        "Rayan Chaouch <rayan.chaouch@example.org>", "Candidature Pro'pulse", "07 10:33",
        """Bonjour,

J'ai fait deux années de licence, mais seule la première validée (sciences sanitaires et sociales). Je travaille comme animateur dans une association de quartier et j'aimerais passer coordinateur.

Rayan Chaouch
06 66 24 81 39""",
        app("Rayan", "Chaouch", phone="+33666248139", bac=1, grad=None, failing=("degree_level",), status="deux_annees_une_validee"),
    )),
    # Feature: study_counts — level — mes quatre années d'études (licence puis M1), toutes validées
    # reckoned: four validated years = bac+4; «en juin» (last June before the mail) = 2026-06 → recent
    N("study_counts", "level", "mes quatre années d'études (licence puis M1), toutes validées", M(
        "Thi Hoa Nguyen <thihoa.nguyen@example.com>", "Candidature", "07 14:58",
        """Bonjour,

Après mes quatre années d'études (licence puis M1), toutes validées, terminées en juin, j'ai décidé de ne pas faire de M2 et de chercher un emploi dans une association d'aide aux migrants.

Thi Hoa Nguyen
06 22 70 15 93""",
        app("Thi Hoa", "Nguyen", phone="+33622701593", bac=4, grad="2026-06", status="quatre_annees_m1"),
    )),
    # Feature: career_span — career_change — après trois ans d'éducateur dans une association de protection de l'enfance
    # reckoned: three years in the same field as the aim before the master → no career change; master finished five months ago = 2026-06 → recent
    N("career_span", "career_change", "après trois ans d'éducateur dans une association de protection de l'enfance", M(
        "Adrien Moulin <adrien.moulin@example.fr>", "Candidature Pro'pulse - Adrien Moulin", "08 09:15",
        """Bonjour,

Après trois ans d'éducateur dans une association de protection de l'enfance, j'ai fait un master d'ingénierie sociale, achevé il y a cinq mois. Je souhaite maintenant prendre un poste de chef de service dans le même secteur associatif. CV en pièce jointe.

Adrien Moulin""",
        app("Adrien", "Moulin", phone="+33641905278", bac=5, grad="2026-06", info_in="both", status="trois_ans_educateur_master"),
        cv=CV("odt", "CV-Adrien-Moulin.odt", """Adrien Moulin - 06 41 90 52 78
Master Ingénierie sociale, achevé il y a cinq mois (juin 2026)
Trois ans d'éducateur spécialisé, association de protection de l'enfance, Angers
DE d'éducateur spécialisé
Permis B"""),
    )),
    # Feature: career_span — career_change — En CDI depuis six ans comme gestionnaire de paie
    # ambiguous: a permanent job of six years held now, beside a master taken in evening classes: a change of career or not is open
    # reckoned: six years in payroll (since 2020) still held → not_career_change open; master «l'année dernière» = 2025
    N("career_span", "career_change", "En CDI depuis six ans comme gestionnaire de paie", M(
        "Sophie Renard <sophie.renard@example.com>", "Candidature au programme Pro'pulse", "08 16:40",
        """Madame, Monsieur,

En CDI depuis six ans comme gestionnaire de paie dans une société de services, j'ai obtenu l'année dernière un master RH en cours du soir. Je voudrais rejoindre le service RH d'une association ou d'une mutuelle.

Sophie Renard
06 84 53 21 70""",
        app("Sophie", "Renard", phone="+33684532170", bac=5, grad="2025", unknown=("not_career_change",), status="cdi_six_ans_paie"),
    )),
    # Feature: ages — graduation — I'm 25. I finished school at 18, did a five-year degree straight through
    # ambiguous: 18 + 5 = 23, then a gap year: the degree came two years ago, 2024, with no month; graduation_recent open
    # reckoned: 25 − 2 = 23 → 2026 − 2 = 2024 → a year alone in 2024 → open
    N("ages", "graduation", "I'm 25. I finished school at 18, did a five-year degree straight through", M(
        "Olusegun Adeyemi <olu.adeyemi@example.net>", "Pro'pulse application", "09 10:47",
        """Hi,

I'm 25. I finished school at 18, did a five-year degree straight through (master's in development studies, Paris), then took a gap year working on an organic farm. Now I want a job in a social enterprise, ideally in sustainable food.

Olusegun Adeyemi
+33 6 93 17 42 58""",
        app("Olusegun", "Adeyemi", phone="+33693174258", bac=5, grad="2024", unknown=("graduation_recent",), language="en", status="25_five_year_degree_gap_year"),
    )),
    # Feature: ages — level — il a 20 ans, il a eu son bac à 18 ans puis a fait une année de BTS qu'il a arrêtée
    # reckoned: 20 − 18 = two years since the bac, one of them a BTS year left unfinished → no diploma above the bac (failing)
    N("ages", "level", "il a 20 ans, il a eu son bac à 18 ans puis a fait une année de BTS qu'il a arrêtée", M(
        "Nathalie Gomez <n.gomez@missionlocale-vienne.example.org>", "Orientation d'un jeune vers Pro'pulse", "09 15:10",
        """Bonjour,

Je suis conseillère à la Mission locale de Vienne et je vous oriente Enzo Ferrand : il a 20 ans, il a eu son bac à 18 ans puis a fait une année de BTS qu'il a arrêtée. Il est très motivé par l'animation sportive associative.

Ses coordonnées : enzo.ferrand@example.fr, 07 29 40 61 83.

Bien cordialement,
Nathalie Gomez
Conseillère en insertion""",
        app("Enzo", "Ferrand", phone="+33729406183", bac=0, grad=None, failing=("degree_level",), email="enzo.ferrand@example.fr", forwarded_by="n.gomez@missionlocale-vienne.example.org", status="ml_20_ans_bts_arrete"),
    )),
    # Feature: calendar_anchors — situation — en stage depuis la rentrée, et jusqu'aux vacances d'hiver
    # reckoned: from September 2026 to February 2027 → a stage of the licence pro running now (failing internship and studies)
    N("calendar_anchors", "situation", "en stage depuis la rentrée, et jusqu'aux vacances d'hiver", M(
        "Clément Barbier <clement.barbier@example.org>", "candidature Pro'pulse", "10 12:48",
        """Bonjour,

Je suis en stage depuis la rentrée, et jusqu'aux vacances d'hiver, dans une ressourcerie, dans le cadre de ma licence pro. Je voudrais préparer dès maintenant ma recherche d'emploi dans le réemploi.

Clément Barbier
06 11 83 57 26""",
        app("Clément", "Barbier", phone="+33611835726", bac="*", grad=None, failing=("studies_finished", "not_internship"), status="stage_rentree_vacances_hiver"),
    )),
    # Feature: calendar_anchors — graduation — à la fin de l'hiver dernier
    # reckoned: the end of last winter = early 2026 (a season: the year only) → 2026 → recent
    N("calendar_anchors", "graduation", "à la fin de l'hiver dernier", M(
        "Lucie Charpentier <lucie.charpentier@example.net>", "Candidature", "10 18:27",
        """Bonjour,

J'ai eu mon master Économie sociale à la fin de l'hiver dernier, après un semestre de stage à l'étranger. Je cherche un poste de chargée de projets dans une coopérative agricole ou une association d'agriculture paysanne.

Lucie Charpentier
07 09 52 34 61""",
        app("Lucie", "Charpentier", phone="+33709523461", bac=5, grad="2026", status="fin_hiver_dernier"),
    )),
    # Feature: calendar_anchors — situation — en mission à la Croix-Rouge depuis l'été, jusqu'au printemps
    # ambiguous: a «mission» of unstated kind (stage, service civique or contract) running from summer 2026 to spring 2027: internship and civic service open
    # reckoned: summer 2026 → spring 2027 → running now; its kind is not said
    N("calendar_anchors", "situation", "en mission à la Croix-Rouge depuis l'été, jusqu'au printemps", M(
        "Hamza El Idrissi <hamza.elidrissi@example.com>", "Candidature Pro'pulse", "11 09:03",
        """Bonjour,

Diplômé d'une licence de géographie en 2025, je suis en mission à la Croix-Rouge depuis l'été, jusqu'au printemps. Je voudrais trouver un emploi durable dans l'humanitaire associatif.

Hamza El Idrissi
06 38 29 50 14""",
        app("Hamza", "El Idrissi", phone="+33638295014", bac=3, grad="2025", unknown=("not_internship", "not_service_civique"), status="mission_ete_printemps"),
    )),
    # Feature: chained_dates — graduation — j'ai enchaîné six mois de service civique, puis quatre mois de CDD, qui s'est terminé le mois dernier
    # reckoned: CDD ended 2026-10 (July–October), service civique January–June 2026, master before → 2025 → recent; nothing running
    N("chained_dates", "graduation", "j'ai enchaîné six mois de service civique, puis quatre mois de CDD, qui s'est terminé le mois dernier", M(
        "Camille Deschamps <camille.deschamps@example.fr>", "Candidature Pro'pulse", "11 14:36",
        """Bonjour,

Une fois mon master en poche, j'ai enchaîné six mois de service civique, puis quatre mois de CDD, qui s'est terminé le mois dernier, tous deux dans des associations environnementales. Je cherche un poste d'animateur nature.

Camille Deschamps
06 72 18 40 93""",
        app("Camille", "Deschamps", phone="+33672184093", bac=5, grad="2025", status="sc_six_mois_cdd_quatre_mois"),
    )),
    # Feature: chained_dates — graduation — puis deux ans au Canada en PVT, puis un an de petits boulots
    # reckoned: back in September 2026, after one year of odd jobs and two in Canada → licence before September 2023 → 2023 → more than 24 months (failing)
    N("chained_dates", "graduation", "puis deux ans au Canada en PVT, puis un an de petits boulots", M(
        "Maxime Giraud <maxime.giraud@example.net>", "Candidature", "12 16:09",
        """Bonjour,

J'ai eu ma licence de STAPS, puis deux ans au Canada en PVT, puis un an de petits boulots en Australie avant de revenir en France en septembre. J'aimerais travailler dans une association sportive d'insertion.

Maxime Giraud
07 47 03 26 85""",
        app("Maxime", "Giraud", phone="+33747032685", bac=3, grad="2023", failing=("graduation_recent",), status="licence_pvt_deux_ans_un_an"),
    )),
    # Feature: search_duration — aim — je postule depuis trois mois dans des SCOP et des associations d'insertion
    # reckoned: three months of applying (since 2026-08) to SCOPs and insertion associations → active in the social economy (met)
    N("search_duration", "aim", "je postule depuis trois mois dans des SCOP et des associations d'insertion", M(
        "Assia Belhadj <assia.belhadj@example.org>", "Candidature Pro'pulse", "12 10:52",
        """Bonjour,

Titulaire d'un BUT Gestion des entreprises et des administrations (juin 2026), je postule depuis trois mois dans des SCOP et des associations d'insertion comme assistante de gestion.

Assia Belhadj
06 03 95 72 18""",
        app("Assia", "Belhadj", phone="+33603957218", bac=3, grad="2026-06", status="trois_mois_scop_insertion"),
    )),
    # Feature: elapsed_since — kind — Il y a un an
    # reckoned: a newsletter's anniversary (November 2025); no application
    N("elapsed_since", "kind", "Il y a un an", M(
        "Les Échos du Réemploi <infos@echos-reemploi.example.net>", "Un an déjà ! La lettre de novembre", "13 06:45",
        """Les Échos du Réemploi — novembre

Il y a un an, nous ouvrions notre première boutique solidaire. Douze mois plus tard : trois boutiques, vingt salariés en insertion, 140 tonnes d'objets réemployés.

À venir : notre assemblée générale et l'ouverture d'un atelier vélo.

Se désinscrire en un clic.""",
        newsletter(),
    )),
    # Feature: start_plus_duration — kind — un master commencé en 2023 et fini en trois ans
    # reckoned: a hypothetical start + duration asked about; no personal fact (question)
    N("start_plus_duration", "kind", "un master commencé en 2023 et fini en trois ans", M(
        "Jean-Baptiste Morin <jb.morin@example.com>", "Question sur la date du diplôme", "13 11:30",
        """Bonjour,

Pour une personne qui aurait fait un master commencé en 2023 et fini en trois ans au lieu de deux, quelle date retenez-vous : l'entrée ou la fin ? Merci de votre réponse.

Jean-Baptiste Morin""",
        question(),
    )),
    # Feature: countdown — kind — de retour dans 15 jours
    # reckoned: back in fifteen days (about 2026-12-09); no fact (auto-reply)
    N("countdown", "kind", "de retour dans 15 jours", M(
        "Véronique Lemaire <veronique.lemaire@example.org>", "Réponse automatique", "14 08:10",
        """Bonjour,

Je suis en congé et de retour dans 15 jours. Je répondrai à votre message à mon retour.

Véronique Lemaire
Chargée d'accueil""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: study_counts — kind — quatre semestres validés
    # reckoned: a university's notice about students with four validated semesters; no application (other)
    N("study_counts", "kind", "quatre semestres validés", M(
        "Service Insertion Pro <insertion@univ-exemple.example.fr>", "Partenariat : étudiants en réorientation", "14 14:20",
        """Bonjour,

Notre service accompagne chaque année une trentaine d'étudiants ayant quatre semestres validés qui quittent la licence pour l'emploi. Seriez-vous intéressés par une présentation de Pro'pulse à ces étudiants en janvier ?

Le service insertion professionnelle""",
        other(),
    )),
    # Feature: career_span — kind — après dix ans de métier
    # reckoned: a reply in our thread about someone else's career; no new application (reply)
    N("career_span", "kind", "après dix ans de métier", M(
        "Patrick Lenoir <patrick.lenoir@example.net>", "Re: Atelier reconversion", "15 09:55",
        """Bonjour,

Merci pour l'invitation à l'atelier. Je viendrai témoigner de mon parcours : j'ai changé de voie après dix ans de métier dans l'industrie, cela peut parler à vos candidats.

Patrick Lenoir

> Accepteriez-vous d'intervenir à notre atelier du 10 décembre ?""",
        reply(),
        headers={"In-Reply-To": "<20261114.6610.3348@animafac.net>", "References": "<20261114.6610.3348@animafac.net>"},
    )),
    # Feature: ages — kind — inactive for 12 months
    # reckoned: a bounce from an account closed after twelve months of inactivity; no application
    N("ages", "kind", "inactive for 12 months", M(
        "Mail Delivery System <MAILER-DAEMON@mail.example.com>", "Undelivered Mail Returned to Sender", "15 17:02",
        """I'm sorry to have to inform you that your message could not be delivered.

The account has been inactive for 12 months and was closed.""",
        bounce("manon.gilles@example.com"),
        bounce="""Reporting-MTA: dns; mail.example.com
Final-Recipient: rfc822; manon.gilles@example.com
Action: failed
Status: 5.2.1
Diagnostic-Code: smtp; 550 5.2.1 Mailbox disabled""",
    )),
]
