"""The attitudes corpus, stop 39 (h-fra): a teacher writing for a former student sets her own years of
teaching apart from his life («j'enseigne depuis vingt ans et j'écris pour une ancienne élève», "I have
taught for twelve years and I am writing on behalf of a former student"); a situation put in scare quotes
(«j'adore mon « stage »», "loving my 'internship'") is still the writer's, held now; a wish given as a
field («Mon rêve : …», "My wish: …") names the aim; a wish stressed by an adverb ("I only want", "what I
genuinely want") is the writer's own, not another's."""

from __future__ import annotations

from reading_day import extracted, status


def test_a_teachers_own_years_beside_the_former_pupil_she_writes_for_are_no_career_change() -> None:
    result = extracted(
        "Bonjour,\n\nJ'enseigne au lycée Jean-Moulin depuis vingt ans, et j'écris aujourd'hui pour une "
        "ancienne élève. Léa Girard a obtenu son BTS ESF en juin 2025 avec mention.\n\nElle cherche un poste "
        "de conseillère dans une association d'aide aux familles : lea.girard@example.org.\n\nAnne Morel"
    )
    assert status(result, "not_career_change") == "met"
    assert status(result, "degree_level") == "met"


def test_a_lecturers_own_years_beside_the_student_written_for_are_no_career_change() -> None:
    result = extracted(
        "Hello,\n\nI have taught at the college for twelve years, and I am writing on behalf of a former "
        "student. Sam Reid completed his BTS in social work in June 2025.\n\nHe is looking for a job in a "
        "charity: sam.reid@example.org.\n\nAnne Morel",
        subject="Recommendation",
    )
    assert status(result, "not_career_change") == "met"


def test_the_course_a_teacher_gives_is_not_her_own_diploma_beside_the_student_she_writes_for() -> None:
    result = extracted(
        "Bonjour,\n\nJe donne des cours en licence depuis douze ans et j'écris pour une ancienne "
        "étudiante. Zoé Marchal a obtenu sa licence de géographie en juin 2026.\n\nElle cherche un emploi "
        "dans une coopérative : zoe.marchal@example.org.\n\nAnne Morel"
    )
    assert status(result, "degree_level") == "met"


def test_an_internship_in_guillemets_loved_now_is_held() -> None:
    result = extracted(
        "Bonjour,\n\nFranchement j'adore mon « stage » dans une banque.\n\nJ'ai fini ma licence de "
        "sociologie en juin 2026 et je veux travailler dans une association.\n\nInès Martin"
    )
    assert status(result, "not_internship") == "not_met"


def test_an_internship_in_scare_quotes_loved_for_two_more_months_is_held() -> None:
    result = extracted(
        "Hello,\n\nReally loving my 'internship' at a bank, just two more months of it.\n\nI got my BA in "
        "sociology in June 2026 and I want to work for a charity.\n\nInes Martin",
        subject="Application",
    )
    assert status(result, "not_internship") == "not_met"


def test_a_dream_given_as_a_field_names_the_aim() -> None:
    result = extracted(
        "Bonjour !\n\nJ'ai mon BTS SP3S depuis juin 2026 et je suis hyper motivée.\n\nMon rêve : être "
        "coordinatrice dans une épicerie solidaire.\n\nLina Benali"
    )
    assert status(result, "job_seeking_ess") == "met"


def test_a_wish_given_as_a_field_names_the_aim() -> None:
    result = extracted(
        "Hello,\n\nI got my HND in business in June 2025.\n\nMy wish: a post in a housing co-op.\n\nLina "
        "Benali",
        subject="Application",
    )
    assert status(result, "job_seeking_ess") == "met"


def test_a_wish_stressed_by_only_is_still_the_writers_own() -> None:
    result = extracted(
        "Hello,\n\nI got my HND in business in June 2025. Frankly I only want to work for a tenants' "
        "association or a co-op now.\n\nLina Benali",
        subject="Application",
    )
    assert status(result, "job_seeking_ess") == "met"


def test_what_the_writer_actually_wants_is_the_writers_own_aim() -> None:
    result = extracted(
        "Hello,\n\nI got my HND in business in June 2025. What I genuinely want is a job in a fair trade "
        "cooperative.\n\nLina Benali",
        subject="Application",
    )
    assert status(result, "job_seeking_ess") == "met"
