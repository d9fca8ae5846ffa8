"""Whose a list's items are: a list is read with its heading and its items' labels, so the items about
another person («- Ma sœur Inès, DEASS : 2025», or every item under «… elle a tout ce qu'il faut, elle :»)
are that person's and are set aside before the applicant's facts are read; the writer's own items and the
items of a list nobody else owns stay.

Invariant: only whole item lines are taken out, never a line of running prose; a list with an item labelled
as the writer's («- Moi, BTS … : 2021», "- Me: …") is read item by item, never through its heading."""

from __future__ import annotations

import re

from intake.understanding.lexicon import Meaning, load_meanings
from intake.understanding.periods import reads_as_resume, resume_entries_joined, years_put_on_months
from intake.understanding.signals import speaks_of_a_relative

__all__ = ["aim_headings_joined", "dated_items", "others_items_removed", "resume_read", "search_items_joined"]

# A list item: a bullet (dash, dot, star) or a number («1.», «2)») opening the line.
_ITEM = re.compile(r"^\s*(?:[-•·▪–—*]|\d{1,2}[.)])\s+(\S.*)$")
# Where an item's label (who it is about) ends: «Ma sœur Inès, DEASS : 2025», «Moi : BTS…».
_LABEL_END = re.compile(r"[,:(]")
_LABEL_WORDS = 4  # a label naming a person is short: «Ma petite sœur Inès»
# The last clause of a heading: what follows its last comma or sentence end, before the closing colon.
_CLAUSE_END = re.compile(r"[,.;!?]")
# The writer's own things in a heading («mes diplômes», "my degrees"): the list is theirs, whoever else it
# names.
_OWN_PLURAL = frozenset({"mes", "my"})


def others_items_removed(text: str) -> str:
    """`text` without the list items that are another person's (see the module's invariant)."""
    if "\n" not in text or not any(_ITEM.match(line) for line in text.split("\n")):
        return text  # no list: the cheap test first
    lines = text.split("\n")
    keep = [True] * len(lines)
    for start, end in _blocks(lines):
        items = [_ITEM.match(lines[i]) for i in range(start, end)]
        labels = [_label(m.group(1)) if m else "" for m in items]
        owned = [_whose(label) for label in labels]
        if any(owned):
            for offset, who in enumerate(owned):
                keep[start + offset] = who != "other"
        elif _heading_of_another(lines, start):
            for i in range(start, end):
                keep[i] = False
    return "\n".join(line for line, kept in zip(lines, keep, strict=True) if kept)


def _blocks(lines: list[str]) -> list[tuple[int, int]]:
    """(first, last + 1) of each run of consecutive item lines."""
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(lines):
        if _ITEM.match(lines[i]):
            j = i
            while j < len(lines) and _ITEM.match(lines[j]):
                j += 1
            out.append((i, j))
            i = j
        else:
            i += 1
    return out


def _label(item: str) -> str:
    """The words before an item's first comma, colon or bracket, when they are few enough to name a person."""
    m = _LABEL_END.search(item)
    label = item[: m.start()] if m else ""
    return label if 0 < len(label.split()) <= _LABEL_WORDS else ""


def _whose(label: str) -> str:
    """ "self" for a label naming the writer («Moi», "Me", «Mon BTS»), "other" for one naming a relative of
    theirs («Ma sœur Inès», "My brother Tom"), "" for a label naming no one («BTS», «2021»)."""
    words = set(re.findall(r"[\w'’-]+", label.lower()))
    if not words:
        return ""
    if speaks_of_a_relative(label):
        return "other"
    return "self" if words & load_meanings()["writer_subject"].lemmas else ""


def _heading_of_another(lines: list[str], start: int) -> bool:
    """The line introducing a list (the last before it, ending with a colon) gives it to another person when
    its last clause has another person as subject and not the writer («…, elle :», «Mon frère, lui, a :»)."""
    heading = next((ln.strip() for ln in reversed(lines[:start]) if ln.strip()), "")
    if not heading.endswith(":"):
        return False
    clause = _CLAUSE_END.split(heading[:-1])[-1]
    words = set(re.findall(r"[\w'’-]+", clause.lower()))
    m = load_meanings()
    if words & (m["writer_subject"].lemmas | _OWN_PLURAL):
        return False
    return bool(words & m["third_person"].lemmas) or speaks_of_a_relative(clause)


# An item opening on a year or a period: «2012–2023 : infirmière», "2025: licence…", «2019 - 2022 ·».
_DATED = re.compile(r"^(?:19|20)\d\d\b")


def dated_items(text: str) -> str:
    """The items of the lists of `text` that open on a year or a period, bullets taken off, one a line, or
    "" when a list has fewer than two: a list of dated items is a résumé's lines («- 2012–2023 : infirmière
    en clinique» above «- 2025 : licence ESS»), read as a CV's lines are (years in a trade, then a degree
    after them). Each list is kept whole in order, lines that open on no year included, since a CV's reader
    reads a line with those below it."""
    if "\n" not in text:
        return ""
    lines = text.split("\n")
    out: list[str] = []
    for start, end in _blocks(lines):
        items = [m.group(1) for i in range(start, end) if (m := _ITEM.match(lines[i]))]
        if sum(1 for item in items if _DATED.match(item)) >= 2:
            out += items
    return "\n".join(out + _timeline(lines))


