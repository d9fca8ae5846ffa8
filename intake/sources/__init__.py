"""Where raw messages come from: an IMAP folder, a local Maildir, or files to import once.

Every source yields `Incoming` items and is told afterwards what became of each one: only then does a
message leave the inbox, so a crash at any point leaves it where it was.
"""

from __future__ import annotations

from intake.sources.base import Incoming, MailSource, SourceUnavailable

__all__ = ["Incoming", "MailSource", "SourceUnavailable"]
