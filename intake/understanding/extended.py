"""A placement told extended to a date: «ma mission a été prolongée jusqu'au 15 février», «mon stage est
renouvelé jusqu'en mars», "my internship has been extended until March".

Whatever end the letter gave the placement before («devait se terminer fin novembre, mais …»), an extension
is the newest word on it: the end it sets is the end. Read in a sentence that names a civic service or an
internship of the writer's (situation.py passes only those): the extension's own clause, from its verb to
the date after «jusqu'à», «jusqu'en», "until" — an end after today, the placement runs now; an end this
month, whether it is over is asked; an end gone by, nothing is held here.

Never an extension denied, offered, supposed or taken back after («n'a pas été prolongée», «pourrait être
prolongée», «si elle est prolongée», "might be extended", «… et puis le prolongement a été annulé»): the
placement's end stays as the letter otherwise tells it. An end reported on another's word or set in quotes
(«jusqu'à « début décembre », selon ma tutrice») is asked."""

from __future__ import annotations

import re
from datetime import date

from intake.understanding.dates import end_date_after, find_dates

NOW, UNSURE = "now", "unsure"
_NEAR_MONTHS = 6

# A verb of extension, told done or as a state, then its end within the clause: «prolongée jusqu'au 15
# février», «renouvelé jusqu'en mars», «reconduite jusqu'à fin janvier», "extended until March".
_EXTENDED = re.compile(
    r"\b(?:prolong|renouvel|reconduit|extended|renewed)\w*"
    r"(?P<between>[^.;!?]{0,40}?)\b(?:jusqu['’]\s*(?:à|au|en)|until|till|through|to)\s+"
    r"(?P<when>[^,;.!?()]{2,30})",
    re.IGNORECASE,
)
# An extension denied, offered, hoped or supposed before its verb, in its clause.
_NOT_DONE = re.compile(
    r"\b(?:ne|n['’]|pas|pourrai\w*|pourrait|peut|peut-être|pu|aurai\w*|si|sera|serait|devrai\w*|propos\w*|"
    r"esp[èe]r\w*|"
    r"not|never|might|may|could|would|will|if|hope|offered|asked)\b|['’]ll\b",
    re.IGNORECASE,
)
# The extension itself taken back after it: «finalement le prolongement a été annulé», "the extension fell
# through".
_UNDONE_AFTER = re.compile(
    r"\b(?:annul\w*|finalement|retir[ée]e?|tomb[ée]e? à l['’]eau|cancel+ed|called off|fell through)\b",
    re.IGNORECASE,
)
# The end reported on someone else's word: «selon ma tutrice», «d'après la structure», "according to".
_HEARSAY = re.compile(r"\b(?:selon|d['’]apr[èe]s|according to)\b", re.IGNORECASE)
# An end said as the first days of a month, no day given: «début décembre», "early December".
_EARLY = re.compile(r"\s*[«\"“]?\s*(?:d[ée]but|early|the beginning of|the start of)\b", re.IGNORECASE)
_CLAUSE_OPEN = re.compile(r"[,;:]|\b(?:mais|but|et|and)\b", re.IGNORECASE)


def extended_end(unit: str, today: date) -> str | None:
    """NOW when `unit` tells a placement extended to a date after today, UNSURE to one this month, else
    None (see the module's docstring)."""
    said = _EXTENDED.search(unit)
    if said is None:
        return None
    opens = [m.end() for m in _CLAUSE_OPEN.finditer(unit, 0, said.start())]
    clause = unit[opens[-1] if opens else 0 : said.start()] + said.group("between")
    if _NOT_DONE.search(clause):
        return None
    if _UNDONE_AFTER.search(unit, said.end()):
        return None  # «… prolongé jusqu'au 4 décembre — puis le prolongement a été annulé»: not the last
    end = end_date_after(said.group("when").strip("«»\"“” "), today, True)
    if end is None:
        return None
    if _HEARSAY.search(unit) or re.match(r"\s*[«\"“]", said.group("when")):
        # «prolongée jusqu'à « début décembre », selon ma tutrice»: an end reported or set in quotes; asked.
        return UNSURE if end >= today else None
    ahead = (end.year - today.year) * 12 + end.month - today.month
    if not find_dates(said.group("when"), today) and ahead > _NEAR_MONTHS:
        return None  # a yearless end read half a year ahead or more: rather one gone by («until 10 October»)
    if (end.year, end.month) == (today.year, today.month):
        return UNSURE if end >= today else None
    if _EARLY.match(said.group("when")) and ahead == 1:
        return UNSURE  # «jusqu'à début décembre», "until early December", read in late November: asked
    return NOW if end > today else None
