"""The fresh corpus (tests/corpus/fresh): it was written by its own method (a channel for every message, a
realistic share of applications).

Tuned on from stop 20, after its first figure was recorded (see its LICENCE.md). Its floors, build and truth
are checked with every corpus's in tests/test_corpus_scores.py (bench/corpora.py).
"""

from __future__ import annotations

from corpus_checks import assert_mix, corpus_named, marked_messages, truth_lines

FRESH = corpus_named("fresh").directory


def test_the_fresh_corpus_is_two_thirds_applications_with_every_verdict_and_every_kind() -> None:
    assert_mix(FRESH, per_verdict=15, applications=(0.60, 0.70))


def test_every_fresh_message_names_the_channel_it_came_through() -> None:
    assert marked_messages(FRESH, "Channel") == len(truth_lines(FRESH))
