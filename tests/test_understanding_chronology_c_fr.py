"""A situation closed, or left open, by what the story tells around it (the chronology corpus, slice c-fr): a
CV's line dated by a closed range of months is over, an open one runs; a step told «avant ça» / "before that"
lies behind the step told before it; a figure of the studies' end («la dernière ligne droite de mon
master») used as the time of a past act says nothing of today; years of work summed up first and detailed in
another sentence as weekends during the studies are a student's job."""

from __future__ import annotations

from reading_day import extracted, status


def test_a_civic_service_on_a_closed_range_of_months_is_over() -> None:
    result = extracted(
        "Bonjour,\n\nMon parcours en bref.\n\n10/2024 – 07/2025 : volontaire en service civique à la "
        "Croix-Rouge de Lille\n2024 : BTS Économie sociale familiale\n\nJe cherche un emploi dans une "
        "association.\n\nMaya Petit"
    )
    assert status(result, "not_service_civique") == "met"


def test_a_civic_service_on_a_closed_range_of_months_is_over_in_english() -> None:
    result = extracted(
        "Hello,\n\nMy path, in short.\n\n10/2024 – 07/2025: service civique volunteer at the Red Cross in "
        "Lille\n2024: BTS in social economy\n\nI am looking for a job in a charity.\n\nMaya Petit",
        subject="Application",
    )
    assert status(result, "not_service_civique") == "met"


def test_a_civic_service_on_a_range_left_open_still_runs() -> None:
    result = extracted(
        "Bonjour,\n\nMon parcours en bref.\n\n09/2026 – : volontaire en service civique à la Croix-Rouge "
        "de Lille\n2024 : BTS Économie sociale familiale\n\nJe cherche un emploi dans une "
        "association.\n\nMaya Petit"
    )
    assert status(result, "not_service_civique") == "not_met"


def test_an_internship_told_before_the_step_told_before_it_is_over() -> None:
    result = extracted(
        "Bonjour,\n\nAujourd'hui je suis bénévole dans une ressourcerie et je cherche un emploi dans une "
        "association.\nAvant cela, la soutenance de mon master, en octobre.\nEt avant encore, un stage de "
        "cinq mois en recyclerie.\n\nTom Ridel"
    )
    assert status(result, "not_internship") == "met"


def test_an_internship_told_before_that_is_over_in_english() -> None:
    result = extracted(
        "Hello,\n\nThese days I volunteer at a food bank, and I am looking for a job in a cooperative.\n"
        "Before that, my MA viva in October.\nAnd before that, a five-month internship at a recycling "
        "cooperative.\n\nTom Ridel",
        subject="Application",
    )
    assert status(result, "not_internship") == "met"


def test_an_internship_told_before_but_carried_to_today_still_runs() -> None:
    result = extracted(
        "Bonjour,\n\nAujourd'hui je suis bénévole dans une ressourcerie et je cherche un emploi dans une "
        "association.\nAvant cela, la soutenance de mon master, en octobre.\nAuparavant, et encore "
        "aujourd'hui le samedi, un stage dans une recyclerie.\n\nTom Ridel"
    )
    assert status(result, "not_internship") == "not_met"


def test_the_last_stretch_of_a_course_as_the_time_of_a_past_act_is_not_today() -> None:
    result = extracted(
        "Bonjour,\n\nJ'ai quitté mon stage à la mutuelle le 15 novembre. J'y étais entré en avril, pendant "
        "la dernière ligne droite de ma licence pro, obtenue en juillet.\n\nJe cherche un poste dans une "
        "mutuelle ou une coopérative.\n\nTom Ridel"
    )
    assert status(result, "studies_finished") != "not_met"


def test_the_final_stretch_of_a_degree_as_the_time_of_a_past_act_is_not_today() -> None:
    result = extracted(
        "Hello,\n\nMy internship at a housing charity ended on 18 November. I had started it in April, "
        "during the final stretch of my MA in social policy, which I passed in September.\n\nI am looking "
        "for a job in a cooperative.\n\nTom Ridel",
        subject="Application",
    )
    assert status(result, "studies_finished") != "not_met"


def test_years_of_work_detailed_later_as_weekends_during_studies_are_no_career() -> None:
    result = extracted(
        "Bonjour,\n\nEn bref : cinq ans de travail dans la restauration rapide, une licence d'histoire en "
        "juin 2026, et l'envie de travailler dans une association d'insertion.\n\nSur ces cinq ans : "
        "c'était le week-end et l'été, pendant mes études. Je n'ai jamais eu de poste à temps plein.\n\n"
        "Tom Ridel"
    )
    assert status(result, "not_career_change") == "met"


def test_years_of_work_retold_as_weekends_during_a_degree_are_no_career() -> None:
    result = extracted(
        "Hello,\n\nIn short: five years of work in a supermarket, a BA in sociology in June 2026, and the "
        "wish to work for a charity against poverty.\n\nAbout the first point: five years, yes, but on "
        "weekends, during my studies. I never worked full time anywhere else.\n\nTom Ridel",
        subject="Application",
    )
    assert status(result, "not_career_change") == "met"


def test_years_of_a_trade_not_retold_as_a_students_job_stay_a_career() -> None:
    result = extracted(
        "Bonjour,\n\nEn bref : neuf ans comme conducteur de bus, puis une licence pro d'intervention "
        "sociale en juin 2026.\n\nCes neuf ans m'ont appris l'écoute. Je cherche un poste dans une "
        "association.\n\nTom Ridel"
    )
    assert status(result, "not_career_change") == "not_met"


def test_a_civic_service_told_before_a_job_still_ahead_and_ending_after_today_still_runs() -> None:
    result = extracted(
        "Bonjour,\n\nJe commence un CDI dans une association en février.\nAvant ça, je termine mon service "
        "civique à la Croix-Rouge, jusqu'au 31 janvier.\n\nJ'ai une licence pro (juin 2025) et je cherche un "
        "emploi dans l'ESS.\n\nMaya Petit\n06 12 34 56 78"
    )
    assert status(result, "not_service_civique") == "not_met"


def test_a_civic_service_told_before_a_job_still_ahead_still_runs_in_english() -> None:
    result = extracted(
        "Hello,\n\nI start a job at a charity in February.\nBefore that, I am finishing my civic service at "
        "the Red Cross until 31 January.\n\nI hold a BA (June 2025) and I am looking for a job in a charity."
        "\n\nMaya Petit\n+33 6 12 34 56 78",
        subject="Application",
    )
    assert status(result, "not_service_civique") == "not_met"
