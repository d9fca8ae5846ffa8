"""Build the fresh corpus: source/batch*.py → NNNN.eml + truth.jsonl, deterministically.

    python tests/corpus/fresh/build.py [--out DIR]

Nobody tunes the reader on this corpus (see LICENCE.md). The messages are made channel first
(`source/channels.py`: the website's forms, forwards, replies in our threads, phones…) and filled by hand; the
MIME wrapping, the CV documents and the check that refuses a self-contradicting label are the voices corpus's
own (`../voices/build.py`, `../voices/source/kit.py`): one copy of that code, used here with these sources.
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
sys.path.insert(0, str(HERE / "source"))  # the channel templates (channels.py)


def main() -> int:
    return int(voices_build.run(__doc__.splitlines()[0], HERE))


if __name__ == "__main__":
    raise SystemExit(main())
