"""A trainee teacher's year read as what it is: a placement held, the teacher's «stagiaire» its role.

After the CAPES (or a CRPE, a CAPLP), a laureate spends a year as «professeure stagiaire» (a «fonctionnaire
stagiaire», «PE stagiaire», «CPE stagiaire») in a school, with a tutor, before being made permanent; the
English "trainee teacher" is the same year of training at a school. The programme counts that year as a
stage (the disciplines corpus's LICENCE: «a professeur stagiaire's year (a stage)»). The trade's noun stands
before the role and the small model hangs «stagiaire» on it as an adjective, so no reader sees the role: the
phrase is read as the bare role («je suis professeure stagiaire depuis septembre» → «je suis stagiaire
depuis septembre»), an edit of the surface (surface.py) — tense, negation, dates and the person are then
read as for any «stagiaire», and evidence quotes the writer's words. Only a teacher's or a civil servant's
probation: «avocate stagiaire», «éducateur stagiaire» are left to what reads them.
"""

from __future__ import annotations

import re

# The teaching trades whose probation year is called «stagiaire», the trade's noun right before it, in any
# gender and number: «professeur(e)», «prof», «enseignant(e)», «fonctionnaire», a professeur des écoles
# («PE»), a conseiller principal d'éducation («CPE»), a professeur de lycée professionnel («PLP»).
_FRENCH = re.compile(
    r"\b(?:professeure?s?|profs?|enseignante?s?|fonctionnaires?|(?-i:PE|CPE|PLP)s?)"
    r"(?:\s+(?:des\s+[ée]coles|de\s+[\w-]+(?:\s+[\w-]+)?))?\s+(?P<role>stagiaires?)\b",
    re.IGNORECASE,
)
# "a trainee teacher", "trainee teachers": the English name of the same year (read as its role, "intern").
_ENGLISH = re.compile(r"\btrainee\s+teachers?\b", re.IGNORECASE)
_CHEAP = re.compile(r"stagiaire|trainee", re.IGNORECASE)


def trainee_reads(line: str, english: bool) -> list[tuple[int, str, str]]:
    """(where in the line, read as, written) of each trainee teacher's name in one line of the given
    language: «professeure stagiaire» read as «stagiaire», "trainee teacher" read as "intern"."""
    if not _CHEAP.search(line):
        return []
    if english:
        return [(m.start(), _plural("intern", m.group(0)), m.group(0)) for m in _ENGLISH.finditer(line)]
    return [(m.start(), m.group("role"), m.group(0)) for m in _FRENCH.finditer(line)]


def _plural(word: str, written: str) -> str:
    """`word` in the number of the written phrase ("trainee teachers" → "interns")."""
    return word + "s" if written.lower().endswith("s") else word
