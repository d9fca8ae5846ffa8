"""A local Maildir inbox (the embedded default, and local delivery by an MTA)."""

from __future__ import annotations

import mailbox
import re
from collections.abc import Iterator
from pathlib import Path

from intake.sources.base import Incoming, SourceUnavailable


class MaildirSource:
    def __init__(self, path: Path, *, processed_folder: str, quarantine_folder: str) -> None:
        self.name = f"maildir:{path}"
        self.path = path
        try:
            self.box = mailbox.Maildir(path, factory=None, create=True)
        except OSError as exc:
            raise SourceUnavailable(f"Maildir {path} inutilisable : {exc.strerror}") from exc
        self.processed_folder = processed_folder
        self.quarantine_folder = quarantine_folder

    def fetch(self) -> Iterator[Incoming]:
        for key in sorted(self.box.keys(), key=_arrival_order):
            try:
                raw = self.box.get_bytes(key)
            except KeyError:  # taken by another process meanwhile
                continue
            yield Incoming(raw=raw, ref=f"{self.name}#{key}", key=key)

    def acknowledge(self, item: Incoming, *, seen_before: bool = False) -> None:
        self._move(item, self.processed_folder)

    def quarantine(self, item: Incoming, reason: str) -> None:
        self._move(item, self.quarantine_folder)

    def close(self) -> None:
        self.box.close()

    def _move(self, item: Incoming, folder: str) -> None:
        # Copy first, delete second: a crash in between leaves a copy in both, never in neither.
        self._folder(folder).add(item.raw)
        self.box.discard(item.key)

    def _folder(self, name: str) -> mailbox.Maildir:
        if name in self.box.list_folders():
            return self.box.get_folder(name)
        return self.box.add_folder(name)

    def folder_count(self, name: str) -> int:
        return len(self._folder(name))


_DELIVERY = re.compile(r"^(\d+)\.(?:M(\d+))?(?:P\d+)?(?:Q(\d+))?")


def _arrival_order(key: str) -> tuple[int, int, int, str]:
    """Maildir names start with the delivery time ("1795...M123P45Q6"): compare it as numbers, not text."""
    match = _DELIVERY.match(key)
    if match is None:
        return (0, 0, 0, key)
    seconds, micro, count = match.groups()
    return (int(seconds), int(micro or 0), int(count or 0), key)
