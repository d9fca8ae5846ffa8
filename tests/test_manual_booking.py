"""Booking, moving and cancelling an interview by hand: the same confirmation and `.ics` as a reply gives,
from the functions, the command line and the case page in Chromium."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import run_cli, write_config
from live import CHROMIUM_ARGS, PASSWORD, USERNAME, LiveWeb, require_chromium, serve_web, web_settings
from playwright.sync_api import Page, expect, sync_playwright
from scheduling_helpers import make_application, settings_with, utc
from sqlalchemy import select

from intake.clock import utcnow
from intake.config import load_settings
from intake.scheduling.booking import active_interview
from intake.scheduling.holds import propose_slots
from intake.scheduling.invitation import attachments_of
from intake.scheduling.manual import (
    ManualBookingError,
    book_by_hand,
    cancel_by_hand,
    find_case,
    free_slots,
    resolve_slot,
)
from intake.store.db import Store, open_store
from intake.store.models import Interview, InterviewSlot, OutgoingMessage

SETTINGS = settings_with()
NOW = utc(2026, 11, 26, 8, 0)


def test_a_slot_booked_by_hand_gets_a_confirmation_draft_with_its_ics(store: Store) -> None:
    with store.session() as s:
        application = make_application(s)
        slot = free_slots(s, application, SETTINGS, now=NOW)[4]
        draft = book_by_hand(s, application, slot.starts_at, SETTINGS, now=NOW, actor="coordination")
        [ics] = attachments_of(s, draft.id)
        interview = active_interview(s, application.id)
        assert draft.template == "interview_confirmation" and draft.status == "draft"
        assert ics.filename.endswith(".ics") and ics.method == "REQUEST"
        assert b"BEGIN:VEVENT" in ics.content
        assert interview is not None and application.status == "interview_booked"
        booked = s.get(InterviewSlot, interview.slot_id)
        assert booked is not None and booked.starts_at.replace(tzinfo=None) == slot.starts_at.replace(
            tzinfo=None
        )


def test_moving_an_interview_by_hand_frees_the_old_slot_and_cancels_it_in_the_calendar(store: Store) -> None:
    with store.session() as s:
        application = make_application(s)
        first, second = free_slots(s, application, SETTINGS, now=NOW)[2:4]
        book_by_hand(s, application, first.starts_at, SETTINGS, now=NOW, actor="coordination")
        draft = book_by_hand(s, application, second.starts_at, SETTINGS, now=NOW, actor="coordination")
        methods = sorted(a.method for a in attachments_of(s, draft.id))
        other = make_application(s)
        free_for_other = {c.starts_at for c in free_slots(s, other, SETTINGS, now=NOW)}
        cancelled = s.scalars(select(Interview).where(Interview.status == "cancelled")).all()
    assert methods == ["CANCEL", "REQUEST"]
    assert first.starts_at in free_for_other and second.starts_at not in free_for_other
    assert len(cancelled) == 1


def test_cancelling_by_hand_frees_the_slot_and_drafts_fresh_slots_with_a_cancelling_ics(store: Store) -> None:
    with store.session() as s:
        application = make_application(s)
        slot = free_slots(s, application, SETTINGS, now=NOW)[0]
        book_by_hand(s, application, slot.starts_at, SETTINGS, now=NOW, actor="coordination")
        draft = cancel_by_hand(s, application, SETTINGS, now=NOW, actor="coordination")
        assert draft.template == "interview_proposal"
        assert [a.method for a in attachments_of(s, draft.id)] == ["CANCEL"]
        assert active_interview(s, application.id) is None
        with pytest.raises(ManualBookingError, match="aucun entretien réservé"):
            cancel_by_hand(s, application, SETTINGS, now=NOW, actor="coordination")


def test_a_slot_held_for_another_applicant_cannot_be_booked_by_hand(store: Store) -> None:
    with store.session() as s:
        holder = make_application(s)
        [held, *_] = propose_slots(s, holder, SETTINGS, now=NOW)
        slot = s.get(InterviewSlot, held.slot_id)
        assert slot is not None
        other = make_application(s)
        with pytest.raises(ManualBookingError, match="n'est pas libre"):
            book_by_hand(s, other, slot.starts_at.replace(tzinfo=NOW.tzinfo), SETTINGS, now=NOW, actor="x")


def test_a_slot_is_read_as_local_time_or_as_a_number_of_the_last_proposal(store: Store) -> None:
    with store.session() as s:
        application = make_application(s)
        proposals = propose_slots(s, application, SETTINGS, now=NOW)
        second = s.get(InterviewSlot, proposals[1].slot_id)
        assert second is not None
        assert resolve_slot(s, application, "2", SETTINGS, now=NOW).replace(
            tzinfo=None
        ) == second.starts_at.replace(tzinfo=None)
        assert resolve_slot(s, application, "2026-12-01 14:30", SETTINGS, now=NOW) == utc(2026, 12, 1, 13, 30)
        with pytest.raises(ManualBookingError, match="illisible"):
            resolve_slot(s, application, "mardi", SETTINGS, now=NOW)
        assert find_case(s, application.case_token.lower()).id == application.id


def test_the_command_books_reschedules_and_cancels(tmp_path: Path) -> None:
    config = str(write_config(tmp_path))
    assert run_cli("--config", config, "init").returncode == 0
    settings = load_settings(Path(config))
    store = open_store(settings.database_url)
    with store.session() as s:
        application = make_application(s)
        token = application.case_token
        free = free_slots(s, application, settings, now=utcnow())
    store.dispose()
    zone = settings.programme.timezone
    first, second = (f"{c.starts_at.astimezone(_zone(zone)):%Y-%m-%d %H:%M}" for c in free[3:5])
    booked = run_cli("--config", config, "interviews", "book", token, first)
    moved = run_cli("--config", config, "interviews", "reschedule", token, second)
    cancelled = run_cli("--config", config, "interviews", "cancel", token)
    again = run_cli("--config", config, "interviews", "cancel", token)
    assert booked.returncode == 0, booked.stderr
    assert f"Entretien réservé ({token}) : brouillon n°" in booked.stdout
    assert moved.returncode == 0 and cancelled.returncode == 0, moved.stderr + cancelled.stderr
    assert again.returncode == 2 and "aucun entretien réservé" in again.stderr
    store = open_store(settings.database_url)
    with store.session() as s:
        templates = [o.template for o in s.scalars(select(OutgoingMessage).order_by(OutgoingMessage.id))]
    store.dispose()
    assert templates == ["interview_confirmation", "interview_confirmation", "interview_proposal"]


def _zone(name: str):  # type: ignore[no-untyped-def]
    from zoneinfo import ZoneInfo

    return ZoneInfo(name)


@pytest.fixture
def web(store: Store, tmp_path: Path) -> Iterator[LiveWeb]:
    with serve_web(web_settings(tmp_path / "data"), store) as live:
        yield live


@pytest.fixture
def page() -> Iterator[Page]:
    path = require_chromium()
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=path, args=CHROMIUM_ARGS)
        context = browser.new_context(locale="fr-FR")
        yield context.new_page()
        context.close()
        browser.close()


def test_a_booking_made_on_the_case_page_produces_a_confirmation_with_an_ics(
    web: LiveWeb, page: Page
) -> None:
    with web.store.session() as s:
        application_id = make_application(s, first_name="Sarah").id
    page.goto(f"{web.url}/dossiers/{application_id}")
    page.get_by_label("Identifiant").fill(USERNAME)
    page.get_by_label("Mot de passe").fill(PASSWORD)
    page.get_by_role("button", name="Se connecter").click()
    expect(page.locator("#entretien")).to_contain_text("Aucun entretien réservé.")
    chosen = page.get_by_label("Créneau libre").locator("option").nth(2).text_content()
    page.get_by_label("Créneau libre").select_option(index=2)
    page.get_by_role("button", name="Réserver ce créneau").click()
    expect(page.get_by_role("status")).to_contain_text("Entretien réservé : la confirmation")
    expect(page.locator("#pieces-jointes")).to_contain_text("entretien-propulse.ics")
    expect(page.get_by_label("Texte")).to_contain_text("Sarah")
    page.get_by_role("link", name="dossier").click()
    assert chosen is not None
    expect(page.locator("#entretien-prevu")).to_contain_text(chosen)
    with web.store.session() as s:
        draft = s.scalar(select(OutgoingMessage).where(OutgoingMessage.application_id == application_id))
        assert draft is not None and draft.template == "interview_confirmation"
        assert [a.filename for a in attachments_of(s, draft.id)] == ["entretien-propulse.ics"]
