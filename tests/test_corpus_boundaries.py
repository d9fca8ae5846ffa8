"""The boundaries corpus (tests/corpus/boundaries): it was written by its own method — a list of decision
boundaries of the programme's rules decided first, then each message written on one side of one boundary
(`inside`, `outside`) or in its open middle (`open`) — and its truth says which boundary and which side.

Tuned on since stop 22 (see its LICENCE.md). Its floors, build and truth are checked with
every corpus's in tests/test_corpus_scores.py (bench/corpora.py).
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from typing import Any

from corpus_checks import assert_mix, corpus_named, marked_messages, truth_lines

BOUNDARIES_CORPUS = corpus_named("boundaries")
sys.path[:0] = [
    str(BOUNDARIES_CORPUS.directory / "source"),
    str(BOUNDARIES_CORPUS.directory.parent / "voices" / "source"),
]

from boundaries import BOUNDARIES, SIDES  # noqa: E402

# The criterion each boundary of the rules decides (`kind` decides whether the mail is an application).
CRITERION = {
    "date": "graduation_recent",
    "level": "degree_level",
    "studies": "studies_finished",
    "internship": "not_internship",
    "service_civique": "not_service_civique",
    "career_change": "not_career_change",
    "ess_aim": "job_seeking_ess",
}
COMMENT = re.compile(r"^\s*# Boundary: (\w+) — (\w+) — \S", flags=re.MULTILINE)


def lines() -> list[dict[str, Any]]:
    return truth_lines(BOUNDARIES_CORPUS.directory)


def on(boundary: str, side: str) -> list[dict[str, Any]]:
    return [t for t in lines() if t["boundary"] == boundary and t["side"] == side]


def test_every_message_of_the_sources_names_its_boundary_in_a_comment() -> None:
    assert marked_messages(BOUNDARIES_CORPUS.directory, "Boundary") == len(lines())


def test_each_comment_names_the_boundary_and_side_its_truth_line_carries() -> None:
    sources = sorted((BOUNDARIES_CORPUS.directory / "source").glob("batch*.py"))
    comments = [m.groups() for p in sources for m in COMMENT.finditer(p.read_text(encoding="utf-8"))]
    assert comments == [(t["boundary"], t["side"]) for t in lines()]


def test_every_boundary_of_the_plan_has_messages_inside_outside_and_in_its_open_middle() -> None:
    cells = Counter((t["boundary"], t["side"]) for t in lines())
    assert {b for b, _ in cells} == set(BOUNDARIES)
    for boundary in BOUNDARIES:
        for side in SIDES:
            assert cells[(boundary, side)] >= 5, (boundary, side, cells[(boundary, side)])


def test_inside_a_criterion_s_boundary_the_person_is_eligible() -> None:
    for boundary in CRITERION:
        assert {t["verdict"] for t in on(boundary, "inside")} == {"eligible"}, boundary


def test_outside_a_criterion_s_boundary_that_criterion_alone_fails() -> None:
    for boundary, criterion in CRITERION.items():
        for t in on(boundary, "outside"):
            assert t["failing"] == [criterion], t["file"]


def test_in_the_open_middle_of_a_criterion_s_boundary_it_is_left_unknown_and_nothing_fails() -> None:
    for boundary, criterion in CRITERION.items():
        for t in on(boundary, "open"):
            assert not t["failing"] and criterion in t["unknown"], t["file"]


def test_on_the_kind_boundary_only_the_outside_is_not_an_application_and_the_open_middle_leaves_facts_open(
) -> None:
    assert all(t["kind"] == "application" for t in on("kind", "inside"))
    assert all(t["kind"] != "application" for t in on("kind", "outside"))
    assert all(t["kind"] == "application" and (t["unknown"] or t["failing"]) for t in on("kind", "open"))


def test_the_boundaries_corpus_is_seven_tenths_applications_with_every_verdict_and_every_kind() -> None:
    assert_mix(BOUNDARIES_CORPUS.directory, per_verdict=40, applications=(0.65, 0.75))


def test_some_applications_carry_a_small_cv_and_most_do_not() -> None:
    applications = [t for t in lines() if t["kind"] == "application"]
    with_cv = [t for t in applications if t.get("cv_format")]
    assert 10 <= len(with_cv) <= len(applications) / 4, len(with_cv)
