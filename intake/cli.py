"""`propulse`: the coordinator's command line. Each command calls the same functions as the service.

Exit codes: 0 ok, 1 runtime failure, 2 usage or configuration error.
"""

from __future__ import annotations

import json
import logging
import os
import sys
import time
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from sqlalchemy import func, select

from intake.cli_context import State, fail, open_inbox, settings_of, store_of
from intake.config import ConfigError, Settings, find_config_path, load_settings
from intake.pipeline import PollSummary, poll, reprocess_quarantined
from intake.sources import SourceUnavailable
from intake.sources.files import FilesSource
from intake.store.models import Message

if TYPE_CHECKING:
    from intake.prepare import LazyPool
    from scheduler.service import Service

app = typer.Typer(
    help="Pro'pulse intake : la boîte des candidatures, des e-mails aux dossiers.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

log = logging.getLogger("intake")
# Commands that read the store only: they never connect to IMAP or SMTP, so they never ask a password.
OFFLINE_COMMANDS = frozenset({"status", "drafts", "interviews", "report"})


@app.callback()
def main_options(
    ctx: typer.Context,
    config: Annotated[
        str | None,
        typer.Option(
            "--config", "-c", help="Fichier TOML (défaut : $PROPULSE_CONFIG, ./config.toml, intégré)."
        ),
    ] = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Journal détaillé.")] = False,
) -> None:
    """Options communes, avant la commande : propulse --config mon.toml messages"""
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    offline = ctx.invoked_subcommand in OFFLINE_COMMANDS
    try:
        path = find_config_path(config)
        ctx.obj = State(settings=check_settings(load_settings(path, check_secrets=not offline)))
    except ConfigError as exc:
        fail(str(exc), 2)


def check_settings(settings: Settings) -> Settings:
    """Checks that need a feature's own parsing (interview windows, dates), still at start."""
    from intake.scheduling.availability import AvailabilityError, check_interview_settings

    try:
        check_interview_settings(settings)
    except AvailabilityError as exc:
        raise ConfigError(f"{settings.origin}: [interviews] {exc}") from None
    use_rules_and_templates(settings)
    return settings


def use_rules_and_templates(settings: Settings) -> None:
    """Rules and templates are checked complete at start: missing ones stop the program (exit 2)."""
    from intake.resources import DeploymentError, use_directories

    try:
        use_directories(
            Path(settings.rules.dir) if settings.rules.dir else None,
            Path(settings.templates.dir) if settings.templates.dir else None,
        )
    except DeploymentError as exc:
        raise ConfigError(f"{settings.origin}: {exc}") from None


@app.command()
def init(ctx: typer.Context) -> None:
    """Crée la base de données, ou la met à jour (migrations)."""
    store = store_of(ctx, migrate=True)
    typer.echo(f"Base prête : {store.engine.url.render_as_string(hide_password=True)}")


@app.command("poll")
def poll_command(
    ctx: typer.Context,
    once: Annotated[bool, typer.Option("--once", help="Un seul passage, puis quitter.")] = False,
) -> None:
    """Relève la boîte de réception et enregistre les nouveaux messages."""
    settings = settings_of(ctx)
    store = store_of(ctx)
    pool = understanding_pool(settings)
    while True:
        try:
            source = open_inbox(settings)
            try:
                summary = poll(source, store, settings=settings, pool=pool)
            finally:
                source.close()
        except SourceUnavailable as exc:
            if once:
                fail(str(exc))
            log.warning("%s", exc)
        else:
            print_summary(summary)
        if once:
            return
        time.sleep(settings.inbox.poll_seconds)


def understanding_pool(settings: Settings) -> LazyPool | None:
    """extract's workers understand a backlog ahead of the commits (the process's exit stops them)."""
    from intake.prepare import LazyPool

    return LazyPool(settings.extraction.workers) if settings.extraction.workers > 1 else None


@app.command("import")
def import_command(
    ctx: typer.Context,
    path: Annotated[Path, typer.Argument(help="Fichier mbox, fichier .eml ou dossier de .eml.")],
) -> None:
    """Importe une fois un arriéré de messages (mbox ou .eml), avec une barre de progression."""
    from tqdm import tqdm

    store = store_of(ctx)
    try:
        source = FilesSource(path)
    except SourceUnavailable as exc:
        fail(str(exc), 2)
    settings = settings_of(ctx)
    pool = understanding_pool(settings)
    with tqdm(total=source.count(), unit="msg", desc="Import", file=sys.stderr) as bar:
        summary = poll(source, store, settings=settings, on_item=lambda _o: bar.update(1), pool=pool)
    print_summary(summary)


@app.command()
def messages(
    ctx: typer.Context,
    limit: Annotated[int, typer.Option(help="Nombre de lignes au plus.")] = 50,
    status: Annotated[str | None, typer.Option(help="processed, quarantined…")] = None,
    kind: Annotated[
        str | None, typer.Option("--kind", help="application, reply, question, auto_reply, bounce, other…")
    ] = None,
    state: Annotated[
        str | None, typer.Option("--state", help="a-traiter, quarantaine, traite, classe")
    ] = None,
    search: Annotated[
        str | None, typer.Option("--search", help="Nom, adresse ou dossier (PP-000012).")
    ] = None,
) -> None:
    """Tableau des messages reçus, les plus récents d'abord (heure locale du programme)."""
    from intake import messages as inbox

    chosen_state = inbox.STATE_ALIASES.get((state or "").strip().lower(), "") if state else None
    if chosen_state == "":
        fail(f"--state : « {state} » inconnu (possibles : {', '.join(inbox.STATE_CHOICES)})", 2)
    store = store_of(ctx)
    settings = settings_of(ctx)
    with store.session() as session:
        to_handle = chosen_state == inbox.TO_HANDLE
        found = inbox.list_messages(
            session,
            kind=kind,
            state=None if to_handle else chosen_state,
            search=search,
            to_handle=to_handle,
        )
        pks = [row.id for row in found]
        query = select(Message).where(Message.id.in_(pks)).order_by(Message.id.desc()).limit(limit)
        if status:
            query = query.where(Message.status == status)
        rows = list(session.scalars(query))
        total = session.scalar(select(func.count(Message.id))) or 0
        print_messages(rows, timezone=settings.programme.timezone, flagged=inbox.flagged_replies(session))
    typer.echo(f"{len(rows)} affiché(s) sur {total} message(s).")


@app.command()
def reprocess(ctx: typer.Context) -> None:
    """Relance les messages en quarantaine (après une correction, par exemple)."""
    store = store_of(ctx)
    summary = reprocess_quarantined(store, settings=settings_of(ctx))
    typer.echo(
        f"Relancés : {summary.total} — réussis : {summary.new}, "
        f"toujours en quarantaine : {summary.quarantined}."
    )
    for reason in summary.reasons:
        typer.echo(f"  - {reason}")


@app.command()
def demo(
    ctx: typer.Context,
    once: Annotated[
        bool, typer.Option("--once", help="Relever et afficher, sans lancer le service.")
    ] = False,
    port: Annotated[
        int | None, typer.Option(help="Port de l'interface web (défaut : configuration).")
    ] = None,
) -> None:
    """Démonstration : remplit une boîte locale d'exemples, relève, affiche, puis lance le service."""
    from intake.demo import demo_settings, fill_demo_inbox

    settings = settings_of(ctx)
    if settings.inbox.source != "maildir":
        fail('la démonstration utilise la boîte Maildir locale (inbox.source = "maildir")', 2)
    store = store_of(ctx, migrate=True)
    added = fill_demo_inbox(settings.inbox.maildir.path)
    typer.echo(f"Boîte de démonstration : {settings.inbox.maildir.path} ({added} message(s) déposé(s)).")
    source = open_inbox(settings)
    try:
        summary = poll(source, store, settings=settings)
    finally:
        source.close()
    print_summary(summary)
    with store.session() as session:
        rows = list(session.scalars(select(Message).where(Message.id.in_(summary.message_pks))))
        print_messages(rows, timezone=settings.programme.timezone)
    if once:
        typer.echo(
            "Ensuite : « propulse drafts list » montre les brouillons préparés, « propulse messages » "
            "tous les messages ; « propulse demo » (sans --once) lance l'interface web pour les valider."
        )
        return
    from scheduler.service import Service

    settings, password = demo_settings(settings, port=port)
    typer.echo(
        f"Interface web : http://{settings.web.host}:{settings.web.port}/ — "
        f"identifiant « {settings.web.username} », mot de passe de démonstration « {password} »"
    )
    typer.echo(
        f"Déposez un message dans {settings.inbox.maildir.path}/new : il devient un brouillon. "
        "Ctrl-C pour arrêter."
    )
    run_service(Service(settings, store, open_inbox, with_web=True))


@app.command()
def extract(
    ctx: typer.Context,
    files: Annotated[list[Path], typer.Argument(help="Messages .eml à analyser.")],
    today: Annotated[
        str | None, typer.Option("--today", help="Date de référence AAAA-MM-JJ (défaut : aujourd'hui).")
    ] = None,
    workers: Annotated[int | None, typer.Option(help="Processus d'analyse (défaut : configuration).")] = None,
) -> None:
    """Analyse des messages et affiche une ligne JSON par fichier ; n'écrit rien dans la base."""
    from intake.extract import extract_files
    from intake.pipeline import extraction_limits

    try:
        day = date.fromisoformat(today) if today else date.today()
    except ValueError:
        fail(f"--today attend une date AAAA-MM-JJ, reçu « {today} »", 2)
    settings = settings_of(ctx)
    for result in extract_files(
        [str(f) for f in files],
        today=day,
        workers=workers or settings.extraction.workers,
        limits=extraction_limits(settings.extraction),
        our_address=settings.programme.address,
    ):
        sys.stdout.write(json.dumps(result, ensure_ascii=False) + "\n")
        sys.stdout.flush()


@app.command()
def run(
    ctx: typer.Context,
    no_web: Annotated[bool, typer.Option("--no-web", help="Sans l'interface web (lancée à part).")] = False,
) -> None:
    """Le service : relève (IDLE), envoi, rappels, tâches quotidiennes, interface web."""
    from scheduler.service import Service

    settings = settings_of(ctx)
    service = Service(settings, store_of(ctx), open_inbox, with_web=not no_web)
    if not no_web:
        typer.echo(f"Interface web : http://{settings.web.host}:{settings.web.port}/")
    run_service(service)


def run_service(service: Service) -> None:
    """The service until it is stopped; a second instance on a SQLite store is refused in one line."""
    from scheduler.service import AnotherInstance

    try:
        service.run_forever()
    except AnotherInstance as exc:
        fail(str(exc), 1)


@app.command()
def status(ctx: typer.Context) -> None:
    """État du service : dernière relève, files d'attente, dernière erreur."""
    from intake.status import read_status

    settings = settings_of(ctx)
    for line in read_status(store_of(ctx), settings.programme.timezone, settings.inbox.authserv_ids):
        typer.echo(line)


def print_summary(summary: PollSummary) -> None:
    typer.echo(
        f"Relève : {summary.new} nouveau(x), {summary.duplicate} déjà connu(s), "
        f"{summary.quarantined} en quarantaine."
    )
    for reason in summary.reasons:
        typer.echo(f"  quarantaine : {reason}")


def print_messages(
    rows: list[Message], *, timezone: str = "Europe/Paris", flagged: frozenset[int] = frozenset()
) -> None:
    from intake.messages import KIND_FR, STATE_FR, state_of, zone_label

    typer.echo(f"(heures : {zone_label(timezone)})")
    typer.echo(f"{'n°':>4}  {'reçu le':16}  {'type':19}  {'état':16}  {'expéditeur':28}  objet")
    for m in rows:
        received = _local(m.sent_at or m.received_at, timezone)
        sender = (m.from_name or m.from_addr or "?")[:28]
        kind = KIND_FR.get(m.kind or "", m.kind or "-")
        typer.echo(
            f"{m.id:>4}  {received:16}  {kind[:19]:19}  {STATE_FR[state_of(m, flagged)]:16}  {sender:28}  "
            f"{(m.subject or '')[:60]}"
        )


def _local(moment: datetime | None, timezone: str = "Europe/Paris") -> str:
    """A stored (UTC) time in the programme's time zone, as the web UI shows it."""
    if moment is None:
        return ""
    from zoneinfo import ZoneInfo

    from intake.clock import as_utc

    return as_utc(moment).astimezone(ZoneInfo(timezone)).strftime("%Y-%m-%d %H:%M")


def register_commands() -> None:
    """Commands that live beside the features they drive (replies, web, interviews, follow-up)."""
    from intake.commands import auth_cli, doctor_cli, followup_cli, interviews_cli, outbox_cli, web_cli

    for module in (outbox_cli, web_cli, interviews_cli, followup_cli, doctor_cli, auth_cli):
        module.register(app)


register_commands()


def main() -> None:
    # Every file the service creates (store, WAL, blobs, Maildirs) holds personal data: owner only,
    # even when started outside the systemd unit (which also sets UMask=0077).
    os.umask(0o077)
    try:
        app()
    except ConfigError as exc:  # raised late by a command reading a secret
        typer.echo(f"propulse: {exc}", err=True)
        sys.exit(2)


if __name__ == "__main__":
    main()
