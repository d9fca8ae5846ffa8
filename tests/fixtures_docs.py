"""Builders of test documents and messages: PDF (a minimal writer), DOCX, ODT, RFC 822 messages.

Generated on the fly so the repository holds no binary fixtures and every hostile variant is explicit.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Sequence
from email.message import EmailMessage
from email.utils import formataddr
from xml.sax.saxutils import escape

DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
ODT_TYPE = "application/vnd.oasis.opendocument.text"

Placed = tuple[float, float, str]  # x, y (from the bottom), text


def _pdf_string(text: str) -> bytes:
    raw = text.encode("cp1252", errors="replace")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def make_pdf_pages(
    pages: Sequence[Sequence[Placed]], *, declared_pages: int | None = None, font_size: float = 11
) -> bytes:
    """A PDF whose text runs are drawn in the given order at the given places (Helvetica, WinAnsi)."""
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    pages_id = len(objects) + 1 + 0  # reserved below
    objects.append(b"")  # placeholder for /Pages
    page_ids: list[int] = []
    for runs in pages:
        stream = b"".join(
            b"BT /F1 %.1f Tf %.1f %.1f Td " % (font_size, x, y) + _pdf_string(text) + b" Tj ET\n"
            for x, y, text in runs
        )
        content = add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        page_ids.append(
            add(
                b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 %d"
                b" 0 R >> >> "
                b"/Contents %d 0 R >>" % (pages_id, font, content)
            )
        )
    count = declared_pages if declared_pages is not None else len(page_ids)
    kids = b" ".join(b"%d 0 R" % i for i in page_ids)
    objects[pages_id - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, count)
    catalog = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id)
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(
        b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, catalog, xref)
    )
    return out.getvalue()


def make_pdf(lines: Sequence[str], **kwargs: object) -> bytes:
    """A one-column PDF, one line per run from the top of the page."""
    runs = [(56.0, 800.0 - 16.0 * i, line) for i, line in enumerate(lines)]
    return make_pdf_pages([runs], **kwargs)  # type: ignore[arg-type]


def make_two_column_pdf(left: Sequence[str], right: Sequence[str], *, row_by_row: bool) -> bytes:
    """Two columns; drawn row by row across both (table templates) or column by column."""
    runs: list[Placed] = []
    rows = max(len(left), len(right))
    if row_by_row:
        for i in range(rows):
            y = 760.0 - 16.0 * i
            if i < len(left):
                runs.append((40.0, y, left[i]))
            if i < len(right):
                runs.append((320.0, y, right[i]))
    else:
        runs += [(40.0, 760.0 - 16.0 * i, t) for i, t in enumerate(left)]
        runs += [(320.0, 760.0 - 16.0 * i, t) for i, t in enumerate(right)]
    return make_pdf_pages([runs], font_size=9)


def _zip(members: dict[str, bytes], *, stored_first: str | None = None) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        if stored_first:
            zf.writestr(
                zipfile.ZipInfo(stored_first), members.pop(stored_first), compress_type=zipfile.ZIP_STORED
            )
        for name, data in members.items():
            zf.writestr(name, data)
    return buf.getvalue()


def _w_paragraphs(paragraphs: Sequence[str]) -> str:
    return "".join(f'<w:p><w:r><w:t xml:space="preserve">{escape(p)}</w:t></w:r></w:p>' for p in paragraphs)


def make_docx(paragraphs: Sequence[str], *, header: Sequence[str] = ()) -> bytes:
    """A DOCX; ``header`` lines go to word/header1.xml, where some CV templates put the name."""
    body = _w_paragraphs(paragraphs)
    document = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f"<w:body>{body}</w:body></w:document>"
    )
    return _zip(
        {
            "[Content_Types].xml": b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
            b'content-types"><Override PartName="/word/document.xml"'
            b' ContentType="application/vnd.openxmlformats-'
            b'officedocument.wordprocessingml.document.main+xml"/></Types>',
            "word/document.xml": document.encode("utf-8"),
            **_header_members(header),
        }
    )


def _header_members(header: Sequence[str]) -> dict[str, bytes]:
    if not header:
        return {}
    xml = (
        '<w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        + _w_paragraphs(header)
        + "</w:hdr>"
    )
    return {"word/header1.xml": xml.encode("utf-8")}


def make_odt(paragraphs: Sequence[str]) -> bytes:
    body = "".join(f"<text:p>{escape(p)}</text:p>" for p in paragraphs)
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        f"<office:body><office:text>{body}</office:text></office:body></office:document-content>"
    )
    return _zip(
        {"mimetype": ODT_TYPE.encode(), "content.xml": content.encode("utf-8")}, stored_first="mimetype"
    )


def make_zip_bomb_docx(uncompressed_mb: int = 60) -> bytes:
    """A DOCX whose document.xml inflates to ``uncompressed_mb`` MB of zeros (a few dozen KB compressed)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        zf.writestr("[Content_Types].xml", b"<Types/>")
        with zf.open("word/document.xml", "w", force_zip64=True) as member:
            chunk = b"\0" * (1024 * 1024)
            for _ in range(uncompressed_mb):
                member.write(chunk)
    return buf.getvalue()


def make_message(
    body: str,
    *,
    from_name: str = "Inès Martin",
    from_addr: str = "ines.martin@example.org",
    subject: str = "Candidature Pro'pulse",
    attachments: Sequence[tuple[str, str, bytes]] = (),
    headers: dict[str, str] | None = None,
    html: bool = False,
) -> bytes:
    msg = EmailMessage()
    msg["From"] = formataddr((from_name, from_addr)) if from_name else from_addr
    msg["To"] = "Pro'pulse <propulse@animafac.net>"
    msg["Subject"] = subject
    msg["Date"] = "Tue, 10 Nov 2026 10:42:00 +0100"
    msg["Message-ID"] = "<test.1@example.org>"
    for key, value in (headers or {}).items():
        msg[key] = value
    if html:
        msg.set_content(
            "<html><body>" + "".join(f"<p>{escape(p)}</p>" for p in body.split("\n")) + "</body></html>",
            subtype="html",
        )
    else:
        msg.set_content(body)
    for filename, ctype, payload in attachments:
        maintype, _, subtype = ctype.partition("/")
        msg.add_attachment(payload, maintype=maintype, subtype=subtype, filename=filename)
    return msg.as_bytes()
