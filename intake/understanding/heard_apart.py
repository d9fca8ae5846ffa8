"""Words a speech recogniser wrote apart, read as the one word that was said.

A dictation engine that does not know a word writes the words it hears in its place: «service civique» comes
out «service si vique», «master» «ma stère», «DEJEPS» «de jeps», «DUT» said letter by letter «des UT»; an
English engine writes a French name as English words ("service civic") and a letter as its name ("a bee com"
for a B.Com). Read literally, none names anything. The spoken corpus's rule: a homophone counts when it can be
heard back. Two or three words in a row whose sounds, said one after the other, are the sound of one word of
the criteria (rules/lexicon/heard.toml [apart]; `letters.sound_of`, an acronym in capitals said by its
letters' names) are read as that word, as an edit of the surface (surface.py), so evidence still quotes the
words as written. English lines are read by the patterns of [[english]]. A year the engine wrote as its two
pairs of digits («en 20 24») is read as that year; a count after «bac plus» written as a word that sounds
like it («le bac plus de l'expérience»: «deux» or the bac and more?) as a count unheard.

Invariants: a single word is never read (a word typed wrong is surface.py's); only runs of words joined by
blanks are read (a mark, an apostrophe or a line's end cuts them); a line with no run whose first word may
open one of the sounds is returned with no edit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from intake import resources
from intake.understanding.dates import MONTH_ALT
from intake.understanding.letters import sound_of
from intake.understanding.lexicon import read_table

_WORD = re.compile(r"[^\W\d_]+")
_LONGEST = 3  # words a recogniser cuts one word into, at most
_SHORTEST_SOUND = 3
# A year dictated as its two pairs of digits, after a word that dates («en 20 24», «juin 20 25», "in 20 25"):
# the engine heard «vingt vingt-quatre» as two numbers. Never a count («20 25 ans»), nor a run of pairs (a
# phone number): `_DATING` must end right before it.
_YEAR_APART = re.compile(
    r"(?<![\d:/.,-])\b(?:19|20) \d\d\b"
    r"(?![ \t]*(?:\d|[%€$£]|h\b|ans?\b|years?\b|mois\b|heures?\b|euros?\b|months?\b))"
)
# «bac plus de …»: the count said after «bac plus» written as the word it sounds like («deux» heard «de»):
# which level was said, the text cannot tell — the count is read as unheard, never as the bac alone.
_COUNT_UNHEARD = re.compile(r"\bbac\s+(?P<plus>plus)\s+(?=d(?:e|es|eu)\b)", re.IGNORECASE)
_DATING = re.compile(rf"\b(?:en|depuis|in|since|from|année|year|fin|début|{MONTH_ALT})$", re.IGNORECASE)


@dataclass(frozen=True)
class _Heard:
    whole: dict[str, str]  # the sound of a word said in one breath → the word as the lexicon writes it
    pieces: dict[str, str]  # the sounds of its pieces said one after the other (an acronym's letters)
    letters: dict[str, str]  # a capital → its French name
    english: tuple[tuple[re.Pattern[str], str], ...]
    openings: frozenset[str]  # every start of a sound above: a run must open on one


@lru_cache(maxsize=8192)
def _sound(piece: str) -> str:
    return sound_of(piece)


def _keys(pieces: list[str]) -> tuple[str, str]:
    """(the sound of the pieces run together, the sounds of the pieces one after the other)."""
    return sound_of("".join(pieces)), "".join(_sound(p) for p in pieces)


@lru_cache(maxsize=4)
def _heard(rules_dir: Path) -> _Heard:
    table = read_table(rules_dir, "heard.toml")
    whole: dict[str, str] = {}
    pieces: dict[str, str] = {}
    for word, said in table["apart"]["said"].items():
        run, one_by_one = _keys(said.split())
        whole[run] = word
        pieces[one_by_one] = word
    english = tuple((re.compile(e["written"], re.IGNORECASE), e["read"]) for e in table.get("english", []))
    openings = frozenset(key[:n] for key in (*whole, *pieces) for n in range(1, len(key) + 1))
    return _Heard(whole, pieces, dict(table["letters"]["names"]), english, openings)


def _said(word: str, heard: _Heard) -> list[str]:
    """How a word written by the engine is said: an acronym in capitals by its letters' names («UT» → «u»,
    «té»), any other word as written."""
    if 2 <= len(word) <= 4 and word.isupper() and all(c in heard.letters for c in word):
        return [name for c in word for name in heard.letters[c].split()]
    return [word]


def apart_reads(line: str, english: bool) -> list[tuple[int, str, str]]:
    """(where in the line, read as, written) of each run of words of one line read as one word, and of each
    year said as its two pairs of digits."""
    heard = _heard(resources.rules_dir())
    years = _years_apart(line)
    if english:
        return sorted(years + [r for r in _english_reads(line, heard) if not _overlaps(r, years)])
    unheard = [(m.start("plus"), "+ [inaudible]", m.group("plus")) for m in _COUNT_UNHEARD.finditer(line)]
    return sorted(years + unheard + [r for r in _words_apart(line, heard) if not _overlaps(r, years)])


def _overlaps(edit: tuple[int, str, str], edits: list[tuple[int, str, str]]) -> bool:
    at, _, was = edit
    return any(a < at + len(was) and at < a + len(w) for a, _, w in edits)


def _years_apart(line: str) -> list[tuple[int, str, str]]:
    """«en 20 24», «juin 20 25» → «2024», «2025»: a year the engine wrote as two numbers, after a word that
    dates it and not inside a run of numbers."""
    if " " not in line or not any(c.isdigit() for c in line):
        return []
    return [
        (m.start(), m.group(0).replace(" ", ""), m.group(0))
        for m in _YEAR_APART.finditer(line)
        if _DATING.search(line[: m.start()].rstrip())
    ]


def _words_apart(line: str, heard: _Heard) -> list[tuple[int, str, str]]:
    words = list(_WORD.finditer(line))
    found: list[tuple[int, str, str]] = []
    i = 0
    while i < len(words):
        read = _read_from(line, words, i, heard)
        if read is None:
            i += 1
            continue
        end, target = read
        start = words[i].start()
        found.append((start, target, line[start : words[end].end()]))
        i = end + 1
    return found


def _read_from(line: str, words: list[re.Match[str]], i: int, heard: _Heard) -> tuple[int, str] | None:
    """(the last word's index, the word read) of the longest run from word `i` that sounds as one word."""
    if _sound(_said(words[i].group(0), heard)[0]) not in heard.openings:
        return None  # most words: no sound of the lexicon opens so
    for end in range(min(len(words), i + _LONGEST) - 1, i, -1):
        between = [line[words[k].end() : words[k + 1].start()] for k in range(i, end)]
        elided = line[words[end].end() : words[end].end() + 1] in ("'", "’")
        if elided or any(gap.strip(" ") for gap in between):
            continue  # a mark or a line's end between them, or the last one elided («d'»): no word cut in two
        run = [words[k].group(0) for k in range(i, end + 1)]
        said = [piece for w in run for piece in _said(w, heard)]
        whole, one_by_one = _keys(said)
        target = heard.whole.get(whole) or heard.pieces.get(one_by_one)
        if target is not None and len(one_by_one) >= _SHORTEST_SOUND and _all_said(run, target, heard):
            return end, target
    return None


def _all_said(run: list[str], target: str, heard: _Heard) -> bool:
    """Every word of the run is a piece of the word said: none is the word itself already written («master
    d'économie»), none a lone small letter, and the run less its last word is not the word yet («licence
    s…»: a silent letter adds no piece)."""
    if any(_sound(w) == _sound(target) or (len(w) == 1 and not w.isupper()) for w in run):
        return False
    shorter = [piece for w in run[:-1] for piece in _said(w, heard)]
    return target not in (heard.whole.get(_keys(shorter)[0]), heard.pieces.get(_keys(shorter)[1]))


def _english_reads(line: str, heard: _Heard) -> list[tuple[int, str, str]]:
    found: list[tuple[int, str, str]] = []
    for pattern, read in heard.english:
        for m in pattern.finditer(line):
            if not any(a < m.end() and m.start() < a + len(w) for a, _, w in found):
                found.append((m.start(), read, m.group(0)))
    return sorted(found)
