"""What a message of the boundaries corpus is: one decision boundary, decided first, one side of it, and the
mail written to sit there.

The list of boundaries (``BOUNDARIES``) and the number of messages on each side were fixed before any message
was written (see LICENCE.md). Each source file (batch*.py) lists MESSAGES, each a ``B`` (its boundary, its
side and its mail, with a ``# Boundary:`` comment above it naming the boundary, the side and the fact that
decides the label); build.py writes the mail and adds the boundary and the side to its truth line.
"""

from __future__ import annotations

from dataclasses import dataclass

from kit import M

BOUNDARIES = {
    "date": "the diploma just inside or just outside 24 months before 2026-11-26, in every way of saying it",
    "level": "bac+1 against bac+2 and bac+3 (L1/L2 validated, DEUST, BTS failed, DUT/BUT, RNCP levels)",
    "studies": "studies finished or not (thesis, mémoire, results awaited, credits validated)",
    "internship": "an internship ended, ending after the reading day, starting later, or of unstated dates",
    "service_civique": "a service civique ended, current, starting later, or a volunteering of unstated kind",
    "career_change": "a first job after studies against years in another field, or a job held now",
    "ess_aim": "a job sought in the ESS, elsewhere, anywhere, or in a sector whose ESS status is open",
    "kind": "an application against the rest of the inbox (questions, referrals, replies, auto-replies…)",
}
# inside: the criterion holds (or, for `kind`, the mail is an application); outside: it fails (not an
# application); open: the mail leaves it open (`unknown`; for `kind`, an application whose facts are almost
# all open — a question carrying one personal fact).
SIDES = ("inside", "outside", "open")


@dataclass(frozen=True)
class B:
    """One message, written on one side of one boundary."""

    boundary: str
    side: str
    m: M

    def __post_init__(self) -> None:
        assert self.boundary in BOUNDARIES, self.boundary
        assert self.side in SIDES, self.side
