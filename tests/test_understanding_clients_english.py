"""English clients and the dates they carry (the clients corpus, t-english): a diploma dated by a day and a
month with no year («le 10 novembre», "on 10 November", "on November 3") is dated like one dated by its month
alone («en novembre», "in November"): the last such month, when the diploma is told as done; one still to
come stays undated. A diploma the writer names only by a generic noun while pointing to the mail under their
words is the one that mail names to them; a résumé's line naming a diploma as the end a plan waits for names
no diploma had."""

from __future__ import annotations

from typing import Any

from fixtures_docs import make_message, make_pdf
from reading_day import TODAY, extracted, status

from intake.extract import extract_message


def test_a_bts_obtained_on_a_day_of_july_is_dated_that_july() -> None:
    body = (
        "Bonjour,\n\nJ'ai obtenu mon BTS ESF le 4 juillet. Je cherche un poste de conseillère dans une "
        "association d'aide aux familles.\n\nLéa Fontaine"
    )
    result = extracted(body)
    assert result["education"]["graduation"] == "2026-07"
    assert status(result, "graduation_recent") == "met"


def test_a_degree_conferred_on_the_ninth_of_october_is_dated_that_october() -> None:
    body = (
        "Hello,\n\nI received my MSc in Environmental Policy on the 9th of October. I am looking for a job "
        "with a climate charity or a cooperative.\n\nLea Fontaine"
    )
    result = extracted(body)
    assert result["education"]["graduation"] == "2026-10"
    assert status(result, "graduation_recent") == "met"


def test_a_degree_awarded_on_a_day_written_month_first_is_dated_that_month() -> None:
    body = (
        "Hi,\n\nMy BA in Social Work was awarded on September 28. I would like to work for a housing "
        "association.\n\nLea Fontaine"
    )
    result = extracted(body)
    assert result["education"]["graduation"] == "2026-09"


def test_a_defence_to_come_on_a_day_of_january_does_not_date_the_diploma() -> None:
    body = (
        "Bonjour,\n\nEn M2 d'économie sociale, je soutiendrai mon mémoire le 19 janvier. Je cherche ensuite "
        "un poste dans une coopérative.\n\nLéa Fontaine"
    )
    result = extracted(body)
    assert result["education"]["graduation"] is None
    assert status(result, "studies_finished") == "not_met"


def test_a_master_told_done_but_for_a_jury_on_a_day_two_weeks_ahead_is_not_dated_by_that_day() -> None:
    # Read on 26 November: «le 9 décembre» is the jury to come, not last December (the merge's mend).
    body = (
        "Bonjour,\n\nMon master de géographie est terminé, à part le jury final, le 9 décembre. Je cherche "
        "un poste de chargée de projet dans une SCIC.\n\nLéa Fontaine"
    )
    result = extracted(body)
    assert result["education"]["graduation"] != "2025-12"
    assert result["eligibility"]["verdict"] != "eligible"


def test_a_degree_finished_except_for_the_board_meeting_on_a_day_next_month_is_not_dated_by_it() -> None:
    body = (
        "Hello,\n\nMy MA in Urban Studies is finished apart from the exam board, on 8 December. I'm "
        "looking for a job at a community land trust.\n\nLea Fontaine"
    )
    result = extracted(body)
    assert result["education"]["graduation"] != "2025-12"
    assert result["eligibility"]["verdict"] != "eligible"


def test_my_degree_takes_up_the_diploma_the_registry_s_mail_below_awards_me() -> None:
    body = (
        "Hello,\n\nAs you can see from the faculty's email below, my degree was conferred on 2 October, so I "
        "am done with university. I want to work for a housing cooperative.\n\nMarta Nowak\n\n"
        "On Fri, Oct 2, 2026 at 4:05 PM Faculty Office <office@uni.example.ac.uk> wrote:\n"
        "> Dear Marta,\n> The examination board has conferred on you the MSc in Urban Planning.\n"
        "> Faculty Office"
    )
    result = extracted(body, from_name="Marta Nowak", from_addr="marta.nowak@example.org")
    assert result["education"]["bac_plus"] == 5
    assert result["education"]["graduation"] == "2026-10"
    assert result["eligibility"]["verdict"] == "eligible"


def test_mon_diplome_reprend_la_licence_que_le_mail_de_la_scolarite_ci_dessous_m_accorde() -> None:
    body = (
        "Bonjour,\n\nComme l'indique le message de la scolarité ci-dessous, mon diplôme m'a été délivré le "
        "2 octobre. Je cherche un emploi dans une association de quartier.\n\nMarta Nowak\n\n"
        "Le ven. 2 oct. 2026 à 16:05, Scolarité <scolarite@univ.example.fr> a écrit :\n"
        "> Bonjour,\n> Nous vous confirmons l'obtention de votre licence professionnelle "
        "Intervention sociale.\n> Le service de la scolarité"
    )
    result = extracted(body, from_name="Marta Nowak", from_addr="marta.nowak@example.org")
    assert result["education"]["bac_plus"] == 3
    assert result["education"]["graduation"] == "2026-10"


def _cv_read(lines: list[str]) -> dict[str, Any]:
    raw = make_message("", attachments=[("application/pdf", "CV.pdf", make_pdf(lines))])
    return extract_message(raw, today=TODAY)


def test_a_resume_line_seeking_a_job_at_the_end_of_the_master_names_no_master_had() -> None:
    result = _cv_read(
        [
            "Camille Roux – 06 41 27 93 58",
            "M1 Management des organisations de l'ESS — en cours, Université de Tours",
            "Licence Sciences sociales — juillet 2025, Université de Tours",
            "Projet : un poste en coopérative d'activité à l'issue du master",
        ]
    )
    assert result["education"]["bac_plus"] == 3
    assert result["education"]["graduation"] == "2025-07"


def test_a_resume_objective_set_at_the_end_of_my_msc_names_no_msc_had() -> None:
    result = _cv_read(
        [
            "Camille Roux – 06 41 27 93 58",
            "BSc Geography, June 2025, University of Leeds",
            "Objective: a role with a community energy cooperative at the end of my MSc",
        ]
    )
    assert result["education"]["bac_plus"] == 3
    assert result["education"]["graduation"] == "2025-06"


def test_results_that_come_out_in_february_leave_the_end_of_the_studies_open() -> None:
    body = (
        "Hi,\n\nAll my MA modules are done and my thesis is submitted; the final results come out in "
        "February. I'd like a job in a social enterprise.\n\nLea Fontaine"
    )
    result = extracted(body)
    assert status(result, "studies_finished") == "unknown"
    assert result["eligibility"]["verdict"] == "to_verify"


def test_des_resultats_qui_tombent_en_fevrier_laissent_la_fin_des_etudes_ouverte() -> None:
    body = (
        "Bonjour,\n\nJ'ai déposé mon mémoire de master 2 et les résultats tombent en février. Je cherche un "
        "poste dans une coopérative.\n\nLéa Fontaine"
    )
    result = extracted(body)
    assert status(result, "studies_finished") == "unknown"
    assert result["eligibility"]["verdict"] == "to_verify"
