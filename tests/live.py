"""Real servers for the approval tests: the web UI under uvicorn in a thread, an SMTP server (aiosmtpd),
and headless Chromium. Each listens on a free loopback port and is stopped at the end of its test.
"""

from __future__ import annotations

import dataclasses
import os
import re
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn
from aiosmtpd.controller import Controller
from dovecot import free_port

from intake.config import Settings, StoreSettings, WebSettings
from intake.store.db import Store
from intake.web.app import create_app
from intake.web.auth import hash_password

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
USERNAME = "coordination"
PASSWORD = "mot-de-passe-de-test"
_HASH = hash_password(PASSWORD)


def web_settings(data_dir: Path, **web: Any) -> Settings:
    """Settings for a test: the store's data_dir in tmp, a known password, a fixed session key."""
    values: dict[str, Any] = {
        "username": USERNAME,
        "password_hash": _HASH,
        "session_secret": "clé-de-session-de-test",
        **web,
    }
    return Settings(store=StoreSettings(data_dir=data_dir), web=WebSettings(**values))


def require_chromium() -> str:
    """Chromium's path; under CI=true its absence is a failure, elsewhere the test is skipped."""
    if Path(CHROMIUM).exists():
        return CHROMIUM
    if os.environ.get("CI") == "true":
        pytest.fail(f"{CHROMIUM} is required under CI=true (apt-get install chromium)")
    pytest.skip(f"{CHROMIUM} is not installed (apt-get install chromium)")


@dataclass
class LiveWeb:
    url: str
    settings: Settings
    store: Store


@contextmanager
def serve_web(settings: Settings, store: Store) -> Iterator[LiveWeb]:
    port = free_port()
    server = uvicorn.Server(
        uvicorn.Config(
            create_app(settings, store), host="127.0.0.1", port=port, log_level="warning", proxy_headers=False
        )
    )
    thread = threading.Thread(target=server.run, name="web-under-test", daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the web UI did not start")
        time.sleep(0.02)
    try:
        yield LiveWeb(f"http://127.0.0.1:{port}", settings, store)
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@dataclass
class Inbox:
    """What the SMTP server received."""

    messages: list[EmailMessage] = field(default_factory=list)
    envelopes: list[tuple[str, list[str]]] = field(default_factory=list)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.envelopes.append((envelope.mail_from, list(envelope.rcpt_tos)))
        parsed = message_from_bytes(envelope.original_content or envelope.content, policy=policy.default)
        assert isinstance(parsed, EmailMessage)
        self.messages.append(parsed)
        return "250 Message accepted for delivery"

    def wait_for(self, count: int, timeout: float = 10) -> list[EmailMessage]:
        deadline = time.monotonic() + timeout
        while len(self.messages) < count and time.monotonic() < deadline:
            time.sleep(0.05)
        return self.messages


@contextmanager
def smtp_server() -> Iterator[tuple[Inbox, int]]:
    inbox = Inbox()
    port = free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield inbox, port
    finally:
        controller.stop()


def csrf_of(page_html: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', page_html)
    assert found, "the page has no CSRF field"
    return found.group(1)


@contextmanager
def logged_in_client(web: LiveWeb) -> Iterator[httpx.Client]:
    """An HTTP client holding a logged-in session, as a browser would after the login form."""
    with httpx.Client(base_url=web.url, follow_redirects=False, timeout=10) as client:
        token = csrf_of(client.get("/connexion").text)
        answer = client.post(
            "/connexion",
            data={"csrf": token, "identifiant": USERNAME, "mot_de_passe": PASSWORD, "suivant": "/"},
        )
        assert answer.status_code == 303, answer.text
        yield client


def replace_web(settings: Settings, **changes: Any) -> Settings:
    return dataclasses.replace(settings, web=dataclasses.replace(settings.web, **changes))
