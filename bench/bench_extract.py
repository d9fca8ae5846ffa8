"""Benchmark of extraction: 300 generated applications with PDF/DOCX/ODT CVs, two worker processes.

    cd /work/main && /tmp/venv/bin/python bench/bench_extract.py [--messages 300] [--workers 2]

Prints messages/s with model loading excluded (and reported apart) and the peak summed RSS of the parent,
the workers and their document readers, sampled from /proc every 20 ms. Target (issue 11): ≥ 40 msg/s
with two workers on a 2-core machine, summed RSS ≤ 800 MB.
Not a test: figures depend on the machine.
"""

from __future__ import annotations

import argparse
import logging
import os
import random
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))

from fixtures_docs import (  # noqa: E402
    DOCX_TYPE,
    ODT_TYPE,
    make_docx,
    make_message,
    make_odt,
    make_pdf,
    make_two_column_pdf,
)

from intake.extract import extract_files, start_pool  # noqa: E402

FIRST = ["Léa", "Maxime", "Inès", "Yanis", "Clémence", "Jean-Baptiste", "Aïcha", "Océane", "Gaël", "Nour"]
LAST = ["Martin", "N'Diaye", "Dupont", "Ouédraogo", "Lefèvre", "de La Roche", "Benali", "Traoré", "Nguyen"]
DIPLOMAS = [
    "Master Économie sociale et solidaire",
    "Licence AES",
    "BTS Économie sociale familiale",
    "BUT Carrières sociales",
    "Maîtrise de sciences politiques",
    "Doctorat de géographie",
]
MONTHS = ["janvier", "mars", "juin", "juillet", "septembre", "décembre"]
SITUATIONS = [
    "Je suis en recherche active d'emploi dans l'ESS, plus particulièrement dans le commerce équitable.",
    "Je suis actuellement en service civique chez Unis-Cité jusqu'en juin 2027.",
    "Mon stage de fin d'études chez Enercoop s'est terminé en septembre 2026.",
    "Après 8 ans comme comptable, je souhaite me reconvertir dans l'ESS.",
    "Je cherche un emploi et j'ai vu que vous aidiez les jeunes diplômés.",
]


def _application(i: int, rng: random.Random) -> bytes:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    diploma, month, year = rng.choice(DIPLOMAS), rng.choice(MONTHS), rng.choice([2020, 2024, 2025, 2026])
    phone = f"06 {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
    addr = f"candidat{i}@example.org"
    body = (
        f"Bonjour,\n\nJe souhaite intégrer le programme Pro'pulse.\n\nJe suis diplômé·e d'un {diploma} "
        f"depuis {month} {year}.\n\n{rng.choice(SITUATIONS)}\n\nBien à vous,\n{first} {last}\n{phone}\n"
    )
    cv_lines = [
        f"{first} {last.upper()}",
        f"Lyon · {phone} · {addr}",
        "Recherche d'emploi - ESS",
        "Formation",
        f"• {year - 2} – {month} {year} : {diploma} – Université de Lyon",
        f"• {year - 5} : Baccalauréat",
        "Expériences",
        f"• {year} : stage de 4 mois chez Emmaüs Connect",
        "• Bénévolat : Les Restos du Cœur (collecte, accueil, animation)",
        "Compétences",
        "Gestion de projet, animation de réseaux, montage de dossiers de subvention",
    ]
    # Realistic length: a one-page CV holds ~40 lines; one CV in ten is a row-drawn two-column table
    # (the slow pdfminer path).
    cv_lines += [
        f"• Mission {n} : coordination de bénévoles et suivi de projets associatifs" for n in range(28)
    ]
    kind = i % 3
    if i % 10 == 0:
        half = len(cv_lines) // 2
        attachment = (
            "cv.pdf",
            "application/pdf",
            make_two_column_pdf(cv_lines[:half], cv_lines[half:], row_by_row=True),
        )
    elif kind == 0:
        attachment = ("cv.pdf", "application/pdf", make_pdf(cv_lines))
    elif kind == 1:
        attachment = ("cv.docx", DOCX_TYPE, make_docx(cv_lines))
    else:
        attachment = ("cv.odt", ODT_TYPE, make_odt(cv_lines))
    return bytes(make_message(body, from_name=f"{first} {last}", from_addr=addr, attachments=[attachment]))


