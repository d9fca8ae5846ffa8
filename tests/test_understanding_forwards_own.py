"""Whose words a forwarded thread holds, and whether it is her application or a relay (f-own, stop 58).

A writer forwarding us a whole thread («TR: RE: …») carries mails of several authors: a friend's answer
above her own earlier question. Her own mail in the thread (its header names her, with or without her
address) tells of her; the friend's («moi je suis en stage») does not, and the forward relays nobody.
A writer telling her own diploma above an offer she forwards applies for herself too. Guards: a forward
whose carried mail is another person's application stays a relay; a reply quoting a friend is unchanged.
My own phrasings and layouts, each read on a stated day."""

from __future__ import annotations

from datetime import date
from typing import Any

from fixtures_docs import make_message
from reading_day import names, status

from intake.extract import extract_message

_WRITER = ("Maëlys Corbin-Adé", "maelys.corbin@example.org")


def _read(
    body: str, subject: str, day: str, sender: tuple[str, str] = _WRITER, **extra: Any
) -> dict[str, Any]:
    message = make_message(body, from_name=sender[0], from_addr=sender[1], subject=subject, **extra)
    return extract_message(message, today=date.fromisoformat(day))


def _outlook(author: str, sent: str, to: str, subject: str, words: str) -> str:
    """One mail of a thread as Outlook lays it out in French: a header block, then its words."""
    return f"De : {author}\nEnvoyé : {sent}\nÀ : {to}\nObjet : {subject}\n\n{words}\n\n"


def _outlook_en(author: str, sent: str, to: str, subject: str, words: str) -> str:
    return f"From: {author}\nSent: {sent}\nTo: {to}\nSubject: {subject}\n\n{words}\n\n"


_NOTE_FR = (
    "Bonjour,\n\nUne camarade m'a dit de vous contacter, je vous fais suivre nos messages.\n\n"
    "Maëlys Corbin-Adé\n07 11 22 33 44\n\n"
)
_NOTE_EN = (
    "Hello,\n\nA classmate told me to get in touch, so here is our exchange.\n\n"
    "Maëlys Corbin-Adé\n07 11 22 33 44\n\n"
)


def test_her_own_question_nested_under_a_friends_answer_is_her_application_not_a_relay() -> None:
    friend = _outlook(
        "Ninon Vasseur <ninon.vasseur@example.net>",
        "mardi 2 février 2027 18:10",
        "Maëlys Corbin-Adé",
        "RE: un conseil ?",
        "Je suis encore en stage chez un bailleur social jusqu'en mai, mais écris-leur !",
    )
    hers = _outlook(
        "Maëlys Corbin-Adé",
        "lundi 1 février 2027 20:30",
        "Ninon Vasseur",
        "un conseil ?",
        "Salut Ninon, j'ai obtenu ma licence de géographie en juin 2026 et je cherche un emploi dans une "
        "coopérative d'habitat. Tu aurais des pistes ?",
    )
    result = _read(_NOTE_FR + friend + hers, "TR: RE: un conseil ?", "2027-02-12")
    assert result["kind"] == "application"
    assert result["situation"]["forwarded_by"] is None
    assert names(result) == ("Maëlys", "Corbin-Adé")
    assert result["applicant"]["email"] == "maelys.corbin@example.org"
    assert result["education"]["bac_plus"] == 3
    assert status(result, "not_internship") == "met"


def test_her_own_english_question_under_a_friends_reply_tells_her_degree_not_the_friends_service() -> None:
    friend = _outlook_en(
        "Ninon Vasseur <ninon.vasseur@example.net>",
        "Tuesday, February 2, 2027 6:10 PM",
        "Maëlys Corbin-Adé",
        "RE: any advice?",
        "I'm on a civic service placement until June so I'm not looking yet. Write to them!",
    )
    hers = _outlook_en(
        "Maëlys Corbin-Adé",
        "Monday, February 1, 2027 8:30 PM",
        "Ninon Vasseur",
        "any advice?",
        "Hi Ninon, I completed my master's in urban studies in September 2026 and I am looking for a job "
        "in a social enterprise. Any ideas?",
    )
    result = _read(_NOTE_EN + friend + hers, "Fwd: RE: any advice?", "2027-02-12")
    assert result["situation"]["forwarded_by"] is None
    assert result["applicant"]["email"] == "maelys.corbin@example.org"
    assert result["education"]["bac_plus"] == 5
    assert status(result, "not_service_civique") == "met"


