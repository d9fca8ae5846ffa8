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
from postgres import ENV_URL as PG_ENV_URL
from postgres import Cluster, Databases, postgres_available

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


BACKENDS = ("sqlite", "postgresql")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Tests of a module marked `both_stores` that use the store run once on SQLite, once on PostgreSQL."""
    if metafunc.definition.get_closest_marker("both_stores") and "store_backend" in metafunc.fixturenames:
        metafunc.parametrize("store_backend", BACKENDS, indirect=True)


@pytest.fixture
def store_backend(request: pytest.FixtureRequest) -> str:
    backend: str = getattr(request, "param", "sqlite")
    return backend


@pytest.fixture(scope="session")
def postgres_databases() -> Iterator[Databases]:
    """A throwaway PostgreSQL cluster for the session ($PROPULSE_TEST_PG_URL: an existing server instead)."""
    if not postgres_available():
        if os.environ.get("CI") == "true":
            pytest.fail("PostgreSQL is required under CI=true (apt-get install postgresql)")
        pytest.skip("PostgreSQL is not installed (apt-get install postgresql)")
    cluster = None
    server_url = os.environ.get(PG_ENV_URL, "")
    if not server_url:
        cluster = Cluster()
        cluster.start()
        server_url = cluster.url()
    databases = Databases(server_url, cluster.root / "data" if cluster else None)
    yield databases
    databases.close()
    if cluster is not None:
        cluster.stop()


@pytest.fixture
def store_url(store_backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[str]:
    """The URL of an empty store at the current schema on the test's backend."""
    if store_backend == "sqlite":
        yield f"sqlite:///{tmp_path / 'store.sqlite3'}"
        return
    databases: Databases = request.getfixturevalue("postgres_databases")
    url = databases.create()
    yield url
    databases.drop(url)


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    s = open_store(store_url, migrate=True)
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


def write_config(directory: Path, *parts: str, store_url: str = "") -> Path:
    """A config file whose store lives in `directory` (or at `store_url`, e.g. the `store_url` fixture)."""
    path = directory / "config.toml"
    store = (
        f'[store]\ndata_dir = "data"\nurl = "{store_url}"\n' if store_url else '[store]\ndata_dir = "data"\n'
    )
    path.write_text(store + "".join(parts), encoding="utf-8")
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


@pytest.fixture(autouse=True)
def fail_on_bugs_caught_at_the_ingest_boundary(request: pytest.FixtureRequest) -> Iterator[None]:
    """The ingest boundary keeps a message whatever a step raised; a bug of ours (neither the sender's fault
    nor the machine's, intake/errors.py) must still fail the test that met it. A test that provokes one on
    purpose is marked `provokes_internal_error`."""
    import traceback

    from intake.errors import on_unexpected

    caught: list[BaseException] = []
    unregister = on_unexpected(caught.append)
    yield
    unregister()
    if caught and request.node.get_closest_marker("provokes_internal_error") is None:
        trace = "".join(traceback.format_exception(caught[0]))
        pytest.fail(f"{len(caught)} erreur(s) interne(s) attrapée(s) à la frontière d'ingestion :\n{trace}")
