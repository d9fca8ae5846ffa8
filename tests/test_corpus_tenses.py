"""The tenses corpus (tests/corpus/tenses): it was written by its own method — a grid of twelve tense and
mood kinds decided first (the passé composé against the present, the imparfait, the plus-que-parfait, the
passé récent «venir de», the futur proche «aller», the simple future and the futur antérieur, the
conditional, the subjunctive, the progressive periphrases, the narrative present and the passé simple,
verbless participles and nominal phrases, English tenses), then each message written by hand with its
deciding fact's place in time — done, running, to come, or what would have been — carried by the verb's
tense, mood or periphrasis, never by a plain date word alone («j'ai fait mon service civique» / «je fais mon
service civique», «je viens de finir mon stage», «j'aurai fini mon service civique fin février», «j'aurais dû
avoir mon BTS», «bien que je sois encore en stage», «Stage terminé.», "I'm due to graduate") — and its truth
says which feature and which fact; above each message a `# timed:` comment resolves the tense on
TODAY = 2026-11-26.

Tuned on since stop 33, the day it was written, after its first figure (see its LICENCE.md). Its scores,
floors, build and truth are checked with every corpus's (bench/corpora.py, tests/test_corpus_scores.py), the
checks every corpus written one tag first shares in tests/test_tagged_corpora.py; these are its method's.
"""

from __future__ import annotations

import importlib
from pathlib import Path

from corpus_checks import REPO, assert_rebuilt_byte_for_byte, marked_messages, truth_lines
from tagged_corpus import (
    ambiguous_marks,
    assert_ambiguity_leaves_a_criterion_open,
    assert_every_key_carries_three_verdicts,
    builder,
)

TENSES = REPO / "tests" / "corpus" / "tenses"
BUILD = builder(TENSES, "tenses_build")  # puts the voices kit and source/tenses.py on the path
GRID = importlib.import_module("tenses").GRID


def test_the_grid_has_twelve_kinds_of_tense_and_mood() -> None:
    assert len(GRID) == 12


def test_every_message_resolves_its_tense_in_a_timed_comment() -> None:
    assert marked_messages(TENSES, "timed", r"«.+».* → \S") == len(truth_lines(TENSES))


def test_a_tense_said_ambiguous_leaves_a_criterion_of_its_application_open() -> None:
    assert_ambiguity_leaves_a_criterion_open(TENSES, "Feature", truth_lines(TENSES), at_least=25)
    assert sum(ambiguous_marks(TENSES, "Feature")) <= 40


def test_every_to_verify_application_says_why_in_an_ambiguous_line() -> None:
    lines = truth_lines(TENSES)
    marks = ambiguous_marks(TENSES, "Feature")
    silent = [t["file"] for t, m in zip(lines, marks, strict=True)
              if t.get("verdict") == "to_verify" and not m]
    assert not silent, silent


def test_every_tense_carries_fifteen_messages_three_verdicts_and_three_other_mails() -> None:
    assert_every_key_carries_three_verdicts(truth_lines(TENSES), "feature", GRID)


def test_the_english_feature_is_written_in_english() -> None:
    lines = truth_lines(TENSES)
    french = [t["file"] for t in lines if t["feature"] == "english_tenses" and t["kind"] == "application"
              and t.get("language") != "en"]
    assert not french, french


def test_the_corpus_rebuilds_byte_for_byte(tmp_path: Path) -> None:
    assert_rebuilt_byte_for_byte(TENSES, tmp_path)
