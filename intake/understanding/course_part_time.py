"""A postgraduate course followed now beside life, in the evening or at a distance: studies running or not?

Reads a sentence in which the writer follows now a postgraduate course the other readers do not name («En
ce moment je fréquente une post-graduation en Économie Sociale, en régime post-laboral (à distance, le
soir), qui termine en juin 2027», Portuguese *pós-graduação*; «un postgrado a distancia») said part-time —
in the evening, at a distance, after work — and running today (a word of now, or an end dated ahead). Taken
after a degree, such a course leaves open whether the studies are over: the coordinator asks (the
translations corpus's convention). Only where no other reader said the studies run or are over
(situation.py): a master or a licence followed at a distance is studies running (course_followed.py)."""

from __future__ import annotations

import re
from datetime import date

from intake.understanding.dates import find_dates

# The writer following a course now: «je fréquente», «je suis (inscrite en)», «je fais», «je prépare», "I'm
# doing", "I attend", "I'm enrolled in".
_FOLLOWS = re.compile(
    r"(?i)\b(?:je|j['’])\s*(?:fr[ée]quente|suis(?: inscrite?)?|fais|pr[ée]pare|poursuis|m[èe]ne)\b"
    r"|\bi(?:['’]m| am)? (?:doing|taking|attending|attend|(?:currently )?enrolled in|studying)\b"
)
# A course taken after a degree: its name in French, in the source languages a translation keeps, in English.
_POSTGRADUATE = re.compile(
    r"(?i)\b(?:post-?gradua(?:tion|te (?:certificate|diploma|course))|p[óo]s-?gradua[çc][ãa]o|postgrado"
    r"|sp[ée]cialisation|especializaci[óo]n|especializa[çc][ãa]o|dipl[ôo]me universitaire|(?-i:DU|MBA))\b"
)
# Part-time, beside work: in the evening, at a distance, after working hours, at weekends.
_PART_TIME = re.compile(
    r"(?i)\b(?:le soir|en soir[ée]e|du soir|à distance|a distancia|post-?laboral|à temps partiel"
    r"|horaires? d[ée]cal[ée]s|le week-end|part-time|evenings?|distance learning)\b"
)
_NOW = re.compile(r"(?i)\b(?:en ce moment|actuellement|cette ann[ée]e|currently|right now|this year)\b")


def follows_part_time_postgraduate(unit: str, today: date) -> bool:
    """The writer follows now, part-time, a postgraduate course named after the verb of following."""
    follows = _FOLLOWS.search(unit)
    course = _POSTGRADUATE.search(unit, follows.end()) if follows else None
    if course is None or _PART_TIME.search(unit) is None:
        return False
    ahead = any(d.bounds()[0] > (today.year, today.month) for d in find_dates(unit, today))
    return ahead or _NOW.search(unit) is not None
