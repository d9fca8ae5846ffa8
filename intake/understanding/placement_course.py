"""A diploma named as the course a placement belonged to yields to that diploma's own line.

A résumé's experience lines often name the course an internship or a work-study contract was part of:
«Avril – août 2026 : stage de M1 – chargée de mission…», «Sept. 2023 – juin 2024 : alternance (licence
pro) – centre social», "Jan–Mar 2025: BA placement, food bank". The diploma there is the course the placement
served, not a diploma told obtained, and the line's dates are the placement's, not a graduation: read as a
diploma had, «stage de M1» made a master's student a holder of an M1 dated by the end of the internship, and
«alternance (licence pro)» dated by its last month a licence whose own line gives only the year.

The education line names that course for itself («2025 – 2027 : Master … (2e année en cours)», «Licence
professionnelle … – 2024»): when the text names another diploma of the same level or higher, not itself a
placement's course, the placement's mention gives way to it. Alone, it is kept as it was read — a placement
may be all a short résumé tells of a diploma («Alternance (BTS MCO) 2022-2024» beside a bac), and dropping it
would leave the bac as the highest diploma, a refusal drafted on a course that may well be over. A course
read as followed now («en apprentissage DEJEPS jusqu'en 2027») is kept too: it tells studies running.
"""

from __future__ import annotations

import re

from intake.understanding.facts import DiplomaMention

__all__ = ["placement_courses_dropped"]

# The placement noun governing the diploma right after it: «stage de M1», «stage de fin d'études de master»,
# «alternance (licence pro)», «alternance en BTS», «apprentissage en BUT», "internship (MSc)".
_PLACEMENT_BEFORE = re.compile(
    r"\b(?:stages?|alternance|apprentissage|internships?|placements?|work[- ]placement)"
    r"(?:\s+de\s+fin\s+d['’][ée]tudes)?\s*(?:\(\s*|de\s+|du\s+|d['’]|en\s+|of\s+|for\s+)?$",
    re.IGNORECASE,
)
# The placement noun right after the diploma, the English order: "MSc internship", "BA placement".
_PLACEMENT_AFTER = re.compile(
    r"^[\w+]+(?:\s+[\w'’-]+){0,2}?\s+(?:internships?|placements?|work[- ]placement)\b", re.IGNORECASE
)


def _is_placement_course(mention: DiplomaMention) -> bool:
    """The mention names the course its line's internship or work-study contract belonged to."""
    line = mention.evidence.text
    at = line.find(mention.text)
    if at < 0:
        return False
    before = line[max(0, at - 40) : at]
    return _PLACEMENT_BEFORE.search(before) is not None or _PLACEMENT_AFTER.match(line[at:]) is not None


def placement_courses_dropped(mentions: list[DiplomaMention]) -> list[DiplomaMention]:
    """The `mentions` less those naming a placement's course, when another names a diploma of that level or
    higher for itself («2025 – 2027 : Master …» beside «stage de M1»)."""
    # Only a course read as had: one read as followed («je suis en apprentissage DEJEPS jusqu'en 2027»)
    # tells studies running, which its own line need not repeat.
    placed = [m for m in mentions if m.obtained and _is_placement_course(m)]
    if not placed:
        return mentions
    own = [m for m in mentions if m not in placed]
    return [m for m in mentions if m not in placed or not any(o.level >= m.level for o in own)]
