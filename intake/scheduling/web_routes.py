"""The coordinator's interview agenda in the web UI: upcoming interviews per day, and their outcome.

Mounted by `intake.web.app.create_app` like the follow-up pages; it calls the same functions as
`propulse interviews`.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from intake.clock import utcnow
from intake.scheduling.outcomes import OUTCOME_FR, OutcomeRefused, list_upcoming, record_outcome
from intake.web.csrf import checked_form

if TYPE_CHECKING:
    from intake.web.app import WebUI

Endpoint = Callable[[Request], Awaitable[Response]]
Guard = Callable[[Endpoint], Endpoint]
AGENDA_DAYS = 30
# Interviews of the last two weeks stay on the agenda until their outcome is recorded.
UNRECORDED_DAYS = 14


def interview_routes(ui: WebUI, guard: Guard) -> list[Route]:
    async def agenda(request: Request) -> Response:
        days = await run_in_threadpool(
            ui._in_session,
            lambda s: list_upcoming(
                s, ui.settings, now=utcnow(), days=AGENDA_DAYS, unrecorded_days=UNRECORDED_DAYS
            ),
        )
        return ui.render(request, "interviews.html.j2", days=days, outcomes=OUTCOME_FR)

    async def outcome(request: Request) -> Response:
        form = await checked_form(request)
        interview_id = int(request.path_params["interview_id"])
        chosen = str(form.get("issue", ""))
        actor = ui.user(request)
        try:
            await run_in_threadpool(
                ui._in_session,
                lambda s: record_outcome(s, interview_id, chosen, actor=actor, now=utcnow()),
            )
        except OutcomeRefused as exc:
            request.session.setdefault("flash", []).append(
                ("erreur", f"{str(exc)[:1].upper()}{str(exc)[1:]}.")
            )
        else:
            label = OUTCOME_FR.get(chosen, chosen)
            request.session.setdefault("flash", []).append(("ok", f"Entretien n° {interview_id} : {label}."))
        return RedirectResponse("/entretiens", status_code=303)

    return [
        Route("/entretiens", guard(agenda), methods=["GET"]),
        Route("/entretiens/{interview_id:int}/issue", guard(outcome), methods=["POST"]),
    ]
