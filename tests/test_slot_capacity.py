"""Slot capacity that holds up: slots are held when the coordinator approves, given back at once when a
draft is set aside, proposals made again if a slot went, and a warning whenever fewer slots than
promised would go out or the calendar runs low."""

from __future__ import annotations

from pathlib import Path

from case_factory import make_case
from scheduling_helpers import settings_with, utc
from sqlalchemy import func, select

from intake.approval import approve_draft, discard_draft, list_queue
from intake.clock import frozen_at
from intake.replies.drafts import draft_for_application
from intake.replies.render import render_email
from intake.scheduling.capacity import calendar_warning, free_slot_count
from intake.scheduling.holds import PROMISED_SLOTS, offered_count
from intake.store.db import Store
from intake.store.models import InterviewSlot, OutgoingMessage, SlotProposal

SETTINGS = settings_with()
NOW = utc(2026, 11, 26, 8, 0)  # Thursday: the default windows give 20 slots on 4 days in the horizon


def eligible_draft(s, n: int) -> OutgoingMessage:  # type: ignore[no-untyped-def]
    application, message = make_case(s, email=f"candidate{n}@example.org", message_id=f"<c{n}@example.org>")
    return draft_for_application(s, application, SETTINGS, reply_to=message, now=NOW)


def held_count(s) -> int:  # type: ignore[no-untyped-def]
    return s.scalar(select(func.count()).where(InterviewSlot.held_for_application_id.is_not(None))) or 0


def test_forty_eligible_applications_never_send_fewer_slots_than_promised_without_a_warning(
    store: Store,
) -> None:
    with store.session() as s:
        for n in range(40):
            eligible_draft(s, n)
        assert held_count(s) == 0, "nothing is held before approval"
        assert free_slot_count(s, SETTINGS, now=NOW) == 20
    approved: list[tuple[int, int, str]] = []
    redone = 0
    with frozen_at(NOW):
        for _round in range(200):
            with store.session() as s:
                queue = list_queue(s)
                if not queue:
                    break
                item = queue[0]
                before = offered_count(s, item.id)
                result = approve_draft(s, item.id, actor="coordination", settings=SETTINGS)
                if result.id == item.id:
                    approved.append((item.id, before, item.warning))
                else:
                    redone += 1
    assert len(approved) == 40 and redone > 0
    short = [(draft_id, count, warning) for draft_id, count, warning in approved if count < PROMISED_SLOTS]
    assert short, "the calendar does run out with 40 applicants and 20 slots"
    assert all(warning for _id, _count, warning in short)
    assert sum(count for _id, count, _w in approved) <= 20
    with store.session() as s:
        assert held_count(s) == sum(count for _id, count, _w in approved)
        assert calendar_warning(s, SETTINGS, now=NOW).startswith("Plus aucun créneau d'entretien libre")


def test_discarding_a_draft_gives_its_slots_to_the_next_applicant_at_once(store: Store) -> None:
    with store.session() as s:
        first = eligible_draft(s, 1)
        offered = set(s.scalars(select(SlotProposal.slot_id).where(SlotProposal.outgoing_id == first.id)))
        second = eligible_draft(s, 2)
        assert not offered & set(
            s.scalars(select(SlotProposal.slot_id).where(SlotProposal.outgoing_id == second.id))
        ), "a waiting draft's slots come last for the others"
        discard_draft(s, first.id, actor="coordination")
        third = eligible_draft(s, 3)
        again = set(s.scalars(select(SlotProposal.slot_id).where(SlotProposal.outgoing_id == third.id)))
        statuses = set(s.scalars(select(SlotProposal.status).where(SlotProposal.outgoing_id == first.id)))
    assert again == offered
    assert statuses == {"released"}


