"""Typed facts (intake/case_facts.py): one serializer for the store; the CLI contract built from them."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from intake.case_facts import CaseFacts, DocumentNote, Education, Person, from_json, to_json
from intake.extract import extract_message
from intake.understanding.facts import Evidence

TESTS = Path(__file__).resolve().parent
TODAY = date(2026, 11, 26)
# `propulse extract --today 2026-11-26` on these files, as the contract was before the facts were typed (its
# values are the reader's of that day; its shape is the contract).
CONTRACT = TESTS / "data" / "extract_contract.jsonl"
LINES = CONTRACT.read_text(encoding="utf-8").splitlines()
FACT_KEYS = ("applicant", "education", "situation", "eligibility")

# An application's facts as an older version stored them: no `in_progress`, `kind_reason`, `documents`,
# `cv_links` nor evidence, and a key this version does not know.
OLDER = """{"applicant": {"first_name": "Jeanne", "last_name": "Moulin", "email": "jeanne.moulin@example.org",
 "phone": null, "city": "Lyon"}, "education": {"bac_plus": 3, "diploma": "licence de sociologie",
 "graduation": "2025-06"}, "situation": {"current": "internship", "ess_interest": true,
 "sectors": ["culture"], "forwarded_by": null, "retired_key": 1}, "eligibility": {"verdict": "to_verify",
 "criteria": [{"id": "level", "label": "Niveau bac+2 au moins", "status": "met", "reason": "bac+3",
 "evidence": {"text": "licence", "where": "body"}}, {"id": "date", "status": "unknown"}]}}"""


def test_facts_stored_by_an_older_version_read_back_typed_with_defaults_for_what_is_missing() -> None:
    facts = from_json(json.loads(OLDER))
    assert facts.applicant == Person("Jeanne", "Moulin", "jeanne.moulin@example.org", None, "Lyon")
    assert facts.education == Education(3, "licence de sociologie", "2025-06", in_progress=False)
    assert facts.situation is not None
    assert (facts.situation.current, facts.situation.sectors) == ("internship", ("culture",))
    assert (facts.situation.documents, facts.situation.cv_links, facts.situation.evidence) == ((), None, {})
    assert facts.eligibility is not None and facts.eligibility.verdict == "to_verify"
    level, when = facts.eligibility.criteria
    assert level.evidence == Evidence("licence", "body")
    assert (when.id, when.status, when.label, when.evidence) == ("date", "unknown", "", None)


def test_facts_emptied_by_an_erasure_read_back_as_nothing_known() -> None:
    assert from_json({}) == from_json(None) == CaseFacts()
    assert not CaseFacts().cv_only_as_link()


def assert_same_shape(now: object, then: object, where: str = "") -> None:
    """The same keys in the same order at every level; values may differ (the reader improves), and a value
    may be null on one side only (a fact found or not)."""
    if now is None or then is None:
        return
    if isinstance(then, dict) and where == ".situation.evidence":
        # A mapping, not a record: one entry per fact found, each an {text, where} evidence.
        assert isinstance(now, dict), where
        for key, value in now.items():
            assert_same_shape(value, {"text": "", "where": ""}, f"{where}.{key}")
    elif isinstance(then, dict):
        assert isinstance(now, dict), where
        assert list(now) == list(then), f"{where}: keys {list(now)} instead of {list(then)}"
        for key in then:
            assert_same_shape(now[key], then[key], f"{where}.{key}")
    elif isinstance(then, list):
        assert isinstance(now, list), where
        for item in now:
            for model in then[:1]:
                assert_same_shape(item, model, f"{where}[]")
    else:
        assert not isinstance(now, (dict, list)), f"{where}: {type(now).__name__} instead of a value"


@pytest.mark.parametrize("line", LINES, ids=[json.loads(x)["file"] for x in LINES])
def test_the_extract_contract_keeps_the_shape_it_had_before_the_facts_were_typed(line: str) -> None:
    file = json.loads(line)["file"]
    result = extract_message((TESTS / file).read_bytes(), today=TODAY, file=file)
    assert_same_shape(json.loads(json.dumps(result, ensure_ascii=False)), json.loads(line))


def test_a_contract_with_a_key_renamed_is_not_the_same_shape() -> None:
    then = json.loads(LINES[0])
    now = json.loads(LINES[0])
    now["applicant"] = {("mail" if k == "email" else k): v for k, v in now["applicant"].items()}
    with pytest.raises(AssertionError, match="keys"):
        assert_same_shape(now, then)


@pytest.mark.parametrize("line", LINES, ids=[json.loads(x)["file"] for x in LINES])
def test_facts_the_reader_gives_today_read_back_and_written_again_are_the_same_json(line: str) -> None:
    file = json.loads(line)["file"]
    result = extract_message((TESTS / file).read_bytes(), today=TODAY, file=file)
    stored = {key: result[key] for key in FACT_KEYS if key in result}
    assert to_json(from_json(json.loads(json.dumps(stored)))) == json.loads(json.dumps(stored))


@pytest.mark.parametrize("line", LINES, ids=[json.loads(x)["file"] for x in LINES])
def test_stored_facts_read_back_and_written_again_are_the_same_json(line: str) -> None:
    stored = {key: json.loads(line)[key] for key in FACT_KEYS}  # what Application.facts holds today
    assert to_json(from_json(json.loads(json.dumps(stored)))) == stored


def test_a_cv_given_only_as_a_link_asks_for_the_file_unless_an_attachment_was_read() -> None:
    link = {"service": "Google Drive", "url": "https://drive.google.com/file/d/x"}
    unread = {"filename": "cv.heic", "kind": "image", "problem": "photo HEIC : format non lu"}
    read = {"filename": "cv.pdf", "kind": "pdf", "problem": None, "ocr_confidence": 81}
    assert from_json({"situation": {"cv_links": [link], "documents": [unread]}}).cv_only_as_link()
    both = from_json({"situation": {"cv_links": [link], "documents": [unread, read]}})
    assert not both.cv_only_as_link()
    assert both.situation is not None and both.situation.documents == (
        DocumentNote("cv.heic", "image", unread["problem"]),
        DocumentNote("cv.pdf", "pdf", None, 81),
    )
