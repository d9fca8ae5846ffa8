"""The polarity corpus (tests/corpus/polarity): it was written by its own method — a grid of twelve kinds of
operator decided first (plain negation, cessation, «not yet», continuation, «already», «never», restriction
and exception, «ni … ni», «sans», negative quantifiers, scope and modality, the same in English), then each
message written by hand with its deciding fact turned or bounded by one operator of polarity, aspect or
quantity, so that the bare words alone say the opposite or too much («je ne suis plus en service civique
depuis le 31 octobre», «je ne suis pas encore diplômée», «je suis toujours en stage», «Diplômes :
baccalauréat uniquement», «ni stage ni service civique en cours», «je ne dirais pas que c'est une
reconversion», "I am no longer interested in non-profits") — and its truth says which feature and which
fact; above each message an `# operated:` comment resolves the operator.

Tuned on since stop 33 (see its LICENCE.md). Its scores, floors, build and truth are checked
with every corpus's (bench/corpora.py, tests/test_corpus_scores.py) once the lead registers it, the checks
every corpus written one tag first shares in tests/test_tagged_corpora.py; these are its method's.
"""

from __future__ import annotations

import importlib
import re
from typing import Any

from corpus_checks import REPO, marked_messages, truth_lines
from tagged_corpus import (
    assert_ambiguity_leaves_a_criterion_open,
    assert_every_key_carries_three_verdicts,
    builder,
    items,
)

POLARITY = REPO / "tests" / "corpus" / "polarity"
BUILD = builder(POLARITY, "polarity_build")  # puts the voices kit and source/polarity.py on the path
GRID = importlib.import_module("polarity").GRID

# An operator word, French or English: a negation («ne», «n'», «pas», «non»), a cessation or a «not yet»
# («plus», «encore», «toujours»), «déjà», «jamais», a restriction or an exception («que», «qu'»,
# «seulement», «uniquement», «sauf», «excepté», «hors»), «ni», «sans» («dépourvu»), a negative quantifier
# or pronoun («rien», «aucun», «aucune», «personne», «nulle»), and in English «not», «n't», «no», «never»,
# «none», «nothing», «neither», «nor», «without», «only», «except», «still», «already», «yet», «longer»,
# «hardly».
OPERATOR = re.compile(
    r"(\b(ne|n|qu)['’]|n['’]t\b|\b(ne|pas|plus|jamais|rien|aucun|aucune|aucuns|aucunes|personne|nulle|ni"
    r"|sans|que|sauf|excepté|exceptée|hors|dépourvu|dépourvue|seulement|uniquement|encore|toujours|déjà|non"
    r"|not|no|never|none|nothing|neither|nor|without|only|except|still|already|yet|longer|hardly)\b)"
)


def _written_applications() -> list[Any]:
    return [i for i in items(BUILD, POLARITY) if i.m.truth["kind"] == "application"]


def _operated(words: str) -> bool:
    """The carrying words hold an operator word."""
    return bool(OPERATOR.search(" ".join(words.split()).lower()))


def test_the_grid_has_twelve_operators() -> None:
    assert len(GRID) == 12


def test_most_facts_are_carried_by_an_operator() -> None:
    written = _written_applications()
    plain = [i.words for i in written if not _operated(i.words)]
    assert len(written) - len(plain) >= 0.90 * len(written), plain


def test_every_message_resolves_its_operator_in_an_operated_comment() -> None:
    assert marked_messages(POLARITY, "operated", r"«.+» on .* → \S") == len(truth_lines(POLARITY))


def test_an_operator_said_ambiguous_leaves_a_criterion_of_its_application_open() -> None:
    assert_ambiguity_leaves_a_criterion_open(POLARITY, "Feature", truth_lines(POLARITY), at_least=25)


def test_every_operator_carries_fifteen_messages_three_verdicts_and_three_other_mails() -> None:
    assert_every_key_carries_three_verdicts(truth_lines(POLARITY), "feature", GRID)
