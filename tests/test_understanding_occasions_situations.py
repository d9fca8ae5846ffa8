"""Internships and civic services as an occasion brings them (the occasions corpus): the end told after a
colon or corrected after «mais» is the mention's own, a start told by a weekday gone by runs today, a
placement held until a date ahead is an internship, a running-then corrected by a dated end is over, and an
end told near but undated («bientôt», "soon", just before the programme starts) is asked."""

from __future__ import annotations

from reading_day import extracted, status


def test_an_internship_ending_after_today_told_after_a_colon_runs_today() -> None:
    result = extracted(
        "Bonjour,\n\nLes inscriptions ferment bientôt, donc je postule : mon stage finit le 18 décembre, "
        "avant votre rentrée.\nJ'ai un BTS SP3S obtenu en juin 2026 et je cherche un poste dans une "
        "association d'aide à domicile.\n\nNoé Sarrazin"
    )
    assert status(result, "not_internship") == "not_met"


def test_a_civic_service_begun_on_a_weekday_gone_by_runs_today() -> None:
    result = extracted(
        "Bonjour,\n\nMon contrat saisonnier est terminé et j'ai commencé un service civique mardi dans une "
        "épicerie solidaire, pour sept mois.\nJ'ai un BUT GEA de 2025 et je veux travailler dans une "
        "coopérative.\n\nNoé Sarrazin"
    )
    assert status(result, "not_service_civique") == "not_met"


def test_an_internship_started_on_monday_runs_today() -> None:
    result = extracted(
        "Hello,\n\nI started an internship on Monday at a tenants' union, for five months. I have a BA in "
        "Politics (2025) and I want to work for a co-operative.\n\nNoah Sarrazin",
        subject="Application",
    )
    assert status(result, "not_internship") == "not_met"


def test_a_placement_held_until_a_month_ahead_is_an_internship_running_today() -> None:
    result = extracted(
        "Hello,\n\nA quick update: I am on a placement with a refugee charity until April. I have a BSc in "
        "Psychology (2025) and I want to work for a social enterprise.\n\nNoah Sarrazin",
        subject="Application",
    )
    assert status(result, "not_internship") == "not_met"


def test_a_volunteer_placement_held_until_a_month_ahead_is_no_internship_said() -> None:
    result = extracted(
        "Hello,\n\nI have a BA in Sociology (2025). Right now I'm on a volunteer placement with a housing "
        "charity until May, and then I want a paid job in a cooperative.\n\nIsla Brennock",
        subject="Application",
    )
    assert status(result, "not_internship") != "not_met"


def test_a_civic_service_running_then_corrected_by_a_dated_end_is_over() -> None:
    result = extracted(
        "Bonjour,\n\nJ'étais volontaire en service civique quand j'ai vu votre annonce, mais mon service "
        "civique s'est terminé le 15 octobre.\nJ'ai une licence de géographie (2025) et je cherche un poste "
        "dans une association de quartier.\n\nNoé Sarrazin"
    )
    assert status(result, "not_service_civique") == "met"


def test_an_internship_said_over_then_corrected_to_a_date_ahead_runs_today() -> None:
    result = extracted(
        "Bonjour,\n\nAu téléphone j'ai dit que mon stage était fini, mais en fait mon stage se termine le 22 "
        "décembre.\nJ'ai un master de sociologie (septembre 2026) et je vise une fédération "
        "d'associations.\n\nNoé Sarrazin"
    )
    assert status(result, "not_internship") == "not_met"


def test_an_internship_ending_soon_undated_is_asked() -> None:
    result = extracted(
        "Bonjour,\n\nBonne nouvelle : mon stage se termine bientôt et je pourrai chercher un emploi. J'ai un "
        "master d'économie sociale obtenu en septembre 2026 et je vise les coopératives.\n\nNoé Sarrazin"
    )
    assert status(result, "not_internship") == "unknown"


def test_an_internship_ending_soon_in_english_is_asked() -> None:
    result = extracted(
        "Hello,\n\nGood news: my internship ends soon and I will be free to look for a job. I have an MA in "
        "Social Policy (September 2026) and I want to work for a charity.\n\nNoah Sarrazin",
        subject="Application",
    )
    assert status(result, "not_internship") == "unknown"


def test_a_civic_service_ending_just_before_the_cohort_starts_is_asked() -> None:
    result = extracted(
        "Bonjour,\n\nJe postule pour votre prochaine session : mon service civique s'arrête juste avant le "
        "lancement de la session.\nJ'ai un BTS ESF (2025) et je vise une association d'aide au "
        "logement.\n\nNoé Sarrazin"
    )
    assert status(result, "not_service_civique") == "unknown"


def test_a_civic_service_ending_before_the_programme_starts_in_english_is_asked() -> None:
    result = extracted(
        "Hello,\n\nMy civic service finishes just before your programme begins. I have a BA in Geography "
        "(2025) and I want to work for a housing charity.\n\nNoah Sarrazin",
        subject="Application",
    )
    assert status(result, "not_service_civique") == "unknown"
