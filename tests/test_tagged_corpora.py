"""What every corpus written "one tag first" must hold (constructions, noise, implied, learners…): a grid of
tags decided first, each message written by hand around one tag, its comment and its truth line naming the tag
and the fact it carries, the carrying words standing in the mail, every tag used, every criterion failing
somewhere, a mix of verdicts and kinds, the applications of an English key labelled English, true replies
in our thread and no application threaded. That it rebuilds byte for byte from its sources and that its
truth is well formed are checked with every registered corpus's, in tests/test_corpus_scores.py.

Each corpus is described once in TAGGED; what only its own method asks stays in tests/test_corpus_<name>.py.
"""

from __future__ import annotations

import importlib
from collections import Counter
from dataclasses import dataclass
from email.parser import BytesHeaderParser
from email.policy import default
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from corpus_checks import (
    REPO,
    assert_mix,
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
)


@dataclass(frozen=True)
class Tagged:
    """A corpus written one tag first. ``marker`` opens its source comments (`# Noise: key — fact — words`),
    ``tag`` and ``fact`` are its truth keys, ``grid`` its source module (GRID and the facts ``facts`` names);
    the rest are the bars its writers set."""

    name: str
    marker: str
    tag: str
    fact: str
    facts: str
    at_least: int
    verdicts: int
    failing_at_least: int
    share: tuple[float, float]
    english: tuple[float, float] = (0.05, 0.15)  # share of applications written in English
    english_key: str | None = None  # the grid's key whose applications are all written in English
    replies_at_least: int = 0  # true replies in our thread its writers set (none threaded otherwise)
    messages_a_key: int = 12  # messages each key of the grid tags at least
    per_verdict: int = 25  # applications of each verdict at least
    facts_at_least: int = 10  # applications carrying each criterion's fact at least

    @property
    def directory(self) -> Path:
        return REPO / "tests" / "corpus" / self.name

    def lines(self) -> list[dict[str, Any]]:
        return truth_lines(self.directory)

    def build(self) -> ModuleType:
        return _BUILDS[self.name]

    def grid(self) -> ModuleType:
        self.build()  # the builder puts the grid module on the path
        return importlib.import_module(self.name)


