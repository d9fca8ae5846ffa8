"""The literal meaning a figure of speech stands for: the ONE figure reader every fact reader asks.

A figure is a MEANING carried by a head word and what it bears on: «décrocher le précieux sésame», «mon M2
en poche», «validé haut la main» say a diploma OBTAINED; «le stage, c'est plié», «c'est torché», «la fac,
c'est derrière moi», "done and dusted" say a status OVER; «mon stage touche à sa fin» ABOUT_TO_END (held
now, its end undated); «encore sur les bancs de la fac», «je me coltine encore mon service civique»
STILL_IN; «raccroché la blouse», «tourné la page de la banque» TRADE_LEFT; «une sorte de stage», «quasiment
diplômée» HEDGED (the fact left open); «un petit stage de rien du tout» MINIMISED (never lowers the fact);
«❌», «un petit accroc» FAILED.

The meanings are a small closed set; the words that carry them are rules/lexicon/figures.toml (heads, phrases,
symbols), so a new figure of a known meaning is one more entry, whatever the sentence around it. A reader
testing plain words («obtenir», «terminer», «quitter», «étudier») asks here whether a figure says the same:

- `figures_in(text)`: every figure of a text, in order (cached per text: several readers ask about one unit);
- `figure_on(text, start, end, meanings)`: the figure said OF the word at text[start:end] (a mention of a
  «stage», an «M2»): in its clause, reaching it in the figure's own direction («M2 ✅», «une sorte de stage»,
  «le stage, c'est plié»), or None;
- `figure_at(token)`: the same on a spaCy token (the figure whose words hold it, or said of it);
- `literal_lemma(token)`: the literal lemma a figure's head word stands for («décroché» → «obtenir») or None.

Invariant: this module only says what a figure means; whether the meaning decides a criterion (a hedge
leaves it open, a minimiser changes nothing) is the fact reader's call. Reading costs one search of a
precompiled alternation per text, and no parse.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from intake import resources
from intake.understanding.lexicon import WORD_RUN, read_table

# The closed set of literal meanings (the table names of figures.toml).
OBTAINED, DIPLOMA, OVER, ABOUT_TO_END, STILL_IN = "obtained", "diploma", "over", "about_to_end", "still_in"
TRADE_LEFT, SEARCHING, FAILED, MINIMISED, HEDGED = "trade_left", "searching", "failed", "minimised", "hedged"
TURN, HYPERBOLE_LONG, HYPERBOLE_SHORT = "turn", "hyperbole_long", "hyperbole_short"
VOLUNTEERING, WORN_ROLE, AVAILABLE = "volunteering", "worn_role", "available"
CIVIC_SCHEME, STATE_PAYER = "civic_scheme", "state_payer"
# Which way a figure reaches what it bears on.
AFTER, BEFORE, BOTH = "after", "before", "both"


@dataclass(frozen=True)
class Figure:
    """One figure found in a text: its literal `meaning`, the `words` that carry it as written, where they
    stand (`start`, `end`), what it must be said of (`bears`: diploma, status, trade, search, any), the
    literal lemma it stands for, and which way it reaches what it bears on (`reach`)."""

    meaning: str
    words: str
    start: int
    end: int
    bears: str
    literal: str
    reach: str


@dataclass(frozen=True)
class _Entry:
    meaning: str
    pattern: re.Pattern[str]
    bears: str
    literal: str
    reach: str
    # Lower-case pieces one of which every match holds (its heads, phrases, symbols, and a `patterns`
    # entry's `needs`): a text holding none is not searched. Invariant: tests/test_understanding_figures.py.
    pieces: tuple[str, ...]


def _pattern(table: dict[str, Any]) -> re.Pattern[str] | None:
    """One alternation of a meaning's heads (starts of words), phrases (whole words) and symbols."""
    parts = [rf"(?<!\w){re.escape(h)}[\w'’-]*" for h in table.get("heads", [])]
    parts += [
        rf"(?<!\w){re.escape(p)}(?!\w)" for p in sorted(table.get("phrases", []), key=len, reverse=True)
    ]
    parts += [rf"{re.escape(s)}\ufe0f?" for s in table.get("symbols", [])]
    parts += list(table.get("patterns", []))
    return re.compile("|".join(parts), re.IGNORECASE) if parts else None


