"""The smaller points of issue 18, each checked: the calendar part's charset, times labelled in the
commands, commands that never connect do not ask for the IMAP password, `demo --once` says what to do
next, one navigation bar, and the queue telling one kind of draft from another."""

from __future__ import annotations

import os
from email import message_from_bytes
from email.policy import default
from pathlib import Path

from conftest import run_cli, write_config
from live import logged_in_client, serve_web, web_settings
from seed import seed_case

from intake.outbox.message import build_email
from intake.scheduling.invitation import StoredAttachment, add_attachments
from intake.store.db import Store


def test_the_ics_part_says_it_is_utf_8() -> None:
    from email.message import EmailMessage

    email = EmailMessage()
    email.set_content("Bonjour")
    ics = "BEGIN:VCALENDAR\r\nLOCATION:Animafac, 3 rue Récamier\r\nEND:VCALENDAR\r\n".encode()
    add_attachments(email, [StoredAttachment("entretien-propulse.ics", "text/calendar", ics, "REQUEST")])
    reparsed = message_from_bytes(email.as_bytes(), policy=default)
    [part] = [p for p in reparsed.walk() if p.get_content_type() == "text/calendar"]
    assert part.get_content_charset() == "utf-8"
    assert part.get_param("method") == "REQUEST"
    assert "Récamier" in part.get_content()


def imap_config(tmp_path: Path) -> Path:
    """An IMAP inbox whose password is nowhere: only commands that connect may ask for it."""
    return write_config(
        tmp_path, '[inbox]\nsource = "imap"\n[inbox.imap]\npassword_env = "NO_SUCH_PASSWORD_VAR"\n'
    )


def test_status_and_drafts_do_not_ask_for_the_imap_password_they_never_use(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "NO_SUCH_PASSWORD_VAR"}
    assert run_cli("--config", str(write_config(tmp_path)), "init", env=env).returncode == 0
    config = str(imap_config(tmp_path))  # the same store, now read from an IMAP inbox
    status = run_cli("--config", config, "status", env=env)
    drafts = run_cli("--config", config, "drafts", "list", env=env)
    poll = run_cli("--config", config, "poll", "--once", env=env)
    assert status.returncode == 0, status.stderr
    assert drafts.returncode == 0, drafts.stderr
    assert poll.returncode == 2 and "NO_SUCH_PASSWORD_VAR" in poll.stderr


def test_status_labels_its_times_as_local_time(tmp_path: Path) -> None:
    config = str(write_config(tmp_path))
    run_cli("--config", config, "init")
    status = run_cli("--config", config, "status")
    assert status.returncode == 0, status.stderr
    assert status.stdout.splitlines()[0] == "(heures : heure de Paris)"
    assert "UTC" not in status.stdout


def test_demo_once_says_what_to_do_next(tmp_path: Path) -> None:
    result = run_cli("demo", "--once", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "propulse drafts list" in result.stdout and "propulse demo" in result.stdout


def test_every_page_has_one_navigation_bar_with_interviews_and_messages(store: Store, tmp_path: Path) -> None:
    seed_case(store)
    with serve_web(web_settings(tmp_path / "data"), store) as web, logged_in_client(web) as client:
        pages = [
            client.get(path).text for path in ("/", "/promotions", "/rapport", "/messages", "/entretiens")
        ]
    for page in pages:
        assert page.count("<nav") == 1
        assert 'href="/entretiens"' in page and 'href="/messages"' in page


def test_the_queue_tells_what_kind_of_email_each_draft_is(store: Store, tmp_path: Path) -> None:
    seed_case(store)
    with serve_web(web_settings(tmp_path / "data"), store) as web, logged_in_client(web) as client:
        queue = client.get("/").text
    assert 'class="muted type-brouillon"' in queue


def test_automatic_mail_is_auto_generated_and_drafts_carry_no_auto_submitted(store: Store) -> None:
    from intake.config import Settings
    from intake.store.models import OutgoingMessage

    outgoing = OutgoingMessage(
        template="coaching_eve",
        to_addr="p@example.org",
        subject="Demain",
        text_body="Bonjour,\n",
        message_id="<r@animafac.net>",
        automatic=True,
    )
    assert build_email(outgoing, Settings())["Auto-Submitted"] == "auto-generated"
    outgoing.automatic = False
    assert build_email(outgoing, Settings())["Auto-Submitted"] is None


def test_the_privacy_paragraph_is_followed_by_a_blank_line_before_the_sign_off() -> None:
    from intake.replies.render import render_email

    for template, language, closing in (
        ("acknowledgement", "fr", "Bien cordialement,"),
        ("missing_information", "fr", "Bien cordialement,"),
        ("acknowledgement", "en", "Kind regards,"),
    ):
        context = {"first_name": "Léa", "case_token": "PP-000001", "retention_months": 24}
        text = render_email(template, context, language).text
        before = text[: text.index(closing)]
        assert before.endswith(".\n\n"), (template, language, before[-80:])
