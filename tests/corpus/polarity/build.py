"""Build the polarity corpus: source/batch*.py → NNNN.eml + truth.jsonl, deterministically.

    python tests/corpus/polarity/build.py [--out DIR]

Nobody tunes the reader on this corpus (see LICENCE.md). In every application the deciding fact is turned or
bounded by an operator of polarity, aspect or quantity, so that the bare words alone say the opposite or too
much: a plain negation, a cessation (ne…plus, no longer), a «not yet», a continuation (toujours, still), an
«already», a «never», a restriction or an exception (ne…que, sauf, only), a «neither…nor», a «sans» (without),
a negative quantifier (aucun, rien, none), a matter of scope and modality (double negation, litotes, negated
modals and verbs of thought, «non pas X mais Y»), or the same operators in English (the grid of
source/polarity.py); each truth line carries the feature (`feature`) and the fact it carries (`fact`).
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
sys.path.insert(0, str(HERE / "source"))  # polarity.py (N, the grid of operators)


def build(out: Path, source: Path = HERE / "source") -> int:
    return int(voices_build.build_tagged(out, source, ("feature", "fact")))


if __name__ == "__main__":
    raise SystemExit(voices_build.run(__doc__.splitlines()[0], HERE, build))
