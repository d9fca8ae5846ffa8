"""The approval queue's functions, on a real store: each decision changes the draft and is audited."""

from __future__ import annotations

import pytest
from seed import HOSTILE_NAME, seed_case
from sqlalchemy import select

from intake import approval
from intake.config import Settings
from intake.replies.decisions import DraftNotFound
from intake.store.db import Store
from intake.store.models import AuditEntry, CriterionOverride, OutgoingMessage


def audit_of(store: Store, action: str) -> list[AuditEntry]:
    with store.session() as s:
        return list(s.scalars(select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.id)))


def draft(store: Store, draft_id: int) -> OutgoingMessage:
    with store.session() as s:
        row = s.get(OutgoingMessage, draft_id)
        assert row is not None
        return row


def test_queue_lists_pending_drafts_oldest_first_with_name_and_verdict(store: Store) -> None:
    recent = seed_case(store, first_name="Inès", last_name="Durand", age_minutes=10)
    older = seed_case(store, first_name="Léa", last_name="Martin", age_minutes=90)
    decided = seed_case(store, age_minutes=200)
    with store.session() as s:
        approval.approve_draft(s, decided.draft_id, actor="coordination")

    with store.session() as s:
        items = approval.list_queue(s)

    assert [i.id for i in items] == [older.draft_id, recent.draft_id]
    assert items[0].applicant_name == "Léa Martin"
    assert items[0].case_token == older.case_token
    assert items[0].verdict == "to_verify"
    assert items[0].summary == (
        "Master économie sociale et solidaire · bac+5 · obtenu juin 2025 · en recherche d'emploi"
    )
    assert items[0].open_points == ("Recherche un emploi dans l'économie sociale et solidaire : à vérifier",)


def test_editing_a_draft_saves_subject_and_text_and_audits_what_changed(store: Store) -> None:
    case = seed_case(store)
    before = draft(store, case.draft_id)

    with store.session() as s:
        changed = approval.edit_draft(
            s,
            case.draft_id,
            subject=before.subject,
            text_body="Bonjour Léa,\n\nÀ bientôt <b>&</b> merci.\n",
            actor="coordination",
        )

    after = draft(store, case.draft_id)
    assert changed is True
    assert after.text_body == "Bonjour Léa,\n\nÀ bientôt <b>&</b> merci.\n"
    assert after.html_body == "<p>Bonjour Léa,</p>\n<p>À bientôt &lt;b&gt;&amp;&lt;/b&gt; merci.</p>\n"
    [entry] = audit_of(store, "draft_edited")
    assert entry.actor == "coordination"
    assert (entry.entity, entry.entity_id) == ("outgoing_message", case.draft_id)
    assert entry.details == {
        "before": {"text_body": before.text_body},
        "after": {"text_body": "Bonjour Léa,\n\nÀ bientôt <b>&</b> merci.\n"},
    }


def test_an_edit_that_changes_nothing_writes_no_audit_entry(store: Store) -> None:
    case = seed_case(store)
    current = draft(store, case.draft_id)
    with store.session() as s:
        changed = approval.edit_draft(
            s, case.draft_id, subject=current.subject, text_body=current.text_body, actor="coordination"
        )
    assert changed is False
    assert audit_of(store, "draft_edited") == []


def test_a_subject_cannot_carry_a_line_break_into_the_headers(store: Store) -> None:
    case = seed_case(store)
    with store.session() as s:
        approval.edit_draft(
            s,
            case.draft_id,
            subject="Votre candidature\r\nBcc: x@example.org",
            text_body="Bonjour\n",
            actor="c",
        )
    assert draft(store, case.draft_id).subject == "Votre candidature Bcc: x@example.org"


def test_an_empty_subject_is_refused_with_a_french_message(store: Store) -> None:
    case = seed_case(store)
    with store.session() as s, pytest.raises(approval.InvalidEdit, match="objet ne peut pas être vide"):
        approval.edit_draft(s, case.draft_id, subject="  ", text_body="Bonjour\n", actor="coordination")


