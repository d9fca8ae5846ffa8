"""Build the spoken corpus: source/batch*.py → NNNN.eml + truth.jsonl, deterministically.

    python tests/corpus/spoken/build.py [--out DIR]

Nobody tunes the reader on this corpus (see LICENCE.md). Every message is given FIRST the way the person's
speech became its text, chosen from a grid of twelve (source/spoken.py): dictated to the phone keyboard, the
spoken punctuation written as words, recognition errors on homophones, oral French as said, spoken repairs
left in, a voicemail-to-email, a voice note transcribed by an app, a call's captions, words said aloud to
someone who typed them, dates and levels as people say them, the same in English, and other mail composed by
voice — and the deciding fact is carried through what that way does to a person's spoken words (no
punctuation, numbers as the recogniser picks them, homophones, fillers, oral syntax, repairs, speaker turns,
«[inaudible]»). The label follows what the person means about themselves, as it can be heard back. Each truth
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
sys.path.insert(0, str(HERE / "source"))  # spoken.py (N, the grid of ways speech becomes text)


def build(out: Path, source: Path = HERE / "source") -> int:
    return int(voices_build.build_tagged(out, source, ("feature", "fact")))


if __name__ == "__main__":
    raise SystemExit(voices_build.run(__doc__.splitlines()[0], HERE, build))
