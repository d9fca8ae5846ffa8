"""Reckoning corpus, batch 04 (writer A): a birth year and an age at the master, a civic service ended at the
Toussaint, months of applying to associations and to retail, a BTS four years old, last year in English, a
master of two years ago, a thesis of one year or two, service civique months ended or on the edge, a stage
of eight months from May, a chain of holidays and a stage, a chain with a césure, and English reckonings of
semesters, weeks, months of applying, a service civique and a volunteering, and other mail that counts."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, auto_reply, bounce, newsletter, other, question, reply
from reckoning import N

MESSAGES = [
    # Feature: ages — graduation — née en 2001, j'ai fini mon master à 24 ans
    # reckoned: 2001 + 24 = 2025 → recent
    N("ages", "graduation", "née en 2001, j'ai fini mon master à 24 ans", M(
        "Ayşe Demir <ayse.demir@example.org>", "Candidature Pro'pulse - Ayşe Demir", "16 10:05",
        """Bonjour,

Née en 2001, j'ai fini mon master à 24 ans, après un détour par une année de prépa. Je joins mon CV : je cherche un poste de chargée de plaidoyer dans une association de défense des droits.

Ayşe Demir""",
        app("Ayşe", "Demir", phone="+33651840327", bac=5, grad="2025", info_in="both", status="nee_2001_master_24_ans"),
        cv=CV("pdf", "CV_Ayse_Demir.pdf", """Ayşe Demir — 06 51 84 03 27 — Lyon
Master Droits de l'homme, Université Lyon 3 — fini à 24 ans (née en 2001)
Licence de droit ; une année de classe préparatoire
Bénévole juriste, permanence d'accès aux droits
Langues : turc, français, anglais"""),
    )),
    # Feature: calendar_anchors — situation — mon service civique s'est terminé à la Toussaint
    # reckoned: la Toussaint 2026 = early November → the civic service ended before 2026-11-26 (met); DUT June 2025 → recent
    N("calendar_anchors", "situation", "mon service civique s'est terminé à la Toussaint", M(
        "Quentin Mallet <quentin.mallet@example.fr>", "candidature", "16 15:44",
        """Bonjour,

DUT Carrières sociales en poche depuis juin 2025, mon service civique s'est terminé à la Toussaint. Je cherche maintenant un emploi d'animateur dans une association de prévention spécialisée.

Quentin Mallet
06 14 73 92 05""",
        app("Quentin", "Mallet", phone="+33614739205", bac=2, grad="2025-06", status="sc_fini_toussaint"),
    )),
    # Feature: search_duration — aim — cela fait deux mois que je réponds aux offres des associations de protection de l'environnement
    # reckoned: two months of answering associations' offers (since 2026-09) → active in the social economy (met)
    N("search_duration", "aim", "cela fait deux mois que je réponds aux offres des associations de protection de l'environnement", M(
        "Elif Yilmaz <elif.yilmaz@example.net>", "Candidature Pro'pulse", "17 09:20",
        """Bonjour,

Diplômée d'un master d'écologie en septembre 2026, cela fait deux mois que je réponds aux offres des associations de protection de l'environnement. J'aimerais être accompagnée pour mieux valoriser mon profil.

Elif Yilmaz
07 53 60 28 14""",
        app("Elif", "Yilmaz", phone="+33753602814", bac=5, grad="2026-09", status="deux_mois_offres_environnement"),
    )),
    # Feature: search_duration — aim — je cherche depuis quatre mois un poste de manager dans la grande distribution
    # reckoned: four months of searching in mass retail → the aim is outside the social economy (failing)
    N("search_duration", "aim", "je cherche depuis quatre mois un poste de manager dans la grande distribution", M(
        "Romain Brunet <romain.brunet@example.com>", "Candidature", "17 13:58",
        """Bonjour,

Titulaire d'un BTS Management commercial opérationnel (juin 2025), je cherche depuis quatre mois un poste de manager dans la grande distribution. Votre programme peut-il m'aider ?

