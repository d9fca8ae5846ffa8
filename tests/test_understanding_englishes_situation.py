"""A situation told in a native English (stop 29, englishes corpus, situation side): a work period of a course
or a profession's training under its own names (a learnership, articles, SIWES, OJT, a sandwich course's
placement year, "on placement"), a foreign civic service held now (AmeriCorps, NYSC, the European Solidarity
Corps: asked, an analogue of the scheme), studies running told by a year of the course ("my final year", "my
honours year"), by an end under way ("I'm finishing up my last semester") or by credits short, results
awaited (asked), years of a trade counted in words, a career change named then denied, a place lived in or a
permanent job wished for (no career). Each in phrasings of its own, read through `propulse extract`'s path."""

from __future__ import annotations

import pytest
from reading_day import read, status

DIPLOMA = "I got my BA in Social Policy in July 2026."
AIM = "I'm looking for a job in a charity or a social enterprise."
FR_DIPLOMA = "J'ai obtenu ma licence en juin 2026."
FR_AIM = "Je cherche un emploi dans une association."


INTERNSHIPS = [
    pytest.param(
        f"{DIPLOMA} I'm currently on an 18-month learnership with a retailer in Polokwane. {AIM}",
        "not_met",
        id="a_learnership_held_now_is_an_internship",
    ),
    pytest.param(
        f"{DIPLOMA} These days I'm doing my articles with a small accounting practice in Bloemfontein. {AIM}",
        "not_met",
        id="a_trainee_accountants_articles_held_now_are_an_internship",
    ),
    pytest.param(
        f"{DIPLOMA} I am presently on my SIWES with a microfinance bank in Kano. {AIM}",
        "not_met",
        id="siwes_held_now_is_an_internship",
    ),
    pytest.param(
        f"{DIPLOMA} I'm now on placement until April with a homelessness charity in Leeds. {AIM}",
        "not_met",
        id="on_placement_said_without_an_article_is_a_students_internship",
    ),
    pytest.param(
        f"{DIPLOMA} My internship at a not-for-profit in Regina ended in June, so I'm free now. {AIM}",
        "met",
        id="a_not_for_profit_holds_no_negation_of_an_internship_told_over",
    ),
]


@pytest.mark.parametrize(("body", "expected"), INTERNSHIPS)
def test_an_internship_under_the_names_of_the_englishes(body: str, expected: str) -> None:
    assert status(read(body, subject="Application Pro'pulse"), "not_internship") == expected


SERVICES = [
    pytest.param(
        f"{DIPLOMA} Right now I'm serving with AmeriCorps in Tucson, mentoring teenagers. {AIM}",
        "unknown",
        id="americorps_held_now_is_an_analogue_of_the_civic_service_asked",
    ),
    pytest.param(
        f"{DIPLOMA} I'm currently a youth corper posted to a school in Jos. {AIM}",
        "unknown",
        id="a_youth_corper_serving_now_is_an_analogue_of_the_civic_service_asked",
    ),
    pytest.param(
        f"{DIPLOMA} I'm currently with the European Solidarity Corps in Riga, until March. {AIM}",
        "unknown",
        id="the_european_solidarity_corps_held_now_is_asked",
    ),
]


@pytest.mark.parametrize(("body", "expected"), SERVICES)
def test_a_foreign_civic_service_held_now_is_asked(body: str, expected: str) -> None:
    assert status(read(body, subject="Application Pro'pulse"), "not_service_civique") == expected


STUDIES = [
    pytest.param(
        "I'm busy with my final year at Rhodes, in Journalism. " + AIM,
        "not_met",
        id="my_final_year_held_now_is_studies_running",
    ),
    pytest.param(
        "I completed my BA at Otago in 2025 and I'm doing my honours year in Psychology now. " + AIM,
        "not_met",
        id="an_honours_year_held_now_is_studies_running",
    ),
    pytest.param(
        "I'm finishing up my last semester at McGill, in Political Science. " + AIM,
        "not_met",
        id="an_end_under_way_in_the_progressive_is_studies_running",
    ),
    pytest.param(
        "I'm two modules short of my degree, which I'll take online in the spring. " + AIM,
        "not_met",
        id="modules_short_of_the_degree_are_studies_running",
    ),
    pytest.param(
        "I sat my last papers in October and now await my results from the polytechnic. " + AIM,
        "unknown",
        id="results_awaited_leave_the_end_of_studies_asked",
    ),
    pytest.param(
        "I'm currently on my placement year with a housing charity, as part of my sandwich course. " + AIM,
        "not_met",
        id="a_sandwich_courses_placement_year_is_studies_running",
    ),
    pytest.param(
        "I finished a BCom in 2023 and at present I am pursuing an MBA in Finance, final term. " + AIM,
        "not_met",
        id="a_degree_pursued_now_is_studies_running",
    ),
    pytest.param(
        "I'm presently studying for a BSc in Ecology at Makerere, results out next July. " + AIM,
        "not_met",
        id="a_degree_studied_for_with_its_results_ahead_is_studies_running",
    ),
    pytest.param(
        "I completed my MA in 2025 and am now pursuing a role in community development. " + AIM,
        "met",
        id="a_role_pursued_after_a_degree_leaves_the_studies_finished",
    ),
]


@pytest.mark.parametrize(("body", "expected"), STUDIES)
def test_studies_running_in_the_englishes(body: str, expected: str) -> None:
    assert status(read(body, subject="Application Pro'pulse"), "studies_finished") == expected


CAREERS = [
    pytest.param(
        f"I'm moving into youth work after twelve years in hospitality. {DIPLOMA} {AIM}",
        "not_met",
        id="years_of_a_trade_counted_in_words_are_a_career_change",
    ),
    pytest.param(
        f"{DIPLOMA} You may spot an estate agency on my CV and think career switch - it isn't. {AIM}",
        "met",
        id="a_career_switch_named_then_denied_is_none",
    ),
    pytest.param(
        f"{FR_DIPLOMA} Vous verrez une banque sur mon CV et penserez reconversion : ce n'en est pas une."
        f" {FR_AIM}",
        "met",
        id="une_reconversion_nommee_puis_niee_n_en_est_pas_une",
    ),
    pytest.param(
        f"Kiwi here, living in Nantes since 2020. {DIPLOMA} {AIM}",
        "met",
        id="living_somewhere_for_years_is_no_job",
    ),
    pytest.param(
        f"{DIPLOMA} I'd really love a permanent job with a food bank, I'm in Lyon now. {AIM}",
        "met",
        id="a_permanent_job_wished_for_is_not_held",
    ),
]


@pytest.mark.parametrize(("body", "expected"), CAREERS)
def test_a_career_in_the_englishes(body: str, expected: str) -> None:
    assert status(read(body, subject="Application Pro'pulse"), "not_career_change") == expected
