"""The README's table of modules matches the tree: every module or package directly under `intake/` and
`scheduler/` is named in it, and every path it names exists.

Why: the table is how a newcomer finds where a responsibility lives; a module added without a line, or a
line left after a module moved, sends them to the wrong place.
"""

from __future__ import annotations

import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
README = REPO / "README.md"
PATH = re.compile(r"`((?:intake|scheduler)/[\w/.]*)`")
# Modules too small to deserve a line of their own: the package marker and the type-checking marker.
NOT_LISTED = {"__init__.py", "py.typed", "_data", "__pycache__"}


def read_table() -> str:
    text = README.read_text(encoding="utf-8")
    start = text.index("| path | one responsibility |")
    end = text.index("\n\n", start)
    return text[start:end]


def named_paths(table: str) -> set[str]:
    """Paths written in backquotes; a package (`intake/sources/`) stands for the modules inside it."""
    return {match.rstrip("/") for match in PATH.findall(table)}


def test_every_module_under_intake_and_scheduler_is_named_in_the_readme_table() -> None:
    named = named_paths(read_table())
    missing = []
    for package in ("intake", "scheduler"):
        if package in named:
            continue
        for child in sorted((REPO / package).iterdir()):
            if child.name in NOT_LISTED or child.name.startswith("."):
                continue
            if child.is_file() and child.suffix != ".py":
                continue
            path = f"{package}/{child.name}"
            if path not in named:
                missing.append(path)
    assert not missing, f"README's table of modules does not name: {', '.join(missing)}"


def test_every_path_the_readme_table_names_exists() -> None:
    absent = sorted(path for path in named_paths(read_table()) if not (REPO / path).exists())
    assert not absent, f"README's table of modules names paths that do not exist: {', '.join(absent)}"
