"""The francophonies corpus, stop 39 (h-fra): the writer naming themself, then the course as an apposition
(«Je suis Awa Diallo, étudiante en M2», "I'm Awa Diallo, a master's student") tells studies running, as «je
suis étudiante en M2» does; the PFE (projet de fin d'études, the last period of an engineering or business
school, spent in a company) is an internship by its acronym."""

from __future__ import annotations

from reading_day import extracted, status


def test_a_course_in_apposition_to_the_writers_own_name_is_running() -> None:
    result = extracted(
        "Bonjour,\n\nJe suis Fatou Ndiaye, étudiante en M2 développement local à Saint-Louis. Je suis "
        "arrivée à Nantes cet automne.\n\nJe voudrais ensuite travailler dans une coopérative.\n\n"
        "Fatou Ndiaye"
    )
    assert status(result, "studies_finished") == "not_met"


def test_a_student_in_apposition_to_the_writers_own_name_is_studying() -> None:
    result = extracted(
        "Hello,\n\nI'm Fatou Ndiaye, a final-year student in local development at Gaston Berger University."
        "\n\nAfterwards I would like to work for a cooperative.\n\nFatou Ndiaye",
        subject="Application",
    )
    assert status(result, "studies_finished") == "not_met"


def test_a_pfe_running_until_a_coming_month_is_an_internship_held() -> None:
    result = extracted(
        "Bonjour,\n\nJe fais mon PFE dans une agence d'architecture jusqu'à fin février, sur l'habitat "
        "partagé.\n\nEnsuite je voudrais travailler dans une coopérative.\n\nKarim Haddad"
    )
    assert status(result, "not_internship") == "not_met"


def test_a_pfe_in_an_engineering_firm_until_spring_is_an_internship_held() -> None:
    result = extracted(
        "Hello,\n\nI am in my PFE at an engineering firm until March, on water networks.\n\nLater I'd like "
        "to work for a cooperative.\n\nKarim Haddad",
        subject="Application",
    )
    assert status(result, "not_internship") == "not_met"
