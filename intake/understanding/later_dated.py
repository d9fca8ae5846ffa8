"""A time counted from the one told before it: «J'ai eu mon master en juin 2026. Trois mois plus tard, j'ai
commencé un stage de six mois», «Mon master a été validé en septembre. Six semaines plus tard, j'ai démarré
un stage», "I graduated in June. Three months later I started a six-month internship".

A path told with relative anchors dates each step from the step before it: the count of months or weeks
«plus tard» / "later" runs from the last month the text dated before it (written with its year, or a month
without its year: the last such month, this one included). The month it lands on is written beside the
count («Trois mois plus tard, en septembre 2026, …»), so the readers of a situation read the start as if
dated plainly, and its length from it says whether it runs today (situation_time.read_begun). Years
counted so are a diploma's reckoning (dates._chained_later), not read here.

Invariants: a text with no count of months or weeks said later is returned as it is; a count with no month
to run from, or landing after today, is left as written; only words are added, none taken away.
"""

from __future__ import annotations

import re
from datetime import date

from intake.understanding.dates import YEARLESS_MONTH, count_of, find_dates, last_yearless_month

# «trois mois plus tard», «six semaines après,», "three months later": a count run from the time told before.
_COUNTED_LATER = re.compile(
    r"\b(?P<n>\d{1,2}|[a-zà-ÿ]+(?:-[a-zà-ÿ]+)*)\s+(?P<unit>mois|semaines?|months?|weeks?)\s+"
    r"(?P<later>plus tard|apr[èe]s(?=\s*,)|later|after(?:wards)?(?=\s*,))",
    re.IGNORECASE,
)
_FR = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
       "novembre", "décembre")
_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
       "November", "December")
# How far back the month counted from may stand: the sentence before, or the one before that.
_REACH = 300


def with_later_dated(text: str, today: date) -> str:
    """`text` with the month each count «N mois plus tard» lands on written beside it."""
    if not _COUNTED_LATER.search(text):
        return text  # the cheap test first: most mail counts nothing from a step before
    out, last = [], 0
    for m in _COUNTED_LATER.finditer(text):
        landed = _month_landed(text, m, today)
        if landed is not None:
            out.append(text[last : m.end()] + _written(landed, m.group("later")))
            last = m.end()
    return "".join(out) + text[last:]


def _month_landed(text: str, counted: re.Match[str], today: date) -> tuple[int, int] | None:
    """(year, month) the count lands on from the last month dated before it; None when none is, or when it
    lands after today's month (a step told done is not ahead)."""
    try:
        count = count_of(counted.group("n").lower())
    except KeyError:
        return None  # «quelques mois plus tard»: no count
    weeks = counted.group("unit").lower().startswith(("sem", "week"))
    months = count * 7 // 30 if weeks else count
    anchor = _month_before(text[max(0, counted.start() - _REACH) : counted.start()], today)
    if anchor is None or not 0 < count <= 24:
        return None
    total = anchor[0] * 12 + anchor[1] - 1 + months
    landed = (total // 12, total % 12 + 1)
    return None if landed > (today.year, today.month) else landed


def _month_before(before: str, today: date) -> tuple[int, int] | None:
    """The last month dated in `before`: written with its year, or without it (the last such month)."""
    told: list[tuple[int, tuple[int, int]]] = [
        (d.start, (d.year, d.month)) for d in find_dates(before, today) if d.month is not None and not d.bound
    ]
    bare = list(YEARLESS_MONTH.finditer(before))
    yearless = last_yearless_month(before[bare[-1].start() :], today) if bare else None
    if bare and yearless is not None and yearless[0].month is not None:
        told.append((bare[-1].start(), (yearless[0].year, yearless[0].month)))
    return max(told)[1] if told else None


def _written(landed: tuple[int, int], later: str) -> str:
    """«, en septembre 2026» after a French count, ", in September 2026" after an English one."""
    year, month = landed
    if later.lower().startswith(("later", "after")):
        return f", in {_EN[month - 1]} {year}"
    return f", en {_FR[month - 1]} {year}"
