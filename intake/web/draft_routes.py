"""The queue of drafts and one draft beside its case, with the coordinator's decisions: edit, approve,
discard, correct a criterion. Every decision calls `intake.approval` in one transaction, as `propulse
drafts` does, and a refused one comes back as one French line on the draft's page.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from sqlalchemy.orm import Session
from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from intake import approval, eligibility
from intake.authentication import untrusted_warning
from intake.replies.decisions import ApprovalError, DraftNotFound
from intake.web.csrf import checked_form
from intake.web.kit import Kit, Pages, field, flash, given, route, see

T = TypeVar("T")
# A refused decision is a line on the page; a draft that does not exist is a 404.
REFUSED = (ApprovalError,)
MISSING = (DraftNotFound,)


# What the draft pages print in French, by the names the templates use.
LABELS = {
    "status_fr": approval.STATUS_FR,
    "criterion_status_fr": approval.CRITERION_STATUS_FR,
    "verdict_fr": eligibility.VERDICT_FR,
    "template_fr": approval.TEMPLATE_FR,
    "actions_fr": approval.ACTION_FR,
    "override_statuses": approval.OVERRIDE_STATUSES,
}


def draft_routes(kit: Kit) -> list[Route]:
    kit.add_globals(**LABELS)
    return kit.mount(DraftPages(kit))


class DraftPages(Pages):
    @route("/")
    async def queue(self, request: Request) -> Response:
        return self.kit.render(
            request,
            "queue.html.j2",
            items=await self.kit.run(approval.list_queue),
            outbox=await self.kit.run(approval.list_outbox),
            calendar_warning=await self.kit.calendar_warning(),
            untrusted=untrusted_warning(self.kit.settings.inbox.authserv_ids),
        )

    @route("/brouillons/{draft_id:int}")
    async def case(self, request: Request) -> Response:
        outgoing_id = int(request.path_params["draft_id"])
        case = await self.kit.run(lambda s: approval.get_case(s, outgoing_id), missing=MISSING)
        calendar = await self.kit.calendar_warning()
        return self.kit.render(request, "case.html.j2", case=case, calendar_warning=calendar)

    @route("/brouillons/{draft_id:int}/modifier", "POST")
    async def edit(self, request: Request) -> Response:
        form, outgoing_id, actor = await self.decision(request)
        changed = await self.decide(request, lambda s: save_edits(s, outgoing_id, form, actor))
        if changed is not None:
            flash(request, "ok", "Brouillon enregistré." if changed else "Aucune modification à enregistrer.")
        return back_to_draft(outgoing_id)

    @route("/brouillons/{draft_id:int}/approuver", "POST")
    async def approve(self, request: Request) -> Response:
        form, outgoing_id, actor = await self.decision(request)

        def edit_and_approve(session: Session) -> tuple[int, bool]:
            # The text on screen is what the coordinator approves: unsaved edits are saved first.
            if "objet" in form or "texte" in form:
                save_edits(session, outgoing_id, form, actor)
            result = approval.approve_draft(session, outgoing_id, actor=actor, settings=self.kit.settings)
            return result.id, result.status == "approved"  # a held request is applied, not sent (held.py)

        decided = await self.decide(request, edit_and_approve)
        if decided is None:
            return back_to_draft(outgoing_id)
        draft_id, sent = decided
        if draft_id != outgoing_id:
            flash(
                request,
                "erreur",
                "Un créneau proposé n'était plus libre : rien n'est parti, la proposition a été refaite "
                f"(brouillon n° {draft_id}). Relisez-la avant de l'approuver.",
            )
            return back_to_draft(draft_id)
        if sent:
            flash(request, "ok", f"Message n° {outgoing_id} approuvé : il partira au prochain envoi.")
        else:
            flash(request, "ok", f"Demande n° {outgoing_id} appliquée au dossier (rien n'est envoyé).")
        return see("/")

    @route("/brouillons/{draft_id:int}/ecarter", "POST")
    async def discard(self, request: Request) -> Response:
        form, outgoing_id, actor = await self.decision(request)

        def discard(session: Session) -> bool:
            approval.discard_draft(session, outgoing_id, actor=actor, reason=field(form, "raison"))
            return True

        if await self.decide(request, discard) is None:
            return back_to_draft(outgoing_id)
        flash(request, "ok", f"Brouillon n° {outgoing_id} écarté : il ne sera pas envoyé.")
        return see("/")

    @route("/dossiers/{application_id:int}/criteres", "POST")
    async def override(self, request: Request) -> Response:
        form = await checked_form(request)
        application_id = int(request.path_params["application_id"])
        back_to = field(form, "brouillon")
        actor = self.kit.user(request)

        def correct(session: Session) -> int:
            draft = approval.override_criterion(
                session,
                application_id,
                field(form, "critere"),
                field(form, "statut"),
                reason=field(form, "raison"),
                actor=actor,
                settings=self.kit.settings,
            )
            session.flush()
            return draft.id

        # A correction names its case, not a draft: whatever is refused, even a missing case, is a line.
        new_id = await self.kit.attempt(request, correct, refused=REFUSED)
        if new_id is None:
            return back_to_draft(int(back_to)) if back_to.isdigit() else see("/")
        flash(request, "ok", "Critère corrigé : un nouveau brouillon remplace le précédent.")
        return back_to_draft(new_id)

    async def decision(self, request: Request) -> tuple[FormData, int, str]:
        """What a decision on the draft of the path starts from: the checked form, the draft, who decides."""
        return await checked_form(request), int(request.path_params["draft_id"]), self.kit.user(request)

    async def decide(self, request: Request, action: Callable[[Session], T]) -> T | None:
        """Run a decision in one transaction; a refused one becomes a message on the draft's page."""
        return await self.kit.attempt(request, action, refused=REFUSED, missing=MISSING)


def save_edits(session: Session, outgoing_id: int, form: FormData, actor: str) -> bool:
    """The subject, text and recipients of the form saved on the draft; False when nothing changed."""
    return approval.edit_draft(
        session,
        outgoing_id,
        subject=field(form, "objet"),
        text_body=field(form, "texte"),
        actor=actor,
        to_addr=given(form, "destinataire"),
        cc=given(form, "copie"),
    )


def back_to_draft(outgoing_id: int) -> Response:
    return see(f"/brouillons/{outgoing_id}")
