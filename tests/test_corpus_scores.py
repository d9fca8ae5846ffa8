"""What holds for every labelled corpus of the repository (bench/corpora.py, where each one's floors and their
history live): the reader stays above its floors and judges no more eligible people not eligible than
allowed, answers every message, and each corpus is what its sources build, with well-formed truth.

What is particular to one corpus's method stays in its own file: tests/test_corpus_voices.py, _holdout.py,
_fresh.py, _contrast.py. `python bench/score_corpora.py --only NAME` prints the same figures as a table.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from corpus_checks import (
    CORPORA,
    REPO,
    TODAY,
    Corpus,
    Score,
    assert_built_as_committed,
    assert_truth_names_its_messages,
    assert_truth_well_formed,
    below_floors,
    score,
    score_corpus,
)

# Imported from here by corpus tests written before the registry (e.g. tests/test_corpus_documents.py).
_below_floors = below_floors
__all__ = ["TODAY", "Score", "_below_floors", "score", "score_corpus"]

each_corpus = pytest.mark.parametrize("corpus", CORPORA, ids=[c.name for c in CORPORA])


def shortfalls(corpus: Corpus) -> list[str]:
    """The floors `corpus` misses, its bound on false acceptances included when it has one."""
    measured = score_corpus(corpus.directory)
    missed = below_floors(measured, corpus.floors)
    if corpus.max_false_acceptances is not None and measured.false_accept > corpus.max_false_acceptances:
        missed.append(f"false acceptances {measured.false_accept} > {corpus.max_false_acceptances}")
    return missed


@each_corpus
def test_the_reader_stays_above_the_floors_of_the_corpus(corpus: Corpus) -> None:
    assert shortfalls(corpus) == []


@each_corpus
def test_the_reader_answers_for_every_message_of_the_corpus(corpus: Corpus) -> None:
    assert score_corpus(corpus.directory).missing == 0


@each_corpus
def test_no_more_eligible_people_of_the_corpus_are_judged_not_eligible_than_its_floor_allows(
    corpus: Corpus,
) -> None:
    measured = score_corpus(corpus.directory)
    assert measured.false_reject <= corpus.max_false_rejections, [
        m for m in measured.mistakes if "verdict not_eligible != eligible" in m
    ]


@each_corpus
def test_the_committed_corpus_is_what_its_sources_build(corpus: Corpus, tmp_path: Path) -> None:
    assert_built_as_committed(corpus.directory, tmp_path)


@each_corpus
def test_every_truth_line_of_the_corpus_names_an_existing_message_with_its_message_id(corpus: Corpus) -> None:
    assert_truth_names_its_messages(corpus.directory, at_least=corpus.messages_at_least)


@each_corpus
def test_every_truth_line_of_the_corpus_uses_only_known_kinds_verdicts_and_criteria(corpus: Corpus) -> None:
    assert_truth_well_formed(corpus.directory)


def test_every_labelled_corpus_of_the_repository_is_in_the_registry() -> None:
    labelled = {p.parent.name for p in (REPO / "tests" / "corpus").glob("*/truth.jsonl")}
    assert labelled == {c.name for c in CORPORA}
