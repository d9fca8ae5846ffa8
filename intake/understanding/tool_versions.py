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
from functools import lru_cache
from pathlib import Path

from intake import resources
from intake.understanding.drafted_words import drafts_table, either, own_words_and_draft
from intake.understanding.education import read_education
from intake.understanding.facts import BODY, EducationFacts, Source
from intake.understanding.lexicon import Lexicon


@lru_cache(maxsize=4)
def _version(rules_dir: Path) -> re.Pattern[str]:
    """A line opening a version: «Version 1 (formelle)», «Version B :», «Version courte :», "Option 2 —
    warmer" (rules/lexicon/drafts.toml [versions]): a name, maybe «n°», which one, a few words at most."""
    versions = drafts_table(rules_dir)["versions"]
    return re.compile(
        rf"(?im)^\W{{0,3}}{either(versions['names'])}\s+(?:n[°o]\s*)?{either(versions['which'])}[^\n]{{0,40}}$"
    )


def dates_open_between_versions(
    education: EducationFacts, body: str, lexicon: Lexicon, today: date
) -> EducationFacts:
    """`education` with its graduation date left open when the body holds two or more versions of the tool's
    and they date the same level of diploma by different years."""
    highest = education.highest
    if highest is None or not highest.graduation or own_words_and_draft(body) is not None:
        return education
    starts = [m.start() for m in _version(resources.rules_dir()).finditer(body)]
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
