"""The clients corpus (tests/corpus/clients): it was written by its own method — MAIL CLIENTS AND MIME SHAPES
FIRST. Every message is given first the shape a mail client or sending habit gives a mail, chosen from a grid
of twelve (Outlook desktop's Word HTML and header blocks, Gmail's quotes and Drive links, Apple Mail's
interleaved parts, phone apps, the French webmails, plain-text clients with flowed text, «-- » signatures and
PGP, a mail carried as an attached message, facts in attachments, long signatures and legal notices, HTML-only
templates, quoting styles, English clients), and the deciding fact sits where that shape puts it. The label
follows what the person wrote and means; the shape and its boilerplate never change a fact. Its truth says
which shape and which fact; above each message a `# shape:` comment says the client, the MIME shape, where the
fact sits, the kind and the decision.

Tuned on since stop 44, after its first figure (see its LICENCE.md). Its scores, floors, build and truth are
checked with every corpus's (bench/corpora.py, tests/test_corpus_scores.py), the checks every corpus written
one tag first shares in tests/test_tagged_corpora.py (English share, replies in our thread…); these are its
method's: that the built mails really carry their clients' shapes."""

from __future__ import annotations

import email
import re
from email import policy
from email.message import EmailMessage
from functools import cache
from pathlib import Path
from typing import Any

from corpus_checks import assert_rebuilt_byte_for_byte, marked_messages
from corpus_method import KINDS, MethodCorpus, assert_each_rule_says
from tagged_corpus import (
    ambiguous_marks,
    assert_ambiguity_leaves_a_criterion_open,
    assert_every_key_carries_three_verdicts,
)

CORPUS = MethodCorpus("clients")  # its build puts the voices kit and source/clients.py on the path
CLIENTS = CORPUS.path
GRID = CORPUS.grid

# What each shape's rule decides: a few words the rule of the grid must say (what settles the label).
RULES = {
    "outlook_desktop": ("once read as text", "no fact of the writer"),
    "gmail_web": ("above the quote decide", "a referral"),
    "apple_mail": ("after the attachment", "no fact"),
    "mobile_apps": ("the facts are the body's", "no fact"),
    "french_webmails": ("never a fact", "Mail original"),
    "plain_clients": ("continues on the next", "is the signature"),
    "attached_message": ("its own From", "forwarded_by", "the outer writer's"),
    "attachments_first": ("the attached document", "the file's name is no fact"),
    "signatures_disclaimers": ("the writer's", "never a fact"),
    "html_composers": ("no text", "not what the person wrote"),
    "quoting_styles": ("the newest words decide", "a reply"),
    "english_clients": ("same rules in English", "language en"),
}


@cache
def _mail(name: str) -> EmailMessage:
    msg = email.message_from_bytes((CLIENTS / name).read_bytes(), policy=policy.default)
    assert isinstance(msg, EmailMessage)
    return msg


def _parts(name: str) -> list[EmailMessage]:
    return list(_mail(name).walk())  # type: ignore[arg-type]


def _texts(name: str, subtype: str) -> str:
    """Every text/<subtype> part of the built mail (attached mails included) once decoded."""
    return "\n".join(
        str(p.get_content())  # type: ignore[attr-defined]
        for p in _parts(name)
        if p.get_content_type() == f"text/{subtype}" and p.get_content_disposition() != "attachment"
    )


def _headers(name: str) -> str:
    return "\n".join(f"{k}: {v}" for p in _parts(name) for k, v in p.items())


def _everything(name: str) -> str:
    return "\n".join([_headers(name), _texts(name, "plain"), _texts(name, "html")])


def _attachment_then_text(name: str) -> bool:
    """Apple's interleaving: a text part of the body after an attachment, in one multipart/mixed."""
    for part in _parts(name):
        if part.get_content_type() != "multipart/mixed":
            continue
        kinds = [
            "text" if p.get_content_type() == "text/plain" and p.get_content_disposition() is None else "file"
            for p in part.iter_parts()
        ]
        if "file" in kinds and "text" in kinds[kinds.index("file") :]:
            return True
    return False


def _types(name: str) -> set[str]:
    return {p.get_content_type() for p in _parts(name)}


