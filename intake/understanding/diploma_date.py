"""Which date of a line or a CV's table is a diploma's: inside its name, right before it, after it in its own
clause, or on the line above in a table; and whether that date is behind us. Apart from education.py because
it reads only the places of dates around a diploma's name, whatever the diploma is."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from datetime import date

from intake.understanding.dates import (
    COUNT_EN,
    COUNT_FR,
    YEARLESS_MONTH,
    MonthYear,
    count_of,
    find_dates,
    last_yearless_month,
)
from intake.understanding.diploma_level import find_diploma_spans
from intake.understanding.diploma_month import title_end
from intake.understanding.figures import OBTAINED, figures_in
from intake.understanding.lexicon import Lexicon, load_meanings

_RANGE_SEP = re.compile(r"^\s*(?:[-–—/à]|to|au)\s*$", re.IGNORECASE)


def _date_before_is_its(
    line: str,
    span: tuple[int, int],
    last: MonthYear,
    after: list[MonthYear],
    others: Sequence[tuple[int, int]],
    dates: list[MonthYear],
) -> bool:
    """The last date before the diploma named at `span` is its own: right before its name, alone in the
    line, in its own clause, or the diploma told in a cleft."""
    start, end = span
    between = line[last.end : start]
    # «2023 – sept. 2025 : Master», not «en 2024 puis un BTS» (that date belongs to the previous diploma).
    adjacent = re.fullmatch(r"[\s:–—\-,.()•|]*", between) is not None
    # «licence en 2024, master 1 en juin 2025»: a date said with «en» is the item's before it.
    adjacent = adjacent and not (after and _BOUND_TO_BEFORE.search(line[: last.start]))
    # «bac 2023, licence pro juillet 2026»: a list of items each dated after its name; a date of the
    # diploma's own clause wins over one a comma leaves to the item before.
    own_after = after and not CLAUSE_BREAK.search(line[end : after[0].start])
    adjacent = adjacent and not (own_after and "," in between)
    alone = not after and not re.search(r"\bpuis\b|\bthen\b", between)
    alone = alone and not _owned_by_earlier(line, last, start, others, dates)
    alone = alone or _dated_in_its_clause(line, last, start, end, after[0] if after else None)
    return bool(adjacent or alone or _cleft(line, last, start))


def find_graduation(
    line: str,
    start: int,
    end: int,
    prev_line: str | None,
    today: date | None = None,
    others: Sequence[tuple[int, int]] = (),
) -> MonthYear | None:
    """The date of the diploma named at [start, end) of `line`; `others` are the other diplomas the line
    names, whose own dates are not this one's."""
    dates = _course_ends(line, _without_ceremony(line, find_dates(line, today)))
    inside = [d for d in dates if start <= d.start and d.end <= end]
    if inside:
        return inside[-1]  # «promo 2025 de Sciences Po»
    chained = chained_back(line, end, today, others) if today is not None else None
    if chained is not None and not [d for d in dates if d.end <= start]:
        return chained
    after = [d for d in dates if d.start >= end]
    # «Licence AES (2023), Master 2 … (2025)»: a date in brackets closes the item before it.
    before = [d for d in dates if d.end <= start and not (after and _bracketed(line, d))]
    if before:
        # «2023 – sept. 2025 : Master …»: the end of the range, right before the diploma.
        last = before[-1]
        if _date_before_is_its(line, (start, end), last, after, others, dates):
            return last
    if after and before and load_meanings()["ceremony"].said_in(line[end : after[0].start]):
        # «finished in December 2025 (BA …) - convocation in June, so my parchment says June 2026»: the dates
        # after a ceremony are the ceremony's; the diploma's is the one before its name.
        after = []
    if after and (told := _told_of_it_later(line, end, after, others)) is not None:
        return told  # the award told of it beats a date of the clauses between
    if after:
        first = after[0]
        if len(after) > 1 and _a_range(line, first, after[1]):
            first = after[1]  # «(2023-2025)», «(sept. 2023 à juin 2025)»: the end of the range
        gap = line[end : first.start]
        # The date must belong to this diploma, not to a later clause (« … et mon stage finit en mai »), nor
        # to a diploma named between («M2 jusqu'à l'été, licence depuis 2024»: the licence's).
        stage = _LATER_CLAUSE.search(gap) and not _LEFT_SCHOOL_THEN.search(gap)
        if not stage and not _named_between(line, end, first, others):
            return None if _work_apart(gap) else first
    if before and not _owned_by_earlier(line, before[-1], start, others, dates):
        return before[-1]
    if prev_line is not None:
        prev_dates = find_dates(prev_line)
        stripped = DATE_ONLY.sub("", prev_line)
        if prev_dates and not stripped.strip():
            return prev_dates[-1]  # table layout: the dates sit on the line above
    return None


