"""Years of work told twice: summed up first («six ans de travail en grande surface, une licence…»), then
taken up in another sentence that tells what they were («six ans, mais c'était le week-end, pendant mes
études»; "Those five years? Saturdays and summers, all through my degree"). The second telling details the
first: years held beside the studies or for the summers and weekends (careers.toml `alongside`,
careers.held_alongside) are a student's job, not another trade, however the summary put them. A retelling
is found by the same count of years named again in a sentence that says them held alongside; the order of
the telling does not matter, what the detail says of those years does."""

from __future__ import annotations

import re
from datetime import date

from intake.understanding.careers import COUNT, YEARS, Careers, held_alongside, load_careers, years_counted

_COUNTED = re.compile(rf"(?i)(?<![\w'’])\b{COUNT}\s+{YEARS}")


def is_detailed_as_alongside(units: list[str], index: int, today: date) -> bool:
    """The years of work told in `units[index]` are taken up in another unit of the same text, with the same
    count, and said there to be held beside the studies or for the weekends: no career."""
    careers = load_careers()
    counts = _counts(units[index], careers, today)
    if not counts or held_alongside(units[index], careers):
        return False
    others = units[:index] + units[index + 1 :]
    retold = [unit for unit in others if counts & _counts(unit, careers, today)]
    return any(held_alongside(unit, careers) for unit in retold)


def _counts(unit: str, careers: Careers, today: date) -> set[int]:
    """The counts of years named in the unit («six ans», "5 years"); «quelques ans» counts none."""
    return {n for m in _COUNTED.finditer(unit) if (n := years_counted(m, careers, today)) > 0}
