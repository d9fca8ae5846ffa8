"""A role held now, said by «être» in the present and the participle of entering it: «je suis engagée en
service civique jusqu'en avril», «je suis inscrit en M2», «elle est affectée à une mission de volontariat».

The small model tags such a participle a past, and a past participle reads as a finished action («j'ai fait
un stage», «mon stage s'est terminé»). But «être» conjugates in the present with these verbs only as a
state — the passé composé of «s'engager» is «je me suis engagée», reflexive — so «je suis engagée» says the
state held today, like «je suis en service civique». Only the participles of entering a role
(situations.toml [structure] `held_in`) are read so: «mon stage est terminé» stays an end.

Invariants: the auxiliary is a present form of «être», no reflexive pronoun hangs on the participle, and
an end date told in its clause still decides (the caller reads it).
"""

from __future__ import annotations

from typing import Any

from intake.understanding.lexicon import Structure

_ETRE_PRESENT = frozenset({"suis", "es", "est", "sommes", "êtes", "sont"})
_REFLEXIVE = frozenset({"me", "m'", "m’", "te", "t'", "t’", "se", "s'", "s’", "nous", "vous"})


def is_held_participle(predicate: Any, structure: Structure) -> bool:
    """The predicate is a participle of entering a role, with «être» in the present and no reflexive: the
    role is held now («je suis engagé·e en service civique»)."""
    if not structure.held_in or not predicate.lower_.startswith(structure.held_in):
        return False
    if "Part" not in predicate.morph.get("VerbForm"):
        return False
    helpers = [c.lower_ for c in predicate.children if c.dep_.startswith(("aux", "cop", "expl"))]
    return any(h in _ETRE_PRESENT for h in helpers) and not any(h in _REFLEXIVE for h in helpers)
