"""Two shapes of forms (the forms corpus's two false rejections, opened at its first figure; the
phrasings here are the tests' own): a row of boxes side by side on one line, where an empty box's words
are the form's offer, not the person's statement (form_choices.py); a verbless entry naming a role —
«Volontaire en service civique», "Intern" — then, past the place, a period all behind the reading day:
an entry of the past (situation.py)."""

from __future__ import annotations

from datetime import date

from fixtures_docs import make_message

from intake.extract import extract_message

TODAY = date(2026, 11, 26)


def _status(body: str, criterion: str) -> str:
    result = extract_message(make_message(body, subject="Candidature"), today=TODAY)
    return next(c["status"] for c in result["eligibility"]["criteria"] if c["id"] == criterion)


def test_a_row_of_boxes_with_studies_finished_ticked_states_no_student() -> None:
    body = (
        "Bonjour,\n\n☑ Mes études sont finies    ☐ Je suis toujours étudiante\n"
        "Diplôme : licence pro métiers de l'animation sociale, obtenue en juin 2026\n"
        "Je cherche un poste d'animatrice dans une association.\n\nAnaïs Morel"
    )
    assert _status(body, "studies_finished") == "met"


def test_an_english_row_of_boxes_with_graduated_ticked_states_no_student() -> None:
    body = (
        "Hello,\n\n[x] I have completed my studies   [ ] I am still studying\n"
        "Degree: BA in social work, June 2026\nI am looking for a job in a non-profit.\n\nRuth Adeyemi"
    )
    assert _status(body, "studies_finished") == "met"


def test_a_row_of_boxes_with_still_a_student_ticked_keeps_the_studies_running() -> None:
    body = (
        "Bonjour,\n\n☐ Mes études sont finies    ☒ Je suis toujours étudiante\n"
        "Formation : master 2 ESS, soutenance en juin 2027\n"
        "Je cherche un poste dans une coopérative.\n\nAnaïs Morel"
    )
    assert _status(body, "studies_finished") == "not_met"


def test_a_profile_entry_of_civic_service_whose_period_ended_is_over() -> None:
    body = (
        "Bonjour,\n\nFormation : DUT carrières sociales, 2025\n"
        "Expérience : Volontaire en service civique, Maison des Tilleuls — sept. 2025 – mai 2026\n"
        "Je cherche un emploi dans une association de l'ESS.\n\nHugo Marchand"
    )
    assert _status(body, "not_service_civique") == "met"


def test_an_english_intern_entry_whose_period_ended_is_no_internship_now() -> None:
    body = (
        "Hello,\n\nEducation: BA in sociology, 2025\n"
        "Experience: Intern, Oakfield Community Food Bank, Bristol - Jan. 2026 – Jun. 2026\n"
        "I am looking for a job in a charity.\n\nChloe Barnes"
    )
    assert _status(body, "not_internship") == "met"


def test_a_profile_entry_of_civic_service_whose_period_runs_ahead_is_held() -> None:
    body = (
        "Bonjour,\n\nFormation : DUT carrières sociales, 2025\n"
        "Expérience : Volontaire en service civique, Maison des Tilleuls — sept. 2026 – mai 2027\n"
        "Je cherche un emploi dans une association de l'ESS.\n\nHugo Marchand"
    )
    assert _status(body, "not_service_civique") == "not_met"


def test_a_profile_entry_of_civic_service_held_since_a_date_is_held() -> None:
    body = (
        "Bonjour,\n\nFormation : DUT carrières sociales, 2025\n"
        "Expérience : Volontaire en service civique, Maison des Tilleuls, depuis oct. 2025 "
        "— fin prévue en 2027\nJe cherche un emploi dans une association de l'ESS.\n\nHugo Marchand"
    )
    assert _status(body, "not_service_civique") == "not_met"
