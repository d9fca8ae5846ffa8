"""A course told as lasting a year or less beside a bac: no diploma of bac+2 left to ask about.

Reads a sentence that names a bac (or a school-leaving certificate) and, after it, a diploma the lexicon
cannot place, measured by its own length: "I completed my A-levels and then a one-year certificate in
design", «après mon bac, une formation d'un an en photographie», «un certificat de neuf mois». A course of a
year or less after the bac is bac+1 at most: its name leaves no level of bac+2 open, the bac stays the level
told. Invariants: every length the sentence says is a year or less (a course of two years leaves the level
asked); the length is said next to the course's own word (its phrase, not a job's «pendant un an»); a level
stated in the sentence decides elsewhere.
"""

from __future__ import annotations

import re

from intake.understanding.dates import count_of

# A course's own word: a certificate, a diploma, a training, a course («certificat», «formation», "course").
_COURSE = r"(?:certificat\w*|certificate|dipl[oô]me|diploma|formation|course|programme|program|cursus)"
_COUNT = r"\d{1,2}|[a-zé]+"
_UNIT = r"mois|ans?|ann[ée]es?|months?|years?"
# The length as the course's own: "a one-year Foundation Certificate", "a nine-month course" (the length
# before the course's word, a name of at most three capitalised words between), «une formation d'un an»,
# «un certificat de neuf mois», "a course of one year" (after it).
_BEFORE = re.compile(
    rf"\b(?P<count>{_COUNT})[- ](?P<unit>month|year)(?:-long)?\s+(?:[A-Z][\w'’-]*\s+){{0,3}}{_COURSE}\b",
    re.IGNORECASE,
)
_AFTER = re.compile(
    rf"\b{_COURSE}(?:\s+[\w'’-]+){{0,3}}?\s+(?:d['’]\s*|de\s+|of\s+)(?P<count>un|une|{_COUNT})\s+(?P<unit>{_UNIT})\b",
    re.IGNORECASE,
)
_A_YEAR = 12  # months: a course of a year or less after the bac is bac+1 at most


def told_a_year_at_most(unit: str) -> bool:
    """`unit` measures a course by its own length, every such length a year or less."""
    lengths = [_months(m) for pattern in (_BEFORE, _AFTER) for m in pattern.finditer(unit)]
    return bool(lengths) and all(0 < months <= _A_YEAR for months in lengths)


def _months(found: re.Match[str]) -> int:
    said = found.group("count").lower()
    try:
        count = 1 if said in {"un", "une", "a", "an"} else count_of(said)
    except KeyError:
        return 0  # «de formation», "of design": no count
    return count if found.group("unit").lower().startswith(("mois", "month")) else count * _A_YEAR
