"""Build the clients corpus: source/batch*.py → NNNN.eml + truth.jsonl, deterministically.

    python tests/corpus/clients/build.py [--out DIR]

Nobody tunes the reader on this corpus (see LICENCE.md). Every message is given FIRST the shape a MAIL CLIENT
OR SENDING HABIT gives a mail, chosen from a grid of twelve (source/clients.py): Outlook desktop's Word HTML,
Gmail's quotes and Drive links, Apple Mail's interleaved parts, a phone app's short mail, the French webmails'
wrappers and adverts, the plain text of Thunderbird or mutt (flowed, «-- », PGP), a mail carried as an
attached message, facts in attachments, long signatures and legal notices, HTML-only templates, the ways
people quote, and English clients — and the deciding fact sits where that shape puts it. The label follows
what the person wrote and means; the shape never changes a fact. Each truth line carries the shape
(`feature`) and the fact that decides (`fact`).

Everything else (MIME, HTML bodies, attached CVs, Message-IDs, delivery reports, the refusal of a label that
contradicts the rules, the command line) is the voices corpus's builder, `../voices/build.py`. For the shapes
it cannot write, a message's ``M.headers`` carries markers (never written to the mail: stripped before the
voices builder writes it), and the built mail is then reshaped here with Python's ``email`` package, with
boundaries set from the message's number (no date, no random boundary: a rebuild gives the same bytes):

``X-Clients-Shape``: space-separated tokens, applied in this order —
  ``rfc822_attached``   the body's first ``X-Clients-Split`` paragraphs (0: none) stay the outer mail's text;
                        the rest, with the CV if any, becomes an attached mail (message/rfc822) whose From,
                        Subject and Date are ``X-Clients-Inner-From``, ``X-Clients-Inner-Subject`` and
                        ``X-Clients-Inner-Date`` («DD HH:MM», November 2026);
  ``apple_interleaved`` Apple Mail's multipart/mixed: the body's first ``X-Clients-Split`` paragraphs,
                        then the attachments (the CV, the ``X-Clients-Attach`` files), then the rest of the
                        body as a second text part; boundaries ``Apple-Mail=_…``;
  ``flowed``            the text part(s) say ``format=flowed`` (the writer typed the soft breaks: a line
                        ending in a space continues on the next); ``delsp`` adds ``delsp=yes`` (Apple);
  ``qp``                the text part(s) in quoted-printable;
  ``outlook_related``   Outlook's HTML part wrapped in multipart/related with its logo image
                        (``Content-ID: <image001.png@01DB4A2C.5E3F1A80>``, the cid the text part names);
  ``octet_stream``      the CV part sent as application/octet-stream (its file name unchanged);
  ``rfc2231_name``      the CV's file name written the RFC 2231 way (``filename*=utf-8''…``);
  ``inline``            the CV part with ``Content-Disposition: inline``;
  ``pgp_signed``        the whole body wrapped in multipart/signed with an application/pgp-signature part
                        (an ASCII-armoured block made from the Message-ID: never verified, never text).
``X-Clients-Attach``: «; »-separated names of attachments that carry no fact (a photo IMG_….jpg, a scan
  with no text layer «Scan ….pdf», a logo .png, a vCard .vcf made from the From header), added after the CV
  (or between the two text parts of ``apple_interleaved``).
A message with no marker is the voices builder's bytes exactly.
"""

from __future__ import annotations

import base64
import copy
import dataclasses
import hashlib
import importlib.util
import sys
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import default
from email.utils import parseaddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("voices_build", HERE.parent / "voices" / "build.py")
assert _spec and _spec.loader
voices_build = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(voices_build)  # also puts the voices kit on sys.path for source/batch*.py
sys.path.insert(0, str(HERE / "source"))  # clients.py (N, the grid of client shapes)

from fixtures_docs import make_pdf  # noqa: E402  (on the path once the voices builder is loaded)

PREFIX = "X-Clients-"  # every marker starts so, read here and stripped: never in a written mail
SHAPE, SPLIT, ATTACH = "X-Clients-Shape", "X-Clients-Split", "X-Clients-Attach"
INNER_FROM, INNER_SUBJECT, INNER_DATE = (
    "X-Clients-Inner-From",
    "X-Clients-Inner-Subject",
    "X-Clients-Inner-Date",
)
TOKENS = {
    "rfc822_attached",
    "apple_interleaved",
    "flowed",
    "delsp",
    "qp",
    "outlook_related",
    "octet_stream",
    "rfc2231_name",
    "inline",
    "pgp_signed",
}
LOGO_CID = "image001.png@01DB4A2C.5E3F1A80"
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="
)
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xd9"
CV_TYPES = ("application/pdf", "application/vnd.openxmlformats", "application/vnd.oasis")