Romain Brunet
06 87 31 04 62""",
        app("Romain", "Brunet", phone="+33687310462", bac=2, grad="2025-06", failing=("job_seeking_ess",), status="quatre_mois_grande_distribution"),
    )),
    # Feature: relative_years — graduation — mon BTS date d'il y a quatre ans
    # reckoned: 2026 − 4 = 2022 → more than 24 months (failing)
    N("relative_years", "graduation", "mon BTS date d'il y a quatre ans", M(
        "Jessica Lambert <jessica.lambert@example.fr>", "Pro'pulse", "18 11:11",
        """Bonjour,

Mon BTS date d'il y a quatre ans (Économie sociale familiale). J'ai travaillé depuis dans un cabinet d'assurances et je voudrais revenir vers le social, dans une association.

Jessica Lambert
06 44 92 18 37""",
        app("Jessica", "Lambert", phone="+33644921837", bac=2, grad="2022", failing=("graduation_recent",), status="bts_il_y_a_quatre_ans"),
    )),
    # Feature: relative_years — graduation — I graduated last year
    # reckoned: «last year» = 2025 → recent
    N("relative_years", "graduation", "I graduated last year", M(
        "Kwame Asante <kwame.asante@example.com>", "Application", "18 16:30",
        """Hello Pro'pulse team,

I graduated last year with a licence in economics from Université Paris-Est and I'm looking for a job with a cooperative bank's foundation or a microfinance non-profit.

Best,
Kwame Asante
+33 7 71 28 45 90""",
        app("Kwame", "Asante", phone="+33771284590", bac=3, grad="2025", language="en", status="graduated_last_year"),
    )),
    # Feature: relative_years — graduation — je l'ai eu en 2024, ça fait deux ans
    # ambiguous: «en 2024, ça fait deux ans» gives the year, not the month: graduation_recent open
    # reckoned: 2026 − 2 = 2024 → a year alone in 2024 → open
    N("relative_years", "graduation", "je l'ai eu en 2024, ça fait deux ans", M(
        "Valentin Rolland <valentin.rolland@example.org>", "Candidature Pro'pulse", "19 08:42",
        """Bonjour,

Mon master de sociologie, je l'ai eu en 2024, ça fait deux ans déjà. Je suis animateur de réseau bénévole et je cherche un poste salarié dans une association.

Valentin Rolland
06 31 07 85 26""",
        app("Valentin", "Rolland", phone="+33631078526", bac=5, grad="2024", unknown=("graduation_recent",), status="master_2024_deux_ans"),
    )),
    # Feature: relative_years — graduation — l'année dernière ou il y a deux ans
    # ambiguous: the writer does not know which of two years counts (defence or delivery): 2025 passes, 2024 may not; graduation_recent open
    # reckoned: 2025 or 2024 → open
    N("relative_years", "graduation", "l'année dernière ou il y a deux ans", M(
        "Aleksandra Nowak <aleksandra.nowak@example.net>", "Candidature - docteure en sociologie", "19 14:15",
        """Madame, Monsieur,

J'ai soutenu ma thèse de sociologie, et selon qu'on compte la soutenance ou la délivrance, c'était l'année dernière ou il y a deux ans. Je souhaite rejoindre le pôle études d'une fédération associative.

Aleksandra Nowak
06 90 46 13 72""",
        app("Aleksandra", "Nowak", phone="+33690461372", bac=8, grad=None, unknown=("graduation_recent",), status="these_an_dernier_ou_deux_ans"),
    )),
    # Feature: status_durations — situation — un stage de huit mois commencé en mai
    # reckoned: May + 8 months → May–December 2026 → running on 2026-11-26 (failing)
    N("status_durations", "situation", "un stage de huit mois commencé en mai", M(
        "Pauline Meyer <pauline.meyer@example.fr>", "Candidature Pro'pulse", "20 10:08",
        """Bonjour,

Titulaire d'un master depuis mars 2026, je fais un stage de huit mois commencé en mai au sein d'une fondation. Je voudrais préparer la suite dans le mécénat associatif.

