"""The holdout corpus (tests/corpus/holdout): it matches its sources, its truth is well-formed, it was written
by its own method (a persona card per message, no sentence borrowed from the voices corpus), and its builder
refuses a self-contradicting label.

Nobody tunes the reader on this corpus (see its LICENCE.md); `python bench/score_corpora.py` prints its
scores. No score floor here on purpose: the lead sets them from the first measure.
"""

from __future__ import annotations

import email
import importlib.util
import json
import re
import subprocess
import sys
from email import policy
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from test_corpus_scores import E164, GRADUATION, KINDS, VERDICTS, _visible, criteria_ids

REPO = Path(__file__).resolve().parents[1]
HOLDOUT = REPO / "tests" / "corpus" / "holdout"
VOICES = REPO / "tests" / "corpus" / "voices"


def truth_lines() -> list[dict[str, Any]]:
    return [json.loads(line) for line in (HOLDOUT / "truth.jsonl").read_text(encoding="utf-8").splitlines()]


def voices_build() -> ModuleType:
    spec = importlib.util.spec_from_file_location("voices_build", VOICES / "build.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_committed_holdout_corpus_is_what_its_sources_build(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, str(HOLDOUT / "build.py"), "--out", str(tmp_path)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    assert (tmp_path / "truth.jsonl").read_text(encoding="utf-8") == (HOLDOUT / "truth.jsonl").read_text(
        encoding="utf-8"
    ), "truth.jsonl is stale: run python tests/corpus/holdout/build.py"
    built = sorted(p.name for p in tmp_path.glob("*.eml"))
    assert built == sorted(p.name for p in HOLDOUT.glob("*.eml"))
    for name in built:
        fresh, committed = (tmp_path / name).read_bytes(), (HOLDOUT / name).read_bytes()
        assert _visible(fresh) == _visible(committed), f"{name} is stale: rebuild the corpus"


def test_every_holdout_truth_line_names_an_existing_message_with_its_message_id() -> None:
    lines = truth_lines()
    assert len(lines) >= 150
    assert sorted(t["file"] for t in lines) == sorted(p.name for p in HOLDOUT.glob("*.eml"))
    for t in lines:
        msg = email.message_from_bytes((HOLDOUT / t["file"]).read_bytes(), policy=policy.default)
        assert str(msg["Message-ID"]) == t["message_id"], t["file"]


def test_every_holdout_truth_line_uses_only_known_kinds_verdicts_and_criteria() -> None:
    ids = criteria_ids()
    for t in truth_lines():
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


def test_the_holdout_corpus_is_four_fifths_applications_with_every_verdict() -> None:
    lines = truth_lines()
    verdicts = [t["verdict"] for t in lines if t["kind"] == "application"]
    for verdict in VERDICTS:
        assert verdicts.count(verdict) >= 20, verdict
    applications = len(verdicts) / len(lines)
    assert 0.75 <= applications <= 0.85, applications
    kinds = {t["kind"] for t in lines}
    assert kinds == KINDS, KINDS - kinds


def test_every_holdout_message_is_written_under_its_persona_card() -> None:
    sources = [p.read_text(encoding="utf-8") for p in sorted((HOLDOUT / "source").glob("batch*.py"))]
    cards = sum(len(re.findall(r"^\s*# Card: \S", text, flags=re.MULTILINE)) for text in sources)
    assert cards == len(truth_lines())


def test_no_applicant_sentence_of_the_holdout_corpus_is_borrowed_from_the_voices_corpus() -> None:
    build = voices_build()
    voices = "\n".join(m.body + "\n" + (m.cv.text if m.cv else "") for m in build.load_messages())
    borrowed = [
        line
        for m in build.load_messages(HOLDOUT / "source")
        if m.truth["kind"] == "application"
        for line in (raw.strip().lstrip("> ").strip() for raw in m.body.splitlines())
        if len(line) >= 40 and line in voices
    ]
    assert borrowed == []


def test_the_builder_refuses_a_diploma_older_than_two_years_not_marked_as_failing(tmp_path: Path) -> None:
    source = tmp_path / "source"
    source.mkdir()
    (source / "batch01.py").write_text(
        "from kit import M, app\n"
        "MESSAGES = [M(frm='A B <a.b@example.org>', subject='candidature', date='02 10:00',\n"
        "    body='Licence obtenue en juin 2022, je cherche dans une association.',\n"
        "    truth=app('A', 'B', phone=None, bac=3, grad='2022-06', status='old_not_marked'))]\n",
        encoding="utf-8",
    )
    with pytest.raises(AssertionError, match="graduation 2022-06 vs failing"):
        voices_build().build(tmp_path / "out", source)
