"""Careers told through an attitude (the attitudes corpus): years of another trade regretted, praised in irony
or complained of are years of that trade all the same, and a degree taken up again after them, or the years
felt as behind the writer, make them a career change (years_left.py)."""

from __future__ import annotations

from reading_day import extracted, status


def test_years_regretted_then_a_degree_taken_up_again_are_a_career_change() -> None:
    result = extracted(
        "Bonjour,\n\nJe regrette ces dix années passées dans la restauration rapide, à courir entre les "
        "commandes. En 2024 j'ai repris un BTS Économie sociale familiale, obtenu en juin 2026.\n\nJe "
        "cherche un poste dans une association d'aide à domicile.\n\nInès Martin"
    )
    assert status(result, "not_career_change") == "not_met"


def test_years_praised_in_irony_then_back_to_university_are_a_career_change() -> None:
    result = extracted(
        "Hello,\n\nEight glorious years in debt collection, believe me. Then I went back to "
        "university and got a master's in social economy in June 2026.\n\nI am looking for a job in a "
        "cooperative.\n\nInes Martin",
        subject="Application",
    )
    assert status(result, "not_career_change") == "not_met"


def test_a_count_qualified_by_a_feeling_still_counts_the_years_of_a_trade() -> None:
    result = extracted(
        "Bonjour,\n\nAprès huit interminables années dans la logistique, j'ai repris une licence pro "
        "Intervention sociale, obtenue en juin 2026.\n\nJe voudrais travailler dans une épicerie "
        "solidaire.\n\nInès Martin"
    )
    assert status(result, "not_career_change") == "not_met"


def test_years_of_a_trade_complained_of_before_a_degree_are_a_career_change() -> None:
    result = extracted(
        "Bonjour,\n\nQuatorze ans de quais de chargement, ras-le-bol. J'ai décroché une licence pro "
        "Gestion des structures de l'ESS en juin 2026.\n\nJe cherche un emploi dans une coopérative."
        "\n\nInès Martin"
    )
    assert status(result, "not_career_change") == "not_met"


def test_years_in_a_trade_one_is_fed_up_with_before_a_degree_are_a_career_change() -> None:
    result = extracted(
        "Hi,\n\nTen years of night shifts in a warehouse and I'm fed up. I got my BA in social work in "
        "June 2026.\n\nI would like to work for a charity.\n\nInes Martin",
        subject="Application",
    )
    assert status(result, "not_career_change") == "not_met"


def test_an_association_set_aside_by_a_bare_pas_is_no_aim_of_the_ess() -> None:
    result = extracted(
        "Bonjour,\n\nJ'ai un master d'économie obtenu en juin 2026. Je veux lancer ma propre agence de "
        "communication, pas être salarié d'une association.\n\nInès Martin"
    )
    assert status(result, "job_seeking_ess") != "met"


def test_a_cooperative_set_aside_after_one_s_own_business_is_no_aim_of_the_ess() -> None:
    result = extracted(
        "Bonjour,\n\nMon BTS Design obtenu en juin 2025 en poche, je veux monter mon propre atelier de "
        "graphisme, pas être employée par une coopérative.\n\nInès Martin"
    )
    assert status(result, "job_seeking_ess") != "met"


def test_a_possessive_shouted_in_capitals_is_no_master_of_arts() -> None:
    result = extracted(
        "Coucou !!!\n\nJ'AI EU MA LICENCE PRO 🎉 (Métiers de l'animation sociale, en juin 2026) et je suis "
        "ravie ! Je cherche un poste dans un centre social.\n\nInès Martin"
    )
    assert result["education"]["bac_plus"] == 3


def test_a_degree_shouted_in_english_capitals_keeps_its_level_and_date() -> None:
    """An invariant of the shout reading (English capitals were read already): it must not lose them."""
    result = extracted(
        "Hi!!!\n\nI HAVE MY BA IN SOCIAL WORK 🎉 (June 2026) and I am so happy! I am looking for a job in "
        "a charity.\n\nInes Martin",
        subject="Application",
    )
    assert (result["education"]["bac_plus"], result["education"]["graduation"]) == (3, "2026-06")


def test_an_age_in_apposition_before_studies_taken_up_again_is_no_trade() -> None:
    """An invariant of years_left.py: the count alone between commas is an age, not years of a trade."""
    result = extracted(
        "Bonjour,\n\nInès, 24 ans, j'ai repris une licence pro Intervention sociale, obtenue en juin 2026."
        "\n\nJe cherche un poste dans une association.\n\nInès Martin"
    )
    assert status(result, "not_career_change") != "not_met"
