"""A real, throwaway PostgreSQL cluster for the tests: initdb in a temporary directory, a free loopback port,
a private socket directory; one migrated template database cloned for each test."""

from __future__ import annotations

import itertools
import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from dovecot import free_port

ENV_URL = "PROPULSE_TEST_PG_URL"  # an existing server to use instead (its user may create databases)
SUPERUSER = "propulse"


def postgres_bin(name: str) -> str | None:
    """A PostgreSQL program: on PATH, else Debian's /usr/lib/postgresql/VERSION/bin."""
    found = shutil.which(name)
    if found:
        return found
    versions = sorted(Path("/usr/lib/postgresql").glob("*/bin"), key=lambda p: int(p.parent.name))
    candidates = [v / name for v in versions if (v / name).is_file()]
    return str(candidates[-1]) if candidates else None


def postgres_available() -> bool:
    return bool(os.environ.get(ENV_URL)) or (
        postgres_bin("initdb") is not None and postgres_bin("pg_ctl") is not None
    )


class Cluster:
    """`initdb` refuses root: as root the cluster runs as the `postgres` system user (NOTES-real-parts.md)."""

    def __init__(self) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="propulse-pg-"))
        self.root.chmod(0o755)
        self.port = free_port()
        self._names = itertools.count(1)

    def _run(self, *args: str) -> None:
        command = list(args)
        if os.geteuid() == 0:
            command = ["runuser", "-u", "postgres", "--", *command]
        subprocess.run(command, check=True, capture_output=True, timeout=120)

    def start(self) -> None:
        if os.geteuid() == 0:
            shutil.chown(self.root, "postgres")
        initdb, pg_ctl = postgres_bin("initdb"), postgres_bin("pg_ctl")
        assert initdb and pg_ctl
        self._run(
            initdb,
            "-D",
            str(self.root / "data"),
            "-A",
            "trust",
            "-U",
            SUPERUSER,
            "-E",
            "UTF8",
            "--no-sync",
            "--locale",
            "C",
        )
        options = f"-p {self.port} -k {self.root} -c listen_addresses='' -c fsync=off -c max_connections=200"
        self._run(
            pg_ctl, "-D", str(self.root / "data"), "-o", options, "-l", str(self.root / "log"), "-w", "start"
        )

    def stop(self) -> None:
        pg_ctl = postgres_bin("pg_ctl")
        if pg_ctl and (self.root / "data" / "postmaster.pid").exists():
            self._run(pg_ctl, "-D", str(self.root / "data"), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.root, ignore_errors=True)

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://{SUPERUSER}@/{database}?host={self.root}&port={self.port}"


def admin_url(base: str, database: str) -> str:
    """The URL `base` pointed at another database on the same server."""
    from sqlalchemy.engine import make_url

    return make_url(base).set(database=database).render_as_string(hide_password=False)


class Databases:
    """Fresh databases on one server: a migrated template, cloned per test (much faster than migrating)."""

    def __init__(self, server_url: str, data_dir: Path | None = None) -> None:
        from sqlalchemy import create_engine

        self.server_url = server_url
        self.data_dir = data_dir  # the cluster's files, when the cluster is ours
        self.admin = create_engine(admin_url(server_url, "postgres"), isolation_level="AUTOCOMMIT")
        self.prefix = f"propulse_test_{os.getpid()}"
        self.template = f"{self.prefix}_template"
        self._names = itertools.count(1)
        self._execute(f'DROP DATABASE IF EXISTS "{self.template}"')
        self._execute(f'CREATE DATABASE "{self.template}"')
        from intake.store.db import open_store

        open_store(admin_url(server_url, self.template), migrate=True).dispose()

    def _execute(self, sql: str) -> None:
        from sqlalchemy import text

        with self.admin.connect() as conn:
            conn.execute(text(sql))

    def create(self, *, empty: bool = False) -> str:
        """A new database at the current schema (or `empty`, without any table); its URL."""
        name = f"{self.prefix}_{next(self._names)}"
        template = "template0" if empty else self.template
        for attempt in range(50):  # the template is busy for a moment after the previous clone
            try:
                self._execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
                break
            except Exception:
                if attempt == 49:
                    raise
                time.sleep(0.1)
        return admin_url(self.server_url, name)

    def drop(self, url: str) -> None:
        from sqlalchemy.engine import make_url

        self._execute(f'DROP DATABASE IF EXISTS "{make_url(url).database}" WITH (FORCE)')

    def files_of(self, url: str) -> list[Path] | None:
        """The files holding the database's tables and indexes, flushed to disk; None if not ours to read."""
        from sqlalchemy import text
        from sqlalchemy.engine import make_url

        if self.data_dir is None:
            return None
        with self.admin.connect() as conn:
            conn.execute(text("CHECKPOINT"))
            oid = conn.execute(
                text("SELECT oid FROM pg_database WHERE datname = :name"), {"name": make_url(url).database}
            ).scalar_one()
        return sorted(p for p in (self.data_dir / "base" / str(oid)).iterdir() if p.is_file())

    def close(self) -> None:
        self._execute(f'DROP DATABASE IF EXISTS "{self.template}"')
        self.admin.dispose()
