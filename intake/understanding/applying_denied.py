"""Applying denied: «moi je ne postule pas», «je n'ai jamais candidaté», "I'm not applying".

Reads the words of applying (`_stated` in classify.py, `_searching` in signals.py) that a negation turns in
their own clause, as clauses.py reads it on the parse: denied, never, no longer, not yet. The writer says they
do not apply — someone passing an offer on to others, a participant already in, a person telling of a mail not
sent yet —: the words make no application and tell no search. A word test comes first (a negation word must
stand before the act in its sentence), so the parse is read only for the few sentences that may deny.

Invariant: an act affirmed («je postule», «je ne sais pas si… mais je postule») is untouched; only the act the
negation bears on is read as denied.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from intake.understanding.clauses import Operator, parse, read_operator, tokens_in
from intake.understanding.lexicon import WORD_RUN, load_meanings, word_alternation

_DENYING = frozenset({Operator.DENIED, Operator.NEVER, Operator.CEASED, Operator.NOT_YET})


def denied_at(sentence: str, start: int, end: int) -> bool:
    """The act of applying named by `sentence[start:end]` is turned by a negation in its clause («je ne
    postule pas»); any other word (a search, «premier emploi») is not read here."""
    m = load_meanings()
    negation = _negation_before(m["negation_before_act"].lemmas, m["negation_ending"].lemmas)
    applying = sentence[start:end].lower().startswith(m["applying_act"].stems)
    if not applying or not negation.search(sentence[:start]):
        return False
    named = tokens_in(parse(sentence), start, end)
    return bool(named) and read_operator(named[0]).operator in _DENYING


def only_denied(text: str, holds: Callable[[str], bool]) -> bool:
    """Every word of `text` that `holds` (a meaning's test, lower case) is an act of applying, denied, and
    there is one: «moi je ne postule pas, j'ai eu une réponse de la mutuelle» seeks nothing. A search or a
    find denied is no such act: «je ne trouve pas de poste», "I can't find a job" tell a search running."""
    found = [m for m in WORD_RUN.finditer(text) if holds(m.group(0).lower())]
    return bool(found) and all(denied_at(text, m.start(), m.end()) for m in found)


@lru_cache(maxsize=4)
def _negation_before(words: frozenset[str], endings: frozenset[str]) -> re.Pattern[str]:
    """A negation standing before the act, for the cheap test: a negation word whole («ne», «n'», «pas»,
    "never"; meanings.toml [negation_before_act]) or fused to its verb's end ("don't", [negation_ending])."""
    whole, fused = word_alternation(sorted(words)), word_alternation(sorted(endings))
    return re.compile(rf"(?i)\b(?:{whole})\b|(?:{fused})\b")
