"""Message by message, what changed between two runs of bench/score_corpora.py kept with `--keep`.

    python bench/compare_runs.py OLD_DIR NEW_DIR [--skip asking,sectors]

Each kept run holds one `<corpus>.jsonl` of `propulse extract` output per corpus. For every message of a
corpus present in both runs, prints the kind, verdict and fields that differ, the verdict marked BETTER or
WORSE against the corpus's truth and FALSE-REJECTION when an eligible person is now read not eligible. A
tuning round is judged by these lines, not only by the table: a better total may hide a new false rejection.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))

from corpora import CORPORA, DEV  # noqa: E402
from score import FIELDS, parse_results, system_fields, truth_fields  # noqa: E402


def read_truth(directory: Path) -> dict[str, dict[str, Any]]:
    lines = (directory / "truth.jsonl").read_text(encoding="utf-8").splitlines()
    return {line["file"]: line for line in (json.loads(text) for text in lines if text.strip())}


def verdict_of(result: dict[str, Any]) -> str | None:
    verdict: str | None = (result.get("eligibility") or {}).get("verdict")
    return verdict


def describe_verdict(before: str | None, after: str | None, truth: str) -> str:
    """«verdict a->b (truth t) BETTER»: BETTER when the new one is right, WORSE when the old one was."""
    tag = "BETTER" if after == truth else ("WORSE" if before == truth else "changed")
    rejected = " FALSE-REJECTION" if truth == "eligible" and after == "not_eligible" else ""
    return f"verdict {before}->{after} (truth {truth}) {tag}{rejected}"


def compare_message(truth: dict[str, Any], before: dict[str, Any], after: dict[str, Any]) -> list[str]:
    changes = []
    if before.get("kind") != after.get("kind"):
        changes.append(f"kind {before.get('kind')}->{after.get('kind')} (truth {truth['kind']})")
    if truth["kind"] != "application":
        return changes
    if verdict_of(before) != verdict_of(after):
        changes.append(describe_verdict(verdict_of(before), verdict_of(after), truth["verdict"]))
    old, new, right = system_fields(before), system_fields(after), truth_fields(truth)
    changes += [f"{k} {old[k]!r}->{new[k]!r} (truth {right[k]!r})" for k in FIELDS if old[k] != new[k]]
    return changes


def compare_runs(old: Path, new: Path, skip: set[str]) -> list[str]:
    directories = {c.name: c.directory for c in (*CORPORA, DEV)}
    lines = []
    for kept in sorted(new.glob("*.jsonl")):
        name = kept.stem
        if name in skip or name not in directories or not (old / kept.name).exists():
            continue
        before = parse_results((old / kept.name).read_text(encoding="utf-8"))
        after = parse_results(kept.read_text(encoding="utf-8"))
        for file, truth in read_truth(directories[name]).items():
            changes = compare_message(truth, before.get(file, {}), after.get(file, {}))
            if changes:
                lines.append(f"{name}/{file}: " + "; ".join(changes))
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("old", type=Path)
    parser.add_argument("new", type=Path)
    parser.add_argument("--skip", default="", help="corpora left out, comma-separated")
    args = parser.parse_args()
    for line in compare_runs(args.old, args.new, {s for s in args.skip.split(",") if s}):
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