def test_approving_marks_the_draft_approved_by_whom_and_when_and_audits_it(store: Store) -> None:
    case = seed_case(store)
    with store.session() as s:
        approval.approve_draft(s, case.draft_id, actor="coordination")

    row = draft(store, case.draft_id)
    assert row.status == "approved"
    assert row.approved_by == "coordination"
    assert row.approved_at is not None
    [entry] = audit_of(store, "draft_approved")
    assert entry.actor == "coordination"
    assert entry.entity_id == case.draft_id
    assert entry.details == {"before": {"status": "draft"}, "after": {"status": "approved"}}


def test_approving_a_draft_twice_is_refused_and_audited_once(store: Store) -> None:
    case = seed_case(store)
    with store.session() as s:
        approval.approve_draft(s, case.draft_id, actor="coordination")
    refused = pytest.raises(approval.NotADraft, match=r"n'est plus un brouillon \(approuvé\)")
    with store.session() as s, refused:
        approval.approve_draft(s, case.draft_id, actor="coordination")
    assert len(audit_of(store, "draft_approved")) == 1


def test_a_discarded_draft_can_be_neither_approved_nor_edited(store: Store) -> None:
    case = seed_case(store)
    with store.session() as s:
        approval.discard_draft(s, case.draft_id, actor="coordination", reason="doublon")

    assert draft(store, case.draft_id).status == "discarded"
    [entry] = audit_of(store, "draft_discarded")
    assert entry.details["reason"] == "doublon"
    assert entry.details["after"] == {"status": "discarded"}
    with store.session() as s, pytest.raises(approval.NotADraft):
        approval.approve_draft(s, case.draft_id, actor="coordination")
    with store.session() as s, pytest.raises(approval.NotADraft):
        approval.edit_draft(s, case.draft_id, subject="Objet", text_body="Texte\n", actor="coordination")
    assert draft(store, case.draft_id).status == "discarded"


def test_an_unknown_draft_number_is_named_in_the_error(store: Store) -> None:
    with store.session() as s, pytest.raises(DraftNotFound, match="brouillon n° 999 introuvable"):
        approval.approve_draft(s, 999, actor="coordination")


def test_a_case_shows_the_extracted_details_and_each_criterion_with_its_evidence(store: Store) -> None:
    case = seed_case(store, first_name=HOSTILE_NAME)
    with store.session() as s:
        found = approval.get_case(s, case.draft_id)

    details = dict(found.details)
    assert details["Prénom"] == HOSTILE_NAME
    assert details["Diplôme"] == "Master économie sociale et solidaire"
    assert details["Niveau"] == "bac+5"
    assert details["Obtention"] == "juin 2025"
    assert details["Situation"] == "en recherche d'emploi"
    by_id = {c["id"]: c for c in found.criteria}
    assert by_id["degree_level"]["status"] == "met"
    assert "master en économie sociale" in str(by_id["degree_level"]["evidence"])
    assert found.verdict == "to_verify"


def test_overriding_a_criterion_records_it_audits_it_and_replaces_the_draft(store: Store) -> None:
    case = seed_case(store)
    with store.session() as s:
        new = approval.override_criterion(
            s,
            case.application_id,
            "job_seeking_ess",
            "met",
            reason="Cherche dans l'ESS, dit au téléphone",
            actor="coordination",
            settings=Settings(),
        )
        new_id = new.id

    assert new_id != case.draft_id
    assert draft(store, new_id).status == "draft"
    assert draft(store, case.draft_id).status == "discarded"
    with store.session() as s:
        [override] = s.scalars(select(CriterionOverride)).all()
        assert (override.criterion_id, override.status, override.by) == (
            "job_seeking_ess",
            "met",
            "coordination",
        )
        found = approval.get_case(s, new_id)
    by_id = {c["id"]: c for c in found.criteria}
    assert by_id["job_seeking_ess"]["status"] == "met"
    assert by_id["job_seeking_ess"]["overridden_by"] == "coordination"
    assert found.verdict == "eligible"
    [entry] = audit_of(store, "criterion_overridden")
    assert (entry.actor, entry.entity, entry.entity_id) == (
        "coordination",
        "application",
        case.application_id,
    )
    assert entry.details["before"] == {"status": "unknown", "verdict": "to_verify"}
    assert entry.details["after"] == {"status": "met", "verdict": "eligible"}
    assert entry.details["new_draft"] == new_id


