"""A civic service told begun long enough ago that it may be over: held now on its start alone, it is asked.

A service civique lasts six to twelve months (the law's bounds, a contract of engagement of a set length).
Told running «depuis mars», «depuis le printemps», "since March" with neither its end nor its length, it has
surely not ended when its shortest length, counted from the earliest day the start allows, runs past today
(«depuis septembre» on 26 November: held); when that shortest length has run out («depuis mars»: eight
months and more), it may have ended last month or run into next year — the words leave it open, so it is
asked (`civic_asked_by_length`), never refused. A start told with an end («jusqu'en juin»), a length («pour
huit mois»), a prolongation, or no start at all is left as read.
"""

from __future__ import annotations

import re
from datetime import date

from intake import months
from intake.understanding.facts import SituationFacts
from intake.understanding.situation import settle_current

SHORTEST_MONTHS = 6  # the law's shortest civic service

# The months' whole names, French and English (intake/months.py).
_MONTHS = months.full_names()
# A season by the first month it may start in; «la rentrée» is September's.
_SEASONS = {name: first for name, (first, _last) in months.SEASONS.items()} | months.RENTREE
_SINCE = re.compile(
    r"\b(?:depuis|since)\s+(?:(?:le|la|les|l['’]|the)\s*)?(?:d[ée]but\s+(?:d['’]|de\s+)?|early\s+)?"
    rf"(?P<when>{'|'.join(sorted([*_MONTHS, *_SEASONS], key=len, reverse=True))})\b"
    r"(?:\s+(?:de\s+|d['’]|of\s+)?(?P<year>20\d\d)\b)?",
    re.IGNORECASE,
)
# An end, a length or a prolongation told in the same words: the start alone does not decide then.
_BOUNDED = re.compile(
    r"jusqu|\bfin\b|termin|ach[eè]v|prolong|\bmois\b|\bsemaines?\b|\buntil\b|\btill\b|\bend(?:s|ed|ing)?\b"
    r"|\bmonths?\b|\bweeks?\b|\bfinish",
    re.IGNORECASE,
)


def civic_asked_by_length(situation: SituationFacts, today: date) -> SituationFacts:
    """The situation read, a civic service held now only on a start whose shortest length has run out by
    `today` asked instead (its evidence kept as the question's)."""
    evidence = situation.flags.get("service_civique")
    if evidence is None or _BOUNDED.search(evidence.text):
        return situation
    start = earliest_start(evidence.text, today)
    if start is None or _months_after(start, SHORTEST_MONTHS) > today:
        return situation
    situation.ask_instead("service_civique", evidence)
    settle_current(situation)
    return situation


def earliest_start(text: str, today: date) -> date | None:
    """The earliest day a start told by «depuis <month or season> [year]» allows: the month's first day,
    in the year told, else the latest such month not after today's. None when no such start is told."""
    found = _SINCE.search(text)
    if found is None:
        return None
    when = found.group("when").lower()
    month = _MONTHS.get(when) or _SEASONS[when]
    year = int(found.group("year")) if found.group("year") else today.year
    if not found.group("year") and (year, month) > (today.year, today.month):
        year -= 1  # «depuis décembre» told in November: last December
    return date(year, month, 1)


def _months_after(start: date, months: int) -> date:
    """The day `months` months after `start` (a first of the month)."""
    count = start.month - 1 + months
    return date(start.year + count // 12, count % 12 + 1, 1)
