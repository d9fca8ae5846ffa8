"""A diploma named as the end a plan waits for, on a résumé's line, is no diploma had.

A résumé lists diplomas had, so each diploma its lines name is read as the applicant's. Not one named as
the moment a plan is set for: «Recherche : un emploi dans une coopérative à la fin du master», «Objectif : une
SCOP à l'issue de mon BTS», "Looking for: a charity job at the end of my MA" — the end of a course still ahead
(the line tells no past), which is the writer's studies running, not a diploma obtained. The mail's sentences
are read by their verbs (education._told_as_had); a résumé's verbless line by this: the noun of an end
(«fin», «issue», "end", "completion") governing the diploma through its article or possessive, with no verb
of the past on the line. «Stage de fin de master (2025)» names no article: a kind of internship, left alone.
"""

from __future__ import annotations

import re

from intake.understanding.facts import DiplomaMention

__all__ = ["without_ends_awaited"]

# The end of a course, the diploma right after: «à la fin du», «à la fin de mon», «à l'issue du», «au terme de
# ma», "at the end of my", "on completion of the".
_END_OF = re.compile(
    r"\b(?:(?:à\s+la\s+)?fin|(?:à\s+l['’])?issue|(?:au\s+)?terme)\s+(?:du|de\s+(?:mon|ma|la|l['’]))\s*$"
    r"|\b(?:at\s+the\s+end|(?:up)?on\s+completion|after\s+(?:finishing|completing))\s+of\s+(?:my|the)\s+$"
    r"|\b(?:after\s+(?:finishing|completing))\s+(?:my|the)\s+$",
    re.IGNORECASE,
)
# A past told on the line: the end is behind, the diploma had («à la fin du master, j'ai rejoint…», "after
# finishing my MA I worked…").
_PAST = re.compile(
    r"\bj['’]ai\b|\b(?:ai|avons|avais|avait|étais|était|suis|est|was|were|had)\b|\bI\s+\w+ed\b",
    re.IGNORECASE,
)


def without_ends_awaited(found: list[DiplomaMention], line: str) -> list[DiplomaMention]:
    """The diplomas of a résumé's `line`, less those it names only as a course's end ahead."""
    if not found or _PAST.search(line):
        return found
    kept = []
    for m in found:
        at = line.lower().find(m.text.lower())
        if at < 0 or not _END_OF.search(line[max(0, at - 40) : at]):
            kept.append(m)
    return kept
