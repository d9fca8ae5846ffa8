"""The case page (`/dossiers/N`): the whole case, its mail in and out, its documents, and the interview
booked, moved or cancelled by hand. Mounted by `create_app`; it calls `intake.cases` and
`intake.scheduling.manual`, as `propulse interviews book|reschedule|cancel` do.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from sqlalchemy.orm import Session
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from intake.cases import CaseNotFound, get_case_file
from intake.clock import utcnow
from intake.scheduling.availability import label_slot
from intake.scheduling.manual import ManualBookingError, book_by_hand, cancel_by_hand, find_case
from intake.web.csrf import checked_form
from intake.web.kit import Kit, Pages, field, flash, route, see


def case_routes(kit: Kit) -> list[Route]:
    kit.add_filters(slot_label=lambda moment: label_slot(moment, kit.settings))
    return kit.mount(CasePages(kit))


class CasePages(Pages):
    @route("/dossiers/{application_id:int}")
    async def case_file(self, request: Request) -> Response:
        application_id = int(request.path_params["application_id"])
        case = await self.kit.run(
            lambda s: get_case_file(s, application_id, self.kit.settings, now=utcnow()),
            missing=(CaseNotFound,),
        )
        calendar = await self.kit.calendar_warning()
        return self.kit.render(request, "case_file.html.j2", case=case, calendar_warning=calendar)

    @route("/dossiers/{application_id:int}/entretien", "POST")
    async def book(self, request: Request) -> Response:
        chosen = field(await checked_form(request), "creneau")

        def book(session: Session, reference: str, actor: str) -> int:
            try:
                starts_at = datetime.fromisoformat(chosen)
            except ValueError:
                raise ManualBookingError("choisissez un créneau dans la liste") from None
            application = find_case(session, reference)
            return book_by_hand(
                session, application, starts_at, self.kit.settings, now=utcnow(), actor=actor
            ).id

        return await self.act(
            request, book, "Entretien réservé : la confirmation (n° {}) attend votre approbation."
        )

    @route("/dossiers/{application_id:int}/entretien/annuler", "POST")
    async def cancel(self, request: Request) -> Response:
        await checked_form(request)

        def cancel(session: Session, reference: str, actor: str) -> int:
            application = find_case(session, reference)
            return cancel_by_hand(session, application, self.kit.settings, now=utcnow(), actor=actor).id

        return await self.act(
            request, cancel, "Entretien annulé : le message (n° {}) attend votre approbation."
        )

    async def act(self, request: Request, action: Callable[[Session, str, str], int], done: str) -> Response:
        """Run a booking change on the case of the path; its draft is shown next, a refusal on the case."""
        application_id = int(request.path_params["application_id"])
        actor = self.kit.user(request)
        draft_id = await self.kit.attempt(
            request, lambda s: action(s, str(application_id), actor), refused=(ManualBookingError,)
        )
        if draft_id is None:
            return see(f"/dossiers/{application_id}")
        flash(request, "ok", done.format(draft_id))
        return see(f"/brouillons/{draft_id}")