# What every built message of a key carries: its client's shape, checked on the mail as built (decoded parts,
# headers of every part), whatever the kind its label gives.
SHAPES: dict[str, Any] = {
    "outlook_desktop": lambda n: (
        "MsoNormal" in _texts(n, "html")
        or bool(re.search(r"^De ?: .*\n(Envoyé|Date) ?: ", _texts(n, "plain"), re.M))
    ),
    "gmail_web": lambda n: bool(
        re.search(r'gmail_quote|gmail_signature|dir="ltr"', _texts(n, "html"))
        or re.search(r"a écrit :|Message transféré|Forwarded message|drive\.google\.com", _texts(n, "plain"))
    ),
    "apple_mail": lambda n: (
        bool(re.search(r"(Envoyé de mon|Sent from my) iP(hone|ad)", _texts(n, "plain")))
        or _attachment_then_text(n)
        or bool(re.search(r"^X-Mailer: (Apple|iPhone|iPad) Mail", _headers(n), re.M))
    ),
    "mobile_apps": lambda n: bool(
        re.search(
            r"Envoyé depuis|Envoyé de (mon|Yahoo)|Obtenir Outlook|Get Outlook|Sent from my|Galaxy|"
            r"X-Mailer: .*(Android|iOS|iPhone|Mobile)|filename=\"?(IMG_|Scan)|^> ",
            _everything(n),
            re.M,
        )
    ),
    "french_webmails": lambda n: bool(
        re.search(
            r"orange\.fr|wanadoo\.fr|sfr\.fr|laposte\.net|free\.fr|yahoo\.fr|hotmail\.fr|outlook\.fr|live\.fr|"
            r"zimbra|Zimbra|Mail original|webmail|avast|Open-Xchange",
            _everything(n),
            re.I,
        )
    ),
    "plain_clients": lambda n: (
        "\n-- \n" in _texts(n, "plain")
        or 'format="flowed"' in _headers(n)
        or "application/pgp-signature" in _types(n)
        or "BEGIN PGP SIGNED MESSAGE" in _texts(n, "plain")
    ),
    "attached_message": None,  # checked on the applications below, and on the markers of the others
    "attachments_first": lambda n: (
        any(p.get_content_disposition() in {"attachment", "inline"} and p.get_filename() for p in _parts(n))
        or "message/delivery-status" in _types(n)
    ),
    "signatures_disclaimers": lambda n: bool(
        re.search(
            r"\n--\s*\n|confidenti|Pensez à l|destinataire|RGPD|linkedin|Instagram|Université|Diplômé|"
            r"Tél|\.vcf|text/vcard",
            _everything(n),
            re.I,
        )
    ),
    "html_composers": lambda n: (
        "text/plain" not in _types(n) and bool(re.search(r"<(table|ul|br|style|p|h\d)\b", _texts(n, "html")))
    ),
    "quoting_styles": lambda n: bool(
        re.search(r"^>|a écrit :|wrote:|^De ?: |Mail original", _texts(n, "plain") + _texts(n, "html"), re.M)
    ),
    "english_clients": lambda n: bool(
        re.search(
            r"Sent from my|Get Outlook|wrote:|Original Message|^From: |confidential|Sent from Mail|"
            r"out of the office",
            _texts(n, "plain"),
            re.M | re.I,
        )
    ),
}


def _by_key() -> dict[str, list[tuple[str, Any]]]:
    files = [f"{n:04d}.eml" for n in range(len(CORPUS.written))]
    keyed: dict[str, list[tuple[str, Any]]] = {}
    for name, item in zip(files, CORPUS.written, strict=True):
        keyed.setdefault(item.feature, []).append((name, item))
    return keyed


def test_the_grid_has_twelve_shapes_each_with_its_forms_its_rule_and_distractors() -> None:
    assert len(GRID) == 12
    assert (
        set(GRID)
        == set(SHAPES)
        == set(RULES)
        == {
            "outlook_desktop",
            "gmail_web",
            "apple_mail",
            "mobile_apps",
            "french_webmails",
            "plain_clients",
            "attached_message",
            "attachments_first",
            "signatures_disclaimers",
            "html_composers",
            "quoting_styles",
            "english_clients",
        }
    )
    for key, shape in GRID.items():
        assert shape.description and shape.rule and shape.distractors, key
        assert shape.forms_fr or key == "english_clients", key
    assert GRID["english_clients"].forms_en and not GRID["english_clients"].forms_fr


def test_each_shape_s_rule_says_what_settles_the_label() -> None:
    assert_each_rule_says(CORPUS, RULES)


def test_every_message_says_its_client_shape_and_the_kind() -> None:
    told = rf".+→ .*\b{KINDS}\b"
    assert marked_messages(CLIENTS, "shape", told) == len(CORPUS.lines)


def test_a_message_said_ambiguous_leaves_a_criterion_of_its_application_open() -> None:
    lines = CORPUS.lines
    assert_ambiguity_leaves_a_criterion_open(CLIENTS, "Feature", lines, at_least=20)
    assert sum(ambiguous_marks(CLIENTS, "Feature")) <= 40


