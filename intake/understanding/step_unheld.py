"""The last step of a course said not held yet: a defence, a grand oral, the final exams told «pas encore» or
«toujours pas» held, set or dated («ma soutenance n'a pas encore eu lieu», «la date de ma soutenance n'est
toujours pas fixée», "my viva hasn't been scheduled yet", "my defence is yet to be set"). A step that has not
taken place is still ahead, whatever its date: the studies are not over — unless the sentence tells it put off
(«reportée», «décalée», "postponed": whether it will be held is asked, education.py). Its results awaited are
the decision's reader (pending.py), read first; a step dated ahead is situation_time.py's."""

from __future__ import annotations

import re

from intake.understanding.clauses import NEGATION, clause_at
from intake.understanding.lexicon import Structure, load_meanings

# «pas encore», «toujours pas», "not yet", "still not", "yet to": the negation is not «plus», not «jamais».
_YET = re.compile(r"\b(?:encore|toujours|yet|still)\b", re.IGNORECASE)
_YET_TO = re.compile(r"\byet to\b", re.IGNORECASE)


def final_step_unheld(unit: str, structure: Structure) -> str | None:
    """The clause of `unit` telling the last step of the course not held, set or dated yet, or None."""
    steps = structure.final_steps
    meanings = load_meanings()
    held = meanings["step_held"]
    if meanings["step_put_off"].said_in(unit):
        return None
    for found in steps.finditer(unit) if steps is not None else []:
        clause = clause_at(unit, found.start(), found.end())
        if held.said_in(clause) and _not_yet(clause):
            return clause
    return None


def _not_yet(clause: str) -> bool:
    """A negation with a word of «yet» in the clause («n'a pas encore eu lieu», "hasn't been set yet"), or
    "yet to"."""
    negated = NEGATION.search(clause) is not None and _YET.search(clause) is not None
    return negated or _YET_TO.search(clause) is not None
