"""Two classes of the discourse corpus (stop 23), each stated in phrasings of its own, in French and in
English, and read through `propulse extract`'s path: something not over yet, said by negating its end
(«je n'ai pas encore fini mon master», "my internship isn't over yet"), and a volunteering held now whose
kind the writer leaves unsaid, asked about, never refused as a civic service."""

from __future__ import annotations

import pytest
from reading_day import criterion, extracted

DIPLOMA = "Licence d'histoire obtenue en juin 2025."
AIM = "Je souhaite travailler dans une coopérative d'habitants."
EN_DIPLOMA = "I was awarded a BA in History in June 2025."
EN_AIM = "I would like to work for a housing cooperative."


VOLUNTEERING = [
    pytest.param(
        f"{DIPLOMA} En ce moment je fais un volontariat dans une ressourcerie, et ce jusqu'à l'été. {AIM}",
        "unknown",
        id="a_volunteering_i_am_doing_now_of_unsaid_kind_is_asked_about",
    ),
    pytest.param(
        f"{DIPLOMA} Ma mission de volontariat au foyer de jeunes travailleurs court jusqu'en mai. {AIM}",
        "unknown",
        id="my_volunteering_mission_running_until_may_is_asked_about",
    ),
    pytest.param(
        f"{EN_DIPLOMA} I'm on a volunteer mission with a youth hostel in Porto until April. {EN_AIM}",
        "unknown",
        id="an_english_volunteer_mission_held_now_is_asked_about",
    ),
    pytest.param(
        f"{DIPLOMA} Je suis volontaire en service civique dans un centre social depuis octobre. {AIM}",
        "not_met",
        id="a_civic_service_volunteer_now_is_in_civic_service",
    ),
    pytest.param(
        f"{DIPLOMA} Mon engagement de service civique à la radio associative continue jusqu'en mai. {AIM}",
        "not_met",
        id="a_civic_service_commitment_going_on_until_may_is_in_civic_service",
    ),
    pytest.param(
        f"{DIPLOMA} Je fais un volontariat de service civique dans une ludothèque jusqu'en mars. {AIM}",
        "not_met",
        id="a_volunteering_named_as_civic_service_is_in_civic_service",
    ),
    pytest.param(
        f"{EN_DIPLOMA} I am currently a civic service volunteer at a youth centre. {EN_AIM}",
        "not_met",
        id="an_english_civic_service_volunteer_now_is_in_civic_service",
    ),
    pytest.param(
        f"{DIPLOMA} J'ai fait un volontariat à Dakar en 2024. {AIM}",
        "met",
        id="a_volunteering_done_in_2024_is_no_question",
    ),
]


@pytest.mark.parametrize(("body", "expected"), VOLUNTEERING)
def test_a_volunteering_of_unsaid_kind_held_now_is_asked_not_refused(body: str, expected: str) -> None:
    assert criterion(extracted(body), "not_service_civique")["status"] == expected


def test_a_volunteering_of_unsaid_kind_quotes_its_sentence_and_asks_its_kind() -> None:
    body = f"{DIPLOMA} Je suis en volontariat à Porto jusqu'en avril. {AIM}"
    found = criterion(extracted(body), "not_service_civique")
    assert "volontariat à Porto" in found["evidence"]["text"]
    assert "nature à confirmer" in found["reason"]


