"""A first degree abroad placed by the years of study its own system gives it.

The lexicon reads a bachelor's as bac+3 (three years at least: England's, India's, Australia's). Where the
system's first degree lasts four years — the United States, Nigeria, Kenya, the
Philippines, Hong Kong, and in Australia or New Zealand a Bachelor of Social Work or of Education — it is
bac+4 at home, and a foreign degree is placed by its level at home. The system is read from the place of the
university that awards the degree, named in the diploma's own line («un BA en sociologie (Université d'État
de l'Ohio)», «Bachelor of Social Work (Université du Queensland)», «mon diplôme de l'Université d'Abuja,
majeure en travail social»); a line that names no such place keeps bac+3. A «baccalauréat» named with its
field after a university named before it («gradué de l'Université de Lagos avec un baccalauréat en
sociologie») is that university's bachelor's, not the French bac. The place must stand in the university's
name, not elsewhere in the story («a food bank in Oregon»), and a level the line states by a recognition or a
framework («recognised by ENIC-NARIC as level 6») is kept, and so is a length its phrase says ("Kenyatta
University (a three-year degree)", level_abroad.py). How a bachelor's and its awarder are named:
rules/lexicon/years_at_home.toml; the systems' places and years, one table with every system abroad:
rules/lexicon/degrees_abroad.toml (`by_awarder`)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from intake import resources
from intake.understanding.level_abroad import length_said
from intake.understanding.lexicon import read_table

Span = tuple[int, int, str, int]

BACHELOR_ABROAD = "Bachelor (système de quatre ans, bac+4)"
_BACHELOR_LEVEL = 3
_FRENCH_BAC_LEVEL = 0
_FIELD_REACH = 80  # characters after the degree's name searched for its field (a four-year profession)


@dataclass(frozen=True)
class _System:
    name: str
    years: int
    places: re.Pattern[str]
    four_years_in: re.Pattern[str] | None


@dataclass(frozen=True)
class _Table:
    bachelor: re.Pattern[str]
    field_after: re.Pattern[str]
    university_before: re.Pattern[str]
    systems: tuple[_System, ...]
    university_then_place: re.Pattern[str]
    place_then_university: re.Pattern[str]
    level_told: re.Pattern[str]
    degree_then_place: re.Pattern[str]


@lru_cache(maxsize=4)
def _table(rules_dir: Path) -> _Table:
    raw = read_table(rules_dir, "years_at_home.toml")
    words = raw["bachelor"]
    # One table of the systems abroad and their first degree's years (degrees_abroad.toml): those whose
    # bachelor's is placed by the university that awards it are read here.
    abroad = read_table(rules_dir, "degrees_abroad.toml")
    systems = tuple(
        _System(
            s["country"],
            int(s["first_degree"]),
            re.compile("|".join(f"(?:{p})" for p in s["places"])),
            re.compile(s["four_years_in"]) if "four_years_in" in s else None,
        )
        for s in abroad["system"]
        if s.get("by_awarder", False)
    )
    return _Table(
        re.compile(words["words"]),
        re.compile(words["field_after"]),
        re.compile(words["university_before"]),
        systems,
        re.compile(words["university_then_place"]),
        re.compile(words["place_then_university"]),
        re.compile(words["level_told"]),
        re.compile(words["degree_then_place"]),
    )


def with_years_at_home(line: str, spans: list[Span]) -> list[Span]:
    """`spans` with each bachelor's awarded in a system of four-year first degrees read as bac+4, and a
    «baccalauréat» in a field after a university named as that university's bachelor's; the others as they
    were."""
    table = _table(resources.rules_dir())
    if not spans or table.level_told.search(line) or not any(_awarder(line, s, table) for s in table.systems):
        return spans
    out: list[Span] = []
    for start, end, label, level in spans:
        words = line[start:end]
        if level == _FRENCH_BAC_LEVEL and _university_bachelor(line, start, end, table):
            label, level = BACHELOR_ABROAD, _BACHELOR_LEVEL
        if level == _BACHELOR_LEVEL and table.bachelor.search(words):
            # The length the writer tells ("Kenyatta University (a three-year degree)") is the degree's;
            # a system's usual length only stands in for an unsaid one (level_abroad.py reads it).
            said = length_said(line, end)
            years = said if said is not None else _years_at_home(line, end, table)
            if years > _BACHELOR_LEVEL:
                label, level = BACHELOR_ABROAD, years
        out.append((start, end, label, level))
    return out


def _university_bachelor(line: str, start: int, end: int, table: _Table) -> bool:
    """A «baccalauréat en sociologie» after «l'Université de Lagos» in the same sentence."""
    return bool(
        line[start:end].lower().startswith("bac")
        and table.field_after.match(line[end:])
        and table.university_before.search(line[:start])
    )


def _awarder(line: str, system: _System, table: _Table) -> bool:
    """The line names a university of `system` by its place («Université de Boston», "Ohio State
    University"), or the place the degree's own phrase says it was taken in ("my BSc in Development Studies
    in Nairobi")."""
    return any(
        table.university_then_place.search(line[: m.start()])
        or table.place_then_university.match(line[m.end() :])
        or table.degree_then_place.search(line[max(0, m.start() - 80) : m.start()])
        for m in system.places.finditer(line)
    )


def _years_at_home(line: str, end: int, table: _Table) -> int:
    """The years the first degree lasts in the system whose place the line names (3 when none)."""
    for system in table.systems:
        if not _awarder(line, system, table):
            continue
        if system.years > _BACHELOR_LEVEL:
            return system.years
        field = line[max(0, end - 40) : end + _FIELD_REACH]
        if system.four_years_in is not None and system.four_years_in.search(field):
            return _BACHELOR_LEVEL + 1
    return _BACHELOR_LEVEL
