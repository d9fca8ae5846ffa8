"""Facts two places of one mail hold apart, and facts the writer turns away (s-contra, stop 56): a negation
before "studying" tells no studies; a situation the letter tells over while the CV or the signature dates
its end still ahead is asked; a subject and a body dating one diploma by two years leave its date open.
Phrasings of their own, French and English, each read on a stated day through `propulse extract`'s path."""

from __future__ import annotations

from datetime import date
from typing import Any

from fixtures_docs import make_message
from reading_day import status

from intake.extract import extract_message

DAY = date(2026, 12, 7)
AIM = "Je cherche un emploi dans une coopérative d'habitants."
EN_AIM = "I am looking for a job with a housing cooperative."


def _read(body: str, subject: str = "Candidature Pro'pulse", **message: Any) -> dict[str, Any]:
    """`body` mailed under `subject`, as extracted on DAY (7 December 2026)."""
    return extract_message(make_message(body, subject=subject, **message), today=DAY)


# --- A negation before "studying" turns the whole phrase away ---------------------------------------------


def test_an_english_writer_not_studying_anywhere_has_finished_her_studies() -> None:
    body = "Hello, I have a BSc in Ecology from Leeds, obtained in July 2025, and I'm not studying anywhere. "
    body += EN_AIM
    result = _read(body)
    assert status(result, "studies_finished") == "met"
    assert result["eligibility"]["verdict"] == "eligible"


def test_not_studying_nor_interning_coordinated_after_one_negation_tells_neither() -> None:
    body = f"Hi, BA in Sociology (June 2026); I'm not enrolled or interning at the moment. {EN_AIM}"
    result = _read(body)
    assert status(result, "studies_finished") == "met"
    assert status(result, "not_internship") == "met"


def test_an_english_writer_still_studying_is_still_a_student() -> None:
    body = f"Hello, I have a BSc in Ecology from Leeds and I'm still studying for an MSc this year. {EN_AIM}"
    assert status(_read(body), "studies_finished") == "not_met"


def test_a_final_year_student_keeps_the_word_before_the_noun() -> None:
    body = f"Hello, I'm a final-year student in Geography at Exeter. {EN_AIM}"
    assert status(_read(body), "studies_finished") == "not_met"
