"""A course the writer is to enter, not one she is in: a diploma governed by a verb of entering or going on to
a course («je continue en M2», «reprendre un master», «m'inscrire en licence», "go on to a PhD", "start a
master's") and placed ahead of the reading day by a date of its own clause after that verb («l'an prochain»,
«en septembre 2027», "next year"), no word of an end between them («jusqu'en», "until", «d'ici»), or opening
that clause before it («À la rentrée de septembre, je reprends un master», read in February). That date is
when the course would begin, not when a diploma comes: the course is neither studied now nor had — a plan
(diploma_time.PLANNED), whatever doubt is said around it («je ne sais pas encore si je continue en M2 l'an
prochain», "I might go on to a PhD next year").

Without it, the date still to come made the course one being prepared now (education.py reads a diploma dated
ahead as in progress: «je finis mon master l'an prochain» is), and a graduate weighing a master next year was
refused as a student. Invariant: it only ever takes a course away from «now» and from «had»; a course the
writer also says she is in now stays studied (education.py's studying phrases read that, not this)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import lru_cache
from itertools import pairwise
from typing import Any

from intake import months
from intake.understanding.clauses import clause_at, clause_start, is_french
from intake.understanding.dates import find_dates
from intake.understanding.diploma_time import governing_verb
from intake.understanding.facts import DiplomaMention
from intake.understanding.lexicon import load_meanings, word_alternation

# The English words before a diploma read as its verb: "to go on to a", "I'll start a".
_ENGLISH_REACH = 5


def entered_ahead(unit: str, start: int, end: int, today: date) -> str | None:
    """The words placing the course named at [start, end) of `unit` as one to enter on a date still to come
    (the verb of entering and the date), or None."""
    entry = _entry_verb(unit, start, end)
    # A possessive of the writer's right before the course ([possessive_mine]): her own, one she is in.
    own = _words_pattern(load_meanings()["possessive_mine"].lemmas, r"\s+$")
    if entry is None or own.search(unit[max(0, start - 8) : start]):
        return None  # «je continue mon master l'an prochain»: her own course, in it already
    at, verb = entry
    if _classes_between(unit[at:start]):
        return None  # «je reprends les cours du M1 en janvier»: the classes of a course she is in resume
    clause = clause_at(unit, start, end)
    offset = clause_start(unit, start)
    now = (today.year, today.month)
    for when in find_dates(clause, today):
        begins = offset + when.start
        if begins > at and when.bounds()[0] > now and not _ends_between(unit[at:begins]):
            return f"{verb} … {unit[begins : offset + when.end]}"
    # The date may open the sentence, before the verb: «En septembre prochain, je reprends un master».
    opening = unit[max(unit.rfind(c, 0, at) for c in ".;!?\n") + 1 : at]
    if _ends_between(opening):
        return None
    ahead = next((d for d in find_dates(opening, today) if d.bounds()[0] > now), None)
    if ahead is not None:
        return f"{opening[ahead.start : ahead.end]} … {verb}"
    if not _indefinite_before(unit, start):
        return None  # «je reprends la licence en février»: the course she was in, resumed — not one to enter
    month = _month_ahead_unsaid_year(opening + unit[at : offset + len(clause)], today)
    return f"{verb} … {month}" if month is not None and not _ends_between(clause) else None


def _indefinite_before(unit: str, start: int) -> bool:
    """An indefinite article right before the course ([article_indefinite]: «un master», "a master's"): a
    course not yet hers. With a month and no year, only such a course is read as one to enter."""
    before = re.findall(r"[\w'’]+", unit[max(0, start - 12) : start])
    return bool(before) and load_meanings()["article_indefinite"].holds(before[-1])


# A month named with no year, or the school year's start: «en septembre», "in September", «à la rentrée».
_MONTH_WORDS = {**months.full_names(), **months.RENTREE}
_SINCE_BEFORE = re.compile(r"\b(?:depuis|since)\s+(?:la\s+|le\s+|l['’]\s*)?$", re.IGNORECASE)
_YEAR_AFTER = re.compile(r"\s*(?:de\s+|of\s+)?(?:19|20)\d\d")
_STILL_RECENT = 2  # months: a month as near behind as this may be the start just made, not the next one


def _month_ahead_unsaid_year(clause: str, today: date) -> str | None:
    """A month the clause names without its year («à la rentrée de septembre», "in September"), not as a
    start since then, whose last occurrence lies more than two months behind the reading day: to enter a
    course in the present tense then is to enter it at its next occurrence, ahead («À la rentrée je reprends
    un master» read in February or March). Nearer behind, the start may have just been made: nothing said."""
    for word in re.finditer(r"[\w'’]+", clause):
        month = _MONTH_WORDS.get(word.group().lower())
        if month is None or _SINCE_BEFORE.search(clause, 0, word.start()):
            continue
        if _YEAR_AFTER.match(clause, word.end()):
            continue  # «septembre 2025»: a date find_dates reads
        behind = (today.month - month) % 12
        if behind > _STILL_RECENT:
            return word.group()
    return None


def _classes_between(words: str) -> bool:
    """The classes or a term of the course between the entry verb and the course ([course_classes])."""
    classes = load_meanings()["course_classes"]
    return any(classes.holds(w) for w in re.findall(r"\w+", words))


def _ends_between(words: str) -> bool:
    """A bound or a verb of completing between the entry and the date: the date ends the course («qui se
    termine en juin 2027», "that runs until June 2027")."""
    meanings = load_meanings()
    complete, bound = meanings["complete"], _words_pattern(meanings["course_bound"].lemmas, r"\b")
    return bound.search(words) is not None or any(complete.holds(w) for w in re.findall(r"\w+", words))


@lru_cache(maxsize=8)
def _words_pattern(words: frozenset[str], after: str) -> re.Pattern[str]:
    """A meaning's words as one pattern, each a whole word from its start, `after` following it."""
    return re.compile(rf"\b(?:{word_alternation(sorted(words))}){after}", re.IGNORECASE)


