"""How a writer holds the fact that decides her case (s-hold, stop 56): a date hedged between two months, a
diploma confirmed a day or two before the mail, a result still awaited. Each mail is read on a stated day."""

from __future__ import annotations

from datetime import date
from typing import Any

from fixtures_docs import make_message

from intake.extract import extract_message
from intake.understanding.date_doubted import doubted_months_open

AIM = "Je cherche un emploi de coordinatrice dans une association de quartier."
AIM_EN = "I am looking for a coordinator job in a community association."


def _read_on(day: date, body: str) -> dict[str, Any]:
    return extract_message(make_message(body), today=day)


def _status(result: dict[str, Any], criterion: str) -> str:
    return next(c["status"] for c in result["eligibility"]["criteria"] if c["id"] == criterion)


# Two months of one year offered in place of each other: the month is open, the year holds.


def test_a_diploma_dated_october_or_november_across_the_two_year_line_is_asked_about() -> None:
    # Read on 15 November 2026: October 2024 is 25 months back, November 2024 is 24.
    result = _read_on(
        date(2026, 11, 15),
        f"Bonjour,\n\nJ'ai obtenu mon DUT Carrières sociales en octobre ou novembre 2024, je pense.\n\n{AIM}",
    )
    assert result["education"]["graduation"] == "2024"
    assert _status(result, "graduation_recent") == "unknown"
    assert result["eligibility"]["verdict"] == "to_verify"


def test_an_english_degree_dated_april_or_may_across_the_line_is_asked_about() -> None:
    result = _read_on(
        date(2026, 5, 10),
        f"Hello,\n\nI completed my BA in Sociology in April or May 2024, I would have to check.\n\n{AIM_EN}",
    )
    assert result["education"]["graduation"] == "2024"
    assert _status(result, "graduation_recent") == "unknown"


def test_a_month_doubted_after_the_whole_date_leaves_the_month_open_too() -> None:
    assert doubted_months_open("ma licence en mai 2024, peut-être avril, je vérifierai") == (
        "ma licence en 2024, je vérifierai"
    )
    assert doubted_months_open("my degree in early June 2024, or maybe late May.") == "my degree in 2024."


def test_a_month_said_alone_keeps_its_date_and_decides() -> None:
    # The guard: one month, no alternative — November 2024 read on 15 November 2026 is 24 months back.
    result = _read_on(
        date(2026, 11, 15), f"Bonjour,\n\nJ'ai obtenu mon DUT Carrières sociales en novembre 2024.\n\n{AIM}"
    )
    assert result["education"]["graduation"] == "2024-11"
    assert result["eligibility"]["verdict"] == "eligible"


def test_a_course_running_from_one_month_to_another_is_no_alternative() -> None:
    said = "de septembre à juin 2024, puis mon stage"
    assert doubted_months_open(said) == said
    assert doubted_months_open("en juin 2025 ou juillet 2025") == "en juin 2025 ou juillet 2025"


# A diploma told awarded in a passive, its day after the verb: that day's month is its graduation.


def test_a_diploma_confirmed_yesterday_is_dated_this_month() -> None:
    result = _read_on(
        date(2026, 12, 7),
        "Bonjour,\n\nJ'ai repassé un oral en novembre et le diplôme m'a été confirmé hier par le rectorat : "
        f"je suis désormais éducateur spécialisé diplômé d'État.\n\n{AIM}",
    )
    assert result["education"]["graduation"] == "2026-12"
    assert result["eligibility"]["verdict"] == "eligible"


def test_a_bts_validated_yesterday_read_on_the_first_is_last_months() -> None:
    result = _read_on(date(2026, 12, 1), f"Bonjour,\n\nMon BTS SP3S a été validé hier par le jury.\n\n{AIM}")
    assert result["education"]["graduation"] == "2026-11"


def test_an_english_degree_confirmed_yesterday_is_dated_this_month() -> None:
    result = _read_on(
        date(2026, 12, 7),
        "Hello,\n\nI hold a BA in Social Work; the degree was confirmed yesterday by the registrar."
        f"\n\n{AIM_EN}",
    )
    assert result["education"]["graduation"] == "2026-12"