Pauline Meyer
06 25 39 81 40""",
        app("Pauline", "Meyer", phone="+33625398140", bac=5, grad="2026-03", failing=("not_internship",), status="stage_huit_mois_mai"),
    )),
    # Feature: status_durations — situation — un service civique de sept mois, commencé en janvier
    # reckoned: January + 7 months → January–July 2026 → ended (met); licence 2025 → recent
    N("status_durations", "situation", "un service civique de sept mois, commencé en janvier", M(
        "Antoine Dupuis <antoine.dupuis@example.com>", "Candidature", "20 15:27",
        """Bonjour,

Après ma licence (2025), j'ai fait un service civique de sept mois, commencé en janvier, dans une association de soutien scolaire. Je cherche aujourd'hui un poste de coordinateur dans l'éducation populaire.

Antoine Dupuis
07 26 84 19 53""",
        app("Antoine", "Dupuis", phone="+33726841953", bac=3, grad="2025", status="sc_sept_mois_janvier"),
    )),
    # Feature: status_durations — situation — son service civique de dix mois, commencé début 2026
    # ambiguous: «début 2026» is January or February: ten months end in October (ended) or November (the day unknown); not_service_civique open
    # reckoned: 2026-01 + 10 → October 2026; 2026-02 + 10 → November 2026 → open
    N("status_durations", "situation", "son service civique de dix mois, commencé début 2026", M(
        "Bernadette Faure <b.faure@ccas-exemple.example.fr>", "Orientation : candidature de Mme Kaba", "21 09:36",
        """Bonjour,

Assistante sociale au CCAS, je vous oriente Mme Mariam Kaba, titulaire d'un BTS SP3S (2025), qui arrive au bout de son service civique de dix mois, commencé début 2026, dans une association d'aide alimentaire. Elle souhaite y rester salariée.

Ses coordonnées : mariam.kaba@example.org, 06 58 12 73 49.

Bernadette Faure""",
        app("Mariam", "Kaba", phone="+33658127349", bac=2, grad="2025", unknown=("not_service_civique",), email="mariam.kaba@example.org", forwarded_by="b.faure@ccas-exemple.example.fr", status="ccas_sc_dix_mois_debut_2026"),
    )),
    # Feature: chained_dates — situation — j'ai pris trois mois de vacances, puis j'ai commencé un stage de quatre mois
    # reckoned: June 2026 + 3 months = September; a stage of four months from September runs to December 2026 (failing)
    N("chained_dates", "situation", "j'ai pris trois mois de vacances, puis j'ai commencé un stage de quatre mois", M(
        "Alice Bertrand <alice.bertrand@example.org>", "Candidature Pro'pulse", "21 13:12",
        """Bonjour,

Diplômée d'une licence pro en juin, j'ai pris trois mois de vacances, puis j'ai commencé un stage de quatre mois dans une coopérative de commerce équitable. J'aimerais y être embauchée ensuite.

Alice Bertrand
06 79 20 46 81""",
        app("Alice", "Bertrand", phone="+33679204681", bac=3, grad="2026-06", failing=("not_internship",), status="vacances_trois_mois_stage_quatre"),
    )),
    # Feature: chained_dates — graduation — puis une année de césure, puis un M1 abandonné au bout de quelques mois
    # ambiguous: licence, a year off, some months of M1, then a search «depuis le printemps»: the chain lands on 2024 with no month; graduation_recent open
    # reckoned: spring 2026 − «quelques mois» of M1 (begun September 2025) − one year of césure = a licence in 2024, month unknown → a year alone in 2024 → open
    N("chained_dates", "graduation", "puis une année de césure, puis un M1 abandonné au bout de quelques mois", M(
        "Noah Petitjean <noah.petitjean@example.com>", "candidature", "22 17:49",
        """Bonjour,

J'ai eu ma licence de sciences politiques, puis une année de césure, puis un M1 abandonné au bout de quelques mois, et je cherche depuis le printemps dans les associations d'accès au logement.

Noah Petitjean
07 40 15 63 28""",
        app("Noah", "Petitjean", phone="+33740156328", bac=3, grad="2024", unknown=("graduation_recent",), status="licence_cesure_m1_abandonne"),
    )),
    # Feature: english_reckoning — graduation — I graduated with my BA three semesters ago
    # reckoned: three semesters ≈ eighteen months → about 2025-05 or -06 → 2025 → recent
    N("english_reckoning", "graduation", "I graduated with my BA three semesters ago", M(
        "Hannah Fischer <hannah.fischer@example.net>", "Application: Hannah Fischer", "22 10:26",
        """Dear team,

