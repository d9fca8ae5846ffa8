"""A carried mail's yearless dates, read on the day that mail was written.

An applicant forwards or attaches a mail written weeks or months before: her own letter of December («mon
service civique se termine le 31 janvier»), an adviser's of June («votre stage se termine le 15 août»), her
mail of September ("graduating in November"). Their dates without a year point from THAT mail's Date, not
from the day we read it: read in February 2027, «le 31 janvier» of a mail sent in December 2026 is 31 January
2027, over — counted from the reading day it would be the next one, 2028, and hold her in a service civique.

So each carried mail whose header gives its Date («Date: mer. 20 janv. 2027 à 15:48», «Envoyé : vendredi 29
janvier 2027», «Le lun. 1 févr. 2027 à 10:12, … a écrit :», "On Mon, Feb 1, 2027 at 10:12 AM, … wrote:", an
attached message's own Date) has its yearless dates read with the year that Date and the verb's tense give: a
past told (a participle, an imperfect, «depuis», «dernier», "since", "last") the latest such day on or
before the Date; a future or a present («se termine le 31 janvier», «diplôme en décembre») the first on or
after it; no tense the nearest. The year is written into the text as read (an edit of its surface), so every
reader after reads it as a dated fact, and evidence quotes the words as written.

A carried mail's relative words count from its Date too: «le mois prochain», "next month" in a mail of
September are October of that year; «l'an dernier», "last year" the year before its Date; «dans trois
semaines», "in two weeks", «il y a deux mois», "two months ago" the day or month that far from it. They are
written as that month or day with its year («en octobre 2026», "in October 2026", «le 23 septembre 2026»):
the carried part is read as the dated text it was on its day, by the same edit of the surface. «Cette
année», "this year" are left as they are (a year alone beside a course would read as its diploma's).
"""

from __future__ import annotations

import dataclasses
import re
from datetime import date, timedelta
from email.utils import parsedate_to_datetime
from functools import partial
from typing import Any

from intake.months import ENGLISH, FRENCH, full_names, short_names, unaccented
from intake.parsing import ParsedMessage, is_forward_marker
from intake.understanding.clauses import FUTURE, PAST, PRESENT, is_verb, parse, tense_of
from intake.understanding.dates import COUNT_EN, COUNT_FR, count_of
from intake.understanding.deictic_days import DatedEdit, deictic_edits
from intake.understanding.lexicon import load_meanings
from intake.understanding.surface import Edit, Surface

_FULL = full_names()
_SHORT = short_names()
_MONTH_WORD = "|".join(sorted({*_FULL, *_SHORT}, key=len, reverse=True))
# A header line that dates a carried mail, and the attribution line of a quoted one.
_DATED_HEADER = re.compile(r"^\s*[*>\s]*(?:Date|Envoyé|Sent)\s*\*?\s*:\s*(?P<when>.+)$", re.IGNORECASE)
_ATTRIBUTION = re.compile(r"^\s*[>\s]*(?:Le|On)\s(?P<when>.{6,140}?)(?:a écrit|wrote)\s*:\s*$", re.IGNORECASE)
_HEADER_DATE = re.compile(
    rf"(?P<day>\d{{1,2}})(?:er)?\s+(?P<month>{_MONTH_WORD})\.?,?\s+(?P<year>20\d\d)"
    rf"|(?P<month2>{_MONTH_WORD})\.?\s+(?P<day2>\d{{1,2}}),?\s+(?P<year2>20\d\d)"
    r"|(?P<d3>\d{1,2})/(?P<m3>\d{1,2})/(?P<y3>20\d\d)",
    re.IGNORECASE,
)
# A day and a month, or a month after the words that place a thing in it, with no year after them.
_FRENCH_MONTH = "|".join(sorted({*FRENCH, *(unaccented(m) for m in FRENCH)}, key=len))
_ENGLISH_MONTH = "|".join(m.capitalize() for m in ENGLISH)
_YEARLESS = re.compile(
    rf"(?<![\w/])(?P<day>\d{{1,2}}|1er|premier)\s+(?P<month>{_FRENCH_MONTH})\b"
    rf"|\b(?P<lead>en|depuis|fin|début|mi-|jusqu'en|d'ici|dès|avant|après)\s+(?P<month2>{_FRENCH_MONTH})\b"
    r"|\b(?P<lead3>in|since|until|by|early|late|end of|mid-)\s*"
    rf"(?P<month3>{_ENGLISH_MONTH})\b",
    re.IGNORECASE,
)
# No year after the date, nor a range's second end dated just after it («du 4 janvier au 26 février 2027»).
_NO_YEAR_AFTER = re.compile(
    r"(?!\s*'?\d)(?!\s*(?:au|à|-|–|to)\s+[^\n]{0,20}\b(?:19|20)\d\d\b)"
    r"(?P<relative>\s+(?:dernier|passé|prochain|last|next)\b)?"
)
# The first line of a carried mail's header: who wrote it («De : …», "From: …») or a forward's marker.
_AUTHOR_LINE = re.compile(r"^\s*[*>\s]*(?:De|From)\s*\*?\s*:\s*\S", re.IGNORECASE)
_HEADER_SPAN = 6  # lines: a Date line belongs to a header opened this close above it
_BEFORE_WORDS = ("depuis", "since")


