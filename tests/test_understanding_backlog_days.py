"""A mail's own words are dated from the day it was written, its case judged on the day it is read (the lead,
stop 58).

The service does not always read a mail on its day: it was stopped, the message sat in quarantine, a backlog
is read after the holidays. «Mon service civique s'achève vendredi prochain», written on Friday 5 March and
read on the 22nd, ended on the 12th; «mon stage se termine le 19 mars», written on 1 March, ended on that 19
March; "my internship ends in ten days" likewise. Counted from the reading day they would still lie ahead and
hold her in a placement. An end on the reading day itself is over by the time anyone answers. Guards: the same
mail read on its own day still holds her; a habit («le lundi») names no day. My own phrasings, read through
`propulse extract`'s path."""

from __future__ import annotations

import email
from datetime import date
from email import policy
from typing import Any

from fixtures_docs import make_message
from reading_day import status

from intake.extract import extract_message

_DEGREE = "J'ai un master en économie sociale obtenu en septembre 2026 et je cherche un emploi dans une Scop."
_DEGREE_EN = "I hold a master's in social economy (September 2026) and I am looking for a job in a co-op."


def _written(sent: str, body: str) -> bytes:
    """A mail whose Date header is `sent` (make_message dates every mail 10 November 2026)."""
    message = email.message_from_bytes(make_message(body + "\n\nNoémie Castel"), policy=policy.default)
    message.replace_header("Date", sent)
    return message.as_bytes()


def _read(day: str, raw: bytes) -> dict[str, Any]:
    return extract_message(raw, today=date.fromisoformat(day))


def test_an_internship_ending_on_the_19th_written_on_the_1st_and_read_on_the_22nd_is_over() -> None:
    raw = _written("Mon, 01 Mar 2027 09:00:00 +0100", f"Bonjour, {_DEGREE} Mon stage se termine le 19 mars.")
    assert status(_read("2027-03-22", raw), "not_internship") == "met"


def test_the_same_mail_read_on_the_10th_still_holds_her_in_her_internship() -> None:
    raw = _written("Mon, 01 Mar 2027 09:00:00 +0100", f"Bonjour, {_DEGREE} Mon stage se termine le 19 mars.")
    assert status(_read("2027-03-10", raw), "not_internship") == "not_met"


def test_a_civic_service_ending_next_friday_written_on_a_friday_and_read_ten_days_later_is_over() -> None:
    body = f"Bonjour, ma mission de service civique s'achève vendredi prochain. {_DEGREE}"
    raw = _written("Fri, 05 Mar 2027 11:00:00 +0100", body)
    assert status(_read("2027-03-22", raw), "not_service_civique") == "met"


def test_next_friday_read_on_the_day_it_was_written_still_lies_ahead() -> None:
    body = f"Bonjour, ma mission de service civique s'achève vendredi prochain. {_DEGREE}"
    raw = _written("Fri, 05 Mar 2027 11:00:00 +0100", body)
    assert status(_read("2027-03-05", raw), "not_service_civique") == "not_met"


def test_an_english_internship_ending_next_friday_read_two_weeks_later_is_over() -> None:
    raw = _written("Wed, 10 Mar 2027 16:00:00 +0100", f"Hello, my internship ends next Friday. {_DEGREE_EN}")
    assert status(_read("2027-03-29", raw), "not_internship") == "met"


def test_an_end_in_ten_days_counts_from_the_mail_not_from_the_reading_day() -> None:
    body = f"Bonjour, mon stage se termine dans dix jours. {_DEGREE}"
    raw = _written("Tue, 16 Mar 2027 09:00:00 +0100", body)
    assert status(_read("2027-04-02", raw), "not_internship") == "met"
    assert status(_read("2027-03-16", raw), "not_internship") == "not_met"


def test_an_internship_whose_last_day_is_the_reading_day_is_over() -> None:
    body = f"Bonjour, mon stage se termine le 26 mars 2027. {_DEGREE}"
    raw = _written("Fri, 26 Mar 2027 09:00:00 +0100", body)
    assert status(_read("2027-03-26", raw), "not_internship") == "met"


def test_an_english_internship_that_ended_on_a_full_date_is_over() -> None:
    body = f"Hello, my internship ended on 12 March 2027. {_DEGREE_EN}"
    raw = _written("Mon, 22 Mar 2027 09:00:00 +0100", body)
    assert status(_read("2027-03-22", raw), "not_internship") == "met"


def test_an_english_internship_that_ends_on_a_full_date_ahead_is_held() -> None:
    body = f"Hello, my internship ends on 12 April 2027 at a food bank. {_DEGREE_EN}"
    raw = _written("Mon, 22 Mar 2027 09:00:00 +0100", body)
    assert status(_read("2027-03-22", raw), "not_internship") == "not_met"


def test_a_weekly_habit_names_no_day_and_leaves_a_running_internship_held() -> None:
    body = f"Bonjour, je suis en stage jusqu'au 30 avril 2027, le lundi je suis au siège. {_DEGREE}"
    raw = _written("Mon, 01 Mar 2027 09:00:00 +0100", body)
    assert status(_read("2027-03-22", raw), "not_internship") == "not_met"


def test_a_search_for_march_after_an_agreement_ending_in_february_is_no_start_of_the_agreement() -> None:
    body = (
        "Bonjour, licence pro en juin 2026. Je rends mon badge le 26 février, à la fin de ma convention de "
        "stage dans une Scic, et je cherche un emploi dans l'ESS pour mars."
    )
    raw = _written("Mon, 16 Nov 2026 09:00:00 +0100", body)
    assert status(_read("2026-11-26", raw), "not_internship") == "not_met"
