"""The noise corpus (tests/corpus/noise): it was written by its own method — a grid of surface noise decided
first (typos, no accents, SMS spelling, voice dictation, capitals, autocorrect, franglais, OCR, copy-paste
artefacts, emoji, run-on text, abbreviations, odd dates), then each message written by hand with its
deciding fact written under one of them — and its truth says which noise and which fact it carries.

Its scores and floors are checked with every corpus's (bench/corpora.py, tests/test_corpus_scores.py); the
checks every corpus written one tag first shares are in tests/test_tagged_corpora.py; these are its method's.
"""

from __future__ import annotations

from tagged_corpus import applications
from test_tagged_corpora import TAGGED

NOISE = next(c for c in TAGGED if c.name == "noise")


def test_the_date_noise_sits_on_both_sides_of_the_two_year_edge() -> None:
    dated = {t["graduation"] for t in applications(NOISE.lines()) if t["noise"] == "dates"}
    assert {"2024-11", "2024-10"} <= dated, dated
