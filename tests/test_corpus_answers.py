"""The answers corpus (tests/corpus/answers): it was written by its own method — a grid of answering features
decided first (a reply under the quoted call, checklist marks, yes/no answers, a filled form, a table,
numbered points, the call pasted, the call forwarded, exceptions claimed, self-assessment, an English form,
an attached form), and the programme's call written in five versions, then each message written by hand as
an answer to that call: the criteria's words stand in nearly every mail, and the deciding fact sits in the
applicant's answer, carried through one of the features — and its truth says which feature and which fact.

Tuned on since stop 28 (see its LICENCE.md). Its scores, floors, build and truth are checked
with every corpus's (bench/corpora.py, tests/test_corpus_scores.py), the checks every corpus written one tag
first shares in tests/test_tagged_corpora.py; these are its method's.
"""

from __future__ import annotations

import re

from tagged_corpus import (
    applications,
    assert_ambiguity_leaves_a_criterion_open,
    assert_every_tag_carries_other_mail,
    items,
    written_text,
)
from test_tagged_corpora import TAGGED

ANSWERS = next(c for c in TAGGED if c.name == "answers")

# The call's criterion words, as an applicant answering it repeats them (French and English).
CALL_WORDS = re.compile(
    r"bac\s?\+\s?2|bac\+|stage|service civique|reconversion|\bess\b|économie sociale|études terminées"
    r"|deux ans|2 ans|internship|career change|\bdegree\b|two years",
    flags=re.IGNORECASE,
)


def test_the_grid_has_twelve_ways_of_answering_the_call() -> None:
    assert len(ANSWERS.grid().GRID) == 12


def test_most_applications_answer_the_call_in_its_own_criterion_words() -> None:
    written = [i for i in items(ANSWERS.build(), ANSWERS.directory) if i.m.truth["kind"] == "application"]
    quoting = [i for i in written if CALL_WORDS.search(written_text(i))]
    assert len(quoting) >= 0.8 * len(written), (len(quoting), len(written))


def test_an_answer_said_ambiguous_leaves_a_criterion_of_its_application_open() -> None:
    assert_ambiguity_leaves_a_criterion_open(ANSWERS.directory, "Feature", ANSWERS.lines(), at_least=25)


def test_every_feature_carries_other_mail_too() -> None:
    assert_every_tag_carries_other_mail(ANSWERS.lines(), "feature", ANSWERS.grid().GRID)


def test_the_english_answers_are_written_in_english() -> None:
    english = [t for t in applications(ANSWERS.lines()) if t["feature"] == "english_form"]
    assert english and all(t.get("language") == "en" for t in english), english
