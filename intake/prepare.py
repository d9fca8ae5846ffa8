"""Understanding ahead of the commits: a batch of messages is understood in the worker pool of `extract`,
while the store commits and the inbox moves stay in arrival order, one message at a time (pipeline.poll).

Understanding is the slow part (spaCy, attachments) and needs the store for one question only: is this a
reply in one of our threads? The parent answers it before handing the message over, and the step that uses
the prepared understanding checks the answer again inside the message's transaction: if it changed, or if
the worker failed, the message is understood there as before. A prepared understanding is a shortcut,
never a different result.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from datetime import date
from email.parser import BytesHeaderParser
from email.policy import compat32
from itertools import chain, islice

from sqlalchemy.orm import Session

from intake import triage
from intake.documents import ExtractionLimits
from intake.extract import Understanding, understand
from intake.parsing import _MSGID_RE, ParsedMessage, decode_header_value
from intake.sources.base import Incoming
from intake.store.db import Store


@dataclass(frozen=True)
class Prepared:
    understanding: Understanding
    # The answer the worker was given to "is this one of our threads?" (False when not asked).
    our_thread: bool


def thread_ids(parsed: ParsedMessage) -> list[str]:
    return [i for i in [parsed.in_reply_to, *parsed.references] if i]


def is_our_thread(session: Session, parsed: ParsedMessage) -> bool:
    ids = thread_ids(parsed)
    return bool(ids) and triage.make_thread_check(session, parsed.subject)(ids)


def still_valid(session: Session, prepared: Prepared) -> bool:
    """The store gives the same answer now, inside the message's own transaction."""
    return is_our_thread(session, prepared.understanding.parsed) == prepared.our_thread


def _understand_in_worker(
    raw: bytes, today: date, limits: ExtractionLimits, our_thread: bool
) -> Understanding:
    understood = understand(raw, today=today, limits=limits, is_our_thread=lambda _ids: our_thread)
    understood.case_facts  # noqa: B018 — computed here, in the worker, and sent back with the result
    return understood


def _thread_question(raw: bytes) -> tuple[list[str], str]:
    """The thread ids and subject from the header alone: parsing the whole message (attachments decoded)
    is the worker's job. A different reading than parse_message's is caught by `still_valid`."""
    try:
        headers = BytesHeaderParser(policy=compat32).parsebytes(raw[:65536], headersonly=True)
    except Exception:
        return [], ""
    ids = _MSGID_RE.findall(decode_header_value(headers.get("in-reply-to", "")))[:1]
    ids += _MSGID_RE.findall(decode_header_value(headers.get("references", "")))
    return ids, decode_header_value(headers.get("subject", ""))


def _submit(
    pool: ProcessPoolExecutor, store: Store, item: Incoming, today: date, limits: ExtractionLimits
) -> tuple[Future[Understanding], bool]:
    ids, subject = _thread_question(item.raw)
    our_thread = False
    if ids:
        with store.session() as session:
            our_thread = triage.make_thread_check(session, subject)(ids)
    return pool.submit(_understand_in_worker, item.raw, today, limits, our_thread), our_thread


class LazyPool:
    """The worker pool of `extract`, started on first use: a handful of messages is not worth the start of
    workers that each load the language model."""

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self._pool: ProcessPoolExecutor | None = None

    def __call__(self) -> ProcessPoolExecutor:
        if self._pool is None:
            from intake.extract import start_pool

            self._pool = start_pool(self.workers)
        return self._pool

    def __enter__(self) -> LazyPool:
        return self

    def __exit__(self, *_exc: object) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None


def prepared_items(
    items: Iterable[Incoming],
    store: Store,
    start_pool: Callable[[], ProcessPoolExecutor] | None,
    *,
    today: date,
    limits: ExtractionLimits,
    batch: int = 16,
) -> Iterator[tuple[Incoming, Prepared | None]]:
    """The items in their order, each with its understanding prepared in the pool (None: do it in order).

    Batches bound the memory held by raw messages and results; the next batch is submitted before the
    current one is handed out, so the workers never wait for the commits. Fewer than a batch waiting:
    no pool, each message is understood in order as it is committed.
    """
    source = iter(items)
    first = list(islice(source, batch))
    if start_pool is None or len(first) < batch:
        for item in chain(first, source):
            yield item, None
        return
    pool = start_pool()

    def submit_batch() -> list[tuple[Incoming, tuple[Future[Understanding], bool]]]:
        return [(item, _submit(pool, store, item, today, limits)) for item in islice(source, batch)]

    current = [(item, _submit(pool, store, item, today, limits)) for item in first]
    while current:
        following = submit_batch()
        for item, job in current:
            yield item, _result(job)
        current = following


def _result(job: tuple[Future[Understanding], bool]) -> Prepared | None:
    future, our_thread = job
    try:
        return Prepared(future.result(), our_thread)
    except Exception:  # unparseable, or a worker's failure: understood again in order, within its boundary
        return None
