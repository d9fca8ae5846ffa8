"""The import graph of `intake/` and `scheduler/`: no cycle, and no import of another package's private names.

Every `import` counts as an edge, wherever it stands: at module level, inside a function (a deferred import
still runs, and hiding a cycle in a function only moves its failure to the first call) and under
`if TYPE_CHECKING:` (a type-only cycle is still two modules that each need the other to be understood).
`from a.b import c` is an edge to `a.b.c` when that is a module, else to `a.b`. Importing `a.b.c` from outside
package `a.b` also runs `a/b/__init__.py` first, so it is an edge to that package too: a package whose
`__init__` imports its own modules can otherwise close a cycle that only shows at run time.

The source is read with `ast`, nothing is imported: the test sees the same graph whatever is installed.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("intake", "scheduler")

# Private imports allowed across packages: none.
ALLOWED_PRIVATE: set[tuple[str, str, str]] = set()
# Private attributes read on another object (`ui._in_session` was one): only these, each with its reason.
ALLOWED_PRIVATE_ATTRIBUTES: set[tuple[str, str]] = {
    # lxml's element type is spelled `etree._Element`: it is the library's public name for it.
    ("intake.documents.office", "etree._Element"),
    ("intake.parsing", "etree._Element"),
    # `propulse doctor` opens the very connection the transports use, to test it as they would.
    ("intake.doctor", "transport._connection"),
    ("intake.doctor", "sent._connected"),
}
# Cycles allowed: none. (Stop 20 ended the last three: the draft decisions moved below both the queue and
# the replies that may leave alone (intake/replies/decisions.py), a held request's release above the
# pipeline (intake/release.py), and HELD_TEMPLATE into replies/drafts.py.)
ALLOWED_EDGES: set[tuple[str, str]] = set()


def module_files() -> dict[str, Path]:
    """Every module of the packages by dotted name (`a/b/__init__.py` is `a.b`)."""
    found: dict[str, Path] = {}
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            parts = list(path.relative_to(ROOT).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            found[".".join(parts)] = path
    return found


MODULES = module_files()


def is_package(name: str) -> bool:
    return MODULES[name].name == "__init__.py"


def absolute(importer: str, node: ast.ImportFrom) -> str:
    """The module a `from … import` names, relative imports resolved against the importer."""
    if not node.level:
        return node.module or ""
    base = importer.split(".")
    if not is_package(importer):
        base = base[:-1]
    base = base[: len(base) - (node.level - 1)]
    return ".".join([*base, *([node.module] if node.module else [])])


def imported(importer: str, tree: ast.AST) -> Iterator[tuple[str, str | None]]:
    """(module, name) for every import in the tree; name is None for `import x.y`."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, None
        elif isinstance(node, ast.ImportFrom):
            source = absolute(importer, node)
            for alias in node.names:
                yield source, alias.name


def ancestors(name: str) -> list[str]:
    parts = name.split(".")
    return [".".join(parts[:i]) for i in range(1, len(parts))]


def edges_of(importer: str, tree: ast.AST) -> set[str]:
    targets: set[str] = set()
    for source, name in imported(importer, tree):
        full = f"{source}.{name}" if name else source
        target = full if full in MODULES else source
        if target not in MODULES:
            continue  # the standard library and third parties
        targets.add(target)
        # Importing from outside a package runs its __init__ first.
        targets.update(
            a for a in ancestors(target) if a in MODULES and a not in [*ancestors(importer), importer]
        )
    targets.discard(importer)
    return targets


def import_graph() -> dict[str, set[str]]:
    graph = {name: edges_of(name, ast.parse(path.read_text(), str(path))) for name, path in MODULES.items()}
    for importer, target in ALLOWED_EDGES:
        graph[importer].discard(target)
    return graph


def find_cycles(graph: dict[str, set[str]]) -> list[str]:
    """One line per knot of modules that import each other (a strongly connected component, Tarjan's
    algorithm): its shortest cycle through its first module, then every module caught in it."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components: list[set[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph[node]):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component: set[str] = set()
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.add(top)
                if top == node:
                    break
            if len(component) > 1:
                components.append(component)

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return [
        " → ".join(cycle_through(graph, component)) + f"  (knot: {', '.join(sorted(component))})"
        for component in components
    ]


def cycle_through(graph: dict[str, set[str]], component: set[str]) -> list[str]:
    """A shortest path from the component's first module back to itself (breadth first)."""
    start = min(component)
    came_from: dict[str, str] = {}
    frontier = [start]
    while frontier:
        following: list[str] = []
        for node in frontier:
            for nxt in sorted(graph[node] & component):
                if nxt == start:
                    path = [node]
                    while path[-1] != start:
                        path.append(came_from[path[-1]])
                    return [start, *reversed(path[:-1]), start] if node != start else [start, start]
                if nxt not in came_from:
                    came_from[nxt] = node
                    following.append(nxt)
        frontier = following
    raise AssertionError(f"no cycle in {component}")


def private_imports() -> list[str]:
    """`importer: from module import _name` where module lives in another package than the importer."""
    found: list[str] = []
    for importer, path in MODULES.items():
        home = importer if is_package(importer) else importer.rpartition(".")[0]
        for source, name in imported(importer, ast.parse(path.read_text(), str(path))):
            if name is None or not name.startswith("_") or name.startswith("__"):
                continue
            if source not in MODULES or f"{source}.{name}" in MODULES:
                continue
            source_home = source if is_package(source) else source.rpartition(".")[0]
            if source_home != home and (importer, source, name) not in ALLOWED_PRIVATE:
                found.append(f"{importer}: from {source} import {name}")
    return found


def private_attributes() -> list[str]:
    """`module: x._name` for every private attribute read on anything but `self` or `cls`."""
    found: list[str] = []
    for name, path in MODULES.items():
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if (
                not isinstance(node, ast.Attribute)
                or not node.attr.startswith("_")
                or node.attr.startswith("__")
            ):
                continue
            if isinstance(node.value, ast.Name) and node.value.id in ("self", "cls"):
                continue
            if (name, ast.unparse(node)) not in ALLOWED_PRIVATE_ATTRIBUTES:
                found.append(f"{name}:{node.lineno}: {ast.unparse(node)}")
    return found


def test_the_packages_import_each_other_without_any_cycle() -> None:
    cycles = find_cycles(import_graph())
    assert not cycles, "import cycles:\n" + "\n".join(cycles)


def test_no_module_imports_a_private_name_of_another_package() -> None:
    assert private_imports() == []


def test_no_module_reads_a_private_attribute_of_another_object() -> None:
    assert private_attributes() == []


def test_the_cycle_finder_names_a_cycle_hidden_in_a_function() -> None:
    # The checks above pass on a clean tree; this shows they would fail on a dirty one.
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert find_cycles(graph) == ["a → b → c → a  (knot: a, b, c)"]
    tree = ast.parse("def f():\n    from intake.web.app import create_app\n")
    assert "intake.web.app" in edges_of("intake.followup.web_routes", tree)
    assert "intake.web" in edges_of("intake.followup.web_routes", tree)
    assert "intake.web" not in edges_of("intake.web.kit", tree)
