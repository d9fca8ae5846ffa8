"""Education readings tuned on the lives corpus (several facts in one life): each test states, in a phrasing
of its own (not the corpus's), the class of mistake it guards against, read through `propulse extract`'s
path. The reading day is 26 November 2026."""

from __future__ import annotations

from datetime import date
from typing import Any

from fixtures_docs import make_message

from intake.extract import extract_message

TODAY = date(2026, 11, 26)
ESS_AIM = "Je cherche un emploi dans une association d'insertion."


def _read(body: str) -> dict[str, Any]:
    return extract_message(make_message(body), today=TODAY)


def _status(result: dict[str, Any], criterion: str) -> str:
    return str(next(c["status"] for c in result["eligibility"]["criteria"] if c["id"] == criterion))


# ------------------------------------------------------------------ a jury's decision still to come


def test_a_master_whose_jury_sits_next_month_is_not_had_and_leaves_the_studies_open() -> None:
    result = _read(
        f"Licence de géographie obtenue en juin 2025. Master 2 urbanisme : mémoire rendu, le jury statue "
        f"le 15 décembre. {ESS_AIM}"
    )
    assert result["education"]["bac_plus"] == 3
    assert result["education"]["graduation"] == "2025-06"
    assert _status(result, "studies_finished") == "unknown"
    assert result["eligibility"]["verdict"] == "to_verify"


def test_a_jury_decision_still_to_come_for_a_master_leaves_the_licence_as_the_level() -> None:
    result = _read(
        f"J'ai une licence d'économie (juillet 2025). Pour le M2 ESS, oral passé, la décision du jury est "
        f"encore à venir. {ESS_AIM}"
    )
    assert result["education"]["bac_plus"] == 3
    assert _status(result, "studies_finished") == "unknown"


def test_a_dated_result_day_ahead_on_a_cv_line_is_not_studies_going_on() -> None:
    result = _read(
        "Parcours\nMaster Économie sociale — oral passé, résultats publiés en janvier 2027\n"
        f"Licence AES — juin 2025\n\n{ESS_AIM}"
    )
    assert result["education"]["bac_plus"] == 3
    assert _status(result, "studies_finished") == "unknown"


def test_an_english_degree_awaiting_its_exam_board_is_not_had_yet() -> None:
    result = _read(
        "I hold a BA in sociology (June 2025). My MSc dissertation is submitted and the exam board meets in "
        "December. I am looking for a job in a social enterprise."
    )
    assert result["education"]["bac_plus"] == 3
    assert _status(result, "studies_finished") == "unknown"


def test_a_jury_that_sat_in_the_past_leaves_the_master_obtained() -> None:
    result = _read(f"Master 2 ESS validé : le jury a délibéré en septembre 2026. {ESS_AIM}")
    assert result["education"]["bac_plus"] == 5
    assert _status(result, "studies_finished") == "met"


def test_results_no_longer_awaited_leave_the_master_obtained() -> None:
    result = _read(f"Je n'attends plus les résultats : mon master est validé depuis juillet 2026. {ESS_AIM}")
    assert result["education"]["bac_plus"] == 5
    assert _status(result, "studies_finished") == "met"
