"""A status's place in time read from its verb (clauses.time_of in situation_parse): an end dated further in
its clause, a narrative present under a past year, a futur antérieur, an imparfait at a past moment. Own
phrasings (the tenses corpus is never copied)."""

from __future__ import annotations

from reading_day import extracted, status

_REST = (
    "\n\nJ'ai obtenu mon BUT Carrières sociales en juin 2026. Je cherche un poste dans une association "
    "d'éducation populaire.\n\nMaëlle Guyot\n06 21 43 65 87"
)


def test_an_end_day_told_further_in_its_clause_closes_the_internship() -> None:
    result = extracted("Je termine mon stage au CCAS de Pantin le 6 novembre." + _REST)
    assert status(result, "not_internship") == "met"


def test_a_last_day_told_after_a_colon_closes_a_service_in_progress() -> None:
    body = (
        "Je suis en train d'achever mon service civique chez Unis-Cité : mon dernier jour est le 9 novembre."
    )
    assert status(extracted(body + _REST), "not_service_civique") == "met"


def test_a_service_told_in_the_present_under_a_past_year_is_over() -> None:
    body = "En 2024, j'effectue mon service civique à la Ligue de l'enseignement de Brest."
    assert status(extracted(body + _REST), "not_service_civique") == "met"


def test_a_service_ending_in_a_futur_anterieur_after_today_still_runs() -> None:
    body = "Je vous écris dès maintenant : j'aurai terminé mon service civique fin avril, à la MJC d'Angers."
    assert status(extracted(body + _REST), "not_service_civique") == "not_met"


def test_an_internship_ending_in_the_imparfait_leaves_it_open() -> None:
    body = "Le jour du forum des métiers, je terminais mon stage au centre social de Rezé."
    assert status(extracted(body + _REST), "not_internship") == "unknown"


def test_a_service_in_the_imparfait_set_against_a_past_event_leaves_it_open() -> None:
    body = "J'étais en service civique à la Croix-Rouge de Caen lorsque j'ai reçu les résultats de mon BUT."
    assert status(extracted(body + _REST), "not_service_civique") == "unknown"


def test_an_internship_just_begun_before_a_past_event_leaves_it_open() -> None:
    body = "Lorsque mes résultats sont tombés, je venais d'entamer un stage à la mission locale de Vannes."
    assert status(extracted(body + _REST), "not_internship") == "unknown"
