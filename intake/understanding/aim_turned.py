"""An aim turned within one sentence: «après deux entretiens dans des cabinets de conseil, j'ai changé
d'avis : je préfère une coopérative», "after a few interviews with consulting firms, I've changed my mind:
I'd rather work for a charity". A turn of mind (meanings.toml [turn_of_mind]) makes the words after it
replace the ones before it: the aim is read from what follows the turn, the employers named before it being
the aim given up (or the path that led to the turn), not a second aim beside the new one.

Invariants: a unit with no turn of mind, or with nothing after it, comes back unchanged; a turn denied or
supposed («je n'ai pas changé d'avis», «si je change d'avis») is no turn; only the last turn counts."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from intake import resources
from intake.understanding.lexicon import load_meanings, read_table, word_alternation
from intake.understanding.prefilter import folded


@dataclass(frozen=True)
class _Words:
    cheap: tuple[str, ...]  # a word every turn of mind holds: a unit without one has none
    not_a_turn: re.Pattern[str]  # a turn denied or supposed right before it


@lru_cache(maxsize=4)
def _words(rules_dir: Path) -> _Words:
    """meanings.toml [turn_of_mind]: its cheap words, and what denies or supposes a turn («je n'ai pas changé
    d'avis», «si je change d'avis», "if I")."""
    table = read_table(rules_dir, "meanings.toml")["turn_of_mind"]
    words, elided = word_alternation(table["not_a_turn"]), word_alternation(table["not_a_turn_elided"])
    denied = rf"(?:\b(?:{words})\b|{elided})"
    return _Words(tuple(table["cheap"]), re.compile(rf"{denied}[^.;:!?]{{0,20}}$", re.IGNORECASE))


@lru_cache(maxsize=4)
def _turns(phrases: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(p.replace("’", "'")) for p in phrases) + r")(?!\w)")


def after_a_turn(unit: str) -> str:
    """The words of `unit` after its last turn of mind, or `unit` itself (see the module)."""
    phrases = load_meanings()["turn_of_mind"].phrases
    low = folded(unit)
    words = _words(resources.rules_dir())
    if not phrases or not any(word in low for word in words.cheap):
        return unit  # the cheap test first: every phrase holds one of these words
    found = [m for m in _turns(phrases).finditer(low) if not words.not_a_turn.search(low, 0, m.start())]
    if not found:
        return unit
    rest = unit[found[-1].end() :].lstrip(" :,—–-")
    return rest if rest.strip() else unit
