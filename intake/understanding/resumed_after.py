"""What came before studies resumed, told in the sentence beside them: no trade, nothing left to ask.

«J'ai repris mes études à 30 ans» alone leaves open what the years before were (a trade? careers.py asks).
The sentence before or after often says it: «Entre 18 et 30 ans, j'ai enchaîné les petits boulots», «Je
suis arrivée d'Érythrée en 2020, réfugiée», and, opened by a word of «before», «Auparavant, j'ai élevé mes
enfants», «Avant ça, pas grand-chose : je cherchais ma voie», "Before that I was looking after my father".
A life that is no trade (children raised, a parent cared for, an illness, an exile, odd jobs, a search for
one's way) told there, and no work of a trade (a verb of working, a contract, years in a job), answers the
question: the resumption is no change of career. Word lists: rules/lexicon/careers.toml `[resumed]`
(`before`, `no_trade`, read by careers.load_careers) with `before_not_work` and `alongside`."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from intake.understanding.careers import has_any, load_careers, years_in_a_job


@lru_cache(maxsize=4)
def _opening_before(before: tuple[str, ...]) -> re.Pattern[str]:
    """The words of «before» at a sentence's start, compiled once."""
    words = "|".join(re.escape(w).replace("'", "['’]") for w in before)
    return re.compile(rf"(?i)^\W*(?:{words})\b")


def resumed_after_no_trade(units: list[str], index: int, today: date) -> bool:
    """The unit resumes studies (careers.toml `resumed_studies`) and the sentence before it, or the one
    after it opened by a word of «before» («Auparavant, …», "Before that, …"), tells a life that is no trade
    and no work: what came before the studies is said, and is no career."""
    careers = load_careers()
    if not has_any(units[index], careers.resumed_studies):
        return False
    opens_before = _opening_before(careers.resumed_before)
    told = [units[index - 1]] if index > 0 else []
    if index + 1 < len(units) and opens_before.search(units[index + 1]):
        told.append(units[index + 1])
    return any(_no_trade_told(sentence, today) for sentence in told)


def _no_trade_told(sentence: str, today: date) -> bool:
    """The sentence names a life that is no trade («élevé mes enfants», «petits boulots», «réfugiée») and no
    work of a trade: no verb of working, no contract, no years in a job."""
    careers = load_careers()
    life = has_any(sentence, careers.before_not_work + careers.alongside + careers.resumed_no_trade)
    return life and not has_any(sentence, careers.work) and years_in_a_job(sentence, today) is None


__all__ = ["resumed_after_no_trade"]
