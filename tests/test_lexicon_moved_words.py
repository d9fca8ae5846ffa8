"""Readers whose words moved out of code into rules/lexicon at stop 52 reading them from there: the correcting
contrast read once (meanings.toml [denied_contrast]) by contrast_denied and named_not; extended's words
(placements.toml [extended]); aim_turned's cheap words and denied turns (meanings.toml [turn_of_mind]);
course_ends_ahead's relative clause (meanings.toml [course_ending_relative])."""

from __future__ import annotations

from datetime import date

from intake.understanding.aim_turned import after_a_turn
from intake.understanding.contrast_denied import denied_contrast, without_denied_side
from intake.understanding.course_ends_ahead import ending_ahead
from intake.understanding.extended import extended_end
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


def test_a_civic_service_renewed_until_a_later_month_runs_now() -> None:
    told = "Ma mission de service civique a été renouvelée jusqu’ en mars 2027."
    assert extended_end(told, date(2026, 12, 7)) == "now"


def test_an_extension_the_host_only_proposed_is_no_extension() -> None:
    told = "Ma tutrice m'a proposé une mission prolongée jusqu'en mars 2027."
    assert extended_end(told, date(2026, 12, 7)) is None


def test_an_extension_that_fell_through_afterwards_sets_no_end() -> None:
    told = "My internship was extended until March 2027, but then it fell through."
    assert extended_end(told, date(2026, 12, 7)) is None


def test_words_after_a_second_thought_replace_the_aim_before_it() -> None:
    unit = "Je pensais viser un grand cabinet, après réflexion une petite coopérative me conviendrait mieux."
    assert after_a_turn(unit).startswith("une petite coopérative")


def test_a_turn_of_mind_never_taken_leaves_the_aim_as_told() -> None:
    unit = "I never changed my mind: consulting firms are what I want."
    assert after_a_turn(unit) == unit


def test_a_course_whose_relative_clause_ends_it_next_summer_is_ending_ahead() -> None:
    unit = "Je suis dans un master qui s’achève en juin 2027."
    at = unit.index("master")
    assert ending_ahead(unit, at, date(2026, 12, 7)) is not None
    assert ending_ahead("Je suis dans un master qui commence en juin 2027.", at, date(2026, 12, 7)) is None
