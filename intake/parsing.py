"""Raw RFC 822 bytes → :class:`ParsedMessage`, plus quote stripping.

The stdlib ``email`` parser with the compat32 policy and explicit decoding is used rather than
mail-parser's joined body: NOTES-real-parts.md measured it 5× faster, and mail-parser concatenates the
plain and HTML alternatives into one text, which duplicates every fact we later extract.
Malformed MIME never raises; only input that is not a message at all raises :class:`UnparseableMessage`.
"""

from __future__ import annotations

import codecs
import contextlib
import email
import email.utils
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.header import decode_header
from email.message import Message
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lxml import etree

from intake.errors import QuarantineError
from intake.flowed import unflow_part

__all__ = [
    "Attachment",
    "ForwardedPart",
    "ParsedMessage",
    "Sender",
    "UnparseableMessage",
    "parse_message",
    "quoted_lines",
    "read_sender",
    "signature_of",
    "split_forwarded",
    "strip_quoted",
]


class UnparseableMessage(QuarantineError, ValueError):
    """The input is not an RFC 822 message; ``str(exc)`` is a one-line French reason."""


@dataclass(frozen=True)
class Attachment:
    filename: str
    content_type: str
    payload: bytes
    # Shown in the body (Content-Disposition: inline, or a Content-ID an HTML body refers to).
    inline: bool = False

    @property
    def size(self) -> int:
        return len(self.payload)


@dataclass(frozen=True)
class ParsedMessage:
    message_id: str | None
    subject: str
    from_name: str
    from_addr: str | None
    to: list[str]
    date: datetime | None
    in_reply_to: str | None
    references: list[str]
    headers: dict[str, str]
    text: str
    attachments: list[Attachment]
    content_type: str = "text/plain"
    # Machine-readable parts of a delivery report (message/delivery-status), kept apart from the body.
    delivery_status: list[str] = field(default_factory=list)
    language: str | None = None
    defects: list[str] = field(default_factory=list)
    # The display name carries an address or a line break: shown as written, never used for identity.
    from_name_suspect: bool = False


_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_KNOWN_HEADERS = {
    "from",
    "to",
    "subject",
    "date",
    "message-id",
    "received",
    "content-type",
    "mime-version",
    "return-path",
    "delivered-to",
    "cc",
    "reply-to",
    "x-mailer",
    "references",
    "in-reply-to",
}
_MSGID_RE = re.compile(r"<[^<>\s]+>")
_CONTROL_RE = re.compile(r"[\x00-\x1f\x7f]")
# Bidirectional overrides and isolates reorder what is displayed («gpj.exe» shown as «exe.jpg»): dropped.
_BIDI_CONTROL_RE = re.compile("[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")


# ---------------------------------------------------------------------------------------------- decoding


def _lookup_charset(charset: str | None) -> str | None:
    if not charset:
        return None
    name = charset.strip().strip('"').lower()
    if name in {"none", "unknown", "unknown-8bit", "x-unknown", "default"}:
        return None
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode_bytes(data: bytes, charset: str | None = None) -> str:
    """Decode text bytes: the declared charset, else UTF-8, else cp1252 (which never fails usefully)."""
    declared = _lookup_charset(charset)
    candidates = [c for c in (declared, "utf-8") if c]
    for cand in candidates:
        try:
            return data.decode(cand)
        except (UnicodeDecodeError, LookupError):
            continue
    # Declared charset lied: a lenient decode of the declared one beats mojibake from another guess.
    if declared and declared != "utf-8":
        return data.decode(declared, errors="replace")
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _unsurrogate(text: str) -> str:
    """compat32 keeps raw 8-bit header bytes as surrogates; turn them back into real characters."""
    if not any("\udc80" <= ch <= "\udcff" for ch in text):
        return text
    raw = text.encode("utf-8", errors="surrogateescape")
    return decode_bytes(raw)


def decode_header_value(value: object) -> str:
    """Decode an RFC 2047 header into one clean line; never raises."""
    if value is None:
        return ""
    return _clean_line(_decode_words(_unsurrogate(str(value))))


def _decode_words(text: str) -> str:
    """RFC 2047 encoded words → text, control characters kept (the caller decides what they mean)."""
    try:
        pieces = decode_header(text)
    except Exception:
        return text
    out: list[str] = []
    prev_encoded = False
    for chunk, charset in pieces:
        if isinstance(chunk, bytes):
            encoded = charset is not None
            decoded = decode_bytes(chunk, charset)
        else:
            encoded = False
            decoded = chunk
        # RFC 2047: whitespace between two adjacent encoded words is not displayed.
        joined_words = encoded and prev_encoded
        if out and not joined_words and not decoded.startswith(" ") and not out[-1].endswith(" "):
            out.append(" ")
        out.append(decoded)
        prev_encoded = encoded
    return "".join(out)