# A course told by its start and its length: «entré en licence pro en septembre 2024, pour une formation d'un
# an», «BTS commencé à la rentrée 2021, en deux ans», «un master de dix-huit mois, démarré en janvier 2025».
_COURSE_LENGTH = re.compile(
    r"\b(?:pour|en|sur|de|d['’]|durant|pendant|for|over|lasting)\s*"
    r"(?:une formation d['’]\s*|un cursus d['’]\s*)?"
    rf"(?P<n>{COUNT_FR}|{COUNT_EN})\s+(?P<unit>ans?|ann[ée]es?|mois|years?|months?)\b",
    re.IGNORECASE,
)
_COURSE_START = re.compile(
    r"\b(?:commenc\w*|entam\w*|d[ée]marr\w*|entr[ée]e?s?\s+en|inscrit\w*|started|began|begun|enrol\w*)",
    re.IGNORECASE,
)
# A start of something else than the course: its length is that thing's (an internship's, a contract's).
_NOT_THE_COURSE = re.compile(
    r"\b(?:stage|service civique|contrat|cdd|cdi|mission|volontariat|internship|job|emploi|poste)\b",
    re.IGNORECASE,
)


# A period told with its length after a diploma: «huit mois de voyage», «deux ans au Canada», "ten months".
_PERIOD = re.compile(
    rf"\b(?P<n>{COUNT_FR}|{COUNT_EN})\s+(?P<unit>mois|ans?|ann[ée]es?|months?|years?)\b", re.IGNORECASE
)
_VAGUE_PERIOD = re.compile(
    r"\b(?:quelques|plusieurs|some|a few|several)\s+(?:mois|ann[ée]es|ans|months|years)\b", re.IGNORECASE
)
# The diploma told as had before what follows: «après mon master», «une fois mon master en poche», «j'ai eu
# ma licence», "after my BA", "I graduated with".
_HAD = re.compile(
    r"\b(?:apr[èe]s|after|une fois|en poche|in hand|j['’]ai eu|obtenu\w*|dipl[oô]m[ée]\w*|valid[ée]\w*|got|"
    r"finished|completed|graduated|earned|obtained)\b",
    re.IGNORECASE,
)
# A count back from the message, not a period of the chain: «il y a deux ans», «moins de deux ans», "two
# years ago", "less than two years".
_A_COUNT_BACK = re.compile(
    r"\b(?:il y a|depuis|fait|voil[àa]|moins d['’e]|plus d['’e]|than|since|over|under)\s*(?:\w+\s+)?$",
    re.IGNORECASE,
)
_AGO_AFTER = re.compile(r"\s+(?:ago|behind)\b", re.IGNORECASE)
# The diploma's own length, right after its name («master de deux ans», "MA (two years)"): not a period after.
# A course run alongside a contract: its periods are the diploma's own, not after it.
_ALONGSIDE = re.compile(
    r"\b(?:alternance|apprentissage|apprenti\w*|apprenticeship|professionnalisation)\b", re.IGNORECASE
)
_OWN_LENGTH = re.compile(r"[\s(]*(?:de|d['’]|en|sur|of|in|over|lasting)?\s*", re.IGNORECASE)


