"""The voices corpus (tests/corpus/voices), written message by message: what is particular to it. Its floors,
build and truth are checked with every corpus's in tests/test_corpus_scores.py (bench/corpora.py)."""

from __future__ import annotations

from corpus_checks import assert_mix, corpus_named

VOICES = corpus_named("voices").directory


def test_the_voices_corpus_mixes_every_verdict_and_a_fifth_of_mail_that_is_not_an_application() -> None:
    assert_mix(VOICES, per_verdict=25, applications=(0.70, 0.85))
