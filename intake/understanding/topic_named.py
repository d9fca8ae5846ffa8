"""Application words named as the topic of what follows, not as the writer's act.

Reads the few words before a word of applying: after a preposition of topic («sur», «concernant», «au sujet
de», «à propos de», "about", "regarding", "as for") with no possessive of the writer's between («Enfin, sur la
procédure de candidature : …», "Finally, about the application process."), the word names what the writer
asks or speaks about — the programme's procedure, a heading of questions — not an application they make.
«à propos de ma candidature», "about my application" are the writer's own (classify.py's `_stated` keeps
them). «Re:» is no such word: a subject answering a mail names that mail.
"""

from __future__ import annotations

import re

from intake.understanding.lexicon import load_meanings

_TOPIC = frozenset({"sur", "concernant", "sujet", "propos", "quant", "about", "regarding", "concerning"})
_REACH = 4  # words before the application word: «à propos de | la | procédure | de», "about | the"
_WORD = re.compile(r"[\w'’]+")


def topic_named(sentence: str, start: int) -> bool:
    """The word at `start` follows, within a few words, a preposition of topic, no word of the writer's
    between («sur la candidature», "about the application process"; not «sur ma candidature»)."""
    words = [w.lower() for w in _WORD.findall(sentence[:start])][-_REACH:]
    mine = load_meanings()["first_person"].lemmas
    for i, word in enumerate(words):
        if word in _TOPIC:
            return not any(w in mine for w in words[i + 1 :])
    return False
