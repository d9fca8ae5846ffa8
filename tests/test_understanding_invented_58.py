"""Meanings invented at stop 58, each read from a sentence's structure on a stated reading day: a final year
repeated (studies running, not a diploma of this year); two years offered for each other that fall on one
side of the two-year limit (the verdict they agree on, not an open date); an agreement signed for a month
ahead (a start, not a length), an end told a week ahead (held today)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from email.utils import format_datetime
from typing import Any

from fixtures_docs import make_message
from reading_day import status

from intake.extract import extract_message

DECEMBER = date(2026, 12, 7)
_AIM_FR = "Je cherche un emploi dans une structure de l'ESS."
_AIM_EN = "I am looking for a job in a social economy organisation."


def read_on(body: str, day: date = DECEMBER, **message: Any) -> dict[str, Any]:
    """`body` mailed as make_message sends it (`message`: subject, sender…) but on `day`, extracted that day
    (make_message dates every mail 10 November 2026: a week ahead from then is over in December)."""
    raw = make_message(body, **message)
    sent = format_datetime(datetime.combine(day, time(10, 42), tzinfo=UTC)).encode()
    raw = raw.replace(b"Tue, 10 Nov 2026 10:42:00 +0100", sent, 1)
    assert sent in raw
    return extract_message(raw, today=day)


def read_french(sentence: str, day: date = DECEMBER) -> dict[str, Any]:
    return read_on(f"Bonjour,\n\n{sentence} {_AIM_FR}\n\nNoah Berthet", day)


def read_english(sentence: str, day: date = DECEMBER) -> dict[str, Any]:
    return read_on(f"Hello,\n\n{sentence} {_AIM_EN}\n\nNoah Berthet", day, subject="Application")


# 1. A final year repeated: the studies run on; «cette année» is the repeated year's, not a diploma's date.


def test_a_master_s_final_year_repeated_this_year_is_studies_running() -> None:
    result = read_french("Mon mémoire n'a pas été validé : je redouble mon M2 cette année.")
    assert status(result, "studies_finished") == "not_met"


def test_a_second_year_of_master_done_again_is_studies_running() -> None:
    result = read_french("Je redouble ma deuxième année de master de sociologie cette année.")
    assert status(result, "studies_finished") == "not_met"


def test_an_english_final_master_s_year_repeated_is_studies_running() -> None:
    result = read_english("I failed my dissertation, so I'm repeating my final master's year this year.")
    assert status(result, "studies_finished") == "not_met"


def test_a_master_validated_this_year_is_still_a_diploma_had() -> None:
    result = read_french("J'ai validé mon M2 de sociologie cette année, en juin.")
    assert status(result, "studies_finished") == "met"


# 2. Two years offered for each other: open only when they fall on both sides of the two-year limit.


def test_a_bts_had_in_one_of_two_years_long_past_is_too_old() -> None:
    result = read_french("J'ai eu mon BTS en 2021 ou 2022, je ne sais plus trop.")
    assert status(result, "graduation_recent") == "not_met"


def test_a_bts_had_in_the_later_or_earlier_of_two_old_years_is_too_old() -> None:
    result = read_french("Mon BTS, je l'ai eu en 2022, ou 2021.")
    assert status(result, "graduation_recent") == "not_met"


def test_an_english_diploma_of_late_2021_or_early_2022_is_too_old() -> None:
    result = read_english("I got my BTS in late 2021 or early 2022.")
    assert status(result, "graduation_recent") == "not_met"


def test_two_years_on_both_sides_of_the_limit_leave_the_date_open() -> None:
    result = read_french("J'ai eu mon BTS fin 2024 ou début 2025.", date(2027, 1, 15))
    assert status(result, "graduation_recent") == "unknown"


def test_an_english_diploma_of_one_of_two_recent_years_is_recent() -> None:
    result = read_english("I got my BTS in 2025 or 2026, I can't remember which.")
    assert status(result, "graduation_recent") == "met"


# 4. An agreement signed for a month ahead starts then; a length is no start; an end a week ahead is held.


def test_an_internship_agreement_signed_for_january_has_not_begun_in_december() -> None:
    result = read_french("J'ai eu mon DUT en juin 2026. Ma convention de stage est signée pour janvier.")
    assert status(result, "not_internship") == "met"


def test_an_english_internship_agreement_signed_for_january_has_not_begun() -> None:
    result = read_english("I got my BA in June 2026. My internship agreement is signed for January.")
    assert status(result, "not_internship") == "met"


def test_an_internship_signed_up_for_seven_months_is_held() -> None:
    result = read_french("J'ai eu mon DUT en juin 2026. Je suis en stage pour sept mois dans une recyclerie.")
    assert status(result, "not_internship") == "not_met"


def test_an_internship_finished_next_week_is_held_today() -> None:
    result = read_english("I got my BA in June 2026. Next week I finish my internship at a food bank.")
    assert status(result, "not_internship") == "not_met"


def test_a_french_internship_ended_the_coming_week_is_held_today() -> None:
    result = read_french("J'ai eu mon DUT en juin 2026. Je termine mon stage la semaine prochaine.")
    assert status(result, "not_internship") == "not_met"


def test_an_internship_finished_last_week_is_over() -> None:
    result = read_english("I got my BA in June 2026. Last week I finished my internship at a food bank.")
    assert status(result, "not_internship") == "met"


def test_an_english_internship_whose_agreement_is_for_six_months_is_held() -> None:
    result = read_english("BA in June 2026. I'm an intern at a food bank, on an agreement for six months.")
    assert status(result, "not_internship") == "not_met"


def test_a_one_week_theatre_course_called_stage_is_no_internship() -> None:
    result = read_french("DUT en juin 2026. J'ai fait un stage d'une semaine de théâtre en octobre.")
    assert status(result, "not_internship") == "met"



# 3. A placement's end told past beside a renewable energy: «renouvelable» says what may be renewed, no
# extension told.


def test_an_internship_ended_at_a_renewable_energy_cooperative_is_over() -> None:
    result = read_on(
        "Bonjour,\n\nJ'ai une licence pro (juin 2026) et je crains que mon stage gêne, mais il a pris fin le "
        "12 septembre, dans une coopérative d'énergie renouvelable.\n\nJe cherche un emploi dans l'ESS."
        "\n\nNoah",
        date(2026, 11, 26),
    )
    assert status(result, "not_internship") == "met"


def test_an_internship_ended_in_september_then_renewed_is_asked() -> None:
    result = read_on(
        "Bonjour,\n\nJ'ai une licence pro (juin 2026). Mon stage devait finir le 12 septembre, mais il a été "
        "renouvelé.\n\nJe cherche un emploi dans l'ESS.\n\nNoah",
        date(2026, 11, 26),
    )
    assert status(result, "not_internship") == "unknown"


def test_an_internship_agreement_running_since_october_for_seven_months_is_held() -> None:
    result = read_french("DUT en juin 2026. Ma convention de stage court depuis octobre, pour sept mois.")
    assert status(result, "not_internship") == "not_met"
