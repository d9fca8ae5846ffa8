"""A step of a degree told planned is still to come: «ma soutenance est prévue en décembre» dates no diploma
and leaves the studies running, though «prévue» is a past participle (clauses.tense_of). A plan told in the
past («la soutenance avait été programmée en juin») is no longer today's."""

from __future__ import annotations

from reading_day import extracted, status


def test_a_defence_planned_for_a_month_ahead_leaves_the_studies_running() -> None:
    result = extracted(
        "Bonjour,\n\nLes cours sont finis. La soutenance de mon master de sociologie est prévue en "
        "décembre. Je cherche un poste dans une fédération d'éducation populaire.\n\nLou Perrin"
    )
    assert status(result, "studies_finished") == "not_met"
    assert result["education"]["graduation"] is None


def test_a_jury_programmed_without_its_year_dates_no_diploma() -> None:
    result = extracted(
        "Bonjour,\n\nMon jury de licence professionnelle est programmé en janvier, et je postule déjà "
        "dans des coopératives d'habitants.\n\nLou Perrin"
    )
    assert result["education"]["graduation"] is None
    assert status(result, "graduation_recent") != "met"


def test_a_defence_scheduled_for_december_leaves_the_studies_running() -> None:
    # A guard: the English reading already held it; the French one is what changed.
    result = extracted(
        "Hello,\n\nMy MSc viva is scheduled for December, and I am looking for a job in a "
        "community interest company.\n\nLou Perrin",
        subject="Application",
    )
    assert status(result, "studies_finished") == "not_met"


def test_a_defence_that_took_place_as_planned_dates_the_master() -> None:
    result = extracted(
        "Bonjour,\n\nMa soutenance de master a eu lieu en septembre 2026, comme prévu, et mon diplôme est "
        "validé. Je cherche un emploi dans une association.\n\nLou Perrin"
    )
    assert result["education"]["graduation"] == "2026-09"
    assert status(result, "studies_finished") == "met"
