"""Dates of a diploma that must be computed from the reading day (reckoning round, the graduation side):
an age at the diploma with a birth year or the age now (a birth year is never a diploma's year), a named
moment of the calendar (Noël, la Toussaint, Pâques, the first lockdown), semesters and weeks ago, "the June
before last", «l'année d'avant l'an dernier», a count that lands on a named month («cela fera deux ans en
février»), a course's start plus its length, a date counted on from another («deux ans après») and periods
chained after a diploma counted back from the dated end of the last. Phrasings of our own, French and
English, read through `propulse extract`'s path on the reading day 2026-11-26."""

from __future__ import annotations

import pytest
from reading_day import extracted, status

AIM = "Je cherche un emploi dans une association d'éducation populaire."
EN_AIM = "I am looking for a job in a housing charity."


@pytest.mark.parametrize(
    ("body", "graduation", "recent"),
    [
        pytest.param(
            f"Bonjour, né en 2000, j'ai obtenu ma licence de géographie à 25 ans. {AIM}",
            "2025",
            "met",
            id="fr_born",
        ),
        pytest.param(
            f"Bonjour, j'ai 31 ans et j'ai eu mon BTS à 22 ans. {AIM}", "2017", "not_met", id="fr_age_now"
        ),
        pytest.param(
            "Bonjour, j'ai 26 ans : bac à 18 ans, puis sept années d'études, et un master de droit public "
            f"obtenu au bout. {AIM}",
            "2025",
            "met",
            id="fr_years_after_an_age",
        ),
        pytest.param(f"Hello, born in 1999, I completed my MA at 26. {EN_AIM}", "2025", "met", id="en_born"),
        pytest.param(f"Hi, I'm 30 now and got my BA at 24. {EN_AIM}", "2020", "not_met", id="en_age_now"),
        pytest.param(
            f"Hi, I got my MSc at 23 and I turn 25 in March. {EN_AIM}",
            "2025",
            "met",
            id="en_birthday_to_come",
        ),
        pytest.param(
            f"Bonjour, j'aurai 30 ans en février, j'ai eu mon master à 28 ans. {AIM}",
            "2025",
            "met",
            id="fr_aurai",
        ),
    ],
)
def test_an_age_at_the_diploma_is_dated_by_the_birth_or_the_age_now(
    body: str, graduation: str, recent: str
) -> None:
    result = extracted(body)
    assert result["education"]["graduation"] == graduation
    assert status(result, "graduation_recent") == recent
    # A birth year is a birth's, never the diploma's: never a false rejection on it.
    assert result["eligibility"]["verdict"] != "not_eligible" or recent == "not_met"


@pytest.mark.parametrize(
    ("body", "graduation", "recent"),
    [
        pytest.param(
            f"Bonjour, j'ai soutenu mon master à la Toussaint de l'an dernier. {AIM}",
            "2025-11",
            "met",
            id="fr_toussaint",
        ),
        pytest.param(
            f"Bonjour, j'ai validé mon DUT à Pâques dernier. {AIM}", "2026-04", "met", id="fr_paques"
        ),
        pytest.param(
            f"Bonjour, j'ai obtenu ma licence de droit juste avant le confinement. {AIM}",
            "2020-03",
            "not_met",
            id="fr_lockdown",
        ),
        pytest.param(
            f"Hello, I finished my MSc in Ecology last Christmas. {EN_AIM}",
            "2025-12",
            "met",
            id="en_christmas",
        ),
    ],
)
def test_a_named_moment_of_the_calendar_dates_the_diploma(body: str, graduation: str, recent: str) -> None:
    result = extracted(body)
    assert result["education"]["graduation"] == graduation
    assert status(result, "graduation_recent") == recent


@pytest.mark.parametrize(
    ("body", "graduation", "recent"),
    [
        pytest.param(
            f"Bonjour, j'ai obtenu ma licence d'histoire il y a trois semestres. {AIM}",
            "2025-05",
            "met",
            id="fr_semesters",
        ),
        pytest.param(
            f"Bonjour, j'ai eu mon master il y a six semaines. {AIM}", "2026-10", "met", id="fr_weeks"
        ),
        pytest.param(
            f"Hello, I completed my MA in Urban Planning five semesters ago. {EN_AIM}",
            "2024-05",
            "not_met",
            id="en_semesters",
        ),
        pytest.param(
            f"Hello, my BA in History is two years and a half behind me now. {EN_AIM}",
            "2024-05",
            "not_met",
            id="en_behind_me",
        ),
        pytest.param(
            f"Hi, I defended my MSc in Chemistry the June before last. {EN_AIM}",
            "2025-06",
            "met",
            id="en_before_last",
        ),
        pytest.param(
            f"Bonjour, cela fera deux ans en février que j'ai validé mon master. {AIM}",
            "2025-02",
            "met",
            id="fr_lands_on_a_month",
        ),
    ],
)
def test_a_time_counted_back_from_the_mail_dates_the_diploma(body: str, graduation: str, recent: str) -> None:
    result = extracted(body)
    assert result["education"]["graduation"] == graduation
    assert status(result, "graduation_recent") == recent


