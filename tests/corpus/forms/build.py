"""Build the forms corpus: source/batch*.py → NNNN.eml + truth.jsonl, deterministically.

    python tests/corpus/forms/build.py [--out DIR]

Nobody tunes the reader on this corpus (see LICENCE.md). Each of its 200 messages was given FIRST the shape
of a form, a questionnaire, a template or a structured record, drawn from a grid of twelve keys fixed before
any message (source/forms.py: the applicant's own labelled fields, ticked boxes, the programme's questions
quoted and answered, a website's contact-form notification, an adviser's referral sheet, a school's careers
office template, a job board's relayed application, a table, a self-check against the criteria, numbered
answers, the same shapes in English, and mail with a form's shape that is no application); its deciding fact
is carried by that shape (a field, a box, an answer, a cell, a note beside a field). Each message is labelled
by what it says on one reading day, TODAY = 2026-11-26, read alone (no `read_on`, like the inbox corpus). Each
truth line carries the shape (`feature`), the fact that decides (`fact`) and the person writing (`person`).
Everything else (MIME, HTML bodies, attached CVs, Message-IDs, delivery reports, the November dates «DD
HH:MM», the refusal of a label that contradicts the rules, the command line) is the voices corpus's builder,
`../voices/build.py`.
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
sys.path.insert(0, str(HERE / "source"))  # forms.py (N, the grid of twelve shapes)


def build(out: Path, source: Path = HERE / "source") -> int:
    return int(voices_build.build_tagged(out, source, ("feature", "fact", "person")))


if __name__ == "__main__":
    raise SystemExit(voices_build.run(__doc__.splitlines()[0], HERE, build))
