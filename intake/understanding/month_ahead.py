"""A month without its year told between the verb of obtaining and the diploma: «J'ai obtenu en juin la
licence professionnelle…», «j'ai validé en septembre mon DEJEPS».

The writer puts the time first and the diploma, the verb's object, after it (t-date, stop 39); the month is
the diploma's, the last such month (this one included), as when it follows the diploma («j'ai terminé mon
BTS en juillet», education._yearless_told_done). The verb must be told in the past and not denied, the
month stand in the verb's own clause between the verb and the diploma; «je serai diplômée en juin de ma
licence», «j'ai commencé en septembre un master» (a start) stay undated.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from intake.understanding.clauses import PAST, is_french, is_negated, parse, predicate_of, tense_of, tokens_in
from intake.understanding.dates import YEARLESS_MONTH, MonthYear, find_dates, last_yearless_month

# A break of clause between the verb and the diploma: the month then belongs to another clause.
_BREAK = re.compile(r"[,;:.!?()\n]|\b(?:et|mais|puis|and|but|then)\b", re.IGNORECASE)
# Verbs of starting: their month is a start, not a graduation («j'ai commencé en septembre un master»).
_STARTED = re.compile(r"^(?:commenc|entam|d[ée]but|inscri|entr|int[ée]gr|start|began|begun|enrol)", re.I)
# The words linking a diploma's word to the noun carrying its role in the clause («DUT» of «mon DUT
# carrières sociales» read as an adjective); not a noun's complement («les épreuves du BTS»).
# The diploma as the verb's object (the small model may tag it an oblique: «j'ai obtenu en juin mon DUT»).
_OBJECT = frozenset({"obj", "obl:mod", "obl:arg"})
_NOUN_LINKS = frozenset({"amod", "compound", "flat:name", "appos"})


def month_ahead(unit: str, start: int, today: date) -> MonthYear | None:
    """The yearless month told between the past verb governing the diploma at `start` and the diploma."""
    if not is_french(unit):
        return None  # the French parse only; English puts the month after ("I got my HND in July")
    words = tokens_in(parse(unit), start, start + 1)
    if not words:
        return None
    noun = _noun_of(words[0])
    if noun.dep_ == "nmod" and YEARLESS_MONTH.fullmatch(f"en {noun.head.lower_}"):
        noun = noun.head  # «j'ai décroché en juillet le DEJEPS»: the diploma read as the month's complement
    verb = predicate_of(noun)
    if noun.dep_ not in _OBJECT or verb.i != noun.head.i or verb.idx >= start:
        return None  # the diploma itself obtained, not «les épreuves du BTS» sat
    if is_negated(noun) or tense_of(verb) != PAST:
        return None
    between = unit[verb.idx + len(verb.text) : start]
    if _BREAK.search(between) or _STARTED.match(verb.lower_) or find_dates(between, today):
        return None
    said = last_yearless_month(between, today)
    if said is None or said[1]:
        return None  # «depuis septembre»: a start
    at = verb.idx + len(verb.text) + said[0].start
    return MonthYear(said[0].year, said[0].month, at, at + said[0].end - said[0].start)


def _noun_of(word: Any) -> Any:
    for _ in range(4):
        if word.dep_ not in _NOUN_LINKS or word.head.i == word.i:
            break
        word = word.head
    return word
