"""Days a mail names from its own day — a weekday, a day of the month alone, «demain», «la semaine
prochaine» —, written as the dates they named on that day.

A mail is not always read the day it was written: the service was stopped, a message sat in quarantine, a
forwarded mail was written weeks before. «Mon stage s'achève vendredi prochain», written on Friday 5 March and
read on the 22nd, ended on the 12th; «mon stage se termine le 12», written on 2 March, ended that 12 March.
Counted from the reading day, both would still lie ahead and hold her in a placement. So, in a text written on
a known day before the reading day (carried_dates.py gives the blocks and their days), these words are written
as the date they named («le 12 mars 2027», "on 12 March 2027"); the readers after read a dated fact, and
evidence quotes the words as written. A bare weekday or day of the month takes its direction from the nearest
verb before it (carried_dates.direction_from_verb): a past told done points back, a present or a future
ahead. Habits («le lundi», «tous les mardis», «du lundi au vendredi», "every Monday") are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from intake.months import ENGLISH, FRENCH, full_names, short_names
from intake.understanding.dates import WEEKDAYS as _WEEKDAYS

_WEEKDAY = "|".join(_WEEKDAYS)
_MONTHS = "|".join(sorted({*full_names(), *short_names()}, key=len, reverse=True))
# A habit's or a range's words before a weekday: no one day is named.
_HABIT_BEFORE = re.compile(r"(?:\b(?:le|les|chaque|tous|du|au|des|every|from|to)\s+)$", re.IGNORECASE)
_NAMED_WEEKDAY = re.compile(
    rf"\b(?:(?P<rel_en>next|last|this|coming)\s+)?(?P<weekday>{_WEEKDAY})\b"
    rf"(?:\s+(?P<rel_fr>prochain|dernier))?(?!\s*(?:[0-3]?\d\b|{_MONTHS}))",
    re.IGNORECASE,
)
# A day of the month alone after the word that introduces a date: «le 12», «jusqu'au 12», "on the 12th".
_DAY_ALONE = re.compile(
    r"\b(?P<lead>le|au|jusqu['’]au|avant le|d['’]ici le|dès le)\s+(?P<day>[0-3]?\d|1er)"
    rf"(?!\s*(?:[\d/.:h%€°-]|e\b|ème|er\b|{_MONTHS}|ans?\b|jours?\b|mois\b|semaines?\b|heures?\b|fois\b|euros?\b))"
    r"|\b(?:on|by|until)\s+the\s+(?P<day_en>[0-3]?\d)(?:st|nd|rd|th)\b(?!\s+(?:of\b|" + _MONTHS + r"))",
    re.IGNORECASE,
)
# A day counted from the writing day: «demain», «hier», «la semaine prochaine», "tomorrow", "last week".
_SHIFTS = {
    "demain": 1, "après-demain": 2, "hier": -1, "avant-hier": -2, "la semaine prochaine": 7,
    "la semaine dernière": -7, "tomorrow": 1, "yesterday": -1, "next week": 7, "last week": -7,
}
_ENGLISH_SHIFTS = frozenset({"tomorrow", "yesterday", "next week", "last week"})
_SHIFTED = re.compile(
    r"\b(?:" + "|".join(sorted(map(re.escape, _SHIFTS), key=len, reverse=True)) + r")(?![\w-])", re.IGNORECASE
)
# Words after which a date is written without its «le»: «jusqu'à vendredi» → «jusqu'à 12 mars 2027».
_PREPOSITION_BEFORE = re.compile(r"(?:\b(?:à|a|avant|après|dès|depuis|pour|d['’]ici|by|until|since)\s+)$")

Direction = Callable[[int], str]  # where a thing told at that offset lies from the writing day
DatedEdit = tuple[int, str, str, date]  # where, the words as written, the words as read, the day they name


def deictic_edits(
    text: str, start: int, end: int, written_on: date, direction: Direction
) -> list[DatedEdit]:
    """(where, the words as written, the date they named, that day) for each weekday, day of the month
    alone and day counted from the writing day in text[start:end], a text written on `written_on`."""
    edits: list[DatedEdit] = []
    for m in _NAMED_WEEKDAY.finditer(text, start, end):
        if _HABIT_BEFORE.search(text[max(0, m.start() - 12) : m.start()]):
            continue
        said = (m.group("rel_en") or m.group("rel_fr") or "").lower()
        way = {"next": "after", "prochain": "after", "coming": "after", "last": "before", "dernier": "before"}
        where = way.get(said) or direction(m.start())
        day = _weekday_from(written_on, _WEEKDAYS[m.group("weekday").lower()], where)
        if day is not None:
            edits.append((m.start(), m.group(0), _written(text, m.start(), day, _english(m)), day))
    for m in _DAY_ALONE.finditer(text, start, end):
        number = m.group("day") or m.group("day_en")
        day = _month_day_from(written_on, 1 if number.lower() == "1er" else int(number), direction(m.start()))
        if day is not None:
            at = m.start("day") if m.group("day") else m.start()
            was = text[at : m.end()]
            english = m.group("day_en") is not None
            edits.append((at, was, _written(text, at, day, english, bare=not english), day))
    for m in _SHIFTED.finditer(text, start, end):
        day = written_on + timedelta(days=_SHIFTS[m.group(0).lower()])
        english = m.group(0).lower() in _ENGLISH_SHIFTS
        edits.append((m.start(), m.group(0), _written(text, m.start(), day, english), day))
    return edits


def _english(m: re.Match[str]) -> bool:
    return m.group("rel_en") is not None or m.group("weekday").lower().endswith("day")  # "friday"


def _weekday_from(written_on: date, weekday: int, where: str) -> date | None:
    """The weekday nearest after (or before) the writing day; the writing day's own weekday is a week off:
    «vendredi», written on a Friday, is the next one or the last one."""
    if where == "after":
        return written_on + timedelta(days=(weekday - written_on.weekday() - 1) % 7 + 1)
    if where == "before":
        return written_on - timedelta(days=(written_on.weekday() - weekday - 1) % 7 + 1)
    return None  # no tense to place it: left as written


def _month_day_from(written_on: date, number: int, where: str) -> date | None:
    """A day of the month alone: the writing month's, or the next one's for a thing ahead whose day is
    past, or the last one's for a thing done whose day is still to come."""
    if where not in {"after", "before"} or not 1 <= number <= 31:
        return None
    shift = 0
    if where == "after" and number < written_on.day:
        shift = 1
    elif where == "before" and number > written_on.day:
        shift = -1
    year, month = divmod(written_on.year * 12 + written_on.month - 1 + shift, 12)
    try:
        return date(year, month + 1, number)
    except ValueError:
        return None


def _written(text: str, at: int, day: date, english: bool, bare: bool = False) -> str:
    """The date as the text's language writes it, with «le» / "on" unless a preposition already leads."""
    month = ENGLISH[day.month - 1].capitalize() if english else FRENCH[day.month - 1]
    named = f"{day.day} {month} {day.year}"
    if bare or _PREPOSITION_BEFORE.search(text[max(0, at - 10) : at].lower()):
        return named
    return f"on {named}" if english else f"le {named}"
