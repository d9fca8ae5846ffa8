"""Web pages of the programme's follow-up: cohorts, coaching days with attendance, a participant's
timeline, placement entry and the outcomes report.

They plug into the coordinator's web UI through `intake.web.kit`: `followup_routes(kit)` returns routes
behind the login check that render with the UI's templates and session (CSRF, flash messages). Every
change goes through the same functions as the `propulse` commands, in one transaction, and a refused action
becomes a French message.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session
from starlette.datastructures import FormData
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from intake.approval import STATUS_FR
from intake.followup import FollowUpError, cohorts, placements
from intake.followup import coaching as coaching_days
from intake.replies.render import format_day
from intake.reports import FORMATS, Period, ReportError, build_report, render_report, report_context
from intake.store.models import (
    Applicant,
    Application,
    Attendance,
    CoachingSession,
    Cohort,
    FollowUpNote,
    Interview,
    Message,
    OutgoingMessage,
    Participant,
    Placement,
)
from intake.web.csrf import checked_form
from intake.web.kit import Kit, Pages, field, flash, route, see

# What a change may refuse with: a French line on the next page, not an error page.
REFUSED = (FollowUpError, ValueError)
YES_NO = {"oui": True, "non": False, "": None}
MEDIA_TYPES = {
    "html": "text/html; charset=utf-8",
    "csv": "text/csv; charset=utf-8",
    "md": "text/markdown; charset=utf-8",
}


@dataclass(frozen=True)
class TimelineEvent:
    """One line of a participant's timeline (`_timeline`), oldest first on the page."""

    when: datetime
    what: str
    detail: str
    # Entry, job and departure are days, not moments: shown without a time.
    day_only: bool = False


@dataclass(frozen=True)
class Target:
    """What a change on one record of the path acts on, and the page it comes back to."""

    model: type[Any]
    param: str
    label: str
    page: str


COHORT = Target(Cohort, "cohort_id", "promotion", "/promotions/{}")
COACHING = Target(CoachingSession, "session_id", "séance", "/seances/{}")
PARTICIPANT = Target(Participant, "participant_id", "participant·e", "/participants/{}")


def followup_routes(kit: Kit) -> list[Route]:
    """The follow-up pages, each behind the UI's login check."""
    kit.add_filters(day=_day_fr)
    kit.add_globals(
        participant_status_fr=cohorts.STATUS_FR,
        contract_fr=placements.CONTRACT_FR,
        coaching_kinds=coaching_days.KINDS,
        coaching_topics=coaching_days.TOPICS,
    )
    return kit.mount(FollowUpPages(kit))


