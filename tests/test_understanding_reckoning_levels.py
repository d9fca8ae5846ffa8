"""Levels by reckoning (stop 31, the reckoning corpus): a level counted from what was validated of the
studies (semesters, years, credits; study_counts.py), a diploma told had by its defence, by a time placed
after it or by a life told in order after it (diploma_had.py), and a school's diploma the State does not
recognise. Each class in phrasings of our own, French and English, read through `propulse extract`'s path
on 2026-11-26."""

from __future__ import annotations

from typing import Any

import pytest
from reading_day import criterion, extracted, status


def _level(body: str) -> Any:
    return (extracted(body)["education"] or {}).get("bac_plus")


# Counts of what was validated.


def test_three_semesters_validated_out_of_six_are_one_year_and_fail_the_level() -> None:
    body = (
        "Bonjour, j'ai validé trois semestres sur six de ma licence d'histoire, puis j'ai dû arrêter. "
        "Je cherche un emploi dans une association de quartier."
    )
    assert _level(body) == 1
    read = criterion(extracted(body), "degree_level")
    assert read["status"] == "not_met"
    assert "trois semestres sur six" in read["evidence"]["text"]
    # Semesters said not validated tell no level: never a rejection on them.
    body = "J'ai fait quatre semestres non validés en licence de droit. Je cherche un emploi dans une asso."
    assert status(extracted(body), "degree_level") != "not_met"


def test_semesters_passed_before_the_whole_they_belong_to_are_counted() -> None:
    body = (
        "Hello, I passed two semesters out of the six of my bachelor's in geography, then I left to work. "
        "I am looking for a job in a charity."
    )
    assert _level(body) == 1


def test_only_the_first_year_validated_of_two_is_bac_plus_one() -> None:
    body = (
        "J'ai suivi deux années de BUT carrières sociales ; seule la première a été validée. Je cherche un "
        "poste d'animatrice dans une association."
    )
    assert _level(body) == 1


def test_only_the_first_year_passed_in_english_is_bac_plus_one() -> None:
    body = "I spent two years on a BA in sociology, but only the first year was passed. Looking for NGO work."
    assert _level(body) == 1


def test_eight_semesters_validated_with_no_diploma_named_are_bac_plus_four() -> None:
    body = (
        "J'ai validé mes huit semestres à l'université de Nantes. Je cherche un emploi dans une coopérative."
    )
    assert _level(body) == 4
    # Years only spent at the university, nothing said validated: the level stays open.
    body = "Trois ans passés à la fac de Rennes, en psycho puis en socio. Je cherche un emploi dans une asso."
    assert status(extracted(body), "degree_level") == "unknown"


def test_years_of_study_without_repeating_are_all_validated() -> None:
    body = (
        "Je vous écris pour ma nièce Salomé : après le bac, quatre années d'études sans redoubler, jusqu'à "
        "son M1 de sciences politiques. Elle cherche un emploi dans une association."
    )
    assert _level(body) == 4


def test_credits_validated_count_sixty_a_year() -> None:
    body = "J'ai 130 crédits ECTS validés en licence de psychologie. Je cherche un emploi dans une mutuelle."
    assert _level(body) == 2


def test_semesters_of_a_master_validated_come_on_top_of_the_licence() -> None:
    body = (
        "J'ai validé deux semestres sur quatre de mon master ESS, après une licence d'économie. Je cherche "
        "un "
        "emploi dans une coopérative."
    )
    assert _level(body) == 4


# A diploma told had by its use in the sentence.


def test_a_master_defended_last_spring_is_had() -> None:
    body = "J'ai soutenu mon master de géographie à Grenoble. Je cherche un poste dans une association."
    assert _level(body) == 5


def test_a_thesis_defended_for_an_msc_is_had() -> None:
    body = "I defended my thesis in March for an MSc in Public Health, and I now want to work for a charity."
    assert _level(body) is None or _level(body) == 5  # a wish in the sentence: nothing read had from it
    body = "I defended my thesis in March for an MSc in Public Health. I am looking for a job with a charity."
    assert _level(body) == 5


def test_a_time_placed_after_a_bts_tells_it_had() -> None:
    body = (
        "Après mon BTS tourisme, je suis parti deux ans au Québec. Je cherche un emploi dans une association "
        "d'éducation populaire."
    )
    assert _level(body) == 2
    # A plan after a diploma tells nothing had.
    body = "Après mon BTS, je voudrais faire une licence pro. Je cherche une alternance dans une association."
    assert _level(body) != 2


def test_since_my_licence_with_a_present_tells_it_had() -> None:
    body = "Depuis ma licence d'anglais je donne des cours de soutien. Je cherche un emploi dans une asso."
    assert _level(body) == 3


def test_a_diploma_opening_a_life_told_in_order_is_had() -> None:
    body = (
        "Mon parcours : DUT GEA, puis deux ans de saisons, puis un an de chômage. Je cherche un emploi dans "
        "une coopérative."
    )
    assert _level(body) == 2


def test_a_degree_behind_me_is_had() -> None:
    body = "My bachelor's is two years behind me now. I am looking for a job in a non-profit."
    assert _level(body) == 3
    # Years of a trade behind the writer tell no diploma had.
    body = "J'ai quinze ans de vente derrière moi, et un master ? Je cherche un emploi dans une association."
    assert _level(body) != 5


