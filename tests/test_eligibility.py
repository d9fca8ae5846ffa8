"""Eligibility criteria as data: statuses, verdicts, evidence, and thresholds changed without code."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from fixtures_docs import make_message

from intake.eligibility import DEFAULT_RULES_DIR, assess, load_criteria
from intake.parsing import parse_message
from intake.understanding import read_applicant
from intake.understanding.facts import ApplicantFacts

FIXED_IDS = [
    "degree_level",
    "graduation_recent",
    "studies_finished",
    "not_internship",
    "not_service_civique",
    "not_career_change",
    "job_seeking_ess",
]


def _facts(body: str, today: date) -> ApplicantFacts:
    return read_applicant(parse_message(make_message(body)), [], today=today)


def _statuses(body: str, today: date, rules_dir: Path = DEFAULT_RULES_DIR) -> dict[str, str]:
    result = assess(_facts(body, today), today=today, rules_dir=rules_dir)
    return {c.id: c.status for c in result.criteria}


def test_the_criteria_have_the_fixed_ids_and_french_labels() -> None:
    criteria = load_criteria()
    assert [c.id for c in criteria] == FIXED_IDS
    assert all(c.label and c.label[0].isupper() for c in criteria)


def test_an_eligible_applicant_meets_every_criterion_with_evidence() -> None:
    today = date(2026, 11, 26)
    facts = _facts(
        "Je suis diplômée d'une licence AES depuis juin 2025 et je cherche un emploi dans l'ESS.", today
    )
    result = assess(facts, today=today)
    assert result.verdict == "eligible"
    degree = next(c for c in result.criteria if c.id == "degree_level")
    assert (
        degree.evidence is not None
        and degree.evidence.where == "body"
        and "licence AES" in degree.evidence.text
    )


def test_an_unknown_graduation_date_makes_the_case_to_verify() -> None:
    today = date(2026, 11, 26)
    result = assess(
        _facts("Je suis titulaire d'un DUT Carrières sociales. Je cherche un emploi dans l'ESS.", today),
        today=today,
    )
    assert result.verdict == "to_verify"
    assert {c.id for c in result.criteria if c.status == "unknown"} == {"graduation_recent"}


def test_any_criterion_not_met_makes_the_case_not_eligible() -> None:
    today = date(2026, 11, 26)
    statuses = _statuses(
        "Je suis diplômé d'un BTS depuis juin 2020 et je cherche un emploi dans l'ESS.", today
    )
    assert statuses["graduation_recent"] == "not_met"


def test_dates_are_counted_from_the_today_parameter() -> None:
    body = "Je suis diplômée d'un master depuis janvier 2025 et je cherche un emploi dans l'ESS."
    assert _statuses(body, date(2026, 11, 26))["graduation_recent"] == "met"
    assert _statuses(body, date(2027, 3, 1))["graduation_recent"] == "not_met"


def test_changing_a_threshold_in_the_rules_changes_the_outcome_without_code(tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    shutil.copytree(DEFAULT_RULES_DIR, rules)
    toml = rules / "eligibility.toml"
    toml.write_text(
        toml.read_text(encoding="utf-8")
        .replace('check = "min_degree_level"\nmin_level = 2', 'check = "min_degree_level"\nmin_level = 3')
        .replace("max_months = 24", "max_months = 12"),
        encoding="utf-8",
    )
    today = date(2026, 11, 26)
    body = "Je suis diplômé d'un BTS depuis juin 2025 et je cherche un emploi dans l'ESS."
    before = _statuses(body, today)
    after = _statuses(body, today, rules)
    assert before["degree_level"] == "met" and before["graduation_recent"] == "met"
    assert after["degree_level"] == "not_met" and after["graduation_recent"] == "not_met"


def test_a_year_alone_that_straddles_the_limit_is_unknown_not_a_guess() -> None:
    statuses = _statuses(
        "Titulaire d'une licence pro (promo 2024), je cherche un emploi dans l'ESS.", date(2026, 11, 26)
    )
    assert statuses["graduation_recent"] == "unknown"


def test_a_diploma_24_months_old_is_recent_and_one_25_months_old_is_not() -> None:
    body = "Je suis diplômée d'un master depuis novembre 2024 et je cherche un emploi dans l'ESS."
    assert _statuses(body, date(2026, 11, 26))["graduation_recent"] == "met"
    assert _statuses(body, date(2026, 12, 2))["graduation_recent"] == "not_met"
