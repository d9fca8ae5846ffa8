"""Build the occasions corpus: source/batch*.py → NNNN.eml + truth.jsonl, deterministically.

    python tests/corpus/occasions/build.py [--out DIR]

Nobody tunes the reader on this corpus (see LICENCE.md). Every message is written on an OCCASION chosen
FIRST from a grid of twelve (source/occasions.py): a plain first mail, after a meeting (a forum, a salon, an
info session), after a phone call, a relance of an application left unanswered, a situation that changed, a
new application after a refusal, a recommendation, an answer to a post, a deadline or a cohort's start, a move
or a life event, several programmes at once, or the same in English; the facts come in the way the occasion
brings them (updated, dated by the occasion, beside a recommender's); each truth line carries the occasion
(`feature`) and the fact its words decide (`fact`). Everything else (MIME, HTML-only bodies, attached CVs and
their file names, Message-IDs, the refusal of a label that contradicts the rules, the command line) is the
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
sys.path.insert(0, str(HERE / "source"))  # occasions.py (N, the grid of occasions)


def build(out: Path, source: Path = HERE / "source") -> int:
    return int(voices_build.build_tagged(out, source, ("feature", "fact")))


if __name__ == "__main__":
    raise SystemExit(voices_build.run(__doc__.splitlines()[0], HERE, build))
