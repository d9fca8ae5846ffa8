"""A course to enter whose date opens the clause, before the verb, or names a month without its year that
is far behind the reading day, is a plan, not studies now (course_ahead.py). Stop 52: «À la rentrée de
septembre je reprends un master, mais d'ici là je voudrais travailler…» read in February was refused as a
student (the seasons corpus's first false rejection, opened); «Je reprends un master en septembre 2027» was
too, the small model tagging «reprends» as an adjective. My own phrasings, read on the day each names."""

from __future__ import annotations

from datetime import date
from typing import Any

from fixtures_docs import make_message
from reading_day import status

from intake.extract import extract_message


def read_on(day: str, body: str) -> dict[str, Any]:
    return extract_message(make_message(body, subject="Candidature"), today=date.fromisoformat(day))


def test_a_master_resumed_at_the_next_rentree_is_a_plan_when_read_in_february() -> None:
    result = read_on(
        "2027-02-08",
        "Bonjour,\n\nJ'ai une licence d'histoire obtenue en 2026. À la rentrée de septembre je reprends un "
        "master, d'ici là je voudrais travailler dans une association.\n\nJade Morin",
    )
    assert status(result, "studies_finished") == "met"


def test_a_master_resumed_next_september_said_first_is_a_plan() -> None:
    result = read_on(
        "2026-11-26",
        "Bonjour,\n\nJ'ai une licence d'histoire obtenue en 2026. En septembre prochain, je reprends un "
        "master ; d'ici là je voudrais travailler dans une association.\n\nJade Morin",
    )
    assert status(result, "studies_finished") == "met"


def test_a_master_taken_up_in_september_2027_is_a_plan() -> None:
    result = read_on(
        "2026-11-26",
        "Bonjour,\n\nJ'ai une licence d'histoire obtenue en 2026. Je reprends un master en septembre 2027, "
        "d'ici là je voudrais travailler dans une association.\n\nJade Morin",
    )
    assert status(result, "studies_finished") == "met"


def test_an_english_masters_begun_in_september_is_a_plan_when_read_in_march() -> None:
    result = read_on(
        "2026-03-23",
        "Hello,\n\nI have a BA in history (2025). In September I'm going back to do a master's; until then I "
        "would like to work for a charity.\n\nJade Morin",
    )
    assert status(result, "studies_finished") == "met"


def test_a_master_resumed_in_september_read_in_october_is_studied() -> None:
    # Guard: the month is just behind; the start may have been made.
    result = read_on(
        "2026-10-05",
        "Bonjour,\n\nJ'ai une licence d'histoire obtenue en 2025. En septembre je reprends un master, et je "
        "voudrais travailler dans une association.\n\nJade Morin",
    )
    assert status(result, "studies_finished") == "not_met"


def test_a_master_resumed_since_september_is_studied() -> None:
    # Guard: «depuis» tells a start made, however far behind.
    result = read_on(
        "2027-02-08",
        "Bonjour,\n\nJ'ai une licence d'histoire obtenue en 2026. Depuis septembre je reprends un master, et "
        "je voudrais travailler dans une association.\n\nJade Morin",
    )
    assert status(result, "studies_finished") == "not_met"


def test_the_classes_of_a_master_she_is_in_resuming_in_january_are_no_plan() -> None:
    # Guard: «les cours du M2» are the classes of a course she is enrolled in, resumed after a pause.
    result = read_on(
        "2026-11-26",
        "Bonjour,\n\nJ'ai une licence (juin 2025) et je suis inscrite en M2 cette année. Après une "
        "opération, j'ai fait une pause, mais je reprends les cours du M2 en janvier.\n\nJade Morin",
    )
    assert status(result, "studies_finished") != "met"
