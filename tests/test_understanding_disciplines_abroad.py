"""A résumé's line of education — a diploma at its head, its school, its town, then the years it was studied
in brackets — tells the course's years, never years in a trade, whatever headline names above it the trade the
diploma trains for (course_length.py: `course_periods_blanked`). A line headed by a role, or one that steps
from the course to a job, keeps its years of work. The phrasings are the tests' own, French and English."""

from __future__ import annotations

from typing import Any

from fixtures_docs import make_docx, make_message
from reading_day import TODAY, extracted, status

from intake.extract import extract_message

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _with_cv(body: str, lines: list[str]) -> dict[str, Any]:
    """`body` mailed with a CV of `lines` attached, as extracted on the corpora's reading day."""
    attached = [("CV.docx", DOCX, make_docx(lines))]
    return extract_message(make_message(body, attachments=attached), today=TODAY)


def test_a_design_diploma_s_years_under_a_designer_headline_are_no_career_change() -> None:
    result = _with_cv(
        "Bonjour,\n\nJ'ai obtenu mon DNMADE mention espace en juin 2025. Je voudrais travailler comme "
        "scénographe dans une coopérative culturelle.\n\nInès Lemoine",
        [
            "Inès Lemoine – scénographe",
            "DNMADE mention espace, lycée Jean Rostand, Roubaix (2022–2025)",
            "Projet de fin d'études : un décor en matériaux de réemploi",
        ],
    )
    assert status(result, "not_career_change") == "met"
    assert result["eligibility"]["verdict"] == "eligible"


def test_a_nursing_degree_s_years_under_an_rn_headline_are_no_career_change() -> None:
    result = _with_cv(
        "Hello,\n\nI graduated with a Bachelor of Science in Nursing in June 2025 and I would like to work "
        "for a non-profit health centre in Lille.\n\nJoy Balogun",
        [
            "Joy Balogun, RN",
            "Bachelor of Science in Nursing, University of Ibadan, Ibadan (2021–2025)",
            "Clinical placements: maternity, community health",
        ],
    )
    assert status(result, "not_career_change") == "met"
    assert result["eligibility"]["verdict"] == "eligible"


def test_a_teacher_s_years_at_a_lycee_are_still_years_in_a_trade() -> None:
    result = _with_cv(
        "Bonjour,\n\nJ'ai un master ESS obtenu en juin 2026 et je cherche un poste dans une SCOP.\n\n"
        "Marc Hébert",
        [
            "Marc Hébert",
            "Professeur en BTS, lycée Jean Rostand, Roubaix (2012–2022)",
            "Master ESS, université de Lille (2024–2026)",
        ],
    )
    assert status(result, "not_career_change") != "met"


def test_a_course_line_that_steps_to_a_job_keeps_the_job_s_years() -> None:
    result = _with_cv(
        "Bonjour,\n\nJ'ai un master ESS obtenu en juin 2026 et je cherche un poste dans une SCOP.\n\n"
        "Marc Hébert",
        [
            "Marc Hébert",
            "BTS commerce, lycée Gambetta, puis vendeur en CDI, Tourcoing (2012–2022)",
            "Master ESS, université de Lille (2024–2026)",
        ],
    )
    assert status(result, "not_career_change") != "met"


def test_a_kenyan_bachelor_s_told_as_a_three_year_degree_keeps_three_years() -> None:
    result = extracted(
        "Hello,\n\nMy degree: BSc in Agricultural Economics, University of Nairobi, 2025 (a three-year "
        "programme). I am looking for a job in a farming co-operative near Lyon.\n\nWanjiru Kamau"
    )
    assert result["education"]["bac_plus"] == 3


def test_a_bachelor_s_of_lagos_told_as_a_three_year_diploma_in_french_keeps_three_years() -> None:
    result = extracted(
        "Bonjour,\n\nJ'ai un bachelor en sociologie de l'Université de Lagos (diplôme de trois ans), obtenu "
        "en juin 2025. Je cherche un poste dans une association d'insertion.\n\nChidi Okafor"
    )
    assert result["education"]["bac_plus"] == 3


def test_a_kenyan_bachelor_s_with_no_length_told_keeps_its_system_s_four_years() -> None:
    result = extracted(
        "Hello,\n\nI hold a BSc in Agricultural Economics from the University of Nairobi (2025) and I am "
        "looking for a job in a farming co-operative near Lyon.\n\nWanjiru Kamau"
    )
    assert result["education"]["bac_plus"] == 4


def test_the_length_of_a_master_s_told_after_the_bachelor_s_is_not_the_bachelor_s() -> None:
    result = extracted(
        "Hello,\n\nI hold a BSc from the University of Nairobi, then a master's in France (a two-year "
        "programme) finished in June 2026. I am looking for a job in a co-operative.\n\nWanjiru Kamau"
    )
    assert result["education"]["bac_plus"] == 5


def test_a_design_diploma_s_years_bracketed_before_its_school_are_no_career_change() -> None:
    result = _with_cv(
        "Bonjour,\n\nDiplômé du DNSEP en juin 2025, je cherche un poste dans un tiers-lieu associatif."
        "\n\nYanis Garnier",
        [
            "Yanis Garnier — graphiste",
            "DNSEP option design graphique (2020–2025), école des Beaux-Arts, Rennes",
        ],
    )
    assert status(result, "not_career_change") == "met"


def test_a_bsn_named_by_its_abbreviation_on_a_cv_line_is_a_bachelor_s_with_no_career() -> None:
    result = _with_cv(
        "Hello,\n\nI finished my nursing degree in May 2025 and I am looking for a job in a community health "
        "centre run by a charity.\n\nGrace Mwangi",
        ["Grace Mwangi, RN", "BSN, University of Eastern Finland, Kuopio (2021–2025)"],
    )
    assert status(result, "not_career_change") == "met"
    assert result["education"]["bac_plus"] == 3


def test_a_role_s_years_under_a_headline_are_still_a_trade_s() -> None:
    result = _with_cv(
        "Bonjour,\n\nJ'ai un master ESS obtenu en juin 2026 et je cherche un poste dans une SCOP.\n\n"
        "Marc Hébert",
        [
            "Marc Hébert — designer",
            "Designer produit, Decathlon, Lille (2012–2022)",
            "Master ESS, université de Lille",
        ],
    )
    assert status(result, "not_career_change") != "met"
