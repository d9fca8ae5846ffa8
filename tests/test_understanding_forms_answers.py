"""The programme's questions answered one by one, tuned on at stop 54 (slice f-answers of the forms corpus):
a question copied alone on its line, with or without quotes, and the line under it its answer («→ …»,
«Réponse : …», «- …»); a checklist whose criteria and marks an arrow joins («Bac+2 → ✔ BTS»). The answer
means what its question asks; the question is the call's words, no claim of the writer's. Every message here
is our own invented phrasing, read through `propulse extract`'s path on 2026-11-26 (reading_day.TODAY)."""

from __future__ import annotations

from reading_day import kind, read, status

from intake.understanding.criteria_answers import criteria_answers, quoted_questions_put
from intake.understanding.lexicon import load_lexicon

_SENDER = ("Maëlle Ternier", "maelle.ternier@example.org")


def test_questions_copied_without_quote_marks_and_answered_under_an_arrow_are_an_application() -> None:
    body = (
        "Bonjour,\n\nQuelle formation avez-vous achevée en dernier ?\n"
        "→ BUT Carrières sociales, IUT de Tours\n\n"
        "Quand l'avez-vous obtenue ?\n→ juillet 2025\n\n"
        "Faites-vous un stage en ce moment ?\n→ non\n\n"
        "Quel emploi cherchez-vous ?\n→ animatrice dans un centre social associatif\n\n"
        "Maëlle Ternier\n06 18 27 36 45"
    )
    assert kind(body, "Inscription", _SENDER) == "application"
    result = read(body, from_name=_SENDER[0], from_addr=_SENDER[1], subject="Inscription")
    assert result["education"]["bac_plus"] == 3
    assert status(result, "not_internship") == "met"


def test_english_questions_in_quotes_answered_on_the_next_line_are_an_application() -> None:
    body = (
        "Hello,\n\n“What is the last degree you were awarded?”\nA BA in Social Work, Leeds.\n\n"
        "“When did you graduate?”\nIn September 2025.\n\n"
        "“Are you doing a civic service at the moment?”\nNo.\n\n"
        "Maëlle Ternier"
    )
    assert kind(body, "My answers", _SENDER) == "application"


def test_a_checklist_joining_each_criterion_to_its_mark_with_an_arrow_is_an_application() -> None:
    body = (
        "Bonjour,\n\nMes critères :\nBac+2 au moins → ✔ DUT Information-communication\n"
        "Diplômée il y a moins de deux ans → ✔ en juin 2026\n"
        "Emploi recherché dans l'ESS → ✔ chargée de communication dans une fédération d'associations\n\n"
        "Maëlle Ternier"
    )
    answered = criteria_answers(body, load_lexicon())
    assert [a.asked.strip() for a in answered][:2] == ["Bac+2 au moins", "Diplômée il y a moins de deux ans"]
    assert kind(body, "Pro'pulse", _SENDER) == "application"


def test_a_question_copied_alone_is_not_read_as_a_state_of_the_writer_whose_answer_denies_it() -> None:
    body = (
        "Bonjour,\n\nQuel est votre diplôme le plus élevé ?\n- Master Sciences de l'éducation (2025)\n\n"
        "Êtes-vous en ce moment en stage ou en service civique ?\n- Non concerné\n\n"
        "Maëlle Ternier"
    )
    result = read(body, from_name=_SENDER[0], from_addr=_SENDER[1], subject="Mes réponses")
    assert status(result, "not_internship") != "not_met"
    assert status(result, "not_service_civique") != "not_met"


def test_an_answer_labelled_as_an_answer_takes_the_meaning_of_its_quoted_question() -> None:
    text = "> Quel métier recherchez-vous ?\nRéponse : coordinatrice dans une coopérative d'habitants\n"
    own = "Réponse : coordinatrice dans une coopérative d'habitants\n"
    put = quoted_questions_put(text, own)
    assert put.startswith("Quel métier recherchez-vous : coordinatrice")


def test_a_single_question_of_the_writer_followed_by_a_sentence_is_no_questionnaire() -> None:
    body = "Bonjour,\n\nVotre programme accepte-t-il un diplôme de niveau bac+2 ?\nMerci de votre réponse.\n"
    assert criteria_answers(body, load_lexicon()) == []
    assert kind(body, "Renseignement", _SENDER) == "question"


def test_questions_asked_back_under_questions_are_not_answers() -> None:
    body = (
        "Bonjour,\n\nQuel est votre dernier diplôme ?\nFaut-il qu'il soit français ?\n\n"
        "Êtes-vous en stage ?\nEst-ce qu'une alternance compte comme un stage ?\n"
    )
    assert criteria_answers(body, load_lexicon()) == []