NOT_OVER_YET = [
    pytest.param(
        f"{DIPLOMA} Je n'ai pas encore terminé ma formation de master en urbanisme. {AIM}",
        "studies_finished",
        "not_met",
        id="my_master_course_not_yet_completed_means_studies_go_on",
    ),
    pytest.param(
        f"{DIPLOMA} Ma thèse n'est toujours pas soutenue. {AIM}",
        "studies_finished",
        "not_met",
        id="a_thesis_still_not_defended_means_studies_go_on",
    ),
    pytest.param(
        f"{DIPLOMA} Mon cursus de master n'est pas achevé. {AIM}",
        "studies_finished",
        "not_met",
        id="a_course_said_not_completed_as_a_state_goes_on",
    ),
    pytest.param(
        f"{EN_DIPLOMA} I haven't completed my master's dissertation yet. {EN_AIM}",
        "studies_finished",
        "not_met",
        id="an_english_dissertation_not_completed_yet_means_studies_go_on",
    ),
    pytest.param(
        f"{DIPLOMA} Mon stage à la médiathèque n'est pas encore fini. {AIM}",
        "not_internship",
        "not_met",
        id="my_internship_not_yet_over_is_current",
    ),
    pytest.param(
        f"{DIPLOMA} Stage à la médiathèque presque terminé, {AIM.lower()}",
        "not_internship",
        "not_met",
        id="an_internship_nearly_over_is_current",
    ),
    pytest.param(
        f"{EN_DIPLOMA} My internship at the city library is not completed yet. {EN_AIM}",
        "not_internship",
        "not_met",
        id="an_english_internship_not_completed_yet_is_current",
    ),
    # Guards: an act negated without «yet» may be one given up; a course ended beside a job not yet found.
    pytest.param(
        f"{DIPLOMA} Je n'ai pas terminé mon stage à la médiathèque. {AIM}",
        "not_internship",
        "unknown",
        id="an_internship_i_did_not_complete_is_asked_about_not_read_as_current",
    ),
    pytest.param(
        f"{DIPLOMA} J'ai terminé mon master en septembre 2026 et je n'ai pas encore d'emploi. {AIM}",
        "studies_finished",
        "met",
        id="a_master_completed_beside_no_job_yet_leaves_studies_finished",
    ),
    pytest.param(
        f"{EN_DIPLOMA} I have never done an internship and my studies are over. {EN_AIM}",
        "not_internship",
        "met",
        id="an_english_internship_never_done_is_no_internship",
    ),
]


@pytest.mark.parametrize(("body", "name", "expected"), NOT_OVER_YET)
def test_something_not_over_yet_said_by_negating_its_end(body: str, name: str, expected: str) -> None:
    assert criterion(extracted(body), name)["status"] == expected


TAKEN_BACK = [
    pytest.param(
        f"{DIPLOMA} Mon master de droit social est validé, enfin pas tout à fait. {AIM}",
        "studies_finished",
        id="a_master_said_validated_then_not_quite_is_studies_going_on",
    ),
    pytest.param(
        f"{DIPLOMA} Stage en ludothèque terminé… ah non, presque : encore deux semaines. {AIM}",
        "not_internship",
        id="an_internship_said_over_then_nearly_is_current",
    ),
    pytest.param(
        f"{EN_DIPLOMA} I have completed my master's in social law, sorry, not quite. {EN_AIM}",
        "studies_finished",
        id="an_english_master_said_completed_then_not_quite_is_studies_going_on",
    ),
]


@pytest.mark.parametrize(("body", "name"), TAKEN_BACK)
def test_an_end_taken_back_in_passing_is_not_reached_yet(body: str, name: str) -> None:
    assert criterion(extracted(body), name)["status"] == "not_met"


NAMED_AGAIN = [
    pytest.param(
        f"{DIPLOMA} Je suis en service civique, enfin ce n'est pas exactement un service civique, c'est un"
        f" volontariat dont j'ignore le cadre, jusqu'en juin. {AIM}",
        id="a_civic_service_named_again_as_a_volunteering_of_unsaid_kind_is_asked_about",
    ),
    pytest.param(
        f"{EN_DIPLOMA} I'm on a civic service at a theatre, sorry, it's not a civic service, it's a volunteer"
        f" mission until April. {EN_AIM}",
        id="an_english_civic_service_named_again_as_a_volunteer_mission_is_asked_about",
    ),
]


@pytest.mark.parametrize("body", NAMED_AGAIN)
def test_a_thing_denied_in_passing_and_named_again_is_read_as_named_again(body: str) -> None:
    assert criterion(extracted(body), "not_service_civique")["status"] == "unknown"
