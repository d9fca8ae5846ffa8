"""Benchmark of ingest: the 300 applications of bench_extract.py, from a real Dovecot IMAP inbox to drafts.

    python bench/bench_ingest.py [--messages 300] [--workers 2] [--store-url URL | --postgres] [--compare]
                                 [--serial] [--cpu]

Starts Dovecot on a free port, APPENDs the messages, then runs one `poll` (the code of `propulse poll
--once`) with extract's worker pool: fetch, understand in the workers, commit and move in arrival order.
Prints messages/s with model loading excluded (as bench_extract.py does) and the peak summed RSS.
`--compare` also runs `extract` on the same messages in the same run, under the same RSS sampler, and prints
the ratio (target ≤ 1.5) and extract's peak RSS.
`--cpu` also prints the CPU time of the main process and of the workers (read from /proc) during ingest
(and extract), per message, the store's statements and commits per message, and with --postgres the CPU of
the server's processes (they share the cores too): on a machine shared with other jobs
the wall-clock ratio swings by ±30 % from run to run, these figures much less. With two workers on two
cores, the ratio is about 1 + (main-process CPU) / (workers' CPU).
The store is SQLite unless --store-url names another, or --postgres starts a throwaway PostgreSQL cluster
(tests/postgres.py). `--serial` understands each message in order, without the pool (the former way).
Not a test.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))
sys.path.insert(0, str(REPO / "bench"))

from bench_extract import RssSampler, _application, _tree  # noqa: E402
from dovecot import PASSWORD, Dovecot  # noqa: E402
from sqlalchemy import event, func, select  # noqa: E402

from intake.cli_context import open_inbox  # noqa: E402
from intake.config import Settings, load_settings  # noqa: E402
from intake.extract import extract_files, start_pool  # noqa: E402
from intake.pipeline import PollSummary, poll  # noqa: E402
from intake.prepare import LazyPool, _understand_in_worker  # noqa: E402
from intake.store.db import Store, open_store  # noqa: E402
from intake.store.models import Message, OutgoingMessage  # noqa: E402

TODAY = date(2026, 11, 26)


def parse_arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=300)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--store-url", default="", help="default: a SQLite file in a temporary directory")
    parser.add_argument("--postgres", action="store_true", help="a throwaway PostgreSQL cluster as the store")
    parser.add_argument("--compare", action="store_true", help="also time extract on the same messages")
    parser.add_argument("--serial", action="store_true", help="without the pool: one message at a time")
    parser.add_argument("--cpu", action="store_true", help="CPU per message of each process, statements")
    return parser.parse_args()


def main() -> int:
    args = parse_arguments()
    cluster = None
    if args.postgres:
        from postgres import Cluster, Databases

        cluster = Cluster()
        cluster.start()
        args.store_url = Databases(cluster.url()).create(empty=True)
        args.server_pid = int((cluster.root / "data" / "postmaster.pid").read_text().split()[0])
    rng = random.Random(42)  # the same messages as bench_extract.py
    # bench_extract.py's messages share one Message-ID: give each its own, or ingest keeps one of them.
    messages = [
        _application(i, rng).replace(b"<test.1@example.org>", f"<bench-{i}@example.org>".encode())
        for i in range(args.messages)
    ]
    os.environ["PROPULSE_TEST_IMAP_PASSWORD"] = PASSWORD
    server = Dovecot()
    server.start()
    work = Path(tempfile.mkdtemp(prefix="propulse-bench-ingest-"))
    try:
        config = work / "config.toml"
        url = f'url = "{args.store_url}"\n' if args.store_url else ""
        config.write_text(
            f'[store]\ndata_dir = "data"\n{url}'
            + server.toml()
            + f"[drafts]\nmax_per_sender_per_day = 1000\n[extraction]\nworkers = {args.workers}\n",
            encoding="utf-8",
        )
        settings = load_settings(config)
        store = open_store(settings.database_url, migrate=True)
        with server.client() as client:
            for raw in messages:
                client.append("INBOX", raw)
        summary, load, elapsed, sampler = ingest_all(messages, settings, store, args)
        with store.session() as session:
            recorded = session.scalar(select(func.count()).select_from(Message)) or 0
            drafts = session.scalar(select(func.count()).select_from(OutgoingMessage)) or 0
        store.dispose()
        backend = settings.database_url.split(":", 1)[0]
        print(
            f"messages: {args.messages}, recorded: {recorded} (new {summary.new}, quarantined "
            f"{summary.quarantined}), drafts: {drafts}, store: {backend}, workers: {args.workers}, "
            f"cores: {os.cpu_count()}"
        )
        print(f"model loading + warm-up (excluded): {load:.2f} s")
        print(f"ingest IMAP → drafts: {args.messages / elapsed:.1f} messages/s ({elapsed:.2f} s)")
        print(f"peak summed RSS: {sampler.peak_kb / 1024:.0f} MiB over {sampler.peak_processes} processes")
        if args.compare:
            compare_with_extract(messages, work, args.workers, elapsed, cpu=args.cpu)
    finally:
        server.close()
        if cluster is not None:
            cluster.stop()
    return 0 if recorded == args.messages else 1


def ingest_all(
    messages: list[bytes], settings: Settings, store: Store, args: argparse.Namespace
) -> tuple[PollSummary, float, float, RssSampler]:
    """One `poll` over the inbox, timed after the workers (and the parent) have loaded the model."""
    sampler = RssSampler()
    sampler.start()
    with LazyPool(args.workers) as pool:
        t0 = time.perf_counter()
        # Warm-up, as bench_extract.py: every worker loads the model and starts its document reader.
        warm = [
            pool().submit(_understand_in_worker, m, TODAY, _limits(settings), False) for m in messages[:8]
        ]
        for future in warm:
            future.result()
        from intake.understanding.nlp import load_nlp

        load_nlp()  # the parent too, for a message it would have to understand itself
        load = time.perf_counter() - t0
        source = open_inbox(settings)
        meter = CpuMeter(store if args.cpu else None, getattr(args, "server_pid", None))
        t1 = time.perf_counter()
        try:
            summary = poll(source, store, settings=settings, today=TODAY, pool=None if args.serial else pool)
        finally:
            source.close()
        elapsed = time.perf_counter() - t1
        if args.cpu:
            meter.report("ingest", len(messages))
    sampler.stop()
    return summary, load, elapsed, sampler


def compare_with_extract(
    messages: list[bytes], work: Path, workers: int, elapsed: float, *, cpu: bool = False
) -> None:
    # The same RSS sampler runs during extract: its own reads of /proc cost both sides alike.
    extract_sampler = RssSampler()
    extract_sampler.start()
    extract_elapsed = time_extract(messages, work, workers, cpu=cpu)
    extract_sampler.stop()
    print(
        f"extract, same messages: {len(messages) / extract_elapsed:.1f} messages/s "
        f"({extract_elapsed:.2f} s), peak summed RSS {extract_sampler.peak_kb / 1024:.0f} MiB"
    )
    print(f"ingest / extract: {elapsed / extract_elapsed:.2f} (target ≤ 1.5)")


def _limits(settings):  # type: ignore[no-untyped-def]
    from intake.pipeline import extraction_limits

    return extraction_limits(settings.extraction)


def time_extract(messages: list[bytes], work: Path, workers: int, *, cpu: bool = False) -> float:
    paths = []
    for i, raw in enumerate(messages):
        path = work / f"{i:04d}.eml"
        path.write_bytes(raw)
        paths.append(str(path))
    pool = start_pool(workers)
    try:
        list(extract_files(paths[: workers * 4], today=TODAY, pool=pool))
        meter = CpuMeter(None)
        t = time.perf_counter()
        results = list(extract_files(paths, today=TODAY, pool=pool))
        elapsed = time.perf_counter() - t
        if cpu:
            meter.report("extract", len(paths))
        errors = [r["error"] for r in results if "error" in r]
        if errors:
            print(f"extract: {len(errors)} error(s), e.g. {errors[0]}")
        return elapsed
    finally:
        pool.shutdown()


class CpuMeter:
    """CPU seconds used since it was made by this process (main) and by its children named like it (the
    workers; Dovecot's are "other"), read from /proc, and by the main thread alone (the RSS sampler and the
    pool's result thread run in the main process too); with a store, also the statements it executed and
    its commits; with a server's pid, the CPU of the server's processes (a PostgreSQL started here)."""

    def __init__(self, store: Store | None, server: int | None = None) -> None:
        self.statements = 0
        self.commits = 0
        if store is not None:
            event.listen(store.engine, "before_cursor_execute", self._count)
            event.listen(store.engine, "commit", self._commit)
        self.store = store
        self.server = server
        self.start = _cpu_by_process()
        self.server_start = _cpu_by_process(server) if server else {}
        # The main thread alone: without the RSS sampler and the pool's threads, which also run in main.
        self.thread_start = time.thread_time()

    def _count(self, *_args: object) -> None:
        self.statements += 1

    def _commit(self, *_args: object) -> None:
        self.commits += 1

    def report(self, label: str, messages: int) -> None:
        if self.store is not None:
            event.remove(self.store.engine, "before_cursor_execute", self._count)
            event.remove(self.store.engine, "commit", self._commit)
        main = os.getpid()
        spent: dict[str, float] = {"main": 0.0, "workers": 0.0, "other": 0.0}
        names = _cpu_by_process()
        for pid, (name, seconds) in names.items():
            used = seconds - self.start.get(pid, (name, 0.0))[1]
            group = "main" if pid == main else "workers" if name == names[main][0] else "other"
            spent[group] += used
        per = {group: 1000 * seconds / messages for group, seconds in spent.items()}
        line = ", ".join(f"{g} {spent[g]:.2f} s ({per[g]:.1f} ms/msg)" for g in spent)
        thread = time.thread_time() - self.thread_start
        line += f"; main thread {thread:.2f} s ({1000 * thread / messages:.1f} ms/msg)"
        if self.store is not None:
            line += f"; statements {self.statements} ({self.statements / messages:.1f}/msg)"
            line += f", commits {self.commits} ({self.commits / messages:.2f}/msg)"
        if self.server:
            server = sum(
                seconds - self.server_start.get(pid, (name, 0.0))[1]
                for pid, (name, seconds) in _cpu_by_process(self.server).items()
            )
            line += f"; server {server:.2f} s ({1000 * server / messages:.1f} ms/msg)"
        print(f"CPU during {label}: {line}")


def _cpu_by_process(root: int | None = None) -> dict[int, tuple[str, float]]:
    """pid → (command name, user + system CPU seconds) of `root` (this process) and its descendants."""
    tick = os.sysconf("SC_CLK_TCK")
    found = {}
    for pid in _tree(root or os.getpid()):
        try:
            with open(f"/proc/{pid}/stat") as fh:
                stat = fh.read()
        except OSError:
            continue
        name, fields = stat[stat.index("(") + 1 : stat.rindex(")")], stat[stat.rindex(")") + 2 :].split()
        found[pid] = (name, (int(fields[11]) + int(fields[12])) / tick)  # utime + stime
    return found


if __name__ == "__main__":
    raise SystemExit(main())
