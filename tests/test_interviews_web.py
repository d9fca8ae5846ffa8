"""The interview agenda in the browser: upcoming interviews per day, and recording an outcome."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from live import CHROMIUM_ARGS, PASSWORD, USERNAME, LiveWeb, require_chromium, serve_web, web_settings
from playwright.sync_api import Browser, expect, sync_playwright
from scheduling_helpers import make_application

from intake.clock import frozen_at, utcnow
from intake.scheduling.availability import as_utc
from intake.scheduling.booking import book
from intake.scheduling.holds import propose_slots
from intake.store.db import Store
from intake.store.models import Application, InterviewSlot


@pytest.fixture
def browser() -> Iterator[Browser]:
    path = require_chromium()
    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=path, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def web(store: Store, tmp_path: Path) -> Iterator[LiveWeb]:
    with serve_web(web_settings(tmp_path / "data"), store) as live:
        yield live


def test_the_coordinator_sees_the_booked_interview_on_its_day_and_records_the_admission(
    web: LiveWeb, browser: Browser
) -> None:
    with web.store.session() as session:
        application = make_application(session, first_name="Salomé")
        propose_slots(session, application, web.settings, now=utcnow())
        interview = book(session, application, 2, now=utcnow())
        case_id, interview_id, token = application.id, interview.id, application.case_token
        slot = session.get(InterviewSlot, interview.slot_id)
        assert slot is not None
        after = as_utc(slot.ends_at) + timedelta(hours=1)
    page = browser.new_page(locale="fr-FR")
    page.goto(web.url + "/entretiens")
    page.get_by_label("Identifiant").fill(USERNAME)
    page.get_by_label("Mot de passe").fill(PASSWORD)
    page.get_by_role("button", name="Se connecter").click()
    row = page.locator(f"#entretien-{interview_id}")
    expect(row).to_contain_text("Salomé")
    expect(row).to_contain_text(token)
    expect(page.locator("h2.jour")).to_have_count(1)
    # Before the interview there is nothing to choose: no outcome is ever recorded in advance.
    expect(row).to_contain_text("à noter après l'entretien")
    expect(row.get_by_label("Issue de l'entretien")).to_have_count(0)
    with frozen_at(after):
        # Days later: the 8-hour session has ended (server-side sessions), so the coordinator logs in again.
        page.reload()
        page.get_by_label("Identifiant").fill(USERNAME)
        page.get_by_label("Mot de passe").fill(PASSWORD)
        page.get_by_role("button", name="Se connecter").click()
        expect(row.get_by_label("Issue de l'entretien")).to_have_value("")
        row.get_by_label("Issue de l'entretien").select_option("admitted")
        row.get_by_role("button", name="Enregistrer").click()
        expect(page.get_by_role("status")).to_contain_text(f"Entretien n° {interview_id} : admis·e")
        expect(page.locator(f"#entretien-{interview_id}")).to_have_count(0)
    with web.store.session() as session:
        case = session.get(Application, case_id)
        assert case is not None and case.status == "admitted"
