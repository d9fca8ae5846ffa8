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
