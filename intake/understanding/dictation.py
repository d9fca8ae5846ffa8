"""A mail dictated to a phone, read as written: its spoken marks («point d'interrogation», «virgule», «point à
la ligne», "full stop"), an address spelt out («prenom point nom arobase example point org») and a phone
number said in words («zéro six douze trente-quatre…»). The words are rules/lexicon/dictation.toml's.

Invariants: a text that says none of the marks a written text never spells out (`tells`) is returned as it
is, the same object, so written mail reads exactly as before; an address or a number is read only whole (an
address with a domain holding a dot, a number of ten digits from «zéro»).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from intake import resources
from intake.understanding.letters import strip_accents


@dataclass(frozen=True)
class Spoken:
    """Something said in words, as written (`value`), and where the words stand in the text."""

    value: str
    start: int
    end: int


@dataclass(frozen=True)
class _Words:
    marks: re.Pattern[str]  # every spoken mark, longest first
    mark_of: dict[str, str]  # a spoken mark, lower case, one space between words → the mark
    tells: re.Pattern[str]
    not_after: frozenset[str]
    not_before: frozenset[str]
    address: re.Pattern[str]
    sign_of: dict[str, str]
    number: re.Pattern[str]
    value_of: dict[str, int]  # a number as said, lower case, words joined by «-» → its value


def _spaced(phrase: str) -> str:
    """A phrase whose words may be cut by any blank, a line's end too («point à la» / «ligne»)."""
    return r"[\s-]+".join(re.escape(w) for w in re.split(r"[\s-]+", phrase))


def _said(text: str) -> str:
    return re.sub(r"[\s-]+", "-", text.lower().replace("’", "'"))


def _numbers(units: dict[str, int], tens: dict[str, int]) -> dict[str, int]:
    """Every number from 0 to 99 as it is said: «dix-sept», «vingt et un», «soixante-douze»,
    «quatre-vingt-dix-neuf»."""
    below_twenty = dict(units)
    for word, value in units.items():
        if 7 <= value <= 9:
            below_twenty[f"dix-{word}"] = 10 + value
    out = dict(below_twenty)
    for ten, base in tens.items():
        out[ten] = base
        # 70 and 90 are said as 60 and 80 plus ten to nineteen: «soixante-douze», «quatre-vingt-onze».
        last = 19 if base in (60, 80) else 9
        for word, value in below_twenty.items():
            if 1 <= value <= last:
                joined = "-et-" if value in (1, 11) and base != 80 else "-"
                out[f"{ten.rstrip('s')}{joined}{word}"] = base + value
    return out


@lru_cache(maxsize=4)
def _words(rules_dir: Path) -> _Words:
    with (rules_dir / "lexicon" / "dictation.toml").open("rb") as fh:
        table = tomllib.load(fh)
    marks, address, numbers = table["marks"], table["address"], table["numbers"]
    spoken = sorted(marks["spoken"], key=len, reverse=True)
    signs = sorted(address["signs"], key=len, reverse=True)
    value_of = _numbers(numbers["units"], numbers["tens"])
    said = sorted(value_of, key=len, reverse=True)
    number = r"\b(?:" + "|".join(_spaced(s) for s in said) + r")\b"
    part = r"[a-z0-9]+"
    name = r"[^\W_]+"  # the name before «arobase» may carry accents said aloud («léonie»): unaccented below
    sign = r"\s+(?:" + "|".join(_spaced(s) for s in signs) + r")\s+"
    at = "|".join(re.escape(a) for a in address["at"])
    return _Words(
        marks=re.compile(r"(?<![\w'’])(?:" + "|".join(_spaced(s) for s in spoken) + r")(?![\w'’])", re.I),
        mark_of={_said(s): m for s, m in marks["spoken"].items()},
        tells=re.compile(r"(?<![\w'’])(?:" + "|".join(_spaced(t) for t in marks["tells"]) + r")\b", re.I),
        not_after=frozenset(marks["not_after"]),
        not_before=frozenset(marks["not_before"]),
        address=re.compile(
            rf"\b{name}(?:{sign}{name})*\s+(?:{at})\s+{part}(?:{sign}{part})+\b", re.IGNORECASE
        ),
        sign_of={_said(s): v for s, v in address["signs"].items()},
        number=re.compile(number, re.IGNORECASE),
        value_of=value_of,
    )