def _clean_line(text: str) -> str:
    text = _BIDI_CONTROL_RE.sub("", _CONTROL_RE.sub(" ", text))
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


def sanitize_filename(name: str | None, fallback: str = "piece-jointe") -> str:
    """Basename only, no path traversal, no control characters, bounded length."""
    if not name:
        return fallback
    name = unicodedata.normalize("NFC", _CONTROL_RE.sub("", name))
    name = name.replace("\\", "/").split("/")[-1]
    name = name.strip().lstrip(".").strip()
    if not name or name in {".", ".."}:
        return fallback
    if len(name) > 200:
        stem, dot, ext = name.rpartition(".")
        name = (stem[:190] + dot + ext[:9]) if dot and len(ext) < 10 else name[:200]
    return name


# ------------------------------------------------------------------------------------------------- HTML

_BLOCK_TAGS = {
    "p",
    "div",
    "br",
    "li",
    "tr",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "table",
    "ul",
    "ol",
    "blockquote",
    "section",
    "article",
    "header",
    "footer",
    "hr",
    "pre",
    "dd",
    "dt",
}
_CELL_TAGS = {"td", "th"}
# What a reader never sees of an element: «display:none», «visibility:hidden», Outlook's «mso-hide:all», the
# `hidden` attribute — a template's preheader or a tracking block, not the writer's shown words.
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden|mso-hide\s*:\s*all", re.IGNORECASE)
_STRUCK_TAGS = {"del", "s", "strike"}
# A text part's note that the words beside it are struck through in the HTML part: «(barré)».
_STRUCK_NOTE = re.compile(r"\((?:barr[ée]e?s?|ray[ée]e?s?|struck(?: through)?)\)", re.IGNORECASE)


def html_to_text(html: str) -> str:
    """Readable text from HTML: block elements become line breaks, scripts and styles vanish."""
    if not html.strip():
        return ""
    try:
        import lxml.html

        doc = lxml.html.document_fromstring(html)
    except Exception:
        return _normalize_text(re.sub(r"<[^>]+>", " ", html))
    for bad in doc.xpath("//script|//style|//head"):
        bad.drop_tree()
    for hidden in [el for el in doc.iter() if _is_hidden(el)]:
        hidden.drop_tree()  # a template's preheader: shown in the inbox list, never in the mail (no text)
    parts: list[str] = []

    def walk(el: etree._Element) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in _BLOCK_TAGS:
            parts.append("\n")
        if tag in _CELL_TAGS:
            parts.append(_cell_separator(el))
        if tag in _STRUCK_TAGS:
            parts.append("~~")  # struck through: shown as a text part shows it («~~…~~»), words taken back
        if tag == "blockquote":
            # Quoted history in HTML mail: mark it so strip_quoted removes it like "> " lines.
            inner: list[str] = []
            sub = _collect_text(el)
            for line in sub.splitlines():
                inner.append("> " + line)
            parts.append("\n".join(inner) + "\n")
        else:
            if el.text and tag not in {"script", "style"}:
                parts.append(el.text)
            for child in el:
                walk(child)
        if tag in _BLOCK_TAGS:
            parts.append("\n")
        if tag in _STRUCK_TAGS:
            parts.append("~~")
        if el.tail:
            parts.append(el.tail)

    walk(doc)
    return _normalize_text("".join(parts))


def _is_hidden(el: etree._Element) -> bool:
    """Whether an HTML element is never shown to the reader (its inline style hides it, or `hidden`)."""
    if not isinstance(el.tag, str):
        return False
    return el.get("hidden") is not None or bool(_HIDDEN_STYLE.search(el.get("style") or ""))


def _struck_shown(plain: str, alternatives: list[Message]) -> str:
    """The text part with the words its «(barré)» notes stand beside written «~~…~~», as the HTML
    alternative strikes them (`<del>`, `<s>`, `<strike>`): which words the note is about (before it or
    after it) only the HTML says. A text part with no note, or whose struck words the HTML does not show,
    is kept."""
    if not _STRUCK_NOTE.search(plain):
        return plain
    html = [_part_text(c) for c in alternatives if _content_type(c) == "text/html"]
    struck = {m.group(1).strip() for h in html for m in re.finditer(r"~~(.+?)~~", html_to_text(h), re.DOTALL)}
    for words in sorted(struck, key=len, reverse=True):
        said = r"\s+".join(re.escape(w) for w in words.split())
        note = _STRUCK_NOTE.pattern
        beside = rf"{said}\s*{note}|{note}\s*{said}"
        plain = re.sub(beside, f"~~{words}~~", plain, count=1, flags=re.IGNORECASE)
    return plain


