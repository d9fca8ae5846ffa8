"""An offer passed on: «je partage cette offre avec le groupe», «je vous transmets une annonce», "I'm sharing
this vacancy with the cohort".

Reads a sentence in which the writer, in the first person, relays a post offered by someone else: a verb of
passing on (meanings.toml [passing_on]) with a noun of an offer a few words after it ([offer_thing]), not the
reader's own («votre annonce», "your post": our call, answered). What the sentence tells — the employer that
looks for someone, the profile asked («CDD d'un an, bac+2») — is the offer's, no fact of the writer's: a
participant or a partner passing an offer round writes no application (signals.py reads it as an offer).

Invariant: the verb must come after «je», "I" and before the offer's noun; «je partage vos valeurs», «je vous
transmets mon CV» pass no offer on.
"""

from __future__ import annotations

from intake.understanding.lexicon import Meaning

_REACH = 3  # words from the verb to the offer: «partage | cette | offre», «sharing | this | job | ad»


def passes_on_an_offer(words: list[str], phrases: str, meanings: dict[str, Meaning]) -> bool:
    """`words` (a sentence's, lower case, in order; `phrases` its lower-case text) relay an offer in the
    first person: a verb of passing on after «je», "I", an offer's noun within reach after it."""
    passing, offer, first = meanings["passing_on"], meanings["offer_thing"], meanings["first_person"]
    readers = meanings["reader_possessive"].lemmas  # «votre annonce», "your post": our call, answered
    if not (any(passing.holds(w) for w in words) or any(p in phrases for p in passing.phrases)):
        return False  # the cheap test: no verb of passing on
    for i, word in enumerate(words):
        if not passing.holds(word) and not _phrase_at(words, i, passing):
            continue
        if not any(first.holds(w) for w in words[:i]):
            continue
        after = words[i + 1 : i + 1 + _REACH + 1]
        for j, thing in enumerate(after):
            if offer.holds(thing) and not set(after[:j]) & readers:
                return True
    return False


def _phrase_at(words: list[str], i: int, meaning: Meaning) -> bool:
    """A phrase of `meaning` starts at word `i` («fais suivre», "pass on")."""
    return any(" ".join(words[i : i + len(p.split())]) == p for p in meaning.phrases)
