"""Build the genres corpus: source/batch*.py → NNNN.eml + truth.jsonl, deterministically.

    python tests/corpus/genres/build.py [--out DIR]

Nobody tunes the reader on this corpus (see LICENCE.md). Every application is written as (or mostly made
of) a text of ANOTHER GENRE than a plain email, chosen first from a grid of twelve (source/genres.py): a
formal cover letter pasted in the body, a professional-network profile pasted, a plain-text CV in the body, a
web form relayed by a mailer, a chat or SMS transcript, an automatic voicemail transcription, an adviser's
note about the person, an official certificate pasted or forwarded, a reply quoting a job or programme ad, a
third-person bio, a timeline, or the same genres in English; each truth line carries the genre (`feature`)
and the fact its words carry (`fact`). Everything else (MIME, HTML-only bodies, attached CVs and their file
names, Message-IDs, the refusal of a label that contradicts the rules, the command line) is the voices
corpus's builder, `../voices/build.py`.
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
sys.path.insert(0, str(HERE / "source"))  # genres.py (N, the grid of genres)


def build(out: Path, source: Path = HERE / "source") -> int:
    return int(voices_build.build_tagged(out, source, ("feature", "fact")))


if __name__ == "__main__":
    raise SystemExit(voices_build.run(__doc__.splitlines()[0], HERE, build))
