"""The extract contract on the labelled dev corpus and on real-world odd messages."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import MESSAGES, shared_dir, shared_files
from corpus_checks import DEV, TODAY
from fixtures_docs import make_message

from intake.classify import KINDS
from intake.extract import extract_files, extract_message

REPO = Path(__file__).resolve().parents[1]
TOP_KEYS = {"file", "message_id", "kind", "applicant", "education", "situation", "eligibility"}


def _application(tmp_path: Path) -> Path:
    """An application written by this suite: a master since June 2025, looking for an ESS job."""
    path = tmp_path / "application.eml"
    path.write_bytes(
        make_message(
            "Bonjour,\n\nJe souhaite candidater au programme Pro'pulse.\n\n"
            "Je suis diplômé d'un Master Gestion des ressources humaines depuis juin 2025.\n"
            "Je suis en recherche active d'emploi dans l'ESS.\n\nBien à vous,\nMaxime Chevalier\n",
            from_name="Maxime Chevalier",
            from_addr="maxime.chevalier@example.org",
        )
    )
    return path


def test_the_command_line_scores_above_the_acceptance_thresholds_on_the_dev_corpus(tmp_path: Path) -> None:
    shared, dev = shared_dir(), DEV.directory
    files = sorted(str(p) for p in dev.glob("*.eml"))
    assert len(files) >= DEV.messages_at_least
    done = subprocess.run(
        [sys.executable, "-m", "intake.extract", "--today", TODAY.isoformat(), *files],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    lines = done.stdout.splitlines()
    assert len(lines) == len(files)
    results = tmp_path / "r.jsonl"
    results.write_text(done.stdout, encoding="utf-8")
    score = subprocess.run(
        [
            sys.executable,
            str(shared / "tools" / "score.py"),
            str(dev),
            str(results),
            "--min-kind",
            str(DEV.floors["kind"]),
            "--min-field",
            str(DEV.floors["fields"]),
            "--min-verdict",
            str(DEV.floors["verdict"]),
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    summary = score.stdout.strip().splitlines()[-1]
    assert score.returncode == 0, score.stdout
    assert int(summary.rsplit("false_reject=", 1)[1]) <= DEV.max_false_rejections, summary


def test_extract_files_keeps_input_order_and_turns_unreadable_files_into_errors(tmp_path: Path) -> None:
    msg_file = tmp_path / "outlook.msg"
    msg_file.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 1024)
    bounce, application = MESSAGES / "bounce_dsn.eml", _application(tmp_path)
    paths = [str(bounce), str(tmp_path / "missing.eml"), str(msg_file), str(application)]
    results = list(extract_files(paths, today=TODAY, workers=2))
    assert [r["file"] for r in results] == paths
    assert results[0]["kind"] == "bounce" and results[0]["situation"]["bounced_address"]
    assert results[1]["kind"] == "other" and results[1]["error"].startswith("fichier illisible")
    assert "Outlook" in results[2]["error"]
    assert results[3]["applicant"]["last_name"] == "Chevalier"
    for result in results:
        assert set(result) >= TOP_KEYS


def test_the_contract_has_exactly_the_documented_keys(tmp_path: Path) -> None:
    result = extract_message(_application(tmp_path).read_bytes(), today=TODAY, file="application.eml")
    assert set(result) == TOP_KEYS
    assert set(result["applicant"]) == {"first_name", "last_name", "email", "phone", "city"}
    assert {"bac_plus", "diploma", "graduation"} <= set(result["education"])
    assert result["eligibility"]["verdict"] in {"eligible", "to_verify", "not_eligible"}
    assert all({"id", "status", "evidence"} <= set(c) for c in result["eligibility"]["criteria"])
    json.dumps(result)


@pytest.mark.parametrize("name", shared_files("corpus/real/emails"))
def test_every_real_world_message_goes_through_extraction_without_a_traceback(name: str) -> None:
    path = shared_dir() / "corpus/real/emails" / name
    result = extract_message(path.read_bytes(), today=TODAY, file=str(path))
    assert result["kind"] in KINDS
    if "error" in result:
        assert result["error"] and "\n" not in result["error"] and "Traceback" not in result["error"]
    json.dumps(result)
