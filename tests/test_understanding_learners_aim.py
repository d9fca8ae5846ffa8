"""Classes of mistakes found on the learners corpus (tuned on in its round), for the ESS aim and the kind of
mail: a place said to be the only one after a denied one («non travailler dans…, seulement dans…», «rien que
les associations»); a place answered yes or no, topic first («Banque non. Association oui.»); aim words of
another language (code switching); «lo que sea», «dans n'importe quoi» (any sector); a seeker asking who
recruits. Each test states the class in a phrasing of its own (not the corpus's), in French and English."""

from __future__ import annotations

from typing import Any

import pytest
from reading_day import read

FR_DEGREE = "J'ai un master de géographie depuis juillet 2026."
EN_DEGREE = "I hold a master's degree in geography since July 2026."


def _criterion(text: str) -> dict[str, Any]:
    """The ESS criterion of a graduate who writes `text` (in French, or English when it starts with "I ")."""
    degree = EN_DEGREE if text.startswith(("I ", "I'm", "Bank", "Charity")) else FR_DEGREE
    result = read(f"{degree}\n{text}")
    criterion: dict[str, Any] = next(
        c for c in result["eligibility"]["criteria"] if c["id"] == "job_seeking_ess"
    )
    return criterion


# ------------------------------------------------------------- the only place, set against a denied one


@pytest.mark.parametrize(
    "aim",
    [
        "Je ne veux pas bosser dans une grande surface, uniquement dans une coopérative.",
        "Je veux non travailler en agence de pub, seulement dans une fondation.",
        "Je cherche rien que dans les associations de quartier.",
    ],
)
def test_a_place_said_to_be_the_only_one_is_the_aim_even_after_a_denied_place(aim: str) -> None:
    criterion = _criterion(aim)
    assert criterion["status"] == "met"
    assert criterion["evidence"]["text"] == aim


# ------------------------------------------------------------------- a place answered yes or no, topic first


@pytest.mark.parametrize(
    "answers",
    [
        "Grande entreprise non. Fondation oui.",
        "Poste cherché. Supermarché non. Coopérative oui !",
        "Bank no. Charity yes.",
    ],
)
def test_an_ess_place_answered_yes_topic_first_is_the_aim(answers: str) -> None:
    assert _criterion(answers)["status"] == "met"


@pytest.mark.parametrize(
    "answers",
    [
        "Coopérative : non, trop peu payé.",
        "Charity: no, the pay is too low.",
    ],
)
def test_the_ess_answered_no_is_a_refusal(answers: str) -> None:
    assert _criterion(answers)["status"] == "not_met"


def test_an_answer_about_another_thing_than_the_place_sought_refuses_nothing() -> None:
    criterion = _criterion("Expérience associative : non. Coopérative oui.")
    assert criterion["status"] == "met"
    assert criterion["evidence"]["text"] == "Coopérative oui."


# ------------------------------------------------------------------------------------ code switching


@pytest.mark.parametrize(
    "aim",
    [
        "Quiero trabajar dans une fondation, pour aider les enfants.",
        "Bghit nekhdem f'une coopérative agricole.",
        "Procuro trabalho dans une association de quartier.",
    ],
)
def test_aim_words_of_another_language_tell_the_search_as_french_ones_do(aim: str) -> None:
    assert _criterion(aim)["status"] == "met"


@pytest.mark.parametrize(
    "aim",
    [
        "Je cherche un emploi dans une association, pero también ailleurs, lo que sea.",
        "Je cherche du travail dans n'importe quoi, il faut payer le loyer.",
        "I look for a job with a charity or qualquer coisa, I need money.",
    ],
)
def test_whatever_said_in_another_language_leaves_the_aim_open(aim: str) -> None:
    criterion = _criterion(aim)
    assert criterion["status"] == "unknown"
    assert "tous secteurs" in criterion["reason"]


# ---------------------------------------------------------------------------- a seeker asking who recruits


@pytest.mark.parametrize(
    "body",
    [
        "Licence de droit, juin 2026. Emploi cherché.\nVous connaissez des coopératives qui embauchent ?",
        "Law degree, June 2026. Looking for work.\nDo you know charities that are hiring?",
    ],
)
def test_a_question_asking_who_recruits_is_a_seekers_not_an_employers(body: str) -> None:
    assert read(body)["kind"] == "application"


# ------------------------------------------------------------------------------------ employers named


@pytest.mark.parametrize(
    "aim",
    [
        "Je vise un poste chez Deloitte, ou éventuellement dans une banque.",
        "I'm applying to KPMG, or maybe to a bank.",
    ],
)
def test_a_hedge_opening_a_second_alternative_leaves_the_first_employer_aimed_at(aim: str) -> None:
    criterion = _criterion(aim)
    assert criterion["status"] == "not_met"
    assert criterion["evidence"]["text"] == aim


@pytest.mark.parametrize(
    "aim",
    [
        "Mon objectif : entrer dans un des Big Four comme auditrice.",
        "I want a position in a financial institution, in risk management.",
        "Je souhaite travailler pour une institution financière internationale.",
        "I look for a job in a bank, as a credit analyst.",
        "I search a work in a consulting firm.",
    ],
)
def test_employers_named_as_learners_name_them_are_outside_the_ess(aim: str) -> None:
    assert _criterion(aim)["status"] == "not_met"
