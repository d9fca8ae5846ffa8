"""Readers whose words moved out of code into rules/lexicon at stop 52 reading them from there: the correcting
contrast read once (meanings.toml [denied_contrast]) by contrast_denied and named_not."""

from __future__ import annotations

from intake.understanding.contrast_denied import denied_contrast, without_denied_side
from intake.understanding.named_not import named_as_not_it


def test_the_correcting_contrast_holds_its_negations_and_its_preferences() -> None:
    words = denied_contrast()
    assert "pas" in words.negation
    assert "rather" in words.preference


def test_a_diploma_after_au_lieu_d_beside_another_is_blanked_as_not_had() -> None:
    unit = "J'ai un CAP au lieu d'un BTS."
    spans = [(9, 12, "CAP", 3), (25, 28, "BTS", 5)]
    read = without_denied_side(unit, spans)
    assert "BTS" not in read and "CAP" in read and len(read) == len(unit)


def test_a_diploma_after_a_plain_pas_with_no_comma_is_not_blanked() -> None:
    unit = "J'ai un CAP pas un BTS."
    assert without_denied_side(unit, [(8, 11, "CAP", 3), (19, 22, "BTS", 5)]) == unit


def test_a_degree_set_off_by_a_dash_and_mais_non_is_named_as_not_hers() -> None:
    assert named_as_not_it("Mon diplôme est un DUT — mais non une licence.", "licence")
    assert not named_as_not_it("Mon diplôme est un DUT et une licence.", "licence")
