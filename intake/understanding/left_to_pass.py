"""What is left to pass of a course: a part only a course has (a unit, credits, a resit, a semester;
rules/lexicon/meanings.toml [course_units]) or a step of it in a sentence naming studies (an exam, an oral,
the thesis: [course_steps]), said left («il me reste deux UE à repasser», «il me manque un crédit», "I still
have two modules to resit") or passed on a day still ahead («je passe l'oral de ma dernière UE en février»).
The studies are then not over; said under a doubt («il me manque peut-être un crédit»), whether they are is
asked. Nothing left («il ne me reste aucun examen», «plus rien à repasser») says nothing here. Said of the
person a referrer presents («il lui reste le grand oral en février»), it is theirs only in a message that
presents someone ([left_over_theirs]; `presenting`)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from intake.understanding.clauses import NEGATION, clause_at, clause_start
from intake.understanding.dates import YEARLESS_MONTH, find_dates, told_ahead
from intake.understanding.lexicon import (
    WORD_RUN,
    KeptReadings,
    Meaning,
    Structure,
    all_matches,
    elided_opening,
    load_meanings,
)

LEFT, MAYBE_LEFT = "left", "maybe_left"

# Nothing of the part left: «aucun examen», «plus rien», "no resit", "nothing".
_NONE_LEFT = re.compile(r"\b(?:aucune?|rien|plus de|pas de|no|none|nothing|any)\b", re.IGNORECASE)
# A step passed already: a participle («passé», «repassée», «validés», "passed", "resat", "retook").
_DONE = re.compile(r"(?:é|ée|és|ées|ed|resat|retook|sat|done)$", re.IGNORECASE)


@dataclass(frozen=True)
class PartLeft:
    """A part of a course left: `state` LEFT or MAYBE_LEFT, the clause [start, end) saying it."""

    state: str
    start: int
    end: int


def part_left(unit: str, structure: Structure, today: date, presenting: bool = False) -> PartLeft | None:
    """The first part of a course `unit` says is left to pass, or None; said of a third person («il lui
    reste»), only when the message is `presenting` someone."""
    # Kept per (unit, today, presenting): a pure reading of them, of the structure (the owner, compared by
    # identity) and of the meanings loaded once; a PartLeft is frozen. A CV sent in three formats is read
    # once.
    key = (unit, today, presenting)
    return _PARTS_LEFT.read(structure, key, lambda: _part_left(unit, structure, today, presenting))


_PARTS_LEFT: KeptReadings[PartLeft | None] = KeptReadings()


def _part_left(unit: str, structure: Structure, today: date, presenting: bool) -> PartLeft | None:
    meanings = load_meanings()
    units, steps = meanings["course_units"], meanings["course_steps"]
    studies = structure.studies_named is not None and bool(all_matches(structure.studies_named, unit))
    # A word test first: a unit where no word can hold a unit or a step of a course (may_hold_a_word_in,
    # false only then) makes every turn of the loop below `continue`; only the act left is then read.
    if not (units.may_hold_a_word_in(unit) or steps.may_hold_a_word_in(unit)):
        return _act_left(unit, meanings, presenting) if studies else None
    for found in WORD_RUN.finditer(unit):
        word = found.group().lower()
        if "'" in word or "’" in word:  # «l'épreuve», «d'examen»: the noun
            word = elided_opening(meanings["elided_clitic"].lemmas).sub("", word)
        if not (units.holds(word) or (steps.holds(word) and (studies or _names_a_unit(unit, units)))):
            continue
        clause_from = clause_start(unit, found.start())
        clause = clause_at(unit, found.start(), found.end())
        if _none_left(unit, clause_from, found.start()) or _anothers_left(clause, meanings, presenting):
            continue
        if not (_said_left(clause, meanings) or _passed_ahead(clause, unit, meanings["passing"], today)):
            continue
        doubted = meanings["hedge"].said_in(clause)
        return PartLeft(MAYBE_LEFT if doubted else LEFT, clause_from, clause_from + len(clause))
    return _act_left(unit, meanings, presenting) if studies else None


# The act itself left, as the infinitive of what remains: «il me reste à soutenir», «il ne me reste plus qu'à
# soutenir» (a restriction: only that is left, not nothing), "all I have left is to resit".
_TO_DO = re.compile(r"\b(?:[àa]|qu['’]\s*[àa]|to)\s+(?P<act>[^\W\d_]+)", re.IGNORECASE)


def _act_left(unit: str, meanings: dict[str, Meaning], presenting: bool) -> PartLeft | None:
    """In a sentence naming studies, an act of passing («soutenir», «repasser», "resit") left to do, after a
    phrase of what is left in its clause; said under a doubt, asked."""
    for found in _TO_DO.finditer(unit):
        if not meanings["passing"].holds(found.group("act").lower()):
            continue
        clause_from = clause_start(unit, found.start())
        clause = clause_at(unit, found.start(), found.end())
        said = unit[clause_from : found.start()]
        if not _said_left(said, meanings) or _none_left(unit, clause_from, found.start("act")):
            continue  # «il ne me reste plus rien à passer»: nothing left (but «plus qu'à»: only that)
        if _anothers_left(said, meanings, presenting):
            continue
        doubted = meanings["hedge"].said_in(clause)
        return PartLeft(MAYBE_LEFT if doubted else LEFT, clause_from, clause_from + len(clause))
    return None


def _names_a_unit(unit: str, units: Meaning) -> bool:
    return any(units.holds(w) for w in WORD_RUN.findall(unit.lower()))


def _none_left(unit: str, clause_from: int, start: int) -> bool:
    """«il ne me reste aucun examen», "no resit": the part is denied, or its clause negated before it."""
    before = unit[clause_from:start]
    return _NONE_LEFT.search(before) is not None or NEGATION.search(before) is not None


def _anothers_left(clause: str, meanings: dict[str, Meaning], presenting: bool) -> bool:
    """«il lui reste deux modules» in a message presenting nobody: left to someone else (a brother)."""
    return not presenting and meanings["left_over_theirs"].phrased_in(clause)


def _said_left(clause: str, meanings: dict[str, Meaning]) -> bool:
    return meanings["left_over"].phrased_in(clause) or meanings["left_over_theirs"].phrased_in(clause)


@lru_cache(maxsize=16)
def presents_someone(text: str) -> bool:
    """The message presents someone else («je vous présente…», "I'd like to introduce…"): what is left to
    them («il lui reste…») is the applicant's."""
    present = load_meanings()["present"]
    # may_hold_a_word_in: false only when no word can hold it, so the answer is the same (a CV holds none).
    return present.may_hold_a_word_in(text) and any(present.holds(w) for w in WORD_RUN.findall(text))


