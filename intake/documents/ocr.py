"""Scans and photos → text with Tesseract (Debian's ``tesseract-ocr`` with its French and English data).

Runs inside the document worker, so it shares its memory limit; each Tesseract call is a child of the
worker, in the worker's process group, so a deadline kill stops it too. OCR is optional: without the
``tesseract`` program an image is recorded with « OCR non disponible » and the service runs on.

A page is prepared before Tesseract reads it, because phone photos are what young applicants send:
grey levels, scaled to ≈ 200 dpi for an A4 page (enough for 10-pt text, and Tesseract's time grows with
pixels), uneven light flattened, quarter turns found (projection profile, then Tesseract OSD, ``--psm 0``)
and small skews straightened (projection profile, ±12°).
"""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

from intake.documents.limits import DocumentProblem

if TYPE_CHECKING:
    from PIL.Image import Image

OCR_UNAVAILABLE = "OCR non disponible"
LANGUAGES = "fra+eng"
# The long side of an A4 page at ≈ 200 dpi: 10-pt text is then ≈ 25 px high, which Tesseract reads well.
_WORK_LONG_SIDE = 2300
# Below this, an image is a logo, an icon or a signature, not a page someone wants read.
_MIN_DOCUMENT_PIXELS = 400_000
_MIN_DOCUMENT_SIDE = 400
# Under this mean word confidence an upright reading is doubted and Tesseract OSD is asked.
_DOUBTFUL_CONFIDENCE = 55.0
_MAX_IMAGE_PIXELS = 80_000_000  # a 12 MB phone photo is ≈ 12-50 Mpx; more is a decompression bomb


@dataclass(frozen=True)
class OcrText:
    text: str
    confidence: float  # mean word confidence, 0-100, weighted by word length


def tesseract_path() -> str | None:
    return shutil.which("tesseract")


def ocr_available() -> bool:
    return tesseract_path() is not None


def decoration_reason(width: int, height: int) -> str | None:
    """Why an image is not read as a document (a logo, a signature), or None when it may be one."""
    if width * height < _MIN_DOCUMENT_PIXELS or min(width, height) < _MIN_DOCUMENT_SIDE:
        return f"image non lue : trop petite pour être un document ({width}×{height} px, logo ou signature)"
    return None


# An image this small in bytes is an icon or a logo; one shown in the body and under the second bound is a
# signature or a banner. A phone photo pasted into the body (Apple Mail does it) is far above both.
_LOGO_BYTES = 30 * 1024
_INLINE_PICTURE_BYTES = 300 * 1024


def mail_decoration_reason(content_type: str, size: int, inline: bool, payload_head: bytes) -> str | None:
    """Why an image attached to a mail is not sent to OCR at all, or None (its pixels decide later)."""
    from intake.documents.sniff import is_page_image

    if not (content_type.startswith("image/") or is_page_image(payload_head)):
        return None
    if size < _LOGO_BYTES:
        return "image non lue : logo ou icône probable (moins de 30 Ko)"
    if inline and size < _INLINE_PICTURE_BYTES:
        return "image non lue : insérée dans le message (logo ou signature probable)"
    return None


def read_image(payload: bytes, deadline: float) -> OcrText:
    """An image attachment (JPEG, PNG, TIFF, WebP, HEIC when pillow-heif is installed) → its text."""
    from PIL import Image, ImageOps, UnidentifiedImageError

    if payload[4:8] == b"ftyp" and not _register_heif():
        raise DocumentProblem("photo HEIC : format non lu sur ce serveur (pillow-heif non installé)")
    Image.MAX_IMAGE_PIXELS = _MAX_IMAGE_PIXELS
    try:
        image: Image.Image = Image.open(io.BytesIO(payload))
        reason = decoration_reason(*image.size)
        if reason is not None:
            raise DocumentProblem(reason)
        if not ocr_available():
            raise DocumentProblem(f"image jointe : texte non lu ({OCR_UNAVAILABLE})")
        # JPEG can decode at 1/2, 1/4 or 1/8 scale directly: a 12 MB photo is then cheap to open.
        image.draft("L", _fit(image.size, _WORK_LONG_SIDE))
        image = ImageOps.exif_transpose(image)
        image.load()
    except (UnidentifiedImageError, Image.DecompressionBombError, OSError, ValueError, SyntaxError) as exc:
        if isinstance(exc, Image.DecompressionBombError):
            raise DocumentProblem("image refusée : trop de pixels (bombe de décompression probable)") from exc
        raise DocumentProblem("image illisible ou tronquée") from exc
    return read_page(image, deadline)


