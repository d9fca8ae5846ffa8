"""The abroad corpus (tests/corpus/abroad): it was written by its own method — a grid decided first, of where
people studied (`system`), the path they took (`path`) and how they write the date of their diploma
(`date_style`), then each message written from its cell — and its truth says which cell each message is.

Tuned on since stop 22 (see its LICENCE.md). Its floors, build and truth are checked with
every corpus's in tests/test_corpus_scores.py (bench/corpora.py).
"""

from __future__ import annotations

import sys
from collections import Counter

from corpus_checks import assert_mix, corpus_named, marked_messages, truth_lines

ABROAD = corpus_named("abroad")
sys.path[:0] = [str(ABROAD.directory / "source"), str(ABROAD.directory.parent / "voices" / "source")]

from abroad import DATE_STYLES, PATHS  # noqa: E402


def applications() -> list[dict[str, str]]:
    return [t for t in truth_lines(ABROAD.directory) if t["kind"] == "application"]


def test_every_message_of_the_sources_names_its_cell_in_a_comment() -> None:
    assert marked_messages(ABROAD.directory, "Cell") == len(truth_lines(ABROAD.directory))


def test_every_truth_line_names_a_system_a_path_and_a_date_style_of_the_grid() -> None:
    for t in truth_lines(ABROAD.directory):
        assert t["system"] and t["path"] in PATHS and t["date_style"] in DATE_STYLES, t["file"]


def test_applications_come_from_fifteen_systems_at_least_none_holding_a_sixth_of_them() -> None:
    systems = Counter(t["system"] for t in applications())
    assert len(systems) >= 15, systems
    assert max(systems.values()) <= len(applications()) / 6, systems.most_common(3)


def test_applications_write_their_dates_in_every_style_of_the_grid_and_take_every_path() -> None:
    styles = Counter(t["date_style"] for t in applications())
    assert set(styles) == set(DATE_STYLES) and min(styles.values()) >= 5, styles
    paths = Counter(t["path"] for t in applications())
    assert set(paths) == set(PATHS) - {"n/a"} and min(paths.values()) >= 5, paths


def test_the_grid_is_filled_in_many_distinct_cells() -> None:
    cells = {(t["system"], t["path"], t["date_style"]) for t in truth_lines(ABROAD.directory)}
    assert len(cells) >= 150, len(cells)


def test_the_abroad_corpus_is_seven_tenths_applications_with_every_verdict_and_every_kind() -> None:
    assert_mix(ABROAD.directory, per_verdict=30, applications=(0.65, 0.75))


def test_some_applications_carry_a_small_cv_and_most_do_not() -> None:
    with_cv = [t for t in applications() if t.get("cv_format")]
    assert 15 <= len(with_cv) <= len(applications()) / 4, len(with_cv)


def test_foreign_diplomas_whose_level_cannot_be_told_are_left_open_not_guessed() -> None:
    open_levels = [t for t in applications() if "degree_level" in t["unknown"]]
    assert len(open_levels) >= 10 and all(t["bac_plus"] in ("*", None) for t in open_levels)
