"""Education stated in a syntactic construction (stop 24, constructions corpus, education side): a year or a
level written in words, a season or a date counted from the reading day, backwards or ahead, studies told by
an apposition, a relative clause or a gerund, a question the writer asks and answers, a level given as a
labelled field, a sentence cut by the mail's width around an address, and a jury still to come after a
defence dated ahead. Each in phrasings of its own, French and English, read through `propulse extract`'s
path on the reading day 2026-11-26."""

from __future__ import annotations

import pytest
from reading_day import TODAY, extracted, status

from intake.understanding.dates import find_dates

AIM = "Je cherche un emploi dans une coopérative d'habitat."
EN_AIM = "I am looking for a job with a social enterprise."


@pytest.mark.parametrize(
    ("said", "read"),
    [
        pytest.param("en deux mille vingt-trois", "2023", id="a_french_year_in_words_is_that_year"),
        pytest.param("en mars deux mille vingt-six", "2026-03", id="a_month_before_a_year_in_words_dates_it"),
        pytest.param("en deux-mille-vingt-et-un", "2021", id="a_year_in_words_joined_by_hyphens_is_read"),
        pytest.param("in two thousand and twenty-two", "2022", id="an_english_year_in_words_is_that_year"),
        pytest.param("in May twenty twenty-six", "2026-05", id="an_english_year_said_in_two_halves_is_read"),
        pytest.param("au printemps dernier", "2026", id="last_spring_in_november_is_this_years"),
        pytest.param("l'automne dernier", "2025", id="last_autumn_in_november_is_the_year_before"),
        pytest.param("last winter", "2026", id="last_winter_in_november_ended_in_this_years_february"),
        pytest.param("this autumn", "2026", id="this_autumn_in_november_is_this_years"),
        pytest.param("en avril prochain", "2027-04", id="next_april_is_the_next_one_after_the_reading_day"),
        pytest.param("dans deux mois", "2027-01", id="two_months_ahead_counts_forward_from_the_reading_day"),
        pytest.param("la semaine prochaine", "2026-12", id="next_week_at_the_end_of_november_is_in_december"),
    ],
)
def test_a_date_said_in_words_or_counted_from_the_reading_day(said: str, read: str) -> None:
    assert [d.as_text() for d in find_dates(said, TODAY)] == [read]


@pytest.mark.parametrize(
    "said",
    ["deux mille euros", "twenty five people came", "a twenty-year-old volunteer", "done in three years"],
    ids=[
        "a_bare_deux_mille_is_a_sum_of_money",
        "twenty_five_is_a_count",
        "a_twenty_year_old_is_an_age",
        "an_english_duration_is_no_date_ahead",
    ],
)
def test_a_count_in_words_that_is_no_year_dates_nothing(said: str) -> None:
    assert find_dates(said, TODAY) == []


def test_a_master_obtained_in_a_year_written_in_words_is_recent() -> None:
    result = extracted(f"Bonjour, mon master de sociologie m'a été remis en deux mille vingt-cinq. {AIM}")
    assert result["education"]["graduation"] == "2025"
    assert status(result, "graduation_recent") == "met"


def test_a_licence_of_a_year_in_words_long_past_is_not_recent() -> None:
    result = extracted(f"Bonjour, j'ai eu ma licence d'histoire en deux mille dix-neuf. {AIM}")
    assert status(result, "graduation_recent") == "not_met"


def test_bac_plus_four_in_words_is_the_level() -> None:
    result = extracted(f"Bonjour, je suis à bac plus quatre, un M1 validé en juin 2026. {AIM}")
    assert result["education"]["bac_plus"] == 4


def test_bac_plus_one_in_words_fails_the_level() -> None:
    result = extracted(f"Bonjour, j'ai un niveau bac plus un, une année de fac validée. {AIM}")
    assert result["education"]["bac_plus"] == 1
    assert status(result, "degree_level") == "not_met"


def test_a_degree_awarded_last_spring_is_this_years() -> None:
    result = extracted(f"Hello, my MSc in urban planning was awarded last spring. {EN_AIM}")
    assert result["education"]["graduation"] == "2026"
    assert status(result, "graduation_recent") == "met"


def test_a_student_named_by_an_apposition_is_still_studying() -> None:
    body = f"Bonjour, étudiant en M1 de droit à Rennes, titulaire d'une licence obtenue en 2025. {AIM}"
    result = extracted(body)
    assert result["education"]["bac_plus"] == 3
    assert status(result, "studies_finished") == "not_met"


