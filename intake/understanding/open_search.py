"""A search open to any sector, told by a where-word («n'importe où», "anywhere"), only when that word is
about the search's place of work: "anywhere in Île-de-France", «n'importe où dans la région» narrow the search
to a place on the map and say nothing of the sector; "not enrolled anywhere since", "I haven't worked
anywhere" deny a place (the where-word under a negation) and open nothing. Other open phrases («tous
secteurs», "any employer") are read as ever."""

from __future__ import annotations

import re
from collections.abc import Sequence

from intake.understanding.clauses import NEGATION, clause_start
from intake.understanding.lexicon import all_matches, load_meanings

# The where-words of rules/lexicon/ess.toml's any_sector the reading bears on.
_WHERE = re.compile(r"\b(?:anywhere|n['’]importe où|peu importe où)\b", re.IGNORECASE)
# A preposition of place after the where-word, then what it places the search in (an article aside).
_PLACED_IN = re.compile(
    r"\s+(?:in|near|around|across|within|en|dans|à|a|autour d[e'’]|près d[e'’])\s*"
    r"(?:the\s+|la\s+|le\s+|les\s+|l['’])?(?P<place>[^\W\d_][\w'’-]*)",
    re.IGNORECASE,
)


def open_to_any_sector(
    unit: str, any_sector: re.Pattern[str], kinds: Sequence[re.Pattern[str] | None] = ()
) -> bool:
    """Whether one of the unit's phrases of an open search (`any_sector`) opens it to any sector: not a
    where-word narrowed to a place or denied, nor a which-word narrowed to a kind of the ESS (`kinds`: its
    names and sectors)."""
    # all_matches: the same matches as finditer, kept per unit, and none sought without the literal pieces.
    return any(
        not (_where_not_which(unit, found) or _any_of_a_kind(unit, found, kinds))
        for found in all_matches(any_sector, unit)
    )


def _any_of_a_kind(unit: str, found: re.Match[str], kinds: Sequence[re.Pattern[str] | None]) -> bool:
    """The which-word's noun is narrowed right after it to a kind the ESS names («n'importe quelle
    structure du réemploi», «n'importe quel poste associatif», "any employer in the charity sector"): the
    employer is left open within that kind, the sector is not."""
    if _WHICH.search(found.group()) is None:
        return False
    lead = _COMPLEMENT.match(unit, found.end())
    at = lead.end() if lead is not None else found.end()
    return any(
        (named := kind.search(unit, at, at + _KIND_REACH)) is not None and named.start() - at <= 1
        for kind in kinds
        if kind is not None
    )


# The which-words of any_sector: «n'importe quel(le) …», "any employer".
_WHICH = re.compile(r"\bn['’]importe quel|\bany\b", re.IGNORECASE)
# What may stand between the which-word's noun and the kind narrowing it: «du», «de l'», «dans le», "in the".
_COMPLEMENT = re.compile(
    r"\s*(?:(?:du|des|de\s+la|de\s+l['’]|de|d['’]|dans\s+(?:le|la|les|l['’]|une?)|en|in\s+(?:the\s+|a\s+)?)\s*)?",
    re.IGNORECASE,
)
_KIND_REACH = 40  # characters: a kind's name after the complement


def _where_not_which(unit: str, found: re.Match[str]) -> bool:
    """The phrase found is a where-word telling a place on the map, or none: "anywhere in Lyon", «n'importe
    où dans la région», "not enrolled anywhere"."""
    where = _WHERE.search(found.group())
    if where is None:
        return False
    end = found.start() + where.end()
    placed = _PLACED_IN.match(unit, end)
    if placed is not None and _a_place(placed.group("place")):
        return True
    return _denied(unit, found.start() + where.start(), end)


def _a_place(word: str) -> bool:
    """A place's own name (capitalised) or a stretch of land («la région», "the area")."""
    return word[0].isupper() or word.casefold() in load_meanings()["geographic_area"].lemmas


def _denied(unit: str, start: int, end: int) -> bool:
    """The where-word under a negation in its clause ("not enrolled anywhere", "I haven't worked anywhere"),
    unless the negation is on a verb of not minding ("I don't mind, anywhere", «peu importe où»)."""
    if "importe" in unit[start:end].casefold():
        return False
    before = unit[clause_start(unit, start) : start]
    negation = NEGATION.search(before) or _NOT.search(before)
    if negation is None:
        return False
    words = re.findall(r"[^\W\d_]+", before[negation.end() :].casefold())
    return not any(load_meanings()["indifference"].holds(w) for w in words[:3])


# The English negation clauses.NEGATION leaves to the verb's contraction: "haven't", "don't".
_NOT = re.compile(r"n['’]t\b", re.IGNORECASE)
