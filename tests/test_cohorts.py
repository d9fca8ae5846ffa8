"""Cohorts of 6 to 12 places, admission in order, and a freed place offered to the first on the waitlist."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from followup_seed import (
    AUTUMN,
    CHROMIUM,
    CHROMIUM_ARGS,
    followup_web_settings,
    log_in,
    person,
    seed_known_store,
    serve_followup_web,
)
from playwright.sync_api import expect, sync_playwright
from sqlalchemy import select
from typer.testing import CliRunner

from intake import cli
from intake.commands.followup_cli import register
from intake.config import Settings
from intake.followup import FollowUpError
from intake.followup.coaching import generate_sessions, parse_pattern, record_attendance
from intake.followup.cohorts import admit, create_cohort, leave, summarise_cohorts, take_place, waitlist
from intake.followup.placements import days_to_placement, record_placement
from intake.store.db import Store, open_store
from intake.store.models import (
    Applicant,
    Application,
    Attendance,
    AuditEntry,
    CoachingSession,
    Cohort,
    OutgoingMessage,
    Participant,
    Placement,
)

SETTINGS = Settings()
PARIS = ZoneInfo("Europe/Paris")
START = date(2026, 1, 5)


def interviewed(store: Store, n: int) -> list[int]:
    """`n` applications that have had their interview; returns their ids."""
    ids = []
    with store.session() as session:
        for i in range(n):
            applicant = Applicant(
                email=f"personne{i}@exemple.fr",
                email_normalised=f"personne{i}@exemple.fr",
                first_name=f"Aurélie{i}",
                last_name="Durand",
            )
            session.add(applicant)
            session.flush()
            application = Application(
                applicant_id=applicant.id, case_token=f"PP-{i + 1}", status="interviewed"
            )
            session.add(application)
            session.flush()
            ids.append(application.id)
    return ids


def admit_all(store: Store, application_ids: list[int], cohort_name: str = "Hiver 2026") -> list[Participant]:
    with store.session() as session:
        cohort = create_cohort(session, cohort_name, START, settings=SETTINGS, capacity=12)
        return [
            admit(session, session.get_one(Application, a), cohort, on=date(2025, 12, 15))
            for a in application_ids
        ]


@pytest.mark.parametrize("capacity", [5, 13])
def test_a_cohort_outside_6_to_12_places_is_refused(store: Store, capacity: int) -> None:
    with store.session() as session, pytest.raises(FollowUpError, match="de 6 à 12 places"):
        create_cohort(session, "Trop", START, settings=SETTINGS, capacity=capacity)


def test_a_cohort_takes_the_configured_default_capacity(store: Store) -> None:
    with store.session() as session:
        assert create_cohort(session, "Printemps", START, settings=SETTINGS).capacity == 12
        assert create_cohort(session, "Été", START, settings=SETTINGS, capacity=6).capacity == 6


def test_admitting_a_13th_person_to_a_cohort_of_12_puts_them_on_the_waitlist(store: Store) -> None:
    people = admit_all(store, interviewed(store, 14))
    assert [p.status for p in people] == ["active"] * 12 + ["waitlisted"] * 2
    assert [p.waitlist_position for p in people[12:]] == [1, 2]
    # Entry is the cohort's first day for people admitted before it starts: days to placement count from it.
    assert {p.entered_on for p in people[:12]} == {START}
    with store.session() as session:
        statuses = [session.get_one(Application, p.application_id).status for p in people]
        assert statuses == ["admitted"] * 12 + ["waitlisted"] * 2
        [summary] = summarise_cohorts(session)
        assert (summary.holding, summary.waitlisted, summary.free) == (12, 2, 0)


def test_a_participant_leaving_offers_the_place_to_the_first_waitlisted_person(store: Store) -> None:
    people = admit_all(store, interviewed(store, 14))
    with store.session() as session:
        drafts = leave(
            session,
            session.get_one(Participant, people[3].id),
            "A trouvé un emploi hors programme",
            on=date(2026, 2, 2),
            settings=SETTINGS,
        )
        assert [(d.to_addr, d.status, d.template) for d in drafts] == [
            ("personne12@exemple.fr", "draft", "place_offer")
        ]
        assert not drafts[0].automatic
        assert "Bonjour Aurélie12," in drafts[0].text_body
        assert "une place vient de se libérer dans la promotion « Hiver 2026 »" in drafts[0].text_body
        assert "5 janvier 2026" in drafts[0].text_body
        assert drafts[0].subject == "Une place se libère dans le programme Pro'pulse [PP-13]"
        gone = session.get_one(Participant, people[3].id)
        assert (gone.status, gone.left_on, gone.left_reason) == (
            "left",
            date(2026, 2, 2),
            "A trouvé un emploi hors programme",
        )
        assert session.get_one(Application, gone.application_id).status == "withdrawn"
    # The place is held for the person it was offered to: the second on the list cannot take it.
    with store.session() as session, pytest.raises(FollowUpError, match="réservée"):
        take_place(session, session.get_one(Participant, people[13].id), on=date(2026, 2, 3))
    with store.session() as session:
        first = take_place(session, session.get_one(Participant, people[12].id), on=date(2026, 2, 3))
        assert (first.status, first.entered_on, first.waitlist_position) == ("active", date(2026, 2, 3), None)
        assert [p.id for p in waitlist(session, summarise_cohorts(session)[0].cohort)] == [people[13].id]
        actions = session.scalars(
            select(AuditEntry.action).where(
                AuditEntry.entity_id == people[3].id, AuditEntry.entity == "participant"
            )
        ).all()
        assert actions == ["participant_admitted", "participant_left"]


def test_a_declined_offer_passes_the_place_to_the_next_person(store: Store) -> None:
    people = admit_all(store, interviewed(store, 14))
    with store.session() as session:
        leave(
            session,
            session.get_one(Participant, people[0].id),
            "Raisons de santé",
            on=date(2026, 2, 2),
            settings=SETTINGS,
        )
    with store.session() as session:
        drafts = leave(
            session,
            session.get_one(Participant, people[12].id),
            "Décline la place",
            on=date(2026, 2, 4),
            settings=SETTINGS,
        )
        assert [d.to_addr for d in drafts] == ["personne13@exemple.fr"]
        offers = session.scalars(
            select(OutgoingMessage.to_addr).where(OutgoingMessage.template == "place_offer")
        )
        assert sorted(offers) == ["personne12@exemple.fr", "personne13@exemple.fr"]


def test_a_new_admission_waits_behind_the_people_already_waiting(store: Store) -> None:
    people = admit_all(store, interviewed(store, 13))
    later = interviewed_more(store)
    with store.session() as session:
        leave(
            session,
            session.get_one(Participant, people[0].id),
            "Déménagement",
            on=date(2026, 2, 2),
            settings=SETTINGS,
        )
        cohort = summarise_cohorts(session)[0].cohort
        newcomer = admit(session, session.get_one(Application, later), cohort, on=date(2026, 2, 5))
        assert (newcomer.status, newcomer.waitlist_position) == ("waitlisted", 2)


def test_only_an_application_after_its_interview_can_be_admitted(store: Store) -> None:
    [application_id] = interviewed(store, 1)
    with store.session() as session:
        application = session.get_one(Application, application_id)
        application.status = "assessed"
        cohort = create_cohort(session, "Hiver 2026", START, settings=SETTINGS)
        with pytest.raises(FollowUpError, match="seul un dossier après entretien peut être admis"):
            admit(session, application, cohort, on=START)


def interviewed_more(store: Store) -> int:
    with store.session() as session:
        applicant = Applicant(
            email="tardif@exemple.fr", email_normalised="tardif@exemple.fr", first_name="Basile"
        )
        session.add(applicant)
        session.flush()
        application = Application(applicant_id=applicant.id, case_token="PP-99", status="interviewed")
        session.add(application)
        session.flush()
        return application.id


# -- coaching days, placements -------------------------------------------------------------------------


def test_sessions_follow_the_weekly_pattern_skip_holidays_and_are_made_once(store: Store) -> None:
    with store.session() as session:
        cohort = create_cohort(session, "Printemps 2026", date(2026, 4, 27), settings=SETTINGS)
        # Tuesdays and Thursdays from 27 April to 10 May 2026; Thursday 30 April is a working day, but
        # there is none on Friday 1 May anyway; Thursday 7 May is worked; Tuesday 5 May too.
        made = generate_sessions(
            session, cohort, start=date(2026, 4, 27), end=date(2026, 5, 14), settings=SETTINGS
        )
        days = [s.starts_at.astimezone(PARIS).strftime("%a %d/%m %H:%M") for s in made]
        # Ascension (Thursday 14 May 2026) is a public holiday: no coaching that day.
        assert days == [
            "Tue 28/04 09:30",
            "Thu 30/04 09:30",
            "Tue 05/05 09:30",
            "Thu 07/05 09:30",
            "Tue 12/05 09:30",
        ]
        assert {s.place for s in made} == {SETTINGS.follow_up.coaching_place}
        again = generate_sessions(
            session, cohort, start=date(2026, 4, 27), end=date(2026, 5, 14), settings=SETTINGS
        )
        assert again == []


def test_an_unreadable_coaching_pattern_is_named_in_one_french_line() -> None:
    with pytest.raises(FollowUpError, match="« vendredy 9:00-12:00 » illisible"):
        parse_pattern("vendredy 9:00-12:00")
    assert parse_pattern("jeudi 09:30-17:00 Visite découverte").kind == "Visite découverte"


def test_attendance_recorded_twice_keeps_the_last_answer(store: Store) -> None:
    people = admit_all(store, interviewed(store, 2))
    with store.session() as session:
        cohort = summarise_cohorts(session)[0].cohort
        [coaching, *_] = generate_sessions(
            session, cohort, start=START, end=START + timedelta(days=7), settings=SETTINGS
        )
        person = session.get_one(Participant, people[0].id)
        record_attendance(session, coaching, person, present=False)
        record_attendance(session, coaching, person, present=True, note="arrivée à 10 h")
        rows = session.scalars(select(Attendance).where(Attendance.session_id == coaching.id)).all()
        assert [(r.present, r.note) for r in rows] == [(True, "arrivée à 10 h")]


def test_a_placement_counts_days_from_programme_entry_and_marks_the_person_placed(store: Store) -> None:
    people = admit_all(store, interviewed(store, 1))
    with store.session() as session:
        person = session.get_one(Participant, people[0].id)
        placement = record_placement(
            session,
            person,
            placed_on=START + timedelta(days=70),
            employer="Coopérative Oxalis",
            job_title="Chargée de mission",
            contract_type="cdi",
            employer_is_ess=True,
            matches_values=True,
            matches_wishes=True,
            matches_skills=False,
            participant_view="Le poste me plaît beaucoup.",
        )
        assert (placement.contract_type, days_to_placement(placement, person), person.status) == (
            "CDI",
            70,
            "placed",
        )
        with pytest.raises(FollowUpError, match="précède l'entrée dans le programme"):
            record_placement(
                session,
                person,
                placed_on=START - timedelta(days=1),
                employer="X",
                job_title="Y",
                contract_type="CDD",
                employer_is_ess=None,
                matches_values=None,
                matches_wishes=None,
                matches_skills=None,
            )


# -- the pages, in Chromium ------------------------------------------------------------------------------


def test_the_coordinator_manages_a_cohort_attendance_a_placement_and_a_departure_in_the_browser(
    store: Store, tmp_path: Path
) -> None:
    seed_known_store(store)
    with (
        serve_followup_web(followup_web_settings(tmp_path / "data"), store) as url,
        sync_playwright() as p,
    ):
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = browser.new_context(locale="fr-FR").new_page()
            log_in(page, url, "/promotions")
            page.get_by_label("Nom").fill("Hiver 2026")
            page.get_by_label("Premier jour").fill("2026-01-05")
            page.get_by_label("Dernier jour").fill("2026-01-31")
            page.get_by_label("Places").fill("13")
            page.get_by_role("button", name="Créer la promotion").click()
            expect(page.locator(".flash.erreur")).to_have_text(
                "Capacité 13 refusée : une promotion compte de 6 à 12 places."
            )
            page.get_by_label("Nom").fill("Hiver 2026")
            page.get_by_label("Premier jour").fill("2026-01-05")
            page.get_by_label("Dernier jour").fill("2026-01-31")
            page.get_by_label("Places").fill("8")
            page.get_by_role("button", name="Créer la promotion").click()
            expect(page.get_by_role("heading", name="Journées d'accompagnement (8)")).to_be_visible()

            page.goto(url + "/promotions")
            page.get_by_role("link", name=AUTUMN).click()
            waiting = page.locator("ol.waitlist li")
            assert [waiting.nth(i).inner_text() for i in range(2)] == [
                f"{person(14).full_name} (PP-15)",
                f"{person(15).full_name} (PP-16)",
            ]
            page.locator("table.sessions a").first.click()
            boxes = page.locator("table.attendance input[type=checkbox]")
            assert boxes.count() == 6
            for i in range(6):
                boxes.nth(i).check()
            page.get_by_role("button", name="Enregistrer les présences").click()
            expect(page.locator(".flash.ok")).to_have_text("Présences enregistrées : 6 présent·e(s).")

            newcomer = person(12)  # autumn participant, not yet placed
            with store.session() as session:
                participant_id = session.scalars(
                    select(Participant.id).join(Application).where(Application.case_token == "PP-13")
                ).one()
            page.goto(f"{url}/participants/{participant_id}")
            expect(page.get_by_role("heading", name=newcomer.full_name)).to_be_visible()
            timeline = page.locator("table.timeline").inner_text()
            for event in ("Message reçu", "Entretien", "Entrée dans le programme", "Présent·e"):
                assert event in timeline
            page.get_by_label("Date d'embauche").fill("2025-10-21")
            page.get_by_label("Employeur", exact=True).fill("Ressourcerie du Rhône")
            page.get_by_label("Poste").fill("Chargée d'animation")
            page.get_by_label("Contrat").select_option("CDD")
            for label in (
                "Employeur de l'ESS",
                "Conforme à ses valeurs",
                "Conforme à ses souhaits",
                "Conforme à ses compétences",
            ):
                page.get_by_label(label).select_option("oui")
            page.get_by_role("button", name="Enregistrer l'emploi").click()
            expect(page.locator(".flash.ok")).to_have_text(
                "Emploi enregistré : 50 jour(s) après l'entrée dans le programme."
            )
            expect(page.locator("dl.placement")).to_contain_text(
                "Chargée d'animation — Ressourcerie du Rhône"
            )

            with store.session() as session:
                leaving_id = session.scalars(
                    select(Participant.id).join(Application).where(Application.case_token == "PP-14")
                ).one()
            page.goto(f"{url}/participants/{leaving_id}")
            page.get_by_label("Raison").fill("Déménagement à Lille")
            page.get_by_role("button", name="Enregistrer le départ").click()
            expect(page.locator(".flash.ok")).to_have_text(
                "Départ enregistré. Proposition de place à valider : 1 brouillon(s)."
            )
        finally:
            browser.close()
    with store.session() as session:
        offers = session.scalars(
            select(OutgoingMessage).where(OutgoingMessage.template == "place_offer")
        ).all()
        assert [(o.to_addr, o.status) for o in offers] == [(person(14).email, "draft")]
        attendance = session.scalars(
            select(Attendance.present)
            .join(CoachingSession)
            .join(Cohort)
            .where(Cohort.name == AUTUMN)
            .order_by(CoachingSession.starts_at)
        ).all()
        assert attendance[:6] == [True] * 6
        placed = session.scalars(select(Placement).where(Placement.employer == "Ressourcerie du Rhône")).one()
        assert (placed.placed_on, placed.contract_type, placed.matches_skills) == (
            date(2025, 10, 21),
            "CDD",
            True,
        )


def test_a_case_admitted_at_its_interview_is_given_a_place_or_a_waitlist_position(store: Store) -> None:
    ids = interviewed(store, 8)
    with store.session() as session:
        cohort = create_cohort(session, "Petite promotion", START, settings=SETTINGS, capacity=6)
        results = []
        for application_id in ids:
            application = session.get_one(Application, application_id)
            application.status = "admitted"  # what `propulse interviews outcome N admitted` leaves
            results.append(admit(session, application, cohort, on=START))
        assert [p.status for p in results] == ["active"] * 6 + ["waitlisted"] * 2
        assert {session.get_one(Application, a).status for a in ids} == {"admitted"}


# -- the commands --------------------------------------------------------------------------------------------


def test_the_commands_create_a_cohort_admit_to_it_record_a_departure_and_a_job(tmp_path: Path) -> None:
    store = open_store(f"sqlite:///{tmp_path / 'data' / 'propulse.sqlite3'}", migrate=True)
    interviewed(store, 7)
    store.dispose()
    config = tmp_path / "config.toml"
    config.write_text('[store]\ndata_dir = "data"\n', encoding="utf-8")

    def propulse(*args: str) -> tuple[int, str]:
        register(cli.app)
        result = CliRunner().invoke(cli.app, ["--config", str(config), *args])
        return result.exit_code, result.output.strip()

    assert propulse("cohort", "create", "Hiver", "--start", "2026-01-05", "--capacity", "13") == (
        2,
        "propulse: capacité 13 refusée : une promotion compte de 6 à 12 places",
    )
    assert propulse(
        "cohort", "create", "Hiver", "--start", "2026-01-05", "--end", "2026-01-31", "--capacity", "6"
    ) == (0, "Promotion « Hiver » créée : 6 places, 8 séance(s).")
    for n in range(1, 7):
        assert propulse("cohort", "admit", f"PP-{n}", "--cohort", "Hiver", "--on", "2025-12-15") == (
            0,
            f"PP-{n} admis·e dans « Hiver ».",
        )
    assert propulse("cohort", "admit", "PP-7", "--cohort", "Hiver") == (
        0,
        "PP-7 en liste d'attente de « Hiver » (position 1).",
    )
    code, out = propulse("cohort", "leave", "PP-2", "--reason", "Déménagement", "--on", "2026-01-20")
    assert code == 0 and "Proposition(s) de place à valider : 1" in out
    assert propulse(
        "placement",
        "add",
        "PP-1",
        "--on",
        "2026-03-16",
        "--employer",
        "Enercoop",
        "--job-title",
        "Chargée de clientèle",
        "--contract",
        "CDI",
        "--ess",
        "--values",
        "--wishes",
        "--skills",
    ) == (0, "Emploi enregistré : 70 jour(s) après l'entrée dans le programme.")
    code, out = propulse("cohort", "list")
    assert code == 0 and out.splitlines()[-1].split() == ["Hiver", "2026-01-05", "6", "5", "1"]
    assert propulse(
        "placement",
        "add",
        "PP-9",
        "--on",
        "2026-03-16",
        "--employer",
        "X",
        "--job-title",
        "Y",
        "--contract",
        "CDI",
    ) == (
        2,
        "propulse: aucun·e participant·e pour « PP-9 » (numéro de dossier PP-… ou adresse)",
    )
