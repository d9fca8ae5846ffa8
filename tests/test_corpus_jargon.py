"""The jargon corpus (tests/corpus/jargon): it was written by its own method — a grid of twelve institutions
decided first (the university's ECTS and jury codes, RNCP and EQF levels, diploma acronyms, public employment
schemes, work contracts, immersion schemes, volunteering schemes, career-change schemes, structure types of
the social economy, an adviser's referral jargon, administrative dates, the same institutions in English),
then each message written by hand, its deciding fact carried by the words of one institution («AJAC en L3»,
«titre RNCP niveau 6», «BPJEPS APT», «en PMSMP jusqu'au 12/12», «CPF de transition», «une SCIC ou une
structure agréée ESUS») — and its truth says which feature and which fact.

Tuned on since stop 30 (see its LICENCE.md). Its scores, floors, build and truth are checked
with every corpus's (bench/corpora.py, tests/test_corpus_scores.py), the checks every corpus written one tag
first shares in tests/test_tagged_corpora.py; these are its method's.
"""

from __future__ import annotations

import importlib
import re
from typing import Any

from corpus_checks import REPO, truth_lines
from tagged_corpus import (
    applications,
    assert_ambiguity_leaves_a_criterion_open,
    assert_every_tag_carries_other_mail,
    builder,
    items,
)

JARGON = REPO / "tests" / "corpus" / "jargon"
BUILD = builder(JARGON, "jargon_build")  # puts the voices kit and source/jargon.py on the path
GRID = importlib.import_module("jargon").GRID

# An institution's own words: an acronym of two capitals or more as written (RNCP, AJAC, PMSMP, ESUS, EQF,
# «SC», «M2»), a level, a count or a date in digits («niveau 6», «180 ECTS», «04/07/2025», «N-1»)…
ACRONYM_OR_DIGIT = re.compile(r"(?<![A-Za-zÀ-ÿ])[A-ZÉ][A-ZÉ0-9]+(?![a-zà-ÿ])|\d")
# … or the name of a scheme, a contract, a status or a structure type that carries no acronym. Plain words
# of a story («je finis», «l'an dernier», «a job») are not in it.
SCHEME_NAMES = re.compile(
    r"\b(service civique|france travail|mission locale|transitions pro|apprentissage|apprenticeship"
    r"|traineeship|alternance|professionnalisation|intérim|convention de stage|stage de fin d'études"
    r"|période d'application|bilan de compétences|démission pour reconversion|entreprise à mission"
    r"|b corp|régie de quartier|tiers-lieu|fondation|mutuelle|titre professionnel|registered charity"
    r"|social enterprise|solidarity corps|allowance|délibération|session|promotion|année universitaire"
    r"|en cours d'édition|attestation de réussite|micro-entrepreneur|vacations|job étudiant"
    r"|fiche de liaison|formation initiale|cap emploi|erasmus|répertoire spécifique)\b"
)


def _written_applications() -> list[Any]:
    return [i for i in items(BUILD, JARGON) if i.m.truth["kind"] == "application"]


def _institutional(words: str) -> bool:
    text = " ".join(words.split())
    return bool(ACRONYM_OR_DIGIT.search(text) or SCHEME_NAMES.search(text.lower()))


def test_the_grid_has_twelve_institutions() -> None:
    assert len(GRID) == 12


def test_most_facts_are_carried_by_an_institution_s_words() -> None:
    written = _written_applications()
    plain = [i.words for i in written if not _institutional(i.words)]
    assert len(written) - len(plain) >= 0.85 * len(written), plain


def test_about_one_application_in_seven_is_in_english() -> None:
    apps = applications(truth_lines(JARGON))
    in_english = [t for t in apps if t.get("language") == "en"]
    assert 0.10 <= len(in_english) / len(apps) <= 0.20, len(in_english)


def test_an_institution_said_ambiguous_leaves_a_criterion_of_its_application_open() -> None:
    assert_ambiguity_leaves_a_criterion_open(JARGON, "Feature", truth_lines(JARGON), at_least=25)


def test_every_institution_carries_other_mail_too() -> None:
    assert_every_tag_carries_other_mail(truth_lines(JARGON), "feature", GRID)