def chained_back(line: str, end: int, today: date, others: Sequence[tuple[int, int]]) -> MonthYear | None:
    """The date of a diploma (ending at `end`) counted back from periods chained after it in its sentence
    to the dated end of the last: «master, puis huit mois de voyage, puis un CDD de six mois qui s'est
    terminé le mois dernier» → 2026-10 − 14 months → 2025; «BTS en poche, dix mois dans une crèche, puis
    deux ans au Québec ; rentrée il y a quatre mois» → 2023. Read as a year only (each length is rounded).
    None when a length is vague («quelques mois»), another diploma is named in the chain, a date stands
    before the first period (the diploma's own), or the last date is a start («commencé le mois dernier»)."""
    stop = re.search(r"[.!?\n]", line[end:])
    tail = line[end : end + stop.start()] if stop else line[end:]
    if _VAGUE_PERIOD.search(tail) or any(end <= other < end + len(tail) for other, _ in others):
        return None
    if _ALONGSIDE.search(line):
        return None  # «master en alternance, contrat de deux ans terminé en août»: the period ran with it
    dates = find_dates(tail, today)
    periods = [
        p
        for p in _PERIOD.finditer(tail)
        if not any(d.start <= p.start() < d.end for d in dates)
        and not _A_COUNT_BACK.search(tail[: p.start()])
        and not _AGO_AFTER.match(tail, p.end())
        and tail[: p.start()].count("(")
        <= tail[: p.start()].count(")")  # "(with a year abroad)": the course's
    ]
    if (
        not periods
        or _OWN_LENGTH.fullmatch(tail[: periods[0].start()])
        or _COURSE_START.search(tail[: periods[0].start()])
    ):
        return None
    if not (_HAD.search(line[max(0, end - 80) : end]) or _HAD.search(tail[: periods[0].start()])):
        return None  # «Ma licence pro, commencée il y a quatorze mois pour un an»: not told as had
    if any(d.start < periods[0].start() for d in dates):
        return None
    anchor = _chain_anchor(tail, periods[-1].end(), dates, today)
    if anchor is None or anchor.month is None or not anchor.how:
        return None  # a date written out after the diploma is its own («graduated … (July 2025)»)
    if not _ENDED_BEFORE.search(tail[max(0, anchor.start - 40) : anchor.start]):
        return None  # «un CDD commencé le mois dernier», "… in July": the last date is not told as the end
    months = sum(count_of(p.group("n")) * (1 if p.group("unit")[0].lower() == "m" else 12) for p in periods)
    year = (anchor.year * 12 + anchor.month - 1 - months) // 12
    lengths = " + ".join(f"« {p.group(0)} »" for p in periods)
    how = f"{lengths} avant « {tail[anchor.start : anchor.end]} » ({anchor.as_text()}) : {year}"
    return MonthYear(year, None, end + anchor.start, end + anchor.end, how, reckoned=True)


# The chain's last date told as an end or a return: «qui s'est terminé le mois dernier», «avant de revenir en
# France en septembre», «rentrée il y a quatre mois», "that ended last month", "came back in May".
_ENDED_BEFORE = re.compile(
    r"\b(?:termin\w*|fini\w*|fin|achev\w*|arr[êe]t\w*|rentr\w*|revenu\w*|revenir|retour|ended|finished|over|"
    r"came back|returned|back|left|quitt\w*)\b",
    re.IGNORECASE,
)


def _chain_anchor(tail: str, after: int, dates: list[MonthYear], today: date) -> MonthYear | None:
    """The dated end of a chain: the last date after its last period, or a yearless month told there (the
    last such month: «avant de revenir en France en septembre», «terminé en juin»)."""
    later = [d for d in dates if d.start >= after]
    if later:
        return later[-1]
    month = last_yearless_month(tail[after:], today)
    if month is None:
        return None
    when = month[0]
    said = tail[after + when.start : after + when.end]
    how = f"« {said} » : {when.as_text()}, le dernier mois de ce nom"
    return MonthYear(when.year, when.month, after + when.start, after + when.end, how)