class FollowUpPages(Pages):
    # -- cohorts ---------------------------------------------------------------------------------------

    @route("/promotions")
    async def cohorts(self, request: Request) -> Response:
        rows = await self.kit.run(cohorts.summarise_cohorts)
        return self.kit.render(
            request,
            "followup/cohorts.html.j2",
            rows=rows,
            default_capacity=self.kit.settings.follow_up.default_cohort_capacity,
        )

    @route("/promotions", "POST")
    async def create_cohort(self, request: Request) -> Response:
        form = await checked_form(request)

        def create(session: Session) -> int:
            start, end = _date(form, "debut", required=True), _date(form, "fin")
            assert start is not None
            capacity = _int(form, "places")
            cohort = cohorts.create_cohort(
                session,
                field(form, "nom"),
                start,
                settings=self.kit.settings,
                capacity=capacity,
                end_date=end,
            )
            if end is not None:
                coaching_days.generate_sessions(
                    session, cohort, start=start, end=end, settings=self.kit.settings
                )
            return cohort.id

        cohort_id = await self._act(request, create)
        if cohort_id is None:
            return see("/promotions")
        flash(request, "ok", "Promotion créée.")
        return see(f"/promotions/{cohort_id}")

    @route("/promotions/{cohort_id:int}")
    async def cohort(self, request: Request) -> Response:
        cohort_id = int(request.path_params["cohort_id"])

        def read(session: Session) -> dict[str, Any]:
            cohort = _get(session, Cohort, cohort_id, "promotion")
            members = session.execute(
                select(Participant, Applicant, Application.case_token)
                .join(Applicant, Applicant.id == Participant.applicant_id)
                .outerjoin(Application, Application.id == Participant.application_id)
                .where(Participant.cohort_id == cohort.id)
                .order_by(
                    Participant.status != "waitlisted", Participant.waitlist_position, Applicant.last_name
                )
            ).all()
            summary = next(s for s in cohorts.summarise_cohorts(session) if s.cohort.id == cohort.id)
            return {
                "cohort": cohort,
                "summary": summary,
                "members": [m for m in members if m[0].status != "waitlisted"],
                "waiting": [m for m in members if m[0].status == "waitlisted"],
                "sessions": coaching_days.sessions_of(session, cohort),
            }

        return self.kit.render(request, "followup/cohort.html.j2", **await self.kit.run(read))

    @route("/promotions/{cohort_id:int}/admission", "POST")
    async def admit(self, request: Request) -> Response:
        def admit(session: Session, cohort: Cohort, form: FormData, actor: str) -> str:
            token = field(form, "dossier").strip()
            application = session.scalar(select(Application).where(Application.case_token == token))
            if application is None:
                raise FollowUpError(f"dossier « {token} » introuvable")
            person = cohorts.admit(session, application, cohort, on=_today())
            if person.status == "active":
                return f"Dossier {token} admis dans la promotion."
            position = person.waitlist_position
            return f"Promotion complète : dossier {token} en liste d'attente (position {position})."

        return await self._on(request, COHORT, admit, str)

    # -- coaching days ---------------------------------------------------------------------------------

    @route("/seances/{session_id:int}")
    async def coaching_session(self, request: Request) -> Response:
        session_id = int(request.path_params["session_id"])

        def read(session: Session) -> dict[str, Any]:
            coaching = _get(session, CoachingSession, session_id, "séance")
            cohort = _get(session, Cohort, coaching.cohort_id, "promotion")
            recorded = {
                a.participant_id: a
                for a in session.scalars(select(Attendance).where(Attendance.session_id == coaching.id))
            }
            people = [(p, a, recorded.get(p.id)) for p, a in _expected_at(session, coaching)]
            return {"coaching": coaching, "cohort": cohort, "people": people}

        return self.kit.render(request, "followup/session.html.j2", **await self.kit.run(read))

    @route("/seances/{session_id:int}", "POST")
    async def edit_session(self, request: Request) -> Response:
        form = await checked_form(request)
        session_id = int(request.path_params["session_id"])

        def edit(session: Session) -> bool:
            coaching_days.edit_session(
                session,
                session_id,
                kind=field(form, "type"),
                topic=field(form, "theme"),
                place=field(form, "lieu"),
            )
            return True

        return await self._change(request, edit, lambda _: "Séance modifiée.", f"/seances/{session_id}")

    @route("/seances/{session_id:int}/presences", "POST")
    async def attendance(self, request: Request) -> Response:
        def save(session: Session, coaching: CoachingSession, form: FormData, actor: str) -> int:
            people = [p for p, _ in _expected_at(session, coaching)]
            for person in people:
                coaching_days.record_attendance(session, coaching, person, present=f"p{person.id}" in form)
            return sum(1 for p in people if f"p{p.id}" in form)

        return await self._on(request, COACHING, save, "Présences enregistrées : {} présent·e(s).".format)

    # -- one participant -------------------------------------------------------------------------------

    @route("/participants/{participant_id:int}")
    async def participant(self, request: Request) -> Response:
        participant_id = int(request.path_params["participant_id"])

        def read(session: Session) -> dict[str, Any]:
            person = _get(session, Participant, participant_id, "participant·e")
            applicant = session.get_one(Applicant, person.applicant_id)
            cohort = session.get_one(Cohort, person.cohort_id)
            application = session.get(Application, person.application_id) if person.application_id else None
            placed = list(session.scalars(select(Placement).where(Placement.participant_id == person.id)))
            return {
                "person": person,
                "applicant": applicant,
                "cohort": cohort,
                "application": application,
                "placements": [(p, placements.days_to_placement(p, person)) for p in placed],
                "events": _timeline(session, person),
                "today": _today().isoformat(),
            }

        return self.kit.render(request, "followup/participant.html.j2", **await self.kit.run(read))

    @route("/participants/{participant_id:int}/emploi", "POST")
    async def placement(self, request: Request) -> Response:
        def record(session: Session, person: Participant, form: FormData, actor: str) -> int | None:
            placed_on = _date(form, "date", required=True)
            assert placed_on is not None
            placement = placements.record_placement(
                session,
                person,
                placed_on=placed_on,
                employer=field(form, "employeur"),
                job_title=field(form, "poste"),
                contract_type=field(form, "contrat"),
                employer_is_ess=_yes_no(form, "ess"),
                matches_values=_yes_no(form, "valeurs"),
                matches_wishes=_yes_no(form, "souhaits"),
                matches_skills=_yes_no(form, "competences"),
                participant_view=field(form, "avis"),
                actor=actor,
            )
            return placements.days_to_placement(placement, person)

        return await self._on(
            request,
            PARTICIPANT,
            record,
            "Emploi enregistré : {} jour(s) après l'entrée dans le programme.".format,
        )

    @route("/participants/{participant_id:int}/notes", "POST")
    async def note(self, request: Request) -> Response:
        def add(session: Session, person: Participant, form: FormData, actor: str) -> bool:
            coaching_days.add_note(session, person, author=actor, text=field(form, "texte"))
            return True

        return await self._on(request, PARTICIPANT, add, lambda _: "Note ajoutée.")

    @route("/participants/{participant_id:int}/depart", "POST")
    async def leave(self, request: Request) -> Response:
        def leave(session: Session, person: Participant, form: FormData, actor: str) -> int:
            drafts = cohorts.leave(
                session, person, field(form, "raison"), on=_today(), settings=self.kit.settings
            )
            return len(drafts)

        return await self._on(request, PARTICIPANT, leave, _left)

    @route("/participants/{participant_id:int}/place", "POST")
    async def take_place(self, request: Request) -> Response:
        def take(session: Session, person: Participant, form: FormData, actor: str) -> bool:
            cohorts.take_place(session, person, on=_today())
            return True

        return await self._on(request, PARTICIPANT, take, lambda _: "La personne entre dans la promotion.")

    # -- report ----------------------------------------------------------------------------------------

    @route("/rapport")
    async def report(self, request: Request) -> Response:
        query = request.query_params
        try:
            period, cohort_name = _report_filters(query)

            def read(session: Session) -> tuple[dict[str, Any], list[str]]:
                names = list(session.scalars(select(Cohort.name).order_by(Cohort.start_date)))
                return report_context(build_report(session, period=period, cohort_name=cohort_name)), names

            context, names = await self.kit.run(read)
        except ReportError as exc:
            return self.kit.render_error(request, 400, "Rapport impossible", str(exc))
        return self.kit.render(
            request,
            "followup/report.html.j2",
            cohort_names=names,
            filters=dict(query),
            query=str(request.url.query),
            **context,
        )

    @route("/rapport/telecharger")
    async def download_report(self, request: Request) -> Response:
        fmt = request.query_params.get("format", "html")
        if fmt not in FORMATS:
            raise HTTPException(400, "format inconnu : html, csv ou md")
        try:
            period, cohort_name = _report_filters(request.query_params)
            made = await self.kit.run(lambda s: build_report(s, period=period, cohort_name=cohort_name))
        except ReportError as exc:
            raise HTTPException(400, str(exc)) from None
        body = render_report(made, fmt)
        name = f"propulse-rapport-{made.made_at:%Y-%m-%d}.{fmt}"
        return Response(
            body,
            media_type=MEDIA_TYPES[fmt],
            headers={"content-disposition": f'attachment; filename="{name}"'},
        )

    # -- helpers ---------------------------------------------------------------------------------------

    async def _act(self, request: Request, action: Callable[[Session], Any]) -> Any:
        """Run a change in one transaction; a refused change becomes a French message, not an error page."""
        return await self.kit.attempt(request, action, refused=REFUSED)

    async def _change(
        self, request: Request, action: Callable[[Session], Any], done: Callable[[Any], str], back: str
    ) -> Response:
        """`_act`, then what was done as a line on the page `back`."""
        result = await self._act(request, action)
        if result is not None:
            flash(request, "ok", done(result))
        return see(back)

    async def _on(
        self, request: Request, target: Target, action: Callable[..., Any], done: Callable[[Any], str]
    ) -> Response:
        """`_change` on the record of the path (a 404 if there is none), given the checked form and who
        acts: `action(session, record, form, actor)`; back to the record's page."""
        form = await checked_form(request)
        key = int(request.path_params[target.param])
        actor = self.kit.user(request)

        def change(session: Session) -> Any:
            return action(session, _get(session, target.model, key, target.label), form, actor)

        return await self._change(request, change, done, target.page.format(key))


