"""A step told before the one told just before it: a path walked back from today («Je suis aujourd'hui
bénévole… Avant ça, la soutenance du master… Avant encore, six mois de stage…», "Before that, a placement at
a food bank"). The sentence opens on a word placing it earlier than a step already told (meanings.toml
`told_before`), so what it names lies behind that step and is not today's, unless the sentence itself carries
it up to today («Auparavant, et depuis, en service civique», "Before that, and still now, …": meanings.toml
`runs_to_today`). Each sentence's facts are read in their place in the story, not on their own."""

from __future__ import annotations

import re
from datetime import date

from intake.understanding.lexicon import load_meanings
from intake.understanding.situation_time import NOW, UNTIL_WORD, read_by_end_date

# «Juste avant de partir…», «avant que…»: an anchor heading a clause of its own, not placing the sentence;
# a letter right after it: the start of a longer word.
_NOT_AN_ANCHOR = re.compile(r"^(?:\w|\s+(?:de|d'|que|qu')(?!\w))")


# A link opening the sentence before its anchor: «Et avant encore, …», "And before that, …".
_LINK = re.compile(r"^(?:et|puis|and|then)\s+")


def is_told_before_the_last_step(unit: str, today: date) -> bool:
    """The sentence opens on an anchor placing it before the step told just before it («Avant ça, …»,
    "Before that, …"), and nothing in it carries its step up to today nor ends it after today: what it names
    is over. «Je commence un CDI en février. Avant ça, je termine mon service civique, jusqu'au 31 janvier»:
    the step told before is still ahead, so what comes before it may run now — its own end says so."""
    opening = _LINK.sub("", unit.lstrip(" \t-–—•*>").lower().replace("’", "'"))
    meanings = load_meanings()
    anchor = next((p for p in meanings["told_before"].phrases if opening.startswith(p)), None)
    if anchor is None or _NOT_AN_ANCHOR.match(opening[len(anchor) :]):
        return False
    return not meanings["runs_to_today"].phrased_in(opening[len(anchor) :]) and not _ends_ahead(unit, today)


def _ends_ahead(unit: str, today: date) -> bool:
    """The sentence dates its own end after today: «…, jusqu'au 31 janvier», "until 31 January"."""
    until = UNTIL_WORD.search(unit)
    return until is not None and read_by_end_date(unit, until.end(), today) == NOW
