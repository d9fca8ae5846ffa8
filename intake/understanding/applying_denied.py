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

from intake.understanding.clauses import Operator, parse, read_operator, tokens_in
from intake.understanding.lexicon import WORD_RUN

# A negation standing before the act, for the cheap test: «ne», «n'», «pas», «jamais», "not", "never", "n't".
_NEGATION = re.compile(r"(?i)\b(?:ne|n['’]|pas|jamais|plus|not|never|no)\b|n['’]t\b")
_DENYING = frozenset({Operator.DENIED, Operator.NEVER, Operator.CEASED, Operator.NOT_YET})


def denied_at(sentence: str, start: int, end: int) -> bool:
    """The act of applying named by `sentence[start:end]` is turned by a negation in its clause («je ne
    postule pas»); any other word (a search, «premier emploi») is not read here."""
    if not sentence[start:end].lower().startswith(_APPLYING) or not _NEGATION.search(sentence[:start]):
        return False
    named = tokens_in(parse(sentence), start, end)
    return bool(named) and read_operator(named[0]).operator in _DENYING


def only_denied(text: str, holds: Callable[[str], bool]) -> bool:
    """Every word of `text` that `holds` (a meaning's test, lower case) is an act of applying, denied, and
    there is one: «moi je ne postule pas, j'ai eu une réponse de la mutuelle» seeks nothing. A search or a
    find denied is no such act: «je ne trouve pas de poste», "I can't find a job" tell a search running."""
    found = [m for m in WORD_RUN.finditer(text) if holds(m.group(0).lower())]
    return bool(found) and all(denied_at(text, m.start(), m.end()) for m in found)


# The acts of applying: «postuler», «candidater», "apply", "application" (not «chercher», «trouver»).
_APPLYING = ("postul", "candidat", "apply", "appli")