TAGGED = (
    Tagged("constructions", "Construction", "construction", "stated", "STATED", 200, 2, 5, (0.65, 0.75)),
    Tagged("noise", "Noise", "noise", "stated", "STATED", 200, 3, 4, (0.65, 0.75)),
    Tagged("implied", "Implied", "implied", "stated", "STATED", 200, 3, 4, (0.70, 0.80)),
    Tagged("learners", "Feature", "feature", "fact", "FACTS", 180, 3, 4, (0.70, 0.80)),
    Tagged("answers", "Feature", "feature", "fact", "FACTS", 180, 3, 4, (0.70, 0.80)),
    Tagged("englishes", "Feature", "feature", "fact", "FACTS", 180, 3, 4, (0.70, 0.80), english=(0.95, 1.0)),
    Tagged("jargon", "Feature", "feature", "fact", "FACTS", 180, 3, 4, (0.70, 0.80), english=(0.10, 0.20)),
    Tagged("reckoning", "Feature", "feature", "fact", "FACTS", 180, 3, 4, (0.70, 0.80), english=(0.10, 0.20)),
    Tagged("anaphora", "Feature", "feature", "fact", "FACTS", 180, 3, 4, (0.70, 0.80), english=(0.10, 0.20)),
    Tagged("polarity", "Feature", "feature", "fact", "FACTS", 180, 3, 4, (0.70, 0.80), english=(0.10, 0.20)),
    Tagged("figures", "Feature", "feature", "fact", "FACTS", 180, 3, 4, (0.70, 0.80), english=(0.10, 0.20)),
    Tagged("tenses", "Feature", "feature", "fact", "FACTS", 180, 3, 4, (0.70, 0.80), english=(0.10, 0.20)),
    Tagged("placement", "Feature", "feature", "fact", "FACTS", 180, 3, 4, (0.70, 0.80), english=(0.10, 0.20)),
    Tagged(
        "genres", "Feature", "feature", "fact", "FACTS", 180, 3, 4, (0.70, 0.80), english=(0.10, 0.20),
        english_key="english_genres",
    ),
    Tagged(
        "sectors", "Feature", "feature", "fact", "FACTS", 180, 3, 4, (0.70, 0.80), english=(0.10, 0.20),
        english_key="english_sectors",
    ),
    Tagged(
        "asking", "Feature", "feature", "fact", "FACTS", 180, 3, 4, (0.70, 0.80), english=(0.10, 0.20),
        english_key="english_asking",
    ),
    Tagged(
        "others", "Feature", "feature", "fact", "FACTS", 180, 3, 4, (0.70, 0.80), english=(0.10, 0.20),
        english_key="english_others",
    ),
    Tagged(
        "occasions", "Feature", "feature", "fact", "FACTS", 180, 3, 4, (0.70, 0.80), english=(0.10, 0.20),
        english_key="english_occasions", replies_at_least=4,
    ),
    Tagged(
        "francophonies", "Feature", "feature", "fact", "FACTS", 180, 3, 4, (0.70, 0.80), english=(0.10, 0.20),
        english_key="english_francophones", replies_at_least=4,
    ),
    Tagged(
        "circumstances", "Feature", "feature", "fact", "FACTS", 180, 3, 4, (0.70, 0.80), english=(0.10, 0.20),
        english_key="english_circumstances", replies_at_least=4,
    ),
    Tagged(
        "attitudes", "Feature", "feature", "fact", "FACTS", 180, 3, 4, (0.70, 0.80), english=(0.10, 0.20),
        english_key="english_attitudes", replies_at_least=4,
    ),
    Tagged(
        "tensions", "Feature", "feature", "fact", "FACTS", 180, 3, 4, (0.70, 0.80), english=(0.10, 0.20),
        english_key="english_tensions", replies_at_least=4,
    ),
    Tagged(
        "chronology", "Feature", "feature", "fact", "FACTS", 180, 3, 4, (0.70, 0.80), english=(0.10, 0.20),
        english_key="english_chronology", replies_at_least=4,
    ),
    Tagged(
        "repairs", "Feature", "feature", "fact", "FACTS", 180, 3, 4, (0.70, 0.80), english=(0.10, 0.20),
        english_key="english_repairs", replies_at_least=4,
    ),
    Tagged(
        "mixtures", "Feature", "feature", "fact", "FACTS", 180, 3, 4, (0.70, 0.80), english=(0.10, 0.20),
        english_key="english_mixtures", replies_at_least=4,
    ),
    Tagged(
        "typography", "Feature", "feature", "fact", "FACTS", 180, 3, 4, (0.70, 0.80), english=(0.10, 0.20),
        english_key="english_inclusive", replies_at_least=4,
    ),
    Tagged(
        "clients", "Feature", "feature", "fact", "FACTS", 180, 3, 4, (0.70, 0.80), english=(0.10, 0.20),
        english_key="english_clients", replies_at_least=4,
    ),
    Tagged(
        "lengths", "Feature", "feature", "fact", "FACTS", 180, 3, 4, (0.70, 0.80), english=(0.10, 0.20),
        english_key="short_english", replies_at_least=4,
    ),
    Tagged(
        "translations", "Feature", "feature", "fact", "FACTS", 180, 3, 4, (0.70, 0.80), english=(0.12, 0.22),
        english_key="mt_from_french_to_english", replies_at_least=4,
    ),
    Tagged(
        "assistants", "Feature", "feature", "fact", "FACTS", 180, 3, 4, (0.70, 0.80), english=(0.12, 0.22),
        english_key="english_ai", replies_at_least=4,
    ),
    Tagged(
        "spoken", "Feature", "feature", "fact", "FACTS", 180, 3, 4, (0.70, 0.80), english=(0.12, 0.22),
        english_key="english_spoken", replies_at_least=4,
    ),
    Tagged(
        "disciplines", "Feature", "feature", "fact", "FACTS", 180, 3, 4, (0.70, 0.80), english=(0.12, 0.22),
        english_key="english_disciplines", replies_at_least=4,
    ),
    Tagged(
        "identities", "Feature", "feature", "fact", "FACTS", 180, 3, 4, (0.70, 0.80), english=(0.12, 0.22),
        english_key="english_identities", replies_at_least=4,
    ),
    Tagged(
        "updates", "Feature", "feature", "fact", "FACTS", 180, 3, 4, (0.70, 0.80), english=(0.12, 0.22),
        english_key="english_updates", replies_at_least=6,
    ),
    Tagged(  # a month's inbox in its natural mix: half applications, keys of other mail only, a small key
        "inbox", "Feature", "feature", "fact", "FACTS", 200, 0, 6, (0.45, 0.55), english=(0.09, 0.16),
        replies_at_least=18, messages_a_key=5, per_verdict=20, facts_at_least=6,
    ),
    Tagged(  # a year of the inbox, each message read on its batch's day: a key of other mail only
        "seasons", "Feature", "feature", "fact", "FACTS", 200, 0, 6, (0.68, 0.80), english=(0.10, 0.17),
        english_key="english_seasons", replies_at_least=6, messages_a_key=10, per_verdict=30,
        facts_at_least=6,
    ),
    Tagged(  # forms first: three quarters applications, a key of other mail only, balanced verdicts
        "forms", "Feature", "feature", "fact", "FACTS", 200, 0, 6, (0.70, 0.80), english=(0.10, 0.16),
        english_key="english_forms", replies_at_least=4, messages_a_key=13, per_verdict=35,
        facts_at_least=8,
    ),
    Tagged(  # life stage first in October 2026, each mail read on its own day: the rentree corpus's own bars
        "rentree", "Feature", "feature", "fact", "FACTS", 200, 0, 6, (0.70, 0.80), english=(0.10, 0.16),
        english_key="english_stage", replies_at_least=6, messages_a_key=12, per_verdict=35,
        facts_at_least=12,
    ),
    Tagged(  # stance first, the mail of 1–6 December 2026 all read on 2026-12-07: the stances corpus
        "stances", "Feature", "feature", "fact", "FACTS", 200, 0, 6, (0.70, 0.80), english=(0.10, 0.16),
        english_key="english_stance", replies_at_least=6, messages_a_key=12, per_verdict=35,
        facts_at_least=10,
    ),
    Tagged(  # the turn of the year first, 28 December 2026 – 29 January 2027, each mail read on its own day
        "newyear", "Feature", "feature", "fact", "FACTS", 200, 0, 6, (0.70, 0.80), english=(0.10, 0.16),
        english_key="english_newyear", replies_at_least=6, messages_a_key=12, per_verdict=35,
        facts_at_least=10,
    ),
    Tagged(  # what the mail carries first, 1–26 February 2027, each mail read on its own day
        "forwards", "Feature", "feature", "fact", "FACTS", 200, 0, 6, (0.70, 0.80), english=(0.10, 0.16),
        english_key="english_forward", replies_at_least=6, messages_a_key=12, per_verdict=35,
        facts_at_least=10,
    ),
    Tagged(  # the reading day first, 1–19 March 2027, each mail read on its own day or one of seven later
        "backlog", "Feature", "feature", "fact", "FACTS", 200, 0, 6, (0.70, 0.80), english=(0.10, 0.16),
        english_key="english_later", replies_at_least=6, messages_a_key=12, per_verdict=35,
        facts_at_least=3,  # its deciding facts are the time facts: level, aim, career change rare
    ),
)
_BUILDS = {c.name: builder(c.directory, f"{c.name}_build") for c in TAGGED}
each_corpus = pytest.mark.parametrize("corpus", TAGGED, ids=[c.name for c in TAGGED])


