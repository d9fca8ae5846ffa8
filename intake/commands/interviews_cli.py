"""`propulse interviews`: the upcoming interviews day by day, and `propulse interviews outcome` to record
how one went. Both call intake/scheduling/outcomes.py, like the web UI."""

from __future__ import annotations

import os
from typing import Annotated

import typer

from intake.cli_context import fail, settings_of, store_of
from intake.clock import utcnow
from intake.replies.render import format_moment
from intake.scheduling.outcomes import OUTCOME_FR, OutcomeRefused, list_upcoming, record_outcome

interviews_app = typer.Typer(help="Entretiens : agenda et issue.", add_completion=False)


def register(app: typer.Typer) -> None:
    app.add_typer(interviews_app, name="interviews")


@interviews_app.callback(invoke_without_command=True)
def agenda(
    ctx: typer.Context,
    days: Annotated[int, typer.Option("--days", min=1, help="Nombre de jours à afficher.")] = 15,
) -> None:
    """Affiche les entretiens à venir, jour par jour, à l'heure du programme."""
    if ctx.invoked_subcommand is not None:
        return
    settings = settings_of(ctx)
    with store_of(ctx).session() as session:
        agenda_days = list_upcoming(session, settings, now=utcnow(), days=days)
    if not agenda_days:
        typer.echo(f"Aucun entretien prévu dans les {days} prochains jours.")
        return
    for day in agenda_days:
        heading = format_moment(day.items[0].starts_at, "fr", settings.programme.timezone).split(" à ")[0]
        typer.echo(heading[:1].upper() + heading[1:])
        for item in day.items:
            typer.echo(
                f"  {item.starts_at:%H:%M}–{item.ends_at:%H:%M}  n° {item.interview_id:<4}  "
                f"{item.name}  [{item.case_token}]"
            )
    count = sum(len(d.items) for d in agenda_days)
    typer.echo(f"{count} entretien(s) dans les {days} prochains jours.")


@interviews_app.command("outcome")
def outcome(
    ctx: typer.Context,
    interview_id: Annotated[int, typer.Argument(help="Numéro de l'entretien (« propulse interviews »).")],
    result: Annotated[str, typer.Argument(help="admitted, waitlisted (liste d'attente) ou declined.")],
) -> None:
    """Enregistre l'issue d'un entretien : admitted, waitlisted ou declined."""
    actor = os.environ.get("USER") or "cli"
    try:
        with store_of(ctx).session() as session:
            record_outcome(session, interview_id, result, actor=actor, now=utcnow())
    except OutcomeRefused as exc:
        fail(str(exc), 2)
    typer.echo(f"Entretien n° {interview_id} : {OUTCOME_FR[result]}.")


def _by_hand(ctx: typer.Context, case: str, slot: str | None, *, cancel: bool) -> None:
    from intake.scheduling.manual import (
        ManualBookingError,
        book_by_hand,
        cancel_by_hand,
        find_case,
        resolve_slot,
    )

    settings = settings_of(ctx)
    actor = os.environ.get("USER") or "cli"
    now = utcnow()
    try:
        with store_of(ctx).session() as session:
            application = find_case(session, case)
            if cancel:
                draft = cancel_by_hand(session, application, settings, now=now, actor=actor)
            else:
                assert slot is not None
                starts = resolve_slot(session, application, slot, settings, now=now)
                draft = book_by_hand(session, application, starts, settings, now=now, actor=actor)
            draft_id, token = draft.id, application.case_token
    except ManualBookingError as exc:
        fail(str(exc), 2)
    what = "Entretien annulé" if cancel else "Entretien réservé"
    typer.echo(f"{what} ({token}) : brouillon n° {draft_id} à approuver (propulse drafts show {draft_id}).")


SLOT_HELP = "« AAAA-MM-JJ HH:MM » à l'heure du programme, ou le n° d'un créneau de la dernière proposition."
Case = Annotated[str, typer.Argument(help="Dossier : PP-000012 ou son numéro.")]
Slot = Annotated[str, typer.Argument(help=SLOT_HELP)]


@interviews_app.command("book")
def book_command(ctx: typer.Context, case: Case, slot: Slot) -> None:
    """Réserve un entretien à la main ; prépare la confirmation avec son invitation .ics."""
    _by_hand(ctx, case, slot, cancel=False)


@interviews_app.command("reschedule")
def reschedule_command(ctx: typer.Context, case: Case, slot: Slot) -> None:
    """Déplace l'entretien réservé ; la confirmation annule l'ancien rendez-vous dans l'agenda."""
    _by_hand(ctx, case, slot, cancel=False)


@interviews_app.command("cancel")
def cancel_command(ctx: typer.Context, case: Case) -> None:
    """Annule l'entretien réservé ; un brouillon propose d'autres créneaux et annule l'invitation."""
    _by_hand(ctx, case, None, cancel=True)


@interviews_app.command("free")
def free_command(
    ctx: typer.Context,
    case: Annotated[
        str | None, typer.Argument(help="Dossier (ses propres créneaux retenus comptent libres).")
    ] = None,
) -> None:
    """Créneaux libres dans l'horizon de réservation, à l'heure du programme."""
    from intake.scheduling.availability import local_time
    from intake.scheduling.manual import ManualBookingError, find_case, free_slots

    settings = settings_of(ctx)
    try:
        with store_of(ctx).session() as session:
            application = find_case(session, case) if case else None
            found = free_slots(session, application, settings, now=utcnow())
    except ManualBookingError as exc:
        fail(str(exc), 2)
    for candidate in found:
        typer.echo(f"  {local_time(candidate.starts_at, settings):%Y-%m-%d %H:%M}")
    typer.echo(
        f"{len(found)} créneau(x) libre(s) (heure de {settings.programme.timezone.rsplit('/', 1)[-1]})."
    )
