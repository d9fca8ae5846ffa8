"""Build the englishes corpus: source/batch*.py → NNNN.eml + truth.jsonl, deterministically.

    python tests/corpus/englishes/build.py [--out DIR]

Nobody tunes the reader on this corpus (see LICENCE.md). Every application is written in English by a
native or fully fluent speaker of one of twelve Englishes (England and Wales, Scotland and Ireland, the
United States, Canada, India, West Africa, southern Africa, Australia and New Zealand, the Caribbean and
English-speaking Asia, English speakers living in France, career turns, third parties writing about someone
— the grid of source/englishes.py), and its deciding fact is carried through one idiom of that variety;
each truth line carries the feature (`feature`) and the fact it carries (`fact`).
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
sys.path.insert(0, str(HERE / "source"))  # englishes.py (N, the grid of Englishes)


def build(out: Path, source: Path = HERE / "source") -> int:
    return int(voices_build.build_tagged(out, source, ("feature", "fact")))


if __name__ == "__main__":
    raise SystemExit(voices_build.run(__doc__.splitlines()[0], HERE, build))
