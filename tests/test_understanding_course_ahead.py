"""A course the writer may enter on a date still to come is not one she studies now (stop 50, the false
rejection of the updates corpus's first figure: a graduate weighing a second year of master «l'an prochain»
was refused as a student). My own phrasings, in French and in English, read through `propulse extract`'s path
(tests/reading_day.py)."""

from __future__ import annotations

from reading_day import extracted, status


def test_a_graduate_unsure_whether_she_goes_on_to_a_second_year_next_year_has_finished_her_studies() -> None:
    result = extracted(
        "Bonjour,\n\nJ'ai validé mon M1 de sociologie en juin 2026. Je ne sais pas encore si je continue en "
        "M2 l'an prochain. En attendant je cherche un emploi dans une association.\n\nInès Garnier"
    )
    assert status(result, "studies_finished") == "met"
    assert result["education"]["bac_plus"] == 4


def test_a_graduate_who_might_go_on_to_a_phd_next_year_is_not_a_student_now() -> None:
    result = extracted(
        "Hello,\n\nI completed my MA in urban studies in June 2026. I might go on to a PhD next year, but "
        "for now I am looking for a job in a non-profit.\n\nTom Becker"
    )
    assert status(result, "studies_finished") == "met"


def test_a_second_year_of_master_to_resume_next_september_is_not_studied_now() -> None:
    result = extracted(
        "Bonjour,\n\nTitulaire d'une licence d'histoire (juin 2025), je reprends peut-être un master en "
        "septembre 2027. Je cherche un emploi dans une coopérative.\n\nAdèle Roux"
    )
    assert status(result, "studies_finished") == "met"


def test_her_own_master_finished_next_year_is_still_studied_now() -> None:
    # Guard: a verb of completing dates the end of a course she is in.
    result = extracted(
        "Bonjour,\n\nJ'ai une licence de droit de 2025 et je finis mon master l'an prochain. Je cherche un "
        "emploi dans une association.\n\nLouis Perrin"
    )
    assert status(result, "studies_finished") == "not_met"


def test_her_own_master_continued_next_year_is_still_studied_now() -> None:
    # Guard: «mon master» is a course she is in; going on with it is no entry.
    result = extracted(
        "Bonjour,\n\nJ'ai une licence de droit de 2025 et je continue mon master l'an prochain. Je cherche "
        "un emploi dans une association.\n\nLouis Perrin"
    )
    assert status(result, "studies_finished") == "not_met"


def test_a_course_that_runs_until_a_date_to_come_is_studied_now() -> None:
    # Guard: "until" bounds the course's end, it does not place its start.
    result = extracted(
        "Hello,\n\nI got my BA in June 2025 and I am now on an MSc that runs until June 2027. I am "
        "looking for a job in a charity.\n\nNina Brooks"
    )
    assert status(result, "studies_finished") == "not_met"


def test_a_studying_phrase_naming_a_course_to_begin_next_september_is_no_study_now() -> None:
    result = extracted(
        "Bonjour,\n\nJ'ai une licence de géographie (2025). Je commence un master en septembre 2027 ; "
        "d'ici là je cherche un emploi dans une association.\n\nMarius Bertin"
    )
    assert status(result, "studies_finished") == "met"


def test_an_english_course_to_start_next_autumn_is_no_study_now() -> None:
    result = extracted(
        "Hello,\n\nI graduated with a BA in 2025. I am starting a master's in September 2027; until then I "
        "am looking for a job in a non-profit.\n\nIris Clark"
    )
    assert status(result, "studies_finished") == "met"
