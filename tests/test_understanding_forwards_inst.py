"""An institution's mail carried in hers: what it says of her placement's END is hers (f-inst, stop 58).

A paper certifying a placement's end («attestation de fin de stage», «certificat de fin de mission»), named
in the Subject of the mail she forwards or in her own note, is issued once that placement ended: it is not
one held now — unless the paper is still to come («je recevrai mon attestation de fin de stage en mai»). Her
last day of placement said of today («ce vendredi est mon dernier jour de stage», "today is the last day of my
internship") ends it today: she is free after it; a last day dated ahead, or told to come («demain»), still
holds it. My own phrasings and layouts, read through `propulse extract`'s path on a stated reading day."""

from __future__ import annotations

from datetime import date
from typing import Any

from fixtures_docs import make_message
from reading_day import status

from intake.extract import extract_message

_FR_REST = (
    "J'ai une licence professionnelle Gestion des structures sociales obtenue en juin 2026 et je cherche un "
    "emploi dans une coopérative d'insertion."
)
_EN_REST = (
    "I was awarded a BA in Community Development in June 2026 and I'm looking for a job in a cooperative."
)


def _forward(note: str, subject: str, carried: str, sent: str = "mer. 27 janv. 2027 à 16:05") -> bytes:
    """Her note above an institution's mail she forwards, under `subject`."""
    body = (
        note + "\n\nSolène Marchetti\n06 44 18 27 93\n\n"
        "---------- Forwarded message ---------\n"
        f"De : Ressources humaines <rh@recyclerie-nord.example.org>\nDate: {sent}\nSubject: {subject}\n"
        "To: <solene.marchetti@example.org>\n\n" + carried + "\n"
    )
    return make_message(
        body,
        from_name="Solène Marchetti",
        from_addr="solene.marchetti@example.org",
        subject=f"Fwd: {subject}",
    )


def _own(note: str) -> bytes:
    return make_message(
        note + "\n\nSolène Marchetti", from_name="Solène Marchetti", from_addr="solene.marchetti@example.org"
    )


def read_on(day: str, raw: bytes) -> dict[str, Any]:
    return extract_message(raw, today=date.fromisoformat(day))


def test_a_forwarded_certificate_of_the_end_of_her_placement_is_no_placement_held() -> None:
    raw = _forward(
        "Bonjour, je vous fais suivre le document reçu de la recyclerie. " + _FR_REST,
        "Certificat de fin de stage",
        "Nous certifions que Mme Solène Marchetti a été accueillie en stage du 5 octobre 2026 au 22 janvier "
        "2027 dans notre atelier.",
    )
    assert status(read_on("2027-02-03", raw), "not_internship") == "met"


def test_an_end_of_placement_paper_named_in_her_own_words_closes_it() -> None:
    raw = _own("Bonjour, vous trouverez ci-joint mon attestation de fin de stage. " + _FR_REST)
    assert status(read_on("2027-02-03", raw), "not_internship") == "met"


def test_an_end_of_placement_paper_still_to_come_does_not_close_the_placement() -> None:
    raw = _own("Bonjour, je recevrai mon attestation de fin de stage en mai, à la sortie. " + _FR_REST)
    assert status(read_on("2027-02-03", raw), "not_internship") != "met"


def test_an_english_completion_certificate_forwarded_is_no_internship_held() -> None:
    raw = _forward(
        "Hello, please find below the certificate the charity sent me. " + _EN_REST,
        "Internship completion certificate",
        "This is to certify that Ms Solène Marchetti completed an internship with us from 5 October 2026 "
        "to 22 January 2027.",
    )
    assert status(read_on("2027-02-03", raw), "not_internship") == "met"


def test_her_last_day_of_placement_said_of_today_ends_it() -> None:
    raw = _own(
        "Bonjour, aujourd'hui c'est ma dernière journée de stage, je serai libre dès mardi. " + _FR_REST
    )
    assert status(read_on("2027-03-05", raw), "not_internship") == "met"


