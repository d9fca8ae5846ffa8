"""The asking corpus (tests/corpus/asking): it was written by its own method — ASKING FIRST. Every message
asks the programme something, the way of asking chosen first from a grid of twelve (a yes/no question with a
presupposition, a condition «si…», a «sachant que / vu que / given that» clause, an indirect question, a
hypothetical, a request for an exception, a list of questions, a self-check criterion by criterion, a
question tag, a «how do I apply» with facts in passing, a third party asking for someone, the same in
English), and an application's facts are carried INSIDE the asking: presupposed («mon service civique, qui se
termine le 15 décembre»), conditioned («si je valide mon M2 en janvier» = not yet), given («sachant que j'ai
fini mon M2 en septembre»), hypothesised («et si je faisais un service civique ?» = no fact). Its truth says
which way and which fact; above each message an `# asking:` comment says what the words presuppose or state
and what they decide.

Tuned on since stop 36, after its first figure (see its LICENCE.md). Its scores, floors, build and truth are
checked with every corpus's (bench/corpora.py, tests/test_corpus_scores.py), the checks every corpus written
one tag first shares in tests/test_tagged_corpora.py; these are its method's.
"""

from __future__ import annotations

import importlib
import re
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

ASKING = REPO / "tests" / "corpus" / "asking"
BUILD = builder(ASKING, "asking_build")  # puts the voices kit and source/asking.py on the path
GRID = importlib.import_module("asking").GRID

# A «?» or a word that asks (French or English), as a whole word, case aside.
ASKING_WORD = re.compile(
    r"\?|(?<!\w)(si|s'il|sachant|vu que|puisque|je me demande|savoir si|if|whether|given)(?!\w)",
    re.IGNORECASE,
)


def _written() -> list[Any]:
    return list(items(BUILD, ASKING))


def test_the_grid_has_twelve_ways_of_asking_each_with_its_forms_and_distractors() -> None:
    assert len(GRID) == 12
    assert set(GRID) == {
        "yes_no_question",
        "condition_si",
        "given_that",
        "indirect_question",
        "hypothetical",
        "exception_request",
        "question_list",
        "eligibility_self_check",
        "rhetorical_or_tag",
        "how_to_apply",
        "third_party_asking",
        "english_asking",
    }
    for key, way in GRID.items():
        assert way.description and way.carries and way.distractors, key
        assert way.forms_fr or way.forms_en, key


def test_every_message_says_what_its_asking_presupposes_or_states_in_an_asking_comment() -> None:
    assert marked_messages(ASKING, "asking", r".*«.+».* → \S") == len(truth_lines(ASKING))


def test_an_asking_said_ambiguous_leaves_a_criterion_of_its_application_open() -> None:
    assert_ambiguity_leaves_a_criterion_open(ASKING, "Feature", truth_lines(ASKING), at_least=25)
    assert sum(ambiguous_marks(ASKING, "Feature")) <= 40


def test_every_way_carries_fifteen_messages_three_verdicts_and_three_other_mails() -> None:
    assert_every_key_carries_three_verdicts(truth_lines(ASKING), "feature", GRID)


def test_every_application_asks_something() -> None:
    written = applications_of(_written())
    assert len(written) >= 140
    silent = [(i.feature, i.m.subject) for i in written if not ASKING_WORD.search(i.m.body)]
    assert not silent, silent


def test_the_corpus_holds_a_dozen_questions_with_no_personal_fact() -> None:
    assert sum(t["kind"] == "question" for t in truth_lines(ASKING)) >= 12


def test_the_corpus_rebuilds_byte_for_byte(tmp_path: Path) -> None:
    assert_rebuilt_byte_for_byte(ASKING, tmp_path)
