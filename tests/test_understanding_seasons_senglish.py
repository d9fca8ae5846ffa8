"""Dates the reading day decides, in English and in season words (the seasons corpus's slices english_seasons
and season_words, stop 53): a placement's end told by a weekday alone («se termine jeudi», "wraps up this
Friday") is the nearest such day — ahead for an end to come, behind for one told done; "wraps up" is an end
verb; a count of years ago pinned by a month ("two years ago, in March") is that month of the year counted
back; a feast without its year after a graduation told done («diplômé à Noël», "at Easter") is the last one
gone by. Each read on a stated day. Guards: the same end told past, a weekday with its figure, a feast to
come. Phrasings of our own."""

from __future__ import annotations

from datetime import date
from typing import Any

from fixtures_docs import make_message

from intake.extract import extract_message


def _read(body: str, day: date, subject: str = "Application") -> Any:
    return extract_message(make_message(body, subject=subject), today=day)  # type: ignore[arg-type]


def _status(result: Any, name: str) -> str:
    return str(next(c for c in result["eligibility"]["criteria"] if c["id"] == name)["status"])


# A Tuesday, a Wednesday, a Monday.
_TUESDAY = date(2026, 10, 13)
_WEDNESDAY = date(2026, 4, 15)
_MONDAY = date(2026, 3, 2)


def test_an_internship_that_wraps_up_this_thursday_is_still_running_on_tuesday() -> None:
    result = _read(
        "Hi, I hold an MA in urban planning (2025). My internship at a housing charity wraps up this "
        "Thursday, and I'm hoping to land a job in a cooperative after that.",
        _TUESDAY,
    )
    assert _status(result, "not_internship") == "not_met"


def test_a_placement_ending_on_a_weekday_alone_is_ahead_in_english() -> None:
    result = _read(
        "Hello, BA in geography, 2025. My internship at the food bank ends on Saturday, and I'd like to "
        "find a job in a non-profit afterwards.",
        _TUESDAY,
    )
    assert _status(result, "not_internship") == "not_met"


def test_a_stage_qui_prend_fin_ce_mardi_is_still_running_on_a_monday() -> None:
    result = _read(
        "Bonjour, titulaire d'une licence de géographie (2025), mon stage dans une ressourcerie se termine "
        "ce mardi ; je cherche ensuite un emploi dans une coopérative.",
        _MONDAY,
        subject="Candidature",
    )
    assert _status(result, "not_internship") == "not_met"


def test_guard_an_internship_that_wrapped_up_on_friday_is_over() -> None:
    result = _read(
        "Hi, I hold an MA in urban planning (2025). My internship at a housing charity wrapped up on "
        "Friday, and I'm hoping to land a job in a cooperative now.",
        _TUESDAY,
    )
    assert _status(result, "not_internship") == "met"


def test_a_degree_two_years_ago_in_a_month_after_the_reading_month_is_recent() -> None:
    result = _read(
        "Hi, I completed my BSc in Biology two years ago, in August, at the University of Leeds. I'd like a "
        "job at an environmental association.",
        _WEDNESDAY,
    )
    assert result["education"]["graduation"] == "2024-08"
    assert _status(result, "graduation_recent") == "met"


def test_a_degree_two_years_ago_in_an_earlier_month_is_too_old() -> None:
    result = _read(
        "Hi, I completed my BSc in Biology two years ago in January, at the University of Leeds. I'd like a "
        "job at an environmental association.",
        _WEDNESDAY,
    )
    assert result["education"]["graduation"] == "2024-01"


def test_guard_two_years_ago_with_a_year_after_the_month_keeps_the_year_said() -> None:
    result = _read(
        "Hi, I completed my BSc in Biology in August 2024 at the University of Leeds. I'd like a job at an "
        "environmental association.",
        _WEDNESDAY,
    )
    assert result["education"]["graduation"] == "2024-08"


def test_a_bts_obtained_a_paques_read_in_october_is_last_april() -> None:
    result = _read(
        "Bonjour, je suis diplômé à Pâques d'un BTS GPME. Je cherche un emploi dans une association "
        "d'insertion.",
        _TUESDAY,
        subject="Candidature",
    )
    assert result["education"]["graduation"] == "2026-04"


def test_a_ba_awarded_at_christmas_read_in_march_is_last_december() -> None:
    result = _read(
        "Hello, I graduated at Christmas with a BA in History and would like to work for a charity.",
        _MONDAY,
    )
    assert result["education"]["graduation"] == "2025-12"


def test_guard_a_diploma_to_come_at_christmas_is_no_date_gone_by() -> None:
    result = _read(
        "Bonjour, je serai diplômée à Noël d'un BTS SP3S et je cherche un poste dans une association.",
        _MONDAY,
        subject="Candidature",
    )
    assert result["education"]["graduation"] != "2025-12"


def test_a_master_obtained_in_autumn_read_in_january_is_of_the_autumn_before() -> None:
    result = _read(
        "Bonjour, je suis diplômé à l'automne d'un master de droit social, je cherche un poste dans une "
        "mutuelle.",
        date(2026, 1, 20),
        subject="Candidature",
    )
    assert result["education"]["graduation"] == "2025"


def test_a_ba_finished_in_the_spring_read_in_october_is_of_this_year() -> None:
    result = _read(
        "Hello, I graduated in the spring with a BA in History and would like to work for a charity.",
        _TUESDAY,
    )
    assert result["education"]["graduation"] == "2026"


def test_guard_a_master_to_come_in_the_spring_is_no_season_gone_by() -> None:
    result = _read(
        "Bonjour, je serai diplômé au printemps d'un master d'histoire, je cherche un poste en association.",
        date(2026, 1, 20),
        subject="Candidature",
    )
    assert result["education"]["graduation"] is None


def test_guard_the_verb_a_ete_names_no_summer() -> None:
    result = _read(
        "Bonjour, mon BTS tourisme a été validé en mars, je cherche un poste dans une association.",
        _TUESDAY,
        subject="Candidature",
    )
    assert result["education"]["graduation"] == "2026-03"
