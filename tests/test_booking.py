"""Held proposals and bookings: no two applicants offered the same held slot, expired holds released, a
double booking impossible even when two applicants answer for the same slot at the same moment."""

from __future__ import annotations

import threading
from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest
from scheduling_helpers import make_application, settings_with, starts_of, utc
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from intake.scheduling.booking import (
    SchedulingOutcome,
    SlotTaken,
    book,
    draft_proposal,
    handle_scheduling_reply,
)
from intake.scheduling.holds import latest_proposals, propose_slots, release_expired_holds
from intake.scheduling.invitation import attachments_of
from intake.store.db import Store, put_blob
from intake.store.models import (
    Application,
    AuditEntry,
    Interview,
    InterviewSlot,
    Message,
    OutgoingMessage,
    SlotProposal,
)

pytestmark = pytest.mark.both_stores

SETTINGS = settings_with()
NOW = utc(2026, 11, 26, 8, 0)  # Thursday 09:00 in Paris
PARIS = ZoneInfo("Europe/Paris")


def test_a_proposal_holds_three_slots_on_different_days_for_the_application(store: Store) -> None:
    with store.session() as s:
        app = make_application(s)
        proposals = propose_slots(s, app, SETTINGS, now=NOW)
        starts = starts_of(s, proposals)
        assert [p.position for p in proposals] == [1, 2, 3]
        assert len({t.astimezone(PARIS).date() for t in starts}) == 3
        assert starts == sorted(starts) and starts[0] >= NOW + timedelta(hours=24)
        for p in proposals:
            slot = s.get(InterviewSlot, p.slot_id)
            assert slot is not None and slot.held_for_application_id == app.id
            assert p.expires_at.replace(tzinfo=None) == (NOW + timedelta(days=5)).replace(tzinfo=None)
        assert app.status == "interview_proposed"


def test_a_second_applicant_is_never_offered_a_slot_held_for_the_first(store: Store) -> None:
    with store.session() as s:
        first = propose_slots(s, make_application(s), SETTINGS, now=NOW)
        second = propose_slots(s, make_application(s), SETTINGS, now=NOW)
        assert len(second) == 3
        assert not {p.slot_id for p in first} & {p.slot_id for p in second}


def test_expired_holds_are_released_and_the_slots_offered_again(store: Store) -> None:
    with store.session() as s:
        first_app = make_application(s)
        first = propose_slots(s, first_app, SETTINGS, now=NOW)
        held = {p.slot_id for p in first}
    with store.session() as s:
        assert release_expired_holds(s, now=NOW + timedelta(days=4)) == 0
    expiry = NOW + timedelta(days=5, minutes=1)
    with store.session() as s:
        assert release_expired_holds(s, now=expiry) == 3
        statuses = set(s.scalars(select(SlotProposal.status).where(SlotProposal.slot_id.in_(held))))
        assert statuses == {"released"}
        # The freed slots still far enough ahead are offered to the next applicant.
        still_ahead = {
            p.slot_id
            for p, t in zip(first, starts_of(s, first), strict=True)
            if t >= expiry + timedelta(hours=24)
        }
        assert len(still_ahead) == 2
        later = propose_slots(s, make_application(s), SETTINGS, now=expiry)
        assert still_ahead <= {p.slot_id for p in later}


def test_booking_a_position_creates_the_interview_and_frees_the_other_held_slots(store: Store) -> None:
    with store.session() as s:
        app = make_application(s)
        proposals = propose_slots(s, app, SETTINGS, now=NOW)
        interview = book(s, app, 2, now=NOW + timedelta(hours=1))
        assert interview.slot_id == proposals[1].slot_id and interview.status == "booked"
        assert [p.status for p in latest_proposals(s, app.id)] == ["released", "booked", "released"]
        assert s.scalar(select(func.count()).where(InterviewSlot.held_for_application_id == app.id)) == 0
        assert app.status == "interview_booked"
        assert book(s, app, 2, now=NOW + timedelta(hours=2)).id == interview.id  # the same answer twice


def test_the_database_refuses_a_second_interview_on_the_same_slot(store: Store) -> None:
    with store.session() as s:
        slot = InterviewSlot(starts_at=utc(2026, 12, 1, 9, 0), ends_at=utc(2026, 12, 1, 9, 45))
        one, two = make_application(s), make_application(s)
        s.add(slot)
        s.flush()
        s.add(Interview(application_id=one.id, slot_id=slot.id, status="booked"))
        s.flush()
    with pytest.raises(IntegrityError), store.session() as s:
        s.add(Interview(application_id=two.id, slot_id=slot.id, status="booked"))
        s.flush()


