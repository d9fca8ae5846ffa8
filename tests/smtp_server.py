"""A real SMTP server for the tests (aiosmtpd, in-process, on a free loopback port), with a handler the
test steers: answer each DATA with a scripted reply, and optionally hold the store's SQLite lock
before accepting, to freeze the sender between the server's acceptance and its database update.
"""

from __future__ import annotations

import socket
import sqlite3
import subprocess
import threading
from base64 import b64decode
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email import message_from_bytes
from email.message import Message
from email.policy import default
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    data: bytes

    @property
    def message(self) -> Message:
        return message_from_bytes(self.data, policy=default)


@dataclass
class ScriptedHandler:
    """Replies to DATA from `replies` in order (then 250 for ever); keeps only what it accepted."""

    replies: list[str] = field(default_factory=list)
    received: list[Received] = field(default_factory=list)
    refused: int = 0
    # When set, the next accepted DATA first takes an exclusive lock on this SQLite database.
    lock_database: Path | None = None
    _lock: sqlite3.Connection | None = None
    _guard: threading.Lock = field(default_factory=threading.Lock)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        with self._guard:
            reply = self.replies.pop(0) if self.replies else "250 2.0.0 OK"
            if not reply.startswith("250"):
                self.refused += 1
                return reply
            if self.lock_database is not None:
                conn = sqlite3.connect(self.lock_database, isolation_level=None, check_same_thread=False)
                conn.execute("BEGIN EXCLUSIVE")
                self._lock, self.lock_database = conn, None
            accepted = Received(envelope.mail_from, list(envelope.rcpt_tos), bytes(envelope.content))
            self.received.append(accepted)
            return reply

    def release_lock(self) -> None:
        with self._guard:
            if self._lock is not None:
                self._lock.rollback()
                self._lock.close()
                self._lock = None


@dataclass
class TokenCheckingHandler(ScriptedHandler):
    """Also offers AUTH XOAUTH2 and OAUTHBEARER, each token checked by `is_valid(token, user)` (the test's
    OAuth2 server); run it with `auth_require_tls=False` on loopback, `auth_required=True` to insist."""

    is_valid: Callable[[str, str], bool] = field(default=lambda token, user: False)
    logins: list[str] = field(default_factory=list)  # the users whose token was accepted
    refusals: int = 0

    async def auth_XOAUTH2(self, server: Any, args: list[str]) -> AuthResult:
        return await self._check(server, args)

    async def auth_OAUTHBEARER(self, server: Any, args: list[str]) -> AuthResult:
        return await self._check(server, args)

    async def _check(self, server: Any, args: list[str]) -> AuthResult:
        if len(args) > 1:
            raw = b64decode(args[1])
        else:
            raw = await server.challenge_auth("")
            if not isinstance(raw, bytes):
                return AuthResult(success=False, handled=False)
        fields = dict(part.split("=", 1) for part in raw.decode().split("\x01") if "=" in part)
        user = fields.get("user") or fields.get("n,a", "").rstrip(",")
        token = fields.get("auth", "").removeprefix("Bearer ")
        if self.is_valid(token, user):
            self.logins.append(user)
            return AuthResult(success=True, auth_data=user)
        self.refusals += 1
        return AuthResult(success=False, handled=False)


class SmtpServer:
    """`options` go to aiosmtpd: ssl_context (implicit TLS), tls_context (STARTTLS), authenticator…"""

    def __init__(
        self, handler: ScriptedHandler | None = None, port: int | None = None, **options: Any
    ) -> None:
        self.handler = handler or ScriptedHandler()
        self.port = port or free_port()
        self.controller = Controller(self.handler, hostname="127.0.0.1", port=self.port, **options)

    def start(self) -> None:
        self.controller.start()

    def stop(self) -> None:
        self.handler.release_lock()
        self.controller.stop()

    @property
    def received(self) -> list[Received]:
        return self.handler.received

    def toml(self) -> str:
        """The [smtp] part of a config pointing at this server (plain: loopback only, no password)."""
        return f'[smtp]\nhost = "127.0.0.1"\nport = {self.port}\nsecurity = "plain"\ntimeout_seconds = 10\n'


@contextmanager
def running_smtp(
    handler: ScriptedHandler | None = None, port: int | None = None, **options: Any
) -> Iterator[SmtpServer]:
    server = SmtpServer(handler, port, **options)
    server.start()
    try:
        yield server
    finally:
        server.stop()


def make_certificate(directory: Path, days: int = 2) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1 and localhost (openssl), as (certificate, key)."""
    cert, key = directory / "smtp-cert.pem", directory / "smtp-key.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            str(days),
            "-subj",
            "/CN=localhost",
            "-addext",
            "subjectAltName=IP:127.0.0.1,DNS:localhost",
            "-keyout",
            str(key),
            "-out",
            str(cert),
        ],
        check=True,
        capture_output=True,
    )
    return cert, key
