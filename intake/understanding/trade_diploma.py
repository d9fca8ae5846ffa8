"""A bare «diplôme d'État» named again with the trade the writer says is theirs (h-care, stop 49).

In care and social work the State diploma is the trade's licence: a nurse is one by her «diplôme d'État
d'infirmier», a specialised educator by the DEES. A writer who names the trade as hers («Je suis jeune
infirmière», «ma formation d'éducatrice spécialisée») then speaks of «le diplôme d'État» with no trade
after it means that trade's: «le jury régional m'a délivré le diplôme d'État en juillet 2026» is read as «…
le diplôme d'État d'infirmière en juillet 2026», so the level and the date are read as for any State
diploma named whole. Which trades have a State diploma, and at what level, is the lexicon's
(rules/lexicon/diplomas.toml): the completed name is kept only when the lexicon places it.

Like links.py, applied to the writer's own text before facts are read; the only words added are the
writer's own trade and the glue «d'» / «de». Left as written: a trade the writer does not say is theirs (a
sister «est infirmière»), two different trades, a diploma not told as the writer's own («ma fille a eu le
diplôme d'État»), one whose trade or kind already follows it («le diplôme d'État d'ergothérapeute», «le
diplôme d'État (DEAES)»).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from intake import months, resources
from intake.understanding.diploma_level import find_diploma_spans
from intake.understanding.lexicon import Lexicon, loose_alternation, read_table, word_alternation

__all__ = ["with_trade_named"]

@dataclass(frozen=True)
class _Words:
    bare: re.Pattern[str]  # «le diplôme d'État», «mon DE» with nothing naming its trade or kind after it
    trade: re.Pattern[str]  # the writer's own trade: «je suis (jeune) infirmière», «ma formation d'…»
    first_person: re.Pattern[str]  # «je», «j'», «m'», «mon» before a diploma: the bare one is the writer's


@lru_cache(maxsize=4)
def _words(rules_dir: Path) -> _Words:
    """awards.toml [trade]: a bare State diploma, the writer's own trade named (its group `trade`), the first
    person telling the diploma hers."""
    table = read_table(rules_dir, "awards.toml")["trade"]
    alt = loose_alternation
    # «d'infirmier», «de », «des », «du »: a trade or kind follows; «(», «:» too.
    trade_after = rf"(?:{alt(table['trade_after'])})(?:(?<=['’])|(?<!['’])\s)"
    # «en soins infirmiers» names its kind; «en juillet 2026» dates it.
    month = alt(months.FRENCH)
    bare = (
        rf"\b(?:{alt(table['bare_determiners'])})\s+(?:{alt(table['bare'])}|(?-i:{alt(table['bare_cased'])}))\b"
        rf"(?!\s*(?:{trade_after}|\(|:))(?!\s*(?:{alt(table['kind_after'])})\s+(?!(?:{month}|\d)))"
    )
    trade = (
        rf"\b(?:{alt(table['own'])})\s+(?:(?:{alt(table['own_between'])})\s+)*"
        rf"(?P<trade>[^\W\d][\w-]+(?:\s+(?:{alt(table['trade_qualifiers'])}))?)"
    )
    # The bare diploma told as the writer's: a first-person subject or object before it in its clause, or
    # a possessive right before a diploma («mon diplôme», «mon DE»).
    words = word_alternation
    possessed = rf"(?:{words(table['possessed_start'])}|(?:{words(table['possessed'])})\b)"
    first_person = (
        rf"\b(?:(?:{words(table['first_person_elided'])})|(?:{words(table['first_person'])})(?!\w)"
        rf"|(?:{words(table['first_person_possessive'])})(?=\s+{possessed}))"
    )
    return _Words(*(re.compile(p, re.IGNORECASE) for p in (bare, trade, first_person)))


def with_trade_named(text: str, lexicon: Lexicon) -> str:
    """`text` with each bare «diplôme d'État» of the writer's completed by the one trade the writer says is
    theirs, when the lexicon places that trade's State diploma; `text` itself otherwise."""
    words = _words(resources.rules_dir())
    if not words.bare.search(text):
        return text
    trades = {t for m in words.trade.finditer(text) if (t := _named(m.group("trade"), lexicon)) is not None}
    if len(trades) != 1:
        return text  # no trade of the writer's, or two: which diploma is meant is not told
    trade = trades.pop()
    out, cursor = [], 0
    for bare in words.bare.finditer(text):
        clause = text[max(0, bare.start() - 60) : bare.start()]
        clause = re.split(r"[.;!?]", clause)[-1]
        if not words.first_person.search(clause + bare.group(0)) or _placed(text, bare, lexicon):
            continue
        glue = "d'" if trade[:1].lower() in "aeéèêiîoôuy" else "de "
        out.append(text[cursor : bare.end()] + f" {glue}{trade}")
        cursor = bare.end()
    return "".join(out) + text[cursor:] if out else text


def _named(trade: str, lexicon: Lexicon) -> str | None:
    """The trade, when the lexicon places its State diploma («diplôme d'État d'infirmière»: bac+3)."""
    glue = "d'" if trade[:1].lower() in "aeéèêiîoôuy" else "de "
    return trade if find_diploma_spans(f"diplôme d'État {glue}{trade}", lexicon) else None


def _placed(text: str, bare: re.Match[str], lexicon: Lexicon) -> bool:
    """The bare words already stand inside a diploma the lexicon places in their sentence."""
    start = max(text.rfind(".", 0, bare.start()), text.rfind("\n", 0, bare.start())) + 1
    stop = text.find(".", bare.end())
    sentence = text[start : stop if stop >= 0 else len(text)]
    at = bare.end() - 1 - start
    return any(s <= at < e for s, e, _label, _level in find_diploma_spans(sentence, lexicon))
