"""A diploma dated by a month of no year that its own words give, past its title or through what follows it.

Four placings the month readers nearby (education._yearless_told_done, month_ahead.py, diploma_closing.py)
miss, all read as the last such month (this one included), or counted from it:

- the diploma's title runs on past its first word and holds an «et» between bare words («BTS Comptabilité et
  gestion», «master Action humanitaire et solidarité internationale»): the «et» joins the title's words, not
  two clauses, and the month told after the title is the diploma's (title_end);
- a relative clause on the diploma tells it done in the past with the month: «… mon master, que j'ai validé
  en septembre», «la licence qu'il a obtenue en juin» is not the writer's (its subject must be «je»);
- the diploma is the subject of a state of completion with the month: «le master est validé depuis
  septembre», «mon BTS a été obtenu en juillet»;
- an event dated by the month is placed from the diploma: «j'y suis entrée en septembre, deux mois après mon
  BTS» (July), «je l'ai commencée en juillet, tout de suite après mon BTS» (a moment right before July: its
  year when no new year lies between).

Each reads only when the diploma got no date otherwise (the hook is the last of education._dated_by), and
never a month to come: a verb in the future or the conditional, or a state denied, leaves the date open.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import Any

from intake.understanding.clauses import is_french, parse
from intake.understanding.dates import (
    COUNT_EN,
    COUNT_FR,
    YEARLESS_MONTH,
    MonthYear,
    count_of,
    find_dates,
    last_yearless_month,
)
from intake.understanding.facts import DiplomaMention, Evidence, Source, split_sentences

# The title's words after the diploma's first word: nouns, adjectives and proper nouns, the prepositions and
# the coordination inside a name («de l'enfance», «et gestion»), «en» before a field («master en droit»).
_TITLE_POS = frozenset({"NOUN", "PROPN", "ADJ", "X", "NUM"})
_TITLE_LINKS = frozenset({"de", "d'", "d’", "des", "du", "et", "&", "en", "l'", "l’", "la", "le", "les", "-"})
# An English title's words after the diploma's first word: capitalised words, or words of a field joined by
# "in", "of", "and" ("BA in social policy and criminology"); not a pronoun, a determiner or a month.
_EN_TITLE_WORD = re.compile(r"\s+(?:(?:in|of|and|&)\s+)?(?P<word>[\w'’-]+)")
_EN_NOT_TITLE = re.compile(
    r"(?i)^(?:i|we|you|he|she|it|they|the|a|an|my|his|her|their|our|which|that|who|then|but|so|at|from|with|"
    r"for|since|by|on|to|is|was|has|had|and|in|of)$"
)
# Past forms of «avoir» / «être» carrying a participle of completion in a relative clause on the diploma.
_RELATIVE_DONE = re.compile(
    r"\s*,?\s*qu['’]?\s*(?:e\s+)?(?:j['’]\s*|je\s+l['’]\s*|je\s+)?(?:ai|avais|ai\s+eu|avais\s+eu)\s+"
    r"(?P<verb>\w+)",
    re.IGNORECASE,
)
# A completion state the diploma is the subject of: «est validé», «a été obtenu», «s'est terminée».
_STATE_DONE = re.compile(
    r"\s*(?:est|a\s+été|était|avait\s+été|s['’]est|s['’]était|is|was|has\s+been|had\s+been)\s+"
    r"(?:bien\s+|donc\s+|enfin\s+|now\s+|officially\s+|finally\s+)?(?P<verb>\w+)",
    re.IGNORECASE,
)
# Participles of completion: a diploma got, validated, finished, defended. Stems, not unfinished.OVER_FR's
# participles: the verb read is matched by its start, so any inflection counts («obtenue», "validated").
_COMPLETED = re.compile(
    r"^(?:valid|obten|obtenu|termin|fini|achev|soutenu|d[ée]croch|eu|eue|eus|eues|re[çc]u|d[ée]livr|awarded|"
    r"completed|conferred|obtained|passed)",
    re.IGNORECASE,
)
# An event placed from the diploma: «deux mois après mon BTS», «tout de suite après mon master», «juste après
# ma licence», «dans la foulée de mon DUT» — the count (or none: right after) before «après» and a possessive.
_PLACED_AFTER = re.compile(
    rf"(?:(?P<n>{COUNT_FR}|{COUNT_EN})\s+(?P<unit>mois|semaines?|ans?|ann[ée]es?|months?|weeks?|years?)\s+|"
    r"(?P<right>tout\s+de\s+suite|juste|aussit[ôo]t|directement|imm[ée]diatement|right|just|straight|"
    r"immediately)\s+)(?:apr[èe]s|after)\s+(?:mon|ma|l['’]obtention\s+de\s+mon|la\s+fin\s+de\s+mon|"
    r"la\s+fin\s+de\s+ma|my|finishing\s+my|completing\s+my)\s*$",
    re.IGNORECASE,
)
# A verb to come or a condition before the month: the event is not behind us.
_NOT_BEHIND = re.compile(
    r"\b(?:serai|sera|seront|vais|va|allons|commencerai|entrerai|aurai|pourrai|devrai|prévu\w*|si|will|shall|"
    r"going to|if)\b|['’]ll\b",
    re.I,
)


def title_end(unit: str, end: int) -> int:
    """Where the title of the diploma whose first word ends at `end` stops: over the nouns, adjectives and
    links of its name («BTS Comptabilité et gestion», «master Politiques de l'enfance»), not over a month
    («en juin»), a determiner opening a new phrase, a pronoun, a verb or a punctuation mark."""
    reach = _french_title_end(unit, end) if is_french(unit) else _english_title_end(unit, end)
    quoted = _QUOTED_TITLE.match(unit, reach)
    # «licence professionnelle « coordination de projets » est validée»: a title in quotes is the diploma's
    # name whatever its words; the name may run on past it («» de l'IUT»). (h-since)
    return title_end(unit, quoted.end()) if quoted is not None else reach


# A diploma's name written in quotes right after its first words: «« action sociale »», "“Social Policy”".
_QUOTED_TITLE = re.compile(r"\s*[«\"“]\s*[^«»\"“”.!?\n]{1,120}?\s*[»\"”]")


def _french_title_end(unit: str, end: int) -> int:
    """«BTS Comptabilité et gestion en juin»: the title's French words up to the month."""
    words = [w for w in parse(unit) if w.idx >= end]
    reach = last = end
    for i, word in enumerate(words):
        if word.idx > last + 1 or word.is_punct:
            break
        if word.lower_ in _TITLE_LINKS:
            nxt = next((w for w in words[i + 1 :] if w.lower_ not in _TITLE_LINKS), None)  # «et des …»
            if nxt is None or not _a_title_word(nxt) or YEARLESS_MONTH.match(unit, word.idx):
                break
        elif not _a_title_word(word):
            break
        else:
            reach = word.idx + len(word.text)
        last = word.idx + len(word.text)
    return reach


def _english_title_end(unit: str, end: int) -> int:
    """"BA in social policy and criminology in June": the title's words up to the month."""
    reach = end
    while (said := _EN_TITLE_WORD.match(unit, reach)) is not None:
        word = said.group("word")
        if _EN_NOT_TITLE.match(word) or YEARLESS_MONTH.fullmatch(f"in {word}"):
            break
        reach = said.end()
    return reach


def _a_title_word(word: Any) -> bool:
    """A word that can stand inside a diploma's name: no month, no verb, no pronoun, no determiner."""
    if YEARLESS_MONTH.fullmatch(f"en {word.lower_}"):
        return False
    if word.pos_ in _TITLE_POS or (word.pos_ == "VERB" and word.text[:1].isupper()):
        return True
    # «Économie sociale et solidaire»: an adjective joined to the title's adjective, which the small model
    # tags a verb (r-dates, stop 55), is still the title's word.
    verb_form = set(word.morph.get("VerbForm"))
    return word.pos_ == "VERB" and _joined_to_an_adjective(word) and not _VERB_FORMS & verb_form


_VERB_FORMS = frozenset({"Part", "Fin", "Ger"})  # «et travaillé», «et suis»: a verb indeed, not the title's


def _joined_to_an_adjective(word: Any) -> bool:
    """The word right after a link («et») whose word before is an adjective: «sociale et solidaire»."""
    if word.i < 2:
        return False
    link, before = word.doc[word.i - 1], word.doc[word.i - 2]
    return link.lower_ in _TITLE_LINKS and before.pos_ == "ADJ"


def month_said_of(unit: str, start: int, end: int, today: date) -> MonthYear | None:
    """The yearless month the diploma at [start, end) of `unit` is dated by: through a relative clause on
    it, a state of completion it is the subject of, or an event placed from it; None when none says one."""
    reach = title_end(unit, end)
    return (
        _month_of_relative(unit, reach, today)
        or _month_of_state(unit, reach, today)
        or _month_from_event(unit, start, today)
    )


def _month_after(unit: str, at: int, today: date) -> MonthYear | None:
    """The yearless month right after `at` (a word or two: «en septembre», «depuis juillet»), the last such
    month, placed in `unit`."""
    said = last_yearless_month(unit[at : at + 30], today)
    if said is None or said[0].start > 3:
        return None
    when = said[0]
    return MonthYear(when.year, when.month, at + when.start, at + when.end)


def _month_of_relative(unit: str, reach: int, today: date) -> MonthYear | None:
    """«…, que j'ai validé en septembre», «que j'avais obtenu en juin»: the diploma done in the month."""
    said = _RELATIVE_DONE.match(unit, reach)
    if said is None or not _COMPLETED.match(said.group("verb")):
        return None
    return _month_after(unit, said.end(), today)


def _month_of_state(unit: str, reach: int, today: date) -> MonthYear | None:
    """«le master est validé depuis septembre», «mon BTS a été obtenu en juillet»: the diploma's state of
    completion, dated by the month (a start of that state, «depuis», is the graduation too)."""
    said = _STATE_DONE.match(unit, reach)
    if said is None or not _COMPLETED.match(said.group("verb")):
        return None
    return _month_after(unit, said.end(), today)


def _month_from_event(unit: str, start: int, today: date) -> MonthYear | None:
    """«j'y suis entrée en septembre, deux mois après mon BTS»: the event's month less the count; «tout de
    suite après mon BTS» with a July event: that year, when the month before the event is of the same year."""
    placed = _PLACED_AFTER.search(unit, max(0, start - 60), start)
    if placed is None:
        return None
    clause = unit[: placed.start()]
    opening = max((m.end() for m in re.finditer(r"[.;!?:\n]", clause)), default=0)
    months = list(YEARLESS_MONTH.finditer(clause, opening))
    if not months or _NOT_BEHIND.search(clause, opening):
        return None
    if not re.fullmatch(r"\s*,?\s*", clause[months[-1].end() :]):
        return None  # the month must be the event's, right before the placing
    said = last_yearless_month(clause[months[-1].start() :], today)
    if said is None or said[1] or said[0].month is None:
        return None  # «depuis septembre, deux mois après mon BTS»: a state's start, not one event
    event, month = said[0], said[0].month
    if placed.group("right") or placed.group("unit").lower()[0] in "sw":  # right after, weeks after
        if month < 2:
            return None  # a month before January: the year is not told
        how = _how(placed.group(0), event, event.year)
        return MonthYear(event.year, None, start, start, how, reckoned=True)
    step = 1 if placed.group("unit").lower().startswith("m") else 12
    back = event.year * 12 + month - 1 - count_of(placed.group("n")) * step
    year, month = back // 12, back % 12 + 1
    return MonthYear(year, month, start, start, _how(placed.group(0), event, year), reckoned=True)


def _how(placed: str, event: MonthYear, year: int) -> str:
    """The evidence of a date counted back from an event: the words and the sum."""
    return f"« {placed.strip()} » un événement de {event.as_text()} : {year}"


# A diploma placed a while before a start the mail dates elsewhere: «j'avais soutenu mon M2 quelques semaines
# avant d'y entrer», «trois mois avant de commencer», "a few weeks before I started there".
_PLACED_BEFORE = re.compile(
    rf"\b(?:(?P<n>{COUNT_FR}|{COUNT_EN})|(?P<few>quelques|a\s+few))\s+(?P<unit>jours|semaines|mois|days|weeks|"
    r"months)\s+(?:avant\s+(?:d['’]\s*y\s+|de\s+|d['’])(?:entrer|commencer|d[ée]buter|arriver|[êe]tre\s+embauch)"
    r"|before\s+(?:i\s+)?(?:started|starting|joined|joining|began))",
    re.IGNORECASE,
)
# The start the placing counts from: «depuis juillet dernier je sers des cafés», «embauchée en juillet».
_START_TOLD = re.compile(
    r"\b(?:depuis|since|commenc\w*|entr[ée]e?s?|embauch\w*|d[ée]but[ée]\w*|started|joined|began)\b", re.I
)


def dated_before_a_start(highest: DiplomaMention, sources: list[Source], today: date) -> DiplomaMention:
    """The undated highest diploma told a while before a start that another sentence dates by a month: that
    month less the while — a month when counted, the year only for a few weeks or days (when no new year lies
    between)."""
    placed = _PLACED_BEFORE.search(highest.evidence.text)
    if highest.graduation is not None or not highest.obtained or highest.in_progress or placed is None:
        return highest
    starts = [
        (sentence, when)
        for source in sources
        if not source.is_document
        for sentence in split_sentences(source.text)
        if sentence.strip() not in highest.evidence.text and _START_TOLD.search(sentence)
        for when in _start_months(sentence, today)
    ]
    if len(starts) != 1:
        return highest  # no start, or several: which one the diploma is placed from is not clear
    sentence, start = starts[0]
    when = _counted_back(start, placed)
    if when is None:
        return highest
    evidence = Evidence(f"{highest.evidence.text} […] {sentence}", highest.evidence.where)
    return replace(highest, graduation=when.as_text(), evidence=evidence)


def _start_months(sentence: str, today: date) -> list[MonthYear]:
    """The months a start is dated by in `sentence`: written or counted from the day, or yearless (the last
    such month), in the past."""
    now = (today.year, today.month)
    dated = [d for d in find_dates(sentence, today) if d.month is not None and (d.year, d.month) <= now]
    if dated:
        return dated
    said = last_yearless_month(sentence, today)
    return [said[0]] if said is not None else []


def _counted_back(start: MonthYear, placed: re.Match[str]) -> MonthYear | None:
    """The start's month less the while a placing says: a count of months gives the month; weeks, days or
    «quelques» give the start's year when the month before the start is of it."""
    month = start.month or 0
    unit = placed.group("unit").lower()
    if unit.startswith("m") and placed.group("n"):
        back = start.year * 12 + month - 1 - count_of(placed.group("n"))
        return MonthYear(back // 12, back % 12 + 1, start.start, start.end, reckoned=True)
    if unit.startswith("m") or month < 2:
        return None  # «quelques mois»: how many is not told
    return MonthYear(start.year, None, start.start, start.end, reckoned=True)
