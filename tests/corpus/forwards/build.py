"""Build the forwards corpus: source/batch01..08.py → NNNN.eml + truth.jsonl, deterministically.

    python tests/corpus/forwards/build.py [--out DIR]

Nobody tunes the reader on this corpus (see LICENCE.md). It is the Pro'pulse inbox from 1 to 26 February 2027
in eight batches of 25, every application given first the way its deciding fact sits among the messages the
mail carries (forwarded, quoted, attached, chained), and each message is labelled on the day it arrived
(source/forwards.py ``read_on``: its Date's own day), which its truth line carries as `read_on` beside
`feature` and `fact`. Everything else (MIME, HTML bodies, attached CVs, Message-IDs, delivery reports, the
command line) is the voices corpus's builder, `../voices/build.py`, but for three things, as in
`../newyear/build.py`: a source date is «YYYY-MM-DD HH:MM» in Paris time (+0100 all winter), the check of each
label is made in its own reading month (February 2027, plus the rule of a graduation year alone), so a label
that contradicts its day stops the build; and a mail whose ``M.headers`` carry the ``X-Forwards-`` markers
(source/forwards.py) attaches its earlier mail as a message/rfc822 part, made here with Python's ``email``
package, boundaries and Message-ID set from the message's number (a rebuild gives the same bytes).
"""

from __future__ import annotations

import dataclasses
import email
import email.policy
import hashlib
import importlib.util
import json
import sys
from datetime import datetime
from email.message import EmailMessage
from email.utils import parseaddr
from pathlib import Path
from types import ModuleType
from typing import Any

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("voices_build", HERE.parent / "voices" / "build.py")
assert _spec and _spec.loader
voices_build = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(voices_build)  # also puts the voices kit on sys.path for source/batch*.py
sys.path.insert(0, str(HERE / "source"))  # forwards.py (N, the grid of twelve carryings, the reading day)

from forwards import ATTACH_FROM, ATTACH_PREFIX, BATCH_DAYS, read_on, reading_month  # noqa: E402


def when(date: str) -> datetime:
    """The moment of a source date «YYYY-MM-DD HH:MM» (Paris wall clock)."""
    return datetime.strptime(date, "%Y-%m-%d %H:%M")


def rfc_date(date: str) -> str:
    """Paris winter time (+0100): every Date of February 2027, and the attached mails' earlier winter ones."""
    return when(date).strftime("%a, %d %b %Y %H:%M:00 +0100")


voices_build.rfc_date = rfc_date  # the voices writer dates every mail in November 2026; this corpus: February


def year_alone_state(year: int) -> str:
    """The two-year limit of a graduation year said alone, in the reading month (voices_build.TODAY)."""
    if voices_build.months_ago(f"{year}-01") <= voices_build.MAX_MONTHS:
        return "meets"
    if voices_build.months_ago(f"{year}-12") > voices_build.MAX_MONTHS:
        return "fails"
    return "open"


def check_on_day(name: str, truth: dict[str, object]) -> None:
    """The reading day's own checks beyond the voices builder's month count: the year-alone rule."""
    grad, bac = truth.get("graduation"), truth.get("bac_plus")
    if truth["kind"] != "application" or not isinstance(grad, str) or len(grad) != 4:
        return
    if not (isinstance(bac, int) and bac >= 2):
        return
    state = year_alone_state(int(grad))
    failing, unknown = truth["failing"], truth["unknown"]
    assert isinstance(failing, list) and isinstance(unknown, list)
    found = "fails" if "graduation_recent" in failing else "open" if "graduation_recent" in unknown else ""
    found = found or "meets"
    assert found == state, f"{name}: graduation {grad} alone {state} on its reading day, labelled {found}"


def check_dates(batch: str, dates: list[str]) -> None:
    """Dates inside the batch's days, rising with the number."""
    first, last = BATCH_DAYS[batch]
    assert dates == sorted(dates, key=when), f"batch {batch}: dates not rising"
    for date in dates:
        assert first <= date[:10] <= last, f"batch {batch}: {date} outside {first}..{last}"


