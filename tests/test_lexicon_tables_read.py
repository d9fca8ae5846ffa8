"""Readers whose words moved out of code into rules/lexicon at stop 51 reading them from there: name_told's
particles (names.toml's `particles` and, since stop 52, its `told_particles`), course_ahead's bounds and
possessives (meanings.toml), given_names' quote marks (names.toml), links' not-for-profit places
(employers.toml), trade_diploma's first person (awards.toml) and form_choices' boxes (marks.toml)."""

from __future__ import annotations

from intake import resources
from intake.understanding import course_ahead, form_choices, given_names, links, trade_diploma
from intake.understanding.facts import Evidence, Fact
from intake.understanding.lexicon import load_lexicon, load_meanings
from intake.understanding.name_told import name_told

RULES = resources.BUNDLED_RULES_DIR


def _names(first: str, family: str) -> tuple[Fact[str], Fact[str]]:
    ev = Evidence(f"{first} {family}", "header")
    return Fact(first, ev), Fact(family, ev)


def _split(names: tuple[Fact[str], Fact[str]] | None) -> tuple[str, str] | None:
    return (names[0].value, names[1].value) if names else None


def test_a_surname_told_with_a_particle_of_names_toml_is_read_whole() -> None:
    # «der» is a particle of names.toml that name_told's own copy of the list did not hold.
    told = name_told(
        _names("Anneke Van", "der Berg"), "Bonjour, mon nom de famille est Van der Berg.", load_lexicon()
    )
    assert _split(told) == ("Anneke", "Van der Berg")


def test_a_first_name_told_with_a_portuguese_do_is_read_whole() -> None:
    told = name_told(
        _names("Maria", "do Carmo Lopes"), "Mon prénom est Maria do Carmo.", load_lexicon()
    )
    assert _split(told) == ("Maria do Carmo", "Lopes")


def test_a_bound_between_the_entry_and_the_date_ends_the_course_with_or_without_its_apostrophe() -> None:
    assert course_ahead._ends_between(" en master jusqu en juin ")
    assert course_ahead._ends_between(" en master d’ici ")
    assert not course_ahead._ends_between(" en master en septembre ")


def test_the_writers_possessive_right_before_the_course_is_read_from_its_meaning() -> None:
    own = course_ahead._words_pattern(load_meanings()["possessive_mine"].lemmas, r"\s+$")
    assert own.search("je continue mes ") is not None
    assert own.search("je continue des ") is None


def test_a_preferred_name_between_low_and_high_quotes_is_the_name_she_goes_by() -> None:
    chosen = _names("Jeanne", "Martin")
    used = given_names.first_name_in_use(chosen, None, None, "Je signe Jeanne „Nanou“ Martin, à bientôt.")
    assert used[0].value == "Nanou"


def test_a_name_between_single_quotes_is_no_preferred_name_of_the_table() -> None:
    chosen = _names("Jeanne", "Martin")
    assert given_names.first_name_in_use(chosen, None, None, "Je signe Jeanne 'Nanou' Martin.") == chosen


def test_a_not_for_profit_place_of_employers_toml_is_a_place_of_work() -> None:
    places = links._place_nouns(load_lexicon())
    assert places.search("je travaille dans une fondation pour l'enfance") is not None
    assert places.search("je travaille dans un jardin") is None


def test_the_first_person_before_a_bare_state_diploma_is_read_from_awards_toml() -> None:
    first_person = trade_diploma._words(RULES).first_person
    assert first_person.search("le jury m’a délivré le diplôme d'État") is not None
    assert first_person.search("pour mon DE") is not None
    assert first_person.search("ma cousine a reçu le diplôme d'État") is None


def test_a_box_of_marks_toml_opens_a_choice_and_a_lone_tick_does_not() -> None:
    boxes = form_choices._patterns(RULES)
    assert boxes.box.search("[ ✓ ] En stage") is not None
    assert boxes.box.search("✓ En stage") is None
