"""The englishes corpus (tests/corpus/englishes): it was written by its own method — a grid of twelve
Englishes decided first (England and Wales, Scotland and Ireland, the United States, Canada, India, West
Africa, southern Africa, Australia and New Zealand, the Caribbean and English-speaking Asia, English speakers
living in France, career turns told in native idiom, third parties writing about someone), then each message
written by hand in English by a native or fully fluent speaker of one variety, its deciding fact carried
through one idiom of that variety («I'm only after finishing my degree», «I passed out in 2022», «I'm on
my placement year», «co-op term», «SIWES», «matric», «Cert IV») — and its truth says which feature and which
fact.

Tuned on since stop 29 (see its LICENCE.md). Its scores, floors, build and truth are checked
with every corpus's (bench/corpora.py, tests/test_corpus_scores.py), the checks every corpus written one tag
first shares in tests/test_tagged_corpora.py; these are its method's.
"""

from __future__ import annotations

import re
from typing import Any

from corpus_checks import truth_lines
from tagged_corpus import (
    applications,
    assert_ambiguity_leaves_a_criterion_open,
    assert_every_tag_carries_other_mail,
    items,
    written_text,
)
from test_tagged_corpora import TAGGED

_CORPUS = next(c for c in TAGGED if c.name == "englishes")
ENGLISHES = _CORPUS.directory
BUILD = _CORPUS.build()
GRID = _CORPUS.grid().GRID

# French function words a sentence written in French cannot do without, and an English one has no use for
# («ma» left out: the Scottish MA is an English word); institution and diploma names («Économie sociale
# familiale», «Université de Strasbourg», «centre social») carry none of them, so an English mail naming
# French things stays under the bar.
FRENCH_FUNCTION_WORDS = re.compile(
    r"(?<![\w'])(?:je|j'ai|suis|mon|mes|nous|vous|avec|pour|dans|mais|est|sont|très|une|c'est|aussi)(?![\w'])"
    r"|\bde la\b"
)
# A French-shaped carrier: the French name of the fact rather than the variety's own idiom for it.
FRENCH_CARRIERS = re.compile(
    r"\b(licence|stage|service civique|bts|bac|dipl[oô]me|[ée]tudes|france travail|mairie|reconversion"
    r"|master 2|alternance|scop|jury|soutenance)\b"
)


def _written_applications() -> list[Any]:
    return [i for i in items(BUILD, ENGLISHES) if i.m.truth["kind"] == "application"]


def test_the_grid_has_twelve_varieties_of_english() -> None:
    assert len(GRID) == 12


def test_every_application_is_labelled_english() -> None:
    apps = applications(truth_lines(ENGLISHES))
    not_english = [t["file"] for t in apps if t.get("language") != "en"]
    assert apps and not not_english, not_english


def test_every_application_is_written_in_english() -> None:
    french = [(i.m.subject, found) for i in _written_applications()
              if len(found := FRENCH_FUNCTION_WORDS.findall(written_text(i))) >= 3]
    assert not french, french


def test_most_facts_are_carried_by_an_idiom_of_the_variety_not_a_french_phrase() -> None:
    written = _written_applications()
    idiomatic = [i for i in written if not FRENCH_CARRIERS.search(" ".join(i.words.split()).lower())]
    assert len(idiomatic) >= 0.8 * len(written), (len(idiomatic), len(written))


def test_an_idiom_said_ambiguous_leaves_a_criterion_of_its_application_open() -> None:
    assert_ambiguity_leaves_a_criterion_open(ENGLISHES, "Feature", truth_lines(ENGLISHES), at_least=25)


def test_every_variety_carries_other_mail_too() -> None:
    assert_every_tag_carries_other_mail(truth_lines(ENGLISHES), "feature", GRID)


def test_people_are_presented_by_a_third_party_only_under_the_third_party_feature_and_often() -> None:
    referred = [t for t in applications(truth_lines(ENGLISHES)) if t.get("forwarded_by")]
    assert len(referred) >= 8 and {t["feature"] for t in referred} == {"third_party"}, referred
