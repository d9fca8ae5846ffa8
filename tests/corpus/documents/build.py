"""Build the documents corpus: source/batch*.py → NNNN.eml + truth.jsonl, deterministically.

    python tests/corpus/documents/build.py [--out DIR]

Nobody tunes the reader on this corpus (see LICENCE.md). The messages are written document first: most
facts sit in an attached CV, cover letter, job offer or invoice, laid out as people make them
(reverse-chronological, skills-based, two columns, DOCX tables, page headers and footers, a CV and a letter
in one PDF). The MIME
dates, Message-IDs, truth lines and the check that refuses a self-contradicting label are the voices
corpus's own (`../voices/build.py`): one copy of that code; only the documents are made here.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import textwrap
from email.message import EmailMessage
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("voices_build", HERE.parent / "voices" / "build.py")
assert _spec and _spec.loader
voices_build = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(voices_build)  # also puts the voices kit and tests/ on sys.path
sys.path.insert(0, str(HERE / "source"))  # docs.py (Doc, M)

from fixtures_docs import (  # noqa: E402
    DOCX_TYPE,
    ODT_TYPE,
    _header_members,
    _w_paragraphs,
    _zip,
    make_odt,
    make_pdf_pages,
    make_two_column_pdf,
)

from docs import Doc, M  # noqa: E402

PAGE_LINES = 46  # lines of 16 pt on an A4 page
WRAP = 92  # characters of a PDF line before it wraps (a letter's paragraphs)


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.strip().splitlines() if line.strip()]


def pdf_of(text: str) -> bytes:
    """One column; long paragraphs wrap; «---page---» or a full page starts a new page."""
    pages: list[list[str]] = [[]]
    for line in _lines(text):
        if line == "---page---":
            pages.append([])
            continue
        for piece in textwrap.wrap(line, WRAP):
            if len(pages[-1]) == PAGE_LINES:
                pages.append([])
            pages[-1].append(piece)
    return make_pdf_pages([[(56.0, 800.0 - 16.0 * i, t) for i, t in enumerate(p)] for p in pages])


def _w_table(rows: list[list[str]]) -> str:
    cells = "".join(
        "<w:tr>" + "".join(f"<w:tc>{_w_paragraphs([c])}</w:tc>" for c in row) + "</w:tr>" for row in rows
    )
    return f"<w:tbl>{cells}</w:tbl>"


def docx_of(doc: Doc) -> bytes:
    """A DOCX whose «| a | b» lines are table rows, with the page header and footer as written."""
    body, rows = "", []
    for line in [*_lines(doc.text), ""]:
        if line.startswith("|"):
            rows.append([c.strip() for c in line.strip("|").split(" | ")])
            continue
        if rows:
            body, rows = body + _w_table(rows), []
        body += _w_paragraphs([line]) if line else ""
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    members = {
        "[Content_Types].xml": b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
        b'content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
        b'officedocument.wordprocessingml.document.main+xml"/></Types>',
        "word/document.xml": f'<?xml version="1.0" encoding="UTF-8"?><w:document {ns}><w:body>{body}</w:body>'
        "</w:document>".encode(),
        **_header_members(_lines(doc.header)),
    }
    if doc.footer:
        members["word/footer1.xml"] = f"<w:ftr {ns}>{_w_paragraphs(_lines(doc.footer))}</w:ftr>".encode()
    return _zip(members)


def attachment(doc: Doc) -> tuple[str, str, bytes]:
    if doc.fmt == "pdf":
        return doc.filename, "application/pdf", pdf_of(doc.text)
    if doc.fmt == "pdf2col":
        pdf = make_two_column_pdf(_lines(doc.text), _lines(doc.right), row_by_row=doc.row_by_row)
        return doc.filename, "application/pdf", pdf
    if doc.fmt == "docx":
        return doc.filename, DOCX_TYPE, voices_build._freeze_zip(docx_of(doc))
    if doc.fmt == "odt":
        return doc.filename, ODT_TYPE, voices_build._freeze_zip(make_odt(_lines(doc.text)))
    raise ValueError(f"unknown document format {doc.fmt!r}")


def message_bytes(number: int, m: M) -> tuple[str, bytes]:
    mid = m.headers.get("Message-ID", voices_build.message_id(number, m))
    if m.bounce is not None:
        return mid, voices_build.bounce_bytes(m, mid)
    msg = EmailMessage()
    for key, value in (("From", m.frm), ("To", m.to), ("Subject", m.subject)):
        msg[key] = value
    msg["Date"] = voices_build.rfc_date(m.date)
    msg["Message-ID"] = mid
    for key, value in m.headers.items():
        if key != "Message-ID":
            msg[key] = value
    html = m.body_html or voices_build.html_of(m.body)
    if m.html == "only":
        msg.set_content(html, subtype="html")
    else:
        msg.set_content(m.body if m.body.strip() else "\n")
        if m.html == "both":
            msg.add_alternative(html, subtype="html")
    for doc in m.docs:
        filename, ctype, payload = attachment(doc)
        maintype, _, subtype = ctype.partition("/")
        msg.add_attachment(payload, maintype=maintype, subtype=subtype, filename=filename)
    for i, part in enumerate(p for p in msg.walk() if p.is_multipart()):
        part.set_boundary(f"=_documents_{number:04d}_{i}")
    return mid, msg.as_bytes()


def build(out: Path, source: Path = HERE / "source") -> int:
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("[0-9][0-9][0-9][0-9].eml"):
        old.unlink()
    lines = []
    for number, m in enumerate(voices_build.load_messages(source)):
        name = f"{number:04d}.eml"
        voices_build.check_truth(name, m)
        mid, raw = message_bytes(number, m)
        (out / name).write_bytes(raw)
        line = json.loads(voices_build.truth_line(name, mid, m))
        if line.get("cv_format") == "pdf2col":
            line["cv_format"] = "pdf"
        line["documents"] = [d.role for d in m.docs]
        lines.append(json.dumps(line, ensure_ascii=False))
    (out / "truth.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=HERE)
    out = parser.parse_args().out
    print(f"{build(out)} messages written to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
