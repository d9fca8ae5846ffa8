"""A fact placed around the year's turn, read on the day each mail names (n-month, stop 57).

A course followed since January with its rhythm told («deux jours de cours par semaine», "two days of
classes a week") is studies running: a rhythm is no short length, and «deux» is no «de». Two years offered
in place of each other («fin 2023 ou début 2024», "late 2023 or early 2024") and a winter named by the two
years it spans («l'hiver 2023-2024») leave the graduation open: read in January, one end is within the two
years and the other is not, so the coordinator asks rather than the first year rejecting. Guards: a course of
a few days is still no studies; a date corrected plainly keeps its year; a school year «2023-2024» still ends
in its second year; two diplomas each with its own year keep both. My own phrasings."""

from __future__ import annotations

from datetime import date
from typing import Any

from fixtures_docs import make_message
from reading_day import status

from intake.extract import extract_message

_AIM = " Je cherche un emploi dans une coopérative d'habitat.\n\nIrène Vautrin"
_AIM_EN = " I am looking for a job in a social enterprise.\n\nIrene Vautrin"


def read_on(day: str, body: str) -> dict[str, Any]:
    return extract_message(make_message(body, subject="Candidature"), today=date.fromisoformat(day))


def test_a_university_diploma_followed_since_january_two_days_a_week_is_studies_running() -> None:
    body = (
        "J'ai un master de géographie (septembre 2026). Depuis janvier je prépare un DU de médiation "
        "culturelle à Poitiers, jusqu'en juillet, avec deux jours de cours par semaine." + _AIM
    )
    assert status(read_on("2027-01-14", body), "studies_finished") == "not_met"


def test_a_course_followed_since_january_two_days_of_classes_a_week_is_studies_running_in_english() -> None:
    body = (
        "I hold a master's degree in geography (September 2026). Since January I am enrolled in a DU in "
        "cultural mediation, until July, spread over two days of classes a week." + _AIM_EN
    )
    assert status(read_on("2027-01-14", body), "studies_finished") == "not_met"


def test_a_training_of_three_days_is_still_no_studies_running() -> None:
    body = (
        "J'ai une licence de géographie obtenue en juin 2026. Je suis depuis lundi une formation de "
        "trois jours sur l'animation de réunions." + _AIM
    )
    assert status(read_on("2027-01-14", body), "studies_finished") == "met"