def _cell_separator(cell: etree._Element) -> str:
    """What stands before a table cell, so that cells are not glued into one word («DiplômeLicence»): none
    before the first cell of a row, « : » between the label and the value of a two-cell row (how forms and
    CV tables are laid out), «, » between the cells of a wider row: one thing's line, its cells belonging
    together as a sentence's parts do («09/2025 – en cours, Licence pro, IUT de Nantes, En cours»: the
    period and the status are the licence's), as markdown.py reads a pipe table's row."""
    previous = cell.getprevious()
    if previous is None or previous.tag not in _CELL_TAGS:
        return ""
    row = cell.getparent()
    cells = [c for c in row if c.tag in _CELL_TAGS] if row is not None else []
    return " : " if len(cells) == 2 else ", "


def _collect_text(el: object) -> str:
    try:
        import lxml.html

        return str(lxml.html.tostring(el, method="text", encoding="unicode"))
    except Exception:
        return ""


def _normalize_text(text: str) -> str:
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = text.replace("\xa0", " ").replace("\u200b", "")
    lines = [re.sub(r"[ \t]+", " ", line).rstrip() for line in text.split("\n")]
    out = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", out).strip()


# ---------------------------------------------------------------------------------------------- parsing


def _reject_non_messages(raw: bytes) -> None:
    if not raw or not raw.strip():
        raise UnparseableMessage("message vide")
    if raw.startswith(_OLE2_MAGIC):
        raise UnparseableMessage("fichier Outlook .msg (format binaire OLE), pas un message RFC 822")
    if raw.startswith(b"%PDF"):
        raise UnparseableMessage("fichier PDF, pas un message RFC 822")
    if raw.startswith(b"PK\x03\x04"):
        raise UnparseableMessage("archive ZIP, pas un message RFC 822")
    head = raw[:4096]
    if head.count(b"\x00") > 16:
        raise UnparseableMessage("fichier binaire, pas un message RFC 822")


def _part_payload(part: Message) -> bytes:
    try:
        payload = part.get_payload(decode=True)
    except Exception:
        payload = None
    if isinstance(payload, bytes):
        return payload
    raw = part.get_payload()
    if isinstance(raw, str):
        return raw.encode("utf-8", errors="surrogateescape")
    return b""


def _part_text(part: Message) -> str:
    charset = None
    try:
        charset = part.get_content_charset()
    except Exception:
        charset = None
    return decode_bytes(_part_payload(part), charset)


def _filename_of(part: Message) -> str | None:
    try:
        name = part.get_filename()
    except Exception:
        name = None
    if name is None:
        try:
            name = part.get_param("name", header="content-type")  # type: ignore[assignment]
        except Exception:
            name = None
        if isinstance(name, tuple):
            name = email.utils.collapse_rfc2231_value(name)
    if name is None:
        return None
    return decode_header_value(name)


def _disposition(part: Message) -> str:
    value = part.get("content-disposition")
    if not value:
        return ""
    return str(value).split(";", 1)[0].strip().lower()


def _content_type(part: Message) -> str:
    try:
        return part.get_content_type().lower()
    except Exception:
        return "application/octet-stream"


_EXT_TYPES = {
    ".pdf": "application/pdf",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".odt": "application/vnd.oasis.opendocument.text",
    ".doc": "application/msword",
    ".rtf": "application/rtf",
    ".txt": "text/plain",
}


@dataclass
class _Collector:
    plain: list[str] = field(default_factory=list)
    html: list[str] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    delivery_status: list[str] = field(default_factory=list)
    forwarded: list[str] = field(default_factory=list)


