"""The fresh corpus (tests/corpus/fresh): it matches its sources, its truth is well-formed, it was written by
its own method (a channel for every message, a realistic share of applications), and the reader stays above
the floors first measured on it.

Nobody tunes the reader on this corpus (see its LICENCE.md); `python bench/score_corpora.py` prints its
scores.
"""

from __future__ import annotations

import re
from pathlib import Path

from corpus_checks import (
    assert_built_as_committed,
    assert_mix,
    assert_truth_names_its_messages,
    assert_truth_well_formed,
    truth_lines,
)

REPO = Path(__file__).resolve().parents[1]
FRESH = REPO / "tests" / "corpus" / "fresh"


def test_the_committed_fresh_corpus_is_what_its_sources_build(tmp_path: Path) -> None:
    assert_built_as_committed(FRESH, tmp_path)


def test_every_fresh_truth_line_names_an_existing_message_with_its_message_id() -> None:
    assert_truth_names_its_messages(FRESH, at_least=200)


def test_every_fresh_truth_line_uses_only_known_kinds_verdicts_and_criteria() -> None:
    assert_truth_well_formed(FRESH)


def test_the_fresh_corpus_is_two_thirds_applications_with_every_verdict_and_every_kind() -> None:
    assert_mix(FRESH, per_verdict=15, applications=(0.60, 0.70))


def test_every_fresh_message_names_the_channel_it_came_through() -> None:
    sources = [p.read_text(encoding="utf-8") for p in sorted((FRESH / "source").glob("batch*.py"))]
    channels = sum(len(re.findall(r"^\s*# Channel: \S", text, flags=re.MULTILINE)) for text in sources)
    assert channels == len(truth_lines(FRESH))
