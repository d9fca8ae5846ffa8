"""The implied corpus (tests/corpus/implied): it was written by its own method — a grid of implications
decided first (a ceremony or a document, years of study, an internship's trappings, a service civique's
trappings, a former trade, what is left to pass, the employers named, the acts of a search, a situation
over or not yet, a money or calendar detail, English mail, a referral), then each message written by hand
with its deciding fact carried by one of them and never named by the criterion's own words — and its truth
says which implication and which fact it carries.

Its scores and floors are checked with every corpus's (bench/corpora.py, tests/test_corpus_scores.py); the
checks every corpus written one tag first shares are in tests/test_tagged_corpora.py; these are its method's.
"""

from __future__ import annotations

import re

from tagged_corpus import applications, items, written_text
from test_tagged_corpora import TAGGED

IMPLIED = next(c for c in TAGGED if c.name == "implied")


def test_an_application_never_names_its_deciding_fact_with_the_criterion_s_own_words() -> None:
    naming = IMPLIED.grid().NAMING
    named = []
    for n, item in enumerate(items(IMPLIED.build(), IMPLIED.directory)):
        if item.stated == "kind":
            continue
        text = written_text(item)
        named += [(n, p) for p in naming[item.stated] if re.search(p, text, flags=re.IGNORECASE)]
    assert not named, named


def test_every_implication_carries_other_mail_whose_kind_is_implied_too() -> None:
    for key in IMPLIED.grid().GRID:
        others = {t["kind"] for t in IMPLIED.lines() if t["implied"] == key and t["kind"] != "application"}
        assert len(others) >= 3, (key, others)


def test_the_english_implications_are_written_in_english() -> None:
    english = [t for t in applications(IMPLIED.lines()) if t["implied"] == "english"]
    assert all(t.get("language") == "en" for t in english), english
