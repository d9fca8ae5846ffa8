"""A phone number put right in a postscript: the number the correcting postscript gives replaces the letter's.

«Vous pouvez me joindre au 06 21 47 03 58 … PS : erreur de frappe sur mon numéro, c'est 06 12 47 03 58»,
«NB : mon numéro est le 07 52 18 66 30, pas 06», "Edit: typo in my number, it's 07 …": the writer's last
word on their number is the postscript's (a postscript marked as a correction, discourse.later_correction).

Invariants: only a postscript the writer marks as a correction is read; a number it denies («pas le 06 21 …»,
"not 06 …") is never the one given; without a number in the postscript the letter's stands.
"""

from __future__ import annotations

import re
from functools import lru_cache

from intake.understanding.contacts import find_phone
from intake.understanding.discourse import later_correction
from intake.understanding.facts import BODY, Fact, Source
from intake.understanding.lexicon import Lexicon
from intake.understanding.signals import meaning_alternation


@lru_cache(maxsize=1)
def _denied() -> re.Pattern[str]:
    """A number the postscript denies: «pas le 06 21 47 03 58», «au lieu du 06 …», "not 06 21 …" (the words
    denying it: meanings.toml [denied_before], the date's too)."""
    denying = meaning_alternation("denied_before")
    return re.compile(rf"\b(?:{denying})\s+(?:le\s+|du\s+|the\s+)?\+?\d[\d .-]{{5,}}", re.IGNORECASE)


def phone_put_right(body: str, lexicon: Lexicon) -> Fact[str] | None:
    """The phone a correcting postscript of `body` gives, else None."""
    split = later_correction(body)
    if split is None or not re.search(r"\d", split[1]):
        return None  # the cheap test: no postscript that corrects, or no figure in it
    return find_phone([Source(BODY, _denied().sub("", split[1]))], lexicon=lexicon)
