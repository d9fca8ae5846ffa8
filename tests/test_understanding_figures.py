"""The shared figure reader (intake/understanding/figures.py): the literal meaning a figure of speech stands
for, and what it is said of. My own phrasings, in French and English."""

from __future__ import annotations

from intake.understanding.figures import (
    ABOUT_TO_END,
    HEDGED,
    HYPERBOLE_LONG,
    OBTAINED,
    OVER,
    STILL_IN,
    TURN,
    figure_on,
    figures_in,
    hears,
    is_minimiser,
)


def _on(text: str, word: str) -> str | None:
    start = text.index(word)
    figure = figure_on(text, start, start + len(word))
    return figure.meaning if figure else None


def test_a_status_said_folded_up_is_over() -> None:
    assert _on("Mon alternance, c'est bouclé depuis l'été.", "alternance") == OVER
    assert _on("La mission, c'est plié depuis octobre.", "mission") == OVER


def test_an_internship_said_done_and_dusted_is_over() -> None:
    assert _on("My placement at the food bank is done and dusted.", "placement") == OVER


def test_a_diploma_unhooked_is_obtained() -> None:
    assert hears("J'ai fini par décrocher mon BTS en 2025.", OBTAINED) is not None
    assert hears("I finally bagged my bachelor's last summer.", OBTAINED) is not None


def test_a_hedge_before_a_noun_is_said_of_it() -> None:
    assert _on("Je fais une espèce de service civique à la mairie.", "service civique") == HEDGED
    assert _on("I'm doing a kind of internship at a library.", "internship") == HEDGED


def test_a_status_near_its_twilight_is_about_to_end() -> None:
    assert _on("Ma mission tire à sa fin, je crois.", "mission") == ABOUT_TO_END
    assert _on("My traineeship is winding down.", "traineeship") == ABOUT_TO_END


def test_an_hourglass_after_a_status_says_it_runs() -> None:
    assert _on("Alternance ⏳ jusqu'en mai", "Alternance") == STILL_IN


def test_a_figure_in_another_clause_is_not_said_of_the_word() -> None:
    assert _on("Le stage continue, mais le mémoire, c'est plié.", "stage") is None


def test_a_text_without_figures_has_none() -> None:
    assert figures_in("Je suis en stage jusqu'en mars.") == ()


def test_a_count_of_years_no_life_holds_is_a_hyperbole() -> None:
    assert hears("Deux cents ans derrière un guichet, ça forge.", HYPERBOLE_LONG) is not None
    assert hears("It feels like a thousand years at that bank.", HYPERBOLE_LONG) is not None
    assert hears("Ça fait des lustres que j'ai mon CAP.", HYPERBOLE_LONG) is not None


def test_a_turn_in_a_working_life_is_read() -> None:
    assert hears("Après l'imprimerie, j'ai bifurqué vers le social.", TURN) is not None
    assert hears("Then I switched lanes into community work.", TURN) is not None


def test_a_minimiser_is_known_as_one() -> None:
    assert is_minimiser("petites") and is_minimiser("tiny")
    assert not is_minimiser("années")
