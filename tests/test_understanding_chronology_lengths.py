"""A line of a path dated by this year alone is told as done when it gives the stay's whole length, in
figures or in words («2026 : stage de six mois», "2026: a six-month placement"); without a length it may
still run, and the coordinator asks."""

from __future__ import annotations

from reading_day import extracted, status


def test_a_line_of_this_year_giving_its_length_in_words_is_a_finished_internship() -> None:
    result = extracted(
        "Bonjour,\n\nMon parcours :\n2026 : stage de six mois au service communication d'une "
        "ressourcerie (mars à août)\n2025 : licence professionnelle Métiers de l'animation sociale\n\nJe "
        "cherche un emploi dans une association d'éducation populaire.\n\nLéna Moreau\n06 12 34 56 78"
    )
    assert status(result, "not_internship") == "met"


def test_a_line_of_this_year_giving_its_length_in_words_is_a_finished_internship_in_english() -> None:
    result = extracted(
        "Hello,\n\nMy path:\n2026: three-month internship at a community energy cooperative\n2025: "
        "bachelor's degree in sociology\n\nI am looking for a job in a charity.\n\nLena Moreau\n"
        "+33 6 12 34 56 78",
        subject="Application",
    )
    assert status(result, "not_internship") == "met"


def test_a_line_of_this_year_with_no_length_leaves_the_internship_open() -> None:
    result = extracted(
        "Bonjour,\n\nMon parcours :\n2026 : stage au service communication d'une ressourcerie\n2025 : "
        "licence professionnelle Métiers de l'animation sociale\n\nJe cherche un emploi dans une association "
        "d'éducation populaire.\n\nLéna Moreau\n06 12 34 56 78"
    )
    assert status(result, "not_internship") == "unknown"
