"""Build the answers corpus: source/batch*.py → NNNN.eml + truth.jsonl, deterministically.

    python tests/corpus/answers/build.py [--out DIR]

Nobody tunes the reader on this corpus (see LICENCE.md). Each message answers the programme's own call
(its website page, a flyer, a numbered list of conditions, a France Travail listing, an English version —
the constants of source/answers.py): the criteria's words stand in nearly every mail, quoted, listed,
pasted or restated, and the deciding fact sits in the applicant's answer, carried through one answering
feature chosen first from a grid (quoted reply, checklist marks, yes/no answers, a filled form, a table,
numbered points, the call pasted, the call forwarded, exceptions claimed, self-assessment, an English form,
an attached form); each truth line carries the feature (`feature`) and the fact it carries (`fact`).
Everything else (MIME, attached CVs, Message-IDs, the refusal of a label that contradicts the rules, the
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
sys.path.insert(0, str(HERE / "source"))  # answers.py (N, the grid of answering features, the call)


def build(out: Path, source: Path = HERE / "source") -> int:
    return int(voices_build.build_tagged(out, source, ("feature", "fact")))


if __name__ == "__main__":
    raise SystemExit(voices_build.run(__doc__.splitlines()[0], HERE, build))
