"""The anaphora corpus (tests/corpus/anaphora): it was written by its own method — a grid of twelve kinds of
link decided first (personal pronouns, demonstratives and defining nouns, bridging parts, ellipsis and
gapping, dislocation and cataphora, a question and its answer, a heading and its items, distance, two
candidates for one link, a relative clause or an apposition detached from its head, chains of links, the
same in English), then each message written by hand with its deciding fact split across one link the reader
must resolve: the thing named in one sentence or clause, what decides it in another («J'ai un master … Je
l'ai obtenu en juillet 2025», «La convention court jusqu'au 28 février 2027», «DUT en 2019, licence en 2021»,
«Mon diplôme ? Une licence pro … Obtenue quand ? En juin 2026», "The former has made me an offer") — and its
truth says which feature and which fact; above each message a `# linked:` comment resolves the link.

Tuned on since stop 32 (see its LICENCE.md). Its scores, floors, build and truth are checked
with every corpus's (bench/corpora.py, tests/test_corpus_scores.py), the checks every corpus written one tag
first shares in tests/test_tagged_corpora.py; these are its method's.
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

ANAPHORA = REPO / "tests" / "corpus" / "anaphora"
BUILD = builder(ANAPHORA, "anaphora_build")  # puts the voices kit and source/anaphora.py on the path
GRID = importlib.import_module("anaphora").GRID

# A link word, French or English: a personal pronoun («l'», «le», «il», «elle», «en», «y»…), a demonstrative
# or a defining noun's determiner («ce», «cette», «celui-ci», «ledit», «ce dernier»), «l'un»/«l'autre», «le
# premier»/«le second», a possessive of a part («son», «sa», «ma promo»…), a relative pronoun, «aussi»/«non»
# of an ellipsis, and in English «it», «that», «this», «the latter», «the former», «one», «she», «which»…
LINK = re.compile(
    r"(\bl['’]|\b(le|la|les|lui|leur|leurs|il|elle|ils|elles|en|y|ce|cet|cette|ces|celui|celle|ceux|celles"
    r"|ci|là|dernier|dernière|ledit|ladite|lesdits|lesdites|un|une|autre|premier|première|second|seconde"
    r"|son|sa|ses|mon|ma|mes|qui|que|dont|où|aussi|non|it|its|that|this|these|those|latter|former|one|he"
    r"|she|they|them|his|her|their|which|who|whose)\b)"
)
# … or the shape of a link that needs no such word: a question and its answer («?» or «:»), a gapping («;»),
# a heading and its item on the next line (a line break kept in the carrying words).
SHAPE = re.compile(r"[?:;]")


def _written_applications() -> list[Any]:
    return [i for i in items(BUILD, ANAPHORA) if i.m.truth["kind"] == "application"]


def _linked(words: str) -> bool:
    """The carrying words hold a link: a link word, the mark of a question and its answer or of a gapping,
    or a heading and its item across a line break."""
    text = " ".join(words.split()).lower()
    return bool(LINK.search(text) or SHAPE.search(text) or "\n" in words)


def test_the_grid_has_twelve_links() -> None:
    assert len(GRID) == 12


def test_most_facts_are_carried_by_a_link() -> None:
    written = _written_applications()
    plain = [i.words for i in written if not _linked(i.words)]
    assert len(written) - len(plain) >= 0.85 * len(written), plain


def test_every_message_resolves_its_link_in_a_linked_comment() -> None:
    assert marked_messages(ANAPHORA, "linked", r"\S.* → \S") == len(truth_lines(ANAPHORA))


def test_a_link_said_ambiguous_leaves_a_criterion_of_its_application_open() -> None:
    assert_ambiguity_leaves_a_criterion_open(ANAPHORA, "Feature", truth_lines(ANAPHORA), at_least=25)


def test_every_link_carries_fifteen_messages_three_verdicts_and_three_other_mails() -> None:
    assert_every_key_carries_three_verdicts(truth_lines(ANAPHORA), "feature", GRID)
