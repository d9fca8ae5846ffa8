"""Long life stories and digressive mails (the lengths corpus's long forms): whose present a sentence tells —
another person's state said of them («mon grand frère, en pleine reconversion, …», «mon frère en
reconversion») is theirs, though the writer's possessive names them — and which of the writer's steps the
story has moved past."""

from __future__ import annotations

from reading_day import extracted, status

_OWN = " Moi, j'ai obtenu ma licence de géographie en juin 2026 et je cherche un emploi dans une association."
_OWN_EN = " As for me, I completed my BA in geography in June 2026 and I am looking for a job with a charity."


def _told(sentence: str, *, english: bool = False) -> dict[str, object]:
    if english:
        return extracted(f"Hello,\n\n{sentence}{_OWN_EN}\n\nJeanne Morel", subject="Application")
    return extracted(f"Bonjour,\n\n{sentence}{_OWN}\n\nJeanne Morel")


def test_an_elder_brother_set_apart_in_mid_career_change_is_not_the_writer_changing_career() -> None:
    result = _told("Mon grand frère, en pleine reconversion, m'a conseillé de vous écrire.")
    assert status(result, "not_career_change") == "met"


def test_a_brother_in_retraining_who_told_of_the_programme_is_not_the_writer_retraining() -> None:
    result = _told("Mon frère en reconversion m'a parlé de vous.")
    assert status(result, "not_career_change") == "met"


def test_an_english_brother_set_apart_in_a_career_change_is_not_the_writer_changing_career() -> None:
    result = _told("My brother, in the middle of a career change, told me about you.", english=True)
    assert status(result, "not_career_change") == "met"


def test_an_english_boyfriend_for_his_part_changing_career_is_not_the_writer_changing_career() -> None:
    result = _told("My boyfriend, for his part, is in the middle of a career change.", english=True)
    assert status(result, "not_career_change") == "met"


def test_the_writer_taking_the_word_after_her_brother_is_the_one_changing_career() -> None:
    result = extracted(
        "Bonjour,\n\nMon frère, lui, a fait un master ; moi je suis en pleine reconversion après huit ans de "
        "comptabilité en cabinet, avec une licence de géographie obtenue en juin 2026. Je cherche un emploi "
        "dans une association.\n\nJeanne Morel"
    )
    assert status(result, "not_career_change") != "met"


def test_the_writer_in_the_middle_of_her_own_career_change_is_still_changing_career() -> None:
    result = extracted(
        "Bonjour,\n\nMoi, en pleine reconversion après huit ans de comptabilité en cabinet, j'ai obtenu une "
        "licence de géographie en juin 2026 et je cherche un emploi dans une association.\n\nJeanne Morel"
    )
    assert status(result, "not_career_change") != "met"


def test_a_course_enrolled_in_then_left_in_the_next_sentence_is_no_studies_going_on() -> None:
    result = extracted(
        "Bonjour,\n\nAprès le bac, je me suis inscrit en BTS commerce international parce que j'aimais les "
        "langues. Au bout de huit mois, j'ai tout arrêté. Ensuite j'ai repris une licence d'histoire, "
        "obtenue en juin 2025, et je cherche un emploi dans une coopérative.\n\nYanis Ferrand"
    )
    assert status(result, "studies_finished") == "met"


def test_a_course_enrolled_in_then_a_student_job_left_is_still_studies_going_on() -> None:
    result = extracted(
        "Bonjour,\n\nJ'ai une licence d'histoire obtenue en juin 2025. En septembre je me suis inscrit en "
        "master d'histoire. J'ai arrêté mon job étudiant pour m'y consacrer. Je cherche une alternance dans "
        "une coopérative.\n\nYanis Ferrand"
    )
    assert status(result, "studies_finished") != "met"


def test_a_thesis_defended_dates_the_writers_master_not_a_classmates_diploma() -> None:
    result = extracted(
        "Bonjour,\n\nJ'ai une licence de sociologie obtenue en 2021. Le master s'est passé au-delà de mes "
        "espérances. Dans ma promo, on croisait un ingénieur agronome et des étudiants tout juste sortis de "
        "licence. J'ai soutenu mon mémoire mi-septembre et le diplôme a été délivré fin septembre 2026. Je "
        "cherche un emploi dans une ressourcerie.\n\nAurore Vidal"
    )
    assert result["education"]["graduation"] == "2026-09"
    assert "master" in result["education"]["diploma"].lower()
    assert status(result, "graduation_recent") == "met"


def test_years_of_warehouse_jobs_strung_before_a_degree_leave_the_career_change_asked() -> None:
    result = extracted(
        "Bonjour,\n\nJ'ai eu mon bac en 2017. Ensuite j'ai enchaîné pendant quelques années des boulots de "
        "manutentionnaire et de cariste. J'ai repris une licence de géographie, obtenue en juin 2026. "
        "Je cherche un emploi dans une association.\n\nSamir Haddad"
    )
    assert status(result, "not_career_change") == "unknown"


def test_a_brothers_years_of_warehouse_jobs_leave_the_writers_first_job_open() -> None:
    result = extracted(
        "Bonjour,\n\nMon frère a enchaîné pendant quelques années des boulots de manutentionnaire et de "
        "cariste. Moi, j'ai obtenu une licence de géographie en juin 2026, juste après le bac et trois ans "
        "de fac. Je cherche un emploi dans une association.\n\nSamir Haddad"
    )
    assert status(result, "not_career_change") == "met"


def test_a_studio_of_some_square_metres_is_no_master() -> None:
    result = extracted(
        "Bonjour,\n\nJ'ai fait une licence d'histoire de 2019 à 2022, seule dans un studio de 18 m² pendant "
        "le confinement. Je cherche un emploi dans une association.\n\nLéna Roy"
    )
    assert result["education"]["bac_plus"] == 3
