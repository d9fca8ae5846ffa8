"""Build the asking corpus: source/batch*.py → NNNN.eml + truth.jsonl, deterministically.

    python tests/corpus/asking/build.py [--out DIR]

Nobody tunes the reader on this corpus (see LICENCE.md). Every message ASKS the programme something, the
way of asking chosen FIRST from a grid of twelve (source/asking.py): a yes/no question with a presupposition,
a condition «si…», a «sachant que / vu que / given that» clause, an indirect question, a hypothetical (no
fact), a request for an exception, a list of questions, a self-check criterion by criterion, a question tag,
a «how do I apply» with facts in passing, a third party asking for someone, or the same in English; an
application's facts are carried INSIDE the asking; each truth line carries the way (`feature`) and the fact
its words decide (`fact`). Everything else (MIME, HTML-only bodies, attached CVs and their file names,
Message-IDs, the refusal of a label that contradicts the rules, the command line) is the voices corpus's
builder, `../voices/build.py`.
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
sys.path.insert(0, str(HERE / "source"))  # asking.py (N, the grid of ways of asking)


def build(out: Path, source: Path = HERE / "source") -> int:
    return int(voices_build.build_tagged(out, source, ("feature", "fact")))


if __name__ == "__main__":
    raise SystemExit(voices_build.run(__doc__.splitlines()[0], HERE, build))
