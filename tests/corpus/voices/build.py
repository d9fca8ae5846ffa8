"""Build the voices corpus: source/batch*.py → NNNN.eml + truth.jsonl, deterministically.

    python tests/corpus/voices/build.py [--out DIR]

The messages were written one by one (see LICENCE.md); this script only wraps them in MIME, makes the
attached CVs (tests/fixtures_docs.py, the project's own document builders) and checks each truth against the
programme's rules before writing it, so a label that contradicts itself stops the build.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import io
import json
import sys
import zipfile
from collections.abc import Callable
from datetime import datetime
from email.message import EmailMessage
from email.utils import parseaddr
from html import escape
from pathlib import Path
from types import ModuleType
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "source"))
sys.path.insert(0, str(HERE.parents[1]))  # tests/, for fixtures_docs

from fixtures_docs import DOCX_TYPE, ODT_TYPE, make_docx, make_odt, make_pdf  # noqa: E402
from kit import CRITERIA, CV, M  # noqa: E402

TODAY = (2026, 11)
MAX_MONTHS = 24
TRUTH_ORDER = (
    "file",
    "message_id",
    "kind",
    "bounced",
    "first_name",
    "last_name",
    "email",
    "phone",
    "bac_plus",
    "graduation",
    "verdict",
    "failing",
    "unknown",
    "forwarded_by",
    "language",
    "cv_format",
    "info_in",
    "status",
)
FROZEN_TIME = (2026, 11, 1, 9, 0, 0)  # zip members carry a date: fixed, so a rebuild changes no byte


def load_messages(source: Path = HERE / "source", attribute: str = "MESSAGES") -> list[Any]:
    """Every ``attribute`` list of source/batch*.py, in file order (the contrast corpus lists GROUPS)."""
    messages: list[Any] = []
    for path in sorted(source.glob("batch*.py")):
        spec = importlib.util.spec_from_file_location(path.stem, path)
        assert spec and spec.loader
        module: ModuleType = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        messages.extend(getattr(module, attribute))
    return messages


def _freeze_zip(data: bytes) -> bytes:
    """Rewrite a DOCX/ODT with fixed member dates (the ODT mimetype stays first and stored)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=FROZEN_TIME)
            fixed.compress_type = info.compress_type
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


def cv_attachment(cv: CV) -> tuple[str, str, bytes]:
    lines = [line.strip() for line in cv.text.strip().splitlines() if line.strip()]
    if cv.fmt == "pdf":
        return cv.filename, "application/pdf", make_pdf(lines)
    if cv.fmt == "docx":
        return cv.filename, DOCX_TYPE, _freeze_zip(make_docx(lines))
    if cv.fmt == "odt":
        return cv.filename, ODT_TYPE, _freeze_zip(make_odt(lines))
    raise ValueError(f"unknown CV format {cv.fmt!r}")


def html_of(body: str) -> str:
    paragraphs = [p for p in body.strip().split("\n\n") if p.strip()]
    inner = "".join("<p>" + "<br>".join(escape(line) for line in p.splitlines()) + "</p>" for p in paragraphs)
    return f"<html><body>{inner}</body></html>"


def rfc_date(when: str) -> str:
    day, hm = when.split()
    stamp = datetime(2026, 11, int(day), int(hm[:2]), int(hm[3:5]))
    return stamp.strftime("%a, %d %b %Y %H:%M:00 +0100")


def message_id(number: int, m: M) -> str:
    domain = parseaddr(m.frm)[1].rpartition("@")[2] or "example.org"
    digest = int(hashlib.sha256(f"{number}|{m.frm}|{m.subject}".encode()).hexdigest()[:15], 16)
    return f"<{digest}.{number:04d}@{domain}>"


def bounce_bytes(m: M, mid: str) -> bytes:
    boundary = f"=_report_{hashlib.sha256(mid.encode()).hexdigest()[:12]}"
    parts = [
        f"From: {m.frm}",
        f"To: {m.to}",
        f"Subject: {m.subject}",
        f"Date: {rfc_date(m.date)}",
        f"Message-ID: {mid}",
        *[f"{k}: {v}" for k, v in m.headers.items()],
        "MIME-Version: 1.0",
        f'Content-Type: multipart/report; report-type=delivery-status; boundary="{boundary}"',
        "",
        f"--{boundary}",
        'Content-Type: text/plain; charset="utf-8"',
        "Content-Transfer-Encoding: 8bit",
        "",
        m.body.strip(),
        "",
        f"--{boundary}",
        "Content-Type: message/delivery-status",
        "",
        (m.bounce or "").strip(),
        "",
        f"--{boundary}",
        "Content-Type: text/rfc822-headers",
        "",
        "From: Pro'pulse <propulse@animafac.net>",
        f"To: {m.truth['bounced']}",
        "Subject: Votre candidature à Pro'pulse",
        "",
        f"--{boundary}--",
        "",
    ]
    return "\n".join(parts).encode("utf-8")


