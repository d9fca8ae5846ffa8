"""Something not over yet, said by negating its end: «je n'ai pas encore fini mon master», «stage pas
encore fini», «mon mémoire n'est pas encore rendu», "I haven't finished my degree yet", "my internship isn't
over yet".

The words are meanings of rules/lexicon/situations.toml [structure.unfinished]: a word of completion, in the
clause of the course or the internship it is said of, negated with a word of «yet», or negated as a state
(«mon master n'est pas fini»), or said nearly reached («presque fini»). An act negated without «yet» («je n'ai
pas terminé mon stage») may be one given up: it is left to the other readers, which ask."""

from __future__ import annotations

import re
from functools import lru_cache

from intake.understanding.clauses import clause_at, clause_start
from intake.understanding.diploma_asked import supposed_otherwise as _supposed_otherwise
from intake.understanding.figures import HEDGED, figure_on
from intake.understanding.lexicon import Situation, Structure, all_matches, load_meanings, word_alternation
from intake.understanding.stance import reported_by_another


@lru_cache(maxsize=64)
def _pattern(words: tuple[str, ...]) -> re.Pattern[str] | None:
    """Whole words; an apostrophe matches either form; a contraction ("n't") ends its word ("haven't")."""
    if not words:
        return None
    alternatives = []
    for word in sorted(words, key=len, reverse=True):
        body = re.escape(word).replace("'", "['’]")
        before = "" if word.startswith("n'") else r"(?<!\w)"
        alternatives.append(rf"{before}{body}(?![\w'’])")
    return re.compile("|".join(alternatives), re.IGNORECASE)


def _said(structure: Structure, meaning: str, text: str) -> bool:
    pattern = _pattern(structure.unfinished.get(meaning, ()))
    return pattern is not None and pattern.search(text) is not None


def _not_reached(structure: Structure, unit: str, start: int, end: int) -> bool:
    """The completion word at [start, end) says its end is not reached: «pas encore fini», «n'est pas
    fini», «presque fini», "not over yet"; not «je n'ai pas terminé» (an act maybe given up)."""
    before = unit[clause_start(unit, start) : start]
    if _said(structure, "nearly", before):
        return True
    if _of_a_kind(structure.unfinished.get("kinds", ())).search(before):
        return False  # «ce n'est pas l'âge habituel d'un jeune diplômé»: the negation denies the age
    if _supposed_otherwise(unit, before, start):
        return False  # «et si mon mémoire n'était pas validé ?»: a hypothetical, no fact (diploma_asked.py)
    if _said(structure, "believed_then", before):
        return False  # «je croyais ne pas avoir validé mon BTS, mais…»: a belief of then, set right since
    clause = clause_at(unit, start, end)
    if _said(structure, "weak_negators", before) and _said(structure, "yet", clause):
        return True  # «ma licence est non terminée encore»: a learner's «non» with «yet»
    if not _said(structure, "negators", before) or _LONG_SINCE.match(unit, end):
        return False
    return _said(structure, "yet", clause) or not _said(structure, "acts", before)


@lru_cache(maxsize=16)
def _of_a_kind(words: tuple[str, ...]) -> re.Pattern[str]:
    """The completion word names a kind of person, not an end reached: right after a word of the kind
    («jeune», «nouveau», "recent"; situations.toml [structure.unfinished] kinds), quote marks allowed («si
    je suis toujours « jeune diplômée »», "no longer a recent graduate"), or in a noun's complement, after
    its preposition and determiner (meanings.toml [kind_complement_opening]: «l'âge habituel d'un jeune
    diplômé», «le profil type des nouveaux diplômés», "the usual age of the newly graduated"): a negation
    before it denies the kind (how recent, an age, a profile), not the writer's end of studies. A preposition
    before a verb («pas près d'être diplômée») is no such complement."""
    kind = "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))
    opening = word_alternation(sorted(load_meanings()["kind_complement_opening"].lemmas))
    return re.compile(
        rf"(?i)(?:(?<!\w)(?:{kind})\s*[«“\"]?\s*"
        rf"|\w\s+(?:(?:de|d['’]|of|for)\s*(?:{opening})|du|des)"
        rf"(?:\s+(?:{kind}))*\s*)$"
    )


