"""The sectors corpus (tests/corpus/sectors): it was written by its own method — a grid of twelve SECTORS of
the social and solidarity economy decided first (insertion par l'activité économique, médico-social,
animation and éducation populaire, culture, environment, food and agriculture, housing, solidarity finance,
international solidarity, cooperatives and social entrepreneurship, digital inclusion and communication, the
same sectors in English), each with its diplomas, trades, ESS and non-ESS employers and distractors, then
each application set in one sector and its facts said in THAT sector's own words («DEJEPS animation sociale
obtenu en juin 2025», «encadrant technique en chantier d'insertion depuis 2016», «en 3e année de formation
d'éducatrice spécialisée, en stage à l'IME», «conseillère clientèle dans une banque coopérative») — and its
truth says which sector and which fact; above each message a `# sector:` comment says what the words mean in
that sector and what they decide.

Tuned on since stop 35, after its first figure (see its LICENCE.md). Its scores, floors, build and truth are
checked with every corpus's (bench/corpora.py, tests/test_corpus_scores.py), the checks
every corpus written one tag first shares in tests/test_tagged_corpora.py; these are its method's.
"""

from __future__ import annotations

import importlib
import re
from pathlib import Path
from typing import Any

from corpus_checks import REPO, assert_rebuilt_byte_for_byte, marked_messages, truth_lines
from tagged_corpus import (
    ambiguous_marks,
    assert_ambiguity_leaves_a_criterion_open,
    assert_every_key_carries_three_verdicts,
    builder,
    items,
)

SECTORS = REPO / "tests" / "corpus" / "sectors"
BUILD = builder(SECTORS, "sectors_build")  # puts the voices kit and source/sectors.py on the path
GRID = importlib.import_module("sectors").GRID


def _written() -> list[Any]:
    return list(items(BUILD, SECTORS))


def _flat(text: str) -> str:
    return " ".join(text.split()).lower()


def _names(word: str, text: str) -> bool:
    """Whether ``text`` holds ``word`` as a whole word (or words), case aside."""
    return re.search(r"(?<!\w)" + re.escape(word.lower()) + r"(?!\w)", text) is not None



def test_the_grid_has_twelve_sectors_each_with_its_words() -> None:
    assert len(GRID) == 12
    assert set(GRID) == {
        "insertion",
        "medico_social",
        "animation",
        "culture",
        "environment",
        "food_agri",
        "housing",
        "finance",
        "international",
        "coops_entrepreneurship",
        "digital_comms",
        "english_sectors",
    }
    for key, sector in GRID.items():
        assert sector.description and sector.distractors, key
        assert sector.diplomas and sector.trades and sector.employers and sector.non_ess, key


def test_every_message_says_what_its_words_mean_in_its_sector_in_a_sector_comment() -> None:
    assert marked_messages(SECTORS, "sector", r".*«.+».* → \S") == len(truth_lines(SECTORS))


def test_a_sector_said_ambiguous_leaves_a_criterion_of_its_application_open() -> None:
    assert_ambiguity_leaves_a_criterion_open(SECTORS, "Feature", truth_lines(SECTORS), at_least=25)
    assert sum(ambiguous_marks(SECTORS, "Feature")) <= 40


def test_every_sector_carries_fifteen_messages_three_verdicts_and_three_other_mails() -> None:
    assert_every_key_carries_three_verdicts(truth_lines(SECTORS), "feature", GRID)



def test_each_application_s_words_name_a_diploma_trade_or_employer_of_its_sector() -> None:
    written = [i for i in _written() if i.m.truth["kind"] == "application"]
    assert len(written) >= 140
    unnamed = [
        (i.feature, i.words)
        for i in written
        if not any(_names(w, _flat(i.words)) for w in GRID[i.feature].words())
    ]
    assert not unnamed, unnamed


def test_the_corpus_rebuilds_byte_for_byte(tmp_path: Path) -> None:
    assert_rebuilt_byte_for_byte(SECTORS, tmp_path)
