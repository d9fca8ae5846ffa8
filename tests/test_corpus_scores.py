"""The voices corpus (tests/corpus/voices): its scores stay above their floors, it matches its sources, and
its truth is well-formed.

The floors are the scores of the reader measured before anyone tuned on this corpus (kind 0.727, fields
0.716, verdict 0.587, 3 false rejections, 3 false acceptances on 2026-12-02) minus 0.02; false
rejections may not grow past that baseline (it is not 0 yet, so the floor cannot be 0). Raise them as the
reader improves.
`python bench/score_corpora.py` prints the same figures as a table.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest
from corpus_checks import (
    VERDICTS,
    assert_built_as_committed,
    assert_truth_names_its_messages,
    assert_truth_well_formed,
    truth_lines,
)

from intake.extract import extract_files

REPO = Path(__file__).resolve().parents[1]
VOICES = REPO / "tests" / "corpus" / "voices"
TODAY = date(2026, 11, 26)
sys.path.insert(0, str(REPO / "bench"))

from score import Score, score  # noqa: E402

HOLDOUT = REPO / "tests" / "corpus" / "holdout"

# Floors = the scores measured when the floors were last raised, minus 0.02. The voices corpus was tuned on
# (kind 0.996, fields 0.989, verdict 0.990, 0 false rejections). The holdout corpus is tuned on too from stop
# 20 (the unseen corpus is now tests/corpus/fresh): its floors are the kind side's tuned scores (kind 1.000,
# fields 0.964, verdict 0.741, 1 false rejection on branch h-tkinds) minus 0.02, a guard against regression,
# not a figure for unseen mail. See README, «Measured on mail we did not tune on».
VOICES_FLOORS = {"kind": 0.976, "fields": 0.969, "verdict": 0.970}
VOICES_MAX_FALSE_REJECTIONS = 0
HOLDOUT_FLOORS = {"kind": 0.980, "fields": 0.944, "verdict": 0.721}
HOLDOUT_MAX_FALSE_REJECTIONS = 1  # the count measured; the goal, as everywhere, is 0

def score_corpus(corpus: Path) -> Score:
    files = sorted(str(p) for p in corpus.glob("*.eml"))
    results = {Path(r["file"]).name: r for r in extract_files(files, today=TODAY, workers=2)}
    return score(corpus, results)


@pytest.fixture(scope="module")
def voices_score() -> Score:
    return score_corpus(VOICES)


@pytest.fixture(scope="module")
def holdout_score() -> Score:
    return score_corpus(HOLDOUT)


def _below_floors(measured: Score, floors: dict[str, float]) -> list[str]:
    return [f"{name} {getattr(measured, name):.3f} < {floor}" for name, floor in floors.items()
            if getattr(measured, name) < floor]


def test_the_reader_stays_above_its_floors_on_the_voices_corpus(voices_score: Score) -> None:
    assert voices_score.missing == 0
    assert _below_floors(voices_score, VOICES_FLOORS) == []


def test_the_reader_stays_above_its_floors_on_the_holdout_corpus_it_was_never_tuned_on(
    holdout_score: Score,
) -> None:
    assert holdout_score.missing == 0
    assert _below_floors(holdout_score, HOLDOUT_FLOORS) == []


def test_no_eligible_person_of_the_voices_corpus_is_judged_not_eligible(voices_score: Score) -> None:
    assert voices_score.false_reject <= VOICES_MAX_FALSE_REJECTIONS, [
        m for m in voices_score.mistakes if "verdict not_eligible != eligible" in m
    ]


def test_no_more_eligible_people_of_the_holdout_corpus_are_judged_not_eligible_than_first_measured(
    holdout_score: Score,
) -> None:
    assert holdout_score.false_reject <= HOLDOUT_MAX_FALSE_REJECTIONS, [
        m for m in holdout_score.mistakes if "verdict not_eligible != eligible" in m
    ]


def test_the_committed_corpus_is_what_its_sources_build(tmp_path: Path) -> None:
    assert_built_as_committed(VOICES, tmp_path)


def test_every_truth_line_names_an_existing_message_with_its_message_id() -> None:
    assert_truth_names_its_messages(VOICES, at_least=220)


def test_every_truth_line_uses_only_known_kinds_verdicts_and_criteria() -> None:
    assert_truth_well_formed(VOICES)


def test_the_corpus_mixes_every_verdict_and_a_fifth_of_mail_that_is_not_an_application() -> None:
    lines = truth_lines(VOICES)
    verdicts = [t["verdict"] for t in lines if t["kind"] == "application"]
    for verdict in VERDICTS:
        assert verdicts.count(verdict) >= 25, verdict
    others = sum(t["kind"] != "application" for t in lines)
    assert 0.15 <= others / len(lines) <= 0.30
