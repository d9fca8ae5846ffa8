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

from intake.understanding.clauses import (
    CONDITIONAL,
    FUTURE,
    PAST,
    PRESENT,
    clause_start,
    is_negated,
    starts_with,
    tense_of,
)
from intake.understanding.dates import bare_date, end_date_after, find_dates
from intake.understanding.lexicon import Structure
from intake.understanding.situation_time import (
    NOT_NOW,
    NOW,
    UNSURE,
    ends_near_undated,
    find_phrase_owner,
    read_by_length,
    tells_a_coming_time,
)

# Where a date may start after the phase noun: «le 2 octobre», «en mars», «à la fin août», «pour mars 2027»,
# «date de début septembre».
_DATE_START = re.compile(
    r"\b(?:le|la|l['’]|en|au|à|a|pour|du|dès|d[ée]but|fin|mi|on|in|by)[\s-]", re.IGNORECASE
)


def read_phase(token: Any, structure: Structure, unit: str, today: date) -> str | None:
    """NOW or NOT_NOW when the mention completes a noun of its end or start that a date places, or a
    stretch of its time left or counted; None when no such noun says it."""
    if _end_certified(token, structure):
        return NOT_NOW  # «Attestation de fin de stage»: a paper issued once the placement ended
    owner = find_phrase_owner(token)
    if owner.i == token.i or is_negated(owner.head):
        return None
    last = _by_its_last_day(owner, unit, today) if on_its_last_day(owner, structure) else None
    if last is not None:
        return last  # «aujourd'hui, c'est mon dernier jour de stage»: it ends today
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


def _end_certified(token: Any, structure: Structure) -> bool:
    """The mention completes its end noun, which completes a paper certifying it («attestation de fin de
    stage», «voici mon certificat de fin de mission»): issued once the situation ended. Not a paper still to
    come: a future or conditional verb over it («je recevrai mon attestation de fin de stage en avril»), or
    a negated one («je n'ai pas encore mon attestation de fin de stage»)."""
    end, paper = token.head, token.head.head
    if token.dep_ != "nmod" or end.dep_ != "nmod" or not starts_with(end, structure.end_nouns):
        return False
    if paper.lower_ not in structure.end_certified:
        return False
    verb = paper.head if paper.head.i != paper.i else paper
    return tense_of(verb) not in {FUTURE, CONDITIONAL} and not is_negated(verb)


def on_its_last_day(owner: Any, structure: Structure) -> bool:
    """`owner`, the noun a mention completes (find_phrase_owner), is its last day («mon dernier jour de
    stage», «ma dernière journée de mission»)."""
    last = any(c.dep_ == "amod" and c.lower_ in structure.last_words for c in owner.children)
    return last and owner.lower_ in structure.day_units


def _by_its_last_day(owner: Any, unit: str, today: date) -> str | None:
    """The situation's last day, said in the present: a date after it dates that day («mon dernier jour de
    stage est le 12 mars»: held until then); else it is today («aujourd'hui c'est mon dernier jour de
    stage») and the situation ends today — the writer free after it, not held — unless a time to come is
    told («demain, c'est mon dernier jour de mission»: held). Told in another tense, or by another verb
    («mon dernier jour de stage approche»), other readers decide."""
    verb = next((c for c in owner.children if c.dep_ == "cop"), None) or _presenting(owner)
    if verb is None or tense_of(verb) != PRESENT or is_negated(verb):
        return None
    when = _first_date(unit[owner.idx + len(owner.text) :], today, ahead=True)
    if when is not None:
        return NOW if when > today else NOT_NOW
    start = clause_start(unit, owner.idx)
    if ends_near_undated(unit, start):
        return UNSURE  # «c'est bientôt mon dernier jour de stage»: before today or after? Asked
    return NOW if tells_a_coming_time(unit[start : owner.idx + len(owner.text)]) else NOT_NOW


def _presenting(owner: Any) -> Any:
    """The verb presenting `owner` after «c'»: «c'est aujourd'hui mon dernier jour de stage», which the small
    model may parse as a verb with `owner` its object; None when no such presentative holds it."""
    verb = owner.head
    presented = owner.dep_ == "obj" and any(c.dep_ == "expl:subj" for c in verb.children)
    return verb if presented else None


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
