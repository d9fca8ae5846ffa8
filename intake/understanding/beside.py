"""The writer beside another person's civic service or internship, their own standing there left unsaid.

«Ma grande sœur fait son service civique à la Croix-Rouge, et je l'ai rejointe là-bas», «ma fille et moi
sommes à l'épicerie solidaire, elle en service civique», «mon copain fait son service civique, on est à la
Ligue», "my husband's on a civic service contract and we're both at the refugee centre": the situation is the
other person's (owner.py), but the writer is put at its place, beside them — as a volunteer too, or only as
a bénévole, a partner, a visitor? The sentence does not say: whose the running situation is stays open, it
is neither the writer's (held) nor set aside (met by silence). situation.py asks `put_beside` about a
mention it read as another's only.

The same holds for a group's civic service or internship told of part of the group only, the writer inside
it: «avec ma promo, on a commencé un service civique, enfin la plupart d'entre nous», "most of us are on a
civic service" (`held_by_part_of_us`) — whether the writer is among them is not said.

The words are rules/lexicon/echoes.toml's [beside]: the writer and the other as one subject before a place
(«et moi sommes à», «on est à», «tous les deux au», "we're both at"), or the writer's clause joining the other
(«je l'ai rejointe», "I joined her"). Invariant: this only ever opens a criterion another person's fact would
have left met; it never makes a fact the writer's, and a copy or a denial (echoes.py) is read before it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from intake.understanding.clauses import is_french, parse
from intake.understanding.echoes import alternatives, echoes_table

# What follows «à» when it opens no place but an infinitive: «on est trois à s'intéresser au programme».
_VERBAL = frozenset({"VERB", "AUX"})


@lru_cache(maxsize=1)
def _beside() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The [beside] words compiled once: the writer with the other at a place, the writer joining them."""
    words = echoes_table()["beside"]
    together = re.compile(
        rf"(?i)(?<!\w)(?:{alternatives(words['together'])})(?:\s+\w+){{0,2}}?\s+"
        rf"(?:{alternatives(words['places'])})(?!\w)"
    )
    joining = re.compile(
        rf"(?i)(?<!\w)(?:{alternatives(words['joining_subjects'])})\s*"
        rf"(?:{alternatives(words['joining_verbs'])})(?!\w)(?:\s+(?:{alternatives(words['joining_objects'])}))?"
    )
    return together, joining


@lru_cache(maxsize=1)
def _part() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The [beside] words of a part of a group: the writer's group named in part, a restriction, «on/we»."""
    words = echoes_table()["beside"]
    part_of_us, part, us = (_as_words(words[key]) for key in ("part_of_us", "part", "us"))
    return part_of_us, part, us


def _as_words(phrases: list[str]) -> re.Pattern[str]:
    return re.compile(rf"(?i)(?<!\w)(?:{alternatives(phrases)})(?!\w)")


def held_by_part_of_us(unit: str) -> bool:
    """The sentence tells a fact of the writer's group, then restricts it to part of the group («avec ceux
    de la fac, on fait un service civique, enfin presque tous»; "most of us are on placements"): whether the
    writer is among them is not said."""
    part_of_us, part, us = _part()
    if part_of_us.search(unit) is not None:
        return True
    restricted = part.search(unit)
    return restricted is not None and us.search(unit, 0, restricted.start()) is not None


def put_beside(unit: str) -> bool:
    """The sentence puts the writer at another person's place, beside them, without saying the writer's
    own standing there: «je l'ai rejointe en septembre», «ma fille et moi sommes à l'épicerie», "we're both
    at the centre"."""
    together, joining = _beside()
    if joining.search(unit) is not None:
        return True
    return any(_a_place_follows(unit, found.end()) for found in together.finditer(unit))


def _a_place_follows(unit: str, end: int) -> bool:
    """The preposition ending at `end` opens a place, not an infinitive («on est trois à s'intéresser»): in
    French, the parse's next word is no verb."""
    if not is_french(unit):
        return True
    following = next((t for t in parse(unit) if t.idx >= end), None)
    return following is None or (following.pos_ not in _VERBAL and following.lower_ not in {"se", "s'", "s’"})
