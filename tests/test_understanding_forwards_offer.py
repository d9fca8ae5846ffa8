"""Her newer words over her own earlier mail quoted or forwarded under them (f-offer, stop 58).

A mail of October quoted under her reply of February («je suis en M2, diplôme prévu en décembre») told a
course going on THAT day; the words above it, newer, tell what happened since: «depuis, j'ai obtenu mon
diplôme le 12 décembre» names no diploma, it is the course the earlier mail told in progress, held then; «il
me reste mon mémoire à rendre» in a May mail is over when the newer words, or the CV sent with them, tell the
diploma held. Guards: a reminder telling nothing new keeps the course going on, and so does a jury still to
come. A carried mail's relative words («le mois prochain», «dans trois semaines», "next month") count from
that mail's Date, not the reading day; in her own new words, from the reading day as before. My own
phrasings and layouts, each read on a stated day."""

from __future__ import annotations

from datetime import date
from typing import Any

from fixtures_docs import make_message, make_pdf
from reading_day import status

from intake.extract import extract_message

_WRITER = {"from_name": "Soline Marchetti", "from_addr": "soline.marchetti@example.org"}


def _quoted(note: str, attribution: str, earlier: str) -> bytes:
    """`note` above her earlier mail quoted by her client under `attribution`."""
    quoted = "\n".join(f"> {line}" for line in earlier.split("\n"))
    return make_message(
        f"{note}\n\nSoline Marchetti\n\n{attribution}\n{quoted}\n", subject="RE: Pro'pulse", **_WRITER
    )


def _forwarded(note: str, sent: str, earlier: str, cv: list[str] | None = None) -> bytes:
    """`note` above her earlier mail forwarded with its own header, a CV attached when `cv` gives lines."""
    carried = (
        "---------- Message transféré ---------\n"
        f"De : Soline Marchetti <soline.marchetti@example.org>\nDate : {sent}\nObjet : Inscription\n"
        "À : propulse@animafac.net\n\n" + earlier
    )
    pdf = [("CV_Soline.pdf", "application/pdf", make_pdf(["Soline Marchetti", *cv]))] if cv else []
    return make_message(
        f"{note}\n\nSoline Marchetti\n\n{carried}\n", subject="TR: Inscription", attachments=pdf, **_WRITER
    )


def _read_on(day: str, raw: bytes) -> dict[str, Any]:
    return extract_message(raw, today=date.fromisoformat(day))


_OCTOBER = (
    "Bonjour, je suis en master 2 Économie sociale et solidaire à Lyon, diplôme prévu en décembre. Je "
    "cherche un emploi de chargée de projet dans une association. Puis-je m'inscrire ?"
)


def test_a_diploma_told_obtained_since_above_a_quoted_master_in_progress_is_that_master_held() -> None:
    raw = _quoted(
        "Bonjour,\n\nJe reviens vers vous : depuis mon message, j'ai obtenu mon diplôme le 12 décembre.",
        "Le ven. 2 oct. 2026 à 11:05, Soline Marchetti <soline.marchetti@example.org> a écrit :",
        _OCTOBER,
    )
    result = _read_on("2027-02-10", raw)
    assert status(result, "studies_finished") == "met"
    assert status(result, "degree_level") == "met"
    assert result["education"]["graduation"] == "2026-12"


def test_the_same_told_above_a_forwarded_mail_with_its_own_header_is_held_too() -> None:
    raw = _forwarded(
        "Bonjour,\n\nPetite mise à jour : j'ai reçu mon diplôme le 12 décembre, je suis disponible.",
        "ven. 2 oct. 2026 à 11:05",
        _OCTOBER,
    )
    result = _read_on("2027-02-10", raw)
    assert status(result, "studies_finished") == "met"
    assert result["eligibility"]["verdict"] == "eligible"


def test_an_english_degree_received_since_above_a_quoted_msc_in_progress_is_that_msc_held() -> None:
    raw = _quoted(
        "Hello,\n\nA quick update: since my last mail, I received my degree on 12 December.",
        "On Fri, Oct 2, 2026 at 11:05 AM, Soline Marchetti <soline.marchetti@example.org> wrote:",
        "Hello, I am in the second year of an MSc in social economy in Lyon, graduating in December. I am "
        "looking for a job in a non-profit. May I register?",
    )
    result = _read_on("2027-02-10", raw)
    assert status(result, "studies_finished") == "met"
    assert result["eligibility"]["verdict"] != "not_eligible"


