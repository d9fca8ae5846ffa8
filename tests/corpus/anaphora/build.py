"""Build the anaphora corpus: source/batch*.py → NNNN.eml + truth.jsonl, deterministically.

    python tests/corpus/anaphora/build.py [--out DIR]

Nobody tunes the reader on this corpus (see LICENCE.md). Every application's deciding fact is split across a
link the reader must resolve: the thing (a diploma, an internship, a civic service, a job, a course, the
search) named in one sentence or clause, what decides (its date, its level, whether it is over or running,
its sector) in another, joined by a pronoun, a demonstrative, a bridging part, an ellipsis, a dislocation, a
question and its answer, a heading and its items, a distance, two candidates, a detached relative or
apposition, a chain of links, or the same in English (the grid of source/anaphora.py); each truth line
carries the feature (`feature`) and the fact it carries (`fact`).
Everything else (MIME, attached CVs, Message-IDs, the refusal of a label that contradicts the rules, the
command line) is the voices corpus's builder, `../voices/build.py`.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("voices_build", HERE.parent / "voices" / "build.py")
assert _spec and _spec.loader
voices_build = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(voices_build)  # also puts the voices kit on sys.path for source/batch*.py
sys.path.insert(0, str(HERE / "source"))  # anaphora.py (N, the grid of links)


def build(out: Path, source: Path = HERE / "source") -> int:
    return int(voices_build.build_tagged(out, source, ("feature", "fact")))


if __name__ == "__main__":
    raise SystemExit(voices_build.run(__doc__.splitlines()[0], HERE, build))