def _loaded() -> _Words:
    return _words(resources.rules_dir())


def is_dictated(text: str) -> bool:
    """The text says a mark no written text spells out («virgule», «point à la ligne», "full stop")."""
    return _loaded().tells.search(text) is not None


def written_marks(text: str) -> str:
    """`text` with its spoken marks written as marks when it is dictated («gratuit point d'interrogation et
    combien» → «gratuit? et combien»); any other text as it is."""
    if not is_dictated(text):
        return text
    words = _loaded()
    spelt = [(a.start, a.end) for a in spoken_addresses(text)]  # «matheo point poulain arobase …» is one word
    out: list[str] = []
    cursor = 0
    for m in words.marks.finditer(text):
        said = _said(m.group(0))
        inside = any(start <= m.start() < end for start, end in spelt)
        if inside or (said == "point" and _a_noun(text, m, words)):
            continue
        out.append(text[cursor : m.start()].rstrip())
        out.append(words.mark_of[said])
        cursor = m.end()
        if words.mark_of[said].endswith("\n"):
            cursor += len(text[cursor:]) - len(text[cursor:].lstrip(" \t\n"))
    out.append(text[cursor:])
    return "".join(out)


def _a_noun(text: str, m: re.Match[str], words: _Words) -> bool:
    """«point» as a noun: «à ce point», «le point de vue», «un point fort»."""
    before = re.findall(r"[\w'’]+", text[max(0, m.start() - 30) : m.start()])
    after = re.findall(r"[\w'’]+|[\w]+['’]", text[m.end() : m.end() + 30])
    return bool(
        (before and before[-1].lower() in words.not_after)
        or (after and (after[0].lower() in words.not_before or after[0].lower().startswith(("d'", "d’"))))
    )


def spoken_addresses(text: str) -> list[Spoken]:
    """The addresses a text spells out in words («ines point barre arobase example point org»)."""
    words = _loaded()
    out = []
    for m in words.address.finditer(text):
        pieces = re.split(r"\s+", m.group(0))
        # An address is written without accents, whatever the name said aloud carries («léonie point …»).
        address = strip_accents("".join(_sign(piece, words) for piece in pieces))
        if "@" in address and "." in address.rpartition("@")[2]:
            out.append(Spoken(address.lower(), m.start(), m.end()))
    return out


def _sign(piece: str, words: _Words) -> str:
    said = _said(piece)
    if said in words.sign_of:
        return words.sign_of[said]
    return "@" if said in {_said(a) for a in ("arobase", "arrobase", "at")} else piece


_PHONE_DIGITS = 10  # a French number: ten digits from «zéro»


def spoken_phones(text: str) -> list[Spoken]:
    """The phone numbers a text says in words, pair by pair («zéro six douze trente-quatre cinquante-six
    soixante-dix-huit» → «0612345678»): ten digits from a «zéro»."""
    words = _loaded()
    out: list[Spoken] = []
    run: list[re.Match[str]] = []
    for m in words.number.finditer(text):
        if run and text[run[-1].end() : m.start()].strip(" ,\t\n"):
            out += _phone_of(run, words)
            run = []
        run.append(m)
    out += _phone_of(run, words)
    return out


def _phone_of(run: list[re.Match[str]], words: _Words) -> list[Spoken]:
    digits = "".join(str(words.value_of[_said(m.group(0))]) for m in run)
    if len(digits) == _PHONE_DIGITS and digits.startswith("0") and digits[1] != "0":
        return [Spoken(digits, run[0].start(), run[-1].end())]
    return []
