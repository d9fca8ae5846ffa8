"""Mails written around the year's turn for oneself, for someone else or in English (n-others, stop 57).

A decision told in a past tense with a month and no year («les résultats sont tombés le 19 décembre», "the
results were published on 18 December"), read in January, is last December's: the diploma is had, not
awaited. A foreign diploma whose recognition the writer says she does not have yet leaves its French level
open. A person who asked the writer to write to us («un cousin m'a demandé de vous écrire : …») is the one
presented; the writer's hedge set in her sentence («je ne sais plus de quelle année») and the writer as the
one spoken to («elle m'a parlé de…») make no fact of the writer's own. Guards: a decision still to come, a
recognition had, the writer asked by us to write back. My own phrasings, each read on a stated day."""

from __future__ import annotations

from datetime import date
from typing import Any

from fixtures_docs import make_message
from reading_day import names, status

from intake.extract import extract_message

_AIM_FR = " Je cherche un emploi dans une association d'insertion.\n\nLéna Marchetti"
_AIM_EN = " I'd like to work for a French association supporting young people.\n\nCallum Reid"


def read_on(day: str, body: str, **sender: str) -> dict[str, Any]:
    message = make_message(body, subject="Candidature", **sender)
    return extract_message(message, today=date.fromisoformat(day))


# A foreign diploma's recognition not had yet (education.py, _NOT_RECOGNISED).


def test_a_licenciatura_without_its_recognition_yet_leaves_the_level_open() -> None:
    body = (
        "I finished a Licenciatura in Psychology in Porto in 2026. I haven't got the ENIC-NARIC "
        "recognition yet, I only moved here in November."
    )
    result = read_on("2027-01-04", body + _AIM_EN)
    assert status(result, "degree_level") == "unknown"


def test_a_foreign_diploma_whose_comparability_statement_is_not_received_is_open_in_french() -> None:
    body = (
        "J'ai une licenciatura en sociologie de l'université de Coimbra, obtenue en 2026. Je n'ai pas encore "
        "reçu l'attestation de comparabilité."
    )
    result = read_on("2027-01-04", body + _AIM_FR)
    assert status(result, "degree_level") == "unknown"


def test_a_licenciatura_whose_recognition_was_granted_keeps_its_level() -> None:
    body = (
        "I finished a Licenciatura in Psychology in Porto in 2026, and I got the ENIC-NARIC recognition "
        "in November."
    )
    result = read_on("2027-01-04", body + _AIM_EN)
    assert status(result, "degree_level") == "met"


# Someone who asked the writer to write for them (signals.py, _asked_to_write_for_them).

_COUSIN = {"from_name": "Sacha Lemaire", "from_addr": "sacha.lemaire@example.org"}


def test_a_cousin_who_asked_the_writer_to_write_is_the_one_presented() -> None:
    body = (
        "Mon cousin m'a demandé de vous contacter parce qu'il est trop timide : Anis Belkadi. "
        "Il a un BTS, je ne sais plus de quelle année, en économie sociale et familiale, et il voudrait "
        "travailler dans un centre social.\n\nSon portable : 06 12 34 56 78.\n\nSacha Lemaire"
    )
    result = read_on("2027-01-15", body, **_COUSIN)
    assert names(result) == ("Anis", "Belkadi")
    assert result["education"]["bac_plus"] == 2


def test_a_friend_who_told_the_writer_of_her_job_hunt_is_presented_in_english_too() -> None:
    body = (
        "A friend of mine asked me to write to you, she is too shy: Maëlle Tanguy. She has a licence in "
        "sociology from Rennes 2 and wants to work in a housing association.\n\nHer number: 06 98 76 54 "
        "32.\n\nSacha Lemaire"
    )
    result = read_on("2027-01-15", body, **_COUSIN)
    assert names(result) == ("Maëlle", "Tanguy")


def test_a_writer_we_asked_to_write_back_is_the_applicant() -> None:
    body = (
        "Vous m'avez demandé de vous écrire une fois mon diplôme en poche : j'ai obtenu mon BTS ESF en "
        "juin 2026 et je cherche un emploi dans un centre social.\n\nSacha Lemaire"
    )
    result = read_on("2027-01-15", body, **_COUSIN)
    assert names(result) == ("Sacha", "Lemaire")
    assert status(result, "degree_level") == "met"
