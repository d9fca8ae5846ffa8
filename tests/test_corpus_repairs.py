"""The repairs corpus (tests/corpus/repairs): it was written by its own method — REPAIRS FIRST. Every
application states its deciding fact (the diploma's level or date, whether studies, an internship, a service
civique or a job are over or running, whether a career came before, whether the ESS search is now and where)
and then its writer repairs it, in a way chosen first from a grid of twelve (inside the sentence, in a bracket
or a dash, in a PS, struck through in HTML, by a retraction, a narrowing, an upgrade, a renaming, by
correcting what someone else says, by a repair of a repair, by a hedged repair, the same in English), and the
label follows what the writer finally means: the repair holds, a hedged repair leaves the fact open, the last
of a chain of repairs holds, a restating changes nothing, a retraction with nothing after it leaves the fact
open. Its truth says which repair and which fact; above each message a `# repair:` comment says what was
said, what the repair makes of it, and the decision.

Tuned on since stop 41, after its first figure (see its LICENCE.md). Its scores, floors, build and truth are
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

REPAIRS = REPO / "tests" / "corpus" / "repairs"
# builder puts the voices kit and source/repairs.py on the path
BUILD = builder(REPAIRS, "repairs_build")
GRID = importlib.import_module("repairs").GRID

# Every application shows its repair by marker words (subject and body, case aside): per key, the patterns
# that must all appear — the words that take back, bend or restate what was just said.
MARKERS: dict[str, tuple[str, ...]] = {
    "in_sentence_repair": (
        r"enfin non|pardon|je veux dire|en fait|\beuh\b|attendez|je rectifie|plutôt|mal exprimé|je me trompe|"
        r"non,|I mean|sorry|je me reprends|je corrige",
    ),
    "parenthetical_repair": (r"\(|—|–| - ",),
    "postscript_repair": (r"\bPS\b|P\.S\.|\bNB\b|N\.B\.|oups|edit\s*:|rectificatif|erratum|post-scriptum",),
    "struck_text": (r"~~|\(barré\)|barré|rayé|struck",),
    "retraction": (
        r"oubliez|retire|ne tenez pas compte|ne prenez pas en compte|comme si je n'avais|effacez|"
        r"laissez tomber|annule|laissez de côté|disregard|scratch|strike that|ignore",
    ),
    "narrowing": (
        r"presque|à part|sauf|disons|surtout|plutôt|enfin|du moins|seulement|juste|almost|except|mostly|"
        r"only|really|à un détail près|il me reste",
    ),
    "upgrade": (
        r"et même|pas seulement|voire|plus que|sans compter|par-dessus|not just|not only|more than|even|"
        r"actually|mieux|en plus",
    ),
    "renaming": (
        r"ou plutôt|mal choisi|appelons|appeler|si on peut|enfin|pas vraiment|c'est-à-dire|or rather|"
        r"more of|call it|really|plutôt dire|l'appelle|n'en était pas|nom|titre|mot",
    ),
    "correcting_another": (
        r"conseill|CV|formulaire|profil|LinkedIn|attestation|accusé|fiche|école|referral|indiqu|dit|says|"
        r"marqué|écrit|certificat|France Travail|Mission locale",
    ),
    "repair_of_repair": (
        r"non|correction|corrige|finalement|ah si|bien|no wait|after all|actually|puis|plus",
        r"—|\.|,|;",
    ),
    "hedged_repair": (
        r"je ne sais plus|je crois|à confirmer|à vérifier|il me semble|peut-être|je précise|sauf erreur|"
        r"pas sûr|not sure|I think|check|précis|pour être exact|je ne me souviens plus",
    ),
    "english_repairs": (
        r"I mean|sorry|typo|scratch|strike|well|almost|to be precise|edit|actually|correction|no wait|"
        r"I think|rather|not just",
    ),
}

# What each repair's rule decides: a few words the rule of the grid must say (which statement holds).
RULES = {
    "in_sentence_repair": ("replace the first ones", "count for nothing"),
    "parenthetical_repair": ("the aside holds", "runs today"),
    "postscript_repair": ("the postscript holds", "changes nothing"),
    "struck_text": ("struck words are withdrawn", "leaves it open"),
    "retraction": ("counts for nothing", "stays open"),
    "narrowing": ("narrowed fact holds", "fails studies_finished"),
    "upgrade": ("grown fact holds", "career change"),
    "renaming": ("new name decides", "no internship"),
    "correcting_another": ("correction holds", "itself unsure"),
    "repair_of_repair": ("last repair holds", "leaves the fact open"),
    "hedged_repair": ("unsure repair leaves the criterion open", "changes nothing"),
    "english_repairs": ("i mean", "scratch that"),
}

STRIKE = re.compile(r"<(del|s|strike)\b[^>]*>.+?</\1>", flags=re.IGNORECASE | re.DOTALL)


def _written() -> list[Any]:
    return list(items(BUILD, REPAIRS))


def test_the_grid_has_twelve_repairs_each_with_its_forms_its_rule_and_distractors() -> None:
    assert len(GRID) == 12
    assert (
        set(GRID)
        == set(MARKERS)
        == set(RULES)
        == {
            "in_sentence_repair",
            "parenthetical_repair",
            "postscript_repair",
            "struck_text",
            "retraction",
            "narrowing",
            "upgrade",
            "renaming",
            "correcting_another",
            "repair_of_repair",
            "hedged_repair",
            "english_repairs",
        }
    )
    for key, repair in GRID.items():
        assert repair.description and repair.rule and repair.distractors, key
        assert repair.forms_fr or repair.forms_en, key
        assert repair.forms_en, key  # every repair can be made in English
    assert not GRID["english_repairs"].forms_fr


def test_each_repair_s_rule_says_what_the_writer_finally_means() -> None:
    unsaid = [(key, words) for key, words in RULES.items() for w in words if w not in GRID[key].rule.lower()]
    assert not unsaid, unsaid


def test_every_message_says_what_was_said_what_the_repair_makes_it_and_the_decision() -> None:
    told = r".*«.+».*→.*«.+».* = .* → \S"
    assert marked_messages(REPAIRS, "repair", told) == len(truth_lines(REPAIRS))


def test_a_repair_said_ambiguous_leaves_a_criterion_of_its_application_open() -> None:
    lines = truth_lines(REPAIRS)
    assert_ambiguity_leaves_a_criterion_open(REPAIRS, "Feature", lines, at_least=25)
    assert sum(ambiguous_marks(REPAIRS, "Feature")) <= 40


def test_every_repair_carries_fifteen_messages_three_verdicts_and_three_other_mails() -> None:
    assert_every_key_carries_three_verdicts(truth_lines(REPAIRS), "feature", GRID)


def test_every_application_shows_its_repair_by_marker_words() -> None:
    written = applications_of(_written())
    assert len(written) >= 140
    unmarked = [
        (i.feature, n, i.m.subject)
        for i in written
        for n, pattern in enumerate(MARKERS[i.feature])
        if not re.search(pattern, f"{i.m.subject} {i.m.body}", flags=re.IGNORECASE)
    ]
    assert not unmarked, unmarked


def test_every_struck_text_message_has_an_html_part_with_a_strike_tag() -> None:
    struck = [i for i in _written() if i.feature == "struck_text"]
    assert len(struck) >= 15
    bare = [
        i.m.subject
        for i in struck
        if i.m.html not in ("both", "only") or not STRIKE.search(i.m.body_html or "")
    ]
    assert not bare, bare


def test_the_corpus_rebuilds_byte_for_byte(tmp_path: Path) -> None:
    assert_rebuilt_byte_for_byte(REPAIRS, tmp_path)
