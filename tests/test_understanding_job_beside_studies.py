"""A job a CV dates in the years its course lines fill is a job held beside the studies, not a career left
for a degree (stop 51, the false rejection of the inbox corpus's first figure: a part-time animator's years
on a CV, beside the course's lines of the same years, read as another trade before the degree). My own CVs,
read through `propulse extract`'s path (tests/reading_day.py)."""

from __future__ import annotations

from fixtures_docs import make_pdf
from reading_day import read, status


def _cv_read(*lines: str) -> dict[str, object]:
    aim = "Recherche un emploi dans une association d'éducation populaire"
    cv = make_pdf(["Camille Besnard", aim, *lines])
    cv_file = ("cv.pdf", "application/pdf", cv)
    return read("Bonjour, je candidate au programme, mon CV est joint.", attachments=[cv_file])


def test_a_part_time_job_in_the_years_of_the_course_is_no_career_change() -> None:
    result = _cv_read(
        "Formation",
        "2024-2026 : Master Économie sociale et solidaire - Université de Nantes (obtenu en juin 2026)",
        "2021-2024 : Licence de sociologie - Université de Nantes",
        "Expérience",
        "Animatrice périscolaire, Ville de Rezé (2021-2025, temps partiel)",
    )
    assert status(result, "not_career_change") == "met"
    assert result["eligibility"]["verdict"] == "eligible"  # type: ignore[index]


def test_an_english_cv_job_held_through_the_degree_is_no_career_change() -> None:
    cv = make_pdf(
        [
            "Tom Hendry",
            "Looking for a job in a social enterprise",
            "Education",
            "2022-2025: BA in Social Policy, University of Leeds (graduated July 2025)",
            "Experience",
            "Bar staff, The Crown, Leeds (2021-2025, part-time)",
        ]
    )
    result = read("Hello, please find my CV attached.", attachments=[("cv.pdf", "application/pdf", cv)])
    assert status(result, "not_career_change") == "met"


def test_years_in_a_trade_before_the_course_stay_a_career_change() -> None:
    # Guard: the job's years lie before the course's; they are years of another trade.
    result = _cv_read(
        "Formation",
        "2024-2026 : Master Économie sociale et solidaire - Université de Nantes (obtenu en juin 2026)",
        "Expérience",
        "Conseillère clientèle, Banque Régionale (2015-2024, CDI)",
    )
    assert status(result, "not_career_change") != "met"
