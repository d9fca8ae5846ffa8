"""A degree abroad placed by the level its own system gives it: the years of study it takes at home.

Reads one line's diploma spans (diploma_level.py) with rules/lexicon/degrees_abroad.toml. A first degree
abroad that the French lexicon reads at another level or not at all keeps its home length: a Dutch
HBO-bachelor is four years (bac+4), a Persian kārshenāsi four, a Turkish önlisans two. A length the writer
says in the degree's own phrase is its level, whatever its name: «ma carrière de Travail Social …, une
carrière de dix semestres» (carrera: the studies, five years: bac+5), «licence de langue anglaise (4 ans)»,
«technicienne supérieure (carrière de 3 ans)», «… après quatre années d'études», "(5 years)". With no length
said, a first degree named by a translated word («titulada en Psicología», «formada em», «ma carrière de …»)
or read as a licence takes its system's length when its own clause names the country (a Chilean or a
Colombian university: five years; a Mexican or an Egyptian one: four). Why: the programme's bar is years of
higher education, and a translated name says less of them than the length or the system. A length is the
degree's only when said as one (in its bracket, after «carrière de», «diplôme de», «après … années
d'études»), never the time since («il y a deux ans»), an age, the years of a job or the time the writer took
(«4 ans au lieu de 3»); it never lowers a level the lexicon gives, nor raises a school-leaving certificate."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from intake import resources
from intake.understanding.dates import count_of, count_words
from intake.understanding.lexicon import Diploma, read_table

Span = tuple[int, int, str, int]

_MAX_LEVEL = 5  # five years and more of higher education: the master's level, the highest the bar asks of
_COUNT = re.compile(
    rf"\b(?P<n>\d{{1,2}}|{count_words(12)})\s*(?P<unit>ans?|ann[ée]es?|years?|semestres?|semesters?)\b",
    re.IGNORECASE,
)
_PHRASE_END = re.compile(r"[.;!?](?:\s|$)|\n")
# Where a system's place stops being the degree's: a new clause («…, puis un stage à Bogotá», "and then").
_CLAUSE_END = re.compile(
    r"[.;!?](?:\s|$)|\n|,?\s+(?:puis|ensuite|mais|avant|apr[eè]s|then|but|before|after)\b"
    r"|,\s*(?:je|j['’]|il|elle|i)\b|(?:,\s*|\s+)(?:et|and)\s+(?:je|j['’]|il|elle|i|puis|then)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class _Table:
    degrees: tuple[Diploma, ...]  # a degree abroad is read as the lexicon's diplomas are
    named_by_length: re.Pattern[str]
    named_label: str
    first_degree: re.Pattern[str]
    holder: re.Pattern[str]
    first_label: str
    first_labels: frozenset[str]
    systems: tuple[tuple[int, re.Pattern[str]], ...]
    said_as_length: tuple[re.Pattern[str], ...]
    after_count_studies: re.Pattern[str]
    studies_said: re.Pattern[str]
    not_after_count: re.Pattern[str]
    reach: int
    adjectival: re.Pattern[str]


def _joined(patterns: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


@lru_cache(maxsize=4)
def _table(rules_dir: Path) -> _Table:
    data = read_table(rules_dir, "degrees_abroad.toml")
    length = data["length"]
    return _Table(
        tuple(Diploma(d["label"], int(d["level"]), _joined(d["patterns"])) for d in data["degree"]),
        _joined(data["named_by_length"]["patterns"]),
        data["named_by_length"]["label"],
        _joined(data["first_degree"]["patterns"]),
        _joined(data["first_degree"]["holder_patterns"]),
        data["first_degree"]["label"],
        frozenset(data["first_degree"]["labels"]),
        # A bachelor's system read by its awarding university's place is years_at_home.py's (`by_awarder`).
        tuple(
            (int(sy["first_degree"]), _joined(sy["places"]))
            for sy in data["system"]
            if not sy.get("by_awarder", False)
        ),
        tuple(re.compile(p, re.IGNORECASE) for p in length["said_as_length"]),
        re.compile(length["after_count_studies"], re.IGNORECASE),
        re.compile(length["studies_said"], re.IGNORECASE),
        re.compile(length["not_after_count"], re.IGNORECASE),
        int(length["reach"]),
        re.compile(length["adjectival"], re.IGNORECASE),
    )


def with_levels_abroad(line: str, spans: list[Span]) -> list[Span]:
    """`spans` with each degree abroad at its home level: the table's names relabelled or added, each one
    then placed by the length its own phrase says, or a first degree by the system its phrase names; the
    others as they were."""
    table = _table(resources.rules_dir())
    spans = _named_abroad(line, spans, table)
    out: list[Span] = []
    for i, (start, end, label, level) in enumerate(spans):
        before = spans[i - 1][1] if i else 0
        nxt = spans[i + 1][0] if i + 1 < len(spans) else len(line)
        home = _home_level(line, (before, start, end, nxt), label, level, table)
        if home is not None and (level < 0 or home > level):
            out.append((start, end, label, home))
        elif level >= 0:
            out.append((start, end, label, level))
    return out


def _home_level(
    line: str, where: tuple[int, int, int, int], label: str, level: int, table: _Table
) -> int | None:
    """The length said in the degree's phrase; else, for a first degree, its system's at home."""
    before, start, end, nxt = where
    if level == 0 and label not in (table.named_label, table.first_label):
        return None  # a school-leaving certificate: its years are the lycée's
    years = _length_said(line, end, nxt, table)
    if years is not None or not (label == table.first_label or label in table.first_labels):
        return years
    opened = max((m.end() for m in _CLAUSE_END.finditer(line, before, start)), default=before)
    stop = _CLAUSE_END.search(line, end)
    phrase = line[opened : min(nxt, stop.start() if stop else len(line))]
    return next((lv for lv, places in table.systems if places.search(phrase)), None)


def _named_abroad(line: str, spans: list[Span], table: _Table) -> list[Span]:
    """The table's degrees: a span of the lexicon over the same words takes the home level; a name no span
    covers is added (the «named by length» ones with no level yet, kept only if a length follows)."""
    found = list(spans)
    for degree in table.degrees:
        for m in degree.pattern.finditer(line):
            found = _placed(found, (m.start(), m.end(), degree.label, degree.level))
    named = ((table.named_by_length, table.named_label), (table.first_degree, table.first_label))
    for pattern, label in named if table.studies_said.search(line) else ():
        for m in pattern.finditer(line):
            if not any(s < m.end() and m.start() < e for s, e, _l, _v in found):
                found.append((m.start(), m.end(), label, -1))
    for m in table.holder.finditer(line):
        field = m.end() - 1  # the field's first letter: the participle before it is no course followed
        if not any(s < m.end() and m.start() < e for s, e, _l, _v in found):
            found.append((field, m.end(), table.first_label, -1))
    return sorted(found)


def _placed(spans: list[Span], new: Span) -> list[Span]:
    start, end = new[0], new[1]
    over = [sp for sp in spans if sp[0] < end and start < sp[1]]
    if any(sp[3] == 0 or sp[3] >= _MAX_LEVEL for sp in over):
        return spans  # a bac or a master over the same words is another reading, not this degree
    return [sp for sp in spans if sp not in over] + [new]


def length_said(line: str, end: int) -> int | None:
    """The years of study the phrase of a degree whose name ends at `end` says it lasts («(4 ans)», "(a
    three-year degree)"), or None: the length the writer tells, which a system's usual length gives way to
    (years_at_home.py reads it before placing a bachelor's by its system)."""
    return _length_said(line, end, len(line), _table(resources.rules_dir()))


def _length_said(line: str, end: int, nxt: int, table: _Table) -> int | None:
    """The years of study said as the degree's own length between its name and the end of its phrase."""
    stop = _PHRASE_END.search(line, end)
    limit = min(end + table.reach, stop.start() if stop else len(line))
    # "BA …, Kenyatta University (a three-year degree)": a degree named by its length beside it is the same
    # degree (the lexicon reads the next span there), so its adjective is read past that span's start.
    adjective = table.adjectival.search(line, end, limit)
    if adjective is not None and _CLAUSE_END.search(line, end, adjective.start()):
        adjective = None  # «…, then a master's (a two-year programme)»: another degree's length
    if adjective is not None and _years(adjective.group("n"), "years"):
        return min(_years(adjective.group("n"), "years"), _MAX_LEVEL)
    limit = min(nxt, limit)
    for m in _COUNT.finditer(line, end, limit):
        before = line[end : m.start()]
        if not any(p.search(before) for p in table.said_as_length) or table.not_after_count.match(
            line, m.end()
        ):
            continue
        counted_after = before.rstrip().lower().endswith(("après", "apres", "after"))
        if counted_after and not table.after_count_studies.match(line, m.end("n")):
            continue
        years = _years(m.group("n"), m.group("unit"))
        if years:
            return min(years, _MAX_LEVEL)
    return None


def _years(count: str, unit: str) -> int:
    try:
        n = count_of(count)
    except KeyError:
        return 0  # not a count («a many-year …»)
    return n // 2 if unit.lower().startswith("semest") else n
