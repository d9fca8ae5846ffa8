"""Whose a state is when «il y a» presents a person of the writer's (owner.py, mend of stop 46): «Il y a ma
sœur en service civique» tells the sister's civic service, whatever tag the small model gives «sœur», and
whether the parse hangs «en service civique» on the noun or on «a». And a word of searching in another
sense (signals.py): "I look after my grandmother" cares for her, it is no job search. Phrasings of our own."""

from __future__ import annotations

import pytest

from intake.understanding.lexicon import load_lexicon
from intake.understanding.owner import ANOTHER, WRITER, owner_at
from intake.understanding.signals import read_signals


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        pytest.param("Il y a ma sœur en service civique.", "service", id="soeur_tagged_a_verb"),
        pytest.param("Il y a aussi ma sœur en service civique.", "service", id="state_hung_on_il_y_a"),
        pytest.param("Chez nous il y a ma sœur en reconversion.", "reconversion", id="at_home"),
    ],
)
def test_a_state_of_a_sister_presented_by_il_y_a_is_hers(sentence: str, word: str) -> None:
    assert owner_at(sentence, sentence.index(word)) == ANOTHER


def test_a_state_after_il_y_a_of_time_stays_the_writer_s() -> None:
    sentence = "Il y a deux ans, j'étais en service civique à Lille."
    assert owner_at(sentence, sentence.index("service")) == WRITER


def _signals(text: str) -> list[str]:
    return [s.name for s in read_signals(text, "", (), load_lexicon())]


def test_looking_after_a_grandmother_beside_a_degree_in_social_work_is_no_job_search() -> None:
    text = "I look after my grandmother three afternoons a week and I hold a BA in social work (2026)."
    assert "job_search" not in _signals(text)


def test_looking_after_a_parent_and_looking_for_work_is_still_a_job_search() -> None:
    text = "I look after my father in the mornings and I am looking for a job in a charity."
    assert "job_search" in _signals(text)
