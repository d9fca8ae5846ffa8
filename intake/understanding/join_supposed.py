"""Joining the programme supposed or put ahead, not wished (h-copen, stop 38).

«Question avant de candidater : si je participe à Pro'pulse, est-ce que mon RSA sera suspendu ?» names
joining twice, and wishes it neither time: under «si» the joining is a supposition a question hangs on
(«si je participe…, est-ce que…»), and after «avant de» it is what comes after the writer's business ("before
I apply, …"). A wish to join is told by the act itself («je voudrais participer», «je candidate»), not by an
act supposed or put ahead — which only tells the writer may apply later.

Invariant: this only takes an act of joining out of the join signal; the mail's other signals (a diploma, a
search) still make it an application.
"""

from __future__ import annotations

from intake.understanding.lexicon import load_meanings

# «avant de candidater», «avant d'intégrer», "before applying", "before I apply".
_AHEAD = frozenset({"avant", "before"})
_OF = frozenset({"de", "d'", "d’"})


def joining_supposed(tokens: tuple[tuple[str, str], ...], heads: tuple[tuple[int, str], ...], i: int) -> bool:
    """The act of joining at token `i` is put under a condition («si je participe», "if I join": a «si» /
    "if" marking it, or "if" right before it in English) or ahead of the writer («avant de candidater»,
    "before applying")."""
    words = [w for w, _pos in tokens]
    condition = load_meanings()["condition"].lemmas
    marked = any(h == i != k and rel == "mark" and words[k] in condition for k, (h, rel) in enumerate(heads))
    before = words[max(0, i - 3) : i]
    ahead = len(before) >= 2 and before[-2] in _AHEAD and before[-1] in _OF  # «avant de candidater»
    return marked or ahead or "if" in before or "before" in before  # "if I join", "before applying"
