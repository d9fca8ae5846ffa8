"""What the checks of a corpus written "one tag first" share (constructions, noise…): its build.py loaded
as a module, the items its sources list, the words a writer typed, and the `# Tag: key — fact — words`
comments above each message. The checks every such corpus shares are in test_tagged_corpora.py."""

from __future__ import annotations

import importlib.util
import re
from collections import Counter
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


def applications(lines: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [t for t in lines if t["kind"] == "application"]


def assert_grid_used(
    lines: list[dict[str, Any]], tag: str, grid: dict[str, str], verdicts: int, at_least: int = 12
) -> None:
    """Every key of the grid tags `at_least` messages or more (twelve unless the corpus's mix says fewer),
    and applications of ``verdicts`` verdicts."""
    used = Counter(t[tag] for t in lines)
    assert set(used) == set(grid), set(grid) ^ set(used)
    assert min(used.values()) >= at_least, used
    for key in grid:
        seen = {t["verdict"] for t in applications(lines) if t[tag] == key}
        assert len(seen) >= verdicts, (key, seen)


def criteria_counts(lines: list[dict[str, Any]]) -> tuple[Counter[str], Counter[str]]:
    """How many applications fail each criterion, and how many leave it open."""
    apps = applications(lines)
    return Counter(c for t in apps for c in t["failing"]), Counter(c for t in apps for c in t["unknown"])


def assert_english_cvs_and_referrals(
    lines: list[dict[str, Any]], english: tuple[float, float] = (0.05, 0.15)
) -> None:
    """A share of the applications in English within `english` (about a tenth, unless the corpus's method is
    English), a few with a small CV, three or more referrals."""
    apps = applications(lines)
    in_english = [t for t in apps if t.get("language") == "en"]
    with_cv = [t for t in apps if t.get("cv_format")]
    referred = [t for t in apps if t.get("forwarded_by")]
    assert english[0] <= len(in_english) / len(apps) <= english[1], len(in_english)
    assert 5 <= len(with_cv) <= len(apps) / 4, len(with_cv)
    assert len(referred) >= 3, len(referred)


def ambiguous_marks(corpus: Path, marker: str) -> list[bool]:
    """For each message in build order, whether an `# ambiguous: …` line follows its `# {marker}:` line."""
    pattern = re.compile(rf"^\s*# {marker}: .*\n(\s*# ambiguous: )?", flags=re.MULTILINE)
    sources = sorted((corpus / "source").glob("batch*.py"))
    return [bool(m.group(1)) for p in sources for m in pattern.finditer(p.read_text(encoding="utf-8"))]


def assert_ambiguity_leaves_a_criterion_open(
    corpus: Path, marker: str, lines: list[dict[str, Any]], at_least: int
) -> None:
    """A message its writer said ambiguous (`# ambiguous: why`) leaves a criterion of its application open."""
    marks = ambiguous_marks(corpus, marker)
    assert len(marks) == len(lines) and sum(marks) >= at_least, sum(marks)
    wrong = [t["file"] for t, m in zip(lines, marks, strict=True) if m and not t.get("unknown")]
    assert not wrong, wrong


def assert_every_tag_carries_other_mail(lines: list[dict[str, Any]], tag: str, grid: dict[str, str]) -> None:
    """Every key of the grid tags two other mails or more (not only applications)."""
    others = Counter(t[tag] for t in lines if t["kind"] != "application")
    assert set(others) == set(grid) and min(others.values()) >= 2, others


def assert_english_share(lines: list[dict[str, Any]], low: float, high: float) -> None:
    """The share of applications written in English lies between `low` and `high`."""
    apps = applications(lines)
    in_english = [t for t in apps if t.get("language") == "en"]
    assert low <= len(in_english) / len(apps) <= high, len(in_english)


def assert_every_key_carries_three_verdicts(
    lines: list[dict[str, Any]], tag: str, grid: dict[str, str], messages: int = 15, others: int = 3
) -> None:
    """Every key of the grid tags `messages` messages or more, `others` other mails or more, and applications
    of all three verdicts."""
    assert_every_tag_carries_other_mail(lines, tag, grid)
    used = Counter(t[tag] for t in lines)
    other = Counter(t[tag] for t in lines if t["kind"] != "application")
    assert min(used[key] for key in grid) >= messages, used
    assert min(other[key] for key in grid) >= others, other
    for key in grid:
        seen = {t["verdict"] for t in applications(lines) if t[tag] == key}
        assert seen == {"eligible", "to_verify", "not_eligible"}, (key, seen)
