"""The small holes of the security review: private files, secrets kept out of messages, exports that a
spreadsheet or a Markdown viewer cannot turn into code, display that cannot be reordered, absurd ids."""

from __future__ import annotations

import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import run_cli, write_config
from live import LiveWeb, logged_in_client, serve_web, web_settings
from seed import seed_case

from intake.config import ConfigError, load_settings
from intake.parsing import parse_message
from intake.reports import _md, spreadsheet_cell
from intake.store.db import Store


@pytest.fixture
def web(store: Store, tmp_path: Path) -> Iterator[LiveWeb]:
    with serve_web(web_settings(tmp_path / "data"), store) as live:
        yield live


def test_the_store_created_by_propulse_is_readable_by_its_owner_only(tmp_path: Path) -> None:
    config = write_config(tmp_path)
    assert run_cli("--config", str(config), "init").returncode == 0
    for path in [tmp_path / "data", *(tmp_path / "data").rglob("*")]:
        assert stat.S_IMODE(path.stat().st_mode) & 0o077 == 0, path


def test_the_systemd_unit_sets_a_private_umask() -> None:
    unit = (Path(__file__).resolve().parents[1] / "deploy" / "propulse.service").read_text(encoding="utf-8")
    assert "\nUMask=0077\n" in unit


def test_a_mistyped_secret_is_named_but_never_repeated_in_the_error(tmp_path: Path) -> None:
    path = tmp_path / "c.toml"
    path.write_text("[smtp]\npassword = 12345678987\n", encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_settings(path)
    assert "smtp.password" in str(caught.value) and "12345678987" not in str(caught.value)


@pytest.mark.parametrize("cell", ["=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(A1)"])
def test_a_csv_cell_that_a_spreadsheet_would_run_is_made_text(cell: str) -> None:
    assert spreadsheet_cell(cell) == "'" + cell


def test_numbers_stay_numbers_in_the_csv() -> None:
    assert spreadsheet_cell("-1.5") == "-1.5" and spreadsheet_cell("12") == "12"


def test_coordinator_text_in_the_markdown_report_is_shown_literally() -> None:
    assert _md("Promo *1* | [lien](http://x)\n<b>") == r"Promo \*1\* \| \[lien\](http://x) \<b\>"


def test_a_right_to_left_override_in_a_subject_is_removed() -> None:
    parsed = parse_message(
        b"From: a@example.org\r\nSubject: =?utf-8?q?CV=5F=E2=80=AEfdp.exe?=\r\n\r\nBonjour\r\n"
    )
    assert parsed.subject == "CV_fdp.exe"


def test_a_right_to_left_override_in_a_name_is_not_shown_in_the_web_page(web: LiveWeb) -> None:
    case = seed_case(web.store, first_name="Léa\u202eniaM")
    with logged_in_client(web) as client:
        page = client.get(f"/brouillons/{case.draft_id}").text
    assert "\u202e" not in page and "LéaniaM" in page


def test_an_absurdly_large_id_is_not_found_rather_than_an_error(web: LiveWeb) -> None:
    with logged_in_client(web) as client:
        answer = client.get("/brouillons/" + "9" * 40)
    assert answer.status_code == 404
