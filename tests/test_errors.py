"""The two tiers of errors (intake/errors.py): the sender's fault is quarantined with its French reason; a
bug of ours is quarantined as «erreur interne», logged with its frames, and fails the test suite
(tests/conftest.py)."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import select
from test_cases import NO_DATE, mail

from intake.documents.limits import BudgetExceeded
from intake.errors import INTERNAL_ERROR, QuarantineError, ShownError, on_unexpected
from intake.parsing import UnparseableMessage
from intake.pipeline import RECORD_STEPS, Ingest, ingest
from intake.store.db import Store
from intake.store.models import Message

REPO = Path(__file__).resolve().parents[1]
JEANNE = "Jeanne Moulin <jeanne.moulin@example.org>"
APPLICATION = mail(JEANNE, "Candidature", NO_DATE, message_id="<e1@example.org>")


def test_what_the_sender_did_wrong_is_a_quarantine_error_and_shown_as_it_is() -> None:
    assert issubclass(UnparseableMessage, QuarantineError) and issubclass(BudgetExceeded, QuarantineError)
    assert issubclass(QuarantineError, ShownError)
    assert issubclass(UnparseableMessage, ValueError), "callers catching ValueError still do"


def test_an_unreadable_message_is_quarantined_with_its_french_reason_and_is_no_bug(store: Store) -> None:
    seen: list[BaseException] = []
    unregister = on_unexpected(seen.append)
    try:
        outcome = ingest(store, b"", source="test", steps=RECORD_STEPS)
    finally:
        unregister()
    assert (outcome.status, outcome.reason) == ("quarantined", "message vide")
    assert seen == []


def _raise_with_an_address(ctx: Ingest) -> None:
    raise KeyError("jeanne.moulin@example.org")


@pytest.mark.provokes_internal_error
def test_a_bug_in_a_step_keeps_the_message_as_an_internal_error_logged_with_its_frames_without_the_address(
    store: Store, caplog: pytest.LogCaptureFixture
) -> None:
    seen: list[BaseException] = []
    unregister = on_unexpected(seen.append)
    try:
        with caplog.at_level(logging.ERROR, logger="intake.pipeline"):
            outcome = ingest(store, APPLICATION, source="test", steps=(*RECORD_STEPS, _raise_with_an_address))
    finally:
        unregister()
    assert outcome.status == "quarantined"
    assert (outcome.reason or "").startswith(f"{INTERNAL_ERROR} (KeyError")
    assert [type(e) for e in seen] == [KeyError]
    with store.session() as session:
        kept = session.scalars(select(Message)).one()
        assert (kept.status, kept.error) == ("quarantined", outcome.reason)
    logged = caplog.text
    assert "_raise_with_an_address" in logged, "the traceback's frames are logged"
    assert "jeanne.moulin@example.org" not in logged


MUTANT = """
import intake.triage

def _raise(*args, **kwargs):
    raise RuntimeError("mutant: file_application raises")

intake.triage.file_application = _raise
"""

ROW_COUNT_TEST = '''
import pytest
from test_cases import NO_DATE, mail
from intake.pipeline import ingest

{marker}
def test_an_application_is_recorded(store):
    raw = mail("Jeanne <jeanne.moulin@example.org>", "Candidature", NO_DATE, message_id="<m@example.org>")
    assert ingest(store, raw, source="test").message_pk > 0  # only counts the row: a quarantine passes too
'''


def _run_with_mutant(tmp_path: Path, marker: str) -> subprocess.CompletedProcess[str]:
    (tmp_path / "mutant_file_application.py").write_text(MUTANT)
    (tmp_path / "test_row_count.py").write_text(textwrap.dedent(ROW_COUNT_TEST.format(marker=marker)))
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(tmp_path), str(REPO / "tests")])}
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "conftest", "-p", "mutant_file_application",
         "-p", "no:cacheprovider", "test_row_count.py"],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip


@pytest.mark.slow
def test_a_mutant_where_file_application_raises_fails_a_test_that_only_counts_rows(tmp_path: Path) -> None:
    unmarked = _run_with_mutant(tmp_path, marker="")
    assert unmarked.returncode == 1, unmarked.stdout[-2000:]
    assert "RuntimeError: mutant: file_application raises" in unmarked.stdout
    # The same test opting out passes: its own assertion cannot see the bug, only the fixture does.
    opted_out = _run_with_mutant(tmp_path, marker="@pytest.mark.provokes_internal_error")
    assert opted_out.returncode == 0, opted_out.stdout[-2000:]
