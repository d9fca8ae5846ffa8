"""The month of no year a diploma is dated by, wherever its own words put it (chronology, c-year, stop 40):
past a title whose «et» joins its words, in a relative clause or a state of completion said of it, from an
event placed after it («deux mois après mon BTS»), or by a defence said held before it. Read on 2026-11-26,
a month told as past is the last such month."""

from __future__ import annotations

from typing import Any

from reading_day import extracted


def _graduation(result: dict[str, Any]) -> Any:
    return result["education"]["graduation"]


def test_a_month_after_a_title_joined_by_et_dates_the_diploma() -> None:
    result = extracted(
        "Bonjour,\n\nJ'ai terminé mon BUT Gestion des entreprises et des administrations en juin, à Tours. "
        "Je cherche un poste d'assistant de gestion dans une association.\n\nInès Martin"
    )
    assert _graduation(result) == "2026-06"


def test_a_month_after_an_english_title_joined_by_and_dates_the_degree() -> None:
    result = extracted(
        "Hello,\n\nI completed my BA in social policy and criminology in June, at Leeds. I am looking for a "
        "job in a charity.\n\nInes Martin",
        subject="Application",
    )
    assert _graduation(result) == "2026-06"


def test_a_relative_clause_telling_the_diploma_validated_in_a_month_dates_it() -> None:
    result = extracted(
        "Bonjour,\n\nJ'ai travaillé tout l'été pendant la rédaction du mémoire de mon master Sociologie "
        "urbaine, que j'ai obtenu en octobre. Je cherche un poste de chargée d'études dans une "
        "association.\n\nInès Martin"
    )
    assert _graduation(result) == "2026-10"


def test_a_relative_clause_of_another_person_does_not_date_the_writers_diploma() -> None:
    result = extracted(
        "Bonjour,\n\nJ'ai un master Sociologie urbaine, comme ma sœur, qu'elle a obtenu en octobre. Je "
        "cherche un poste de chargée d'études dans une association.\n\nInès Martin"
    )
    assert _graduation(result) is None


def test_a_diploma_said_obtained_in_a_month_in_the_passive_is_dated_by_that_month() -> None:
    result = extracted(
        "Bonjour,\n\nPour être précise, ma licence pro Métiers du livre et de l'édition a été obtenue en "
        "juillet. Je cherche un poste dans une librairie coopérative.\n\nInès Martin"
    )
    assert _graduation(result) == "2026-07"


def test_a_degree_said_awarded_since_a_month_is_dated_by_that_month() -> None:
    result = extracted(
        "Hello,\n\nTo be precise: my MA in History has been awarded since September. I am looking for a job "
        "in a charity.\n\nInes Martin",
        subject="Application",
    )
    assert _graduation(result) == "2026-09"


def test_a_diploma_placed_two_months_before_a_dated_start_is_dated_from_it() -> None:
    result = extracted(
        "Bonjour,\n\nJe suis vendeuse dans une épicerie : j'y ai commencé en octobre, trois mois après mon "
        "DUT Carrières sociales. Je cherche un poste dans une association.\n\nInès Martin"
    )
    assert _graduation(result) == "2026-07"


def test_a_degree_placed_two_months_before_a_dated_start_is_dated_from_it() -> None:
    result = extracted(
        "Hello,\n\nI started at the library in October, two months after my HND in Business. I am looking "
        "for a job in a charity.\n\nInes Martin",
        subject="Application",
    )
    assert _graduation(result) == "2026-08"


def test_a_diploma_right_before_a_summer_start_is_of_that_year() -> None:
    result = extracted(
        "Bonjour,\n\nJ'ai rejoint la ressourcerie en août, juste après mon BTS Gestion de la PME. Je "
        "cherche un poste de gestionnaire dans l'ESS.\n\nInès Martin"
    )
    assert _graduation(result) == "2026"


def test_a_degree_right_before_a_summer_start_is_of_that_year() -> None:
    result = extracted(
        "Hello,\n\nI joined the food bank in August, right after my BA in Geography. I am looking for a job "
        "in a charity.\n\nInes Martin",
        subject="Application",
    )
    assert _graduation(result) == "2026"


def test_a_start_to_come_after_a_diploma_does_not_date_it() -> None:
    result = extracted(
        "Bonjour,\n\nJe commencerai en septembre, deux mois après mon BTS Tourisme, si tout va bien. Je "
        "cherche un poste dans une association.\n\nInès Martin"
    )
    assert _graduation(result) is None


