"""Two diplomas of two dates: the highest gives the level, the most recent of bac+2 or more gives the date.

«Un master en 2016, et en juin 2026 un BTS», "an MSc in 2015, then an HND this June": the applicant is a
graduate of June 2026 at bac+5 — the programme asks for a diploma of bac+2 or more obtained within the
last two years, and the later one is one. The highest diploma keeps its level; the graduation's date is the
latest date of a diploma obtained at bac+2 or more (t-date, stop 39).

Invariants: only a diploma said obtained, not in progress, of bac+2 or more, dated in the past and later than
the highest one's year moves the date — another diploma, not the same one dated twice (by its jury, then
by its paper); a later diploma below bac+2 (a CAP, a bac pro) renews nothing; the
evidence quotes both diplomas' sentences.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from intake.understanding.dates import find_dates
from intake.understanding.diploma_date import is_past
from intake.understanding.facts import DiplomaMention, Evidence

# The lowest level whose date counts as a graduation's (rules/eligibility.toml, graduation_recent).
_MIN_LEVEL = 2


def dated_by_the_latest(
    highest: DiplomaMention, mentions: list[DiplomaMention], today: date
) -> DiplomaMention:
    """The highest diploma, dated by the latest diploma of bac+2 or more obtained after its year."""
    if not highest.graduation or highest.level < _MIN_LEVEL:
        return highest
    # A mention of the same diploma is that diploma dated twice (by its jury and its paper), not a second one.
    others = [m for m in mentions if m.label != highest.label]
    later = [m for m in others if _renews(m, highest.graduation[:4], today)]
    if not later:
        return highest
    latest = max(later, key=lambda m: m.graduation or "")
    text = highest.evidence.text
    if latest.evidence.text != text:
        text = f"{text} […] {latest.evidence.text}"
    return replace(highest, graduation=latest.graduation, evidence=Evidence(text, highest.evidence.where))


def _renews(mention: DiplomaMention, year: str, today: date) -> bool:
    """`mention` is a diploma of bac+2 or more, obtained, dated in a year after `year` and in the past."""
    if not (mention.obtained and not mention.in_progress and mention.level >= _MIN_LEVEL):
        return False
    if not mention.graduation or mention.graduation[:4] <= year:
        return False
    when = find_dates(mention.graduation)
    return bool(when) and is_past(when[0], today) is True