def _collect(msg: Message, acc: _Collector, *, in_report: bool, depth: int = 0) -> None:
    if depth > 20:  # a MIME tree this deep is hostile; the rest is ignored
        return
    ctype = _content_type(msg)
    if msg.is_multipart():
        payload = msg.get_payload()
        children = payload if isinstance(payload, list) else []
        if ctype == "message/delivery-status":
            acc.delivery_status.append(
                "\n\n".join(
                    _unsurrogate(child.as_string()) for child in children if isinstance(child, Message)
                )
            )
            return
        if ctype == "message/rfc822" or ctype == "message/global":
            for child in children:
                if isinstance(child, Message):
                    _collect_enclosed(child, acc, in_report=in_report, depth=depth)
            return
        if ctype == "multipart/alternative":
            _collect_alternative([c for c in children if isinstance(c, Message)], acc, in_report, depth)
            return
        report = in_report or ctype == "multipart/report"
        for child in children:
            if isinstance(child, Message):
                _collect(child, acc, in_report=report, depth=depth + 1)
        return
    filename = _filename_of(msg)
    disposition = _disposition(msg)
    if ctype == "message/delivery-status":
        acc.delivery_status.append(_part_text(msg))
        return
    if ctype == "text/rfc822-headers" or ctype == "message/rfc822-headers":
        return
    is_body_text = (
        ctype in {"text/plain", "text/html", "text/enriched"} and disposition != "attachment" and not filename
    )
    if is_body_text:
        if in_report and acc.plain:
            # The returned copy of the original message inside a bounce is not the bounce's body.
            return
        text = _part_text(msg)
        if ctype == "text/html":
            acc.html.append(text)
        else:
            acc.plain.append(unflow_part(msg, text))
        return
    if ctype.startswith("multipart/"):
        return
    payload = _part_payload(msg)
    if not payload and not filename:
        return
    guessed_ext = next((ext for ext, t in _EXT_TYPES.items() if t == ctype), "")
    name = sanitize_filename(filename, fallback="piece-jointe" + guessed_ext)
    inline = disposition == "inline" or msg.get("content-id") is not None
    acc.attachments.append(Attachment(filename=name, content_type=ctype, payload=payload, inline=inline))


def _collect_alternative(children: list[Message], acc: _Collector, in_report: bool, depth: int) -> None:
    # Prefer the last plain alternative that has content; HTML only when no plain text exists.
    plain = [c for c in children if _content_type(c) == "text/plain"]
    for cand in reversed(plain):
        text = _part_text(cand)
        if text.strip():
            if not (in_report and acc.plain):
                acc.plain.append(_struck_shown(text, children))
            for other in children:
                if other is not cand and other.is_multipart():
                    _collect_attachments_only(other, acc, depth + 1)
            return
    for child in children:
        _collect(child, acc, in_report=in_report, depth=depth + 1)


def _collect_attachments_only(msg: Message, acc: _Collector, depth: int) -> None:
    sub = _Collector()
    _collect(msg, sub, in_report=False, depth=depth)
    acc.attachments.extend(sub.attachments)


def _collect_enclosed(inner: Message, acc: _Collector, *, in_report: bool, depth: int) -> None:
    if in_report:
        return  # the returned original of a bounce: never read as the sender's words
    sub = _Collector()
    _collect(inner, sub, in_report=False, depth=depth + 1)
    body = _choose_body(sub)
    # Its Date is kept: the enclosed mail's yearless dates are read from it (carried_dates.py).
    sent = decode_header_value(inner.get("date")).strip()
    header = (
        "---------- Message transféré ----------\n"
        f"De : {_display_sender(inner.get('from'))}\n"
        + (f"Date : {sent}\n" if sent else "")
        + f"Objet : {decode_header_value(inner.get('subject'))}\n\n"
    )
    acc.forwarded.append(header + body)
    acc.attachments.extend(sub.attachments)


def _choose_body(acc: _Collector) -> str:
    plain = "\n\n".join(t for t in acc.plain if t.strip())
    text = _normalize_text(plain) if plain.strip() else "\n\n".join(html_to_text(h) for h in acc.html)
    if acc.forwarded:
        text = (text + "\n\n" + "\n\n".join(acc.forwarded)).strip()
    return text


def _addresses(values: Iterable[str]) -> list[str]:
    out: list[str] = []
    try:
        pairs = email.utils.getaddresses([str(v) for v in values])
    except Exception:
        return out
    for _name, addr in pairs:
        addr = addr.strip().lower()
        if "@" in addr and addr not in out:
            out.append(addr)
    return out


@dataclass(frozen=True)
class Sender:
    """Who a From header names: the address (identity) and the display name (shown, never trusted).

    `suspect` is set when the display name carries an address, a line break or a control character:
    it is then shown as it is written, and nothing about the person is taken from it.
    """

    name: str
    address: str | None
    suspect: bool = False