def _course_ends(line: str, dates: list[MonthYear]) -> list[MonthYear]:
    """The dates of `line` with a course's start replaced by its end: its start, told as one by a verb in
    the 40 characters before it, plus the length said in the same sentence around it («pour un an», «en
    deux ans», «de dix-huit mois»), read as a year (an academic course ends in the summer: the month is not
    said). A start with no length stays a start."""
    return [_course_end(line, d) or d for d in dates]


def _course_end(line: str, when: MonthYear) -> MonthYear | None:
    lead = re.split(r"[.;!?\n]", line[max(0, when.start - 40) : when.start])[-1]
    cue = _COURSE_START.search(lead)
    if cue is None:
        return None
    sentence_end = re.search(r"[.;!?\n]", line[when.end :])
    tail = line[when.end : when.end + (sentence_end.start() if sentence_end else len(line))][:60]
    head = re.split(r"[.;!?\n]", line[max(0, when.start - 90) : when.start])[-1]
    length = _COURSE_LENGTH.search(tail) or _last(_COURSE_LENGTH.finditer(head))
    if length is None or _NOT_THE_COURSE.search(head + tail):
        return None
    months = count_of(length.group("n")) * (1 if length.group("unit")[0].lower() == "m" else 12)
    month = when.month or (9 if re.search(r"rentr[ée]e", lead, re.IGNORECASE) else None)
    if month is None:
        if months % 12:
            return None
        year = when.year + months // 12
    else:
        year = (when.year * 12 + month - 1 + months - 1) // 12
    said = f"« {line[when.start : when.end]} » + « {length.group(0)} » : {year}, la fin de la formation"
    return MonthYear(year, None, when.start, when.end, said, reckoned=True)


def _last(found: Iterator[re.Match[str]]) -> re.Match[str] | None:
    """The last match of `found` (the length told nearest before a start), or None."""
    return next(iter(reversed(list(found))), None)


def _named_between(line: str, end: int, when: MonthYear, others: Sequence[tuple[int, int]]) -> bool:
    """Another diploma is named between the one ending at `end` and the date `when`, not as an aside."""
    return any(
        end <= other and other_end <= when.start and not _aside(line, end, other, when.start)
        for other, other_end in others
    )


# «entre 2022 et 2025», "between 2021 and 2024": a range whose two ends «et», "and" join.
_BETWEEN = re.compile(r"\b(?:entre|between)\s*$", re.IGNORECASE)
_BETWEEN_SEP = re.compile(r"^\s*(?:et|and)\s*$", re.IGNORECASE)


def _a_range(line: str, first: MonthYear, second: MonthYear) -> bool:
    """`first` and `second` are the two ends of one range: a dash, «à», "to" between them, or «entre … et …»
    around them («préparé entre 2022 et 2025»: the course's span, which ends in its diploma)."""
    between = line[first.end : second.start]
    if _RANGE_SEP.match(between):
        return True
    return _BETWEEN_SEP.match(between) is not None and _BETWEEN.search(line[: first.start]) is not None


