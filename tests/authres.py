"""Verified senders in tests.

With `inbox.authserv_ids` empty (the default) no sender is verified, so what a reply asks of an existing case
(booking, cancellation, withdrawal, new facts) waits as a held draft for the coordinator (intake/held.py). A
test about what a reply does *by itself* must therefore do what production does: trust a receiving server,
and deliver its messages with that server's verdict on top. Two steps, nothing else:

    from authres import authenticated, trust_test_mx

    settings = trust_test_mx(settings)      # inbox.authserv_ids = ["mx.test.example"]
    ingest(store, authenticated(raw), ...)  # + "Authentication-Results: mx.test.example; dmarc=pass …"

For a subprocess reading a TOML file, write `TOML_AUTHSERV` inside its `[inbox]` table instead.
A test about the coordinator's path keeps the default and approves the held draft instead.
"""

from __future__ import annotations

import dataclasses
from email.parser import BytesHeaderParser
from email.policy import compat32
from email.utils import parseaddr

from intake.config import Settings

TEST_MX = "mx.test.example"
# The line to write in the `[inbox]` table of a test's TOML config.
TOML_AUTHSERV = f'authserv_ids = ["{TEST_MX}"]\n'


def trust_test_mx(settings: Settings) -> Settings:
    """The same settings, believing the Authentication-Results header written by TEST_MX."""
    return dataclasses.replace(settings, inbox=dataclasses.replace(settings.inbox, authserv_ids=[TEST_MX]))


def authenticated(raw: bytes, result: str = "pass") -> bytes:
    """The message as TEST_MX delivers it: its DMARC verdict for the From domain prepended."""
    sender = parseaddr(str(BytesHeaderParser(policy=compat32).parsebytes(raw).get("From", "")))[1]
    domain = sender.rpartition("@")[2].lower()
    return f"Authentication-Results: {TEST_MX}; dmarc={result} header.from={domain}\r\n".encode() + raw
