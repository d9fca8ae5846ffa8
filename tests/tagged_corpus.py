"""What the checks of a corpus written "one tag first" share (constructions, noise…): its build.py loaded
as a module, the items its sources list, the words a writer typed, and the `# Tag: key — fact — words`
comments above each message. The checks themselves stay in each corpus's test file."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path
from types import ModuleType
from typing import Any


def builder(corpus: Path, name: str) -> ModuleType:
    """The corpus's build.py, which puts the voices kit and the corpus's grid module on the path."""
    spec = importlib.util.spec_from_file_location(name, corpus / "build.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def items(build: ModuleType, corpus: Path) -> list[Any]:
    """Every item the sources list, in build order (each wraps its mail as ``.m``)."""
    return list(build.voices_build.load_messages(corpus / "source"))


def written_text(item: Any) -> str:
    """What the writer typed (subject, body, CV lines), with line breaks read as spaces."""
    m = item.m
    text = " ".join([m.subject, m.body, m.cv.text if m.cv else ""])
    return " ".join(text.split()).lower()


def missing_words(written: list[Any]) -> list[tuple[int, str]]:
    """The items whose ``words`` do not stand in what their writer typed."""
    typed = [(n, " ".join(i.words.split()).lower(), written_text(i)) for n, i in enumerate(written)]
    return [(n, written[n].words) for n, words, text in typed if words not in text]


def comments(corpus: Path, marker: str) -> list[tuple[str, str]]:
    """The (key, fact) each `# {marker}: key — fact — words` comment of the sources names, in order."""
    pattern = re.compile(rf"^\s*# {marker}: (\w+) — (\w+) — \S", flags=re.MULTILINE)
    sources = sorted((corpus / "source").glob("batch*.py"))
    return [m.groups() for p in sources for m in pattern.finditer(p.read_text(encoding="utf-8"))]
