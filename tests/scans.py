"""CVs as phones and scanners deliver them: the same CV born digital (a PDF with a text layer) and as
images — skewed ±10°, a quarter turn, blur, JPEG quality 60, uneven light, one or two columns.

Used by the tests (tests/test_ocr.py) and by bench/bench_ocr.py; everything is drawn with Pillow from the
CVs below, so the repository holds no binary fixture and each CV's true fields are known.
"""

from __future__ import annotations

import io
import random
from collections.abc import Sequence
from dataclasses import dataclass

from fixtures_docs import make_pdf_pages
from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
# An A4 page at 200 dpi, 11-pt text: what a phone photo of a page or a library scan gives.
PAGE = (1654, 2339)
DPI = 200


@dataclass(frozen=True)
class Cv:
    """One applicant's CV and the fields `propulse extract` should read from it."""

    first_name: str
    last_name: str
    phone: str  # as the contract gives it (E.164)
    city: str
    bac_plus: int
    graduation: str
    diploma_word: str  # a word the diploma read must contain
    header: tuple[str, ...]
    education: tuple[str, ...]
    experience: tuple[str, ...]

    @property
    def lines(self) -> list[str]:
        return [*self.header, "", "Formation", *self.education, "", "Expériences", *self.experience]

    def fields(self) -> dict[str, object]:
        return {
            "first_name": self.first_name,
            "last_name": self.last_name,
            "phone": self.phone,
            "city": self.city,
            "bac_plus": self.bac_plus,
            "graduation": self.graduation,
            "diploma": self.diploma_word,
        }


CVS: tuple[Cv, ...] = (
    Cv(
        "Camille",
        "Durand",
        "+33612345678",
        "Lyon",
        5,
        "2025-06",
        "Master",
        ("Camille DURAND", "12 rue des Lilas, 69003 Lyon", "06 12 34 56 78 · camille.durand@example.org"),
        (
            "Master Économie sociale et solidaire, Université Lyon 2 (juin 2025)",
            "Licence AES, Université de Rennes (2023)",
        ),
        (
            "Chargée de mission bénévolat, Les Petits Débrouillards (stage de 6 mois, 2025)",
            "Animatrice périscolaire, centre social Bonnefoi (2021-2023)",
        ),
    ),
    Cv(
        "Yanis",
        "Benali",
        "+33745213698",
        "Marseille",
        3,
        "2024-07",
        "Licence",
        ("Yanis BENALI", "Marseille (13005)", "Tél. : 07 45 21 36 98", "yanis.benali@example.net"),
        (
            "Licence professionnelle Gestion des organisations de l'ESS,"
            " Aix-Marseille Université (juillet 2024)",
            "BTS Comptabilité et gestion, lycée Marseilleveyre (2022)",
        ),
        (
            "Assistant administratif, association Habitat et Humanisme (CDD, 2024)",
            "Équipier bénévole, Restos du Cœur (depuis 2020)",
        ),
    ),
    Cv(
        "Léa",
        "Fontaine",
        "+33688451209",
        "Nantes",
        2,
        "2025-06",
        "BTS",
        ("Léa Fontaine", "Nantes · 06 88 45 12 09", "lea.fontaine@example.org"),
        (
            "BTS Économie sociale familiale, lycée Camus, Nantes (juin 2025)",
            "Baccalauréat ST2S, mention bien (2023)",
        ),
        (
            "Stage d'accompagnement social, Secours populaire de Nantes (2024)",
            "Animatrice BAFA en centre de loisirs (étés 2022 à 2024)",
        ),
    ),
    Cv(
        "Hugo",
        "Lefebvre",
        "+33611223344",
        "Lille",
        5,
        "2025-09",
        "Master",
        ("Hugo LEFEBVRE", "Lille — 06 11 22 33 44", "hugo.lefebvre@example.com"),
        (
            "Master Management de l'innovation sociale, IAE de Lille (septembre 2025)",
            "Licence de sociologie, Université de Lille (2023)",
        ),
        (
            "Chargé de projet en alternance, coopérative Enercoop Hauts-de-France (2023-2025)",
            "Service civique, Unis-Cité (2022)",
        ),
    ),
    Cv(
        "Aïssata",
        "Diallo",
        "+33752336147",
        "Toulouse",
        3,
        "2025-06",
        "Bachelor",
        ("Aïssata DIALLO", "31000 Toulouse", "07 52 33 61 47", "aissata.diallo@example.org"),
        (
            "Bachelor Responsable de projets solidaires, Toulouse Business School (juin 2025)",
            "Baccalauréat général (2022)",
        ),
        (
            "Stagiaire coordination, Emmaüs Connect Toulouse (2025)",
            "Vendeuse en boutique solidaire, Artisans du Monde (2023-2024)",
        ),
    ),
    Cv(
        "Thomas",
        "Girard",
        "+33698765432",
        "Rennes",
        5,
        "2024-12",
        "Master",
        ("Thomas Girard", "Rennes · 06 98 76 54 32 · thomas.girard@example.fr"),
        (
            "Master Économie sociale et solidaire, Université Rennes 2 (décembre 2024)",
            "Licence d'économie, Université de Rennes (2022)",
        ),
        (
            "Chargé d'études, Réseau des Ressourceries (stage, 2024)",
            "Bénévole, Banque alimentaire d'Ille-et-Vilaine (2019-2024)",
        ),
    ),
)

SKILLS = (
    "Compétences",
    "Gestion de projet associatif, animation de réunions",
    "Bureautique : Word, Excel, PowerPoint ; anglais courant",
    "Centres d'intérêt",
    "Randonnée, photographie, théâtre d'improvisation",
)


