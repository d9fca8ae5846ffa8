"""The circumstances corpus (tests/corpus/circumstances): it was written by its own method — CIRCUMSTANCES
FIRST. Every message is written around a circumstance of the applicant's life chosen first from a grid of
twelve (a health condition or a disability, caring for someone, papers and residence, money and side jobs,
housing and transport, a schedule or an availability, parenthood, an age and a path, a learning or
neurological difference, family abroad and its obligations, volunteering and commitments, the same in
English), and the deciding fact sits among facts about that circumstance which look like the criteria's facts
and are not, or are: a side job beside a career, a training of three days beside studies, a student residence
permit beside a master obtained, a bénévolat beside a service civique, a baby's birth beside a graduation, an
illness that stopped a master before its end. Its truth says which circumstance and which fact; above each
message a `# circumstance:` comment says what the circumstance makes of the words and what they decide.

Tuned on since stop 38, after its first figure (see its LICENCE.md). Its scores, floors, build and truth are
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

CIRCUMSTANCES = REPO / "tests" / "corpus" / "circumstances"
# builder puts the voices kit and source/circumstances.py on the path
BUILD = builder(CIRCUMSTANCES, "circumstances_build")
GRID = importlib.import_module("circumstances").GRID

# Every application shows its circumstance: a few marker words per key (subject and body, case aside).
MARKERS = {
    "health_disability": (
        "santé",
        "maladie",
        "malade",
        "handicap",
        "rqth",
        "arrêt",
        "médic",
        "thérapeut",
        "hospitalis",
        "opération",
        "illness",
        "health",
        "disab",
        "sick",
        "transplant",
        "convalescence",
    ),
    "caring": (
        "aidant",
        "m'occupe",
        "occuper de",
        "ma mère",
        "mon père",
        "frère",
        "sœur",
        "conjoint",
        "compagnon",
        "mari",
        "carer",
        "caring",
        "my mum",
        "partner",
    ),
    "papers_residence": (
        "titre de séjour",
        "séjour",
        r"\baps\b",
        "visa",
        "réfugi",
        "naturalisation",
        "préfecture",
        "permit",
        "refugee",
        "residence",
    ),
    "money_side_jobs": (
        r"\bjob",
        r"\brsa\b",
        r"\bare\b",
        "boursi",
        "bourse",
        "loyer",
        "payer",
        "vivre",
        "caisse",
        "auto-entrepr",
        "prêt",
        "allocation",
        "rent",
        "part-time",
        "boulot",
        "financ",
        "mi-temps",
    ),
    "housing_transport": (
        "permis",
        "voiture",
        r"\bbus\b",
        "foyer",
        "hébergé",
        "logement",
        "loge",
        "déménag",
        "village",
        "train",
        "drive",
        "installer",
        "colocation",
    ),
    "schedule_availability": (
        "disponib",
        "vacances",
        "formation",
        "jours",
        "nuit",
        "horaires",
        "ramadan",
        "après-midi",
        "samedi",
        "available",
        "away",
        "mercredi",
    ),
    "parenthood": (
        "enceinte",
        "bébé",
        "naissance",
        "congé parental",
        "crèche",
        "enfant",
        "fils",
        "fille",
        "grossesse",
        "maternité",
        "baby",
        "daughter",
        r"\bson\b",
        "parental",
        "accouch",
    ),
    "age_and_path": (
        r"\d\d ans",
        "âge",
        "césure",
        "pause",
        "repris",
        "reprise",
        "years old",
        "gap year",
        "aged",
    ),
    "learning_neuro": (
        "dys",
        "tdah",
        "autis",
        "tiers-temps",
        "tiers temps",
        "rattrapage",
        "aménagement",
        "adhd",
        "resit",
        "neuro",
        "asperger",
        "hpi",
    ),
    "family_abroad_obligations": (
        "famille",
        "familial",
        "mariage",
        "enterrement",
        "décès",
        "pays",
        "parents",
        "family",
        "wedding",
        "funeral",
        "home",
    ),
    "volunteering_commitments": (
        "bénévol",
        "pompier",
        "mandat",
        "conseil",
        "réserve",
        r"\bsnu\b",
        "club",
        "volontaire",
        "volontariat",
        "asso",
        "volunteer",
        "firefighter",
        "council",
    ),
    "english_circumstances": (
        "carer",
        "caring",
        "visa",
        "permit",
        "part-time",
        "job",
        "disab",
        "diagnos",
        "baby",
        "daughter",
        "gap year",
        "volunteer",
        "family",
        "illness",
        "rent",
        "moved",
        "available",
        "years old",
        "leave",
        "refugee",
    ),
}


def _written() -> list[Any]:
    return list(items(BUILD, CIRCUMSTANCES))


def test_the_grid_has_twelve_circumstances_each_with_its_forms_what_it_does_and_distractors() -> None:
    assert len(GRID) == 12
    assert (
        set(GRID)
        == set(MARKERS)
        == {
            "health_disability",
            "caring",
            "papers_residence",
            "money_side_jobs",
            "housing_transport",
            "schedule_availability",
            "parenthood",
            "age_and_path",
            "learning_neuro",
            "family_abroad_obligations",
            "volunteering_commitments",
            "english_circumstances",
        }
    )
    for key, circumstance in GRID.items():
        assert circumstance.description and circumstance.does and circumstance.distractors, key
        assert circumstance.forms_fr or circumstance.forms_en, key


def test_every_message_says_what_its_circumstance_makes_of_its_words_in_a_circumstance_comment() -> None:
    assert marked_messages(CIRCUMSTANCES, "circumstance", r".*«.+».* → \S") == len(truth_lines(CIRCUMSTANCES))


def test_a_circumstance_said_ambiguous_leaves_a_criterion_of_its_application_open() -> None:
    lines = truth_lines(CIRCUMSTANCES)
    assert_ambiguity_leaves_a_criterion_open(CIRCUMSTANCES, "Feature", lines, at_least=25)
    assert sum(ambiguous_marks(CIRCUMSTANCES, "Feature")) <= 40


def test_every_circumstance_carries_fifteen_messages_three_verdicts_and_three_other_mails() -> None:
    assert_every_key_carries_three_verdicts(truth_lines(CIRCUMSTANCES), "feature", GRID)


def test_every_application_shows_its_circumstance() -> None:
    written = applications_of(_written())
    assert len(written) >= 140
    silent = [
        (i.feature, i.m.subject)
        for i in written
        if not re.search("|".join(MARKERS[i.feature]), f"{i.m.subject} {i.m.body}", flags=re.IGNORECASE)
    ]
    assert not silent, silent


def test_the_corpus_rebuilds_byte_for_byte(tmp_path: Path) -> None:
    assert_rebuilt_byte_for_byte(CIRCUMSTANCES, tmp_path)
