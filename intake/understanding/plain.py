"""The plain form of a text's code points: the same letters as the lexicon and the parser know them.

A phone, a word processor, a Mac or a PDF writes the same words in other code points: a non-breaking
hyphen («ex‑volontaire», «30‑09‑2026»), a soft hyphen or a zero-width space inside a word («ter­mine»),
narrow no-break spaces, full-width digits («２０２２»), superscripts («bac⁺⁵», «1ʳᵉ année»), ligatures («ﬁn»),
a modifier letter for the apostrophe («jʼai», which a tokenizer takes for one word), decomposed accents.
None of them changes a word or a fact, yet a reader that knows «ex-volontaire» or «2022» misses them. So
the text is read once in its plain form (`read_plain`), where it enters the reader (the surface step,
`surface.read_surface`), and every reader sees the meaning it already knows.

A PDF written in a font without ligatures loses them to «?» («?n de stage», «?ux»): a «?» glued to the
lower-case letters of a word is read as the ligature that makes it a word the vocabulary knows.

Offsets: each change is recorded as a whole word (or a space) with its place in the plain text and the
words as written, in the form of the surface's edits, so evidence quotes the writer's own spelling
(`surface.Surface.written`). A text with nothing to change costs one search.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence

# (place in the text as read, the words as read, the words as written), as `surface.Edit` keeps them.
Change = tuple[int, str, str]

_SPACES = "\u00a0\u2007\u2009\u200a\u202f\u2004\u2005\u2006\u2008"
_INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_HYPHENS = "\u2010\u2011"
_APOSTROPHES = "\u02bc\u2018\u0060\u00b4\u2032\uff07"  # between two letters: an apostrophe
# Compatibility forms read as their plain letters (NFKC): superscripts and subscripts, modifier letters,
# Latin ligatures, full-width forms, mathematical letters and digits.
_COMPATIBLE = (
    "\u00b2\u00b3\u00b9\u02b0-\u02b8\u1d2c-\u1d6a\u1d9b-\u1dbf\u2070-\u209f\ufb00-\ufb06\uff01-\uff5e"
    "\U0001d400-\U0001d7ff"
)
_MARKS = "\u0300-\u036f"  # combining accents of a decomposed letter
_ODD = re.compile(
    f"[{_SPACES}{_INVISIBLE}{_HYPHENS}{_APOSTROPHES}{_COMPATIBLE}{_MARKS}]|\\w\\?[a-z]|\\B\\?[a-z]"
)
# A word (letters, digits, the characters above inside it) holding one of the characters changed.
_WORD_CHARS = f"\\w{_INVISIBLE}{_HYPHENS}{_APOSTROPHES}{_COMPATIBLE}{_MARKS}?"
_WORD = re.compile(
    f"[{_WORD_CHARS}]*[{_INVISIBLE}{_HYPHENS}{_APOSTROPHES}{_COMPATIBLE}{_MARKS}?][{_WORD_CHARS}]*"
)
_SPACE = re.compile(f"[{_SPACES}]")
_APOSTROPHE = re.compile(f"(?<=[^\\W\\d_])[{_APOSTROPHES}](?=[^\\W\\d_])")
_COMPATIBLE_RUN = re.compile(f"[{_COMPATIBLE}]+")
_LOST_LIGATURE = re.compile(r"(?<![^\W\d_])\?(?=[a-z])|(?<=[a-z])\?(?=[a-z])")
_LIGATURES = ("fi", "fl", "ff", "ffi", "ffl")


def read_plain(text: str, known: Callable[[str], bool]) -> tuple[str, tuple[Change, ...]]:
    """`text` in its plain form, and each change (see the module's offsets). `known`: whether a word in
    lower case is a word of the vocabulary (a lost ligature is read only into one)."""
    if not _ODD.search(text):
        return text, ()
    out: list[str] = []
    changes: list[Change] = []
    cursor = delta = 0
    for m in _changed(text):
        now = _plain_word(m.group(), known) if m.group() not in _SPACES else " "
        if now == m.group():
            continue
        out.append(text[cursor : m.start()])
        changes.append((m.start() + delta, now, m.group()))
        out.append(now)
        cursor = m.end()
        delta += len(now) - len(m.group())
    out.append(text[cursor:])
    return "".join(out), tuple(changes)


def _changed(text: str) -> list[re.Match[str]]:
    """The words and spaces that may read otherwise, in the order of the text."""
    found = [*_WORD.finditer(text), *_SPACE.finditer(text)]
    return sorted(found, key=lambda m: m.start())


def _plain_word(word: str, known: Callable[[str], bool]) -> str:
    """One word in its plain letters."""
    word = "".join(c for c in word if c not in _INVISIBLE)
    word = word.translate(_AS_HYPHEN)
    word = _APOSTROPHE.sub("’", word)
    word = _COMPATIBLE_RUN.sub(lambda m: unicodedata.normalize("NFKC", m.group()), word)
    word = unicodedata.normalize("NFC", word)
    return _LOST_LIGATURE.sub(lambda m: _ligature(word, m.start(), known), word) if "?" in word else word


_AS_HYPHEN = str.maketrans({c: "-" for c in _HYPHENS})


def _ligature(word: str, at: int, known: Callable[[str], bool]) -> str:
    """The ligature a «?» of `word` stood for: the one that makes the word (letters around the «?») a known
    word with a vowel; the «?» kept when none does or when two do."""
    start = at
    while start and word[start - 1].isalpha():
        start -= 1
    end = at + 1
    while end < len(word) and word[end].isalpha():
        end += 1
    fits = [lig for lig in _LIGATURES if _a_word((word[start:at] + lig + word[at + 1 : end]).lower(), known)]
    return fits[0] if len(fits) == 1 else "?"


def _a_word(word: str, known: Callable[[str], bool]) -> bool:
    """A word of the vocabulary with a vowel (its strings hold letter runs such as «fln»)."""
    return known(word) and any(c in "aeiouyàâéèêëîïôûù" for c in word)


def composed(plain: str, first: Sequence[Change], then: Sequence[Change]) -> tuple[Change, ...]:
    """The changes from a written text to a text read from its plain form: `first` made `plain` from the
    written text, `then` made the read text from `plain`. Changes that touch are made one, whose words as
    read and as written are each whole."""
    spans: list[tuple[int, int, int]] = []  # (start, end) in `plain`, 0 for `first`, 1 for `then`
    spans += [(at, at + len(now), 0) for at, now, _ in first]
    moved = 0
    for at, now, was in then:
        spans.append((at - moved, at - moved + len(was), 1))
        moved += len(now) - len(was)
    spans.sort()
    out: list[Change] = []
    moved = 0
    i = 0
    while i < len(spans):
        start, end, _ = spans[i]
        j = i + 1
        while j < len(spans) and spans[j][0] <= end:
            end = max(end, spans[j][1])
            j += 1
        read = _within(plain, start, end, then, as_read=True)
        was = _within(plain, start, end, first, as_read=False)
        if read != was:
            out.append((start + moved, read, was))
        moved += len(read) - (end - start)
        i = j
    return tuple(out)


def _within(plain: str, start: int, end: int, changes: Sequence[Change], *, as_read: bool) -> str:
    """`plain[start:end]` with the changes inside it put: as read (`then`'s words) or as written
    (`first`'s)."""
    parts: list[str] = []
    cursor = start
    moved = 0
    for at, now, was in changes:
        at_plain = at - moved if as_read else at
        moved += len(now) - len(was) if as_read else 0
        span = len(was) if as_read else len(now)
        if not start <= at_plain <= at_plain + span <= end:
            continue
        parts.append(plain[cursor:at_plain])
        parts.append(now if as_read else was)
        cursor = at_plain + span
    parts.append(plain[cursor:end])
    return "".join(parts)
