"""Education under surface noise (noise corpus, education and dates side): dates written short or oddly
(«7/25», «SEPT 23», «(11.25)», «03.10.26», «décembre2024», «2026.01», «(2024, mars)», "Dec '25"), a date said
after an earlier diploma that a later one must not take, a course told not over (not finished yet, running on
to a date ahead, a part of it left), franglais («je suis still studying»), a master's abbreviated «MA», and a
year mistyped then corrected in passing. Phrasings of our own, French and English, read through `propulse
extract`'s path on the reading day 2026-11-26."""

from __future__ import annotations

import pytest
from reading_day import TODAY, extracted, status

from intake.understanding.dates import find_dates

AIM = "Je cherche un emploi dans une coopérative d'habitat."
EN_AIM = "I am looking for a job with a social enterprise."


@pytest.mark.parametrize(
    ("said", "read"),
    [
        pytest.param("DUT informatique (7/25)", ["2025-07"], id="figures_above_twelve_are_a_year"),
        pytest.param("LICENCE D'ANGLAIS — SEPT 23", ["2023-09"], id="two_figures_after_a_capitalised_month"),
        pytest.param("BTS (nov. 25)", ["2025-11"], id="two_figures_after_an_abbreviated_month"),
        pytest.param("Master's, Dec '25", ["2025-12"], id="an_apostrophe_year_after_an_english_month"),
        pytest.param("titre obtenu (11.25)", ["2025-11"], id="a_month_and_two_figures_joined_by_a_full_stop"),
        pytest.param("contrat du 03.10.26 au 31.03.27", ["2026-10", "2027-03"], id="day_month_year_short"),
        pytest.param("BUT GEA décembre2024", ["2024-12"], id="a_month_typed_against_its_year"),
        pytest.param("Licence 2026.01", ["2026-01"], id="a_year_then_its_month_after_a_full_stop"),
        pytest.param("master d'histoire (2024, mars)", ["2024-03"], id="a_year_then_its_month_in_brackets"),
    ],
)
def test_a_date_written_short_or_oddly_is_read_by_its_ranges(said: str, read: list[str]) -> None:
    assert [d.as_text() for d in find_dates(said, TODAY)] == read


@pytest.mark.parametrize(
    "said",
    [
        "soutenu le 14/06",
        "j'ai eu 14/20 puis 12/20 à l'oral",
        "rendez-vous à 10.15",
        "appelez le 06.12.34.56.78",
        "the interview is on June 24",
        "mar 25 nov à 10h",
        "ça coûte 3.25 €",
    ],
    ids=[
        "a_day_and_a_month_are_no_year",
        "marks_out_of_twenty_are_no_dates",
        "a_time_with_a_full_stop_is_no_date",
        "a_phone_number_with_full_stops_is_no_date",
        "an_english_day_after_on_is_no_year",
        "tuesday_the_twenty_fifth_is_no_march",
        "a_price_is_no_date",
    ],
)
def test_figures_that_are_no_month_and_year_date_nothing(said: str) -> None:
    assert find_dates(said, TODAY) == []


def test_a_bts_dated_month_slash_two_figures_is_recent_and_had() -> None:
    result = extracted(f"Bonjour, BTS MCO (9/25), {AIM}")
    assert result["education"]["bac_plus"] == 2
    assert result["education"]["graduation"] == "2025-09"
    assert status(result, "graduation_recent") == "met"


def test_a_licence_of_a_capitalised_month_and_two_figures_long_past_is_not_recent() -> None:
    result = extracted(f"Bonjour,\nLICENCE DE PSYCHOLOGIE — MAI 22.\n{AIM}")
    assert result["education"]["graduation"] == "2022-05"
    assert status(result, "graduation_recent") == "not_met"


def test_an_english_ma_abbreviated_with_an_apostrophe_year_is_a_recent_master() -> None:
    result = extracted(f"Hello, MA International Development, Jan '26. {EN_AIM}")
    assert result["education"]["bac_plus"] == 5
    assert result["education"]["graduation"] == "2026-01"


def test_a_date_said_after_an_earlier_diploma_is_not_the_later_ones() -> None:
    result = extracted(f"Bonjour, j'ai un DUT depuis mars 2025 mais pas encore fini ma licence pro. {AIM}")
    assert result["education"]["bac_plus"] == 2
    assert result["education"]["graduation"] == "2025-03"
    assert status(result, "studies_finished") == "not_met"


