"""Build the lengths corpus: source/batch*.py → NNNN.eml + truth.jsonl, deterministically.

    python tests/corpus/lengths/build.py [--out DIR]

Nobody tunes the reader on this corpus (see LICENCE.md). Every message is given FIRST a length and a form of
length, chosen from a grid of twelve (source/lengths.py): a subject and nothing else, one line, telegraphic
fragments, a short note pointing to an attached CV, a short English note — or a life story of 500–1000 words,
a formal cover letter, a whole CV pasted into the body, a mail raising many practical matters, a long mail
whose postscript changes a fact, a long digressive mail full of other people's situations, a long English
text — and the deciding fact sits where that length puts it: among the few words of a mail that says almost
nothing else, or once in the middle of a long text full of other facts. The label follows what the person
wrote and means; the length never changes a fact. Each truth line carries the form of length (`feature`) and
the fact that decides (`fact`). Everything else (MIME, HTML bodies, attached CVs, Message-IDs, delivery
reports, the refusal of a label that contradicts the rules, the command line) is the voices corpus's builder,
`../voices/build.py`: this corpus needs no post-processing of its own.
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
sys.path.insert(0, str(HERE / "source"))  # lengths.py (N, the grid of lengths)


def build(out: Path, source: Path = HERE / "source") -> int:
    return int(voices_build.build_tagged(out, source, ("feature", "fact")))


if __name__ == "__main__":
    raise SystemExit(voices_build.run(__doc__.splitlines()[0], HERE, build))