def test_a_slot_booked_by_someone_else_raises_slot_taken(store: Store) -> None:
    with store.session() as s:
        one, two = make_application(s), make_application(s)
        slot = shared_slot(s, one, two)
        s.add(Interview(application_id=one.id, slot_id=slot.id, status="booked"))
        s.flush()
        with pytest.raises(SlotTaken):
            book(s, two, 1, now=NOW)


def shared_slot(s, *apps: Application) -> InterviewSlot:  # type: ignore[no-untyped-def]
    """One slot offered as n° 1 to several applicants whose holds ran out: the race the constraint settles."""
    slot = InterviewSlot(starts_at=utc(2026, 12, 1, 9, 0), ends_at=utc(2026, 12, 1, 9, 45))
    s.add(slot)
    s.flush()
    for app in apps:
        app.status = "interview_proposed"
        s.add(
            SlotProposal(
                application_id=app.id,
                slot_id=slot.id,
                position=1,
                created_at=NOW,
                expires_at=NOW - timedelta(minutes=1),
                status="released",
            )
        )
    s.flush()
    return slot


def test_two_applicants_answering_for_the_same_slot_at_once_one_is_booked_the_other_gets_new_slots(
    store: Store,
) -> None:
    with store.session() as s:
        apps = [make_application(s, first_name="Léa"), make_application(s, first_name="Karim")]
        slot_id = shared_slot(s, *apps).id
        app_ids = [a.id for a in apps]
    start = threading.Barrier(2)
    outcomes: dict[int, SchedulingOutcome] = {}
    errors: list[BaseException] = []

    def answer(app_id: int) -> None:
        try:
            with store.session() as s:  # each thread: its own session and connection
                app = s.get(Application, app_id)
                assert app is not None
                start.wait(timeout=10)
                outcomes[app_id] = handle_scheduling_reply(
                    s, app, "Je prends le 1, merci !", SETTINGS, now=NOW + timedelta(hours=1)
                )
        except BaseException as exc:  # reported below: a thread's failure must fail the test
            errors.append(exc)

    threads = [threading.Thread(target=answer, args=(i,)) for i in app_ids]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert not errors, errors
    assert sorted(o.kind for o in outcomes.values()) == ["booked", "slot_taken"]
    with store.session() as s:
        booked = list(s.scalars(select(Interview).where(Interview.slot_id == slot_id)))
        assert len(booked) == 1
        winner = booked[0].application_id
        loser = next(i for i in app_ids if i != winner)
        assert outcomes[winner].kind == "booked" and outcomes[loser].kind == "slot_taken"
        fresh = latest_proposals(s, loser)
        assert len(fresh) == 3 and slot_id not in {p.slot_id for p in fresh}
        draft = s.get(OutgoingMessage, outcomes[loser].outgoing_id)
        assert draft is not None and draft.template == "interview_proposal" and draft.status == "draft"
        assert "vient d'être réservé par une autre personne" in draft.text_body
        confirmation = s.get(OutgoingMessage, outcomes[winner].outgoing_id)
        assert confirmation is not None and confirmation.template == "interview_confirmation"


def test_two_processes_booking_the_same_slot_leave_exactly_one_interview(store: Store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import subprocess
    import sys

    with store.session() as s:
        apps = [make_application(s), make_application(s)]
        slot_id = shared_slot(s, *apps).id
        ids = [a.id for a in apps]
    script = (
        "import sys, time; from datetime import datetime, UTC;"
        "from intake.store.db import open_store; from intake.store.models import Application;"
        "from intake.scheduling.booking import book, SlotTaken;"
        "store = open_store(sys.argv[1]); go = float(sys.argv[3]);"
        "time.sleep(max(0, go - time.time()));"
        "s = store.sessions(); s.begin();"
        "app = s.get(Application, int(sys.argv[2]));\n"
        "try:\n book(s, app, 1, now=datetime(2026, 11, 26, 9, 0, tzinfo=UTC)); s.commit(); print('booked')\n"
        "except SlotTaken:\n s.rollback(); print('taken')\n"
    )
    import time

    go = time.time() + 2.0
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", script, store.url, str(i), str(go)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for i in ids
    ]
    results = [p.communicate(timeout=60) for p in procs]
    assert sorted(out.strip() for out, _ in results) == ["booked", "taken"], results
    with store.session() as s:
        assert s.scalar(select(func.count()).where(Interview.slot_id == slot_id)) == 1