def _left(offers: int) -> str:
    extra = f" Proposition de place à valider : {offers} brouillon(s)." if offers else ""
    return "Départ enregistré." + extra


def _expected_at(session: Session, coaching: CoachingSession) -> list[tuple[Participant, Applicant]]:
    """Who belonged to the cohort on the day of the session (entered by then, not yet gone)."""
    day = coaching.starts_at.date()
    rows = session.execute(
        select(Participant, Applicant)
        .join(Applicant, Applicant.id == Participant.applicant_id)
        .where(
            Participant.cohort_id == coaching.cohort_id,
            Participant.entered_on.is_not(None),
            Participant.entered_on <= day,
            or_(Participant.left_on.is_(None), Participant.left_on >= day),
        )
        .order_by(Applicant.last_name, Applicant.first_name)
    )
    return [(person, applicant) for person, applicant in rows]


def _timeline(session: Session, person: Participant) -> list[TimelineEvent]:
    """Everything that happened to the person, oldest first: mail, interview, sessions, notes, job."""
    events: list[TimelineEvent] = []
    app_id = person.application_id
    if app_id is not None:
        for m in session.scalars(select(Message).where(Message.application_id == app_id)):
            events.append(TimelineEvent(m.received_at, "Message reçu", m.subject or "(sans objet)"))
        for o in session.scalars(select(OutgoingMessage).where(OutgoingMessage.application_id == app_id)):
            what = "Message envoyé" if o.sent_at else f"Message ({STATUS_FR.get(o.status, o.status)})"
            events.append(TimelineEvent(o.sent_at or o.created_at, what, o.subject))
        for i in session.scalars(select(Interview).where(Interview.application_id == app_id)):
            events.append(TimelineEvent(i.created_at, "Entretien", i.outcome or i.status))
    if person.entered_on:
        events.append(
            TimelineEvent(_midnight(person.entered_on), "Entrée dans le programme", "", day_only=True)
        )
    rows = session.execute(
        select(CoachingSession, Attendance.present)
        .join(Attendance, Attendance.session_id == CoachingSession.id)
        .where(Attendance.participant_id == person.id)
    )
    for coaching, present in rows:
        detail = coaching.kind + (f" — {coaching.topic}" if coaching.topic else "")
        events.append(TimelineEvent(coaching.starts_at, "Présent·e" if present else "Absent·e", detail))
    for n in session.scalars(select(FollowUpNote).where(FollowUpNote.participant_id == person.id)):
        events.append(TimelineEvent(n.at, f"Note de suivi ({n.author})", n.text))
    for p in session.scalars(select(Placement).where(Placement.participant_id == person.id)):
        events.append(
            TimelineEvent(_midnight(p.placed_on), "Emploi", f"{p.job_title} — {p.employer}", day_only=True)
        )
    if person.left_on:
        events.append(
            TimelineEvent(_midnight(person.left_on), "Départ", person.left_reason or "", day_only=True)
        )
    return sorted(events, key=lambda e: e.when)


