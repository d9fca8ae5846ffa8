"""A career change implied, never named (stop 26, implied corpus, career side): years spent in a trade whose
name no list knows, then a turn told after them (a wish to change, the post or the business left, a last
day, a degree taken up late) are a career change; years said only of a place leave it asked; a permanent
post or a tenured status held now, with another aim, leaves it asked too. Each in phrasings of its own, in
French and in English, read through `propulse extract`'s path."""

from __future__ import annotations

from datetime import date

import pytest
from fixtures_docs import make_message

from intake.extract import extract_message

TODAY = date(2026, 11, 26)
DIPLOMA = "J'ai obtenu ma licence pro en juin 2026."
AIM = "Je cherche un emploi dans une coopérative."
EN_DIPLOMA = "I obtained my BA in July 2026."
EN_AIM = "I am looking for a job with a cooperative."


def _career(body: str) -> str:
    result = extract_message(make_message(body, subject="Candidature Pro'pulse"), today=TODAY)
    criteria = result["eligibility"]["criteria"]
    return str(next(c["status"] for c in criteria if c["id"] == "not_career_change"))


TURNS = [
    pytest.param(
        f"Après onze années derrière le comptoir d'une pharmacie, j'ai démissionné. {DIPLOMA} {AIM}",
        "not_met",
        id="eleven_years_behind_a_counter_then_resigning_are_a_career_change",
    ),
    pytest.param(
        f"J'ai passé dix ans dans la gendarmerie, que j'ai quittée l'an dernier. {DIPLOMA} {AIM}",
        "not_met",
        id="ten_years_spent_in_a_force_left_since_are_a_career_change",
    ),
    pytest.param(
        f"Seize ans de boulangerie, puis un BTS à 41 ans, obtenu en juin 2026. {AIM}",
        "not_met",
        id="sixteen_years_of_a_trade_then_a_late_degree_are_a_career_change",
    ),
    pytest.param(
        f"Vendredi dernier, c'était la fin de mes sept ans de magasinier chez un grossiste. {DIPLOMA} {AIM}",
        "not_met",
        id="the_last_day_of_seven_years_in_a_trade_is_a_career_change",
    ),
    pytest.param(
        f"After eleven years driving a taxi, I wanted a fresh start. {EN_DIPLOMA} {EN_AIM}",
        "not_met",
        id="an_english_fresh_start_after_years_driving_is_a_career_change",
    ),
    pytest.param(
        f"Ten years behind a bank counter, then a degree at 38. {EN_DIPLOMA} {EN_AIM}",
        "not_met",
        id="an_english_late_degree_after_years_behind_a_counter_is_a_career_change",
    ),
    pytest.param(
        f"J'ai passé six ans à Montréal, que j'ai quitté en 2024. {DIPLOMA} {AIM}",
        "unknown",
        id="years_said_only_of_a_place_left_since_leave_the_career_change_asked",
    ),
]


@pytest.mark.parametrize(("body", "expected"), TURNS)
def test_years_in_a_trade_then_a_turn_are_a_career_change(body: str, expected: str) -> None:
    assert _career(body) == expected


HELD = [
    pytest.param(
        f"{DIPLOMA} Je suis toujours agent d'accueil à la mairie, fonctionnaire, mais je voudrais rejoindre"
        " une coopérative.",
        id="a_civil_servants_post_held_now_leaves_the_career_change_asked",
    ),
    pytest.param(
        f"{DIPLOMA} Je suis infirmière titulaire depuis septembre, mais je voudrais rejoindre une"
        " association.",
        id="a_tenured_post_held_since_september_leaves_the_career_change_asked",
    ),
    pytest.param(
        f"{EN_DIPLOMA} I am a tenured teacher in a primary school, but I'd like to join a co-op.",
        id="an_english_tenured_post_held_now_leaves_the_career_change_asked",
    ),
]


@pytest.mark.parametrize("body", HELD)
def test_a_permanent_post_held_now_leaves_the_career_change_asked(body: str) -> None:
    assert _career(body) == "unknown"
