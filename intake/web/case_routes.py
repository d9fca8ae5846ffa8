"""The case page (`/dossiers/N`): the whole case, its mail in and out, its documents, and the interview
booked, moved or cancelled by hand. Mounted by `create_app`; it calls `intake.cases` and
`intake.scheduling.manual`, as `propulse interviews book|reschedule|cancel` do.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from intake.cases import CaseNotFound, get_case_file
from intake.clock import utcnow
from intake.scheduling.availability import label_slot
from intake.scheduling.manual import ManualBookingError, book_by_hand, cancel_by_hand, find_case
from intake.web.csrf import checked_form

if TYPE_CHECKING:
    from intake.web.app import WebUI

Endpoint = Callable[[Request], Awaitable[Response]]
Guard = Callable[[Endpoint], Endpoint]


def case_routes(ui: WebUI, guard: Guard) -> list[Route]:
    ui.env.filters["slot_label"] = lambda moment: label_slot(moment, ui.settings)

    async def case_page(request: Request) -> Response:
        application_id = int(request.path_params["application_id"])
        try:
            case = await run_in_threadpool(
                ui._in_session, lambda s: get_case_file(s, application_id, ui.settings, now=utcnow())
            )
        except CaseNotFound as exc:
            raise HTTPException(404, str(exc)) from None
        calendar = await run_in_threadpool(ui._in_session, ui.calendar_warning)
        return ui.render(request, "case_file.html.j2", case=case, calendar_warning=calendar)

    async def book(request: Request) -> Response:
        form = await checked_form(request)
        application_id = int(request.path_params["application_id"])
        actor = ui.user(request)
        chosen = str(form.get("creneau", ""))

        def act(session: Session) -> int:
            try:
                starts_at = datetime.fromisoformat(chosen)
            except ValueError:
                raise ManualBookingError("choisissez un créneau dans la liste") from None
            application = find_case(session, str(application_id))
            draft = book_by_hand(session, application, starts_at, ui.settings, now=utcnow(), actor=actor)
            return draft.id

        return await _act(
            request,
            application_id,
            act,
            "Entretien réservé : la confirmation (n° {}) attend votre approbation.",
        )

    async def cancel(request: Request) -> Response:
        await checked_form(request)
        application_id = int(request.path_params["application_id"])
        actor = ui.user(request)

        def act(session: Session) -> int:
            application = find_case(session, str(application_id))
            return cancel_by_hand(session, application, ui.settings, now=utcnow(), actor=actor).id

        return await _act(
            request, application_id, act, "Entretien annulé : le message (n° {}) attend votre approbation."
        )

    async def _act(
        request: Request, application_id: int, action: Callable[[Session], int], done: str
    ) -> Response:
        try:
            draft_id = await run_in_threadpool(ui._in_session, action)
        except ManualBookingError as exc:
            text = str(exc)
            request.session["flash"] = [
                *request.session.get("flash", []),
                ["erreur", text[:1].upper() + text[1:] + "."],
            ]
            return RedirectResponse(f"/dossiers/{application_id}", status_code=303)
        request.session["flash"] = [*request.session.get("flash", []), ["ok", done.format(draft_id)]]
        return RedirectResponse(f"/brouillons/{draft_id}", status_code=303)

    return [
        Route("/dossiers/{application_id:int}", guard(case_page), methods=["GET"]),
        Route("/dossiers/{application_id:int}/entretien", guard(book), methods=["POST"]),
        Route("/dossiers/{application_id:int}/entretien/annuler", guard(cancel), methods=["POST"]),
    ]
