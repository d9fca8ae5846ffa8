"""A situation whose kind the writer doubts: a helper's note that does not know which of two things the
person's word names («[NdT : je ne sais pas s'il parle d'un stage ou d'un emploi]», "(translator's note: I am
not sure whether she means an internship or a job)").

A word the reader cannot read (a source-language «staj», «Praktikum» left as it stood) is named again by the
helper as a doubt between a situation that bars the programme (an internship, a civic service) and another
thing: whether the person is in that situation is asked, never refused nor passed. Read in the writer's own
words: a doubt word of not knowing («je ne sais pas si», «pas sûr que», "not sure whether", "I don't know if")
then, in the same sentence, the situation's name and an «ou» / "or" naming the other sense."""

from __future__ import annotations

import re

from intake.understanding.lexicon import Lexicon
from intake.understanding.situation_time import find_mention_starts

_DOUBT = re.compile(
    r"\b(?:je ne sais pas|je sais pas|pas s[uû]re?|not sure|i don'?t know|i do not know|unclear)\b"
    r"[^.?!\n]{0,30}?(?:\bsi\b|\bs['’]|\bwhether\b|\bif\b)",
    re.IGNORECASE,
)
_OTHER_SENSE = re.compile(r"\b(?:ou|or)\b", re.IGNORECASE)
# The situations that bar the programme, whose doubt leaves the criterion asked.
_BARRING = ("internship", "service_civique")


def doubted_kinds(unit: str, lexicon: Lexicon) -> list[str]:
    """The barring situations the unit names after a doubt between two senses, in _BARRING's order."""
    doubt = _DOUBT.search(unit)
    if doubt is None:
        return []
    rest = unit[doubt.end() :]
    if _OTHER_SENSE.search(rest) is None:
        return []  # «je ne sais pas si mon stage finit en mars»: its end is doubted, not what it is
    named = []
    for name in _BARRING:
        situation = lexicon.situations.get(name)
        if situation is not None and find_mention_starts(rest, situation):
            named.append(name)
    return named
