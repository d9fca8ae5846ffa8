"""Diplomas of other francophone systems read by what they are there, not by their French namesake.

A «bac» that a university awards («mon bac en travail social à l'Université de Sherbrooke», "my bac in social
work at Université Laval", «bac en communication (UQAM, décembre 2025)») or that lasts three or four years
(«un bac de trois ans») is Québec's bachelor's degree: no French lycée gives a baccalauréat, and the French
bac has no length of its own. Read so, it is the lexicon's university baccalauréat (bac+3) and keeps its
date; a bac named by its series or track («bac S», «bac pro»), or counted from («trois ans après le bac»),
stays the French one. The awarder or the length must stand in the bac's own phrase: before a new clause with
its own subject or verb («mon bac en 2019, puis je suis entrée à l'université» is no degree), before another
diploma. Words in rules/lexicon/systems.toml."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from intake import resources
from intake.understanding.clauses import is_english, parse
from intake.understanding.lexicon import read_table

Span = tuple[int, int, str, int]

FRENCH_BAC = "Baccalauréat"
UNIVERSITY_BAC = "Baccalauréat universitaire (Québec, bac+3 au moins)"
_BACHELOR_LEVEL = 3
_COORDINATION = re.compile(r",|\bet\b|\band\b", re.IGNORECASE)
_PHRASE_REACH = 140  # characters after the bac searched for its awarder or its length


class _Words:
    def __init__(self, table: dict[str, list[str]]) -> None:
        self.awarders = _joined(table["awarders"])
        self.lengths = _joined(table["lengths"])
        self.school_series = _joined(table["school_series"])
        self.counted_from = _joined(table["counted_from"])
        self.phrase_ends = _joined(table["phrase_ends"])
        self.field_named = _joined(table["field_named"])


def _joined(patterns: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


@lru_cache(maxsize=4)
def _words(rules_dir: Path) -> _Words:
    return _Words(read_table(rules_dir, "systems.toml")["university_bac"])


def with_university_bac(line: str, spans: list[Span]) -> list[Span]:
    """`spans` with each «bac» awarded by a university or given a degree's length read as the university
    baccalauréat (bac+3); the others as they were. Cheap word test first: a parse only when the line names a
    bac and an awarder or a length."""
    words = _words(resources.rules_dir())
    if not any(label == FRENCH_BAC for _s, _e, label, _l in spans):
        return spans
    if not (words.awarders.search(line) or words.lengths.search(line)):
        return spans
    out: list[Span] = []
    for i, (start, end, label, level) in enumerate(spans):
        nxt = spans[i + 1][0] if i + 1 < len(spans) else len(line)
        if label == FRENCH_BAC and _awarded_as_a_degree(line, start, end, nxt, words):
            out.append((start, end, UNIVERSITY_BAC, _BACHELOR_LEVEL))
        else:
            out.append((start, end, label, level))
    return out


def _awarded_as_a_degree(line: str, start: int, end: int, nxt: int, words: _Words) -> bool:
    """The bac at [start, end) has a university or a degree's length in its own phrase."""
    if not line[start:end].lower().startswith("bac"):
        return False  # "high school diploma", "A-levels"
    series = words.school_series.search(line[end : end + 20])
    if series or words.counted_from.search(line[max(0, start - 20) : start]):
        return False
    phrase = _own_phrase(line, end, nxt, words)
    said = words.awarders.search(phrase) or words.lengths.search(phrase)
    if said is None:
        return False
    return not _verb_between(line, end, end + said.start())


def _own_phrase(line: str, end: int, nxt: int, words: _Words) -> str:
    """The words after the bac up to the end of its phrase or the next diploma."""
    phrase = line[end : min(nxt, end + _PHRASE_REACH)]
    stop = words.phrase_ends.search(phrase)
    if stop is not None:
        phrase = phrase[: stop.start()]
    if is_english(line) or not words.field_named.match(line, end):
        # A bac with no field named («le bac au Sénégal et deux semestres à l'université»), or no tags to
        # trust: a comma or a coordination ends its phrase.
        phrase = _COORDINATION.split(phrase, maxsplit=1)[0]
    return phrase


def _verb_between(line: str, begin: int, stop: int) -> bool:
    """A verb between the bac and its awarder opens a clause of its own («bac obtenu, entrée à la fac»)."""
    if is_english(line):
        return False
    return any(token.pos_ in ("VERB", "AUX") and begin <= token.idx < stop for token in parse(line))
