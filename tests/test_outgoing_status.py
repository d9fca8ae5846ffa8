"""Outgoing statuses are declared once (intake/store/models.py) and grouped; what the groups decide."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta

from case_factory import approved_email
from smtp_server import free_port, running_smtp

from intake.config import OutboxSettings, Settings, SmtpSettings
from intake.outbox import send_approved
from intake.privacy import erase_person
from intake.store.db import Store
from intake.store.models import (
    OUTGOING_FINAL,
    OUTGOING_IN_FLIGHT,
    OUTGOING_STATUS_FR,
    OUTGOING_WAITING,
    OutgoingMessage,
    OutgoingStatus,
)

NOW = datetime(2026, 11, 26, 10, 0, tzinfo=UTC)


def test_every_outgoing_status_has_one_french_label_shared_by_the_web_and_the_command_line() -> None:
    from intake import approval
    from intake.commands import outbox_cli

    assert set(OUTGOING_STATUS_FR) == set(OutgoingStatus)
    assert approval.STATUS_FR is OUTGOING_STATUS_FR
    assert not hasattr(outbox_cli, "STATUS_FR")  # the command line reads the same table
    assert OUTGOING_STATUS_FR["failed"] == "échec d'envoi"


def test_every_outgoing_status_belongs_to_exactly_one_group() -> None:
    groups = (OUTGOING_WAITING, OUTGOING_IN_FLIGHT, OUTGOING_FINAL)
    for status in OutgoingStatus:
        assert sum(status in group for group in groups) == 1, status


def test_an_email_waiting_for_a_retry_is_never_sent_once_its_recipient_is_erased(store: Store) -> None:
    port = free_port()
    settings = Settings(
        smtp=SmtpSettings(host="127.0.0.1", port=port, security="plain", timeout_seconds=5),
        outbox=dataclasses.replace(OutboxSettings(transport="smtp"), retry_base_seconds=60),
    )
    with store.session() as session:
        outgoing_id = approved_email(session, settings, now=NOW).id
    # Nobody listens on the port yet: the first attempt leaves the email waiting for a retry.
    assert send_approved(store, settings, now=NOW).retrying == 1
    with store.session() as session:
        waiting = session.get(OutgoingMessage, outgoing_id)
        assert waiting is not None and waiting.status == OutgoingStatus.RETRY

    erase_person(store, "lea.martin@example.org", settings=settings, actor="coordination")

    with running_smtp(port=port) as server:
        assert send_approved(store, settings, now=NOW + timedelta(days=1)).sent == 0
        assert server.received == []
    with store.session() as session:
        erased = session.get(OutgoingMessage, outgoing_id)
        assert erased is not None and erased.status == OutgoingStatus.DISCARDED