# The name-addr form «display name <addr>» ends with the angle address (comments may follow).
_ANGLE_ADDR_AT_END = re.compile(r"<\s*([^<>\s]+@[^<>\s]+?)\s*>\s*(?:\([^()]*\)\s*)*$")
_ADDRESS_IN_TEXT = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
_UNSAFE_IN_NAME = re.compile(r"[\x00-\x1f\x7f\u202a-\u202e\u2066-\u2069]")


def read_sender(value: str | None) -> Sender:
    """The one strict reading of a From header: the address from the raw header, then the name decoded.

    Decoding first would let an encoded word (``=?utf-8?q?camille=40example.org?=``) or a decoded line
    break become the address. Several different addresses name nobody: the address is then None.
    """
    if not value:
        return Sender("", None)
    raw = re.sub(r"\r?\n(?=[ \t])", "", _unsurrogate(str(value))).strip()
    found = _ANGLE_ADDR_AT_END.search(raw)
    if found:
        address: str | None = found.group(1)
        raw_name = raw[: found.start()]
    else:
        try:
            pairs = [(n, a) for n, a in email.utils.getaddresses([raw]) if "@" in a]
        except Exception:
            pairs = []
        distinct = {a.lower() for _n, a in pairs} or {a.lower() for a in _ADDRESS_IN_TEXT.findall(raw)}
        if len(distinct) != 1:
            return Sender(_clean_line(_decode_words(raw)), None, suspect=bool(distinct))
        address = distinct.pop()
        bare = re.sub(re.escape(address), "", raw, count=1, flags=re.IGNORECASE)
        raw_name = next((n for n, _a in pairs), "") or bare
    raw_name = raw_name.strip()
    if len(raw_name) >= 2 and raw_name[0] == raw_name[-1] == '"':
        raw_name = email.utils.unquote(raw_name)
    decoded = _decode_words(raw_name)
    name = _clean_line(decoded).strip(" \"'")
    address = address.strip().lower() if address else None
    if address and name.lower() == address:
        return Sender("", address)
    # Any «@» in a display name is distrusted, not only a whole address: «@», «camille@» or «@example.org»
    # is part of one, and a name shown to the coordinator must never look like who sent it.
    suspect = bool(_UNSAFE_IN_NAME.search(decoded) or "@" in decoded)
    return Sender(name, address, suspect)


def _display_sender(value: str | None) -> str:
    """A From header written back as text («Nom <adresse>»), read strictly first."""
    sender = read_sender(value)
    name = "" if sender.suspect else sender.name
    if sender.address is None:
        return name
    return f"{name} <{sender.address}>" if name else sender.address


def _parse_from(value: str) -> tuple[str, str | None]:
    sender = read_sender(value)
    return ("" if sender.suspect else sender.name), sender.address


def _parse_date(value: str) -> datetime | None:
    if not value:
        return None
    try:
        dt = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if dt is None:
        return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return dt


def _first_msgid(value: str) -> str | None:
    if not value:
        return None
    found = _MSGID_RE.search(value)
    if found:
        return found.group(0)
    cleaned = re.sub(r"\s+", "", value)
    return cleaned or None


_FR_WORDS = frozenset(
    (
        "je",
        "vous",
        "le",
        "la",
        "les",
        "des",
        "une",
        "pour",
        "dans",
        "avec",
        "suis",
        "est",
        "mon",
        "ma",
        "mes",
        "et",
        "bonjour",
        "merci",
    )
)
_EN_WORDS = frozenset(
    (
        "i",
        "you",
        "the",
        "a",
        "an",
        "for",
        "in",
        "with",
        "am",
        "is",
        "my",
        "and",
        "hello",
        "dear",
        "thank",
        "regards",
    )
)


def guess_language(text: str) -> str | None:
    """'fr' or 'en' from stop-word counts; None when there is too little text to tell."""
    words = re.findall(r"[a-zàâçéèêëîïôûùüÿœ']+", text[:4000].lower())
    fr = sum(1 for w in words if w in _FR_WORDS)
    en = sum(1 for w in words if w in _EN_WORDS)
    if fr + en < 3:
        return None
    return "fr" if fr >= en else "en"


