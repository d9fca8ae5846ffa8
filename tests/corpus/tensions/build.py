"""Build the tensions corpus: source/batch*.py → NNNN.eml + truth.jsonl, deterministically.

    python tests/corpus/tensions/build.py [--out DIR]

Nobody tunes the reader on this corpus (see LICENCE.md). Every application is written around a TENSION chosen
FIRST from a grid of twelve (source/tensions.py): two facts the writer tells plainly that pull the verdict
opposite ways — years of a trade and a recent degree, a diploma finished and something enrolled in since, a
degree and an internship after it, a degree and a service civique, two diplomas of two levels and two dates,
a job held now and a search, an ESS aim and another aim, every exam passed and a jury still ahead, a level
claimed and the title named, two dates for one diploma, the writer's own word and an administrative status,
or the same in English — and the programme's rules settle which one holds; each truth line carries the
tension (`feature`) and the fact it turns on (`fact`). Everything else (MIME, HTML-only bodies, attached CVs
and their file names, Message-IDs, the refusal of a label that contradicts the rules, the command line) is
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
sys.path.insert(0, str(HERE / "source"))  # tensions.py (N, the grid of tensions)


def build(out: Path, source: Path = HERE / "source") -> int:
    return int(voices_build.build_tagged(out, source, ("feature", "fact")))


if __name__ == "__main__":
    raise SystemExit(voices_build.run(__doc__.splitlines()[0], HERE, build))
