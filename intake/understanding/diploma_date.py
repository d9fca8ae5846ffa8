"""Which date of a line or a CV's table is a diploma's: inside its name, right before it, after it in its own
clause, or on the line above in a table; and whether that date is behind us. Apart from education.py because
it reads only the places of dates around a diploma's name, whatever the diploma is."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from intake.understanding.dates import MonthYear, find_dates
from intake.understanding.diploma_level import find_diploma_spans
from intake.understanding.lexicon import Lexicon

_RANGE_SEP = re.compile(r"^\s*(?:[-–—/à]|to|au)\s*$", re.IGNORECASE)


def find_graduation(
    line: str,
    start: int,
    end: int,
    prev_line: str | None,
    today: date | None = None,
    others: Sequence[tuple[int, int]] = (),
) -> MonthYear | None:
    """The date of the diploma named at [start, end) of `line`; `others` are the other diplomas the line
    names, whose own dates are not this one's."""
    dates = find_dates(line, today)
    inside = [d for d in dates if start <= d.start and d.end <= end]
    if inside:
        return inside[-1]  # «promo 2025 de Sciences Po»
    after = [d for d in dates if d.start >= end]
    # «Licence AES (2023), Master 2 … (2025)»: a date in brackets closes the item before it.
    before = [d for d in dates if d.end <= start and not (after and _bracketed(line, d))]
    if before:
        # «2023 – sept. 2025 : Master …»: the end of the range, right before the diploma.
        last = before[-1]
        between = line[last.end : start]
        # «2023 – sept. 2025 : Master», not «en 2024 puis un BTS» (that date belongs to the previous diploma).
        adjacent = re.fullmatch(r"[\s:–—\-,.()•|]*", between) is not None
        # «licence en 2024, master 1 en juin 2025»: a date said with «en» is the item's before it.
        adjacent = adjacent and not (after and _BOUND_TO_BEFORE.search(line[: last.start]))
        # «bac 2023, licence pro juillet 2026»: a list of items each dated after its name; a date of the
        # diploma's own clause wins over one a comma leaves to the item before.
        own_after = after and not CLAUSE_BREAK.search(line[end : after[0].start])
        adjacent = adjacent and not (own_after and "," in between)
        alone = not after and not re.search(r"\bpuis\b|\bthen\b", between)
        alone = alone and not _owned_by_earlier(line, last, start, others, dates)
        if adjacent or alone or _cleft(line, last, start):
            return last
    if after:
        first = after[0]
        if len(after) > 1 and _RANGE_SEP.match(line[first.end : after[1].start]):
            first = after[1]  # «(2023-2025)», «(sept. 2023 à juin 2025)»: the end of the range
        gap = line[end : first.start]
        # The date must belong to this diploma, not to a later clause (« … et mon stage finit en mai »), nor
        # to a diploma named between («M2 jusqu'à l'été, licence depuis 2024»: the licence's).
        later = any(
            end <= other and other_end <= first.start and not _aside(line, end, other, first.start)
            for other, other_end in others
        )
        stage = re.search(r"\b(?:stage|service civique|mission|et je|while|and I)\b", gap, re.IGNORECASE)
        if not stage and not later:
            return None if _PERIOD_OF_WORK.search(gap) else first
    if before and not _owned_by_earlier(line, before[-1], start, others, dates):
        return before[-1]
    if prev_line is not None:
        prev_dates = find_dates(prev_line)
        stripped = DATE_ONLY.sub("", prev_line)
        if prev_dates and not stripped.strip():
            return prev_dates[-1]  # table layout: the dates sit on the line above
    return None


# A period of work told in a clause of its own after the diploma: its dates are the contract's, not the
# diploma's («licence préparée en alternance : deux ans d'apprentissage, de 2023 à 2025»; not «master en
# apprentissage (2023-2025)», where the dates are the diploma's).
_PERIOD_OF_WORK = re.compile(
    r"[,:;]\s*[^,:;]*\b(?:apprentissage|apprenticeship|contrat|contract|cdd|cdi|emploi|job)\b", re.IGNORECASE
)


_BOUND_TO_BEFORE = re.compile(r"\b(?:en|in|depuis|since)\s*$", re.IGNORECASE)


