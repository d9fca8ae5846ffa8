"""`propulse interviews`: the agenda per day in Paris time, and the outcome the coordinator records."""

from __future__ import annotations

import subprocess
from datetime import timedelta
from pathlib import Path

from conftest import run_cli, write_config
from scheduling_helpers import make_application, settings_with
from sqlalchemy import select

from intake.clock import utcnow
from intake.config import load_settings
from intake.replies.render import format_moment
from intake.scheduling.availability import as_utc
from intake.scheduling.booking import book
from intake.scheduling.holds import propose_slots
from intake.store.db import open_store
from intake.store.models import Application, Interview, InterviewSlot


def propulse(config: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return run_cli("--config", str(config), *args)


def seed(config: Path, *, days_ago: int = 0) -> list[int]:
    """Two applicants with an interview each (slots 1 and 2 of their own proposals), proposed and
    booked `days_ago` days ago (10 days ago: at least the first is over, its outcome can be recorded)."""
    store = open_store(load_settings(config).database_url, migrate=True)
    ids = []
    then = utcnow() - timedelta(days=days_ago)
    with store.session() as s:
        for name, position in (("Léa", 1), ("Karim", 2)):
            app = make_application(s, first_name=name)
            propose_slots(s, app, settings_with(), now=then)
            ids.append(book(s, app, position, now=then).id)
    store.dispose()
    return ids


def test_the_agenda_lists_upcoming_interviews_per_day_in_paris_time(tmp_path: Path) -> None:
    config = write_config(tmp_path)
    ids = seed(config)
    result = propulse(config, "interviews", "--days", "30")
    assert result.returncode == 0, result.stderr
    store = open_store(load_settings(config).database_url)
    with store.session() as s:
        for interview_id in ids:
            interview = s.get(Interview, interview_id)
            assert interview is not None
            slot = s.get(InterviewSlot, interview.slot_id)
            app = s.get(Application, interview.application_id)
            assert slot is not None and app is not None
            day = format_moment(as_utc(slot.starts_at)).split(" à ")[0]
            assert day[:1].upper() + day[1:] in result.stdout
            line = next(x for x in result.stdout.splitlines() if f"[{app.case_token}]" in x)
            assert f"n° {interview_id}" in line and app.applicant.first_name in line  # type: ignore[operator]
    assert "2 entretien(s) dans les 30 prochains jours." in result.stdout


def test_recording_an_outcome_closes_the_interview_and_moves_the_case_on(tmp_path: Path) -> None:
    config = write_config(tmp_path)
    ids = seed(config, days_ago=10)
    result = propulse(config, "interviews", "outcome", str(ids[0]), "waitlisted")
    assert result.returncode == 0, result.stderr
    assert f"Entretien n° {ids[0]} : liste d'attente." in result.stdout
    store = open_store(load_settings(config).database_url)
    with store.session() as s:
        interview = s.get(Interview, ids[0])
        assert interview is not None and (interview.status, interview.outcome) == ("done", "waitlisted")
        app = s.scalar(select(Application).where(Application.id == interview.application_id))
        assert app is not None and app.status == "waitlisted"


def test_an_outcome_cannot_be_recorded_before_the_interview(tmp_path: Path) -> None:
    config = write_config(tmp_path)
    ids = seed(config)
    early = propulse(config, "interviews", "outcome", str(ids[0]), "admitted")
    assert early.returncode == 2 and "n'a pas encore eu lieu" in early.stderr
    store = open_store(load_settings(config).database_url)
    with store.session() as s:
        interview = s.get(Interview, ids[0])
        assert interview is not None and (interview.status, interview.outcome) == ("booked", None)
    store.dispose()


def test_an_unknown_outcome_or_interview_is_one_clear_line_and_exit_code_2(tmp_path: Path) -> None:
    config = write_config(tmp_path)
    ids = seed(config)
    wrong = propulse(config, "interviews", "outcome", str(ids[0]), "peut-être")
    assert wrong.returncode == 2
    assert (
        wrong.stderr.strip()
        == "propulse: issue inconnue « peut-être » (possibles : admitted, waitlisted, declined)"
    )
    missing = propulse(config, "interviews", "outcome", "999", "admitted")
    assert (missing.returncode, missing.stderr.strip()) == (2, "propulse: aucun entretien n° 999")


def test_an_empty_agenda_says_so(tmp_path: Path) -> None:
    config = write_config(tmp_path)
    open_store(load_settings(config).database_url, migrate=True).dispose()
    result = propulse(config, "interviews")
    assert (result.returncode, result.stdout.strip()) == (
        0,
        "Aucun entretien prévu dans les 15 prochains jours.",
    )
