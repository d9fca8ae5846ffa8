"""The placement corpus (tests/corpus/placement): it was written by its own method — a grid of twelve places
of a message decided first (the Subject line alone, a telegraphic opening line, buried in a long story
among other people's facts, an aside in parentheses or dashes, a postscript, the signature block, a list, a
form or table cell, an HTML-only body, a quoted or forwarded earlier message, the attached CV alone, the
same places in English), then each message written by hand with its deciding fact put in that one place, in
ordinary words («Candidature Pro'pulse — Master ESS, diplômée en juin 2025» over a body that never repeats
it, «P.S. : j'ai oublié de préciser que mon service civique se termine le 30 novembre», «Volontaire en
service civique — Unis-Cité Villeurbanne» in a signature) — and its truth says which place and which fact;
above each message a `# placed:` comment says where the words stand and what they decide.

Tuned on since stop 34, the day it was written, after its first figure (see its LICENCE.md). Its scores,
floors, build and truth are checked with every corpus's (bench/corpora.py, tests/test_corpus_scores.py), the
checks every corpus written one tag first shares in tests/test_tagged_corpora.py; these are its method's.
"""

from __future__ import annotations

import email
import importlib
from email import policy
from pathlib import Path
from typing import Any

from corpus_checks import REPO, assert_rebuilt_byte_for_byte, marked_messages, truth_lines
from corpus_method import applications_of
from tagged_corpus import (
    ambiguous_marks,
    assert_ambiguity_leaves_a_criterion_open,
    assert_every_key_carries_three_verdicts,
    builder,
    items,
)

PLACEMENT = REPO / "tests" / "corpus" / "placement"
BUILD = builder(PLACEMENT, "placement_build")  # puts the voices kit and source/placement.py on the path
GRID = importlib.import_module("placement").GRID


def _written() -> list[Any]:
    return list(items(BUILD, PLACEMENT))


def _flat(text: str) -> str:
    return " ".join(text.split()).lower()


def test_the_grid_has_twelve_placements() -> None:
    assert len(GRID) == 12


def test_every_message_says_where_its_fact_stands_in_a_placed_comment() -> None:
    assert marked_messages(PLACEMENT, "placed", r".*«.+».* → \S") == len(truth_lines(PLACEMENT))


def test_a_placement_said_ambiguous_leaves_a_criterion_of_its_application_open() -> None:
    assert_ambiguity_leaves_a_criterion_open(PLACEMENT, "Feature", truth_lines(PLACEMENT), at_least=25)
    assert sum(ambiguous_marks(PLACEMENT, "Feature")) <= 40


def test_every_placement_carries_fifteen_messages_three_verdicts_and_three_other_mails() -> None:
    assert_every_key_carries_three_verdicts(truth_lines(PLACEMENT), "feature", GRID)


def test_an_html_only_message_has_no_text_part() -> None:
    files = [t["file"] for t in truth_lines(PLACEMENT) if t["feature"] == "html_only"]
    assert len(files) >= 15
    for name in files:
        msg = email.message_from_bytes((PLACEMENT / name).read_bytes(), policy=policy.default)
        types = [part.get_content_type() for part in msg.walk() if not part.is_multipart()]
        assert "text/html" in types and "text/plain" not in types, (name, types)


def test_a_subject_line_application_carries_its_words_in_the_subject_and_not_in_the_body() -> None:
    placed = applications_of(_written(), "subject_line")
    assert len(placed) >= 10
    wrong = [
        i.words
        for i in placed
        if _flat(i.words) not in _flat(i.m.subject) or _flat(i.words) in _flat(i.m.body)
    ]
    assert not wrong, wrong


def test_an_attachment_only_application_holds_its_facts_in_the_cv() -> None:
    placed = applications_of(_written(), "attachment_only")
    assert len(placed) >= 10
    wrong = [i.words for i in placed if i.m.truth["info_in"] != "cv" or i.m.cv is None]
    assert not wrong, wrong
    outside = [i.words for i in placed if _flat(i.words) not in _flat(i.m.cv.text)]
    assert not outside, outside


def test_the_corpus_rebuilds_byte_for_byte(tmp_path: Path) -> None:
    assert_rebuilt_byte_for_byte(PLACEMENT, tmp_path)