# A cleft puts the date in focus and the clause after «que» is what it dates: «c'est en juin prochain que je
# finirai mon BTS», "it was in 2022 that I got my BTS".
_CLEFT_FOCUS = re.compile(
    r"\b(?:c['’]est|c['’][ée]tait|ce sera|it (?:is|was|will be))\s+(?:\w+\s+){0,2}$", re.IGNORECASE
)
_CLEFT_CLAUSE = re.compile(r"\s*(?:qu['’]|que\b|that\b)", re.IGNORECASE)


def _cleft(line: str, when: MonthYear, start: int) -> bool:
    """The date before the diploma is the focus of a cleft whose clause names the diploma."""
    focus = _CLEFT_FOCUS.search(line[max(0, when.start - 30) : when.start])
    clause = _CLEFT_CLAUSE.match(line, when.end)
    return focus is not None and clause is not None and not re.search(r"[,.;!?]", line[when.end : start])


def _owned_by_earlier(
    line: str, when: MonthYear, start: int, others: Sequence[tuple[int, int]], dates: list[MonthYear]
) -> bool:
    """«J'ai une licence depuis juillet 2025 et mes cours de M2 continuent»: a date said after an earlier
    diploma of the sentence, the first date after it, is that diploma's; the later diploma, named after
    the date and not next to it, does not take it."""
    for other_start, other_end in others:
        if other_end > when.start or other_start >= start:
            continue
        between = line[other_end : when.start]
        if re.search(r"[.;!?]", between) or any(other_end <= d.start < when.start for d in dates):
            continue
        return True
    return False


def _aside(line: str, end: int, other: int, until: int) -> bool:
    """The diploma at `other` is named in brackets opened after `end` and closed before `until`: an aside
    («Master's degree (two years after my bachelor's) in … in September 2025»), not the date's owner; or in
    the same brackets as this one, an apposition of it («Éducatrice (DEES, grade licence), diplômée en
    2025»: the grade is the DEES's, the date after the brackets both's)."""
    opened = line[end:other].count("(") > line[end:other].count(")")
    shared = ")" not in line[end:other] and line[:end].count("(") > line[:end].count(")")
    return (opened or shared) and ")" in line[other:until]


def _bracketed(line: str, when: MonthYear) -> bool:
    return line[: when.start].rstrip().endswith("(") and line[when.end :].lstrip().startswith(")")


DATE_ONLY = re.compile(
    r"(?:\b(?:janv(?:ier)?|f[ée]vr?(?:ier)?|mars|avr(?:il)?|mai|juin|juil(?:let)?|ao[uû]t|sept?(?:embre)?|oct(?:obre)?|"
    r"nov(?:embre)?|d[ée]c(?:embre)?|january|february|march|april|may|june|july|august|september|october|"
    r"november|december)\b\.?|\b\d{1,4}\b|[-–—/:.,()\s]|\bà\b|\bdepuis\b|\bto\b|\bau\b)",
    re.IGNORECASE,
)


def is_past(when: MonthYear | None, today: date) -> bool | None:
    if when is None:
        return None
    earliest, latest = when.bounds()
    if latest < (today.year, today.month) or (when.month and latest == (today.year, today.month)):
        return True
    if earliest > (today.year, today.month):
        return False
    return None


def is_date_only(line: str | None) -> bool:
    return bool(line) and bool(find_dates(line or "")) and not DATE_ONLY.sub("", line or "").strip()


def dates_follow_diplomas(units: list[str], lexicon: Lexicon) -> bool:
    """Table-like CVs put the dates on their own line, above the diploma or below it; count which."""
    above = below = 0
    for index, unit in enumerate(units):
        if not unit or not find_diploma_spans(unit, lexicon) or find_dates(unit):
            continue
        above += is_date_only(find_neighbour(units, index, -1))
        below += is_date_only(find_neighbour(units, index, 1))
    return below > above


def find_neighbour(units: list[str], index: int, step: int) -> str | None:
    j = index + step
    while 0 <= j < len(units):
        if units[j]:
            return units[j]
        j += step
    return None


CLAUSE_BREAK = re.compile(r"[,;:.]| et | puis | and | then ")
