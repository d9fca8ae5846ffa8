"""Situation, career and aim classes found on the noise corpus (stop 25): sentences whose end no stop before a
capital shows (a dictated «point», an emoji in place of a stop, a writer who never writes a capital, a note
opening on a date), a note's verbless line read like a CV's («Stage en cours : …»), a word the autocorrect
changed and the writer put right in a bracket, a career told in abbreviations («12 a. en CDI, reconv.»), a
start told by its distance from today («lundi dernier»), a contract still held said without a verb. Each
stated in phrasings of its own, in French and in English where the class exists in both, and read through
`propulse extract`'s path."""

from __future__ import annotations

import pytest
from reading_day import read, status

from intake.understanding.facts import split_sentences

UNPUNCTUATED = [
    pytest.param(
        "bonjour je m'appelle Théo j'ai une licence de géographie obtenue en juin deux"
        " mille vingt-six point je\n"
        "fais un service civique dans une ressourcerie jusqu'en mai point à la ligne ensuite j'aimerais\n"
        "travailler dans une coopérative point merci",
        "not_service_civique",
        "not_met",
        id="a_dictated_point_ends_the_sentence_telling_a_civic_service_held_now",
    ),
    pytest.param(
        "hello my name is Ruth I got my BA in history in June twenty twenty-six comma my internship at a\n"
        "museum ends in March full stop after that I would like to work for a charity full stop thanks",
        "not_internship",
        "not_met",
        id="a_dictated_full_stop_ends_the_sentence_telling_an_internship_held_now",
    ),
    pytest.param(
        "hi, ma in history done june 2026, at the moment i'm doing an internship at a"
        " museum until april. want\n"
        "a job in a charity after. is that ok?\nruth",
        "not_internship",
        "not_met",
        id="a_writer_without_capitals_ends_a_sentence_at_a_stop_before_a_lower_case_word",
    ),
    pytest.param(
        "Hello!!\n\nI finished my MSc in June 2025!!! 🥳🥳 (Urban Planning) and I'm looking for work in a\n"
        "charity or a co-op 🏠🏠 Can you help??\n\nRuth",
        "job_seeking_ess",
        "met",
        id="an_emoji_written_in_place_of_a_stop_ends_the_sentence_before_a_capital",
    ),
]


@pytest.mark.parametrize(("body", "criterion", "expected"), UNPUNCTUATED)
def test_a_sentence_end_no_stop_before_a_capital_shows_keeps_each_fact_in_its_own_sentence(
    body: str, criterion: str, expected: str
) -> None:
    assert status(read(body), criterion) == expected


def test_a_dictated_point_inside_an_address_said_aloud_ends_no_sentence() -> None:
    said = "son adresse c'est lou point martin arobase example point org point à la ligne merci"
    assert split_sentences(said) == ["son adresse c'est lou point martin arobase example point org.", "merci"]


def test_a_dictated_text_is_split_where_its_marks_were_said_and_read_with_them_written() -> None:
    said = "j'ai un master point à la ligne je cherche un emploi virgule dans une association point"
    assert split_sentences(said) == ["j'ai un master.", "je cherche un emploi, dans une association."]


NOTES = [
    pytest.param(
        "Bonjour, mon parcours :\n\n▪ Licence pro obtenue en juin 2026\n▪ Stage en cours : centre social des"
        " Lilas, jusqu'au 30 avril 2027\n▪ Objectif : emploi dans une association\n\nInès",
        "not_internship",
        "not_met",
        id="a_bullet_naming_an_internship_in_progress_is_an_internship_held_now",
    ),
    pytest.param(
        "Bonjour,\nBTS obtenu en juin 2025. Actuellement : service civique d'octobre 2026 à mai 2027, banque"
        " alimentaire.\nObjectif : emploi dans l'ESS.\nInès",
        "not_service_civique",
        "not_met",
        id="a_note_opening_on_now_with_a_period_holding_today_is_a_civic_service_held_now",
    ),
    pytest.param(
        "Bonjour,\n\n- Master 2 obtenu en septembre 2025\n- Mission en cours dans une"
        " maison de quartier (jusqu'à"
        " février)\n- Objectif : emploi dans l'ESS\n\nInès",
        "not_service_civique",
        "unknown",
        id="a_bullet_naming_a_mission_in_progress_of_unsaid_kind_is_asked_about",
    ),
]


@pytest.mark.parametrize(("body", "criterion", "expected"), NOTES)
def test_a_note_s_verbless_line_is_read_like_a_cv_line(body: str, criterion: str, expected: str) -> None:
    assert status(read(body), criterion) == expected


def test_a_word_the_autocorrect_changed_and_the_writer_put_right_in_a_bracket_is_read_as_meant() -> None:
    body = (
        "Bonjour,\nLicence de droit obtenue en juin 2026. Je fais un service clinique"
        " (civique, pardon) dans une"
        " épicerie solidaire jusqu'en mai, puis je voudrais travailler dans une association.\nInès"
    )
    assert status(read(body), "not_service_civique") == "not_met"


CAREERS = [
    pytest.param(
        "Bonjour,\nex-infirmière 12 a. en CDI, reconv. : licence pro obtenue 06/2026."
        " Rech. emploi ds une asso.\nInès",
        id="a_career_in_abbreviations_is_a_career_change",
    ),
    pytest.param(
        "Bonjour,\n\n2009–2021 : CDI de cariste. 06/2026 : licence pro Métiers de l'ESS."
        " Je veux travailler dans"
        " une coopérative.\n\nInès",
        id="a_period_of_a_contract_before_a_note_opening_on_a_date_is_a_career_change",
    ),
]


@pytest.mark.parametrize("body", CAREERS)
def test_years_in_a_job_told_in_a_note_are_a_career_change(body: str) -> None:
    assert status(read(body), "not_career_change") == "not_met"


STARTS = [
    pytest.param(
        "Bonjour,\nLicence obtenue en juin 2026. J'ai commencé mon service civique lundi dernier dans une"
        " association de quartier, je voulais savoir si je peux candidater.\nInès",
        id="a_civic_service_begun_last_monday_is_held_now",
    ),
    pytest.param(
        "Bonjour,\nLicence obtenue en juin 2026. J'ai débuté un service civique il y a"
        " trois semaines, pour six"
        " mois, et je cherche déjà un emploi dans l'ESS.\nInès",
        id="a_civic_service_begun_three_weeks_ago_for_six_months_is_held_now",
    ),
]


@pytest.mark.parametrize("body", STARTS)
def test_a_start_told_by_its_distance_from_today_dates_a_situation_held_now(body: str) -> None:
    assert status(read(body), "not_service_civique") == "not_met"


def test_a_contract_still_held_said_without_a_verb_leaves_the_career_asked() -> None:
    body = (
        "Bonjour,\nBTS obtenu en juin 2026 et toujours en CDI chez un traiteur (depuis le lycée). Je veux un"
        " emploi dans une association.\nInès"
    )
    assert status(read(body), "not_career_change") == "unknown"


def test_a_search_aimed_at_the_tech_industry_named_as_a_noun_is_aimed_outside_the_ess() -> None:
    body = (
        "Bonjour,\nMaster d'informatique obtenu en juin 2025, je cherche un CDI dans la tech, si possible à"
        " Lyon.\nInès"
    )
    assert status(read(body), "job_seeking_ess") == "not_met"
