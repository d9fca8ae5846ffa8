"""A level told by counting what was validated of the studies, not by naming a diploma: «deux semestres
validés sur quatre» (bac+1), «j'ai validé mes six semestres» (bac+3), «deux années de licence, mais seule la
première validée» (bac+1), «cinq années d'études sans redoubler» (bac+5), «90 ECTS validés» (bac+1), "I
passed two of the four years of my degree" (bac+1).

The arithmetic: two semesters or sixty credits make a year, and each year validated after the bac is one
level; the years of a master named as the course counted come on top of the licence before it. Years only
spent («cinq ans à la fac», «deux années de licence»), or said not validated («deux semestres non validés»),
tell no level: no span is read and the level stays the coordinator's to ask. Apart from diploma_level.py,
which adds these spans to the diplomas a line names."""

from __future__ import annotations

import re
from itertools import pairwise

from intake.understanding.dates import COUNT_EN, COUNT_FR, count_of

Span = tuple[int, int, str, int]

# The labels of the levels read here: a mention under one of them is said validated by its own words.
YEARS_VALIDATED = "Années d'études validées"
SEMESTERS_VALIDATED = "Semestres validés"
CREDITS_VALIDATED = "Crédits ECTS validés"
COUNT_LABELS = frozenset({YEARS_VALIDATED, SEMESTERS_VALIDATED, CREDITS_VALIDATED})

_COUNT = rf"(?:{COUNT_FR}|{COUNT_EN})"
_UNIT = r"(?:semestres?|semesters?|ann[ée]es?|ans?|years?|cr[ée]dits\s+ECTS|ECTS|credits)"
# Validated, passed: the participle agreeing with the count, or the verb before it.
_VALID = r"(?:valid[ée]e?s?|r[ée]ussie?s?|acquise?s?|obtenue?s?|passed|completed|validated)"
# «sur quatre», «sur les six», "out of four", "of the six": the whole the count is a part of.
_OUT_OF = rf"(?:\s+(?:sur|out\s+of|of)\s+(?:les\s+|the\s+)?{_COUNT})"
# What the count is of, before its participle: «de LEA», «de fac en AES», «d'études (licence puis M1)».
_OF_WHAT = r"(?:\s+(?:de|d['’]|du|en|of|at|in)\s*[\w'’ -]{1,30}?)?(?:\s*\([^)]{0,50}\))?"

_COUNT_THEN_VALID = re.compile(
    rf"\b(?P<n>{_COUNT})\s+(?P<unit>{_UNIT}){_OUT_OF}?{_OF_WHAT}[\s,]*(?:tou(?:te)?s\s+|all\s+)?"
    rf"(?:(?:ont\s+été|sont|were|have\s+been)\s+)?(?P<valid>{_VALID}){_OUT_OF}?\b",
    re.IGNORECASE,
)
_VALID_THEN_COUNT = re.compile(
    rf"\b(?P<valid>valid[ée]|r[ée]ussi|obtenu|passed|completed|validated)\s+(?:mes\s+|les\s+|my\s+|the\s+)?"
    rf"(?P<n>{_COUNT})\s+(?:(?P<of2>of|out\s+of|sur)\s+(?:the\s+|my\s+|les\s+)?(?P<whole>{_COUNT})\s+)?"
    rf"(?P<unit>{_UNIT}){_OUT_OF}?\b",
    re.IGNORECASE,
)
# «seule la première validée», «seules les deux premières ont été validées», "only the first year was passed".
_ONLY_FIRST = re.compile(
    rf"\b(?:seule?s?|seulement|only)\s+(?:la|le|les|the)\s+(?:(?P<n>{_COUNT})\s+)?(?:premi[eè]re?s?|first)\s+"
    rf"(?:(?P<unit>{_UNIT})\s+)?(?:(?:a|ont|has|have|was|were)\s+(?:été\s+|been\s+)?|est\s+|sont\s+)?{_VALID}\b",
    re.IGNORECASE,
)
# «cinq années d'études sans redoubler», "four years of study without repeating a year": each year passed.
_WITHOUT_REPEATING = re.compile(
    rf"\b(?P<n>{_COUNT})\s+(?P<unit>ann[ée]es?|ans|years|semestres|semesters){_OF_WHAT}\s*,?\s*"
    r"(?:sans\s+(?:jamais\s+)?redoubl\w*|sans\s+redoublement|without\s+(?:ever\s+)?repeating)",
    re.IGNORECASE,
)
# A negation right before the participle: «deux semestres non validés», «pas réussis», "not passed".
_NEGATED = re.compile(r"\b(?:non|pas|jamais|not|never|sans|without)[\s-]*$", re.IGNORECASE)
# Only a line with a unit of study counted is read further.
_CUE = re.compile(r"semest|ann[ée]e|\bans?\b|\byears?\b|ects|cr[ée]dit", re.IGNORECASE)
# The course the count is of, named right after it: «… sur quatre de mon DUT», «… sur les six de la licence».
_PART_OF = re.compile(r"\s*(?:de|d['’]|du|of|in|en)\s*(?:(?:la|le|l['’]|ma|mon|une?|a|an|my|the)\s*)?", re.I)
_MASTER_LABELS = ("Master",)


