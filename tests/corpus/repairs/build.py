"""Build the repairs corpus: source/batch*.py → NNNN.eml + truth.jsonl, deterministically.

    python tests/corpus/repairs/build.py [--out DIR]

Nobody tunes the reader on this corpus (see LICENCE.md). Every application states its deciding fact (the
diploma's level or date, whether studies, an internship, a service civique or a job are over or running,
whether a career came before, whether the ESS search is now and where) and then the writer REPAIRS it, in a
way chosen FIRST from a grid of twelve (source/repairs.py): inside the sentence, in a bracket or a dash, in a
PS, struck through in HTML, by a retraction, a narrowing, an upgrade, a renaming, by correcting what someone
else says, by a repair of a repair, by a hedged repair, or the same in English — and the label follows what
the writer finally means; each truth line carries the repair (`feature`) and the fact it settles (`fact`).
Everything else (MIME, HTML-only bodies, attached CVs and their file names, Message-IDs, the refusal of a
label that contradicts the rules, the command line) is the voices corpus's builder, `../voices/build.py`.
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
sys.path.insert(0, str(HERE / "source"))  # repairs.py (N, the grid of repairs)


def build(out: Path, source: Path = HERE / "source") -> int:
    return int(voices_build.build_tagged(out, source, ("feature", "fact")))


if __name__ == "__main__":
    raise SystemExit(voices_build.run(__doc__.splitlines()[0], HERE, build))
