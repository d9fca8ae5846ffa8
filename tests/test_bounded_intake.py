"""One message can no longer stall intake: too large to read, too slow to read, or a zip that inflates."""

from __future__ import annotations

import base64
import io
import mailbox
import os
import shutil
import subprocess
import sys
import time
import zipfile
from datetime import date
from pathlib import Path

import pytest
from conftest import run_cli, write_config
from dovecot import Dovecot
from sqlalchemy import select

from intake.config import load_settings
from intake.documents.limits import BudgetExceeded, ExtractionLimits
from intake.documents.sniff import sniff_kind
from intake.documents.worker import run_documents
from intake.extract import extract_files
from intake.pipeline import RECORD_STEPS, poll
from intake.sources.imap import ImapSource
from intake.sources.maildir import MaildirSource
from intake.store.db import Store, open_store
from intake.store.models import Message

APPLICATION = (
    b"From: Jeanne Moulin <jeanne.moulin@example.org>\r\nTo: propulse@animafac.net\r\n"
    b"Subject: Candidature\r\nMessage-ID: <behind@example.org>\r\n"
    b"Content-Type: text/plain; charset=utf-8\r\n\r\n"
    b"Bonjour, je suis titulaire d'une licence obtenue en juin 2025.\r\n"
)


def write_huge_message(path: Path, megabytes: int) -> None:
    line = base64.encodebytes(os.urandom(57 * 1000))  # 1000 lines of 76 characters
    with path.open("wb") as f:
        f.write(
            b"From: Quelqu'un <big@example.org>\r\nTo: propulse@animafac.net\r\nSubject: Enorme\r\n"
            b"Message-ID: <huge@example.org>\r\nMIME-Version: 1.0\r\n"
            b'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\n'
            b"Content-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        )
        while f.tell() < megabytes * 1024 * 1024:
            f.write(line)
        f.write(b"\r\n--b--\r\n")


def deliver_file(maildir: Path, source: Path, name: str) -> None:
    (maildir / "new").mkdir(parents=True, exist_ok=True)
    shutil.move(str(source), maildir / "new" / name)


@pytest.mark.skipif(shutil.which("prlimit") is None, reason="prlimit (util-linux) is needed")
def test_a_150_mb_message_under_a_1_gb_limit_is_quarantined_and_the_next_one_recorded(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    config = write_config(tmp_path, f'[inbox]\nsource = "maildir"\n[inbox.maildir]\npath = "{inbox}"\n')
    assert run_cli("--config", str(config), "init").returncode == 0
    huge = tmp_path / "huge.eml"
    write_huge_message(huge, 150)
    deliver_file(inbox, huge, "1700000000.M1P1Q1.test")
    (inbox / "new" / "1700000001.M1P1Q2.test").write_bytes(APPLICATION)
    env = {**os.environ, "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1"}
    done = subprocess.run(
        [
            "prlimit",
            f"--as={1024**3}",
            sys.executable,
            "-m",
            "intake.cli",
            "--config",
            str(config),
            "poll",
            "--once",
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    store = open_store(f"sqlite:///{tmp_path / 'data' / 'propulse.sqlite3'}")
    try:
        with store.session() as s:
            rows = {m.message_id: (m.status, m.error) for m in s.scalars(select(Message))}
    finally:
        store.dispose()
    status, error = rows["<huge@example.org>"]
    assert status == "quarantined" and error is not None and "trop volumineux" in error
    assert rows["<behind@example.org>"][0] == "processed"
    quarantined = mailbox.Maildir(inbox, create=False).get_folder("quarantine")
    [kept] = list(quarantined.keys())
    assert quarantined.get_file(kept).read(200).startswith(b"From: Quelqu'un"), "the message itself is kept"
    assert len(list(mailbox.Maildir(inbox, create=False).keys())) == 0


def test_a_maildir_without_cur_does_not_stop_the_poll(tmp_path: Path, store: Store) -> None:
    inbox = tmp_path / "inbox"
    (inbox / "new").mkdir(parents=True)
    (inbox / "new" / "1700000001.M1P1Q2.test").write_bytes(APPLICATION)
    source = MaildirSource(inbox, processed_folder="processed", quarantine_folder="quarantine")
    assert poll(source, store, steps=RECORD_STEPS).new == 1


def test_documents_past_the_message_budget_quarantine_the_message_with_the_reason() -> None:
    limits = ExtractionLimits(deadline=time.monotonic() - 1)
    with pytest.raises(BudgetExceeded, match="budget de temps du message dépassé"):
        run_documents([("cv.txt", "text/plain", b"Bonjour")], limits, None)


def test_each_file_of_an_extract_batch_is_read_on_its_own_time_budget(tmp_path: Path) -> None:
    cv = (
        b"From: Jeanne Moulin <jeanne.moulin@example.org>\r\nTo: propulse@animafac.net\r\n"
        b"Subject: Candidature\r\nMessage-ID: <late@example.org>\r\nMIME-Version: 1.0\r\n"
        b"Content-Type: multipart/mixed; boundary=b\r\n\r\n"
        b"--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nBonjour, ci-joint mon CV.\r\n"
        b"--b\r\nContent-Type: text/plain; charset=utf-8\r\n"
        b"Content-Disposition: attachment; filename=cv.txt\r\n\r\n"
        b"Jeanne Moulin\r\nLicence obtenue en juin 2025\r\n--b--\r\n"
    )
    path = tmp_path / "late.eml"
    path.write_bytes(cv)
    # The batch's clock started a minute ago: a message read now still has its own 30 seconds.
    limits = ExtractionLimits(deadline=time.monotonic() - 60, message_seconds=30)
    [result] = extract_files([str(path)], today=date(2026, 11, 26), workers=1, limits=limits)
    assert "error" not in result
    assert result["kind"] == "application"


def test_the_format_sniffer_never_inflates_a_huge_mimetype_member() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("mimetype", b"a" * (200 * 1024 * 1024))  # 200 MB of one letter: ~200 KB compressed
    payload = buffer.getvalue()
    assert sniff_kind("cv.odt", "application/octet-stream", payload) == "other:zip suspect"


@pytest.mark.dovecot
def test_an_imap_message_over_the_limit_is_not_downloaded_but_quarantined_whole_and_the_next_recorded(
    dovecot: Dovecot, store: Store, imap_env: dict[str, str]
) -> None:
    big = APPLICATION.replace(b"<behind@example.org>", b"<big@example.org>") + b"x" * (3 * 1024 * 1024)
    with dovecot.client() as client:
        client.append("INBOX", big)
        client.append("INBOX", APPLICATION)
    path = Path(dovecot.root) / "propulse.toml"
    path.write_text(dovecot.toml() + "[extraction]\nmax_message_mb = 1.0\n")
    settings = load_settings(path)
    source = ImapSource(settings.inbox.imap, settings.imap_password(), max_message_bytes=1024 * 1024)
    try:
        summary = poll(source, store, steps=RECORD_STEPS, settings=settings)
    finally:
        source.close()
    assert (summary.new, summary.quarantined) == (1, 1)
    with store.session() as s:
        rows = {m.message_id: (m.status, m.error or "") for m in s.scalars(select(Message))}
    assert rows["<big@example.org>"][0] == "quarantined" and "trop volumineux" in rows["<big@example.org>"][1]
    with dovecot.client() as client:
        [quarantine] = [name for _f, _d, name in client.list_folders() if name.endswith("Quarantaine")]
        client.select_folder(quarantine, readonly=True)
        [uid] = client.search("ALL")
        size = client.fetch([uid], ["RFC822.SIZE"])[uid][b"RFC822.SIZE"]
    assert size > 3 * 1024 * 1024, "the whole message is kept in the quarantine folder"
