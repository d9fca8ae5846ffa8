"""The reader on the contrast corpus: the usual scores plus CONSISTENCY, the share of contrast groups
(a base message and its minimal edits, tests/corpus/contrast) where every member is read right.

    python bench/score_contrast.py [RESULTS.jsonl] [--show N] [--corpus registers]

`--corpus` names another corpus of groups (truth lines carrying `group`): tests/corpus/registers holds
invariance sets, the same facts told in three registers, whose members must all be read alike.

Without RESULTS it runs `propulse extract --today 2026-11-26` on the corpus. A member is right when its kind
matches and, for an application, its verdict matches. A reader that answers the same thing whatever the edit
fails the groups whose edits move the label; consistency measures that the answer changes exactly when the
meaning does (Gardner et al. 2020, contrast sets). Nobody tunes on this corpus (see its LICENCE.md).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))

from corpora import corpus_named  # noqa: E402
from score import kind_matches, parse_results, read_results, report, score  # noqa: E402
from score_corpora import extract  # noqa: E402


def member_right(truth: dict[str, Any], result: dict[str, Any]) -> bool:
    if not kind_matches(truth["kind"], result.get("kind")):
        return False
    if truth["kind"] != "application":
        return True
    return (result.get("eligibility") or {}).get("verdict") == truth["verdict"]


def consistency(corpus: Path, results: dict[str, dict[str, Any]]) -> tuple[int, int]:
    """(groups where every member is right, groups)."""
    right: dict[str, bool] = defaultdict(lambda: True)
    for line in (corpus / "truth.jsonl").read_text(encoding="utf-8").splitlines():
        truth = json.loads(line)
        right[truth["group"]] &= member_right(truth, results.get(truth["file"], {}))
    return sum(right.values()), len(right)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("results", type=Path, nargs="?", help="extract output; default: run extract")
    parser.add_argument("--show", type=int, default=0, help="also print up to N mistakes")
    parser.add_argument("--corpus", default="contrast", help="a corpus whose truth lines name their `group`")
    args = parser.parse_args()
    corpus = corpus_named(args.corpus).directory
    results = read_results(args.results) if args.results else parse_results(extract(corpus))
    print(report(score(corpus, results), args.show))
    whole, groups = consistency(corpus, results)
    print(f"consistency (groups read right in every member): {whole}/{groups} = {whole / max(1, groups):.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