def test_her_last_day_of_placement_dated_ahead_still_holds_it() -> None:
    raw = _own("Bonjour, mon dernier jour de stage est le 19 mars. " + _FR_REST)
    assert status(read_on("2027-03-05", raw), "not_internship") == "not_met"


def test_her_last_day_of_placement_told_for_tomorrow_still_holds_it() -> None:
    raw = _own("Bonjour, demain c'est mon dernier jour de stage à la recyclerie. " + _FR_REST)
    assert status(read_on("2027-03-05", raw), "not_internship") == "not_met"


def test_today_as_the_last_day_of_her_english_internship_ends_it() -> None:
    raw = _own(
        "Hello, today is the last day of my internship at the repair café, and I'm free from Monday. "
        + _EN_REST
    )
    assert status(read_on("2027-03-05", raw), "not_internship") == "met"


def test_a_last_day_of_a_civic_service_said_of_today_ends_the_service() -> None:
    raw = _own("Bonjour, c'est aujourd'hui mon dernier jour de service civique chez Unis-Cité. " + _FR_REST)
    assert status(read_on("2027-03-05", raw), "not_service_civique") == "met"


def test_a_last_day_of_placement_said_to_come_soon_is_asked() -> None:
    raw = _own("Bonjour, c'est bientôt ma dernière journée de stage à l'atelier vélo. " + _FR_REST)
    assert status(read_on("2027-03-05", raw), "not_internship") == "unknown"


def test_a_civic_service_starting_on_a_bare_weekday_ahead_is_not_held_yet() -> None:
    raw = _forward(
        "Coucou, je commence une mission de service civique mardi (voir plus bas), je m'inscris pour la "
        "suite. " + _FR_REST,
        "Votre mission",
        "Bonjour Solène, votre mission commencera le 16 février 2027, pour sept mois.",
        sent="jeu. 4 févr. 2027 à 11:20",
    )
    assert status(read_on("2027-02-12", raw), "not_service_civique") == "met"


def test_a_placement_starting_on_a_bare_weekday_ahead_is_not_held_yet() -> None:
    raw = _own("Bonjour, je démarre jeudi un stage à la ressourcerie. " + _FR_REST)
    assert status(read_on("2027-02-08", raw), "not_internship") == "met"


def test_a_service_started_on_a_weekday_gone_by_is_held() -> None:
    raw = _own("Bonjour, j'ai commencé mardi une mission de service civique au Secours pop. " + _FR_REST)
    assert status(read_on("2027-02-12", raw), "not_service_civique") == "not_met"


def test_an_english_service_starting_next_weekday_is_not_held_yet() -> None:
    raw = _own("Hello, I start my service civique on Tuesday at a food bank. " + _EN_REST)
    assert status(read_on("2027-02-12", raw), "not_service_civique") == "met"


def test_an_old_attestation_forwarded_saying_her_service_goes_on_is_asked_today() -> None:
    raw = _forward(
        "Bonjour, voici le papier que la maison de quartier m'avait fait l'automne dernier. " + _FR_REST,
        "Attestation",
        "Nous attestons que Mme Solène Marchetti accomplit actuellement une mission de service civique dans "
        "notre structure depuis le 1er septembre 2026.",
        sent="mar. 3 nov. 2026 à 09:40",
    )
    assert status(read_on("2027-02-19", raw), "not_service_civique") == "unknown"


def test_an_old_english_attestation_forwarded_saying_her_service_goes_on_is_asked_today() -> None:
    raw = _forward(
        "Hello, here is the letter the youth centre gave me last autumn. " + _EN_REST,
        "Letter of attestation",
        "We hereby certify that Ms Solène Marchetti is currently serving a service civique with us since 1 "
        "September 2026.",
        sent="Tue, Nov 3, 2026 at 9:40 AM",
    )
    assert status(read_on("2027-02-19", raw), "not_service_civique") != "not_met"


def test_her_own_new_words_of_a_service_going_on_still_hold_it() -> None:
    raw = _own(
        "Bonjour, j'effectue actuellement une mission de service civique à la maison de quartier. " + _FR_REST
    )
    assert status(read_on("2027-02-19", raw), "not_service_civique") == "not_met"
