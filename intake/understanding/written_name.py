"""A name as its bearer writes it: the same name the mailbox shows, written with the marks it lost.

A mailbox's display name is often typed once, plainly: «Busra Celik», «Ousmane Ndiaye», «Mai Dang», «CH
Delorme». The person, signing or introducing herself, writes her own name with its accents, its apostrophe,
the letters an address cannot carry and its whole compound first name: «Büşra Çelik», «Ousmane N'Diaye», «Mai
Đặng», «Charles-Henri Delorme». Read from the applicant's own words (the body, her documents), a run of words
that writes the header's two parts — the same letters once marks, case, spaces and hyphens are set aside, or
a part the header gave by its initials in capitals spelt out whole — is the same person's name, and the
writing that carries more of the name (marks, the whole words) is hers. A part she gives by its initial only
(«K. Aydın» under «Kaan Aydin») keeps the header's whole word. Nothing else is compared: a different name in
the mail (a tutor's, a parent's) spells other letters and is never read here.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from intake.understanding.facts import Evidence, Fact, Source
from intake.understanding.lexicon import Lexicon
from intake.understanding.names import normalise_name_part

Names = tuple[Fact[str], Fact[str]]

# A word of a name: letters of any alphabet, inner apostrophes and hyphens («N'Diaye», «Charles-Henri»), or an
# initial with its dot («K.»).
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*\.?")
# Letters an address cannot carry and that Unicode does not decompose into a base letter and an accent.
_UNDECOMPOSED = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe"})
_LONGEST = 6  # the most words a name holds here: more would be a sentence
_INITIALS = 3  # «CH», «JB», «MCL»: a header's initials of a compound first name, three at most

# How a run of the writer's words stands to a header's part.
_SAME, _WHOLE, _INITIAL = "same", "whole", "initial"


def name_as_written(names: Names, sources: Iterable[Source], lexicon: Lexicon) -> Names | None:
    """`names` written as the person writes them in `sources` (read last line first: a signature before a
    sentence), or None when no source writes them with more of the name. A name in capitals («LÉA MARTIN»
    heading a CV) gives its letters, in ordinary case."""
    for source in sources:
        for line in reversed(source.lines()):
            found = _written_on(line, names)
            if found is not None:
                found = (
                    normalise_name_part(found[0], lexicon, first=True)
                    if found[0] != names[0].value
                    else found[0],
                    normalise_name_part(found[1], lexicon) if found[1] != names[1].value else found[1],
                )
                ev = Evidence(line, source.where)
                # A part the writer gave no more of keeps the header's evidence («Kaan» under «K. Aydın»).
                return tuple(  # type: ignore[return-value]
                    name if name.value == value else Fact(value, ev)
                    for name, value in zip(names, found, strict=True)
                )
    return None


def _written_on(line: str, names: Names) -> tuple[str, str] | None:
    first, last = names[0].value, names[1].value
    shown = names[0].evidence.text if names[0].evidence else ""
    runs = _runs(line)
    targets = {_folded(first), _folded(last)} - {""}
    for run in runs:
        if not _spells_a_part(run, targets):
            continue  # no words of the run write a header's part: no pair of them can (the cheap test first)
        for start in range(len(run)):
            for end in range(start + 2, min(start + _LONGEST, len(run)) + 1):
                for cut in range(start + 1, end):
                    a, b = " ".join(run[start:cut]), " ".join(run[cut:end])
                    # Initials are spelt out only by a line that holds the name alone: a signature.
                    alone = start == 0 and end == len(run) and len(runs) == 1
                    found = _pair(a, b, first, last, shown if alone else "") or _pair(
                        b, a, first, last, shown if alone else "", swapped=True
                    )
                    if found is not None:
                        return found
    return None


def _spells_a_part(run: list[str], targets: set[str]) -> bool:
    """Some words next to each other in `run` fold to a header's part: a pair read from the run needs one part
    written the same (_SAME), and a run's words fold one by one (spaces and marks are dropped)."""
    folded = [_folded(w) for w in run]
    for start in range(len(folded)):
        spelt = ""
        for word in folded[start : start + _LONGEST]:
            spelt += word
            if spelt in targets:
                return True
    return False


def _pair(
    a: str, b: str, first: str, last: str, shown: str, *, swapped: bool = False
) -> tuple[str, str] | None:
    """(first, last) when `a` writes the header's first name and `b` its last, one of them with more of the
    name than the header; `swapped`: the writer put `b` before `a`. `shown`: the header's words when its
    initials may be spelt out (on a line holding the name alone), else empty."""
    how_a, how_b = _how(a, first, shown), _how(b, last, shown)
    if how_a is None or how_b is None or _SAME not in (how_a, how_b):
        return None
    written = (_better(a, first, how_a), _better(b, last, how_b))
    if written == (first, last):
        return None
    if swapped and _WHOLE in (how_a, how_b):
        # «CH Delorme» read «Delorme» «Ch»: the initials the header put first were the first name; the
        # writer's order («Charles-Henri Delorme») tells which part is which.
        return written[1], written[0]
    return written


def _how(words: str, part: str, shown: str) -> str | None:
    plain, header = _folded(words), _folded(part)
    if not plain or not header:
        return None
    if plain == header:
        return _SAME
    if len(plain) == 1 and words.endswith(".") and header.startswith(plain):
        return _INITIAL  # «K.» under «Kaan»: the writer's initial, the header's word is whole
    pieces = [p for p in re.split(r"[-\s]+", words) if p]
    spelt = "".join(_folded(p)[:1] for p in pieces)
    in_capitals = part.upper() in shown.split()
    whole = all(len(_folded(p)) > 1 for p in pieces) and len(pieces) == len(header)
    if 1 < len(header) <= _INITIALS and spelt == header and in_capitals and whole:
        return _WHOLE  # «CH» in the header, «Charles-Henri» written: the initials spelt out
    return None


def _better(words: str, part: str, how: str) -> str:
    """The writer's words when they carry more of the name than the header's part."""
    if how == _WHOLE:
        return words
    if how == _SAME and _marks(words) > _marks(part):
        return words
    return part


def _marks(text: str) -> int:
    """What a plain typing drops: accents, letters outside ASCII, apostrophes, hyphens, spaces."""
    return sum(1 for ch in unicodedata.normalize("NFC", text) if not (ch.isascii() and ch.isalnum()))


def _runs(line: str) -> list[list[str]]:
    """The line's runs of name words standing next to each other, only spaces between them; a word closing a
    sentence («Lille.») ends its run, an initial («K.») does not."""
    runs: list[list[str]] = []
    end, open_run = -1, False
    for m in _WORD.finditer(line):
        word = m.group(0)
        kept = word if len(word) == _INITIAL_DOT else word.rstrip(".")
        if open_run and not line[end : m.start()].strip():
            runs[-1].append(kept)
        else:
            runs.append([kept])
        end = m.end()
        open_run = not word.endswith(".") or len(word) == _INITIAL_DOT
    return [[w.replace("’", "'") for w in run] for run in runs]


_INITIAL_DOT = 2  # «K.»


@lru_cache(maxsize=4096)
def _folded(text: str) -> str:
    """«Aydın», «N'Diaye», «Charles-Henri» as compared: «aydin», «ndiaye», «charleshenri»."""
    decomposed = unicodedata.normalize("NFD", text.casefold().translate(_UNDECOMPOSED))
    return "".join(ch for ch in decomposed if ch.isalnum())
