"""Stopping `propulse run`: every thread is waited for within one shared bound, not one bound each."""

from __future__ import annotations

import threading
import time

from scheduler.service import join_within


def _threads_waiting_on(event: threading.Event, names: list[str]) -> list[threading.Thread]:
    threads = [threading.Thread(target=event.wait, name=name, daemon=True) for name in names]
    for thread in threads:
        thread.start()
    return threads


def test_four_threads_that_never_end_cost_one_shared_bound_and_are_named() -> None:
    release = threading.Event()
    threads = _threads_waiting_on(release, ["intake", "imap-idle", "web", "documents"])
    started = time.monotonic()
    try:
        still_running = join_within(threads, 0.4)
        elapsed = time.monotonic() - started
    finally:
        release.set()
    assert still_running == ["intake", "imap-idle", "web", "documents"]
    # One bound each would have taken four times 0.4 s.
    assert elapsed < 1.2, f"joined in {elapsed:.2f} s"


def test_threads_that_end_within_the_bound_are_not_named() -> None:
    release = threading.Event()
    threads = _threads_waiting_on(release, ["intake", "web"])
    threading.Timer(0.05, release.set).start()
    assert join_within(threads, 5.0) == []
    assert not any(thread.is_alive() for thread in threads)
