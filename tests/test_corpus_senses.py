"""The senses corpus (tests/corpus/senses): it was written by its own method — a list of trap families decided
first (a word of the criteria used in another sense, of another person, or in its true sense for contrast:
stage, service civique, reconversion, master, licence, bac, promo, CDI, mission, alternance, ESS, diplôme, a
date, volontaire), then each message written by hand around one trap — and its truth says which family and
which sense.

Its scores, floors, build and truth are checked with every corpus's (bench/corpora.py,
tests/test_corpus_scores.py); these checks are its method's, read from its directory.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from corpus_checks import (
    REPO,
    assert_mix,
    marked_messages,
    truth_lines,
)
from tagged_corpus import builder, written_text

SENSES = REPO / "tests" / "corpus" / "senses"
COMMENT = re.compile(r"^\s*# Sense: (\w+) — (\w+) — \S", flags=re.MULTILINE)


BUILD = builder(SENSES, "senses_build")
import senses  # noqa: E402 (on the path once the builder is loaded)


def lines() -> list[dict[str, Any]]:
    return truth_lines(SENSES)


def applications() -> list[dict[str, Any]]:
    return [t for t in lines() if t["kind"] == "application"]


def test_every_message_of_the_sources_names_its_trap_in_a_comment() -> None:
    assert marked_messages(SENSES, "Sense") == len(lines()) >= 200


def test_each_comment_names_the_family_and_sense_its_truth_line_carries() -> None:
    sources = sorted((SENSES / "source").glob("batch*.py"))
    comments = [m.groups() for p in sources for m in COMMENT.finditer(p.read_text(encoding="utf-8"))]
    assert comments == [(t["trap"], t["trap_sense"]) for t in lines()]


def test_each_trap_word_stands_in_the_message_that_carries_it() -> None:
    items = BUILD.voices_build.load_messages(SENSES / "source")
    assert len(items) == len(lines())
    missing = [(n, item.word) for n, item in enumerate(items) if item.word.lower() not in written_text(item)]
    assert not missing


def test_every_family_of_the_plan_carries_fourteen_messages_in_a_trap_sense_and_the_true_one() -> None:
    families = Counter(t["trap"] for t in lines())
    assert set(families) == set(senses.TRAPS)
    assert min(families.values()) >= 14, families
    for family in senses.TRAPS:
        used = {t["trap_sense"] for t in lines() if t["trap"] == family}
        assert "true_sense" in used and used - {"true_sense"}, (family, used)


def test_the_true_sense_decides_a_third_of_the_applications_and_the_trap_the_rest() -> None:
    share = Counter(t["trap_sense"] for t in applications())
    assert 0.3 <= share["true_sense"] / len(applications()) <= 0.6, share
    assert share["other_person"] >= 10, share


def test_a_trap_read_literally_would_be_wrong_in_every_verdict() -> None:
    """A trap in another sense sits in eligible, to_verify and not_eligible applications alike."""
    trapped = Counter(t["verdict"] for t in applications() if t["trap_sense"] != "true_sense")
    assert min(trapped[v] for v in ("eligible", "to_verify", "not_eligible")) >= 8, trapped


def test_the_senses_corpus_is_seven_tenths_applications_with_every_verdict_and_every_kind() -> None:
    assert_mix(SENSES, per_verdict=25, applications=(0.65, 0.75))


def test_about_a_tenth_is_english_and_a_few_applications_carry_a_small_cv() -> None:
    english = [t for t in applications() if t.get("language") == "en"]
    with_cv = [t for t in applications() if t.get("cv_format")]
    assert 0.05 <= len(english) / len(applications()) <= 0.15, len(english)
    assert 5 <= len(with_cv) <= len(applications()) / 4, len(with_cv)
