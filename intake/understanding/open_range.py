"""A résumé's internship line that opens its period and leaves the end blank: running now or over, asked.

Reads a document's line naming an internship («Stage : 10/2026 – Association Accueil et Solidarité, Nantes»,
a CV translated from Vietnamese, a language whose verbs mark no tense): a month, a dash, and no end written
after it — no date, no «aujourd'hui» (periods.py reads those). Begun within the longest an internship lasts
(six months, the French legal length) before the reading day, it may run today: the coordinator asks. Begun
earlier, its length says it is over; begun after today, it is not held yet — both left to the other
readings."""

from __future__ import annotations

import re
from datetime import date

from intake.understanding.dates import find_dates

# The dash that opens a range, and what may stand after it: an end (a date, read by find_dates) or a word of
# now («aujourd'hui», "present": read by periods.py and situations.toml's [structure.now]).
_DASH = re.compile(r"\s*[-–]\s*")  # an em dash («août 2026 — Service civique») separates, it opens no range
_NOW_AFTER = re.compile(r"(?i)(?:aujourd|pr[ée]sent|en cours|actuel|now|ongoing|current|today|\.\.\.|…|\?)")
_LONGEST_MONTHS = 6  # an internship's legal length in France: begun earlier, it has ended


def begun_open(line: str, names: re.Pattern[str] | None, today: date) -> bool:
    """The line names an internship (`names`) and a month followed by a dash with no end after it, that month
    within the last `_LONGEST_MONTHS` months up to today's."""
    if names is None or names.search(line) is None:
        return False
    dates = find_dates(line, today)
    starts = {d.start for d in dates}
    for found in dates:
        dash = _DASH.match(line, found.end)
        if dash is None or not dash.group().strip() or not _opens_the_line(line, found.start, names):
            continue
        rest = line[dash.end() :]
        if dash.end() in starts or _NOW_AFTER.match(rest) or re.match(r"\s*\d", rest):
            continue  # «10/2026 – 03/2027», «10/2026 – aujourd'hui»: the end is written
        (year, month), last = found.bounds()
        if (year, month) != last:
            continue  # a year alone («2026 –») opens no month to count from
        elapsed = (today.year - year) * 12 + today.month - month
        if 0 <= elapsed < _LONGEST_MONTHS:
            return True
    return False


def _opens_the_line(line: str, at: int, names: re.Pattern[str]) -> bool:
    """The date opens the line, or follows only the internship's name and a colon («Stage : 10/2026 – …»): the
    line's own period, not an end told further on («Stage : terminé en août 2026 — …»)."""
    before = line[:at].strip(" \t:•·*-–")
    return not before or names.fullmatch(before) is not None