@each_corpus
def test_every_message_of_the_sources_names_its_tag_in_a_comment(corpus: Tagged) -> None:
    assert marked_messages(corpus.directory, corpus.marker) == len(corpus.lines()) >= corpus.at_least


@each_corpus
def test_each_comment_names_the_tag_and_fact_its_truth_line_carries(corpus: Tagged) -> None:
    expected = [(t[corpus.tag], t[corpus.fact]) for t in corpus.lines()]
    assert comments(corpus.directory, corpus.marker) == expected


@each_corpus
def test_the_words_carrying_each_message_s_fact_stand_in_it(corpus: Tagged) -> None:
    written = items(corpus.build(), corpus.directory)
    assert len(written) == len(corpus.lines())
    assert not missing_words(written)


@each_corpus
def test_every_tag_of_the_grid_carries_twelve_messages_and_applications_of_several_verdicts(
    corpus: Tagged,
) -> None:
    grid = corpus.grid().GRID
    assert len(grid) >= 12
    at_least = corpus.messages_a_key
    assert_grid_used(corpus.lines(), corpus.tag, grid, verdicts=corpus.verdicts, at_least=at_least)


@each_corpus
def test_an_application_carries_a_criterion_fact_and_other_mail_its_kind(corpus: Tagged) -> None:
    pairs = Counter((t["kind"] == "application", t[corpus.fact]) for t in corpus.lines())
    assert not [k for k in pairs if k[0] == (k[1] == "kind")], pairs
    facts = Counter(t[corpus.fact] for t in applications(corpus.lines()))
    facts_of_the_grid = [f for f in getattr(corpus.grid(), corpus.facts) if f != "kind"]
    assert min(facts[f] for f in facts_of_the_grid) >= corpus.facts_at_least, facts


