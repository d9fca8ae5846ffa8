"""Build the translations corpus: source/batch*.py → NNNN.eml + truth.jsonl, deterministically.

    python tests/corpus/translations/build.py [--out DIR]

Nobody tunes the reader on this corpus (see LICENCE.md). Every message is given FIRST the language it was
thought or first written in and the route by which it came into French or English, chosen from a grid of
twelve (source/translations.py): a machine translation from Spanish, Portuguese, Arabic, German or Dutch,
English (into French), French (into English) or another language, a translation followed by its original, a
relative's or volunteer's translation with notes, a half translation that left words in the source language,
a translated CV or diploma attestation, and other mail that went through a translator — and the deciding fact
is carried through that route: a false friend («carrière» for *carrera* = studies, «pratiques» for
*prácticas* = an internship), a calque, a source-language word left as it stood. The label follows what the
person means, not the false friend's French sense. Each truth line carries the route (`feature`) and the fact
that decides (`fact`). Everything else (MIME, HTML bodies, attached CVs, Message-IDs, delivery reports, the
refusal of a label that contradicts the rules, the command line) is the voices corpus's builder,
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
sys.path.insert(0, str(HERE / "source"))  # translations.py (N, the grid of routes)


def build(out: Path, source: Path = HERE / "source") -> int:
    return int(voices_build.build_tagged(out, source, ("feature", "fact")))


if __name__ == "__main__":
    raise SystemExit(voices_build.run(__doc__.splitlines()[0], HERE, build))