def _tree(pid: int) -> list[int]:
    out = [pid]
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as fh:
                for child in fh.read().split():
                    out.extend(_tree(int(child)))
    except OSError:
        pass
    return out


def _rss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        return 0
    return 0


class RssSampler(threading.Thread):
    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.peak_kb = 0
        self.peak_processes = 0
        self._halt = threading.Event()

    def run(self) -> None:
        while not self._halt.is_set():
            pids = _tree(os.getpid())
            total = sum(_rss_kb(p) for p in pids)
            if total > self.peak_kb:
                self.peak_kb, self.peak_processes = total, len(pids)
            self._halt.wait(0.02)

    def stop(self) -> None:
        self._halt.set()
        self.join()


def _median_ms(func: Callable[[bytes], object], data: bytes, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        func(data)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def measure_pdf_libraries() -> None:
    """The figures of docs/documents.md: pypdfium2 text, pdfminer.six, and our extractor, per real CV."""
    import io

    import pypdfium2 as pdfium
    from pdfminer.high_level import extract_text
    from pdfminer.layout import LAParams

    from intake.documents import ExtractionLimits, extract_document

    limits = ExtractionLimits()

    def with_pdfium(data: bytes) -> list[str]:
        pdf = pdfium.PdfDocument(data)
        return [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]

    def with_pdfminer(data: bytes) -> str:
        return str(extract_text(io.BytesIO(data), laparams=LAParams(char_margin=4)))

    def with_ours(data: bytes) -> object:
        return extract_document("cv.pdf", "application/pdf", data, limits)

    left = [
        "Formation",
        "Master Économie sociale et solidaire",
        "Université de Lyon, promo 2025",
        "Chargée de mission chez Enercoop",
    ]
    right = [
        "Compétences",
        "Gestion de projet associatif",
        "Animation de réseaux bénévoles",
        "Anglais courant et espagnol",
    ]
    docs = [(p.name, p.read_bytes()) for p in sorted((REPO.parent / "shared/corpus/real/cvs").rglob("*.pdf"))]
    docs += [("généré 2 colonnes ligne par ligne", make_two_column_pdf(left, right, row_by_row=True))]
    print("| document | pypdfium2 ms | pdfminer.six ms | ours ms | path |")
    for name, data in docs:
        if not data.startswith(b"%PDF"):
            continue
        result = extract_document(name, "application/pdf", data, limits)
        fast, slow = _median_ms(with_pdfium, data, 15), _median_ms(with_pdfminer, data, 5)
        ours = _median_ms(with_ours, data, 15)
        print(f"| {name} | {fast:.1f} | {slow:.1f} | {ours:.1f} | {result.method or result.problem} |")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--messages", type=int, default=300)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--pdf-libraries", action="store_true", help="measure the PDF libraries instead")
    args = parser.parse_args()
    if args.pdf_libraries:
        logging.disable(logging.WARNING)  # pdfminer complains about fonts of real CVs
        measure_pdf_libraries()
        return 0
    rng = random.Random(42)
    with tempfile.TemporaryDirectory(prefix="bench-extract-") as tmp:
        paths = []
        for i in range(args.messages):
            path = Path(tmp) / f"{i:04d}.eml"
            path.write_bytes(_application(i, rng))
            paths.append(str(path))
        sampler = RssSampler()
        sampler.start()
        t0 = time.perf_counter()
        pool = start_pool(args.workers)
        # Warm-up: one message per worker, so every worker has loaded the model and started its reader.
        list(extract_files(paths[: args.workers * 4], today=date(2026, 11, 26), pool=pool))
        load = time.perf_counter() - t0
        t1 = time.perf_counter()
        results = list(extract_files(paths, today=date(2026, 11, 26), pool=pool))
        elapsed = time.perf_counter() - t1
        pool.shutdown()
        sampler.stop()
    errors = sum(1 for r in results if "error" in r)
    applications = sum(1 for r in results if r["kind"] == "application")
    print(
        f"messages: {len(results)} (applications {applications}, errors {errors}), workers: {args.workers}, "
        f"cores: {os.cpu_count()}"
    )
    print(f"model loading + warm-up (excluded): {load:.2f} s")
    print(f"throughput: {len(results) / elapsed:.1f} messages/s ({elapsed:.2f} s)")
    print(f"peak summed RSS: {sampler.peak_kb / 1024:.0f} MiB over {sampler.peak_processes} processes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
