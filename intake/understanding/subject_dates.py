"""A subject and a letter dating one diploma by two different years, and nothing in the mail saying which is
right: «Candidature – licence pro 2024» above «j'ai eu ma licence pro en 2022», «Objet : diplômée 2026» above
«diplômé en 2023 d'un BTS». Both lines are the writer's, written the same day; one of them is a slip, and
the reader cannot tell which. The date is left open and asked (`dates_open_against_subject`), never
guessed — a date two years back would refuse a person whose subject may be the true one.

The subject counts only where it dates the same diploma: one of the same level, or a year alone with no
diploma named («diplômée 2026»), by a year the letter never writes (where it does, it says what that year
is). A subject naming another diploma («master 2026» above a licence of 2023 and a master under way) is no
contradiction. A letter that owns a mistake or takes a line back («je me suis trompé», «ne tenez pas compte
de l'objet», meanings.toml [later_correction], [retraction], [untrue_now]) settles it: what is read stands.
A reply's or a forward's subject is an older line, not read here.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from intake.understanding.dates import find_dates
from intake.understanding.education import read_education
from intake.understanding.facts import EducationFacts, Source
from intake.understanding.lexicon import Lexicon, load_meanings


def dates_open_against_subject(
    education: EducationFacts, subject: list[Source], letter: str, lexicon: Lexicon, today: date
) -> EducationFacts:
    """`education` with its graduation date left open when the `subject` dates the same diploma by a year
    the `letter` never writes (a year it writes, it tells what it is: «2025, c'est l'année du duplicata»),
    and the letter settles nothing."""
    highest = education.highest
    if highest is None or not highest.graduation or not subject or _owns_a_slip_or_takes_back(letter):
        return education
    year = _subject_year(read_education(subject, lexicon, today), highest.level)
    carried = {m.graduation[:4] for m in education.mentions if m.graduation}
    written = {str(d.bounds()[0][0]) for d in find_dates(letter)}
    if year is None or year in carried | written | {highest.graduation[:4]}:
        return education
    return replace(education, highest=replace(highest, graduation=None), graduation_alone=None)


def _subject_year(said: EducationFacts, level: int) -> str | None:
    """The year the subject gives the diploma of `level`: its own diploma's when of that level, its year
    alone when it names none; None when it names another diploma or no year."""
    if said.highest is not None:
        same = said.highest.level == level and said.highest.graduation
        return said.highest.graduation[:4] if same and said.highest.graduation else None
    return said.graduation_alone.value[:4] if said.graduation_alone is not None else None


def _owns_a_slip_or_takes_back(text: str) -> bool:
    """The letter owns a slip, takes a line back or tells one untrue: it says which holds."""
    meanings = load_meanings()
    return (
        meanings["later_correction"].said_in(text)
        or meanings["retraction"].phrased_in(text)
        or meanings["untrue_now"].phrased_in(text)
    )
