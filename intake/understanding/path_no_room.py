"""Years of experience the writer's own dated path leaves no room for. A career change is years of another
trade before a new diploma; a writer who dates their bac and their degree back to back («j'ai terminé ma
licence en juin 2025, juste après mon bac de 2022»: three years for a bac+3) spent every year between them
in the course, and the years since the degree are fewer than those claimed. A claim of years beside such a
path («Fort de trois années d'expérience dans le domaine», a job site's letter template's stock words, or
years of student jobs summed up) cannot be a trade before the degree, nor one after it: no career change
is told. Read after the situation (the years' unit) and the education (the diplomas with their dates),
like newest_words.studies_over_since.

A change named in words («reconversion», "career change") is never set aside; nor are years that fit
before the degree (a bac of 2015, «dix ans comme vendeur», a licence of 2025: the path has the room).
"""

from __future__ import annotations

import re
from datetime import date

from intake.understanding.careers import COUNT, YEARS, load_careers, years_counted
from intake.understanding.facts import EducationFacts, SituationFacts
from intake.understanding.situation import settle_current

_COUNTED = re.compile(rf"(?i)(?<![\w'’])\b{COUNT}\s+{YEARS}")
# The words of a change named, not counted («reconversion», «changer de métier», "career change").
_CHANGE_NAMED = re.compile(r"(?i)reconver|chang\w*\s+de\s+(?:m[ée]tier|voie|carri[eè]re)|career\s+change")


def career_without_room(
    situation: SituationFacts, education: EducationFacts | None, today: date
) -> SituationFacts:
    """`situation` without the career change its years told, when the writer's dated path has no room for
    them: the degree obtained within its own number of years after the bac, and fewer years since it than
    those claimed."""
    told = situation.flags.get("career_change") or situation.uncertain.get("career_change")
    if told is None or education is None or _CHANGE_NAMED.search(told.text):
        return situation
    careers = load_careers()
    claimed = [n for m in _COUNTED.finditer(told.text) if (n := years_counted(m, careers, today)) > 0]
    room = _years_outside_the_course(education, today)
    if not claimed or room is None or min(claimed) <= room:
        return situation
    situation.flags["career_change"] = None
    situation.uncertain.pop("career_change", None)
    settle_current(situation)
    return situation


def _years_outside_the_course(education: EducationFacts, today: date) -> float | None:
    """The years since the degree, when the degree came right after the bac (no year between them outside
    the course its level counts); None when the path is not dated so, or leaves room for a trade."""
    highest = education.highest
    if highest is None or not highest.obtained or highest.in_progress or not highest.graduation:
        return None
    if highest.level < 2:
        return None
    graduated = int(highest.graduation[:4])
    bacs = [
        int(m.graduation[:4])
        for m in education.mentions
        if m.level == 0 and m.obtained and m.graduation and int(m.graduation[:4]) < graduated
    ]
    if not bacs or graduated - max(bacs) > highest.level:
        return None  # a year or more between the bac and the degree beyond the course: room for a trade
    month = int(highest.graduation[5:7]) if len(highest.graduation) >= 7 else 1
    return (today.year - graduated) + (today.month - month) / 12
