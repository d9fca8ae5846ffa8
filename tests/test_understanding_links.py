"""Links (stop 32): a diploma or a running thing named in one sentence, its date in another, joined by a
pronoun, a demonstrative or a defining noun; links.py makes the linked sentence name its thing again, so
the date readers read it. In French and in English, in phrasings of our own."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from fixtures_docs import make_message

from intake.extract import extract_message
from intake.understanding.lexicon import load_lexicon
from intake.understanding.links import with_links_resolved

TODAY = date(2026, 11, 20)
AIM = " Je cherche un poste dans une association d'éducation populaire."
EN_AIM = " I am looking for a job in a community charity."


def _result(body: str) -> dict[str, Any]:
    result: dict[str, Any] = extract_message(make_message(body, subject="Candidature"), today=TODAY)
    return result


def _criterion(body: str, criterion: str) -> str:
    criteria = _result(body)["eligibility"]["criteria"]
    return str(next(c for c in criteria if c["id"] == criterion)["status"])


LINKED_DATES = [
    pytest.param(
        "Je suis titulaire d'un master de géographie. Je l'ai obtenu en septembre 2025." + AIM,
        2025,
        id="a_masculine_pronoun_object_takes_the_master_named_before",
    ),
    pytest.param(
        "Mon frère a un BTS. Moi, j'ai une licence d'histoire ; je l'ai validée en juin 2026." + AIM,
        2026,
        id="a_feminine_participle_takes_my_own_licence_not_my_brothers_bts",
    ),
    pytest.param(
        "Je l'ai décroché l'été dernier, mon DEUST animation, en juillet 2026." + AIM,
        2026,
        id="a_right_dislocated_diploma_is_the_pronouns_thing",
    ),
    pytest.param(
        "J'ai suivi un master d'économie sociale à Lille. Ce diplôme m'a été délivré en octobre 2025." + AIM,
        2025,
        id="a_demonstrative_generic_noun_takes_the_one_diploma_named_before",
    ),
    pytest.param(
        "I hold a Master's in Urban Studies from Leeds. I completed it in March 2026." + EN_AIM,
        2026,
        id="an_english_it_after_completed_takes_the_masters_named_before",
    ),
]


@pytest.mark.parametrize(("body", "year"), LINKED_DATES)
def test_a_diploma_dated_through_a_link_gets_its_date(body: str, year: int) -> None:
    graduation = _result(body)["education"]["graduation"]
    assert graduation is not None and str(graduation).startswith(str(year))


def test_two_diplomas_that_agree_alike_leave_the_pronoun_unresolved() -> None:
    text = "J'ai un DUT GEA puis un master RH. Je l'ai eu en 2022."
    assert with_links_resolved(text, load_lexicon()) == text


def test_two_diplomas_that_agree_alike_leave_the_graduation_open() -> None:
    body = "J'ai un DUT GEA puis un master RH. Je l'ai eu en 2022." + AIM
    assert _criterion(body, "graduation_recent") == "unknown"


def test_the_latter_in_french_takes_the_last_diploma_named() -> None:
    text = "J'ai fait un BTS puis une licence pro. Cette dernière, je l'ai eue en 2025."
    assert "licence pro en 2025" in with_links_resolved(text, load_lexicon())


def test_a_linked_sentence_quotes_the_writers_own_words_of_both_ends() -> None:
    body = "Je suis titulaire d'un master de géographie. Je l'ai obtenu en septembre 2025." + AIM
    evidence = _result(body)["situation"]["evidence"]["education"]["text"]
    assert "master de géographie" in evidence and "septembre 2025" in evidence
