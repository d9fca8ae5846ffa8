"""Links (stop 32): a diploma or a running thing named in one sentence, its date in another, joined by a
pronoun, a demonstrative or a defining noun; links.py makes the linked sentence name its thing again, so
the date readers read it. In French and in English, in phrasings of our own."""

from __future__ import annotations

from datetime import date

import pytest
from reading_day import extracted

from intake.understanding.lexicon import load_lexicon
from intake.understanding.links import with_links_resolved

TODAY = date(2026, 11, 20)
AIM = " Je cherche un poste dans une association d'éducation populaire."
EN_AIM = " I am looking for a job in a community charity."


def _criterion(body: str, criterion: str) -> str:
    criteria = extracted(body)["eligibility"]["criteria"]
    return str(next(c for c in criteria if c["id"] == criterion)["status"])


LINKED_DATES = [
    pytest.param(
        "Je suis titulaire d'un master de géographie. Je l'ai obtenu en septembre 2025." + AIM,
        2025,
        id="a_masculine_pronoun_object_takes_the_master_named_before",
    ),
    pytest.param(
        "Mon frère a un BTS. Moi, j'ai une licence d'histoire ; je l'ai validée en juin 2026." + AIM,
        2026,
        id="a_feminine_participle_takes_my_own_licence_not_my_brothers_bts",
    ),
    pytest.param(
        "Je l'ai décroché l'été dernier, mon DEUST animation, en juillet 2026." + AIM,
        2026,
        id="a_right_dislocated_diploma_is_the_pronouns_thing",
    ),
    pytest.param(
        "J'ai suivi un master d'économie sociale à Lille. Ce diplôme m'a été délivré en octobre 2025." + AIM,
        2025,
        id="a_demonstrative_generic_noun_takes_the_one_diploma_named_before",
    ),
    pytest.param(
        "I hold a Master's in Urban Studies from Leeds. I completed it in March 2026." + EN_AIM,
        2026,
        id="an_english_it_after_completed_takes_the_masters_named_before",
    ),
]


@pytest.mark.parametrize(("body", "year"), LINKED_DATES)
def test_a_diploma_dated_through_a_link_gets_its_date(body: str, year: int) -> None:
    graduation = extracted(body)["education"]["graduation"]
    assert graduation is not None and str(graduation).startswith(str(year))


def test_two_diplomas_that_agree_alike_leave_the_pronoun_unresolved() -> None:
    text = "J'ai un DUT GEA puis un master RH. Je l'ai eu en 2022."
    assert with_links_resolved(text, load_lexicon()) == text


def test_two_diplomas_that_agree_alike_leave_the_graduation_open() -> None:
    body = "J'ai un DUT GEA puis un master RH. Je l'ai eu en 2022." + AIM
    assert _criterion(body, "graduation_recent") == "unknown"


def test_the_latter_in_french_takes_the_last_diploma_named() -> None:
    text = "J'ai fait un BTS puis une licence pro. Cette dernière, je l'ai eue en 2025."
    assert "licence pro en 2025" in with_links_resolved(text, load_lexicon())


def test_a_linked_sentence_quotes_the_writers_own_words_of_both_ends() -> None:
    body = "Je suis titulaire d'un master de géographie. Je l'ai obtenu en septembre 2025." + AIM
    evidence = extracted(body)["situation"]["evidence"]["education"]["text"]
    assert "master de géographie" in evidence and "septembre 2025" in evidence


PART_AND_ANSWER_DATES = [
    pytest.param(
        "J'ai préparé un master de droit social à Nancy. La soutenance a eu lieu le 9 octobre 2025." + AIM,
        2025,
        id="a_defence_dated_after_a_master_dates_the_master",
    ),
    pytest.param(
        "I studied for an MA in Social Policy in York. The viva took place in February 2026." + EN_AIM,
        2026,
        id="an_english_viva_dated_after_a_degree_dates_the_degree",
    ),
    pytest.param(
        "Mon diplôme ? Un BTS Économie sociale familiale. Obtenu quand ? En juin 2025." + AIM,
        2025,
        id="a_question_of_time_answered_dates_the_diploma_named_before_it",
    ),
    pytest.param(
        "My qualification? A BTS in tourism. When? In September 2025." + EN_AIM,
        2025,
        id="an_english_when_answered_dates_the_diploma_named_before_it",
    ),
    pytest.param(
        "My sister holds an MSc in Physics, while I hold a BA in Sociology. I obtained mine in June 2025; "
        "she obtained hers long ago." + EN_AIM,
        2025,
        id="mine_takes_the_writers_own_diploma_not_the_cousins",
    ),
]


