"""No function of `intake/` or `scheduler/` is longer than 60 lines (Alembic migrations aside: they are frozen
history). Why: a function that long does several things; split into named steps, each step says what it does.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MAX_LINES = 60


def long_functions(source: str, where: str) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            length = (node.end_lineno or node.lineno) - node.lineno + 1
            if length > MAX_LINES:
                found.append(f"{where}:{node.lineno} {node.name} ({length} lignes)")
    return found


def test_no_function_of_the_service_is_longer_than_sixty_lines() -> None:
    found = []
    for package in ("intake", "scheduler"):
        for path in sorted((ROOT / package).rglob("*.py")):
            if "migrations" in path.parts:
                continue
            found += long_functions(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)))
    assert not found, "functions over 60 lines: " + "; ".join(found)


def test_a_function_of_sixty_one_lines_is_reported() -> None:
    body = "".join(f"    x{i} = {i}\n" for i in range(60))
    assert long_functions("def f():\n" + body, "m.py") == ["m.py:1 f (61 lignes)"]
    assert long_functions("def f():\n" + body[: body.rindex("    x59")], "m.py") == []
