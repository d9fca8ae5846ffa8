"""The holdout corpus (tests/corpus/holdout): it matches its sources, its truth is well-formed, it was written
by its own method (a persona card per message, no sentence borrowed from the voices corpus), and its builder
refuses a self-contradicting label.

The reader is tuned on this corpus from stop 20 (see its LICENCE.md; the unseen one is now ../fresh);
`python bench/score_corpora.py` prints its scores, tests/test_corpus_scores.py keeps their floors.
"""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from corpus_checks import (
    KINDS,
    VERDICTS,
    assert_built_as_committed,
    assert_truth_names_its_messages,
    assert_truth_well_formed,
)
from corpus_checks import truth_lines as truth_lines_of

REPO = Path(__file__).resolve().parents[1]
HOLDOUT = REPO / "tests" / "corpus" / "holdout"
VOICES = REPO / "tests" / "corpus" / "voices"


def truth_lines() -> list[dict[str, Any]]:
    return truth_lines_of(HOLDOUT)


def voices_build() -> ModuleType:
    spec = importlib.util.spec_from_file_location("voices_build", VOICES / "build.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_committed_holdout_corpus_is_what_its_sources_build(tmp_path: Path) -> None:
    assert_built_as_committed(HOLDOUT, tmp_path)


def test_every_holdout_truth_line_names_an_existing_message_with_its_message_id() -> None:
    assert_truth_names_its_messages(HOLDOUT, at_least=150)


def test_every_holdout_truth_line_uses_only_known_kinds_verdicts_and_criteria() -> None:
    assert_truth_well_formed(HOLDOUT)


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