def _entry_verb(unit: str, start: int, end: int) -> tuple[int, str] | None:
    """Where the verb of entering the course stands and its word: in French the verb the diploma depends on
    (the parse), in English one of the few words before it in its clause."""
    entering = load_meanings()["course_entry"]
    before = list(re.finditer(r"[\w'’]+", unit[clause_start(unit, start) : start]))[-_ENGLISH_REACH:]
    offset = clause_start(unit, start)
    if is_french(unit):
        verb = governing_verb(unit, start, end)
        if verb is not None:
            if not entering.holds(verb.text) or _told_past(verb):
                return None
            return verb.idx, str(verb.text)
        # No verb in the parse: the small model tags some present forms as adjectives («Je reprends un
        # master»); the writer's subject right before a word of entering tells it is her verb, in the present.
        writer = load_meanings()["writer_before_verb"]
        pairs = reversed(list(pairwise(before)))
        found = next((w for s, w in pairs if writer.holds(s.group()) and entering.holds(w.group())), None)
        return (offset + found.start(), found.group()) if found is not None else None
    word = next((w for w in reversed(before) if entering.holds(w.group())), None)
    return (offset + word.start(), word.group()) if word is not None else None


def _told_past(verb: Any) -> bool:
    """«j'ai commencé», «je m'étais inscrite»: an entry told as done, not one to come."""
    return "Past" in verb.morph.get("Tense") or any(t.dep_.startswith("aux") for t in verb.children)


def as_entered_ahead(mention: DiplomaMention, unit: str, today: date) -> DiplomaMention:
    """`mention` neither had nor in progress when its course is one to enter on a date still to come."""
    if not (mention.obtained or mention.in_progress):
        return mention
    at = unit.lower().find(mention.text.lower())
    if at < 0 or entered_ahead(unit, at, at + len(mention.text), today) is None:
        return mention
    return replace(mention, obtained=False, in_progress=False, graduation=None)
