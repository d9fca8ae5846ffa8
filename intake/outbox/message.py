"""An approved OutgoingMessage as the MIME email that leaves: headers checked, text and HTML alternatives."""

from __future__ import annotations

from datetime import datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, formataddr, getaddresses

from intake.clock import utcnow
from intake.config import Settings
from intake.replies.render import HeaderInjection, check_header
from intake.store.models import OutgoingMessage


class InvalidRecipient(ValueError):
    """The recipient is not exactly one plain address."""


def build_email(
    outgoing: OutgoingMessage, settings: Settings, *, now: datetime | None = None
) -> EmailMessage:
    """The email for `outgoing`; raises HeaderInjection if any header value holds a line break."""
    programme = settings.programme
    headers: list[tuple[str, str | None]] = [
        ("From", formataddr((programme.name, programme.address))),
        ("To", recipient_of(outgoing)),
        ("Cc", ", ".join(copied_of(outgoing)) or None),
        ("Reply-To", programme.address),
        ("Subject", outgoing.subject),
        ("Date", format_datetime(now or utcnow())),
        ("Message-ID", outgoing.message_id),
        ("In-Reply-To", outgoing.in_reply_to),
        ("References", outgoing.references),
        # RFC 3834: tells the applicant's vacation responder not to answer us, which stops loops. Our
        # automatic mail (reminders, digest) answers no message: "auto-generated", not "auto-replied".
        ("Auto-Submitted", "auto-generated" if outgoing.automatic else None),
    ]
    msg = EmailMessage(policy=SMTP)
    for name, value in headers:
        if value:
            msg[name] = check_header(name, value)
    msg.set_content(outgoing.text_body, charset="utf-8")
    if outgoing.html_body:
        msg.add_alternative(outgoing.html_body, subtype="html", charset="utf-8")
    return msg


def recipient_of(outgoing: OutgoingMessage) -> str:
    """The one bare address the email goes to; a list or a display name smuggled in is refused."""
    check_header("To", outgoing.to_addr)
    found = getaddresses([outgoing.to_addr])
    if len(found) != 1 or "@" not in found[0][1] or found[0][1] != outgoing.to_addr.strip():
        raise InvalidRecipient("adresse du destinataire invalide : une seule adresse simple est acceptée")
    address = found[0][1]
    local, _, domain = address.rpartition("@")
    Address(username=local, domain=domain)  # raises ValueError on characters an address cannot hold
    return address


def copied_of(outgoing: OutgoingMessage) -> list[str]:
    """The bare addresses in Cc (none, one or several), each checked like the recipient."""
    check_header("Cc", outgoing.cc or "")
    return [check_address(part) for part in split_addresses(outgoing.cc or "")]


def split_addresses(value: str) -> list[str]:
    return [part.strip() for part in value.replace(";", ",").split(",") if part.strip()]


def check_address(value: str) -> str:
    """`value` if it is exactly one plain address, else InvalidRecipient (no display name, no list)."""
    check_header("adresse", value)
    found = getaddresses([value])
    if len(found) != 1 or "@" not in found[0][1] or found[0][1] != value.strip():
        raise InvalidRecipient(f"adresse invalide : « {value[:80]} » (une adresse simple est attendue)")
    local, _, domain = found[0][1].rpartition("@")
    try:
        Address(username=local, domain=domain)
    except ValueError as exc:
        raise InvalidRecipient(f"adresse invalide : « {value[:80]} »") from exc
    return found[0][1]


def recipients_of(outgoing: OutgoingMessage) -> list[str]:
    """Everyone the email is delivered to: the recipient, then the copied addresses."""
    return list(dict.fromkeys([recipient_of(outgoing), *copied_of(outgoing)]))


__all__ = [
    "HeaderInjection",
    "InvalidRecipient",
    "build_email",
    "check_address",
    "copied_of",
    "recipient_of",
    "recipients_of",
    "split_addresses",
]
