"""Build the lives corpus: source/batch*.py → NNNN.eml + truth.jsonl, deterministically.

    python tests/corpus/lives/build.py [--out DIR]

Nobody tunes the reader on this corpus (see LICENCE.md). Each message was narrated by hand from a life card
that a seeded generator drew (`source/lives.py`); its label is the oracle's, computed from the card and what
the card says the person tells, never from the text or the reader. Each truth line carries the card's
pattern (`life`), how many facts interplay in it (`facts`) and its number (`card`). Everything else (MIME,
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
sys.path.insert(0, str(HERE / "source"))  # lives.py (the cards, the oracle and L)


def build(out: Path, source: Path = HERE / "source") -> int:
    return int(voices_build.build_tagged(out, source, ("life", "facts", "card")))


if __name__ == "__main__":
    raise SystemExit(voices_build.run(__doc__.splitlines()[0], HERE, build))
