"""The «Messages» pages: every recorded message, the «à traiter» view, the original of one message with
its attachments, and what the coordinator can do with it. Mounted by `create_app` like the follow-up
pages; they call `intake.messages`, as `propulse messages` does.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.orm import Session
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from intake import messages
from intake.web.csrf import checked_form
from intake.web.kit import Kit, Pages, field, flash, route, see

PAGE_ROWS = 300
MISSING = (messages.MessageNotFound,)


def message_routes(kit: Kit) -> list[Route]:
    kit.add_globals(
        kind_fr=messages.KIND_FR, message_state_fr=messages.STATE_FR, message_states=messages.STATES
    )
    return kit.mount(MessagePages(kit))


class MessagePages(Pages):
    @route("/messages")
    async def listing(self, request: Request) -> Response:
        params = request.query_params
        kind = params.get("type") or None
        state = params.get("etat") or None
        search = (params.get("recherche") or "").strip()[:200]
        to_handle = params.get("vue") == "a-traiter"
        rows = await self.kit.run(
            lambda s: messages.list_messages(
                s, kind=kind, state=state, search=search, to_handle=to_handle, limit=PAGE_ROWS
            )
        )
        return self.kit.render(
            request,
            "messages.html.j2",
            rows=rows,
            kind=kind or "",
            state=state or "",
            search=search,
            to_handle=to_handle,
            pending=await self.kit.run(messages.count_to_handle),
            kinds=sorted(messages.KIND_FR),
        )

    @route("/messages/{message_id:int}")
    async def original(self, request: Request) -> Response:
        pk = int(request.path_params["message_id"])
        found = await self.kit.run(lambda s: messages.get_original(s, pk), missing=MISSING)
        return self.kit.render(request, "message.html.j2", m=found)

    @route("/messages/{message_id:int}/pieces/{attachment_id:int}")
    async def attachment(self, request: Request) -> Response:
        pk = int(request.path_params["message_id"])
        attachment_id = int(request.path_params["attachment_id"])
        download = await self.kit.run(
            lambda s: messages.get_attachment(s, pk, attachment_id), missing=MISSING
        )
        return Response(
            download.content,
            media_type=download.content_type,
            headers={"content-disposition": messages.content_disposition(download.filename)},
        )

    @route("/messages/{message_id:int}/candidature", "POST")
    async def make_application(self, request: Request) -> Response:
        await checked_form(request)

        def act(session: Session, pk: int, actor: str) -> str:
            return messages.turn_into_application(session, pk, self.kit.settings, actor=actor).case_token

        return await self.act(request, act, "Message transformé en candidature : dossier {}, brouillon prêt.")

    @route("/messages/{message_id:int}/rattacher", "POST")
    async def attach(self, request: Request) -> Response:
        token = field(await checked_form(request), "dossier")

        def act(session: Session, pk: int, actor: str) -> str:
            return messages.attach_to_case(session, pk, token, actor=actor).case_token

        return await self.act(request, act, "Message rattaché au dossier {}.")

    @route("/messages/{message_id:int}/traite", "POST")
    async def handled(self, request: Request) -> Response:
        note = field(await checked_form(request), "note")

        def act(session: Session, pk: int, actor: str) -> str:
            messages.mark_handled(session, pk, note, actor=actor)
            return ""

        return await self.act(request, act, "Message marqué comme traité.")

    async def act(self, request: Request, action: Callable[[Session, int, str], str], done: str) -> Response:
        """Run an action on the message of the path; its page comes back with what was done or refused."""
        pk = int(request.path_params["message_id"])
        actor = self.kit.user(request)
        result = await self.kit.attempt(
            request, lambda s: action(s, pk, actor), refused=(messages.MessageActionError,), missing=MISSING
        )
        if result is not None:
            flash(request, "ok", done.format(result))
        return see(f"/messages/{pk}")
