"""Questions that turn, and English mixtures (the mixtures corpus, stop 42): a wish to join stated only as
the premise of asking how to join, from someone who gives no name, is a question; a relative told of with
neither name nor diploma, for whom only the practicalities are asked, is a question; an internship's own
end is not read from a wish of another clause; a diploma dated by its jury's day with its title in a
parenthesis after it; a trade of vague length before a diploma is asked."""

from __future__ import annotations

from fixtures_docs import make_message
from reading_day import TODAY, extracted, kind, status

from intake.extract import extract_message


def test_a_brother_unnamed_and_without_a_diploma_asked_about_is_a_question() -> None:
    body = (
        "Bonjour,\n\nMon frère a fini ses études cet été et cherche du travail dans une association. "
        "Combien de temps dure votre accompagnement ? C'est lui qui vous écrira.\n\nMarc"
    )
    assert kind(body, "Pour mon frère", ("Marc Lenoir", "marc.lenoir@example.org")) == "question"


def test_a_diploma_validated_on_a_day_with_its_title_in_a_parenthesis_is_dated_by_that_day() -> None:
    result = extracted(
        "Bonjour,\n\nSoutenance faite le 10 octobre, diplôme délivré par le jury le 6 novembre (licence pro "
        "Gestion des organisations, Rennes). Je cherche un poste dans une mutuelle.\n\nLina Roux"
    )
    assert result["education"]["graduation"] == "2026-11"


def test_a_trade_held_several_years_said_bare_before_a_diploma_is_asked() -> None:
    result = extracted(
        "Bonjour,\n\nJ'ai été vendeuse plusieurs années dans des boutiques, puis j'ai passé un BTS ESF, "
        "obtenu en juin 2026. Je cherche un poste dans une association.\n\nLina Roux"
    )
    assert status(result, "not_career_change") == "unknown"


def test_an_english_trade_held_several_years_said_bare_before_a_diploma_is_asked() -> None:
    result = extracted(
        "Hello,\n\nI was a cook several years in restaurants, then I did a BTS in dietetics, obtained in "
        "June 2026. I am looking for a job in a charity.\n\nLina Roux",
        subject="Application",
    )
    assert status(result, "not_career_change") == "unknown"


def _relayed(body: str, subject: str, reply_to: str) -> tuple[str, str]:
    """`body` relayed by a platform's noreply address with `reply_to` set to the candidate: the names read."""
    raw = make_message(
        body,
        from_name="Jobs Relay",
        from_addr="no-reply@relay.example.com",
        subject=subject,
        headers={"Reply-To": reply_to},
    )
    result = extract_message(raw, today=TODAY)
    return result["applicant"]["first_name"], result["applicant"]["last_name"]


def test_a_platforms_relay_names_the_candidate_its_reply_to_names() -> None:
    body = (
        "Nouvelle candidature via Relais Solidaire\n\nOffre : accompagnement Pro'pulse\n\nMessage :\n"
        "« Bonjour, j'ai un BTS ESF obtenu en juin 2025 et je cherche un poste dans une association. »\n\n"
        "Ne répondez pas à ce message."
    )
    reply_to = "Awa Koné <awa.kone@example.org>"
    assert _relayed(body, "Nouvelle candidature via Relais Solidaire", reply_to) == ("Awa", "Koné")


def test_an_english_platforms_relay_names_the_candidate_its_reply_to_names() -> None:
    body = (
        "New application via Good Relay\n\nListing: Pro'pulse coaching\n\nMessage:\n\"Hi, I got a BTS in "
        'June 2025 and I am looking for a job in a charity."\n\nDo not reply to this email.'
    )
    reply_to = "Tom Reed <tom.reed@example.org>"
    assert _relayed(body, "New application via Good Relay", reply_to) == ("Tom", "Reed")
