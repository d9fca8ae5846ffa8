"""Build the attitudes corpus: source/batch*.py → NNNN.eml + truth.jsonl, deterministically.

    python tests/corpus/attitudes/build.py [--out DIR]

Nobody tunes the reader on this corpus (see LICENCE.md). Every message is written in an ATTITUDE chosen
FIRST from a grid of twelve (source/attitudes.py): pride, modesty, hedging, complaint, irony, enthusiasm,
anxiety, regret, defiance, humour, gratitude and politeness, or the same in English; the deciding fact is
carried through the writer's stance toward it (boasted, minimised, hedged, complained about, said ironically,
feared, regretted, defended, joked about, buried in formulas), and a reader must see through the stance to the
fact; each truth line carries the attitude (`feature`) and the fact its words decide (`fact`). Everything
else (MIME, HTML-only bodies, attached CVs and their file names, Message-IDs, the refusal of a label that
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
sys.path.insert(0, str(HERE / "source"))  # attitudes.py (N, the grid of attitudes)


def build(out: Path, source: Path = HERE / "source") -> int:
    return int(voices_build.build_tagged(out, source, ("feature", "fact")))


if __name__ == "__main__":
    raise SystemExit(voices_build.run(__doc__.splitlines()[0], HERE, build))
