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

from intake.understanding.diploma_level import find_diploma_spans
from intake.understanding.lexicon import Lexicon

__all__ = ["with_trade_named"]

# «le diplôme d'État», «mon DE» with nothing naming its trade or kind after it.
_BARE = re.compile(
    r"\b(?:le|mon|du|au)\s+(?:dipl[oô]me\s+d['’][ée]tat|(?-i:DE))\b(?!\s*(?:d['’]|de\s|des\s|du\s|\(|:))"
    # «en soins infirmiers» names its kind; «en juillet 2026» dates it.
    r"(?!\s*en\s+(?!(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|"
    r"d[ée]cembre|\d)))",
    re.IGNORECASE,
)
# The writer's own trade: «je suis (jeune) infirmière», «ma formation d'éducatrice spécialisée».
_TRADE = re.compile(
    r"\b(?:je\s+suis|ma\s+formation|mes\s+[ée]tudes|mon\s+cursus)\s+"
    r"(?:(?:une?|jeune|nouvelle|nouveau|d[ée]sormais|maintenant|d['’]|de)\s+)*"
    r"(?P<trade>[^\W\d][\w-]+(?:\s+(?:sp[ée]cialis[ée]e?|sociale?|de\s+jeunes\s+enfants))?)",
    re.IGNORECASE,
)
# The bare diploma told as the writer's: a first-person subject or object before it in its clause, or «mon».
_FIRST_PERSON = re.compile(r"\b(?:je(?!\w)|j['’]|m['’]|mon(?=\s+(?:dipl|DE\b)))", re.IGNORECASE)


def with_trade_named(text: str, lexicon: Lexicon) -> str:
    """`text` with each bare «diplôme d'État» of the writer's completed by the one trade the writer says is
    theirs, when the lexicon places that trade's State diploma; `text` itself otherwise."""
    if not _BARE.search(text):
        return text
    trades = {t for m in _TRADE.finditer(text) if (t := _named(m.group("trade"), lexicon)) is not None}
    if len(trades) != 1:
        return text  # no trade of the writer's, or two: which diploma is meant is not told
    trade = trades.pop()
    out, cursor = [], 0
    for bare in _BARE.finditer(text):
        clause = text[max(0, bare.start() - 60) : bare.start()]
        clause = re.split(r"[.;!?]", clause)[-1]
        if not _FIRST_PERSON.search(clause + bare.group(0)) or _placed(text, bare, lexicon):
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
