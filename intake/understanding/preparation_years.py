"""Preparation years left with no diploma: the bac is the level held (h-studios, stop 49).

A classe préparatoire (CPGE: «deux ans de prépa MP», «hypokhâgne puis khâgne»), or the health studies'
access year (PASS, PACES), prepares a competitive entrance; it gives no diploma of its own. Told done and
left with nothing to show for it — no school entered («je n'ai intégré aucune école»), the course stopped
(«j'ai arrêté là»), the year not validated, "I didn't get into any school" — the writer holds the bac: the
level is bac+0, not a diploma of unknown level for the coordinator to place.

Read only when nothing else is said of the studies: no studies going on, no diploma above the bac had or
followed, no other line whose level the reader cannot place, and the preparation the writer's own (not a
brother's). A school entered after the prépa («puis j'ai intégré l'INSA») tells no leaving: untouched.
Course names and leaving words in rules/lexicon/preparation.toml.

Invariant: a diploma of bac+1 or more named anywhere is never lowered; this only settles a level the reader
had left open for want of a diploma.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from intake import resources
from intake.understanding.diploma_level import find_diploma_spans
from intake.understanding.facts import DiplomaMention, EducationFacts, Evidence, Source
from intake.understanding.lexicon import Lexicon, read_table
from intake.understanding.owner import anothers

LABEL = "Classe préparatoire sans diplôme (niveau bac)"


@dataclass(frozen=True)
class _Table:
    course: re.Pattern[str]
    left: re.Pattern[str]
    obtained: re.Pattern[str]


@lru_cache(maxsize=4)
def _table(rules_dir: Path) -> _Table:
    raw = read_table(rules_dir, "preparation.toml")
    return _Table(
        re.compile("|".join(raw["course"]), re.IGNORECASE),
        re.compile("|".join(raw["left"]), re.IGNORECASE),
        re.compile("|".join(raw["obtained"]), re.IGNORECASE),
    )


def _told_left(unit: str, table: _Table, lexicon: Lexicon) -> re.Match[str] | None:
    """The preparation course `unit` tells left with nothing to show for it, when it tells nothing obtained
    beside it («…, puis l'Institut X, diplômée en 2025»: a diploma the reader may not place) and names no
    course of higher education beside it («une PASS non validée, et cette année je suis en LAS 2 (licence
    …)»: the licence is followed now, whatever the reader made of it)."""
    named = table.course.search(unit)
    if named is None or table.left.search(unit) is None:
        return None
    if any(level >= 1 for _s, _e, _label, level in find_diploma_spans(unit, lexicon)):
        return None
    return None if table.obtained.search(_NO_DIPLOMA.sub(" ", unit)) else named


# A diploma denied, no diploma had: «sans diplôme», «pas d'autre diplôme que le bac», "no degree".
_NO_DIPLOMA = re.compile(
    r"\b(?:sans|aucun|pas\s+d['’]\s*(?:autre\s+)?|no|without(?:\s+a|\s+any)?)\s*(?:dipl[oô]me|degree)s?\b",
    re.IGNORECASE,
)


def with_preparation_left(facts: EducationFacts, sources: list[Source], lexicon: Lexicon) -> EducationFacts:
    """`facts` with a preparation year told left with no diploma read as the bac's level, when nothing else
    in the mail tells a level: the lines left unplaced were the preparation's own."""
    held = [m for m in facts.mentions if m.level >= 1 and (m.obtained or m.in_progress)]
    if facts.studying is not None or held:
        return facts
    table = _table(resources.rules_dir())
    for source in sources:
        units = source.lines() if source.is_document else source.sentences()
        for unit in units:
            named = _told_left(unit, table, lexicon)
            if named is None or anothers(unit, named.start(), source.text):
                continue  # «mon frère a fait deux ans de prépa…»: his, not the applicant's
            if any(_told_left(e.text, table, lexicon) is None for e in facts.unclassified):
                return facts  # another line the reader cannot place may hold a higher diploma: asked
            year = DiplomaMention(
                label=LABEL,
                level=0,
                text=named.group(0),
                graduation=None,
                obtained=True,
                in_progress=False,
                evidence=Evidence(unit, source.where),
            )
            return replace(facts, mentions=[*facts.mentions, year], unclassified=[])
    return facts
