"""The two kinds of error a person reads, caught once each (after Zulip's email gateway).

- `ShownError`: a request that cannot be honoured. Its text is one French line, safe to show as it is to
  the coordinator (web page, terminal) or an applicant: no body, no CV text, no address the reader did not
  give.
  The web UI and the CLI are French only, so there is no English variant; what an applicant reads in English
  goes through the `.en` email templates, never through an exception.
- `QuarantineError` (a `ShownError`): the sender's fault — not a message at all, malformed beyond reading,
  documents past their budget, too big. The ingest boundary (intake/pipeline.py) sets the message aside with
  this text as its reason; the coordinator sees it on the «Messages» page.

Anything else reaching a boundary is ours: a bug. The ingest boundary still keeps the message (quarantined as
«erreur interne», logged with its traceback) and reports it through `report_unexpected`, which the test
suite turns into a failure (tests/conftest.py).
"""

from __future__ import annotations

from collections.abc import Callable

INTERNAL_ERROR = "erreur interne"


class ShownError(Exception):
    """One French line for the person who asked; ``str(exc)`` is safe to show as it is."""


class QuarantineError(ShownError):
    """The message itself is at fault; ``str(exc)`` is the quarantine reason the coordinator reads."""


UnexpectedHook = Callable[[BaseException], None]
# Who is told of a bug caught at a boundary besides the log: the test suite registers one (tests/conftest.py).
_unexpected_hooks: list[UnexpectedHook] = []


def on_unexpected(hook: UnexpectedHook) -> Callable[[], None]:
    """Call `hook` with every unexpected exception a boundary catches; returns what unregisters it."""
    _unexpected_hooks.append(hook)
    return lambda: _unexpected_hooks.remove(hook)


def report_unexpected(exc: BaseException) -> None:
    """A boundary caught a bug of ours and carried on: tell whoever listens (the tests)."""
    for hook in list(_unexpected_hooks):
        hook(exc)
