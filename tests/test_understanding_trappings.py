"""An internship or a service civique told by its trappings, never named (issue 11, stop 26): the intern's
pay, its agreement with the school, the writer's tutor; the organiser of a service civique, its contract, the
State's allowance. Held now (a date ahead, a present tense of the writer's, «encore») the trapping fails the
criterion; a hint alone (a period of observation, a host's allowance, an English volunteering) asks; told in
the past, or in another sense, it says nothing against the applicant. Phrasings of our own, French and
English, read through `propulse extract`'s path."""

from __future__ import annotations

import pytest
from reading_day import read, status

DIPLOMA = "Master de géographie obtenu en septembre 2026."
AIM = "Je cherche un emploi dans une coopérative de l'ESS."
EN_DIPLOMA = "I was awarded my MA in Geography in September 2026."
EN_AIM = "I am looking for a job with a charity in the social economy."


CASES = [
    pytest.param(
        f"{DIPLOMA} Je perçois encore ma gratification du bureau d'études jusqu'au 20 février. {AIM}",
        {"not_internship": "not_met"},
        id="an_intern_pay_still_paid_until_a_date_ahead_is_an_internship_now",
    ),
    pytest.param(
        f"{DIPLOMA} Ma convention avec la mairie court jusqu'à la mi-mars, ensuite je serai libre. {AIM}",
        {"not_internship": "not_met"},
        id="an_agreement_running_until_a_date_ahead_is_an_internship_now",
    ),
    pytest.param(
        f"{DIPLOMA} Mon maître de stage me fait encore faire des relevés de terrain chaque semaine. {AIM}",
        {"not_internship": "not_met"},
        id="the_writers_internship_supervisor_still_at_work_with_them_is_an_internship_now",
    ),
    pytest.param(
        f"{DIPLOMA} En ce moment je fais une période d'immersion dans une recyclerie. {AIM}",
        {"not_internship": "unknown"},
        id="a_period_of_immersion_held_now_alone_is_asked_about",
    ),
    pytest.param(
        f"{EN_DIPLOMA} My placement agreement with the college lasts until April, then I am free. {EN_AIM}",
        {"not_internship": "not_met"},
        id="an_english_placement_agreement_running_until_a_month_ahead_is_an_internship_now",
    ),
    pytest.param(
        f"{DIPLOMA} Je suis volontaire avec Unis-Cité dans un collège depuis novembre, pour sept mois. {AIM}",
        {"not_service_civique": "not_met"},
        id="a_volunteer_of_the_civic_service_organiser_held_now_is_a_service_civique",
    ),
    pytest.param(
        f"{DIPLOMA} Je vis de l'indemnité versée par l'État pour ma mission à l'épicerie solidaire, jusqu'en "
        f"avril. {AIM}",
        {"not_service_civique": "not_met"},
        id="the_states_allowance_for_a_mission_until_a_month_ahead_is_a_service_civique",
    ),
    pytest.param(
        f"{DIPLOMA} Mon contrat d'engagement se poursuit jusqu'au 15 mai dans une ludothèque. {AIM}",
        {"not_service_civique": "not_met"},
        id="an_engagement_contract_running_until_a_date_ahead_is_a_service_civique",
    ),
    pytest.param(
        f"{DIPLOMA} Je touche une indemnité de mon organisme d'accueil jusqu'en mars. {AIM}",
        {"not_internship": "unknown", "not_service_civique": "unknown"},
        id="a_hosts_allowance_held_now_is_asked_about_for_both_situations",
    ),
    pytest.param(
        f"{EN_DIPLOMA} I'm three months into my Unis-Cité engagement in a primary school. {EN_AIM}",
        {"not_service_civique": "not_met"},
        id="an_english_unis_cite_engagement_the_writer_is_into_is_a_service_civique",
    ),
    pytest.param(
        f"{EN_DIPLOMA} I'm volunteering with a food bank until April. {EN_AIM}",
        {"not_service_civique": "unknown"},
        id="an_english_volunteering_held_until_a_month_ahead_is_asked_about",
    ),
]


# The rule's bounds: a trapping in another sense, of another person's role, or told in the past says nothing
# against the applicant. These read the same before the rule; they keep it from overreaching.
BOUNDS = [
    pytest.param(
        f"{DIPLOMA} Je suis tuteur bénévole en soutien scolaire le mercredi. {AIM}",
        {"not_internship": "met"},
        id="a_tutor_the_writer_is_tells_no_internship",
    ),
    pytest.param(
        f"{DIPLOMA} Mon ancienne tutrice m'a conseillé de vous écrire. {AIM}",
        {"not_internship": "met"},
        id="a_former_tutor_tells_an_internship_that_is_over",
    ),
    pytest.param(
        f"{DIPLOMA} La convention collective de l'animation m'intéresse beaucoup. {AIM}",
        {"not_internship": "met"},
        id="a_collective_agreement_is_no_internship_agreement",
    ),
    pytest.param(
        f"{DIPLOMA} Mon école a validé ma période en entreprise au printemps 2025, c'est fini depuis. {AIM}",
        {"not_internship": "met"},
        id="a_workplace_period_the_school_validated_long_ago_is_over",
    ),
    pytest.param(
        f"{DIPLOMA} La Mission locale me suit dans le cadre du contrat d'engagement jeune. {AIM}",
        {"not_service_civique": "met"},
        id="the_youth_engagement_contract_of_the_job_centre_is_no_service_civique",
    ),
    pytest.param(
        f"{DIPLOMA} La soirée d'au revoir avec mon équipe Unis-Cité, c'était le 3 juillet dernier. {AIM}",
        {"not_service_civique": "met"},
        id="a_farewell_with_the_organiser_told_in_the_past_is_a_service_civique_over",
    ),
    pytest.param(
        f"{EN_DIPLOMA} I am neither interning nor volunteering these days. {EN_AIM}",
        {"not_service_civique": "met", "not_internship": "met"},
        id="an_english_volunteering_denied_is_no_situation",
    ),
]


@pytest.mark.parametrize(("body", "expected"), CASES)
def test_a_situation_told_by_its_trappings_reads_its_criteria(body: str, expected: dict[str, str]) -> None:
    result = read(body)
    assert {criterion: status(result, criterion) for criterion in expected} == expected


@pytest.mark.parametrize(("body", "expected"), BOUNDS)
def test_a_trapping_in_another_sense_or_over_leaves_the_criterion_met(
    body: str, expected: dict[str, str]
) -> None:
    result = read(body)
    assert {criterion: status(result, criterion) for criterion in expected} == expected


def test_a_referral_telling_the_presented_persons_engagement_contract_reads_it_as_theirs() -> None:
    result = read(
        "Bonjour, je vous oriente Léo Martin, BTS SP3S en juin 2025 : il est sous contrat d'engagement avec "
        "Unis-Cité jusqu'en mai. Il souhaite travailler dans une association de l'ESS ensuite."
    )
    assert status(result, "not_service_civique") == "not_met"
