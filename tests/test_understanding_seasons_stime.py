"""Tuned on the seasons corpus's slice of placements ending, things begun or to begin and times counted from
now (stop 53, tuner s-time): each mail is read on a day of its own, stated in the test. A placement begun in
this month's first days («début mars») has begun, though that month's last day is ahead; a start day fronted
before the sentence («Le 2 février, j'ai…») dates the start its length counts from; a council a mission is
held on is no consulting kind; a course to enter ahead is no studies now, even told under a doubt. My own
phrasings, French and English, with the near phrasings that must not change."""

from __future__ import annotations

from datetime import date
from typing import Any

from fixtures_docs import make_message

from intake.extract import extract_message

DEGREE = "J'ai une licence de sociologie obtenue en juin 2025."
AIM = "Je cherche un emploi dans une coopérative d'habitants."
EN_DEGREE = "I was awarded a BA in Sociology in June 2025."
EN_AIM = "I'm looking for a job with a housing cooperative."


def _read_on(day: date, body: str) -> dict[str, Any]:
    return extract_message(make_message(body), today=day)


def _status(result: dict[str, Any], criterion: str) -> str:
    return str(next(c["status"] for c in result["eligibility"]["criteria"] if c["id"] == criterion))


# ------------------------------------------------------------------ begun in this month's first days


def test_a_civic_service_begun_early_this_month_for_ten_months_is_held_now() -> None:
    body = (
        f"{DEGREE} Mon service civique a commencé début mars à la Ligue de l'enseignement, pour dix mois."
        f" {AIM}"
    )
    assert _status(_read_on(date(2026, 3, 20), body), "not_service_civique") == "not_met"


def test_an_english_civic_service_started_early_this_month_is_held_now() -> None:
    body = f"{EN_DEGREE} I started my civic service in early March, for ten months. {EN_AIM}"
    assert _status(_read_on(date(2026, 3, 20), body), "not_service_civique") == "not_met"


def test_a_civic_service_begun_early_in_a_month_long_past_and_its_length_run_out_is_over() -> None:
    body = f"{DEGREE} Mon service civique a commencé début mars 2025, pour six mois. {AIM}"
    assert _status(_read_on(date(2026, 3, 20), body), "not_service_civique") == "met"


# ------------------------------------------------------------------ a start day fronted


def test_an_internship_begun_on_a_day_fronted_before_the_sentence_runs_for_its_length() -> None:
    body = f"{DEGREE} Le 2 février, j'ai débuté un stage de cinq mois dans une régie de quartier. {AIM}"
    result = _read_on(date(2026, 3, 10), body)
    assert _status(result, "not_internship") == "not_met"
    assert result["eligibility"]["verdict"] == "not_eligible"


def test_an_internship_fronted_by_a_day_of_a_year_long_gone_is_over() -> None:
    body = f"{DEGREE} En février 2025, j'ai débuté un stage de cinq mois dans une régie de quartier. {AIM}"
    assert _status(_read_on(date(2026, 3, 10), body), "not_internship") == "met"


# ------------------------------------------------------------------ a bare mission, a council


def test_a_civic_services_mission_ending_soon_is_still_held() -> None:
    body = (
        "J'ai un DUT carrières sociales (2025) et ma mission de service civique s'achève dans un mois à la "
        f"Croix-Rouge. {AIM}"
    )
    assert _status(_read_on(date(2026, 4, 14), body), "not_service_civique") == "not_met"


def test_a_mission_held_on_a_town_council_is_a_mission_of_unsaid_kind_asked() -> None:
    body = (
        f"{DEGREE} Je suis en mission auprès du conseil municipal jusqu'en juillet, et je prépare la suite."
        f" {AIM}"
    )
    result = _read_on(date(2026, 4, 14), body)
    assert _status(result, "not_service_civique") == "unknown"
    assert result["eligibility"]["verdict"] == "to_verify"


def test_a_consulting_mission_says_its_kind_and_is_no_civic_service() -> None:
    body = f"{DEGREE} Je suis en mission de conseil pour une entreprise jusqu'en juillet. {AIM}"
    assert _status(_read_on(date(2026, 4, 14), body), "not_service_civique") == "met"


# ------------------------------------------------------------------ a course to enter, under a doubt


def test_a_master_to_begin_in_autumn_under_a_doubt_leaves_the_studies_over() -> None:
    body = f"{DEGREE[:-1].replace('2025', '2026')}. Normalement je commence un master en octobre. {AIM}"
    result = _read_on(date(2026, 7, 10), body)
    assert _status(result, "studies_finished") == "met"
    assert result["eligibility"]["verdict"] == "eligible"


def test_a_master_followed_now_under_a_doubt_is_still_asked() -> None:
    body = f"{DEGREE} Normalement je suis encore en master, mais je ne sais plus trop. {AIM}"
    assert _status(_read_on(date(2026, 7, 10), body), "studies_finished") != "met"
