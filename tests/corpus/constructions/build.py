"""Build the constructions corpus: source/batch*.py → NNNN.eml + truth.jsonl, deterministically.

    python tests/corpus/constructions/build.py [--out DIR]

Nobody tunes the reader on this corpus (see LICENCE.md). Each message states its deciding fact in one
syntactic construction chosen first from a grid (nominalisation, passive, relative clause, apposition,
infinitive, gerund, impersonal subject, cleft, verbless fragment, comparison, time counted from the reading
day, numbers in words, a question the writer answers, English constructions); each truth line carries the
construction (`construction`) and the fact it carries (`stated`). Everything else (MIME, attached CVs,
Message-IDs, the refusal of a label that contradicts the rules, the command line) is the voices corpus's
builder, `../voices/build.py`.
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
sys.path.insert(0, str(HERE / "source"))  # constructions.py (C, the grid of constructions)


def build(out: Path, source: Path = HERE / "source") -> int:
    return int(voices_build.build_tagged(out, source, ("construction", "stated")))


if __name__ == "__main__":
    raise SystemExit(voices_build.run(__doc__.splitlines()[0], HERE, build))
