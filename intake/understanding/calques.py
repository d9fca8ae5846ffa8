"""Calques of a machine translation read as the words their source meant.

A translator renders a word by its namesake in the other language: French «je suis en stage» comes out
"I am in training course", «licence professionnelle» "professional license", «à la recherche d'un emploi»
"in research of a job", «j'attends les résultats» "I wait the results"; English "I'm doing an internship in an
association" comes out «je fais un internat dans une association». Read literally, the namesake means
something else (a course, a licence to practise, research, a boarding school). The translations corpus's
rule: a false friend means what its source word means. Each calque in rules/lexicon/calques.toml is read as
the source's own words, on the lines of the language it was translated into, as an edit of the surface
(surface.py): evidence quotes the writer's words as written. The condition that tells the calque from the
word's own sense (a field of study after "license", a host or an end after «internat») stands in the
pattern."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from intake import resources
from intake.understanding.lexicon import read_table

_CHEAP = re.compile(r"licen[cs]e|training course|research of|\bwait\b|internat|majeure", re.IGNORECASE)


@dataclass(frozen=True)
class _Calque:
    english: bool
    written: re.Pattern[str]
    read: str


@lru_cache(maxsize=4)
def _calques(rules_dir: Path) -> tuple[_Calque, ...]:
    table = read_table(rules_dir, "calques.toml")
    return tuple(
        _Calque(c["lines"] == "english", re.compile(c["written"], re.IGNORECASE), c["read"])
        for c in table.get("calque", [])
    )


def calque_reads(line: str, english: bool) -> list[tuple[int, str, str]]:
    """(where in the line, read as, written) of each calque of one line of the given language; the first
    calque found at a place wins, and no two overlap."""
    if not _CHEAP.search(line):
        return []
    found: list[tuple[int, str, str]] = []
    for calque in _calques(resources.rules_dir()):
        if calque.english != english:
            continue
        for m in calque.written.finditer(line):
            if m.group(0) and not any(a < m.end() and m.start() < a + len(w) for a, _, w in found):
                found.append((m.start(), _cased(calque.read, m.group(0)), m.group(0)))
    return sorted(found)


def _cased(read: str, written: str) -> str:
    """`read` opening with a capital when the written words did («I wait» keeps its «I»)."""
    if written[:1].isupper() and read[:1].islower():
        return read[:1].upper() + read[1:]
    return read
