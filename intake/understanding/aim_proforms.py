"""An aim said on a pro-form, its place named elsewhere in the sentence:

- a field taken up by a demonstrative after a wish to carry on in it («elle aimerait rester dans ce champ»,
  «je voudrais continuer dans ce milieu», "I'd like to stay in this sector"): the field is the place named
  before it — where the writer (or the person presented) works or volunteers — so the aim is that place's
  (aim.py reads the place pointed back, as for «c'est là que je veux travailler»);
- the next step pictured in a place («la suite, je la vois dans une association», «mon avenir, je l'imagine en
  coopérative», "I see my next step in a charity"): the writer's future set in the place named after the
  verb of picturing is the aim, as «je me vois travailler dans…» is.

A denial in the wish («je ne veux pas rester dans ce milieu») points at nothing. Read on the words: a cheap
test of the demonstrative or of the verb of picturing comes first; most sentences have neither."""

from __future__ import annotations

import re
from functools import lru_cache

from intake.understanding.lexicon import ELIDED_RUN, load_meanings

_DEMONSTRATIVE_FIELD = re.compile(
    r"\b(?:dans|en|in)\s+(?:ce|cet|cette|this|that)\s+(?P<noun>[\w'’-]+)", re.IGNORECASE
)
_DENIALS = frozenset({"ne", "n'", "n’", "pas", "plus", "jamais", "not", "never", "don't", "won't", "nor"})
_WISH_REACH = 6  # words before «dans ce champ»: «aimerait | rester», «voudrais vraiment continuer»
_WRITER = frozenset({"je", "j'", "j’", "i"})
_TAKEN_UP = frozenset({"la", "le", "l'", "l’", "it"})


def field_pointed_back(unit: str) -> int | None:
    """Where «dans ce champ» stands after an undenied wish to carry on in it, else None."""
    meanings = load_meanings()
    for found in _DEMONSTRATIVE_FIELD.finditer(unit):
        if not meanings["field_of_work"].holds(found.group("noun")):
            continue
        words = ELIDED_RUN.findall(unit[: found.start()].lower())[-_WISH_REACH:]
        carried = any(meanings["carry_on"].holds(w) for w in words)
        wished = any(meanings["aim"].holds(w) for w in words)
        if carried and wished and not _DENIALS.intersection(words):
            return found.start()
    return None


def next_step_pictured(unit: str) -> int | None:
    """The end of «je la vois» / "I see my next step" when the writer pictures their next step or future
    (named as its object, or taken up by a clitic from the head of the sentence) somewhere, else None."""
    meanings = load_meanings()
    if not _picturing_stems(meanings["picturing"].stems).search(unit):
        return None  # the cheap test: no verb of picturing, no picture
    words = list(ELIDED_RUN.finditer(unit))
    lowered = [w.group(0).lower() for w in words]
    for i, word in enumerate(lowered):
        if (
            not meanings["picturing"].holds(word)
            or i == 0
            or _DENIALS.intersection(lowered[max(0, i - 3) : i])
        ):
            continue
        subject = [j for j in range(max(0, i - 3), i) if lowered[j] in _WRITER]
        if not subject:
            continue
        taken_up = any(lowered[j] in _TAKEN_UP for j in range(subject[-1] + 1, i))
        named_before = any(meanings["next_step"].holds(w) for w in lowered[: subject[-1]])
        named_after = any(meanings["next_step"].holds(w) for w in lowered[i + 1 : i + 4])
        if (taken_up and named_before) or named_after:
            return words[i].end()
    return None


@lru_cache(maxsize=4)
def _picturing_stems(stems: tuple[str, ...]) -> re.Pattern[str]:
    """One alternation of the verbs of picturing, each opening a word."""
    return re.compile(r"\b(?:" + "|".join(map(re.escape, stems)) + ")", re.IGNORECASE)
