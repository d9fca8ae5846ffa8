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

from tagged_corpus import (
    applications,
    assert_ambiguity_leaves_a_criterion_open,
    assert_every_tag_carries_other_mail,
)
from test_tagged_corpora import TAGGED

LEARNERS = next(c for c in TAGGED if c.name == "learners")


def test_the_grid_has_twelve_interlanguage_features() -> None:
    assert len(LEARNERS.grid().GRID) == 12


def test_a_phrasing_said_ambiguous_leaves_a_criterion_of_its_application_open() -> None:
    assert_ambiguity_leaves_a_criterion_open(LEARNERS.directory, "Feature", LEARNERS.lines(), at_least=30)


def test_every_feature_carries_other_mail_too() -> None:
    assert_every_tag_carries_other_mail(LEARNERS.lines(), "feature", LEARNERS.grid().GRID)


def test_the_non_native_english_applications_are_written_in_english() -> None:
    english = [t for t in applications(LEARNERS.lines()) if t["feature"] == "english_non_native"]
    assert english and all(t.get("language") == "en" for t in english), english
