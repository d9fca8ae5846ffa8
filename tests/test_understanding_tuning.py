"""Criteria and education readings tuned on the voices corpus (issue 11): each test states, in a phrasing
of its own (not the corpus's), the class of mistake it guards against, read through `propulse extract`'s
path."""

from __future__ import annotations

from datetime import date
from typing import Any

from fixtures_docs import make_message, make_pdf

from intake.extract import extract_message

TODAY = date(2026, 11, 26)
ESS_AIM = "Je cherche un emploi dans une coopérative."


def _read(body: str) -> dict[str, Any]:
    return extract_message(make_message(body), today=TODAY)


def _status(body: str, criterion: str) -> str:
    result = _read(body)
    return next(c["status"] for c in result["eligibility"]["criteria"] if c["id"] == criterion)


def _verdict(body: str) -> str:
    return str(_read(body)["eligibility"]["verdict"])


# ------------------------------------------------------------------------- no false rejections


def test_ne_plus_en_stage_depuis_fin_octobre_is_no_longer_an_internship() -> None:
    body = f"J'ai eu mon master en juin 2026. Je ne suis plus en stage depuis fin octobre. {ESS_AIM}"
    assert _status(body, "not_internship") == "met"
    assert _verdict(body) == "eligible"


def test_no_longer_an_intern_since_the_end_of_august_is_not_a_current_internship() -> None:
    body = (
        "I graduated with a master's degree in June 2026. I am no longer an intern since the end of August."
        " I'm looking for a job in a cooperative."
    )
    assert _status(body, "not_internship") == "met"


def test_a_master_2_stopped_partway_through_the_year_is_not_studies_in_progress() -> None:
    body = (
        "J'ai validé ma licence d'histoire en 2025, puis j'ai choisi d'abandonner le master en cours de"
        f" semestre. {ESS_AIM}"
    )
    result = _read(body)
    assert _status(body, "studies_finished") == "met"
    assert result["education"]["bac_plus"] == 3
    assert result["eligibility"]["verdict"] == "eligible"


# ------------------------------------------------------------------------- no false acceptances


def test_a_gap_year_between_two_years_of_a_master_is_studies_not_finished() -> None:
    body = f"Je fais une année de césure avant ma deuxième année de master. {ESS_AIM}"
    assert _status(body, "studies_finished") == "not_met"
    assert _verdict(body) != "eligible"


def test_an_english_gap_year_is_studies_not_finished() -> None:
    body = "I'm currently taking a gap year in my master's degree. I'm looking for a job in a cooperative."
    assert _status(body, "studies_finished") != "met"
    assert _verdict(body) != "eligible"


def test_a_son_finishing_his_bts_this_year_has_studies_in_progress() -> None:
    body = (
        "Bonjour, mon fils Tom Durand termine son BTS cette année (juin 2027). Il voudrait travailler"
        " dans une association."
    )
    assert _status(body, "studies_finished") == "not_met"
    assert _verdict(body) != "eligible"


def test_a_search_coordinated_after_a_negated_clause_keeps_its_own_polarity() -> None:
    body = (
        "J'ai obtenu ma licence pro en juin 2026. Je ne suis plus volontaire en service civique depuis"
        " septembre et je postule dans des associations."
    )
    assert _status(body, "job_seeking_ess") == "met"
    assert _status(body, "not_service_civique") == "met"
    assert _verdict(body) == "eligible"


# ------------------------------------------------------------------------- aims and situations on a CV


def _with_cv(lines: list[str], body: str = "Bonjour, voici mon CV en pièce jointe.") -> dict[str, Any]:
    message = make_message(body, attachments=[("cv.pdf", "application/pdf", make_pdf(lines))])
    return extract_message(message, today=TODAY)


def _criterion(result: dict[str, Any], criterion: str) -> str:
    return str(next(c["status"] for c in result["eligibility"]["criteria"] if c["id"] == criterion))


def test_a_cv_line_under_an_objectif_heading_states_an_ess_aim() -> None:
    result = _with_cv(
        [
            "Léa Morel",
            "DIPLÔMES",
            "Master Sociologie — Université de Lille — juin 2026",
            "OBJECTIF",
            "Un premier emploi de chargée de mission dans une coopérative",
        ]
    )
    assert _criterion(result, "job_seeking_ess") == "met"


def test_a_cv_projet_line_states_an_ess_aim() -> None:
    result = _with_cv(
        ["Léa Morel", "Licence pro Animation - 2026", "Projet : animatrice dans une association"]
    )
    assert _criterion(result, "job_seeking_ess") == "met"


def test_an_english_cv_objective_heading_states_an_aim() -> None:
    result = _with_cv(
        [
            "Leo Martin",
            "Master in Sociology, University of Lille, June 2026",
            "Objective",
            "A first position in a cooperative",
        ],
        body="Hello, please find my CV attached.",
    )
    assert _criterion(result, "job_seeking_ess") == "met"


def test_a_first_person_profile_sentence_on_a_cv_is_read_like_the_body() -> None:
    result = _with_cv(
        [
            "Léa Morel",
            "PROFIL",
            "Jeune diplômée en droit, je souhaite travailler dans une mutuelle.",
            "Licence de droit — 2026",
        ]
    )
    assert _criterion(result, "job_seeking_ess") == "met"


def test_a_past_experience_in_an_association_on_a_cv_is_not_an_aim() -> None:
    result = _with_cv(["Léa Morel", "Licence de droit — 2026", "2025 : animatrice dans une association"])
    assert _criterion(result, "job_seeking_ess") == "unknown"


def test_a_cv_internship_since_a_past_month_with_no_end_is_current() -> None:
    result = _with_cv(
        ["Léa Morel", "Depuis octobre 2026 : stagiaire chargée de projet, Emmaüs", "Master ESS — 2026"]
    )
    assert _criterion(result, "not_internship") == "not_met"


def test_an_english_cv_internship_since_a_past_month_is_current() -> None:
    result = _with_cv(
        ["Leo Martin", "Since September 2026: intern, food bank", "Master in Sociology, 2026"],
        body="Hello, please find my CV attached.",
    )
    assert _criterion(result, "not_internship") == "not_met"
