"""School years, resolutions and winter results at the turn of the year, read on the day each mail names
(n-school, stop 57).

A course whose last part is told done (a thesis defended, its grades had) and whose jury sits later this
month («le 27», a day of the month alone) or on the reading day itself («cet après-midi») is decided later:
whether the studies are over is asked, not read as studies going on. «L'année universitaire dernière»
counts school years (from la rentrée), not civil ones. A course's last trial told passed on a day («session
de rattrapage réussie le 7 janvier») dates the diploma it completes, and so does a diploma validated «ce
matin». Guards: a jury to come with no part done, a trial still planned, a civil «l'an dernier». My own
phrasings, read through `propulse extract`'s path."""

from __future__ import annotations

from datetime import date
from typing import Any

from fixtures_docs import make_message
from reading_day import status

from intake.extract import extract_message

_AIM = " Je cherche un emploi dans une association de quartier.\n\nMaëlys Carpentier"
_AIM_EN = " I am looking for a job in a community charity.\n\nMaelys Carpenter"


def read_on(day: str, body: str) -> dict[str, Any]:
    return extract_message(make_message(body, subject="Candidature"), today=date.fromisoformat(day))


def graduation(result: dict[str, Any]) -> str | None:
    return result["education"]["graduation"]


# --- A jury later this month or today, the last part done: the end is asked ---


def test_a_jury_on_a_day_alone_later_this_month_after_a_defended_thesis_leaves_the_end_asked() -> None:
    body = "Je termine mon master. J'ai soutenu mon mémoire le 6, mais le jury délibère le 27."
    result = read_on("2027-01-14", body + _AIM)
    assert status(result, "studies_finished") == "unknown"


def test_grades_of_the_thesis_had_and_a_jury_sitting_this_afternoon_leave_the_end_asked() -> None:
    body = "Je finis mon DEASS. J'ai eu mes notes de mémoire hier et le jury se réunit cet après-midi."
    result = read_on("2027-01-21", body + _AIM)
    assert status(result, "studies_finished") == "unknown"


def test_an_english_board_meeting_today_after_a_submitted_thesis_leaves_the_end_asked() -> None:
    body = "I am finishing my MSc in social policy. Thesis submitted, and the exam board meets today."
    result = read_on("2027-01-21", body + _AIM_EN)
    assert status(result, "studies_finished") == "unknown"


def test_a_jury_later_this_month_with_no_part_done_leaves_the_studies_going_on() -> None:
    body = "Je termine mon M2 en ce moment, les cours continuent et le jury de mi-parcours est le 27."
    result = read_on("2027-01-14", body + _AIM)
    assert status(result, "studies_finished") == "not_met"


# --- School years, counted from la rentrée ---


def test_last_school_year_read_in_january_is_the_one_that_ended_the_summer_before() -> None:
    result = read_on("2027-01-20", "J'ai obtenu mon BTS ESF l'année scolaire passée." + _AIM)
    assert graduation(result) == "2026"


def test_last_academic_year_read_in_october_is_the_one_that_ended_that_summer() -> None:
    result = read_on("2026-10-05", "I completed my bachelor's in sociology last academic year." + _AIM_EN)
    assert graduation(result) == "2026"


def test_a_civil_last_year_read_in_october_stays_the_civil_year_before() -> None:
    result = read_on("2026-10-05", "J'ai obtenu mon master l'an dernier." + _AIM)
    assert graduation(result) == "2025"


# --- A last trial passed, or a validation this morning, dates the diploma ---


def test_a_resit_session_passed_on_a_yearless_day_dates_the_diploma_it_completes() -> None:
    body = "Session de rattrapage réussie le 7 janvier : j'ai enfin mon DUT Carrières sociales."
    result = read_on("2027-01-09", body + _AIM)
    assert graduation(result) == "2027-01"
    assert status(result, "graduation_recent") == "met"


def test_a_diploma_validated_this_morning_is_dated_by_the_reading_month() -> None:
    result = read_on("2027-01-15", "Mon BTS SP3S a été validé ce matin, quel soulagement." + _AIM)
    assert graduation(result) == "2027-01"


def test_a_resit_still_planned_dates_no_diploma() -> None:
    body = "J'ai un BTS ESF. Un rattrapage est prévu le 20 pour une épreuve validée à moitié."
    result = read_on("2027-01-09", body + _AIM)
    assert graduation(result) != "2027-01"
