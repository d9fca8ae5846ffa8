"""A placement's time at the turn of the year, read on the day each mail names (the lead, stop 56).

A start told by a day of the month alone («le 15»: this month's, or next month's once that day is past) or by
a time ahead («demain», «la semaine prochaine») is no placement held on the reading day; one begun on a day
told within the last two months, no end said, runs; a thing said to be ending now whose yearless end is told
further in the sentence ends on the NEAREST such day («se finit le 23 décembre» in a draft sent on 4 January
is over). Guards: a placement begun «depuis mardi», one that «dure jusqu'au 15» read on the 20th, a time ahead
said of another act in another clause, the same ending read before its day. My own phrasings, read through
`propulse extract`'s path."""

from __future__ import annotations

from datetime import date
from typing import Any

from fixtures_docs import make_message
from reading_day import status

from intake.extract import extract_message

_GRADUATE = "J'ai une licence de géographie obtenue en juin 2025. "
_AIM = " Je cherche un emploi dans une association d'éducation populaire.\n\nNoémie Carrel"


def read_on(day: str, body: str) -> dict[str, Any]:
    return extract_message(make_message(body, subject="Candidature"), today=date.fromisoformat(day))


def test_a_civic_service_beginning_on_the_fifteenth_read_on_the_fifth_is_not_held_yet() -> None:
    result = read_on(
        "2027-01-05", _GRADUATE + "Je commence un service civique le 15 dans une épicerie solidaire." + _AIM
    )
    assert status(result, "not_service_civique") == "met"


def test_an_internship_begun_on_the_fourth_read_on_the_tenth_is_held() -> None:
    result = read_on("2027-01-10", _GRADUATE + "J'ai commencé un stage le 4 dans une recyclerie." + _AIM)
    assert status(result, "not_internship") == "not_met"


def test_an_internship_begun_on_a_named_day_six_days_ago_is_held() -> None:
    result = read_on(
        "2027-01-10", _GRADUATE + "J'ai commencé un stage le 4 janvier dans une recyclerie." + _AIM
    )
    assert status(result, "not_internship") == "not_met"


def test_an_internship_beginning_tomorrow_after_a_colon_is_not_held_yet() -> None:
    body = "Petite nouvelle : demain je commence un stage de trois mois dans une ferme pédagogique. "
    result = read_on("2027-01-10", body + _GRADUATE.strip() + _AIM)
    assert status(result, "not_internship") == "met"


def test_a_civic_service_starting_next_week_is_not_held_yet() -> None:
    result = read_on(
        "2027-01-12",
        _GRADUATE + "Je démarre la semaine prochaine un service civique dans une ressourcerie." + _AIM,
    )
    assert status(result, "not_service_civique") == "met"


def test_an_internship_held_since_tuesday_is_held() -> None:
    result = read_on(
        "2027-01-10", _GRADUATE + "Depuis mardi je fais un stage de deux mois dans une recyclerie." + _AIM
    )
    assert status(result, "not_internship") == "not_met"


def test_a_time_ahead_told_of_another_act_leaves_an_internship_held() -> None:
    body = "Demain j'ai une réunion avec ma tutrice, je suis en stage dans une recyclerie jusqu'en mars."
    result = read_on("2027-01-10", _GRADUATE + body + _AIM)
    assert status(result, "not_internship") == "not_met"


def test_a_civic_service_said_ending_now_on_23_december_is_over_on_4_january() -> None:
    body = (
        "Je termine en ce moment mon service civique dans un tiers-lieu, mission qui s'achève le 23 décembre."
    )
    result = read_on("2027-01-04", _GRADUATE + body + _AIM)
    assert status(result, "not_service_civique") == "met"


def test_the_same_civic_service_read_on_the_tenth_of_december_is_held() -> None:
    body = (
        "Je termine en ce moment mon service civique dans un tiers-lieu, mission qui s'achève le 23 décembre."
    )
    result = read_on("2026-12-10", _GRADUATE + body + _AIM)
    assert status(result, "not_service_civique") == "not_met"


def test_a_civic_service_lasting_until_the_fifteenth_read_on_the_twentieth_runs_into_next_month() -> None:
    result = read_on(
        "2026-11-20", _GRADUATE + "Mon service civique dure jusqu'au 15, puis je serai libre." + _AIM
    )
    assert status(result, "not_service_civique") == "not_met"


def test_an_english_internship_starting_tomorrow_is_not_held_yet() -> None:
    body = (
        "Hello,\n\nI have a BA in geography since June 2025. Tomorrow I start an internship at a charity. "
        "I am looking for a job in a non-profit.\n\nNoemie Carrel"
    )
    assert status(read_on("2027-01-10", body), "not_internship") == "met"


def test_an_agreement_signed_for_next_month_its_name_hedged_is_no_internship_held_now() -> None:
    body = "J'ai une convention signée pour janvier avec une ferme, mais ce n'est pas vraiment un stage."
    result = read_on("2026-12-07", _GRADUATE + body + _AIM)
    assert status(result, "not_internship") != "not_met"
