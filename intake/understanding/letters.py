"""How letters may stand for others in what people type or scan: a French letter typed without its accent, a
digit a scan read as the letter it looks like. A leaf module: every reader may use it."""

from __future__ import annotations

# French letters without their accents: how a writer typing none spells them («diplome», «leonie»).
_UNACCENTED = str.maketrans("àâäéèêëîïôöûùüÿç", "aaaeeeeiioouuuyc")
# A scan reads a digit as the letter it looks like: «O» or «o» for 0, «l», «I» or «|» for 1.
OCR_DIGITS = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "|": "1"})


def strip_accents(word: str) -> str:
    """`word` without the accents of French letters, lower case kept."""
    return word.translate(_UNACCENTED)
