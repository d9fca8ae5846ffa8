"""`propulse send` (deliver the approved emails) and `propulse outbox` (what is waiting, what failed)."""

from __future__ import annotations

import logging
import time
from typing import Annotated

import typer
from sqlalchemy import select

from intake.cli_context import fail, settings_of, store_of
from intake.config import ConfigError
from intake.outbox import SendSummary, TransportRefused, send_approved
from intake.outbox.sent_folder import SentFolderUnavailable
from intake.redact import mask_address
from intake.store.models import OUTGOING_STATUS_FR, OutgoingMessage

log = logging.getLogger(__name__)


def register(app: typer.Typer) -> None:
    app.command("send")(send_command)
    app.command("outbox")(outbox_command)


def send_command(
    ctx: typer.Context,
    once: Annotated[bool, typer.Option("--once", help="Un seul passage, puis quitter.")] = False,
    every: Annotated[float, typer.Option(help="Secondes entre deux passages (sans --once).", min=1)] = 30.0,
) -> None:
    """Envoie les e-mails approuvés (et les nouveaux essais dus) ; une copie va dans « Envoyés »."""
    settings = settings_of(ctx)
    store = store_of(ctx)
    while True:
        try:
            summary = send_approved(store, settings)
        except (ConfigError, TransportRefused, SentFolderUnavailable) as exc:
            fail(str(exc), 2)
        print_summary(summary)
        if once:
            if summary.failed or summary.retrying:
                raise typer.Exit(1)
            return
        time.sleep(every)


def outbox_command(
    ctx: typer.Context,
    all_: Annotated[bool, typer.Option("--all", help="Aussi les e-mails envoyés et écartés.")] = False,
    limit: Annotated[int, typer.Option(help="Nombre de lignes au plus.")] = 50,
) -> None:
    """Tableau de la boîte d'envoi : ce qui attend, ce qui est en échec et pourquoi."""
    store = store_of(ctx)
    query = select(OutgoingMessage).order_by(OutgoingMessage.id.desc()).limit(limit)
    if not all_:
        query = query.where(OutgoingMessage.status.not_in(("sent", "discarded")))
    with store.session() as session:
        rows = list(session.scalars(query))
    typer.echo(f"{'n°':>4}  {'état':18}  {'essais':>6}  {'destinataire':24}  objet")
    for row in rows:
        typer.echo(
            f"{row.id:>4}  {OUTGOING_STATUS_FR.get(row.status, row.status):18}  {row.attempts:>6}  "
            f"{mask_address(row.to_addr):24}  {row.subject[:60]}"
        )
        if row.last_error:
            typer.echo(f"{'':>6}↳ {row.last_error}")
    typer.echo(f"{len(rows)} e-mail(s).")


def print_summary(summary: SendSummary) -> None:
    if summary.busy:
        typer.echo("Envoi : un autre envoi est déjà en cours, rien fait.")
        return
    typer.echo(
        f"Envoi : {summary.sent} envoyé(s), {summary.recovered} déjà parti(s) avant une interruption, "
        f"{summary.retrying} à réessayer, {summary.failed} en échec."
    )
    for problem in summary.problems:
        typer.echo(f"  - {problem}")
