"""Words struck through in an HTML mail (`<del>`, `<s>`, `<strike>`; «~~…~~» or «(barré)» in its text part):
what the writer takes back no longer counts, the words after it hold (the repairs corpus, struck text)."""

from __future__ import annotations

from email.message import EmailMessage
from typing import Any

from reading_day import TODAY, status

from intake.extract import extract_message


def mailed(html: str, plain: str | None = None) -> dict[str, Any]:
    """An application whose HTML part is `html` (and its text part `plain`, when given), as extracted on the
    reading day."""
    msg = EmailMessage()
    msg["From"] = "Inès Martin <ines.martin@example.org>"
    msg["To"] = "Pro'pulse <propulse@animafac.net>"
    msg["Subject"] = "Candidature Pro'pulse"
    msg["Date"] = "Tue, 10 Nov 2026 10:42:00 +0100"
    msg["Message-ID"] = "<struck.1@example.org>"
    if plain is None:
        msg.set_content(f"<html><body>{html}</body></html>", subtype="html")
    else:
        msg.set_content(plain)
        msg.add_alternative(f"<html><body>{html}</body></html>", subtype="html")
    return extract_message(msg.as_bytes(), today=TODAY)


def test_a_year_struck_through_gives_way_to_the_date_written_after_it() -> None:
    result = mailed(
        "<p>Bonjour,</p><p>J'ai obtenu ma licence pro Gestion des structures sanitaires et sociales en "
        "<del>juin 2022</del> juillet 2025, à Poitiers.</p><p>Je cherche un poste de gestionnaire dans une "
        "association d'aide à domicile.</p><p>Inès Martin</p>"
    )
    assert status(result, "graduation_recent") == "met"


def test_a_struck_year_in_english_gives_way_to_the_one_after_it() -> None:
    result = mailed(
        "<p>Hello,</p><p>I was awarded my BA in Social Policy in <s>2021</s> June 2026 by the University of "
        "York.</p><p>I'm looking for a job in a French charity working on housing.</p><p>Ines Martin</p>"
    )
    assert status(result, "graduation_recent") == "met"


def test_the_struck_word_graduated_leaves_the_master_still_running() -> None:
    result = mailed(
        "<p>Bonjour,</p><p>Je suis <strike>diplômée</strike> en M2 Développement local, soutenance en "
        "février, à Grenoble.</p><p>Je cherche un poste de chargée de mission dans une "
        "coopérative.</p><p>Inès Martin</p>"
    )
    assert status(result, "studies_finished") == "not_met"


def test_a_struck_graduate_in_english_leaves_a_student_in_the_final_year() -> None:
    result = mailed(
        "<p>Hello,</p><p>I'm <s>a graduate</s> a final-year student of the MSc in Development, dissertation "
        "due in January.</p><p>I'm looking for a job in a charity.</p><p>Ines Martin</p>"
    )
    assert status(result, "studies_finished") == "not_met"


def test_a_civic_service_struck_for_a_contract_is_over() -> None:
    plain = (
        "Bonjour,\n\nJ'ai un DUT Carrières sociales (juin 2025) et je suis volontaire en service civique "
        "(barré) animatrice en CDD depuis le 3 novembre dans la même maison de quartier.\n\nJe cherche un "
        "poste durable dans l'éducation populaire.\n\nInès Martin"
    )
    html = (
        "<p>Bonjour,</p><p>J'ai un DUT Carrières sociales (juin 2025) et je suis <strike>volontaire en "
        "service civique</strike> animatrice en CDD depuis le 3 novembre dans la même maison de "
        "quartier.</p><p>Je cherche un poste durable dans l'éducation populaire.</p><p>Inès Martin</p>"
    )
    assert status(mailed(html, plain), "not_service_civique") == "met"


def test_an_internship_one_came_out_of_on_a_past_day_is_over() -> None:
    result = mailed(
        "<p>Bonjour,</p><p>Je suis sortie de stage depuis le 6 novembre, après cinq mois dans une régie de "
        "quartier.</p><p>Licence de géographie, juin 2026. Je cherche un poste dans une association.</p>"
        "<p>Inès Martin</p>"
    )
    assert status(result, "not_internship") == "met"
