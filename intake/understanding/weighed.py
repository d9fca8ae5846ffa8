"""An act the writer weighs, not one they do: applying under «si», "whether".

Reads the words of applying or searching a sentence puts right after an interrogative or conditional «si»,
"whether", "if" in their own clause («avant de décider si je postule», «je me demande si je candidate
maintenant», "before deciding whether to apply", "if I apply, …"): the writer weighs the act, asks about it
or supposes it — they do not state it. Application words so placed are no application (classify.py's
`_stated`), and a search so placed is nobody's search (signals.py's `_facts`). A clause ended by a comma or
a stop before the act puts the «si» outside it («si oui, je postule»: stated).
"""

from __future__ import annotations

import re
from collections.abc import Callable

# The interrogative or conditional conjunction: «si», «s'», "whether", "if".
_WEIGHING = frozenset({"si", "s'", "s’", "whether", "if"})
_CLAUSE_END = re.compile(r"[,;:.!?()\n]")
_REACH = (
    4  # words of the clause before the act: «si | je | vais | candidater», "whether | I | should | apply"
)
_WORD = re.compile(r"[\w]+['’]?|['’]")


def weighed_at(text: str, start: int) -> bool:
    """The word starting at `start` in `text` stands after «si», "whether", "if" in its own clause."""
    before = text[:start]
    ends = list(_CLAUSE_END.finditer(before))
    clause = before[ends[-1].end() :] if ends else before
    words = [w.lower() for w in _WORD.findall(clause)][-_REACH:]
    return any(w in _WEIGHING for w in words)


def only_weighed(text: str, held: Callable[[str], bool]) -> bool:
    """Every word of `text` that `held` takes (a meaning's, in lower case) is weighed (`weighed_at`), and
    there is at least one: «… avant de décider si je postule» tells no search."""
    found = [m for m in _WORD.finditer(text) if held(m.group(0).lower())]
    return bool(found) and all(weighed_at(text, m.start()) for m in found)
