"""The polarity corpus (tests/corpus/polarity): it was written by its own method — a grid of twelve kinds of
operator decided first (plain negation, cessation, «not yet», continuation, «already», «never», restriction
and exception, «ni … ni», «sans», negative quantifiers, scope and modality, the same in English), then each
message written by hand with its deciding fact turned or bounded by one operator of polarity, aspect or
quantity, so that the bare words alone say the opposite or too much («je ne suis plus en service civique
depuis le 31 octobre», «je ne suis pas encore diplômée», «je suis toujours en stage», «Diplômes :
baccalauréat uniquement», «ni stage ni service civique en cours», «je ne dirais pas que c'est une
reconversion», "I am no longer interested in non-profits") — and its truth says which feature and which
fact; above each message an `# operated:` comment resolves the operator.

Nobody tunes the reader on this corpus (see its LICENCE.md). Its scores, floors, build and truth are checked
with every corpus's (bench/corpora.py, tests/test_corpus_scores.py) once the lead registers it, the checks
every corpus written one tag first shares in tests/test_tagged_corpora.py; these are its method's.
"""

from __future__ import annotations

import importlib
import re
from collections import Counter
from pathlib import Path
from typing import Any

from corpus_checks import REPO, truth_lines
from tagged_corpus import (
    applications,
    assert_ambiguity_leaves_a_criterion_open,
    assert_every_tag_carries_other_mail,
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
    pattern = re.compile(r"^\s*# operated: «.+» on .* → \S", flags=re.MULTILINE)
    sources = sorted((POLARITY / "source").glob("batch*.py"))
    operated = sum(len(pattern.findall(p.read_text(encoding="utf-8"))) for p in sources)
    assert operated == len(truth_lines(POLARITY))


def test_about_one_application_in_seven_is_in_english() -> None:
    apps = applications(truth_lines(POLARITY))
    in_english = [t for t in apps if t.get("language") == "en"]
    assert 0.10 <= len(in_english) / len(apps) <= 0.20, len(in_english)


def test_an_operator_said_ambiguous_leaves_a_criterion_of_its_application_open() -> None:
    assert_ambiguity_leaves_a_criterion_open(POLARITY, "Feature", truth_lines(POLARITY), at_least=25)


def test_every_operator_carries_fifteen_messages_three_verdicts_and_three_other_mails() -> None:
    lines = truth_lines(POLARITY)
    assert_every_tag_carries_other_mail(lines, "feature", GRID)
    used = Counter(t["feature"] for t in lines)
    others = Counter(t["feature"] for t in lines if t["kind"] != "application")
    assert min(used[key] for key in GRID) >= 15 and min(others[key] for key in GRID) >= 3, (used, others)
    for key in GRID:
        assert {t["verdict"] for t in applications(lines) if t["feature"] == key} == {
            "eligible",
            "to_verify",
            "not_eligible",
        }, key


def test_it_rebuilds_byte_for_byte(tmp_path: Path) -> None:
    BUILD.build(tmp_path, POLARITY / "source")
    built = sorted(p.name for p in tmp_path.iterdir())
    assert built == [*sorted(p.name for p in POLARITY.glob("*.eml")), "truth.jsonl"]
    stale = [name for name in built if (tmp_path / name).read_bytes() != (POLARITY / name).read_bytes()]
    assert not stale, f"{stale} stale: run python tests/corpus/polarity/build.py"
