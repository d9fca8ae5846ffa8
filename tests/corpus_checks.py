"""What every labelled corpus of the repository (bench/corpora.py) is checked with: it is what its sources
build, its truth is well-formed, and the reader's score on it, extracted once per test session."""

from __future__ import annotations

import email
import json
import re
import subprocess
import sys
import tomllib
from datetime import date
from email import policy
from email.message import EmailMessage
from functools import cache
from pathlib import Path
from typing import Any

from intake.extract import extract_files

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))  # the corpora's registry and scorer live beside the benchmarks

import corpora  # noqa: E402
from corpora import CORPORA, DEV, Corpus, corpus_named, reading_days  # noqa: E402, F401 (tests take them here)
from score import Score, score  # noqa: E402

TODAY = date.fromisoformat(corpora.TODAY)
KINDS = {"application", "question", "reply", "auto_reply", "bounce", "newsletter", "other"}
VERDICTS = {"eligible", "to_verify", "not_eligible"}
E164 = re.compile(r"^\+[1-9]\d{7,14}$")
GRADUATION = re.compile(r"^(19|20)\d\d(-(0[1-9]|1[0-2]))?$")


def truth_lines(corpus: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in (corpus / "truth.jsonl").read_text(encoding="utf-8").splitlines()]


@cache
def extracted(corpus: Path) -> dict[str, dict[str, Any]]:
    """The reader's result on each message of `corpus`, by file name, each read on its own reading day (most
    corpora: TODAY); read once per test session."""
    return {
        Path(r["file"]).name: r
        for day, paths in reading_days(corpus).items()
        for r in extract_files([str(p) for p in paths], today=date.fromisoformat(day), workers=2)
    }


def score_corpus(corpus: Path) -> Score:
    return score(corpus, extracted(corpus))


def below_floors(measured: Score, floors: dict[str, float]) -> list[str]:
    """Each figure under its floor, as «name measured < floor»; empty when the reader holds them all."""
    return [f"{name} {getattr(measured, name):.3f} < {floor}" for name, floor in floors.items()
            if getattr(measured, name) < floor]


def criteria_ids() -> set[str]:
    with (REPO / "rules" / "eligibility.toml").open("rb") as fh:
        return {c["id"] for c in tomllib.load(fh)["criterion"]}


def visible(raw: bytes) -> dict[str, Any]:
    """What a reader of the message sees: headers, every text part, every attachment's name and bytes."""
    msg = email.message_from_bytes(raw, policy=policy.default)
    assert isinstance(msg, EmailMessage)
    parts = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        payload = part.get_payload(decode=True) or b""
        parts.append((part.get_content_type(), part.get_filename(), payload))
    keys = ("From", "To", "Subject", "Date", "Message-ID", "In-Reply-To", "References", "Auto-Submitted")
    return {"headers": {k: str(msg.get(k)) for k in keys}, "parts": parts}


def assert_built_as_committed(corpus: Path, out: Path) -> None:
    """Building the corpus from its sources into `out` gives the committed truth and messages."""
    build = [sys.executable, str(corpus / "build.py"), "--out", str(out)]
    subprocess.run(build, check=True, capture_output=True, timeout=120)
    stale = f"truth.jsonl is stale: run python {corpus.relative_to(REPO)}/build.py"
    assert (out / "truth.jsonl").read_text(encoding="utf-8") == (corpus / "truth.jsonl").read_text(
        encoding="utf-8"
    ), stale
    built = sorted(p.name for p in out.glob("*.eml"))
    assert built == sorted(p.name for p in corpus.glob("*.eml"))
    for name in built:
        fresh, committed = (out / name).read_bytes(), (corpus / name).read_bytes()
        assert visible(fresh) == visible(committed), f"{name} is stale: rebuild the corpus"


def assert_rebuilt_byte_for_byte(corpus: Path, out: Path) -> None:
    """Building the corpus from its sources into `out` gives exactly the committed files, byte for byte (a
    stricter check than assert_built_as_committed, which compares what a reader sees of each message)."""
    build = [sys.executable, str(corpus / "build.py"), "--out", str(out)]
    subprocess.run(build, check=True, capture_output=True, timeout=120)
    built = sorted(p.name for p in out.iterdir())
    assert built == sorted(p.name for p in corpus.iterdir() if p.suffix in {".eml", ".jsonl"})
    changed = [name for name in built if (out / name).read_bytes() != (corpus / name).read_bytes()]
    assert not changed, changed


def assert_truth_names_its_messages(corpus: Path, at_least: int) -> None:
    """Every truth line names an existing message, by file and Message-ID, and every message has one."""
    lines = truth_lines(corpus)
    assert len(lines) >= at_least
    assert sorted(t["file"] for t in lines) == sorted(p.name for p in corpus.glob("*.eml"))
    for t in lines:
        msg = email.message_from_bytes((corpus / t["file"]).read_bytes(), policy=policy.default)
        # A long Message-ID is folded onto its own line; the unfolded value keeps the fold's leading space.
        assert str(msg["Message-ID"]).strip() == t["message_id"], t["file"]


def assert_truth_well_formed(corpus: Path) -> None:
    """Known kinds, verdicts and criteria; a verdict that follows from failing/unknown; E.164 phones."""
    ids = criteria_ids()
    for t in truth_lines(corpus):
        where = t["file"]
        assert t["kind"] in KINDS, where
        if t["kind"] == "bounce":
            assert "@" in t["bounced"], where
        if t["kind"] != "application":
            assert "verdict" not in t and "forwarded_by" not in t, where
            continue
        assert t["verdict"] in VERDICTS, where
        assert set(t["failing"]) <= ids and set(t["unknown"]) <= ids, where
        expected = "not_eligible" if t["failing"] else "to_verify" if t["unknown"] else "eligible"
        assert t["verdict"] == expected, where
        assert t["phone"] is None or E164.match(t["phone"]), where
        assert t["graduation"] is None or GRADUATION.match(t["graduation"]), where
        assert t["bac_plus"] in {None, "*", 0, 1, 2, 3, 4, 5, 8}, where
        assert t["email"] is None or "@" in t["email"], where
        assert t.get("forwarded_by") is None or t["forwarded_by"] != t["email"], where


def marked_messages(corpus: Path, marker: str, shape: str = r"\S") -> int:
    """How many messages the sources (source/batch*.py) introduce with a `# {marker}: …` comment line, its
    text of `shape` (a regular expression)."""
    pattern = re.compile(rf"^\s*# {marker}: {shape}", flags=re.MULTILINE)
    sources = (corpus / "source").glob("batch*.py")
    return sum(len(pattern.findall(p.read_text(encoding="utf-8"))) for p in sources)


def assert_mix(corpus: Path, *, per_verdict: int, applications: tuple[float, float]) -> None:
    """Every kind present, at least `per_verdict` applications of each verdict, and a share of applications
    within `applications` (low, high)."""
    lines = truth_lines(corpus)
    verdicts = [t["verdict"] for t in lines if t["kind"] == "application"]
    for verdict in VERDICTS:
        assert verdicts.count(verdict) >= per_verdict, verdict
    share = len(verdicts) / len(lines)
    assert applications[0] <= share <= applications[1], share
    kinds = {t["kind"] for t in lines}
    assert kinds == KINDS, KINDS - kinds
