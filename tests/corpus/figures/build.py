"""Build the figures corpus: source/batch*.py → NNNN.eml + truth.jsonl, deterministically.

    python tests/corpus/figures/build.py [--out DIR]

Nobody tunes the reader on this corpus (see LICENCE.md). In every application the deciding fact is said
through a figure of speech, never in the plain administrative words: an idiom, a metaphor, a metonymy, a
periphrasis, a euphemism, a hyperbole, an understatement or a minimiser, slang and colloquial verbs, a simile
or a hedge, a set phrase of the job market, a symbol or an emoji, or the same figures in English (the grid of
source/figures.py); each truth line carries the feature (`feature`) and the fact it carries (`fact`).
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
sys.path.insert(0, str(HERE / "source"))  # figures.py (N, the grid of figures)


def build(out: Path, source: Path = HERE / "source") -> int:
    return int(voices_build.build_tagged(out, source, ("feature", "fact")))


if __name__ == "__main__":
    raise SystemExit(voices_build.run(__doc__.splitlines()[0], HERE, build))
