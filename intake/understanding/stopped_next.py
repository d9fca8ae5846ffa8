"""A course the story goes on to leave: an enrolment told in one sentence («je me suis inscrite en BTS
tourisme») and its stop told by the writer in the next («Au bout d'un an, j'ai arrêté en juin 2018», "I
dropped out after a year") — an earlier state the story moves past, no studies going on today.

Read by education.py before it takes a sentence's studying phrase as the studies the writer follows now. The
stop must be the writer's («j'ai», «je l'ai», "I"), in the past, said of the course itself: with no object
of its own («j'ai tout arrêté», «j'ai abandonné au bout d'un an») or the course taken up by a pronoun —
never a job or another thing named after the verb («j'ai quitté ce poste», «j'ai arrêté mon job étudiant»).
"""

from __future__ import annotations

import re

__all__ = ["left_next"]

_STOP = re.compile(
    r"\b(?:j['’]ai|je l['’]ai|i|i['’]ve|i have)\s+(?:tout\s+|finalement\s+|donc\s+)?"
    r"(?:arr[êe]t[ée]|abandonn[ée]|l[âa]ch[ée]|laiss[ée] tomb[ée]r?|stopped|quit|dropped out|gave up|left)"
    r"(?P<after>\s+\S+)?",
    re.IGNORECASE,
)
# What may follow the verb when it is said of the course itself: a time, a manner, the end of the clause.
_NO_OBJECT = re.compile(
    r"\s+(?:en|au|à|a|après|avant|fin|début|mi-|sans|pour|par|d[ée]finitivement|rapidement|vite|in|at|after|"
    r"before|halfway|midway|without|because)\b|\s*[,.;:!?)]|\s*$",
    re.IGNORECASE,
)


def left_next(units: list[str], index: int) -> bool:
    """The sentence after `units[index]` tells the writer leaving the course: its stop said with no object
    but a time or a manner, or of the course taken up by «l'» (see the module's docstring)."""
    following = next((u for u in units[index + 1 : index + 2] if u.strip()), "")
    for m in _STOP.finditer(following):
        after = m.group("after") or ""
        if m.group(0).lower().startswith("je l") or _NO_OBJECT.match(after) or not after:
            return True
    return False
