"""A diploma denied by the contrast that corrects it: «c'est un bac pro, pas un BTS», «un DEUST et non une
licence», "a diploma, not a degree", «un titre pro plutôt qu'un BTS».

A writer putting a fact right names the true diploma and, beside it, the one she had said or that the reader
might believe: the second, under «pas», «et non», "not", «plutôt que», «au lieu de», "rather than",
"instead of", is not had. Read only when another diploma stands before it in the same clause, the contrast's
other side («Je n'ai pas un BTS» alone is a negation read elsewhere)."""

from __future__ import annotations

import re

# What opens the denied side of a contrast, right before the diploma: a comma or «et» then the negation, or a
# word of preference, and a determiner («, pas un », «et non pas une », ", not a ", «plutôt qu'un »).
_DENIED_SIDE = re.compile(
    r"(?:,\s*|\bet\s+|\band\s+)(?:non\s+pas|non|pas|not)\s+(?:(?:un|une|le|la|l['’]|de|d['’]|du|mon|ma|a|an|the|"
    r"my)\s*)?$"
    r"|\b(?:plut[ôo]t\s+qu['’]\s*|au\s+lieu\s+d['’]\s*|rather\s+than\s+|instead\s+of\s+)(?:(?:un|une|le|la|l['’]|"
    r"mon|ma|a|an|the|my)\s*)?$",
    re.IGNORECASE,
)
# How far back the contrast's other side may stand: the true diploma's name and a few words.
_REACH = 60


def without_denied_side(unit: str, spans: list[tuple[int, int, str, int]]) -> str:
    """`unit` with the denied side of each correcting contrast blanked, its length kept (so what dates the
    true diploma after it — «…, pas un BTS, que j'ai eu en juin 2026» — dates it), or `unit` itself when
    none of `spans` (the diplomas found in it) is denied so."""
    for i, (start, end, _label, _level) in enumerate(spans):
        opened = _DENIED_SIDE.search(unit[max(0, start - 30) : start])
        if opened is None:
            continue
        clause = max(unit.rfind(mark, 0, start) for mark in ".;:!?\n")
        if any(clause < e <= start and start - e <= _REACH for _s, e, _l, _v in spans[:i]):
            at = max(0, start - 30) + opened.start()
            unit = unit[:at] + " " * (end - at) + unit[end:]
    return unit
