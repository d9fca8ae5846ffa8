"""A mailbox the writer says is not hers: whose name the From's display name is.

«Je suis Sarah, je passe par la boîte mail de mon compagnon», «j'utilise l'ordinateur de l'accueil du
camping», «je vous écris depuis l'adresse de la réception de l'hôtel», «c'est Camille, je passe par son
adresse car la mienne ne fonctionne plus», "I'm using my mum's email": the display name is the mailbox's owner
(a partner, a hotel's desk), and the name the writer signs or introduces herself with is hers. Read by
meaning (rules/lexicon/mailbox_lent.toml): the writer, a verb of using or writing from, and a mailbox owned by
someone else — «de …», «du …», "of …" after it, «son», «sa», "her", "'s" before it; never her own («j'utilise
ma nouvelle adresse»).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from intake import resources
from intake.understanding.facts import split_sentences
from intake.understanding.lexicon import read_table

_WORDS = re.compile(r"[^\W\d_]+['’]?(?:s\b)?|\d+")
_OWNER_REACH = 3  # words after the mailbox's noun its owner's «de» may stand in («la boîte mail de mon …»)


@dataclass(frozen=True)
class _Lent:
    writer: frozenset[str]
    using: frozenset[str]
    mailbox: frozenset[str]
    owned_after: frozenset[str]
    owned_before: frozenset[str]
    own: frozenset[str]


@lru_cache(maxsize=4)
def _table(rules_dir: Path) -> _Lent:
    table = read_table(rules_dir, "mailbox_lent.toml")
    return _Lent(*(frozenset(w.casefold() for w in table[key]) for key in _Lent.__dataclass_fields__))


def mailbox_lent(body: str) -> str | None:
    """The sentence in which the writer says the mailbox she writes from is someone else's, or None."""
    table = _table(resources.rules_dir())
    for sentence in split_sentences(body):
        words = [w.casefold() for w in _WORDS.findall(sentence)]
        if not any(w in table.writer for w in words) or not any(w in table.using for w in words):
            continue
        if any(_owned_by_another(words, i, table) for i, w in enumerate(words) if w in table.mailbox):
            return sentence
    return None


def _owned_by_another(words: list[str], at: int, table: _Lent) -> bool:
    """The mailbox's noun at `at` owned by someone else: «son adresse», "my mum's email", «la boîte (mail) de
    mon compagnon»."""
    start = at
    while start and words[start - 1] in table.mailbox | {"mail", "e-mail"}:
        start -= 1  # «la boîte mail», «l'adresse e-mail»: the determiner before the whole noun
    before = words[start - 1] if start else ""
    if before in table.owned_before or before.endswith(("'s", "’s")):
        return True
    after = words[at + 1 : at + 1 + _OWNER_REACH]
    return before not in table.own and any(w in table.owned_after for w in after)
