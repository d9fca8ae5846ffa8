"""A date put right in a postscript: the letter's date gives way to the one the postscript gives.

«Licence obtenue en juin 2025 … PS : je me suis trompé, c'était juin 2023», «… obtenu en juin 2023 … PS :
erreur de frappe plus haut, c'est bien juin 2025 et pas 2023», "P.S. Sorry, wrong year above: it was June
2024": the writer's last word on the date is the postscript's (t-date, stop 39). The letter is read with
the postscript's date in place of the one it corrects, so every reader (the diploma's date, a situation's)
reads the date as finally meant; the postscript stays as written after it.

Which date the postscript gives: its first date that is not the one it denies («et pas 2023», "not 2023",
«au lieu de 2023»), taken up as the thing said before — «c'est / c'était …», "it's / it was …" — or set
against a denied one. Which date of the letter it replaces: the one whose year the postscript denies, else
the letter's only date. A postscript that names its own thing («PS : mon stage a pris fin le 13 novembre»)
replaces no date: it adds a fact (discourse.later_correction reads it for the situation).

Invariants: only a postscript the writer marks as a correction (meanings.toml [later_correction]) is read;
a letter with several dates and none denied is left as it is.
"""

from __future__ import annotations

import re
from functools import lru_cache

from intake.understanding.dates import MonthYear, find_dates
from intake.understanding.discourse import later_correction
from intake.understanding.signals import meaning_alternation

# The date taken up as the thing said before: «c'est bien juin 2025», «c'était en 2023», "it was June 2024",
# «il fallait lire 2024», "read 2024".
_TAKEN_UP_BEFORE = re.compile(
    r"\b(?:c['’]est|c['’][ée]tait|ce n['’]est pas\b.{1,30}\bmais|it['’]s|it is|it was|that['’]s|that was|"
    r"lire|read)\s+(?:bien\s+|plut[ôo]t\s+|en fait\s+|actually\s+|really\s+|in fact\s+)?(?:en\s+|in\s+)?$",
    re.IGNORECASE,
)


def dates_put_right(text: str) -> str:
    """`text` with the letter's date a correcting postscript puts right replaced by the postscript's date."""
    split = later_correction(text)
    if split is None:
        return text
    letter, postscript = split
    dates = find_dates(postscript)
    denied = [d for d in dates if _denied_before().search(postscript[max(0, d.start - 20) : d.start])]
    meant = next((d for d in dates if d not in denied and _given(postscript, d, bool(denied))), None)
    if meant is None:
        return text
    target = _corrected_in(letter, denied)
    if target is None:
        return text
    return letter[: target.start] + postscript[meant.start : meant.end] + letter[target.end :] + postscript


@lru_cache(maxsize=1)
def _denied_before() -> re.Pattern[str]:
    """The words right before a date the writer denies: «et pas 2023», «non pas 2023», "not 2023", «au lieu
    de» (meanings.toml [denied_before], the phone number's too)."""
    return re.compile(rf"(?:\b(?:{meaning_alternation('denied_before')})\s+(?:en\s+|in\s+)?)$", re.IGNORECASE)


def _given(postscript: str, when: MonthYear, against: bool) -> bool:
    """The date is given in place of the letter's: taken up by «c'est / it was», or set against a denied one
    in the same postscript, outside a bracket (an aside: «(je suis entrée en BUT en 2022)»)."""
    before = postscript[max(0, when.start - 40) : when.start]
    if "(" in before and ")" not in before[before.rfind("(") :]:
        return False
    return against or _TAKEN_UP_BEFORE.search(before) is not None


def _corrected_in(letter: str, denied: list[MonthYear]) -> MonthYear | None:
    """The letter's date the postscript corrects: the one whose year it denies, else the only one."""
    dates = find_dates(letter)
    years = {d.year for d in denied}
    named = [d for d in dates if d.year in years]
    if named:
        return named[-1]
    return dates[0] if len(dates) == 1 and not denied else None
