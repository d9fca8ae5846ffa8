"""The documents corpus (tests/corpus/documents): it matches its sources, its truth is well-formed, it was
written by its own method (document first: most facts in an attached CV or letter, non-applications that
carry documents too), and the reader stays above the floors first measured on it.

Nobody tunes the reader on this corpus (see its LICENCE.md); `python bench/score_corpora.py --only
documents` prints its scores.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from corpus_checks import (
    assert_built_as_committed,
    assert_mix,
    assert_truth_names_its_messages,
    assert_truth_well_formed,
    truth_lines,
)
from test_corpus_scores import Score, _below_floors, score_corpus

REPO = Path(__file__).resolve().parents[1]
DOCUMENTS = REPO / "tests" / "corpus" / "documents"

# Floors = the first figure measured on this corpus minus 0.02. First figure (2026-12-02, reader of main at
# 711910a, after the corpus was committed and before anybody read it): kind 0.927, fields 0.961, verdict
# 0.701, 3 false rejections, 7 false acceptances; one label found wrong in its mistakes (a bulk sales mail
# labelled `other`, a `newsletter` by the corpora's convention) was corrected, which gives kind 0.932 on the
# same output. False rejections may not grow past the count first measured (the goal, as everywhere, is 0).
# See README, «Measured on mail we did not tune on».
DOCUMENTS_FLOORS = {"kind": 0.911, "fields": 0.941, "verdict": 0.681}
DOCUMENTS_MAX_FALSE_REJECTIONS = 3


@pytest.fixture(scope="module")
def documents_score() -> Score:
    return score_corpus(DOCUMENTS)


def test_the_reader_stays_above_its_floors_on_the_documents_corpus_it_was_never_tuned_on(
    documents_score: Score,
) -> None:
    assert documents_score.missing == 0
    assert _below_floors(documents_score, DOCUMENTS_FLOORS) == []


def test_no_more_eligible_people_of_the_documents_corpus_are_judged_not_eligible_than_first_measured(
    documents_score: Score,
) -> None:
    assert documents_score.false_reject <= DOCUMENTS_MAX_FALSE_REJECTIONS, [
        m for m in documents_score.mistakes if "verdict not_eligible != eligible" in m
    ]


def test_the_committed_documents_corpus_is_what_its_sources_build(tmp_path: Path) -> None:
    assert_built_as_committed(DOCUMENTS, tmp_path)


def test_every_documents_truth_line_names_an_existing_message_with_its_message_id() -> None:
    assert_truth_names_its_messages(DOCUMENTS, at_least=200)


def test_every_documents_truth_line_uses_only_known_kinds_verdicts_and_criteria() -> None:
    assert_truth_well_formed(DOCUMENTS)


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
