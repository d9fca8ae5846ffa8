"""Shared pieces of the scheduling tests: settings with a chosen calendar, cases ready for an interview."""

from __future__ import annotations

import dataclasses
import itertools
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.orm import Session

from intake.config import InterviewSettings, Settings
from intake.scheduling.availability import as_utc
from intake.store.models import Applicant, Application, InterviewSlot, SlotProposal

_numbers = itertools.count(1)


def settings_with(**interviews: Any) -> Settings:
    return dataclasses.replace(Settings(), interviews=dataclasses.replace(InterviewSettings(), **interviews))


def make_application(
    session: Session, *, first_name: str = "Léa", status: str = "assessed", language: str = "fr"
) -> Application:
    n = next(_numbers)
    applicant = Applicant(
        email=f"candidat{n}@example.org",
        email_normalised=f"candidat{n}@example.org",
        first_name=first_name,
        last_name=f"Martin{n}",
        language=language,
    )
    session.add(applicant)
    session.flush()
    application = Application(applicant_id=applicant.id, case_token=f"PP-{1000 + n}", status=status)
    session.add(application)
    session.flush()
    return application


def starts_of(session: Session, proposals: list[SlotProposal]) -> list[datetime]:
    found = []
    for proposal in sorted(proposals, key=lambda p: p.position):
        slot = session.get(InterviewSlot, proposal.slot_id)
        assert slot is not None
        found.append(as_utc(slot.starts_at))
    return found


def utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=UTC)
