"""Build the implied corpus: source/batch*.py → NNNN.eml + truth.jsonl, deterministically.

    python tests/corpus/implied/build.py [--out DIR]

Nobody tunes the reader on this corpus (see LICENCE.md). Each message leaves its deciding fact unnamed: it is
implied by what comes with it (a ceremony or a document, years of study, an internship's or a service
civique's trappings, a former trade, what is left to pass, the employers named, the acts of a search, a badge
handed back, a money or calendar detail, in English too, or through whoever presents the applicant), one
kind of implication chosen first from a grid; each truth line carries the implication (`implied`) and the
fact it carries (`stated`). Everything else (MIME, attached CVs, Message-IDs, the refusal of a label that
contradicts the rules, the command line) is the voices corpus's builder, `../voices/build.py`.
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
sys.path.insert(0, str(HERE / "source"))  # implied.py (N, the grid of implications)


def build(out: Path, source: Path = HERE / "source") -> int:
    return int(voices_build.build_tagged(out, source, ("implied", "stated")))


if __name__ == "__main__":
    raise SystemExit(voices_build.run(__doc__.splitlines()[0], HERE, build))
