"""Situations and careers told in a sector's words (stop 35, sectors corpus): the years of a student's job
held beside the studies or for the summers — an animator's, a tutor's, a seasonal worker's — are no career
left, even when told as «après plusieurs années comme …». In French and in English, in phrasings of
our own."""

from __future__ import annotations

import pytest
from reading_day import extracted, status

AIM_FR = "Je cherche un poste d'animatrice dans une association d'éducation populaire."
AIM_EN = "I am looking for a youth worker post with a community association."


@pytest.mark.parametrize(
    "said",
    [
        "J'ai le BPJEPS loisirs tous publics depuis mai 2026, après plusieurs années comme animateur de "
        "centre de loisirs pendant mes études.",
        "Diplômée d'un DUT carrières sociales en juin 2025, après plusieurs années comme surveillante en "
        "parallèle de la fac.",
    ],
)
def test_years_as_a_students_job_before_a_degree_are_no_career_change(said: str) -> None:
    assert (
        status(extracted(f"Bonjour,\n\n{said} {AIM_FR}\n\nCordialement,\nInès Garnier"), "not_career_change")
        == "met"
    )


def test_summers_as_a_camp_counsellor_before_a_degree_are_no_career_change() -> None:
    body = (
        "Hello,\n\nI completed my BA in Youth Work in June 2026, after several years as a camp counsellor "
        f"during my studies. {AIM_EN}\n\nBest,\nOwen Pryce"
    )
    assert status(extracted(body), "not_career_change") == "met"


@pytest.mark.parametrize(
    "said",
    [
        "J'ai passé neuf ans cariste dans un entrepôt avant de passer le titre pro de conseillère en "
        "insertion professionnelle, obtenu en mars 2026.",
        "J'ai été sept ans commercial chez un concessionnaire avant mon master d'économie sociale, obtenu en "
        "juin 2026.",
    ],
)
def test_years_in_another_trade_before_a_sectors_title_are_a_career_change(said: str) -> None:
    body = f"Bonjour,\n\n{said} {AIM_FR}\n\nCordialement,\nNoé Vasseur"
    assert status(extracted(body), "not_career_change") == "not_met"


def test_a_mission_of_volunteering_held_now_asks_whether_it_is_a_civic_service() -> None:
    body = (
        "Bonjour,\n\nJe suis en mission de volontariat avec une association au Sénégal jusqu'en mars, sur un "
        f"projet de maraîchage. J'ai une licence de géographie obtenue en juin 2025. {AIM_FR}\n\nMaëva Roux"
    )
    result = extracted(body)
    assert (status(result, "not_service_civique"), status(result, "not_internship")) == ("unknown", "met")


@pytest.mark.parametrize(
    "said",
    [
        "Je suis en stage de troisième année à la maison d'enfants du Val jusqu'en mai.",
        "Actuellement en stage de seconde année dans un ESAT, jusqu'à fin mars.",
    ],
)
def test_a_placement_of_a_courses_year_held_now_is_an_internship(said: str) -> None:
    body = f"Bonjour,\n\n{said} J'ai une licence de psychologie obtenue en 2024. {AIM_FR}\n\nSalomé Brun"
    assert status(extracted(body), "not_internship") == "not_met"



@pytest.mark.parametrize(
    "said",
    [
        "Je suis en immersion dans une recyclerie depuis septembre, jusqu'à fin décembre.",
        "En ce moment je fais une immersion professionnelle chez un bailleur social, jusqu'en février.",
    ],
)
def test_an_immersion_in_a_structure_held_now_asks_whether_it_is_an_internship(said: str) -> None:
    body = f"Bonjour,\n\n{said} J'ai un BTS ESF obtenu en juin 2025. {AIM_FR}\n\nLou Perrin"
    assert status(extracted(body), "not_internship") == "unknown"
