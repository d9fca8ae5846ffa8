"""A label's, a question's or a checklist mark's answer read with its polarity (stop 28, answers corpus): the
answer is the value of the criterion its label names, the label's own negation folded in («pas de
reconversion» ticked says none); several fields told on one line are read one by one; a question and the
answer told after it are one label and its answer («… ? — Non.»); an answer a careful coordinator could not
read — both offered, a doubt, a question mark, a yes on a negative question — leaves the criterion open,
never refused. Phrasings of our own, French and English, read through `propulse extract`'s path."""

from __future__ import annotations

import pytest
from reading_day import read, status

from intake.understanding.forms import Answer, label_answer

DIPLOMA = "BUT carrières sociales obtenu en juin 2026."
AIM = "Je cherche un poste d'animateur dans une association."
EN_DIPLOMA = "I was awarded my BA in Geography in June 2026."
EN_AIM = "I am looking for a job in a housing cooperative."


ANSWERS = [
    pytest.param(
        f"{DIPLOMA}\nPour vos critères : stage : achevé en mai ; reconversion : non, je sors de la fac."
        f"\n{AIM}",
        {"not_career_change": "met", "not_internship": "met"},
        id="several_fields_on_one_line_are_each_answered_no",
    ),
    pytest.param(
        f"{DIPLOMA}\n☑ Aucun stage, aucun service civique, aucune reconversion\n{AIM}",
        {"not_career_change": "met"},
        id="a_ticked_line_denying_a_career_change_is_no_career_change",
    ),
    pytest.param(
        f"{EN_DIPLOMA}\nCareer change: difficult to say, I drove a taxi for a while before uni.\n{EN_AIM}",
        {"not_career_change": "unknown"},
        id="a_career_change_label_answered_with_a_doubt_is_left_open",
    ),
    pytest.param(
        f"{DIPLOMA}\nService civique ou stage actuel : oui / non\n{AIM}",
        {"not_internship": "unknown", "not_service_civique": "unknown"},
        id="a_field_offering_both_yes_and_no_is_left_open",
    ),
    pytest.param(
        f"{DIPLOMA}\nVous n'êtes pas en reconversion ?\nOui.\n{AIM}",
        {"not_career_change": "unknown"},
        id="a_yes_to_a_negative_question_is_left_open",
    ),
    pytest.param(
        f"{DIPLOMA}\nVous n'êtes pas en service civique ?\nSi, jusqu'en avril 2027.\n{AIM}",
        {"not_service_civique": "unknown"},
        id="a_si_to_a_negative_question_is_not_read_as_a_denial",
    ),
    pytest.param(
        f"{DIPLOMA}\n[?] pas de stage en cours\n{AIM}",
        {"not_internship": "unknown"},
        id="a_question_mark_before_a_criterion_leaves_it_open",
    ),
    pytest.param(
        f"{DIPLOMA}\n[x] pas en reconversion ? j'ai été magasinier deux étés, je me demande si ça compte"
        f"\n{AIM}",
        {"not_career_change": "unknown"},
        id="a_ticked_criterion_the_writer_asks_about_is_left_open",
    ),
]


@pytest.mark.parametrize(("body", "expected"), ANSWERS)
def test_a_label_answer_is_read_with_its_polarity(body: str, expected: dict[str, str]) -> None:
    result = read(body)
    assert {criterion: status(result, criterion) for criterion in expected} == expected


LABELS = [
    ("☑ pas de reconversion", "reconversion", Answer.NO),
    ("☐ stage terminé", "stage", Answer.NO),
    ("❌ not on an internship", "internship", Answer.YES),
    ("(?) no career change", "career", Answer.OPEN),
    ("You are not doing a service civique? No.", "service", Answer.NO),
    ("You are not doing a service civique? Yes.", "service", Answer.OPEN),
    ("Êtes-vous en stage ? Oui.", "stage", Answer.YES),
    ("Pas de reconversion : non", "reconversion", Answer.OPEN),
    ("Aucune reconversion : oui", "reconversion", Answer.NO),
    ("Internship: not sure, it depends on the school", "Internship", Answer.OPEN),
]


@pytest.mark.parametrize(("unit", "word", "expected"), LABELS)
def test_a_mark_a_question_or_a_field_answers_what_its_label_names(
    unit: str, word: str, expected: Answer
) -> None:
    assert label_answer(unit, unit.index(word)) == expected


def test_a_line_of_several_marks_is_a_legend_not_an_answer() -> None:
    unit = "✘ sans reconversion ✘ sans stage ✘ sans volontariat"
    assert label_answer(unit, unit.index("reconversion")) is None


def test_a_yes_to_ones_own_question_with_an_end_ahead_is_held_now() -> None:
    result = read(f"{DIPLOMA}\nSuis-je encore en stage ? Oui, jusqu'en mai, dans une ressourcerie.\n{AIM}")
    assert status(result, "not_internship") == "not_met"


def test_a_value_that_tells_something_else_is_no_answer() -> None:
    unit = "Stage en cours : à la régie de quartier de Lille"
    assert label_answer(unit, 0) is None


TABLE_ROWS = [
    ("| Reconversion en cours | non |", "Reconversion", Answer.NO),
    ("Internship right now\tyes", "Internship", Answer.YES),
    ("| Stage / volontariat / changement de métier | non / non / non |", "changement", Answer.NO),
    ("Internship / career change: no / no", "career", Answer.NO),
    ("Volontariat / stage : non / oui", "stage", Answer.OPEN),
]


@pytest.mark.parametrize(("unit", "word", "expected"), TABLE_ROWS, ids=[u for u, _, _ in TABLE_ROWS])
def test_a_table_row_or_a_list_of_labels_answered_alike_answers_each_label(
    unit: str, word: str, expected: Answer
) -> None:
    assert label_answer(unit, unit.index(word)) == expected
