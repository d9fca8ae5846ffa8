"""Seasons, the dates slice (stop 53): where the search is aimed when a sentence opens on the time spent
before it or says the search has run since then. A job held inside a time phrase put first («après un an de
contrat dans une banque, je voudrais…») is a time spent, its employer no aim's place; «depuis» before a
subject («et depuis je cherche, surtout dans des associations») is an adverb of time, the search it opens
aims at the places it names. Each mail is read on a stated day."""

from __future__ import annotations

from datetime import date
from typing import Any

from fixtures_docs import make_message
from reading_day import status

from intake.extract import extract_message

SPRING = date(2026, 4, 20)
AUTUMN = date(2026, 9, 14)


def _read(body: str, today: date) -> dict[str, Any]:
    return extract_message(make_message(body), today=today)


def test_an_employer_inside_the_time_spent_before_the_wish_is_no_aim_elsewhere() -> None:
    mail = (
        "Bonjour, j'ai un master de géographie obtenu en juin 2025. Après huit mois de contrat de chargée "
        "de veille dans un cabinet de conseil, je voudrais revenir à ce qui m'a fait choisir ces études : "
        "travailler pour une coopérative d'habitants. Margot Lenoir 06 12 34 56 78"
    )
    assert status(_read(mail, SPRING), "job_seeking_ess") == "met"


def test_an_employer_in_the_fronted_time_phrase_hung_on_the_wish_is_no_aim_elsewhere() -> None:
    mail = (
        "Bonjour, diplômé d'un BTS en juillet 2025. Après un an d'emploi dans une banque, je voudrais "
        "revenir vers ce qui m'anime : travailler dans une association de quartier. Théo Marin 06 12 34 56 78"
    )
    assert status(_read(mail, SPRING), "job_seeking_ess") == "met"


def test_the_employer_sought_after_the_time_phrase_still_aims_outside_the_ess() -> None:
    mail = (
        "Bonjour, j'ai une licence pro obtenue en juin 2025. Après mon alternance, je voudrais un contrat "
        "dans un cabinet de conseil. Lucas Morel 06 12 34 56 78"
    )
    assert status(_read(mail, SPRING), "job_seeking_ess") != "met"


def test_a_search_since_then_opening_its_sentence_aimed_at_cooperatives_is_an_ess_search() -> None:
    mail = (
        "Bonjour, j'ai eu ma licence pro en juin. Depuis je cherche, en priorité dans des coopératives "
        "agricoles. Inès Robert 06 12 34 56 78"
    )
    assert status(_read(mail, AUTUMN), "job_seeking_ess") == "met"


def test_a_search_since_then_after_and_aimed_at_associations_is_an_ess_search() -> None:
    mail = (
        "bonjour jai eu ma licence pro en juin et depuis je cherche, surtout dans les associations "
        "de solidarité internationale. Inès Robert 06 12 34 56 78"
    )
    assert status(_read(mail, AUTUMN), "job_seeking_ess") == "met"


def test_a_search_since_then_in_english_aimed_at_charities_is_an_ess_search() -> None:
    mail = (
        "Hello, I got my master's degree in June 2025 and since then I have been looking, mostly at "
        "charities working with refugees. Sam Perrin 06 12 34 56 78"
    )
    assert status(_read(mail, AUTUMN), "job_seeking_ess") == "met"


def test_years_spent_in_an_association_then_a_search_in_a_bank_is_still_aimed_outside() -> None:
    mail = (
        "Bonjour, j'ai un master obtenu en juin 2025. Depuis trois mois dans une association, je cherche "
        "maintenant un poste dans une banque. Léa Simon 06 12 34 56 78"
    )
    assert status(_read(mail, AUTUMN), "job_seeking_ess") != "met"
