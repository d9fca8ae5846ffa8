"""A course the writer is in, told by the end its own relative clause gives it on a date still to come: «un
master qui se termine en juin 2027», «inscrite dans une licence qui finit l'an prochain», "a master's that
ends in June 2027". The course runs until then: in progress, not had.

Without it, a course named after a verb the lexicon's studying phrases do not hold («j'ai commencé un master
qui…», «je suis inscrite dans un master qui…») was read as a diploma named and undated, then left out, and a
student was read eligible on the diploma before it (a false acceptance). Invariant: it only ever makes a
course named with no date, no progress and no doubt one in progress; one dated, said obtained by its own
words or already in progress is left as it was."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import lru_cache
from pathlib import Path

from intake import resources
from intake.understanding.clauses import clause_at, clause_start
from intake.understanding.dates import find_dates
from intake.understanding.facts import DiplomaMention
from intake.understanding.lexicon import load_meanings, read_table, word_alternation

# How far after the course's words its relative clause may open: its own complement between («un master de
# sociologie qui…»).
_REACH = 40


@lru_cache(maxsize=4)
def _relative(rules_dir: Path) -> re.Pattern[str]:
    """A relative clause right after the course, its verb read next in group `verb`: «qui se termine», "that
    ends", "which will finish" (meanings.toml [course_ending_relative])."""
    t = read_table(rules_dir, "meanings.toml")["course_ending_relative"]
    between = rf"(?:(?:{word_alternation(t['before_verb'])})\s+|{word_alternation(t['before_verb_elided'])})"
    return re.compile(
        rf"\b(?:{word_alternation(t['relatives'])})\s+{between}?(?P<verb>[\w'’]+)", re.IGNORECASE
    )


def as_ending_ahead(mention: DiplomaMention, unit: str, today: date) -> DiplomaMention:
    """`mention` in progress when its own relative clause ends the course on a date still to come."""
    if mention.in_progress or not mention.obtained or mention.graduation:
        return mention
    at = unit.lower().find(mention.text.lower())
    if at < 0 or ending_ahead(unit, at, today) is None:
        return mention
    return replace(mention, obtained=False, in_progress=True)


def ending_ahead(unit: str, at: int, today: date) -> str | None:
    """The words of the relative clause ending the course named at `at` on a date after the reading day
    («qui se termine en juin 2027»), or None."""
    relative = _relative(resources.rules_dir()).search(unit, at, at + _REACH)
    if relative is None or "," in unit[at : relative.start()]:
        return None
    if not load_meanings()["complete"].holds(relative.group("verb")):
        return None
    clause = clause_at(unit, relative.start(), relative.end())
    offset = clause_start(unit, relative.start())
    now = (today.year, today.month)
    for when in find_dates(clause, today):
        if offset + when.start > relative.start() and when.bounds()[0] > now:
            return unit[relative.start() : offset + when.end]
    return None
