"""A student's trappings read as the state of the studies: what only an enrolled student holds (a Crous
grant, a student card, the year's enrolment fees, the CVEC; rules/lexicon/meanings.toml
[student_trappings]) held now says the studies go on — «mes frais d'inscription 2026-2027 sont payés», «ma
bourse tombe chaque mois jusqu'en juin», "my student card runs until next summer" —, denied or told ended
says they are over — «plus de bourse ni de carte d'étudiante», "my student card expired in July".

Held now with a time that places it now (a date ahead, this academic year, a word of «still» or of a
routine), the studies go on; held in the present with no such time («j'ai une carte d'étudiant»), whether
they go on is asked. Told in the past without either («j'avais une bourse»), it says nothing of today.

A figure of a student's life tells the same (study_figures.py): «encore sur les bancs de la fac», «la dernière
ligne droite de mon M2», "still hitting the books" say the studies go on; «quasiment diplômée» asks."""

from __future__ import annotations

import re
from datetime import date

from intake.understanding.clauses import NEGATION, clause_at, clause_start
from intake.understanding.dates import find_dates, told_ahead
from intake.understanding.lexicon import Meaning, load_meanings
from intake.understanding.study_figures import GOING_ON, figured_studies

HELD_NOW, MAYBE_NOW, OVER = "held_now", "maybe_now", "over"

# Words denying the trapping itself: «plus de bourse», «ni carte», «sans bourse», "no student card".
_DENIED = re.compile(
    r"\b(?:plus\s+(?:de|d['’])|ni|sans|aucune?|pas\s+de|no|without|no\s+more|no\s+longer)\s*(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
# A trapping named as a purpose: «inscrite pour la carte d'étudiante», "registered for the student card" —
# what is kept for it (a registration) is read by the situation, the trapping itself is not said held.
# «pour garder ma carte», "to keep my student card": the trapping kept is the purpose too.
_PURPOSE = re.compile(r"\b(?:pour|for|to)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
# A course's sessions or steps denied: «plus aucun cours», «ni examen», "no classes", "no more exams".
_NONE_OF = re.compile(
    r"\b(?:plus\s+(?:aucun\w*|de|d['’])|aucun\w*|pas\s+(?:de|d['’])|ni|no\s+more|not\s+any|nor|no)\s*"
    r"(?:de\s+|d['’]|any\s+)?([^\W\d_]+)",
    re.IGNORECASE,
)
# A past the trapping is told in, with no time of now: «j'avais une bourse», "I had a grant".
_TOLD_PAST = re.compile(
    r"\b(?:j['’]avais|j['’]ai eu|j['’]ai touché|j['’]ai perçu|avait|était|étaient|had|was|were|used to)\b",
    re.IGNORECASE,
)


def student_status(unit: str, today: date) -> tuple[str, str] | None:
    """The state of the studies a student's trapping in `unit` tells, with the trapping's words, else the one
    a figure of studying tells (study_figures.py); None when neither is named or nothing is said of today."""
    told = _trappings_told(unit, today)
    if told is not None:
        return told
    figured = figured_studies(unit)
    if figured is None:
        return None
    return (HELD_NOW if figured[0] == GOING_ON else MAYBE_NOW), figured[1]


def kept_for_its_trappings(unit: str) -> bool:
    """An enrolment kept for a student's trapping, and the course's sessions or exams denied beside it
    («toujours inscrite pour garder ma carte étudiante, mais plus aucun cours ni examen», "still registered
    to keep my student card, no classes or exams left"): the status is kept, the studies are over — the facts
    decide, not the status."""
    meanings = load_meanings()
    trappings = _trappings_in(unit, meanings["student_trappings"])
    if not any(_PURPOSE.search(unit[max(0, start - 25) : start]) for start, _ in trappings):
        return False
    parts = (meanings["course_sessions"], meanings["course_steps"])
    return any(any(m.holds(d.group(1).lower()) for m in parts) for d in _NONE_OF.finditer(unit))


def _trappings_told(unit: str, today: date) -> tuple[str, str] | None:
    """The state a student's trapping in `unit` tells, with its words, or None."""
    meanings = load_meanings()
    trappings = meanings["student_trappings"]
    told = [
        (state, unit[start:end])
        for start, end in _trappings_in(unit, trappings)
        if (state := _state_at(unit, start, end, meanings, today)) is not None
    ]
    # «j'ai réglé la CVEC et mes droits d'inscription pour 2026-2027»: one trapping placed now decides.
    for wanted in (HELD_NOW, OVER, MAYBE_NOW):
        if any(state == wanted for state, _ in told):
            return next(t for t in told if t[0] == wanted)
    return None


def _trappings_in(unit: str, trappings: Meaning) -> list[tuple[int, int]]:
    if not trappings.phrased_in(unit):
        return []  # one search for all the phrases first: most units name none
    lowered = unit.lower().replace("’", "'")
    return sorted(
        (found.start(), found.end())
        for phrase in trappings.phrases
        for found in re.finditer(rf"(?<!\w){re.escape(phrase)}(?!\w)", lowered)
        if not _names_a_permit(lowered, found.end())
    )


def _names_a_permit(lowered: str, end: int) -> bool:
    """The trapping's words go on into a permit's noun ("my student residence permit", meanings.toml
    [permit_nouns]): a residence permit named, no room of a student's, no fact of studies running."""
    following = re.match(r"\s+([^\W\d_]+)", lowered[end:])
    return following is not None and following.group(1) in load_meanings()["permit_nouns"].lemmas


def _state_at(unit: str, start: int, end: int, meanings: dict[str, Meaning], today: date) -> str | None:
    """Over when denied in its own words or told ended in its clause; held now when its clause places it
    now; maybe now in a present clause; None when told in the past."""
    # «plus de bourse ni de carte d'étudiante»: the denial runs through the coordination.
    if _DENIED.search(unit[max(0, start - 30) : start]):
        return OVER
    if _PURPOSE.search(unit[max(0, start - 20) : start]):
        return None
    clause = clause_at(unit, start, end)
    if NEGATION.search(unit, clause_start(unit, start), end):
        return OVER  # «je n'ai plus de carte étudiante», "I no longer have a student card"
    if meanings["trappings_ended"].said_in(clause):
        return OVER  # «j'ai rendu ma carte d'étudiant», "my student card expired"
    if _placed_now(clause, unit, meanings["trappings_now"], today):
        return HELD_NOW
    return None if _TOLD_PAST.search(clause) else MAYBE_NOW


def _placed_now(clause: str, unit: str, now: Meaning, today: date) -> bool:
    """A date ahead («jusqu'en juin» read in November is next June), the academic year running today
    («2026-2027»), or a word of «still» or of a routine («chaque mois», "every month")."""
    if told_ahead(clause, today, unit) or now.said_in(clause):
        return True
    years = [d.year for d in find_dates(clause) if d.month is None]
    return any(y == today.year or y == today.year + 1 for y in years) and len(years) == 2
