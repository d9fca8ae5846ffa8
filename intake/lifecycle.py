"""The life of an application, as an explicit state machine: the allowed transitions are data."""

from __future__ import annotations

from typing import Final

from intake.errors import ShownError

RECEIVED: Final = "received"
ASSESSED: Final = "assessed"
AWAITING_INFO: Final = "awaiting_info"
INTERVIEW_PROPOSED: Final = "interview_proposed"
INTERVIEW_BOOKED: Final = "interview_booked"
INTERVIEWED: Final = "interviewed"
ADMITTED: Final = "admitted"
WAITLISTED: Final = "waitlisted"
DECLINED: Final = "declined"
NOT_ELIGIBLE: Final = "not_eligible"
WITHDRAWN: Final = "withdrawn"

# From each state, where the case may go next. The coordinator may always close a case (declined,
# withdrawn); the machine never rejects anyone, so not_eligible is only reached by a confirmation.
TRANSITIONS: Final[dict[str, frozenset[str]]] = {
    RECEIVED: frozenset({ASSESSED, WITHDRAWN, DECLINED}),
    ASSESSED: frozenset({AWAITING_INFO, INTERVIEW_PROPOSED, NOT_ELIGIBLE, ASSESSED, WITHDRAWN, DECLINED}),
    AWAITING_INFO: frozenset({ASSESSED, WITHDRAWN, DECLINED}),
    INTERVIEW_PROPOSED: frozenset({INTERVIEW_BOOKED, ASSESSED, WITHDRAWN, DECLINED}),
    INTERVIEW_BOOKED: frozenset({INTERVIEWED, INTERVIEW_PROPOSED, WITHDRAWN, DECLINED}),
    INTERVIEWED: frozenset({ADMITTED, WAITLISTED, DECLINED, WITHDRAWN}),
    WAITLISTED: frozenset({ADMITTED, WITHDRAWN, DECLINED}),
    ADMITTED: frozenset({WITHDRAWN}),
    NOT_ELIGIBLE: frozenset({ASSESSED}),
    DECLINED: frozenset(),
    WITHDRAWN: frozenset(),
}

STATES: Final = frozenset(TRANSITIONS)
# Cases waiting for the applicant's choice of slot, or with an interview booked.
SCHEDULING: Final = frozenset({INTERVIEW_PROPOSED, INTERVIEW_BOOKED})


class TransitionRefused(ShownError, ValueError):
    """A change of status that the lifecycle does not allow."""


def can_move(current: str, target: str) -> bool:
    return target in TRANSITIONS.get(current, frozenset())


def check_move(current: str, target: str) -> str:
    """Return `target` when the move is allowed; raise TransitionRefused with a readable reason if not."""
    if current not in TRANSITIONS:
        raise TransitionRefused(f"état inconnu « {current} »")
    if not can_move(current, target):
        allowed = ", ".join(sorted(TRANSITIONS[current])) or "aucun"
        raise TransitionRefused(f"passage de « {current} » à « {target} » interdit (possibles : {allowed})")
    return target
