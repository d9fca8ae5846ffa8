"""A number the writer gives for a short while only, behind one given with no end.

On the way home, abroad or between two addresses, a writer leaves two numbers: one that works for a while
(a foreign SIM, a hotel's line, a friend's phone: «+1 514 … (jusqu'à ce soir) / 06 …», «07 … valable
jusqu'au 15», "+44 … until Friday") and one of their own. The programme calls once the mail is read, often
days later: a number said to work until some time is tried after one said with no end.

Invariants: only a limit said right after the number marks it (in its brackets, after a comma, a dash or a
slash, at most two words between: «seulement jusqu'à», "only until"); a limit said of another thing further in
the sentence does not; nothing is dropped (a lone number stays the answer, whatever its limit); between two
limited numbers, or two unlimited ones, the order written stands; an hour of the day is when to call, no end.
"""

from __future__ import annotations

import re

from intake.understanding.situation_time import UNTIL_WORD

# A limit right after a number: a bracket, a comma, a dash or a slash, at most two words («valable»,
# «seulement», "only"), then «jusqu'à», "until" — not an hour of the day («joignable jusqu'à 19 h», "until
# 6pm": when to call, every day).
_LIMIT = re.compile(
    rf"\s*[(,/–—-]?\s*(?:[^\W\d_]+\s+){{0,2}}?(?:{UNTIL_WORD.pattern})"
    r"(?!\s*(?:[àa]\s+)?\d{1,2}\s*(?:h\b|heures?\b|[:.]\d\d|am\b|pm\b|o['’]clock))",
    re.IGNORECASE,
)


def lasting_first(text: str, found: list[tuple[int, str, str]]) -> list[tuple[int, str, str]]:
    """contacts.py's numbers (position, as written, region) with each one said to work until some time put
    after the ones said with no end (see the module). Cheap: a single number is returned as it is."""
    if len(found) < 2:
        return found
    return sorted(found, key=lambda number: _limited(text, number[0] + len(number[1])))


def _limited(text: str, end: int) -> bool:
    """A limit of time («jusqu'à», "until") said right after the number ending at `end`."""
    return _LIMIT.match(text, end) is not None