def _paragraphs(body: str, split: int) -> tuple[str, str]:
    paragraphs = body.strip().split("\n\n")
    return "\n\n".join(paragraphs[:split]), "\n\n".join(paragraphs[split:])


def _text_part(text: str, tokens: set[str]) -> EmailMessage:
    part = EmailMessage()
    part.set_content(text.rstrip("\n") + "\n", cte="quoted-printable" if "qp" in tokens else None)
    del part["MIME-Version"]
    _flow(part, tokens)
    return part


def _flow(part: EmailMessage, tokens: set[str]) -> None:
    if "flowed" in tokens:
        part.set_param("format", "flowed")
        if "delsp" in tokens:
            part.set_param("delsp", "yes")


def _extra(name: str, frm: str) -> EmailMessage:
    """An attachment that carries no fact, deterministic bytes by its extension."""
    part = EmailMessage()
    ext = name.rpartition(".")[2].lower()
    if ext in {"jpg", "jpeg"}:
        part.set_content(JPEG, maintype="image", subtype="jpeg", filename=name)
    elif ext == "png":
        part.set_content(PNG, maintype="image", subtype="png", filename=name)
    elif ext == "pdf":  # a scan: an image-only page, no text layer
        part.set_content(make_pdf([]), maintype="application", subtype="pdf", filename=name)
    elif ext == "vcf":
        display, addr = parseaddr(frm)
        card = (
            f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{display or addr}\r\n"
            f"EMAIL;TYPE=INTERNET:{addr}\r\nEND:VCARD\r\n"
        )
        part.set_content(card.encode("utf-8"), maintype="text", subtype="vcard", filename=name)
    else:
        raise ValueError(f"no content for an extra attachment {name!r}")
    del part["MIME-Version"]
    return part


def _attachments(msg: EmailMessage) -> list[EmailMessage]:
    return [p for p in msg.walk() if p.get_content_disposition() == "attachment"]  # type: ignore[misc]


def _cv_part(msg: EmailMessage) -> EmailMessage | None:
    for part in _attachments(msg):
        if part.get_content_type().startswith(CV_TYPES):
            return part
    return None


def _body_text(msg: EmailMessage) -> str:
    for part in msg.walk():
        if part.get_content_type() == "text/plain" and part.get_content_disposition() is None:
            return str(part.get_content())  # type: ignore[attr-defined]
    raise ValueError("no text part")


def _mixed(msg: EmailMessage) -> EmailMessage:
    """``msg`` as multipart/mixed (made so if it is not), ready to take one more attachment."""
    if msg.get_content_type() != "multipart/mixed":
        msg.make_mixed()
    return msg


def _set_parts(msg: EmailMessage, subtype: str, parts: list[EmailMessage]) -> None:
    msg.clear_content()
    msg["Content-Type"] = f"multipart/{subtype}"
    msg.set_payload(parts)  # type: ignore[arg-type]


def _signature(mid: str) -> str:
    seed = hashlib.sha512(mid.encode()).digest() * 2
    lines = [base64.b64encode(seed[i : i + 48]).decode() for i in range(0, 96, 48)]
    check = base64.b64encode(hashlib.sha256(seed).digest()[:3]).decode()
    return (
        "-----BEGIN PGP SIGNATURE-----\n\n" + "\n".join(lines) + f"\n={check}\n-----END PGP SIGNATURE-----\n"
    )


