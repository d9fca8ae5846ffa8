"""One strict reading of the sender: the address comes from the raw From header, the display name is
decoded afterwards and, when it carries an address or a line break, is shown but never trusted."""

from __future__ import annotations

from datetime import date

from hypothesis import assume, example, given
from hypothesis import strategies as st
from scheduling_helpers import settings_with, utc
from sqlalchemy import select

from intake.clock import frozen_at
from intake.parsing import parse_message, read_sender
from intake.pipeline import ingest
from intake.store.db import Store
from intake.store.models import Application, Interview, Message, OutgoingMessage

TODAY = date(2026, 11, 26)
NOW = utc(2026, 11, 26, 8, 0)
CAMILLE = "camille.lefevre@example.org"
APPLICATION = (
    "Bonjour,\n\nJe suis titulaire d'une licence de sociologie, obtenue en juin 2025. Je recherche "
    "activement un emploi dans l'économie sociale et solidaire, dans une association d'éducation "
    "populaire.\n\nBien cordialement,\nCamille Lefèvre"
)


def raw_mail(from_header: str, subject: str, body: str, *, message_id: str, in_reply_to: str = "") -> bytes:
    """Bytes as an attacker writes them: the From header is not re-encoded by any library."""
    threading = f"In-Reply-To: {in_reply_to}\r\nReferences: {in_reply_to}\r\n" if in_reply_to else ""
    return (
        f"From: {from_header}\r\nTo: propulse@animafac.net\r\nSubject: {subject}\r\n"
        f"Message-ID: {message_id}\r\n{threading}MIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
        f"{body}\r\n"
    ).encode()


def test_an_address_hidden_in_an_encoded_display_name_is_not_the_sender() -> None:
    parsed = parse_message(
        raw_mail(
            "=?utf-8?q?camille.lefevre=40example.org?= <mallory@evil.example>",
            "Re",
            "le 2",
            message_id="<m@x>",
        )
    )
    assert parsed.from_addr == "mallory@evil.example"
    assert parsed.from_name == CAMILLE, "shown as written, so the coordinator sees the trick"
    assert parsed.from_name_suspect


def test_a_line_break_encoded_in_the_display_name_makes_it_suspect_and_keeps_the_real_address() -> None:
    sender = read_sender("=?utf-8?q?Camille=0D=0AReply-To=3A_mallory=40evil.example?= <camille@example.org>")
    assert sender.address == "camille@example.org"
    assert sender.suspect and "\n" not in sender.name and "\r" not in sender.name


def test_a_bare_address_as_display_name_before_another_address_names_the_angle_address() -> None:
    assert read_sender(f"{CAMILLE} <mallory@evil.example>").address == "mallory@evil.example"


def test_two_different_addresses_in_from_name_nobody() -> None:
    assert read_sender(f"{CAMILLE}, mallory@evil.example").address is None


def test_an_honest_encoded_name_is_decoded_and_trusted() -> None:
    sender = read_sender("=?utf-8?b?w4lsb8Ovc2UgTcO8bGxlcg==?= <eloise@example.fr>")
    assert (sender.name, sender.address, sender.suspect) == ("Éloïse Müller", "eloise@example.fr", False)


_local = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789._-", min_size=1, max_size=12).filter(
    lambda s: s[0] not in "._-"
)
_domain = st.sampled_from(["example.org", "evil.example", "exemple.fr"])
_addresses = st.builds(lambda a, b: f"{a}@{b}", _local, _domain)
_names = st.text(min_size=0, max_size=30)


@given(_names, _addresses, _addresses)
def test_whatever_the_encoded_display_name_the_address_is_the_angle_address(
    name: str, hidden: str, real: str
) -> None:
    from email.header import Header

    assume(hidden != real)
    for display in (
        Header(f"{name} {hidden}", "utf-8").encode(),
        Header(f"{name}\r\n<{hidden}>", "utf-8").encode(),
    ):
        sender = read_sender(f"{display} <{real}>")
        assert sender.address == real
        assert sender.suspect, "a display name that carries an address is never trusted"
        assert not any(c in sender.name for c in "\r\n")


@given(_names, _addresses)
@example("@", "0@example.org")  # a lone «@» is part of an address: found by hypothesis in CI
def test_whatever_the_display_name_the_parsed_sender_is_the_raw_angle_address(name: str, real: str) -> None:
    from email.header import Header

    parsed = parse_message(
        raw_mail(f"{Header(name, 'utf-8').encode()} <{real}>", "s", "b", message_id="<p@x>")
    )
    assert parsed.from_addr == real
    assert parsed.from_name_suspect or "@" not in parsed.from_name


def test_the_encoded_word_attack_does_not_book_camilles_interview(store: Store) -> None:
    settings = settings_with()
    with frozen_at(NOW):
        ingest(
            store,
            raw_mail(
                f"Camille Lefèvre <{CAMILLE}>", "Candidature", APPLICATION, message_id="<c1@example.org>"
            ),
            source="test",
            today=TODAY,
            settings=settings,
        )
        with store.session() as s:
            application = s.scalars(select(Application)).one()
            assert application.status == "interview_proposed"
            proposal = s.scalars(select(OutgoingMessage)).one()
            our_id, subject = proposal.message_id, proposal.subject
        attack = raw_mail(
            "=?utf-8?q?camille.lefevre=40example.org?= <mallory@evil.example>",
            f"Re: {subject}",
            "Je prends le 2, merci.",
            message_id="<x1@evil.example>",
            in_reply_to=our_id or "",
        )
        assert ingest(store, attack, source="test", today=TODAY, settings=settings).status == "new"
    with store.session() as s:
        assert s.scalars(select(Interview)).all() == []
        assert s.scalars(select(Application)).one().status == "interview_proposed"
        message = s.scalar(select(Message).where(Message.message_id == "<x1@evil.example>"))
        assert message is not None and message.application_id is None
        assert message.from_addr == "mallory@evil.example"
