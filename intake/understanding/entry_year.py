"""A diploma's year the writer says is the year the course began: «« BUT Information-communication, 2022 »
… c'est mon année d'entrée», «Entrée en 2022, sortie diplômée en juin 2025», "BA, 2021 — that's the year I
started" (t-date, stop 39).

A year set beside a diploma's name is usually its award; when the mail says that year is the start, it
dates nothing: the diploma is undated by it, and a graduation told elsewhere («le diplôme date de 2025»)
dates it (education._dated_elsewhere). The start is the same diploma's: a start whose clause names another
diploma («BTS en 2022, entrée en licence en 2022») leaves the date as it is.

Invariants: only a year told as a start in the writer's own text (not a CV's line) undates; the date is
dropped, never moved to another year by this reader.
"""

from __future__ import annotations

import re
from dataclasses import replace

from intake.understanding.diploma_level import find_diploma_spans
from intake.understanding.facts import DiplomaMention, Source
from intake.understanding.lexicon import Lexicon

# A verb or a noun of starting right before the year: «entrée en 2022», «commencé en 2022», "started in 2022".
_START_BEFORE = re.compile(
    r"\b(?:entr[ée]e?s?|rentr[ée]e?s?|commenc[ée]e?s?|d[ée]but[ée]?e?s?|inscrite?s?|started|began|enrolled|"
    r"entered)\s+(?:(?:en|in|à|au|dans|le|la|l['’]|mon|ma|my|the|a|an)\s*)*(?:\w+\s+){0,3}?(?:en|in)\s+$",
    re.IGNORECASE,
)
# The year taken up as a start after it: «c'est mon année d'entrée», "that's the year I started".
_START_AFTER = re.compile(
    r"[^.!?]{0,90}?\b(?:c['’]est|c['’][ée]tait|it['’]s|it was|that['’]s|that was)\s+"
    r"(?:mon|ma|l['’]|the|my)\s*"
    r"(?:ann[ée]e|date|year)\s+(?:d['’]entr[ée]e|de d[ée]but|d['’]inscription|de rentr[ée]e|(?:i|when i)\s+"
    r"(?:started|enrolled|began)|of entry)\b",
    re.IGNORECASE,
)


def undated_if_a_start(highest: DiplomaMention, sources: list[Source], lexicon: Lexicon) -> DiplomaMention:
    """The highest diploma undated when the writer tells its year as the year the course began."""
    if not highest.graduation or len(highest.graduation) != 4:
        return highest
    for source in sources:
        if source.is_document:
            continue
        for said in re.finditer(rf"\b{highest.graduation}\b", source.text):
            if _told_as_a_start(source.text, said, highest, lexicon):
                return replace(highest, graduation=None)
    return highest


def _told_as_a_start(text: str, year: re.Match[str], highest: DiplomaMention, lexicon: Lexicon) -> bool:
    before = text[max(0, year.start() - 60) : year.start()]
    start = _START_BEFORE.search(before)
    if start is not None:
        labels = {label for _s, _e, label, _l in find_diploma_spans(before[start.start() :], lexicon)}
        return labels <= {highest.label}
    return _START_AFTER.match(text, year.end()) is not None
