"""Literal pieces a pattern cannot match without: a unit holding none of them is not searched at all.

Derived from the compiled pattern itself (its parse), never written by hand, so a new lexicon entry can never
be skipped wrongly. Invariant (tests/test_prefilter.py): whenever `pattern.search(text)` matches,
`may_match(pattern, text)` is true. Only literal characters found on every path through the pattern are
kept (a literal run, a group, an alternation whose every branch requires one, a repeat taken at least once);
lookarounds, classes and optional parts give none, and a pattern with a branch requiring none is never
skipped. The test is case-insensitive: a necessary condition for a pattern with or without IGNORECASE."""

from __future__ import annotations

import re
import re._constants as _c
import re._parser as _parser
from typing import Any

# The characters a fragment may hold: ASCII and the Latin letters of Latin-1 and Latin Extended-A (French,
# English and the other European languages of the lexicon). A pattern needing another is never skipped.
ALPHABET = frozenset(map(chr, range(0x20, 0x7F))) | frozenset(map(chr, range(0xC0, 0x180)))
# The characters `re` (IGNORECASE) equates with another of ALPHABET though `str.lower` does not lower them
# alike: «ı» and «i», «ſ» and «s», «µ» and «μ»; «İ» lowers to two characters. No fragment holds one, and a
# text holding one is always searched. tests/test_prefilter.py checks this list against every code point.
TRICKY = frozenset("ıſİµ")

# id of the pattern → (the pattern, its fragments or None): derived once per pattern.
_KEPT: dict[int, tuple[re.Pattern[str], tuple[str, ...] | None]] = {}


def required_fragments(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Lower-case pieces one of which every match of the pattern holds, or None when none is certain. A
    fragment holding a character outside ALPHABET, or a TRICKY one, is none."""
    found = _of_sequence(_parser.parse(pattern.pattern, pattern.flags))
    if not found or any(not ALPHABET.issuperset(piece) or TRICKY.intersection(piece) for piece in found):
        return None
    return tuple(sorted({piece.lower() for piece in found}))


def may_match(pattern: re.Pattern[str], text: str) -> bool:
    """False only when the pattern cannot match the text (it holds none of the required fragments)."""
    kept = _KEPT.get(id(pattern))
    if kept is None or kept[0] is not pattern:
        kept = (pattern, required_fragments(pattern))
        _KEPT[id(pattern)] = kept
    fragments = kept[1]
    if fragments is None:
        return True
    lowered = _lowered(text)
    return lowered is None or any(map(lowered.__contains__, fragments))


# The last text asked about and its lower case (None when it holds a TRICKY character): a unit is asked about
# by many patterns in a row, and lowering it and scanning it for TRICKY cost more than the fragments' test.
# Safe: the text is kept here, so an `is` match is the very same (immutable) string.
_LAST: list[tuple[str, str | None]] = [("", "")]


def _lowered(text: str) -> str | None:
    """`text.lower()`, or None when the text holds a TRICKY character (then it is always searched)."""
    last_text, last_lowered = _LAST[0]
    if text is last_text:
        return last_lowered
    lowered = text.lower() if TRICKY.isdisjoint(text) else None
    _LAST[0] = (text, lowered)
    return lowered


def _of_sequence(items: Any) -> set[str] | None:
    """The best set of pieces (one of which is required) of a sequence: its rarest-looking requirement, the
    one whose shortest piece is longest."""
    candidates: list[set[str]] = []
    run = ""
    for op, arg in [*items, (None, None)]:
        if op is _c.LITERAL:
            run += chr(arg)
            continue
        if run:
            candidates.append({run})
            run = ""
        found = _of_item(op, arg)
        if found:
            candidates.append(found)
    return max(candidates, key=lambda pieces: min(map(len, pieces)), default=None)


def _of_item(op: Any, arg: Any) -> set[str] | None:
    """What one item of a sequence requires: a group its content; an alternation the union of its branches
    (none if one branch requires none); a repeat taken at least once its content; anything else nothing."""
    if op is _c.SUBPATTERN:
        return _of_sequence(arg[3])
    if op is _c.BRANCH:
        union: set[str] = set()
        for branch in arg[1]:
            found = _of_sequence(branch)
            if not found:
                return None
            union |= found
        return union
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT) and arg[0] >= 1:
        return _of_sequence(arg[2])
    return None