def test_a_viva_said_held_on_a_day_dates_the_degree_told_done_after_it() -> None:
    result = extracted(
        "Hello,\n\nMy viva took place on 9 October and went well: my MA in Housing Studies is complete. I am "
        "looking for a job in a housing cooperative.\n\nInes Martin",
        subject="Application",
    )
    assert _graduation(result) == "2026-10"


def test_a_defence_said_held_on_a_day_dates_the_master_told_done_after_it() -> None:
    result = extracted(
        "Bonjour,\n\nMa soutenance a eu lieu le 3 octobre : mon master Urbanisme est donc terminé. Je "
        "cherche un poste dans une coopérative d'habitants.\n\nInès Martin"
    )
    assert _graduation(result) == "2026-10"


def test_a_year_that_is_only_a_duplicates_gives_way_to_the_jurys_year() -> None:
    result = extracted(
        "Bonjour,\n\nJe suis titulaire d'un DUT Carrières sociales (2026). Enfin, 2026 est l'année où l'IUT "
        "m'a envoyé une copie du diplôme, perdu lors d'un vol ; le jury, lui, s'était réuni en 2021, au "
        "mois de juin. Je cherche un poste dans une association.\n\nInès Martin"
    )
    assert str(_graduation(result)).startswith("2021")


def test_a_year_that_is_only_a_replacement_certificates_gives_way_to_the_exams_year() -> None:
    result = extracted(
        "Hello,\n\nI hold an HND in Social Care, 2025. Well, 2025 is only when I was sent a replacement "
        "certificate after a flood; I sat the exams in 2021, with the results in June. I am looking for a "
        "job in a charity.\n\nInes Martin",
        subject="Application",
    )
    assert _graduation(result) == "2021-06"


def test_a_diploma_of_the_spring_the_pandemic_closed_everything_is_of_2020() -> None:
    result = extracted(
        "Bonjour,\n\nMon DUT Génie civil, je l'ai obtenu au printemps où la pandémie a tout arrêté, sans "
        "examen final. Depuis, je travaille sur des chantiers ; je cherche un poste dans une régie de "
        "quartier.\n\nInès Martin"
    )
    assert str(_graduation(result)).startswith("2020")


def test_a_degree_of_the_spring_the_pandemic_shut_everything_is_of_2020() -> None:
    result = extracted(
        "Hello,\n\nI got my HND in Logistics the spring when everything shut down because of the pandemic. "
        "I now want to work for a food bank.\n\nInes Martin",
        subject="Application",
    )
    assert str(_graduation(result)).startswith("2020")


def test_a_diploma_got_two_months_before_a_start_dated_elsewhere_is_dated_from_it() -> None:
    result = extracted(
        "Bonjour,\n\nJe travaille comme animatrice dans un centre social depuis mars. J'ai obtenu ma licence "
        "pro Intervention sociale deux mois avant d'y commencer. Je cherche un poste de coordinatrice dans "
        "une association.\n\nInès Martin"
    )
    assert _graduation(result) == "2026-01"


def test_a_degree_completed_a_few_weeks_before_a_start_dated_elsewhere_is_of_its_year() -> None:
    result = extracted(
        "Hello,\n\nI have been working at a community café since August. I completed my BA in Sociology a "
        "few weeks before I started there. I am looking for a job in a charity.\n\nInes Martin",
        subject="Application",
    )
    assert _graduation(result) == "2026"


def test_a_private_bachelors_year_not_the_bacs_is_the_graduation_given() -> None:
    result = extracted(
        "Bonjour,\n\n2025 : Bachelor Chargé de projets culturels (école privée, Lyon)\n2021 : bac ES\n\nJe "
        "cherche un poste de chargée de production dans une association culturelle.\n\nInès Martin"
    )
    assert _graduation(result) == "2025"


def test_a_private_bachelors_year_not_the_baccalaureates_is_the_graduation_given() -> None:
    result = extracted(
        "Hello,\n\n2026: Bachelor in Event Management (private business school, Paris)\n2022: French "
        "baccalauréat\n\nI am looking for a job with a cultural charity.\n\nInes Martin",
        subject="Application",
    )
    assert _graduation(result) == "2026"


def test_a_month_whose_year_is_written_in_words_after_it_keeps_that_year() -> None:
    result = extracted(
        "Bonjour,\n\nJ'ai obtenu mon BTS Comptabilité et gestion en juin deux mille vingt-quatre ; depuis, "
        "je travaille en intérim. Je cherche un poste dans une coopérative.\n\nInès Martin"
    )
    assert str(_graduation(result)).startswith("2024")
