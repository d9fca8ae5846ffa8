"""Whose words a drafted mail holds: the person's own request to a writing tool, or their rough note, sent
with the draft the tool made of it. The person speaks in the request («rédige-moi un mail pour pro'pulse,
mon stage est fini depuis octobre», "My prompt: write me an email… I finished my BA in June") and in the
note a label gives them as theirs («Mon brouillon :», «Ce que j'avais écrit :», "Rough note:"); the draft —
opened by a label giving it as the tool's («Version améliorée :», "Polished version:") or by the tool's
preamble («Voici une proposition :», "Here's a draft:"), or the letter standing beside a request — is the
tool's rendering of those words, and may smooth them («actuellement engagé en service civique» over a
service the person says ended in August).

`own_words_and_draft` parts the body into (the person's words, the tool's draft). The reader then reads the
draft as an earlier state of the same person's words (`__init__._sources_in_time`, as a mail quoted under
the writer's newest words): a fact only the draft states still counts, one the person's own words tell
otherwise is read as they tell it. Nothing is parted when the body holds only one of the two: a request
sent alone is the person's mail, a draft alone is the letter sent. Two versions that are both the tool's
(«Version courte», «Version 2») name nobody's own words: nothing is parted either.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from intake import resources
from intake.understanding.lexicon import read_table


@dataclass(frozen=True)
class _Openers:
    """What opens a line of a drafted mail (rules/lexicon/drafts.toml): a label of the person's own words,
    a request to the tool, a label or a preamble of the tool's draft."""

    own_label: re.Pattern[str]
    request: re.Pattern[str]
    tool_label: re.Pattern[str]


def drafts_table(rules_dir: Path) -> dict[str, dict[str, list[str]]]:
    """rules/lexicon/drafts.toml of `rules_dir`."""
    return read_table(rules_dir, "drafts.toml")


def either(items: list[str]) -> str:
    """A list of drafts.toml as one group of alternatives."""
    return "(?:" + "|".join(items) + ")"


@lru_cache(maxsize=4)
def _openers(rules_dir: Path) -> _Openers:
    table = drafts_table(rules_dir)
    own, tool, asked = table["own_label"], table["tool_label"], table["request"]
    own_label = (
        rf"{either(own['possessives'])}\s+(?:{either(own['own'])}\s+)?{either(own['nouns'])}"
        rf"|(?:{either(own['articles'])}\s+)?{either(own['originals'])}|{either(own['written'])}"
    )
    tool_label = (
        rf"(?:{either(tool['articles'])}\s+)?{either(tool['texts'])}\s+{either(tool['reworked'])}"
        rf"|{either(tool['reworked_en'])}\s+{either(tool['texts_en'])}"
        rf"|{either(tool['preambles'])}\b[^\n]{{0,60}}?\b{either(tool['offered'])}"
    )
    request = (
        rf"(?:{either(asked['polite'])}\s+)?{either(asked['verbs'])}(?:[- ]?moi)?"
        rf"|(?:{either(asked['polite_en'])}\s+)?{either(asked['verbs_en'])}(?:\s+me)?"
    )
    return _Openers(
        # a label runs to its colon, or is the whole line
        re.compile(rf"(?i)^\W{{0,3}}(?:{own_label})\b[^:\n]{{0,40}}?(?::|$)"),
        # the thing asked for, a determiner first
        re.compile(
            rf"(?i)^\W{{0,3}}(?:{request})\s+{either(asked['determiners'])}\b[^\n.]{{0,50}}?"
            rf"\b{either(asked['things'])}\b"
        ),
        re.compile(rf"(?i)^\W{{0,3}}(?:{tool_label})"),
    )


def own_words_and_draft(body: str) -> tuple[str, str] | None:
    """(the person's own words, the tool's draft) when the body holds both, else None. A label's own words
    run to the next label; a request not labelled is its own paragraph (up to a blank line)."""
    lines = body.split("\n")
    owners = [_owner_of(line) for line in lines]
    if _OWN not in owners and _REQUESTED not in owners:
        return None
    own: list[str] = []
    draft: list[str] = []
    current = _DRAFT
    for line, owner in zip(lines, owners, strict=True):
        if owner is not None:
            current = owner
        elif current == _REQUESTED and not line.strip():
            current = _DRAFT  # a request not labelled is its own paragraph
        (draft if current == _DRAFT else own).append(line)
    said, drafted = "\n".join(own).strip(), "\n".join(draft).strip()
    if not _has_words(said) or not _has_words(drafted):
        return None
    return said, drafted


_OWN, _REQUESTED, _DRAFT = "own", "requested", "draft"


def _owner_of(line: str) -> str | None:
    """Whose words a line opens: the person's under an own label (_OWN) or in a request to the tool
    (_REQUESTED), the tool's under its label or preamble (_DRAFT); None for a line that opens nobody's."""
    openers = _openers(resources.rules_dir())
    if openers.own_label.match(line):
        return _OWN
    if openers.request.match(line):
        return _REQUESTED
    if openers.tool_label.match(line):
        return _DRAFT
    return None


def _has_words(text: str) -> bool:
    """The text holds a word of three letters or more (not only a label's leftovers or a rule)."""
    return re.search(r"[^\W\d_]{3}", text) is not None
