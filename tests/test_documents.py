"""Attachments → text, limits, and hostile files that must end with a reason, never an exception."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import shared_dir, shared_files
from fixtures_docs import (
    DOCX_TYPE,
    ODT_TYPE,
    make_docx,
    make_message,
    make_odt,
    make_pdf,
    make_two_column_pdf,
    make_zip_bomb_docx,
)

from intake.documents import DocumentWorker, ExtractionLimits, extract_document
from intake.extract import extract_message

LIMITS = ExtractionLimits()
TODAY = date(2026, 11, 26)


def test_a_simple_pdf_gives_its_text_with_accents() -> None:
    result = extract_document(
        "cv.pdf", "application/pdf", make_pdf(["Maëlle Dupré", "Licence AES (juin 2025)"]), LIMITS
    )
    assert result.problem is None
    assert result.text is not None and "Maëlle Dupré" in result.text and result.method == "pypdfium2"


def test_a_two_column_pdf_drawn_row_by_row_is_read_column_by_column() -> None:
    left = [
        "Formation",
        "Master Économie sociale et solidaire",
        "Université de Lyon, promo 2025",
        "Chargée de mission chez Enercoop",
    ]
    right = [
        "Compétences",
        "Gestion de projet associatif",
        "Animation de réseaux bénévoles",
        "Anglais courant et espagnol",
    ]
    result = extract_document(
        "cv.pdf", "application/pdf", make_two_column_pdf(left, right, row_by_row=True), LIMITS
    )
    assert result.text is not None and result.method == "pdfminer"
    lines = [ln for ln in result.text.split("\n") if ln.strip()]
    assert lines.index("Master Économie sociale et solidaire") + 1 == lines.index(
        "Université de Lyon, promo 2025"
    )


def test_a_two_column_pdf_drawn_column_by_column_stays_on_the_fast_path() -> None:
    left = ["Formation", "Master Économie sociale et solidaire", "Université de Lyon, promo 2025"]
    right = ["Compétences", "Gestion de projet associatif", "Animation de réseaux bénévoles"]
    result = extract_document(
        "cv.pdf", "application/pdf", make_two_column_pdf(left, right, row_by_row=False), LIMITS
    )
    assert result.method == "pypdfium2"
    assert (
        result.text is not None and "Master Économie sociale et solidaire\nUniversité de Lyon" in result.text
    )


def test_docx_and_odt_paragraphs_are_read() -> None:
    docx = extract_document("cv.docx", DOCX_TYPE, make_docx(["Léa N'Diaye", "BTS SP3S (2024)"]), LIMITS)
    odt = extract_document("cv.odt", ODT_TYPE, make_odt(["Léa N'Diaye", "BTS SP3S (2024)"]), LIMITS)
    assert docx.text == odt.text == "Léa N'Diaye\nBTS SP3S (2024)"


def test_a_latin1_text_file_and_an_rtf_file_are_decoded() -> None:
    txt = extract_document("cv.txt", "text/plain", "Diplômée en 2024".encode("latin-1"), LIMITS)
    rtf = extract_document(
        "cv.rtf",
        "application/rtf",
        rb"{\rtf1\ansi{\fonttbl{\f0 Arial;}}\f0 Dipl\'f4m\'e9e\par Master \u233?conomie}",
        LIMITS,
    )
    assert txt.text == "Diplômée en 2024"
    assert rtf.text is not None and "Diplômée" in rtf.text and "Master économie" in rtf.text


def test_a_docx_zip_bomb_is_refused_with_a_reason() -> None:
    result = extract_document("cv.docx", DOCX_TYPE, make_zip_bomb_docx(60), LIMITS)
    assert result.text is None
    assert result.problem is not None and "bombe zip" in result.problem and "60 Mo > 50 Mo" in result.problem


def test_a_pdf_declaring_a_hundred_thousand_pages_is_refused() -> None:
    result = extract_document("cv.pdf", "application/pdf", make_pdf(["x"], declared_pages=100_000), LIMITS)
    assert result.problem == "PDF trop long (100 000 pages > 20)"


def test_a_truncated_pdf_is_reported_as_unreadable() -> None:
    result = extract_document("cv.pdf", "application/pdf", make_pdf(["Marie Curie"])[:180], LIMITS)
    assert result.text is None and result.problem == "PDF illisible ou tronqué"


def test_an_image_only_pdf_has_no_text_layer() -> None:
    result = extract_document("scan.pdf", "application/pdf", make_pdf([]), LIMITS)
    assert result.problem is not None and "sans couche texte" in result.problem


def test_an_attachment_over_the_size_limit_is_refused_before_reading() -> None:
    with DocumentWorker() as worker:
        result = worker.extract("cv.pdf", "application/pdf", b"%PDF" + b"0" * (52 * 1024 * 1024), LIMITS)
    assert result.problem == "pièce jointe trop volumineuse (52 Mo > 15 Mo)"


def test_a_legacy_doc_without_a_converter_is_recorded_as_unsupported_or_read() -> None:
    result = extract_document(
        "cv.doc", "application/msword", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, LIMITS
    )
    assert result.text is None and result.problem is not None


def test_a_worker_past_its_deadline_is_killed_and_the_next_document_still_works() -> None:
    pdf = make_pdf(["Licence de sociologie"])
    with DocumentWorker() as worker:
        late = worker.extract("cv.pdf", "application/pdf", pdf, ExtractionLimits(timeout_seconds=0.0005))
        first_pid = worker.pid
        again = worker.extract("cv.pdf", "application/pdf", pdf, LIMITS)
    assert late.problem == "lecture abandonnée : délai de 0.0005 s dépassé"
    assert first_pid is None
    assert again.text == "Licence de sociologie"


def test_a_message_with_hostile_attachments_is_still_understood_from_the_rest() -> None:
    body = (
        "Bonjour,\nJe suis diplômée d'une licence AES depuis juin 2025 et je cherche un emploi dans l'ESS.\n"
        "Inès Martin\n06 12 34 56 78"
    )
    raw = make_message(
        body,
        attachments=[
            ("bombe.docx", DOCX_TYPE, make_zip_bomb_docx(60)),
            ("long.pdf", "application/pdf", make_pdf(["x"], declared_pages=100_000)),
            ("coupe.pdf", "application/pdf", make_pdf(["x"])[:150]),
            ("../../etc/cv.odt", ODT_TYPE, make_odt(["Inès Martin", "Lyon · 06 12 34 56 78"])),
        ],
    )
    result = extract_message(raw, today=TODAY)
    problems = {d["filename"]: d["problem"] for d in result["situation"]["documents"]}
    assert "bombe zip" in (problems["bombe.docx"] or "")
    assert problems["long.pdf"] == "PDF trop long (100 000 pages > 20)"
    assert problems["coupe.pdf"] == "PDF illisible ou tronqué"
    assert problems["cv.odt"] is None
    assert result["kind"] == "application" and result["education"]["bac_plus"] == 3
    assert result["applicant"]["city"] == "Lyon"


def test_a_fifty_megabyte_attachment_in_a_message_is_refused_and_the_body_read() -> None:
    raw = make_message(
        "Je suis diplômé d'un BTS depuis 2025 et je candidate.",
        attachments=[("enorme.pdf", "application/pdf", b"%PDF-1.4" + b"\0" * (50 * 1024 * 1024))],
    )
    result = extract_message(raw, today=TODAY)
    assert result["situation"]["documents"][0]["problem"] == "pièce jointe trop volumineuse (50 Mo > 15 Mo)"
    assert result["education"]["bac_plus"] == 2


@pytest.mark.parametrize("name", shared_files("corpus/real/cvs"))
def test_every_real_world_cv_gives_text_or_a_french_reason(name: str) -> None:
    path = shared_dir() / "corpus/real/cvs" / name
    result = extract_document(path.name, "application/octet-stream", path.read_bytes(), LIMITS)
    assert (result.text is not None) != (result.problem is not None)
    if result.problem is not None:
        assert ("\n" not in result.problem and result.problem[0].islower()) or result.problem[0].isupper()


def test_a_docx_page_header_holding_the_name_is_read_first() -> None:
    docx = make_docx(["Formation", "Licence AES (2025)"], header=["Awa TRAORÉ", "Lyon · 06 12 34 56 78"])
    result = extract_document("cv.docx", DOCX_TYPE, docx, LIMITS)
    assert result.text == "Awa TRAORÉ\nLyon · 06 12 34 56 78\nFormation\nLicence AES (2025)"
