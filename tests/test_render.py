"""Email templates: French first, English when asked, applicant text always data, headers one line."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from jinja2.exceptions import SecurityError, UndefinedError

from intake.replies.render import (
    HeaderInjection,
    TemplateMissing,
    _environment,
    check_header,
    format_moment,
    render_email,
)

OURS = (
    "acknowledgement",
    "missing_information",
    "refusal",
    "waitlist",
    "interview_confirmation",
    "interview_reminder",
)
HOSTILE_NAME = "{{ config }} <script>alert(1)</script>"


def context(**extra: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "case_token": "PP-000042",
        "first_name": "Léa",
        "missing": ["la date (mois et année) d'obtention de votre diplôme"],
        "reasons": ["titulaires d'un diplôme de niveau bac+2 au moins"],
        "interview_at": datetime(2026, 12, 1, 9, 30, tzinfo=UTC),
        "interview_place": "Animafac, 3 rue Récamier, 75007 Paris",
    }
    return {**base, **extra}


@pytest.mark.parametrize("name", OURS)
def test_each_email_renders_in_french_and_english_with_the_case_token(name: str) -> None:
    fr = render_email(name, context(), "fr")
    en = render_email(name, context(), "en")
    for rendered in (fr, en):
        assert "[PP-000042]" in rendered.subject
        assert "PP-000042" in rendered.text
        assert "{{" not in rendered.text + rendered.html and "{%" not in rendered.text + rendered.html
        assert rendered.html.startswith("<!DOCTYPE html>")
    assert fr.text.startswith("Bonjour Léa,\n\n")
    assert "Bien cordialement" in fr.text and '<html lang="fr">' in fr.html
    assert en.text.startswith("Hello Léa,\n\n")
    assert "Kind regards" in en.text and '<html lang="en">' in en.html


def test_an_unknown_language_falls_back_to_french() -> None:
    rendered = render_email("acknowledgement", context(), "de")
    assert rendered.text.startswith("Bonjour Léa,")
    assert "économie sociale et solidaire" in rendered.text


def test_without_a_first_name_the_greeting_is_plain() -> None:
    rendered = render_email("acknowledgement", context(first_name=None))
    assert rendered.text.startswith("Bonjour,\n")
    assert "<p>Bonjour,</p>" in rendered.html


def test_acknowledgement_without_slots_shows_no_slot_block() -> None:
    rendered = render_email("acknowledgement", context())
    assert "créneaux" not in rendered.text and "<ol>" not in rendered.html
    assert "Nous revenons vers vous très prochainement" in rendered.text


def test_acknowledgement_lists_the_offered_slots_numbered_in_french() -> None:
    slots = [
        {"number": 1, "starts_at": datetime(2026, 12, 1, 9, 0, tzinfo=UTC)},
        {"number": 2, "starts_at": datetime(2026, 12, 3, 13, 45, tzinfo=UTC)},
    ]
    rendered = render_email("acknowledgement", context(slots=slots))
    assert "  1. mardi 1er décembre 2026 à 10 h\n" in rendered.text
    assert "  2. jeudi 3 décembre 2026 à 14 h 45\n" in rendered.text
    assert '<li value="2">jeudi 3 décembre 2026 à 14 h 45</li>' in rendered.html
    assert "Nous revenons vers vous" not in rendered.text


def test_missing_information_names_each_missing_item_and_ends_the_list_with_a_question() -> None:
    items = ["la date (mois et année) d'obtention de votre diplôme", "si vous êtes actuellement en stage"]
    rendered = render_email("missing_information", context(missing=items))
    assert "il nous manque quelques informations" in rendered.text
    assert "  - la date (mois et année) d'obtention de votre diplôme ;\n" in rendered.text
    assert "  - si vous êtes actuellement en stage ?\n" in rendered.text


def test_refusal_points_to_other_resources() -> None:
    rendered = render_email("refusal", context())
    for resource in ("France Travail", "Apec", "mission locale", "CRESS", "Jobs that make sense"):
        assert resource in rendered.text and resource in rendered.html
    assert "ne correspond pas à cette condition" in rendered.text


def test_template_syntax_in_an_applicant_name_stays_literal() -> None:
    rendered = render_email("acknowledgement", context(first_name="{{ 7*7 }} " + HOSTILE_NAME))
    assert rendered.text.startswith("Bonjour {{ 7*7 }} {{ config }} <script>alert(1)</script>,")
    assert "49" not in rendered.text


def test_a_script_in_a_name_is_escaped_in_html_and_literal_in_text() -> None:
    rendered = render_email("refusal", context(first_name=HOSTILE_NAME))
    assert "<script>" not in rendered.html
    assert "<p>Bonjour {{ config }} &lt;script&gt;alert(1)&lt;/script&gt;,</p>" in rendered.html
    assert "Bonjour {{ config }} <script>alert(1)</script>," in rendered.text


def test_a_line_break_reaching_the_subject_is_refused() -> None:
    with pytest.raises(HeaderInjection, match="Subject"):
        render_email("acknowledgement", context(their_subject="Candidature\r\nBcc: x@y"))


@pytest.mark.parametrize("value", ["a\rb", "a\nb", "a\u2028b", "a\x85b"])
def test_check_header_refuses_every_kind_of_line_break(value: str) -> None:
    with pytest.raises(HeaderInjection):
        check_header("Subject", value)


def test_a_missing_required_variable_is_an_error_not_a_blank() -> None:
    with pytest.raises(UndefinedError):
        render_email("interview_confirmation", {"case_token": "PP-000042"})


def test_an_unknown_template_is_a_clear_error() -> None:
    with pytest.raises(TemplateMissing, match="introuvable"):
        render_email("nonexistent", context())


def test_the_environment_is_sandboxed() -> None:
    with pytest.raises(SecurityError):
        _environment().from_string("{{ ''.__class__.__mro__[1].__subclasses__() }}").render()


def test_moments_are_written_the_french_and_the_english_way() -> None:
    moment = datetime(2026, 12, 10, 14, 5, tzinfo=UTC)
    assert format_moment(moment) == "jeudi 10 décembre 2026 à 15 h 05"
    assert format_moment(moment, "en") == "Thursday 10 December 2026 at 15:05"
