"""Studies the letter tells going on, put right by a correcting postscript that tells the diploma obtained.

«Je suis encore étudiante en master… Rectificatif : le master est fini, j'ai reçu le diplôme en octobre»,
"I'm still a student on the MSc… Edit: sorry, the degree was awarded in September": the postscript is the
writer's last word, written after the letter (discourse.later_correction: a postscript the writer marks as a
correction); the student status the letter states, and the course it tells in progress, give way to the
diploma the postscript says obtained.

Invariants: only a postscript marked as a correction is read (a «PS : mon numéro a changé» adds, it puts
nothing right); the diploma must be told obtained, not in progress, in the postscript itself; only the
letter's course of the same diploma gives way; a studying phrase of the postscript stands.
"""

from __future__ import annotations

from intake.understanding.discourse import later_correction
from intake.understanding.facts import EducationFacts, Source


def studies_put_right(facts: EducationFacts, sources: list[Source]) -> None:
    """`facts` without the letter's studying phrase and course in progress when a correcting postscript
    after the letter tells that diploma obtained."""
    for source in sources:
        split = None if source.is_document or source.older else later_correction(source.text)
        if split is None:
            continue
        letter, postscript = split  # the letter, the postscript that puts it right
        told = [m for m in facts.mentions if m.evidence.text in postscript]
        obtained = {m.label for m in told if m.obtained and not m.in_progress}
        if not obtained:
            continue
        put_right = [
            m for m in facts.mentions if m.in_progress and m.label in obtained and m.evidence.text in letter
        ]
        facts.mentions = [m for m in facts.mentions if m not in put_right]
        if facts.studying is not None and any(m.evidence == facts.studying for m in put_right):
            facts.studying = None  # the letter's «encore étudiante en master» was that course
