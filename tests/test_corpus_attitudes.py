"""The attitudes corpus (tests/corpus/attitudes): it was written by its own method — ATTITUDES FIRST. Every
message is written in an attitude chosen first from a grid of twelve (pride, modesty, hedging, complaint,
irony, enthusiasm, anxiety, regret, defiance, humour, gratitude and politeness, the same in English), and the
deciding fact is carried through the writer's stance toward it: boasted, minimised, hedged, complained about,
said ironically, effused, feared, regretted, defended, joked about, buried in formulas. A reader must see
through the stance to the fact: a feared failing is no failing, an unreal past no diploma, an ironic «j'adore»
no liking, a claim weighed against the facts. Its truth says which attitude and which fact; above each message
an `# attitude:` comment says what the attitude makes of the words and what they decide.

Tuned on since stop 37, after its first figure (see its LICENCE.md). Its scores, floors, build and truth are
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

ATTITUDES = REPO / "tests" / "corpus" / "attitudes"
BUILD = builder(ATTITUDES, "attitudes_build")  # puts the voices kit and source/attitudes.py on the path
GRID = importlib.import_module("attitudes").GRID

# Every application shows its attitude: a few marker words per attitude (subject and body, case aside).
MARKERS = {
    "pride": (
        "fier",
        "fière",
        "haut la main",
        "vanter",
        "major",
        "félicitations",
        "mention",
        "meilleur",
        "brag",
        "smashed",
        "proud",
        "top of",
    ),
    "modesty": (
        "petit",
        "rien d'extraordinaire",
        "rien de spécial",
        "pas grand-chose",
        "modest",
        "seulement",
        "juste",
        "humble",
        "nothing special",
        "only",
    ),
    "hedging": (
        "je crois",
        "si je ne me trompe",
        "normalement",
        "il me semble",
        "a priori",
        "sauf erreur",
        "je pense",
        "I think",
        "mistaken",
        "should be",
        "believe",
    ),
    "complaint": (
        "j'en peux plus",
        "marre",
        "ras-le-bol",
        "personne ne",
        "épuisant",
        "galère",
        "n'aide pas",
        "fed up",
        "sick of",
        "nobody",
    ),
    "irony": (
        '"',
        "«",
        "génial",
        "quelle chance",
        "formidable",
        "évidemment",
        "bien sûr",
        "j'adore",
        "merveilleu",
        "oh joy",
        "lucky",
    ),
    "enthusiasm": ("!!", "trop hâte", "j'adore", "love", "excited", "can't wait", "motivé"),
    "anxiety": (
        "désolé",
        "peur",
        "stress",
        "pardon",
        "n'ose",
        "je ne sais pas si",
        "sorry",
        "worried",
        "anxious",
    ),
    "regret": (
        "j'aurais",
        "si j'avais su",
        "regrett?e",
        "dommage",
        "wish",
        "if only",
        "regret",
        "should have",
    ),
    "defiance": (
        "je sais que",
        "reconversion",
        "je tiens à",
        "avant que vous",
        "préciser",
        "je vous vois venir",
        "je refuse",
        "qu'on le veuille",
        "I know I",
        "before you say",
    ),
    "humour": ("haha", "lol", "spoiler", "je plaisante", "rigolez", "ma mère", "champion", "kidding"),
    "gratitude_politeness": (
        "agréer",
        "magnifique",
        "remercie",
        "respect",
        "permettez",
        "immense plaisir",
        "considération",
        "grateful",
    ),
    "english_attitudes": ("\\bI\\b", "\\bmy\\b"),
}


def _written() -> list[Any]:
    return list(items(BUILD, ATTITUDES))


def test_the_grid_has_twelve_attitudes_each_with_its_forms_what_it_does_and_distractors() -> None:
    assert len(GRID) == 12
    assert (
        set(GRID)
        == set(MARKERS)
        == {
            "pride",
            "modesty",
            "hedging",
            "complaint",
            "irony",
            "enthusiasm",
            "anxiety",
            "regret",
            "defiance",
            "humour",
            "gratitude_politeness",
            "english_attitudes",
        }
    )
    for key, attitude in GRID.items():
        assert attitude.description and attitude.does and attitude.distractors, key
        assert attitude.forms_fr or attitude.forms_en, key
    assert not GRID["english_attitudes"].forms_fr and GRID["english_attitudes"].forms_en


def test_every_message_says_what_its_attitude_makes_of_its_words_in_an_attitude_comment() -> None:
    assert marked_messages(ATTITUDES, "attitude", r".*«.+».* → \S") == len(truth_lines(ATTITUDES))


def test_an_attitude_said_ambiguous_leaves_a_criterion_of_its_application_open() -> None:
    assert_ambiguity_leaves_a_criterion_open(ATTITUDES, "Feature", truth_lines(ATTITUDES), at_least=25)
    assert sum(ambiguous_marks(ATTITUDES, "Feature")) <= 40


def test_every_attitude_carries_fifteen_messages_three_verdicts_and_three_other_mails() -> None:
    assert_every_key_carries_three_verdicts(truth_lines(ATTITUDES), "feature", GRID)


def test_every_application_shows_its_attitude() -> None:
    written = applications_of(_written())
    assert len(written) >= 140
    silent = [
        (i.feature, i.m.subject)
        for i in written
        if not re.search("|".join(MARKERS[i.feature]), f"{i.m.subject} {i.m.body}", flags=re.IGNORECASE)
    ]
    assert not silent, silent


def test_the_corpus_rebuilds_byte_for_byte(tmp_path: Path) -> None:
    assert_rebuilt_byte_for_byte(ATTITUDES, tmp_path)