def test_a_course_as_the_antecedent_of_a_present_relative_is_going_on() -> None:
    body = f"Bonjour, BTS obtenu en 2025 ; la licence que je prépare à Lille finit en juin. {AIM}"
    assert status(extracted(body), "studies_finished") == "not_met"


def test_an_english_course_the_writer_is_doing_now_is_going_on() -> None:
    body = f"Hi, I got a BA in 2025, and the master's that I'm currently taking ends in June. {EN_AIM}"
    assert status(extracted(body), "studies_finished") == "not_met"


def test_a_gerund_of_preparing_a_degree_is_studies_going_on() -> None:
    body = f"Bonjour, licence de droit en 2025. Je fais des extras en poursuivant mon master à Caen. {AIM}"
    assert status(extracted(body), "studies_finished") == "not_met"


def test_a_question_the_writer_answers_dates_the_diploma_asked_about() -> None:
    result = extracted(f"Bonjour, quand ai-je obtenu mon DUT ? En 2021. {AIM}")
    assert result["education"]["graduation"] == "2021"
    assert status(result, "graduation_recent") == "not_met"


def test_a_question_on_the_writers_diplomas_answered_with_the_bac_gives_its_level() -> None:
    result = extracted(f"Bonjour, mon diplôme le plus haut ? Le bac pro, rien d'autre. {AIM}")
    assert result["education"]["bac_plus"] == 0
    assert status(result, "degree_level") == "not_met"


def test_a_level_given_as_a_labelled_field_is_the_level() -> None:
    result = extracted(f"Bonjour,\n\nNiveau : bac+5\nAnnée d'obtention : 2026\n\n{AIM}")
    assert result["education"]["bac_plus"] == 5
    assert result["education"]["graduation"] == "2026"


def test_a_sentence_cut_by_the_width_after_an_address_keeps_its_date() -> None:
    lines = [
        "Bonjour,",
        "",
        "Je vous présente Karim, mon neveu (karim@example.org), dont la licence a été validée en mars",
        "2026 à Amiens. Il cherche un emploi dans une coopérative d'habitat ; il n'a pas de stage ni",
        "de service civique en cours.",
        "",
        "Nadia Haddad",
    ]
    assert extracted("\n".join(lines))["education"]["graduation"] == "2026-03"


def test_a_bracketed_date_on_the_line_after_a_cut_sentence_dates_the_degree() -> None:
    body = (
        "Hi,\n\nI am writing to you from Lyon, where I moved last year after my studies. I hold a bachelor's"
        " degree\n(October 2025) in geography and I am looking for a job with a social enterprise now.\n\nTom"
    )
    assert extracted(body)["education"]["graduation"] == "2025-10"


def test_a_jury_after_a_defence_dated_next_week_leaves_the_end_of_studies_open() -> None:
    body = f"Bonjour, licence en 2025 ; je soutiens mon M2 la semaine prochaine, puis le jury passe. {AIM}"
    result = extracted(body)
    assert result["education"]["bac_plus"] == 3
    assert status(result, "studies_finished") == "unknown"


def test_a_defence_dated_ahead_with_no_jury_named_is_studies_going_on() -> None:
    body = f"Bonjour, licence en 2025, et ma soutenance de master a lieu le 12 décembre. {AIM}"
    assert status(extracted(body), "studies_finished") == "not_met"


def test_a_cleft_dating_a_diploma_ahead_is_a_diploma_not_had_yet() -> None:
    body = f"Bonjour, c'est l'an prochain que j'aurai mon DUT, j'ai mon bac depuis 2024. {AIM}"
    result = extracted(body)
    assert result["education"]["bac_plus"] == 0
    assert status(result, "studies_finished") == "not_met"


def test_a_semester_not_yet_validated_while_the_jury_is_to_sit_leaves_the_end_of_studies_open() -> None:
    body = f"BUT en 2025. Ma licence pro n'est pas encore validée : le jury siège le 9 décembre. {AIM}"
    assert status(extracted(body), "studies_finished") == "unknown"


def test_a_licence_not_yet_validated_with_no_jury_named_is_studies_going_on() -> None:
    body = f"BUT obtenu en 2025. Ma licence pro n'est pas encore validée, il me manque deux UE. {AIM}"
    assert status(extracted(body), "studies_finished") == "not_met"