def load_batch(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def attach_earlier_mail(number: int, raw: bytes, markers: dict[str, str]) -> bytes:
    """The built mail with the body's paragraphs after the first ``X-Forwards-Split`` ones moved into an
    attached earlier mail (message/rfc822) whose From, To, Subject and Date the markers give; the CV, if any,
    stays attached to the outer mail."""
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(msg, EmailMessage)
    text_part = msg.get_body(preferencelist=("plain",))
    assert text_part is not None, f"{number:04d}: an attached mail needs a text body"
    paragraphs = str(text_part.get_content()).strip().split("\n\n")
    split = int(markers[ATTACH_PREFIX + "Split"])
    outer, inner_text = "\n\n".join(paragraphs[:split]), "\n\n".join(paragraphs[split:])
    assert inner_text, f"{number:04d}: nothing left for the attached mail"
    inner = EmailMessage()
    inner["From"] = markers[ATTACH_FROM]
    inner["To"] = markers.get(ATTACH_PREFIX + "Inner-To", str(msg["From"]))
    inner["Subject"] = markers[ATTACH_PREFIX + "Inner-Subject"]
    inner["Date"] = rfc_date(markers[ATTACH_PREFIX + "Inner-Date"])
    domain = parseaddr(markers[ATTACH_FROM])[1].rpartition("@")[2] or "example.org"
    digest = hashlib.sha256(str(msg["Message-ID"]).encode()).hexdigest()[:20]
    inner["Message-ID"] = f"<{digest}.{number:04d}@{domain}>"
    inner.set_content(inner_text.rstrip("\n") + "\n")
    wrapper = EmailMessage()
    wrapper.set_content(inner)
    del wrapper["MIME-Version"]
    wrapper["Content-Disposition"] = 'attachment; filename="message.eml"'
    outer_part = EmailMessage()
    outer_part.set_content((outer or "").rstrip("\n") + "\n")
    del outer_part["MIME-Version"]
    others = [p for p in msg.iter_attachments()] if msg.is_multipart() else []
    for key in ("Content-Type", "Content-Transfer-Encoding"):
        del msg[key]
    msg.set_payload(None)
    msg["Content-Type"] = "multipart/mixed"
    msg.set_payload([outer_part, wrapper, *others])
    for i, part in enumerate(p for p in msg.walk() if p.get_content_maintype() == "multipart"):
        part.set_boundary(f"=_forwards_{number:04d}_{i}")
    return msg.as_bytes()


def write_message(out: Path, name: str, number: int, m: Any, **extra: str) -> str:
    """The voices builder's writing of a message, but for a mail carrying the ``X-Forwards-`` markers: the
    markers stripped, its earlier mail attached as message/rfc822."""
    markers = {k: v for k, v in m.headers.items() if k.startswith(ATTACH_PREFIX)}
    if not markers:
        return str(voices_build.write_message(out, name, number, m, **extra))
    plain = dataclasses.replace(m, headers={k: v for k, v in m.headers.items() if k not in markers})
    voices_build.check_truth(name, plain)
    mid, raw = voices_build.message_bytes(number, plain)
    (out / name).write_bytes(attach_earlier_mail(number, raw, markers))
    line = voices_build.truth_line(name, mid, plain)
    return json.dumps({**json.loads(line), **extra}, ensure_ascii=False)


def build(out: Path, source: Path = HERE / "source") -> int:
    voices_build.clear(out, "[0-9][0-9][0-9][0-9].eml")
    lines: list[str] = []
    for path in sorted(source.glob("batch[0-9][0-9].py")):
        batch = path.stem.removeprefix("batch")
        items = load_batch(path).MESSAGES
        check_dates(batch, [item.m.date for item in items])
        for item in items:
            name = f"{len(lines):04d}.eml"
            voices_build.TODAY = reading_month(item.m.date)  # its own reading month: the count's origin
            check_on_day(name, item.m.truth)
            tags = {"feature": item.feature, "fact": item.fact, "read_on": read_on(item.m.date)}
            lines.append(write_message(out, name, len(lines), item.m, **tags))
    return int(voices_build.write_truth(out, lines))


if __name__ == "__main__":
    raise SystemExit(voices_build.run(__doc__.splitlines()[0], HERE, build))
