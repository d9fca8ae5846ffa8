"""Build the boundaries corpus: source/batch*.py → NNNN.eml + truth.jsonl, deterministically.

    python tests/corpus/boundaries/build.py [--out DIR]

Nobody tunes the reader on this corpus (see LICENCE.md). Each message was written on one side of one
decision boundary decided first (`boundary`, `side`); each truth line carries the two. Everything else (MIME,
attached CVs, Message-IDs, the refusal of a label that contradicts the rules, the command line) is the voices
corpus's builder, `../voices/build.py`.
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
sys.path.insert(0, str(HERE / "source"))  # boundaries.py (B, the list of boundaries and sides)


def build(out: Path, source: Path = HERE / "source") -> int:
    voices_build.clear(out, "[0-9][0-9][0-9][0-9].eml")
    lines = [
        voices_build.write_message(out, f"{n:04d}.eml", n, b.m, boundary=b.boundary, side=b.side)
        for n, b in enumerate(voices_build.load_messages(source))
    ]
    return int(voices_build.write_truth(out, lines))


if __name__ == "__main__":
    raise SystemExit(voices_build.run(__doc__.splitlines()[0], HERE, build))
