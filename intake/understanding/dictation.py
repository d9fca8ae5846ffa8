"""A mail dictated to a phone, read as written: its spoken marks («point d'interrogation», «virgule», «point à
la ligne», "full stop"), an address spelt out («prenom point nom arobase example point org») and a phone
number said in words («zéro six douze trente-quatre…»). The words are rules/lexicon/dictation.toml's.

Invariants: a text that says none of the marks a written text never spells out (`tells`) is returned as it
is, the same object, so written mail reads exactly as before; an address or a number is read only whole (an
address with a domain holding a dot, a number of ten digits from «zéro»).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from intake import resources
from intake.understanding.call_notice import names_a_caller
from intake.understanding.dates import MONTH_ALT
from intake.understanding.letters import strip_accents
from intake.understanding.lexicon import read_table


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
    table = read_table(rules_dir, "dictation.toml")
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
    # A domain ends in a top-level domain: a country's two letters or a generic one («point com»). "email me
    # at oliver dot bennett at example dot co dot uk": «me at oliver.bennett» ends in no such word.
    tld = r"(?:[a-z]{2}|" + "|".join(re.escape(t) for t in address["generic_domains"]) + ")"
    return _Words(
        marks=re.compile(r"(?<![\w'’])(?:" + "|".join(_spaced(s) for s in spoken) + r")(?![\w'’])", re.I),
        mark_of={_said(s): m for s, m in marks["spoken"].items()},
        tells=re.compile(r"(?<![\w'’])(?:" + "|".join(_spaced(t) for t in marks["tells"]) + r")\b", re.I),
        not_after=frozenset(marks["not_after"]),
        not_before=frozenset(marks["not_before"]),
        address=re.compile(
            rf"\b{name}(?:{sign}{name})*\s+(?:{at})\s+{part}(?:{sign}{part})*{sign}{tld}\b", re.IGNORECASE
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


# ------------------------------------------------------------------ a voicemail's transcription
# A voicemail transcribed by a phone service and mailed by its mailer: the speech, unpunctuated and in lower
# case, is the caller's; the sender (the service) is nobody's contact. Invariant: a text with no heading of
# a transcription ([voicemail] headings) comes back as it is.
@dataclass(frozen=True)
class _Voicemail:
    heading: re.Pattern[str]
    introduction: re.Pattern[str]  # an introducer, fillers, then two words that may be a name
    not_names: frozenset[str]
    # A year said in words (its month before it), then another figure after a pause or an «ou».
    run_together: re.Pattern[str]
    filler: re.Pattern[str]  # a pause filled («euh»): no word of the sentence, it cuts what it stands in
    acronym: re.Pattern[str]  # a diploma's acronym transcribed in lower case, where it stands as one


@lru_cache(maxsize=4)
def _voicemail_words(rules_dir: Path) -> _Voicemail:
    table = read_table(rules_dir, "dictation.toml")["voicemail"]
    names = read_table(rules_dir, "names.toml")
    fillers = "|".join(re.escape(f) for f in table["fillers"])
    pause = rf"(?:[\s,]+(?:{fillers}))*"
    introducers = "|".join(_spaced(i).replace("'", "['’]") for i in table["introducers"])
    word = r"[^\W\d_]{2,}(?:-[^\W\d_]{2,})*"
    numbers = _words(rules_dir)
    said = sorted((s for s in numbers.value_of if numbers.value_of[s] > 1), key=len, reverse=True)
    count = "(?:" + "|".join(_spaced(s) for s in said) + ")"
    hesitation = "|".join(_spaced(h) for h in table["hesitation"])
    return _Voicemail(
        heading=re.compile("|".join(_spaced(h) for h in table["headings"]), re.IGNORECASE),
        introduction=re.compile(
            rf"(?<![\w'’])(?P<intro>{introducers}){pause}\s+(?P<name>{word}\s+{word})(?![\w'’-])",
            re.IGNORECASE,
        ),
        not_names=frozenset(table["not_names"]) | frozenset(names["not_names"]) | frozenset(table["fillers"]),
        filler=re.compile(rf"(?:[\s,]+(?:{fillers}))+(?![\w'’-])", re.IGNORECASE),
        acronym=_acronym(table),
        run_together=re.compile(
            rf"(?:\b(?:{MONTH_ALT})\s+)?\bdeux[\s-]mille[\s-]{count}"
            rf"(?:{pause}(?:\s+(?:{hesitation}))?{pause}\s+{count})+\b",
            re.IGNORECASE,
        ),
    )


def _acronym(table: dict[str, list[str]]) -> re.Pattern[str]:
    after = "|".join(_spaced(a).replace("'", "['’]") for a in table["acronym_after"])
    acronyms = "|".join(re.escape(a) for a in table["acronyms"])
    not_before = "|".join(_spaced(n).replace("'", "['’]") for n in table["acronym_not_before"])
    return re.compile(
        rf"\b(?P<after>{after})\s+(?P<acronym>{acronyms})(?=\s+(?!(?:{not_before})(?![\w'’]))[^\W\d_])", re.I
    )


def is_voicemail(text: str) -> bool:
    """The text is a voicemail's transcription mailed by a phone service: its heading says so, or it names a
    voice message and the caller by a number, whatever its layout (call_notice.py)."""
    heading = _voicemail_words(resources.rules_dir()).heading.search(text[:600]) is not None
    return heading or names_a_caller(text)


def voicemail_read(text: str, display: str, addr: str | None) -> tuple[str, str, str | None]:
    """(the text, the sender's display name, their address) as the applicant's: for a voicemail's
    transcription, the speech without its filled pauses («euh»), a diploma's acronym in capitals («mon
    but gestion des entreprises» → «mon BUT …»), the caller's name written as a name («c'est amandine
    rousseau» → «, c'est Amandine Rousseau,»), a year run together with another figure said as open
    («juin deux mille vingt-quatre vingt-cinq»: which year, the caller did not settle; its month goes with
    it), and no sender (the service's mailer is not the caller); any other text and sender as they are."""
    if not is_voicemail(text):
        return text, display, addr
    words = _voicemail_words(resources.rules_dir())
    text = words.filler.sub("", text)  # «je termine mon stage euh en novembre»: the pause is no word
    text = words.run_together.sub("à une date inaudible", text)
    text = words.acronym.sub(lambda m: f"{m['after']} {m['acronym'].upper()}", text)
    return _caller_named(text, words), "", None


def _caller_named(text: str, words: _Voicemail) -> str:
    """The first introduction in the speech whose two words can be a name, written as one."""
    for m in words.introduction.finditer(text):
        parts = m["name"].split()
        if any(p.lower() in words.not_names for p in parts):
            continue
        name = " ".join("-".join(w[:1].upper() + w[1:] for w in p.split("-")) for p in parts)
        return f"{text[: m.start()]}, {m['intro']} {name},{text[m.end() :]}"
    return text