def with_study_counts(line: str, spans: list[Span]) -> list[Span]:
    """`spans` with the levels `line` tells by counting what was validated (module docstring). A diploma
    named as the whole the count is a part of («deux semestres sur quatre de mon DUT») gives way to the
    count when the count is below it; a count reaching the diploma's level («mes six semestres de
    licence») leaves the diploma named."""
    out = list(spans)
    if not _CUE.search(line):
        return out
    for start, end, label, years in _counts_in(line):
        course = _course_named_after(line, end, out) or _course_named_in(start, end, out)
        others = [sp for sp in out if sp != course]
        if years < 1 or any(s <= start < e or start <= s < end for s, e, _, _ in others):
            continue  # the words are already read as a diploma or a level of their own
        level = years
        if course is not None:
            if course[2].startswith(_MASTER_LABELS):
                level = min(3 + years, 5)  # «un semestre validé sur les quatre du master»: a licence below
            if level >= course[3]:
                continue  # the diploma itself, all of it validated: its name tells the level
            out.remove(course)
        out.append((start, end, label, min(level, 8)))
    return sorted(out)


def _counts_in(line: str) -> list[Span]:
    """(start, end, label, years validated) of each count of validated study in `line`."""
    found: list[Span] = []
    for pattern in (_COUNT_THEN_VALID, _VALID_THEN_COUNT, _WITHOUT_REPEATING):
        for m in pattern.finditer(line):
            if "valid" in m.groupdict() and _NEGATED.search(line[: m.start("valid")]):
                continue  # «deux semestres non validés»: what was not validated is no level
            found.append(_span(m, m.group("n"), m.group("unit")))
    for m in _ONLY_FIRST.finditer(line):
        unit = m.group("unit") or _unit_said_before(line, m.start())
        found.append(_span(m, m.group("n") or "1", unit))
    return found


def _span(m: re.Match[str], said: str, unit: str) -> Span:
    n = count_of(said)
    unit = unit.lower()
    if unit.startswith("sem"):
        return (m.start(), m.end(), SEMESTERS_VALIDATED, n // 2)
    if "ects" in unit or unit.startswith(("cr", "cré")):
        return (m.start(), m.end(), CREDITS_VALIDATED, n // 60)
    return (m.start(), m.end(), YEARS_VALIDATED, n if n <= 8 else 0)


_UNIT_BEFORE = re.compile(
    rf"\b{_COUNT}\s+(?P<unit>semestres?|semesters?|ann[ée]es?|ans|years)\b", re.IGNORECASE
)


def _unit_said_before(line: str, at: int) -> str:
    """«deux semestres de DUT, seul le premier validé»: the unit of the count the sentence gave before."""
    said = list(_UNIT_BEFORE.finditer(line[:at]))
    return said[-1].group("unit") if said else "années"


def _course_named_after(line: str, end: int, spans: list[Span]) -> Span | None:
    part_of = _PART_OF.match(line, end)
    at = part_of.end() if part_of else end
    return next((sp for sp in spans if sp[0] == at), None)


def _course_named_in(start: int, end: int, spans: list[Span]) -> Span | None:
    """«deux semestres de DUT validés»: the course named inside the count's own words."""
    return next((sp for sp in spans if start <= sp[0] < end), None)


# A course counted in the years or semesters spent in it: «trois années de licence», «les deux du master»
# (the unit said once for the chain), "two years of a BTS".
_COUNTED_COURSE = re.compile(
    rf"\b(?P<n>{_COUNT})\s+(?:(?P<unit>semestres?|semesters?|ann[ée]es?|ans|years?)\s+)?"
    r"(?:de|d['’]|du|en|of|in)\s*(?:(?:la|le|l['’]|ma|mon|a|an|my|the)\s*)?$",
    re.IGNORECASE,
)
_CHAINED = re.compile(
    r"^[^.;:!?]{0,50}?(?:,\s*)?\b(?:puis|ensuite|et|then|and|followed by)\s+(?:les?\s+|the\s+)?", re.I
)


def with_courses_chained(line: str, spans: list[Span]) -> list[Span]:
    """«trois années de licence puis les deux du master», «quatre semestres de DUT puis deux semestres de
    licence pro»: courses counted in their years, told in order, whose years add up to the level of the last
    one, were each followed to its end — the chain is the last diploma, read from its own count (the first
    course's count keeps it «time spent», education.py). A sum short of it («trois ans de licence puis un
    an de master») tells no diploma."""
    counted = [(sp, _count_before(line, sp[0])) for sp in spans]
    for (first, first_count), (last, last_count) in pairwise(counted):
        if first_count is None or last_count is None:
            continue
        between = line[first[1] : last_count[0]]
        if not _CHAINED.match(between) or first_count[1] + last_count[1] != last[3] or first[3] >= last[3]:
            continue
        chained = (last_count[0], last[1], last[2], last[3])
        return sorted([sp for sp in spans if sp != last] + [chained])
    return spans


def _count_before(line: str, at: int) -> tuple[int, int] | None:
    """(where, years) of the count of years or semesters right before the course named at `at`."""
    said = _COUNTED_COURSE.search(line[max(0, at - 40) : at])
    if said is None:
        return None
    n = count_of(said.group("n"))
    unit = (said.group("unit") or _unit_said_before(line, max(0, at - 40) + said.start())).lower()
    years = n // 2 if unit.startswith("sem") else n
    return (max(0, at - 40) + said.start(), years)
