"""A diploma of the mail told had by what the sentence does with it, not by a verb of getting it: its last
step done («j'ai soutenu mon master», "I defended my MSc", "I handed in my dissertation for an MSc"), a time
placed after it («après mon BTS, j'ai travaillé deux ans», «depuis ma licence je fais des missions», "since my
MA I have…"), or the first link of a life told in order («BTS ESF, puis un an de CDD, puis six mois de
chômage»).

Invariant: a sentence that plans, wishes or supposes («après mon master, je voudrais…», «je ferai un BTS, puis
une licence», "after my degree I will…") tells nothing had: the French parse gives the tense of the verb
governing the diploma, and any future or conditional verb of the sentence keeps the chain from counting.
English, which the French parser reads as noise, is read by its words (clauses.py)."""

from __future__ import annotations

import re
from typing import Any

from intake.understanding.clauses import (
    CONDITIONAL,
    FUTURE,
    PAST,
    PRESENT,
    is_french,
    is_negated,
    is_verb,
    parse,
    predicate_of,
    starts_with,
    tense_of,
    tokens_in,
)
from intake.understanding.figures import FAILED, HYPERBOLE_SHORT, OBTAINED, Figure, figure_on, hears
from intake.understanding.lexicon import load_meanings
from intake.understanding.stance import FACT, stance_at

# The last step of a course, done: the defence («soutenu», «soutenance faite»), "defended", "handed in".
_LAST_STEP_FR = ("soutenu",)
_LAST_STEP_EN = re.compile(
    r"\b(?:defended|handed\s+in|submitted|turned\s+in)\b(?:\s+(?:my|her|his|the)\b)?", re.IGNORECASE
)
# The words right before a diploma that place something after it, or since it: «après mon BTS», «depuis ma
# licence», «après la fin de mon master», «après un bachelor», "since my MA", "after a BA". One pattern for
# its two readers: a time after the writer's own diploma (_time_after_it: a possessive, «depuis» too) and a
# present fact after a course (after_a_course, for education.py: «après» and a singular determiner).
_AFTER_IT = re.compile(
    r"\b(?P<word>apr[eè]s|depuis|since|after)\s+"
    r"(?P<through>(?:l['’]\s*obtention|la\s+fin|the\s+end)\s+(?:de|d['’]|du|of)\s*)?"
    r"(?P<det>un|une|a|an|mon|ma|son|sa|leur|my|his|her|their)\s+$",
    re.IGNORECASE,
)
_ARTICLES = frozenset({"un", "une", "a", "an"})  # «après un bachelor»: a course, not the writer's own diploma
_THEIRS = frozenset({"leur", "their"})  # «après leur licence»: the parents' or a group's course, not behind


def after_a_course(before: str) -> bool:
    """The words `before` a diploma end with «après»/"after" and a singular determiner straight before it: a
    present fact comes after it (h-slevel, stop 35): «je suis chargée de microcrédit, après un bachelor
    d'école de commerce», "I work at a food bank after a BA" — the course is behind, its diploma had. Said by
    education.py of higher education only («après mon bac, je suis entrée en BUT» leaves the BUT to its
    graduation told later), and of a fact, not a plan («après une licence, je voudrais…»)."""
    said = _AFTER_IT.search(before)
    if said is None or said["through"] is not None or said["det"].lower() in _THEIRS:
        return False
    return said["word"].lower() in {"après", "apres", "after"}


# The next link of a chain told in order, in the diploma's sentence: «BTS, puis…», "BA, then…".
_THEN_AFTER = re.compile(r"^[^.;:!?]{0,70}?(?:,\s*|\s+)(?:puis|ensuite|then|and then)\b", re.IGNORECASE)
# A plan, a wish or a supposition in the sentence: nothing of it is told had.
_PLANNED = re.compile(
    r"\b(?:voudrais|veux|veut|souhaite\w*|aimerai\w*|compte|envisage\w*|pr[ée]voi[st]|projette\w*|esp[eè]re|"
    r"si|will|would|want\w*|wish\w*|plan(?:s|ned|ning)?\s+to|hope\w*|going\s+to|intend\w*|if)\b|'ll\b|\?",
    re.IGNORECASE,
)
# The diploma as the subject of «… est derrière moi», "… is (a year and a half) behind me": a course left
# behind is over; «dix ans de vente derrière moi» says it of a career, not of the diploma.
_BEHIND = re.compile(
    r"[\w'’ -]{0,40}?(?:\s+|['’])(?:is|are|est|sont|s)\s+(?:[\w-]+\s+){0,6}?"
    r"(?:behind\s+me|derri[eè]re\s+moi)\b",
    re.IGNORECASE,
)
_ENGLISH_PAST_AFTER = re.compile(
    r"\b(?:i|she|he|they)\s+(?:have|has|had|'ve|was|were|\w+ed|spent|did|went|worked|took)\b|'ve\s+been\b",
    re.IGNORECASE,
)


