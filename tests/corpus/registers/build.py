"""Build the registers corpus: source/batch*.py → NNNNx.eml + truth.jsonl, deterministically.

    python tests/corpus/registers/build.py [--out DIR]

Nobody tunes the reader on this corpus (see LICENCE.md). Each source lists SETS: one set of facts told three
times in three registers (invariance sets); a set's files share a stem (0012a, 0012b, 0012c) and each truth
line names its `group` and `register`. Everything else (MIME, Message-IDs, the refusal of a label that
contradicts the rules, the command line) is done by the voices corpus's builder, `../voices/build.py`.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
VOICES_BUILD = HERE.parent / "voices" / "build.py"
_spec = importlib.util.spec_from_file_location("voices_build", VOICES_BUILD)
assert _spec and _spec.loader
voices_build = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(voices_build)  # also puts the voices kit on sys.path for source/batch*.py
sys.path.insert(0, str(HERE / "source"))  # registers.py (Told, told, but)

from registers import label_of_the_set  # noqa: E402

LETTERS = "abc"


def truth_lines(out: Path, source: Path) -> Iterator[str]:
    """Write each telling of each set to ``out``; yield its truth line, with its `group` and `register`."""
    for g, told in enumerate(voices_build.load_messages(source, "SETS"), start=1):
        labels = {label_of_the_set(m.truth) for _, m in told.tellings}
        assert len(labels) == 1, f"set {g:04d} ({told.facts}): its tellings disagree: {labels}"
        for k, (register, m) in enumerate(told.tellings):
            name, group = f"{g:04d}{LETTERS[k]}.eml", f"{g:04d}"
            yield voices_build.write_message(out, name, g * 10 + k, m, group=group, register=register)


def build(out: Path, source: Path = HERE / "source") -> int:
    voices_build.clear(out, "*.eml")
    return int(voices_build.write_truth(out, list(truth_lines(out, source))))


if __name__ == "__main__":
    raise SystemExit(voices_build.run(__doc__.splitlines()[0], HERE, build))
