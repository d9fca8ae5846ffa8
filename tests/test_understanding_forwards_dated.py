"""A carried mail's yearless dates are read from that mail's own Date (the lead, stop 57).

«Mon service civique se termine le 31 janvier», in her own mail of December forwarded to us in February, is
31 January 2027 — over on the reading day, not the next 31 January; an adviser's «votre stage se termine le 15
août», written in June, ended in August; "an intern until January", written in December, was one until that
January.
A past told («j'ai fini en juin») takes the last such month on or before the carried Date, a present or a
future the next, no tense the nearest; an attached message (`message/rfc822`) is dated by its own Date header.
Guards: a dated range keeps its year («du 4 janvier au 26 mars 2027»), and a yearless date the writer tells in
her own new words is read from the reading day as before. My own phrasings, read through `propulse extract`'s
path."""

from __future__ import annotations

from datetime import date
from email.message import EmailMessage
from typing import Any

from fixtures_docs import make_message
from reading_day import status

from intake.extract import extract_message

_NOTE = "Bonjour,\n\nJe vous transfère ce que j'avais écrit. Je cherche un poste dans une ressourcerie.\n\n"


def _own_forward(sent: str, body: str, note: str = _NOTE) -> bytes:
    carried = (
        "---------- Forwarded message ---------\n"
        f"De : Jade Morin <jade.morin@example.org>\nDate: {sent}\nSubject: Ma situation\n"
        "To: <contact@asso.example.org>\n\n" + body + "\n\nJade Morin\n"
    )
    return make_message(
        note + "Jade Morin\n\n" + carried,
        from_name="Jade Morin",
        from_addr="jade.morin@example.org",
        subject="Fwd: Ma situation",
    )


def read_on(day: str, raw: bytes) -> dict[str, Any]:
    return extract_message(raw, today=date.fromisoformat(day))


def test_a_civic_service_ending_on_31_january_in_her_december_mail_is_over_in_february() -> None:
    raw = _own_forward(
        "lun. 7 déc. 2026 à 18:20",
        "J'ai une licence pro obtenue en juin 2026 et mon service civique se termine le 31 janvier.",
    )
    assert status(read_on("2027-02-10", raw), "not_service_civique") == "met"


def test_the_same_end_told_in_her_own_new_words_is_still_read_from_the_reading_day() -> None:
    note = (
        "Bonjour,\n\nJ'ai une licence pro obtenue en juin 2026 et mon service civique se termine le 31 "
        "janvier. Je cherche un poste dans une ressourcerie.\n\n"
    )
    raw = make_message(note + "Jade Morin", from_name="Jade Morin", from_addr="jade.morin@example.org")
    assert status(read_on("2027-01-10", raw), "not_service_civique") == "not_met"


def test_an_internship_ending_in_august_in_a_june_mail_is_over_in_february() -> None:
    raw = _own_forward(
        "mar. 30 juin 2026 à 09:10",
        "Titulaire d'un BTS ESF de juin 2025, je suis en stage dans un centre social jusqu'au 15 août.",
    )
    assert status(read_on("2027-02-10", raw), "not_internship") == "met"


def test_an_english_internship_until_january_in_a_december_mail_is_over_in_february() -> None:
    raw = _own_forward(
        "Mon, Dec 7, 2026 at 6:20 PM",
        "I have a BTS from June 2025 and I am an intern at a food bank until January.",
        note="Hello,\n\nHere is what I wrote before the holidays. I look for a job in a non-profit.\n\n",
    )
    assert status(read_on("2027-02-10", raw), "not_internship") == "met"


def test_a_dated_range_in_a_carried_mail_keeps_its_year() -> None:
    raw = _own_forward(
        "ven. 18 déc. 2026 à 11:00",
        "J'ai un BTS SP3S de 2025. Je suis en stage du 4 janvier au 26 mars 2027.",
    )
    assert status(read_on("2027-02-10", raw), "not_internship") == "not_met"


def test_an_attached_message_is_read_on_its_own_date() -> None:
    inner = EmailMessage()
    inner["From"] = "Jade Morin <jade.morin@example.org>"
    inner["To"] = "contact@asso.example.org"
    inner["Subject"] = "Fin de mission"
    inner["Date"] = "Mon, 07 Dec 2026 18:20:00 +0100"
    inner.set_content("J'ai une licence pro de juin 2026 et mon service civique se termine le 31 janvier.")
    outer = EmailMessage()
    outer["From"] = "Jade Morin <jade.morin@example.org>"
    outer["To"] = "Pro'pulse <propulse@animafac.net>"
    outer["Subject"] = "Candidature"
    outer["Date"] = "Wed, 10 Feb 2027 10:00:00 +0100"
    outer["Message-ID"] = "<attached.1@example.org>"
    outer.set_content(
        "Bonjour,\n\nCi-joint le mail envoyé à ma tutrice. Je cherche un poste dans une "
        "ressourcerie.\n\nJade Morin"
    )
    outer.add_attachment(inner)
    assert status(read_on("2027-02-10", outer.as_bytes()), "not_service_civique") == "met"


def test_an_internship_ending_on_a_fully_dated_day_already_past_is_over() -> None:
    note = (
        "Bonjour,\n\nJ'ai une licence pro obtenue en juin 2026. Mon stage se termine le 20 novembre 2026. "
        "Je cherche un poste dans une ressourcerie.\n\nJade Morin"
    )
    raw = make_message(note, from_name="Jade Morin", from_addr="jade.morin@example.org")
    assert status(read_on("2026-11-24", raw), "not_internship") == "met"
    assert status(read_on("2026-11-18", raw), "not_internship") == "not_met"
