"""Build the identities corpus: source/batch*.py → NNNN.eml + truth.jsonl, deterministically.

    python tests/corpus/identities/build.py [--out DIR]

Nobody tunes the reader on this corpus (see LICENCE.md). Every message is given FIRST the way its writer
names herself and gives her contacts, chosen from a grid of twelve (source/identities.py): compound first
names, several surnames and particles, the family name first, a name in the closing only, a mailbox that is
not the person's, usage and chosen names, phones of every form, addresses given in the body, names of the
world, a third party writing, English identities, and other mail full of names. The label's first name, last
name, email and phone follow each key's RULE; its eligibility facts are written as ordinary mail. Each truth
line carries the way (`feature`) and the fact that decides (`fact`). Everything else (MIME, HTML bodies,
attached CVs, Message-IDs, delivery reports, the refusal of a label that contradicts the rules, the command
line) is the voices corpus's builder, `../voices/build.py`: this corpus needs no post-processing of its own.
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
sys.path.insert(0, str(HERE / "source"))  # identities.py (N, the grid of ways to name oneself)


def build(out: Path, source: Path = HERE / "source") -> int:
    return int(voices_build.build_tagged(out, source, ("feature", "fact")))


if __name__ == "__main__":
    raise SystemExit(voices_build.run(__doc__.splitlines()[0], HERE, build))