def test_a_course_running_on_to_a_month_ahead_is_not_finished() -> None:
    result = extracted(
        f"BTS ESF depuis juin 2025 et les cours de ma licence pro durent jusqu'en avril. {AIM}"
    )
    assert result["education"]["bac_plus"] == 2
    assert status(result, "studies_finished") == "not_met"


def test_an_english_course_running_until_a_month_ahead_is_not_finished() -> None:
    result = extracted(f"Hi, I got my BTS in July 2025 and my bachelor's classes go on until April. {EN_AIM}")
    assert result["education"]["bac_plus"] == 2
    assert status(result, "studies_finished") == "not_met"


def test_a_licence_done_but_for_its_thesis_is_not_had() -> None:
    result = extracted(f"Bonjour, DUT obtenu en 2024 ; licence pro bouclée sauf le mémoire. {AIM}")
    assert result["education"]["bac_plus"] == 2
    assert status(result, "studies_finished") == "not_met"


def test_a_french_writer_still_studying_in_english_words_is_not_finished() -> None:
    result = extracted(f"Bonjour, j'ai un BTS de 2025 et je suis still studying en licence pro. {AIM}")
    assert status(result, "studies_finished") == "not_met"


def test_a_year_mistyped_then_corrected_in_passing_is_the_corrected_one() -> None:
    result = extracted(f"Bonjour, j'ai obtenu mon BTS en 2205 (pardon : 2025, en mars). {AIM}")
    assert result["education"]["graduation"] == "2025-03"


def test_a_diploma_only_hoped_for_later_is_not_had_beside_one_in_hand() -> None:
    body = "Bonjour, mon BTS en poche (mai 2026), je souffle un peu : peut-être une licence pro un jour."
    result = extracted(f"{body} {AIM}")
    assert result["education"]["bac_plus"] == 2
    assert result["education"]["graduation"] == "2026-05"


def test_an_abbreviated_diploma_of_unknown_level_keeps_its_date() -> None:
    result = extracted(f"Bonjour, dipl. tunisien en informatique (obt. 05/2025). {AIM}")
    assert result["education"]["bac_plus"] is None
    assert result["education"]["graduation"] == "2025-05"


def test_a_certification_of_unstated_level_keeps_its_date() -> None:
    body = "Bonjour, j'ai une formation certifiante (titre RNCP, niveau non précisé), validée en mars 2026."
    result = extracted(f"{body} {AIM}")
    assert result["education"]["bac_plus"] is None
    assert result["education"]["graduation"] == "2026-03"


def test_a_course_whose_end_is_dated_ahead_in_brackets_is_not_finished() -> None:
    body = "Bonjour, j'ai un BTS de 2025 et je fais une licence pro cette année (fin des cours en mai 2027)."
    result = extracted(f"{body} {AIM}")
    assert result["education"]["bac_plus"] == 2
    assert status(result, "studies_finished") == "not_met"


def test_an_english_course_that_ends_ahead_is_not_finished() -> None:
    result = extracted(
        f"Hi, I got my BTS in July 2025. BA in Social Work this year (ends June 2027). {EN_AIM}"
    )
    assert result["education"]["bac_plus"] == 2
    assert status(result, "studies_finished") == "not_met"


def test_a_course_running_on_to_a_season_is_not_finished_nor_dated_by_the_next_diploma() -> None:
    result = extracted(f"Bonjour, M1 d'économie jusqu'au printemps, licence depuis 2025 (mai). {AIM}")
    assert result["education"]["bac_plus"] == 3
    assert result["education"]["graduation"] == "2025-05"
    assert status(result, "studies_finished") == "not_met"


def test_an_english_course_running_until_the_summer_is_not_finished() -> None:
    result = extracted(f"Hi, my MSc runs until the summer; I got my BA in June 2025. {EN_AIM}")
    assert result["education"]["bac_plus"] == 3
    assert status(result, "studies_finished") == "not_met"


def test_a_master_whose_defence_is_dated_ahead_is_not_had_beside_a_licence() -> None:
    body = "Bonjour, la soutenance de mon M2 est programmée le 11 décembre ; licence obtenue en juin 2025."
    result = extracted(f"{body} {AIM}")
    assert result["education"]["bac_plus"] == 3
    assert result["education"]["graduation"] == "2025-06"


def test_a_diploma_named_in_an_aside_does_not_take_the_date_of_the_one_around_it() -> None:
    result = extracted(
        f"Hi, I earned a Master's (after a BA in history) in planning in October 2025. {EN_AIM}"
    )
    assert result["education"]["bac_plus"] == 5
    assert result["education"]["graduation"] == "2025-10"
