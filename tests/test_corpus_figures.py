"""The figures corpus (tests/corpus/figures): it was written by its own method — a grid of twelve kinds of
figure of speech decided first (idiom, metaphor, metonymy, periphrasis, euphemism, hyperbole, understatement
and minimisers, slang and colloquial verbs, simile and hedge, set phrases of the job market, symbols and
emoji, the same figures in English), then each message written by hand with its deciding fact said through
one figure, never in the plain administrative words («j'ai enfin décroché le précieux sésame», «je suis
encore sur les bancs de la fac», «j'ai raccroché la blouse après dix ans à l'hôpital», «mon année de
volontariat indemnisé par l'État», «ça fait une éternité que j'ai mon BTS», «quasiment diplômée», «M2 ✅»,
"fresh out of uni") — and its truth says which feature and which fact; above each message a `# figured:`
comment resolves the figure.

Tuned on since stop 34, after its first figure and a round as the measure on unseen mail (see its LICENCE.md).
Its scores, floors, build and truth are checked with every corpus's (bench/corpora.py,
tests/test_corpus_scores.py), the checks every corpus written one tag first shares in
tests/test_tagged_corpora.py; these are its method's.
"""

from __future__ import annotations

import importlib
import unicodedata
from pathlib import Path
from typing import Any

from corpus_checks import REPO, assert_rebuilt_byte_for_byte, marked_messages, truth_lines
from tagged_corpus import (
    assert_ambiguity_leaves_a_criterion_open,
    assert_every_key_carries_three_verdicts,
    builder,
    items,
)

FIGURES = REPO / "tests" / "corpus" / "figures"
BUILD = builder(FIGURES, "figures_build")  # puts the voices kit and source/figures.py on the path
GRID = importlib.import_module("figures").GRID


def _written() -> list[Any]:
    return list(items(BUILD, FIGURES))


def _symbol(words: str) -> bool:
    """The words hold a symbol that is no letter, no digit and no ASCII sign: an emoji, a tick, an arrow…"""
    return any(ord(c) > 127 and unicodedata.category(c).startswith("S") for c in words)


def test_the_grid_has_twelve_kinds_of_figure() -> None:
    assert len(GRID) == 12


def test_every_message_resolves_its_figure_in_a_figured_comment() -> None:
    assert marked_messages(FIGURES, "figured", r"«.+».* → \S") == len(truth_lines(FIGURES))


def test_a_figure_said_ambiguous_leaves_a_criterion_of_its_application_open() -> None:
    assert_ambiguity_leaves_a_criterion_open(FIGURES, "Feature", truth_lines(FIGURES), at_least=25)


def test_every_figure_carries_fifteen_messages_three_verdicts_and_three_other_mails() -> None:
    assert_every_key_carries_three_verdicts(truth_lines(FIGURES), "feature", GRID)


def test_the_symbols_feature_is_carried_by_a_symbol() -> None:
    plain = [i.words for i in _written() if i.feature == "symbols_emoji" and not _symbol(i.words)]
    assert not plain, plain


def test_the_corpus_rebuilds_byte_for_byte(tmp_path: Path) -> None:
    assert_rebuilt_byte_for_byte(FIGURES, tmp_path)
