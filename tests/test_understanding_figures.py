"""The shared figure reader (intake/understanding/figures.py): the literal meaning a figure of speech stands
for, and what it is said of. My own phrasings, in French and English."""

from __future__ import annotations

from intake.understanding.figures import (
    ABOUT_TO_END,
    HEDGED,
    OBTAINED,
    OVER,
    STILL_IN,
    figure_on,
    figures_in,
    hears,
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
    assert _on("Mon volontariat tire à sa fin, je crois.", "volontariat") == ABOUT_TO_END
    assert _on("My traineeship is winding down.", "traineeship") == ABOUT_TO_END


def test_an_hourglass_after_a_status_says_it_runs() -> None:
    assert _on("Alternance ⏳ jusqu'en mai", "Alternance") == STILL_IN


def test_a_figure_in_another_clause_is_not_said_of_the_word() -> None:
    assert _on("Le stage continue, mais le mémoire, c'est plié.", "stage") is None


def test_a_text_without_figures_has_none() -> None:
    assert figures_in("Je suis en stage jusqu'en mars.") == ()
