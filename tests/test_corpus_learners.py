"""The learners corpus (tests/corpus/learners): it was written by its own method — a grid of interlanguage
features decided first (English calques, Romance calques, articles and gender, verb forms, prepositions of
time, negation, spelling by ear, a foreign education system told in learner French, code-switching, machine
translation, learner word order and register, non-native English), then each message written by hand in
the French (or English) of someone whose first language is another one, its deciding fact carried through
one of them — and its truth says which feature and which fact it carries.

Its scores and floors are checked with every corpus's (bench/corpora.py, tests/test_corpus_scores.py); the
checks every corpus written one tag first shares are in tests/test_tagged_corpora.py; these are its method's.
"""

from __future__ import annotations

import re
from collections import Counter

from tagged_corpus import applications
from test_tagged_corpora import TAGGED

LEARNERS = next(c for c in TAGGED if c.name == "learners")


def ambiguous_marks() -> list[bool]:
    """For each message in build order, whether an `# ambiguous: …` line follows its `# Feature:` line."""
    pattern = re.compile(r"^\s*# Feature: .*\n(\s*# ambiguous: )?", flags=re.MULTILINE)
    sources = sorted((LEARNERS.directory / "source").glob("batch*.py"))
    return [bool(m.group(1)) for p in sources for m in pattern.finditer(p.read_text(encoding="utf-8"))]


def test_the_grid_has_twelve_interlanguage_features() -> None:
    assert len(LEARNERS.grid().GRID) == 12


def test_a_phrasing_said_ambiguous_leaves_a_criterion_of_its_application_open() -> None:
    marks = ambiguous_marks()
    lines = LEARNERS.lines()
    assert len(marks) == len(lines) and sum(marks) >= 30, sum(marks)
    wrong = [t["file"] for t, m in zip(lines, marks, strict=True) if m and not t.get("unknown")]
    assert not wrong, wrong


def test_every_feature_carries_other_mail_too() -> None:
    others = Counter(t["feature"] for t in LEARNERS.lines() if t["kind"] != "application")
    assert set(others) == set(LEARNERS.grid().GRID) and min(others.values()) >= 2, others


def test_the_non_native_english_applications_are_written_in_english() -> None:
    english = [t for t in applications(LEARNERS.lines()) if t["feature"] == "english_non_native"]
    assert english and all(t.get("language") == "en" for t in english), english
