"""The noise corpus (tests/corpus/noise): it was written by its own method — a grid of surface noise decided
first (typos, no accents, SMS spelling, voice dictation, capitals, autocorrect, franglais, OCR, copy-paste
artefacts, emoji, run-on text, abbreviations, odd dates), then each message written by hand with its
deciding fact written under one of them — and its truth says which noise and which fact it carries.

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

NOISE = REPO / "tests" / "corpus" / "noise"
BUILD = builder(NOISE, "noise_build")
import noise  # noqa: E402 (on the path once the builder is loaded)


def lines() -> list[dict[str, Any]]:
    return truth_lines(NOISE)


def test_every_message_of_the_sources_names_its_noise_in_a_comment() -> None:
    assert marked_messages(NOISE, "Noise") == len(lines()) >= 200


def test_each_comment_names_the_noise_and_fact_its_truth_line_carries() -> None:
    assert comments(NOISE, "Noise") == [(t["noise"], t["stated"]) for t in lines()]


def test_the_noisy_words_of_each_message_stand_in_it() -> None:
    written = items(BUILD, NOISE)
    assert len(written) == len(lines())
    assert not missing_words(written)


def test_every_noise_of_the_grid_carries_twelve_messages_and_applications_of_every_verdict() -> None:
    assert len(noise.GRID) >= 12
    assert_grid_used(lines(), "noise", noise.GRID, verdicts=3)


def test_an_application_states_a_criterion_fact_and_other_mail_states_its_kind() -> None:
    assert_facts_stated(lines(), noise.STATED)


def test_every_criterion_fails_in_some_application_and_stays_open_in_another() -> None:
    failing, unknown = criteria_counts(lines())
    assert min(failing.values()) >= 4 and len(failing) == 7, failing
    assert len(unknown) == 7, unknown


def test_the_date_noise_sits_on_both_sides_of_the_two_year_edge() -> None:
    dated = {t["graduation"] for t in applications(lines()) if t["noise"] == "dates"}
    assert {"2024-11", "2024-10"} <= dated, dated


def test_the_noise_corpus_is_seven_tenths_applications_with_every_verdict_and_kind() -> None:
    assert_mix(NOISE, per_verdict=25, applications=(0.65, 0.75))


def test_about_a_tenth_is_english_and_a_few_applications_carry_a_small_cv_or_a_referral() -> None:
    assert_english_cvs_and_referrals(lines())


def test_the_noise_truth_is_well_formed_and_names_its_messages() -> None:
    assert_truth_well_formed(NOISE)
    assert_truth_names_its_messages(NOISE, at_least=200)


def test_the_noise_corpus_is_what_its_sources_build(tmp_path: Path) -> None:
    assert_built_as_committed(NOISE, tmp_path)
