"""Literal pieces a pattern cannot match without: a unit holding none of them is not searched at all.

Derived from the compiled pattern itself (its parse), never written by hand, so a new lexicon entry can never
be skipped wrongly. Invariant (tests/test_prefilter.py): whenever `pattern.search(text)` matches,
`may_match(pattern, text)` is true. Only literal characters found on every path through the pattern are
kept (a literal run, a group, an alternation whose every branch requires one, a repeat taken at least once);
lookarounds, classes and optional parts give none, and a pattern with a branch requiring none is never
skipped. The test is case-insensitive: a necessary condition for a pattern with or without IGNORECASE. A
piece required where case is told (`(?-i:DU)`, a pattern without IGNORECASE) is looked for as written: `re`
matches its literals there character for character: «du» of every French line no longer lets «un DU» in."""

from __future__ import annotations

import re
import re._constants as _c
import re._parser as _parser
from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Any

# The characters a fragment may hold: ASCII and the Latin letters of Latin-1 and Latin Extended-A (French,
# English and the other European languages of the lexicon). A pattern needing another is never skipped.
ALPHABET = frozenset(map(chr, range(0x20, 0x7F))) | frozenset(map(chr, range(0xC0, 0x180)))
# The characters `re` (IGNORECASE) equates with another of ALPHABET though `str.lower` does not lower them
# alike: «ı» and «i», «ſ» and «s», «µ» and «μ»; «İ» lowers to two characters. No fragment holds one, and a
# text holding one is always searched. tests/test_prefilter.py checks this list against every code point.
TRICKY = frozenset("ıſİµ")

# A required piece: its text, and whether it is required as written (case told) or in any case.
Piece = tuple[str, bool]
# id of the pattern → (the pattern, its pieces or None): derived once per pattern.
_KEPT: dict[int, tuple[re.Pattern[str], tuple[tuple[str, ...], tuple[str, ...]] | None]] = {}


