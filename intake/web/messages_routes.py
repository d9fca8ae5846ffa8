"""The «Messages» pages: every recorded message, the «à traiter» view, the original of one message with
its attachments, and what the coordinator can do with it. Mounted by `create_app` like the follow-up
pages; they call `intake.messages`, as `propulse messages` does.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from intake import messages
from intake.web.csrf import checked_form

if TYPE_CHECKING:
    from intake.web.app import WebUI

Endpoint = Callable[[Request], Awaitable[Response]]
Guard = Callable[[Endpoint], Endpoint]
PAGE_ROWS = 300


def message_routes(ui: WebUI, guard: Guard) -> list[Route]:
    ui.env.globals.update(
        kind_fr=messages.KIND_FR, message_state_fr=messages.STATE_FR, message_states=messages.STATES
    )

    async def listing(request: Request) -> Response:
        params = request.query_params
        kind = params.get("type") or None
        state = params.get("etat") or None
        search = (params.get("recherche") or "").strip()[:200]
        to_handle = params.get("vue") == "a-traiter"
        rows = await run_in_threadpool(
            ui._in_session,
            lambda s: messages.list_messages(
                s, kind=kind, state=state, search=search, to_handle=to_handle, limit=PAGE_ROWS
            ),
        )
        pending = await run_in_threadpool(ui._in_session, messages.count_to_handle)
        return ui.render(
            request,
            "messages.html.j2",
            rows=rows,
            kind=kind or "",
            state=state or "",
            search=search,
            to_handle=to_handle,
            pending=pending,
            kinds=sorted(messages.KIND_FR),
        )

    async def original(request: Request) -> Response:
        pk = int(request.path_params["message_id"])
        try:
            found = await run_in_threadpool(ui._in_session, lambda s: messages.get_original(s, pk))
        except messages.MessageNotFound as exc:
            raise HTTPException(404, str(exc)) from None
        return ui.render(request, "message.html.j2", m=found)

    async def attachment(request: Request) -> Response:
        pk = int(request.path_params["message_id"])
        attachment_id = int(request.path_params["attachment_id"])
        try:
            download = await run_in_threadpool(
                ui._in_session, lambda s: messages.get_attachment(s, pk, attachment_id)
            )
        except messages.MessageNotFound as exc:
            raise HTTPException(404, str(exc)) from None
        return Response(
            download.content,
            media_type=download.content_type,
            headers={"content-disposition": messages.content_disposition(download.filename)},
        )

    async def make_application(request: Request) -> Response:
        await checked_form(request)
        pk = int(request.path_params["message_id"])
        actor = ui.user(request)

        def act(session: Session) -> str:
            application = messages.turn_into_application(session, pk, ui.settings, actor=actor)
            return application.case_token

        return await _act(request, pk, act, "Message transformé en candidature : dossier {}, brouillon prêt.")

    async def attach(request: Request) -> Response:
        form = await checked_form(request)
        pk = int(request.path_params["message_id"])
        actor = ui.user(request)
        token = str(form.get("dossier", ""))

        def act(session: Session) -> str:
            return messages.attach_to_case(session, pk, token, actor=actor).case_token

        return await _act(request, pk, act, "Message rattaché au dossier {}.")

    async def handled(request: Request) -> Response:
        form = await checked_form(request)
        pk = int(request.path_params["message_id"])
        actor = ui.user(request)
        note = str(form.get("note", ""))

        def act(session: Session) -> str:
            messages.mark_handled(session, pk, note, actor=actor)
            return ""

        return await _act(request, pk, act, "Message marqué comme traité.")

    async def _act(request: Request, pk: int, action: Callable[[Session], str], done: str) -> Response:
        try:
            result = await run_in_threadpool(ui._in_session, action)
        except messages.MessageNotFound as exc:
            raise HTTPException(404, str(exc)) from None
        except messages.MessageActionError as exc:
            _flash(request, "erreur", _sentence(str(exc)))
        else:
            _flash(request, "ok", done.format(result))
        return RedirectResponse(f"/messages/{pk}", status_code=303)

    return [
        Route("/messages", guard(listing), methods=["GET"]),
        Route("/messages/{message_id:int}", guard(original), methods=["GET"]),
        Route("/messages/{message_id:int}/pieces/{attachment_id:int}", guard(attachment), methods=["GET"]),
        Route("/messages/{message_id:int}/candidature", guard(make_application), methods=["POST"]),
        Route("/messages/{message_id:int}/rattacher", guard(attach), methods=["POST"]),
        Route("/messages/{message_id:int}/traite", guard(handled), methods=["POST"]),
    ]


def _flash(request: Request, kind: str, text: str) -> None:
    request.session["flash"] = [*request.session.get("flash", []), [kind, text]]


def _sentence(text: str) -> str:
    text = text.strip()
    return (text[:1].upper() + text[1:]).rstrip(".") + "."
