"""The year's turn placed from the reading day, for the newyear corpus's slice of last-year words, a year
ahead and the December just gone (n-year, stop 57).

A yearless December named by the jury that awarded a diploma («jury le 16 décembre»), read in January, is the
December just gone, not one eleven months ahead: the diploma is had. Guards: a jury dated next month is still
to come; the same December read in November is ahead. A student whose next sentences tell the course's last
part handed in and its mark or results awaited is asked, not studying (guards: exams done with a semester to
come; the results of an application elsewhere). The classes of a course told finished («fini mes cours de
M2») leave its award asked (guards: the same sentence telling it validated; the course itself finished).
My own phrasings, read through `propulse extract`'s path on a stated day."""

from __future__ import annotations

from datetime import date
from typing import Any

from fixtures_docs import make_message
from reading_day import status

from intake.extract import extract_message

_AIM_FR = " Je cherche un emploi dans une coopérative d'habitants.\n\nAnne Lory"
_AIM_EN = " I am looking for a job in a housing charity.\n\nAnne Lory"


def read_on(day: str, body: str) -> dict[str, Any]:
    return extract_message(make_message(body, subject="Candidature"), today=date.fromisoformat(day))


def test_a_jury_of_the_sixteenth_of_december_read_in_january_has_passed() -> None:
    result = read_on(
        "2027-01-20",
        "J'ai terminé mon master d'économie sociale à Lyon : délibération du jury le 16 décembre, j'ai été "
        "reçue." + _AIM_FR,
    )
    assert status(result, "studies_finished") == "met"
    assert status(result, "degree_level") == "met"


def test_an_exam_board_of_mid_december_read_in_january_has_met() -> None:
    result = read_on(
        "2027-01-20",
        "I completed my MSc in social economy in Leeds: exam board on 15 December, degree awarded." + _AIM_EN,
    )
    assert status(result, "studies_finished") == "met"


def test_a_course_over_in_december_with_its_jury_on_a_december_day_is_over_in_january() -> None:
    result = read_on(
        "2027-01-08",
        "Mon master d'économie sociale s'est fini en décembre, avec un jury le 16 décembre." + _AIM_FR,
    )
    assert status(result, "studies_finished") == "met"


def test_a_jury_meeting_next_february_read_in_january_is_still_to_come() -> None:
    result = read_on(
        "2027-01-18",
        "Mon master d'économie sociale : soutenance passée, le jury se réunira le 18 février." + _AIM_FR,
    )
    assert status(result, "studies_finished") == "unknown"


def test_a_jury_of_mid_december_read_in_november_is_still_to_come() -> None:
    result = read_on(
        "2026-11-20",
        "J'ai soutenu mon mémoire de master d'économie sociale, délibération du jury le 16 décembre."
        + _AIM_FR,
    )
    assert status(result, "studies_finished") == "unknown"


_SEEKING = " Je cherche un poste de coordinatrice dans une entreprise d'insertion.\n\nAnne Lory"


def test_a_master_student_whose_thesis_is_in_and_mark_awaited_next_sentences_is_asked() -> None:
    result = read_on(
        "2027-01-21",
        "Je suis inscrite en M2 d'économie sociale à distance. J'ai validé tous mes cours et déposé mon "
        "mémoire avant Noël. La note doit arriver courant février, je l'attends." + _SEEKING,
    )
    assert status(result, "studies_finished") == "unknown"


def test_a_student_whose_dissertation_is_submitted_and_results_pending_two_sentences_on_is_asked() -> None:
    result = read_on(
        "2027-01-21",
        "I am a student on an MSc in social enterprise. I submitted my dissertation in December. The results "
        "are still pending." + _AIM_EN,
    )
    assert status(result, "studies_finished") == "unknown"


def test_a_master_student_whose_exams_are_done_but_no_decision_awaited_still_studies() -> None:
    result = read_on(
        "2027-01-21",
        "Je suis inscrite en M2 d'économie sociale à distance. J'ai passé mes partiels de décembre. Le "
        "second semestre commence lundi." + _SEEKING,
    )
    assert status(result, "studies_finished") == "not_met"


