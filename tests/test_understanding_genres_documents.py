"""Facts inside a text of another genre, read by the genre's structure: an answer under a quoted ad's
criterion denies a diploma in one clause and names the ones had in the next (the «j'ai» of the next clause
has no say on the denied one); a pasted attestation speaks of the applicant («atteste que M. …»), and what
it says goes on is so on its issue day, open today. The phrasings are the tests' own, French and English."""

from __future__ import annotations

from reading_day import extracted, status


def test_a_diploma_denied_before_the_ones_had_in_the_next_clause_is_not_had() -> None:
    result = extracted(
        "Bonjour,\n\nJe n'ai pas de BTS, j'ai un CAP cuisine et un bac pro (2020).\n"
        "Je cherche un emploi dans une épicerie solidaire.\n\nNoam Ferreira"
    )
    assert result["education"]["bac_plus"] == 0
    assert status(result, "degree_level") == "not_met"


def test_a_level_denied_under_the_quoted_profile_of_the_ad_is_not_had() -> None:
    result = extracted(
        "Bonjour,\n\n> Niveau demandé : bac+2\nJe n'ai pas de bac+2, j'ai un CAP AEPE obtenu en 2022.\n\n"
        "> Projet : ESS\nOui, une crèche parentale.\n\nNoam Ferreira",
        subject="Re: Pro'pulse recrute",
    )
    assert result["education"]["bac_plus"] == 0


def test_an_english_degree_denied_before_a_vocational_diploma_is_not_had() -> None:
    result = extracted(
        "Hello,\n\nI have no BTS, I have a CAP in catering from 2021.\n"
        "I am looking for a job in a social enterprise.\n\nNoam Ferreira"
    )
    assert result["education"]["bac_plus"] in (0, None)
    assert status(result, "degree_level") != "met"


def test_an_internship_an_attestation_says_goes_on_with_no_end_is_asked_not_failing() -> None:
    result = extracted(
        "Bonjour,\n\nJ'ai un master de sociologie (juin 2026) et je cherche un poste dans une coopérative."
        "\n\n"
        "ATTESTATION DE STAGE\nLa présidente de l'association Vélo Libre certifie que M. Noam FERREIRA "
        "effectue un stage dans notre association depuis le 14 septembre 2026.\n"
        "Fait à Tarbes, le 2 novembre 2026.\n\nNoam"
    )
    assert status(result, "not_internship") == "unknown"


def test_a_line_under_the_ads_quoted_question_on_the_project_answers_it() -> None:
    result = extracted(
        "Bonjour,\n\n> Diplôme obtenu depuis moins de deux ans.\nBTS ESF, juin 2025.\n\n"
        "> Votre projet professionnel ?\nAnimatrice dans une maison de quartier associative.\n\nNina",
        subject="Re: Pro'pulse — les conditions",
    )
    assert status(result, "job_seeking_ess") == "met"


def test_a_line_under_a_quoted_english_question_on_the_goal_answers_it() -> None:
    result = extracted(
        "Hi,\n\n> Degree and year?\nBA in Sociology, 2025.\n\n"
        "> Job sought?\nProject officer in a fair-trade cooperative.\n\nNina",
        subject="Re: Pro'pulse — who can apply",
    )
    assert status(result, "job_seeking_ess") == "met"


def test_a_student_whose_defence_is_done_and_jury_awaited_is_asked_if_studies_are_over() -> None:
    result = extracted(
        "Bonjour,\n\nÉtudiante en master 2 Urbanisme à Grenoble, j'ai soutenu mon mémoire le 2 novembre et "
        "j'attends la délibération du jury, prévue en décembre.\nJe cherche un emploi dans une SCIC.\n\nNina"
    )
    assert status(result, "studies_finished") == "unknown"
