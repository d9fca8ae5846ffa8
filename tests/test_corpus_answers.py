"""The answers corpus (tests/corpus/answers): it was written by its own method — a grid of answering features
decided first (a reply under the quoted call, checklist marks, yes/no answers, a filled form, a table,
numbered points, the call pasted, the call forwarded, exceptions claimed, self-assessment, an English form,
an attached form), and the programme's call written in five versions, then each message written by hand as
an answer to that call: the criteria's words stand in nearly every mail, and the deciding fact sits in the
applicant's answer, carried through one of the features — and its truth says which feature and which fact.

Nobody tunes the reader on this corpus (see its LICENCE.md). Its scores and floors are checked with every
corpus's once the lead registers it (bench/corpora.py); these checks are its method's, read from its
directory.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any

from corpus_checks import (
    REPO,
    assert_built_as_committed,
    assert_mix,
    assert_truth_names_its_messages,
    assert_truth_well_formed,
    marked_messages,
    truth_lines,
)
from tagged_corpus import (
    applications,
    assert_english_cvs_and_referrals,
    assert_grid_used,
    builder,
    comments,
    criteria_counts,
    items,
    missing_words,
    written_text,
)

ANSWERS = REPO / "tests" / "corpus" / "answers"
BUILD = builder(ANSWERS, "answers_build")
import answers  # noqa: E402 (on the path once the builder is loaded)

# The call's criterion words, as an applicant answering it repeats them (French and English).
CALL_WORDS = re.compile(
    r"bac\s?\+\s?2|bac\+|stage|service civique|reconversion|\bess\b|économie sociale|études terminées"
    r"|deux ans|2 ans|internship|career change|\bdegree\b|two years",
    flags=re.IGNORECASE,
)


def lines() -> list[dict[str, Any]]:
    return truth_lines(ANSWERS)


def test_every_message_of_the_sources_names_its_feature_in_a_comment() -> None:
    assert marked_messages(ANSWERS, "Feature") == len(lines()) >= 180


def test_each_comment_names_the_feature_and_fact_its_truth_line_carries() -> None:
    assert comments(ANSWERS, "Feature") == [(t["feature"], t["fact"]) for t in lines()]


def test_the_words_carrying_each_message_s_fact_stand_in_it() -> None:
    written = items(BUILD, ANSWERS)
    assert len(written) == len(lines())
    assert not missing_words(written)


def test_most_applications_answer_the_call_in_its_own_criterion_words() -> None:
    written = [i for i in items(BUILD, ANSWERS) if i.m.truth["kind"] == "application"]
    quoting = [i for i in written if CALL_WORDS.search(written_text(i))]
    assert len(quoting) >= 0.8 * len(written), (len(quoting), len(written))


def test_every_feature_of_the_grid_carries_twelve_messages_and_applications_of_every_verdict() -> None:
    assert len(answers.GRID) == 12
    assert_grid_used(lines(), "feature", answers.GRID, verdicts=3)


def test_an_application_carries_a_criterion_fact_and_other_mail_its_kind() -> None:
    pairs = Counter((t["kind"] == "application", t["fact"]) for t in lines())
    assert not [k for k in pairs if k[0] == (k[1] == "kind")], pairs
    facts = Counter(t["fact"] for t in applications(lines()))
    assert min(facts[f] for f in answers.FACTS if f != "kind") >= 10, facts


def test_every_criterion_fails_in_some_application_and_stays_open_in_another() -> None:
    failing, unknown = criteria_counts(lines())
    assert min(failing.values()) >= 4 and len(failing) == 7, failing
    assert len(unknown) == 7, unknown


def ambiguous_marks() -> list[bool]:
    """For each message in build order, whether an `# ambiguous: …` line follows its `# Feature:` line."""
    pattern = re.compile(r"^\s*# Feature: .*\n(\s*# ambiguous: )?", flags=re.MULTILINE)
    sources = sorted((ANSWERS / "source").glob("batch*.py"))
    return [bool(m.group(1)) for p in sources for m in pattern.finditer(p.read_text(encoding="utf-8"))]


def test_an_answer_said_ambiguous_leaves_a_criterion_of_its_application_open() -> None:
    marks = ambiguous_marks()
    assert len(marks) == len(lines()) and sum(marks) >= 25, sum(marks)
    wrong = [t["file"] for t, m in zip(lines(), marks, strict=True) if m and not t.get("unknown")]
    assert not wrong, wrong


def test_every_feature_carries_other_mail_too() -> None:
    others = Counter(t["feature"] for t in lines() if t["kind"] != "application")
    assert set(others) == set(answers.GRID) and min(others.values()) >= 2, others


def test_the_answers_corpus_is_three_quarters_applications_with_every_verdict_and_kind() -> None:
    assert_mix(ANSWERS, per_verdict=25, applications=(0.70, 0.80))


def test_about_a_tenth_is_english_and_a_few_applications_carry_a_small_cv_or_a_referral() -> None:
    assert_english_cvs_and_referrals(lines())
    english = [t for t in applications(lines()) if t["feature"] == "english_form"]
    assert english and all(t.get("language") == "en" for t in english), english


def test_the_answers_truth_is_well_formed_and_names_its_messages() -> None:
    assert_truth_well_formed(ANSWERS)
    assert_truth_names_its_messages(ANSWERS, at_least=180)


def test_the_answers_corpus_is_what_its_sources_build(tmp_path: Path) -> None:
    assert_built_as_committed(ANSWERS, tmp_path)