# The negation bears on how long, not on the end: «je ne suis pas diplômée depuis très longtemps», "I haven't
# been graduated for long" — the end is reached, lately (its date stays the date readers' to tell).
_LONG_SINCE = re.compile(
    r"[\s,]*(?:depuis|il y a|for|that)\s+(?:(?:tr[èe]s|si|trop|bien|very|so|that|a)\s+)?(?:longtemps|long)\b",
    re.IGNORECASE,
)


def _hedged(unit: str, start: int, end: int) -> bool:
    """The end of studies said nearly reached by a hedge («quasiment diplômée», «presque fini, mon master»,
    "almost graduated"; figures.py HEDGED): whether they are over is asked (study_figures.py), not read as
    going on — the figures corpus's convention, «quasiment diplômée» leaves the studies open. An internship
    «presque fini» still runs: only the studies' reading yields."""
    return figure_on(unit, start, end, _HEDGE) is not None


_HEDGE = frozenset({HEDGED})


def _told_of_then(structure: Structure, unit: str, word: re.Match[str]) -> bool:
    """The end found denied in a past tense («vous m'aviez dit que mon master n'était pas fini», "my degree
    wasn't finished"): the state of a time gone by — a refusal's reason quoted, an earlier mail —, no course
    going on today, and the diploma named there not had then (clauses_then): today's state is the mail's
    other words'."""
    return _said(structure, "past_states", unit[clause_start(unit, word.start()) : word.start()])

# The participles of completion the readers of a step done share, defined once: a diploma got («obtenu»,
# «validé», "completed"); a course over, the same and «terminé», «achevé». Each reader frames them (a whole
# word, a stem, its agreement endings) and names beside them the words of its own sense.
GOT_FR = r"obtenu|valid[ée]"
GOT_EN = r"completed"
OVER_FR = rf"termin[ée]|achev[ée]|{GOT_FR}"


def completion_words(structure: Structure) -> re.Pattern[str] | None:
    """The words saying an end is reached («fini», «validé», "completed")."""
    return _pattern(structure.unfinished.get("completes", ()))


def unfinished(
    unit: str, structure: Structure, internship: Situation | None, decision_awaited: bool = False
) -> list[str]:
    """The situations («studying», «internship») the unit says are not over yet; with `decision_awaited` (a
    jury still to sit, told in the unit), a decision not taken yet («pas encore validé») is not one."""
    completes = completion_words(structure)
    found: list[str] = []
    for word in all_matches(completes, unit) if completes is not None else []:
        if not _not_reached(structure, unit, word.start(), word.end()) or _told_of_then(
            structure, unit, word
        ):
            continue
        if decision_awaited and _said(structure, "decided", word.group()):
            continue
        if reported_by_another(unit, word.start()):
            continue  # «ma conseillère en conclut que je ne suis pas encore diplômée»: her view, not a fact
        clause = clause_at(unit, word.start(), word.end())
        names = internship.names if internship is not None else None
        if names is not None and names.search(clause) and "internship" not in found:
            found.append("internship")
        elif (
            "studying" not in found
            and not _hedged(unit, word.start(), word.end())
            and (_said(structure, "courses", clause) or _said(structure, "graduates", word.group()))
        ):
            found.append("studying")
    return found


def clauses_not_over(unit: str, structure: Structure, then: bool = False) -> list[tuple[int, int]]:
    """The clauses (start, end) in which a course is said not over yet: «mais pas encore fini mon M2», "my
    MSc isn't finished yet"; a diploma named inside one is not had. With `then`, only those told in a past
    tense («mon BTS n'était pas encore validé»), without it only the others."""
    completes = completion_words(structure)
    found: list[tuple[int, int]] = []
    for word in all_matches(completes, unit) if completes is not None else []:
        if not _not_reached(structure, unit, word.start(), word.end()):
            continue
        if _told_of_then(structure, unit, word) != then:
            continue
        start = clause_start(unit, word.start())
        found.append((start, start + len(clause_at(unit, word.start(), word.end()))))
    return found