def reshape(raw: bytes, number: int, item_headers: dict[str, str], frm: str) -> bytes:
    """The mail the voices builder wrote, given the MIME shape its client gives it (see the docstring)."""
    tokens = set(item_headers.get(SHAPE, "").split())
    assert tokens <= TOKENS, tokens - TOKENS
    extras = [n.strip() for n in item_headers.get(ATTACH, "").split(";") if n.strip()]
    split = int(item_headers.get(SPLIT, "1"))
    msg = message_from_bytes(raw, policy=default)
    assert isinstance(msg, EmailMessage)
    mid = str(msg["Message-ID"])
    cv = _cv_part(msg)
    if cv is not None:
        if "octet_stream" in tokens:
            name = cv.get_filename()
            cv.replace_header("Content-Type", "application/octet-stream")
            cv.set_param("name", name)
        if "rfc2231_name" in tokens:
            name = cv.get_filename()
            cv.set_param("filename", ("utf-8", "", name), header="Content-Disposition")
            if "name" in (cv.get_params() and dict(cv.get_params())):
                cv.set_param("name", ("utf-8", "", name))
        if "inline" in tokens:
            cv.replace_header(
                "Content-Disposition", cv["Content-Disposition"].replace("attachment", "inline", 1)
            )
    files = ([cv] if cv is not None else []) + [_extra(n, frm) for n in extras]
    if "rfc822_attached" in tokens:
        outer_text, inner_text = _paragraphs(_body_text(msg), split)
        inner = EmailMessage()
        inner["From"] = item_headers[INNER_FROM]
        inner["To"] = item_headers.get("X-Clients-Inner-To", str(msg["To"]))
        inner["Subject"] = item_headers[INNER_SUBJECT]
        inner["Date"] = voices_build.rfc_date(item_headers[INNER_DATE])
        domain = parseaddr(item_headers[INNER_FROM])[1].rpartition("@")[2]
        inner["Message-ID"] = f"<{hashlib.sha256(mid.encode()).hexdigest()[:20]}.{number:04d}@{domain}>"
        inner.set_content(inner_text.rstrip("\n") + "\n", cte="quoted-printable" if "qp" in tokens else None)
        _flow(inner, tokens)
        for f in files:
            _mixed(inner).attach(f)
        wrapper = EmailMessage()
        wrapper.set_content(inner)
        del wrapper["MIME-Version"]
        wrapper.replace_header("Content-Type", "message/rfc822")
        wrapper["Content-Disposition"] = "attachment"
        _set_parts(msg, "mixed", [_text_part(outer_text, tokens), wrapper])
    elif "apple_interleaved" in tokens:
        first, second = _paragraphs(_body_text(msg), split)
        assert second, "apple_interleaved needs text after the attachment"
        _set_parts(msg, "mixed", [_text_part(first, tokens), *files, _text_part(second, tokens)])
    else:
        for part in msg.walk():
            if part.get_content_type() == "text/plain" and part.get_content_disposition() is None:
                if "qp" in tokens:
                    part.set_content(str(part.get_content()), cte="quoted-printable")  # type: ignore[attr-defined]
                    if part is not msg:
                        del part["MIME-Version"]
                _flow(part, tokens)  # type: ignore[arg-type]
                break
        for f in [_extra(n, frm) for n in extras]:
            _mixed(msg).attach(f)
    if "outlook_related" in tokens:
        for parent in list(msg.walk()):
            if parent.get_content_type() != "multipart/alternative":
                continue
            parts = parent.get_payload()
            assert isinstance(parts, list)
            for i, html in enumerate(parts):
                if html.get_content_type() == "text/html":
                    logo = EmailMessage()
                    logo.set_content(
                        PNG, maintype="image", subtype="png", filename="image001.png", disposition="inline"
                    )
                    del logo["MIME-Version"]
                    logo["Content-ID"] = f"<{LOGO_CID}>"
                    related = EmailMessage()
                    _set_parts(related, "related", [copy.deepcopy(html), logo])
                    related.set_param("type", "text/html")
                    parts[i] = related
    if "pgp_signed" in tokens:
        body = EmailMessage()
        for key, value in msg.items():
            if key.lower().startswith("content-"):
                body[key] = value
        body.set_payload(msg.get_payload())
        sig = EmailMessage()
        sig["Content-Type"] = 'application/pgp-signature; name="signature.asc"'
        sig["Content-Description"] = "OpenPGP digital signature"
        sig["Content-Disposition"] = 'attachment; filename="signature.asc"'
        sig.set_payload(_signature(mid))
        _set_parts(msg, "signed", [body, sig])
        msg.set_param("micalg", "pgp-sha256")
        msg.set_param("protocol", "application/pgp-signature")
    apple = "apple_interleaved" in tokens or "delsp" in tokens
    for i, part in enumerate(
        p for p in msg.walk() if p.is_multipart() and p.get_content_maintype() == "multipart"
    ):
        tag = hashlib.sha256(f"{mid}|{i}".encode()).hexdigest()[:32].upper()
        if apple:
            part.set_boundary(f"Apple-Mail={tag[:8]}-{tag[8:12]}-{tag[12:16]}-{tag[16:20]}-{tag[20:32]}")
        else:
            part.set_boundary(f"=_clients_{number:04d}_{i}")
    return msg.as_bytes()


def build(out: Path, source: Path = HERE / "source") -> int:
    voices_build.clear(out, "[0-9][0-9][0-9][0-9].eml")
    lines = []
    for n, item in enumerate(voices_build.load_messages(source)):
        name = f"{n:04d}.eml"
        markers = {k: v for k, v in item.m.headers.items() if k.startswith(PREFIX)}
        headers = {k: v for k, v in item.m.headers.items() if not k.startswith(PREFIX)}
        m = dataclasses.replace(item.m, headers=headers)
        lines.append(voices_build.write_message(out, name, n, m, feature=item.feature, fact=item.fact))
        if markers:
            raw = reshape((out / name).read_bytes(), n, markers, m.frm)
            assert PREFIX.encode() not in raw, name
            (out / name).write_bytes(raw)
    return voices_build.write_truth(out, lines)


if __name__ == "__main__":
    raise SystemExit(voices_build.run(__doc__.splitlines()[0], HERE, build))
