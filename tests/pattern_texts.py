"""Texts a regular expression may match, built from its own parse (random branches, repeat counts and letter
cases): how the tests prove that a gate in front of a pattern (a prefilter, a hand-written list of fragments)
never skips a text the pattern would match."""

from __future__ import annotations

import random
import re
import re._constants as _c
import re._parser as _parser
from typing import Any

_WORD = "abcdefghijklmnopqrstuvwxyzéèàçô"


def entries(pattern: re.Pattern[str]) -> list[Any]:
    """The top-level alternatives of a pattern (its lexicon entries, for `compile_any`'s alternations)."""
    tree = _parser.parse(pattern.pattern, pattern.flags)
    if len(tree) == 1 and tree[0][0] is _c.BRANCH:
        return list(tree[0][1][1])
    return [tree]


def text_of(items: Any, rng: random.Random, swap: float = 0.3) -> str:
    """A text the sequence may match: random branches, repeat counts and (by `swap`) letter cases."""
    return "".join(_item(op, arg, rng, swap) for op, arg in items)


def _item(op: Any, arg: Any, rng: random.Random, swap: float) -> str:
    if op is _c.LITERAL:
        char = chr(arg)
        return char.upper() if rng.random() < swap else char
    if op is _c.NOT_LITERAL:
        return "x" if chr(arg) != "x" else "y"
    if op is _c.IN:
        return _in(arg, rng)
    if op is _c.ANY:
        return rng.choice(" a-'")
    if op is _c.SUBPATTERN:
        return text_of(arg[3], rng, swap)
    if op is _c.BRANCH:
        return text_of(rng.choice(arg[1]), rng, swap)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        low, high = arg[0], min(arg[1], arg[0] + 2)
        return "".join(text_of(arg[2], rng, swap) for _ in range(rng.randint(low, high)))
    if op is _c.CATEGORY:
        return {_c.CATEGORY_DIGIT: "7", _c.CATEGORY_SPACE: " ", _c.CATEGORY_WORD: rng.choice(_WORD)}.get(
            arg, ""
        )
    return ""  # anchors, lookarounds, back references: nothing to write


def _in(arg: Any, rng: random.Random) -> str:
    """One character of a class (a negated class: a character outside it, tried among common ones)."""
    if arg and arg[0][0] is _c.NEGATE:
        return next((c for c in " xq7-" if not _in_class(arg[1:], c)), "x")
    op, value = rng.choice(arg)
    if op is _c.LITERAL:
        return chr(value)
    if op is _c.RANGE:
        return chr(rng.randint(*value))
    if op is _c.CATEGORY:
        return {_c.CATEGORY_DIGIT: "4", _c.CATEGORY_SPACE: " "}.get(value, "m")
    return "m"


def _in_class(members: Any, char: str) -> bool:
    for op, value in members:
        if op is _c.LITERAL and chr(value) == char:
            return True
        if op is _c.RANGE and value[0] <= ord(char) <= value[1]:
            return True
        if op is _c.CATEGORY and re.match(r"[\w\s\d]", char):
            return True
    return False
