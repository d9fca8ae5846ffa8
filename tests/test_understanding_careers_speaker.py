"""Whose years at a firm a clause tells (careers._years_at_a_firm, mend of stop 46): the writer's when the
clause is theirs, the elided «j'» included («j'ai tourné la page après neuf ans dans une banque»), someone
else's when the clause only names the writer's boss or uncle by a possessive. Phrasings of our own."""

from __future__ import annotations

from datetime import date

from intake.understanding.careers import ANOTHER_CAREER, years_in_a_job

_TODAY = date(2026, 11, 26)


def test_years_at_a_bank_told_after_an_elided_je_are_the_writer_s_career() -> None:
    unit = "J'ai tourné la page après neuf ans dans une banque, puis repris une licence pro en 2025."
    assert years_in_a_job(unit, _TODAY) == ANOTHER_CAREER


def test_years_at_a_firm_told_in_a_clause_opened_by_j_en_ai_are_the_writer_s_career() -> None:
    unit = "J'en suis sortie épuisée après onze ans dans un cabinet d'audit."
    assert years_in_a_job(unit, _TODAY) == ANOTHER_CAREER


def test_years_at_a_bank_told_of_the_writer_s_uncle_are_no_career_of_the_writer() -> None:
    unit = "Mon oncle est parti à la retraite après vingt ans dans une banque."
    assert years_in_a_job(unit, _TODAY) is None


def test_years_at_a_bank_told_of_my_manager_in_english_are_no_career_of_the_writer() -> None:
    unit = "My manager retired after twenty years at a bank."
    assert years_in_a_job(unit, _TODAY) is None


def test_years_at_a_bank_the_writer_left_in_english_are_their_career() -> None:
    unit = "I turned the page after nine years at a bank and took a degree in 2025."
    assert years_in_a_job(unit, _TODAY) == ANOTHER_CAREER
