"""What a mail's shape carries that is no word of the writer's, or a claim the writer's words correct (the
clients corpus, t-sig): a template's hidden preheader is never shown, so never read; a signature's title the
body says is out of date gives way to the body; a signature's title showing years at an employer is years in
a job."""

from __future__ import annotations

from email.message import EmailMessage
from email.utils import formataddr
from typing import Any

from reading_day import TODAY, extracted, status

from intake.extract import extract_message


def _html_mail(html: str) -> dict[str, Any]:
    """An HTML-only mail, as a newsletter-style composer sends it, extracted on the reading day."""
    msg = EmailMessage()
    msg["From"] = formataddr(("Maëlle Ravier", "maelle.ravier@example.org"))
    msg["To"] = "Pro'pulse <propulse@animafac.net>"
    msg["Subject"] = "Ma candidature"
    msg["Date"] = "Tue, 10 Nov 2026 10:42:00 +0100"
    msg["Message-ID"] = "<test.sig@example.org>"
    msg.set_content(html, subtype="html")
    return extract_message(msg.as_bytes(), today=TODAY)


def test_a_hidden_preheader_naming_an_internship_is_no_word_of_the_writer_s() -> None:
    html = (
        '<html><body><span style="display: none; font-size:0">Stage en cours — voir ma candidature</span>'
        "<p>Bonjour,</p><p>J'ai obtenu mon BUT Carrières sociales en juin 2026 ; mon alternance est finie "
        "depuis l'été. Je cherche un emploi d'animatrice dans une association de quartier.</p>"
        "<p>Maëlle Ravier</p></body></html>"
    )
    assert status(_html_mail(html), "not_internship") == "met"


def test_a_preheader_hidden_from_outlook_saying_internship_ongoing_is_not_read() -> None:
    html = (
        '<html><body><div style="mso-hide:all;visibility:hidden">Internship ongoing</div>'
        "<p>Hello,</p><p>I was awarded my bachelor's in social work in July 2026, and my placement ended in "
        "August. I am looking for a job with a housing charity.</p><p>Maëlle Ravier</p></body></html>"
    )
    assert status(_html_mail(html), "not_internship") == "met"


def test_a_student_signature_the_body_calls_dated_gives_way_to_the_diploma_told() -> None:
    body = (
        "Bonjour,\n\nMon master de sociologie est validé depuis juillet 2026 ; ma signature date un peu, je "
        "la changerai. Je cherche un emploi de chargé d'études dans une association.\n\nYanis Perrot\n"
        "Étudiant en Master 2 Sociologie — Université de Lille\n06 44 18 27 90"
    )
    assert status(extracted(body, from_name="Yanis Perrot"), "studies_finished") == "met"


def test_an_intern_s_signature_the_body_calls_a_bit_dated_is_no_internship_today() -> None:
    body = (
        "Hello,\n\nI graduated with a bachelor's in social work in June 2026; my signature is a bit dated. I "
        "am looking for a project officer job in a housing charity.\n\nYanis Perrot\n"
        "Intern – Habitat Solidaire\n+33 6 44 18 27 90"
    )
    assert status(extracted(body, from_name="Yanis Perrot"), "not_internship") == "met"


def test_years_at_an_employer_shown_in_brackets_in_the_signature_are_a_career() -> None:
    body = (
        "Bonjour,\n\nJ'écris de ma messagerie de travail. J'ai obtenu en octobre 2026 un master ESS en "
        "formation du soir et je veux rejoindre une coopérative d'habitants.\n\nLucas Ferrand\n"
        "Responsable d'entrepôt – Transports Delcourt (depuis 2014)\n06 31 72 48 15"
    )
    assert status(extracted(body, from_name="Lucas Ferrand"), "not_career_change") == "not_met"


