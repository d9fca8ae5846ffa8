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


def test_a_mission_wished_longer_is_held_now_under_an_unsaid_scheme() -> None:
    body = "Je voudrais que mon volontariat chez Emmaüs se prolonge encore un peu."
    assert status(extracted(body + _REST), "not_service_civique") == "unknown"


def test_an_internship_line_near_its_end_with_no_date_leaves_it_open() -> None:
    body = "BUT Carrières sociales : validé en juin 2026.\nStage au CCAS de Lorient : en fin de parcours."
    assert status(extracted(body + _REST), "not_internship") == "unknown"


def test_an_english_internship_in_the_past_progressive_at_a_past_moment_leaves_it_open() -> None:
    body = (
        "I got my BA in Sociology in July 2026. I was interning at a housing charity while I was preparing "
        "my final exams.\n\nI'd like a job in a non-profit.\n\nNoah Bright\n07 11 22 33 44"
    )
    assert status(extracted(body), "not_internship") == "unknown"


def test_a_cv_like_line_closed_by_its_status_in_progress_holds_the_service_now() -> None:
    body = "Parcours :\nService civique, Ligue de l'enseignement Quimper — en cours\n"
    assert status(extracted(body + _REST), "not_service_civique") == "not_met"
