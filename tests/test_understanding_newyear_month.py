"""A fact placed around the year's turn, read on the day each mail names (n-month, stop 57).

A course followed since January with its rhythm told («deux jours de cours par semaine», "two days of
classes a week") is studies running: a rhythm is no short length, and «deux» is no «de». Two years offered
in place of each other («fin 2023 ou début 2024», "late 2023 or early 2024") and a winter named by the two
years it spans («l'hiver 2023-2024») leave the graduation open: read in January, one end is within the two
years and the other is not, so the coordinator asks rather than the first year rejecting. Guards: a course of
a few days is still no studies; a date corrected plainly keeps its year; a school year «2023-2024» still ends
in its second year; two diplomas each with its own year keep both. My own phrasings."""

from __future__ import annotations

from datetime import date
from typing import Any

from fixtures_docs import make_message
from reading_day import status

from intake.extract import extract_message

_AIM = " Je cherche un emploi dans une coopérative d'habitat.\n\nIrène Vautrin"
_AIM_EN = " I am looking for a job in a social enterprise.\n\nIrene Vautrin"


def read_on(day: str, body: str) -> dict[str, Any]:
    return extract_message(make_message(body, subject="Candidature"), today=date.fromisoformat(day))


def test_a_university_diploma_followed_since_january_two_days_a_week_is_studies_running() -> None:
    body = (
        "J'ai un master de géographie (septembre 2026). Depuis janvier je prépare un DU de médiation "
        "culturelle à Poitiers, jusqu'en juillet, avec deux jours de cours par semaine." + _AIM
    )
    assert status(read_on("2027-01-14", body), "studies_finished") == "not_met"


def test_a_course_followed_since_january_two_days_of_classes_a_week_is_studies_running_in_english() -> None:
    body = (
        "I hold a master's degree in geography (September 2026). Since January I am enrolled in a DU in "
        "cultural mediation, until July, spread over two days of classes a week." + _AIM_EN
    )
    assert status(read_on("2027-01-14", body), "studies_finished") == "not_met"


def test_a_training_of_three_days_is_still_no_studies_running() -> None:
    body = (
        "J'ai une licence de géographie obtenue en juin 2026. Je suis depuis lundi une formation de "
        "trois jours sur l'animation de réunions." + _AIM
    )
    assert status(read_on("2027-01-14", body), "studies_finished") == "met"


def test_a_jury_said_to_sit_at_the_end_of_one_year_or_the_start_of_the_next_leaves_the_date_open() -> None:
    body = (
        "J'ai un BUT Gestion des entreprises et des administrations ; il a été validé fin 2024 ou début "
        "2025, je n'ai plus le papier sous la main." + _AIM
    )
    result = read_on("2027-01-19", body)
    assert status(result, "graduation_recent") == "unknown"
    assert result["eligibility"]["verdict"] == "to_verify"


def test_a_degree_of_one_year_or_the_next_said_in_english_is_no_rejection() -> None:
    body = "I got my BSc in sociology in 2024 or 2025, I would have to check the certificate." + _AIM_EN
    result = read_on("2027-01-19", body)
    assert status(result, "graduation_recent") == "unknown"


def test_a_diploma_of_the_winter_spanning_two_years_is_no_school_year() -> None:
    body = "Mon DEJEPS m'a été délivré à l'hiver 2024-2025, après deux ans d'alternance." + _AIM
    result = read_on("2027-01-05", body)
    assert status(result, "graduation_recent") == "unknown"
    assert result["eligibility"]["verdict"] == "to_verify"


def test_a_school_year_spanning_two_years_still_ends_in_the_second() -> None:
    body = "J'ai obtenu mon DEJEPS au terme de l'année 2024-2025 en alternance." + _AIM
    assert status(read_on("2027-01-05", body), "graduation_recent") == "met"


def test_a_date_put_right_with_a_plain_correction_keeps_its_year() -> None:
    body = "J'ai eu mon BTS en 2022, pardon, en 2025, à Lorient." + _AIM
    result = read_on("2027-01-05", body)
    assert result["education"]["graduation"] == "2025"


def test_two_diplomas_each_with_its_year_keep_both_years() -> None:
    body = "J'ai un BTS obtenu en 2021 ou plus exactement une licence obtenue en 2025." + _AIM
    assert read_on("2027-01-05", body)["education"]["graduation"] == "2025"


def _phone(body: str) -> str | None:
    result = read_on("2027-01-04", "J'ai un BTS obtenu en juin 2025." + _AIM + "\n" + body)
    phone = result["applicant"]["phone"]
    return str(phone) if phone else None


def test_a_number_that_works_until_tonight_comes_after_the_writers_own() -> None:
    assert _phone("+1 438 555 0164 (jusqu'à ce soir) / 06 51 48 27 93") == "+33651482793"


def test_a_hotel_line_valid_only_until_friday_comes_after_the_mobile_in_english() -> None:
    assert _phone("+1 415 555 0137, only until Friday - 07 62 18 45 30") == "+33762184530"


def test_a_lone_number_with_a_limit_is_still_the_number() -> None:
    assert _phone("+44 7700 900461 (jusqu'à dimanche)") == "+447700900461"


def test_a_number_with_no_limit_written_first_stays_first() -> None:
    written = "06 51 48 27 93 / 07 62 18 45 30 (jusqu'à dimanche, chez ma sœur)"
    assert _phone(written) == "+33651482793"


def test_a_mobile_reachable_until_seven_in_the_evening_is_still_taken_first() -> None:
    assert _phone("06 51 48 27 93 (joignable jusqu'à 19 h) ou 02 98 44 61 20") == "+33651482793"