def test_a_master_student_awaiting_the_results_of_mid_course_exams_still_studies() -> None:
    result = read_on(
        "2027-01-21",
        "Je suis inscrite en M2 d'économie sociale à distance. J'ai passé mes examens de décembre ; "
        "j'attends encore les notes." + _SEEKING,
    )
    assert status(result, "studies_finished") == "not_met"


def test_a_student_awaiting_an_answer_to_her_application_elsewhere_still_studies() -> None:
    result = read_on(
        "2027-01-21",
        "Je suis inscrite en M2 d'économie sociale. J'ai rendu mon dossier de candidature à une fondation. "
        "J'attends les résultats de ma candidature." + _SEEKING,
    )
    assert status(result, "studies_finished") == "not_met"


def test_the_classes_of_a_licence_finished_last_year_leave_its_award_asked() -> None:
    result = read_on(
        "2027-01-12",
        "L'année dernière, j'ai terminé les cours de ma licence pro de médiation culturelle ; depuis je "
        "travaille en intérim." + _SEEKING,
    )
    assert status(result, "studies_finished") == "unknown"
    assert result["education"]["graduation"] is None


def test_the_classes_of_an_msc_finished_last_year_leave_its_award_asked() -> None:
    result = read_on(
        "2027-01-12", "Last year I finished the classes of my MSc in development studies." + _AIM_EN
    )
    assert status(result, "studies_finished") == "unknown"


def test_the_classes_finished_then_the_licence_validated_is_a_licence_had() -> None:
    result = read_on(
        "2027-01-12",
        "J'ai terminé les cours de ma licence pro de médiation culturelle en mai 2026 et je l'ai validée en "
        "juillet." + _SEEKING,
    )
    assert status(result, "studies_finished") == "met"


def test_a_licence_itself_finished_last_year_is_had() -> None:
    result = read_on(
        "2027-01-12", "L'année dernière, j'ai terminé ma licence pro de médiation culturelle." + _SEEKING
    )
    assert status(result, "studies_finished") == "met"
    assert result["education"]["graduation"] == "2026"


_BTS = "J'ai un BTS économie sociale familiale obtenu en juin 2025. "


def test_a_civic_service_due_to_end_in_december_then_extended_with_no_end_is_asked_in_january() -> None:
    result = read_on(
        "2027-01-11",
        _BTS + "Mon service civique au Secours populaire devait se terminer le 20 décembre, mais on l'a "
        "prolongé pour la distribution des fêtes." + _SEEKING,
    )
    assert status(result, "not_service_civique") == "unknown"


def test_an_internship_due_to_end_in_december_then_extended_with_no_end_is_asked_in_january() -> None:
    result = read_on(
        "2027-01-11",
        "I hold an HND in social care (2025). My internship was meant to finish on 20 December, but it was "
        "extended." + _AIM_EN,
    )
    assert status(result, "not_internship") == "unknown"


def test_a_civic_service_extended_to_a_day_gone_by_is_over() -> None:
    result = read_on(
        "2027-01-20",
        _BTS + "Mon service civique devait se terminer le 20 décembre, mais il a été prolongé jusqu'au 10 "
        "janvier." + _SEEKING,
    )
    assert status(result, "not_service_civique") == "met"


def test_a_civic_service_due_to_end_in_december_and_not_extended_is_over() -> None:
    result = read_on(
        "2027-01-11",
        _BTS + "Mon service civique devait se terminer le 20 décembre, et il n'a pas été prolongé."
        + _SEEKING,
    )
    assert status(result, "not_service_civique") == "met"


def test_a_foreign_degree_whose_equivalence_is_applied_for_and_hoped_has_its_level_asked() -> None:
    result = read_on(
        "2027-01-24",
        "J'ai obtenu un Bacharelado en psychologie sociale à Recife en 2025. J'ai fait la demande auprès "
        "d'ENIC-NARIC et j'espère obtenir l'attestation de comparabilité au printemps." + _SEEKING,
    )
    assert status(result, "degree_level") == "unknown"


def test_a_foreign_degree_whose_equivalence_is_applied_for_in_english_has_its_level_asked() -> None:
    result = read_on(
        "2027-01-24",
        "I hold a Bacharelado in social work from a university in Recife (2025). I have applied for the "
        "ENIC-NARIC comparability statement and hope to get it by June." + _AIM_EN,
    )
    assert status(result, "degree_level") == "unknown"
