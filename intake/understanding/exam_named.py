"""A competitive or entrance exam named: no diploma, and its results are its own (h-studios, stop 49).

A CRFPA, a concours, a CAPES, an «examen d'entrée à l'école des avocats», "the bar exam" select people for a
school or a post; they give no diploma. A sentence telling their results awaited («j'attends les résultats
du CRFPA, qui tombent mi-décembre») tells nothing of the diploma the sentence before names («J'ai obtenu mon
M2 … en juillet 2025»): that diploma stays had, with its date. The exams' names in
rules/lexicon/exams.toml; a course's own exams («les examens», «l'examen final») are not among them.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from intake import resources
from intake.understanding.lexicon import read_table


@lru_cache(maxsize=4)
def _names(rules_dir: Path) -> re.Pattern[str]:
    raw = read_table(rules_dir, "exams.toml")
    return re.compile("|".join(f"(?:{p})" for p in raw["names"]), re.IGNORECASE)


def names_an_exam(unit: str) -> bool:
    """`unit` names a competitive or entrance exam (CRFPA, concours, CAPES, "entrance exam")."""
    return _names(resources.rules_dir()).search(unit) is not None