def test_a_thesis_left_to_hand_in_in_a_may_mail_is_over_when_the_cv_sent_now_tells_the_degree_held() -> None:
    raw = _forwarded(
        "Bonjour,\n\nJe vous avais écrit au printemps. Depuis, soutenance passée ! Mon CV à jour est joint.",
        "mar. 5 mai 2026 à 09:40",
        "Bonjour, mes cours de master sont finis mais il me reste mon mémoire à rendre en septembre. Je "
        "voudrais travailler dans une coopérative. Puis-je m'inscrire ?",
        cv=["Formation", "2026 Master Économie sociale, Université de Lyon (obtenu en octobre 2026)"],
    )
    assert status(_read_on("2027-02-10", raw), "studies_finished") == "met"


def test_a_reminder_telling_nothing_new_keeps_the_quoted_master_going_on() -> None:
    raw = _quoted(
        "Bonjour,\n\nJe me permets de vous relancer, je n'ai pas eu de réponse.",
        "Le ven. 2 oct. 2026 à 11:05, Soline Marchetti <soline.marchetti@example.org> a écrit :",
        _OCTOBER,
    )
    assert status(_read_on("2026-10-20", raw), "studies_finished") != "met"


def test_a_diploma_not_yet_had_above_the_quoted_master_keeps_it_going_on() -> None:
    raw = _quoted(
        "Bonjour,\n\nDu nouveau : le jury se réunit le 15 février, je n'ai donc pas encore mon diplôme.",
        "Le ven. 2 oct. 2026 à 11:05, Soline Marchetti <soline.marchetti@example.org> a écrit :",
        _OCTOBER,
    )
    result = _read_on("2027-02-10", raw)
    assert status(result, "studies_finished") != "met"
    assert result["education"]["graduation"] is None


# A carried mail's relative words count from its own Date (carried_dates.py).


def _december(words: str) -> bytes:
    return _forwarded(
        "Bonjour,\n\nJe vous transfère mon message de décembre. Je cherche un poste dans une recyclerie.",
        "lun. 7 déc. 2026 à 18:20",
        words,
    )


def test_a_civic_service_ending_next_month_in_a_december_mail_ended_in_january() -> None:
    raw = _december("J'ai une licence pro de juin 2026 et mon service civique se termine le mois prochain.")
    assert status(_read_on("2027-02-10", raw), "not_service_civique") == "met"


def test_an_internship_ending_in_three_weeks_in_a_december_mail_is_over_in_february() -> None:
    raw = _december(
        "Titulaire d'un BTS ESF de 2025, je suis en stage dans une épicerie solidaire, il se termine "
        "dans trois semaines."
    )
    assert status(_read_on("2027-02-10", raw), "not_internship") == "met"


def test_an_english_internship_ending_next_month_in_a_december_mail_is_over_in_february() -> None:
    raw = _forwarded(
        "Hello,\n\nHere is what I wrote in December. I am looking for a job in a non-profit.",
        "Mon, Dec 7, 2026 at 6:20 PM",
        "I hold a BTS from June 2025 and my internship at a food bank ends next month.",
    )
    assert status(_read_on("2027-02-10", raw), "not_internship") == "met"


def test_next_month_in_her_own_new_words_still_counts_from_the_reading_day() -> None:
    note = (
        "Bonjour,\n\nJ'ai une licence pro de juin 2026 et mon service civique se termine le mois prochain. "
        "Je cherche un poste dans une recyclerie.\n\nSoline Marchetti"
    )
    # Sent the day it is read (make_message dates a mail 10 November 2026: from then, next month is over).
    raw = make_message(note, **_WRITER).replace(
        b"Date: Tue, 10 Nov 2026 10:42:00 +0100", b"Date: Wed, 10 Feb 2027 10:42:00 +0100"
    )
    assert b"10 Feb 2027" in raw
    assert status(_read_on("2027-02-10", raw), "not_service_civique") != "met"
