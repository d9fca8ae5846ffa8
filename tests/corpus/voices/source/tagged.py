"""What the corpora written one tag first share (constructions, noise, implied, learners, answers,
englishes): the facts a message's tag may carry, and the item that wraps a mail with its feature and its fact.

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
