"""A state that is no longer today's (the occasions corpus, h-ostale): a lack an earlier refusal quoted («vous
m'aviez dit que mon BTS n'était pas encore validé», "you turned me down because my MA wasn't finished") tells
how things stood then, the mail applying again says today's; a value the writer gave us before and puts right
(«je vous ai dit 2022 mais c'est septembre 2025») counts at its new value; a diploma held still («j'ai
toujours seulement le bac pro», "I only have a BTEC Level 2") is the highest; years of a trade carried
(«quinze ans de restauration derrière moi») are a career; a course followed since a date runs today."""

from __future__ import annotations

from reading_day import extracted, status


def test_a_lack_quoted_from_last_year_s_refusal_is_not_today_s_state() -> None:
    result = extracted(
        "Bonjour,\n\nL'an passé, vous aviez refusé mon dossier car je n'avais pas terminé mon DUT. Je l'ai "
        "obtenu en juillet 2026 (DUT Carrières sociales). Je cherche un poste d'animateur dans un centre "
        "social.\n\nInès Martin"
    )
    assert status(result, "studies_finished") == "met"
    assert result["eligibility"]["verdict"] == "eligible"


def test_a_degree_unfinished_when_we_turned_the_writer_down_is_not_today_s_state() -> None:
    result = extracted(
        "Hello,\n\nLast spring you turned me down because my MA wasn't finished. I completed it in September "
        "2026 (MA in Social Policy). I'm looking for a job in a charity.\n\nInes Martin",
        subject="Application",
    )
    assert status(result, "studies_finished") == "met"


def test_the_pronoun_after_a_quoted_lack_names_the_diploma_it_was_about() -> None:
    result = extracted(
        "Bonjour,\n\nL'été dernier, vous m'aviez écrit que mon DEUST n'était pas encore validé. Il a été "
        "validé en juin 2026. Je cherche un emploi dans une coopérative.\n\nInès Martin"
    )
    assert status(result, "studies_finished") == "met"
    assert result["eligibility"]["verdict"] == "eligible"


def test_it_after_a_quoted_lack_in_english_names_the_degree_it_was_about() -> None:
    result = extracted(
        "Hello,\n\nLast year you told me that my degree wasn't awarded yet. It was awarded in July 2026. I'm "
        "looking for a job in a charity.\n\nInes Martin",
        subject="Application",
    )
    assert result["education"]["graduation"] == "2026-07"


def test_a_date_given_to_us_before_and_put_right_counts_at_its_new_value() -> None:
    result = extracted(
        "Bonjour,\n\nPour mon DUT GEA, je vous ai dit 2022 mais c'est juin 2025, je me suis trompée d'année. "
        "Je cherche un emploi dans une association.\n\nInès Martin"
    )
    assert result["education"]["graduation"] == "2025-06"
    assert status(result, "graduation_recent") == "met"


def test_a_year_told_on_the_phone_then_corrected_in_english_counts_at_its_new_value() -> None:
    result = extracted(
        "Hello,\n\nFor my HND in Social Care, I told you 2021 but it's July 2025, I mixed it up with my "
        "A-levels. I'm looking for a job in a charity.\n\nInes Martin",
        subject="Application",
    )
    assert result["education"]["graduation"] == "2025-07"


def test_a_vocational_bac_held_still_and_alone_is_the_highest_diploma() -> None:
    result = extracted(
        "Bonjour,\n\nJ'ai toujours uniquement le bac pro commerce, et trois ans de bénévolat dans une "
        "ressourcerie. Je cherche un emploi dans une association.\n\nInès Martin"
    )
    assert result["education"]["bac_plus"] == 0
    assert status(result, "degree_level") == "not_met"


def test_a_btec_below_level_four_is_the_bac_s_level() -> None:
    result = extracted(
        "Hello,\n\nI only have a BTEC Level 2 in Business, but I've volunteered at a food bank for years. "
        "I'm looking for a job in a charity.\n\nInes Martin",
        subject="Application",
    )
    assert result["education"]["bac_plus"] == 0
    assert status(result, "degree_level") == "not_met"


def test_years_of_a_trade_carried_behind_the_writer_are_another_career() -> None:
    result = extracted(
        "Bonjour,\n\nJ'ai quinze ans de restauration derrière moi et une licence pro obtenue en juin 2026. "
        "Je cherche un emploi dans une association.\n\nInès Martin"
    )
    assert status(result, "not_career_change") == "not_met"


def test_years_of_a_trade_under_the_writer_s_belt_are_another_career() -> None:
    result = extracted(
        "Hello,\n\nI have twelve years of logistics under my belt and a BA in Social Policy from June 2026. "
        "I'm looking for a job in a charity.\n\nInes Martin",
        subject="Application",
    )
    assert status(result, "not_career_change") == "not_met"


def test_a_licence_taken_up_again_since_the_autumn_beside_a_bts_is_studies_running() -> None:
    result = extracted(
        "Bonjour,\n\nJe reprends une licence pro en alternance depuis la rentrée, dans une mutuelle. J'ai un "
        "BTS (2024). Je veux rester dans l'ESS.\n\nInès Martin"
    )
    assert status(result, "studies_finished") == "not_met"


def test_an_msc_followed_since_a_month_is_studies_running() -> None:
    result = extracted(
        "Hello,\n\nI've been doing an MSc in social economy since September; I got my BA in 2025. I want to "
        "stay in the social economy.\n\nInes Martin",
        subject="Application",
    )
    assert status(result, "studies_finished") == "not_met"
