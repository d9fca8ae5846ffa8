"""Years of another trade left behind, told through the writer's stance toward them.

«Après mes "belles" années de vendeur, neuf ans quand même, j'ai repris une licence pro», «Je regrette ces
douze années dans l'assurance. En 2025 j'ai repris une licence pro», «Onze ans de centre d'appels, j'en peux
plus. … j'ai passé une licence pro», "Seven wonderful years in insurance, then I went back to university":
irony, regret or a weary complaint colour the years, never remove them. Years of another trade before a new
diploma are a career change: a degree taken up AGAIN after the years (a resumption, in their sentence or in
the two after it) says that what came before was no schooling, and a weary complaint or a regret about the
years says they are behind, or wished behind, when a degree is named after them. career_turn.py reads the
turn told inside the years' own sentence with a plain count; this reads the count qualified by a feeling
(«sept merveilleuses années») and the turn told in the sentences after it. Years of a student's life
(studies, volunteering, a student's job: careers.toml) or of a place are none of it. Word lists:
rules/lexicon/years_left.toml."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

from intake import resources
from intake.understanding.careers import (
    CLAUSE_BREAK,
    COUNT,
    YEARS,
    Careers,
    clause_before,
    has_any,
    load_careers,
    vaguely,
    which_career,
    years_counted,
)
from intake.understanding.lexicon import load_lexicon, read_table
from intake.understanding.stance import FACT, stance_at

_CHEAP = re.compile(r"(?i)\b(?:ans|années|annees|years)\b")
# A count of years, one word (a feeling: «merveilleuses», «longues», "wonderful") allowed before the unit;
# read at every word so «ces douze années» is counted from «douze».
_SPENT = re.compile(rf"(?i)(?<![\w'’-])(?=({COUNT}\s+(?:[^\W\d_]+\s+)?{YEARS}))")
# A count that is an age or a point in time: «à 38 ans», «j'ai 38 ans», «âgée de 40 ans», "aged 40", «il y a
# dix ans», "ten years ago", «dix ans plus tard».
_AN_AGE_BEFORE = re.compile(r"(?i)(?:\b(?:à|a|ai|at|aged?|of)|(?<!plus )(?<!près )\bde|\bmes)\s*$")
_NOT_A_LENGTH_AFTER = re.compile(
    r"(?i)^\s*(?:old\b|ago\b|later\b|of age\b|plus tard|plus tôt|auparavant|d.âge)"
)
# Years lived in a place named right after them («cinq ans à Lyon», "in Spain"): no trade said.
_PLACE = re.compile(r"^\s*(?:à|a|en|au|aux|in|at)\s+[A-ZÉ]")
_FOLLOWING = 2  # the sentences after the years that may tell the turn
_AN_AGE = 16  # a count from which years alone in their clause may be the writer's age


@dataclass(frozen=True)
class _Words:
    resumed: tuple[str, ...]
    studies: tuple[str, ...]
    left_behind: tuple[str, ...]


@lru_cache(maxsize=4)
def _load(rules_dir: Path) -> _Words:
    table = read_table(rules_dir, "years_left.toml")
    return _Words(tuple(table["resumed"]), tuple(table["studies"]), tuple(table["left_behind"]))


def turned_through_a_stance(units: list[str], index: int, today: date) -> str | None:
    """ANOTHER_CAREER (or MAYBE_ANOTHER / IN_THE_FIELD for the field's own trades: careers.which_career) when
    `units[index]` tells `min_years` or more spent in something that is no student's life, stated as the
    writer's fact, and a degree is taken up again after them or the years are felt as behind; else None."""
    unit = units[index]
    if not _CHEAP.search(unit):
        return None
    careers = load_careers()
    if has_any(unit, careers.alongside):
        return None  # «six ans de job étudiant»: a student's job
    words = _load(resources.rules_dir())
    following = " ".join(units[index + 1 : index + 1 + _FOLLOWING])
    for m in _SPENT.finditer(unit):
        start, end = m.span(1)
        if not _a_trades_length(unit, m, careers, today) or stance_at(unit, start) != FACT:
            continue
        spent = _years_clause(unit, end)
        if any(has_any(spent, w) for w in (careers.not_jobs, careers.schooling, careers.before_not_work)):
            continue  # «trois ans de licence», «dix ans de scoutisme», «cinq ans à élever mes enfants»
        after = f"{unit[end:]} {following}"
        felt = has_any(unit, words.left_behind) and _names_a_degree(following, careers, words)
        if felt or _resumes_studies(after, careers, words):
            return vaguely(m, which_career(spent, careers))  # «plusieurs années»: how long? Asked
    return None


def _a_trades_length(unit: str, match: re.Match[str], careers: Careers, today: date) -> bool:
    """The count is a length of `min_years` or more, not an age, a point in time or years of a place."""
    start, end = match.span(1)
    if _AN_AGE_BEFORE.search(unit[:start]) or _NOT_A_LENGTH_AFTER.match(unit[end:]):
        return False
    counted = years_counted(match, careers, today)
    if counted >= _AN_AGE and not _names_beside(unit, start, end):
        return False  # «Bonjour, 24 ans, j'ai repris mes études»: an age in apposition
    return not _PLACE.match(unit[end:]) and counted >= careers.min_years


def _names_beside(unit: str, start: int, end: int) -> bool:
    """The count's own clause names something beside the count («quinze ans dans la grande distribution»),
    not the count alone between commas, as an age is given («Léa, 24 ans, …»)."""
    stop = CLAUSE_BREAK.search(unit, end)
    own = clause_before(unit, start) + unit[end : stop.start() if stop else len(unit)]
    return re.search(r"[^\W\d_]{4}", own) is not None


def _years_clause(unit: str, end: int) -> str:
    """The sentence up to the end of the years' clause: the stretch it names may stand before the count
    («mes années de vendeur automobile, neuf ans quand même»)."""
    stop = CLAUSE_BREAK.search(unit, end)
    return unit[: stop.start() if stop else len(unit)]


def _resumes_studies(text: str, careers: Careers, words: _Words) -> bool:
    """A resumption whose own clause names a degree or studies: «j'ai repris une licence pro», «J'ai repris
    les études», "I went back to university" — «j'ai repris le travail» takes up no degree."""
    lowered = text.lower()
    for stem in words.resumed:
        at = lowered.find(stem)
        if at < 0:
            continue
        stop = CLAUSE_BREAK.search(text, at + len(stem))
        if _names_a_degree(text[at : stop.start() if stop else len(text)], careers, words):
            return True
    return False


def _names_a_degree(text: str, careers: Careers, words: _Words) -> bool:
    if has_any(text, careers.degrees) or has_any(text, words.studies):
        return True
    return any(d.pattern.search(text) for d in load_lexicon().diplomas)
