"""The package as users install it: rules and templates inside the wheel, or the programme's own copies."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
import venv
from pathlib import Path

import pytest
from conftest import REPO, run_cli, write_config
from fixtures_docs import make_message

from intake import resources

BTS_2025 = "Je suis diplômé d'un BTS depuis juin 2025 et je cherche un emploi dans l'ESS.\nHugo Lambert\n"


def _maildir_with_one_application(root: Path) -> Path:
    inbox = root / "inbox"
    for sub in ("new", "cur", "tmp"):
        (inbox / sub).mkdir(parents=True)
    (inbox / "new" / "1.eml").write_bytes(make_message(BTS_2025, from_addr="hugo.lambert@example.org"))
    return inbox


@pytest.mark.parametrize(
    ("kind", "removed"),
    [("rules", "lexicon/diplomas.toml"), ("templates", "mail/acknowledgement.subject.j2")],
)
def test_a_missing_rules_or_template_file_stops_the_program_at_start_and_quarantines_nothing(
    tmp_path: Path, kind: str, removed: str
) -> None:
    copy = tmp_path / f"my-{kind}"
    shutil.copytree(resources.BUNDLED_RULES_DIR if kind == "rules" else resources.BUNDLED_TEMPLATES_DIR, copy)
    (copy / removed).unlink()
    inbox = _maildir_with_one_application(tmp_path)
    config = write_config(tmp_path, f'[{kind}]\ndir = "my-{kind}"\n', '[inbox.maildir]\npath = "inbox"\n')
    done = run_cli("--config", str(config), "poll", "--once", cwd=tmp_path)
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and removed.split("/")[-1] in done.stderr, done.stderr
    assert [p.name for p in (inbox / "new").iterdir()] == ["1.eml"]
    assert not (inbox / ".quarantine").exists() and not (tmp_path / "data" / "propulse.sqlite3").exists()


def test_the_rules_dir_of_the_config_decides_eligibility_instead_of_the_shipped_rules(tmp_path: Path) -> None:
    rules = tmp_path / "our-rules"
    shutil.copytree(resources.BUNDLED_RULES_DIR, rules)
    toml = rules / "eligibility.toml"
    text = toml.read_text(encoding="utf-8")
    stricter = text.replace('"min_degree_level"\nmin_level = 2', '"min_degree_level"\nmin_level = 3')
    assert stricter != text
    toml.write_text(stricter, encoding="utf-8")
    message = tmp_path / "bts.eml"
    message.write_bytes(make_message(BTS_2025, from_addr="hugo.lambert@example.org"))

    def degree_level(*config: str) -> str:
        done = run_cli(*config, "extract", "--today", "2026-11-26", str(message), cwd=tmp_path)
        assert done.returncode == 0, done.stderr
        criteria = json.loads(done.stdout)["eligibility"]["criteria"]
        return next(c["status"] for c in criteria if c["id"] == "degree_level")

    assert degree_level() == "met"
    assert degree_level("--config", str(write_config(tmp_path, '[rules]\ndir = "our-rules"\n'))) == "not_met"


@pytest.mark.slow
def test_the_built_wheel_in_a_fresh_virtualenv_runs_the_demo_from_any_directory(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(wheels), str(REPO)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (wheel,) = wheels.glob("propulse_intake-*.whl")
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    # Dependencies come from pip's usual sources (its cache on a developer's machine).
    subprocess.run(
        [str(env_dir / "bin" / "python"), "-m", "pip", "install", "--quiet", str(wheel)],
        check=True,
        capture_output=True,
        timeout=900,
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    done = subprocess.run(
        [str(env_dir / "bin" / "propulse"), "demo", "--once"],
        cwd=elsewhere,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    with sqlite3.connect(elsewhere / "var" / "propulse.sqlite3") as db:
        statuses = dict(db.execute("SELECT status, count(*) FROM messages GROUP BY status").fetchall())
        drafts = db.execute("SELECT count(*) FROM outgoing_messages").fetchone()[0]
    assert statuses == {"processed": 20}
    assert drafts > 0
