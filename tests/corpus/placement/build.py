"""Build the placement corpus: source/batch*.py → NNNN.eml + truth.jsonl, deterministically.

    python tests/corpus/placement/build.py [--out DIR]

Nobody tunes the reader on this corpus (see LICENCE.md). In every application the deciding fact is put in ONE
place of the message chosen first from a grid of twelve (source/placement.py): the Subject line only, a
telegraphic opening line, buried in a long story among other people's facts, an aside in parentheses or
dashes, a postscript, the signature block, a list, a form or table cell, an HTML-only body, a quoted or
forwarded earlier message, the attached CV only, or the same placements in English; each truth line carries
the placement (`feature`) and the fact it carries (`fact`). Everything else (MIME, HTML-only bodies written
as the author's client wrote them, attached CVs and their file names, Message-IDs, the refusal of a label
that contradicts the rules, the command line) is the voices corpus's builder, `../voices/build.py`.
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
sys.path.insert(0, str(HERE / "source"))  # placement.py (N, the grid of placements)


def build(out: Path, source: Path = HERE / "source") -> int:
    return int(voices_build.build_tagged(out, source, ("feature", "fact")))


if __name__ == "__main__":
    raise SystemExit(voices_build.run(__doc__.splitlines()[0], HERE, build))