def _pieces(table: dict[str, Any]) -> tuple[str, ...]:
    """The literal pieces of a meaning, in lower case with a straight apostrophe (see _Entry.pieces)."""
    if table.get("patterns") and not table.get("needs"):
        return ()  # a pattern with no pieces named: always searched
    words = [*table.get("heads", []), *table.get("phrases", []), *table.get("symbols", [])]
    words += table.get("needs", []) if table.get("patterns") else []
    return tuple(sorted({w.lower().replace("’", "'") for w in words}))


@lru_cache(maxsize=4)
def _entries(rules_dir: Path) -> tuple[_Entry, ...]:
    """The meanings of figures.toml, compiled once."""
    tables = read_table(rules_dir, "figures.toml")
    entries = []
    for meaning, table in tables.items():
        pattern = _pattern(table)
        if pattern is not None:
            bears, literal, reach = (
                table.get("bears", "any"),
                table.get("literal", ""),
                table.get("reach", BOTH),
            )
            entries.append(_Entry(meaning, pattern, bears, literal, reach, _pieces(table)))
    return tuple(entries)


@dataclass(frozen=True)
class _Gate:
    """What a text must hold to hold any figure: a word starting with a head, the longest word of a phrase
    (or of a pattern's `needs`), or a symbol."""

    heads: tuple[str, ...]
    keys: frozenset[str]
    symbols: tuple[str, ...]
    always: bool  # a table's `patterns` name no `needs`: every text is searched


@lru_cache(maxsize=4)
def _gate(rules_dir: Path) -> _Gate:
    tables = read_table(rules_dir, "figures.toml")
    heads, keys, symbols = set(), set(), set()
    for table in tables.values():
        heads |= {h.lower().replace("’", "'") for h in table.get("heads", [])}
        phrases = [*table.get("phrases", []), *(table.get("needs", []) if table.get("patterns") else [])]
        keys |= {_key(p) for p in phrases}
        symbols |= set(table.get("symbols", []))
    always = any(t.get("patterns") and not t.get("needs") for t in tables.values())
    return _Gate(tuple(sorted(heads)), frozenset(keys), tuple(sorted(symbols)), always)


# Words too frequent to gate a phrase by («en plein dans», «un peu comme», «recherche active», "the State"):
# another word of the phrase is its key. Only a matter of speed: any word of a phrase is a sound key.
_FREQUENT = frozenset(
    {
        "dans",
        "comme",
        "recherche",
        "the",
        "encore",
        "temps",
        "fini",
        "partie",
        "pris",
        "over",
        "all",
        "just",
        "since",
        "under",
        "good",
        "kind",
        "sort",
        "thing",
        "small",
        "little",
        "last",
        "give",
        "free",
        "haut",
    }
)


def _key(phrase: str) -> str:
    """The longest word of `phrase` that is not frequent (the gate's key for it)."""
    words: list[str] = WORD_RUN.findall(phrase.lower().replace("’", "'"))
    rare = [w for w in words if w not in _FREQUENT and len(w) >= 3 and w not in _LINKING]
    return max([w for w in rare if len(w) >= 4] or rare or words, key=len)


# Function words never a key: «de mon temps» is gated by «temps», not by «mon».
_LINKING = frozenset(
    {"mon", "ton", "son", "les", "des", "une", "and", "for", "pas", "aux", "est", "qui", "que"}
)


def _may_hold(low: str, gate: _Gate) -> bool:
    """False only when the lower-cased text holds no piece of any figure (see _Gate)."""
    words = WORD_RUN.findall(low)
    return any(w in gate.keys or w.startswith(gate.heads) for w in words) or any(
        symbol in low for symbol in gate.symbols
    )


def figures_in(text: str) -> tuple[Figure, ...]:
    """Every figure of `text`, in order of place; a text with none costs a substring test per piece."""
    return _figures_in(text, resources.rules_dir())