# Relative words, French and English: a month or a year away from the mail's Date, or a count of days, weeks
# or months after («dans») or before («il y a», "ago") it.
_RELATIVE = re.compile(
    r"\b(?:le mois (?P<month_fr>prochain|dernier)|l'(?:an|année) (?P<year_fr>prochaine?|dernière?)"
    r"|(?P<month_en>next|last) month|(?P<year_en>next|last) year)\b"
    rf"|\b(?P<ahead_fr>dans|d'ici)\s+(?P<n_fr>{COUNT_FR})\s+(?P<unit_fr>jours?|semaines?|mois)\b"
    rf"|\bil y a\s+(?P<n_ago_fr>{COUNT_FR})\s+(?P<unit_ago_fr>jours?|semaines?|mois)\b"
    rf"|\bin\s+(?P<n_en>{COUNT_EN})\s+(?P<unit_en>days?|weeks?|months?)\b"
    rf"|\b(?P<n_ago_en>{COUNT_EN})\s+(?P<unit_ago_en>days?|weeks?|months?)\s+ago\b",
    re.IGNORECASE,
)


def carried_dates_read(msg: ParsedMessage, today: date | None = None) -> tuple[ParsedMessage, Surface | None]:
    """The message with its carried mails' yearless dates read with their year and their relative words as
    the day, month or year they named, and the surface of those edits (None when there is none: the message
    as it was). Its own words too when it is read (`today`) after the day it was written: «mon stage se
    termine le 19 mars», written on 1 March and read on the 22nd, ended that 19 March."""
    edits: list[DatedEdit] = []
    for start, end, written_on in _carried_blocks(msg.text):
        edits += _block_edits(msg.text, start, end, written_on)
    for start, end, written_on in _own_block(msg, today):
        # Her own words are read from the reading day as ever, but for an end on a day they named that has
        # come since she wrote («se termine vendredi prochain», «le 19 mars», «dans dix jours»): the readers
        # would place it ahead still. Her «il y a vingt mois», «finit en mai» or «je soutiens la semaine
        # prochaine» are read as before (a start or a defence come since: whether it took place, the mail
        # cannot say).
        found = _block_edits(msg.text, start, end, written_on)
        edits += [e for e in found if today and written_on < e[3] <= today and _told_end(msg.text, e[0])]
    edits.sort()
    edits = [e for i, e in enumerate(edits) if i == 0 or e[0] >= edits[i - 1][0] + len(edits[i - 1][1])]
    if not edits:
        return msg, None
    out: list[str] = []
    recorded: list[Edit] = []
    cursor = delta = 0
    for at, was, now, _ in edits:
        out.append(msg.text[cursor:at])
        recorded.append(Edit(at + delta, now, was))
        out.append(now)
        cursor = at + len(was)
        delta += len(now) - len(was)
    out.append(msg.text[cursor:])
    read = "".join(out)
    return dataclasses.replace(msg, text=read), Surface(msg.text, read, tuple(recorded))


