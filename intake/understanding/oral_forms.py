"""French as it is said, read in its written form: the schwa a speaker drops and the «ne» spoken French leaves
out, so that every reader finds the words it knows.

Two forms of oral French, read as the written forms they stand for (spoken's LICENCE: «oral syntax states as
written French does»):
- a clitic elided before a consonant, where writing elides only before a vowel: «c'qui m'intéresse» is «ce
  qui m'intéresse», «j'suis» «je suis», «qu'tu» «que tu», «d'la» «de la»;
- a negation without «ne»: «j'suis plus en stage» is «je ne suis plus en stage», «j'ai pas fini» «je n'ai pas
  fini», «c'est pas mon truc» «ce n'est pas mon truc» — in the first person and after «c'», the person's
  own states and judgements. «plus» counts only before a place or a state («plus en
  stage», «plus inscrite»): «je suis plus motivée» says more, not no longer.
Each is an edit of the surface (surface.py), recorded with its place, so evidence quotes the person's words.
"""

from __future__ import annotations

import re
from functools import lru_cache

from intake.understanding.lexicon import escaped_alternation, load_meanings


@lru_cache(maxsize=4)
def _elided(clitics: frozenset[str]) -> re.Pattern[str]:
    """A clitic elided before a consonant («c'qui», «j'suis», «d'la»; meanings.toml [elided_spoken]), its
    letters kept as `clitic`: its full form is them and «e». Lower case only: «D'Souza» is a name."""
    letters = escaped_alternation(c.rstrip("'") for c in clitics)
    return re.compile(rf"(?<![\w'’])(?P<clitic>{letters})['’](?=[bcdfgjklmnpqrstvwxzç])")


# A subject, its object clitics, a verb, then a word of negation with no «ne» before the verb.
# The person's own states are told in the first person, a judgement with «c'est» («c'est pas mon truc»); a
# third person's clause keeps its words («ça va pas durer» of a mission: whether it runs is asked).
_SUBJECT = r"je |j['’]\s*|c['’]\s*(?=est\b|était\b)"
_NEGATION_WITHOUT_NE = re.compile(
    rf"(?<![\w'’])(?P<subject>{_SUBJECT})(?P<objects>(?:(?:me|te|se|le|la|les|lui|leur|y|en)\s+|[mtsl]['’]\s*)*)"
    r"(?P<verb>[^\W\d_]+)\s+"
    r"(?=(?:pas|jamais|rien)\b|plus\s+(?:en|dans|chez|à|au|aux|là|inscrit\w*|étudiant\w*|stagiaire\w*)\b)",
)
_FULL_SUBJECT = {"j": "je", "c": "ce"}
_VOWEL = "aeiouyéèêàâîôûh"


def oral_reads(line: str) -> list[tuple[int, str, str]]:
    """(where in the line, read as, written) of each oral form of one French line: a negation without «ne»
    (its subject and verb read with it), then the clitics elided before a consonant outside those."""
    found: list[tuple[int, str, str]] = []
    for m in _NEGATION_WITHOUT_NE.finditer(line):
        subject = m["subject"].strip()
        if subject[-1] in "'’":
            subject = _FULL_SUBJECT.get(subject[:-1].lower(), subject[:-1])
        rest = f"{m['objects']}{m['verb']}"
        ne = "n'" if rest[0].lower() in _VOWEL else "ne "
        found.append((m.start(), f"{subject} {ne}{rest}", m.group(0).rstrip()))
    taken = [(at, at + len(was)) for at, _, was in found]
    for m in _elided(load_meanings()["elided_spoken"].lemmas).finditer(line):
        if any(a <= m.start() < b for a, b in taken):
            continue
        found.append((m.start(), f"{m['clitic']}e ", m.group(0)))
    return sorted(found)