def read_page(image: Image, deadline: float) -> OcrText:
    """One page image (a photo, a scan, a rendered PDF page) → text, upright and straightened."""
    page = _prepare(image)
    vertical, skew = _lines_direction(page)
    if vertical:
        # Lines run down the page: a quarter turn, OSD says which; if it cannot, the doubt check below will.
        turn = _osd_rotation(page, deadline)
        page = _turn(page, turn if turn in (90, 270) else 90)
        skew = _lines_direction(page)[1]
    page = _straighten(page, skew)
    result = _recognise_columns(page, deadline)
    if result.confidence < _DOUBTFUL_CONFIDENCE and time.monotonic() < deadline:
        turn = _osd_rotation(page, deadline)
        if turn:
            again = _recognise(_turn(page, turn), deadline)
            if again.confidence > result.confidence:
                result = again
    return result


def _register_heif() -> bool:
    """HEIC (iPhones) is read only when the optional pillow-heif is installed; True when it is."""
    try:
        from pillow_heif import register_heif_opener
    except ImportError:
        return False
    register_heif_opener()
    return True


def _fit(size: tuple[int, int], long_side: int) -> tuple[int, int]:
    scale = long_side / max(size)
    return max(1, round(size[0] * scale)), max(1, round(size[1] * scale))


