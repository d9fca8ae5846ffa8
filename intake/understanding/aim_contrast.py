"""A place of work set aside by a contrast: «je veux créer ma propre société, pas être salariée d'une
association», «mon projet, c'est ma boîte, pas travailler pour une coopérative».

A bare «pas» (no «ne» beside it) on the infinitive or participle that governs the place is the second half
of a contrast, «X, pas Y»: Y is what the writer turns away from, whatever the stance on X (pride, defiance).
aim.py reads a bare «pas» of the place's own («pas dans une association»); this reads the one on its verb.
Not a restriction («pas seulement travailler dans une association», «pas forcément»: a search open to more)
nor a hedge («pourquoi pas travailler dans une association»: the place weighed, not set aside); a «pas»
with its «ne» («je ne veux pas travailler dans une banque») is the negation aim.py reads already."""

from __future__ import annotations

from typing import Any

from intake.understanding.clauses import is_verb

# Words by a bare «pas» that open the search to more or weigh the place instead of setting it aside.
_OPENING = frozenset(
    {"que", "qu'", "qu’", "seulement", "uniquement", "forcément", "nécessairement", "pourquoi", "juste",
     "exclusivement", "encore", "toujours", "mal", "trop"}
)
_NE = frozenset({"ne", "n'", "n’"})


def set_aside_by_a_contrast(noun: Any) -> bool:
    """The place `noun` hangs under a verb (an infinitive or a participle) that a bare «pas» negates, with
    no «ne» in the clause and no word opening the search beside it."""
    verb = noun.head
    if verb.i == noun.i or not is_verb(verb):
        return False
    children = list(verb.children)
    bare = [c for c in children if c.lower_ == "pas" and c.i < verb.i]
    if not bare or any(c.lower_ in _NE for c in children):
        return False
    near = {t.lower_ for c in bare for t in (*c.children, *c.doc[max(0, c.i - 2) : c.i + 2])}
    return not near & _OPENING