def test_her_own_diploma_told_above_a_forwarded_offer_with_her_cv_makes_her_the_applicant() -> None:
    note = (
        "Bonjour,\n\nCette annonce demande un master, moi j'ai un BTS passé en juillet 2025. "
        "Pourriez-vous m'orienter vers des postes à ma portée dans ce type d'association ? Mon CV est joint."
        "\n\nMaëlys Corbin-Adé\n07 11 22 33 44\n\n"
    )
    offer = (
        "---------- Forwarded message ---------\nDe : Offres Solidaires <veille@offres.example.org>\n"
        "Date: lun. 1 févr. 2027 à 07:00\nSubject: [Annonce] Coordinateur·rice de projets\n"
        "To: <maelys.corbin@example.org>\n\n"
        "Association d'aide alimentaire (Tours), CDI.\nProfil : master exigé, reconversion possible.\n"
    )
    result = _read(
        note + offer,
        "Fwd: [Annonce] Coordinateur·rice de projets",
        "2027-02-09",
        attachments=[("CV_Corbin.pdf", "application/pdf", b"%PDF-1.4\n%%EOF\n")],
    )
    assert result["situation"]["forwarded_by"] is None
    assert result["applicant"]["email"] == "maelys.corbin@example.org"
    assert names(result) == ("Maëlys", "Corbin-Adé")
    assert result["eligibility"]["verdict"] != "not_eligible"


def test_a_note_telling_the_writers_own_degree_above_another_persons_application_stays_a_relay() -> None:
    note = (
        "Bonjour,\n\nJ'ai moi-même un master d'économie sociale ; je vous transmets le message de "
        "Lou Perrin, que j'ai rencontrée en formation.\n\nMaëlys Corbin-Adé\n\n"
    )
    relayed = (
        "---------- Forwarded message ---------\nDe : Lou Perrin <lou.perrin@example.net>\n"
        "Date: lun. 1 févr. 2027 à 09:00\nSubject: Candidature\nTo: <maelys.corbin@example.org>\n\n"
        "Bonjour, j'ai un DUT carrières sociales obtenu en juin 2026 et je suis en stage jusqu'en avril 2027."
        "\n\nLou Perrin\n"
    )
    result = _read(note + relayed, "Fwd: Candidature", "2027-02-09")
    assert result["situation"]["forwarded_by"] == "maelys.corbin@example.org"
    assert result["applicant"]["email"] == "lou.perrin@example.net"


def _own_letter(sent: str, words: str) -> str:
    return (
        "---------- Forwarded message ---------\nDe : Maëlys Corbin-Adé <maelys.corbin@example.org>\n"
        f"Date: {sent}\nSubject: Candidature spontanée\nTo: <contact@recyclerie.example.org>\n\n{words}\n"
    )


def test_her_own_letter_forwarded_to_present_her_profile_relays_nobody() -> None:
    note = "Bonjour,\nje vous présente mon profil à travers la lettre envoyée à une recyclerie.\n\n"
    letter = _own_letter(
        "mar. 3 nov. 2026 à 09:12",
        "Madame, Monsieur,\nTitulaire d'un master d'économie sociale (juin 2026), je souhaite rejoindre "
        "votre équipe.\nMaëlys Corbin-Adé",
    )
    result = _read(note + letter, "Fwd: Candidature spontanée", "2027-02-09")
    assert result["situation"]["forwarded_by"] is None
    assert names(result) == ("Maëlys", "Corbin-Adé")
    assert result["applicant"]["email"] == "maelys.corbin@example.org"


def test_guard_her_own_english_letter_forwarded_under_a_plain_note_still_relays_nobody() -> None:
    note = "Hello,\nI am forwarding the letter I sent to a food bank, to introduce my profile.\n\n"
    letter = _own_letter(
        "Tue, Nov 3, 2026 at 9:12 AM",
        "Dear Sir or Madam,\nI hold a master's in social economy (June 2026) and I would like to join "
        "your team.\nMaëlys Corbin-Adé",
    )
    result = _read(note + letter, "Fwd: Candidature spontanée", "2027-02-09")
    assert result["situation"]["forwarded_by"] is None
    assert result["applicant"]["email"] == "maelys.corbin@example.org"
