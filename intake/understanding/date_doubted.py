"""A date given, then doubted by another offered in its place: neither holds, the date is open.

«BTS en 2025, ou peut-être 2024, il faudrait que je retrouve le relevé», "my BA in 2025, or maybe 2024":
the writer repairs the date with a hedge, and the fact stays for the coordinator to ask — the first date is
not the writer's last word, the second is only a guess. Applied with the corrections in passing
(discourse.as_finally_meant), before any fact is read: both dates, the hedge between them and the
preposition that opened the first are taken out, the diploma kept («BTS, il faudrait que je retrouve…»).

Invariants: only two dates of different years, the second right after a doubting alternative
([doubted_alternative]: «ou peut-être», "or maybe"); two months of one year («septembre 2025, ou peut-être
octobre») keep the first, its year decides alike; a date alone keeps its hedge's other readers.
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from intake.understanding.dates import find_dates
from intake.understanding.signals import meaning_alternation

# How far the doubting alternative may stand from the dates it joins: «2025, ou peut-être en 2024».
_REACH = 6
# The preposition that opened the first date, left hanging once it is out: «depuis », «en », "in ".
_OPENER = re.compile(r"(?:\b(?:en|depuis|de|du|in|since|from)\s+)?$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _doubting() -> re.Pattern[str]:
    return re.compile(rf"[\s,]*\b(?:{meaning_alternation('doubted_alternative')})\b\s*", re.IGNORECASE)


def doubted_dates_open(text: str) -> str:
    """`text` with each date the writer doubts by offering another in its place taken out, the two and
    the doubt between them: «depuis 2025, ou peut-être 2024» → the date left unsaid."""
    if not _doubting().search(text):
        return text  # the cheap test: no doubting alternative
    dates = find_dates(text)
    for first, second in reversed(list(itertools.pairwise(dates))):
        between = text[first.end : second.start]
        doubt = _doubting().match(between)
        if doubt is None or first.year == second.year or len(between) - doubt.end() > _REACH:
            continue
        if between[doubt.end() :].strip() not in ("", "en", "in", "de", "du", "depuis", "since"):
            continue
        opener = _OPENER.search(text, 0, first.start)
        start = opener.start() if opener else first.start
        text = text[:start].rstrip() + text[second.end :]
    return text
