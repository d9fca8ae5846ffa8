"""The lives corpus (tests/corpus/lives): it was written by its own method — a seeded generator draws 200
life cards (education, jobs, stage, service civique, the situation now, and which facts the person tells), an
oracle computes each label from the card alone, and each message was then narrated by hand from its card —
and its truth says which card and which pattern of life each message tells.

Tuned on since stop 23 (see its LICENCE.md). It is not yet in bench/corpora.py: the lead
measures its first figure, then registers it; these checks read its directory directly.
"""

from __future__ import annotations

import re
import sys
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

LIVES = REPO / "tests" / "corpus" / "lives"
sys.path[:0] = [str(LIVES / "source"), str(LIVES.parent / "voices" / "source")]

import lives  # noqa: E402
from kit import CRITERIA  # noqa: E402

COMMENT = re.compile(r"^\s*# Life: (\w+) — card (\d+) — \S", flags=re.MULTILINE)


def lines() -> list[dict[str, Any]]:
    return truth_lines(LIVES)


def applications() -> list[dict[str, Any]]:
    return [t for t in lines() if t["kind"] == "application"]


def test_every_message_of_the_sources_names_its_life_in_a_comment() -> None:
    assert marked_messages(LIVES, "Life") == len(lines()) >= 200


def test_each_comment_names_the_card_and_pattern_its_truth_line_carries() -> None:
    sources = sorted((LIVES / "source").glob("batch*.py"))
    comments = [m.groups() for p in sources for m in COMMENT.finditer(p.read_text(encoding="utf-8"))]
    assert comments == [(t["life"], str(t["card"])) for t in lines()]


def test_every_card_is_narrated_once_in_the_order_it_was_drawn() -> None:
    assert [t["card"] for t in lines()] == list(range(lives.COUNT))


def test_the_generator_draws_the_same_cards_from_its_seed() -> None:
    again = lives.draw()
    assert [lives.describe(c) for c in again] == [lives.describe(c) for c in lives.CARDS]


def test_the_oracle_reads_no_part_of_the_reader() -> None:
    text = (LIVES / "source" / "lives.py").read_text(encoding="utf-8")
    assert not re.search(r"^\s*(from|import)\s+intake\b", text, flags=re.MULTILINE)


def test_each_truth_line_is_the_oracles_verdict_on_its_card() -> None:
    for t in applications():
        card = lives.CARDS[t["card"]]
        o = lives.oracle(card)
        assert (t["bac_plus"], t["graduation"]) == (o["bac"], o["grad"]), t["file"]
        assert sorted(t["failing"]) == sorted(o["failing"]), t["file"]
        assert sorted(t["unknown"]) == sorted(o["unknown"]), t["file"]
        assert (t["life"], t["facts"]) == (card.life, card.facts), t["file"]


def test_a_mail_that_is_not_an_application_carries_the_kind_its_card_drew() -> None:
    assert [t["kind"] for t in lines()] == [c.kind for c in lives.CARDS]
    assert Counter(t["kind"] for t in lines() if t["kind"] != "application") == lives.OTHER_KINDS


def test_every_pattern_of_life_is_told_in_several_applications_and_other_mail() -> None:
    patterns = Counter(t["life"] for t in applications())
    assert set(patterns) == set(lives.PATTERNS)
    assert min(patterns.values()) >= 4, patterns
    assert {t["life"] for t in lines() if t["kind"] != "application"} == set(lives.PATTERNS)


def test_several_facts_interplay_in_each_life_told() -> None:
    facts = [t["facts"] for t in applications()]
    assert min(facts) >= 2
    assert sum(f >= 3 for f in facts) >= 0.9 * len(facts)


def test_every_criterion_fails_and_all_but_the_level_stay_open_in_some_life() -> None:
    failing = Counter(c for t in applications() for c in t["failing"])
    unknown = Counter(c for t in applications() for c in t["unknown"])
    assert all(failing[c] >= 5 for c in CRITERIA), failing
    assert all(unknown[c] >= 5 for c in CRITERIA if c != "degree_level"), unknown


def test_the_lives_corpus_is_seven_tenths_applications_with_every_verdict_and_every_kind() -> None:
    assert_mix(LIVES, per_verdict=30, applications=(0.65, 0.75))


def test_a_few_applications_carry_a_small_cv_and_some_are_in_english() -> None:
    with_cv = [t for t in applications() if t.get("cv_format")]
    assert 5 <= len(with_cv) <= len(applications()) / 4, len(with_cv)
    assert 0.05 <= sum(t.get("language") == "en" for t in applications()) / len(applications()) <= 0.15


def test_the_truth_is_well_formed_and_names_every_message() -> None:
    assert_truth_names_its_messages(LIVES, 200)
    assert_truth_well_formed(LIVES)


def test_the_lives_corpus_is_what_its_sources_build(tmp_path: Path) -> None:
    assert_built_as_committed(LIVES, tmp_path)