# A timeline's line: a year or a period, then a colon («2012-2022 : chauffeur-livreur», «juin 2026 : …»).
_TIMED = re.compile(
    r"^\s*(?:[^\W\d]+\.?\s+)?(?:19|20)\d\d(?:\s*[-–—/]\s*(?:[^\W\d]+\.?\s+)?(?:19|20)\d\d)?\s*:"
)


def _timeline(lines: list[str]) -> list[str]:
    """The lines of each run (no blank line, no bullet) of which two or more open on a year or a period and a
    colon: a timeline typed without bullets («2010 : bac pro» / «2012-2022 : chauffeur» / «2022-2025 : …»),
    read as a résumé's lines like a dated list."""
    out: list[str] = []
    run: list[str] = []
    for line in [*lines, ""]:
        if line.strip() and not _ITEM.match(line):
            run.append(line.strip())
            continue
        if sum(1 for kept in run if _TIMED.match(kept)) >= 2:
            out += run
        run = []
    return out


# A heading line: one to three words, no sentence punctuation, nothing else on the line («Recherche»,
# «Objectif», «Poste recherché», "Looking for").
_HEADING = re.compile(r"^\s*([^\W\d][\w'’ -]{1,30}?)\s*$")
_HEADING_WORDS = 3


def aim_headings_joined(text: str) -> str:
    """`text` with each heading that names a search or an aim («Recherche», «Objectif», «Projet», "Goal") put
    before the line under it («Recherche : Chargé de développement dans une SCIC»): a résumé's section is read
    with its heading, as a form's value is read with its label. Other headings («Formation», «Expérience»)
    are left alone: their lines are read as lines (a period opening a line is a résumé's date); so is a
    piece of study under «Recherche» («Mémoire sur …»): research done, not a job sought."""
    if "\n" not in text:
        return text
    lines = text.split("\n")
    m = load_meanings()
    out: list[str] = []
    skip = False
    for i, line in enumerate(lines):
        if skip:
            skip = False
            continue
        nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
        # The heading first: most lines are none, and the line under one is then read only once.
        if _names_an_aim(line, m["search"], m["aim"]) and _a_line_under(nxt, m):
            out.append(f"{line.strip()} : {nxt}")
            skip = True
            continue
        out.append(line)
    return "\n".join(out)


# A sentence that closes on a colon: what it announces is the list under it («Je cherche un poste :»).
_ANNOUNCES = re.compile(r":\s*$")


def search_items_joined(text: str) -> str:
    """`text` with the items listed under a sentence of search put on its line («Je cherche un premier
    poste :» over «— en cabinet d'audit ;», «— en banque privée.»): where the search is aimed is read in its
    items, as in a sentence that names them. Items under any other sentence stay lines."""
    if ":" not in text or "\n" not in text:
        return text
    lines = text.split("\n")
    search = load_meanings()["search"]
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        items = _items_from(lines, i + 1) if _ANNOUNCES.search(line) else []
        if items and any(search.holds(w) for w in re.findall(r"[\w'’-]+", line.lower())):
            out.append(line.rstrip() + " " + " ; ".join(item.rstrip(" ;,.") for item in items) + ".")
            i += 1 + len(items)
            continue
        out.append(line)
        i += 1
    return "\n".join(out)


def _items_from(lines: list[str], start: int) -> list[str]:
    """The texts of the list items that follow one another from line `start`."""
    items: list[str] = []
    for line in lines[start:]:
        item = _ITEM.match(line)
        if item is None:
            break
        items.append(item.group(1))
    return items


def _a_line_under(nxt: str, m: dict[str, Meaning]) -> bool:
    """The line under a heading is its content: not empty, not another heading, not a piece of study."""
    return bool(nxt) and not _HEADING.match(nxt) and not _study(nxt, m)


def _study(line: str, m: dict[str, Meaning]) -> bool:
    """A line naming a piece of study («Mémoire sur les coopératives d'habitants», "Dissertation on…"): under
    «Recherche» it is research done, not a job sought."""
    return any(m["course_steps"].holds(w) for w in re.findall(r"[\w'’-]+", line.lower()))


def _names_an_aim(line: str, search: Meaning, aim: Meaning) -> bool:
    """The line is a heading whose words name a search or an aim (a lemma, or a search's stem)."""
    heading = _HEADING.match(line)
    if heading is None or len(heading.group(1).split()) > _HEADING_WORDS:
        return False
    words = heading.group(1).lower().split()
    return any(search.holds(w) or aim.holds(w) for w in words)


def resume_read(text: str) -> str:
    """A résumé typed in a mail read as an attached CV is: each entry on one line with its period
    (periods.resume_entries_joined), each heading naming an aim with the line under it, the months under a
    year's line dated by it; `text` itself when it is not laid out as a résumé."""
    if not reads_as_resume(text):
        return text
    return aim_headings_joined(resume_entries_joined(years_put_on_months(text)))
