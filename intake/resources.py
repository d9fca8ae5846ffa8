"""Where the eligibility rules, word lists and templates are read from: the one place that knows.

In a wheel they are package data under `intake/_data/` (the build copies the top-level `rules/` and
`templates/` there, see setup.py); in a checkout or an editable install they are the top-level directories.
A programme that edits its own sets `rules.dir` / `templates.dir`; `use_directories` is called once at start,
before anything is loaded, and checks that every file the package ships is there: a missing file is a
deployment error that stops the program, never a reason to quarantine mail one message at a time.
"""

from __future__ import annotations

from pathlib import Path

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
