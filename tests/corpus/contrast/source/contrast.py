"""What a contrast group is: a base message and its minimal edits, each naming the one meaning it changes.

A group's members share a file stem (0012a is the base, 0012b and 0012c its edits). The edit copies the base
message (sender, subject, date, CV) and replaces only what is given; the truth is always written in full, by
hand, from the programme's rules.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from kit import M


@dataclass(frozen=True)
class Group:
    base: M
    variants: tuple[tuple[str, M], ...]  # (the one meaning changed, or «same meaning: …», the edited message)


def edit(base: M, change: str, *, body: str, truth: dict[str, Any], **other: Any) -> tuple[str, M]:
    """The base with a new body (and whatever else is named), and its own truth."""
    return change, replace(base, body=body, truth=truth, **other)
