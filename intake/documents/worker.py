"""A persistent child process that reads documents, so a hostile file can be killed at the deadline.

One child per extracting process, started on first use and restarted after a kill: starting a process
per attachment would cost more than reading the attachment. The child is a fresh interpreter (not a
fork) so it does not inherit, and get billed for, the parent's spaCy model.
Frames: 4-byte big-endian length + JSON header, then the raw payload; the answer is one JSON frame.
"""

from __future__ import annotations

import json
import os
import select
import signal
import struct
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path
from typing import IO, Any

from intake.documents.limits import BudgetExceeded, DocumentResult, ExtractionLimits

# The child reads its address-space cap from this variable (extraction.worker_memory_mb).
MEMORY_ENV = "PROPULSE_WORKER_MEMORY_MB"
_DEFAULT_MEMORY_MB = 512


def _write_frame(stream: IO[bytes], header: dict[str, Any], payload: bytes = b"") -> None:
    data = json.dumps(header).encode("utf-8")
    stream.write(struct.pack(">II", len(data), len(payload)))
    stream.write(data)
    stream.write(payload)
    stream.flush()


def _read_exact(stream: IO[bytes], size: int) -> bytes:
    chunks: list[bytes] = []
    while size > 0:
        chunk = stream.read(size)
        if not chunk:
            raise EOFError
        chunks.append(chunk)
        size -= len(chunk)
    return b"".join(chunks)


def _read_frame(stream: IO[bytes]) -> tuple[dict[str, Any], bytes]:
    head_len, payload_len = struct.unpack(">II", _read_exact(stream, 8))
    header = json.loads(_read_exact(stream, head_len))
    return header, _read_exact(stream, payload_len)


def _limit_memory() -> None:
    try:
        import resource

        limit = int(os.environ.get(MEMORY_ENV) or _DEFAULT_MEMORY_MB) * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    except (ImportError, ValueError, OSError):
        pass


class DocumentWorker:
    """Runs extractions in a child process with a wall-clock deadline per document."""

    def __init__(self) -> None:
        self._proc: subprocess.Popen[bytes] | None = None
        self.memory_mb = _DEFAULT_MEMORY_MB

    def _start(self) -> subprocess.Popen[bytes]:
        env = dict(os.environ)
        env[MEMORY_ENV] = str(self.memory_mb)
        root = str(Path(__file__).resolve().parents[2])
        env["PYTHONPATH"] = root + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
        proc = subprocess.Popen(
            [sys.executable, "-m", "intake.documents.worker"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=env,
            close_fds=True,
            # Its own process group: a kill at the deadline also stops the OCR or .doc reader it started.
            start_new_session=True,
        )
        self._proc = proc
        return proc

    @property
    def pid(self) -> int | None:
        return self._proc.pid if self._proc is not None else None

    def extract(
        self, filename: str, content_type: str, payload: bytes, limits: ExtractionLimits
    ) -> DocumentResult:
        from intake.documents.extractor import check_size

        refused = check_size(filename, len(payload), limits)
        if refused is not None:
            return refused
        if self._proc is not None and self._proc.poll() is None and self.memory_mb != limits.memory_mb:
            self._kill()  # a new memory cap applies from a fresh child
        self.memory_mb = limits.memory_mb
        proc = self._proc if self._proc is not None and self._proc.poll() is None else self._start()
        assert proc.stdin is not None and proc.stdout is not None
        deadline = time.monotonic() + limits.timeout_seconds
        if limits.deadline is not None:
            deadline = min(deadline, limits.deadline)
        try:
            _write_frame(
                proc.stdin,
                {"filename": filename, "content_type": content_type, "limits": asdict(limits)},
                payload,
            )
            ready, _, _ = select.select([proc.stdout], [], [], max(0.0, deadline - time.monotonic()))
            if not ready:
                self._kill()
                return DocumentResult(
                    filename=filename,
                    kind="timeout",
                    text=None,
                    problem=f"lecture abandonnée : délai de {limits.timeout_seconds:g} s dépassé",
                )
            header, _ = _read_frame(proc.stdout)
        except (EOFError, BrokenPipeError, OSError, ValueError, struct.error):
            self._kill()
            return DocumentResult(
                filename=filename,
                kind="crash",
                text=None,
                problem="lecture du document interrompue (le lecteur s'est arrêté)",
            )
        return DocumentResult(**header)

    def _kill(self) -> None:
        if self._proc is not None:
            try:
                os.killpg(self._proc.pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                self._proc.kill()
            self._proc.wait()
            self._proc = None

    def close(self) -> None:
        proc = self._proc
        if proc is None:
            return
        self._proc = None
        try:
            if proc.stdin is not None:
                proc.stdin.close()
            proc.wait(timeout=2)
        except (OSError, subprocess.TimeoutExpired):
            proc.kill()
            proc.wait()

    def __enter__(self) -> DocumentWorker:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def serve(stdin: IO[bytes], stdout: IO[bytes]) -> None:
    from intake.documents.extractor import extract_document

    while True:
        try:
            header, payload = _read_frame(stdin)
        except EOFError:
            return
        limits = ExtractionLimits(**header["limits"])
        result = extract_document(header["filename"], header["content_type"], payload, limits)
        _write_frame(stdout, asdict(result))


def run_documents(
    items: Sequence[tuple[str, str, bytes]], limits: ExtractionLimits, worker: DocumentWorker | None
) -> list[DocumentResult]:
    """Extract several attachments; without a worker they run in-process (tests, tools).

    Raises BudgetExceeded when the message's deadline passes before every attachment is read.
    """
    from intake.documents.extractor import extract_document

    results: list[DocumentResult] = []
    for name, ctype, data in items:
        if limits.deadline is not None and time.monotonic() >= limits.deadline:
            raise BudgetExceeded(
                f"budget de temps du message dépassé ({len(results)}/{len(items)} pièces lues)"
            )
        if worker is None:
            results.append(extract_document(name, ctype, data, limits))
        else:
            results.append(worker.extract(name, ctype, data, limits))
    if limits.deadline is not None and time.monotonic() >= limits.deadline:
        raise BudgetExceeded("budget de temps du message dépassé")
    return results


if __name__ == "__main__":
    # The limit is set by the child itself: a preexec_fn is unsafe when the parent runs threads.
    _limit_memory()
    serve(sys.stdin.buffer, sys.stdout.buffer)
