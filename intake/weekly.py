"""Weekly time ranges as the coordinator writes them in the config: «mardi 10:00-12:00»,
«thursday 09:30-17:00 Visite découverte». Interview windows and coaching days both use them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import time

WEEKDAYS: dict[str, int] = {
    "lundi": 0,
    "mardi": 1,
    "mercredi": 2,
    "jeudi": 3,
    "vendredi": 4,
    "samedi": 5,
    "dimanche": 6,
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
_RANGE = re.compile(r"^\s*(\w+)\s+(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*(.*?)\s*$")


@dataclass(frozen=True)
class WeeklyRange:
    weekday: int
    start: time
    end: time
    rest: str  # what follows the hours («Visite découverte»), empty when nothing does


def parse_weekly_range(
    text: str, *, key: str, example: str, error: type[ValueError] = ValueError
) -> WeeklyRange:
    """Raise `error` with one French line naming the config `key` when `text` cannot be read."""
    found = _RANGE.match(text)
    if not found or found.group(1).lower() not in WEEKDAYS:
        raise error(f"{key} : « {text} » illisible, attendu par exemple « {example} »")
    try:
        start = time(int(found.group(2)), int(found.group(3)))
        end = time(int(found.group(4)), int(found.group(5)))
    except ValueError:
        raise error(f"{key} : heure impossible dans « {text} »") from None
    if end <= start:
        raise error(f"{key} : « {text} » finit avant de commencer")
    return WeeklyRange(WEEKDAYS[found.group(1).lower()], start, end, found.group(6))
