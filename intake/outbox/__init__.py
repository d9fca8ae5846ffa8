"""The outbox: approved emails sent exactly once (as the applicant sees it), with a copy in Sent.

`message` builds the email, `transports` delivers it (SMTP, or a Maildir for the demo), `sent_folder`
keeps the IMAP copy, `sender` runs the whole with its statuses, retries and crash recovery.
"""

from intake.outbox.message import InvalidRecipient, build_email
from intake.outbox.sender import SendSummary, backoff, open_sent_copy, open_transport, send_approved
from intake.outbox.sent_folder import ImapSentFolder, SentFolderUnavailable
from intake.outbox.transports import (
    MaildirTransport,
    PermanentFailure,
    SmtpTransport,
    TemporaryFailure,
    Transport,
    TransportRefused,
)

__all__ = [
    "ImapSentFolder",
    "InvalidRecipient",
    "MaildirTransport",
    "PermanentFailure",
    "SendSummary",
    "SentFolderUnavailable",
    "SmtpTransport",
    "TemporaryFailure",
    "Transport",
    "TransportRefused",
    "backoff",
    "build_email",
    "open_sent_copy",
    "open_transport",
    "send_approved",
]
