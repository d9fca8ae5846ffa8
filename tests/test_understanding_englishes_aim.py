"""Classes of mistakes found on the englishes corpus (tuned on at stop 29), for the ESS aim as native speakers
of English write it: "not-for-profit" read as a negation; the sector by its English names (the voluntary
sector, community organisations, the for-purpose sector, the social sector, NPOs, CICs); wishes said "I'd
love to", "keen to", "what I'm after"; employers outside the ESS said in English (an impact investing fund,
an MNC, a B Corp, the UN agencies, the mairie) beside the ESS; the first offer to come, wherever it comes
from; a statement ended by a dash before a question. Each test states the class in a phrasing of its own (not
the corpus's), in English and, where the meaning exists in both, in French."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from fixtures_docs import make_message

from intake.extract import extract_message

TODAY = date(2026, 11, 26)
FR_DEGREE = "J'ai un master de géographie depuis juillet 2026."
EN_DEGREE = "I hold a master's degree in geography since July 2026."


def _criterion(text: str) -> dict[str, Any]:
    """The ESS criterion of a graduate who writes `text` (English unless it is French)."""
    degree = FR_DEGREE if text.startswith(("Je ", "J'")) else EN_DEGREE
    result = extract_message(make_message(f"{degree}\n{text}"), today=TODAY)
    criterion: dict[str, Any] = next(
        c for c in result["eligibility"]["criteria"] if c["id"] == "job_seeking_ess"
    )
    return criterion


# ------------------------------------------------------------------- an ESS name holds no negation


@pytest.mark.parametrize(
    "aim",
    [
        "I hope to find a post with a not-for-profit that runs food programmes.",
        "I want to work in the not-for-profit world, with elderly people.",
    ],
)
def test_a_not_for_profit_sought_is_an_ess_aim_not_a_negation(aim: str) -> None:
    criterion = _criterion(aim)
    assert criterion["status"] == "met"
    assert criterion["evidence"]["text"] == aim


# ------------------------------------------------------------------- the sector by its English names


@pytest.mark.parametrize(
    "aim",
    [
        "I'm hoping to land a job in the voluntary sector near Rennes.",
        "I want to work for a community organisation on tenants' rights.",
        "I'm looking for a role in the for-purpose sector, in housing ideally.",
        "I wish to work in the social sector when I settle in Nancy.",
        "I'm applying to a community interest company that repairs bikes.",
        "I'm looking for a post at an NPO running literacy classes.",
    ],
)
def test_the_ess_named_as_english_varieties_name_it_is_an_aim(aim: str) -> None:
    assert _criterion(aim)["status"] == "met"


# ------------------------------------------------------------------- wishes as English varieties say them


@pytest.mark.parametrize(
    "aim",
    [
        "I'd love to put my accounting to use in a co-operative.",
        "I'm keen to start out at a co-op bakery.",
        "What I'm after is a first post in a social enterprise.",
        "I'd really like to stay in the charity world after this year.",
    ],
)
def test_a_wish_said_the_english_way_is_an_aim(aim: str) -> None:
    assert _criterion(aim)["status"] == "met"


# ------------------------------------------------------------------- employers outside the ESS, in English


def test_an_impact_investing_fund_sought_is_an_aim_outside_the_ess() -> None:
    criterion = _criterion("My goal is an analyst post at an impact investing fund in Paris.")
    assert criterion["status"] == "not_met"


@pytest.mark.parametrize(
    "aim",
    [
        "I am seeking a post in an MNC or an NGO, whichever suits my profile.",
        "I'm applying to charities and to a B Corp making solar lamps.",
        "I'm applying to the UN agencies as well as to NGOs in Geneva.",
        "I'm looking for a job at the mairie or in a youth charity.",
        "Je cherche un poste dans une banque ou dans une association de quartier.",
    ],
)
def test_the_ess_beside_an_employer_outside_it_leaves_the_aim_open(aim: str) -> None:
    criterion = _criterion(aim)
    assert criterion["status"] == "unknown"
    assert "à la fois" in criterion["reason"]


# ------------------------------------------------------------------- the first offer to come


@pytest.mark.parametrize(
    "aim",
    [
        "I'm sending my CV to charities and to shops, whatever comes along first.",
        "J'envoie des CV à des associations et à des magasins, je prendrai ce qui se présentera.",
    ],
)
def test_the_first_offer_to_come_whatever_its_sector_leaves_the_aim_open(aim: str) -> None:
    criterion = _criterion(aim)
    assert criterion["status"] == "unknown"
    assert "tous secteurs" in criterion["reason"]


# ------------------------------------------------------------------- a dash before a question


@pytest.mark.parametrize(
    "aim",
    [
        "I'd love to work for a housing co-op - can I sign up before I move?",
        "I'm keen to join a credit union - is it too early to apply?",
    ],
)
def test_an_aim_stated_before_a_dash_and_a_question_is_stated_not_asked(aim: str) -> None:
    assert _criterion(aim)["status"] == "met"

