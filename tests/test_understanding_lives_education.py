"""Education readings tuned on the lives corpus (several facts in one life): each test states, in a phrasing
of its own (not the corpus's), the class of mistake it guards against, read through `propulse extract`'s
path. The reading day is 26 November 2026."""

from __future__ import annotations

from reading_day import read, status

ESS_AIM = "Je cherche un emploi dans une association d'insertion."


# ------------------------------------------------------------------ a jury's decision still to come


def test_a_master_whose_jury_sits_next_month_is_not_had_and_leaves_the_studies_open() -> None:
    result = read(
        f"Licence de géographie obtenue en juin 2025. Master 2 urbanisme : mémoire rendu, le jury statue "
        f"le 15 décembre. {ESS_AIM}"
    )
    assert result["education"]["bac_plus"] == 3
    assert result["education"]["graduation"] == "2025-06"
    assert status(result, "studies_finished") == "unknown"
    assert result["eligibility"]["verdict"] == "to_verify"


def test_a_jury_decision_still_to_come_for_a_master_leaves_the_licence_as_the_level() -> None:
    result = read(
        f"J'ai une licence d'économie (juillet 2025). Pour le M2 ESS, oral passé, la décision du jury est "
        f"encore à venir. {ESS_AIM}"
    )
    assert result["education"]["bac_plus"] == 3
    assert status(result, "studies_finished") == "unknown"


def test_a_dated_result_day_ahead_on_a_cv_line_is_not_studies_going_on() -> None:
    result = read(
        "Parcours\nMaster Économie sociale — oral passé, résultats publiés en janvier 2027\n"
        f"Licence AES — juin 2025\n\n{ESS_AIM}"
    )
    assert result["education"]["bac_plus"] == 3
    assert status(result, "studies_finished") == "unknown"


def test_an_english_degree_awaiting_its_exam_board_is_not_had_yet() -> None:
    result = read(
        "I hold a BA in sociology (June 2025). My MSc dissertation is submitted and the exam board meets in "
        "December. I am looking for a job in a social enterprise."
    )
    assert result["education"]["bac_plus"] == 3
    assert status(result, "studies_finished") == "unknown"


def test_a_jury_that_sat_in_the_past_leaves_the_master_obtained() -> None:
    result = read(f"Master 2 ESS validé : le jury a délibéré en septembre 2026. {ESS_AIM}")
    assert result["education"]["bac_plus"] == 5
    assert status(result, "studies_finished") == "met"


def test_results_no_longer_awaited_leave_the_master_obtained() -> None:
    result = read(f"Je n'attends plus les résultats : mon master est validé depuis juillet 2026. {ESS_AIM}")
    assert result["education"]["bac_plus"] == 5
    assert status(result, "studies_finished") == "met"


# ------------------------------------------------------------------ a diploma told had in other words


def test_a_licence_said_done_without_a_verb_of_getting_names_the_level() -> None:
    result = read(f"Salut ! Côté études, la licence de sociologie, c'est bouclé. {ESS_AIM}")
    assert result["education"]["bac_plus"] == 3
    assert status(result, "degree_level") == "met"


def test_an_english_degree_said_done_in_a_short_message_names_the_level() -> None:
    result = read("hey, DUT in social work, done. looking for a job in a cooperative. thanks")
    assert result["education"]["bac_plus"] == 2


def test_english_studies_ending_with_a_degree_name_the_level() -> None:
    result = read(
        "I spent three years studying geography at university, ending with a bachelor's degree. I want a job "
        "in a social enterprise."
    )
    assert result["education"]["bac_plus"] == 3


def test_a_course_followed_up_to_a_master_that_was_obtained_is_a_master() -> None:
    result = read(
        f"J'ai fait tout mon cursus à Lille, jusqu'au master de sciences politiques, que j'ai validé en juin "
        f"2025. {ESS_AIM}"
    )
    assert result["education"]["bac_plus"] == 5
    assert result["education"]["graduation"] == "2025-06"


def test_a_course_followed_up_to_a_year_it_left_stays_unclassified() -> None:
    result = read(f"Je suis allé jusqu'en L3 de droit, que j'ai quittée en 2025. {ESS_AIM}")
    assert result["education"]["bac_plus"] != 3


# ------------------------------------------------------------------ dates in a list of diplomas


def test_in_a_list_each_diploma_takes_the_date_said_after_its_name() -> None:
    result = read(f"bac 2021, BTS tourisme juin 2025, puis saisonnier. {ESS_AIM}")
    assert result["education"]["bac_plus"] == 2
    assert result["education"]["graduation"] == "2025-06"


def test_an_english_list_dates_each_degree_after_its_name() -> None:
    result = read("A-levels 2020, BA in history July 2025, then a summer job. I want to work for a charity.")
    assert result["education"]["graduation"] == "2025-07"


# ------------------------------------------------------------------ a course left before its end


def test_a_licence_only_begun_then_stopped_leaves_the_year_validated_before_it() -> None:
    result = read(
        f"J'ai validé ma deuxième année de licence d'histoire en juin 2025, puis j'ai entamé une L3 info, "
        f"finalement lâchée en février. {ESS_AIM}"
    )
    assert result["education"]["bac_plus"] == 2
    assert result["education"]["graduation"] == "2025-06"
    assert status(result, "degree_level") == "met"


def test_a_stop_during_a_third_year_leaves_an_old_second_year_as_the_date() -> None:
    result = read(
        f"J'ai quitté l'université en janvier 2025 au milieu de ma licence 3 de lettres. J'ai ma L2, obtenue "
        f"en juin 2023. {ESS_AIM}"
    )
    assert result["education"]["bac_plus"] == 2
    assert status(result, "graduation_recent") == "not_met"
    assert result["eligibility"]["verdict"] == "not_eligible"


def test_an_english_master_started_then_dropped_is_not_had() -> None:
    result = read(
        "I have a BA in economics from June 2025. I started an MSc in development, then dropped out "
        "in March. I am looking for a job in a cooperative."
    )
    assert result["education"]["bac_plus"] == 3


def test_a_bachelor_said_stopped_with_its_shorter_diploma_obtained_is_the_shorter_one() -> None:
    result = read(
        f"Mon BUT GEA arrêté en fin de deuxième année, j'ai quand même décroché le DUT en juillet 2025. "
        f"{ESS_AIM}"
    )
    assert result["education"]["bac_plus"] == 2


def test_a_master_obtained_during_which_a_job_was_left_stays_a_master() -> None:
    result = read(f"Pendant mon master, obtenu en juin 2025, j'ai quitté mon job étudiant. {ESS_AIM}")
    assert result["education"]["bac_plus"] == 5


# ---------------------------------------------------------- a work period's dates are not the diploma's


def test_the_dates_of_an_apprenticeship_told_after_the_diploma_leave_its_date_untold() -> None:
    result = read(
        f"Bac en 2021, puis un BTS comptabilité obtenu en alternance : trois ans d'apprentissage dans un "
        f"cabinet, de septembre 2022 à juillet 2025. {ESS_AIM}"
    )
    assert result["education"]["graduation"] is None
    assert status(result, "graduation_recent") == "unknown"
    assert result["eligibility"]["verdict"] == "to_verify"


def test_a_diploma_prepared_as_an_apprentice_keeps_the_dates_told_with_it() -> None:
    result = read(f"J'ai un BTS comptabilité en apprentissage (2023-2025). {ESS_AIM}")
    assert result["education"]["graduation"] == "2025"
