"""Configuration: loaded once, validated at start, one clear line on any mistake."""

from __future__ import annotations

import dataclasses
import tomllib
from pathlib import Path

import pytest
from conftest import REPO, run_cli

from intake.config import ConfigError, Settings, load_settings


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "propulse.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_misspelled_key_stops_the_program_with_one_line_naming_key_and_file(tmp_path: Path) -> None:
    path = write(tmp_path, '[inbox.imap]\nhots = "mail.example.org"\n')
    result = run_cli("--config", str(path), "messages")
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "inbox.imap.hots" in lines[0] and str(path) in lines[0]
    assert "inbox.imap.host" in lines[0], "suggests the key that was meant"


def test_a_wrong_type_names_the_key_and_the_expected_type(tmp_path: Path) -> None:
    path = write(tmp_path, '[inbox.imap]\nport = "imap"\n')
    with pytest.raises(ConfigError, match=r"inbox\.imap\.port.*entier"):
        load_settings(path)


def test_a_value_outside_the_choices_lists_the_choices(tmp_path: Path) -> None:
    path = write(tmp_path, '[inbox]\nsource = "pop3"\n')
    with pytest.raises(ConfigError, match=r"inbox\.source.*'maildir', 'imap'"):
        load_settings(path)


def test_a_missing_imap_password_says_which_variable_or_file_to_set(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PROPULSE_IMAP_PASSWORD", raising=False)
    path = write(tmp_path, '[inbox]\nsource = "imap"\n[inbox.imap]\nusername = "propulse"\n')
    result = run_cli("--config", str(path), "messages")
    assert result.returncode == 2
    assert "PROPULSE_IMAP_PASSWORD" in result.stderr and "inbox.imap.password_file" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_the_imap_password_can_come_from_a_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PROPULSE_IMAP_PASSWORD", raising=False)
    secret = tmp_path / "imap-password"
    secret.write_text("s3cret\n")
    path = write(tmp_path, f'[inbox]\nsource = "imap"\n[inbox.imap]\npassword_file = "{secret}"\n')
    assert load_settings(path).imap_password() == "s3cret"


def test_the_imap_password_can_come_from_an_environment_variable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MY_IMAP_SECRET", "from-env")
    path = write(tmp_path, '[inbox]\nsource = "imap"\n[inbox.imap]\npassword_env = "MY_IMAP_SECRET"\n')
    assert load_settings(path).imap_password() == "from-env"


def test_relative_paths_are_relative_to_the_config_file(tmp_path: Path) -> None:
    path = write(tmp_path, '[store]\ndata_dir = "donnees"\n')
    settings = load_settings(path)
    assert settings.store.data_dir == tmp_path / "donnees"
    assert settings.database_url == f"sqlite:///{tmp_path / 'donnees' / 'propulse.sqlite3'}"


def _keys(obj: object, prefix: str = "") -> set[str]:
    found = set()
    for f in dataclasses.fields(obj):  # type: ignore[arg-type]
        if not f.metadata.get("toml", True):
            continue
        value = getattr(obj, f.name)
        if dataclasses.is_dataclass(value):
            found |= _keys(value, f"{prefix}{f.name}.")
        else:
            found.add(f"{prefix}{f.name}")
    return found


def _toml_keys(data: dict[str, object], prefix: str = "") -> set[str]:
    found = set()
    for key, value in data.items():
        if isinstance(value, dict):
            found |= _toml_keys(value, f"{prefix}{key}.")
        else:
            found.add(f"{prefix}{key}")
    return found


def test_the_example_config_documents_every_key_with_the_embedded_default() -> None:
    example = REPO / "config.example.toml"
    assert _toml_keys(tomllib.loads(example.read_text(encoding="utf-8"))) == _keys(Settings())
    loaded = load_settings(example)
    defaults = Settings()
    assert loaded.inbox.imap == defaults.inbox.imap
    assert loaded.extraction == defaults.extraction
    assert loaded.programme == defaults.programme
