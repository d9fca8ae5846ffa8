"""`propulse drafts list|show|approve|discard` and `propulse web hash-password`, on a real store."""

from __future__ import annotations

import os
import socket
import struct
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from dovecot import free_port
from seed import HOSTILE_NAME, seed_case
from sqlalchemy import select
from typer.testing import CliRunner, Result

from intake.cli import app as propulse
from intake.store.db import Store
from intake.store.models import AuditEntry, OutgoingMessage
from intake.web.auth import hash_password, verify_password


@pytest.fixture
def config(store: Store, tmp_path: Path) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(f'[store]\nurl = "{store.url}"\ndata_dir = "data"\n', encoding="utf-8")
    return path


def run(config: Path, *args: str, user: str = "camille") -> Result:
    return CliRunner().invoke(propulse, ["--config", str(config), *args], env={"USER": user})


def status_of(store: Store, draft_id: int) -> str:
    with store.session() as s:
        row = s.get(OutgoingMessage, draft_id)
        assert row is not None
        return row.status


def test_drafts_list_shows_pending_drafts_oldest_first(store: Store, config: Path) -> None:
    newer = seed_case(store, first_name="Inès", last_name="Durand", age_minutes=5)
    older = seed_case(store, first_name="Léa", last_name="Martin", age_minutes=50)

    result = run(config, "drafts", "list")

    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert "Léa Martin" in lines[1] and lines[1].lstrip().startswith(str(older.draft_id))
    assert "Inès Durand" in lines[2] and lines[2].lstrip().startswith(str(newer.draft_id))
    assert "à vérifier" in lines[1]
    assert lines[-1] == "2 brouillon(s) en attente."


def test_drafts_list_says_so_when_nothing_waits(config: Path) -> None:
    result = run(config, "drafts", "list")
    assert result.exit_code == 0
    assert result.output.strip() == "Aucun brouillon en attente."


def test_drafts_show_prints_the_draft_details_and_criteria_literally(store: Store, config: Path) -> None:
    case = seed_case(store, first_name=HOSTILE_NAME)

    result = run(config, "drafts", "show", str(case.draft_id))

    assert result.exit_code == 0, result.output
    assert f"Message n° {case.draft_id} — brouillon — dossier {case.case_token}" in result.output
    assert f"Bonjour {HOSTILE_NAME}," in result.output
    assert f"  Prénom : {HOSTILE_NAME}" in result.output
    assert "Éligibilité (pré-évaluation) : à vérifier" in result.output
    assert "[rempli] Diplôme obtenu de niveau bac+2 au moins" in result.output
    assert "« J'ai obtenu mon master en économie sociale en juin 2025. »" in result.output


def test_drafts_approve_marks_it_approved_by_the_unix_user_and_audits_it(store: Store, config: Path) -> None:
    case = seed_case(store)

    result = run(config, "drafts", "approve", str(case.draft_id), user="camille")

    assert result.exit_code == 0, result.output
    assert f"Message n° {case.draft_id} approuvé" in result.output
    assert status_of(store, case.draft_id) == "approved"
    with store.session() as s:
        [entry] = s.scalars(select(AuditEntry).where(AuditEntry.action == "draft_approved")).all()
        assert (entry.actor, entry.entity_id) == ("camille", case.draft_id)


def test_approving_again_fails_with_one_line_and_exit_code_1(store: Store, config: Path) -> None:
    case = seed_case(store)
    run(config, "drafts", "approve", str(case.draft_id))

    again = run(config, "drafts", "approve", str(case.draft_id))

    assert again.exit_code == 1
    assert again.output.strip() == (
        f"propulse: impossible d'approuver le message n° {case.draft_id} : "
        "il n'est plus un brouillon (approuvé)"
    )


def test_drafts_discard_sets_it_aside_with_the_reason_in_the_audit_log(store: Store, config: Path) -> None:
    case = seed_case(store)

    result = run(config, "drafts", "discard", str(case.draft_id), "--raison", "doublon")

    assert result.exit_code == 0, result.output
    assert status_of(store, case.draft_id) == "discarded"
    with store.session() as s:
        [entry] = s.scalars(select(AuditEntry).where(AuditEntry.action == "draft_discarded")).all()
        assert entry.details["reason"] == "doublon"


def test_an_unknown_draft_number_fails_with_a_french_line(config: Path) -> None:
    result = run(config, "drafts", "show", "404")
    assert result.exit_code == 1
    assert result.output.strip() == "propulse: brouillon n° 404 introuvable"


def test_hash_password_asks_twice_without_echo_and_prints_a_verifiable_hash(
    config: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = iter(["un mot de passe sûr", "un mot de passe sûr"])
    prompts: list[str] = []

    def fake_getpass(prompt: str = "") -> str:
        prompts.append(prompt)
        return next(answers)

    monkeypatch.setattr("getpass.getpass", fake_getpass)

    result = run(config, "web", "hash-password")

    assert result.exit_code == 0, result.output
    assert prompts == ["Mot de passe : ", "Encore une fois : "]
    assert verify_password("un mot de passe sûr", result.output.strip())


def test_hash_password_refuses_two_different_entries(config: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    answers = iter(["un mot de passe sûr", "un autre mot de passe"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))

    result = run(config, "web", "hash-password")

    assert result.exit_code == 2
    assert "les deux saisies diffèrent" in result.output
    assert "scrypt$" not in result.output


def test_web_without_a_password_hash_stops_with_the_variable_to_set(
    config: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PROPULSE_WEB_PASSWORD_HASH", raising=False)
    result = CliRunner().invoke(propulse, ["--config", str(config), "web", "--port", "0"], env={})
    assert result.exit_code == 2
    assert "PROPULSE_WEB_PASSWORD_HASH" in result.output
    assert "Interface web" not in result.output


def test_propulse_web_serves_the_login_page_on_the_loopback_address(config: Path) -> None:
    port = free_port()
    env = {**os.environ, "PROPULSE_WEB_PASSWORD_HASH": hash_password("un mot de passe sûr")}
    process = subprocess.Popen(
        [sys.executable, "-m", "intake.cli", "--config", str(config), "web", "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        env=env,
        text=True,
    )
    try:
        page = wait_for_page(f"http://127.0.0.1:{port}/connexion", process)
        assert page.status_code == 200
        assert "Connexion" in page.text
        assert listening_addresses(port) == {"127.0.0.1"}
    finally:
        process.terminate()
        output, _ = process.communicate(timeout=10)
    assert f"Interface web : http://127.0.0.1:{port}/" in output


def wait_for_page(url: str, process: subprocess.Popen[str], timeout: float = 30) -> httpx.Response:
    deadline = time.monotonic() + timeout
    while True:
        if process.poll() is not None:
            raise AssertionError(f"propulse web exited: {process.communicate()[0]}")
        try:
            return httpx.get(url, timeout=2)
        except httpx.TransportError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)


def listening_addresses(port: int) -> set[str]:
    """The IPv4 addresses with a socket listening on `port`, read from the kernel's table."""
    found = set()
    for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
        local, state = line.split()[1], line.split()[3]
        address, port_hex = local.split(":")
        if state == "0A" and int(port_hex, 16) == port:
            found.add(socket.inet_ntoa(struct.pack("<I", int(address, 16))))
    return found
