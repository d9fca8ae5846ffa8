#!/usr/bin/env python3
"""Latency benchmark (not a test): arrival of an application in the IMAP inbox → its draft stored.

Starts a private Dovecot and `propulse run --no-web` on it (IMAP IDLE), APPENDs N applications at random
intervals, and reports p50, p95 and max of the time from APPEND to the draft row in the store.

    .venv/bin/python bench/bench_latency.py [--messages 100] [--max-gap 1.0]
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from email.message import EmailMessage
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

from dovecot import PASSWORD, Dovecot  # noqa: E402

BODY = (
    "Bonjour,\n\nJe suis titulaire d'un master Économie sociale et solidaire obtenu en juin 2026 et je "
    "recherche activement un premier emploi dans l'ESS.\n\nBien cordialement,\n{name}\n06 12 34 56 78"
)


def application(n: int) -> tuple[str, bytes]:
    msg = EmailMessage()
    msg["From"] = f"Candidate {n} <candidate{n}@example.org>"
    msg["To"] = "propulse@animafac.net"
    msg["Subject"] = "Candidature Pro'pulse"
    mid = f"<bench-{n}-{time.time_ns()}@example.org>"
    msg["Message-ID"] = mid
    msg.set_content(BODY.format(name=f"Candidate {n}"))
    return mid, msg.as_bytes()


def draft_times(db: Path) -> dict[str, float]:
    try:
        with sqlite3.connect(db, timeout=5) as conn:
            return {
                row[0]: time.monotonic() for row in conn.execute("select in_reply_to from outgoing_messages")
            }
    except sqlite3.OperationalError:
        return {}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=100)
    parser.add_argument(
        "--max-gap", type=float, default=1.0, help="longest random pause between two APPENDs (s)"
    )
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    random.seed(args.seed)

    server = Dovecot()
    server.start()
    work = Path(tempfile.mkdtemp(prefix="propulse-bench-"))
    config = work / "config.toml"
    config.write_text(
        '[store]\ndata_dir = "data"\n' + server.toml() + "[drafts]\nmax_per_sender_per_day = 1000\n"
    )
    env = {**os.environ, "PROPULSE_TEST_IMAP_PASSWORD": PASSWORD}
    cli = [sys.executable, "-m", "intake.cli", "--config", str(config)]
    subprocess.run([*cli, "init"], check=True, env=env, capture_output=True)
    service = subprocess.Popen([*cli, "run", "--no-web"], env=env, cwd=REPO)
    db = work / "data" / "propulse.sqlite3"
    try:
        time.sleep(8)  # model loading and the first poll are excluded from the measure
        sent: dict[str, float] = {}
        seen: dict[str, float] = {}
        with server.client() as client:
            for n in range(args.messages):
                mid, raw = application(n)
                client.append("INBOX", raw)
                sent[mid] = time.monotonic()
                deadline = time.monotonic() + random.uniform(0.05, args.max_gap)
                while time.monotonic() < deadline:
                    for key, at in draft_times(db).items():
                        seen.setdefault(key, at)
                    time.sleep(0.02)
        deadline = time.monotonic() + 60
        while len([m for m in sent if m in seen]) < len(sent) and time.monotonic() < deadline:
            for key, at in draft_times(db).items():
                seen.setdefault(key, at)
            time.sleep(0.02)
    finally:
        service.terminate()
        service.wait(timeout=30)
        server.close()
    latencies = sorted(seen[m] - sent[m] for m in sent if m in seen)
    missing = len(sent) - len(latencies)
    if not latencies:
        print("no draft was stored", file=sys.stderr)
        return 1
    p95 = latencies[max(0, round(0.95 * len(latencies)) - 1)]
    print(f"messages: {len(sent)}  drafts seen: {len(latencies)}  missing: {missing}")
    print(
        f"arrival → draft stored: p50 {statistics.median(latencies):.2f} s  p95 {p95:.2f} s  "
        f"max {latencies[-1]:.2f} s"
    )
    return 0 if missing == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
