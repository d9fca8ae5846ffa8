"""The configured weekly windows become concrete slots: right local times across daylight-saving changes,
no public holidays or blackout dates, nothing sooner than the notice or beyond the horizon."""

from __future__ import annotations

from datetime import date, time
from zoneinfo import ZoneInfo

import pytest
from scheduling_helpers import settings_with, utc

from intake.scheduling.availability import (
    AvailabilityError,
    check_interview_settings,
    label_slot,
    list_candidates,
    parse_window,
)

PARIS = ZoneInfo("Europe/Paris")


def local_times(candidates: list) -> set[time]:  # type: ignore[type-arg]
    return {c.starts_at.astimezone(PARIS).time() for c in candidates}


def test_the_default_windows_give_slots_of_45_minutes_every_hour_in_local_time() -> None:
    found = list_candidates(settings_with(), now=utc(2026, 11, 26, 8, 0))
    assert local_times(found) == {time(10), time(11), time(14), time(15), time(16)}
    assert all((c.ends_at - c.starts_at).total_seconds() == 45 * 60 for c in found)
    assert {c.day.weekday() for c in found} == {1, 3}  # Tuesday and Thursday only


def test_the_week_summer_time_ends_keeps_10_h_in_paris_on_both_sides() -> None:
    # Summer time ends on Sunday 25 October 2026: Paris is UTC+2 on Thursday 22, UTC+1 on Tuesday 27.
    found = list_candidates(settings_with(), now=utc(2026, 10, 20, 6, 0))
    by_day = {c.day: c for c in found if c.starts_at.astimezone(PARIS).time() == time(10)}
    assert by_day[date(2026, 10, 22)].starts_at == utc(2026, 10, 22, 8, 0)
    assert by_day[date(2026, 10, 27)].starts_at == utc(2026, 10, 27, 9, 0)
    assert local_times(found) == {time(10), time(11), time(14), time(15), time(16)}
    assert label_slot(utc(2026, 10, 27, 9, 0), settings_with()) == "mardi 27 octobre 2026 à 10 h"
    assert label_slot(utc(2026, 10, 22, 8, 0), settings_with(), "en") == "Thursday 22 October 2026 at 10:00"


def test_the_week_summer_time_begins_keeps_14_h_in_paris_on_both_sides() -> None:
    # Summer time begins on Sunday 28 March 2027: UTC+1 on Thursday 25, UTC+2 on Tuesday 30.
    found = list_candidates(settings_with(), now=utc(2027, 3, 23, 6, 0))
    by_day = {c.day: c for c in found if c.starts_at.astimezone(PARIS).time() == time(14)}
    assert by_day[date(2027, 3, 25)].starts_at == utc(2027, 3, 25, 13, 0)
    assert by_day[date(2027, 3, 30)].starts_at == utc(2027, 3, 30, 12, 0)
    assert local_times(found) == {time(10), time(11), time(14), time(15), time(16)}


def test_a_slot_in_the_hour_skipped_by_the_spring_change_is_not_offered() -> None:
    settings = settings_with(windows=["dimanche 01:00-04:00"], min_notice_hours=0)
    found = [c for c in list_candidates(settings, now=utc(2027, 3, 27, 0, 0)) if c.day == date(2027, 3, 28)]
    # 01:00 and 03:00 exist; 02:00 does not exist in Paris that night.
    assert [c.starts_at for c in found] == [utc(2027, 3, 28, 0, 0), utc(2027, 3, 28, 1, 0)]


def test_french_public_holidays_are_never_offered() -> None:
    # Christmas 2026 and New Year's Day 2027 are both Fridays.
    settings = settings_with(windows=["vendredi 10:00-12:00"], horizon_days=20)
    days = {c.day for c in list_candidates(settings, now=utc(2026, 12, 20, 8, 0))}
    assert days == {date(2027, 1, 8)}


def test_blackout_dates_are_never_offered() -> None:
    settings = settings_with(blackout_dates=["2026-12-03"])
    days = {c.day for c in list_candidates(settings, now=utc(2026, 11, 30, 8, 0))}
    assert date(2026, 12, 3) not in days
    assert date(2026, 12, 1) in days and date(2026, 12, 8) in days


def test_nothing_is_offered_sooner_than_the_minimum_notice() -> None:
    now = utc(2026, 12, 1, 8, 30)  # Tuesday 09:30 in Paris
    found = list_candidates(settings_with(min_notice_hours=24), now=now)
    assert found[0].starts_at == utc(2026, 12, 3, 9, 0)  # Thursday 10:00, not Tuesday afternoon
    # Tuesday 11:00 in Paris (10:00 UTC) is 90 minutes away: enough with 1 hour's notice, not with 2.
    assert list_candidates(settings_with(min_notice_hours=1), now=now)[0].starts_at == utc(2026, 12, 1, 10, 0)
    assert list_candidates(settings_with(min_notice_hours=2), now=now)[0].starts_at == utc(2026, 12, 1, 13, 0)


def test_nothing_is_offered_beyond_the_horizon() -> None:
    now = utc(2026, 11, 30, 8, 0)
    found = list_candidates(settings_with(horizon_days=7), now=now)
    assert max(c.starts_at for c in found) <= utc(2026, 12, 7, 8, 0)
    assert {c.day for c in found} == {date(2026, 12, 1), date(2026, 12, 3)}


def test_the_buffer_separates_consecutive_slots() -> None:
    settings = settings_with(windows=["mardi 10:00-12:00"], slot_minutes=30, buffer_minutes=10)
    found = [c for c in list_candidates(settings, now=utc(2026, 11, 26, 8, 0)) if c.day == date(2026, 12, 1)]
    assert [c.starts_at.astimezone(PARIS).strftime("%H:%M") for c in found] == ["10:00", "10:40", "11:20"]


@pytest.mark.parametrize(
    "window", ["mardi 10h-12h", "mardy 10:00-12:00", "jeudi 14:00-10:00", "jeudi 25:00-26:00"]
)
def test_an_unreadable_window_is_refused_with_a_french_line_naming_it(window: str) -> None:
    with pytest.raises(AvailabilityError, match=r"interviews\.windows") as caught:
        parse_window(window)
    assert window in str(caught.value) and "\n" not in str(caught.value)


def test_windows_may_name_the_day_in_english() -> None:
    assert parse_window("Thursday 14:00-17:00").weekday == 3


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            {"windows": ["mercredi 9:00-8:00"]},
            "interviews.windows : « mercredi 9:00-8:00 » finit avant de commencer",
        ),
        (
            {"blackout_dates": ["25/12/2026"]},
            "interviews.blackout_dates : « 25/12/2026 » n'est pas une date AAAA-MM-JJ",
        ),
        ({"slot_minutes": 0}, "interviews.slot_minutes vaut 0, attendu entre 5 et 480"),
        ({"reminder_hour": 24}, "interviews.reminder_hour vaut 24, attendu entre 0 et 23"),
    ],
)
def test_the_interview_settings_are_checked_at_start_with_one_line_naming_the_key(
    change: dict[str, object], message: str
) -> None:
    with pytest.raises(AvailabilityError) as caught:
        check_interview_settings(settings_with(**change))
    assert str(caught.value) == message


def test_the_default_interview_settings_pass_the_check() -> None:
    check_interview_settings(settings_with())