def _report_filters(query: Any) -> tuple[Period, str | None]:
    try:
        start = date.fromisoformat(query["du"]) if query.get("du") else None
        end = date.fromisoformat(query["au"]) if query.get("au") else None
    except ValueError:
        raise ReportError("dates attendues au format AAAA-MM-JJ") from None
    return Period(start, end), query.get("promotion") or None


def _get(session: Session, model: Any, key: int, label: str) -> Any:
    row = session.get(model, key)
    if row is None:
        raise HTTPException(404, f"{label} n° {key} introuvable")
    return row


def _int(form: FormData, name: str) -> int | None:
    value = field(form, name).strip()
    if not value:
        return None
    if not value.isdigit():
        raise FollowUpError(f"« {value} » n'est pas un nombre")
    return int(value)


def _date(form: FormData, name: str, *, required: bool = False) -> date | None:
    value = field(form, name).strip()
    if not value:
        if required:
            raise FollowUpError("une date est nécessaire")
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise FollowUpError(f"date « {value} » illisible : attendu AAAA-MM-JJ") from None


def _yes_no(form: FormData, name: str) -> bool | None:
    return YES_NO.get(field(form, name))


def _today() -> date:
    from intake.clock import utcnow

    return utcnow().date()


def _midnight(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=UTC)


def _day_fr(day: date | datetime | None) -> str:
    return "" if day is None else format_day(day if not isinstance(day, datetime) else day.date())
