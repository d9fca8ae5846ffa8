"""Build the chronology corpus: source/batch*.py → NNNN.eml + truth.jsonl, deterministically.

    python tests/corpus/chronology/build.py [--out DIR]

Nobody tunes the reader on this corpus (see LICENCE.md). Every application tells the writer's path in an
ORDER chosen FIRST from a grid of twelve (source/chronology.py): today first and back in time, told forward
with a jump back, what comes next first, events dated only from one another, events dated by the writer's
life or the calendar, two strands told side by side, an undated sequence, an ending told before its
beginning, a dated list or timeline, one event that splits the story, the path told twice (the detail holds),
or the same in English — and the deciding fact (when the diploma came, whether studies, an internship, a
service civique or a job are over or running, whether a career came before, whether the search is now) can
only be read right by following that order; each truth line carries the order (`feature`) and the fact it
settles (`fact`). Everything else (MIME, HTML-only bodies, attached CVs and their file names, Message-IDs, the
refusal of a label that contradicts the rules, the command line) is the voices corpus's builder,
`../voices/build.py`.
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
sys.path.insert(0, str(HERE / "source"))  # chronology.py (N, the grid of orders)


def build(out: Path, source: Path = HERE / "source") -> int:
    return int(voices_build.build_tagged(out, source, ("feature", "fact")))


if __name__ == "__main__":
    raise SystemExit(voices_build.run(__doc__.splitlines()[0], HERE, build))
