"""Build the sectors corpus: source/batch*.py → NNNN.eml + truth.jsonl, deterministically.

    python tests/corpus/sectors/build.py [--out DIR]

Nobody tunes the reader on this corpus (see LICENCE.md). Every application is set, FIRST, in one field of
the social and solidarity economy (or next to it) chosen from a grid of twelve sectors (source/sectors.py):
insertion par l'activité économique, médico-social, animation and éducation populaire, culture, environment,
food and agriculture, housing, solidarity finance, international solidarity, cooperatives and social
entrepreneurship, digital inclusion and communication, or the same sectors in English; the person's facts
(diploma, situation, past jobs, aim) are said in THAT sector's own words — its diplomas and titles, its
trades, its employers and structures, its schemes; each truth line carries the sector (`feature`) and the
fact its words decide (`fact`). Everything else (MIME, HTML-only bodies, attached CVs and their file names,
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
sys.path.insert(0, str(HERE / "source"))  # sectors.py (N, the grid of sectors)


def build(out: Path, source: Path = HERE / "source") -> int:
    return int(voices_build.build_tagged(out, source, ("feature", "fact")))


if __name__ == "__main__":
    raise SystemExit(voices_build.run(__doc__.splitlines()[0], HERE, build))
