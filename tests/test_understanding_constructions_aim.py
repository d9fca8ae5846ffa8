"""Classes of mistakes found on the constructions corpus (tuned on in its round): an aim said through a
comparison («davantage X que Y» prefers X), a need («il me faut X») or a cleft whose focus is the aim.
Each test states the class in a phrasing of its own (not the corpus's), in French and in English."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from fixtures_docs import make_message

from intake.extract import extract_message

TODAY = date(2026, 11, 26)
FR_DEGREE = "J'ai obtenu un master de sociologie en juin 2026."
EN_DEGREE = "I graduated with a master's degree in sociology in June 2026."


def _ess(aim: str) -> str:
    """The status of the ESS criterion for a graduate (French or English) who writes `aim`."""
    degree = EN_DEGREE if aim.isascii() and " je " not in aim.lower() else FR_DEGREE
    result: dict[str, Any] = extract_message(make_message(f"{degree} {aim}"), today=TODAY)
    return next(c["status"] for c in result["eligibility"]["criteria"] if c["id"] == "job_seeking_ess")


@pytest.mark.parametrize(
    "aim",
    [
        "Je voudrais davantage travailler dans une mutuelle que dans une banque.",
        "J'ai beaucoup plus envie de bosser dans une association que dans une multinationale.",
        "J'aimerais mieux postuler dans une association que dans un cabinet de conseil.",
        "I would rather work for a cooperative than for an investment bank.",
    ],
)
def test_a_comparison_preferring_the_ess_to_a_company_is_an_ess_aim(aim: str) -> None:
    assert _ess(aim) == "met"


@pytest.mark.parametrize(
    "aim",
    [
        "Je voudrais davantage travailler dans une banque que dans une association.",
        "Je préférerais une banque d'affaires à une mutuelle.",
    ],
)
def test_a_comparison_preferring_a_company_to_the_ess_is_no_ess_aim(aim: str) -> None:
    assert _ess(aim) == "not_met"


@pytest.mark.parametrize(
    "aim",
    [
        "Il me faut un emploi dans une banque d'affaires.",
        "Ce qu'il me faudrait, c'est un poste dans un cabinet d'avocats.",
    ],
)
def test_a_need_for_a_job_at_a_company_is_no_ess_aim(aim: str) -> None:
    assert _ess(aim) == "not_met"


def test_a_need_for_a_job_in_an_association_is_an_ess_aim() -> None:
    assert _ess("Il me faudrait un emploi dans une association de quartier.") == "met"


def test_what_the_writer_needs_named_by_a_cleft_is_the_aim() -> None:
    assert _ess("Ce qu'il me faut, c'est un CDI dans une coopérative.") == "met"


def test_only_searching_the_ess_any_more_is_no_comparison() -> None:
    assert _ess("Je ne postule plus que dans des associations.") == "met"


@pytest.mark.parametrize(
    "aim",
    [
        "En terminant mon service civique en mai, j'ai commencé à postuler dans des associations locales.",
        "Je continue de postuler dans les coopératives du coin.",
    ],
)
def test_a_search_begun_in_the_ess_is_an_ess_aim(aim: str) -> None:
    assert _ess(aim) == "met"
