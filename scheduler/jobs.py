"""The daemon's periodic jobs, as data: a name, when it runs, and the function it triggers.

Each function reads what is due from the store and acts on it; none keeps state of its own. A job that
meets trouble raises, and the service's boundary records the change of state (see scheduler.health).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

from intake.clock import utcnow
from intake.config import Settings
from intake.store.db import Store


class JobTrouble(RuntimeError):
    """The job ran but could not do its work (a server unreachable, say); it will try again."""


@dataclass(frozen=True)
class JobSpec:
    name: str
    run: Callable[[Settings, Store], None]
    trigger: Literal["interval", "cron"]
    # The trigger's arguments, from the settings (an interval in seconds, a cron hour…).
    when: Callable[[Settings], dict[str, Any]]


def send_outbox(settings: Settings, store: Store) -> None:
    from intake.outbox import send_approved

    summary = send_approved(store, settings)
    if summary.retrying and not summary.sent:
        raise JobTrouble("; ".join(summary.problems[:1]) or "envoi reporté")


def send_reminders(settings: Settings, store: Store) -> None:
    from intake.reminders import send_participant_reminders
    from intake.scheduling.reminders import send_interview_reminders

    send_interview_reminders(store, settings, now=utcnow())
    send_participant_reminders(store, settings)


def release_holds(settings: Settings, store: Store) -> None:
    from intake.scheduling.holds import release_expired_holds

    with store.session() as session:
        release_expired_holds(session, now=utcnow())


def apply_retention(settings: Settings, store: Store) -> None:
    from intake.privacy import apply_retention as erase_due

    erase_due(store, settings, today=utcnow().date(), actor="propulse (tâche quotidienne)")


def send_digest(settings: Settings, store: Store) -> None:
    from intake.digest import queue_weekly_digest

    queue_weekly_digest(store, settings, now=utcnow())


JOBS: tuple[JobSpec, ...] = (
    JobSpec("send", send_outbox, "interval", lambda s: {"seconds": s.outbox.send_every_seconds}),
    JobSpec("reminders", send_reminders, "interval", lambda s: {"seconds": 60}),
    JobSpec("holds", release_holds, "interval", lambda s: {"minutes": 15}),
    JobSpec("retention", apply_retention, "cron", lambda s: {"hour": 3, "minute": 30}),
    JobSpec("digest", send_digest, "cron", lambda s: {"day_of_week": "mon", "hour": 8, "minute": 0}),
)