# ---------------------------------------------------------------------------------------------- born digital


def born_digital_pdf(cv: Cv, *, two_columns: bool = False) -> bytes:
    """The CV as a word processor exports it: a PDF with a text layer, one or two columns."""
    if not two_columns:
        lines = [*cv.lines, "", *SKILLS]
        return make_pdf_pages([[(56.0, 800.0 - 16.0 * i, t) for i, t in enumerate(lines)]])
    runs = [(40.0, 800.0 - 15.0 * i, t) for i, t in enumerate([*cv.header, "", *SKILLS])]
    main = ["Formation", *cv.education, "", "Expériences", *cv.experience]
    runs += [(250.0, 800.0 - 15.0 * i, t) for i, t in enumerate(main)]
    return make_pdf_pages([runs], font_size=8)


# ---------------------------------------------------------------------------------------------- as images


def _wrap(draw: ImageDraw.ImageDraw, text: str, font: ImageFont.FreeTypeFont, width: int) -> list[str]:
    words, lines, current = text.split(), [], ""
    for word in words:
        trial = f"{current} {word}".strip()
        if draw.textlength(trial, font=font) <= width or not current:
            current = trial
        else:
            lines.append(current)
            current = word
    return [*lines, current] if current else lines


def render_page(cv: Cv, *, two_columns: bool = False) -> Image.Image:
    """The CV printed on an A4 page at 200 dpi: 11-pt text, headings in bold."""
    if two_columns:
        return render_lines(
            [*cv.header, "", *SKILLS], ["Formation", *cv.education, "", "Expériences", *cv.experience]
        )
    return render_lines([*cv.lines, "", *SKILLS])


def render_lines(lines: Sequence[str], right: Sequence[str] = ()) -> Image.Image:
    """Lines printed on an A4 page at 200 dpi (a first line and headings in bold); ``right`` makes a
    second, wider column, the sidebar layout of CV templates."""
    page = Image.new("L", PAGE, 255)
    draw = ImageDraw.Draw(page)
    body = ImageFont.truetype(FONT, 30)
    bold = ImageFont.truetype(FONT_BOLD, 34)
    headings = {"Formation", "Expériences", *SKILLS[0::3]}

    def column(lines: Sequence[str], x: int, y: int, width: int) -> None:
        for line in lines:
            font = bold if line in headings or line == lines[0] else body
            for part in _wrap(draw, line, font, width) or [""]:
                draw.text((x, y), part, font=font, fill=20)
                y += 46
            if line in headings:
                y += 6

    if right:
        column(lines, 110, 160, 420)
        column(right, 620, 160, 930)
    else:
        column(lines, 150, 160, 1350)
    return page


def photograph(
    page: Image.Image,
    *,
    seed: int,
    angle: float | None = None,
    quarter_turns: int = 0,
    blur: float = 1.0,
    light: float = 0.45,
    quality: int = 60,
    scale: float = 1.0,
) -> bytes:
    """A phone photo or a cheap scan of a page: skew, blur, a light gradient, JPEG at ``quality``."""
    rng = random.Random(seed)
    image = page.convert("L")
    tilt = rng.uniform(-10.0, 10.0) if angle is None else angle
    image = image.rotate(tilt, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=235)
    if blur:
        image = image.filter(ImageFilter.GaussianBlur(blur))
    if light:
        # Uneven light: a lamp on one side, a shadow on the other (a linear gradient, then multiplied).
        gradient = Image.linear_gradient("L").rotate(90 * rng.randrange(4)).resize(image.size)
        dark = gradient.point(lambda v: int(255 - light * v))
        image = Image.composite(image, Image.new("L", image.size, 0), dark).point(lambda v: min(255, v + 10))
    if quarter_turns:
        image = image.rotate(90 * quarter_turns, expand=True)
    if scale != 1.0:
        image = image.resize((round(image.width * scale), round(image.height * scale)))
    out = io.BytesIO()
    image.convert("RGB").save(out, format="JPEG", quality=quality)
    return out.getvalue()


def scanned_pdf(pages: Sequence[bytes]) -> bytes:
    """An image-only PDF (a library scanner's output): one JPEG per page, no text layer."""
    images = [Image.open(io.BytesIO(p)).convert("RGB") for p in pages]
    out = io.BytesIO()
    images[0].save(out, format="PDF", resolution=DPI, save_all=True, append_images=images[1:])
    return out.getvalue()


def big_phone_photo(cv: Cv, *, megabytes: float = 12.0, seed: int = 7) -> bytes:
    """A modern phone's photo of the CV: ≈ 48 Mpx-class JPEG of ``megabytes``, sensor noise included."""
    page = render_page(cv)
    photo = Image.open(io.BytesIO(photograph(page, seed=seed, quality=95, scale=2.6))).convert("RGB")
    noise = Image.effect_noise(photo.size, 40).convert("RGB")
    photo = Image.blend(photo, noise, 0.12)
    for quality in (95, 97, 99, 100):
        out = io.BytesIO()
        photo.save(out, format="JPEG", quality=quality, subsampling=0)
        if out.tell() >= megabytes * 1024 * 1024 * 0.9:
            break
    return out.getvalue()


def logo_png() -> bytes:
    """A company logo as mail footers carry it: 240×80 px."""
    image = Image.new("RGB", (240, 80), (20, 90, 160))
    ImageDraw.Draw(image).text((20, 25), "Animafac", fill="white", font=ImageFont.truetype(FONT_BOLD, 28))
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()
