"""Meanings invented at stop 57, each read from a sentence's structure on a stated reading day: a start told
ahead in English (not begun on the reading day: no situation held), with the starts already made beside it;
an internship agreement dated ahead without a word of its end (a start to come, not a run); a defence's day
without its year beside a diploma's title (the diploma left undated)."""

from __future__ import annotations

from datetime import date
from typing import Any

from fixtures_docs import make_message
from reading_day import status

from intake.extract import extract_message

DECEMBER = date(2026, 12, 7)
_ENGLISH = (
    "Hello,\n\nI hold a bachelor's degree in social work obtained in July 2025. {} I am looking for a job in "
    "a social economy organisation.\n\nNoah Berthet"
)
_FRENCH = (
    "Bonjour,\n\nJe suis titulaire d'une licence professionnelle obtenue en juillet 2025. {} Je cherche un "
    "emploi dans une structure de l'ESS.\n\nNoah Berthet"
)


def read_on(body: str, day: date = DECEMBER, **message: Any) -> dict[str, Any]:
    """`body` mailed as make_message sends it (`message`: subject, sender…), extracted on `day`."""
    return extract_message(make_message(body, **message), today=day)


def read_english(sentence: str) -> dict[str, Any]:
    return read_on(_ENGLISH.format(sentence), subject="Application")


def read_french(sentence: str) -> dict[str, Any]:
    return read_on(_FRENCH.format(sentence))


# 3. A start told ahead in English: not begun on the reading day.


def test_an_internship_begun_next_week_is_no_internship_held_today() -> None:
    result = read_english("Next week I begin an internship at a community kitchen.")
    assert status(result, "not_internship") == "met"


def test_a_civic_service_started_on_the_coming_monday_is_not_held_yet() -> None:
    result = read_english("I'm starting my civic service with a youth charity on Monday.")
    assert status(result, "not_service_civique") == "met"


def test_a_placement_that_kicks_off_in_ten_days_is_not_held_yet() -> None:
    result = read_english("In ten days I kick off a placement at a repair café.")
    assert status(result, "not_internship") == "met"


def test_a_french_internship_begun_in_two_weeks_is_not_held_yet() -> None:
    result = read_french("Je démarre un stage dans une épicerie solidaire dans deux semaines.")
    assert status(result, "not_internship") == "met"


def test_an_english_internship_started_last_week_is_held_today() -> None:
    result = read_english("I started an internship at a food bank last week.")
    assert status(result, "not_internship") == "not_met"


def test_an_english_civic_service_started_on_monday_is_held_today() -> None:
    result = read_english("I started my civic service on Monday.")
    assert status(result, "not_service_civique") == "not_met"


def test_an_internship_held_beside_a_course_starting_next_week_is_still_held() -> None:
    result = read_english("I'm on an internship at a food bank, and next week I start a training course.")
    assert status(result, "not_internship") == "not_met"


# 1. An agreement dated ahead without a word of its end starts later; one running until a date holds now.


def test_an_internship_agreement_signed_for_january_has_not_begun_in_december() -> None:
    result = read_french("Ma convention de stage avec la ressourcerie est signée pour février.")
    assert status(result, "not_internship") == "met"


def test_an_internship_agreement_running_until_march_holds_in_december() -> None:
    result = read_french("Ma convention de stage court jusqu'en mars 2027.")
    assert status(result, "not_internship") == "not_met"


def test_an_internship_agreement_until_the_end_of_february_holds_in_december() -> None:
    result = read_french("Ma convention de stage avec la ressourcerie va jusqu'à fin février.")
    assert status(result, "not_internship") == "not_met"


# 5. A defence's day without its year beside a diploma's title leaves the diploma undated.


def test_a_master_whose_defence_day_has_no_year_is_left_undated() -> None:
    result = read_on(
        "Bonjour,\n\nJe cherche un emploi dans l'ESS.\nMaster 2 ESS (soutenance le 15 juin)\n\nNoah"
    )
    assert result["education"]["graduation"] is None


def test_an_english_master_whose_defence_day_has_no_year_is_left_undated() -> None:
    result = read_on(
        "Hello,\n\nI'm looking for a job in the social economy.\nMaster's in social economy - defence on "
        "15 June\n\nNoah",
        subject="Application",
    )
    assert result["education"]["graduation"] is None


def test_a_master_defended_on_a_day_of_2026_is_dated_june_2026() -> None:
    result = read_on(
        "Bonjour,\n\nJe cherche un emploi dans l'ESS. Master 2 ESS, soutenu le 15 juin 2026.\n\nNoah"
    )
    assert result["education"]["graduation"] == "2026-06"


# A diploma dated in its own clause; a date past a semicolon is another clause's fact (found at stop 57).


def test_a_master_had_in_june_is_not_dated_by_a_job_running_past_a_semicolon() -> None:
    result = read_on(
        "Hello,\n\nI graduated in June 2026 with a master's; I am currently working part-time at a food bank "
        "until March 2027. I am looking for a job in the social economy.\n\nNoah Berthet",
        subject="Application",
    )
    assert result["education"]["graduation"] == "2026-06"
    assert status(result, "studies_finished") == "met"


def test_a_french_master_had_in_june_is_not_dated_by_a_fixed_term_contract_after_a_semicolon() -> None:
    result = read_on(
        "Bonjour,\n\nDiplômée en juin 2026 d'un master de sociologie ; je suis en CDD dans une bibliothèque "
        "jusqu'en mars 2027. Je cherche un emploi dans l'ESS.\n\nLéa Roux"
    )
    assert result["education"]["graduation"] == "2026-06"


def test_a_master_ending_next_june_after_a_bachelor_is_still_followed() -> None:
    result = read_on(
        "Hello,\n\nGraduated in 2025 with a bachelor's; my master's ends in June 2027. I am looking for a "
        "job in the social economy.\n\nNoah Berthet",
        subject="Application",
    )
    assert status(result, "studies_finished") == "not_met"
