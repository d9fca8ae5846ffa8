"""The constructions corpus (tests/corpus/constructions): it was written by its own method — a grid of
syntactic constructions decided first (nominalisation, passive, relative clause, apposition, infinitive,
gerund, impersonal subject, cleft, verbless fragment, comparison, time counted from the reading day, numbers
in words, a question the writer answers, English constructions), then each message written by hand with its
deciding fact stated in one of them — and its truth says which construction and which fact it carries.

Its scores and floors are checked with every corpus's (bench/corpora.py, tests/test_corpus_scores.py); the
checks every corpus written one tag first shares are in tests/test_tagged_corpora.py; these are its method's.
"""

from __future__ import annotations

from tagged_corpus import applications, items
from test_tagged_corpora import TAGGED

CONSTRUCTIONS = next(c for c in TAGGED if c.name == "constructions")
READING_DAY = 26


def test_a_time_counted_from_the_reading_day_is_written_within_a_week_of_it() -> None:
    written = items(CONSTRUCTIONS.build(), CONSTRUCTIONS.directory)
    counted = [item.m.date for item in written if item.construction == "relative_time"]
    assert counted and all(READING_DAY - 7 <= int(day.split()[0]) <= READING_DAY for day in counted), counted


def test_the_english_constructions_are_written_in_english() -> None:
    english = [t for t in applications(CONSTRUCTIONS.lines()) if t["construction"] == "english"]
    assert english and all(t.get("language") == "en" for t in english)
