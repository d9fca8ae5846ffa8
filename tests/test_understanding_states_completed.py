"""A state of completion held since a day is an end reached then (situation_parse._read_held_state): «le
rapport de stage est rendu depuis mai» tells the internship over since May, where «engagée depuis septembre en
service civique» tells a civic service held now. The phrasings here are the tests' own."""

from __future__ import annotations

from datetime import date

from fixtures_docs import make_message

from intake.extract import extract_message

TODAY = date(2026, 12, 7)


def _status(body: str, criterion: str) -> str:
    result = extract_message(make_message(body, subject="Candidature"), today=TODAY)
    return next(c["status"] for c in result["eligibility"]["criteria"] if c["id"] == criterion)


def test_an_internship_report_handed_in_since_may_leaves_no_internship_now() -> None:
    body = (
        "Bonjour,\n\nJ'ai obtenu mon BUT en septembre 2026 ; mon mémoire de stage est rendu depuis juin. Je "
        "cherche un emploi dans une coopérative.\n\nMarius Lebon"
    )
    assert _status(body, "not_internship") == "met"


def test_an_internship_validated_since_june_leaves_no_internship_now() -> None:
    body = (
        "Bonjour,\n\nLicence obtenue en juillet 2026, le stage est validé depuis juin. Je cherche un emploi "
        "dans une association.\n\nMarius Lebon"
    )
    assert _status(body, "not_internship") == "met"


def test_an_internship_report_handed_in_back_in_may_leaves_no_internship_now_in_english() -> None:
    body = (
        "Hello,\n\nI got my BA in September 2026; my placement report was handed in back in May. I want a "
        "job in a charity.\n\nNora Quinn"
    )
    assert _status(body, "not_internship") == "met"


def test_a_civic_service_held_since_september_is_still_held_now() -> None:
    body = (
        "Bonjour,\n\nLicence obtenue en juin 2026, je suis engagée depuis septembre en service civique à la "
        "Ligue. Je cherche un emploi dans une association.\n\nMarius Lebon"
    )
    assert _status(body, "not_service_civique") == "not_met"
