"""Situations and studies read by reckoning from the reading day (stop 31, the reckoning round): a civic
service or a stage whose start and length are told runs through month M+D−1 — running, over, or open when
that last month is this one; a start counted back («il y a quatre mois») or reached by a chain of periods
(«en juillet, deux mois de saison, puis…»); a start participle after the mention («signé fin juin»); a stage
begun lately with no length nor end asked; a course begun with its length (studies running or open); a
final step counted down («dans douze jours»). Each stated in phrasings of its own, in French and in
English, and read through `propulse extract`'s path."""

from __future__ import annotations

import pytest
from reading_day import read, status

AIM = "Je souhaite travailler dans une association."
EN_AIM = "I would like to work for a charity."


CASES = [
    # A start counted back from today, with a length: the months say it runs.
    pytest.param(
        f"BTS SP3S obtenu en 2025. J'ai débuté un service civique de dix mois il y a quatre mois, dans une"
        f" épicerie solidaire. {AIM}",
        "not_service_civique",
        "not_met",
        id="a_ten_month_service_civique_begun_four_months_ago_runs_now",
    ),
    # A start by its month and a length: running, or on the edge of this month (asked).
    pytest.param(
        f"Licence de géographie obtenue en 2025. J'ai démarré un stage de six mois en juin, dans une régie de"
        f" quartier. {AIM}",
        "not_internship",
        "unknown",
        id="a_six_month_stage_begun_in_june_ends_this_month_and_is_asked",
    ),
    # A stage begun lately, its length and end unsaid: it may still run.
    pytest.param(
        f"DUT obtenu en 2025. J'ai commencé un stage en octobre dans une recyclerie. {AIM}",
        "not_internship",
        "unknown",
        id="a_stage_begun_in_october_with_no_length_is_asked",
    ),
    # A start participle after the mention, at a month's end: counted from the next month.
    pytest.param(
        f"Licence de droit (2025). J'ai un contrat de service civique de cinq mois, signé fin juin, avec une"
        f" maison des jeunes. {AIM}",
        "not_service_civique",
        "unknown",
        id="a_five_month_civic_contract_signed_at_the_end_of_june_ends_this_month",
    ),
    # A start reached by a chain of periods after a dated month.
    pytest.param(
        f"Diplômé d'un master en juillet, j'ai fait deux mois de saison, puis j'ai entamé un stage de cinq"
        f" mois dans une SCOP. {AIM}",
        "not_internship",
        "not_met",
        id="a_stage_begun_after_two_months_of_season_from_july_runs_now",
    ),
    # A course begun with its length: the studies run on, or their end is asked.
    pytest.param(
        f"Licence obtenue en 2025 ; j'ai commencé en octobre un DU de sept mois en gestion associative."
        f" {AIM}",
        "studies_finished",
        "not_met",
        id="a_seven_month_du_begun_in_october_runs_on",
    ),
    pytest.param(
        f"J'ai une licence de sociologie (2025) et je suis une formation commencée en avril, qui dure entre"
        f" cinq et huit mois. {AIM}",
        "studies_finished",
        "unknown",
        id="a_training_of_five_to_eight_months_from_april_leaves_the_studies_open",
    ),
    pytest.param(
        f"I enrolled in a two-year MA in Development Studies in September 2025. {EN_AIM}",
        "studies_finished",
        "not_met",
        id="an_english_two_year_ma_begun_in_september_2025_runs_on",
    ),
    # A final step counted down from today.
    pytest.param(
        f"Ma soutenance de master est dans douze jours, à l'université de Tours. {AIM}",
        "studies_finished",
        "not_met",
        id="a_defence_in_twelve_days_leaves_the_studies_running",
    ),
    pytest.param(
        f"I defend my MSc thesis in three weeks at the University of Bristol. {EN_AIM}",
        "studies_finished",
        "not_met",
        id="an_english_defence_in_three_weeks_leaves_the_studies_running",
    ),
]


@pytest.mark.parametrize(("body", "criterion", "expected"), CASES)
def test_a_reckoned_situation_or_course(body: str, criterion: str, expected: str) -> None:
    assert status(read(body), criterion) == expected
