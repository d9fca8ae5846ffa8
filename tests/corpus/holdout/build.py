"""Build the holdout corpus: source/batch*.py → NNNN.eml + truth.jsonl, deterministically.

    python tests/corpus/holdout/build.py [--out DIR]

Tuned on from stop 20 (see LICENCE.md). The MIME wrapping, the CV documents and the check
that refuses a self-contradicting label are the voices corpus's own (`../voices/build.py`, `../voices/source/
kit.py`): one copy of that code, used here with this corpus's sources.
"""

from __future__ import annotations

import argparse
import importlib.util
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("voices_build", HERE.parent / "voices" / "build.py")
assert _spec and _spec.loader
voices_build = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(voices_build)  # also puts the voices kit on sys.path for source/batch*.py


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=HERE)
    args = parser.parse_args()
    count = voices_build.build(args.out, HERE / "source")
    print(f"{count} messages written to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
