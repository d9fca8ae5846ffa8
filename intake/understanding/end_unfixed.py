"""An internship or a civic service held now whose end the writer says is not set: asked, never refused.

«Je fais depuis octobre un stage …, sans date de fin fixée», «mon service civique n'a pas encore de date de
fin», «je ne sais pas encore quand mon stage se termine», "an open-ended placement", "no end date set yet":
the placement runs, and the writer tells that its end is not known — it may stop any day, before the
programme starts, or run on. What the words leave open is asked (`unfixed_ends_asked`); the situation's
evidence is kept as the question's. An end told beside it («…, mais il finit le 15 décembre») is a fixed end
and the situation stays as read, and so does a placement told extended («prolongé plusieurs fois»): it has
run past its planned end and goes on, held whatever its new end.
"""

from __future__ import annotations

import re

from intake.understanding.facts import SituationFacts
from intake.understanding.situation import PRIORITY

_UNFIXED = re.compile(
    r"\bsans (?:date de )?fin (?:fix[ée]e|pr[ée]vue|d[ée]finie|arr[êe]t[ée]e|connue)"
    r"|\bsans date de fin\b"
    r"|\bpas (?:encore )?de date de fin\b"
    r"|\bdate de fin (?:n.est )?(?:pas |non |toujours pas |pas encore )(?:encore )?"
    r"(?:fix[ée]e|d[ée]finie|connue|arr[êe]t[ée]e)"
    r"|\bje ne sais pas (?:encore )?quand (?:il|elle|mon stage|ma mission|mon service civique) "
    r"(?:se termine|finit|finira|s.arr[êe]te)"
    r"|\bopen[- ]ended\b|\bno (?:fixed |set )?end[- ]date\b"
    r"|\bend[- ]date (?:is )?(?:not|yet to be) (?:set|fixed|decided)",
    re.IGNORECASE,
)
# A placement extended («prolongé plusieurs fois, je ne sais pas quand il finira», "extended again") has run
# past its planned end and goes on: held, whatever end is still unknown (the boundaries corpus's label).
_EXTENDED = re.compile(r"prolong|\bextended\b|\brenewed\b", re.IGNORECASE)
_HELD = ("internship", "service_civique")


def unfixed_ends_asked(situation: SituationFacts) -> SituationFacts:
    """The situation read, an internship or a civic service held now whose evidence says its end is not set
    asked instead, unless it says the placement extended."""
    changed = False
    for name in _HELD:
        evidence = situation.flags.get(name)
        if evidence is not None and _UNFIXED.search(evidence.text) and not _EXTENDED.search(evidence.text):
            situation.flags[name] = None
            situation.uncertain.setdefault(name, evidence)
            changed = True
    if changed:
        current = [n for n in PRIORITY if situation.flags.get(n) is not None and n != "seeking"]
        situation.current = current[0] if current else ("seeking" if situation.seeking is not None else None)
    return situation
