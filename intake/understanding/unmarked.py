"""A question said without its mark, and speech run on without marks cut into what it says.

Speech written down — a dictation, a voicemail's or a call's transcript, a mail typed in haste on a phone —
keeps a question's form and loses its «?»: «c'est quand la prochaine réunion», «est-ce qu'on peut la suivre
en visio», «c'est payant ou pas», «c'est pour savoir jusqu'à quand on peut s'inscrire». `asks_unmarked` reads
those forms (rules/lexicon/unmarked.toml) as asking. Such speech also runs its statements and its questions
into one sentence («je voulais savoir pour le programme en fait j'ai pas fini mon master … est-ce que c'est
possible de commencer quand même»): `unmarked_clauses` cuts a long run with no mark before the words that open
a new statement in speech («en fait», «du coup») and before an «est-ce que» that does not open it, so what
the person tells of herself is not read as asked, nor what she asks as told.

Invariants: a sentence with a mark of punctuation inside, or shorter than `_RUN` words, is never cut; a
sentence ending on «?» is asked anyway (signals.py) and is not read here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from intake import resources
from intake.understanding.lexicon import read_table, word_alternation

_RUN = 12  # words: below this, a sentence with no mark is a sentence, not speech run on
_MARKS = re.compile(r"[.,;:!?…]")


@dataclass(frozen=True)
class _Words:
    asking: re.Pattern[str]
    cut: re.Pattern[str]


def _whole(words: list[str]) -> str:
    """Words read whole; one ending in an apostrophe («est-ce qu'») is whole at it."""
    return rf"(?<![\w'’-])(?:{word_alternation(words)})(?:(?<=['’])|(?![\w'’-]))"


@lru_cache(maxsize=4)
def _words(rules_dir: Path) -> _Words:
    t = read_table(rules_dir, "unmarked.toml")
    cest = (
        rf"(?<![\w'’])c['’]est\s+(?:{word_alternation(t['after_cest'])})\b"
        rf"(?!\s+(?:{word_alternation(t['not_after_cest'])})(?:(?<=['’])|\b))"
    )
    # «ou pas» closing what is asked: at the end, or before «et», «merci», «parce que», another question.
    closing = r"(?=$|\s+(?:et|and|merci|thanks|parce)\b)"
    alternative = rf"(?<![\w'’])(?:{word_alternation(t['alternative'])})\s*{closing}"
    # «sans savoir où il veut aller», "without knowing where": a verb of asking under «sans» asks nothing.
    verbs = rf"(?<!sans )(?<!without )(?<![\w'’])(?:{word_alternation(t['asking_verbs'])})"
    indirect = rf"{verbs}\s+{_whole(t['asked_words'])}"
    asking = "|".join((_whole(t["asking"]), cest, alternative, indirect))
    cut = rf"\s+(?={_whole(t['markers'])}\s|{_whole(t['asking'])})"
    return _Words(asking=re.compile(asking, re.IGNORECASE), cut=re.compile(cut, re.IGNORECASE))


def asks_unmarked(sentence: str) -> bool:
    """The sentence asks by its form though no «?» ends it (see the module's docstring); an alternative
    under «que» is a concession («que ce soit en CDI ou pas»), no question; a verb of asking under «sans»
    ("without") tells what the person does not know («elle postule partout sans savoir où»), asks nothing."""
    words = _words(resources.rules_dir())
    for m in words.asking.finditer(sentence):
        before = sentence[max(0, m.start() - 60) : m.start()].lower()
        if m.group(0).lower().startswith(("ou ", "or ")) and re.search(r"\bque?\b|\bqu['’]", before):
            continue
        return True
    return False


def may_ask_unmarked(text: str) -> bool:
    """A cheap test before tagging: a form that asks stands somewhere in `text`."""
    return _words(resources.rules_dir()).asking.search(text) is not None


def unmarked_clauses(sentence: str) -> list[str]:
    """`sentence` cut where speech run on without marks opens a new statement or a question (see the
    module's invariants); any other sentence as the only item."""
    if _MARKS.search(sentence.rstrip(" .!?…")) or len(sentence.split()) < _RUN:
        return [sentence]
    parts = _words(resources.rules_dir()).cut.split(sentence)
    return [p for p in (x.strip() for x in parts) if p]
