"""Build the tenses corpus: source/batch*.py → NNNN.eml + truth.jsonl, deterministically.

    python tests/corpus/tenses/build.py [--out DIR]

Nobody tunes the reader on this corpus (see LICENCE.md). In every application the deciding fact's place in
time (done, running, to come, would have been) is carried by the verb's tense, mood or a verbal periphrasis,
never by a plain date word alone: the passé composé against the present, the imparfait, the
plus-que-parfait, the passé récent «venir de», the futur proche «aller», the simple future and the futur
antérieur, the conditional, the subjunctive, the progressive periphrases «en train de» / «en cours de», the
narrative present and the passé simple, verbless participles and nominal phrases, or English tenses (the
grid of source/tenses.py); each truth line carries the feature (`feature`) and the fact it carries (`fact`).
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
sys.path.insert(0, str(HERE / "source"))  # tenses.py (N, the grid of tenses)


def build(out: Path, source: Path = HERE / "source") -> int:
    return int(voices_build.build_tagged(out, source, ("feature", "fact")))


if __name__ == "__main__":
    raise SystemExit(voices_build.run(__doc__.splitlines()[0], HERE, build))