# A clause that tells the award of the diploma named before by a noun standing for it: «mon diplôme m'a été
# délivré en», "my degree was validated in", «le titre a été obtenu en».
_ITS_AWARD = re.compile(
    r"\b(?:mon|ma|le|la|ce|my|the|this|that)\s+(?:dipl[oô]me|degree|diploma|titre)\b[^,;:.]{0,30}?"
    r"\b(?:valid[ée]e?|validated|obtenue?|obtained|d[ée]livr[ée]e?|awarded|conferred|granted|issued)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)


def _told_of_it_later(
    line: str, end: int, after: list[MonthYear], others: Sequence[tuple[int, int]]
) -> MonthYear | None:
    """«I completed a Master 2 at Saclay; my internship ended on 29 August 2025 and my degree was validated in
    September 2025»: a later clause of the sentence telling the award of «my degree» dates the diploma named
    before it (no other diploma named between), whatever the clauses between date."""
    for when in after:
        if any(end <= other < when.start for other, _ in others):
            return None
        clause = CLAUSE_BREAK.split(line[end : when.start])[-1]
        if _ITS_AWARD.search(clause):
            return when
    return None


def _without_ceremony(line: str, dates: list[MonthYear]) -> list[MonthYear]:
    """The dates of `line` less a ceremony's («completed in 2024, convocation in 2025», «remise des diplômes
    en juin 2026»), when another date is left: the diploma was earned when its work ended, not when it was
    handed over. A ceremony's date alone is kept (the only date the writer gives)."""
    ceremony = load_meanings()["ceremony"]
    kept = []
    for d in dates:
        clause = re.split(r"[,;:()]| and | et | but | mais ", line[max(0, d.start - 50) : d.start])[-1]
        if not ceremony.said_in(clause):
            kept.append(d)
    return kept if kept else dates


# A period of work told in a clause of its own after the diploma: its dates are the contract's, not the
# diploma's («licence préparée en alternance : deux ans d'apprentissage, de 2023 à 2025»; not «master en
# apprentissage (2023-2025)», where the dates are the diploma's).
_PERIOD_OF_WORK = re.compile(
    r"[,:;]\s*[^,:;]*\b(?:apprentissage|apprenticeship|contrat|contract|cdd|cdi|emploi|job)\b", re.IGNORECASE
)


# The clause is the diploma's own, a participle of it: «BUT GEA, préparé en contrat de professionnalisation
# terminé le 31/08/2025»: the contract was its course, and the contract's end the course's.
_DIPLOMAS_CLAUSE = re.compile(
    r"[,:;]\s*(?:pr[ée]par[ée]e?|obtenue?|effectu[ée]e?|r[ée]alis[ée]e?|suivie?|prepared|completed|earned|"
    r"obtained|done)\b",
    re.IGNORECASE,
)


def _dated_in_its_clause(
    line: str, last: MonthYear, start: int, end: int, first_after: MonthYear | None
) -> bool:
    """"I graduated in June 2026 with a master's; I am working at a food bank until March 2027": the date
    before the diploma stands in its own clause (no break between them), the date after it past a semicolon,
    in an independent clause of its own (another fact's). The diploma's date is the one of its clause."""
    if first_after is None or CLAUSE_BREAK.search(line[last.end : start]):
        return False
    return _INDEPENDENT_BREAK.search(line[end : first_after.start]) is not None


# What closes an independent clause inside a sentence: a semicolon (a comma may only set off an apposition).
_INDEPENDENT_BREAK = re.compile(r";")


def _work_apart(gap: str) -> bool:
    """The words between a diploma and a date tell a period of work in a clause of its own, whose dates are
    the contract's; not when that clause is the diploma's own participle (the contract was its course)."""
    work = _PERIOD_OF_WORK.search(gap)
    return work is not None and not _DIPLOMAS_CLAUSE.match(work.group(0))


_BOUND_TO_BEFORE = re.compile(r"\b(?:en|in|depuis|since)\s*$", re.IGNORECASE)


# A cleft puts the date in focus and the clause after «que» is what it dates: «c'est en juin prochain que je
# finirai mon BTS», "it was in 2022 that I got my BTS".
_CLEFT_FOCUS = re.compile(
    r"\b(?:c['’]est|c['’][ée]tait|ce sera|it (?:is|was|will be))\s+(?:\w+\s+){0,2}$", re.IGNORECASE
)
_CLEFT_CLAUSE = re.compile(r"\s*(?:qu['’]|que\b|that\b)", re.IGNORECASE)


def _cleft(line: str, when: MonthYear, start: int) -> bool:
    """The date before the diploma is the focus of a cleft whose clause names the diploma."""
    focus = _CLEFT_FOCUS.search(line[max(0, when.start - 30) : when.start])
    clause = _CLEFT_CLAUSE.match(line, when.end)
    return focus is not None and clause is not None and not re.search(r"[,.;!?]", line[when.end : start])


def _owned_by_earlier(
    line: str, when: MonthYear, start: int, others: Sequence[tuple[int, int]], dates: list[MonthYear]
) -> bool:
    """«J'ai une licence depuis juillet 2025 et mes cours de M2 continuent»: a date said after an earlier
    diploma of the sentence, the first date after it, is that diploma's; the later diploma, named after
    the date and not next to it, does not take it."""
    for other_start, other_end in others:
        if other_end > when.start or other_start >= start:
            continue
        between = line[other_end : when.start]
        if re.search(r"[.;!?]", between) or any(other_end <= d.start < when.start for d in dates):
            continue
        return True
    return False


def _aside(line: str, end: int, other: int, until: int) -> bool:
    """The diploma at `other` is named in brackets opened after `end` and closed before `until`: an aside
    («Master's degree (two years after my bachelor's) in … in September 2025»), not the date's owner; or in
    the same brackets as this one, an apposition of it («Éducatrice (DEES, grade licence), diplômée en
    2025»: the grade is the DEES's, the date after the brackets both's)."""
    opened = line[end:other].count("(") > line[end:other].count(")")
    shared = ")" not in line[end:other] and line[:end].count("(") > line[:end].count(")")
    return (opened or shared) and ")" in line[other:until]


def _bracketed(line: str, when: MonthYear) -> bool:
    return line[: when.start].rstrip().endswith("(") and line[when.end :].lstrip().startswith(")")


DATE_ONLY = re.compile(
    r"(?:\b(?:janv(?:ier)?|f[ée]vr?(?:ier)?|mars|avr(?:il)?|mai|juin|juil(?:let)?|ao[uû]t|sept?(?:embre)?|oct(?:obre)?|"
    r"nov(?:embre)?|d[ée]c(?:embre)?|january|february|march|april|may|june|july|august|september|october|"
    r"november|december)\b\.?|\b\d{1,4}\b|[-–—/:.,()\s]|\bà\b|\bdepuis\b|\bto\b|\bau\b)",
    re.IGNORECASE,
)


def is_past(when: MonthYear | None, today: date) -> bool | None:
    if when is None:
        return None
    earliest, latest = when.bounds()
    if latest < (today.year, today.month) or (when.month and latest == (today.year, today.month)):
        return True
    if earliest > (today.year, today.month):
        return False
    return None


def is_date_only(line: str | None) -> bool:
    return bool(line) and bool(find_dates(line or "")) and not DATE_ONLY.sub("", line or "").strip()


def dates_follow_diplomas(units: list[str], lexicon: Lexicon) -> bool:
    """Table-like CVs put the dates on their own line, above the diploma or below it; count which."""
    above = below = 0
    for index, unit in enumerate(units):
        if not unit or not find_diploma_spans(unit, lexicon) or find_dates(unit):
            continue
        above += is_date_only(find_neighbour(units, index, -1))
        below += is_date_only(find_neighbour(units, index, 1))
    return below > above


def find_neighbour(units: list[str], index: int, step: int) -> str | None:
    j = index + step
    while 0 <= j < len(units):
        if units[j]:
            return units[j]
        j += step
    return None


CLAUSE_BREAK = re.compile(r"[,;:.]| et | puis | and | then ")


# "I finished my BA in June", "a BTS, which I got in July": an English diploma told as done.
_EN_DONE = re.compile(
    r"\b(?:finished|completed|graduated|got|obtained|earned|received|awarded|passed|have had|['’]ve had)\b",
    re.IGNORECASE,
)
_EN_NOT_YET = re.compile(r"\b(?:not|never|will|expect\w*|hope)\b|n['’]t\b|['’]ll\b", re.IGNORECASE)
# A clause that goes on the diploma's after a comma: ", which I got in July", ", that I completed in May".
_RELATIVE_GOES_ON = re.compile(r"\s*(?:which|that)\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.;!?\n]")


# A later clause of another thing between a diploma and a date after it (an internship, "and I …"); not the
# school left: «BTS, and I've been out of school since 2018» dates the studies' end (_LEFT_SCHOOL_THEN).
_LATER_CLAUSE = re.compile(r"\b(?:stage|service civique|mission|et je|while|and I)\b", re.IGNORECASE)
# The studies left, dated: "… and I've been out of school since 2018", «… et je suis sortie de l'école en
# 2021»: after a diploma named in the sentence, that date is its graduation.
_LEFT_SCHOOL_THEN = re.compile(
    r"\b(?:out of (?:uni|university|college|school)|sortie? de l['’]\s*(?:[ée]cole|universit[ée]|fac))\s+"
    r"(?:since|in|depuis|en)\s*$",
    re.IGNORECASE,
)
# Studies left, said of the school: "(fresh) out of uni since July", "out of college since May".
_OUT_OF_SCHOOL = re.compile(r"\bout of (?:uni|university|college|school|grad school)\s*$", re.IGNORECASE)


def _told_done(said: str) -> bool:
    """The words before a yearless month tell the diploma done: a verb of getting or finishing, or a figure
    of one ("I nailed my MSc in May", "wrapped up my BA in June", figures.py); not one to come or denied."""
    done = _EN_DONE.search(said) is not None or any(f.meaning == OBTAINED for f in figures_in(said))
    return done and not _EN_NOT_YET.search(said)


def english_yearless_done(unit: str, start: int, end: int, today: date) -> MonthYear | None:
    """The month without its year of an English diploma told as done, read as the last such month: after
    the diploma in its clause, brackets being asides ("I finished my BA (Hons) in Social Work at Glasgow
    Caledonian in June", "my HND (he finished in June)", "a BTS, which I got in July"), or before it in its
    clause ("in May I finally finished my BA"). Not one to come ("I will finish my BA in June"), hoped or
    denied; a month in a later clause ("… and moved to Lyon in September") is that clause's."""
    before = unit[:start]
    opening = max((b.end() for b in CLAUSE_BREAK.finditer(before)), default=0)
    head = before[opening:]
    # "BA in social policy and law in June": the clause runs on past the whole title
    region = unit[end : _clause_stop(unit, title_end(unit, end))]
    month = last_yearless_month(region, today)
    if month is not None and month[0].start <= 90 and not month[1]:
        said = head + region[: month[0].start]
        if _told_done(said):
            when = month[0]
            return MonthYear(when.year, when.month, end + when.start, end + when.end)
    ahead = YEARLESS_MONTH.search(head)
    if ahead is None or ahead.group("since").lower() not in {"in", "since"}:
        return None
    left_school = _OUT_OF_SCHOOL.search(head[: ahead.start()]) is not None
    if ahead.group("since").lower() == "since" and not left_school:
        return None  # "since July I have been studying for a BA": a start; "out of uni since July": an end
    # "in May I finally finished my BA", "I graduated from Durham in June with a 2:1 in History".
    if not (_told_done(head) or (left_school and not _EN_NOT_YET.search(head))):
        return None
    month = last_yearless_month(head, today)
    if month is None:
        return None
    return MonthYear(month[0].year, month[0].month, opening + month[0].start, opening + month[0].end)


def _clause_stop(unit: str, end: int) -> int:
    """Where the clause of a diploma ending at `end` stops: its sentence's end, or a clause break outside
    brackets that no relative clause (", which …") carries on."""
    depth = 0
    for i in range(end, len(unit)):
        ch = unit[i]
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        elif _SENTENCE_END.match(ch):
            return i
        elif depth == 0:
            brk = CLAUSE_BREAK.match(unit, i)
            if brk and not (ch == "," and _RELATIVE_GOES_ON.match(unit, i + 1)) and not _in_a_name(unit, brk):
                return i
    return len(unit)


# «Économie sociale et Solidaire», "Social and Solidarity Economy": «et», "and" between two capitalised words
# join the words of a programme's name, not two clauses.
_NAME_WORD = re.compile(r"[A-ZÀ-Ý][\w'’-]*")


def _in_a_name(unit: str, brk: re.Match[str]) -> bool:
    if brk.group().strip() not in {"and", "et"}:
        return False
    before = unit[: brk.start()].rsplit(" ", 1)[-1]
    return bool(_NAME_WORD.fullmatch(before)) and _NAME_WORD.match(unit, brk.end()) is not None
