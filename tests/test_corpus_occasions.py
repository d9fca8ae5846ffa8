"""The occasions corpus (tests/corpus/occasions): it was written by its own method — OCCASIONS FIRST. Every
message is written on an occasion chosen first from a grid of twelve (a plain first mail, after a forum or a
talk, after a phone call, a relance left unanswered, a situation that changed, a new try after a refusal, a
recommendation, an answer to a post, a closing date or a cohort's start, a move or a life event, several
schemes at once, the same in English), and the facts come in the way that occasion brings them: said again
and updated (the last word counts), dated by the occasion (a date that is no graduation), beside a
recommender's own, in a first mail that sounds like a reply. Its truth says which occasion and which fact;
above each message an `# occasion:` comment says what the occasion makes of the words and what they decide.

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

OCCASIONS = REPO / "tests" / "corpus" / "occasions"
BUILD = builder(OCCASIONS, "occasions_build")  # puts the voices kit and source/occasions.py on the path
GRID = importlib.import_module("occasions").GRID

# Every application names its occasion: a few marker words per occasion (subject and body, case aside).
MARKERS = {
    "first_contact": (
        "candidat",
        "postul",
        "apply",
        "application",
        "intéress",
        "interested",
        "rejoindre",
        "join",
    ),
    "after_a_meeting": (
        "forum",
        "salon",
        "réunion",
        "rencontr",
        "présentation",
        "stand",
        "session",
        "atelier",
        "conférence",
        "fair",
        "met you",
        "talk",
        "meeting",
    ),
    "after_a_call": ("téléphon", "appel", "comme convenu", "au bout du fil", "phone", "call"),
    "follow_up_no_answer": (
        "relanc",
        "sans nouvelles",
        "sans réponse",
        "pas eu de réponse",
        "reviens vers vous",
        "follow(ing)?[ -]up",
        "no answer",
        "no reply",
    ),
    "situation_changed": (
        "vient de",
        "viens de",
        "ça y est",
        "depuis",
        "enfin",
        "chang",
        "désormais",
        "maintenant",
        "just",
        "finally",
        "now",
    ),
    "reapplying": (
        "l'an dernier",
        "l'année dernière",
        "déjà candidaté",
        "à nouveau",
        "de nouveau",
        "retent",
        "again",
        "last year",
        "reappl",
        "re-appl",
        "précédente",
    ),
    "recommended_by": (
        "conseil",
        "recommand",
        "m'a parlé",
        "de la part",
        "orienté",
        "suggest",
        "recommend",
        "referred",
        "told me",
    ),
    "answering_a_post": (
        "publication",
        "post",
        "annonce",
        "affiche",
        "newsletter",
        "linkedin",
        "instagram",
        "offre",
        "listing",
        "flyer",
        "poster",
        "indeed",
        "facebook",
    ),
    "deadline_or_date": (
        "clôture",
        "date limite",
        "promo",
        "cohorte",
        "deadline",
        "ferm",
        "clos",
        "close",
        "démarr",
        "rentrée",
        "start",
    ),
    "moving_or_life_event": (
        "emménag",
        "déménag",
        "arriv",
        "retour",
        "rentré",
        "congé",
        "naissance",
        "maladie",
        "contrat",
        "moved",
        "back from",
        "leave",
        "install",
    ),
    "several_programmes": (
        "bpi",
        "apec",
        "garantie jeunes",
        "plusieurs",
        "aussi",
        "dispositif",
        "programmes",
        "scheme",
        "also",
        "both",
        "hésite",
    ),
    "english_occasions": (".",),
}


def _written() -> list[Any]:
    return list(items(BUILD, OCCASIONS))


def test_the_grid_has_twelve_occasions_each_with_its_forms_what_it_brings_and_distractors() -> None:
    assert len(GRID) == 12
    assert (
        set(GRID)
        == set(MARKERS)
        == {
            "first_contact",
            "after_a_meeting",
            "after_a_call",
            "follow_up_no_answer",
            "situation_changed",
            "reapplying",
            "recommended_by",
            "answering_a_post",
            "deadline_or_date",
            "moving_or_life_event",
            "several_programmes",
            "english_occasions",
        }
    )
    for key, occasion in GRID.items():
        assert occasion.description and occasion.brings and occasion.distractors, key
        assert occasion.forms_fr or occasion.forms_en, key


def test_every_message_says_what_its_occasion_makes_of_its_words_in_an_occasion_comment() -> None:
    assert marked_messages(OCCASIONS, "occasion", r".*«.+».* → \S") == len(truth_lines(OCCASIONS))


def test_an_occasion_said_ambiguous_leaves_a_criterion_of_its_application_open() -> None:
    assert_ambiguity_leaves_a_criterion_open(OCCASIONS, "Feature", truth_lines(OCCASIONS), at_least=25)
    assert sum(ambiguous_marks(OCCASIONS, "Feature")) <= 40


def test_every_occasion_carries_fifteen_messages_three_verdicts_and_three_other_mails() -> None:
    assert_every_key_carries_three_verdicts(truth_lines(OCCASIONS), "feature", GRID)


def test_every_application_names_its_occasion() -> None:
    written = applications_of(_written())
    assert len(written) >= 140
    silent = [
        (i.feature, i.m.subject)
        for i in written
        if not re.search("|".join(MARKERS[i.feature]), f"{i.m.subject} {i.m.body}", flags=re.IGNORECASE)
    ]
    assert not silent, silent


def test_the_corpus_rebuilds_byte_for_byte(tmp_path: Path) -> None:
    assert_rebuilt_byte_for_byte(OCCASIONS, tmp_path)
