"""A mail typed by someone for a person who speaks it: the typist's own words are the typist's.

«c'est Hugo, le coloc de Zoé, elle me dicte (moi je suis en stage mais bon)», «je tape pour Inès qui a le
poignet cassé», «j'écris sous sa dictée», "I'm typing this for my friend, who is dictating": the writer
tells that another person's speech is what they write down. The person's words follow, reported («Elle
dit : j'ai une licence…», "He says: …", between quotes) or in the person's own «je», often slipping.
What the typist says of themself in that frame — the sentence telling the dictation, and anything before
the reported speech opens — is the typist's own fact («moi je suis en stage»), never the person's: those
first-person clauses are blanked. The dictation is told by a word of dictating said of another than the
writer («me dicte», «sa dictée», «who is dictating»; «je dicte ce mail» is the writer's own dictation), or
a verb of typing for someone («je tape pour», "typing this for"). The words are rules/lexicon/typist.toml's.

Invariants: a text telling no dictation comes back unchanged, the same object; a clause naming the
dictation itself stays (who dictates to whom is what the readers of a third party read); a clause is blanked
with spaces, so the text keeps its length and lines; nothing after the frame is touched (the person's
«je» there is the person's, a typist's slip and all).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from intake import resources
from intake.understanding.lexicon import read_table


@dataclass(frozen=True)
class _Words:
    dictation: re.Pattern[str]  # the dictation told (another dictates to the writer, the writer types for)
    own_dictation: re.Pattern[str]  # the writer dictating their own mail: no typist
    reported: re.Pattern[str]  # what opens the person's reported words
    first_person: re.Pattern[str]  # the writer as a clause's subject
    clause_edge: re.Pattern[str]  # where a clause of the frame ends
    writing: re.Pattern[str]  # a clause telling the writing itself («j'écris pour mon cousin …»)
    contrast: re.Pattern[str]  # an emphatic self opening a sentence («Moi, je …», "As for me, I …")
    third_person: re.Pattern[str]  # the person spoken of, opening a sentence («Elle a eu …»)


def _alternation(phrases: list[str]) -> str:
    """The phrases, longest first, each a run of words any blank may cut."""
    ordered = sorted(phrases, key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in ordered)


@lru_cache(maxsize=4)
def _words(rules_dir: Path) -> _Words:
    table = read_table(rules_dir, "typist.toml")
    flags = re.IGNORECASE
    return _Words(
        re.compile(rf"(?<![\w'’])(?:{_alternation(table['dictation']['phrases'])})(?![\w'’])", flags),
        re.compile(rf"(?<![\w'’])(?:{_alternation(table['dictation']['own'])})(?![\w'’])", flags),
        re.compile(
            rf"(?<![\w'’])(?:{_alternation(table['reported']['phrases'])})(?![\w'’])\s*[:,]?|[«“\"]", flags
        ),
        re.compile(rf"(?<![\w'’])(?:(?:{_alternation(table['writer']['subjects'])})(?![\w'’])|j['’])", flags),
        re.compile(table["frame"]["clause_edge"], flags),
        re.compile(rf"(?<!\w)(?:{_alternation(table['frame']['telling_the_writing'])})(?![\w'’])", flags),
        re.compile(rf"(?:{_alternation(table['contrast']['openers'])})(?![\w'’])", flags),
        re.compile(rf"(?:{_alternation(table['contrast']['third_person'])})(?![\w'’])", flags),
    )


def tells_a_dictation(text: str) -> bool:
    """The text tells that another person dictates it to its writer («elle me dicte», "I'm typing this for
    my friend, who is dictating"): its «je» outside the typist's frame is that person's, their own words
    or a typist's slip, and the third person names them (owner.speaks_for_self)."""
    words = _words(resources.rules_dir())
    return any(not _own(text, m.start(), words) for m in words.dictation.finditer(text))


def typists_asides_removed(text: str) -> str:
    """`text` with the typist's own first-person clauses of the dictation's frame blanked (see the module's
    docstring), and the clauses `contrasted_selves` asks about; the same object when it tells no dictation
    by another."""
    words = _words(resources.rules_dir())
    frame = _frame(text, words)
    if frame is None:
        return text
    start, end = frame
    kept = [
        (" " * len(clause) if _typists_own(clause, words) else clause) + edge
        for clause, edge in _clauses(text[start:end], words.clause_edge)
    ]
    text = text[:start] + "".join(kept) + text[end:]
    for at, until in _contrasted(text, end, words):
        text = text[:at] + " " * (until - at) + text[until:]
    return text


def contrasted_selves(text: str) -> str:
    """The first-person clauses of a dictated mail that open on an emphatic self («Moi je suis en stage mais
    c'est pas le sujet») after the person was spoken of in the third person («Elle a eu son master…»), one a
    line: the typist setting themself apart, or the person slipping into her own «moi» — whose is not said,
    so what they tell is asked, never settled (read as doubted words). "" when none."""
    words = _words(resources.rules_dir())
    frame = _frame(text, words)
    if frame is None:
        return ""
    return "\n".join(text[at:until] for at, until in _contrasted(text, frame[1], words))


def _frame(text: str, words: _Words) -> tuple[int, int] | None:
    """Where the typist's frame stands: the sentence telling the dictation, up to the person's reported
    words when they open in it or open the next one. None when the text tells no dictation by another."""
    told = next((m for m in words.dictation.finditer(text) if not _own(text, m.start(), words)), None)
    if told is None:
        return None
    start = _sentence_start(text, told.start())
    end = _sentence_end(text, told.end())
    opens = words.reported.search(text, told.end(), end) or words.reported.match(text, _next_start(text, end))
    return start, (opens.start() if opens is not None else end)


def _contrasted(text: str, after: int, words: _Words) -> list[tuple[int, int]]:
    """The spans of the first-person clauses in sentences after `after` that open on an emphatic self, once a
    sentence before them spoke of the person in the third person; none inside the person's reported words
    (after «Elle dit :» her «moi» is hers)."""
    if words.reported.search(text, after) is not None:
        return []
    spans: list[tuple[int, int]] = []
    spoken_of = False
    at = _next_start(text, after)
    while at < len(text):
        end = _sentence_end(text, at)
        if spoken_of and words.contrast.match(text, at):
            clause_at = at
            for clause, edge in _clauses(text[at:end], words.clause_edge):
                if _typists_own(clause, words):
                    spans.append((clause_at, clause_at + len(clause)))
                clause_at += len(clause) + len(edge)
        spoken_of = spoken_of or words.third_person.match(text, at) is not None
        at = _next_start(text, end) if end > at else end + 1
    return spans


def _own(text: str, at: int, words: _Words) -> bool:
    """The word of dictating at `at` is the writer's own dictation («je dicte ce mail à mon téléphone»): the
    writer's own phrase of dictating overlaps it."""
    near = words.own_dictation.finditer(text, max(0, at - 20), at + 20)
    return any(m.start() <= at < m.end() for m in near)


def _typists_own(clause: str, words: _Words) -> bool:
    """A clause of the frame the typist says of themself: the writer its subject, neither the dictation nor
    the writing told in it («j'écris pour mon cousin Mustafa» names the person)."""
    if words.dictation.search(clause) is not None or words.writing.search(clause) is not None:
        return False  # the writing told, and whom it is for: the frame itself
    return words.first_person.search(clause) is not None


def _clauses(frame: str, edge: re.Pattern[str]) -> list[tuple[str, str]]:
    """The frame cut at its clauses' edges: each clause with the edge closing it (a bracket stays)."""
    out, at = [], 0
    for m in edge.finditer(frame):
        out.append((frame[at : m.start()], m[0]))
        at = m.end()
    return [*out, (frame[at:], "")]


_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n\s*\n")


def _sentence_start(text: str, at: int) -> int:
    ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, at)]
    return ends[-1] if ends else 0


def _next_start(text: str, end: int) -> int:
    """Where the sentence after the one ending at `end` starts: its mark and blanks passed."""
    m = re.compile(r"[.!?]*\s*").match(text, end)
    return m.end() if m is not None else end


def _sentence_end(text: str, at: int) -> int:
    m = _SENTENCE_END.search(text, at)
    return m.start() if m is not None else len(text)
