"""Build the registers corpus: source/batch*.py → NNNNx.eml + truth.jsonl, deterministically.

    python tests/corpus/registers/build.py [--out DIR]

Nobody tunes the reader on this corpus (see LICENCE.md). Each source lists SETS: one set of facts told three
times in three registers (invariance sets); a set's files share a stem (0012a, 0012b, 0012c) and each truth
line names its `group` and `register`. The MIME wrapping, the CV documents and the check that refuses a
self-contradicting label are the voices corpus's own (`../voices/build.py`): one copy of that code.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("voices_build", HERE.parent / "voices" / "build.py")
assert _spec and _spec.loader
voices_build = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(voices_build)  # also puts the voices kit on sys.path for source/batch*.py
sys.path.insert(0, str(HERE / "source"))  # registers.py (Told, told, but)

from registers import label_of_the_set  # noqa: E402

LETTERS = "abc"


def build(out: Path, source: Path = HERE / "source") -> int:
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.eml"):
        old.unlink()
    lines = []
    for g, told in enumerate(voices_build.load_messages(source, "SETS"), start=1):
        labels = {label_of_the_set(m.truth) for _, m in told.tellings}
        assert len(labels) == 1, f"set {g:04d} ({told.facts}): its tellings disagree: {labels}"
        for k, (register, m) in enumerate(told.tellings):
            name = f"{g:04d}{LETTERS[k]}.eml"
            voices_build.check_truth(name, m)
            mid, raw = voices_build.message_bytes(g * 10 + k, m)
            (out / name).write_bytes(raw)
            line = json.loads(voices_build.truth_line(name, mid, m))
            lines.append(json.dumps({**line, "group": f"{g:04d}", "register": register}, ensure_ascii=False))
    (out / "truth.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=HERE)
    args = parser.parse_args()
    count = build(args.out)
    print(f"{count} messages written to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
