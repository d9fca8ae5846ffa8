"""Build the circumstances corpus: source/batch*.py → NNNN.eml + truth.jsonl, deterministically.

    python tests/corpus/circumstances/build.py [--out DIR]

Nobody tunes the reader on this corpus (see LICENCE.md). Every message is written around a CIRCUMSTANCE of
the applicant's life chosen FIRST from a grid of twelve (source/circumstances.py): a health condition or a
disability, caring for someone, papers and residence, money and side jobs, housing and transport, a schedule
or an availability, parenthood, age and the path taken, a learning or neurological difference, family
abroad and its obligations, volunteering and commitments, or the same in English; the deciding fact sits
among facts about that circumstance which look like the criteria's facts (a side job, a training of a few
days, a student residence permit, a bénévolat, a birth's date) and are not, or are; each truth line carries
the circumstance (`feature`) and the fact its words decide (`fact`). Everything else (MIME, HTML-only bodies,
attached CVs and their file names, Message-IDs, the refusal of a label that contradicts the rules, the
command line) is the voices corpus's builder, `../voices/build.py`.
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
sys.path.insert(0, str(HERE / "source"))  # circumstances.py (N, the grid of circumstances)


def build(out: Path, source: Path = HERE / "source") -> int:
    return int(voices_build.build_tagged(out, source, ("feature", "fact")))


if __name__ == "__main__":
    raise SystemExit(voices_build.run(__doc__.splitlines()[0], HERE, build))