def required_fragments(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Lower-case pieces one of which every match of the pattern holds, or None when none is certain. A
    fragment holding a character outside ALPHABET, or a TRICKY one, is none."""
    pieces = _required_pieces(pattern)
    return None if pieces is None else tuple(sorted({text.lower() for text, _exact in pieces}))


def _required_pieces(pattern: re.Pattern[str]) -> set[Piece] | None:
    """The pieces one of which every match holds, each marked as required as written or in any case."""
    found = _of_sequence(_parser.parse(pattern.pattern, pattern.flags), not pattern.flags & re.IGNORECASE)
    if not found or any(not ALPHABET.issuperset(text) or TRICKY.intersection(text) for text, _ in found):
        return None
    return found


def _split(pieces: set[Piece] | None) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """The pieces looked for in the lower-cased text, and those looked for as written."""
    if pieces is None:
        return None
    lowered = tuple(sorted({text.lower() for text, exact in pieces if not exact}))
    return lowered, tuple(sorted({text for text, exact in pieces if exact}))


def may_match(pattern: re.Pattern[str], text: str) -> bool:
    """False only when the pattern cannot match the text (it holds none of the required fragments)."""
    kept = _KEPT.get(id(pattern))
    if kept is None or kept[0] is not pattern:
        kept = (pattern, _split(_required_pieces(pattern)))
        _KEPT[id(pattern)] = kept
    return _may_hold(kept[1], text)


# id of a table of patterns → (the table, the union of its patterns' pieces or None): derived once per table.
_Split = tuple[tuple[str, ...], tuple[str, ...]]
_KEPT_ANY: dict[int, tuple[Mapping[Any, re.Pattern[str]], _Split | None]] = {}


def may_match_any(patterns: Mapping[Any, re.Pattern[str]], text: str) -> bool:
    """False only when no pattern of the table can match the text: `any(may_match(p, text) for p in
    patterns.values())`, one trie search of the union of their pieces instead of one per pattern. A pattern
    with no certain piece makes the union None (always true). The table is a lexicon's (never mutated),
    kept beside its union and compared, so an id reused by another table never answers."""
    kept = _KEPT_ANY.get(id(patterns))
    if kept is None or kept[0] is not patterns:
        kept = (patterns, _union(patterns.values()))
        _KEPT_ANY[id(patterns)] = kept
    return _may_hold(kept[1], text)


def _may_hold(pieces: _Split | None, text: str) -> bool:
    """False only when the text holds none of `pieces` (looked for in its lower-cased form, then as written);
    None, a pattern with no certain piece, is always true: may_match and may_match_any's one test."""
    if pieces is None:
        return True
    lowered = _lowered(text)
    if lowered is None or holds_any(lowered, pieces[0]):
        return True
    return any(map(text.__contains__, pieces[1]))


def _union(patterns: Iterable[re.Pattern[str]]) -> _Split | None:
    """The pieces looked for in the lower-cased text and as written, of every pattern; None when one has
    none."""
    lowered: set[str] = set()
    exact: set[str] = set()
    for pattern in patterns:
        split = _split(_required_pieces(pattern))
        if split is None:
            return None
        lowered.update(split[0])
        exact.update(split[1])
    return tuple(sorted(lowered)), tuple(sorted(exact))


# Past this many pieces, one search of a trie of them beats a scan of the text per piece (measured: 290
# pieces, 130 µs → 17 µs a line; 16 pieces, 6 µs → 4 µs).
_TRIE_FROM = 6
# id of a tuple of pieces → (the tuple, its trie or None when short): derived once per tuple.
_TRIES: dict[int, tuple[tuple[str, ...], re.Pattern[str] | None]] = {}
_TRIES_KEPT = 1024


def holds_any(text: str, pieces: tuple[str, ...]) -> bool:
    """`any(piece in text for piece in pieces)`, the same answer: a long tuple is searched as one trie of
    its pieces (literal_trie), a short one piece by piece. Kept per tuple by its id, the tuple kept beside
    its trie and compared, so an id reused by another tuple never answers."""
    kept = _TRIES.get(id(pieces))
    if kept is None or kept[0] is not pieces:
        kept = (pieces, _trie_of(pieces) if len(pieces) >= _TRIE_FROM else None)
        if len(_TRIES) >= _TRIES_KEPT:
            _TRIES.clear()  # bounded: the lexicon's tuples come back at once, a tuple built per call never
        _TRIES[id(pieces)] = kept
    trie = kept[1]
    if trie is None:
        return any(map(text.__contains__, pieces))
    return trie.search(text) is not None


@lru_cache(maxsize=256)
def _trie_of(pieces: tuple[str, ...]) -> re.Pattern[str]:
    """The trie of a tuple met anew (a tuple built per call, equal to one seen before): kept by value."""
    return literal_trie(pieces)


def literal_trie(pieces: tuple[str, ...]) -> re.Pattern[str]:
    """A pattern (no flags) that finds a place in a text iff one of `pieces` is in it: their trie, each
    character escaped, a piece that starts a longer one standing for it (the text holds the longer piece
    only where it holds the shorter). No piece gives a pattern that never matches; an empty one, always."""
    root: dict[str, Any] = {}
    for piece in pieces:
        node = root
        for char in piece:
            node = node.setdefault(char, {})
        node[""] = {}
    return re.compile(_trie_pattern(root) if root else "(?!)")


def _trie_pattern(node: dict[str, Any]) -> str:
    if "" in node:
        return ""  # a piece ends here: what follows it need not be there
    branches = [re.escape(char) + _trie_pattern(child) for char, child in sorted(node.items())]
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def searched(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """`pattern.search(text)`, not run when the text lacks every piece a match needs (the same answer: a text
    may_match rejects holds no match). For a pattern asked once of a text; one asked by several readers of a
    unit goes through lexicon.first_match, which keeps its matches."""
    return pattern.search(text) if may_match(pattern, text) else None


# Texts and their lower case, and their lower case with the curly apostrophe made straight: the readers of a
# unit lower it again for each word list they test it by (six situations, the careers' stems, the meanings).
# Safe: `str.lower` and `str.replace` are pure and a str immutable, the key the text itself (compared by
# value); bounded in count and in size (a whole document is lowered each time, as before), emptied when full.
_LOWER: dict[str, str] = {}
_FOLDED: dict[str, str] = {}
_LOWER_KEPT = 1024
_LOWER_LONGEST = 2000  # characters: a unit (a sentence, a line), not a whole text


def lower(text: str) -> str:
    """`text.lower()`, kept per text."""
    found = _LOWER.get(text)
    if found is None:
        found = text.lower()
        if len(text) <= _LOWER_LONGEST:
            if len(_LOWER) >= _LOWER_KEPT:
                _LOWER.clear()
            _LOWER[text] = found
    return found


def folded(text: str) -> str:
    """`text.lower().replace("’", "'")`, kept per text: how the meanings' words and phrases are looked for."""
    found = _FOLDED.get(text)
    if found is None:
        found = lower(text).replace("’", "'")
        if len(text) <= _LOWER_LONGEST:
            if len(_FOLDED) >= _LOWER_KEPT:
                _FOLDED.clear()
            _FOLDED[text] = found
    return found


# The last text asked about and its lower case (None when it holds a TRICKY character): a unit is asked about
# by many patterns in a row, and lowering it and scanning it for TRICKY cost more than the fragments' test.
# Safe: the text is kept here, so an `is` match is the very same (immutable) string.
_LAST: list[tuple[str, str | None]] = [("", "")]


def _lowered(text: str) -> str | None:
    """`text.lower()`, or None when the text holds a TRICKY character (then it is always searched)."""
    last_text, last_lowered = _LAST[0]
    if text is last_text:
        return last_lowered
    lowered = lower(text) if TRICKY.isdisjoint(text) else None
    _LAST[0] = (text, lowered)
    return lowered


def _rarity(pieces: set[Piece]) -> int:
    """How rare a requirement looks: its shortest piece's length, a piece as written counting two more (an
    upper-case «DU» is rarer than «du»)."""
    return min(len(text) + (2 if exact else 0) for text, exact in pieces)


def _of_sequence(items: Any, exact: bool) -> set[Piece] | None:
    """The best set of pieces (one of which is required) of a sequence: its rarest-looking requirement.
    `exact`: case is told where the sequence stands (its literals are matched as written)."""
    candidates: list[set[Piece]] = []
    run = ""
    for op, arg in [*items, (None, None)]:
        if op is _c.LITERAL:
            run += chr(arg)
            continue
        if run:
            candidates.append({(run, exact)})
            run = ""
        found = _of_item(op, arg, exact)
        if found:
            candidates.append(found)
    return max(candidates, key=_rarity, default=None)


def _of_item(op: Any, arg: Any, exact: bool) -> set[Piece] | None:
    """What one item of a sequence requires: a group its content (under the case its flags tell); an
    alternation the union of its branches (none if one branch requires none); a repeat taken at least once its
    content; anything else nothing."""
    if op is _c.SUBPATTERN:
        _group, add_flags, del_flags, content = arg
        inner = False if add_flags & re.IGNORECASE else True if del_flags & re.IGNORECASE else exact
        return _of_sequence(content, inner)
    if op is _c.BRANCH:
        union: set[Piece] = set()
        for branch in arg[1]:
            found = _of_sequence(branch, exact)
            if not found:
                return None
            union |= found
        return union
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT) and arg[0] >= 1:
        return _of_sequence(arg[2], exact)
    return None
