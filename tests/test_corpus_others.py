"""The others corpus (tests/corpus/others): it was written by its own method — OTHER PEOPLE FIRST. Every
message names at least one person OTHER than the applicant (a sibling, a parent or an elder, a partner or a
flatmate, classmates and a «nous», a tutor or a colleague, a friend who applies too, the applicant's own
child, an adviser who tells of herself, people named by a first name only, the same in English) with a fact
of the kind that decides eligibility, beside the applicant's own facts; the RELATION to the other person is
chosen first from a grid of twelve, and it makes the other's fact theirs, copied («moi aussi», «pareil pour
moi», «comme elle», "me too"), denied («contrairement à», «lui oui, moi non», «pas moi», "unlike") or shared
(a «nous» that includes the writer). The test is WHOSE fact is whose. Its truth says which relation and which
of the applicant's criteria the attribution turns on; above each message an `# others:` comment says whose the
other's words are and what they decide for the applicant.

Tuned on since stop 36, after its first figure (see its LICENCE.md). Its scores, floors, build and truth are
checked
with every corpus's (bench/corpora.py, tests/test_corpus_scores.py), the checks every corpus written one tag
first shares in tests/test_tagged_corpora.py; these are its method's.
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

OTHERS = REPO / "tests" / "corpus" / "others"
BUILD = builder(OTHERS, "others_build")  # puts the voices kit and source/others.py on the path
MODULE = importlib.import_module("others")
GRID = MODULE.GRID

# Another person named in a body: a kinship or relation word (French or English, whole word, case aside)…
RELATION_WORD = re.compile(
    r"(?<!\w)(frères?|sœurs?|soeurs?|mère|père|maman|papa|parents?|grand-mère|grand-père|oncle|tante|"
    r"cousine?s?|mari|femme|épou(?:x|se)|compagne|compagnon|copain|copine|conjointe?|coloc\w*|promo|"
    r"camarades?|classe|tutrice|tuteur|collègues?|responsable|maître de stage|manager|amie?s?|fille|fils|"
    r"enfants?|voisine?|step(?:dad|mum|mom|father|mother)|brother|sister|mum|mom|dad|mother|father|aunt|"
    r"uncle|cousin|partner|husband|wife|"
    r"girlfriend|boyfriend|flatmate|housemate|roommate|classmates?|cohort|colleague|supervisor|mentor|"
    r"friends?|daughter|(?:my|our|her|his) sons?|kids?|children)(?!\w)",
    re.IGNORECASE,
)
# …or a capitalised first name, not the applicant's, followed by a verb or «, qui», or after «avec / et».
FIRST_NAME = re.compile(
    r"(?<![\w.])([A-ZÉÈÎ][a-zéèêëïîôç]+)(?: (?:est|a|fait|termine|finit|vient|cherche|is|has|did|was|works)"
    r"|, (?:qui|who))(?!\w)|(?:avec|with|and|et) ([A-ZÉÈÎ][a-zéèêëïîôç]+)(?!\w)"
)
NOT_NAMES = {"Elle", "Il", "On", "Ce", "Cela", "Ça", "She", "He", "It", "This", "That", "There", "Qui"}


def _written() -> list[Any]:
    return list(items(BUILD, OTHERS))


def _names_another_person(item: Any) -> bool:
    """The body names someone else than the applicant: a relation word, another first name, or (a referral)
    the referrer who writes and tells of herself."""
    truth = item.m.truth
    if truth.get("forwarded_by") or RELATION_WORD.search(item.m.body):
        return True
    names = {n for pair in FIRST_NAME.findall(item.m.body) for n in pair if n}
    return bool(names - NOT_NAMES - {truth.get("first_name") or ""})


def test_the_grid_has_twelve_relations_each_with_its_forms_what_it_makes_and_distractors() -> None:
    assert len(GRID) == 12
    assert set(GRID) == {
        "sibling",
        "family_elder",
        "partner_or_flatmate",
        "classmates_we",
        "colleague_or_tutor",
        "same_as_other",
        "unlike_other",
        "friend_applying_too",
        "own_children",
        "adviser_own_facts",
        "named_people",
        "english_others",
    }
    for key, relation in GRID.items():
        assert relation.description and relation.makes and relation.distractors, key
        assert relation.forms_fr or relation.forms_en, key
    assert "identity" in MODULE.FACTS  # the applicant's contacts, beside another person's


def test_every_message_says_whose_the_other_person_s_fact_is_in_an_others_comment() -> None:
    assert marked_messages(OTHERS, "others", r".*«.+».* → \S") == len(truth_lines(OTHERS))


def test_a_message_said_ambiguous_leaves_a_criterion_of_its_application_open() -> None:
    assert_ambiguity_leaves_a_criterion_open(OTHERS, "Feature", truth_lines(OTHERS), at_least=25)
    assert sum(ambiguous_marks(OTHERS, "Feature")) <= 40


def test_every_relation_carries_fifteen_messages_three_verdicts_and_three_other_mails() -> None:
    assert_every_key_carries_three_verdicts(truth_lines(OTHERS), "feature", GRID)


def test_every_application_names_another_person_beside_the_applicant() -> None:
    written = applications_of(_written())
    assert len(written) >= 140
    alone = [(i.feature, i.m.subject) for i in written if not _names_another_person(i)]
    assert not alone, alone


def test_the_applicant_s_contacts_are_tested_beside_another_person_s() -> None:
    identity = applications_of(_written())
    assert sum(i.fact == "identity" for i in identity) >= 10


def test_the_corpus_holds_a_dozen_questions_with_no_personal_fact() -> None:
    assert sum(t["kind"] == "question" for t in truth_lines(OTHERS)) >= 12


def test_the_corpus_rebuilds_byte_for_byte(tmp_path: Path) -> None:
    assert_rebuilt_byte_for_byte(OTHERS, tmp_path)
