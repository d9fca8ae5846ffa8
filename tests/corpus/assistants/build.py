"""Build the assistants corpus: source/batch*.py → NNNN.eml + truth.jsonl, deterministically.

    python tests/corpus/assistants/build.py [--out DIR]

Nobody tunes the reader on this corpus (see LICENCE.md). Every message is given FIRST the tool or template
that drafted or shaped it, chosen from a grid of twelve (source/assistants.py): a chat assistant's cover
letter, a draft sent with its slots unfilled, the person's prompt or the assistant's preamble pasted in, a
rough note and its «improved» version, raw markdown, a job site's letter template barely adapted, a form
builder's notification, a register rewritten (formal, short, friendly), the mail client's own assistant, an
AI agent writing on the person's behalf, the same tools in English, and other mail that machines drafted —
and the deciding fact is carried through what that tool does to a person's facts (it smooths, generalises,
embellishes, nominalises, leaves slots, adds its own preamble, structures in markdown). The label follows
what the person means about themselves, not the tool's stock words. Each truth line carries the tool
(`feature`) and the fact that decides (`fact`). Everything else (MIME, HTML bodies, attached CVs,
Message-IDs, delivery reports, the refusal of a label that contradicts the rules, the command line) is the
voices corpus's builder, `../voices/build.py`: this corpus needs no post-processing of its own.
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
sys.path.insert(0, str(HERE / "source"))  # assistants.py (N, the grid of tools)


def build(out: Path, source: Path = HERE / "source") -> int:
    return int(voices_build.build_tagged(out, source, ("feature", "fact")))


if __name__ == "__main__":
    raise SystemExit(voices_build.run(__doc__.splitlines()[0], HERE, build))
