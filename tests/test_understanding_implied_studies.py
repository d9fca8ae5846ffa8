"""Studies implied, not named (implied corpus, studies side): what is left to pass (units, credits, a resit,
an oral on a day ahead) keeps the studies going and the course not had; a doubt on it or grades awaited
leave them open; a student's trappings (the year's enrolment fees, a grant paid on, a student card) held now
keep them going, denied or ended they are over; years of study give the level («un an de fac», years told
completed), the bac a count of years starts from is no diploma told. Phrasings of our own, French and
English, read through `propulse extract`'s path on the reading day 2026-11-26."""

from __future__ import annotations

import pytest
from reading_day import extracted, status

AIM = "Je cherche un emploi dans une coopérative d'habitat."
EN_AIM = "I am looking for a job with a social enterprise."


def test_no_more_grant_nor_student_card_and_a_master_in_the_pocket_is_a_master_had() -> None:
    result = extracted(
        f"Bonjour,\n\nDepuis septembre 2025, ni bourse ni carte étudiante : ma licence pro est en poche. "
        f"{AIM}\n"
    )
    assert status(result, "studies_finished") == "met"
    assert result["education"]["bac_plus"] == 3
    assert result["education"]["graduation"].startswith("2025")
    assert result["eligibility"]["verdict"] == "eligible"


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            f"BUT GEA en juin 2025. J'ai réglé la CVEC et mes droits d'inscription pour 2026-2027. {AIM}",
            id="this_years_enrolment_fees_paid",
        ),
        pytest.param(
            f"BTS SP3S obtenu en 2025, et je touche toujours ma bourse sur critères jusqu'en mai. {AIM}",
            id="a_grant_still_paid_until_a_month_ahead",
        ),
        pytest.param(
            f"I got my BTS in June 2025 and I still receive my maintenance grant every month. {EN_AIM}",
            id="english_a_grant_still_paid_every_month",
        ),
    ],
)
def test_a_students_trapping_held_now_keeps_the_studies_going(body: str) -> None:
    assert status(extracted(f"Bonjour,\n\n{body}\n"), "studies_finished") == "not_met"


@pytest.mark.parametrize(
    ("body", "level"),
    [
        pytest.param(
            f"BTS MCO en juin 2025 ; il me manque deux UE pour boucler ma licence, je les repasse en mars. "
            f"{AIM}",
            2,
            id="units_missing_for_a_licence",
        ),
        pytest.param(
            f"DUT en 2025, puis une licence : je passe l'écrit de mon dernier module en avril. {AIM}",
            2,
            id="the_last_modules_written_exam_in_a_month_ahead",
        ),
        pytest.param(
            f"BTS in June 2025, then a bachelor's: I resit two units of it in March. {EN_AIM}",
            2,
            id="english_units_resat_in_a_month_ahead",
        ),
    ],
)
def test_a_part_of_a_course_left_to_pass_keeps_the_studies_going_and_the_course_not_had(
    body: str, level: int
) -> None:
    result = extracted(f"Bonjour,\n\n{body}\n")
    assert status(result, "studies_finished") == "not_met"
    assert result["education"]["bac_plus"] == level


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            f"BTS en juin 2025, puis licence pro : il me manque peut-être deux crédits, la fac doit me le "
            f"dire. {AIM}",
            id="credits_maybe_missing",
        ),
        pytest.param(
            f"BTS en juin 2025, puis licence pro : les notes du second semestre sortent le 18 décembre. "
            f"{AIM}",
            id="grades_out_on_a_day_ahead",
        ),
        pytest.param(
            f"BTS en juin 2025 ; j'attends les résultats du second semestre de ma licence pro, publiés la "
            f"semaine prochaine. {AIM}",
            id="results_awaited_the_diploma_named_after_them",
        ),
    ],
)
def test_a_doubt_on_what_is_left_or_grades_awaited_leave_the_studies_open_and_the_course_not_had(
    body: str,
) -> None:
    result = extracted(f"Bonjour,\n\n{body}\n")
    assert status(result, "studies_finished") == "unknown"
    assert result["education"]["bac_plus"] == 2


def test_one_year_at_university_then_stopped_is_a_first_year() -> None:
    result = extracted(
        f"Bonjour,\n\nAprès mon bac j'ai fait une année à l'université en droit, puis j'ai arrêté. {AIM}\n"
    )
    assert result["education"]["bac_plus"] == 1
    assert status(result, "degree_level") == "not_met"


def test_years_of_courses_told_completed_after_them_are_had() -> None:
    result = extracted(
        f"Bonjour,\n\nDeux ans de DUT puis un an de licence pro, validés en juin 2025. {AIM}\n"
    )
    assert result["education"]["bac_plus"] == 3
    assert result["education"]["graduation"] == "2025-06"


def test_the_bac_a_count_of_years_starts_from_does_not_take_the_diplomas_date() -> None:
    result = extracted(
        f"Bonjour,\n\nJ'ai un DEUST, soit deux ans après le bac, délivré en juillet 2026. {AIM}\n"
    )
    assert result["education"]["bac_plus"] == 2
    assert result["education"]["graduation"] == "2026-07"
