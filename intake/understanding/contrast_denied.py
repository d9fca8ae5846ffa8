"""A diploma denied by the contrast that corrects it: «c'est un bac pro, pas un BTS», «un DEUST et non une
licence», "a diploma, not a degree", «un titre pro plutôt qu'un BTS».

A writer putting a fact right names the true diploma and, beside it, the one she had said or that the reader
might believe: the second, under «pas», «et non», "not", «plutôt que», «au lieu de», "rather than",
"instead of", is not had. Read only when another diploma stands before it in the same clause, the contrast's
other side («Je n'ai pas un BTS» alone is a negation read elsewhere)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from intake import resources
from intake.understanding.lexicon import loose_alternation, read_table


@dataclass(frozen=True)
class DeniedContrast:
    """The words opening the denied side of a correcting contrast (meanings.toml [denied_contrast]), each as
    a regular-expression alternation: the negation after a comma or «et» («, pas », «et non pas », ", not "),
    and the preference that opens it alone, with the space after it («plutôt qu'», «au lieu d'», "rather
    than ", "instead of ")."""

    negation: str
    preference: str


def denied_contrast() -> DeniedContrast:
    """The correcting contrast's words of the rules in use: the one reading of them, by this module and by
    named_not (a diploma named only as what the writer's thing is not)."""
    return _denied_contrast(resources.rules_dir())


@lru_cache(maxsize=4)
def _denied_contrast(rules_dir: Path) -> DeniedContrast:
    table = read_table(rules_dir, "meanings.toml")["denied_contrast"]
    # An elided preference («plutôt qu'un») runs on into its determiner; a whole word takes a space.
    after = r"(?:(?<=['’])\s*|\s+)"
    return DeniedContrast(
        loose_alternation(table["negations"]),
        rf"(?:{loose_alternation(table['preferences'])}){after}",
    )


@lru_cache(maxsize=4)
def _denied_side(rules_dir: Path) -> re.Pattern[str]:
    """What opens the denied side of a contrast, right before the diploma: a comma or «et» then the
    negation, or a word of preference, and a determiner («, pas un », «et non pas une », ", not a ",
    «plutôt qu'un »)."""
    words = _denied_contrast(rules_dir)
    return re.compile(
        rf"(?:,\s*|\bet\s+|\band\s+)(?:{words.negation})\s+(?:(?:un|une|le|la|l['’]|de|d['’]|du|mon|ma|a|an|the|"
        r"my)\s*)?$"
        rf"|\b{words.preference}(?:(?:un|une|le|la|l['’]|mon|ma|a|an|the|my)\s*)?$",
        re.IGNORECASE,
    )


# How far back the contrast's other side may stand: the true diploma's name and a few words.
_REACH = 60


def without_denied_side(unit: str, spans: list[tuple[int, int, str, int]]) -> str:
    """`unit` with the denied side of each correcting contrast blanked, its length kept (so what dates the
    true diploma after it — «…, pas un BTS, que j'ai eu en juin 2026» — dates it), or `unit` itself when
    none of `spans` (the diplomas found in it) is denied so."""
    denied_side = _denied_side(resources.rules_dir())
    for i, (start, end, _label, _level) in enumerate(spans):
        opened = denied_side.search(unit[max(0, start - 30) : start])
        if opened is None:
            continue
        clause = max(unit.rfind(mark, 0, start) for mark in ".;:!?\n")
        if any(clause < e <= start and start - e <= _REACH for _s, e, _l, _v in spans[:i]):
            at = max(0, start - 30) + opened.start()
            unit = unit[:at] + " " * (end - at) + unit[end:]
    return unit
