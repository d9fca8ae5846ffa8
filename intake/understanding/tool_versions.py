"""Two versions of one letter, both a tool's, sent together («Version 1 (formelle)» and «Version 2
(chaleureuse)», «Version A» / «Version B», «Version courte» / «Version longue», "Option 1" / "Option 2"): the
person wrote neither, and sends both because they do not know which to choose. Where the versions agree,
either tells the person's fact; where they give the diploma two different years («diplômée en juin 2025» in
one, «depuis juin 2023» in the other), the person has said neither: the date is left open, never guessed.

A version labelled the person's own («Mon brouillon», "Rough note") is read by drafted_words.py instead:
there the person's words win. This module reads only the body's versions when none is labelled theirs.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from intake.understanding.drafted_words import own_words_and_draft
from intake.understanding.education import read_education
from intake.understanding.facts import BODY, EducationFacts, Source
from intake.understanding.lexicon import Lexicon

# A line opening a version: «Version 1 (formelle)», «Version B :», «Version courte :», "Option 2 — warmer".
_VERSION = re.compile(
    r"(?im)^\W{0,3}(?:version|option|proposition|variante)\s+(?:n[°o]\s*)?"
    r"(?:\d|[a-d]\b|courte|longue|formelle|chaleureuse|informelle|simple|d[ée]taill[ée]e|short|long|formal|"
    r"friendly|casual|warm)[^\n]{0,40}$"
)


def dates_open_between_versions(
    education: EducationFacts, body: str, lexicon: Lexicon, today: date
) -> EducationFacts:
    """`education` with its graduation date left open when the body holds two or more versions of the tool's
    and they date the same level of diploma by different years."""
    highest = education.highest
    if highest is None or not highest.graduation or own_words_and_draft(body) is not None:
        return education
    starts = [m.start() for m in _VERSION.finditer(body)]
    if len(starts) < 2:
        return education
    parts = [body[a:b] for a, b in zip(starts, [*starts[1:], len(body)], strict=True)]
    years = set()
    for part in parts:
        found = read_education([Source(BODY, part)], lexicon, today).highest
        if found is not None and found.graduation and found.level == highest.level:
            years.add(found.graduation[:4])
    if len(years) < 2:
        return education
    return replace(education, highest=replace(highest, graduation=None), graduation_alone=None)
