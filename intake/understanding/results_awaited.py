"""The level of a course done whose results are awaited, read from the education already read.

«J'ai fini ma licence en juin mais j'attends les résultats du rattrapage», «j'ai soutenu mon mémoire de
master ; le jury se réunit le 30»: the reader keeps such a diploma as not had (pending.py, awaited_line.py)
and the studies' end asked (`studies_doubted`, or the situation's «studying» left uncertain), so no diploma
was the highest and the level was lost. The course is named and done, only its award is awaited: its level is
the writer's level, told to the coordinator, while the diploma stays not obtained — the level and the date
criteria stay asked, as before (eligibility reads an unobtained highest as «pas encore obtenu»). Read last,
on the education the reader settled: only when no diploma is had, no graduation is told alone, and the course
is named in the very sentence whose results are doubted — never a course given up («j'ai arrêté mon BTS»),
which no doubt on results names.
"""

from __future__ import annotations

from dataclasses import replace

from intake.understanding.facts import DiplomaMention, EducationFacts, SituationFacts

_DEGREE = 2  # a course of bac+2 or more: below it, the level decides nothing the bac does not


def with_awaited_level(
    education: EducationFacts | None, situation: SituationFacts | None
) -> EducationFacts | None:
    """`education` with, as its highest, the course of bac+2 or more whose results the writer awaits in the
    sentence that names it (the studies' end asked there, by the education or the situation read), when
    nothing else is had; unchanged otherwise."""
    if education is None or education.highest is not None or education.graduation_alone is not None:
        return education
    doubted = education.studies_doubted or (situation.uncertain.get("studying") if situation else None)
    if doubted is None:
        return education
    awaited = [m for m in education.mentions if _awaited_here(m, doubted.text)]
    if not awaited:
        return education
    course = max(awaited, key=lambda m: m.level)
    return replace(education, highest=replace(course, obtained=False, in_progress=False, graduation=None))


def _awaited_here(mention: DiplomaMention, doubted: str) -> bool:
    """A course told in the doubted sentence, not had, not followed now: done, its results awaited."""
    return (
        mention.level >= _DEGREE
        and not mention.obtained
        and not mention.in_progress
        and mention.evidence.text.strip() == doubted.strip()
    )