@pytest.mark.parametrize(
    ("criterion", "status", "reason", "message"),
    [
        ("degree_level", "peut-être", "vu", "statut inconnu"),
        ("taille", "met", "vu", "critère inconnu"),
        ("degree_level", "met", "  ", "indiquez la raison"),
    ],
)
def test_an_override_with_bad_input_is_refused_and_leaves_no_trace(
    store: Store, criterion: str, status: str, reason: str, message: str
) -> None:
    case = seed_case(store)
    with store.session() as s, pytest.raises(approval.InvalidOverride, match=message):
        approval.override_criterion(
            s, case.application_id, criterion, status, reason=reason, actor="c", settings=Settings()
        )
    with store.session() as s:
        assert s.scalars(select(CriterionOverride)).all() == []
    assert draft(store, case.draft_id).status == "draft"


def test_the_outbox_list_shows_approved_and_failed_messages_but_not_sent_ones(store: Store) -> None:
    waiting, failed, sent = seed_case(store), seed_case(store, first_name="Inès"), seed_case(store)
    with store.session() as s:
        for case in (waiting, failed, sent):
            approval.approve_draft(s, case.draft_id, actor="coordination")
        failing = s.get(OutgoingMessage, failed.draft_id)
        delivered = s.get(OutgoingMessage, sent.draft_id)
        assert failing is not None and delivered is not None
        failing.status, failing.last_error = "failed", "550 boîte inconnue"
        delivered.status = "sent"

    with store.session() as s:
        items = {i.id: i for i in approval.list_outbox(s)}

    assert set(items) == {waiting.draft_id, failed.draft_id}
    assert items[failed.draft_id].last_error == "550 boîte inconnue"
    assert items[failed.draft_id].applicant_name == "Inès Martin"
    assert items[waiting.draft_id].approved_by == "coordination"


def test_an_edit_racing_an_approval_never_changes_the_approved_text(store: Store) -> None:
    case = seed_case(store)
    approved_text = draft(store, case.draft_id).text_body
    with store.session() as slow:
        seen = slow.get(OutgoingMessage, case.draft_id)
        assert seen is not None and seen.status == "draft"  # the editor's tab still shows a draft
        with store.session() as fast:
            approval.approve_draft(fast, case.draft_id, actor="camille")
        with pytest.raises(approval.NotADraft, match="approuvé"):
            approval.edit_draft(slow, case.draft_id, subject="Objet", text_body="Autre texte\n", actor="c")

    row = draft(store, case.draft_id)
    assert (row.status, row.text_body, row.approved_by) == ("approved", approved_text, "camille")
    assert audit_of(store, "draft_edited") == []


def test_the_coordinator_can_change_the_recipient_and_the_cc_and_both_are_audited(store: Store) -> None:
    case = seed_case(store)
    before = draft(store, case.draft_id)
    with store.session() as s:
        changed = approval.edit_draft(
            s,
            case.draft_id,
            subject=before.subject,
            text_body=before.text_body,
            actor="coordination",
            to_addr=" kevin.nguyen@example.org ",
            cc="julie.roux@example.org; parent@example.org",
        )
    after = draft(store, case.draft_id)
    assert changed is True
    assert after.to_addr == "kevin.nguyen@example.org"
    assert after.cc == "julie.roux@example.org, parent@example.org"
    [entry] = audit_of(store, "draft_edited")
    assert entry.details["before"] == {"to_addr": before.to_addr, "cc": None}
    assert entry.details["after"]["cc"] == "julie.roux@example.org, parent@example.org"


@pytest.mark.parametrize(
    ("to_addr", "cc"),
    [
        ("a@example.org, b@example.org", None),
        ("pas-une-adresse", None),
        ("lea@example.org", "Julie <julie@example.org>"),
        ("lea@example.org", "x@example.org\r\nBcc: y@example.org"),
    ],
)
def test_a_recipient_or_cc_that_is_not_plain_addresses_is_refused_in_french(
    store: Store, to_addr: str, cc: str | None
) -> None:
    case = seed_case(store)
    before = draft(store, case.draft_id)
    with store.session() as s, pytest.raises(approval.InvalidEdit, match="adresse"):
        approval.edit_draft(
            s,
            case.draft_id,
            subject=before.subject,
            text_body=before.text_body,
            actor="c",
            to_addr=to_addr,
            cc=cc,
        )
    assert draft(store, case.draft_id).to_addr == before.to_addr
