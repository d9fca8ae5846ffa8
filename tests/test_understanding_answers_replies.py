"""Answers written against the programme's own criteria (the answers corpus): a yes under a question of the
search naming the ESS is the writer's aim; a bound closing a question («depuis moins de deux ans ?») restates
the call and dates nothing, the answer after it does; a date answering the call's recency criterion, after an
arrow, in brackets or after a question, dates the diploma answered beside it."""

from __future__ import annotations

from reading_day import extracted, status


def test_a_yes_to_a_question_of_the_search_in_the_ess_is_the_writers_aim() -> None:
    result = extracted(
        "Bonjour,\n\nVous avez un diplôme ? Oui, DUT carrières sociales obtenu en mai 2025.\nVous voulez "
        "travailler dans l'économie sociale et solidaire ? Oui, animateur dans une maison de quartier.\n\n"
        "Noé Perrin"
    )
    assert status(result, "job_seeking_ess") == "met"


def test_a_yes_to_a_question_of_a_job_in_the_social_economy_is_the_writers_aim() -> None:
    result = extracted(
        "Hello,\n\nDegree? I got a BTS in accounting in May 2025.\nSearching for work in the social "
        "economy? Yes, bookkeeping in a housing charity.\n\nNoe Perrin",
        subject="Application",
    )
    assert status(result, "job_seeking_ess") == "met"


def test_a_bound_closing_a_question_is_the_call_restated_and_the_answer_dates_the_diploma() -> None:
    result = extracted(
        "Bonjour,\n\nUn bac+2 au moins ? Oui, BUT GEA.\nDiplômé il y a moins de deux ans ? "
        "Oui, en mai 2025.\nDans l'ESS ? Oui, dans une mutuelle.\n\nNoé Perrin"
    )
    assert result["education"]["graduation"] == "2025-05"


def test_a_bound_closing_an_english_question_is_no_date_of_its_own() -> None:
    result = extracted(
        "Hello,\n\nAt least two years of higher education? Yes, a BTS in tourism.\nGraduated "
        "less than two years ago? Yes, in May 2025.\n\nNoe Perrin",
        subject="Application",
    )
    assert result["education"]["graduation"] == "2025-05"


def test_a_date_after_an_arrow_answering_the_recency_criterion_dates_the_diploma() -> None:
    result = extracted(
        "Bonjour,\n\n✅ Bac+2 → DUT gestion des entreprises\n✅ Moins de 2 ans → mai 2025\n✅ Études finies\n"
        "✅ Un poste dans une coopérative\n\nNoé Perrin"
    )
    assert result["education"]["graduation"] == "2025-05"


def test_a_date_in_brackets_answering_the_recency_criterion_dates_the_degree() -> None:
    result = extracted(
        "Hello,\n\n[x] Two-year degree or more (BTS in social care)\n[x] Less than two years ago (May 2025)\n"
        "[x] Studies over\n[x] Looking for a job in a charity\n\nNoe Perrin",
        subject="Application",
    )
    assert result["education"]["graduation"] == "2025-05"


def test_a_diploma_said_delivered_in_a_month_without_its_year_is_dated_the_last_such_month() -> None:
    result = extracted(
        "Bonjour,\n\nNiveau : licence de sociologie.\nTerminé ? Oui : diplôme remis en mai, plus aucun cours."
        "\nProjet : un poste dans une coopérative.\n\nNoé Perrin"
    )
    assert result["education"]["graduation"] == "2026-05"


def test_a_degree_said_awarded_in_a_month_without_its_year_is_dated_the_last_such_month() -> None:
    result = extracted(
        "Hello,\n\nLevel: BA in sociology.\nDone? Yes, degree awarded in May, no classes left.\nGoal: a job "
        "in a housing charity.\n\nNoe Perrin",
        subject="Application",
    )
    assert result["education"]["graduation"] == "2026-05"


def test_a_month_alone_answering_a_question_of_studies_over_dates_the_diploma() -> None:
    result = extracted(
        "Bonjour,\n\nNiveau : BUT carrières sociales.\nÉtudes finies ? Oui, depuis mai.\nProjet : un poste "
        "dans une coopérative.\n\nNoé Perrin"
    )
    assert result["education"]["graduation"] == "2026-05"


def test_a_month_alone_answering_an_english_question_of_studies_over_dates_the_degree() -> None:
    result = extracted(
        "Hello,\n\nLevel: BA in history.\nStudies completed? Yes, since May.\nGoal: a job in a food bank."
        "\n\nNoe Perrin",
        subject="Application",
    )
    assert result["education"]["graduation"] == "2026-05"
