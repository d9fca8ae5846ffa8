"""Shared fixtures: a fresh records store, a real Dovecot, a config file, the CLI as a subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from dovecot import PASSWORD, Dovecot, dovecot_available

from intake.store.db import Store, open_store

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
MESSAGES = REPO / "tests" / "messages"
SHARED_ABSENT = "../shared absent"


def shared_dir() -> Path:
    """`../shared` (corpora beside the repository on the project's machines), or skip the test without it.

    A user's clone has no `../shared`: the repository's own fixtures cover the behaviour, and these tests only
    widen the inputs. Under CI=true they must run, so its absence fails instead of hiding them.
    """
    if SHARED.is_dir():
        return SHARED
    if os.environ.get("CI") == "true":
        pytest.fail(f"{SHARED} is required under CI=true (the project's shared corpora)")
    pytest.skip("../shared (the project's shared corpora) is not beside this clone")


def shared_files(relative: str) -> list[str]:
    """Names of the files under `../shared/RELATIVE`, to parametrise over; one placeholder when it is absent.

    The placeholder's test then calls `shared_dir()` and skips (or fails under CI) with the reason.
    """
    root = SHARED / relative
    if not root.is_dir():
        return [SHARED_ABSENT]
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = open_store(f"sqlite:///{tmp_path / 'store.sqlite3'}", migrate=True)
    yield s
    s.dispose()


@pytest.fixture
def dovecot() -> Iterator[Dovecot]:
    if not dovecot_available():
        if os.environ.get("CI") == "true":
            pytest.fail("Dovecot is required under CI=true (apt-get install dovecot-imapd)")
        pytest.skip("Dovecot is not installed (apt-get install dovecot-imapd)")
    server = Dovecot()
    server.start()
    yield server
    server.close()


@pytest.fixture
def imap_env(monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    monkeypatch.setenv("PROPULSE_TEST_IMAP_PASSWORD", PASSWORD)
    return {**os.environ, "PROPULSE_TEST_IMAP_PASSWORD": PASSWORD}


def write_config(directory: Path, *parts: str) -> Path:
    """A config file whose store lives in `directory`."""
    path = directory / "config.toml"
    path.write_text('[store]\ndata_dir = "data"\n' + "".join(parts), encoding="utf-8")
    return path


def run_cli(
    *args: str, env: dict[str, str] | None = None, cwd: Path | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "intake.cli", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        timeout=timeout,
    )
