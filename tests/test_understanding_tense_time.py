"""The place in time a verb gives a fact (clauses.time_of, clauses.english_time): tense, mood, periphrasis
and a year heading a narrative present, read on the reading day. Own phrasings, French and English."""

from __future__ import annotations

import pytest
from reading_day import TODAY

from intake.understanding.clauses import (
    FUTURE,
    PAST,
    PRESENT,
    Aspect,
    english_time,
    parse,
    predicate_of,
    time_of,
)


def _time(sentence: str, word: str) -> tuple[str, Aspect]:
    token = next(t for t in parse(sentence) if t.lower_ == word)
    timed = time_of(predicate_of(token), TODAY)
    return timed.time, timed.aspect


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        ("Je viens d'achever ma mission à la Croix-Rouge.", "achever", (PAST, Aspect.JUST_DONE)),
        ("Je vais clore mon volontariat le 9 janvier.", "clore", (FUTURE, Aspect.ABOUT_TO)),
        ("Je suis en train d'achever mon stage à la mairie.", "achever", (PRESENT, Aspect.RUNNING)),
        ("J'aurais dû terminer ma formation en mars.", "terminer", (PAST, Aspect.COUNTERFACTUAL)),
        ("Je travaillais comme serveur à Rennes.", "travaillais", (PAST, Aspect.RUNNING)),
        ("J'animais des ateliers pour une MJC.", "animais", (PAST, Aspect.RUNNING)),
        ("J'avais terminé ma mission bien avant l'été.", "terminé", (PAST, Aspect.DONE)),
        ("Mon contrat aura pris fin le 2 décembre.", "pris", (FUTURE, Aspect.DONE)),
        ("J'ai effectué mon stage au Secours populaire.", "effectué", (PAST, Aspect.DONE)),
        ("J'effectue mon stage au Secours populaire.", "effectue", (PRESENT, Aspect.RUNNING)),
        ("Je terminerai ma mission en février.", "terminerai", (FUTURE, Aspect.PLANNED)),
        ("J'aimerais rejoindre une coopérative.", "aimerais", (PRESENT, Aspect.POLITE)),
    ],
)
def test_a_tense_or_periphrasis_places_the_fact_in_time(
    sentence: str, word: str, expected: tuple[str, Aspect]
) -> None:
    assert _time(sentence, word) == expected


def test_a_present_under_a_past_year_is_a_narrative_past() -> None:
    sentence = "En 2022, j'entre à la Poste ; en 2024, je fais mon volontariat à Lille."
    token = next(t for t in parse(sentence) if t.lower_ == "fais")
    timed = time_of(predicate_of(token), TODAY)
    assert (timed.time, timed.aspect, timed.anchor, timed.narrative) == (
        PAST,
        Aspect.DONE,
        (2024, None),
        True,
    )
    assert timed.over


def test_a_present_since_a_past_year_keeps_running() -> None:
    assert _time("Depuis 2024, j'effectue ma mission à Lille.", "effectue") == (PRESENT, Aspect.RUNNING)


def test_a_present_under_this_year_without_a_month_is_not_re_anchored() -> None:
    assert _time("En 2026, j'effectue une mission à Lille.", "effectue") == (PRESENT, Aspect.RUNNING)


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("I have just wrapped up my placement", (PAST, Aspect.JUST_DONE)),
        ("I used to work as a bank clerk", (PAST, Aspect.HABITUAL)),
        ("I'd have graduated earlier", (PAST, Aspect.COUNTERFACTUAL)),
        ("I'm due to finish my placement in March", (FUTURE, Aspect.ABOUT_TO)),
        ("I will complete my volunteering in May", (FUTURE, Aspect.PLANNED)),
        ("I am currently completing a placement", (PRESENT, Aspect.RUNNING)),
        ("I completed my placement in June", (PAST, Aspect.DONE)),
    ],
)
def test_an_english_tense_places_the_fact_in_time(clause: str, expected: tuple[str, Aspect]) -> None:
    timed = english_time(clause)
    assert (timed.time, timed.aspect) == expected
