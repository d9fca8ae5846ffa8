"""Situation classes found on the lives corpus (stop 23, second round, situation side): a form's yes/no answer
is the value of the criterion its label names, whatever the criterion; the end of a situation named as a noun
and said as passed («depuis la fin de…», "since the end of…") means it is over; years of work of a kind left
unsaid before a new diploma leave the career change to be asked, while years in a job named are a career; the
ESS aimed at by a cleft («ce que je cherche, c'est…») or by a name the prefilter missed, mass retail as an aim
outside it, and the mail's aim standing over an older CV objective; a permanent job held now leaves the career
change asked; a mission of unsaid kind leaves both internship and civic service asked. Each stated in
phrasings of its own, in French and in English, and read through `propulse extract`'s path."""

from __future__ import annotations

import pytest
from fixtures_docs import make_docx, make_message
from reading_day import TODAY, read, status

from intake.extract import extract_message
from intake.understanding.forms import answer_at

DIPLOMA = "Licence d'histoire obtenue en juillet 2026."
AIM = "Je cherche un emploi dans une mutuelle."
EN_DIPLOMA = "I completed my BA in Sociology in July 2026."
EN_AIM = "I am looking for a job with a cooperative."


FORM_ANSWERS = [
    pytest.param(
        f"{DIPLOMA}\nReconversion professionnelle : non (seulement serveuse l'été pendant la licence)\n{AIM}",
        {"not_career_change": "met"},
        id="a_career_change_field_answered_no_is_no_career_change",
    ),
    pytest.param(
        f"{EN_DIPLOMA}\nCareer change: no, only weekend shifts in a bakery while studying\n{EN_AIM}",
        {"not_career_change": "met"},
        id="an_english_career_change_field_answered_no_is_no_career_change",
    ),
    pytest.param(
        f"{DIPLOMA}\nStage à ce jour : non\n{AIM}",
        {"not_internship": "met"},
        id="an_internship_field_answered_no_is_no_internship_held_now",
    ),
    pytest.param(
        f"{DIPLOMA}\nService civique aujourd'hui : aucun, jamais fait\n{AIM}",
        {"not_service_civique": "met"},
        id="a_civic_service_field_answered_none_is_no_civic_service",
    ),
    pytest.param(
        f"{DIPLOMA}\nStage actuel à la mairie : oui, jusqu'en mars 2027\n{AIM}",
        {"not_internship": "not_met"},
        id="an_internship_field_answered_yes_is_an_internship_held_now",
    ),
    pytest.param(
        f"{DIPLOMA}\nStage : oui, au service culturel de la ville\n{AIM}",
        {"not_internship": "unknown"},
        id="an_internship_field_answered_yes_without_saying_when_is_asked",
    ),
    pytest.param(
        f"{EN_DIPLOMA}\nCareer change: yes\n{EN_AIM}",
        {"not_career_change": "unknown"},
        id="an_english_career_change_field_answered_yes_alone_is_asked",
    ),
]


@pytest.mark.parametrize(("body", "expected"), FORM_ANSWERS)
def test_a_form_field_answered_yes_or_no_is_the_value_of_its_criterion(
    body: str, expected: dict[str, str]
) -> None:
    result = read(body)
    assert {criterion: status(result, criterion) for criterion in expected} == expected


def test_a_field_whose_value_tells_something_else_is_no_yes_or_no_answer() -> None:
    assert answer_at("Stage : mairie de Nantes, jusqu'en mars", 0) is None


def test_a_mention_after_the_colon_is_not_the_label_answered() -> None:
    assert answer_at("Situation : non pas en stage mais en service civique", 20) is None


ENDS = [
    pytest.param(
        f"{DIPLOMA} Depuis la fin de ma mission de service civique à la Ligue, je postule dans des"
        f" associations. {AIM}",
        {"not_service_civique": "met"},
        id="since_the_end_of_my_civic_service_it_is_over",
    ),
    pytest.param(
        f"{DIPLOMA} Dès la fin de mon stage au conseil départemental, je me suis mise à chercher. {AIM}",
        {"not_internship": "met"},
        id="from_the_end_of_my_internship_on_it_is_over",
    ),
    pytest.param(
        f"{DIPLOMA} Au terme de mon service civique, j'ai passé l'été à voyager. {AIM}",
        {"not_service_civique": "met"},
        id="at_the_term_of_my_civic_service_told_in_the_past_it_is_over",
    ),
    pytest.param(
        f"{EN_DIPLOMA} Since the end of my civic service in a youth club, I have been applying to charities."
        f" {EN_AIM}",
        {"not_service_civique": "met"},
        id="since_the_end_of_my_civic_service_in_english_it_is_over",
    ),
    pytest.param(
        f"{EN_DIPLOMA} After the end of my internship at the town hall I travelled for a month. {EN_AIM}",
        {"not_internship": "met"},
        id="after_the_end_of_my_internship_in_english_it_is_over",
    ),
    pytest.param(
        f"{DIPLOMA} Mon stage à la mairie se termine en mars 2027. {AIM}",
        {"not_internship": "not_met"},
        id="an_internship_whose_end_is_ahead_is_still_held",
    ),
]


