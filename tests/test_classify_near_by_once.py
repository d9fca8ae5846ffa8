"""A request near the programme (a place with us, an interview for one's research; elsewhere.py) is read once
per message by RequestNearBy, and DirectApplication consults that answer: the application rule says no
application for such a mail even where it is asked alone (a newcomer in our thread, a note in a receipt)."""

from __future__ import annotations

import pytest
from fixtures_docs import make_message

import intake.classify as classify_module
from intake.classify import DirectApplication, classify
from intake.parsing import parse_message
from intake.understanding.elsewhere import place_with_us_asked


def _classified(body: str, chain: tuple[object, ...] | None = None) -> tuple[str, str, tuple[str, ...]]:
    msg = parse_message(make_message(body, subject="Une demande"))
    found = classify(msg) if chain is None else classify(msg, chain=chain)  # type: ignore[arg-type]
    return found.kind, found.rule, tuple(f"{rule}:{matched}" for rule, matched, _why in found.trail)


def test_an_internship_asked_at_animafac_is_no_application_even_to_the_application_rule_alone() -> None:
    body = "Bonjour,\n\nJe recherche un stage de fin d'études de quatre mois chez Animafac.\n\nMerci, Lou"
    assert _classified(body, (DirectApplication(),))[:2] == ("other", "none")


def test_a_job_asked_with_your_team_in_english_is_a_request_near_by() -> None:
    body = "Hello,\n\nI'd love to find a job with your team next spring.\n\nBest, Sam"
    kind, rule, trail = _classified(body)
    assert (kind, rule) == ("other", "request_near_by")
    assert "application:False" in trail and trail[-1] == "request_near_by:True"


def test_a_place_with_us_is_read_once_per_message(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []

    def counted(body: str) -> str | None:
        calls.append(body)
        return place_with_us_asked(body)

    monkeypatch.setattr(classify_module, "place_with_us_asked", counted)
    body = "Bonjour,\n\nJe cherche une mission de service civique au sein de votre équipe.\n\nMerci, Noé"
    assert _classified(body)[:2] == ("other", "request_near_by")
    assert len(calls) == 1
