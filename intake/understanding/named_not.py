"""A diploma named as what the writer's own thing is NOT: no diploma of hers.

Reads a sentence that says what a thing is by saying first or last what it is not — «ce n'est pas un master,
c'est un certificat d'un an», «c'est un DEC, pas une licence», "it's not a master's, it's a certificate",
"it was an HND, not a bachelor's", "a DEC and not a BA" — a correction of a word used before (a translation
put right, a name mixed up): the diploma under that negation names nothing she holds, and the date or the
state of completion the sentence tells belongs to the thing named in its place. Invariants: the negation
bears on the diploma's own phrase as the complement of a copula («c'est», "it's", "that was") or as a
contrast set off after a comma («…, pas un master», "…, not a BA"); a negation of a verb of obtaining
(«je n'ai pas eu mon master en 2025, mais en 2026») is no such denial (it corrects a date, the diploma
stays); "not only a BA" or «pas seulement un BTS» adds, and denies nothing.
"""

from __future__ import annotations

import re
from functools import lru_cache

from intake.understanding.contrast_denied import DeniedContrast, denied_contrast


@lru_cache(maxsize=4)
def _denied_as_what_it_is(words: DeniedContrast) -> re.Pattern[str]:
    """The negated copula of identity or the contrast set off after a punctuation mark (its negation read
    once, contrast_denied.denied_contrast), then the diploma's determiner right before its name: «ce n'est
    pas un », «c'était pas une », «, pas un », «et non un », "it's not a ", "that wasn't an ", ", not a ",
    "and not an "."""
    return re.compile(
        r"(?:"
        r"\b(?:ce|[çc]a)\s+n['’]\s*(?:est|[ée]tait)\s+pas|\bc['’]\s*(?:est|[ée]tait)\s+pas"
        r"|\b(?:it|that|this|mine)\s*(?:['’]s|\s+is|\s+was)\s+not|\b(?:it|that|this)\s+(?:isn['’]t|wasn['’]t)"
        rf"|(?:[,;(—–]|\s-)\s*(?:(?:and|but|et|mais)\s+)?(?:{words.negation})"
        r")\s+(?:(?:really|actually|vraiment|exactement|en fait)\s+)?(?:a|an|un|une|my|mon|ma)\s+$",
        re.IGNORECASE,
    )


# How far before the diploma's name the denial may start.
_REACH = 40


def named_as_not_it(unit: str, phrase: str) -> bool:
    """`phrase` (a diploma's words in `unit`) is named only to say the writer's thing is not that diploma."""
    denied = _denied_as_what_it_is(denied_contrast())
    lowered, wanted = unit.lower(), phrase.lower()
    at = lowered.find(wanted)
    while at >= 0:
        if denied.search(unit[max(0, at - _REACH) : at]) is None:
            return False  # said once as a fact of its own («…, not a BA. I did start the BA in 2024»)
        at = lowered.find(wanted, at + 1)
    return lowered.find(wanted) >= 0
