"""Classes of mistakes found on the inbox corpus (tuned on at stop 52, slice i-facts): levels, degrees and
aims. A titre professionnel named by a trade whose RNCP level is the bac's or below; «j'ai» written without
its apostrophe on a phone («jai un cap»); a start-up, which the parser cuts at its hyphen; a gym sought as the
place of work. Each test states the class in a phrasing of its own (not the corpus's), with a guard where the
rule could over-reach."""

from __future__ import annotations

import pytest
from reading_day import extracted, status

FR_DEGREE = "J'ai obtenu une licence de sociologie en juin 2026."


def _ess(aim: str) -> str:
    """The status of the ESS criterion for a recent graduate who writes `aim`."""
    return status(extracted(f"{FR_DEGREE} {aim}"), "job_seeking_ess")


@pytest.mark.parametrize(
    "told",
    [
        "Bonjour, j'ai eu en 2025 le titre professionnel de secrétaire assistante, et je cherche un poste "
        "dans une association de quartier.",
        "Bonjour, titre pro employé commercial en magasin obtenu en 2025, je voudrais travailler dans une "
        "ressourcerie.",
    ],
)
def test_a_titre_professionnel_of_a_trade_at_the_bac_level_fails_the_level(told: str) -> None:
    result = extracted(told)
    assert result["education"]["bac_plus"] == 0
    assert status(result, "degree_level") == "not_met"


def test_a_titre_professionnel_of_a_trade_not_listed_keeps_its_level_to_verify() -> None:
    told = "Bonjour, j'ai eu en 2025 le titre professionnel de régisseur de spectacle, je cherche en asso."
    assert status(extracted(told), "degree_level") == "unknown"


def test_a_titre_professionnel_of_a_level_5_trade_still_meets_the_level() -> None:
    told = "Bonjour, j'ai eu en 2025 le titre professionnel de développeur web, je cherche dans une asso."
    assert status(extracted(told), "degree_level") == "met"


def test_a_cap_told_with_jai_for_jai_is_read_as_her_diploma() -> None:
    result = extracted("bonjour jai un CAP cuisine, jai tenté un bac pro mais jai abandonné. je cherche")
    assert result["education"]["bac_plus"] == 0


@pytest.mark.parametrize(
    "aim",
    [
        "Je cherche un poste de chargée de communication dans une start-up parisienne.",
        "Elle voudrait rejoindre une start-up de la fintech comme développeuse.",
    ],
)
def test_a_start_up_sought_is_a_search_outside_the_ess(aim: str) -> None:
    assert _ess(aim) == "not_met"


def test_a_hyphenated_consultancy_sought_is_still_a_search_outside_the_ess() -> None:
    assert _ess("Je voudrais entrer dans un cabinet-conseil en stratégie.") == "not_met"


@pytest.mark.parametrize(
    "aim",
    [
        "Je cherche un poste dans une start-up sociale de l'insertion.",
        "Je vise une start-up « for good » de l'alimentation durable, ou une coopérative.",
    ],
)
def test_a_start_up_of_social_purpose_sought_is_not_read_as_outside_the_ess(aim: str) -> None:
    assert _ess(aim) != "not_met"


@pytest.mark.parametrize(
    "aim",
    [
        "Je voudrais devenir coach sportif dans une salle de fitness.",
        "Je cherche un emploi d'accueil dans une salle de musculation de mon quartier.",
    ],
)
def test_a_gym_sought_is_a_search_outside_the_ess(aim: str) -> None:
    assert _ess(aim) == "not_met"


def test_a_gym_left_for_a_sports_association_is_not_a_search_outside_the_ess() -> None:
    aim = "J'ai été coach dans une salle de fitness ; je cherche maintenant un poste dans un club associatif."
    assert _ess(aim) != "not_met"


@pytest.mark.parametrize(
    ("told", "level"),
    [
        ("J'ai terminé mon BUT carrières sociales en juillet mais j'attends encore la délibération du jury "
         "pour un module repassé. Je cherche dans une association.", 3),
        ("J'ai rendu mon mémoire de M2 en sociologie en octobre et j'attends toujours les résultats du jury. "
         "Je vise une coopérative.", 5),
    ],
)
def test_a_course_done_whose_results_are_awaited_gives_its_level_still_not_had(told: str, level: int) -> None:
    result = extracted(told)
    assert result["education"]["bac_plus"] == level
    assert result["education"]["graduation"] is None
    assert status(result, "studies_finished") != "met"
    assert status(result, "degree_level") == "unknown"


def test_a_course_given_up_gives_no_level() -> None:
    told = "J'ai commencé un BTS tourisme mais j'ai arrêté au bout de six mois. Je cherche en association."
    assert extracted(told)["education"]["bac_plus"] is None


def test_a_diploma_awarded_by_a_school_of_the_arts_dates_the_graduation() -> None:
    result = extracted("J'ai obtenu en 2025 le diplôme du conservatoire de danse de Lyon, après quatre ans.")
    assert result["education"]["graduation"] == "2025"
    assert status(result, "degree_level") == "unknown"


def test_a_dance_teachers_certificate_is_still_no_degree() -> None:
    result = extracted("J'ai obtenu en 2025 un diplôme de professeure de danse. Je cherche dans une asso.")
    assert result["education"]["graduation"] is None


def test_an_incubator_of_start_ups_applied_to_is_no_start_up_sought() -> None:
    assert _ess("Je postule en parallèle à un programme d'incubation de start-up.") != "not_met"
