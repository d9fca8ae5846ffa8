"""What an invariance set is: one set of facts, decided first, then told THREE times by three people-like
writers in three registers. The label is the facts', so it is the same for the three tellings.

A set's files share a stem (0012a, 0012b, 0012c). Each telling names its register; the first two are always
a formal letter and a plain everyday email, the third one of the others. The truth is written in full, by
hand, from the programme's rules, for each telling (a third person's telling names its writer in
`forwarded_by`, a telling that gives no phone has none), but its kind, verdict, failing and unknown criteria,
level and graduation year are the set's (build.py refuses a set whose tellings disagree on them).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from kit import M

REGISTERS = {
    "formal": "a formal letter: «Madame, Monsieur», long subordinate sentences, facts late and indirect",
    "plain": "a plain everyday email",
    "sms": "typed on a phone: no accents or capitals, abbreviations, typos",
    "english": "English, or English mixed with French",
    "third_person": "a parent, an adviser or a friend writing about the person",
    "fiche": "a bulleted sheet: «Nom : …», «Diplôme : …»",
}
SAME_IN_A_SET = ("kind", "verdict", "failing", "unknown", "bac_plus")


@dataclass(frozen=True)
class Told:
    facts: str  # the facts, as decided before any telling was written
    tellings: tuple[tuple[str, M], ...]  # (register, message), formal and plain first


def told(facts: str, *tellings: tuple[str, M]) -> Told:
    registers = [r for r, _ in tellings]
    assert len(tellings) == 3 and registers[:2] == ["formal", "plain"], (facts, registers)
    assert registers[2] in REGISTERS and registers[2] not in ("formal", "plain"), (facts, registers)
    return Told(facts, tellings)


def label_of_the_set(truth: dict[str, Any]) -> tuple[Any, ...]:
    """What every telling of one set must share: kind, verdict, criteria, level, graduation year."""
    graduation = truth.get("graduation")
    return (*(str(truth.get(k)) for k in SAME_IN_A_SET), graduation[:4] if graduation else None)


def but(truth: dict[str, Any], **changes: Any) -> dict[str, Any]:
    """The set's truth as one telling gives it (another address, no phone, a referrer, a year only…)."""
    return {**truth, **changes}