_WORD = re.compile(r"[\w'’-]+")


def _told_end(text: str, at: int) -> bool:
    """An ending word ([ending]: «se termine», «jusqu'au», "ends", "until") among the few words before `at`
    in its sentence."""
    start = max(text.rfind(".", 0, at), text.rfind("\n", 0, at), at - 60) + 1
    words = [w.lower().replace("’", "'") for w in _WORD.findall(text[start:at])][-5:]
    ending = load_meanings()["ending"].lemmas
    return any(w in ending or w.split("'")[-1] in ending for w in words)  # «s'achève», «jusqu'au»


def _block_edits(text: str, start: int, end: int, written_on: date) -> list[DatedEdit]:
    """The edits of text[start:end], a text written on `written_on`: its yearless dates, its relative words
    and the days it names from its own day (deictic_days.py), each with the day it named."""
    edits = [e for m in _YEARLESS.finditer(text, start, end) if (e := _dated(text, m, written_on))]
    for r in _RELATIVE.finditer(text, start, end):
        now, named = _counted(r, written_on)
        edits.append((r.start(), r.group(0), now, named))
    return edits + deictic_edits(text, start, end, written_on, partial(direction_from_verb, text))


def _own_block(msg: ParsedMessage, today: date | None) -> list[tuple[int, int, date]]:
    """(0, where the first carried or quoted mail opens, the message's own Date) when it was written before
    the reading day; none when read on its day (the readers count from that day already) or undated."""
    if today is None or msg.date is None or msg.date.date() >= today:
        return []
    offset = 0
    for line in msg.text.split("\n"):
        carried = _AUTHOR_LINE.match(line) or _ATTRIBUTION.match(line) or is_forward_marker(line)
        if carried or line.lstrip().startswith(">"):
            break
        offset += len(line) + 1
    return [(0, min(offset, len(msg.text)), msg.date.date())]


def _carried_blocks(text: str) -> list[tuple[int, int, date]]:
    """(start, end, its Date) of each carried mail whose header dates it: from its header to the next
    carried mail's header or the end."""
    starts: list[tuple[int, date]] = []
    offset = 0
    opened = -_HEADER_SPAN - 1  # the line where the last header opened
    for i, line in enumerate(text.split("\n")):
        if _AUTHOR_LINE.match(line) or is_forward_marker(line):
            opened = i
        dated = _DATED_HEADER.match(line) if i - opened <= _HEADER_SPAN else None
        m = dated or _ATTRIBUTION.match(line)
        when = _header_day(m.group("when")) if m else None
        if when is not None:
            starts.append((offset + len(line) + 1, when))
        elif is_forward_marker(line) and starts:
            starts.append((offset, starts[-1][1]))  # a marker ends the block above; its own Date follows
        offset += len(line) + 1
    blocks = []
    for i, (start, when) in enumerate(starts):
        end = starts[i + 1][0] if i + 1 < len(starts) else len(text)
        blocks.append((start, end, when))
    return blocks


def _header_day(value: str) -> date | None:
    """The day a header value names: an RFC date («Mon, 07 Dec 2026 18:20:00 +0100»), «mer. 20 janv. 2027
    à 15:48», «vendredi 29 janvier 2027 12:40», "Mon, Feb 1, 2027 at 7:00 AM", «20/01/2027»."""
    try:
        return parsedate_to_datetime(value.strip()).date()
    except (TypeError, ValueError, IndexError):
        pass
    m = _HEADER_DATE.search(value)
    if m is None:
        return None
    try:
        if m.group("d3"):
            return date(int(m.group("y3")), int(m.group("m3")), int(m.group("d3")))
        day, month, year = (m.group("day"), m.group("month"), m.group("year"))
        if day is None:
            day, month, year = m.group("day2"), m.group("month2"), m.group("year2")
        number = _FULL.get(month.lower()) or _SHORT.get(month.lower().rstrip("."))
        return date(int(year), number, int(day)) if number else None
    except ValueError:
        return None