def message_bytes(number: int, m: M) -> tuple[str, bytes]:
    mid = m.headers.get("Message-ID", message_id(number, m))
    if m.bounce is not None:
        return mid, bounce_bytes(m, mid)
    msg = EmailMessage()
    msg["From"] = m.frm
    msg["To"] = m.to
    msg["Subject"] = m.subject
    msg["Date"] = rfc_date(m.date)
    msg["Message-ID"] = mid
    for key, value in m.headers.items():
        if key != "Message-ID":
            msg[key] = value
    html = m.body_html or html_of(m.body)
    if m.html == "only":
        msg.set_content(html, subtype="html")
    else:
        msg.set_content(m.body)
        if m.html == "both":
            msg.add_alternative(html, subtype="html")
    if m.cv is not None:
        filename, ctype, payload = cv_attachment(m.cv)
        maintype, _, subtype = ctype.partition("/")
        msg.add_attachment(payload, maintype=maintype, subtype=subtype, filename=filename)
    for i, part in enumerate(p for p in msg.walk() if p.is_multipart()):
        part.set_boundary(f"=_voices_{number:04d}_{i}")
    return mid, msg.as_bytes()


def months_ago(grad: str) -> int:
    year, month = int(grad[:4]), int(grad[5:7])
    return (TODAY[0] - year) * 12 + TODAY[1] - month


def check_truth(name: str, m: M) -> None:
    """A label that contradicts the programme's rules is a bug in the corpus: stop."""
    t = m.truth
    if t["kind"] != "application":
        return
    assert set(t["failing"]) <= set(CRITERIA) and set(t["unknown"]) <= set(CRITERIA), name
    assert not set(t["failing"]) & set(t["unknown"]), f"{name}: a criterion both failing and unknown"
    grad, bac = t["graduation"], t["bac_plus"]
    if grad and len(grad) == 7 and isinstance(bac, int) and bac >= 2:
        old = months_ago(grad) > MAX_MONTHS
        assert old == ("graduation_recent" in t["failing"]), f"{name}: graduation {grad} vs failing"
    if isinstance(bac, int) and bac < 2:
        assert "degree_level" in t["failing"] or "degree_level" in t["unknown"], f"{name}: bac+{bac}"
    if t["phone"]:
        assert t["phone"].startswith("+") and t["phone"][1:].isdigit(), f"{name}: phone {t['phone']}"


def truth_line(name: str, mid: str, m: M) -> str:
    t: dict[str, Any] = {"file": name, "message_id": mid, **m.truth}
    if t["kind"] == "application":
        if t["email"] == "from":
            t["email"] = parseaddr(m.frm)[1]
        t["cv_format"] = m.cv.fmt if m.cv else None
    ordered = {k: t[k] for k in TRUTH_ORDER if k in t}
    ordered.update({k: v for k, v in t.items() if k not in ordered})
    return json.dumps(ordered, ensure_ascii=False)


def write_message(out: Path, name: str, number: int, m: M, **extra: str) -> str:
    """Check ``m``'s truth, write it to ``out/name`` and return its truth line with ``extra`` keys appended
    (a corpus of groups adds each member's `group`, and its `change` or `register`)."""
    check_truth(name, m)
    mid, raw = message_bytes(number, m)
    (out / name).write_bytes(raw)
    return json.dumps({**json.loads(truth_line(name, mid, m)), **extra}, ensure_ascii=False)


def clear(out: Path, pattern: str) -> None:
    """Make ``out`` and remove the messages (``pattern``) a previous build left there."""
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob(pattern):
        old.unlink()


def write_truth(out: Path, lines: list[str]) -> int:
    (out / "truth.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines)


def build_tagged(out: Path, source: Path, tags: tuple[str, ...]) -> int:
    """Write the messages of a corpus whose sources wrap each mail ``.m`` with the facts of its method (a
    grid cell, a boundary and side, a discourse structure…): each attribute named in ``tags`` joins its
    truth line."""
    clear(out, "[0-9][0-9][0-9][0-9].eml")
    lines = [
        write_message(out, f"{n:04d}.eml", n, item.m, **{tag: getattr(item, tag) for tag in tags})
        for n, item in enumerate(load_messages(source))
    ]
    return write_truth(out, lines)


def build(out: Path, source: Path = HERE / "source") -> int:
    """Write ``source``'s messages to ``out`` (the holdout corpus reuses this with its own sources)."""
    clear(out, "[0-9][0-9][0-9][0-9].eml")
    lines = []
    for number, m in enumerate(load_messages(source)):
        name = f"{number:04d}.eml"
        check_truth(name, m)
        mid, raw = message_bytes(number, m)
        (out / name).write_bytes(raw)
        lines.append(truth_line(name, mid, m))
    return write_truth(out, lines)


def run(description: str, corpus: Path, build_with: Callable[[Path, Path], int] = build) -> int:
    """A corpus build.py command line: `--out DIR` (default: the corpus), sources in `corpus/source`."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--out", type=Path, default=corpus)
    args = parser.parse_args()
    count = build_with(args.out, corpus / "source")
    print(f"{count} messages written to {args.out}")
    return 0


def main() -> int:
    return run(__doc__.splitlines()[0], HERE)


if __name__ == "__main__":
    raise SystemExit(main())
