"""The programme's questions answered one by one, tuned on at stop 54 (slice f-answers of the forms corpus):
a question copied alone on its line, with or without quotes, and the line under it its answer («→ …»,
«Réponse : …», «- …»); a checklist whose criteria and marks an arrow joins («Bac+2 → ✔ BTS»). The answer
means what its question asks; the question is the call's words, no claim of the writer's. Every message here
is our own invented phrasing, read through `propulse extract`'s path on 2026-11-26 (reading_day.TODAY)."""

from __future__ import annotations

from reading_day import kind, read, status

from intake.understanding.criteria_answers import criteria_answers, numbered_answers_put, quoted_questions_put
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


def test_a_self_check_item_whose_mark_is_a_question_mark_leaves_the_career_change_to_ask() -> None:
    body = (
        "Bonjour,\n\nMes critères un à un :\n- Bac+2 minimum : ✔ DUT Techniques de commercialisation\n"
        "- Diplômé depuis moins de 2 ans : ✔ juillet 2025\n- Pas en stage : ✔\n"
        "- Pas en reconversion : ? j'ai été serveur quatre ans avant mon DUT, est-ce que ça compte\n"
        "- Emploi dans l'ESS : ✔ une coopérative de livraison à vélo\n\nMaëlle Ternier"
    )
    result = read(body, from_name=_SENDER[0], from_addr=_SENDER[1], subject="Candidature")
    assert status(result, "not_career_change") == "unknown"
    assert status(result, "not_internship") == "met"


def test_the_same_past_job_under_a_ticked_item_is_still_read_as_a_career_change() -> None:
    body = (
        "Bonjour,\n\nMes critères un à un :\n- Bac+2 minimum : ✔ DUT Techniques de commercialisation\n"
        "- Diplômé depuis moins de 2 ans : ✔ juillet 2025\n"
        "- Pas en reconversion : ✘ j'ai été serveur quatre ans avant mon DUT, je change de métier\n"
        "- Emploi dans l'ESS : ✔ une coopérative de livraison à vélo\n\nMaëlle Ternier"
    )
    result = read(body, from_name=_SENDER[0], from_addr=_SENDER[1], subject="Candidature")
    assert status(result, "not_career_change") == "not_met"


def test_a_cross_written_as_the_value_of_an_absence_says_the_situation_holds() -> None:
    body = (
        "Bonjour,\n\nMa grille :\nBac+2 : ✔ licence de chimie (2026)\nPas en service civique : ✘\n"
        "Emploi dans l'ESS : ✔ technicienne dans une recyclerie associative\n\nMaëlle Ternier"
    )
    result = read(body, from_name=_SENDER[0], from_addr=_SENDER[1], subject="Candidature")
    assert status(result, "not_service_civique") != "met"


def test_numbered_answers_give_a_bare_date_to_the_diploma_above_and_a_post_to_the_search() -> None:
    body = (
        "Bonjour,\n\n1) Licence pro Gestion des structures sanitaires et sociales\n2) septembre 2025\n"
        "3) sans emploi, pas de stage\n4) assistante de direction dans une mutuelle ou une fondation\n\n"
        "Maëlle Ternier\n06 18 27 36 45"
    )
    result = read(body, from_name=_SENDER[0], from_addr=_SENDER[1], subject="Mes réponses")
    assert result["education"]["graduation"] == "2025-09"
    assert status(result, "job_seeking_ess") == "met"
    assert result["eligibility"]["verdict"] == "eligible"


def test_english_numbered_answers_are_read_by_their_place_too() -> None:
    body = (
        "Hi,\n\n1. BA in Geography\n2. June 2026\n3. No internship, no civic service\n"
        "4. Project officer in a housing co-op\n\nMaëlle Ternier"
    )
    result = read(body, from_name=_SENDER[0], from_addr=_SENDER[1], subject="Answers")
    assert result["education"]["graduation"] == "2026-06"
    assert status(result, "job_seeking_ess") == "met"


def test_a_numbered_answer_telling_an_internship_in_an_association_is_no_post_sought() -> None:
    body = (
        "Bonjour,\n\n1) BTS Support à l'action managériale\n2) juin 2026\n"
        "3) en stage jusqu'au 18 décembre dans une recyclerie\n"
        "4) je ne sais pas encore\n\nMaëlle Ternier"
    )
    result = read(body, from_name=_SENDER[0], from_addr=_SENDER[1], subject="Mes réponses")
    assert status(result, "not_internship") == "not_met"
    assert status(result, "job_seeking_ess") != "met"


def test_a_year_numbered_after_something_else_than_a_diploma_is_not_its_date() -> None:
    body = (
        "Bonjour,\n\n1) sans emploi depuis l'été\n2) 2025\n3) Licence de psychologie\n"
        "4) pas de stage\n\nMaëlle Ternier"
    )
    put = numbered_answers_put(body, load_lexicon())
    assert "2) 2025" in put


def test_a_numbered_date_the_writer_comes_back_to_is_not_given_to_the_diploma_by_its_place() -> None:
    body = (
        "Bonjour,\n\n1) Licence de sociologie\n2) 2025\n3) sans emploi, pas de stage\n"
        "4) médiatrice dans une association de quartier\n\n"
        "Petite erreur pour le 2 : je l'ai eue en 2022, pas en 2025.\n\nMaëlle Ternier"
    )
    put = numbered_answers_put(body, load_lexicon())
    assert "2) 2025" in put
    assert "Licence de sociologie, 2025" not in put
