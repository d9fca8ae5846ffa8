"""A situation said to run by «être en cours», the thing itself the subject: «Un stage de six mois est en
cours au sein de la Fondation…», «Mon service civique est en cours jusqu'en mars», in a tool's impersonal
register, where the person is named nowhere in the clause.

The small model parses «en cours» as a noun predicate («cours», its copula «est», its case «en») and the
situation's noun as its subject: no verb of doing, no «je», so the sentence told nothing of the writer's
situation. The meaning is a state held now, as «je suis en stage» says it. Read only when the copula is in
the present and «cours» is not «en cours de …» («mon stage est en cours de validation»: the internship's
paperwork, not the internship); an end told in the sentence still decides (the caller reads it), and a
negation is read before (situation_parse.py).
"""

from __future__ import annotations

from typing import Any

from intake.understanding.held_participle import is_held_participle
from intake.understanding.lexicon import Structure

_ETRE_PRESENT = frozenset({"est", "sont"})


def held_by_its_predicate(token: Any, predicate: Any, structure: Structure) -> bool:
    """The situation is held now by what its predicate says: a role entered, with «être» in the present
    («je suis engagée en service civique», held_participle.py), or the thing itself «en cours»."""
    return is_held_participle(predicate, structure) or is_said_in_course(token, predicate)


def is_said_in_course(token: Any, predicate: Any) -> bool:
    """`token` (a situation's noun) is the subject of «être en cours» in the present."""
    if predicate.lower_ != "cours" or token.head.i != predicate.i or not token.dep_.startswith("nsubj"):
        return False
    children = list(predicate.children)
    if not any(c.dep_ == "case" and c.lower_ == "en" and c.i == predicate.i - 1 for c in children):
        return False
    if any(c.dep_.startswith("nmod") and c.i > predicate.i and _opened_by_de(c) for c in children):
        return False  # «en cours de validation», «en cours d'évaluation»
    return any(c.dep_ == "cop" and c.lower_ in _ETRE_PRESENT for c in children)


def _opened_by_de(noun: Any) -> bool:
    return any(c.dep_ == "case" and c.lower_ in {"de", "d'", "d’"} for c in noun.children)
