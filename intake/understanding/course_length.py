"""A count of years in brackets after a course: the course's length, no years spent in a trade.

Reads the clause a bracketed count of years closes («… (5 ans)»). A translation keeps the source's habit of
giving a degree with its length: «En mars 2026 j'ai terminé la carrière de Licence en Travail Social à
l'Université Nationale de Córdoba (5 ans)» (Spanish *carrera*, the studies) measures the licenciatura, the
way «Comptable (12 ans)» measures a trade. situations.toml's career_change phrase of a bracketed count is
read for a trade only: when the clause it closes names a course — a diploma the lexicon knows, or a place
or word of studies («université», «études», «cursus», «carrera») — and no work or role after
it («… puis comptable dans une banque (12 ans)» keeps its trade), the bracket is blanked, its place kept,
before the career change's phrases are read.

A résumé's line of education says the same with a period: «DNMADE mention objet, lycée Vauban, Brest
(2022–2025)», "Bachelor of Science in Nursing, University of Santo Tomas, Manila (2021–2025)" — a diploma at
the head of the line, its school and its town, then the years it was studied. The town right before the
bracket is no trade held those years, nor is a headline above the line naming the trade the diploma trains
for («designer objet», "RN"). `course_periods_blanked` blanks such a period before a career's years are read,
only when the line's head is the course (not «Professeure en BTS, lycée … (2012–2020)», a teacher's years), a
place of study follows it, and no work, role or step to a job stands between."""

from __future__ import annotations

import re

from intake.understanding.careers import Careers, clause_before, has_any, load_careers
from intake.understanding.lexicon import load_lexicon

# A bracketed count of years, as situations.toml's career_change phrase reads it («(5 ans)», «(12 ans)»).
_BRACKETED_YEARS = re.compile(r"(?i)\((?:[1-9]\d|[1-9]) ans\)")
# Words of a course beside the lexicon's diplomas and the places of study: its name in its source language
# (*carrera*, *carreira*), its parts. Not the French «carrière de» alone: «ma carrière de danseuse (10 ans)»
# is a trade's years; a translated *carrera* is a course when a diploma follows it («la carrière de Licence
# en Travail Social (5 ans)»), which the lexicon's diplomas read.
_STUDIES = re.compile(
    r"(?i)\b(?:[ée]tudes|cursus|carrera|carreira|formation|semestres|cycle|fili[eè]re)\b"
)
# The places of study a course is followed in. Not careers.toml's `schooling` whole: its leisure stems
# («danse», «piano») are no course, and «danse» sits inside «danseuse», a trade.
_PLACES_OF_STUDY = re.compile(r"(?i)\b(?:universit\w*|facult[ée]|fac|[ée]cole|iut|lyc[ée]e|school|college)\b")
# What tells a job after the course in the clause: a path's next step, a role's «comme», "as".
_STEP_AFTER = re.compile(r"(?i)\b(?:puis|ensuite|apr[eè]s|comme|en tant que|then|as)\b")


# A period of years in brackets: «(2022–2025)», «(sept. 2021 – juin 2025)», "(2021 to 2025)".
_BRACKETED_PERIOD = re.compile(
    r"\(\s*(?:[^\W\d_]+\.?\s+)?(?:19|20)\d\d\s*(?:[-–—/]|à|au|to)\s*(?:[^\W\d_]+\.?\s+)?(?:19|20)\d\d\s*\)"
)
# What may open a line before the course at its head: a bullet, a label («Formation :», "Education:"), a
# determiner («mon», "my") — nothing that names a role.
_BEFORE_HEAD = re.compile(
    r"(?i)^[\s\-–—•*·]*(?:(?:formation|dipl[oô]mes?|[ée]tudes|cursus|education|degree|studies)\s*:\s*)?"
    r"(?:(?:mon|ma|un|une|le|la|l['’]|my|a|an|the)\s+)?$"
)


def course_periods_blanked(unit: str) -> str:
    """`unit` with a bracketed period of years blanked when the line's head is a course, a place of study
    follows it, and no work nor step to a job stands before the period: the course's years, no trade's."""
    if "(" not in unit:
        return unit  # the cheap test: most units hold no bracket
    out = unit
    for m in _BRACKETED_PERIOD.finditer(unit):
        if _headed_by_a_course(unit[: m.start()], unit[m.end() :], load_careers()):
            out = out[: m.start()] + " " * (m.end() - m.start()) + out[m.end() :]
    return out


def _headed_by_a_course(before: str, after: str, careers: Careers) -> bool:
    """The words before a period open on a diploma the lexicon knows, the line names a place of study after
    it (before the period or right after it: «DNMADE mention objet (2022–2025), lycée Vauban»), and tells no
    work, no being nor a step to a job («…, puis comptable»)."""
    heads = [m for d in load_lexicon().diplomas for m in d.pattern.finditer(before)]
    head = min(heads, key=lambda m: m.start(), default=None)
    if head is None or not _BEFORE_HEAD.match(before[: head.start()]):
        return False
    rest = before[head.end() :] + " " + after
    told_work = has_any(rest, careers.work) or has_any(before, careers.being)
    return bool(_PLACES_OF_STUDY.search(rest)) and not (_STEP_AFTER.search(rest) or told_work)


def course_lengths_blanked(unit: str) -> str:
    """`unit` with each bracketed count of years that measures a course (the clause it closes names one,
    and no job after it) replaced by spaces of its length: the places of every other word kept."""
    if "ans)" not in unit:
        return unit  # the cheap test: most units hold no bracketed count
    careers = load_careers()
    out = unit
    for m in _BRACKETED_YEARS.finditer(unit):
        if _measures_a_course(clause_before(unit, m.start()), careers):
            out = out[: m.start()] + " " * (m.end() - m.start()) + out[m.end() :]
    return out


def _measures_a_course(clause: str, careers: Careers) -> bool:
    """The clause names a course and, after its last word of a course, no step to a job nor any work."""
    ends = [m.end() for m in _STUDIES.finditer(clause)]
    ends += [m.end() for d in load_lexicon().diplomas for m in d.pattern.finditer(clause)]
    ends += [m.end() for m in _PLACES_OF_STUDY.finditer(clause)]
    if not ends:
        return False
    after = clause[max(ends) :]
    return not (_STEP_AFTER.search(after) or has_any(after, careers.work) or has_any(clause, careers.work))
