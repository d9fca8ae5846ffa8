"""The reader's scores on every labelled corpus at hand, one table row per corpus.

    python bench/score_corpora.py [--show N] [--keep DIR]

Runs `propulse extract --today 2026-11-26` on tests/corpus/voices (written message by message, see its
LICENCE.md), on tests/corpus/holdout (written from persona cards, tuned on from stop 20), on
tests/corpus/fresh (written channel first, tuned on from stop 20), on tests/corpus/contrast (contrast
sets, never tuned on; bench/score_contrast.py adds its consistency figure), on tests/corpus/documents
(documents first, never tuned on) and on ../shared/corpus/dev when
present (template-generated), scores each with bench/score.py
and prints a Markdown table: kind, fields, verdict, false rejections, false acceptances. The README quotes it.
Not a test: the floors live in tests/test_corpus_scores.py.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))

from score import parse_results, report, score  # noqa: E402

TODAY = "2026-11-26"
CORPORA = {
    "voices (tests/corpus/voices, written one by one)": REPO / "tests" / "corpus" / "voices",
    "holdout (tests/corpus/holdout, tuned on from stop 20)": REPO / "tests" / "corpus" / "holdout",
    "fresh (tests/corpus/fresh, tuned on from stop 20)": REPO / "tests" / "corpus" / "fresh",
    "contrast (tests/corpus/contrast, contrast sets, never tuned on)": REPO / "tests" / "corpus" / "contrast",
    "documents (tests/corpus/documents, documents first, never tuned on)": REPO
    / "tests"
    / "corpus"
    / "documents",
    "dev (../shared/corpus/dev, template-generated)": REPO.parent / "shared" / "corpus" / "dev",
}


def propulse_command() -> list[str]:
    beside = Path(sys.executable).with_name("propulse")
    if beside.exists():
        return [str(beside)]
    found = shutil.which("propulse")
    if found is None:
        raise SystemExit("propulse introuvable : installez le projet (make venv) / propulse not installed")
    return [found]


def extract(corpus: Path) -> str:
    files = sorted(str(p) for p in corpus.glob("*.eml"))
    done = subprocess.run(
        [*propulse_command(), "extract", "--today", TODAY, *files],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=0, help="also print each corpus's report with N mistakes")
    parser.add_argument("--keep", type=Path, help="write each corpus's extract output to DIR/<corpus>.jsonl")
    parser.add_argument(
        "--only",
        action="append",
        default=[],
        metavar="NAME",
        help="score only this corpus (voices, holdout, fresh, contrast, documents, dev); tuners leave out the"
        " unseen",
    )
    args = parser.parse_args()
    rows = []
    for label, corpus in CORPORA.items():
        if args.only and corpus.name not in args.only:
            continue
        if not (corpus / "truth.jsonl").exists():
            continue
        output = extract(corpus)
        if args.keep:
            args.keep.mkdir(parents=True, exist_ok=True)
            (args.keep / f"{corpus.name}.jsonl").write_text(output, encoding="utf-8")
        s = score(corpus, parse_results(output))
        if args.show:
            print(f"## {label}\n{report(s, args.show)}\n")
        rows.append(
            f"| {label}, {s.messages} | {s.kind:.3f} | {s.fields:.3f} | {s.verdict:.3f} | {s.false_reject} | "
            f"{s.false_accept} |"
        )
    print("| corpus, messages | kind | fields | verdict | false rejections | false acceptances |")
    print("|---|---|---|---|---|---|")
    print("\n".join(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
