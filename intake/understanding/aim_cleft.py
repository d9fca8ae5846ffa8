"""An aim said by a pseudo-cleft: «Ce que je veux, c'est une coopérative», «Ce que je vise, c'est une SCOP ou
une association», «ce que je cherche, c'est l'économie sociale». The relative clause on «ce» carries the aim
verb, the predicate of «c'est» the place aimed at; the parse hangs the two on each other in several ways (the
predicate under «ce», or «ce» under the predicate), so both are tried. Read on the parse of a French
sentence; "What I want is a job in a charity" is read by the words of the clause (aim.py)."""

from __future__ import annotations

from typing import Any

from intake.understanding.clauses import is_negated, starts_with
from intake.understanding.lexicon import Structure

_DEMONSTRATIVES = frozenset({"ce", "ça", "cela"})
_CLIMB = 4  # from the place named up to the predicate of «c'est»: its coordination, its complement


def wanted_by_a_cleft(head: Any, structure: Structure) -> bool | None:
    """Whether the word `head` (an ESS name's head) is what a pseudo-cleft's aim verb wants: True when the
    verb and the «c'est» are affirmed, False when either is denied («ce que je ne veux pas, c'est…»), None
    when no pseudo-cleft frames it."""
    predicate = _copula_predicate(head)
    if predicate is None:
        return None
    for pronoun in [*predicate.children, predicate.head]:
        if pronoun.lower_ not in _DEMONSTRATIVES:
            continue
        for verb in pronoun.children:
            if verb.dep_ == "acl:relcl" and starts_with(verb, structure.aim_search):
                return not (is_negated(verb) or is_negated(predicate))
    return None


def _copula_predicate(head: Any) -> Any | None:
    """The predicate of «c'est» above `head` (itself, or up its coordination and complements), or None."""
    word = head
    for _ in range(_CLIMB):
        if any(c.dep_ == "cop" for c in word.children):
            return word
        if word.dep_ not in {"conj", "nmod", "appos"} or word.head.i == word.i:
            return None
        word = word.head
    return None