@pytest.mark.parametrize(("body", "expected"), ENDS)
def test_the_end_of_a_situation_said_as_passed_means_it_is_over(body: str, expected: dict[str, str]) -> None:
    result = read(body)
    assert {criterion: status(result, criterion) for criterion in expected} == expected


CAREERS = [
    pytest.param(
        f"Master de gestion obtenu en juin 2026. Avant, j'ai bossé pendant plusieurs années, un peu de tout."
        f" {AIM}",
        {"not_career_change": "unknown"},
        id="several_years_of_work_of_unsaid_kind_leave_the_career_change_asked",
    ),
    pytest.param(
        f"Licence pro obtenue en juillet 2026, après six années de vie professionnelle. {AIM}",
        {"not_career_change": "unknown"},
        id="years_of_working_life_of_unsaid_kind_leave_the_career_change_asked",
    ),
    pytest.param(
        f"{EN_DIPLOMA} Before that I worked for a few years in different places. {EN_AIM}",
        {"not_career_change": "unknown"},
        id="an_english_few_years_of_work_in_different_places_leave_the_career_change_asked",
    ),
    pytest.param(
        f"Master obtenu en juin 2026. J'ai travaillé huit ans chez un assureur avant de reprendre mes études."
        f" {AIM}",
        {"not_career_change": "not_met"},
        id="eight_years_of_work_at_a_named_employer_are_a_career_change",
    ),
    pytest.param(
        f"{EN_DIPLOMA} I worked for nine years as a bus driver. {EN_AIM}",
        {"not_career_change": "not_met"},
        id="nine_years_as_a_named_trade_are_a_career_change_in_english",
    ),
    pytest.param(
        f"Master obtenu en juin 2026. J'ai travaillé quatre ans comme serveur pendant ma licence et mon"
        f" master. {AIM}",
        {"not_career_change": "met"},
        id="four_years_as_a_waiter_during_my_degrees_are_a_student_job",
    ),
    pytest.param(
        f"{EN_DIPLOMA} I worked for five years as a shop assistant to pay for my studies. {EN_AIM}",
        {"not_career_change": "met"},
        id="five_years_as_a_shop_assistant_paying_for_my_studies_are_a_student_job",
    ),
]


@pytest.mark.parametrize(("body", "expected"), CAREERS)
def test_years_of_work_are_a_career_only_when_the_job_is_named(body: str, expected: dict[str, str]) -> None:
    result = read(body)
    assert {criterion: status(result, criterion) for criterion in expected} == expected


SPANS = [
    pytest.param(
        f"Licence de gestion obtenue en juin 2026. Magasinier en CDI de 2012 à 2022, j'ai ensuite repris mes"
        f" études. {AIM}",
        {"not_career_change": "not_met"},
        id="a_job_on_a_permanent_contract_from_one_year_to_a_later_one_is_a_career",
    ),
    pytest.param(
        f"{EN_DIPLOMA} From 2010 to 2021, I was a postman on a permanent contract. {EN_AIM}",
        {"not_career_change": "not_met"},
        id="an_english_job_held_from_one_year_to_a_later_one_is_a_career",
    ),
    pytest.param(
        f"{DIPLOMA} Bénévole, Secours populaire (2021-2025). {AIM}",
        {"not_career_change": "met"},
        id="years_of_volunteering_told_as_a_span_are_no_career",
    ),
]


@pytest.mark.parametrize(("body", "expected"), SPANS)
def test_a_job_held_over_a_span_of_years_is_a_career(body: str, expected: dict[str, str]) -> None:
    result = read(body)
    assert {criterion: status(result, criterion) for criterion in expected} == expected


