"""Local intake: the Maildir inbox, one-off imports, the demo, and the CLI around them."""

from __future__ import annotations

import mailbox
from email.message import EmailMessage
from pathlib import Path

import pytest
from conftest import run_cli, write_config
from sqlalchemy import select

from intake.lifecycle import TRANSITIONS, TransitionRefused, check_move
from intake.pipeline import RECORD_STEPS, Ingest, ingest, poll
from intake.sources.maildir import MaildirSource
from intake.store.db import Store
from intake.store.models import Message

pytestmark = pytest.mark.both_stores


def letter(number: int, *, message_id: bool = True) -> bytes:
    msg = EmailMessage()
    msg["From"] = f"Personne {number} <personne{number}@example.org>"
    msg["Subject"] = f"Lettre {number}"
    if message_id:
        msg["Message-ID"] = f"<lettre-{number}@example.org>"
    msg.set_content(f"Bonjour n°{number}")
    return msg.as_bytes()


def test_the_same_message_ingested_twice_gives_one_record(store: Store) -> None:
    first = ingest(store, letter(1), source="test", steps=RECORD_STEPS)
    second = ingest(store, letter(1), source="test", steps=RECORD_STEPS)
    assert (first.status, second.status) == ("new", "duplicate")
    assert first.message_pk == second.message_pk


def test_a_message_without_message_id_is_deduplicated_by_its_content(store: Store) -> None:
    raw = letter(2, message_id=False)
    assert ingest(store, raw, source="test", steps=RECORD_STEPS).status == "new"
    assert ingest(store, raw, source="test", steps=RECORD_STEPS).status == "duplicate"
    assert ingest(store, letter(3, message_id=False), source="test", steps=RECORD_STEPS).status == "new"


def test_the_raw_bytes_are_kept_exactly(store: Store) -> None:
    from intake.store.db import get_blob

    raw = letter(4)
    pk = ingest(store, raw, source="test", steps=RECORD_STEPS).message_pk
    with store.session() as session:
        message = session.get(Message, pk)
        assert message is not None
        assert get_blob(session, message.raw_sha256) == raw


def fail_always(ctx: Ingest) -> None:
    raise RuntimeError("panne simulée")


@pytest.mark.provokes_internal_error
def test_a_failing_maildir_message_goes_to_the_quarantine_folder_with_its_reason(
    tmp_path: Path, store: Store
) -> None:
    box = mailbox.Maildir(tmp_path / "inbox", create=True)
    box.add(letter(5))
    source = MaildirSource(tmp_path / "inbox", processed_folder="processed", quarantine_folder="quarantine")
    summary = poll(source, store, steps=(*RECORD_STEPS, fail_always))
    assert summary.quarantined == 1
    assert len(box) == 0
    assert source.folder_count("quarantine") == 1
    assert source.folder_count("processed") == 0
    with store.session() as session:
        message = session.scalars(select(Message)).one()
        assert message.status == "quarantined"
        assert message.error == "erreur interne (RuntimeError: panne simulée)"


def test_an_unreadable_message_is_quarantined_with_a_human_reason(store: Store) -> None:
    outcome = ingest(store, b"", source="test", steps=RECORD_STEPS)
    assert outcome.status == "quarantined"
    assert outcome.reason and "Traceback" not in outcome.reason


def test_import_of_an_mbox_records_every_message_and_prints_a_summary(tmp_path: Path, store_url: str) -> None:
    mbox_path = tmp_path / "backlog.mbox"
    box = mailbox.mbox(mbox_path)
    for n in range(5):
        box.add(letter(10 + n))
    box.close()
    config = write_config(tmp_path, store_url=store_url)
    assert run_cli("--config", str(config), "init").returncode == 0
    result = run_cli("--config", str(config), "import", str(mbox_path))
    assert result.returncode == 0, result.stderr
    assert "5 nouveau(x), 0 déjà connu(s), 0 en quarantaine" in result.stdout
    assert "5/5" in result.stderr, "a progress bar is drawn"
    listing = run_cli("--config", str(config), "messages")
    assert "Lettre 14" in listing.stdout and "5 affiché(s) sur 5" in listing.stdout


def test_import_of_a_directory_of_eml_files_skips_what_is_already_there(
    tmp_path: Path, store_url: str
) -> None:
    folder = tmp_path / "export"
    folder.mkdir()
    for n in range(3):
        (folder / f"{n}.eml").write_bytes(letter(20 + n))
    config = write_config(tmp_path, store_url=store_url)
    run_cli("--config", str(config), "init")
    run_cli("--config", str(config), "import", str(folder / "0.eml"))
    result = run_cli("--config", str(config), "import", str(folder))
    assert "2 nouveau(x), 1 déjà connu(s)" in result.stdout


def test_import_of_a_missing_path_is_a_usage_error(tmp_path: Path) -> None:
    config = write_config(tmp_path)
    run_cli("--config", str(config), "init")
    result = run_cli("--config", str(config), "import", str(tmp_path / "nowhere.mbox"))
    assert result.returncode == 2
    assert "introuvable" in result.stderr


def test_a_command_on_a_store_never_initialised_says_to_run_init(tmp_path: Path) -> None:
    result = run_cli("--config", str(write_config(tmp_path)), "messages")
    assert result.returncode == 1
    assert "propulse init" in result.stderr


def test_the_demo_fills_a_local_inbox_and_prints_what_it_ingested(tmp_path: Path) -> None:
    result = run_cli("demo", "--once", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "20 nouveau(x)" in result.stdout
    assert "Camille Lefèvre" in result.stdout and "Undelivered Mail Returned to Sender" in result.stdout
    assert (tmp_path / "var" / "propulse.sqlite3").exists()
    again = run_cli("demo", "--once", cwd=tmp_path)
    assert "0 nouveau(x), 20 déjà connu(s)" in again.stdout


def test_every_command_has_help() -> None:
    for command in ("init", "poll", "import", "messages", "reprocess", "demo", "extract"):
        result = run_cli(command, "--help")
        assert result.returncode == 0 and "Usage" in result.stdout, command


def test_the_lifecycle_allows_only_the_declared_transitions() -> None:
    assert check_move("received", "assessed") == "assessed"
    with pytest.raises(TransitionRefused, match="interdit"):
        check_move("received", "admitted")
    for state, targets in TRANSITIONS.items():
        assert targets <= set(TRANSITIONS), f"{state} leads to an undeclared state"
