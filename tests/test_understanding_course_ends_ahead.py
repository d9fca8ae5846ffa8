"""A course its own relative clause ends on a date still to come is one the writer is in (stop 51: «j'ai
commencé un master qui se termine en juin 2027» was read as a master named and undated, left out, and the
student read eligible on the licence before it — a false acceptance). My own phrasings, read through
`propulse extract`'s path (tests/reading_day.py)."""

from __future__ import annotations

from reading_day import extracted, status


def test_a_master_begun_that_ends_next_june_is_still_studied() -> None:
    result = extracted(
        "Bonjour,\n\nAprès ma licence d'histoire (2025), j'ai commencé un master qui se termine en juin "
        "2027. Je cherche un emploi dans une association.\n\nLéna Carpentier"
    )
    assert status(result, "studies_finished") == "not_met"


def test_an_enrolment_in_a_course_that_finishes_next_year_is_still_studied() -> None:
    result = extracted(
        "Bonjour,\n\nJ'ai un BTS (2024) et je suis inscrit dans une licence pro qui finit en juillet 2027. "
        "Je cherche un emploi dans une coopérative.\n\nMatthieu Lenoir"
    )
    assert status(result, "studies_finished") == "not_met"


def test_an_english_course_which_ends_next_year_is_still_studied() -> None:
    result = extracted(
        "Hello,\n\nBA in politics (2025). I'm enrolled in a master's programme which ends in June 2027. I am "
        "looking for a job in a charity.\n\nNora Quinn"
    )
    assert status(result, "studies_finished") == "not_met"


def test_a_master_that_ended_last_year_is_had() -> None:
    # Guard: the relative clause ends the course on a date behind the reading day.
    result = extracted(
        "Bonjour,\n\nJ'ai fait un master qui s'est terminé en juin 2025. Je cherche un emploi dans une "
        "association.\n\nPaul Meunier"
    )
    assert status(result, "studies_finished") == "met"