AIMS = [
    pytest.param(
        f"{DIPLOMA} Je voudrais rejoindre l'équipe d'une épicerie solidaire de mon quartier.",
        {"job_seeking_ess": "met"},
        id="joining_a_solidarity_grocery_is_an_ess_aim",
    ),
    pytest.param(
        f"{DIPLOMA} Mon envie maintenant : bosser dans l'éduc pop.",
        {"job_seeking_ess": "met"},
        id="working_in_popular_education_said_shortly_is_an_ess_aim",
    ),
    pytest.param(
        f"{DIPLOMA} Ce que je cherche désormais, c'est un CDI dans une mutuelle.",
        {"job_seeking_ess": "met"},
        id="a_job_named_by_a_cleft_of_search_is_the_aim",
    ),
    pytest.param(
        f"{EN_DIPLOMA} What I am looking for now is a post in a housing cooperative.",
        {"job_seeking_ess": "met"},
        id="an_english_job_named_by_a_cleft_of_search_is_the_aim",
    ),
    pytest.param(
        f"{DIPLOMA} Je vise un poste d'acheteuse dans la grande distribution.",
        {"job_seeking_ess": "not_met"},
        id="a_post_in_mass_retail_is_an_aim_outside_the_ess",
    ),
    pytest.param(
        f"{DIPLOMA}\n- Ce que je vise : un poste d'analyste dans une banque d'affaires\n- Stage : aucun",
        {"job_seeking_ess": "not_met"},
        id="an_aim_field_worded_as_a_pseudo_cleft_aims_at_a_bank_outside_the_ess",
    ),
    pytest.param(
        f"{EN_DIPLOMA} I would like to work for a supermarket chain.",
        {"job_seeking_ess": "not_met"},
        id="an_english_aim_at_a_supermarket_chain_is_outside_the_ess",
    ),
]


@pytest.mark.parametrize(("body", "expected"), AIMS)
def test_an_aim_is_read_by_its_meaning(body: str, expected: dict[str, str]) -> None:
    result = read(body)
    assert {criterion: status(result, criterion) for criterion in expected} == expected


DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@pytest.mark.parametrize(
    ("body", "objective"),
    [
        pytest.param(
            f"{DIPLOMA} Mon CV date un peu : je veux maintenant travailler dans une coopérative.",
            "Objectif : chef de rayon en grande distribution",
            id="in_french",
        ),
        pytest.param(
            f"{EN_DIPLOMA} My CV is a bit old: I now want a job with a charity.",
            "Objectif : poste dans un cabinet de conseil",
            id="in_english",
        ),
    ],
)
def test_the_mails_aim_stands_over_an_older_cv_objective(body: str, objective: str) -> None:
    cv = make_docx(["Inès Martin", "ines.martin@example.org", objective])
    result = extract_message(make_message(body, attachments=[("cv.docx", DOCX, cv)]), today=TODAY)
    assert status(result, "job_seeking_ess") == "met"


HELD_NOW = [
    pytest.param(
        f"{DIPLOMA} Je travaille depuis l'été comme vendeuse, en CDI, dans une boutique de sport. {AIM}",
        {"not_career_change": "unknown"},
        id="working_since_the_summer_on_a_permanent_contract_leaves_the_career_change_asked",
    ),
    pytest.param(
        f"{DIPLOMA}\nPoste actuel : gestionnaire de paie en CDI depuis août\n{AIM}",
        {"not_career_change": "unknown"},
        id="a_present_post_field_on_a_permanent_contract_leaves_the_career_change_asked",
    ),
    pytest.param(
        f"{EN_DIPLOMA}\nCurrent position: receptionist, permanent contract since September\n{EN_AIM}",
        {"not_career_change": "unknown"},
        id="an_english_current_position_on_a_permanent_contract_leaves_the_career_change_asked",
    ),
    pytest.param(
        f"{DIPLOMA} Je suis en mission au centre social du quartier jusqu'en février. {AIM}",
        {"not_internship": "unknown", "not_service_civique": "unknown"},
        id="a_mission_of_unsaid_kind_held_now_leaves_internship_and_civic_service_asked",
    ),
    pytest.param(
        f"{EN_DIPLOMA} I'm on a mission with a tenants' association until February. {EN_AIM}",
        {"not_internship": "unknown", "not_service_civique": "unknown"},
        id="an_english_mission_of_unsaid_kind_held_now_leaves_both_asked",
    ),
]


@pytest.mark.parametrize(("body", "expected"), HELD_NOW)
def test_what_is_held_now_of_an_unsaid_kind_is_asked(body: str, expected: dict[str, str]) -> None:
    result = read(body)
    assert {criterion: status(result, criterion) for criterion in expected} == expected
