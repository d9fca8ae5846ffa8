"""A résumé's periods: a dated line of a profile or a CV typed in a mail («sept. 2024 - aujourd'hui · 2 ans»,
«2023 - 2025», «depuis 2025», "Sep 2024 – Present · 3 mos") read as a start, an end or «still going», a length
said, and what the period is about (the entry's other lines: the role, the employer, the diploma).

A pasted profile sets an entry on several lines, the period on a line of its own under the role and the
employer («Stagiaire chargée de communication / Les Petits Frères des Pauvres · Stage / sept. 2026 -
aujourd'hui · 3 mois»); the readers of situations and diplomas read a line with its own date, so each entry
is put back on one line («… · Stage · sept. 2026 - aujourd'hui · 3 mois»); a line opening on a period is a
résumé's entry, the writer's own, presenting nobody (`opens_on_period`).

Invariants: nothing is joined outside a text laid out as a résumé (two lines or more that are only a
section's heading); only the lines of one entry (a run of lines with no blank line, cut after each period
line) are joined, and only when a line of it is a period alone; a heading line is never joined; lines of
prose are left as they are. An entry «still going» whose length is said («mars 2026 - aujourd'hui · 5
mois») tells the day the profile was written: when that day is months before the mail's, its «today» is the
profile's, not the mail's (`stale_today`). A résumé laid out by year («2026» on a line of its own, its
entries under it) dates by that year the months that open its lines with none («avr. – juil. Stagiaire …»:
`years_put_on_months`)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from intake.understanding.dates import MONTH_ALT, MonthYear, find_dates, month_number
from intake.understanding.lexicon import load_lexicon

__all__ = [
    "Period",
    "dated_entries",
    "find_period",
    "profile_day",
    "reads_as_resume",
    "resume_entries_joined",
    "stale_today",
    "years_put_on_months",
]

# A word of «still going» closing a range: «- aujourd'hui», "– Present", «- à ce jour».
_UNTIL_TODAY = r"(?:aujourd['’]hui|[àa] ce jour|ce jour|pr[ée]sent|present|now|current|en cours|actuellement)"
# A length said after the period: «· 3 mois», «· 1 an 10 mois», "· 11 mos", "2 yrs 1 mo", «(8 mois)».
_LENGTH = re.compile(
    r"(?P<years>\d{1,2})\s*(?:ans?|yrs?|years?)(?:\s+(?P<more>\d{1,2})\s*(?:mois|mos?|months?))?"
    r"|(?P<months>\d{1,2})\s*(?:mois|mos?|months?)",
    re.IGNORECASE,
)
# What may close a period line after its dates: a separator and a length, a note in brackets («(1re année)»,
# «(en cours)»), nothing else.
_TAIL = re.compile(
    rf"\s*(?:[·•|,]\s*)?(?:(?:{_LENGTH.pattern})\s*)?(?:\([^()]{{1,30}}\)\s*)?$", re.IGNORECASE
)
_SINCE = re.compile(r"\s*(?:depuis(?:\s+le)?|since|from|dès)\s+", re.IGNORECASE)
_BETWEEN = re.compile(r"\s*(?:[-–—/]|à|au|to|until)\s*", re.IGNORECASE)
_TODAY_AFTER = re.compile(rf"\s*(?:[-–—]|à|to|until)\s*{_UNTIL_TODAY}\b", re.IGNORECASE)
# A profile's «today» written months before the mail's: more than this gap, the profile is not today's.
_STALE_MONTHS = 2


@dataclass(frozen=True)
class Period:
    """One period read on a line: its start (None for a single date), its end (None when still going),
    whether it runs to today, the length said in months (None when unsaid), where it stands on the line."""

    start: MonthYear | None
    end: MonthYear | None
    ongoing: bool
    length: int | None
    begin: int
    stop: int


def find_period(line: str, alone: bool = True) -> Period | None:
    """The period a line opens on: «sept. 2024 - aujourd'hui · 2 ans», «2023 - 2025», «Depuis 2025», "Jan
    2026 - Present · 11 mos", «2022 - 2023 (1re année)». With `alone`, only when the line is a period alone
    (its dates, a length, a note in brackets): None for a line of prose or an entry's title holding a date;
    without, whatever follows the period (a town, the rest of a joined entry)."""
    if not line.strip() or not any(ch.isdigit() for ch in line):
        return None  # the cheap test first: a period holds a year
    since = _SINCE.match(line)
    begin = since.end() if since else len(line) - len(line.lstrip())
    dates = [d for d in find_dates(line) if d.start >= begin]
    if not dates or dates[0].start != begin:
        return None
    first = dates[0]
    after = line[first.end :]
    ongoing = since is not None
    end: MonthYear | None = first
    start: MonthYear | None = first
    stop = first.end
    today_word = _TODAY_AFTER.match(after)
    if today_word:
        ongoing, end, stop = True, None, first.end + today_word.end()
    elif len(dates) > 1 and _BETWEEN.fullmatch(line[first.end : dates[1].start]):
        end, stop = dates[1], dates[1].end
    elif not ongoing:
        start = None  # a single date: «2024», «juin 2025»
    else:
        end = None
    if alone and _TAIL.match(line, stop) is None:
        return None
    said = _LENGTH.match(line, stop + len(line[stop:]) - len(line[stop:].lstrip(" ·•|,(")))
    return Period(start, end, ongoing, _months(said) if said else None, begin, stop)


def _months(said: re.Match[str]) -> int:
    if said.group("months"):
        return int(said.group("months"))
    return int(said.group("years")) * 12 + int(said.group("more") or 0)


def profile_day(period: Period) -> tuple[int, int] | None:
    """The (year, month) a profile was written on, told by an entry still going with its start's month and
    its length («mars 2026 - aujourd'hui · 5 mois»: July 2026, the start's month counted as the first), or
    None when the period does not tell it."""
    if not period.ongoing or period.length is None or period.start is None or period.start.month is None:
        return None
    months = period.start.year * 12 + period.start.month - 1 + period.length - 1
    return months // 12, months % 12 + 1


def stale_today(line: str, today: date) -> bool:
    """The line's «today» is not the mail's: the entry runs «to today» but its length says the profile was
    written more than two months before `today` («mars 2026 - aujourd'hui · 5 mois» read in November)."""
    for start in (m.start() for m in re.finditer(r"(?:^|·|\||—|\s)\s*(?=\w)", line)):
        period = find_period(line[start:].lstrip(" ·|—"), alone=False)
        day = profile_day(period) if period else None
        if day is not None:
            gap = (today.year - day[0]) * 12 + today.month - day[1]
            return gap > _STALE_MONTHS
    return False


def _heading(line: str, headings: frozenset[str]) -> bool:
    return line.strip(" \t:•-–—").casefold() in headings


def reads_as_resume(text: str) -> bool:
    """Two lines or more that are only a résumé's section headings («Expérience», «FORMATION»)."""
    if "\n" not in text:
        return False
    headings = frozenset(load_lexicon().cv_headings)
    return sum(1 for line in text.split("\n") if _heading(line, headings)) >= 2


def resume_entries_joined(text: str) -> str:
    """`text` with each entry of a résumé typed in it put on one line when its period stands on a line of its
    own (see the module's invariants); `text` itself when it is not laid out as a résumé."""
    if not reads_as_resume(text):
        return text
    headings = frozenset(load_lexicon().cv_headings)
    lines = text.split("\n")
    out: list[str] = []
    entry: list[str] = []
    for line in lines:
        if not line.strip() or _heading(line, headings):
            out += _entries(entry)
            entry = []
            out.append(line)
        else:
            entry.append(line)
    out += _entries(entry)
    return "\n".join(out)


def _entries(lines: list[str]) -> list[str]:
    """One run of lines (no blank, no heading): cut after each line that is a period alone, each piece with
    such a line joined by «·»; lines after the last period stay with its entry (a town, a contract); a run
    with no period line is left as it is."""
    cuts = [i for i, line in enumerate(lines) if i > 0 and find_period(line.strip()) is not None]
    if not cuts:
        return lines
    out: list[str] = []
    first = 0
    for cut in cuts:
        out.append(" · ".join(part.strip() for part in lines[first : cut + 1]))
        first = cut + 1
    if first < len(lines):
        out[-1] += " · " + " · ".join(part.strip() for part in lines[first:])
    return out


# A segment of an entry on one line: what stands between its « · » («Comptable · Cabinet X · 2012 - 2023»).
_SEGMENT = re.compile(r"\s*[·|]\s*")


def dated_entries(text: str) -> str:
    """The entries of a résumé typed in `text` whose period stands among their segments, period first, one a
    line («Comptable · Cabinet Vernet · 2012 - 2023 · 11 ans» → «2012 - 2023 : Comptable · Cabinet Vernet ·
    11 ans»), as a timeline's lines are written; "" when fewer than two, or when `text` is no résumé. A
    CV's reader reads years in a trade before a degree from such lines."""
    if ("·" not in text and "|" not in text) or not reads_as_resume(text):
        return ""
    out = [dated for line in text.split("\n") if (dated := _period_first(line))]
    return "\n".join(out) if len(out) >= 2 else ""


def _period_first(line: str) -> str:
    """The line with its period put first, or "" when none of its segments (but the first) opens on one."""
    segments = _SEGMENT.split(line.strip())
    for i, segment in enumerate(segments[1:], 1):
        period = find_period(segment)
        if period is not None:
            # The length said in the next segment stays with its period («… - aujourd'hui · 4 mois»).
            told = int(i + 1 < len(segments) and _LENGTH.fullmatch(segments[i + 1]) is not None)
            dated = " · ".join(segments[i : i + 1 + told])
            rest = [part for j, part in enumerate(segments) if not i <= j <= i + told]
            return f"{dated} : {' · '.join(rest)}"
    return ""


def opens_on_period(line: str) -> bool:
    """The line opens on a period, a résumé's entry («2025-2026 Agente d'accueil, CCAS de Lunel (CDD)»,
    «Depuis mars 2026 Stage — Fédération …»): the writer's own line, presenting nobody."""
    return line[:1].isalnum() and find_period(line, alone=False) is not None


# A résumé's line that is a year alone («2026», «2025 :»): the year of the entries under it.
_YEAR_ALONE = re.compile(r"^\s*(?P<year>(?:19|20)\d\d)\s*:?\s*$")
# Two months and no year opening a line («avr. – juil. Stagiaire», «oct. - mars : …»); a year written after
# either month («avr. 2026 – juil.», «avr. – juil. 2026») is its own date.
_MONTHS_ONLY = re.compile(
    rf"^(?P<lead>\s*)(?P<first>{MONTH_ALT})\b\.?(?P<dash>\s*[-–]\s*)(?P<last>{MONTH_ALT})\b\.?"
    r"(?!\s*(?:de\s+)?(?:19|20)\d\d)",
    re.IGNORECASE,
)


def years_put_on_months(text: str) -> str:
    """A résumé laid out by year: each line opening on two months with no year, under a line that is a year
    alone, with that year written after them («2026» over «avr. – juil. Stagiaire» → «avr. 2026 – juil.
    2026 Stagiaire»), the second month in the next year when it comes before the first («oct. – mars» under
    «2025»: October 2025 to March 2026). A section's heading ends the year's reach; `text` itself when it is
    no résumé or holds no such line."""
    if not reads_as_resume(text):
        return text
    headings = frozenset(load_lexicon().cv_headings)
    year: int | None = None
    out: list[str] = []
    for line in text.split("\n"):
        alone = _YEAR_ALONE.match(line)
        if alone or _heading(line, headings):
            year = int(alone.group("year")) if alone else None
        elif year is not None and (both := _MONTHS_ONLY.match(line)):
            out.append(_dated_months(line, both, year))
            continue
        out.append(line)
    return "\n".join(out)


def _dated_months(line: str, both: re.Match[str], year: int) -> str:
    """The line with `year` written after its first month, and after its second (the next year when that
    month comes before the first)."""
    first = month_number(both.group("first"))
    last = month_number(both.group("last"))
    if first is None or last is None:
        return line
    second = year if last >= first else year + 1
    head = line[both.start("first") : both.end("first")]
    first_dot = line[both.end("first") : both.start("dash")]
    tail = line[both.start("last") : both.end()]
    rest = line[both.end() :]
    return f"{both.group('lead')}{head}{first_dot} {year}{both.group('dash')}{tail} {second}{rest}"
