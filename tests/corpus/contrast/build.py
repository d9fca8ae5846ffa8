"""Build the contrast corpus: source/batch*.py → NNNNx.eml + truth.jsonl, deterministically.

    python tests/corpus/contrast/build.py [--out DIR]

Nobody tunes the reader on this corpus (see LICENCE.md). Each source lists GROUPS: a base message and its
minimal edits (contrast sets); a group's files share a stem (0012a, 0012b, 0012c) and each truth line names
its `group` and the `change` made. The MIME wrapping, the CV documents and the check that refuses a
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
sys.path.insert(0, str(HERE / "source"))  # contrast.py (Group, edit)

LETTERS = "abcdefgh"


def build(out: Path, source: Path = HERE / "source") -> int:
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.eml"):
        old.unlink()
    lines = []
    for g, group in enumerate(voices_build.load_messages(source, "GROUPS"), start=1):
        members = [("base", group.base), *group.variants]
        for k, (change, m) in enumerate(members):
            name = f"{g:04d}{LETTERS[k]}.eml"
            voices_build.check_truth(name, m)
            mid, raw = voices_build.message_bytes(g * 10 + k, m)
            (out / name).write_bytes(raw)
            line = json.loads(voices_build.truth_line(name, mid, m))
            lines.append(json.dumps({**line, "group": f"{g:04d}", "change": change}, ensure_ascii=False))
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
