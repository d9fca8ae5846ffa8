"""`propulse run`: one process that watches the inbox, sends what was approved, reminds, and stays up.

The scheduler only triggers: every job reads and writes the records store, so a restart loses nothing.
Each job runs behind its own error boundary (`guarded`): one failing job never stops the others.
"""

from __future__ import annotations

import logging
import signal
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from types import FrameType
from typing import Any

from apscheduler.schedulers.background import BackgroundScheduler

from intake.config import Settings
from intake.sources import MailSource
from intake.store.db import Store
from intake.store.locks import Leadership, held_lock, is_postgresql
from scheduler.health import Health
from scheduler.intake_worker import ImapIdleWatcher, IntakeWorker, MaildirWatcher
from scheduler.jobs import JOBS, JobSpec

log = logging.getLogger("scheduler")

STOP_WITHIN_SECONDS = 10.0


def join_within(threads: list[threading.Thread], seconds: float) -> list[str]:
    """Join every thread within ONE shared deadline; return the names of those still running.

    Why one deadline: a timeout per thread adds up (four threads of 5 s each kept a loaded machine's
    service listening 12 s after SIGTERM), while a person stopping the service expects the bound to hold.
    """
    deadline = time.monotonic() + seconds
    for thread in threads:
        thread.join(timeout=max(0.0, deadline - time.monotonic()))
    return [thread.name for thread in threads if thread.is_alive()]


class AnotherInstance(RuntimeError):
    """A second `propulse run` on a SQLite store; the message is one line for a person."""


@dataclass
class Service:
    settings: Settings
    store: Store
    open_source: Callable[[Settings], MailSource]
    with_web: bool = True

    def __post_init__(self) -> None:
        self.stop_event = threading.Event()
        self.health = Health(self.store)
        self.worker = IntakeWorker(self.settings, self.store, self.health, self.open_source, self.stop_event)
        self.scheduler = BackgroundScheduler(timezone=self.settings.programme.timezone)
        self.threads: list[threading.Thread] = []
        self.web_server: Any = None
        # Several instances may share a PostgreSQL store: one of them (the leader) runs the periodic jobs.
        self.leadership = Leadership(self.store, "periodic-jobs", self.settings.store.data_dir)

    def start(self) -> None:
        self._spawn("intake", self.worker.run)
        if self.settings.inbox.source == "imap":
            self._spawn("imap-idle", ImapIdleWatcher(self.settings, self.worker, self.stop_event).run)
        else:
            self._spawn(
                "maildir-watch",
                MaildirWatcher(self.settings.inbox.maildir.path, self.worker, self.stop_event).run,
            )
        self.scheduler.add_job(
            self.worker.wake,
            "interval",
            seconds=self.settings.inbox.poll_seconds,
            id="intake-fallback",
            coalesce=True,
            max_instances=1,
        )
        for spec in JOBS:
            self._schedule(spec)
        self.scheduler.start()
        if self.with_web:
            self._start_web()

    def stop(self) -> None:
        """Finish the message in hand, then stop everything; bounded by STOP_WITHIN_SECONDS."""
        self.stop_event.set()
        self.worker.wake()
        if self.web_server is not None:
            self.web_server.should_exit = True
        self.scheduler.shutdown(wait=False)
        still_running = join_within(self.threads, STOP_WITHIN_SECONDS)
        if still_running:
            # Daemon threads end with the process; say which ones the bound cut short.
            log.warning("arrêt sans attendre : %s", ", ".join(still_running))
        self.leadership.release()

    def run_forever(self) -> None:
        """Run until SIGTERM/SIGINT. On SQLite, raises AnotherInstance when one already runs on the store."""
        if is_postgresql(self.store):
            self._run_until_signal()
            return
        # SQLite serves one machine and one service: a second one would only wait on the first's writes.
        with held_lock(self.store, "run", self.settings.store.data_dir) as alone:
            if not alone:
                raise AnotherInstance(
                    "une autre instance de « propulse run » utilise déjà cette base SQLite "
                    "(une seule à la fois ; PostgreSQL en accepte plusieurs)"
                )
            self._run_until_signal()

    def _run_until_signal(self) -> None:
        def on_signal(signum: int, _frame: FrameType | None) -> None:
            log.warning("arrêt demandé (%s)", signal.Signals(signum).name)
            self.stop_event.set()

        signal.signal(signal.SIGTERM, on_signal)
        signal.signal(signal.SIGINT, on_signal)
        self.start()
        self.stop_event.wait()
        self.stop()

    def _spawn(self, name: str, target: Callable[[], None]) -> None:
        thread = threading.Thread(target=target, name=name, daemon=True)
        thread.start()
        self.threads.append(thread)

    def _schedule(self, spec: JobSpec) -> None:
        def guarded() -> None:
            if self.stop_event.is_set() or not self.leadership.is_leader():
                return
            try:
                spec.run(self.settings, self.store)
            except Exception as exc:  # the job's boundary: log the change of state, keep the others going
                self.health.failed(spec.name, f"{type(exc).__name__}: {exc}")
            else:
                self.health.succeeded(spec.name)

        self.scheduler.add_job(
            guarded,
            spec.trigger,
            id=spec.name,
            coalesce=True,
            max_instances=1,
            misfire_grace_time=None,
            **spec.when(self.settings),
        )

    def _start_web(self) -> None:
        import uvicorn

        from intake.web.app import create_app

        config = uvicorn.Config(
            create_app(self.settings, self.store),
            host=self.settings.web.host,
            port=self.settings.web.port,
            log_level="warning",
            proxy_headers=False,  # X-Forwarded-* only from web.trusted_proxies (intake/web/proxy.py)
        )
        self.web_server = uvicorn.Server(config)
        self._spawn("web", self.web_server.run)
