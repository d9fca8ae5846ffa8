"""Facts that rule a writer out, told in an order of their own (the chronology corpus, c-out): a trade told
in the pluperfect or as the earliest step of a path walked back, an internship begun months after a diploma
counted from it, a timeline's line whose range is left open."""

from __future__ import annotations

from reading_day import extracted, status


def test_a_trade_told_in_the_pluperfect_is_a_career_all_the_same() -> None:
    result = extracted(
        "Bonjour,\n\nJe viens de valider mon BUT Carrières sociales, en juin 2026, et je postule dans des "
        "maisons de quartier. Il faut dire qu'avant cela j'avais été comptable pendant dix ans dans un "
        "cabinet.\n\nInès Martin"
    )
    assert status(result, "not_career_change") == "not_met"


def test_a_trade_had_before_going_back_to_college_is_a_career() -> None:
    result = extracted(
        "Hello,\n\nI completed my MSc in Social Enterprise in July 2026 and I'm applying to housing "
        "co-ops. Before returning to college I had been a bank clerk for twelve years.\n\nInes Martin",
        subject="Application",
    )
    assert status(result, "not_career_change") == "not_met"


def test_years_in_a_trade_told_last_as_the_start_of_the_path_came_before_the_diploma() -> None:
    result = extracted(
        "Bonjour,\n\nAujourd'hui j'ai mon DEES, obtenu en juillet 2026, et je cherche dans une association "
        "de protection de l'enfance.\n\nAvant, deux ans de formation.\n\nAu départ, sept ans vendeuse chez "
        "un opticien, à plein temps.\n\nInès Martin"
    )
    assert status(result, "not_career_change") == "not_met"


def test_years_in_a_trade_told_as_the_path_s_first_step_in_english_came_before_the_degree() -> None:
    result = extracted(
        "Hello,\n\nToday I hold a BA in Social Work, awarded in June 2026, and I'm looking for a post in a "
        "charity. Before that, three years at university. Originally, eleven years in retail banking, "
        "full-time.\n\nInes Martin",
        subject="Application",
    )
    assert status(result, "not_career_change") == "not_met"


def test_an_internship_begun_months_after_the_diploma_is_counted_from_it() -> None:
    result = extracted(
        "Bonjour,\n\nMa licence pro a été validée en juillet 2026. Deux mois plus tard, j'ai démarré un "
        "stage de cinq mois dans une coopérative d'habitants. Je voudrais ensuite travailler dans une "
        "association.\n\nInès Martin"
    )
    assert status(result, "not_internship") == "not_met"


def test_an_internship_begun_weeks_after_a_yearless_month_is_counted_from_it() -> None:
    result = extracted(
        "Bonjour,\n\nJ'ai soutenu mon master en octobre. Trois semaines plus tard, j'ai commencé un stage "
        "de quatre mois dans une fondation. Je cherche un emploi dans l'ESS.\n\nInès Martin"
    )
    assert status(result, "not_internship") == "not_met"


def test_an_internship_counted_from_a_diploma_long_past_is_over() -> None:
    result = extracted(
        "Bonjour,\n\nJ'ai obtenu mon BTS en juin 2025. Deux mois plus tard, j'ai démarré un stage de cinq "
        "mois dans une coopérative. Je cherche un emploi dans une association.\n\nInès Martin"
    )
    assert status(result, "not_internship") == "met"


def test_an_internship_begun_months_after_the_degree_in_english_is_counted_from_it() -> None:
    result = extracted(
        "Hello,\n\nI was awarded my BA in July 2026. Two months later, I started a five-month internship "
        "at a food bank. I'd like a job in a charity afterwards.\n\nInes Martin",
        subject="Application",
    )
    assert status(result, "not_internship") == "not_met"


def test_a_timeline_line_left_open_after_its_start_runs_today() -> None:
    result = extracted(
        "Bonjour,\n\nsept. 2026 – : stagiaire, Secours populaire (chargée de collecte)\njuillet 2026 : "
        "licence pro Métiers de l'ESS\n\nJe souhaite un premier emploi dans une association.\n\nInès Martin"
    )
    assert status(result, "not_internship") == "not_met"


def test_a_timeline_line_left_open_in_english_runs_today() -> None:
    result = extracted(
        "Hello,\n\nSep 2026 – : intern, housing association\nJune 2026: BA in geography\n\nI'm looking "
        "for a first job in a co-op.\n\nInes Martin",
        subject="Application",
    )
    assert status(result, "not_internship") == "not_met"