@pytest.mark.parametrize(("body", "year"), PART_AND_ANSWER_DATES)
def test_a_part_or_an_answer_dates_the_diploma_it_belongs_to(body: str, year: int) -> None:
    graduation = extracted(body)["education"]["graduation"]
    assert graduation is not None and str(graduation).startswith(str(year))


def test_a_jury_still_to_sit_dates_no_diploma() -> None:
    text = "J'ai suivi un master de droit social. Le jury se réunira le 3 février 2027."
    assert with_links_resolved(text, load_lexicon()) == text


RUNNING_LINKS = [
    pytest.param(
        "J'ai décroché un stage à la ressourcerie de Lorient. Il dure jusqu'au 30 avril.",
        "Mon stage à la ressourcerie de Lorient dure jusqu'au 30 avril.",
        id="a_masculine_subject_of_a_running_verb_says_my_stage_again",
    ),
    pytest.param(
        "Je suis volontaire en service civique à la Ligue. Mon contrat d'engagement prend fin en mai.",
        "Mon service civique à la Ligue prend fin en mai.",
        id="a_contract_of_engagement_is_the_civic_services_end",
    ),
    pytest.param(
        "Elle n'est pas encore terminée, ma mission à la banque alimentaire, mais je postule.",
        "Ma mission à la banque alimentaire n'est pas encore terminée, mais je postule.",
        id="a_cataphoric_subject_takes_the_thing_set_off_after_it",
    ),
    pytest.param(
        "I started an internship with a housing charity. It ends in March.",
        "My internship with a housing charity ends in March.",
        id="an_english_it_ends_takes_the_writers_internship",
    ),
]


@pytest.mark.parametrize(("text", "expected"), RUNNING_LINKS)
def test_a_running_thing_taken_up_is_said_again_with_the_writers_possessive(text: str, expected: str) -> None:
    assert expected in with_links_resolved(text, load_lexicon())


def test_two_stages_said_of_each_of_two_people_leave_the_pronoun_unresolved() -> None:
    text = "Mon voisin et moi avons trouvé chacun un stage. Il se termine en juin."
    assert with_links_resolved(text, load_lexicon()) == text


PLACE_LINKS = [
    pytest.param(
        "J'hésite entre une coopérative funéraire et une banque privée ; la première me correspond mieux.",
        "une coopérative funéraire me correspond mieux",
        id="la_premiere_takes_the_first_of_two_places_named_together",
    ),
    pytest.param(
        "On me propose deux postes : l'un dans une mutuelle, l'autre dans un cabinet de conseil. C'est vers "
        "ce dernier que je penche.",
        "vers un cabinet de conseil que je penche",
        id="ce_dernier_takes_the_last_place_named",
    ),
    pytest.param(
        "Since May I have helped at a community cooperative in Leeds. That is the kind of place I want to "
        "join.",
        "A community cooperative in Leeds is the kind of place",
        id="an_english_that_kind_of_place_takes_the_place_named_before",
    ),
    pytest.param(
        "L'hôtellerie, j'y ai travaillé six ans avant ma reprise d'études.",
        "J'ai travaillé six ans dans l'hôtellerie avant ma reprise d'études.",
        id="a_trade_dislocated_and_taken_up_by_y_is_said_in_its_place",
    ),
]


@pytest.mark.parametrize(("text", "expected"), PLACE_LINKS)
def test_a_place_taken_up_by_a_link_is_said_again(text: str, expected: str) -> None:
    assert expected in with_links_resolved(text, load_lexicon())