def test_every_shape_carries_fifteen_messages_three_verdicts_and_three_other_mails() -> None:
    assert_every_key_carries_three_verdicts(CORPUS.lines, "feature", GRID)


def test_every_built_message_carries_its_client_s_shape() -> None:
    bare = [
        (item.feature, name)
        for key, written in _by_key().items()
        if SHAPES[key] is not None
        for name, item in written
        if not SHAPES[key](name)
    ]
    assert not bare, bare


def test_an_attached_message_application_comes_as_message_rfc822_or_a_forwarded_block() -> None:
    lines = {t["file"]: t for t in CORPUS.lines}
    forwarded = re.compile(r"Message transféré|Forwarded message|Original Message|^De ?: |^From: ", re.M)
    carried = []
    for name, _item in _by_key()["attached_message"]:
        if lines[name]["kind"] != "application":
            assert "message/rfc822" in _types(name) or "message/delivery-status" in _types(name), name
            continue
        assert "message/rfc822" in _types(name) or forwarded.search(_texts(name, "plain")), name
        carried.append("message/rfc822" in _types(name))
    assert sum(carried) >= 8, carried
    # the attached mail keeps its own From: a referral names the outer writer, the applicant the inner one
    for name, _item in _by_key()["attached_message"]:
        inner = [p for p in _parts(name) if p.get_content_type() == "message/rfc822"]
        if inner and lines[name]["kind"] == "application" and lines[name].get("forwarded_by"):
            assert lines[name]["forwarded_by"] in str(_mail(name)["From"]), name


def test_the_facts_of_attachments_first_stand_in_an_attachment_under_a_short_body() -> None:
    lines = {t["file"]: t for t in CORPUS.lines}
    apps = [(n, i) for n, i in _by_key()["attachments_first"] if lines[n]["kind"] == "application"]
    assert len(apps) >= 10
    long = [n for n, i in apps if i.m.cv is None or len(i.m.body.strip()) >= 200]
    assert not long, long
    # their attachments come the ways people send them: octet-stream, RFC 2231 names, inline
    raw = b"\n".join((CLIENTS / n).read_bytes() for n, _ in apps)
    for form in (b"application/octet-stream", b"filename*=", b"Content-Disposition: inline"):
        assert form in raw, form


def test_html_composers_send_no_text_part() -> None:
    plain = [n for n, i in _by_key()["html_composers"] if i.m.html != "only"]
    assert not plain, plain


def test_the_markers_build_the_shapes_they_name_and_never_reach_a_mail() -> None:
    files = [f"{n:04d}.eml" for n in range(len(CORPUS.written))]
    used: set[str] = set()
    for name, item in zip(files, CORPUS.written, strict=True):
        assert b"X-Clients-" not in (CLIENTS / name).read_bytes(), name
        tokens = set(item.m.headers.get("X-Clients-Shape", "").split())
        used |= tokens
        types, headers = _types(name), _headers(name)
        if "rfc822_attached" in tokens:
            assert "message/rfc822" in types, name
        if "apple_interleaved" in tokens:
            assert _attachment_then_text(name) and "Apple-Mail=" in headers, name
        if "flowed" in tokens:
            assert 'format="flowed"' in headers, name
        if "outlook_related" in tokens:
            assert "multipart/related" in types and "Content-ID: <image001.png@" in headers, name
            assert "[cid:image001.png@" in _texts(name, "plain"), name
        if "pgp_signed" in tokens:
            assert "multipart/signed" in types and "application/pgp-signature" in types, name
        if "octet_stream" in tokens:
            assert "application/octet-stream" in types, name
        if "inline" in tokens:
            assert "Content-Disposition: inline" in headers, name
    assert {"rfc822_attached", "apple_interleaved", "flowed", "outlook_related", "pgp_signed"} <= used, used


def test_the_client_s_boilerplate_is_kept_where_the_client_puts_it() -> None:
    # an iPhone's line, an app's line, a webmail's antivirus line stay in the mail (never a fact, still there)
    text = "\n".join(_texts(f"{n:04d}.eml", "plain") for n in range(len(CORPUS.written)))
    for line in (
        "Envoyé de mon iPhone",
        "Sent from my iPhone",
        "Obtenir Outlook pour Android",
        "Garanti sans virus",
    ):
        assert line in text, line
    # Word's HTML and its spans: most outlook_desktop messages carry MsoNormal in an HTML part
    outlook = _by_key()["outlook_desktop"]
    assert 2 * sum("MsoNormal" in _texts(n, "html") for n, _ in outlook) >= len(outlook)


def test_the_corpus_rebuilds_byte_for_byte(tmp_path: Path) -> None:
    assert_rebuilt_byte_for_byte(CLIENTS, tmp_path)
