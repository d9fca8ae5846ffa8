"""The contrast corpus (tests/corpus/contrast): it matches its sources, its truth is well-formed, it was
written by its own method (groups of a base and minimal edits, each naming the meaning it changes).

Nobody tunes the reader on this corpus (see its LICENCE.md); `python bench/score_contrast.py` prints its
scores and its consistency (groups read right in every member).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from corpus_checks import (
    assert_built_as_committed,
    assert_truth_names_its_messages,
    assert_truth_well_formed,
    truth_lines,
)

REPO = Path(__file__).resolve().parents[1]
CONTRAST = REPO / "tests" / "corpus" / "contrast"


def test_the_committed_contrast_corpus_is_what_its_sources_build(tmp_path: Path) -> None:
    assert_built_as_committed(CONTRAST, tmp_path)


def test_every_contrast_truth_line_names_an_existing_message_with_its_message_id() -> None:
    assert_truth_names_its_messages(CONTRAST, at_least=200)


def test_every_contrast_truth_line_uses_only_known_kinds_verdicts_and_criteria() -> None:
    assert_truth_well_formed(CONTRAST)


def test_every_contrast_group_is_a_base_and_at_least_two_edits_sharing_its_file_stem() -> None:
    lines = truth_lines(CONTRAST)
    sizes = Counter(t["group"] for t in lines)
    assert len(sizes) >= 70 and min(sizes.values()) >= 3
    for t in lines:
        assert t["file"].startswith(t["group"]), t["file"]
        assert (t["change"] == "base") == t["file"].endswith("a.eml"), t["file"]


def test_most_contrast_edits_move_the_verdict_or_kind_and_some_keep_it() -> None:
    lines = truth_lines(CONTRAST)
    answer = {t["file"]: t.get("verdict", t["kind"]) for t in lines}
    base = {t["group"]: answer[t["file"]] for t in lines if t["change"] == "base"}
    edits = [t for t in lines if t["change"] != "base"]
    moved = sum(answer[t["file"]] != base[t["group"]] for t in edits)
    kept_on_purpose = sum(t["change"].startswith("same meaning") for t in edits)
    assert moved >= len(edits) // 2 and kept_on_purpose >= 20
