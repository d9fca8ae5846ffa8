"""`person erase` on the IMAP setup reaches every copy: the store, the data directory and every folder of a
real Dovecot (inbox, processed, quarantine, Sent), whatever the transfer encoding that hides the person."""

from __future__ import annotations

import base64
import quopri
from datetime import timedelta
from pathlib import Path

import pytest
from authres import authenticated, trust_test_mx
from dovecot import Dovecot
from scheduling_helpers import utc
from smtp_server import SmtpServer, running_smtp
from sqlalchemy import select

from intake.approval import approve_draft
from intake.clock import frozen_at
from intake.config import Settings, load_settings
from intake.outbox import send_approved
from intake.pipeline import poll
from intake.privacy import erase_person, export_person
from intake.sources.imap import ImapSource
from intake.store.db import Store, open_store
from intake.store.models import OutgoingMessage

NOW = utc(2026, 11, 26, 8, 0)
NAME, ADDRESS, PHONE = "Camille Lefèvre", "camille.lefevre@example.org", "06 12 34 56 78"
APPLICATION = (
    "Bonjour,\n\nJe suis titulaire d'une licence de sociologie, obtenue en juin 2025. Je recherche "
    "activement un emploi dans l'économie sociale et solidaire. Mon téléphone : 06 12 34 56 78.\n\n"
    "Bien cordialement,\nCamille Lefèvre"
)
MENTION = f"Pour information, {NAME} ({ADDRESS}, {PHONE}) a participé à notre atelier.\n"


def message(
    sender: str, subject: str, body: bytes, encoding: str, *, message_id: str, reply_to: str = ""
) -> bytes:
    threading = f"In-Reply-To: {reply_to}\r\nReferences: {reply_to}\r\n" if reply_to else ""
    return (
        f"From: {sender}\r\nTo: propulse@animafac.net\r\nSubject: {subject}\r\nMessage-ID: {message_id}\r\n"
        f"{threading}MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
        f"Content-Transfer-Encoding: {encoding}\r\n\r\n"
    ).encode() + body


def b64(text: str) -> bytes:
    return base64.encodebytes(text.encode())


def settings_for(dovecot: Dovecot, smtp: SmtpServer, directory: Path) -> Settings:
    path = directory / "propulse.toml"
    path.write_text(
        '[store]\ndata_dir = "data"\n' + dovecot.toml() + smtp.toml() + '[outbox]\ntransport = "smtp"\n',
        encoding="utf-8",
    )
    return trust_test_mx(load_settings(path))


def poll_once(store: Store, settings: Settings) -> None:
    source = ImapSource(settings.inbox.imap, settings.imap_password())
    try:
        poll(source, store, settings=settings, today=NOW.date())
    finally:
        source.close()


def approve_and_send_all(store: Store, settings: Settings, *, now: object) -> None:
    with store.session() as s:
        ids = list(s.scalars(select(OutgoingMessage.id).where(OutgoingMessage.status == "draft")))
        for outgoing_id in ids:
            approve_draft(s, outgoing_id, actor="coordinatrice", settings=settings)
    send_approved(store, settings, now=now)  # type: ignore[arg-type]


def traces_in_files(directory: Path) -> list[str]:
    needles = [t.encode() for t in (NAME, "Lefèvre", ADDRESS, PHONE, "0612345678")]
    return sorted(
        f"{p.relative_to(directory)}: {n.decode()}"
        for p in directory.rglob("*")
        if p.is_file()
        for n in needles
        if n in p.read_bytes()
    )


def traces_in_imap(dovecot: Dovecot) -> list[str]:
    found = []
    with dovecot.client() as client:
        for flags, _delimiter, folder in client.list_folders():
            if b"\\Noselect" in flags:
                continue
            client.select_folder(folder, readonly=True)
            for needle in ("Lefèvre", ADDRESS, PHONE):
                uids = client.search(["TEXT", needle], charset="UTF-8")
                found += [f"{folder}: {needle} (UID {u})" for u in uids]
            for uid, data in client.fetch(client.search("ALL"), ["BODY.PEEK[]"]).items():
                raw = data[b"BODY[]"]
                if ADDRESS.encode() in raw or b"Lef" in raw:
                    found.append(f"{folder}: raw UID {uid}")
    return found


@pytest.mark.dovecot
def test_after_person_erase_nothing_in_the_data_dir_the_store_or_any_imap_folder_names_the_person(
    dovecot: Dovecot, imap_env: dict[str, str], tmp_path: Path
) -> None:
    with running_smtp() as smtp:
        settings = settings_for(dovecot, smtp, tmp_path)
        store = open_store(settings.database_url, migrate=True)
        with dovecot.client() as client:
            client.append(
                "INBOX",
                message(
                    f"{NAME} <{ADDRESS}>",
                    "Candidature",
                    APPLICATION.encode(),
                    "8bit",
                    message_id="<c1@example.org>",
                ),
            )
            client.append(
                "INBOX",
                message(
                    "Atelier <atelier@asso.example>",
                    "Compte rendu d'atelier",
                    b64(MENTION),
                    "base64",
                    message_id="<p1@asso.example>",
                ),
            )
            client.append(
                "INBOX",
                message(
                    "Atelier <atelier@asso.example>",
                    "Suite de l'atelier",
                    quopri.encodestring(MENTION.encode()),
                    "quoted-printable",
                    message_id="<p2@asso.example>",
                ),
            )
        with frozen_at(NOW):
            poll_once(store, settings)
            approve_and_send_all(store, settings, now=NOW)
        [proposal] = smtp.received
        later = NOW + timedelta(hours=2)
        with dovecot.client() as client:
            client.append(
                "INBOX",
                authenticated(
                    message(
                        f"{NAME} <{ADDRESS}>",
                        f"Re: {proposal.message['Subject']}",
                        b"Je prends le 2, merci.\r\n",
                        "8bit",
                        message_id="<c2@example.org>",
                        reply_to=proposal.message["Message-ID"],
                    )
                ),
            )
        with frozen_at(later):
            poll_once(store, settings)
            approve_and_send_all(store, settings, now=later)
        assert any(p.get_content_type() == "text/calendar" for p in smtp.received[-1].message.walk())
        assert traces_in_imap(dovecot), "the search does see the person before erasure"
        export = export_person_to(store, tmp_path / "export")
        assert list((export / "invitations").glob("*.ics")), "the export holds the .ics"
        assert len(list((export / "messages").glob("*.eml"))) == 4, "with both partner messages"

        result = erase_person(store, ADDRESS, settings=settings, actor="coordinatrice")
        store.dispose()
    assert result.outside_files > 0
    assert traces_in_files(tmp_path / "data") == []
    assert traces_in_imap(dovecot) == []


def export_person_to(store: Store, directory: Path) -> Path:
    directory.mkdir(mode=0o700)
    with store.session() as s:
        return export_person(s, ADDRESS, directory)
