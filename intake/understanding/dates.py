"""Month/year mentions in French and English: «juin 2025», «sept. 2025», «09/2025», «promo 2024», an academic
year («2024-2025»), an exam session («session de juin 2025»), and dates counted from the message's day («l'an
dernier», «il y a deux ans et demi», "about ten months ago"), each saying how it was read when it was not
written plainly."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache

from intake import months
from intake.understanding.source_dates import source_dates

# The month names French and English, whole and short, with and without accents (intake/months.py); those of
# the languages a writer may leave in a French mail too («luglio 2025», «junio de 2025», «Juli 2025»): a year
# or «dernier» must follow for them to count, as for the French ones.
_MONTHS = months.full_names() | months.short_names() | months.numbered(months.FOREIGN)
_MONTH_ALT = "|".join(sorted((re.escape(m) for m in _MONTHS), key=len, reverse=True))
# The month names as one alternation, longest first, for other modules' patterns (an end given to the day).
MONTH_ALT = _MONTH_ALT


def month_number(name: str) -> int | None:
    """The month a name `MONTH_ALT` matches stands for, as written («avr.», «Juillet», «luglio»), None for any
    other word: other modules read a month's number from the same table their pattern was built from."""
    return _MONTHS.get(name.lower().rstrip("."))


_YEAR = r"(?:19[89]\d|20[0-4]\d)"
# A year written with two figures: 2013 to 2035 (see _short_date); after a slash not 20, a mark out of 20.
_SHORT_YEAR = r"(?:1[3-9]|2\d|3[0-5])"
_SHORT_YEAR_NOT_20 = r"(?:1[3-9]|2[1-9]|3[0-5])"
# A figure that goes on: the date read must not be a piece of a phone number, a price or a longer date.
_NO_MORE_FIGURES = r"(?!\s*[/.,:-]?\s*\d)(?!\s*(?:€|%|h\b|km\b|ans?\b|st\b|nd\b|rd\b|th\b))"
DATE_RE = re.compile(
    # «2024-25», «2024/25»: an academic year or a range written short; it ends in the second year.
    rf"\b(?P<ayear>{_YEAR})\s*[-/]\s*(?P<ashort>1[3-9]|[2-4]\d)\b(?!\s*[-/.]\s*\d)"
    # «juin 2025», «juin2025» (typed without the space), «sept. de 2025».
    rf"|(?P<month>\b(?:{_MONTH_ALT}))(?:\.?\s*|\b\.?\s+(?:de\s+|of\s+))(?P<year>{_YEAR})\b"
    rf"|\b(?P<mnum>0?[1-9]|1[0-2])\s*[/.-]\s*(?P<year2>{_YEAR})\b"
    # «2024-10», «2024/10», «2025.07»: the year, then its month.
    rf"|\b(?P<year3>{_YEAR})\s*[-/.]\s*(?P<mnum3>0[1-9]|1[0-2])\b(?!\s*[-/.]\s*\d)"
    rf"|\b(?P<year5>{_YEAR})\s*\(\s*(?P<month5>{_MONTH_ALT})\.?\s*\)"  # «2024 (décembre)»
    # «(2025, juin)», «(pardon : 2025, en juin)»: the year, then its month, closing a bracket.
    rf"|\b(?P<year6>{_YEAR})\s*,\s*(?:en\s+|in\s+)?(?P<month6>{_MONTH_ALT})\b\.?\s*(?=\))"
    # Dates written short (two figures for the year), read by _short_date.
    rf"|(?<![\d/.])(?P<sday>0?[1-9]|[12]\d|3[01])\s*(?P<ssep>[/.-])\s*(?P<smonth>0?[1-9]|1[0-2])"
    rf"\s*(?P=ssep)\s*(?P<syear>\d\d){_NO_MORE_FIGURES}"
    rf"|(?<![\d/.,])(?P<nmonth>0?[1-9]|1[0-2])\s*/\s*(?P<nyear>{_SHORT_YEAR_NOT_20}){_NO_MORE_FIGURES}"
    rf"|(?<![\d/.,])(?<!à\s)(?<!at\s)(?P<dmonth>0[1-9]|1[0-2])\.(?P<dyear>{_SHORT_YEAR}){_NO_MORE_FIGURES}"
    rf"|(?<!\bon\s)(?P<wmonth>\b(?:{_MONTH_ALT}))\b\.?\s*(?P<apos>['’])?(?P<wyear>{_SHORT_YEAR})\b"
    rf"(?!,?\s*{_YEAR})(?!\s*(?:{_MONTH_ALT})\b){_NO_MORE_FIGURES}"
    # "class of '25", «promo '24», "batch of '22": a year group named by two figures after an apostrophe.
    rf"|\b(?:class|batch|cohort|promo|promotion)\s+(?:of\s+|de\s+)?['’](?P<cyear>{_SHORT_YEAR})\b"
    rf"|\b(?P<year4>{_YEAR})\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class MonthYear:
    year: int
    month: int | None
    start: int
    end: int
    # How a span, a session or a relative date was read («année universitaire 2024-2025» → 2025), for the
    # evidence; empty for a date written plainly.
    how: str = ""
    # A count said as a bound («depuis moins de deux ans», "less than two years ago"): the latest or earliest
    # the date can be, not the date itself.
    bound: bool = False
    # A diploma's date reckoned from other dates (a course's start plus its length, periods chained after it
    # counted back): not a start though a start verb may stand before it; `how` tells the sum.
    reckoned: bool = False

    def as_text(self) -> str:
        return f"{self.year:04d}-{self.month:02d}" if self.month else f"{self.year:04d}"

    def bounds(self) -> tuple[tuple[int, int], tuple[int, int]]:
        """Earliest and latest (year, month) this mention can mean."""
        if self.month:
            return (self.year, self.month), (self.year, self.month)
        return (self.year, 1), (self.year, 12)


# Counts in words or figures, French and English: «quatorze», «dix-huit», «vingt et un», "twenty-four".
_UNITS_FR = {
    "un": 1,
    "une": 1,
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
    "six": 6,
    "sept": 7,
    "huit": 8,
    "neuf": 9,
    "dix": 10,
    "onze": 11,
    "douze": 12,
    "treize": 13,
    "quatorze": 14,
    "quinze": 15,
    "seize": 16,
    "vingt": 20,
    "trente": 30,
    "quarante": 40,
    "cinquante": 50,
}
_UNITS_EN = {
    # "a couple of months ago": two, as said.
    "a couple of": 2,
    "couple of": 2,
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
}
_COUNTS = {**_UNITS_FR, **_UNITS_EN}
# Not counts of their own: the English articles and "couple of" count only in the phrases count_of reads.
_NOT_A_WORD_ALONE = frozenset({"a", "an", "a couple of", "couple of"})


def count_words(highest: int, english: bool = True) -> str:
    """The counts in words from one to `highest` (French, and English unless told not), one word each
    («un», «une», «douze», "twelve"; "a", "an" left out), as a pattern's alternation, longest first: the
    words the readers of a small count («bac plus cinq», «licence (4 ans)») accept, read by count_of."""
    table = _COUNTS if english else _UNITS_FR
    said = [w for w, n in table.items() if n <= highest and w not in _NOT_A_WORD_ALONE]
    return "|".join(sorted(said, key=len, reverse=True))


def _count_re(units: dict[str, int], joiner: str) -> str:
    """«dix-huit», «vingt et un», «vingt-quatre», "twenty-four", or figures."""
    atom = "|".join(sorted(units, key=len, reverse=True))
    return rf"(?:\d{{1,3}}|(?:{atom})(?:{joiner}(?:{atom}))?)"


_COUNT_FR = _count_re(_UNITS_FR, r"(?:-et-|\s+et\s+|-)")
_COUNT_EN = _count_re(_UNITS_EN, r"[-\s]")
COUNT_FR, COUNT_EN = _COUNT_FR, _COUNT_EN  # a count in figures or words, for the other readers
# «un peu plus d'», «environ», «près de», "about", "just over": a count given roughly is still the count.
_ROUGHLY_FR = (
    r"(?:(?:un peu |à peu près |a peu pres |environ |presque |quasiment |bientôt |déjà |maintenant |"
    r"tout juste |près |plus |moins )+(?:de |d['’])?)?"
)
_ROUGHLY_EN = (
    r"(?:(?:about|around|nearly|almost|roughly|some|over|just over|just under|more than|less than) )?"
)
_YEARS_FR = r"ans?|ann[ée]es?"
# «deux ans et demi», «deux ans et quatre mois», "two and a half years", "two years and four months".
_AGO_FR = (
    # «depuis un an et demi» counts back the same way, only after a diploma word (see _SINCE_CUE).
    # «ça fait trois ans que…», «cela fait», «voilà deux ans que» count back as «il y a» does.
    rf"(?P<ago_word>\bil y a|\bdepuis|\b(?:ça|ca|cela) (?:fait|va faire|fera)|\bvoil[àa]) "
    rf"{_ROUGHLY_FR}(?P<ago>{_COUNT_FR})\s+(?P<unit>{_YEARS_FR}|mois|semestres?|semaines?)\b"
    rf"(?:\s+et\s+(?:(?P<half>demi|demie)\b|(?P<extra>{_COUNT_FR})\s+mois\b))?"
    r"(?:,?\s+(?P<anchor>ce mois-ci|ce mois|cet [ée]t[ée]))?"
    # «cela fera trois ans en janvier que…»: the count lands on that month (the next one for a count to come).
    rf"(?:\s+en\s+(?P<anchor_month>{_MONTH_ALT})\b(?!\.?\s*(?:de\s+)?{_YEAR}))?"
    # «il y a deux ans, en octobre»: the month of the year counted back, set apart by its comma (r-dates,
    # stop 55), as "two years ago, in June" is.
    rf"(?:,\s*en\s+(?P<ago_month>{_MONTH_ALT})\b(?!\.?,?\s*(?:de\s+)?{_YEAR}))?"
)
# "two years ago this month", "it's been three years this summer since I…": the anchor names the month or
# the season.
_AGO_EN = (
    r"(?:\b(?P<been>it.s been|it has been|it.ll be|it will be)\s+)?"
    rf"\b{_ROUGHLY_EN}(?P<ago_en>{_COUNT_EN})(?P<half_en_a>\s+and\s+a\s+half)?\s+(?P<unit_en>years?|months?|semesters?|weeks?)"
    rf"(?:\s+and\s+(?:(?P<half_en>a\s+half)|(?P<extra_en>{_COUNT_EN})\s+months?))?"
    r"(?(been)(?:,?\s+(?P<anchor_been>this month|this summer))?\s+since\b"
    # "a year and a half behind me now": as long ago as that.
    r"|\s+(?:ago|behind (?:me|us))(?:,?\s+(?P<anchor_en>this month|this summer)\b)?\b"
    # "two years ago, in June": the month of the year counted back (a year after it makes it a plain date).
    rf"(?:,?\s+in\s+(?P<ago_month_en>{_MONTH_ALT})\b(?!\.?,?\s*{_YEAR}))?)"
)
# The seasons, each by the month it begins and the month it ends (intake/months.py).
_SEASONS = months.SEASONS
_SEASON_ALT = "|".join(sorted(_SEASONS, key=len, reverse=True))
# A season named after «jusqu'à», "until" (no year): the next one, ahead of the reading day.
SEASON_AHEAD = re.compile(
    rf"(?:l['’]\s*|le\s+|la\s+|the\s+|this\s+|cet\s+|ce\s+)?(?:{_SEASON_ALT})\b"
    rf"(?!\s*(?:dernier|derni[eè]re|pass[ée]e?|{_YEAR}))",
    re.IGNORECASE,
)
# Moments named by the calendar, with the month and day they fall on: la rentrée is in September, la
# Toussaint on 1 November, Noël on 25 December, la Chandeleur on 2 February, Pâques in April.
_FEASTS = {
    "noël": (12, 25),
    "noel": (12, 25),
    "christmas": (12, 25),
    "toussaint": (11, 1),
    "chandeleur": (2, 2),
    "pâques": (4, 10),
    "paques": (4, 10),
    "easter": (4, 10),
    **{name: (month, 1) for name, month in months.RENTREE.items()},
}
_FEAST_ALT = "|".join(sorted(_FEASTS, key=len, reverse=True))
# The feasts proper, la rentrée left out (a start of the school year more than a day).
_FEAST_DAYS = {name: day for name, day in _FEASTS.items() if name not in months.RENTREE}
_WEEKDAY_ALT = (
    "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
    "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
)
# The first lockdown in France began on 17 March 2020: «avant le confinement» dates the spring of 2020.
_LOCKDOWN = (2020, 3)
# «en septembre dernier», «l'an dernier», «cette année», «last June», «il y a 18 mois»: read against the
# message's day.
_RELATIVE_RE = re.compile(
    # Named moments (see _NAMED_MOMENTS): «juste avant Noël dernier», «à la Toussaint de l'an dernier», "last
    # Christmas", «avant le premier confinement», "the September before last", «l'année d'avant l'an dernier».
    rf"\b(?P<feast>{_FEAST_ALT})\s+(?P<feast_year>derni[eè]re?|pass[ée]e?|de\s+l['’](?:an|ann[ée]e)\s+"
    r"(?:derni[eè]re?|pass[ée]e?))\b|\blast\s+(?P<feast_en>christmas|easter)\b"
    r"|(?P<lockdown>\b(?:le|du|au|the)\s+(?:premier\s+|first\s+)?(?:confinement|lockdown)\b"
    # The season or the year the pandemic closed everything: «le printemps où tout a fermé à cause du Covid»,
    # «l'année du Covid», "the spring when everything shut because of Covid" — the first lockdown's.
    r"|\b(?:le\s+|au\s+|the\s+)?(?:printemps|spring)\s+(?:où|du|de\s+la|when|of)\b[^.;!?\n]{0,45}?"
    r"\b(?:covid|confinement|pand[ée]mie|lockdown|pandemic)\b"
    r"|\bl['’]ann[ée]e\s+du\s+(?:covid|confinement)\b|\bthe\s+(?:covid|lockdown|pandemic)\s+year\b)"
    rf"|\bthe\s+(?P<before_last>{_MONTH_ALT})\s+before\s+last\b"
    r"|(?P<year_before_last>\bl['’]ann[ée]e\s+d['’]avant\s+l['’](?:an|ann[ée]e)\s+(?:derni[eè]re?|pass[ée]e?)\b"
    r"|\bl['’]avant-derni[eè]re\s+ann[ée]e\b|\bthe year before last\b)"
    rf"|\b(?P<last_day>{_WEEKDAY_ALT})\s+dernier\b|\blast\s+(?P<last_day_en>{_WEEKDAY_ALT})\b"
    rf"|\b(?P<rmonth>{_MONTH_ALT})\s+(?:dernier|pass[ée])\b|\b(?:last|this past)\s+(?P<lmonth>{_MONTH_ALT})\b"
    # "this September": the month of this year, gone or to come.
    rf"|\bthis\s+(?P<tmonth>{_MONTH_ALT})\b(?!\.?,?\s*{_YEAR})"
    # «le passé juillet», «le dernier septembre»: the adjective before the month, as Spanish, Italian or
    # Portuguese put it («el pasado junio», «lo scorso giugno»); a year after it makes it a plain date.
    rf"|\b(?:le|l['’])\s*(?:pass[ée]|dernier)\s+(?P<bmonth>{_MONTH_ALT})\b(?!\.?,?\s*(?:de\s+)?{_YEAR})"
    # The school year before the one running on the reading day, and the one running: «l'année universitaire
    # dernière», «l'année scolaire passée», "last academic year"; «cette année universitaire», "this school
    # year" — counted in school years (from la rentrée), not in civil ones.
    r"|(?P<last_school_year>\bl.ann[ée]e\s+(?:universitaire|scolaire|acad[ée]mique)\s+(?:derni[eè]re|pass[ée]e)\b"
    r"|\b(?:last|this past)\s+(?:academic|school|university)\s+year\b)"
    r"|(?P<this_school_year>\bcette\s+ann[ée]e\s+(?:universitaire|scolaire|acad[ée]mique)\b"
    r"|\bthis\s+(?:academic|school|university)\s+year\b)"
    r"|(?P<lastyear>\bl.(?:ann[ée]e|an)\s+(?:derni[eè]re?|pass[ée]e?)\b|\blast year\b)"
    r"|(?P<thisyear>\bcette ann[ée]e\b|\bthis year\b)"
    r"|(?P<lastmonth>\ble mois (?:dernier|pass[ée])\b|\blast month\b)"
    # «le semestre dernier», "last semester", "last term": the half-year of teaching over before the mail.
    r"|(?P<lastterm>\ble (?:semestre|trimestre) (?:dernier|pass[ée])\b"
    # Not "my last semester", "the last term": the final one of a course, still running or not, no date.
    r"|(?<!my )(?<!the )(?<!our )(?<!his )(?<!her )(?<!their )(?<!final )"
    r"\b(?:last|this past) (?:semester|term)\b)"
    rf"|\b(?:cet|ce|this)\s+(?P<this_season>{_SEASON_ALT})\b"
    rf"|\b(?P<last_season>{_SEASON_ALT})\s+(?:derni[eè]re?|pass[ée]e?)\b|\blast\s+(?P<last_season_en>{_SEASON_ALT})\b"
    rf"|{_AGO_FR}|{_AGO_EN}"
    # «année d'obtention N-1», «promotion N-2»: a form's year counted back from the year it is filled in (N,
    # the message's); only after a word of a diploma's year, since «mon N-1» is a colleague one rank below.
    r"|\b(?:ann[ée]es?|obtention|obtenu\w*|promo(?:tion)?|mill[ée]sime|session|dipl[oô]m\w*|graduat\w*|year)\b"
    r"[^.;!?\n]{0,25}?(?P<nyear>(?-i:\bN)\s*-\s*(?P<nback>[1-9])\b)"
    # Ahead of the message's day: «juin prochain», "next June", «l'an prochain», «dans trois mois».
    rf"|\b(?P<nmonth>{_MONTH_ALT})\s+prochain\b|\bnext\s+(?P<nmonth_en>{_MONTH_ALT})\b"
    r"|(?P<nextyear>\bl.(?:ann[ée]e|an)\s+prochaine?\b|\bnext year\b)"
    r"|(?P<nextweek>\bla semaine prochaine\b|\bnext week\b)"
    # Not "in three years": in English it is as often how long a degree took («en trois ans»).
    rf"|\bdans\s+(?P<ahead>{_COUNT_FR})\s+(?P<ahead_unit>mois|ans?|ann[ée]es?)\b",
    re.IGNORECASE,
)
# A diploma held, said with «avoir» in the present («j'ai mon master», «j'ai une licence»): with a count
# («ça fait trois ans que j'ai mon master», «j'ai mon BTS depuis deux ans») it is dated from when it was had.
_HELD = (
    r"\bj.ai\s+(?:mon|ma|un|une|le|la|l.)\s*(?:dipl[oô]me|master|licence|bts|but\b|dut|bachelor|doctorat|deust)"
)
_SINCE_CUE = re.compile(rf"dipl[oô]m|obtenu|titulaire|valid[ée]|graduat|{_HELD}", re.IGNORECASE)
# «ça fait trois ans que…», "it's been two years since…": the clause after the count says what is dated.
_COUNTED_TO_A_CLAUSE = re.compile(
    r"(?:ça|ca|cela) |voil|it.s been|it has been|it.ll be|it will be", re.IGNORECASE
)
_DONE_CUE = re.compile(
    rf"dipl[oô]m|obtenu|titulaire|valid[ée]|graduat|\bj.ai (?:eu|fini|termin|soutenu|r[ée]ussi)|{_HELD}|"
    r"\bsuis sortie?\b|"
    r"\bi (?:got|finished|completed|earned|obtained|received)\b",
    re.IGNORECASE,
)
_STARTED = re.compile(
    r"commenc|entam|d[ée]but|inscri|entr[ée]e? en|start|began|enrol|repris|resum", re.IGNORECASE
)


def _words_count_re(units: dict[str, int], joiner: str) -> str:
    """A count written in words only: «vingt et un», "twenty-four" (not «a», "an")."""
    atom = "|".join(sorted((u for u in units if u not in {"a", "an"}), key=len, reverse=True))
    return rf"(?:{atom})(?:{joiner}(?:{atom}))?"


# A year written in words: «deux mille vingt-quatre», «juin deux mille vingt-six», "two thousand and
# twenty-one", "twenty twenty-five"; its value is 2000 plus the count after «mille» (the counts above). A
# bare «deux mille» is left alone: a sum far more often than the year 2000.
_FR_WORDS = _words_count_re(_UNITS_FR, r"(?:-et-|\s+et\s+|-)")
_EN_WORDS = _words_count_re(_UNITS_EN, r"[-\s]")
_YEAR_IN_WORDS = re.compile(
    rf"(?:\b(?P<month>{_MONTH_ALT})\.?\s+(?:de\s+|of\s+)?)?"
    rf"\b(?:deux[\s-]mille[\s-](?P<fr>{_FR_WORDS})"
    rf"|two\s+thousand(?:\s+and)?[\s-](?P<en>{_EN_WORDS})"
    rf"|twenty\s+(?P<en_short>{_EN_WORDS}))\b",
    re.IGNORECASE,
)


def _years_in_words(text: str) -> list[MonthYear]:
    out = []
    for m in _YEAR_IN_WORDS.finditer(text):
        count = count_of(m.group("fr") or m.group("en") or m.group("en_short"))
        if m.group("en_short") and not 10 <= count < 50:
            continue  # "twenty five people": a count, not a year
        month = _MONTHS[m.group("month").lower()] if m.group("month") else None
        said = f"« {m.group(0)} » : {2000 + count}, l'année écrite en lettres"
        out.append(MonthYear(2000 + count, month, m.start(), m.end(), said))
    return out


def count_of(said: str) -> int:
    """«dix-huit» → 18, «vingt et un» → 21, "twenty-four" → 24, «18» → 18."""
    said = said.strip().lower()
    if said.isdigit():
        return int(said)
    if said in _COUNTS:
        return _COUNTS[said]  # "a couple of", one count in three words
    return sum(_COUNTS[w] for w in re.split(r"[-\s]+", said) if w and w != "et")


def find_dates(text: str, today: date | None = None) -> list[MonthYear]:
    """Dates in order of appearance; relative ones («juin dernier») only when `today` is given.

    A new list each call (callers may extend it); the reading itself is kept per text (`_dates_in`)."""
    return list(_dates_in(text, today))


def without_dates(said: str) -> str:
    """`said` with its dates (as find_dates reads them, no relative ones) taken out: the words said beside a
    date the writer takes back or no longer knows («je ne sais plus», «pardon, pas en 2024»)."""
    for found in reversed(find_dates(said)):
        said = said[: found.start] + said[found.end :]
    return said


# The readers ask for the dates of the same unit many times (situation, education, careers, aim: about
# 1.5 readings per unit of a message): read once. A pure function of its arguments; MonthYear is frozen.
@lru_cache(maxsize=4096)
def _dates_in(text: str, today: date | None) -> tuple[MonthYear, ...]:
    out, birth = _without_birth(text, _with_source_forms(text, _absolute_dates(text)))
    if today is not None:
        told = [d for d in _relative_dates(text, today) if not _bound_asked(text, d)]
        out += [d for d in told if not _bound_restated(text, d, out)]
        out += _at_ages(text, today, birth)
        out.sort(key=lambda d: d.start)
        out = _chained_later(text, out, today)
    return tuple(out)


def _bound_restated(text: str, bound: MonthYear, written: list[MonthYear]) -> bool:
    """A bound on the same line as a date written out («diplômée depuis moins de deux ans : juin 2025»,
    "graduated less than two years ago (May 2025)") restates a condition the written date answers: the
    written date is the fact, the bound no date of its own."""
    if not bound.bound:
        return False
    line_start = text.rfind("\n", 0, bound.start) + 1
    line_end = text.find("\n", bound.end)
    line_end = len(text) if line_end < 0 else line_end
    return any(line_start <= d.start and d.end <= line_end for d in written)


def _bound_asked(text: str, bound: MonthYear) -> bool:
    """A bound closing a question («Diplômée depuis moins de deux ans ?», "Graduated less than two years
    ago?"): the condition asked, restated from the call; the answer after it («Oui, juin 2025», «Pile deux
    ans, je crois») tells the date, the question none. (h-ans)"""
    return bound.bound and _QUESTION_CLOSES.match(text, bound.end) is not None


_QUESTION_CLOSES = re.compile(r"[\s\W]*?\?")


def _relative_dates(text: str, today: date) -> list[MonthYear]:
    out: list[MonthYear] = []
    for m in _RELATIVE_RE.finditer(text):
        before = re.split(r"[.;!?\n]", text[max(0, m.start() - 60) : m.start()])[-1]
        started = _last_start(before)
        if started is not None and not _DONE_AFTER_START.search(before[started:]):
            # «j'ai commencé mon master il y a deux ans» dates a start, not a diploma; «j'ai repris mes études
            # et obtenu cet été une licence» dates the diploma obtained after the start.
            continue
        since = (m.group("ago_word") or "").lower() == "depuis"
        if since and not _SINCE_CUE.search(before):
            continue  # «je cherche depuis deux ans» dates a search, not a diploma
        after = re.split(r"[.;!?\n,]", text[m.end() : m.end() + 80])[0]
        if _COUNTED_TO_A_CLAUSE.match(m.group(0)) and not _counted_done(before, after):
            continue  # «ça fait deux ans que je cherche»: the clause dated is a search, not a diploma
        out.append(_against_today(m, today))
    return out


def _counted_done(before: str, after: str) -> bool:
    """The clause a count of «ça fait …» dates tells a diploma done: the clause after it opened by «que»
    («ça fait deux ans que j'ai eu mon BTS»), else, the count said after the event as «il y a» is («j'ai eu
    mon BTS ça fait trois ans», a spoken order), the clause before it."""
    if re.match(r"\s*(?:que\b|qu['’]|since\b)", after, re.IGNORECASE):
        return _DONE_CUE.search(after) is not None
    return _DONE_CUE.search(after) is not None or _DONE_CUE.search(before) is not None


# A diploma's award told after a start: «j'ai repris mes études et obtenu…», "I started …, then got …".
_DONE_AFTER_START = re.compile(
    r"\b(?:obtenu\w*|valid[ée]\w*|eu|fini\w*|termin[ée]\w*|soutenu\w*|r[ée]ussi\w*|got|finished|completed|"
    r"obtained|graduated|earned)\b",
    re.IGNORECASE,
)


def _last_start(before: str) -> int | None:
    """Where the last start word of `before` ends («commencé», «inscrite», "started"), or None."""
    starts = list(_STARTED.finditer(before))
    return starts[-1].end() if starts else None


def _against_today(m: re.Match[str], today: date) -> MonthYear:
    """One relative mention read against the message's day; `how` says so for the evidence."""
    named = _named_moment(m, today)
    if named is not None:
        return replace(named, how=f"« {m.group(0)} » : {named.as_text()}, compté depuis le message")
    name = m.group("rmonth") or m.group("lmonth") or m.group("bmonth")
    if name:
        month = _MONTHS[name.lower()]
        # The last such month strictly before this one.
        year = today.year if month < today.month else today.year - 1
        when = MonthYear(year, month, m.start(), m.end())
    elif m.group("tmonth"):
        when = MonthYear(today.year, _MONTHS[m.group("tmonth").lower()], m.start(), m.end())
    elif m.group("lastyear"):
        when = MonthYear(today.year - 1, None, m.start(), m.end())
    elif m.group("nback"):
        when = MonthYear(today.year - int(m.group("nback")), None, m.start("nyear"), m.end())
        how = f"« {m.group('nyear')} » : {when.as_text()}, compté depuis l'année du message"
        return replace(when, how=how)
    elif m.group("thisyear"):
        when = MonthYear(today.year, None, m.start(), m.end())
    elif m.group("last_school_year") or m.group("this_school_year"):
        shift = 0 if m.group("this_school_year") else -1
        when = MonthYear(school_year_end(today, shift), None, m.start(), m.end())
    elif m.group("lastmonth"):
        total = today.year * 12 + today.month - 2
        when = MonthYear(total // 12, total % 12 + 1, m.start(), m.end())
    elif m.group("lastterm"):
        # A teaching half-year ends in June or in December-January: the last one over before the mail.
        when = MonthYear(today.year if today.month >= 7 else today.year - 1, None, m.start(), m.end())
    elif m.group("this_season") or m.group("last_season") or m.group("last_season_en"):
        when = MonthYear(_season_year(m, today), None, m.start(), m.end())
    elif m.group("ago") or m.group("ago_en"):
        return _ago(m, today)
    else:
        when = _ahead(m, today)
    return replace(when, how=f"« {m.group(0)} » : {when.as_text()}, compté depuis le message")


def school_year_end(today: date, shift: int) -> int:
    """The civil year in which ends the school year `shift` years from the one running on `today` (0: the
    running one, -1: the last one). A school year runs from la rentrée to the summer: read in January 2027,
    the running one is 2026-2027 (ends 2027), the last one 2025-2026 (ends 2026)."""
    begun = today.year if today.month >= months.RENTREE["rentrée"] else today.year - 1
    return begun + 1 + shift


def _named_moment(m: re.Match[str], today: date) -> MonthYear | None:
    """A moment the calendar names, read against the message's day: a feast «dernier» is the last one gone
    by (Noël dernier, read in November 2026, is December 2025), «de l'an dernier» last year's; the first
    lockdown is March 2020; "the September before last" the one before the last September; «l'année
    d'avant l'an dernier» two years back; «vendredi dernier» the last Friday before the day."""
    feast = m.group("feast") or m.group("feast_en")
    if feast:
        month, day = _FEASTS[feast.lower()]
        gone = (month, day) < (today.month, today.day)
        of_last_year = re.search(r"l['’](?:an|ann[ée]e)", m.group("feast_year") or "", re.IGNORECASE)
        year = today.year - 1 if of_last_year or not gone else today.year
        return MonthYear(year, month, m.start(), m.end())
    if m.group("lockdown"):
        return MonthYear(*_LOCKDOWN, m.start(), m.end())
    if m.group("before_last"):
        month = _MONTHS[m.group("before_last").lower()]
        return MonthYear(today.year - (month >= today.month) - 1, month, m.start(), m.end())
    if m.group("year_before_last"):
        return MonthYear(today.year - 2, None, m.start(), m.end())
    weekday = m.group("last_day") or m.group("last_day_en")
    if weekday:
        back = (today.weekday() - _WEEKDAYS[weekday.lower()] - 1) % 7 + 1
        that_day = today - timedelta(days=back)
        return MonthYear(that_day.year, that_day.month, m.start(), m.end())
    return None


def _ahead(m: re.Match[str], today: date) -> MonthYear:
    """A date still to come, counted from the message's day: the next such month (this one excluded), the
    next year, so many months on (the month) or so many years on (the year only)."""
    name = m.group("nmonth") or m.group("nmonth_en")
    if name:
        month = _MONTHS[name.lower()]
        return MonthYear(today.year + (month <= today.month), month, m.start(), m.end())
    if m.group("nextyear"):
        return MonthYear(today.year + 1, None, m.start(), m.end())
    if m.group("nextweek"):
        week = today + timedelta(days=7)
        return MonthYear(week.year, week.month, m.start(), m.end())
    count = count_of(m.group("ahead"))
    if m.group("ahead_unit").lower().startswith("mois"):
        total = today.year * 12 + today.month - 1 + count
        return MonthYear(total // 12, total % 12 + 1, m.start(), m.end())
    return MonthYear(today.year + count, None, m.start(), m.end())


def last_season_begun(season: str, today: date) -> int:
    """The year the last `season` begun by `today` ends in: «cet été», "this spring", «au printemps» told
    done — read in July 2026, the spring of 2026; «l'automne» read in January 2026, 2025's."""
    return _last_season_year(season, today, over=False)


def last_season_over(season: str, today: date) -> int:
    """The year the last `season` over by `today` ends in: «le printemps dernier», "last spring" — read in
    November 2026, the spring of 2026; «l'automne dernier» read in November, the autumn of the year before."""
    return _last_season_year(season, today, over=True)


def _last_season_year(season: str, today: date, over: bool) -> int:
    """The year the last `season` ends in, counting back from `today` to the last one begun (or, `over`, to
    the last one ended): the one reading of a season's year, both `last_season_begun` and `last_season_over`
    on it (a winter ends in the next year's February, so January is in last year's winter)."""
    first, last = _SEASONS[season.lower()]
    now = today.month + (12 if first == 12 and today.month <= 2 else 0)
    reached = now > last if over else now >= first
    return today.year + (last > 12) - (0 if reached else 1) - (1 if now > 12 else 0)


def _season_year(m: re.Match[str], today: date) -> int:
    """The year a season counted from the message's day is dated by (the year it ends in; no month, a
    season spans three): «cet été», "this spring", the last one begun; «le printemps dernier», "last
    spring", the last one over («l'automne dernier» written in November is the year before's)."""
    this = m.group("this_season")
    if this:
        return last_season_begun(this, today)
    return last_season_over(m.group("last_season") or m.group("last_season_en"), today)


def _ago(m: re.Match[str], today: date) -> MonthYear:
    """«il y a 18 mois» → 2025-05 read in November 2026; «il y a deux ans et demi» → 30 months; «il y a un
    an» → the year only (a year counted roughly says no month)."""
    count = count_of(m.group("ago") or m.group("ago_en"))
    unit = (m.group("unit") or m.group("unit_en")).lower()
    half = m.group("half") or m.group("half_en") or m.group("half_en_a")
    extra = m.group("extra") or m.group("extra_en")
    bound = _BOUND.search(m.group(0))
    anchor = (m.group("anchor") or m.group("anchor_en") or m.group("anchor_been") or "").lower()
    if unit.startswith(("semaine", "week")):
        return _weeks_ago(m, today, count)
    if m.group("anchor_month") and not unit.startswith(("mois", "semest")) and not (half or extra or bound):
        return _anchored_month(m, today, count)
    if anchor and not unit.startswith(("mois", "month", "semest")) and not (half or extra or bound):
        return _anchored(m, today, count, anchor)
    if (m.group("ago_month_en") or m.group("ago_month")) and unit.startswith(("year", "an")) and not (
        half or extra or bound
    ):
        return _month_of_year_back(m, today, count)
    if unit.startswith(("mois", "month")):
        months = count
    elif unit.startswith("semest"):
        months = count * 6  # a semester is half a year of teaching: «il y a trois semestres» = 18 months
    elif half or extra or bound:
        months = count * 12 + (6 if half else count_of(extra) if extra else 0)
    else:
        how = f"« {m.group(0)} » : {today.year - count}, sans le mois"
        return MonthYear(today.year - count, None, m.start(), m.end(), how)
    if bound:
        # «il y a plus de deux ans»: 25 months at least; «moins de deux ans»: 24 at most, said as a bound.
        months += 1 if bound.group(0).lower() in _MORE else 0
        said = "au moins" if bound.group(0).lower() in _MORE else "au plus"
    else:
        said = ""
    total = today.year * 12 + today.month - 1 - months
    when = MonthYear(total // 12, total % 12 + 1, m.start(), m.end())
    how = f"« {m.group(0)} » : {said + ' ' if said else ''}{months} mois avant le message, {when.as_text()}"
    return replace(when, how=how, bound=bound is not None)


def _anchored(m: re.Match[str], today: date, count: int, anchor: str) -> MonthYear:
    """«il y a deux ans ce mois-ci», "two years ago this month": that month, so many years back; «ça fait
    trois ans cet été»: the summer so many years before the last one begun (its year, no month)."""
    if "mois" in anchor or "month" in anchor:
        when = MonthYear(today.year - count, today.month, m.start(), m.end())
    else:
        summer = today.year if today.month >= 7 else today.year - 1
        when = MonthYear(summer - count, None, m.start(), m.end())
    return replace(when, how=f"« {m.group(0)} » : {when.as_text()}, compté depuis le message")


def _weeks_ago(m: re.Match[str], today: date, count: int) -> MonthYear:
    """«il y a sept semaines», "three weeks ago": counted in days from the message's day, to its month."""
    day = today - timedelta(weeks=count)
    when = MonthYear(day.year, day.month, m.start(), m.end())
    return replace(when, how=f"« {m.group(0)} » : {count * 7} jours avant le message, {when.as_text()}")


def _anchored_month(m: re.Match[str], today: date, count: int) -> MonthYear:
    """«cela fera trois ans en janvier que j'ai soutenu»: the next January (a count still to come, «fera»,
    «va faire») or the last one (a count reached, «fait»), so many years back."""
    month = _MONTHS[m.group("anchor_month").lower()]
    ahead = re.search(r"fera|va faire", m.group("ago_word") or "", re.IGNORECASE) is not None
    year = today.year + (month <= today.month) if ahead else today.year - (month > today.month)
    when = MonthYear(year - count, month, m.start(), m.end())
    return replace(when, how=f"« {m.group(0)} » : {when.as_text()}, compté depuis le message")


def _month_of_year_back(m: re.Match[str], today: date, count: int) -> MonthYear:
    """ "I got my BSc two years ago, in June", «il y a deux ans, en octobre»: the year counted back from the
    message's, in the month named after it (read in May 2026, June 2024) — the month tells what the count of
    years alone leaves open."""
    month = _MONTHS[(m.group("ago_month_en") or m.group("ago_month")).lower()]
    when = MonthYear(today.year - count, month, m.start(), m.end())
    return replace(when, how=f"« {m.group(0)} » : {when.as_text()}, compté depuis le message")


# A count said as a bound: «plus de deux ans», "over a year"; «un peu plus d'un an» is still about a year.
_MORE = {"plus", "more than", "over"}
_BOUND = re.compile(
    r"(?<!un peu )(?<!just )\b(?:plus|moins|more than|less than|over|under)\b(?=\s+(?:de\s+|d['’])?\w)",
    re.IGNORECASE,
)


def _with_source_forms(text: str, dates: list[MonthYear]) -> list[MonthYear]:
    """`dates` with those written in a source language's form or calendar (source_dates.py: «2025/06/30»,
    «Khordad 1404», «année universitaire 2023/2024») in place of the plainer readings of the same figures."""
    found = [MonthYear(w.year, w.month, w.start, w.end, w.how) for w in source_dates(text)]
    if not found:
        return dates
    kept = [d for d in dates if not any(f.start <= d.start and d.end <= f.end for f in found)]
    return sorted([*kept, *found], key=lambda d: d.start)


def _absolute_dates(text: str) -> list[MonthYear]:
    out: list[MonthYear] = _years_in_words(text)
    for m in DATE_RE.finditer(text):
        if m.group("ayear"):
            first, short = int(m.group("ayear")), int(m.group("ashort"))
            out.append(MonthYear(first, None, m.start(), m.start() + 4))
            if 0 < short - first % 100 <= 8:  # «2022-25»: a range of years written short
                out.append(MonthYear(first - first % 100 + short, None, m.end() - 2, m.end()))
        elif m.group("month"):
            when = MonthYear(int(m.group("year")), _MONTHS[m.group("month").lower()], m.start(), m.end())
            session = _SESSION_BEFORE.search(text[max(0, m.start() - 30) : m.start()])
            if session:
                said = text[m.start() - len(session.group(0)) : m.end()]
                when = replace(when, how=f"« {said} » : {when.as_text()}, le mois de la session d'examens")
            out.append(when)
        elif m.group("mnum"):
            out.append(MonthYear(int(m.group("year2")), int(m.group("mnum")), m.start(), m.end()))
        elif m.group("year5") or m.group("year6"):
            year, month = m.group("year5") or m.group("year6"), m.group("month5") or m.group("month6")
            out.append(MonthYear(int(year), _MONTHS[month.lower()], m.start(), m.end()))
        elif m.group("year3"):
            out.append(MonthYear(int(m.group("year3")), int(m.group("mnum3")), m.start(), m.end()))
        elif m.group("year4"):
            out.append(MonthYear(int(m.group("year4")), None, m.start(), m.end()))
        elif m.group("cyear"):
            year = 2000 + int(m.group("cyear"))
            out.append(MonthYear(year, None, m.start(), m.end(), f"« {m.group(0)} » : {year}, la promotion"))
        else:
            out.append(_short_date(m))
    if _FEAST_NAMED.search(text) is not None:  # a year can be a feast's only where a feast is named
        out = [_feast_month(text, d) for d in out]
    return _spans_read(text, sorted(out, key=lambda d: d.start))


def _feast_month(text: str, when: MonthYear) -> MonthYear:
    """A year written right after a feast («juste avant Noël 2024», «à la Toussaint 2023», "Christmas
    2024") is that feast's month of that year, as «décembre 2024» is (r-dates, stop 55); not la rentrée,
    which names the start of a school year more than a month."""
    if when.month is not None or when.how:
        return when
    said = _FEAST_BEFORE.search(text, max(0, when.start - 20), when.start)
    if said is None:
        return when
    month = _FEAST_DAYS[said.group("feast").lower()][0]
    how = f"« {text[said.start() : when.end]} » : {when.year}-{month:02d}, le mois de la fête"
    return MonthYear(when.year, month, said.start(), when.end, how)


_FEAST_DAY_ALT = "|".join(sorted(_FEAST_DAYS, key=len, reverse=True))
_FEAST_BEFORE = re.compile(rf"\b(?P<feast>{_FEAST_DAY_ALT})\s+(?:de\s+|of\s+)?$", re.IGNORECASE)
# A feast named anywhere in a text: without one, no year of it is a feast's (_feast_month is not asked).
_FEAST_NAMED = re.compile(rf"\b(?:{_FEAST_DAY_ALT})", re.IGNORECASE)


def _short_date(m: re.Match[str]) -> MonthYear:
    """Dates written short, read by one rule of ranges, whatever the order of the figures:

    - a month is 1 to 12 and a year of two figures is 13 to 35 (2013–2035): «6/25», «06/26», «(07.26)» are
      a month then a year, because 25, 26 cannot be a month; «12/12», «24/11», «15/12» (both figures can be
      a day and a month, or the first cannot be a month) are a day and a month, never a year — and «/20»
      is left out of the years, being the French scale of marks («12/20»);
    - three groups of figures are a day, a month and a year, in the French order: «01.09.26» is 1 September
      2026, «28/02/27» 28 February 2027 (the day is dropped: a month is the finest the reader keeps);
    - two figures after a month's name are its year: «JUIN 24», «sept. 25», «Sept '25»; not after "on"
      ("on June 25" is a day), nor when a full year or another month follows ("June 25, 2025", «mar 25
      nov», Tuesday the 25th).
    The year, the month, and how it was read (for the evidence) are kept."""
    for month_group, year_group in (("smonth", "syear"), ("nmonth", "nyear"), ("dmonth", "dyear")):
        if m.group(month_group):
            year, month = 2000 + int(m.group(year_group)), int(m.group(month_group))
            break
    else:
        year, month = 2000 + int(m.group("wyear")), _MONTHS[m.group("wmonth").lower()]
    when = MonthYear(year, month, m.start(), m.end())
    return replace(when, how=f"« {m.group(0)} » : {when.as_text()}, l'année écrite en deux chiffres")


# «session de juin 2025», «sesiunea de iulie 2025», «à la session d'octobre»: an exam session dates a diploma.
_SESSION_BEFORE = re.compile(
    r"\b(?:session|sesiunea|sessione|sesión|sessão)\s+(?:de\s+|d['’]|di\s+|do\s+)?$", re.IGNORECASE
)
_SPAN_SEP = re.compile(r"^\s*[-/–]\s*$")


def _spans_read(text: str, dates: list[MonthYear]) -> list[MonthYear]:
    """«année universitaire 2024-2025», «Wintersemester 2026/2027», «(2023-2024)»: two years in a row joined
    by a dash or a slash are an academic year, which ends in the second; say so on the second."""
    out = list(dates)
    for i in range(1, len(out)):
        first, second = out[i - 1], out[i]
        if first.month or second.month or second.year != first.year + 1:
            continue
        if _SPAN_SEP.match(text[first.end : second.start]):
            said = text[first.start : second.end]
            how = f"« {said} » : {second.year}, l'année où finit l'année universitaire"
            out[i] = replace(second, how=how)
    return out


def months_between(earlier: tuple[int, int], later: tuple[int, int]) -> int:
    return (later[0] - earlier[0]) * 12 + (later[1] - earlier[1])


_WEEKDAYS = {
    name: number
    for number, names in enumerate(
        [
            ("lundi", "monday"),
            ("mardi", "tuesday"),
            ("mercredi", "wednesday"),
            ("jeudi", "thursday"),
            ("vendredi", "friday"),
            ("samedi", "saturday"),
            ("dimanche", "sunday"),
        ]
    )
    for name in names
}
WEEKDAYS = _WEEKDAYS  # a weekday's French or English name → its number (Monday 0), for the other readers
# The reading day itself named, or a part of it: «aujourd'hui», «ce matin», «ce soir», "today", "tonight".
_THIS_DAY = (
    r"\baujourd['’]hui\b|\bce (?:matin|soir)\b|\bcet apr[eè]s-midi\b|\btoday\b|\btonight\b"
    r"|\bthis (?:morning|afternoon|evening)\b"
)
THIS_DAY = re.compile(_THIS_DAY, re.IGNORECASE)
# The day or the month of an act told done, said as its complement in the act's clause with no year: a day
# or a week just gone («les résultats sont tombés hier», «avant-hier», «la semaine dernière», "yesterday",
# "last week"), a weekday alone («les résultats du rattrapage vendredi»), a month after «de» («les résultats
# du jury de janvier»; "the results of the June board" stays unread: English names the month before).
_ACT_DAY = re.compile(
    r"(?P<gone>\b(?:avant-)?hier\b|\byesterday\b|\bla semaine (?:derni[eè]re|pass[ée]e)\b|\blast week\b)"
    # The reading day itself, the act told done on it: «validé ce matin», «confirmé aujourd'hui», "today".
    rf"|(?P<this_day>{_THIS_DAY})"
    rf"|\b(?:(?P<weekday>{_WEEKDAY_ALT})|d(?:e\s+|['’])(?P<month>{_MONTH_ALT}))\b\.?"
    rf"(?!\s*(?:de\s+)?{_YEAR})(?!\s+\d)",
    re.IGNORECASE,
)


def last_act_day(clause: str, today: date) -> MonthYear | None:
    """The month of the day or month an act told done names in `clause` with no year (`_ACT_DAY`): a day or
    a week just gone counted back from `today` (a result out «hier» on the 1st is last month's), a weekday
    the last such day up to `today` («vendredi» read on a Monday: three days back), a month the last such
    month, this one included; None when the clause names none. Read only in the clause of an act that
    awards a diploma (award_dated.py): «j'ai soutenu mon mémoire la semaine dernière» dates no diploma.
    Today's own weekday is today here, unlike `nearest_weekday` told done: results are read the day they come
    out («les résultats sont tombés vendredi», written that Friday), and only the month is kept, so a day
    included can never date the diploma after the message (a week back could put it in the month before)."""
    found = _ACT_DAY.search(clause)
    if found is None:
        return None
    if found.group("gone"):
        said = found.group("gone").lower()
        back = 7 if "semaine" in said or "week" in said else 2 if said.startswith("avant") else 1
        gone = today - timedelta(days=back)
        return MonthYear(gone.year, gone.month, found.start(), found.end())
    if found.group("this_day"):
        return MonthYear(today.year, today.month, found.start(), found.end())
    if found.group("weekday"):
        back = (today.weekday() - _WEEKDAYS[found.group("weekday").lower()]) % 7
        gone = today - timedelta(days=back)
        return MonthYear(gone.year, gone.month, found.start(), found.end())
    month = _MONTHS[found.group("month").lower()]
    year = today.year if month <= today.month else today.year - 1
    return MonthYear(year, month, found.start(), found.end())


# A day or a month told without its year right after an end word: «jusqu'en juin», «fin le 30 novembre»,
# «jusqu'à vendredi 13», "until mid-December", «à la fin de novembre», "at the end of November" (t-open). A
# year after it makes it an ordinary date (DATE_RE).
# The day of a month as written before its month's name: «23», «1er», «premier», «23e», "3rd" (day_number).
_DAY_OF_MONTH = r"(?P<day>[0-3]?\d|premier)(?:er|e|st|nd|rd|th)?"
_BARE_DATE = re.compile(
    r"^\W*(?:(?:en|au|à|a|le|la|l'|l’|du|de|d'|d’|in|on|at|by|the|of|mi|mid|fin|d[ée]but|end|early|late)\b[\s-]*)*"
    rf"(?:(?P<weekday>{'|'.join(_WEEKDAYS)})\s+)?(?:{_DAY_OF_MONTH}\b\s*)?"
    rf"(?P<month>\b(?:{_MONTH_ALT})\b\.?)?(?!\s*(?:de\s+|of\s+)?(?:19|20)\d\d)",
    re.IGNORECASE,
)


# «en juin», «depuis septembre», "in June" with no year after it.
# A day may come before the month: «depuis le 20 octobre», «since 3 May» (the day does not change the month).
# A day alone names its month as well: «le 10 novembre», "on 10 November", "on the 3rd of May", "on May 3".
YEARLESS_MONTH = re.compile(
    r"\b(?P<since>en|depuis|since|in|(?:le|on)(?=\s+(?:the\s+)?\d)|on(?=\s+[^\W\d]+\.?\s+\d{1,2}\b))\s+"
    r"(?:(?:(?:le|the)\s+)?(?P<day>\d{1,2})(?:er|st|nd|rd|th)?\s+(?:of\s+)?)?"
    r"(?:(?:fin|d[ée]but|mi|end of|early|late)\s+)?"
    rf"(?P<month>{_MONTH_ALT})\b\.?(?!\s*(?:de\s+|of\s+)?{_YEAR})(?!\s+\d{{1,2}}\s*,?\s*{_YEAR})",
    re.IGNORECASE,
)


# A feast or a season named without its year, as a month is (YEARLESS_MONTH): «diplômée à Noël», «j'ai fini
# avant Noël», «depuis Pâques», «au printemps j'ai validé», «diplômé à l'automne», "at Christmas", "in the
# spring" — not «Noël dernier», "next Easter", «cet été» (_RELATIVE_RE), nor la rentrée.
_YEARLESS_FEAST = re.compile(
    # Not «a été obtenue», nor its common slip «à été»: the verb, no summer.
    r"\b(?!à\s+[ée]t[ée]\b)(?P<since>à|au|en|avant|depuis|since|at|in|over|before)\s+(?:la\s+|l['’]\s*|the\s+)?"
    rf"(?:(?P<feast>{'|'.join(sorted(_FEAST_DAYS, key=len, reverse=True))})|(?P<season>{_SEASON_ALT}))\b"
    rf"(?!\s*(?:derni[eè]re?|prochaine?|pass[ée]e?|last|next|de\s+l['’]|d['’]avant|(?:de\s+|of\s+)?{_YEAR}))",
    re.IGNORECASE,
)


def _last_yearless_feast(text: str, today: date) -> tuple[MonthYear, bool] | None:
    """The first feast or season named without its year in `text` (`_YEARLESS_FEAST`), read as the last one
    gone by: Noël read in March 2026 is December 2025, as its month; a season the year of the last one
    begun (`last_season_begun`), no month (it spans three). And whether it was said as a start."""
    found = _YEARLESS_FEAST.search(text)
    if found is None:
        return None
    since = found.group("since").lower() in {"depuis", "since"}
    if found.group("season"):
        year = last_season_begun(found.group("season"), today)
        return MonthYear(year, None, found.start("season"), found.end()), since
    month, day = _FEAST_DAYS[found.group("feast").lower()]
    year = today.year if (month, day) <= (today.month, today.day) else today.year - 1
    return MonthYear(year, month, found.start("feast"), found.end()), since


def last_yearless_month(text: str, today: date) -> tuple[MonthYear, bool] | None:
    """The first month named without its year in `text`, read as the last such month (this one included),
    and whether it was said as a start («depuis septembre»); a feast or a season so named, as it reads
    (`_last_yearless_feast`). Only for a fact told as done."""
    found = YEARLESS_MONTH.search(text)
    feast = _last_yearless_feast(text, today)
    if feast is not None and (found is None or feast[0].start < found.start()):
        return feast
    if found is None:
        return None
    month = _MONTHS[found.group("month").lower()]
    if _day_ahead(found, month, today):
        return None
    year = today.year if month <= today.month else today.year - 1
    since = found.group("since").lower() in {"depuis", "since"}
    return MonthYear(year, month, found.start(), found.end()), since


_NEAR_AHEAD_DAYS = 62


def _day_ahead(found: re.Match[str], month: int, today: date) -> bool:
    """A day and a month said with no year and no «en» / «depuis» («le 10 décembre», "on 10 December") name
    a day close by: one in the coming two months is a day to come (a jury's «le 10 décembre» read on 26
    November), which dates nothing done; one further ahead can only be last year's."""
    if found.group("day") is None or found.group("since").lower() not in {"le", "on"}:
        return False
    day = min(int(found.group("day")), 28)
    ahead = (date(today.year, month, day) - today).days
    if ahead <= 0:
        ahead += 365
    return ahead <= _NEAR_AHEAD_DAYS


# A month named without its year, wherever it stands: «mi-décembre», «le 11 décembre», "in December".
_MONTH_NO_YEAR = re.compile(rf"\b(?P<month>{_MONTH_ALT})\b\.?(?!\s*(?:de\s+|of\s+)?{_YEAR})", re.IGNORECASE)


# Today's month named with no day before it: «courant novembre», «en novembre», «fin novembre», «ce mois-ci»,
# "later this month" — read on the reading day, the day may be behind or ahead (h-odone, stop 37).
_DAYLESS_MONTH = re.compile(
    rf"\b(?:courant|en|fin|mi|d[ée]but|au mois d['’]|au mois de|dans le mois d['’]|in|during|end of|late|"
    rf"mid|early)[\s-]+(?P<month>{_MONTH_ALT})\b\.?(?!\s*(?:de\s+|of\s+)?{_YEAR})"
    r"|\bce mois[- ]ci\b|\bthis month\b",
    re.IGNORECASE,
)


def names_this_month_only(text: str, today: date) -> bool:
    """`text` dates something by today's month and no day («ma soutenance a lieu courant novembre», read in
    November): whether it is behind or ahead is not said."""
    for found in _DAYLESS_MONTH.finditer(text):
        month = found.group("month")
        if month is None or _MONTHS[month.rstrip(".").lower()] == today.month:
            return True
    return False


def told_ahead(text: str, today: date, sentence: str = "") -> bool:
    """A date of `text` still to come on `today`: a month (or a year) after today's, or a month named without
    its year later in this year («le jury se réunit le 11 décembre», read in November) — unless the
    `sentence` around `text` dates that month with its year: «obtenu en décembre 2024 (jury du 12
    décembre)» names one December, 2024's."""
    now = (today.year, today.month)
    if any(d.bounds()[0] > now for d in find_dates(text)):
        return True
    dated = {d.month for d in find_dates(sentence)}
    for found in _MONTH_NO_YEAR.finditer(text):
        month = _MONTHS[found.group("month").lower()]
        if month in dated or _just_gone_over_new_year(month, today):
            continue
        if month > today.month or (month == today.month and _day_before(text, found.start()) > today.day):
            return True  # «publiés le 23 octobre», read on 13 October: ten days ahead, not a year back
    return False


# How far back a yearless month of last year's end still stands, read early in the new year: December read
# in January or February, November read in January.
_JUST_GONE_MONTHS = 2


def _just_gone_over_new_year(month: int, today: date) -> bool:
    """A yearless month later in the calendar than today's, but only a month or two back across the new year
    («jury le 18 décembre», read on 18 January): the December just gone, not one eleven months ahead."""
    return month > today.month and today.month + 12 - month <= _JUST_GONE_MONTHS


# The day of the month right before a month's name: «le 23 octobre», «23 oct.», "on 23 October".
_DAY_BEFORE = re.compile(rf"\b{_DAY_OF_MONTH}\s*$", re.IGNORECASE)


def _day_before(text: str, at: int) -> int:
    """The day named right before the month's name at `at` («le 23 octobre»: 23), 0 when none is."""
    found = _DAY_BEFORE.search(text, max(0, at - 8), at)
    return _day_number(found.group("day")) if found is not None else 0


def _day_number(said: str) -> int:
    """The day a `_DAY_OF_MONTH` says: its figures, or 1 for «premier» («le premier octobre»)."""
    return int(said) if said.isdigit() else 1


def _last_day(year: int, month: int) -> date:
    return date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)


def bare_date(text: str, today: date, ahead: bool) -> date | None:
    """The day a yearless end date at the start of `text` means: the next such month when the thing is
    told as going on (`ahead`), the last one otherwise; «vendredi 13», the nearest Friday the 13th."""
    found = _BARE_DATE.match(text)
    if found is None or not (found.group("month") or (found.group("weekday") and found.group("day"))):
        return None
    said = found.group("day")
    day = _day_number(said) if said else None
    if found.group("month"):
        month = _MONTHS[found.group("month").rstrip(".").lower()]
        year = today.year
        if ahead and month < today.month:
            year += 1
        elif not ahead and month > today.month:
            year -= 1
        last = _last_day(year, month)
        return last.replace(day=day) if day and day <= last.day else last
    weekday = _WEEKDAYS[found.group("weekday").lower()]
    candidates = []
    for shift in range(-2, 3):
        total = today.year * 12 + today.month - 1 + shift
        year, month = divmod(total, 12)
        if day and day <= _last_day(year, month + 1).day and date(year, month + 1, day).weekday() == weekday:
            candidates.append(date(year, month + 1, day))
    return min(candidates, key=lambda d: abs((d - today).days)) if candidates else None


# A day of the month told alone right at the start: «je commence un service civique le 15», «jusqu'au 3»,
# "on the 20th" — never a figure of something else («le 15 %», «le 3e étage», «le 2 h»), never «le premier».
_DAY_ALONE = re.compile(
    r"^\W*(?:(?:le|au|jusqu['’]\s*au|on|the|by|until)\b[\s-]*)+(?P<day>[0-3]?\d)(?:er|st|nd|rd|th)?\b"
    r"(?!\s*(?:%|[.,:/h]\s*\d|h\b|e\b|ème|eme|ans?\b|mois\b|jours?\b|semaines?\b|heures?\b|euros?\b|€"
    rf"|years?\b|months?\b|days?\b|weeks?\b|hours?\b|of\b|(?:de\s+|d['’]\s*)?(?:{_MONTH_ALT})\b|(?:19|20)\d\d))",
    re.IGNORECASE,
)


def day_alone(text: str, today: date, ahead: bool) -> date | None:
    """The day a day of the month told alone means (`_DAY_ALONE`): this month's, unless that day is already
    past for a thing told ahead (then next month's) or still to come for a thing told done (then last
    month's) — a writer names a day without its month only when the month goes without saying."""
    found = _DAY_ALONE.match(text)
    if found is None or not 1 <= int(found.group("day")) <= 31:
        return None
    day, shift = int(found.group("day")), 0
    if ahead and day < today.day:
        shift = 1
    elif not ahead and day > today.day:
        shift = -1
    year, month = divmod(today.year * 12 + today.month - 1 + shift, 12)
    last = _last_day(year, month + 1)
    return last.replace(day=day) if day <= last.day else None


# A day of the week alone right after an end word, no day's figure nor month after it: «se termine
# vendredi», «jusqu'à ce jeudi», "wraps up this Friday", "ends on Tuesday", "until this coming Monday".
_WEEKDAY_ALONE = re.compile(
    r"^\W*(?:(?:jusqu['’]\s*(?:à|a|au)?|à|a|au|le|ce|on|by|until|till|this(?:\s+coming)?|coming)\b[\s-]*)*"
    rf"(?P<weekday>{'|'.join(_WEEKDAYS)})\b(?!\s*(?:[0-3]?\d|premier|dernier|prochain|last|next)\b)",
    re.IGNORECASE,
)


def nearest_weekday(text: str, today: date, ahead: bool) -> date | None:
    """The day a weekday alone at the start of `text` means (`_WEEKDAY_ALONE`): for an end still to come
    (`ahead`) the coming one within the week, today's own weekday being today; for one told as done the
    last one gone by. «Mon stage se termine vendredi», read on a Monday, ends four days later. Told done,
    today's own weekday is a week back, unlike `last_act_day`: the day is compared with today
    (situation_time.read_by_end_date: over when before it), and an end dated today would read as still
    running although told done («mon stage s'est terminé vendredi», written on a Friday: last Friday's)."""
    found = _WEEKDAY_ALONE.match(text)
    if found is None:
        return None
    weekday = _WEEKDAYS[found.group("weekday").lower()]
    if ahead:
        return today + timedelta(days=(weekday - today.weekday()) % 7)
    return today - timedelta(days=(today.weekday() - weekday - 1) % 7 + 1)


# A day told with its month and year right at the start: «le 20 novembre 2026», "on 3 March 2027".
_FULL_DATE = re.compile(
    r"^\W*(?:(?:le|au|du|jusqu['’]\s*au|on|the|by|until)\b[\s-]*)*"
    rf"{_DAY_OF_MONTH}\s+(?:of\s+)?(?P<month>\b(?:{_MONTH_ALT})\b)\.?,?\s+(?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)


def end_date_after(text: str, today: date, ahead: bool) -> date | None:
    """The last day the first date of `text` can mean: a yearless one right at its start (a weekday alone
    the nearest such day, `nearest_weekday`; a day of the month alone, `day_alone`), else the first dated
    month or year («se termine en avril 2027 et je serai diplômée en juin» → April 2027)."""
    bare = bare_date(text, today, ahead) or nearest_weekday(text, today, ahead)
    bare = bare or day_alone(text, today, ahead)  # «le 15», its month the one that goes without saying
    if bare is not None:
        return bare
    full = _FULL_DATE.match(text)
    if full is not None:  # «le 20 novembre 2026»: that day, not the last of its month
        year, month = int(full.group("year")), _MONTHS[full.group("month").rstrip(".").lower()]
        last = _last_day(year, month)
        return last.replace(day=min(_day_number(full.group("day")), last.day))
    dates = find_dates(text)
    if not dates:
        return None
    year, month = dates[0].bounds()[1]
    return _last_day(year, month)


# --- Reckonings of ages and of chained dates (stop 31) ---

# A birth told: «née en 2001», «né le 14 octobre 1999», "born in 1998": a birth's date, never a diploma's.
_BORN_BEFORE = re.compile(
    r"\b(?:n[ée]e?s?|born)\s+(?:(?:en|le|in|on)\s+)?(?:(?:[0-3]?\d)(?:er|st|nd|rd|th)?\s+)?$", re.IGNORECASE
)


def _without_birth(text: str, dates: list[MonthYear]) -> tuple[list[MonthYear], MonthYear | None]:
    """The dates of `text` less a birth's, and the birth (the first told), which dates ages."""
    kept, birth = [], None
    for d in dates:
        if _BORN_BEFORE.search(text[max(0, d.start - 30) : d.start]):
            birth = birth or d
        else:
            kept.append(d)
    return kept, birth


# The writer's age now: «j'ai 23 ans», «il a 24 ans», «âgée de 31 ans», "I'm 26 now", "25 years old", «j'ai
# fêté mes 27 ans en octobre» (the birthday's month too). Not «j'ai 12 ans d'expérience», a span.
_AGE_NOW = re.compile(
    r"\b(?:j['’]ai|il a|elle a|[âa]g[ée]e? de)\s+(?P<now>\d{2})\s+ans\b"
    r"(?!\s+(?:d['’]|de\b|dans\b|en\b|comme\b|chez\b))"
    r"|\b(?:i['’]m|i am|he['’]s|she['’]s|he is|she is)\s+(?P<now_en>\d{2})\b"
    r"(?=\s*(?:now\b|years? old\b|[,.;:)(]|and\b|$))"
    r"|\b(?P<now_old>\d{2})\s+years\s+old\b"
    rf"|\bf[êe]t[ée]\s+mes\s+(?P<feted>\d{{2}})\s+ans\s+en\s+(?P<feted_month>{_MONTH_ALT})\b"
    # An age still to come: "I turn 25 next month", «j'aurai 30 ans en mars».
    r"|\b(?:i turn|i['’]ll turn|i will turn|i['’]ll be|i will be|j['’]aurai|je f[êe]terai mes)\s+"
    r"(?P<turn>\d{2})(?:\s+ans)?\s+"
    rf"(?:(?P<turn_next>next month|le mois prochain)|(?:in|en)\s+(?P<turn_month>{_MONTH_ALT})\b)",
    re.IGNORECASE,
)
# What a figure after "at" counts when it is not an age: an address, an hour, a price, a measure.
_NOT_AN_AGE = (
    r"(?:rue|avenue|boulevard|street|road|lane|place|chemin|all[ée]e|am|pm|o['’]clock|euros?|percent|"
    r"minutes?|hours?|heures?|km|kg|miles?)\b|(?-i:[A-Z][a-z])"  # "at 22 Baker Street": a number in a street
)
# An event told at an age: «master à 24 ans», «le jour de mes 26 ans», «l'année de mes vingt ans», "finished
# my degree at 22", "aged 23". Not «à 24 ans d'écart», nor "at 10:30", "at 22 Baker Street".
_AT_AGE = re.compile(
    r"(?<![\w-])(?:à|a)\s+(?P<at>\d{2})\s+ans\b(?!\s+(?:d['’]|de\b))"
    rf"|\b(?P<mine_word>le jour de|l['’]ann[ée]e de|à)\s+mes\s+(?P<mine>{_COUNT_FR})\s+ans\b"
    r"|\b(?:at|aged|at age|at the age of)\s+(?P<at_en>\d{2})\b(?!\s*(?:[:h.]\d|%|€|\$|" + _NOT_AN_AGE + r"))",
    re.IGNORECASE,
)
# «bac à 18 ans, puis cinq années d'études»: the years that follow an age add up to a later one.
_THEN_YEARS = re.compile(
    rf"[^.;:!?]{{0,40}}?\b(?:puis|then|followed by)\s+(?P<n>{_COUNT_FR}|{_COUNT_EN})\s+"
    r"(?:ann[ée]es?|ans|years)\b",
    re.IGNORECASE,
)


def _birth_from_age(text: str, today: date, birth: MonthYear | None) -> MonthYear | None:
    """The writer's birth: told («née en 2001»), or the year of their age now taken from this year (26 now
    → 2000; «fêté mes 27 ans en octobre» → October 1999; "I turn 25 next month" → December 2001)."""
    if birth is not None:
        return birth
    now = _AGE_NOW.search(text)
    if now is None:
        return None
    if now.group("feted"):
        month = _MONTHS[now.group("feted_month").lower()]
        year = today.year - int(now.group("feted")) - (month > today.month)
        return MonthYear(year, month, now.start(), now.end())
    if now.group("turn"):
        named = now.group("turn_month")
        month = _MONTHS[named.lower()] if named else today.month % 12 + 1
        year = today.year + (month <= today.month) - int(now.group("turn"))  # the birthday to come
        return MonthYear(year, month, now.start(), now.end())
    age = int(now.group("now") or now.group("now_en") or now.group("now_old"))
    return MonthYear(today.year - age, None, now.start(), now.end())


def _at_ages(text: str, today: date, birth: MonthYear | None) -> list[MonthYear]:
    """Events told at an age, dated by the birth or the age now: «née en 2001, master à 24 ans» → 2025; "I'm
    26 now and finished my degree at 22" → 2022; «le jour de mes 26 ans», born in October 1999 → October
    2025; «bac à 18 ans, puis cinq années d'études» → 18 + 5 → 2023 at the years. No age now, no date:
    «À 47 ans, après vingt-deux ans…» tells the age now, not an event's."""
    born = _birth_from_age(text, today, birth)
    if born is None:
        return []
    out = []
    for m in _AT_AGE.finditer(text):
        age = count_of(m.group("at") or m.group("mine") or m.group("at_en"))
        if not 14 <= age <= today.year - born.year or born.start <= m.start() < born.end:
            continue
        birthday = (m.group("mine_word") or "").lower() == "le jour de"
        out.append(_aged(born, age, m.start(), m.end(), m.group(0), birthday))
        then = _THEN_YEARS.match(text, m.end())
        if then is not None:
            later = age + count_of(then.group("n"))
            out.append(_aged(born, later, then.start("n"), then.end(), then.group(0).strip(" ,"), False))
    return [d for d in out if d.year <= today.year]


def _aged(born: MonthYear, age: int, start: int, end: int, said: str, birthday: bool) -> MonthYear:
    """The date `age` years after the birth: a year (the month only on the birthday itself)."""
    month = born.month if birthday else None
    when = MonthYear(born.year + age, month, start, end)
    how = f"« {said} » : {when.as_text()}, à {age} ans (naissance en {born.year})"
    return replace(when, how=how)


# «deux ans après la licence», «trois mois plus tard», «l'année suivante», "two years later", "the following
# year": a date counted on from the date told before it in the same text.
_LATER = re.compile(
    rf"\b(?P<n>{_COUNT_FR}|{_COUNT_EN})\s+(?P<unit>ans?|ann[ée]es?|mois|years?|months?)\s+"
    r"(?:plus tard|later|(?:apr[èe]s|after)\b"
    r"(?P<since>(?:\s+(?:le|la|les|l['’]|mon|ma|mes|the|my))?\s*(?P<ref>\w+))?)\b"
    r"|(?P<next>\bl['’]ann[ée]e\s+(?:suivante|d['’]apr[èe]s)\b|\bthe\s+(?:following|next)\s+year\b)",
    re.IGNORECASE,
)


def _chained_later(text: str, dates: list[MonthYear], today: date) -> list[MonthYear]:
    """Add the dates counted on from the one before («licence en 2023, le master deux ans après la licence» →
    2025); a count of months needs a month to count from. When a reference is named after «après» it must
    be named before that date too: «(2025, three years after the bac)» counts from an undated bac, not from
    2025. A date counted beyond today is left out: a reckoning never puts a diploma ahead by itself."""
    out = list(dates)
    for m in _LATER.finditer(text):
        before = [d for d in out if d.end <= m.start() and not d.bound]
        if not before or any(d.start == m.start() for d in out):
            continue
        last = before[-1]
        ref = m.group("ref")
        if (
            ref
            and not ref.isdigit()
            and not re.search(rf"\b{re.escape(ref)}\b", text[: last.end], re.IGNORECASE)
        ):
            continue
        months = 12 if m.group("next") else count_of(m.group("n")) * (1 if m.group("unit")[0] == "m" else 12)
        if last.month is None and months % 12:
            continue
        total = last.year * 12 + (last.month or 1) - 1 + months
        when = MonthYear(total // 12, total % 12 + 1 if last.month else None, m.start(), m.end())
        if when.bounds()[0] > (today.year, today.month):
            continue
        out.append(replace(when, how=f"« {m.group(0)} » : {when.as_text()}, compté depuis {last.as_text()}"))
    return sorted(out, key=lambda d: d.start)
