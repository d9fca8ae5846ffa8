"""What a message of the noise corpus is: one kind of surface noise, chosen first, under which the deciding
fact is written — and the mail written around it.

The grid of noise (``GRID``) was fixed before any message was written (see LICENCE.md). Each source file
(batch*.py) lists MESSAGES, each an ``N`` (its noise, the fact the noisy words carry, those words as they
stand in the mail, and the mail), with a ``# Noise:`` comment above it naming the three; build.py adds the
noise and the fact to its truth line.
"""

from __future__ import annotations

from dataclasses import dataclass

from kit import M
from tagged import FACTS

GRID = {
    "typo": "typos and letter swaps: «diplomée», «mastre», «serivce civique», «lisence»",
    "no_accents": "no accents at all: «diplome en 2025, je cherche un emploi dans l'economie sociale»",
    "sms": "phonetic or SMS spelling: «g fini mon bts», «jcherch 1 taf», «ds l'ess stp»",
    "dictation": "a voice-dictation transcript: no punctuation, numbers in words, «point à la ligne»",
    "caps": "ALL CAPS, or no capital and no punctuation at all",
    "autocorrect": "autocorrect substitutions: «stage» → «stade», «licence» → «licenciée», «BTS» → «BTP»",
    "franglais": "French and English mixed: «je suis graduate d'un master en 2025, je look for un job»",
    "ocr": "a scanned letter or CV read by OCR: «rn» for «m», «l» or «I» for «1», «O» for «0»",
    "paste": "copy-paste artefacts: a text pasted twice, «▪ •» bullets, tabs, «&nbsp;», tags, smart quotes",
    "emoji": "emoji and exclamation or question clusters around the facts",
    "run_on": "run-on text over many lines with no full stop, the facts inside one long sentence",
    "abbrev": "abbreviations: «M2 ESS ok», «dipl.», «ds l'ESS», «asso», «SC», «LP»",
    "dates": "odd date writings: «06.2025», «juin2025», «2025/06», «6/25», «JUIN 25»",
}
STATED = FACTS


@dataclass(frozen=True)
class N:
    """One message and the noise under which its deciding fact is written: ``words`` stand in its subject,
    body or CV as written."""

    noise: str
    stated: str
    words: str
    m: M

    def __post_init__(self) -> None:
        assert self.noise in GRID, self.noise
        assert self.stated in STATED, self.stated
