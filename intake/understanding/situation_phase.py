"""A situation named through a noun of its phase or of its stretch of time: «la fin de mon stage est prévue
pour mars 2027», «le démarrage de mon service civique a eu lieu le 2 octobre, pour huit mois», «l'arrêt de
mon service civique remonte à août», «il me reste cinq mois de service civique», «j'en suis à mon troisième
mois de stage». The noun's date (its end, its start and length) or the stretch itself says whether the
situation is held on the reading day, whatever verb carries the sentence. Apart from situation_parse.py
because it reads the noun the mention completes, not the mention's own predicate."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from intake.understanding.clauses import PAST, PRESENT, is_negated, starts_with, tense_of
from intake.understanding.dates import bare_date, end_date_after, find_dates
from intake.understanding.lexicon import Structure
from intake.understanding.situation_time import NOT_NOW, NOW, find_phrase_owner, read_by_length

# Where a date may start after the phase noun: «le 2 octobre», «en mars», «à la fin août», «pour mars 2027»,
# «date de début septembre».
_DATE_START = re.compile(
    r"\b(?:le|la|l['’]|en|au|à|a|pour|du|dès|d[ée]but|fin|mi|on|in|by)[\s-]", re.IGNORECASE
)


def read_phase(token: Any, structure: Structure, unit: str, today: date) -> str | None:
    """NOW or NOT_NOW when the mention completes a noun of its end or start that a date places, or a
    stretch of its time left or counted; None when no such noun says it."""
    owner = find_phrase_owner(token)
    if owner.i == token.i or is_negated(owner.head):
        return None
    if owner.lower_ in structure.time_units or owner.lower_.rstrip("s") in structure.time_units:
        return _stretch(owner, structure)
    ends = starts_with(owner, structure.end_nouns)
    if any(c.dep_ == "case" and starts_with(c, structure.since_end) for c in owner.children):
        return None  # «depuis la fin de mon stage»: an end passed, read by situation_time.is_after_its_end
    if not ends and not starts_with(owner, structure.start_nouns):
        return None
    after = owner.idx + len(owner.text)
    ahead = not _told_past(owner, structure, unit)
    when = _first_date(unit[after:], today, ahead)
    if when is None:
        return None
    if ends:
        return NOW if when >= today else NOT_NOW  # «la fin de mon stage est prévue pour mars 2027»
    return read_by_length(when, unit, after, today)  # «le démarrage … le 2 octobre, pour huit mois»


def just_begun(predicate: Any, structure: Structure) -> bool:
    """«Je viens de commencer un stage», «nous venons d'entamer notre service civique»: a start said in the
    recent past of «venir de» (present tense) is a situation begun, so held now."""
    if not starts_with(predicate, structure.begins) or predicate.dep_ != "xcomp":
        return False
    come = predicate.head
    marked = any(c.dep_ == "mark" and c.lower_ in {"de", "d'", "d’"} for c in predicate.children)
    return (
        marked
        and starts_with(come, structure.just_done)
        and tense_of(come) == PRESENT
        and not is_negated(come)
    )


def entered_for_a_length(token: Any, predicate: Any, tense: str, unit: str, today: date) -> str | None:
    """«J'ai été accueillie en service civique en septembre, pour neuf mois», «je suis partie en stage le 3
    octobre pour six mois»: placed «en» the situation by a past act, dated and with a length; that length
    from that date says whether it runs today. None when no date or no length is said."""
    placed = any(c.dep_ == "case" and c.lower_ == "en" for c in token.children)
    if tense != PAST or predicate.i == token.i or not placed:
        return None
    after = token.idx + len(token.text)
    start = _first_date(unit[after:], today, ahead=False)
    return read_by_length(start, unit, after, today) if start is not None else None


def _stretch(owner: Any, structure: Structure) -> str | None:
    """«il me reste cinq mois de service civique»: a stretch still left to the writer; «mon troisième mois de
    stage», counted in the present: the one they are in. Either way the situation runs now."""
    left = starts_with(owner.head, structure.remaining) and owner.head.i != owner.i
    counted = any(c.dep_ == "amod" and "Ord" in c.morph.get("NumType") for c in owner.children)
    now = tense_of(owner.head if owner.head.i != owner.i else owner) == PRESENT or _copula_present(owner)
    return NOW if (left or counted) and now else None


def _copula_present(owner: Any) -> bool:
    return any(c.dep_ == "cop" and tense_of(c) == PRESENT for c in owner.children)


def _told_past(owner: Any, structure: Structure, unit: str) -> bool:
    """The phase told as past, so that a month without its year is the last one: a past verb over the noun,
    or a verb dating it back («remonte à», «date de») after it."""
    rest = unit[owner.idx :].lower().split()
    # «la fin … est prévue en mars»: a passive's tense is its auxiliary's, not its participle's.
    passive = next((c for c in owner.head.children if c.dep_ == "aux:pass"), owner.head)
    return tense_of(passive) == PAST or any(w.startswith(structure.dated_back) for w in rest[:6])


def _first_date(text: str, today: date, ahead: bool) -> date | None:
    """The first date after the phase noun, with or without its year («mars 2027», «le 2 octobre»)."""
    dated = find_dates(text)
    for start in _DATE_START.finditer(text, 0, dated[0].start if dated else len(text)):
        bare = bare_date(text[start.start() :], today, ahead)
        if bare is not None:
            return bare
    return end_date_after(text, today, ahead)
