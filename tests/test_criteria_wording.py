"""Rules as data: each criterion's wording lives in rules/eligibility.toml beside its parameters, filled with
that criterion's own parameters; and one rule gives the verdict, the same wherever it is shown."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from case_factory import make_case

from intake import resources
from intake.approval import get_case, list_queue
from intake.cases import get_case_file
from intake.config import Settings
from intake.eligibility import assess, load_criteria, verdict_of
from intake.replies.drafts import current_verdict, draft_for_application, programme_conditions
from intake.store.db import Store
from intake.understanding.facts import ApplicantFacts

SETTINGS = Settings()
AGE_RULE = """
[[criterion]]
id = "age_limit"
label = "{max_age} ans au plus"
check = "not_in_situation"
situations = ["too_old"]
max_age = 30
ask.fr = "votre âge (le programme s'adresse aux personnes de {max_age} ans au plus)"
ask.en = "your age (the programme is for people aged {max_age} or under)"
condition.fr = "âgées de {max_age} ans au plus"
condition.en = "are aged {max_age} or under"
"""


def _rules_in_use(tmp_path: Path, edit: str) -> Iterator[Path]:
    """The shipped rules copied, eligibility.toml changed by `edit` ("append:…" or "old=>new"), in use."""
    rules = tmp_path / "rules"
    shutil.copytree(resources.BUNDLED_RULES_DIR, rules)
    toml = rules / "eligibility.toml"
    text = toml.read_text(encoding="utf-8")
    if edit.startswith("append:"):
        changed = text + edit.removeprefix("append:")
    else:
        old, new = edit.split("=>")
        changed = text.replace(old, new)
    assert changed != text
    toml.write_text(changed, encoding="utf-8")
    resources.use_directories(rules=rules)
    try:
        yield rules
    finally:
        resources.use_directories()


@pytest.fixture
def age_rule(tmp_path: Path) -> Iterator[Path]:
    yield from _rules_in_use(tmp_path, "append:" + AGE_RULE)


@pytest.fixture
def bac_plus_3(tmp_path: Path) -> Iterator[Path]:
    rule = 'check = "min_degree_level"\nmin_level = '
    yield from _rules_in_use(tmp_path, f"{rule}2=>{rule}3")


@pytest.fixture
def no_criteria(tmp_path: Path) -> Iterator[Path]:
    rules = tmp_path / "rules"
    shutil.copytree(resources.BUNDLED_RULES_DIR, rules)
    (rules / "eligibility.toml").write_text("# Nothing checked.\n", encoding="utf-8")
    resources.use_directories(rules=rules)
    try:
        yield rules
    finally:
        resources.use_directories()


def _draft_of(store: Store, language: str, statuses: dict[str, str]) -> tuple[str, str]:
    """The template and text of the draft a case with these criteria statuses gets."""
    with store.session() as s:
        application, message = make_case(s, language=language, statuses=statuses)
        draft = draft_for_application(s, application, SETTINGS, reply_to=message)
        return draft.template, draft.text_body


@pytest.mark.parametrize(
    ("language", "status", "template", "sentence"),
    [
        ("fr", "not_met", "refusal", "  - âgées de 30 ans au plus.\n"),
        ("en", "not_met", "refusal", "  - are aged 30 or under.\n"),
        ("fr", "unknown", "missing_information", "votre âge (le programme s'adresse aux personnes de 30 ans"),
        ("en", "unknown", "missing_information", "your age (the programme is for people aged 30 or under)"),
    ],
)
def test_a_criterion_added_only_in_the_rules_gets_its_own_words_in_the_draft(
    store: Store, age_rule: Path, language: str, status: str, template: str, sentence: str
) -> None:
    drafted, text = _draft_of(store, language, {"age_limit": status})
    assert drafted == template and sentence in text


def test_a_criterion_added_only_in_the_rules_is_among_the_programme_conditions(age_rule: Path) -> None:
    assert programme_conditions("fr")[-1] == "âgées de 30 ans au plus"
    assert programme_conditions("en")[-1] == "are aged 30 or under"
    assert load_criteria()[-1].label == "30 ans au plus"


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("fr", "  - titulaires d'un diplôme de niveau bac+3 au moins.\n"),
        ("en", "  - hold a degree at bac+3 level or above (3 years of higher education).\n"),
    ],
)
def test_a_refusal_under_a_bac_plus_3_rule_says_bac_plus_3_in_the_email(
    store: Store, bac_plus_3: Path, language: str, sentence: str
) -> None:
    template, text = _draft_of(store, language, {"degree_level": "not_met"})
    assert template == "refusal" and sentence in text and "bac+2" not in text
    assert load_criteria()[0].label == "Diplôme obtenu de niveau bac+3 au moins"


def test_the_verdict_of_no_criteria_is_to_verify_everywhere(store: Store, no_criteria: Path) -> None:
    assessed = assess(ApplicantFacts(), today=date(2026, 11, 26))
    assert assessed.criteria == () and assessed.verdict == "to_verify"
    assert verdict_of([]) == "to_verify"
    with store.session() as s:
        application, message = make_case(s)
        [stored] = application.assessments
        assert stored.criteria == {"criteria": []}
        draft = draft_for_application(s, application, SETTINGS, reply_to=message)
        assert draft.template == "missing_information"
        s.flush()
        assert current_verdict(s, application)[1] == "to_verify"
        assert [item.verdict for item in list_queue(s)] == ["to_verify"]
        assert get_case(s, draft.id).verdict == "to_verify"
        assert get_case_file(s, application.id, SETTINGS, now=draft.created_at).verdict == "to_verify"
