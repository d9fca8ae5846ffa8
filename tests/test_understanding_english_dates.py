"""Dates of a diploma as native English speakers tell them (englishes corpus, the graduation side): a month
without its year in the diploma's clause told as done, after a bracket or a place ("at the University of
Leeds in July"), in a relative clause ("which I got in March") or before the verb ("in April I finished");
a year group ("class of '24"); the last teaching term ("last semester", «le semestre dernier»); "this
September"; "a couple of months ago"; the graduation of other Englishes ("passed out", "convocated"); a
ceremony's date, which is not the graduation's when the diploma is dated too. Phrasings of our own, read
through `propulse extract`'s path on the reading day 2026-11-26."""

from __future__ import annotations

import pytest
from reading_day import TODAY, extracted, status

from intake.understanding.dates import find_dates

EN_AIM = "I'd like a job in a charity working with refugees."
FR_AIM = "Je cherche un emploi dans une association d'insertion."


@pytest.mark.parametrize(
    ("body", "graduation"),
    [
        pytest.param(
            f"Hello, I completed my BA in Politics (with a year abroad) at the University of Leeds in July. "
            f"{EN_AIM}",
            "2026-07",
            id="after_a_bracket_and_a_place",
        ),
        pytest.param(
            f"Hi, I hold a master's in Urban Planning from Cardiff, which I got in March. {EN_AIM}",
            "2026-03",
            id="in_a_relative_clause",
        ),
        pytest.param(
            f"Hi, after a long year, in April I at last finished my BSc in Nursing. {EN_AIM}",
            "2026-04",
            id="the_month_before_the_verb",
        ),
        pytest.param(
            f"Hello, my son earned a BSc in Physics (with a year in industry) at Exeter (he was done in "
            f"August). {EN_AIM}",
            "2026-08",
            id="in_a_bracket_of_its_own",
        ),
        pytest.param(
            f"Hello, I completed my MSc in Ecology (part-time, evenings) at Bangor in December. {EN_AIM}",
            "2025-12",
            id="a_month_after_today_s_is_last_year_s",
        ),
    ],
)
def test_a_month_without_its_year_in_an_english_diploma_s_clause_told_done_dates_it(
    body: str, graduation: str
) -> None:
    result = extracted(body, subject="Application")
    assert result["education"]["graduation"] == graduation
    assert status(result, "graduation_recent") == "met"


@pytest.mark.parametrize(
    "body",
    [
        f"Hello, I will complete my BA in Politics at the University of Leeds in July. {EN_AIM}",
        f"Hello, I completed my BA in Politics at Leeds and moved to Nantes in July. {EN_AIM}",
        f"Hello, I hope to have finished my BA in Politics at Leeds in July. {EN_AIM}",
    ],
    ids=["to_come", "a_later_clause_s_month", "hoped"],
)
def test_a_month_to_come_or_of_another_clause_does_not_date_the_diploma(body: str) -> None:
    result = extracted(body, subject="Application")
    assert result["education"]["graduation"] is None


@pytest.mark.parametrize(
    ("said", "read"),
    [
        pytest.param("Bristol, class of '24, BSc Biology", ["2024"], id="class_of"),
        pytest.param("promo ’25 de l'IUT", ["2025"], id="promo"),
        pytest.param("I finished my degree last semester", ["2026"], id="last_semester"),
        pytest.param("j'ai fini ma licence le semestre dernier", ["2026"], id="le_semestre_dernier"),
        pytest.param("I'm finishing my last semester at McGill", [], id="my_last_semester_is_no_date"),
        pytest.param("completed my MA this September", ["2026-09"], id="this_september"),
        pytest.param("I graduated a couple of months ago", ["2026-09"], id="a_couple_of_months_ago"),
    ],
)
def test_english_dates_told_against_the_mail_are_read(said: str, read: list[str]) -> None:
    assert [d.as_text() for d in find_dates(said, TODAY)] == read


@pytest.mark.parametrize(
    ("body", "graduation"),
    [
        pytest.param(
            f"Respected Sir, I passed out in 2021 from a college in Madurai. {EN_AIM}",
            "2021",
            id="passed_out",
        ),
        pytest.param(
            f"Hi, I convocated from a university in Alberta last year. {EN_AIM}", "2025", id="convocated"
        ),
        pytest.param(
            f"Hello, I graduated from Swansea in October with a first in Law. {EN_AIM}",
            "2026-10",
            id="graduated_from_a_place_in_a_month",
        ),
    ],
)
def test_a_graduation_of_other_englishes_dates_it(body: str, graduation: str) -> None:
    assert extracted(body, subject="Application")["education"]["graduation"] == graduation


@pytest.mark.parametrize(
    ("body", "graduation"),
    [
        pytest.param(
            f"Hello, I completed my degree in 2023 (BA in Geography, University of Lagos) and had my "
            f"convocation in 2024. {EN_AIM}",
            "2023",
            id="en",
        ),
        pytest.param(
            f"Hi, I finished my degree in January 2026 (BSc in Chemistry, Ottawa) - the ceremony was in "
            f"June, so my certificate says June 2026. {EN_AIM}",
            "2026-01",
            id="en_after_a_ceremony",
        ),
        pytest.param(
            f"Bonjour, j'ai validé mon diplôme en 2024 (licence de droit, Lyon 3) et la cérémonie a eu lieu "
            f"en 2025. {FR_AIM}",
            "2024",
            id="fr",
        ),
    ],
)
def test_a_ceremony_s_date_is_not_the_graduation_when_the_diploma_is_dated(
    body: str, graduation: str
) -> None:
    assert extracted(body, subject="Application")["education"]["graduation"] == graduation
