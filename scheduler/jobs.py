"""The daemon's periodic jobs, as data: a name, when it runs, and the function it triggers.

Each function reads what is due from the store and acts on it; none keeps state of its own.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

from intake.clock import utcnow
from intake.config import Settings
from intake.store.db import Store


@dataclass(frozen=True)
class JobSpec:
    name: str
    run: Callable[[Settings, Store], None]
    trigger: Literal["interval", "cron"]
    args: dict[str, Any] = field(default_factory=dict)

    def trigger_args(self, settings: Settings) -> dict[str, Any]:
        return dict(self.args)


def send_outbox(settings: Settings, store: Store) -> None:
    from intake.outbox import send_approved

    send_approved(store, settings)


def send_reminders(settings: Settings, store: Store) -> None:
    from intake.reminders import send_participant_reminders

    send_participant_reminders(store, settings)


def release_holds(settings: Settings, store: Store) -> None:
    from intake.scheduling.holds import release_expired_holds

    with store.session() as session:
        release_expired_holds(session, now=utcnow())


JOBS: tuple[JobSpec, ...] = (
    JobSpec("send", send_outbox, "interval", {"seconds": 10}),
    JobSpec("reminders", send_reminders, "interval", {"minutes": 1}),
    JobSpec("holds", release_holds, "interval", {"minutes": 15}),
)
