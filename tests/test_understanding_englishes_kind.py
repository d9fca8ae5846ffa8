"""The kind of a first mail written in native English: applying named as still ahead ("before I apply") is
no application; a request to clarify said without «?» asks; a partnership or a webinar for job seekers
named as a group is no application; an applicant's "I'd love to…" states an aim. French and English
phrasings of our own."""

from __future__ import annotations

import pytest
from fixtures_docs import make_message

from intake.classify import classify
from intake.parsing import parse_message

SENDER = ("Tamsin Okoro", "tamsin.okoro@example.org")


def _kind(body: str, subject: str, sender: tuple[str, str] = SENDER) -> str:
    msg = make_message(body, from_name=sender[0], from_addr=sender[1], subject=subject)
    return classify(parse_message(msg)).kind


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Hi,\n\nOne thing to check before I apply: is a Canadian college diploma enough "
            "for the programme?"
            "\n\nCheers,\nTamsin",
            id="en_before_i_apply",
        ),
    ],
)
def test_applying_named_as_still_ahead_of_a_question_is_a_question(body: str) -> None:
    assert _kind(body, "Quick check") == "question"


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Dear team,\n\nI coordinate a reading club for Kenyan students in Nancy. Kindly "
            "clarify whether a "
            "two-year diploma from a Kenyan polytechnic meets the criteria of Pro'pulse.\n\nRegards,\nTamsin",
            id="en_kindly_clarify_whether",
        ),
        pytest.param(
            "Bonjour,\n\nJ'anime un club de lecture pour des étudiants kényans à Nancy. "
            "Merci de me préciser si "
            "un diplôme kényan en deux ans remplit les critères de Pro'pulse.\n\nBien à vous,\nTamsin",
            id="fr_merci_de_me_preciser_si",
        ),
    ],
)
def test_a_request_to_clarify_a_criterion_without_a_question_mark_is_a_question(body: str) -> None:
    assert _kind(body, "Diplomas") == "question"


def test_a_partnership_offering_a_webinar_to_career_switchers_is_other_mail() -> None:
    body = (
        "Hello,\n\nWe are a small association helping newcomers in Rouen. We'd love to "
        "co-organise a webinar for "
        "job hunters and career switchers with your team in March, or to refer newcomers "
        "to you.\n\nBest wishes,\n"
        "Nell Price, coordinator"
    )
    assert _kind(body, "Partnership proposal", ("Newcomers Rouen", "hello@newcomers.example.org")) == "other"


def test_an_applicant_who_would_love_to_work_in_community_work_applies() -> None:
    body = (
        "Hi there,\n\nI finished a one-year course in youth work in Limerick last spring and moved to Angers "
        "with my partner. I'd love to get into community work over here.\n\nCan I apply?\n\nThanks,\nTamsin"
    )
    assert _kind(body, "Pro'pulse") == "application"
