"""Parsing raw messages: headers, bodies, attachments, and quoted history."""

from __future__ import annotations

import pytest
from conftest import MESSAGES, shared_dir, shared_files

from intake.parsing import UnparseableMessage, parse_message, split_forwarded, strip_quoted


def _message(headers: str, body: str) -> bytes:
    return (headers.strip() + "\n\n" + body).encode("utf-8")


def test_an_rfc2047_display_name_is_decoded_and_the_address_lower_cased() -> None:
    raw = _message(
        "From: =?utf-8?q?Ma=C3=ABlle_N=27Diaye?= <Maelle.NDiaye@Example.ORG>\n"
        "Subject: =?utf-8?b?Q2FuZGlkYXR1cmUgw6l0w6k=?=\n"
        "Message-ID:  <abc@x.fr> \nDate: Tue, 10 Nov 2026 10:42:00 +0100",
        "Bonjour",
    )
    msg = parse_message(raw)
    assert msg.from_name == "Maëlle N'Diaye"
    assert msg.from_addr == "maelle.ndiaye@example.org"
    assert msg.subject == "Candidature été"
    assert msg.message_id == "<abc@x.fr>"
    assert msg.date is not None and msg.date.utcoffset() is not None


def test_a_date_without_zone_is_made_aware_and_a_broken_date_is_none() -> None:
    assert parse_message(_message("From: a@b.fr\nDate: Tue, 10 Nov 2026 10:42:00", "x")).date is not None
    assert parse_message(_message("From: a@b.fr\nDate: le jour d'après", "x")).date is None


def test_the_plain_alternative_is_preferred_to_the_html_one() -> None:
    raw = _message(
        'From: a@b.fr\nMIME-Version: 1.0\nContent-Type: multipart/alternative; boundary="B"',
        "--B\nContent-Type: text/plain; charset=utf-8\n\nTexte simple\n--B\nContent-Type: text/html\n\n"
        "<p>Texte <b>riche</b></p>\n--B--\n",
    )
    assert parse_message(raw).text == "Texte simple"


def test_an_html_only_body_becomes_readable_text_without_scripts() -> None:
    raw = _message(
        "From: a@b.fr\nContent-Type: text/html; charset=iso-8859-1",
        "<html><head><style>p{}</style></head><body><p>Dipl\xf4m\xe9e</p><script>x()</script>"
        "<div>en 2025</div></body></html>",
    )
    raw = raw.decode("utf-8").encode("latin-1")
    text = parse_message(raw).text
    assert "Diplômée" in text and "en 2025" in text and "x()" not in text


def test_the_cells_of_an_html_table_are_not_glued_into_one_word() -> None:
    raw = _message(
        "From: a@b.fr\nContent-Type: text/html; charset=utf-8",
        "<table><tr><th>Diplôme</th><td>Licence pro</td></tr>"
        "<tr><td>Degree</td><td>Master</td><td>2025</td></tr></table>",
    )
    lines = parse_message(raw).text.splitlines()
    assert "Diplôme : Licence pro" in lines
    assert "Degree, Master, 2025" in lines  # a wider row: one thing's line, its cells told together


def test_an_attachment_filename_with_a_path_is_reduced_to_its_basename() -> None:
    raw = _message(
        'From: a@b.fr\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="B"',
        "--B\nContent-Type: text/plain\n\nCV joint\n--B\nContent-Type: application/pdf\n"
        'Content-Disposition: attachment; filename="../../etc/\x01passwd.pdf"\n'
        "Content-Transfer-Encoding: base64\n\n"
        "JVBERi0xLjQK\n--B--\n",
    )
    msg = parse_message(raw)
    assert [a.filename for a in msg.attachments] == ["passwd.pdf"]
    assert msg.attachments[0].payload.startswith(b"%PDF")


def test_an_outlook_msg_binary_is_refused_with_a_reason() -> None:
    with pytest.raises(UnparseableMessage, match="Outlook"):
        parse_message(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)


def test_empty_input_is_refused_with_a_reason() -> None:
    with pytest.raises(UnparseableMessage, match="vide"):
        parse_message(b"   \n")


def test_a_french_reply_header_and_what_follows_are_stripped() -> None:
    body = (
        "Merci, je suis disponible mardi.\n\nLe lun. 3 nov. 2025 à 10:12, Pro'pulse <p@animafac.net> a\n"
        "écrit :\n> Je suis diplômée d'un master en 2019\n"
    )
    assert strip_quoted(body) == "Merci, je suis disponible mardi."


def test_an_outlook_header_block_and_a_signature_are_stripped() -> None:
    body = "Voici mes disponibilités.\n-- \nPaul\n"
    assert strip_quoted(body) == "Voici mes disponibilités."
    outlook = "Bonjour\n\nDe : Pro'pulse\nEnvoyé : lundi 3 novembre\nÀ : Paul\nObjet : RE\n\nancien texte"
    assert strip_quoted(outlook) == "Bonjour"
    english = "Thanks\nOn Mon, Nov 3, 2025 at 10:12 AM Someone <s@x.org> wrote:\n> old"
    assert strip_quoted(english) == "Thanks"


def test_a_forwarded_application_is_split_from_the_advisers_cover_note() -> None:
    body = (
        "Bonjour,\nVoici la candidature de Inès.\nSophie, conseillère\n\n"
        "---------- Forwarded message ---------\nDe : Inès Martin <ines.martin@free.fr>\n"
        "Date : lun. 2 nov. 2026\nObjet : Candidature\n\nJe suis diplômée d'une licence.\n"
    )
    fwd = split_forwarded(body)
    assert fwd is not None
    assert fwd.from_addr == "ines.martin@free.fr" and fwd.from_name == "Inès Martin"
    assert fwd.text == "Je suis diplômée d'une licence."
    assert "Sophie" in fwd.cover
    assert "diplômée" in strip_quoted(body)


def test_a_bounce_keeps_its_delivery_status_apart_from_the_body() -> None:
    raw = (MESSAGES / "bounce_dsn.eml").read_bytes()
    msg = parse_message(raw)
    assert msg.content_type == "multipart/report"
    assert any("Final-Recipient" in d for d in msg.delivery_status)


@pytest.mark.parametrize("name", shared_files("corpus/real/emails"))
def test_every_real_world_email_parses_or_is_refused_with_a_reason(name: str) -> None:
    path = shared_dir() / "corpus/real/emails" / name
    try:
        msg = parse_message(path.read_bytes())
    except UnparseableMessage as exc:
        assert str(exc) and "\n" not in str(exc)
        return
    assert isinstance(msg.text, str)
    for att in msg.attachments:
        assert "/" not in att.filename and ".." not in att.filename.split(".")[0:1]
