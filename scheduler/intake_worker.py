"""The intake loop: poll when woken (IMAP IDLE, a new file in the Maildir, the periodic job), else wait.

Polling runs in one dedicated thread rather than as a scheduled job, so a message that arrives while a
poll is under way wakes the loop again instead of being skipped until the next period.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from pathlib import Path

import imapclient
from imapclient.exceptions import IMAPClientError

from intake.config import Settings
from intake.pipeline import poll
from intake.sources import MailSource, SourceUnavailable
from intake.store.db import Store
from scheduler.health import Health

log = logging.getLogger("scheduler.intake")

MAX_BACKOFF_SECONDS = 300.0
IDLE_RENEW_SECONDS = 9 * 60  # RFC 2177: re-issue IDLE well before the server's 30-minute timeout


class IntakeWorker:
    def __init__(
        self,
        settings: Settings,
        store: Store,
        health: Health,
        open_source: Callable[[Settings], MailSource],
        stop: threading.Event,
    ) -> None:
        self.settings = settings
        self.store = store
        self.health = health
        self.open_source = open_source
        self.stop = stop
        self.wakeup = threading.Event()
        self.failures = 0
        self.polls = 0

    def wake(self) -> None:
        self.wakeup.set()

    def run(self) -> None:
        from intake.extract import warm_up

        warm_up()  # seconds of model loading, paid before the first message rather than by it
        self.wakeup.set()  # a first poll at start: whatever arrived while the service was down
        while not self.stop.is_set():
            delay = self.settings.inbox.poll_seconds if self.failures == 0 else self._backoff()
            self.wakeup.wait(timeout=delay)
            if self.stop.is_set():
                return
            self.wakeup.clear()
            self.poll_once()

    def poll_once(self) -> None:
        try:
            source = self.open_source(self.settings)
            try:
                summary = poll(source, self.store, settings=self.settings, should_stop=self.stop.is_set)
            finally:
                source.close()
        except SourceUnavailable as exc:
            self.failures += 1
            self.health.failed("intake", str(exc))
            return
        except Exception as exc:  # one failing job never stops the others
            self.failures += 1
            self.health.failed("intake", f"{type(exc).__name__}: {exc}")
            return
        self.failures = 0
        self.polls += 1
        self.health.succeeded("intake")
        if summary.total:
            log.info("relève : %d nouveau(x), %d en quarantaine", summary.new, summary.quarantined)

    def _backoff(self) -> float:
        return min(2.0 ** min(self.failures, 10), MAX_BACKOFF_SECONDS)


class ImapIdleWatcher:
    """Holds an IDLE connection on the inbox folder and wakes the intake loop when mail arrives."""

    def __init__(self, settings: Settings, worker: IntakeWorker, stop: threading.Event) -> None:
        self.settings = settings
        self.worker = worker
        self.stop = stop
        self.failures = 0

    def run(self) -> None:
        while not self.stop.is_set():
            try:
                self._watch()
            except (IMAPClientError, OSError, SourceUnavailable) as exc:
                self.failures += 1
                log.debug("IDLE interrompu : %s", exc)
                self.stop.wait(min(2.0 ** min(self.failures, 8), MAX_BACKOFF_SECONDS))

    def _watch(self) -> None:
        s = self.settings.inbox.imap
        from intake.oauth import imap_credential
        from intake.sources.imap import ImapSource

        client: imapclient.IMAPClient = ImapSource.connect_client(s, imap_credential(self.settings))
        try:
            if not client.has_capability("IDLE"):
                log.info("le serveur IMAP ne connaît pas IDLE : relève périodique seulement")
                self.stop.wait()
                return
            client.select_folder(s.folder, readonly=True)
            self.failures = 0
            self.worker.wake()  # after every reconnect: catch up on what arrived meanwhile
            while not self.stop.is_set():
                client.idle()
                try:
                    elapsed = 0.0
                    while elapsed < IDLE_RENEW_SECONDS and not self.stop.is_set():
                        responses = client.idle_check(timeout=1.0)
                        elapsed += 1.0
                        if any(r[1] in (b"EXISTS", b"RECENT") for r in responses if len(r) > 1):
                            self.worker.wake()
                finally:
                    client.idle_done()
        finally:
            with contextlib.suppress(IMAPClientError, OSError):
                client.logout()


class MaildirWatcher:
    """Wakes the intake loop when a file appears in the Maildir (cheap: two directory listings)."""

    def __init__(
        self, path: Path, worker: IntakeWorker, stop: threading.Event, interval: float = 0.5
    ) -> None:
        self.path = path
        self.worker = worker
        self.stop = stop
        self.interval = interval

    def run(self) -> None:
        seen: frozenset[str] = frozenset()
        while not self.stop.wait(self.interval):
            current = frozenset(_entries(self.path / "new") + _entries(self.path / "cur"))
            if current - seen:
                self.worker.wake()
            seen = current


def _entries(folder: Path) -> list[str]:
    try:
        return [entry.name for entry in folder.iterdir()]
    except OSError:
        return []
