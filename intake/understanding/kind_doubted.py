"""A situation whose kind the writer doubts: a helper's note that does not know which of two things the
person's word names («[NdT : je ne sais pas s'il parle d'un stage ou d'un emploi]», "(translator's note: I am
not sure whether she means an internship or a job)").

A word the reader cannot read (a source-language «staj», «Praktikum» left as it stood) is named again by the
helper as a doubt between a situation that bars the programme (an internship, a civic service) and another
thing: whether the person is in that situation is asked, never refused nor passed. Read in the writer's own
words: a doubt word of not knowing («je ne sais pas si», «pas sûr que», "not sure whether", "I don't know if")
then, in the same sentence, the situation's name and an «ou» / "or" naming the other sense.

So does the writer's own doubt whether what she does now counts as such a situation («je ne sais pas si ça
compte comme un stage pour vous», "I'm not sure whether that counts as an internship"): a verb of counting
as, in the present, right before the situation's name — what she does may bar the programme or not, the
coordinator asks; a doubt whether something counted in the past («…if it counted as a placement») asks
nothing of now."""

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
# A verb of counting as, in the present, its situation's name right after it: «ça compte comme un stage»,
# «est considéré comme», «équivaut à», "counts as", "is considered (as)", "qualifies as".
_COUNTS_AS = re.compile(
    r"\b(?:compte(?:nt)?\s+comme|(?:est|sont)\s+consid[ée]r[ée]e?s?\s+comme|[ée]quivaut\s+[àa]"
    r"|counts?\s+as|(?:is|are)\s+(?:considered|seen|treated)(?:\s+as)?|qualif(?:y|ies)\s+as)\s+"
    r"(?=(?:\S+\s+){0,2}?(?:stage|stag|service|sc\b|intern|placement|volunt|civic))",
    re.IGNORECASE,
)
# The situations that bar the programme, whose doubt leaves the criterion asked.
_BARRING = ("internship", "service_civique")


def doubted_kinds(unit: str, lexicon: Lexicon) -> list[str]:
    """The barring situations the unit names after a doubt between two senses, in _BARRING's order."""
    doubt = _DOUBT.search(unit)
    if doubt is None:
        return []
    rest = unit[doubt.end() :]
    counts_as = _COUNTS_AS.search(rest)
    if counts_as is not None:
        rest = rest[counts_as.end() :]  # "whether that counts as an internship": the kind of what she does
    elif _OTHER_SENSE.search(rest) is None:
        return []  # «je ne sais pas si mon stage finit en mars»: its end is doubted, not what it is
    named = []
    for name in _BARRING:
        situation = lexicon.situations.get(name)
        if situation is not None and find_mention_starts(rest, situation):
            named.append(name)
    return named
