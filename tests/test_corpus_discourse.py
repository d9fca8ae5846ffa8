"""The discourse corpus (tests/corpus/discourse): it was written by its own method — a list of discourse
structures decided first (self-correction, postscript, reported speech, hypothetical, tense, concession,
enumeration, question, quoted mail, hedge), then each message written so that the fact deciding its label
sits inside one of them — and its truth says which structure and which criterion that fact bears on.

Tuned on since stop 23 (see its LICENCE.md). Its build and truth are checked with every
corpus's in tests/test_corpus_scores.py (bench/corpora.py); its floors are set by the lead once measured.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from typing import Any

from corpus_checks import assert_mix, corpus_named, marked_messages, truth_lines

DISCOURSE_CORPUS = corpus_named("discourse")
sys.path[:0] = [
    str(DISCOURSE_CORPUS.directory / "source"),
    str(DISCOURSE_CORPUS.directory.parent / "voices" / "source"),
]

from discourse import CRITERIA, STRUCTURES  # noqa: E402

COMMENT = re.compile(r"^\s*# Discourse: (\w+) — (\w+) — \S", flags=re.MULTILINE)


def lines() -> list[dict[str, Any]]:
    return truth_lines(DISCOURSE_CORPUS.directory)


def applications() -> list[dict[str, Any]]:
    return [t for t in lines() if t["kind"] == "application"]


def test_every_message_of_the_sources_names_its_structure_in_a_comment() -> None:
    assert marked_messages(DISCOURSE_CORPUS.directory, "Discourse") == len(lines()) >= 200


def test_each_comment_names_the_structure_and_criterion_its_truth_line_carries() -> None:
    sources = sorted((DISCOURSE_CORPUS.directory / "source").glob("batch*.py"))
    comments = [m.groups() for p in sources for m in COMMENT.finditer(p.read_text(encoding="utf-8"))]
    assert comments == [(t["structure"], t["criterion"]) for t in lines()]


def test_every_structure_of_the_plan_carries_twenty_messages_and_every_verdict() -> None:
    assert Counter(t["structure"] for t in lines()) == {s: 20 for s in STRUCTURES}
    for structure in STRUCTURES:
        verdicts = Counter(t["verdict"] for t in applications() if t["structure"] == structure)
        assert min(verdicts.get(v, 0) for v in ("eligible", "to_verify", "not_eligible")) >= 2, structure


def test_every_criterion_is_decided_inside_several_structures() -> None:
    for criterion in CRITERIA:
        structures = {t["structure"] for t in lines() if t["criterion"] == criterion}
        assert len(structures) >= 5, (criterion, structures)


def test_the_criterion_a_message_names_is_the_one_that_fails_or_stays_open() -> None:
    for t in applications():
        rule = CRITERIA[t["criterion"]]
        assert rule, t["file"]  # `kind` decides only messages that are not applications
        if t["verdict"] == "not_eligible":
            assert t["failing"] == [rule], t["file"]
        elif t["verdict"] == "to_verify":
            assert rule in t["unknown"], t["file"]


def test_a_message_decided_by_its_kind_is_not_an_application() -> None:
    assert all(t["kind"] != "application" for t in lines() if t["criterion"] == "kind")


def test_the_discourse_corpus_is_seven_tenths_applications_with_every_verdict_and_every_kind() -> None:
    assert_mix(DISCOURSE_CORPUS.directory, per_verdict=40, applications=(0.65, 0.75))


def test_a_few_applications_carry_a_small_cv_and_most_do_not() -> None:
    with_cv = [t for t in applications() if t.get("cv_format")]
    assert 5 <= len(with_cv) <= len(applications()) / 4, len(with_cv)
