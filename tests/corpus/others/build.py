"""Build the others corpus: source/batch*.py → NNNN.eml + truth.jsonl, deterministically.

    python tests/corpus/others/build.py [--out DIR]

Nobody tunes the reader on this corpus (see LICENCE.md). Every message names at least one person OTHER than
the applicant (a sibling, a parent, a partner or flatmate, classmates, a colleague or tutor, a friend who
applies too, the applicant's own child, an adviser telling of herself, people named by a first name only) with
a fact of the kind that decides eligibility, beside the applicant's own facts; the RELATION to the other
person is chosen FIRST from a grid of twelve (source/others.py); the test is whose fact is whose. Each truth
line carries the relation (`feature`) and the applicant's criterion the attribution turns on (`fact`).
Everything else (MIME, HTML-only bodies, attached CVs and their file names, Message-IDs, the refusal of a
label that contradicts the rules, the command line) is the voices corpus's builder, `../voices/build.py`."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("voices_build", HERE.parent / "voices" / "build.py")
assert _spec and _spec.loader
voices_build = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(voices_build)  # also puts the voices kit on sys.path for source/batch*.py
sys.path.insert(0, str(HERE / "source"))  # others.py (N, the grid of relations)


def build(out: Path, source: Path = HERE / "source") -> int:
    return int(voices_build.build_tagged(out, source, ("feature", "fact")))


if __name__ == "__main__":
    raise SystemExit(voices_build.run(__doc__.splitlines()[0], HERE, build))