def parse_message(raw: bytes) -> ParsedMessage:
    """Parse raw message bytes; raises only :class:`UnparseableMessage`."""
    _reject_non_messages(raw)
    try:
        msg = email.message_from_bytes(raw)
    except Exception as exc:
        raise UnparseableMessage(f"message illisible ({type(exc).__name__})") from exc
    keys = {k.lower() for k in msg}
    if (
        not keys & _KNOWN_HEADERS
        and msg.get_unixfrom() is None
        and b"\n\n" not in raw[:65536]
        and raw[:1] not in b"\r\n"
    ):
        # No header at all: most likely a body saved as text. Read it as a body, not as headers.
        msg = email.message_from_bytes(b"\n" + raw)

    headers: dict[str, str] = {}
    for key, value in msg.items():
        lk = key.lower().strip()
        if lk not in headers:
            headers[lk] = decode_header_value(value)

    sender = read_sender(msg.get("from"))
    to = _addresses(str(v) for v in (msg.get_all("to") or []) + (msg.get_all("cc") or []))
    acc = _Collector()
    with contextlib.suppress(RecursionError):
        _collect(msg, acc, in_report=False)
    text = _choose_body(acc)
    references = _MSGID_RE.findall(headers.get("references", ""))
    defects = sorted({type(d).__name__ for part in msg.walk() for d in getattr(part, "defects", [])})
    return ParsedMessage(
        message_id=_first_msgid(str(msg.get("message-id", "") or "")),
        subject=headers.get("subject", ""),
        from_name=sender.name,
        from_addr=sender.address,
        from_name_suspect=sender.suspect,
        to=to,
        date=_parse_date(str(msg.get("date", "") or "")),
        in_reply_to=_first_msgid(headers.get("in-reply-to", "")),
        references=references,
        headers=headers,
        text=text,
        attachments=acc.attachments,
        content_type=_content_type(msg),
        delivery_status=acc.delivery_status,
        language=guess_language(text),
        defects=defects,
    )


# ----------------------------------------------------------------------------------- quoted history

_REPLY_HEADER_PATTERNS = [
    # "Le lun. 3 nov. 2025 à 10:12, Marie <m@x.fr> a écrit :" possibly wrapped over two lines
    re.compile(r"^\s*Le .{0,200}?a\s+écrit\s*:\s*$", re.IGNORECASE | re.DOTALL),
    re.compile(r"^\s*On .{0,200}?wrote\s*:\s*$", re.IGNORECASE | re.DOTALL),
    re.compile(r"^\s*-{2,}\s*Original Message\s*-{2,}\s*$", re.IGNORECASE),
    re.compile(r"^\s*-{2,}\s*Message d'origine\s*-{2,}\s*$", re.IGNORECASE),
    re.compile(r"^\s*-{2,}\s*Mensaje original\s*-{2,}\s*$", re.IGNORECASE),
    re.compile(r"^\s*_{10,}\s*$"),
]
_OUTLOOK_FROM = re.compile(r"^\s*\*?(De|From)\s*\*?\s*:\s*\S", re.IGNORECASE)
_OUTLOOK_NEXT = re.compile(r"^\s*\*?(Envoyé|Sent|Date|À|A|To|Objet|Subject|Cc)\s*\*?\s*:", re.IGNORECASE)
_FORWARD_MARKERS = re.compile(
    r"^\s*(-{2,}\s*(Forwarded message|Message transféré|Message transfere|Original Message|"
    r"Message d'origine)\s*-{2,}|Début du message (réexpédié|transféré)\s*:|Begin forwarded message\s*:)\s*$",
    re.IGNORECASE,
)
_SIGNATURE = re.compile(r"^(-- ?|--\s*|__+)$")


def is_forward_marker(line: str) -> bool:
    """A forward's or a quote's separator line alone («----- Message d'origine -----», "Begin forwarded
    message:"): the one list of them, read here and by a machine's envelope (understanding/envelope.py)."""
    return _FORWARD_MARKERS.match(line) is not None


def is_header_line(line: str) -> bool:
    """A header line of a forwarded or quoted mail («De : …», "*Subject:* …"): the one list of header names,
    read here and by a machine's envelope (understanding/envelope.py)."""
    return _OUTLOOK_FROM.match(line) is not None or _OUTLOOK_NEXT.match(line) is not None


def _reply_header_at(lines: list[str], i: int) -> bool:
    line = lines[i]
    for pat in _REPLY_HEADER_PATTERNS:
        if pat.match(line):
            return True
    # The reply header is sometimes wrapped: "Le 3 nov. 2025 à 10:12, Marie\n<m@x.fr> a écrit :"
    if i + 1 < len(lines) and re.match(r"^\s*(Le|On)\s", line, re.IGNORECASE):
        joined = line + " " + lines[i + 1]
        if re.match(r"^\s*(Le|On)\s.{0,250}(a écrit|wrote)\s*:\s*$", joined, re.IGNORECASE):
            return True
    if _OUTLOOK_FROM.match(line):
        following = [ln for ln in lines[i + 1 : i + 5] if ln.strip()]
        return sum(1 for ln in following if _OUTLOOK_NEXT.match(ln)) >= 2
    return False


