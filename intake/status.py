"""What `propulse status` shows: last successful poll, queue sizes, drafts waiting, the last error."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import func, select

from intake.authentication import untrusted_warning
from intake.clock import as_utc
from intake.held import HELD
from intake.store.db import Store
from intake.store.models import JobState, MailboxState, Message, OutgoingMessage

OUTGOING_LABELS = {
    "draft": "brouillons en attente de validation",
    "approved": "e-mails validés à envoyer",
    "sending": "e-mails en cours d'envoi",
    "retry": "e-mails à réessayer",
    "failed": "envois en échec définitif",
}


def read_status(
    store: Store, timezone: str = "Europe/Paris", authserv_ids: Sequence[str] | None = None
) -> list[str]:
    """Times in the programme's zone, labelled, as the web UI shows them.

    `authserv_ids` None: the trust line is left out (the caller has no settings).
    """
    zone = ZoneInfo(timezone)

    def _when(moment: datetime | None) -> str:
        return _local(moment, zone)

    lines: list[str] = [f"(heures : heure de {timezone.rsplit('/', 1)[-1].replace('_', ' ')})"]
    with store.session() as session:
        polls = list(session.scalars(select(MailboxState).order_by(MailboxState.mailbox)))
        for state in polls:
            lines.append(f"Dernière relève réussie de {state.mailbox} : {_when(state.last_poll_at)}")
        if not polls:
            lines.append("Dernière relève réussie : jamais")
        rows = session.execute(select(OutgoingMessage.status, func.count()).group_by(OutgoingMessage.status))
        counts = {status: count for status, count in rows.all()}
        for status, label in OUTGOING_LABELS.items():
            lines.append(f"{label.capitalize()} : {counts.get(status, 0)}")
        quarantined = session.scalar(select(func.count()).where(Message.status == "quarantined")) or 0
        lines.append(f"Messages en quarantaine : {quarantined}")
        held = session.scalar(select(func.count()).where(Message.status == HELD)) or 0
        lines.append(f"Demandes retenues en attente d'approbation : {held}")
        warning = untrusted_warning(authserv_ids) if authserv_ids is not None else None
        if warning:
            lines.append(f"⚠ {warning}")
        jobs = list(session.scalars(select(JobState).order_by(JobState.name)))
        for job in jobs:
            health = "en bonne santé" if job.healthy else "en erreur"
            lines.append(f"Tâche {job.name} : {health}, dernier succès {_when(job.last_ok_at)}")
        errors = [j for j in jobs if j.last_error]
        if errors:
            last = max(errors, key=lambda j: j.last_error_at or datetime.min)
            lines.append(f"Dernière erreur ({last.name}, {_when(last.last_error_at)}) : {last.last_error}")
        else:
            lines.append("Dernière erreur : aucune")
    return lines


def _local(moment: datetime | None, zone: ZoneInfo) -> str:
    if moment is None:
        return "jamais"
    return as_utc(moment).astimezone(zone).strftime("%d/%m/%Y %H:%M:%S")
