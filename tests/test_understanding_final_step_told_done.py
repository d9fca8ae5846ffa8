"""The last step of a course told done in an English simple past is not a step still to come (stop 51: a
graduate writing "I passed my final exams and have now been awarded my BA (November 2026)" in the reading
day's month was refused as a student — the exams' month read as ahead, the past verb unseen by the English
reading of tenses). My own phrasings, read through `propulse extract`'s path (tests/reading_day.py)."""

from __future__ import annotations

from reading_day import extracted, status


def test_final_exams_passed_this_month_leave_the_studies_finished() -> None:
    result = extracted(
        "Hello,\n\nGood news: I passed my final exams and I have been awarded my BSc in Psychology (November "
        "2026). I am looking for a job in a social cooperative.\n\nRuth Adeyemi"
    )
    assert status(result, "studies_finished") == "met"
    assert result["eligibility"]["verdict"] == "eligible"


def test_final_exams_sat_this_month_leave_the_studies_finished() -> None:
    result = extracted(
        "Hello,\n\nI sat my final exams in November 2026 and received my BA in Geography. I am now looking "
        "for a role in a non-profit.\n\nOwen Hughes"
    )
    assert status(result, "studies_finished") == "met"


def test_final_exams_still_to_pass_next_month_keep_the_studies_going() -> None:
    # Guard: "need" ends in «ed» but is a present; the step dated ahead keeps the studies going on.
    result = extracted(
        "Hello,\n\nI need to pass my final exams in December 2026 to complete my BA in History. I am looking "
        "for a job in a charity.\n\nMaya Collins"
    )
    assert status(result, "studies_finished") == "not_met"


def test_final_exams_said_ahead_without_a_verb_of_the_past_keep_the_studies_going() -> None:
    # Guard: a step dated ahead with a present verb is still to come.
    result = extracted(
        "Hello,\n\nMy final exams are in January 2027; my BA in Sociology follows. I am looking for a job in "
        "a non-profit.\n\nLiam Walsh"
    )
    assert status(result, "studies_finished") == "not_met"