def _short_header_at(lines: list[str], i: int) -> bool:
    """«De : Name <address>» then «Objet : …»: a header block cut short, trusted under a «TR:» subject."""
    following = next((ln for ln in lines[i + 1 : i + 3] if ln.strip()), "")
    return "@" in lines[i] and bool(_OUTLOOK_NEXT.match(following))


def strip_quoted(text: str) -> str:
    """Remove quoted history and signature so an older message is never re-read as facts.

    Forwarded messages are *not* quoted history (an adviser forwarding an application): use
    :func:`split_forwarded` first; this function stops at the first reply header and drops "> " lines.
    """
    return _strip_quoted(text)


# Kept per text: the envelope and newcomer rules and `writer_text` ask it of the same body, five times a
# message. Safe: a pure function of an immutable str, its answer an immutable str; bounded.
@lru_cache(maxsize=64)
def _strip_quoted(text: str) -> str:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    kept: list[str] = []
    in_forward_header = False
    for i, line in enumerate(lines):
        if _FORWARD_MARKERS.match(line) and not re.search(r"original message|message d'origine", line, re.I):
            kept.append(line)
            in_forward_header = True
            continue
        if in_forward_header:
            # The header block of a forwarded message is not a reply header: keep it, read on.
            kept.append(line)
            in_forward_header = bool(line.strip()) or len(kept) < 2
            continue
        if _reply_header_at(lines, i):
            break
        if line.rstrip() in {"-- ", "--"} or line == "-- ":
            break
        if line.lstrip().startswith(">"):
            continue
        kept.append(line)
    return "\n".join(kept).strip()


