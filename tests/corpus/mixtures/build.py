"""Build the mixtures corpus: source/batch*.py → NNNN.eml + truth.jsonl, deterministically.

    python tests/corpus/mixtures/build.py [--out DIR]

Nobody tunes the reader on this corpus (see LICENCE.md). Every message carries the marks of TWO kinds of mail
at once, in a way chosen FIRST from a grid of twelve (source/mixtures.py): a reply to our newsletter or an
invitation, a forward, a job board's relay, a web form's notification, a bounce quoted in a resend, an
out-of-office wrapped round human words, a question turning into an application, a newcomer in one of our
threads, an unsubscribe with more, a partner's or employer's mail presenting a graduate, human words inside a
machine's envelope, or the same in English — and the label follows what the message is for: who wrote the
words that matter and what they ask. Each truth line carries the mixture (`feature`) and the fact that
decides (`fact`). Everything else (MIME, HTML-only bodies, attached CVs and their file names, Message-IDs,
delivery reports, the refusal of a label that contradicts the rules, the command line) is the voices
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
sys.path.insert(0, str(HERE / "source"))  # mixtures.py (N, the grid of mixtures)


def build(out: Path, source: Path = HERE / "source") -> int:
    return int(voices_build.build_tagged(out, source, ("feature", "fact")))


if __name__ == "__main__":
    raise SystemExit(voices_build.run(__doc__.splitlines()[0], HERE, build))
