"""Which words of her name are which, as the writer tells it: «mon nom de famille est Ferreira da Silva»,
"Ferreira da Silva is my surname (three words)", «María José est mon prénom», and the first name she asks to
be called by («appelez-moi Max», "please call me Emeka").

A full name of three words or more holds no mark of where the family name starts: «Rafael Ferreira da Silva»
is read «Rafael Ferreira» «da Silva» by its particle. A writer who names her family name or her given names
settles it: the words she names, when they end (or open) the full name read, are that part, the other words
the other part. A first name asked for («appelez-moi Max») is the one she goes by, the family name kept.
The labels and requests are in rules/lexicon/names_told.toml, the particles in names.toml.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from intake import resources
from intake.understanding.facts import Evidence, Fact, split_sentences
from intake.understanding.forms import fold_name
from intake.understanding.lexicon import Lexicon, read_table, word_alternation

Names = tuple[Fact[str], Fact[str]]
_Patterns = tuple[list[re.Pattern[str]], list[re.Pattern[str]], re.Pattern[str], frozenset[str]]

_POSSESSIVE = r"(?i:my|mon|ma)"
_BEING = r"(?i:is|est|c['’]est|:)"


@lru_cache(maxsize=4)
def _patterns(rules_dir: Path) -> _Patterns:
    """(surname told, first name told, first name asked for, words asked that are no first name): the table's
    words made patterns, once."""
    table = read_table(rules_dir, "names_told.toml")
    names = read_table(rules_dir, "names.toml")
    name = _name(names["particles"] + names["told_particles"])

    def told(labels: list[str]) -> list[re.Pattern[str]]:
        label = "|".join(re.escape(str(w)) for w in sorted(labels, key=len, reverse=True))
        return [
            re.compile(rf"\b{_POSSESSIVE}\s+(?i:{label})\s+{_BEING}\s+{name}"),
            re.compile(rf"{name}\s*,?\s+{_BEING}\s+{_POSSESSIVE}\s+(?i:{label})\b"),
        ]

    asks = "|".join(re.escape(str(w)) for w in sorted(table["call_me"], key=len, reverse=True))
    call = re.compile(rf"(?i:\b(?:{asks}))\s+[«\"“]?([^\W\d_a-z][\w'’-]*)")
    refused = frozenset(fold_name(str(w)) for w in table["not_first_names"])
    return told(table["surname"]), told(table["first_name"]), call, refused


def _name(particles: list[str]) -> str:
    """A name as said in a sentence: capitalised words, a particle in lower case between two of them
    («Ferreira da Silva», «Maria do Carmo»)."""
    particle = rf"(?:(?:{word_alternation(particles)})\s*)"
    return rf"([^\W\d_a-z][\w'’-]*(?:\s+{particle}?[^\W\d_a-z][\w'’-]*){{0,3}})"


def name_told(names: Names, body: str, lexicon: Lexicon) -> Names | None:
    """`names` split again by what the writer tells of her name, or None when she tells nothing new."""
    surname, first_name, call, _ = _patterns(resources.rules_dir())
    words = f"{names[0].value} {names[1].value}".split()
    for sentence in split_sentences(body):
        ev = Evidence(sentence.strip(), "body")
        for pattern in surname:
            for m in pattern.finditer(sentence):
                cut = _cut(words, m.group(1), tail=True)
                if cut is not None and cut != len(names[0].value.split()):
                    return Fact(" ".join(words[:cut]), ev), Fact(" ".join(words[cut:]), ev)
        for pattern in first_name:
            for m in pattern.finditer(sentence):
                cut = _cut(words, m.group(1), tail=False)
                if cut is not None and cut != len(names[0].value.split()):
                    return Fact(" ".join(words[:cut]), ev), Fact(" ".join(words[cut:]), ev)
        asked = call.search(sentence)
        if asked is not None and _a_first_name(asked.group(1), names, lexicon):
            return Fact(asked.group(1), ev), names[1]
    return None


def _cut(words: list[str], told: str, *, tail: bool) -> int | None:
    """Where the full name's words part, when the told words end it (`tail`) or open it, leaving a part of
    one word at least on the other side."""
    said = told.split()
    for start in range(len(said)):  # «Bonjour, Maria Jose est mon prénom»: the name may start later
        n = len(said) - start
        part = words[-n:] if tail else words[:n]
        if n < len(words) and fold_name(" ".join(part)) == fold_name(" ".join(said[start:])):
            return len(words) - n if tail else n
    return None


def _a_first_name(word: str, names: Names, lexicon: Lexicon) -> bool:
    """A first name asked for: a word of letters that is no word of the lexicon's non-names, nor the family
    name (a «Mme Roche» asked is a family name), nor the first name already read."""
    folded = fold_name(word)
    if not word.replace("-", "").replace("'", "").isalpha() or word.casefold() in lexicon.not_names:
        return False
    if folded in _patterns(resources.rules_dir())[3]:
        return False  # «appelez-moi Mme Roche», "call me Monday": a title, a day, no first name
    return folded not in {fold_name(names[0].value), fold_name(names[1].value)} and len(folded) > 1
