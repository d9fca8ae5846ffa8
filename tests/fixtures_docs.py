"""Builders of test documents and messages: PDF (a minimal writer), DOCX, ODT, RFC 822 messages.

Generated on the fly so the repository holds no binary fixtures and every hostile variant is explicit.
"""

from __future__ import annotations

import io
import struct
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


def make_doc(paragraphs: Sequence[str]) -> bytes:
    """A minimal Word 97-2003 (.doc) file: an OLE2 compound file holding a FIB and one 8-bit text piece.

    No writer of .doc exists on a Debian machine without an office suite; this is the least antiword reads.
    """
    text = "\r".join(paragraphs).encode("cp1252", errors="replace") + b"\r"
    fib_size, sector = 0x400, 512
    word = bytearray(fib_size) + text
    word += bytes(max(4096, -(-len(word) // sector) * sector) - len(word))  # ≥ 4096: no mini stream

    def put(buf: bytearray, offset: int, fmt: str, value: int) -> None:
        struct.pack_into(fmt, buf, offset, value)

    put(word, 0x00, "<H", 0xA5EC)  # wIdent
    put(word, 0x02, "<H", 0x00C1)  # nFib: Word 97
    put(word, 0x06, "<H", 0x040C)  # lid: French
    put(word, 0x0A, "<H", 0x0200)  # fWhichTblStm: the table stream is "1Table"
    put(word, 0x0C, "<H", 0x00BF)
    put(word, 0x18, "<I", fib_size)  # fcMin
    put(word, 0x1C, "<I", fib_size + len(text))  # fcMac
    put(word, 0x20, "<H", 14)  # csw
    put(word, 0x40, "<I", fib_size + len(text))  # cbMac
    put(word, 0x4C, "<I", len(text))  # ccpText
    # The piece table (Clx): one piece of cp1252 text ("compressed": fc * 2 | 0x40000000).
    clx = bytearray(b"\x02") + struct.pack("<I", 12 + 8)
    clx += struct.pack("<II", 0, len(text)) + struct.pack("<HIH", 0, (fib_size * 2) | 0x40000000, 0)
    # An empty stylesheet (STSH: its header only, no style): antiword reads past a missing one.
    stsh = struct.pack("<HHHHHHH", 18, 0, 10, 0, 0x0F, 0, 0) + bytes(6)
    table = bytearray(clx) + stsh
    table += bytes(4096 - len(table))
    put(word, 0x1A2, "<I", 0)  # fcClx
    put(word, 0x1A6, "<I", len(clx))  # lcbClx
    put(word, 0xA2, "<I", len(clx))  # fcStshf
    put(word, 0xA6, "<I", len(stsh))  # lcbStshf

    streams = [("WordDocument", bytes(word)), ("1Table", bytes(table))]
    fat = [0xFFFFFFFD, 0xFFFFFFFE]  # sector 0: the FAT itself; sector 1: the directory
    starts = []
    for _, data in streams:
        count = len(data) // sector
        starts.append(len(fat))
        fat += [len(fat) + i + 1 for i in range(count - 1)] + [0xFFFFFFFE]
    fat += [0xFFFFFFFF] * (sector // 4 - len(fat))

    def entry(name: str, kind: int, start: int, size: int, *, left: int = -1, child: int = -1) -> bytes:
        encoded = name.encode("utf-16-le") + b"\0\0"
        return (
            encoded.ljust(64, b"\0")
            + struct.pack("<HBB", len(encoded), kind, 1)
            + struct.pack("<iii", left, -1, child)
            + bytes(16 + 4 + 16)
            + struct.pack("<IIi", start, size, 0)
        )

    directory = (
        entry("Root Entry", 5, 0xFFFFFFFE, 0, child=1)
        + entry("WordDocument", 2, starts[0], len(streams[0][1]), left=2)
        + entry("1Table", 2, starts[1], len(streams[1][1]))
        + bytes(128)
    )
    header = bytearray(sector)
    header[0:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    struct.pack_into("<HHHHH", header, 24, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into("<IIIIIIIII", header, 40, 0, 1, 1, 0, 4096, 0xFFFFFFFE, 0, 0xFFFFFFFE, 0)
    struct.pack_into("<I", header, 76, 0)
    header[80:sector] = b"\xff" * (sector - 80)
    return bytes(header) + struct.pack(f"<{len(fat)}I", *fat) + directory + b"".join(d for _, d in streams)
