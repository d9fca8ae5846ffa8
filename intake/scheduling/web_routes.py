"""The coordinator's interview agenda in the web UI: upcoming interviews per day, and their outcome.

Mounted by `intake.web.app.create_app` like the follow-up pages, through `intake.web.kit`; it calls the
same functions as `propulse interviews`.
"""

from __future__ import annotations

from sqlalchemy.orm import Session
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from intake.clock import utcnow
from intake.scheduling.outcomes import OUTCOME_FR, OutcomeRefused, list_upcoming, record_outcome
from intake.web.csrf import checked_form
from intake.web.kit import Kit, field, flash, see

AGENDA_DAYS = 30
# Interviews of the last two weeks stay on the agenda until their outcome is recorded.
UNRECORDED_DAYS = 14


def interview_routes(kit: Kit) -> list[Route]:
    async def agenda(request: Request) -> Response:
        days = await kit.run(
            lambda s: list_upcoming(
                s, kit.settings, now=utcnow(), days=AGENDA_DAYS, unrecorded_days=UNRECORDED_DAYS
            )
        )
        return kit.render(request, "interviews.html.j2", days=days, outcomes=OUTCOME_FR)

    async def outcome(request: Request) -> Response:
        chosen = field(await checked_form(request), "issue")
        interview_id = int(request.path_params["interview_id"])
        actor = kit.user(request)

        def record(session: Session) -> bool:
            record_outcome(session, interview_id, chosen, actor=actor, now=utcnow())
            return True

        if await kit.attempt(request, record, refused=(OutcomeRefused,)):
            flash(request, "ok", f"Entretien n° {interview_id} : {OUTCOME_FR.get(chosen, chosen)}.")
        return see("/entretiens")

    return [
        kit.page("/entretiens", agenda),
        kit.page("/entretiens/{interview_id:int}/issue", outcome, "POST"),
    ]
