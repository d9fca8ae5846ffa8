"""The documents corpus (tests/corpus/documents): it matches its sources, its truth is well-formed, it was
written by its own method (document first: most facts in an attached CV or letter, non-applications that
carry documents too). Its floors and the checks every corpus shares are in bench/corpora.py and
tests/test_corpus_scores.py.

Tuned on since stop 21 (see its LICENCE.md); `python bench/score_corpora.py --only
documents` prints its scores.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from corpus_checks import assert_mix, truth_lines

REPO = Path(__file__).resolve().parents[1]
DOCUMENTS = REPO / "tests" / "corpus" / "documents"


def test_the_documents_corpus_is_three_quarters_applications_with_every_verdict_and_every_kind() -> None:
    assert_mix(DOCUMENTS, per_verdict=25, applications=(0.70, 0.80))


def test_every_application_carries_a_document_and_most_hold_all_their_facts_in_it() -> None:
    applications = [t for t in truth_lines(DOCUMENTS) if t["kind"] == "application"]
    assert all(t["documents"] for t in applications)
    with_cv = [t for t in applications if "cv" in t["documents"]]
    assert len(with_cv) >= 150
    only_in_documents = sum(t["info_in"] == "cv" for t in applications)
    assert only_in_documents >= 0.6 * len(applications), only_in_documents


def test_cvs_come_in_every_format_and_cover_letters_come_as_their_own_document() -> None:
    applications = [t for t in truth_lines(DOCUMENTS) if t["kind"] == "application"]
    formats = Counter(t["cv_format"] for t in applications)
    assert min(formats[f] for f in ("pdf", "docx", "odt")) >= 20, formats
    assert sum("letter" in t["documents"] for t in applications) >= 15


def test_a_quarter_of_the_documents_corpus_is_other_mail_that_carries_documents_too() -> None:
    lines = truth_lines(DOCUMENTS)
    others = [t for t in lines if t["kind"] != "application"]
    assert len(others) >= 0.2 * len(lines)
    with_documents = [t for t in others if t["documents"]]
    assert len(with_documents) >= len(others) - 5, len(with_documents)
