"""What the corpora written one tag first share (constructions, noise, implied, learners, answers,
englishes): the facts a message's tag may carry, the item that wraps a mail with its feature and its fact, and
the grid's entry of the corpora whose keys are ways of writing (`Way`: spoken, assistants, identities).

A corpus's own module (learners.py, answers.py…) keeps its grid and its docstring; it names the item ``N``
by subclassing ``Featured`` with its ``GRID``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from kit import M

# The deciding facts a tag carries: a criterion's fact, or the kind of a mail that is no application.
FACTS = (
    "graduation",
    "level",
    "situation",
    "career_change",
    "aim",
    "studies_finished",
    "kind",
)


@dataclass(frozen=True)
class Featured:
    """One message and the feature of the corpus's ``GRID`` that carries its deciding fact: ``words`` stand
    in its subject, body or CV as written (case and line breaks aside); the fact is ``kind`` exactly when the
    mail is no application."""

    GRID: ClassVar[dict[str, str]] = {}

    feature: str
    fact: str
    words: str
    m: M

    def __post_init__(self) -> None:
        assert self.feature in self.GRID, self.feature
        assert self.fact in FACTS, self.fact
        assert (self.fact == "kind") == (self.m.truth["kind"] != "application"), (self.fact, self.m.subject)


@dataclass(frozen=True)
class Way:
    """One way of writing a grid's key names (speech made text, a tool's draft, a way of giving one's name and
    contacts): what it is, its forms, the marks its mails carry, the rule that settles the label, and its
    distractors. Printed, its description."""

    description: str
    forms: tuple[str, ...]  # the shapes its mails take, which the writers draw from
    marks: tuple[str, ...]  # what its mails carry in their words or signs (a method test may look for them)
    rule: str  # what settles the label
    distractors: str  # what may be misread in the same mail

    def __str__(self) -> str:
        return self.description
