"""A degree course the writer says she began, its length unsaid, lasts a school year at least: begun a few
months before the reading day, it runs on (course_run.py). Stop 52: «Après ma licence (juin 2026), j'ai
commencé un master en septembre» was read as a licence had and nothing running — a false acceptance — while
the same course with «pour un an» was read as running. My own phrasings, read through `propulse extract`'s
path on the day each names."""

from __future__ import annotations

from datetime import date
from typing import Any

from fixtures_docs import make_message
from reading_day import status

from intake.extract import extract_message


def read_on(day: str, body: str) -> dict[str, Any]:
    return extract_message(make_message(body, subject="Candidature"), today=date.fromisoformat(day))


def test_a_master_begun_in_september_is_still_studied_in_november() -> None:
    result = read_on(
        "2026-11-26",
        "Bonjour,\n\nAprès ma licence de géographie (juin 2026), j'ai commencé un master en septembre. Je "
        "cherche un emploi dans une association.\n\nInès Vidal",
    )
    assert status(result, "studies_finished") == "not_met"


def test_an_msc_started_in_october_is_still_studied_in_december() -> None:
    result = read_on(
        "2025-12-15",
        "Hello,\n\nI got my BA in June 2025 and I started an MSc in October. I am looking for a job in a "
        "charity.\n\nOwen Price",
    )
    assert status(result, "studies_finished") == "not_met"


def test_a_licence_pro_entered_in_january_is_still_studied_in_march() -> None:
    result = read_on(
        "2026-03-23",
        "Bonjour,\n\nTitulaire d'un BTS (2025), je suis entrée en licence pro en janvier. Je cherche un "
        "emploi dans une coopérative.\n\nSarah Benali",
    )
    assert status(result, "studies_finished") == "not_met"


def test_a_master_begun_and_then_left_is_no_studies() -> None:
    # Guard: the sentence says the course was left.
    result = read_on(
        "2026-11-26",
        "Bonjour,\n\nJ'ai une licence obtenue en juin 2026. J'ai commencé un master en septembre mais je "
        "l'ai quitté très vite. Je cherche un emploi dans l'ESS.\n\nInès Vidal",
    )
    assert status(result, "studies_finished") == "met"


def test_a_brothers_master_begun_in_september_is_not_the_writers() -> None:
    # Guard: another person began the course.
    result = read_on(
        "2026-11-26",
        "Bonjour,\n\nJ'ai une licence obtenue en juin 2026. Mon frère a commencé un master en septembre. Je "
        "cherche un emploi dans l'ESS.\n\nInès Vidal",
    )
    assert status(result, "studies_finished") == "met"


def test_a_master_begun_two_years_ago_and_obtained_is_had() -> None:
    # Guard: begun longer ago than a school year, and said obtained.
    result = read_on(
        "2026-11-26",
        "Bonjour,\n\nJ'ai commencé un master en septembre 2024 et je l'ai obtenu en septembre 2026. Je "
        "cherche un emploi dans l'ESS.\n\nInès Vidal",
    )
    assert status(result, "studies_finished") == "met"


def test_a_placement_started_after_a_masters_begins_no_masters() -> None:
    # Guard: the diploma is told after «after», not as what was started.
    result = read_on(
        "2026-11-26",
        "Hello,\n\nI have just completed a placement at a food bank, which I started after my Master's in "
        "economics (awarded in July 2026). I'd love a job in a charity.\n\nOwen Price",
    )
    assert status(result, "studies_finished") == "met"