def test_i_cannot_come_frees_the_slot_and_drafts_a_new_proposal_with_a_calendar_cancellation(
    store: Store,
) -> None:
    with store.session() as s:
        app = make_application(s)
        proposals = propose_slots(s, app, SETTINGS, now=NOW)
        booked = handle_scheduling_reply(s, app, "le 1", SETTINGS, now=NOW)
        assert booked.kind == "booked"
        old_slot = proposals[0].slot_id
    later = NOW + timedelta(hours=3)
    with store.session() as s:
        case = s.get(Application, app.id)
        assert case is not None
        outcome = handle_scheduling_reply(
            s, case, "Bonjour, je ne pourrai pas venir, désolée.", SETTINGS, now=later
        )
        assert outcome.kind == "cancelled"
        interview = s.get(Interview, booked.interview_id)
        assert interview is not None and interview.status == "cancelled" and interview.slot_id is None
        assert case.status == "interview_proposed"
        fresh = latest_proposals(s, case.id)
        assert len(fresh) == 3 and old_slot not in {p.slot_id for p in fresh}
        draft = s.get(OutgoingMessage, outcome.outgoing_id)
        assert draft is not None and draft.template == "interview_proposal"
        assert (
            "vous ne pourrez pas venir le mardi 1er décembre 2026 à 10 h : votre rendez-vous est annulé"
            in " ".join(draft.text_body.split())
        )
        assert [a.method for a in attachments_of(s, draft.id)] == ["CANCEL"]
        # The freed slot can now be booked by another applicant.
        other = make_application(s)
        assert old_slot in {p.slot_id for p in propose_slots(s, other, SETTINGS, now=later)}


def test_can_we_move_it_reschedules_and_the_earlier_confirmation_draft_is_set_aside(store: Store) -> None:
    with store.session() as s:
        app = make_application(s, language="en")
        propose_slots(s, app, SETTINGS, now=NOW)
        first = handle_scheduling_reply(s, app, "Number 3 please", SETTINGS, now=NOW)
        outcome = handle_scheduling_reply(s, app, "Could we reschedule?", SETTINGS, now=NOW)
        assert outcome.kind == "rescheduled"
        old = s.get(OutgoingMessage, first.outgoing_id)
        new = s.get(OutgoingMessage, outcome.outgoing_id)
        assert old is not None and old.status == "discarded"
        assert new is not None and "Of course, we can move your interview planned for" in new.text_body


def test_none_suits_me_drafts_a_reply_quoting_the_applicant_with_fresh_slots_they_asked_for(
    store: Store,
) -> None:
    with store.session() as s:
        app = make_application(s)
        first = propose_slots(s, app, SETTINGS, now=NOW)
        words = "Aucun ne me convient, je suis dispo jeudi matin"
        outcome = handle_scheduling_reply(s, app, words, SETTINGS, now=NOW)
        assert outcome.kind == "ask_coordinator"
        draft = s.get(OutgoingMessage, outcome.outgoing_id)
        assert draft is not None and draft.template == "interview_ask_coordinator" and draft.status == "draft"
        assert f"« {words} »" in draft.text_body
        fresh = latest_proposals(s, app.id)
        assert not {p.slot_id for p in first} & {p.slot_id for p in fresh}
        local = [t.astimezone(PARIS) for t in starts_of(s, fresh)]
        # Both Thursdays within the horizon come first; the third slot is the earliest other day.
        assert [(t.day, t.weekday() == 3 and t.hour < 12) for t in local] == [
            (1, False),
            (3, True),
            (10, True),
        ]
        assert all(p.outgoing_id == draft.id for p in fresh)


def test_a_confirmation_is_a_draft_with_the_invitation_attached(store: Store) -> None:
    with store.session() as s:
        app = make_application(s)
        propose_slots(s, app, SETTINGS, now=NOW)
        outcome = handle_scheduling_reply(s, app, "Je prends le 2.", SETTINGS, now=NOW)
        draft = s.get(OutgoingMessage, outcome.outgoing_id)
        assert draft is not None and draft.status == "draft" and not draft.automatic
        assert "est confirmé" in draft.text_body and draft.subject.endswith(f"[{app.case_token}]")
        [ics] = attachments_of(s, draft.id)
        assert ics.content_type == "text/calendar" and b"BEGIN:VEVENT" in ics.content


