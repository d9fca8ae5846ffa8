"""A diploma dated by the act that awarded it, told in another clause of its own sentence (h-care, stop 49).

A State diploma of care or social work is not «obtained» on a day the writer picks: it is awarded when its
results are published (by the DREETS, the rectorat, the jury) or when the course that leads to it ends with
it. A writer tells that act and its date, and the diploma beside it: «la DREETS a publié les résultats le 3
juillet et j'ai mon DEES», «mon contrat d'apprentissage s'est terminé avec le diplôme, en juillet 2025»,
"the results came out on 3 July and I have my degree". The act's date — a day and a month with no year read
as the last such day, as `dates.last_yearless_month` reads it — is the graduation of the diploma nearest to
the act in the sentence.

Not an act to come or awaited («les résultats tomberont le 3 juillet», «j'attends les résultats du 10
décembre», "results are expected on"), nor one of another diploma named nearer the act.
"""

from __future__ import annotations

import re
from datetime import date

from intake.understanding.dates import MonthYear, find_dates, last_yearless_month
from intake.understanding.diploma_date import is_past

__all__ = ["award_date"]

# The act that awards a diploma, told done: its results published or out, a course or a contract that ended
# with the diploma («s'est terminé avec le diplôme», «sanctionné par le DE»), "the results came out".
_ACT = re.compile(
    r"\br[ée]sultats?\b|\bresults?\b"
    r"|\b(?:termin[ée]e?s?|achev[ée]e?s?|fini(?:e|s|es)?|conclue?s?|sanctionn[ée]e?s?|valid[ée]e?s?|pris\s+fin)\s+"
    r"(?:avec|par)\s+(?:l['’]obtention\s+(?:du|de\s+mon|de\s+ma)\s+|le\s+|la\s+|mon\s+|ma\s+|l['’])?"
    r"(?:dipl[oô]me|titre|(?-i:DE)\b)"
    r"|\b(?:ended|finished|concluded)\s+with\s+(?:my|the|a)\s+(?:degree|diploma)\b",
    re.IGNORECASE,
)
# The act still to come, awaited or denied: no date of it dates anything done.
_NOT_DONE = re.compile(
    r"\b(?:seront|sera|tomberont|tombera|sortiront|sortira|attend\w*|attente|prochains?|pas\s+encore|"
    r"pr[ée]vue?s?|will|expected|awaiting|await|pending|not\s+yet|due)\b",
    re.IGNORECASE,
)
# Results told out in a past form («a publié les résultats», «sont tombés», «publiés», "came out", "were
# released"): a present used for the future ("the results come out in January") tells nothing done.
_PAST = re.compile(
    r"\b(?:a|ont|avait|avaient)\s+(?:[ée]t[ée]\s+)?(?:publi|affich|proclam|communiqu|donn|envoy)\w*"
    r"|\b(?:publi|affich|proclam|tomb|sorti|paru|arriv)(?:[ée]|[ée]e|[ée]s|[ée]es|s|es)?\b"
    r"|\b(?:came|were|was|have\s+been|had\s+been|released|published|announced|got)\b",
    re.IGNORECASE,
)
# How far after the act's word its date may stand, within the sentence («… les résultats le 3 juillet»).
_REACH = 60


def award_date(
    unit: str, start: int, end: int, others: list[tuple[int, int]], today: date
) -> MonthYear | None:
    """The date of the act that awarded the diploma at [start, end) of `unit`, told in the same sentence, or
    None: the act told done, its date behind us, and no other diploma of `unit` nearer to the act."""
    for act in _ACT.finditer(unit):
        sentence_end = _sentence_end(unit, act.end())
        if _NOT_DONE.search(unit, max(0, act.start() - 40), min(sentence_end, act.end() + _REACH)):
            continue
        if _nearer_diploma(act, (start, end), others):
            continue
        if act.group(0).lower().startswith("r") and not _told_past(unit, act, sentence_end):
            continue
        when = _date_after(unit, act.end(), min(sentence_end, act.end() + _REACH), today)
        if when is not None and is_past(when, today):
            return when
    return None


def _told_past(unit: str, act: re.Match[str], sentence_end: int) -> bool:
    """The results told out in a past form around their word, within its clause."""
    return _PAST.search(unit, max(0, act.start() - 40), min(sentence_end, act.end() + 30)) is not None


def _sentence_end(unit: str, at: int) -> int:
    stop = re.compile(r"[.!?](?:\s|$)").search(unit, at)
    return stop.start() if stop else len(unit)


def _nearer_diploma(act: re.Match[str], own: tuple[int, int], others: list[tuple[int, int]]) -> bool:
    """Another diploma of the sentence stands nearer to the act than this one: the act is that one's."""

    def distance(span: tuple[int, int]) -> int:
        return max(0, span[0] - act.end(), act.start() - span[1])

    return any(distance(other) < distance(own) for other in others)


def _date_after(unit: str, begin: int, stop: int, today: date) -> MonthYear | None:
    """The first date right after the act's word: a full date, or a day and month with no year (the last
    such one); a yearless month said as a start («depuis juillet») is a state's, not the act's."""
    window = unit[begin:stop]
    full = [d for d in find_dates(window) if d.month is not None]
    yearless = last_yearless_month(window, today)
    if yearless is not None and not yearless[1] and (not full or yearless[0].start < full[0].start):
        when = yearless[0]
        return MonthYear(when.year, when.month, begin + when.start, begin + when.end)
    if full:
        return MonthYear(full[0].year, full[0].month, begin + full[0].start, begin + full[0].end)
    return None
