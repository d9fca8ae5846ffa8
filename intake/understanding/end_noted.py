"""A situation noted in a fragment with its end as a dated noun, no verb to carry its time («Mission de
service civique : fin prévue fin novembre», «Stage en cours → fin 12/02/27», «service civique, fin le 30
janvier», "internship, ending 30 January"). A short note or a CV line says whether the situation runs by
the date its end is given: an end after this month, it runs today; an end this month, whether it is over
is asked; an end gone by, it is over (nothing held).

Read only when the end comes right after the mention, in its own stretch of the note: a sentence's stop, a
pipe, a semicolon or a new situation's name closes the stretch («stage fini | SC en cours → fin 30/04/27»:
the end is the civic service's)."""

from __future__ import annotations

import re
from datetime import date

from intake.understanding.dates import MONTH_ALT, end_date_after, find_dates

NOW, NOT_NOW, UNSURE = "now", "not_now", "unsure"

# The end as a noun, planned or not, after a mark that sets it apart as a note of its own (a comma, a colon,
# an arrow, a bracket: «…, terminé fin juin» is a participle's date, read elsewhere), then its date: «fin
# prévue fin novembre», «fin : 30/04/27», «date de fin le 12 février», «fin de mission en mars», "ending 30
# January", "end date: March 2027". Its date is what follows, up to the stretch's edge. Whole words: "ended on
# 12 March" is a verb's past (read elsewhere), and "ends on 12 March" no "end" before "s on 12 March".
_END_NOUN = re.compile(
    r"(?:^|[,:(→>–—-])\s*(?:(?:la\s+|date\s+de\s+)?fin(?:\s+de\s+(?:mission|contrat|stage))?"
    r"(?:\s+pr[ée]vue?)?|(?:end\s+date|ending|ends|end)\b(?:\s+on|\s+in)?)\s*:?\s*"
    r"(?P<when>[^,;.()|\n→]{2,30})",
    re.IGNORECASE,
)
# A verb of ending or leaving before the mention, in its clause.
_ENDED_BY_A_VERB = re.compile(
    r"\b(?:termin|fini|achev|quitt|arr[êe]t|boucl|complet|finish|end|left|quit)\w*", re.IGNORECASE
)
# What closes the mention's stretch before its end would be read: a stop, a pipe, a semicolon, a new line.
_EDGE = re.compile(r"[.;!?|\n]")


def noted_end(unit: str, after: int, today: date, before: int = 0) -> str | None:
    """Whether the situation named just before `after` in `unit` runs today by the end noted after it: NOW,
    NOT_NOW, UNSURE (its end is this month), or None when no end with a date follows in its stretch. A verb
    of ending before the mention (from `before`, its clause's start) tells the end itself («je viens de
    terminer mon stage (fin octobre)»): read elsewhere, not here."""
    if _ENDED_BY_A_VERB.search(unit[before:after]):
        return None
    edge = _EDGE.search(unit, after)
    stretch = unit[after : edge.start() if edge else len(unit)]
    found = _END_NOUN.search(stretch)
    if found is None:
        return None
    when = found.group("when")
    end = end_date_after(when, today, True)
    if end is None:
        return None
    if _A_DAY.search(when):
        return NOW if end >= today else NOT_NOW  # «fin le 20 novembre», read on the 26th: a day is exact
    if (end.year, end.month) == (today.year, today.month):
        return UNSURE  # «fin prévue fin novembre», read in November: over by now or days from it; asked
    if not find_dates(when, today) and not _PLANNED.search(found.group()):
        # A month of no year: one far ahead is rather the last one, gone by («(fin octobre)» read in
        # November); a near one may be either («stage, fin en mars»): asked.
        ahead = (end.year - today.year) * 12 + end.month - today.month
        return NOT_NOW if ahead > _NEAR_MONTHS else UNSURE
    return NOW if end > today else NOT_NOW


_NEAR_MONTHS = 6

# An end given to the day («le 20 novembre», «30/04/27», "30 January", "January 30"): no month-wide doubt.
# The month names are dates.py's (French, English and the foreign ones it reads), each fact defined once.
_A_DAY = re.compile(
    rf"\b\d{{1,2}}(?:er|st|nd|rd|th)?\s+(?:{MONTH_ALT})|\b\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{2,4}}\b"
    rf"|\b(?:{MONTH_ALT})\w*\s+\d{{1,2}}\b",
    re.IGNORECASE,
)


# An end said planned: its yearless month is the next one («fin prévue en mars»).
_PLANNED = re.compile(r"\bpr[ée]vue?\b|\bplanned\b|\bexpected\b", re.IGNORECASE)
