"""Raw markdown read as the structure its marks draw, not as words.

A chat assistant writes its draft in markdown, and the person pastes it raw: «**Diplôme :** Licence pro»,
«## Expériences», «*(en cours, jusqu'en mars 2027)*», a pipe table of diplomas, an emoji opening each line.
The marks carry no fact, yet read as characters they hide the structure the reader already knows: a bold
label is no «Label : value» field for `parsing.labelled_fields` («**Diplôme :**» opens on stars), a heading's
«##» keeps it from being a heading line, an asterisk glued to a bracket keeps the bracket from its item.
What the marks mean is read instead (`markdown_reads`, one step where a text enters the reader, after its
plain form, `surface.read_surface`):

- emphasis («**…**», «__…__», «*…*») and a heading's «#» are taken away: the words stay where they were, a
  heading is a line of its own words above its items, a bold label a label;
- a table's row is one thing's line: its cells belong together («| BTS SP3S | 2022 | ✅ Obtenu |» reads
  «BTS SP3S, 2022, Obtenu»: the year is the BTS's, «Non validée» the licence's beside it); the header and the
  rule under it are no facts. Only a table of three columns or more, with its rule of dashes: a table of
  two is a form's «label | value» that `education_fields.answered_pairs` reads as it is;
- an emoji opening a line names what the line tells, as a label would (rules/lexicon/emoji_labels.toml:
  «🎯 Chargée de mission dans une SCIC» reads «Objectif : Chargée de mission…»); a status emoji in a cell
  beside words is only a mark («✅ Obtenu»), alone it is the word («✅»: validé, «❌»: non validé).

Invariant: every change is recorded with its place, in the form of `plain.Change`, so evidence quotes the
marks as written; a text with none of these marks is returned as it is, with no change.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from intake import resources
from intake.parsing import labelled_fields
from intake.understanding.lexicon import load_meanings, read_table

__all__ = ["markdown_reads"]

# (place in the text as read, the words as read, the words as written), as plain.Change.
Change = tuple[int, str, str]
# (start, end, now) of a replacement in the text as written.
_Swap = tuple[int, int, str]

_PICTOGRAPHS = "\U0001f300-\U0001faff"
_CHEAP = re.compile(
    rf"\*\*|__|^[ \t]{{0,3}}#{{1,6}}[ \t]|\|[ \t:]*-{{3,}}|\*\S|[{_PICTOGRAPHS}]", re.MULTILINE
)
_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+")
_CLOSING_HASHES = re.compile(r"[ \t]+#+[ \t]*$")
# Strong emphasis, then a single star around words (never a bullet «* item», a footnote «bac+5*» or a
# product «2*3»): the words inside open and close on a non-blank.
_STRONG = re.compile(r"(\*\*|__)(?=[^\s*_])(.+?)(?<=[^\s*_])\1")
_EMPHASIS = re.compile(r"(?<![\w*])\*(?=[^\s*])([^*\n]+?)(?<=[^\s*])\*(?![\w*])")
# A table's rule: three columns or more of dashes, maybe aligned by colons.
_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*){2,}\|?\s*$")
_EMOJI_MARK = re.compile(f"[\u2705\u2714\u2611\u274c\u2716\ufe0f{_PICTOGRAPHS}]")
_OPENING_EMOJI = re.compile(rf"^[ \t]*(?:[-*•][ \t]+)?(?P<emoji>[{_PICTOGRAPHS}])\ufe0f?[ \t]*")


def markdown_reads(text: str) -> tuple[str, tuple[Change, ...]]:
    """`text` with its markdown marks read as what they draw (see the module), and each change."""
    if not _CHEAP.search(text):
        return text, ()
    swaps: list[_Swap] = []
    lines = text.split("\n")
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    in_table = _table_lines(lines)
    for i, line in enumerate(lines):
        at = starts[i]
        if i in in_table:
            swaps.append((at, at + len(line), in_table[i]))
            continue
        swaps += [(at + s, at + e, now) for s, e, now in _line_swaps(line)]
    return _applied(text, swaps)


def _applied(text: str, swaps: list[_Swap]) -> tuple[str, tuple[Change, ...]]:
    """The text with each swap made, and the changes in the text as read."""
    out: list[str] = []
    changes: list[Change] = []
    cursor = delta = 0
    for start, end, now in sorted(swaps):
        was = text[start:end]
        if now == was or start < cursor:
            continue
        out.append(text[cursor:start])
        changes.append((start + delta, now, was))
        out.append(now)
        cursor = end
        delta += len(now) - len(was)
    if not changes:
        return text, ()
    out.append(text[cursor:])
    return "".join(out), tuple(changes)


def _table_lines(lines: list[str]) -> dict[int, str]:
    """Each line of a table of three columns or more, as read: its header and rule empty, each row its
    cells joined («BTS SP3S, 2022, Obtenu»)."""
    out: dict[int, str] = {}
    for i, line in enumerate(lines):
        if i == 0 or not _RULE.match(line) or "|" not in lines[i - 1]:
            continue
        out[i - 1] = ""
        out[i] = ""
        j = i + 1
        while j < len(lines) and "|" in lines[j] and lines[j].strip():
            out[j] = ", ".join(c for c in (_cell(cell) for cell in _cells(lines[j])) if c)
            j += 1
    return out


def _cells(row: str) -> list[str]:
    row = row.strip()
    row = row[1:] if row.startswith("|") else row
    row = row[:-1] if row.endswith("|") else row
    return row.split("|")


def _cell(cell: str) -> str:
    """A cell's words, their marks taken away; a checklist's mark alone read as its word (the tick or cross of
    the meanings `mark_yes` and `mark_no`: «✅» validé, «❌» non validé)."""
    cell = _EMPHASIS.sub(r"\1", _STRONG.sub(r"\2", cell)).strip()
    sign = re.sub(r"[\s\ufe0f]", "", cell).casefold()
    meanings = load_meanings()
    if sign and sign in meanings["mark_yes"].lemmas:
        return "validé"
    if sign and sign in meanings["mark_no"].lemmas:
        return "non validé"
    return " ".join(_EMOJI_MARK.sub(" ", cell).split())


def _line_swaps(line: str) -> list[_Swap]:
    """The marks of one line that is no table's: a heading's hashes, emphasis, an opening emoji."""
    swaps: list[_Swap] = []
    heading = _HEADING.match(line)
    if heading is not None:
        swaps.append((0, heading.end(), ""))
        closing = _CLOSING_HASHES.search(line)
        if closing is not None and closing.start() > heading.end():
            swaps.append((closing.start(), closing.end(), ""))
    for m in _STRONG.finditer(line):
        swaps += [(m.start(1), m.end(1), ""), (m.end(2), m.end(), "")]
    for m in _EMPHASIS.finditer(line):
        if not any(s <= m.start() < e for s, e, _ in swaps):
            swaps += [(m.start(), m.start() + 1, ""), (m.end() - 1, m.end(), "")]
    opening = _OPENING_EMOJI.match(line)
    label = _labels(resources.rules_dir()).get(opening.group("emoji")) if opening is not None else None
    if opening is not None and label is not None:
        rest = _STRONG.sub(r"\2", line[opening.end() :])
        now = "" if labelled_fields(rest) else f"{label} : "
        swaps.append((opening.start("emoji"), opening.end(), now))
    return swaps


@lru_cache(maxsize=4)
def _labels(rules_dir: Path) -> dict[str, str]:
    table = read_table(rules_dir, "emoji_labels.toml")
    return {str(k): str(v) for k, v in table.get("label", {}).items()}
