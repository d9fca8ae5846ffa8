"""A diploma's place in time told by its verb (tenses round, the studies side, diploma_time.py on
clauses.time_of): a narrative present under a past year is done that year, «venir de» on obtaining is had this
year, a past conditional is what did not happen, «devoir» in the conditional is a plan whose outcome is asked.
Phrasings of our own, French and English, read through `propulse extract`'s path on the reading day
2026-11-26."""

from __future__ import annotations

from reading_day import criterion, extracted, status

AIM = "Je cherche un poste dans une association d'insertion."
EN_AIM = "I am looking for a job in a community charity."


def test_a_licence_finished_in_the_narrative_present_of_a_past_year_is_done_that_year() -> None:
    result = extracted(
        "Bonjour,\nEn 2020, j'entre à l'IUT ; en 2022, j'obtiens mon DUT Gestion ; en 2025, je finis ma "
        f"licence professionnelle Management des associations. {AIM}\nMarius Lebrun"
    )
    assert status(result, "studies_finished") == "met"
    assert result["education"]["bac_plus"] == 3
    assert result["education"]["graduation"] == "2025"


def test_a_master_just_obtained_with_no_date_is_dated_the_reading_days_year() -> None:
    result = extracted(f"Bonjour,\nJe viens de décrocher mon master Politiques sociales à Poitiers. {AIM}")
    assert result["education"]["graduation"] == "2026"
    assert status(result, "graduation_recent") == "met"
    assert "viens de décrocher" in criterion(result, "graduation_recent")["evidence"]["text"]


def test_a_presented_persons_licence_just_completed_is_had_this_year() -> None:
    result = extracted(
        "Bonjour,\nJe vous présente Noémie Vasseur : Noémie vient de terminer sa licence de sociologie à "
        "Caen et cherche un emploi dans une coopérative. noemie.vasseur@example.org\nPaul Girard, conseiller"
    )
    assert result["education"]["graduation"] == "2026"


def test_a_diploma_under_a_past_conditional_is_not_had_at_the_date_it_would_have_had() -> None:
    result = extracted(
        "Bonjour,\nJ'aurais dû être diplômé de mon BTS Tourisme en 2024, mais la vie en a décidé autrement. "
        f"J'ai eu mon bac en 2022. {AIM}"
    )
    assert result["education"]["graduation"] != "2024"
    assert status(result, "degree_level") != "met"


def test_a_master_said_would_have_been_had_earlier_keeps_no_date() -> None:
    result = extracted(
        "Bonjour,\nSans mon année à l'étranger, j'aurais eu mon master en 2022 ; j'ai dû le finir plus tard. "
        f"{AIM}"
    )
    assert result["education"]["graduation"] != "2022"
    assert status(result, "graduation_recent") != "not_met"


def test_a_diploma_planned_in_the_conditional_leaves_the_end_of_studies_asked() -> None:
    result = extracted(f"Bonjour,\nJe devrais valider mon master Économie solidaire en avril. {AIM}")
    assert status(result, "studies_finished") == "unknown"


def test_an_english_degree_just_completed_with_no_date_is_dated_the_reading_days_year() -> None:
    result = extracted(f"Hello,\nI have just completed my master's in housing policy at Leeds. {EN_AIM}")
    assert result["education"]["graduation"] == "2026"
    assert status(result, "graduation_recent") == "met"


def test_an_english_degree_that_would_have_been_had_is_not_dated_by_the_counterfactual() -> None:
    result = extracted(
        "Hello,\nWithout my year abroad I'd have got my master's in 2021; it took me longer than planned. "
        f"{EN_AIM}"
    )
    assert result["education"]["graduation"] != "2021"
    assert status(result, "graduation_recent") != "not_met"


def test_a_state_diploma_prepared_now_is_studies_going_on() -> None:
    result = extracted(
        f"Bonjour,\nAprès un DUT il y a trois ans, je prépare un DEES à l'IRTS de Rennes. {AIM}"
    )
    assert status(result, "studies_finished") == "not_met"


def test_a_thesis_of_a_master_being_completed_now_is_studies_going_on() -> None:
    result = extracted(
        f"Bonjour,\nJe suis en train d'achever mon mémoire de master sur l'habitat partagé. {AIM}"
    )
    assert status(result, "studies_finished") == "not_met"


def test_an_english_degree_awarded_in_a_month_is_dated_whatever_and_joins_its_name() -> None:
    result = extracted(
        f"Hello,\nI was awarded my BA in Youth and Community Work in June from Leeds. {EN_AIM}"
    )
    assert result["education"]["graduation"] == "2026-06"
