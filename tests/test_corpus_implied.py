"""The implied corpus (tests/corpus/implied): it was written by its own method — a grid of implications
decided first (a ceremony or a document, years of study, an internship's trappings, a service civique's
trappings, a former trade, what is left to pass, the employers named, the acts of a search, a situation
over or not yet, a money or calendar detail, English mail, a referral), then each message written by hand
with its deciding fact carried by one of them and never named by the criterion's own words — and its truth
says which implication and which fact it carries.

Nobody tunes the reader on this corpus (see its LICENCE.md). Its scores and floors are checked with every
corpus's (bench/corpora.py, tests/test_corpus_scores.py); these checks are its method's, read from
its directory.
"""

from __future__ import annotations

import re
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
    written_text,
)

IMPLIED = REPO / "tests" / "corpus" / "implied"
BUILD = builder(IMPLIED, "implied_build")
import implied  # noqa: E402 (on the path once the builder is loaded)


def lines() -> list[dict[str, Any]]:
    return truth_lines(IMPLIED)


def test_every_message_of_the_sources_names_its_implication_in_a_comment() -> None:
    assert marked_messages(IMPLIED, "Implied") == len(lines()) >= 200


def test_each_comment_names_the_implication_and_fact_its_truth_line_carries() -> None:
    assert comments(IMPLIED, "Implied") == [(t["implied"], t["stated"]) for t in lines()]


def test_the_implying_words_of_each_message_stand_in_it() -> None:
    written = items(BUILD, IMPLIED)
    assert len(written) == len(lines())
    assert not missing_words(written)


def test_an_application_never_names_its_deciding_fact_with_the_criterion_s_own_words() -> None:
    named = []
    for n, item in enumerate(items(BUILD, IMPLIED)):
        if item.stated == "kind":
            continue
        text = written_text(item)
        named += [(n, p) for p in implied.NAMING[item.stated] if re.search(p, text, flags=re.IGNORECASE)]
    assert not named, named


def test_every_implication_of_the_grid_carries_twelve_messages_and_applications_of_every_verdict() -> None:
    assert len(implied.GRID) >= 12
    assert_grid_used(lines(), "implied", implied.GRID, verdicts=3)


def test_an_application_states_a_criterion_fact_and_other_mail_states_its_kind() -> None:
    assert_facts_stated(lines(), implied.STATED)


def test_every_criterion_fails_in_some_application_and_stays_open_in_another() -> None:
    failing, unknown = criteria_counts(lines())
    assert min(failing.values()) >= 4 and len(failing) == 7, failing
    assert len(unknown) == 7, unknown


def test_every_implication_carries_other_mail_whose_kind_is_implied_too() -> None:
    for key in implied.GRID:
        others = {t["kind"] for t in lines() if t["implied"] == key and t["kind"] != "application"}
        assert len(others) >= 3, (key, others)


def test_the_implied_corpus_is_three_quarters_applications_with_every_verdict_and_kind() -> None:
    assert_mix(IMPLIED, per_verdict=25, applications=(0.70, 0.80))


def test_about_a_tenth_is_english_and_a_few_applications_carry_a_small_cv_or_a_referral() -> None:
    assert_english_cvs_and_referrals(lines())
    english = [t for t in applications(lines()) if t["implied"] == "english"]
    assert all(t.get("language") == "en" for t in english), english


def test_the_implied_truth_is_well_formed_and_names_its_messages() -> None:
    assert_truth_well_formed(IMPLIED)
    assert_truth_names_its_messages(IMPLIED, at_least=200)


def test_the_implied_corpus_is_what_its_sources_build(tmp_path: Path) -> None:
    assert_built_as_committed(IMPLIED, tmp_path)
