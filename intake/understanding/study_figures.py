"""The state of the studies said through a figure of speech (the figure read by figures.py, what it is said of
read here): a student's life still going on — «encore sur les bancs de la fac», «je me tape encore les TD de
M1», «mon mémoire est encore sur le métier», «Soutenance ⏳», "still hitting the books for my MSc" — or near
its end and still held — «la dernière ligne droite de mon M2» —: the studies go on; a hedge on their end —
«quasiment diplômée», «mon master est à peu près bouclé», "almost graduated" —: whether they are over is
asked (a settled fact beside it, a defence dated ahead, is read by the other readers and decides).

A figure counts only when said of studies — a word of a course, of a study place, of its teaching or of one
of its parts («fac», «M2», «TD», «soutenance», "MSc") within the figure's reach —, as the writer's own fact
(not another's, not asked or supposed: stance.py), not denied and not told in the past («j'étais encore sur
les bancs de la fac en 2019» says nothing of today).

Invariant: the figures themselves (their words, their literal meaning, their reach) are figures.py's; this
module only says which of them tell the studies' state. A unit with no figure costs figures.py's one search.
"""

from __future__ import annotations

import re
from functools import lru_cache

from intake.understanding.clauses import NEGATION, clause_start
from intake.understanding.diploma_level import find_diploma_spans
from intake.understanding.figures import ABOUT_TO_END, HEDGED, OVER, STILL_IN, Figure, figure_on, figures_in
from intake.understanding.lexicon import WORD_RUN, load_lexicon, load_meanings
from intake.understanding.owner import anothers
from intake.understanding.stance import FACT, stance_at

GOING_ON, ASKED = "going_on", "asked"

# The meanings whose words, read in lexicon tables, name studies: a course, a place of study, its teaching,
# one of its units or steps (rules/lexicon/meanings.toml); with the course words of [structure.unfinished].
_STUDY_MEANINGS = ("education", "study_place", "teaching", "course_units", "course_steps")
# A past the figure is told in, with no word of today: «j'étais encore sur les bancs», "I was still…".
_TOLD_PAST = re.compile(
    r"\b(?:j['’]étais|étais|était|j['’]ai été|avais|avait|i was|was|were|used to|had been)\b", re.IGNORECASE
)

# An elided article read off its noun: «l'université» is the word «université».
_ELIDED = re.compile(r"^[lcdjmnst]'(?=\w)")


def figured_studies(unit: str) -> tuple[str, str] | None:
    """GOING_ON or ASKED, with the figure's words, when a figure in `unit` tells the state of the writer's
    studies; None otherwise. GOING_ON wins: a decision awaited or a hedge beside a step still to come yields
    to it."""
    figures = figures_in(unit)
    if not any(f.meaning in (STILL_IN, ABOUT_TO_END, HEDGED) for f in figures):
        return None  # the cheap test: most units hold no such figure
    spans = _study_spans(unit)
    awaited = _decision_awaited(unit, spans)
    held = [
        f
        for f in _said_of(unit, spans, frozenset({STILL_IN, ABOUT_TO_END}))
        if f != awaited and _told_now(unit, f)
    ]
    if held:
        return GOING_ON, held[0].words
    if awaited is not None:
        return ASKED, awaited.words
    hedged = _hedge_on_the_end(unit, spans)
    return (ASKED, hedged.words) if hedged is not None else None


def _decision_awaited(unit: str, spans: list[tuple[int, int]]) -> Figure | None:
    """A figure of «still» said of the jury's decision in a unit naming studies («BTS : résultats du jury ⏳»,
    "results ⏳"): the decision awaited, whether the studies are over is asked (as «j'attends les
    résultats»)."""
    decisions = load_lexicon().structure.decisions
    if decisions is None:
        return None
    # The jury is a course's own («Délibération du jury ⏳» under a heading naming the course); results and
    # marks are a course's only in a unit naming studies.
    jury = load_meanings()["awarded"]
    found = [(m.start(), m.end()) for m in decisions.finditer(unit) if spans or jury.said_in(m.group())]
    return next((f for f in _said_of(unit, found, frozenset({STILL_IN})) if _told_now(unit, f)), None)


def hedged_end(unit: str) -> bool:
    """A hedge on the end of the writer's studies told in `unit` («quasiment diplômée», "almost graduated"):
    the course it is said of is asked, not going on (education.py's doubted studies)."""
    if not any(f.meaning == HEDGED for f in figures_in(unit)):
        return False  # the cheap test
    return _hedge_on_the_end(unit, _study_spans(unit)) is not None


def _hedge_on_the_end(unit: str, spans: list[tuple[int, int]]) -> Figure | None:
    """The first hedge said of a word of the studies' end, told now by the writer."""
    hedged = _said_of(unit, _studies_ends(unit, spans), frozenset({HEDGED}))
    return next((f for f in hedged if _told_now(unit, f)), None)


