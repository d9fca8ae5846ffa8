"""How letters may stand for others in what people type or scan: a French letter typed without its accent, a
digit a scan read as the letter it looks like. A leaf module: every reader may use it."""

from __future__ import annotations

import re

# French letters without their accents: how a writer typing none spells them («diplome», «leonie»).
_UNACCENTED = str.maketrans("àâäéèêëîïôöûùüÿç", "aaaeeeeiioouuuyc")
# A scan reads a digit as the letter it looks like: «O» or «o» for 0, «l», «I» or «|» for 1.
OCR_DIGITS = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "|": "1"})


def strip_accents(word: str) -> str:
    """`word` without the accents of French letters, lower case kept."""
    return word.translate(_UNACCENTED)


def sound_of(word: str) -> str:
    """What a French word sounds like, as a key: two spellings a writer hears alike share it («novanbre»,
    «novembre»; «otobre», «octobre»; «févriyé», «février»). Accents, silent letters (a «p» or «c» before
    «t», an «h», a final consonant or «e»), doubled letters and the spellings of one sound («an», «en»,
    «em» before a consonant; «ai», «ei»; «au»; «qu», a hard «c» and «k»; «ph» and «f»; «ill», «y» and «i»)
    fold into one."""
    w = strip_accents(word.lower())
    for pattern, sound in _SOUNDS:
        w = pattern.sub(sound, w)
    return w


_SOUNDS = [
    (re.compile(p), s)
    for p, s in (
        (r"ph", "f"),
        (r"qu|q", "k"),
        (r"c(?=[eiy])", "s"),
        (r"c", "k"),
        (r"[pk](?=t)", ""),
        (r"[ae][nm](?=[^aeiouy]|$)", "an"),
        (r"h", ""),
        (r"ill|y", "i"),
        (r"ai|ei", "e"),
        (r"e?au", "o"),
        (r"(.)\1+", r"\1"),
        (r"(?:er|et|ez)$", "e"),
        (r"[stdx]$", ""),
        (r"e$", ""),
    )
]