def test_the_year_before_last_year_is_a_year_alone_and_leaves_the_date_open() -> None:
    result = extracted(f"Bonjour, mon BTS tourisme, je l'ai obtenu l'année d'avant l'an dernier. {AIM}")
    assert result["education"]["graduation"] == "2024"
    assert status(result, "graduation_recent") == "unknown"


@pytest.mark.parametrize(
    ("body", "graduation", "recent"),
    [
        pytest.param(
            f"Bonjour, je suis entrée en BUT en septembre 2022, pour une formation de trois ans. {AIM}",
            "2025",
            "met",
            id="fr_but",
        ),
        pytest.param(
            f"Bonjour, DUT commencé à la rentrée 2020, en deux ans. {AIM}", "2022", "not_met", id="fr_rentree"
        ),
        pytest.param(
            f"Hello, I enrolled in a master's in September 2024 for two years and passed it all. {EN_AIM}",
            "2026",
            "met",
            id="en_enrolled",
        ),
    ],
)
def test_a_course_s_start_plus_its_length_dates_its_diploma(body: str, graduation: str, recent: str) -> None:
    result = extracted(body)
    assert result["education"]["graduation"] == graduation
    assert status(result, "graduation_recent") == recent


@pytest.mark.parametrize(
    ("body", "graduation", "recent"),
    [
        pytest.param(
            f"Bonjour, j'ai eu ma licence de chimie en 2024 et mon master est venu deux ans plus tard. {AIM}",
            "2026",
            "met",
            id="fr_later",
        ),
        pytest.param(
            "Bonjour, à 20 ans j'ai eu mon BTS, j'ai 24 ans et ma licence pro est arrivée "
            f"l'année suivante. {AIM}",
            "2023",
            "not_met",
            id="fr_following_year",
        ),
    ],
)
def test_a_date_counted_on_from_the_one_before_dates_the_diploma(
    body: str, graduation: str, recent: str
) -> None:
    result = extracted(body)
    assert result["education"]["graduation"] == graduation
    assert status(result, "graduation_recent") == recent


@pytest.mark.parametrize(
    ("body", "graduation", "recent"),
    [
        pytest.param(
            "Bonjour, après ma licence de langues, j'ai travaillé sept mois en Irlande, puis un CDD de "
            f"cinq mois qui a pris fin le mois dernier. {AIM}",
            "2025",
            "met",
            id="fr_last_month",
        ),
        pytest.param(
            "Bonjour, mon DUT en poche, j'ai passé trois ans en Espagne, puis un an au Portugal, et je suis "
            f"revenu en mars. {AIM}",
            "2022",
            "not_met",
            id="fr_yearless_return",
        ),
        pytest.param(
            "Hello, after my BA in Geography I spent a year in Spain, then six months of temping that ended "
            f"last month. {EN_AIM}",
            "2025",
            "met",
            id="en_last_month",
        ),
    ],
)
def test_periods_chained_after_a_diploma_are_counted_back_from_the_end_of_the_last(
    body: str, graduation: str, recent: str
) -> None:
    result = extracted(body)
    assert result["education"]["graduation"] == graduation
    assert status(result, "graduation_recent") == recent


def test_a_vague_link_in_a_chain_leaves_the_diploma_s_date_open() -> None:
    told = extracted(
        "Bonjour, j'ai eu mon master de sociologie, puis six mois de voyage, puis un CDD de huit mois "
        f"terminé le mois dernier. {AIM}"
    )
    assert told["education"]["graduation"] == "2025"
    result = extracted(
        "Bonjour, j'ai eu mon master de sociologie, puis quelques mois de voyage, puis un CDD de huit mois "
        f"terminé le mois dernier. {AIM}"
    )
    assert result["education"]["graduation"] is None
    assert status(result, "graduation_recent") == "unknown"
