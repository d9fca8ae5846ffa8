"""A one-off import: an mbox file, one .eml file, or a directory of .eml files.

Nothing is moved or deleted: the files are a backlog exported from a mail client.
"""

from __future__ import annotations

import mailbox
from collections.abc import Iterator
from pathlib import Path

from intake.sources.base import Incoming, SourceUnavailable


class FilesSource:
    def __init__(self, path: Path) -> None:
        if not path.exists():
            raise SourceUnavailable(f"{path} : fichier ou dossier introuvable (not found)")
        self.name = f"import:{path}"
        self.path = path

    def count(self) -> int:
        if self.path.is_dir():
            return len(self._eml_files())
        if _looks_like_mbox(self.path):
            return len(mailbox.mbox(self.path, create=False))
        return 1

    def fetch(self) -> Iterator[Incoming]:
        if self.path.is_dir():
            for file in self._eml_files():
                yield Incoming(raw=file.read_bytes(), ref=str(file), key=str(file))
        elif _looks_like_mbox(self.path):
            box = mailbox.mbox(self.path, create=False)
            try:
                for index, key in enumerate(box.keys()):
                    yield Incoming(raw=box.get_bytes(key), ref=f"{self.path}#{index + 1}", key=str(key))
            finally:
                box.close()
        else:
            yield Incoming(raw=self.path.read_bytes(), ref=str(self.path), key=str(self.path))

    def acknowledge(self, item: Incoming, *, seen_before: bool = False) -> None:
        """The file stays where it is; the record is what counts."""

    def quarantine(self, item: Incoming, reason: str) -> None:
        """The file stays where it is; the reason is recorded in the store."""

    def close(self) -> None:
        pass

    def _eml_files(self) -> list[Path]:
        return sorted(p for p in self.path.rglob("*") if p.is_file() and p.suffix.lower() == ".eml")


def _looks_like_mbox(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(5) == b"From "
