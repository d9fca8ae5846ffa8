"""What every `propulse` command shares: the loaded settings, the store, the inbox, one way to fail."""

from __future__ import annotations

from dataclasses import dataclass
from typing import NoReturn

import typer

from intake.config import Settings
from intake.sources import MailSource
from intake.store.db import Store, StoreNotReady, open_store


@dataclass
class State:
    settings: Settings


def fail(message: str, code: int = 1) -> NoReturn:
    typer.echo(f"propulse: {message}", err=True)
    raise typer.Exit(code)


def settings_of(ctx: typer.Context) -> Settings:
    state: State = ctx.obj
    return state.settings


def store_of(ctx: typer.Context, *, migrate: bool = False) -> Store:
    try:
        return open_store(settings_of(ctx).database_url, migrate=migrate)
    except StoreNotReady as exc:
        fail(str(exc), 1)


def open_inbox(settings: Settings) -> MailSource:
    """The configured inbox (IMAP or Maildir)."""
    if settings.inbox.source == "imap":
        from intake.oauth import imap_credential
        from intake.sources.imap import ImapSource

        return ImapSource(
            settings.inbox.imap, imap_credential(settings), max_message_bytes=max_message_bytes(settings)
        )
    from intake.sources.maildir import MaildirSource

    md = settings.inbox.maildir
    return MaildirSource(
        md.path,
        processed_folder=md.processed_folder,
        quarantine_folder=md.quarantine_folder,
        max_message_bytes=max_message_bytes(settings),
    )


def max_message_bytes(settings: Settings) -> int:
    return int(settings.extraction.max_message_mb * 1024 * 1024)
