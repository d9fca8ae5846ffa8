"""What a transcription lost: a clause whose words the transcription could not make out states nothing
for sure.

A voicemail's or a voice note's transcription marks where it lost the speech («[inaudible]»,
«[Transcription incomplète]», "[unintelligible]", "[cut off]"): «je suis en stage jusqu'à [inaudible]» tells
an internship whose end was not heard — it may be over —, «mon stage il se termine le» then «[Transcription
incomplète]» an end cut before its date. What such a clause says of the person's situation is asked, never
settled: a situation the reader holds now on the words of such a clause is asked instead
(`lost_situations_asked`). The diploma is read as before. The marks are rules/lexicon/lost_speech.toml's.

Invariants: a text with no mark of lost speech leaves the situation as read; the clause around a mark
runs up to an edge — a mark, a blank line, «et», "but" — or `reach` words on each side, no further.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from intake import resources
from intake.understanding.facts import SituationFacts, Source
from intake.understanding.lexicon import escaped_alternation, read_table
from intake.understanding.situation import settle_current


@dataclass(frozen=True)
class _Words:
    mark: re.Pattern[str]
    edge: re.Pattern[str]
    reach: int


@lru_cache(maxsize=4)
def _words(rules_dir: Path) -> _Words:
    table = read_table(rules_dir, "lost_speech.toml")
    opening = escaped_alternation(table["marks"]["opening"])
    return _Words(
        re.compile(rf"\[\s*(?:{opening})[^\]\n]{{0,40}}\]", re.IGNORECASE),
        re.compile(table["clause"]["edge"], re.IGNORECASE),
        int(table["clause"]["reach"]),
    )


def lost_situations_asked(situation: SituationFacts, sources: list[Source]) -> SituationFacts:
    """The situation read, a situation held now only by words around lost speech asked instead: its
    evidence holds a clause whose words were lost (`lost_clauses`). A search stays (its place may be lost,
    the search is said)."""
    lost = [source.text[start:end].strip() for source in sources for start, end in lost_clauses(source.text)]
    lost = [clause for clause in lost if clause]
    if not lost:
        return situation
    for name, evidence in situation.flags.items():
        if name != "seeking" and evidence is not None and any(clause in evidence.text for clause in lost):
            situation.ask_instead(name, evidence)
    settle_current(situation)
    return situation


def lost_clauses(text: str) -> list[tuple[int, int]]:
    """(start, end) of each clause around a mark of lost speech; a mark alone after a blank line cuts the
    clause before it («… il se termine le» / «[Transcription incomplète]»)."""
    if "[" not in text:
        return []
    words = _words(resources.rules_dir())
    spans = []
    for mark in words.mark.finditer(text):
        cut = text[: mark.start()].rstrip(" \t")
        at = len(cut.rstrip()) if cut.endswith("\n") and not cut.rstrip().endswith((".", "!", "?")) else None
        start = _clause_start(text, at if at is not None else mark.start(), words)
        end = at if at is not None else _clause_end(text, mark.end(), words)
        if start < end:
            spans.append((start, end))
    return spans


_WORD = re.compile(r"\S+")


def _clause_start(text: str, at: int, words: _Words) -> int:
    """Where the clause holding `at` starts: after the last edge before it, `reach` words back at most."""
    edges = [m.end() for m in words.edge.finditer(text, 0, at)]
    back = [m.start() for m in _WORD.finditer(text, 0, at)][-words.reach :]
    return max([*edges[-1:], *(back[:1] or [at])])


def _clause_end(text: str, at: int, words: _Words) -> int:
    """Where the clause holding `at` ends: at the first edge after it, `reach` words on at most."""
    edge = words.edge.search(text, at)
    ahead = [m.end() for m in _WORD.finditer(text, at)][: words.reach]
    return min([edge.start() if edge is not None else len(text), ahead[-1] if ahead else at])
