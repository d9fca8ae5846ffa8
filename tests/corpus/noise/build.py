"""Build the noise corpus: source/batch*.py → NNNN.eml + truth.jsonl, deterministically.

    python tests/corpus/noise/build.py [--out DIR]

Nobody tunes the reader on this corpus (see LICENCE.md). Each message writes its deciding fact under one
kind of surface noise chosen first from a grid (typos, no accents, SMS spelling, voice dictation, capitals,
autocorrect, franglais, OCR, copy-paste artefacts, emoji, run-on text, abbreviations, odd dates); each truth
line carries the noise (`noise`) and the fact it covers (`stated`). Everything else (MIME, attached CVs,
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
sys.path.insert(0, str(HERE / "source"))  # noise.py (N, the grid of noise)


def build(out: Path, source: Path = HERE / "source") -> int:
    return int(voices_build.build_tagged(out, source, ("noise", "stated")))


if __name__ == "__main__":
    raise SystemExit(voices_build.run(__doc__.splitlines()[0], HERE, build))
