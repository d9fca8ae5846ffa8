"""Dates written in the form and the calendar of the language a mail was first written in, read as the day
they are: a year first («obtenu le 2025/06/30», the Arabic and East Asian order), a year and a month in
Chinese or Japanese figures («2026年6月»), a date of the Persian solar calendar («Khordad 1404»,
«1404/04/10»: 1 July 2025). Why: a translation keeps the source's figures; read in the French order they
are no date, or only a year whose month decides whether a diploma is recent. Read by dates.py on every
text, each date replacing a plainer reading of the same figures (given as a `Written`: dates.py makes its
MonthYear). An academic year («l'année universitaire 2023/2024») stays dates.py's: its second year, the
month left open (tests/test_understanding_abroad_education.py)."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import NamedTuple


class Written(NamedTuple):
    """A date read from its source form: year, month, where it stands, and how it was read."""

    year: int
    month: int
    start: int
    end: int
    how: str


# Year, month, day: «2025/06/30», «2025.06.30» (a day and a month of a year written first).
_YEAR_FIRST = re.compile(r"(?<![\d/.])((?:19|20)\d\d)[/.](0?[1-9]|1[0-2])[/.](0?[1-9]|[12]\d|3[01])(?![\d/])")
_CJK = re.compile(r"((?:19|20)\d\d)\s*年\s*(0?[1-9]|1[0-2])\s*月")
# The Persian solar months, in the Latin spellings a translation gives them, with their first day's place
# in the Gregorian year (month, day) and whether they fall in the next Gregorian year.
_PERSIAN_MONTHS = (
    ("farvardin", 1),
    ("ordibehesht", 2),
    ("khordad", 3),
    ("tir", 4),
    ("mordad", 5),
    ("amordad", 5),
    ("shahrivar", 6),
    ("mehr", 7),
    ("aban", 8),
    ("abaan", 8),
    ("azar", 9),
    ("dey", 10),
    ("dei", 10),
    ("bahman", 11),
    ("esfand", 12),
    ("espand", 12),
)
_PERSIAN_NAMED = re.compile(
    r"\b(?P<month>" + "|".join(n for n, _ in _PERSIAN_MONTHS) + r")\s+(?:de\s+|of\s+)?(?:l['’]an\s+)?"
    r"(?P<year>1[34]\d\d)\b",
    re.IGNORECASE,
)
_PERSIAN_NUMERIC = re.compile(r"(?<![\d/.])(1[34]\d\d)/(0?[1-9]|1[0-2])/(0?[1-9]|[12]\d|3[01])(?![\d/])")
_PERSIAN_NUMBER = dict(_PERSIAN_MONTHS)
# What every source form holds, found in one pass before the four are searched: four figures before a «/»,
# a «.» or a «年» (a year written first, a Persian date in figures, a CJK date), or a Persian year
# (13xx, 14xx) a month's name comes before. Most texts hold none of them, and are done with at once.
_ANY_SOURCE_FORM = re.compile(r"\d{4}(?:[/.]|\s*年)|\b1[34]\d\d\b")


def source_dates(text: str) -> list[Written]:
    """The dates of `text` written in a source form; dates.py puts each in place of the plainer dates it
    read over the same figures (a year alone, the two years of a span)."""
    if not _ANY_SOURCE_FORM.search(text):
        return []
    out: list[Written] = []
    for m in _YEAR_FIRST.finditer(text):
        how = f"« {m.group(0)} » : l'année écrite d'abord, puis le mois et le jour"
        out.append(Written(int(m.group(1)), int(m.group(2)), m.start(), m.end(), how))
    for m in _CJK.finditer(text):
        out.append(Written(int(m.group(1)), int(m.group(2)), m.start(), m.end(), f"« {m.group(0)} »"))
    for m in _PERSIAN_NAMED.finditer(text):
        number = _PERSIAN_NUMBER[m.group("month").lower()]
        out.append(_persian(int(m.group("year")), number, 15, m))
    for m in _PERSIAN_NUMERIC.finditer(text):
        out.append(_persian(int(m.group(1)), int(m.group(2)), int(m.group(3)), m))
    return out


def _persian(year: int, month: int, day: int, m: re.Match[str]) -> Written:
    """A day of the Persian solar calendar: its year begins on 21 March (Gregorian year + 621); six months
    of 31 days, then months of 30."""
    offset = (month - 1) * 31 if month <= 7 else 6 * 31 + (month - 7) * 30
    when = date(year + 621, 3, 21) + timedelta(days=offset + day - 1)
    how = f"« {m.group(0)} » du calendrier persan : {when.year:04d}-{when.month:02d}"
    return Written(when.year, when.month, m.start(), m.end(), how)
