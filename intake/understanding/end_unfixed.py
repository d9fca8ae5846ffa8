"""An internship or a civic service held now whose end the writer says is not set: asked, never refused.

«Je fais depuis octobre un stage …, sans date de fin fixée», «mon service civique n'a pas encore de date de
fin», «je ne sais pas encore quand mon stage se termine», "an open-ended placement", "no end date set yet":
the placement runs, and the writer tells that its end is not known — it may stop any day, before the
programme starts, or run on. What the words leave open is asked (`unfixed_ends_asked`); the situation's
evidence is kept as the question's. An end told beside it («…, mais il finit le 15 décembre») is a fixed end
and the situation stays as read, and so does a placement told extended («prolongé plusieurs fois»): it has
run past its planned end and goes on, held whatever its new end.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from intake import resources
from intake.understanding.facts import SituationFacts
from intake.understanding.lexicon import loose_alternation, read_table
from intake.understanding.situation import settle_current


@dataclass(frozen=True)
class _Words:
    unfixed: re.Pattern[str]  # an end told not set
    extended: re.Pattern[str]  # a placement told extended


@lru_cache(maxsize=4)
def _words(rules_dir: Path) -> _Words:
    """placements.toml [end_unfixed]: an end told with no date or none set yet, an end date told not set,
    the writer not knowing when it ends; and a placement told extended («prolongé plusieurs fois, je ne sais
    pas quand il finira», "extended again"), which has run past its planned end and goes on: held, whatever
    end is still unknown (the boundaries corpus's label)."""
    t = read_table(rules_dir, "placements.toml")["end_unfixed"]

    def alt(key: str) -> str:
        # A space is one space as written, «'» any one character, as the phrases were read.
        return f"(?:{loose_alternation(t[key], space=' ', apostrophe='.')})"

    french_date = (
        rf"\b{alt('end_date')} (?:{alt('end_date_is')} )?{alt('end_date_not')} (?:{alt('end_date_still')} )?"
        rf"{alt('end_date_set')}"
    )
    english_date = (
        rf"\b{alt('end_date_english')} (?:{alt('end_date_is_english')} )?{alt('end_date_not_english')} "
        rf"{alt('end_date_set_english')}"
    )
    not_knowing = (
        rf"\b{alt('not_knowing')} {alt('not_knowing_when')} {alt('not_knowing_what')} "
        rf"{alt('not_knowing_ends')}"
    )
    unfixed = [
        rf"\b{alt('without_end')} {alt('without_end_set')}",
        rf"\b{alt('no_end')}\b",
        french_date,
        not_knowing,
        english_date,
    ]
    return _Words(
        re.compile("|".join(unfixed), re.IGNORECASE),
        re.compile(rf"{alt('extended_stems')}|\b{alt('extended')}\b", re.IGNORECASE),
    )


_HELD = ("internship", "service_civique")


def unfixed_ends_asked(situation: SituationFacts) -> SituationFacts:
    """The situation read, an internship or a civic service held now whose evidence says its end is not set
    asked instead, unless it says the placement extended."""
    words = _words(resources.rules_dir())
    changed = False
    for name in _HELD:
        evidence = situation.flags.get(name)
        if evidence is None or not words.unfixed.search(evidence.text):
            continue
        if words.extended.search(evidence.text):
            continue
        situation.ask_instead(name, evidence)
        changed = True
    if changed:
        settle_current(situation)
    return situation
