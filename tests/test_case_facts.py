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
# `propulse extract --today 2026-11-26` on these files, as the contract was before the facts were typed.
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


@pytest.mark.parametrize("line", LINES, ids=[json.loads(x)["file"] for x in LINES])
def test_the_extract_contract_is_byte_for_byte_what_it_was_before_the_facts_were_typed(line: str) -> None:
    file = json.loads(line)["file"]
    result = extract_message((TESTS / file).read_bytes(), today=TODAY, file=file)
    assert json.dumps(result, ensure_ascii=False) == line


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