def test_two_proposals_drafted_at_the_same_moment_never_hold_the_same_slot(store: Store) -> None:
    with store.session() as s:
        app_ids = [make_application(s).id for _ in range(4)]
    start = threading.Barrier(len(app_ids))
    held: dict[int, set[int]] = {}
    errors: list[BaseException] = []

    def propose(app_id: int) -> None:
        try:
            with store.session() as s:
                app = s.get(Application, app_id)
                assert app is not None
                start.wait(timeout=10)
                held[app_id] = {p.slot_id for p in propose_slots(s, app, SETTINGS, now=NOW)}
        except BaseException as exc:  # reported below: a thread's failure must fail the test
            errors.append(exc)

    threads = [threading.Thread(target=propose, args=(i,)) for i in app_ids]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert not errors, errors
    assert all(len(slots) == 3 for slots in held.values())
    every = [slot for slots in held.values() for slot in slots]
    assert len(every) == len(set(every)) == 12
    with store.session() as s:
        holders = dict(s.execute(select(InterviewSlot.id, InterviewSlot.held_for_application_id)).all())
        assert all(holders[slot] == app_id for app_id, slots in held.items() for slot in slots)


def test_a_reply_to_an_earlier_proposal_email_is_read_against_that_emails_numbers(store: Store) -> None:
    with store.session() as s:
        app = make_application(s)
        first_email = draft_proposal(s, app, SETTINGS, now=NOW)
        first = {p.position: p.slot_id for p in latest_proposals(s, app.id)}
        second_email = draft_proposal(s, app, SETTINGS, now=NOW + timedelta(minutes=5))
        assert first_email.message_id != second_email.message_id
        reply = Message(
            dedupe_key="mid:<r@example.org>",
            raw_sha256=put_blob(s, b"le 2"),
            source="test",
            message_id="<r@example.org>",
            in_reply_to=first_email.message_id,
        )
        s.add(reply)
        s.flush()
        outcome = handle_scheduling_reply(
            s, app, "le 2", SETTINGS, now=NOW + timedelta(hours=1), reply_to=reply
        )
        interview = s.get(Interview, outcome.interview_id)
        assert outcome.kind == "booked" and interview is not None and interview.slot_id == first[2]


def test_thanks_see_you_thursday_after_booking_drafts_nothing_new(store: Store) -> None:
    with store.session() as s:
        app = make_application(s)
        propose_slots(s, app, SETTINGS, now=NOW)
        booked = handle_scheduling_reply(s, app, "Le 2 (jeudi)", SETTINGS, now=NOW)
        again = handle_scheduling_reply(s, app, "Merci beaucoup, à jeudi !", SETTINGS, now=NOW)
        assert (booked.kind, again.kind) == ("booked", "already_booked")
        assert again.interview_id == booked.interview_id and again.outgoing_id is None
        drafts = list(s.scalars(select(OutgoingMessage).where(OutgoingMessage.status == "draft")))
        assert [d.id for d in drafts] == [booked.outgoing_id]


def test_an_unclear_reply_once_booked_only_flags_the_case_for_the_coordinator(store: Store) -> None:
    with store.session() as s:
        app = make_application(s)
        propose_slots(s, app, SETTINGS, now=NOW)
        booked = handle_scheduling_reply(s, app, "le 1", SETTINGS, now=NOW)
        outcome = handle_scheduling_reply(s, app, "Faut-il apporter mes diplômes ?", SETTINGS, now=NOW)
        assert outcome.kind == "flagged" and outcome.outgoing_id is None
        flag = s.scalars(select(AuditEntry).where(AuditEntry.action == "flag")).one()
        assert "Faut-il apporter mes diplômes ?" in flag.details["message"]
        interview = s.get(Interview, booked.interview_id)
        assert interview is not None and interview.status == "booked"


def test_changing_ones_mind_to_another_offered_slot_moves_the_interview_and_cancels_the_old_entry(
    store: Store,
) -> None:
    with store.session() as s:
        app = make_application(s)
        proposals = propose_slots(s, app, SETTINGS, now=NOW)
        first = handle_scheduling_reply(s, app, "le 1", SETTINGS, now=NOW)
        moved = handle_scheduling_reply(s, app, "Finalement je préfère le 3", SETTINGS, now=NOW)
        assert (first.kind, moved.kind) == ("booked", "booked")
        old = s.get(Interview, first.interview_id)
        new = s.get(Interview, moved.interview_id)
        assert old is not None and (old.status, old.slot_id) == ("cancelled", None)
        assert new is not None and new.slot_id == proposals[2].slot_id
        assert moved.outgoing_id is not None
        methods = sorted(a.method for a in attachments_of(s, moved.outgoing_id))
        assert methods == ["CANCEL", "REQUEST"]
