"""The discourse corpus's remaining classes (stop 23), each stated in phrasings of its own, in French and in
English, and read through `propulse extract`'s path: another's wish for the writer is not the writer's aim,
an aim named by a cleft («ce que je cherche, c'est…»), a doubt on the day a coming end falls (not on the
thing held), and the last step of a course dated after today (the studies are not over)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from fixtures_docs import make_message

from intake.extract import extract_message

TODAY = date(2026, 11, 10)
DIPLOMA = "Licence de géographie obtenue en juin 2025."
AIM = "Je souhaite travailler dans une coopérative d'habitants."
EN_DIPLOMA = "I was awarded a BA in Geography in June 2025."
EN_AIM = "I would like to work for a housing cooperative."


def _criterion(body: str, criterion: str) -> str:
    result: dict[str, Any] = extract_message(make_message(body, subject="Candidature"), today=TODAY)
    return str(next(c for c in result["eligibility"]["criteria"] if c["id"] == criterion)["status"])


AIMS = [
    pytest.param(
        f"{DIPLOMA} Mes grands-parents aimeraient que je travaille dans une banque d'affaires ; moi, je veux "
        "travailler dans une coopérative d'habitants.",
        "met",
        id="my_grandparents_wish_for_an_investment_bank_does_not_outweigh_my_own_aim_at_a_cooperative",
    ),
    pytest.param(
        f"{DIPLOMA} Ma mère souhaite que je postule dans un cabinet de conseil, alors que je veux "
        "travailler dans une coopérative d'habitants.",
        "met",
        id="my_mothers_wish_for_a_consulting_firm_is_not_my_aim",
    ),
    pytest.param(
        f"{DIPLOMA} Ma famille voudrait que je travaille dans une banque d'affaires.",
        "unknown",
        id="my_familys_wish_for_an_investment_bank_alone_is_no_refusal_of_the_ess",
    ),
    pytest.param(
        f"{EN_DIPLOMA} My parents want me to work at an investment bank; I want to work for a charity.",
        "met",
        id="an_english_parents_wish_for_an_investment_bank_is_not_the_writers_aim",
    ),
    pytest.param(
        f"{EN_DIPLOMA} My parents want me to work at an investment bank.",
        "unknown",
        id="an_english_parents_wish_alone_is_no_refusal_of_the_ess",
    ),
    pytest.param(
        f"{DIPLOMA} Je voudrais travailler dans un cabinet d'audit.",
        "not_met",
        id="my_own_wish_for_an_audit_firm_is_still_an_aim_outside_the_ess",
    ),
    pytest.param(
        f"{DIPLOMA} Je cherche un emploi de conseillère dans une association de quartier.",
        "met",
        id="a_job_of_adviser_sought_in_an_association_is_no_one_elses_wish",
    ),
    pytest.param(
        f"{DIPLOMA} J'ai un petit boulot en attendant, mais ce que je cherche, c'est un poste dans une "
        "coopérative agricole.",
        "met",
        id="an_aim_named_by_a_cleft_after_a_job_held_meanwhile_is_the_writers_aim",
    ),
    pytest.param(
        f"{DIPLOMA} Je ferai une formation si je ne trouve rien d'ici l'été, mais ce que je cherche, "
        "c'est un poste dans une coopérative agricole.",
        "met",
        id="an_aim_named_by_a_cleft_after_a_plan_on_a_condition_is_the_writers_aim",
    ),
    pytest.param(
        f"{DIPLOMA} Ce que je ne veux pas, c'est un emploi dans une association.",
        "unknown",
        id="a_cleft_naming_what_i_do_not_want_is_no_aim",
    ),
]


@pytest.mark.parametrize(("body", "status"), AIMS)
def test_the_writers_own_aim_is_read_not_anothers_wish(body: str, status: str) -> None:
    assert _criterion(body, "job_seeking_ess") == status


ENDS = [
    pytest.param(
        f"{DIPLOMA} En principe mon stage au musée se termine le 18 décembre. {AIM}",
        "not_internship",
        "not_met",
        id="a_doubt_on_the_day_my_internship_ends_after_today_leaves_it_current",
    ),
    pytest.param(
        f"{DIPLOMA} Si je me souviens bien, mon service civique finit fin janvier 2027. {AIM}",
        "not_service_civique",
        "not_met",
        id="a_doubt_on_the_month_my_civic_service_ends_leaves_it_current",
    ),
    pytest.param(
        f"{EN_DIPLOMA} My internship should normally end on 18 December. {EN_AIM}",
        "not_internship",
        "not_met",
        id="an_english_internship_normally_ending_after_today_is_current",
    ),
    pytest.param(
        f"{DIPLOMA} Normalement mon stage s'est terminé le 30 octobre. {AIM}",
        "not_internship",
        "unknown",
        id="a_doubt_on_an_end_already_passed_is_still_asked",
    ),
    pytest.param(
        f"{DIPLOMA} Normalement je suis encore en stage. {AIM}",
        "not_internship",
        "unknown",
        id="a_doubt_on_holding_an_internship_without_an_end_is_still_asked",
    ),
    pytest.param(
        f"{DIPLOMA} Ma tutrice est confiante pour mon M2, mais je ne soutiens mon mémoire que le 15 janvier. "
        f"{AIM}",
        "studies_finished",
        "not_met",
        id="a_dissertation_defended_only_next_january_leaves_the_studies_going_on",
    ),
    pytest.param(
        f"{EN_DIPLOMA} My viva for the MSc is scheduled for 14 December. {EN_AIM}",
        "studies_finished",
        "not_met",
        id="an_english_viva_scheduled_after_today_leaves_the_studies_going_on",
    ),
    pytest.param(
        f"{DIPLOMA} Master 2 validé : ma soutenance a eu lieu le 4 septembre. {AIM}",
        "studies_finished",
        "met",
        id="a_defence_told_as_past_ends_nothing_going_on",
    ),
    pytest.param(
        f"Cursus bouclé : derniers examens en mai, licence pro obtenue en juillet 2026. {AIM}",
        "studies_finished",
        "met",
        id="last_exams_in_may_told_without_a_verb_are_this_years_and_past",
    ),
]


@pytest.mark.parametrize(("body", "criterion", "status"), ENDS)
def test_a_doubt_or_a_last_step_reads_the_time_of_the_situation(
    body: str, criterion: str, status: str
) -> None:
    assert _criterion(body, criterion) == status


def test_a_defence_done_with_results_to_come_is_not_read_as_studies_going_on() -> None:
    body = f"{DIPLOMA} Master 2 : soutenance passée, résultats mi-décembre. {AIM}"
    assert _criterion(body, "studies_finished") != "not_met"


OTHERS = [
    pytest.param(
        f"{DIPLOMA} Je cherche un poste d'animatrice dans le tourisme social.",
        "job_seeking_ess",
        "met",
        id="a_search_in_social_tourism_is_an_ess_aim",
    ),
    pytest.param(
        f"{EN_DIPLOMA} I'd like a job in social tourism, organising holidays for low-income families.",
        "job_seeking_ess",
        "met",
        id="an_english_search_in_social_tourism_is_an_ess_aim",
    ),
    pytest.param(
        f"Formation finie en juillet 2026. Mon niveau, c'est un titre professionnel de niveau 4. {AIM}",
        "degree_level",
        "not_met",
        id="my_level_taken_up_as_a_level_4_title_is_below_bac_plus_2",
    ),
]


@pytest.mark.parametrize(("body", "criterion", "status"), OTHERS)
def test_a_sector_or_a_level_named_in_passing_is_read(body: str, criterion: str, status: str) -> None:
    assert _criterion(body, criterion) == status
