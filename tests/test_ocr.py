"""Scans, phone photos and legacy Word files, read through `propulse extract` like any other CV."""

from __future__ import annotations

import io
import os
import time
from datetime import date
from pathlib import Path

import pytest
from fixtures_docs import make_doc, make_message
from PIL import Image
from scans import CVS, SKILLS, big_phone_photo, logo_png, photograph, render_lines, render_page, scanned_pdf

from intake.documents import DocumentWorker, ExtractionLimits, extract_document
from intake.documents.ocr import ocr_available, restore_separators
from intake.extract import extract_message

TODAY = date(2026, 11, 26)
LIMITS = ExtractionLimits()
BODY = "Bonjour,\nVeuillez trouver ci-joint ma candidature pour Pro'pulse.\nCordialement"

needs_tesseract = pytest.mark.skipif(
    not ocr_available() and os.environ.get("CI") != "true", reason="tesseract absent (installed by .ci/run)"
)


def extract(*attachments: tuple[str, str, bytes]) -> dict:  # type: ignore[type-arg]
    raw = make_message(BODY, from_name="", from_addr="candidat@example.org", attachments=list(attachments))
    return extract_message(raw, today=TODAY)


@needs_tesseract
def test_a_cv_photographed_on_its_side_gives_diploma_date_and_phone() -> None:
    cv = CVS[0]
    photo = photograph(render_page(cv), seed=1, quarter_turns=1)
    result = extract(("IMG_2031.jpg", "image/jpeg", photo))
    assert result["education"]["bac_plus"] == 5 and "Master" in result["education"]["diploma"]
    assert result["education"]["graduation"] == "2025-06"
    assert result["applicant"]["phone"] == "+33612345678"
    document = result["situation"]["documents"][0]
    assert document["kind"] == "image" and document["ocr_confidence"] >= 60


@needs_tesseract
def test_a_scanned_two_page_pdf_is_read_on_both_pages() -> None:
    cv = CVS[1]
    first = render_lines([*cv.header, "", "Expériences", *cv.experience])
    second = render_lines(["Formation", *cv.education, "", *SKILLS])
    pdf = scanned_pdf([photograph(first, seed=3, angle=1.5), photograph(second, seed=4, angle=-2.0)])
    result = extract(("scan.pdf", "application/pdf", pdf))
    # The phone is on the first page, the diploma and its date on the second.
    assert result["applicant"]["phone"] == "+33745213698"
    assert result["education"]["bac_plus"] == 3 and "Licence" in result["education"]["diploma"]
    assert result["education"]["graduation"] == "2024-07"
    assert "OCR" in result["situation"]["evidence"]["education"]["where"]


def test_a_legacy_word_doc_gives_diploma_date_and_phone() -> None:
    cv = CVS[2]
    result = extract(("CV_Lea.doc", "application/msword", make_doc([*cv.lines, "", *SKILLS])))
    assert result["situation"]["documents"][0]["problem"] is None
    assert result["education"]["bac_plus"] == 2 and "BTS" in result["education"]["diploma"]
    assert result["education"]["graduation"] == "2025-06"
    assert result["applicant"]["phone"] == "+33688451209"
    assert result["applicant"]["last_name"] == "Fontaine"


@needs_tesseract
def test_a_twelve_megabyte_phone_photo_is_read_in_time_and_the_logo_skipped() -> None:
    cv = CVS[3]
    photo = big_phone_photo(cv)
    assert 11 * 1024 * 1024 < len(photo) < LIMITS.max_attachment_bytes
    started = time.monotonic()
    result = extract(("logo.png", "image/png", logo_png()), ("IMG_0042.jpg", "image/jpeg", photo))
    elapsed = time.monotonic() - started
    documents = {d["filename"]: d for d in result["situation"]["documents"]}
    assert documents["logo.png"]["kind"] == "skipped" and "logo" in documents["logo.png"]["problem"]
    assert documents["IMG_0042.jpg"]["problem"] is None and documents["IMG_0042.jpg"]["kind"] == "image"
    assert elapsed < LIMITS.timeout_seconds
    assert result["education"]["graduation"] == "2025-09" and result["applicant"]["phone"] == "+33611223344"


def test_a_small_picture_is_not_mistaken_for_a_document() -> None:
    noise = Image.effect_noise((320, 120), 90).convert("RGB")  # a signature scan: big in bytes, few pixels
    buffer = io.BytesIO()
    noise.save(buffer, format="PNG")
    assert len(buffer.getvalue()) > 30 * 1024
    result = extract_document("signature.png", "image/png", buffer.getvalue(), LIMITS)
    assert result.text is None and result.problem is not None and "320×120 px" in result.problem


def test_a_picture_shown_inside_an_html_signature_is_skipped() -> None:
    from email.message import EmailMessage

    msg = EmailMessage()
    msg["From"] = "candidat@example.org"
    msg["To"] = "propulse@animafac.net"
    msg["Subject"] = "Candidature"
    msg.set_content("Bonjour, je candidate. Licence AES en 2025.")
    msg.add_alternative(
        '<p>Bonjour, je candidate. Licence AES en 2025.</p><img src="cid:banniere@x">', subtype="html"
    )
    banner = Image.effect_noise((900, 300), 90).convert("RGB")
    buffer = io.BytesIO()
    banner.save(buffer, format="JPEG", quality=90)
    html = msg.get_payload()[1]  # type: ignore[index]
    html.add_related(buffer.getvalue(), maintype="image", subtype="jpeg", cid="<banniere@x>")
    result = extract_message(msg.as_bytes(), today=TODAY)
    documents = result["situation"]["documents"]
    assert [d["kind"] for d in documents] == ["skipped"] and "insérée dans le message" in documents[0][
        "problem"
    ]


def test_without_tesseract_an_image_is_recorded_as_ocr_unavailable(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # a PATH where no tesseract lives
    photo = photograph(render_page(CVS[0]), seed=1)
    result = extract_document("cv.jpg", "image/jpeg", photo, LIMITS)
    assert result.text is None and result.problem == "image jointe : texte non lu (OCR non disponible)"
    scan = extract_document("scan.pdf", "application/pdf", scanned_pdf([photo]), LIMITS)
    assert scan.problem == "PDF sans couche texte (document scanné ou image) ; OCR non disponible"


@needs_tesseract
def test_an_ocr_past_its_deadline_is_stopped_with_its_reader() -> None:
    photo = photograph(render_page(CVS[4]), seed=5)
    with DocumentWorker() as worker:
        late = worker.extract("cv.jpg", "image/jpeg", photo, ExtractionLimits(timeout_seconds=0.5))
        again = worker.extract("cv.jpg", "image/jpeg", photo, LIMITS)
    assert late.text is None and late.problem is not None and "délai" in late.problem
    assert again.text is not None and "Toulouse" in again.text


def restored(line: str) -> str:
    return " ".join(restore_separators(line.split(" ")))


def test_a_contact_line_separator_misread_by_ocr_is_restored_but_a_label_colon_stays() -> None:
    assert restored("Nantes : 06 88 45 12 09") == "Nantes · 06 88 45 12 09"
    assert restored("Tél. : 07 45 21 36 98") == "Tél. : 07 45 21 36 98"
    assert restored("Compétences : gestion de projet") == "Compétences : gestion de projet"
