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
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

from intake import resources
from intake.understanding.dates import end_date_after, find_dates
from intake.understanding.lexicon import load_lexicon, read_table, word_alternation

NOW, UNSURE = "now", "unsure"
_NEAR_MONTHS = 6


@dataclass(frozen=True)
class _Words:
    extended: re.Pattern[str]  # the verb, then its end within the clause: groups `between` and `when`
    not_done: re.Pattern[str]  # an extension denied, offered, hoped or supposed before its verb
    undone_after: re.Pattern[str]  # the extension itself taken back after it
    hearsay: re.Pattern[str]  # the end reported on someone else's word
    early: re.Pattern[str]  # an end said as the first days of a month
    bare_verb: re.Pattern[str]  # the verb of extension alone, its end untold


@lru_cache(maxsize=4)
def _words(rules_dir: Path) -> _Words:
    """placements.toml [extended]: the verbs of extension and their end, what denies or takes back the
    extension, what reports its end on another's word, what says it early in a month."""
    t = read_table(rules_dir, "placements.toml")["extended"]
    alt = word_alternation
    until = rf"(?:{alt(t['until_elided'])})\s*(?:{alt(t['until_elided_then'])})|{alt(t['until'])}"
    verb = rf"\b(?:{alt(t['verbs'])})(?!\w*?(?:{alt(t['possible'])})\b)\w*"  # not «renouvelable»
    extended = (
        rf"{verb}"
        rf"(?P<between>[^.;!?]{{0,40}}?)\b(?:{until})\s+"
        r"(?P<when>[^,;.!?()]{2,30})"
    )
    not_done = (
        rf"\b(?:{alt(t['not_done'])}|(?:{alt(t['not_done_stems'])})\w*)\b"
        rf"|(?:{alt(t['not_done_elided'])})\b"
    )
    undone = rf"\b(?:{alt(t['undone_after'])}|(?:{alt(t['undone_after_stems'])})\w*)\b"
    early = rf"\s*[«\"“]?\s*(?:{alt(t['early'])})\b"
    return _Words(
        re.compile(extended, re.IGNORECASE),
        re.compile(not_done, re.IGNORECASE),
        re.compile(undone, re.IGNORECASE),
        re.compile(rf"\b(?:{alt(t['hearsay'])})\b", re.IGNORECASE),
        re.compile(early, re.IGNORECASE),
        re.compile(verb, re.IGNORECASE),
    )


_CLAUSE_OPEN = re.compile(r"[,;:]|\b(?:mais|but|et|and)\b", re.IGNORECASE)


def extended_end(unit: str, today: date) -> str | None:
    """NOW when `unit` tells a placement extended to a date after today, UNSURE to one this month, else
    None (see the module's docstring)."""
    words = _words(resources.rules_dir())
    said = words.extended.search(unit)
    if said is None:
        return _extended_past_its_end(unit, today, words)
    opens = [m.end() for m in _CLAUSE_OPEN.finditer(unit, 0, said.start())]
    clause = unit[opens[-1] if opens else 0 : said.start()] + said.group("between")
    if words.not_done.search(clause):
        return None
    if words.undone_after.search(unit, said.end()):
        return None  # «… prolongé jusqu'au 4 décembre — puis le prolongement a été annulé»: not the last
    end = end_date_after(said.group("when").strip("«»\"“” "), today, True)
    if end is None:
        return None
    if words.hearsay.search(unit) or re.match(r"\s*[«\"“]", said.group("when")):
        # «prolongée jusqu'à « début décembre », selon ma tutrice»: an end reported or set in quotes; asked.
        return UNSURE if end >= today else None
    ahead = (end.year - today.year) * 12 + end.month - today.month
    if not find_dates(said.group("when"), today) and ahead > _NEAR_MONTHS:
        return None  # a yearless end read half a year ahead or more: rather one gone by («until 10 October»)
    if (end.year, end.month) == (today.year, today.month):
        return UNSURE if end >= today else None
    if words.early.match(said.group("when")) and ahead == 1:
        return UNSURE  # «jusqu'à début décembre», "until early December", read in late November: asked
    return NOW if end > today else None


def _extended_past_its_end(unit: str, today: date, words: _Words) -> str | None:
    """UNSURE when `unit` tells a placement's planned end gone by on the reading day, then the placement
    extended with no new end («devait finir le 31 décembre, mais il a été prolongé», read on 11 January): it
    ran past that end, and whether it still runs is not told. Not an extension denied, supposed or taken
    back (as above); a planned end still ahead leaves the placement as the rest of the letter reads it."""
    verb = words.bare_verb.search(unit)
    if verb is None:
        return None
    opens = [m.end() for m in _CLAUSE_OPEN.finditer(unit, 0, verb.start())]
    if words.not_done.search(unit, opens[-1] if opens else 0, verb.start()):
        return None
    if words.undone_after.search(unit, verb.end()):
        return None
    ends = load_lexicon().structure.ends
    before = unit[: verb.start()]
    planned = None
    for word in re.finditer(r"\w+", before):
        if word.group().lower().startswith(ends):
            told = re.split(r"[,;.()]", before[word.end() :], maxsplit=1)[0][:40].lstrip(" :")
            planned = end_date_after(told, today, False) or planned
    return UNSURE if planned is not None and planned < today else None