def _passed_ahead(clause: str, unit: str, passing: Meaning, today: date) -> bool:
    """An act of passing, not told done, on a date ahead; a month without its year, told with an act to
    come, is the next one («je passe l'oral en février», read in November)."""
    acts = [w for w in WORD_RUN.findall(clause.lower()) if passing.holds(w)]
    if not acts or all(_DONE.search(w) for w in acts):
        return False
    if told_ahead(clause, today, unit):
        return True
    dated = find_dates(clause)
    return not dated and YEARLESS_MONTH.search(clause) is not None and not _HAD_TO.search(clause)


# The act under a modal in the past: «j'ai dû repasser une épreuve en septembre», «il a fallu rattraper», "I
# had to resit in June" — done then; a month without its year is the last one, not the next.
_HAD_TO = re.compile(
    r"\b(?:ai|as|a|avons|avez|ont)\s+(?:d[ûu]|pu|fallu)\b|\bavais\s+(?:d[ûu]|pu)\b|\bhad to\b", re.IGNORECASE
)


def resit_sat(unit: str) -> bool:
    """The sentence tells the act of sitting a part done («j'ai passé en septembre la session de rattrapage»,
    "I resat it in June"; meanings.toml [sat_already]): a part it names «à repasser» was to be resat and has
    been; with its decision still to come (pending.py), the outcome is awaited, not a part left."""
    meanings = load_meanings()
    sat, after = meanings["sat_already"], meanings["sat_after"]
    if not sat.may_hold_a_word_in(unit):
        return False
    words = [w.lower() for w in WORD_RUN.findall(unit)]
    return any(
        sat.holds(word) and any(after.holds(w) for w in words[max(0, i - 3) : i])
        for i, word in enumerate(words)
    )

