"""The contrast corpus (tests/corpus/contrast): it was written by its own method (groups of a base and minimal
edits, each naming the meaning it changes), and the reader changes its answer with the meaning in as many
groups as its floor says.

`python bench/score_contrast.py` prints its scores and its consistency (groups read right in every member).
Its floors, build and truth are checked with every corpus's in tests/test_corpus_scores.py (bench/corpora.py).
"""

from __future__ import annotations

from collections import Counter

from corpus_checks import corpus_named, extracted, truth_lines
from score_contrast import consistency

CONTRAST = corpus_named("contrast")


def test_the_reader_changes_its_answer_with_the_meaning_in_as_many_contrast_groups_as_first_measured(
) -> None:
    whole, groups = consistency(CONTRAST.directory, extracted(CONTRAST.directory))
    assert CONTRAST.min_consistency is not None
    assert whole / groups >= CONTRAST.min_consistency, f"{whole}/{groups}"


def test_every_contrast_group_is_a_base_and_at_least_two_edits_sharing_its_file_stem() -> None:
    lines = truth_lines(CONTRAST.directory)
    sizes = Counter(t["group"] for t in lines)
    assert len(sizes) >= 70 and min(sizes.values()) >= 3
    for t in lines:
        assert t["file"].startswith(t["group"]), t["file"]
        assert (t["change"] == "base") == t["file"].endswith("a.eml"), t["file"]


def test_most_contrast_edits_move_the_verdict_or_kind_and_some_keep_it() -> None:
    lines = truth_lines(CONTRAST.directory)
    answer = {t["file"]: t.get("verdict", t["kind"]) for t in lines}
    base = {t["group"]: answer[t["file"]] for t in lines if t["change"] == "base"}
    edits = [t for t in lines if t["change"] != "base"]
    moved = sum(answer[t["file"]] != base[t["group"]] for t in edits)
    kept_on_purpose = sum(t["change"].startswith("same meaning") for t in edits)
    assert moved >= len(edits) // 2 and kept_on_purpose >= 20
