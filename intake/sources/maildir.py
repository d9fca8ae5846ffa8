"""A local Maildir inbox (the embedded default, and local delivery by an MTA)."""

from __future__ import annotations

import contextlib
import glob
import mailbox
import os
import re
from collections.abc import Iterator
from pathlib import Path

from intake.sources.base import Incoming, SourceUnavailable


class MaildirSource:
    def __init__(
        self,
        path: Path,
        *,
        processed_folder: str,
        quarantine_folder: str,
        max_message_bytes: int | None = None,
    ) -> None:
        self.name = f"maildir:{path}"
        self.path = path
        try:
            self.box = mailbox.Maildir(path, factory=None, create=True)
            # A Maildir made by hand may lack a sub-directory; mailbox only creates them for a new path.
            for sub in ("tmp", "new", "cur"):
                (path / sub).mkdir(mode=0o700, exist_ok=True)
        except OSError as exc:
            raise SourceUnavailable(f"Maildir {path} inutilisable : {exc.strerror}") from exc
        self.processed_folder = processed_folder
        self.quarantine_folder = quarantine_folder
        self.max_message_bytes = max_message_bytes

    def fetch(self) -> Iterator[Incoming]:
        for key in sorted(self.box.keys(), key=_arrival_order):
            try:
                size = self._size(key)
                if self.max_message_bytes is not None and size > self.max_message_bytes:
                    # Too large to read: only its headers, so it can be recorded and set aside.
                    yield Incoming(raw=self._headers(key), ref=f"{self.name}#{key}", key=key, oversized=size)
                    continue
                raw = self.box.get_bytes(key)
            except (KeyError, FileNotFoundError):  # moved by another instance meanwhile
                continue
            yield Incoming(raw=raw, ref=f"{self.name}#{key}", key=key)

    def acknowledge(self, item: Incoming, *, seen_before: bool = False) -> None:
        self._move(item, self.processed_folder)

    def quarantine(self, item: Incoming, reason: str) -> None:
        self._move(item, self.quarantine_folder)

    def close(self) -> None:
        self.box.close()

    def _move(self, item: Incoming, folder: str) -> None:
        # One rename: the file is in the inbox or in the folder, never in neither and never in both. When
        # another instance reading this Maildir moved it first, there is nothing left to do.
        self._folder(folder)  # created with its new/cur/tmp when missing
        target = self.path / f".{folder}"  # Maildir++ sub-folder naming, as mailbox.Maildir.add_folder
        for current in self._files_of(item.key):
            with contextlib.suppress(FileNotFoundError):
                os.rename(current, target / current.parent.name / current.name)

    def _files_of(self, key: str) -> list[Path]:
        """The file holding `key`: new/KEY, or cur/KEY followed by its flags (":2,S")."""
        return [
            self.path / "new" / key,
            *(self.path / "cur").glob(f"{glob.escape(key)}:*"),
            self.path / "cur" / key,
        ]

    def _size(self, key: str) -> int:
        with self.box.get_file(key) as f:
            f.seek(0, os.SEEK_END)
            return f.tell()

    def _headers(self, key: str) -> bytes:
        """The header block (up to the first blank line, at most 256 KiB), read line by line."""
        lines: list[bytes] = []
        total = 0
        with self.box.get_file(key) as f:
            for line in f:
                if line in (b"\n", b"\r\n") or total > _MAX_HEADER_BYTES:
                    break
                lines.append(line)
                total += len(line)
        return b"".join(lines) + b"\n"

    def _folder(self, name: str) -> mailbox.Maildir:
        if name in self.box.list_folders():
            return self.box.get_folder(name)
        return self.box.add_folder(name)

    def folder_count(self, name: str) -> int:
        return len(self._folder(name))


_MAX_HEADER_BYTES = 256 * 1024
_DELIVERY = re.compile(r"^(\d+)\.(?:M(\d+))?(?:P\d+)?(?:Q(\d+))?")


def _arrival_order(key: str) -> tuple[int, int, int, str]:
    """Maildir names start with the delivery time ("1795...M123P45Q6"): compare it as numbers, not text."""
    match = _DELIVERY.match(key)
    if match is None:
        return (0, 0, 0, key)
    seconds, micro, count = match.groups()
    return (int(seconds), int(micro or 0), int(count or 0), key)
