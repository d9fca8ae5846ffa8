"""A diploma's place in time as the verb governing it tells it (clauses.time_of, the one reader of time).

The verb's tense, mood or periphrasis says whether the diploma is had, when, or never was:
- a past conditional says what did not happen: «j'aurais dû être diplômée de ma licence en 2025», «j'aurais eu
  mon master en 2023» — the diploma is not had as told, nor its date;
- «devoir» in the conditional is a plan, not an outcome: «je devrais obtenir mon BUT en mars» — not had yet,
  and whether it has come is asked (a plan read in November may be of a June gone or to come);
- «venir de» on obtaining or completing, with no date: «elle vient de décrocher sa licence» — had, this year;
- a narrative present under a past year: «en 2024, je boucle mon master» — done that year, not studied now.

Invariants: only a verb outside the diploma's own words governs it (the small model tags «master» as a verb);
a reading never makes a diploma had that another word denies (callers keep their negations), and a plan or a
counterfactual never rejects alone: it takes the diploma away, or asks."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from intake.understanding.clauses import (
    PAST,
    PRESENT,
    Aspect,
    Timed,
    clause_at,
    clause_start,
    english_time,
    is_french,
    is_verb,
    parse,
    time_of,
    tokens_in,
)
from intake.understanding.dates import YEARLESS_MONTH, MonthYear, find_dates
from intake.understanding.facts import DiplomaMention, Evidence
from intake.understanding.lexicon import load_meanings
from intake.understanding.stance import hypothetical_at

NOT_HAD = "not_had"  # a counterfactual: what would have been
PLANNED = "planned"  # «je devrais obtenir …»: a plan, its outcome asked
JUST_HAD = "just_had"  # «je viens d'obtenir …»: had, within weeks
TOLD_PAST = "told_past"  # «en 2024, je termine mon master»: a narrative present of a year gone
RUNNING = "running"  # «je prépare un DEASS», «je suis en train de finir mon mémoire de M2»: studied now


@dataclass(frozen=True)
class DiplomaTime:
    """How the verb places the diploma: one of the constants above, the date it gives (the anchor year of a
    narrative present, the reading day's year of a «venir de»), the verb's words for the evidence."""

    state: str
    when: MonthYear | None
    words: str


def governing_verb(unit: str, start: int, end: int) -> Any:
    """The verb the diploma named at [start, end) of `unit` depends on, climbing from its first word past
    the words of the diploma itself; None when the line has none (a CV line, a title)."""
    words = tokens_in(parse(unit), start, end)
    if not words:
        return None
    inside = {t.i for t in words}
    current = words[0]
    for _ in range(8):
        if current.i not in inside and is_verb(current) and current.morph.get("VerbForm"):
            return current
        if current.head.i == current.i:
            return None
        current = current.head
    return None


def _timed(verb: Any, today: date) -> Timed:
    """The verb's time; an infinitive or a participle under a past conditional takes its head's
    («j'aurais dû être diplômée», «j'aurais pu finir»: the counterfactual is the head's)."""
    timed = time_of(verb, today)
    if verb.dep_ in {"xcomp", "ccomp"} and verb.head.i != verb.i:
        above = time_of(verb.head, today)
        if above.aspect == Aspect.COUNTERFACTUAL:
            return above
    return timed


def diploma_time(unit: str, start: int, end: int, today: date) -> DiplomaTime | None:
    """The diploma named at [start, end) of `unit`, placed in time by its verb; None when the verb says
    nothing beyond what the reader already reads (a passé composé, a present, a future)."""
    if not is_french(unit):
        return _english_time(unit, start, today)
    verb = governing_verb(unit, start, end)
    if verb is None:
        return None
    timed = _timed(verb, today)
    if timed.aspect == Aspect.COUNTERFACTUAL:
        return DiplomaTime(NOT_HAD, None, timed.words)
    if timed.aspect == Aspect.PLANNED and verb.dep_ == "xcomp" and _conditional(verb.head, today):
        return DiplomaTime(PLANNED, None, timed.words)
    gets = _obtains(verb)
    if timed.time == PRESENT and timed.aspect == Aspect.RUNNING and _worked_towards(verb, unit, start, end):
        # A date in the clause decides instead («je finis ma licence en juin»: a June gone or to come; the
        # readers of dates weigh it): the present alone says «now» only undated.
        dated = find_dates(clause_at(unit, start, end)) or YEARLESS_MONTH.search(clause_at(unit, start, end))
        return None if dated else DiplomaTime(RUNNING, None, timed.words)
    if timed.aspect == Aspect.JUST_DONE and gets and verb.head.lower_.startswith("vien"):
        # «venait de» is a past before a past: just done then, not now.
        said = verb.doc.text[verb.head.idx : verb.idx + len(verb.text)]
        how = f"« {said} » : {today.year}, sans le mois"
        return DiplomaTime(JUST_HAD, MonthYear(today.year, None, start, start, how=how), timed.words)
    if timed.narrative and timed.time == PAST and timed.anchor is not None and gets:
        year, month = timed.anchor
        return DiplomaTime(TOLD_PAST, MonthYear(year, month, start, start), timed.words)
    return None


def _english_time(unit: str, start: int, today: date) -> DiplomaTime | None:
    """The same, in English, read on the words of the diploma's clause up to it (clauses.english_time):
    "I'd have graduated in 2023 …" is not had as told; "Ada has just completed her MSc" is had this year."""
    timed = english_time(unit[clause_start(unit, start) : start])
    if timed.aspect == Aspect.COUNTERFACTUAL:
        return DiplomaTime(NOT_HAD, None, timed.words)
    if timed.aspect == Aspect.JUST_DONE and any(_gets_word(w) for w in timed.words.split()):
        how = f"« {timed.words} » : {today.year}, sans le mois"
        return DiplomaTime(JUST_HAD, MonthYear(today.year, None, start, start, how=how), timed.words)
    return None


# Nominal links inside the diploma's phrase up to its noun: «mon mémoire de M2 Sociologie».
_NOMINAL = frozenset({"amod", "nmod", "compound", "flat:name", "flat", "appos", "det", "fixed", "conj"})


def _worked_towards(verb: Any, unit: str, start: int, end: int) -> bool:
    """The diploma (or its final work: «mon mémoire de M2») is the direct object of a verb of preparing or
    completing a course (meanings.toml [complete], [prepare]): «je prépare un DEASS», «je finis mon BUT».
    Not a course named further off («je prépare mon entrée en master»: the object is the entry)."""
    meanings = load_meanings()
    if not (meanings["complete"].holds(verb.text) or meanings["prepare"].holds(verb.text)):
        return False
    words = tokens_in(verb.doc, start, end)
    inside = {t.i for t in words}
    current = words[0]
    while current.head.i != verb.i:
        if current.head.i == current.i or (current.i not in inside and current.dep_ not in _NOMINAL):
            return False
        if current.i not in inside and not _course_part(current):
            return False
        current = current.head
    return bool(current.dep_ == "obj")


def _course_part(word: Any) -> bool:
    """A word of the diploma's own phrase, or its final work («mémoire», «thèse»: [course_steps])."""
    return word.pos_ in {"PROPN", "ADJ", "DET", "NUM"} or load_meanings()["course_steps"].holds(word.text)


def _conditional(head: Any, today: date) -> bool:
    """«devrais» in «je devrais obtenir»: the head of the plan in the present conditional (time_of reads it as
    the conditional of politeness), not «je dois finir» (a duty now: the course runs)."""
    return time_of(head, today).aspect == Aspect.POLITE


def _obtains(verb: Any) -> bool:
    """A verb of getting or completing a diploma (meanings.toml [obtain], [complete])."""
    return _gets_word(verb.text)


def _gets_word(word: str) -> bool:
    """One word of getting or completing, English past participles too ("completed", "obtained")."""
    meanings = load_meanings()
    forms = (word, word[:-1], word[:-2]) if word.lower().endswith("ed") else (word,)
    return any(meanings["obtain"].holds(f) or meanings["complete"].holds(f) for f in forms)


def told_past_at(unit: str, at: int, today: date) -> bool:
    """The phrase at `at` (a phrase of studying: «je termine ma licence») has its verb in a narrative present
    anchored on a date before the reading day: «en 2025, je termine ma licence» is over, not studied now."""
    if not is_french(unit):
        return False  # the French parser reads English as noise: "I got a BA in 2025, and I'm taking …"
    doc = parse(unit)
    words = [t for t in tokens_in(doc, at, len(unit)) if is_verb(t) and "Fin" in t.morph.get("VerbForm")]
    if not words:
        return False
    timed = time_of(words[0], today)
    if not (timed.narrative and timed.time == PAST and timed.anchor is not None):
        return False
    # The year heads the phrase's own coordinated clause («; en 2025, je termine …»), not a noun of an
    # earlier one («j'ai un BTS de 2025 et je suis encore en licence»: the licence runs now).
    opening = max((m.end() for m in _COORDINATION.finditer(unit, 0, at)), default=0)
    if str(timed.anchor[0]) not in unit[opening:at]:
        return False
    # A date still ahead told after it («…, je termine mon M2 (fin des cours en juin 2027)») keeps it running.
    now = (today.year, today.month)
    return not any(d.bounds()[1] > now for d in find_dates(unit[at:], today))


_COORDINATION = re.compile(r"[;:\n]| et | mais | puis ", re.IGNORECASE)


def retimed(mention: DiplomaMention, unit: str, today: date) -> DiplomaMention:
    """`mention` as its verb places it: not had under a counterfactual or a plan (its date dropped), had and
    dated this year after «venir de», had and dated by the year heading a narrative present."""
    at = unit.lower().find(mention.text.lower())
    told = diploma_time(unit, at, at + len(mention.text), today) if at >= 0 else None
    if told is None or not (mention.obtained or mention.in_progress):
        return mention
    if told.state in {NOT_HAD, PLANNED}:
        return replace(mention, obtained=False, in_progress=False, graduation=None)
    if told.state == RUNNING:
        # a date the reading day has passed beats the present («je termine ma licence en mai 2025»)
        return mention if mention.graduation else replace(mention, obtained=False, in_progress=True)
    if told.when is None or (mention.graduation is not None and told.state == JUST_HAD):
        return mention
    if mention.graduation is not None:
        return replace(mention, obtained=True, in_progress=False)
    evidence = mention.evidence
    if told.when.how:  # «je viens d'obtenir mon master» : the year is the reading day's, said so
        evidence = Evidence(f"{evidence.text} [{told.when.how}]", evidence.where)
    graduation = told.when.as_text()
    return replace(mention, obtained=True, in_progress=False, graduation=graduation, evidence=evidence)


def planned_in_unit(unit: str, spans: list[tuple[int, int, str, int]], today: date) -> bool:
    """A diploma of the unit told as a plan in the conditional: whether it has come is asked."""
    told = (diploma_time(unit, s, e, today) for s, e, _l, _v in spans if not hypothetical_at(unit, s))
    return any(t is not None and t.state == PLANNED for t in told)