def test_a_permit_issued_yesterday_dates_no_diploma() -> None:
    # The guard: the passive's subject is a residence permit, not the diploma.
    result = _read_on(
        date(2026, 12, 7), f"Bonjour,\n\nJ'ai mon BTS ESF. Mon titre de séjour m'a été délivré hier.\n\n{AIM}"
    )
    assert result["education"]["graduation"] is None


def test_a_diploma_not_yet_confirmed_dates_nothing() -> None:
    result = _read_on(
        date(2026, 12, 7),
        "Bonjour,\n\nJ'ai mon BTS ESF, mais le diplôme ne m'a pas encore été confirmé hier au téléphone."
        f"\n\n{AIM}",
    )
    assert result["education"]["graduation"] is None


# A foreign diploma whose recognition was asked and is still unanswered: its French level is to verify.


def test_a_comparability_asked_and_unanswered_leaves_the_level_open() -> None:
    result = _read_on(
        date(2026, 12, 7),
        "Bonjour,\n\nJe suis éducatrice spécialisée diplômée d'État de l'INFTS de Douala (promotion 2025). "
        "J'ai envoyé mon dossier de comparabilité en septembre ; ENIC-NARIC ne m'a pas encore répondu."
        f"\n\n{AIM}",
    )
    assert _status(result, "degree_level") == "unknown"
    assert result["education"]["graduation"] == "2025"
    assert result["eligibility"]["verdict"] == "to_verify"


def test_an_english_recognition_not_heard_back_leaves_the_level_open() -> None:
    result = _read_on(
        date(2026, 12, 7),
        "Hello,\n\nI hold a BA in Social Work from the University of Lagos (2025). I applied for a "
        f"comparability statement in October and haven't heard back from ENIC-NARIC.\n\n{AIM_EN}",
    )
    assert _status(result, "degree_level") == "unknown"


def test_an_unanswered_request_to_another_body_leaves_the_level() -> None:
    # The guard: no recognition is asked, only an appointment the writer waits for.
    result = _read_on(
        date(2026, 12, 7),
        "Bonjour,\n\nJ'ai une licence de sociologie de Lyon 2 (2025). J'ai demandé un rendez-vous à la "
        f"mission locale, ils ne m'ont pas encore répondu.\n\n{AIM}",
    )
    assert _status(result, "degree_level") == "met"
    assert result["education"]["bac_plus"] == 3


# A course a present «je termine» names, its last part then told done and its jury still to sit: asked.


def test_a_master_being_finished_whose_thesis_is_defended_and_jury_awaited_is_asked_about() -> None:
    result = _read_on(
        date(2026, 12, 7),
        "Bonjour,\n\nJe termine un M2 Développement social à Rennes. J'ai soutenu mon mémoire la semaine "
        f"dernière et passé mes derniers examens : le jury se réunit le 18 décembre.\n\n{AIM}",
    )
    assert _status(result, "studies_finished") == "unknown"
    assert result["eligibility"]["verdict"] == "to_verify"


def test_an_english_course_being_finished_with_its_dissertation_in_is_asked_about() -> None:
    result = _read_on(
        date(2026, 12, 7),
        "Hello,\n\nI'm finishing an MA in Community Development at Leeds. I submitted my dissertation in "
        f"November and I'm waiting for the exam board on 16 December.\n\n{AIM_EN}",
    )
    assert _status(result, "studies_finished") == "unknown"


def test_a_master_going_on_after_mid_course_exams_is_still_studies() -> None:
    # The guard: the partials passed are not the last part; the course goes on.
    result = _read_on(
        date(2026, 12, 7),
        "Bonjour,\n\nJe suis en M2 Développement social à Rennes. J'ai passé mes partiels de novembre, "
        f"j'attends les résultats du jury de décembre.\n\n{AIM}",
    )
    assert _status(result, "studies_finished") == "not_met"


def test_a_thesis_defended_with_an_internship_left_is_still_studies() -> None:
    # The guard: a part is left to do, the course is not only awaiting its decision.
    result = _read_on(
        date(2026, 12, 7),
        "Bonjour,\n\nJe termine un M2 Développement social à Rennes. J'ai soutenu mon mémoire mais il me "
        f"reste mon stage à valider, le jury est le 18 décembre.\n\n{AIM}",
    )
    assert _status(result, "studies_finished") == "not_met"