@lru_cache(maxsize=1024)
def _figures_in(text: str, rules_dir: Path) -> tuple[Figure, ...]:
    said = text.replace("’", "'")  # one length: the places stay those of `text`
    low = said.lower()
    gate = _gate(rules_dir)
    if not gate.always and not _may_hold(low, gate):
        return ()  # most texts: no word of any figure, never searched
    entries = [e for e in _entries(rules_dir) if not e.pieces or any(piece in low for piece in e.pieces)]
    found = [
        Figure(e.meaning, text[m.start() : m.end()], m.start(), m.end(), e.bears, e.literal, e.reach)
        for e in entries
        for m in e.pattern.finditer(said)
    ]
    return tuple(sorted(found, key=lambda f: (f.start, f.meaning)))


# What closes a clause between a figure and the word it would be said of: a sentence's end, a colon, a
# turn («mais», "but", «même si», "though"), a new coordinated clause («et», «puis», "and"). A comma does
# not: «le stage, c'est plié» says the figure of the dislocated noun.
_CLAUSE_END = re.compile(
    r"[.;:!?\n]|\b(?:mais|et|puis|ou|but|and|then|or|while|alors que|bien que|même si|sauf que|though"
    r"|although|except)\b",
    re.IGNORECASE,
)
# How many words may stand between a figure and what it bears on: after a hedge («une sorte de stage»: the
# noun next), before a state («mon stage arrive enfin à son crépuscule»: a few words).
_REACH_AFTER, _REACH_BEFORE = 2, 7


def figure_on(text: str, start: int, end: int, meanings: frozenset[str] | None = None) -> Figure | None:
    """The figure of `meanings` (all, by default) said of the word text[start:end]: in the same clause, on
    the side it reaches from, with few words between; the nearest one when several are."""
    best: tuple[int, Figure] | None = None
    for figure in figures_in(text):
        if meanings is not None and figure.meaning not in meanings:
            continue
        gap = _gap(text, figure, start, end)
        if gap is not None and (best is None or gap < best[0]):
            best = (gap, figure)
    return best[1] if best else None


def _gap(text: str, figure: Figure, start: int, end: int) -> int | None:
    """The words between `figure` and the word at start..end when the figure reaches it, else None."""
    if figure.start < end and start < figure.end:
        return 0  # the word is inside the figure («🎓 en poche»)
    if figure.end <= start and figure.reach in (AFTER, BOTH):
        between, limit = text[figure.end : start], _REACH_AFTER
    elif end <= figure.start and figure.reach in (BEFORE, BOTH):
        between, limit = text[end : figure.start], _REACH_BEFORE
    else:
        return None
    words = len(WORD_RUN.findall(between))
    if words > limit or _CLAUSE_END.search(between):
        return None
    return words


def figure_at(token: Any) -> Figure | None:
    """The figure holding `token` (a spaCy token), or said of it («stage» in «le stage, c'est plié»)."""
    text = token.doc.text
    start, end = token.idx, token.idx + len(token.text)
    return figure_on(text, start, end)


def literal_lemma(token: Any) -> str | None:
    """The literal lemma the figure holding `token` stands for («décroché» in «j'ai décroché le sésame» →
    «obtenir», «plié» in «c'est plié» → «terminer»), or None when no figure holds it."""
    start = token.idx
    for figure in figures_in(token.doc.text):
        if figure.start <= start < figure.end and figure.literal:
            return figure.literal
    return None


@lru_cache(maxsize=1)
def _minimisers(rules_dir: Path) -> re.Pattern[str] | None:
    return _pattern(read_table(rules_dir, "figures.toml").get(MINIMISED, {}))


def is_minimiser(word: str) -> bool:
    """`word` is a minimiser («petites» in «quelques petites années», "little"): it lowers nothing, a reader
    counting or naming skips it."""
    pattern = _minimisers(resources.rules_dir())
    return pattern is not None and pattern.fullmatch(word.replace("’", "'")) is not None


def hears(text: str, meaning: str) -> Figure | None:
    """The first figure of `meaning` in `text`, wherever it stands (for a unit about one thing)."""
    return next((f for f in figures_in(text) if f.meaning == meaning), None)
