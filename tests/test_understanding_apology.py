"""An apology for something is politeness, not a correction: «…, pardon pour la longueur de ce mail» and
"…, sorry for the long email" take nothing back, so the fact said before them stands («en 2023, pardon, en
2025» — set off, with nothing it is for — still corrects)."""

from __future__ import annotations

from reading_day import extracted, status


def test_an_internship_followed_by_an_apology_for_the_length_is_still_running() -> None:
    result = extracted(
        "Bonjour,\n\nJe suis en stage dans une régie de quartier, pardon pour ce long message. J'ai une "
        "licence pro obtenue en juin 2026 et je cherche un emploi dans une coopérative.\n\nYanis Morel"
    )
    assert status(result, "not_internship") == "not_met"


def test_an_internship_followed_by_an_apology_in_english_is_still_running() -> None:
    result = extracted(
        "Hello,\n\nI am currently an intern at a food bank, sorry for the very long email. I got my BA in "
        "June 2026 and I'm looking for a job in a non-profit.\n\nYanis Morel",
        subject="Application",
    )
    assert status(result, "not_internship") == "not_met"


def test_a_year_corrected_after_a_bare_pardon_is_still_corrected() -> None:
    result = extracted(
        "Bonjour,\n\nJ'ai obtenu mon BTS en 2021, pardon, en 2025. Je ne suis ni en stage ni en service "
        "civique et je cherche un emploi dans une association.\n\nYanis Morel"
    )
    assert status(result, "graduation_recent") == "met"
