"""The reader's scores on every labelled corpus at hand, one table row per corpus.

    python bench/score_corpora.py [--show N] [--keep DIR]

Runs `propulse extract --today 2026-11-26` (or each message's own reading day, `read_on`) on every corpus of
bench/corpora.py (tests/corpus/*, each with its method in its LICENCE.md; bench/score_contrast.py adds the
contrast corpus's consistency figure) and on ../shared/corpus/dev when present (template-generated), scores
each with bench/score.py and prints a Markdown table: kind, fields, verdict, false rejections, false
acceptances. The README quotes it. Not a test: the floors live beside each corpus in bench/corpora.py;
tests/test_corpus_scores.py holds them.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))

from corpora import CORPORA, DEV, reading_days  # noqa: E402
from score import parse_results, report, score  # noqa: E402


def propulse_command() -> list[str]:
    beside = Path(sys.executable).with_name("propulse")
    if beside.exists():
        return [str(beside)]
    found = shutil.which("propulse")
    if found is None:
        raise SystemExit("propulse introuvable : installez le projet (make venv) / propulse not installed")
    return [found]


def extract(corpus: Path) -> str:
    """The reader's output on every message of `corpus`, each read on its own reading day."""
    outputs = []
    for day, paths in reading_days(corpus).items():
        done = subprocess.run(
            [*propulse_command(), "extract", "--today", day, *map(str, paths)],
            cwd=REPO,
            capture_output=True,
            text=True,
            check=True,
        )
        outputs.append(done.stdout)
    return "".join(outputs)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=0, help="also print each corpus's report with N mistakes")
    parser.add_argument("--keep", type=Path, help="write each corpus's extract output to DIR/<corpus>.jsonl")
    parser.add_argument(
        "--only",
        action="append",
        default=[],
        metavar="NAME",
        choices=[c.name for c in (*CORPORA, DEV)],
        help="score only this corpus; tuners leave out the unseen",
    )
    args = parser.parse_args()
    rows = []
    for corpus in (*CORPORA, DEV):
        if args.only and corpus.name not in args.only:
            continue
        if not (corpus.directory / "truth.jsonl").exists():
            continue
        output = extract(corpus.directory)
        if args.keep:
            args.keep.mkdir(parents=True, exist_ok=True)
            (args.keep / f"{corpus.name}.jsonl").write_text(output, encoding="utf-8")
        s = score(corpus.directory, parse_results(output))
        if args.show:
            print(f"## {corpus.label}\n{report(s, args.show)}\n")
        rows.append(
            f"| {corpus.label}, {s.messages} | {s.kind:.3f} | {s.fields:.3f} | {s.verdict:.3f} | "
            f"{s.false_reject} | {s.false_accept} |"
        )
    print("| corpus, messages | kind | fields | verdict | false rejections | false acceptances |")
    print("|---|---|---|---|---|---|")
    print("\n".join(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
