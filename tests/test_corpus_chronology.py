"""The chronology corpus (tests/corpus/chronology): it was written by its own method — CHRONOLOGY FIRST.
Every application tells the writer's path in an order chosen first from a grid of twelve (today first and
back in time, told forward with a jump back, what comes next first, events dated only from one another,
events dated by the writer's life or the calendar, two strands side by side, an undated sequence, an ending
told before its beginning, a dated list or timeline, one pivot event, the path told twice, the same in
English), and the deciding fact — when the diploma came, whether studies, an internship, a service civique or
a job are over or running, whether a career came before, whether the search is now — can only be read right
by following that order: the present step of a backward walk runs today, the plus-que-parfait of a flashback
is earlier, the event told first in a future-first mail is still ahead, «six mois plus tard» is counted from
its anchor, the first lockdown is 2020, the strand still told in the present is the one running, the last
step of a sequence is the latest, the ending told first is what counts, an open range runs, a fact «avant le
master» is earlier than it, the detail of a second telling holds. Its truth says which order and which fact;
above each message an `# order:` comment says how the path is told and what the order makes of the fact.

Tuned on since stop 40, after its first figure (see its LICENCE.md). Its scores, floors, build and truth are
checked with every corpus's (bench/corpora.py, tests/test_corpus_scores.py), the checks every corpus written
one tag first shares in tests/test_tagged_corpora.py (English share, replies in our thread…); these are its
method's.
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

CHRONOLOGY = REPO / "tests" / "corpus" / "chronology"
# builder puts the voices kit and source/chronology.py on the path
BUILD = builder(CHRONOLOGY, "chronology_build")
GRID = importlib.import_module("chronology").GRID

# Every application shows its order by marker words (subject and body, case aside): per key, the patterns
# that must all appear — the words that lay the events out in that order.
MARKERS: dict[str, tuple[str, ...]] = {
    "reverse_order": (
        r"aujourd'hui|actuellement|en ce moment|\blà\b|maintenant|à présent|présentement|right now|currently|"
        r"at the moment|je suis|je travaille|je cherche|je vis|dernières semaines",
        r"avant|auparavant|au départ|au début|before|previously|earlier|plus tôt|précédemment|plus loin|"
        r"l'an dernier|cet été",
    ),
    "flashback": (
        r"\bj'avais|\bj'étais|\bavais\b|\bavait\b|\bavions\b|\bétait\b|\bhad\b|il faut dire|oubli|omis|"
        r"précis|entre-temps|pas dit|ajouter|mention|auparavant|avant",
    ),
    "future_first": (
        r"se termine|s'arrêtera|terminera|finira|soutiens|soutenance|jury|aura lieu|\bpars\b|partir|départ|"
        r"prochain|commence|commencerai|démarre|débute|will|next|going to|coming|upcoming|d'ici|bientôt|"
        r"\bdès\b|janvier|février|mars|décembre|à partir",
    ),
    "relative_anchors": (
        r"après|plus tard|suivant|dans la foulée|d'après|avant|ensuite|later|following|after|before|"
        r"ago|\bil y a\b|depuis",
    ),
    "life_anchors": (
        r"\bété\b|rentrée|confinement|covid|naissance|déménag|quitté|\bans\b|fêtes|noël|toussaint|vacances|"
        r"printemps|hiver|automne|mariage|summer|turned|lockdown|born|birth|moved|winter|christmas|"
        r"paques|pâques|ramadan|bac\b|enceinte|arrivée|emménag",
    ),
    "parallel_strands": (
        r"parallèle|pendant|même moment|même temps|de front|à côté|ce temps|en plus|tout en|simultan|"
        r"at the same time|alongside|while|both|d'un côté|de l'autre|les deux|en même|week-ends|côté",
    ),
    "sequence_words": (r"d'abord|ensuite|puis|enfin|après quoi|pour finir|first|then|finally|après",),
    "end_before_start": (
        r"vient de|viens de|terminé|fini|achev|rendu|interromp|s'est|a pris fin|prend fin|ended|finished|"
        r"clos|arrêt|fin|quitté|reçu|parti|obtenu",
        r"avait commencé|avais commencé|entamé|débuté|commencé|démarré|started|begun|began|depuis|avait|"
        r"avais|entré",
    ),
    "timeline_layout": (r"(?m)^\s*[-–•*]?\s*(?:\d{1,2}/|[a-zéû]+\.? )?(?:19|20)\d\d\b",),
    "pivot_event": (r"depuis|avant|après|since|before|after|dès",),
    "told_twice": (
        r"en bref|résum|précis|détail|en un mot|faire court|reprends|à vrai dire|longuement|en clair|"
        r"autrement dit|en fait|in short|to be precise|in detail|to sum up|in a word|more precisely|"
        r"actually|correct|plus exactement|pour être exact",
    ),
    "english_chronology": (
        r"before|since|after|next|following|right now|at the moment|currently|then|in short|to be precise|"
        r"present|ago|until|later|first|already|\bwas\b",
    ),
}

# What each order's rule decides: a few words the rule of the grid must say (which event holds).
RULES = {
    "reverse_order": ("today's state", "earliest"),
    "flashback": ("before the story told first", "fails not_career_change"),
    "future_first": ("still ahead", "fails studies_finished"),
    "relative_anchors": ("counted from the anchor", "stays open"),
    "life_anchors": ("2020", "leaves the fact open"),
    "parallel_strands": ("runs today", "student job"),
    "sequence_words": ("the latest", "career change"),
    "end_before_start": ("ending told first", "not its beginning"),
    "timeline_layout": ("open-ended range", "runs today"),
    "pivot_event": ("after the pivot", "career change"),
    "told_twice": ("detailed telling holds", "fails studies_finished"),
    "english_chronology": ("placement", "viva"),
}


def _written() -> list[Any]:
    return list(items(BUILD, CHRONOLOGY))


def test_the_grid_has_twelve_orders_each_with_its_forms_its_rule_and_distractors() -> None:
    assert len(GRID) == 12
    assert (
        set(GRID)
        == set(MARKERS)
        == set(RULES)
        == {
            "reverse_order",
            "flashback",
            "future_first",
            "relative_anchors",
            "life_anchors",
            "parallel_strands",
            "sequence_words",
            "end_before_start",
            "timeline_layout",
            "pivot_event",
            "told_twice",
            "english_chronology",
        }
    )
    for key, order in GRID.items():
        assert order.description and order.rule and order.distractors, key
        assert order.forms_fr or order.forms_en, key
        assert order.forms_en, key  # every order can be told in English
    assert not GRID["english_chronology"].forms_fr


def test_each_order_s_rule_says_what_the_reader_must_follow() -> None:
    unsaid = [(key, words) for key, words in RULES.items() for w in words if w not in GRID[key].rule.lower()]
    assert not unsaid, unsaid


def test_every_message_says_how_its_path_is_told_and_the_decision_in_an_order_comment() -> None:
    told = r".*«.+».* = .* → \S"
    assert marked_messages(CHRONOLOGY, "order", told) == len(truth_lines(CHRONOLOGY))


def test_an_order_said_ambiguous_leaves_a_criterion_of_its_application_open() -> None:
    lines = truth_lines(CHRONOLOGY)
    assert_ambiguity_leaves_a_criterion_open(CHRONOLOGY, "Feature", lines, at_least=25)
    assert sum(ambiguous_marks(CHRONOLOGY, "Feature")) <= 40


def test_every_order_carries_fifteen_messages_three_verdicts_and_three_other_mails() -> None:
    assert_every_key_carries_three_verdicts(truth_lines(CHRONOLOGY), "feature", GRID)


def test_every_application_shows_its_order_by_marker_words() -> None:
    written = applications_of(_written())
    assert len(written) >= 140
    unmarked = [
        (i.feature, n, i.m.subject)
        for i in written
        for n, pattern in enumerate(MARKERS[i.feature])
        if not re.search(pattern, f"{i.m.subject} {i.m.body}", flags=re.IGNORECASE)
    ]
    assert not unmarked, unmarked


def test_the_corpus_rebuilds_byte_for_byte(tmp_path: Path) -> None:
    assert_rebuilt_byte_for_byte(CHRONOLOGY, tmp_path)
