"""Each labelled message is read on its own reading day: truth.jsonl's `read_on`, else the corpora's TODAY
(bench/corpora.py `reading_days`, used by bench/score_corpora.py and tests/corpus_checks.py)."""

from __future__ import annotations

import json
from pathlib import Path

from corpus_checks import corpora, reading_days


def write_corpus(folder: Path, read_on: dict[str, str | None]) -> None:
    lines = []
    for name, day in read_on.items():
        (folder / name).write_bytes(b"Subject: x\n\nx\n")
        lines.append(json.dumps({"file": name, "kind": "other", **({"read_on": day} if day else {})}))
    (folder / "truth.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_a_message_whose_truth_names_a_reading_day_is_read_on_that_day(tmp_path: Path) -> None:
    write_corpus(tmp_path, {"0000.eml": "2026-03-23", "0001.eml": "2027-02-08", "0002.eml": "2026-03-23"})
    days = reading_days(tmp_path)
    assert {day: [p.name for p in paths] for day, paths in days.items()} == {
        "2026-03-23": ["0000.eml", "0002.eml"],
        "2027-02-08": ["0001.eml"],
    }


def test_a_message_whose_truth_names_no_reading_day_is_read_on_the_corpora_day(tmp_path: Path) -> None:
    write_corpus(tmp_path, {"0000.eml": None, "0001.eml": "2026-07-06"})
    days = reading_days(tmp_path)
    assert [p.name for p in days[corpora.TODAY]] == ["0000.eml"]
    assert [p.name for p in days["2026-07-06"]] == ["0001.eml"]
