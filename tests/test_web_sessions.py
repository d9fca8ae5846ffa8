"""Sessions the server can end, a login backoff kept in the store, and requests checked for who and where."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest
from conftest import run_cli, write_config
from dovecot import free_port
from live import (
    CHROMIUM_ARGS,
    PASSWORD,
    USERNAME,
    LiveWeb,
    csrf_of,
    logged_in_client,
    replace_web,
    require_chromium,
    serve_web,
    web_settings,
)
from playwright.sync_api import expect, sync_playwright

from intake.store.db import Store
from intake.web.auth import hash_password


@pytest.fixture
def web(store: Store, tmp_path: Path) -> Iterator[LiveWeb]:
    with serve_web(web_settings(tmp_path / "data"), store) as live:
        yield live


def test_after_logout_the_old_cookie_leads_back_to_the_login_page_in_chromium(web: LiveWeb) -> None:
    path = require_chromium()
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=path, args=CHROMIUM_ARGS)
        context = browser.new_context(locale="fr-FR")
        page = context.new_page()
        page.goto(web.url + "/")
        page.get_by_label("Identifiant").fill(USERNAME)
        page.get_by_label("Mot de passe").fill(PASSWORD)
        page.get_by_role("button", name="Se connecter").click()
        expect(page.get_by_role("heading", name="Brouillons à valider")).to_be_visible()
        copied = context.cookies()
        page.get_by_role("button", name="Se déconnecter", exact=True).click()
        expect(page.get_by_role("button", name="Se connecter")).to_be_visible()
        # Someone who copied the cookie before the logout replays it in another browser.
        thief = browser.new_context(locale="fr-FR")
        thief.add_cookies(copied)  # type: ignore[arg-type]
        stolen = thief.new_page()
        stolen.goto(web.url + "/")
        assert "/connexion" in stolen.url
        expect(stolen.get_by_role("button", name="Se connecter")).to_be_visible()
        browser.close()


def test_log_out_everywhere_ends_the_other_open_sessions(web: LiveWeb) -> None:
    with logged_in_client(web) as laptop, logged_in_client(web) as phone:
        assert phone.get("/").status_code == 200
        token = csrf_of(laptop.get("/").text)
        assert laptop.post("/deconnexion-partout", data={"csrf": token}).status_code == 303
        answer = phone.get("/")
    assert answer.status_code == 303 and answer.headers["location"].startswith("/connexion")


def test_the_session_cookie_is_secure_when_the_public_address_is_https(store: Store, tmp_path: Path) -> None:
    settings = replace_web(web_settings(tmp_path / "data"), public_url="https://propulse.example.org")
    with serve_web(settings, store) as live, httpx.Client(base_url=live.url) as client:
        answer = client.get("/connexion")
    assert "secure" in answer.headers["set-cookie"].lower()


def test_a_request_for_another_host_name_is_refused(store: Store, tmp_path: Path) -> None:
    settings = replace_web(web_settings(tmp_path / "data"), public_url="https://propulse.example.org")
    with serve_web(settings, store) as live, httpx.Client(base_url=live.url) as client:
        assert client.get("/connexion", headers={"host": "evil.example"}).status_code == 400
        assert client.get("/connexion", headers={"host": "propulse.example.org"}).status_code == 200


def test_x_forwarded_for_from_an_unlisted_client_does_not_escape_the_backoff(web: LiveWeb) -> None:
    with httpx.Client(base_url=web.url, follow_redirects=False) as client:
        token = csrf_of(client.get("/connexion").text)
        answers = [
            client.post(
                "/connexion",
                data={"csrf": token, "identifiant": "quelquun", "mot_de_passe": "faux"},
                headers={"x-forwarded-for": f"203.0.113.{n}"},
            ).status_code
            for n in range(7)
        ]
    assert answers[-1] == 429, "the invented addresses were not believed: the real client is slowed"


def _peak_rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise AssertionError("VmHWM not found")


def test_a_hundred_parallel_wrong_logins_keep_memory_bounded_and_the_right_password_still_opens(
    tmp_path: Path,
) -> None:
    port = free_port()
    config = write_config(
        tmp_path,
        f'[web]\nport = {port}\nusername = "{USERNAME}"\npassword_hash = "{hash_password(PASSWORD)}"\n'
        'session_secret = "clé-de-test"\nlogin_backoff_seconds = 0.5\nlogin_backoff_max_seconds = 2.0\n',
    )
    assert run_cli("--config", str(config), "init").returncode == 0
    server = subprocess.Popen(
        [sys.executable, "-m", "intake.cli", "--config", str(config), "web"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                httpx.get(url + "/connexion", timeout=1)
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline and server.poll() is None, "the web server did not start"
                time.sleep(0.2)
        before = _peak_rss_mib(server.pid)
        with httpx.Client(base_url=url, follow_redirects=False, timeout=60) as client:
            token = csrf_of(client.get("/connexion").text)
            cookies = httpx.Cookies(client.cookies)

        def wrong(_: int) -> int:
            with httpx.Client(base_url=url, cookies=cookies, follow_redirects=False, timeout=60) as c:
                data = {"csrf": token, "identifiant": USERNAME, "mot_de_passe": "devine"}
                return c.post("/connexion", data=data).status_code

        with ThreadPoolExecutor(max_workers=100) as pool:
            statuses = list(pool.map(wrong, range(100)))
        peak = _peak_rss_mib(server.pid)
        print(f"peak RSS {before:.0f} → {peak:.0f} MiB; 401×{statuses.count(401)}, 429×{statuses.count(429)}")
        assert set(statuses) <= {401, 429} and statuses.count(401) <= 10, statuses
        # Two scrypt checks at a time (~32 MiB each), not a hundred (~3 GiB).
        assert peak - before < 150, f"peak grew by {peak - before:.0f} MiB"
        time.sleep(2.5)  # the backoff's cap: a wait, never a lockout
        with httpx.Client(base_url=url, cookies=cookies, follow_redirects=False, timeout=60) as client:
            data = {"csrf": token, "identifiant": USERNAME, "mot_de_passe": PASSWORD}
            answer = client.post("/connexion", data=data)
        assert answer.status_code == 303 and answer.headers["location"] == "/"
    finally:
        server.terminate()
        server.wait(timeout=15)


def test_a_coordinator_session_opened_before_a_password_change_is_refused_on_the_follow_up_pages(
    store: Store, tmp_path: Path
) -> None:
    from sqlalchemy import func, select

    from intake.store.models import Cohort

    # The login check in front of every page refused this before the kit too: the follow-up pages' own
    # helper read the user from the cookie, for the audit trail only. This keeps either from becoming a gate.
    settings = web_settings(tmp_path / "data")
    with serve_web(settings, store) as before, logged_in_client(before) as client:
        token = csrf_of(client.get("/promotions").text)
        cookies = httpx.Cookies(client.cookies)
    changed = replace_web(settings, password_hash=hash_password("un nouveau mot de passe"))
    with serve_web(changed, store) as after, httpx.Client(base_url=after.url, cookies=cookies) as client:
        read = client.get("/promotions", follow_redirects=False)
        write = client.post(
            "/promotions",
            data={"csrf": token, "nom": "Promotion volée", "debut": "2027-01-04"},
            follow_redirects=False,
        )
    assert (read.status_code, read.headers["location"]) == (303, "/connexion?suivant=/promotions")
    assert (write.status_code, write.headers["location"]) == (303, "/connexion?suivant=/")
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(Cohort)) == 0