def planned_in(unit: str) -> bool:
    """The sentence plans, wishes or supposes («je voudrais faire un master», "if I get my MA"): nothing of
    it is told had."""
    return _PLANNED.search(unit) is not None


def told_had_by_its_use(unit: str, at: int) -> bool:
    """The diploma named at `at` in `unit` is had, by its last step done, a time after it or a chain (module
    docstring); never in a sentence that plans or supposes."""
    if planned_in(unit):
        return False
    return (
        _last_step_done(unit, at)
        or _time_after_it(unit, at)
        or _first_of_a_chain(unit, at)
        or _BEHIND.match(unit, at) is not None
    )


# A negation right before a figure of getting: «je n'ai pas décroché mon BTS», "I never nailed it".
_NEGATED_BEFORE = re.compile(r"\b(?:pas|jamais|plus|not|never)\s+(?:\w+\s+)?$|n't\s+$", re.IGNORECASE)
_SCHOOL_AFTER = re.compile(
    r"\s*(?:de|d['’]|du|of)?\s*(?:(?:la|le|l['’]|the|my|ma|mon)\s*)?(?P<place>[\w-]+)", re.IGNORECASE
)


def told_had_by_a_figure(unit: str, start: int, end: int) -> bool:
    """The diploma named at start..end told had by a figure (figures.py): a figure of getting said of it
    («j'ai décroché mon M2», "I nailed my master's", «Licence ✅»), not negated nor said failed beside it;
    or the school left a moment ago, the diploma named in the same sentence («à peine sortie de l'école avec
    mon DUT», "fresh out of uni with a BA": a time understated to nothing, said of leaving studies)."""
    if figure_on(unit, start, end, frozenset({FAILED})) is not None:
        return False
    got = figure_on(unit, start, end, frozenset({OBTAINED}))
    if got is not None and _ticks_another_word(unit, got, start, end):
        return False  # a tick is said of the word right beside it: «Master — cours ✔️» ticks the lectures
    if got is not None:
        # As a fact of the writer's, not another's opinion («ma directrice dit que mon M2 est dans la poche»).
        negated = _NEGATED_BEFORE.search(unit[max(0, got.start - 20) : got.start]) is not None
        return not negated and stance_at(unit, got.start) == FACT
    short = hears(unit, HYPERBOLE_SHORT)
    if short is None or planned_in(unit):
        return False
    left = _SCHOOL_AFTER.match(unit, short.end)
    return left is not None and load_meanings()["study_place"].holds(left.group("place"))


def _ticks_another_word(unit: str, figure: Figure, start: int, end: int) -> bool:
    """A symbol («✅», «✔️») with a word between it and the diploma at start..end: said of that word."""
    between = unit[figure.end : start] if figure.end <= start else unit[end : figure.start]
    return not re.search(r"\w", figure.words) and re.search(r"\w", between) is not None


def _last_step_done(unit: str, at: int) -> bool:
    if not is_french(unit):
        said = list(_LAST_STEP_EN.finditer(unit[:at]))
        return bool(said) and not re.search(r"\b(?:not|never|n't|yet)\b", unit[: said[-1].start()][-20:])
    verb = _verb_of(unit, at)
    return (
        verb is not None
        and starts_with(verb, _LAST_STEP_FR)
        and tense_of(verb) == PAST
        and not is_negated(verb)
    )


def _time_after_it(unit: str, at: int) -> bool:
    said = _AFTER_IT.search(unit[max(0, at - 60) : at])
    if said is None or said["det"].lower() in _ARTICLES:
        return False  # «après un BTS»: a course named, no time after the writer's own diploma
    since = said.group("word").lower() in {"depuis", "since"}
    if not is_french(unit):
        return since or _ENGLISH_PAST_AFTER.search(unit[at:]) is not None
    verb = _verb_of(unit, at)
    if verb is None or is_negated(verb):
        return False
    # «après mon BTS, j'ai travaillé»: a past after it; «depuis mon master, je cherche»: a present since it.
    return tense_of(verb) == PAST or (since and tense_of(verb) == PRESENT)


def _first_of_a_chain(unit: str, at: int) -> bool:
    if _THEN_AFTER.search(unit[at:]) is None:
        return False
    if not is_french(unit):
        return True
    # «je ferai un BTS, puis une licence»: a chain to come is no life told.
    return not any(is_verb(t) and tense_of(t) in {FUTURE, CONDITIONAL} for t in parse(unit))


def _verb_of(unit: str, at: int) -> Any:
    """The verb governing the word at `at`, by the French parse."""
    words = tokens_in(parse(unit), at, at + 1)
    if not words:
        return None
    verb = predicate_of(words[0])
    return verb if is_verb(verb) else None
