"""Build the francophonies corpus: source/batch*.py → NNNN.eml + truth.jsonl, deterministically.

    python tests/corpus/francophonies/build.py [--out DIR]

Nobody tunes the reader on this corpus (see LICENCE.md). Every message is written in a VARIETY OF FRENCH
chosen FIRST from a grid of twelve (source/francophonies.py): Belgium, Switzerland, Québec and Canada, West
Africa, Central Africa, the Maghreb, the Indian Ocean, the Caribbean, the regions of metropolitan France, the
Pacific and other overseas territories, code-switching between French and another language, and English
written by francophones of these places; the deciding fact is said in that variety's own words (septante-cinq,
«je suis aux études», «le défendu», «service civil», «mon bac» for a bachelor's…); each truth line carries the
variety (`feature`) and the fact its words decide (`fact`). Everything else (MIME, HTML-only bodies, attached
CVs and their file names, Message-IDs, the refusal of a label that contradicts the rules, the command line) is
the voices corpus's builder, `../voices/build.py`.
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
sys.path.insert(0, str(HERE / "source"))  # francophonies.py (N, the grid of varieties)


def build(out: Path, source: Path = HERE / "source") -> int:
    return int(voices_build.build_tagged(out, source, ("feature", "fact")))


if __name__ == "__main__":
    raise SystemExit(voices_build.run(__doc__.splitlines()[0], HERE, build))
