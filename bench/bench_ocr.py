"""Field accuracy of `propulse extract` on scanned and photographed CVs against the same CVs born digital,
and OCR time per page on one core.

    .venv/bin/python bench/bench_ocr.py [--seeds 2]

Each CV of tests/scans.py is sent as an application whose body holds no fact, once per version: born digital
(PDF with a text layer, one and two columns), phone photo (JPEG quality 60, skew ±10°, blur, uneven light),
the same photo on its side (a quarter turn), a two-column photo, and an image-only scanned PDF. The fields
compared are first and last name, phone, city, bac+N, diploma and graduation date; accuracy is the share of
fields equal to the truth. Time per page is the document reader's time for one image, Tesseract limited to
one core (OMP_THREAD_LIMIT=1, set by the reader). Target: scans within 5 points of born digital, ≤ 2 s a page.
Not a test: figures depend on the machine.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))

from fixtures_docs import make_message  # noqa: E402
from scans import CVS, Cv, born_digital_pdf, photograph, render_page, scanned_pdf  # noqa: E402

from intake.documents import ExtractionLimits, extract_document  # noqa: E402

BODY = "Bonjour,\nVeuillez trouver ci-joint ma candidature.\nCordialement"
Version = Callable[[Cv, int], tuple[str, str, bytes]]

VERSIONS: dict[str, Version] = {
    "born digital, 1 column (PDF)": lambda cv, seed: ("cv.pdf", "application/pdf", born_digital_pdf(cv)),
    "born digital, 2 columns (PDF)": lambda cv, seed: (
        "cv.pdf",
        "application/pdf",
        born_digital_pdf(cv, two_columns=True),
    ),
    "phone photo (JPEG q60, ±10°, blur, light)": lambda cv, seed: (
        "photo.jpg",
        "image/jpeg",
        photograph(render_page(cv), seed=seed),
    ),
    "phone photo on its side (90°)": lambda cv, seed: (
        "photo.jpg",
        "image/jpeg",
        photograph(render_page(cv), seed=seed, quarter_turns=1),
    ),
    "phone photo, 2 columns": lambda cv, seed: (
        "photo.jpg",
        "image/jpeg",
        photograph(render_page(cv, two_columns=True), seed=seed),
    ),
    "scanned PDF (image only, ±3°)": lambda cv, seed: (
        "scan.pdf",
        "application/pdf",
        scanned_pdf([photograph(render_page(cv), seed=seed, angle=(seed % 7) - 3.0, light=0.2)]),
    ),
}


def _cpu_seconds() -> float:
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def matches(cv: Cv, result: dict) -> dict[str, bool]:  # type: ignore[type-arg]
    applicant = result.get("applicant") or {}
    education = result.get("education") or {}
    truth = cv.fields()
    return {
        "first_name": (applicant.get("first_name") or "").lower() == str(truth["first_name"]).lower(),
        "last_name": (applicant.get("last_name") or "").lower() == str(truth["last_name"]).lower(),
        "phone": applicant.get("phone") == truth["phone"],
        "city": applicant.get("city") == truth["city"],
        "bac_plus": education.get("bac_plus") == truth["bac_plus"],
        "diploma": str(truth["diploma"]) in (education.get("diploma") or ""),
        "graduation": education.get("graduation") == truth["graduation"],
    }


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--seeds", type=int, default=2, help="photos per CV and version (different skews)")
    args = parser.parse_args()
    propulse = Path(sys.executable).with_name("propulse")
    with tempfile.TemporaryDirectory() as tmp:
        files: list[tuple[str, Cv, Path]] = []
        images: list[tuple[str, bytes]] = []
        for index, cv in enumerate(CVS):
            for name, make in VERSIONS.items():
                for seed in range(args.seeds if "digital" not in name else 1):
                    filename, ctype, payload = make(cv, 100 * index + seed)
                    path = Path(tmp) / f"{index}-{len(files)}.eml"
                    raw = make_message(
                        BODY,
                        from_name="",
                        from_addr="candidat@example.org",
                        attachments=[(filename, ctype, payload)],
                    )
                    path.write_bytes(raw)
                    files.append((name, cv, path))
                    if "digital" not in name:
                        images.append((filename, payload))
        started = time.monotonic()
        done = subprocess.run(
            [str(propulse), "extract", "--today", "2026-11-26", *(str(p) for _, _, p in files)],
            capture_output=True,
            check=True,
            text=True,
        )
        elapsed = time.monotonic() - started
    results = [json.loads(line) for line in done.stdout.splitlines() if line.strip()]
    per_version: dict[str, list[bool]] = defaultdict(list)
    per_field: dict[str, dict[str, list[bool]]] = defaultdict(lambda: defaultdict(list))
    for (name, cv, _), result in zip(files, results, strict=True):
        for field, ok in matches(cv, result).items():
            per_version[name].append(ok)
            per_field[name][field].append(ok)

    # Time per page: each scanned version read again, one at a time, in this process so that the CPU time of
    # Tesseract (a child process) is counted; the wall time depends on the machine's load, the CPU time not.
    walls: list[float] = []
    cpus: list[float] = []
    for filename, payload in images:
        wall, cpu = time.monotonic(), _cpu_seconds()
        extract_document(filename, "application/octet-stream", payload, ExtractionLimits())
        walls.append(time.monotonic() - wall)
        cpus.append(_cpu_seconds() - cpu)

    fields = list(next(iter(per_field.values())))
    print(f"{len(files)} applications, `propulse extract` in {elapsed:.1f} s (model loading included)\n")
    print("| version | n | field accuracy | " + " | ".join(fields) + " |")
    print("|---|---|---|" + "---|" * len(fields))
    for name, oks in per_version.items():
        cells = [f"{sum(per_field[name][f]) / len(per_field[name][f]):.2f}" for f in fields]
        n = len(per_field[name][fields[0]])
        print(f"| {name} | {n} | {sum(oks) / len(oks):.3f} | " + " | ".join(cells) + " |")
    digital = [ok for name, oks in per_version.items() if "digital" in name for ok in oks]
    scanned = [ok for name, oks in per_version.items() if "digital" not in name for ok in oks]
    digital_share, scanned_share = sum(digital) / len(digital), sum(scanned) / len(scanned)
    gap = 100 * (digital_share - scanned_share)
    print(
        f"\nborn digital {digital_share:.3f}, scans and photos {scanned_share:.3f}:"
        f" gap {gap:.1f} points (target ≤ 5)"
    )
    for label, values in (("CPU time (one core)", cpus), ("wall time", walls)):
        p90 = sorted(values)[int(0.9 * (len(values) - 1))]
        print(
            f"OCR {label} per page ({len(values)} pages): median {statistics.median(values):.2f} s,"
            f" p90 {p90:.2f} s, max {max(values):.2f} s (target ≤ 2 s)"
        )
    print(f"load average during the run: {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
