"""Build the senses corpus: source/batch*.py → NNNN.eml + truth.jsonl, deterministically.

    python tests/corpus/senses/build.py [--out DIR]

Nobody tunes the reader on this corpus (see LICENCE.md). Each message carries a trap chosen first: a word of
the programme's criteria (stage, service civique, reconversion, master, licence, bac, promo, CDI, mission,
alternance, ESS, diplôme, a date, volontaire) used in another sense, of another person, or in its true sense
for contrast; each truth line carries the family (`trap`) and the sense (`trap_sense`). Everything else
(MIME, attached CVs, Message-IDs, the refusal of a label that contradicts the rules, the command line) is the
voices corpus's builder, `../voices/build.py`.
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
sys.path.insert(0, str(HERE / "source"))  # senses.py (S, the list of trap families and senses)


def build(out: Path, source: Path = HERE / "source") -> int:
    return int(voices_build.build_tagged(out, source, ("trap", "trap_sense")))


if __name__ == "__main__":
    raise SystemExit(voices_build.run(__doc__.splitlines()[0], HERE, build))