I graduated with my BA three semesters ago (a French licence in sociology, Université de Strasbourg) and have been volunteering at a refugee legal clinic since. My CV is attached. I'm looking for a paid position with a non-profit.

Kind regards,
Hannah Fischer""",
        app("Hannah", "Fischer", phone="+33764081935", bac=3, grad="2025", info_in="both", language="en", status="ba_three_semesters_ago"),
        cv=CV("docx", "Hannah_Fischer_CV.docx", """Hannah Fischer
+33 7 64 08 19 35 — Strasbourg
Licence de sociologie, Université de Strasbourg (graduated three semesters ago)
Volunteer caseworker, refugee legal clinic
German (native), French (C1), English (C1)"""),
    )),
    # Feature: english_reckoning — situation — My internship finished six weeks ago
    # reckoned: ended mid-October 2026 → no internship now (met); master 2026 → recent
    N("english_reckoning", "situation", "My internship finished six weeks ago", M(
        "Ravi Menon <ravi.menon@example.com>", "Pro'pulse application", "23 08:58",
        """Hello,

I finished my master's in sustainable development this summer. My internship finished six weeks ago (at a fair-trade cooperative), and I'm now fully available for a job in the social and solidarity economy.

Ravi Menon
+33 6 45 93 27 10""",
        app("Ravi", "Menon", phone="+33645932710", bac=5, grad="2026", language="en", status="internship_finished_six_weeks"),
    )),
    # Feature: english_reckoning — situation — I'm seven months into a ten-month service civique
    # reckoned: three months left → runs until early 2027 (failing); licence 2025 → recent
    N("english_reckoning", "situation", "I'm seven months into a ten-month service civique", M(
        "Grace Kim <grace.kim@example.org>", "Application", "23 12:44",
        """Hi,

I'm seven months into a ten-month service civique with a literacy charity in Lille, after my licence in English studies last year. I'd like to line up a job with a non-profit for when it ends.

Grace Kim
+33 7 56 32 08 41""",
        app("Grace", "Kim", phone="+33756320841", bac=3, grad="2025", failing=("not_service_civique",), language="en", status="seven_months_into_ten_month_sc"),
    )),
    # Feature: english_reckoning — aim — I've been applying to investment banks for five months
    # reckoned: five months of applying to investment banks → aim outside the social economy (failing)
    N("english_reckoning", "aim", "I've been applying to investment banks for five months", M(
        "Oliver Bennett <oliver.bennett@example.net>", "Application - Oliver Bennett", "23 18:20",
        """Hello,

I finished my master's in finance in June and I've been applying to investment banks for five months with no luck. A friend told me about your programme; could you help me with interviews?

Oliver Bennett
+33 6 82 57 14 36""",
        app("Oliver", "Bennett", phone="+33682571436", bac=5, grad="2026-06", failing=("job_seeking_ess",), language="en", status="investment_banks_five_months"),
    )),
    # Feature: english_reckoning — situation — a volunteering programme that runs another four months
    # ambiguous: a volunteering programme of unstated scheme, still running four more months: not_service_civique open
    # reckoned: running until about March 2027; which scheme it is, the mail does not say
    N("english_reckoning", "situation", "a volunteering programme that runs another four months", M(
        "Lukas Hoffmann <lukas.hoffmann@example.com>", "Application Pro'pulse", "24 09:31",
        """Hello,

I've been in France for a year now, on a volunteering programme that runs another four months, at an association for people with disabilities. I have a German bachelor's degree in social work (2025). I would like to stay and work in the sector.

Lukas Hoffmann
+33 7 13 84 26 59""",
        app("Lukas", "Hoffmann", phone="+33713842659", bac=3, grad="2025", unknown=("not_service_civique",), language="en", status="volunteering_four_more_months"),
    )),
    # Feature: calendar_anchors — kind — à la Toussaint il y a deux ans
    # reckoned: a hypothetical date at the edge asked about; no personal fact (question)
    N("calendar_anchors", "kind", "à la Toussaint il y a deux ans", M(
        "Claire Voisin <claire.voisin@example.fr>", "Question : date limite du diplôme", "24 14:02",
        """Bonjour,

