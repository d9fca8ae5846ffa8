"""Whose words a forwarded mail holds (the lead, stop 57, after the forwards corpus's first figure).

A writer who forwards us a mail someone else wrote to her — a job offer, a friend's answer, an adviser's
advice — speaks for herself in the note above it: the forwarded mail's own facts («Profil : master exigé,
reconversion bienvenue», «moi je suis encore en stage», «votre stage se termine le 31 janvier», written to
her at another time) are not read as hers; a diploma only that mail names is still read. Guards: her own
letter forwarded from her own address is hers; a forward with no note above it is read as before; an adviser
relaying another person's application reads that person's text. My own phrasings, read through `propulse
extract`'s path."""

from __future__ import annotations

from datetime import date
from typing import Any

from fixtures_docs import make_message
from reading_day import status

from intake.extract import extract_message

_NOTE = (
    "Bonjour,\n\nJ'ai une licence de sociologie obtenue en juin 2026 et je cherche un emploi dans une "
    "association d'insertion. Pouvez-vous m'aider ?\n\nClara Verdier\n06 12 34 56 78\n\n"
)
_NOTE_EN = (
    "Hello,\n\nI graduated in June 2026 with a bachelor's in sociology and I am looking for a job in a "
    "non-profit. Could Pro'pulse help me?\n\nClara Verdier\n06 12 34 56 78\n\n"
)


def _forwarded(author: str, address: str, sent: str, body: str) -> str:
    return (
        "---------- Forwarded message ---------\n"
        f"De : {author} <{address}>\nDate: {sent}\nSubject: Re: ta recherche\n"
        "To: Clara Verdier <clara.verdier@example.org>\n\n" + body + "\n"
    )


def read_on(day: str, body: str, subject: str = "Fwd: ta recherche") -> dict[str, Any]:
    message = make_message(
        body, from_name="Clara Verdier", from_addr="clara.verdier@example.org", subject=subject
    )
    return extract_message(message, today=date.fromisoformat(day))


def test_a_forwarded_offers_profile_is_not_the_writers_career_change() -> None:
    offer = _forwarded(
        "Recrutement Régie de quartier",
        "emploi@regie.example.org",
        "lun. 8 févr. 2027 à 08:00",
        "Poste : chargé·e d'accompagnement, CDI.\nProfil : master exigé, reconversion bienvenue.",
    )
    result = read_on("2027-02-10", _NOTE + offer)
    assert status(result, "not_career_change") == "met"
    assert result["education"]["bac_plus"] == 3


def test_a_friends_own_internship_in_her_forwarded_answer_is_not_the_writers() -> None:
    friend = _forwarded(
        "Amandine Roux",
        "amandine.roux@example.net",
        "mar. 9 févr. 2027 à 19:02",
        "Moi je suis encore en stage jusqu'en juillet, mais écris-leur, ils répondent vite !",
    )
    result = read_on("2027-02-10", _NOTE + friend)
    assert status(result, "not_internship") == "met"


def test_an_advisers_forwarded_reminder_of_an_internship_end_is_no_placement_held_now() -> None:
    adviser = _forwarded(
        "Karim Benali",
        "k.benali@mission-locale.example.fr",
        "mer. 20 janv. 2027 à 15:48",
        "Bonjour Clara,\nvotre stage se termine le 31 janvier : pensez à Pro'pulse pour la suite.",
    )
    result = read_on("2027-02-15", _NOTE + adviser)
    assert status(result, "not_internship") == "met"


def test_a_forwarded_english_offer_asking_a_masters_is_not_the_writers_level() -> None:
    offer = _forwarded(
        "Hiring team",
        "jobs@foodbank.example.org",
        "Mon, Feb 8, 2027 at 9:00 AM",
        "Requirements: a master's degree required, career changers welcome.",
    )
    result = read_on("2027-02-10", _NOTE_EN + offer)
    assert status(result, "not_career_change") == "met"
    assert result["education"]["bac_plus"] == 3


def test_a_diploma_only_the_forwarded_school_mail_names_is_still_read() -> None:
    note = "Bonjour,\n\nVoici le mail de l'université. Je cherche un poste dans une coopérative.\n\nClara\n\n"
    school = _forwarded(
        "Scolarité Université de Tours",
        "scolarite@univ.example.fr",
        "ven. 3 juil. 2026 à 10:00",
        "Madame, nous avons le plaisir de vous informer que vous avez obtenu votre licence de sociologie, "
        "session de juin 2026.",
    )
    result = read_on("2027-02-10", note + school)
    assert result["education"]["bac_plus"] == 3


def test_the_writers_own_letter_forwarded_from_her_address_still_tells_her_internship() -> None:
    own = _forwarded(
        "Clara Verdier",
        "clara.verdier@example.org",
        "lun. 1 févr. 2027 à 18:00",
        "Bonjour, je suis en stage dans une recyclerie jusqu'en juin 2027 et je cherche déjà la suite.",
    )
    note = "Bonjour,\n\nJe vous renvoie ce que j'avais écrit à une association.\n\nClara Verdier\n\n"
    result = read_on("2027-02-10", note + own)
    assert status(result, "not_internship") == "not_met"


def test_an_advisers_relay_of_another_persons_application_reads_that_persons_text() -> None:
    relayed = (
        "---------- Forwarded message ---------\nDe : Tom Girard <tom.girard@example.net>\n"
        "Date: lun. 8 févr. 2027 à 11:00\nSubject: Candidature\nTo: <k.benali@mission-locale.example.fr>\n\n"
        "Bonjour, je suis en service civique jusqu'en août 2027 et je voudrais rejoindre Pro'pulse ensuite."
        "\n\nTom Girard\n"
    )
    note = "Bonjour,\n\nJe vous transfère la candidature de Tom Girard, que j'accompagne.\n\nKarim Benali\n\n"
    message = make_message(
        note + relayed,
        from_name="Karim Benali",
        from_addr="k.benali@mission-locale.example.fr",
        subject="Fwd: Candidature",
    )
    result = extract_message(message, today=date(2027, 2, 10))
    assert status(result, "not_service_civique") == "not_met"


def test_a_host_extending_her_internship_in_a_forwarded_mail_still_tells_it_held() -> None:
    host = _forwarded(
        "Ressources humaines",
        "rh@epicerie.example.org",
        "ven. 29 janv. 2027 à 16:00",
        "Bonjour Clara,\nnous avons le plaisir de prolonger votre stage jusqu'au 31 mars, par avenant.",
    )
    result = read_on("2027-02-10", _NOTE + host)
    assert status(result, "not_internship") == "not_met"


def test_a_mother_forwarding_her_sons_own_message_still_reads_his_case() -> None:
    son = (
        "-------- Message transféré --------\nDe : Malik Haddad\nÀ : maman\nObjet : pour Pro'pulse\n\n"
        "Bonjour, je m'appelle Malik Haddad, j'ai un BTS SIO obtenu en juin 2025 et je cherche un emploi "
        "dans une coopérative. Mon numéro : 07 11 22 33 44.\n"
    )
    note = "Bonjour,\nMon fils m'a demandé de vous faire suivre son message.\nNadia Haddad\n\n"
    message = make_message(
        note + son,
        from_name="Nadia Haddad",
        from_addr="nadia.haddad@example.net",
        subject="TR: pour Pro'pulse",
    )
    result = extract_message(message, today=date(2027, 2, 10))
    assert result["applicant"]["first_name"] == "Malik"
    assert result["applicant"]["phone"] == "+33711223344"
