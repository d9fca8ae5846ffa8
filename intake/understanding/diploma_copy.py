"""A diploma's year that is only the year a copy of it was issued: the exams' or the results' date holds.

«En bref : BTS en 2025. Plus précisément : les épreuves, je les ai passées en 2022, avec les résultats en
juillet ; en 2025 j'ai seulement récupéré un duplicata du diplôme», "my HND says 2025, but that is the
replacement certificate: I sat the exams in 2021" (c-year, stop 40). A duplicate, a replacement or a copy of
the paper is issued again; it awards nothing. When the year the highest diploma was read with is the year the
mail gives such a copy, and the mail dates the exams, the results or the jury earlier, in the past, the
diploma is of that earlier date.

Invariants: the copy must be said of a diploma (a word of copy and «diplôme» / "certificate" or the copy's own
noun, «duplicata»), in the same sentence as the year; the earlier date must be told of the exams, the results
or the jury, in the past, in a sentence of the body; otherwise the date read stays.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from intake.understanding.dates import MonthYear, find_dates, last_yearless_month
from intake.understanding.diploma_date import is_past
from intake.understanding.facts import DiplomaMention, Evidence, Source, split_sentences

# A diploma's paper issued again: «un duplicata», «une copie du diplôme», "a replacement certificate".
_COPY = re.compile(
    r"\b(?:duplicatas?|duplicate|replacement\s+(?:certificate|diploma|parchment)|"
    r"(?:copie|seconde?\s+exemplaire|r[ée][ée]dition)\s+(?:de\s+mon\s+|du\s+|de\s+l['’])dipl[oô]me|"
    r"(?:copy|reissue)\s+of\s+(?:my|the)\s+(?:certificate|diploma|degree))\b",
    re.IGNORECASE,
)
# The award's own steps: the exams sat, the results given, the jury's decision.
_AWARD_STEP = re.compile(
    r"\b(?:[ée]preuves|examens?|r[ée]sultats?|jury|d[ée]lib[ée]ration|exams?|results?|exam\s+board)\b",
    re.IGNORECASE,
)


def dated_by_its_award(highest: DiplomaMention, sources: list[Source], today: date) -> DiplomaMention:
    """The highest diploma re-dated by its exams' or results' date when its year is a copy's."""
    if not highest.graduation:
        return highest
    body = [source.text for source in sources if not source.is_document]
    if not any(_COPY.search(text) for text in body):
        return highest  # the cheap test: no copy named
    year = int(highest.graduation[:4])
    sentences = [s for text in body for s in split_sentences(text)]
    if not any(_COPY.search(s) and any(d.year == year for d in find_dates(s)) for s in sentences):
        return highest
    for sentence in sentences:
        when = _award_date(sentence, year, today)
        if when is not None:
            evidence = Evidence(f"{highest.evidence.text} […] {sentence}", highest.evidence.where)
            return replace(highest, graduation=when.as_text(), evidence=evidence)
    return highest


def _award_date(sentence: str, year: int, today: date) -> MonthYear | None:
    """The earlier, past date a sentence gives the exams, the results or the jury (a yearless month after
    it gives the month: «en 2022, avec les résultats en juillet»)."""
    step = _AWARD_STEP.search(sentence)
    if step is None:
        return None
    dates = [d for d in find_dates(sentence, today) if d.year < year and is_past(d, today)]
    if len(dates) != 1:
        return None
    when = dates[0]
    if when.month is None and (month := last_yearless_month(sentence[when.end :], today)) is not None:
        return MonthYear(when.year, month[0].month, when.start, when.end)
    return when