def _said_of(unit: str, spans: list[tuple[int, int]], meanings: frozenset[str]) -> list[Figure]:
    """The figures of `meanings` said of one of the words at `spans`, in order of place."""
    found = {f for start, end in spans if (f := figure_on(unit, start, end, meanings)) is not None}
    return sorted(found, key=lambda f: f.start)


def _told_now(unit: str, figure: Figure) -> bool:
    """The writer's own fact of today: not another's, not asked or supposed, not denied, not told past."""
    before = unit[clause_start(unit, figure.start) : figure.start]
    if NEGATION.search(before) or _TOLD_PAST.search(before):
        return False  # «je ne suis plus sur les bancs de la fac», «j'étais encore sur les bancs…»
    if _dates_a_past_act(unit[: figure.start]):
        return False  # «je l'avais commencé en mai, pendant la dernière ligne droite de mon M2»
    return stance_at(unit, figure.start) == FACT and not anothers(unit, figure.start, unit)


# A figure used as the time of an act: «pendant la dernière ligne droite de…», "during the final stretch of".
_AS_A_TIME = re.compile(
    r"\b(?:pendant|durant|lors\s+de|au\s+cours\s+de|au\s+moment\s+de|during|through|in)\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
# An act told in a past tense: an auxiliary and its participle («j'ai commencé», «je l'avais signé», «nous
# étions partis»), a simple past in English ("I started", "we had signed").
_PAST_ACT = re.compile(
    r"\b(?:ai|as|avons|avez|ont|avais|avait|avions|aviez|avaient|suis|étais|était|sommes|étions)\s+"
    r"(?:\w+\s+)?\w+(?:é|ée|és|ées|is|ise|it|ite|u|ue|ert|erte)\b"
    r"|\b(?:i|we)\s+(?:had\s+)?(?:\w+ed|began|started|did|got|took|signed|was|were)\b",
    re.IGNORECASE,
)


def _dates_a_past_act(before: str) -> bool:
    """The figure is the time of an act told in the past before it («je l'avais commencé en mai, pendant la
    dernière ligne droite de mon master»; "I started it during the home stretch of my MA"): it tells what the
    studies were then, not today — a later clause («que j'ai validé en septembre») may have closed them."""
    return _AS_A_TIME.search(before) is not None and _PAST_ACT.search(before) is not None


def _studies_ends(unit: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The words saying the studies' end is reached: a word of graduating («diplômée», "graduated"), or a
    word of completion («fini», «bouclé») in a clause naming studies («mon master est à peu près bouclé»;
    not «mon stage est presque fini»: the internship's readers read it)."""
    graduates = frozenset(load_lexicon().structure.unfinished.get("graduates", ()))
    return [
        (start, end)
        for start, end in _end_spans(unit)
        if unit[start:end].lower() in graduates
        or any(clause_start(unit, s) == clause_start(unit, start) for s, _e in spans)
    ]


def _end_spans(unit: str) -> list[tuple[int, int]]:
    """The words saying an end is reached («diplômée», «fini», «bouclé», "graduated"): the completion words
    of [structure.unfinished], and the heads of figures.py's OVER meaning."""
    completes = frozenset(load_lexicon().structure.unfinished.get("completes", ()))
    words = [(m.start(), m.end()) for m in WORD_RUN.finditer(unit) if m.group().lower() in completes]
    over = [(f.start, f.end) for f in figures_in(unit) if f.meaning == OVER]
    return words + over


def _study_spans(unit: str) -> list[tuple[int, int]]:
    """Where `unit` names studies: a diploma's name (diploma_level.py: «BUT», «licence pro»), a word of a
    course, a study place, its teaching or one of its parts."""
    words, courses = _study_words()
    meanings = load_meanings()
    named = [(start, end) for start, end, _label, _level in find_diploma_spans(unit, load_lexicon())]
    return named + [
        (m.start(), m.end())
        for m in WORD_RUN.finditer(unit)
        if not _EN_COURS.search(unit, 0, m.end())
        and (
            (w := _ELIDED.sub("", m.group().lower().replace("’", "'"))) in courses
            or any(meanings[name].holds(w) for name in words)
        )
    ]


# «en cours» is "ongoing" (a «Stage en cours ⏳» is an internship), not the teaching «les cours».
_EN_COURS = re.compile(r"\ben\s+cours$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _study_words() -> tuple[tuple[str, ...], frozenset[str]]:
    """The meanings naming studies, and the course words of [structure.unfinished] («m2», «l3», "msc")."""
    return _STUDY_MEANINGS, frozenset(load_lexicon().structure.unfinished.get("courses", ()))
