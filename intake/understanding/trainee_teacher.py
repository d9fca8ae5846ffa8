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
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from intake import resources
from intake.understanding.lexicon import loose_alternation, read_table


@dataclass(frozen=True)
class _Words:
    french: re.Pattern[str]  # «professeure stagiaire», «PE stagiaire»: the role in its group `role`
    english: re.Pattern[str]  # "a trainee teacher", "trainee teachers"
    cheap: re.Pattern[str]  # a word every match holds: a line without it is not read


@lru_cache(maxsize=4)
def _words(rules_dir: Path) -> _Words:
    """placements.toml [trainee_teacher]: the teaching trades whose probation year is called «stagiaire»,
    the trade's noun right before it (maybe «des écoles», or «de» and a subject of one or two words between),
    and the English name of the same year."""
    table = read_table(rules_dir, "placements.toml")["trainee_teacher"]
    alt = loose_alternation
    trade = rf"(?:{alt(table['trades'])}|(?-i:{alt(table['trades_cased'])})s?)"
    between = rf"(?:\s+(?:{alt(table['schools'])}|(?:{alt(table['subject_of'])})\s+[\w-]+(?:\s+[\w-]+)?))?"
    french = rf"\b{trade}{between}\s+(?P<role>{alt(table['roles'])})\b"
    # Every match holds a role or the English name's first word.
    cheap = alt(dict.fromkeys([*table["roles"], *(name.split()[0] for name in table["english"])]))
    return _Words(
        re.compile(french, re.IGNORECASE),
        re.compile(rf"\b(?:{alt(table['english'])})\b", re.IGNORECASE),
        re.compile(cheap, re.IGNORECASE),
    )


def trainee_reads(line: str, english: bool) -> list[tuple[int, str, str]]:
    """(where in the line, read as, written) of each trainee teacher's name in one line of the given
    language: «professeure stagiaire» read as «stagiaire», "trainee teacher" read as "intern"."""
    words = _words(resources.rules_dir())
    if not words.cheap.search(line):
        return []
    if english:
        return [(m.start(), _plural("intern", m.group(0)), m.group(0)) for m in words.english.finditer(line)]
    return [(m.start(), m.group("role"), m.group(0)) for m in words.french.finditer(line)]


def _plural(word: str, written: str) -> str:
    """`word` in the number of the written phrase ("trainee teachers" → "interns")."""
    return word + "s" if written.lower().endswith("s") else word
