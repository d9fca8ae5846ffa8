"""A situation told of «this year» with no end: «j'ai fait un service civique cette année dans une épicerie
sociale», "I did a placement this year". The year we are in holds today: told without an end date, an end
word or its whole length, a civic service or an internship of this year may be over or still running — the
coordinator asks. The sentence form of what `situation_time.read_this_year_on_cv` reads on a CV line
(«2026 : stage, …»), kept apart because it reads the words of a sentence, not a CV's dated entry.

Invariants: only the writer's own newest words; the mention and «cette année» in one clause; an end
(«terminé», «fini», «jusqu'au 30 octobre», "ended in May", "until"), a start («depuis»), a length («de six
mois») or a date in that clause leave the other readers to decide.
"""

from __future__ import annotations

import re

from intake.understanding.clauses import SENTENCE_MARKS
from intake.understanding.dates import COUNT_EN, COUNT_FR, find_dates
from intake.understanding.unfinished import GOT_EN, OVER_FR

_THIS_YEAR = re.compile(r"\b(?:cette ann[ée]e|this year)\b", re.IGNORECASE)
# An end, a start or a length told in the clause. The participles of completion are unfinished's, defined
# once («terminé», «achevé», «validé», «obtenu», "completed", with their agreements); beside them, the words
# only an end of time says here: «fini», «clos», «jusqu'au», «prend fin», "ended", "until", a start
# («depuis»), a count of months or weeks.
_ENDED_OR_DATED = re.compile(
    rf"\b(?:(?:{OVER_FR})\w*|fini\w*|clos\w*|jusqu\w*|depuis|prend fin|pris fin|fin (?:de|d.|du)|ended|"
    rf"finished|{GOT_EN}|over|until|till|since)\b"
    rf"|\b(?:{COUNT_FR}|{COUNT_EN})\s*(?:-\s*)?(?:mois|semaines|months?|weeks?)\b",
    re.IGNORECASE,
)
# A clause ends at a sentence's marks (clauses.SENTENCE_MARKS), a comma, a colon, a bracket, or a link word.
_CLAUSE_CUT = re.compile(rf"[,:{SENTENCE_MARKS}()]|\s(?:et|mais|puis|and|but|then)\s", re.IGNORECASE)


def held_this_year_unended(unit: str, starts: list[int]) -> bool:
    """The mention at one of `starts` is told of «this year» in its clause, with no end, start, length or
    date there: over or running? Asked."""
    return any(_this_year_clause(unit, start) for start in starts)


def _this_year_clause(unit: str, start: int) -> bool:
    cuts = [m.start() for m in _CLAUSE_CUT.finditer(unit)]
    before = max((c for c in cuts if c < start), default=-1) + 1
    after = min((c for c in cuts if c > start), default=len(unit))
    clause = unit[before:after]
    # «cette année» may close the mention's clause after a place («… cette année dans une épicerie»).
    if not _THIS_YEAR.search(clause):
        return False
    return not _ENDED_OR_DATED.search(clause) and not find_dates(clause)