def _dated(text: str, m: re.Match[str], written_on: date) -> DatedEdit | None:
    """(where, the words as written, the words with their year, the day they name) for one yearless date,
    or None."""
    after = _NO_YEAR_AFTER.match(text, m.end())
    if after is None:
        return None  # a year follows: dated already
    name = (m.group("month") or m.group("month2") or m.group("month3")).lower()
    month = _FULL.get(name) or _FULL.get(name.replace("e", "é", 1))
    if month is None:
        return None
    day = m.group("day")
    lead = (m.group("lead") or m.group("lead3") or "").lower()
    day_number = _day_of(day, lead, month)
    relative = (after.group("relative") or "").strip().lower()
    direction = _direction(text, m, relative, lead)
    year = _year(month, day_number, written_on, direction)
    if year is None:
        return None
    words, named = m.group(0), date(year, month, day_number)
    if relative:
        return m.start(), text[m.start() : after.end()], f"{words} {year}", named
    return m.start(), words, f"{words} {year}", named


def _day_of(day: str | None, lead: str, month: int) -> int:
    """The day a date names, or the day a month alone stands for: its start, its middle, its end."""
    if day:
        return 1 if day.lower() in {"1er", "premier"} else int(day)
    if lead in {"début", "early", "dès", "depuis", "since"}:
        return 1
    return 28 if lead in {"fin", "late", "end of", "jusqu'en", "until", "by"} else 15


def _direction(text: str, m: re.Match[str], relative: str, lead: str) -> str:
    """before / after / nearest: where the date lies from the carried mail's Date."""
    before = text[max(0, m.start() - 12) : m.start()].lower()
    since = lead in _BEFORE_WORDS or any(word in before for word in _BEFORE_WORDS)  # «depuis début mars»
    if relative in {"dernier", "passé", "last"} or since:
        return "before"
    if relative in {"prochain", "next"}:
        return "after"
    if not m.group("month3"):
        return direction_from_verb(text, m.start("month" if m.group("month") else "month2"))
    return "nearest"


def direction_from_verb(text: str, at: int) -> str:
    """before / after / nearest: where a thing told at `at` lies from the day its text was written, by the
    nearest verb before it in its sentence — a past told done points back, a present or a future ahead."""
    sentence_start = max(text.rfind(".", 0, at), text.rfind("\n", 0, at)) + 1
    ends = (text.find(".", at), text.find("\n", at))
    sentence_end = min((i for i in ends if i >= 0), default=len(text))
    verb = _verb_before(parse(text[sentence_start:sentence_end]), at - sentence_start)
    if verb is None:
        return "nearest"
    tense = tense_of(verb)
    if tense == PAST:
        return "before" if _told_done(verb) else "nearest"
    return "after" if tense in {PRESENT, FUTURE} else "nearest"


def _verb_before(doc: Any, at: int) -> Any:
    """The verb nearest before the date in its sentence that tells a time — a participle standing alone
    («éducateur spécialisé», «diplômée») is passed over —, or None. The nearest verb rather than the parse's
    head: in «j'ai eu mon DE en juin, et je cherche…» the small model may hang «juin» on «cherche»."""
    for token in reversed([t for t in doc if t.idx < at]):
        auxiliary = token.dep_ in {"aux", "aux:tense", "aux:pass", "cop"}
        if is_verb(token) and not auxiliary and not _bare_participle(token):
            return token
    return None