def test_a_school_diploma_not_recognised_by_the_state_leaves_the_level_open() -> None:
    body = (
        "J'ai fait quatre ans dans une école de design post-bac, diplômé en juin 2026, mais ce titre n'est "
        "pas reconnu par l'État. Je cherche un emploi dans une association."
    )
    assert status(extracted(body), "degree_level") == "unknown"


# Courses counted in their years, told in order.


def test_three_years_of_licence_then_the_two_of_the_master_are_a_master() -> None:
    body = (
        "J'ai fait trois années de licence d'histoire puis les deux années du master ESS à Angers. "
        "Je cherche un emploi dans une coopérative."
    )
    assert _level(body) == 5
    # A sum short of the last course's level tells no diploma: the level stays open.
    body = "J'ai fait trois ans de licence puis un an de master à Angers. Je cherche un emploi dans une asso."
    assert status(extracted(body), "degree_level") == "unknown"


def test_semesters_of_a_dut_then_of_a_licence_pro_add_up_to_the_licence_pro() -> None:
    body = (
        "J'ai fait quatre semestres de DUT puis deux semestres de licence pro en gestion des associations. "
        "Je cherche un emploi dans une association."
    )
    assert _level(body) == 3


# A referral: the application of the person a title names is theirs, not the adviser's.


def test_the_candidature_of_a_titled_person_is_theirs_so_their_diploma_counts() -> None:
    body = (
        "Conseillère à la Mission locale de Vierzon, je vous transmets la candidature de Mme Léa Marchand, "
        "22 ans. Elle a obtenu son BTS SP3S en juin 2025.\n\nElle souhaite travailler dans une association "
        "d'aide à domicile. Son adresse : lea.marchand@example.org."
    )
    assert _level(body) == 2


# The bac rejects only when told as the highest: a higher diploma named as a fact, not said had, leaves the
# level open (stop 31, the lead's probe: a chain of courses after the bac read as the bac alone).


def test_a_licence_and_a_master_named_after_the_bac_leave_the_level_open() -> None:
    body = (
        "Bonjour, bac en 2017 à Dijon, ensuite licence et master à Besançon. "
        "Je cherche un poste dans une SCOP."
    )
    assert status(extracted(body), "degree_level") == "unknown"
    assert extracted(body)["eligibility"]["verdict"] != "not_eligible"


def test_a_degree_and_a_masters_named_after_a_levels_leave_the_level_open() -> None:
    body = "Hi, A-levels in 2018, then a BSc and an MSc in Bristol. I am looking for a job with a charity."
    assert status(extracted(body), "degree_level") == "unknown"


def test_a_master_only_wished_for_beside_the_bac_still_fails_the_level() -> None:
    body = (
        "Bonjour, j'ai le bac depuis 2021 et j'aimerais faire un master un jour. "
        "Je cherche un emploi dans l'ESS."
    )
    assert status(extracted(body), "degree_level") == "not_met"


def test_a_degree_denied_after_a_levels_still_fails_the_level() -> None:
    body = "Hi, A-levels in 2019, no degree after that, not even a BA. I am looking for a job with a charity."
    assert status(extracted(body), "degree_level") == "not_met"


def test_a_bts_denied_after_the_bac_still_fails_the_level() -> None:
    body = "Bonjour, j'ai le bac (2020). Pas de BTS ni de licence derrière. Je cherche un emploi dans l'ESS."
    assert status(extracted(body), "degree_level") == "not_met"


# The bac had before years of study tells nothing of what was validated after it (stop 32).


@pytest.mark.parametrize(
    "body",
    [
        "Bonjour, bac obtenu à 17 ans, puis quatre années d'études jusqu'au master 1. Je cherche un poste"
        " dans une coopérative.",
        "Bonjour, j'ai eu mon bac en 2017, puis trois ans de licence à Lille. Je vise une association.",
        "Hello, I got my A-levels in 2018, then studied up to the third year of a bachelor's. I would like to"
        " work for a charity.",
    ],
)
def test_years_of_study_after_the_bac_leave_the_level_open_instead_of_refusing_it(body: str) -> None:
    assert status(extracted(body), "degree_level") == "unknown"


def test_a_course_followed_up_to_a_diploma_told_obtained_right_after_it_is_had() -> None:
    body = (
        "Bonjour, bac à 18 ans, puis six années d'études jusqu'au master, obtenu en juillet 2025. Je cherche"
        " un emploi dans une association de quartier."
    )
    assert _level(body) == 5
    assert status(extracted(body), "degree_level") == "met"


@pytest.mark.parametrize(
    "body",
    [
        "Bonjour, je vous adresse Yanis Morel : il a eu son bac pro à 19 ans, puis une année de BTS qu'il a"
        " arrêtée en mars. Il voudrait travailler dans une association sportive.",
        "Bonjour, j'ai mon bac depuis 2020 et j'ai fait un an de licence que j'ai interrompue. Je cherche un"
        " poste dans une association.",
    ],
)
def test_a_year_of_a_course_told_stopped_after_the_bac_still_fails_the_level(body: str) -> None:
    assert status(extracted(body), "degree_level") == "not_met"