def test_approval_holds_the_slots_and_a_slot_gone_meanwhile_makes_the_proposal_again(store: Store) -> None:
    with store.session() as s:
        first = eligible_draft(s, 1)
        discard_draft(s, first.id, actor="coordination")
        a = eligible_draft(s, 2)
        b_app, b_msg = make_case(s, email="b@example.org", message_id="<b@example.org>")
        # With a full calendar B's draft offers what A's does: make it so here, with one of A's slots.
        b = draft_for_application(s, b_app, SETTINGS, reply_to=b_msg, now=NOW)
        a_slots = set(s.scalars(select(SlotProposal.slot_id).where(SlotProposal.outgoing_id == a.id)))
        s.execute(
            SlotProposal.__table__.update()
            .where(SlotProposal.outgoing_id == b.id)
            .values(slot_id=sorted(a_slots)[0])
            .execution_options(synchronize_session=False)
        )
        a_id, b_id = a.id, b.id
    with frozen_at(NOW):
        with store.session() as s:
            [warning] = [i.warning for i in list_queue(s) if i.id == b_id]
            assert "aussi proposé dans un autre brouillon" in warning
            assert approve_draft(s, a_id, actor="coordination", settings=SETTINGS).status == "approved"
            assert held_count(s) == 3
        with store.session() as s:
            result = approve_draft(s, b_id, actor="coordination", settings=SETTINGS)
            assert result.id != b_id and result.status == "draft"
            old = s.get(OutgoingMessage, b_id)
            assert old is not None and old.status == "discarded"
            assert offered_count(s, result.id) == 3
            assert not a_slots & set(
                s.scalars(select(SlotProposal.slot_id).where(SlotProposal.outgoing_id == result.id))
            )


def test_with_one_slot_the_email_speaks_of_it_in_the_singular() -> None:
    context = {
        "first_name": "Léa",
        "programme_name": "Pro'pulse",
        "slots": [{"number": 1, "starts_at": NOW, "label": "mardi"}],
        "retention_months": 12,
        "timezone": "Europe/Paris",
    }
    one = render_email("acknowledgement", context, "fr").text
    three = render_email(
        "acknowledgement",
        {**context, "slots": context["slots"] * 3},
        "fr",  # type: ignore[operator]
    ).text
    assert "l'un d'eux" not in one and "Pour le réserver" in one and "Voici le créneau" in one
    assert "l'un d'eux" in three and "Voici les créneaux" in three
    english = render_email("acknowledgement", context, "en").text
    assert "To book it" in english and "Here is the time" in english


def test_the_calendar_warning_counts_free_slots_in_words_that_fit_the_number(store: Store) -> None:
    with store.session() as s:
        assert calendar_warning(s, settings_with(warn_below_free_slots=20), now=NOW) == ""
        warning = calendar_warning(s, settings_with(warn_below_free_slots=21), now=NOW)
        assert warning.startswith("Plus que 20 créneaux d'entretien libres dans les 15 prochains jours")
        one_day = settings_with(windows=["mardi 10:00-10:45"], horizon_days=6, warn_below_free_slots=3)
        assert calendar_warning(s, one_day, now=NOW).startswith("Plus qu'un créneau d'entretien libre")


def test_a_draft_whose_pencilled_slots_expired_while_it_waited_is_made_again_on_approval(
    store: Store,
) -> None:
    from datetime import timedelta

    from intake.scheduling.holds import release_expired_holds

    later = NOW + timedelta(days=SETTINGS.interviews.hold_days, hours=1)
    with store.session() as s:
        draft_id = eligible_draft(s, 1).id
        release_expired_holds(s, now=later)
    with frozen_at(later), store.session() as s:
        result = approve_draft(s, draft_id, actor="coordination", settings=SETTINGS)
        assert result.id != draft_id and result.status == "draft"


def test_the_drafts_command_shows_the_warning_before_approval(tmp_path: Path) -> None:
    from conftest import run_cli, write_config

    from intake.config import load_settings
    from intake.store.db import open_store

    config = str(write_config(tmp_path, "[interviews]\nwindows = []\n"))
    assert run_cli("--config", config, "init").returncode == 0
    store = open_store(load_settings(Path(config)).database_url)
    with store.session() as s:
        application, message = make_case(s)
        draft_id = draft_for_application(s, application, load_settings(Path(config)), reply_to=message).id
    store.dispose()
    listed = run_cli("--config", config, "drafts", "list")
    shown = run_cli("--config", config, "drafts", "show", str(draft_id))
    assert (
        f"! n° {draft_id} : Ce brouillon ne propose aucun créneau : l'agenda est complet." in listed.stdout
    ), listed.stderr
    assert "Attention : Ce brouillon ne propose aucun créneau" in shown.stdout
