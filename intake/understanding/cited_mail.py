"""A diploma the writer names by a generic noun while pointing to the mail under their words that names it.

"As the registry's email below shows, my degree was awarded on 10 November", «comme le montre le mail de la
scolarité ci-dessous, mon diplôme m'a été délivré le 10 novembre»: the writer's «my degree» takes up the
diploma the quoted mail names — a mail written *to them* by someone else (a registry, a school: "the Board has
awarded you the MA in …", «vous avez obtenu le master …»). That mail is no claim of the writer's on its own
(another's quoted history is never read as theirs); what the writer's own sentence says of «my degree» is, and
its thing is the one the cited mail names. So the generic noun is completed with the cited diploma's words as
written ("my MA in Development Economics", «mon diplôme de master …»), and every reader reads the writer's
sentence with no change of its own: the level from the name, the date and the state from the writer's clause.

Only when the writer points to a mail under their words, the mail speaks to its reader (second person) in the
diploma's sentence, and it names exactly one diploma: else the noun stays generic and the level open.
"""

from __future__ import annotations

import re

from intake.understanding.diploma_level import find_diploma_spans
from intake.understanding.diploma_month import title_end
from intake.understanding.facts import split_sentences
from intake.understanding.lexicon import Lexicon

__all__ = ["with_cited_diploma"]

# The writer pointing to a mail under their words: "the email below", «le mail ci-dessous», «le message de la
# scolarité plus bas», "see the confirmation underneath".
_POINTS_BELOW = re.compile(
    r"\b(?:e-?mail|mail|message|letter|courriel|confirmation|attestation|notification)\b[^.!?\n]{0,40}?"
    r"(?:\bbelow\b|\bunderneath\b|\bci-dessous\b|\ben dessous\b|\bplus bas\b)",
    re.IGNORECASE,
)
# The writer's own diploma named by a generic noun only.
_GENERIC_OWN = re.compile(
    r"\b(?P<det>my|mon)\s+(?P<noun>degree|diploma|qualification|dipl[oô]me)\b(?!\s+(?:of|in|de|d['’]|en)\b)",
    re.IGNORECASE,
)
# The cited mail speaking to its reader: "awarded you", "your MA", «vous avez obtenu», «votre master».
_TO_ITS_READER = re.compile(r"\b(?:you|your|vous|votre|tu|ton|ta)\b", re.IGNORECASE)


def with_cited_diploma(new: str, cited: str, lexicon: Lexicon) -> str:
    """`new` (the writer's words) with its generic «my degree» completed by the one diploma the mail under it
    (`cited`, unquoted) names to its reader, when the writer points to that mail; else `new` unchanged."""
    if not cited or not _GENERIC_OWN.search(new) or not _POINTS_BELOW.search(new):
        return new
    named = _diploma_told_to_reader(cited, lexicon)
    if named is None:
        return new
    return _GENERIC_OWN.sub(lambda m: _named_again(m, named), new, count=1)


def _named_again(generic: re.Match[str], named: str) -> str:
    """«my degree» as "my MA in …"; «mon diplôme» as «mon diplôme de master …» (the French noun kept, its
    gender being the determiner's)."""
    if generic.group("det").lower() == "my":
        return f"{generic.group('det')} {named}"
    return f"{generic.group(0)} de {named}"


def _diploma_told_to_reader(cited: str, lexicon: Lexicon) -> str | None:
    """The words of the one diploma the cited mail names in a sentence addressed to its reader, or None
    (none, or several: which one the writer means is open)."""
    found: set[str] = set()
    for sentence in split_sentences(cited):
        if not _TO_ITS_READER.search(sentence):
            continue
        for start, end, _label, _level in find_diploma_spans(sentence, lexicon):
            found.add(sentence[start : title_end(sentence, end)].strip(" ,;:"))
    return found.pop() if len(found) == 1 else None
