"""The rentrée's dates against the reader's day (r-dates, stop 55): a resit sat whose results are still to
come, a diploma's day without its year, a month told apart from a year counted back, a feast naming a month.
Each mail is read on the day stated, in French and in English, with the near sentence that must not change."""

from __future__ import annotations

from datetime import date
from typing import Any

from fixtures_docs import make_message
from reading_day import status

from intake.extract import extract_message

SEEKING = "Je cherche un emploi dans une association de l'économie sociale et solidaire."
SEEKING_EN = "I am looking for a job in a social and solidarity economy association."


def read_on(day: str, body: str) -> dict[str, Any]:
    """`body`, signed, read on `day` (YYYY-MM-DD)."""
    mail = make_message(f"Bonjour,\n\n{body}\n\nNadia Ferrand")
    return extract_message(mail, today=date.fromisoformat(day))


# ------------------------------------------------------------------ a resit sat, its results ahead


def test_a_resit_sat_in_september_with_results_due_later_this_month_leaves_the_studies_asked() -> None:
    result = read_on(
        "2026-10-12",
        "En septembre j'ai repassé le module de droit du DEES (le seul à repasser), et les résultats "
        f"sortent le 27 octobre. {SEEKING}",
    )
    assert status(result, "studies_finished") == "unknown"
    assert result["eligibility"]["verdict"] == "to_verify"


def test_an_exam_of_a_bts_resat_in_june_with_its_board_ahead_is_asked_not_refused_in_english() -> None:
    result = read_on(
        "2026-10-05",
        "I resat the last exam of my BTS in September (the one unit to resit); the results will be published "
        f"on 20 October. {SEEKING_EN}",
    )
    assert status(result, "studies_finished") != "not_met"


def test_a_unit_still_to_resit_with_results_ahead_keeps_the_studies_going() -> None:
    result = read_on(
        "2026-10-12",
        "Il me reste encore une épreuve du DEES à repasser, les résultats seront publiés le 27 octobre. "
        f"{SEEKING}",
    )
    assert status(result, "studies_finished") == "not_met"


def test_a_results_day_earlier_this_month_is_not_a_decision_to_come() -> None:
    result = read_on(
        "2026-10-28",
        "J'ai passé le rattrapage du DEES en septembre, les résultats sont tombés le 9 octobre : admise ! "
        f"{SEEKING}",
    )
    assert status(result, "studies_finished") == "met"


# ------------------------------------------------------------------ a jury's day without its year


def test_a_jury_meeting_on_a_day_of_last_month_dates_a_titled_master_with_its_school_in_brackets() -> None:
    result = read_on(
        "2026-10-03",
        "Le jury du master 2 Développement local et solidaire (IAE de Rennes) s'est réuni le 18 septembre "
        f"et m'a admis. {SEEKING}",
    )
    assert result["education"]["graduation"] == "2026-09"
    assert result["eligibility"]["verdict"] == "eligible"


def test_adjectives_joined_by_et_make_one_title_before_its_month() -> None:
    body = f"J'ai terminé mon master Économie sociale et solidaire en juin. {SEEKING}"
    result = read_on("2026-10-03", body)
    assert result["education"]["graduation"] == "2026-06"


def test_a_jury_yet_to_meet_this_month_dates_nothing() -> None:
    result = read_on(
        "2026-10-03",
        "Le jury du master 2 Développement local et solidaire (IAE de Rennes) se réunira le 18 octobre. "
        f"{SEEKING}",
    )
    assert result["education"]["graduation"] is None
    assert result["eligibility"]["verdict"] != "eligible"


# ------------------------------------------------------------------ a month told after a count of years


def test_two_years_ago_in_the_reading_month_is_still_within_the_limit() -> None:
    result = read_on("2026-10-20", f"J'ai eu mon BUT il y a deux ans, en octobre. {SEEKING}")
    assert result["education"]["graduation"] == "2024-10"
    assert status(result, "graduation_recent") == "met"


def test_two_years_ago_in_june_read_in_october_is_past_the_limit() -> None:
    result = read_on("2026-10-20", f"Mon BTS, je l'ai validé il y a deux ans, en juin. {SEEKING}")
    assert status(result, "graduation_recent") == "not_met"


def test_two_years_ago_in_english_with_its_month_keeps_working() -> None:
    result = read_on("2026-10-20", f"I completed my BA two years ago, in November. {SEEKING_EN}")
    assert status(result, "graduation_recent") == "met"


def test_two_years_ago_alone_still_leaves_the_month_asked() -> None:
    result = read_on("2026-10-20", f"J'ai eu mon BUT il y a deux ans. {SEEKING}")
    assert status(result, "graduation_recent") == "unknown"


# ------------------------------------------------------------------ a feast with its year


def test_a_master_received_at_christmas_of_a_year_is_dated_december() -> None:
    result = read_on("2026-10-15", f"Master validé à Noël 2024, après une soutenance repoussée. {SEEKING}")
    assert result["education"]["graduation"] == "2024-12"
    assert status(result, "graduation_recent") == "met"


def test_a_degree_awarded_at_easter_of_a_year_in_english_is_dated_april() -> None:
    result = read_on("2026-10-15", f"I was awarded my MSc at Easter 2024. {SEEKING_EN}")
    assert status(result, "graduation_recent") == "not_met"


def test_a_bare_year_after_the_rentree_stays_a_year() -> None:
    result = read_on("2026-10-15", f"J'ai eu mon BTS en 2024, avant la rentrée. {SEEKING}")
    assert result["education"]["graduation"] == "2024"
