"""What a message of the senses corpus is: one trap, chosen first — a word of the programme's criteria used in
another sense, of another person, or in its true sense for contrast — and the mail written around it.

The list of trap families (``TRAPS``) was fixed before any message was written (see LICENCE.md). Each source
file (batch*.py) lists MESSAGES, each an ``S`` (its trap family, the sense the trap word takes, the word as
it stands in the mail, and the mail), with a ``# Sense:`` comment above it naming the three; build.py adds
the family and the sense to its truth line.
"""

from __future__ import annotations

from dataclasses import dataclass

from kit import M

TRAPS = {
    "stage": "«stage» as a training course (secourisme, BAFA, yoga, formation continue) or a placement",
    "service_civique": "«service civique» as the field wanted or someone else's, not the writer's own",
    "reconversion": "«reconversion» as the object of the job sought (conseiller en reconversion, friches)",
    "master": "«master» as a master class, a game master, a master key, a Master of a tournament",
    "licence": "«licence» as a driving, sports, software or drinks licence",
    "bac": "«bac» as a sandbox, a sorting bin, a ferry, a sibling's bac pro",
    "promo": "«promo» as a discount or a promotion at work, not a graduating class",
    "cdi": "«CDI» as the school library (centre de documentation et d'information)",
    "mission": "«mission» as a mission statement or an association's purpose",
    "alternance": "«alternance» as an alternation of shifts, of weeks, of seasons",
    "ess": "«ESS» as the initials of something else (a school, a club, software)",
    "diplome": "a «diplôme» or BTS that is first aid (PSC1), a sibling's, a sports coach's",
    "dates": "dates of other events (a move, a wedding, the programme's cohort, a birth)",
    "volontaire": "«volontaire» / «bénévole» as an adjective or past weekends, not a volontariat",
}
SENSES = ("other_sense", "other_person", "true_sense")


@dataclass(frozen=True)
class S:
    """One message and the trap it carries: ``word`` stands in its body, subject or CV as written."""

    trap: str
    trap_sense: str
    word: str
    m: M

    def __post_init__(self) -> None:
        assert self.trap in TRAPS, self.trap
        assert self.trap_sense in SENSES, self.trap_sense
