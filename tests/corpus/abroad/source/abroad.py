"""What a message of the abroad corpus is: a cell of the grid, decided first, and the mail written from it.

The grid crosses where a person studied (``system``: a country, or a French route such as BUT/BTS,
alternance, VAE, DAEU), the path they took (``path``) and how they write the date of their diploma
(``date_style``). Each source file (batch*.py) lists MESSAGES, each a ``C`` (its cell and its mail, with a
``# Cell:`` comment above it naming the cell); build.py writes the mail and adds the cell to its truth line.
"""

from __future__ import annotations

from dataclasses import dataclass

from kit import M

DATE_STYLES = {
    "dd/mm/yyyy": "a full date, 12/07/2025",
    "mm/yyyy": "a month and year in figures, 06/2025",
    "month_year": "a month and year in words, juin 2025",
    "session": "an exam session, «session de juin 2025»",
    "promo": "a class year, «promo 2024»",
    "annee_univ": "an academic year, «année universitaire 2023-2024»",
    "an_dernier": "relative to the year, «l'an dernier», «cette année»",
    "il_y_a": "relative to the day, «il y a 18 mois»",
    "class_of": "English class year, «Class of 2025»",
    "last_summer": "English relative, «graduated last summer»",
    "none": "no date at all",
}
PATHS = {
    "straight": "studies straight through",
    "gap_year": "a year off (travel, work, césure) along the way",
    "dropout_resumed": "dropped out, then resumed (or not)",
    "abroad_then_france": "a diploma abroad, then life or studies in France",
    "double_cursus": "two courses at once, or one after the other",
    "phd": "a thesis, defended or in progress",
    "equivalence_pending": "a foreign diploma whose French equivalence is asked or pending",
    "n/a": "not an applicant's path (a question, an employer, a newsletter…)",
}


@dataclass(frozen=True)
class C:
    """One cell of the grid and the message written from it."""

    system: str
    path: str
    date_style: str
    m: M

    def __post_init__(self) -> None:
        assert self.date_style in DATE_STYLES, self.date_style
        assert self.path in PATHS, self.path
