"""`propulse doctor`: the checks of intake/doctor.py, a green or red line each; exit 0 only if all pass."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from intake.cli_context import settings_of
from intake.doctor import Outcome, run_checks

MARKS = {"ok": ("✓", typer.colors.GREEN), "fail": ("✗", typer.colors.RED), "skip": ("–", None)}


def register(app: typer.Typer) -> None:
    app.command("doctor")(doctor)


def doctor(
    ctx: typer.Context,
    send_test: Annotated[
        bool,
        typer.Option("--send-test", help="Envoie aussi un message de test à l'adresse du programme."),
    ] = False,
) -> None:
    """Vérifie configuration, base, réseau, serveurs IMAP et SMTP, horloge : une ligne par point."""
    results = run_checks(settings_of(ctx), send_test=send_test)
    for name, outcome in results:
        typer.echo(format_line(name, outcome, color=sys.stdout.isatty()))
    failures = sum(1 for _, outcome in results if outcome.status == "fail")
    if failures:
        typer.echo(f"{failures} point(s) à corriger.")
        raise typer.Exit(1)
    typer.echo("Tout est en ordre.")


def format_line(name: str, outcome: Outcome, *, color: bool) -> str:
    mark, colour = MARKS[outcome.status]
    line = f"{mark} {name} : {outcome.detail}"
    if outcome.hint:
        line += f" — à faire : {outcome.hint}"
    return typer.style(line, fg=colour) if color and colour else line
