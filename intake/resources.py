"""Where the eligibility rules, word lists and templates are read from: the one place that knows.

In a wheel they are package data under `intake/_data/` (the build copies the top-level `rules/` and
`templates/` there, see setup.py); in a checkout or an editable install they are the top-level directories.
A programme that edits its own sets `rules.dir` / `templates.dir`; `use_directories` is called once at start,
before anything is loaded, and checks that every file the package ships is there: a missing file is a
deployment error that stops the program, never a reason to quarantine mail one message at a time.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Generic, TypeVar

T = TypeVar("T")

_PACKAGE = Path(__file__).resolve().parent
_CHECKOUT = _PACKAGE.parent


class DeploymentError(Exception):
    """Rules or templates are missing; the message is one line meant for the person who installed it."""


def _bundled(name: str) -> Path:
    packaged = _PACKAGE / "_data" / name
    return packaged if packaged.is_dir() else _CHECKOUT / name


BUNDLED_RULES_DIR = _bundled("rules")
BUNDLED_TEMPLATES_DIR = _bundled("templates")

_chosen: dict[str, Path] = {}


def rules_dir() -> Path:
    """`rules/`: eligibility.toml and lexicon/*.toml."""
    return _chosen.get("rules", BUNDLED_RULES_DIR)


rules_dir_in_use = rules_dir  # for InUse, whose argument of the same name hides the function


class InUse(Generic[T]):
    """What a loader read from the rules directory last asked about, answered again while the same directory
    (the very Path object `rules_dir()` keeps) is asked about: the readers ask their word lists on every unit
    (some hundred thousand times a batch), and the loaders' lru_cache hashed the Path each time. The load
    itself stays the loader's (read once per directory): only the look-up is shortened, the same object."""

    __slots__ = ("_last",)

    def __init__(self) -> None:
        self._last: tuple[Path, T] | None = None

    def load(self, rules_dir: Path | None, loader: Callable[[Path], T]) -> T:
        directory = rules_dir or rules_dir_in_use()
        last = self._last
        if last is not None and last[0] is directory:
            return last[1]
        loaded = loader(directory)
        self._last = (directory, loaded)
        return loaded


def templates_dir() -> Path:
    """`templates/`: mail/ (email triplets) and web/ (pages)."""
    return _chosen.get("templates", BUNDLED_TEMPLATES_DIR)


def use_directories(rules: Path | None = None, templates: Path | None = None) -> None:
    """Read rules and templates from these directories (None: the shipped ones), after checking them."""
    chosen = {"rules": rules or BUNDLED_RULES_DIR, "templates": templates or BUNDLED_TEMPLATES_DIR}
    for name, directory in chosen.items():
        check_complete(name, directory)
    _chosen.update(chosen)


def check_complete(name: str, directory: Path) -> None:
    """Every file the package ships under `name` exists in `directory`, else DeploymentError."""
    shipped = _bundled(name)
    if not directory.is_dir():
        raise DeploymentError(f"dossier « {name} » introuvable : {directory} (installation incomplète)")
    expected = [p.relative_to(shipped) for p in sorted(shipped.rglob("*")) if p.is_file()]
    if not expected:
        raise DeploymentError(f"« {name} » absent du paquet installé : {shipped} (installation incomplète)")
    missing = [str(rel) for rel in expected if not (directory / rel).is_file()]
    if missing:
        more = f" (et {len(missing) - 1} autre(s))" if len(missing) > 1 else ""
        raise DeploymentError(f"fichier manquant : {directory / missing[0]}{more} (installation incomplète)")
