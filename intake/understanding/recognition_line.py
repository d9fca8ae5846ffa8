"""A line about a diploma's recognition, not about the diploma (t-names).

A CV or a form may give the French equivalence of a foreign diploma on its own line («Équivalence : licence
(bac+3), attestation ENIC-NARIC, 2026», "Recognition: bachelor's level, 2026"). The level it names is the
diploma's, but the year on that line is the recognition's — the day the attestation was issued — not the
graduation, which the diploma's own line or sentence tells.
"""

from __future__ import annotations

import re
from dataclasses import replace

from intake.understanding.facts import DiplomaMention
from intake.understanding.lexicon import load_meanings

# The label a line opens on, before its colon: «Équivalence :», "Recognition:".
_LABEL = re.compile(r"^\s*([^:\n]{2,40}?)\s*:")


def undated_on_a_recognition_line(found: list[DiplomaMention], unit: str) -> list[DiplomaMention]:
    """The diplomas of a line labelled by a recognition («Équivalence : …, 2026»), their date taken off: it
    is the recognition's, not the graduation."""
    label = _LABEL.match(unit)
    if not found or label is None or not load_meanings()["recognition"].said_in(label.group(1)):
        return found
    return [replace(m, graduation=None) for m in found]
