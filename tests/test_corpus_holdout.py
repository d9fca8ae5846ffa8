"""The holdout corpus (tests/corpus/holdout): it was written by its own method (a persona card per message, no
sentence borrowed from the voices corpus), and its builder refuses a self-contradicting label.

The reader is tuned on this corpus from stop 20 (see its LICENCE.md). Its floors, build and truth are checked
with every corpus's in tests/test_corpus_scores.py (bench/corpora.py).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest
from corpus_checks import assert_mix, corpus_named, marked_messages, truth_lines

HOLDOUT = corpus_named("holdout").directory
VOICES = corpus_named("voices").directory


def voices_build() -> ModuleType:
    spec = importlib.util.spec_from_file_location("voices_build", VOICES / "build.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_holdout_corpus_is_four_fifths_applications_with_every_verdict() -> None:
    assert_mix(HOLDOUT, per_verdict=20, applications=(0.75, 0.85))


def test_every_holdout_message_is_written_under_its_persona_card() -> None:
    assert marked_messages(HOLDOUT, "Card") == len(truth_lines(HOLDOUT))


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