def test_a_signature_showing_years_at_a_warehouse_in_brackets_in_english_is_a_career() -> None:
    body = (
        "Hello,\n\nI completed an MSc in social economy in September 2026 through evening classes, and I "
        "would like to work for a cooperative.\n\nLucas Ferrand\n"
        "Warehouse manager – Delcourt Logistics (since 2013)\n+33 6 31 72 48 15"
    )
    assert status(extracted(body, from_name="Lucas Ferrand"), "not_career_change") == "not_met"


def test_the_writer_s_mobile_is_taken_over_the_office_line_beside_it_in_the_signature() -> None:
    body = (
        "Bonjour,\n\nJe vous écris de l'adresse de mon association : BTS ESF obtenu en juin 2026, je "
        "cherche un poste de conseillère dans un centre social.\n\nAude Marchal\n"
        "Accueil – Maison des familles\n"
        "Tél. 03 88 41 27 60 / Mob. 07 41 26 93 58"
    )
    assert extracted(body, from_name="Aude Marchal")["applicant"]["phone"] == "+33741269358"


def test_a_uk_mobile_after_the_switchboard_on_one_signature_line_is_the_writer_s_number() -> None:
    body = (
        "Hello,\n\nI completed my BA in community development in July 2026 and I am looking for a job in a "
        "housing charity.\n\nAude Marchal\nT +44 20 7946 0000 | M +44 7911 123456"
    )
    assert extracted(body, from_name="Aude Marchal")["applicant"]["phone"] == "+447911123456"


def test_years_told_at_one_s_own_bank_before_the_new_diploma_are_a_career() -> None:
    body = (
        "Bonjour,\n\nJ'ai eu mon master ESS en juillet 2026, après sept ans dans ma banque. Je cherche "
        "un poste de gestionnaire dans une coopérative.\n\nNadia Leroux"
    )
    assert status(extracted(body, from_name="Nadia Leroux"), "not_career_change") == "not_met"


def test_years_the_writer_spent_with_their_bank_before_the_new_degree_are_a_career() -> None:
    body = (
        "Hello,\n\nI was awarded my MSc in social economy in July 2026, after eight years with my bank. I am "
        "looking for a job in a cooperative.\n\nNadia Leroux"
    )
    assert status(extracted(body, from_name="Nadia Leroux"), "not_career_change") == "not_met"


# A student's title under a body that tells the diploma held, nothing said of the signature: a claim the
# newer fact contradicts, so the studies are asked, never refused on (the lead's mend after the hand checks).


def test_a_student_signature_under_a_master_told_obtained_leaves_the_studies_asked_not_refused() -> None:
    body = (
        "Bonjour,\n\nJ'ai eu mon master d'urbanisme en septembre 2026 et je cherche un poste de chargée de "
        "projet dans une SCIC d'habitat.\n\nSalomé Brun\nÉtudiante en M2 Urbanisme — Université de Tours\n"
    )
    result = extracted(body, from_name="Salomé Brun")
    assert status(result, "studies_finished") == "unknown"
    assert result["eligibility"]["verdict"] == "to_verify"


def test_an_ma_student_signature_under_an_ma_awarded_refuses_nobody() -> None:
    # Guard: the English reader takes no studies from a signature's title; the body's MA decides.
    body = (
        "Hello,\n\nI was awarded my MA in Human Geography in October 2026 and I'm looking for a job with a "
        "community energy cooperative.\n\nSalome Brun\nMA student, University of Sheffield\n"
    )
    result = extracted(body, from_name="Salome Brun")
    assert status(result, "studies_finished") != "not_met"
    assert result["eligibility"]["verdict"] != "not_eligible"


def test_a_master_s_student_signature_under_a_licence_held_keeps_the_master_running() -> None:
    # Guard: the body's diploma is lower than the course the title names; the course goes on.
    body = (
        "Bonjour,\n\nJ'ai obtenu ma licence de géographie en juin 2025 et je cherche un emploi dans une "
        "association.\n\nSalomé Brun\nÉtudiante en M2 Urbanisme — Université de Tours\n"
    )
    result = extracted(body, from_name="Salomé Brun")
    assert status(result, "studies_finished") == "not_met"