def _bare_participle(predicate: Any) -> bool:
    """A participle with no auxiliary nor copula: an attribute, not a tense («diplômée en juin»)."""
    return "Part" in predicate.morph.get("VerbForm") and not any(
        c.dep_ in {"aux", "aux:pass", "aux:tense", "cop"} for c in predicate.children
    )


def _told_done(predicate: Any) -> bool:
    """A past told as an act done: an imperfect, a participle after «avoir» or a reflexive («s'est
    terminé») (meanings.toml [avoir_auxiliary], [reflexive_clitic]). A participle after «être» alone is a
    state as often as a past («votre place est réservée pour le 28 janvier», «c'est noté : mardi 17
    novembre»): no direction is read from it."""
    if "Part" not in predicate.morph.get("VerbForm"):
        return True
    meanings = load_meanings()
    have, reflexive = meanings["avoir_auxiliary"].lemmas, meanings["reflexive_clitic"].lemmas
    return any(
        c.lower_ in have or (c.lower_ in reflexive and c.dep_ not in {"nsubj", "obl"})
        for c in predicate.children
    )


_SLACK = timedelta(days=10)  # a header's Date and the days its mail tells may be a few days loose


def _year(month: int, day: int, written_on: date, direction: str) -> int | None:
    """The year of (month, day) before, after or nearest `written_on`, give or take `_SLACK`."""
    try:
        candidates = [date(y, month, day) for y in range(written_on.year - 1, written_on.year + 2)]
    except ValueError:
        return None
    if direction == "before":
        return max(c for c in candidates if c <= written_on + _SLACK).year
    if direction == "after":
        return min(c for c in candidates if c >= written_on - _SLACK).year
    return min(candidates, key=lambda c: abs((c - written_on).days)).year


def _counted(m: re.Match[str], written_on: date) -> tuple[str, date]:
    """One relative phrase of a carried mail as the month, year or day it named from `written_on`, in the
    phrase's language: «le mois prochain» → «en octobre 2026», "two weeks ago" → "on 19 August 2026"; and
    that day (a month's or a year's first)."""
    english = bool(m.group("month_en") or m.group("year_en") or m.group("n_en") or m.group("n_ago_en"))
    said = (
        m.group("month_fr") or m.group("month_en") or m.group("year_fr") or m.group("year_en") or ""
    ).lower()
    step = 1 if said.startswith(("prochain", "next")) else -1
    if m.group("month_fr") or m.group("month_en"):
        month = _months_on(written_on, step)
        return _month_named(month, english), month
    if m.group("year_fr") or m.group("year_en"):
        return f"{'in' if english else 'en'} {written_on.year + step}", date(written_on.year + step, 1, 1)
    count = m.group("n_fr") or m.group("n_ago_fr") or m.group("n_en") or m.group("n_ago_en")
    unit = (
        m.group("unit_fr") or m.group("unit_ago_fr") or m.group("unit_en") or m.group("unit_ago_en")
    ).lower()
    n = count_of(count) * (1 if (m.group("ahead_fr") or m.group("n_en")) else -1)
    if unit.startswith("mois") or unit.startswith("month"):
        month = _months_on(written_on, n)
        return _month_named(month, english), month
    day = written_on + timedelta(days=n * (7 if unit.startswith(("semaine", "week")) else 1))
    if english:
        return f"on {day.day} {ENGLISH[day.month - 1].capitalize()} {day.year}", day
    return f"le {day.day} {FRENCH[day.month - 1]} {day.year}", day


def _months_on(written_on: date, step: int) -> date:
    """The first day of the month `step` months from `written_on`'s."""
    index = written_on.year * 12 + written_on.month - 1 + step
    return date(index // 12, index % 12 + 1, 1)


def _month_named(month: date, english: bool) -> str:
    if english:
        return f"in {ENGLISH[month.month - 1].capitalize()} {month.year}"
    return f"en {FRENCH[month.month - 1]} {month.year}"
