"""Where a sentence ends when no full stop before a capital says it: a pipe between the notes of a
telegraphic line («M1 validé 2025 | SC en cours»), an emoji cluster written in place of a stop before a
capital («… or co-op 💚🌍 Could you help me?»), a stop before a lower-case word from a writer who never
writes a capital after one («… at a food bank. want a job…») and a stop before a note opening on a
date («… CDI de technicien. 09/2026 : master …»).

Invariant: the ends are spans of the text (the blank after a stop or an emoji), and facts.py's
split_sentences cuts the text there, dropping only the span. A dictated mail's punctuation said in words
(«… en juin deux mille vingt-cinq point il cherche…») is written as marks before, by dictation.py.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from intake import resources
from intake.understanding.lexicon import read_table

# An emoji (pictographs, symbols, dingbats, their variation selector): written where a stop would be.
_EMOJI = "\U0001f300-\U0001faff\u2600-\u27bf\u2b50\u2b55\u2705\u274c\ufe0f\u200d"
# Before a capital only: a bracket after an emoji goes on with its sentence («BTS ✅ (juillet 2025), …»).
_EMOJI_END = re.compile(rf"(?<=[{_EMOJI}])\s+(?=[A-ZÀ-ÖØ-Þ«\"])")
_STOP_BEFORE_CAPITAL = re.compile(r"[.!?]\s+[A-ZÀ-ÖØ-Þ]")
_STOP_BEFORE_LOWER = re.compile(r"(?<=\w)(?P<stop>[.!?]+)\s+(?=[a-zà-ÿ])")
_WORD_BEFORE = re.compile(r"([\w'’.-]+)$")
# A stop after a whole word (five letters or more: not «sept.», «janv.», «niv.») before a number opens a new
# note: «2012–2024 : CDI de technicien. 09/2026 : master de l'ESS».
_STOP_BEFORE_NUMBER = re.compile(r"(?<=[^\W\d_]{5}\.)\s+(?=\d)")


def sentence_ends(text: str) -> list[tuple[int, int]]:
    """The spans of `text` where a sentence ends that a full stop before a capital does not show, in order
    and not overlapping."""
    spans = [m.span() for m in (*_EMOJI_END.finditer(text), *_STOP_BEFORE_NUMBER.finditer(text))]
    spans += _pipes_between_notes(text)
    spans += _lower_case_stops(text)
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if not out or start >= out[-1][1]:
            out.append((start, end))
    return out


# A pipe set between two notes of a telegraphic line («M1 validé 2025 | SC en cours → fin 04/27 | ensuite :
# asso»): each note is a sentence of its own, its state («en cours») not the one before it.
_PIPE_BETWEEN = re.compile(r"(?<=[^\W_])[ \t]+\|[ \t]+(?=[^\W\d_])")


def _pipes_between_notes(text: str) -> list[tuple[int, int]]:
    """The pipes between words of a line that is no table's row: a row opens or closes on a pipe, holds an
    empty cell «||», or stands by another line with pipes («Critère | Ma situation» over «Stage | non»)."""
    spans = []
    for found in _PIPE_BETWEEN.finditer(text):
        line_start = text.rfind("\n", 0, found.start()) + 1
        line_end = text.find("\n", found.end())
        line_end = line_end if line_end >= 0 else len(text)
        line = text[line_start:line_end].strip()
        before = text[text.rfind("\n", 0, max(0, line_start - 1)) + 1 : max(0, line_start - 1)]
        after = text[line_end + 1 : (text.find("\n", line_end + 1) + 1 or len(text) + 1) - 1]
        in_a_table = "|" in before or "|" in after
        if not in_a_table and not line.startswith("|") and not line.endswith("|") and "||" not in line:
            spans.append(found.span())
    return spans


def _lower_case_stops(text: str) -> list[tuple[int, int]]:
    """A writer who never writes a capital after a stop («hey, bachelor done. want a job…»): their stops end
    sentences before a lower-case word too — not an abbreviation's («etc.», «env.», «sept.»), nor a word
    cut short (three letters or fewer, «a.», «niv.»)."""
    if _STOP_BEFORE_CAPITAL.search(text):
        return []
    kept = _abbreviations(resources.rules_dir())
    spans = []
    for found in _STOP_BEFORE_LOWER.finditer(text):
        word = _WORD_BEFORE.search(text[max(0, found.start("stop") - 40) : found.start("stop")])
        said = word.group(1).lower() if word else ""
        if found.group("stop") == "." and (len(said) <= 3 or f"{said}." in kept or "." in said):
            continue
        spans.append((found.end("stop"), found.end()))
    return spans


@lru_cache(maxsize=4)
def _abbreviations(rules_dir: Path) -> frozenset[str]:
    table = not_an_end(rules_dir)
    return frozenset(w.lower() for w in [*table["words"], *table["before_lowercase"]])


@lru_cache(maxsize=4)
def not_an_end(rules_dir: Path) -> dict[str, list[str]]:
    """sentences.toml [not_an_end]: the words whose full stop ends no sentence (`words`), and those whose
    full stop ends none before a lower-case word (`before_lowercase`). Read here only."""
    table: dict[str, list[str]] = read_table(rules_dir, "sentences.toml")["not_an_end"]
    return table
