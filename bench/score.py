"""Score `propulse extract` output against a corpus's truth.jsonl (the repository's own copy of the scorer).

    python bench/score.py CORPUS_DIR RESULTS.jsonl [--min-kind X] [--min-field X] [--min-verdict X] [--show N]

Same metrics and output as ../shared/tools/score.py, so figures compare across corpora: kind accuracy,
field accuracy (names, email, phone, bac+N, graduation year), verdict accuracy, false rejections (a truly
eligible person judged not eligible) and false acceptances. The last line reads
'kind=.. fields=.. verdict=.. false_reject=N'. A truth kind `question` needs the system's `question`; a truth
`other` also accepts `question` (a question is a refinement of "other"). Exits 1 when a threshold is missed
or anyone eligible is judged not eligible.
"""

from __future__ import annotations

import argparse
import json
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

FIELDS = ("first_name", "last_name", "email", "phone", "bac_plus", "graduation_year")


@dataclass
class Score:
    messages: int = 0
    missing: int = 0
    kind_ok: int = 0
    field_ok: Counter[str] = field(default_factory=Counter)
    field_n: Counter[str] = field(default_factory=Counter)
    verdict_ok: int = 0
    verdict_n: int = 0
    false_reject: int = 0
    false_accept: int = 0
    reason_hit: int = 0
    reason_n: int = 0
    confusion: Counter[tuple[str, str | None]] = field(default_factory=Counter)
    mistakes: list[str] = field(default_factory=list)

    @property
    def kind(self) -> float:
        return self.kind_ok / max(1, self.messages)

    @property
    def fields(self) -> float:
        return sum(self.field_ok.values()) / max(1, sum(self.field_n.values()))

    @property
    def verdict(self) -> float:
        return self.verdict_ok / max(1, self.verdict_n)


def norm(value: Any) -> Any:
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value).strip().casefold()
    return value


def system_fields(result: dict[str, Any]) -> dict[str, Any]:
    applicant = result.get("applicant") or {}
    education = result.get("education") or {}
    graduation = education.get("graduation")
    return {
        "first_name": applicant.get("first_name"),
        "last_name": applicant.get("last_name"),
        "email": applicant.get("email"),
        "phone": applicant.get("phone"),
        "bac_plus": education.get("bac_plus"),
        "graduation_year": int(str(graduation)[:4]) if graduation else None,
    }


def truth_fields(truth: dict[str, Any]) -> dict[str, Any]:
    graduation = truth.get("graduation")
    graduation = None if graduation == "*" else graduation
    return {
        "first_name": truth["first_name"],
        "last_name": truth["last_name"],
        "email": truth["email"],
        "phone": truth["phone"],
        "bac_plus": truth["bac_plus"],
        "graduation_year": int(graduation[:4]) if graduation else None,
    }


def kind_matches(truth_kind: str, system_kind: str | None) -> bool:
    return system_kind == truth_kind or (truth_kind == "other" and system_kind == "question")


def read_results(path: Path) -> dict[str, dict[str, Any]]:
    return parse_results(path.read_text(encoding="utf-8"))


def parse_results(text: str) -> dict[str, dict[str, Any]]:
    """`extract` output (one JSON object per line) by file name; other lines are ignored."""
    got: dict[str, dict[str, Any]] = {}
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("{"):
            result = json.loads(line)
            got[Path(result.get("file", "")).name] = result
    return got


def score(corpus: Path, results: dict[str, dict[str, Any]]) -> Score:
    lines = (corpus / "truth.jsonl").read_text(encoding="utf-8").splitlines()
    truth = {t["file"]: t for t in (json.loads(line) for line in lines if line.strip())}
    s = Score(messages=len(truth), missing=sum(1 for f in truth if f not in results))
    for name, t in truth.items():
        r = results.get(name, {})
        if kind_matches(t["kind"], r.get("kind")):
            s.kind_ok += 1
        else:
            s.mistakes.append(f"{name}: kind {r.get('kind')} != {t['kind']}")
        if t["kind"] != "application":
            continue
        got, want = system_fields(r), truth_fields(t)
        for key in FIELDS:
            if (want[key] is None and key == "graduation_year") or want[key] == "*":
                continue  # not stated, or a level only inferable (truth marks it '*')
            s.field_n[key] += 1
            if norm(got[key]) == norm(want[key]):
                s.field_ok[key] += 1
            else:
                s.mistakes.append(f"{name}: {key} {got[key]!r} != {want[key]!r}")
        eligibility = r.get("eligibility") or {}
        verdict = eligibility.get("verdict")
        s.verdict_n += 1
        s.confusion[(t["verdict"], verdict)] += 1
        if verdict == t["verdict"]:
            s.verdict_ok += 1
        else:
            s.mistakes.append(f"{name}: verdict {verdict} != {t['verdict']} ({t.get('status')})")
        s.false_reject += t["verdict"] == "eligible" and verdict == "not_eligible"
        s.false_accept += t["verdict"] == "not_eligible" and verdict == "eligible"
        if t["failing"]:
            s.reason_n += 1
            not_met = {c.get("id") for c in eligibility.get("criteria", []) if c.get("status") == "not_met"}
            s.reason_hit += set(t["failing"]) <= not_met
    return s


def report(s: Score, show: int = 0) -> str:
    out = [
        f"messages: {s.messages}  missing from results: {s.missing}",
        f"kind accuracy: {s.kind_ok}/{s.messages} = {s.kind:.3f}",
    ]
    out += [
        f"  {k:16s} {s.field_ok[k]}/{s.field_n[k]} = {s.field_ok[k] / s.field_n[k]:.3f}"
        for k in FIELDS
        if s.field_n[k]
    ]
    out += [
        f"field accuracy (all): {s.fields:.3f}",
        f"verdict accuracy: {s.verdict_ok}/{s.verdict_n} = {s.verdict:.3f}  "
        f"false rejections: {s.false_reject}  false acceptances: {s.false_accept}  "
        f"reason recall: {s.reason_hit}/{s.reason_n}",
        f"confusion (truth -> system): {dict(s.confusion)}",
    ]
    out += [f"  - {m}" for m in s.mistakes[:show]]
    out.append(
        f"kind={s.kind:.3f} fields={s.fields:.3f} verdict={s.verdict:.3f} false_reject={s.false_reject}"
    )
    return "\n".join(out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("results", type=Path)
    parser.add_argument("--min-kind", type=float, default=0.0)
    parser.add_argument("--min-field", type=float, default=0.0)
    parser.add_argument("--min-verdict", type=float, default=0.0)
    parser.add_argument("--show", type=int, default=0, help="print up to N mistakes")
    args = parser.parse_args()
    s = score(args.corpus, read_results(args.results))
    print(report(s, args.show))
    ok = s.kind >= args.min_kind and s.fields >= args.min_field and s.verdict >= args.min_verdict
    return 0 if ok and s.false_reject == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
