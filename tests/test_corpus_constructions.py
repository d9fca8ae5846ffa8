"""The constructions corpus (tests/corpus/constructions): it was written by its own method — a grid of
syntactic constructions decided first (nominalisation, passive, relative clause, apposition, infinitive,
gerund, impersonal subject, cleft, verbless fragment, comparison, time counted from the reading day, numbers
in words, a question the writer answers, English constructions), then each message written by hand with its
deciding fact stated in one of them — and its truth says which construction and which fact it carries.

Nobody tunes the reader on this corpus (see its LICENCE.md). It is not yet in bench/corpora.py: the lead
measures its first figure, then registers it; these checks read its directory directly.
"""

from __future__ import annotations

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
    assert_facts_stated,
    assert_grid_used,
    builder,
    comments,
    criteria_counts,
    items,
    missing_words,
)

CONSTRUCTIONS = REPO / "tests" / "corpus" / "constructions"
READING_DAY = 26
BUILD = builder(CONSTRUCTIONS, "constructions_build")
import constructions  # noqa: E402 (on the path once the builder is loaded)


def lines() -> list[dict[str, Any]]:
    return truth_lines(CONSTRUCTIONS)


def test_every_message_of_the_sources_names_its_construction_in_a_comment() -> None:
    assert marked_messages(CONSTRUCTIONS, "Construction") == len(lines()) >= 200


def test_each_comment_names_the_construction_and_fact_its_truth_line_carries() -> None:
    assert comments(CONSTRUCTIONS, "Construction") == [(t["construction"], t["stated"]) for t in lines()]


def test_the_words_of_each_construction_stand_in_the_message_that_carries_it() -> None:
    written = items(BUILD, CONSTRUCTIONS)
    assert len(written) == len(lines())
    assert not missing_words(written)


def test_every_construction_of_the_grid_carries_twelve_messages_and_applications_of_two_verdicts() -> None:
    assert_grid_used(lines(), "construction", constructions.GRID, verdicts=2)


def test_an_application_states_a_criterion_fact_and_other_mail_states_its_kind() -> None:
    assert_facts_stated(lines(), constructions.STATED)


def test_every_criterion_fails_in_some_application_and_most_stay_open_in_others() -> None:
    failing, unknown = criteria_counts(lines())
    assert min(failing.values()) >= 5 and len(failing) == 7, failing
    assert len(unknown) == 7, unknown


def test_a_time_counted_from_the_reading_day_is_written_within_a_week_of_it() -> None:
    counted = [item.m.date for item in items(BUILD, CONSTRUCTIONS) if item.construction == "relative_time"]
    assert counted and all(READING_DAY - 7 <= int(day.split()[0]) <= READING_DAY for day in counted), counted


def test_the_english_constructions_are_written_in_english() -> None:
    english = [t for t in applications(lines()) if t["construction"] == "english"]
    assert english and all(t.get("language") == "en" for t in english)


def test_the_constructions_corpus_is_seven_tenths_applications_with_every_verdict_and_kind() -> None:
    assert_mix(CONSTRUCTIONS, per_verdict=25, applications=(0.65, 0.75))


def test_about_a_tenth_is_english_and_a_few_applications_carry_a_small_cv() -> None:
    assert_english_cvs_and_referrals(lines())


def test_the_constructions_truth_is_well_formed_and_names_its_messages() -> None:
    assert_truth_well_formed(CONSTRUCTIONS)
    assert_truth_names_its_messages(CONSTRUCTIONS, at_least=200)


def test_the_constructions_corpus_is_what_its_sources_build(tmp_path: Path) -> None:
    assert_built_as_committed(CONSTRUCTIONS, tmp_path)