def _prepare(image: Image) -> Image:
    """Grey, ≈ 200 dpi, and the light made even: text divided by its local paper brightness."""
    import numpy as np
    from PIL import Image as PILImage
    from PIL import ImageFilter

    grey = image.convert("L")
    if max(grey.size) != _WORK_LONG_SIDE:
        grey = grey.resize(_fit(grey.size, _WORK_LONG_SIDE), PILImage.Resampling.BILINEAR)
    # The paper's brightness, estimated on a small copy where text strokes vanish under a max filter.
    small = grey.resize((max(1, grey.width // 16), max(1, grey.height // 16)), PILImage.Resampling.BOX)
    paper = small.filter(ImageFilter.MaxFilter(5)).filter(ImageFilter.GaussianBlur(3))
    paper = paper.resize(grey.size, PILImage.Resampling.BILINEAR)
    flat = np.asarray(grey, dtype=np.float32) * 255.0 / np.maximum(np.asarray(paper, dtype=np.float32), 1.0)
    return PILImage.fromarray(np.clip(flat, 0, 255).astype(np.uint8), mode="L")


def _lines_direction(page: Image) -> tuple[bool, float]:
    """(text lines run vertically?, skew angle in degrees) from projection profiles on a small copy.

    Text lines make the row sums of a binarised page peaky; the angle that makes them peakiest is the
    skew, and if columns are peakier than rows at every angle the page lies on its side.
    """
    import numpy as np
    from PIL import Image as PILImage

    small = page.resize(_fit(page.size, 700), PILImage.Resampling.BILINEAR)
    ink = small.point(lambda v: 255 if v < 160 else 0)
    best: dict[bool, tuple[float, float]] = {}
    for vertical in (False, True):
        base = ink.rotate(90, expand=True) if vertical else ink
        scores = []
        for angle in np.arange(-12.0, 12.01, 0.5):
            rows = np.asarray(base.rotate(float(angle), resample=PILImage.Resampling.NEAREST)).sum(axis=1)
            scores.append((float(np.var(rows.astype(np.float64))), float(angle)))
        score, angle = max(scores)
        best[vertical] = (score, angle)
    vertical = best[True][0] > best[False][0] * 1.3
    return vertical, best[vertical][1]


def _straighten(page: Image, angle: float) -> Image:
    if abs(angle) < 0.4:
        return page
    from PIL import Image as PILImage

    return page.rotate(angle, resample=PILImage.Resampling.BILINEAR, expand=True, fillcolor=255)


def _turn(page: Image, clockwise: int) -> Image:
    return page.rotate(-clockwise, expand=True) if clockwise % 360 else page


def _run_tesseract(page: Image, args: list[str], deadline: float) -> str:
    tesseract = tesseract_path()
    if tesseract is None:
        raise DocumentProblem(OCR_UNAVAILABLE)
    remaining = deadline - time.monotonic()
    if remaining <= 0.2:
        raise DocumentProblem("reconnaissance de caractères abandonnée : délai dépassé")
    # One core per reading: the machine's other cores belong to the other workers.
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    with tempfile.NamedTemporaryFile(suffix=".pgm") as tmp:
        page.save(tmp, format="PPM")  # uncompressed: writing a PNG would cost ≈ 0.1 s a page
        tmp.flush()
        try:
            done = subprocess.run(
                [tesseract, tmp.name, "stdout", "--dpi", "200", *args],
                capture_output=True,
                timeout=remaining,
                check=False,
                env=env,
            )
        except subprocess.TimeoutExpired as exc:
            raise DocumentProblem("reconnaissance de caractères abandonnée : délai dépassé") from exc
    if done.returncode != 0:
        raise DocumentProblem("reconnaissance de caractères en échec (image illisible)")
    return done.stdout.decode("utf-8", errors="replace")


_ROTATE = re.compile(r"^Rotate:\s*(\d+)", re.MULTILINE)
_ORIENTATION_CONFIDENCE = re.compile(r"^Orientation confidence:\s*([\d.]+)", re.MULTILINE)


def _osd_rotation(page: Image, deadline: float) -> int | None:
    """Tesseract OSD: the clockwise turn that makes the page upright, or None when it cannot tell."""
    try:
        out = _run_tesseract(page, ["--psm", "0"], deadline)
    except DocumentProblem:
        return None  # too few letters to decide: the page is read as it is
    rotate, confidence = _ROTATE.search(out), _ORIENTATION_CONFIDENCE.search(out)
    if rotate is None or confidence is None or float(confidence.group(1)) < 1.0:
        return None
    return int(rotate.group(1)) % 360


def _recognise_columns(page: Image, deadline: float) -> OcrText:
    """Read a two-column page column by column: Tesseract's own layout analysis joins the columns of a
    CV's sidebar and main text line by line when the gutter is narrow (measured on tests/scans.py)."""
    gutter = _gutter(page)
    if gutter is None:
        return _recognise(page, deadline)
    left = _recognise(page.crop((0, 0, gutter, page.height)), deadline)
    right = _recognise(page.crop((gutter, 0, page.width, page.height)), deadline)
    letters = max(1, len(left.text) + len(right.text))
    confidence = (left.confidence * len(left.text) + right.confidence * len(right.text)) / letters
    return OcrText(text=f"{left.text}\n\n{right.text}".strip(), confidence=confidence)


def _gutter(page: Image) -> int | None:
    """The x of a blank vertical band that splits the text into two wide columns, or None.

    Both sides must hold at least a quarter of the text's width, so right-aligned dates, which belong to
    the line they end, never become a column of their own.
    """
    import numpy as np
    from PIL import Image as PILImage

    small = page.resize(_fit(page.size, 700), PILImage.Resampling.BILINEAR)
    ink = np.asarray(small) < 160
    columns = ink.sum(axis=0)
    inked = np.nonzero(columns > 1)[0]
    if inked.size == 0:
        return None
    first, last = int(inked[0]), int(inked[-1])
    width = last - first
    blank = columns <= 1
    best: tuple[int, int] | None = None
    x = first
    while x < last:
        if blank[x]:
            start = x
            while x < last and blank[x]:
                x += 1
            if best is None or x - start > best[1] - best[0]:
                best = (start, x)
        x += 1
    if best is None or best[1] - best[0] < width * 0.03:
        return None
    start, end = best
    if start - first < width * 0.25 or last - end < width * 0.25:
        return None
    return round((start + end) / 2 * page.width / small.width)


def _recognise(page: Image, deadline: float) -> OcrText:
    tsv = _run_tesseract(page, ["-l", LANGUAGES, "--psm", "3", "tsv"], deadline)
    return parse_tsv(tsv)


# Tesseract reads the «·» that separates the parts of a CV's contact line as «:», «.» or «»»; a colon after
# a label («Tél. : 06…») is a colon and stays one.
_CONTACT_LINE = re.compile(r"\d[\d .]{7,}\d|@")
_MISREAD_DOT = {":", ".", "»", "«", "•", "*"}
_LABELS = {
    "tél",
    "tel",
    "téléphone",
    "telephone",
    "portable",
    "mobile",
    "phone",
    "mail",
    "e-mail",
    "email",
    "courriel",
    "adresse",
    "address",
    "contact",
    "gsm",
    "fixe",
    "linkedin",
    "site",
    "web",
}


def restore_separators(words: list[str]) -> list[str]:
    """A contact line's separators as written: «Nantes : 06 88…» read by OCR is «Nantes · 06 88…»."""
    if not _CONTACT_LINE.search(" ".join(words)):
        return words
    out = list(words)
    for i in range(1, len(out) - 1):
        if out[i] in _MISREAD_DOT and out[i - 1].lower().strip(".:") not in _LABELS:
            out[i] = "·"
    return out


def parse_tsv(tsv: str) -> OcrText:
    """Tesseract's TSV → lines of words (a blank line between blocks), and the mean word confidence."""
    lines: list[str] = []
    current: tuple[str, str, str] | None = None
    block: str | None = None
    words: list[str] = []
    weighted = 0.0
    letters = 0
    for row in tsv.splitlines()[1:]:
        cols = row.split("\t")
        if len(cols) < 12 or cols[0] != "5" or not cols[11].strip():
            continue
        key = (cols[2], cols[3], cols[4])
        if key != current:
            if words:
                lines.append(" ".join(restore_separators(words)))
            if block is not None and cols[2] != block:
                lines.append("")
            current, block, words = key, cols[2], []
        word = cols[11].strip()
        words.append(word)
        confidence = float(cols[10])
        if confidence >= 0:
            weighted += confidence * len(word)
            letters += len(word)
    if words:
        lines.append(" ".join(restore_separators(words)))
    return OcrText(text="\n".join(lines).strip(), confidence=weighted / letters if letters else 0.0)
