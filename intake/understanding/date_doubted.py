"""A date given, then doubted by another offered in its place: neither holds, the date is open.

«BTS en 2025, ou peut-être 2024, il faudrait que je retrouve le relevé», "my BA in 2025, or maybe 2024":
the writer repairs the date with a hedge, and the fact stays for the coordinator to ask — the first date is
not the writer's last word, the second is only a guess. Applied with the corrections in passing
(discourse.as_finally_meant), before any fact is read: both dates, the hedge between them and the
preposition that opened the first are taken out, the diploma kept («BTS, il faudrait que je retrouve…»).

Invariants: only two dates of different years, the second right after a doubting alternative
([doubted_alternative]: «ou peut-être», "or maybe"); a date alone keeps its hedge's other readers.

Two months of one year offered in place of each other («novembre ou décembre 2024», «décembre 2024, peut-être
novembre», "November or December 2024") leave the month open and the year said (`doubted_months_open`, s-hold,
stop 56): read on 7 December 2026, one is two years ago, the other more; the writer does not know which, so
the year alone decides what it can, and the coordinator asks the rest.

Two years offered in place of each other with a plain «ou» («en 2024 ou 2025», «fin 2024 ou début 2025»,
"late 2024 or early 2025"), and a winter named by the two years it spans («l'hiver 2024-2025», "winter
2024/25": no school year), leave the date open too (`turn_of_year_open`, n-month, stop 57): read in January
2027, one end is two years ago, the other more, and the first year alone would reject someone who may
qualify. Open only when the two years fall on both sides of the limit on the reading day (stop 58): «en 2022,
ou 2021», read in 2026, is too old whichever it is, and «en 2025 ou 2026» recent whichever it is — the later
year is kept, the verdict the two agree on.
"""

from __future__ import annotations

import itertools
import re
import tomllib
from datetime import date
from functools import lru_cache

from intake import months, resources
from intake.understanding.dates import MONTH_ALT, find_dates, month_number, months_between
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


_YEAR = r"(?:19[89]\d|20[0-4]\d)"


@lru_cache(maxsize=1)
def _months_doubted() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Two months of one year joined as alternatives ([month_alternative]), each maybe a part of its month
    ([month_part]): before the year both («novembre ou décembre 2024»), or the second after the whole date,
    ending its clause («décembre 2024, peut-être novembre, …»)."""
    either = meaning_alternation("month_alternative")
    part = rf"(?:(?:{meaning_alternation('month_part')})\s*)?"

    def month(name: str, dot: str = r"\.?") -> str:  # a short name's dot, not a sentence's last
        return rf"{part}(?P<{name}>{MONTH_ALT})\b{dot}"

    year = rf"(?:de\s+|of\s+)?(?P<year>{_YEAR})\b"
    before = rf"\b{month('first')}\s*,?\s*(?:{either})\s+{month('second')}\s+{year}"
    after = rf"\b{month('first')}\s+{year}\s*,?\s*(?:{either})\s+{month('second', '')}(?=\s*(?:[,.;:!?)…]|$))"
    return re.compile(before, re.IGNORECASE), re.compile(after, re.IGNORECASE)


def doubted_months_open(text: str) -> str:
    """`text` with each pair of months of one year offered in place of each other cut to their year: «je
    dirais novembre ou décembre 2024» → «je dirais 2024», "December 2024, or maybe November" → "2024"."""
    for pattern in _months_doubted():
        for found in reversed(list(pattern.finditer(text))):
            first, second = month_number(found.group("first")), month_number(found.group("second"))
            if first is None or second is None or first == second:
                continue
            text = text[: found.start()] + found.group("year") + text[found.end() :]
    return text


# The seasons that end in the next year (winter: December to February), by name.
_TURNING_SEASONS = "|".join(name for name, (_first, last) in months.SEASONS.items() if last > 12)

# What opens a season, left hanging once it is out: «à l'», «pendant l'», «au cours de l'», "in the".
_SEASON_OPENER = re.compile(
    r"(?:\b(?:à|a|en|pendant|durant|au cours de|in|during)\s+)?(?:l['’]\s*|le\s+|the\s+)?$", re.IGNORECASE
)


@lru_cache(maxsize=1)
def _turn_of_year() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Two years offered in place of each other, each maybe a part of its year ([month_alternative],
    [month_part]: «fin 2024 ou début 2025»); a turning season with the two years it spans («hiver 2024-2025»,
    "winter 2024/25")."""
    either = meaning_alternation("month_alternative")
    part = rf"(?:(?:{meaning_alternation('month_part')})\s*)?"
    opener = r"(?:(?:en|in)\s+)?"
    years = re.compile(
        rf"(?<![-/–])\b(?P<opener>{opener})(?P<one>{part}(?P<first>{_YEAR}))\s*,?\s*(?:{either})\s+"
        rf"(?P<other>{opener}{part}(?P<second>{_YEAR}))\b(?!\s*[-/–]\s*\d)",
        re.IGNORECASE,
    )
    season = re.compile(
        rf"\b(?:{_TURNING_SEASONS})\s+(?:de\s+|of\s+)?(?P<first>{_YEAR})\s*[-/–]\s*(?P<second>\d{{2}}|{_YEAR})\b",
        re.IGNORECASE,
    )
    return years, season


@lru_cache(maxsize=1)
def _months_allowed() -> int:
    """How many months after a diploma it counts as recent (rules/eligibility.toml, graduation_recent), read
    from the file itself: intake.eligibility reads the understanding, which may not import it back."""
    with (resources.rules_dir() / "eligibility.toml").open("rb") as fh:
        criteria = tomllib.load(fh).get("criterion", [])
    return int(next(c for c in criteria if c["id"] == "graduation_recent")["max_months"])


def _years_agree(first: int, second: int, today: date | None) -> bool:
    """Whether two years offered for each other fall on one side of the two-year limit read on `today`: the
    later one's December too old already, or the earlier one's January recent still (none without a day)."""
    if today is None:
        return False
    now = (today.year, today.month)
    too_old = months_between((max(first, second), 12), now) > _months_allowed()
    return too_old or months_between((min(first, second), 1), now) <= _months_allowed()


def turn_of_year_open(text: str, today: date | None = None) -> str:
    """`text` with each pair of years offered in place of each other, and each winter named by its two years,
    taken out with the words that opened it (alone, «à l'hiver» would be this winter): «validé fin 2024 ou
    début 2025» → «validé», «délivré à l'hiver 2024-2025» → «délivré»; a pair on one side of the limit on
    `today` cut to its later year instead: «en 2022, ou 2021», read in 2026 → «en 2022»."""
    years, season = _turn_of_year()
    for found in reversed(list(years.finditer(text))):
        first, second = int(found.group("first")), int(found.group("second"))
        if first == second:
            continue
        if _years_agree(first, second, today):
            later = found.group("one" if first > second else "other")
            text = text[: found.start()] + found.group("opener") + later + text[found.end() :]
        else:
            text = text[: found.start()].rstrip() + text[found.end() :]
    for found in reversed(list(season.finditer(text))):
        first, second = int(found.group("first")), int(found.group("second")[-2:])
        if second == (first + 1) % 100:
            opener = _SEASON_OPENER.search(text, 0, found.start())
            start = opener.start() if opener else found.start()
            text = text[:start].rstrip() + text[found.end() :]
    return text