Si un diplôme a été délivré à la Toussaint il y a deux ans, est-il encore dans vos 24 mois ? Je prépare une réunion d'information pour des étudiants et je voudrais être précise.

Claire Voisin""",
        question(),
    )),
    # Feature: chained_dates — kind — relayed twice over three days
    # reckoned: a bounce after relays over three days; no application
    N("chained_dates", "kind", "relayed twice over three days", M(
        "postmaster@relay.example.org", "Returned mail: see transcript for details", "24 19:15",
        """The original message was received three days ago, relayed twice over three days, and could not be delivered.

----- The following addresses had permanent fatal errors -----
<sara.lindgren@example.org>""",
        bounce("sara.lindgren@example.org"),
        bounce="""Reporting-MTA: dns; relay.example.org
Final-Recipient: rfc822; sara.lindgren@example.org
Action: failed
Status: 5.1.2
Diagnostic-Code: smtp; 550 5.1.2 Host unknown""",
    )),
    # Feature: search_duration — kind — en ligne depuis trois mois
    # reckoned: a job board reminder about an offer online for three months; no application (other)
    N("search_duration", "kind", "en ligne depuis trois mois", M(
        "Job ESS Alertes <alertes@jobess.example.com>", "Votre offre expire bientôt", "25 06:00",
        """Bonjour,

Votre offre « Chargé·e d'accompagnement Pro'pulse » est en ligne depuis trois mois et expirera dans sept jours. Pour la prolonger, connectez-vous à votre espace recruteur.

L'équipe Job ESS""",
        other(),
    )),
    # Feature: relative_years — kind — cette année
    # reckoned: away all the rest of this year; no fact (auto-reply)
    N("relative_years", "kind", "cette année", M(
        "Mathilde Roche <mathilde.roche@example.net>", "Réponse automatique : Candidature", "25 08:30",
        """Bonjour,

Je ne serai plus au bureau cette année : retour le 4 janvier. Pour toute question urgente, écrivez à contact@asso-horizons.example.net.

Mathilde Roche""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: status_durations — kind — missions de huit mois qui démarrent en février
    # reckoned: a newsletter on missions of February–September 2027; no application
    N("status_durations", "kind", "missions de huit mois qui démarrent en février", M(
        "Volontaires en Action <news@volontaires-action.example.org>", "Recrutement de volontaires : c'est parti", "25 07:15",
        """Volontaires en Action — la lettre

Nous recrutons 30 volontaires en service civique pour des missions de huit mois qui démarrent en février, dans l'éducation et l'environnement. Partagez l'info autour de vous !

Pour ne plus recevoir cette lettre, cliquez ici.""",
        newsletter(),
    )),
    # Feature: status_durations — kind — un stage de six mois commencé en juin
    # reckoned: a hypothetical stage ending in November asked about; no personal fact (question)
    N("status_durations", "kind", "un stage de six mois commencé en juin", M(
        "Sami Terki <sami.terki@example.com>", "Question sur les stages", "25 11:47",
        """Bonjour,

Pour votre critère « pas de stage en cours » : un stage de six mois commencé en juin et qui se termine fin novembre, est-ce qu'il compte encore ? Merci pour la précision.

Sami Terki""",
        question(),
    )),
    # Feature: english_reckoning — kind — back in France in three weeks
    # reckoned: a reply in our thread about a return in mid-December; no application (reply)
    N("english_reckoning", "kind", "back in France in three weeks", M(
        "Emily Foster <emily.foster@example.com>", "Re: Your Pro'pulse interview", "25 16:05",
        """Hi,

Thanks for getting back to me. As I said, I'll be back in France in three weeks, so could we do the interview by video, or push it to mid-December?

Best,
Emily

> Would you be available for an interview on 2 December in Paris?""",
        reply(),
        headers={"In-Reply-To": "<20261124.7720.5519@animafac.net>", "References": "<20261124.7720.5519@animafac.net>"},
    )),
]
