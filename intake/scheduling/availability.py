"""When interviews can take place: the configured weekly windows turned into concrete slots, in UTC.

Windows are written in the programme's local time ("mardi 10:00-12:00") and stay there across a
daylight-saving change: 10:00 in Paris is 09:00 UTC in winter and 08:00 UTC in summer. All arithmetic is
done on local wall-clock times, and only each finished slot is converted to UTC.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import holidays

from intake.clock import as_utc as as_utc  # re-exported: the scheduling modules read it here
from intake.config import Settings
from intake.errors import ShownError
from intake.replies.render import format_moment
from intake.weekly import WeeklyRange, parse_weekly_range


class AvailabilityError(ShownError, ValueError):
    """A window or a date in `[interviews]` cannot be read; the message is one line for a person."""


# An interview window: a weekly range with nothing written after its hours.
Window = WeeklyRange


@dataclass(frozen=True)
class Candidate:
    """A possible interview, in UTC; `day` is its local date (proposals spread over different days)."""

    starts_at: datetime
    ends_at: datetime
    day: date


def parse_window(text: str) -> Window:
    """`mardi 10:00-12:00` (or `tuesday 10:00-12:00`) → Window; AvailabilityError when unreadable."""
    found = parse_weekly_range(
        text, key="interviews.windows", example="mardi 10:00-12:00", error=AvailabilityError
    )
    if found.rest:
        raise AvailabilityError(
            f"interviews.windows : « {text} » illisible, attendu par exemple « mardi 10:00-12:00 »"
        )
    return found


def parse_blackout_dates(values: list[str]) -> frozenset[date]:
    days = set()
    for value in values:
        try:
            days.add(date.fromisoformat(value.strip()))
        except ValueError:
            raise AvailabilityError(
                f"interviews.blackout_dates : « {value} » n'est pas une date AAAA-MM-JJ"
            ) from None
    return frozenset(days)


def check_interview_settings(settings: Settings) -> None:
    """Raise AvailabilityError (one line naming the key) for anything in `[interviews]` that cannot work;
    meant to run once at start, so a typo stops the service there rather than quarantining replies."""
    cfg = settings.interviews
    for window in cfg.windows:
        parse_window(window)
    parse_blackout_dates(cfg.blackout_dates)
    try:
        ZoneInfo(settings.programme.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        raise AvailabilityError(
            f"programme.timezone : fuseau horaire inconnu « {settings.programme.timezone} »"
        ) from None
    for key, value, low, high in (
        ("slot_minutes", cfg.slot_minutes, 5, 480),
        ("buffer_minutes", cfg.buffer_minutes, 0, 240),
        ("min_notice_hours", cfg.min_notice_hours, 0, 24 * 60),
        ("horizon_days", cfg.horizon_days, 1, 366),
        ("hold_days", cfg.hold_days, 1, 60),
        ("reminder_hour", cfg.reminder_hour, 0, 23),
    ):
        if not low <= value <= high:
            raise AvailabilityError(f"interviews.{key} vaut {value}, attendu entre {low} et {high}")


def is_public_holiday(day: date) -> bool:
    return day in _french_holidays(day.year)


def list_candidates(settings: Settings, *, now: datetime) -> list[Candidate]:
    """Every slot the windows allow, from `now` + minimum notice up to the horizon, in time order."""
    cfg = settings.interviews
    earliest = now + timedelta(hours=cfg.min_notice_hours)
    latest = now + timedelta(days=cfg.horizon_days)
    timezone = settings.programme.timezone
    calendar = _calendar(
        now.astimezone(ZoneInfo(timezone)).date(),
        cfg.horizon_days,
        tuple(cfg.windows),
        tuple(cfg.blackout_dates),
        (cfg.slot_minutes, cfg.buffer_minutes),
        timezone,
    )
    return [c for c in calendar if earliest <= c.starts_at <= latest]


@lru_cache(maxsize=8)
def _calendar(
    first_day: date,
    horizon_days: int,
    window_texts: tuple[str, ...],
    blackout_dates: tuple[str, ...],
    lengths: tuple[int, int],
    timezone: str,
) -> tuple[Candidate, ...]:
    """The slots of the days from `first_day` to the horizon, in time order. The same for every proposal
    made on one day: a burst of applications computes it once, not once per eligible applicant."""
    tz = ZoneInfo(timezone)
    windows = [parse_window(w) for w in window_texts]
    blackout = parse_blackout_dates(list(blackout_dates))
    found: list[Candidate] = []
    for offset in range(horizon_days + 1):
        day = first_day + timedelta(days=offset)
        if day in blackout or is_public_holiday(day):
            continue
        for window in windows:
            if window.weekday != day.weekday():
                continue
            for start, end in _slots_in(day, window, lengths[0], lengths[1], tz):
                found.append(Candidate(start, end, day))
    return tuple(sorted(set(found), key=lambda c: c.starts_at))


def label_slot(slot_start_utc: datetime, settings: Settings, language: str = "fr") -> str:
    """`mardi 1er décembre 2026 à 10 h` / `Tuesday 1 December 2026 at 10:00`, in the programme's time."""
    return format_moment(as_utc(slot_start_utc), language, settings.programme.timezone)


def local_time(moment: datetime, settings: Settings) -> datetime:
    return as_utc(moment).astimezone(ZoneInfo(settings.programme.timezone))


def _slots_in(
    day: date, window: Window, slot_minutes: int, buffer_minutes: int, tz: ZoneInfo
) -> Iterator[tuple[datetime, datetime]]:
    length = timedelta(minutes=slot_minutes)
    step = timedelta(minutes=slot_minutes + buffer_minutes)
    cursor = datetime.combine(day, window.start)
    window_end = datetime.combine(day, window.end)
    while cursor + length <= window_end:
        start = _to_utc(cursor, tz)
        end = _to_utc(cursor + length, tz)
        if start is not None and end is not None:
            yield start, end
        cursor += step


def _to_utc(wall: datetime, tz: ZoneInfo) -> datetime | None:
    """The UTC instant of a local wall-clock time; None for a time skipped by the spring change."""
    local = wall.replace(tzinfo=tz)
    instant = local.astimezone(UTC)
    if instant.astimezone(tz).replace(tzinfo=None) != wall:
        return None
    return instant


@lru_cache(maxsize=16)
def _french_holidays(year: int) -> holidays.HolidayBase:
    return holidays.country_holidays("FR", years=year)
