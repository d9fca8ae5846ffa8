"""The small interface every mail source implements."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Protocol


class SourceUnavailable(RuntimeError):
    """The mailbox cannot be reached or used right now (server down, login refused, folder missing)."""


@dataclass(frozen=True)
class Incoming:
    raw: bytes
    # Where it came from, for the record: "imap://host/INBOX;UIDVALIDITY=…/;UID=…", a file path, …
    ref: str
    # The source's own handle on the message (a UID, a Maildir key, a file index).
    key: str
    uidvalidity: int | None = None
    uid: int | None = None
    # Larger than extraction.max_message_mb: `raw` then holds the headers only, and this the real size.
    oversized: int | None = None


class MailSource(Protocol):
    name: str

    def fetch(self) -> Iterator[Incoming]:
        """The messages waiting, oldest first."""
        ...

    def acknowledge(self, item: Incoming, *, seen_before: bool = False) -> None:
        """Its record is committed: move it out of the inbox into the processed folder. `seen_before`:
        it was already recorded, so an earlier move may have half happened (a copy already filed)."""
        ...

    def quarantine(self, item: Incoming, reason: str) -> None:
        """It could not be processed (the reason is recorded in the store): set it aside."""
        ...

    def close(self) -> None: ...