def earlier_mail(text: str) -> tuple[str, str]:
    """(the text written above the first earlier mail it carries, that earlier mail unquoted): history
    after a reply header, in «> » lines, under a forward or «Message d'origine» marker."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    for i, line in enumerate(lines):
        if _FORWARD_MARKERS.match(line) or _reply_header_at(lines, i) or line.lstrip().startswith(">"):
            return "\n".join(lines[:i]).strip(), _QUOTE_MARK.sub("", "\n".join(lines[i:])).strip()
    return text.strip(), ""


def bare_quote(text: str) -> str:
    """The earlier mail under the new text when it is quoted in «> » lines and nothing else — no attribution
    line, no forward marker —, unquoted and without its blank lines, or "": what discourse.bare_own_quote
    reads to tell whether the writer re-sent her own earlier words (the layout is the message's; whose the
    words are, the reader's)."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    start = next((i for i, line in enumerate(lines) if line.lstrip().startswith(">")), None)
    if start is None or not "\n".join(lines[:start]).strip():
        return ""
    if any(_FORWARD_MARKERS.match(lines[i]) or _reply_header_at(lines, i) for i in range(start + 1)):
        return ""
    quoted = [_QUOTE_MARK.sub("", line).strip() for line in lines[start:] if line.lstrip().startswith(">")]
    return "\n".join(line for line in quoted if line)


def signature_of(text: str) -> str:
    """The writer's signature block (what :func:`strip_quoted` cuts at «-- »), up to quoted history."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    start = next((i for i, line in enumerate(lines) if line.rstrip() in {"-- ", "--"}), None)
    if start is None:
        return ""
    block: list[str] = []
    for i in range(start + 1, min(len(lines), start + 9)):
        if lines[i].lstrip().startswith(">") or _reply_header_at(lines, i):
            break
        block.append(lines[i])
    return "\n".join(block).strip()


def quoted_lines(text: str) -> str:
    """The «> » quoted lines of a text, unquoted."""
    return "\n".join(_QUOTE_MARK.sub("", ln) for ln in text.split("\n") if ln.lstrip().startswith(">"))


# «Prénom : Manon», "E-mail: x@y": a label of a few words (no sentence punctuation), a colon, a value.
# A bulleted or numbered fiche («- Nom : …», «• Diplôme : …», «2. Date d'obtention : …») has the same
# structure behind its bullets.
_FIELD_LINE = re.compile(
    r"^\s*(?:(?:[-•·▪–]|\d{1,2}[.)])\s+)?\*?([^\W\d][\w'’ ,/.-]{0,38}?)\*?\s*:\s*(\S.*?)\s*$"
)


def labelled_fields(text: str, max_words: int = 5) -> list[tuple[str, str]]:
    """The «Label : value» lines of a text (a web form's answers), labels lower-cased, in order; a label of
    at most `max_words` words (a criterion answered may be longer: «stage ou service civique en cours»)."""
    out: list[tuple[str, str]] = []
    for line in text.replace("\r\n", "\n").split("\n"):
        m = _FIELD_LINE.match(line)
        if m and len(m.group(1).split()) <= max_words:
            out.append((m.group(1).strip().lower(), m.group(2)))
    return out


def reply_to_of(msg: ParsedMessage) -> Sender:
    """Whom the Reply-To header names, read as strictly as From (address None when absent or ambiguous):
    the one reading of it (a relay's candidate in understanding/forms.py)."""
    return read_sender(msg.headers.get("reply-to"))


@dataclass(frozen=True)
class ForwardedPart:
    """A forwarded message found in a body: the cover note and the forwarded text with its sender."""

    cover: str
    text: str
    from_name: str
    from_addr: str | None


_FORWARD_SUBJECT = re.compile(r"^\s*(?:tr|fwd?|fw|transf[ée]r[ée])\s*:", re.IGNORECASE)


_QUOTE_MARK = re.compile(r"^[ \t]*>[ \t]?", re.MULTILINE)


def split_forwarded(text: str, subject: str = "") -> ForwardedPart | None:
    """Find a forwarded message ("Forwarded message", "Message transféré", Outlook "De : … Objet :").

    Outlook forwards have no marker line, only a header block; it is trusted only when the subject says
    «TR:»/«Fwd:», since the same block in a reply introduces quoted history; in a «TR:» the forwarded
    block may also come quoted with «> ». A forward of a forward («TR: TR:») gives the innermost message:
    its author is the person the chain is about, every forwarder above is a relay.
    """
    part = _split_forwarded_once(text, subject)
    if part is None and _FORWARD_SUBJECT.match(subject) and _QUOTE_MARK.search(text):
        part = _split_forwarded_once(_QUOTE_MARK.sub("", text), subject)
    inner = _split_forwarded_once(part.text, subject) if part is not None else None
    while part is not None and inner is not None and inner.from_addr:
        part = ForwardedPart(part.cover, inner.text, inner.from_name, inner.from_addr)
        inner = _split_forwarded_once(part.text, subject)
    return part


def carried_mails(fwd: ForwardedPart, subject: str = "") -> list[ForwardedPart]:
    """Each mail a forward carries, outermost first, with its own words only (the mails nested in it cut
    off) and its author: a thread forwarded whole («TR: RE: …» carrying a friend's answer above the
    writer's own question) holds mails of several authors, whose words are each theirs. The mail above
    each one is its `cover`."""
    out: list[ForwardedPart] = []
    part: ForwardedPart | None = fwd
    while part is not None and len(out) < 8:
        inner = _split_forwarded_once(part.text, subject)
        if inner is None or not (inner.from_addr or inner.from_name.strip()):
            out.append(part)
            break
        out.append(ForwardedPart(part.cover, inner.cover, part.from_name, part.from_addr))
        part = ForwardedPart(inner.cover, inner.text, inner.from_name, inner.from_addr)
    return out


def _split_forwarded_once(text: str, subject: str) -> ForwardedPart | None:
    lines = text.replace("\r\n", "\n").split("\n")
    start = None
    header_at = 0
    for i, line in enumerate(lines):
        if _FORWARD_MARKERS.match(line):
            start, header_at = i, i + 1
            break
    if start is None and _FORWARD_SUBJECT.match(subject):
        for i, line in enumerate(lines):
            if _OUTLOOK_FROM.match(line) and (_reply_header_at(lines, i) or _short_header_at(lines, i)):
                start, header_at = i, i
                break
    if start is None:
        return None
    header_from = ""
    body_start = header_at
    j = header_at
    # Header block of the forwarded message: "Key : value" lines until a blank line.
    while j < len(lines) and j < start + 15:
        line = lines[j]
        if not line.strip():
            if header_from:
                body_start = j + 1
                break
            j += 1
            continue
        m = re.match(r"^\s*\*?(De|From)\s*\*?\s*:\s*(.+)$", line, re.IGNORECASE)
        if m:
            header_from = m.group(2).strip()
        body_start = j + 1
        j += 1
    name, addr = _parse_from(header_from)
    return ForwardedPart(
        cover="\n".join(lines[:start]).strip(),
        text="\n".join(lines[body_start:]).strip(),
        from_name=name,
        from_addr=addr,
    )