@each_corpus
def test_every_criterion_fails_in_some_application_and_stays_open_in_another(corpus: Tagged) -> None:
    failing, unknown = criteria_counts(corpus.lines())
    assert min(failing.values()) >= corpus.failing_at_least and len(failing) == 7, failing
    assert len(unknown) == 7, unknown


@each_corpus
def test_the_corpus_is_mostly_applications_with_every_verdict_and_kind(corpus: Tagged) -> None:
    assert_mix(corpus.directory, per_verdict=corpus.per_verdict, applications=corpus.share)


@each_corpus
def test_its_share_of_english_holds_and_a_few_applications_carry_a_small_cv_or_a_referral(
    corpus: Tagged,
) -> None:
    assert_english_cvs_and_referrals(corpus.lines(), english=corpus.english)


IN_OUR_THREAD = [c for c in TAGGED if c.replies_at_least]
WITH_AN_ENGLISH_KEY = [c for c in TAGGED if c.english_key]


def _headers(message: Path) -> dict[str, str]:
    return dict(BytesHeaderParser(policy=default).parse(message.open("rb")).items())


@pytest.mark.parametrize("corpus", IN_OUR_THREAD, ids=[c.name for c in IN_OUR_THREAD])
def test_no_application_is_threaded_and_a_true_reply_is_in_our_thread(corpus: Tagged) -> None:
    lines = corpus.lines()
    headers = {t["file"]: _headers(corpus.directory / t["file"]) for t in lines}
    threading = {"In-Reply-To", "References"}
    threaded = [t["file"] for t in applications(lines) if threading & set(headers[t["file"]])]
    assert not threaded, threaded
    replies = [t["file"] for t in lines if t["kind"] == "reply"]
    assert len(replies) >= corpus.replies_at_least, replies
    assert all(headers[r].get("In-Reply-To", "").endswith("@animafac.net>") for r in replies), replies


@pytest.mark.parametrize("corpus", WITH_AN_ENGLISH_KEY, ids=[c.name for c in WITH_AN_ENGLISH_KEY])
def test_every_application_of_its_english_key_is_labelled_english(corpus: Tagged) -> None:
    english = [t for t in applications(corpus.lines()) if t[corpus.tag] == corpus.english_key]
    assert len(english) >= 10, len(english)
    assert not [t["file"] for t in english if t.get("language") != "en"]