def test_an_internship_begun_then_carried_on_in_a_relative_clause_runs_today() -> None:
    result = extracted(
        "Bonjour,\n\nDiplômée d'un BUT GEA en juin 2026, j'ai démarré en octobre un stage dans une banque "
        "alimentaire, que je poursuis trois jours par semaine. Je cherche un emploi dans une "
        "association.\n\nInès Martin"
    )
    assert status(result, "not_internship") == "not_met"


def test_a_civic_service_begun_then_carried_on_in_a_relative_clause_runs_today() -> None:
    result = extracted(
        "Bonjour,\n\nJ'ai eu mon BTS SP3S en juillet 2026. J'ai démarré une mission de service civique à "
        "Emmaüs, sur l'accueil des familles, que j'effectue encore le matin. Je vise un poste dans une "
        "association.\n\nInès Martin"
    )
    assert status(result, "not_service_civique") == "not_met"


def test_a_civic_service_a_relative_clause_says_ended_is_over() -> None:
    result = extracted(
        "Bonjour,\n\nJ'ai eu mon BTS SP3S en juillet 2025. J'ai fait une mission de service civique à "
        "Emmaüs, que j'ai terminée en mai. Je vise un poste dans une association.\n\nInès Martin"
    )
    assert status(result, "not_service_civique") == "met"


def test_an_internship_carried_on_in_an_english_relative_clause_runs_today() -> None:
    result = extracted(
        "Hello,\n\nI finished my BSc in June 2026. Then I started an internship at a credit union, which "
        "I'm still doing. I'd like a job in a co-op.\n\nInes Martin",
        subject="Application",
    )
    assert status(result, "not_internship") == "not_met"


def test_a_timeline_s_trade_line_below_its_later_degree_came_before_it() -> None:
    result = extracted(
        "Bonjour,\n\nMon parcours :\n2025 – 2026 : DEUST Animation, Université de Tours, diplômée en juin\n"
        "2014 – 2025 : caissière, hypermarché de Joué-lès-Tours\n\nJe cherche un poste dans une "
        "association d'éducation populaire.\n\nInès Martin"
    )
    assert status(result, "not_career_change") == "not_met"


def test_a_timeline_s_trade_line_below_its_later_degree_in_english_came_before_it() -> None:
    result = extracted(
        "Hello,\n\nMy path:\n2023 – 2026: BA in social policy, awarded in June\n2012 – 2023: warehouse team "
        "leader\n\nI'm looking for a job in a charity.\n\nInes Martin",
        subject="Application",
    )
    assert status(result, "not_career_change") == "not_met"


def test_a_timeline_s_student_job_below_its_degree_is_no_career() -> None:
    result = extracted(
        "Bonjour,\n\nMon parcours :\n2023 – 2026 : licence de sociologie, diplômée en juin\n2019 – 2025 : "
        "animatrice périscolaire, en parallèle de mes études\n\nJe cherche un poste dans une "
        "association.\n\nInès Martin"
    )
    assert status(result, "not_career_change") == "met"


def test_a_civic_service_taken_up_as_la_mission_running_on_is_held_now() -> None:
    result = extracted(
        "Bonjour,\n\nJ'ai commencé un service civique au Secours populaire en novembre 2025, sur l'aide "
        "alimentaire. Ma licence s'est achevée en juillet ; la mission, quant à elle, se poursuit "
        "jusqu'en mai. Je cherche un poste dans une association.\n\nInès Martin"
    )
    assert status(result, "not_service_civique") == "not_met"


def test_a_civic_service_taken_up_as_the_mission_going_on_is_held_now() -> None:
    result = extracted(
        "Hello,\n\nI began a civic service at a food bank in November 2025. My BA ended in July. The "
        "mission carries on until May. I'm looking for a job in a charity.\n\nInes Martin",
        subject="Application",
    )
    assert status(result, "not_service_civique") == "not_met"


def test_la_mission_locale_takes_up_no_civic_service() -> None:
    result = extracted(
        "Bonjour,\n\nJ'ai fait un service civique à Unis-Cité de 2024 à 2025. J'ai obtenu mon BTS en juin "
        "2025. La mission locale m'accompagne jusqu'en mai. Je cherche un poste dans une "
        "association.\n\nInès Martin"
    )
    assert status(result, "not_service_civique") == "met"
